"""`sco check` on archives, or on several articles with `--jobs N`: the work streamed
from the inputs (sources), checked a chunk at a time in worker processes (parallel)
or here, the results taken in input order: each article's entry kept, its claims
spooled to disk (spool), the records that never name the SCO counted, the bad
ones listed (the first few) and counted. The Report is the one `sco check` builds
(reports.check.assembled), so `--jobs 1` and `--jobs N` answer the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Literal

from sco_cli.archive.fields import Bad, Fields
from sco_cli.archive.work import Options, Record, Result, check_record, count_in

if TYPE_CHECKING:
    from sco_cli.claims.document import Document
    from sco_cli.claims.judge import Reference
    from sco_cli.reports import Report
    from sco_cli.reports.check import CheckedArticle

UNREAD_SHOWN = 20  # bad records listed by name; the others are counted
CHUNK = 16  # records a worker is handed at a time: the last one finishes alone, so not many
Encode = Literal["none", "lines", "both"]  # what a worker encodes of each claim (_encoding)


def check(
    names: tuple[str, ...],
    reference: Reference,
    options: Options,
    *,
    jobs: int,
    fields: Fields | None = None,
    input_format: str = "auto",
    kept: list[Document] | None = None,
    summary: bool = False,
    lines_only: bool = False,
) -> Report:
    """Every article and archive record named, checked on `jobs` processes (`summary`:
    counted as they pass, reports/corpus.py, not listed; `lines_only`: the answer is
    written as JSON Lines and nothing else, so the claims' nested records are never
    encoded and the report's document lists none: its rows are the lines)."""
    from sco_cli.archive import sources
    from sco_cli.archive.spool import Spool, text
    from sco_cli.archive.work import prepare
    from sco_cli.claims.flat import flat
    from sco_cli.output.lazy import Lazy, Prewritten
    from sco_cli.reports.check import assembled
    from sco_cli.reports.corpus import Corpus, summary_report

    prepare(reference)  # before the workers fork: they inherit it
    tally = sources.Tally()
    stream = sources.items(
        names, fields or Fields(), options.max_size, tally, input_format, options.gate
    )
    # Both spooled: memory stays flat however many records name the SCO.
    articles = Spool()
    claims = Spool()
    lines = Spool(text)  # each claim's jsonl line, written by the worker that checked it
    unread: list[tuple[str, str]] = []
    missed = gated = 0
    notices: list[str] = []
    corpus = Corpus() if summary else None
    for result, encoded, written in _results(
        stream, options, jobs, keep=kept is not None, encode=_encoding(summary, lines_only)
    ):
        if tally.times.get(result.name, 1) > 1:  # as claims.inputs.documents says it
            once = f"named {tally.times[result.name]} times: checked once"
            result = result._replace(notice=f"{result.notice}; {once}" if result.notice else once)
        if result.error is not None:
            missed += 1
            if len(unread) < UNREAD_SHOWN:  # the others are counted (memory stays flat)
                unread.append((result.name, result.error))
        elif result.skipped:  # named by a word of the SCO's, but not by its name
            gated += 1
        elif result.article is not None and corpus is not None:
            count_in(corpus, result, result.article)
        elif result.article is not None:
            articles.append(result.article)
            claims.extend(encoded)
            lines.extend(written)
            if result.notice:
                notices.append(f"{result.name}: {result.notice}")
            if kept is not None and result.document is not None:
                kept.append(result.document)
    if tally.skipped + gated:
        notices.insert(0, skipped_notice(tally.skipped + gated, tally.records))
    if corpus is not None:
        corpus.skipped = tally.skipped + gated
        document = corpus.document(reference.end, options.as_of, missed)
        return _noted(summary_report(document, corpus, unread, missed), notices)

    def row(record: Any) -> tuple[Any, ...]:
        return tuple(flat(record).values())

    return assembled(
        Lazy(articles, _article),
        Lazy(claims, _same),
        Prewritten(claims, row, lines),
        reference,
        options.as_of,
        unread,
        notices,
        options.undated,
        unread_total=missed,
    )


def _encoding(summary: bool, lines_only: bool) -> Encode:
    """What a worker encodes of each claim: nothing for a summary (it counts them), the
    flat JSON line alone when that is all the answer writes, else the nested record too."""
    if summary:
        return "none"
    return "lines" if lines_only else "both"


def _noted(report: Report, notes: list[str]) -> Report:
    """The report with these notes too: in its one error line, when it has one."""
    if not notes:
        return report
    if report.error:
        return report._replace(error=f"{report.error}; and {'; '.join(notes)}")
    return report._replace(notice="; ".join([*notes, *filter(None, [report.notice])]))


def _same(record: Any) -> Any:
    return record


def _article(record: Any) -> CheckedArticle:
    article: CheckedArticle = record
    return article


def skipped_notice(skipped: int, records: int) -> str:
    return f"{skipped:,} of {records:,} records never name the SCO: skipped unread"


def _results(
    stream: Iterable[Record | Bad | str],
    options: Options,
    jobs: int,
    *,
    keep: bool,
    encode: Encode,
) -> Iterator[tuple[Result, list[bytes], list[bytes]]]:
    """Each result in input order, with its claims as JSON lines (`encode` "both"), and
    their flat records as jsonl writes them (unless "none"; both written where they were
    checked: a worker's work, not the reading process's, which then only copies them)."""
    if jobs <= 1 or keep:  # documents kept for a database stay in this process
        for item in stream:
            yield _encoded(_one(item, options, keep=keep), encode)
        return
    from functools import partial

    from sco_cli.archive.parallel import ordered
    from sco_cli.archive.work import warm

    warm(options)
    yield from ordered(partial(_batch, options=options, encode=encode), stream, jobs, CHUNK)


def _batch(
    items: list[Record | Bad | str], options: Options, encode: Encode
) -> list[tuple[Result, list[bytes], list[bytes]]]:
    return [_encoded(_one(item, options), encode) for item in items]


def _encoded(result: Result, encode: Encode) -> tuple[Result, list[bytes], list[bytes]]:
    if encode == "none" or not result.claims:
        return result, [], []
    from sco_cli.archive.spool import encoded
    from sco_cli.claims.flat import flat
    from sco_cli.output.cells import json_text

    records = [encoded(claim) for claim in result.claims] if encode == "both" else []
    # the flat record of the JSON record, as to_jsonl writes the row Records.row makes of it
    lines = [json_text(flat(claim), indent=None).encode() for claim in result.claims]
    return result._replace(claims=()), records, lines


def _one(item: Record | Bad | str, options: Options, *, keep: bool = False) -> Result:
    if isinstance(item, Bad):
        return Result(item.where, error=f"{item.where}: {item.why}")
    if keep:
        from sco_cli.archive.work import check_kept

        return check_kept(item, options)
    return check_record(item, options)
