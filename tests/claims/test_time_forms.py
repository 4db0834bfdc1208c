"""Joining dated by the date a sentence opens with, and joined bodies named by a common noun
(issue 21's recall on real articles): each form read as the claim it makes, and its near
miss read as none."""

from __future__ import annotations

from sco_cli.claims.extract import claims_in


def _joined(sentence: str) -> set[tuple[str, object]]:
    return {
        (c.subject, c.detail.get("year"))
        for c in claims_in(sentence, "2024-07-05")
        if c.kind == "joined"
    }


def test_a_joining_takes_the_full_date_its_sentence_opens_with() -> None:
    found = _joined("On 15 June 2001 Uzbekistan joined the association on equal terms.")
    assert ("Uzbekistan", 2001) in found
    found = _joined("On July 4, 2024, Belarus joined the association as its tenth member.")
    assert ("Belarus", 2024) in found


def test_an_opening_day_without_a_year_dates_no_joining() -> None:
    assert not any(year for _, year in _joined("On Thursday, Belarus joined the SCO."))


def test_an_association_named_by_its_own_name_is_another_body() -> None:
    assert not _joined("Vietnam joined the Association of Southeast Asian Nations in 1995.")


def _times(sentence: str) -> dict[tuple[str, str], object]:
    return {
        (c.subject, c.value): c.detail.get("time")
        for c in claims_in(sentence, "2024-03-01")
        if c.kind == "status"
    }


def test_a_span_since_a_year_ends_when_the_main_clause_tells_a_change() -> None:
    # the apposition's status is the one before the change, its "since" notwithstanding
    told = _times("Iran, an SCO observer from 2005, became a full member in 2023.")
    assert told[("Iran", "observer")] == "earlier"
    told = _times("India, an SCO observer since 2005, joined as a full member in 2017.")
    assert told[("India", "observer")] == "earlier"


def test_a_span_since_a_year_stands_when_the_main_clause_tells_no_change() -> None:
    told = _times("Mongolia, an SCO observer since 2004, became the chair of the forum.")
    assert told[("Mongolia", "observer")] is None
    told = _times("Iran, an SCO observer since 2005, hosted the talks.")
    assert told[("Iran", "observer")] is None
