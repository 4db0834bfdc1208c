"""Russian and Chinese: which sentences are read in them, and their claims.

A sentence mostly in Cyrillic letters is read as Russian, one holding Chinese
characters as Chinese (a Chinese page's English sentence stays English); every
other sentence goes to the English stages unchanged. The rules of each language
are declared with their examples in russian.py and chinese.py.

A sentence is read after the one before it (`Following`): one that refers to the SCO
without naming it ("В нее входят ...", "其成员国包括 ...") is the SCO's when that one
named it, and a list may run on from a heading ("Государства-члены:", "成员国：") one
name a line, or from a count ("ШОС включает 10 государств. Это Россия, Китай, ...").
"""

from __future__ import annotations

import re

from sco_cli.claims.claim import Claim, CountClaim, JoinedClaim, StatusClaim
from sco_cli.claims.declared import SentenceRule
from sco_cli.claims.languages.common import (
    HEADING,
    ITEM,
    NOTHING,
    Following,
    Tongue,
    following,
    named,
    names_sco_last,
    status_of,
    years,
)

__all__ = ["NOTHING", "Following", "after", "claims_in", "language", "refuted_next", "rules"]

_CYRILLIC = re.compile("[\u0400-\u04ff]")
_HAN = re.compile("[\u4e00-\u9fff]")
_LATIN = re.compile("[A-Za-z]")
_EITHER = re.compile("[\u0400-\u04ff\u4e00-\u9fff]")


def language(sentence: str) -> str | None:
    """ "ru" or "zh" when the sentence is read in that language; None: English."""
    if _EITHER.search(sentence) is None:  # most sentences: one scan, then English
        return None
    han = len(_HAN.findall(sentence))
    if han and han * 3 >= len(_LATIN.findall(sentence)):
        return "zh"
    cyrillic = len(_CYRILLIC.findall(sentence))
    if cyrillic and cyrillic >= len(_LATIN.findall(sentence)):
        return "ru"
    return None


def rules(code: str) -> tuple[SentenceRule, ...]:
    """The rules of a language: of one sentence, then of a sentence after another."""
    if code == "zh":
        from sco_cli.claims.languages.chinese import FOLLOWING, RULES
    else:
        from sco_cli.claims.languages.russian import FOLLOWING, RULES
    return RULES + FOLLOWING


def tongue(code: str) -> Tongue:
    if code == "zh":
        from sco_cli.claims.languages.chinese import CHINESE

        return CHINESE
    from sco_cli.claims.languages.russian import RUSSIAN

    return RUSSIAN


def refuted_next(sentence: str, code: str, following: list[str]) -> bool:
    """Whether the sentence is told to be false as a whole: labelled a myth ("误区：……"), or
    marked so by the sentence after it ("错误，……", "该说法不实。"; a Russian report, "В соцсетях
    утверждают, что ...", then "Это не так: ...")."""
    if code == "ru":
        from sco_cli.claims.languages.russian import refuted_next as refuted_ru

        return refuted_ru(sentence, following)
    if code != "zh":
        return False
    from sco_cli.claims.languages.chinese import refuted_next as refuted

    return refuted(sentence, following)


def claims_in(
    sentence: str, code: str, today: str | None, before: Following = NOTHING
) -> list[Claim]:
    """Every claim of a sentence in that language, read after `before` (what the sentence
    before it said), one claim per kind, subject and value where two rules read the same
    words."""
    found: list[Claim] = []
    seen: set[tuple[str, str, object]] = set()
    if code == "ru":
        from sco_cli.claims.languages.russian import folded

        sentence = folded(sentence)  # "Монгοлия" with a Greek "ο": one for one, offsets kept
    with following(before):
        for rule in rules(code):
            for claim in rule.read(sentence, today):
                key = (claim.kind, claim.subject, claim.value)
                if key not in seen:
                    seen.add(key)
                    found.append(claim)
    return sorted(found, key=lambda c: (c.start, c.end))


def after(sentence: str, code: str | None, found: list[Claim], before: Following) -> Following:
    """What the sentence tells the one after it: whether it named the SCO last, and the
    status it announced (a heading's, a count's; an item passes its heading's on)."""
    if code is None:  # an English sentence: the English stages read on their own
        return NOTHING
    words = tongue(code)
    if code == "ru":
        from sco_cli.claims.languages.russian import folded

        sentence = folded(sentence)
    if before.status and before.sco and words.compose(ITEM).fullmatch(sentence):
        return before
    # the SCO's still, when no other body is named: a heading's, a list's next heading's
    # ("... 8. Индия 4 государства-наблюдатели: 1.")
    kept = before.sco and words.bodies_rx.search(sentence) is None
    heading = words.compose(HEADING).fullmatch(sentence)
    if heading is not None:
        return Following(kept or names_sco_last(words, sentence), status_of(heading))
    return _on(words, sentence, found, before, kept)


def _on(
    words: Tongue, sentence: str, found: list[Claim], before: Following, kept: bool
) -> Following:
    """What a sentence of prose (no heading, no item) passes on."""
    counts = [c.subject for c in found if isinstance(c, CountClaim)]
    in_list = kept and before.status is not None and bool(counts)
    # "该组织再次扩员……" refers to the SCO named before it, or a fact box's line made claims
    # the SCO's by that context ("成员国：A、B" under a sentence naming it): the next may too
    line = bool(found) and words.compose(HEADING).match(sentence) is not None
    refers = kept and (line or words.refers_rx.search(sentence) is not None)
    # a status stated of a list (or a joining to it) by context passes the SCO on to the next
    # statement ("Статус наблюдателя имели A и B. Партнерами по диалогу являлись C и D.",
    # "2023年，接收伊朗为成员国。2024年，白俄罗斯加入。"); a bare list does not
    stated = (
        kept
        and any(isinstance(c, (StatusClaim, JoinedClaim)) for c in found)
        and words.compose("{status}").search(sentence) is not None
    )
    sco = in_list or refers or stated or names_sco_last(words, sentence)
    # a question asking for a status's countries announces that status for its answer
    asked = None if counts else words.compose(words.asks).search(sentence)
    status = counts[-1] if counts else (status_of(asked) if asked else None)
    # the year it asked about ("问：2019年上合组织有几个成员国？"), the answer's time
    asked_in = years(words, sentence)[-1:] if asked else []
    return Following(sco, status, named(words, sentence), asked_in[0] if asked_in else None)
