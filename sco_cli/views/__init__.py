"""Rich views: each draws one command's JSON document for a terminal.

Every piece of data goes in as rich.text.Text, never as a markup string, so
article text such as "[in brackets]" shows exactly as written. One module a
command, as in reports/ (sco_cli.views.N draws command N's views, as the
registry lists them); this package holds what they share.
"""

from __future__ import annotations

import importlib
from typing import IO, Any

from rich import box
from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

from sco_cli.cells import cell
from sco_cli.numbers import env_width
from sco_cli.query import JSON
from sco_cli.registry import VIEW_MODULES
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
    # COLUMNS and LINES are read here, clamped to 1,000: rich itself would take
    # COLUMNS=1000000000 at its word and pad every line to that width.
    return _Console(
        file=stream,
        width=env_width("COLUMNS"),
        height=env_width("LINES"),
        highlight=False,
        emoji=False,
    )


def draw(report: Report) -> RenderableType:
    """The rich view of a report: Report.view, a function of the module of the
    command the registry says draws it."""
    if report.view == "records":
        return records(report)
    module = importlib.import_module(f"sco_cli.views.{VIEW_MODULES[report.view]}")
    view: Any = getattr(module, report.view)
    drawing: RenderableType = view(report.document)
    return drawing


def simple_table(**options: Any) -> Table:
    """The house table: a rule under the header, no outer edge or padding."""
    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, **options)


def records(report: Report) -> RenderableType:
    """Any records (--fields narrows a view down to them) as one table."""
    table = simple_table()
    for column in report.columns:
        table.add_column(column)
    for row in report.rows:
        table.add_row(*(Text(cell(value)) for value in row))
    return table


def date_text(doc: JSON, text: str | None) -> str:
    """A date as the --lang of the document writes it (CLDR, Babel), else as it is."""
    if not text or not doc.get("lang"):
        return text or ""
    from sco_cli.names import format_date

    return format_date(text, doc["lang"])


def value_text(value: Any) -> Text:
    if isinstance(value, list):
        return Text("\n".join(f"• {v}" for v in value))
    return Text(str(value))


def local_name(item: JSON) -> str:
    """'中国 (China)' where a local name was asked for, else the English name."""
    if item.get("name_local"):
        return f"{item['name_local']} ({item.get('value') or item.get('country')})"
    return str(item.get("value") or item.get("country"))


def where_text(evidence: JSON) -> str:
    if evidence["section"] is None:
        return str(evidence["part"])
    return f"{evidence['section']} ¶{evidence['paragraph']}.{evidence['sentence']}"


def source_text(source: JSON) -> Text:
    return Text.assemble(
        ("Source: ", "dim"),
        f"{source['outlet']}, reporting {source['reporting_agency']}; by {source['author']}; "
        f"dated {source['date']}; article {source['article_id']}",
    )
