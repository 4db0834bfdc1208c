"""The corpus figures the README reports: claims found, spurious claims (and,
once judged, verdicts), computed here from tests/articles/."""

from __future__ import annotations

from typing import Any

from sco_cli.claims.extract import claims_of
from sco_cli.claims.inputs import read
from tests.claims.corpus import cases, score


def _extracted(path: str) -> tuple[str | None, list[dict[str, Any]]]:
    document = read(path, 10 * 1024 * 1024)
    records = [
        {"sentence": s.text, "claim": {"kind": c.kind, "subject": c.subject, "value": c.value}}
        for s, c in claims_of(document.sentences, document.date)
    ]
    return document.date, records


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


def test_each_articles_date_is_read_from_its_metadata() -> None:
    for case in cases():
        date, _ = _extracted(str(case.path))
        assert date == case.date, case.path.name


def test_recall_is_at_least_90_percent_with_at_most_one_spurious_claim_an_article() -> None:
    expected = found = 0
    for case in cases():
        _, records = _extracted(str(case.path))
        result = score(case.expected, records)
        expected += result.expected
        found += result.found
        assert len(result.spurious) <= 1, (case.path.name, result.spurious)
    assert found / expected >= 0.9, (found, expected)
