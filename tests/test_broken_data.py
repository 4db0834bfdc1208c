"""Corrupted copies of the data: each exits 3 with one line naming the file, where, and what."""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Invoke, edit, rows

FACTS = "facts.toml"
EVENTS = "reference/sco-status-events.csv"
SUMMITS = "reference/sco-summits.csv"
MILESTONES = "reference/sco-milestones.csv"
RULES = "reference/sco-status-rules.csv"
ARTICLE = "article/000_b63b9ab8cbf85ae0.txt"


def replace(old: str, new: str) -> Callable[[Path], None]:
    def replaced(path: Path) -> None:
        edit(path, old, new)

    return replaced


def set_cell(iso3: str, status: str, column: str, value: str) -> Callable[[Path], None]:
    """Set one cell of the status events: the row of `iso3` holding `status`."""

    def edit(path: Path) -> None:
        with path.open(encoding="utf-8", newline="") as handle:
            table = list(csv.DictReader(handle))
        row = next(r for r in table if r["iso3"] == iso3 and r["status"] == status)
        row[column] = value
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(table[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(table)

    return edit


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def empty(path: Path) -> None:
    path.write_bytes(b"")


def invalid_utf8(path: Path) -> None:
    path.write_bytes(path.read_bytes().replace(b"Tianjin", b"Tianj\xffn", 1))


def byte_order_mark(path: Path) -> None:
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())


def huge(path: Path) -> None:
    with path.open("ab") as handle:
        handle.write(b"#" * (50 * 1024 * 1024))


def directory(path: Path) -> None:
    path.unlink()
    path.mkdir()


def fifo(path: Path) -> None:
    """A FIFO nobody writes to: a blocking open would wait for ever."""
    path.unlink()
    os.mkfifo(path, 0o600)


def device_link(path: Path) -> None:
    """A link to an endless device: following it blindly would read gigabytes."""
    path.unlink()
    path.symlink_to("/dev/zero")


def missing(path: Path) -> None:
    path.unlink()


def binary(path: Path) -> None:
    path.write_bytes(b"\x00\x01\x02" * 100)


# (file, corruption, what the one-line message must say; ending in a line end: all of it)
CASES: list[tuple[str, Callable[[Path], None], str]] = [
    (FACTS, truncate, "facts.toml: "),
    (FACTS, empty, "facts.toml: article.file: a file name in article/ is required"),
    (
        FACTS,
        replace("value = 2025", 'value = "2025"'),
        "facts.toml: summit.year.value: Input should be a valid integer",
    ),
    (
        FACTS,
        replace("value = 10\n", "value = -1\n"),
        "facts.toml: membership.member_states.value: Input should be greater than or equal to 0",
    ),
    (
        FACTS,
        replace('label = "Author"', 'label = "Author"\nsource = "me"'),
        "facts.toml: source.author.source: unknown field",
    ),
    (
        FACTS,
        replace("schema_version = 1", "schema_version = 1\nrumour = true"),
        "facts.toml: rumour: unknown field",
    ),
    (
        FACTS,
        replace('label = "Year of the summit"\n', ""),
        "facts.toml: summit.year.label: Field required",
    ),
    (
        FACTS,
        replace(
            '"the SCO Development Strategy until 2035"]',
            '"the SCO Development Strategy until 2030"]',
        ),
        "facts.toml: development_strategy.name.evidence.0: quote not found in the article",
    ),
    (
        FACTS,
        replace(
            'evidence = ["will convene in Tianjin, China"]',
            'evidence = ["will convene in Beijing, China"]',
        ),
        "facts.toml: summit.city.evidence.0: quote not found in the article: "
        "'will convene in Beijing, China'\n",
    ),
    (
        FACTS,
        replace("value = 10\n", "value = 11\n"),
        "facts.toml: membership.member_states: the article says 11, but the reference "
        "roster has 10 member(s) in force on 2025-08-30\n",
    ),
    (
        FACTS,
        replace('value = "Tianjin"', "value = 7"),
        "facts.toml: summit.city.value: Input should be a valid string\n",
    ),
    (
        FACTS,
        replace("value = 2\n", "value = 3\n"),
        "facts.toml: membership.observer_states: the article says 3, but the reference roster has 2",
    ),
    (
        FACTS,
        replace("roster_as_of = 2025-08-30", "roster_as_of = 2025-02-30"),
        "facts.toml: invalid TOML",
    ),
    (
        FACTS,
        replace('verdict = "contradicts"', 'verdict = "maybe"'),
        "facts.toml: development_strategy.adopted_at.notes.0.verdict: Input should be",
    ),
    (FACTS, invalid_utf8, "facts.toml: not valid UTF-8"),
    (FACTS, byte_order_mark, "facts.toml: starts with a byte-order mark"),
    (FACTS, huge, "facts.toml: too large"),
    (FACTS, directory, "facts.toml: is a directory, not a file"),
    (FACTS, binary, "facts.toml: contains NUL bytes"),
    (
        EVENTS,
        replace(",Sri Lanka,LK,LKA,", ",Belarus,BY,BLR,"),
        "sco-status-events.csv: line 13: duplicate of line 12 (decided, iso3 = 2009-06-16, BLR)\n",
    ),
    (
        EVENTS,
        replace("Mongolia,MN,MNG,observer", "Mongolia,MN,MNG,friend"),
        "sco-status-events.csv: line 8, status: Input should be 'member', 'observer', "
        "'dialogue_partner' or 'partner'\n",
    ),
    (
        EVENTS,
        replace("2004-06-17,2004-06-17,Mongolia", "2004-13-17,2004-06-17,Mongolia"),
        "sco-status-events.csv: line 8, decided: Input should be a valid date",
    ),
    (
        EVENTS,
        set_cell("BLR", "dialogue_partner", "in_force", "2010-13"),
        "sco-status-events.csv: line 12, in_force: not a date (YYYY-MM-DD or YYYY-MM): '2010-13'",
    ),
    (
        EVENTS,
        set_cell("BLR", "dialogue_partner", "in_force", "2009-05"),
        "sco-status-events.csv: line 12, in_force: 2009-05 is before the decision (2009-06-16)",
    ),
    (
        EVENTS,
        set_cell("BLR", "dialogue_partner", "in_force", "2010/04"),
        "sco-status-events.csv: line 12, in_force: String should match pattern",
    ),
    (
        EVENTS,
        set_cell("BLR", "dialogue_partner", "source_decided", ""),
        "sco-status-events.csv: line 12, source_decided: the decision date needs a source",
    ),
    (
        EVENTS,
        set_cell("BLR", "dialogue_partner", "source_in_force", " "),
        "sco-status-events.csv: line 12, source_in_force: the in-force date needs a source",
    ),
    (
        EVENTS,
        set_cell("LAO", "partner", "note", ""),
        "sco-status-events.csv: line 33, note: a row without an in-force date must say why",
    ),
    (
        EVENTS,
        replace("Mongolia,MN,MNG", "Mongolia,mn,MNG"),
        "sco-status-events.csv: line 8, iso2: String should match pattern",
    ),
    (
        EVENTS,
        replace("decided,in_force,", "when,in_force,"),
        "sco-status-events.csv: line 1: missing column(s): decided",
    ),
    (
        EVENTS,
        replace("approved the same day),", "approved the same day),extra,"),
        "sco-status-events.csv: line 8: more fields than the header has",
    ),
    (EVENTS, empty, "sco-status-events.csv: empty file"),
    (
        SUMMITS,
        replace("\n25,2025-08-31,", "\n26,2025-08-31,"),
        "sco-summits.csv: ordinal 26: expected 25 (numbers 1, 2, 3 ...)",
    ),
    (
        SUMMITS,
        replace("\n25,2025-08-31,2025-09-01,", "\n25,2025-08-31,2025-08-01,"),
        "sco-summits.csv: line 26, end: 2025-08-01 is before start (2025-08-31)",
    ),
    (
        SUMMITS,
        replace("\n25,2025-08-31,2025-09-01,", "\n25,2024-07-04,2024-07-04,"),
        "sco-summits.csv: ordinal 25: starts 2024-07-04, not after the 24th summit ends "
        "(2024-07-04)",
    ),
    (
        SUMMITS,
        replace("Tianjin,China,CHN,in_person,", "Tianjin,China,CHN,zoom,"),
        "sco-summits.csv: line 26, format: Input should be 'in_person', 'virtual' or 'hybrid'",
    ),
    (
        SUMMITS,
        replace("\n7,2007", "\n6,2007"),
        "sco-summits.csv: line 8: duplicate of line 7 (ordinal = 6)",
    ),
    (EVENTS, byte_order_mark, "sco-status-events.csv: starts with a byte-order mark"),
    (
        MILESTONES,
        replace("2002-06-07,,SCO Charter", "2002-06-07,2002-06-31,SCO Charter"),
        "sco-milestones.csv: line 4, end_date: Input should be a valid date",
    ),
    (
        RULES,
        replace("observer,partner", "observer,overlord"),
        "sco-status-rules.csv: line 2, to_status: Input should be",
    ),
    (
        MILESTONES,
        replace(",https://www.hrichina.org/content/5223", ","),
        "sco-milestones.csv: line 4, source: String should have at least 1 character\n",
    ),
    (RULES, missing, "sco-status-rules.csv: file not found"),
    (ARTICLE, missing, "000_b63b9ab8cbf85ae0.txt: file not found"),
    (ARTICLE, invalid_utf8, "000_b63b9ab8cbf85ae0.txt: not valid UTF-8"),
    (ARTICLE, directory, "000_b63b9ab8cbf85ae0.txt: is a directory, not a file"),
    (FACTS, fifo, "facts.toml: not a regular file"),
    (EVENTS, device_link, "sco-status-events.csv: not a regular file"),
]


@pytest.mark.parametrize(
    ("file", "corrupt", "message"),
    CASES,
    ids=[f"{c[0]}-{c[1].__name__}-{i}" for i, c in enumerate(CASES)],
)
def test_corrupted_data_exits_3_with_one_line(
    sco: Invoke, data_copy: Path, file: str, corrupt: Callable[[Path], None], message: str
) -> None:
    corrupt(data_copy / file)
    for command in (("members",), ("get", "summit.city"), ("facts", "--json")):
        result = sco(*command)
        assert result.exit_code == 3, (command, result.stdout, result.stderr)
        assert result.stdout == ""
        assert result.stderr.count("\n") == 1
        assert result.stderr.startswith(f"Error: {data_copy}/")
        assert message in result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("file", "corrupt"),
    [case[:2] for case in CASES],
    ids=[f"{c[0]}-{c[1].__name__}-{i}" for i, c in enumerate(CASES)],
)
def test_loading_and_verify_agree(
    sco: Invoke, data_copy: Path, file: str, corrupt: Callable[[Path], None]
) -> None:
    # One validator: loading stops at the first failure, verify reports them all,
    # and the first verify reports is the one loading said, word for word.
    corrupt(data_copy / file)
    loading = sco("members")
    verify = sco("verify", "--json")
    assert (loading.exit_code, verify.exit_code) == (3, 3)
    report = json.loads(verify.stdout)
    failures = [c for c in report["checks"] if c["status"] == "fail"]
    assert report["ok"] is False
    assert failures
    assert loading.stderr == f"Error: {data_copy}/{failures[0]['detail']}\n"
    named = failures[0]["detail"].split(":")[0]
    assert named == file


