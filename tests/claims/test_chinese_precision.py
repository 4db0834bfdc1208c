"""Chinese words that look like a claim of the SCO's roster on the article's date and are
not one: a count of the countries that came to a summit (judged before the date, as a count
of who met), a statement marked false (a true-false item's "错误", a report "有误"),
leaders who arrived before the day's admission. Each class has examples (no wrong
*contradicts*) and counter-examples of the same shape that are still read and judged."""

from __future__ import annotations

import pytest

from sco_cli import api

MERGED = "2025-09-02"  # the day after observers and dialogue partners became partners


def _judged(text: str, date: str) -> list[tuple[object, ...]]:
    claims = api.check_text(f"date {date}\n\n{text}\n").document["claims"]
    return [
        (c["claim"]["kind"], c["claim"]["subject"], c["claim"]["value"], c["verdict"])
        for c in claims
    ]


# who came: the counts the subject of a verb of attending, or after words that name the
# participants; the observers and dialogue partners held until the day before
CAME = [
    "上合组织2个观察员国、14个对话伙伴国出席了本届峰会。",
    "这场由10个成员国、2个观察员国、14个对话伙伴共同参与的上合组织盛会在天津举行。",
    "參加上合組織峰會的有2個觀察員國和14個對話夥伴。",
    "此次上合组织峰会的规模与参与度传递出强烈信号——10个成员国、2个观察员国、14个对话伙伴涵盖欧亚。",
]


@pytest.mark.parametrize("sentence", CAME)
def test_a_count_of_the_countries_that_came_is_judged_before_the_date(sentence: str) -> None:
    judged = _judged(sentence, MERGED)
    assert ("count", "observer", 2, "agrees") in judged
    assert all(verdict != "contradicts" for *_, verdict in judged)


@pytest.mark.parametrize(
    "sentence",
    [
        # the SCO's count said plainly, its attending in another clause
        "上合组织现有2个观察员国和14个对话伙伴。",
        "上合组织有2个观察员国，其领导人出席了峰会。",
    ],
)
def test_a_count_said_plainly_beside_an_attending_is_judged_on_the_date(sentence: str) -> None:
    assert ("count", "observer", 2, "contradicts") in _judged(sentence, MERGED)


@pytest.mark.parametrize(
    "text",
    [
        # a true-false item marked false, in the sentence after it or in the same one
        "“上合组织有8个成员国。”\n错误，上合组织有10个成员国。",
        "判断：上合组织有8个成员国。（×）",
        "上合组织有8个成员国。对吗？\n答：错。",
        # a report said to be wrong, after it or in the sentence after it
        "本报昨日报道称“伊朗是上合组织观察员国”，有误。",
        "更正：上合组织有8个成员国的说法有误。",
        "有网友称上合组织有8个成员国。\n经核实，该说法不实。",
    ],
)
def test_a_statement_marked_false_is_no_claim(text: str) -> None:
    assert all(verdict != "contradicts" for *_, verdict in _judged(text, "2025-10-01"))


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        # marked true, or the mark ends a word ("错过"): still the article's claim
        ("“上合组织有8个成员国。”\n正确。", ("count", "member", 8, "contradicts")),
        ("判断：上合组织有8个成员国。（√）", ("count", "member", 8, "contradicts")),
        ("上合组织有8个成员国。\n错过这次峰会的国家很少。", ("count", "member", 8, "contradicts")),
        # the correction that follows the mark is read
        (
            "“上合组织有8个成员国。”\n错误，上合组织有10个成员国。",
            ("count", "member", 10, "agrees"),
        ),
    ],
)
def test_a_statement_not_marked_false_is_read(text: str, judged: tuple[object, ...]) -> None:
    assert judged in _judged(text, "2025-10-01")


