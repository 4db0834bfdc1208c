"""`sco members`: the reference roster on a date, beside the article's counts."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sco_cli.dataset import EVENTS_FILE, Dataset
from sco_cli.errors import NotFound
from sco_cli.query import (
    ARTICLE_COUNT_PATHS,
    JSON,
    STATUSES,
    StatusEventRow,
    count_by_status,
    country_history,
    fact_at,
    find_country,
    status_label,
)
from sco_cli.reports import Report, versioned

MEMBERS_FIELDS = ("status", "country", "iso2", "iso3", "since", "source", "event")
COUNT_FIELDS = ("status", "count")
HISTORY_FIELDS = ("date", "status", "event", "source")

LATEST = "latest"
# Turns an English country name and its ISO code into a name in another
# language (see sco_cli.names); None leaves names in English.
Localizer = Callable[[str, str], str] | None


def resolve_as_of(dataset: Dataset, as_of: str | None) -> tuple[str, str, str | None]:
    """The ISO date to compute the roster on, why that date, and a notice for stderr."""
    if as_of is None:
        return dataset.roster_as_of, "the article's time: the eve of the Tianjin summit", None
    if as_of == LATEST:
        return dataset.reference_as_of, "latest: the last date the reference covers", None
    if as_of < dataset.founded:
        raise NotFound(
            f"the SCO did not exist yet on {as_of} (it was founded on {dataset.founded})"
        )
    if as_of > dataset.reference_as_of:
        notice = (
            f"the reference covers events up to {dataset.reference_as_of}; "
            f"showing the last known state, which later changes may have altered"
        )
        return as_of, "as asked", notice
    return as_of, "as asked", None


def members(
    dataset: Dataset,
    *,
    as_of: str | None = None,
    statuses: Sequence[str] = (),
    count_only: bool = False,
    localize: Localizer = None,
) -> Report:
    on, reason, notice = resolve_as_of(dataset, as_of)
    roster = dataset.roster(on)
    counts = count_by_status(roster)
    at_article_time = on == dataset.roster_as_of
    wanted = [s for s in STATUSES if s in statuses] if statuses else list(STATUSES)
    groups: list[JSON] = []
    for status in wanted:
        countries = [_country(e, localize) for e in roster if e["status"] == status]
        article = _article_count(dataset, status) if at_article_time else None
        if not countries and article is None and not statuses:
            continue  # a status nobody held then ("partner" before 2025-09-01)
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
        as_of=on,
        as_of_reason=reason,
        notice=notice,
        reference={"file": EVENTS_FILE, "as_of": dataset.reference_as_of},
        groups=groups,
    )
    if count_only:
        totals = [(g["status"], g["count"]) for g in groups]
        # One status asked for: the number alone, as `wc -l` would print it.
        plain = f"{totals[0][1]}\n" if len(totals) == 1 else None
        return Report(document, COUNT_FIELDS, totals, "counts", plain=plain, notice=notice)
    columns = MEMBERS_FIELDS + (("name_local",) if localize is not None else ())
    rows = [(g["status"], *(c[f] for f in columns[1:])) for g in groups for c in g["countries"]]
    return Report(document, columns, rows, "members", notice=notice)


def _country(event: StatusEventRow, localize: Localizer) -> JSON:
    item: JSON = {
        "country": event["country"],
        "iso2": event["iso2"],
        "iso3": event["iso3"],
        "since": event["date"],
        "source": event["source"],
        "event": event["event"],
    }
    if localize is not None:
        item["name_local"] = localize(event["country"], event["iso2"])
    return item


def _article_count(dataset: Dataset, status: str) -> JSON | None:
    path = ARTICLE_COUNT_PATHS.get(status)
    if path is None:
        return None
    fact = fact_at(dataset.facts, path)
    return {"count": fact["value"], "path": path, "quote": fact["evidence"][0]["quote"]}


def history(dataset: Dataset, name: str, *, localize: Localizer = None) -> Report:
    """One country's status through the years, each change with its date and source."""
    country = find_country(dataset.events, name)
    changes = country_history(dataset.events, dataset.rules, country["iso3"])
    items = [
        {
            "date": e["date"],
            "status": status_label(e["status"]),
            "event": e["event"],
            "source": e["source"],
        }
        for e in changes
    ]
    identity: JSON = {"name": country["country"], "iso2": country["iso2"], "iso3": country["iso3"]}
    if localize is not None:
        identity["name_local"] = localize(country["country"], country["iso2"])
    document = versioned(
        country=identity,
        history=items,
        reference={"file": EVENTS_FILE, "as_of": dataset.reference_as_of},
    )
    rows = [tuple(item[f] for f in HISTORY_FIELDS) for item in items]
    return Report(document, HISTORY_FIELDS, rows, "history")
