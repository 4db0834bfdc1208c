from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.completers import complete_sections
from sco_cli.options import output_options
from sco_cli.query import find_section
from sco_cli.reports import Report
from sco_cli.reports import search as search_report

MAX_LIMIT = 1_000_000_000  # more than any article has sentences; SQLite's own limit is 2**63


@click.command()
@click.argument("query")
@click.option(
    "--limit",
    type=click.IntRange(min=1, max=MAX_LIMIT),
    default=10,
    show_default=True,
    help="At most N hits.",
)
@click.option(
    "--section",
    "name",
    metavar="NAME",
    shell_complete=complete_sections,
    help="Search one section only (a slug, keyword or unique prefix).",
)
@output_options(*search_report.SEARCH_FIELDS)
@pass_app
def search(app: App, *, query: str, limit: int, name: str | None) -> Report:
    """Search the article's sentences, best match first.

    \b
    Examples:
      sco search railway                   finds "railway" (and "railways")
      sco search secure                    finds "security" too (stemming)
      sco search '"three forces"'          a phrase
      sco search 'trade OR energy' --limit 3
      sco search 'Kazakhstan NOT Tianjin'
      sco search 'rail*' --section security
      sco search raliway                   no hit: exit 1, and "did you mean 'railway'?"

    Ranked with SQLite FTS5's bm25. On a terminal the matches are
    highlighted; plain and JSON carry the sentence and the offsets of each
    match ([start, end) characters). A query FTS5 cannot read exits 2; a
    query with no hit exits 1, as grep does.
    """
    from sco_cli.search import search_article

    index = app.sentence_index()  # before the article: it reads both at once
    article = app.article
    section = find_section(article, name).slug if name is not None else None
    total, hits = search_article(article, query, limit=limit, section=section, index=index)
    return search_report.search(article.id, query, section, total, hits)
