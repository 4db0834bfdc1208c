"""Meaning right: what 'N countries' counts, the time a sentence places a claim at,
summits dated by the article, one phrase one claim, and what was not read."""

from __future__ import annotations

from typing import Any

import pytest

from sco_cli.claims import guards
from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import StatusClaim
from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_in, claims_of
from sco_cli.claims.judge import Reference, dated
from sco_cli.claims.notice import not_read
from sco_cli.dataset import load_dataset


def found(sentence: str, today: str | None = "2025-09-09") -> list[tuple[str, str, Any]]:
    return [(c.kind, c.subject, c.value) for c in claims_in(sentence, today)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The SCO consists of 8 countries.", [("count", "member", 8)]),
        ("The SCO was founded by six countries in 2001.", [("count", "founding_member", 6)]),
        ("The SCO expanded its membership to eight countries.", [("count", "member", 8)]),
        (
            "Counting everyone, the SCO now brings together 26 countries.",
            [("count", "country", 26)],
        ),
        ("The SCO now brings together 26 countries.", [("count", "country", 26)]),
        # neither membership nor all its countries said: no count rather than a wrong one
        ("The SCO is strong and six countries cover an area of 30 million square km.", []),
        (
            "Six countries, Azerbaijan, Armenia, Cambodia, Nepal, Turkey and Sri Lanka, are also"
            " SCO partners.",
            [("count", "partner", 6)],
        ),
        (
            "The SCO was founded in Shanghai on June 15, 2001 by six countries.",
            [("count", "founding_member", 6)],
        ),
        (
            "The SCO, initially established in 2001 with five member states, grew.",
            [("count", "founding_member", 5)],
        ),
        ("Leaders of 14 countries attended the SCO summit.", []),
        ("The Five members of the Shanghai Five met in 1996.", []),
    ],
)
def test_what_n_countries_counts(sentence: str, expected: list[tuple[str, str, Any]]) -> None:
    counts = [f for f in found(sentence) if f[0] == "count"]
    assert counts == expected


def test_one_phrase_gives_one_count() -> None:
    assert [f for f in found("The bloc of 27 countries met.") if f[0] == "count"] == [
        ("count", "member", 27)
    ]


@pytest.fixture(scope="module")
def reference() -> Reference:
    return Reference.of(load_dataset())


def verdict(reference: Reference, sentence: str, on: str) -> list[tuple[str, str]]:
    return [(c.subject, reference.judge(c, on).verdict) for c in claims_in(sentence, on)]


def test_a_time_word_judges_the_claim_before_the_article(reference: Reference) -> None:
    sentence = "Earlier, India and Pakistan were SCO observer countries."
    assert verdict(reference, sentence, "2017-06-09") == [
        ("India", "agrees"),
        ("Pakistan", "agrees"),
    ]
    # on the article's date they were members: without the time word, a contradiction
    plain = "India and Pakistan are SCO observer countries."
    assert {v for _, v in verdict(reference, plain, "2018-01-01")} == {"contradicts"}


def test_a_time_word_opening_the_clause_places_all_its_lists(reference: Reference) -> None:
    # the time word is far from the later lists: it still opens their clause
    sentence = (
        "Until recently, the SCO included ten member states (Russia, Belarus, India, Iran,"
        " Kazakhstan, Kyrgyzstan, China, Pakistan, Tajikistan and Uzbekistan), two observer"
        " countries (Afghanistan and Mongolia) and 14 dialogue partners."
    )
    found = verdict(reference, sentence, "2025-09-04")
    assert ("Mongolia", "agrees") in found
    assert ("dialogue_partner", "agrees") in found
    assert {v for _, v in found} == {"agrees"}
    # without it, the observers of before Tianjin contradict; a "now" takes the clause back
    plain = sentence.removeprefix("Until recently, ")
    assert ("Mongolia", "contradicts") in verdict(reference, plain, "2025-09-04")
    now = "Until recently, the bloc had eight members, but now it has nine members."
    assert [c.detail.get("time") for c in claims_in(now, "2023-07-05")] == ["earlier", None]
    # "still" stays in the earlier time: only a word that says now takes the clause back
    still = sentence.replace("the SCO included", "the SCO, grown from its origins, still included")
    assert {v for _, v in verdict(reference, still, "2025-09-04")} == {"agrees"}


