"""The README cannot go stale: its console examples run, and print what it shows."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def console_examples() -> list[tuple[str, str]]:
    """Each `$ command` in a ```console block, with the lines shown after it."""
    examples: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", README, flags=re.DOTALL):
        for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


def test_the_readme_has_examples() -> None:
    assert len(console_examples()) >= 5


@pytest.mark.parametrize(("command", "expected"), console_examples())
def test_readme_example(command: str, expected: str) -> None:
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "SCO_DATA_DIR"}}
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(  # noqa: S602 - the README's own command lines, pipes and all
        command,
        shell=True,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert proc.stdout + proc.stderr == expected


def test_ci_runs_the_readme_install_and_test_commands_as_written() -> None:
    install = README.split("## Install and run", 1)[1].split("\n## ", 1)[0]
    commands = re.findall(r"```sh\n(.*?)\n```", install)
    assert len(commands) == 2, "README gives one install-and-run and one test command"
    # What .ci/run will run, read from the README by .ci/run itself.
    proc = subprocess.run(
        ["bash", str(REPO / ".ci" / "run"), "--print-commands"],
        capture_output=True,
        text=True,
        check=True,
        stdin=subprocess.DEVNULL,
    )
    assert proc.stdout.splitlines() == commands


def test_the_install_command_works_on_an_externally_managed_python() -> None:
    # PEP 668: Debian's and Ubuntu's Python refuse a bare `pip install`; a
    # virtual environment is the one way that works everywhere.
    install, tests = re.findall(r"```sh\n(.*?)\n```", README.split("## Install and run")[1])[:2]
    for command in (install, tests):
        assert command.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install ")
    assert install.endswith("&& sco summary")
    assert tests.endswith("&& python -m pytest")
    assert "pipx install ." in README
    assert "uv tool install ." in README
