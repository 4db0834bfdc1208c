"""Country names and dates in other languages, from CLDR (through Babel); countries
found by any name a reader might use.

CLDR is the Unicode locale data behind ICU and every browser: `--lang` takes
any BCP 47 tag it knows (zh, zh-Hant, ru, kk, en-GB ...). pycountry stays the
authority on ISO 3166 codes and adds its English names to the lookup. Babel
costs ~60 ms to import, so only the code paths that need a name or date in
another language, or a name the roster does not spell, import this module.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from sco_cli.errors import UsageProblem

if TYPE_CHECKING:
    from babel import Locale

# The languages whose CLDR names --country always understands, besides the --lang
# asked for: English, the SCO's official languages (Chinese, Russian), Hong Kong's
# Chinese, and the languages of the members' and partners' press.
LOOKUP_LANGUAGES = (
    "en", "zh", "zh-Hant", "zh-Hant-HK", "ru", "kk", "ky", "uz", "tg", "mn",
    "hi", "ur", "fa", "ar", "tr", "be", "hy", "az", "ne", "si", "km", "lo", "my",
)  # fmt: skip
# Names a reader may use that neither CLDR nor pycountry gives (lower case,
# folded as `fold` folds them), each with its ISO 3166 alpha-2 code.
ALIASES = {
    "turkey": "TR",
    "uae": "AE",
    "emirates": "AE",
    "lao pdr": "LA",
    "burma": "MM",
    "persia": "IR",
    "usa": "US",
    "us": "US",
    "uk": "GB",
    "britain": "GB",
}
# How the press writes names that CLDR spells otherwise (lower case, folded as
# `fold` folds them), each with its ISO 3166 alpha-2 code and an outlet that
# writes it. CLDR stays the source of the names shown; these are only found.
PRESS_NAMES = {
    "белоруссия": "BY",  # TASS, Interfax, RIA Novosti: 'Белоруссия'
    "кыргызстан": "KG",  # Kazinform, 24.kg (Russian): 'Кыргызстан'
    "киргизстан": "KG",
    "бирма": "MM",
    "蒙古国": "MN",  # Xinhua: '蒙古国'
    "蒙古國": "MN",
    "阿联酋": "AE",  # Xinhua: '阿联酋'
    "阿聯酋": "AE",
    "沙特": "SA",  # Xinhua: '沙特'
    "哈薩克斯坦": "KZ",  # Hong Kong press (Wen Wei Po, Ta Kung Pao)
    "吉爾吉斯斯坦": "KG",
    "土耳其共和国": "TR",
}
LANG_HINT = "use a BCP 47 language tag such as zh, zh-Hant, ru, kk or en-GB"


def parse_language(tag: str) -> Locale:
    """The CLDR locale of a BCP 47 tag ('zh-Hans', 'en_GB', any case); an unknown
    or malformed tag is a usage error with a short hint."""
    from babel import Locale, UnknownLocaleError

    text = tag.strip().replace("_", "-")
    try:
        if not text or len(text) > 35:
            raise ValueError(text)
        return Locale.parse(text, sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        raise UsageProblem(f"unknown language {tag!r}: {LANG_HINT}") from None


def bcp47(locale: Locale) -> str:
    """zh_Hans_CN -> zh-Hans-CN."""
    return str(locale).replace("_", "-")


def language_tags() -> list[str]:
    """Every tag --lang accepts, in BCP 47 spelling (for completion)."""
    from babel.localedata import locale_identifiers

    return sorted(name.replace("_", "-") for name in locale_identifiers() if name != "root")


class CountryNames:
    """Country names (and dates) in one language: `names(english, iso2)` is the
    CLDR name, or the English one where CLDR has none."""

    def __init__(self, tag: str) -> None:
        self.locale = parse_language(tag)
        self.tag = bcp47(self.locale)

    def __call__(self, name: str, iso2: str) -> str:
        return display_name(str(self.locale.territories.get(iso2.upper(), name)))

    @staticmethod
    def iso2(iso3: str) -> str | None:
        """The alpha-2 code of an alpha-3 one (pycountry), for CLDR's territory names."""
        import pycountry

        country = pycountry.countries.get(alpha_3=iso3)
        return country.alpha_2 if country else None

    def date(self, text: str) -> str:
        """An ISO date ('2022-09-14') or month ('2010-04') as this language writes it;
        anything else (a year, an empty field) as it is."""
        return format_date(text, self.tag)


