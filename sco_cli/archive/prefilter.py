"""Which records may hold an SCO claim: one that names the SCO by none of its names is
skipped before it is parsed (a news archive is mostly about other things).

The words come from the claims engine's own list of the SCO's names
(claims.notice.NAMES, each name's pattern with the word every match of it
begins with), so the two cannot drift. The test is a superset of the engine's:
the text is casefolded once and each word looked for with `in` (memchr-fast), a
whole word checked at its few places; a record that passes is then parsed and
gated by the engine's exact test (notice.mentions_sco, which tries each pattern
only where its word stands). Measured on the benchmark's news (benchmarks/
archive.py), about 50 MB/s on a loaded machine, against about 2 MB/s for the
one regular expression, its case ignored, over the same text.
"""

from __future__ import annotations

import re
from typing import AnyStr

from sco_cli.claims.notice import NAMES, fold

# Each word once; a word wanted whole anywhere is only looked for whole where no
# name wants it as a part (then any occurrence will do).
_PARTS = tuple(sorted({n.word for n in NAMES if not n.whole}))
_WHOLE = tuple(sorted({n.word for n in NAMES if n.whole} - set(_PARTS)))


def may_name_sco(text: str) -> bool:
    """False only when the text cannot name the SCO (by notice.NAMES): safe to skip."""
    folded = fold(text)
    if any(word in folded for word in _PARTS):
        return True
    return any(_whole(folded, word) for word in _WHOLE)


def may_name_sco_json(line: str) -> bool:
    """Of a raw JSON text: as may_name_sco, and True wherever a \\u escape may hide
    a letter of a name (the record is then parsed and tested); an escape such as \\n
    is a space, not the letter n before a word."""
    return "\\u" in line or may_name_sco(_ESCAPE.sub(" ", line))


_ESCAPE = re.compile(r'\\[bfnrt"/\\]')


# The words in ASCII, as bytes: an ASCII line is read without being decoded. A whole
# word is a pattern that begins with its literal (re then finds it as fast as find),
# its edges looked at after: in lowered ASCII, a word character is [a-z0-9_], and an
# escape before the word (\\n, \\t) stands for a space.
_ASCII_PARTS = tuple(w.encode() for w in _PARTS if w.isascii())
_ASCII_WHOLE = tuple(
    re.compile(
        rb"%s(?:(?<![a-z0-9_]%s)|(?<=\\[bfnrt]%s))(?![a-z0-9_])"
        % (re.escape(w), re.escape(w), re.escape(w))
    )
    for w in (w.encode() for w in _WHOLE if w.isascii())
)


def may_name_sco_raw(line: bytes) -> bool:
    """may_name_sco_json of a raw UTF-8 line: an ASCII one (most, and every line of JSON
    written with escapes) lowered and searched as bytes; any other decoded first."""
    if not line.isascii():
        return may_name_sco_json(line.decode("utf-8", errors="replace"))
    if b"\\u" in line:
        return True
    lowered = line.lower()  # for ASCII, what casefold gives
    if any(word in lowered for word in _ASCII_PARTS):
        return True
    return any(word.search(lowered) for word in _ASCII_WHOLE)


def _whole(folded: AnyStr, word: AnyStr) -> bool:
    """Whether `word` stands in `folded` with no word character either side."""
    start = folded.find(word)
    while start >= 0:
        end = start + len(word)
        before = folded[start - 1 : start]
        after = folded[end : end + 1]
        if not _word_char(before) and not _word_char(after):
            return True
        start = folded.find(word, start + 1)
    return False


def _word_char(char: AnyStr) -> bool:
    """A character \\b counts as part of a word (re: alphanumeric or the underscore);
    an empty one (the text's edge) is none."""
    return char.isalnum() or char in ("_", b"_")
