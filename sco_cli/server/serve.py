"""`sco mcp`: the tools and resources of server/tools.py, served over standard
input and output with the MCP Python SDK (imported only here, only when
`sco mcp` runs). Each tool declares the outputSchema of the CLI document it
returns (made by pydantic from the same TypedDicts `sco schema` reads); the
SDK checks every structured answer against it before it leaves."""

from collections.abc import Callable
from typing import Annotated, Any, Literal

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.types import CallToolResult, InputRequiredResult, TextContent
from pydantic import Field, ValidationError

from sco_cli import __version__
from sco_cli.dataset.layout import EVENTS_FILE, MILESTONES_FILE, RULES_FILE, SUMMITS_FILE
from sco_cli.reports.check import CheckDoc
from sco_cli.reports.facts import FactsDoc
from sco_cli.reports.members import HistoryDoc, MembersDoc
from sco_cli.reports.quote import QuoteDoc
from sco_cli.reports.search import SearchDoc
from sco_cli.reports.summits import SummitsDoc
from sco_cli.schemas import as_pydantic
from sco_cli.server import tools
from sco_cli.server.tools import Told

INSTRUCTIONS = (
    "Facts about the Shanghai Cooperation Organisation (SCO), each with its evidence: "
    "the roster on any date and a country's history from a dated, sourced reference "
    "table; the summits; the facts of a packaged article (the 2025 Tianjin summit) "
    "with verbatim quotes; quote and search any article; and check any text, file or "
    "URL for SCO claims (agrees, contradicts, unverifiable). Cite the sources given."
)

DATE = "YYYY-MM-DD, YYYY-MM or YYYY (its last day)"

# The declared output of each tool: a CallToolResult whose structured content is this.
MembersOut = Annotated[CallToolResult, as_pydantic(MembersDoc)]
HistoryOut = Annotated[CallToolResult, as_pydantic(HistoryDoc)]
SummitsOut = Annotated[CallToolResult, as_pydantic(SummitsDoc)]
FactsOut = Annotated[CallToolResult, as_pydantic(FactsDoc)]
QuoteOut = Annotated[CallToolResult, as_pydantic(QuoteDoc)]
SearchOut = Annotated[CallToolResult, as_pydantic(SearchDoc)]
CheckOut = Annotated[CallToolResult, as_pydantic(CheckDoc)]

Role = Literal["member", "observer", "dialogue-partner", "partner"]
Article = Annotated[
    str | None,
    Field(
        description="Another article's file (plain text, the packaged one's layout); "
        "none: the packaged article"
    ),
]


def _answer(ask: Callable[[], Told]) -> CallToolResult:
    """The tool's answer; any error is a tool error with the CLI's one line (the SDK's
    own ToolError would put its words before it)."""
    try:
        told = ask()
    except Exception as error:
        line = TextContent(type="text", text=tools.failure(error))
        return CallToolResult(content=[line], is_error=True)
    return CallToolResult(
        content=[TextContent(type="text", text=told.text)], structured_content=told.document
    )


def members(
    as_of: Annotated[
        str | None,
        Field(
            description=f"The date: {DATE}, or 'latest' (the reference's end); "
            "none: the article's time, 2025-08-30"
        ),
    ] = None,
    basis: Annotated[
        Literal["in-force", "decision"],
        Field(description="Count the statuses in force on the date, or those decided by then"),
    ] = "in-force",
    role: Annotated[list[Role] | None, Field(description="Only these statuses")] = None,
) -> MembersOut:
    """The SCO's members, observers and partners on a date, from the dated reference
    roster: each country with its status, since when, the event and its source URL."""
    return _answer(lambda: tools.members(as_of, basis, role or ()))


def history(
    countries: Annotated[
        list[str],
        Field(
            min_length=1,
            description="Countries: a name in English, Chinese or Russian, another common "
            "name (Turkey, UAE), an ISO code or a unique prefix",
        ),
    ],
    as_of: Annotated[
        str | None, Field(description=f"End the histories on this date: {DATE}")
    ] = None,
) -> HistoryOut:
    """A country's SCO statuses through the years: each change with the date it was
    decided, the date it came into force, the event and the source of each."""
    return _answer(lambda: tools.history(countries, as_of))


def summits(
    year: Annotated[int | None, Field(description="The summit of this year")] = None,
    city: Annotated[str | None, Field(description="The summits held in this city")] = None,
) -> SummitsOut:
    """The meetings of the SCO Council of Heads of State, 2001 to 2025: ordinal, days,
    city, host country, format, and the source of each."""
    return _answer(lambda: tools.summits(year, city))


