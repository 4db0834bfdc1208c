"""Summits: "the 2017 Astana summit", "the summit in Bishkek in 2019", "India hosted it in 2023"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, SummitClaim, SummitDetail
from sco_cli.claims.dates import Dateline
from sco_cli.claims.declared import SentenceRule, run
from sco_cli.claims.patterns import DAY, MONTH, WINDOW, YEAR, Examples, ok, rx
from sco_cli.claims.scope import about_other, mentions
from sco_cli.claims.years import relative_year, year_before

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a place's name: one or two capitalised words ("summit in Moscow Thursday": the weekday is none)
_PLACE = (
    r"(?P<place>(?:St\.\s*)?[A-Z][\w'\u2019-]*(?:[- ](?!(?i:today|yesterday|tomorrow)\b)(?!"
    + _WEEKDAY
    + r"\b)(?:[A-Z][\w'\u2019-]*))?)"
)
# one day or two of a month, with or without its year: "June 9 to 10", "11th and 12th September"
_DAYS = rf"{DAY}(?:\s*(?:and|to|&|-|\u2013)\s*{DAY})?"
_DATE = rf"(?:{MONTH},?\s+{_DAYS}|{_DAYS}\s+(?:of\s+)?{MONTH})"
# a day the article dates the summit by, between its verb and its place ("kicked off on
# Thursday in Bishkek", "ended its summit yesterday in Tashkent")
_DAY_BETWEEN = (
    rf"(?:(?i:today|yesterday|tomorrow|on\s+{_WEEKDAY}|(?:later\s+)?this\s+month|next\s+(?:week|month))\s+"
    # or its date, with or without its year: "to take place on June 8-9, 2017 in Astana",
    # "held on September 11th and 12th 2014 in Dushanbe", "scheduled for June 9 to 10 in Qingdao"
    rf"|(?:(?:on|in|from|for)\s+)?(?:{_DATE}|{MONTH}(?=\s+{YEAR}))(?:,?\s+(?P<dyear>{YEAR}))?,?\s+)?"
)
_NOT_PLACES = frozenset(
    [
        *"SCO The This That Its It Council Heads State Leaders Summit China's Russia's".split(),
        # the words of a council's or an office's name: "the Heads of Government Summit"
        *"Government Governments States Ministers Minister Foreign Prime Defence Defense".split(),
        *"Members Member Presidents President Premiers Premier Officials".split(),
        *("The SCO", "This SCO", "An SCO", "CHS", "SCO CHS", "A", "An"),
        # words that open a summit's name and are no place: "the Jubilee Summit"
        *"Jubilee Anniversary Annual Extraordinary Regular Historic Landmark Next Last".split(),
        *"Previous Upcoming Latest Recent First Second Third Anniversary Informal".split(),
        # the SCO's own name before the word: "the Shanghai Cooperation Organization summit"
        *"Cooperation Co-operation Organization Organisation".split(),
    ]
)


# whose summit it is, right after the word: "of the SCO", "of the Council of Heads of
# State of the Shanghai Cooperation Organization (SCO)", "of the Members of the SCO (SCO
# CHS)", "of the Council of heads of SCO member states" (at most three, each bounded)
_OF_BODIES = (
    r"(?:of\s+(?:the\s+)?(?:(?:SCO(?:'s|\u2019s)?|Shanghai\s+Co-?operation\s+Organi[sz]ation"
    r"|(?i:members?|member\s+states|heads\s+of\s+state|leaders|council\s+of\s+(?:the\s+)?heads\s+of"
    r"\s+(?:the\s+)?(?:SCO\s+)?(?:member\s+)?states?))(?:\s*\([^()]{1,80}\))?\s*,?\s+){1,2}){0,3}"
)
# where it was: "in Astana", "in the Kazakh capital, Astana", "in the capital of Tajikistan,
# Dushanbe", "in Russia's second largest city of St. Petersburg", "in Uzbek capital Tashkent"
_IN_PLACE = (
    r"(?:in|at)\s+(?:(?:the\s+(?:[\w'\u2019-]+\s+){0,3}?|[A-Z][\w-]+(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:capital\s+of\s+(?P<of>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s*,|(?:capital|city|town|resort|port)"
    r"(?:\s+of|\s*,)?)\s+|[A-Z][a-z]+\s+capital\s+)?"
    rf"{_PLACE}(?:\s*,\s*(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?=\s*,|\s+(?:in|on)\s))?"
)


@cache
def _summit_rx(name: str) -> re.Pattern[str]:
    """A pattern of the summit rules (`patterns()`), compiled on first use."""
    return re.compile(patterns()[name])


@cache
def patterns() -> dict[str, str]:
    """The summit rules' patterns, each with its examples (PATTERN_EXAMPLES)."""
    filler = (
        r"(?:(?:SCO|SCO's|annual|virtual|online|anniversary|jubilee|leaders'?|heads-of-state"
        r"|(?i:heads\s+of\s+states?)|Shanghai\s+Co-?operation\s+Organi[sz]ation(?:\s*\(SCO\))?)\s+)*"
    )
    return {
        "year_before": rf"(?P<year>{YEAR})\s+{filler}(?:{_PLACE}\s+)?{filler}$",
        "rel_before": (
            rf"(?:(?P<rel>(?i:last|this|next|previous))\s+year|(?P<month>(?i:last\s+month))"
            rf"|(?P<now>(?i:this\s+(?:week|month)|today"
            r"|yesterday|(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))))"
            rf"(?:'s|\u2019s)\s+{filler}(?:{_PLACE}\s+)?{filler}$"
        ),
        "ord_before": rf"(?P<ord>{lx.ordinal_pattern()})\s+{filler}(?:{_PLACE}\s+)?{filler}$",
        # "accepted in June 2017 at the Astana summit", "in 2017 (Astana Summit, Kazakhstan)"
        "year_at_before": (
            rf"(?:(?:in|on)\s+(?:{DAY}\s+)?(?:{MONTH}\s+)?(?:{DAY},?\s+)?)?(?P<year>{YEAR})"
            rf"(?:,?\s+(?:at|during)\s+(?:the|a|an|its)\s+|\s*\(\s*){filler}(?:{_PLACE}\s+)?{filler}$"
        ),
        "place_before": rf"(?<![\w-]){_PLACE}\s+{filler}$",
        # the leaders' way to it: "gathered in Bishkek, capital of Kyrgyzstan, for an annual
        # summit", "headed to Ufa, Russia to attend the SCO summit"
        "place_for": (
            r"\b(?i:gather(?:ed|ing)?|met|meet(?:ing)?|arriv(?:ed|es|ing)|head(?:ed|ing)?|travel\w*"
            r"|flew|fly(?:ing)?|converg\w+|assembl\w+|are|were|is|was)\s+(?:in|to|at)\s+"
            # the place told by what it is ("the Uzbek city of Samarkand") and a day after it
            r"(?:the\s+(?:[\w'\u2019-]+\s+){0,3}?(?:capital|city|town|resort|port)(?:\s+of|\s*,)?\s+)?"
            rf"{_PLACE}(?:\s*,\s*[\w\s'\u2019-]{{1,40}}?,?)?"
            r"(?:\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\s+week"
            r"|today|yesterday))?,?\s+(?:to\s+attend|for)\s+"
            rf"(?:the|an?|its|their)\s+{filler}$"
        ),
        "place_after": (
            r"^\s*,?\s*(?:meeting\s+)?" + _OF_BODIES + r"(?:(?:that|which)\s+)?"
            r"(?:\(?(?:was|is|will\s+be|being|were)\s+)?(?:(?:held|hosted|convened|staged|organi[sz]ed"
            r"|closed|opened|ended|began|met|concluded|(?i:starts|started|begins|opens|ends|closes"
            r"|kicks\s+off|kicked\s+off|gets\s+under\s+way|got\s+under\s+way|wrapped\s+up))\s+"
            r"|(?i:took|takes|will\s+take|to\s+take)\s+(?i:place)\s+"
            r"|(?:scheduled|set|slated|planned|due)\s+(?:to\s+(?:be\s+held|take\s+place)\s+)?"
            # under way at the article's date: "is in full swing in Astana", "is underway in"
            r"|(?:is|was|are|were)\s+(?i:in\s+full\s+swing|under\s?way|in\s+progress|in\s+session)\s+"
            # about to open: "will kick off today in Samarkand", "is set to open in"
            r"|(?i:will|(?:is|are)\s+(?:set|due|scheduled)\s+to)\s+(?i:kick\s+off|open|begin|start|close"
            r"|end|convene|wrap\s+up|get\s+under\s?way)\s+)?" + _DAY_BETWEEN + _IN_PLACE
        ),
        # "of the SCO in June 2017", "of SCO Council of Heads of State (CHS) on 9 June 2017":
        # whose summit it is, then its date
        "year_after": (
            r"^\s*,?\s*"
            + _OF_BODIES
            + rf"(?:held\s+)?(?:back\s+)?(?:in|of|on)\s+(?:(?:early|mid|late)[- ]?)?(?:{_DATE},?\s+|{MONTH}\s+)?"
            rf"(?P<year>{YEAR})(?!\d)"
        ),
        "rel_after": r"^\s*(?:in\s+\w+\s+)?(?P<rel>last|this|next|previous)\s+year\b",
        "year_paren": rf"^\s*\((?:{DAY}\s+)?(?:{MONTH}\s+)?(?P<year>{YEAR})\)",
        "host_after": (
            r"^\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:hosted|held|chaired)\s+"
            rf"(?P<virtual>virtually\s+|online\s+)?by\s+(?:the\s+)?{_PLACE}"
        ),
        # "Bishkek, the Kyrgyz capital, which last hosted the leaders in 2019"
        "which_hosted": (
            r"\b(?:(?:which|that)\s+)?(?:(?:last|first|also|previously|once)\s+)?hosted\s+(?:the\s+|a\s+"
            r"|its\s+)?(?:(?:SCO(?:'s)?|bloc's"
            r"|organi[sz]ation's|annual)\s+)*(?:summit|leaders|heads\s+of\s+state|gathering)\s+"
            rf"(?:(?:back|last)\s+)?(?:in|on)\s+(?:{DAY}\s+)?(?:{MONTH}\s+)?(?:{DAY},?\s+)?"
            rf"(?P<year>{YEAR})(?!\d)"
            # "which also hosted the 2018 summit"
            r"|\b(?:which|that)\s+(?:(?:last|first|also|previously|once)\s+)?hosted\s+(?:the|its)\s+"
            rf"(?P<year_first>{YEAR})\s+(?:SCO\s+)?summit\b"
        ),
        "place_before_which": (rf"(?<![\w-]){_PLACE}(?:\s*,\s+[^,]{{1,60}},|\s*,)?\s*$"),
        # "Tashkent hosted in 2016": the summit of the sentence, its object left out
        "hosted_in": (
            rf"(?<![\w-]){_PLACE}\s+(?:(?:also|first|last|then)\s+)?hosted\s+(?:it\s+|one\s+|them\s+)?"
            rf"(?:in|on)\s+(?:{DAY}\s+)?(?:{MONTH}\s+)?(?:{DAY},?\s+)?(?P<year>{YEAR})(?!\d)"
        ),
        # "Recent hosts include Kyrgyzstan (Bishkek, 2019), Russia (online, 2020)"
        "host_paren": (
            rf"(?<![\w-]){_PLACE}\s*\((?:(?P<city>[A-Z][\w'\u2019.-]*(?:[- ][A-Z][\w'\u2019-]*)?)"
            r"|(?P<virtual>online|virtual(?:ly)?|by\s+video\s*link|via\s+video\s*link))\s*,\s*"
            rf"(?P<year>{YEAR})\)"
        ),
        # "Kyrgyzstan will take over the chair and host the next summit in 2026"
        "will_host": (
            rf"(?<![\w-]){_PLACE}\s+will\s+(?:[\w'-]+\s+){{0,6}}?(?:and\s+)?host\s+(?:the\s+|its\s+)?"
            rf"(?:next\s+|following\s+)?(?:(?P<year1>{YEAR})\s+)?{filler}summit(?:\s+in\s+(?P<year>{YEAR}))?"
        ),
        # "leaders met in Astana in 2017 for the summit"
        "met_in": (
            r"\b(?i:leaders|heads\s+of\s+state|presidents)\s+(?:\w+\s+)?(?:met|gathered|convened"
            rf"|assembled)\s+in\s+{_PLACE}\s+(?:in|on)\s+(?:{DAY}\s+)?(?:{MONTH}\s+)?"
            rf"(?:{DAY},?\s+)?(?P<year>{YEAR})(?!\d)"
        ),
        "hosted_by": (
            rf"\bhosted\s+(?P<virtual>virtually\s+|online\s+)?by\s+(?:the\s+)?{_PLACE}"
            rf"(?:\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<year>{YEAR}))?"
        ),
        "host_hosted": (
            rf"(?<![\w-]){_PLACE}\s+(?:(?:also|first|virtually|last)\s+)?(?:hosted|hosts|will\s+host"
            r"|played\s+host\s+to|(?:was|is|will\s+be)\s+(?:the\s+)?host\s+(?:to|of))\s+(?:the\s+|a\s+|its\s+)?"
            rf"(?:(?P<year1>{YEAR})\s+)?{filler}summit(?P<virtual>\s+(?:virtually|online))?"
            rf"(?:\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<year>{YEAR}))?"
        ),
    }


