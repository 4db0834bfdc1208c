"""Rich views of `sco facts`."""

from __future__ import annotations

from rich.console import RenderableType
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import (
    VERDICT_STYLES,
    simple_table,
    value_text,
    where_text,
)


def facts(doc: JSON) -> RenderableType:
    table = simple_table()
    table.add_column("fact", style="bold", no_wrap=True)
    table.add_column("value")
    table.add_column("evidence")
    for fact in doc["facts"]:
        evidence = Text()
        for i, e in enumerate(fact["evidence"]):
            if i:
                evidence.append("\n")
            evidence.append(f"“{e['quote']}”")
            evidence.append(f"  {where_text(e)}", style="dim")
        for note in fact["notes"]:
            evidence.append("\n")
            evidence.append(f"{note['verdict']}: ", style=VERDICT_STYLES[note["verdict"]])
            evidence.append(note["text"], style="italic")
            evidence.append(f" ({'; '.join(note['sources'])})", style="dim")
        table.add_row(Text(fact["path"]), value_text(fact["value"]), evidence)
    return table
