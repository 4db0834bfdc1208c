"""Another story's headline inside an article ("READ MORE: ...", "Читайте также: ...",
"相关阅读...") is not this article's claim."""

from __future__ import annotations

import pytest

from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_of
from sco_cli.claims.promos import COUNTER_EXAMPLES, EXAMPLES, promo_line, without_promos


@pytest.mark.parametrize(("line", "promo"), EXAMPLES, ids=[line[:24] for line, _ in EXAMPLES])
def test_a_labelled_headline_or_a_label_alone_is_a_promo(line: str, promo: bool) -> None:
    assert (promo_line(line) is not False) == promo


@pytest.mark.parametrize("line", COUNTER_EXAMPLES)
def test_prose_that_opens_with_a_labels_words_is_kept(line: str) -> None:
    assert promo_line(line) is False


def _claims(text: str, today: str) -> set[tuple[str, str, object]]:
    document = build("t", text, today)
    return {(c.kind, c.subject, c.value) for _, c in claims_of(document.sentences, today)}


def test_an_older_storys_headline_under_a_label_gives_no_claim() -> None:
    text = (
        "Belarus became the tenth member of the SCO on Thursday.\n\n"
        "READ MORE: The SCO has two observers and 14 dialogue partners\n\n"
        "The leaders signed the Astana declaration."
    )
    found = _claims(text, "2024-07-05")
    assert ("count", "observer", 2) not in found
    assert ("count", "dialogue_partner", 14) not in found
    assert any(kind == "joined" and subject == "Belarus" for kind, subject, _ in found)


@pytest.mark.parametrize(
    "listing",
    [
        # the label alone, its headlines on the lines under it
        "Читайте также:\nШОС расширилась до девяти членов (04.07.2023)\nСаммит восьми стран ШОС",
        # ... or in the paragraphs after it, one short line each
        "相关新闻：\n\n上合组织成员国增至9个\n\n上合组织有8个成员国",
        "Related stories\n\n- Eight-nation bloc meets in Bishkek\n\n- SCO grows to nine members",
    ],
)
def test_a_list_of_links_under_a_label_alone_gives_no_claim(listing: str) -> None:
    text = "Belarus became the tenth member of the SCO.\n\n" + listing
    counts = {value for kind, _, value in _claims(text, "2024-07-05") if kind == "count"}
    assert counts <= {10}


def test_the_list_of_links_ends_at_the_first_paragraph_of_prose() -> None:
    blocks = [
        "Related stories",
        "Eight-nation bloc meets in Bishkek",
        "The SCO now has ten members. Belarus joined in 2024.",
    ]
    assert without_promos(blocks) == ["The SCO now has ten members. Belarus joined in 2024."]


def test_a_promo_line_run_into_prose_without_a_blank_line_is_dropped_alone() -> None:
    block = "Intro sentence here.\nALSO READ | Six-nation SCO agrees to take in India\nMore prose."
    assert without_promos([block]) == ["Intro sentence here.\nMore prose."]