def test_then_and_now_in_the_claims_own_words(reference: Reference) -> None:
    aside = "Then an observer, Mongolia asked for more."
    assert [c.detail.get("time") for c in claims_in(aside, "2025-01-01")] == ["earlier"]
    assert verdict(reference, aside, "2025-10-01") == [("Mongolia", "agrees")]
    now = "Formerly an observer, Iran is now a full member."
    assert [(c.value, c.detail.get("time")) for c in claims_in(now, "2025-01-01")] == [
        ("member", None)
    ]


def test_a_past_attendance_gives_the_status_then(reference: Reference) -> None:
    # India attended as an observer before 2017: right then, though a member since
    for sentence in (
        "India attended the 2010 summit as an observer.",
        "India took part in the SCO's work as an observer in 2012.",
    ):
        assert verdict(reference, sentence, "2024-01-01") == [("India", "agrees")]
    timed = claims_in("Iran and India participated as observers.", "2024-01-01")
    assert {c.detail.get("time") for c in timed} == {"past"}
    # a present or future attendance is the status on the article's date
    assert verdict(reference, "India will attend as an observer.", "2024-01-01") == [
        ("India", "contradicts")
    ]


def test_a_past_verb_times_every_object_it_lists(reference: Reference) -> None:
    # the second count is the same verb's object: judged then, not on the article's date
    sentence = (
        "Back then it had three observers - Iran, India and Pakistan - and two dialogue partners."
    )
    times = [c.detail.get("time") for c in claims_in(sentence, "2025-01-01")]
    assert len(times) == 5
    assert set(times) <= {"earlier", "past"}
    past = "It also counted four observer states and three dialogue partners, Turkey among them."
    timed = {(c.kind, c.value): c.detail.get("time") for c in claims_in(past, "2025-01-01")}
    assert timed[("count", 3)] == "past"
    assert verdict(reference, "In the past the SCO had six dialogue partners.", "2025-01-01") == [
        ("dialogue_partner", "agrees")
    ]
    # a present tense after the comma is the article's date again
    now = "It had two observers, and today it has three dialogue partners."
    assert [c.detail.get("time") for c in claims_in(now, "2025-01-01")] == ["past", None]


@pytest.mark.parametrize(
    ("sentence", "status", "on", "how", "expected"),
    [
        (
            "Kazakhstan has never been a member of the bloc.",
            "member",
            "2024-01-01",
            "never",
            "contradicts",
        ),
        ("Mongolia has never been a full member.", "member", "2024-01-01", "never", "agrees"),
        ("Iran is not yet a full member of the SCO.", "member", "2015-05-05", "not", "agrees"),
        ("Iran is not a member of the SCO.", "member", "2024-05-05", "not", "contradicts"),
        ("Uzbekistan isn't an observer.", "observer", "2024-05-05", "not", "agrees"),
        ("India is no longer an observer.", "observer", "2019-01-01", "no longer", "agrees"),
    ],
)
def test_a_denied_status_is_judged_the_other_way_round(
    reference: Reference, sentence: str, status: str, on: str, how: str, expected: str
) -> None:
    assert guards.denial(sentence, 0, len(sentence) - 1) == how
    country = sentence.split()[0]
    iso3 = lx.country(country)
    assert iso3 is not None
    claim = StatusClaim(country, status, 0, len(sentence) - 1, {"iso3": iso3[0]})
    denied = claim._replace(detail={**claim.detail, "denied": how})
    assert reference.judge(denied, on).verdict == expected
    assert reference.judge(claim, on).verdict != expected  # the denial turned it round


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran is not only a member but a founder.",
        "Neither Japan nor Korea is a member.",
        "Iran is not a member, but India is an observer.",
    ],
)
def test_other_negations_are_no_denial_of_the_status(sentence: str) -> None:
    start = sentence.rfind("India") if "India" in sentence else 0
    assert guards.denial(sentence, start, len(sentence) - 1) is None


