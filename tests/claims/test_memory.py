"""`sco check` keeps each reference row once and builds records only to write them:
memory grows with the claims found, linearly, by a few hundred bytes a claim
(benchmarks/check_folder.py prints the peak RSS of whole processes)."""

from __future__ import annotations

import io
import json
import tracemalloc

import pytest

from sco_cli.claims.document import build
from sco_cli.claims.flat import FLAT_FIELDS
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset
from sco_cli.output.formats import OutputOptions, emit
from sco_cli.output.lazy import Lazy
from sco_cli.reports import Report
from sco_cli.reports.check import check

pytestmark = pytest.mark.slow  # scaling and memory: the quick loop leaves them out

# Claim-dense prose: six claims in about 200 characters, each count citing every member.
# Each paragraph is told in its own words (a label), since a page repeating its own
# sentences word for word is read once (one phrase, one claim).
DENSE = (
    "Report {0}: the SCO has 10 member states and two observer states. Belarus, an "
    "observer state since 2015, attended round {0}. India and Pakistan joined as full "
    "members in 2017, note {0} says. The nine-member bloc met in session {0}.\n\n"
)


def dense(repeats: int) -> str:
    """`repeats` paragraphs of DENSE, each labelled by letters (no number to read)."""
    return "".join(DENSE.format(_label(i)) for i in range(repeats))


def _label(i: int) -> str:
    return "".join(chr(ord("a") + int(d)) for d in str(i))


class Sink(io.TextIOBase):
    """Standard output that keeps nothing: what is measured is what sco holds."""

    def write(self, text: str) -> int:
        return len(text)


@pytest.fixture(scope="module")
def dataset() -> object:
    return load_dataset()


def checked(dataset: object, repeats: int) -> tuple[Report, Reference]:
    reference = Reference.of(dataset)  # type: ignore[arg-type]
    document = build("dense.txt", dense(repeats), "2024-07-05")
    return check([document], reference, None), reference


def test_each_reference_row_is_kept_once_however_many_claims_cite_it(dataset: object) -> None:
    small, small_reference = checked(dataset, 20)
    large, large_reference = checked(dataset, 80)
    assert len(large.rows) == 4 * len(small.rows) > 100
    assert len(large_reference.rows) == len(small_reference.rows) < 40
    first, last = large.document["claims"][0], large.document["claims"][-6]
    assert first["claim"]["text"] == last["claim"]["text"] == "10 member states"
    assert len(first["reference"]) == 10
    assert all(a is b for a, b in zip(first["reference"], last["reference"], strict=True))


def test_records_are_built_when_written_in_the_documented_shape(dataset: object) -> None:
    report, _ = checked(dataset, 3)
    claims = report.document["claims"]
    assert isinstance(claims, Lazy)
    assert isinstance(report.rows, Lazy)
    out = io.StringIO()
    emit(report, OutputOptions(format="jsonl"), out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert len(records) == len(claims) == 18
    assert tuple(records[0]) == FLAT_FIELDS  # the flat records of the text formats
    whole = io.StringIO()
    emit(report, OutputOptions(format="json"), whole)
    document = json.loads(whole.getvalue())
    assert [c["note"] for c in document["claims"]] == [r["note"] for r in records]
    assert document["counts"] == {"agrees": 12, "contradicts": 6, "unverifiable": 0, "disputed": 0}


def peak(dataset: object, repeats: int, fmt: str) -> int:
    """The most memory Python held, in bytes, to check and write `repeats` paragraphs."""
    reference = Reference.of(dataset)  # type: ignore[arg-type]
    document = build("dense.txt", dense(repeats), "2024-07-05")
    tracemalloc.start()
    try:
        emit(check([document], reference, None), OutputOptions(format=fmt), Sink())
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["jsonl", "json", "plain", "csv", "claimreview"])
def test_memory_grows_linearly_and_little_a_claim(dataset: object, fmt: str) -> None:
    small, large = peak(dataset, 100, fmt), peak(dataset, 400, fmt)  # 600 and 2,400 claims
    assert large < 6 * small, (small, large)  # linear: 4x
    per_claim = (large - small) / 1800
    # A claim as found (sentence, claim, shared verdict) is about 300 bytes; held as
    # records, each with its own copy of its reference rows, it was 4 to 13 KB.
    assert per_claim < 1500, per_claim


def test_the_rich_view_is_drawn_and_printed_a_card_at_a_time(dataset: object) -> None:
    peak(dataset, 5, "rich")  # rich's own first drawing (its caches) is not the view's
    small, large = peak(dataset, 25, "rich"), peak(dataset, 100, "rich")  # 150 and 600 cards
    assert large < 6 * small, (small, large)
    per_claim = (large - small) / 450
    # Drawn whole before printing, the cards held over 11 KB a claim.
    assert per_claim < 3000, per_claim
