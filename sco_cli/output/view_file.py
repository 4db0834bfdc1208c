"""`--export FILE`: the rich view to a new .svg, .html, .png or .txt file."""

from __future__ import annotations

import errno
import os
import secrets
import sys
from pathlib import Path
from typing import Any

from sco_cli.commandline.numbers import env_columns
from sco_cli.errors import OutputError, ScoError, UsageProblem
from sco_cli.output.sanitize import shown_line
from sco_cli.reports import Report

EXPORT_SUFFIXES = (".svg", ".html", ".png", ".txt")
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")  # a command whose Report has `database`
_OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def export(report: Report, name: str, theme: str = "auto") -> None:
    """Write the rich view to a new .svg, .html, .png or .txt file, or the answer to a new
    SQLite database where the command has one (sco check); never overwrite a file."""
    target = Path(name)
    suffix = target.suffix.lower()
    databases = DATABASE_SUFFIXES if report.database is not None else ()
    if suffix not in EXPORT_SUFFIXES + databases:
        raise UsageProblem(
            f"cannot export to {str(target)!r}: the name must end in "
            + ", ".join(EXPORT_SUFFIXES + databases)
        )
    if report.database is not None and suffix in databases:
        metadata = report.database(name)
        said_written(name, metadata)
        return
    try:
        os.lstat(target)  # a link counts, even one that points nowhere
    except FileNotFoundError:
        pass
    except OSError as error:  # a name too long for the file system, a loop, ...
        raise UsageProblem(f"cannot export to {target}: {error.strerror}") from None
    else:
        raise UsageProblem(f"{target} already exists; sco never overwrites a file: remove it first")
    _write_new(target, _rendered(report, suffix, theme))
    said_written(target)


# Monospace fonts that draw box lines and blocks whole, tried in this order.
MONOSPACE = '"DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", "Fira Code", monospace'
CARD_WIDTH = 80  # columns: a card for a slide or an article's page


def _rendered(report: Report, suffix: str, theme: str = "auto") -> str | bytes:
    """The rich view as a card: SVG or HTML on a light background (--theme dark: a
    dark one) about 80 columns wide (COLUMNS where set), without window chrome,
    titled by what was asked and footed by its sources; or as text. A URL is never
    broken: it stays whole on its line and is a link (<a href>) in SVG and HTML."""
    import io

    from rich.console import Console

    from sco_cli import views
    from sco_cli.registry import VIEW_MODULES

    width = env_columns() or CARD_WIDTH
    console = Console(file=io.StringIO(), record=True, width=width, highlight=False, emoji=False)
    console.print(views.draw(report), crop=False)  # a whole URL runs past the edge
    name = title() or f"sco {VIEW_MODULES.get(report.view, '')}".strip()
    if suffix == ".txt":
        return console.export_text()
    recorded = list(console._record_buffer)
    palette = views.theme_of(theme, export=True)
    heading = not _opens_with(recorded, name)
    if suffix == ".svg":
        segments = list(views.Retint(palette).segments(recorded))
        return svg_card(segments, name, palette, width, heading=heading)
    if suffix == ".png":  # the SVG card's grid, drawn by Pillow (the extra sco-cli[png])
        from sco_cli.output.png import Grid, png_card

        lines, columns = card_lines(list(views.Retint(palette).segments(recorded)), width)
        grid = Grid(CHAR_WIDTH, FONT_SIZE, LINE_HEIGHT, PAD, *CARD_COLOURS[palette])
        return png_card(lines, name, grid, columns, heading=heading)
    return _html(console, recorded, name, theme, heading=heading)


def _opens_with(segments: list[Any], name: str) -> bool:
    """Whether the view's first line already says what was asked (a view's title line
    starts `sco summary`): then the card does not say it twice above it."""
    text = "".join(segment.text for segment in segments[:200]).lstrip("\n")
    first = text.split("\n", 1)[0]
    return first == name or first.startswith(name + " ")


