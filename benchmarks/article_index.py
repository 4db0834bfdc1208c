"""The stored article index on the 100,000-paragraph article: warm, cold, and today.

Generates the article of benchmarks/search_scale.py (100,000 paragraphs, about
28 MiB) and measures whole processes, interleaved, in one run:

- warm (the index stored): `sco search trade`, `sco sections` and
  `sco quote --section part-7-of-the-report`;
- cold (no index yet: each run starts from an empty cache directory), and
  "today": the same command with SCO_NO_CACHE=1, which parses the article and
  indexes it in memory on every run, as sco did before the index was kept;
- `python -c pass`, and `python -c` running the query sco runs (the count and
  the ten best hits with their highlights) against the same saved index.

It prints each target as a ratio of medians: a warm search within 2x of the
python -c query; a warm sections and quote --section under 10x python -c pass;
each cold run no slower than today (at most 1.0x). Standard library only; runs
the installed `sco`, with its bytecode compiled once as an install does
(--as-is: as the environment has it). Usage: python benchmarks/article_index.py
[--runs N] [--cold-runs N] [--paragraphs N] [--json FILE] [--check] [--as-is]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from installed import (
    bytecode,  # benchmarks/installed.py, beside this script
    sco_command,  # benchmarks/installed.py, beside this script
)

HERE = Path(__file__).resolve().parent
SEARCH = ["search", "trade", "--limit", "10", "--format", "plain"]
SECTIONS = ["sections", "--format", "plain"]
QUOTE = ["quote", "--section", "part-7-of-the-report", "--format", "plain"]
# What sco_cli.article.search runs for `sco search trade --limit 10` (kept equal by hand:
# the point is the same query with nothing of sco around it): the count, the
# best ten by bm25, then each one's text and highlight.
QUERY = """
import sqlite3, sys
db = sqlite3.connect(f"file:{sys.argv[1]}?mode=ro&immutable=1", uri=True)
where = "sentences MATCH ?"
db.execute(f"SELECT count(*) FROM sentences WHERE {where}", ("trade",)).fetchone()
ranked = db.execute(
    "SELECT rowid, section, paragraph, sentence, bm25(sentences) FROM sentences "
    f"WHERE {where} ORDER BY bm25(sentences), rowid LIMIT ?", ("trade", 10)).fetchall()
for rowid, section, paragraph, sentence, score in ranked:
    text = db.execute("SELECT text FROM sentences WHERE rowid = ?", (rowid,)).fetchone()[0]
    marked = db.execute(
        "SELECT highlight(sentences, 0, ?, ?) FROM sentences WHERE sentences MATCH ? AND rowid = ?",
        ("\\ue000", "\\ue001", "trade", rowid)).fetchone()[0]
    print(section, paragraph, sentence, text, sep="\\t")
"""
TARGETS = {"warm search / python -c query": 2.0, "warm sections / python -c pass": 10.0}
TARGETS["warm quote --section / python -c pass"] = 10.0
for name in ("search", "sections", "quote --section"):
    TARGETS[f"cold {name} / today"] = 1.0


CPU: dict[str, list[float]] = {}


def wall(argv: list[str], env: dict[str, str], name: str = "") -> float:
    """Wall seconds of one whole process; its CPU seconds (user + system) go to CPU[name]."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if code != 0:
        sys.exit(f"{' '.join(argv)} failed ({code}): {stderr.strip()}")
    CPU.setdefault(name, []).append(usage.ru_utime + usage.ru_stime)
    return elapsed


