"""check_record: one record's verdicts, the same as `sco check`'s, and picklable."""

from __future__ import annotations

import json
import pickle
from pathlib import Path
from typing import Any

import pytest

from sco_cli.archive import Options, Record, Result, check_record, check_records
from sco_cli.claims.inputs import documents
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset
from sco_cli.reports.check import check
from tests.claims.corpus import ARTICLES

ARTICLE_FILES = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".html"))
UNDATED = "2026-01-01"


def _as_json(value: Any) -> Any:
    return json.loads(json.dumps(value, default=list))


def _reported(path: Path) -> dict[str, Any]:
    report = check(
        documents((str(path),), 2**24), Reference.of(load_dataset()), None, None, UNDATED
    )
    document: dict[str, Any] = _as_json(report.document)
    return document


@pytest.mark.parametrize("path", ARTICLE_FILES[:8], ids=lambda p: p.name)
def test_a_file_checked_as_a_record_is_checked_as_sco_check_checks_it(path: Path) -> None:
    result = check_record(str(path), Options(undated=UNDATED))
    reported = _reported(path)
    assert result.error is None
    assert not result.skipped
    assert _as_json(result.article) == reported["articles"][0]
    assert _as_json(list(result.claims)) == reported["claims"]
    assert result.claims  # each of these articles holds claims


def test_a_result_crosses_a_process_boundary() -> None:
    result = check_record(str(ARTICLE_FILES[0]), Options(undated=UNDATED))
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301 - our own bytes
    options = Options(as_of="2020-01-01")
    assert pickle.loads(pickle.dumps(options)) == options  # noqa: S301 - our own bytes


def test_a_record_that_never_names_the_sco_is_skipped_unless_the_gate_is_off() -> None:
    text = "date 2020-01-01\n\nIndia and Pakistan joined as full members in 2017."
    record = Record("news.jsonl", 3, text)
    assert check_record(record, Options()) == Result("news.jsonl#3", skipped=True)
    ungated = check_record(record, Options(gate=False))
    assert not ungated.skipped
    assert ungated.claims


def test_a_record_is_named_by_its_id_and_dated_by_its_field() -> None:
    text = "The SCO now has nine member states."
    record = Record("a.jsonl", 7, text, id="x-1", date="2020-05-01", date_from="field 'date'")
    result = check_record(record, Options())
    assert result.name == "a.jsonl#x-1"
    assert result.article is not None
    assert result.article["as_of"] == "2020-05-01"
    assert result.article["date_from"] == "field 'date'"
    assert [c["verdict"] for c in result.claims] == ["contradicts"]  # eight members then


def test_an_unreadable_file_is_a_result_with_its_error_not_an_exception(tmp_path: Path) -> None:
    result = check_record(str(tmp_path / "missing.txt"), Options())
    assert result.error
    assert "missing.txt" in result.error
    assert result.article is None


def test_a_batch_is_each_record_in_order() -> None:
    records = [Record("a.jsonl", n, f"The SCO has {n} member states.") for n in (6, 8, 9)]
    batch = check_records(records, Options(as_of="2020-01-01"))
    assert batch == [check_record(r, Options(as_of="2020-01-01")) for r in records]
    assert [r.name for r in batch] == ["a.jsonl#6", "a.jsonl#8", "a.jsonl#9"]
