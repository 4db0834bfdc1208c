"""Invisible characters cannot hide a claim: it is read without them, and
located and quoted in the article's own text, with them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_of
from sco_cli.claims.normalize import in_original, reading
from tests.conftest import Invoke

INVISIBLES = {
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "soft hyphen": "\u00ad",
    "byte order mark": "\ufeff",
    "left-to-right mark": "\u200e",
    "right-to-left mark": "\u200f",
    "arabic letter mark": "\u061c",
    "word joiner": "\u2060",
    "right-to-left override": "\u202e",
    "first strong isolate": "\u2068",
    "pop directional isolate": "\u2069",
    "mongolian vowel separator": "\u180e",
    "tag space": "\U000e0020",
}
CLAIM = "nine member states"


def _hidden(mark: str) -> str:
    """The claim with the mark inside a word, between words and at its end."""
    return f"ni{mark}ne{mark} member stat{mark}es{mark}"


@pytest.mark.parametrize("mark", INVISIBLES.values(), ids=INVISIBLES.keys())
def test_a_claim_with_an_invisible_character_is_found_and_located(
    sco: Invoke, tmp_path: Path, mark: str
) -> None:
    sentence = f"The SCO has {_hidden(mark)}, its host said."
    text = f"date 2025-09-01\n\n{sentence}\n"
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    result = sco("check", str(path), "--json")
    assert result.exit_code == 4, result.stderr
    (record,) = json.loads(result.stdout)["claims"]
    assert record["verdict"] == "contradicts"
    assert record["claim"]["value"] == 9
    # The quote is the article's own text, and its location points at it there.
    assert record["claim"]["text"] == _hidden(mark).rstrip(mark)
    assert record["sentence"] == sentence
    start, end = record["location"]["span"]
    assert sentence[start:end] == record["claim"]["text"]


@pytest.mark.parametrize("marks", ["\ufeff\ufeff", "\u200b\ufeff", "\u200f"])
def test_invisible_characters_before_the_date_line_do_not_hide_it(sco: Invoke, marks: str) -> None:
    result = sco(
        "check", "-", "--json", input=f"{marks}date 2025-09-01\n\nThe SCO has nine member states.\n"
    )
    assert result.exit_code == 4, result.stderr
    assert json.loads(result.stdout)["claims"][0]["article_date"] == "2025-09-01"


def test_an_invisible_character_in_a_page_is_read_past(sco: Invoke, tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        "<html><head><meta property='article:published_time' content='2025-09-01'></head><body>"
        "<article><h1>Summit</h1><p>The leaders met in Tianjin for talks on trade and more.</p>"
        "<p>The SCO has ni&#x200f;ne&#8203; member states, the host said.</p></article></body></html>",
        encoding="utf-8",
    )
    result = sco("check", str(page), "--json")
    assert result.exit_code == 4, result.stderr
    (record,) = json.loads(result.stdout)["claims"]
    assert (record["verdict"], record["claim"]["value"]) == ("contradicts", 9)


def test_a_sentence_without_invisible_characters_is_read_as_it_is() -> None:
    assert reading("The SCO has nine member states.") is None
    document = build("x", "The SCO has ni\u00adne member states.", None)
    (sentence,) = document.sentences
    assert sentence.read is not None
    assert sentence.read.text == "The SCO has nine member states."
    assert in_original(sentence.read, 12, 16) == (12, 17)
    assert in_original(sentence.read, 0, 0) == (0, 0)


# A status in quotation marks is the status: its marks are left out when claims are read,
# and the claim is quoted with them. (sentence, the (country, status) claims it must give)
QUOTED = (
    ('Afghanistan, Belarus and Mongolia have "observer" status.', ("Belarus", "observer")),
    (
        "Nepal and Armenia hold the \u2018dialogue partner\u2019 status.",
        ("Armenia", "dialogue_partner"),
    ),
    ("Iran, an \u201cobserver state\u201d of the SCO, sent its president.", ("Iran", "observer")),
)
# quotation marks around anything else stay: they are read as they are
NOT_QUOTED = (
    'Belarus and Iran praised the "Shanghai spirit".',
    "China's and Russia's 'members-only' talks",  # a status word inside a longer term
    'India called it "membership by the back door".',
)


@pytest.mark.parametrize(("sentence", "claim"), QUOTED)
def test_a_quoted_status_is_read_as_the_status(sentence: str, claim: tuple[str, str]) -> None:
    document = build("x", f"The SCO met in June. {sentence}", None)
    found = {
        (c.subject, c.value, document.sentences[1].text[c.start : c.end])
        for s, c in claims_of(document.sentences, "2016-01-01")
        if s.number == 2
    }
    assert claim in {(subject, value) for subject, value, _ in found}
    # the claim's words are the article's own, marks and all
    assert all(quote in sentence for _, _, quote in found)


@pytest.mark.parametrize("sentence", NOT_QUOTED)
def test_quotation_marks_around_other_words_are_kept(sentence: str) -> None:
    assert reading(sentence) is None
