"""Which records may hold an SCO claim: one that names the SCO by none of its names is
skipped before it is parsed (a news archive is mostly about other things).

The words come from the claims engine's own list of the SCO's names
(claims.notice.NAMES, each name's pattern with a word every match of it holds),
so the two cannot drift. The test is a superset of the engine's: the text is
casefolded once and each word looked for with `in` (memchr-fast), a whole word
checked at its few places; the record that passes is then read and gated by the
engine's exact test (notice.mentions_sco). Measured on news-like text (see
benchmarks/archive.py): several hundred MB/s, against tens for one compiled
regular expression over the same text.
"""

from __future__ import annotations

from sco_cli.claims.notice import NAMES

# Each word once; a word wanted whole anywhere is only looked for whole where no
# name wants it as a part (then any occurrence will do).
_PARTS = tuple(sorted({n.word for n in NAMES if not n.whole}))
_WHOLE = tuple(sorted({n.word for n in NAMES if n.whole} - set(_PARTS)))


def may_name_sco(text: str) -> bool:
    """False only when the text cannot name the SCO (by notice.NAMES): safe to skip."""
    folded = text.casefold()
    if any(word in folded for word in _PARTS):
        return True
    return any(_whole(folded, word) for word in _WHOLE)


def may_name_sco_json(line: str) -> bool:
    """Of a raw JSON text: as may_name_sco, and True wherever a \\u escape may hide
    a letter of a name (the record is then parsed and tested)."""
    return "\\u" in line or may_name_sco(line)


def _whole(folded: str, word: str) -> bool:
    """Whether `word` stands in `folded` with no word character either side."""
    start = folded.find(word)
    while start >= 0:
        end = start + len(word)
        before = folded[start - 1] if start else " "
        after = folded[end] if end < len(folded) else " "
        if not _word_char(before) and not _word_char(after):
            return True
        start = folded.find(word, start + 1)
    return False


def _word_char(char: str) -> bool:
    """A character \\b counts as part of a word (re: alphanumeric or the underscore)."""
    return char.isalnum() or char == "_"
