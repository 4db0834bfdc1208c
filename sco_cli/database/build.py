"""`sco export FILE.db`: the article, its facts and the reference in one database;
`sco check --export FILE.db`: the checked articles, the reference, the claims and verdicts.

Tables: articles, sections, paragraphs, sentences (with sentences_fts, the
full-text index sqlite-utils and Datasette find), facts, evidence, notes,
notes_sources (the packaged article only: an article of the user's has no
facts), status_events, status_rules, summits, milestones, and the view
roster. A check's database has no facts: it has the checked articles' text
(as check read it), the reference and the roster, and claims, verdicts and
verdict_references (sco_cli.database.claims), and the summary's tables
(summary_years, summary_outlets, summary_kinds, repeated_claims:
sco_cli.database.corpus); `sco check --summary`'s has only the summary's and
the reference. FILE.metadata.json describes them for Datasette.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import PurePath, PurePosixPath
from typing import TYPE_CHECKING, Any

from sco_cli.database.article import ArticleRows, RowIds
from sco_cli.database.corpus import summary_parts
from sco_cli.database.facts import fact_parts
from sco_cli.database.reference import ROSTER_COLUMNS, ROSTER_VIEW, reference_parts
from sco_cli.database.tables import Part, Row, Table
from sco_cli.database.write import About, FullText, View, write_database
from sco_cli.dataset.query import value_of

if TYPE_CHECKING:
    from sco_cli.article.parse import Article
    from sco_cli.claims.document import Document
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


def export_check(
    target: str,
    documents: Sequence[Document],
    checked: Mapping[str, Any],
    *,
    reference: Dataset,
) -> str:
    """Write `sco check`'s database: each checked article's text (as check read it),
    the reference, and the claims with their verdicts, from `checked`, the
    check's JSON document. Return the metadata file's name."""
    from sco_cli.database.claims import ReferenceIds, claim_parts

    ids = RowIds()
    names = _article_ids([d.name for d in documents])
    # One part a table, the rows of every article in it (each extends it: linear).
    tables: dict[str, tuple[Table, list[Row]]] = {}
    sentence_ids: dict[tuple[str, int, int], int] = {}
    for document, article_id in zip(documents, names, strict=True):
        rows = ArticleRows(
            _as_article(document, article_id), document.name, None, url=document.url, ids=ids
        )
        for part in rows.parts():
            tables.setdefault(part.table.name, (part.table, []))[1].extend(part.rows)
        sentence_ids.update({(article_id, *key): n for key, n in rows.sentence_ids.items()})
    parts = [Part(table, rows) for table, rows in tables.values()]
    parts += reference_parts(reference)
    # Each article's claims come together, as many as the article's line counts.
    of_claims = [
        n for a, n in zip(checked["articles"], names, strict=True) for _ in range(a["claims"])
    ]
    parts += claim_parts(checked["claims"], of_claims, sentence_ids, ReferenceIds(reference))
    parts += summary_parts(_summary_of(documents, checked))
    return write_database(
        target,
        parts,
        about=_check_about(checked),
        full_text=[FullText("sentences", "text")],
        views=[ROSTER],
    )


def _summary_of(documents: Sequence[Document], checked: Mapping[str, Any]) -> Mapping[str, Any]:
    """The check's summary (`sco check --summary --json`), from its own records."""
    from sco_cli.reports.corpus import of_records

    corpus = of_records(checked["articles"], checked["claims"], [d.source for d in documents])
    return corpus.document(checked["reference"]["as_of"], checked["as_of"], len(checked["unread"]))


def export_summary(target: str, summary: Mapping[str, Any], *, reference: Dataset) -> str:
    """Write `sco check --summary`'s database: the summary's tables (one row a group:
    nothing an article) and the reference. Return the metadata file's name."""
    articles, counts = summary["articles"], summary["counts"]
    which = "one article" if articles == 1 else f"{articles:,} articles"
    about = About(
        f"sco check --summary: the SCO claims of {which}, counted",
        f"The claims sco check found about the Shanghai Cooperation Organisation in {which} "
        f"({counts['agrees']} agree, {counts['contradicts']} contradict, "
        f"{counts['unverifiable']} unverifiable), counted by year of publication, by outlet "
        "and by kind, and the wrong claims grouped by what they claim, beside sco's dated, "
        "sourced reference tables of the SCO's members, partners, summits and milestones.",
        "sco check --summary; reference: sco's data files (each row names its sources)",
    )
    parts = [*summary_parts(summary), *reference_parts(reference)]
    return write_database(target, parts, about=about, views=[ROSTER])


def _article_ids(names: Sequence[str], taken: set[str] | None = None) -> list[str]:
    """An id for each checked article: its file name without the extension (for
    a URL, the last part of its path, else its host), made unique with -2, -3..."""
    ids: list[str] = []
    taken = set() if taken is None else taken  # (a test passes one that counts)
    last: dict[str, int] = {}  # base -> the last number tried for it: linear in all
    for name in names:
        base = _stem(name) or "article"
        unique, n = base, last.get(base, 1)
        while unique in taken:
            n += 1
            unique = f"{base}-{n}"
        last[base] = n
        taken.add(unique)
        ids.append(unique)
    return ids


def _stem(name: str) -> str:
    from urllib.parse import urlsplit

    if name.lower().startswith(("http://", "https://")):
        url = urlsplit(name)
        last = url.path.rstrip("/").rpartition("/")[2]
        return PurePosixPath(last).stem if last else url.hostname or ""
    return PurePath(name).stem


def _as_article(document: Document, article_id: str) -> Article:
    """The document as check read it, as one untitled section (check reads no
    headings): its paragraphs and sentences numbered as its claims number them."""
    from sco_cli.article.parse import LEAD_SLUG, Article, Paragraph, Section

    grouped: dict[int, list[str]] = {}
    for sentence in document.sentences:
        grouped.setdefault(sentence.paragraph, []).append(sentence.text)
    paragraphs = tuple(
        Paragraph(number, LEAD_SLUG, " ".join(texts), tuple(texts))
        for number, texts in grouped.items()
    )
    sections = (Section(LEAD_SLUG, None, (), paragraphs),) if paragraphs else ()
    return Article(
        id=article_id,
        date=document.date,
        credit=None,
        sections=sections,
        author=None,
        closing=(),
        by_number={p.number: p for p in paragraphs},
    )


def _check_about(checked: Mapping[str, Any]) -> About:
    articles = checked["articles"]
    counts = checked["counts"]
    which = "one article" if len(articles) == 1 else f"{len(articles)} articles"
    return About(
        f"sco check: the SCO claims of {which}, and their verdicts",
        f"Every claim sco check found about the Shanghai Cooperation Organisation in {which} "
        f"({counts['agrees']} agree, {counts['contradicts']} contradict, "
        f"{counts['unverifiable']} unverifiable), each judged against sco's dated, sourced "
        "reference tables of its members, partners, summits and milestones, which are here "
        "too; and the articles' text as sco check read it, split into searchable sentences.",
        "; ".join(a["article"] for a in articles[:5])
        + ("; ..." if len(articles) > 5 else "")
        + "; reference: sco's data files (each row names its sources)",
    )
