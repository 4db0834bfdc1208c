"""An exam-prep page's answers (issue 21).

A multiple-choice question with its options is no claim (its options are decoys, and the
engine reads none of them), but its answer line is: "Answer: (c) Kazakhstan" after "Which
country is a founding member of the SCO?" says that Kazakhstan is one. The answer is put
into the question's statement ("Kazakhstan is a founding member of the SCO."), which the
English engine reads as it reads any sentence; its claims stand on the answer's words.
Only a few plain forms of question are read; a negated one ("Which country was not a
founding member?") or any other is no claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

# "Answer: (c) Kazakhstan", "Ans. c", "Correct answer - (b) 4"
_ANSWER = re.compile(
    r"\b(?:Answer|Ans|Correct\s+answer)\s*[.:\-]\s*(?:\(?(?P<letter>[a-dA-D])\)?(?![\w'])[.)]?\s*)?"
    r"(?P<text>[^()?]*?)\s*\Z"
)
# an option: "(c) Kazakhstan", "c) Kazakhstan"
_OPTION = re.compile(
    r"(?:^|\s)\(?(?P<letter>[a-dA-D])\)\s*(?P<text>[^()?]+?)(?=\s+\(?[a-dA-D]\)|\s*\Z|\s+Answer)"
)
# a question opens its line, or follows a sentence's end or its number; it never runs over
# a line (an answer line above it: "Answer: a) To promote trade" then "When was ...?")
_QUESTION = re.compile(r"(?:^|(?<=\n)|[.?!]\s+|\d[.)]\s+)(?P<q>[A-Z][^.?!\n]*\?)")
_SCO = r"(?:the\s+)?(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation(?:\s*\(SCO\))?)"
_ALL = re.compile(r"(?:all|each)\s+of\s+(?:the\s+)?(?:above|these|them)", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|except|false|incorrect)\b", re.IGNORECASE)


class Form(NamedTuple):
    """A question's form, and the statement its answer makes of it."""

    pattern: re.Pattern[str]
    statement: str  # the question's groups and {answer}


FORMS: tuple[Form, ...] = (
    # "Which country is a founding member of the SCO?" -> "Kazakhstan is a founding member ..."
    Form(
        re.compile(
            r"\A(?:Which|What)\s+(?:(?:one\s+)?of\s+the\s+following\s+)?(?:countr(?:y|ies)|states?"
            r"|nations?)\s+(?P<verb>is|was|became)\s+(?P<rest>[^?]+)\?\Z",
            re.IGNORECASE,
        ),
        "{answer} {verb} {rest}.",
    ),
    # "How many observers does the SCO have?" -> "The SCO has 4 observers."
    Form(
        re.compile(
            rf"\A(?:[\w\s,]*?\b)?How\s+many\s+(?P<what>[\w\s-]+?)\s+(?:does|do)\s+(?P<sco>{_SCO})"
            r"\s+(?:have|count|include)\s*\?\Z",
            re.IGNORECASE,
        ),
        "{sco} has {answer} {what}.",
    ),
    # "How many members are in the SCO?", "How many members are there in the SCO?"
    Form(
        re.compile(
            rf"\A(?:[\w\s,]*?\b)?How\s+many\s+(?P<what>[\w\s-]+?)\s+are\s+(?:there\s+)?in\s+"
            rf"(?P<sco>{_SCO})\s*\?\Z",
            re.IGNORECASE,
        ),
        "{sco} has {answer} {what}.",
    ),
    # "When was the SCO established?" -> "The SCO was established in 2001."
    Form(
        re.compile(
            rf"\AWhen\s+was\s+(?P<sco>{_SCO})\s+(?P<verb>established|founded|formed|created|set\s+up)"
            r"\s*\?\Z",
            re.IGNORECASE,
        ),
        "{sco} was {verb} in {answer}.",
    ),
)


class Answered(NamedTuple):
    """An answer line's statement, and where the answer stands in its sentence."""

    statement: str
    start: int
    end: int


