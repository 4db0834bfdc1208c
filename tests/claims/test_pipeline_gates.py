"""The sentence pipeline's cheap tests (claims/extract.py) skip a rule only where it
cannot apply: every status noun the lexicon spells holds one of ROW_WORDS."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_cli.claims import lexicon, scope
from sco_cli.claims.extract import ROW_WORDS, claims_in


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@pytest.mark.parametrize("status", sorted(lexicon.STATUS_NOUNS))
@given(data=st.data())
def test_every_status_noun_holds_a_row_word(status: str, data: st.DataObject) -> None:
    noun = data.draw(st.from_regex(re.compile(lexicon.STATUS_NOUNS[status], re.I), fullmatch=True))
    if noun.isascii():  # the gate is tried on ASCII text only
        assert ROW_WORDS.search(noun.lower()), noun


def test_rows_and_fact_lines_still_read() -> None:
    assert [c.value for c in claims_in("Iran | Member | 2023")] == ["member"]
    assert [(c.kind, c.value) for c in claims_in("Members: 10")] == [("count", 10)]
    assert claims_in("Trade between the two sides grew steadily, officials said.") == []


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@pytest.mark.parametrize("rule", range(len(scope._NEEDS)))
@given(data=st.data())
def test_every_match_of_a_gated_body_rule_holds_its_word(rule: int, data: st.DataObject) -> None:
    """scope._last skips a window without the words a rule needs: every match holds one."""
    pattern, needs = list(scope._NEEDS.items())[rule]
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    match = pattern.fullmatch(text)
    assert match is not None
    assert any(word in match.group() for word in needs), text


def test_a_gated_body_rule_still_reads_its_body() -> None:
    assert scope.by_other("the SCO Business Council admitted Iran", 0, 30)
    assert scope.by_other("the Shanghai Five members", 0, 18)
    assert not scope.by_other("the SCO members", 0, 8)