# How the answer is written, not what it is: left out of an export's title.
_HOW_WRITTEN = frozenset(
    {"output_format", "as_json", "no_headers", "export", "color", "theme", "no_pager"}
)
TITLE_LIMIT = 100  # characters; a longer title is cut, and ends in an ellipsis


def title() -> str | None:
    """What was asked, for the SVG's title bar and the HTML's <title>: `sco COMMAND`
    and the arguments and options given on its command line that choose the answer
    (`sco members --history`, `sco members --country Belarus`), in the command's
    own order; not those that only say how it is written (--export, --format,
    --color...). None outside a command."""
    import shlex

    import click

    ctx = click.get_current_context(silent=True)
    if ctx is None or ctx.info_name is None:
        return None
    words = ["sco", ctx.info_name]
    for param in ctx.command.params:
        name = param.name or ""
        if name in _HOW_WRITTEN:
            continue
        if ctx.get_parameter_source(name) is not click.core.ParameterSource.COMMANDLINE:
            continue
        value = ctx.params.get(name)
        values = list(value) if isinstance(value, tuple | list) else [value]
        if isinstance(param, click.Argument):
            words += [str(v) for v in values]
            continue
        option = max(param.opts, key=len)  # --history rather than -H
        if isinstance(param, click.Option) and param.is_flag and param.secondary_opts:
            option = option if value else max(param.secondary_opts, key=len)
            words.append(option)
        elif isinstance(param, click.Option) and param.is_flag:
            words.append(option)
        elif name == "fields":  # split into one field a value: given back as typed
            words += [option, ",".join(str(v) for v in values)]
        else:
            for v in values:
                words += [option, str(v)]
    text = shown_line(" ".join(shlex.quote(word) for word in words))
    return text if len(text) <= TITLE_LIMIT else text[: TITLE_LIMIT - 1] + "\u2026"


# The card's colours where a style names none: text and background.
CARD_COLOURS = {"light": ("#1f1f1f", "#ffffff"), "dark": ("#d4d4d4", "#1e1e1e")}
FONT_SIZE, CHAR_WIDTH, LINE_HEIGHT, PAD = 15, 9.0, 19, 20  # px: DejaVu Sans Mono's advance


def svg_card(
    segments: list[Any], name: str, palette: str, width: int, *, heading: bool = True
) -> str:
    """An SVG card: the question as its heading (`heading`; always its <title>), then
    the view's lines, each segment
    placed on its column (so a font's own advance cannot shift the columns); bold,
    italic, a reversed word as a filled box; a linked segment inside <a href>."""
    from html import escape

    from rich.cells import cell_len

    ink, paper = CARD_COLOURS[palette]
    lines, columns = card_lines(segments, width)
    top = LINE_HEIGHT * 2 if heading else 0
    body: list[str] = []
    for row, line in enumerate(lines):
        y = PAD + top + row * LINE_HEIGHT
        x = 0
        for text, style, _ in line:
            cells = cell_len(text)
            if style is not None and text.strip():
                body.append(_svg_segment(text, style, x, y, cells, ink, paper))
            elif style is not None and style.reverse:
                body.append(_svg_box(x, y, cells, style.color, ink))
            elif text.strip():
                body.append(_svg_text(escape(text), x, y, cells, f'fill="{ink}"'))
            x += cells
    card_width = round(2 * PAD + columns * CHAR_WIDTH)
    card_height = round(2 * PAD + top + len(lines) * LINE_HEIGHT)
    question = escape(name)
    shown = (
        f'<text x="{PAD}" y="{PAD + FONT_SIZE}" fill="{ink}" font-weight="bold" '
        f'font-size="{FONT_SIZE + 2}px">{question}</text>\n'
        if heading
        else ""
    )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'width="{card_width}" height="{card_height}" viewBox="0 0 {card_width} {card_height}" '
        'role="img">\n'
        f"<title>{question}</title>\n"
        f"<style>text {{ font-family: {escape(MONOSPACE)}; font-size: {FONT_SIZE}px; "
        "white-space: pre; } a text { text-decoration: underline; }</style>\n"
        f'<rect width="100%" height="100%" rx="8" fill="{paper}" stroke="#8888" />\n'
        + shown
        + "\n".join(body)
        + "\n</svg>\n"
    )


