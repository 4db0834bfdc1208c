"""The extractor on the phrasings the issue names, and on ones that are not claims."""

from __future__ import annotations

from typing import Any

import pytest

from sco_cli.claims.extract import claims_in


def found(sentence: str, today: str | None = "2025-09-09") -> list[tuple[str, str, Any]]:
    return [(c.kind, c.subject, c.value) for c in claims_in(sentence, today)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The SCO has 10 member states.", ("count", "member", 10)),
        ("Its ten members met.", ("count", "member", 10)),
        ("Ten full members signed.", ("count", "member", 10)),
        ("The eight-member bloc met.", ("count", "member", 8)),
        ("Leaders of the nine-member SCO met.", ("count", "member", 9)),
        ("The 10-nation Eurasian security grouping met.", ("count", "member", 10)),
        ("It has two observer states.", ("count", "observer", 2)),
        ("It has fourteen dialogue partners.", ("count", "dialogue_partner", 14)),
        ("It has 17 partners.", ("count", "partner", 17)),
        ("The SCO now brings together 26 countries.", ("count", "country", 26)),
        ("The SCO is a family of twenty-seven nations.", ("count", "country", 27)),
        ("The SCO had six founding members.", ("count", "founding_member", 6)),
        ("Belarus, an observer state, attended.", ("status", "Belarus", "observer")),
        (
            "Turkey, a dialogue partner since 2012, attended.",
            ("status", "Türkiye", "dialogue_partner"),
        ),
        ("Türkiye (a dialogue partner) attended.", ("status", "Türkiye", "dialogue_partner")),
        ("Kazakhstan, a founding member, spoke.", ("status", "Kazakhstan", "founding_member")),
        ("The UAE is a dialogue partner.", ("status", "United Arab Emirates", "dialogue_partner")),
        ("India and Pakistan joined as full members in 2017.", ("joined", "Pakistan", "member")),
        ("Iran, which became an observer in 2005, spoke.", ("joined", "Iran", "observer")),
        ("Belarus became the tenth member state.", ("joined", "Belarus", "member")),
        ("The observer states Afghanistan and Mongolia came.", ("status", "Mongolia", "observer")),
        (
            "Dialogue partners such as Egypt and Qatar came.",
            ("status", "Qatar", "dialogue_partner"),
        ),
        ("The SCO granted Belarus observer status in 2015.", ("joined", "Belarus", "observer")),
        ("The Afghan and Mongolian observers came.", ("status", "Afghanistan", "observer")),
        ("The organisation was founded in Shanghai in 2001.", ("founding", "SCO", 2001)),
        ("The SCO, established on 15 June 2001, grew.", ("founding", "SCO", 2001)),
        ("It grew out of the Shanghai Five, formed in 1996.", ("founding", "Shanghai Five", 1996)),
        ("They met at the 2019 summit in Bishkek.", ("summit", "Bishkek", 2019)),
        ("The 2024 Astana summit approved it.", ("summit", "Astana", 2024)),
        ("Last year's Astana summit approved it.", ("summit", "Astana", 2024)),
        ("The Ufa summit in July 2015 decided it.", ("summit", "Ufa", 2015)),
        ("The 2023 summit was hosted virtually by India.", ("summit", "India", 2023)),
        ("The meeting was hosted virtually by India in 2023, a summit.", ("summit", "India", 2023)),
        ("Qingdao hosted the SCO summit in 2018.", ("summit", "Qingdao", 2018)),
        (
            "The bloc has a total of 26 member, observer and partner countries.",
            ("count", "country", 26),
        ),
        ("Belarus joined the bloc as its tenth member in 2024.", ("joined", "Belarus", "member")),
        (
            "In 2017 the organisation admitted India and Pakistan as full members.",
            ("joined", "India", "member"),
        ),
        ("Afghanistan and Mongolia are observers.", ("status", "Afghanistan", "observer")),
    ],
)
def test_the_issues_phrasings_are_claims(sentence: str, expected: tuple[str, str, Any]) -> None:
    assert expected in found(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Turkey has applied to join the SCO as a member.",
        "Iran hopes to become a full member.",
        "Egypt is expected to become a dialogue partner next year.",
        "Belarus, a former observer, spoke.",
        "Iran is not a member.",
        "BRICS now has ten members.",
        "Ten members of the delegation arrived.",
        "More than 20 countries sent delegates.",
        "Turkey, a NATO member, spoke.",
        "Egypt, a member of BRICS, spoke.",
        "Afghanistan joins Mongolia, India and Iran on the list.",
        "The two countries signed a deal with the SCO.",
        "The summit in June drew crowds.",
        "Five Central Asian countries attended the SCO meeting.",
        "It turned the six-nation organisation into an eight-member one.",
        "The bloc has 26 member, observer and partner delegations.",
        "",
    ],
)
def test_what_is_not_a_claim(sentence: str) -> None:
    assert [c for c in found(sentence) if c[0] in ("count", "status", "joined")] == []


def test_a_relative_year_needs_the_articles_date() -> None:
    (claim,) = claims_in("Last year's Astana summit approved it.", None)
    assert (claim.value, claim.detail["relative"]) == (None, "last year")


def test_each_claim_says_where_it_stands_in_its_sentence() -> None:
    sentence = "With 10 member states, two observer states and 14 dialogue partners, it grew."
    spans = [sentence[c.start : c.end] for c in claims_in(sentence)]
    assert spans == ["10 member states", "two observer states", "14 dialogue partners"]


def test_details_carry_year_since_ordinal_and_host() -> None:
    (since,) = claims_in("Turkey, a dialogue partner since 2012, spoke.")
    assert since.detail == {"since": 2012, "iso3": "TUR"}
    (member,) = claims_in("Pakistan has been a full member of the SCO since 2017.")
    assert member.detail == {"since": 2017, "iso3": "PAK"}
    (tenth,) = claims_in("Belarus became the tenth member state.")
    assert tenth.detail == {"iso3": "BLR", "year": None, "ordinal": 10}
    (hosted,) = claims_in("The 2023 summit was hosted virtually by India.")
    assert hosted.detail == {"host": "IND", "virtual": True}


def test_an_elided_verb_keeps_the_claim_before() -> None:
    claims = claims_in("India and Pakistan joined in 2017, Iran in 2023 and Belarus in 2024.")
    assert [(c.subject, c.detail["year"]) for c in claims] == [
        ("India", 2017),
        ("Pakistan", 2017),
        ("Iran", 2023),
        ("Belarus", 2024),
    ]
