"""`sco facts`: every fact with its evidence; `--cite`: each quote as a citation."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal, TypedDict, cast

from sco_cli.dataset import Dataset
from sco_cli.dataset.query import iter_facts, notes_on
from sco_cli.reports import SCHEMA_VERSION, Evidence, FactNote, Report, Versioned
from sco_cli.reports.cite import CitationsDoc, NoteList

FACTS_FIELDS = ("path", "value", "section", "paragraph", "sentence", "quote", "label", "notes")


class FactItem(TypedDict):
    path: str
    label: str
    value: Any
    evidence: list[Evidence]
    notes: list[FactNote]


class FactsDoc(Versioned):
    document: Literal["facts"]
    article_id: str
    facts: list[FactItem]


def facts(dataset: Dataset) -> Report:
    items: list[FactItem] = [
        {
            "path": path,
            "label": fact["label"],
            "value": fact["value"],
            "evidence": fact["evidence"],
            "notes": cast(list[FactNote], notes_on(dataset.facts, path)),
        }
        for path, fact in iter_facts(dataset.facts)
    ]
    rows = [
        (
            f["path"],
            f["value"],
            e["section"] or e["part"],
            e["paragraph"],
            e["sentence"],
            e["quote"],
            f["label"],
            NoteList(f["notes"]),
        )
        for f in items
        for e in f["evidence"]
    ]
    document: FactsDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "facts",
        "article_id": dataset.article.id,
        "facts": items,
    }
    return Report(document, FACTS_FIELDS, rows, "facts")


def facts_citations(dataset: Dataset, paths: Iterable[str] | None = None) -> Report:
    """--cite: each evidence quote of each fact (or of the facts at `paths`), as a citation."""
    from sco_cli.reports import cite, source_line

    wanted = None if paths is None else set(paths)
    source = source_line(dataset)
    headings = {s.slug: s.heading for s in dataset.article.sections}
    citations = []
    for path, fact in iter_facts(dataset.facts):
        if wanted is not None and path not in wanted:
            continue
        notes = notes_on(dataset.facts, path)
        for e in fact["evidence"]:
            citations.append(
                cite.citation(
                    source,
                    e["quote"],
                    section=e["section"] or e["part"],
                    heading=headings.get(e["section"]),
                    paragraph=e["paragraph"],
                    sentence=e["sentence"],
                    notes=notes,
                )
            )
    return cite.report(dataset.article.id, citations)


# `sco facts --json` is the facts; with --cite, the citations (reports/cite.py).
FactsOutput = FactsDoc | CitationsDoc
