"""Fact-check notes, `sco verify`, and names in the SCO's languages."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Invoke, edit, rows


def test_the_three_notes_of_the_reference(sco_json: Any) -> None:
    facts = {f["path"]: f for f in sco_json("facts")["facts"]}
    strategy = facts["development_strategy.adopted_at"]["notes"]
    assert [n["verdict"] for n in strategy] == ["contradicts"]
    assert "approved the draft" in strategy[0]["text"]
    assert "http://en.kremlin.ru/events/president/news/74464" in strategy[0]["sources"]
    date = facts["source.date"]["notes"]
    assert "2025-08-31 and 2025-09-01" in date[0]["text"]
    for path in (
        "membership.member_states",
        "membership.observer_states",
        "membership.dialogue_partners",
    ):
        (note,) = facts[path]["notes"]
        assert note["about"] == "membership"
        assert "17 partners" in note["text"]
    assert facts["membership.regions"]["notes"] == []


def test_the_railway_length_is_only_a_spread_in_a_note(sco_json: Any) -> None:
    facts = {f["path"]: f for f in sco_json("facts")["facts"]}
    assert "km" not in str(facts["summit.railway"]["value"])
    (note,) = facts["summit.railway"]["notes"]
    assert "454 km to 532.5 km" in note["text"]
    assert note["confidence"] == "medium"


def test_notes_beside_facts_in_plain_and_rich(sco: Invoke) -> None:
    table = rows(sco("facts", "--format", "plain").stdout)
    adopted = next(r for r in table if r[0] == "development_strategy.adopted_at")
    assert adopted[7].startswith("contradicts: The Astana summit (2024-07-04) approved the draft")
    rich = sco("facts", "--format", "rich", env={"COLUMNS": "250"}).stdout
    assert "contradicts  The Astana summit" in rich


def test_verify_passes_on_the_shipped_data(sco_json: Any, sco: Invoke) -> None:
    result = sco("verify", "--json")
    assert result.exit_code == 0
    doc = sco_json("verify")
    assert doc["ok"] is True
    assert doc["counts"]["fail"] == 0
    assert doc["counts"]["note"] == 5
    kinds = {c["check"] for c in doc["checks"]}
    assert {"quote", "schema", "count", "iso", "source", "note"} <= kinds
    quotes = [c for c in doc["checks"] if c["check"] == "quote"]
    facts = sco_json("facts")["facts"]
    assert len(quotes) == sum(len(f["evidence"]) for f in facts)
    assert all(q["status"] == "pass" for q in quotes)
    # the roster's 27 countries, then the 7 countries that hosted a summit
    assert len([c for c in doc["checks"] if c["check"] == "iso"]) == 27 + 7


FAULTS = [
    (
        "quote",
        "facts.toml",
        '"will convene in Tianjin, China"]',
        '"will convene in Paris"]',
        "summit.city evidence 1",
    ),
    ("count", "facts.toml", "value = 14\n", "value = 15\n", "membership.dialogue_partners"),
    (
        "iso",
        "reference/sco-status-events.csv",
        "Mongolia,MN,MNG",
        "Mongolia,MN,MNX",
        "Mongolia MN MNX",
    ),
    ("iso", "reference/sco-status-events.csv", "Nepal,NP,NPL", "Nepal,XQ,NPL", "Nepal XQ NPL"),
    (
        "source",
        "reference/sco-milestones.csv",
        ",https://www.hrichina.org/content/5223",
        ",",
        "sco-milestones.csv line 4",
    ),
    (
        "source",
        "reference/sco-status-events.csv",
        ",https://pajhwok.com/2012/06/07/sco-accepts-afghanistan-observer/,",
        ",,",
        "sco-status-events.csv line 14",
    ),
    (
        "note",
        "facts.toml",
        '"https://tass.com/politics/2009973",\n  "http://www.en.special.kremlin.ru/events/president/news/77885",\n',
        "",
        "source.date",
    ),
    ("schema", "facts.toml", 'value = "Tianjin"', "value = 7", "summit.city.value"),
]


@pytest.mark.parametrize(("kind", "file", "old", "new", "subject"), FAULTS)
def test_verify_names_each_injected_fault(
    sco_json: Any,
    sco: Invoke,
    data_copy: Path,
    kind: str,
    file: str,
    old: str,
    new: str,
    subject: str,
) -> None:
    edit(data_copy / file, old, new)
    result = sco("verify", "--json")
    assert result.exit_code == 3
    doc = json.loads(result.stdout)
    assert doc["ok"] is False
    failures = [(c["check"], c["subject"]) for c in doc["checks"] if c["status"] == "fail"]
    assert failures == [(kind, subject)]


def test_verify_reports_every_fault_not_only_the_first(sco: Invoke, data_copy: Path) -> None:
    for old, new in (
        ('"will convene in Tianjin, China"]', '"nowhere"]'),
        ("value = 14\n", "value = 1\n"),
    ):
        edit(data_copy / "facts.toml", old, new)
    result = sco("verify", "--format", "plain")
    assert result.exit_code == 3
    failed = [r[:2] for r in rows(result.stdout) if r[2] == "fail"]
    assert failed == [
        ["quote", "summit.city evidence 1"],
        ["count", "membership.dialogue_partners"],
    ]


def test_verify_on_an_unreadable_facts_file(sco: Invoke, data_copy: Path) -> None:
    (data_copy / "facts.toml").write_text("[broken", encoding="utf-8")
    result = sco("verify", "--format", "plain")
    assert result.exit_code == 3
    assert rows(result.stdout)[0][:3] == ["file", "facts.toml", "fail"]


@pytest.mark.parametrize(
    ("lang", "belarus", "china"),
    [("ru", "Беларусь", "Китай"), ("zh", "白俄罗斯", "中国"), ("kk", "Беларусь", "Қытай")],
)
def test_lang_on_members(sco_json: Any, lang: str, belarus: str, china: str) -> None:
    doc = sco_json("members", "--lang", lang, "--role", "member")
    names = {c["country"]: c["name_local"] for c in doc["groups"][0]["countries"]}
    assert names["Belarus"] == belarus
    assert names["China"] == china


def test_lang_on_summary_and_timeline(sco_json: Any) -> None:
    summary = sco_json("summary", "--lang", "zh")
    country = next(f for f in summary["facts"] if f["path"] == "summit.country")
    assert (country["value"], country["name_local"]) == ("China", "中国")
    timeline = sco_json("timeline", "--lang", "ru", "--from", "2024", "--to", "2024")
    belarus = next(e for e in timeline["entries"] if e["kind"] == "status")
    assert belarus["countries"][0]["name_local"] == "Беларусь"
    assert "Беларусь" in belarus["text"]


def test_lang_rich_shows_both_names(sco: Invoke) -> None:
    out = sco("members", "--lang", "zh", "--format", "rich", env={"COLUMNS": "200"}).stdout
    assert "中国 (China)" in out
