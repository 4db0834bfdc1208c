"""`sco completion`: the scripts, and what a real bash offers at <TAB>."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Invoke

BASH = shutil.which("bash")


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash", "complete -o nosort -F _sco_completion sco"),
        ("zsh", "#compdef sco"),
        ("fish", "complete"),
    ],
)
def test_scripts(sco: Invoke, shell: str, marker: str) -> None:
    result = sco("completion", shell)
    assert result.exit_code == 0
    assert marker in result.stdout
    assert "_SCO_COMPLETE" in result.stdout


def offered(words: list[str]) -> list[str]:
    """Source the bash script in a real bash and call its completion function."""
    assert BASH is not None, "bash is part of every machine this project runs on"
    bin_dir = str(Path(sys.executable).parent)
    env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ.get("PATH", ""))
    script = (
        'eval "$(sco completion bash)"\n'
        f"COMP_WORDS=({' '.join(words)}); COMP_CWORD={len(words) - 1}\n"
        "_sco_completion sco\n"
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    proc = subprocess.run(
        [BASH, "--norc", "--noprofile", "-c", script],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    return proc.stdout.split()


def test_bash_completes_section_names() -> None:
    assert offered(["sco", "quote", "--section", "s"]) == ["security", "shared"]


def test_bash_completes_get_paths() -> None:
    paths = offered(["sco", "get", "summ"])
    assert paths[:3] == ["summit", "summit.city", "summit.country"]
    assert all(p.startswith("summit") for p in paths)


def test_bash_completes_roles_and_fields() -> None:
    assert offered(["sco", "members", "--role", "d"]) == ["dialogue-partner"]
    assert offered(["sco", "members", "--fields", "country,is"]) == ["country,iso2", "country,iso3"]


@pytest.mark.parametrize(
    "words", ["sco --article no", "sco sections --article no", "sco summary --export no"]
)
def test_file_names_are_left_to_the_shell(sco: Invoke, words: str) -> None:
    # "file" tells the bash script to fall back to the shell's own file-name completion.
    env = {
        "_SCO_COMPLETE": "bash_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    assert sco(env=env).stdout.splitlines() == ["file,no"]


def test_zsh_gets_help_text(sco: Invoke) -> None:
    result = sco(
        env={
            "_SCO_COMPLETE": "zsh_complete",
            "COMP_WORDS": "sco quote --section u",
            "COMP_CWORD": "3",
        }
    )
    heading = "UNITY IN DIVERSITY AND BEYOND"
    assert result.stdout.splitlines() == [
        *("plain", "unity-in-diversity-and-beyond", heading),
        *("plain", "unity", heading),
    ]
