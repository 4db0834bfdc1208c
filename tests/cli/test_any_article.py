"""`--article PATH`: any article in the seed's layout, however messy."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Invoke, rows


def write(tmp_path: Path, content: str | bytes, name: str = "article.txt") -> str:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return str(path)


def sections(sco: Invoke, path: str) -> list[dict[str, Any]]:
    result = sco("--article", path, "sections", "--json")
    assert result.exit_code == 0, result.stderr
    return list(json.loads(result.stdout)["sections"])


def test_no_headings_is_one_lead_section_with_every_paragraph(sco: Invoke, tmp_path: Path) -> None:
    path = write(tmp_path, "One.\n\nTwo.\n\nThree.\n")
    assert sections(sco, path) == [
        {"slug": "lead", "heading": None, "paragraphs": [1, 2, 3], "keywords": ["lead"]}
    ]
    plain = sco("--article", path, "sections").stdout
    assert rows(plain) == [["lead", "", "1-3", "lead"]]


def test_a_headline_instead_of_a_metadata_line(sco: Invoke, tmp_path: Path) -> None:
    path = write(tmp_path, "SCO leaders gather in Tianjin\n\nThe summit opens. It is big.\n")
    doc = json.loads(sco("--article", path, "summary", "--json").stdout)
    assert doc["source"]["headline"] == "SCO leaders gather in Tianjin"
    assert doc["shape"] == {"sections": 1, "paragraphs": 1, "sentences": 2, "words": 6}
    assert doc["facts"] is None


def test_windows_line_ends_and_a_byte_order_mark(sco: Invoke, tmp_path: Path) -> None:
    text = "\ufeffdate 2025-01-02 Photo | AP\r\n\r\nFirst.\r\n\r\nA HEADING\r\n\r\nSecond.\r\n"
    path = write(tmp_path, text)
    assert [(s["slug"], s["paragraphs"]) for s in sections(sco, path)] == [
        ("lead", [1]),
        ("a-heading", [2]),
    ]
    doc = json.loads(sco("--article", path, "summary", "--json").stdout)
    assert doc["source"]["date"] == "2025-01-02"
    assert doc["source"]["image_credit"] == "Photo | AP"


def test_non_ascii_text(sco: Invoke, tmp_path: Path) -> None:
    text = (
        "ШОС И КАЗАХСТАН\n\nСаммит ШОС пройдёт в Тяньцзине. Казахстан поддерживает.\n\n"
        "上海合作组织峰会在天津举行。\n\nTürkiye is a dialogue partner.\n"
    )
    path = write(tmp_path, text)
    found = sections(sco, path)
    assert found[0]["heading"] == "ШОС И КАЗАХСТАН"
    assert found[0]["slug"] == "шос-и-казахстан"
    assert found[0]["paragraphs"] == [1, 2, 3]
    quoted = sco("--article", path, "quote", "--section", "шос", "--format", "plain").stdout
    assert "上海合作组织峰会在天津举行。" in quoted
    result = sco("--article", path, "search", "Türkiye", "--json")
    assert json.loads(result.stdout)["hits"][0]["text"] == "Türkiye is a dialogue partner."
    cyrillic = sco("--article", path, "search", "Казахстан", "--format", "plain")
    assert cyrillic.exit_code == 0


def test_typographic_quotes_and_dashes(sco: Invoke, tmp_path: Path) -> None:
    text = "He said “It is done.” Then — at last — he left. ‘Quoted’ words stay.\n"
    path = write(tmp_path, text)
    doc = json.loads(sco("--article", path, "quote", "--json").stdout)
    assert doc["sections"][0]["paragraphs"][0]["text"] == text.strip()
    found = json.loads(sco("--article", path, "search", "left", "--json").stdout)
    assert found["hits"][0]["text"] == "Then — at last — he left."


def test_a_very_long_paragraph(sco: Invoke, tmp_path: Path) -> None:
    paragraph = " ".join(f"Sentence number {i} talks of trade." for i in range(5000))
    path = write(tmp_path, paragraph + "\n")
    assert sections(sco, path)[0]["paragraphs"] == [1]
    doc = json.loads(sco("--article", path, "search", "trade", "--json", "--limit", "3").stdout)
    assert doc["total"] == 5000


def test_an_article_of_one_paragraph(sco: Invoke, tmp_path: Path) -> None:
    path = write(tmp_path, "Only this.")
    assert sections(sco, path) == [
        {"slug": "lead", "heading": None, "paragraphs": [1], "keywords": ["lead"]}
    ]
    assert rows(sco("--article", path, "quote").stdout) == [
        ["lead", "1", "Only this.", "article article"]
    ]


def test_standard_input(sco: Invoke) -> None:
    result = sco("--article", "-", "quote", "--format", "plain", input="From a pipe.\n")
    assert result.exit_code == 0
    assert rows(result.stdout) == [["lead", "1", "From a pipe.", "article stdin"]]


@pytest.mark.parametrize("where", ["before", "after"])
def test_article_before_or_after_the_command(sco: Invoke, tmp_path: Path, where: str) -> None:
    path = write(tmp_path, "NOTES\n\nOne.\n")
    args = ["--article", path, "sections"] if where == "before" else ["sections", "--article", path]
    assert rows(sco(*args).stdout) == [["notes", "NOTES", "1", "notes"]]
    refused = (
        sco("members", "--article", path) if where == "after" else sco("--article", path, "members")
    )
    assert refused.exit_code == 2  # members does not take --article: a usage error


def test_max_size_after_the_command(sco: Invoke, tmp_path: Path) -> None:
    path = write(tmp_path, "x" * 2048)
    result = sco("sections", "--article", path, "--max-size", "1K")
    assert result.exit_code == 3
    assert "the limit is 1,024 bytes" in result.stderr


def test_the_environment_names_the_article(sco: Invoke, tmp_path: Path) -> None:
    path = write(tmp_path, "From the environment.\n")
    result = sco("sections", env={"SCO_ARTICLE": path})
    assert rows(result.stdout) == [["lead", "", "1", "lead"]]


@pytest.mark.parametrize(
    "command", [("members",), ("facts",), ("get", "summit.city"), ("timeline",)]
)
def test_commands_that_need_the_facts_refuse_article_and_ignore_the_environment(
    sco: Invoke, tmp_path: Path, command: tuple[str, ...]
) -> None:
    path = write(tmp_path, "Text.\n")
    result = sco("--article", path, *command)
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: sco {command[0]} does not read --article: it is for summary, quote, sections, "
        "search and export (see 'sco --help')\n"
    )
    # An exported SCO_ARTICLE is for the text commands; the fact commands answer as always.
    assert sco(*command, env={"SCO_ARTICLE": path}).stdout == sco(*command).stdout
    assert "--article" not in sco(command[0], "--help").stdout


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"caf\xe9 au lait\n", "not UTF-8 text (invalid byte at offset 3)"),
        (b"\x7fELF\x02\x01\x01\x00\x00\x00", "a binary file, not text"),
    ],
)
def test_bytes_that_are_not_text_exit_3(
    sco: Invoke, tmp_path: Path, content: bytes, message: str
) -> None:
    path = write(tmp_path, content)
    result = sco("--article", path, "sections")
    assert result.exit_code == 3
    assert result.stderr == f"Error: {path}: {message}\n"


def test_a_directory_exits_3(sco: Invoke, tmp_path: Path) -> None:
    result = sco("--article", str(tmp_path), "sections")
    assert result.exit_code == 3
    assert result.stderr == f"Error: {tmp_path}: is a directory, not an article\n"


def test_a_missing_file_exits_3(sco: Invoke, tmp_path: Path) -> None:
    result = sco("--article", str(tmp_path / "gone.txt"), "sections")
    assert result.exit_code == 3
    assert result.stderr == f"Error: {tmp_path / 'gone.txt'}: file not found\n"


def test_a_file_over_the_size_limit_exits_3(sco: Invoke, tmp_path: Path) -> None:
    path = write(tmp_path, "x" * 2048)
    result = sco("--max-size", "1K", "--article", path, "sections")
    assert result.exit_code == 3
    assert result.stderr == (
        f"Error: {path}: too large (2,048 bytes; the limit is 1,024 bytes, set with --max-size)\n"
    )
    assert sco("--max-size", "2K", "--article", path, "sections").exit_code == 0


def test_standard_input_over_the_limit_exits_3(sco: Invoke) -> None:
    result = sco("--max-size", "10", "--article", "-", "sections", input="y" * 100)
    assert result.exit_code == 3
    assert "standard input: too large" in result.stderr


@pytest.mark.parametrize("size", ["lots", "0", "-5", "1T"])
def test_a_bad_max_size_is_a_usage_error(sco: Invoke, size: str) -> None:
    result = sco("--max-size", size, "sections")
    assert result.exit_code == 2
