"""The merge-day ruling: on the day a status rule takes effect (data/reference/
sco-status-rules.csv), a claim that names the status as it stood the day before is not
red: an article of that day may have been written before the decision. It agrees, basis
"renamed", with a note naming the rule. The rule's days come from the data, never from
the code: the tests read them from the packaged rules and from made-up tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sco_cli.claims.claim import CountClaim, StatusClaim
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset
from sco_cli.dataset import roster as rs
from tests.conftest import Invoke, judged


def _day(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def _rules() -> list[dict[str, Any]]:
    return [dict(r) for r in load_dataset().rules]


def _holders(status: str, on: str) -> list[str]:
    data = load_dataset()
    held = rs.roster_on(data.events, data.rules, on, rs.IN_FORCE)
    return [h["country"] for h in held if h["status"] == status]


WORD = {"observer": "an observer", "dialogue_partner": "a dialogue partner"}


def _renamed_rules() -> list[dict[str, Any]]:
    # the rules whose old status the judge would otherwise call wrong on their day
    return [r for r in _rules() if r["from_status"] == "observer"]


def test_the_packaged_rules_have_a_renaming_to_test() -> None:
    assert _renamed_rules(), "no rule renames the observer status: the tests below test nothing"


@pytest.mark.parametrize("rule", _renamed_rules(), ids=lambda r: f"{r['date']}-{r['from_status']}")
def test_a_status_under_its_old_name_on_the_rules_day_agrees_renamed(
    sco: Invoke, tmp_path: Path, rule: dict[str, Any]
) -> None:
    day = rule["date"]
    country = _holders(rule["from_status"], _day(day, -1))[0]
    sentence = f"{country} is {WORD[rule['from_status']]} of the SCO."
    [claim] = judged(sco, tmp_path, sentence, day)
    assert (claim["verdict"], claim["basis"]) == ("agrees", "renamed")
    assert claim["note"].startswith("the status was renamed that day")
    assert rule["source"] in claim["note"]
    assert day in claim["note"]
    before = _day(day, -1)
    assert claim["note"].count(f"on {before}") == 1, "the day before is said once"
    # the day after, the old name is wrong
    [after] = judged(sco, tmp_path, sentence, _day(day, 1))
    assert after["verdict"] == "contradicts"


@pytest.mark.parametrize("rule", _renamed_rules(), ids=lambda r: f"{r['date']}-{r['from_status']}")
def test_a_count_under_the_old_name_on_the_rules_day_agrees_renamed(
    sco: Invoke, tmp_path: Path, rule: dict[str, Any]
) -> None:
    day = rule["date"]
    number = len(_holders(rule["from_status"], _day(day, -1)))
    sentence = f"The SCO has {number} observer states."
    [claim] = judged(sco, tmp_path, sentence, day)
    assert (claim["verdict"], claim["basis"]) == ("agrees", "renamed")
    [wrong] = judged(sco, tmp_path, f"The SCO has {number + 3} observer states.", day)
    assert wrong["verdict"] == "contradicts"


def test_a_status_wrong_the_day_before_still_contradicts_on_the_day(
    sco: Invoke, tmp_path: Path
) -> None:
    rule = _renamed_rules()[0]
    members = _holders("member", _day(rule["date"], -1))
    former = [c for c in members if c not in _holders("member", "2001-06-15")]
    [claim] = judged(sco, tmp_path, f"{former[0]} is an observer of the SCO.", rule["date"])
    assert claim["verdict"] == "contradicts"


def test_a_denial_of_the_old_name_on_the_rules_day_is_not_red(sco: Invoke, tmp_path: Path) -> None:
    rule = _renamed_rules()[0]
    country = _holders("observer", _day(rule["date"], -1))[0]
    [claim] = judged(sco, tmp_path, f"{country} is no longer an observer of the SCO.", rule["date"])
    assert claim["verdict"] == "agrees"


# -- made-up tables: any rule's day, not Tianjin's ------------------------------


def _event(iso3: str, status: str, day: str) -> dict[str, str]:
    return {
        "decided": day,
        "in_force": day,
        "country": iso3.title(),
        "iso2": iso3[:2],
        "iso3": iso3,
        "status": status,
        "event": f"{status} {day}",
        "source_decided": f"d-{iso3}",
        "source_in_force": f"f-{iso3}",
        "note": "",
    }


def _reference(rule_day: str) -> Reference:
    events = [
        _event("AAA", "member", "2001-06-15"),
        _event("BBB", "observer", "2004-06-17"),
        _event("CCC", "dialogue_partner", "2009-06-16"),
    ]
    rule = {
        "date": rule_day,
        "from_status": "observer",
        "to_status": "partner",
        "event": "made-up renaming",
        "source": "rule-src",
    }
    return Reference(events, [rule], [], [], "2030-12-31")  # type: ignore[arg-type]


@pytest.mark.parametrize("rule_day", ["2012-03-04", "2019-11-30"])
def test_any_rules_day_from_the_data(rule_day: str) -> None:
    ref = _reference(rule_day)
    status = StatusClaim("Bbb", "observer", 0, 1, {"iso3": "BBB"})
    on_the_day = ref.judge(status, rule_day)
    assert (on_the_day.verdict, on_the_day.basis) == ("agrees", "renamed")
    assert "made-up renaming" in on_the_day.note
    assert "rule-src" in on_the_day.note
    assert ref.judge(status, _day(rule_day, 1)).verdict == "contradicts"
    count = CountClaim("observer", 1, 0, 1, {})
    assert ref.judge(count, rule_day).basis == "renamed"
    assert ref.judge(count, _day(rule_day, 1)).verdict == "contradicts"
    # a rule on another day changes nothing on this one
    other = _reference("2005-05-05")
    assert other.judge(status, rule_day).verdict == "contradicts"