def test_a_meeting_before_the_sco_is_no_summit_to_contradict(reference: Reference) -> None:
    # a meeting before the founding in a sentence that names no SCO is the forerunner's:
    # no SCO claim (claims/decoys.py); one called the SCO's is unverifiable, never red
    met = "At a meeting in Shanghai in April 1996 five leaders signed a border agreement."
    assert verdict(reference, met, "2006-06-14") == []
    other = "The SCO's 1998 summit in Almaty was held in July."
    assert verdict(reference, other, "2006-06-14") == [("Almaty", "unverifiable")]
    assert verdict(reference, "The 2003 summit in Almaty was held in May.", "2006-06-14") == [
        ("Almaty", "contradicts")
    ]


def test_a_numbered_meeting_before_the_sco_is_the_forerunners_never_red(
    reference: Reference,
) -> None:
    # a chronology counting the Shanghai Five's meetings: the ordinal is theirs, not the SCO's
    for sentence in (
        "The second summit held in Moscow on 24 April, 1997 adopted a treaty.",
        "The fourth summit was held on 24 August 1999 in Bishkek.",
    ):
        assert verdict(reference, sentence, "2004-06-01") == []  # no SCO named: the Five's
    called = "The fourth SCO summit was held on 24 August 1999 in Bishkek."
    assert [v for _, v in verdict(reference, called, "2004-06-01")] == ["unverifiable"]
    # an ordinal of a summit after the founding is still judged by the numberings
    assert verdict(reference, "The fourth summit was held in Bishkek in 2007.", "2008-01-01") == [
        ("Bishkek", "contradicts")
    ]


def test_a_possessive_before_the_city_is_no_part_of_its_name(reference: Reference) -> None:
    for said in ("Russia\u2019s Ufa", "Russia's Ufa"):
        sentence = f"The accession was launched at the SCO summit in {said} in 2015."
        assert verdict(reference, sentence, "2017-06-09") == [("Ufa", "agrees")]


def test_a_year_in_the_clause_judges_the_claim_in_that_year(reference: Reference) -> None:
    sentence = "In 2010, Belarus and Sri Lanka were dialogue partners."
    assert {v for _, v in verdict(reference, sentence, "2025-09-09")} == {"agrees"}
    # the countries that founded it are its founders, whatever the article's date
    dated = "The SCO is a regional body founded in Shanghai on June 15, 2001 by six countries."
    counts = [c for c in claims_in(dated, "2013-09-13") if c.kind == "count"]
    assert [(c.subject, c.value) for c in counts] == [("founding_member", 6)]
    assert reference.judge(counts[0], "2013-09-13").verdict == "agrees"
    signed = "The declaration was signed by the SCO in June 2001 by six member states."
    counts = [c for c in claims_in(signed, "2013-09-13") if c.kind == "count"]
    assert [(c.value, c.detail.get("time")) for c in counts] == [(6, 2001)]
    assert reference.judge(counts[0], "2013-09-13").verdict == "agrees"
    count = "The SCO expanded its membership to eight countries in 2017."
    assert verdict(reference, count, "2025-09-09") == [("member", "agrees")]


def test_a_summit_is_dated_by_the_article_or_its_ordinal(reference: Reference) -> None:
    dated = claims_in("The SCO summit closed in Beijing yesterday.", "2012-06-08")
    assert [(c.subject, c.value, c.detail["dated"]) for c in dated] == [
        ("Beijing", 2012, "the article's date (yesterday)")
    ]
    by_ordinal = claims_in("The 13th SCO summit was held in Bishkek.", "2025-01-01")
    assert [(c.subject, c.detail["dated"]) for c in by_ordinal] == [("Bishkek", "its ordinal")]
    assert reference.judge(by_ordinal[0], "2025-01-01").verdict == "agrees"
    wrong = claims_in("The 13th SCO summit was held in Astana.", "2025-01-01")
    assert reference.judge(wrong[0], "2025-01-01").verdict == "contradicts"


