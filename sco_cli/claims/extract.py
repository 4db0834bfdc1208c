"""Find the SCO claims in a sentence and in a document, stage by stage.

A sentence goes through the stages in turn: its furniture (a citation, a
table's row, a fact box's line, a chronology's entry: claims/furniture.py),
counts (counts.py), lists of countries and their statuses (statuses.py, with
group_rules.py and the phrasings of phrasings.py), founding (founding.py) and
summits (summits.py), each a set of declared rules with examples; then the one
guard stage (guards.py) refuses what is denied, hoped for, prospective or
former, and places a claim at its time. Rules are anchored at a cheap landmark
(a number, a country name, the word "summit") and read a bounded window around
it, so the work is linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from sco_cli.claims import delegations, furniture, guards, languages, quiz, tables, timing, topic
from sco_cli.claims.claim import Claim, CountClaim, StatusClaim, SummitClaim
from sco_cli.claims.counts import counts
from sco_cli.claims.dates import DATE_ALONE, Dateline
from sco_cli.claims.document import Sentence
from sco_cli.claims.founding import founding
from sco_cli.claims.normalize import Reading, in_original
from sco_cli.claims.statuses import carried as statuses_carried
from sco_cli.claims.statuses import carried_back, statuses
from sco_cli.claims.summits import summits

__all__ = ["Claim", "claims_in", "claims_of"]

# Cheap tests (literal words, a fast scan) that let a sentence skip rules that cannot apply.
_COUNT_GATE = re.compile(
    "member|observer|partner|founder|countr|nation|state|bloc of|grouping of|club of"
)
_PEOPLE_GATE = re.compile("head|leader|delegat|president|represent")
_FOUNDING_GATE = re.compile(
    "found|shanghai|establish|creat|set up|formed|launch|born|incep|inaugur|announc|proclaim|five"
    "|anniversar|existence"
)


def claims_in(
    sentence: str, today: str | None = None, entry: bool = False, here: Dateline | None = None
) -> list[Claim]:
    """Every claim in one sentence, in order of position; `today` (an ISO date)
    reads relative years such as "last year's Astana summit"; `entry`: the sentence
    is a chronology's entry, rewritten to open with its date; `here`: the summit the
    article's dateline places it at, for "the summit" named without place or year."""
    if "|" in sentence and (rows := tables.row_claims(sentence)) is not None:
        return rows  # a table's row, its cells apart, in any language
    if not sentence.isascii() and (code := languages.language(sentence)) is not None:
        return languages.claims_in(sentence, code, today)  # Russian or Chinese
    lowered = sentence.lower()
    laid_out = _furniture(sentence, lowered, today, entry)
    if laid_out is not None:
        return laid_out
    found: list[Claim] = []
    if _COUNT_GATE.search(lowered):
        found += counts(sentence)
    found += statuses(sentence, today)
    if _PEOPLE_GATE.search(lowered):
        found += _people(sentence, lowered)
    if _FOUNDING_GATE.search(lowered):
        found += founding(sentence, today)
    if (
        "summit" in lowered
        or "host" in lowered
        or "heads of state" in lowered
        or "meeting" in lowered
    ):
        found += summits(sentence, today, entry, here)
    found = [
        _of_body(sentence, _timed(sentence, guards.reread(sentence, c)))
        for c in found
        if _not_refused(sentence, c) and not _five_owns(sentence, c)
    ]
    found = timing.at_summits(sentence, found)  # "At the 2005 Astana summit, A joined"
    return _deduplicated(found) if len(found) > 1 else found


