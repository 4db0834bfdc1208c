"""claims/notice counts an ASCII text by byte tables: the same counts as its regular
expressions, on any text (non-ASCII text is counted by the expressions themselves)."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sco_cli.claims import notice

_LETTER = re.compile(r"[A-Za-z]")
# Words the English test counts, cased and joined every way, with digits, underscores,
# long s and dotless i (which re's case folding reads as s and i) among them.
_PIECES = st.sampled_from(
    ["the", "THE", "And", "of", "its", "it", "has", "have", "x1", "_", "9", " ", "\n", ",",
     "-", "'", "é", "ſ", "ı", "中", "Д", "²", "\u00a0", "a", "Z"]
)  # fmt: skip


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@given(st.lists(_PIECES, max_size=60).map("".join))
@example("The SCO and its members: it has, as of 2025, ten.")
@example("the_and of9 it's")
def test_word_counts_are_the_expressions(text: str) -> None:
    expected = (len(notice._WORD.findall(text)), len(notice._ENGLISH.findall(text)))
    assert notice._words(text) == expected
    assert notice._ascii_letters(text) == len(_LETTER.findall(text))


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@given(st.text(max_size=80))
def test_letters_of_any_text(text: str) -> None:
    assert notice._ascii_letters(text) == len(_LETTER.findall(text))
    assert notice._words(text) == (
        len(notice._WORD.findall(text)),
        len(notice._ENGLISH.findall(text)),
    )
