"""Output that must hold in every terminal and pipe: markup, width, colour."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Invoke

BRACKETS = "[Editor's note: bold] [red]not markup[/red]"


@pytest.fixture
def bracketed_article(data_copy: Path) -> Path:
    """Paragraph 5 (which no fact quotes) gains text that looks like rich markup."""
    path = data_copy / "article" / "000_b63b9ab8cbf85ae0.txt"
    text = path.read_text(encoding="utf-8")
    anchor = "not just for Eurasia, but for the entire world."
    assert anchor in text
    path.write_text(text.replace(anchor, f"{anchor} {BRACKETS}"), encoding="utf-8")
    return data_copy


@pytest.mark.usefixtures("bracketed_article")
@pytest.mark.parametrize("fmt", ["rich", "plain", "json"])
def test_brackets_survive_every_format(sco: Invoke, fmt: str) -> None:
    result = sco("quote", "--paragraph", "5", "--format", fmt, env={"COLUMNS": "300"})
    assert result.exit_code == 0
    # Rich wraps prose at 90 columns, so compare with the line breaks as spaces.
    assert BRACKETS in " ".join(result.stdout.split())


@pytest.mark.parametrize("command", ["summary", "members", "quote", "facts", "sections"])
def test_json_is_never_wrapped(sco: Invoke, command: str) -> None:
    result = sco(command, "--json", env={"COLUMNS": "20"})
    assert max(len(line) for line in result.stdout.splitlines()) > 20
    assert json.loads(result.stdout)["schema_version"] == 1


def test_term_dumb_has_no_colour(sco: Invoke) -> None:
    result = sco("members", "--format", "rich", env={"NO_COLOR": "", "TERM": "dumb"})
    assert result.exit_code == 0
    assert "\x1b[" not in result.stdout


def test_no_color_wins_over_nothing_but_force_color_colours(sco: Invoke) -> None:
    plain = sco("quote", "--section", "lead", "--format", "rich").stdout
    forced = sco(
        "quote", "--section", "lead", "--format", "rich", env={"NO_COLOR": "", "FORCE_COLOR": "1"}
    ).stdout
    assert "\x1b[" not in plain
    assert "\x1b[" in forced


def test_columns_sets_the_rich_width(sco: Invoke) -> None:
    narrow = sco("sections", "--format", "rich", env={"COLUMNS": "60"}).stdout
    assert max(len(line) for line in narrow.splitlines()) <= 60


def test_plain_keeps_each_record_on_one_line(sco: Invoke) -> None:
    out = sco("quote", "--format", "plain").stdout
    lines = out.splitlines()
    assert len(lines) == 15
    assert all(len(line.split("\t")) == 4 for line in lines)
