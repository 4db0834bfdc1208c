"""Russian and Chinese: which sentences are read in them, and their claims.

A sentence mostly in Cyrillic letters is read as Russian, one holding Chinese
characters as Chinese (a Chinese page's English sentence stays English); every
other sentence goes to the English stages unchanged. The rules of each language
are declared with their examples in russian.py and chinese.py.
"""

from __future__ import annotations

import re

from sco_cli.claims.claim import Claim
from sco_cli.claims.declared import SentenceRule

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
    if code == "zh":
        from sco_cli.claims.languages.chinese import RULES
    else:
        from sco_cli.claims.languages.russian import RULES
    return RULES


def claims_in(sentence: str, code: str, today: str | None) -> list[Claim]:
    """Every claim of a sentence in that language, one claim per kind, subject and value
    where two rules read the same words."""
    found: list[Claim] = []
    seen: set[tuple[str, str, object]] = set()
    for rule in rules(code):
        for claim in rule.read(sentence, today):
            key = (claim.kind, claim.subject, claim.value)
            if key not in seen:
                seen.add(key)
                found.append(claim)
    return sorted(found, key=lambda c: (c.start, c.end))
