"""A claim found in a sentence, and a list of countries it is made of."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal, NamedTuple, TypedDict

from sco_cli.claims import lexicon as lx

Kind = Literal["count", "status", "joined", "founding", "summit"]


class Detail(TypedDict, total=False):
    """What a claim carries beside its kind, subject and value, key by key (typed, so the
    judge and the exports read only keys that exist, with the types they have)."""

    iso3: str  # status, joined: the country
    year: int | None  # joined: when (None: no year, or a relative one without a date)
    relative: str  # joined, summit: "last year", "this year", "last month"...
    ordinal: int | None  # joined ("the tenth member"), summit ("the 12th summit")
    since: int  # status: "an observer since 2005"
    tense: str  # joined: "present" ("A and B join the SCO")
    time: str | int  # status, count: when the words place it ("earlier", "2017"...)
    denied: str  # status, joined: refused by the guard stage, for the judge
    body: str  # founding members of the Shanghai Five
    city: str  # founding, summit
    host: str  # summit: the host country's iso3
    virtual: bool  # summit
    dated: str  # summit: how it was dated when not by a year in its words
    nearest: str  # summit: "before" or "after" the article's date


class Claim(NamedTuple):
    """One claim: what kind, about what, which value; where it stands in its sentence."""

    kind: Kind
    subject: str  # a status (count), a country (status, joined), SCO / Shanghai Five, a city
    value: Any  # a number, a status, a year (None: a relative year and no date to read it by)
    start: int  # [start, end) in the sentence
    end: int
    detail: Detail


class Group(NamedTuple):
    start: int
    end: int
    members: tuple[tuple[str, str], ...]  # (iso3, name as written)
    adjectives: bool


def each(
    group: Group,
    kind: Kind,
    status: str,
    start: int,
    end: int,
    year: tuple[int | None, str | None],
    ordinal: str | None = None,
    detail: Detail | None = None,
) -> Iterator[Claim]:
    """One claim for each country of a group."""
    for iso3, _name in group.members:
        extra: Detail = {**(detail or {})}  # its keys first, as the outputs show them
        extra["iso3"] = iso3
        if kind == "joined":
            extra["year"] = year[0]
            if year[1]:
                extra["relative"] = year[1]
            if ordinal:
                extra["ordinal"] = lx.ordinal(ordinal)
        yield Claim(kind, lx.DISPLAY[iso3], status, start, end, extra)
