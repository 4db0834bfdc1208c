"""An article's bytes as text: the encoding decided once, as browsers decide it.

The same rules for a file, standard input and a URL, in the order of the
WHATWG encoding standard: a byte order mark (UTF-8, UTF-16 LE or BE) wins;
then the charset the HTTP answer names; then, for a page, a <meta charset> in
its first 1,024 bytes; then detection: UTF-16 without a mark (every other byte
zero), UTF-8 when the bytes are valid UTF-8, else windows-1252 (what browsers
read Latin-1 as). A charset that names no text encoding (idna, undefined, an
unknown name) is passed over, as browsers pass it over. A NUL left in the text
makes it binary, from a file as from a URL: refused, never read in part.
"""

from __future__ import annotations

import codecs
import re

from sco_cli.errors import DataError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The names browsers accept, as Python's codecs name them once looked up.
_TEXT_ENCODINGS = re.compile(
    r"(utf-8|utf-16(-[lb]e)?|ascii|latin-1|iso8859-\d+|cp\d+|koi8-\w+|mac-\w+|shift_jis\w*"
    r"|euc_\w+|gb\w+|big5\w*|iso2022_\w+|hz|tis-620|kz1048|ptcp154)"
)
# WHATWG reads these labels as windows-1252; UTF-16 without a mark as little-endian.
_AS_BROWSERS = {
    "ascii": "cp1252",
    "latin-1": "cp1252",
    "iso8859-1": "cp1252",
    "utf-16": "utf-16-le",
}
_META = re.compile(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([-\w.:]+)", re.IGNORECASE)
_PRESCAN = 1024


def encoding_of(data: bytes, declared: str | None = None, *, page: bool = False) -> str:
    """The encoding to read `data` in: its BOM's, the `declared` charset (HTTP),
    a page's <meta charset>, or the one detected."""
    for mark, name in _BOMS:
        if data.startswith(mark):
            return name
    chosen = known(declared)
    if chosen:
        return chosen
    if page:
        meta = _META.search(data[:_PRESCAN])
        chosen = known(meta[1].decode("ascii", "replace")) if meta else None
        if chosen:
            # A page whose meta could be read as ASCII is not UTF-16 (as browsers say).
            return "utf-8" if chosen.startswith("utf-16") else chosen
    return _detected(data)


def known(label: str | None) -> str | None:
    """The codec a charset label names, when it names a text encoding browsers read."""
    if not label or len(label) > 40:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except (LookupError, UnicodeError, ValueError):
        return None
    if not _TEXT_ENCODINGS.fullmatch(name):
        return None
    return _AS_BROWSERS.get(name, name)


def _detected(data: bytes) -> str:
    sample = data[:4096]
    if len(sample) >= 4:
        even, odd = sample[0::2], sample[1::2]
        # Text in UTF-16 without a BOM: most ASCII characters have a zero high byte.
        if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
            return "utf-16-le"
        if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
            return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # Cut in the middle of a character at the very end is still UTF-8.
        if error.start < len(data) - 3:
            return "cp1252"
    return "utf-8"


def decoded(name: str, data: bytes, declared: str | None = None, *, page: bool = False) -> str:
    """`data` as text, in the encoding encoding_of decides, without its BOM; a
    byte no character is shown as U+FFFD. A NUL in the text: DataError."""
    encoding = encoding_of(data, declared, page=page)
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    nul = text.find("\x00")
    if nul >= 0:
        raise DataError(f"{name}: a binary file, not text (a NUL character at offset {nul:,})")
    return text
