"""Verdicts: each claim checked against the reference on the article's date.

The roster changes only on the dates of its events (a decision, a status in
force, the Tianjin rule change), so `Reference` computes it once on each of
those dates, on both bases (sco_cli.dataset.roster does the computing), and every
claim of every article is then a look-up: a thousand articles cost one
reference. A claim gets:

- `verdict`: agrees, contradicts or unverifiable (the reference does not
  cover it, or the article has no date and the claim depends on one; a
  claim that was never true at any date contradicts even without a date);
- `holds`: the date ranges over which it was true (`to` None: still at the
  reference's end);
- `basis`: in-force or decision, for roster claims: a claim that holds only
  for the statuses decided (not yet in force) agrees "by decision";
- `reference`: the rows it was checked against, each with its source: ids
  into `Reference.rows`, which holds each row once however many claims cite
  it (a count cites every member: copied into each claim, the rows would
  outweigh the article hundreds of times);
- `note`: the same in words.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from sco_cli.claims.claim import (
    Claim,
    CountClaim,
    FoundingClaim,
    JoinedClaim,
    JoinedDetail,
    RosterClaim,
    StatusClaim,
    StatusDetail,
    SummitClaim,
    SummitDetail,
)
from sco_cli.dataset import roster as rs

if TYPE_CHECKING:
    from sco_cli.dataset.layout import Dataset
    from sco_cli.dataset.published import PublishedRow
    from sco_cli.dataset.query import MilestoneRow
    from sco_cli.dataset.roster import Basis, Holding, StatusEventRow, StatusRuleRow
    from sco_cli.dataset.summits import SummitRow

AGREES, CONTRADICTS, UNVERIFIABLE = "agrees", "contradicts", "unverifiable"
DISPUTED = "disputed"  # agrees on one credible reading, not on another (claims/readings.py)
BASIS_LABEL = {"in_force": "in-force", "decision": "decision"}
# The statuses a claim's word covers: a "partner" before Tianjin was a dialogue partner.
COVERS = {
    "member": ("member",),
    "observer": ("observer",),
    "dialogue_partner": ("dialogue_partner", "partner"),
    "partner": ("dialogue_partner", "partner"),
    "country": ("member", "observer", "dialogue_partner", "partner"),
}
WORDS = {
    "member": "member states",
    "observer": "observer states",
    "dialogue_partner": "dialogue partners",
    "partner": "partners",
    "country": "countries (members, observers and partners)",
    "founding_member": "founding members",
}


MEMO = 50_000  # verdicts kept for reuse (a claim on a date): memory bounded, not by the run


class Verdict(NamedTuple):
    verdict: str
    holds: list[dict[str, str | None]]
    basis: str | None
    reference: tuple[int, ...]  # ids of Reference.rows
    note: str


class _Segment(NamedTuple):
    start: str
    end: str | None  # the day before the next change; None: the last one
    counts: dict[Basis, dict[str, int]]
    statuses: dict[Basis, dict[str, Holding]]  # iso3 -> holding


class Reference:
    """The reference, prepared once for any number of claims."""

    def __init__(
        self,
        events: Sequence[StatusEventRow],
        rules: Sequence[StatusRuleRow],
        summits: Sequence[SummitRow],
        milestones: Sequence[MilestoneRow],
        end: str,
    ) -> None:
        self.events, self.rules, self.summits, self.milestones = events, rules, summits, milestones
        self.end = end
        self.founded = min(e["decided"] for e in events)
        dates = {e["decided"] for e in events} | {r["date"] for r in rules}
        dates |= {d for e in events if (d := rs.in_force_from(e["in_force"])) is not None}
        self.dates = sorted(dates)
        self.segments = [self._segment(i) for i in range(len(self.dates))]
        self._memo: dict[tuple[Any, ...], Verdict] = {}
        self._by_year: dict[tuple[Any, ...], Verdict] = {}  # a summit by its year: on no date
        self.published: Sequence[PublishedRow] = ()
        self.readings: dict[str, Any] = {}  # claims/readings.py's cache: the other reading
        self.rows: list[dict[str, Any]] = []  # every row a verdict cites, once
        self._row_ids: dict[tuple[Any, ...], int] = {}
        self.ranges: dict[tuple[Any, ...], dict[Basis, list[dict[str, str | None]]]] = {}
        # a country's history and the ids of its rows, a count's rows on a segment: the
        # same for every claim that asks, so worked out once (row ids never change)
        self._histories: dict[str, tuple[list[Holding], tuple[int, ...]]] = {}
        self._count_rows: dict[tuple[str, str, tuple[str, ...]], tuple[int, ...]] = {}

    @classmethod
    def of(cls, dataset: Dataset) -> Reference:
        reference = cls(
            dataset.events,
            dataset.rules,
            dataset.summits,
            dataset.milestones,
            dataset.reference_as_of,
        )
        reference.published = dataset.published  # counts published on a day (issue 22)
        return reference

    def _segment(self, index: int) -> _Segment:
        start = self.dates[index]
        end = _day_before(self.dates[index + 1]) if index + 1 < len(self.dates) else None
        counts: dict[Basis, dict[str, int]] = {}
        statuses: dict[Basis, dict[str, Holding]] = {}
        for basis in rs.BASES:
            held = rs.roster_on(self.events, self.rules, start, basis)
            counts[basis] = rs.count_by_status(held)
            statuses[basis] = {h["iso3"]: h for h in held}
        return _Segment(start, end, counts, statuses)

    def segment(self, on: str) -> _Segment | None:
        index = bisect.bisect_right(self.dates, on) - 1
        return self.segments[index] if index >= 0 else None

    def holds(
        self, basis: Basis, test: Callable[[_Segment, Basis], bool]
    ) -> list[dict[str, str | None]]:
        """The date ranges over which `test` is true of the roster on `basis`."""
        ranges: list[dict[str, str | None]] = []
        for segment in self.segments:
            if not test(segment, basis):
                continue
            if ranges and ranges[-1]["to"] == _day_before(segment.start):
                ranges[-1]["to"] = segment.end
            else:
                ranges.append({"from": segment.start, "to": segment.end})
        return ranges

    def row_id(self, row: dict[str, Any]) -> int:
        """The id of `row` in `rows`, added the first time it is seen."""
        key = tuple(row.items())
        found = self._row_ids.get(key)
        if found is None:
            found = self._row_ids[key] = len(self.rows)
            self.rows.append(row)
        return found

    def history(self, iso3: str) -> tuple[list[Holding], tuple[int, ...]]:
        """A country's history (roster.country_history) and the ids of its rows as a
        status claim cites them (by decision); read them, never change them."""
        found = self._histories.get(iso3)
        if found is None:
            history = rs.country_history(self.events, self.rules, iso3)
            found = self._histories[iso3] = (
                history,
                tuple(_row(self, h, "decision") for h in history),
            )
        return found

    def rows_of(self, verdict: Verdict) -> list[dict[str, Any]]:
        """The rows a verdict cites (the same objects each time: read, never change them)."""
        return [self.rows[i] for i in verdict.reference]

    def judge(self, claim: Claim, as_of: str | None) -> Verdict:
        key = (claim.kind, claim.subject, claim.value, tuple(sorted(claim.detail.items())), as_of)
        verdict = self._memo.get(key)
        if verdict is None:
            if isinstance(claim, (StatusClaim, JoinedClaim)) and claim.detail.get("denied"):
                verdict = _denied(self, claim, as_of)
            else:
                timed = _at_its_time(self, claim, as_of)
                verdict = timed or _reconciled(self, claim, as_of, _verdict(self, claim, as_of))
                verdict = _before_founding(self, claim, as_of, verdict)
            if len(self._memo) >= MEMO:  # bounded: an archive's many dates start it anew
                self._memo.clear()
            self._memo[key] = verdict
        return verdict


_Roster = TypeVar("_Roster", StatusDetail, JoinedDetail)


def _without_denied(detail: _Roster) -> _Roster:
    kept = detail.copy()
    kept.pop("denied", None)
    return kept


def _asserted(claim: RosterClaim) -> RosterClaim:
    """The status a denial denies: the claim without its `denied`."""
    if isinstance(claim, StatusClaim):
        return claim._replace(detail=_without_denied(claim.detail))
    return claim._replace(detail=_without_denied(claim.detail))


def _denied(ref: Reference, claim: RosterClaim, as_of: str | None) -> Verdict:
    """A status the sentence denies (guards.denial: "is not", "no longer", "never"): the
    status asserted is judged, and the denial is right where the status is wrong. "Never"
    is wrong if the status held at any time up to the date."""
    how = claim.detail["denied"]
    asserted = _asserted(claim)
    said = ref.judge(asserted, as_of)
    if said.basis == "renamed":  # "no longer an observer" the day it was renamed: true
        said = _verdict(ref, asserted, as_of)
    if how == "never":  # every period the reference knows, then those begun by the date
        ever = _verdict(ref, asserted, None)
        held = [
            h for h in ever.holds if h["from"] is not None and (as_of is None or h["from"] <= as_of)
        ]
        said = ever._replace(verdict=AGREES if held else CONTRADICTS, holds=held)
    flipped = {AGREES: CONTRADICTS, CONTRADICTS: AGREES}.get(said.verdict, said.verdict)
    note = said.note.removeprefix("the article has no date; ")
    return said._replace(verdict=flipped, note=f"the sentence denies it ('{how}'): {note}")


def _before_founding(ref: Reference, claim: Claim, as_of: str | None, verdict: Verdict) -> Verdict:
    """A roster claim judged on a date before the SCO's founding is false first of all
    because the SCO did not exist yet: the note says so. Founders (a fact of no date)
    and the Shanghai Five (1996, before the SCO) are judged as they are."""
    if (
        as_of is None
        or as_of >= ref.founded
        or verdict.verdict != CONTRADICTS
        or claim.kind not in ("count", "status", "joined")
        or "founding_member" in (claim.subject, claim.value)
        or claim.detail.get("body") == "Shanghai Five"
    ):
        return verdict
    return verdict._replace(
        note=f"the SCO did not exist yet on {as_of} (founded {ref.founded}); {verdict.note}"
    )


def _at_its_time(ref: Reference, claim: Claim, as_of: str | None) -> Verdict | None:
    """A status or count the article places at another time ("Earlier, ...": before
    its date; "in 2017": that year) is judged then; None: on the article's date."""
    if not isinstance(claim, (StatusClaim, CountClaim)):
        return None
    when = claim.detail.get("time")
    if when is None:
        return None
    judge = _verdict
    if isinstance(when, int):
        tried = [judge(ref, claim, f"{when}-12-31"), judge(ref, claim, f"{when}-01-01")]
        verdict = next((v for v in tried if v.verdict == AGREES), tried[0])
        how = claim.detail.get("dated", "the year the sentence gives")
        return verdict._replace(note=f"judged in {when}, {how}: " + verdict.note)
    if as_of is None:
        return None
    if when == LATELY:
        return _lately(ref, claim, as_of)
    undated = judge(ref, claim, None)
    # told in the past tense, the day's own news counts ("Iran took part as a full member"
    # the day it was admitted); "earlier", "formerly", "then" place it before the day
    last = as_of if when == "past" else _day_before(as_of)
    earlier, basis = _earlier(ref, claim, undated, last)
    how = claim.detail.get("dated", f"'{when}'")
    note = f"judged before {as_of} ({how}): " + undated.note.removeprefix(
        "the article has no date; "
    )
    said = AGREES if earlier else CONTRADICTS
    return undated._replace(verdict=said, holds=earlier, basis=basis, note=note)


