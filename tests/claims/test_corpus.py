"""The corpus figures the README reports, computed from tests/articles/ by
running extraction and judgement as `sco check` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.claims.corpus import (
    ARTICLES,
    HELD_OUT,
    HELD_OUT_2,
    HELD_OUT_3,
    HELD_OUT_4,
    HELD_OUT_5,
    cases,
    measure,
)


def test_the_corpus_is_what_the_issue_asks_for() -> None:
    corpus = cases()
    assert len(corpus) >= 10
    assert sum(len(c.expected) for c in corpus) >= 60
    assert sum(c.path.suffix == ".html" for c in corpus) >= 3
    assert sum(c.date is None for c in corpus) >= 1
    years = sorted(c.date[:4] for c in corpus if c.date)
    assert years[0] == "2004"
    assert years[-1] == "2025"
    verdicts = [claim["verdict"] for c in corpus for claim in c.expected]
    assert {"agrees", "contradicts", "unverifiable"} <= set(verdicts)
    assert any(claim.get("basis") == "decision" for c in corpus for claim in c.expected)


# What each folder gives now (the README's figures), kept as floors: a change that
# finds fewer expected claims, or more spurious ones, fails here.
FLOORS = {
    "corpus": (150, 1),
    "held-out": (51, 1),
    "held-out-2": (107, 3),
    "held-out-3": (90, 1),
    "held-out-4": (80, 0),
    "held-out-5": (85, 0),
}


@pytest.mark.parametrize(
    ("folder", "name"),
    [
        (ARTICLES, "corpus"),
        (HELD_OUT, "held-out"),
        (HELD_OUT_2, "held-out-2"),
        (HELD_OUT_3, "held-out-3"),
        (HELD_OUT_4, "held-out-4"),
        (HELD_OUT_5, "held-out-5"),
    ],
    ids=["corpus", "held-out", "held-out-2", "held-out-3", "held-out-4", "held-out-5"],
)
def test_recall_verdicts_and_spurious_claims_meet_the_targets(folder: Path, name: str) -> None:
    results, figures = measure(folder)
    for case, result in results:
        assert result.wrong == [], case.path.name  # every verdict right on the claims found
        assert len(result.spurious) <= 1, (case.path.name, result.spurious)
    assert figures["recall"] >= 0.9, figures
    found, spurious = FLOORS[name]
    assert figures["found"] >= found, figures
    assert figures["spurious"] <= spurious, figures
