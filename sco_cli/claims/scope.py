"""What a phrase is about: the SCO or another organisation, which status, sure or not."""

from __future__ import annotations

import re
from functools import cache, lru_cache

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


def about_other(sentence: str, position: int, five: bool = False) -> bool:
    """True when the organisation named last before `position` is not the SCO (`five`:
    the Shanghai Five counts as another, as for a count of its members)."""
    return by_other(sentence, max(0, position - WINDOW), position, five)


# Bodies with members of their own besides the usual acronyms: the SCO's affiliates ("the SCO
# Business Council has members from ..."; "the SCO media summit"), the Shanghai Five and BRIC
# (BRICS before 2011), which other_org does not name. The SCO's own organs ("the SCO Council of
# Heads of State", "its Secretariat") are the SCO.
_AFFILIATE = re.compile(
    r"\bSCO\s+(?i:business|interbank|energy\s+club|development\s+(?:bank|fund)|youth|university"
    r"|media|women'?s?|mayors'?|think[- ]tanks?|film|education|health|sports?|trade\s+union"
    r"|expo|people's\s+diplomacy|culture|tourism)\b|\bBRIC\b"
)
# the Shanghai Five, also told as "the five Shanghai countries"
_FIVE = re.compile(
    r"\bShanghai[- ](?:Five|5)\b|\b(?i:five)\s+Shanghai\s+(?i:countries|states|nations)\b"
)
# "unlike BRICS, the SCO ...", "more members than NATO": a body named to compare is not the
# one a status is in
_COMPARED = re.compile(
    r"\b(?:like|unlike|than|versus|vs\.?|compared\s+(?:with|to)|similar\s+to|rather\s+than"
    r"|instead\s+of|besides|beyond|alongside|as\s+with|(?:rival|counterweight|alternative"
    r"|answer|counter|challenge|response)\s+to)\s+(?:the\s+|its\s+|an?\s+)?\Z",
    re.IGNORECASE,
)
# "like BRICS with its ten members", "a counterweight to NATO, whose 30 members": the compared
# body's own count, right after its name
_COMPARED_OWN = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:has|had|counts|numbers)|with|and|of|whose)\s+(?:its\s+|their\s+"
    r"|just\s+|only\s+|now\s+|some\s+)*\Z",
    re.IGNORECASE,
)
# "the NATO of Asia": a likeness, not a body
_METAPHOR = re.compile(r"\s+of\s+(?:the\s+)?(?:Asia|Eurasia|East|Orient|South)\b")
# "its NATO membership", "the only NATO country", "the BRICS summit": a body named as a
# thing's, which holds no status named after it
_AS_A_THINGS = re.compile(
    r"(?:'s|\u2019s)?\s+(?:membership|country|countries|ally|allies|summit|summits|meeting|leaders?"
    r"|partnership|forces|troops|expansion|enlargement|presidency|chair)\b",
    re.IGNORECASE,
)
# the SCO's organs are the SCO: "the SCO Council of Heads of State", "the SCO Secretariat"
_ORGAN = re.compile(
    r"\A(?:SCO\s+)?(?:Council\s+of\s+(?:Heads|Foreign|Ministers|National)|Secretariat"
    r"|Regional\s+Anti-?Terrorist)",
    re.IGNORECASE,
)


# The words of another body's name as other_org writes it after a capital: "Union" in
# "the Eurasian Economic Union" (the names of lx.OTHER_ORGANISATIONS stand for themselves).
_BODY_WORDS: tuple[str, ...] = (
    "Organi",
    "Union",
    "Council",
    "Pact",
    "Alliance",
    "Community",
    "Forum",
    "Bank",
    "League",
    "Treaty",
)


@cache
def needs() -> dict[re.Pattern[str], tuple[str, ...]]:
    """Words (case as written) every match of a body rule holds: a window without them is
    not scanned (_AFFILIATE names "SCO" or "BRIC", _FIVE "Shanghai", other_org a name's
    first letters or a body's word). Built on first use, as rx compiles."""
    names = tuple(
        re.split(r"\W", name, maxsplit=1)[0] for name in lx.OTHER_ORGANISATIONS.split("|")
    )
    return {
        _AFFILIATE: ("SCO", "BRIC"),
        _FIVE: ("Shanghai",),
        rx("other_org"): tuple(dict.fromkeys(names + _BODY_WORDS)),
    }


@cache
def _screens() -> dict[re.Pattern[str], re.Pattern[str]]:
    """needs() as one scan a rule: any of its words, found by one search of the window (a
    search of each word in turn costs three times as much)."""
    return {rule: re.compile("|".join(map(re.escape, words))) for rule, words in needs().items()}


def by_other(
    sentence: str, low: int, position: int, five: bool = True, holder: bool = False
) -> bool:
    """Whether the body named last in sentence[low:position] is another than the SCO.
    A body named to compare ("unlike BRICS", "the NATO of Asia") is no owner; neither is
    the SCO's organ; the Shanghai Five is another body when `five`; `holder`: the body a
    status is held in, so not one named as a thing's ("its NATO membership"). The SCO is
    looked for only once another body is found (at the same end, the SCO's name wins)."""
    other = _last(sentence, low, position, _others(five), holder)
    return other >= 0 and other > _last(sentence, low, position, (rx("sco_org"),), holder, True)


def _others(five: bool) -> tuple[re.Pattern[str], ...]:
    return (rx("other_org"), _AFFILIATE, _FIVE) if five else (rx("other_org"), _AFFILIATE)


def _last(
    sentence: str,
    low: int,
    position: int,
    rules: tuple[re.Pattern[str], ...],
    holder: bool,
    organ: bool = False,
) -> int:
    """Where the last body the rules name in sentence[low:position] ends (in the window),
    -1 for none; `organ`: the SCO's organ counts (it is the SCO), else it is no body."""
    last = -1
    window = sentence[low:position]
    for rule in rules:
        screen = _screens().get(rule)
        if screen is not None and screen.search(window) is None:
            continue  # a word every match of the rule holds is not there: no scan
        for match in rule.finditer(window):
            at = low + match.end()
            if _METAPHOR.match(sentence, at) or (
                _COMPARED.search(window, 0, match.start())
                and not _COMPARED_OWN.match(sentence, at, position)
            ):
                continue
            if holder and _AS_A_THINGS.match(sentence, at):
                continue
            if not organ and _ORGAN.match(match.group()):
                continue
            last = max(last, match.end())
    return last


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
    # the SCO's own councils by their acronyms ("at the CHS meeting in Astana"): the SCO
    if re.match(rf"(?:{lx.SCO_NAMES}|Shanghai|CHS|CHG|RATS)\b", name) or lx.country(name):
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


def first_body(sentence: str, low: int, high: int) -> str | None:
    """Which body is named first in sentence[low:high]: 'sco', 'other' or None ("the
    27-member EU and the 10-member SCO": the EU's count; "with nine members, the CIS")."""
    found: list[tuple[int, str]] = []
    for kind, rule in (("other", rx("other_org")), ("other", _AFFILIATE), ("other", _FIVE)):
        match = rule.search(sentence, low, high)
        if match is not None:
            found.append((match.start(), kind))
    match = rx("sco_org").search(sentence, low, high)
    if match is not None:
        found.append((match.start(), "sco"))
    return min(found)[1] if found else None