def card_lines(segments: list[Any], width: int) -> tuple[list[list[Any]], int]:
    """The view's lines of segments (no trailing blank ones), and the card's columns:
    as wide as asked, or as the longest line (a whole URL) where one runs past it."""
    from rich.cells import cell_len
    from rich.segment import Segment

    lines = list(Segment.split_lines(Segment.filter_control(segments)))
    while lines and not "".join(s.text for s in lines[-1]).strip():
        lines.pop()
    columns = max([width, *(cell_len("".join(s.text for s in line).rstrip()) for line in lines)])
    return lines, columns


def _svg_text(text: str, x: int, y: int, cells: int, paint: str) -> str:
    return (
        f'<text x="{PAD + x * CHAR_WIDTH:g}" y="{y + FONT_SIZE:g}" '
        f'textLength="{cells * CHAR_WIDTH:g}" {paint} xml:space="preserve">'
        f"{text.replace(' ', '&#160;')}</text>"
    )


def _svg_box(x: int, y: int, cells: int, colour: Any, ink: str) -> str:
    fill = colour.get_truecolor().hex if colour is not None else ink
    return (
        f'<rect x="{PAD + x * CHAR_WIDTH:g}" y="{y + 3:g}" width="{cells * CHAR_WIDTH:g}" '
        f'height="{LINE_HEIGHT}" fill="{fill}" />'
    )


def _svg_segment(text: str, style: Any, x: int, y: int, cells: int, ink: str, paper: str) -> str:
    from html import escape

    colour = style.color.get_truecolor().hex if style.color is not None else ink
    background = style.bgcolor.get_truecolor().hex if style.bgcolor is not None else None
    if style.reverse:
        colour, background = background or paper, colour
    paint = f'fill="{colour}"'
    if style.bold:
        paint += ' font-weight="bold"'
    if style.italic:
        paint += ' font-style="italic"'
    if background is None:  # spaces at either end are left out, their columns kept
        shown = text.strip(" ")
        x += len(text) - len(text.lstrip(" "))
        text, cells = shown, cells - (len(text) - len(shown))
    drawn = _svg_text(escape(text), x, y, cells, paint)
    if background is not None:
        box = (
            f'<rect x="{PAD + x * CHAR_WIDTH:g}" y="{y + 3:g}" width="{cells * CHAR_WIDTH:g}" '
            f'height="{LINE_HEIGHT}" fill="{background}" />'
        )
        drawn = box + drawn
    if style.link:
        url = escape(style.link, quote=True)
        drawn = f'<a href="{url}" xlink:href="{url}">{drawn}</a>'
    return drawn


def _terminal_theme(palette: str) -> Any:
    from rich.terminal_theme import DEFAULT_TERMINAL_THEME, TerminalTheme

    def triplet(hex_colour: str) -> tuple[int, int, int]:
        return (int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16))

    ink, paper = CARD_COLOURS[palette]
    ansi = [(c[0], c[1], c[2]) for c in DEFAULT_TERMINAL_THEME.ansi_colors._colors]
    return TerminalTheme(triplet(paper), triplet(ink), ansi[:8], ansi[8:])


