from __future__ import annotations

import click

from sco_cli.app import App, pass_app
from sco_cli.commandline.completers import complete_files
from sco_cli.commandline.options import article_options


@click.command()
@click.argument("target", metavar="FILE.db", shell_complete=complete_files)
@article_options()
@pass_app
def export(app: App, *, target: str) -> None:
    """Write the article, its facts and the reference into a new SQLite database.

    \b
    Examples:
      sco export sco.db                    the packaged article, its facts, the reference
      datasette sco.db --metadata sco.metadata.json
      sqlite-utils search sco.db sentences railway
      sco export --article other.txt other.db

    Tables: articles, sections, paragraphs, sentences (with the full-text
    index sentences_fts), facts, evidence, notes, notes_sources,
    status_events, status_rules, summits, milestones, and the view roster.
    FILE.metadata.json beside it describes every table and column in
    Datasette's metadata format. An article of your own (--article) has no
    facts: its export holds its text and the reference. Neither file is ever
    overwritten: one that exists exits 2.
    """
    import hashlib
    from pathlib import Path

    from sco_cli.article.reading import DEFAULT_MAX_SIZE, decode_article, read_article_bytes
    from sco_cli.database.build import export_article

    limit = app.max_size if app.max_size is not None else DEFAULT_MAX_SIZE
    if app.article_path is None:  # the packaged article, its evidence located in it
        dataset = app.dataset
        article = dataset.article
        name = str(Path(dataset.data_dir) / "article" / dataset.facts["article"]["file"])
        raw = read_article_bytes(name, limit)
    else:
        from sco_cli.article.parse import parse_article

        raw = read_article_bytes(app.article_path, limit)
        article = parse_article(decode_article(raw), raw.article_id)
    metadata = export_article(
        target,
        article,
        file=raw.name,
        sha256=hashlib.sha256(raw.data).hexdigest(),
        reference=app.reference,
        with_facts=not app.own_article,
    )
    from sco_cli.output.view_file import said_written

    said_written(target, metadata)
