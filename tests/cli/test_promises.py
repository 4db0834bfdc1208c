"""What the README promises a newcomer, kept: names in any case (with a suggestion
on a miss), and --article / SCO_ARTICLE doing what every command's help says."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Invoke


@pytest.mark.parametrize(
    ("args", "same_as"),
    [
        (("members", "--fields", "Country,ISO2"), ("members", "--fields", "country,iso2")),
        (("members", "--fields", "COUNTRY"), ("members", "--fields", "country")),
        (("get", "SUMMIT.CITY"), ("get", "summit.city")),
        (("get", "Summits.2019.City"), ("get", "summits.2019.city")),
        (("get", "ROSTER.COUNTS"), ("get", "roster.counts")),
        (("QUOTE", "--section", "security"), ("quote", "--section", "security")),
        (("Members", "--count"), ("members", "--count")),
    ],
)
def test_names_match_in_any_case(
    sco: Invoke, args: tuple[str, ...], same_as: tuple[str, ...]
) -> None:
    typed, lower = sco(*args), sco(*same_as)
    assert lower.exit_code == 0, lower.stderr
    assert (typed.exit_code, typed.stdout) == (0, lower.stdout)


@pytest.mark.parametrize(
    ("args", "suggested"),
    [
        (("members", "--fields", "Countyr"), "'country'"),
        (("get", "SUMMIT.CITYY"), "'summit.city'"),
        (("QOUTE",), "'quote'"),
        (("MEMBRES",), "'members'"),
    ],
)
def test_a_miss_in_any_case_exits_2_with_a_suggestion(
    sco: Invoke, args: tuple[str, ...], suggested: str
) -> None:
    result = sco(*args)
    assert result.exit_code == 2
    assert "did you mean" in result.stderr
    assert suggested in result.stderr
    assert result.stderr.count("\n") == 1


# A run of each command that answers from the packaged data, without an article of its own.
RUNS = {
    "summary": ("summary",),
    "members": ("members",),
    "quote": ("quote", "--paragraph", "1"),
    "sections": ("sections",),
    "search": ("search", "Tianjin"),
    "facts": ("facts",),
    "get": ("get", "summit.city"),
    "timeline": ("timeline",),
    "summits": ("summits",),
    "check": ("check", "--as-of", "2025-08-30"),
    "verify": ("verify",),
    "export": ("export", "{tmp}/sco.db"),
    "cache": ("cache",),
    "schema": ("schema", "members"),
    "completion": ("completion", "bash"),
}


def test_every_command_of_the_registry_is_run_here() -> None:
    from sco_cli.registry import COMMANDS

    # sco mcp serves on stdin and stdout until its client goes: its options are held below.
    assert sorted(RUNS) == sorted(command.name for command in COMMANDS if command.name != "mcp")


def test_the_server_reads_no_article(sco: Invoke, tmp_path: Path) -> None:
    from sco_cli.registry import READS_ARTICLE

    assert "mcp" not in READS_ARTICLE
    assert "--article" not in _options("mcp")
    named = sco("--article", str(tmp_path / "x.txt"), "mcp")
    assert named.exit_code == 2
    assert "sco mcp does not read --article" in named.stderr


def _options(name: str) -> set[str]:
    from sco_cli.cli import cli
    from sco_cli.registry import BY_NAME

    command = cli.get_command(None, name)  # type: ignore[arg-type]
    assert command is not None
    assert name in BY_NAME
    return {opt for param in command.params for opt in getattr(param, "opts", [])}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_article_and_sco_article_do_what_the_help_says(
    sco: Invoke, tmp_path: Path, name: str
) -> None:
    from sco_cli.registry import READS_ARTICLE, TAKES_MAX_SIZE

    assert ("--article" in _options(name)) == (name in READS_ARTICLE)
    assert ("--max-size" in _options(name)) == (name in TAKES_MAX_SIZE)
    group_help = " ".join(sco("--help").stdout.split())
    article = tmp_path / "other.txt"
    article.write_text("Tianjin, a text of my own.\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in RUNS[name]]
    plain = sco(*args)
    Path(tmp_path / "sco.db").unlink(missing_ok=True)
    Path(tmp_path / "sco.metadata.json").unlink(missing_ok=True)
    named = sco("--article", str(article), *args)
    Path(tmp_path / "sco.db").unlink(missing_ok=True)
    Path(tmp_path / "sco.metadata.json").unlink(missing_ok=True)
    from_env = sco(*args, env={"SCO_ARTICLE": str(article)})
    if name in READS_ARTICLE:
        # The help names it as a reader, and both ways of naming the article are read.
        assert f" {name}" in group_help.split("--article PATH", 1)[1].split("; the others")[0]
        assert named.exit_code == 0, named.stderr
        assert (from_env.exit_code, from_env.stdout) == (0, named.stdout)
        if name != "export":  # export says where it wrote; its content is tested below
            assert named.stdout != plain.stdout
    else:
        # Refused when given, ignored when exported, as the help says.
        assert named.exit_code == 2
        assert f"sco {name} does not read --article" in named.stderr
        assert (from_env.exit_code, from_env.stdout) == (plain.exit_code, plain.stdout)


def test_export_of_an_article_of_ones_own_holds_its_text(sco: Invoke, tmp_path: Path) -> None:
    import sqlite3

    article = tmp_path / "other.txt"
    article.write_text("Tianjin, a text of my own.\n", encoding="utf-8")
    assert sco("export", str(tmp_path / "a.db"), env={"SCO_ARTICLE": str(article)}).exit_code == 0
    with sqlite3.connect(tmp_path / "a.db") as db:
        texts = [row[0] for row in db.execute("SELECT text FROM sentences")]
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
    assert texts == ["Tianjin, a text of my own."]
    assert "facts" not in tables  # an article of one's own has no curated facts


# One-try answers to the common questions.


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines()]


@pytest.mark.parametrize(
    ("period", "same_as"),
    [
        ("2017", ("--from", "2017", "--to", "2017")),
        ("2017-06", ("--from", "2017-06", "--to", "2017-06")),
        ("2024..2025", ("--from", "2024", "--to", "2025")),
        ("2024-2025", ("--from", "2024", "--to", "2025")),
        ("2024..", ("--from", "2024")),
        ("..2002", ("--to", "2002")),
    ],
)
def test_a_year_or_range_for_the_timeline(
    sco: Invoke, period: str, same_as: tuple[str, ...]
) -> None:
    typed, options = sco("timeline", period), sco("timeline", *same_as)
    assert options.exit_code == 0, options.stderr
    assert (typed.exit_code, typed.stdout) == (0, options.stdout)
    assert typed.stdout


def test_who_joined_in_2017_in_one_try(sco: Invoke) -> None:
    rows = _rows(sco("timeline", "2017").stdout)
    assert {r[0][:4] for r in rows} == {"2017"}
    assert any("India" in r[4] and "Pakistan" in r[4] for r in rows if r[3] == "status")


def test_the_timeline_title_names_one_year_once(sco: Invoke) -> None:
    shown = sco("timeline", "2017", "--format", "rich").stdout
    assert "2017-2017" not in shown
    assert ", 2017" in shown


@pytest.mark.parametrize(
    "args",
    [("timeline", "2017", "--from", "2018"), ("timeline", "abc"), ("timeline", "2019..2017")],
)
def test_a_bad_period_exits_2(sco: Invoke, args: tuple[str, ...]) -> None:
    result = sco(*args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1


def test_as_of_today_where_latest_works(sco: Invoke) -> None:
    import datetime as dt

    today = sco("members", "--as-of", "today", "--json")
    assert today.exit_code == 0, today.stderr
    import json

    assert json.loads(today.stdout)["as_of"] == dt.date.today().isoformat()
    latest = sco("members", "--as-of", "latest", "--count")
    assert sco("members", "--as-of", "today", "--count").stdout == latest.stdout
    assert sco("check", "--as-of", "today", "--json").exit_code in (0, 4)
    assert sco("timeline", "--to", "today").exit_code == 0


def test_a_status_that_ended_points_to_the_one_that_followed(sco: Invoke) -> None:
    result = sco("members", "--as-of", "latest", "--role", "dialogue-partner")
    assert result.exit_code == 1
    assert "no longer existed" in result.stderr
    assert "--role partner" in result.stderr
    assert sco("members", "--as-of", "latest", "--role", "partner").exit_code == 0


def test_the_default_date_notes_the_change_of_statuses_two_days_later(sco: Invoke) -> None:
    import json

    shown = words(sco("members", "--format", "rich", env={"COLUMNS": "100"}).stdout)
    assert "2 days later, the observer and dialogue-partner statuses were merged" in shown
    reason = json.loads(sco("members", "--json").stdout)["as_of_reason"]
    assert "on 2025-09-01, 2 days later" in reason
    assert "--as-of latest" in reason
    # Scripts are not told on stderr; a date the user chose gets no such note.
    assert sco("members", "--count").stderr == ""
    chosen = json.loads(sco("members", "--as-of", "2025-08-30", "--json").stdout)
    assert "later" not in chosen["as_of_reason"]


def words(text: str) -> str:
    return " ".join(text.split())


def test_first_since_is_written_as_the_reference_writes_it(sco: Invoke) -> None:
    import csv
    import json

    from sco_cli.dataset import EVENTS_FILE, data_dir

    with (Path(data_dir()) / EVENTS_FILE).open(encoding="utf-8", newline="") as handle:
        written = {row["in_force"] for row in csv.DictReader(handle)}
    doc = json.loads(sco("members", "--as-of", "latest", "--json").stdout)
    countries = {c["country"]: c for g in doc["groups"] for c in g["countries"]}
    assert countries["Belarus"]["first_since"] == "2010-04"
    assert {c["first_since"] for c in countries.values()} <= written