# A fill-in-the-blank line and its bulleted answer: "Pakistan became an observer in the SCO
# in? • 2005", "Total Observers in SCO • 4" (the next item's number may trail: "• 4 5.")
_BULLET = re.compile(r"(?:\A|\s)\u2022\s*(?P<text>[^\u2022]+?)(?:\s+\d{1,2}\.)?\s*\Z")
_BLANK = re.compile(r"(?P<q>\S[^?\u2022]*?)\s*\??\s*\Z")
# "Total Observers in SCO" -> "The SCO has 4 observers."
_TOTAL = re.compile(
    rf"\A(?:\d{{1,2}}\.\s+)?Total\s+(?:number\s+of\s+)?(?P<what>members|member\s+states|observers"
    rf"|observer\s+states|dialogue\s+partners)\s+(?:in|of)\s+{_SCO}\Z",
    re.IGNORECASE,
)
# a step of a procedure, not the status itself ("The SCO decided to admit India and Pakistan
# as full members in?" asks for the decision's year, not the joining's), or a plan
_STEP = re.compile(
    r"\b(?:decided|decision|applied|application|signed|memorandum|agreed|began|started"
    r"|expected|will|plans?)\b",
    re.IGNORECASE,
)
# what a blank's line must end with to take its answer after it: a preposition
_OPEN_END = re.compile(r"\b(?:in|on|at|by)\Z", re.IGNORECASE)


def answered(texts: Sequence[str]) -> dict[int, Answered]:
    """The sentences (by index) that hold an answer to a question read before it, within
    the sentence or the eight before it, with the statement the answer makes."""
    found: dict[int, Answered] = {}
    for i, text in enumerate(texts):
        if "ns" in text and (answer := _ANSWER.search(text)) is not None:
            window = "\n".join(texts[max(0, i - 8) : i]) + "\n" + text[: answer.start()]
            statement = _statement(window, answer)
            if statement is not None:
                found[i] = Answered(statement, answer.start(), answer.end())
        elif "\u2022" in text and (blank := _blank(texts, i)) is not None:
            found[i] = blank
    return found


def _blank(texts: Sequence[str], i: int) -> Answered | None:
    """A bulleted answer to a blank: in the same sentence ("Total Observers in SCO • 4") or
    after a sentence ending in "?" ("Pakistan became an observer in the SCO in?")."""
    text = texts[i]
    bullet = _BULLET.search(text)
    if bullet is None:
        return None
    asked = text[: bullet.start()].strip()
    if not asked and i > 0 and texts[i - 1].rstrip().endswith("?"):
        asked = texts[i - 1]
    blank = _BLANK.match(" ".join(asked.split()))
    if blank is None:
        return None
    statement = _filled(blank["q"], bullet["text"].strip())
    return (
        None if statement is None else Answered(statement, bullet.start("text"), bullet.end("text"))
    )


def _filled(asked: str, answer: str) -> str | None:
    """The statement a blank makes with its answer, or None."""
    asked = re.sub(r"\A\d{1,2}\.\s+", "", asked)
    total = _TOTAL.match(asked)
    if total:
        number = re.match(r"\d{1,2}\b", answer)
        return None if number is None else f"The SCO has {number.group()} {total['what']}."
    if _NOT.search(asked) or _STEP.search(asked) or not _OPEN_END.search(asked):
        return None
    answer = re.sub(r"\A(?:in|on|at|by)\s+", "", answer, flags=re.IGNORECASE)
    return f"{asked} {answer}."


def _statement(window: str, answer: re.Match[str]) -> str | None:
    questions = list(_QUESTION.finditer(window))
    if not questions:
        return None
    question = questions[-1]
    text = answer["text"].strip()
    if answer["letter"]:
        options = {
            o["letter"].lower(): o["text"].strip() for o in _OPTION.finditer(window, question.end())
        }
        text = text or options.get(answer["letter"].lower(), "")
        if _ALL.fullmatch(text):  # every other option is the answer
            named = [o for o in options.values() if not _ALL.fullmatch(o)]
            text = ", ".join(named[:-1]) + " and " + named[-1] if len(named) > 1 else ""
    asked = " ".join(question["q"].split())
    if not text or _NOT.search(asked):
        return None
    for form in FORMS:
        match = form.pattern.match(asked)
        if match:
            return form.statement.format(answer=text, **match.groupdict())
    return None
