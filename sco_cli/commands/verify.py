from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import output_options
from sco_cli.reports import Report
from sco_cli.reports import verify as verify_report


@click.command()
@click.option(
    "--verbose",
    "-v",
    is_flag=True,
    help="On a terminal, list every check, not only failures and notes.",
)
@output_options(*verify_report.VERIFY_FIELDS)
@pass_app
def verify(app: App, *, verbose: bool) -> Report:
    """Check everything the data claims, and say so fact by fact.

    \b
    Examples:
      sco verify                          the verdict, failures and notes
      sco verify --verbose                every check, fact by fact
      sco verify --json | jq .counts      {"pass": ..., "fail": 0, "note": 5}
      sco verify --format plain | grep -w fail

    Every evidence quote is found verbatim in the article; every count the
    article gives equals the reference roster's on the article's date; every
    ISO code is real (pycountry); every reference row and every fact-check
    note names a source. Notes are reported, not failures. Exits 0 only when
    every check holds, 3 otherwise.
    """
    from sco_cli.dataset.checks import verify as run_checks

    app.require_facts()
    return verify_report.verify(run_checks(), every=verbose)
