"""`sco sections`, `sco facts` and `sco summary` in every format."""

from __future__ import annotations

from typing import Any

from tests.conftest import Invoke, rows


def test_sections_json(sco_json: Any) -> None:
    doc = sco_json("sections")
    assert doc["sections"][0] == {
        "slug": "lead",
        "heading": None,
        "paragraphs": [1, 2, 3, 4, 5],
        "keywords": ["lead"],
    }
    assert doc["sections"][3]["keywords"] == ["unity", "diversity", "beyond"]


def test_sections_plain(sco: Invoke) -> None:
    table = rows(sco("sections", "--format", "plain").stdout)
    assert table == [
        ["lead", "", "1-5", "lead"],
        ["a-global-platform-in-a-connected-world", "A GLOBAL PLATFORM IN A CONNECTED WORLD", "6-8", "global,platform,connected,world"],
        ["from-security-to-shared-prosperity", "FROM SECURITY TO SHARED PROSPERITY", "9-12", "security,shared,prosperity"],
        ["unity-in-diversity-and-beyond", "UNITY IN DIVERSITY AND BEYOND", "13-15", "unity,diversity,beyond"],
    ]  # fmt: skip


def test_sections_rich(sco: Invoke) -> None:
    out = sco("sections", "--format", "rich").stdout
    assert "(untitled lead)" in out
    assert "13-15" in out


def test_facts_json_carries_evidence_and_location(sco_json: Any) -> None:
    doc = sco_json("facts")
    facts = {f["path"]: f for f in doc["facts"]}
    city = facts["summit.city"]
    assert city["value"] == "Tianjin"
    assert city["evidence"] == [
        {
            "quote": "will convene in Tianjin, China",
            "part": "body",
            "section": "lead",
            "paragraph": 1,
            "sentence": 1,
        }
    ]
    assert facts["shanghai_spirit.values"]["value"][4] == "respect for diversity of civilizations"
    assert facts["three_forces"]["value"] == ["terrorism", "extremism", "separatism"]
    assert len(facts["summit.priorities"]["value"]) == 4
    assert len(facts["kazakhstan.priorities"]["value"]) == 3
    assert facts["source.outlet"]["evidence"][0]["part"] == "closing"


def test_facts_plain_has_one_row_per_quote(sco: Invoke) -> None:
    table = rows(sco("facts", "--format", "plain").stdout)
    assert all(len(row) == 8 for row in table)
    setting = [row for row in table if row[0] == "summit.setting"]
    assert [(r[2], r[3], r[4]) for r in setting] == [
        ("a-global-platform-in-a-connected-world", "8", "2"),
        ("unity-in-diversity-and-beyond", "15", "3"),
    ]
    forces = next(r[:2] for r in table if r[0] == "three_forces")
    assert forces == ["three_forces", "terrorism; extremism; separatism"]


def test_facts_rich(sco: Invoke) -> None:
    out = sco("facts", "--format", "rich", env={"COLUMNS": "200"}).stdout
    assert "“will convene in Tianjin, China”  lead ¶1.1" in out


def test_summary_json(sco_json: Any) -> None:
    doc = sco_json("summary")
    values = {f["path"]: f["value"] for f in doc["facts"]}
    assert values["summit.city"] == "Tianjin"
    assert values["membership.member_states"] == 10
    assert len(values["shanghai_spirit.values"]) == 6
    assert doc["source"]["outlet"] == "Kazakhstan Today"
    assert doc["source"]["article_id"] == "000_b63b9ab8cbf85ae0"
    assert all(c["article"] == c["reference"] for c in doc["roster_check"]["counts"])
    assert "headline" not in doc
    assert "title" not in doc["source"]


def test_summary_plain(sco: Invoke) -> None:
    table = rows(sco("summary", "--format", "plain").stdout)
    assert ["summit.city", "City that hosts the summit", "Tianjin"] in table
    assert [
        "membership.regions",
        "Continents the members and partners come from",
        "Asia; Europe; Africa",
    ] in table


def test_summary_rich_dashboard(sco: Invoke) -> None:
    out = sco("summary", "--format", "rich").stdout
    for piece in (
        "Tianjin, China",
        "Membership",
        "mutual trust",
        "separatism",
        "Kassym-Jomart Tokayev",
        "Source     Kazakhstan Today, reporting Xinhua · Serik Korzhumbayev",
    ):
        assert piece in out, piece
    assert "\x1b[" not in out


def test_force_color_colours_rich_output(sco: Invoke) -> None:
    out = sco("summary", "--format", "rich", env={"NO_COLOR": "", "FORCE_COLOR": "1"}).stdout
    assert "\x1b[" in out


def test_summary_shows_the_fact_checks(sco_json: Any, sco: Invoke) -> None:
    checks = sco_json("summary")["fact_checks"]
    assert [(c["about"], c["verdict"]) for c in checks] == [
        ("source.date", "qualifies"),
        ("summit.railway", "qualifies"),
        ("membership", "qualifies"),
        ("membership.population_share", "qualifies"),
        ("development_strategy.adopted_at", "contradicts"),
    ]
    out = sco("summary", "--format", "rich", env={"COLUMNS": "200"}).stdout
    assert "Fact checks, from the reference" in out
    assert "contradicts  development_strategy.adopted_at: The Astana summit" in out
