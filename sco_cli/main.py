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
        from sco_cli.cli import cli

        cli.main(prog_name="sco")
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)


if __name__ == "__main__":  # pragma: no cover - run as a script only by hand
    main()
