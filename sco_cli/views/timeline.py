"""Rich view of `sco timeline`: the year in a left gutter where it changes (as
`git log --graph` draws its graph), a marker a kind, one row a happening."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from sco_cli.dataset.query import JSON
from sco_cli.views import (
    PALETTE,
    Frame,
    date_text,
    flow,
    footer,
    plural,
    responsive,
    status_name,
    status_style,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.timeline import TimelineDoc

MARKERS = {
    "summit": ("★", PALETTE["reference"], "summit"),
    "milestone": ("●", PALETTE["reference"], "milestone"),
    "rule": ("▲", PALETTE["reference"], "rule change"),
    "status": ("■", None, "status decided"),
    "in-force": ("□", None, "in force"),
    "article": ("◆", PALETTE["article"], "the article"),
}


def timeline(doc: TimelineDoc) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        entries = merged(doc["entries"])
        years = sorted({e["date"][:4] for e in entries})
        span = f"{years[0]}-{years[-1]}" if len(years) > 1 else "".join(years)
        parts: list[RenderableType] = [
            title("sco timeline", f"{plural(len(entries), 'entry', 'entries')}, {span}"),
            _legend(frame.width),
            Text(""),
        ]
        width = max([len("08-31/09-01"), *(_when(doc, e).cell_len for e in entries)])
        rows: list[tuple[Text, Text, Text, Text]] = []
        for year, same_year in groupby(entries, key=lambda e: e["date"][:4]):
            ordered = sorted(same_year, key=lambda e: (e["date"], e["kind"] != "summit"))
            for number, e in enumerate(ordered):
                shown = Text(year if number == 0 else "", style=f"bold {PALETTE['accent']}")
                rows.append((shown, _when(doc, e), _marker(e), _text(e)))
        parts.append(_rows(frame, rows, width))
        parts.append(footer(frame, source=None, reference=doc["reference"]))
        return Group(*parts)

    return responsive(draw)


def merged(entries: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Leave out a status change that a milestone of the same day already tells:
    same date (or within its dates), and every country it moves named in it."""
    milestones = [e for e in entries if e["kind"] == "milestone"]

    def told(entry: Mapping[str, Any]) -> bool:
        if entry["kind"] != "status":
            return False
        names = [c["country"] for c in entry.get("countries", [])]
        return any(
            m["date"] <= entry["date"] <= (m["end_date"] or m["date"])
            and names
            and all(name in m["text"] for name in names)
            for m in milestones
        )

    return [e for e in entries if not told(e)]


def _text(entry: Mapping[str, Any]) -> Text:
    """A status change with its statuses spelled as every view spells them."""
    countries = entry.get("countries")
    if entry["kind"] not in ("status", "in-force") or not countries:
        return Text(entry["text"])
    lead = "in force: " if entry["kind"] == "in-force" else ""
    groups = [(s, list(g)) for s, g in groupby(countries, key=lambda c: c["status"])]

    def names(group: list[JSON]) -> str:
        return ", ".join(c.get("name_local") or c["country"] for c in group)

    told = lead + "; ".join(f"{status}: {names(group)}" for status, group in groups)
    if not entry["text"].startswith(told):
        return Text(entry["text"])
    text = Text(lead)
    for i, (status, group) in enumerate(groups):
        if i:
            text.append("; ")
        text.append(status_name(status), style=status_style(status))
        text.append(f": {names(group)}")
    text.append(entry["text"][len(told) :])
    return text


def _when(doc: Mapping[str, Any], entry: Mapping[str, Any]) -> Text:
    """'06-15', a range '07-03/04' or '08-31/09-01' (ISO 8601 intervals); a bare year: '';
    with --lang, the dates as that language writes them."""
    date, end = entry["date"], entry["end_date"]
    if len(date) == 4:
        return Text("")
    if doc.get("lang"):
        return Text(date_text(doc, date) + (f" \u2013 {date_text(doc, end)}" if end else ""))
    when = date[5:]  # MM-DD, or MM for a month: one format, ISO 8601's
    if end:
        when += "/" + (end[8:] if end[:7] == date[:7] else end[5:])
    return Text(when)


def _marker(entry: Mapping[str, Any]) -> Text:
    glyph, colour, _ = MARKERS.get(entry["kind"], MARKERS["milestone"])
    if entry["kind"] in ("status", "in-force") and entry.get("countries"):
        colour = status_style(entry["countries"][0]["status"])
    return Text(glyph, style=colour or "")


def _rows(frame: Frame, rows: list[tuple[Text, Text, Text, Text]], width: int) -> RenderableType:
    """Every entry, the year in the gutter where it changes; `width` is the date column's."""
    if frame.width < 60:
        lines: list[RenderableType] = []
        for year, when, marker, text in rows:
            if year.plain:
                lines += [Text(""), year] if lines else [year]
            if when.plain:
                lines += [Text.assemble(marker, " ", when), Padding(text, (0, 0, 0, 2))]
            else:  # a bare year: the marker beside the text, never alone on its line
                lines.append(Text.assemble(marker, " ", text))
        return Group(*lines)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=4)
    grid.add_column(no_wrap=True, width=width)
    grid.add_column(no_wrap=True, width=1)
    grid.add_column(max_width=max(frame.prose - width - 8, 20), overflow="fold")
    for number, (year, when, marker, text) in enumerate(rows):
        if year.plain and number:
            grid.add_row()  # a year's first entry after a blank line, its year beside it
        grid.add_row(year, when, marker, text)
    return grid


def _legend(width: int) -> Text:
    """Each marker beside its name, never split from it."""
    return flow(
        (
            Text.assemble((glyph, colour or status_style("member")), f" {name}")
            for glyph, colour, name in MARKERS.values()
        ),
        width,
    )
