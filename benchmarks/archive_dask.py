"""The Dask recipe against `sco check --jobs N` on the same archive, on this machine.

Writes the synthetic news of benchmarks/archive.py (about 4% about the SCO) as
SHARDS JSON Lines shards, then measures, in this one run:

- `sco check SHARDS... --jobs N --format jsonl`, one whole process tree;
- sco_cli.archive.cluster.check_shards on a Dask LocalCluster of N worker
  processes (one thread each), started in a fresh Python: the whole run, and
  the check alone (the cluster already up, as a standing cluster would be);

and prints the wall time, CPU time and peak memory (the whole process tree) of
each, the ratio of the Dask run to `--jobs` (target: within 1.5x), and whether
the Dask run's verdicts are byte for byte the lines `--jobs` printed.

The cluster's worth is more machines, not this one: on one machine Dask adds
its scheduler, its worker processes' start and a shard's tail (a worker idle
while another finishes its last shard) to the same work.
Usage: python benchmarks/archive_dask.py [--records 100000] [--shards 8] [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from archive import Figures, Maker, load, run  # benchmarks/archive.py, beside this script
from installed import sco_command  # benchmarks/installed.py

TARGET_RATIO = 1.5  # the Dask run's time over --jobs's, at most

DASK_RUN = """
import json, sys, time
start = time.perf_counter()
from dask.distributed import Client, LocalCluster
from sco_cli.archive.cluster import check_shards
jobs, out, shards = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
with LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                  dashboard_address=None) as cluster, Client(cluster):
    up = time.perf_counter()
    done = check_shards(shards, out)
    checked = time.perf_counter()
print(json.dumps({"up": up - start, "check": checked - up,
                  "claims": sum(d.claims for d in done.shards),
                  "outputs": done.outputs}))
"""


def write_shards(folder: Path, records: int, shards: int) -> list[Path]:
    """`records` records of benchmarks/archive.py's Maker, cut into `shards` files in order."""
    maker = Maker()
    paths = [folder / f"news-{n:03d}.jsonl" for n in range(shards)]
    handles = [path.open("w", encoding="utf-8") for path in paths]
    try:
        for number in range(1, records + 1):
            shard = (number - 1) * shards // records
            handles[shard].write(json.dumps(maker.record(number), ensure_ascii=False) + "\n")
    finally:
        for handle in handles:
            handle.close()
    return paths


def mib(size: int) -> str:
    return f"{size / 2**20:,.0f} MiB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--check", action="store_true", help="exit 1 when over the target")
    args = parser.parse_args()
    try:
        import distributed  # noqa: F401 - only to say what is missing
    except ImportError:
        sys.exit("the Dask run needs the extra: pip install 'sco-cli[dask]'")
    sco = sco_command()
    with tempfile.TemporaryDirectory(prefix="sco-dask-") as tmp:
        folder = Path(tmp)
        shards = write_shards(folder, args.records, args.shards)
        size = sum(p.stat().st_size for p in shards)
        names = [str(p) for p in shards]
        print(f"{args.records:,} records in {args.shards} shards, {mib(size)}; load {load()}")
        run([sco, "check", names[0], "--jobs", "1", "--format", "jsonl"], folder / "warm")
        jobs = run(
            [sco, "check", *names, "--jobs", str(args.jobs), "--format", "jsonl"],
            folder / "jobs.jsonl",
        )
        report = folder / "dask.json"
        dask = run(
            [sys.executable, "-c", DASK_RUN, str(args.jobs), str(folder / "verdicts"), *names],
            report,
        )
        timing = json.loads(report.read_text())
        same = (
            b"".join(Path(p).read_bytes() for p in timing["outputs"])
            == (folder / "jobs.jsonl").read_bytes()
        )
        print(line(f"sco check --jobs {args.jobs}", jobs, args.records))
        print(line(f"Dask, {args.jobs} workers", dask, args.records))
        print(
            f"  of which the cluster's start {timing['up']:.1f} s, the check {timing['check']:.1f} s"
        )
        ratio, alone = dask.wall / jobs.wall, timing["check"] / jobs.wall
        print(
            f"Dask / --jobs: {ratio:.2f}x whole, {alone:.2f}x the check alone "
            f"(target {TARGET_RATIO}x); verdicts identical: {'yes' if same else 'NO'}; "
            f"load {load()}"
        )
        if args.check and (not same or ratio > TARGET_RATIO):
            sys.exit(1)


def line(name: str, figures: Figures, records: int) -> str:
    return (
        f"{name:<24} {figures.wall:7.1f} s wall  {figures.cpu:7.1f} s CPU  "
        f"{records / figures.wall:9,.0f} records/s  peak {mib(figures.tree_rss)} (tree)"
    )


if __name__ == "__main__":
    main()
