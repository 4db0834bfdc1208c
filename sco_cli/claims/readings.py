"""Where the reference's sources disagree, and what was published on the day (issue 22).

A verdict from claims/judge.py is reconsidered here, after it is made:

- *disputed*: rows of the reference keep another credible reading of a date
  (`disputed`, `other_reading`, `source_other`). A claim is judged again on the
  reference with those readings; if it agrees on one reading and not on the
  other, it is disputed (never contradicts), and the note gives both readings
  with their sources. A count that matches a basis of the reference's reading
  agrees as before (naming the basis); one only the other reading gives is
  disputed;
- a count that matches neither basis but a count published that day (the
  published-counts table) agrees, naming it (basis "published");
- "held in City" of a virtual meeting agrees with that context said: held by
  videoconference, chaired by the host;
- a status's old name on the day a rule renames it (the merge-day ruling): a claim
  that contradicts on the day a status rule takes effect (`sco-status-rules.csv`,
  Tianjin's "observer" -> "partner") but agrees on the day before uses the name the
  status had until that day; an article of that day may have been written before
  the decision, so it agrees (basis "renamed") with a note saying so, never red;
- a date past the reference's end says where the reference ends;
- the figure of the morning (the day-of-change ruling, `that_morning`): a count or a
  status that contradicts on the day a status change takes effect (a row of
  `sco-status-events.csv` decided or in force that day) but agrees on the day before is
  the figure as it stood that morning; an article of that day may have been written
  before the decision, so it agrees (basis "day-before") with a note naming the change,
  unless the same article reports the change itself (it makes a claim true from that day
  only): then the old figure is a background not brought up to date, and stays red.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from sco_cli.claims.claim import Claim, CountClaim, SummitClaim
    from sco_cli.dataset.roster import StatusEventRow

# claims/judge.py calls this module, which never imports it (no cycle): its
# Reference and Verdict are typed here as what they are to this module.
Reference = Any  # judge.Reference
Verdict = Any  # judge.Verdict (a NamedTuple: verdict, holds, basis, reference, note)
Judge = Callable[[Any, "Claim", "str | None"], Any]  # judge.judged: a claim of any kind
AGREES = "agrees"
RENAMED = "renamed"  # the basis of a status's old name on the day it was renamed
DAY_BEFORE = "day-before"  # the basis of a figure of the morning a change took effect

DISPUTED = "disputed"
FIGURES_OF = {  # a count claim's subject -> the published figures that count it
    "member": ("members",),
    "observer": ("observers",),
    "dialogue_partner": ("dialogue_partners", "partners"),
    "partner": ("partners", "dialogue_partners"),
    "country": ("total",),
}


def other_reading(event: StatusEventRow) -> StatusEventRow:
    """The row as its other reading gives it (the row itself when undisputed)."""
    field = event.get("disputed") or ""
    if not field:
        return event
    other = cast("dict[str, str]", dict(event))
    other[field] = event["other_reading"]
    other["source_" + field] = event["source_other"]
    return cast("StatusEventRow", other)


def _other_reference(ref: Reference) -> Reference | None:
    """The reference on the other readings (built once), or None when nothing is disputed."""
    if "other" not in ref.readings:
        other: Reference | None = None
        if any(e.get("disputed") for e in ref.events):
            events = tuple(other_reading(e) for e in ref.events)
            other = type(ref)(events, ref.rules, ref.summits, ref.milestones, ref.end)
        ref.readings["other"] = other
    return ref.readings["other"]


def reconcile(
    ref: Reference, claim: Claim, as_of: str | None, verdict: Verdict, judge: Judge
) -> Verdict:
    """The verdict with the other readings, the published counts and the virtual
    meetings taken into account (see the module's docstring)."""
    if claim.kind in ("count", "status", "joined"):
        verdict = _disputed(ref, claim, as_of, verdict, judge)
    if claim.kind == "count" and verdict.verdict == "contradicts" and as_of is not None:
        verdict = _published(ref, claim, as_of, verdict)
    if claim.kind in ("count", "status") and verdict.verdict == "contradicts" and as_of:
        verdict = renamed_that_day(ref, claim, as_of, verdict, judge)
    if claim.kind == "summit" and verdict.verdict == "agrees":
        verdict = _virtual(ref, claim, verdict)
    if as_of is not None and as_of > ref.end and "reference's end" not in verdict.note:
        verdict = verdict._replace(note=f"{verdict.note}; the reference ends on {ref.end}")
    return verdict


def _disputed(
    ref: Reference, claim: Claim, as_of: str | None, verdict: Verdict, judge: Judge
) -> Verdict:
    other_ref = _other_reference(ref)
    if other_ref is None:
        return verdict
    if claim.kind == "count" and verdict.verdict == AGREES:
        return verdict  # a count that matches a basis agrees, naming it (not disputed)
    other = judge(other_ref, claim, as_of)
    if other.verdict == verdict.verdict or AGREES not in (verdict.verdict, other.verdict):
        return verdict
    agreeing, differing = (verdict, other) if verdict.verdict == AGREES else (other, verdict)
    rows = list(verdict.reference)
    rows += [i for i in (ref.row_id(row) for row in other_ref.rows_of(other)) if i not in rows]
    cited = {ref.rows[i].get("iso3") for i in rows}
    which = "the reference's reading" if agreeing is verdict else "the other reading"
    note = (
        f"disputed: it agrees on {which} ({agreeing.note}) and {differing.verdict} on the "
        f"{'other' if agreeing is verdict else 'reference'}'s"
    )
    iso3 = claim.detail["iso3"] if claim.kind in ("status", "joined") else None
    readings = _readings(ref, iso3, cited)
    if readings:
        note += f"; sources disagree: {readings}"
    return verdict._replace(
        verdict=DISPUTED,
        holds=agreeing.holds,
        basis=agreeing.basis,
        reference=tuple(rows),
        note=note,
    )


def _readings(ref: Reference, iso3: str | None, cited: set[Any]) -> str:
    """The disputed rows a claim turns on (its country's, or those among the rows it
    cites), each with both readings and their sources."""
    rows = [
        e
        for e in ref.events
        if e.get("disputed") and (e["iso3"] == iso3 if iso3 else e["iso3"] in cited)
    ]
    said = []
    for e in rows:
        field = e["disputed"]
        word = "in force" if field == "in_force" else "decided"
        said.append(
            f"{e['country']} {word} {e[field]} ({e['source_' + field]}) or "
            f"{e['other_reading']} ({e['source_other']})"
        )
    return "; ".join(said)


def renamed_that_day(
    ref: Reference, claim: Claim, as_of: str, verdict: Verdict, judge: Judge
) -> Verdict:
    """A status named as it stood the day before a rule renamed it, on that rule's day:
    agrees (basis "renamed"), the note naming the rule; any other verdict as it is."""
    status = claim.subject if claim.kind == "count" else claim.value
    rules = [r for r in ref.rules if r["date"] == as_of and r["from_status"] == status]
    if not rules:
        return verdict
    before = _day_before(as_of)
    then = judge(ref, claim, before)
    if then.verdict != AGREES:
        return verdict
    rule = rules[0]
    # the judge's notes mostly open with their day already: say it once
    then_note = then.note if then.note.startswith(f"on {before}") else f"on {before}: {then.note}"
    note = (
        f"the status was renamed that day: {rule['from_status'].replace('_', ' ')} became "
        f"{rule['to_status'].replace('_', ' ')} on {as_of} ({rule['event']}; "
        f"{rule['source']}), and an article of that day may have been written before the "
        f"decision; {then_note}"
    )
    return then._replace(verdict=AGREES, basis=RENAMED, note=note)


def _published(ref: Reference, claim: CountClaim, as_of: str, verdict: Verdict) -> Verdict:
    figures = FIGURES_OF.get(claim.subject, ())
    for row in getattr(ref, "published", ()):
        if row["date"] != as_of or row.get("out_of_date"):
            continue  # a stale background list makes no claim agree
        if any(row.get(f) == claim.value for f in figures):
            note = (
                f"matches the count published on {as_of} ({row['source']}: "
                f"\u201c{row['quote']}\u201d); {verdict.note}"
            )
            published: dict[str, Any] = {
                "date": row["date"],
                "published": claim.value,
                "source": row["source"],
                "quote": row["quote"],
            }
            rows = (*verdict.reference, ref.row_id(published))
            holds: list[dict[str, str | None]] = [{"from": as_of, "to": as_of}]
            return verdict._replace(
                verdict=AGREES, basis="published", holds=holds, reference=rows, note=note
            )
    return verdict


def _virtual(ref: Reference, claim: SummitClaim, verdict: Verdict) -> Verdict:
    """'The 2020 summit was held in Moscow': it was held by videoconference."""
    if "city" not in claim.detail or claim.detail.get("virtual"):
        return verdict
    cited = [ref.rows[i] for i in verdict.reference]
    virtual = [row for row in cited if row.get("format") == "virtual"]
    if not virtual:
        return verdict
    row = virtual[0]
    context = (
        f"a virtual meeting: held by videoconference, chaired by {row['country']} from "
        f"{row['city']}, whose name its declaration bears; no leader met in {row['city']}"
    )
    return verdict._replace(note=f"{context}; {verdict.note}")


def _day_before(date: str) -> str:
    return (dt.date.fromisoformat(date) - dt.timedelta(days=1)).isoformat()


def changes_on(ref: Reference, day: str) -> list[StatusEventRow]:
    """The status changes the reference dates to that day (decided or in force)."""
    return [e for e in ref.events if day in (e["decided"], e["in_force"])]


def new_that_day(ref: Reference, claim: Claim, day: str, judge: Judge) -> bool:
    """Whether a claim tells a change of that day: true on it, not on the day before
    ("Iran became the ninth member", "the SCO now has nine members" on Iran's day)."""
    if claim.kind not in ("count", "status", "joined"):
        return False
    changes = changes_on(ref, day)
    if not changes or judge(ref, claim, day).verdict != AGREES:
        return False
    if claim.kind != "count":  # the country and the status the change gave it
        iso3 = claim.detail.get("iso3")
        return any(e["iso3"] == iso3 and e["status"] == claim.value for e in changes)
    return bool(judge(ref, claim, _day_before(day)).verdict != AGREES)


def that_morning(
    ref: Reference, claim: Claim, as_of: str, verdict: Verdict, judge: Judge
) -> Verdict:
    """A count or status as it stood the day before a change that took effect on
    `as_of`: agrees (basis "day-before"), the note naming the change; any other verdict
    as it is. The caller decides whether the article reported the change itself (then
    this reading is not offered)."""
    if claim.kind not in ("count", "status") or verdict.verdict != "contradicts":
        return verdict
    if "time" in claim.detail:
        return verdict  # placed at a time of its own: the day's change is not its time
    changes = changes_on(ref, as_of)
    if not changes:
        return verdict
    before = _day_before(as_of)
    then = judge(ref, claim, before)
    if then.verdict != AGREES:
        return verdict
    told = "; ".join(
        f"{e['country']} {e['status'].replace('_', ' ')} ({e['event']}; "
        f"{e['source_in_force'] if e['in_force'] == as_of else e['source_decided']})"
        for e in changes
    )
    then_note = then.note if then.note.startswith(f"on {before}") else f"on {before}: {then.note}"
    note = (
        f"the figure of the morning: a status change took effect that day ({as_of}: {told}), "
        f"an article of that day may have been written before it, and this one does not "
        f"report it; {then_note}"
    )
    return then._replace(verdict=AGREES, basis=DAY_BEFORE, note=note)
