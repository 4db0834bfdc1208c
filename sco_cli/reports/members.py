"""`sco members`: the reference roster on a date, on either basis, beside the article's counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeAlias

from sco_cli.dataset import EVENTS_FILE, Dataset
from sco_cli.errors import NotFound
from sco_cli.query import ARTICLE_COUNT_PATHS, JSON, fact_at
from sco_cli.reports import Report, versioned
from sco_cli.roster import (
    BASES,
    IN_FORCE,
    STATUSES,
    Basis,
    Holding,
    NameLookup,
    count_by_status,
    country_history,
    find_country,
    in_force_on,
    status_label,
)

if TYPE_CHECKING:
    from sco_cli.names import CountryNames

MEMBERS_FIELDS = (
    "status",
    "country",
    "iso2",
    "iso3",
    "since",
    "source",
    "event",
    "decided",
    "in_force",
    "pending",
)
COUNT_FIELDS = ("status", "count")
HISTORY_FIELDS = ("date", "status", "event", "source", "decided", "in_force", "source_in_force")

LATEST = "latest"
# Turns an English country name and its ISO code into a name in another
# language, and dates into its way of writing them (sco_cli.names, CLDR);
# None leaves names in English and dates in ISO form.
Localizer: TypeAlias = "CountryNames | None"


def language(localize: Localizer) -> JSON:
    """{'lang': 'zh-Hans'} when --lang was given (the views then write dates in it), else {}."""
    return {"lang": localize.tag} if localize is not None else {}


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
    basis: Basis = IN_FORCE,
    statuses: Sequence[str] = (),
    count_only: bool = False,
    localize: Localizer = None,
) -> Report:
    """The roster on a date on `basis`, grouped by status; beside it the statuses
    decided but not yet in force, and the counts on both bases."""
    on, reason, notice = resolve_as_of(dataset, as_of)
    roster = dataset.roster(on, basis)
    counts = {b: count_by_status(dataset.roster(on, b)) for b in BASES}
    pending = [
        _country(h, localize, pending=True)
        for h in dataset.pending(on)
        if not statuses or h["status"] in statuses
    ]
    at_article_time = on == dataset.roster_as_of
    wanted = [s for s in STATUSES if s in statuses] if statuses else list(STATUSES)
    groups: list[JSON] = []
    for status in wanted:
        countries = [
            _country(h, localize, pending=not in_force_on(h, on))
            for h in roster
            if h["status"] == status
        ]
        article = _article_count(dataset, status) if at_article_time else None
        if not countries and article is None and not statuses:
            continue  # a status nobody held then ("partner" before 2025-09-01)
        groups.append(
            {
                "status": status_label(status),
                "count": counts[basis][status],
                "article": article,
                "matches_article": None
                if article is None
                else article["count"] == counts[basis][status],
                "countries": countries,
            }
        )
    document = versioned(
        as_of=on,
        as_of_reason=reason,
        notice=notice,
        reference={"file": EVENTS_FILE, "as_of": dataset.reference_as_of},
        groups=groups,
        basis=status_label(basis),
        counts={
            status_label(b): {status_label(s): n for s, n in c.items()} for b, c in counts.items()
        },
        pending=pending if basis == IN_FORCE else [],
        **language(localize),
    )
    if count_only:
        totals = [(g["status"], g["count"]) for g in groups]
        # One status asked for: the number alone, as `wc -l` would print it.
        plain = f"{totals[0][1]}\n" if len(totals) == 1 else None
        return Report(document, COUNT_FIELDS, totals, "counts", plain=plain, notice=notice)
    columns = MEMBERS_FIELDS + (("name_local",) if localize is not None else ())
    listed = [(g["status"], c) for g in groups for c in g["countries"]]
    listed += [(c["status"], c) for c in document["pending"]]
    rows = [(status, *(c[f] for f in columns[1:])) for status, c in listed]
    return Report(document, columns, rows, "members", notice=notice)


def _country(holding: Holding, localize: Localizer, *, pending: bool) -> JSON:
    item: JSON = {
        "country": holding["country"],
        "iso2": holding["iso2"],
        "iso3": holding["iso3"],
        "since": holding["since"],
        "source": holding["source"],
        "event": holding["event"],
        "status": status_label(holding["status"]),
        "decided": holding["decided"],
        "in_force": holding["in_force"] or None,
        "source_decided": holding["source_decided"],
        "source_in_force": holding["source_in_force"] or None,
        "note": holding["note"] or None,
        "pending": pending,
    }
    if localize is not None:
        item["name_local"] = localize(holding["country"], holding["iso2"])
    return item


def _article_count(dataset: Dataset, status: str) -> JSON | None:
    path = ARTICLE_COUNT_PATHS.get(status)
    if path is None:
        return None
    fact = fact_at(dataset.facts, path)
    return {"count": fact["value"], "path": path, "quote": fact["evidence"][0]["quote"]}


def _other_names(localize: Localizer) -> NameLookup:
    """Names the roster does not spell, in CLDR's languages (and --lang's): loaded
    only when the roster's own names and codes found nothing."""
    extra = (localize.tag,) if localize is not None else ()

    def lookup(name: str) -> tuple[str, str] | None:
        from sco_cli.names import country_by_name

        return country_by_name(name, extra)

    return lookup


def history(dataset: Dataset, name: str, *, localize: Localizer = None) -> Report:
    """One country's status through the years, each change with both its dates and their sources."""
    country = find_country(dataset.events, name, lookup=_other_names(localize))
    changes = country_history(dataset.events, dataset.rules, country["iso3"])
    items = [
        {
            "date": h["decided"],
            "status": status_label(h["status"]),
            "event": h["event"],
            "source": h["source_decided"],
            "decided": h["decided"],
            "in_force": h["in_force"] or None,
            "source_in_force": h["source_in_force"] or None,
            "note": h["note"] or None,
        }
        for h in changes
    ]
    identity: JSON = {"name": country["country"], "iso2": country["iso2"], "iso3": country["iso3"]}
    if localize is not None:
        identity["name_local"] = localize(country["country"], country["iso2"])
    document = versioned(
        country=identity,
        history=items,
        reference={"file": EVENTS_FILE, "as_of": dataset.reference_as_of},
        **language(localize),
    )
    rows = [tuple(item[f] for f in HISTORY_FIELDS) for item in items]
    return Report(document, HISTORY_FIELDS, rows, "history")
