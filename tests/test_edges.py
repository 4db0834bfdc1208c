"""The less travelled paths: completion of every value, internal errors, odd data."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from sco_cli import app as app_module
from sco_cli.cli import cli
from tests.conftest import Invoke, rows


def complete(sco: Invoke, words: str) -> list[str]:
    """What zsh would be offered for the last word (value, help, value, help, ...)."""
    cword = str(len(words.split()) - (0 if words.endswith(" ") else 1))
    result = sco(env={"_SCO_COMPLETE": "zsh_complete", "COMP_WORDS": words, "COMP_CWORD": cword})
    lines = result.stdout.splitlines()
    return [lines[i + 1] for i in range(0, len(lines), 3)]


def test_completes_languages_dates_and_countries(sco: Invoke) -> None:
    assert {"zh", "zh-Hans", "zh-Hant"} <= set(complete(sco, "sco members --lang zh"))
    assert complete(sco, "sco members --as-of l") == ["latest"]
    assert complete(sco, "sco members --country bel") == ["Belarus"]
    assert complete(sco, "sco get roster.counts.m") == ["roster.counts.member_states"]


def test_an_internal_error_is_one_line_and_exit_70(
    sco: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sco_cli.reports import sections

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(sections, "sections", broken)
    result = sco("sections")
    assert result.exit_code == 70
    assert result.stderr == (
        "Error: internal error (RuntimeError: boom); this is a bug in sco. "
        "Run with SCO_DEBUG=1 for the traceback.\n"
    )
    monkeypatch.setenv("SCO_DEBUG", "1")
    with pytest.raises(RuntimeError, match="boom"):
        sco("sections")


def test_embedding_with_standalone_mode_off_returns() -> None:
    assert cli.main(["sections", "--format", "plain"], standalone_mode=False) is None


@pytest.mark.parametrize(("columns", "width"), [("120", 120), ("0", 80), ("wide", 80)])
def test_terminal_width(monkeypatch: pytest.MonkeyPatch, columns: str, width: int) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    # Under pytest stdout is no terminal, so the fallback is 80 columns.
    assert app_module.terminal_width() == width


def test_counts_and_matches_and_evidence_draw_in_rich(sco: Invoke) -> None:
    wide = {"COLUMNS": "200"}
    counts = sco("members", "--count", "--as-of", "latest", "--format", "rich", env=wide).stdout
    assert "■ partner" in counts
    assert "counts on 2025-11-18" in counts
    assert "as of 2025-11-18 · reference/sco-status-events.csv" in counts
    at_article = sco("members", "--count", "--format", "rich", env=wide).stdout
    member = next(line for line in at_article.splitlines() if "■ member" in line)
    assert member.split()[2:] == ["10", "10", "✓"]  # the article's, the reference's, agreed
    quote = sco("quote", "--match", "railway", "--format", "rich", env=wide).stdout
    assert "China-Kyrgyzstan-Uzbekistan railway" in quote
    get = sco(
        "get", "development_strategy.adopted_at", "roster.as_of", "summit", "--evidence",
        "--format", "rich", env=wide,
    ).stdout  # fmt: skip
    assert "contradicts  The Astana summit" in get
    assert "source reference" in get
    assert '"city": "Tianjin"' in get


def test_verify_reports_odd_facts_and_missing_files(sco: Invoke, data_copy: Path) -> None:
    facts = data_copy / "facts.toml"
    text = facts.read_text(encoding="utf-8")
    text = text.replace('evidence = ["Xinhua reports."]', 'evidence = "Xinhua reports."', 1)
    text = text.replace("[[summit.railway.notes]]", "[[summit.railway.notes]]\napplies_to = []", 1)
    facts.write_text(text, encoding="utf-8")
    (data_copy / "reference" / "sco-status-rules.csv").unlink()
    result = sco("verify", "--format", "plain")
    assert result.exit_code == 3
    failed = {(r[0], r[1]) for r in rows(result.stdout) if r[2] == "fail"}
    assert ("quote", "source.reporting_agency") in failed
    assert ("file", "sco-status-rules.csv") in failed


def test_version_names_the_data_even_when_only_validation_fails(
    sco: Invoke, data_copy: Path
) -> None:
    facts = data_copy / "facts.toml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("value = 10\n", "value = 11\n", 1),
        encoding="utf-8",
    )
    result = sco("--version")
    assert result.stdout.endswith("(article 000_b63b9ab8cbf85ae0, reference as of 2025-11-18)\n")


def test_version_without_a_cache(sco: Invoke) -> None:
    result = sco("--version", env={"SCO_NO_CACHE": "1"})
    assert "article 000_b63b9ab8cbf85ae0" in result.stdout


EVENTS_HEADER = (
    "decided,in_force,country,iso2,iso3,status,event,source_decided,source_in_force,note,"
    "disputed,other_reading,source_other"
)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            f'{EVENTS_HEADER}\n2001-06-15,2001-06-15,"China"x,CN,CHN,member,e,s,s,\n',
            "line 2: ',' expected after '\"'",
        ),
        (f"{EVENTS_HEADER}\n", "no rows"),
    ],
)
def test_csv_that_does_not_parse(sco: Invoke, data_copy: Path, content: str, message: str) -> None:
    (data_copy / "reference" / "sco-status-events.csv").write_text(content, encoding="utf-8")
    result = sco("members")
    assert result.exit_code == 3
    assert message in result.stderr


def test_verify_reports_a_csv_that_does_not_parse(sco: Invoke, data_copy: Path) -> None:
    events = data_copy / "reference" / "sco-status-events.csv"
    events.write_text(
        events.read_text(encoding="utf-8") + '2030-01-01,2030-01-01,"X"y,XX,XXX,member,e,s,s,\n',
        encoding="utf-8",
    )
    result = sco("verify", "--format", "plain")
    assert result.exit_code == 3
    detail = "reference/sco-status-events.csv: line 34: ',' expected after '\"'"
    assert ["file", "sco-status-events.csv", "fail", detail] in rows(result.stdout)


def test_a_fifo_in_place_of_a_data_file(sco: Invoke, data_copy: Path) -> None:
    facts = data_copy / "facts.toml"
    facts.unlink()
    os.mkfifo(facts)
    result = sco("members")
    assert result.exit_code == 3
    assert result.stderr == f"Error: {facts}: not a regular file\n"


def test_a_relative_xdg_cache_home_is_ignored(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert sco("get", "summit.city").stdout == "Tianjin\n"
    assert not (tmp_path / "relative").exists()
    assert list((tmp_path / ".cache" / "sco").iterdir())


def test_an_unreadable_data_tree_skips_the_cache(
    sco: Invoke, data_copy: Path, tmp_path: Path
) -> None:
    loop = data_copy / "reference" / "loop.csv"
    loop.symlink_to(loop)
    skipped = {"XDG_CACHE_HOME": str(tmp_path / "skipped")}
    result = sco("get", "summit.city", env=skipped)
    assert (result.exit_code, result.stdout) == (0, "Tianjin\n")
    assert not (tmp_path / "skipped" / "sco").exists()
    # The same tree without the loop is cached.
    loop.unlink()
    kept = {"XDG_CACHE_HOME": str(tmp_path / "kept")}
    assert sco("get", "summit.city", env=kept).stdout == "Tianjin\n"
    assert list((tmp_path / "kept" / "sco").iterdir())


def test_a_localized_history(sco: Invoke) -> None:
    doc = json.loads(sco("members", "--country", "KZ", "--lang", "ru", "--json").stdout)
    assert doc["country"]["name_local"] == "Казахстан"
    out = sco(
        "members", "--country", "KZ", "--lang", "ru", "--format", "rich", env={"COLUMNS": "200"}
    ).stdout
    assert "Казахстан (Kazakhstan)" in out


def test_search_suggests_nothing_for_operators_only(sco: Invoke) -> None:
    result = sco("search", "zzzz OR qqqq")
    assert result.exit_code == 1
    assert result.stderr == "Error: no sentence matches 'zzzz OR qqqq'\n"


@pytest.mark.parametrize("args", [("check", "a\x00b"), ("--article", "a\x00b", "sections")])
def test_a_file_name_with_a_nul_byte(sco: Invoke, args: tuple[str, ...]) -> None:
    result = sco(*args)
    assert result.exit_code == 3
    assert result.stderr.startswith("Error: a")
    assert result.stderr.endswith("b: not a file name (it holds a NUL byte)\n")
