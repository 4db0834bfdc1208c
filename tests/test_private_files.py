"""The cache directory's trust rules, one by one (sco_cli.private_files)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sco_cli import private_files


def test_no_home_means_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", "")
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)
    assert private_files.cache_home() is None
    assert private_files.cache_folder(create=True) is None


def test_a_relative_xdg_cache_home_is_ignored(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert private_files.cache_home() == str(tmp_path / ".cache" / "sco")


def test_a_folder_that_cannot_be_made_means_no_cache(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "below"))
    assert private_files.cache_folder(create=True) is None
    assert private_files.cache_folder(create=False) is None


def test_a_private_folder_is_made_and_trusted(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "c"))
    folder = private_files.cache_folder(create=True)
    assert folder == str(tmp_path / "c" / "sco")
    assert (tmp_path / "c" / "sco").stat().st_mode & 0o777 == 0o700
    assert private_files.cache_folder(create=True) == folder  # made already: fine


def test_temporary_files_and_commits(tmp_path: Path) -> None:
    target = tmp_path / "article-0123456789abcdef01234567.sqlite"
    temporary = private_files.new_temporary(str(target))
    assert temporary is not None
    assert Path(temporary).stat().st_mode & 0o777 == 0o600
    assert private_files.commit(temporary, str(target))
    assert target.exists()
    assert not Path(temporary).exists()
    # a folder that is not there: no temporary, and a commit that fails cleans up
    assert private_files.new_temporary(str(tmp_path / "missing" / "x.sqlite")) is None
    again = private_files.new_temporary(str(target))
    assert again is not None
    assert not private_files.commit(again, str(tmp_path / "missing" / "x.sqlite"))
    assert not Path(again).exists()


def test_open_private_refuses_what_it_cannot_trust(tmp_path: Path) -> None:
    mine = tmp_path / "mine"
    mine.write_bytes(b"x" * 10)
    mine.chmod(0o600)
    descriptor = private_files.open_private(str(mine), limit=10)
    assert descriptor is not None
    private_files.touch(descriptor)
    os.close(descriptor)
    assert private_files.open_private(str(mine), limit=9) is None  # too large
    mine.chmod(0o666)
    assert private_files.open_private(str(mine), limit=10) is None  # others may write it
    assert private_files.open_private(str(tmp_path / "missing"), limit=10) is None


def test_eviction_keeps_the_new_file_and_foreign_names(tmp_path: Path) -> None:
    names = [f"article-{n:024x}.sqlite" for n in range(3)]
    for age, name in enumerate(names):
        path = tmp_path / name
        path.write_bytes(b"x" * 100)
        os.utime(path, (1000 + age, 1000 + age))
    (tmp_path / "notes.sqlite").write_bytes(b"x" * 1000)
    oldest = str(tmp_path / names[0])
    removed = private_files.evict(str(tmp_path), cap=150, keep=oldest)
    assert [f.name for f in removed] == names[1:]
    assert sorted(p.name for p in tmp_path.iterdir()) == [names[0], "notes.sqlite"]
    assert private_files.evict(str(tmp_path / "missing"), cap=0, keep="") == []


def test_a_temporary_file_of_a_dead_writer_is_evicted_whatever_the_cap(tmp_path: Path) -> None:
    import subprocess
    import sys

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = tmp_path / f"article-{0:024x}.sqlite.{gone.stdout.strip()}.tmp"
    dead.write_bytes(b"")  # what kill -9 during an index build leaves
    alive = tmp_path / f"article-{1:024x}.sqlite.{os.getppid()}.tmp"
    alive.write_bytes(b"")
    removed = private_files.evict(str(tmp_path), cap=10**9, keep="")
    assert [f.name for f in removed] == [dead.name]
    assert sorted(p.name for p in tmp_path.iterdir()) == [alive.name]
