"""How fast `sco check` reads a folder of articles, and how it grows.

Generates folders of 500 and 1,000 plain-text articles of about 5 KB each
(SCO prose with counts, statuses, joinings, founding and summit claims, some
true and some false, mixed with filler), then one article of 1 and 2 MiB of
the same prose, and one claim-dense article of 1 and 2 MiB (the claims
without the filler: about 26 claims a KB, each count citing every member),
and runs one whole `sco check --format jsonl` process on each, printing in
one run:

- the median wall and CPU time of each, articles a second and claims found;
- the ratio of time from the smaller to the larger (2x the input: linear
  is about 2x; the target for the folder of 1,000 is under 5 s);
- the peak memory (maximum resident set size) of each, as MiB added over
  `sco --version` and as a multiple of the input's size, with the ratio
  from the smaller to the larger (linear: about 2x);
- the load average at the start and the end: wall time is only comparable
  at the same load (2 cores shared with other jobs stretch it; CPU time less).

Every process runs as an installed tool does, with its modules' bytecode: the
first, uncounted run compiles it into a temporary PYTHONPYCACHEPREFIX, as pip
does when it installs a wheel (benchmarks/installed.py); --as-is leaves it to
the environment (under PYTHONDONTWRITEBYTECODE each process compiles sco's
source again, about 0.3 s of CPU for `sco check`).

Standard library only; runs the installed `sco` (beside this Python, or on
PATH). Usage: python benchmarks/check_folder.py [--runs N] [--articles 500,1000] [--check]
[--as-is]
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
from pathlib import Path
from typing import IO, Any, NamedTuple, cast

from installed import bytecode, sco_command  # benchmarks/installed.py, beside this script

TARGET_SECONDS = 5.0  # for the folder of 1,000 articles
COUNTRIES = (
    "India Pakistan Iran Belarus Mongolia Afghanistan Turkey Egypt Qatar Cambodia Nepal".split()
)
STATUSES = ["an observer state", "a dialogue partner", "a full member", "an observer"]
CITIES = "Bishkek Astana Tashkent Dushanbe Qingdao Samarkand Ufa Moscow Shanghai".split()
FILLER = (
    "Trade between the two sides grew steadily over the period, officials said. "
    "Analysts in the region expect the railway corridor to shorten delivery times. "
    "The ministers also discussed energy, water and the fight against drug trafficking. "
    "Diplomats described the talks as frank and constructive, without giving details. "
)


def paragraph(rng: random.Random, filler: str = FILLER) -> str:
    year = rng.randint(2004, 2025)
    sentences = [
        f"The SCO now has {rng.choice(['eight', 'nine', '10', 'six'])} member states and "
        f"{rng.choice(['two', 'four', 'three'])} observer states.",
        f"{rng.choice(COUNTRIES)}, {rng.choice(STATUSES)} since {year}, sent its minister.",
        f"{rng.choice(COUNTRIES)} and {rng.choice(COUNTRIES)} joined as full members in {year}.",
        f"Leaders recalled the {year} summit in {rng.choice(CITIES)} and the Shanghai Five, formed in 1996.",
        f"The {rng.choice(['eight', 'nine', 'ten'])}-member bloc was founded in Shanghai in 2001.",
    ]
    # One sentence with claims a paragraph, among ordinary prose: about twenty
    # claims an article, more than most news stories hold.
    return rng.choice(sentences) + (" " + filler if filler else "")


def article(rng: random.Random, target: int = 5000, filler: str = FILLER) -> str:
    date = f"{rng.randint(2005, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    parts = [f" date {date} Benchmark", "", "SCO leaders meet again", ""]
    size = 0
    while size < target:
        text = paragraph(rng, filler)
        parts += [text, ""]
        size += len(text) + 1
    return "\n".join(parts)


def make_folder(count: int, folder: Path) -> int:
    rng = random.Random(count)  # the same articles every run
    folder.mkdir()
    total = 0
    for number in range(count):
        text = article(rng)
        (folder / f"article-{number:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    return total


class Figures(NamedTuple):
    wall: float  # seconds, median
    cpu: float  # user + system seconds, median
    rss: int  # peak resident set size, bytes, median
    claims: int  # found by the last run


# The processes are started by this small helper, never by the benchmark itself:
# Linux counts the memory of the process a child was forked (or vforked) from in
# the child's peak RSS, and this process grows as it writes the articles. The
# helper stays smaller than `sco --version` (the run checks it).
SPAWNER = """
import json, os, resource, subprocess, sys, time
for line in sys.stdin:
    argv, out = json.loads(line)
    with open(out, "wb") as stdout:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=stdout, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    cpu = usage.ru_utime + usage.ru_stime
    code = os.waitstatus_to_exitcode(status)
    print(json.dumps([wall, cpu, usage.ru_maxrss * 1024, code]), flush=True)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, flush=True)
