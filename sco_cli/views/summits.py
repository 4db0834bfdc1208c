"""Rich view of `sco summits`: one line a meeting, its source beneath."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from sco_cli.views import date_text, simple_table

if TYPE_CHECKING:
    from sco_cli.reports.summits import SummitItem, SummitsDoc

FORMAT_STYLES = {"in-person": "", "virtual": "yellow", "hybrid": "cyan"}
FORMAT_WORDS = {
    "in-person": "in person",
    "hybrid": "in a hybrid format",
}


def _host(s: SummitItem) -> str:
    """'中国 (China)' with --lang, else 'China'."""
    local = s.get("country_local")
    return f"{local} ({s['country']})" if local and local != s["country"] else str(s["country"])


def _sentence(doc: SummitsDoc, s: SummitItem) -> Text:
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
    text.append(f"  Source: {s['source']}", style="dim")
    return text


def summits(doc: SummitsDoc) -> RenderableType:
    table = simple_table()
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("dates", no_wrap=True)
    table.add_column("city")
    table.add_column("host")
    table.add_column("format", no_wrap=True)
    table.add_column("source", overflow="fold")
    for s in doc["summits"]:
        start, end = date_text(doc, s["start"]), date_text(doc, s["end"])
        dates = start if s["start"] == s["end"] else f"{start} to {end}"
        table.add_row(
            Text(s["ordinal_text"]),
            Text(dates),
            Text(s["city"], style="bold"),
            Text(f"{_host(s)} ({s['iso3']})"),
            Text(s["format"], style=FORMAT_STYLES.get(s["format"], "")),
            Text(s["source"]),
        )
    ref = doc["reference"]
    answers = [_sentence(doc, s) for s in doc["summits"]] if len(doc["summits"]) <= 3 else []
    return Group(
        *answers,
        *([Text("")] if answers else []),
        table,
        Text(
            f"Meetings of the SCO Council of Heads of State ({ref['file']}, reference as of "
            f"{ref['as_of']}). What each decided and notes on its dates: --json.",
            style="dim",
        ),
    )
