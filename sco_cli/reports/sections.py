"""`sco sections`: the article's sections."""

from __future__ import annotations

from sco_cli.article import Article
from sco_cli.query import JSON, span
from sco_cli.reports import Report, versioned

SECTIONS_FIELDS = ("slug", "heading", "paragraphs", "keywords")


def sections(article: Article) -> Report:
    items: list[JSON] = [
        {
            "slug": s.slug,
            "heading": s.heading,
            "paragraphs": list(s.paragraph_numbers),
            "keywords": list(s.keywords),
        }
        for s in article.sections
    ]
    rows = [
        (i["slug"], i["heading"] or "", span(i["paragraphs"]), ",".join(i["keywords"]))
        for i in items
    ]
    document = versioned(article_id=article.id, sections=items)
    return Report(document, SECTIONS_FIELDS, rows, "sections")
