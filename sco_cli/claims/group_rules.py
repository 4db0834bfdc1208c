"""Rules as data: what the words right around a list of countries say of it.

A list of countries ("India and Pakistan", "the Afghan and Mongolian") is read
by the first rule below that claims it: each is declared with its name, the
function that reads the words before the list (`head`) and after it (`tail`),
and its own examples and counter-examples, which tests/claims/test_group_rules.py
runs through the whole engine. A rule answers None when the words are not its
(the next rule reads them) and an empty list when they are its but make no
claim (no later rule reads them). The phrasings of claims/phrasings.py read a
list none of these rules claimed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, Extra, Group, RosterKind, StatusClaim, each
from sco_cli.claims.patterns import MONTH, YEAR, rx
from sco_cli.claims.scope import UNSURE, elsewhere, mentions, status_of
from sco_cli.claims.years import year_after, year_before, year_end

# An example: a sentence and (kind, country, status) claims it must give; a
# counter-example: a sentence and claims it must not give.
Example = tuple[str, tuple[tuple[str, str, str], ...]]


class Around(NamedTuple):
    """A list of countries and the words around it, as the rules read them."""

    sentence: str
    group: Group
    head: str  # the words before the list (not past the list before it)
    tail: str  # the words after it (not past the list after it)
    today: str | None


@dataclass(frozen=True)
class GroupRule:
    name: str
    read: Callable[[Around], list[Claim] | None]  # None: not its words; []: its, and no claim
    examples: tuple[Example, ...]
    counter_examples: tuple[Example, ...]


def about_group(around: Around) -> list[Claim]:
    """The claims of the first rule that reads the words around a list."""
    return reading(around)[1]


def reading(around: Around) -> tuple[str | None, list[Claim]]:
    """The first rule that reads the words around a list (its name), and its claims."""
    for rule in RULES:
        found = rule.read(around)
        if found is not None:
            return rule.name, found
    return None, []


def pairs(group: Group, head: str, tail: str) -> bool:
    """ "from Egypt to Cambodia", "India and China, or India and Pakistan", "India and
    Pakistan, and China and India": a range or pairs of countries, not a list of statuses."""
    codes = [iso3 for iso3, _ in group.members]
    if len(set(codes)) < len(codes):
        return True
    if re.search(r"\bfrom\s+(?:the\s+)?$", head) and re.match(r"\s+to\s", tail):
        return True
    return re.match(r"\s*,?\s+or\s+(?:the\s+)?[A-Z]", tail) is not None


def _status(match: re.Match[str], group: str = "status") -> str:
    return lx.status_of_match(rx("status").fullmatch(match[group]))  # type: ignore[arg-type]


def _before(around: Around, match: re.Match[str]) -> int:
    """Where a match in `head` stands in the sentence."""
    return around.group.start - len(around.head) + match.start()


# -- the rules, in the order they are tried -----------------------------------


def _adjectives(around: Around) -> list[Claim] | None:
    """ "the Afghan and Mongolian observers", "Iranian membership in 2023"; an
    adjective names no country on its own, so no later rule reads it."""
    group, tail = around.group, around.tail
    if not group.adjectives:
        return None
    match = rx("status_after").match(tail)
    seated = rx("seated_as").match(tail)
    if match is None and seated:
        end = group.end + seated.end()
        return list(each(group, "status", status_of(seated), group.start, end, (None, None)))
    if match is None or match["ord"]:
        return []
    year = year_after(tail[match.end() :], around.today)
    kind: RosterKind = "joined" if year[0] is not None else "status"
    return list(each(group, kind, status_of(match), group.start, group.end + match.end(), year))


def _granted_to(around: Around) -> list[Claim] | None:
    """ "granted observer status to India, Iran and Pakistan"."""
    granted = rx("granted_to").search(around.head)
    if granted is None or rx("future").search(around.head[: granted.start()]):
        return None
    year = year_after(around.tail, around.today)
    if year[0] is None:
        year = year_before(around.head, around.sentence, around.today)
    start, end = _before(around, granted), around.group.end
    return list(each(around.group, "joined", status_of(granted), start, end, year))


def _at_the_founding(around: Around) -> list[Claim] | None:
    """ "In 2001, the Shanghai Five inducted Uzbekistan and named it the SCO", "When
    Uzbekistan was added in 2001, the Shanghai Five was renamed the SCO", "the Five morphed
    into the SCO with the addition of Uzbekistan": a country that joined as the SCO was
    founded (the Five renamed, the SCO established) joined as a member, in the year the
    clause gives (else none)."""
    head, tail, sentence = around.head, around.tail, around.sentence
    before = _JOINED_BEFORE.search(head)
    after = None if before else _JOINED_AFTER.match(tail)
    if before is None and after is None:
        return None
    low, high = max(0, around.group.start - 220), min(len(sentence), around.group.end + 160)
    clause = sentence[low:high]
    founded = _SCO_FOUNDED.search(clause)
    if (
        founded is None
        or ";"
        in sentence[
            min(low + founded.start(), around.group.start) : max(
                low + founded.end(), around.group.end
            )
        ]
    ):
        return None
    year = year_after(tail, around.today)
    if year[0] is None:
        year = year_before(head, sentence, around.today)
    years = {m["year"] for m in re.finditer(rf"(?P<year>{YEAR})(?!\d)", clause)}
    if year[0] is None and len(years) == 1:  # "became the SCO in June 2001 with ... of A"
        year = (int(years.pop()), None)
    start = _before(around, before) if before else around.group.start
    end = around.group.end + (after.end() if after else 0)
    return list(each(around.group, "joined", "member", start, end, year))


def _dated_items(around: Around) -> list[Claim] | None:
    """A list of countries each with its year, bound to one joining: "Iran in 2023 and
    Belarus in 2024 were added as full members", "expanded to include India and Pakistan
    in 2017, Iran in July 2023 and Belarus in July 2024", "India and Pakistan joined in
    2017, and Iran in 2023" (the verb carried over): each joined as a member in its year."""
    dated = _ITEM_YEAR.match(around.tail)
    if dated is None:
        return None
    sentence, start, end = around.sentence, around.group.start, around.group.end
    after = _CHAIN_THEN_ADDED.match(sentence, end + dated.end())
    before = None if after else _JOINED_THEN_CHAIN.search(sentence, max(0, start - 200), start)
    if after is None and before is None:
        return None
    if before is not None and before["carried"] and not _ENDS.match(sentence, end + dated.end()):
        return None  # "..., and Iran in 2023 as an observer": the verb carried is not all
    year = (int(dated["year"]), None)
    return list(each(around.group, "joined", "member", start, end + dated.end(), year))


