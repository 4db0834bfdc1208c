from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.errors import UsageProblem
from sco_cli.options import lang_option, output_options
from sco_cli.reports import Report
from sco_cli.reports import timeline as timeline_report
from sco_cli.reports.members import Localizer


@click.command()
@click.option("--from", "start", type=int, metavar="YEAR", help="Only from this year on.")
@click.option("--to", "end", type=int, metavar="YEAR", help="Only up to this year.")
@lang_option
@output_options(*timeline_report.TIMELINE_FIELDS)
@pass_app
def timeline(app: App, *, start: int | None, end: int | None, localize: Localizer) -> Report:
    """The SCO through the years: milestones, status changes, and the article's mentions.

    \b
    Examples:
      sco timeline                          from the Shanghai Five to 2035
      sco timeline --from 2024 --to 2025    the Astana and Tianjin summits
      sco timeline --json | jq '.entries[] | select(.source == "article")'
      sco timeline --format csv > timeline.csv
      sco timeline --lang ru                country names in Russian

    Every entry says where it comes from: `reference` (with its sources) or
    `article` (with the quote). The article's dates are as it gives them: a
    year, or its source line's date.
    """
    if start is not None and end is not None and start > end:
        raise UsageProblem(f"--from {start} is after --to {end}")
    return timeline_report.timeline(app.dataset, start=start, end=end, localize=localize)