# The year the SCO was founded (the reference's first decision: tests/claims check that
# they agree). A meeting before it, in a sentence that does not name the SCO, is the
# Shanghai Five's ("The second summit held in Moscow on 24 April, 1997"): no SCO claim.
FOUNDED_YEAR = 2001
_SCO_NAMED = re.compile(rf"\b(?:{lx.SCO_NAMES})\b")


def summits(
    sentence: str, today: str | None, entry: bool = False, here: Dateline | None = None
) -> Iterator[Claim]:
    """Every summit claim of a sentence, rule by rule (RULES, at the end of this module);
    `entry`: the sentence is a chronology's entry, dated whole by its opening date;
    `here`: the summit the article's dateline places it at ("UFA, July 10 (Xinhua) --")."""
    found = chain(_summit_word(sentence, today, entry, here), run(RULES[1:], sentence, today))
    for claim in found:
        if _the_fives(sentence, claim):
            continue
        yield claim


def _the_fives(sentence: str, claim: Claim) -> bool:
    year = claim.value if isinstance(claim, SummitClaim) else None
    return year is not None and year < FOUNDED_YEAR and not _SCO_NAMED.search(sentence)


@dataclass
class _Summit:
    """What the words around one mention of a summit say of it, read step by step."""

    start: int
    end: int
    virtual: bool
    year: int | None = None
    relative: str | None = None  # "last", "this", "next", "previous" (year) or "last month"
    place: str | None = None
    host: str | None = None
    ordinal: int | None = None
    dated: str = "year"  # how it was dated, when not by a year in its words
    # "before" or "after": dated as the summit of its place nearest the article's date
    nearest: str | None = None
    day: re.Match[str] | None = None  # a day word between its verb and its place