def test_a_repeated_subtitle_gives_its_claims_once() -> None:
    text = "Belarus, an observer state, spoke.\n\nBelarus, an observer state, spoke."
    document = build("x", text, "2020-01-01")
    assert len(list(claims_of(document.sentences, "2020-01-01"))) == 1


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("上海協力機構のサミットが開かれ、ロシアとインドが参加した。" * 3, "Japanese"),
        ("Україна не є членом Шанхайської організації співробітництва і не буде.", "Cyrillic"),
        ("The weather in Paris was fine and the trains ran on time.", "no mention of the SCO"),
    ],
)
def test_what_was_not_read_is_said(text: str, said: str) -> None:
    notice = not_read(text)
    assert notice is not None
    assert said in notice


def test_an_english_sco_text_is_read() -> None:
    assert not_read("The SCO has ten member states and two observers.") is None


@pytest.mark.parametrize(
    "text",
    [
        "上海合作组织成员国元首理事会第二十次会议将于11月10日以视频方式举行。" * 3,
        "Шанхайская организация сотрудничества приняла решение о статусе партнера.",
    ],
)
def test_a_russian_or_chinese_sco_text_is_read(text: str) -> None:
    assert not_read(text) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "India and Pakistan's SCO accession procedures began in 2015.",
        "Pakistan's membership may help it connect better with Central Asia.",
        "Iran's accession as a full member will be one of the key decisions of the summit.",
        "The summit agreed on rules to admit new members like India and Pakistan.",
        "The candidate members are India and Pakistan.",
        "Egypt and Qatar got the status after the admission procedure launched in 2021.",
        "The SCO decided to start admitting India and Pakistan as members.",
        "The SCO will admit Afghanistan as observer, Turkey as dialogue partner.",
    ],
)
def test_the_guard_stage_refuses_what_is_on_its_way(sentence: str) -> None:
    assert [f for f in found(sentence) if f[0] in ("status", "joined", "founding")] == []


def test_a_joining_told_in_the_present_before_the_decision_is_unverifiable(
    reference: Reference,
) -> None:
    sentence = "Iran, India and Pakistan join the SCO as observers."
    assert {v for _, v in verdict(reference, sentence, "2005-06-06")} == {"unverifiable"}
    assert {v for _, v in verdict(reference, sentence, "2005-07-06")} == {"agrees"}


def test_each_list_of_a_parallel_sentence_holds_its_own_status(reference: Reference) -> None:
    # "admits A as observer, B as dialogue partner": B is no observer
    headline = "SCO admits Afghanistan as observer, Turkey as dialogue partner"
    assert [(c.subject, c.value) for c in claims_in(headline, "2012-06-07")] == [
        ("Afghanistan", "observer"),
        ("Türkiye", "dialogue_partner"),
    ]
    assert {v for _, v in verdict(reference, headline, "2012-06-07")} == {"agrees"}


def test_countries_added_in_a_year_joined_then(reference: Reference) -> None:
    # Ufa (2015) only began their admission: "added in 2015" is a real error, judged as a
    # joining in 2015, never as a status held on the article's date
    sentence = (
        "The second enlargement was in July 2015 with addition of 2 new members India and Pakistan."
    )
    claims = claims_in(sentence, "2016-06-23")
    assert [(c.kind, c.subject, c.detail.get("year")) for c in claims] == [
        ("joined", "India", 2015),
        ("joined", "Pakistan", 2015),
    ]
    assert {v for _, v in verdict(reference, sentence, "2016-06-23")} == {"contradicts"}


def test_who_met_then_is_counted_then(reference: Reference) -> None:
    # the leaders of the eight members met at the 2021 summit; nine members in 2023
    sentence = (
        "At the end of the 21st Summit, held in Dushanbe, the leaders of the eight main members"
        " of the SCO agreed to admit Iran."
    )
    assert [
        (c.value, c.detail.get("time"))
        for c in claims_in(sentence, "2023-07-04")
        if c.kind == "count"
    ] == [(8, "past")]
    assert ("member", "agrees") in verdict(reference, sentence, "2023-07-04")


