"""Rich view of `sco check`: one card per claim, a summary line per article.

The card is drawn by `card` alone, so that it can take the shared
evidence-card design when the views have one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

if TYPE_CHECKING:
    from sco_cli.reports.check import CheckDoc, CheckedArticle, CheckedClaim

MARKS = {
    "agrees": ("✓", "green"),
    "contradicts": ("✗", "red"),
    "unverifiable": ("?", "yellow"),
}


def check(doc: CheckDoc) -> RenderableType:
    parts: list[RenderableType] = []
    claims = iter(doc["claims"])  # in article order: built as they are read, read once
    for article in doc["articles"]:
        parts.append(Rule(Text(article["article"], style="bold"), align="left"))
        parts += [card(next(claims)) for _ in range(article["claims"])]
        parts.append(summary_line(article))
    if not doc["articles"]:
        parts.append(Text("No article to check."))
    return Group(*parts)


def card(record: CheckedClaim) -> RenderableType:
    """One claim: its sentence with the claim highlighted, the verdict, where it
    holds, and the reference rows with their sources."""
    mark, style = MARKS[record["verdict"]]
    sentence = Text(record["sentence"])
    start, end = record["location"]["span"]
    sentence.stylize(f"bold underline {style}", start, end)
    claim = record["claim"]
    lines = [sentence, Text("")]
    lines.append(
        Text.assemble(("claim ", "dim"), f"{claim['kind']}: {claim['subject']} = {claim['value']}")
    )
    basis = (
        f" ({'by decision' if record['basis'] == 'decision' else 'in force'})"
        if record["basis"]
        else ""
    )
    lines.append(Text.assemble(("verdict ", "dim"), (record["verdict"], f"{style} bold"), basis))
    if record["holds"]:
        spans = ", ".join(
            f"{h['from']} to {h['to'] or 'the reference end'}" for h in record["holds"]
        )
        lines.append(Text.assemble(("holds ", "dim"), spans))
    lines.append(Text.assemble(("why ", "dim"), record["note"]))
    for row in record["reference"][:6]:
        shown = " · ".join(
            str(row[k])
            for k in ("country", "status", "city", "start", "decided", "in_force")
            if row.get(k)
        )
        lines.append(Text.assemble(("source ", "dim"), f"{shown}: {row['source']}"))
    if len(record["reference"]) > 6:
        lines.append(
            Text(f"… and {len(record['reference']) - 6} more rows (--json shows them)", style="dim")
        )
    where = record["location"]
    title = Text.assemble(
        (f"{mark} {record['verdict']}", f"{style} bold"),
        f"  ¶{where['paragraph']}.{where['sentence']}",
    )
    return Panel(
        Group(*lines), title=title, title_align="left", box=box.ROUNDED, border_style=style
    )


def summary_line(article: CheckedArticle) -> Text:
    counts = article["counts"]
    date = article["as_of"] or "no date"
    text = Text(f"{article['article']} ({date}): {article['claims']} claim(s): ")
    text.append(f"{counts['agrees']} agree", style="green")
    text.append(", ")
    text.append(f"{counts['contradicts']} contradict", style="red" if counts["contradicts"] else "")
    text.append(", ")
    text.append(
        f"{counts['unverifiable']} unverifiable", style="yellow" if counts["unverifiable"] else ""
    )
    return text
