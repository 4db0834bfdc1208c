"""`sco timeline`: milestones, status changes and the article's own dated mentions."""

from __future__ import annotations

from itertools import groupby

from sco_cli.dataset import EVENTS_FILE, MILESTONES_FILE, RULES_FILE, Dataset
from sco_cli.query import JSON, STATUSES, fact_at, status_label
from sco_cli.reports import Report, versioned
from sco_cli.reports.roster import Localizer

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
    start: int | None = None,
    end: int | None = None,
    localize: Localizer = None,
) -> Report:
    entries = _milestones(dataset) + _status_changes(dataset, localize) + _rule_changes(dataset)
    entries += _article_mentions(dataset)
    entries.sort(key=lambda e: (e["date"], e["source"] != "reference", e["kind"]))
    entries = [e for e in entries if _within(e["date"], start, end)]
    document = versioned(
        range={"from": start, "to": end},
        reference={
            "files": [MILESTONES_FILE, EVENTS_FILE, RULES_FILE],
            "as_of": dataset.reference_as_of,
        },
        entries=entries,
    )
    rows = [tuple(e[f] for f in TIMELINE_FIELDS) for e in entries]
    return Report(document, TIMELINE_FIELDS, rows, "timeline")


def _within(date: str, start: int | None, end: int | None) -> bool:
    year = int(date[:4])
    return (start is None or year >= start) and (end is None or year <= end)


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


def _status_changes(dataset: Dataset, localize: Localizer) -> list[JSON]:
    """The status events, one entry a date: who took which status, and why."""
    entries = []
    ordered = sorted(
        dataset.events, key=lambda e: (e["date"], STATUSES.index(e["status"]), e["country"])
    )
    for date, same_day in groupby(ordered, key=lambda e: e["date"]):
        events = list(same_day)
        countries = []
        for e in events:
            country: JSON = {"country": e["country"], "iso2": e["iso2"], "iso3": e["iso3"]}
            country["status"] = status_label(e["status"])
            if localize is not None:
                country["name_local"] = localize(e["country"], e["iso2"])
            countries.append(country)
        parts = []
        for status, group in groupby(countries, key=lambda c: c["status"]):
            names = ", ".join(c.get("name_local") or c["country"] for c in group)
            parts.append(f"{status}: {names}")
        occasions = sorted({e["event"].split(" (")[0] for e in events})
        text = "; ".join(parts) + f" ({'; '.join(occasions)})"
        sources = list(dict.fromkeys(e["source"] for e in events))
        entries.append(_entry(date, "status", text, sources, countries=countries))
    return entries


def _rule_changes(dataset: Dataset) -> list[JSON]:
    entries = []
    rules = sorted(dataset.rules, key=lambda r: (r["date"], r["event"]))
    for (date, event), group in groupby(rules, key=lambda r: (r["date"], r["event"])):
        same = list(group)
        moves = ", ".join(status_label(r["from_status"]) for r in same)
        text = f"{moves} -> {status_label(same[0]['to_status'])}: {event}"
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