def facts(
    path: Annotated[
        str | None,
        Field(description="A fact's dotted path (summit.city) or a group (summit); none: all"),
    ] = None,
) -> FactsOut:
    """The packaged article's facts (the 2025 Tianjin summit), each with the verbatim
    quote behind it and where it stands (section, paragraph, sentence), and the
    reference's notes where it qualifies them."""
    return _answer(lambda: tools.facts(path))


def quote(
    section: Annotated[
        str | None, Field(description="A section's slug, keyword or unique prefix")
    ] = None,
    paragraph: Annotated[
        int | None, Field(ge=1, description="Paragraph N, numbered through the article")
    ] = None,
    match: Annotated[
        str | None, Field(description="Only the sentences that contain this text")
    ] = None,
    article: Article = None,
) -> QuoteOut:
    """The article verbatim: a section, a paragraph or the sentences that match, with
    the article's attribution."""
    return _answer(lambda: tools.quote(section, paragraph, match, article))


def search(
    query: Annotated[
        str,
        Field(
            min_length=1,
            description='Words (all must match; stemmed), "a phrase", OR, NOT, prefix*',
        ),
    ],
    literal: Annotated[bool, Field(description="Search the exact text instead")] = False,
    limit: Annotated[int, Field(ge=0, le=1000, description="At most N hits; 0 for all")] = 10,
    section: Annotated[str | None, Field(description="Only this section")] = None,
    article: Article = None,
) -> SearchOut:
    """Search the article's sentences, best match first: each hit with its section,
    paragraph, sentence and the [start, end) offsets of each match."""
    return _answer(lambda: tools.search(query, literal, limit, section, article))


def check(
    text: Annotated[
        str | None,
        Field(
            description="An article's text (plain or HTML); a first line ' date "
            "YYYY-MM-DD' dates it"
        ),
    ] = None,
    inputs: Annotated[
        list[str] | None,
        Field(description="Files, folders (.txt, .html) and http(s) URLs to read instead"),
    ] = None,
    as_of: Annotated[
        str | None, Field(description=f"Judge every claim on this date: {DATE}")
    ] = None,
) -> CheckOut:
    """Fact-check SCO claims (counts, statuses, joining, founding, summits) in a text,
    files or URLs (none: the packaged article) against the dated reference: each claim
    with its verdict, its place, the dates it held and the reference rows with sources."""
    return _answer(lambda: tools.check(text, inputs or (), as_of))


TOOLS: tuple[Callable[..., CallToolResult], ...] = (
    members,
    history,
    summits,
    facts,
    quote,
    search,
    check,
)
TABLES = (EVENTS_FILE, RULES_FILE, SUMMITS_FILE, MILESTONES_FILE)


class _Server(MCPServer[Any]):
    """The SDK's server, whose refusal of a tool's arguments is one line naming the
    argument and what it accepts (the SDK's own is pydantic's report, several lines
    and a link), and which refuses an argument the tool does not take."""

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Any = None
    ) -> CallToolResult | InputRequiredResult:
        listed = {tool.name: tool.input_schema for tool in await self.list_tools()}
        schema = listed.get(name)
        if schema is not None:
            unknown = tools.unknown_arguments(name, arguments, schema)
            if unknown is not None:
                return _refused(unknown)
        try:
            return await super().call_tool(name, arguments, context)
        except ToolError as error:
            if schema is None or not isinstance(error.__cause__, ValidationError):
                raise
            return _refused(tools.bad_arguments(name, error.__cause__.errors(), schema))


def _refused(line: str) -> CallToolResult:
    return CallToolResult(content=[TextContent(type="text", text=line)], is_error=True)


def build() -> MCPServer[Any]:
    server: MCPServer[Any] = _Server(
        "sco", instructions=INSTRUCTIONS, version=__version__, log_level="WARNING"
    )
    for tool in TOOLS:
        server.add_tool(tool, name=tool.__name__)
    server.resource(
        "sco://article",
        name="article",
        description="The packaged article (the 2025 Tianjin summit), verbatim",
        mime_type="text/plain",
    )(tools.packaged_article)
    for table in TABLES:
        server.resource(
            f"sco://{table}",
            name=table.rsplit("/", 1)[-1],
            description=f"The reference table {table}: dated rows, each with its source",
            mime_type="text/csv",
        )(_reader(table))
    return server


def _reader(table: str) -> Callable[[], str]:
    def read() -> str:
        return tools.reference_table(table)

    return read


def serve() -> None:
    build().run("stdio")
