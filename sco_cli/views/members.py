"""Rich views of `sco members`: the roster, its counts, a country's history, the growth."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from sco_cli.views import (
    FAIL_STYLE,
    MATCH,
    MISMATCH,
    MUTED,
    PALETTE,
    PROSE,
    Frame,
    date_text,
    flow,
    footer,
    plural,
    responsive,
    simple_table,
    status_key,
    status_name,
    status_style,
    title,
)

if TYPE_CHECKING:
    from sco_cli.reports.members import CountsDoc, GrowthDoc, HistoryDoc, MembersDoc

GAP = 3  # columns between the columns of a roster table
MARKS = "¹²³⁴⁵⁶⁷⁸⁹"


def members(doc: MembersDoc) -> RenderableType:
    from sco_cli.views import local_name

    def draw(frame: Frame) -> RenderableType:
        groups = doc["groups"]
        countries = [c for g in groups for c in g["countries"]]
        shared = _shared_details([c["event"] for c in countries])
        # One set of column widths for every group, so the tables line up.
        name_width = max([len("country"), *(Text(local_name(c)).cell_len for c in countries)])
        rows_by_group = [[_row(doc, c, shared) for c in g["countries"]] for g in groups]
        dates = [Text(r[2]).cell_len for rows in rows_by_group for r in rows]
        dates += [r[3].cell_len for rows in rows_by_group for r in rows]
        widths = (name_width, max([len("in force"), *dates]))
        fixed = widths[0] + len("AF AFG") + 2 * widths[1] + 4 * GAP
        stacked = frame.width - fixed < 24
        parts: list[RenderableType] = [title("sco members", _on(doc))]
        for group, rows in zip(groups, rows_by_group, strict=True):
            parts += [Text(""), _group_heading(group)]
            parts.append(
                _stacked(rows, frame.width)
                if stacked
                else _table(rows, widths, frame.width - fixed)
            )
        if doc.get("pending"):
            parts += [Text(""), _pending(doc)]
        if shared:
            parts.append(Text(""))
            for detail, mark in shared.items():
                parts.append(Text.assemble((f"{mark} ", MUTED), detail))
        parts.append(footer(frame, reference=doc["reference"], hint=_counted(doc)))
        return Group(*parts)

    return responsive(draw)


Row = tuple[str, str, str, Text, Text]


def _row(doc: Mapping[str, Any], country: Mapping[str, Any], shared: dict[str, str]) -> Row:
    from sco_cli.views import local_name

    return (
        local_name(country),
        f"{country['iso2']} {country['iso3']}",
        date_text(doc, country.get("decided") or country["since"]),
        _in_force(doc, country),
        _event(country["event"], shared),
    )


def _in_force(doc: Mapping[str, Any], country: Mapping[str, Any]) -> Text:
    """When the status took effect: a date, a month, or 'not yet' (pending)."""
    if "in_force" not in country:
        return Text(date_text(doc, country["since"]))
    if country["in_force"]:
        return Text(date_text(doc, country["in_force"]))
    return Text("not yet", style=f"bold {PALETTE['qualifies']}")


def _counted(doc: Mapping[str, Any]) -> str:
    basis = (
        "Counted by summit decision, in force or not."
        if doc.get("basis") == "decision"
        else "Counted: the statuses in force."
    )
    if any(g["article"] is not None for g in doc.get("groups") or doc.get("statuses") or ()):
        basis += " Counts after 'article' are the article's own."
    return basis


def _pending(doc: Mapping[str, Any]) -> RenderableType:
    """The statuses decided and not yet in force on the date (not counted above)."""
    from sco_cli.views import local_name

    lines: list[RenderableType] = [
        Text.assemble(
            ("Decided, not yet in force", "bold"),
            f" on {date_text(doc, doc['as_of'])} (not counted above)",
        )
    ]
    for c in doc["pending"]:
        when = f"in force {date_text(doc, c['in_force'])}" if c["in_force"] else "not yet in force"
        lines.append(
            Text.assemble(
                ("■ ", status_style(c["status"])),
                (local_name(c), "bold"),
                f": decided {date_text(doc, c['decided'])}, {when} ({status_name(c['status'])})",
            )
        )
    return Group(*lines)


def _on(doc: Mapping[str, Any]) -> str:
    reason = doc["as_of_reason"]
    return f"the roster on {date_text(doc, doc['as_of'])}" + (
        f" ({reason})" if reason != "as asked" else ""
    )


def _shared_details(events: list[str]) -> dict[str, str]:
    """The details ('Tianjin summit: <detail>') that three or more rows repeat,
    each with the mark that stands for it, so a table says it once."""
    counts = Counter(e.split(": ", 1)[1] for e in events if ": " in e)
    repeated = [detail for detail, n in counts.items() if n >= 3][: len(MARKS)]
    return {detail: MARKS[i] for i, detail in enumerate(repeated)}


def _event(event: str, shared: dict[str, str]) -> Text:
    occasion, _, detail = event.partition(": ")
    if detail in shared:
        return Text.assemble(occasion, (f" {shared[detail]}", MUTED))
    return Text(event)


def _table(rows: list[Row], widths: tuple[int, int], rest: int) -> Table:
    """One group's table; `widths` (the names', the dates') are every group's."""
    grid = simple_table()
    grid.padding = (0, GAP - 1, 0, 0)  # and the column divider, a space
    grid.add_column("country", width=widths[0])
    grid.add_column("ISO", no_wrap=True, width=len("AF AFG"))
    grid.add_column("decided", no_wrap=True, width=widths[1])
    grid.add_column("in force", no_wrap=True, width=widths[1])
    grid.add_column("event", max_width=max(rest, 24))
    for name, iso, decided, in_force, event in rows:
        grid.add_row(Text(name), Text(iso), Text(decided), in_force, event)
    return grid


def _stacked(rows: list[Row], width: int) -> RenderableType:
    lines: list[RenderableType] = []
    for name, iso, decided, in_force, event in rows:
        lines.append(Text.assemble((name, "bold"), "  ", (iso, MUTED)))
        when = flow(  # a label never apart from its date
            [
                Text.assemble(("decided ", MUTED), decided),
                Text.assemble(("in force ", MUTED), in_force),
            ],
            width - 2,
            gap="  ",
        )
        lines += [Padding(when, (0, 0, 0, 2)), Padding(event, (0, 0, 0, 2))]
    return Group(*lines)


def _group_heading(group: Mapping[str, Any]) -> Text:
    status = group["status"]
    heading = Text.assemble(
        ("■ ", status_style(status)),
        (status_name(status), "bold"),
        f"  {group['count']}",
    )
    article = group["article"]
    if article is not None:
        same = group["matches_article"]
        heading.append(f"  ·  article: {article['count']} ")
        heading.append(MATCH if same else MISMATCH, style=status_ok(same))
    return heading


def status_ok(same: bool) -> str:
    from sco_cli.views import OK_STYLE

    return OK_STYLE if same else FAIL_STYLE


def history(doc: HistoryDoc) -> RenderableType:
    """Each country asked for (--country, in the order asked): its status changes."""

    def draw(frame: Frame) -> RenderableType:
        histories = doc["histories"]
        parts: list[RenderableType] = [
            title(
                "sco members",
                "the statuses through the years of "
                + ", ".join(one["country"]["name"] for one in histories),
            )
        ]
        for one in histories:
            parts += [Text(""), *_one_history(doc, frame, one)]
        parts.append(footer(frame, reference=doc["reference"]))
        return Group(*parts)

    return responsive(draw)


def _one_history(
    doc: Mapping[str, Any], frame: Frame, one: Mapping[str, Any]
) -> list[RenderableType]:
    country = one["country"]
    name = country["name"]
    if country.get("name_local"):
        name = f"{country['name_local']} ({name})"
    changes = one["history"]
    parts: list[RenderableType] = [
        Text.assemble(
            (name, "bold"),
            f"  {country['iso2']} {country['iso3']}  ·  ",
            plural(len(changes), "status change"),
        )
    ]
    indent = 12 if frame.width >= 60 else 2
    for item in changes:
        status = Text(status_name(item["status"]), style=f"bold {status_style(item['status'])}")
        parts.append(
            Text.assemble(date_text(doc, item.get("decided") or item["date"]), "  ", status)
        )
        room = frame.prose - indent  # a label stays with its value, a note's number with its name
        detail = Text(item["event"])
        detail.append("\n")
        detail.append(flow([Text("decided", style=MUTED), frame.link(item["source"])], room, "  "))
        if "in_force" in item:
            when = Text("in force ", style=MUTED)
            pieces = [when]
            if item["in_force"]:
                when.append(date_text(doc, item["in_force"]), style="")
                if item.get("source_in_force") and item["source_in_force"] != item["source"]:
                    pieces += _links(frame, item["source_in_force"])
            else:
                when.append("not yet", style=f"bold {PALETTE['qualifies']}")
            detail.append("\n")
            detail.append(flow(pieces, room, "  "))
        parts.append(Padding(detail, (0, 0, 0, indent)))
    return parts


def _links(frame: Frame, sources: str) -> list[Text]:
    """'url ; url': each a link (or a numbered note)."""
    return [frame.link(s.strip()) for s in sources.split(" ; ") if s.strip()]


def counts(doc: CountsDoc) -> RenderableType:
    def draw(frame: Frame) -> RenderableType:
        if frame.width < 50:
            pending = [Text(""), _pending(doc)] if doc.get("pending") else []
            return Group(
                title("sco members", f"counts on {date_text(doc, doc['as_of'])}"),
                Text(""),
                *(_count_line(group) for group in doc["statuses"]),
                *pending,
                footer(frame, reference=doc["reference"], hint=_counted(doc)),
            )
        # As summary orders them: the article's count, the reference's, then whether they agree.
        with_article = any(group["article"] is not None for group in doc["statuses"])
        grid = simple_table()
        grid.add_column("status", no_wrap=True)
        if with_article:
            grid.add_column("article", justify="right", no_wrap=True)
        grid.add_column("reference", justify="right", no_wrap=True)
        grid.add_column("", no_wrap=True)
        for group in doc["statuses"]:
            article = group["article"]
            mark = Text()
            if article is not None:
                same = bool(group["matches_article"])
                mark.append(MATCH if same else MISMATCH, style=status_ok(same))
            cells = [Text(str(group["count"])), mark]
            if with_article:
                cells.insert(0, Text("" if article is None else str(article["count"])))
            grid.add_row(
                Text.assemble(("■ ", status_style(group["status"])), status_name(group["status"])),
                *cells,
            )
        parts: list[RenderableType] = [
            title("sco members", f"counts on {date_text(doc, doc['as_of'])}"),
            Text(""),
            grid,
        ]
        if doc.get("pending"):
            parts += [Text(""), _pending(doc)]
        parts.append(footer(frame, reference=doc["reference"], hint=_counted(doc)))
        return Group(*parts)

    return responsive(draw)


def _count_line(group: Mapping[str, Any]) -> Text:
    line = Text.assemble(
        ("■ ", status_style(group["status"])),
        (status_name(group["status"]), "bold"),
    )
    article = group["article"]
    # a label and its value never part at a line's end (no-break spaces)
    if article is not None:
        line.append(f"  article\u00a0{article['count']}  ·")
    line.append(f"  reference\u00a0{group['count']}")
    if article is not None:
        line.append("\u00a0")
        same = group["matches_article"]
        line.append(MATCH if same else MISMATCH, style=status_ok(same))
    return line


def growth(doc: GrowthDoc) -> RenderableType:
    """A stacked bar a date: one block a country, in its status's colour."""

    def draw(frame: Frame) -> RenderableType:
        changes = doc["changes"]
        widest = max((c["total"] for c in changes), default=1)
        figures = [_figures(c) for c in changes]
        figure_width = max((f.cell_len for f in figures), default=1)
        # date, bar, figures, then at least 16 columns of label, 2 between each.
        room = frame.width - len("2025-09-01") - figure_width - 16 - 6
        inline = room >= 12
        scale = min(1.0, (room if inline else frame.width - 2) / widest)
        basis = "by decision" if doc.get("basis") == "decision" else "in force"
        years = f"{changes[0]['date'][:4]}-{changes[-1]['date'][:4]}" if changes else ""
        parts: list[RenderableType] = [
            title("sco members --history", f"how the SCO grew, {years}: the statuses {basis}"),
            Text(""),
        ]
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style=MUTED)
        grid.add_column(no_wrap=True, width=max(1, round(widest * scale)))
        grid.add_column(no_wrap=True, justify="right")
        grid.add_column(max_width=PROSE)
        for change, figure in zip(changes, figures, strict=True):
            bar = _bar(change["counts"], scale)
            if inline:
                grid.add_row(Text(change["date"]), bar, figure, Text(change["event"]))
            else:
                parts.append(
                    Text.assemble((change["date"], MUTED), "  ", figure, "  ", change["event"])
                )
                parts.append(Padding(bar, (0, 0, 0, 2)))
        if inline:
            parts.append(grid)
        parts += [Text(""), _legend(frame.width), Text(_scale_note(scale), style=MUTED)]
        parts.append(footer(frame, reference=doc["reference"]))
        return Group(*parts)

    return responsive(draw)


def _figures(change: Mapping[str, Any]) -> Text:
    """'10+17': member states, then the others, as the issue of each date counts them."""
    counts = change["counts"]
    members = counts.get("member", 0)
    others = change["total"] - members
    return Text(f"{members}+{others}" if others else str(members), style="bold")


# A glyph a status as well as a colour: the bars read the same under NO_COLOR.
BLOCKS = {"member": "█", "observer": "▓", "dialogue_partner": "▒", "partner": "░"}


def _bar(counts: dict[str, int], scale: float) -> Text:
    bar = Text()
    for status, count in counts.items():
        if count:
            block = BLOCKS[status_key(status)]
            bar.append(block * max(1, round(count * scale)), style=status_style(status))
    return bar


def _legend(width: int) -> Text:
    """Each status's glyph and name, never split apart."""
    return flow(
        (
            Text.assemble(
                (BLOCKS[status_key(status)] * 2, status_style(status)), f" {status_name(status)}"
            )
            for status in ("member", "observer", "dialogue-partner", "partner")
        ),
        width,
    )


def _scale_note(scale: float) -> str:
    if scale >= 1:
        return "One block a country; the figures: members + the other statuses."
    return "Bars scaled to fit; the figures: members + the other statuses."
