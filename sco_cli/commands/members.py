from __future__ import annotations

from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from click.shell_completion import CompletionItem

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import lang_option, output_options
from sco_cli.dataset.roster import BASES, STATUSES, status_label
from sco_cli.errors import UsageProblem
from sco_cli.reports import Localizer, Report
from sco_cli.reports import members as members_report

ROLES = tuple(status_label(s) for s in STATUSES)
ROLE_HELP = {
    "member": "member states",
    "observer": "observer states (until 2025-09-01)",
    "dialogue-partner": "dialogue partners (until 2025-09-01)",
    "partner": "SCO partners (from 2025-09-01)",
}


def parse_as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """An ISO date, a month or a year (meaning its last day), or 'latest'; as an ISO date."""
    if value is None:
        return None
    from sco_cli.commandline.dates import AS_OF_HELP, typed_as_of

    try:
        return typed_as_of(value)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not a date: {AS_OF_HELP}", ctx=ctx, param=param
        ) from None


def complete_as_of(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    from sco_cli.commandline.dates import LATEST, TODAY

    words = {LATEST: "the last date the reference covers", TODAY: "today"}
    return [CompletionItem(w, help=h) for w, h in words.items() if w.startswith(incomplete)]


def complete_roles(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    return [CompletionItem(r, help=ROLE_HELP[r]) for r in ROLES if r.startswith(incomplete.lower())]


def complete_countries(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    from click.shell_completion import CompletionItem

    from sco_cli.dataset import load_dataset
    from sco_cli.dataset.roster import fold_name

    # What --country takes by prefix: the name as typed on any keyboard (tu: Türkiye).
    wanted = fold_name(incomplete)
    countries = {e["country"]: e for e in load_dataset().events}
    return [
        CompletionItem(name, help=f"{e['iso2']} {e['iso3']}")
        for name, e in sorted(countries.items())
        if fold_name(name).startswith(wanted)
    ]


@click.command()
@click.option(
    "--role",
    "roles",
    multiple=True,
    type=click.Choice(ROLES, case_sensitive=False),
    shell_complete=complete_roles,
    help="Only this status; repeat for several.",
)
@click.option("--count", "count_only", is_flag=True, help="Print only the number(s).")
@click.option(
    "--as-of",
    metavar="DATE",
    callback=parse_as_of,
    shell_complete=complete_as_of,
    help="The roster on this date: YYYY-MM-DD, YYYY-MM or YYYY (its last day), today, or "
    "latest (the last date the reference covers). "
    "Default: the article's time, the eve of the summit.",
)
@click.option(
    "--basis",
    type=click.Choice([status_label(b) for b in BASES], case_sensitive=False),
    default=status_label(BASES[0]),
    show_default=True,
    help="Count the statuses in force on the date, or those decided by then "
    "(a dialogue partner's memorandum often came a year after the decision).",
)
@click.option(
    "--country",
    "countries",
    metavar="NAME",
    multiple=True,
    shell_complete=complete_countries,
    help="A country's history instead, both dates of each change: its name in English, "
    "Chinese or Russian (or the --lang), another common name (Turkey, UAE, Burma), an ISO "
    "code or a unique prefix; repeat for several. --as-of ends the histories on that date, "
    "--role keeps those statuses (fields: country, date, status, event, source, decided, "
    "in_force, source_in_force, and name_local with --lang).",
)
@click.option(
    "--history",
    "growth",
    is_flag=True,
    help="The counts by status at every date the roster changed, from 2001-06-15 to the "
    "reference's end (fields: date, event, member, observer, dialogue-partner, partner, total).",
)
@lang_option
@output_options(*members_report.ALL_FIELDS)
@pass_app
def members(
    app: App,
    *,
    roles: tuple[str, ...],
    count_only: bool,
    as_of: str | None,
    basis: str,
    countries: tuple[str, ...],
    growth: bool,
    localize: Localizer,
) -> Report:
    """The SCO's members, observers and partners on a date, from the reference roster.

    \b
    Examples:
      sco members                          the roster at the article's time
      sco members --role observer          observer states only
      sco members --role member --count    10
      sco members --count                  status<TAB>count for every status
      sco members --as-of 2017             the roster on 2017-12-31
      sco members --as-of latest           after the Tianjin summit's rule change
      sco members --as-of 2021 --basis decision
                                           counted by summit decision, in force or not
      sco members --country belarus        one country's history (also BY, BLR, bel)
      sco members --country Turkey         any name: Turkiye, TR, or in Chinese or Russian
      sco members --country india --country iran --as-of 2010
      sco members --history                how the SCO grew: counts at every change
      sco members --lang zh                country names in Chinese too
      sco members --json | jq '.groups[].countries[].iso3'

    The roster is computed from dated status events, each with its source. A
    status counts from the day it came into force (for a dialogue partner, the
    signing of its memorandum); the statuses decided but not yet in force are
    listed after the others (field pending: true). --basis decision counts
    them from the summit decision instead. On the article's date the
    article's own counts stand beside the roster's, with a check mark where
    they agree. With --count and one --role, the number alone; otherwise
    status<TAB>count lines (fields: status, count). A date before the SCO
    existed, or a --role that did not exist on the date, exits 1. Each
    country also carries the first status it held (first_status,
    first_since): a partner since 2025-09-01 was an observer or a dialogue
    partner before.
    """
    if growth:
        given = [
            name
            for name, value in (
                ("--country", countries),
                ("--as-of", as_of),
                ("--count", count_only),
                ("--role", roles),
            )
            if value
        ]
        if given:
            raise UsageProblem(f"--history shows every date and status; it cannot take {given[0]}")
        return members_report.growth(
            app.dataset, basis="decision" if basis.lower() == "decision" else "in_force"
        )
    statuses = [r.lower().replace("-", "_") for r in roles]
    if countries:
        if count_only:
            raise UsageProblem(
                "--count counts a roster and --country prints histories: give one of them"
            )
        return members_report.history(
            app.dataset, countries, as_of=as_of, statuses=statuses, localize=localize
        )
    return members_report.members(
        app.dataset,
        as_of=as_of,
        basis="decision" if basis.lower() == "decision" else "in_force",
        statuses=statuses,
        count_only=count_only,
        localize=localize,
    )
