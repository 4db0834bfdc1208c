"""Help in full: summaries never cut, examples naming every job, usage lines never
broken inside a word, and every answer an example shows is the answer it prints."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sco_cli.registry import COMMANDS
from tests.conftest import Invoke

NAMES = [command.name for command in COMMANDS]


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("columns", ["60", "80", "100"])
def test_every_summary_is_shown_whole(sco: Invoke, columns: str) -> None:
    shown = sco("--help", env={"COLUMNS": columns}).stdout
    listing = words(shown.split("\nCommands:\n", 1)[1].split("Exit codes:")[0])
    assert "..." not in listing
    for command in COMMANDS:
        assert words(command.help) in listing, command.name


def test_the_groups_examples_name_every_job(sco: Invoke) -> None:
    examples = sco("--help").stdout.split("Examples:", 1)[1].split("\n\n", 1)[0]
    named = set(re.findall(r"^\s+sco (?:--article \S+ )?(\w+)", examples, flags=re.MULTILINE))
    jobs = set(NAMES) - {"cache", "schema", "completion", "mcp"}  # housekeeping, a server
    assert jobs <= named, jobs - named
    assert "--as-of" in examples


def _usage(sco: Invoke, name: str, columns: str) -> str:
    shown = sco(name, "--help", env={"COLUMNS": columns}).stdout
    return shown.split("\n\n", 1)[0]


@pytest.mark.parametrize("columns", ["40", "60", "80"])
@pytest.mark.parametrize("name", NAMES)
def test_usage_lines_break_between_words(sco: Invoke, name: str, columns: str) -> None:
    whole = _usage(sco, name, "1000").split()
    assert _usage(sco, name, columns).split() == whole


def examples(text: str) -> list[tuple[str, str]]:
    """(command, what it says) for each line of the help's Examples block."""
    block = text.split("Examples:", 1)[1].split("\n\n", 1)[0]
    pairs = []
    for line in block.splitlines():
        command, _, said = line.strip().partition("  ")
        pairs.append((command.strip(), said.strip()))
    return pairs


# An example's right-hand side that is the answer itself: a number (with a
# remark in brackets), a JSON object (`...` for values left out), or one word.
ANSWER = re.compile(r"^(?:\d+(?: \(.*\))?|\{.*\}|[A-Z][a-z]+)$")


def shown_answers() -> list[tuple[str, str]]:
    from click.testing import CliRunner

    from sco_cli.cli import cli

    found = []
    for name in ["", *NAMES]:
        args = [name, "--help"] if name else ["--help"]
        text = CliRunner().invoke(cli, args, env={"COLUMNS": "200"}).stdout
        if "Examples:" in text:
            found += [(c, s) for c, s in examples(text) if ANSWER.match(s)]
    return found


def test_the_answers_shown_are_found() -> None:
    assert len(shown_answers()) >= 5


@pytest.mark.parametrize(("command", "said"), shown_answers())
def test_every_answer_an_example_shows_is_what_it_prints(command: str, said: str) -> None:
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "SCO_DATA_DIR"}}
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    proc = subprocess.run(  # noqa: S602 - the help's own command lines, pipes and all
        command, shell=True, capture_output=True, text=True, env=env, check=False
    )
    assert proc.returncode == 0, proc.stderr
    if said.startswith("{"):
        pattern = json.loads(re.sub(r",\s*\.\.\.\}$", "}", said).replace("...", "null"))
        printed = json.loads(proc.stdout)
        for key, value in pattern.items():
            if value is not None:
                assert printed[key] == value, (key, printed)
    else:
        assert proc.stdout.strip() == said.split(" (")[0]


def test_an_unknown_option_is_compared_by_its_name_not_its_dashes(sco: Invoke) -> None:
    result = sco("members", "--since", "2017")
    assert result.exit_code == 2
    assert "--json" not in result.stderr
    assert "sco timeline YEAR" in result.stderr
    near = sco("members", "--jsn")
    assert "did you mean '--json'?" in near.stderr
    far = sco("summits", "--zzz")
    assert far.stderr == "Error: No such option '--zzz'. (see 'sco summits --help')\n"