_ITEM_YEAR = re.compile(
    rf"\s+in\s+(?:(?:early|mid|late)[- ]?)?(?:{MONTH}\s+)?(?P<year>{YEAR})(?!\d)"
)
_ITEM = rf"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){{0,2}}\s+in\s+(?:{MONTH}\s+)?{YEAR}"
_SEP = r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
# "... Belarus in 2024 were also added as full members"
_CHAIN_THEN_ADDED = re.compile(
    rf"(?:{_SEP}{_ITEM})*\s+(?:were|was)\s+(?:(?:also|then|later|formally)\s+)?(?:added|admitted"
    r"|accepted|inducted|included|made)\s+(?:as\s+)?(?:(?:full|full-fledged|permanent)\s+)?members?\b"
)
# "to include India and Pakistan in 2017, Iran in 2023, and ...", "joined in 2017, and Iran in
# 2023": a joining, then items each with its year, up to this one
_JOINED_THEN_CHAIN = re.compile(
    r"\b(?:(?:expan\w+|extended|spread|grew)\s+to\s+include|(?:(?:was|were)\s+)?joined\s+by"
    r"|admission\s+of|accession\s+of)\s+(?:[^.;:]{0,40}?\s+in\s+"
    rf"(?:{MONTH}\s+)?{YEAR}{_SEP})+\Z"
    r"|(?P<carried>\b(?:joined|acceded\s+to|(?:were|was)\s+admitted\s+to)\s+(?:the\s+)?(?:SCO|bloc"
    rf"|organi[sz]ation|group(?:ing)?)(?:\s+in\s+(?:{MONTH}\s+)?{YEAR})?,\s*and\s+\Z)",
    re.IGNORECASE,
)
_ENDS = re.compile(r"\s*(?:[.;]|\Z)")


# the words that add a country to the Five as the SCO is founded
_JOINED_BEFORE = re.compile(
    r"\b(?:inducted|included|admitted|added|welcomed|took\s+in|brought\s+in|(?:the\s+)?(?:joining"
    r"|addition|accession|admittance|admission|inclusion|entry|induction)\s+of|including)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
_JOINED_AFTER = re.compile(
    r"\s*(?:(?:was|were)\s+(?:(?:also|then|formally)\s+)?(?:added|admitted|included|inducted"
    r"|brought\s+in|taken\s+in|accepted)|join(?:ing|ed))\b",
    re.IGNORECASE,
)
# the SCO founded, or the Shanghai Five renamed: "named it the SCO", "the group became the
# OCS", "the 'Shanghai Five' was changed to SCO", "at establishment"
_SCO_FOUNDED = re.compile(
    r"\b(?:re-?named(?:\s+(?:itself|themselves))?|named\s+it|rebranded|changed\s+(?:its\s+name\s+)?(?:in)?to|became|morphed\s+into"
    r"|transformed\s+into|turned\s+into|evolved\s+into)\s+(?:as\s+)?(?:the\s+)?[\"\u201c']?"
    r"(?:SCO|OCS|Shanghai\s+Co-?operation\s+Organi[sz]ation)\b"
    r"|\b(?:SCO|organi[sz]ation)\s+was\s+(?:established|founded|created|formed)\b"
    r"|\bat\s+(?:the\s+|its\s+)?(?:establishment|founding|creation|inception)\b",
    re.IGNORECASE,
)


_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|could|might|may|shall|should|procedure|process)\b", re.IGNORECASE
)


def _granted(around: Around) -> list[Claim] | None:
    """ "granted Egypt, Qatar and Saudi Arabia dialogue-partner status", "with Belarus as
    its tenth member"; "with Afghanistan and Mongolia remaining observers" is a status."""
    head = around.head
    granted = rx("granted_before").search(head)
    if (
        granted is None
        # "the procedure that will, in time, make India and Pakistan members"
        or _MODAL_BEFORE.search(head[max(0, granted.start() - 30) : granted.start()])
        or rx("future").search(head[: granted.start()])
    ):
        return None
    match = rx("status_after").match(around.tail)
    with_ = granted.group().lower().startswith("with")
    # "a deal with Pakistan as a partner" is no status
    if match is None or (with_ and not match["ord"] and status_of(match) == "partner"):
        return None
    year = year_after(around.tail[match.end() :], around.today)
    start, end = _before(around, granted), around.group.end + match.end()
    if with_ and year[0] is None:
        return list(each(around.group, "status", status_of(match), start, end, year))
    if year[0] is None:
        year = year_before(head, around.sentence, around.today)
    return list(each(around.group, "joined", status_of(match), start, end, year))


def _admitted(around: Around) -> list[Claim] | None:
    """ "the SCO admitted Iran in 2023": admitted, with a date, is membership."""
    admitted = rx("admitted_before").search(around.head)
    tail = around.tail.lstrip()
    when = rx("when").match(tail) if admitted else None
    if (
        admitted is None
        or when is None
        or not tail.startswith("in")
        or not mentions(around.sentence, "sco_org")
        or rx("future").search(around.head[: admitted.start()])
    ):
        return None
    start = _before(around, admitted)
    end = around.group.end + len(around.tail) - len(tail) + when.end()
    return list(each(around.group, "joined", "member", start, end, (int(when["year"]), None)))


# "enlargement was in July 2015 with the addition of two new members India and Pakistan":
# countries added, at the time the clause gives: a joining then (not a status held today).
_ADDITION = re.compile(
    r"\b(?:addition|admission|inclusion|induction|entry|accession)\s+of\s+(?:the\s+)?"
    rf"(?:(?:{lx.number_pattern()}|two)\s+)?(?:new\s+)?(?:(?:full\s+)?(?P<status>{lx.status_pattern()})"
    r"(?![\w-])\s*[,:(]?\s*)?(?:the\s+)?$",
    re.IGNORECASE,
)


