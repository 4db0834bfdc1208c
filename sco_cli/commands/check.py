from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.completers import complete_files
from sco_cli.commandline.options import article_options, output_options
from sco_cli.reports import Report
from sco_cli.reports import check as check_report

if TYPE_CHECKING:
    from sco_cli.claims.document import Document
    from sco_cli.dataset import Dataset


def _as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A day, a month or a year (meaning its last day), read as `sco members --as-of` reads it."""
    if value is None:
        return None
    from sco_cli.commandline.dates import DATE_HELP, typed_date

    try:
        return typed_date(value, last=True)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date: {DATE_HELP}", ctx=ctx, param=param
        ) from None


def _seconds(ctx: click.Context, param: click.Parameter, value: float) -> float:
    """More than 0 and at most an hour (never NaN, which compares as nothing)."""
    if not 0 < value <= 3600:
        raise click.BadParameter(
            f"{value!r}: the seconds must be more than 0 and at most 3600", ctx=ctx, param=param
        )
    return value


@click.command()
@click.argument("inputs", metavar="[PATH|URL|-]...", nargs=-1, shell_complete=complete_files)
@click.option(
    "--as-of",
    metavar="DATE",
    callback=_as_of,
    help="Judge every claim on this date (YYYY-MM-DD, YYYY-MM or YYYY: its last day; today) "
    "instead of the article's own.",
)
@click.option(
    "--timeout",
    metavar="SECONDS",
    type=float,
    callback=_seconds,
    default=10.0,
    show_default=True,
    help="The most a URL may take, whole: connecting, redirects and every byte of the answer.",
)
@article_options(article=False)
@output_options(
    *check_report.CHECK_FIELDS,
    extra_formats=("claimreview",),
    database="the articles, their claims, the verdicts and the reference",
)
@pass_app
def check(app: App, *, inputs: tuple[str, ...], as_of: str | None, timeout: float) -> Report:
    """Fact-check any article's SCO claims against the dated, sourced reference.

    \b
    Examples:
      sco check article.txt               a plain-text article, any layout
      sco check page.html https://...     saved pages and URLs (the article, not the menus)
      sco check articles/                 every .txt, .html and .htm file in a folder
      curl -s URL | sco check -           standard input
      sco check                           the packaged article
      sco check --as-of 2025-08-30        judge on another date
      sco check --format claimreview      schema.org ClaimReview JSON-LD
      sco check --json | jq '.claims[] | select(.verdict == "contradicts")'
      sco check --export checked.db       the claims and verdicts as a SQLite database

    Finds counts ("10 member states", "the eight-member bloc"), statuses
    ("Belarus, an observer state"), joining ("India and Pakistan joined as
    full members in 2017"), founding and summits ("the 2019 summit in
    Bishkek"), and judges each on the article's date (from a ` date
    YYYY-MM-DD` line or the page's metadata): agrees, contradicts or
    unverifiable, with the date ranges it holds, its basis (in force or by
    decision) and the reference rows with their sources.

    --export FILE.db writes the articles' text, the claims, their verdicts
    and the reference rows behind each into a new database (never over a
    file: exit 2), and exits as the check does.

    Exit codes: 0 no claim contradicts; 4 at least one does; 2 usage; 3 an
    input cannot be read (missing, not text, too large, incomplete, a URL
    that fails or takes longer than --timeout).
    """
    from sco_cli.api import jobs

    if not _database_export():
        return jobs.check(app, inputs, as_of, timeout=timeout)
    # The database holds each article's text too: the documents are kept as they pass.
    kept: list[Document] = []
    report = jobs.check(app, inputs, as_of, timeout=timeout, kept=kept)
    return report._replace(database=_database_writer(kept, report, app.dataset))


def _database_export() -> bool:
    """Whether --export names a database (FILE.db), which holds the documents."""
    from sco_cli.output.view_file import DATABASE_SUFFIXES

    target = click.get_current_context().params.get("export")
    return isinstance(target, str) and target.lower().endswith(DATABASE_SUFFIXES)


def _database_writer(
    kept: list[Document], report: Report, dataset: Dataset
) -> Callable[[str], str]:
    """`--export FILE.db`: the database built from the check's own JSON document."""

    def write(target: str) -> str:
        from sco_cli.database.build import export_check

        return export_check(target, kept, report.document, reference=dataset)

    return write