def _ratios(median: dict[str, float], commands: dict[str, list[str]]) -> dict[str, float]:
    ratios = {
        "warm search / python -c query": median["warm search"] / median["python -c query"],
        "warm sections / python -c pass": median["warm sections"] / median["python -c pass"],
        "warm quote --section / python -c pass": median["warm quote --section"]
        / median["python -c pass"],
    }
    for name in commands:
        ratios[f"cold {name} / today"] = median[f"cold {name}"] / median[f"today {name}"]
    return ratios


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (median)")
    parser.add_argument("--cold-runs", type=int, default=3, help="runs of each cold and today")
    parser.add_argument("--paragraphs", type=int, default=100_000)
    parser.add_argument("--json", dest="json_out", help="also write the figures to this file")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    parser.add_argument(
        "--as-is",
        action="store_true",
        help="bytecode as the environment has it: under PYTHONDONTWRITEBYTECODE, an "
        "editable install compiles sco's source on every run, which no installed sco does",
    )
    args = parser.parse_args()
    sco = sco_command()
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        subprocess.run(
            [
                sys.executable,
                str(HERE / "search_scale.py"),
                "--generate",
                str(args.paragraphs),
                article,
            ],
            check=True,
        )
        cache = Path(tmp) / "cache"
        env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
        env.pop("SCO_NO_CACHE", None)
        conditions = bytecode(env, Path(tmp), as_is=args.as_is)
        today_env = {**env, "SCO_NO_CACHE": "1"}
        base = [sco, "--max-size", "1G", "--article", str(article)]
        commands = {"search": SEARCH, "sections": SECTIONS, "quote --section": QUOTE}

        times: dict[str, list[float]] = {}

        def add(name: str, seconds: float) -> None:
            times.setdefault(name, []).append(seconds)

        wall([*base, *SECTIONS], today_env)  # uncounted: compiles the bytecode
        wall([sys.executable, "-c", "pass"], env)
        # Cold and today, interleaved: each cold run starts with no index.
        for _ in range(args.cold_runs):
            for name, argv in commands.items():
                shutil.rmtree(cache, ignore_errors=True)
                add(f"cold {name}", wall([*base, *argv], env, f"cold {name}"))
                add(f"today {name}", wall([*base, *argv], today_env, f"today {name}"))
        wall([*base, *SEARCH], env)  # the index, with its search part, for the warm runs
        (index,) = (cache / "sco").glob("article-*.sqlite")
        query = [sys.executable, "-c", QUERY, str(index)]
        for _ in range(args.runs):
            add("python -c pass", wall([sys.executable, "-c", "pass"], env, "python -c pass"))
            add("python -c query", wall(query, env, "python -c query"))
            for name, argv in commands.items():
                add(f"warm {name}", wall([*base, *argv], env, f"warm {name}"))
        index_bytes = index.stat().st_size
        article_bytes = article.stat().st_size

    median = {name: statistics.median(values) for name, values in times.items()}
    cpu = {name: statistics.median(values) for name, values in CPU.items() if name}
    print(
        f"article: {args.paragraphs:,} paragraphs, {article_bytes / 2**20:.1f} MiB; "
        f"its index: {index_bytes / 2**20:.1f} MiB"
    )
    print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"conditions: {conditions}")
    for name, seconds in median.items():
        print(
            f"  {name:<24} {seconds * 1000:9.1f} ms wall, {cpu[name] * 1000:7.1f} ms CPU"
            f"  (median of {len(times[name])})"
        )
    ratios = _ratios(median, commands)
    cpu_ratios = _ratios(cpu, commands)
    missed = []
    print("  target                                     wall      CPU")
    for name, ratio in ratios.items():
        target = TARGETS[name]
        ok = ratio <= target
        missed += [] if ok else [name]
        print(
            f"  {name:<40} {ratio:6.2f}x  {cpu_ratios[name]:6.2f}x  target {target:g}x  "
            f"{'ok' if ok else 'MISSED'}"
        )
    if args.json_out:
        document = {
            "paragraphs": args.paragraphs,
            "article_bytes": article_bytes,
            "index_bytes": index_bytes,
            "median_ms": {k: round(v * 1000, 1) for k, v in median.items()},
            "median_cpu_ms": {k: round(v * 1000, 1) for k, v in cpu.items()},
            "ratios": {k: round(v, 3) for k, v in ratios.items()},
            "cpu_ratios": {k: round(v, 3) for k, v in cpu_ratios.items()},
            "targets": TARGETS,
            "conditions": conditions,
            "load_average": round(os.getloadavg()[0], 2),
        }
        Path(args.json_out).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
    sys.exit(1 if missed and args.check else 0)


if __name__ == "__main__":
    main()
