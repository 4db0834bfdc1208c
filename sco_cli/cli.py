"""The `sco` command group: options that apply to every command, and the commands."""

from __future__ import annotations

import importlib

import click

from sco_cli import __version__
from sco_cli.app import App, ScoGroup
from sco_cli.options import complete_files

# Each command lives in sco_cli.commands.<name> and is imported only when it
# runs: start-up pays for one command, not eleven. The one-line help is kept
# here so `sco --help` imports none of them (a test keeps the two the same).
COMMANDS = {
    "summary": "The article at a glance: the summit, membership, values, priorities, source.",
    "members": "The SCO's members, observers and partners on a date, from the reference roster.",
    "quote": "Quote the article verbatim: a section, a paragraph, or matching sentences.",
    "sections": "The article's sections: slug, heading, paragraph numbers and keywords.",
    "search": "Search the article's sentences, best match first.",
    "facts": "Every fact of the article, with the verbatim quote that backs it.",
    "get": "Print facts by their dotted path, for scripts: one answer a line.",
    "timeline": "The SCO through the years: milestones, status changes, and the article's mentions.",
    "summits": "Every meeting of the SCO Council of Heads of State, each with its source.",
    "verify": "Check everything the data claims, and say so fact by fact.",
    "schema": "Print the JSON Schema of a command's JSON output (draft 2020-12).",
    "completion": "Print the shell completion script for SHELL.",
}


class LazyGroup(ScoGroup):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module = importlib.import_module(f"sco_cli.commands.{name}")
        command: click.Command = getattr(module, name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [(name, _shorten(text, limit)) for name, text in COMMANDS.items()]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: max(limit - 3, 10)].rsplit(" ", 1)[0] + "..."


EPILOG = """\b
Exit codes:
  0    success
  1    a named thing does not exist (a paragraph, a `get` path)
  2    usage error: a bad option, an unknown or ambiguous name, an unknown field
  3    the data files are invalid (the message names file, field and reason)
  70   a bug in sco itself (SCO_DEBUG=1 shows the traceback)
  74   the answer could not be written (a full disk, a closed stdout)
  130  interrupted

\b
Environment:
  NO_COLOR      no colour in rich output
  FORCE_COLOR   colour even when stdout is not a terminal
  TERM=dumb     no colour, no cursor tricks
  COLUMNS       width of rich output (at most 1000)
  SCO_ARTICLE   the article for the text commands, as --article
  SCO_DATA_DIR  read the facts, article and reference tables from this folder
  SCO_DEBUG     show the traceback of an internal error
  SCO_NO_CACHE  validate the data on every run instead of caching it
  XDG_CACHE_HOME  where the validated data is cached (default ~/.cache), in sco/
"""


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from sco_cli.cache import cached_description, describe, load_dataset
    from sco_cli.errors import DataError

    summary = cached_description()
    if summary is None:
        try:
            summary = describe(load_dataset())
        except DataError:
            from sco_cli.data import raw_summary  # --version answers even when data is broken

            summary = raw_summary()
    click.echo(f"sco {__version__} ({summary})")
    ctx.exit()


@click.group(
    "sco",
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EPILOG,
)
@click.option(
    "-V",
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version, the article and the reference's date, and exit.",
)
@click.option(
    "--article",
    "article_path",
    metavar="PATH",
    envvar="SCO_ARTICLE",
    shell_complete=complete_files,
    help="Read another article in the same layout (- for standard input) with the text "
    "commands: sections, quote, search, summary. [env: SCO_ARTICLE]",
)
@click.option(
    "--max-size",
    metavar="SIZE",
    help="Refuse an --article larger than this (bytes, or with K, M or G).  [default: 20M]",
)
@click.pass_context
def cli(ctx: click.Context, *, article_path: str | None, max_size: str | None) -> None:
    """Facts about the 2025 SCO summit in Tianjin, each backed by a verbatim
    quote from the article, with the reference roster kept apart and dated.

    \b
    Examples:
      sco summary                        the article at a glance
      sco members --role member --count  10
      sco quote --section security       a section, verbatim
      sco get summit.city                Tianjin
      sco facts --json | jq '.facts | length'
      sco verify                         check every claim of the data
      sco --article other.txt sections   another article in the same layout
    """
    limit = None
    if max_size is not None:
        from sco_cli.reading import parse_size  # only when given: start-up pays for nothing

        limit = parse_size(max_size)
    ctx.obj = App(article_path, limit)
