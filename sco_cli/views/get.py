"""Rich views of `sco get`: values by path, and the list of every path."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import VERDICT_STYLES, simple_table, value_text, where_text


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
    table = simple_table()
    for name in ("path", "type", "source", "description"):
        table.add_column(name, no_wrap=name == "path")
    for item in doc["paths"]:
        table.add_row(
            *(Text(str(item[name])) for name in ("path", "type", "source", "description"))
        )
    return table
