"""How `sco search` and `sco sections` scale with the article's size.

Generates articles of 1,000, 10,000 and 100,000 paragraphs (in the seed's
layout, with a heading every 50 paragraphs), runs each command on each size
and on the seed article, and prints in one run:

- the median wall time of each (and its CPU time, user and system, which a
  busy machine does not inflate), and the ratio from one size to the next
  (10x the paragraphs: the target is at most 12x the time);
- the peak memory each run adds over the same command on the seed article,
  as a multiple of the article's size (the target is under 10x).

Standard library only; runs the installed `sco` (beside this Python, or on
PATH). Usage: python benchmarks/search_scale.py [--runs N] [--sizes 1000,10000,100000]
       [--commands search,sections] [--check]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from installed import sco_command  # benchmarks/installed.py, beside this script

WORDS = (
    "summit leaders trade security energy railway cooperation partners members regional "
    "stability corridor investment culture dialogue connectivity growth markets strategy "
    "development border agreement forum council declaration green digital transport"
).split()
TIME_TARGET = 12.0  # time at 10x the size, at most this multiple
MEMORY_TARGET = 10.0  # added peak memory, under this multiple of the file size


def make_article(paragraphs: int, path: Path) -> int:
    rng = random.Random(paragraphs)  # the same article every run
    lines = ["date 2025-09-09 Images | Benchmark", ""]
    for number in range(paragraphs):
        if number % 50 == 0:
            lines += [f"PART {number // 50 + 1} OF THE REPORT", ""]
        sentences = []
        for _ in range(3):
            words = rng.choices(WORDS, k=rng.randint(8, 14))
            sentences.append(" ".join(words).capitalize() + ".")
        lines += [" ".join(sentences), ""]
    lines += ["Author: Benchmark", ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path.stat().st_size


def run_once(argv: list[str]) -> tuple[float, int, float]:
    """Wall seconds, peak resident memory (bytes) and CPU seconds (user and
    system: what other processes on a busy machine do not inflate) of one
    whole process."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if process.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed ({process.returncode}): {stderr.strip()}")
    return wall, usage.ru_maxrss * 1024, usage.ru_utime + usage.ru_stime  # maxrss: kilobytes


def measure(argv: list[str], runs: int) -> tuple[float, int, float]:
    results = [run_once(argv) for _ in range(runs)]
    return (
        statistics.median(r[0] for r in results),
        max(r[1] for r in results),
        statistics.median(r[2] for r in results),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (median)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="paragraph counts")
    parser.add_argument("--json", dest="json_out", help="also write the figures to this file")
    parser.add_argument(
        "--commands", default="search,sections", help="which of search,sections to measure"
    )
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a figure is over its target"
    )
    parser.add_argument(
        "--generate", nargs=2, metavar=("PARAGRAPHS", "PATH"), help=argparse.SUPPRESS
    )
    args = parser.parse_args()
    if args.generate:
        make_article(int(args.generate[0]), Path(args.generate[1]))
        return
    sizes = [int(s) for s in args.sizes.split(",")]
    sco = sco_command()
    commands = {
        "search": ["search", "trade", "--limit", "10", "--format", "plain"],
        "sections": ["sections", "--format", "plain"],
    }
    commands = {name: commands[name] for name in args.commands.split(",")}
    figures: dict[str, object] = {"runs": args.runs, "sizes": sizes, "commands": {}}
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        for size in sizes:
            # Made in a child process: a parent swollen by the text would make each
            # forked child's peak memory look larger than the command's own.
            path = Path(tmp) / f"article-{size}.txt"
            subprocess.run(
                [sys.executable, __file__, "--generate", str(size), str(path)], check=True
            )
            files[size] = (path, path.stat().st_size)
        for name, argv in commands.items():
            base_time, base_memory, _ = measure([sco, *argv], args.runs)
            print(
                f"sco {name}: seed article {base_time * 1000:.0f} ms, peak {base_memory / 2**20:.1f} MiB"
            )
            rows = []
            previous = None
            for size in sizes:
                path, file_size = files[size]
                wall, memory, cpu = measure(
                    [sco, "--max-size", "1G", "--article", str(path), *argv], args.runs
                )
                added = max(memory - base_memory, 0) / file_size
                step = wall / previous if previous else None
                growth = sizes[sizes.index(size) - 1] if previous else None
                ok_time = step is None or step <= TIME_TARGET * (size / growth) / 10
                ok_memory = added < MEMORY_TARGET
                failed |= not (ok_time and ok_memory)
                step_text = f"{step:5.2f}x for {size // growth}x size" if step else " " * 20
                print(
                    f"  {size:>7,} paragraphs {file_size / 2**20:7.1f} MiB  {wall * 1000:8.0f} ms  "
                    f"(CPU {cpu * 1000:6.0f} ms)  "
                    f"{step_text}  memory +{added:4.2f}x file  "
                    f"{'ok' if ok_time and ok_memory else 'OVER TARGET'}"
                )
                rows.append(
                    {
                        "paragraphs": size,
                        "bytes": file_size,
                        "wall_s": round(wall, 4),
                        "cpu_s": round(cpu, 4),
                        "time_ratio_to_previous": round(step, 3) if step else None,
                        "peak_bytes": memory,
                        "added_memory_per_file_byte": round(added, 3),
                    }
                )
                previous = wall
            figures["commands"][name] = {  # type: ignore[index]
                "seed": {"wall_s": round(base_time, 4), "peak_bytes": base_memory},
                "sizes": rows,
            }
    print(
        f"targets: time at 10x size <= {TIME_TARGET}x; added peak memory < {MEMORY_TARGET}x the file"
    )
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.exit(1 if failed and args.check else 0)


if __name__ == "__main__":
    main()
