"""`sco quote`: sections verbatim, by any name a person would type."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Invoke, rows

SECURITY = "from-security-to-shared-prosperity"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("security", SECURITY),
        ("SECURITY", SECURITY),
        ("sec", SECURITY),
        ("prosperity", SECURITY),
        ("unity", "unity-in-diversity-and-beyond"),
        ("lead", "lead"),
        ("Lead", "lead"),
        ("a-global", "a-global-platform-in-a-connected-world"),
        (SECURITY, SECURITY),
    ],
)
def test_section_names(sco_json: Any, name: str, slug: str) -> None:
    doc = sco_json("quote", "--section", name)
    assert [s["slug"] for s in doc["sections"]] == [slug]


def test_security_section_json(sco_json: Any) -> None:
    doc = sco_json("quote", "--section", "security")
    section = doc["sections"][0]
    assert section["heading"] == "FROM SECURITY TO SHARED PROSPERITY"
    assert [p["number"] for p in section["paragraphs"]] == [9, 10, 11, 12]
    assert section["paragraphs"][0]["text"].startswith("The SCO was founded with the primary goal")
    assert doc["attribution"]["author"] == "Serik Korzhumbayev"
    assert doc["attribution"]["outlet"] == "Kazakhstan Today"


def test_plain_is_section_paragraph_text(sco: Invoke) -> None:
    result = sco("quote", "--section", "security", "--format", "plain")
    table = rows(result.stdout)
    assert [row[:2] for row in table] == [[SECURITY, str(n)] for n in (9, 10, 11, 12)]
    assert table[1][2].endswith("to bolster regional resilience.")


def test_rich_has_heading_numbers_and_attribution(sco: Invoke) -> None:
    result = sco("quote", "--section", "security", "--format", "rich")
    assert result.exit_code == 0
    assert "FROM SECURITY TO SHARED PROSPERITY" in result.stdout
    assert "¶10" in result.stdout
    assert "Source     Kazakhstan Today, reporting Xinhua · Serik Korzhumbayev · 2025-09-09" in (
        result.stdout
    )


def test_paragraph(sco_json: Any) -> None:
    doc = sco_json("quote", "--section", "sec", "--paragraph", "10")
    assert [p["number"] for s in doc["sections"] for p in s["paragraphs"]] == [10]


def test_paragraph_without_section(sco_json: Any) -> None:
    doc = sco_json("quote", "--paragraph", "6")
    assert [(s["slug"], [p["number"] for p in s["paragraphs"]]) for s in doc["sections"]] == [
        ("a-global-platform-in-a-connected-world", [6])
    ]


def test_match_keeps_matching_sentences(sco: Invoke) -> None:
    result = sco("quote", "--section", "lead", "--match", "kazakhstan", "--format", "plain")
    assert result.exit_code == 0
    assert rows(result.stdout) == [
        [
            "lead",
            "4",
            "Kazakhstan shares this vision, believing that the SCO is an effective platform for "
            "strengthening regional and global stability, promoting economic cooperation, and "
            "building bridges of friendship between nations.",
            "Kazakhstan Today, reporting Xinhua; by Serik Korzhumbayev; dated 2025-09-09; "
            "article 000_b63b9ab8cbf85ae0",
        ]
    ]


def test_match_with_no_hit_exits_1_as_search_does(sco: Invoke) -> None:
    result = sco("quote", "--section", "lead", "--match", "zebra", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "Error: no sentence contains 'zebra' in section 'lead'\n"


def test_whole_article_without_options(sco_json: Any) -> None:
    doc = sco_json("quote")
    assert [p["number"] for s in doc["sections"] for p in s["paragraphs"]] == list(range(1, 16))


def test_unknown_section_exits_2_with_closest_and_list(sco: Invoke) -> None:
    result = sco("quote", "--section", "securty")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        f"Error: no section 'securty'; did you mean '{SECURITY}'? (sections: lead, "
        f"a-global-platform-in-a-connected-world, {SECURITY}, unity-in-diversity-and-beyond)\n"
    )


def test_ambiguous_section_exits_2(sco: Invoke) -> None:
    result = sco("quote", "--section", "p")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: section 'p' is ambiguous: it matches "
        f"a-global-platform-in-a-connected-world, {SECURITY} (sections: lead, "
        f"a-global-platform-in-a-connected-world, {SECURITY}, unity-in-diversity-and-beyond)\n"
    )


def test_paragraph_outside_the_section_exits_2(sco: Invoke) -> None:
    result = sco("quote", "--section", "lead", "--paragraph", "10")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: paragraph 10 is not in section 'lead' (it is in '{SECURITY}'; 'lead' has 1-5)\n"
    )


def test_paragraph_beyond_the_article_exits_2(sco: Invoke) -> None:
    result = sco("quote", "--paragraph", "99")
    assert result.exit_code == 2
    assert result.stderr == "Error: no paragraph 99: the article has paragraphs 1-15\n"
