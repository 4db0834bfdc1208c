"""A founder of the Shanghai Five (1996) is judged against the Shanghai Five's
founders, never the SCO's (2001): Uzbekistan founded the one and not the other."""

from __future__ import annotations

import pytest

from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_of
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset


def verdicts(text: str) -> list[tuple[str, str]]:
    reference = Reference.of(load_dataset())
    document = build("t", text, "2025-09-02")
    return [
        (claim.subject, reference.judge(claim, "2025-09-02").verdict)
        for _, claim in claims_of(document.sentences, "2025-09-02")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Uzbekistan was a founding member of the Shanghai Five in 1996.", "contradicts"),
        ("Uzbekistan was one of the founders of the Shanghai Five.", "contradicts"),
        ("Kazakhstan was a founding member of the Shanghai Five.", "agrees"),
        ("Uzbekistan was a founding member of the SCO.", "agrees"),
        ("Tajikistan, a founding member of the SCO, hosted the summit.", "agrees"),
    ],
)
def test_founders_of_the_shanghai_five_are_its_own(sentence: str, expected: str) -> None:
    assert verdicts(sentence)[0][1] == expected
