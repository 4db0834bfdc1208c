"""Country names in other languages, from the ISO 3166 translations pycountry ships.

No name is typed by hand: the roster's ISO alpha-2 code finds the country in
pycountry, and gettext finds its name in the language asked for.
"""

from __future__ import annotations

import gettext
from collections.abc import Callable
from functools import cache
from pathlib import Path

from sco_cli.errors import UsageProblem

DOMAIN = "iso3166-1"


def _locales_dir() -> Path:
    import pycountry

    return Path(pycountry.LOCALES_DIR)


@cache
def available_languages() -> tuple[str, ...]:
    root = _locales_dir()
    return tuple(
        sorted(p.name for p in root.iterdir() if (p / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file())
    )


def resolve_language(code: str) -> str:
    """'ru' -> 'ru'; 'zh' -> 'zh_CN' (a bare language takes its first regional form);
    any case, '-' or '_'. An unknown code is a usage error listing the known ones."""
    languages = available_languages()
    by_key = {lang.lower(): lang for lang in languages}
    key = code.strip().replace("-", "_").lower()
    if key in by_key:
        return by_key[key]
    regional = [lang for lang in languages if lang.lower().startswith(f"{key}_")]
    if key and regional:
        return regional[0]
    raise UsageProblem(f"no country names in language {code!r} (languages: {', '.join(languages)})")


def localizer(code: str) -> Callable[[str, str], str]:
    """A function (English name, ISO alpha-2) -> the name in language `code`."""
    import pycountry

    language = resolve_language(code)
    translation = gettext.translation(DOMAIN, str(_locales_dir()), languages=[language])

    def localize(name: str, iso2: str) -> str:
        country = pycountry.countries.get(alpha_2=iso2)
        if country is None:
            return name
        # The common name ("Iran", "Laos") where the language translates it.
        for key in (getattr(country, "common_name", None), country.name):
            if key and translation.gettext(key) != key:
                return translation.gettext(key)
        return translation.gettext(country.name)

    return localize
