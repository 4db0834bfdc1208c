"""Russian phrasings read from real journalism (issue 21), judged through the whole engine:
each class with sentences it must read right and near misses it must not read, or must
still judge on the article's date."""

from __future__ import annotations

from pathlib import Path

import pytest


def _check(tmp_path: Path, text: str, as_of: str) -> set[tuple[str, object, object, str]]:
    from sco_cli.api import check

    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    claims = check(str(article), as_of=as_of).document["claims"]
    return {
        (c["claim"]["kind"], c["claim"]["subject"], c["claim"]["value"], c["verdict"])
        for c in claims
    }


# A frame opening the sentence (before the Tianjin summit, at the founding) or a past copula
# places the claim before the article's date: after Tianjin made its observers partners, the
# two observers of before it agree, and they would contradict if judged on the date.
BEFORE_FRAMES = (
    (
        "До саммита в Тяньцзине у ШОС было два наблюдателя и 14 партнеров по диалогу.",
        {("count", "observer", 2, "agrees"), ("count", "dialogue-partner", 14, "agrees")},
    ),
    (
        "На момент основания в ШОС входили шесть государств.",
        {("count", "member", 6, "agrees")},
    ),
    (
        "До саммита в Тяньцзине наблюдателями в ШОС были Монголия и Афганистан.",
        {("status", "Mongolia", "observer", "agrees")},
    ),
)
# ... and a count told of now stays judged on the date, red when it is wrong then
ON_THE_DATE = (
    ("До сих пор у ШОС два наблюдателя.", {("count", "observer", 2, "contradicts")}),
    (
        "Саммит в Тяньцзине прошел, и сейчас у ШОС два наблюдателя.",
        {("count", "observer", 2, "contradicts")},
    ),
)


@pytest.mark.parametrize(("sentence", "verdicts"), BEFORE_FRAMES + ON_THE_DATE)
def test_a_frame_places_a_claim_before_the_date_and_now_stays_now(
    tmp_path: Path, sentence: str, verdicts: set[tuple[str, object, object, str]]
) -> None:
    found = _check(tmp_path, sentence, "2025-09-10")
    assert verdicts <= found, found
