"""The pre-filter never skips a record the check would read: it passes every text that
names the SCO (the engine's own test, claims.notice), and every text the repository
owns in which the full check finds a claim and the SCO is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_cli.archive.prefilter import may_name_sco, may_name_sco_json, may_name_sco_raw
from sco_cli.claims.inputs import read
from sco_cli.claims.notice import _SCO, NAMES, fold, mentions_sco
from sco_cli.dataset import data_dir
from tests.claims.corpus import ARTICLES

SPELLINGS = [
    "SCO",
    "sco",
    "Shanghai Cooperation Organisation",
    "SHANGHAI  co-operation",
    "Shanghai\nFive",
    "Shanghai 5",
    "\u0428\u041e\u0421",
    "\u0448\u043e\u0441",
    "\u0428\u0430\u043d\u0445\u0430\u0439\u0441\u043a\u0430\u044f",
    "上合",
    "上海合作组织",
    "OCS",
    "Organisation de coopération de Shanghai",
    "Organización de Cooperación de Shanghái",
    "Shangha\u0131 Co-operation",  # the dotless i, which re takes for i
    "SHANGHA\u0130 Five",  # the dotted capital I, which casefolds to two characters
    "\u017fco",  # the long s
]
# Around the names: letters that case-fold oddly (long s, Kelvin, dotted I, sharp s),
# word characters of other scripts, spaces, punctuation.
AROUND = st.text(
    alphabet=st.sampled_from(list("aoscSCO _-.,\n\t\u017f\u212a\u0130\u00df\u0131é5ШОСшос上合海1")),
    max_size=12,
)


@given(st.lists(st.one_of(st.sampled_from(SPELLINGS), AROUND), max_size=8))
@settings(max_examples=400, deadline=None)
def test_a_text_that_names_the_sco_always_passes(parts: list[str]) -> None:
    text = "".join(parts)
    assert mentions_sco(text) == (_SCO.search(text) is not None)  # the fast test is exact
    if mentions_sco(text):
        assert may_name_sco(text)
        assert may_name_sco_json(json.dumps({"text": text}))
        assert may_name_sco_json(json.dumps({"text": text}, ensure_ascii=False))


@given(st.text(max_size=60))
@settings(max_examples=400, deadline=None)
def test_any_text_that_names_the_sco_passes(text: str) -> None:
    assert mentions_sco(text) == (_SCO.search(text) is not None)
    if mentions_sco(text):
        assert may_name_sco(text)


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_each_spelling_passes_and_a_text_without_any_is_skipped(spelling: str) -> None:
    assert mentions_sco(f"In 2024 the {spelling} met.")
    assert may_name_sco(f"In 2024 the {spelling} met.")
    assert may_name_sco_json(f'{{"text": "In 2024 the {spelling} met."}}')


def test_words_that_only_hold_the_letters_are_skipped() -> None:
    text = "In Moscow and San Francisco the disco's score was scoped (OCSP, ASCOT)."
    assert not mentions_sco(text)
    assert not may_name_sco(text)


def test_a_json_escape_may_hide_a_name_and_is_parsed() -> None:
    assert may_name_sco_json('{"text": "the \\u0428\\u041e\\u0421 met"}')
    assert not may_name_sco_json('{"text": "the council met"}')


def test_every_name_of_the_engine_has_its_word_in_what_it_matches() -> None:
    import re

    for name in NAMES:
        found = [re.search(name.pattern, s, re.IGNORECASE) for s in SPELLINGS]
        matched = [m[0] for m in found if m]
        assert matched, name
        assert all(fold(m).startswith(name.word) for m in matched if len(fold(m)) == len(m)), name


def _owned_texts() -> list[Path]:
    """Every article the repository holds: the packaged one, the corpus and held-out sets."""
    found = sorted(Path(data_dir()).glob("article/*.txt"))
    for suffix in ("*.txt", "*.html", "*.htm"):
        found += sorted(ARTICLES.rglob(suffix))
    return found


def test_no_owned_article_with_a_claim_is_skipped() -> None:
    from sco_cli.claims.extract import claims_of

    checked = 0
    for path in _owned_texts():
        document = read(str(path), 2**24)
        if not list(claims_of(document.sentences, document.date or "2025-01-01")):
            continue
        checked += 1
        raw = path.read_bytes().decode("utf-8", errors="replace")
        assert may_name_sco(raw), path  # passes the pre-filter
        assert mentions_sco(document.text), path  # and the gate after it
    assert checked >= 35  # the corpus and its held-out sets, read


@given(st.lists(st.one_of(st.sampled_from(SPELLINGS), AROUND), max_size=8))
@settings(max_examples=300, deadline=None)
def test_a_raw_line_passes_as_its_text_does(parts: list[str]) -> None:
    text = "".join(parts)
    for line in (json.dumps({"text": text}), json.dumps({"text": text}, ensure_ascii=False)):
        raw = line.encode()
        assert may_name_sco_raw(raw) == may_name_sco_json(line)
        if mentions_sco(text):
            assert may_name_sco_raw(raw)
