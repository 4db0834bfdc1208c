"""Start-up: each quick answer imports what it uses and nothing more.

A whole `sco` process runs twice (the first run may validate the data and
fill the cache; the second is the warm one every later run is), then says
which modules it imported. The heavy libraries are checked in
test_architecture.py; benchmarks/startup.py times the same answers.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

# Slow: sco run as real processes: what each answer imports; CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow

PROBE = """
import sys
from sco_cli.main import main
sys.argv = ["sco", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
print("MODULES:" + ",".join(sorted(sys.modules)), file=sys.stderr)
"""


def imported(*args: str) -> set[str]:
    """The modules a warm `sco ARGS...` imports (sco's own, and the others)."""
    # Unmeasured: coverage, when it follows subprocesses, imports more.
    env = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}
    for _ in range(2):
        proc = subprocess.run(
            [sys.executable, "-c", PROBE, *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout
    last = proc.stderr.splitlines()[-1]
    assert last.startswith("MODULES:")
    return set(last.removeprefix("MODULES:").split(","))


# The article's parser: a warm answer reads the parsed article from the cache.
PARSER = {"sco_cli.article.parse", "sco_cli.article.sentences"}
# The roster on a date, and the members report built on it.
ROSTER = {"sco_cli.dataset.roster", "sco_cli.reports.members"}
SUMMITS = {"sco_cli.dataset.summits", "sco_cli.reports.summits"}


@pytest.mark.parametrize(
    ("args", "unused"),
    [
        # The facts branch of the path tree alone: no roster on two bases, no summits.
        (("get", "summit.city"), PARSER | ROSTER | SUMMITS | {"sco_cli.commandline.suggest"}),
        (("get", "summits.2019.city"), PARSER | {"sco_cli.reports.members"}),
        (("get", "roster.counts.member_states"), PARSER | SUMMITS),
        # The source line comes from sco_cli.reports, not from the summary report.
        (("quote", "--section", "security"), PARSER | ROSTER | {"sco_cli.reports.summary"}),
        (("members", "--json"), PARSER | SUMMITS | {"sco_cli.dataset.paths"}),
        (("summits", "2019", "--json"), PARSER | {"sco_cli.reports.members"}),
        # Month lengths without the calendar module.
        (("timeline", "--json"), PARSER | {"sco_cli.reports.members", "calendar"}),
        (("members", "--as-of", "2019-02", "--json"), PARSER | SUMMITS | {"calendar"}),
        (("search", "railway"), PARSER | ROSTER),
        (("--version",), PARSER | {"sco_cli.article.model", "sco_cli.reports"}),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else "",
)
def test_an_answer_imports_only_what_it_uses(args: tuple[str, ...], unused: set[str]) -> None:
    assert imported(*args) & unused == set()


# The MCP SDK (and what it brings: anyio, starlette, httpx) is for `sco mcp` alone.
MCP_STACK = {"mcp", "mcp_types", "anyio", "starlette", "httpx", "sco_cli.server"}


@pytest.mark.parametrize(
    "args",
    [("--version",), ("--help",), ("mcp", "--help"), ("members", "--json"), ("check", "--json")],
    ids=" ".join,
)
def test_no_answer_but_sco_mcp_imports_the_mcp_stack(args: tuple[str, ...]) -> None:
    modules = imported(*args)
    assert "sco_cli.cli" in modules  # the probe saw the run it measures
    assert {name for name in modules if name.split(".")[0] in MCP_STACK} == set()
    assert {name for name in modules if name.startswith("sco_cli.server")} == set()


# An archive's libraries and the worker processes are for archives and --jobs alone.
ARCHIVE_STACK = {"pyarrow", "warcio", "multiprocessing", "concurrent"}


def test_checking_one_article_imports_no_archive_library_nor_a_process_pool() -> None:
    article = Path(__file__).parent / "articles" / "2017-astana-india-pakistan.txt"
    modules = imported("check", str(article), "--format", "jsonl")
    assert "sco_cli.reports.check" in modules  # the probe saw the check it measures
    assert {name for name in modules if name.split(".")[0] in ARCHIVE_STACK} == set()


# Dask is for the cluster recipe alone (sco_cli.archive.cluster), never for a command.
DASK_STACK = {"dask", "distributed", "tornado", "sco_cli.archive.cluster"}
ARTICLES_FOLDER = "tests/articles"  # the probe runs from the checkout


@pytest.mark.parametrize(
    "args",
    [("--version",), ("check", "--json"), ("check", ARTICLES_FOLDER, "--summary", "--json")],
    ids=" ".join,
)
def test_no_command_imports_dask(args: tuple[str, ...]) -> None:
    modules = imported(*args)
    assert "sco_cli.cli" in modules  # the probe saw the run it measures
    assert ("sco_cli.reports.corpus" in modules) == ("--summary" in args)
    assert {
        name for name in modules if name in DASK_STACK or name.split(".")[0] in DASK_STACK
    } == set()


def test_the_probe_sees_what_an_answer_does_import() -> None:
    # The test above would pass on an empty list: this is what it is compared with.
    modules = imported("get", "summits.2019.city")
    assert {
        "sco_cli.dataset.paths",
        "sco_cli.dataset.summits",
        "sco_cli.reports.summits",
    } <= modules
    assert {"sco_cli.dataset.roster", "sco_cli.reports.members"} <= imported("members", "--json")


def test_pillow_is_for_a_png_export_alone() -> None:
    """The extra sco-cli[png] is imported by `--export FILE.png` only."""
    modules = imported("summary", "--json")
    assert "sco_cli.cli" in modules  # the probe saw the run it measures
    assert {name for name in modules if name.split(".")[0] == "PIL"} == set()
    assert "sco_cli.output.png" not in modules
