"""Chinese journalism's phrasings (issue 21): frames that move the time a claim tells
("天津峰会前", "成立时", "成立之初"), chronologies one line a year, Q&A pages, headline
shorthand, pronouns for a country named just before ("该国", "其"), and counts of BRICS and
of the SCO in one sentence. Each class has examples and counter-examples; a claim is judged
at the time its words give, through the engine's one mechanism (the claim's `time`)."""

from __future__ import annotations

import pytest

from sco_cli import api
from sco_cli.claims.extract import claims_in

DATE = "2025-09-10"  # after the Tianjin summit merged observers and dialogue partners


def _judged(text: str, date: str = DATE) -> set[tuple[object, ...]]:
    claims = api.check_text(f"date {date}\n\n{text}\n").document["claims"]
    return {
        (c["claim"]["kind"], c["claim"]["subject"], c["claim"]["value"], c["verdict"])
        for c in claims
    }


# (sentence, a claim judged at the time of its frame: kind, subject, value, verdict)
FRAMED = [
    # before an event: before the article's date (the two observers held until the summit)
    ("天津峰会前，上合组织有2个观察员国和14个对话伙伴。", ("count", "observer", 2, "agrees")),
    (
        "天津峰会前，上合组织有2个观察员国和14个对话伙伴。",
        ("count", "dialogue-partner", 14, "agrees"),
    ),
    ("印度加入之前，上合组织有6个成员国，现在有10个成员国。", ("count", "member", 6, "agrees")),
    ("两年前，上合组织有9个成员国。", ("count", "member", 9, "agrees")),
    # at the founding: the founding year
    ("上合组织成立时有6个成员国。", ("count", "member", 6, "agrees")),
    ("成立之初，上合组织只有6个成员国。", ("count", "member", 6, "agrees")),
    ("上合組織成立之初有6個成員國。", ("count", "member", 6, "agrees")),
    (
        "上合组织成立时，成员国包括中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦。",
        ("status", "Uzbekistan", "member", "agrees"),
    ),
    # a frame judges, it does not excuse: wrong at that time is wrong
    ("上合组织成立时有5个成员国。", ("count", "member", 5, "contradicts")),
    ("上合组织成立之初有8个成员国。", ("count", "member", 8, "contradicts")),
    (
        "上合组织成立时，成员国包括中国、俄罗斯和印度。",
        ("status", "India", "member", "contradicts"),
    ),
    ("两年前，上合组织有12个成员国。", ("count", "member", 12, "contradicts")),
]


@pytest.mark.parametrize(("sentence", "judged"), FRAMED)
def test_a_frame_judges_the_claim_at_the_time_it_tells(
    sentence: str, judged: tuple[object, ...]
) -> None:
    assert judged in _judged(sentence)


# (sentence, a claim that stays judged on the article's date: the frame is not its own)
NOT_FRAMED = [
    # the frame's clause is over: "now" is said, or another clause stands between
    ("上合组织成立时只有6个成员国，现在有10个成员国。", ("count", "member", 10)),
    ("上合组织成立时只有6个成员国，后来有12个成员国。", ("count", "member", 12)),
    # "成立时间" is the founding date, "目前" is now, "前往" is going to
    ("上合组织成立时间为2001年，有2个观察员国。", ("count", "observer", 2)),
    ("目前上合组织有2个观察员国。", ("count", "observer", 2)),
    ("习近平前往天津，上合组织有2个观察员国。", ("count", "observer", 2)),
]


@pytest.mark.parametrize(("sentence", "claim"), NOT_FRAMED)
def test_a_frame_outside_the_claims_clause_does_not_move_it(
    sentence: str, claim: tuple[object, ...]
) -> None:
    found = [c for c in claims_in(sentence, DATE) if (c.kind, c.subject, c.value) == claim]
    assert found, sentence
    assert [c.detail.get("time") for c in found] == [None]


@pytest.mark.parametrize(
    ("sentence", "sco", "brics"),
    [
        ("目前金砖国家已扩大到11个成员国，上合组织则有10个成员国。", 10, 11),
        ("金砖国家有11个成员国，上合组织有10个成员国。", 10, 11),
        ("上合组织有10个成员国，而金砖国家有11个成员国。", 10, 11),
        ("上合组织10个成员国和金砖11个成员国的人口占世界一半。", 10, 11),
    ],
)
def test_a_count_of_brics_beside_one_of_the_sco_is_brics_own(
    sentence: str, sco: int, brics: int
) -> None:
    counts = {c.value for c in claims_in(sentence, DATE) if c.kind == "count"}
    assert sco in counts
    assert brics not in counts