def test_a_founding_with_n_members_counts_the_founders(reference: Reference) -> None:
    # six founded it: "five member states" at its founding is a real error
    sentence = "The SCO, initially established in 2001 with five member states, has grown."
    assert ("founding_member", "contradicts") in verdict(reference, sentence, "2024-07-26")


@pytest.mark.parametrize(
    ("sentence", "on", "year", "expected"),
    [
        # the SCO's numbering (2001 the 1st)
        ("The 11th SCO summit will be held in Astana on June 15.", "2011-05-14", 2011, "agrees"),
        # counting the annual summits after the founding one, or from the Shanghai Five's 1996
        ("The 13th annual SCO summit opened in Dushanbe.", "2014-09-11", 2014, "disputed"),
        ("The 16th SCO summit will be held in Astana on June 15.", "2011-05-14", 2011, "disputed"),
        # wrong under every numbering: the summit of that city the article is about
        (
            "The SCO is gathering for its annual 15th summit in Astana.",
            "2011-05-14",
            2011,
            "contradicts",
        ),
    ],
)
def test_a_summit_ordinal_contradicts_only_when_wrong_under_every_numbering(
    reference: Reference, sentence: str, on: str, year: int, expected: str
) -> None:
    (claim,) = [c for c in claims_in(sentence, on) if c.kind == "summit"]
    claim = dated(reference, claim, on)
    assert claim.value == year
    assert reference.judge(claim, on).verdict == expected


def test_a_meeting_dated_by_the_article_where_no_summit_ever_was_is_no_contradiction(
    reference: Reference,
) -> None:
    # the ministers' meeting in Almaty, not the leaders' summit (Astana, 2011)
    sentence = "The SCO foreign ministers are meeting in Almaty on Saturday to prepare the summit."
    assert {v for _, v in verdict(reference, sentence, "2011-05-14")} <= {"unverifiable"}
    # a summit the article dates, in a city that held others, is still judged
    assert verdict(reference, "The SCO summit opened in Bishkek on Saturday.", "2011-05-14") == [
        ("Bishkek", "contradicts")
    ]


def test_a_partner_before_the_statuses_were_renamed_is_a_dialogue_partner(
    reference: Reference,
) -> None:
    # before Tianjin (2025-09-01) the only partners were dialogue partners: shown as such
    (before,) = claims_in("Turkey is an SCO partner.", "2021-09-16")
    before = dated(reference, before, "2021-09-16")
    assert (before.value, reference.judge(before, "2021-09-16").verdict) == (
        "dialogue_partner",
        "agrees",
    )
    (after,) = claims_in("Turkey is an SCO partner.", "2025-10-01")
    assert dated(reference, after, "2025-10-01").value == "partner"


def test_a_founding_year_opening_the_sentence_is_not_the_time_of_its_list(
    reference: Reference,
) -> None:
    # the year is the SCO's birth: the members listed in the present are today's
    sentence = "Established in 2001, the SCO unites India, Kazakhstan and Pakistan as its members."
    assert verdict(reference, sentence, "2022-09-12") == [
        ("SCO", "agrees"),
        ("India", "agrees"),
        ("Kazakhstan", "agrees"),
        ("Pakistan", "agrees"),
    ]
    # a year that opens the sentence as its own time still places the list
    dated = "In 2010, the SCO united Kazakhstan, Russia and China as its members."
    assert [c.detail.get("time") for c in claims_in(dated, "2022-09-12")] == [2010] * 3


