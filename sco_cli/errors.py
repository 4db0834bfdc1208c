"""The project's exceptions and exit codes, mapped to the process exit once (app.ScoGroup.main)."""

from __future__ import annotations


class ExitCode:
    """The documented exit codes (plain ints: an IntEnum costs start-up time)."""

    OK = 0
    # The question was understood and nothing answers it: no sentence, no entry in
    # the range, a date before the SCO (or the status asked for) existed.
    NO_MATCH = 1
    NOT_FOUND = NO_MATCH
    # The command line is wrong: a bad, repeated or conflicting option, or a name
    # of any kind (command, section, country, field, path, paragraph) that names nothing.
    USAGE = 2
    DATA = 3  # the data files (or an article given to read) are invalid
    CONTRADICTED = 4  # sco check: at least one claim contradicts the reference
    BUG = 70  # an error in sco itself (EX_SOFTWARE); SCO_DEBUG=1 shows the traceback
    OUTPUT = 74  # the answer could not be written: a full disk, a closed stdout (EX_IOERR)
    INTERRUPTED = 130  # Ctrl-C


class ScoError(Exception):
    """An error the user can act on: one line on stderr, and an exit code."""

    exit_code: int = ExitCode.NOT_FOUND

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(ScoError):
    """Nothing matched: the answer is empty, and the message says why."""

    exit_code = ExitCode.NO_MATCH


class UsageProblem(ScoError):
    """A value the user typed does not fit (a conflicting option, a bad value)."""

    exit_code = ExitCode.USAGE


class UnknownName(UsageProblem):
    """A name that names nothing, or more than one thing: same exit code whatever its kind."""


class OutputError(ScoError):
    """The answer could not be written (a full disk, a failing device)."""

    exit_code = ExitCode.OUTPUT


class DataError(ScoError):
    """A data file is missing or invalid: the message names the file, the field and why."""

    exit_code = ExitCode.DATA


class ArticleParseError(DataError):
    """Raised by the article parser; the only exception it lets out."""