def _html(console: Any, recorded: list[Any], name: str, theme: str, *, heading: bool) -> str:
    """The HTML page: a <title> and a heading (`heading`) that say what was asked, links as
    <a href>; the light theme, and the dark one where the reader's system asks for
    it (prefers-color-scheme), or the one --theme names."""
    from html import escape

    from sco_cli import views

    chosen = views.theme_of(theme, export=True)
    second = "dark" if theme == "auto" else None
    dark = ""
    if second is not None:
        console._record_buffer[:] = _reverse_spelt_out(
            list(views.Retint(second).segments(recorded)), _terminal_theme(second)
        )
        dark = console.export_html(
            theme=_terminal_theme(second),
            code_format="{stylesheet}",
            inline_styles=False,
            clear=False,
        )
    ink, paper = CARD_COLOURS["dark"]
    page = (
        HTML_PAGE.replace("@heading@", "<h1>@title@</h1>\n" if heading else "")
        .replace("@title@", escape(name))
        .replace("@dark@", DARK_STYLES if second else "")
        .replace("@scheme@", "light dark" if second else chosen)
        .replace("@dark_stylesheet@", dark)
        .replace("@dark_foreground@", ink)
        .replace("@dark_background@", paper)
        .replace("@fonts@", MONOSPACE)
    )
    # rich fills the page with str.format: every other brace is doubled first.
    page = page.replace("{", "{{").replace("}", "}}")
    for field in ("stylesheet", "foreground", "background", "code"):
        page = page.replace(f"@{field}@", "{" + field + "}")
    console._record_buffer[:] = _reverse_spelt_out(
        list(views.Retint(chosen).segments(recorded)), _terminal_theme(chosen)
    )
    html: str = console.export_html(
        theme=_terminal_theme(chosen), code_format=page, inline_styles=False
    )
    return html


def _reverse_spelt_out(segments: list[Any], theme: Any) -> list[Any]:
    """rich's HTML drops `reverse` from a style without colours (it swaps two
    defaults it leaves out), and a highlighted word would show as plain: each
    reversed style gets the theme's colours, swapped."""
    from rich.color import Color
    from rich.segment import Segment
    from rich.style import Style

    foreground = Color.from_triplet(theme.foreground_color)
    background = Color.from_triplet(theme.background_color)
    spelt = []
    for segment in segments:
        style = segment.style
        if style is not None and style.reverse:
            swapped = Style(
                reverse=False,
                color=style.bgcolor or background,
                bgcolor=style.color or foreground,
            )
            segment = Segment(segment.text, style + swapped, segment.control)
        spelt.append(segment)
    return spelt


HTML_PAGE = """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="color-scheme" content="@scheme@">
<title>@title@</title>
<style>
@stylesheet@
body { color: @foreground@; background-color: @background@; margin: 1.5em; }
h1, pre { font-family: @fonts@; }
h1 { font-size: 1.05em; }
a { color: inherit; }
@dark@
</style>
</head>
<body>
@heading@<pre><code style="font-family:inherit">@code@</code></pre>
</body>
</html>
"""
DARK_STYLES = """@media (prefers-color-scheme: dark) {
@dark_stylesheet@
body { color: @dark_foreground@; background-color: @dark_background@; }
}"""


def _write_new(target: Path, content: str | bytes) -> None:
    """Write to a temporary file beside the target, then link it into place:
    the target appears whole or not at all, and an existing one is never replaced."""
    directory = target.parent if str(target.parent) else Path()
    # A short name of its own: a legal name of 255 bytes leaves no room for more.
    temporary = directory / f".sco-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
        if isinstance(content, bytes):  # a picture (.png)
            with temporary.open("xb") as binary:
                binary.write(content)
        else:
            with temporary.open("x", encoding="utf-8") as handle:
                handle.write(content)
        os.link(temporary, target)
    except OSError as error:
        raise not_written(target, error) from None
    finally:
        temporary.unlink(missing_ok=True)


def said_written(*names: str | Path) -> None:
    """The one line on stderr that says which new files were written (shown, not obeyed)."""
    sys.stderr.write(f"wrote {' and '.join(shown_line(str(name)) for name in names)}\n")


def not_written(target: str | Path, error: OSError) -> ScoError:
    """Why a new file could not be written, as the error every writer of sco raises:
    it exists (sco never overwrites), the disk is full (exit 74), or the name or
    the place is refused (exit 2)."""
    if isinstance(error, FileExistsError):
        return UsageProblem(
            f"{target} already exists; sco never overwrites a file: remove it first"
        )
    if error.errno in _OUTPUT_ERRORS:  # the disk, not the name: exit 74 as for stdout
        return OutputError(f"cannot write {target}: {error.strerror}")
    return UsageProblem(f"cannot write {target}: {error.strerror}")
