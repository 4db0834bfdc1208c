"""`sco check` on a Dask cluster: an archive's shards (JSON Lines, CSV or Parquet
files, read as `sco check` reads them) are the partitions of a Dask bag; each is
checked on a worker by the archive's own pure check (`check_record`), its
verdicts written as one output shard (JSON Lines: the lines `sco check --format
jsonl` prints; or Parquet), and its sums (reports/corpus.Corpus) sent back to be
merged, in shard order, into the run's summary (`sco check --summary`'s).

What travels between machines is small: a shard's path and the options out,
counts and sums back. Every worker must see the shards and the output folder at
the same paths (a shared filesystem). Dask is the optional extra
`sco-cli[dask]`, imported when a run starts, never by `sco` itself.

    from dask.distributed import Client
    from sco_cli.archive.cluster import check_shards

    Client("tcp://scheduler:8786")  # or LocalCluster(); without one, Dask's own scheduler
    run = check_shards(sorted(glob("news/*.jsonl")), "verdicts/")
    run.summary()  # the check-summary document, as `sco check --summary --json`
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sco_cli.archive.work import Options
from sco_cli.errors import OutputError, UsageProblem

if TYPE_CHECKING:
    from sco_cli.archive.fields import Fields
    from sco_cli.reports.check import CheckSummaryDoc
    from sco_cli.reports.corpus import Corpus

OUTPUTS = ("jsonl", "parquet")
EXTRA = "sco-cli[dask]"
ERRORS_KEPT = 20  # unread records a shard names; the others are counted


class ShardDone(NamedTuple):
    """One shard checked: where its verdicts went, what it held, and its sums."""

    shard: str
    output: str
    records: int  # records read (an article named: one)
    skipped: int  # records that never name the SCO
    articles: int  # records checked
    claims: int
    unread: int  # records that could not be read
    errors: tuple[str, ...]  # the first ERRORS_KEPT of them, each in one line
    corpus: Corpus


class ClusterRun(NamedTuple):
    """Every shard checked, in shard order, and the run's merged sums."""

    shards: tuple[ShardDone, ...]
    corpus: Corpus
    as_of: str | None

    @property
    def outputs(self) -> list[str]:
        return [done.output for done in self.shards]

    def summary(self) -> CheckSummaryDoc:
        """The check-summary document of the whole run (`sco check --summary --json`)."""
        from sco_cli.claims.judge import Reference
        from sco_cli.dataset import load_dataset

        unread = sum(done.unread for done in self.shards)
        return self.corpus.document(Reference.of(load_dataset()).end, self.as_of, unread)


def check_shards(
    shards: Sequence[str],
    out_dir: str,
    *,
    options: Options | None = None,
    fields: Fields | None = None,
    output: str = "jsonl",
    input_format: str = "auto",
) -> ClusterRun:
    """Check every shard on the Dask cluster in use (a `distributed.Client` made
    before, else Dask's local scheduler), one partition a shard, writing
    OUT_DIR/part-NNNNN.jsonl (or .parquet) a shard, each a new file. `options`
    (archive.work.Options: --as-of, the pre-filter...) default to the command's."""
    if output not in OUTPUTS:
        raise UsageProblem(f"output {output!r}: write jsonl or parquet")
    bags = _optional("dask.bag", "Dask", EXTRA)
    if options is None:  # as `sco check` judges: an undated record as of today
        from sco_cli.commandline.dates import today

        options = Options(undated=today())
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    targets = [str(folder / f"part-{n:05d}.{output}") for n in range(len(shards))]
    taken = [t for t in targets if os.path.lexists(t)]
    if taken:  # nothing the user owns is overwritten
        raise OutputError(f"{taken[0]} exists: give a new or empty folder")
    work = [(shard, target) for shard, target in zip(shards, targets, strict=True)]
    bag = bags.from_sequence(work, npartitions=max(len(work), 1))
    done: list[ShardDone] = bag.map(
        check_shard, options=options, fields=fields, input_format=input_format
    ).compute()
    from sco_cli.reports.corpus import Corpus

    corpus = Corpus()
    for part in done:
        corpus.merge(part.corpus)
    return ClusterRun(tuple(done), corpus, options.as_of)


