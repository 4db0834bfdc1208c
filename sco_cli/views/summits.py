"""Rich view of `sco summits`: one line a meeting, its source beneath."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.text import Text

from sco_cli.query import JSON
from sco_cli.views import simple_table

FORMAT_STYLES = {"in-person": "", "virtual": "yellow", "hybrid": "cyan"}
FORMAT_WORDS = {
    "in-person": "in person",
    "hybrid": "in a hybrid format",
}


def _sentence(s: JSON) -> Text:
    """'The 2019 summit, the 19th, was held in Bishkek, Kyrgyzstan, on ... in person.'"""
    days = f"on {s['start']}" if s["start"] == s["end"] else f"from {s['start']} to {s['end']}"
    opening = f"The {s['start'][:4]} summit, the {s['ordinal_text']}, was held"
    if s["format"] == "virtual":  # the city is the one whose name its outcome bears
        text = Text.assemble(
            f"{opening} by videoconference, hosted by {s['country']} (",
            (s["city"], "bold"),
            f"), {days}.",
        )
    else:
        how = FORMAT_WORDS.get(s["format"], s["format"])
        text = Text.assemble(
            f"{opening} in ", (s["city"], "bold"), f", {s['country']}, {days}, {how}."
        )
    text.append(f"  Source: {s['source']}", style="dim")
    return text


def summits(doc: JSON) -> RenderableType:
    table = simple_table()
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("dates", no_wrap=True)
    table.add_column("city")
    table.add_column("host")
    table.add_column("format", no_wrap=True)
    table.add_column("source", overflow="fold")
    for s in doc["summits"]:
        dates = s["start"] if s["start"] == s["end"] else f"{s['start']} to {s['end']}"
        table.add_row(
            Text(s["ordinal_text"]),
            Text(dates),
            Text(s["city"], style="bold"),
            Text(f"{s['country']} ({s['iso3']})"),
            Text(s["format"], style=FORMAT_STYLES.get(s["format"], "")),
            Text(s["source"]),
        )
    ref = doc["reference"]
    answers = [_sentence(s) for s in doc["summits"]] if len(doc["summits"]) <= 3 else []
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
