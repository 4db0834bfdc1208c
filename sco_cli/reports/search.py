"""`sco search`: ranked sentences, with where each match stands in its sentence."""

from __future__ import annotations

from typing import Annotated, Literal, TypedDict

from sco_cli.article.search import MAX_MATCHES, Hit, Spans
from sco_cli.reports import SCHEMA_VERSION, Report, Versioned

SEARCH_FIELDS = ("rank", "section", "paragraph", "sentence", "text", "matches")


class SearchHit(TypedDict):
    rank: int
    score: Annotated[float, "bm25: lower is a better match"]
    section: str
    paragraph: int
    sentence: Annotated[int, "The sentence's number within its paragraph"]
    text: str
    matches: Annotated[
        Spans,
        "[start, end) character offsets in text (Python str indices); "
        "at most the first 10,000 in one sentence",
    ]


class SearchDoc(Versioned):
    document: Literal["search"]
    article_id: str
    query: str
    section: str | None
    total: Annotated[int, "Sentences that match, before --limit"]
    hits: list[SearchHit]


def search(
    article_id: str,
    query: str,
    section: str | None,
    total: int,
    hits: list[Hit],
    any_total: int | None = None,
) -> Report:
    """`any_total`: how many sentences hold any of several words (--any), when asked."""
    items: list[SearchHit] = [
        {
            "rank": h.rank,
            "score": round(h.score, 6),
            "section": h.section,
            "paragraph": h.paragraph,
            "sentence": h.sentence,
            "text": h.text,
            "matches": h.matches,  # a Spans: JSON lists of [start, end]
        }
        for h in hits
    ]
    document: SearchDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "search",
        "article_id": article_id,
        "query": query,
        "section": section,
        "total": total,
        "hits": items,
    }
    # A Spans is a list of [start, end] in every JSON format and '4-11,20-27' in text ones.
    rows = [(h.rank, h.section, h.paragraph, h.sentence, h.text, h.matches) for h in hits]
    # What was cut is said on stderr, whatever the format, so a script knows it saw only part:
    # hits beyond --limit, and offsets beyond the first MAX_MATCHES of a sentence.
    notes = [f"{len(hits)} of {total} shown; --limit 0 for all"] if len(hits) < total else []
    if any_total is not None and any_total > total:
        holds = "holds" if total == 1 else "hold"
        notes.append(f"{total} {holds} every word; {any_total} hold one of them (--any)")
    cut = [h for h in hits if h.matches.truncated]
    if cut:
        where = ", ".join(f"{h.section} \u00b6{h.paragraph}.{h.sentence}" for h in cut)
        notes.append(
            f"only the first {MAX_MATCHES:,} matches in a sentence are listed; more are in: {where}"
        )
    return Report(document, SEARCH_FIELDS, rows, "search", notice="; ".join(notes) or None)
