from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import output_options
from sco_cli.reports import Report
from sco_cli.reports import facts as facts_report


@click.command()
@click.option(
    "--cite",
    is_flag=True,
    help="A citation ready to paste for each evidence quote: the quote, outlet, author, date, "
    "section, paragraph, sentence, and the sources of the fact's notes.",
)
@output_options(*facts_report.FACTS_FIELDS)
@pass_app
def facts(app: App, *, cite: bool) -> Report:
    """Every fact of the article, with the verbatim quote that backs it.

    \b
    Examples:
      sco facts                    every fact, its value and its evidence
      sco facts --json | jq '.facts[] | select(.path == "summit.city")'
      sco facts --format plain     path, value, section, paragraph, sentence, quote
      sco facts --cite             each quote as a citation ready to paste

    Where each quote stands (section, paragraph, sentence) is computed from
    the article's text when the data is loaded; a quote that is not in the
    article stops the load (exit 3).
    """
    if cite:
        return facts_report.facts_citations(app.dataset)
    return facts_report.facts(app.dataset)
