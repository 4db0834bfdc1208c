"""Rich views: each draws one command's JSON document for a terminal, in one look.

One module a command, as in reports/ (sco_cli.views.N draws command N's views,
as the registry lists them); this package holds what they share: the console,
the palette, the status names, the title line and the footer, the key/value
layout, the house table and the evidence card.

Every view draws through `responsive`, which hands it a `Frame`: the width it
has and whether the terminal takes hyperlinks. The rules, kept here once:

- Nothing is cut: a value, identifier, quote or URL is never shortened with
  `…`. Labels wrap first; below `WIDE` columns a key/value table becomes
  stacked blocks (label on its line, the value indented under it).
- One measure a view: prose, rules and tables are at most `PROSE` columns wide.
- A URL is never broken: its domain is a hyperlink (`astanatimes.com ↗`) where
  the terminal takes OSC 8 links, else a numbered note that gives it whole.
- Colours are mid-tones that read on light and dark backgrounds alike
  (tests/cli/test_views.py measures their contrast), never SGR dim for text
  that must be read, the same verdict colour in every view.
- Text from the data goes in as `rich.text.Text`, never as markup.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.constrain import Constrain
from rich.padding import Padding
from rich.rule import Rule
from rich.segment import Segment
from rich.style import Style
from rich.table import Table
from rich.text import Text

from sco_cli.commandline.numbers import MIN_COLUMNS, env_columns, env_width
from sco_cli.dataset.query import JSON
from sco_cli.output.cells import cell
from sco_cli.registry import VIEW_MODULES
from sco_cli.reports import Report

WIDE = 80  # below this, key/value tables become stacked blocks
PROSE = 90  # the widest a paragraph of prose is drawn

# Three palettes, one name a colour. Where the background is known (an export,
# `--theme`, SCO_THEME, a terminal's COLORFGBG), every colour that carries
# information reads at 4.5:1 or more on it (WCAG AA; tests/cli/test_views.py
# computes it on #1e1e1e, #282c34, #292929 and black, #ffffff and #fdf6e3).
# Where it is not known, no colour can reach 4.5:1 on both a light and a dark
# background (the best is 3.8:1): "auto" holds mid-tones of 3.5:1 or more on all.
PALETTES: dict[str, dict[str, str]] = {
    "auto": {
        "accent": "#2288cb",
        "muted": "#818181",
        "agrees": "#26943f",
        "qualifies": "#b07400",
        "contradicts": "#d95757",
        "member": "#3784d2",
        "observer": "#c96500",
        "dialogue_partner": "#916cda",
        "partner": "#009099",
        "article": "#cf4fae",
    },
    "dark": {
        "accent": "#389bde",
        "muted": "#959595",
        "agrees": "#2caa49",
        "qualifies": "#cc8700",
        "contradicts": "#e07575",
        "member": "#5999d9",
        "observer": "#e97400",
        "dialogue_partner": "#a384e0",
        "partner": "#00a4ae",
        "article": "#d870bd",
    },
    "light": {
        "accent": "#1d74af",
        "muted": "#6e6e6e",
        "agrees": "#218037",
        "qualifies": "#996500",
        "contradicts": "#d03030",
        "member": "#2a72bb",
        "observer": "#ae5700",
        "dialogue_partner": "#7f55d4",
        "partner": "#007b82",
        "article": "#b0308f",
    },
}
THEMES = ("auto", "light", "dark")
# The views build their styles from "auto"; a known background retints them as drawn.
PALETTE = {**PALETTES["auto"], "reference": PALETTES["auto"]["accent"]}
ACCENT = PALETTE["accent"]
MATCH_STYLE = "bold reverse"  # a searched word, where it stands in its text
MUTED = PALETTE["muted"]
VERDICT_STYLES = {v: f"bold {PALETTE[v]}" for v in ("agrees", "qualifies", "contradicts")}
OK_STYLE = f"bold {PALETTE['agrees']}"
FAIL_STYLE = f"bold {PALETTE['contradicts']}"
MATCH, MISMATCH = "✓", "✗"
GUTTER = "▌ "


# One spelling per status in every rich view: (singular, plural).
def status_key(status: str) -> str:
    """'dialogue-partner' (JSON) or 'dialogue_partner' (data) -> 'dialogue_partner'."""
    return status.replace("-", "_")


def status_name(status: str) -> str:
    """A status spelled one way in every view, as the options and the JSON spell it:
    member, observer, dialogue-partner, partner (never pluralised: '14 dialogue-partner'
    is written 'dialogue-partner  14')."""
    return status.replace("_", "-")


def status_style(status: str) -> str:
    return PALETTE.get(status_key(status), ACCENT)


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 sentence', '2 sentences', '3 countries' (give `many` where -s is wrong)."""
    return f"{count} {word if count == 1 else (many or word + 's')}"


