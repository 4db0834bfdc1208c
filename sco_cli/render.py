"""The one place that turns a Report into output: rich, plain or JSON.

Machine formats are written straight to stdout, never through rich: rich
would hard-wrap piped text at 80 columns and read `[words]` as markup.
rich itself is imported only when a rich view is drawn.
"""

from __future__ import annotations

import json
import os
import sys
from typing import IO, Any

from sco_cli.reports import Report

FORMATS = ("auto", "rich", "plain", "json")


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


def emit(report: Report, fmt: str, stream: IO[str] | None = None) -> None:
    stream = stream if stream is not None else sys.stdout
    fmt = resolve_format(fmt, stream)
    if fmt == "json":
        stream.write(to_json(report.document))
    elif fmt == "plain":
        stream.write(to_plain(report.rows))
    else:
        draw(report, stream)
    stream.flush()


def to_json(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def to_plain(rows: Any) -> str:
    return "".join("\t".join(plain_cell(value) for value in row) + "\n" for row in rows)


def plain_cell(value: Any) -> str:
    """One value as text that keeps the record on one line and its columns apart."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return "; ".join(plain_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return " ".join(str(value).replace("\t", " ").splitlines())


def draw(report: Report, stream: IO[str]) -> None:
    from sco_cli import views  # rich: only when something is drawn

    console = views.make_console(stream)
    console.print(views.VIEWS[report.view](report.document))


def console_width() -> int | None:
    """COLUMNS when it is a usable number (rich reads it too, but not on every path)."""
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return None
    return width if width > 0 else None
