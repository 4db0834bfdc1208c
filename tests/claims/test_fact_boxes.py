"""A fact box (lines of 'Label: value', perhaps under a short title) is read a line
at a time: each line's claim is its own, and a number never joins the next label."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sco_cli.claims.document import blocks_of
from tests.conftest import Invoke


@pytest.mark.parametrize(
    ("box", "claims"),
    [
        ("Members: 10\nPartners: 16", {("count", "member", 10), ("count", "partner", 16)}),
        (
            "SCO at a glance\nFounded: 1996\nMembers: 9\nObservers: 2\nHeadquarters: Beijing",
            {("founding", "SCO", 1996), ("count", "member", 9), ("count", "observer", 2)},
        ),
    ],
)
def test_each_line_of_a_fact_box_is_its_own_claim(
    sco: Invoke, box: str, claims: set[tuple[str, str, int]], tmp_path: Path
) -> None:
    article = tmp_path / "box.txt"
    article.write_text(f"date 2025-09-02\n\n{box}\n", encoding="utf-8")
    document = json.loads(sco("check", str(article), "--json").stdout)
    found = {
        (c["claim"]["kind"], c["claim"]["subject"], c["claim"]["value"]) for c in document["claims"]
    }
    assert found == claims
    # each claim's sentence is one line of the box, never two run together
    assert all(c["sentence"] in box.splitlines() for c in document["claims"])


def test_a_wrong_line_of_a_box_contradicts(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "box.txt"
    article.write_text("date 2025-09-02\n\nSCO in brief\nFounded: 1996\nMembers: 10\n", "utf-8")
    result = sco("check", str(article), "--format", "plain", "--fields", "claim_text,verdict")
    assert result.stdout.splitlines() == ["Founded: 1996\tcontradicts", "Members: 10\tagrees"]
    assert result.exit_code == 4


@pytest.mark.parametrize(
    "prose",
    [
        "The SCO was founded in 2001.\nIt has ten members: China, India, Iran and others.",
        "Leaders met in Tianjin.\nXi said: the SCO must grow.\nModi agreed.",
    ],
)
def test_prose_with_a_colon_stays_one_paragraph(prose: str) -> None:
    assert blocks_of(f"A title\n\n{prose}\n\nThe end.") == ["A title", prose, "The end."]