def _addition(around: Around) -> list[Claim] | None:
    """ "with the addition of 2 new members India and Pakistan": joined, in the clause's year."""
    added = _ADDITION.search(around.head)
    if added and _MAYBE.search(around.head, max(0, added.start() - 30), added.start()):
        return []  # "the possible admission of Iran": not made
    # "On June 9, 2017, the leaders announced the admission of India": the date opening it
    opening = year_before(around.head, around.sentence, around.today)[0] if added else None
    if added is None or (
        added["status"] is None and not rx("when").search(around.head) and opening is None
    ):
        return None  # "the accession of Iran" alone: the possessive rule reads it
    status = _status(added) if added["status"] else "member"
    clause = re.split(r"[;:]|\band\b", around.head[: added.start()])[-1]
    years = list(rx("when").finditer(clause)) or list(
        re.finditer(rf"(?P<year>{YEAR})(?!\d)", clause)
    )
    after = rx("when").match(around.tail.lstrip(" ,"))  # "... India and Pakistan in 2017"
    if years:
        year: tuple[int | None, str | None] = (int(years[-1]["year"]), None)
    elif after:
        year = (int(after["year"]), None)
    elif opening is not None:
        year = (opening, None)
    else:
        return None
    start, end = _before(around, added), around.group.end
    return list(each(around.group, "joined", status, start, end, year))


