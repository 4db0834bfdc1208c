"""The click plumbing every command shares: the context object, and the one
place where every ending becomes a line on stderr and an exit code."""

from __future__ import annotations

import errno
import io
import os
import sys
from collections.abc import Sequence
from typing import Any

import click

from sco_cli.api.session import Session
from sco_cli.errors import ExitCode, ScoError


class App(Session):
    """Shared state of one invocation (api.session.Session: the data is loaded once,
    when first asked for); click passes it to every command."""


pass_app = click.make_pass_decorator(App, ensure=True)


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
        # click asks shutil for the width, which costs start-up time; the same answer, from os.
        extra.setdefault("terminal_width", terminal_width())
        if os.environ.get(complete_var or "_SCO_COMPLETE"):  # the shell asks for completions
            from sco_cli.commandline.shells import register

            register()
        if sys.stdout is None:  # started with stdout closed (`sco members >&-`)
            sys.stdout = _ClosedOutput()
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
            code = code if isinstance(code, int) else ExitCode.OK
        except click.exceptions.NoArgsIsHelpError as error:  # bare `sco`: the help, as gh
            click.echo(error.ctx.get_help() if error.ctx is not None else "")
            code = ExitCode.OK
        except click.UsageError as error:
            code = _fail(_usage_message(error), error.exit_code)
        except click.ClickException as error:
            code = _fail(error.format_message(), error.exit_code)
        except ScoError as error:
            code = _fail(error.message, error.exit_code)
        except (KeyboardInterrupt, click.Abort):
            code = ExitCode.INTERRUPTED
        except UnicodeEncodeError as error:
            code = _fail(_encoding_message(error), ExitCode.OUTPUT)  # the answer cannot be written
        except OSError as error:
            if error.errno not in _OUTPUT_ERRORS:
                code = _bug(error)
            else:  # only writing the answer lets these through: reading says DataError
                _silence(sys.stdout)
                code = _fail(f"cannot write the output ({error.strerror})", ExitCode.OUTPUT)
        except Exception as error:  # a bug: say so in one line, unless debugging
            code = _bug(error)
        sys.exit(code)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except KeyboardInterrupt:
            # Ctrl-C while the options are read: click's own handler prints a blank line.
            raise click.exceptions.Exit(ExitCode.INTERRUPTED) from None

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            # Caught before click's own handler, which prints a blank line first.
            raise click.exceptions.Exit(ExitCode.INTERRUPTED) from None
        except BrokenPipeError:
            # Caught here, before click's own handler turns it into exit 1.
            raise click.exceptions.Exit(quiet_broken_pipe()) from None


def terminal_width() -> int:
    """As shutil.get_terminal_size() tells it: COLUMNS, else the terminal, else 80;
    from 20 to 1,000 (commandline.numbers.MIN_COLUMNS, MAX_COLUMNS)."""
    from sco_cli.commandline.numbers import MIN_COLUMNS, env_columns

    columns = env_columns()
    if columns is not None:
        return columns
    stream = sys.__stdout__
    try:
        found = os.get_terminal_size(stream.fileno()).columns or 80 if stream else 80
    except (AttributeError, ValueError, OSError):
        return 80
    return max(found, MIN_COLUMNS)


def _usage_message(error: click.UsageError) -> str:
    message = error.format_message()
    if isinstance(error, click.NoSuchOption) and error.ctx is not None:
        message = _no_such_option(error, error.ctx)
    if error.ctx is not None:
        message += f" (see '{error.ctx.command_path} --help')"
    return message


# Options people try for a question another command answers: (command, option) -> the way.
_ELSEWHERE = {
    ("members", "--since"): "who joined when: sco timeline YEAR, or sco members --history",
    ("members", "--year"): "the roster in a year: sco members --as-of YEAR",
    ("members", "--date"): "the roster on a date: sco members --as-of DATE",
    ("timeline", "--year"): "one year: sco timeline YEAR",
    ("timeline", "--since"): "from a date on: sco timeline --from DATE",
}


def _no_such_option(error: click.NoSuchOption, ctx: click.Context) -> str:
    """click's 'Did you mean' compares with the dashes ('--since' is close to '--json');
    the names alone are compared here, and a question another option answers says so."""
    from sco_cli.commandline.suggest import closest, hint

    typed = error.option_name
    elsewhere = _ELSEWHERE.get((ctx.info_name or "", typed.split("=", 1)[0]))
    if elsewhere is not None:
        return f"No such option {typed!r}; for {elsewhere}"
    names = {
        opt.lstrip("-"): opt
        for param in ctx.command.get_params(ctx)
        for opt in getattr(param, "opts", [])
        if opt.startswith("--")
    }
    near = closest(typed.lstrip("-").split("=", 1)[0].casefold(), names, cutoff=0.7)
    return f"No such option {typed!r}{hint(names[n] for n in near) or '.'}"


def _encoding_message(error: UnicodeEncodeError) -> str:
    character = ascii(error.object[error.start : error.start + 1])
    return (
        f"the output's encoding ({error.encoding}) cannot show the character {character}; "
        "use a UTF-8 locale (LANG=C.UTF-8) or PYTHONIOENCODING=utf-8"
    )


# What a failed write of the answer says: a full disk or quota, a file too
# large, an I/O error, a closed or unusable descriptor.
_OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


class _ClosedOutput(io.TextIOBase):
    """Standard output when sco was started without one: writing fails as a
    closed descriptor does, and that ends in one line and exit 74."""

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, "standard output is closed")

    def writable(self) -> bool:
        return True


def _bug(error: Exception) -> int:
    if os.environ.get("SCO_DEBUG"):
        raise error
    message = f"internal error ({type(error).__name__}: {error}); this is a bug in sco"
    return _fail(f"{message}. Run with SCO_DEBUG=1 for the traceback.", ExitCode.BUG)


def _fail(message: str, code: int) -> int:
    # One line, whatever the message held, and in any encoding stderr has.
    from sco_cli.output.sanitize import shown

    line = f"Error: {' '.join(shown(message).split())}"
    try:
        try:
            click.echo(line, err=True)
        except UnicodeEncodeError:
            click.echo(line.encode("ascii", "backslashreplace").decode("ascii"), err=True)
    except OSError:  # stderr is full or gone too: the exit code is all that is left
        _silence(sys.stderr)
    return code


def _silence(stream: object) -> None:
    """Point a stream that failed at /dev/null, so that what is still buffered
    goes nowhere quietly when the interpreter flushes it on the way out."""
    try:
        if stream is None or isinstance(stream, _ClosedOutput):
            return
        descriptor = stream.fileno()  # type: ignore[attr-defined]
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, descriptor)
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def quiet_broken_pipe() -> int:
    # The reader went away (`sco members | head -1`): that is not an error.
    # Point stdout at /dev/null so the interpreter's final flush stays quiet.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return ExitCode.OK
