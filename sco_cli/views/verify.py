"""Rich views of `sco verify`."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import simple_table

STATUS_MARKS = {"pass": ("✓", "green"), "fail": ("✗", "red bold"), "note": ("i", "yellow")}


def verify(doc: JSON) -> RenderableType:
    table = simple_table()
    table.add_column("")
    table.add_column("check", no_wrap=True)
    table.add_column("subject")
    table.add_column("detail", overflow="fold")
    for item in doc["checks"]:
        mark, style = STATUS_MARKS[item["status"]]
        table.add_row(
            Text(mark, style=style),
            Text(item["check"]),
            Text(item["subject"]),
            Text(item["detail"]),
        )
    counts = doc["counts"]
    verdict = (
        Text("All checks hold.", style="green bold")
        if doc["ok"]
        else Text(f"{counts['fail']} check(s) failed.", style="red bold")
    )
    verdict.append(
        f"  {counts['pass']} passed, {counts['fail']} failed, {counts['note']} note(s)", style=""
    )
    return Group(table, Text(""), verdict)
