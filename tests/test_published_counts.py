"""Counts published on a day (data/reference/sco-published-counts.csv) against
`sco members` on both bases (issue 22)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from sco_cli.dataset import PUBLISHED_FILE, data_dir
from tests.conftest import Invoke

FIGURES = {
    "members": ("member",),
    "observers": ("observer",),
    "dialogue_partners": ("dialogue-partner",),
    "partners": ("partner",),
    "total": ("member", "observer", "dialogue-partner", "partner"),
}


def published() -> list[dict[str, str]]:
    """The table, read with the csv module alone (not the code under test)."""
    with (Path(data_dir()) / PUBLISHED_FILE).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


ROWS = published()


def test_at_least_fifteen_dates_each_with_a_source_and_a_quote() -> None:
    assert len({row["date"] for row in ROWS}) >= 15
    for row in ROWS:
        assert row["source"].startswith(("http://", "https://")), row
        assert 0 < len(row["quote"]) <= 300, row
        assert any(row[f] for f in FIGURES), row
    # the dates the issue names, and the Tianjin summit day
    dates = {row["date"] for row in ROWS}
    assert {"2012-06-07", "2021-09-17", "2022-09-16", "2023-07-04", "2025-09-01"} <= dates


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['date']}" for r in ROWS])
def test_each_published_count_against_sco_members_on_both_bases(
    sco: Invoke, row: dict[str, str]
) -> None:
    result = sco("members", "--count", "--as-of", row["date"], "--json")
    assert result.exit_code == 0, result.stderr
    counts = json.loads(result.stdout)["counts"]
    agrees = {
        basis: all(
            int(row[figure]) == sum(counts[basis][s] for s in statuses)
            for figure, statuses in FIGURES.items()
            if row[figure]
        )
        for basis in ("in-force", "decision")
    }
    found = (
        "both"
        if all(agrees.values())
        else "in-force"
        if agrees["in-force"]
        else "decision"
        if agrees["decision"]
        else "neither"
    )
    assert found == row["matches"], (row["date"], counts)
    if found != "both":
        assert row["note"], f"{row['date']}: a difference needs a note"


def test_members_shows_the_published_figure_beside_its_own(sco: Invoke) -> None:
    # UrduPoint/Sputnik 2023-03-30 listed six dialogue partners; the reference has 9 in force.
    result = sco("members", "--count", "--as-of", "2023-03-30")
    assert result.exit_code == 0
    assert "dialogue-partner\t9" in result.stdout
    assert (
        "published on 2023-03-30: 6 dialogue partners (the reference: 9 in force, 14 by decision)"
        in result.stderr
    )
    assert "urdupoint.com" in result.stderr
    # a figure that agrees with the basis shown is not repeated
    quiet = sco("members", "--count", "--as-of", "2020-10-21")
    assert "published" not in quiet.stderr
    doc = json.loads(sco("members", "--count", "--as-of", "2020-10-21", "--json").stdout)
    assert doc["published"][0]["source"] == "https://tass.com/world/1214849"


def test_verify_recomputes_matches(sco: Invoke, data_copy: Path) -> None:
    table = data_copy / PUBLISHED_FILE
    text = table.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("2014-09-10"))
    table.write_text(text.replace(line, line.replace(",both,", ",decision,")), encoding="utf-8")
    result = sco("verify", "--format", "plain")
    assert result.exit_code != 0
    assert "matches: says decision, the reference roster gives both" in result.stdout


def test_only_a_count_no_basis_gives_may_be_out_of_date(sco: Invoke, data_copy: Path) -> None:
    table = data_copy / PUBLISHED_FILE
    text = table.read_text(encoding="utf-8")
    line = next(line for line in text.splitlines() if line.startswith("2014-09-10"))
    table.write_text(text.replace(line, line.replace(",both,,", ",both,yes,")), encoding="utf-8")
    result = sco("verify", "--format", "plain")
    assert result.exit_code != 0
    assert "out_of_date: a count a basis gives is not out of date" in result.stdout


def test_verify_wants_a_note_where_a_count_differs(sco: Invoke, data_copy: Path) -> None:
    table = data_copy / PUBLISHED_FILE
    rows = list(csv.DictReader(table.open(encoding="utf-8", newline="")))
    for row in rows:
        if row["date"] == "2023-07-04":
            row["note"] = ""
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    result = sco("verify", "--format", "plain")
    assert result.exit_code != 0
    assert "note: a count that differs from a basis must say why" in result.stdout
