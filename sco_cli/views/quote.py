"""Rich view of `sco quote`."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from sco_cli.query import JSON


def quote(doc: JSON) -> RenderableType:
    parts: list[RenderableType] = []
    for section in doc["sections"]:
        parts.append(Rule(Text(section["heading"] or "(lead)", style="bold"), align="left"))
        for p in section["paragraphs"]:
            body = (
                Text("\n").join(Text(s) for s in p["matches"])
                if "matches" in p
                else Text(p["text"])
            )
            if doc["match"]:
                body.highlight_words([doc["match"]], style="bold reverse", case_sensitive=False)
            grid = Table.grid(padding=(0, 1))
            grid.add_column(style="dim", no_wrap=True, justify="right", width=4)
            grid.add_column()
            grid.add_row(Text(f"¶{p['number']}"), body)
            parts.append(grid)
            parts.append(Text(""))
    a = doc["attribution"]
    byline = ", ".join(str(x) for x in (a.get("author"), a.get("outlet"), a.get("date")) if x)
    parts.append(Text(f"— {byline} (article {doc['article_id']})", style="dim"))
    return Group(*parts)
