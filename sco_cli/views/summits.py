"""Rich view of `sco summits`: one row a meeting (a block below 110 columns)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from sco_cli.views import (
    ACCENT,
    MUTED,
    PALETTE,
    Frame,
    date_text,
    flow,
    footer,
    plural,
    responsive,
    simple_table,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.summits import SummitItem, SummitsDoc

FORMAT_STYLES = {"in-person": "", "virtual": PALETTE["qualifies"], "hybrid": ACCENT}
FORMAT_WORDS = {
    "in-person": "in person",
    "hybrid": "in a hybrid format",
}
TABLE_FROM = 110  # narrower than this, one block a meeting


def _host(s: SummitItem) -> str:
    """'中国 (China)' with --lang, else 'China'."""
    local = s.get("country_local")
    return f"{local} ({s['country']})" if local and local != s["country"] else str(s["country"])


def _dates(doc: SummitsDoc, s: SummitItem) -> str:
    """'2019-06-14', a range '2009-06-15/16' (ISO 8601); with --lang, its way of writing them."""
    start, end = s["start"], s["end"]
    if doc.get("lang"):
        shown = date_text(doc, start)
        return shown if start == end else f"{shown} \u2013 {date_text(doc, end)}"
    if start == end:
        return start
    return f"{start}/{end[8:] if end[:7] == start[:7] else end[5:]}"


def _sentence(frame: Frame, doc: SummitsDoc, s: SummitItem) -> Text:
    """'The 2019 summit, the 19th, was held in Bishkek, Kyrgyzstan, on ... in person.'"""
    start, end = date_text(doc, s["start"]), date_text(doc, s["end"])
    days = f"on {start}" if s["start"] == s["end"] else f"from {start} to {end}"
    opening = f"The {s['start'][:4]} summit, the {s['ordinal_text']}, was held"
    if s["format"] == "virtual":  # the city is the one whose name its outcome bears
        text = Text.assemble(
            f"{opening} by videoconference from ",
            (s["city"], "bold"),
            f", hosted by {_host(s)}, {days}",
        )
    else:
        how = FORMAT_WORDS.get(s["format"], s["format"])
        text = Text.assemble(f"{opening} in ", (s["city"], "bold"), f", {_host(s)}, {days}, {how}")
    if not text.plain.endswith("."):  # a date may end with an abbreviation's dot
        text.append(".")
    text.append("  source ", style=MUTED)
    text.append(frame.link(s["source"]))
    return text


def summits(doc: SummitsDoc) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        items = doc["summits"]
        parts: list[RenderableType] = [
            title("sco summits", f"{plural(len(items), 'meeting')} of the heads of state"),
            Text(""),
        ]
        if len(items) <= 3:
            for s in items:
                parts += [_sentence(frame, doc, s), Text("")]
        if frame.width >= TABLE_FROM:
            table = simple_table()
            table.add_column("#", justify="right", no_wrap=True)
            table.add_column("dates", no_wrap=True)
            table.add_column("city")
            table.add_column("host")
            table.add_column("format", no_wrap=True)
            table.add_column("source", no_wrap=True)
            for s in items:
                table.add_row(
                    Text(s["ordinal_text"]),
                    Text(_dates(doc, s)),
                    Text(s["city"], style="bold"),
                    Text(f"{_host(s)} ({s['iso3']})"),
                    Text(s["format"], style=FORMAT_STYLES.get(s["format"], "")),
                    frame.link(s["source"]),
                )
            parts.append(table)
        else:
            for s in items:
                parts.append(
                    Text.assemble(
                        (f"{s['ordinal_text']}  ", MUTED),
                        (s["city"], "bold"),
                        f"  {_dates(doc, s)}",
                    )
                )
                detail = flow(  # a source's number never apart from its name
                    [
                        Text(f"{_host(s)} ({s['iso3']})"),
                        Text(s["format"], style=FORMAT_STYLES.get(s["format"], "")),
                        frame.link(s["source"]),
                    ],
                    frame.width - 2,
                    gap=" · ",
                )
                parts.append(Padding(detail, (0, 0, 0, 2)))
        parts.append(
            footer(
                frame,
                reference=doc["reference"],
                hint="What each meeting decided, and notes on its dates: --json.",
            )
        )
        return Group(*parts)

    return responsive(draw)
