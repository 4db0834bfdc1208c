"""Who held which SCO status on a date: pure functions over the reference rows.

Each status event has two dates: `decided` (the summit decision) and
`in_force` (when the status took effect: the day, a month such as `2010-04`,
meaning from that month's last day, or empty while it is pending). A roster is
computed on one basis:

- `in_force` (the default): the statuses in force on the date;
- `decision`: the statuses decided by the date, in force or not.

Rule changes (the Tianjin unification of observers and dialogue partners as
"SCO partners") apply from their date on either basis. Nothing here imports
click, rich or pydantic; every function is linear in its input after one sort.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Literal, TypedDict

from sco_cli.commandline.dates import days_in_month
from sco_cli.commandline.suggest import closest, hint
from sco_cli.errors import NotFound, UnknownName

if TYPE_CHECKING:

    class StatusEventRow(TypedDict):
        """A row of sco-status-events.csv (version 2), as loading validated it."""

        decided: str  # ISO date of the decision
        in_force: str  # ISO date, YYYY-MM (in force from its last day) or "" (pending)
        country: str
        iso2: str
        iso3: str
        status: str
        event: str
        source_decided: str
        source_in_force: str  # "" exactly when in_force is ""
        note: str
        disputed: str  # "", "decided" or "in_force": the date sources disagree on
        other_reading: str  # that date as the other sources give it
        source_other: str  # their source

    class StatusRuleRow(TypedDict):
        date: str
        from_status: str
        to_status: str
        event: str
        source: str

    class Holding(StatusEventRow):
        """A country's status on a date: its event row (or the rule that changed it),
        with `since` and `source`: the date the status holds from on the basis
        asked for, as written, and that date's source."""

        since: str
        source: str

else:
    StatusEventRow = StatusRuleRow = Holding = dict


Basis = Literal["in_force", "decision"]
# Any name of a country -> (ISO alpha-2, English name), or None (sco_cli.dataset.names).
NameLookup = Callable[[str], "tuple[str, str] | None"]
IN_FORCE: Basis = "in_force"
DECISION: Basis = "decision"
BASES: tuple[Basis, ...] = (IN_FORCE, DECISION)
BASIS_WORDS: dict[Basis, str] = {IN_FORCE: "in force", DECISION: "by decision"}
STATUSES = ("member", "observer", "dialogue_partner", "partner")
# Sorts after every ISO date: "never", for a status that is not in force yet.
NEVER = "9999-12-31"


def status_label(name: str) -> str:
    """'dialogue_partner' -> 'dialogue-partner' (and 'in_force' -> 'in-force'):
    how the command line and the JSON spell statuses and bases."""
    return name.replace("_", "-")


def in_force_from(in_force: str) -> str | None:
    """The ISO date a status is in force from: '2010-04' -> '2010-04-30' (a month
    means its last day), '2013-04-26' as it is, '' (pending) -> None."""
    if not in_force:
        return None
    if len(in_force) == 7:
        return f"{in_force}-{days_in_month(int(in_force[:4]), int(in_force[5:])):02d}"
    return in_force


def effective(event: StatusEventRow, basis: Basis) -> str | None:
    """The ISO date `event` counts from on `basis`; None if it never does (pending)."""
    return event["decided"] if basis == DECISION else in_force_from(event["in_force"])


def in_force_on(event: StatusEventRow, on: str) -> bool:
    """Whether `event`'s status is in force on the ISO date `on`."""
    start = in_force_from(event["in_force"])
    return start is not None and start <= on


def roster_on(
    events: Iterable[StatusEventRow],
    rules: Iterable[StatusRuleRow],
    on: str,
    basis: Basis = IN_FORCE,
) -> list[Holding]:
    """Each country's status on the ISO date `on`: its latest event counted by
    then on `basis`, then any rule change in force by then. By status, then name."""
    latest = _latest(events, on, basis)
    rules = sorted(rules, key=lambda r: r["date"])
    held = [_apply_rules(_holding(e, basis), rules, on) for e in latest.values()]
    return sorted(held, key=_order)


def pending_on(
    events: Iterable[StatusEventRow], rules: Iterable[StatusRuleRow], on: str
) -> list[Holding]:
    """The statuses decided by `on` but not in force on it: for each country
    whose latest decision is not yet in force, that decision (its `in_force`
    says when it took effect, or is empty if it has not)."""
    events = tuple(events)
    rules = sorted(rules, key=lambda r: r["date"])
    in_force = _latest(events, on, IN_FORCE)
    pending = [
        _apply_rules(_holding(e, DECISION), rules, on)
        for iso3, e in _latest(events, on, DECISION).items()
        if in_force.get(iso3) is not e
    ]
    return sorted(pending, key=_order)


def status_of(
    events: Iterable[StatusEventRow],
    rules: Iterable[StatusRuleRow],
    iso3: str,
    on: str,
    basis: Basis = IN_FORCE,
) -> Holding | None:
    """One country's status on `on` (None: it held none)."""
    own = [e for e in events if e["iso3"] == iso3]
    return next(iter(roster_on(own, rules, on, basis)), None)


