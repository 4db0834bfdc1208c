"""`sco check`: every SCO claim of each article, with its verdict, where it holds and the
reference rows behind it.

A claim is kept as found (its sentence, the claim, its verdict: a verdict and
its reference rows are shared by every claim that has them), and its record
is built only when it is written, one at a time (lazy.Lazy): a claim-dense
article of 1 MiB has some 27,000 claims, which as records, each with its own
copy of the rows, would outweigh the article hundreds of times.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Annotated, Any, Literal, NamedTuple, TypedDict, cast

from sco_cli.claims.claim import Claim, CountClaim, JoinedClaim, StatusClaim
from sco_cli.claims.dates import dateline
from sco_cli.claims.document import Document, Sentence
from sco_cli.claims.extract import claims_of
from sco_cli.claims.flat import FLAT_FIELDS, flat
from sco_cli.claims.judge import AGREES, CONTRADICTS, DISPUTED, UNVERIFIABLE, Reference, dated
from sco_cli.claims.judge import Verdict as Judgement
from sco_cli.claims.notice import not_read, read_as, written
from sco_cli.dataset.layout import EVENTS_FILE, SUMMITS_FILE
from sco_cli.dataset.roster import status_label
from sco_cli.errors import ExitCode
from sco_cli.output.lazy import Lazy
from sco_cli.reports import MORE_KEYS, SCHEMA_VERSION, Report, Versioned

# The fields of its records (csv, tsv, plain, markdown, jsonl, --fields): flat, one
# scalar a cell (claims.flat); the JSON document keeps each claim nested.
CHECK_FIELDS = FLAT_FIELDS
VERDICTS = (AGREES, CONTRADICTS, UNVERIFIABLE, DISPUTED)


class VerdictCounts(TypedDict):
    agrees: int
    contradicts: int
    unverifiable: int
    disputed: Annotated[int, "Agree with one credible reading of the reference, not another"]


AsOfFrom = Literal["option", "article", "today"]


class CheckedArticle(TypedDict):
    article: Annotated[str, "Its path, URL or 'stdin'"]
    url: str | None
    date: Annotated[str | None, "Its date, from its metadata"]
    date_from: Annotated[
        str | None,
        "Where its date came from: the form and its words (\"labelled date 'Published "
        '2 September 2025\'", "page metadata"), or why a date-like line dated nothing',
    ]
    as_of: Annotated[str | None, "The date its claims were judged on (--as-of or date)"]
    as_of_from: Annotated[
        AsOfFrom | None, "option (--as-of), article (its date) or today (an undated article)"
    ]
    claims: int
    counts: VerdictCounts
    not_read: Annotated[
        str | None,
        "Why it was not (all) read: a language sco does not read, or no mention of the SCO",
    ]
    language: Annotated[
        Literal["en", "ru", "zh"] | None,
        "The language it was read in (en, ru, zh); null: one sco does not read",
    ]
    before_founding: Annotated[
        bool,
        "Judged on a date before the SCO was founded (2001-06-15): it did not exist yet, "
        "and its roster claims are judged so",
    ]


class ClaimMade(TypedDict):
    """The claim; details by kind beside these keys: iso3, year, since, ordinal, city,
    host, body (the Shanghai Five, when its founders are named)..."""

    kind: Literal["count", "status", "joined", "founding", "summit"]
    subject: Annotated[str, "A status (count), a country, SCO / Shanghai Five, a city or host"]
    value: Annotated[
        int | str | None, "A number, a status or a year (None: a relative year and no date)"
    ]
    text: Annotated[str, "The claim's words in the sentence"]


class ClaimLocation(TypedDict):
    paragraph: int
    sentence: Annotated[int, "The sentence's number within its paragraph"]
    start: Annotated[int, "[start, end) offsets in the article's text"]
    end: int
    span: Annotated[list[int], "[start, end) offsets in the sentence as shown (its window)"]


DateRange = TypedDict(
    "DateRange",
    {"from": str, "to": Annotated[str | None, "None: still true at the reference's end"]},
)


Verdict = Literal["agrees", "contradicts", "unverifiable", "disputed"]
BasisLabel = Literal["in-force", "decision", "published", "renamed", "day-before"]


class CheckedClaim(TypedDict):
    article: str
    url: str | None
    article_date: str | None
    date_from: Annotated[str | None, "Where the article's date came from (as in articles)"]
    as_of: str | None
    as_of_from: AsOfFrom | None
    verdict: Verdict
    basis: Annotated[BasisLabel | None, "For roster claims: in force, or only by decision"]
    claim: Annotated[ClaimMade, MORE_KEYS]
    sentence: Annotated[
        str,
        f"The sentence it stands in; of one longer than {LONG_SENTENCE} characters, a window around the claim, cut ends marked …",
    ]
    location: ClaimLocation
    holds: Annotated[list[DateRange], "When the claim was true"]
    reference: Annotated[list[dict[str, Any]], "The rows it was checked against, with sources"]
    note: str


class CheckRecord(TypedDict):
    """A record of csv, tsv, plain, markdown, jsonl and --fields: one scalar a field."""

    article: str
    date: str | None
    date_from: str | None
    as_of: str | None
    as_of_from: AsOfFrom | None
    paragraph: int
    sentence: Annotated[int, "The sentence's number within its paragraph"]
    claim_text: Annotated[str, "The claim's words in the sentence"]
    kind: Literal["count", "status", "joined", "founding", "summit"]
    subject: str
    claimed: Annotated[int | str | None, "What the claim says (a number, a status, a year)"]
    expected: Annotated[int | str | None, "What the reference says on the date, from its rows"]
    verdict: Verdict
    basis: BasisLabel | None
    holds_from: Annotated[str | None, "When it held from (several ranges: '; ' between)"]
    holds_to: Annotated[str | None, "Until when (empty: still at the reference's end)"]
    sources: Annotated[str | None, "The reference rows' sources, '; ' between"]
    note: str
    citation: Annotated[str, "One line to paste (sco check --cite)"]


RECORD = CheckRecord  # sco schema records: the flat records' types


class CheckReference(TypedDict):
    files: list[str]
    as_of: str


class UnreadArticle(TypedDict):
    article: Annotated[str, "Its path, URL or 'stdin'"]
    error: Annotated[str, "Why it could not be read"]


class CheckDoc(Versioned):
    document: Literal["check"]
    reference: CheckReference
    as_of: Annotated[str | None, "--as-of, when given"]
    articles: list[CheckedArticle]
    unread: Annotated[list[UnreadArticle], "Articles that could not be read (exit 3)"]
    counts: VerdictCounts
    claims: Sequence[CheckedClaim]  # a list in JSON, built as it is written (lazy.Lazy)


ClaimKind = Literal["count", "status", "joined", "founding", "summit"]


class Tally(TypedDict):
    """How many articles and claims a group holds, and their verdicts."""

    articles: Annotated[int, "Articles read"]
    with_claims: Annotated[int, "Of those, the articles with at least one SCO claim"]
    claims: int
    counts: VerdictCounts


class YearTally(Tally):
    year: Annotated[int | None, "The year of publication (the article's date); None: undated"]


class OutletTally(Tally):
    outlet: Annotated[
        str | None,
        "The record's source (outlet), else the host of its URL without www.; None: neither",
    ]


class KindTally(TypedDict):
    kind: ClaimKind
    articles: Annotated[int, "Articles with at least one claim of this kind"]
    claims: int
    counts: VerdictCounts


class RepeatedClaim(TypedDict):
    """One wrong claim (it contradicts the reference) and every article that made it."""

    kind: ClaimKind
    subject: Annotated[str, "As in check's claims: a status (count), a country, a city..."]
    value: Annotated[int | str | None, "What it says of the subject"]
    text: Annotated[str, "Its words in first_article (the earliest; else the first read)"]
    claims: Annotated[int, "How many times it was made, in all articles"]
    articles: Annotated[int, "How many articles made it"]
    outlets: Annotated[int, "How many outlets (or hosts) made it; those of none count as one"]
    first: Annotated[str | None, "The earliest date of an article that made it (None: all undated)"]
    last: Annotated[str | None, "The latest date of an article that made it"]
    first_article: Annotated[str, "The article of the earliest date (else the first read)"]
    note: Annotated[str, "Why it is wrong, as judged in that first article"]


class CheckSummaryDoc(Versioned):
    """`sco check --summary`: a run counted, not listed (memory bounded by the groups)."""

    document: Literal["check-summary"]
    reference: CheckReference
    as_of: Annotated[str | None, "--as-of, when given"]
    articles: Annotated[int, "Articles read"]
    with_claims: Annotated[int, "Articles with at least one SCO claim"]
    not_read: Annotated[
        int, "Articles not (all) read: a language sco does not read, or no mention of the SCO"
    ]
    unread: Annotated[int, "Articles that could not be read (exit 3: stderr says why)"]
    skipped: Annotated[
        int, "Archive records that never name the SCO, skipped unread (not in articles)"
    ]
    claims: int
    counts: VerdictCounts
    by_year: Annotated[list[YearTally], "Oldest first, undated last"]
    by_outlet: Annotated[list[OutletTally], "The most claims first"]
    by_kind: list[KindTally]
    repeated: Annotated[
        list[RepeatedClaim],
        "The wrong claims grouped by what they claim (kind, subject, value), the most "
        "articles first",
    ]


CheckOutput = CheckDoc | CheckSummaryDoc


class SummaryRecord(TypedDict):
    """A record of `sco check --summary` in csv, tsv, plain, markdown, jsonl, --fields:
    one group a row (the JSON document nests them)."""

    group: Annotated[
        Literal["all", "year", "outlet", "kind", "repeated"],
        "all (the run), year, outlet, kind or repeated (a wrong claim)",
    ]
    key: Annotated[
        str | None,
        "The year, outlet or kind; a wrong claim as 'kind: subject = value' (empty: undated, "
        "no outlet)",
    ]
    articles: int
    with_claims: int
    claims: int
    agrees: int
    contradicts: int
    unverifiable: int
    disputed: int
    first: Annotated[str | None, "A wrong claim's earliest article date"]
    last: Annotated[str | None, "Its latest"]
    text: Annotated[str | None, "A wrong claim's words, as first made"]


SUMMARY_FIELDS = tuple(SummaryRecord.__annotations__)


class Found(NamedTuple):
    """A claim as found: compact, and sharing what it can (the sentence, the verdict)."""

    article: CheckedArticle
    sentence: Sentence
    claim: Claim
    verdict: Judgement


def check(
    documents: Iterable[Document],
    reference: Reference,
    as_of: str | None,
    unread: list[tuple[str, str]] | None = None,
    undated: str | None = None,
) -> Report:
    """Judge every claim of every document on its date (or `as_of`, when given; an
    article without a date on `undated`, today for the command, when given);
    `unread` fills, as `documents` runs, with the articles that could not be read."""
    unread = [] if unread is None else unread
    articles: list[CheckedArticle] = []
    found: list[Found] = []
    notices: list[str] = []
    for document in documents:
        article, claims = judged(document, reference, as_of, undated)
        found += claims
        articles.append(article)
        if document.notice:
            notices.append(f"{document.name}: {document.notice}")
    records = Records(reference)
    return assembled(
        articles,
        Lazy(found, records.record),
        Lazy(found, records.row),
        reference,
        as_of,
        unread,
        notices,
        undated,
    )


def judged(
    document: Document, reference: Reference, as_of: str | None, undated: str | None
) -> tuple[CheckedArticle, list[Found]]:
    """One document's entry and its claims as found, each judged on its date (the
    one step `check` and the archive's worker processes share)."""
    if as_of is None and document.date is None:
        document = _dated_by_summit(document, reference)
    on = as_of or document.date or undated
    counts = dict.fromkeys(VERDICTS, 0)
    language = written(document.text)  # once an article: not_read and read_as share it
    article: CheckedArticle = {
        "article": document.name,
        "url": document.url,
        "date": document.date,
        "date_from": document.date_from,
        "as_of": on,
        "as_of_from": _as_of_from(as_of, document.date, on),
        "claims": 0,
        "counts": cast(VerdictCounts, counts),
        "not_read": not_read(document.text, language),
        "language": read_as(document.text, language),
        "before_founding": on is not None and on < reference.founded,
    }
    found: list[Found] = []
    here = dateline(document.text, reference.summits, on)  # "UFA, July 10 (Xinhua) --"
    for sentence, found_claim in claims_of(document.sentences, on, here):
        claim = dated(reference, found_claim, on)  # "at the Astana summit": which one
        found.append(Found(article, sentence, claim, reference.judge(claim, on)))
    if on is not None:
        found = _of_the_morning(reference, found, on)
    for one in found:
        counts[one.verdict.verdict] += 1
    article["claims"] = sum(counts.values())
    return article, found


