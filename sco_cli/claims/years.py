"""The year a claim is placed at: "in 2017", "at the 2017 summit", "last year", an opening year."""

from __future__ import annotations

import re

from sco_cli.claims.patterns import rx


def year_after(text: str, today: str | None) -> tuple[int | None, str | None]:
    """The year in the first words of `text`: 'in 2017', 'at the 2017 Astana summit', 'last year';
    not past a comma that opens another clause ('..., the seat it had coveted since 2009')."""
    window = re.split(
        r",\s*(?!(?:in|on|at|during|back\s+in|both|all|each)\b)|;|\u2014|\s--\s|\(",
        text[:80],
        maxsplit=1,
    )[0]
    when = rx("when").search(window)
    summit = rx("summit_year").search(window)
    relative = rx("relative").search(window)
    found = [m for m in (when, summit) if m is not None]
    if found:
        first = min(found, key=lambda m: m.start())
        if relative is None or first.start() < relative.start():
            return int(first["year"]), None
    if relative is not None:
        return relative_year(relative["rel"], today), f"{relative['rel'].lower()} year"
    return None, None


def year_end(text: str) -> int:
    window = text[:80]
    ends = [m.end() for m in (rx("when").search(window), rx("summit_year").search(window)) if m]
    return min(ends) if ends else 0


def year_before(head: str, sentence: str, today: str | None) -> tuple[int | None, str | None]:
    match = rx("in_year_before").search(head)
    if match:
        return int(match["year"]), None
    # a sentence that opens with its date: "In 2017, ...", "On June 9 2017, ..."
    if sentence[:3].lower() in ("in ", "on "):
        opening = rx("when").match(sentence[:40])
        if opening:
            return int(opening["year"]), None
    return None, None


def relative_year(word: str, today: str | None) -> int | None:
    if today is None:
        return None
    if word.lower() == "last month":  # in the year before only when read in January
        return int(today[:4]) - (today[5:7] == "01")
    offset = {"last": -1, "previous": -1, "this": 0, "next": 1}[word.lower()]
    return int(today[:4]) + offset
