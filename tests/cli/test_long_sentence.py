"""A claim in a long sentence is shown by a window around it: the output stays
linear in the article, however many claims one sentence holds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sco_cli.reports.check import LONG_SENTENCE, window
from tests.conftest import Invoke

REPEATED = "Belarus, an observer state, "


def _article(tmp_path: Path, repeats: int) -> Path:
    path = tmp_path / f"long{repeats}.txt"
    path.write_text(
        f"date 2023-09-01\n\nThe bloc grew. {REPEATED * repeats}said one.\n", encoding="utf-8"
    )
    return path


def test_every_claim_of_a_long_sentence_is_shown_by_its_window(sco: Invoke, tmp_path: Path) -> None:
    result = sco("check", str(_article(tmp_path, 400)), "--json")
    claims = json.loads(result.stdout)["claims"]
    assert len(claims) == 400
    for record in claims:
        shown = record["sentence"]
        assert len(shown) <= LONG_SENTENCE
        start, end = record["location"]["span"]
        assert shown[start:end] == record["claim"]["text"]
    assert claims[0]["sentence"].startswith("Belarus, an observer state")
    assert claims[200]["sentence"].startswith("\u2026")
    assert claims[200]["sentence"].endswith("\u2026")


@pytest.mark.slow  # a scaling test
@pytest.mark.parametrize("fmt", ["plain", "rich"])
def test_the_output_grows_with_the_claims_not_with_claims_times_sentence(
    sco: Invoke, tmp_path: Path, fmt: str
) -> None:
    sizes = [
        len(sco("check", str(_article(tmp_path, n)), "--format", fmt).stdout) for n in (200, 800)
    ]
    # Four times the claims in a sentence four times as long: about four times the output
    # (a whole sentence a claim would be sixteen times).
    assert sizes[1] < sizes[0] * 5


def test_a_short_sentence_is_shown_whole() -> None:
    assert window("The SCO has nine members.", 12, 16) == ("The SCO has nine members.", [12, 16])
