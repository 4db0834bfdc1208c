"""Rich views: each draws one command's JSON document for a terminal.

Every piece of data goes in as rich.text.Text, never as a markup string, so
article text such as "[in brackets]" shows exactly as written.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from typing import IO, Any

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from sco_cli.query import JSON, span
from sco_cli.render import cell
from sco_cli.reports import Report

MATCH = "✓"
VERDICT_STYLES = {"agrees": "green bold", "qualifies": "yellow bold", "contradicts": "red bold"}
GROUP_TITLES = {
    "member": "Member states",
    "observer": "Observer states",
    "dialogue-partner": "Dialogue partners",
    "partner": "Partners",
}
MISMATCH = "✗"


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # rich would exit 1 here; the CLI treats a reader that went away as
        # success, in one place (app.ScoGroup), for every format alike.
        raise BrokenPipeError


def make_console(stream: IO[str]) -> Console:
    # Built per invocation: rich reads NO_COLOR, FORCE_COLOR, TERM and COLUMNS
    # when the console is made, so a test (or user) that sets them is obeyed.
    return _Console(file=stream, highlight=False, emoji=False)


def render(report: Report) -> RenderableType:
    if report.view == "records":
        return records(report)
    return VIEWS[report.view](report.document)


def export(report: Report, suffix: str) -> str:
    """The rich view as SVG, HTML or text, as a terminal of COLUMNS (else 100) would show it."""
    width = _columns() or 100
    console = Console(file=io.StringIO(), record=True, width=width, highlight=False, emoji=False)
    console.print(render(report))
    if suffix == ".svg":
        return console.export_svg(title="sco")
    if suffix == ".html":
        return console.export_html()
    return console.export_text()


def _columns() -> int | None:
    try:
        width = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return None
    return width if width > 0 else None


def records(report: Report) -> RenderableType:
    """Any records (--fields narrows a view down to them) as one table."""
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in report.columns:
        table.add_column(column)
    for row in report.rows:
        table.add_row(*(Text(cell(value)) for value in row))
    return table


def _value(value: Any) -> Text:
    if isinstance(value, list):
        return Text("\n".join(f"• {v}" for v in value))
    return Text(str(value))


def _local(item: JSON) -> str:
    """'中国 (China)' where a local name was asked for, else the English name."""
    if item.get("name_local"):
        return f"{item['name_local']} ({item.get('value') or item.get('country')})"
    return str(item.get("value") or item.get("country"))


def _where(evidence: JSON) -> str:
    if evidence["section"] is None:
        return str(evidence["part"])
    return f"{evidence['section']} ¶{evidence['paragraph']}.{evidence['sentence']}"


def _source_text(source: JSON) -> Text:
    return Text.assemble(
        ("Source: ", "dim"),
        f"{source['outlet']}, reporting {source['reporting_agency']}; by {source['author']}; "
        f"dated {source['date']}; article {source['article_id']}",
    )


def summary(doc: JSON) -> RenderableType:
    facts = {f["path"]: f for f in doc["facts"]}

    def rows(title: str, paths: list[str]) -> Panel:
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column()
        for path in paths:
            grid.add_row(Text(facts[path]["label"]), _value(facts[path]["value"]))
        return Panel(grid, title=title, title_align="left", box=box.ROUNDED)

    counts = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    counts.add_column("status")
    counts.add_column("article", justify="right")
    counts.add_column(f"reference on {doc['roster_check']['as_of']}", justify="right")
    counts.add_column("")
    for check in doc["roster_check"]["counts"]:
        same = check["article"] == check["reference"]
        counts.add_row(
            Text(check["status"].replace("_", " ")),
            Text(str(check["article"])),
            Text(str(check["reference"])),
            Text(MATCH if same else MISMATCH, style="green" if same else "red bold"),
        )
    membership = Group(
        counts,
        Text(""),
        Text(
            f"From {', '.join(facts['membership.regions']['value'])}; the members represent "
            f"{facts['membership.population_share']['value']}."
        ),
    )
    return Group(
        Panel(
            Group(
                Text.assemble(
                    (
                        f"{facts['summit.city']['value']}, {_local(facts['summit.country'])}",
                        "bold",
                    ),
                    f"  ·  {facts['summit.year']['value']}  ·  {facts['summit.timing']['value']}",
                ),
                Text(facts["summit.setting"]["value"], style="italic"),
            ),
            title="The SCO summit",
            title_align="left",
            box=box.ROUNDED,
        ),
        Panel(membership, title="Membership", title_align="left", box=box.ROUNDED),
        rows("Values and mission", ["shanghai_spirit.values", "three_forces", "decision_making"]),
        rows("The summit's agenda", ["summit.priorities", "summit.railway"]),
        rows(
            "Development strategy", ["development_strategy.name", "development_strategy.adopted_at"]
        ),
        rows(
            "Kazakhstan",
            [
                "kazakhstan.role",
                "kazakhstan.president",
                "kazakhstan.vision",
                "kazakhstan.priorities",
            ],
        ),
        _fact_checks(doc["fact_checks"]),
        _source_text(doc["source"]),
        Text("Evidence for every fact: sco facts; every check: sco verify", style="dim"),
    )


def article_summary(doc: JSON) -> RenderableType:
    source = doc["source"]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column()
    for key in ("headline", "date", "image_credit", "author"):
        if source.get(key):
            grid.add_row(Text(key.replace("_", " ")), Text(str(source[key])))
    shape = doc["shape"]
    grid.add_row(
        Text("shape"),
        Text(
            f"{shape['sections']} section(s), {shape['paragraphs']} paragraph(s), "
            f"{shape['sentences']} sentence(s), {shape['words']} word(s)"
        ),
    )
    for s in doc["sections"]:
        grid.add_row(Text(s["slug"]), Text(s["heading"] or "(untitled lead)"))
    if doc["first_sentence"]:
        grid.add_row(Text("opens with"), Text(doc["first_sentence"], style="italic"))
    return Group(
        Panel(grid, title=f"article {source['article_id']}", title_align="left", box=box.ROUNDED),
        Text(
            "No facts file for this article: its text only (sections, quote, search).", style="dim"
        ),
    )


def _fact_checks(notes: list[JSON]) -> Panel:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for note in notes:
        verdict = Text(note["verdict"], style=VERDICT_STYLES[note["verdict"]])
        grid.add_row(verdict, Text.assemble((f"{note['about']}: ", "bold"), note["text"]))
    return Panel(
        grid, title="Fact checks (from the reference)", title_align="left", box=box.ROUNDED
    )


def members(doc: JSON) -> RenderableType:
    parts: list[RenderableType] = []
    for group in doc["groups"]:
        parts.append(_group_heading(group))
        table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
        table.add_column("country")
        table.add_column("ISO", no_wrap=True)
        table.add_column("since", no_wrap=True)
        table.add_column("event")
        for c in group["countries"]:
            table.add_row(
                Text(_local(c)),
                Text(f"{c['iso2']} {c['iso3']}"),
                Text(c["since"]),
                Text(c["event"]),
            )
        parts += [table, Text("")]
    ref = doc["reference"]
    parts.append(
        Text(
            f"Countries and their counts: reference roster ({ref['file']}, reference as of "
            f"{ref['as_of']}), on {doc['as_of']}, {doc['as_of_reason']}. "
            "Counts marked 'article' are the article's own.",
            style="dim",
        )
    )
    return Group(*parts)


def _group_heading(group: JSON) -> Text:
    title = GROUP_TITLES.get(group["status"], str(group["status"]))
    heading = Text.assemble((title, "bold"), f"  {group['count']} (reference)")
    article = group["article"]
    if article is not None:
        same = group["matches_article"]
        heading.append(f"  ·  article: {article['count']} ")
        heading.append(MATCH if same else MISMATCH, style="green" if same else "red bold")
    return heading


def history(doc: JSON) -> RenderableType:
    country = doc["country"]
    name = country["name"]
    if country.get("name_local"):
        name = f"{country['name_local']} ({name})"
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for column in ("date", "status", "event", "source"):
        table.add_column(column, no_wrap=column in ("date", "status"), overflow="fold")
    for item in doc["history"]:
        table.add_row(*(Text(item[c]) for c in ("date", "status", "event", "source")))
    return Group(
        Text.assemble((name, "bold"), f"  {country['iso2']} {country['iso3']}"),
        table,
        Text(
            f"reference roster ({doc['reference']['file']}), reference as of "
            f"{doc['reference']['as_of']}",
            style="dim",
        ),
    )


def timeline(doc: JSON) -> RenderableType:
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1))
    table.add_column("date", no_wrap=True, style="bold")
    table.add_column("from", no_wrap=True)
    table.add_column("what", overflow="fold")
    year = None
    for entry in doc["entries"]:
        if year is not None and entry["date"][:4] != year:
            table.add_row("", "", "")
        year = entry["date"][:4]
        when = entry["date"] + (f" to {entry['end_date']}" if entry["end_date"] else "")
        marker = (
            Text("◆ article", style="magenta")
            if entry["source"] == "article"
            else Text("● reference", style="cyan")
        )
        table.add_row(Text(when), marker, Text(entry["text"]))
    ref = doc["reference"]
    return Group(
        table,
        Text(""),
        Text(
            f"◆ the article's own dated mentions; ● reference data ({', '.join(ref['files'])}, "
            f"reference as of {ref['as_of']}). Sources: --json or --format csv.",
            style="dim",
        ),
    )


def search(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("where", no_wrap=True, style="dim")
    table.add_column("sentence")
    for hit in doc["hits"]:
        sentence = Text(hit["text"])
        for start, end in hit["matches"]:
            sentence.stylize("bold reverse", start, end)
        where = f"{hit['section']} ¶{hit['paragraph']}.{hit['sentence']}"
        table.add_row(Text(str(hit["rank"])), Text(where), sentence)
    shown = len(doc["hits"])
    more = f", the best {shown} shown" if shown < doc["total"] else ""
    summary = f"{doc['total']} sentence(s) match {doc['query']!r}{more}"
    return Group(table, Text(summary, style="dim"))


STATUS_MARKS = {"pass": ("✓", "green"), "fail": ("✗", "red bold"), "note": ("i", "yellow")}


def verify(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("")
    table.add_column("check", no_wrap=True)
    table.add_column("subject")
    table.add_column("detail", overflow="fold")
    for item in doc["checks"]:
        mark, style = STATUS_MARKS[item["status"]]
        table.add_row(
            Text(mark, style=style),
            Text(item["check"]),
            Text(item["subject"]),
            Text(item["detail"]),
        )
    counts = doc["counts"]
    verdict = (
        Text("All checks hold.", style="green bold")
        if doc["ok"]
        else Text(f"{counts['fail']} check(s) failed.", style="red bold")
    )
    verdict.append(
        f"  {counts['pass']} passed, {counts['fail']} failed, {counts['note']} note(s)", style=""
    )
    return Group(table, Text(""), verdict)


def counts(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    table.add_column("status")
    table.add_column("reference", justify="right")
    table.add_column("article", justify="right")
    for group in doc["groups"]:
        article = group["article"]
        mark = (
            ""
            if article is None
            else f"{article['count']} {MATCH if group['matches_article'] else MISMATCH}"
        )
        table.add_row(Text(group["status"]), Text(str(group["count"])), Text(mark))
    return Group(
        table,
        Text(f"reference as of {doc['reference']['as_of']}; roster on {doc['as_of']}", style="dim"),
    )


def sections(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for name in ("slug", "heading", "paragraphs", "keywords"):
        table.add_column(name)
    for s in doc["sections"]:
        table.add_row(
            Text(s["slug"], style="bold"),
            Text(s["heading"] or "(untitled lead)"),
            Text(span(s["paragraphs"])),
            Text(", ".join(s["keywords"])),
        )
    return table


def quote(doc: JSON) -> RenderableType:
    parts: list[RenderableType] = []
    for section in doc["sections"]:
        parts.append(Rule(Text(section["heading"] or "(lead)", style="bold"), align="left"))
        for p in section["paragraphs"]:
            body = (
                Text("\n").join(Text(s) for s in p["matches"])
                if "matches" in p
                else Text(p["text"])
            )
            if doc["match"]:
                body.highlight_words([doc["match"]], style="bold reverse", case_sensitive=False)
            grid = Table.grid(padding=(0, 1))
            grid.add_column(style="dim", no_wrap=True, justify="right", width=4)
            grid.add_column()
            grid.add_row(Text(f"¶{p['number']}"), body)
            parts.append(grid)
            parts.append(Text(""))
    a = doc["attribution"]
    byline = ", ".join(str(x) for x in (a.get("author"), a.get("outlet"), a.get("date")) if x)
    parts.append(Text(f"— {byline} (article {doc['article_id']})", style="dim"))
    return Group(*parts)


def facts(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, show_lines=False)
    table.add_column("fact", style="bold", no_wrap=True)
    table.add_column("value")
    table.add_column("evidence")
    for fact in doc["facts"]:
        evidence = Text()
        for i, e in enumerate(fact["evidence"]):
            if i:
                evidence.append("\n")
            evidence.append(f"“{e['quote']}”")
            evidence.append(f"  {_where(e)}", style="dim")
        for note in fact["notes"]:
            evidence.append("\n")
            evidence.append(f"{note['verdict']}: ", style=VERDICT_STYLES[note["verdict"]])
            evidence.append(note["text"], style="italic")
            evidence.append(f" ({'; '.join(note['sources'])})", style="dim")
        table.add_row(Text(fact["path"]), _value(fact["value"]), evidence)
    return table


def get(doc: JSON) -> RenderableType:
    lines: list[RenderableType] = []
    for path, answer in doc.items():
        if path == "schema_version":
            continue
        value = answer["value"] if isinstance(answer, dict) and "evidence" in answer else answer
        lines.append(
            Text.assemble(
                (f"{path}  ", "dim"),
                _value(value) if not isinstance(value, dict) else Text(str(value)),
            )
        )
        if isinstance(answer, dict) and "evidence" in answer:
            for e in answer["evidence"]:
                lines.append(Text(f"    “{e['quote']}”  {_where(e)}", style="dim"))
            if not answer["evidence"]:
                lines.append(Text(f"    source: {answer['source']}", style="dim"))
            for note in answer["notes"]:
                line = Text("    ")
                line.append(f"{note['verdict']}: ", style=VERDICT_STYLES[note["verdict"]])
                line.append(note["text"], style="italic")
                lines.append(line)
    return Group(*lines)


def paths(doc: JSON) -> RenderableType:
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for name in ("path", "type", "source", "description"):
        table.add_column(name, no_wrap=name == "path")
    for item in doc["paths"]:
        table.add_row(
            *(Text(str(item[name])) for name in ("path", "type", "source", "description"))
        )
    return table


VIEWS: dict[str, Callable[[JSON], RenderableType]] = {
    "get": get,
    "paths": paths,
    "summary": summary,
    "article_summary": article_summary,
    "members": members,
    "counts": counts,
    "verify": verify,
    "search": search,
    "timeline": timeline,
    "history": history,
    "sections": sections,
    "quote": quote,
    "facts": facts,
}