def document_verdicts(reference: Reference, text: str) -> list[tuple[str, str, str]]:
    """(subject, value, verdict) of every claim of a whole text, dated by its date line."""
    from sco_cli.claims.dates import date_of

    dating, body = date_of(text, "a.txt")
    document = build("a.txt", body, dating.date)
    return [
        (c.subject, str(c.value), reference.judge(c, dating.date).verdict)
        for _, c in claims_of(document.sentences, dating.date)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a date line run into the first sentence: its year is no time the sentence tells
        "2025-09-01\nThen-observer Belarus took part in the 2017 Astana summit.",
        "2025年12月1日\n2014年，上合组织有六个成员国和五个观察员国。",
        "新华社北京2025年12月1日电 2023年之前，伊朗是上合组织观察员国。",
        "01.12.2025 12:40\nВ 2014 году в ШОС было шесть государств-членов.",
        # a dateline before the opening year
        "BEIJING, Dec 1, 2025 (Xinhua) -- In 2014, the SCO had six members, five observers"
        " and three dialogue partners.",
        # "then-" before the status: a status of its time
        "2025-12-01\nThe then-observer Iran attended the Qingdao summit in 2018.",
        # a timeline's points, each its own sentence dated by its year
        "SCO timeline\n2025-07-01\nBackground\n2017 - India and Pakistan join; eight members\n"
        "2023 - Iran joins; nine members\n2024 - Belarus joins; ten members\n",
        "Background\n- 2017: India, Pakistan join the SCO (8 members)\n- 2023: Iran joins the SCO (9)"
        "\n- 2024: Belarus joins the SCO (10)\n\nSeptember 1, 2025",
        # ... and so with a table below them, in text with no blank line
        "SCO timeline\n2025-07-01\nBackground\n- 2017: India and Pakistan join the SCO; eight"
        " members\n- 2023: Iran joins the SCO; nine members\n| Year | SCO members |\n"
        "| 2024 | 10 members |",
        "上合组织发展历程\n2025年6月15日\n背景资料\n——2005年：印度、伊朗、巴基斯坦成为上合组织观察员国，"
        "观察员国增至4个\n——2017年：印度、巴基斯坦加入上合组织，成员国增至8个\n",
    ],
)
def test_what_leads_a_sentence_does_not_move_its_time(reference: Reference, text: str) -> None:
    found = document_verdicts(reference, text)
    assert found
    assert {v for _, _, v in found} == {"agrees"}, found


def test_a_list_of_countries_one_a_line_stays_one_sentence() -> None:
    document = build("a.txt", "Members:\n- China\n- Russia\n- India", None)
    assert len(document.sentences) == 1


def test_a_heading_gives_its_status_to_the_names_point_under_it() -> None:
    text = (
        "\u2022 It grew out of the Shanghai Five.\n\u2022 It is big.\nMember states\n"
        "\u2022 India, Kazakhstan, China and Russia.\n\u2022 It also has observers."
    )
    made = found_in(text)
    assert ("status", "India", "member") in made
    # numbered questions with bulleted answers stay together (a quiz's)
    quiz = build(
        "a.txt", "  1. SCO formed in\n    \u2022 15 June 2001\n  2. Seat\n    \u2022 Beijing", None
    )
    assert len(quiz.sentences) < 4


def found_in(text: str) -> list[tuple[str, str, Any]]:
    document = build("a.txt", text, "2019-01-01")
    return [(c.kind, c.subject, c.value) for _, c in claims_of(document.sentences, "2019-01-01")]


def test_a_date_line_is_its_own_paragraph() -> None:
    document = build("a.txt", "2025-09-01\nThe SCO has ten members.\nIt met.", None)
    assert [s.text for s in document.sentences][:2] == ["2025-09-01", "The SCO has ten members."]
    # a date inside a sentence stays in it
    inside = build("a.txt", "On\n2025-09-01 the SCO met.", None)
    assert len({s.paragraph for s in inside.sentences}) == 1