def test_loading_and_verify_agree_on_good_data(sco: Invoke) -> None:
    assert sco("members").exit_code == 0
    verify = sco("verify", "--json")
    assert verify.exit_code == 0
    assert json.loads(verify.stdout)["counts"]["fail"] == 0


def test_a_missing_data_directory(sco: Invoke, tmp_path: Path) -> None:
    nowhere = tmp_path / "nowhere"
    message = f"{nowhere}: data directory not found (set SCO_DATA_DIR to one)"
    env = {"SCO_DATA_DIR": str(nowhere)}
    assert sco("summary", env=env).stderr == f"Error: {message}\n"
    verify = sco("verify", "--format", "tsv", env=env)
    assert verify.exit_code == 3
    assert ["file", str(nowhere), "fail", message] in rows(verify.stdout)


def test_there_are_at_least_twenty_corruptions() -> None:
    assert len(CASES) >= 20


@pytest.mark.skipif(
    os.geteuid() == 0,
    reason="root reads a file whatever its mode: chmod 000 cannot make it unreadable",
)
def test_an_unreadable_file_exits_3(sco: Invoke, data_copy: Path) -> None:
    facts = data_copy / FACTS
    facts.chmod(0)
    try:
        result = sco("members")
        assert result.exit_code == 3
        assert result.stderr == f"Error: {facts}: permission denied\n"
    finally:
        facts.chmod(0o644)
