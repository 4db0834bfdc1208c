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
# The guides the README links to: their examples run as the README's do.
GUIDES = sorted((REPO / "docs").glob("*.md"))
README_WORDS = 2_000


def console_examples(text: str = README) -> list[tuple[str, str]]:
    """Each `$ command` in a ```console block, with the lines shown after it."""
    examples: list[tuple[str, str]] = []
    for block in re.findall(r"```console\n(.*?)```", text, flags=re.DOTALL):
        for chunk in re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]:
            command, _, output = chunk.partition("\n")
            examples.append((command, output))
    return examples


def every_example() -> list[tuple[str, str]]:
    texts = [README, *(g.read_text(encoding="utf-8") for g in GUIDES)]
    return [example for text in texts for example in console_examples(text)]


def test_the_readme_has_examples() -> None:
    assert len(console_examples()) >= 12


def test_the_readme_is_short_and_links_a_guide_per_job() -> None:
    assert len(README.split()) < README_WORDS
    first_screen = "\n".join(README.splitlines()[:30])
    assert "sco check" in first_screen
    for guide in (
        "facts",
        "roster",
        "search",
        "check",
        "scripting",
        "database",
        "robustness",
        "speed",
    ):
        assert f"(docs/{guide}.md)" in README, guide
        assert console_examples((REPO / "docs" / f"{guide}.md").read_text(encoding="utf-8"))


def test_the_readme_examples_name_every_job() -> None:
    from sco_cli.registry import COMMANDS

    shown = {c.split()[1] for c, _ in console_examples() if c.startswith("sco ")}
    shown |= set(re.findall(r"\| sco (?:--article \S+ )?(\w+)", README.replace("`", "")))
    jobs = {command.name for command in COMMANDS} - {"cache", "completion"}
    assert jobs <= shown, jobs - shown


@pytest.mark.parametrize(("command", "expected"), every_example())
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


def _svg_width(path: Path) -> float:
    found = re.search(r'viewBox="0 0 ([0-9.]+) ', path.read_text(encoding="utf-8"))
    assert found is not None, path
    return float(found.group(1))


def test_the_pictures_are_drawn_at_the_width_their_captions_give(tmp_path: Path) -> None:
    pictures = [
        (doc.parent / name, int(columns))
        for doc in [REPO / "README.md", *GUIDES]
        for columns, name in re.findall(
            r"!\[[^\]]*, (\d+) columns\]\(([^)]+\.svg)\)", doc.read_text(encoding="utf-8")
        )
    ]
    assert pictures
    bin_dir = str(Path(sys.executable).parent)
    env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "SCO_DATA_DIR"}}
    env["PATH"] = bin_dir + os.pathsep + env.get("PATH", "")
    subprocess.run(["bash", str(REPO / "docs" / "pictures.sh"), str(tmp_path)], env=env, check=True)
    for path, columns in pictures:
        # the card draws a character 9 wide, with 20 of margin each side: the caption's columns.
        assert _svg_width(path) == pytest.approx(9.0 * columns + 40), path
        # docs/pictures.sh draws it at that width again.
        assert _svg_width(tmp_path / path.name) == _svg_width(path), path
