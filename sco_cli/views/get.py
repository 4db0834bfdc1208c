"""Rich views of `sco get`: answers (as evidence cards with --evidence), and the paths."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from sco_cli.views import (
    ACCENT,
    MUTED,
    Frame,
    cards,
    evidence_card,
    footer,
    key_values,
    plural,
    quotes_of,
    responsive,
    simple_table,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.get import PathsDoc

# The keys of a `sco get` document that are not paths asked for.
NOT_PATHS = frozenset({"schema_version", "document"})


def get(doc: Mapping[str, Any]) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        answers = [(path, answer) for path, answer in doc.items() if path not in NOT_PATHS]
        with_evidence = any(isinstance(a, dict) and "evidence" in a for _, a in answers)
        if with_evidence:
            body = cards(
                evidence_card(
                    frame,
                    path=path,
                    value=_shown(answer["value"]),
                    quotes=quotes_of(answer["evidence"]),
                    notes=answer["notes"],
                    source=answer["source"],
                )
                for path, answer in answers
            )
        else:
            body = key_values(
                frame,
                [(Text(path, style=f"bold {ACCENT}"), _value(value)) for path, value in answers],
                whole_labels=True,
            )
        return Group(
            title("sco get", plural(len(answers), "answer")), Text(""), body, footer(frame)
        )

    return responsive(draw)


def _shown(value: object) -> object:
    """An object (a group of facts) as its JSON text; anything else as it is."""
    if isinstance(value, dict):
        from sco_cli.output.cells import cell

        return cell(value)
    return value


def _value(value: object) -> RenderableType:
    from sco_cli.views import value_text

    shown = value_text(_shown(value))
    if isinstance(shown, Text):
        shown.stylize("bold")
    return shown


def paths(doc: PathsDoc) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        items = doc["paths"]
        needed = sum(
            max(len(_source_word(i[c])) for i in items) for c in ("path", "type", "source")
        )
        if items and frame.width >= needed + 3 * 3 + 24:
            listing = simple_table()
            listing.add_column("path", no_wrap=True, style=f"bold {ACCENT}")
            listing.add_column("type", no_wrap=True)
            listing.add_column("source", no_wrap=True)
            listing.add_column("description", ratio=1, min_width=24)
            for item in items:
                listing.add_row(
                    Text(item["path"]),
                    Text(item["type"]),
                    Text(_source_word(item["source"])),
                    Text(item["description"]),
                )
            body: RenderableType = listing
        else:
            blocks: list[RenderableType] = []
            for item in items:
                blocks.append(
                    Text.assemble(
                        (item["path"], f"bold {ACCENT}"),
                        ("  ", ""),
                        (f"{item['type']} · {_source_word(item['source'])}", MUTED),
                    )
                )
                blocks.append(Padding(Text(item["description"]), (0, 0, 0, 2)))
            body = Group(*blocks)
        return Group(
            title("sco get", f"{plural(len(items), 'path')} to ask for: sco get PATH"),
            Text(""),
            body,
            footer(frame),
        )

    return responsive(draw)


def _source_word(source: str) -> str:
    """'reference (reference/sco-status-events.csv, as of ...)' -> 'reference':
    the footer names the file and its date once."""
    return source.split(" (", 1)[0]
