"""Lists and document furniture on real pages: a list under its heading (one country a
line, bulleted or numbered), long official names, misspelt and glued names, a lost comma,
another body's founders; each reader's examples run through the whole engine."""

from __future__ import annotations

import pytest

from sco_cli.claims import delegations, furniture, statuses
from sco_cli.claims import lexicon as lx
from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_in, claims_of


def page(text: str) -> list[tuple[str, str]]:
    document = build("t", text, "2024-09-01")
    return [(c.subject, c.value) for _, c in claims_of(document.sentences, "2024-09-01")]


@pytest.mark.parametrize(("text", "claims"), furniture.LISTING_EXAMPLES)
def test_a_list_under_its_heading_gives_each_item_its_status(
    text: str, claims: tuple[tuple[str, str], ...]
) -> None:
    found = page(text)
    for claim in claims:
        assert claim in found


@pytest.mark.parametrize("text", furniture.LISTING_COUNTER_EXAMPLES)
def test_a_list_under_another_heading_gives_no_status(text: str) -> None:
    assert page(text) == []


@pytest.mark.parametrize(("before", "text", "claims"), statuses.CARRIED_EXAMPLES)
def test_a_list_in_the_sentence_after_its_status_holds_it(
    before: str, text: str, claims: tuple[tuple[str, str], ...]
) -> None:
    found = page(f"{before} {text}")
    for claim in claims:
        assert claim in found
    if not claims:  # none of the list's countries is given a status
        codes = [lx.country(m.group()) for m in lx.country_regex().finditer(text)]
        named = {lx.DISPLAY[code[0]] for code in codes if code}
        assert named
        assert not named & {subject for subject, _ in found}, found


@pytest.mark.parametrize(("text", "claims"), statuses.DATED_EXAMPLES)
def test_names_with_their_years_in_brackets_joined_in_those_years(
    text: str, claims: tuple[tuple[str, str, str, int | None], ...]
) -> None:
    found = {
        (c.kind, c.subject, c.value, c.detail.get("year")) for c in claims_in(text, "2023-03-01")
    }
    for claim in claims:
        assert claim in found, found


@pytest.mark.parametrize(("text", "refused"), statuses.DATED_COUNTERS)
def test_names_without_a_year_in_brackets_are_not_joined_in_one(
    text: str, refused: tuple[tuple[str, str], ...]
) -> None:
    found = {(c.subject, c.kind) for c in claims_in(text, "2023-03-01")}
    assert not found & set(refused), found


def test_a_numbered_list_is_one_sentence_not_one_a_number() -> None:
    document = build("t", "The observers are:\n\n1. Iran\n2. Mongolia\n3. Belarus\n", None)
    assert [s.text for s in document.sentences] == [
        "The observers are: 1. Iran 2. Mongolia 3. Belarus"
    ]


def test_bulleted_sentences_are_still_sentences() -> None:
    text = "Facts\n\n- The SCO was founded in 2001. It has ten members.\n- India joined in 2017.\n"
    document = build("t", text, None)
    assert len(document.sentences) == 4


@pytest.mark.parametrize(
    ("written", "iso3"),
    [
        ("the Federal Democratic Republic of Nepal", "NPL"),
        ("the Islamic Republic of Afghanistan", "AFG"),
        ("the Democratic Socialist Republic of Sri Lanka", "LKA"),
        ("the People\u2019s Republic of China", "CHN"),
        ("the Democratic People's Republic of Korea", "PRK"),
        ("Afganistan", "AFG"),
        ("Kyrgystan", "KGZ"),
        ("Kyrgizstan", "KGZ"),
        ("Tadzhikistan", "TJK"),
        ("Belorussia", "BLR"),
    ],
)
def test_official_long_and_misspelt_names_are_their_country(written: str, iso3: str) -> None:
    found = [
        m for m in lx.country_regex().finditer(written) if lx.starts_a_word(written, m.start())
    ]
    assert [lx.country(m.group()) for m in found] == [(iso3, False)]


def test_the_republic_of_china_is_not_read_as_its_title_and_china() -> None:
    match = lx.country_regex().search("the Republic of China")
    assert match is not None
    assert match.group() == "China"  # the title is not China's


def test_a_name_glued_to_the_word_before_is_read() -> None:
    claims = claims_in("Its members are India,Kazakhstan, andTajikistan.")
    assert {c.subject for c in claims} == {"India", "Kazakhstan", "Tajikistan"}
    assert not lx.starts_a_word("aUS", 1)  # a capital inside a word is no name


@pytest.mark.parametrize(
    "sentence",
    [
        "Its members are India, Russia, Kazakhstan Kyrgyzstan, Tajikistan and China.",
        "The SCO comprises six dialogue partners, namely the Republic of Armenia, the"
        " Federal Democratic Republic of Nepal, the Republic of Turkey and the Democratic"
        " Socialist Republic of Sri Lanka.",
    ],
)
def test_a_list_with_a_lost_comma_or_long_names_is_one_list(sentence: str) -> None:
    claims = claims_in(sentence, "2019-06-01")
    statuses = [c for c in claims if c.kind == "status"]
    assert len(statuses) >= 4
    assert len({c.value for c in statuses}) == 1


def test_founders_of_the_shanghai_five_by_its_are_not_the_scos() -> None:
    five = (
        "The Shanghai Five was formed in Shanghai with China, Russia, Kazakhstan and Tajikistan"
        " as its founding members."
    )
    sco = (
        "The SCO was formed in Shanghai with China, Russia, Kazakhstan and Tajikistan"
        " as its founding members."
    )
    assert [c for c in claims_in(five) if c.value == "founding_member"] == []
    assert len([c for c in claims_in(sco) if c.value == "founding_member"]) == 4


@pytest.mark.parametrize(
    ("sentence", "claims"),
    [example for rule in delegations.RULES for example in rule.examples]
    + list(delegations.SIGNER_EXAMPLES)
    + list(delegations.PEOPLE_EXAMPLES),
)
def test_people_listed_for_their_countries_give_each_country_its_status(
    sentence: str, claims: tuple[tuple[str, str], ...]
) -> None:
    found = [(c.subject, c.value) for c in claims_in(sentence, "2021-09-17")]
    for claim in claims:
        assert claim in found


@pytest.mark.parametrize(
    "sentence",
    [text for rule in delegations.RULES for text in rule.counter_examples]
    + list(delegations.SIGNER_COUNTER_EXAMPLES)
    + list(delegations.PEOPLE_COUNTER_EXAMPLES),
)
def test_people_listed_as_guests_or_signing_other_papers_give_no_status(sentence: str) -> None:
    assert [c for c in claims_in(sentence, "2021-09-17") if c.kind == "status"] == []
