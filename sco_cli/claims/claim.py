"""A claim found in a sentence, and a list of countries it is made of."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, NamedTuple

from sco_cli.claims import lexicon as lx


class Claim(NamedTuple):
    """One claim: what kind, about what, which value; where it stands in its sentence."""

    kind: str  # count | status | joined | founding | summit
    subject: str  # a status (count), a country (status, joined), SCO / Shanghai Five, a city
    value: Any  # a number, a status, a year (None: a relative year and no date to read it by)
    start: int  # [start, end) in the sentence
    end: int
    detail: dict[str, Any]  # iso3, year, since, ordinal, city, host, virtual, relative...


class Group(NamedTuple):
    start: int
    end: int
    members: tuple[tuple[str, str], ...]  # (iso3, name as written)
    adjectives: bool


def each(
    group: Group,
    kind: str,
    status: str,
    start: int,
    end: int,
    year: tuple[int | None, str | None],
    ordinal: str | None = None,
    detail: dict[str, Any] | None = None,
) -> Iterator[Claim]:
    """One claim for each country of a group."""
    for iso3, _name in group.members:
        extra = dict(detail or {})
        extra["iso3"] = iso3
        if kind == "joined":
            extra["year"] = year[0]
            if year[1]:
                extra["relative"] = year[1]
            if ordinal:
                extra["ordinal"] = lx.ordinal(ordinal)
        yield Claim(kind, lx.DISPLAY[iso3], status, start, end, extra)
