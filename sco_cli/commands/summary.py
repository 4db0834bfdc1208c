from __future__ import annotations

import click

from sco_cli import reports
from sco_cli.app import App, output_options, pass_app


@click.command(
    epilog="""\b
Examples:
  sco summary                  the dashboard
  sco summary --json | jq .facts
  sco summary --format plain   path<TAB>label<TAB>value, one fact a line
"""
)
@output_options(*reports.SUMMARY_FIELDS)
@pass_app
def summary(app: App) -> reports.Report:
    """The article at a glance: the summit, membership, values, priorities, source.

    Every value shown is a fact of the article; `sco facts` prints the quote
    behind each one. The counts are checked against the reference roster.
    """
    return reports.summary(app.dataset)
