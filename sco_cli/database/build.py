"""`sco export FILE.db`: the article, its facts and the reference in one database.

Tables: articles, sections, paragraphs, sentences (with sentences_fts, the
full-text index sqlite-utils and Datasette find), facts, evidence, notes,
notes_sources (the packaged article only: an article of the user's has no
facts), status_events, status_rules, summits, milestones, and the view
roster. FILE.metadata.json describes them for Datasette.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sco_cli.database.article import ArticleRows
from sco_cli.database.export import About, FullText, View, write_database
from sco_cli.database.facts import fact_parts
from sco_cli.database.reference import ROSTER_COLUMNS, ROSTER_VIEW, reference_parts
from sco_cli.query import value_of

if TYPE_CHECKING:
    from sco_cli.article import Article
    from sco_cli.dataset import Dataset

ROSTER = View(
    "roster",
    "Roster",
    "Each country's SCO status on each date the roster changed, on both bases: in force, "
    "and by decision (what `sco members --as-of DATE` shows, with --basis decision for the latter).",
    ROSTER_VIEW,
    ROSTER_COLUMNS,
    "computed from status_events and status_rules",
)


def export_article(
    target: str,
    article: Article,
    *,
    file: str,
    sha256: str,
    reference: Dataset,
    with_facts: bool,
) -> str:
    """Write the database and its metadata file (whose name it returns)."""
    rows = ArticleRows(article, file, sha256)
    parts = rows.parts()
    if with_facts:
        parts += fact_parts(reference, rows.sentence_ids)
    parts += reference_parts(reference)
    return write_database(
        target,
        parts,
        about=_about(article, reference if with_facts else None, file),
        full_text=[FullText("sentences", "text")],
        views=[ROSTER],
    )


def _about(article: Article, dataset: Dataset | None, file: str) -> About:
    name = article.headline or article.id
    if dataset is None:
        return About(
            f"{name}: the article, and the SCO reference tables",
            f"The article {file}, parsed by sco into sections, paragraphs and searchable "
            "sentences, beside sco's reference tables of the SCO's members, partners, "
            "summits and milestones.",
            f"{file}; reference: sco's data files (each row names its sources)",
        )
    outlet = value_of(dataset.facts, "source.outlet")
    agency = value_of(dataset.facts, "source.reporting_agency")
    return About(
        "The 2025 SCO summit in Tianjin: one article, its facts and the reference",
        "A news article on the 2025 Shanghai Cooperation Organisation summit in Tianjin, "
        "split into searchable sentences; its facts, each backed by a verbatim quote; the "
        "fact-check notes; and dated reference tables of the SCO's members, partners, "
        "summits and milestones, kept apart from the article.",
        f"{outlet} (reporting {agency}), article {article.id}; facts and reference: sco",
    )
