"""Text from an article, a data file or the user is shown, never obeyed.

`shown()` is the one function every string passes through before it reaches a
terminal or a text format (plain, tsv, csv, markdown, rich, the SVG, HTML and
text exports, errors, completion help). It replaces each character that could
drive a terminal or break XML by one visible character: a C0 control by its
Control Picture (ESC is shown as ␛, a bell as ␇), DEL as ␡, and a C1 control
(U+009B is a one-character CSI), a bidirectional override, embedding, isolate
or mark (they reorder what a reader sees), a lone surrogate (an undecodable
byte in a file name) or an XML non-character (U+FFFE/U+FFFF) as U+FFFD.
Tab and line feed are kept: the formats that need one line a record fold them.

One character for one keeps every offset right: a search hit at [start, end)
in the article is at [start, end) in what is shown, and is highlighted there.

JSON keeps every character as data: json.dumps escapes the C0 controls, and
`json_safe()` writes the rest as \\uXXXX escapes, so the values parse back intact.

`spreadsheet_safe()` is the OWASP rule for CSV: a text cell that a spreadsheet
would read as a formula gets a leading apostrophe.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from sco_cli.output.lazy import Lazy

# One character class, so a scan is a single linear pass (no backtracking).
_UNSAFE_CLASS = (
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
    "\ud800-\udfff\ufffe\uffff]"
)
_REPLACEMENT = "\ufffd"


@cache
def _unsafe() -> re.Pattern[str]:
    """Compiled when first needed (about half a millisecond: a class beyond Latin-1
    is a 64K-entry table): printable text, most of what sco shows, never needs it."""
    return re.compile(_UNSAFE_CLASS)


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: U+241B for ESC
    return "\u2421" if code == 0x7F else _REPLACEMENT


def shown(text: str) -> str:
    """`text` with every terminal-driving or XML-breaking character made visible,
    one character for one (so offsets into `text` hold in the result)."""
    # Every character shown() replaces is a control, a format character, a
    # surrogate or a non-character: none is printable. Printable text (no tab or
    # line feed either) is the common case, and is answered without a scan.
    if text.isprintable() or _unsafe().search(text) is None:
        return text  # nothing to replace, no copy
    return _unsafe().sub(_picture, text)


def shown_line(text: str) -> str:
    """`shown()`, and a line feed or tab made visible too (␊, ␉): for a name that
    must stay on its one line, such as a file name in a message."""
    return shown(text).replace("\n", "\u240a").replace("\t", "\u2409")


def shown_tree(value: Any) -> Any:
    """`shown()` applied to every string in a JSON-like value (dicts, lists, tuples).

    Keys are cleaned too: a field name can come from a user's --fields."""
    if isinstance(value, str):
        return shown(value)
    if isinstance(value, dict):
        return {shown_tree(k): shown_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if all(type(v) is int for v in value):  # paragraph numbers: nothing to show safely
            return value
        return type(value)(shown_tree(v) for v in value)
    if isinstance(value, Lazy):  # built as it is read: made safe as it is built
        return value.mapped(shown_tree)
    return value


def json_safe(text: str) -> str:
    """JSON text with every character `shown()` would replace written as a \\uXXXX escape.

    json.dumps escapes C0 controls but leaves C1 controls, bidi controls and
    lone surrogates raw; escaped, the document parses to the very same values
    and can still be printed to a terminal. They occur only inside strings."""
    if text.isprintable() or _unsafe().search(text) is None:
        return text
    return _unsafe().sub(lambda m: f"\\u{ord(m.group()):04x}", text)


# A cell a spreadsheet would evaluate starts with one of these (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def spreadsheet_safe(value: Any, text: str) -> str:
    """`text`, the CSV cell of `value`, with a leading ' when a spreadsheet would run it.

    Numbers (a number type, or text that is exactly a number such as -5) are
    left alone, so that a column of them stays numeric."""
    if isinstance(value, int | float) or not text.startswith(_FORMULA_START):
        return text
    if _NUMBER.fullmatch(text):
        return text
    return "'" + text
