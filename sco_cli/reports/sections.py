"""`sco sections`: the article's sections."""

from __future__ import annotations

from typing import Literal, TypedDict

from sco_cli.article.model import Article
from sco_cli.reports import SCHEMA_VERSION, CommaList, NumberSpan, Report, Versioned

SECTIONS_FIELDS = ("slug", "heading", "paragraphs", "keywords")


class SectionInfo(TypedDict):
    slug: str
    heading: str | None
    paragraphs: list[int]
    keywords: list[str]


class SectionsDoc(Versioned):
    document: Literal["sections"]
    article_id: str
    sections: list[SectionInfo]


def sections(article: Article) -> Report:
    items: list[SectionInfo] = [
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
    document: SectionsDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "sections",
        "article_id": article.id,
        "sections": items,
    }
    return Report(document, SECTIONS_FIELDS, rows, "sections")
