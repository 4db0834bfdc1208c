"""`sco check --summary`: a run's claims and verdicts counted as they pass, by year
of publication, by outlet, by kind, and its wrong claims grouped by what they claim.

Each article is counted and let go: memory grows with the groups (years,
outlets, kinds, distinct wrong claims), never with the number of articles, so an
archive of millions of records is summed in the space of its distinct groups.
The same `Corpus` sums a run as it is checked (`summary`) and a check's own
records (`of_records`: the database export, a Dask run's verdicts).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, cast
from urllib.parse import urlsplit

from sco_cli.claims.judge import CONTRADICTS, Reference
from sco_cli.dataset.layout import EVENTS_FILE, SUMMITS_FILE
from sco_cli.errors import ExitCode
from sco_cli.reports import SCHEMA_VERSION, Report
from sco_cli.reports.check import (
    SUMMARY_FIELDS,
    VERDICTS,
    CheckSummaryDoc,
    ClaimKind,
    Found,
    KindTally,
    OutletTally,
    RepeatedClaim,
    Tally,
    VerdictCounts,
    YearTally,
    judged,
    labelled,
)

if TYPE_CHECKING:
    from sco_cli.claims.document import Document

KINDS = ("count", "status", "joined", "founding", "summit")
EXAMPLES = 3  # unread articles an error line names, undated ones a notice names


class Claimed(NamedTuple):
    """What the summary reads of a judged claim."""

    kind: str
    subject: str
    value: int | str | None
    text: str
    verdict: str
    note: str


def claimed(found: Found) -> Claimed:
    """A claim as found, read as its record reads it (statuses by their labels)."""
    claim = found.claim
    subject, value = labelled(claim)
    text = found.sentence.text[claim.start : claim.end]
    return Claimed(claim.kind, subject, value, text, found.verdict.verdict, found.verdict.note)


def claimed_record(record: Mapping[str, Any]) -> Claimed:
    """A claim as `sco check --json` prints it (or a verdict file holds it)."""
    claim = record["claim"]
    return Claimed(
        claim["kind"],
        claim["subject"],
        claim["value"],
        claim["text"],
        record["verdict"],
        record["note"],
    )


def outlet_of(url: str | None, source: str | None = None) -> str | None:
    """The record's source when it names one, else the URL's host without `www.`
    (`https://www.reuters.com/world/...` -> reuters.com); None: neither."""
    if source and source.strip():
        return " ".join(source.split())
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:  # a malformed URL names no outlet
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def year_of(date: str | None) -> int | None:
    """The year of an ISO date; None for none."""
    return int(date[:4]) if date and date[:4].isdigit() else None


class _Tally:
    __slots__ = ("articles", "claims", "counts", "with_claims")

    def __init__(self) -> None:
        self.articles = self.with_claims = self.claims = 0
        self.counts = dict.fromkeys(VERDICTS, 0)

    def add(self, verdicts: Mapping[str, int], articles: int = 1) -> None:
        claims = sum(verdicts.values())
        self.articles += articles
        self.with_claims += 1 if claims else 0
        self.claims += claims
        for verdict, count in verdicts.items():
            self.counts[verdict] += count

    def merge(self, other: _Tally) -> None:
        self.articles += other.articles
        self.with_claims += other.with_claims
        self.claims += other.claims
        for verdict, count in other.counts.items():
            self.counts[verdict] += count

    def as_dict(self) -> Tally:
        return {
            "articles": self.articles,
            "with_claims": self.with_claims,
            "claims": self.claims,
            "counts": cast(VerdictCounts, dict(self.counts)),
        }


class _Wrong:
    """One wrong claim's group: how often, where, when."""

    __slots__ = ("articles", "claims", "first", "first_article", "last", "note", "outlets", "text")

    def __init__(self, text: str, article: str, note: str) -> None:
        self.text, self.first_article, self.note = text, article, note
        self.claims = self.articles = 0
        self.first: str | None = None
        self.last: str | None = None
        self.outlets: set[str | None] = set()  # bounded by the groups times the outlets

    def seen(self, date: str | None, claim: Claimed, article: str, outlet: str | None) -> None:
        """One more article made it: its words and note are kept if it is the earliest."""
        self.articles += 1
        self.outlets.add(outlet)
        if date is None:
            return
        if self.first is None or date < self.first:
            self.first, self.first_article = date, article
            self.text, self.note = claim.text, claim.note
        if self.last is None or date > self.last:
            self.last = date

    def merge(self, other: _Wrong) -> None:
        """Both groups' sums; the earliest article's words and note (ties: this one's)."""
        self.claims += other.claims
        self.articles += other.articles
        self.outlets |= other.outlets
        if other.first is not None and (self.first is None or other.first < self.first):
            self.first, self.first_article = other.first, other.first_article
            self.text, self.note = other.text, other.note
        if other.last is not None and (self.last is None or other.last > self.last):
            self.last = other.last


