"""`sco members`: the reference roster, beside the article's counts."""

from __future__ import annotations

from collections.abc import Sequence

from sco_cli.data import EVENTS_FILE, Dataset
from sco_cli.query import (
    ARTICLE_COUNT_PATHS,
    JSON,
    STATUSES,
    count_by_status,
    fact_at,
    status_label,
)
from sco_cli.reports import Report, versioned

MEMBERS_FIELDS = ("status", "country", "iso2", "iso3", "since", "source", "event")
COUNT_FIELDS = ("status", "count")


def members(dataset: Dataset, *, statuses: Sequence[str] = (), count_only: bool = False) -> Report:
    as_of = dataset.roster_as_of
    roster = dataset.roster(as_of)
    counts = count_by_status(roster)
    wanted = [s for s in STATUSES if s in statuses] if statuses else list(STATUSES)
    groups: list[JSON] = []
    for status in wanted:
        countries = [
            {
                "country": e["country"],
                "iso2": e["iso2"],
                "iso3": e["iso3"],
                "since": e["date"],
                "event": e["event"],
                "source": e["source"],
            }
            for e in roster
            if e["status"] == status
        ]
        article = _article_count(dataset, status)
        if not countries and article is None and not statuses:
            continue  # e.g. "partner", which did not exist yet on the article's date
        groups.append(
            {
                "status": status_label(status),
                "count": counts[status],
                "article": article,
                "matches_article": None if article is None else article["count"] == counts[status],
                "countries": countries,
            }
        )
    document = versioned(
        as_of=as_of,
        as_of_reason="the article's time: the eve of the Tianjin summit",
        reference={"file": EVENTS_FILE, "as_of": dataset.reference_as_of},
        groups=groups,
    )
    if count_only:
        totals = [(g["status"], g["count"]) for g in groups]
        # One status asked for: the number alone, as `wc -l` would print it.
        plain = f"{totals[0][1]}\n" if len(totals) == 1 else None
        return Report(document, COUNT_FIELDS, totals, "counts", plain=plain)
    rows = [
        (g["status"], c["country"], c["iso2"], c["iso3"], c["since"], c["source"], c["event"])
        for g in groups
        for c in g["countries"]
    ]
    return Report(document, MEMBERS_FIELDS, rows, "members")


def _article_count(dataset: Dataset, status: str) -> JSON | None:
    path = ARTICLE_COUNT_PATHS.get(status)
    if path is None:
        return None
    fact = fact_at(dataset.facts, path)
    return {"count": fact["value"], "path": path, "quote": fact["evidence"][0]["quote"]}
