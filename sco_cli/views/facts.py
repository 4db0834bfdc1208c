"""Rich views of `sco facts`."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import (
    VERDICT_STYLES,
    value_text,
    where_text,
)


def facts(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, show_lines=False)
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


def get(doc: JSON) -> RenderableType:
    lines: list[RenderableType] = []
    for path, answer in doc.items():
        if path == "schema_version":
            continue
        value = answer["value"] if isinstance(answer, dict) and "evidence" in answer else answer
        lines.append(
            Text.assemble(
                (f"{path}  ", "dim"),
                value_text(value) if not isinstance(value, dict) else Text(str(value)),
            )
        )
        if isinstance(answer, dict) and "evidence" in answer:
            for e in answer["evidence"]:
                lines.append(Text(f"    “{e['quote']}”  {where_text(e)}", style="dim"))
            if not answer["evidence"]:
                lines.append(Text(f"    source: {answer['source']}", style="dim"))
            for note in answer["notes"]:
                line = Text("    ")
                line.append(f"{note['verdict']}: ", style=VERDICT_STYLES[note["verdict"]])
                line.append(note["text"], style="italic")
                lines.append(line)
    return Group(*lines)


def paths(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for name in ("path", "type", "source", "description"):
        table.add_column(name, no_wrap=name == "path")
    for item in doc["paths"]:
        table.add_row(
            *(Text(str(item[name])) for name in ("path", "type", "source", "description"))
        )
    return table
