"""The real-text sets' form (benchmarks/real_text.py --validate), checked without any text.

The scorer matches claims by kind, subject and value, so a misspelt status or
country in a set would never match and silently lower recall: every committed
set must pass, and the check must refuse such a slip."""

from __future__ import annotations

import copy
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SETS = sorted((BENCHMARKS / "realtext").glob("*.json"))


def _scorer() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))  # real_text.py imports its neighbour installed.py
    try:
        spec = importlib.util.spec_from_file_location("real_text", BENCHMARKS / "real_text.py")
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCHMARKS))


real_text = _scorer()
COUNTRIES = real_text.reference_countries()


def _good() -> dict[str, Any]:
    return {
        "texts": [
            {
                "id": "a-text",
                "url": "https://example.org/a",
                "published": "2017-06-09",
                "language": "en",
                "not_read": False,
                "expected": [
                    {"kind": "status", "subject": "India", "value": "member", "verdict": "agrees"},
                    {"kind": "count", "subject": "member", "value": 8, "verdict": "agrees"},
                ],
                "decoys": [{"kind": "status", "subject": "Iran", "value": "member", "why": "bid"}],
            }
        ]
    }


def test_there_are_sets_to_check() -> None:
    assert {p.name for p in SETS} >= {
        "dev.json",
        "sealed.json",
        "sealed2.json",
        "sealed3.json",
        "sealed4.json",
        "dev4.json",
    }


@pytest.mark.parametrize("path", SETS, ids=lambda p: p.name)
def test_every_committed_set_has_the_right_form(path: Path) -> None:
    assert real_text.validate(json.loads(path.read_text(encoding="utf-8")), COUNTRIES) == []


def test_a_good_set_passes() -> None:
    assert real_text.validate(_good(), COUNTRIES) == []


@pytest.mark.parametrize(
    ("where", "bad", "said"),
    [
        (("expected", 0, "value"), "members", "status 'members'"),
        (("expected", 0, "subject"), "Inida", "no country of the reference"),
        (("expected", 0, "verdict"), "true", "verdict 'true'"),
        (("expected", 1, "value"), "eight", "not a counted status and a number"),
        (("decoys", 0, "why"), "", "no 'why'"),
        (("published",), "9 June 2017", "no YYYY-MM-DD date"),
    ],
)
def test_a_slip_is_named(where: tuple[Any, ...], bad: Any, said: str) -> None:
    data = copy.deepcopy(_good())
    node: Any = data["texts"][0]
    for step in where[:-1]:
        node = node[step]
    node[where[-1]] = bad
    problems = real_text.validate(data, COUNTRIES)
    assert len(problems) == 1
    assert said in problems[0]


def test_a_country_that_never_held_a_status_can_be_expected() -> None:
    # a text's "Turkmenistan is an observer" is a real error the scorer must be able to hold
    data = copy.deepcopy(_good())
    data["texts"][0]["expected"][0].update(subject="Turkmenistan", verdict="contradicts")
    assert real_text.validate(data, COUNTRIES) == []


def test_a_repeated_id_and_an_empty_set_are_refused() -> None:
    data = _good()
    data["texts"].append(copy.deepcopy(data["texts"][0]))
    assert real_text.validate(data, COUNTRIES) == ["text 2 ('a-text'): id repeated"]
    assert real_text.validate({"texts": []}, COUNTRIES) == ["the set has no list of texts"]


def test_the_command_line_checks_without_texts(tmp_path: Path, capsys: Any) -> None:
    bad = copy.deepcopy(_good())
    bad["texts"][0]["expected"][0]["kind"] = "membership"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    assert real_text.check_set(path) == 1
    assert "kind 'membership'" in capsys.readouterr().err
    path.write_text(json.dumps(_good()), encoding="utf-8")
    assert real_text.check_set(path) == 0
    assert "1 texts, 2 expected claims, 1 decoys" in capsys.readouterr().out