def _dated_by_summit(document: Document, reference: Reference) -> Document:
    """An undated article whose yearless dateline names the place of a summit held within
    days of its day (claims/dates.py `by_summit`) takes that summit's year."""
    from sco_cli.claims.dates import by_summit
    from sco_cli.claims.timing import summit_places

    dating = by_summit(document.text, reference.summits, summit_places())
    if dating is None:
        return document
    return document._replace(date=dating.date, date_from=dating.source)


def _of_the_morning(reference: Reference, found: list[Found], on: str) -> list[Found]:
    """The day-of-change ruling (claims/readings.py `that_morning`): on the day a status
    change takes effect, a count or status as it stood that morning agrees, unless the
    article reports the change itself (a claim true from that day only)."""
    from sco_cli.claims import readings, timing

    red = [f for f in found if f.verdict.verdict == CONTRADICTS and f.claim.kind != "summit"]
    if not red or not readings.changes_on(reference, on):
        return found
    judge = Reference.judge
    if any(
        readings.new_that_day(reference, f.claim, on, judge)
        and not timing.told_to_come(f.sentence.text, f.claim.start, f.claim.end)
        for f in found
    ):
        return found  # the article tells the change: an old figure beside it is stale
    return [
        f._replace(verdict=readings.that_morning(reference, f.claim, on, f.verdict, judge))
        for f in found
    ]