def _earlier(
    ref: Reference, claim: Claim, undated: Verdict, last: str
) -> tuple[list[dict[str, str | None]], str | None]:
    """Where a claim held by a date (`last`, inclusive): in force, else by decision only ("a
    dialogue partner since 2009", decided then, its memorandum never in force), with its basis."""
    earlier = [r for r in undated.holds if r["from"] is not None and r["from"] <= last]
    if earlier:
        return earlier, undated.basis
    key = (claim.kind, claim.subject, claim.value, tuple(sorted(claim.detail.items())))
    decided = ref.ranges.get(key, {}).get("decision", [])
    earlier = [r for r in decided if r["from"] is not None and r["from"] <= last]
    return earlier, ("decision" if earlier else undated.basis)


LATELY = "lately"  # "India has been an observer": a span up to about the article's date
RECENT = 31  # days before the article's date a span told in the present perfect may end


def _lately(ref: Reference, claim: Claim, as_of: str) -> Verdict | None:
    """A status told in the present perfect ("India has been an observer", the day after
    its admission): the span it tells reaches up to the news, so it agrees if it held on
    the date or in the month before it; judged on the date (None) otherwise."""
    on_the_day = _verdict(ref, claim, as_of)
    if on_the_day.verdict != CONTRADICTS:
        return None
    since = (dt.date.fromisoformat(as_of) - dt.timedelta(days=RECENT)).isoformat()
    undated = _verdict(ref, claim, None)
    recent = [
        r
        for r in undated.holds
        if r["from"] is not None and r["from"] <= as_of and (r["to"] is None or r["to"] >= since)
    ]
    if not recent:
        return None
    note = (
        f"told in the present perfect on {as_of}: a span up to about that date, and it held "
        f"until {recent[-1]['to']}, within the month before: "
        + undated.note.removeprefix("the article has no date; ")
    )
    return undated._replace(verdict=AGREES, holds=recent, note=note)


