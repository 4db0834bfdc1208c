"""A document's furniture read as claims: a table's row, a fact box's line, a chronology's entry, a citation."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import (
    Claim,
    CountClaim,
    FoundingClaim,
    FoundingDetail,
    Group,
    StatusClaim,
    StatusDetail,
    each,
)
from sco_cli.claims.patterns import DAY, MONTH, YEAR, rx

# A reference list's entry: '- "Belarus officially joins SCO", Kazinform, 4 July 2024.'
CITATION = re.compile(
    rf"\s*(?:[-*\u2022\u2013]|\[?\d{{1,3}}[.\])]|\^)?\s*[\"\u201c][^\"\u201d]{{5,300}}[\"\u201d]\s*[,.]"
    rf"\s*[^,]{{1,80}},\s*(?:{DAY}\s+)?(?:{MONTH}\s+)?(?:{DAY},?\s+)?{YEAR}\b"
)


_BULLET = r"(?:[-*\u2022\u00b7]\s+)?"  # a list item's mark, before an entry or a fact


# A table's row laid out as text: "China  Founding member  2001", "| Iran | Observer |"
_ROW = re.compile(
    r"\|?\s*(?P<name>[A-Z][\w'\u2019 .-]{1,40}?)\s*(?:\||\s)\s*"
    rf"(?P<status>{lx.status_pattern()})\s*(?:\|\s*)?(?:(?:since\s+)?(?P<year>{YEAR})\s*)?\|?\s*",
    re.IGNORECASE,
)


# A fact box's line: "Member states: 10", "Partners: 17", "Founded: 2001, Shanghai"
_FACT_LINE = re.compile(
    rf"{_BULLET}(?:(?P<founded>(?:SCO\s+)?(?:founded|established|created))"
    r"|(?P<five>Shanghai[- ](?:Five|5)(?:\s+(?:formed|founded|established|created))?)"
    rf"|(?:SCO\s+)?(?P<noun>{lx.status_pattern()}))\s*:\s*"
    rf"(?:(?P<year>{YEAR})(?:,\s*(?P<city>[A-Z][a-z]+))?|(?P<num>\d{{1,2}}))"
    r"\s*(?:\([^()]{0,60}\))?\s*\.?",
    re.IGNORECASE,
)


def fact_line(sentence: str) -> Claim | None:
    line = _FACT_LINE.fullmatch(sentence)
    if line is None:
        return None
    end = len(sentence.rstrip(" ."))
    if line["noun"] and line["num"]:
        status = lx.status_of_match(rx("status").fullmatch(line["noun"]))  # type: ignore[arg-type]
        return CountClaim(status, int(line["num"]), 0, end, {})
    if line["founded"] and line["year"]:
        detail: FoundingDetail = {"city": line["city"]} if line["city"] else {}
        return FoundingClaim("SCO", int(line["year"]), 0, end, detail)
    if line["five"] and line["year"] and not line["city"]:
        return FoundingClaim("Shanghai Five", int(line["year"]), 0, end, {})
    return None


def table_row(sentence: str) -> Claim | None:
    row = _ROW.fullmatch(sentence)
    found = lx.country(row["name"].strip(" .")) if row else None
    if row is None or found is None or found[1]:
        return None
    status = lx.status_of_match(rx("status").fullmatch(row["status"]))  # type: ignore[arg-type]
    detail: StatusDetail = {"iso3": found[0]}
    if row["year"]:
        detail["since"] = int(row["year"])
    return StatusClaim(lx.DISPLAY[found[0]], status, 0, len(sentence.rstrip(" |")), detail)


# A chronology's entry: "June 2017 - India and Pakistan join as full members",
# "2001: six states found the SCO". Its date opens it, and its verbs are in the present.
_ENTRY = re.compile(
    rf"{_BULLET}(?P<date>(?:{DAY}\s+)?(?:{MONTH}\s+)?(?:{DAY},?\s+)?{YEAR})\s*(?:[\u2013\u2014:]|-\s)\s*"
)
_PRESENT = {
    "join": "joined", "joins": "joined", "become": "became", "becomes": "became",
    "form": "formed", "forms": "formed", "found": "founded", "founds": "founded",
    "establish": "established", "establishes": "established", "create": "created",
    "creates": "created", "launch": "launched", "launches": "launched", "host": "hosted",
    "hosts": "hosted", "admit": "admitted", "admits": "admitted", "grant": "granted",
    "grants": "granted", "accede": "acceded", "accedes": "acceded",
}  # fmt: skip
_PRESENT_RX = re.compile(r"\b(?:" + "|".join(_PRESENT) + r")\b")


def entry(sentence: str, read: Callable[[str], list[Claim]]) -> list[Claim] | None:
    """The claims of a chronology's entry, read (by `read`, the sentence stage told it
    reads an entry) as the sentence "In June 2017, India and Pakistan joined ..." would
    be, placed back in the entry's own words."""
    entry = _ENTRY.match(sentence)
    if entry is None:
        return None
    # pieces of the rewritten sentence: (its text, where it stands in the entry)
    pieces = [(f"In {entry['date']}, ", (0, entry.end()))]
    position = entry.end()
    for verb in _PRESENT_RX.finditer(sentence, entry.end()):
        pieces.append((sentence[position : verb.start()], (position, verb.start())))
        pieces.append((_PRESENT[verb.group()], verb.span()))
        position = verb.end()
    pieces.append((sentence[position:], (position, len(sentence))))
    starts, text = [], ""
    for piece, span in pieces:
        starts.append((len(text), len(text) + len(piece), span, piece == sentence[slice(*span)]))
        text += piece

    def placed(offset: int, end: bool) -> int:
        for low, high, (first, last), kept in starts:
            if low <= offset < high or (end and offset == high):
                return first + (offset - low) if kept else (last if end else first)
        return len(sentence)

    return [
        claim._replace(start=placed(claim.start, False), end=placed(claim.end, True))
        for claim in read(text)
    ]


