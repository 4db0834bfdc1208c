"""Text from the data or the user reaches no terminal raw, through every command and format.

A copy of the data carries terminal-driving characters in the places text
comes from (an article heading and paragraph, a fact's label, a milestone,
a status event); every command then runs in every format. Text formats and
rich views show each character as a visible escape; JSON keeps it, escaped as
JSON escapes it; SVG and HTML exports stay well-formed.
"""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.conftest import Invoke, edit

# One of each class: CSI, OSC 0 (title), OSC 52 (clipboard), OSC 8 (link), C1 CSI,
# a bidi override and an isolate, a carriage return and a bell.
EVIL = (
    "\x1b[2J\x1b]0;OWNED\x1b\\\x1b]52;c;cGF5bG9hZA==\x07"
    "\x1b]8;;http://evil.example\x1b\\x\x1b]8;;\x1b\\\x9b31m\u202eRTL\u202c\u2066i\u2069\r\x07"
)
# A heading must stay ALL-CAPS to read as one: the same classes, no lower case.
EVIL_HEADING = "A HEADING \x1b[2J\x1b]0;OWNED\x07\x9b31M\u202eRTL\u202c\u2066I\u2069"
VISIBLE = "\u241b[2J"  # how the first of them must appear in text: ␛[2J


def _drives_a_terminal(text: str) -> list[str]:
    return [
        ch
        for ch in set(text)
        if (ord(ch) < 0x20 and ch not in "\t\n")
        or 0x7F <= ord(ch) <= 0x9F
        or 0x202A <= ord(ch) <= 0x202E
        or 0x2066 <= ord(ch) <= 0x2069
    ]


@pytest.fixture
def hostile_data(data_copy: Path) -> Path:
    article = next((data_copy / "article").glob("*.txt"))
    author = "Author: Serik"  # the body ends before the author line
    edit(article, author, f"{EVIL_HEADING}\n\nThe summit {EVIL} opens today.\n\n{author}")
    edit(data_copy / "facts.toml", 'value = "Serik', 'value = "\\u001b]0;OWNED\\u0007\\u202eSerik')
    edit(
        data_copy / "facts.toml",
        "it is the page's capture",
        "it is \\u001b[2J\\u009b the page's capture",
    )
    edit(
        data_copy / "reference" / "sco-milestones.csv",
        "SCO Charter signed",
        f"SCO Charter {EVIL.replace(chr(13), '')} signed",
    )
    return data_copy


# One invocation a command: each shows text that came from the data.
INVOCATIONS = {
    "quote": ["quote", "--match", "opens today"],
    "sections": ["sections"],
    "search": ["search", "opens"],
    "facts": ["facts"],
    "get": ["get", "source.author", "source.date", "--evidence"],
    "timeline": ["timeline"],
}
TEXT_FORMATS = ("plain", "tsv", "csv", "markdown", "rich")