def _reconciled(ref: Reference, claim: Claim, as_of: str | None, verdict: Verdict) -> Verdict:
    """Issue 22 (truth): another credible reading of a disputed row (verdict
    "disputed"), a count published that day, a virtual meeting, the reference's end."""
    from sco_cli.claims.readings import reconcile

    return cast(Verdict, reconcile(ref, claim, as_of, verdict, _verdict))


def _day_before(date: str) -> str:
    return (dt.date.fromisoformat(date) - dt.timedelta(days=1)).isoformat()


def _ranges(ranges: list[dict[str, str | None]], end: str) -> str:
    if not ranges:
        return "never"
    to_end = f"the reference's end ({end})"
    return ", ".join(f"{r['from']} to {r['to'] or to_end}" for r in ranges)


# -- roster claims ------------------------------------------------------------


def _on_both(
    ref: Reference,
    as_of: str | None,
    test: Callable[[_Segment, Basis], bool],
    claim: Claim,
) -> tuple[str, str | None, dict[Basis, list[dict[str, str | None]]]]:
    """The verdict of a roster claim whose truth on a date is `test`, and where it
    holds (the same on every date: worked out once a claim)."""
    key = (claim.kind, claim.subject, claim.value, tuple(sorted(claim.detail.items())))
    holds = ref.ranges.get(key)
    if holds is None:
        holds = {}
        for basis in rs.BASES:
            holds[basis] = ref.holds(basis, test)
        ref.ranges[key] = holds
    if as_of is None:
        never = not holds["in_force"] and not holds["decision"]
        return (CONTRADICTS if never else UNVERIFIABLE), None, holds
    segment = ref.segment(as_of)
    if segment is not None and test(segment, "in_force"):
        return AGREES, "in-force", holds
    if segment is not None and test(segment, "decision"):
        return AGREES, "decision", holds
    return CONTRADICTS, "in-force", holds


def _holds_of(
    holds: dict[Basis, list[dict[str, str | None]]], basis: str | None
) -> list[dict[str, str | None]]:
    return holds["decision"] if basis == "decision" else holds["in_force"]


def _count(ref: Reference, claim: CountClaim, as_of: str | None) -> Verdict:
    subject, value = claim.subject, claim.value
    if subject == "founding_member":
        founders = _founders(ref)
        verdict = AGREES if value == len(founders) else CONTRADICTS
        since = [{"from": ref.founded, "to": None}] if verdict == AGREES else []
        note = f"{len(founders)} founding members on {ref.founded}: {', '.join(e['country'] for e in founders)}"
        return Verdict(
            verdict, since, None, tuple(_row(ref, e, "decision") for e in founders), note
        )
    covered = COVERS[subject]

    def test(segment: _Segment, basis: Basis) -> bool:
        return bool(sum(segment.counts[basis][s] for s in covered) == value)

    verdict, basis, holds = _on_both(ref, as_of, test, claim)
    shown = _holds_of(holds, basis)
    rows: tuple[int, ...] = ()
    note = f"{value} {WORDS[subject]} held {_ranges(holds['in_force'], ref.end)} (in force)"
    if holds["decision"] != holds["in_force"]:
        note += f"; by decision {_ranges(holds['decision'], ref.end)}"
    if as_of is not None:
        segment = ref.segment(as_of)
        if segment is not None:
            used: Basis = "decision" if basis == "decision" else "in_force"
            rows = _count_rows(ref, segment, used, covered)
            in_force = sum(segment.counts["in_force"][s] for s in covered)
            decided = sum(segment.counts["decision"][s] for s in covered)
            note = f"on {as_of} the reference has {in_force} {WORDS[subject]} in force"
            note += f" ({decided} by decision)" if decided != in_force else ""
            note += f"; {value} held {_ranges(shown or holds['in_force'], ref.end)}"
    note = _undated(verdict) + note + _past_end(ref, as_of)
    return Verdict(verdict, shown if as_of else holds["in_force"], basis, rows, note)


