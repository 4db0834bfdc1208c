"""`sco get`: dotted paths, one answer a line, for scripts."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import Invoke, rows


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("summit.city", "Tianjin\n"),
        ("summit.year", "2025\n"),
        ("membership.member_states", "10\n"),
        ("roster.counts.member_states", "10\n"),
        ("roster.counts.dialogue_partners", "14\n"),
        ("three_forces", "terrorism\nextremism\nseparatism\n"),
        ("source.author", "Serik Korzhumbayev\n"),
        ("article.paragraphs", "15\n"),
    ],
)
def test_one_path(sco: Invoke, path: str, expected: str) -> None:
    result = sco("get", path)
    assert (result.exit_code, result.stdout, result.stderr) == (0, expected, "")


def test_several_paths_one_answer_a_line(sco: Invoke) -> None:
    result = sco("get", "summit.city", "three_forces", "summit.year", "roster.counts")
    assert result.stdout.splitlines() == [
        "Tianjin",
        '["terrorism", "extremism", "separatism"]',
        "2025",
        '{"member_states": 10, "observer_states": 2, "dialogue_partners": 14}',
    ]


def test_an_object_prints_as_json(sco: Invoke) -> None:
    value = json.loads(sco("get", "development_strategy").stdout)
    assert value == {
        "name": "SCO Development Strategy until 2035",
        "horizon": 2035,
        "adopted_at": "last year's Astana SCO summit",
        "astana_summit_year": 2024,
    }


def test_json_is_path_to_value(sco_json: Any) -> None:
    assert sco_json("get", "summit.city", "membership.observer_states") == {
        "schema_version": 1,
        "document": "get",
        "summit.city": "Tianjin",
        "membership.observer_states": 2,
    }


def test_evidence_plain(sco: Invoke) -> None:
    result = sco("get", "summit.city", "roster.as_of", "--evidence")
    assert result.stdout == (
        "Tianjin\n"
        "  evidence: “will convene in Tianjin, China” (lead, paragraph 1, sentence 1)\n"
        "2025-08-30\n"
        "  source: reference (reference/sco-status-events.csv, as of 2025-11-18)\n"
    )


def test_evidence_json(sco_json: Any) -> None:
    doc = sco_json("get", "source.author", "--evidence")
    assert doc["source.author"] == {
        "value": "Serik Korzhumbayev",
        "source": "article",
        "evidence": [
            {
                "quote": "Author: Serik Korzhumbayev",
                "part": "author",
                "section": None,
                "paragraph": None,
                "sentence": None,
            }
        ],
        "notes": [],
    }


def test_evidence_shows_the_fact_check_notes(sco: Invoke) -> None:
    lines = sco("get", "development_strategy.adopted_at", "--evidence").stdout.splitlines()
    assert lines[0] == "last year's Astana SCO summit"
    assert lines[2].startswith(
        "  note (contradicts): The Astana summit (2024-07-04) approved the draft"
    )


def test_evidence_records(sco: Invoke) -> None:
    table = rows(sco("get", "summit.setting", "--evidence", "--format", "tsv").stdout)
    assert table[0] == ["path", "value", "source", "quote", "section", "paragraph", "sentence"]
    assert [r[5] for r in table[1:]] == ["8", "15"]


def test_unknown_path_exits_2_with_the_closest(sco: Invoke) -> None:
    result = sco("get", "summit.cty")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "Error: no path 'summit.cty'; did you mean 'summit.city', 'summit.country', "
        "'summit.year'? (list them all with: sco get)\n"
    )


def test_a_leaf_name_alone_suggests_its_full_paths(sco: Invoke) -> None:
    result = sco("get", "member_states")
    assert result.exit_code == 2
    assert "'membership.member_states'" in result.stderr
    assert "'roster.member_states'" in result.stderr


def test_listing_every_path(sco: Invoke) -> None:
    table = rows(sco("get").stdout)
    listed = {r[0]: r for r in table}
    assert listed["summit.city"] == [
        "summit.city",
        "string",
        "article",
        "City that hosts the summit",
    ]
    assert listed["roster.counts.member_states"][1:3] == [
        "integer",
        "reference (reference/sco-status-events.csv, as of 2025-11-18)",
    ]
    assert listed["shanghai_spirit.values"][1] == "list of strings"
    # every listed path answers
    result = sco("get", *listed)
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == len(listed)


def test_a_path_builds_only_its_own_branch_of_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    """`sco get summit.city` reads the facts alone: no roster on two bases, no summits."""
    from sco_cli.dataset import load_dataset, paths

    built: list[str] = []
    for branch, builder in list(paths._BUILDERS.items()):

        def counted(*args: Any, _branch: str = branch, _builder: Any = builder) -> None:
            built.append(_branch)
            _builder(*args)

        monkeypatch.setitem(paths._BUILDERS, branch, counted)
    tree = paths.PathTree(load_dataset())
    assert tree.lookup("summit.city") == "Tianjin"
    assert tree.lookup("summit.year") == 2025
    assert built == ["facts"]
    assert tree.lookup("summits.2019.city") == "Bishkek"
    assert tree.info("roster.counts.member_states").type == "integer"
    assert built == ["facts", "summits", "roster"]
    # Listing every path builds the rest, once each, in the one order `sco get` shows.
    listed = list(tree.index())
    assert built == ["facts", "summits", "roster", "article"]
    assert listed[0] == "source"
    assert [p.split(".")[0] for p in listed].index("roster") < listed.index("summits")
    assert listed.index("summits") < listed.index("article")


def test_an_unknown_path_is_looked_for_in_every_branch(sco: Invoke) -> None:
    # Built lazily, the tree still names the closest paths from all of them.
    result = sco("get", "summits.by_city.tianjn")
    assert (result.exit_code, result.stdout) == (2, "")
    assert "'summits.by_city.tianjin'" in result.stderr
    result = sco("get", "pending")
    assert "'roster.pending'" in result.stderr
    assert "'roster.latest.pending'" in result.stderr
