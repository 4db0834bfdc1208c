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


def versioned(**fields: Any) -> JSON:
    return {"schema_version": SCHEMA_VERSION, **fields}
