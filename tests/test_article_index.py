"""An --article file's parsed text and search index, kept between runs in one SQLite file."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import sco_cli.article.index
import sco_cli.article.parse
from sco_cli import private_files
from tests.conftest import Invoke

ARTICLE = """date 2025-09-09 Images | Test

The summit opens in Tianjin. Trade is on the agenda. Leaders arrive today.

A railway links the cities. Energy matters too.

TRADE AND TRANSPORT

Exports grew last year. The railway carries goods.

Ports are busy. Trade corridors widen.

Author: Test Writer
"""
# Every text command, with arguments that read every kind of stored part.
RUNS = [
    ("sections",),
    ("quote",),
    ("quote", "--section", "trade"),
    ("quote", "--paragraph", "3"),
    ("quote", "--match", "railway"),
    ("search", "railway"),
    ("search", "trade", "--section", "trade"),
    ("search", "raliway"),  # no hit: the suggestion reads the stored words
    ("search", '"unbalanced'),
    ("summary",),
]


@pytest.fixture
def home(cache_home: Path) -> Path:
    return cache_home


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def indexes(home: Path) -> list[Path]:
    return sorted((home / "sco").glob("article-*.sqlite")) if (home / "sco").exists() else []


def answers(sco: Invoke, article: Path, env: dict[str, str] | None = None) -> list[object]:
    results = []
    for args in RUNS:
        for fmt in ("plain", "json"):
            result = sco("--article", str(article), *args, "--format", fmt, env=env)
            results.append((args, fmt, result.exit_code, result.stdout, result.stderr))
    return results


def refuse_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("parsed although the stored index was current")

    monkeypatch.setattr(sco_cli.article.parse, "parse_article", refuse)


def test_stored_and_parsed_answers_are_the_same(
    sco: Invoke, home: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = answers(sco, article, env={"SCO_NO_CACHE": "1"})
    assert indexes(home) == []
    cold = answers(sco, article)
    (index,) = indexes(home)
    refuse_parsing(monkeypatch)
    warm = answers(sco, article)
    assert cold == parsed
    assert warm == parsed
    assert index.stat().st_mode & 0o777 == 0o600
    assert (home / "sco").stat().st_mode & 0o777 == 0o700


def test_sections_store_no_search_index_and_search_adds_it(
    sco: Invoke, home: Path, article: Path
) -> None:
    assert sco("--article", str(article), "sections").exit_code == 0
    (index,) = indexes(home)
    assert "sentences" not in tables(index)
    assert sco("--article", str(article), "search", "railway").exit_code == 0
    assert "sentences" in tables(index)


def tables(index: Path) -> set[str]:
    with sqlite3.connect(index) as db:
        return {name for (name,) in db.execute("SELECT name FROM sqlite_master")}


def test_a_changed_article_is_parsed_again(sco: Invoke, home: Path, article: Path) -> None:
    assert "Tianjin" in sco("--article", str(article), "quote").stdout
    article.write_text(ARTICLE.replace("Tianjin", "Beijing"), encoding="utf-8")
    assert "Beijing" in sco("--article", str(article), "quote").stdout
    assert "Beijing" in sco("--article", str(article), "search", "beijing").stdout
    assert len(indexes(home)) == 1


def test_the_same_size_time_and_inode_with_other_bytes_is_caught_by_the_digest(
    sco: Invoke, home: Path, article: Path
) -> None:
    sco("--article", str(article), "search", "railway")
    before = article.stat()
    with article.open("r+b") as handle:  # same inode, same size
        handle.write(b"date 2025-09-09 Images | Best")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert article.stat().st_size == before.st_size
    result = sco("--article", str(article), "quote", "--json")
    assert '"image_credit": "Images | Best"' in result.stdout


def damage(index: Path, sql: str) -> None:
    with sqlite3.connect(index) as db:
        db.execute(sql)


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE chunks SET text = replace(text, 'Tianjin', 'Pyongyang')",
        "UPDATE chunks SET text = 'x', sha256 = 'x'",
        "UPDATE meta SET value = replace(value, 'Tianjin', 'Pyongyang')",
        "UPDATE meta SET value = replace(value, 'trade-and-transport', 'x') WHERE key = 'article'",
        "UPDATE meta SET value = '[' WHERE key = 'article'",
        "DELETE FROM chunks",
        "DROP TABLE chunks",
        "DROP TABLE sentences",
        "UPDATE sentences SET paragraph = 99",
        "UPDATE sentences SET sentence = 9",
    ],
)
def test_a_damaged_index_is_never_served(sco: Invoke, home: Path, article: Path, sql: str) -> None:
    expected = answers(sco, article, env={"SCO_NO_CACHE": "1"})
    sco("--article", str(article), "search", "railway")
    (index,) = indexes(home)
    damage(index, sql)
    assert answers(sco, article) == expected


def test_a_sentence_changed_in_the_index_is_never_shown(
    sco: Invoke, home: Path, article: Path
) -> None:
    sco("--article", str(article), "search", "railway")
    (index,) = indexes(home)
    damage(index, "UPDATE sentences SET text = replace(text, 'railway', 'Pyongyang railway')")
    # The ranking comes from the index (and the changed lengths change the scores);
    # every text shown is checked against the article's.
    assert not [a for a in answers(sco, article) if "Pyongyang" in str(a)]
    argv = ("--article", str(article), "search", "railway", "--fields", "text")
    assert sco(*argv).stdout == sco(*argv, env={"SCO_NO_CACHE": "1"}).stdout


def test_an_unreadable_file_is_built_again(sco: Invoke, home: Path, article: Path) -> None:
    sco("--article", str(article), "search", "railway")
    (index,) = indexes(home)
    index.write_bytes(b"not a database" * 100)
    assert "railway" in sco("--article", str(article), "search", "railway").stdout
    assert "sentences" in tables(index)


def test_an_index_sco_did_not_make_private_is_not_used(
    sco: Invoke, home: Path, article: Path
) -> None:
    sco("--article", str(article), "sections")
    (index,) = indexes(home)
    damage(index, "UPDATE chunks SET text = 'x', sha256 = 'x'")
    index.chmod(0o666)  # another user could have written it
    assert "Tianjin" in sco("--article", str(article), "quote").stdout
    assert index.stat().st_mode & 0o777 == 0o600  # replaced by a file of sco's own


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_a_planted_index_is_neither_followed_nor_waited_on(
    sco: Invoke, home: Path, article: Path, tmp_path: Path, kind: str
) -> None:
    sco("--article", str(article), "sections")
    (index,) = indexes(home)
    elsewhere = tmp_path / "elsewhere.sqlite"
    index.rename(elsewhere)
    if kind == "symlink":
        index.symlink_to(elsewhere)
    else:
        os.mkfifo(index)
    assert "Tianjin" in sco("--article", str(article), "quote").stdout
    assert index.is_file()
    assert not index.is_symlink()


@pytest.mark.parametrize("kind", ["shared", "symlink"])
def test_a_cache_directory_that_is_not_private_is_not_used(
    sco: Invoke, home: Path, article: Path, tmp_path: Path, kind: str
) -> None:
    folder = home / "sco"
    home.mkdir()
    if kind == "shared":
        folder.mkdir()
        folder.chmod(0o777)
        looked_in = folder
    else:
        looked_in = tmp_path / "other"
        looked_in.mkdir(mode=0o700)
        folder.symlink_to(looked_in)
    expected = answers(sco, article, env={"SCO_NO_CACHE": "1"})
    assert answers(sco, article) == expected
    assert list(looked_in.iterdir()) == []


def test_no_cache_directory_at_all_still_answers(
    sco: Invoke, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # cannot hold a directory
    expected = answers(sco, article, env={"SCO_NO_CACHE": "1"})
    assert answers(sco, article) == expected


def test_standard_input_is_never_stored(sco: Invoke, home: Path) -> None:
    result = sco("--article", "-", "search", "railway", input=ARTICLE)
    assert result.exit_code == 0
    assert indexes(home) == []


def test_the_least_recently_used_index_is_evicted_first(
    sco: Invoke, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.txt"
        path.write_text(ARTICLE.replace("Tianjin", name.upper() * 3), encoding="utf-8")
        paths.append(path)
    a, b, c = paths
    sco("--article", str(a), "search", "railway")
    size = indexes(home)[0].stat().st_size
    foreign = home / "sco" / "article-notes.sqlite"  # not a name sco makes
    foreign.write_bytes(b"x" * size)
    monkeypatch.setenv("SCO_CACHE_MAX_SIZE", str(int(size * 2.5)))
    sco("--article", str(b), "search", "railway")
    past = indexes(home)[0].stat().st_mtime - 100
    for index in indexes(home):
        os.utime(index, (past, past))
    sco("--article", str(a), "sections")  # a is used again: b is now the oldest
    sco("--article", str(c), "search", "railway")
    kept = {index.name for index in indexes(home)}
    names = {sco_cli.article.index.index_path(str(home / "sco"), str(p)) for p in (a, c)}
    assert kept == {Path(n).name for n in names} | {foreign.name}
    assert foreign.read_bytes() == b"x" * size


def test_a_bad_cache_size_is_a_usage_error(
    sco: Invoke, home: Path, article: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCO_CACHE_MAX_SIZE", "lots")
    result = sco("--article", str(article), "sections")
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: SCO_CACHE_MAX_SIZE='lots' is not a size: use bytes or a number with K, M or G\n"
    )


@pytest.mark.slow
def test_concurrent_first_runs_agree_and_leave_one_whole_index(home: Path, article: Path) -> None:
    env = {**os.environ, "XDG_CACHE_HOME": str(home)}
    argv = [sys.executable, "-m", "sco_cli", "--article", str(article), "search", "trade"]
    runs = [subprocess.Popen(argv, env=env, stdout=subprocess.PIPE) for _ in range(8)]
    outputs = {run.communicate(timeout=120)[0] for run in runs}
    assert len(outputs) == 1
    assert b"Trade is on the agenda." in outputs.pop()
    assert [p.name for p in (home / "sco").iterdir() if "article" in p.name] == [
        p.name for p in indexes(home)
    ]
    (index,) = indexes(home)
    assert "sentences" in tables(index)


def test_own_files_are_only_names_sco_makes(tmp_path: Path) -> None:
    for name in (
        "dataset-0.1.0-0123abcd.cache",
        "article-0123456789abcdef01234567.sqlite",
        "article-0123456789abcdef01234567.sqlite.123.tmp",
        "article-notes.sqlite",
        "notes.txt",
        "dataset-.cache.bak",
    ):
        (tmp_path / name).write_text("x")
    (tmp_path / "article-0123456789abcdef0123456a.sqlite").mkdir()
    removed = private_files.clear(str(tmp_path))
    assert sorted(f.name for f in removed) == [
        "article-0123456789abcdef01234567.sqlite",
        "article-0123456789abcdef01234567.sqlite.123.tmp",
        "dataset-0.1.0-0123abcd.cache",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "article-0123456789abcdef0123456a.sqlite",
        "article-notes.sqlite",
        "dataset-.cache.bak",
        "notes.txt",
    ]


@pytest.mark.parametrize("command", ["sections", "search"])
def test_a_name_with_a_nul_is_refused_in_one_line(sco: Invoke, home: Path, command: str) -> None:
    result = sco("--article", "notes\x00.txt", command, *(["trade"] if command == "search" else []))
    assert result.exit_code == 3
    assert result.stderr == "Error: notes\u2400.txt: not a file name (it holds a NUL byte)\n"
