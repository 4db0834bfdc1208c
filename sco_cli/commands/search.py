from __future__ import annotations

import click

from sco_cli.api import jobs
from sco_cli.app import App, pass_app
from sco_cli.commandline.completers import complete_sections
from sco_cli.commandline.options import article_options, output_options
from sco_cli.reports import Report
from sco_cli.reports import search as search_report


@click.command()
@click.argument("words", nargs=-1, required=True, metavar="WORD...")
@click.option(
    "--literal",
    "-F",
    is_flag=True,
    help="Search the exact text (any case), with no query syntax: no stemming, "
    "no operators, no phrases; hits in the article's order.",
)
@click.option(
    "--any",
    "any_word",
    is_flag=True,
    help="Sentences with any of the words (OR), not every one (AND).",
)
@click.option(
    "--limit",
    type=click.IntRange(min=0, max=jobs.MAX_LIMIT),
    default=10,
    show_default=True,
    help="At most N hits; 0 for all. When hits are cut, stderr says how many there were.",
)
@click.option(
    "--section",
    "name",
    metavar="NAME",
    shell_complete=complete_sections,
    help="Search one section only (a slug, keyword or unique prefix).",
)
@article_options()
@output_options(*search_report.SEARCH_FIELDS)
@pass_app
def search(
    app: App,
    *,
    words: tuple[str, ...],
    literal: bool,
    any_word: bool,
    limit: int,
    name: str | None,
) -> Report:
    """Search the article's sentences, best match first.

    \b
    Examples:
      sco search railway                   finds "railway" (and "railways")
      sco search secure                    finds "security" too (stemming)
      sco search tianjin kazakhstan        sentences with both words
      sco search --any railway energy      sentences with either word
      sco search co-founder "Tianjin's"    the article's own words, as phrases
      sco search '"three forces"'          a phrase
      sco search 'trade OR energy' --limit 3
      sco search 'Kazakhstan NOT Tianjin'
      sco search 'rail*' --section security
      sco search --literal 'SCO partner'   the exact text, no query syntax (rg -F)
      sco search raliway                   no hit: exit 1, and "did you mean 'railway'?"

    Several words must all match (AND; stderr says when --any, OR, would
    find more); common words (and, the, of, ...) are left out unless quoted.
    Chinese, Japanese and Thai words are found inside the text around them. A word with a hyphen or an apostrophe
    is searched as the phrase it is. Ranked with SQLite FTS5's bm25. On a
    terminal the matches are highlighted; plain and JSON carry the sentence
    and the offsets of each match ([start, end) characters). A query FTS5
    cannot read exits 2; a query with no hit exits 1, as grep does.
    """
    return jobs.search(app, words, literal=literal, any_word=any_word, limit=limit, name=name)
