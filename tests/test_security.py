"""No dangerous calls, and nothing the user owns is written to or deleted."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

# Slow: sco run as a real process, its writes and environment watched; CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parent.parent
SOURCES = sorted((REPO / "sco_cli").rglob("*.py"))


@pytest.mark.parametrize(
    "pattern",
    [
        r"\beval\(",
        r"\bexec\(",
        r"\bimport pickle\b",
        r"\bpickle\.",
        r"\byaml\b",
        r"\bmarshal\b",
        r"shell=True",
    ],
)
def test_no_dangerous_calls(pattern: str) -> None:
    found = [
        f"{path.relative_to(REPO)}:{number}"
        for path in SOURCES
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(pattern, line)
    ]
    assert found == []


def test_ruff_security_rules_are_on() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "S" in config["tool"]["ruff"]["lint"]["select"]
    ignored = config["tool"]["ruff"]["lint"].get("ignore", [])
    assert not [rule for rule in ignored if re.fullmatch(r"S\d+", rule)]


def test_the_tool_writes_only_its_cache(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    article = work / "mine.txt"
    article.write_text("MY NOTES\n\nThe summit is near. Trade matters.\n", encoding="utf-8")
    os.utime(article, (1_000_000_000, 1_000_000_000))
    before = article.read_bytes()
    cache = tmp_path / "cache"
    env = {k: v for k, v in os.environ.items() if not k.startswith("SCO_")}
    env["XDG_CACHE_HOME"] = str(cache)
    commands = [
        ("--article", "mine.txt", "sections"),
        ("--article", "mine.txt", "quote", "--format", "csv"),
        ("--article", "mine.txt", "search", "trade", "--json"),
        ("--article", "mine.txt", "summary", "--format", "rich"),
        ("--article", "mine.txt", "members"),
        ("members", "--json"),
        ("verify",),
        ("summary", "--export", "mine.txt"),  # refused: it exists
        ("get", "summit.city"),
    ]
    for args in commands:
        subprocess.run(
            [sys.executable, "-m", "sco_cli", *args],
            cwd=work,
            env=env,
            capture_output=True,
            check=False,
            timeout=120,
        )
    assert sorted(p.name for p in work.iterdir()) == ["mine.txt"]
    assert article.read_bytes() == before
    assert article.stat().st_mtime == 1_000_000_000
    written = sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*") if p.is_file())
    # the validated data, and the index of the article named with --article
    assert len(written) == 2
    assert re.fullmatch(r"sco/article-[0-9a-f]{24}\.sqlite", written[0])
    assert re.fullmatch(r"sco/dataset-[\d.]+-[0-9a-f]{64}\.cache", written[1])
