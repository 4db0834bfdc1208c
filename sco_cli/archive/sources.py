"""What `sco check` is given, as one stream of work in input order: each archive's
records (its format told by its name, or by --input-format), and the articles
(files, folders, URLs) as their names, read where they are checked.

A record that never names the SCO is counted and dropped here (`Tally`), before
it reaches a worker. An archive that breaks off (a truncated gzip, a broken
row) is one Bad entry, and the next input is read.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, nullcontext
from pathlib import Path
from typing import IO, cast

from sco_cli.archive.fields import Bad, Fields
from sco_cli.archive.work import Record
from sco_cli.errors import DataError, UsageProblem

# Each format and the names that tell it (a gzipped file ends in .gz too).
SUFFIXES = {
    "jsonl": (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"),
    "csv": (".csv", ".csv.gz"),
    "tsv": (".tsv", ".tsv.gz"),
    "parquet": (".parquet", ".pq"),
    "warc": (".warc", ".warc.gz", ".arc", ".arc.gz"),
}
FORMATS = (*SUFFIXES, "article")
AUTO = "auto"
STDIN = "-"


class Tally:
    """How many records were read, and how many of them never name the SCO."""

    def __init__(self) -> None:
        self.records = 0
        self.skipped = 0
        self.times: dict[str, int] = {}  # an article named more than once: how many times


def format_of(name: str, chosen: str = AUTO) -> str:
    """The format of an input: the one chosen, else its name's; "article" for any other."""
    if chosen != AUTO:
        return chosen
    lower = name.lower()
    return next((f for f, endings in SUFFIXES.items() if lower.endswith(endings)), "article")


def is_archive(names: tuple[str, ...], chosen: str = AUTO) -> bool:
    return any(format_of(name, chosen) != "article" for name in names)


def items(
    names: tuple[str, ...],
    fields: Fields,
    max_size: int,
    tally: Tally,
    chosen: str = AUTO,
    gate: bool = True,
) -> Iterator[Record | Bad | str]:
    """Every record of every archive and every article named, in order; an article
    named twice once (claims.inputs.distinct, as `sco check` reads articles)."""
    from sco_cli.claims.inputs import distinct, expand

    articles = [name for name in names if format_of(name, chosen) == "article"]
    wanted, tally.times = distinct(expand(tuple(articles)))
    unseen = set(wanted)
    for name in names:
        kind = format_of(name, chosen)
        if kind == "article":
            for found in expand((name,)):
                if found in unseen:
                    unseen.discard(found)
                    yield found
            continue
        for item in _archive(name, kind, fields, max_size, gate):
            tally.records += 1
            if item is None or (gate and isinstance(item, Record) and _unnamed(item)):
                tally.skipped += 1
            else:
                yield item


def _unnamed(record: Record) -> bool:
    """A text (not a page: its markup hides what it says) that never names the SCO, by
    the engine's exact test: no worker need see it."""
    from sco_cli.claims.notice import mentions_sco
    from sco_cli.claims.web import looks_like_html

    if record.html or mentions_sco(record.text):
        return False
    return record.html is False or not looks_like_html(record.text)


def _archive(
    name: str, kind: str, fields: Fields, max_size: int, gate: bool
) -> Iterator[Record | Bad | None]:
    """One archive's records; its breaking off is a Bad entry, not the run's end."""
    shown = "stdin" if name == STDIN else name
    try:
        with ExitStack() as stack:
            yield from _records(stack, name, shown, kind, fields, max_size, gate)
    except DataError as error:
        yield Bad(shown, error.message)
    except (OSError, EOFError, ValueError) as error:  # gzip, csv and decoding errors among them
        yield Bad(shown, f"could not be read to its end ({_why(error)})")


def _records(
    stack: ExitStack,
    name: str,
    shown: str,
    kind: str,
    fields: Fields,
    max_size: int,
    gate: bool,
) -> Iterator[Record | Bad | None]:
    if kind == "parquet":
        from sco_cli.archive import parquet

        if name == STDIN:
            raise UsageProblem("a Parquet file is read from a file, not standard input")
        _regular(name)
        yield from parquet.records(name, shown, fields, gate)
        return
    stream = stack.enter_context(_opened(name))
    if kind == "warc":  # warcio reads gzip itself
        from sco_cli.archive import warc

        yield from warc.records(stream, shown, max_size, gate)
        return
    if _gzipped(stream):
        unzipped = cast(IO[bytes], gzip.GzipFile(fileobj=stream, mode="rb"))
        stream = stack.enter_context(unzipped)
    if kind == "jsonl":
        from sco_cli.archive import jsonl

        yield from jsonl.records(stream, shown, fields, max_size, gate)
    else:
        from sco_cli.archive import csv_records

        delimiter = "\t" if kind == "tsv" else ","
        yield from csv_records.records(stream, shown, fields, max_size, gate, delimiter)


def _opened(name: str) -> AbstractContextManager[IO[bytes]]:
    if name == STDIN:  # read, never closed: it is not ours
        import sys

        return nullcontext(sys.stdin.buffer)
    _regular(name)
    try:
        return Path(name).open("rb")  # closed by the caller's ExitStack
    except OSError as error:
        raise DataError(f"{name}: cannot open the archive ({error.strerror})") from None


def _regular(name: str) -> None:
    """An archive is a regular file (never a device or a FIFO sco would wait on)."""
    import stat

    try:
        mode = Path(name).stat().st_mode
    except OSError as error:
        raise DataError(f"{name}: cannot read the archive ({error.strerror})") from None
    if not stat.S_ISREG(mode):
        raise DataError(f"{name}: not a regular file")


def _gzipped(stream: IO[bytes]) -> bool:
    """Whether the stream starts as gzip does (whatever its name), without consuming it."""
    peek = getattr(stream, "peek", None)
    return peek is not None and bytes(peek(2)[:2]) == b"\x1f\x8b"


def _why(error: BaseException) -> str:
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    return text[:200]
