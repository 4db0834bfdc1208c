"""Counts published on a day (data/reference/sco-published-counts.csv), against the
reference roster: which basis each agrees with. Pure functions; no click, rich or pydantic."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from sco_cli.dataset.roster import Basis

    class PublishedRow(TypedDict):
        """A row of sco-published-counts.csv, as loading validated it."""

        date: str
        members: int | None
        observers: int | None
        dialogue_partners: int | None
        partners: int | None
        total: int | None  # members and partners together
        matches: str  # both, in-force, decision or neither
        out_of_date: str  # "yes": stale when published (never makes a claim agree)
        source: str
        quote: str
        note: str

else:
    PublishedRow = dict

# A published figure -> the roster statuses it counts.
FIGURES: dict[str, tuple[str, ...]] = {
    "members": ("member",),
    "observers": ("observer",),
    "dialogue_partners": ("dialogue_partner",),
    "partners": ("partner",),
    "total": ("member", "observer", "dialogue_partner", "partner"),
}


def reference_figures(counts: Mapping[str, int]) -> dict[str, int]:
    """The roster's counts by status as the published figures name them."""
    return {figure: sum(counts[s] for s in statuses) for figure, statuses in FIGURES.items()}


def differences(row: PublishedRow, counts: Mapping[str, int]) -> dict[str, tuple[int, int]]:
    """figure -> (published, reference) for each figure the row gives that differs."""
    ours = reference_figures(counts)
    given = {f: row[f] for f in FIGURES if row[f] is not None}  # type: ignore[literal-required]
    return {f: (int(v), ours[f]) for f, v in given.items() if v != ours[f]}


def matching_bases(row: PublishedRow, counts: Mapping[Basis, Mapping[str, int]]) -> str:
    """'both', 'in-force', 'decision' or 'neither': the bases on which every figure the
    row gives equals the reference roster's."""
    in_force = not differences(row, counts["in_force"])
    decision = not differences(row, counts["decision"])
    if in_force and decision:
        return "both"
    return "in-force" if in_force else ("decision" if decision else "neither")


def on_date(rows: tuple[PublishedRow, ...] | list[PublishedRow], on: str) -> list[PublishedRow]:
    """The counts published on the ISO date `on`."""
    return [row for row in rows if row["date"] == on]


FIGURE_WORDS = {
    "members": "members",
    "observers": "observers",
    "dialogue_partners": "dialogue partners",
    "partners": "partners",
    "total": "countries (members and partners)",
}


def beside(
    rows: tuple[PublishedRow, ...] | list[PublishedRow],
    on: str,
    counts: Mapping[Basis, Mapping[str, int]],
    basis: Basis,
) -> list[str]:
    """For each count published on `on` that differs from the roster on `basis`, one
    line: the published figure beside the reference's, on both bases, and why."""
    other: Basis = "decision" if basis == "in_force" else "in_force"
    words = {"in_force": "in force", "decision": "by decision"}
    lines = []
    for row in on_date(rows, on):
        differ = differences(row, counts[basis])
        if not differ:
            continue
        theirs = reference_figures(counts[other])
        said = ", ".join(
            f"{published} {FIGURE_WORDS[f]} (the reference: {ours} {words[basis]}, "
            f"{theirs[f]} {words[other]})"
            for f, (published, ours) in differ.items()
        )
        why = f": {row['note']}" if row["note"] else ""
        lines.append(f"published on {on}: {said}, {row['source']}{why}")
    return lines
