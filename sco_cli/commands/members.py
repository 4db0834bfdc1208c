from __future__ import annotations

import click
from click.shell_completion import CompletionItem

from sco_cli.app import App, output_options, pass_app
from sco_cli.query import STATUSES, status_label
from sco_cli.reports import Report, roster

ROLES = tuple(status_label(s) for s in STATUSES)
ROLE_HELP = {
    "member": "member states",
    "observer": "observer states (until 2025-09-01)",
    "dialogue-partner": "dialogue partners (until 2025-09-01)",
    "partner": "SCO partners (from 2025-09-01)",
}


def complete_roles(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    return [CompletionItem(r, help=ROLE_HELP[r]) for r in ROLES if r.startswith(incomplete.lower())]


@click.command(
    epilog="""\b
Examples:
  sco members                          the roster, grouped by status
  sco members --role observer          observer states only
  sco members --role member --count    10
  sco members --count                  status<TAB>count for every status
  sco members --json | jq '.groups[].countries[].iso3'
"""
)
@click.option(
    "--role",
    "roles",
    multiple=True,
    type=click.Choice(ROLES, case_sensitive=False),
    shell_complete=complete_roles,
    help="Only this status; repeat for several.",
)
@click.option("--count", "count_only", is_flag=True, help="Print only the number(s).")
@output_options(*roster.MEMBERS_FIELDS)
@pass_app
def members(app: App, *, roles: tuple[str, ...], count_only: bool) -> Report:
    """The SCO's members, observers and dialogue partners at the article's time.

    The countries and their counts come from the reference roster (with its
    sources and as-of date); the article's own counts stand beside them, with
    a check mark where they agree. With --count and one --role, the number
    alone; otherwise status<TAB>count lines (fields: status, count).
    """
    statuses = [r.lower().replace("-", "_") for r in roles]
    return roster.members(app.dataset, statuses=statuses, count_only=count_only)
