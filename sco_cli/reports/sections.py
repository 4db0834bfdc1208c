"""`sco sections`: the article's sections."""

from __future__ import annotations

from sco_cli.article import Article
from sco_cli.query import JSON
from sco_cli.reports import CommaList, NumberSpan, Report, versioned

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
        # Lists in every JSON format, '1-5' and 'a,b' in the text ones.
        (i["slug"], i["heading"], NumberSpan(i["paragraphs"]), CommaList(i["keywords"]))
        for i in items
    ]
    document = versioned(article_id=article.id, sections=items)
    return Report(document, SECTIONS_FIELDS, rows, "sections")
