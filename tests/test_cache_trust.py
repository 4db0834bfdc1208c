"""A cache that can be trusted: nothing another user planted, and nothing odd, is ever served.

Each test is one class of fault found by attacking the cache: a directory
that is shared or a link, a file planted or edited, a FIFO or a device where
a file should be, pruning beyond sco's own files, and a key that could be
forged. In every case sco answers from the data, as if there were no cache.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import sco_cli.private_files
from sco_cli.dataset import data_dir
from sco_cli.dataset.cache import PREFIX, SUFFIX, _tree_digest, current_path
from tests.conftest import Invoke


def current(home: Path) -> Path:
    path = current_path(data_dir())
    assert path is not None
    assert Path(path).parent == home / "sco"
    return Path(path)


def plant_pyongyang(path: Path, *, fix_digest: bool = False) -> None:
    """What another user did: the summit's city changed in a cache file."""
    text = path.read_bytes()
    assert b'"Tianjin"' in text
    planted = text.replace(b'"Tianjin"', b'"Pyongyang"')
    if fix_digest:
        from sco_cli.dataset.cache import _digest

        line, _, rest = planted.partition(b"\n")
        _, _, payload = rest.partition(b"\n")
        planted = line + b"\n" + _digest(line, payload).encode() + b"\n" + payload
    path.write_bytes(planted)


def test_an_edited_cache_file_is_not_served(sco: Invoke, cache_home: Path) -> None:
    sco("get", "summit.city")
    plant_pyongyang(current(cache_home))
    assert sco("get", "summit.city").stdout == "Tianjin\n"


@pytest.mark.parametrize("mode", [0o777, 0o770, 0o722])
def test_a_cache_directory_others_can_write_is_not_used(
    sco: Invoke, cache_home: Path, mode: int
) -> None:
    sco("get", "summit.city")
    path = current(cache_home)
    plant_pyongyang(path, fix_digest=True)  # even a file whose digest matches
    (cache_home / "sco").chmod(mode)
    result = sco("get", "summit.city")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "Tianjin\n", "")


def test_a_cache_directory_that_is_a_link_is_not_used(
    sco: Invoke, cache_home: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    (elsewhere / "notes.txt").write_text("mine", encoding="utf-8")
    cache_home.mkdir()
    (cache_home / "sco").symlink_to(elsewhere)
    assert sco("get", "summit.city").stdout == "Tianjin\n"
    assert sorted(p.name for p in elsewhere.iterdir()) == ["notes.txt"]  # nothing written there


def test_a_file_another_user_owns_is_not_served(
    sco: Invoke, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sco("get", "summit.city")
    plant_pyongyang(current(cache_home), fix_digest=True)
    real_uid = os.getuid()
    # Seen from sco, every file is now another user's: it must not be used.
    monkeypatch.setattr(sco_cli.private_files, "_uid", lambda: real_uid + 1)
    assert sco("get", "summit.city").stdout == "Tianjin\n"


def test_a_file_others_can_write_is_not_served(sco: Invoke, cache_home: Path) -> None:
    sco("get", "summit.city")
    path = current(cache_home)
    plant_pyongyang(path, fix_digest=True)
    path.chmod(0o666)
    assert sco("get", "summit.city").stdout == "Tianjin\n"


@pytest.mark.parametrize(
    "payload",
    [
        {"facts": []},  # once exited 70
        {"article": {}, "facts": {}, "events": [], "rules": [], "milestones": [], "summits": []},
        [],
        "text",
    ],
    ids=["facts-list", "empty-parts", "a-list", "a-string"],
)
def test_a_hand_edited_cache_with_a_matching_digest_never_exits_70(
    sco: Invoke, cache_home: Path, payload: object
) -> None:
    from sco_cli.dataset.cache import _digest

    sco("get", "summit.city")
    path = current(cache_home)
    line = path.read_bytes().partition(b"\n")[0]
    body = json.dumps(payload).encode()
    path.write_bytes(line + b"\n" + _digest(line, body).encode() + b"\n" + body)
    result = sco("get", "summit.city")
    assert (result.exit_code, result.stdout) == (0, "Tianjin\n")


def _run_with_timeout(cache_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache_home), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "sco_cli", "get", "summit.city"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_a_fifo_at_the_cache_path_never_blocks(sco: Invoke, cache_home: Path) -> None:
    sco("get", "summit.city")
    path = current(cache_home)
    path.unlink()
    os.mkfifo(path, 0o600)
    result = _run_with_timeout(cache_home)  # a blocking open would hang until the timeout
    assert (result.returncode, result.stdout) == (0, "Tianjin\n")


def test_a_device_link_at_the_cache_path_is_not_read(sco: Invoke, cache_home: Path) -> None:
    sco("get", "summit.city")
    path = current(cache_home)
    path.unlink()
    path.symlink_to("/dev/zero")  # following it would read gigabytes of zeros
    result = _run_with_timeout(cache_home)
    assert (result.returncode, result.stdout) == (0, "Tianjin\n")


def test_prune_removes_only_sco_s_own_old_files(
    sco: Invoke, cache_home: Path, data_copy: Path
) -> None:
    folder = cache_home / "sco"
    folder.mkdir(parents=True, mode=0o700)
    theirs = ["notes.txt", "dataset-notes.txt", "dataset-x.cache.bak", "article-mine.sqlite"]
    for name in theirs:
        (folder / name).write_text("not sco's", encoding="utf-8")
    old = folder / f"{PREFIX}0.0.1-{'0' * 64}{SUFFIX}"
    old.write_text("an older version's cache", encoding="utf-8")
    writing = folder / f"{PREFIX}0.0.1-{'1' * 64}{SUFFIX}.4242.tmp"  # another run, mid-write
    writing.write_text("half", encoding="utf-8")
    assert sco("get", "summit.city").stdout == "Tianjin\n"
    left = sorted(p.name for p in folder.iterdir())
    assert old.name not in left
    assert set(theirs) | {writing.name} <= set(left)


def test_the_key_is_a_digest_of_every_byte(data_copy: Path) -> None:
    before = _tree_digest(str(data_copy))
    assert before is not None
    assert len(before) == 64  # 256 bits, not a 32-bit checksum
    facts = data_copy / "facts.toml"
    data = bytearray(facts.read_bytes())
    seen = {before}
    for position in (0, len(data) // 2, len(data) - 1):  # one bit anywhere changes the key
        changed = bytearray(data)
        changed[position] ^= 1
        facts.write_bytes(bytes(changed))
        seen.add(_tree_digest(str(data_copy)))
    assert len(seen) == 4
    assert None not in seen


def test_what_the_key_reads_is_capped(data_copy: Path) -> None:
    for i in range(70):  # more files than the data directory ever has
        (data_copy / f"extra-{i}.txt").write_text("x", encoding="utf-8")
    assert _tree_digest(str(data_copy)) is None


def test_a_huge_file_in_the_data_directory_means_no_cache_not_a_long_read(
    data_copy: Path,
) -> None:
    with (data_copy / "huge.bin").open("wb") as handle:
        handle.truncate(64 * 1024 * 1024)  # sparse: no disk used, and never read
    assert _tree_digest(str(data_copy)) is None


def test_a_fifo_in_the_data_directory_never_blocks_the_key(data_copy: Path) -> None:
    os.mkfifo(data_copy / "pipe", 0o600)
    assert _tree_digest(str(data_copy)) is None