_MAYBE = re.compile(
    r"\b(?:possible|potential|future|proposed|planned|prospective|expected|eventual|likely"
    r"|further)\s+\Z",
    re.IGNORECASE,
)
_PROCESS = re.compile(
    r"\b(?:procedure|process|path|road|roadmap|talks|negotiations|bid|application|steps?)\s+"
    r"(?:for|to(?:wards?)?|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _possessive(around: Around) -> list[Claim] | None:
    """ "Mongolia's observer status", "Iran's accession in 2023", "the accession of Iran
    in 2023"; when they make no claim, the later rules read the list."""
    match = rx("possessive").match(around.tail)
    of = None if match else rx("accession_of").search(around.head)
    rest = around.tail[match.end() :] if match else around.tail
    if (match is None and of is None) or elsewhere(rest):
        return None
    end = around.group.end + (match.end() if match else 0)
    start = around.group.start if match else _before(around, of)  # type: ignore[arg-type]
    if match and (match["status_name"] or match["status"]):
        return _possessed(around, match, rest, start, end) or None
    noun = match["accession"] if match else of.group()  # type: ignore[union-attr]
    return _accession(around, noun, rest, start, end) or None


def _possessed(
    around: Around, match: re.Match[str], rest: str, start: int, end: int
) -> list[Claim]:
    """ "Mongolia's observer status (since 2004)", "India's full membership in 2017"."""
    if _PROCESS.search(around.head[-40:]):
        return []  # "the procedure for Iran's membership": on its way, not yet held
    status = status_of(match)
    since = rx("since").match(rest)
    if since:
        detail: Extra = {"since": int(since["year"])}
        end += since.end()
        return list(each(around.group, "status", status, start, end, (None, None), detail=detail))
    if _STATE_OF_STATUS.match(rest):  # "Afghanistan's observer status has been in limbo
        # since 2021": the year is the state's, not the status's beginning
        return list(each(around.group, "status", status, start, end, (None, None)))
    year = year_after(rest[:30], around.today)
    kind: RosterKind = "joined" if year[0] is not None else "status"
    end += year_end(rest[:30]) if year[0] else 0
    return list(each(around.group, kind, status, start, end, year))


# What a status's state is, told after it: a year that follows is that state's
_STATE_OF_STATUS = re.compile(
    r"\s+(?:has\s+been|have\s+been|had\s+been|was|were|is|are|remains?|remained|has\s+remained)\s+"
    r"(?:\w+\s+)?(?:in\s+limbo|suspended|frozen|on\s+hold|in\s+question|uncertain|unclear|disputed"
    r"|contested|questioned|stalled|blocked|in\s+doubt|under\s+review|dormant|inactive|unused)\b",
    re.IGNORECASE,
)


# An accession told as done, right after it ("Iran's accession to the SCO was finalized"):
# the news of the article's day; "will be finalized", "is expected to be" are not done
_DONE = re.compile(
    r"(?:\s+to\s+(?:the\s+)?[\w\s-]{0,45}?)?\s+(?:was|has\s+been)\s+(?:officially\s+|formally\s+)?"
    r"(?:finali[sz]ed|completed|formali[sz]ed|sealed)\b",
    re.IGNORECASE,
)


def _accession(around: Around, noun: str, rest: str, start: int, end: int) -> list[Claim]:
    """An accession is membership, unless a status follows ("the elevation of Belarus to
    observer"); without a year or a status it is a process, not yet a claim."""
    found = rx("status_after").match(rest)
    status = status_of(found) if found else "member"
    if found is None and re.search(r"elevation|upgrad|promotion", noun, re.IGNORECASE):
        return []
    if found:
        rest, end = rest[found.end() :], end + found.end()
    year = year_after(rest[:40], around.today)
    if year[0] is None and found is None and _DONE.match(rest):
        # "Iran's accession to the SCO was finalized": done by the article's date; told as
        # decided, so before the reference's decision it is a step before it, never red
        return list(each(around.group, "joined", status, start, end, year, tense="decided"))
    if year[0] is None and found is None:
        return []  # "launched Iran's accession"
    if year[0] is None:
        year = year_before(around.head, around.sentence, around.today)
    return list(each(around.group, "joined", status, start, end + year_end(rest[:40]), year))


def _held(around: Around, status: str, match: re.Match[str]) -> list[StatusClaim]:
    """A status held, with its "since 2005" when one follows."""
    end = around.group.end + match.end()
    detail: Extra = {}
    since = rx("since").match(around.tail[match.end() :])
    if since:
        detail["since"] = int(since["year"])
        end += since.end()
    group = around.group
    return list(each(group, "status", status, group.start, end, (None, None), detail=detail))


# A status noun in the plural ("member states", "observers") is no apposition of one name;
# one followed by its verb opens a clause of its own, it is not said of the list before it.
_PLURAL = re.compile(r"(?:states|members|observers|partners|countries|nations)$", re.IGNORECASE)
_CLAUSE_VERB = re.compile(
    r"\s+(?:have|has|had|are|were|will|would|can|could|should|must|do|did|agreed|met|differ\w*"
    r"|decided|signed|adopted|discussed|said|called|voiced|expressed)\b",
    re.IGNORECASE,
)
# A status noun followed by a dash or colon and a country heads the list after it
# ("A and B, partner countries: C, D"), it is never said of the list before it.
_HEADS_NEXT = re.compile(r"\s*(?::|[\u2013\u2014]|-{1,2})\s*(?:the\s+)?")


def _heads_next_list(around: Around, end: int) -> bool:
    """Whether the status noun ending at `end` of the tail opens the list after it."""
    opening = _HEADS_NEXT.match(around.tail, end)
    if opening is None:
        return False
    at = around.group.end + opening.end()  # the tail's offsets counted in the sentence
    found = lx.country_regex().match(around.sentence, at)
    return found is not None and lx.starts_a_word(around.sentence, at)


def _appositive(around: Around) -> list[Claim] | None:
    """ "India, an observer state", "Mongolia (a dialogue partner since 2012)"."""
    match = rx("appositive").match(around.tail)
    if match is None:
        return None
    if match["n"] and lx.number(match["n"]) != len(around.group.members):
        return None  # "India and Pakistan, four observer nations, ...": the next list's count
    if len(around.group.members) == 1 and _PLURAL.search(match["status"]):
        return None  # "took office in Afghanistan, the SCO member states have": no apposition
    if _CLAUSE_VERB.match(around.tail, match.end()):
        return None  # "..., the member states have differed": the status opens a clause
    if _heads_next_list(around, match.end()):
        return None  # "..., partner countries: Armenia, Nepal": the next list's status
    if elsewhere(around.tail[match.end() :]):
        return []  # "Turkey, a member of NATO"
    return [*_held(around, _status(match), match)]


def _predicate(around: Around) -> list[Claim] | None:
    """ "India is a member", "which has been an observer since 2005"; "Belarus became
    the tenth member" (an ordinal) is a joining."""
    match = rx("predicate").match(around.tail)
    if match is None:
        return None
    if elsewhere(around.tail[match.end() :]):
        return []
    if UNSURE.search(around.tail[: match.end()]):
        return None
    status = status_of(match)
    if not match["ord"]:
        return [*_held(around, status, match)]
    since = rx("since").match(around.tail[match.end() :])
    group = around.group
    end = group.end + match.end() + (since.end() if since else 0)
    return list(each(group, "joined", status, group.start, end, (None, None), match["ord"]))


# "Pakistan has never been an SCO member", "India is not yet a full member": a plain
# denial of a status is a claim all the same, marked for the judge to turn round
# (judge._denied); "not only", "not just" and "neither ... nor" are no denial.
_DENIED = re.compile(
    r"\s+(?:is|are|was|were|has|have|had)(?:\s+(?:also|still|so\s+far))?"
    r"(?:\s+(?P<never>never)|\s+(?P<longer>no\s+longer)|\s+not|n't)(?:\s+(?:yet|been|become))*"
    r"\s+(?:(?:an?|the)\s+)?(?:(?:SCO|full|permanent|full-fledged)\s+)*"
    r"(?P<status>members?|observers?|dialogue\s+partners?)(?![\w-])",
    re.IGNORECASE,
)


def _denied(around: Around) -> list[Claim] | None:
    """ "Pakistan has never been an SCO member": the status, denied ("never", "no longer", "not")."""
    match = _DENIED.match(around.tail)
    if match is None:
        return None
    if elsewhere(around.tail[match.end() :]):
        return []  # "Turkey is not a member of NATO"
    how = "never" if match["never"] else "no longer" if match["longer"] else "not"
    return [
        claim._replace(detail={**claim.detail, "denied": how})
        for claim in _held(around, _status(match), match)
    ]


def _joining(around: Around) -> list[Claim] | None:
    """ "India and Pakistan joined the SCO as full members in 2017"."""
    match = rx("joining").match(around.tail)
    return None if match is None else _joined(around, match)


def _joining_past_aside(around: Around) -> list[Claim] | None:
    """ "Belarus, until now a dialogue partner, was elevated to observer": past the aside."""
    aside = re.match(r"\s*,[^,]{1,60},", around.tail)
    match = rx("joining").match(around.tail[aside.end() :]) if aside else None
    if aside is None or match is None:
        return None
    group = around.group
    moved = around._replace(
        group=group._replace(end=group.end + aside.end()), tail=around.tail[aside.end() :]
    )
    return [claim._replace(start=group.start) for claim in _joined(moved, match)]


_SOME = re.compile(r"\b(?:such|includ\w*|among|like)\b", re.IGNORECASE)
_SOME_AFTER = re.compile(
    r"\s*,?\s*(?:among\s+(?:them|others)|and\s+others|and\s+more|etc\b|\.\.\.|\u2026)",
    re.IGNORECASE,
)


@cache
def _counted() -> re.Pattern[str]:
    """A number right before a status noun ("the SCO's eight member states")."""
    return re.compile(rf"(?P<n>{lx.number_pattern()})\s+(?:[\w-]+\s+){{0,2}}?$", re.IGNORECASE)


# "nine members: A, B, ..., H" (eight names): a list a colon or a dash opens is the status's
# own even a name short or long; the count is judged on its own. After a comma it may be
# another set ("the SCO's eight member states, Belarus, Iran and Mongolia, were invited").
_OPENS_LIST = re.compile(r"\s*(?::|[\u2013\u2014]|-{1,2})\s*(?:the\s+)?$")


def _numbered(count: int | None, around: Around, match: re.Match[str]) -> bool:
    """Whether a count before a status noun numbers the list after it."""
    names = len(around.group.members)
    if count == names:
        return True
    opened = _OPENS_LIST.match(around.head, match.end("status"))
    return opened is not None and count is not None and names >= 3 and abs(count - names) == 1


def _list_before(around: Around) -> list[Claim] | None:
    """ "observer states Afghanistan and Mongolia", "dialogue partners such as Turkey"."""
    match = rx("list_before").search(around.head)
    group = around.group
    if match is None or pairs(group, around.head, around.sentence[group.end : group.end + 40]):
        return None
    if _POSSESSOR.match(around.sentence, group.end):
        return None  # "..., India New Members, Iran's Rouhani Attending": whose, not which
    if match["status"].lower().startswith("partner") and _FELLOW.search(
        around.head, 0, match.start("status")
    ):
        return []  # "Russia and its SCO partners India and Kazakhstan": its fellow members
    if match["like"] and not match["status"].lower().endswith("s"):
        return None  # "Iran, an observer state like India": a likeness, not a list
    status = _status(match)
    if status == "member" and not match["status"].lower().startswith(("member", "full")):
        return None
    counted = _counted().search(around.head, 0, match.start("status"))
    # a part of them: "14 partners including Türkiye", "ten members (China ... among them)"
    some = _SOME.search(around.head, match.end("status")) or _SOME_AFTER.match(
        around.sentence, group.end
    )
    if counted and not some and not _numbered(lx.number(counted["n"]), around, match):
        return None  # "the SCO's eight member states, Belarus, Iran and Mongolia": not those
    start = group.start - len(around.head) + match.start("status")
    return list(each(group, "status", status, start, group.end, (None, None)))


_POSSESSOR = re.compile(r"['\u2019]s?\s")
# a country's partners, not the SCO's: "its SCO partners", "fellow SCO partner countries",
# "Russia's SCO partners"
_FELLOW = re.compile(
    r"(?:\b(?:its|their|his|her|our)\s+(?:(?:fellow|closest|main|key)\s+)?SCO\s+"
    r"|\bfellow\s+(?:SCO\s+)?"
    r"|(?<!SCO)(?<!bloc)(?<!isation)(?<!ization)(?<!grouping)['\u2019]s\s+(?:\w+\s+)?SCO\s+)\Z",
    re.IGNORECASE,
)

# "admits Afghanistan as observer, Turkey as dialogue partner", "India and Pakistan became
# observers and Belarus and Sri Lanka dialogue partners": a list right after another list's
# status, with a status of its own right after it (the verb elided), holds its own status.
_PARALLEL_HEAD = re.compile(
    rf"(?:{lx.status_pattern()})(?:[- ]status)?\s*(?:,|;|,?\s+and|,?\s+while|,?\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_PARALLEL_TAIL = re.compile(
    rf"\s+(?:as\s+)?(?:(?:an?|the)\s+)?(?:full\s+|SCO\s+)?(?P<status>{lx.status_pattern()})"
    r"(?:[- ]status)?(?![\w-])(?=\s*(?:[,;.)]|and\b|while\b|in\b|at\b|on\b|since\b|$))",
    re.IGNORECASE,
)
_JOINING_VERB = re.compile(
    r"\b(?:admit(?:s|ted)?|accept(?:s|ed)?|bec(?:a|o)mes?|join(?:s|ed)?|grant(?:s|ed)?|made|makes"
    r"|welcom(?:es|ed)|upgraded|elevated|promoted|added)\b",
    re.IGNORECASE,
)
_WILL = re.compile(
    r"\b(?:will|would|could|might|may|shall|should|plans?|expected|set\s+to|hopes?|to\s+(?:admit"
    r"|grant|accept|make|become|join))\b",
    re.IGNORECASE,
)


def _parallel(around: Around) -> list[Claim] | None:
    """ "..., Turkey as dialogue partner": its own status, not the one before the list."""
    head = _PARALLEL_HEAD.search(around.head)
    tail = _PARALLEL_TAIL.match(around.tail)
    if head is None or tail is None or elsewhere(around.tail[tail.end() :]):
        return None
    group, sentence = around.group, around.sentence
    clause = re.split(r"[.;:]\s", sentence[: group.start])[-1]
    if _WILL.search(clause) or UNSURE.search(around.tail[: tail.start("status")]):
        return []  # "will admit A as observer, B as partner": not yet
    status = lx.status_of_match(tail)
    end = group.end + tail.end()
    if _JOINING_VERB.search(clause) is None:
        return list(each(group, "status", status, group.start, end, (None, None)))
    year = year_after(around.tail[tail.end() :], around.today)
    if year[0] is None:
        year = year_before(around.head, sentence, around.today)
    return list(each(group, "joined", status, group.start, end, year))


# -- after a joining verb -------------------------------------------------------

_CLAUSE_END = re.compile(r"[;:]|,\s+(?:but|while|and|which|who)\b|\s+(?:and|but)\s+(?=[A-Z])")


def _joined(around: Around, match: re.Match[str]) -> list[Claim]:
    """After a joining verb: the status (joined alone means member), an ordinal, a year."""
    clause = _CLAUSE_END.split(around.tail[match.end() :])[0]
    found = rx("status").search(clause) or rx("status_name").search(clause)
    verb = match["verb"].lower().strip()
    if _joined_elsewhere(clause, found):
        return []
    if verb.startswith("join") and rx("joined_other").match(clause):
        return []  # "joined the mission, alongside members", "joined the SCO Energy Club as"
    found = _far_status(found, verb, clause)
    gap_end = found.start() if found else 0
    if found is not None and _FROM.search(clause[:gap_end]):
        found = _to_status(clause, found)  # "upgraded from observer to full member": the new one
        if found is None:
            return []  # "upgraded from observer": the old status only, no joining of it
    if found is None:
        if not _joined_alone(around, match, verb):
            return []
        status, status_end = "member", 0
    else:
        gap = clause[:gap_end]
        # "was elevated to observer": a "to" right after the verb is not a future
        if len(gap) > 60 or UNSURE.search(re.sub(r"^\s*to\s", " ", gap)):
            return []
        status, status_end = lx.status_of_match(found), found.end()
        if rx("of_other").match(clause[status_end : status_end + 40]):
            return []
    ordinal = (
        re.search(rf"(?P<ord>{lx.ordinal_pattern()})\s+\S*\s*$", clause[: found.start()])
        if found
        else None
    )
    year = year_after(clause, around.today)
    if year[0] is None:
        year = year_before(around.head, around.sentence, around.today)
    group = around.group
    end = group.end + match.end() + max(status_end, year_end(clause))
    return list(
        each(group, "joined", status, group.start, end, year, ordinal["ord"] if ordinal else None)
    )


# the status right after "from" is the one left ("upgraded from observer to full member",
# "moved from dialogue partner status to observer"): the new one follows "to"
_FROM = re.compile(r"\bfrom\s+(?:(?:an?|the|its|their|SCO(?:'s|\u2019s)?)\s+)*\Z", re.IGNORECASE)
_TO = re.compile(r"(?:[- ]status|\s+states?)?\s*(?:,\s*)?(?:to|into)\s+", re.IGNORECASE)


def _to_status(clause: str, old: re.Match[str]) -> re.Match[str] | None:
    """The status after "to" that a status after "from" moved to; None if none is told."""
    to = _TO.match(clause, old.end())
    if to is None:
        return None
    new = rx("status").search(clause, to.end()) or rx("status_name").search(clause, to.end())
    if new is None or len(clause[to.end() : new.start()]) > 30:
        return None
    return new


def _joined_elsewhere(clause: str, found: re.Match[str] | None) -> bool:
    """ "joined the WTO", "became a BRICS member", "a member of the Arctic Council"."""
    if elsewhere(" joined" + clause):
        return True
    if found and rx("other_org").search(clause[: found.start()]):
        return True
    if found and _other_partnership(clause, found):
        return True
    return bool(found and elsewhere(clause[found.end() :]))


def _other_partnership(clause: str, found: re.Match[str]) -> bool:
    """ "became strategic partners", "close partners in trade", "a key partner": the bare
    noun "partner" qualified, or in a field, is another partnership, no SCO status; "partner
    status" is the status by its name, whatever stands before it."""
    if not found.groupdict().get("partner") or re.match(r"[- ]status", clause[found.end() :]):
        return False
    plain = rx("partner_plain").fullmatch(clause, 0, found.start())
    return plain is None or bool(rx("partner_elsewhere").match(clause, found.end()))


def _far_status(found: re.Match[str] | None, verb: str, clause: str) -> re.Match[str] | None:
    """ "joined the Shanghai Cooperation Organisation on Thursday, becoming the group's
    10th member": joining the SCO is membership; the status far after is a new clause."""
    if (
        found is not None
        and verb.startswith(("join", "acced"))
        and len(clause[: found.start()]) > 60
        and re.match(rf"\s+(?:the\s+)?(?:{lx.SCO_NAMES})\b", clause)
    ):
        return None
    return found


def _joined_alone(around: Around, match: re.Match[str], verb: str) -> bool:
    """ "joined" alone means membership, unless it joined someone ("Afghanistan joins
    Mongolia"); so does "admitted" when the SCO or a date follows ("India, admitted in 2017")."""
    at = around.group.end + match.end()
    after = around.sentence[at : at + 80]
    admitted = verb.endswith(("admitted", "accepted")) and re.match(
        rf"\s*(?:(?:to|into)\s+(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|grouping)|in\s+"
        rf"(?:\w+\s+)?{YEAR})",
        after,
    )
    joined = verb.startswith(("join", "acced"))
    if not (joined or admitted) or lx.country_regex().match(after.lstrip()):
        return False
    return not rx("joined_other").match(after)  # "joined the list early", "joined their neighbours"


RULES: tuple[GroupRule, ...] = (
    GroupRule(
        "adjectives",
        _adjectives,
        (
            (
                "The Afghan and Mongolian observers attended the summit.",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
        ),
        (
            (
                "The Afghan and Mongolian delegations attended.",
                (("status", "Afghanistan", "member"),),
            ),
        ),
    ),
    GroupRule(
        "joined_at_the_founding",
        _at_the_founding,
        (
            (
                "In 2001 the Shanghai Five took in Uzbekistan and renamed itself the SCO.",
                (("joined", "Uzbekistan", "member"),),
            ),
            (
                "Once Uzbekistan was admitted in 2001, the 'Shanghai Five' was changed to the SCO.",
                (("joined", "Uzbekistan", "member"),),
            ),
            (
                "The five became the SCO in June 2001 with the inclusion of Uzbekistan.",
                (("joined", "Uzbekistan", "member"),),
            ),
            (
                "The bloc grew out of the Shanghai Five, with Uzbekistan joining at its creation.",
                (("joined", "Uzbekistan", "member"),),
            ),
        ),
        (
            # another country named in the sentence is not the one added
            (
                "Kazakhstan, one of the Shanghai Five, became a founder of the SCO.",
                (("joined", "Kazakhstan", "member"),),
            ),
            (
                "The Shanghai Five became the SCO in 2001; India was admitted as an observer"
                " in 2005.",
                (("joined", "India", "member"),),
            ),
        ),
    ),
    GroupRule(
        "dated_items_joined",
        _dated_items,
        (
            (
                "Iran in 2023 and Belarus in 2024 were then admitted as full members.",
                (("joined", "Iran", "member"), ("joined", "Belarus", "member")),
            ),
            (
                "The bloc grew to include India and Pakistan in 2017, Iran in July 2023 and"
                " Belarus in July 2024.",
                (("joined", "Iran", "member"), ("joined", "Belarus", "member")),
            ),
            (
                "India and Pakistan joined the SCO in 2017, and Iran in 2023.",
                (("joined", "Iran", "member"),),
            ),
        ),
        (
            (
                "Visits to Iran in 2021 and Belarus in 2022 were added to the plan.",
                (("joined", "Iran", "member"), ("joined", "Belarus", "member")),
            ),
            (
                "Iran in 2005 and Belarus in 2015 were made observers.",
                (("joined", "Iran", "member"), ("joined", "Belarus", "member")),
            ),
        ),
    ),
    GroupRule(
        "granted_status_to",
        _granted_to,
        (
            (
                "In 2005 the SCO granted observer status to India, Iran and Pakistan.",
                (("joined", "India", "observer"), ("joined", "Pakistan", "observer")),
            ),
        ),
        (("The SCO may soon grant observer status to Laos.", (("joined", "Laos", "observer"),)),),
    ),
    GroupRule(
        "granted_list_status",
        _granted,
        (
            (
                "In 2022 the SCO granted Egypt, Qatar and Saudi Arabia dialogue partner status.",
                (("joined", "Egypt", "dialogue_partner"), ("joined", "Qatar", "dialogue_partner")),
            ),
        ),
        (
            (
                "The procedure that will, in time, make India and Pakistan members has begun.",
                (("joined", "India", "member"), ("status", "India", "member")),
            ),
        ),
    ),
    GroupRule(
        "admitted_in_year",
        _admitted,
        (("The SCO admitted Iran in 2023.", (("joined", "Iran", "member"),)),),
        (("The SCO could have admitted Iran in 2021.", (("joined", "Iran", "member"),)),),
    ),
    GroupRule(
        "addition_of_new_members",
        _addition,
        (
            (
                "The second enlargement was in July 2015 with addition of 2 new members India"
                " and Pakistan.",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            # the date opening the sentence dates the admission announced
            (
                "On 4 July 2024, the heads of state of the member countries meeting in the Kazakh"
                " capital announced the admission of Belarus.",
                (("joined", "Belarus", "member"),),
            ),
        ),
        (
            (
                "The second enlargement was in July 2015 with addition of 2 new members India"
                " and Pakistan.",
                (("status", "India", "member"), ("status", "Pakistan", "member")),
            ),
            (
                "On 10 July 2015, the SCO began the procedure for the admission of India.",
                (("joined", "India", "member"),),
            ),
            (
                "On 10 July 2015, the SCO discussed the possible admission of Iran.",
                (("joined", "Iran", "member"),),
            ),
        ),
    ),
    GroupRule(
        "possessive_status_or_accession",
        _possessive,
        (
            ("Mongolia's observer status was confirmed.", (("status", "Mongolia", "observer"),)),
            ("Iran's accession in 2023 enlarged the SCO.", (("joined", "Iran", "member"),)),
            (
                "At the summit, Iran's accession to the organisation was completed.",
                (("joined", "Iran", "member"),),
            ),
        ),
        (
            ("The procedure for Iran's membership began in 2021.", (("joined", "Iran", "member"),)),
            (
                "Iran's accession to the SCO will be finalized soon.",
                (("joined", "Iran", "member"),),
            ),
            (
                "Iran's accession to the SCO is expected to be completed.",
                (("joined", "Iran", "member"),),
            ),
            ("Iran's membership bid stalled.", (("status", "Iran", "member"),)),
        ),
    ),
    GroupRule(
        "appositive_status",
        _appositive,
        (
            (
                "Mongolia, an observer state since 2004, sent its president.",
                (("status", "Mongolia", "observer"),),
            ),
            # a dash after the status noun and no country after it: still the apposition
            (
                "Belarus and Iran, observer states - at least until the summit - sent envoys.",
                (("status", "Belarus", "observer"), ("status", "Iran", "observer")),
            ),
        ),
        (
            ("Turkey, a member of NATO, sent a minister.", (("status", "Türkiye", "member"),)),
            # a status noun opening the next list ("partners: A, B") heads that list only
            (
                "Observers - Belarus and Iran, dialogue partners - Nepal and Egypt.",
                (("status", "Belarus", "dialogue_partner"), ("status", "Iran", "dialogue_partner")),
            ),
            (
                "Member states: India and Russia, observer states: Mongolia and Iran.",
                (("status", "India", "observer"), ("status", "Russia", "observer")),
            ),
            (
                "Observers \u2013 Belarus and Mongolia, members \u2013 China and Pakistan.",
                (("status", "Belarus", "member"), ("status", "Mongolia", "member")),
            ),
            (
                "Since the Taliban took office in Afghanistan, the SCO member states have differed.",
                (("status", "Afghanistan", "member"),),
            ),
            (
                "Since the war began in Iran, the observer has said little.",
                (("status", "Iran", "observer"),),
            ),
            (
                "It has two acceding members, India and Pakistan, four observer nations, Iran,"
                " Belarus, Mongolia and Afghanistan, and six dialogue partners.",
                (("status", "India", "observer"), ("status", "Pakistan", "member")),
            ),
        ),
    ),
    GroupRule(
        "denied_status",
        _denied,
        (
            ("Pakistan has never been an SCO member.", (("status", "Pakistan", "member"),)),
            ("Turkey is not a member of the SCO.", (("status", "Türkiye", "member"),)),
            ("Uzbekistan is no longer an observer.", (("status", "Uzbekistan", "observer"),)),
        ),
        (
            ("Turkey is not a member of NATO.", (("status", "Türkiye", "member"),)),
            ("India is not only a member but a founder.", (("status", "India", "member"),)),
        ),
    ),
    GroupRule(
        "predicate_status",
        _predicate,
        (
            ("India and Pakistan are full members of the SCO.", (("status", "India", "member"),)),
            ("Iran is the ninth member of the SCO.", (("joined", "Iran", "member"),)),
        ),
        (("Turkey is a member of NATO.", (("status", "Türkiye", "member"),)),),
    ),
    GroupRule(
        "joining_verb",
        _joining,
        (
            (
                "India and Pakistan joined the SCO as full members in 2017.",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            # a country added "along with" the one that joined: the same joining
            (
                "India was made a full member of the SCO in 2017 along with Pakistan.",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            # the bare noun "partner" plain, or the SCO's, is its status
            ("Cambodia became an SCO partner in 2025.", (("joined", "Cambodia", "partner"),)),
            ("Qatar was made the bloc's newest partner.", (("joined", "Qatar", "partner"),)),
            (
                "Laos was accepted into the organisation with partner status.",
                (("joined", "Laos", "partner"),),
            ),
            # from the old status to the new one: the joining is the new one's
            (
                "Belarus was upgraded from observer to full member of the SCO in 2024.",
                (("joined", "Belarus", "member"),),
            ),
            (
                "Belarus was elevated from dialogue partner status to observer in 2015.",
                (("joined", "Belarus", "observer"),),
            ),
            (
                "Belarus moved from dialogue partner to observer in the SCO in 2015.",
                (("joined", "Belarus", "observer"),),
            ),
        ),
        (
            # a body of the SCO's, a mission, "the SCO family" (partners are in it): joined, but
            # not as a member of the SCO
            (
                "Turkmenistan joined the SCO Energy Club in 2013.",
                (("joined", "Turkmenistan", "member"),),
            ),
            (
                "Observers from Belarus and Mongolia joined the mission, alongside members from"
                " all eight SCO member states.",
                (("joined", "Belarus", "member"), ("joined", "Mongolia", "member")),
            ),
            (
                "Armenia joined the SCO family on Saturday when it signed the memorandum.",
                (("joined", "Armenia", "member"),),
            ),
            # the status after "from" is the one left, never the one joined
            (
                "Belarus was upgraded from observer to full member of the SCO in 2024.",
                (("joined", "Belarus", "observer"),),
            ),
            (
                "Sri Lanka was elevated from dialogue partner status, the SCO said.",
                (("joined", "Sri Lanka", "dialogue_partner"),),
            ),
            (
                "Belarus moved from dialogue partner to observer in the SCO in 2015.",
                (("joined", "Belarus", "dialogue_partner"),),
            ),
            (
                "Belarus moved from Minsk to Beijing for the SCO talks.",
                (("joined", "Belarus", "member"),),
            ),
            ("Ukraine joined the WTO in 2008.", (("joined", "Ukraine", "member"),)),
            # a partnership of another kind: qualified, in a field, with another party
            (
                "China and Russia became strategic partners in 1996.",
                (("joined", "China", "partner"), ("joined", "Russia", "partner")),
            ),
            (
                "India and China became close partners in trade.",
                (("joined", "India", "partner"), ("joined", "China", "partner")),
            ),
            (
                "Pakistan became a key partner of the SCO against terrorism.",
                (("joined", "Pakistan", "partner"),),
            ),
            (
                "Uzbekistan became a reliable trading partner.",
                (("joined", "Uzbekistan", "partner"),),
            ),
            ("Turkey and Iran became partners in energy.", (("joined", "Türkiye", "partner"),)),
            ("Iran became a partner for China.", (("joined", "Iran", "partner"),)),
            (
                "India joined the SCO in 2017 along with talks with Pakistan.",
                (("joined", "Pakistan", "member"),),
            ),
            ("Afghanistan joins Mongolia in the talks.", (("joined", "Afghanistan", "member"),)),
        ),
    ),
    GroupRule(
        "joining_past_an_aside",
        _joining_past_aside,
        (
            (
                "Belarus, until then a dialogue partner, was elevated to observer in 2015.",
                (("joined", "Belarus", "observer"),),
            ),
        ),
        (
            (
                "Belarus, a neighbour of Russia, has applied to become an observer.",
                (("joined", "Belarus", "observer"), ("status", "Belarus", "observer")),
            ),
        ),
    ),
    GroupRule(
        "parallel_status",
        _parallel,
        (
            (
                "SCO admits Afghanistan as observer, Turkey as dialogue partner.",
                (("joined", "Afghanistan", "observer"), ("joined", "Türkiye", "dialogue_partner")),
            ),
            (
                "India and Pakistan became observers and Belarus and Sri Lanka dialogue partners.",
                (
                    ("joined", "Belarus", "dialogue_partner"),
                    ("joined", "Sri Lanka", "dialogue_partner"),
                ),
            ),
            (
                "Mongolia is an observer, Nepal a dialogue partner.",
                (("status", "Nepal", "dialogue_partner"),),
            ),
        ),
        (
            (
                "SCO admits Afghanistan as observer, Turkey as dialogue partner.",
                (("status", "Türkiye", "observer"), ("joined", "Türkiye", "observer")),
            ),
            (
                "The SCO will admit Afghanistan as observer, Turkey as dialogue partner.",
                (("joined", "Türkiye", "dialogue_partner"),),
            ),
            (
                "Mongolia is an observer, Turkey a member of NATO.",
                (("status", "Türkiye", "member"),),
            ),
        ),
    ),
    GroupRule(
        "status_before_list",
        _list_before,
        (
            (
                "The summit was attended by observer states Afghanistan and Mongolia.",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "It has two observer states, Afghanistan and Mongolia, and 14 dialogue partners"
                " including Egypt.",
                (("status", "Mongolia", "observer"), ("status", "Egypt", "dialogue_partner")),
            ),
            # a list a colon opens a name short of its count: the names still hold the status
            (
                "The SCO has nine members: China, Kazakhstan, Kyrgyzstan, Russia, Tajikistan,"
                " Uzbekistan, India and Pakistan.",
                (("status", "Pakistan", "member"), ("status", "China", "member")),
            ),
            (
                "Its four observer states - Belarus, Iran, Mongolia, Afghanistan and Egypt - met.",
                (("status", "Belarus", "observer"), ("status", "Egypt", "observer")),
            ),
            # a list closed by "and", then a name added to the sentence: the list's own
            (
                "Leaders from the four SCO observer countries, Mongolia, Iran, Pakistan and India,"
                " as well as Turkmenistan's president, spoke.",
                (("status", "Mongolia", "observer"), ("status", "India", "observer")),
            ),
        ),
        (
            ("Iran, an observer state like India, took part.", (("status", "India", "observer"),)),
            (
                "Beside the SCO's eight member states, Belarus, Iran and Mongolia were invited as"
                " observer states.",
                (("status", "Iran", "member"),),
            ),
            # after a comma, a name short of the count: some of them, not the list it numbers
            (
                "Of the nine member states, India, Iran and Pakistan sent ministers.",
                (("status", "India", "member"), ("status", "Iran", "member")),
            ),
            # a country's partners in the SCO (its fellow members), not the SCO's partners
            (
                "Russia and its SCO partners India and Kazakhstan agreed to expand rail freight.",
                (("status", "India", "dialogue_partner"), ("status", "India", "partner")),
            ),
            (
                "Pakistan and fellow SCO partner countries such as Russia and Kazakhstan met.",
                (("status", "Russia", "dialogue_partner"), ("status", "Russia", "partner")),
            ),
            # a name in the possessive after a status: whose, not which
            (
                "SCO Summit Opens With Pak, India New Members, Iran's Rouhani Attending",
                (("status", "Iran", "member"),),
            ),
            (
                "Leaders from the four SCO observer countries, Mongolia, Iran, Pakistan and India,"
                " as well as Turkmenistan, spoke.",
                (("status", "Turkmenistan", "observer"),),
            ),
        ),
    ),
)
