"""A table's row laid out as text, in any language sco reads, as claims.

A row's cells stand apart by pipes ("中国 | China | 正式成员国 | 2001年 |", "| Iran |
Observer | 2005 |"); tabs are white space the document stage has collapsed by then. A row that holds one
cell naming a country and one naming a status, and nothing else but a year, a date or the
country's name in another language, claims that the country holds the status; with a year,
that it took it up that year (the column a table gives "joined", "加入时间", "год
вступления"). A header, a row of two countries or of two statuses claims nothing.
"""

from __future__ import annotations

import re

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, CountClaim, JoinedClaim, StatusClaim
from sco_cli.claims.languages import tongue
from sco_cli.claims.languages.common import status_of
from sco_cli.claims.patterns import rx

# Each rule's examples (a row, the claims it makes) are run by tests/claims/test_tables.py.
EXAMPLES: tuple[tuple[str, tuple[tuple[str, str, object], ...]], ...] = (
    (
        "中国 | China | 正式成员国 | 2001年 |",
        (("status", "China", "member"), ("joined", "China", "member")),
    ),
    (
        "| Iran | Observer | 2005 |",
        (("status", "Iran", "observer"), ("joined", "Iran", "observer")),
    ),
    (
        "| Монголия | наблюдатель | 2004 |",
        (("status", "Mongolia", "observer"), ("joined", "Mongolia", "observer")),
    ),
    ("| 白俄罗斯 | 成员国 |", (("status", "Belarus", "member"),)),
    (
        "India | Full member | 9 June 2017 |",
        (("status", "India", "member"), ("joined", "India", "member")),
    ),
)
COUNTER_EXAMPLES: tuple[str, ...] = (
    "国家名称 | 英文名称 | 成员国状态 | 加入时间 |",  # a header: no country
    "| China | Russia | 2001 |",  # two countries, no status
    "| Iran | Member | Observer |",  # two statuses: which?
    "| Iran | applied for membership in 2008 | member |",  # a cell of prose
    "Home | World | Iran | Member",  # a menu: words no table's cells hold
)

_SEPARATOR = re.compile(r"\s*\|\s*")
# a cell that dates the row: "2001", "2001年", "since 2005", "9 June 2017", "4 июля 2023 г."
_YEAR_CELL = re.compile(
    r"(?:(?i:since|с)\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s*[^\W\d]{0,9}\.?,?\s*)?"
    r"(?P<year>(?:19|20)\d\d)\s*(?:年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?|г\.?|года?)?"
)
_LONGEST_CELL = 40  # a cell longer is prose, not a table's


def cells(row: str) -> list[str] | None:
    """A row's cells (a leading and a trailing pipe open and close it); None: not a row."""
    if "|" not in row:
        return None
    found = [cell.strip() for cell in _SEPARATOR.split(row.strip().strip("|"))]
    return found if len(found) > 1 else None


def _country(cell: str) -> str | None:
    """The iso3 of a cell that is only a country's name, in English, Russian or Chinese."""
    english = lx.country(cell.strip(" ."))
    if english is not None:
        return None if english[1] else english[0]  # "Chinese" names no country
    for code in ("zh", "ru"):
        named = tongue(code).country_rx.fullmatch(cell)
        if named is not None:
            return named.lastgroup
    return None


def _status(cell: str) -> str | None:
    """The status a cell names and nothing else: "Full member", "观察员国", "наблюдатель"."""
    bare = re.sub(r"^(?i:full|permanent|full-fledged)\s+", "", cell.strip(" ."))
    english = rx("status").fullmatch(bare)
    if english is not None:
        return lx.status_of_match(english)
    for code in ("zh", "ru"):
        named = tongue(code).status_rx.fullmatch(cell)
        if named is not None:
            return status_of(named)
    return None


def row_claims(row: str) -> list[Claim] | None:
    """The claims of a table's row (see the module's docstring); None: it is no such row."""
    found = cells(row)
    if found is None or any(len(cell) > _LONGEST_CELL for cell in found):
        return None
    countries, statuses, years, other = [], [], [], 0
    for cell in found:
        if not cell:
            continue
        if (iso3 := _country(cell)) is not None:
            countries.append(iso3)
        elif (status := _status(cell)) is not None:
            statuses.append(status)
        elif (year := _YEAR_CELL.fullmatch(cell)) is not None:
            years.append(int(year["year"]))
        else:
            other += 1
    if len(set(countries)) != 1 or len(statuses) != 1 or len(years) > 1 or other:
        return None
    iso3, status, end = countries[0], statuses[0], len(row.rstrip(" |\t"))
    start = len(row) - len(row.lstrip(" |\t"))
    name = lx.DISPLAY[iso3]
    if not years:
        return [StatusClaim(name, status, start, end, {"iso3": iso3})]
    taken = "member" if status == "founding_member" else status
    return [
        StatusClaim(name, status, start, end, {"iso3": iso3, "since": years[0]}),
        JoinedClaim(name, taken, start, end, {"iso3": iso3, "year": years[0]}),
    ]


def at_the_rows_year(row: str, found: list[Claim]) -> list[Claim]:
    """The counts and statuses of a row with a year cell ("| 2017 | 8 members |"), at that
    year when their words place them at no time of their own: the table's time, not now."""
    if "|" not in row or not found or (split := cells(row)) is None:
        return found
    years = [int(y["year"]) for cell in split if (y := _YEAR_CELL.fullmatch(cell))]
    if len(years) != 1:
        return found
    return [_at(c, years[0]) for c in found]


def _at(claim: Claim, year: int) -> Claim:
    if isinstance(claim, (CountClaim, StatusClaim)) and not {"time", "since"} & claim.detail.keys():
        if isinstance(claim, CountClaim):
            counted = claim.detail.copy()
            counted["time"] = year
            return claim._replace(detail=counted)
        held = claim.detail.copy()
        held["time"] = year
        return claim._replace(detail=held)
    return claim
