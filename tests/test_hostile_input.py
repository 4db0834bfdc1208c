"""Hostile input, round two: reading that never waits, numbers at their edges,
any script's digits, offsets in any text, and an answer that cannot be written.

Each ends in one line on stderr and a documented exit code, never a traceback.
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from sco_cli.app import terminal_width
from sco_cli.article.parse import parse_article
from sco_cli.commandline.numbers import MAX_COLUMNS, ascii_digits
from sco_cli.reports.sections import sections as sections_report
from tests.conftest import Invoke

# Slow: sco run as real processes on hostile input; CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow

SCO = [sys.executable, "-m", "sco_cli"]


def run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [*SCO, *args], capture_output=True, text=True, timeout=60, check=False, **kwargs
    )


# -- Reading never waits -----------------------------------------------------


def test_a_fifo_without_a_writer_is_refused_at_once(sco: Invoke, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    result = sco("--article", str(fifo), "sections")
    assert result.exit_code == 3
    assert result.stderr == (
        f"Error: {fifo}: not a regular file (a device, FIFO or socket); save it to a file first\n"
    )


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_devices_are_refused_at_once(sco: Invoke, device: str) -> None:
    result = sco("--article", device, "sections")
    assert result.exit_code == 3
    assert result.stderr.startswith(f"Error: {device}: not a regular file")


def test_a_directory_is_refused(sco: Invoke, tmp_path: Path) -> None:
    result = sco("--article", str(tmp_path), "search", "x")
    assert (result.exit_code, result.stderr) == (
        3,
        f"Error: {tmp_path}: is a directory, not an article\n",
    )


def test_a_proc_file_that_would_wait_is_refused() -> None:
    # /proc/kmsg says it is an empty regular file; read as root it waits for the
    # kernel's next message. sco opens it without waiting: refused (or, for a
    # user who may not read it, permission denied), never a hang.
    proc = run(["sections"], env={**os.environ, "SCO_ARTICLE": "/proc/kmsg"})
    assert proc.returncode == 3
    assert proc.stderr in {
        "Error: /proc/kmsg: reading it would wait for data that may never come; "
        "save it to a file first\n",
        "Error: /proc/kmsg: permission denied\n",
        "Error: /proc/kmsg: file not found\n",
    }


def test_a_file_in_proc_is_read_within_the_limit(sco: Invoke) -> None:
    # Its size says 0; what it holds is read in blocks, and the limit still holds.
    result = sco("--max-size", "10", "--article", "/proc/self/status", "sections")
    assert result.exit_code == 3
    assert "too large (more than that; the limit is 10 bytes" in result.stderr


def test_standard_input_on_a_terminal_says_how_to_end_it() -> None:
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [*SCO, "--article", "-", "sections"],
        stdin=follower,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(follower)
    assert process.stderr is not None
    line = process.stderr.readline()  # said before anything is read
    assert line == "Reading the article from standard input; end it with Ctrl-D.\n"
    os.write(leader, b"Leaders meet\n\nThe summit opens.\n\x04")
    stdout, stderr = process.communicate(timeout=60)
    os.close(leader)
    assert process.returncode == 0, stderr
    assert stdout == "lead\t\t1\tlead\n"


def test_standard_input_in_a_pipe_says_nothing(sco: Invoke) -> None:
    result = sco("--article", "-", "sections", input="Text.\n")
    assert (result.exit_code, result.stderr) == (0, "")


def test_closed_standard_input_is_a_missing_article() -> None:
    proc = run(["--article", "-", "sections"], stdin=subprocess.DEVNULL, pass_fds=())
    assert proc.returncode == 0  # an empty article: one empty lead section
    closed = subprocess.run(
        ["sh", "-c", 'exec "$0" -m sco_cli --article - sections <&-', sys.executable],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (closed.returncode, closed.stderr) == (
        3,
        "Error: standard input is closed: there is no article to read\n",
    )


# -- Numbers at their edges --------------------------------------------------


def test_a_limit_beyond_any_article_exits_2(sco: Invoke) -> None:
    result = sco("search", "railway", "--limit", "9" * 26)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "is not in the range 0<=x<=1000000000" in result.stderr


@pytest.mark.parametrize("size", ["99999999999999999999999G", "9" * 400, "2048G"])
def test_a_max_size_beyond_reason_exits_2(sco: Invoke, tmp_path: Path, size: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Text.\n", encoding="utf-8")
    result = sco("--max-size", size, "--article", str(article), "sections")
    assert (result.exit_code, result.stderr) == (
        2,
        f"Error: --max-size {size!r} is too large: at most 1024G\n",
    )
    assert sco("--max-size", "1024G", "--article", str(article), "sections").exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ("search", "rail\udcffway"),
        ("quote", "--match", "rail\udcffway"),
    ],
)
def test_bytes_that_are_not_utf8_in_text_exit_2(sco: Invoke, args: tuple[str, ...]) -> None:
    # How Python hands over argv bytes that are not UTF-8 (surrogateescape).
    result = sco(*args)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1
    assert "not" in result.stderr
    assert "UTF-8" in result.stderr


def test_bytes_that_are_not_utf8_exit_2_in_a_real_process() -> None:
    proc = subprocess.run(
        [*SCO, "search", b"rail\xffway"], capture_output=True, timeout=60, check=False
    )
    assert proc.returncode == 2
    assert proc.stderr.count(b"\n") == 1


def test_a_legal_name_of_250_characters_can_be_exported(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    name = "a" * 246 + ".svg"
    result = sco("summary", "--export", name)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary left behind


# -- Any script's digits -----------------------------------------------------


def test_digits_of_any_script_become_ascii() -> None:
    assert ascii_digits("\uff12\uff10\uff11\uff17") == "2017"  # full-width
    assert ascii_digits("\u0662\u0660\u0661\u0667-12-31") == "2017-12-31"  # Arabic-Indic
    assert ascii_digits("2017") == "2017"


@pytest.mark.parametrize(
    "year",
    ["\uff12\uff10\uff11\uff17", "\u0662\u0660\u0661\u0667", "\u0968\u0966\u0967\u096d"],
)
def test_as_of_in_other_digits_is_the_same_year(sco: Invoke, year: str) -> None:
    ascii_answer = sco("members", "--as-of", "2017", "--count").stdout
    result = sco("members", "--as-of", year, "--count")
    assert (result.exit_code, result.stdout) == (0, ascii_answer)
    assert "member\t8" in result.stdout


def test_as_of_a_full_date_in_other_digits(sco: Invoke) -> None:
    date = ascii_digits("2017-12-31").translate({ord(d): 0xFF10 + int(d) for d in "0123456789"})
    assert sco("members", "--as-of", date, "--json").stdout == (
        sco("members", "--as-of", "2017-12-31", "--json").stdout
    )


@pytest.mark.parametrize("year", ["\u00b2\u2070\u00b9\u2077", "\u2461\u24ea\u2460\u2466"])
def test_things_that_only_look_like_digits_are_refused(sco: Invoke, year: str) -> None:
    result = sco("members", "--as-of", year)
    assert result.exit_code == 2
    assert "is not a date" in result.stderr


def test_timeline_years_in_other_digits(sco: Invoke) -> None:
    assert sco("timeline", "--from", "\u0662\u0660\u0662\u0664", "--json").stdout == (
        sco("timeline", "--from", "2024", "--json").stdout
    )


# -- Offsets in any text -----------------------------------------------------


@pytest.mark.parametrize(
    "before",
    [
        "\ue000\ue001 private use",  # once the highlight markers themselves
        "\U0001f600\U0001f30d emoji beyond the BMP",
        "cafe\u0301 e\u0301te\u0301 combining marks",
        "\u202e\u2066 bidi controls",
    ],
)
def test_offsets_are_character_indices_in_any_text(
    sco: Invoke, tmp_path: Path, before: str
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(f"Head\n\nThe {before} railway and {before} railway.\n", encoding="utf-8")
    result = sco("--article", str(article), "search", "railway", "--json")
    assert result.exit_code == 0, result.stderr
    (hit,) = json.loads(result.stdout)["hits"]
    assert len(hit["matches"]) == 2
    for start, end in hit["matches"]:
        assert hit["text"][start:end] == "railway"  # Python str indices: code points


# -- The width of the terminal -----------------------------------------------


@pytest.mark.parametrize("columns", ["1000000000", "\uff11" + "\uff10" * 9, "99999999999999999999"])
def test_columns_are_clamped_to_a_thousand(
    sco: Invoke, monkeypatch: pytest.MonkeyPatch, columns: str
) -> None:
    monkeypatch.setenv("COLUMNS", columns)
    assert terminal_width() == MAX_COLUMNS
    result = sco("members", "--format", "rich", env={"COLUMNS": columns})
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= MAX_COLUMNS


def test_an_export_is_as_wide_as_clamped_columns(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "members.txt"
    result = sco("members", "--export", str(target), env={"COLUMNS": "1000000000"})
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    assert max(len(line) for line in text.splitlines()) <= MAX_COLUMNS


# -- An answer that cannot be written ----------------------------------------


@pytest.mark.parametrize("args", [["members"], ["members", "--format", "rich"], ["--version"]])
def test_a_full_disk_exits_74_in_one_line(args: list[str]) -> None:
    with Path("/dev/full").open("w") as full:
        proc = subprocess.run(
            [*SCO, *args], stdout=full, stderr=subprocess.PIPE, text=True, timeout=60, check=False
        )
    assert (proc.returncode, proc.stderr) == (
        74,
        "Error: cannot write the output (No space left on device)\n",
    )


def shell(command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", "-c", command, sys.executable],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_closed_stdout_exits_74_in_one_line() -> None:
    proc = shell('exec "$0" -m sco_cli get summit.city >&-')
    assert (proc.returncode, proc.stderr) == (
        74,
        "Error: cannot write the output (standard output is closed)\n",
    )


def test_an_export_needs_no_stdout(tmp_path: Path) -> None:
    proc = shell(f'exec "$0" -m sco_cli members --export {tmp_path}/m.svg >&-')
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "m.svg").exists()


@pytest.mark.parametrize(
    ("command", "code"),
    [
        ('exec "$0" -m sco_cli members --role nobody 2>/dev/full', 2),
        ('exec "$0" -m sco_cli members --role nobody 2>&-', 2),
        ('exec "$0" -m sco_cli members >/dev/full 2>/dev/full', 74),
        ('exec "$0" -m sco_cli members >&- 2>&-', 74),
    ],
)
def test_a_full_or_closed_stderr_keeps_the_exit_code(command: str, code: int) -> None:
    proc = shell(command)
    assert proc.returncode == code
    assert "Traceback" not in proc.stdout


# -- Sentences split lazily --------------------------------------------------


def test_sections_never_split_sentences() -> None:
    article = parse_article("Head\n\nOne. Two.\n\nPART\n\nThree. Four.\n", "x")
    sections_report(article)
    paragraphs = list(article.paragraphs)
    assert all(p._sentences is None for p in paragraphs)
    assert paragraphs[1].sentences == ("Three.", "Four.")  # split once asked for
