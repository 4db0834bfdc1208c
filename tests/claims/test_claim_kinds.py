"""One class a claim kind: each claim found is of its kind's class, with its kind's value
type and its kind's details, and the judge accepts each of them."""

from __future__ import annotations

from typing import get_type_hints

import pytest

from sco_cli.claims.claim import (
    CountClaim,
    FoundingClaim,
    JoinedClaim,
    StatusClaim,
    SummitClaim,
)
from sco_cli.claims.extract import claims_in
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset

CLASSES = {
    "count": CountClaim,
    "status": StatusClaim,
    "joined": JoinedClaim,
    "founding": FoundingClaim,
    "summit": SummitClaim,
}
SENTENCES = {
    "count": "The SCO has ten member states.",
    "status": "Turkey, a dialogue partner since 2012, spoke.",
    "joined": "India and Pakistan joined the SCO as full members in 2017.",
    "founding": "The SCO was founded in Shanghai in 2001.",
    "summit": "The 2019 summit in Bishkek adopted a declaration.",
}
VALUES = {"count": int, "status": str, "joined": str, "founding": int, "summit": int}


@pytest.mark.parametrize("kind", sorted(CLASSES))
def test_each_kind_is_its_own_class(kind: str) -> None:
    claims = [c for c in claims_in(SENTENCES[kind], "2025-01-01") if c.kind == kind]
    assert claims
    for claim in claims:
        assert type(claim) is CLASSES[kind]
        assert isinstance(claim.value, VALUES[kind])
        # its details are its kind's keys only
        allowed = set(get_type_hints(CLASSES[kind])["detail"].__annotations__)
        assert set(claim.detail) <= allowed


def test_a_tag_per_class() -> None:
    assert {c._field_defaults["kind"]: c for c in CLASSES.values()} == CLASSES


def test_roster_claims_carry_their_country() -> None:
    (status,) = claims_in("Turkey, a dialogue partner since 2012, spoke.")
    assert isinstance(status, StatusClaim)
    assert status.detail == {"since": 2012, "iso3": "TUR"}
    joined = claims_in("India and Pakistan joined the SCO as full members in 2017.")
    assert [c.detail["iso3"] for c in joined if isinstance(c, JoinedClaim)] == ["IND", "PAK"]
    assert all(isinstance(c, JoinedClaim) and c.detail["year"] == 2017 for c in joined)


def test_the_judge_reads_every_kind() -> None:
    reference = Reference.of(load_dataset())
    for kind, sentence in SENTENCES.items():
        for claim in claims_in(sentence, "2025-01-01"):
            assert reference.judge(claim, "2025-01-01").verdict == "agrees", (kind, claim)
