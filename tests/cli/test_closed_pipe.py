"""The verdict survives a closed pipe: `sco check DIR | grep -q contradicts`
exits 4 under pipefail when a claim contradicts, however early the reader went."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Slow: sco run in a shell pipeline as a real process; CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow

CONTRADICTING = "date 2025-09-01\n\nThe SCO has nine member states.\n\nIt has ten member states.\n"
AGREEING = "date 2025-09-01\n\nThe SCO has ten member states.\n"


@pytest.mark.parametrize("reader", ["head -c 1", "grep -q contradicts"])
@pytest.mark.parametrize("fmt", ["plain", "rich"])
@pytest.mark.parametrize(("text", "status"), [(CONTRADICTING, 4), (AGREEING, 0)])
def test_a_closed_pipe_keeps_the_verdict(
    tmp_path: Path, reader: str, fmt: str, text: str, status: int
) -> None:
    for n in range(300):  # output far larger than a pipe's buffer
        (tmp_path / f"a{n:03d}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.run(  # noqa: S602 - a fixed pipeline; the pipe is the point
        f"{sys.executable} -m sco_cli check {tmp_path} --format {fmt} | {reader}; "
        'echo "status=${PIPESTATUS[0]}"',
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.stderr == ""
    assert proc.stdout.rstrip().endswith(f"status={status}")
