"""Rich view of `sco facts`: every fact as an evidence card."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from sco_cli.views import (
    Frame,
    cards,
    evidence_card,
    footer,
    plural,
    quotes_of,
    responsive,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.facts import FactsDoc


def facts(doc: FactsDoc) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        items = doc["facts"]
        noted = sum(1 for f in items if f["notes"])
        return Group(
            title(
                "sco facts",
                f"{plural(len(items), 'fact')} from the article, each with its evidence; "
                f"{plural(noted, 'fact')} with a fact-check note",
            ),
            Text(""),
            cards(
                evidence_card(
                    frame,
                    path=f["path"],
                    value=f["value"],
                    quotes=quotes_of(f["evidence"]),
                    notes=f["notes"],
                )
                for f in items
            ),
            footer(frame),
        )

    return responsive(draw)
