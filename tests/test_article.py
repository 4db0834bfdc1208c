"""The article parser, on the seed and on other texts in the same layout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_cli.article import sentences
from sco_cli.article.parse import (
    is_heading,
    keywords_of,
    locate,
    parse_article,
    slugify,
    split_sentences,
)
from sco_cli.dataset import data_dir
from sco_cli.errors import ArticleParseError

SEED = (Path(data_dir()) / "article" / "000_b63b9ab8cbf85ae0.txt").read_text(encoding="utf-8")


def test_seed_metadata_author_and_closing() -> None:
    article = parse_article(SEED, "seed")
    assert article.date == "2025-09-09"
    assert article.credit == "Images | Xinhua"
    assert article.author == "Serik Korzhumbayev"
    assert len(article.closing) == 1
    assert article.closing[0].startswith("The views expressed")


def test_seed_sections_and_paragraph_numbers() -> None:
    article = parse_article(SEED, "seed")
    assert [s.slug for s in article.sections] == [
        "lead",
        "a-global-platform-in-a-connected-world",
        "from-security-to-shared-prosperity",
        "unity-in-diversity-and-beyond",
    ]
    assert [s.paragraph_numbers for s in article.sections] == [
        (1, 2, 3, 4, 5),
        (6, 7, 8),
        (9, 10, 11, 12),
        (13, 14, 15),
    ]
    assert article.sections[0].heading is None
    assert article.sections[2].keywords == ("security", "shared", "prosperity")


def test_sentences_keep_quotes_and_names_whole() -> None:
    article = parse_article(SEED, "seed")
    second = article.by_number[2]
    assert len(second.sentences) == 1  # the comma inside "Shanghai Spirit," ends nothing
    twelfth = article.by_number[12]
    assert twelfth.sentences[0].startswith("Kazakh President Kassym-Jomart Tokayev")
    assert len(twelfth.sentences) == 2
    assert article.by_number[1].sentences[-1].endswith("Xinhua reports.")


def test_no_headings_is_one_lead_section() -> None:
    article = parse_article("First paragraph.\n\nSecond one.\n", "plain")
    assert [s.slug for s in article.sections] == ["lead"]
    assert article.sections[0].paragraph_numbers == (1, 2)
    assert article.date is None
    assert article.author is None


def test_runs_of_blank_lines_and_crlf() -> None:
    text = "date 2024-01-02 Photo | Agency\r\n\r\n\r\n  \r\nOne.\r\n\r\n\r\n\r\nTWO PARTS\r\n\r\nTwo.\r\n"
    article = parse_article(text, "crlf")
    assert article.date == "2024-01-02"
    assert article.credit == "Photo | Agency"
    assert [s.slug for s in article.sections] == ["lead", "two-parts"]
    assert [p.text for p in article.paragraphs] == ["One.", "Two."]


def test_heading_as_last_line_is_an_empty_section() -> None:
    article = parse_article("Body text here.\n\nTHE END", "tail")
    assert [(s.slug, s.paragraph_numbers) for s in article.sections] == [
        ("lead", (1,)),
        ("the-end", ()),
    ]


def test_text_after_author_line_is_the_closing() -> None:
    article = parse_article(
        "Body.\n\nAuthor: A. N. Other\n\nDisclaimer one.\n\nDisclaimer two.", "x"
    )
    assert article.author == "A. N. Other"
    assert article.closing == ("Disclaimer one.", "Disclaimer two.")
    assert [p.number for p in article.paragraphs] == [1]


def test_heading_and_text_without_a_blank_line_between() -> None:
    article = parse_article("INTRO HEADING\nFirst line\ncontinues here.", "x")
    assert article.sections[0].heading == "INTRO HEADING"
    assert article.sections[0].paragraphs[0].text == "First line continues here."


def test_duplicate_headings_get_distinct_slugs() -> None:
    article = parse_article("NEWS\n\nOne.\n\nNEWS\n\nTwo.", "x")
    assert [s.slug for s in article.sections] == ["news", "news-2"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "Stop." Then left.', ('He said "Stop."', "Then left.")),
        ("Mr. Smith met Dr. Jones. They talked.", ("Mr. Smith met Dr. Jones.", "They talked.")),
        ("J. R. Tolkien wrote. Yes.", ("J. R. Tolkien wrote.", "Yes.")),
        (
            "Kassym-Jomart spoke, Xinhua reports. Next.",
            ("Kassym-Jomart spoke, Xinhua reports.", "Next."),
        ),
        ("Is it? Yes! Fine.", ("Is it?", "Yes!", "Fine.")),
        ("e.g. this stays. one sentence.", ("e.g. this stays. one sentence.",)),
        ("In 2025. 10 states joined.", ("In 2025.", "10 states joined.")),
        # a transliterated initial of two letters and a military title end no sentence
        (
            "President Ts. Elbegdorj of Mongolia and Lt. Gen. Ivanov came. Kh. Battulga left.",
            ("President Ts. Elbegdorj of Mongolia and Lt. Gen. Ivanov came.", "Kh. Battulga left."),
        ),
        ("They met in the US. Ts. Sh. Then.", ("They met in the US.", "Ts. Sh. Then.")),
        ("It has two paths. Sh. No.", ("It has two paths.", "Sh. No.")),
        ("He said sh. Then left.", ("He said sh.", "Then left.")),
    ],
)
def test_split_sentences(text: str, expected: tuple[str, ...]) -> None:
    assert split_sentences(text) == expected


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("A GLOBAL PLATFORM", True),
        ("SCO 2025: WHAT NEXT", True),
        ("Not A Heading", False),
        ("SHOUTING SENTENCE.", False),
        ("I", False),
        ("2025", False),
    ],
)
def test_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_slug_and_keywords() -> None:
    assert slugify("FROM SECURITY TO SHARED PROSPERITY") == "from-security-to-shared-prosperity"
    assert keywords_of("UNITY IN DIVERSITY AND BEYOND") == ("unity", "diversity", "beyond")


def test_locate_normalises_white_space_and_numbers_sentences() -> None:
    article = parse_article(SEED, "seed")
    where = locate(article, "Positioned at the crossroads   of major\ntrade routes")
    assert where is not None
    assert (where.part, where.section, where.paragraph, where.sentence) == (
        "body",
        "from-security-to-shared-prosperity",
        11,
        2,
    )
    assert locate(article, "Author: Serik Korzhumbayev") is not None
    assert locate(article, "not in the article at all") is None


def test_binary_text_is_a_parse_error() -> None:
    with pytest.raises(ArticleParseError, match="NUL"):
        parse_article("abc\x00def", "bin")


_END_PIECES = st.sampled_from(
    [*"aZ .!?.\"')(]\u201c\u201d\u2019 \n\t\u0430\u042f\u3002\uff01\u300d", "Mr.", "U.S.", "..."]
)


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@given(st.lists(_END_PIECES, max_size=30).map("".join))
def test_sentence_end_pattern_is_the_look_behind_first_one(text: str) -> None:
    """The sentence end's pattern, its look-behind moved after its first mark so the scan
    skips to the next mark, matches where the pattern with the look-behind first did."""
    closers, openers = sentences._CLOSERS, sentences._OPENERS
    before = re.compile(
        f"(?<![.!?])[.!?]++[{closers}]*+(?=\\s++[{openers}]?+[^\\s{openers}a-z\u0430-\u044f\u0451])"
        "|[\u3002\uff01\uff1f]++[\u201d\u2019\u300d\u300f\uff09)]*+"
    )
    now = re.compile(sentences._SENTENCE_END)
    assert [m.span() for m in now.finditer(text)] == [m.span() for m in before.finditer(text)]


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@given(
    st.lists(st.sampled_from([*"aZ.é_1 \n", "Mr", "U.S", "etc", "J", "Ts", "ts"]), max_size=12).map(
        "".join
    )
)
def test_the_word_before_a_full_stop_read_backwards(before: str) -> None:
    """An abbreviation is the word the old search found: `[\\w.]+$` on what stands before."""
    match = re.search(r"[\w.]+$", before)
    word = match.group() if match else ""
    expected = bool(word) and (
        (len(word) == 1 and word.isupper())
        or word.lower() in sentences._ABBREVIATIONS
        or (word.istitle() and word.lower() in sentences._DIGRAPHS)
    )
    assert sentences._is_abbreviation(before) == expected