class Corpus:
    """The sums of a run, added to an article at a time (`add`)."""

    def __init__(self) -> None:
        self.total = _Tally()
        self.years: dict[int | None, _Tally] = {}
        self.outlets: dict[str | None, _Tally] = {}
        self.kinds: dict[str, _Tally] = {}
        self.wrong: dict[tuple[str, str, str], _Wrong] = {}
        self.not_read = 0
        self.skipped = 0  # archive records that never name the SCO (the pre-filter's)
        self.undated = 0
        self.undated_names: list[str] = []  # the first few, for the notice

    def add(
        self,
        name: str,
        *,
        date: str | None,
        url: str | None,
        source: str | None = None,
        claims: Iterable[Claimed] = (),
        not_read: bool = False,
        judged_today: bool = False,
    ) -> None:
        """One article: its name, its date (of publication), where it came from and
        its judged claims."""
        outlet = outlet_of(url, source)
        verdicts = dict.fromkeys(VERDICTS, 0)
        by_kind: dict[str, dict[str, int]] = {}
        repeated: set[tuple[str, str, str]] = set()  # an article counts once a wrong claim
        for claim in claims:
            verdicts[claim.verdict] += 1
            by_kind.setdefault(claim.kind, dict.fromkeys(VERDICTS, 0))[claim.verdict] += 1
            if claim.verdict != CONTRADICTS:
                continue
            # The value's JSON text: 9 and "9" are two claims, as the JSON shows them.
            key = (claim.kind, claim.subject, _json(claim.value))
            group = self.wrong.get(key)
            if group is None:
                group = self.wrong[key] = _Wrong(claim.text, name, claim.note)
            group.claims += 1
            if key not in repeated:
                repeated.add(key)
                group.seen(date, claim, name, outlet)
        self.total.add(verdicts)
        self.years.setdefault(year_of(date), _Tally()).add(verdicts)
        self.outlets.setdefault(outlet, _Tally()).add(verdicts)
        for kind, counts in by_kind.items():
            self.kinds.setdefault(kind, _Tally()).add(counts)
        self.not_read += not_read
        if judged_today:
            self.undated += 1
            if len(self.undated_names) < EXAMPLES:
                self.undated_names.append(name)

    def merge(self, other: Corpus) -> Corpus:
        """Add another run's sums to these (a cluster's partitions, each summed where
        it was checked): the result is the sums of both runs, in either order."""
        self.total.merge(other.total)
        for year, tally in other.years.items():
            self.years.setdefault(year, _Tally()).merge(tally)
        for outlet, tally in other.outlets.items():
            self.outlets.setdefault(outlet, _Tally()).merge(tally)
        for kind, tally in other.kinds.items():
            self.kinds.setdefault(kind, _Tally()).merge(tally)
        for key, wrong in other.wrong.items():
            if key in self.wrong:
                self.wrong[key].merge(wrong)
            else:
                self.wrong[key] = wrong
        self.not_read += other.not_read
        self.skipped += other.skipped
        self.undated += other.undated
        room = EXAMPLES - len(self.undated_names)
        self.undated_names += other.undated_names[:room]
        return self

    def document(self, reference_end: str, as_of: str | None, unread: int) -> CheckSummaryDoc:
        """The summary as `sco check --summary --json` prints it."""
        total = self.total.as_dict()
        years = sorted(self.years.items(), key=lambda item: (item[0] is None, item[0] or 0))
        outlets = sorted(
            self.outlets.items(),
            key=lambda item: (-item[1].claims, -item[1].articles, item[0] is None, item[0] or ""),
        )
        return {
            "schema_version": SCHEMA_VERSION,
            "document": "check-summary",
            "reference": {"files": [EVENTS_FILE, SUMMITS_FILE], "as_of": reference_end},
            "as_of": as_of,
            "articles": total["articles"],
            "with_claims": total["with_claims"],
            "not_read": self.not_read,
            "unread": unread,
            "skipped": self.skipped,
            "claims": total["claims"],
            "counts": total["counts"],
            "by_year": [cast(YearTally, {"year": y, **t.as_dict()}) for y, t in years],
            "by_outlet": [cast(OutletTally, {"outlet": o, **t.as_dict()}) for o, t in outlets],
            "by_kind": [self._kind(kind) for kind in KINDS if kind in self.kinds],
            "repeated": self._repeated(),
        }

    def _kind(self, kind: str) -> KindTally:
        tally = self.kinds[kind]
        return {
            "kind": cast(ClaimKind, kind),
            "articles": tally.articles,
            "claims": tally.claims,
            "counts": cast(VerdictCounts, dict(tally.counts)),
        }

    def _repeated(self) -> list[RepeatedClaim]:
        groups = sorted(
            self.wrong.items(),
            key=lambda item: (-item[1].articles, -item[1].claims, item[1].first or "~", item[0]),
        )
        return [
            {
                "kind": cast(ClaimKind, kind),
                "subject": subject,
                "value": _value(value),
                "text": group.text,
                "claims": group.claims,
                "articles": group.articles,
                "outlets": len(group.outlets),
                "first": group.first,
                "last": group.last,
                "first_article": group.first_article,
                "note": group.note,
            }
            for (kind, subject, value), group in groups
        ]


