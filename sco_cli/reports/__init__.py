"""What each command answers, as data: a JSON document and the rows of its record view.

Nothing here formats text for a terminal: output.py prints a Report as
plain, JSON, CSV or rich output, and the rich views (views/N.py) read the
same document the JSON carries, so JSON always holds at least what people
see. One module a command, named as the command is.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

JSON = dict[str, Any]

SCHEMA_VERSION = 1


class Report(NamedTuple):
    """One command's answer: `document` for JSON, `columns`/`rows` for records,
    `view` names the function of views/N.py that draws it on a terminal."""

    document: JSON
    columns: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]
    view: str
    plain: str | None = None  # plain text, where records would not read well (sco get)
    notice: str | None = None  # a caveat for stderr, whatever the format
    exit_code: int = 0  # after printing: `sco verify` prints its report, then fails


class Listed(list[Any]):
    """A list field of a record: a list in every JSON format and text() in text
    formats, so a field has one JSON type everywhere (as search.Spans is a list
    of [start, end] in JSON and '4-11,20-27' in text). Each subclass says how it
    reads as text, from its items alone: copies of it (sanitize) keep that."""

    separator = "; "

    def text(self) -> str:
        return self.separator.join(str(item) for item in self)


class CommaList(Listed):
    """['security', 'shared'] -> 'security,shared'."""

    separator = ","


class SourceList(Listed):
    """Sources (URLs, names) -> 'a, b'."""

    separator = ", "


class NumberSpan(Listed):
    """Consecutive numbers: [6, 7, 8] -> '6-8'; [4] -> '4'."""

    def text(self) -> str:
        if len(self) < 2:
            return "".join(str(n) for n in self)
        return f"{self[0]}-{self[-1]}"


def versioned(**fields: Any) -> JSON:
    return {"schema_version": SCHEMA_VERSION, **fields}
