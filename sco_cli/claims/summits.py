"""Summits: "the 2017 Astana summit", "the summit in Bishkek in 2019", "India hosted it in 2023"."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim
from sco_cli.claims.patterns import DAY, MONTH, WINDOW, YEAR, rx
from sco_cli.claims.scope import about_other, mentions
from sco_cli.claims.years import relative_year, year_before

_PLACE = r"(?P<place>(?:St\.\s*)?[A-Z][\w'\u2019-]*(?:[- ](?:[A-Z][\w'\u2019-]*))?)"
_NOT_PLACES = frozenset(
    [
        *"SCO The This That Its It Council Heads State Leaders Summit China's Russia's".split(),
        *("The SCO", "This SCO", "An SCO"),
        # words that open a summit's name and are no place: "the Jubilee Summit"
        *"Jubilee Anniversary Annual Extraordinary Regular Historic Landmark Next Last".split(),
        *"Previous Upcoming Latest Recent First Second Third Anniversary Informal".split(),
    ]
)


@cache
def _summit_rx(name: str) -> re.Pattern[str]:
    filler = (
        r"(?:(?:SCO|SCO's|annual|virtual|online|anniversary|jubilee|leaders'?|heads-of-state)\s+)*"
    )
    patterns = {
        "year_before": rf"(?P<year>{YEAR})\s+{filler}(?:{_PLACE}\s+)?{filler}$",
        "rel_before": (
            rf"(?:(?P<rel>(?i:last|this|next|previous))\s+year|(?P<month>(?i:last\s+month))"
            rf"|(?P<now>(?i:this\s+(?:week|month)|today"
            r"|yesterday|(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))))"
            rf"(?:'s|\u2019s)\s+{filler}(?:{_PLACE}\s+)?{filler}$"
        ),
        "ord_before": rf"(?P<ord>{lx.ordinal_pattern()})\s+{filler}(?:{_PLACE}\s+)?{filler}$",
        "place_before": rf"(?<![\w-]){_PLACE}\s+{filler}$",
        "place_after": (
            r"^\s*,?\s*(?:of\s+(?:the\s+)?(?:SCO(?:'s|\u2019s)?\s+|Shanghai\s+Co-?operation\s+Organi[sz]ation"
            r"(?:\s*\(SCO\))?\s+)?(?:(?i:heads\s+of\s+state|leaders"
            r"|member\s+states|Council\s+of\s+Heads\s+of\s+State)\s+)?)?(?:\(?(?:was|is|will\s+be|being|were)\s+)?(?:(?:held|hosted"
            r"|convened|staged|organi[sz]ed|closed|opened|ended|began|met)\s+|(?:took|takes|will\s+take|to\s+take)\s+place\s+)?"
            r"(?:in|at)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:capital|city|town|resort|port)(?:\s+of|\s*,)?\s+)?"
            rf"{_PLACE}(?:\s*,\s*(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?=\s*,|\s+(?:in|on)\s))?"
        ),
        "year_after": (
            rf"^\s*,?\s*(?:held\s+)?(?:in|of|on)\s+(?:(?:early|mid|late)[- ]?)?(?:{DAY}\s+)?(?:{MONTH}\s+)?"
            rf"(?:{DAY},?\s+)?(?P<year>{YEAR})(?!\d)"
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
    return re.compile(patterns[name])


def summits(sentence: str, today: str | None, entry: bool = False) -> Iterator[Claim]:
    for match in rx("summit").finditer(sentence):
        head = sentence[max(0, match.start() - 80) : match.start()]
        tail = sentence[match.end() : match.end() + 100]
        # "the 2005 Astana meeting", "the 2020 meeting hosted virtually by Russia": a
        # meeting is a summit only with its year and its place or host, of the leaders
        meeting = match["meeting"] is not None
        if meeting and rx("not_leaders").search(head[-40:] + tail[:30]):
            continue
        start, end = match.start(), match.end()
        year: int | None = None
        relative = place = host = None
        ordinal = None
        virtual = bool(rx("virtual").search(head[-30:] + tail[:40]))
        for name in ("year_before", "rel_before", "ord_before", "place_before"):
            found = _summit_rx(name).search(head)
            if found:
                start = match.start() - len(head) + found.start()
                place = found["place"]
                if name == "year_before":
                    year = int(found["year"])
                elif name == "rel_before":
                    # "this week's summit", "Monday's summit": in the article's year
                    relative = (
                        found["rel"].lower()
                        if found["rel"]
                        else "last month"
                        if found["month"]
                        else "this"
                    )
                elif name == "ord_before":
                    ordinal = lx.ordinal(found["ord"])
                break
        after = _summit_rx("place_after").match(tail)
        if after and (place is None or place in _NOT_PLACES):
            place = after["place"]
            end = match.end() + after.end()
            tail_rest = tail[after.end() :]
        else:
            tail_rest = tail
        offset = match.end() + len(tail) - len(tail_rest)
        if year is None and relative is None:
            found = _summit_rx("year_after").match(tail_rest) or _summit_rx("year_paren").match(
                tail_rest
            )
            rel = _summit_rx("rel_after").match(tail_rest)
            if found:
                year, end = int(found["year"]), offset + found.end()
            elif rel:
                relative, end = rel["rel"].lower(), offset + rel.end()
        hosted = _summit_rx("host_after").match(tail_rest)
        if hosted:
            host, end = hosted["place"], offset + hosted.end()
            virtual = virtual or bool(hosted["virtual"])
        if year is None and relative is None:
            # "In July 2005, at the Astana summit", "On 9 June 2017, at a summit in Astana"
            opening = rx("opening_at").match(sentence)
            if (
                opening
                # a chronology's entry is dated whole: "June 2017 - ... at the Astana summit"
                and (entry or opening.end() >= match.start() - 40)
                and (
                    re.search(
                        r"\b(?i:at|during)\s+(?:the|a|an|its)\s+(?:[\w'\u2019-]+\s+){0,3}$", head
                    )
                    # "September 2021 - The Dushanbe summit launches ...": the entry's subject
                    or (
                        entry
                        and re.fullmatch(
                            r"(?i:the\s+)?(?:[\w'\u2019-]+\s+){0,3}",
                            sentence[opening.end() : match.start()],
                        )
                    )
                )
            ):
                year = int(opening["year"])
        dated = "year"
        if year is None and relative is None:
            # "closed in Beijing yesterday", "met in Dushanbe on Thursday": the article's date
            day = _DAY_WORD.match(tail_rest) or _DAY_WORD.match(tail)
            if day and today:
                relative, dated = "this", f"the article's date ({day.group().strip(' ,').lower()})"
        if year is None and relative is not None:
            year = relative_year(relative, today)
            dated = dated if dated != "year" else "the article's date"
        elif year is None and (ordinal is None or ordinal < 2 or host is not None):
            continue  # "the first summit hosted by India" is India's first, not the first
        elif year is None:
            dated = "its ordinal"  # "the 12th summit was held in Beijing"
        if meeting and (place is None or place in _NOT_PLACES) and host is None:
            continue
        if meeting and about_other(sentence, match.start()):
            continue
        claim = _summit_claim(year, place, host, virtual, relative, ordinal, start, end)
        if claim is not None and dated != "year":
            claim = claim._replace(detail={**claim.detail, "dated": dated})
        if claim is not None:
            yield claim
    for name in ("hosted_by", "host_hosted", "will_host"):
        for match in _summit_rx(name).finditer(sentence):
            found_year = match["year"] or (match.groupdict().get("year1"))
            if found_year is None:
                window = sentence[max(0, match.start() - WINDOW) : match.start()]
                earlier = list(rx("summit_year").finditer(window))
                if earlier:
                    found_year = earlier[-1]["year"]
                else:  # "In 2023 India hosted a virtual summit"
                    found_year = year_before(window, sentence, None)[0]
                if found_year is None:
                    continue
            if not mentions(sentence, "summit"):
                continue
            virtual = bool(match.groupdict().get("virtual")) or bool(
                rx("virtual").search(sentence[max(0, match.start() - 40) : match.end()])
            )
            claim = _summit_claim(
                int(found_year),
                None,
                match["place"],
                virtual,
                None,
                None,
                match.start(),
                match.end(),
            )
            if claim is not None:
                yield claim
    for match in _summit_rx("which_hosted").finditer(sentence):
        head = sentence[max(0, match.start() - 80) : match.start()]
        place = _summit_rx("place_before_which").search(head)
        # "which last hosted the leaders in 2019": the SCO's, unless another is named
        if place is None or about_other(sentence, match.start()):
            continue
        start = match.start() - len(head) + place.start()
        year = int(match["year"] or match["year_first"])
        claim = _summit_claim(year, None, place["place"], False, None, None, start, match.end())
        if claim is not None:
            yield claim
    if "host" in sentence:
        for match in _summit_rx("host_paren").finditer(sentence):
            if not about_other(sentence, match.start()):
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
    for match in itertools.chain(
        _summit_rx("met_in").finditer(sentence), _summit_rx("hosted_in").finditer(sentence)
    ):
        if mentions(sentence, "summit") and not about_other(sentence, match.start()):
            claim = _summit_claim(
                int(match["year"]), match["place"], None, False, None, None, *match.span()
            )
            if claim is not None:
                yield claim


_DAY_WORD = re.compile(  # right after the summit or its place: "closed in Beijing yesterday"
    r"\s*,?\s*(?:yesterday|today|tomorrow|this\s+week(?:end)?|last\s+week(?:end)?|(?:on|last|this|next)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)


def _summit_claim(
    year: int | None,
    place: str | None,
    host: str | None,
    virtual: bool,
    relative: str | None,
    ordinal: int | None,
    start: int,
    end: int,
) -> Claim | None:
    detail: dict[str, Any] = {}
    for name in (place, host):
        if name is not None:
            name = re.sub(
                r"^(?:SCO(?:'s|\u2019s)\s+)|^(?:The|This|That|At|In|When|While|After|Before|Since|As|If|Although|Though"
                r"|Until|Once|Where|And|But|So)\s+|\s+(?:SCO|Summit)$|(?:'s|\u2019s|')$",
                "",
                name,
            )
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
    return Claim("summit", subject, year, start, end, detail)
