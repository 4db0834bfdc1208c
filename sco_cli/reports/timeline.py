"""`sco timeline`: milestones, status changes and the article's own dated mentions."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby
from typing import Annotated, Literal, NotRequired, TypedDict, cast

from sco_cli.commandline.dates import span_of
from sco_cli.dataset import EVENTS_FILE, MILESTONES_FILE, RULES_FILE, SUMMITS_FILE, Dataset
from sco_cli.dataset.query import fact_at
from sco_cli.dataset.roster import STATUSES, status_label
from sco_cli.errors import NotFound
from sco_cli.reports import LANG, SCHEMA_VERSION, Evidence, Localizer, Report, Versioned
from sco_cli.reports.summits import SummitItem

TIMELINE_FIELDS = ("date", "end_date", "source", "kind", "text", "sources")

Kind = Literal["milestone", "summit", "status", "in-force", "rule", "article"]


class TimelineCountry(TypedDict):
    country: str
    iso2: str
    iso3: str
    status: str
    decided: str
    in_force: str | None
    name_local: NotRequired[str]


class TimelineEntry(TypedDict):
    date: Annotated[str, "YYYY-MM-DD, or YYYY where the article gives a year only"]
    end_date: str | None
    source: Literal["article", "reference"]
    kind: Annotated[
        Kind,
        "summit: a meeting of the heads of state; status: a decision; "
        "in-force: statuses decided earlier take effect",
    ]
    text: str
    sources: list[str]
    countries: NotRequired[Annotated[list[TimelineCountry], "kinds status and in-force: who"]]
    path: NotRequired[Annotated[str, "kind article: the fact giving the date"]]
    summit: NotRequired[Annotated[SummitItem, "kind summit: the meeting"]]
    evidence: NotRequired[Annotated[list[Evidence], "kind article: its quotes"]]


YearRange = TypedDict(
    "YearRange",
    {
        "from": Annotated[int | None, "the year of from_date"],
        "to": Annotated[int | None, "the year of to_date"],
        "from_date": Annotated[str | None, "--from as a date: YYYY-MM-DD"],
        "to_date": Annotated[str | None, "--to as a date: YYYY-MM-DD"],
    },
)


class TimelineReference(TypedDict):
    files: list[str]
    as_of: str


class TimelineDoc(Versioned):
    document: Literal["timeline"]
    range: YearRange
    reference: TimelineReference
    entries: list[TimelineEntry]
    lang: NotRequired[Annotated[str, LANG]]


# The article's dated mentions: (fact giving the year, fact whose quote says what happened).
ARTICLE_MENTIONS = (
    ("development_strategy.astana_summit_year", "development_strategy.adopted_at"),
    ("summit.year", "summit.year"),
    ("source.date", "source.date"),
    ("development_strategy.horizon", "development_strategy.horizon"),
)


def timeline(
    dataset: Dataset,
    *,
    start: str | None = None,
    end: str | None = None,
    localize: Localizer = None,
) -> Report:
    entries = _milestones(dataset) + _summits(dataset) + _status_changes(dataset, localize)
    entries += _rule_changes(dataset)
    entries += _article_mentions(dataset)
    entries.sort(key=lambda e: (e["date"], e["source"] != "reference", e["kind"]))
    first, last = entries[0]["date"], max(e["end_date"] or e["date"] for e in entries)
    entries = [e for e in entries if _within(e, start, end)]
    if not entries:
        asked = " ".join(
            part for part in (start and f"from {start}", end and f"up to {end}") if part
        )
        raise NotFound(f"no entry {asked}: the timeline runs from {first} to {last}")
    document: TimelineDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "timeline",
        "range": {
            "from": _year(start),
            "to": _year(end),
            "from_date": start,
            "to_date": end,
        },
        "reference": {
            "files": [MILESTONES_FILE, SUMMITS_FILE, EVENTS_FILE, RULES_FILE],
            "as_of": dataset.reference_as_of,
        },
        "entries": entries,
    }
    if localize is not None:
        document["lang"] = localize.tag
    rows = [
        (e["date"], e["end_date"], e["source"], e["kind"], e["text"], e["sources"]) for e in entries
    ]
    return Report(document, TIMELINE_FIELDS, rows, "timeline")


def _within(entry: TimelineEntry, start: str | None, end: str | None) -> bool:
    """Whether the entry (a day, a span of days, or a year where the article gives only a
    year) meets the range."""
    first = span_of(entry["date"])[0]
    last = span_of(entry["end_date"] or entry["date"])[1]
    return (start is None or last >= start) and (end is None or first <= end)


def _year(date: str | None) -> int | None:
    return None if date is None else int(date[:4])


def _entry(
    date: str,
    kind: Kind,
    text: str,
    sources: list[str],
    *,
    end_date: str | None = None,
    source: Literal["article", "reference"] = "reference",
) -> TimelineEntry:
    return {
        "date": date,
        "end_date": end_date,
        "source": source,
        "kind": kind,
        "text": text,
        "sources": sources,
    }


def _milestones(dataset: Dataset) -> list[TimelineEntry]:
    return [
        _entry(m["date"], "milestone", m["event"], [m["source"]], end_date=m["end_date"])
        for m in dataset.milestones
    ]


FORMAT_WORDS = {"in-person": "in person", "virtual": "by video", "hybrid": "hybrid"}


def _summits(dataset: Dataset) -> list[TimelineEntry]:
    """Each meeting of the heads of state: its number, city, host and format."""
    from sco_cli.reports.summits import summit_item

    entries = []
    for summit in dataset.summits:
        item = summit_item(summit)
        text = (
            f"{item['ordinal_text']} SCO summit: {item['city']}, {item['country']} "
            f"({FORMAT_WORDS.get(item['format'], item['format'])})"
        )
        end = item["end"] if item["end"] != item["start"] else None
        entry = _entry(item["start"], "summit", text, [item["source"]], end_date=end)
        entry["summit"] = item
        entries.append(entry)
    return entries


def _status_changes(dataset: Dataset, localize: Localizer) -> list[TimelineEntry]:
    """The status events, one entry a date and step: the decisions on their day,
    and, where a status took effect later (a memorandum signed), that day too."""
    steps = [(e["decided"], "status", e) for e in dataset.events]
    steps += [
        (e["in_force"], "in-force", e)
        for e in dataset.events
        if e["in_force"] and e["in_force"] != e["decided"]
    ]
    steps.sort(key=lambda s: (s[0], s[1], STATUSES.index(s[2]["status"]), s[2]["country"]))
    entries = []
    for (date, kind), same in groupby(steps, key=lambda s: (s[0], s[1])):
        events = [e for _, _, e in same]
        countries: list[TimelineCountry] = []
        for e in events:
            country: TimelineCountry = {
                "country": e["country"],
                "iso2": e["iso2"],
                "iso3": e["iso3"],
                "status": status_label(e["status"]),
                "decided": e["decided"],
                "in_force": e["in_force"] or None,
            }
            if localize is not None:
                country["name_local"] = localize(e["country"], e["iso2"])
            countries.append(country)
        parts = []
        for status, group in groupby(countries, key=lambda c: c["status"]):
            names = ", ".join(c.get("name_local") or c["country"] for c in group)
            parts.append(f"{status}: {names}")
        if kind == "status":
            occasions = sorted({_occasion(e["event"]) for e in events})
            pending = [c["country"] for c in countries if c["in_force"] is None]
            later = [c for c in countries if c["in_force"] not in (None, date)]
            text = "; ".join(parts) + f" ({'; '.join(occasions)})"
            if later:
                text += "; in force later, when " + (
                    "its memorandum was signed" if len(later) == 1 else "each signed its memorandum"
                )
            if pending:
                text += f"; not yet in force: {', '.join(pending)}"
            sources = _sources(e["source_decided"] for e in events)
        else:
            text = "in force: " + "; ".join(parts) + " (memorandum signed)"
            sources = _sources(e["source_in_force"] for e in events)
        entry = _entry(date, cast(Kind, kind), text, sources)
        entry["countries"] = countries
        entries.append(entry)
    return entries


def _occasion(event: str) -> str:
    """'Ufa summit decision; memorandum signed ... (...)' -> 'Ufa summit decision'."""
    return event.split(";")[0].split(" (")[0].strip()


def _sources(fields: Iterable[str]) -> list[str]:
    """Each source once, in order; a field may hold several, separated by ' ; '."""
    found: dict[str, None] = {}
    for field in fields:
        for source in field.split(" ; "):
            if source.strip():
                found.setdefault(source.strip(), None)
    return list(found)


def _rule_changes(dataset: Dataset) -> list[TimelineEntry]:
    entries = []
    rules = sorted(dataset.rules, key=lambda r: (r["date"], r["event"]))
    for (date, event), group in groupby(rules, key=lambda r: (r["date"], r["event"])):
        same = list(group)
        moves = ", ".join(status_label(r["from_status"]) for r in same)
        text = f"{moves} → {status_label(same[0]['to_status'])}: {event}"
        sources = list(dict.fromkeys(r["source"] for r in same))
        entries.append(_entry(date, "rule", text, sources))
    return entries


def _article_mentions(dataset: Dataset) -> list[TimelineEntry]:
    entries = []
    for date_path, what_path in ARTICLE_MENTIONS:
        when = fact_at(dataset.facts, date_path)
        what = fact_at(dataset.facts, what_path)
        quote = what["evidence"][0]
        entry = _entry(
            str(when["value"]),
            "article",
            f"{what['label']}: “{quote['quote']}”",
            [f"article {dataset.article.id}"],
            source="article",
        )
        entry["path"] = date_path
        entry["evidence"] = when["evidence"]
        entries.append(entry)
    return entries