# The frame: what a view knows about where it is drawn.


@dataclass
class Frame:
    """The width a view has, whether links can be clicked, and the URLs it cites."""

    width: int
    links: bool = False  # OSC 8 hyperlinks in this terminal
    export: bool = False  # a file: URLs whole and linked (<a href>), never folded
    urls: list[str] = field(default_factory=list)

    @property
    def wide(self) -> bool:
        return self.width >= WIDE

    @property
    def prose(self) -> int:
        return min(self.width, PROSE)

    def link(self, url: str) -> Text:
        """A source to show: its domain, clickable, or numbered for the notes below."""
        if not url.startswith(("http://", "https://")):
            return Text(url)
        if self.links:
            return Text(f"{domain(url)} ↗", style=Style(link=url, color=ACCENT))
        if url not in self.urls:
            self.urls.append(url)
        name = Text(domain(url), style=Style(link=url) if self.export else "")
        return Text.assemble(name, (f" [{self.urls.index(url) + 1}]", MUTED))

    def url_notes(self) -> RenderableType | None:
        """The URLs cited, numbered and whole: never broken, so that a copied URL works
        (a terminal soft-wraps a long one; an export's picture grows to hold it)."""
        if not self.urls:
            return None
        lines = []
        for number, url in enumerate(self.urls, start=1):
            whole = Text(url, style=Style(link=url) if self.export else "")
            line = Text.assemble((f"[{number}] ", MUTED), whole)
            if self.export or self.width >= 40:
                line.no_wrap, line.overflow = True, "ignore"
            else:  # a terminal narrower than 40 columns: cut at its edge, never at a space
                plain = line.plain
                line = Text("\n").join(
                    line[i : i + self.width] for i in range(0, len(plain), self.width)
                )
            lines.append(line)
        return Group(*lines)


def domain(url: str) -> str:
    """'https://www.astanatimes.com/2024/07/x' -> 'astanatimes.com'."""
    host = url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].split(":")[0]
    return host.removeprefix("www.")


def supports_links(console: Console) -> bool:
    """OSC 8 hyperlinks: FORCE_HYPERLINK=1/0 decides; else terminals known to take them."""
    forced = os.environ.get("FORCE_HYPERLINK")
    if forced is not None and forced != "":
        return forced != "0"
    if not console.is_terminal or console.is_dumb_terminal or console.color_system is None:
        return False
    env = os.environ
    program = env.get("TERM_PROGRAM", "")
    return bool(
        program in ("iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper")
        or env.get("WT_SESSION")
        or env.get("KITTY_WINDOW_ID")
        or env.get("TERM", "") in ("xterm-kitty", "foot", "alacritty")
        or int(env.get("VTE_VERSION", "0") or 0) >= 5000
    )


