"""Rich view of `sco sections`: slugs whole, headings and keywords beside them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from sco_cli.dataset.query import span
from sco_cli.views import (
    ACCENT,
    MUTED,
    Frame,
    footer,
    plural,
    responsive,
    simple_table,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.sections import SectionsDoc


def sections(doc: SectionsDoc) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        items = doc["sections"]
        slug_width = max((len(s["slug"]) for s in items), default=4)
        body: RenderableType
        if frame.width - slug_width - len("paragraphs") - 6 >= 24:
            grid = simple_table()
            grid.add_column("slug", no_wrap=True, style=f"bold {ACCENT}")
            grid.add_column("paragraphs", no_wrap=True)
            grid.add_column("heading and keywords", ratio=1)
            for s in items:
                grid.add_row(Text(s["slug"]), Text(span(s["paragraphs"])), _about(s))
            body = grid
        else:
            blocks: list[RenderableType] = []
            for s in items:
                blocks.append(
                    Text.assemble(
                        (s["slug"], f"bold {ACCENT}"), ("  ¶" + span(s["paragraphs"]), MUTED)
                    )
                )
                blocks.append(Padding(_about(s), (0, 0, 0, 2)))
            body = Group(*blocks)
        return Group(
            title("sco sections", f"{plural(len(items), 'section')}; quote one with --section"),
            Text(""),
            body,
            footer(frame, article_only=True),
        )

    return responsive(draw)


def _about(section: Mapping[str, Any]) -> Text:
    heading = Text(section["heading"] or "(untitled lead)")
    heading.append("\n")
    heading.append(", ".join(section["keywords"]), style=MUTED)
    return heading
