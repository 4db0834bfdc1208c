"""`--cite` on `quote`, `facts` and `get`: a citation ready to paste, and its parts.

A citation names the quote, the outlet, the author, the date, where the quote
stands (section, paragraph, sentence) and the sources of any fact-check note.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal, TypedDict, cast

from sco_cli.dataset.query import JSON
from sco_cli.reports import SCHEMA_VERSION, Listed, Report, SourceList, Versioned


class Citation(TypedDict):
    """One citation ready to paste, and its parts (a record of `--cite`)."""

    citation: Annotated[str, "The line to paste"]
    quote: str
    outlet: str | None
    author: str | None
    date: str | None
    section: str | None
    paragraph: int | None
    sentence: int | None
    note_sources: Annotated[list[str], "The sources of the fact's notes"]


class CitationsDoc(Versioned):
    """`--cite --json` on quote, facts and get."""

    document: Literal["citations"]
    article_id: str
    citations: list[Citation]


CITE_FIELDS = (
    "citation",
    "quote",
    "outlet",
    "author",
    "date",
    "section",
    "paragraph",
    "sentence",
    "note_sources",
)


def citation(
    source: Mapping[str, Any],
    quote: str,
    *,
    section: str | None,
    heading: str | None = None,
    paragraph: int | None = None,
    sentence: int | None = None,
    notes: Sequence[Mapping[str, Any]] = (),
) -> JSON:
    """One citation: its parts, and `citation`, the line a reader pastes."""
    note_sources = list(dict.fromkeys(s for n in notes for s in n.get("sources", [])))
    outlet = source.get("outlet")
    if outlet and source.get("reporting_agency"):
        outlet = f"{outlet}, reporting {source['reporting_agency']}"
    place = [
        f"section “{heading}”" if heading else f"section {section}" if section else None,
        f"paragraph {paragraph}" if paragraph else None,
        f"sentence {sentence}" if sentence else None,
    ]
    parts = [source.get("author"), outlet, source.get("date") and f"dated {source['date']}"]
    parts += [*place, f"article {source['article_id']}"]
    text = f"“{quote}” ({'; '.join(p for p in parts if p)})"
    if note_sources:
        text += f" Fact-check sources: {', '.join(note_sources)}"
    return {
        "citation": text,
        "quote": quote,
        "outlet": source.get("outlet"),
        "author": source.get("author"),
        "date": source.get("date"),
        "section": section,
        "paragraph": paragraph,
        "sentence": sentence,
        "note_sources": note_sources,
    }


def report(article_id: str, citations: list[JSON]) -> Report:
    """The citations as records (one a line in plain: the citation alone)."""
    rows = [
        tuple(SourceList(c[f]) if f == "note_sources" else c[f] for f in CITE_FIELDS)
        for c in citations
    ]
    plain = "".join(c["citation"] + "\n" for c in citations)
    document: CitationsDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "citations",
        "article_id": article_id,
        "citations": cast(list[Citation], citations),
    }
    return Report(document, CITE_FIELDS, rows, "citations", plain=plain)


def note_line(note: Mapping[str, Any]) -> str:
    """A fact-check note on one line, with its sources: nothing a reader needs is dropped."""
    sources = note.get("sources") or []
    return f"{note['verdict']}: {note['text']}" + (
        f" (sources: {', '.join(sources)})" if sources else ""
    )


class NoteList(Listed):
    """Fact-check notes: objects in JSON, 'verdict: text (sources: ...)' in text."""

    def text(self) -> str:
        return "; ".join(note_line(n) for n in self)
