"""Coordination: a list of countries is one unit, bound to the status it is given.

extract.py finds the lists (names apart by commas, "and", "&"); this stage
binds one to a status by the declared phrasings of claims/phrasings.py, read
on a bounded window before and after the list (linear in the text), and lets
the guard stage (claims/guards.py) refuse what is denied, hoped for,
prospective, former or about another organisation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from typing import NamedTuple

from sco_cli.claims import guards
from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, Group, JoinedClaim, each
from sco_cli.claims.phrasings import RULES, Rule

HEAD = 100  # characters read before a list
TAIL = 160  # and after it


class Binding(NamedTuple):
    rule: Rule
    status: str
    start: int  # [start, end) of the claim's words in the sentence
    end: int


@cache
def _status_rx() -> re.Pattern[str]:
    return re.compile(lx.status_pattern(), re.IGNORECASE)


def status_named(words: str) -> str:
    """The status a status noun names: 'observer states' -> observer."""
    match = _status_rx().fullmatch(words) or _status_rx().search(words)
    return lx.status_of_match(match) if match else "member"  # "membership"


def bind(sentence: str, start: int, end: int, floor: int = 0) -> Binding | None:
    """The first declared rule that binds the list at [start, end) of `sentence`,
    reading no further back than `floor` (the end of the list before)."""
    head = sentence[max(floor, start - HEAD) : start]
    tail = sentence[end : end + TAIL]
    if not _GATE.search(head) and not _GATE.search(tail):
        return None  # no word any phrasing needs: a name in passing
    for rule, before_rx, after_rx in _rules():
        found = _match(rule, before_rx, after_rx, head, tail)
        if found is None:
            continue
        status, before, after = found
        begin = start - before if before else start
        binding = Binding(rule, status, begin, end + after)
        if guards.refused(sentence, binding.start, binding.end, strict=True) is None:
            return binding
    return None


# Every phrasing names a status, or joining, founding or comprising: a cheap first test.
_GATE = re.compile(
    r"(?i:member|observer|partner|found|establish|creat|set\s+up|formed|join|status|admit|accept"
    r"|grant|gave|give|welcom|consist|compris|includ|group|unite|made\s+up|took\s+in|takes\s+in|accord"
    r"|conferr|added|inducted|together|serv|expand|grew|spread|widen|enlarg|broaden|extended|accession|admission|hold|enjoy|attend|participat|took\s+part|take\s+part"
    r"|allian|(?:bloc|organi[sz]ation|grouping|union|association|club)\s+of\s)"
)


@cache
def _rules() -> tuple[tuple[Rule, re.Pattern[str] | None, re.Pattern[str] | None], ...]:
    return tuple((rule, *rule.compiled) for rule in RULES)


def _match(
    rule: Rule,
    before_rx: re.Pattern[str] | None,
    after_rx: re.Pattern[str] | None,
    head: str,
    tail: str,
) -> tuple[str, int, int] | None:
    """(the status, how far before the list and after it the rule read), or None."""
    before = before_rx.search(head) if before_rx else None
    if before_rx is not None and before is None:
        return None
    after = after_rx.match(tail) if after_rx else None
    if after_rx is not None and after is None:
        return None
    named = next((m["status"] for m in (after, before) if m and m.groupdict().get("status")), None)
    status = status_named(named) if named else rule.status
    if rule.status == "founding_member" and status == "member":
        status = "founding_member"
    return (
        status,
        len(head) - before.start() if before else 0,
        after.end() if after else 0,
    )


@cache
def _second_rx() -> re.Pattern[str]:
    # "... a dialogue partner in 2010 and an observer state in 2015", "since 2010 as a dialogue
    # partner and since 2015 as an observer": a second status of the same names, with its year
    return re.compile(
        lx.compose(
            r"[^,;.:()]{{0,60}}?\s(?i:and)\s+(?:(?i:later|then|subsequently)\s+)?"
            r"(?:(?i:since|in)\s+(?P<year>{year})\s+)?(?:(?i:as)\s+)?(?:(?i:an?)\s+)?{adj}?{status}"
            r"(?:\s+(?i:state|country|nation))?(?(year)|\s+(?i:since|in)\s+(?P<later>{year}))"
        )
    )


def second_status(sentence: str, group: Group, claims: Sequence[Claim]) -> Iterator[JoinedClaim]:
    """A second status of the same names after their claim, told with its own year: the
    claim made again, with that status and year ("Belarus became a dialogue partner in 2010
    and an observer state in 2015")."""
    if not claims or claims[-1].kind != "joined" or claims[-1].start < group.start:
        return
    last = claims[-1]
    found = _second_rx().match(sentence, last.end, last.end + 140)
    if found is None or lx.country_regex().search(found.group()):
        return  # another name in between: its own claim, not a second status of these
    status = status_named(found["status"])
    year = int(found["year"] or found["later"])
    if status == last.value:
        return
    yield from each(group, "joined", status, group.start, found.end(), (year, None))
