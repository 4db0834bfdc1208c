from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.options import output_options
from sco_cli.reports import Report
from sco_cli.reports import cache as cache_report


@click.command()
@click.option("--clear", is_flag=True, help="Remove every file sco made in its cache directory.")
@output_options(*cache_report.CACHE_FIELDS)
@pass_app
def cache(app: App, *, clear: bool) -> Report:
    """Show sco's cache directory (the validated data, article indexes); --clear empties it.

    \b
    Examples:
      sco cache                    each file, its size, when it was last used
      sco cache --clear            remove them (only files sco made)
      sco cache --json | jq .total_bytes

    The directory is $XDG_CACHE_HOME/sco (else ~/.cache/sco). It holds at
    most SCO_CACHE_MAX_SIZE (default 1G); the least recently used files go
    first. sco lists and removes only the file names it makes there, and
    uses the directory only when it is yours and no one else can write it.
    """
    from sco_cli.api import jobs

    return jobs.cache(clear=clear)
