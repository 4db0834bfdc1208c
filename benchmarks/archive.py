"""How fast `sco check` reads a news archive, and how it grows.

Generates synthetic news records, about 4% of them about the SCO (paragraphs of
the project's own corpus, tests/articles and its held-out sets, which carry
its claims, among generated prose) and the rest ordinary news of a similar
length, generated from a small grammar (never copied text; some of it names
Moscow, cooperation or member states, words the pre-filter must look past).
Writes them as JSON Lines (and Parquet, with --parquet, when pyarrow is there),
then runs one whole `sco check FILE --jobs N --format jsonl` process on each
size and prints, measured in this one run:

- the wall time, records a second, and the CPU time of the whole process tree;
- the peak memory of the whole process tree (the sum of every process's RSS,
  sampled ten times a second) and of its largest process (ru_maxrss);
- the ratio of each from one size to the next (10x the records: linear is 10x
  the time, and flat memory is 1x);
- the load average before and after (the machine may be shared).

Targets: 1,000,000 records in under 3 minutes on 2 cores, peak under 500 MB.
Standard library only (pyarrow for --parquet); runs the installed `sco`.
Usage: python benchmarks/archive.py [--records 100000,1000000] [--jobs 2] [--parquet]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, NamedTuple

from installed import sco_command  # benchmarks/installed.py, beside this script

TARGET_SECONDS = 180.0  # for 1,000,000 records
TARGET_BYTES = 500 * 2**20
SHARE = 0.04  # of the records about the SCO
LENGTH = 2500  # characters of a record, about
CORPUS = Path(__file__).resolve().parent.parent / "tests" / "articles"

# The grammar of ordinary news: never about the SCO, though some of it says
# "cooperation", "Moscow" or "member states" (the EU's), as news does.
SUBJECTS = (
    "The city council",
    "Officials in the capital",
    "The central bank",
    "Local farmers",
    "The health ministry",
    "Investors",
    "Residents of the northern district",
    "The rail operator",
    "A group of scientists",
    "The football club",
    "Teachers' unions",
    "The European Commission",
    "Police in Moscow",
    "The port authority",
)
VERBS = (
    "said on Tuesday that",
    "announced that",
    "warned that",
    "expects that",
    "reported that",
    "confirmed late on Friday that",
    "denied reports that",
)
CLAUSES = (
    "the new budget would cut spending on roads by {n} percent",
    "the harvest was the largest in {n} years",
    "ticket prices would rise from next month",
    "the strike could last until the end of the week",
    "interest rates would stay at {n} percent",
    "the flood defences held through the night",
    "the hospital had treated {n} patients since Sunday",
    "the team's score in the final surprised even its coach",
    "the scope of the inquiry would widen",
)
# Now and then (a paragraph in 20), words near the SCO's names: the pre-filter
# passes some (organisation, Moscow's SCO-free news) and the exact test drops them.
TRAPS = (
    "cross-border cooperation on water had improved, the organisation said",
    "all {n} member states of the union backed the plan",
    "a disco in San Francisco had closed after {n} years",
    "talks in Moscow and Shanghai on grain prices had stalled",
)
ENDINGS = (
    "Critics called the move overdue.",
    "No date was given.",
    "The figures will be published in the spring.",
    "Shares closed slightly higher.",
    "The mayor is expected to comment later.",
)


def news_paragraph(rng: random.Random) -> str:
    sentences = []
    for number in range(rng.randint(3, 5)):
        clauses = TRAPS if number == 0 and rng.random() < 0.05 else CLAUSES
        clause = rng.choice(clauses).format(n=rng.randint(2, 40))
        sentences.append(f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {clause}.")
    sentences.append(rng.choice(ENDINGS))
    return " ".join(sentences)


def corpus_paragraphs() -> list[str]:
    """The corpus's paragraphs that name the SCO (they carry its claims)."""
    found = []
    for path in sorted(CORPUS.rglob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = " ".join(block.split())
            if "SCO" in block and len(block) > 80:
                found.append(block)
    return found


class Maker:
    """Records from pools of paragraphs made once (generation stays cheap)."""

    def __init__(self, seed: int = 28) -> None:
        self.rng = random.Random(seed)
        self.news = [news_paragraph(self.rng) for _ in range(4000)]
        self.sco = corpus_paragraphs()

    def text(self, about_sco: bool) -> str:
        rng = self.rng
        parts = [rng.choice(self.sco) for _ in range(rng.randint(1, 3))] if about_sco else []
        size = sum(len(p) for p in parts)
        while size < LENGTH:
            parts.append(rng.choice(self.news))
            size += len(parts[-1])
        rng.shuffle(parts)
        return "\n\n".join(parts)

    def record(self, number: int) -> dict[str, Any]:
        rng = self.rng
        about = rng.random() < SHARE
        return {
            "id": f"n{number:07d}",
            "date": f"{rng.randint(2005, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "url": f"https://news.example/{number}",
            "text": self.text(about),
        }


def write_jsonl(path: Path, count: int) -> int:
    maker = Maker()
    with path.open("w", encoding="utf-8") as out:
        for number in range(1, count + 1):
            out.write(json.dumps(maker.record(number), ensure_ascii=False) + "\n")
    return path.stat().st_size


def write_parquet(path: Path, count: int) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    maker = Maker()
    writer = None
    for start in range(0, count, 50_000):
        rows = [maker.record(n) for n in range(start + 1, min(count, start + 50_000) + 1)]
        table = pa.table({k: [r[k] for r in rows] for k in ("id", "date", "url", "text")})
        writer = writer or pq.ParquetWriter(path, table.schema)
        writer.write_table(table)
    if writer is not None:
        writer.close()
    return path.stat().st_size


class Figures(NamedTuple):
    wall: float
    cpu: float  # user + system seconds of the whole tree
    tree_rss: int  # peak of the sum of the tree's RSS, sampled
    largest_rss: int  # the largest process's peak RSS (ru_maxrss)
    claims: int
    code: int


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        tree.setdefault(int(fields[1]), []).append(int(entry.name))
    return tree


def _rss(pid: int) -> int:
    try:
        statm = Path(f"/proc/{pid}/statm").read_bytes()
        return int(statm.split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return 0


def tree_rss(root: int) -> int:
    """The sum of the RSS of a process and all its descendants, now."""
    tree, total, todo = _children(), 0, [root]
    while todo:
        pid = todo.pop()
        total += _rss(pid)
        todo += tree.get(pid, [])
    return total


def run(argv: list[str], out: Path) -> Figures:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with out.open("wb") as stdout:
        process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.PIPE)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(0.1)
        stderr = process.stderr.read().decode() if process.stderr else ""
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in (0, 4):
        sys.exit(f"{' '.join(argv)} failed ({process.returncode}): {stderr.strip()}")
    with out.open("rb") as read:
        claims = sum(chunk.count(b"\n") for chunk in iter(lambda: read.read(1 << 20), b""))
    return Figures(wall, cpu, peak, after.ru_maxrss * 1024, claims, process.returncode)


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", default="100000,1000000", help="archive sizes, in records")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--parquet", action="store_true", help="Parquet too (pyarrow)")
    parser.add_argument("--dir", help="where to write the archives (default: a temporary folder)")
    parser.add_argument("--check", action="store_true", help="exit 1 when over a target")
    args = parser.parse_args()
    sco = sco_command()
    formats = ["jsonl", *(["parquet"] if args.parquet else [])]
    failed = False
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        print(f"load average before: {load()} ({os.cpu_count()} cores on the machine)")
        previous: dict[str, tuple[int, Figures]] = {}
        for count in [int(n) for n in args.records.split(",")]:
            for fmt in formats:
                path = Path(tmp) / f"news-{count}.{fmt}"
                made = time.perf_counter()
                size = (write_parquet if fmt == "parquet" else write_jsonl)(path, count)
                made = time.perf_counter() - made
                argv = [sco, "check", str(path), "--jobs", str(args.jobs), "--format", "jsonl"]
                got = run(argv, Path(tmp) / "out.jsonl")
                growth = ""
                if fmt in previous:
                    was_count, was = previous[fmt]
                    growth = (
                        f"  x{count / was_count:g} records: x{got.wall / was.wall:.2f} time, "
                        f"x{got.tree_rss / was.tree_rss:.2f} memory"
                    )
                over = count >= 1_000_000 and (
                    got.wall >= TARGET_SECONDS or got.tree_rss >= TARGET_BYTES
                )
                failed |= over
                print(
                    f"{count:>9,} records {fmt:<7} {size / 2**20:7.0f} MiB (written in {made:.0f} s): "
                    f"{got.wall:7.1f} s wall  {count / got.wall:8,.0f} records/s  "
                    f"{got.cpu:7.1f} s CPU  peak {got.tree_rss / 2**20:5.0f} MiB the tree "
                    f"({got.largest_rss / 2**20:.0f} MiB its largest process)  "
                    f"{got.claims:,} claims  exit {got.code}{growth}"
                    f"{'  OVER TARGET' if over else ''}"
                )
                previous[fmt] = (count, got)
                path.unlink()
                sys.stdout.flush()
        print(f"load average after: {load()}")
    print(
        f"command: sco check FILE --jobs {args.jobs} --format jsonl; targets: 1,000,000 "
        f"records in under {TARGET_SECONDS:g} s, peak under {TARGET_BYTES / 2**20:g} MiB"
    )
    sys.exit(1 if failed and args.check else 0)


if __name__ == "__main__":
    main()