def _count_rows(
    ref: Reference, segment: _Segment, used: Basis, covered: tuple[str, ...]
) -> tuple[int, ...]:
    """The ids of the rows a count cites on a segment: its holders of those statuses."""
    key = (segment.start, used, covered)
    rows = ref._count_rows.get(key)
    if rows is None:
        rows = ref._count_rows[key] = tuple(
            _row(ref, h, used, brief=True)
            for h in segment.statuses[used].values()
            if h["status"] in covered
        )
    return rows


def _shanghai_five(ref: Reference) -> MilestoneRow | None:
    """The milestone of the Shanghai Five's forming (1996), which names its founders."""
    return next((m for m in ref.milestones if m["event"].startswith("Shanghai Five")), None)


def _shanghai_five_founder(ref: Reference, name: str) -> Verdict:
    """A founder of the Shanghai Five: a country its milestone (1996) names."""
    formed = _shanghai_five(ref)
    if formed is None:
        return Verdict(
            UNVERIFIABLE, [], None, (), "the reference has no date for the Shanghai Five"
        )
    founder = re.search(rf"\b{re.escape(name)}\b", formed["event"]) is not None
    note = (
        f"{name} {'is' if founder else 'is not'} a founder of the Shanghai Five "
        f"(formed on {formed['date']}: {formed['event']}; source {formed['source']})"
    )
    span = [{"from": formed["date"], "to": None}] if founder else []
    return Verdict(AGREES if founder else CONTRADICTS, span, None, (), note)


def _founders(ref: Reference) -> list[StatusEventRow]:
    return [e for e in ref.events if e["status"] == "member" and e["decided"] == ref.founded]


def _status(ref: Reference, claim: StatusClaim, as_of: str | None) -> Verdict:
    iso3, status = claim.detail["iso3"], claim.value
    name = claim.subject
    history, history_rows = ref.history(iso3)
    if status == "founding_member" and claim.detail.get("body") == "Shanghai Five":
        return _shanghai_five_founder(ref, name)
    if status == "founding_member":
        founder = any(e["iso3"] == iso3 for e in _founders(ref))
        rows = history_rows[:1]
        note = f"{name} {'is' if founder else 'is not'} a founding member (founded {ref.founded})"
        span = [{"from": ref.founded, "to": None}] if founder else []
        return Verdict(AGREES if founder else CONTRADICTS, span, None, rows, note)
    covered = COVERS[status]
    since = claim.detail.get("since")

    def test(segment: _Segment, basis: Basis) -> bool:
        holding = segment.statuses[basis].get(iso3)
        if holding is None or holding["status"] not in covered:
            return False
        return since is None or str(holding["since"])[:4] == str(since)

    verdict, basis, holds = _on_both(ref, as_of, test, claim)
    rows = history_rows
    if not history:
        note = f"{name} has never held an SCO status"
    else:
        note = f"{name} as {_singular(status)}" + (f" since {since}" if since else "")
        note += f": {_ranges(holds['in_force'], ref.end)} (in force)"
        if holds["decision"] != holds["in_force"]:
            note += f"; by decision {_ranges(holds['decision'], ref.end)}"
    if as_of is not None and history:
        segment = ref.segment(as_of)
        holding = segment.statuses["in_force"].get(iso3) if segment else None
        held = rs.status_label(holding["status"]) if holding else "no status"
        note = f"on {as_of} {name} held {held} (in force); " + note
    note = _undated(verdict) + note + _past_end(ref, as_of)
    return Verdict(verdict, _holds_of(holds, basis), basis, rows, note)


def _singular(status: str) -> str:
    return {
        "member": "a member",
        "observer": "an observer",
        "dialogue_partner": "a dialogue partner",
        "partner": "a partner",
    }[status]


def _joined(ref: Reference, claim: JoinedClaim, as_of: str | None) -> Verdict:
    iso3, status = claim.detail["iso3"], claim.value
    covered = COVERS.get(status, ("member",))
    history, history_rows = ref.history(iso3)
    matching = [h for h in history if h["status"] in covered]
    rows = (
        tuple(_row(ref, h, "decision") for h in matching)
        if matching and len(matching) < len(history)
        else history_rows
    )
    name = claim.subject
    if not matching:
        note = f"{name} was never {_singular(status if status in COVERS else 'member')}"
        if not history:
            note = f"{name} has never held an SCO status"
        return Verdict(CONTRADICTS, [], "in-force", rows, note)
    joining = _Joining(matching[0], rows)
    if _before_told(claim, joining):  # "Mongolia was subsequently made an observer" (after 2005)
        note = f"told {claim.detail['dated']}, but {name}: {joining.dates}"
        return Verdict(DISPUTED, joining.holds, joining.basis, rows, note)
    ordinal = claim.detail.get("ordinal")
    if ordinal is not None:
        return _joined_by_ordinal(ref, claim, joining, covered, ordinal)
    if claim.detail.get("year") is not None:
        return _joined_in_year(claim, as_of, joining)
    return _joined_by_date(claim, as_of, joining)


def _before_told(claim: JoinedClaim, joining: _Joining) -> bool:
    """Whether a joining a time word tells came after a year ("subsequently", after 2005:
    timing.after_words) was made before that year: the status is right and the time word
    is not, which a red flag would overstate (disputed, not agreed)."""
    after = claim.detail.get("after")
    if after is None or claim.detail.get("year") is not None:
        return False
    made = joining.in_force or joining.first["decided"]
    return int(joining.first["decided"][:4]) < after and int(made[:4]) < after