class _Responsive:
    """A view drawn when its width is known, in parts (one, for most views)."""

    def __init__(self, parts: Callable[[Frame], Iterable[RenderableType]]) -> None:
        self.parts = parts

    def _frame(self, console: Console, width: int) -> Frame:
        return Frame(
            width=min(width, PROSE),  # one measure: rules, prose and tables share it
            links=supports_links(console),
            export=console.record and not console.is_terminal,
        )

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        frame = self._frame(console, options.max_width)
        for part in self.parts(frame):
            yield Constrain(part, frame.width)
        notes = frame.url_notes()
        if notes is not None:
            yield Text("")
            yield notes

    def print(self, console: Console, **options: Any) -> None:
        """Printed a part at a time: each part written before the next is drawn."""
        frame = self._frame(console, console.width)
        for part in self.parts(frame):
            console.print(Constrain(part, frame.width), **options)
        notes = frame.url_notes()
        if notes is not None:
            console.print(Text(""), **options)
            console.print(notes, **options)


def responsive(draw: Callable[[Frame], RenderableType]) -> RenderableType:
    """A view drawn when its width is known: `draw(frame)` is called at print time."""
    return _Responsive(lambda frame: [draw(frame)])


def responsive_parts(parts: Callable[[Frame], Iterable[RenderableType]]) -> RenderableType:
    """A long view (a card a claim of a whole folder) drawn when its width is known, a
    part at a time: `parts(frame)` yields them, and `show` prints each before drawing
    the next, so that the view never holds the drawing of them all (an export does)."""
    return _Responsive(parts)


def show(console: Console, drawing: RenderableType, **options: Any) -> None:
    """Print a view: a part at a time where it is drawn in parts."""
    if isinstance(drawing, _Responsive):
        drawing.print(console, **options)
    else:
        console.print(drawing, **options)


def theme_of(choice: str = "auto", *, export: bool = False) -> str:
    """The palette to draw with: --theme light|dark where given; else light for an
    export (a picture pasted on a page); on a terminal SCO_THEME, else the background
    COLORFGBG names (rxvt, Konsole, iTerm2 set it), else auto (mid-tones)."""
    if choice in ("light", "dark"):
        return choice
    if export:
        return "light"
    named = os.environ.get("SCO_THEME", "").strip().lower()
    if named in THEMES:
        return named
    background = os.environ.get("COLORFGBG", "").rpartition(";")[2]
    if background.isdigit():
        return "light" if int(background) in (7, *range(9, 16)) else "dark"
    return "auto"


class Retint:
    """The views' colours ("auto") swapped for those of another palette, a style at a time."""

    def __init__(self, theme: str) -> None:
        from rich.color import Color

        self.colours = {
            Color.parse(PALETTES["auto"][name]).triplet: Color.parse(colour)
            for name, colour in PALETTES[theme].items()
        }
        self.styles: dict[Style, Style] = {}

    def style(self, style: Style) -> Style:
        done = self.styles.get(style)
        if done is None:
            color, bgcolor = (
                self.colours.get(c.triplet) if c is not None else None
                for c in (style.color, style.bgcolor)
            )
            done = style + Style(color=color, bgcolor=bgcolor) if color or bgcolor else style
            self.styles[style] = done
        return done

    def segments(self, segments: Iterable[Segment]) -> Iterator[Segment]:
        for segment in segments:
            text, style, control = segment
            yield Segment(text, self.style(style), control) if style else segment


# Lines every view shares.


def title(command: str, subtitle: str | Text = "") -> Text:
    """The first line of every view: the command in the accent colour, then what it shows."""
    line = Text(command, style=f"bold {ACCENT}")
    if subtitle:
        line.append("  ")
        line.append(subtitle if isinstance(subtitle, Text) else Text(subtitle))
    return line


def source_text(source: Mapping[str, Any]) -> Text:
    """The article's source line, written one way in every view:
    'Kazakhstan Today, reporting Xinhua · Serik Korzhumbayev · 2025-09-09 · article 000_…'."""
    outlet = source.get("outlet")
    agency = source.get("reporting_agency")
    who = ", reporting ".join(str(x) for x in (outlet, agency) if x)
    parts = [who, source.get("author"), source.get("date"), f"article {source['article_id']}"]
    return Text(" · ".join(str(p) for p in parts if p))


def reference_text(reference: Mapping[str, Any]) -> Text:
    """'as of 2025-09-01 · reference/sco-status-events.csv' (one file or several)."""
    files = reference.get("files") or [reference.get("file") or reference.get("reference")]
    return Text(f"as of {reference['as_of']} · {', '.join(str(f) for f in files if f)}")