def _summit_word(
    sentence: str, today: str | None, entry: bool = False, here: Dateline | None = None
) -> Iterator[Claim]:
    """ "the 2017 Astana summit", "the summit in Bishkek in 2019", "last year's summit",
    "the 12th summit was held in Beijing", "the 2005 Astana meeting"."""
    for match in rx("summit").finditer(sentence):
        if _another_council(sentence, match.start()):
            continue  # "the SCO Heads of Government Summit": not the heads of state's
        claim = _summit_at(sentence, match, today, entry, here)
        if claim is not None:
            yield claim


def _summit_at(
    sentence: str, match: re.Match[str], today: str | None, entry: bool, here: Dateline | None
) -> SummitClaim | None:
    head, tail = _window(sentence, match.start(), match.end())
    # "the 2005 Astana meeting", "the 2020 meeting hosted virtually by Russia": a
    # meeting is a summit only with its year and its place or host, of the leaders
    meeting = match["meeting"] is not None
    if meeting and rx("not_leaders").search(head[-40:] + tail[:30]):
        return None
    virtual = bool(rx("virtual").search(head[-30:] + tail[:40]))
    found = _Summit(match.start(), match.end(), virtual)
    _read_before(found, head, match.start())
    rest = _read_after(found, tail, match.end())
    if found.year is None and found.relative is None:
        found.year = _opening_year(sentence, head, match.start(), entry)
    dated = _dated(found, tail, rest, today)
    if _at_dateline(found, sentence, match, here):
        pass  # "UFA, July 10 (Xinhua) -- The summit opened here": the Ufa summit of 2015
    elif not dated and (meeting or not _nearest(found, sentence, match.start(), today)):
        return None
    if meeting and (
        ((found.place is None or found.place in _NOT_PLACES) and found.host is None)
        or about_other(sentence, match.start())
        # a meeting dated by a day word is the leaders' only when they are named
        or (found.day is not None and not _LEADERS.search(head))
    ):
        return None
    claim = _summit_claim(
        found.year,
        found.place,
        found.host,
        found.virtual,
        found.relative,
        found.ordinal,
        found.start,
        found.end,
    )
    if claim is not None and found.dated != "year":
        claim = claim._replace(detail={**claim.detail, "dated": found.dated})
    if claim is not None and found.nearest is not None:
        claim = claim._replace(detail={**claim.detail, "nearest": found.nearest})
    return claim


def _another_council(sentence: str, at: int) -> bool:
    """Whether the summit word at `at` is another council's: "the Heads of Government Summit",
    "the Prime Ministers' summit" (not the Council of Heads of State's summit)."""
    return rx("other_council").search(sentence, max(0, at - 60), at) is not None


def _window(sentence: str, start: int, end: int) -> tuple[str, str]:
    """The words read before and after the summit's word, bounded, and never a word cut
    at a bound ("in Dushanbe" read as "in Dushanb")."""
    head = sentence[max(0, start - 80) : start]
    if start > 80:
        head = head[head.find(" ") + 1 :] if " " in head else ""
    tail = sentence[end : end + 160]
    if end + 160 < len(sentence):
        tail = tail[: tail.rfind(" ")] if " " in tail else ""
    return head, tail


def _read_before(found: _Summit, head: str, at: int) -> None:
    """The first of a year, a relative date, an ordinal or a place right before the word."""
    for name in (
        "year_before",
        "rel_before",
        "ord_before",
        "year_at_before",
        "place_for",  # before place_before, which reads "the SCO" as a place it then refuses
        "place_before",
    ):
        before = _summit_rx(name).search(head)
        if before is None:
            continue
        found.start = at - len(head) + before.start()
        found.place = before["place"]
        if name == "year_before":
            found.year = int(before["year"])
        elif name == "rel_before":
            # "this week's summit", "Monday's summit": in the article's year
            rel, month = before["rel"], before["month"]
            found.relative = rel.lower() if rel else "last month" if month else "this"
        elif name == "ord_before":
            found.ordinal = lx.ordinal(before["ord"])
        elif name == "year_at_before":
            found.year = int(before["year"])
        return


def _read_after(found: _Summit, tail: str, at: int) -> str:
    """The place, year and host right after the word; the words left after the place."""
    bare = _BARE_YEAR.match(tail)  # "SCO summit 2014 starts today in Dushanbe"
    if bare and found.year is None and found.relative is None:
        found.year, found.end = int(bare["year"]), at + bare.end()
        tail, at = tail[bare.end() :], at + bare.end()
    rest = _place_after(found, tail, at)
    offset = at + len(tail) - len(rest)
    if found.year is None and found.relative is None:
        year = _summit_rx("year_after").match(rest) or _summit_rx("year_paren").match(rest)
        rel = _summit_rx("rel_after").match(rest)
        if year:
            found.year, found.end = int(year["year"]), offset + year.end()
        elif rel:
            found.relative, found.end = rel["rel"].lower(), offset + rel.end()
    hosted = _summit_rx("host_after").match(rest)
    if hosted:
        found.host, found.end = hosted["place"], offset + hosted.end()
        found.virtual = found.virtual or bool(hosted["virtual"])
    return rest


