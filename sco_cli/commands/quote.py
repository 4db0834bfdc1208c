from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.completers import complete_paragraphs, complete_sections
from sco_cli.commandline.options import article_options, output_options, valid_text
from sco_cli.reports import Report
from sco_cli.reports import quote as quote_report


@click.command()
@click.option(
    "--section",
    "name",
    metavar="NAME",
    shell_complete=complete_sections,
    help="A section's slug, keyword or unique prefix, in any case (see `sco sections`).",
)
@click.option(
    "--paragraph",
    type=click.IntRange(min=1),
    shell_complete=complete_paragraphs,
    help="Only paragraph N (numbered through the article).",
)
@click.option(
    "--match",
    metavar="TEXT",
    callback=valid_text,
    help="Only the sentences that contain TEXT (any case).",
)
@click.option(
    "--cite",
    is_flag=True,
    help="A citation ready to paste for each paragraph (or matching sentence): the quote, "
    "outlet, author, date, section, paragraph and sentence.",
)
@article_options()
@output_options(*quote_report.QUOTE_FIELDS)
@pass_app
def quote(
    app: App, *, name: str | None, paragraph: int | None, match: str | None, cite: bool
) -> Report:
    """Quote the article verbatim: a section, a paragraph, or matching sentences.

    \b
    Examples:
      sco quote --section security             the section, verbatim
      sco quote --section sec --paragraph 10   one paragraph of it
      sco quote --section lead --match Kazakhstan
      sco quote --paragraph 6                  a paragraph, wherever it stands
      sco quote                                the whole article
      sco quote --paragraph 4 --match vision --cite   a citation ready to paste

    Prints the heading, the paragraph numbers and the attribution (plain:
    a `source` field on each line). A section name that is unknown or
    ambiguous, or a paragraph that is not there, exits 2; --match with no
    sentence exits 1.
    """
    from sco_cli.api import jobs

    return jobs.quote(app, name, paragraph=paragraph, match=match, cite=cite)
