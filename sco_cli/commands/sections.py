from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import article_options, output_options
from sco_cli.reports import Report
from sco_cli.reports import sections as sections_report


@click.command()
@article_options()
@output_options(*sections_report.SECTIONS_FIELDS)
@pass_app
def sections(app: App) -> Report:
    """The article's sections: slug, heading, paragraph numbers and keywords.

    \b
    Examples:
      sco sections                 slug, heading, paragraphs, keywords
      sco sections --format plain | cut -f1

    Any slug, keyword or unique prefix of one names a section for
    `sco quote --section`.
    """
    return sections_report.sections(app.article)