class _Joining(NamedTuple):
    """The first joining of a status a claim names, as the reference has it."""

    first: Holding
    rows: tuple[int, ...]

    @property
    def in_force(self) -> str | None:
        return rs.in_force_from(self.first["in_force"])

    @property
    def holds(self) -> list[dict[str, str | None]]:
        return [{"from": self.in_force or self.first["decided"], "to": None}]

    @property
    def basis(self) -> str:
        return "in-force" if self.in_force else "decision"

    @property
    def dates(self) -> str:
        first = self.first
        return f"decided {first['decided']}, in force {first['in_force'] or 'not yet'}"


def _joined_by_ordinal(
    ref: Reference, claim: JoinedClaim, joining: _Joining, covered: tuple[str, ...], ordinal: int
) -> Verdict:
    """ "the first observer (in 2005)": its place among those of its status, and its year."""
    first, in_force, year = joining.first, joining.in_force, claim.detail.get("year")
    at = in_force or first["decided"]
    used: Basis = "in_force" if in_force else "decision"
    after = ref.segment(at)
    before = ref.segment(_day_before(at))
    count_after = sum(after.counts[used][s] for s in covered) if after else 0
    count_before = sum(before.counts[used][s] for s in covered) if before else 0
    ok = count_before < ordinal <= count_after
    note = f"{claim.subject} became {_singular(claim.value)} ({joining.dates}): number {count_after} on {at}"
    # "the first observer in 2005": the year must be right too
    years = {int(first["decided"][:4])} | ({int(in_force[:4])} if in_force else set())
    if year is not None and year not in years:
        ok = False
        note += f", not in {year}"
    if count_after - count_before > 1:
        note += f" with {count_after - count_before - 1} other(s) the same day"
    holds = joining.holds if ok else []
    return Verdict(AGREES if ok else CONTRADICTS, holds, joining.basis, joining.rows, note)


def _joined_in_year(claim: JoinedClaim, as_of: str | None, joining: _Joining) -> Verdict:
    """ "joined in 2017": the year it came into force, or the year of the decision."""
    first, in_force, year = joining.first, joining.in_force, claim.detail["year"]
    name, dates, rows = claim.subject, joining.dates, joining.rows
    if as_of is not None and first["decided"] > as_of:
        note = f"not yet on {as_of}: {name}: {dates}"
        return Verdict(CONTRADICTS, [], "in-force", rows, note)
    if in_force and int(in_force[:4]) == year:
        return Verdict(AGREES, joining.holds, "in-force", rows, f"{name}: {dates}")
    if int(first["decided"][:4]) == year:
        holds: list[dict[str, str | None]] = [{"from": first["decided"], "to": None}]
        return Verdict(
            AGREES, holds, "decision", rows, f"{name}: {dates} (the year of the decision)"
        )
    return Verdict(
        CONTRADICTS,
        [],
        "in-force",
        rows,
        f"{name} became {_singular(claim.value)} in {first['decided'][:4]}: {dates}, not {year}",
    )


def _joined_by_date(claim: JoinedClaim, as_of: str | None, joining: _Joining) -> Verdict:
    """A joining with no year of its own: done by the article's date, or not yet."""
    first, in_force, holds = joining.first, joining.in_force, joining.holds
    name, dates, rows = claim.subject, joining.dates, joining.rows
    if claim.detail.get("relative"):
        note = f"'{claim.detail['relative']}' needs the article's date; {dates}"
        return Verdict(UNVERIFIABLE, holds, None, rows, note)
    if as_of is None:
        return Verdict(UNVERIFIABLE, holds, None, rows, f"the article has no date; {name}: {dates}")
    if in_force and in_force <= as_of:
        return Verdict(AGREES, holds, "in-force", rows, f"{name}: {dates}")
    if first["decided"] <= as_of:
        return Verdict(
            AGREES,
            [{"from": first["decided"], "to": None}],
            "decision",
            rows,
            f"{name}: {dates}; by decision only on {as_of}",
        )
    if claim.detail.get("tense") == "present":  # "A and B join the SCO", before the decision
        note = f"told in the present on {as_of}, before the decision: {name}: {dates}"
        return Verdict(UNVERIFIABLE, holds, None, rows, note)
    if claim.detail.get("tense") == "decided":  # "решили предоставить": a step before it?
        note = (
            f"told as decided on {as_of}, before the reference's decision (perhaps a step "
            f"before it, such as a ministers' recommendation): {name}: {dates}"
        )
        return Verdict(UNVERIFIABLE, holds, None, rows, note)
    return Verdict(CONTRADICTS, holds, "in-force", rows, f"not yet on {as_of}: {name}: {dates}")


def _row(
    ref: Reference, holding: Holding | StatusEventRow, basis: Basis, *, brief: bool = False
) -> int:
    """The id of a reference row as a claim shows it; `brief` (the many rows of a
    count) leaves out the event's description."""
    row = {
        "country": holding["country"],
        "iso3": holding["iso3"],
        "status": rs.status_label(holding["status"]),
        "decided": holding["decided"],
        "in_force": holding["in_force"],
        "event": holding["event"],
        "source": holding["source_in_force"]
        if basis == "in_force" and holding["source_in_force"]
        else holding["source_decided"],
    }
    if brief:
        del row["event"]
    return ref.row_id(row)


def _undated(verdict: str) -> str:
    """Why a roster claim is unverifiable: it depends on a date the article lacks."""
    return "the article has no date; " if verdict == UNVERIFIABLE else ""


def _past_end(ref: Reference, as_of: str | None) -> str:
    if as_of is not None and as_of > ref.end:
        return "; the date is past the reference's end, so its last known state is used"
    return ""


