"""`sco verify`: check everything the data claims, fact by fact, without stopping at the first fault.

Loading (data.py) refuses bad data at its first fault; this walks all of it
and reports each check: every quote, every count, every ISO code, every
source, every note. Notes are reported, not failures.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sco_cli.article import Article, locate, parse_article
from sco_cli.data import article_file, read_text, read_toml
from sco_cli.dataset import (
    EVENTS_FILE,
    FACTS_FILE,
    MILESTONES_FILE,
    RULES_FILE,
    SUMMITS_FILE,
    data_dir,
)
from sco_cli.errors import DataError
from sco_cli.query import ARTICLE_COUNT_PATHS, JSON
from sco_cli.roster import (
    BASES,
    StatusEventRow,
    StatusRuleRow,
    count_by_status,
    roster_on,
    status_label,
)
from sco_cli.summits import SummitRow, summit_order_problems

PASS, FAIL, NOTE = "pass", "fail", "note"


@dataclass(frozen=True)
class Check:
    check: str  # quote, schema, count, iso, source, note, file
    subject: str  # what was checked: a fact path, a file and line, a country
    status: str  # pass, fail or note
    detail: str


def verify(directory: Path | None = None) -> list[Check]:
    directory = directory if directory is not None else Path(data_dir())
    checks: list[Check] = []
    raw = _load(checks, directory / FACTS_FILE, read_toml)
    article = None
    if isinstance(raw, dict):
        try:
            article = _load(checks, article_file(raw, directory / FACTS_FILE), _article)
        except DataError as error:
            checks.append(Check("file", "article", FAIL, error.message))
    if isinstance(raw, dict) and article is not None:
        checks += _quotes(raw, article)
        checks += _schema(raw, article, directory / FACTS_FILE)
    events = _rows(checks, directory / EVENTS_FILE, "StatusEvent")
    rules = _rows(checks, directory / RULES_FILE, "StatusRule")
    _rows(checks, directory / MILESTONES_FILE, "Milestone")
    summits = _rows(checks, directory / SUMMITS_FILE, "SummitMeeting")
    if isinstance(raw, dict) and events:
        checks += _counts(raw, events, rules)
    checks += _iso_codes(events)
    checks += _summits(summits)
    if isinstance(raw, dict):
        checks += _notes(raw)
    return checks


def _load(checks: list[Check], path: Path, reader: Any) -> Any:
    try:
        value = reader(path)
    except DataError as error:
        checks.append(Check("file", path.name, FAIL, error.message))
        return None
    checks.append(Check("file", path.name, PASS, "read"))
    return value


def _article(path: Path) -> Article:
    return parse_article(read_text(path), path.stem)


def _facts(node: Any, prefix: str = "") -> Iterator[tuple[str, JSON]]:
    """Every table of the raw facts file that has evidence, with its path."""
    if not isinstance(node, dict):
        return
    for key, child in node.items():
        path = f"{prefix}{key}"
        if isinstance(child, dict) and "evidence" in child:
            yield path, child
        elif isinstance(child, dict):
            yield from _facts(child, f"{path}.")


def _quotes(raw: JSON, article: Article) -> list[Check]:
    checks = []
    for path, fact in _facts(raw):
        quotes = fact["evidence"] if isinstance(fact["evidence"], list) else []
        if not quotes:
            checks.append(
                Check("quote", path, FAIL, "no evidence: a fact needs at least one quote")
            )
        for i, quote in enumerate(quotes, start=1):
            subject = f"{path} evidence {i}"
            where = locate(article, quote) if isinstance(quote, str) else None
            if where is None:
                checks.append(Check("quote", subject, FAIL, f"not in the article: {quote!r}"))
            elif where.section is None:
                checks.append(Check("quote", subject, PASS, f"found in the {where.part} line"))
            else:
                found = f"found in {where.section}, paragraph {where.paragraph}, sentence {where.sentence}"
                checks.append(Check("quote", subject, PASS, found))
    return checks


def _schema(raw: JSON, article: Article, path: Path) -> list[Check]:
    from pydantic import ValidationError

    from sco_cli.models import Facts

    try:
        Facts.model_validate(raw, context={"article": article})
    except ValidationError as error:
        return [
            Check(
                "schema",
                ".".join(str(p) for p in e["loc"]),
                FAIL,
                e["msg"].removeprefix("Value error, "),
            )
            for e in error.errors(include_url=False)
            if not _reported_elsewhere(e["loc"], e["msg"])
        ] or [Check("schema", path.name, PASS, "only the quote faults above")]
    return [Check("schema", path.name, PASS, "every field has the right name and type")]


def _reported_elsewhere(loc: tuple[Any, ...], message: str) -> bool:
    """Missing quotes and note sources have checks of their own."""
    return "quote not found" in message or (
        len(loc) >= 3 and loc[-3:-2] == ("notes",) and loc[-1] == "sources"
    )


def _rows(checks: list[Check], path: Path, model_name: str) -> list[Any]:
    """Validate every row of a reference table; each row needs a source."""
    from sco_cli import models

    model = getattr(models, model_name)  # pydantic: only when verifying
    try:
        lines = read_text(path).splitlines()
    except DataError as error:
        checks.append(Check("file", path.name, FAIL, error.message))
        return []
    reader = csv.DictReader(lines, strict=True)
    try:
        return _validate_rows(checks, path, model, reader)
    except csv.Error as error:
        checks.append(Check("file", path.name, FAIL, f"line {reader.reader.line_num}: {error}"))
        return []


def _validate_rows(
    checks: list[Check], path: Path, model: Any, reader: csv.DictReader[str]
) -> list[Any]:
    from pydantic import ValidationError

    from sco_cli import models

    rows = []
    missing_source = 0
    for row in reader:
        subject = f"{path.name} line {reader.line_num}"
        problems = _source_problems(model, row)
        if problems:
            missing_source += 1
            checks += [Check("source", subject, FAIL, problem) for problem in problems]
            row = _sourced(model, row)  # still counted, so one fault is one failure
        try:
            rows.append(model.model_validate(row).model_dump(mode="json"))
        except ValidationError as error:
            e = error.errors(include_url=False)[0]
            field = ".".join(str(p) for p in e["loc"])
            checks.append(Check("schema", subject, FAIL, f"{field}: {e['msg']}"))
    if not missing_source:
        what = (
            "a source for each date they give (and a note where no in-force date)"
            if model is models.StatusEvent
            else "a source"
        )
        checks.append(
            Check("source", path.name, PASS, f"all {reader.line_num - 1} rows name {what}")
        )
    return rows


def _source_problems(model: Any, row: dict[str, str]) -> list[str]:
    from sco_cli import models

    if model is models.StatusEvent:
        return models.event_source_problems(row)
    return [] if (row.get("source") or "").strip() else ["no source"]


def _sourced(model: Any, row: dict[str, str]) -> dict[str, str]:
    """The row with placeholders where sources (or the note) are missing."""
    from sco_cli import models

    if model is not models.StatusEvent:
        return {**row, "source": "(missing)"}
    given = bool((row.get("in_force") or "").strip())
    return {
        **row,
        "source_decided": (row.get("source_decided") or "").strip() or "(missing)",
        "source_in_force": ((row.get("source_in_force") or "").strip() or "(missing)")
        if given
        else "",
        "note": (row.get("note") or "").strip() or "(missing)",
    }


def _counts(raw: JSON, events: list[StatusEventRow], rules: list[StatusRuleRow]) -> list[Check]:
    """The article's counts against the roster on its date, on both bases."""
    on = str(raw.get("article", {}).get("roster_as_of", ""))
    counts = {basis: count_by_status(roster_on(events, rules, on, basis)) for basis in BASES}
    checks = []
    for status, path in ARTICLE_COUNT_PATHS.items():
        node: Any = raw
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        stated = node.get("value") if isinstance(node, dict) else None
        found = [counts[basis][status] for basis in BASES]
        detail = (
            f"article {stated}, reference roster {found[0]} {status_label(status)}(s) in force "
            f"and {found[1]} by decision on {on}"
        )
        agree = all(stated == n for n in found)
        checks.append(Check("count", path, PASS if agree else FAIL, detail))
    return checks


