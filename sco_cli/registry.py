"""Every command of sco, in one place: its name, its help line, its JSON document, its views.

The help listing (`sco --help`), `sco schema`'s choices, the view that draws a
report, shell completion and the tests' lists of commands all come from here.
A command named N lives in sco_cli.commands.N (the click command N), builds its
answer in sco_cli.reports.N (which declares its JSON document) and is drawn by
sco_cli.views.N. See
docs/ARCHITECTURE.md, "To add a command".
"""

from __future__ import annotations

from typing import NamedTuple


class Command(NamedTuple):
    name: str
    help: str  # the one line `sco --help` shows: the first line of the command's docstring
    document: str | None  # its JSON document's type, in sco_cli.reports.<name> (None: no JSON)
    views: tuple[str, ...] = ()  # the rich views it draws: functions of sco_cli.views.<name>


COMMANDS = (
    Command(
        "summary",
        "The article at a glance: the summit, membership, values, priorities, source.",
        "SummaryOutput",
        ("summary", "article_summary"),
    ),
    Command(
        "members",
        "The SCO's members, observers and partners on a date, from the reference roster.",
        "MembersOutput",
        ("members", "history", "counts", "growth"),
    ),
    Command(
        "quote",
        "Quote the article verbatim: a section, a paragraph, or matching sentences.",
        "QuoteOutput",
        ("quote", "citations"),  # citations: --cite on quote, facts and get
    ),
    Command(
        "sections",
        "The article's sections: slug, heading, paragraph numbers and keywords.",
        "SectionsDoc",
        ("sections",),
    ),
    Command(
        "search", "Search the article's sentences, best match first.", "SearchDoc", ("search",)
    ),
    Command(
        "facts",
        "Every fact of the article, with the verbatim quote that backs it.",
        "FactsOutput",
        ("facts",),
    ),
    Command(
        "get",
        "Print facts by their dotted path, for scripts: one answer a line.",
        "GetOutput",
        ("get", "paths"),
    ),
    Command(
        "timeline",
        "The SCO through the years: milestones, status changes, and the article's mentions.",
        "TimelineDoc",
        ("timeline",),
    ),
    Command(
        "summits",
        "Every meeting of the SCO Council of Heads of State, each with its source.",
        "SummitsDoc",
        ("summits",),
    ),
    Command(
        "check",
        "Fact-check any article's SCO claims against the dated, sourced reference.",
        "CheckOutput",
        ("check", "corpus"),  # corpus: --summary
    ),
    Command(
        "verify",
        "Check everything the data claims, and say so fact by fact.",
        "VerifyDoc",
        ("verify", "verify_all"),
    ),
    Command(
        "export", "Write the article, its facts and the reference into a new SQLite database.", None
    ),
    Command(
        "cache",
        "Show sco's cache directory (the validated data, article indexes); --clear empties it.",
        "CacheDoc",
        ("cache",),
    ),
    Command("schema", "Print the JSON Schema of a command's JSON output (draft 2020-12).", None),
    Command("completion", "Print the shell completion script for SHELL.", None),
    Command("mcp", "Serve sco to AI agents: an MCP server on standard input and output.", None),
)

# The commands that read an article (--article PATH, SCO_ARTICLE), and those that take
# --max-size (check reads its own inputs); the help and the errors name them from here,
# and a test holds them to each command's options.
READS_ARTICLE = ("summary", "quote", "sections", "search", "export")
TAKES_MAX_SIZE = (*READS_ARTICLE, "check")


def listed(names: tuple[str, ...]) -> str:
    """'a, b and c'."""
    return f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else names[0]


# What any command prints with --fields: its records, drawn as one table.
RECORDS = Command("records", "", "RecordsDoc", ("records",))

BY_NAME = {command.name: command for command in COMMANDS}
# The commands that print a Report (and take the output options).
REPORTING = tuple(command for command in COMMANDS if command.document is not None)
# `sco schema`'s choices: every JSON document, by the command that prints it.
DOCUMENTS = {
    command.name: command.document for command in (*REPORTING, RECORDS) if command.document
}
# Which command's views module draws each view (Report.view).
VIEW_MODULES = {view: command.name for command in REPORTING for view in command.views}
