"""The Python API answers as the CLI does: for every command that prints a JSON
document, each API twin's `json()` is `sco N --json`'s text for the same question,
and a bad question raises the error whose message the CLI prints."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from sco_cli import api
from sco_cli.errors import ExitCode, NotFound, ScoError, UnknownName, UsageProblem
from sco_cli.registry import REPORTING
from tests.conftest import Invoke

ARTICLES = Path(__file__).resolve().parent / "articles"
TEXT = ARTICLES / "2009-yekaterinburg-partners.txt"
PAGE = ARTICLES / "2005-astana-observers.html"
UNDATED = ARTICLES / "undated-opinion.txt"
OTHER = ARTICLES / "2004-tashkent-mongolia.txt"

Call = Callable[[], "api.Answer[Any]"]

# (the command line, the API call): several a command, every option the API takes.
CASES: list[tuple[tuple[str, ...], Call]] = [
    (("summary",), lambda: api.summary()),
    (("summary", "--lang", "ru"), lambda: api.summary(lang="ru")),
    (("summary", "--article", str(TEXT)), lambda: api.article_summary(TEXT)),
    (("members",), lambda: api.members()),
    (("members", "--as-of", "2017"), lambda: api.members("2017")),
    (
        ("members", "--as-of", "latest", "--role", "partner"),
        lambda: api.members("latest", role="partner"),
    ),
    (
        ("members", "--as-of", "2021-06", "--basis", "decision", "--lang", "zh"),
        lambda: api.members("2021-06", basis="decision", lang="zh"),
    ),
    (("members", "--as-of", "2030"), lambda: api.members("2030")),
    (("members", "--count"), lambda: api.counts()),
    (
        ("members", "--count", "--role", "member", "--as-of", "2005"),
        lambda: api.counts(2005, role="member"),
    ),
    (("members", "--country", "belarus"), lambda: api.history("belarus")),
    (
        ("members", "--country", "IND", "--country", "iran", "--as-of", "2010"),
        lambda: api.history("IND", "iran", as_of="2010"),
    ),
    (("members", "--history"), lambda: api.growth()),
    (("members", "--history", "--basis", "decision"), lambda: api.growth(basis="decision")),
    (("quote",), lambda: api.quote()),
    (("quote", "--section", "sec", "--paragraph", "10"), lambda: api.quote("sec", paragraph=10)),
    (
        ("quote", "--section", "lead", "--match", "Kazakhstan"),
        lambda: api.quote("lead", match="Kazakhstan"),
    ),
    (
        ("quote", "--paragraph", "4", "--match", "vision", "--cite"),
        lambda: api.quote_citations(paragraph=4, match="vision"),
    ),
    (
        ("quote", "--article", str(TEXT), "--paragraph", "1"),
        lambda: api.quote(paragraph=1, article=TEXT),
    ),
    (("sections",), lambda: api.sections()),
    (("sections", "--article", str(OTHER)), lambda: api.sections(OTHER)),
    (("search", "railway"), lambda: api.search("railway")),
    (("search", "trade OR energy", "--limit", "3"), lambda: api.search("trade OR energy", limit=3)),
    (
        ("search", "rail*", "--section", "security", "--limit", "0"),
        lambda: api.search("rail*", section="security", limit=0),
    ),
    (
        ("search", "railway", "energy", "--any"),
        lambda: api.search("railway", "energy", any_word=True),
    ),
    (("search", "tianjin", "kazakhstan"), lambda: api.search("tianjin", "kazakhstan")),
    (("search", "--literal", "member states"), lambda: api.search("member states", literal=True)),
    (("search", "summit", "--article", str(TEXT)), lambda: api.search("summit", article=TEXT)),
    (("facts",), lambda: api.facts()),
    (("facts", "--cite"), lambda: api.citations()),
    (("get",), lambda: api.paths()),
    (("get", "summit.city"), lambda: api.get("summit.city")),
    (
        ("get", "summit.city", "summit.year", "roster.counts.member_states"),
        lambda: api.get("summit.city", "summit.year", "roster.counts.member_states"),
    ),
    (("get", "summit.city", "--evidence"), lambda: api.get("summit.city", evidence=True)),
    (("get", "summit", "--cite"), lambda: api.citations("summit")),
    (("timeline",), lambda: api.timeline()),
    (("timeline", "--from", "2024", "--to", "2025"), lambda: api.timeline("2024", "2025")),
    (("timeline", "--from", "2017-06", "--lang", "kk"), lambda: api.timeline("2017-06", lang="kk")),
    (("summits",), lambda: api.summits()),
    (("summits", "2019"), lambda: api.summits(2019)),
    (
        ("summits", "--city", "bishkek", "--lang", "zh"),
        lambda: api.summits(city="bishkek", lang="zh"),
    ),
    (("check",), lambda: api.check()),
    (("check", str(TEXT)), lambda: api.check(TEXT)),
    (
        ("check", str(TEXT), str(PAGE), "--as-of", "2019"),
        lambda: api.check(TEXT, PAGE, as_of="2019"),
    ),
    (("check", str(ARTICLES / "heldout5")), lambda: api.check(ARTICLES / "heldout5")),
    (
        ("check", str(ARTICLES / "heldout5"), "--summary"),
        lambda: api.check_summary(ARTICLES / "heldout5"),
    ),
    # 'today' and 'latest' read as the CLI reads them; an undated text judged as of today
    (("members", "--as-of", "today"), lambda: api.members("today")),
    (("check", str(TEXT), "--as-of", "latest"), lambda: api.check(TEXT, as_of="latest")),
    (("check", str(TEXT), "--as-of", "today"), lambda: api.check(TEXT, as_of="today")),
    (("check", str(UNDATED)), lambda: api.check(UNDATED)),
    (("verify",), lambda: api.verify()),
    (("cache",), lambda: api.cache()),
]


def _id(case: tuple[tuple[str, ...], Call]) -> str:
    return " ".join(Path(a).name if "/" in a else a for a in case[0])


@pytest.mark.parametrize(("args", "call"), CASES, ids=[_id(c) for c in CASES])
def test_the_api_answers_as_the_cli_prints(sco: Invoke, args: tuple[str, ...], call: Call) -> None:
    result = sco(*args, "--json")
    answer = call()
    assert answer.json() == result.stdout
    assert answer.exit_code == result.exit_code
    said = [line for line in result.stderr.splitlines() if line.startswith("Note: ")]
    assert said == ([f"Note: {answer.notice}"] if answer.notice else [])


def test_every_command_with_a_json_document_has_api_twins() -> None:
    tested = {args[0] for args, _ in CASES}
    assert tested == {command.name for command in REPORTING}
    for name in tested:  # several questions a command
        assert sum(args[0] == name for args, _ in CASES) >= 2 or name in {"verify", "cache"}


@pytest.mark.parametrize(
    ("args", "call", "kind"),
    [
        (("members", "--as-of", "1990"), lambda: api.members("1990"), NotFound),
        (("members", "--country", "atlantis"), lambda: api.history("atlantis"), UnknownName),
        (
            ("summits", "2020", "--city", "bishkek"),
            lambda: api.summits(2020, city="bishkek"),
            NotFound,
        ),
        (("quote", "--section", "nowhere"), lambda: api.quote("nowhere"), UnknownName),
        (("quote", "--paragraph", "999"), lambda: api.quote(paragraph=999), UnknownName),
        (("search", "raliway"), lambda: api.search("raliway"), NotFound),
        (("get", "summit.town"), lambda: api.get("summit.town"), UnknownName),
        (
            ("timeline", "--from", "1980", "--to", "1990"),
            lambda: api.timeline("1980", "1990"),
            NotFound,
        ),
        (("check", "/no/such/article.txt"), lambda: api.check("/no/such/article.txt"), ScoError),
    ],
    ids=lambda value: " ".join(value) if isinstance(value, tuple) else "",
)
def test_a_bad_question_raises_the_clis_error(
    sco: Invoke, args: tuple[str, ...], call: Call, kind: type[ScoError]
) -> None:
    result = sco(*args, "--json")
    with pytest.raises(kind) as raised:
        call()
    assert result.stderr == f"Error: {raised.value.message}\n"
    assert result.exit_code == raised.value.exit_code


@pytest.mark.parametrize(
    "call",
    [
        lambda: api.members("next tuesday"),
        lambda: api.members(basis="rumour"),
        lambda: api.counts(role="emperor"),
        lambda: api.history(),
        lambda: api.get(),
        lambda: api.search(),
        lambda: api.search("railway", limit=-1),
        lambda: api.quote(paragraph=0),
        lambda: api.quote(match="\udcff"),
        lambda: api.timeline("2025", "2024"),
        lambda: api.check(as_of="soon"),
        lambda: api.members(2025.5),  # type: ignore[arg-type]
        lambda: api.members(b"2025"),  # type: ignore[arg-type]
        lambda: api.check_text("The SCO has ten members.", as_of=["2025"]),  # type: ignore[arg-type]
        lambda: api.sections(max_size=-1),
    ],
)
def test_a_value_the_cli_would_refuse_is_a_usage_problem(call: Call) -> None:
    with pytest.raises(UsageProblem) as raised:
        call()
    assert raised.value.exit_code == ExitCode.USAGE
    assert "\n" not in raised.value.message


def test_check_text_is_check_of_the_same_text_in_a_file(tmp_path: Path) -> None:
    text = TEXT.read_text(encoding="utf-8")
    copy = tmp_path / "copy.txt"
    copy.write_text(text, encoding="utf-8")
    from_text = api.check_text(text, name=str(copy)).data()
    assert from_text == api.check(copy).data()
    assert from_text["counts"]["agrees"] > 0


def test_check_text_keeps_to_the_size_limit() -> None:
    with pytest.raises(api.DataError, match="too large"):
        api.check_text("The SCO has ten members. " * 100, max_size=1000)


def test_a_date_may_be_a_date() -> None:
    import datetime as dt

    assert api.members(dt.date(2017, 6, 9)).data() == api.members("2017-06-09").data()


def test_the_data_is_plain_json_even_when_the_document_is_built_as_it_is_read() -> None:
    answer = api.check(TEXT)
    assert isinstance(answer.data()["claims"], list)
    assert answer.data()["claims"] == list(answer.document["claims"])


# Unmeasured: coverage, when it follows subprocesses (the full run), imports sqlite3 itself.
UNMEASURED = {k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")}


def test_importing_the_api_imports_no_terminal_and_no_heavy_module() -> None:
    probe = "import sys; import sco_cli.api; print(','.join(sorted(m for m in sys.modules)))"
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=UNMEASURED
    )
    modules = set(proc.stdout.strip().split(","))
    roots = {name.split(".")[0] for name in modules}
    assert roots & {"click", "rich", "pydantic", "sqlite3", "babel", "mcp"} == set()
    assert "sco_cli.api" in modules  # the probe saw the import it measures


def test_an_answer_uses_no_terminal_either() -> None:
    probe = (
        "import sys; from sco_cli import api; api.members(); api.search('railway'); "
        "api.check(); print(','.join(sorted(m for m in sys.modules)))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=UNMEASURED
    )
    roots = {name.split(".")[0] for name in proc.stdout.strip().split(",")}
    assert roots & {"click", "rich", "mcp"} == set()
    assert "sco_cli" in roots


GUIDE = Path(__file__).resolve().parent.parent / "docs" / "api.md"


def test_the_guides_examples_run_and_print_what_it_shows() -> None:
    import doctest

    examples = doctest.DocTestParser().get_examples(GUIDE.read_text(encoding="utf-8"))
    assert len(examples) >= 30  # the guide has its examples, and this reads them
    failed, attempted = doctest.testfile(
        str(GUIDE), module_relative=False, optionflags=doctest.ELLIPSIS, report=True
    )
    assert attempted == len(examples)
    assert failed == 0


def test_the_modules_own_example_runs() -> None:
    import doctest

    failed, attempted = doctest.testmod(api)
    assert (failed, attempted) == (0, 2)