def _iso_codes(events: list[StatusEventRow]) -> list[Check]:
    import pycountry

    checks = []
    for iso3, event in sorted({e["iso3"]: e for e in events}.items()):
        country = pycountry.countries.get(alpha_2=event["iso2"])
        subject = f"{event['country']} {event['iso2']} {iso3}"
        if country is None:
            checks.append(
                Check("iso", subject, FAIL, f"{event['iso2']} is not an ISO 3166-1 alpha-2 code")
            )
        elif country.alpha_3 != iso3:
            checks.append(
                Check(
                    "iso",
                    subject,
                    FAIL,
                    f"{event['iso2']} is {country.alpha_3} in ISO 3166-1, not {iso3}",
                )
            )
        else:
            checks.append(Check("iso", subject, PASS, f"ISO 3166-1: {country.name}"))
    return checks


def _summits(summits: list[SummitRow]) -> list[Check]:
    """Numbered 1, 2, 3 ... in the order they met, each host a real ISO 3166 country."""
    import pycountry

    if not summits:
        return []
    problems = summit_order_problems(summits)
    checks = [Check("summit", SUMMITS_FILE.split("/")[-1], FAIL, p) for p in problems]
    if not problems:
        detail = f"{len(summits)} summits numbered 1-{len(summits)} in the order they met"
        checks.append(Check("summit", SUMMITS_FILE.split("/")[-1], PASS, detail))
    for iso3 in sorted({s["iso3"] for s in summits}):
        country = pycountry.countries.get(alpha_3=iso3)
        subject = f"summit host {iso3}"
        if country is None:
            checks.append(Check("iso", subject, FAIL, f"{iso3} is not an ISO 3166-1 alpha-3 code"))
        else:
            checks.append(Check("iso", subject, PASS, f"ISO 3166-1: {country.name}"))
    return checks


def _notes(raw: JSON) -> list[Check]:
    checks = []
    for path, node in _with_notes(raw):
        for note in node["notes"]:
            if not isinstance(note, dict):
                continue
            sources = [s for s in note.get("sources", []) if isinstance(s, str) and s.strip()]
            verdict = note.get("verdict", "?")
            if not sources:
                checks.append(Check("note", path, FAIL, f"{verdict} note without a source"))
            else:
                checks.append(Check("note", path, NOTE, f"{verdict}: {note.get('text', '')}"))
    return checks


def _with_notes(node: Any, prefix: str = "") -> Iterator[tuple[str, JSON]]:
    if not isinstance(node, dict):
        return
    if isinstance(node.get("notes"), list):
        yield prefix.rstrip(".") or "(top level)", node
    for key, child in node.items():
        yield from _with_notes(child, f"{prefix}{key}.")
