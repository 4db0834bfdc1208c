"""Every class of decoy of claims/decoys.py: its examples give no *contradicts* of the claim
they name (no claim, or one judged at its own time), and its counter-examples, of the same
shape, are still read and judged as they say."""

from __future__ import annotations

import pytest

from sco_cli import api
from sco_cli.claims.decoys import DECOYS


def _checked(date: str, sentence: str) -> list[tuple[str, str, object, str]]:
    claims = api.check_text(f"date {date}\n\n{sentence}\n").document["claims"]
    return [
        (c["claim"]["kind"], c["claim"]["subject"], c["claim"]["value"], c["verdict"])
        for c in claims
    ]


EXAMPLES = [(d.name, *example) for d in DECOYS for example in d.examples]
COUNTERS = [(d.name, *counter) for d in DECOYS for counter in d.counter_examples]


@pytest.mark.parametrize(("decoy", "date", "sentence", "claim"), EXAMPLES)
def test_a_decoy_gives_no_contradiction(
    decoy: str, date: str, sentence: str, claim: tuple[str, str, object]
) -> None:
    red = [c[:3] for c in _checked(date, sentence) if c[3] == "contradicts"]
    assert tuple(claim) not in red, (decoy, red)


@pytest.mark.parametrize(("decoy", "date", "sentence", "claim"), COUNTERS)
def test_a_sentence_of_the_same_shape_is_still_read(
    decoy: str, date: str, sentence: str, claim: tuple[str, str, object, str]
) -> None:
    assert tuple(claim) in _checked(date, sentence), decoy


def test_every_class_has_examples_and_counter_examples() -> None:
    for decoy in DECOYS:
        assert decoy.examples, decoy.name
        assert decoy.counter_examples, decoy.name
