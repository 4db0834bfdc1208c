"""The extractor is linear on hostile sentences: long lists, runs of claims,
no sentence end (see tests/test_linear.py for the method: 4x the input, under
10x the time)."""

from __future__ import annotations

import pytest

from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_in, claims_of
from tests.test_linear import assert_linear

pytestmark = pytest.mark.slow  # scaling and memory: the quick loop leaves them out

HOSTILE = {
    "a list of countries": "Belarus, India, Pakistan and ",
    "counts": "10 member states and two observer states, ",
    "appositives": "Turkey, a dialogue partner since 2012, ",
    "joining": "India and Pakistan joined as full members in 2017, ",
    "summits": "the 2019 summit in Bishkek hosted by Kyrgyzstan in 2019 and ",
    "founding": "it was founded in Shanghai in 2001 by the SCO and ",
    "hyphens": "ten-member-nine-member-eight-member ",
    "countries": "the SCO family of 26 countries, ",
    "no claims": "Leaders met in the capital without a word on numbers ",
    "possessives": "the accession of Iran in 2023, Belarus's observer status and ",
    "which hosted": "Bishkek, the Kyrgyz capital, which last hosted the leaders in 2019, ",
    "bare counts": "the bloc of 10, its membership grew to nine and ",
    "the Shanghai Five": "the Shanghai Five grouping of 1996 became the SCO in 2001 and ",
    "host lists": "hosts include Kyrgyzstan (Bishkek, 2019), Russia (online, 2020), ",
    "admitted": "the SCO admitted Iran in 2023, the number of dialogue partners to 14 and ",
    "meetings": "the 2005 Astana meeting, the 2020 meeting hosted virtually by Russia, ",
    "other organisations": "Russia, an observer at the Arctic Council, joined the WTO in 2012, ",
    # a list under its heading run on (the heading is read once, at the start)
    "listed items": "Observers: 1. Iran 2. the Federal Democratic Republic of Nepal 3. Afganistan ",
    "names run together": "Kazakhstan Kyrgyzstan betweenChina andTajikistan ",
    "delegations": "the heads of the SCO observer states - President A of Iran, Minister B of India, ",
    "signatories": "the presidents of China, Russia and Iran signed the charter of the SCO and ",
    # Russian and Chinese: a run of names with no status after it, many summits, many counts
    "a Russian run of names": "Индия, Китай, ",
    "Russian summits": "саммит ШОС в Астане 2017 ",
    "a Chinese run of names": "中国、印度、",
    "Chinese summits": "上合组织峰会天津",
    "Chinese counts after a year": "2017年，上合组织有8个成员国，",
}


@pytest.mark.parametrize("piece", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_long_sentence_of_claims_is_read_in_linear_time(piece: str) -> None:
    def extract(repeats: int) -> object:
        return claims_in(piece * repeats, "2025-01-01")

    # Large enough to time above the noise of a shared machine (cheap pieces longer).
    cheap = piece.startswith(("Leaders", "Belarus"))
    assert_linear(extract, 5000 if cheap else 500)


def test_a_long_article_is_split_in_linear_time() -> None:
    def split(repeats: int) -> object:
        return build("x", "The SCO has ten members. It met.\n" * repeats, None)

    assert_linear(split, 2000)


# A heading and its items run together in one sentence: one start, however many names.
HEADED = {
    "a Russian heading's items": ("Государства-члены ШОС: ", "- Китай "),
    "a Chinese heading's items": ("上合组织成员国： ", "• 中国 "),
}


@pytest.mark.parametrize(("heading", "item"), list(HEADED.values()), ids=list(HEADED))
def test_a_heading_of_many_items_is_read_in_linear_time(heading: str, item: str) -> None:
    def extract(repeats: int) -> object:
        return claims_in(heading + item * repeats + "и так далее", "2025-01-01")

    assert_linear(extract, 2000)


# Sentences read after the one before: a count then its list, a heading then its items,
# a sentence that refers to the SCO named before it.
FOLLOWING = {
    "Russian counts then lists": "ШОС включает 10 государств. Это Китай, Россия и Индия.\n",
    "Russian headings then items": "Государства-члены ШОС:\n\n- Китай\n\n- Индия\n\n",
    "Russian references": "ШОС основана в 2001 году. В нее входят Китай и Индия. ",
    "Chinese references": "上合组织成立于2001年。其成员国包括中国和印度。",
    "Chinese headings then items": "上合组织观察员国：\n\n• 阿富汗\n\n• 蒙古国\n\n",
}


@pytest.mark.parametrize("piece", list(FOLLOWING.values()), ids=list(FOLLOWING))
def test_a_long_document_read_sentence_after_sentence_is_linear(piece: str) -> None:
    def extract(repeats: int) -> object:
        return list(claims_of(build("x", piece * repeats, None).sentences, "2025-01-01"))

    assert_linear(extract, 200)


def test_a_long_list_under_its_heading_is_split_in_linear_time() -> None:
    def split(repeats: int) -> object:
        return build("x", "Observer states of the SCO\n\n" + "- Iran\n- Mongolia\n" * repeats, None)

    assert_linear(split, 2000)