def footer(
    frame: Frame,
    *,
    source: Mapping[str, Any] | None = None,
    reference: Mapping[str, Any] | None = None,
    hint: str | None = None,
    article_only: bool = False,
) -> RenderableType:
    """The last lines of every view: a rule, then the source and the reference's as-of date
    (without either given, those of the running command; `article_only`: the source alone)."""
    if source is None and reference is None:
        source, reference = provenance()
        if article_only:
            reference = None
    lines: list[RenderableType] = [Rule(style=MUTED, characters="─")]
    rows = []
    if source is not None:
        rows.append(("Source", source_text(source)))
    if reference is not None:
        rows.append(("Reference", reference_text(reference)))
    for label, value in rows:
        name = Text(label, style=f"bold {MUTED}")
        if frame.width < 60:
            lines += [name, Padding(value, (0, 0, 0, 2))]
        else:
            lines.append(hanging(name, value, indent=11))
    if hint:
        lines.append(Text(hint, style=MUTED))
    if len(lines) == 1:  # a rule with nothing under it says nothing
        return Group()
    return Constrain(Group(Text(""), *lines), frame.prose)


def provenance() -> tuple[JSON | None, JSON | None]:
    """The running command's article source line and reference (file, as-of date):
    what a footer names when the document it draws does not carry them. Only
    data the command has loaded already: a footer never loads (or caches) any.
    Shown, not obeyed: every string passes sanitize.shown, as the document did."""
    import click

    from sco_cli.app import App

    context = click.get_current_context(silent=True)
    app = context.find_object(App) if context is not None else None
    if app is None:
        return None, None
    from sco_cli.output.sanitize import shown_tree
    from sco_cli.reports import article_source_line, source_line

    if app.own_article:
        return shown_tree(article_source_line(app.article)), None
    from sco_cli.dataset import EVENTS_FILE

    dataset = app.loaded_dataset
    if dataset is None:
        return None, None
    reference = {"file": EVENTS_FILE, "as_of": dataset.reference_as_of}
    return shown_tree(source_line(dataset)), shown_tree(reference)