# -- founding and summits -----------------------------------------------------


def _founding(ref: Reference, claim: FoundingClaim, as_of: str | None) -> Verdict:
    if claim.subject == "Shanghai Five":
        formed = _shanghai_five(ref)
        if formed is None:  # pragma: no cover - the packaged milestones have it
            return Verdict(
                UNVERIFIABLE, [], None, (), "the reference has no date for the Shanghai Five"
            )
        ok = int(formed["date"][:4]) == claim.value
        row = {"date": formed["date"], "event": formed["event"], "source": formed["source"]}
        holds = [{"from": formed["date"], "to": None}] if ok else []
        return Verdict(
            AGREES if ok else CONTRADICTS,
            holds,
            None,
            (ref.row_id(row),),
            f"the Shanghai Five was formed on {formed['date']}",
        )
    summit = next((s for s in ref.summits if s["start"] <= ref.founded <= s["end"]), None)
    city = claim.detail.get("city")
    ok = int(ref.founded[:4]) == claim.value
    where = ""
    rows = tuple(_row(ref, e, "decision") for e in _founders(ref)[:1])
    if summit is not None:
        rows = (_summit_row(ref, summit),)
        where = f" in {summit['city']}"
        if city is not None:
            ok = ok and _same_city(city, summit["city"])
    holds = [{"from": ref.founded, "to": None}] if ok else []
    return Verdict(
        AGREES if ok else CONTRADICTS,
        holds,
        None,
        rows,
        f"the SCO was founded on {ref.founded}{where}",
    )


# A city's name as written: one or two capitalised words ("Almaty", "St Petersburg", "Bishkek");
# an acronym ("BRIC"), a body's word or a month read as a place is none.
_CITY_NAME = re.compile(
    r"(?!(?:Organi[sz]ation|Cooperation|Council|Summit|Forum|Union|Group|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b)"
    r"(?:St\.?\s*)?[A-Z][a-z\u2019'-]+(?:[- ](?!(?:Organi[sz]ation|Cooperation|Council|Summit|Forum"
    r"|Union|Group|January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)[A-Z][a-z\u2019'-]+)?"
)


def _city_like(city: str | None) -> bool:
    return city is None or _CITY_NAME.fullmatch(city) is not None


@lru_cache(maxsize=1024)  # asked of every summit of the reference for each claim
def _same_city(written: str, city: str) -> bool:
    from sco_cli.dataset.summits import CITY_ALIASES, normalize_city

    wanted = normalize_city(written)
    return CITY_ALIASES.get(wanted, wanted) == normalize_city(city)


def _summit_row(ref: Reference, summit: SummitRow) -> int:
    return ref.row_id(
        {
            "ordinal": summit["ordinal"],
            "start": summit["start"],
            "end": summit["end"],
            "city": summit["city"],
            "country": summit["country"],
            "format": rs.status_label(summit["format"]),  # in-person, as every output spells it
            "source": summit["source"],
        }
    )


def _summit(ref: Reference, claim: SummitClaim, as_of: str | None) -> Verdict:
    year, detail = claim.value, claim.detail
    if year is not None and year < int(ref.founded[:4]):
        # before any ordinal: "the fourth summit held in 1999 in Bishkek" is the Shanghai
        # Five's fourth, no wrong count of the SCO's
        return _before_the_sco(ref, year, detail)
    if "ordinal" in detail and detail["ordinal"] is not None:
        return _by_ordinal(ref, claim, as_of, detail["ordinal"])
    if "nearest" in detail:  # "at the Astana summit": dated by the article's date
        return _nearest_summit(ref, claim, as_of)
    if year is None:
        return Verdict(
            UNVERIFIABLE,
            [],
            None,
            (),
            f"'{detail.get('relative', 'a relative year')}' needs the article's date",
        )
    return _by_year(ref, claim, year)


def _by_year(ref: Reference, claim: SummitClaim, year: int) -> Verdict:
    """A summit named by its year (and place): the summit of that year, if it fits (the
    same on any article's date, so kept for every article, where _memo keys on the date)."""
    key = (claim.subject, year, tuple(sorted(claim.detail.items())))
    verdict = ref._by_year.get(key)
    if verdict is None:
        if len(ref._by_year) >= MEMO:
            ref._by_year.clear()
        verdict = ref._by_year[key] = _of_year(ref, claim, year)
    return verdict


def _of_year(ref: Reference, claim: SummitClaim, year: int) -> Verdict:
    detail = claim.detail
    held = [s for s in ref.summits if int(s["start"][:4]) == year]
    last = max(int(s["start"][:4]) for s in ref.summits)
    if not held:
        if year > last:
            return Verdict(UNVERIFIABLE, [], None, (), f"the reference's summits end with {last}")
        return Verdict(CONTRADICTS, [], None, (), f"no summit of the heads of state in {year}")
    matching = [s for s in held if _fits(s, detail)]
    rows = tuple(_summit_row(ref, s) for s in (matching or held))
    if not matching:
        summit = held[0]
        note = f"the {year} summit was in {summit['city']}, {summit['country']} ({summit['format'].replace('_', ' ')})"
        never = not any(_fits(s, detail) for s in ref.summits)
        if never and ("dated" in detail or not _city_like(detail.get("city"))):
            # "meeting in Almaty on Saturday": dated by the article, in a place that never
            # held an SCO summit: another meeting, maybe (ministers', the Shanghai Five's);
            # "the SCO and BRIC summits in 2009": a word read as a place that is no city's name
            note = f"no SCO summit was ever held in {claim.subject}: the meeting named may be another; {note}"
            return Verdict(UNVERIFIABLE, [], None, rows, note)
        return Verdict(CONTRADICTS, [], None, rows, note)
    summit = matching[0]
    note = f"the {year} summit: {summit['city']}, {summit['country']}, {summit['start']} ({summit['format'].replace('_', ' ')})"
    return Verdict(AGREES, [{"from": summit["start"], "to": None}], None, rows, note)


