"""A long view on a terminal goes through a pager (as git's does); never in a pipe."""

from __future__ import annotations

import io
import shlex
import sys
from pathlib import Path

import pytest

from sco_cli.output.formats import OutputOptions, emit
from sco_cli.reports import Report
from tests.conftest import Invoke


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def _records(count: int) -> Report:
    rows = [(f"row {n}",) for n in range(count)]
    return Report({"records": rows}, ("name",), rows, "records")


def _pager(script: str) -> str:
    """A pager command line: Python running `script` (no shell runs a pager)."""
    return shlex.join([sys.executable, "-c", script])


@pytest.fixture
def pager_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    target = tmp_path / "paged.txt"
    script = f"import sys; open({str(target)!r}, 'w').write(sys.stdin.read())"
    monkeypatch.setenv("SCO_PAGER", _pager(script))
    monkeypatch.setenv("LINES", "20")
    return target


def test_a_long_view_goes_through_the_pager(pager_file: Path) -> None:
    terminal = Terminal()
    emit(_records(60), OutputOptions(format="rich"), terminal)
    assert terminal.getvalue() == ""
    paged = pager_file.read_text(encoding="utf-8")
    lines = [line.strip() for line in paged.splitlines()]
    assert "row 0" in lines  # all of it, the first screen too
    assert "row 59" in lines


def test_a_view_that_fits_the_screen_is_printed_as_it_is(pager_file: Path) -> None:
    terminal = Terminal()
    emit(_records(5), OutputOptions(format="rich"), terminal)
    assert "row 4" in terminal.getvalue()
    assert not pager_file.exists()


def test_no_pager_and_pipes_print_straight(pager_file: Path) -> None:
    terminal = Terminal()
    emit(_records(60), OutputOptions(format="rich", pager=False), terminal)
    assert "row 59" in terminal.getvalue()
    pipe = io.StringIO()
    emit(_records(60), OutputOptions(format="rich"), pipe)
    assert "row 59" in pipe.getvalue()
    assert not pager_file.exists()


@pytest.mark.parametrize(
    ("env", "pager"),
    [
        ({}, "less -FRX"),
        ({"PAGER": "more"}, "more"),
        ({"PAGER": "more", "SCO_PAGER": "less"}, "less"),
        ({"SCO_PAGER": ""}, None),
        ({"PAGER": "cat"}, None),
        ({"SCO_PAGER": "no-such-pager-program -x"}, None),
    ],
)
def test_the_pager_is_sco_pager_then_pager_then_less(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], pager: str | None
) -> None:
    import shutil

    from sco_cli.output.pager import pager_command

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if pager is not None and shutil.which(pager.split()[0]) is None:
        pager = None  # a pager that is not installed is no pager
    assert pager_command() == pager


def test_less_is_told_to_quit_on_one_screen_and_keep_colours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = tmp_path / "less.txt"
    script = f"import os, sys; sys.stdin.read(); open({str(said)!r}, 'w').write(os.environ['LESS'])"
    monkeypatch.setenv("SCO_PAGER", _pager(script))
    monkeypatch.setenv("LINES", "10")
    emit(_records(60), OutputOptions(format="rich"), Terminal())
    assert said.read_text(encoding="utf-8") == "FRX"


def test_the_command_line_takes_no_pager(sco: Invoke) -> None:
    result = sco("facts", "--no-pager", "--format", "rich")
    assert result.exit_code == 0
    assert "sco facts" in result.stdout
    assert "--no-pager" in sco("facts", "--help").stdout