"""


class Runner:
    """Runs whole processes through the spawner: wall and CPU time, peak RSS."""

    def __init__(self, folder: Path, env: dict[str, str]) -> None:
        self.out = folder / "out.txt"
        # Forked by a shell (not run in its place: `; exit`), the spawner's peak starts
        # from the shell's few pages, not from this process's.
        command = '"$0" -c "$1"; exit $?'
        self.spawner = subprocess.Popen(
            ["/bin/sh", "-c", command, sys.executable, SPAWNER],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        self.ask = cast(IO[str], self.spawner.stdin)
        self.answer = cast(IO[str], self.spawner.stdout)

    def close(self) -> int:
        """Stop the spawner; its own peak RSS (the floor of every figure)."""
        self.ask.close()
        floor = int(self.answer.readline())
        self.spawner.wait()
        return floor

    def run(self, argv: list[str], runs: int) -> Figures:
        """Median wall and CPU seconds and peak memory of whole processes, and the
        claims the last one found. CPU time (user + system) says what the work costs
        when other jobs share the cores; ru_maxrss is the peak RSS (KiB on Linux)."""
        walls, cpus, peaks, claims = [], [], [], 0
        for _ in range(runs):
            self.ask.write(json.dumps([argv, str(self.out)]) + "\n")
            self.ask.flush()
            wall, cpu, rss, code = json.loads(self.answer.readline())
            if code not in (0, 4):
                sys.exit(f"{' '.join(argv)} failed ({code})")
            walls.append(wall)
            cpus.append(cpu)
            peaks.append(rss)
            with self.out.open("rb") as out:  # counted a piece at a time: this process stays small
                claims = sum(chunk.count(b"\n") for chunk in iter(lambda: out.read(1 << 20), b""))
        return Figures(
            statistics.median(walls),
            statistics.median(cpus),
            int(statistics.median(peaks)),
            claims,
        )


def memory(rss: int, size: int, base: int) -> str:
    """'+20.4 MiB (19x the input)': the peak over that of `sco --version`."""
    added = rss - base
    return f"{added / 2**20:+6.1f} MiB ({added / size:4.1f}x the input)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each (median)")
    parser.add_argument("--articles", default="500,1000", help="folder sizes, in articles")
    parser.add_argument("--big", default="1,2", help="sizes of the one-article runs, in MiB")
    parser.add_argument("--json", dest="json_out", help="also write the figures to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when over the target")
    parser.add_argument(
        "--as-is", action="store_true", help="bytecode as the environment has it (see above)"
    )
    args = parser.parse_args()
    sco = sco_command()
    load_at_start = os.getloadavg()  # wall time is only comparable at the same load
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        conditions = bytecode(env, Path(tmp), as_is=args.as_is)
        runner = Runner(Path(tmp), env)
        run = runner.run
        warm = Path(tmp) / "warm"
        make_folder(2, warm)
        run([sco, "check", str(warm), "--format", "jsonl"], 1)  # uncounted: compiles
        base = run([sco, "--version"], args.runs).rss
        print(f"sco --version: {base / 2**20:.1f} MiB peak RSS (memory below is added to it)")
        figures: dict[str, Any] = {"version_rss": base, "folders": [], "articles": []}
        previous: Figures | None = None
        for count in [int(n) for n in args.articles.split(",")]:
            folder = Path(tmp) / f"folder-{count}"
            size = make_folder(count, folder)
            got = run([sco, "check", str(folder), "--format", "jsonl"], args.runs)
            ratio = f"  {got.cpu / previous.cpu:4.2f}x the previous (CPU)" if previous else ""
            over = count >= 1000 and got.wall >= TARGET_SECONDS
            failed |= over
            print(
                f"{count:>6,} articles {size / 2**20:5.1f} MiB  {got.wall:6.2f} s wall  "
                f"{got.cpu:6.2f} s CPU  {count / got.wall:6.0f} articles/s  "
                f"{got.claims:>6,} claims  {memory(got.rss, size, base)}{ratio}"
                f"{'  OVER TARGET' if over else ''}"
            )
            figures["folders"].append(
                {
                    "articles": count,
                    "bytes": size,
                    "wall_s": round(got.wall, 3),
                    "cpu_s": round(got.cpu, 3),
                    "rss": got.rss,
                    "claims": got.claims,
                }
            )
            previous = got
        for dense in (False, True):
            previous = None
            rng = random.Random(7)
            for mib in [int(n) for n in args.big.split(",")]:
                path = Path(tmp) / f"big-{mib}{'-dense' if dense else ''}.txt"
                text = article(rng, target=mib * 2**20, filler="" if dense else FILLER)
                path.write_text(text, encoding="utf-8")
                size = path.stat().st_size
                got = run([sco, "check", str(path), "--format", "jsonl"], args.runs)
                ratio = (
                    f"  {got.cpu / previous.cpu:4.2f}x CPU, "
                    f"{(got.rss - base) / (previous.rss - base):4.2f}x memory the previous"
                    if previous
                    else ""
                )
                name = f"one {'claim-dense ' if dense else ''}article of {mib} MiB"
                print(
                    f"{name:<32} {got.wall:6.2f} s wall  {got.cpu:6.2f} s CPU  "
                    f"{got.claims:>6,} claims  {memory(got.rss, size, base)}{ratio}"
                )
                figures["articles"].append(
                    {
                        "mib": mib,
                        "dense": dense,
                        "wall_s": round(got.wall, 3),
                        "cpu_s": round(got.cpu, 3),
                        "rss": got.rss,
                        "claims": got.claims,
                    }
                )
                previous = got
        floor = runner.close()
    figures["spawner_rss"] = floor
    figures["load_average"] = {"start": load_at_start, "end": os.getloadavg()}
    if floor >= base:
        print(f"the spawner's own {floor / 2**20:.1f} MiB hides sco's: the memory is not measured")
    else:
        print(f"(the processes were started by a spawner of {floor / 2**20:.1f} MiB, below that)")
    print(f"target: a folder of 1,000 articles of about 5 KB in under {TARGET_SECONDS:g} s")
    print(f"bytecode: {conditions}")
    figures["bytecode"] = conditions
    # other jobs on the cores stretch the wall time (the CPU time less)
    start, end = (", ".join(f"{n:.2f}" for n in load) for load in (load_at_start, os.getloadavg()))
    print(f"load average (1, 5, 15 min): {start} at the start, {end} at the end")
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    sys.exit(1 if failed and args.check else 0)


if __name__ == "__main__":
    main()