@pytest.mark.parametrize("fmt", TEXT_FORMATS)
@pytest.mark.parametrize("command", INVOCATIONS)
def test_text_formats_show_controls_as_escapes(
    sco: Invoke, hostile_data: Path, command: str, fmt: str
) -> None:
    result = sco(*INVOCATIONS[command], "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert _drives_a_terminal(result.stdout) == []
    assert _drives_a_terminal(result.stderr) == []
    assert "\u241b" in result.stdout, "the hostile text should be shown, made visible"


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
@pytest.mark.parametrize("command", INVOCATIONS)
def test_json_keeps_the_text_escaped_as_json_does(
    sco: Invoke, hostile_data: Path, command: str, fmt: str
) -> None:
    result = sco(*INVOCATIONS[command], "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert _drives_a_terminal(result.stdout) == []  # json.dumps escapes controls
    values = [json.loads(line) for line in result.stdout.splitlines()] if fmt == "jsonl" else []
    text = json.dumps(values or json.loads(result.stdout), ensure_ascii=False)
    assert "\\u001b" in text  # the character itself survived, as data


@pytest.mark.parametrize("command", ["quote", "facts", "timeline", "search"])
def test_exports_are_well_formed_whatever_the_text(
    sco: Invoke, hostile_data: Path, tmp_path: Path, command: str
) -> None:
    svg, html, txt = (tmp_path / f"out.{s}" for s in ("svg", "html", "txt"))
    for target in (svg, html, txt):
        result = sco(*INVOCATIONS[command], "--export", str(target))
        assert result.exit_code == 0, result.stderr
        assert _drives_a_terminal(target.read_text(encoding="utf-8")) == []
    # sco's own export, parsed to prove it well-formed (raises otherwise)
    ET.fromstring(svg.read_text(encoding="utf-8"))  # noqa: S314
    HTMLParser().feed(html.read_text(encoding="utf-8"))
    assert "\u241b" in txt.read_text(encoding="utf-8")


def test_an_article_of_the_users_is_shown_not_obeyed(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"Head\n\nThe summit {EVIL} opens today.\n", encoding="utf-8")
    for fmt in TEXT_FORMATS:
        result = sco("--article", str(article), "quote", "--format", fmt)
        assert result.exit_code == 0, result.stderr
        assert _drives_a_terminal(result.stdout) == []
        assert VISIBLE in result.stdout


def test_file_names_in_errors_are_shown_not_obeyed(sco: Invoke, tmp_path: Path) -> None:
    result = sco("--article", str(tmp_path / f"missing{EVIL}.txt"), "sections")
    assert result.exit_code != 0
    assert result.stderr.startswith("Error: ")
    assert len(result.stderr.splitlines()) == 1
    assert _drives_a_terminal(result.stderr) == []
    assert VISIBLE in result.stderr


def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(
    sco: Invoke, tmp_path: Path
) -> None:
    import csv
    import io

    article = tmp_path / "a.txt"
    article.write_text(
        'Head\n\n=HYPERLINK("http://evil.example") opens the summit.\n\n'
        "@SUM(A1) and +cmd and -2+3 follow.\n",
        encoding="utf-8",
    )
    result = sco("--article", str(article), "quote", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    cells = [c for row in csv.reader(io.StringIO(result.stdout)) for c in row]
    assert '\'=HYPERLINK("http://evil.example") opens the summit.' in cells
    assert "'@SUM(A1) and +cmd and -2+3 follow." in cells
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    assert "1" in cells  # numbers are left alone
    assert "2" in cells


def test_search_offsets_and_highlights_hold_after_controls(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "b.txt"
    article.write_text(
        f"Head\n\nThe {EVIL} summit opens today with trade talks.\n", encoding="utf-8"
    )
    result = sco("--article", str(article), "search", "trade", "--format", "tsv")
    assert result.exit_code == 0, result.stderr
    header, row = (line.split("\t") for line in result.stdout.splitlines())
    record = dict(zip(header, row, strict=True))
    start, end = (int(n) for n in record["matches"].split("-"))
    assert record["text"][start:end] == "trade"  # the offsets select the word in what is shown
    rich = sco(
        "--article",
        str(article),
        "search",
        "trade",
        "--format",
        "rich",
        env={"FORCE_COLOR": "1", "NO_COLOR": ""},
    )
    highlighted = re.findall(r"\x1b\[(?:[0-9;]*;)?7m(.*?)\x1b\[0m", rich.stdout)  # reverse video
    assert highlighted == ["trade"]


def test_version_shows_an_article_id_from_the_data_not_obeys_it(
    sco: Invoke, data_copy: Path
) -> None:
    edit(
        data_copy / "facts.toml", 'id = "000_b63b9ab8cbf85ae0"', 'id = "x\\u001b]52;c;SGk=\\u0007"'
    )
    result = sco("--version")
    assert _drives_a_terminal(result.stdout) == []
    assert "x\u241b]52;c;SGk=\u2407" in result.stdout


def test_completion_help_from_an_article_is_shown_not_obeyed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    article = tmp_path / "c.txt"
    article.write_text(
        f"Head\n\nThe summit opens.\n\n{EVIL_HEADING} TALK\n\nx.\n", encoding="utf-8"
    )
    for shell in ("zsh", "fish", "bash"):
        env = {
            **os.environ,
            "SCO_ARTICLE": str(article),
            "_SCO_COMPLETE": f"{shell}_complete",
            "COMP_WORDS": "sco quote --section a",
            # fish passes the word being completed, bash and zsh its index
            "COMP_CWORD": "a" if shell == "fish" else "3",
        }
        result = subprocess.run(
            [sys.executable, "-m", "sco_cli"],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert "a-heading" in result.stdout
        assert _drives_a_terminal(result.stdout) == []


def test_markdown_cells_ending_in_a_backslash_keep_their_columns(
    sco: Invoke, tmp_path: Path
) -> None:
    article = tmp_path / "md.txt"
    article.write_text("Head\n\nThe summit opens today C:\\\n\nTRADE\n\nx.\n", encoding="utf-8")
    result = sco("--article", str(article), "quote", "--format", "markdown")
    line = next(line for line in result.stdout.splitlines() if "C:" in line)
    # every cell boundary is an unescaped pipe: as many as the header has
    unescaped = len(re.findall(r"(?<!\\)(?:\\\\)*\|", line))
    assert unescaped == result.stdout.splitlines()[0].count("|")
