"""Rich views of `sco timeline`."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import date_text


def timeline(doc: JSON) -> RenderableType:
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    table.add_column("date", no_wrap=True, style="bold")
    table.add_column("from", no_wrap=True)
    table.add_column("what", overflow="fold")
    year = None
    for entry in doc["entries"]:
        if year is not None and entry["date"][:4] != year:
            table.add_row("", "", "")
        year = entry["date"][:4]
        when = date_text(doc, entry["date"])
        if entry["end_date"]:
            when += f" to {date_text(doc, entry['end_date'])}"
        marker = (
            Text("◆ article", style="magenta")
            if entry["source"] == "article"
            else Text("● reference", style="cyan")
        )
        table.add_row(Text(when), marker, Text(entry["text"]))
    ref = doc["reference"]
    return Group(
        table,
        Text(""),
        Text(
            f"◆ the article's own dated mentions; ● reference data "
            f"({', '.join(f.rsplit('/', 1)[-1] for f in ref['files'])}, "
            f"reference as of {ref['as_of']}). Sources: --json or --format csv.",
            style="dim",
        ),
    )
