"""Rich view of `sco quote`: the article verbatim, a heading a section, ¶ numbers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.style import Style
from rich.table import Table
from rich.text import Text

from sco_cli.views import (
    MATCH_STYLE,
    MUTED,
    Frame,
    footer,
    plural,
    responsive,
    rule_heading,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.cite import CitationsDoc
    from sco_cli.reports.quote import QuoteDoc


def quote(doc: QuoteDoc) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        parts: list[RenderableType] = [title("sco quote", _what(doc)), Text("")]
        for section in doc["sections"]:
            parts.append(rule_heading(section["heading"] or "(lead)"))
            for p in section["paragraphs"]:
                body = (
                    Text("\n").join(Text(s) for s in p["matches"])
                    if "matches" in p
                    else Text(p["text"])
                )
                if doc["match"]:
                    body.highlight_words([doc["match"]], style=MATCH_STYLE, case_sensitive=False)
                grid = Table.grid(padding=(0, 1))
                grid.add_column(style=MUTED, no_wrap=True, justify="right", width=4)
                grid.add_column(max_width=frame.prose - 5)
                grid.add_row(Text(f"¶{p['number']}"), body)
                parts += [grid, Text("")]
        parts.pop()  # the footer brings its own blank line
        parts.append(footer(frame, source=doc["attribution"]))
        return Group(*parts)

    return responsive(draw)


def _what(doc: Mapping[str, Any]) -> str:
    paragraphs = sum(len(s["paragraphs"]) for s in doc["sections"])
    what = plural(paragraphs, "paragraph")
    if doc["match"]:
        what += f" with {doc['match']!r}"
    return what + ", verbatim"


def citations(doc: CitationsDoc) -> RenderableType:
    """`--cite` on quote, facts and get: each citation as the line to paste (wrapped
    at the prose width), the quote first, where it stands after it; a fact-check
    note's sources under it, each URL whole on its line."""
    import click

    context = click.get_current_context(silent=True)
    command = f"sco {context.info_name}" if context is not None and context.info_name else "sco"

    def draw(frame: Frame) -> RenderableType:
        items = doc["citations"]
        parts: list[RenderableType] = [
            title(command, f"{plural(len(items), 'citation')}, ready to paste"),
        ]
        for item in items:
            line = item["citation"].split(" Fact-check sources: ")[0]
            quoted = f"“{item['quote']}”"
            text = Text(line)
            if line.startswith(quoted):  # the quote first; where it stands, muted
                text.stylize(MUTED, len(quoted))
            parts += [Text(""), Constrain(text, frame.prose)]
            if item["note_sources"]:
                parts.append(Text("Fact-check sources:", style=MUTED))
                for url in item["note_sources"]:
                    whole = Text(url, style=Style(link=url) if frame.links or frame.export else "")
                    whole.no_wrap, whole.overflow = True, "ignore"
                    parts.append(whole)
        parts.append(footer(frame, article_only=True))
        return Group(*parts)

    return responsive(draw)
