"""Property-based tests: random command lines, and the parser on arbitrary text."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import click
from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from sco_cli.article.parse import normalize_space, parse_article
from sco_cli.cli import cli
from sco_cli.errors import ArticleParseError
from sco_cli.registry import COMMANDS

DOCUMENTED_EXIT_CODES = {0, 1, 2, 3, 4, 130}
ARTICLES = Path(__file__).resolve().parent / "articles"

# Real values for each kind of option, to be mixed with arbitrary text.
VALUES = {
    "section": ["security", "lead", "unity", "sec", "p", "a-global-platform-in-a-connected-world"],
    "date": ["2004", "2017-12-31", "latest", "2001-06-14", "2030", "2025-13-01"],
    "country": ["Belarus", "BY", "blr", "k", "Türkiye", "中国"],
    "lang": ["ru", "zh", "kk", "xx", "ZH-tw"],
    "format": ["auto", "rich", "plain", "json", "jsonl", "csv", "tsv", "markdown", "xml"],
    "fields": ["country,iso3", "path,value", "nope", "status,count", ","],
    "path": ["summit.city", "three_forces", "roster.counts", "summit.cty", ""],
    "query": [
        "railway",
        '"three forces"',
        "rail*",
        "*",
        "AND",
        '"open',
        "raliway",
        "Kazakhstan NOT Tianjin",
    ],
    "number": ["1", "10", "0", "-3", "99", "x"],
    "seconds": ["0.5", "10", "0", "-1", "1e400", "nan", "inf", "x"],
    "city": ["bishkek", "Astana", "s", "st petersburg", "Paris", ""],
    "role": ["member", "observer", "dialogue-partner", "partner", "friend"],
    "shell": ["bash", "zsh", "fish", "tcsh"],
    "color": ["auto", "always", "never", "sometimes"],
    "theme": ["auto", "light", "dark", "DARK"],
    "basis": ["in-force", "decision", "IN-FORCE", "later"],
    "publisher": ["https://fc.example/{id}", "Example Fact Check", "", "https://fc.example/"],
    "jobs": ["1", "2", "0", "-1", "x"],
    "input_format": ["auto", "jsonl", "csv", "parquet", "warc", "article", "xml"],
    "field": ["text", "body", "date", "", "nope"],
    "articles": [
        str(ARTICLES / "2019-bishkek-summit.html"),
        str(ARTICLES / "undated-opinion.txt"),
        str(ARTICLES / "heldout"),
        "-",
        "missing.txt",
    ],
}
# The kind of value each option or argument takes; the commands and their options
# come from the registry and the click commands themselves.
KINDS = {
    "--lang": "lang",
    "--role": "role",
    "--as-of": "date",
    "--country": "country",
    "--section": "section",
    "--paragraph": "number",
    "--match": "query",
    "--limit": "number",
    "--from": "date",
    "--to": "date",
    "--year": "number",
    "--city": "city",
    "--format": "format",
    "--color": "color",
    "--theme": "theme",
    "--fields": "fields",
    "--basis": "basis",
    "--timeout": "seconds",
    "--review-url": "publisher",
    "--review-author": "publisher",
    "--review-author-url": "publisher",
    "--jobs": "jobs",
    "--input-format": "input_format",
    "--text-field": "field",
    "--date-field": "field",
    "--url-field": "field",
    "--id-field": "field",
    "--source-field": "field",
    "year_argument": "number",
    "period": "date",
    "paths": "path",
    "query": "query",
    "words": "query",
    "command": "path",
    "shell": "shell",
    "inputs": "articles",
}
# Options that name files: random text there would read or write the file system.
FILES = {"--export", "--article", "--max-size", "--review-dir"}


def _options(name: str) -> tuple[list[tuple[str, str | None]], str | None]:
    """A command's options (with the kind of value each takes) and its argument's kind."""
    command = cli.get_command(click.Context(cli), name)
    assert command is not None
    options: list[tuple[str, str | None]] = []
    argument = None
    for param in command.params:
        if isinstance(param, click.Argument):
            argument = KINDS[param.name or ""]
        elif isinstance(param, click.Option) and not FILES & set(param.opts):
            flag = max(param.opts, key=len)
            options.append((flag, None if param.is_flag else KINDS[flag]))
    return options, argument


# A command whose argument names a file to write (`sco export FILE.db`): random
# names would write the file system. tests/cli/test_export_db.py covers it.
WRITERS = {"export"}
# A command that serves a protocol on stdin (`sco mcp`): tests/test_mcp.py drives it.
SERVERS = {"mcp"}
OPTIONS = {
    command.name: _options(command.name)
    for command in COMMANDS
    if command.name not in WRITERS | SERVERS
}


@st.composite
def command_lines(draw: st.DrawFn) -> list[str]:
    command = draw(st.sampled_from(sorted(OPTIONS)))
    argv = [command]
    options, argument = OPTIONS[command]
    if argument is not None:
        argv.append(draw(st.sampled_from(VALUES[argument]) | st.text(max_size=12)))
    for option, kind in draw(st.lists(st.sampled_from(options), max_size=4)) if options else ():
        argv.append(option)
        if kind is not None:
            argv.append(draw(st.sampled_from(VALUES[kind]) | st.text(max_size=12)))
    if draw(st.booleans()):
        argv.insert(draw(st.integers(0, len(argv))), draw(st.text(max_size=10)))
    return argv


@settings(
    max_examples=int(os.environ.get("SCO_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(argv=command_lines())
@example(argv=["--help", "sections", "--json"])  # found by hypothesis: the help, exit 0
def test_any_command_line_ends_with_a_documented_code(argv: list[str]) -> None:
    result = CliRunner().invoke(cli, argv, catch_exceptions=False)
    assert result.exit_code in DOCUMENTED_EXIT_CODES, (argv, result.stderr)
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    if result.exit_code == 4:  # `sco check`: a claim contradicts; a verdict, not an error
        assert result.stdout, argv
    elif result.exit_code != 0:
        assert result.stderr.startswith("Error: "), (argv, result.stderr)
        assert result.stderr.count("\n") == 1, (argv, result.stderr)
    elif wants_json(argv):
        json.loads(result.stdout)


def wants_json(argv: list[str]) -> bool:
    """--json, or the last --format given is json (the last one wins in click);
    not with --help or -h anywhere (as an option, it prints the help instead)."""
    if "--help" in argv or "-h" in argv:
        return False
    formats = [argv[i + 1] for i, arg in enumerate(argv[:-1]) if arg == "--format"]
    return "--json" in argv or (bool(formats) and formats[-1].lower() == "json")


LINES = st.sampled_from(
    [
        "date 2025-09-09 Images | Xinhua",
        "A HEADING",
        "SCO 2025",
        "Author: Someone",
        "Author:",
        "Mr. Smith went to Tianjin. He stayed.",
        "“Quoted.” Then — dashes.",
        "ШОС И КАЗАХСТАН",
        "",
        "   ",
        "\t",
    ]
)


@settings(max_examples=400, deadline=None)
@given(lines=st.lists(LINES | st.text(max_size=40), max_size=25), crlf=st.booleans())
# found by hypothesis: a Chinese full stop ends a sentence with no space after it
@example(lines=["\u30020"], crlf=False)
def test_the_parser_keeps_every_character_once(lines: list[str], crlf: bool) -> None:
    text = ("\r\n" if crlf else "\n").join(lines)
    try:
        article = parse_article(text, "random")
    except ArticleParseError:
        assert "\x00" in text  # the one input it refuses
        return
    paragraphs = list(article.paragraphs)
    assert [p.number for p in paragraphs] == list(range(1, len(paragraphs) + 1))
    for paragraph in paragraphs:
        assert paragraph.text
        # the sentences, in order, are the paragraph with only white space between
        # them (none after a Chinese full stop): each found where the last one ended
        at = 0
        for sentence in paragraph.sentences:
            found = paragraph.text.index(sentence, at)
            assert not paragraph.text[at:found].strip()
            at = found + len(sentence)
        assert not paragraph.text[at:].strip()
    # Every visible character of the input lands in exactly one part of the article.
    parts = [article.metadata_line, article.headline, article.author_line, *article.closing]
    parts += [s.heading for s in article.sections] + [p.text for p in paragraphs]
    kept = "".join(re.sub(r"\s", "", normalize_space(part or "")) for part in parts)
    given_text = re.sub(r"\s", "", text.removeprefix("\ufeff"))
    assert sorted(kept) == sorted(given_text)
    assert len(kept) == len(given_text)


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_the_parser_raises_only_its_own_error(text: str) -> None:
    # Anything else it raises fails this test; its own error only for binary input.
    try:
        article = parse_article(text, "random")
    except ArticleParseError:
        assert "\x00" in text
    else:
        assert article.sections
