"""`--jobs N` answers what `--jobs 1` answers: the same output, in the same order, with
the same notes and exit code, on files, folders and archives."""

from __future__ import annotations

from pathlib import Path

import pytest

from sco_cli.archive.parallel import available_cores, ordered
from tests.archive import builders
from tests.claims.corpus import ARTICLES, HELD_OUT_2
from tests.conftest import Invoke

# Slow: worker processes (concurrency); CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow


def _same_with_jobs(sco: Invoke, *args: str) -> str:
    one = sco("check", *args, "--jobs", "1")
    several = sco("check", *args, "--jobs", "3")
    assert several.exit_code == one.exit_code
    assert several.stdout == one.stdout
    assert several.stderr == one.stderr
    assert one.stdout
    return one.stdout


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "rich"])
def test_a_folder(sco: Invoke, fmt: str) -> None:
    _same_with_jobs(sco, str(ARTICLES), "--format", fmt)


def test_files_and_a_folder_and_an_unreadable_file(sco: Invoke, tmp_path: Path) -> None:
    files = [str(p) for p in builders.TEXTS[:3]]
    _same_with_jobs(sco, *files, str(HELD_OUT_2), str(tmp_path / "missing.txt"), "--json")


@pytest.mark.parametrize("name", ["news.jsonl", "news.csv", "news.parquet", "crawl.warc.gz"])
def test_an_archive(sco: Invoke, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    build = {"jsonl": builders.jsonl, "csv": builders.table, "parquet": builders.parquet}
    build.get(name.split(".")[1], builders.warc)(path)
    _same_with_jobs(sco, str(path), "--json")
    _same_with_jobs(sco, str(path), "--format", "jsonl", "--as-of", "2019")
    _same_with_jobs(sco, str(path), "--format", "rich")


def test_the_default_is_the_cores_available() -> None:
    import os

    assert 1 <= available_cores() <= (os.cpu_count() or 1)


def test_results_keep_the_input_order_whatever_order_the_chunks_finish_in() -> None:
    items = list(range(200))
    assert list(ordered(_slow_on_evens, items, 3, 7)) == [i * 10 for i in items]


def _slow_on_evens(chunk: list[int]) -> list[int]:
    import time

    if chunk[0] % 2 == 0:
        time.sleep(0.01)  # later chunks finish first
    return [i * 10 for i in chunk]


def test_a_summary_of_a_folder_and_of_an_archive(sco: Invoke, tmp_path: Path) -> None:
    _same_with_jobs(sco, str(ARTICLES), "--summary", "--json")
    path = builders.jsonl(tmp_path / "news.jsonl")
    _same_with_jobs(sco, str(path), "--summary", "--json")


def test_an_article_named_twice_is_checked_once_either_way(sco: Invoke) -> None:
    first = str(builders.TEXTS[0])
    _same_with_jobs(sco, first, str(ARTICLES), first, "--format", "jsonl")