def assembled(
    articles: Sequence[CheckedArticle],
    claims: Sequence[CheckedClaim],
    rows: Sequence[tuple[Any, ...]],
    reference: Reference,
    as_of: str | None,
    unread: list[tuple[str, str]],
    notices: list[str],
    undated: str | None,
    unread_total: int | None = None,
) -> Report:
    """The Report of articles judged, their claims' records and rows (built as they are
    read), what could not be read (`unread_total`: how many, when `unread` holds only
    the first) and the notes on how articles were read."""
    totals = dict.fromkeys(VERDICTS, 0)
    for article in articles:
        for verdict_name, count in cast(dict[str, int], article["counts"]).items():
            totals[verdict_name] += count
    answer: CheckDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "check",
        "reference": {"files": [EVENTS_FILE, SUMMITS_FILE], "as_of": reference.end},
        "as_of": as_of,
        "articles": cast(list[CheckedArticle], articles),  # a list, or read back as written
        "unread": [{"article": name, "error": why} for name, why in unread],
        "counts": cast(VerdictCounts, totals),
        "claims": claims,
    }
    code = ExitCode.CONTRADICTED if totals[CONTRADICTS] else ExitCode.OK
    undated_note = undated_notice(articles) if undated and not as_of else None
    early = _before_founding(articles, reference.founded, as_of)
    notice = "; ".join(filter(None, [_not_read(articles), *notices, undated_note, early])) or None
    error = None
    if unread:  # the check is incomplete: that comes before any verdict
        code = ExitCode.DATA
        missed = len(unread) if unread_total is None else unread_total
        more = "; ..." if missed > len(unread) else ""
        error = (
            f"{missed} of {missed + len(articles)} articles could not be read: "
            + ("; ".join(f"{why}" for _, why in unread))
            + more
        )
        if notice:  # an error is one line: the notes go into it
            error, notice = f"{error}; and {notice}", None
    return Report(
        answer,
        CHECK_FIELDS,
        rows,
        "check",
        notice=notice,
        error=error,
        exit_code=code,
    )


