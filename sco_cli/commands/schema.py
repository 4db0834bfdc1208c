from __future__ import annotations

import click

from sco_cli.output.cells import json_text
from sco_cli.registry import DOCUMENTS


@click.command()
@click.argument("command", metavar="[COMMAND]", required=False, type=click.Choice(list(DOCUMENTS)))
def schema(*, command: str | None) -> None:
    """Print the JSON Schema of a command's JSON output (draft 2020-12).

    \b
    Examples:
      sco schema members               the JSON Schema of `sco members --json`
      sco schema records               what any command prints with --fields and --json
      sco schema                       every command's schema, by command

    COMMAND is any command that prints JSON, or records (what --fields
    prints); `sco schema nothing` lists them.

    The schemas come from the same pydantic models the test suite checks
    every command's output against. Within a major version keys are only
    added, never renamed or removed; `schema_version` says which contract a
    document follows.
    """
    from sco_cli.schemas import json_schema

    if command is not None:
        document = json_schema(command)
    else:
        document = {name: json_schema(name) for name in DOCUMENTS}
    click.echo(json_text(document), nl=False)
