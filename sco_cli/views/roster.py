"""Rich views of `sco roster`."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import (
    GROUP_TITLES,
    MATCH,
    MISMATCH,
    local_name,
)


def members(doc: JSON) -> RenderableType:
    parts: list[RenderableType] = []
    for group in doc["groups"]:
        parts.append(_group_heading(group))
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("country")
        table.add_column("ISO", no_wrap=True)
        table.add_column("since", no_wrap=True)
        table.add_column("event")
        for c in group["countries"]:
            table.add_row(
                Text(local_name(c)),
                Text(f"{c['iso2']} {c['iso3']}"),
                Text(c["since"]),
                Text(c["event"]),
            )
        parts += [table, Text("")]
    ref = doc["reference"]
    parts.append(
        Text(
            f"Countries and their counts: reference roster ({ref['file']}, reference as of "
            f"{ref['as_of']}), on {doc['as_of']}, {doc['as_of_reason']}. "
            "Counts marked 'article' are the article's own.",
            style="dim",
        )
    )
    return Group(*parts)


def _group_heading(group: JSON) -> Text:
    title = GROUP_TITLES.get(group["status"], str(group["status"]))
    heading = Text.assemble((title, "bold"), f"  {group['count']} (reference)")
    article = group["article"]
    if article is not None:
        same = group["matches_article"]
        heading.append(f"  ·  article: {article['count']} ")
        heading.append(MATCH if same else MISMATCH, style="green" if same else "red bold")
    return heading


def history(doc: JSON) -> RenderableType:
    country = doc["country"]
    name = country["name"]
    if country.get("name_local"):
        name = f"{country['name_local']} ({name})"
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in ("date", "status", "event", "source"):
        table.add_column(column, no_wrap=column in ("date", "status"), overflow="fold")
    for item in doc["history"]:
        table.add_row(*(Text(item[c]) for c in ("date", "status", "event", "source")))
    return Group(
        Text.assemble((name, "bold"), f"  {country['iso2']} {country['iso3']}"),
        table,
        Text(
            f"reference roster ({doc['reference']['file']}), reference as of "
            f"{doc['reference']['as_of']}",
            style="dim",
        ),
    )


def counts(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("status")
    table.add_column("reference", justify="right")
    table.add_column("article", justify="right")
    for group in doc["groups"]:
        article = group["article"]
        mark = (
            ""
            if article is None
            else f"{article['count']} {MATCH if group['matches_article'] else MISMATCH}"
        )
        table.add_row(Text(group["status"]), Text(str(group["count"])), Text(mark))
    return Group(
        table,
        Text(f"reference as of {doc['reference']['as_of']}; roster on {doc['as_of']}", style="dim"),
    )
