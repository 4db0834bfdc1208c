"""Issue 21: English journalism's phrasings read wrongly or missed before, each class
with examples and counter-examples judged through `sco check`."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Invoke, judged


def verdicts(sco: Invoke, tmp_path: Path, text: str, as_of: str) -> list[tuple[str, str, str]]:
    return [
        (c["claim"]["kind"], f"{c['claim']['subject']}:{c['claim']['value']}", c["verdict"])
        for c in judged(sco, tmp_path, text, as_of)
    ]


# -- "since": a span the same sentence says was followed by another status is judged then ---


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Belarus has been a dialogue partner of the SCO since 2009, and was made an observer"
            " in 2015.",
            "Belarus:dialogue-partner",
        ),
        (
            "Belarus has been an observer of the SCO since 2015 and became a full member in 2024.",
            "Belarus:observer",
        ),
        (
            "Belarus, a dialogue partner since 2009, was made an observer in 2015.",
            "Belarus:dialogue-partner",
        ),
    ],
)
def test_a_span_since_a_year_then_changed_is_judged_before(
    sco: Invoke, tmp_path: Path, sentence: str, claim: str
) -> None:
    found = judged(sco, tmp_path, sentence, "2024-09-01")
    status = [c for c in found if c["claim"]["kind"] == "status"]
    assert [(f"{c['claim']['subject']}:{c['claim']['value']}", c["verdict"]) for c in status] == [
        (claim, "agrees")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # no change told: a span up to the date, and it ended two months before (decoys.py)
        "Belarus has been an observer of the SCO since 2015.",
        "Belarus has been an observer of the SCO since 2015 and hosted a meeting in 2024.",
        # a change told, but the span did not begin that year
        "Belarus has been an observer of the SCO since 2012 and became a full member in 2024.",
    ],
)
def test_a_span_without_its_change_or_of_another_year_stays_red(
    sco: Invoke, tmp_path: Path, sentence: str
) -> None:
    status = [
        c for c in judged(sco, tmp_path, sentence, "2024-09-01") if c["claim"]["kind"] == "status"
    ]
    assert [c["verdict"] for c in status] == ["contradicts"]


# -- "from" one status "to" another: the new one is joined ----------------------------------


def test_an_upgrade_joins_the_status_after_to(sco: Invoke, tmp_path: Path) -> None:
    text = "Belarus was upgraded from observer to full member of the SCO in 2024."
    assert verdicts(sco, tmp_path, text, "2024-09-01") == [("joined", "Belarus:member", "agrees")]


# -- a report the next sentence refutes is not the article's claim --------------------------

REFUTED = [
    "Reports said Turkey had joined the SCO. That is false.",
    "Social media posts claimed the SCO has twelve members. This is not true, the secretariat said.",
    "Some outlets reported that Egypt became an observer. The claim is baseless.",
]
NOT_REFUTED = [
    # the next sentence confirms, or speaks of something else
    ("Reports said Belarus had joined the SCO. That is true.", "Belarus:member"),
    ("Officials said Belarus had joined the SCO. This is its first summit.", "Belarus:member"),
    # no report: the article's own words
    (
        "Turkey is a dialogue partner of the SCO. That is false, some claim.",
        "Türkiye:dialogue-partner",
    ),
]


@pytest.mark.parametrize("text", REFUTED)
def test_a_report_refuted_by_the_next_sentence_is_no_claim(
    sco: Invoke, tmp_path: Path, text: str
) -> None:
    assert judged(sco, tmp_path, text, "2024-09-01") == []


@pytest.mark.parametrize(("text", "claim"), NOT_REFUTED)
def test_a_report_not_refuted_is_still_read(
    sco: Invoke, tmp_path: Path, text: str, claim: str
) -> None:
    found = [
        f"{c['claim']['subject']}:{c['claim']['value']}"
        for c in judged(sco, tmp_path, text, "2024-09-01")
    ]
    assert claim in found


# -- a count of the Shanghai Five, or at a year before the founding, is not the SCO's --------


@pytest.mark.parametrize(
    "text",
    [
        "Like the Shanghai Five in 1996, the group had five members.",
        "When it was the Shanghai Five in 1996, the group counted five member states.",
        "In 1996, the group had five members.",
    ],
)
def test_a_count_of_the_five_is_not_red(sco: Invoke, tmp_path: Path, text: str) -> None:
    found = judged(sco, tmp_path, "The SCO met in Astana. " + text, "2024-09-01")
    assert [c for c in found if c["claim"]["kind"] == "count"] == []


# -- an exam-prep page: the answer line is a claim, the question and its options are not -----

QUIZ = (
    "SCO quiz\n\n1. Which country was a founding member of the SCO?\n\n(a) India\n\n(b) Iran\n\n"
    "(c) Kazakhstan\n\nAnswer: c\n\n2. When was SCO established?\n\n(a) 1996\n\n(b) 2001\n\n"
    "Answer: b\n\n3. How many observers does the SCO have?\n(a) 2\n(b) 4\nAnswer: (b) 4\n"
)
NO_ANSWER = (
    # a negated question, another body's count, options with no answer line
    "1. Which country was not a founding member of the SCO?\n\n(a) China\n\n(b) Uzbekistan\n\n"
    "Answer: b\n\n2. How many members does NATO have?\n(a) 30\n(b) 32\nAnswer: b\n\n"
    "3. Which country is an SCO observer?\n(a) Mongolia\n(b) Japan\n"
)


def test_an_answer_line_makes_its_questions_statement(sco: Invoke, tmp_path: Path) -> None:
    found = judged(sco, tmp_path, QUIZ, "2019-06-15")
    assert [
        (c["claim"]["kind"], c["claim"]["value"], c["claim"]["text"], c["verdict"]) for c in found
    ] == [
        ("status", "founding-member", "Answer: c", "agrees"),
        ("founding", 2001, "Answer: b", "agrees"),
        ("count", 4, "Answer: (b) 4", "agrees"),
    ]


def test_a_question_without_a_readable_answer_is_no_claim(sco: Invoke, tmp_path: Path) -> None:
    assert judged(sco, tmp_path, NO_ANSWER, "2019-06-15") == []


# "All of the above": every other option is the answer; a question after an answer line
# whose option ends without a stop is its own
ALL_ABOVE = (
    "SCO quiz\n\nWhat is the main goal of the SCO?\na) To promote trade\nb) To wage war\n"
    "Answer: a) To promote trade\n\nWhich of the following countries is an observer state of the"
    " SCO?\n\na) Mongolia\nb) Japan\nc) Iran\nd) All of the above\nAnswer: d) All of the above\n"
)
NOT_ALL = (
    "SCO quiz\n\nWhich of the following countries is not an observer state of the SCO?\n\n"
    "a) Mongolia\nb) Japan\nc) All of the above\nAnswer: c) All of the above\n\n"
    "Which of the following countries is an SCO member?\n\na) Japan\nb) Canada\n"
    "c) None of the above\nAnswer: c) None of the above\n"
)


def test_all_of_the_above_answers_every_option(sco: Invoke, tmp_path: Path) -> None:
    found = judged(sco, tmp_path, ALL_ABOVE, "2019-06-15")
    assert [(c["claim"]["subject"], c["claim"]["value"], c["verdict"]) for c in found] == [
        ("Mongolia", "observer", "agrees"),
        ("Japan", "observer", "contradicts"),
        ("Iran", "observer", "agrees"),
    ]


def test_all_or_none_of_the_above_to_a_negated_question_is_no_claim(
    sco: Invoke, tmp_path: Path
) -> None:
    assert judged(sco, tmp_path, NOT_ALL, "2019-06-15") == []


BLANKS = (
    "SCO MCQs\n\n  1. Total Observers in SCO\n    \u2022 4\n"
    "  2. Belarus became an observer in the SCO in?\n    \u2022 2015\n"
)
BLANKS_NOT_READ = (
    "SCO MCQs\n\n  1. The SCO decided to admit Iran as a full member in?\n    \u2022 2021\n"
    "  2. Belarus applied for SCO membership in?\n    \u2022 2010\n"
    "  3. Official languages of SCO are?\n    \u2022 Chinese, Russian\n"
)


def test_a_bulleted_answer_fills_its_blank(sco: Invoke, tmp_path: Path) -> None:
    found = judged(sco, tmp_path, BLANKS, "2018-01-01")
    assert [(c["claim"]["kind"], c["claim"]["value"], c["verdict"]) for c in found] == [
        ("count", 4, "agrees"),
        ("joined", "observer", "agrees"),
    ]


def test_a_blank_asking_for_a_step_or_no_status_is_no_claim(sco: Invoke, tmp_path: Path) -> None:
    assert judged(sco, tmp_path, BLANKS_NOT_READ, "2022-06-01") == []


def test_a_move_between_statuses_joins_the_new_one(sco: Invoke, tmp_path: Path) -> None:
    text = "Belarus moved from dialogue partner to observer in the SCO in 2015."
    assert verdicts(sco, tmp_path, text, "2024-09-01") == [("joined", "Belarus:observer", "agrees")]


# -- a count that holds by a summit's decision, not yet in force, keeps that basis ------------


def test_a_count_told_in_the_perfect_keeps_its_basis_by_decision(
    sco: Invoke, tmp_path: Path
) -> None:
    [found] = judged(sco, tmp_path, "The SCO has had 17 partners.", "2025-11-01")
    assert (found["verdict"], found["basis"]) == ("agrees", "decision")
