"""`sco members`: the reference roster on a date, on either basis, beside the article's
counts; one country's history; the counts at every change (--history)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Annotated, Literal, NotRequired, TypedDict, cast

from sco_cli.commandline.dates import LATEST
from sco_cli.dataset import EVENTS_FILE, RULES_FILE, Dataset
from sco_cli.dataset.query import ARTICLE_COUNT_PATHS, fact_at
from sco_cli.dataset.roster import (
    BASES,
    DECISION,
    IN_FORCE,
    STATUSES,
    Basis,
    Holding,
    NameLookup,
    StatusEventRow,
    count_by_status,
    country_history,
    effective,
    find_country,
    fold_name,
    in_force_on,
    status_label,
)
from sco_cli.errors import NotFound, UnknownName
from sco_cli.reports import (  # Localizer and LANG: also imported from here
    LANG,
    SCHEMA_VERSION,
    Localizer,
    ReferenceNote,
    Report,
    Versioned,
)

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
    "first_status",
    "first_since",
)
COUNT_FIELDS = ("status", "count")
LANG_FIELDS = ("name_local",)  # with --lang
HISTORY_FIELDS = (
    "country",
    "date",
    "status",
    "event",
    "source",
    "decided",
    "in_force",
    "source_in_force",
)
# Every field `sco members` can print, in one mode or another (--fields, --help, completion).
ALL_FIELDS = tuple(dict.fromkeys(MEMBERS_FIELDS + HISTORY_FIELDS + COUNT_FIELDS + LANG_FIELDS))


class ArticleCount(TypedDict):
    count: int
    path: str
    quote: str


class Country(TypedDict):
    country: str
    iso2: str
    iso3: str
    since: Annotated[
        str,
        "The date it holds this status from on the basis asked for: in force "
        "(YYYY-MM-DD, or YYYY-MM: from that month's last day) or decided",
    ]
    source: Annotated[str, "The source of `since`"]
    event: str
    status: str
    decided: Annotated[str, "The date of the decision that gave it this status"]
    in_force: Annotated[
        str | None, "YYYY-MM-DD or YYYY-MM (from that month's last day); null: not yet in force"
    ]
    source_decided: str
    source_in_force: str | None
    note: Annotated[str | None, "What the reference says is uncertain"]
    pending: Annotated[bool, "Decided on the date asked for, but not yet in force"]
    first_status: Annotated[str | None, "The first SCO status it held"]
    first_since: Annotated[
        str | None,
        "The date it first held an SCO status, on the basis asked for, as the reference "
        "writes it (YYYY-MM where it knows the month only)",
    ]
    name_local: NotRequired[Annotated[str, "With --lang: the name in that language"]]


class StatusGroup(TypedDict):
    status: str
    count: Annotated[int, "How many countries the reference roster has"]
    article: Annotated[ArticleCount | None, "The article's own count, if it gives one"]
    matches_article: bool | None
    countries: list[Country]


BasisLabel = Literal["in-force", "decision"]


class PublishedCount(TypedDict):
    """A count published on the date asked for (data/reference/sco-published-counts.csv)."""

    date: str
    members: int | None
    observers: int | None
    dialogue_partners: int | None
    partners: int | None
    total: Annotated[int | None, "Members and partners together"]
    matches: Annotated[
        str, "The basis of the reference roster it agrees with: both, in-force, decision or neither"
    ]
    out_of_date: Annotated[str, "yes: stale when it was published"]
    source: str
    quote: str
    note: Annotated[str, "Why it differs from a basis"]


class MembersDoc(Versioned):
    document: Literal["members"]
    as_of: str
    as_of_reason: str
    notice: Annotated[str | None, "A caveat, such as a date past the reference's end"]
    reference: ReferenceNote
    groups: list[StatusGroup]
    basis: Annotated[BasisLabel, "What the groups count"]
    counts: Annotated[
        dict[BasisLabel, dict[str, int]], "How many hold each status on that date, on each basis"
    ]
    pending: Annotated[
        list[Country],
        "Basis in-force: the statuses decided by that date, not yet in force "
        "(not counted in the groups)",
    ]
    published: Annotated[list[PublishedCount], "Counts published on that date, with sources"]
    lang: NotRequired[Annotated[str, LANG]]


class StatusCount(TypedDict):
    status: str
    count: Annotated[int, "How many countries the reference roster has"]
    article: Annotated[ArticleCount | None, "The article's own count, if it gives one"]
    matches_article: bool | None


class CountsDoc(Versioned):
    """`sco members --count`: the counts, not the roster."""

    document: Literal["members-counts"]
    as_of: str
    as_of_reason: str
    notice: Annotated[str | None, "A caveat, such as a date past the reference's end"]
    reference: ReferenceNote
    basis: Annotated[BasisLabel, "What the statuses count"]
    counts: Annotated[
        dict[BasisLabel, dict[str, int]], "How many hold each status on that date, on each basis"
    ]
    pending: Annotated[
        list[Country],
        "Basis in-force: the statuses decided by that date, not yet in force (not counted)",
    ]
    published: Annotated[list[PublishedCount], "Counts published on that date, with sources"]
    lang: NotRequired[Annotated[str, LANG]]
    statuses: Annotated[list[StatusCount], "The counts printed, one a status"]


class CountryName(TypedDict):
    name: str
    iso2: str
    iso3: str
    name_local: NotRequired[str]


class StatusChange(TypedDict):
    country: Annotated[str, "The country's name in English"]
    date: Annotated[str, "The date of the decision (as `decided`)"]
    status: str
    event: str
    source: Annotated[str, "The source of the decision"]
    decided: str
    in_force: Annotated[
        str | None, "YYYY-MM-DD or YYYY-MM (from that month's last day); null: not yet in force"
    ]
    source_in_force: str | None
    note: str | None
    name_local: NotRequired[Annotated[str, "With --lang: the name in that language"]]


class CountryHistory(TypedDict):
    country: CountryName
    history: list[StatusChange]


class HistoryDoc(Versioned):
    """`sco members --country NAME...`."""

    document: Literal["members-history"]
    country: Annotated[CountryName, "The first country asked for"]
    history: Annotated[list[StatusChange], "The first country's history"]
    histories: Annotated[list[CountryHistory], "One history a --country, in order"]
    as_of: Annotated[str | None, "--as-of: the histories end on this date"]
    reference: ReferenceNote
    lang: NotRequired[Annotated[str, LANG]]


class GrowthChange(TypedDict):
    date: Annotated[str, "A date the roster changed"]
    event: Annotated[str, "The summit or event of that date"]
    counts: Annotated[dict[str, int], "How many countries held each status after it"]
    total: int


class GrowthReference(TypedDict):
    files: list[str]
    as_of: Annotated[str, "The last date the reference covers"]


class GrowthDoc(Versioned):
    """`sco members --history`."""

    document: Literal["members-growth"]
    basis: Annotated[str, "in-force or decision: what the counts count"]
    reference: GrowthReference
    changes: list[GrowthChange]


# `sco members` lists the roster; with --count, the counts; with --country,
# histories; with --history, the counts by status at every change.
MembersOutput = MembersDoc | CountsDoc | HistoryDoc | GrowthDoc


def language(localize: Localizer) -> dict[str, str]:
    """{'lang': 'zh-Hans'} when --lang was given (the views then write dates in it), else {}."""
    return {"lang": localize.tag} if localize is not None else {}


def resolve_as_of(dataset: Dataset, as_of: str | None) -> tuple[str, str, str | None]:
    """The ISO date to compute the roster on, why that date, and a notice for stderr."""
    if as_of is None:
        on = dataset.roster_as_of
        reason = "the article's time: the eve of the Tianjin summit"
        change = change_soon_after(dataset, on)  # said in the view and the JSON, not on stderr
        return on, f"{reason}; {change}" if change else reason, None
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
    # A status asked for by --role that nobody could hold then: say so (all of them: exit 1).
    missing = {s: why for s in statuses if (why := status_absent(dataset, s, on))}
    if missing and len(missing) == len(statuses):
        raise NotFound("; ".join(missing.values()))
    if missing:
        notice = "; ".join([*([notice] if notice else []), *missing.values()])
        statuses = [s for s in statuses if s not in missing]
    first = _first_status(dataset, basis)
    roster = dataset.roster(on, basis)
    counts = {b: count_by_status(dataset.roster(on, b)) for b in BASES}
    pending = [
        _country(h, localize, first, pending=True)
        for h in dataset.pending(on)
        if not statuses or h["status"] in statuses
    ]
    at_article_time = on == dataset.roster_as_of
    wanted = [s for s in STATUSES if s in statuses] if statuses else list(STATUSES)
    groups: list[StatusGroup] = []
    for status in wanted:
        countries = [
            _country(h, localize, first, pending=not in_force_on(h, on))
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
    from sco_cli.dataset.published import beside, on_date

    published = on_date(dataset.published, on)
    differing = beside(published, on, counts, basis)
    if differing:  # the figures published that day, beside the reference's own
        notice = "; ".join([*([notice] if notice else []), *differing])
    document: MembersDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "members",
        "as_of": on,
        "as_of_reason": reason,
        "notice": notice,
        "reference": {"file": EVENTS_FILE, "as_of": dataset.reference_as_of},
        "groups": groups,
        "basis": cast(BasisLabel, status_label(basis)),
        "counts": {
            cast(BasisLabel, status_label(b)): {status_label(s): n for s, n in c.items()}
            for b, c in counts.items()
        },
        "pending": pending if basis == IN_FORCE else [],
        "published": [cast(PublishedCount, dict(row)) for row in published],
    }
    if localize is not None:
        document["lang"] = localize.tag
    if count_only:
        # --count --json is the counts, not the roster: what the text shows, and both bases.
        counts_doc = cast(CountsDoc, {k: v for k, v in document.items() if k != "groups"})
        counts_doc["document"] = "members-counts"
        counts_doc["statuses"] = [
            {
                "status": g["status"],
                "count": g["count"],
                "article": g["article"],
                "matches_article": g["matches_article"],
            }
            for g in groups
        ]
        totals = [(g["status"], g["count"]) for g in groups]
        # One --role asked for: the number alone, as `wc -l` would print it.
        plain = f"{totals[0][1]}\n" if len(statuses) == 1 and len(totals) == 1 else None
        return Report(counts_doc, COUNT_FIELDS, totals, "counts", plain=plain, notice=notice)
    columns = MEMBERS_FIELDS + (("name_local",) if localize is not None else ())
    listed = [(g["status"], c) for g in groups for c in g["countries"]]
    listed += [(c["status"], c) for c in document["pending"]]
    rows = [(status, *(cast(dict[str, object], c)[f] for f in columns[1:])) for status, c in listed]
    return Report(document, columns, rows, "members", notice=notice)


# How soon after the date shown a change of statuses is worth a note (the default date).
CHANGE_NOTE_DAYS = 31


def change_soon_after(dataset: Dataset, on: str) -> str | None:
    """A one-line note when statuses changed within CHANGE_NOTE_DAYS after `on`, or None."""
    import datetime as dt

    day = dt.date.fromisoformat(on)
    soon = sorted(
        (
            r
            for r in dataset.rules
            if 0 < (dt.date.fromisoformat(r["date"]) - day).days <= CHANGE_NOTE_DAYS
        ),
        key=lambda r: r["date"],
    )
    if not soon:
        return None
    date = soon[0]["date"]
    days = (dt.date.fromisoformat(date) - day).days
    same = [r for r in soon if r["date"] == date]
    before = " and ".join(dict.fromkeys(status_label(r["from_status"]) for r in same))
    after = " and ".join(dict.fromkeys(status_label(r["to_status"]) for r in same))
    return (
        f"on {date}, {plural_days(days)} later, the {before} statuses were merged into "
        f"{after} ({soon[0]['event'].split(':', 1)[0]}; see --as-of latest)"
    )


def plural_days(days: int) -> str:
    return "1 day" if days == 1 else f"{days} days"


def status_absent(dataset: Dataset, status: str, on: str) -> str | None:
    """Why nobody can hold `status` on `on` (a rule created or ended it), or None."""
    label = status_label(status)
    for rule in sorted(dataset.rules, key=lambda r: r["date"]):
        if rule["to_status"] == status and on < rule["date"]:
            return (
                f"the {label} status did not exist yet on {on}: it was created on "
                f"{rule['date']} ({rule['event']})"
            )
        if rule["from_status"] == status and on >= rule["date"]:
            after = status_label(rule["to_status"])
            return (
                f"the {label} status no longer existed on {on}: it ended on "
                f"{rule['date']} ({rule['event']}); its holders are under --role {after}"
            )
    return None


def _first_status(dataset: Dataset, basis: Basis) -> dict[str, tuple[str, str]]:
    """Each country's first SCO status and its date on `basis`, by ISO alpha-3: a
    partner since the Tianjin rule change keeps the date it first joined."""
    first: dict[str, tuple[str, str]] = {}
    for event in sorted(dataset.events, key=lambda e: e["decided"]):
        if effective(event, basis) is not None and event["iso3"] not in first:
            # As the reference writes it (2010-04 is a month, not its last day), as `since` is.
            since = event["decided"] if basis == DECISION else event["in_force"]
            first[event["iso3"]] = (status_label(event["status"]), str(since))
    return first


def _country(
    holding: Holding,
    localize: Localizer,
    first: dict[str, tuple[str, str]],
    *,
    pending: bool,
) -> Country:
    first_status, first_since = first.get(holding["iso3"], (None, None))
    item: Country = {
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
        "first_status": first_status,
        "first_since": first_since,
    }
    if localize is not None:
        item["name_local"] = localize(holding["country"], holding["iso2"])
    return item


def _article_count(dataset: Dataset, status: str) -> ArticleCount | None:
    path = ARTICLE_COUNT_PATHS.get(status)
    if path is None:
        return None
    fact = fact_at(dataset.facts, path)
    return {"count": fact["value"], "path": path, "quote": fact["evidence"][0]["quote"]}


def _other_names(localize: Localizer, events: Sequence[StatusEventRow]) -> NameLookup:
    """Names the roster does not spell, in CLDR's languages (and --lang's) and as the
    press writes them, or a unique prefix of one in any script ('Мья'): loaded only
    when the roster's own names and codes found nothing."""
    extra = (localize.tag,) if localize is not None else ()

    def lookup(name: str) -> tuple[str, str] | None:
        from sco_cli.dataset.names import country_by_name, country_by_prefix

        found = country_by_name(name, extra)
        if found is not None:
            return found
        english = {e["iso2"]: e["country"] for e in events}
        wanted = fold_name(name.strip())
        if any(fold_name(e).startswith(wanted) for e in english.values()):
            return None  # the roster's own names match: find_country says which
        codes = country_by_prefix(name, english, extra)
        if len(codes) > 1:
            matches = ", ".join(sorted(english[c] for c in codes))
            raise UnknownName(f"country {name!r} is ambiguous: it matches {matches}")
        return (codes[0], english[codes[0]]) if codes else None

    return lookup