def hanging(label: Text, body: RenderableType, *, indent: int) -> RenderableType:
    """`label` then `body`, every wrapped line of the body indented under it."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(width=max(indent - 1, label.cell_len), no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row(label, body)
    return grid


def rule_heading(text: str | Text, style: str = f"bold {ACCENT}") -> RenderableType:
    """A heading with a thin rule after it (as `sco quote` draws its sections),
    no wider than prose."""
    heading = text if isinstance(text, Text) else Text(text, style=style)
    return Constrain(Rule(heading, align="left", style=MUTED), PROSE)


# Values and key/value blocks.


def value_text(value: Any) -> RenderableType:
    """A value as the views show it: a list as bullets with a hanging indent."""
    if isinstance(value, list):
        return bullets(str(v) for v in value)
    return Text(str(value))


def flow(pieces: Iterable[Text], width: int, gap: str = "   ") -> Text:
    """Pieces side by side, a line broken only between two pieces, never inside one
    (a legend's glyph stays with its name, a note's number with its word)."""
    lines: list[Text] = []
    for piece in pieces:
        if lines and lines[-1].cell_len + len(gap) + piece.cell_len <= width:
            lines[-1].append(gap)
            lines[-1].append_text(piece)
        else:
            lines.append(piece.copy())
    return Text("\n").join(lines)


def bullets(items: Iterable[str | Text]) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style=MUTED)
    grid.add_column()
    for item in items:
        grid.add_row("•", item if isinstance(item, Text) else Text(item))
    return grid


def key_values(
    frame: Frame,
    rows: Sequence[tuple[str | Text, RenderableType]],
    *,
    label_style: str = MUTED,
    whole_labels: bool = False,
) -> RenderableType:
    """Labelled values: two columns where there is room (labels wrap first),
    stacked blocks below WIDE columns, as `gh pr view` does. `whole_labels`:
    the labels are identifiers (paths), never wrapped; stacked if they would
    leave the values less than half the width."""
    labels = [r[0] if isinstance(r[0], Text) else Text(r[0], style=label_style) for r in rows]
    longest = max((label.cell_len for label in labels), default=0)
    if not frame.wide or (whole_labels and longest > frame.width // 2):
        blocks: list[RenderableType] = []
        for label, (_, value) in zip(labels, rows, strict=True):
            blocks += [label, Padding(value, (0, 0, 0, 2))]
        return Group(*blocks)
    label_width = longest if whole_labels else min(longest, max(20, frame.width // 3))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(width=label_width)
    grid.add_column(max_width=PROSE)
    for label, (_, value) in zip(labels, rows, strict=True):
        grid.add_row(label, value)
    return grid


# The evidence card: one look for a fact, its quotes and its fact-check notes.


def evidence_card(
    frame: Frame,
    *,
    path: str,
    value: Any = None,
    quotes: Sequence[Mapping[str, Any]] = (),
    notes: Sequence[Mapping[str, Any]] = (),
    source: str | None = None,
) -> RenderableType:
    """One fact with its evidence, the same in `facts`, `get --evidence` and `verify`.

    Plain data in:
      path    the fact's dotted path (the heading);
      value   its value (bold; a list as bullets), or None to leave it out;
      quotes  each {"quote": str, "where": str}: the verbatim quote and where it
              stands ("lead ¶1.1"), drawn at normal weight behind a ▌ gutter,
              the place muted at its end;
      notes   each {"verdict": "agrees"|"qualifies"|"contradicts"|str,
              "text": str, "sources": [url, ...]}: a coloured verdict, the text
              with a hanging indent, the sources as links or numbered notes;
      source  where a value without quotes comes from ("reference (...)").
    Separate cards with `cards()`, which puts a blank line between them.
    """
    parts: list[RenderableType] = [Text(path, style=f"bold {ACCENT}")]
    if value is not None:
        shown = value_text(value)
        if isinstance(shown, Text):
            shown.stylize("bold")
        parts.append(shown)
    for quote in quotes:
        parts.append(_quote_line(frame, quote))
    if not quotes and source:
        parts.append(Text.assemble(("source ", MUTED), source))
    for note in notes:
        parts.append(note_block(frame, note))
    return Constrain(Group(*parts), frame.prose)


def _quote_line(frame: Frame, quote: Mapping[str, Any]) -> RenderableType:
    return Gutter(Text(f"“{quote['quote']}”"), width=frame.prose, tail=quote.get("where"))


class Gutter:
    """`body` behind a ▌ on every line it wraps to, at most `width` columns in all."""

    def __init__(
        self, body: Text, *, width: int, tail: str | None = None, style: str = ACCENT
    ) -> None:
        self.body, self.width, self.tail, self.style = body, width, tail, Style.parse(style)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        inner = max(min(self.width, options.max_width) - len(GUTTER), 1)
        body = self.body.copy()
        if self.tail:
            # The place stays whole: after the quote's last line if it fits there, else under it.
            last = body.wrap(console, inner)[-1].cell_len
            body.append("  " if last + 2 + len(self.tail) <= inner else "\n")
            body.append(self.tail, style=MUTED)
        lines = console.render_lines(body, options.update_width(inner), pad=False)
        for line in lines:
            yield Segment(GUTTER, self.style)
            yield from line
            yield Segment.line()


def note_block(frame: Frame, note: Mapping[str, Any]) -> RenderableType:
    """A fact-check note: the verdict in its colour, the text hanging beside it."""
    verdict = str(note.get("verdict", "note"))
    label = Text(verdict, style=VERDICT_STYLES.get(verdict, f"bold {MUTED}"))
    body = Text(str(note.get("text", "")))
    sources = [frame.link(s) for s in note.get("sources", ())]
    if sources:  # each source's number stays with its name
        room = frame.prose - (2 if frame.width < 60 else 13)
        body.append("\n")
        body.append(flow([Text("sources", style=MUTED), *sources], room, gap="  "))
    if frame.width < 60:
        return Group(label, Padding(body, (0, 0, 0, 2)))
    return hanging(label, body, indent=13)


def cards(items: Iterable[RenderableType]) -> RenderableType:
    """Cards one under the other, a blank line between them."""
    parts: list[RenderableType] = []
    for item in items:
        if parts:
            parts.append(Text(""))
        parts.append(item)
    return Group(*parts)


def where_text(evidence: Mapping[str, Any]) -> str:
    """Where a quote stands, short: 'lead ¶1.1', or 'author line'."""
    if evidence["section"] is None:
        return f"{evidence['part']} line" if evidence["part"] != "closing" else "closing note"
    return f"{evidence['section']} ¶{evidence['paragraph']}.{evidence['sentence']}"


def quotes_of(evidence: Iterable[Mapping[str, Any]]) -> list[JSON]:
    """The facts' evidence records as the card takes them."""
    return [{"quote": e["quote"], "where": where_text(e)} for e in evidence]


