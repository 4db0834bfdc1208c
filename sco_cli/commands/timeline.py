from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import lang_option, output_options
from sco_cli.errors import UsageProblem
from sco_cli.reports import Localizer, Report
from sco_cli.reports import timeline as timeline_report


def _date_bound(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """--from: the first day of a year or month; --to: its last day; or a full date."""
    if value is None:
        return None
    from sco_cli.commandline.dates import DATE_HELP, parse_date
    from sco_cli.commandline.numbers import ascii_digits

    try:
        return parse_date(ascii_digits(value), last=param.name == "end")
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date: {DATE_HELP}", ctx=ctx, param=param
        ) from None


@click.command()
@click.option(
    "--from",
    "start",
    metavar="DATE",
    callback=_date_bound,
    help="Only from this date on: YYYY-MM-DD, YYYY-MM or YYYY (its first day).",
)
@click.option(
    "--to",
    "end",
    metavar="DATE",
    callback=_date_bound,
    help="Only up to this date: YYYY-MM-DD, YYYY-MM or YYYY (its last day).",
)
@lang_option
@output_options(*timeline_report.TIMELINE_FIELDS)
@pass_app
def timeline(app: App, *, start: str | None, end: str | None, localize: Localizer) -> Report:
    """The SCO through the years: milestones, status changes, and the article's mentions.

    \b
    Examples:
      sco timeline                          from the Shanghai Five to 2035
      sco timeline --from 2024 --to 2025    the Astana and Tianjin summits
      sco timeline --from 2025-08-31        from the summit's first day on
      sco timeline --json | jq '.entries[] | select(.source == "article")'
      sco timeline --format csv > timeline.csv
      sco timeline --lang ru                country names in Russian

    Every entry says where it comes from: `reference` (with its sources) or
    `article` (with the quote). The article's dates are as it gives them: a
    year, or its source line's date; a year-only entry falls in a range that
    overlaps its year. A range with no entry exits 1 and says what the
    timeline covers.
    """
    if start is not None and end is not None and start > end:
        raise UsageProblem(f"--from {start} is after --to {end}")
    return timeline_report.timeline(app.dataset, start=start, end=end, localize=localize)
