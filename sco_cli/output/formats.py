"""The one place that prints a Report, in any format (--export: export.py).

Machine formats are written straight to stdout, never through rich: rich
would hard-wrap piped text at 80 columns and read `[words]` as markup.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, NamedTuple

from sco_cli.errors import UnknownName
from sco_cli.output.cells import cell, json_chunks, json_text
from sco_cli.output.lazy import Prewritten
from sco_cli.output.sanitize import shown, shown_line, shown_tree, spreadsheet_safe
from sco_cli.reports import SCHEMA_VERSION, RecordsDoc, Report


class OutputOptions(NamedTuple):
    format: str = "auto"
    fields: tuple[str, ...] = ()  # empty: every column
    headers: bool = True
    export: str | None = None  # a file to write the rich view to
    color: str = "auto"  # auto | always | never (--color)
    theme: str = "auto"  # auto | light | dark (--theme): the background the colours are for
    pager: bool = True  # a long view on a terminal goes through the pager (--no-pager)


def resolve_format(fmt: str, stream: IO[str], color: str = "auto") -> str:
    """'auto' is rich on a terminal and plain in a pipe or file; --color always
    asks for the coloured view wherever it goes, as rg's does."""
    if fmt != "auto":
        return fmt
    return "rich" if color == "always" or _isatty(stream) else "plain"


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def emit(report: Report, options: OutputOptions, stream: IO[str] | None = None) -> None:
    stream = stream if stream is not None else sys.stdout
    if options.fields:
        report = narrow(report, options.fields)  # a bad field fails before anything is said
    if report.notice:
        sys.stderr.write(f"Note: {shown(report.notice)}\n")
    if report.error:
        sys.stderr.write(f"Error: {shown_line(report.error)}\n")
    fmt = resolve_format(options.format, stream, options.color)
    if options.export is not None or fmt not in ("json", "jsonl", "claimreview"):
        # JSON escapes control characters itself; the document is drawn only by the
        # rich views and the exports (the text formats print the rows).
        drawn = options.export is not None or fmt == "rich"
        report = shown_report(report, document=drawn)
    if options.export is not None:
        from sco_cli.output.view_file import export

        export(report, options.export, options.theme)
        return
    if fmt == "rich":
        draw(report, stream, options)
    else:
        write(FORMATTERS[fmt](report, options.headers), stream)
    stream.flush()


def write(chunks: Iterable[str], stream: IO[str], size: int = 1 << 16) -> None:
    """The text in pieces, a few writes of about `size` characters: a large answer
    is never held as one string (records built as they are read go one by one)."""
    pending: list[str] = []
    held = 0
    for chunk in chunks:
        pending.append(chunk)
        held += len(chunk)
        if held >= size:
            stream.write("".join(pending))
            pending, held = [], 0
    stream.write("".join(pending))


def shown_report(report: Report, *, document: bool = True) -> Report:
    """The report with every string made safe to show (sanitize.shown), for every
    format but JSON: the text formats, the rich views and the exports alike
    (`document=False`: its rows only, for a format that prints no more)."""
    return report._replace(
        document=shown_tree(report.document) if document else report.document,
        columns=shown_tree(report.columns),
        rows=shown_tree(report.rows),
        plain=None if report.plain is None else shown(report.plain),
    )


def _field(columns: Sequence[str], typed: str) -> str:
    """The column `typed` names, in any case; UnknownName, with the closest, if none."""
    if typed in columns:
        return typed
    folded = [c for c in columns if c.casefold() == typed.casefold()]
    if len(folded) == 1:
        return folded[0]
    from sco_cli.commandline.suggest import closest, hint

    near = hint(closest(typed.casefold(), columns))
    raise UnknownName(f"unknown field {typed!r}{near} (fields: {', '.join(columns)})")


def narrow(report: Report, fields: Sequence[str]) -> Report:
    """Keep only `fields`, in the order given; the JSON becomes those records."""
    fields = [_field(report.columns, f) for f in fields]
    positions = [report.columns.index(f) for f in fields]
    rows = [tuple(row[i] for i in positions) for row in report.rows]
    columns = tuple(fields)
    document: RecordsDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "records",
        "fields": list(columns),
        "records": [dict(zip(columns, row, strict=True)) for row in rows],
    }
    # The plain text of a whole answer (sco get's bare values) does not survive a choice of fields.
    return report._replace(
        document=document, columns=columns, rows=rows, view="records", plain=None
    )


def to_json(report: Report, _headers: bool = True) -> Iterable[str]:
    return json_chunks(report.document)


def to_jsonl(report: Report, _headers: bool = True) -> Iterable[str]:
    # Each record written as the JSON document writes it: a field has one type in both.
    if isinstance(report.rows, Prewritten):  # the very lines, written where each row was made
        return report.rows.lines
    return (
        json_text(dict(zip(report.columns, row, strict=True)), indent=None) for row in report.rows
    )


def to_plain(report: Report, _headers: bool = True) -> Iterable[str]:
    if report.plain is not None:
        return [report.plain]
    return _tab_lines(report.rows)


def to_tsv(report: Report, headers: bool = True) -> Iterable[str]:
    if headers:
        yield from _tab_lines([report.columns])
    yield from _tab_lines(report.rows)


def _tab_lines(rows: Iterable[Sequence[Any]]) -> Iterator[str]:
    return ("\t".join(cell(value) for value in row) + "\n" for row in rows)


def to_csv(report: Report, headers: bool = True) -> Iterator[str]:
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: quoted as needed, CRLF line ends
    if headers:
        writer.writerow(report.columns)
    for row in report.rows:
        writer.writerow(spreadsheet_safe(value, cell(value, keep_lines=True)) for value in row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def to_markdown(report: Report, headers: bool = True) -> Iterable[str]:
    def line(values: Sequence[Any]) -> str:
        # A backslash is escaped first, so that a cell ending in one cannot escape the pipe.
        cells = (cell(v).replace("\\", "\\\\").replace("|", "\\|") for v in values)
        return "| " + " | ".join(cells) + " |\n"

    if headers:
        yield line(report.columns) + "|" + "---|" * len(report.columns) + "\n"
    yield from (line(row) for row in report.rows)


def to_claimreview(report: Report, _headers: bool = True) -> Iterable[str]:
    from sco_cli.claims.claimreview import graph

    document = report.document  # built by sco check with its publisher, or built here
    return json_chunks(document if "@context" in document else graph(document))


FORMATTERS = {
    "claimreview": to_claimreview,
    "json": to_json,
    "jsonl": to_jsonl,
    "plain": to_plain,
    "tsv": to_tsv,
    "csv": to_csv,
    "markdown": to_markdown,
}


def draw(report: Report, stream: IO[str], options: OutputOptions | None = None) -> None:
    from sco_cli import views
    from sco_cli.output.pager import paged

    # crop=False: a line longer than the terminal (a whole URL) is wrapped by the
    # terminal, not cut, so it stays one line to copy or click.
    options = options or OutputOptions()
    with paged(stream, options.pager) as out:
        console = views.make_console(out, options.color, options.theme)
        views.show(console, views.draw(report), crop=False)
