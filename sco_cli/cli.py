"""The `sco` command group: options that apply to every command, and the commands."""

from __future__ import annotations

import importlib

import click

from sco_cli import __version__
from sco_cli.app import App, ScoGroup
from sco_cli.commandline.options import article_options
from sco_cli.registry import BY_NAME, COMMANDS, READS_ARTICLE, listed


class LazyGroup(ScoGroup):
    """Lists the registry's commands, and imports one only when it runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return [command.name for command in COMMANDS]

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        typed = args[0] if args and not ctx.resilient_parsing else "-"
        if typed not in BY_NAME and typed.casefold() in BY_NAME:  # a command in any case
            typed = typed.casefold()
            args = [typed, *args[1:]]
        if not typed.startswith("-") and typed not in BY_NAME:
            from sco_cli.commandline.suggest import closest, hint

            near = hint(closest(typed.casefold(), BY_NAME, cutoff=0.5))
            raise click.UsageError(f"no command {typed!r}{near}", ctx)
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None and not ctx.resilient_parsing:
            from sco_cli.commandline.contract import check_command_line

            check_command_line(ctx, command, rest)
        return name, command, rest

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in BY_NAME:
            return None
        module = importlib.import_module(f"sco_cli.commands.{name}")
        command: click.Command = getattr(module, name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        # Each summary whole, wrapped under itself (click's short_help cuts it with '...').
        rows = [(command.name, command.help) for command in COMMANDS]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


EPILOG = """\b
Exit codes:
  0    success: an answer was printed (a count of 0 included)
  1    nothing matched (no hit, no entry, a date before the SCO or the status)
  2    usage error: a bad, repeated or conflicting option, or an unknown or
       ambiguous name of any kind (command, section, country, field, path)
  3    the data files are invalid (the message names file, field and reason),
       or an article given to read is unreadable
  4    sco check: at least one claim contradicts the reference
  70   a bug in sco itself (SCO_DEBUG=1 shows the traceback)
  74   the answer could not be written (a full disk, a closed stdout)
  130  interrupted

\b
Environment:
  NO_COLOR      no colour in rich output (as --color never)
  FORCE_COLOR   colour in the rich view wherever it is written (--format rich,
                --export); for the coloured view in a pipe, use --color always
  TERM=dumb     no colour, no cursor tricks
  COLUMNS       width of rich output (at most 1000)
  SCO_ARTICLE   the article for {readers}
                (as --article); the other commands ignore it
  SCO_DATA_DIR  read the facts, article and reference tables from this folder
  SCO_DEBUG     show the traceback of an internal error
  SCO_NO_CACHE  validate the data and parse --article on every run: no cache
  SCO_CACHE_MAX_SIZE  the most the cache may hold (default 1G; `sco cache`)
  XDG_CACHE_HOME  where the cache is (default ~/.cache), in sco/
""".replace("{readers}", listed(READS_ARTICLE))


def _print_version(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from sco_cli.dataset import version_line
    from sco_cli.output.sanitize import (
        shown,  # the article's id and the data's path come from outside
    )

    click.echo(f"sco {__version__} ({shown(version_line())})")
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
@article_options(group=True)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Facts about the SCO you can check: the 2025 Tianjin summit article, each fact
    backed by a verbatim quote, a dated and sourced roster, and a fact-checker for
    any article's SCO claims.

    \b
    Examples:
      sco summary                        the article at a glance
      sco check article.txt              fact-check any article's SCO claims
      sco members --as-of 2017           the roster on a date (or today, latest)
      sco members --role member --count  10
      sco timeline 2017                  who joined in 2017, and what else happened
      sco summits 2019                   where and when the 2019 summit was
      sco quote --section security       a section, verbatim
      sco search railway                 sentences, best match first
      sco get summit.city                Tianjin
      sco facts --json | jq '.facts | length'
      sco verify                         check every claim of the data
      sco export sco.db                  the article, facts and reference as SQLite
      sco mcp                            these answers for AI agents (an MCP server)
      sco --article other.txt sections   another article in the same layout
    """
    ctx.ensure_object(App)
