"""Through a real process: odd locales and terminals, closed pipes, signals, concurrency."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

# Slow: sco run as real processes: locales, terminals, pipes, devices; CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow

SCO = [sys.executable, "-m", "sco_cli"]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A clean environment with a cache of the test's own."""
    clean = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("SCO_") and k not in {"NO_COLOR", "FORCE_COLOR", "COLUMNS", "TERM"}
    }
    clean["XDG_CACHE_HOME"] = str(tmp_path / "cache")
    return clean


def run(
    args: Sequence[str], env: dict[str, str], **kwargs: object
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SCO, *args], env=env, capture_output=True, text=True, timeout=120, check=False, **kwargs
    )  # type: ignore[call-overload]


def clean_ending(proc: subprocess.CompletedProcess[str], codes: set[int]) -> None:
    assert proc.returncode in codes, (proc.returncode, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert "Exception ignored" not in proc.stderr
    assert proc.stderr.count("\n") <= 1, proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("members", "--role", "dialogue-partner"),
        ("members", "--lang", "zh"),
        ("members", "--lang", "zh", "--format", "rich"),
        ("summary", "--format", "rich"),
        ("timeline", "--lang", "ru", "--json"),
    ],
)
def test_ascii_output_prints_or_fails_cleanly(env: dict[str, str], args: tuple[str, ...]) -> None:
    proc = run(args, {**env, "LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"})
    clean_ending(proc, {0, 74})
    if proc.returncode == 74:
        assert proc.stdout == ""
        assert "use a UTF-8 locale (LANG=C.UTF-8) or PYTHONIOENCODING=utf-8" in proc.stderr


def test_the_c_locale_alone_prints_utf8(env: dict[str, str]) -> None:
    proc = run(
        ("members", "--role", "dialogue-partner", "--lang", "zh"),
        {**env, "LANG": "C", "LC_ALL": "C"},
    )
    clean_ending(proc, {0})
    assert "Türkiye" in proc.stdout
    assert "土耳其" in proc.stdout


@pytest.mark.parametrize(
    "extra",
    [
        {"COLUMNS": "20"},
        {"COLUMNS": "400"},
        {"COLUMNS": "nonsense"},
        {"TERM": "dumb"},
        {"NO_COLOR": "1"},
        {"FORCE_COLOR": "1"},
    ],
)
@pytest.mark.parametrize(
    "command",
    [("summary", "--format", "rich"), ("members",), ("facts", "--format", "rich"), ("--help",)],
)
def test_odd_terminals(
    env: dict[str, str], extra: dict[str, str], command: tuple[str, ...]
) -> None:
    proc = run(command, {**env, **extra})
    clean_ending(proc, {0})
    assert proc.stdout
    if extra.get("COLUMNS") == "20" and command[-1] == "rich":
        assert max(len(line) for line in proc.stdout.splitlines()) <= 20
    if "FORCE_COLOR" in extra and "rich" in command:
        assert "\x1b[" in proc.stdout
    if "NO_COLOR" in extra or "TERM" in extra:
        assert "\x1b[" not in proc.stdout


def test_no_home(env: dict[str, str]) -> None:
    bare = {k: v for k, v in env.items() if k not in {"HOME", "XDG_CACHE_HOME"}}
    proc = run(("get", "summit.city"), bare)
    clean_ending(proc, {0})
    assert proc.stdout == "Tianjin\n"


