"""`sco members`: the reference roster beside the article's counts."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import Invoke, rows


def test_json_groups_counts_and_provenance(sco_json: Any) -> None:
    doc = sco_json("members")
    assert doc["schema_version"] == 1
    assert doc["as_of"] == "2025-08-30"
    assert doc["reference"] == {"file": "reference/sco-status-events.csv", "as_of": "2025-11-18"}
    counts = {
        g["status"]: (g["count"], g["article"]["count"], g["matches_article"])
        for g in doc["groups"]
    }
    assert counts == {
        "member": (10, 10, True),
        "observer": (2, 2, True),
        "dialogue-partner": (14, 14, True),
    }
    members = next(g for g in doc["groups"] if g["status"] == "member")
    assert {c["iso3"] for c in members["countries"]} == {
        "BLR", "CHN", "IND", "IRN", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB",
    }  # fmt: skip
    assert all(c["source"] for g in doc["groups"] for c in g["countries"])
    assert members["article"]["path"] == "membership.member_states"
    assert "10 member states" in members["article"]["quote"]


def test_plain_is_one_country_a_line(sco: Invoke) -> None:
    result = sco("members", "--format", "plain")
    assert result.exit_code == 0
    table = rows(result.stdout)
    assert len(table) == 26
    assert all(len(row) == 12 for row in table)
    assert all(row[9] == "false" for row in table)  # nothing pending on the eve of the summit
    assert table[11][:5] == ["observer", "Mongolia", "MN", "MNG", "2004-06-17"]
    assert table[11][10:] == ["observer", "2004-06-17"]
    assert {row[0] for row in table} == {"member", "observer", "dialogue-partner"}


def test_piped_auto_format_is_plain(sco: Invoke) -> None:
    assert sco("members").stdout == sco("members", "--format", "plain").stdout


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("--role", "member", "--count"), "10\n"),
        (("--role", "OBSERVER", "--count"), "2\n"),
        (("--role", "dialogue-partner", "--count"), "14\n"),
        (("--count",), "member\t10\nobserver\t2\ndialogue-partner\t14\n"),
        (("--role", "observer", "--role", "member", "--count"), "member\t10\nobserver\t2\n"),
    ],
)
def test_count(sco: Invoke, args: tuple[str, ...], expected: str) -> None:
    result = sco("members", *args)
    assert result.exit_code == 0
    assert result.stdout == expected


def test_role_filters_json(sco_json: Any) -> None:
    doc = sco_json("members", "--role", "observer")
    assert [g["status"] for g in doc["groups"]] == ["observer"]
    assert [c["country"] for c in doc["groups"][0]["countries"]] == ["Afghanistan", "Mongolia"]


def test_rich_says_which_numbers_are_whose(sco: Invoke) -> None:
    result = sco("members", "--format", "rich", env={"COLUMNS": "250"})
    assert result.exit_code == 0
    assert "■ member  10  ·  article: 10 ✓" in result.stdout
    assert "Reference  as of 2025-11-18 · reference/sco-status-events.csv" in result.stdout
    assert "Türkiye" in result.stdout
    assert "\x1b[" not in result.stdout  # NO_COLOR


def test_unknown_role_is_a_usage_error(sco: Invoke) -> None:
    result = sco("members", "--role", "friend")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: Invalid value for '--role': 'friend' is not one of")
    assert result.stderr.endswith("(see 'sco members --help')\n")
    assert result.stderr.count("\n") == 1