def _furniture(sentence: str, lowered: str, today: str | None, entry: bool) -> list[Claim] | None:
    """The claims of a sentence laid out as furniture (a citation, a table's row, a fact
    box's line, a list under its heading, a chronology's entry); None: it is prose."""
    if furniture.CITATION.match(sentence):
        return []
    # a row and a list's heading name a status: without one of its words, neither is tried
    worded = not sentence.isascii() or ROW_WORDS.search(lowered) is not None
    if len(sentence) < 80 and (row := _furniture_line(sentence, worded)) is not None:
        return [row]
    if worded and (listed := furniture.listing(sentence)) is not None:
        return listed
    if entry:
        return None
    return furniture.entry(sentence, lambda text: claims_in(text, today, entry=True))


def _people(sentence: str, lowered: str) -> list[Claim]:
    """Statuses told by the people of each country: delegations, signatories."""
    found = list(delegations.delegations(sentence))
    if "attend" in lowered or "particip" in lowered or "part" in lowered:
        found += delegations.attendees(sentence)
    if "sign" in lowered or "particip" in lowered or "taking part" in lowered:
        found += delegations.signatories(sentence)
    return found


# Every status noun (lexicon.STATUS_NOUNS) holds one of these words, so a table's row
# and a list's heading, which name a status, hold one too; tried on ASCII text only, where
# no other letter folds to theirs as re's ignored case would fold them (the long s, the
# dotless i).
ROW_WORDS = re.compile("member|observer|partner|found|original")


def _furniture_line(sentence: str, worded: bool) -> Claim | None:
    """A table's row or a fact box's line (which holds its colon), as a claim;
    `worded`: the sentence holds a ROW_WORDS (or is not ASCII)."""
    row = None
    if worded:
        row = furniture.table_row(sentence)
    if row is None and ":" in sentence:
        row = furniture.fact_line(sentence)
    return row


# "a founding member of the Shanghai Five", "one of the founders of the Shanghai-5":
# the founders named are the Shanghai Five's (1996), not the SCO's (2001).
_OF_SHANGHAI_FIVE = re.compile(
    r"[\s,]*(?:in\s+\d{4}\s+)?of\s+(?:the\s+)?Shanghai[\s-]*(?:Five|5)\b", re.I
)


def _of_body(sentence: str, claim: Claim) -> Claim:
    """A founding-member claim whose words are followed by the Shanghai Five names its founders."""
    if "founding_member" not in (claim.value, claim.subject):
        return claim
    if _OF_SHANGHAI_FIVE.match(sentence, claim.end) is None:
        return claim
    if isinstance(claim, StatusClaim):
        return claim._replace(detail={**claim.detail, "body": "Shanghai Five"})
    if isinstance(claim, CountClaim):
        return claim._replace(detail={**claim.detail, "body": "Shanghai Five"})
    return claim


# "The Shanghai Five was formed with China, ... as its founding members": "its" is the
# Shanghai Five's, the body named before the list with no SCO between: another body's founders.
_FIVE_SUBJECT = re.compile(r"Shanghai[\s-]*(?:Five|5)\b(?![^.;]*\b(?:SCO|Organi[sz]ation)\b)", re.I)


def _five_owns(sentence: str, claim: Claim) -> bool:
    if claim.value != "founding_member" or not re.search(
        r"\b(?i:its|their)\s+found", sentence[claim.start : claim.end]
    ):
        return False
    return _FIVE_SUBJECT.search(sentence, 0, claim.start) is not None


def _not_refused(sentence: str, claim: Claim) -> bool:
    """The guard stage, on the claims it reads (counts, founding and summits guard themselves,
    but for a summit named by another body right before it: "the SCO media summit")."""
    if guards.unsaid(sentence, claim.start, claim.end) is not None:
        return False  # a yes-no question, a report the sentence refutes
    if claim.kind == "summit":
        return not guards.named_by_other(sentence, claim.start)
    if claim.kind not in ("status", "joined"):
        return True
    reason = guards.refused(sentence, claim.start, claim.end)
    # a plain denial read as one (group_rules: denied_status) is the claim it denies
    return reason is None or (reason == "denied" and bool(claim.detail.get("denied")))


