"""Issue 21: English journalism's phrasings read wrongly or missed before, each class
with examples and counter-examples judged through `sco check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Invoke, judged


def verdicts(sco: Invoke, tmp_path: Path, text: str, as_of: str) -> list[tuple[str, str, str]]:
    return [
        (c["claim"]["kind"], f"{c['claim']['subject']}:{c['claim']['value']}", c["verdict"])
        for c in judged(sco, tmp_path, text, as_of)
    ]


# -- "since": a span the same sentence says was followed by another status is judged then ---


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Belarus has been a dialogue partner of the SCO since 2009, and was made an observer"
            " in 2015.",
            "Belarus:dialogue-partner",
        ),
        (
            "Belarus has been an observer of the SCO since 2015 and became a full member in 2024.",
            "Belarus:observer",
        ),
        (
            "Belarus, a dialogue partner since 2009, was made an observer in 2015.",
            "Belarus:dialogue-partner",
        ),
    ],
)
def test_a_span_since_a_year_then_changed_is_judged_before(
    sco: Invoke, tmp_path: Path, sentence: str, claim: str
) -> None:
    found = judged(sco, tmp_path, sentence, "2024-09-01")
    status = [c for c in found if c["claim"]["kind"] == "status"]
    assert [(f"{c['claim']['subject']}:{c['claim']['value']}", c["verdict"]) for c in status] == [
        (claim, "agrees")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # no change told: a span up to the date, and it ended two months before (decoys.py)
        "Belarus has been an observer of the SCO since 2015.",
        "Belarus has been an observer of the SCO since 2015 and hosted a meeting in 2024.",
        # a change told, but the span did not begin that year
        "Belarus has been an observer of the SCO since 2012 and became a full member in 2024.",
    ],
)
def test_a_span_without_its_change_or_of_another_year_stays_red(
    sco: Invoke, tmp_path: Path, sentence: str
) -> None:
    status = [
        c for c in judged(sco, tmp_path, sentence, "2024-09-01") if c["claim"]["kind"] == "status"
    ]
    assert [c["verdict"] for c in status] == ["contradicts"]


# -- "from" one status "to" another: the new one is joined ----------------------------------


def test_an_upgrade_joins_the_status_after_to(sco: Invoke, tmp_path: Path) -> None:
    text = "Belarus was upgraded from observer to full member of the SCO in 2024."
    assert verdicts(sco, tmp_path, text, "2024-09-01") == [("joined", "Belarus:member", "agrees")]