def history(
    dataset: Dataset,
    names: Sequence[str],
    *,
    as_of: str | None = None,
    statuses: Sequence[str] = (),
    localize: Localizer = None,
) -> Report:
    """Countries' status through the years, each change with both its dates and their
    sources; one history a country asked for, each row carrying its country. --as-of
    ends the histories on that date (by decision), --role keeps those statuses."""
    on = resolve_as_of(dataset, as_of)[0] if as_of is not None else None
    histories: list[CountryHistory] = []
    for name in dict.fromkeys(names):
        country = find_country(dataset.events, name, lookup=_other_names(localize, dataset.events))
        changes = country_history(dataset.events, dataset.rules, country["iso3"])
        identity: CountryName = {
            "name": country["country"],
            "iso2": country["iso2"],
            "iso3": country["iso3"],
        }
        if localize is not None:
            identity["name_local"] = localize(country["country"], country["iso2"])
        items: list[StatusChange] = [
            {
                "country": country["country"],
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
            if (on is None or h["decided"] <= on) and (not statuses or h["status"] in statuses)
        ]
        if localize is not None:
            for item in items:
                item["name_local"] = identity["name_local"]
        if not items:
            raise NotFound(_no_history(identity["name"], changes, on, statuses))
        histories.append({"country": identity, "history": items})
    document: HistoryDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "members-history",
        "country": histories[0]["country"],
        "history": histories[0]["history"],
        "histories": histories,
        "as_of": on,
        "reference": {"file": EVENTS_FILE, "as_of": dataset.reference_as_of},
    }
    if localize is not None:
        document["lang"] = localize.tag
    columns = HISTORY_FIELDS + (("name_local",) if localize is not None else ())
    rows = [
        tuple(cast(dict[str, object], item)[f] for f in columns)
        for h in histories
        for item in h["history"]
    ]
    return Report(document, columns, rows, "history")