def test_a_status_told_in_the_past_includes_the_days_own_news(reference: Reference) -> None:
    took_part = "Iran took part in the SCO summit as a full member for the first time."
    assert verdict(reference, took_part, "2023-07-04") == [("Iran", "agrees")]
    assert verdict(reference, took_part, "2023-07-03") == [("Iran", "contradicts")]
    # "formerly" still places the status before the day
    formerly = "Formerly, Iran was an SCO member."
    assert verdict(reference, formerly, "2023-07-04") == [("Iran", "contradicts")]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("SCO set to become 10-nation bloc as Belarus joins", []),
        ("The SCO is set to have ten members.", []),
        ("Tomorrow the six-member SCO becomes an eight-member bloc.", [6]),
        # a headline's "becomes" is the day's news, not a forecast
        ("SCO becomes a 10-nation bloc as Belarus joins", [10]),
    ],
)
def test_a_count_still_to_come_is_no_count(sentence: str, counts: list[int]) -> None:
    assert [f[2] for f in found(sentence, "2024-07-03") if f[0] == "count"] == counts


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Four SCO members -- China, Russia, India and Iran -- are also in BRICS.", []),
        ("Four SCO members \u2014 China, Russia, India and Iran \u2014 are also in BRICS.", []),
        # counter-examples: the list makes up the SCO, or the count has its article
        (
            "Nine member states - China, Russia, India, Iran, Pakistan, Kazakhstan, Kyrgyzstan,"
            " Tajikistan and Uzbekistan - make up the SCO.",
            [9],
        ),
        (
            "The SCO's nine members - China, Russia, India, Iran, Pakistan, Kazakhstan,"
            " Kyrgyzstan, Tajikistan and Uzbekistan - met.",
            [9],
        ),
    ],
)
def test_a_bare_count_of_a_list_set_apart_names_some(sentence: str, counts: list[int]) -> None:
    assert [f[2] for f in found(sentence, "2024-10-24") if f[0] == "count"] == counts


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        (
            "The SCO, a six-nation bloc at its founding, now has eight members.",
            [("founding_member", 6), ("member", 8)],
        ),
        ("The SCO had six members when it was founded in 2001.", [("founding_member", 6)]),
        # counter-example: no founding named after the count
        ("The SCO, a six-nation bloc in Asia, met.", [("member", 6)]),
    ],
)
def test_a_count_at_the_founding_counts_the_founders(
    sentence: str, counts: list[tuple[str, int]]
) -> None:
    assert [(f[1], f[2]) for f in found(sentence, "2020-11-10") if f[0] == "count"] == counts


def test_reports_in_a_row_refuted_together_are_not_the_articles_claims(
    reference: Reference,
) -> None:
    text = (
        "2024-10-03\nSocial media posts claimed that Turkey had become the SCO's eleventh member.\n"
        "Posts also said Azerbaijan joined the SCO as a full member in September.\n"
        "Neither claim is true: the SCO has ten members."
    )
    assert document_verdicts(reference, text) == [("member", "10", "agrees")]
    # a sentence between them that is no report ends the run: the first report stays
    kept = text.replace("Posts also said", "Officials met. Posts also said")
    assert ("Türkiye", "member", "contradicts") in document_verdicts(reference, kept)


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        ("FILE PHOTO: Leaders of the six SCO members in Shanghai, June 15, 2001.", 2001),
        ("Pictured in 2019: the eight-member bloc's leaders in Bishkek.", 2019),
        ('"The eight-member SCO is a powerful force," Putin said in Bishkek in 2019.', 2019),
        ("\u201cThe eight-member SCO is a force,\u201d Putin said in 2019.", 2019),
        # counter-examples: a claim outside the quotation, a caption with no year
        ('The SCO has ten members and "a bright future," Xi said in 2019.', None),
        ("Photo: the ten-member SCO's leaders.", None),
    ],
)
def test_a_caption_or_a_quotation_is_of_the_year_it_gives(sentence: str, time: int | None) -> None:
    counts = [c for c in claims_in(sentence, "2025-06-20") if c.kind == "count"]
    assert [c.detail.get("time") for c in counts] == [time]


def test_other_members_with_no_determiner_count_them_all() -> None:
    sentence = "There are two other observer states, Afghanistan and Mongolia."
    assert ("count", "observer", 2) in found(sentence, "2024-07-05")
