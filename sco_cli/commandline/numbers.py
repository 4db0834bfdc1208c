"""Numbers and dates as the user types them.

Python's int() and str.isdigit() take the digits of any script (full-width,
Arabic-Indic, Devanagari, ...), while dates are compared as ISO text: a date
must be written in ASCII digits before it is compared. Every decimal digit is
turned into its ASCII twin here; anything else that looks like a digit
(superscripts, circled numbers) is not one, and is refused where it is read.
"""

from __future__ import annotations

import os


def ascii_digits(text: str) -> str:
    """Full-width '2017-01' (U+FF12 ...) -> '2017-01'; other characters are left as they are."""
    if text.isascii():
        return text
    return "".join(str(int(c)) if c.isdecimal() else c for c in text)


MAX_COLUMNS = 1_000  # a wider terminal is a typo (COLUMNS=1000000000 once took gigabytes)
# Narrower, a view or the help draws a character or two a line (COLUMNS=1): it is drawn
# 20 wide instead, and the terminal wraps it, which reads better.
MIN_COLUMNS = 20


def env_width(name: str = "COLUMNS") -> int | None:
    """COLUMNS (or LINES) as a number from 1 to 1,000, or None when unset or not a number."""
    try:
        value = int(ascii_digits(os.environ.get(name, "")))
    except ValueError:
        return None
    return min(value, MAX_COLUMNS) if value > 0 else None


def env_columns() -> int | None:
    """COLUMNS as a width to draw at: from 20 (MIN_COLUMNS) to 1,000, or None when unset."""
    value = env_width("COLUMNS")
    return None if value is None else max(value, MIN_COLUMNS)
