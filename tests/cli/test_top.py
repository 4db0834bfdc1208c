"""The group itself: help, version, errors, and a real process in a pipe."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sco_cli import __version__
from tests.conftest import Invoke

COMMANDS = ("summary", "members", "quote", "sections", "facts")


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_starts_with_examples(sco: Invoke, command: str) -> None:
    result = sco(command, "-h")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"sco {command}" in result.stdout.split("Examples:")[1]
    assert "--format [auto|rich|plain|json]" in result.stdout


def test_top_help_lists_exit_codes_and_environment(sco: Invoke) -> None:
    out = sco("--help").stdout
    assert "Exit codes:" in out
    assert "NO_COLOR" in out
    for command in COMMANDS:
        assert command in out


def test_version(sco: Invoke) -> None:
    assert sco("--version").stdout == f"sco, version {__version__}\n"


def test_unknown_command_suggests(sco: Invoke) -> None:
    result = sco("member")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: No such command 'member'.")
    assert result.stderr.count("\n") == 1


def test_unknown_format(sco: Invoke) -> None:
    result = sco("members", "--format", "xml")
    assert result.exit_code == 2
    assert "'xml' is not one of 'auto', 'rich', 'plain', 'json'" in result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_in_every_format(sco: Invoke, command: str) -> None:
    for fmt in ("auto", "rich", "plain", "json"):
        result = sco(command, "--format", fmt)
        assert result.exit_code == 0, (fmt, result.stderr)
        assert result.stdout.strip(), fmt
        assert result.stderr == ""


def test_python_m_runs_and_closed_pipe_is_quiet() -> None:
    # A real process whose reader quits after one line: no traceback, no
    # "Exception ignored" message, exit 0.
    proc = subprocess.run(  # noqa: S602 - a fixed command line; the pipe is the point
        f"{sys.executable} -m sco_cli members --format plain | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": ":".join(sys.path)},
    )
    assert proc.stdout.startswith("member\t")
    assert proc.stderr == ""


def test_closed_pipe_exit_status_is_zero() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "sco_cli", "facts", "--format", "plain"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=30) == 0
    assert stderr == b""
