"""Rich view of `sco sections`."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from sco_cli.query import JSON, span
from sco_cli.views import simple_table


def sections(doc: JSON) -> RenderableType:
    table = simple_table()
    for name in ("slug", "heading", "paragraphs", "keywords"):
        table.add_column(name)
    for s in doc["sections"]:
        table.add_row(
            Text(s["slug"], style="bold"),
            Text(s["heading"] or "(untitled lead)"),
            Text(span(s["paragraphs"])),
            Text(", ".join(s["keywords"])),
        )
    return table
