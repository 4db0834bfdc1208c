"""The roster functions (sco_cli.dataset.roster) on made-up tables: the rules hold for any dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from sco_cli.dataset.roster import (
    DECISION,
    IN_FORCE,
    count_by_status,
    country_history,
    counts_on,
    in_force_from,
    in_force_on,
    pending_on,
    roster_on,
    status_of,
)

RULE = {
    "date": "2025-09-01",
    "from_status": "dialogue_partner",
    "to_status": "partner",
    "event": "unified",
    "source": "rule-src",
}


def event(iso3: str, status: str, decided: str, in_force: str) -> dict[str, str]:
    return {
        "decided": decided,
        "in_force": in_force,
        "country": iso3.title(),
        "iso2": iso3[:2],
        "iso3": iso3,
        "status": status,
        "event": f"{status} {decided}",
        "source_decided": f"d-{iso3}-{decided}",
        "source_in_force": f"f-{iso3}-{in_force}" if in_force else "",
        "note": "" if in_force else "pending",
    }


def test_a_month_means_its_last_day() -> None:
    assert in_force_from("2010-04") == "2010-04-30"
    assert in_force_from("2024-02") == "2024-02-29"
    assert in_force_from("2023-02") == "2023-02-28"
    assert in_force_from("2000-02") == "2000-02-29"
    assert in_force_from("1900-02") == "1900-02-28"
    assert in_force_from("2015-09") == "2015-09-30"
    assert in_force_from("2015-12") == "2015-12-31"
    assert in_force_from("2013-04-26") == "2013-04-26"
    assert in_force_from("") is None
    row = event("BLR", "dialogue_partner", "2009-06-16", "2010-04")
    assert not in_force_on(row, "2010-04-29")
    assert in_force_on(row, "2010-04-30")


def test_every_month_ends_where_the_calendar_says() -> None:
    import calendar

    for year in range(1896, 2105):
        for month in range(1, 13):
            last = calendar.monthrange(year, month)[1]
            assert in_force_from(f"{year}-{month:02d}") == f"{year}-{month:02d}-{last:02d}"


def test_in_force_and_by_decision_differ_until_the_memorandum() -> None:
    events = [
        event("AAA", "member", "2001-01-01", "2001-01-01"),
        event("BBB", "dialogue_partner", "2020-06-01", "2021-03-15"),
    ]
    before, after = "2021-03-14", "2021-03-15"
    assert [h["iso3"] for h in roster_on(events, [], before)] == ["AAA"]
    assert [h["iso3"] for h in roster_on(events, [], before, DECISION)] == ["AAA", "BBB"]
    assert [(h["iso3"], h["since"]) for h in pending_on(events, [], before)] == [
        ("BBB", "2020-06-01")
    ]
    assert [h["iso3"] for h in roster_on(events, [], after)] == ["AAA", "BBB"]
    assert pending_on(events, [], after) == []
    holding = status_of(events, [], "BBB", after)
    assert holding is not None
    assert (holding["since"], holding["source"]) == ("2021-03-15", "f-BBB-2021-03-15")
    assert status_of(events, [], "BBB", before) is None
    by_decision = status_of(events, [], "BBB", before, DECISION)
    assert by_decision is not None
    assert (by_decision["since"], by_decision["source"]) == ("2020-06-01", "d-BBB-2020-06-01")


def test_an_old_status_holds_while_the_new_one_is_pending() -> None:
    events = [
        event("CCC", "dialogue_partner", "2009-06-16", "2010-04"),
        event("CCC", "observer", "2015-07-10", "2016-01-01"),
    ]
    on = "2015-12-31"
    assert [h["status"] for h in roster_on(events, [], on)] == ["dialogue_partner"]
    assert [h["status"] for h in roster_on(events, [], on, DECISION)] == ["observer"]
    assert [h["status"] for h in pending_on(events, [], on)] == ["observer"]
    assert counts_on(events, [], on) == {
        IN_FORCE: {"member": 0, "observer": 0, "dialogue_partner": 1, "partner": 0},
        DECISION: {"member": 0, "observer": 1, "dialogue_partner": 0, "partner": 0},
    }


def test_a_rule_moves_holders_from_its_date_on_either_basis() -> None:
    events = [
        event("DDD", "dialogue_partner", "2015-07-10", "2016-03-14"),
        event("EEE", "partner", "2025-09-01", ""),
    ]
    assert [h["status"] for h in roster_on(events, [RULE], "2025-08-31")] == ["dialogue_partner"]
    after = roster_on(events, [RULE], "2025-09-01")
    assert [(h["iso3"], h["status"], h["since"], h["source"]) for h in after] == [
        ("DDD", "partner", "2025-09-01", "rule-src")
    ]
    assert [h["iso3"] for h in roster_on(events, [RULE], "2025-09-01", DECISION)] == [
        "DDD",
        "EEE",
    ]
    assert [h["iso3"] for h in pending_on(events, [RULE], "2025-09-01")] == ["EEE"]


def test_a_status_that_takes_effect_after_a_rule_gets_the_new_name_from_its_own_date() -> None:
    events = [event("FFF", "dialogue_partner", "2025-07-01", "2026-02-01")]
    on_decision = roster_on(events, [RULE], "2025-12-31", DECISION)
    assert [(h["status"], h["since"]) for h in on_decision] == [("partner", "2025-09-01")]
    assert [h["status"] for h in pending_on(events, [RULE], "2025-12-31")] == ["partner"]
    in_force = roster_on(events, [RULE], "2026-03-01")
    assert [(h["status"], h["since"]) for h in in_force] == [("partner", "2026-02-01")]


def test_history_keeps_both_dates_and_the_rule_change() -> None:
    events = [
        event("GGG", "observer", "2015-07-10", "2015-07-10"),
        event("GGG", "dialogue_partner", "2009-06-16", "2010-04"),
        event("HHH", "member", "2001-06-15", "2001-06-15"),
    ]
    observer_rule = {**RULE, "from_status": "observer"}
    history = country_history(events, [RULE, observer_rule], "GGG")
    assert [(h["decided"], h["in_force"], h["status"]) for h in history] == [
        ("2009-06-16", "2010-04", "dialogue_partner"),
        ("2015-07-10", "2015-07-10", "observer"),
        ("2025-09-01", "2025-09-01", "partner"),
    ]


def row_of(holding: Any) -> dict[str, str]:
    """The event row behind a holding (without the basis's `since` and `source`)."""
    return {k: v for k, v in holding.items() if k not in ("since", "source")}


ISO3 = ["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"]
STATUS = ["member", "observer", "dialogue_partner"]
DAY0 = dt.date(2001, 1, 1)


@st.composite
def tables(draw: Any) -> list[dict[str, str]]:
    """A random status table: decisions on random days, in force the same day,
    days or months later (written to the month), or pending."""
    rows = []
    for iso3 in draw(st.lists(st.sampled_from(ISO3), min_size=1, max_size=12)):
        decided = DAY0 + dt.timedelta(days=draw(st.integers(0, 9000)))
        kind = draw(st.sampled_from(["same", "later", "month", "pending"]))
        later = decided + dt.timedelta(days=draw(st.integers(1, 800)))
        in_force = {
            "same": decided.isoformat(),
            "later": later.isoformat(),
            "month": later.isoformat()[:7],
            "pending": "",
        }[kind]
        row = event(iso3, draw(st.sampled_from(STATUS)), decided.isoformat(), in_force)
        if all((r["iso3"], r["decided"]) != (iso3, row["decided"]) for r in rows):
            rows.append(row)
    return rows


@settings(max_examples=150, deadline=None)
@given(tables(), st.integers(0, 10000))
def test_the_two_bases_and_the_pending_list_fit_together(rows: list[Any], offset: int) -> None:
    on = (DAY0 + dt.timedelta(days=offset)).isoformat()
    in_force = {h["iso3"]: h for h in roster_on(rows, [], on)}
    by_decision = {h["iso3"]: h for h in roster_on(rows, [], on, DECISION)}
    pending = {h["iso3"]: h for h in pending_on(rows, [], on)}
    # By decision: every country with a decision by then, at its latest one.
    decided = {r["iso3"] for r in rows if r["decided"] <= on}
    assert set(by_decision) == decided
    for iso3, holding in by_decision.items():
        latest = max(r["decided"] for r in rows if r["iso3"] == iso3 and r["decided"] <= on)
        assert holding["decided"] == latest
    # In force: only statuses in force on the day, never a later decision's.
    for iso3, holding in in_force.items():
        assert in_force_on(holding, on)
        assert holding["decided"] <= by_decision[iso3]["decided"]
    # Pending: exactly the countries whose latest decision is not in force yet.
    assert set(pending) == {i for i, h in by_decision.items() if not in_force_on(h, on)}
    for iso3 in decided - set(pending):
        assert row_of(in_force[iso3]) == row_of(by_decision[iso3])
    assert sum(count_by_status(in_force.values()).values()) == len(in_force)


@settings(max_examples=60, deadline=None)
@given(tables())
def test_counts_by_decision_never_fall_and_lead_those_in_force(rows: list[Any]) -> None:
    days = sorted({r["decided"] for r in rows} | {in_force_from(r["in_force"]) or "" for r in rows})
    seen_decided = seen_in_force = 0
    for day in [d for d in days if d]:
        counted = len(roster_on(rows, [], day, DECISION))
        assert counted >= seen_decided
        seen_decided = counted
        in_force = roster_on(rows, [], day)
        assert len(in_force) <= counted
        assert len(in_force) >= seen_in_force  # a country in force stays so, at some status
        seen_in_force = len(in_force)
