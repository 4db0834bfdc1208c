"""Rich views of `sco members`: the roster, its counts, a country's history."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import (
    GROUP_TITLES,
    MATCH,
    MISMATCH,
    date_text,
    local_name,
    simple_table,
)


def members(doc: JSON) -> RenderableType:
    parts: list[RenderableType] = []
    for group in doc["groups"]:
        parts.append(_group_heading(group))
        table = simple_table()
        table.add_column("country")
        table.add_column("ISO", no_wrap=True)
        table.add_column("decided", no_wrap=True)
        table.add_column("in force", no_wrap=True)
        table.add_column("event")
        for c in group["countries"]:
            table.add_row(
                Text(local_name(c)),
                Text(f"{c['iso2']} {c['iso3']}"),
                Text(date_text(doc, c["decided"])),
                Text(
                    date_text(doc, c["in_force"]) or "not yet",
                    style="yellow" if c["pending"] else "",
                ),
                Text(c["event"]),
            )
        parts += [table, Text("")]
    if doc["pending"]:
        parts += [_pending(doc), Text("")]
    ref = doc["reference"]
    basis = (
        "counted by summit decision, in force or not"
        if doc["basis"] == "decision"
        else "counting the statuses in force"
    )
    parts.append(
        Text(
            f"Countries and their counts: reference roster ({ref['file']}, reference as of "
            f"{ref['as_of']}), on {date_text(doc, doc['as_of'])}, {doc['as_of_reason']}; {basis}. "
            "Counts marked 'article' are the article's own.",
            style="dim",
        )
    )
    return Group(*parts)


def _pending(doc: JSON) -> RenderableType:
    """'Egypt: decided 2021-09-17, in force 2022-09-14', one line a country."""
    lines = Text.assemble(
        ("Decided, not yet in force", "bold"),
        f" on {date_text(doc, doc['as_of'])} (not counted above)",
    )
    for c in doc["pending"]:
        when = f"in force {date_text(doc, c['in_force'])}" if c["in_force"] else "not yet in force"
        decided = date_text(doc, c["decided"])
        lines.append(f"\n  {local_name(c)}: decided {decided}, {when} ({c['status']})")
    return lines


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
    parts: list[RenderableType] = []
    for one in doc["histories"]:  # one a --country, in the order asked
        parts += _one_history(doc, one)
    parts.append(
        Text(
            f"reference roster ({doc['reference']['file']}), reference as of "
            f"{doc['reference']['as_of']}",
            style="dim",
        )
    )
    return Group(*parts)


def _one_history(doc: JSON, one: JSON) -> list[RenderableType]:
    country = one["country"]
    name = country["name"]
    if country.get("name_local"):
        name = f"{country['name_local']} ({name})"
    table = simple_table()
    columns = ("decided", "in_force", "status", "event", "source")
    for column in columns:
        table.add_column(
            column.replace("_", " "),
            no_wrap=column != "event" and column != "source",
            overflow="fold",
        )
    for item in one["history"]:
        sources = item["source"]
        if item["in_force"] and item["source_in_force"] != item["source"]:
            sources = f"decided: {sources}\nin force: {item['source_in_force']}"
        table.add_row(
            Text(date_text(doc, item["decided"])),
            Text(
                date_text(doc, item["in_force"]) or "not yet",
                style="" if item["in_force"] else "yellow",
            ),
            Text(item["status"]),
            Text(item["event"]),
            Text(sources),
        )
    return [Text.assemble((name, "bold"), f"  {country['iso2']} {country['iso3']}"), table]


def counts(doc: JSON) -> RenderableType:
    table = simple_table()
    table.add_column("status")
    table.add_column("reference", justify="right")
    table.add_column("article", justify="right")
    for group in doc["statuses"]:
        article = group["article"]
        mark = (
            ""
            if article is None
            else f"{article['count']} {MATCH if group['matches_article'] else MISMATCH}"
        )
        table.add_row(Text(group["status"]), Text(str(group["count"])), Text(mark))
    parts: list[RenderableType] = [table]
    if doc["pending"]:
        parts.append(_pending(doc))
    basis = "by decision" if doc["basis"] == "decision" else "in force"
    parts.append(
        Text(
            f"reference as of {doc['reference']['as_of']}; roster on {doc['as_of']}, {basis}",
            style="dim",
        )
    )
    return Group(*parts)