# How summits are numbered: the reference's (the SCO's own, 2001 the 1st), the annual
# summits after the founding one (2002 the 1st), and from the Shanghai Five's first
# meeting (1996 the 1st, so 2001 the 6th). The reference's ordinal = the stated + shift.
NUMBERINGS = (
    (0, "the SCO's numbering (2001 the 1st)"),
    (1, "counting the annual summits after the founding one (2002 the 1st)"),
    (-5, "counting from the Shanghai Five's first meeting (1996 the 1st)"),
)


def _ordinal_summits(
    ref: Reference, claim: SummitClaim, as_of: str | None, stated: int
) -> tuple[list[SummitRow], list[tuple[SummitRow, int, str]]]:
    """The summits the claim's place (and year) names, and those its ordinal names under
    each known numbering, in the order of NUMBERINGS."""
    place = {k: v for k, v in claim.detail.items() if k != "ordinal"}
    there = [s for s in ref.summits if _fits(s, cast(SummitDetail, place))]
    if claim.value is not None:
        there = [s for s in there if int(s["start"][:4]) == claim.value]
    if as_of is not None:  # an article cannot name a summit more than a year ahead
        there = [s for s in there if int(s["start"][:4]) <= int(as_of[:4]) + 1]
    hits = [
        (s, shift, words)
        for shift, words in NUMBERINGS
        for s in there
        if s["ordinal"] == stated + shift
    ]
    return there, hits


def _by_ordinal(ref: Reference, claim: SummitClaim, as_of: str | None, stated: int) -> Verdict:
    """ "the 12th summit in Beijing", "its annual 15th summit in Astana": numberings differ
    between sources, so an ordinal right under another known numbering is disputed, and
    only one wrong under every numbering contradicts."""
    there, hits = _ordinal_summits(ref, claim, as_of, stated)
    city = claim.detail.get("city")
    if city is not None and not any(_same_city(city, s["city"]) for s in ref.summits):
        # "the 19th SCO summit in the Kyrgyz capital of Bishkek, Xi noted": a place that never
        # held an SCO summit is a word misread as one, or another meeting's
        note = f"no SCO summit was ever held in {claim.subject}: the meeting named may be another"
        return Verdict(UNVERIFIABLE, [], None, (), note)
    if hits:
        summit, shift, words = hits[0]
        rows: tuple[int, ...] = (_summit_row(ref, summit),)
        held = f"{summit['city']}, {summit['country']}, {summit['start']}"
        holds: list[dict[str, str | None]] = [{"from": summit["start"], "to": None}]
        if shift == 0:
            note = f"the {_nth(stated)} summit: {held} ({summit['format'].replace('_', ' ')})"
            return Verdict(AGREES, holds, None, rows, note)
        note = (
            f"disputed: the {_nth(stated)} summit {words} is {held}; the SCO numbers it the "
            f"{_nth(summit['ordinal'])}"
        )
        return Verdict(DISPUTED, holds, None, rows, note)
    named = [
        (s, words)
        for shift, words in NUMBERINGS
        for s in ref.summits
        if s["ordinal"] == stated + shift
    ]
    theirs = "; ".join(f"{s['city']} {s['start'][:4]} the {_nth(s['ordinal'])}" for s in there)
    note = f"no summit{' there' if there else ''} is the {_nth(stated)} under any known numbering"
    note += f" ({theirs})" if theirs else ""
    by_ordinal = "; ".join(f"{s['city']} {s['start'][:4]} {words}" for s, words in named)
    note += f"; the {_nth(stated)}: {by_ordinal or 'none'}"
    rows = tuple(_summit_row(ref, s) for s in (there or [s for s, _ in named]))
    return Verdict(CONTRADICTS, [], None, rows, note)


def _nth(number: int) -> str:
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def _before_the_sco(ref: Reference, year: int, detail: SummitDetail) -> Verdict:
    """A meeting before the SCO was founded is no SCO summit to contradict: the Shanghai
    Five's, agreeing where its milestone names the year and city, else unverifiable."""
    formed = _shanghai_five(ref)
    city = str(detail.get("city") or "")
    if formed and formed["date"].startswith(str(year)) and city and city in formed["event"]:
        note = (
            f"before the SCO ({ref.founded}): the Shanghai Five met in {city} on {formed['date']}"
        )
        return Verdict(AGREES, [{"from": formed["date"], "to": None}], None, (), note)
    note = (
        f"the SCO was founded on {ref.founded}: a meeting in {year} is no SCO summit"
        " (the Shanghai Five's meetings are not in the reference)"
    )
    return Verdict(UNVERIFIABLE, [], None, (), note)


def _nearest_summit(ref: Reference, claim: SummitClaim, as_of: str | None) -> Verdict:
    """A summit named by its place and no date ("at the Astana summit"): the last summit
    there on or before the article's date, or the one nearest that date either side when
    the words say it is coming. A place that never held an SCO summit is no contradiction:
    the summit named may be another body's."""
    there = [s for s in ref.summits if _fits(s, claim.detail)]
    if as_of is None:
        note = "a summit named without a year needs the article's date"
        return Verdict(UNVERIFIABLE, [], None, (), note)
    if not there:
        note = f"no SCO summit in {claim.subject} in the reference: the summit named may be another body's"
        return Verdict(UNVERIFIABLE, [], None, (), note)
    summit = _nearest(there, claim.detail["nearest"] == "after", as_of)
    rows = tuple(_summit_row(ref, s) for s in ([summit] if summit else there))
    which = "the nearest" if claim.detail["nearest"] == "after" else "the last"
    if summit is None:
        years = ", ".join(s["start"][:4] for s in there)
        note = f"no SCO summit in {claim.subject} by {as_of} in the reference (its summits there: {years})"
        return Verdict(UNVERIFIABLE, [], None, rows, note)
    note = (
        f"dated by the article's date, {which} summit in {summit['city']} as of {as_of}: "
        f"{summit['start']} ({summit['format'].replace('_', ' ')})"
    )
    return Verdict(AGREES, [{"from": summit["start"], "to": None}], None, rows, note)