def count_by_status(roster: Iterable[Holding | StatusEventRow]) -> dict[str, int]:
    """How many countries hold each status (every status, zeros included)."""
    counts = dict.fromkeys(STATUSES, 0)
    for holding in roster:
        counts[holding["status"]] += 1
    return counts


def counts_on(
    events: Sequence[StatusEventRow], rules: Sequence[StatusRuleRow], on: str
) -> dict[Basis, dict[str, int]]:
    """The counts by status on `on`, on each basis."""
    return {basis: count_by_status(roster_on(events, rules, on, basis)) for basis in BASES}


def country_history(
    events: Iterable[StatusEventRow], rules: Iterable[StatusRuleRow], iso3: str
) -> list[Holding]:
    """Every change of one country's status in order of decision, rule changes
    included; each keeps both dates (`since` is the decision's)."""
    own = sorted((e for e in events if e["iso3"] == iso3), key=lambda e: e["decided"])
    rules = sorted(rules, key=lambda r: r["date"])
    history: list[Holding] = []
    for i, event in enumerate(own):
        current = _holding(event, DECISION)
        history.append(current)
        until = own[i + 1]["decided"] if i + 1 < len(own) else NEVER
        for rule in rules:
            if (
                current["decided"] <= rule["date"] < until
                and current["status"] == rule["from_status"]
            ):
                current = _ruled(current, rule)
                history.append(current)
    return history


def fold_name(name: str) -> str:
    """'Türkiye' -> 'turkiye': how a prefix typed on a plain keyboard is compared."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def find_country(
    events: Iterable[StatusEventRow], name: str, lookup: NameLookup | None = None
) -> StatusEventRow:
    """A country of the roster by its name, ISO alpha-2 or alpha-3 (any case), or
    a unique prefix of its name; failing those, by any other name `lookup` knows
    (Turkey, UAE, Россия, 俄罗斯: see sco_cli.dataset.names). A real country that never
    held a status says so (NotFound); an unknown or ambiguous name is UnknownName,
    with the closest names."""
    by_iso3 = {e["iso3"]: e for e in events}
    wanted = name.strip().casefold()
    for event in by_iso3.values():
        if wanted in (
            event["country"].casefold(),
            event["iso2"].casefold(),
            event["iso3"].casefold(),
        ):
            return event
    folded = fold_name(wanted)
    prefixed = [
        e for e in by_iso3.values() if folded and fold_name(e["country"]).startswith(folded)
    ]
    if len(prefixed) == 1:
        return prefixed[0]
    found = lookup(name) if lookup is not None and name.strip() else None
    if found is not None:
        iso2, english = found
        held = [e for e in by_iso3.values() if e["iso2"] == iso2]
        if held:
            return held[0]
        raise NotFound(f"{english} has never held an SCO status")
    if len(prefixed) > 1:
        matches = ", ".join(sorted(e["country"] for e in prefixed))
        raise UnknownName(f"country {name!r} is ambiguous: it matches {matches}")
    names = sorted(e["country"] for e in by_iso3.values())
    close = closest(name.strip().title(), names, n=3, cutoff=0.5)
    raise UnknownName(f"no country {name!r} in the reference roster{hint(close, quoted=False)}")


def _latest(events: Iterable[StatusEventRow], on: str, basis: Basis) -> dict[str, StatusEventRow]:
    """Each country's latest decision among those counted by `on` on `basis`: a
    later decision supersedes an earlier one once it counts."""
    counted = []
    for event in events:
        start = effective(event, basis)
        if start is not None and start <= on:
            counted.append((event["decided"], start, event))
    latest: dict[str, StatusEventRow] = {}
    for _, _, event in sorted(counted, key=lambda item: item[:2]):
        latest[event["iso3"]] = event
    return latest


def _holding(event: StatusEventRow, basis: Basis) -> Holding:
    since, source = (
        (event["decided"], event["source_decided"])
        if basis == DECISION
        else (event["in_force"], event["source_in_force"])
    )
    return {**event, "since": since, "source": source}


def _apply_rules(holding: Holding, rules: Sequence[StatusRuleRow], on: str) -> Holding:
    """`rules` in date order: each in force by `on` moves the holders of its status."""
    for rule in rules:
        if rule["date"] > on or holding["status"] != rule["from_status"]:
            continue
        if (in_force_from(holding["since"]) or NEVER) <= rule["date"]:
            holding = _ruled(holding, rule)
        else:  # took effect after the rule: the new name, from its own date
            holding = {**holding, "status": rule["to_status"]}
    return holding


def _ruled(holding: Holding, rule: StatusRuleRow) -> Holding:
    """The status a rule change gave: decided and in force on the rule's date."""
    return {
        **holding,
        "status": rule["to_status"],
        "decided": rule["date"],
        "in_force": rule["date"],
        "since": rule["date"],
        "event": rule["event"],
        "source_decided": rule["source"],
        "source_in_force": rule["source"],
        "source": rule["source"],
        "note": "",
    }


def _order(holding: Holding) -> tuple[int, str]:
    return STATUSES.index(holding["status"]), holding["country"]