# The console and the views.


class _Console(Console):
    retint: Retint | None = None  # a known background's palette

    def _render_buffer(self, buffer: Iterable[Segment]) -> str:
        if self.retint is not None:
            buffer = self.retint.segments(buffer)
        return super()._render_buffer(buffer)

    def on_broken_pipe(self) -> None:
        # rich would exit 1 here; the CLI treats a reader that went away as
        # success, in one place (app.ScoGroup), for every format alike.
        raise BrokenPipeError


def make_console(stream: IO[str], color: str = "auto", theme: str = "auto") -> Console:
    # Built per invocation: rich reads NO_COLOR, FORCE_COLOR, TERM and COLUMNS
    # when the console is made, so a test (or user) that sets them is obeyed.
    # COLUMNS and LINES are read here, clamped to 1,000: rich itself would take
    # COLUMNS=1000000000 at its word and pad every line to that width.
    # --color always colours wherever the view goes; never, nowhere.
    choice: dict[str, Any] = {}
    if color == "always":
        choice = {"force_terminal": True, "no_color": False}
    elif color == "never":
        choice = {"color_system": None}
    # COLUMNS=0 (or any width that is no number of columns) would reach rich as
    # width 0: the terminal's width (else 80) stands in for it, as for the help.
    from sco_cli.app import terminal_width

    width = env_columns() or (terminal_width() if "COLUMNS" in os.environ else None)
    height = env_width("LINES") or (25 if "LINES" in os.environ else None)
    console = _Console(
        file=stream,
        width=width,
        height=height,
        highlight=False,
        emoji=False,
        **choice,
    )
    if console.width < MIN_COLUMNS:  # a terminal narrower than any view can be drawn in
        console.width = MIN_COLUMNS
    palette = theme_of(theme)
    if palette != "auto":
        console.retint = Retint(palette)
    return console


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
    """The house table: a bold header over a thin muted rule, no outer edge or padding,
    as wide as the view's measure (its rule as long as the view's other rules)."""
    style: dict[str, Any] = {"header_style": "bold", "border_style": MUTED, "expand": True}
    style.update(options)
    return Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, **style)


def records(report: Report) -> RenderableType:
    """Any records (--fields narrows a view down to them) as one table, as wide as they are."""
    table = simple_table(expand=False)
    for column in report.columns:
        table.add_column(column)
    for row in report.rows:
        table.add_row(*(Text(cell(value)) for value in row))
    return table


def date_text(doc: Mapping[str, Any], text: str | None) -> str:
    """A date as the --lang of the document writes it (CLDR, Babel), else as it is."""
    if not text or not doc.get("lang"):
        return text or ""
    from sco_cli.dataset.names import format_date

    return format_date(text, doc["lang"])


def local_name(item: Mapping[str, Any]) -> str:
    """'中国 (China)' where a local name was asked for, else the English name."""
    if item.get("name_local"):
        return f"{item['name_local']} ({item.get('value') or item.get('country')})"
    return str(item.get("value") or item.get("country"))