def _not_read(articles: Sequence[CheckedArticle]) -> str | None:
    """One line for the articles sco could not read, or that never name the SCO."""
    unread = [a for a in articles if a["not_read"]]
    if not unread:
        return None
    if len(unread) == 1:
        return f"{unread[0]['article']}: {unread[0]['not_read']}"
    return f"{len(unread)} articles not read: " + "; ".join(
        f"{a['article']}: {a['not_read']}" for a in unread
    )


def _before_founding(
    articles: Sequence[CheckedArticle], founded: str, as_of: str | None
) -> str | None:
    """One line for the articles judged on a date before the SCO existed."""
    early = [a for a in articles if a["before_founding"]]
    if not early:
        return None
    if as_of is not None:
        return f"--as-of {as_of} is before the SCO was founded ({founded}): it did not exist yet"
    names = ", ".join(f"{a['article']} ({a['as_of']})" for a in early[:3])
    names += ", ..." if len(early) > 3 else ""
    return f"judged before the SCO was founded ({founded}), when it did not exist yet: {names}"


def undated_notice(articles: Sequence[CheckedArticle]) -> str | None:
    """The one line that says which articles were judged as of today, and how to
    date them (never a silent all-clear for a text without a date)."""
    from sco_cli.claims.dates import FORMS_HELP

    undated = [a for a in articles if a["as_of_from"] == "today"]
    if not undated:
        return None
    names = ", ".join(a["article"] for a in undated[:3]) + (", ..." if len(undated) > 3 else "")
    which = f"{names} has" if len(undated) == 1 else f"{len(undated)} articles ({names}) have"
    why = next((f" ({a['date_from']})" for a in undated if a["date_from"]), "")
    return (
        f"{which} no date{why}: judged as of today; give --as-of DATE (YYYY-MM-DD, YYYY-MM, YYYY, latest or today), "
        f"or date the text: {FORMS_HELP}"
    )


