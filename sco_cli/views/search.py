"""Rich view of `sco search`: each hit, where it stands, the matches marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.constrain import Constrain
from rich.padding import Padding
from rich.text import Text

from sco_cli.views import (
    ACCENT,
    MATCH_STYLE,
    MUTED,
    Frame,
    footer,
    plural,
    responsive,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.search import SearchDoc


def search(doc: SearchDoc) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        shown = len(doc["hits"])
        what = f"{plural(doc['total'], 'sentence')} {'matches' if doc['total'] == 1 else 'match'}"
        what += f" {doc['query']!r}"
        if shown < doc["total"]:
            what += f", the best {shown} shown"
        parts: list[RenderableType] = [title("sco search", what), Text("")]
        for hit in doc["hits"]:
            sentence = Text(hit["text"])
            for start, end in hit["matches"]:
                sentence.stylize(MATCH_STYLE, start, end)
            where = Text.assemble(
                (f"{hit['rank']}. ", "bold"),
                (hit["section"], f"bold {ACCENT}"),
                (f" ¶{hit['paragraph']}.{hit['sentence']}", MUTED),
            )
            parts += [where, Constrain(Padding(sentence, (0, 0, 0, 3)), frame.prose), Text("")]
        parts.pop()  # the footer brings its own blank line
        parts.append(footer(frame, article_only=True))
        return Group(*parts)

    return responsive(draw)
