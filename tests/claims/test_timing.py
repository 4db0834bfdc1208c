"""A claim's time told by another phrase (issue 21, items 2 and 4): a joining at a summit
takes the summit's year; a year counted from another ("five years later") is read as that
year; a joining told to come later ("subsequently") is not agreed with when the reference
puts it before. Each rule's examples are data in claims/timing.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_cli.claims import timing
from sco_cli.claims.claim import JoinedClaim
from sco_cli.claims.extract import claims_in
from sco_cli.claims.judge import Reference, dated
from sco_cli.dataset import load_dataset


@pytest.fixture(scope="module")
def reference() -> Reference:
    return Reference.of(load_dataset())


def _joined(found: list[object]) -> dict[str, JoinedClaim]:
    return {c.subject: c for c in found if isinstance(c, JoinedClaim)}


@pytest.mark.parametrize(("sentence", "today", "years"), timing.SUMMIT_EXAMPLES)
def test_a_joining_at_a_summit_takes_its_year(
    reference: Reference, sentence: str, today: str, years: dict[str, int | None]
) -> None:
    joined = _joined([dated(reference, c, today) for c in claims_in(sentence, today)])
    for country, year in years.items():  # None: not dated by the summit
        detail = joined[country].detail
        assert ("dated" in detail) == (year is not None), (sentence, detail)
        assert year is None or detail["year"] == year


@pytest.mark.parametrize(("previous", "sentence", "year"), timing.COUNTED_EXAMPLES)
def test_a_year_counted_from_another(previous: str | None, sentence: str, year: int | None) -> None:
    counted = timing.counted(sentence, previous)
    assert (counted and int(counted.text[counted.start + 3 : counted.start + 7])) == (year or None)
    if counted is not None:  # placed back where the words stood
        assert counted.back(counted.start + counted.length, closing=True) == counted.end


@pytest.mark.parametrize(("previous", "sentence", "after"), timing.AFTER_EXAMPLES)
def test_a_joining_told_to_come_later(
    previous: str | None, sentence: str, after: dict[str, int]
) -> None:
    joined = _joined(timing.after_words(sentence, previous, claims_in(sentence, "2014-01-01")))
    assert {k: c.detail["after"] for k, c in joined.items() if "after" in c.detail} == after


def _check(tmp_path: Path, text: str, as_of: str) -> list[tuple[str, object, object, str]]:
    from sco_cli.api import check

    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    claims = check(str(article), as_of=as_of).document["claims"]
    return [
        (c["claim"]["kind"], c["claim"]["subject"], c["claim"]["value"], c["verdict"])
        for c in claims
    ]


def test_judged_at_the_time_the_words_give(tmp_path: Path) -> None:
    text = (
        "The SCO grew out of the Shanghai Five, formed in 1996.\n\n"
        "Five years later, the Shanghai Five became the SCO.\n\n"
        "At the 2005 Astana summit, India was admitted as an SCO observer. "
        "Mongolia was subsequently made an observer.\n\n"
        "The Ufa summit granted Pakistan observer status.\n"
    )
    found = _check(tmp_path, text, "2015-07-10")
    assert ("founding", "SCO", 2001, "agrees") in found
    assert ("joined", "India", "observer", "agrees") in found
    # Mongolia's status dates from 2004: the time word is wrong, the status right
    assert ("joined", "Mongolia", "observer", "disputed") in found
    # Pakistan was made an observer in 2005, not at Ufa in 2015
    assert ("joined", "Pakistan", "observer", "contradicts") in found


@pytest.mark.parametrize(("previous", "sentence", "years"), timing.AT_THE_TIME_EXAMPLES)
def test_a_status_at_the_time_is_judged_then(
    previous: str | None, sentence: str, years: dict[str, int]
) -> None:
    found = timing.at_the_time(sentence, previous, claims_in(sentence, "2024-01-01"))
    timed = {c.subject: c.detail.get("time") for c in found if c.kind in ("status", "count")}
    assert {k: v for k, v in timed.items() if isinstance(v, int)} == years


@pytest.mark.parametrize(("sentence", "times"), timing.FRAME_EXAMPLES)
def test_a_frame_places_the_claims_of_its_sentence(
    sentence: str, times: dict[str, int | str]
) -> None:
    found = timing.in_frame(sentence, claims_in(sentence, "2025-09-01"))
    # (an English quotation's year the guard stage reads already: guards.time_of)
    framed = {c.subject: c.detail["time"] for c in found if "time" in c.detail}
    assert framed == times, (sentence, found)


def test_a_frame_never_overrides_a_time_of_the_claims_own() -> None:
    sentence = "«В 2017 году в ШОС было восемь членов», - сказал он в 2023 году."
    own = [c for c in claims_in(sentence, "2025-09-01") if c.kind == "count"]
    assert [c.detail.get("time") for c in own] == [2017]
    assert [c.detail.get("time") for c in timing.in_frame(sentence, own)] == [2017]


def test_frames_judge_at_their_time(tmp_path: Path) -> None:
    text = (
        "date 2025-06-10\n\n"
        "In the archive:\n"
        "- Eight-nation SCO meets in Qingdao (June 10, 2018)\n"
        "- Nine-member SCO holds virtual summit (July 4, 2023)\n\n"
        '"The eight-member SCO is a force," Putin said in Bishkek in 2019.\n\n'
        "The SCO has eight members, from India to Russia.\n"
    )
    found = _check(tmp_path, text, "2025-06-10")
    assert ("count", "member", 8, "agrees") in found
    assert ("count", "member", 9, "agrees") in found
    assert ("count", "member", 8, "contradicts") in found  # the counter-example stays red


@pytest.mark.parametrize(("sentence", "words", "to_come"), timing.TO_COME_EXAMPLES)
def test_a_joining_told_as_still_to_come(sentence: str, words: str, to_come: bool) -> None:
    start = sentence.index(words)
    assert timing.told_to_come(sentence, start, start + len(words)) is to_come


def test_a_page_of_the_day_that_tells_the_joining_to_come_keeps_the_morning_figure(
    tmp_path: Path,
) -> None:
    announced = "印度和巴基斯坦加入上合组织将是本次峰会的重要事件。上合组织目前拥有六个成员国。\n"
    assert ("count", "member", 6, "agrees") in _check(tmp_path, announced, "2017-06-09")
    # told as done the same day: the old figure beside it is stale, and stays red
    reported = "印度和巴基斯坦正式成为上合组织成员国。上合组织目前拥有六个成员国。\n"
    assert ("count", "member", 6, "contradicts") in _check(tmp_path, reported, "2017-06-09")
