"""`sco facts`: every fact with its evidence."""

from __future__ import annotations

from sco_cli.dataset import Dataset
from sco_cli.query import iter_facts, notes_on
from sco_cli.reports import Report, versioned

FACTS_FIELDS = ("path", "value", "section", "paragraph", "sentence", "quote", "label", "notes")


def facts(dataset: Dataset) -> Report:
    items = [
        {"path": path, **fact, "notes": notes_on(dataset.facts, path)}
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
            [f"{n['verdict']}: {n['text']}" for n in f["notes"]],
        )
        for f in items
        for e in f["evidence"]
    ]
    document = versioned(article_id=dataset.article.id, facts=items)
    return Report(document, FACTS_FIELDS, rows, "facts")
