"""The validated data kept between runs: current, atomic, optional, and never different."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from sco_cli.dataset import data_dir, load_dataset
from sco_cli.dataset.cache import PREFIX, SUFFIX, description
from sco_cli.registry import REPORTING
from tests.conftest import Invoke

FORMATS = ("plain", "json", "jsonl", "csv", "tsv", "markdown", "rich")
# Every command with arguments that make it answer from the packaged data.
INVOCATIONS = {
    "summary": [()],
    "members": [(), ("--as-of", "latest"), ("--country", "BY")],
    "quote": [("--section", "security")],
    "sections": [()],
    "search": [("railway",)],
    "facts": [()],
    "get": [("summit.city", "three_forces"), ("summit.city", "--evidence"), ()],
    "timeline": [()],
    "summits": [(), ("2019",), ("--city", "bishkek")],
    "verify": [()],
    "check": [(), ("--as-of", "2025-08-30")],
}


def cache_files(home: Path) -> list[Path]:
    folder = home / "sco"
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}")) if folder.exists() else []


def test_every_record_command_is_covered() -> None:
    # `sco cache` answers about the cache itself: with and without one it must differ.
    assert set(INVOCATIONS) == {command.name for command in REPORTING} - {"cache"}


@pytest.mark.parametrize("command", list(INVOCATIONS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_cached_and_uncached_output_are_the_same(
    sco: Invoke, cache_home: Path, command: str, fmt: str
) -> None:
    for args in INVOCATIONS[command]:
        argv = (command, *args, "--format", fmt)
        uncached = sco(*argv, env={"SCO_NO_CACHE": "1"})
        cold = sco(*argv)  # validates, writes the cache
        warm = sco(*argv)  # reads it
        # verify always checks the files themselves; every other command caches
        assert bool(cache_files(cache_home)) == (command != "verify")
        for result in (cold, warm):
            assert (result.exit_code, result.stdout, result.stderr) == (
                uncached.exit_code,
                uncached.stdout,
                uncached.stderr,
            ), argv


def test_a_warm_run_does_not_validate(cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_dataset()  # cold: validates and writes
    import sco_cli.dataset.checks

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("validated although the cache was current")

    monkeypatch.setattr(sco_cli.dataset.checks, "validate", refuse)
    assert load_dataset().article.id == "000_b63b9ab8cbf85ae0"


def test_a_changed_data_file_makes_a_new_key(
    sco: Invoke, cache_home: Path, data_copy: Path
) -> None:
    assert sco("get", "summit.city").stdout == "Tianjin\n"
    (first,) = cache_files(cache_home)
    facts = data_copy / "facts.toml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            'label = "City that hosts the summit"', 'label = "Host city"'
        ),
        encoding="utf-8",
    )
    listing = sco("get").stdout
    assert "summit.city\tstring\tarticle\tHost city" in listing
    (second,) = cache_files(cache_home)  # the old file was pruned
    assert second != first


def test_a_broken_change_is_caught_although_a_cache_exists(
    sco: Invoke, cache_home: Path, data_copy: Path
) -> None:
    assert sco("members", "--count").exit_code == 0
    facts = data_copy / "facts.toml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace("value = 10\n", "value = 12\n", 1),
        encoding="utf-8",
    )
    result = sco("members", "--count")
    assert result.exit_code == 3
    assert "membership.member_states: the article says 12" in result.stderr


def test_a_corrupt_cache_file_is_rebuilt(sco: Invoke, cache_home: Path) -> None:
    expected = sco("facts", "--json").stdout
    (path,) = cache_files(cache_home)
    path.write_text("article x, reference as of y\n{not json", encoding="utf-8")
    assert sco("facts", "--json").stdout == expected
    assert path.read_text(encoding="utf-8").startswith("article 000_b63b9ab8cbf85ae0")


def test_version_answers_from_the_cache_without_loading_the_data(
    sco: Invoke, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sco("sections")
    assert description(data_dir()) == "article 000_b63b9ab8cbf85ae0, reference as of 2025-11-18"
    import sco_cli.dataset

    def refuse() -> None:
        raise AssertionError("--version loaded the data although the cache's first line says it")

    monkeypatch.setattr(sco_cli.dataset, "load_dataset", refuse)
    assert sco("--version").stdout.endswith(
        "(article 000_b63b9ab8cbf85ae0, reference as of 2025-11-18)\n"
    )


def test_version_never_shows_an_edited_first_line(sco: Invoke, cache_home: Path) -> None:
    sco("sections")
    (path,) = cache_files(cache_home)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"article 000_b63b9ab8cbf85ae0", b"article FORGED", 1))
    assert description(data_dir()) is None  # the digest no longer matches
    assert "FORGED" not in sco("--version").stdout


def test_an_unwritable_cache_directory_is_no_error(
    sco: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    # /proc refuses new directories even to root, who could write through chmod.
    monkeypatch.setenv("XDG_CACHE_HOME", "/proc/self")
    result = sco("get", "summit.city")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "Tianjin\n", "")
    assert not Path("/proc/self/sco").exists()


def test_a_cache_path_that_is_a_file_is_no_error(sco: Invoke, cache_home: Path) -> None:
    cache_home.mkdir()
    (cache_home / "sco").write_text("not a directory", encoding="utf-8")
    result = sco("get", "summit.city")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "Tianjin\n", "")


def test_no_home_and_no_xdg_works_without_a_cache(
    sco: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda path: path)
    result = sco("get", "summit.year")
    assert (result.exit_code, result.stdout) == (0, "2025\n")


def test_the_cache_file_is_private(cache_home: Path) -> None:
    load_dataset()
    (path,) = cache_files(cache_home)
    assert path.stat().st_mode & 0o077 == 0
    assert (cache_home / "sco").stat().st_mode & 0o077 == 0
