"""Founding: the SCO's ("founded in Shanghai in 2001") and the Shanghai Five's (1996)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim
from sco_cli.claims.patterns import DAY, MONTH, YEAR, rx
from sco_cli.claims.scope import about_other, mentions
from sco_cli.claims.years import year_before


def founding(sentence: str, today: str | None = None) -> Iterator[Claim]:
    if "hanghai" in sentence:
        yield from _shanghai_five(sentence)
    for match in rx("founded").finditer(sentence):
        head = sentence[max(0, match.start() - 80) : match.start()]
        tail = sentence[match.end() : match.end() + 80]
        five = rx("shanghai_five").search(head)
        if five and re.search(rf"\b(?:{lx.SCO_NAMES})\b", head[five.end() :]):
            five = None  # "the Shanghai Five was enlarged and the SCO founded in 2001"
        # "formed the Shanghai Five", 'form the "Shanghai Five"'
        five = five or rx("shanghai_five").match(
            re.sub(r"\A(?:the\s+)?[\"\u201c']?", "", tail.lstrip())
        )
        if match.group().lower().startswith("first") and not five:
            continue
        if _FOUNDED_THING.search(head):
            continue  # "the admission procedure launched in 2021": founded, but not the SCO  # "first met in 1996" names the Shanghai Five's start, no other's
        if not five and not rx("sco_org").search(head + " " + tail[:50]):
            # "The organisation, which grew out of ..., was founded in Shanghai": its subject
            subject = re.match(
                rf"\s*(?:(?:The|This|Its)\s+(?:SCO|organi[sz]ation|bloc|grouping)|{lx.SCO_NAMES}|It)\b",
                sentence,
            )
            pronoun = re.search(
                r"\b(?:it|its|which|(?:organi[sz]ation|bloc|grouping)\s+that)\s+(?:was\s+)?$",
                head,
                re.IGNORECASE,
            )
            opener = not head.strip() and mentions(
                sentence, "sco_org"
            )  # "Founded in 2001, the SCO"
            if not pronoun and not opener and not (subject and re.search(r"\bwas\s+$", head)):
                continue
            # "It was founded in Shanghai in 2001": in an article about the SCO, the SCO,
            # unless the sentence names another organisation
            if not mentions(sentence, "sco_org") and mentions(sentence, "other_org"):
                continue
        if about_other(sentence, match.start()):
            continue
        when = re.match(
            r"\s*(?:(?:was|were)\s+(?:formally\s+|officially\s+)?(?:announced|proclaimed|declared"
            r"|formali[sz]ed|agreed)\s+)?"
            rf"(?:(?:the\s+)?(?:SCO|organi[sz]ation|bloc|grouping)\s+)?(?:by\s+(?:[\w'-]+,?\s+){{1,8}}?)?"
            rf"(?:in\s+[A-Z]\w+\s+)?(?:(?:in|on)\s+(?:{DAY}\s+)?(?:{MONTH}\s+)?(?:{DAY},?\s+)?"
            rf"(?P<year>{YEAR})|(?P<bare>{YEAR})(?=\s*[),;])|(?P<ago>{lx.number_pattern()})\s+years?"
            r"\s+ago\b)",
            tail,
        )
        before = re.search(rf"(?P<year>{YEAR})(?:'s|\u2019s)?\s+(?:\w+\s+)?$", head)
        if when is None and before is None:
            if five:
                # "In 1996, the five formed the Shanghai Five": the year that opens it
                opening = year_before(head, sentence, None)[0] if five.string is not head else None
                if opening is not None:
                    yield Claim(
                        "founding", "Shanghai Five", opening, match.start(), match.end(), {}
                    )
                continue
            when = re.match(rf"\s*\(?(?P<year>{YEAR})\)", tail)
            # "In 2001, six countries founded the SCO"
            active = re.match(rf"\s+(?:the\s+)?(?:{lx.SCO_NAMES})\b", tail)
            opening = year_before(head, sentence, None)[0] if active and not when else None
            if opening is not None and active is not None:
                yield Claim(
                    "founding", "SCO", opening, match.start(), match.end() + active.end(), {}
                )
            if when is None:
                continue
        found_year = when or before
        if found_year is None:  # pragma: no cover - without either the loop went on
            continue
        ago = found_year.groupdict().get("ago")
        if ago is not None:
            # "founded 22 years ago": by the article's date, or not a claim it can check
            if today is None or five:
                continue
            year = int(today[:4]) - (lx.number(ago) or 0)
        else:
            year = int(found_year["year"] or found_year.groupdict()["bare"])
        if five:
            start = (
                match.start() - len(head) + five.start() if five.string is head else match.start()
            )
            end = match.end() + (when.end() if when else 0)
            yield Claim("founding", "Shanghai Five", year, start, end, {})
            continue
        detail: dict[str, Any] = {}
        city = re.search(
            r"\bin\s+(?P<city>Shanghai|Beijing|Moscow|[A-Z][a-z]+)\b(?!\s+(?:Five|5))", tail[:60]
        )
        if city and not lx.country(city["city"]) and not re.fullmatch(MONTH, city["city"]):
            detail["city"] = city["city"]
        start = match.start() - (len(head) - before.start()) if before else match.start()
        end = match.end() + max(
            when.end() if when else 0, city.end() if city and "city" in detail else 0
        )
        yield Claim("founding", "SCO", year, start, end, detail)


_FOUNDED_THING = re.compile(
    r"\b(?:procedure|process|program+e?|initiative|project|fund|cent(?:re|er)|mechanism|bank|forum"
    r"|platform|talks|mission|exercise|website|channel|structure|secretariat)s?"
    r"\s+(?:(?:was|were|is|had\s+been|has\s+been)\s+)?\Z",
    re.IGNORECASE,
)


def _shanghai_five(sentence: str) -> Iterator[Claim]:
    """ "the Shanghai Five grouping of 1996"; "the Shanghai Five became the SCO in 2001"."""
    for match in rx("five_of").finditer(sentence):
        yield Claim("founding", "Shanghai Five", int(match["year"]), *match.span(), {})
    for match in rx("five_became").finditer(sentence):
        year = int(match["year"]) if match["year"] else None
        if year is None:
            head = sentence[max(0, match.start() - 80) : match.start()]
            year = year_before(head, sentence, None)[0]
        if year is not None:
            yield Claim("founding", "SCO", year, *match.span(), {})
