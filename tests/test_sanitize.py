"""Text from outside is shown, not obeyed: the one function, character class by class."""

from __future__ import annotations

import pytest

from sco_cli.output.sanitize import shown, shown_tree, spreadsheet_safe

HOSTILE = {
    "CSI clear screen": "\x1b[2J",
    "OSC 0 window title": "\x1b]0;OWNED\x1b\\",
    "OSC 52 clipboard": "\x1b]52;c;ZWNobyBvd25lZA==\x07",
    "OSC 8 link": "\x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "C1 CSI": "\x9b2J",
    "C1 NEL": "\x85",
    "backspace and bell": "abc\x08\x08\x07",
    "carriage return": "safe\rEVIL",
    "DEL": "\x7f",
    "NUL": "\x00",
    "bidi override": "\u202eevil\u202c",
    "bidi isolate": "\u2066\u2067\u2068\u2069",
    "LRM RLM ALM": "\u200e\u200f\u061c",
    "lone surrogate (undecodable file name byte)": "name\udcff.txt",
    "XML non-characters": "\ufffe\uffff",
}


def _drives_a_terminal(ch: str) -> bool:
    """Written apart from the module's own pattern, from the character classes."""
    code = ord(ch)
    return (
        (code < 0x20 and ch not in "\t\n")
        or 0x7F <= code <= 0x9F
        or 0x202A <= code <= 0x202E
        or 0x2066 <= code <= 0x2069
        or code in (0x200E, 0x200F, 0x061C, 0xFFFE, 0xFFFF)
        or 0xD800 <= code <= 0xDFFF
    )


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_no_terminal_driving_character_survives(text: str) -> None:
    assert any(_drives_a_terminal(ch) for ch in text)
    safe = shown(text)
    assert not any(_drives_a_terminal(ch) for ch in safe), ascii(safe)
    safe.encode("utf-8")  # no lone surrogate is left to break an encoder


def test_each_character_is_shown_by_one_visible_character() -> None:
    assert shown("a\x1b[2Jb") == "a\u241b[2Jb"  # ␛: the Control Picture of ESC
    assert shown("\x07\x00\r") == "\u2407\u2400\u240d"
    assert shown("\x7f") == "\u2421"
    assert shown("\x9b") == "\ufffd"
    assert shown("\u202e") == "\ufffd"
    assert shown("\udcff") == "\ufffd"


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_offsets_hold_one_character_for_one(text: str) -> None:
    framed = f"ab{text}trade"
    safe = shown(framed)
    assert len(safe) == len(framed)
    start = framed.index("trade")
    assert safe[start : start + 5] == "trade"


def test_ordinary_text_is_untouched_and_not_copied() -> None:
    text = "Tianjin 天津 — «Шанхайский дух» ☃ \U0001f600 e\u0301 \ue000\tline\nnext"
    assert shown(text) is text


def test_trees_are_cleaned_keys_and_values() -> None:
    tree = {"a\x1b": ["x\x9b", ("y\u202e", 3)], "n": None, "b": True}
    assert shown_tree(tree) == {"a\u241b": ["x\ufffd", ("y\ufffd", 3)], "n": None, "b": True}


@pytest.mark.parametrize(
    ("value", "cell", "expected"),
    [
        ("=1+1", "=1+1", "'=1+1"),
        ("+cmd", "+cmd", "'+cmd"),
        ("-2+3", "-2+3", "'-2+3"),
        ("@SUM(A1)", "@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "\tx", "'\tx"),
        ("\rx", "\rx", "'\rx"),
        (-5, "-5", "-5"),
        (1.5, "1.5", "1.5"),
        ("-5", "-5", "-5"),
        ("+3.25e2", "+3.25e2", "+3.25e2"),
        ("Tianjin", "Tianjin", "Tianjin"),
        ("", "", ""),
    ],
)
def test_spreadsheet_formulas_are_neutralised_numbers_are_not(
    value: object, cell: str, expected: str
) -> None:
    assert spreadsheet_safe(value, cell) == expected


@pytest.mark.slow
def test_linear_on_long_hostile_input() -> None:
    # One pass: a megabyte of escapes is escaped in one call, each character once.
    text = "\x1b" * 1_000_000
    assert shown(text) == "\u241b" * 1_000_000


def test_printable_text_needs_no_scan_since_nothing_replaced_is_printable() -> None:
    # shown() and json_safe() answer printable text without their pattern: that
    # holds because every character the pattern replaces is unprintable.
    import re

    from sco_cli.output.sanitize import _UNSAFE_CLASS, json_safe

    every = "".join(map(chr, range(0x110000)))
    replaced = "".join(re.findall(_UNSAFE_CLASS, every))
    assert len(replaced) > 2048  # the C0 and C1 controls, the bidi controls, the surrogates...
    assert not any(c.isprintable() for c in replaced)
    for c in replaced:
        assert shown(c) != c
        assert json_safe(c) == f"\\u{ord(c):04x}"