def _place_after(found: _Summit, tail: str, at: int) -> str:
    """The place right after the word, and a day or date told between its verb and the
    place ("kicked off on Thursday in Bishkek"); the words left after the place."""
    after = _summit_rx("place_after").match(tail)
    rest = tail
    if after and _DAY_WORD.search(after.group()) and found.year is None:
        found.day = _DAY_WORD.search(after.group())
    if after and after["dyear"] and found.year is None and found.relative is None:
        found.year = int(after["dyear"])
    if after and _no_place(found.place):
        found.place, end = after["place"], after.end()
        # "in the capital of Kyrgyzstan, Bishkek", but "in the capital of Bishkek, Xi said"
        if after["of"] and lx.country(after["of"]) is None:
            found.place, end = after["of"], after.end("of")
        found.end = at + end
        rest = tail[end:]
    paren = _PLACE_PAREN.match(tail) if found.place is None else None
    if paren:  # "2025 SCO Heads of States Summit (Tianjin)"
        found.place, found.end = paren["place"], at + paren.end()
        rest = tail[paren.end() :]
    return rest


def _no_place(place: str | None) -> bool:
    """No place, or words that are none ("SCO's Jubilee Summit")."""
    if place is None or place in _NOT_PLACES:
        return True
    return all(re.sub(r"(?:'s|\u2019s)$", "", w) in _NOT_PLACES for w in place.split())


def _opening_year(sentence: str, head: str, at: int, entry: bool) -> int | None:
    """ "In July 2005, at the Astana summit", "On 9 June 2017, at a summit in Astana"; a
    chronology's entry is dated whole: "June 2017 - ... at the Astana summit",
    "September 2021 - The Dushanbe summit launches ..." (the entry's subject)."""
    opening = rx("opening_at").match(sentence)
    if opening is None or not (entry or opening.end() >= at - 40):
        return None
    at_the = re.search(r"\b(?i:at|during)\s+(?:the|a|an|its)\s+(?:[\w'\u2019-]+\s+){0,3}$", head)
    subject = entry and re.fullmatch(
        r"(?i:the\s+)?(?:[\w'\u2019-]+\s+){0,3}", sentence[opening.end() : at]
    )
    return int(opening["year"]) if at_the or subject else None


def _dated(found: _Summit, tail: str, rest: str, today: str | None) -> bool:
    """Whether the summit has a date, and how it got it: a year in its words, a date
    relative to the article's ("closed in Beijing yesterday", "met in Dushanbe on
    Thursday"), or its ordinal ("the 12th summit was held in Beijing")."""
    if found.year is None and found.relative is None:
        day = found.day or _DAY_WORD.match(rest) or _DAY_WORD.match(tail)
        found.day = day
        if day and today:
            # "next month" read in December is next year's
            december = day["day"].lower().startswith("next month") and today[5:7] == "12"
            found.relative = "next" if december else "this"
            found.dated = f"the article's date ({day['day'].lower()})"
    if found.year is None and found.relative is not None:
        found.year = relative_year(found.relative, today)
        found.dated = found.dated if found.dated != "year" else "the article's date"
        return True
    if found.year is None and (
        found.ordinal is None or found.ordinal < 2 or found.host is not None
    ):
        return False  # "the first summit hosted by India" is India's first, not the first
    if found.year is None:
        found.dated = "its ordinal"
    return True


# Words that make "the summit" another than the one an article's dateline places it at
_NOT_THIS_ONE = re.compile(
    r"\b(?:next|following|previous|last|past|first|earlier|later|every|each|annual|future"
    r"|bilateral|trilateral|another|other|informal|extraordinary)\s+(?:\w+\s+){0,2}\Z",
    re.IGNORECASE,
)


# a meeting that is the leaders': "the meeting of the SCO Heads of State", "a meeting of leaders"
_OF_LEADERS = re.compile(
    r"\s+of\s+(?:the\s+)?(?:SCO\s+)?(?i:heads\s+of\s+state|leaders|presidents)\b"
)


def _at_dateline(
    found: _Summit, sentence: str, match: re.Match[str], here: Dateline | None
) -> bool:
    """ "UFA, July 10 (Xinhua) -- The summit opened here", "the SCO summit is attended by
    ...": a summit named without a place, a host or a year of its own, in an article whose
    dateline names a city that held an SCO summit within days of its date, is that summit;
    not "summits", not "the next summit", not with another year in the sentence, not
    another body's ("the BRICS summit"), not a meeting ("a meeting with Xi")."""
    if (
        here is None
        or (match["meeting"] is not None and not _OF_LEADERS.match(sentence, match.end()))
        or match.group().lower() == "summits"
        or found.host is not None
        or not _no_place(found.place)
        or (found.year is not None and found.year != here.year)
        or any(int(y) != here.year for y in _OTHER_YEAR.findall(sentence))
        or _NOT_THIS_ONE.search(sentence, max(0, match.start() - 40), match.start())
        or about_other(sentence, match.start())
        or (mentions(sentence, "other_org") and not mentions(sentence, "sco_org"))
    ):
        return False
    found.place = here.city
    if found.ordinal is None:  # an ordinal is checked against the city's summit
        found.year = here.year
    found.relative = None
    found.dated = here.how
    return True


# Words that make a summit named without a date the coming one, not the last one
_COMING = re.compile(
    r"\b(?:will|would|shall|upcoming|forthcoming|coming|next|expected|to\s+be\s+held|ahead\s+of"
    r"|to\s+attend|headed\s+to|heading\s+to"
    r"|preparations?\s+for|set\s+to|scheduled|due\s+to|plans?\s+to|(?:is|are)\s+to)\b",
    re.IGNORECASE,
)
# A place's name as a city's is written ("Astana", "New Delhi", "St. Petersburg"): not a
# person's ("Putin's"), a shout ("MISSED"), a body's ("Cooperation Organisation") or a format
_CITY_LIKE = re.compile(r"(?:St\.?\s*)?[A-Z][a-z\u2019-]+(?:[- ][A-Z][a-z\u2019-]+)?")
_NOT_CITIES = re.compile(
    r"\b(?:Organi[sz]ation|Cooperation|Council|Union|Summit|Virtual|Online|Hybrid|Video"
    r"|Eurasian|Asian|Regional|Security|Economic|Heads|Leaders|State|Declaration|Charter"
    r"|President|Prime|Minister|Chairman|Secretary|Sco|Shanghai\s+Five"
    # a headline's verb after the host: "Tajikistan Hosts SCO Summit"
    r"|Hosts?|Hosted|Hosting|Holds|Opens|Begins|Ends|Welcomes)\b"
)


_OTHER_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")  # "In 2019, Xi recalled the Astana summit"
_ALTERNATIVE = re.compile(r"\s*(?:,\s*)?or\s+(?:in\s+)?[A-Z]")


@lru_cache(maxsize=16)
def _has_year(sentence: str) -> bool:
    """Asked once a sentence, not once a summit: a sentence of many summits stays linear."""
    return _OTHER_YEAR.search(sentence) is not None