def _as_of_from(option: str | None, date: str | None, on: str | None) -> AsOfFrom | None:
    if option:
        return "option"
    if date:
        return "article"
    return "today" if on else None


class Records:
    """Builds the public record of a claim found when asked: the JSON document's
    (nested) and the record view's (flat, claims.flat)."""

    def __init__(self, reference: Reference) -> None:
        self.reference = reference

    def row(self, found: Found) -> tuple[Any, ...]:
        return tuple(flat(self.record(found)).values())

    def record(self, found: Found) -> CheckedClaim:
        article, sentence, claim, verdict = found
        on = article["as_of"]
        subject, value = labelled(claim)
        shown_sentence, span = window(sentence.text, claim.start, claim.end)
        return {
            "article": article["article"],
            "url": article["url"],
            "article_date": article["date"],
            "date_from": article["date_from"],
            "as_of": on,
            "as_of_from": article["as_of_from"],
            "verdict": cast(Verdict, verdict.verdict),
            "basis": cast("BasisLabel | None", verdict.basis),
            "claim": cast(
                ClaimMade,
                {
                    "kind": claim.kind,
                    "subject": subject,
                    "value": value,
                    "text": sentence.text[claim.start : claim.end],
                    **claim.detail,
                },
            ),
            "sentence": shown_sentence,
            "location": {
                "paragraph": sentence.paragraph,
                "sentence": sentence.number,
                "start": sentence.offset + claim.start,
                "end": sentence.offset + claim.end,
                "span": span,
            },
            "holds": cast(list[DateRange], verdict.holds),
            "reference": self.reference.rows_of(verdict),
            "note": verdict.note,
        }


def labelled(claim: Claim) -> tuple[str, int | str | None]:
    """A claim's subject and value as its record shows them: statuses by their labels."""
    if isinstance(claim, CountClaim):
        return status_label(claim.subject), claim.value
    if isinstance(claim, (StatusClaim, JoinedClaim)):
        return claim.subject, status_label(claim.value)
    return claim.subject, claim.value


LONG_SENTENCE = 600  # characters: a longer sentence is shown by a window around each claim
_CONTEXT = 200  # characters of the sentence shown on each side of the claim, at most


def window(sentence: str, start: int, end: int) -> tuple[str, list[int]]:
    """The sentence, or, when it is long, a window of it around [start, end)
    cut at a space where one is near (each cut end marked …), and the claim's
    span in what is shown: output stays linear in the article, however many
    claims one long sentence holds."""
    if len(sentence) <= LONG_SENTENCE:
        return sentence, [start, end]
    left = max(0, start - _CONTEXT)
    right = min(len(sentence), end + _CONTEXT)
    if left > 0:
        space = sentence.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(sentence):
        space = sentence.rfind(" ", end, right)
        right = space if space >= 0 else right
    opening = "\u2026" if left > 0 else ""
    closing = "\u2026" if right < len(sentence) else ""
    shift = len(opening) - left
    return f"{opening}{sentence[left:right]}{closing}", [start + shift, end + shift]
