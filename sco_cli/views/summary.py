"""Rich views of `sco summary`."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import (
    MATCH,
    MISMATCH,
    VERDICT_STYLES,
    local_name,
    simple_table,
    source_text,
    value_text,
)


def summary(doc: JSON) -> RenderableType:
    facts = {f["path"]: f for f in doc["facts"]}

    def rows(title: str, paths: list[str]) -> Panel:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        for path in paths:
            grid.add_row(Text(facts[path]["label"]), value_text(facts[path]["value"]))
        return Panel(grid, title=title, title_align="left", box=box.ROUNDED)

    counts = simple_table()
    counts.add_column("status")
    counts.add_column("article", justify="right")
    counts.add_column(f"reference on {doc['roster_check']['as_of']}", justify="right")
    counts.add_column("")
    for check in doc["roster_check"]["counts"]:
        same = check["article"] == check["reference"]
        counts.add_row(
            Text(check["status"].replace("_", " ").replace("-", " ")),
            Text(str(check["article"])),
            Text(str(check["reference"])),
            Text(MATCH if same else MISMATCH, style="green" if same else "red bold"),
        )
    membership = Group(
        counts,
        Text(""),
        Text(
            f"From {', '.join(facts['membership.regions']['value'])}; the members represent "
            f"{facts['membership.population_share']['value']}."
        ),
    )
    return Group(
        Panel(
            Group(
                Text.assemble(
                    (
                        f"{facts['summit.city']['value']}, {local_name(facts['summit.country'])}",
                        "bold",
                    ),
                    f"  ·  {facts['summit.year']['value']}  ·  {facts['summit.timing']['value']}",
                ),
                Text(facts["summit.setting"]["value"], style="italic"),
            ),
            title="The SCO summit",
            title_align="left",
            box=box.ROUNDED,
        ),
        Panel(membership, title="Membership", title_align="left", box=box.ROUNDED),
        rows("Values and mission", ["shanghai_spirit.values", "three_forces", "decision_making"]),
        rows("The summit's agenda", ["summit.priorities", "summit.railway"]),
        rows(
            "Development strategy", ["development_strategy.name", "development_strategy.adopted_at"]
        ),
        rows(
            "Kazakhstan",
            [
                "kazakhstan.role",
                "kazakhstan.president",
                "kazakhstan.vision",
                "kazakhstan.priorities",
            ],
        ),
        _fact_checks(doc["fact_checks"]),
        source_text(doc["source"]),
        Text("Evidence for every fact: sco facts; every check: sco verify", style="dim"),
    )


def article_summary(doc: JSON) -> RenderableType:
    source = doc["source"]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for key in ("headline", "date", "image_credit", "author"):
        if source.get(key):
            grid.add_row(Text(key.replace("_", " ")), Text(str(source[key])))
    shape = doc["shape"]
    grid.add_row(
        Text("shape"),
        Text(
            f"{shape['sections']} section(s), {shape['paragraphs']} paragraph(s), "
            f"{shape['sentences']} sentence(s), {shape['words']} word(s)"
        ),
    )
    for s in doc["sections"]:
        grid.add_row(Text(s["slug"]), Text(s["heading"] or "(untitled lead)"))
    if doc["first_sentence"]:
        grid.add_row(Text("opens with"), Text(doc["first_sentence"], style="italic"))
    return Group(
        Panel(grid, title=f"article {source['article_id']}", title_align="left", box=box.ROUNDED),
        Text(
            "No facts file for this article: its text only (sections, quote, search).", style="dim"
        ),
    )


def _fact_checks(notes: list[JSON]) -> Panel:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for note in notes:
        verdict = Text(note["verdict"], style=VERDICT_STYLES[note["verdict"]])
        grid.add_row(verdict, Text.assemble((f"{note['about']}: ", "bold"), note["text"]))
    return Panel(
        grid, title="Fact checks (from the reference)", title_align="left", box=box.ROUNDED
    )
