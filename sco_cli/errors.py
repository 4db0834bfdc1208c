"""The project's exceptions and exit codes, mapped to the process exit once (app.ScoGroup.main)."""

from __future__ import annotations


class ExitCode:
    """The documented exit codes (plain ints: an IntEnum costs start-up time)."""

    OK = 0
    NOT_FOUND = 1  # a named thing does not exist, or nothing matched a search
    USAGE = 2  # bad command line (click's own code for usage errors)
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
    exit_code = ExitCode.NOT_FOUND


class UsageProblem(ScoError):
    """A value the user typed does not fit (an unknown or ambiguous name)."""

    exit_code = ExitCode.USAGE


class DataError(ScoError):
    """A data file is missing or invalid: the message names the file, the field and why."""

    exit_code = ExitCode.DATA


class ArticleParseError(DataError):
    """Raised by the article parser; the only exception it lets out."""