def test_the_sco_named_after_a_claim_in_its_own_clause_still_owns_it() -> None:
    """Only a body named past the claim's clause is refused; "...10个成员国的上合组织" keeps."""
    counts = {c.value for c in claims_in("拥有10个成员国的上合组织与金砖合作。", DATE)}
    assert 10 in counts


CHRONOLOGY = (
    "上合组织发展历程\n2001年：上合组织成立\n2004年：蒙古国成为观察员国\n"
    "2005年7月 巴基斯坦、伊朗、印度成为观察员国\n2017年：印度、巴基斯坦成为正式成员国\n"
    "2023年：伊朗正式加入\n"
)


def test_a_chronology_one_line_a_year_dates_each_entry_by_its_own_line() -> None:
    """The lines run together into one sentence: each joining takes its line's year, never
    the next line's (which would contradict)."""
    claims = api.check_text(f"date {DATE}\n\n{CHRONOLOGY}").document["claims"]
    years = {
        (c["claim"]["subject"], c["claim"]["value"]): c["claim"].get("year")
        for c in claims
        if c["claim"]["kind"] == "joined"
    }
    assert years == {
        ("Mongolia", "observer"): 2004,
        ("Pakistan", "observer"): 2005,
        ("Iran", "observer"): 2005,
        ("India", "observer"): 2005,
        ("India", "member"): 2017,
        ("Pakistan", "member"): 2017,
        ("Iran", "member"): 2023,
    }
    assert {c["verdict"] for c in claims} == {"agrees"}
    assert ("founding", "SCO", 2001, "agrees") in _judged(CHRONOLOGY)


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("伊朗正式成为上合组织成员国\n\n新华社北京7月4日电", ("joined", "Iran", "member")),
        ("白俄罗斯加入上合\n\n白俄罗斯总统表示欢迎。", ("joined", "Belarus", "member")),
        ("上合组织大事记\n2024年7月 白俄罗斯加入", ("joined", "Belarus", "member")),
    ],
)
def test_a_headline_or_a_line_ending_with_the_verb_is_read(
    text: str, made: tuple[str, str, str]
) -> None:
    assert (*made, "agrees") in _judged(text)


@pytest.mark.parametrize(
    "text",
    [
        "上合组织邀请伊朗加入。",  # invited: not joined
        "上合组织扩员：白俄罗斯希望加入",  # hoped for
        "埃及加入金砖\n\n埃及加入",  # another body's
    ],
)
def test_a_line_ending_with_the_verb_is_no_joining_when_its_words_refuse_it(text: str) -> None:
    assert not [c for c in _judged(text) if c[0] == "joined"]


def test_a_question_and_its_answer_are_read_as_one_claim() -> None:
    qa = "问：上合组织有几个成员国？\n\n答：10个。\n\n问：上合组织有哪些观察员国？\n\n答：阿富汗和蒙古国。"
    judged = _judged(qa, "2024-09-01")
    assert ("count", "member", 10, "agrees") in judged
    assert ("status", "Mongolia", "observer", "agrees") in judged
    # another body asked for, or a question that asks for no status: nothing
    assert not _judged("问：金砖国家有几个成员国？\n\n答：11个。", "2024-09-01")
    assert not _judged("问：上合组织秘书处设在哪里？\n\n答：10个。", "2024-09-01")


@pytest.mark.parametrize(
    ("text", "made"),
    [
        ("阿富汗积极参与上合组织事务。该国于2012年成为上合组织观察员国。", ("Afghanistan", 2012)),
        ("伊朗积极参与上合组织事务。其于2023年成为上合组织正式成员国。", ("Iran", 2023)),
        ("白俄罗斯出席了上合组织阿斯塔纳峰会，该国于2024年成为正式成员国。", ("Belarus", 2024)),
    ],
)
def test_a_pronoun_stands_for_the_one_country_named_just_before(
    text: str, made: tuple[str, int]
) -> None:
    claims = api.check_text(f"date {DATE}\n\n{text}\n").document["claims"]
    joined = [
        (c["claim"]["subject"], c["claim"].get("year"), c["verdict"])
        for c in claims
        if c["claim"]["kind"] == "joined"
    ]
    assert joined == [(*made, "agrees")]


@pytest.mark.parametrize(
    "text",
    [
        "伊朗和印度出席了上合组织峰会。该国于2023年成为上合组织正式成员国。",  # two countries
        "习近平抵达白俄罗斯出席上合组织活动。该国于2024年成为上合组织正式成员国。",  # no subject
        "白俄罗斯总统出席了金砖峰会。该国于2024年成为上合组织正式成员国。",  # no SCO before
    ],
)
def test_a_pronoun_with_no_one_country_before_it_is_no_claim(text: str) -> None:
    assert not [c for c in _judged(text) if c[0] == "joined"]
