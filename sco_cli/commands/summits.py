from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import lang_option, output_options
from sco_cli.errors import UsageProblem
from sco_cli.reports import Localizer, Report
from sco_cli.reports import summits as summits_report


def complete_cities(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    from sco_cli.commandline.completers import shown_item
    from sco_cli.dataset import load_dataset

    years: dict[str, list[str]] = {}
    for summit in load_dataset().summits:
        years.setdefault(summit["city"], []).append(summit["start"][:4])
    return [
        shown_item(city, ", ".join(held))
        for city, held in sorted(years.items())
        if city.casefold().startswith(incomplete.casefold())
    ]


def typed_year(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    """A year in digits of any script; a month or a day names the year it meant."""
    if value is None:
        return None
    from sco_cli.commandline.dates import typed_year

    try:
        return typed_year(value)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx=ctx, param=param) from None


@click.command()
@click.argument("year_argument", metavar="[YEAR]", required=False, callback=typed_year)
@click.option(
    "--year", metavar="YEAR", callback=typed_year, help="The summit of this year (as YEAR)."
)
@click.option(
    "--city",
    metavar="NAME",
    shell_complete=complete_cities,
    help="The summits held in this city: any case, a unique prefix, or another common "
    "spelling (St Petersburg, Nur-Sultan).",
)
@lang_option
@output_options(*summits_report.SUMMIT_FIELDS)
@pass_app
def summits(
    app: App,
    *,
    year_argument: int | None,
    year: int | None,
    city: str | None,
    localize: Localizer,
) -> Report:
    """Every meeting of the SCO Council of Heads of State, each with its source.

    \b
    Examples:
      sco summits                          all of them, 2001 to 2025
      sco summits 2019                     where and when the 2019 summit was
      sco summits --city bishkek           which summits Bishkek held
      sco summits --city tianjin --fields ordinal,start,end,format
      sco summits --lang zh                host countries and dates in Chinese
      sco summits --json | jq -r '.summits[] | select(.format != "in-person") | .city'

    Each summit has its ordinal (Tianjin 2025 was the 25th), its days, its
    city and host country, its format (in-person, virtual or hybrid) and the
    source that gives them. A year without a summit (or a city's summits
    without one that year) exits 1; a city no summit met in, or an ambiguous
    prefix, exits 2.
    """
    if year_argument is not None and year is not None and year_argument != year:
        raise UsageProblem(f"two different years: {year_argument} and --year {year}")
    return summits_report.summits(
        app.dataset,
        year=year if year is not None else year_argument,
        city=city,
        localize=localize,
    )
