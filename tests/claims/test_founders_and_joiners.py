"""A list of members split into founders and joiners in one sentence ("eight countries:
A, ..., F as the founding states and also G and H that joined in 2017"): the examples and
counter-examples of claims/statuses.py, run through the whole engine."""

from __future__ import annotations

import pytest

from sco_cli.claims.extract import claims_in
from sco_cli.claims.statuses import SPLIT_COUNTERS, SPLIT_EXAMPLES


def _found(text: str) -> set[tuple[str, str, object]]:
    return {(c.kind, c.subject, c.value) for c in claims_in(text, "2025-01-01")}


@pytest.mark.parametrize(("text", "made"), SPLIT_EXAMPLES, ids=[t[:40] for t, _ in SPLIT_EXAMPLES])
def test_founders_and_joiners_are_read(text: str, made: tuple[tuple[str, str, str], ...]) -> None:
    found = _found(text)
    assert set(made) <= found, found


@pytest.mark.parametrize(("text", "made"), SPLIT_COUNTERS, ids=[t[:40] for t, _ in SPLIT_COUNTERS])
def test_near_misses_give_none(text: str, made: tuple[tuple[str, str, str], ...]) -> None:
    found = _found(text)
    assert not set(made) & found, found
