"""Rich views of `sco text`."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from sco_cli.query import JSON, span


def sections(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
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


def search(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("where", no_wrap=True, style="dim")
    table.add_column("sentence")
    for hit in doc["hits"]:
        sentence = Text(hit["text"])
        for start, end in hit["matches"]:
            sentence.stylize("bold reverse", start, end)
        where = f"{hit['section']} ¶{hit['paragraph']}.{hit['sentence']}"
        table.add_row(Text(str(hit["rank"])), Text(where), sentence)
    shown = len(doc["hits"])
    more = f", the best {shown} shown" if shown < doc["total"] else ""
    summary = f"{doc['total']} sentence(s) match {doc['query']!r}{more}"
    return Group(table, Text(summary, style="dim"))
