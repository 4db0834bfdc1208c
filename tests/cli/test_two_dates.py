"""Decided and in force: the roster on both bases, checked against the published figures."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from sco_cli.dataset import EVENTS_FILE, RULES_FILE, data_dir
from sco_cli.dataset.roster import in_force_from
from tests.conftest import Invoke, rows

# (as of, members / observers / dialogue partners in force, and by decision):
# the published figures of data/reference/README.md.
CHECKPOINTS = [
    ("2004-12-31", (6, 1, 0), (6, 1, 0)),
    ("2014-12-31", (6, 5, 3), (6, 5, 3)),
    ("2015-12-31", (6, 6, 3), (6, 6, 6)),
    ("2017-12-31", (8, 4, 6), (8, 4, 6)),
    ("2021-12-31", (8, 4, 6), (8, 4, 9)),
    ("2022-12-31", (8, 4, 9), (8, 4, 14)),  # Saudi Arabia in force 2022-09-16 (issue 22)
    ("2023-06-30", (8, 4, 13), (8, 4, 14)),
    ("2023-12-31", (9, 3, 14), (9, 3, 14)),
    ("2025-08-30", (10, 2, 14), (10, 2, 14)),
]
STATUSES = ("member", "observer", "dialogue-partner")


def events(name: str = EVENTS_FILE) -> list[dict[str, str]]:
    """A reference table, read here with the csv module alone."""
    path = Path(data_dir()) / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def counted(doc: dict[str, Any], basis: str) -> tuple[int, ...]:
    return tuple(doc["counts"][basis][s] for s in STATUSES)


@pytest.mark.parametrize(("as_of", "in_force", "by_decision"), CHECKPOINTS)
def test_checkpoints(
    sco_json: Any, as_of: str, in_force: tuple[int, ...], by_decision: tuple[int, ...]
) -> None:
    doc = sco_json("members", "--as-of", as_of)
    assert doc["basis"] == "in-force"
    assert counted(doc, "in-force") == in_force
    assert counted(doc, "decision") == by_decision
    groups = {g["status"]: g["count"] for g in doc["groups"]}
    assert tuple(groups.get(s, 0) for s in STATUSES) == in_force
    # The gap between the bases is exactly the pending list.
    gap = sum(counted(doc, "decision")) - sum(in_force)
    new_countries = [p for p in doc["pending"] if p["country"] not in _names(doc)]
    assert gap == len(new_countries)
    decision = sco_json("members", "--as-of", as_of, "--basis", "decision")
    assert decision["basis"] == "decision"
    groups = {g["status"]: g["count"] for g in decision["groups"]}
    assert tuple(groups.get(s, 0) for s in STATUSES) == by_decision
    assert decision["pending"] == []


def _names(doc: dict[str, Any]) -> set[str]:
    return {c["country"] for g in doc["groups"] for c in g["countries"]}


def test_the_articles_time_is_the_same_on_both_bases(sco_json: Any) -> None:
    doc = sco_json("members")
    assert doc["as_of"] == "2025-08-30"
    assert counted(doc, "in-force") == counted(doc, "decision") == (10, 2, 14)
    assert doc["pending"] == []
    assert all(g["matches_article"] for g in doc["groups"])
    summary = sco_json("summary")
    assert all(c["article"] == c["reference"] for c in summary["roster_check"]["counts"])


def test_latest_ten_members_sixteen_partners_and_laos_pending(sco: Invoke, sco_json: Any) -> None:
    doc = sco_json("members", "--as-of", "latest")
    assert doc["counts"]["in-force"] == {
        "member": 10,
        "observer": 0,
        "dialogue-partner": 0,
        "partner": 16,
    }
    assert doc["counts"]["decision"]["partner"] == 17
    assert [(p["country"], p["status"], p["in_force"]) for p in doc["pending"]] == [
        ("Laos", "partner", None)
    ]
    assert doc["pending"][0]["note"]
    plain = rows(sco("members", "--as-of", "latest", "--fields", "country,pending").stdout)
    assert plain[-1] == ["Laos", "true"]
    assert sum(row[1] == "false" for row in plain) == 26
    rich = sco("members", "--as-of", "latest", "--format", "rich", env={"COLUMNS": "200"}).stdout
    assert "Laos: decided 2025-09-01, not yet in force (partner)" in rich
    assert "■ partner  16" in rich


def test_pending_lines_say_both_dates(sco: Invoke) -> None:
    out = sco("members", "--as-of", "2021-12-31", "--format", "rich", env={"COLUMNS": "200"}).stdout
    assert "Egypt: decided 2021-09-17, in force 2022-09-14" in out
    assert "Decided, not yet in force on 2021-12-31" in out


def _days_around_every_date() -> list[str]:
    import datetime as dt

    days: set[str] = set()
    for row in events():
        for text in (row["decided"], in_force_from(row["in_force"])):
            if text:
                day = dt.date.fromisoformat(text)
                days |= {day.isoformat(), (day - dt.timedelta(days=1)).isoformat()}
    return sorted(d for d in days if d >= "2001-06-15")


def test_on_every_date_the_roster_is_what_the_table_says(sco_json: Any) -> None:
    """Around every date of the table, each country's status is its latest decision
    in force, or none; counted independently of sco from the CSV rows."""
    table = events()
    for day in _days_around_every_date()[::3]:
        doc = sco_json("members", "--as-of", day)
        shown = {
            c["iso3"]: (c["status"], c["decided"]) for g in doc["groups"] for c in g["countries"]
        }
        expected = {}
        for row in sorted(table, key=lambda r: r["decided"]):
            start = in_force_from(row["in_force"])
            if start is not None and start <= day <= "2025-08-31":
                expected[row["iso3"]] = (row["status"].replace("_", "-"), row["decided"])
        if day <= "2025-08-31":
            assert shown == expected, day
        pending = {p["iso3"] for p in doc["pending"]}
        for row in table:
            later = [r for r in table if r["iso3"] == row["iso3"] and r["decided"] > row["decided"]]
            start = in_force_from(row["in_force"])
            if row["decided"] <= day and not later and (start is None or start > day):
                assert row["iso3"] in pending, (day, row["country"])


def test_every_history_shows_both_dates_with_their_sources(sco_json: Any) -> None:
    table = events()
    rule_events = {r["event"] for r in events(RULES_FILE)}
    for iso3 in sorted({r["iso3"] for r in table}):
        doc = sco_json("members", "--country", iso3)
        own = sorted((r for r in table if r["iso3"] == iso3), key=lambda r: r["decided"])
        listed = [h for h in doc["history"] if h["event"] not in rule_events]
        assert [
            (h["decided"], h["in_force"] or "", h["source"], h["source_in_force"] or "")
            for h in listed
        ] == [(r["decided"], r["in_force"], r["source_decided"], r["source_in_force"]) for r in own]


def test_get_has_both_counts(sco: Invoke) -> None:
    result = sco(
        "get",
        "roster.counts.dialogue_partners",
        "roster.counts_by_decision.dialogue_partners",
        "roster.pending",
        "roster.latest.counts.partners",
        "roster.latest.counts_by_decision.partners",
        "roster.latest.pending",
        "--json",
    )
    assert result.exit_code == 0, result.stderr
    import json

    doc = json.loads(result.stdout)
    assert doc["roster.counts.dialogue_partners"] == 14
    assert doc["roster.counts_by_decision.dialogue_partners"] == 14
    assert doc["roster.pending"] == []
    assert doc["roster.latest.counts.partners"] == 16
    assert doc["roster.latest.counts_by_decision.partners"] == 17
    assert doc["roster.latest.pending"] == ["Laos"]


def test_timeline_shows_decisions_and_memoranda(sco_json: Any) -> None:
    entries = sco_json("timeline")["entries"]
    for row in events():
        decided = [e for e in entries if e["kind"] == "status" and e["date"] == row["decided"]]
        assert any(c["iso3"] == row["iso3"] for e in decided for c in e["countries"]), row
        if row["in_force"] and row["in_force"] != row["decided"]:
            took = [e for e in entries if e["kind"] == "in-force" and e["date"] == row["in_force"]]
            assert any(c["iso3"] == row["iso3"] for e in took for c in e["countries"]), row
    laos = next(e for e in entries if e["kind"] == "status" and e["date"] == "2025-09-01")
    assert "not yet in force: Laos" in laos["text"]


@pytest.mark.parametrize(
    ("iso3", "status", "column", "message"),
    [
        ("EGY", "dialogue_partner", "source_in_force", "the in-force date needs a source"),
        ("EGY", "dialogue_partner", "source_decided", "the decision date needs a source"),
        ("LAO", "partner", "note", "a row without an in-force date must say why in its note"),
    ],
)
def test_verify_wants_a_source_for_each_date_and_a_note_for_none(
    sco: Invoke, data_copy: Path, iso3: str, status: str, column: str, message: str
) -> None:
    path = data_copy / EVENTS_FILE
    with path.open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    line = next(
        i for i, r in enumerate(table, start=2) if (r["iso3"], r["status"]) == (iso3, status)
    )
    table[line - 2][column] = ""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(table[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(table)
    result = sco("verify", "--format", "plain")
    assert result.exit_code == 3
    detail = f"{EVENTS_FILE}: line {line}, {column}: {message}"
    assert ["source", f"sco-status-events.csv line {line}", "fail", detail] in rows(result.stdout)
    # Loading refuses it too, in the same words.
    assert sco("members").stderr == f"Error: {data_copy}/{detail}\n"


def test_verify_says_every_date_has_its_source(sco: Invoke) -> None:
    result = sco("verify", "--format", "plain")
    assert result.exit_code == 0
    assert [
        "source",
        "sco-status-events.csv",
        "pass",
        f"all {len(events())} rows name a source for each date they give "
        "(and a note where no in-force date)",
    ] in rows(result.stdout)
