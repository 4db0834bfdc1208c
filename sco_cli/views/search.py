"""Rich view of `sco search`."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import simple_table


def search(doc: JSON) -> RenderableType:
    table = simple_table()
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