def localizer(tag: str) -> CountryNames:
    """A function (English name, ISO alpha-2) -> the name in language `tag`."""
    return CountryNames(tag)


def format_date(text: str, tag: str | None) -> str:
    """'2022-09-14' in language `tag` (Babel's format_date, medium length);
    '2010-04' as a month and year; with no tag, or for a year, as written."""
    if not tag or len(text) not in (7, 10):
        return text
    import datetime as dt

    from babel.dates import format_date as babel_date
    from babel.dates import format_skeleton

    locale = parse_language(tag)
    try:
        if len(text) == 7:
            shown = format_skeleton("yMMM", dt.date.fromisoformat(f"{text}-01"), locale=locale)
        else:
            shown = babel_date(dt.date.fromisoformat(text), format="medium", locale=locale)
    except ValueError:
        return text
    # CLDR's right-to-left marks (Arabic, Hebrew): a terminal lays the text out
    # itself, and sco shows no bidi control it was given (output.sanitize).
    return str(shown).translate(_BIDI_MARKS)


_BIDI_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c"))


def display_name(name: str) -> str:
    """A CLDR name without its parenthesised variant, as the press writes it:
    'Мьянма (Бирма)' -> 'Мьянма', 'Myanmar (Burma)' -> 'Myanmar'."""
    if name.endswith(")") and " (" in name:
        return name[: name.rindex(" (")]
    return name


def _variants(name: str) -> tuple[str, ...]:
    """A CLDR name and the names in it: 'Мьянма (Бирма)' -> itself, 'Мьянма', 'Бирма'."""
    if name.endswith(")") and " (" in name:
        cut = name.rindex(" (")
        return name, name[:cut], name[cut + 2 : -1]
    return (name,)


def fold(name: str) -> str:
    """How names are compared: no accents, no case, punctuation as spaces
    ('Türkiye' and 'TURKIYE' -> 'turkiye'; 'Lao P.D.R.' -> 'lao p d r')."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    spaced = "".join(c if c.isalnum() else " " for c in plain.casefold())
    return " ".join(spaced.split())


@cache
def _name_index(extra: tuple[str, ...] = ()) -> dict[str, str]:
    """Folded name -> ISO alpha-2, for every country ISO 3166 lists: its pycountry
    names, its CLDR names in LOOKUP_LANGUAGES (and `extra`), and the aliases."""
    import pycountry

    index: dict[str, str] = {}
    for tag in (*LOOKUP_LANGUAGES, *extra):
        territories = parse_language(tag).territories
        for country in pycountry.countries:
            name = territories.get(country.alpha_2)
            for variant in _variants(str(name)) if name else ():
                index.setdefault(fold(variant), country.alpha_2)
    for country in pycountry.countries:
        for attribute in ("name", "official_name", "common_name"):
            name = getattr(country, attribute, None)
            if name:
                index.setdefault(fold(name), country.alpha_2)
    for alias, iso2 in (*ALIASES.items(), *PRESS_NAMES.items()):
        index.setdefault(fold(alias), iso2)
    return index


def country_by_name(name: str, languages: Iterable[str] = ()) -> tuple[str, str] | None:
    """(ISO alpha-2, English name) of the country `name` names: its ISO code, or
    its name in any language this module reads (LOOKUP_LANGUAGES and
    `languages`), or an alias; None if none."""
    import pycountry

    code = name.strip().upper()
    by_code = pycountry.countries.get(alpha_2=code) if len(code) == 2 else None
    by_code = by_code or (pycountry.countries.get(alpha_3=code) if len(code) == 3 else None)
    iso2 = by_code.alpha_2 if by_code else _name_index(tuple(languages)).get(fold(name))
    if iso2 is None:
        return None
    country = pycountry.countries.get(alpha_2=iso2)
    english = parse_language("en").territories.get(iso2) or (country.name if country else iso2)
    return iso2, str(english)


def country_by_prefix(
    prefix: str, within: Iterable[str], languages: Iterable[str] = ()
) -> list[str]:
    """The ISO alpha-2 codes among `within` with a name, in any language this module
    reads, that starts with `prefix` ('Мья' -> ['MM']), sorted."""
    wanted = fold(prefix)
    if not wanted:
        return []
    codes = set(within)
    found = {
        iso2
        for name, iso2 in _name_index(tuple(languages)).items()
        if iso2 in codes and name.startswith(wanted)
    }
    return sorted(found)