def _nearest(found: _Summit, sentence: str, at: int, today: str | None) -> bool:
    """ "at the Astana summit", "the summit in Dushanbe": a place and no date is the
    summit of that place nearest the article's date, the last one by then unless
    the words say it is coming ("will be signed at the Samarkand summit"). Only in a
    dated article, of the SCO or of no other organisation named, of a place named as a
    city is (not "Putin's summit"), with no ordinal ("the first summit in India") and no
    year in the sentence ("In 2019, Xi recalled the Astana summit": which one is unsure)."""
    place = found.place
    if (
        today is None
        or found.ordinal is not None
        or place is None
        or place in _NOT_PLACES
        or not _CITY_LIKE.fullmatch(place)
        or lx.country(place) is not None  # a host country held several: which one is unsure
        or _NOT_CITIES.search(place)
        or _has_year(sentence)
        or about_other(sentence, at)
        or (mentions(sentence, "other_org") and not mentions(sentence, "sco_org"))
    ):
        return False
    if _ALTERNATIVE.match(sentence, found.end):
        return False  # "a summit in Goa or Delhi": which one is unsure
    window = sentence[max(0, found.start - 100) : found.end + 40]
    found.nearest = "after" if _COMING.search(window) else "before"
    which = "the coming" if found.nearest == "after" else "the last"
    found.dated = f"the article's date ({which} summit there, none named by its year)"
    return True


def _hosted(name: str) -> Callable[[str, str | None], Iterator[Claim]]:
    """A host and its summit, by the rule `name`: "hosted by Russia in 2020", "India
    hosted the 2023 summit", "Kyrgyzstan will host the next summit in 2026"."""

    def read(sentence: str, today: str | None = None) -> Iterator[Claim]:
        for match in _summit_rx(name).finditer(sentence):
            claim = _host_claim(sentence, match, today)
            if claim is not None:
                yield claim

    return read


def _host_claim(sentence: str, match: re.Match[str], today: str | None) -> SummitClaim | None:
    found_year = match["year"] or (match.groupdict().get("year1"))
    day = _DAY_WORD.match(sentence, match.end()) if found_year is None and today else None
    if day is not None and not _NOT_THIS_ONE.search(
        sentence, max(0, match.end() - 40), match.end()
    ):
        # "Kyrgyzstan hosts the SCO summit this weekend": this year's, by the article's date
        claim = _summit_claim(
            relative_year("this", today), None, match["place"], False, None, None, *match.span()
        )
        how = f"the article's date ({day['day'].lower()})"
        return claim._replace(detail={**claim.detail, "dated": how}) if claim else None
    if found_year is None:
        window = sentence[max(0, match.start() - WINDOW) : match.start()]
        earlier = list(rx("summit_year").finditer(window))
        # "the 2020 summit ... was hosted by Russia", "In 2023 India hosted a virtual summit"
        found_year = earlier[-1]["year"] if earlier else year_before(window, sentence, None)[0]
        if found_year is None:
            return None
    if not mentions(sentence, "summit") or all(
        _another_council(sentence, m.start()) for m in rx("summit").finditer(sentence)
    ):
        return None  # "the Heads of Government Summit was hosted by India": another council's
    virtual = bool(match.groupdict().get("virtual")) or bool(
        rx("virtual").search(sentence[max(0, match.start() - 40) : match.end()])
    )
    return _summit_claim(
        int(found_year), None, match["place"], virtual, None, None, match.start(), match.end()
    )