# A list under its heading, one country an item: "Observer states of SCO • Iran • Mongolia",
# "The members of SCO are: 1. Kazakhstan 2. China", "Observers (2): Iran, Mongolia". The
# heading is a status and nothing else (no "former", "candidate", "applied"), perhaps the SCO's.
_LIST_HEAD = re.compile(
    rf"{_BULLET}(?:(?i:the|its|SCO|the\s+SCO['\u2019]s)\s+)?(?:(?i:current|present|full|permanent"
    rf"|SCO)\s+)?(?P<noun>(?i:membership)(?![\w-])|{lx.status_pattern()})(?:\s+(?i:entries|list))?"
    r"(?:\s+(?i:of|in)\s+(?:(?i:the)\s+)?(?:SCO(?:\s*\(\s*Shanghai\s+Co-?[oO]peration\s+Organi[sz]ation\s*\))?"
    r"|Shanghai\s+Co-?[oO]peration\s+Organi[sz]ation(?:\s*\(SCO\))?))?(?:\s*\(\s*\d{1,2}\s*\))?"
    r"(?:\s+(?i:are|include))?\s*(?:[:\u2014\u2013]|\s-{1,2})?\s*",
    re.IGNORECASE,
)
_MARK = r"(?:[-*\u2022\u00b7\u25aa\u25cf\u2013]|\d{1,2}[.)])"
# what may follow a name in its item: a year or an acronym in parentheses, a stop
_AFTER = r"(?:\s*\(\s*(?:(?i:since|joined)\s+(?:(?i:in)\s+)?)?(?:\d{4}|[A-Z]{2,5})\s*\))?\s*[.;]?"
_LONGEST = 41  # items read at most: a list is bounded


@cache
def _item_rx() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{_MARK}\s+|,\s*(?:(?i:and)\s+)?|(?i:and)\s+)?(?:(?i:the)\s+)?"
        rf"(?P<name>{lx.country_regex().pattern}){_AFTER}\s*"
    )


# The reader's examples, as laid out on a page (heading, then one item a line), with the
# (country, status) claims each must give; and layouts it must leave to the other stages.
LISTING_EXAMPLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Observer countries of the SCO\n\n  • Mongolia\n  • Iran",
        (("Mongolia", "observer"), ("Iran", "observer")),
    ),
    (
        "Its members are:\n\n1. India\n2. Kyrgyzstan\n3. China",
        (("India", "member"), ("China", "member")),
    ),
    (
        "Dialogue partners (3):\n- Nepal\n- Cambodia\n- Turkey",
        (("Nepal", "dialogue_partner"), ("Türkiye", "dialogue_partner")),
    ),
    (
        "SCO members: Pakistan (2017), Iran (2023), Belarus (2024)",
        (("Iran", "member"), ("Belarus", "member")),
    ),
    (
        "Membership\n\nKazakhstan, India, and Pakistan.",  # a heading over one line of names
        (("Kazakhstan", "member"), ("Pakistan", "member")),
    ),
    (
        "Founding members\n- Russia\n- Tajikistan",
        (("Russia", "founding_member"), ("Tajikistan", "founding_member")),
    ),
    (
        "Member States of SCO (Shanghai Cooperation Organisation)\n\n  1. India\n  2. Russia",
        (("India", "member"), ("Russia", "member")),
    ),
    (
        "Dialogue Partner Entries\n\n  1. Armenia\n  2. Nepal",
        (("Armenia", "dialogue_partner"), ("Nepal", "dialogue_partner")),
    ),
)
LISTING_COUNTER_EXAMPLES: tuple[str, ...] = (
    "Former observers\n\n  • Mongolia\n  • Iran",  # not a status held
    "Applicants for membership:\n1. Laos\n2. Vietnam",
    "Members of BRICS\n- Brazil\n- Egypt",  # another body's
    "Observers\n\n- Mongolia applied in 2023\n- Iran",  # an item says more than a name
    "Members\n- China\n- China",  # a repeated name is no list of members
    "Membership of BRICS\n\nBrazil, India, and Egypt.",
    "Membership\n\nIndia and Pakistan applied in 2015.",  # a sentence, not a list
    "Membership entries of BRICS\n\n1. Brazil\n2. India",
    "Observer list of the SCO (Shanghai Cooperation Organisation)\n\n1. Iran applied\n2. India",
)


def listing(sentence: str) -> list[Claim] | None:
    """The statuses of a list under its heading, when every item is a country's name."""
    head = _LIST_HEAD.match(sentence)
    if head is None or head.end() == len(sentence):
        return None
    members: list[tuple[str, str]] = []
    position = head.end()
    while position < len(sentence) and len(members) < _LONGEST:
        item = _item_rx().match(sentence, position)
        found = lx.country(item["name"]) if item else None
        if (
            item is None
            or found is None
            or found[1]
            or not lx.starts_a_word(sentence, item.start("name"))
        ):
            return None
        members.append((found[0], item["name"]))
        position = item.end()
    if position < len(sentence) or len(members) < 2 or len({m for m, _ in members}) < len(members):
        return None
    noun = rx("status").fullmatch(head["noun"])
    status = lx.status_of_match(noun) if noun else "member"  # "Membership"
    group = Group(head.end(), position, tuple(members), False)
    end = len(sentence.rstrip(" .;"))
    return list(each(group, "status", status, 0, end, (None, None)))
