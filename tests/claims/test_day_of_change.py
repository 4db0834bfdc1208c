"""The day-of-change ruling (claims/readings.py `that_morning`): on the day a status
change takes effect (a row of sco-status-events.csv decided or in force that day), a
count or a status as it stood the day before is the figure of the morning, which an
article of that day may give before the decision: it agrees, basis "day-before", with a
note naming the change. An article that reports the change itself (it makes a claim
true from that day only) and still gives the old figure as current is not brought up
to date: that figure stays red. The change days come from the data, never the code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from sco_cli.dataset import load_dataset
from sco_cli.dataset import roster as rs
from tests.conftest import Invoke, judged

WORDS = {2: "two", 5: "five", 6: "six", 8: "eight", 9: "nine", 10: "ten"}


def _day(date: str, days: int) -> str:
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat()


def _members(on: str) -> list[str]:
    data = load_dataset()
    held = rs.roster_on(data.events, data.rules, on, rs.IN_FORCE)
    return [h["country"] for h in held if h["status"] == "member"]


def _admissions() -> list[dict[str, Any]]:
    """Members admitted after the founding, the day their status took effect, where the
    member count changed that day (the cases the ruling is about)."""
    data = load_dataset()
    days = []
    for e in data.events:
        day = e["in_force"]
        if e["status"] != "member" or day <= "2001-06-15":
            continue
        if len(_members(day)) != len(_members(_day(day, -1))) and e["decided"] == day:
            days.append(dict(e))
    return days


def test_the_packaged_events_have_an_admission_to_test() -> None:
    assert _admissions(), "no admission on its decision day: the tests below test nothing"


@pytest.mark.parametrize("event", _admissions(), ids=lambda e: f"{e['in_force']}-{e['iso3']}")
def test_the_count_of_the_morning_agrees_on_the_day(
    sco: Invoke, tmp_path: Path, event: dict[str, Any]
) -> None:
    day = event["in_force"]
    before = len(_members(_day(day, -1)))
    [claim] = judged(sco, tmp_path, f"The SCO has {WORDS[before]} member states.", day)
    assert (claim["verdict"], claim["basis"]) == ("agrees", "day-before")
    assert claim["note"].startswith("the figure of the morning")
    assert event["country"] in claim["note"]
    # the day after, the old figure is wrong; a figure wrong the day before stays wrong
    [after] = judged(sco, tmp_path, f"The SCO has {WORDS[before]} member states.", _day(day, 1))
    assert after["verdict"] == "contradicts"
    [wrong] = judged(sco, tmp_path, f"The SCO has {before + 3} member states.", day)
    assert wrong["verdict"] == "contradicts"


@pytest.mark.parametrize("event", _admissions(), ids=lambda e: f"{e['in_force']}-{e['iso3']}")
def test_an_article_that_reports_the_change_keeps_the_old_figure_red(
    sco: Invoke, tmp_path: Path, event: dict[str, Any]
) -> None:
    day = event["in_force"]
    before = len(_members(_day(day, -1)))
    for told in (
        f"{event['country']} became a full member of the SCO today.",
        f"The SCO now has {WORDS[len(_members(day))]} member states.",
    ):
        text = f"{told} The SCO has {WORDS[before]} member states."
        claims = judged(sco, tmp_path, text, day)
        old = [c for c in claims if c["claim"]["kind"] == "count" and c["claim"]["value"] == before]
        assert [c["verdict"] for c in old] == ["contradicts"], text


def _observers_admitted() -> list[dict[str, Any]]:
    data = load_dataset()
    found = []
    for e in _admissions():
        held = rs.roster_on(data.events, data.rules, _day(e["in_force"], -1), rs.IN_FORCE)
        if [h["status"] for h in held if h["iso3"] == e["iso3"]] == ["observer"]:
            found.append(e)
    return found


def test_an_observer_was_admitted_on_its_decision_day() -> None:
    assert _observers_admitted(), "no observer admitted: the test below tests nothing"


@pytest.mark.parametrize("event", _observers_admitted(), ids=lambda e: e["iso3"])
def test_the_old_status_of_the_admitted_country_agrees_on_the_day(
    sco: Invoke, tmp_path: Path, event: dict[str, Any]
) -> None:
    day = event["in_force"]
    [claim] = judged(sco, tmp_path, f"{event['country']} is an observer of the SCO.", day)
    assert (claim["verdict"], claim["basis"]) == ("agrees", "day-before")
    text = f"{event['country']} joined the SCO today. {event['country']} is an observer of the SCO."
    [told] = [c for c in judged(sco, tmp_path, text, day) if c["claim"]["kind"] == "status"]
    assert told["verdict"] == "contradicts"


def test_a_figure_placed_at_its_own_time_is_judged_then(sco: Invoke, tmp_path: Path) -> None:
    event = _admissions()[-1]
    day = event["in_force"]
    before = len(_members(_day(day, -1)))
    [claim] = judged(sco, tmp_path, f"In 2005, the SCO had {WORDS[before]} members.", day)
    assert claim["verdict"] == "contradicts"
    assert claim["basis"] != "day-before"


def test_no_change_that_day_no_reading_of_the_morning(sco: Invoke, tmp_path: Path) -> None:
    event = _admissions()[-1]
    day = _day(event["in_force"], 20)
    before = len(_members(_day(event["in_force"], -1)))
    [claim] = judged(sco, tmp_path, f"The SCO has {WORDS[before]} member states.", day)
    assert claim["verdict"] == "contradicts"