def test_a_read_only_home_and_cache(env: dict[str, str], tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    # A file where the cache directory would go: nothing can be written there, even by root.
    (home / ".cache").write_text("in the way", encoding="utf-8")
    bare = {k: v for k, v in env.items() if k != "XDG_CACHE_HOME"}
    proc = run(("members", "--count"), {**bare, "HOME": str(home)})
    clean_ending(proc, {0})
    assert proc.stdout == "member\t10\nobserver\t2\ndialogue-partner\t14\n"
    assert (home / ".cache").read_text(encoding="utf-8") == "in the way"


@pytest.mark.parametrize(
    "pipeline",
    [
        "summary --format rich | head -1",
        "search the --limit 0 | head -1",
        "facts --format plain | head -1",
        "members --json | head -c 10",
        "timeline | true",
    ],
)
def test_closed_pipes_are_quiet(env: dict[str, str], pipeline: str) -> None:
    command, _, rest = pipeline.partition(" | ")
    proc = subprocess.run(  # noqa: S602 - a fixed pipeline; the pipe is the point
        f'{sys.executable} -m sco_cli {command} | {rest}; echo "status=${{PIPESTATUS[0]}}"',
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.stderr == ""
    assert proc.stdout.rstrip().endswith("status=0")


def big_article(path: Path, paragraphs: int = 300_000) -> Path:
    words = "Leaders of member states meet in Tianjin to talk about trade and security."
    with path.open("w", encoding="utf-8") as handle:
        for number in range(paragraphs):
            if number % 100 == 0:
                handle.write(f"PART {number}\n\n")
            handle.write(f"{words} {words}\n\n")
    return path


def default_sigint() -> None:
    """In the child, before sco starts: Ctrl-C ends it as it ends a program started
    from a terminal. A child inherits an ignored SIGINT (a background job of a
    non-interactive shell, some CI runners), and sco, as every program should,
    keeps an ignore it was given; the tests send the signal whoever started them."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sigint_during_a_long_run_exits_130_quietly(env: dict[str, str], tmp_path: Path) -> None:
    # The readiness marker: a write larger than the pipe can hold returns only
    # once sco has read most of it, so sco's own code is running, and with
    # standard input still open it cannot finish before the signal lands.
    article = big_article(tmp_path / "big.txt", paragraphs=20_000).read_bytes()
    process = subprocess.Popen(
        [*SCO, "--max-size", "1G", "--article", "-", "search", "trade"],
        env=env,
        preexec_fn=default_sigint,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    process.stdin.write(article)
    process.stdin.flush()
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr == b""
    assert stdout == b""


def test_sigint_while_starting_is_quiet_too(env: dict[str, str]) -> None:
    # The readiness marker: -X importtime reports sco_cli.cli once it is
    # imported, and that import runs inside sco's entry point, so the signal
    # lands in sco's own code, never in the interpreter's (or coverage's)
    # start-up. sco then waits on standard input, which stays open: the run
    # cannot end before the signal, and has to end because of it.
    process = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "sco_cli", "--article", "-", "sections"],
        env=env,
        preexec_fn=default_sigint,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stderr is not None
    seen = []
    for line in process.stderr:
        seen.append(line)
        if line.rstrip().endswith("| sco_cli.cli"):
            break
    else:
        raise AssertionError(f"sco_cli.cli was never imported: {''.join(seen)}")
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert [line for line in stderr.splitlines() if not line.startswith("import time:")] == []


SIGNAL_TESTS = (
    "test_sigint_during_a_long_run_exits_130_quietly",
    "test_sigint_while_starting_is_quiet_too",
)
# A background job of a non-interactive shell starts with SIGINT ignored.
IN_THE_BACKGROUND = ["bash", "-c", '"$@" & wait $!', "bash"]


@pytest.mark.slow
def test_the_signal_tests_pass_from_a_background_job(tmp_path: Path) -> None:
    """However the tests are started: here where SIGINT reaches them ignored."""
    # Not measured twice: the inner run is a plain pytest run, coverage's hooks left out.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COV_CORE", "COVERAGE"))}
    ignored = subprocess.run(
        [*IN_THE_BACKGROUND, sys.executable, "-c", _PRINT_SIGINT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert ignored.stdout.strip() == "ignored"  # the premise: else this test proves nothing
    here = Path(__file__)
    inner = subprocess.run(
        [
            *IN_THE_BACKGROUND,
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--no-cov",
            f"--rootdir={here.parent.parent}",
            f"--basetemp={tmp_path / 'inner'}",
            *(f"{here}::{name}" for name in SIGNAL_TESTS),
        ],
        cwd=here.parent.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert inner.returncode == 0, inner.stdout[-3000:]
    assert "2 passed" in inner.stdout


_PRINT_SIGINT = (
    "import signal; "
    "print('ignored' if signal.getsignal(signal.SIGINT) == signal.SIG_IGN else 'handled')"
)


@pytest.mark.slow
def test_twenty_concurrent_runs_on_a_cold_cache(env: dict[str, str], tmp_path: Path) -> None:
    args = ("facts", "--json")
    expected = run(args, {**env, "SCO_NO_CACHE": "1"})
    clean_ending(expected, {0})
    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(lambda _: run(args, env), range(20)))
    for proc in results:
        clean_ending(proc, {0})
        assert proc.stdout == expected.stdout
    cache = tmp_path / "cache" / "sco"
    files = sorted(p.name for p in cache.iterdir())
    assert len(files) == 1, files  # one cache file, no temporary left behind
    assert files[0].endswith(".cache")
    again = run(args, env)
    assert again.stdout == expected.stdout  # what was left is whole and right
    json.loads(again.stdout)


def test_devices_fifos_and_loops_are_refused_without_hanging(
    env: dict[str, str], tmp_path: Path
) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for target, message in (
        ("/dev/zero", "not a regular file"),
        ("/dev/urandom", "not a regular file"),
        (str(fifo), "not a regular file"),
        (str(loop), "cannot read (Too many levels of symbolic links)"),
    ):
        proc = run(("--article", target, "sections"), env)
        clean_ending(proc, {3})
        assert message in proc.stderr, proc.stderr
