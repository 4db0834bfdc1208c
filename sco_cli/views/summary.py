"""Rich views of `sco summary`: the article at a glance."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.text import Text

from sco_cli.views import (
    FAIL_STYLE,
    MATCH,
    MISMATCH,
    MUTED,
    OK_STYLE,
    PROSE,
    VERDICT_STYLES,
    Frame,
    date_text,
    footer,
    key_values,
    note_block,
    plural,
    rule_heading,
    simple_table,
    status_name,
    status_style,
    title,
    value_text,
)

WIDEST = PROSE + 10  # the dashboard is read, not scanned: no wider than this

# The dashboard's groups of facts, in the order it shows them.
GROUPS = (
    ("Values and mission", ("shanghai_spirit.values", "three_forces", "decision_making")),
    ("The summit's agenda", ("summit.priorities", "summit.railway")),
    ("Development strategy", ("development_strategy.name", "development_strategy.adopted_at")),
    (
        "Kazakhstan",
        ("kazakhstan.role", "kazakhstan.president", "kazakhstan.vision", "kazakhstan.priorities"),
    ),
)

if TYPE_CHECKING:
    from sco_cli.reports.summary import ArticleSummaryDoc, SummaryDoc


def summary(doc: SummaryDoc) -> RenderableType:
    from sco_cli.views import responsive

    def draw(frame: Frame) -> RenderableType:
        frame.width = min(frame.width, WIDEST)
        facts = {f["path"]: f for f in doc["facts"]}
        parts: list[RenderableType] = [
            title("sco summary", "the SCO summit in Tianjin, from one article"),
            Text(""),
            _summit(facts),
            Text(""),
            rule_heading("Membership"),
            _membership(frame, doc, facts),
        ]
        verdicts = {note["about"]: note["verdict"] for note in doc["fact_checks"]}
        for heading, paths in GROUPS:
            rows = [
                (facts[p]["label"], _marked(frame, value_text(facts[p]["value"]), verdicts.get(p)))
                for p in paths
            ]
            parts += [Text(""), rule_heading(heading), key_values(frame, rows)]
        if doc["fact_checks"]:
            parts += [Text(""), rule_heading("Fact checks, from the reference")]
            # What the reference contradicts first: the answer a reader needs most.
            order = sorted(doc["fact_checks"], key=lambda n: n["verdict"] != "contradicts")
            for note in order:
                text = Text.assemble((f"{note['about']}: ", "bold"), note["text"])
                parts.append(
                    note_block(
                        frame,
                        {"verdict": note["verdict"], "text": text, "sources": note["sources"]},
                    )
                )
        parts.append(
            footer(
                frame,
                # its date as --lang writes it
                source={**doc["source"], "date": date_text(doc, doc["source"]["date"])},
                reference={
                    "file": doc["roster_check"]["reference"],
                    "as_of": doc["roster_check"]["reference_as_of"],
                },
                hint="The evidence of every fact: sco facts · every check: sco verify",
            )
        )
        return Constrain(Group(*parts), WIDEST)

    return responsive(draw)


VERDICT_MARKS = {"contradicts": "✗", "qualifies": "≈", "agrees": "✓"}


def _marked(frame: Frame, value: RenderableType, verdict: str | None) -> RenderableType:
    """A value with its fact-check's mark and word beside it (under it where the
    line is narrow, or the value a list), where the reference contradicts or
    qualifies it: the note itself is below."""
    if verdict is None:
        return value
    mark = Text(
        f"{VERDICT_MARKS.get(verdict, '•')} {verdict}", style=VERDICT_STYLES.get(verdict, "")
    )
    if isinstance(value, Text) and frame.wide:
        return Text.assemble(value, "  ", mark)
    return Group(value, mark)


def _summit(facts: Mapping[str, Mapping[str, Any]]) -> RenderableType:
    from sco_cli.views import local_name

    place = Text(
        f"{facts['summit.city']['value']}, {local_name(facts['summit.country'])}", style="bold"
    )
    place.append(f"  ·  {facts['summit.year']['value']}  ·  {facts['summit.timing']['value']}")
    return Group(place, Text(facts["summit.setting"]["value"], style="italic"))


def _membership(
    frame: Frame, doc: Mapping[str, Any], facts: Mapping[str, Mapping[str, Any]]
) -> RenderableType:
    check = doc["roster_check"]
    regions = facts["membership.regions"]["value"]
    reach = Text(
        f"From {', '.join(regions)}; the members represent "
        f"{facts['membership.population_share']['value']}."
    )
    agree = sum(1 for row in check["counts"] if row["article"] == row["reference"])
    said = Text(
        f"{agree} of {plural(len(check['counts']), 'count')} agree with the reference roster "
        f"on {date_text(doc, check['as_of'])}, the eve of the summit.",
        style=MUTED,
    )
    if frame.width < 50:
        lines: list[RenderableType] = []
        for row in check["counts"]:
            same = row["article"] == row["reference"]
            lines.append(
                Text.assemble(
                    ("■ ", status_style(row["status"])),
                    status_name(row["status"]),
                    "\n  ",
                    f"article {row['article']} · reference {row['reference']} ",
                    (MATCH if same else MISMATCH, OK_STYLE if same else FAIL_STYLE),
                )
            )
        return Group(*lines, said, reach)
    counts = simple_table()
    counts.add_column("status", no_wrap=True, ratio=1)  # the room left, after the figures
    counts.add_column("article", justify="right", no_wrap=True)
    counts.add_column(
        f"reference on {date_text(doc, check['as_of'])}",
        justify="right",
        no_wrap=True,
    )
    counts.add_column("", no_wrap=True)
    for row in check["counts"]:
        same = row["article"] == row["reference"]
        counts.add_row(
            Text.assemble(("■ ", status_style(row["status"])), status_name(row["status"])),
            Text(str(row["article"])),
            Text(str(row["reference"])),
            Text(MATCH if same else MISMATCH, style=OK_STYLE if same else FAIL_STYLE),
        )
    return Group(counts, said, reach)


def article_summary(doc: ArticleSummaryDoc) -> RenderableType:
    from sco_cli.views import responsive

    def draw(frame: Frame) -> RenderableType:
        source = doc["source"]
        rows: list[tuple[str, RenderableType]] = []
        for key in ("headline", "date", "image_credit", "author"):
            if source.get(key):
                rows.append((key.replace("_", " "), Text(str(source[key]))))
        shape = doc["shape"]
        rows.append(
            (
                "shape",
                Text(
                    f"{plural(shape['sections'], 'section')}, "
                    f"{plural(shape['paragraphs'], 'paragraph')}, "
                    f"{plural(shape['sentences'], 'sentence')}, {plural(shape['words'], 'word')}"
                ),
            )
        )
        if doc["first_sentence"]:
            rows.append(("opens with", Text(doc["first_sentence"], style="italic")))
        sections = simple_table()
        sections.add_column("slug", no_wrap=True, style="bold")
        sections.add_column("heading")
        for s in doc["sections"]:
            sections.add_row(Text(s["slug"]), Text(s["heading"] or "(untitled lead)"))
        return Group(
            title("sco summary", f"article {source['article_id']}"),
            Text(""),
            key_values(frame, rows),
            Text(""),
            sections if frame.wide else _stacked_sections(doc),
            footer(
                frame,
                source=source,
                hint="No facts file for this article: its text only (sections, quote, search).",
            ),
        )

    return responsive(draw)


def _stacked_sections(doc: Mapping[str, Any]) -> RenderableType:
    lines: list[RenderableType] = []
    for s in doc["sections"]:
        lines.append(Text(s["slug"], style="bold"))
        lines.append(Text("  " + (s["heading"] or "(untitled lead)")))
    return Group(*lines)
