"""Shared fixtures: a pinned terminal, an in-process runner, and a copy of the data."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from sco_cli.cli import cli
from sco_cli.dataset import data_dir

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def pinned_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Same output on every machine: no colour, a fixed width, no stray data dir,
    and a cache directory of the test run's own (never the user's)."""
    for name in (
        "FORCE_COLOR",
        "SCO_DATA_DIR",
        "SCO_ARTICLE",
        "SCO_NO_CACHE",
        "TERM",
        "CLICOLOR_FORCE",
        "SCO_THEME",
        "COLORFGBG",
        "COLORTERM",
        "FORCE_HYPERLINK",
        "SCO_PAGER",
        "PAGER",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))
    # rich keeps a style's escape codes on the style once made, and keeps the styles
    # it parses: a colour an earlier test drew in 16 colours would stay so here.
    from rich.style import Style

    Style.parse.__func__.cache_clear()  # type: ignore[attr-defined]
    Style._add.cache_clear()


Invoke = Callable[..., Result]


@pytest.fixture
def sco() -> Invoke:
    """Run `sco ARGS...` in-process; stdout and stderr are kept apart."""

    def invoke(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
        return CliRunner().invoke(cli, list(args), env=env, input=input, catch_exceptions=False)

    return invoke


@pytest.fixture
def sco_json(sco: Invoke) -> Callable[..., object]:
    def invoke(*args: str) -> object:
        result = sco(*args, "--json")
        assert result.exit_code == 0, result.stderr
        return json.loads(result.stdout)

    return invoke


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the data, which SCO_DATA_DIR points the tool at."""
    copy = tmp_path / "data"
    shutil.copytree(data_dir(), copy)
    monkeypatch.setenv("SCO_DATA_DIR", str(copy))
    return copy


def rows(stdout: str) -> list[list[str]]:
    """Plain output, split as a script would: lines, then tabs."""
    return [line.split("\t") for line in stdout.splitlines()]


def judged(sco: Invoke, tmp_path: Path, text: str, as_of: str) -> list[dict[str, Any]]:
    """The claims `sco check --json` reports for `text` on the day `as_of`."""
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    result = sco("check", str(article), "--as-of", as_of, "--json")
    assert result.exit_code in (0, 4), result.stderr
    return list(json.loads(result.stdout)["claims"])


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in a text file by `new`; `old` must be there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"the test's anchor {old!r} is not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache directory of this test's own ($XDG_CACHE_HOME), not yet created."""
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home
