"""`sco quote`: the article verbatim."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any, Literal, NotRequired, TypedDict

from sco_cli.article.model import Article, Section
from sco_cli.dataset.query import matching_sentences
from sco_cli.errors import NotFound
from sco_cli.reports import SCHEMA_VERSION, Report, SourceLine, Versioned
from sco_cli.reports.cite import CitationsDoc

QUOTE_FIELDS = ("section", "paragraph", "text", "source")


class QuotedParagraph(TypedDict):
    number: int
    text: str
    matches: NotRequired[Annotated[list[str], "With --match: the matching sentences"]]


class QuotedSection(TypedDict):
    slug: str
    heading: str | None
    paragraphs: list[QuotedParagraph]


class QuoteDoc(Versioned):
    document: Literal["quote"]
    article_id: str
    attribution: SourceLine
    match: str | None
    sections: list[QuotedSection]


def quote(
    article: Article,
    chosen: Sequence[Section],
    *,
    attribution: SourceLine,
    paragraph: int | None = None,
    match: str | None = None,
) -> Report:
    out_sections: list[QuotedSection] = []
    rows: list[tuple[Any, ...]] = []
    credit = credit_line(attribution)
    for section in chosen:
        paragraphs: list[QuotedParagraph] = []
        for p in section.paragraphs:
            if paragraph is not None and p.number != paragraph:
                continue
            item: QuotedParagraph = {"number": p.number, "text": p.text}
            if match is not None:
                matches = list(matching_sentences(p, match))
                if not matches:
                    continue
                item["matches"] = matches
                rows += [(section.slug, p.number, s, credit) for s in matches]
            else:
                rows.append((section.slug, p.number, p.text, credit))
            paragraphs.append(item)
        if paragraphs or (paragraph is None and match is None):
            out_sections.append(
                {"slug": section.slug, "heading": section.heading, "paragraphs": paragraphs}
            )
    if match is not None and not rows:
        where = f" in section {chosen[0].slug!r}" if len(chosen) == 1 else ""
        where = f" in paragraph {paragraph}" if paragraph is not None else where
        raise NotFound(f"no sentence contains {match!r}{where}")
    document: QuoteDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "quote",
        "article_id": article.id,
        "attribution": attribution,
        "match": match,
        "sections": out_sections,
    }
    return Report(document, QUOTE_FIELDS, rows, "quote")


def credit_line(attribution: SourceLine) -> str:
    """The attribution on one line: 'Kazakhstan Today, reporting Xinhua; by ...; dated ...'."""
    outlet = attribution.get("outlet")
    if outlet and attribution.get("reporting_agency"):
        outlet = f"{outlet}, reporting {attribution['reporting_agency']}"
    parts = [
        outlet,
        attribution.get("author") and f"by {attribution['author']}",
        attribution.get("date") and f"dated {attribution['date']}",
        f"article {attribution['article_id']}",
    ]
    return "; ".join(p for p in parts if p)


def quote_citations(article: Article, report: Report, attribution: SourceLine) -> Report:
    """--cite: each quoted paragraph, or each matching sentence, as a citation."""
    from sco_cli.reports import cite

    headings = {s.slug: s.heading for s in article.sections}
    citations = []
    for section in report.document["sections"]:
        for p in section["paragraphs"]:
            sentences = article.by_number[p["number"]].sentences
            quoted: list[tuple[str, int | None]] = [(p["text"], None)]
            if "matches" in p:
                quoted = [(s, sentences.index(s) + 1) for s in p["matches"]]
            for words, number in quoted:
                citations.append(
                    cite.citation(
                        attribution,
                        words,
                        section=section["slug"],
                        heading=headings[section["slug"]],
                        paragraph=p["number"],
                        sentence=number,
                    )
                )
    return cite.report(article.id, citations)


# `sco quote --json` is the quote; with --cite, the citations (reports/cite.py).
QuoteOutput = QuoteDoc | CitationsDoc