def check_shard(
    work: tuple[str, str],
    *,
    options: Options,
    fields: Fields | None = None,
    input_format: str = "auto",
) -> ShardDone:
    """One partition, on a worker: the shard's records streamed, checked one at a
    time, their verdicts written to `work[1]` as they come (memory stays flat)."""
    from sco_cli.archive import sources
    from sco_cli.archive.fields import Bad, Fields
    from sco_cli.archive.work import check_record, count_in
    from sco_cli.reports.corpus import Corpus

    shard, target = work
    tally = sources.Tally()
    corpus = Corpus()
    items = sources.items(
        (shard,), fields or Fields(), options.max_size, tally, input_format, options.gate
    )
    counts = {"articles": 0, "claims": 0, "unread": 0, "gated": 0}
    errors: list[str] = []
    with _Writer(target) as writer:
        for item in items:
            if isinstance(item, Bad):
                result_error: str | None = f"{item.where}: {item.why}"
                result = None
            else:
                result = check_record(item, options)
                result_error = result.error
            if result_error is not None:
                counts["unread"] += 1
                if len(errors) < ERRORS_KEPT:
                    errors.append(result_error)
                continue
            assert result is not None  # noqa: S101 - an error or a result, never neither
            if result.skipped or result.article is None:
                counts["gated"] += 1
                continue
            counts["articles"] += 1
            counts["claims"] += len(result.claims)
            writer.write(result.claims)
            count_in(corpus, result, result.article)
    corpus.skipped = tally.skipped + counts["gated"]
    articles_named = counts["articles"] + counts["unread"] + counts["gated"]
    return ShardDone(
        shard,
        target,
        max(tally.records, articles_named),
        tally.skipped + counts["gated"],
        counts["articles"],
        counts["claims"],
        counts["unread"],
        tuple(errors),
        corpus,
    )


class _Writer:
    """A shard's verdicts written under a temporary name, linked to its own when
    whole (never over a file): JSON Lines as `sco check --format jsonl` prints
    them, or Parquet, a row group a few thousand claims."""

    ROWS = 4096  # claims a Parquet row group

    def __init__(self, target: str) -> None:
        self.target = target
        self.partial = f"{target}.partial-{os.getpid()}"
        self.parquet = target.endswith(".parquet")
        self.rows: list[dict[str, Any]] = []
        self.stream: Any = None
        self.parquet_writer: Any = None

    def __enter__(self) -> _Writer:
        if self.parquet:
            parquet = _optional("pyarrow.parquet", "pyarrow", "sco-cli[archive]")
            self.parquet_writer = parquet.ParquetWriter(self.partial, parquet_schema())
        else:
            self.stream = Path(self.partial).open("x", encoding="utf-8")
        return self

    def write(self, claims: Sequence[Any]) -> None:
        from sco_cli.claims.flat import flat
        from sco_cli.output.cells import json_text

        for claim in claims:
            record = flat(claim)
            if self.parquet:
                self.rows.append(_parquet_row(record))
                if len(self.rows) >= self.ROWS:
                    self._flush()
            else:
                self.stream.write(json_text(record, indent=None))

    def _flush(self) -> None:
        if self.rows:
            table = _optional("pyarrow", "pyarrow", "sco-cli[archive]").Table.from_pylist(
                self.rows, schema=parquet_schema()
            )
            self.parquet_writer.write_table(table)
            self.rows = []

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        try:
            if self.parquet:
                self._flush()
                self.parquet_writer.close()
            else:
                self.stream.close()
            if error is None:
                os.link(self.partial, self.target)  # a link never replaces a file
        finally:
            Path(self.partial).unlink(missing_ok=True)


def _optional(module: str, name: str, extra: str) -> Any:
    """An optional extra's module, or one line naming it (exit 2)."""
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError:
        raise UsageProblem(f"the Dask recipe needs {name}: pip install '{extra}'") from None


def parquet_schema() -> Any:
    """The flat records' columns (claims.flat), each of one type: the claimed and
    expected values (a number, a status or a year) as their text."""
    from sco_cli.reports.check import CHECK_FIELDS

    pa = _optional("pyarrow", "pyarrow", "sco-cli[archive]")
    integers = {"paragraph", "sentence"}
    return pa.schema([(f, pa.int64() if f in integers else pa.string()) for f in CHECK_FIELDS])


def _parquet_row(record: dict[str, Any]) -> dict[str, Any]:
    for key in ("claimed", "expected"):
        value = record[key]
        record[key] = None if value is None else str(value)
    return record
