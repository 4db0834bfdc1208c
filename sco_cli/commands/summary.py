from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import article_options, lang_option, output_options
from sco_cli.reports import Localizer, Report
from sco_cli.reports import summary as summary_report


@click.command()
@lang_option
@article_options()
@output_options(*summary_report.SUMMARY_FIELDS)
@pass_app
def summary(app: App, *, localize: Localizer) -> Report:
    """The article at a glance: the summit, membership, values, priorities, source.

    \b
    Examples:
      sco summary                  the dashboard
      sco summary --json | jq .facts
      sco summary --format plain   path<TAB>label<TAB>value, one fact a line
      sco summary --lang ru        the host country's name in Russian too

    Every value shown is a fact of the article; `sco facts` prints the quote
    behind each one. The counts are checked against the reference roster.
    With --article, an article with no facts file: its source line, its
    shape (sections, paragraphs, sentences, words) and its first sentence.
    """
    if app.own_article:
        return summary_report.article_summary(app.article)
    return summary_report.summary(app.dataset, localize=localize)
