"""The check of one record, as a pure function a process pool or a cluster can map:
`check_record(record, options) -> Result`, `check_records(records, options)` a batch.

A record (an archive's, or a file or URL to read) and the options are small
picklable tuples; the result holds the article's entry and its claims' JSON
records, built by the same functions as `sco check`'s report (reports.check.judged
and Records), so any number of workers gives the run one process gives. The
reference is prepared once a process: inherited from the parent when it
forks (`prepare`), else loaded from the packaged data on the first record.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from sco_cli.errors import DataError

if TYPE_CHECKING:
    from sco_cli.claims.document import Document
    from sco_cli.claims.judge import Reference
    from sco_cli.reports.check import CheckedArticle, CheckedClaim
    from sco_cli.reports.corpus import Corpus


class Record(NamedTuple):
    """One record of an archive: where it is, its text and what its fields say."""

    source: str  # the archive's path
    number: int  # 1.. in the archive (a JSON Lines record's line number)
    text: str
    id: str | None = None  # its id field, when it has one
    date: str | None = None  # its date field, as an ISO date
    date_from: str | None = None  # which field dated it, or why it could not
    url: str | None = None
    html: bool | None = None  # None: HTML when it looks like it
    outlet: str | None = None  # its source field: who published it

    @property
    def name(self) -> str:
        """The stable name of its verdicts: ARCHIVE#ID, or ARCHIVE#NUMBER without an id."""
        return f"{self.source}#{self.id if self.id is not None else self.number}"


class Options(NamedTuple):
    """What every record of a run is checked with."""

    as_of: str | None = None  # judge every claim on this date
    undated: str | None = None  # the date of a record without one (the command: today)
    max_size: int = 20 * 2**20  # bytes of a file or URL read (--max-size; its default)
    timeout: float | None = None  # seconds a URL may take
    gate: bool = True  # skip an archive's record that never names the SCO


class Result(NamedTuple):
    """A record checked: its entry and its claims' records (in the report's shapes), or
    why it was skipped (it never names the SCO) or could not be read (`error`)."""

    name: str
    article: CheckedArticle | None = None
    claims: tuple[CheckedClaim, ...] = ()
    notice: str | None = None  # how the page was read (simplified), as a document's notice
    error: str | None = None
    skipped: bool = False
    document: Document | None = None  # the document read, when asked for (a database)
    outlet: str | None = None  # the record's source field, for a summary by outlet


def count_in(corpus: Corpus, result: Result, article: CheckedArticle) -> None:
    """A checked record's claims added to a run's summary: the command's and the cluster's alike."""
    from sco_cli.reports.corpus import claimed_record

    corpus.add(
        result.name,
        date=article["date"],
        url=article["url"],
        source=result.outlet,
        claims=[claimed_record(claim) for claim in result.claims],
        not_read=bool(article["not_read"]),
        judged_today=article["as_of_from"] == "today",
    )


_prepared: dict[str, Any] = {}


def prepare(reference: Reference) -> None:
    """Use this reference in this process (and in the processes it forks)."""
    _prepared["reference"] = reference


# A text with a claim of each kind: checked once before workers fork, it compiles the
# engine's patterns once for all of them (each would compile its own, a second each).
WARM = (
    "date 2020-01-01\n\nThe SCO, founded in Shanghai in 2001, has eight member states "
    "and four observer states. Belarus, an observer state, sent its minister. India and "
    "Pakistan joined as full members in 2017. Leaders recalled the 2019 summit in Bishkek."
)


def warm(options: Options) -> None:
    """Compile what the check compiles on first use, here, before workers fork."""
    check_record(Record("warm", 0, WARM), options)


def _reference() -> Reference:
    if "reference" not in _prepared:
        from sco_cli.claims.judge import Reference
        from sco_cli.dataset import load_dataset

        prepare(Reference.of(load_dataset()))
    reference: Reference = _prepared["reference"]
    return reference


def check_record(record: Record | str, options: Options) -> Result:
    """The verdicts of one record, or of the file or http(s) URL a string names.
    Never raises for bad input: an unreadable one is a Result with its `error`."""
    return _checked(record, options, keep=False)


def check_kept(record: Record | str, options: Options) -> Result:
    """check_record, with the document read beside the verdicts (for a database)."""
    return _checked(record, options, keep=True)


def _checked(record: Record | str, options: Options, *, keep: bool) -> Result:
    name = record.name if isinstance(record, Record) else record
    try:
        document = _document(record, options)
    except DataError as error:
        return Result(name, error=error.message)
    if document is None:
        return Result(name, skipped=True)
    result = judge_document(document, options)
    return result._replace(document=document) if keep else result


def check_records(records: Iterable[Record | str], options: Options) -> list[Result]:
    """check_record of each, in order (a batch: one call a chunk or partition)."""
    return [check_record(record, options) for record in records]


def judge_document(document: Document, options: Options) -> Result:
    """A document read already, judged as `sco check` judges it."""
    from sco_cli.reports.check import Records, judged

    reference = _reference()
    article, found = judged(document, reference, options.as_of, options.undated)
    records = Records(reference)
    claims = tuple(records.record(one) for one in found)
    return Result(document.name, article, claims, document.notice, outlet=document.source)


def _document(record: Record | str, options: Options) -> Document | None:
    """The record as a document; None when it never names the SCO (and is gated)."""
    if isinstance(record, str):
        from sco_cli.claims.inputs import read

        return read(record, options.max_size, options.timeout)
    from sco_cli.archive.prefilter import may_name_sco
    from sco_cli.claims.inputs import from_record
    from sco_cli.claims.notice import mentions_sco

    if options.gate and not may_name_sco(record.text):
        return None
    document = from_record(
        record.name,
        record.text,
        url=record.url,
        date=record.date,
        date_from=record.date_from,
        html=record.html,
    )._replace(source=record.outlet)
    if options.gate and not mentions_sco(document.text):
        return None
    return document
