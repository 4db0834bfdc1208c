"""How sco grows on hostile articles: each input doubled, measured in one run.

Cases (each once took minutes, quadratic in its size):

- identical headings (slug de-duplication), with `sections`;
- a run of full stops, and one of ?! (the sentence splitter), with `search`;
- one huge sentence that matches the query everywhere (highlight), with
  `search`, up to about 19 MB;
- a long query that matches nothing ("did you mean"), with `search`;
- COLUMNS=1000000000 with a rich table (clamped to 1,000);
- with `check`: an article followed by N tiny elements (`<p>a</p>`), one
  element with N attributes (trafilatura was quadratic on both), and one
  sentence of N claims ("Belarus, an observer state, ", whose whole sentence
  was once printed for every claim).

For each size it prints the median CPU time (user + system) of whole `sco`
processes (wall time on a shared machine measures the wait for a core), the
ratio to the size before (the input doubled: linear work about 2x, quadratic
4x; the target is at most 3x), and the peak memory a run adds over `sco
sections` on the seed article, as a multiple of the file's size (the target,
as the README's: under 10x). `check` holds every claim it finds, with its verdict,
until the report is written (a few hundred bytes a claim): on a text that is nothing
but claims, one every 28 bytes, that is about 30x the file however long it is. There
the target is that memory stays linear: the multiple at twice the input at most
1.5x the one before. Standard library only; runs the installed `sco`.

Usage: python benchmarks/hostile.py [--runs N] [--quick] [--check] [--only TEXT]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from search_scale import sco_command  # beside this script

GROWTH_TARGET = 3.0  # at twice the input, at most this many times the time
MEMORY_TARGET = 10.0  # added peak memory, under this multiple of the file size
MEMORY_GROWTH = 1.5  # check on text: the multiple at twice the input, at most this times the last


def headings(n: int) -> str:
    return "Lead.\n\n" + "SAME HEADING\n\nText of the part.\n\n" * n


def full_stops(n: int) -> str:
    return "Head\n\nWord" + "." * n + " and more words follow here.\n"


def marks(n: int) -> str:
    return "Head\n\nGo" + "?!" * (n // 2) + " x\n"


def one_sentence(n: int) -> str:
    return "Head\n\nThe " + " ".join(["trade grows and trade expands"] * n) + ".\n"


def vocabulary(n: int) -> str:
    paragraphs = (f"Word{i} follows word{i + 1} in the article." for i in range(n))
    return "Head\n\n" + "\n\n".join(paragraphs) + "\n"


PAGE_HEAD = (
    "<html><head><meta property='article:published_time' content='2023-09-01'></head><body>"
    "<article><h1>Summit</h1><p>The leaders met in Tianjin for two days of talks on trade.</p>"
    "<p>The SCO has nine member states, the host said at the opening.</p></article>"
)


def tiny_elements(n: int) -> str:
    return PAGE_HEAD + "<p>a</p>" * n + "</body></html>"


def attributes(n: int) -> str:
    many = " ".join(f"a{i}=''" for i in range(n))
    return PAGE_HEAD.replace("<p>", f"<p {many}>", 1) + "</body></html>"


def claims_in_one_sentence(n: int) -> str:
    return "date 2023-09-01\n\nThe bloc grew. " + "Belarus, an observer state, " * n + "it said.\n"


LONG_QUERY = " ".join(f"zq{i:03d}" for i in range(166))  # 995 characters, no hit

# name: (article maker, sizes, sco arguments, exit code expected)
CASES: dict[str, tuple[Callable[[int], str], list[int], list[str], int]] = {
    "identical headings (sections)": (headings, [5_000, 10_000, 20_000], ["sections"], 0),
    "run of full stops (search)": (
        full_stops,
        [250_000, 500_000, 1_000_000],
        ["search", "word"],
        0,
    ),
    "run of ?! (search)": (marks, [250_000, 500_000, 1_000_000], ["search", "go"], 0),
    "one sentence, every word a hit (search)": (
        one_sentence,
        [80_000, 160_000, 320_000, 640_000],
        ["search", "trade"],
        0,
    ),
    "a 995-character query, no hit (search)": (
        vocabulary,
        [20_000, 40_000, 80_000],
        ["search", LONG_QUERY],
        1,
    ),
}


# name: (article maker, sizes, file suffix, exit code expected), run as
# `sco check --max-size 1G FILE --format plain`; memory over `sco check` on the
# smallest article of the kind. A page's parsed tree (lxml, trafilatura) takes tens
# of times its size: the memory target (linear, see above) is for text; printed for pages.
CHECK_CASES: dict[str, tuple[Callable[[int], str], list[int], str, int]] = {
    "article + N tiny elements <p>a</p> (check)": (
        tiny_elements,
        [25_000, 50_000, 100_000, 200_000],
        ".html",
        0,
    ),
    "N attributes on one <p> (check)": (attributes, [12_500, 25_000, 50_000, 100_000], ".html", 0),
    "one sentence of N claims (check, plain)": (
        claims_in_one_sentence,
        [1_000, 2_000, 4_000, 8_000],
        ".txt",
        0,
    ),
}


def run_once(argv: list[str], code: int, env: dict[str, str]) -> tuple[float, int]:
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    _, status, usage = os.wait4(process.pid, 0)
    # CPU time (user + system): on a machine shared with other work, wall time
    # measures the queue for a core as much as sco.
    wall = usage.ru_utime + usage.ru_stime
    returned = os.waitstatus_to_exitcode(status)
    stderr = process.stderr.read().decode() if process.stderr else ""
    if returned != code:
        sys.exit(f"{' '.join(argv)[:200]} exited {returned}: {stderr.strip()[:300]}")
    return wall, usage.ru_maxrss * 1024


def measure(argv: list[str], code: int, runs: int, env: dict[str, str]) -> tuple[float, int]:
    results = [run_once(argv, code, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs of each command (median)")
    parser.add_argument("--quick", action="store_true", help="the two smallest sizes only")
    parser.add_argument("--check", action="store_true", help="exit 1 when over a target")
    parser.add_argument("--only", default="", help="only the cases whose name holds this text")
    args = parser.parse_args()
    sco = sco_command()
    # Cold every time: the stored index would otherwise answer the second run.
    env = {**os.environ, "SCO_NO_CACHE": "1"}
    _, base_memory = measure([sco, "sections"], 0, args.runs, env)
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        for name, (make, sizes, command, code) in CASES.items():
            if args.only not in name:
                continue
            print(name)
            previous = None
            for size in sizes[:2] if args.quick else sizes:
                path = Path(tmp) / "article.txt"
                path.write_text(make(size), encoding="utf-8")
                file_size = path.stat().st_size
                argv = [sco, "--max-size", "1G", "--article", str(path), *command]
                wall, memory = measure(argv, code, args.runs, env)
                added = max(memory - base_memory, 0) / file_size
                ratio = wall / previous if previous else None
                ok = (ratio is None or ratio <= GROWTH_TARGET) and added < MEMORY_TARGET
                failed |= not ok
                ratio_text = f"{ratio:5.2f}x at 2x the input" if ratio else " " * 23
                print(
                    f"  {file_size / 2**20:8.2f} MiB  {wall * 1000:8.0f} ms cpu  {ratio_text}  "
                    f"memory +{added:5.2f}x file  {'ok' if ok else 'OVER TARGET'}"
                )
                previous = wall
        for name, (make, sizes, suffix, code) in CHECK_CASES.items():
            if args.only not in name:
                continue
            print(name)
            previous = None
            # What sco check itself takes (the reference, trafilatura for a page): on
            # the smallest article of the kind, so the multiple is what the input adds.
            small = Path(tmp) / f"small{suffix}"
            small.write_text(make(1), encoding="utf-8")
            check = [sco, "check", "--max-size", "1G", str(small), "--format", "plain"]
            _, check_memory = measure(check, code, args.runs, env)
            last_added: float | None = None
            for size in sizes[:2] if args.quick else sizes:
                path = Path(tmp) / f"article{suffix}"
                path.write_text(make(size), encoding="utf-8")
                file_size = path.stat().st_size
                argv = [sco, "check", "--max-size", "1G", str(path), "--format", "plain"]
                wall, memory = measure(argv, code, args.runs, env)
                added = max(memory - check_memory, 0) / file_size
                ratio = wall / previous if previous else None
                # Linear memory: the multiple of the file does not grow with the file.
                linear = last_added is None or added <= max(last_added, 1.0) * MEMORY_GROWTH
                ok = (ratio is None or ratio <= GROWTH_TARGET) and (suffix != ".txt" or linear)
                failed |= not ok
                ratio_text = f"{ratio:5.2f}x at 2x the input" if ratio else " " * 23
                print(
                    f"  {file_size / 2**20:8.2f} MiB  {wall * 1000:8.0f} ms cpu  {ratio_text}  "
                    f"memory +{added:5.2f}x file  {'ok' if ok else 'OVER TARGET'}"
                )
                previous, last_added = wall, added
        print("COLUMNS=1000000000 (sco members --format rich)")
        wall, memory = measure(
            [sco, "members", "--format", "rich"], 0, args.runs, {**env, "COLUMNS": "1000000000"}
        )
        print(f"  {wall * 1000:8.0f} ms cpu, peak {memory / 2**20:.1f} MiB")
    print(
        f"targets: at 2x the input <= {GROWTH_TARGET}x the time; "
        f"added peak memory < {MEMORY_TARGET}x the file (check on text: its multiple at 2x "
        f"the input <= {MEMORY_GROWTH}x the one before)"
    )
    sys.exit(1 if failed and args.check else 0)


if __name__ == "__main__":
    main()
