"""A document's furniture read as claims: a table's row, a fact box's line, a chronology's entry, a citation."""

from __future__ import annotations

import re
from collections.abc import Callable

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import (
    Claim,
    CountClaim,
    FoundingClaim,
    FoundingDetail,
    StatusClaim,
    StatusDetail,
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
