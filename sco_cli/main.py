"""The console script's entry point: Ctrl-C is quiet from the first instant.

Importing click and the commands takes a few tens of milliseconds; an
interrupt then would otherwise end in a traceback. Once the group runs,
sco_cli.app maps every ending to its exit code.
"""

from __future__ import annotations

import sys

INTERRUPTED = 130


def main() -> None:
    try:
        _hold_standard_descriptors()
        from sco_cli.cli import cli

        cli.main(prog_name="sco")
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)


def _hold_standard_descriptors() -> None:
    """Started with stdin, stdout or stderr closed (`sco members >&-`), the next
    file sco opens would take that number, and whatever is written to the
    stream would land in it: /dev/null holds each closed one instead. (sys.stdout
    stays None; writing the answer then fails in one line, exit 74.)"""
    import os

    for descriptor in (0, 1, 2):
        try:
            os.fstat(descriptor)
        except OSError:
            held = os.open(os.devnull, os.O_RDWR)
            if held != descriptor:  # pragma: no cover - the lowest free number is taken
                os.dup2(held, descriptor)
                os.close(held)


if __name__ == "__main__":  # pragma: no cover - run as a script only by hand
    main()
