from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import output_options
from sco_cli.errors import UsageProblem
from sco_cli.reports import Report
from sco_cli.reports import get as get_report


def complete_paths(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    from sco_cli.commandline.completers import shown_item
    from sco_cli.dataset import load_dataset
    from sco_cli.dataset.paths import PathTree

    return [
        shown_item(info.path, info.description)
        for info in PathTree(load_dataset()).index().values()
        if info.path.startswith(incomplete)
    ]


@click.command()
@click.argument("paths", nargs=-1, metavar="[PATH]...", shell_complete=complete_paths)
@click.option(
    "--evidence",
    is_flag=True,
    help="After each value, the quote and where it stands (implied by --fields that name "
    "quote, section, paragraph or sentence).",
)
@click.option(
    "--cite",
    is_flag=True,
    help="A citation ready to paste for each quote behind the PATHs (facts of the article).",
)
@output_options(
    *dict.fromkeys(get_report.GET_FIELDS + get_report.PATHS_FIELDS),
    passes=("fields",),  # an evidence field asks for the evidence
)
@pass_app
def get(
    app: App,
    *,
    paths: tuple[str, ...],
    evidence: bool,
    cite: bool,
    fields: tuple[str, ...],
) -> Report:
    """Print facts by their dotted path, for scripts: one answer a line.

    \b
    Examples:
      sco get summit.city                          Tianjin
      sco get membership.member_states             10 (the article's count)
      sco get roster.counts.member_states          10 (the reference roster's)
      sco get shanghai_spirit.values               one value a line
      sco get summit.city summit.year --json       {"summit.city": "Tianjin", ...}
      sco get summit.city --evidence               the value, then the quote behind it
      sco get summit.city --cite                   the quote as a citation ready to paste
      sco get                                      every path, its type and source

    A scalar prints bare; a list prints one item a line (as one JSON line
    when several paths are asked for); an object prints as JSON. With no
    PATH, lists every path with its type, its source (article or reference)
    and what it is (fields: path, type, source, description). A path that
    does not exist exits 2 and names the closest ones.
    """
    if not paths:
        if cite or evidence:
            raise UsageProblem("--cite and --evidence need a PATH (list them all with: sco get)")
        return get_report.path_list(app.dataset)
    if cite:
        return get_report.get_citations(app.dataset, paths)
    evidence = evidence or bool(set(fields) & set(get_report.GET_FIELDS[3:]))
    return get_report.get(app.dataset, paths, evidence=evidence)
