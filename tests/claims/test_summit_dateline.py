"""Summits dated by the article: "the summit" of an article whose dateline names a city that
held an SCO summit within days of its date is that summit, and says so (issue 21, item 4);
summits told to be under way or about to open ("is in full swing in Astana", "will kick off
today in Samarkand") are read as the ones they name."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_cli.claims.dates import PLACE_EXAMPLES, Dateline, dateline, dateline_place
from sco_cli.claims.extract import claims_in
from sco_cli.claims.judge import Reference
from sco_cli.claims.summits import DATELINE_EXAMPLES
from sco_cli.dataset import load_dataset


@pytest.fixture(scope="module")
def reference() -> Reference:
    return Reference.of(load_dataset())


@pytest.mark.parametrize(("text", "place"), PLACE_EXAMPLES)
def test_a_datelines_place_is_read_and_a_headline_is_none(text: str, place: str | None) -> None:
    assert dateline_place(text) == place


@pytest.mark.parametrize(("sentence", "today", "here", "named"), DATELINE_EXAMPLES)
def test_the_summit_of_a_dateline(
    sentence: str, today: str, here: Dateline, named: tuple[str, int] | None
) -> None:
    found = [
        (c.subject, c.value, c.detail.get("dated"))
        for c in claims_in(sentence, today, here=here)
        if c.kind == "summit"
    ]
    if named is None:
        assert not [f for f in found if f[2] == here.how], found
    else:
        assert (*named, here.how) in found


def test_a_dateline_names_the_summit_only_within_days_of_it(reference: Reference) -> None:
    text = "UFA, Russia, July 10 (Xinhua) -- The summit opened here."
    found = dateline(text, reference.summits, "2015-07-10")
    assert found is not None
    assert (found.city, found.year) == ("Ufa", 2015)
    assert dateline(text, reference.summits, "2015-08-20") is None  # weeks after: another story
    assert dateline(text, reference.summits, None) is None  # no date to go by
    assert dateline("MOSCOW, July 10 (TASS) - The summit.", reference.summits, "2015-07-10") is None
    spelt = dateline("ST. PETERSBURG, June 7 (AP) -- Met.", reference.summits, "2002-06-07")
    assert spelt is not None
    assert spelt.city == "Saint Petersburg"


def test_check_dates_the_summit_by_the_dateline_once(tmp_path: Path) -> None:
    from sco_cli.api import check

    article = tmp_path / "ufa.txt"
    article.write_text(
        "UFA, Russia, July 10 (Xinhua) -- The SCO summit opened here on Friday.\n\n"
        "The summit admitted no new member.\n",
        encoding="utf-8",
    )
    claims = check(str(article), as_of="2015-07-10").document["claims"]
    summits = [c for c in claims if c["claim"]["kind"] == "summit"]
    assert [(c["claim"]["subject"], c["claim"]["value"], c["verdict"]) for c in summits] == [
        ("Ufa", 2015, "agrees")
    ]
    assert "dateline 'UFA'" in summits[0]["claim"]["dated"]


@pytest.mark.parametrize(
    ("sentence", "today", "named"),
    [
        ("The 24th SCO summit is in full swing in Astana, Kazakhstan.", "2024-07-04", "Astana"),
        ("The SCO summit is underway in the Kazakh capital, Astana.", "2024-07-04", "Astana"),
        (
            "The bloc's 2022 summit will kick off today in Uzbekistan's Samarkand.",
            "2022-09-15",
            "Samarkand",
        ),
        ("The SCO summit will open on Thursday in Astana.", "2024-07-01", "Astana"),
        ("The SCO summit is set to open tomorrow in Tianjin.", "2025-08-30", "Tianjin"),
        # the way there, the month to come, the eve of a summit told as begun
        (
            "The leaders gathered in Bishkek, Kyrgyzstan, for an annual summit.",
            "2007-08-15",
            "Bishkek",
        ),
        ("The premiers are headed to Ufa, Russia to attend the SCO summit.", "2015-07-08", "Ufa"),
        (
            "The heads of state will meet at a summit next month in Tashkent.",
            "2010-05-16",
            "Tashkent",
        ),
    ],
)
def test_a_summit_under_way_or_about_to_open(
    reference: Reference, sentence: str, today: str, named: str
) -> None:
    (claim,) = [c for c in claims_in(sentence, today) if c.kind == "summit"]
    assert claim.subject == named
    assert reference.judge(claim, today).verdict == "agrees"


def test_next_month_read_in_december_is_next_year() -> None:
    (claim,) = [
        c
        for c in claims_in("The leaders meet at a summit next month in Astana.", "2023-12-10")
        if c.kind == "summit"
    ]
    assert claim.value == 2024
