"""The `sco` command group: options that apply to every command, and the commands."""

from __future__ import annotations

import click

from sco_cli import __version__
from sco_cli.app import App, ScoGroup
from sco_cli.commands.completion import completion
from sco_cli.commands.facts import facts
from sco_cli.commands.get import get
from sco_cli.commands.members import members
from sco_cli.commands.quote import quote
from sco_cli.commands.schema import schema
from sco_cli.commands.search import search
from sco_cli.commands.sections import sections
from sco_cli.commands.summary import summary
from sco_cli.commands.timeline import timeline
from sco_cli.commands.verify import verify

EPILOG = """\b
Exit codes:
  0    success
  1    a named thing does not exist (a paragraph, a `get` path)
  2    usage error: a bad option, an unknown or ambiguous name, an unknown field
  3    the data files are invalid (the message names file, field and reason)
  70   a bug in sco itself (SCO_DEBUG=1 shows the traceback)
  130  interrupted

\b
Environment:
  NO_COLOR      no colour in rich output
  FORCE_COLOR   colour even when stdout is not a terminal
  TERM=dumb     no colour, no cursor tricks
  COLUMNS       width of rich output
  SCO_ARTICLE   the article for the text commands, as --article
  SCO_DATA_DIR  read the facts, article and reference tables from this folder
  SCO_DEBUG     show the traceback of an internal error
"""


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from sco_cli.data import data_summary

    click.echo(f"sco {__version__} ({data_summary()})")
    ctx.exit()


@click.group(
    "sco",
    cls=ScoGroup,
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
    type=click.Path(dir_okay=True, allow_dash=True),
    help="Read another article in the same layout (- for standard input) with the text "
    "commands: sections, quote, search, summary. [env: SCO_ARTICLE]",
)
@click.option(
    "--max-size",
    metavar="SIZE",
    default="20M",
    show_default=True,
    help="Refuse an --article larger than this (bytes, or with K, M or G).",
)
@click.pass_context
def cli(ctx: click.Context, *, article_path: str | None, max_size: str) -> None:
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
    from sco_cli.reading import parse_size

    ctx.obj = App(article_path, parse_size(max_size))


COMMANDS = (
    summary,
    members,
    quote,
    sections,
    search,
    facts,
    get,
    timeline,
    verify,
    schema,
    completion,
)
for command in COMMANDS:
    cli.add_command(command)


def main() -> None:
    cli.main(prog_name="sco")
