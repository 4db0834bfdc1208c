"""What a phrase is about: the SCO or another organisation, which status, sure or not."""

from __future__ import annotations

import re
from functools import lru_cache

from sco_cli.claims import lexicon as lx
from sco_cli.claims.patterns import WINDOW, rx

# Words that make a status hoped for, future, denied or past: no claim then.
UNSURE = re.compile(
    r"\b(?:not|never|no\s+longer|yet|will|would|could|might|may|shall|should|to|expects?|expected"
    r"|set|hop(?:es?|ed|ing)|plan(?:s|ned)?|seek(?:s|ing)?|sought|appl(?:y|ies|ied)|application"
    r"|bid|candidate|aspir\w*|wants?|wanted|ask(?:s|ed)?|request(?:s|ed)?|former|ex|formerly"
    r"|previously|once|then|until|proposed|prospective|potential|future|interest(?:ed)?)\b"
    r"|n't\b",
    re.IGNORECASE,
)


def status_in(match: re.Match[str], group: str) -> str:
    """The status of the status noun matched in `group` of a larger pattern."""
    inner = rx("status").fullmatch(match[group])
    return lx.status_of_match(inner) if inner else "member"


@lru_cache(maxsize=16)
def mentions(sentence: str, rule: str) -> bool:
    """Whether `rule` matches anywhere in the sentence: asked once a sentence, not once a match."""
    return rx(rule).search(sentence) is not None


def about_other(sentence: str, position: int) -> bool:
    """True when the organisation named last before `position` is not the SCO."""
    before = sentence[max(0, position - WINDOW) : position]
    last_other = max((m.end() for m in rx("other_org").finditer(before)), default=-1)
    if last_other < 0:
        return False
    last_sco = max((m.end() for m in rx("sco_org").finditer(before)), default=-1)
    return last_other > last_sco


_ELSEWHERE = re.compile(
    r"\s*[(,]?\s*(?:of|in|at|to|within|with|from|into|joined|join|joins|became|becomes)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?[A-Z][\w&'.-]*){0,5})"
)
_ORGANISATION_WORDS = re.compile(
    r"\b(?:Council|Union|Organi[sz]ation|Forum|Bank|League|Group|Community|Association|Alliance"
    r"|Treaty|Movement|Assembly|Commission|Parliament|Agency|Fund|Conference|Partnership"
    r"|Initiative|Cooperation|Pact|Club|Quad|Bloc|Committee|Nations|Court|Institute|Programme"
    r"|Network|Federation|Secretariat|Authority|Board|Office)\b"
)


def elsewhere(text: str) -> bool:
    """Whether `text` starts by placing a status in another organisation: 'at the Arctic
    Council', 'of BRICS', 'to the WTO' (but 'in Astana', 'at the 2024 Astana summit', 'in the SCO')."""
    match = _ELSEWHERE.match(text)
    if match is None:
        return False
    name = match["name"]
    if re.match(rf"(?:{lx.SCO_NAMES}|Shanghai)\b", name) or lx.country(name):
        return False
    if re.fullmatch(r"Organi[sz]ation|Bloc|Grouping", name.rstrip(".,'")):
        return False  # "a dialogue partner of the Organisation": the SCO, capitalised
    if re.match(r"\s*summit", text[match.end() :], re.IGNORECASE):
        return False
    first = name.split()[0].rstrip(".,'")
    acronym = len(first) > 1 and first.upper() == first and any(c.isalpha() for c in first)
    return acronym or bool(_ORGANISATION_WORDS.search(name))


def status_of(match: re.Match[str]) -> str:
    if match.groupdict().get("status"):
        return lx.status_of_match(rx("status").fullmatch(match["status"]))  # type: ignore[arg-type]
    return lx.status_of_match(rx("status_name").fullmatch(match["status_name"]))  # type: ignore[arg-type]