def _timed(sentence: str, claim: Claim) -> Claim:
    """A status or count placed at another time than the article's ("Earlier, India was an
    observer", "eight members in 2017") carries that time in `time`, for the judge."""
    if "founding_member" in (claim.subject, claim.value):
        return claim
    if (
        isinstance(claim, StatusClaim)
        and guards.perfect(sentence, claim.start, claim.end)
        and not guards.changed_after(sentence, claim.start, claim.end)
    ):
        return claim._replace(detail={**claim.detail, "time": guards.LATELY})
    # a span "since 2005" is the claim's time, unless it ended ("to 2017", "..., became a member")
    if isinstance(claim, StatusClaim) and (
        "since" not in claim.detail
        or guards.ended(sentence, claim.end)
        or guards.changed_after(sentence, claim.start, claim.end)
    ):
        when = guards.time_of(sentence, claim.start, claim.end)
        return claim if when is None else claim._replace(detail={**claim.detail, "time": when})
    if isinstance(claim, CountClaim):
        when = guards.time_of(sentence, claim.start, claim.end)
        return claim if when is None else claim._replace(detail={**claim.detail, "time": when})
    return claim


def _deduplicated(claims: list[Claim]) -> list[Claim]:
    """One claim per kind, subject and value where two rules found the same words."""
    kept: list[Claim] = []
    reach: dict[tuple[str, str, Any], int] = {}  # the furthest end kept for each claim
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        # one count of one phrase: "the bloc of 27 countries" is one claim, not two
        key = (claim.kind, "" if claim.kind == "count" else claim.subject, claim.value)
        if reach.get(key, -1) > claim.start:
            continue  # it overlaps one kept: sorted by start, only the furthest end matters
        kept.append(claim)
        reach[key] = max(reach.get(key, -1), claim.end)
    return kept


def _in_time(
    text: str, previous: str | None, today: str | None, here: Dateline | None
) -> list[Claim]:
    """An English sentence's claims, a year counted from another ("five years later", after
    a sentence on 1996) read as that year, a status "at the time" placed at the year before
    it, and a joining told to come later ("subsequently") marked with the year it came
    after (claims/timing.py); "They are A, B and C." after a sentence on the SCO's observers
    is read as their list (claims/statuses.py)."""
    if (carried := statuses_carried(text, previous)) is not None:
        return [carried_back(c, carried) for c in claims_in(carried.text, today)]
    counted = timing.counted(text, previous) if "year" in text.lower() else None
    if counted is None:
        found = claims_in(text, today, here=here)
    else:
        found = [timing.back(c, counted) for c in claims_in(counted.text, today, here=here)]
    found = timing.at_the_time(text, previous, found)
    return timing.after_words(text, previous, found)


def _told_before(previous: str | None, text: str) -> str | None:
    """The sentence a next one counts its time from: this one, unless it is a date line
    alone (the article's date, not a time the text tells)."""
    return previous if len(text) <= 40 and DATE_ALONE.fullmatch(text) else text


def _repeated_runs(words: list[str]) -> set[int]:
    """The sentences that repeat an earlier one word for word next to another that does
    (a page whose opening lines come again at its end, in the same paragraph): the text
    repeated, not the writer saying it twice."""
    seen: set[str] = set()
    again = []
    for text in words:
        again.append(text in seen)
        seen.add(text)
    last = len(words) - 1
    return {
        i
        for i, repeat in enumerate(again)
        if repeat and ((i > 0 and again[i - 1]) or (i < last and again[i + 1]))
    }


def _in_the_original(claim: Claim, read: Reading | None) -> Claim:
    """The claim's span in the sentence as written, when it was read without invisible
    characters."""
    if read is None:
        return claim
    start, end = in_original(read, claim.start, claim.end)
    return claim._replace(start=start, end=end)


