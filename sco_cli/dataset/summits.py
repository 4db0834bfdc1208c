"""Every meeting of the SCO Council of Heads of State: pure functions over the summit rows.

Where and when was the YEAR summit, which summits a CITY held, which summit
was under way on a date. Nothing here imports click, rich or pydantic.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, TypedDict

from sco_cli.commandline.suggest import closest, hint
from sco_cli.errors import NotFound, UnknownName, UsageProblem

if TYPE_CHECKING:

    class SummitRow(TypedDict):
        """A row of sco-summits.csv, as loading validated it."""

        ordinal: int  # 1 for Shanghai 2001 ... 25 for Tianjin 2025
        start: str  # ISO dates; end == start for a one-day meeting
        end: str
        city: str
        country: str
        iso3: str
        format: str  # in_person, virtual or hybrid
        event: str
        source: str
        note: str

else:
    SummitRow = dict

FORMATS = ("in_person", "virtual", "hybrid")
# Other spellings of a city's name a reader may type (lower case, after
# normalize_city): the table spells each city one way.
CITY_ALIASES = {
    "st petersburg": "saint petersburg",
    "petersburg": "saint petersburg",
    "nur-sultan": "astana",
    "nursultan": "astana",
    "delhi": "new delhi",
}


def ordinal_text(number: int) -> str:
    """1 -> '1st', 2 -> '2nd', 11 -> '11th', 23 -> '23rd'."""
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def summits_in_year(summits: Iterable[SummitRow], year: int) -> list[SummitRow]:
    """The summits that opened in `year`; none is NotFound, naming the years there are."""
    summits = tuple(summits)
    found = [s for s in summits if int(s["start"][:4]) == year]
    if not found:
        years = sorted({int(s["start"][:4]) for s in summits})
        missing = ", ".join(str(y) for y in range(years[0], years[-1] + 1) if y not in years)
        gaps = f"; none in {missing}" if missing else ""
        raise NotFound(f"no SCO summit in {year} (the reference has {years[0]}-{years[-1]}{gaps})")
    return found


def summits_in_city(summits: Iterable[SummitRow], name: str) -> list[SummitRow]:
    """The summits held in a city named in any case, by another common spelling
    (St Petersburg, Nur-Sultan) or by a unique prefix; in date order."""
    summits = tuple(summits)
    wanted = normalize_city(name)
    wanted = CITY_ALIASES.get(wanted, wanted)
    cities = sorted({s["city"] for s in summits})
    exact = [c for c in cities if normalize_city(c) == wanted]
    prefixed = [c for c in cities if wanted and normalize_city(c).startswith(wanted)]
    matches = exact or prefixed
    if len(matches) > 1:
        raise UsageProblem(f"city {name!r} is ambiguous: it matches {', '.join(matches)}")
    if not matches:
        close = closest(name.strip().title(), cities)
        # A city no summit met in names nothing --city knows: an unknown name (exit 2).
        raise UnknownName(f"no SCO summit in {name!r}{hint(close, quoted=False)}")
    return sorted((s for s in summits if s["city"] == matches[0]), key=lambda s: s["start"])


def summit_on(summits: Iterable[SummitRow], date: str) -> SummitRow | None:
    """The summit under way on the ISO date `date`, if any."""
    return next((s for s in summits if s["start"] <= date <= s["end"]), None)


def summit_near(
    summits: Iterable[SummitRow], city: str, date: str, before: int = 5, after: int = 3
) -> SummitRow | None:
    """The summit held in `city` (any spelling `summits_in_city`'s aliases know, no prefix)
    that opens at most `before` days after the ISO `date` or ended at most `after` days
    before it: the summit an article dated `date` and filed from `city` reports."""
    wanted = normalize_city(city)
    wanted = CITY_ALIASES.get(wanted, wanted)
    day = dt.date.fromisoformat(date)
    for summit in summits:
        if normalize_city(summit["city"]) != wanted:
            continue
        opens = dt.date.fromisoformat(summit["start"]) - day
        ended = day - dt.date.fromisoformat(summit["end"])
        if opens.days <= before and ended.days <= after:
            return summit
    return None


def summit_order_problems(summits: Iterable[SummitRow]) -> list[str]:
    """The summits must be numbered 1, 2, 3 ... in the order they met."""
    ordered = sorted(summits, key=lambda s: s["ordinal"])
    problems = []
    for expected, summit in enumerate(ordered, start=1):
        if summit["ordinal"] != expected:
            problems.append(
                f"ordinal {summit['ordinal']}: expected {expected} (numbers 1, 2, 3 ...)"
            )
            break
    for before, after in itertools.pairwise(ordered):
        if after["start"] <= before["end"]:
            problems.append(
                f"ordinal {after['ordinal']}: starts {after['start']}, not after the "
                f"{ordinal_text(before['ordinal'])} summit ends ({before['end']})"
            )
    return problems


def normalize_city(name: str) -> str:
    """'  St. Petersburg ' -> 'st petersburg': lower case, no dots, single spaces."""
    return " ".join(name.replace(".", " ").replace("_", " ").casefold().split())
