"""A checked claim as one flat record of scalars (for spreadsheets) and as one line to cite.

The JSON record of a claim (reports.check.CheckedClaim) nests its claim, its
place, when it held and its reference rows; csv, tsv, plain, markdown and
jsonl write this flat record instead: every value a number, a string or
empty, several values joined by "; ". It is built from the JSON record alone,
so the two can never say different things.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from typing import Any

FLAT_FIELDS = (
    "article",
    "date",
    "date_from",
    "as_of",
    "as_of_from",
    "paragraph",
    "sentence",
    "claim_text",
    "kind",
    "subject",
    "claimed",
    "expected",
    "verdict",
    "basis",
    "holds_from",
    "holds_to",
    "sources",
    "note",
    "citation",
)
JOIN = "; "  # between several values of one cell


def flat(record: Mapping[str, Any]) -> dict[str, Any]:
    """The flat record of a claim's JSON record, its keys FLAT_FIELDS in order."""
    claim, where, holds = record["claim"], record["location"], record["holds"]
    cited = sources(record["reference"])  # once: the cell and the citation both name them
    return {
        "article": record["article"],
        "date": record["article_date"],
        "date_from": record["date_from"],
        "as_of": record["as_of"],
        "as_of_from": record["as_of_from"],
        "paragraph": where["paragraph"],
        "sentence": where["sentence"],
        "claim_text": claim["text"],
        "kind": claim["kind"],
        "subject": claim["subject"],
        "claimed": claimed(claim),
        "expected": expected(record),
        "verdict": record["verdict"],
        "basis": record["basis"],
        "holds_from": JOIN.join(str(r["from"]) for r in holds) or None,
        "holds_to": JOIN.join(str(r["to"] or "") for r in holds) or None,
        "sources": JOIN.join(cited) or None,
        "note": record["note"],
        "citation": citation(record, cited),
    }


def claimed(claim: Mapping[str, Any]) -> int | str | None:
    """What the claim says of its subject: a number, a status or a year, with the
    year or city it names beside a status or a summit ("member since 2015")."""
    value = claim["value"]
    extra = [
        f"since {claim['since']}" if claim.get("since") else "",
        f"in {claim['year']}" if claim.get("year") else "",
        claim.get("city") or "",
    ]
    extra = [e for e in extra if e and str(value) not in e]
    if not extra:
        return value  # type: ignore[no-any-return]
    return " ".join([str(value), *extra]) if value is not None else " ".join(extra)


def expected(record: Mapping[str, Any]) -> int | str | None:
    """What the reference says instead, from the rows the verdict rests on: a count
    on the date, the status held on it, when a country joined, when and where the
    SCO was founded, where and when a summit was; None where the rows do not say."""
    kind, rows = record["claim"]["kind"], record["reference"]
    if kind == "count":  # its rows are the holders counted on the date (none: zero)
        founders = record["claim"]["subject"] == "founding-member"
        return len(rows) if record["as_of"] or founders else None
    if not rows:
        return None
    first = rows[0]
    if kind == "status":
        return _held(rows, record["as_of"], record["basis"])
    if kind == "joined":
        in_force = first["in_force"] or "not yet"
        return f"{first['status']}: decided {first['decided']}, in force {in_force}"
    if "city" in first and "start" in first:  # a summit row
        return f"{first['city']}, {first['country']}, {first['start']}"
    if "date" in first:  # a milestone (the Shanghai Five)
        return str(first["date"])
    return str(first.get("decided")) if first.get("decided") else None


def _held(rows: Sequence[Mapping[str, Any]], on: str | None, basis: str | None) -> str | None:
    """The status a country's history rows give it on `on` (in force, or by decision)."""
    if on is None:
        return None
    held = "no status"
    for row in rows:
        since = row["decided"] if basis == "decision" else row["in_force"]
        if since and str(since) <= on:
            held = str(row["status"])
    return held


def sources(rows: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every source the rows name, once each, in order (a row may name several)."""
    seen: dict[str, None] = {}
    for row in rows:
        for source in _split(str(row.get("source") or "")):
            seen.setdefault(source, None)
    return list(seen)


@lru_cache(maxsize=1024)
def _split(field: str) -> tuple[str, ...]:
    """The sources one row's field names (a count's rows repeat the same few fields)."""
    return tuple(source.strip() for source in field.split(" ; ") if source.strip())


def citation(record: Mapping[str, Any], cited: list[str] | None = None) -> str:
    """One line to paste: the claim, where it stands, the verdict, what the reference
    says and its sources (`cited`: sources() of its rows, when known already)."""
    where = record["location"]
    on = f", judged on {record['as_of']}" if record["as_of"] else ""
    verdict = record["verdict"] + (" by decision" if record["basis"] == "decision" else "")
    cited = sources(record["reference"]) if cited is None else cited
    line = (
        f"\u201c{record['claim']['text']}\u201d ({record['article']}, "
        f"\u00b6{where['paragraph']}.{where['sentence']}{on}): {verdict}: {record['note']}"
    )
    return line + (f". Sources: {', '.join(cited)}" if cited else "")
