"""The roster through the years, a country's history, and the timeline."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.conftest import Invoke, rows


def counts(sco: Invoke, *args: str) -> dict[str, int]:
    result = sco("members", "--count", "--format", "tsv", "--no-headers", *args)
    assert result.exit_code == 0, result.stderr
    return {status: int(n) for status, n in rows(result.stdout)}


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2004-12-31", {"member": 6, "observer": 1}),
        ("2004", {"member": 6, "observer": 1}),
        ("2014-12-31", {"member": 6, "observer": 5, "dialogue-partner": 3}),
        ("2017-12-31", {"member": 8, "observer": 4, "dialogue-partner": 6}),
        ("2025-08-30", {"member": 10, "observer": 2, "dialogue-partner": 14}),
        ("latest", {"member": 10, "partner": 16}),
        ("LATEST", {"member": 10, "partner": 16}),
    ],
)
def test_published_figures(sco: Invoke, as_of: str, expected: dict[str, int]) -> None:
    assert counts(sco, "--as-of", as_of) == expected


def test_default_is_the_articles_time(sco: Invoke) -> None:
    assert counts(sco) == {"member": 10, "observer": 2, "dialogue-partner": 14}


@pytest.mark.parametrize(
    ("as_of", "members"),
    [
        ("2017-06-08", 6),  # the day before India and Pakistan joined
        ("2017-06-09", 8),  # the day they did
        ("2024-07-03", 9),
        ("2024-07-04", 10),
    ],
)
def test_the_day_before_and_the_day_of_an_event(sco: Invoke, as_of: str, members: int) -> None:
    assert counts(sco, "--as-of", as_of)["member"] == members


def test_the_day_before_and_of_the_rule_change(sco: Invoke) -> None:
    assert counts(sco, "--as-of", "2025-08-31") == {
        "member": 10,
        "observer": 2,
        "dialogue-partner": 14,
    }
    assert counts(sco, "--as-of", "2025-09-01") == {"member": 10, "partner": 16}
    assert counts(sco, "--as-of", "2025-09-01", "--basis", "decision") == {
        "member": 10,
        "partner": 17,
    }


def test_the_founding_day_and_the_day_before(sco: Invoke) -> None:
    assert counts(sco, "--as-of", "2001-06-15") == {"member": 6}
    result = sco("members", "--as-of", "2001-06-14")
    assert result.exit_code == 1
    assert (
        result.stderr
        == "Error: the SCO did not exist yet on 2001-06-14 (it was founded on 2001-06-15)\n"
    )


def test_after_the_reference_ends_says_so_and_shows_the_last_state(sco: Invoke) -> None:
    result = sco("members", "--as-of", "2030", "--count", "--format", "tsv", "--no-headers")
    assert result.exit_code == 0
    assert rows(result.stdout) == [["member", "10"], ["partner", "16"]]
    assert result.stderr.startswith("Note: the reference covers events up to 2025-11-18;")


@pytest.mark.parametrize("bad", ["2025-13-01", "yesterday", "25", "2025/01/01"])
def test_a_bad_date_is_a_usage_error(sco: Invoke, bad: str) -> None:
    result = sco("members", "--as-of", bad)
    assert result.exit_code == 2
    assert f"{bad!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY, today or latest" in result.stderr


def test_article_counts_stand_beside_only_on_the_articles_date(sco_json: Any) -> None:
    on_article_date = sco_json("members")
    assert all(g["article"] is not None for g in on_article_date["groups"])
    later = sco_json("members", "--as-of", "latest")
    assert all(g["article"] is None for g in later["groups"])
    assert later["as_of"] == "2025-11-18"


def test_partners_after_the_rule_change_keep_their_source(sco_json: Any) -> None:
    doc = sco_json("members", "--as-of", "latest", "--role", "partner", "--basis", "decision")
    partners = {c["country"]: c for c in doc["groups"][0]["countries"]}
    assert len(partners) == 17
    assert partners["Laos"]["event"].startswith("Tianjin summit")
    assert partners["Laos"]["pending"] is True
    assert partners["Mongolia"]["since"] == "2025-09-01"
    assert partners["Mongolia"]["source"] == "https://tass.com/world/2010381"
    assert partners["Mongolia"]["pending"] is False


@pytest.mark.parametrize("name", ["Belarus", "belarus", "BY", "by", "BLR", "bel"])
def test_belarus_history_three_changes(sco: Invoke, name: str) -> None:
    result = sco("members", "--country", name, "--format", "plain")
    assert result.exit_code == 0
    table = rows(result.stdout)
    assert [row[:3] for row in table] == [
        ["Belarus", "2009-06-16", "dialogue-partner"],
        ["Belarus", "2015-07-10", "observer"],
        ["Belarus", "2024-07-04", "member"],
    ]
    assert [row[3].split(":")[0].split(" decision")[0] for row in table] == [
        "Yekaterinburg summit",
        "Ufa summit",
        "Astana summit",
    ]
    # Both dates, each with its source: the partnership took effect in April 2010.
    assert [(row[5], row[6]) for row in table] == [
        ("2009-06-16", "2010-04"),
        ("2015-07-10", "2015-07-10"),
        ("2024-07-04", "2024-07-04"),
    ]
    assert all(row[4] and row[7] for row in table)


def test_history_includes_the_rule_change(sco_json: Any) -> None:
    doc = sco_json("members", "--country", "Mongolia")
    assert [(h["date"], h["status"]) for h in doc["history"]] == [
        ("2004-06-17", "observer"),
        ("2025-09-01", "partner"),
    ]
    assert doc["country"] == {"name": "Mongolia", "iso2": "MN", "iso3": "MNG"}


def test_unknown_country_exits_2_with_the_closest(sco: Invoke) -> None:
    result = sco("members", "--country", "Belarussia")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "Error: no country 'Belarussia' in the reference roster; did you mean Belarus, Russia?\n"
    )


def test_ambiguous_country_prefix(sco: Invoke) -> None:
    result = sco("members", "--country", "k")
    assert result.exit_code == 2
    assert (
        result.stderr
        == "Error: country 'k' is ambiguous: it matches Kazakhstan, Kuwait, Kyrgyzstan\n"
    )


def test_timeline_marks_article_and_reference(sco_json: Any) -> None:
    doc = sco_json("timeline")
    entries = doc["entries"]
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    article = [(e["date"], e["path"]) for e in entries if e["source"] == "article"]
    assert article == [
        ("2024", "development_strategy.astana_summit_year"),
        ("2025", "summit.year"),
        ("2025-09-09", "source.date"),
        ("2035", "development_strategy.horizon"),
    ]
    assert all(e["sources"] for e in entries)
    first = entries[0]
    assert (first["date"], first["kind"], first["source"]) == (
        "1996-04-26",
        "milestone",
        "reference",
    )
    ufa = next(e for e in entries if e["date"] == "2015-07-10")
    assert {c["country"] for c in ufa["countries"]} == {
        "Belarus",
        "Armenia",
        "Azerbaijan",
        "Cambodia",
        "Nepal",
    }
    assert any(e["kind"] == "rule" and e["date"] == "2025-09-01" for e in entries)


def test_timeline_range(sco: Invoke) -> None:
    table = rows(sco("timeline", "--from", "2024", "--to", "2025", "--format", "plain").stdout)
    years = {row[0][:4] for row in table}
    assert years == {"2024", "2025"}
    assert table[0][:4] == ["2024", "", "article", "article"]


def test_timeline_range_backwards_is_a_usage_error(sco: Invoke) -> None:
    result = sco("timeline", "--from", "2025", "--to", "2024")
    assert result.exit_code == 2
    assert result.stderr == "Error: --from 2025-01-01 is after --to 2024-12-31\n"


def test_timeline_rich(sco: Invoke) -> None:
    out = sco("timeline", "--format", "rich", env={"COLUMNS": "200"}).stdout
    legend = (
        "★ summit   ● milestone   ▲ rule change   ■ status decided   □ in force   ◆ the article"
    )
    assert legend in out
    # One date format (ISO: MM-DD, or MM for a month); the year in the gutter, once.
    assert "2010 04          □ in force: dialogue-partner: Belarus (memorandum signed)" in out
    assert re.search(r"^2017 06-08/09 +★ 17th SCO summit", out, re.M)
    lines = out.splitlines()
    assert not any(set(line.strip()) == {"─"} for line in lines[:-4])  # no rule a year
    years = [line[:4] for line in lines if re.match(r"\d{4} ", line)]
    assert len(years) == len(set(years))  # each year shown where it changes, once
    # India and Pakistan joining is told once (the milestone), not twice.
    assert "India and Pakistan become member states" in out
    assert "member: India, Pakistan" not in out
    assert "08-31/09-01 ● Tianjin summit" in out  # a range only where the dates are one
    assert "08-31/09-01 ★ 25th SCO summit" in out  # a summit's mark is not a milestone's
    assert "observer state, dialogue partner" not in out
    assert "→ partner" in out
    assert "Reference  as of 2025-11-18 · reference/sco-milestones.csv" in out
    assert "reference/sco-status-rules.csv" in out


def test_days_in_month_is_the_calendar_s_for_every_month_of_four_centuries() -> None:
    import calendar

    from sco_cli.commandline.dates import days_in_month

    for year in (*range(1, 401), 1900, 2000, 2024, 2025, 9999):
        for month in range(1, 13):
            assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


def test_the_word_latest_is_spelt_in_one_place() -> None:
    """--as-of latest (the reference's end) is one constant, commandline.dates.LATEST,
    that the commands, the reports and the API share: no module spells it again."""
    import ast
    from pathlib import Path

    import sco_cli
    from sco_cli.commandline.dates import LATEST

    package = Path(sco_cli.__file__).parent
    spelt = [
        str(path.relative_to(package))
        for path in sorted(package.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value == LATEST
    ]
    assert spelt == ["commandline/dates.py"]


@pytest.mark.parametrize("command", ["members", "check"])
def test_latest_is_read_alike_by_members_and_check(sco: Invoke, command: str) -> None:
    result = sco(command, "--as-of", " Latest ", "--json")
    assert result.exit_code in (0, 4), result.stderr
    assert '"2025-11-18"' in result.stdout
