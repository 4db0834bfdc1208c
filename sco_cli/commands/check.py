from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.completers import complete_files
from sco_cli.commandline.dates import today
from sco_cli.commandline.options import article_options, output_options
from sco_cli.reports import Report
from sco_cli.reports import check as check_report

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

    from sco_cli.claims.document import Document
    from sco_cli.dataset import Dataset


def _as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A day, a month or a year (meaning its last day), latest or today, read as
    `sco members --as-of` reads it (latest: the reference's end, known later)."""
    if value is None:
        return None
    from sco_cli.commandline.dates import AS_OF_HELP, typed_as_of

    try:
        return typed_as_of(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date: {AS_OF_HELP}", ctx=ctx, param=param
        ) from None


def _complete_as_of(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    from sco_cli.commandline.dates import LATEST, TODAY

    return [
        CompletionItem(LATEST, help="the last date the reference covers"),
        CompletionItem(TODAY, help="the day sco runs"),
    ]


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
    shell_complete=_complete_as_of,
    help="Judge every claim on this date (YYYY-MM-DD, YYYY-MM or YYYY: its last day; "
    "latest: the reference's end; today) instead of the article's own. An article "
    "without a date is judged as of today, and a note says so.",
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
@click.option(
    "--cite",
    is_flag=True,
    help="One line a verdict to paste: the claim, where it stands, the verdict, what "
    "the reference says and its sources (the record field citation).",
)
@click.option(
    "--review-url",
    metavar="URL",
    envvar="SCO_REVIEW_URL",
    help="ClaimReview: the fact-check page's URL on your site; {id} in it is each "
    "review's name (one page a review). Env: SCO_REVIEW_URL.",
)
@click.option(
    "--review-author",
    metavar="NAME",
    envvar="SCO_REVIEW_AUTHOR",
    help="ClaimReview: the fact-checking organisation (author and publisher). "
    "Env: SCO_REVIEW_AUTHOR.",
)
@click.option(
    "--review-author-url",
    metavar="URL",
    envvar="SCO_REVIEW_AUTHOR_URL",
    help="ClaimReview: the organisation's site. Env: SCO_REVIEW_AUTHOR_URL.",
)
@click.option(
    "--review-dir",
    metavar="DIR",
    help="Write each claim's ClaimReview to its own new file DIR/NAME.jsonld (never over "
    "a file: exit 2), and list them.",
)
@click.option(
    "--summary",
    is_flag=True,
    help="Count instead of list: claims and verdicts by year, outlet and kind, and the "
    "wrong claims most repeated, with how many articles made each and when (memory "
    "bounded by the groups, not the articles). Its records: one group a row (fields "
    "group, key, articles, with_claims, claims, agrees, contradicts, unverifiable, "
    "disputed, first, last, text).",
)
@click.option(
    "--jobs",
    "-j",
    metavar="N",
    type=click.IntRange(1, 1024),
    help="Check on N processes (default: the cores this process may use). Output "
    "keeps the input's order; the answer is the one --jobs 1 gives.",
)
@click.option(
    "--input-format",
    type=click.Choice(["auto", "jsonl", "csv", "tsv", "parquet", "warc", "article"]),
    default="auto",
    show_default=True,
    help="What the inputs are: auto tells an archive by its name (.jsonl, .ndjson, "
    ".csv, .tsv, .parquet, .warc, each maybe .gz); article: files, pages and folders.",
)
@click.option(
    "--text-field",
    metavar="NAME",
    help="An archive's field holding each record's text (default: text, content, "
    "body, maintext or article: the first present).",
)
@click.option(
    "--date-field",
    metavar="NAME",
    help="Its date field (default: date, published, published_at, publish_date, "
    "date_published, datePublished or pubdate); without one, the text dates it.",
)
@click.option(
    "--url-field", metavar="NAME", help="Its URL field (default: url, link, source_url or uri)."
)
@click.option(
    "--id-field",
    metavar="NAME",
    help="Its id field, which names its verdicts ARCHIVE#ID (default: id, _id, uuid, "
    "guid or doc_id; without one, ARCHIVE#N, its record or line number).",
)
@click.option(
    "--source-field",
    metavar="NAME",
    help="Its outlet's field, which --summary groups by (default: source, outlet, "
    "publisher, source_domain or site_name; without one, the URL's host).",
)
@article_options(article=False)
@output_options(
    *check_report.CHECK_FIELDS,
    extra_formats=("claimreview",),
    database="the articles, their claims, the verdicts and the reference",
    # a database holds the documents, which are then kept; ClaimReview is written whole
    passes=("export", "fields", "output_format"),
)
@pass_app
def check(
    app: App,
    *,
    inputs: tuple[str, ...],
    as_of: str | None,
    timeout: float,
    cite: bool,
    review_url: str | None,
    review_author: str | None,
    review_author_url: str | None,
    review_dir: str | None,
    summary: bool,
    jobs: int | None,
    input_format: str,
    text_field: str | None,
    date_field: str | None,
    url_field: str | None,
    id_field: str | None,
    source_field: str | None,
    export: str | None,
    fields: tuple[str, ...],
    output_format: str,
) -> Report:
    """Fact-check any article's SCO claims against the dated, sourced reference.

    \b
    Examples:
      sco check article.txt               a plain-text article, any layout
      sco check page.html https://...     saved pages and URLs (the article, not the menus)
      sco check articles/                 every .txt, .html and .htm file in a folder
      sco check news.jsonl.gz --jobs 2    an archive of records (JSON Lines, CSV, Parquet, WARC)
      curl -s URL | sco check -           standard input
      sco check                           the packaged article
      sco check --as-of 2025-08-30        judge on another date
      sco check --format csv              a spreadsheet: one flat row a claim
      sco check --cite                    one line a verdict, to paste
      sco check --format claimreview      schema.org ClaimReview JSON-LD
      sco check --json | jq '.claims[] | select(.verdict == "contradicts")'
      sco check --export checked.db       the claims and verdicts as a SQLite database
      sco check articles/ --summary       by year, outlet and kind; the most repeated wrong claims

    Finds counts ("10 member states", "the eight-member bloc"), statuses
    ("Belarus, an observer state"), joining ("India and Pakistan joined as
    full members in 2017"), founding and summits ("the 2019 summit in
    Bishkek"), and judges each on the article's date: agrees, contradicts
    or unverifiable, with the date ranges it holds, its basis (in force or
    by decision) and the reference rows with their sources.

    The date comes from a first line `date 2025-09-02`, a line `Date:
    2025-09-02` or `Published 2 September 2025` (with Updated: the later),
    a wire dateline `BEIJING, June 15, 2025 (Xinhua) --` (its year from
    the name or URL when it has none), a short line in the first lines
    holding `September 2, 2025`, or a page's metadata; their Russian and
    Chinese forms too (a TASS, RIA or Xinhua dateline, a published label,
    `16.09.2022`, `2022年9月16日`). An article without a date is judged as
    of today, with a note on stderr.

    --export FILE.db writes the articles' text, the claims, their verdicts
    and the reference rows behind each into a new database (never over a
    file: exit 2), with the summary's tables, and exits as the check does;
    with --summary, the summary's tables and the reference only.

    An archive's records are checked as articles, named ARCHIVE#ID; one that
    never names the SCO (in any of its names and languages) is skipped unread
    and counted; a bad record (not JSON, no text field) is named with its line
    or row, and the others are still checked (exit 3). docs/ARCHIVES.md.

    Exit codes: 0 no claim contradicts; 4 at least one does; 2 usage (and a
    Parquet or WARC file without the extra sco-cli[archive]); 3 an input or
    record cannot be read (missing, not text, too large, incomplete, a URL
    that fails or takes longer than --timeout, a bad record).
    """
    from sco_cli.api import jobs as run
    from sco_cli.archive.fields import Fields

    dataset = app.dataset
    database = _names_database(export)
    reviews = review_dir is not None or output_format.lower() == "claimreview"
    if cite and (database or reviews):
        raise click.UsageError(
            "--cite writes citation lines: give it without --format claimreview, "
            "--review-dir or --export FILE.db"
        )
    if reviews and (database or fields):
        raise click.UsageError("ClaimReview is written whole: give it without --fields or --export")
    if summary and (cite or reviews):
        raise click.UsageError(
            "--summary counts the claims: give it without --cite, --format claimreview "
            "or --review-dir"
        )
    # The database holds each article's text too: the documents are kept as they pass.
    kept: list[Document] = []
    if jobs is None:
        from sco_cli.archive.parallel import available_cores

        jobs = available_cores()
    report = run.check(
        app,
        inputs,
        as_of,
        timeout=timeout,
        kept=kept if database and not summary else None,
        undated=today(),
        # (a file written says nothing on stderr but its error, if any)
        explain_packaged=not export,
        summary=summary,
        jobs=jobs,
        fields=Fields.named(text_field, date_field, url_field, id_field, source_field),
        input_format=input_format,
        # JSON Lines of every field is written from the lines alone (output/formats.py)
        lines_only=output_format.lower() == "jsonl" and not (fields or cite or database),
    )
    if summary:
        return report._replace(database=_summary_writer(report, dataset)) if database else report
    if cite:
        from sco_cli.output.formats import narrow

        return narrow(report, ("citation",))
    if reviews:
        from sco_cli.claims.claimreview import Publishing
        from sco_cli.claims.review_files import claimreviews

        publishing = Publishing(
            review_url,
            review_author,
            review_author_url,
            today(),
            {} if inputs else _appearance(dataset),
        )
        return claimreviews(report, publishing, review_dir)
    if database:
        return report._replace(database=_database_writer(kept, report, dataset))
    return report


def _names_database(export: str | None) -> bool:
    """Whether --export names a database (FILE.db), which holds the documents."""
    from sco_cli.output.view_file import DATABASE_SUFFIXES

    return export is not None and export.lower().endswith(DATABASE_SUFFIXES)


def _database_writer(
    kept: list[Document], report: Report, dataset: Dataset
) -> Callable[[str], str]:
    """`--export FILE.db`: the database built from the check's own JSON document."""

    def write(target: str) -> str:
        from sco_cli.database.build import export_check

        return export_check(target, kept, report.document, reference=dataset)

    return write


def _summary_writer(report: Report, dataset: Dataset) -> Callable[[str], str]:
    """`--summary --export FILE.db`: the summary's tables and the reference, nothing per article."""

    def write(target: str) -> str:
        from sco_cli.database.build import export_summary

        return export_summary(target, report.document, reference=dataset)

    return write


def _appearance(dataset: Dataset) -> dict[str, tuple[str | None, str | None]]:
    """The packaged article's author and outlet, as its curated facts name them."""
    from sco_cli.dataset.query import value_of

    article = dataset.facts["article"]
    assert isinstance(article, dict)  # noqa: S101 - validated on load
    author = value_of(dataset.facts, "source.author")
    outlet = value_of(dataset.facts, "source.outlet")
    return {str(article["file"]): (_text(author), _text(outlet))}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
