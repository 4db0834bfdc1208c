"""The judge's memo is bounded: an archive of many dates does not grow it without
limit, and a verdict judged again after it started anew is the same."""

from __future__ import annotations

import pytest

from sco_cli.claims import judge
from sco_cli.claims.extract import claims_in
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset


def test_the_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(judge, "MEMO", 5)
    reference = Reference.of(load_dataset())
    (claim,) = claims_in("The SCO has ten member states.")
    first = [reference.judge(claim, f"2024-07-{day:02d}") for day in range(1, 29)]
    assert len(reference._memo) <= 5
    again = [reference.judge(claim, f"2024-07-{day:02d}") for day in range(1, 29)]
    assert again == first
    assert {v.verdict for v in first} == {"agrees", "contradicts"}  # Belarus joined on 4 July