def _which_hosted(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "Bishkek, the Kyrgyz capital, which last hosted the leaders in 2019": the SCO's,
    unless another organisation is named."""
    for match in _summit_rx("which_hosted").finditer(sentence):
        head = sentence[max(0, match.start() - 80) : match.start()]
        place = _summit_rx("place_before_which").search(head)
        if place is None or about_other(sentence, match.start()):
            continue
        start = match.start() - len(head) + place.start()
        year = int(match["year"] or match["year_first"])
        claim = _summit_claim(year, None, place["place"], False, None, None, start, match.end())
        if claim is not None:
            yield claim


def _host_paren(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "Recent hosts include Kyrgyzstan (Bishkek, 2019), Russia (online, 2020)"."""
    if "host" not in sentence:
        return
    for match in _summit_rx("host_paren").finditer(sentence):
        if about_other(sentence, match.start()):
            continue
        claim = _summit_claim(
            int(match["year"]),
            match["city"],
            match["place"],
            bool(match["virtual"]),
            None,
            None,
            *match.span(),
        )
        if claim is not None:
            yield claim


# "summits were hosted in Shanghai (2001, 2006), Beijing (2012) and Qingdao (2018)": each city
# with the years in its parentheses, the list running on from the words that say they hosted
_SUMMITS_IN = re.compile(
    r"\bsummits?\b[^.;:()]{0,40}?\b(?:hosted|held|took\s+place|convened)\s+in\s+", re.IGNORECASE
)
_CITY_YEARS = re.compile(rf"(?<![\w-]){_PLACE}\s*\((?P<years>{YEAR}(?:\s*(?:,|and|&)\s*{YEAR})*)\)")
_LIST_GAP = 80  # the words between two items of the list at most: an aside, "and"


def _city_years(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "Summits were hosted in Shanghai (2001, 2006), Beijing (2012) and Qingdao (2018)":
    a summit a city and year; a year before the SCO is the Shanghai Five's, not one."""
    opening = _SUMMITS_IN.search(sentence) if "(" in sentence else None
    if opening is None or about_other(sentence, opening.start()):
        return
    at = opening.end()
    for match in _CITY_YEARS.finditer(sentence, at):
        if match.start() - at > _LIST_GAP:
            return
        at = match.end()
        for year in re.findall(YEAR, match["years"]):
            if int(year) < 2001:
                continue  # "Shanghai (1996, 2001)": the Shanghai Five met there first
            claim = _summit_claim(int(year), match["place"], None, False, None, None, *match.span())
            if claim is not None:
                yield claim


def _place_year(name: str) -> Callable[[str, str | None], Iterator[Claim]]:
    """A place and a year, by the rule `name`: "leaders met in Astana in 2017 for the
    summit", "Tashkent hosted in 2016" (the summit of the sentence, its object left out)."""

    def read(sentence: str, today: str | None = None) -> Iterator[Claim]:
        for match in _summit_rx(name).finditer(sentence):
            if mentions(sentence, "summit") and not about_other(sentence, match.start()):
                claim = _summit_claim(
                    int(match["year"]), match["place"], None, False, None, None, *match.span()
                )
                if claim is not None:
                    yield claim

    return read


_DAY_WORD = re.compile(  # right after the summit or its place: "closed in Beijing yesterday"
    # past an appositive: "in Astana, Kazakhstan's capital, on June 15"
    r"(?:\s*,\s*[\w'\u2019 -]{1,40},)?"
    r"\s*,?\s*(?P<day>yesterday|today|tomorrow|this\s+week(?:end)?|last\s+week(?:end)?"
    r"|(?:later\s+)?this\s+month|next\s+(?:week|month)"
    r"|(?:(?:on|last|this|next)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    # a day of a month and no year: "on June 15", "on July 5-6", "on 9 June", "for June 9
    # to 10" (this year's); not a day of a date whose year follows ("on June 8 to 9, 2017")
    rf"|(?:on|for)\s+{_DATE}(?!(?:\s*(?:and|to|&|-|\u2013)\s*{DAY})?,?\s*\d)"
    # "the SCO Beijing summit running from Wednesday to Thursday"
    r"|(?:running|held|lasting)\s+from\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\s+(?:to|till|until|through)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)
_LEADERS = re.compile(r"\b(?i:leaders|presidents|heads\s+of\s+state)\b")
_PLACE_PAREN = re.compile(rf"\s*\({_PLACE}(?:\s*,\s*(?:[A-Z][\w-]+|{YEAR}))?\)")
_BARE_YEAR = re.compile(rf"\s+(?P<year>{YEAR})(?![\d\w\u2013-])(?!\s*[\u2013-])")


def _place_name(name: str | None) -> str | None:
    """A place's name without the words around it that are none of it."""
    if name is None:
        return None
    name = re.sub(
        r"^(?:SCO(?:'s|\u2019s)?\s+)|^(?:The|This|That|At|In|When|While|After|Before|Since|As|If|Although|Though"
        r"|Until|Once|Where|And|But|So)\s+|\s+(?:SCO|Summit)$|(?:'s|\u2019s|')$",
        "",
        name,
    )
    # a possessive before the city: "in Russia's Ufa", "at China\u2019s Qingdao"
    name = re.sub(r"^[A-Z][\w-]*(?:'s|\u2019s)\s+(?=[A-Z])", "", name)
    # two capitalised words of which one is no place: the SCO's name before the
    # city ("Organisation Astana Summit"), a month after it ("in Shanghai June 15")
    name = re.sub(rf"^Organi[sz]ation\s+|\s+{MONTH}$", "", name)
    # "Dushanbe City" is Dushanbe; "Kuwait City" is no country's
    if name.endswith(" City") and lx.country(name[:-5]) is None:
        name = name[:-5]
    return name


def _summit_claim(
    year: int | None,
    place: str | None,
    host: str | None,
    virtual: bool,
    relative: str | None,
    ordinal: int | None,
    start: int,
    end: int,
) -> SummitClaim | None:
    detail: SummitDetail = {}
    for name in (place, host):
        name = _place_name(name)
        if name and re.fullmatch(lx.OTHER_ORGANISATIONS, name):
            return None  # "the G20 summit", "the BRICS summit in Kazan"
        if not name or name in _NOT_PLACES or re.fullmatch(MONTH, name):
            continue
        if re.match(r"Shanghai[- ](?:Five|5)", name):
            return None  # a summit of the Shanghai Five, before the SCO
        found = lx.country(name)
        if found is not None and not found[1]:
            detail["host"] = found[0]
        elif found is None and "city" not in detail:
            detail["city"] = lx.CITY_SPELLINGS.get(" ".join(name.split()), name)
    if not detail:
        return None
    if virtual:
        detail["virtual"] = True
    if relative:
        detail["relative"] = relative if relative.endswith("month") else f"{relative} year"
    if ordinal:
        detail["ordinal"] = ordinal
    subject = detail.get("city") or lx.DISPLAY[detail["host"]]
    return SummitClaim(subject, year, start, end, detail)


# -- each summit pattern's own examples (run by tests/claims/test_patterns.py, as the
# named patterns of claims/patterns.py are): how the rules apply it, texts it must match
# with the groups it must capture, texts it must not match
PATTERN_EXAMPLES: dict[str, Examples] = {
    "year_before": Examples(
        "search",
        (ok("the 2017 Astana ", year="2017", place="Astana"), ok("the 2019 SCO ", year="2019")),
        ("in 2017 the leaders met at the ", "the 2017 visit to "),
    ),
    "rel_before": Examples(
        "search",
        (ok("last year's ", rel="last"), ok("Thursday's Astana ", now="Thursday", place="Astana")),
        ("last year the ", "the year's "),
    ),
    "ord_before": Examples(
        "search",
        (ok("the 12th ", ord="12th"), ok("the first SCO ", ord="first")),
        ("the 12 ", "the leaders' "),
    ),
    "year_at_before": Examples(
        "search",
        (
            ok("accepted in June 2017 at the Astana ", year="2017", place="Astana"),
            ok("in 2017 (Astana ", year="2017"),
        ),
        ("in 2017 the ", "in 2017, leaders said the "),
    ),
    "place_before": Examples(
        "search",
        (ok("at the Astana ", place="Astana"), ok("the St. Petersburg ", place="St. Petersburg")),
        ("at the ", "the annual "),
    ),
    "place_for": Examples(
        "search",
        (
            ok("gathered in Bishkek, capital of Kyrgyzstan, for an annual ", place="Bishkek"),
            ok("are headed to Ufa, Russia to attend the SCO ", place="Ufa"),
            ok("leaders met in Astana for the ", place="Astana"),
            ok("gathered in the Uzbek city of Samarkand for the SCO ", place="Samarkand"),
            ok("flew to Astana on Wednesday for the ", place="Astana"),
            ok("arrived in the Kazakh capital, Astana, for their ", place="Astana"),
        ),
        ("returned to Moscow after the ", "met in Astana to discuss the "),
    ),
    "place_after": Examples(
        "match",
        (
            ok(" held in Astana", place="Astana"),
            ok(" was held on June 8-9, 2017 in Astana", place="Astana", dyear="2017"),
            ok(" was held on September, 11th and 12th 2014 in Dushanbe", dyear="2014"),
            ok(", which is scheduled for June 9 to 10 in Qingdao", place="Qingdao"),
            ok(" opened in Russia's second largest city of St. Petersburg", place="St. Petersburg"),
            ok(" took place in the capital of Tajikistan, Dushanbe", place="Dushanbe"),
            ok(" held in Uzbek capital Tashkent", place="Tashkent"),
            ok(" of the Member States of the SCO (SCO CHS) met in Moscow", place="Moscow"),
            ok(" meeting of the SCO concluded in St. Petersburg", place="St. Petersburg"),
            ok(" is in full swing in Bishkek, Kyrgyzstan", place="Bishkek"),
            ok(" is underway in the Kazakh capital, Astana", place="Astana"),
            ok(" will open tomorrow in India's Goa", place="India's Goa"),
            ok(" is set to kick off on Friday in Qingdao", place="Qingdao"),
        ),
        (
            " was a success",
            " opened with a speech in Astana",
            " of NATO in Vilnius",
            " is in full swing with talks in Astana",
        ),
    ),
    "year_after": Examples(
        "match",
        (
            ok(" in 2019", year="2019"),
            ok(" held on June 8 to 9, 2017", year="2017"),
            ok(" of the SCO in June 2017", year="2017"),
            ok(" of SCO Council of Heads of State (CHS) on 9 June 2017", year="2017"),
        ),
        (" in June", " in 1850", " with 2019 in mind", " of NATO in 2017", " of the SCO in June"),
    ),
    "rel_after": Examples("match", (ok(" last year", rel="last"),), (" last month", " a year")),
    "year_paren": Examples("match", (ok(" (June 2017)", year="2017"),), (" (Astana)", " 2017")),
    "host_after": Examples(
        "match",
        (ok(", hosted virtually by India", place="India", virtual="virtually "),),
        (" hosted a dinner", " by India"),
    ),
    "which_hosted": Examples(
        "search",
        (
            ok("which last hosted the summit in 2019", year="2019"),
            ok("which also hosted the 2018 summit", year_first="2018"),
        ),
        ("which hosted the BRICS summit in 2019", "which hosted the games in 2019"),
    ),
    "place_before_which": Examples(
        "search",
        (ok("Bishkek, ", place="Bishkek"), ok("Bishkek, the Kyrgyz capital, ", place="Bishkek")),
        ("the city, ", "the capital "),
    ),
    "hosted_in": Examples(
        "search",
        (ok("Tashkent hosted in 2016", place="Tashkent", year="2016"),),
        ("Tashkent hosted the talks", "tashkent hosted in 2016"),
    ),
    "host_paren": Examples(
        "search",
        (ok("Kyrgyzstan (Bishkek, 2019)", place="Kyrgyzstan", city="Bishkek", year="2019"),),
        ("Kyrgyzstan (a member)", "Kyrgyzstan (Bishkek)"),
    ),
    "will_host": Examples(
        "search",
        (ok("Kyrgyzstan will host the next summit in 2026", place="Kyrgyzstan", year="2026"),),
        ("Kyrgyzstan will host talks", "Kyrgyzstan hosted the summit"),
    ),
    "met_in": Examples(
        "search",
        (ok("leaders met in Astana in 2017", place="Astana", year="2017"),),
        ("ministers met in Astana in 2017", "leaders met in Astana"),
    ),
    "hosted_by": Examples(
        "search",
        (ok("hosted by Russia in 2020", place="Russia", year="2020"),),
        ("hosted a dinner", "hosted by the city"),
    ),
    "host_hosted": Examples(
        "search",
        (ok("India hosted the 2023 summit virtually", place="India", year1="2023"),),
        ("India hosted the talks", "India hosted the 2023 games"),
    ),
}

RULES: tuple[SentenceRule, ...] = (
    # first: summits() gives it the entry flag; the others are run as declared
    SentenceRule(
        "summit_word",
        _summit_word,
        (
            ("The 2017 Astana summit admitted India.", (("summit", "Astana", 2017),)),
            ("The summit in Bishkek in 2019 was the 19th.", (("summit", "Bishkek", 2019),)),
            ("Last year's Astana summit admitted Belarus.", (("summit", "Astana", 2024),)),
            # no year: the Astana summit nearest the article's date (the judge finds which)
            (
                "At the Astana summit, SCO leaders signed a declaration.",
                (("summit", "Astana", None),),
            ),
            # dated by the article's date (2025-01-01 in the examples)
            (
                "After their summit in Moscow Thursday, leaders spoke.",
                (("summit", "Moscow", 2025),),
            ),
            ("SCO summit 2014 starts today in Dushanbe", (("summit", "Dushanbe", 2014),)),
            (
                "The SCO summit kicked off on Thursday in the Kyrgyz capital of Bishkek.",
                (("summit", "Bishkek", 2025),),
            ),
            (
                "The SCO ended its annual summit yesterday in the Uzbek capital of Tashkent.",
                (("summit", "Tashkent", 2025),),
            ),
            (
                "The bloc is gathering for its summit in Astana, Kazakhstan's capital, on June 15.",
                (("summit", "Astana", 2025),),
            ),
            ("SCO's Jubilee Summit Took Place in Dushanbe Today", (("summit", "Dushanbe", 2025),)),
            (
                "India joined in June 2017 at the Astana summit in Kazakhstan.",
                (("summit", "Astana", 2017),),
            ),
            (
                "Became a full member in 2017 (Astana Summit, Kazakhstan).",
                (("summit", "Astana", 2017),),
            ),
            (
                "Highlights from 2025 SCO Heads of States Summit (Tianjin)",
                (("summit", "Tianjin", 2025),),
            ),
            (
                "The 2016 Shanghai Cooperation Organization (SCO) summit started in Tashkent.",
                (("summit", "Tashkent", 2016),),
            ),
            (
                "The SCO Summit is to take place on June 8-9, 2017 in Astana.",
                (("summit", "Astana", 2017),),
            ),
            (
                "He spoke after the SCO Beijing summit running from Wednesday to Thursday.",
                (("summit", "Beijing", 2025),),
            ),
            (
                "The Shanghai Cooperation Organization summit that was held in Yekaterinburg on"
                " June 15-16 was fruitful.",
                (("summit", "Yekaterinburg", 2025),),
            ),
            (
                "The Shanghai Cooperation Organisation Astana Summit 2017: India joins",
                (("summit", "Astana", 2017),),
            ),
            (
                "He spoke at the fifth summit of the SCO in Shanghai June 15, 2006.",
                (("summit", "Shanghai", None),),  # dated by its ordinal, by the judge
            ),
            # its date between its verb and its place, days joined by "and" or "to"
            (
                "The 19th Summit of the SCO took place on June, 13th and 14th 2019 in the"
                " capital of Kyrgyzstan, Bishkek City.",
                (("summit", "Bishkek", 2019),),
            ),
            (
                "A session of the Council of Heads of State of the Member States of the SCO"
                " (SCO CHS) met on June 15, 2006 in Shanghai.",
                (("summit", "Shanghai", 2006),),
            ),
            # a day and no year: the article's year
            (
                "They met at a meeting of the Council of heads of SCO member states in Tashkent"
                " on June 17, 2004.",
                (("summit", "Tashkent", 2004),),
            ),
            (
                "The 6th meeting of the Council of Heads of State of the Shanghai Cooperation"
                " Organization (SCO) was held in Shanghai, capital of finance, June 15, 2006.",
                (("summit", "Shanghai", None),),  # dated by its ordinal, by the judge
            ),
            (
                "A meeting of the Council of Heads of member states of the SCO (hereinafter the"
                " Organization) was held on 16 August 2007 in Bishkek.",
                (("summit", "Bishkek", 2007),),
            ),
            (
                "Iran became an observer at the CHS meeting in Astana on 5 July 2005.",
                (("summit", "Astana", 2005),),
            ),
            (
                "Mongolia was made an observer at the Tashkent Summit back in 2004.",
                (("summit", "Tashkent", 2004),),
            ),
            (
                "Xi will chair the SCO summit, which is set for June 9 to 10 in Qingdao.",
                (("summit", "Qingdao", 2025),),
            ),
            (
                "The second summit meeting of the SCO wrapped up in St. Petersburg on Friday.",
                (("summit", "Saint Petersburg", 2025),),
            ),
            (
                "They signed it during the summit held in Kyrgyz capital Bishkek on June 14.",
                (("summit", "Bishkek", 2025),),
            ),
            (
                "The summit opened in Russia's second city of St. Petersburg on Friday.",
                (("summit", "Saint Petersburg", 2025),),
            ),
        ),
        (
            ("The 2024 BRICS summit in Kazan was held.", (("summit", "Kazan", 2024),)),
            ("The BRICS summit opened today in Kazan.", (("summit", "Kazan", 2025),)),
            (
                "The summit in Astana, Putin said on Thursday, was a success.",
                (("summit", "Astana", 2025),),
            ),
            (
                "The foreign ministers' meeting in Astana in 2024 ended.",
                (("summit", "Astana", 2024),),
            ),
            ("At the NATO summit in Vilnius, leaders met.", (("summit", "Vilnius", None),)),
            # a day whose year follows is no day of the article's year
            (
                "The summit in Astana on June 8 to 9, 2017 approved it.",
                (("summit", "Astana", 2025),),
            ),
            ("Kazakhstan Hosts SCO Summit", (("summit", "Kazakhstan Hosts", None),)),
            (
                "A meeting of the Council of foreign ministers of the SCO was held in Astana on"
                " 5 July 2005.",
                (("summit", "Astana", 2005),),
            ),
            # the capital of a city, then a person: the city is the place
            (
                "Addressing the summit in the capital of Bishkek, Xi noted progress.",
                (("summit", "Xi", None),),
            ),
            # "Kuwait City" is no country's summit
            (
                "The summit was held in the Gulf port of Kuwait City on Friday.",
                (("summit", "Kuwait", 2025),),
            ),
        ),
    ),
    SentenceRule(
        "hosted_by",
        _hosted("hosted_by"),
        (("The summit was hosted by Russia in 2020.", (("summit", "Russia", 2020),)),),
        (("The summit was hosted by Russia.", (("summit", "Russia", None),)),),
    ),
    SentenceRule(
        "host_hosted",
        _hosted("host_hosted"),
        (
            ("Kyrgyzstan hosted the 2019 summit.", (("summit", "Kyrgyzstan", 2019),)),
            # dated by the article's date (2025-01-01 in the examples)
            ("Kyrgyzstan hosts the SCO summit this weekend.", (("summit", "Kyrgyzstan", 2025),)),
        ),
        (
            ("Kyrgyzstan hosted the 2019 football cup.", (("summit", "Kyrgyzstan", 2019),)),
            ("Kyrgyzstan hosts the next summit on Friday.", (("summit", "Kyrgyzstan", 2025),)),
        ),
    ),
    SentenceRule(
        "will_host",
        _hosted("will_host"),
        (("Kyrgyzstan will host the next summit in 2026.", (("summit", "Kyrgyzstan", 2026),)),),
        (("Kyrgyzstan will host the next summit.", (("summit", "Kyrgyzstan", None),)),),
    ),
    SentenceRule(
        "which_hosted",
        _which_hosted,
        (
            (
                "Bishkek, which last hosted the summit in 2019, is ready.",
                (("summit", "Bishkek", 2019),),
            ),
        ),
        (
            (
                "Kazan, which hosted the BRICS summit in 2024, is ready.",
                (("summit", "Kazan", 2024),),
            ),
        ),
    ),
    SentenceRule(
        "host_in_parentheses",
        _host_paren,
        (
            (
                "Recent hosts include Kyrgyzstan (Bishkek, 2019) and Russia (online, 2020).",
                (("summit", "Bishkek", 2019),),
            ),
        ),
        (("Recent BRICS hosts include Russia (Kazan, 2024).", (("summit", "Kazan", 2024),)),),
    ),
    SentenceRule(
        "hosted_in_city_years",
        _city_years,
        (
            (
                "Summits were hosted in Shanghai (1996, 2001, 2006), Beijing (2012) and Qingdao"
                " (2018).",
                (
                    ("summit", "Shanghai", 2001),
                    ("summit", "Shanghai", 2006),
                    ("summit", "Beijing", 2012),
                    ("summit", "Qingdao", 2018),
                ),
            ),
        ),
        (
            (
                "Summits were hosted in Shanghai (1996, 2001), among other cities.",
                (("summit", "Shanghai", 1996),),
            ),
            (
                "BRICS summits were held in Kazan (2024) and Johannesburg (2023).",
                (("summit", "Kazan", 2024),),
            ),
            ("Trade rose in Shanghai (2019) and Beijing (2020).", (("summit", "Shanghai", 2019),)),
        ),
    ),
    SentenceRule(
        "leaders_met_in",
        _place_year("met_in"),
        (("SCO leaders met in Astana in 2017 for the summit.", (("summit", "Astana", 2017),)),),
        (("SCO leaders met in Astana in 2017 for talks.", (("summit", "Astana", 2017),)),),
    ),
    SentenceRule(
        "hosted_in",
        _place_year("hosted_in"),
        (("Tashkent hosted in 2016 the SCO summit.", (("summit", "Tashkent", 2016),)),),
        (("Tashkent hosted in 2016 a football final.", (("summit", "Tashkent", 2016),)),),
    ),
)


# "the summit" of an article filed from a summit's city within days of it: each a sentence,
# the article's date, its dateline's (city, year, first day, words) and the summit it names
# (city, year), or None where the words name another or none.
_UFA = Dateline("Ufa", 2015, "2015-07-09", "UFA")
DATELINE_EXAMPLES: tuple[tuple[str, str, Dateline, tuple[str, int] | None], ...] = (
    ("The SCO summit opened here on Friday.", "2015-07-10", _UFA, ("Ufa", 2015)),
    ("Leaders said the summit had been a success.", "2015-07-11", _UFA, ("Ufa", 2015)),
    ("The summit is attended by the heads of ten states.", "2015-07-10", _UFA, ("Ufa", 2015)),
    ("The Heads of State Council admitted India.", "2015-07-10", _UFA, ("Ufa", 2015)),
    # another summit, or none: the next one, a year of its own, another body's, a meeting
    ("The next summit will be held in Tashkent.", "2015-07-10", _UFA, None),
    ("The next SCO summit is due in 2016.", "2015-07-10", _UFA, None),
    ("At the 2014 summit, the leaders met.", "2015-07-10", _UFA, None),
    ("The BRICS summit opened here on Wednesday.", "2015-07-10", _UFA, None),
    ("Xi held a meeting with Putin.", "2015-07-10", _UFA, None),
    ("Xi spoke at the meeting of the SCO Heads of State.", "2015-07-10", _UFA, ("Ufa", 2015)),
    ("The meeting of foreign ministers opened.", "2015-07-10", _UFA, None),
    ("SCO summits have been held every year.", "2015-07-10", _UFA, None),
    ("Last year's summit admitted no one.", "2015-07-10", _UFA, None),
)
