"""Start-up cost of `sco`: every answer should feel instant.

Runs each command as a whole process, interleaved (A B C ... A B C ...) so
that a machine that drifts slows them all alike, and prints the median wall
time and peak memory of each, as a ratio to a bare `python -c pass` measured
in the same run. Flags any ratio over its target and writes the figures to a
JSON file. Standard library only; runs the installed `sco` (beside this
Python), never `python -m` from the source tree.

Every process runs as an installed tool does: with its modules' bytecode
(pip compiles it when it installs a wheel; the first, uncounted round
compiles it here, into a temporary PYTHONPYCACHEPREFIX, even where
PYTHONDONTWRITEBYTECODE is set or the package is an editable checkout), and
with a cache directory of the run's own (XDG_CACHE_HOME), which no other sco
on the machine can replace or prune meanwhile. --as-is leaves both to the
environment: under PYTHONDONTWRITEBYTECODE with an editable install, every
run then compiles sco's source again, which no installed sco does.

Usage: python benchmarks/startup.py [--runs 15] [--as-is] [--json benchmarks/startup.json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from installed import bytecode  # benchmarks/installed.py, beside this script

BIN = Path(sys.executable).parent
SCO = str(BIN / "sco")
FLOOR = "python -c pass"
MEMORY_REFERENCE = "python -c 'import click, rich.console'"
MEMORY_TARGET = 2.0  # peak memory, at most this multiple of MEMORY_REFERENCE

# name, argv, target ratio to the floor, extra environment
CASES: list[tuple[str, list[str], float | None, dict[str, str]]] = [
    (FLOOR, [sys.executable, "-c", "pass"], None, {}),
    (MEMORY_REFERENCE, [sys.executable, "-c", "import click, rich.console"], None, {}),
    ("sco --version", [SCO, "--version"], 4.5, {}),
    ("sco --help", [SCO, "--help"], 4.5, {}),
    ("sco get summit.city", [SCO, "get", "summit.city"], 5.0, {}),
    ("sco members --json", [SCO, "members", "--json"], 5.0, {}),
    ("sco members --format plain", [SCO, "members", "--format", "plain"], 5.0, {}),
    ("sco quote --section security", [SCO, "quote", "--section", "security"], 5.0, {}),
    ("sco search railway", [SCO, "search", "railway"], 5.0, {}),
    ("sco timeline --json", [SCO, "timeline", "--json"], 5.0, {}),
    (
        "sco summary (rich, forced colour)",
        [SCO, "summary", "--format", "rich"],
        9.0,
        {"FORCE_COLOR": "1"},
    ),
    (
        "sco members (rich, forced colour)",
        [SCO, "members", "--format", "rich"],
        9.0,
        {"FORCE_COLOR": "1"},
    ),
]


def run_once(argv: list[str], env: dict[str, str], out: Path) -> tuple[float, int]:
    """Wall seconds and peak resident memory (bytes) of one whole process."""
    with out.open("wb") as sink:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=sink, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        sys.exit(f"{' '.join(argv)} exited {code}")
    return wall, usage.ru_maxrss * 1024  # Linux reports kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="counted runs of each command")
    parser.add_argument("--warmup", type=int, default=2, help="uncounted runs first")
    parser.add_argument("--json", dest="json_out", default="benchmarks/startup.json")
    parser.add_argument(
        "--as-is",
        action="store_true",
        help="bytecode and cache directory as the environment has them (see above)",
    )
    args = parser.parse_args()
    if not Path(SCO).exists():
        sys.exit(f"{SCO} not found: install sco into this Python's environment first")
    base_env = {k: v for k, v in os.environ.items() if k not in {"FORCE_COLOR", "NO_COLOR"}}
    walls: dict[str, list[float]] = {name: [] for name, *_ in CASES}
    peaks: dict[str, list[int]] = {name: [] for name, *_ in CASES}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        conditions = bytecode(base_env, Path(tmp), as_is=args.as_is)
        if not args.as_is:
            base_env["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
            conditions += "; a cache of the run's own"
        for round_number in range(args.warmup + args.runs):
            for name, argv, _, extra in CASES:
                wall, peak = run_once(argv, {**base_env, **extra}, out)
                if round_number >= args.warmup:
                    walls[name].append(wall)
                    peaks[name].append(peak)
    floor = statistics.median(walls[FLOOR])
    reference_memory = statistics.median(peaks[MEMORY_REFERENCE])
    print(f"{args.runs} runs each, interleaved; floor `{FLOOR}` = {floor * 1000:.1f} ms")
    load = (round(load_before, 2), round(os.getloadavg()[0], 2))
    print(f"bytecode and cache: {conditions}")
    print(f"load average (1 min) before and after: {load[0]}, {load[1]} on {os.cpu_count()} CPUs")
    print(f"{'command':<38} {'median':>9} {'ratio':>7} {'target':>7} {'peak MiB':>9} {'mem':>6}")
    figures = []
    over = 0
    for name, _, target, _ in CASES:
        wall = statistics.median(walls[name])
        peak = statistics.median(peaks[name])
        ratio = wall / floor
        memory_ratio = peak / reference_memory
        flags = []
        if target is not None and ratio > target:
            flags.append("TIME OVER TARGET")
        if name.startswith("sco") and memory_ratio > MEMORY_TARGET:
            flags.append("MEMORY OVER TARGET")
        over += bool(flags)
        print(
            f"{name:<38} {wall * 1000:7.1f}ms {ratio:6.2f}x "
            f"{(f'{target:.1f}x' if target else ''):>7} {peak / 2**20:9.1f} {memory_ratio:5.2f}x"
            f"  {' '.join(flags)}"
        )
        figures.append(
            {
                "command": name,
                "median_wall_ms": round(wall * 1000, 2),
                "ratio_to_floor": round(ratio, 3),
                "target_ratio": target,
                "median_peak_mib": round(peak / 2**20, 2),
                "memory_ratio": round(memory_ratio, 3),
                "over_target": bool(flags),
            }
        )
    print(f"memory target: at most {MEMORY_TARGET}x `{MEMORY_REFERENCE}`")
    document = {
        "runs": args.runs,
        "conditions": conditions,
        "load_average": {"before": load[0], "after": load[1], "cpus": os.cpu_count()},
        "floor_ms": round(floor * 1000, 2),
        "figures": figures,
    }
    Path(args.json_out).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {args.json_out}; {over} over target")


if __name__ == "__main__":
    main()
