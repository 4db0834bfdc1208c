"""A summit named by its city and no date ("at the Astana summit") is the summit of that
city nearest the article's date: the last one by that date, or the coming one when the
words say it is coming; the claim says how it was dated."""

from __future__ import annotations

import pytest

from sco_cli.claims.extract import claims_in
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset


@pytest.fixture(scope="module")
def reference() -> Reference:
    return Reference.of(load_dataset())


def _summits(sentence: str, today: str | None) -> list[tuple[str, object, str, str]]:
    return [
        (c.subject, c.value, c.detail.get("nearest", ""), c.detail.get("dated", ""))
        for c in claims_in(sentence, today)
        if c.kind == "summit"
    ]


def test_a_city_and_no_year_is_dated_by_the_article() -> None:
    (found,) = _summits("At the Astana summit, the leaders signed a declaration.", "2017-06-12")
    assert found[:3] == ("Astana", None, "before")
    assert "the article's date" in found[3]
    assert "the last summit" in found[3]


@pytest.mark.parametrize(
    ("sentence", "today", "held"),
    [
        # the last summit in Astana by the article's date, whichever it is
        ("At the Astana summit, the leaders signed a declaration.", "2017-06-12", "2017-06-08"),
        ("At the Astana summit, the leaders signed a declaration.", "2020-01-01", "2017-06-08"),
        ("The Astana summit admitted Belarus as a member.", "2024-07-10", "2024-07-03"),
        # coming: the next one, not over by the article's date
        ("Iran's memorandum will be signed at the Samarkand summit.", "2022-09-10", "2022-09-15"),
        ("The upcoming summit in Tianjin opens on Sunday.", "2025-08-25", "2025-08-31"),
    ],
)
def test_the_summit_is_the_one_of_that_city_nearest_the_article(
    reference: Reference, sentence: str, today: str, held: str
) -> None:
    (claim,) = [c for c in claims_in(sentence, today) if c.kind == "summit"]
    verdict = reference.judge(claim, today)
    assert verdict.verdict == "agrees"
    assert verdict.holds == [{"from": held, "to": None}]
    assert "dated by the article's date" in verdict.note


def test_no_summit_there_by_that_date_is_no_contradiction(reference: Reference) -> None:
    """Samarkand's first SCO summit came in 2022; a city that never held one may be
    another body's summit: unverifiable, never a red flag."""
    for sentence, today in [
        ("At the Samarkand summit, the SCO leaders met.", "2015-01-01"),
        ("At the Gdansk summit, the SCO leaders met.", "2020-01-01"),
    ]:
        (claim,) = [c for c in claims_in(sentence, today) if c.kind == "summit"]
        assert reference.judge(claim, today).verdict == "unverifiable", sentence


@pytest.mark.parametrize(
    ("sentence", "today"),
    [
        ("At the Astana summit, the leaders signed a declaration.", None),  # no date to go by
        ("In 2019, Xi recalled the Astana summit.", "2025-01-01"),  # which one is unsure
        ("At the NATO summit in Vilnius, leaders met.", "2023-07-12"),  # another body's
        ("Putin's summit with Xi ended.", "2025-01-01"),  # a person's
        ("The first summit in Tashkent was held.", "2025-01-01"),  # an ordinal dates it
        ("The summit in Uzbekistan opens today.", None),  # a country held several
        ("At the summit in Uzbekistan, leaders met.", "2022-09-16"),
    ],
)
def test_no_summit_is_dated_by_the_article_when_unsure(sentence: str, today: str | None) -> None:
    assert not [s for s in _summits(sentence, today) if s[2]], sentence
