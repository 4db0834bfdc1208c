"""Every check of the data, written once.

`run()` walks the data and yields one Check per thing it checks: every file
read, every quote, the facts' schema, every reference row (its fields, its
source, no duplicates), every count, every ISO code, every note. Loading
(`validate`) stops at the first failure and says it in one line (exit 3);
`sco verify` (`verify`) collects them all. A failure's detail is the loading
message itself, with the file relative to the data directory, so the two
always name the same file, field or line.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, Literal, NamedTuple, cast

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from sco_cli.article.parse import Article, locate, parse_article
from sco_cli.dataset import models
from sco_cli.dataset.files import article_file, read_text, read_toml
from sco_cli.dataset.layout import (
    DATA_DIR_ENV,
    EVENTS_FILE,
    FACTS_FILE,
    MILESTONES_FILE,
    PUBLISHED_FILE,
    RULES_FILE,
    SUMMITS_FILE,
    Dataset,
    data_dir,
)
from sco_cli.dataset.published import PublishedRow, matching_bases
from sco_cli.dataset.query import ARTICLE_COUNT_PATHS, JSON, MilestoneRow
from sco_cli.dataset.roster import (
    BASES,
    BASIS_WORDS,
    StatusEventRow,
    StatusRuleRow,
    count_by_status,
    roster_on,
    status_label,
)
from sco_cli.dataset.summits import SummitRow, summit_order_problems
from sco_cli.errors import DataError

Status = Literal["pass", "fail", "note"]
PASS: Literal["pass"] = "pass"  # noqa: S105 - a check's status, not a password
FAIL: Literal["fail"] = "fail"
NOTE: Literal["note"] = "note"


class Check(NamedTuple):
    check: str  # file, quote, schema, source, duplicate, count, iso, note
    subject: str  # what was checked: a fact path, a file and line, a country
    status: Status
    detail: str  # for a failure: the loading message, the file relative to the data directory


class Table(NamedTuple):
    """The valid rows of a reference table, each with its line in the file."""

    rows: list[JSON]
    lines: list[int]


class Found:
    """What the checks validated on their way, for loading to build the Dataset from."""

    def __init__(self) -> None:
        self.article: Article | None = None
        self.facts: JSON | None = None
        self.tables: dict[str, Table] = {}


def validate(directory: str | None = None) -> Dataset:
    """The validated data; the first failing check stops it (DataError: one line, exit 3)."""
    base = directory if directory is not None else data_dir()
    found = Found()
    for check in run(base, found):
        if check.status == FAIL:
            raise DataError(message(base, check))
    return Dataset(  # no check failed, so every part was found
        article=cast(Article, found.article),
        facts=cast(JSON, found.facts),
        events=tuple(cast(StatusEventRow, r) for r in found.tables[EVENTS_FILE].rows),
        rules=tuple(cast(StatusRuleRow, r) for r in found.tables[RULES_FILE].rows),
        milestones=tuple(cast(MilestoneRow, r) for r in found.tables[MILESTONES_FILE].rows),
        data_dir=str(base),
        summits=tuple(cast(SummitRow, r) for r in found.tables[SUMMITS_FILE].rows),
        published=tuple(cast(PublishedRow, r) for r in found.tables[PUBLISHED_FILE].rows),
    )


def verify(directory: str | None = None) -> list[Check]:
    """Every check, whether it holds or not (`sco verify`)."""
    return list(run(directory if directory is not None else data_dir(), Found()))


def message(directory: str, check: Check) -> str:
    """A failure as loading says it: the detail, with the data directory in front."""
    if Path(check.detail).is_absolute():
        return check.detail
    return f"{Path(directory)}{os.sep}{check.detail}"


def run(directory: str, found: Found) -> Iterator[Check]:
    base = Path(directory)
    if not base.is_dir():
        detail = f"{base}: data directory not found (set {DATA_DIR_ENV} to one)"
        yield Check("file", str(base), FAIL, detail)
        return
    raw = yield from _read(base, FACTS_FILE, read_toml)
    if raw is not None:
        found.article = yield from _article(base, raw)
    if raw is not None and found.article is not None:
        yield from _quotes(raw, found.article)
        yield from _schema(raw, found)
    for name, model, unique in (
        (EVENTS_FILE, models.StatusEvent, ("decided", "iso3")),
        (RULES_FILE, models.StatusRule, ()),
        (MILESTONES_FILE, models.Milestone, ()),
        (SUMMITS_FILE, models.SummitMeeting, ("ordinal",)),
        (PUBLISHED_FILE, models.PublishedCount, ("date", "source")),
    ):
        found.tables[name] = yield from _table(base, name, model, unique)
    events = found.tables[EVENTS_FILE]
    if raw is not None and events.rows:
        yield from _counts(raw, events.rows, found.tables[RULES_FILE].rows)
    yield from _iso_codes(events)
    yield from _readings(events)
    yield from _summits(found.tables[SUMMITS_FILE].rows)
    yield from _published(found.tables[PUBLISHED_FILE], events.rows, found.tables[RULES_FILE].rows)
    if raw is not None:
        yield from _notes(raw)


def _fail(check: str, subject: str, base: Path, error: DataError) -> Check:
    """A failure from a DataError whose message starts with a path under `base`."""
    return Check(check, subject, FAIL, error.message.removeprefix(f"{base}{os.sep}"))


def _read(base: Path, name: str, reader: Any) -> Generator[Check, None, Any]:
    path = base / name
    try:
        value = reader(path)
    except DataError as error:
        yield _fail("file", path.name, base, error)
        return None
    yield Check("file", path.name, PASS, "read")
    return value


def _article(base: Path, raw: JSON) -> Generator[Check, None, Article | None]:
    try:
        path = article_file(raw, base / FACTS_FILE)
    except DataError as error:
        yield _fail("file", "article", base, error)
        return None
    try:
        article = parse_article(read_text(path), path.stem)
    except DataError as error:
        prefix = "" if error.message.startswith(str(path)) else f"{path}: "
        yield _fail("file", path.name, base, DataError(prefix + error.message))
        return None
    yield Check("file", path.name, PASS, "read")
    return article


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


def _quotes(raw: JSON, article: Article) -> Iterator[Check]:
    for path, fact in _facts(raw):
        quotes = fact["evidence"] if isinstance(fact["evidence"], list) else []
        if not quotes:
            detail = f"{FACTS_FILE}: {path}.evidence: no evidence: a fact needs at least one quote"
            yield Check("quote", path, FAIL, detail)
        for i, quote in enumerate(quotes, start=1):
            subject = f"{path} evidence {i}"
            where = locate(article, quote) if isinstance(quote, str) else None
            if where is None:
                reason = models.quote_not_found(str(quote))
                yield Check(
                    "quote", subject, FAIL, f"{FACTS_FILE}: {path}.evidence.{i - 1}: {reason}"
                )
            elif where.section is None:
                yield Check("quote", subject, PASS, f"found in the {where.part} line")
            else:
                found = f"found in {where.section}, paragraph {where.paragraph}, sentence {where.sentence}"
                yield Check("quote", subject, PASS, found)


def _schema(raw: JSON, found: Found) -> Iterator[Check]:
    try:
        facts = models.Facts.model_validate(raw, context={"article": found.article})
    except ValidationError as error:
        own = [e for e in error.errors(include_url=False) if not _reported_elsewhere(e)]
        for i, e in enumerate(own):
            more = f" (and {len(own) - 1} more)" if i == 0 and len(own) > 1 else ""
            detail = f"{FACTS_FILE}: {_where(e)}{more}"
            yield Check("schema", _field(e), FAIL, detail)
        if not own:
            yield Check("schema", FACTS_FILE, PASS, "only the quote faults above")
        return
    found.facts = facts.model_dump(mode="json")
    yield Check("schema", FACTS_FILE, PASS, "every field has the right name and type")


def _reported_elsewhere(error: ErrorDetails) -> bool:
    """Quotes (missing, or no evidence at all) and note sources have checks of their own."""
    loc = error["loc"]
    return (
        "quote not found" in error["msg"]
        or (loc[-1:] == ("evidence",) and error["type"] in ("list_type", "too_short"))
        or (len(loc) >= 3 and loc[-3:-2] == ("notes",) and loc[-1] == "sources")
    )


def _field(error: ErrorDetails) -> str:
    return ".".join(str(part) for part in error["loc"]) or "(top level)"


def _reason(error: ErrorDetails) -> str:
    if error["type"] == "extra_forbidden":
        return "unknown field"
    return error["msg"].removeprefix("Value error, ")


def _where(error: ErrorDetails) -> str:
    """'field: reason'; a check across fields names its field itself."""
    reason = _reason(error)
    if not error["loc"] and reason.split(":")[0].isidentifier():
        return reason
    return f"{_field(error)}: {reason}"


def _table(
    base: Path, name: str, model: type[BaseModel], unique: tuple[str, ...]
) -> Generator[Check, None, Table]:
    """A reference table: readable, the header's columns, every row valid, with a
    source, and (where `unique` names a key) no row twice."""
    table = Table([], [])
    path = base / name
    try:
        lines = read_text(path).splitlines()
    except DataError as error:
        yield _fail("file", path.name, base, error)
        return table
    reader = csv.DictReader(lines, strict=True)
    try:
        yield from _rows(reader, name, model, unique, table)
    except csv.Error as error:
        # DictReader's own line_num lags a row that failed to parse; its reader's does not.
        detail = f"{name}: line {reader.reader.line_num}: {error}"
        yield Check("file", path.name, FAIL, detail)
    return table


def _rows(
    reader: csv.DictReader[str],
    name: str,
    model: type[BaseModel],
    unique: tuple[str, ...],
    table: Table,
) -> Iterator[Check]:
    file = name.rsplit("/", 1)[-1]
    if not reader.fieldnames:
        yield Check("file", file, FAIL, f"{name}: empty file (a header line is required)")
        return
    missing = [column for column in model.model_fields if column not in reader.fieldnames]
    if missing:
        detail = f"{name}: line 1: missing column(s): {', '.join(missing)}"
        yield Check("file", file, FAIL, detail)
        return
    seen: dict[tuple[Any, ...], int] = {}
    count = missing_source = 0
    for row in reader:
        count += 1
        line = reader.line_num
        subject = f"{file} line {line}"
        if None in row:
            yield Check(
                "schema", subject, FAIL, f"{name}: line {line}: more fields than the header has"
            )
            continue
        # A missing source is a check of its own; the row is then validated (and
        # counted) with a placeholder, so that one fault is one failure.
        problems = _source_problems(model, row)
        candidate = _sourced(model, row) if problems else row
        try:
            valid = model.model_validate(candidate).model_dump(mode="json")
            errors = []
        except ValidationError as error:
            errors = error.errors(include_url=False)
        problems += [_where(e) for e in errors if e["loc"] == ("source",)]
        others = [e for e in errors if e["loc"] != ("source",)]
        if problems:
            missing_source += 1
            for problem in problems:
                yield Check("source", subject, FAIL, f"{name}: line {line}, {problem}")
        if others:
            more = f" (and {len(others) - 1} more)" if len(others) > 1 else ""
            detail = f"{name}: line {line}, {_where(others[0])}{more}"
            yield Check("schema", subject, FAIL, detail)
            continue
        if errors:  # only the source was missing
            valid = model.model_validate(_sourced(model, row)).model_dump(mode="json")
        key = tuple(valid[column] for column in unique)
        if unique and key in seen:
            detail = (
                f"{name}: line {line}: duplicate of line {seen[key]} "
                f"({', '.join(unique)} = {', '.join(map(str, key))})"
            )
            yield Check("duplicate", subject, FAIL, detail)
            continue
        seen[key] = line
        table.rows.append(valid)
        table.lines.append(line)
    if not count:
        yield Check("file", file, FAIL, f"{name}: no rows")
    if not missing_source:
        what = (
            "a source for each date they give (and a note where no in-force date)"
            if model is models.StatusEvent
            else "a source"
        )
        yield Check("source", file, PASS, f"all {reader.line_num - 1} rows name {what}")


def _source_problems(model: type[BaseModel], row: dict[str, str]) -> list[str]:
    """What a status event lacks: a source for each date, a note for no in-force date."""
    return models.event_source_problems(row) if model is models.StatusEvent else []


def _sourced(model: type[BaseModel], row: dict[str, str]) -> dict[str, str]:
    """The row with placeholders where sources (or the note) are missing."""
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


def _counts(raw: JSON, events: list[JSON], rules: list[JSON]) -> Iterator[Check]:
    """The article's counts must be the reference roster's on the article's date,
    in force and by decision."""
    on = str(raw.get("article", {}).get("roster_as_of", ""))
    typed_events = [cast(StatusEventRow, e) for e in events]
    typed_rules = [cast(StatusRuleRow, r) for r in rules]
    counts = {
        basis: count_by_status(roster_on(typed_events, typed_rules, on, basis)) for basis in BASES
    }
    for status, path in ARTICLE_COUNT_PATHS.items():
        node: Any = raw
        for key in path.split("."):
            node = node.get(key, {}) if isinstance(node, dict) else {}
        stated = node.get("value") if isinstance(node, dict) else None
        label = status_label(status)
        wrong = [basis for basis in BASES if counts[basis][status] != stated]
        if not wrong:
            found = [counts[basis][status] for basis in BASES]
            detail = (
                f"article {stated}, reference roster {found[0]} {label}(s) in force "
                f"and {found[1]} by decision on {on}"
            )
            yield Check("count", path, PASS, detail)
        else:
            basis = wrong[0]
            detail = (
                f"{FACTS_FILE}: {path}: the article says {stated}, but the reference roster "
                f"has {counts[basis][status]} {label}(s) {BASIS_WORDS[basis]} on {on}"
            )
            yield Check("count", path, FAIL, detail)


def _iso_codes(events: Table) -> Iterator[Check]:
    import pycountry

    latest = {e["iso3"]: (e, line) for e, line in zip(events.rows, events.lines, strict=True)}
    for iso3, (event, line) in sorted(latest.items()):
        country = pycountry.countries.get(alpha_2=event["iso2"])
        subject = f"{event['country']} {event['iso2']} {iso3}"
        where = f"{EVENTS_FILE}: line {line}"
        if country is None:
            detail = f"{where}: {event['iso2']} is not an ISO 3166-1 alpha-2 code"
            yield Check("iso", subject, FAIL, detail)
        elif country.alpha_3 != iso3:
            detail = f"{where}: {event['iso2']} is {country.alpha_3} in ISO 3166-1, not {iso3}"
            yield Check("iso", subject, FAIL, detail)
        else:
            yield Check("iso", subject, PASS, f"ISO 3166-1: {country.name}")


def _summits(summits: list[JSON]) -> Iterator[Check]:
    """Numbered 1, 2, 3 ... in the order they met, each host a real ISO 3166 country."""
    import pycountry

    if not summits:
        return
    file = SUMMITS_FILE.rsplit("/", 1)[-1]
    problems = summit_order_problems([cast(SummitRow, s) for s in summits])
    for problem in problems:
        yield Check("summit", file, FAIL, f"{SUMMITS_FILE}: {problem}")
    if not problems:
        detail = f"{len(summits)} summits numbered 1-{len(summits)} in the order they met"
        yield Check("summit", file, PASS, detail)
    for iso3 in sorted({s["iso3"] for s in summits}):
        country = pycountry.countries.get(alpha_3=iso3)
        subject = f"summit host {iso3}"
        if country is None:
            detail = f"{SUMMITS_FILE}: {iso3} is not an ISO 3166-1 alpha-3 code"
            yield Check("iso", subject, FAIL, detail)
        else:
            yield Check("iso", subject, PASS, f"ISO 3166-1: {country.name}")


def _notes(raw: JSON) -> Iterator[Check]:
    for path, node in _with_notes(raw):
        for i, note in enumerate(node["notes"]):
            if not isinstance(note, dict):
                continue
            sources = [s for s in note.get("sources", []) if isinstance(s, str) and s.strip()]
            verdict = note.get("verdict", "?")
            if not sources:
                where = f"{path}.notes.{i}" if path != "(top level)" else f"notes.{i}"
                detail = f"{FACTS_FILE}: {where}.sources: a {verdict} note needs a source"
                yield Check("note", path, FAIL, detail)
            else:
                yield Check("note", path, NOTE, f"{verdict}: {note.get('text', '')}")


def _with_notes(node: Any, prefix: str = "") -> Iterator[tuple[str, JSON]]:
    if not isinstance(node, dict):
        return
    if isinstance(node.get("notes"), list):
        yield prefix.rstrip(".") or "(top level)", node
    for key, child in node.items():
        yield from _with_notes(child, f"{prefix}{key}.")


def _published(table: Table, events: list[JSON], rules: list[JSON]) -> Iterator[Check]:
    """Each published count's `matches` must say which basis of the reference roster it
    agrees with on its date; one that matches neither must say why in its note."""
    if not table.rows or not events:
        return
    typed_events = [cast(StatusEventRow, e) for e in events]
    typed_rules = [cast(StatusRuleRow, r) for r in rules]
    file = PUBLISHED_FILE.rsplit("/", 1)[-1]
    wrong = 0
    for row, line in zip(table.rows, table.lines, strict=True):
        published = cast(PublishedRow, row)
        counts = {
            basis: count_by_status(roster_on(typed_events, typed_rules, published["date"], basis))
            for basis in BASES
        }
        found = matching_bases(published, counts)
        where = f"{PUBLISHED_FILE}: line {line}"
        if found != published["matches"]:
            wrong += 1
            detail = (
                f"{where}, matches: says {published['matches']}, the reference roster gives {found}"
            )
            yield Check("published", f"{file} line {line}", FAIL, detail)
        elif found != "both" and not published["note"]:
            wrong += 1
            detail = f"{where}, note: a count that differs from a basis must say why"
            yield Check("published", f"{file} line {line}", FAIL, detail)
    if not wrong:
        detail = f"{len(table.rows)} published counts, each matched against both bases"
        yield Check("published", file, PASS, detail)


def _readings(events: Table) -> Iterator[Check]:
    """Where sources disagree: the rows that keep another reading (loading has checked
    each names its date and source), said once so `sco verify` shows them."""
    disputed = [e for e in events.rows if e.get("disputed")]
    if disputed:
        names = ", ".join(f"{e['country']} ({e['disputed']})" for e in disputed)
        detail = f"{len(disputed)} rows keep another reading with its source: {names}"
        yield Check("reading", EVENTS_FILE.rsplit("/", 1)[-1], PASS, detail)
