"""The house rules, as tests: every command is complete in the registry, no module
imports itself back, and the quick answers import nothing heavy."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
from pathlib import Path

import click
import pytest

from sco_cli.cli import cli
from sco_cli.registry import COMMANDS, DOCUMENTS, RECORDS, REPORTING, VIEW_MODULES
from tests.test_startup import imported

PACKAGE = Path(__file__).resolve().parent.parent / "sco_cli"


def command(name: str) -> click.Command:
    found = cli.get_command(click.Context(cli), name)
    assert found is not None
    return found


@pytest.mark.parametrize("entry", COMMANDS, ids=[c.name for c in COMMANDS])
def test_every_command_has_its_help_line_schema_and_views(entry: object) -> None:
    from sco_cli import schemas
    from sco_cli.registry import Command

    assert isinstance(entry, Command)
    assert entry.help, "a help line for `sco --help`"
    assert command(entry.name).get_short_help_str(limit=300) == entry.help
    prints_reports = "output_format" in {p.name for p in command(entry.name).params}
    # A command that prints a Report has a JSON document and a view; one that does not, neither.
    assert prints_reports == (entry.document is not None)
    assert prints_reports == bool(entry.views)
    if entry.document is not None:
        # Declared in the command's report module, and `sco schema` can describe it.
        report = importlib.import_module(f"sco_cli.reports.{entry.name}")
        assert getattr(report, entry.document, None) is not None, entry.document
        assert schemas.json_schema(entry.name)["title"] == f"sco {entry.name} --json"
    module = importlib.import_module(f"sco_cli.views.{entry.name}") if entry.views else None
    for view in entry.views:
        assert callable(getattr(module, view, None)), f"sco_cli.views.{entry.name}.{view}"


def test_schema_choices_and_view_lookup_come_from_the_registry() -> None:
    assert set(DOCUMENTS) == {c.name for c in REPORTING} | {RECORDS.name}
    assert set(VIEW_MODULES) == {view for c in REPORTING for view in c.views}


def _imports(path: Path) -> set[str]:
    """Every sco_cli module `path` imports, at the top or inside a function."""
    module = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    module = module.removesuffix(".__init__")
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                # `from sco_cli.reports import members` imports a module; `... import Report` a name.
                sub = f"{node.module}.{alias.name}"
                is_module = (PACKAGE.parent / Path(*sub.split("."))).with_suffix(".py").exists()
                found.add(sub if is_module else node.module)
    return {name for name in found if name.startswith("sco_cli") and name != module}


def test_no_import_cycle_anywhere() -> None:
    graph = {}
    for path in PACKAGE.rglob("*.py"):
        name = ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        graph[name.removesuffix(".__init__")] = _imports(path)
    # Depth-first search; a module met again while still on the path closes a cycle.
    state: dict[str, str] = {}
    cycles = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = "open"
        for target in sorted(graph.get(name, ())):
            if state.get(target) == "open":
                cycles.append([*path[path.index(target) :], target])
            elif target not in state:
                visit(target, [*path, target])
        state[name] = "done"

    for name in sorted(graph):
        if name not in state:
            visit(name, [name])
    assert cycles == []


HEAVY = {"pydantic", "rich", "sqlite3", "babel"}


@pytest.mark.parametrize(
    "args",
    [
        ("--help",),
        ("--version",),
        ("get", "summit.city"),
        ("members", "--country", "belarus", "--json"),
        ("summits", "2019", "--json"),
    ],
    ids=" ".join,
)
def test_the_quick_answers_import_nothing_heavy(args: tuple[str, ...]) -> None:
    # tests/test_startup.py runs the warm process and lists what it imported.
    assert {name.split(".")[0] for name in imported(*args)} & HEAVY == set()


def _listed_modules() -> dict[str, set[str]]:
    """docs/ARCHITECTURE.md's layout: for each `### `sco_cli/PKG/`` heading, the
    modules its table names (a row `N.py` stands for the names listed in it)."""
    doc = (PACKAGE.parent / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    listed: dict[str, set[str]] = {}
    package = None
    for line in doc.splitlines():
        heading = re.match(r"### `sco_cli/([\w/]*?)/?`", line)
        if heading:
            package = heading.group(1)
            listed[package] = set()
        elif package is not None and line.startswith("| `"):
            first, rest = line[2:].split(" | ", 1)
            for name in re.findall(r"`([\w.]+)\.py`", first):
                if name == "N":  # one module a command, named in the row
                    listed[package] |= {f"{word}.py" for word in re.findall(r"`(\w+)`", rest)}
                else:
                    listed[package].add(f"{name}.py")
        elif line.startswith("## "):
            package = None
    return listed


def test_every_module_is_listed_here() -> None:
    """The layout section of docs/ARCHITECTURE.md names every module, and no other."""
    listed = _listed_modules()
    on_disk: dict[str, set[str]] = {}
    for path in PACKAGE.rglob("*.py"):
        folder = path.parent.relative_to(PACKAGE).as_posix()
        on_disk.setdefault("" if folder == "." else folder, set()).add(path.name)
    for files in on_disk.values():  # a package's docstring says what the package is for
        files.discard("__init__.py")
    for names in listed.values():
        names.discard("__init__.py")
    assert listed == on_disk


def test_the_top_of_the_package_stays_small() -> None:
    """`ls sco_cli` shows the architecture: about ten modules, the rest in packages."""
    top = [path.name for path in PACKAGE.glob("*.py")]
    assert len(top) <= 10, sorted(top)


def test_commands_receive_what_they_need_as_arguments() -> None:
    """A command reads no option from the click context: what it needs (check's
    --export target, get's --fields) reaches it as an argument, by `passes`."""
    readers = [
        path.name
        for path in (PACKAGE / "commands").glob("*.py")
        if "get_current_context" in path.read_text(encoding="utf-8")
    ]
    assert readers == []
    check = command("check").callback
    get = command("get").callback
    assert check is not None
    assert get is not None
    assert "export" in inspect.signature(inspect.unwrap(check)).parameters
    assert "fields" in inspect.signature(inspect.unwrap(get)).parameters


# What makes a test slow here: growing an input to show linear work, measuring
# memory, or running many sco processes at once.
SLOW_SIGNS = ("assert_linear", "tracemalloc", "ThreadPoolExecutor")


def _marked_slow(decorators: list[ast.expr]) -> bool:
    return any(ast.unparse(d) == "pytest.mark.slow" for d in decorators)


def test_scaling_memory_and_concurrency_tests_are_marked_slow() -> None:
    """The quick loop (`-m "not slow"`) leaves out every such test."""
    unmarked = []
    for path in (PACKAGE.parent / "tests").rglob("test_*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_marked = any(
            isinstance(node, ast.Assign)
            and [ast.unparse(t) for t in node.targets] == ["pytestmark"]
            and ast.unparse(node.value) == "pytest.mark.slow"
            for node in tree.body
        )
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or not node.name.startswith("test_"):
                continue
            marked = module_marked or _marked_slow(node.decorator_list)
            if not marked and any(sign in ast.unparse(node) for sign in SLOW_SIGNS):
                unmarked.append(f"{path.name}::{node.name}")
    assert unmarked == []
