"""Records built as they are read (lazy.Lazy): a list in every format, made safe
as it is built, written as JSON a record at a time, the same text as a list gives."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sco_cli.output.cells import json_chunks, json_text
from sco_cli.output.formats import OutputOptions, emit, write
from sco_cli.output.lazy import Lazy
from sco_cli.output.sanitize import shown_tree
from sco_cli.reports import Report


def records(count: int, built: list[int] | None = None) -> Lazy[int, dict[str, object]]:
    def build(number: int) -> dict[str, object]:
        if built is not None:
            built.append(number)
        return {"n": number, "name": f"item\x1b{number}", "tags": ["a", number]}

    return Lazy(range(count), build)


def test_a_lazy_list_reads_as_a_list() -> None:
    items = records(3)
    assert len(items) == 3
    assert bool(items)
    assert not records(0)
    assert items[1]["n"] == 1
    assert [i["n"] for i in items[1:]] == [1, 2]
    assert items == [records(3)[i] for i in range(3)]
    assert items != [1, 2, 3]
    assert items.to_json() == list(items)
    assert repr(items) == "Lazy(3 items)"
    with pytest.raises(TypeError):
        hash(items)


def test_items_are_built_one_at_a_time_as_they_are_written() -> None:
    built: list[int] = []
    chunks = json_chunks({"claims": records(3, built)})
    assert next(chunks) == '{\n  "claims": '
    assert built == []
    next(chunks)
    next(chunks)
    assert built == [0]


def test_shown_tree_makes_each_item_safe_as_it_is_built() -> None:
    safe = shown_tree({"claims": records(2)})["claims"]
    assert isinstance(safe, Lazy)
    assert [item["name"] for item in safe] == ["item␛0", "item␛1"]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3)
    ),
    max_leaves=12,
)


# On a loaded machine (the quick loop's -n auto) drawing nested values can take
# a second: the health check would fail the test for the machine, not the code.
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(json_values, st.lists(json_values, max_size=3), st.sampled_from([0, 2, 4]))
def test_json_chunks_write_what_json_text_writes(
    value: object, items: list[object], indent: int
) -> None:
    wrapped = {"before": value, "claims": Lazy(items, lambda x: x), "after": 1}
    as_list = {"before": value, "claims": items, "after": 1}
    for document, plain in ((value, value), (wrapped, as_list)):
        text = "".join(json_chunks(document, indent))
        assert text == json_text(plain, indent)
        assert json.loads(text) == json.loads(json_text(plain, indent))


def test_every_format_writes_a_lazy_report_as_a_list() -> None:
    rows = Lazy(range(2), lambda n: (n, f"x{n}"))
    document = {"records": Lazy(range(2), lambda n: {"n": n, "v": f"x{n}"})}
    lazy = Report(document, ("n", "v"), rows, "records")
    eager = Report({"records": list(document["records"])}, ("n", "v"), list(rows), "records")
    for fmt in ("json", "jsonl", "plain", "csv", "tsv", "markdown"):
        out, expected = io.StringIO(), io.StringIO()
        emit(lazy, OutputOptions(format=fmt), out)
        emit(eager, OutputOptions(format=fmt), expected)
        assert out.getvalue() == expected.getvalue(), fmt


def test_output_is_written_in_a_few_large_pieces() -> None:
    class Counting(io.StringIO):
        writes = 0

        def write(self, text: str) -> int:
            self.writes += 1
            return super().write(text)

    stream = Counting()
    write((f"line {n}\n" for n in range(100_000)), stream, size=1 << 16)
    assert stream.getvalue().count("\n") == 100_000
    assert 5 < stream.writes < 30
