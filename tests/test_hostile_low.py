"""The small hostile cases of issue 23: each says its own line, with the right exit code."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Invoke

SCO = [sys.executable, "-m", "sco_cli"]
REPO = Path(__file__).resolve().parent.parent


def _env(**extra: str) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("SCO_")}
    return {**clean, "PYTHONPATH": str(REPO), **extra}


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("0", "SCO_CACHE_MAX_SIZE='0' must be more than 0 bytes"),
        ("99999G", "SCO_CACHE_MAX_SIZE='99999G' is too large: at most 1024G"),
    ],
)
def test_a_cache_size_out_of_range_says_so(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, message: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Head\n\nThe SCO met.\n", encoding="utf-8")
    monkeypatch.setenv("SCO_CACHE_MAX_SIZE", value)
    result = sco("--article", str(article), "sections")
    assert result.exit_code == 2
    assert result.stderr == f"Error: {message}\n"


def test_a_home_that_does_not_exist_is_not_created(tmp_path: Path) -> None:
    home = tmp_path / "nonexistent" / "x"
    article = tmp_path / "a.txt"
    article.write_text("Head\n\nThe SCO met.\n", encoding="utf-8")
    env = _env(HOME=str(home))
    env.pop("XDG_CACHE_HOME", None)
    proc = subprocess.run(
        [*SCO, "--article", str(article), "sections"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert not (tmp_path / "nonexistent").exists()


@pytest.mark.parametrize("args", [("check", "-"), ("--article", "-", "sections")])
def test_standard_input_opened_write_only_cannot_be_read(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    with (tmp_path / "w").open("w") as write_only:
        proc = subprocess.run(
            [*SCO, *args],
            stdin=write_only,
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert proc.returncode == 3
    assert proc.stderr == "Error: standard input: cannot read (Bad file descriptor)\n"


def test_an_output_encoding_that_cannot_show_the_answer_is_exit_74() -> None:
    proc = subprocess.run(
        [*SCO, "members", "--lang", "zh"],
        env=_env(LANG="C", LC_ALL="C", PYTHONIOENCODING="ascii"),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 74
    assert proc.stdout == ""
    assert "use a UTF-8 locale" in proc.stderr


@pytest.mark.parametrize("command", ["timeline", "summits", "members"])
def test_arabic_dates_carry_no_bidi_marks(sco: Invoke, command: str) -> None:
    result = sco(command, "--lang", "ar", "--format", "rich")
    assert result.exit_code == 0, result.stderr
    assert not {"\u200e", "\u200f", "\u061c"} & set(result.stdout)
    assert any("\u0600" <= c <= "\u06ff" for c in result.stdout)  # still in Arabic
