"""The text claims are read from: invisible characters out, offsets kept.

A zero-width space inside "nine member states", a soft hyphen inside "nine",
a byte order mark or a bidirectional mark inside a claim hide it from the
rules without changing what a reader sees; so do quotation marks around a status
('have "observer" status', the same in curly quotes: the marks name a term, which reads
the same without them). Each sentence is read with those characters removed;
`Reading.where` maps every character read back to
its place in the original sentence, so a claim's quote and location are the
article's own text, invisible characters and all.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

# Soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space,
# non-joiner and joiner, the bidi marks, embeddings, overrides and isolates, word
# joiner and invisible operators, the deprecated format characters, byte order
# marks, interlinear annotations, and the tag characters; and the combining acute
# accent, which dictionaries and encyclopedias put on Russian words to mark their
# stress ("Шанха́йская организа́ция"): the word is the same without it.
INVISIBLE = (
    "\u0301\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufeff\ufff9-\ufffb\U000e0001\U000e0020-\U000e007f"
)


# A Chinese character's pinyin in brackets after it, as a page's ruby annotations come out
# flattened ("上海合作組織成員國(guó)"): the text is the same without it.
PINYIN = "(?<=[\u4e00-\u9fff])\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,6}\\)"


@cache
def _invisible() -> re.Pattern[str]:
    return re.compile(f"(?:[{INVISIBLE}]|{PINYIN})+")


QUOTES = "\"\u201c\u201d\u2018\u2019'\u00ab\u00bb"


@cache
def _quoted() -> re.Pattern[str]:
    """A status in quotation marks: the marks, to be left out."""
    from sco_cli.claims import lexicon as lx

    words = "|".join(f"(?:{rx})" for rx in (*lx.STATUS_NAMES.values(), *lx.STATUS_NOUNS.values()))
    return re.compile(
        f"(?<!\\w)(?P<open>[\"\u201c\u2018'\u00ab])(?i:{words})(?P<close>[\"\u201d\u2019'\u00bb])(?!\\w)"
    )


def _cuts(text: str) -> list[tuple[int, int]]:
    """[start, end) of each run to leave out, in order."""
    runs = [match.span() for match in _invisible().finditer(text)]
    if any(mark in text for mark in QUOTES):
        for match in _quoted().finditer(text):
            runs += (match.span("open"), match.span("close"))
    return sorted(runs)


class Reading(NamedTuple):
    text: str  # the sentence without its invisible characters
    cuts: tuple[int, ...]  # where in `text` each run of them was taken out, in order
    shifts: tuple[int, ...]  # how many characters were taken out up to and with that run


def reading(text: str) -> Reading | None:
    """`text` without its invisible characters, and where they stood; None when
    it holds none (the common case: read it as it is)."""
    plain = text.isascii() or ("\u0301" not in text and "(" not in text)
    quoted = any(mark in text for mark in QUOTES)
    if not quoted and ((plain and text.isprintable()) or _invisible().search(text) is None):
        return None
    runs = _cuts(text)
    if not runs:
        return None
    kept: list[str] = []
    cuts: list[int] = []
    shifts: list[int] = []
    position = length = removed = 0
    for start, end in runs:
        kept.append(text[position:start])
        length += start - position
        removed += end - start
        cuts.append(length)
        shifts.append(removed)
        position = end
    kept.append(text[position:])
    return Reading("".join(kept), tuple(cuts), tuple(shifts))


def in_original(read: Reading, start: int, end: int) -> tuple[int, int]:
    """[start, end) in the text read, as [start, end) in the original: from its
    first character to just after its last (invisible ones inside included)."""
    first = _original(read, start)
    return first, (_original(read, end - 1) + 1 if end > start else first)


def _original(read: Reading, index: int) -> int:
    from bisect import bisect_right

    runs = bisect_right(read.cuts, index)  # the runs taken out before this character
    return index + (read.shifts[runs - 1] if runs else 0)
