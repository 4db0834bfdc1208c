"""One value as the text of a cell, in plain, CSV, Markdown and rich tables alike; JSON text."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from sco_cli.output.lazy import Lazy
from sco_cli.output.sanitize import json_safe

if TYPE_CHECKING:
    import json


def json_text(document: Any, indent: int | None = 2) -> str:
    """A document as JSON text, non-ASCII kept, with a final line end."""
    text = _encoder(indent).encode(document)
    return json_safe(text) + "\n"


@cache
def _encoder(indent: int | None) -> json.JSONEncoder:
    """The encoder json.dumps would make for these options, made once (a run encodes a
    line a claim: one encoder each cost more than the line's encoding)."""
    import json

    return json.JSONEncoder(ensure_ascii=False, indent=indent, default=_to_json)


def json_chunks(document: Any, indent: int = 2) -> Iterator[str]:
    """`json_text(document, indent)` in pieces, the same text: a long list that is
    built as it is read (lazy.Lazy) is written an item at a time, never held
    as one string (nor as the many small pieces json.dumps joins)."""
    yield from _chunks(document, indent, 0)
    yield "\n"


def _chunks(value: Any, indent: int, level: int) -> Iterator[str]:
    inner = "\n" + " " * (indent * (level + 1))
    if (
        isinstance(value, dict)
        and all(type(k) is str for k in value)
        and any(isinstance(v, Lazy) for v in value.values())
    ):
        separator = "{"
        for key, item in value.items():
            yield f"{separator}{inner}{json_text(key, None)[:-1]}: "
            yield from _chunks(item, indent, level + 1)
            separator = ","
        yield "\n" + " " * (indent * level) + "}"
    elif isinstance(value, Lazy) and value:
        separator = "["
        for item in value:
            yield separator + inner
            yield from _chunks(item, indent, level + 1)
            separator = ","
        yield "\n" + " " * (indent * level) + "]"
    else:  # written whole, indented to its place (a JSON string never holds a raw line end)
        yield json_text(value, indent)[:-1].replace("\n", inner[:-indent] if indent else "\n")


def _to_json(value: Any) -> Any:
    """A compact value in a document (search.Spans) says how it is written in JSON."""
    to_json = getattr(value, "to_json", None)
    if to_json is None:
        raise TypeError(f"{type(value).__name__} is not JSON")
    return to_json()


def cell(value: Any, *, keep_lines: bool = False) -> str:
    """One value as text. Lists join with '; '; objects become JSON; tabs and
    line breaks become spaces so a record stays on its line (CSV may keep them)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text_form = getattr(value, "text", None)  # reports.Listed, search.Spans: JSON lists
    if callable(text_form):  # with a text form of their own ('1-5', '4-11,20-27')
        return cell(text_form(), keep_lines=keep_lines)
    if isinstance(value, list | tuple):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return json_text(value, indent=None)[:-1]
    text = str(value)
    if keep_lines:
        return text
    return " ".join(text.replace("\t", " ").splitlines())