def _in_language(
    text: str, code: str, today: str | None, before: languages.Following
) -> list[Claim]:
    """A Russian or Chinese sentence's claims, read after the one before it; a table's row
    is read by its cells."""
    if "|" in text and (rows := tables.row_claims(text)) is not None:
        return rows
    return languages.claims_in(text, code, today, before)


def _still_here(here: Dateline | None, found: list[Claim]) -> Dateline | None:
    """The dateline's summit, until a sentence has named it (then None)."""
    if here is not None and any(
        isinstance(c, SummitClaim) and c.detail.get("dated") == here.how for c in found
    ):
        return None
    return here


def _read_before(seen: dict[str, bool], words: str, single: bool, in_run: bool) -> bool:
    """Whether a sentence repeats one read before as a subtitle or a caption does (then it
    is not read again); notes it as read."""
    if words in seen and (single or seen[words] or in_run):
        return True
    seen[words] = seen.get(words, False) or single
    return False


def _answer_claims(answer: quiz.Answered, today: str | None, here: Dateline | None) -> list[Claim]:
    """The claims of the statement an answer makes of its question, standing on the answer's
    words in its sentence."""
    found = _in_time(answer.statement, None, today, here)
    return [c._replace(start=answer.start, end=answer.end) for c in found]


def _following(listed: list[Sentence], i: int) -> list[str]:
    """The few sentences after the i-th (guards.REPORTS_IN_A_ROW), in its paragraph or the
    next ones (text with no blank line makes each line a paragraph)."""
    return [s.text for s in listed[i + 1 : i + 1 + guards.REPORTS_IN_A_ROW]]


def claims_of(
    sentences: Iterable[Sentence], today: str | None, here: Dateline | None = None
) -> Iterator[tuple[Sentence, Claim]]:
    """Every claim of a document, sentence by sentence, with the sentence it stands in;
    a sentence a subtitle or a caption repeats (one of the two a paragraph alone) is
    read once: one phrase, one claim. `here`: the summit the article's dateline places it
    at, given to the first sentence that names "the summit" without place or year (the
    next such sentence names the same one: it is not claimed again)."""
    listed = list(sentences)
    alone = {p for p, n in Counter(s.paragraph for s in listed).items() if n == 1}
    seen: dict[str, bool] = {}  # a sentence's words -> whether it stood alone
    before = languages.NOTHING  # what a Russian or Chinese sentence tells the next one
    previous: str | None = None  # the sentence before: the year "five years later" counts from
    said = [" ".join(s.text.split()) for s in listed]  # each sentence's words, once
    run = _repeated_runs(said)
    spoken = topic.Spoken()  # the organisation the paragraph's "it" names
    answers = quiz.answered([s.read.text if s.read else s.text for s in listed])
    for i, sentence in enumerate(listed):
        words = said[i]
        single = sentence.paragraph in alone
        if _read_before(seen, words, single, i in run) and i not in answers:
            continue  # an answer line ("Answer: b") is its own, however often written
        read = sentence.read  # without invisible characters, mapped back by in_original
        text = read.text if read else sentence.text
        code = None if text.isascii() else languages.language(text)
        if code and languages.refuted_next(text, code, _following(listed, i)):
            found = []  # a statement the next sentence marks false ("错误")
        elif code:
            found = _in_language(text, code, today, before)
        elif spoken.of_other(sentence.paragraph, text):
            found = []  # "The CSTO was set up in 2002. It has six members."
        elif guards.refuted_next(text, _following(listed, i)):
            found = []  # "Reports said Turkey had joined the SCO. That is false."
        elif i in answers:  # "Answer: (c) Kazakhstan" after its question
            found = _answer_claims(answers[i], today, here)
        else:
            found = _in_time(text, previous, today, here)
        found = timing.in_frame(text, tables.at_the_rows_year(text, found))
        previous = _told_before(previous, text)
        before = languages.after(text, code, found, before)
        here = _still_here(here, found)
        for claim in found:
            yield sentence, _in_the_original(claim, read)