def _no_history(
    name: str, changes: Sequence[Holding], on: str | None, statuses: Sequence[str]
) -> str:
    held = ", ".join(f"{status_label(h['status'])} from {h['decided']}" for h in changes)
    wanted = " or ".join(status_label(s) for s in statuses) or "SCO"
    when = f" by {on}" if on is not None else ""
    return f"{name} held no {wanted} status{when} (its history: {held})"


GROWTH_FIELDS = ("date", "event", *(status_label(s) for s in STATUSES), "total")


def occasion(event: str) -> str:
    """The summit an event names ('Ufa summit decision; memorandum ...' -> 'Ufa summit'),
    else its words before a colon ('Founding member: Declaration ...' -> 'Founding member')."""
    import re

    summit = re.search(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)* summit", event)
    if summit:
        return summit.group(0)
    return event.split(";", 1)[0].split(":", 1)[0].split(" (", 1)[0].strip()


def growth(dataset: Dataset, *, basis: Basis = IN_FORCE) -> Report:
    """The counts by status on `basis` at each date the roster changed, from the
    founding to the reference's end: the same counts as `sco members --as-of DATE`
    gives for each of those dates (a test checks it), found in one pass.

    As in sco_cli.dataset.roster: a country holds the status of its latest decision
    among those that count by the date (latest by decision date, then by the
    date it counts from), and a rule change in force renames a status for every
    holder. So the counts are kept by status as decided, and each rule renames
    them (a handful of statuses), never country by country."""
    starts = sorted(
        ((start, i, e) for i, e in enumerate(dataset.events) if (start := effective(e, basis))),
        key=lambda item: item[:2],
    )
    rules = sorted(dataset.rules, key=lambda r: r["date"])
    dates = sorted({start for start, _, _ in starts} | {r["date"] for r in rules})
    best: dict[str, tuple[tuple[str, str, int], str]] = {}  # iso3 -> (key, status as decided)
    decided: Counter[str] = Counter()
    now = {s: s for s in STATUSES}  # a status as decided -> its name after the rules so far
    e = r = 0
    changes: list[GrowthChange] = []
    for date in dates:
        happened: dict[str, None] = {}  # the summits and events of the day
        signed: list[str] = []  # the countries whose memorandum took effect
        while e < len(starts) and starts[e][0] == date:
            _, i, event = starts[e]
            e += 1
            key = (event["decided"], date, i)
            held = best.get(event["iso3"])
            if held is not None and held[0] > key:
                continue  # an earlier decision taking effect late: superseded already
            if held is not None:
                decided[held[1]] -= 1
            best[event["iso3"]] = (key, event["status"])
            decided[event["status"]] += 1
            if basis == DECISION or event["decided"] == date:
                happened[occasion(event["event"])] = None
            else:
                signed.append(event["country"])
        while r < len(rules) and rules[r]["date"] == date:
            rule = rules[r]
            r += 1
            for status, name in now.items():
                if name == rule["from_status"]:
                    now[status] = rule["to_status"]
            happened[occasion(rule["event"])] = None
        tally: Counter[str] = Counter()
        for status, count in decided.items():
            tally[now.get(status, status)] += count
        counts = {status_label(s): tally[s] for s in STATUSES}
        changes.append(
            {
                "date": date,
                "event": "; ".join([*happened, *_memoranda(signed)]),
                "counts": counts,
                "total": sum(counts.values()),
            }
        )
    document: GrowthDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "members-growth",
        "basis": status_label(basis),
        "reference": {"files": [EVENTS_FILE, RULES_FILE], "as_of": dataset.reference_as_of},
        "changes": changes,
    }
    rows = [
        (c["date"], c["event"], *(c["counts"][status_label(s)] for s in STATUSES), c["total"])
        for c in changes
    ]
    return Report(document, GROWTH_FIELDS, rows, "growth")


def _memoranda(countries: list[str]) -> list[str]:
    """['Egypt', 'Qatar'] -> ['memoranda: Egypt, Qatar']: statuses that took effect late."""
    if not countries:
        return []
    return [f"{'memorandum' if len(countries) == 1 else 'memoranda'}: {', '.join(countries)}"]
