"""The group itself: help, version, errors, and a real process in a pipe."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest

from sco_cli import __version__
from sco_cli.cli import cli
from sco_cli.registry import BY_NAME, COMMANDS, REPORTING
from tests.conftest import Invoke

EVERY_COMMAND = tuple(command.name for command in COMMANDS)


@pytest.mark.parametrize("name", EVERY_COMMAND)
def test_the_listed_help_is_the_commands_own(name: str) -> None:
    # `sco --help` shows the table in cli.py without importing the commands.
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    assert command.get_short_help_str(limit=300) == BY_NAME[name].help


@pytest.mark.parametrize("command", EVERY_COMMAND)
def test_every_command_help_has_examples(sco: Invoke, command: str) -> None:
    result = sco(command, "-h")
    assert result.exit_code == 0
    assert "Examples:" in result.stdout
    assert f"sco {command}" in result.stdout.split("Examples:")[1]
    if "Options:" in result.stdout:
        assert result.stdout.index("Examples:") < result.stdout.index("Options:")


@pytest.mark.parametrize("command", [c.name for c in REPORTING])
def test_every_record_command_has_every_format(sco: Invoke, command: str) -> None:
    # `sco check` adds one of its own: [...|markdown|claimreview]
    assert "--format [auto|rich|plain|json|jsonl|csv|tsv|markdown" in sco(command, "-h").stdout


def test_top_help_lists_exit_codes_and_environment(sco: Invoke) -> None:
    out = sco("--help").stdout
    assert out.index("Examples:") < out.index("Options:")
    assert "Exit codes:" in out
    assert "NO_COLOR" in out
    for command in EVERY_COMMAND:
        assert f"  {command}  " in out


@pytest.mark.parametrize("flag", ["--version", "-V"])
def test_version_names_package_article_and_reference(sco: Invoke, flag: str) -> None:
    result = sco(flag)
    assert result.exit_code == 0
    assert result.stdout == (
        f"sco {__version__} (article 000_b63b9ab8cbf85ae0, reference as of 2025-11-18)\n"
    )


def test_version_answers_even_when_the_data_is_broken(sco: Invoke, data_copy: Path) -> None:
    (data_copy / "facts.toml").write_text("not = [toml", encoding="utf-8")
    result = sco("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"sco {__version__} (data in {data_copy} unreadable")


def test_unknown_command_suggests(sco: Invoke) -> None:
    result = sco("member")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: no command 'member'; did you mean 'members'")
    assert result.stderr.count("\n") == 1


def test_unknown_format(sco: Invoke) -> None:
    result = sco("members", "--format", "xml")
    assert result.exit_code == 2
    assert "'xml' is not one of 'auto', 'rich', 'plain', 'json'" in result.stderr


@pytest.mark.parametrize("command", [c.name for c in REPORTING])
def test_every_command_in_every_format(sco: Invoke, command: str) -> None:
    # `sco check` exits 4 on the packaged article's own date (a claim contradicts)
    arguments = {"search": ("railway",), "check": ("--as-of", "2025-08-30")}.get(command, ())
    for fmt in ("auto", "rich", "plain", "json"):
        result = sco(command, *arguments, "--format", fmt)
        assert result.exit_code == 0, (fmt, result.stderr)
        assert result.stdout.strip(), fmt
        assert result.stderr == ""


def test_python_m_runs() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "sco_cli", "members", "--role", "member", "--count"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, "10\n", "")


@pytest.mark.parametrize(
    "args",
    [("members", "--format", "plain"), ("summary", "--format", "rich"), ("facts", "--json")],
)
def test_closed_pipe_is_quiet(args: tuple[str, ...]) -> None:
    # The reader has gone before sco writes a byte (`sco members | true`):
    # no traceback, no "Exception ignored" message, exit 0.
    proc = subprocess.Popen(
        [sys.executable, "-m", "sco_cli", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    assert proc.stderr is not None
    proc.stdout.close()
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == 0
    assert stderr == b""
