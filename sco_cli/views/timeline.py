"""Rich view of `sco timeline`: years as headings, a marker a kind, one row a happening."""

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
    footer,
    plural,
    responsive,
    rule_heading,
    status_name,
    status_style,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.timeline import TimelineDoc

MARKERS = {
    "summit": ("◉", PALETTE["reference"], "summit"),
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
            _legend(),
        ]
        width = max([len("08-31/09-01"), *(_when(doc, e).cell_len for e in entries)])
        for year, same_year in groupby(entries, key=lambda e: e["date"][:4]):
            parts += [Text(""), rule_heading(year)]
            ordered = sorted(same_year, key=lambda e: (e["date"], e["kind"] != "summit"))
            rows = [(_when(doc, e), _marker(e), _text(e)) for e in ordered]
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
    if len(date) == 7:  # a month: its name
        import calendar

        return Text(calendar.month_abbr[int(date[5:])])
    when = date[5:]
    if end:
        when += "/" + (end[8:] if end[:7] == date[:7] else end[5:])
    return Text(when)


def _marker(entry: Mapping[str, Any]) -> Text:
    glyph, colour, _ = MARKERS.get(entry["kind"], MARKERS["milestone"])
    if entry["kind"] in ("status", "in-force") and entry.get("countries"):
        colour = status_style(entry["countries"][0]["status"])
    return Text(glyph, style=colour or "")


def _rows(frame: Frame, rows: list[tuple[Text, Text, Text]], width: int) -> RenderableType:
    """One year's entries; `width`, the date column's, is every year's."""
    if frame.width < 60:
        lines: list[RenderableType] = []
        for when, marker, text in rows:
            lines.append(Text.assemble(marker, " ", when))
            lines.append(Padding(text, (0, 0, 0, 2)))
        return Group(*lines)
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, width=width, justify="right")
    grid.add_column(no_wrap=True, width=1)
    grid.add_column(max_width=max(frame.prose - width - 3, 20))
    for when, marker, text in rows:
        grid.add_row(when, marker, text)
    return grid


def _legend() -> Text:
    legend = Text()
    for glyph, colour, name in MARKERS.values():
        if legend:
            legend.append("   ")
        legend.append(glyph, style=colour or status_style("member"))
        legend.append(f" {name}")
    return legend
