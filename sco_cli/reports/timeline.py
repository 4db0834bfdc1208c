"""`sco timeline`: milestones, status changes and the article's own dated mentions."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from sco_cli.dataset import EVENTS_FILE, MILESTONES_FILE, RULES_FILE, SUMMITS_FILE, Dataset
from sco_cli.dates import span_of
from sco_cli.errors import NotFound
from sco_cli.query import JSON, fact_at
from sco_cli.reports import Report, versioned
from sco_cli.reports.members import Localizer, language
from sco_cli.roster import STATUSES, status_label

TIMELINE_FIELDS = ("date", "end_date", "source", "kind", "text", "sources")

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
    document = versioned(
        range={
            "from": _year(start),
            "to": _year(end),
            "from_date": start,
            "to_date": end,
        },
        reference={
            "files": [MILESTONES_FILE, SUMMITS_FILE, EVENTS_FILE, RULES_FILE],
            "as_of": dataset.reference_as_of,
        },
        entries=entries,
        **language(localize),
    )
    rows = [tuple(e[f] for f in TIMELINE_FIELDS) for e in entries]
    return Report(document, TIMELINE_FIELDS, rows, "timeline")


def _within(entry: JSON, start: str | None, end: str | None) -> bool:
    """Whether the entry (a day, a span of days, or a year where the article gives only a
    year) meets the range."""
    first = span_of(entry["date"])[0]
    last = span_of(entry["end_date"] or entry["date"])[1]
    return (start is None or last >= start) and (end is None or first <= end)


def _year(date: str | None) -> int | None:
    return None if date is None else int(date[:4])


def _entry(date: str, kind: str, text: str, sources: list[str], **extra: object) -> JSON:
    return {
        "date": date,
        "end_date": extra.pop("end_date", None),
        "source": extra.pop("source", "reference"),
        "kind": kind,
        "text": text,
        "sources": sources,
        **extra,
    }


def _milestones(dataset: Dataset) -> list[JSON]:
    return [
        _entry(m["date"], "milestone", m["event"], [m["source"]], end_date=m["end_date"])
        for m in dataset.milestones
    ]


FORMAT_WORDS = {"in-person": "in person", "virtual": "by video", "hybrid": "hybrid"}


def _summits(dataset: Dataset) -> list[JSON]:
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
        entries.append(
            _entry(item["start"], "summit", text, [item["source"]], end_date=end, summit=item)
        )
    return entries


def _status_changes(dataset: Dataset, localize: Localizer) -> list[JSON]:
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
        countries = []
        for e in events:
            country: JSON = {"country": e["country"], "iso2": e["iso2"], "iso3": e["iso3"]}
            country["status"] = status_label(e["status"])
            country["decided"] = e["decided"]
            country["in_force"] = e["in_force"] or None
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
        entries.append(_entry(date, kind, text, sources, countries=countries))
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


def _rule_changes(dataset: Dataset) -> list[JSON]:
    entries = []
    rules = sorted(dataset.rules, key=lambda r: (r["date"], r["event"]))
    for (date, event), group in groupby(rules, key=lambda r: (r["date"], r["event"])):
        same = list(group)
        moves = ", ".join(status_label(r["from_status"]) for r in same)
        text = f"{moves} → {status_label(same[0]['to_status'])}: {event}"
        sources = list(dict.fromkeys(r["source"] for r in same))
        entries.append(_entry(date, "rule", text, sources))
    return entries


def _article_mentions(dataset: Dataset) -> list[JSON]:
    entries = []
    for date_path, what_path in ARTICLE_MENTIONS:
        when = fact_at(dataset.facts, date_path)
        what = fact_at(dataset.facts, what_path)
        quote = what["evidence"][0]
        entries.append(
            _entry(
                str(when["value"]),
                "article",
                f"{what['label']}: “{quote['quote']}”",
                [f"article {dataset.article.id}"],
                source="article",
                path=date_path,
                evidence=when["evidence"],
            )
        )
    return entries
