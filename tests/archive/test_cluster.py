"""The Dask recipe (sco_cli.archive.cluster): an archive's shards checked one
partition each on a cluster give the verdicts, and the summary, of one `sco check`
process on the same shards. A LocalCluster stands for the machines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.archive.builders import jsonl, parquet, rows
from tests.conftest import Invoke

pytest.importorskip("dask.bag")  # the extra sco-cli[dask], which the dev extra installs
distributed = pytest.importorskip("distributed")
pytestmark = pytest.mark.slow  # a cluster: concurrency, as the suite's rules mark it


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """Two workers, threads of this process (`processes=False`): a cluster's
    scheduling and the pickling of tasks, without starting processes."""
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The corpus's records in three JSON Lines shards (one gzipped) and a Parquet one,
    some dated and with URLs, among records that never name the SCO."""
    folder = tmp_path_factory.mktemp("shards")
    records = rows()
    for n, record in enumerate(records):
        if n % 3 == 0:
            record["url"] = f"https://www.outlet{n // 6 % 2}.example/news/{n}"
    thirds = [records[0::4], records[1::4], records[2::4]]
    made = [
        jsonl(folder / "a.jsonl", thirds[0]),
        jsonl(folder / "b.jsonl.gz", thirds[1]),
        jsonl(folder / "c.jsonl", thirds[2]),
        parquet(folder / "d.parquet"),
    ]
    return [str(path) for path in made]


def _lines(paths: list[str]) -> str:
    return "".join(Path(p).read_text(encoding="utf-8") for p in paths)


def test_the_cluster_writes_the_verdicts_one_process_prints(
    sco: Invoke, client: Any, shards: list[str], tmp_path: Path
) -> None:
    from sco_cli.archive.cluster import check_shards

    run = check_shards(shards, str(tmp_path / "verdicts"))
    single = sco("check", *shards, "--jobs", "1", "--format", "jsonl")
    assert single.exit_code == 4
    assert run.outputs == [str(tmp_path / "verdicts" / f"part-0000{n}.jsonl") for n in range(4)]
    written = _lines(run.outputs)
    assert written == single.stdout
    assert sum(done.claims for done in run.shards) == len(written.splitlines()) > 50


def test_the_cluster_sums_to_the_summary_of_one_process(
    sco: Invoke, client: Any, shards: list[str], tmp_path: Path
) -> None:
    from sco_cli.archive.cluster import check_shards

    run = check_shards(shards, str(tmp_path / "verdicts"))
    single = json.loads(sco("check", *shards, "--jobs", "1", "--summary", "--json").stdout)
    summary = run.summary()
    assert summary == single
    assert {o["outlet"] for o in summary["by_outlet"]} >= {"outlet0.example", "outlet1.example"}
    assert summary["repeated"]  # the corpus's wrong claims
    assert summary["skipped"] == sum(done.skipped for done in run.shards) > 0


def test_parquet_verdicts_hold_the_same_records(
    client: Any, shards: list[str], tmp_path: Path
) -> None:
    import pyarrow.parquet as pq

    from sco_cli.archive.cluster import check_shards

    as_lines = check_shards(shards, str(tmp_path / "jsonl"))
    as_tables = check_shards(shards, str(tmp_path / "parquet"), output="parquet")
    expected = [json.loads(line) for line in _lines(as_lines.outputs).splitlines()]
    for record in expected:  # the values of several types, as their text in Parquet
        for key in ("claimed", "expected"):
            record[key] = None if record[key] is None else str(record[key])
    found = [row for path in as_tables.outputs for row in pq.read_table(path).to_pylist()]
    assert found == expected


def test_a_verdicts_folder_is_never_written_over(
    client: Any, shards: list[str], tmp_path: Path
) -> None:
    from sco_cli.archive.cluster import check_shards
    from sco_cli.errors import OutputError

    (tmp_path / "part-00001.jsonl").write_text("mine\n")
    with pytest.raises(OutputError, match=r"part-00001\.jsonl exists"):
        check_shards(shards, str(tmp_path))
    assert (tmp_path / "part-00001.jsonl").read_text() == "mine\n"
    assert not (tmp_path / "part-00000.jsonl").exists()


def test_a_bad_record_is_counted_and_named_the_others_checked(client: Any, tmp_path: Path) -> None:
    from sco_cli.archive.cluster import check_shards

    shard = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "x", "text": "date 2016-05-01\nThe nine-member SCO met."})
    shard.write_text("{not json, about the SCO\n" + good + "\n", encoding="utf-8")
    run = check_shards([str(shard)], str(tmp_path / "out"))
    (done,) = run.shards
    assert (done.unread, done.articles, done.claims) == (1, 1, 1)
    assert "line 1" in done.errors[0]
    assert run.summary()["unread"] == 1


def test_an_output_format_it_does_not_write_is_one_line(shards: list[str], tmp_path: Path) -> None:
    from sco_cli.archive.cluster import check_shards
    from sco_cli.errors import UsageProblem

    with pytest.raises(UsageProblem, match="write jsonl or parquet"):
        check_shards(shards, str(tmp_path), output="csv")
    assert list(tmp_path.iterdir()) == []  # nothing made before the refusal
