"""The corpus in tests/articles/: each article beside its expected claims, and
how the claims found compare with them (used by the tests and the README's figures)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

ARTICLES = Path(__file__).resolve().parent.parent / "articles"


class Case(NamedTuple):
    path: Path
    date: str | None
    expected: list[dict[str, Any]]


def cases() -> list[Case]:
    found = []
    for expected in sorted(ARTICLES.glob("*.expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        found.append(Case(ARTICLES / data["article"], data["date"], data["claims"]))
    return found


class Score(NamedTuple):
    expected: int
    found: int  # expected claims found
    spurious: list[dict[str, Any]]  # claims found that no expected claim names
    wrong: list[tuple[dict[str, Any], dict[str, Any]]]  # (expected, record) with another verdict
    missed: list[dict[str, Any]]


def score(expected: list[dict[str, Any]], records: list[dict[str, Any]]) -> Score:
    """Match each expected claim to one record of the same kind, subject and
    value whose sentence holds the expected words."""
    unmatched = list(records)
    wrong, missed = [], []
    for claim in expected:
        match = next((r for r in unmatched if _same(claim, r)), None)
        if match is None:
            missed.append(claim)
            continue
        unmatched.remove(match)
        if "verdict" in match and (
            match["verdict"] != claim["verdict"]
            or (claim.get("basis") == "decision") != (match.get("basis") == "decision")
        ):
            wrong.append((claim, match))
    found = len(expected) - len(missed)
    return Score(len(expected), found, unmatched, wrong, missed)


def _same(claim: dict[str, Any], record: dict[str, Any]) -> bool:
    made = record["claim"]
    return (made["kind"], made["subject"], made["value"]) == (
        claim["kind"],
        claim["subject"],
        claim["value"],
    ) and claim["in"] in record["sentence"]
