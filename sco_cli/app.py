"""The click plumbing every command shares: the context object, the output
options, and the one place where errors become a line on stderr and an exit code."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

import click

from sco_cli.data import Dataset, load_dataset
from sco_cli.errors import ExitCode, ScoError
from sco_cli.render import FORMATS, emit
from sco_cli.reports import Report


class App:
    """Shared state of one invocation; the data is loaded once, when first asked for."""

    def __init__(self) -> None:
        self._dataset: Dataset | None = None

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None:
            self._dataset = load_dataset()
        return self._dataset


pass_app = click.make_pass_decorator(App, ensure=True)


def output_options(command: Callable[..., Report]) -> Callable[..., None]:
    """Add --format/--json to a command that returns a Report, and print that Report."""

    @click.option(
        "--format",
        "output_format",
        type=click.Choice(FORMATS, case_sensitive=False),
        default="auto",
        show_default=True,
        help="auto: rich on a terminal, plain when piped. plain: one record a line, "
        "tab-separated. json: one document.",
    )
    @click.option("--json", "as_json", is_flag=True, help="Shorthand for --format json.")
    @functools.wraps(command)
    def wrapper(*args: Any, output_format: str, as_json: bool, **kwargs: Any) -> None:
        report = command(*args, **kwargs)
        emit(report, "json" if as_json else output_format.lower())

    return wrapper


class ScoGroup(click.Group):
    """Runs a command and maps every way it can end to one line and an exit code."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
            code = code if isinstance(code, int) else ExitCode.OK
        except click.UsageError as error:
            code = _fail(_usage_message(error), error.exit_code)
        except click.ClickException as error:
            code = _fail(error.format_message(), error.exit_code)
        except ScoError as error:
            code = _fail(error.message, error.exit_code)
        except (KeyboardInterrupt, click.Abort):
            code = ExitCode.INTERRUPTED
        sys.exit(code)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # Caught here, before click's own handler turns it into exit 1.
            raise click.exceptions.Exit(_quiet_broken_pipe()) from None


def _usage_message(error: click.UsageError) -> str:
    message = error.format_message()
    if error.ctx is not None:
        message += f" (see '{error.ctx.command_path} --help')"
    return message


def _fail(message: str, code: int) -> int:
    # One line, whatever the message held.
    click.echo(f"Error: {' '.join(message.split())}", err=True)
    return code


def _quiet_broken_pipe() -> int:
    # The reader went away (`sco members | head -1`): that is not an error.
    # Point stdout at /dev/null so the interpreter's final flush stays quiet.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return ExitCode.OK