def _json(value: int | str | None) -> str:
    import json

    return json.dumps(value)


def _value(text: str) -> int | str | None:
    import json

    value = json.loads(text)
    return cast(int | str | None, value)


def summary(
    documents: Iterable[Document],
    reference: Reference,
    as_of: str | None,
    unread: list[tuple[str, str]] | None = None,
    undated: str | None = None,
) -> Report:
    """`sco check --summary`: every document judged as `check` judges it, and counted
    (`unread` fills as `documents` runs, as for `check`)."""
    unread = [] if unread is None else unread
    corpus = Corpus()
    for document in documents:
        article, found = judged(document, reference, as_of, undated)
        corpus.add(
            document.name,
            date=document.date,
            url=document.url,
            source=document.source,
            claims=(claimed(f) for f in found),
            not_read=bool(article["not_read"]),
            judged_today=article["as_of_from"] == "today",
        )
    return summary_report(corpus.document(reference.end, as_of, len(unread)), corpus, unread)


def of_records(
    articles: Iterable[Mapping[str, Any]],
    records: Iterable[Mapping[str, Any]],
    sources: Iterable[str | None] | None = None,
) -> Corpus:
    """The sums of a check's own JSON: its articles (each with its `claims` count)
    and its claims, which come article after article; `sources` gives each
    article's outlet where the input named one."""
    corpus = Corpus()
    records = iter(records)
    outlets = iter(sources) if sources is not None else None
    for article in articles:
        claims = [claimed_record(next(records)) for _ in range(article["claims"])]
        corpus.add(
            article["article"],
            date=article["date"],
            url=article["url"],
            source=next(outlets) if outlets is not None else None,
            claims=claims,
            not_read=bool(article["not_read"]),
            judged_today=article["as_of_from"] == "today",
        )
    return corpus


def summary_report(
    doc: CheckSummaryDoc,
    corpus: Corpus,
    unread: list[tuple[str, str]],
    unread_total: int | None = None,
) -> Report:
    """The Report: the document, its rows, exit 4 for a contradiction, 3 for an unread
    article (`unread` may hold only the first few of `unread_total`)."""
    code = ExitCode.CONTRADICTED if doc["counts"]["contradicts"] else ExitCode.OK
    notes = []
    if doc["not_read"]:
        notes.append(
            f"{doc['not_read']} of {doc['articles']} articles not (all) read: a language sco "
            "does not read, or no mention of the SCO"
        )
    if corpus.undated and doc["as_of"] is None:
        names = ", ".join(corpus.undated_names) + (", ..." if corpus.undated > EXAMPLES else "")
        notes.append(
            f"{corpus.undated} {'article has' if corpus.undated == 1 else 'articles have'} "
            f"no date ({names}): judged as of today; give --as-of DATE, or date the texts"
        )
    notice = "; ".join(notes) or None
    error = None
    if unread:
        code = ExitCode.DATA
        missed = len(unread) if unread_total is None else unread_total
        whys = "; ".join(why for _, why in unread[:EXAMPLES])
        more = "; ..." if missed > EXAMPLES else ""
        error = f"{missed} of {missed + doc['articles']} articles could not be read: {whys}{more}"
        if notice:
            error, notice = f"{error}; and {notice}", None
    return Report(
        doc, SUMMARY_FIELDS, list(rows(doc)), "corpus", notice=notice, error=error, exit_code=code
    )


def rows(doc: CheckSummaryDoc) -> Iterator[tuple[Any, ...]]:
    """One flat row a group (SummaryRecord): the run, each year, outlet and kind, each
    wrong claim."""

    def tally(group: str, key: str | None, t: Mapping[str, Any]) -> tuple[Any, ...]:
        counts = t["counts"]
        with_claims = t.get("with_claims", t["articles"])
        return (
            group,
            key,
            t["articles"],
            with_claims,
            t["claims"],
            *counts.values(),
            None,
            None,
            None,
        )

    yield tally("all", None, cast(Mapping[str, Any], doc))
    for year in doc["by_year"]:
        yield tally("year", None if year["year"] is None else str(year["year"]), year)
    for outlet in doc["by_outlet"]:
        yield tally("outlet", outlet["outlet"], outlet)
    for kind in doc["by_kind"]:
        yield tally("kind", kind["kind"], kind)
    for wrong in doc["repeated"]:
        key = f"{wrong['kind']}: {wrong['subject']} = {wrong['value']}"
        yield (
            "repeated",
            key,
            wrong["articles"],
            wrong["articles"],
            wrong["claims"],
            0,
            wrong["claims"],
            0,
            0,
            wrong["first"],
            wrong["last"],
            wrong["text"],
        )