EVE = 3  # days before a summit opens that an article reports it as begun ("have gathered for")


def _nearest(summits: list[SummitRow], coming: bool, as_of: str) -> SummitRow | None:
    """The last of `summits` begun by `as_of`; when the words say it is coming, the one
    nearest `as_of` either side (an article dated after the summit it announced)."""
    if not coming:  # one opening within days of the article is the one it reports on its eve
        eve = (dt.date.fromisoformat(as_of) + dt.timedelta(days=EVE)).isoformat()
        return max(
            (s for s in summits if s["start"] <= eve), key=lambda s: s["start"], default=None
        )
    day = dt.date.fromisoformat(as_of)

    def distance(summit: SummitRow) -> tuple[int, bool]:
        start = dt.date.fromisoformat(summit["start"])
        return abs((start - day).days), start < day  # a tie goes to the coming one

    return min(summits, key=distance, default=None)


def dated(ref: Reference, claim: Claim, as_of: str | None) -> Claim:
    """A summit named by its place and no year, given the year of the summit of that place
    nearest `as_of` (the article's date) when the reference has one; any other claim as it is."""
    if isinstance(claim, JoinedClaim) and "summit" in claim.detail:
        claim = _joined_at_summit(ref, claim, as_of)
    if isinstance(claim, (StatusClaim, JoinedClaim)) and claim.value == "partner":
        return _partner_then(ref, claim, as_of)
    if not isinstance(claim, SummitClaim) or claim.value is not None:
        return claim
    stated = claim.detail.get("ordinal")
    if stated is not None:  # "the 12th summit was held in Beijing": the summit it names
        return _dated_by_ordinal(ref, claim, as_of, stated)
    if "nearest" not in claim.detail:
        return claim
    there = [s for s in ref.summits if _fits(s, claim.detail)]
    summit = _nearest(there, claim.detail["nearest"] == "after", as_of) if as_of else None
    return claim if summit is None else claim._replace(value=int(summit["start"][:4]))


def _joined_at_summit(ref: Reference, claim: JoinedClaim, as_of: str | None) -> JoinedClaim:
    """ "The Ufa summit granted Belarus observer status": the joining takes the year of the
    summit of that city nearest the article's date (as the summit itself does)."""
    there = [s for s in ref.summits if _same_city(claim.detail["summit"], s["city"])]
    coming = claim.detail.get("nearest") == "after"
    summit = _nearest(there, coming, as_of) if as_of else None
    if summit is None:
        return claim
    year = int(summit["start"][:4])
    dated = (
        f"the summit it was made at ({summit['city']}, {year}: the one nearest the"
        f" article's date, none named by its year)"
    )
    return claim._replace(detail={**claim.detail, "year": year, "dated": dated})


def _partner_then(ref: Reference, claim: RosterClaim, as_of: str | None) -> RosterClaim:
    """ "Turkey, an SCO partner" before the statuses were renamed (Tianjin, 2025-09-01):
    the only partners then were dialogue partners, and the claim is shown as what it
    named then (the verdict is the same: no country was a 'partner' before)."""
    renamed = min((r["date"] for r in ref.rules if r["to_status"] == "partner"), default=None)
    if as_of is None or renamed is None or as_of >= renamed:
        return claim
    return claim._replace(value="dialogue_partner")


def _dated_by_ordinal(
    ref: Reference, claim: SummitClaim, as_of: str | None, stated: int
) -> SummitClaim:
    """The year of the summit an ordinal names (under the first numbering that names one
    in the claim's place); when none does, of the summit of that place nearest the
    article's date (the one the article is about), else of the SCO's own numbering."""
    there, hits = _ordinal_summits(ref, claim, as_of, stated)
    summit = hits[0][0] if hits else None
    if summit is None and there and as_of is not None and len(there) < len(ref.summits):
        summit = _nearest(there, True, as_of)
    if summit is None:
        summit = next((s for s in ref.summits if s["ordinal"] == stated), None)
    return claim if summit is None else claim._replace(value=int(summit["start"][:4]))


def _fits(summit: SummitRow, detail: SummitDetail) -> bool:
    if "city" in detail and not _same_city(detail["city"], summit["city"]):
        return False
    if "host" in detail and detail["host"] != summit["iso3"]:
        return False
    if detail.get("virtual") and summit["format"] not in ("virtual", "hybrid"):
        return False
    return "ordinal" not in detail or detail["ordinal"] == summit["ordinal"]


def _verdict(ref: Reference, claim: Claim, as_of: str | None) -> Verdict:
    """A claim judged by the judge of its kind (mypy checks each reads its own kind's details)."""
    if isinstance(claim, CountClaim):
        return _count(ref, claim, as_of)
    if isinstance(claim, StatusClaim):
        return _status(ref, claim, as_of)
    if isinstance(claim, JoinedClaim):
        return _joined(ref, claim, as_of)
    if isinstance(claim, FoundingClaim):
        return _founding(ref, claim, as_of)
    return _summit(ref, claim, as_of)


def judged(
    ref: Reference, claims: Iterable[Claim], as_of: str | None
) -> list[tuple[Claim, Verdict]]:
    return [(claim, ref.judge(claim, as_of)) for claim in claims]