def test_leaders_who_arrived_before_the_days_admission_are_counted_the_day_before() -> None:
    text = "【直播】上合组织峰会\n\n15:30 白俄罗斯正式成为上合组织第十个成员国。\n\n10:00 九个成员国领导人陆续抵达。"
    assert ("count", "member", 9, "agrees") in _judged(text, "2024-07-04")
    # counter-example: a count said plainly that day is the day's
    plain = "上合组织有九个成员国。"
    assert ("count", "member", 9, "contradicts") in _judged(plain, "2024-07-05")


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        # a quotation said at a year: its intro before it, its speaker and year after it
        ("普京2019年在比什凯克曾说：“拥有8个成员国的上合组织是一支强大力量。”", 2019),
        ("“拥有8个成员国的上合组织是一支强大力量，”普京2019年在比什凯克说。", 2019),
        ("习近平2012年在北京指出，上合组织有4个观察员国。", 2012),
        # said once, at no year: before the article's date
        ("普京曾说，拥有8个成员国的上合组织是一支强大力量。", "曾"),
        # a question's year is its answer's time
        ("问：2019年上合组织有几个成员国？\n答：8个。", 2019),
        ("问：2012年上合组织有哪些观察员国？\n答：蒙古国、印度、巴基斯坦、伊朗和阿富汗。", 2012),
        # a count with its year in brackets right after it
        ("上合组织成员国增至8个（2017年），目前有10个。", 2017),
    ],
)
def test_words_said_or_dated_at_another_time_are_judged_then(text: str, judged: object) -> None:
    claims = api.check_text(f"date 2025-10-01\n\n{text}\n").document["claims"]
    assert claims
    assert all(c["claim"].get("time") == judged for c in claims)
    assert all(c["verdict"] == "agrees" for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # said now, or the quotation over before the claim: the article's date
        "普京说，上合组织有8个成员国。",
        "普京2019年说：“上合组织很强大。”上合组织有8个成员国。",
        # a question of another kind, with a year: no time for the answer's count
        "问：上合组织有几个成员国？\n答：8个。",
    ],
)
def test_words_said_now_are_judged_on_the_date(text: str) -> None:
    claims = api.check_text(f"date 2025-10-01\n\n{text}\n").document["claims"]
    eights = [c for c in claims if c["claim"]["value"] == 8]
    assert eights
    assert all(c["verdict"] == "contradicts" for c in eights)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # asked: a question whose last clause holds the claim, an alternative, a blank to fill
        ("事实核查：上合组织有12个成员国？", "2025-10-03"),
        ("上合组织是8个还是9个成员国？", "2023-01-20"),
        ("上合组织有6个成员国和4个观察员国的年份是（　）", "2025-03-01"),
        # a statement labelled a myth, or marked false by a fact check's verdict
        ("误区：土耳其是上合组织成员国。", "2025-10-03"),
        ("说法：上合组织有12个成员国。\n核查结果：错误。", "2025-10-03"),
        # a correction: "X应为Y"
        ("本报一文中，“上合组织有9个成员国”应为“上合组织有10个成员国”。", "2024-07-08"),
        # the SCO family: its every country, not counted when a number stands between
        ("上合组织家庭成员共26个。", "2025-05-01"),
        ("上合组织大家庭26国，包括9个成员国、3个观察员国和14个对话伙伴。", "2024-03-01"),
        # another body named in full
        ("印度和巴基斯坦都是南亚区域合作联盟8个成员国之一，2017年同时加入上合组织。", "2024-03-01"),
        # joining a body of the SCO's
        ("土库曼斯坦加入了上合组织能源俱乐部。", "2013-12-04"),
        # a summit said not to be held there
        ("2019年上合组织峰会不是在阿斯塔纳举行，而是在比什凯克。", "2025-08-01"),
        # who were merged, who admitted another: the day before
        ("周一，上合组织的2个观察员国和14个对话伙伴统一成为“上合组织伙伴”。", "2025-09-02"),
        ("上合组织9个成员国4日接纳白俄罗斯加入上合组织。", "2024-07-05"),
        # what would or should be
        ("要是伊朗一同加入，上合组织2017年就会有9个成员国。", "2022-03-01"),
        ("一家智库认为，十年内上合组织应有12个成员国。", "2025-10-01"),
        # a year right after the count; a question's year for an answer that says it all
        ("上合组织8个成员国2019年GDP总量约20万亿美元。", "2025-03-05"),
        ("问：2019年上合组织有几个成员国？\n答：上合组织有8个成员国。", "2025-03-01"),
        # at the time of a joining, until a time
        ("印度和巴基斯坦加入时，上合组织有6个成员国。", "2025-03-10"),
        ("直到去年，上合组织还有9个成员国。", "2025-04-02"),
    ],
)
def test_words_that_are_no_claim_of_the_day_give_no_wrong_red(text: str, date: str) -> None:
    assert all(verdict != "contradicts" for *_, verdict in _judged(text, date))


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        # the same shapes, said plainly: still read and judged
        ("上合组织有12个成员国。", ("count", "member", 12, "contradicts")),
        ("上合组织有12个成员国和2个观察员国。", ("count", "member", 12, "contradicts")),
        ("土库曼斯坦加入了上合组织。", ("joined", "Turkmenistan", "member", "contradicts")),
        ("上合组织大家庭成员增至26个。", ("count", "country", 26, "agrees")),
    ],
)
def test_the_same_shapes_said_plainly_are_read(text: str, judged: tuple[object, ...]) -> None:
    assert judged in _judged(text, "2025-10-01")
