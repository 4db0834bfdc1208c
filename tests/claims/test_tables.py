"""A table laid out as text, in any language sco reads: each row's country and status
cells are its claims, read through the whole engine (claims.tables)."""

from __future__ import annotations

import pytest

from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_of
from sco_cli.claims.tables import COUNTER_EXAMPLES, EXAMPLES, row_claims

TODAY = "2025-03-01"


def _made(text: str) -> set[tuple[str, str, object]]:
    document = build("t", text, TODAY)
    return {(c.kind, c.subject, c.value) for _, c in claims_of(document.sentences, TODAY)}


@pytest.mark.parametrize(("row", "made"), EXAMPLES, ids=[row[:24] for row, _ in EXAMPLES])
def test_a_row_gives_its_claims(row: str, made: tuple[tuple[str, str, object], ...]) -> None:
    found = {(c.kind, c.subject, c.value) for c in row_claims(row) or []}
    assert found == set(made)


@pytest.mark.parametrize("row", COUNTER_EXAMPLES)
def test_a_row_that_is_no_countrys_status_gives_nothing(row: str) -> None:
    assert row_claims(row) is None


def test_a_table_whose_rows_open_without_a_pipe_is_read_row_by_row() -> None:
    text = (
        "上海合作组织成员国名单:\n"
        "国家名称 | 英文名称 | 成员国状态 | 加入时间 |\n"
        "中国 | China | 正式成员国 | 2001年 |\n"
        "印度 | India | 正式成员国 | 2017年 |\n"
        "伊朗 | Iran | 观察员国 | 2005年 |\n"
        "这些国家在地缘政治方面具有重要影响力。"
    )
    made = _made(text)
    assert ("joined", "India", "member") in made
    assert ("status", "Iran", "observer") in made
    assert ("status", "China", "member") in made


def test_a_rows_claims_quote_its_line_alone() -> None:
    text = "SCO members\n| Country | Status | Joined |\n|---|---|---|\n| India | Member | 2017 |\n"
    document = build("t", text, TODAY)
    quoted = {
        document.text[s.offset : s.offset + len(s.text)]
        for s, _ in claims_of(document.sentences, TODAY)
    }
    assert quoted == {"| India | Member | 2017 |"}


def test_a_line_of_prose_with_one_pipe_stays_prose() -> None:
    # one line with a pipe is no table: it stays in its paragraph, not a row of its own
    text = "Xinhua | Beijing\nThe SCO has ten member states, and Laos became a partner in 2025."
    assert {s.paragraph for s in build("t", text, TODAY).sentences} == {1}
    assert ("count", "member", 10) in _made(text)


@pytest.mark.parametrize(
    ("table", "times"),
    [
        ("| Year | SCO members |\n| 2001 | 6 members |\n| 2017 | 8 members |", [2001, 2017]),
        (
            "| Год | Члены ШОС |\n| 2001 | шесть членов ШОС |\n| 2024 | десять членов ШОС |",
            [2001, 2024],
        ),
        # counter-example: a row with no year cell is of the article's date
        ("| SCO | 10 members |\n| BRICS | 10 members |", [None]),
    ],
)
def test_a_rows_year_cell_is_the_time_of_its_counts(table: str, times: list[int | None]) -> None:
    document = build("t", "The SCO has grown.\n\n" + table, TODAY)
    counts = [c for _, c in claims_of(document.sentences, TODAY) if c.kind == "count"]
    assert [c.detail.get("time") for c in counts] == times
