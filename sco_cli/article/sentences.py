"""A paragraph's sentences: where one ends, and the abbreviations that do not end one.

Used by the parser (sco_cli.article.parse) and by a Paragraph whose sentences are
split when first asked for (sco_cli.article.model), which need not load the
parser for it.
"""

from __future__ import annotations

import re
from functools import cache

# A sentence ends at . ! or ?, perhaps followed by closing quotes or brackets,
# then white space and something that can open a sentence.
_CLOSERS = "\"'\u201d\u2019)\\]"  # straight and typographic closing quotes, brackets
_OPENERS = "\"'\u201c\u2018(\\["
# Linear on any text: a match may start only where a run of . ! ? starts (the
# look-behind, after its first mark: a pattern that opens with the marks lets the
# scan skip to the next one), and the possessive quantifiers never give back what
# they took, so a run of n full stops costs n steps, not n squared.
# A Russian sentence goes on after a lower-case Cyrillic letter too (after "2001 g." in
# Cyrillic); a Chinese one ends at its full stop, exclamation or question mark (U+3002,
# U+FF01, U+FF1F) with no space after it. Both kinds open with one class of all the marks
# (each branch then looks back at which it was): re skips to the next mark in C only
# when the whole pattern opens with one class, not with a choice of two.
_SENTENCE_END = (
    "[.!?\u3002\uff01\uff1f]"
    f"(?:(?<=[.!?])(?<![.!?]{{2}})[.!?]*+[{_CLOSERS}]*+"
    f"(?=\\s++[{_OPENERS}]?+[^\\s{_OPENERS}a-z\u0430-\u044f\u0451])"
    "|(?<=[\u3002\uff01\uff1f])[\u3002\uff01\uff1f]*+[\u201d\u2019\u300d\u300f\uff09)]*+)"
)
_WORD_BEFORE = r"[\w.]+$"
_WORD_CHARS = r"[\w.]+"

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr no vs etc e.g i.e u.s u.k u.n inc ltd co corp gen gov sen rep "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx dept est fig lt col maj capt adm"
    " amb pres hon brig cmdr".split()
    # Russian: "2001 g.", "t.e.", "mln" (year, that is, million...), written in Cyrillic
    + "\u0433 \u0433\u0433 \u0442.\u0435 \u0442.\u0434 \u0442.\u043f \u0434\u0440 \u043c\u043b\u043d \u043c\u043b\u0440\u0434 \u0442\u044b\u0441".split()
)


# Initials of names transliterated from Cyrillic or Mongolian, one sound in two or three
# Latin letters: "Ts.", "Sh.", "Kh.", "Zh.", "Dzh." (written with a capital, never words).
_DIGRAPHS = frozenset("ts sh kh ch zh yu ya dzh sch tch".split())


@cache
def _rx(pattern: str) -> re.Pattern[str]:
    """Compiled on first use: a warm start that reads a cached article needs none."""
    return re.compile(pattern)


def split_normalized(text: str) -> tuple[str, ...]:
    """The sentences of `text`, its white space already normalised."""
    sentences: list[str] = []
    start = 0
    for match in _rx(_SENTENCE_END).finditer(text):
        # The word before the full stop: a short look back is enough, and copies little.
        before = text[max(start, match.start() - 40) : match.start()]
        if match.group().startswith(".") and _is_abbreviation(before):
            continue
        sentences.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return tuple(sentences)


def _is_abbreviation(before: str) -> bool:
    # `before` is at most 40 characters; its last word, read backwards from its end
    # (a match where the search would try each start), unless a line end closes it
    if before.endswith("\n"):
        match = _rx(_WORD_BEFORE).search(before)
    else:
        match = _rx(_WORD_CHARS).match(before[::-1])
    if not match:
        return False
    word = match.group() if before.endswith("\n") else match.group()[::-1]
    if len(word) == 1 and word.isupper():  # an initial: "J. Smith"
        return True
    if word.istitle() and word.lower() in _DIGRAPHS:  # "Ts. Elbegdorj", "Sh. Mirziyoyev"
        return True
    return word.lower() in _ABBREVIATIONS
