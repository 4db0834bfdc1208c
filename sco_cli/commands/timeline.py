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
    from sco_cli.commandline.dates import DATE_HELP, typed_date

    try:
        return typed_date(value, last=param.name == "end")
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date: {DATE_HELP}", ctx=ctx, param=param
        ) from None


def _period(
    ctx: click.Context, param: click.Parameter, value: str | None
) -> tuple[str, str] | None:
    """PERIOD: a year, a month or a day (all of it), or FROM..TO (or YYYY-YYYY);
    as (first day, last day), '' where open."""
    if value is None:
        return None
    import re

    from sco_cli.commandline.dates import typed_date
    from sco_cli.commandline.numbers import ascii_digits

    text = ascii_digits(value.strip())
    years = re.fullmatch(r"(\d{4})\s*[-\u2013]\s*(\d{4})", text)  # 2017-2019, or with an en dash
    if years:
        first, last = years.group(1), years.group(2)
    elif ".." in text:  # 2017.., ..2019 and 2017..2019
        first, _, last = text.partition("..")
    else:
        first = last = text
    try:
        start = typed_date(first, last=False) if first else None
        end = typed_date(last, last=True) if last else None
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a period: use a year (2017), a month (2017-06), a day, "
            "or FROM..TO (2017..2019, 2017-2019)",
            ctx=ctx,
            param=param,
        ) from None
    return (start or "", end or "")


@click.command()
@click.argument("period", metavar="[PERIOD]", required=False, callback=_period)
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
def timeline(
    app: App,
    *,
    period: tuple[str, str] | None,
    start: str | None,
    end: str | None,
    localize: Localizer,
) -> Report:
    """The SCO through the years: milestones, status changes, and the article's mentions.

    \b
    Examples:
      sco timeline                          from the Shanghai Five to 2035
      sco timeline 2017                     who joined in 2017, and what else happened
      sco timeline 2024..2025               the Astana and Tianjin summits (also 2024-2025)
      sco timeline --from 2024 --to 2025    the same, with options
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
    if period is not None:
        if start is not None or end is not None:
            raise UsageProblem("give a PERIOD or --from/--to, not both")
        start, end = period[0] or None, period[1] or None
    if start is not None and end is not None and start > end:
        raise UsageProblem(f"--from {start} is after --to {end}")
    return timeline_report.timeline(app.dataset, start=start, end=end, localize=localize)
