"""The one place that turns a Report into output, in any format.

Machine formats are written straight to stdout, never through rich: rich
would hard-wrap piped text at 80 columns and read `[words]` as markup.
rich itself is imported only when a rich view is drawn or exported.
"""

from __future__ import annotations

import csv
import io
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from sco_cli.errors import UsageProblem
from sco_cli.reports import SCHEMA_VERSION, Report

FORMATS = ("auto", "rich", "plain", "json", "jsonl", "csv", "tsv", "markdown")
EXPORT_SUFFIXES = (".svg", ".html", ".txt")


@dataclass(frozen=True)
class OutputOptions:
    format: str = "auto"
    fields: tuple[str, ...] = ()  # empty: every column
    headers: bool = True
    export: Path | None = None


def resolve_format(fmt: str, stream: IO[str]) -> str:
    """'auto' is rich on a terminal and plain in a pipe or file."""
    if fmt != "auto":
        return fmt
    return "rich" if _isatty(stream) else "plain"


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def emit(report: Report, options: OutputOptions, stream: IO[str] | None = None) -> None:
    stream = stream if stream is not None else sys.stdout
    if report.notice:
        sys.stderr.write(f"Note: {report.notice}\n")
    if options.fields:
        report = narrow(report, options.fields)
    if options.export is not None:
        export(report, options.export)
        return
    fmt = resolve_format(options.format, stream)
    if fmt == "rich":
        draw(report, stream)
    else:
        stream.write(FORMATTERS[fmt](report, options.headers))
    stream.flush()


def narrow(report: Report, fields: Sequence[str]) -> Report:
    """Keep only `fields`, in the order given; the JSON becomes those records."""
    unknown = [f for f in fields if f not in report.columns]
    if unknown:
        raise UsageProblem(f"unknown field {unknown[0]!r} (fields: {', '.join(report.columns)})")
    positions = [report.columns.index(f) for f in fields]
    rows = [tuple(row[i] for i in positions) for row in report.rows]
    columns = tuple(fields)
    document = {
        "schema_version": SCHEMA_VERSION,
        "fields": list(columns),
        "records": [dict(zip(columns, row, strict=True)) for row in rows],
    }
    return Report(document, columns, rows, view="records")


def to_json(report: Report, _headers: bool = True) -> str:
    return to_json_text(report.document)


def to_json_text(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_jsonl(report: Report, _headers: bool = True) -> str:
    return "".join(
        json.dumps(dict(zip(report.columns, row, strict=True)), ensure_ascii=False) + "\n"
        for row in report.rows
    )


def to_plain(report: Report, _headers: bool = True) -> str:
    if report.plain is not None:
        return report.plain
    return _tab_lines(report.rows)


def to_tsv(report: Report, headers: bool = True) -> str:
    header = [report.columns] if headers else []
    return _tab_lines([*header, *report.rows])


def _tab_lines(rows: Sequence[Sequence[Any]]) -> str:
    return "".join("\t".join(cell(value) for value in row) + "\n" for row in rows)


def to_csv(report: Report, headers: bool = True) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: quoted as needed, CRLF line ends
    if headers:
        writer.writerow(report.columns)
    writer.writerows([cell(value, keep_lines=True) for value in row] for row in report.rows)
    return buffer.getvalue()


def to_markdown(report: Report, headers: bool = True) -> str:
    def line(values: Sequence[Any]) -> str:
        return "| " + " | ".join(cell(v).replace("|", "\\|") for v in values) + " |\n"

    head = line(report.columns) + "|" + "---|" * len(report.columns) + "\n" if headers else ""
    return head + "".join(line(row) for row in report.rows)


FORMATTERS = {
    "json": to_json,
    "jsonl": to_jsonl,
    "plain": to_plain,
    "tsv": to_tsv,
    "csv": to_csv,
    "markdown": to_markdown,
}


def cell(value: Any, *, keep_lines: bool = False) -> str:
    """One value as text. Lists join with '; '; objects become JSON; tabs and
    line breaks become spaces so a record stays on its line (CSV may keep them)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    text = str(value)
    if keep_lines:
        return text
    return " ".join(text.replace("\t", " ").splitlines())


def draw(report: Report, stream: IO[str]) -> None:
    from sco_cli import views  # rich: only when something is drawn

    console = views.make_console(stream)
    console.print(views.render(report))


def export(report: Report, target: Path) -> None:
    """Write the rich view to a new .svg, .html or .txt file; never overwrite one."""
    suffix = target.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise UsageProblem(
            f"cannot export to {str(target)!r}: the name must end in {', '.join(EXPORT_SUFFIXES)}"
        )
    if target.exists() or target.is_symlink():
        raise UsageProblem(f"{target} already exists; sco never overwrites a file: remove it first")
    from sco_cli import views

    content = views.export(report, suffix)
    _write_new(target, content)
    sys.stderr.write(f"wrote {target}\n")


def _write_new(target: Path, content: str) -> None:
    """Write to a temporary file beside the target, then link it into place:
    the target appears whole or not at all, and an existing one is never replaced."""
    directory = target.parent if str(target.parent) else Path()
    temporary = directory / f".{target.name}.{os.getpid()}.tmp"
    try:
        with temporary.open("x", encoding="utf-8") as handle:
            handle.write(content)
        os.link(temporary, target)
    except FileExistsError:
        raise UsageProblem(
            f"{target} already exists; sco never overwrites a file: remove it first"
        ) from None
    except OSError as error:
        raise UsageProblem(f"cannot write {target}: {error.strerror}") from None
    finally:
        temporary.unlink(missing_ok=True)
