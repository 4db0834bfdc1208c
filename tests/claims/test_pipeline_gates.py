"""The sentence pipeline's cheap tests (claims/extract.py) skip a rule only where it
cannot apply: every status noun the lexicon spells holds one of ROW_WORDS."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_cli.claims import counts, founding, lexicon, scope, timing
from sco_cli.claims.extract import ROW_WORDS, claims_in
from sco_cli.claims.patterns import rx


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@pytest.mark.parametrize("status", sorted(lexicon.STATUS_NOUNS))
@given(data=st.data())
def test_every_status_noun_holds_a_row_word(status: str, data: st.DataObject) -> None:
    noun = data.draw(st.from_regex(re.compile(lexicon.STATUS_NOUNS[status], re.I), fullmatch=True))
    if noun.isascii():  # the gate is tried on ASCII text only
        assert ROW_WORDS.search(noun.lower()), noun


def test_rows_and_fact_lines_still_read() -> None:
    # a row with a year: the status held, and the year it was taken up (claims.tables)
    assert [(c.kind, c.value) for c in claims_in("Iran | Member | 2023")] == [
        ("status", "member"),
        ("joined", "member"),
    ]
    assert [c.value for c in claims_in("Iran  Member  2023")] == ["member"]  # no pipes
    assert [(c.kind, c.value) for c in claims_in("Members: 10")] == [("count", 10)]
    assert claims_in("Trade between the two sides grew steadily, officials said.") == []


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@pytest.mark.parametrize("rule", range(3))
@given(data=st.data())
def test_every_match_of_a_gated_body_rule_holds_its_word(rule: int, data: st.DataObject) -> None:
    """scope._last skips a window without the words a rule needs: every match holds one."""
    pattern, needs = list(scope.needs().items())[rule]
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    match = pattern.fullmatch(text)
    assert match is not None
    assert any(word in match.group() for word in needs), text


GATED = {  # a case-blind pattern, and the words one of which (in lower case) each match holds
    "at the time": (timing._AT_THE_TIME, timing.AT_THE_TIME_WORDS),
    "after words": (timing._AFTER_WORD, timing.AFTER_WORDS),
    "spaced count": (counts._SPACED, counts.SPACED_WORDS),
    "founded": (rx("founded"), founding.FOUNDED_WORDS),
    "number of": (re.compile("(?:number|total) of", re.I), ("number of", "total of")),
}


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@pytest.mark.parametrize("name", sorted(GATED))
@given(data=st.data())
def test_every_ascii_match_of_a_gated_rule_holds_its_word(name: str, data: st.DataObject) -> None:
    """lexicon.may_hold skips these patterns on ASCII text without their words."""
    pattern, words = GATED[name]
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    if text.isascii():
        assert lexicon.may_hold(text, words), text
    assert lexicon.may_hold("\u017fet up in 2001", ("set",))  # not ASCII: always tried


def test_a_gated_body_rule_still_reads_its_body() -> None:
    assert scope.by_other("the SCO Business Council admitted Iran", 0, 30)
    assert scope.by_other("the Shanghai Five members", 0, 18)
    assert scope.by_other("the members of NATO", 0, 19)
    assert not scope.by_other("the SCO members", 0, 8)
    assert [c.kind for c in claims_in("The SCO was set up in Shanghai in 2001.")] == ["founding"]


# pieces of text around another organisation's name: its first letters alone, word
# characters glued before or after it, the separators its names hold
_AROUND = st.sampled_from([*"aBCEGNOQSUW_5+-. \n\u00e9", "EUR", "xNATO", "Shanghai", "OPEC+"])
_NAMED = st.one_of(
    _AROUND, *(st.from_regex(re.compile(name), fullmatch=True) for name in lexicon.OTHER_NAMES)
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@given(st.lists(_NAMED, max_size=8).map("".join))
def test_other_organisation_opened_by_a_class_finds_what_the_plain_pattern_finds(
    text: str,
) -> None:
    """other_organisation() opens with one class of capitals (a speed-up): the same matches
    as the plain \\b(?:name|...)\\b at every place it is tried."""
    plain = re.compile(rf"\b(?:{'|'.join(lexicon.OTHER_NAMES)})\b")
    opened = lexicon.other_organisation()
    assert [m.span() for m in opened.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for position in range(len(text) + 1):
        found, expected = opened.match(text, position), plain.match(text, position)
        assert (found and found.span()) == (expected and expected.span()), (text, position)


def test_only_names_that_open_with_a_capital_are_opened_by_one() -> None:
    with pytest.raises(ValueError, match="capital"):
        lexicon.opened_by_capital(["BRICS", r"\bG20"])
    assert re.fullmatch(lexicon.opened_by_capital(["NATO", "Nations"]), "Nations")
