"""A claim found in a sentence, one class a kind, and a list of countries one is made for.

Each kind has its own value and its own details (a `TypedDict` of the keys it may
carry), so mypy checks every read of the judge and the exports against the kind
read. A claim's `kind` is a `Literal` tag (last, with its default) beside the class:
narrow a `Claim` by `isinstance` or by `claim.kind == "..."`. The details stay a
dict, in the order they were found, because the outputs show them so.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, NamedTuple, Required, TypedDict, overload

from sco_cli.claims import lexicon as lx

Kind = Literal["count", "status", "joined", "founding", "summit"]
RosterKind = Literal["status", "joined"]  # a country's status held, or taken up


class CountDetail(TypedDict, total=False):
    time: str | int  # when the words place it ("earlier", 2017...)
    dated: str  # how `time` was had when the sentence's frame gave it (claims/timing.in_frame)
    body: str  # "Shanghai Five": the founding members counted are the Five's


class StatusDetail(TypedDict, total=False):
    since: int  # "an observer since 2005"
    iso3: Required[str]  # the country
    time: str | int  # when the words place it ("earlier", 2017...)
    dated: str  # how `time` was had when the sentence's frame gave it (claims/timing.in_frame)
    denied: str  # "not", "never", "no longer": the judge turns the verdict round
    body: str  # "Shanghai Five": a founding member of the Five


class JoinedDetail(TypedDict, total=False):
    tense: str  # "present" ("A and B join the SCO": announced, perhaps not yet made),
    # "decided" ("решили предоставить": decided, perhaps a step before the decision)
    iso3: Required[str]  # the country
    year: Required[int | None]  # when (None: no year, or a relative one without a date)
    relative: str  # "last year", "this year"...
    ordinal: int | None  # "the tenth member"
    denied: str  # as a status's
    dated: str  # how its year was had when not from its own words ("the summit it was made at")
    summit: str  # the city of the summit it was made at, named without a year
    nearest: str  # that summit's: "before" the article's date or "after" it (summits.py)
    after: int  # told to come after this year ("subsequently", after a sentence on 2005)


class FoundingDetail(TypedDict, total=False):
    city: str  # "founded in Shanghai in 2001"
    dated: str  # how its year was had when counted from another ("five years later than 1996")


class SummitDetail(TypedDict, total=False):
    host: str  # the host country's iso3
    city: str
    virtual: bool
    relative: str  # "last year", "this month"...
    ordinal: int  # "the 12th summit"
    dated: str  # how it was dated when not by a year in its words
    nearest: str  # dated by the article's date: "before" it or "after" (coming)


class CountClaim(NamedTuple):
    """ "ten member states": how many countries hold a status."""

    subject: str  # a status: member, observer, dialogue_partner, partner, country, founding_member
    value: int
    start: int  # [start, end) in the sentence
    end: int
    detail: CountDetail
    kind: Literal["count"] = "count"


class StatusClaim(NamedTuple):
    """ "India, an observer": a country holds a status."""

    subject: str  # the country, as shown
    value: str  # the status
    start: int
    end: int
    detail: StatusDetail
    kind: Literal["status"] = "status"


class JoinedClaim(NamedTuple):
    """ "Iran joined in 2023": a country took up a status."""

    subject: str  # the country, as shown
    value: str  # the status taken up
    start: int
    end: int
    detail: JoinedDetail
    kind: Literal["joined"] = "joined"


class FoundingClaim(NamedTuple):
    """ "founded in 2001": the SCO's or the Shanghai Five's founding year."""

    subject: str  # "SCO" or "Shanghai Five"
    value: int  # the year
    start: int
    end: int
    detail: FoundingDetail
    kind: Literal["founding"] = "founding"


class SummitClaim(NamedTuple):
    """ "the 2019 summit in Bishkek": a summit of the heads of state, by place or host."""

    subject: str  # its city, else its host as shown
    value: int | None  # its year (None: a relative year and no date to read it by)
    start: int
    end: int
    detail: SummitDetail
    kind: Literal["summit"] = "summit"


Claim = CountClaim | StatusClaim | JoinedClaim | FoundingClaim | SummitClaim
RosterClaim = StatusClaim | JoinedClaim  # a claim about one country


class Group(NamedTuple):
    start: int
    end: int
    members: tuple[tuple[str, str], ...]  # (iso3, name as written)
    adjectives: bool


class Extra(TypedDict, total=False):
    """What a rule adds to each status of a group, before its country: one of these."""

    since: int
    time: str | int


@overload
def each(
    group: Group,
    kind: Literal["status"],
    status: str,
    start: int,
    end: int,
    year: tuple[int | None, str | None],
    ordinal: str | None = None,
    detail: Extra | None = None,
    tense: str | None = None,
) -> Iterator[StatusClaim]: ...
@overload
def each(
    group: Group,
    kind: Literal["joined"],
    status: str,
    start: int,
    end: int,
    year: tuple[int | None, str | None],
    ordinal: str | None = None,
    detail: Extra | None = None,
    tense: str | None = None,
) -> Iterator[JoinedClaim]: ...
@overload
def each(
    group: Group,
    kind: RosterKind,
    status: str,
    start: int,
    end: int,
    year: tuple[int | None, str | None],
    ordinal: str | None = None,
    detail: Extra | None = None,
    tense: str | None = None,
) -> Iterator[RosterClaim]: ...
def each(
    group: Group,
    kind: RosterKind,
    status: str,
    start: int,
    end: int,
    year: tuple[int | None, str | None],
    ordinal: str | None = None,
    detail: Extra | None = None,
    tense: str | None = None,
) -> Iterator[RosterClaim]:
    """One claim for each country of a group (its rule's keys first, as the outputs show
    them): a status's `detail`, a joining's `tense` ("present": "A and B join the SCO")."""
    extra = detail or {}
    for iso3, _name in group.members:
        if kind == "status":
            held: StatusDetail = {"iso3": iso3}
            if "since" in extra:
                held = {"since": extra["since"], "iso3": iso3}
            elif "time" in extra:
                held = {"time": extra["time"], "iso3": iso3}
            yield StatusClaim(lx.DISPLAY[iso3], status, start, end, held)
            continue
        joined: JoinedDetail = {"iso3": iso3, "year": year[0]}
        if tense:
            joined = {"tense": tense, "iso3": iso3, "year": year[0]}
        if year[1]:
            joined["relative"] = year[1]
        if ordinal:
            joined["ordinal"] = lx.ordinal(ordinal)
        yield JoinedClaim(lx.DISPLAY[iso3], status, start, end, joined)
