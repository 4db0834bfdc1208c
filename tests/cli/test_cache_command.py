"""`sco cache`: what sco keeps between runs, and clearing it (only what sco made)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Invoke


@pytest.fixture
def home(cache_home: Path) -> Path:
    return cache_home


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text("Leaders meet\n\nThe railway opens. Trade grows.\n", encoding="utf-8")
    return path


def listing(sco: Invoke, *args: str) -> dict[str, object]:
    result = sco("cache", *args, "--json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert isinstance(document, dict)
    return document


def test_an_empty_cache(sco: Invoke, home: Path) -> None:
    document = listing(sco)
    assert document["directory"] == str(home / "sco")
    assert document["usable"] is True
    assert document["files"] == []
    assert document["total_bytes"] == 0
    assert document["max_bytes"] == 1024**3


def test_it_lists_the_data_and_each_article_index(
    sco: Invoke, home: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sco("get", "summit.city")
    sco("--article", str(article), "search", "railway")
    monkeypatch.setenv("SCO_CACHE_MAX_SIZE", "5M")
    document = listing(sco)
    files = document["files"]
    assert isinstance(files, list)
    assert sorted((f["kind"], f["article"]) for f in files) == [
        ("article index", str(article)),
        ("data", None),
    ]
    on_disk = {p.name: p.stat().st_size for p in (home / "sco").iterdir()}
    assert {f["name"]: f["bytes"] for f in files} == on_disk
    assert document["total_bytes"] == sum(on_disk.values())
    assert document["max_bytes"] == 5 * 1024**2
    plain = sco("cache", "--format", "plain").stdout.splitlines()
    assert [line.split("\t")[1] for line in plain] == [f["kind"] for f in files]


def test_clear_removes_only_what_sco_made(sco: Invoke, home: Path, article: Path) -> None:
    sco("get", "summit.city")
    sco("--article", str(article), "sections")
    mine = home / "sco" / "notes.txt"
    mine.write_text("keep me")
    result = sco("cache", "--clear", "--format", "plain")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 2
    total = sum(int(line.split("\t")[2]) for line in result.stdout.splitlines())
    assert result.stderr == f"Note: removed 2 file(s), {total:,} bytes, from {home / 'sco'}\n"
    assert [p.name for p in (home / "sco").iterdir()] == ["notes.txt"]
    assert listing(sco)["files"] == []
    # and sco still answers, building again what it needs
    assert sco("--article", str(article), "sections").exit_code == 0


def test_a_directory_others_can_write_is_neither_used_nor_cleared(sco: Invoke, home: Path) -> None:
    folder = home / "sco"
    folder.mkdir(parents=True)
    folder.chmod(0o777)
    planted = folder / "dataset-0.1.0-00000000.cache"
    planted.write_text("planted")
    result = sco("cache", "--clear", "--json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["usable"] is False
    assert document["files"] == []
    assert "is not used" in result.stderr
    assert planted.read_text() == "planted"


def test_the_rich_view(sco: Invoke, home: Path, article: Path) -> None:
    sco("--article", str(article), "sections")
    # Wide enough that the article's path (pytest's temporary directory) is not wrapped.
    result = sco("cache", "--format", "rich", env={"COLUMNS": "300"})
    assert "article index" in result.stdout
    assert "notes.txt" in result.stdout
    assert "SCO_CACHE_MAX_SIZE" in result.stdout


@pytest.mark.parametrize("columns", ["40", "60", "80", "120", "200"])
def test_the_rich_view_keeps_every_name_whole_at_every_width(
    sco: Invoke, home: Path, article: Path, columns: str
) -> None:
    sco("--article", str(article), "sections")
    sco("summary")
    out = sco("cache", "--format", "rich", env={"COLUMNS": columns}).stdout
    lines = out.splitlines()
    assert lines[0].startswith("sco cache")  # the shared title ...
    assert "SCO_CACHE_MAX_SIZE" in out.split("─" * 10)[-1]  # ... and footer
    assert "…" not in out
    assert all(len(line) <= int(columns) for line in lines)
    joined = "".join(line.strip() for line in lines)  # a name folds at the edge, never cut
    for item in listing(sco)["files"]:  # type: ignore[attr-defined]
        assert item["name"] in joined
        assert item["last_used"][:10] in out
        size = f"{item['bytes'] / 1024:,.1f} KiB"
        assert any(size in line for line in lines)  # a size is never split
    assert "last used" in out
    assert str(article) in joined
