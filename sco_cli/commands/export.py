from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.options import complete_files


@click.command()
@click.argument("target", metavar="FILE.db", shell_complete=complete_files)
@pass_app
def export(app: App, *, target: str) -> None:
    """Write the article, its facts and the reference into a new SQLite database.

    \b
    Examples:
      sco export sco.db                    the packaged article, its facts, the reference
      datasette sco.db --metadata sco.metadata.json
      sqlite-utils search sco.db sentences railway
      sco --article other.txt export other.db

    Tables: articles, sections, paragraphs, sentences (with the full-text
    index sentences_fts), facts, evidence, notes, notes_sources,
    status_events, status_rules, summits, milestones, and the view roster.
    FILE.metadata.json beside it describes every table and column in
    Datasette's metadata format. An article of your own (--article) has no
    facts: its export holds its text and the reference. Neither file is ever
    overwritten: one that exists exits 2.
    """
    from sco_cli.database.build import export_article

    source = app.article_source()
    metadata = export_article(
        target,
        source.article,
        file=source.file,
        sha256=source.sha256,
        reference=app.reference,
        with_facts=not app.own_article,
    )
    click.echo(f"wrote {target} and {metadata}", err=True)
