"""`--export FILE`: the rich view to a new .svg, .html or .txt file."""

from __future__ import annotations

import errno
import os
import secrets
import sys
from pathlib import Path

from sco_cli.errors import OutputError, UsageProblem
from sco_cli.numbers import env_width
from sco_cli.reports import Report
from sco_cli.sanitize import shown_line

EXPORT_SUFFIXES = (".svg", ".html", ".txt")
_OUTPUT_ERRORS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO})


def export(report: Report, name: str) -> None:
    """Write the rich view to a new .svg, .html or .txt file; never overwrite one."""
    target = Path(name)
    suffix = target.suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        raise UsageProblem(
            f"cannot export to {str(target)!r}: the name must end in {', '.join(EXPORT_SUFFIXES)}"
        )
    try:
        os.lstat(target)  # a link counts, even one that points nowhere
    except FileNotFoundError:
        pass
    except OSError as error:  # a name too long for the file system, a loop, ...
        raise UsageProblem(f"cannot export to {target}: {error.strerror}") from None
    else:
        raise UsageProblem(f"{target} already exists; sco never overwrites a file: remove it first")
    _write_new(target, _rendered(report, suffix))
    sys.stderr.write(f"wrote {shown_line(str(target))}\n")


def _rendered(report: Report, suffix: str) -> str:
    """The rich view as SVG, HTML or text, as a terminal of COLUMNS (else 100) would show it."""
    import io

    from rich.console import Console

    from sco_cli import views

    width = env_width("COLUMNS") or 100
    console = Console(file=io.StringIO(), record=True, width=width, highlight=False, emoji=False)
    console.print(views.draw(report))
    if suffix == ".svg":
        return console.export_svg(title="sco")
    if suffix == ".html":
        return console.export_html()
    return console.export_text()


def _write_new(target: Path, content: str) -> None:
    """Write to a temporary file beside the target, then link it into place:
    the target appears whole or not at all, and an existing one is never replaced."""
    directory = target.parent if str(target.parent) else Path()
    # A short name of its own: a legal name of 255 bytes leaves no room for more.
    temporary = directory / f".sco-{os.getpid()}-{secrets.token_hex(4)}.tmp"
    try:
        with temporary.open("x", encoding="utf-8") as handle:
            handle.write(content)
        os.link(temporary, target)
    except FileExistsError:
        raise UsageProblem(
            f"{target} already exists; sco never overwrites a file: remove it first"
        ) from None
    except OSError as error:
        if error.errno in _OUTPUT_ERRORS:  # the disk, not the name: exit 74 as for stdout
            raise OutputError(f"cannot write {target}: {error.strerror}") from None
        raise UsageProblem(f"cannot write {target}: {error.strerror}") from None
    finally:
        temporary.unlink(missing_ok=True)
