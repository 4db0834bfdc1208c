from __future__ import annotations

import click
from click.shell_completion import get_completion_class

SHELLS = ("bash", "zsh", "fish")


@click.command()
@click.argument("shell", type=click.Choice(SHELLS))
@click.pass_context
def completion(ctx: click.Context, *, shell: str) -> None:
    """Print the shell completion script for SHELL.

    \b
    Examples:
      eval "$(sco completion bash)"                       in ~/.bashrc
      eval "$(sco completion zsh)"                        in ~/.zshrc
      sco completion fish > ~/.config/fish/completions/sco.fish

    Commands and options complete, and so do their values, with help text
    where the shell shows it: section names, statuses, fields and `get` paths.
    A value with a space (Sri Lanka) is inserted quoted.
    """
    from sco_cli.commandline.shells import register

    register()
    root = ctx.find_root()
    completer_class = get_completion_class(shell)
    if completer_class is None:  # pragma: no cover - click ships all three
        raise click.UsageError(f"no completion for {shell}")
    completer = completer_class(root.command, {}, "sco", "_SCO_COMPLETE")
    click.echo(completer.source())
