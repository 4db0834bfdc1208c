"""Forms real articles write claims in, each read as the claim it makes (issue 21's recall):
lists past a parenthesis or the kind of their names, two statuses of one name, summits
dated by the article, founding told with a full date, a 'partner' before Tianjin."""

from __future__ import annotations

import pytest

from sco_cli.claims.extract import claims_in
from sco_cli.claims.judge import Reference, dated
from sco_cli.dataset import load_dataset


def _made(sentence: str, today: str) -> set[tuple[str, str, object]]:
    return {(c.kind, c.subject, c.value) for c in claims_in(sentence, today)}


def test_a_list_goes_on_past_a_parenthesis_after_a_name() -> None:
    found = _made(
        "As of 2024, the SCO consists of nine member states: - China - India (joined in 2017)"
        " - Pakistan (joined in 2017) - Iran (joined in 2023) - Belarus (joined in July 2024)",
        "2024-10-15",
    )
    for country in ("China", "India", "Pakistan", "Iran", "Belarus"):
        assert ("status", country, "member") in found


def test_a_list_goes_on_past_the_kind_of_its_names() -> None:
    found = _made(
        "In June 2001, China, Russia and four central Asian countries, Kazakhstan, Kyrgyzstan,"
        " Tajikistan and Uzbekistan, formed the SCO.",
        "2003-05-30",
    )
    for country in ("China", "Russia", "Kazakhstan", "Uzbekistan"):
        assert ("status", country, "founding_member") in found


def test_a_parenthesis_naming_a_status_still_ends_a_list() -> None:
    found = _made("India (an observer), Pakistan and Iran met in Astana.", "2010-01-01")
    assert ("status", "Pakistan", "observer") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Belarus became a dialogue partner in the SCO in 2010 and an observer state in 2015.",
        "Belarus has been participating in the SCO since 2010 as a dialogue partner and since"
        " 2015 as an observer.",
    ],
)
def test_two_statuses_of_one_name_each_with_its_year(sentence: str) -> None:
    joined = {
        (c.value, c.detail.get("year"))
        for c in claims_in(sentence, "2024-07-04")
        if c.kind == "joined"
    }
    assert {("dialogue_partner", 2010), ("observer", 2015)} <= joined


def test_a_second_status_needs_its_own_year_and_no_other_name() -> None:
    found = _made(
        "Belarus became a dialogue partner in 2010 and wants to be a member.", "2024-07-04"
    )
    assert ("joined", "Belarus", "member") not in found
    found = _made("Iran became an observer in 2005 and India a member in 2017.", "2024-07-04")
    assert ("joined", "Iran", "member") not in found


@pytest.mark.parametrize(
    ("sentence", "today", "city", "year"),
    [
        (
            "As a fruit of their summit in Moscow Thursday, the leaders agreed.",
            "2003-05-30",
            "Moscow",
            2003,
        ),
        ("SCO summit 2014 starts today in Dushanbe", "2014-09-11", "Dushanbe", 2014),
        (
            "The two-day SCO summit kicked off on Thursday in the Kyrgyz capital of Bishkek.",
            "2019-06-13",
            "Bishkek",
            2019,
        ),
        ("The SCO ended its annual summit yesterday in Tashkent.", "2010-06-12", "Tashkent", 2010),
        (
            "The bloc meets for its summit in Astana, Kazakhstan's capital, on June 15.",
            "2011-05-14",
            "Astana",
            2011,
        ),
        (
            "They were admitted in June 2017 at the Astana summit in Kazakhstan.",
            "2018-06-06",
            "Astana",
            2017,
        ),
    ],
)
def test_a_summit_dated_by_the_article_or_the_words_around_it(
    sentence: str, today: str, city: str, year: int
) -> None:
    assert ("summit", city, year) in _made(sentence, today)


def test_a_ministers_meeting_dated_by_a_day_is_no_summit() -> None:
    found = _made(
        "The foreign ministerial council of the SCO countries is meeting in Almaty, Kazakhstan's"
        " second city, on Saturday to prepare documents for the summit.",
        "2011-05-14",
    )
    assert not [f for f in found if f[0] == "summit"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The SCO was founded by the leaders of Kazakhstan, China, Kyrgyzstan, Russia, Tajikistan,"
        " and Uzbekistan in Shanghai on June 15, 2001.",
        "The Shanghai Cooperation Organisation is an intergovernmental organisation founded in"
        " Shanghai on June 15, 2001 by six countries.",
        "\u2022 Founded on 15 June 2001 in Shanghai as the successor to the Shanghai Five.",
        "The Shanghai Co-operation Organisation was founded on June 15 2001.",
    ],
)
def test_the_founding_told_with_a_full_date(sentence: str) -> None:
    assert ("founding", "SCO", 2001) in _made(sentence, "2019-06-13")


def test_an_impossible_founding_year_is_a_claim() -> None:
    assert ("founding", "SCO", 1948) in _made("The SCO was founded in 1948.", "2020-01-01")


def test_a_partner_before_tianjin_is_a_dialogue_partner() -> None:
    reference = Reference.of(load_dataset())
    sentence = (
        "The SCO's observers are Iran and Belarus, while Nepal and Turkey are partner countries."
    )
    partners = [c for c in claims_in(sentence, "2022-09-05") if c.subject == "Nepal"]
    assert partners
    assert {dated(reference, c, "2022-09-05").value for c in partners} == {"dialogue_partner"}
    assert {dated(reference, c, "2025-10-01").value for c in partners} == {"partner"}
