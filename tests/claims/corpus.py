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


# Articles written after the extractor, to measure it on phrasing it was not written against.
HELD_OUT = ARTICLES / "heldout"
# Six more by a writer who had not seen the extractor (their first measurement and
# corrections beside them), measured again after general fixes.
HELD_OUT_2 = ARTICLES / "heldout2"
# A third, sealed until the extractor's work of 2026-11-27 was done, then measured once
# (heldout3/FIRST-MEASUREMENT.md) before it was read; its NOTES.md says what was corrected.
HELD_OUT_3 = ARTICLES / "heldout3"
# A fourth, written while the third was being read, measured once at the end (heldout4/
# FIRST-MEASUREMENT.md), then read.
HELD_OUT_4 = ARTICLES / "heldout4"
# A fifth, written while the fourth was being read, measured once (heldout5/FIRST-MEASUREMENT.md).
HELD_OUT_5 = ARTICLES / "heldout5"


def cases(folder: Path = ARTICLES) -> list[Case]:
    found = []
    for expected in sorted(folder.glob("*.expected.json")):
        data = json.loads(expected.read_text(encoding="utf-8"))
        found.append(Case(folder / data["article"], data["date"], data["claims"]))
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
    ) and " ".join(claim["in"].split()) in record["sentence"]  # sentences' space is collapsed


def measure(folder: Path = ARTICLES) -> tuple[list[tuple[Case, Score]], dict[str, float]]:
    """Run the whole of `sco check` (extract and judge) over the corpus."""
    from sco_cli.claims.inputs import read
    from sco_cli.claims.judge import Reference
    from sco_cli.dataset import load_dataset
    from sco_cli.reports.check import check

    reference = Reference.of(load_dataset())
    results = []
    for case in cases(folder):
        report = check([read(str(case.path), 10 * 1024 * 1024)], reference, None)
        results.append((case, score(case.expected, report.document["claims"])))
    expected = sum(s.expected for _, s in results)
    found = sum(s.found for _, s in results)
    figures = {
        "articles": len(results),
        "expected": expected,
        "found": found,
        "recall": found / expected,
        "right": found - sum(len(s.wrong) for _, s in results),
        "spurious": sum(len(s.spurious) for _, s in results),
        "most_spurious": max(len(s.spurious) for _, s in results),
    }
    return results, figures


# python -m tests.claims.corpus [--held-out|--held-out-2|...|--held-out-5]: the README's figures
if __name__ == "__main__":
    import sys

    folders = {
        "--held-out": HELD_OUT,
        "--held-out-2": HELD_OUT_2,
        "--held-out-3": HELD_OUT_3,
        "--held-out-4": HELD_OUT_4,
        "--held-out-5": HELD_OUT_5,
    }
    results, figures = measure(next((folders[a] for a in sys.argv[1:] if a in folders), ARTICLES))
    for case, result in results:
        print(
            f"{case.path.name}\t{result.found}/{result.expected} found\t"
            f"{len(result.wrong)} wrong\t{len(result.spurious)} spurious"
        )
    print(
        f"{figures['articles']} articles: {figures['found']}/{figures['expected']} expected claims "
        f"found ({figures['recall']:.1%}); {figures['right']}/{figures['found']} verdicts right; "
        f"{figures['spurious']} spurious claims (at most {figures['most_spurious']} in an article)"
    )
