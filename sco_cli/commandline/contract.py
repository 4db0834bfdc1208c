"""What the group checks of every command line before the command runs: an
option given twice that takes one value, and --article or --max-size before
a command that does not read an article. Both exit 2 with the reason, never
silently keep the last value or ignore the option."""

from __future__ import annotations

import click

from sco_cli.app import App
from sco_cli.registry import READS_ARTICLE, TAKES_MAX_SIZE, listed


def check_command_line(ctx: click.Context, command: click.Command, args: list[str]) -> None:
    _check_article_options(ctx, command)
    _check_repeats(ctx, command, args)


def _check_article_options(ctx: click.Context, command: click.Command) -> None:
    app = ctx.find_object(App)
    if app is None:
        return
    names = {param.name for param in command.params}
    if app.article_path is not None and "article_path" not in names:
        where = listed(READS_ARTICLE)
        raise click.UsageError(
            f"sco {command.name} does not read --article: it is for {where}", ctx
        )
    if app.max_size is not None and "max_size" not in names:
        where = listed(TAKES_MAX_SIZE)
        raise click.UsageError(
            f"sco {command.name} does not read --max-size: it is for {where}", ctx
        )


def _check_repeats(ctx: click.Context, command: click.Command, args: list[str]) -> None:
    """An option that takes one value, given twice: click would keep the last."""
    probe = click.Context(command, parent=ctx, info_name=command.name, resilient_parsing=True)
    try:
        _, _, order = command.make_parser(probe).parse_args(args=list(args))
    except click.UsageError:
        return  # the command's own parsing says what is wrong, in its words
    seen: set[str] = set()
    for param in order:
        if not isinstance(param, click.Option) or param.multiple or param.count:
            continue
        if param.is_flag:
            continue  # --json --json asks for the same thing twice
        name = max(param.opts, key=len)
        if name in seen:
            raise click.UsageError(
                f"{name} given twice: it takes one value (repeatable options say so in --help)",
                probe,
            )
        seen.add(name)
