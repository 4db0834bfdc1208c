from __future__ import annotations

import click

from sco_cli.errors import UsageProblem

INSTALL = "pip install 'sco-cli[mcp]'"


@click.command()
def mcp() -> None:
    """Serve sco to AI agents: an MCP server on standard input and output.

    \b
    Examples:
      sco mcp                      the server, for an MCP client to start
      npx @modelcontextprotocol/inspector sco mcp    try it by hand

    Tools: members (the roster on a date), history (a country's statuses),
    summits, facts (the article's, with their quotes), quote, search, check
    (any text, file or URL). Each answers the CLI's JSON document for the same
    question as its structured content (its outputSchema is the one `sco
    schema` prints), with a short text answer that carries the evidence: the
    quote and its place, the reference row with its date and source, the
    verdict with its span and sources. Resources: the packaged article
    (sco://article) and the reference tables (sco://reference/...). An error
    is a tool error with the CLI's one-line message. Standard output carries
    only the protocol.

    Needs the MCP extra: pip install 'sco-cli[mcp]' (without it, exit 2).
    """
    try:
        import mcp.server.mcpserver  # noqa: F401 - the SDK this server is written for (2.x)
    except ImportError:
        raise UsageProblem(f"sco mcp needs the MCP Python SDK: {INSTALL}") from None
    from sco_cli.server.serve import serve

    serve()
