"""`sco quote`: the article verbatim."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sco_cli.article import Article, Section
from sco_cli.query import JSON, matching_sentences
from sco_cli.reports import Report, versioned

QUOTE_FIELDS = ("section", "paragraph", "text")


def quote(
    article: Article,
    chosen: Sequence[Section],
    *,
    attribution: JSON,
    paragraph: int | None = None,
    match: str | None = None,
) -> Report:
    out_sections = []
    rows: list[tuple[Any, ...]] = []
    for section in chosen:
        paragraphs = []
        for p in section.paragraphs:
            if paragraph is not None and p.number != paragraph:
                continue
            item: JSON = {"number": p.number, "text": p.text}
            if match is not None:
                item["matches"] = list(matching_sentences(p, match))
                if not item["matches"]:
                    continue
                rows += [(section.slug, p.number, s) for s in item["matches"]]
            else:
                rows.append((section.slug, p.number, p.text))
            paragraphs.append(item)
        if paragraphs or (paragraph is None and match is None):
            out_sections.append(
                {"slug": section.slug, "heading": section.heading, "paragraphs": paragraphs}
            )
    document = versioned(
        article_id=article.id, attribution=attribution, match=match, sections=out_sections
    )
    return Report(document, QUOTE_FIELDS, rows, "quote")
