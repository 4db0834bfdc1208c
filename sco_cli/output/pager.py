"""A long view on a terminal goes through a pager, as git's does.

The pager is SCO_PAGER, else PAGER, else `less -FRX` (LESS=FRX where LESS is
not set, as git sets it); an empty value or `cat` means none. Only on a
terminal, never in a pipe, and only once the view is longer than the screen:
what is drawn is held until it fills a screen, then the pager starts with it
and the rest streams to it (a folder's thousands of cards are never held).
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any

DEFAULT = "less -FRX"


def pager_command() -> str | None:
    """The pager the environment names, or None for none."""
    for name in ("SCO_PAGER", "PAGER"):
        if name in os.environ:
            command = os.environ[name].strip()
            break
    else:
        command = DEFAULT
    if command in ("", "cat"):
        return None
    try:  # a command line, split as a shell would (no shell runs it: no pipes)
        program = shlex.split(command)[0]
    except (ValueError, IndexError):
        return None
    # A pager that is not there is no pager: the view is printed as it is.
    return command if shutil.which(program) else None


@contextmanager
def paged(stream: IO[str], wanted: bool = True) -> Iterator[IO[str]]:
    """`stream`, or a stream that turns into a pager once a screen is full."""
    command = pager_command() if wanted and _isatty(stream) else None
    if command is None:
        yield stream
        return
    pager = _Pager(stream, command, _screen_lines())
    try:
        yield pager  # type: ignore[misc] # a file-like stream, as rich writes to one
    finally:
        pager.finish()


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _screen_lines() -> int:
    from sco_cli.commandline.numbers import env_width

    return env_width("LINES") or shutil.get_terminal_size().lines


class _Pager:
    """Held text until it passes `lines` lines, then a pager process fed the rest."""

    def __init__(self, stream: IO[str], command: str, lines: int) -> None:
        self.stream, self.command, self.lines = stream, command, max(lines - 1, 1)
        self.held: list[str] = []
        self.count = 0
        self.process: subprocess.Popen[str] | None = None
        self.interrupt: Any = None
        self.encoding = getattr(stream, "encoding", None) or "utf-8"

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self.stream.fileno()

    def write(self, text: str) -> int:
        if self.process is not None:
            self._stdin().write(text)
            return len(text)
        self.held.append(text)
        self.count += text.count("\n")
        if self.count > self.lines:
            self._start()
        return len(text)

    def flush(self) -> None:
        if self.process is not None and self.process.stdin is not None:
            self.process.stdin.flush()

    def _start(self) -> None:
        env = dict(os.environ)
        env.setdefault("LESS", "FRX")  # as git: quit if one screen, colours, no clearing
        env.setdefault("LV", "-c")
        self.stream.flush()
        self.process = subprocess.Popen(  # noqa: S603 # the user's own pager, no shell
            shlex.split(self.command),
            stdin=subprocess.PIPE,
            env=env,
            text=True,
            encoding=self.encoding,
            errors="replace",
        )
        # Ctrl-C belongs to the pager while it runs (as git does): sco waits for it.
        try:
            self.interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
        except ValueError:  # not the main thread
            self.interrupt = None
        held, self.held = "".join(self.held), []
        self._stdin().write(held)

    def _stdin(self) -> IO[str]:
        stdin = self.process.stdin if self.process is not None else None
        if stdin is None:  # never: the pager is started with a pipe
            raise BrokenPipeError
        return stdin

    def finish(self) -> None:
        """The pager's end: it has all the text and the reader has quit it."""
        if self.process is None:
            self.stream.write("".join(self.held))
            self.stream.flush()
            return
        try:
            self._stdin().close()
        except BrokenPipeError:  # the reader quit before the end: nothing more to say
            pass
        finally:
            self.process.wait()
            if self.interrupt is not None:
                signal.signal(signal.SIGINT, self.interrupt)
