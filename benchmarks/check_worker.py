"""What one worker of `sco check DIR` costs an article, counted where load cannot stretch it.

Writes the folder of benchmarks/check_folder.py (the same articles), then, in this one
process, prepares the reference and compiles the engine as the parent of the workers
does, and checks the articles as one worker does (the JSON Lines of each claim written,
as `--format jsonl` asks), printing the CPU time. Run it under valgrind to count the
instructions, which other jobs on the cores do not change; the difference between two
counts (--articles 100 and --articles 0) is what the articles cost:

  valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \\
      python benchmarks/check_worker.py --articles 100

Runs the sco importable from here (PYTHONPATH, else the installed one).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from check_folder import make_folder  # benchmarks/check_folder.py, beside this script


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100, help="articles checked")
    args = parser.parse_args()
    from sco_cli.archive.run import _batch
    from sco_cli.archive.work import Options, prepare, warm
    from sco_cli.claims.judge import Reference
    from sco_cli.dataset import load_dataset

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        make_folder(1000, folder)  # the folder of 1,000: its first N articles
        names = [str(path) for path in sorted(folder.iterdir())[: args.articles]]
        prepare(Reference.of(load_dataset()))
        warm(Options())
        start = time.process_time()
        done = _batch(names, options=Options(), encode="lines")
        spent = time.process_time() - start
    claims = sum(len(lines) for _, _, lines in done)
    print(f"{len(names)} articles, {claims} claims: {spent:.2f} s of CPU")


if __name__ == "__main__":
    main()
