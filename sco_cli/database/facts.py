"""The facts' tables: facts, evidence, notes and the notes' sources."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sco_cli.database.tables import ROW_ID, Part, Row, Table, column
from sco_cli.dataset.query import iter_facts

if TYPE_CHECKING:
    from sco_cli.dataset import Dataset

# -- The facts --------------------------------------------------------------

FACTS = Table(
    "facts",
    "Facts",
    "Every fact of the article, by its dotted path (as `sco get` names it).",
    (
        column(
            "path", "TEXT", "The fact's dotted path, as `sco get PATH` takes it", primary_key=True
        ),
        column("article_id", "TEXT", "The article it comes from", references="articles(id)"),
        column("label", "TEXT", "What the fact is"),
        column("value", "TEXT", "The fact: text, a whole number, or a JSON list"),
        column("type", "TEXT", "string, integer, or list"),
    ),
    source="data/facts.toml",
    label_column="path",
)
EVIDENCE = Table(
    "evidence",
    "Evidence",
    "The verbatim quotes that back each fact, and where each stands in the article.",
    (
        ROW_ID,
        column("fact_path", "TEXT", "The fact it backs", not_null=True, references="facts(path)"),
        column("position", "INTEGER", "Its place among the fact's quotes, from 1"),
        column("quote", "TEXT", "The quote, verbatim"),
        column("part", "TEXT", "Where it stands: body, metadata, author or closing"),
        column("section", "TEXT", "The slug of its section (body quotes)"),
        column("paragraph", "INTEGER", "The number of its paragraph (body quotes)"),
        column("sentence", "INTEGER", "The number of its sentence in the paragraph (body quotes)"),
        column("sentence_id", "INTEGER", "The sentence it stands in", references="sentences(id)"),
    ),
    source="data/facts.toml, located in the article by sco",
)
NOTES = Table(
    "notes",
    "Fact-check notes",
    "Where the reference agrees with, qualifies or contradicts the article.",
    (
        ROW_ID,
        column("about", "TEXT", "The path of the fact or group of facts it is attached to"),
        column("fact_path", "TEXT", "The fact, when it is about one", references="facts(path)"),
        column("verdict", "TEXT", "agrees, qualifies or contradicts"),
        column("confidence", "TEXT", "How sure the note is"),
        column("applies_to", "TEXT", "For a group: the facts it concerns, comma-separated"),
        column("text", "TEXT", "The note"),
    ),
    source="data/facts.toml",
)
NOTES_SOURCES = Table(
    "notes_sources",
    "Sources of the notes",
    "The sources each note cites, one a row.",
    (
        ROW_ID,
        column("note_id", "INTEGER", "The note", not_null=True, references="notes(id)"),
        column("position", "INTEGER", "Its place among the note's sources, from 1"),
        column("url", "TEXT", "The source"),
    ),
    source="data/facts.toml",
)
FACT_TABLES = (FACTS, EVIDENCE, NOTES, NOTES_SOURCES)


def fact_parts(dataset: Dataset, sentence_ids: dict[tuple[int, int], int]) -> list[Part]:
    facts: list[Row] = []
    evidence: list[Row] = []
    for path, fact in iter_facts(dataset.facts):
        value = fact["value"]
        kind = "list" if isinstance(value, list) else type(value).__name__.replace("str", "string")
        kind = kind.replace("int", "integer")
        shown = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
        facts.append((path, dataset.article.id, fact["label"], shown, kind))
        for position, item in enumerate(fact["evidence"], start=1):
            where = (item.get("paragraph"), item.get("sentence"))
            evidence.append(
                (
                    len(evidence) + 1,
                    path,
                    position,
                    item["quote"],
                    item["part"],
                    item.get("section"),
                    item.get("paragraph"),
                    item.get("sentence"),
                    sentence_ids.get(where),
                )
            )
    notes, sources = _notes(dataset.facts, {row[0] for row in facts})
    return [
        Part(FACTS, facts),
        Part(EVIDENCE, evidence),
        Part(NOTES, notes),
        Part(NOTES_SOURCES, sources),
    ]


def _notes(facts: dict[str, Any], fact_paths: set[str]) -> tuple[list[Row], list[Row]]:
    notes: list[Row] = []
    sources: list[Row] = []
    for about, node in _nodes(facts, ""):
        for note in node.get("notes") or []:
            note_id = len(notes) + 1
            concerns = ",".join(note.get("applies_to") or []) or None
            fact_path = about if about in fact_paths else None
            notes.append(
                (
                    note_id,
                    about,
                    fact_path,
                    note["verdict"],
                    note.get("confidence"),
                    concerns,
                    note["text"],
                )
            )
            for position, url in enumerate(note.get("sources") or [], start=1):
                sources.append((len(sources) + 1, note_id, position, url))
    return notes, sources


def _nodes(node: dict[str, Any], prefix: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every table of the facts tree (groups and facts) with its path, in file order."""
    for key, child in node.items():
        if isinstance(child, dict):
            path = f"{prefix}{key}"
            yield path, child
            yield from _nodes(child, f"{path}.")
