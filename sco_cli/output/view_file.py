"""`--export FILE`: the rich view to a new .svg, .html or .txt file."""

from __future__ import annotations

import errno
import os
import secrets
import sys
from pathlib import Path
from typing import Any

from sco_cli.commandline.numbers import env_width
from sco_cli.errors import OutputError, ScoError, UsageProblem
from sco_cli.output.sanitize import shown_line
from sco_cli.reports import Report

EXPORT_SUFFIXES = (".svg", ".html", ".txt")
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")  # a command whose Report has `database`
_OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def export(report: Report, name: str) -> None:
    """Write the rich view to a new .svg, .html or .txt file, or the answer to a new
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
    _write_new(target, _rendered(report, suffix))
    said_written(target)


# Monospace fonts that draw box lines and blocks whole, tried in this order
# where Fira Code (rich's choice, fetched from a CDN) is not at hand.
MONOSPACE = '"Fira Code", "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace'
MARGIN = 2  # columns kept free at the right edge (and a line at the bottom)


def _rendered(report: Report, suffix: str) -> str:
    """The rich view as SVG, HTML or text, as a terminal of COLUMNS (else 100) would
    show it, with a margin; the SVG's title bar and the HTML's <title> say what was asked."""
    import io

    from rich.console import Console
    from rich.padding import Padding

    from sco_cli import views
    from sco_cli.registry import VIEW_MODULES

    width = env_width("COLUMNS") or 100
    # As wide as the terminal would be, the view two columns narrower inside it.
    console = Console(file=io.StringIO(), record=True, width=width, highlight=False, emoji=False)
    console.print(Padding(views.draw(report), (0, MARGIN, 1, 0)))
    name = title() or f"sco {VIEW_MODULES.get(report.view, '')}".strip()
    if suffix == ".svg":
        return _svg(console.export_svg(title=name))
    if suffix == ".html":
        return _html(console, name)
    return console.export_text()


# How the answer is written, not what it is: left out of an export's title.
_HOW_WRITTEN = frozenset({"output_format", "as_json", "no_headers", "export", "color"})
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


def _svg(svg: str) -> str:
    """rich's SVG with fallback fonts named, and its text 5% taller: at rich's line
    height the common fallbacks (DejaVu Sans Mono) leave a gap under a block or a
    box line, which then draws dashed; each line is clipped to its height anyway."""
    return svg.replace("font-family: Fira Code, monospace;", f"font-family: {MONOSPACE};").replace(
        "font-size: 20px;", "font-size: 21px;", 1
    )


def _html(console: Any, name: str) -> str:
    """The HTML page: a <title>, the light theme, and the dark one where the reader's
    system asks for it (prefers-color-scheme)."""
    from html import escape

    from rich.terminal_theme import DEFAULT_TERMINAL_THEME, MONOKAI

    recorded = list(console._record_buffer)
    console._record_buffer[:] = _reverse_spelt_out(recorded, MONOKAI)
    dark = console.export_html(
        theme=MONOKAI, code_format="{stylesheet}", inline_styles=False, clear=False
    )
    console._record_buffer[:] = _reverse_spelt_out(recorded, DEFAULT_TERMINAL_THEME)
    page = (
        HTML_PAGE.replace("@title@", escape(name))
        .replace("@dark_stylesheet@", dark)
        .replace("@dark_foreground@", MONOKAI.foreground_color.hex)
        .replace("@dark_background@", MONOKAI.background_color.hex)
        .replace("@fonts@", MONOSPACE)
    )
    # rich fills the page with str.format: every other brace is doubled first.
    page = page.replace("{", "{{").replace("}", "}}")
    for field in ("stylesheet", "foreground", "background", "code"):
        page = page.replace(f"@{field}@", "{" + field + "}")
    html: str = console.export_html(
        theme=DEFAULT_TERMINAL_THEME, code_format=page, inline_styles=False
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
<meta name="color-scheme" content="light dark">
<title>@title@</title>
<style>
@stylesheet@
body { color: @foreground@; background-color: @background@; margin: 1.5em; }
pre { font-family: @fonts@; }
@media (prefers-color-scheme: dark) {
@dark_stylesheet@
body { color: @dark_foreground@; background-color: @dark_background@; }
}
</style>
</head>
<body>
<pre><code style="font-family:inherit">@code@</code></pre>
</body>
</html>
"""


def _write_new(target: Path, content: str) -> None:
    """Write to a temporary file beside the target, then link it into place:
    the target appears whole or not at all, and an existing one is never replaced."""
    directory = target.parent if str(target.parent) else Path()
    # A short name of its own: a legal name of 255 bytes leaves no room for more.
    temporary = directory / f".sco-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
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
