"""`sco get`: values by dotted path, and the list of every path."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TypedDict, cast

from sco_cli.dataset.paths import PathTree
from sco_cli.dataset.query import notes_on
from sco_cli.reports import SCHEMA_VERSION, Evidence, FactNote, Report, Versioned

if TYPE_CHECKING:
    from sco_cli.dataset import Dataset

GET_FIELDS = ("path", "value", "source", "quote", "section", "paragraph", "sentence")
PATHS_FIELDS = ("path", "type", "source", "description")


class PathItem(TypedDict):
    path: str
    type: str
    source: str
    description: str


class PathsDoc(Versioned):
    """`sco get` alone: every path it answers."""

    document: Literal["get-paths"]
    paths: list[PathItem]


class Answer(TypedDict):
    """`sco get PATH --evidence`: a value with where it comes from."""

    value: Any
    source: str
    evidence: list[Evidence]
    notes: list[FactNote]


# `sco get PATH...`: {"schema_version": 1, "document": "get", PATH: value, ...};
# with --evidence, "document": "get-evidence" and each value an Answer. Its keys are the paths asked for, so it is a dict; schemas.py
# describes its keys and values.
GetDoc = dict[str, Any]
GetOutput = GetDoc | PathsDoc


def path_list(dataset: Dataset) -> Report:
    """Every path `sco get` answers, with what it is, its type and its source."""
    index = PathTree(dataset).index()
    items: list[PathItem] = [
        {"path": i.path, "type": i.type, "source": i.source, "description": i.description}
        for i in index.values()
    ]
    rows = [(i["path"], i["type"], i["source"], i["description"]) for i in items]
    document: PathsDoc = {"schema_version": SCHEMA_VERSION, "document": "get-paths", "paths": items}
    return Report(document, PATHS_FIELDS, rows, "paths")


def get(dataset: Dataset, paths: Sequence[str], *, evidence: bool = False) -> Report:
    tree = PathTree(dataset)
    values = [tree.lookup(path) for path in paths]  # raises on an unknown path
    answers = [(tree.info(path), value) for path, value in zip(paths, values, strict=True)]
    alone = len(answers) == 1
    document: GetDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "get-evidence" if evidence else "get",
    }
    rows: list[tuple[Any, ...]] = []
    plain = ""
    for info, value in answers:
        plain += _bare(value, alone=alone)
        if not evidence:
            document[info.path] = value
            rows.append((info.path, value, info.source))
            continue
        quotes: list[Evidence] = info.fact["evidence"] if info.fact else []
        notes = cast(list[FactNote], notes_on(dataset.facts, info.path) if info.fact else [])
        answer: Answer = {"value": value, "source": info.source, "evidence": quotes, "notes": notes}
        document[info.path] = answer
        plain += _evidence_lines(quotes, info.source)
        plain += "".join(f"  note ({n['verdict']}): {n['text']}\n" for n in notes)
        located: list[tuple[Any, ...]] = [
            (e["quote"], e["section"] or e["part"], e["paragraph"], e["sentence"]) for e in quotes
        ]
        rows += [(info.path, value, info.source, *where) for where in located or [(None,) * 4]]
    columns = GET_FIELDS if evidence else GET_FIELDS[:3]
    return Report(document, columns, rows, "get", plain=plain)


def _bare(value: Any, *, alone: bool) -> str:
    """A scalar bare; a list one item a line (on one line as JSON when several
    paths were asked for, so each answer keeps one line); an object as JSON."""
    if isinstance(value, list) and alone:
        return "".join(f"{item}\n" for item in value)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False) + "\n"
    return f"{value}\n"


def _evidence_lines(quotes: list[Evidence], source: str) -> str:
    if not quotes:
        return f"  source: {source}\n"
    return "".join(f"  evidence: “{e['quote']}” ({where(e)})\n" for e in quotes)


def where(evidence: Evidence) -> str:
    """Where a quote stands, in words: 'lead, paragraph 1, sentence 1' or 'author line'."""
    if evidence["section"] is None:
        return f"{evidence['part']} line" if evidence["part"] != "closing" else "closing note"
    return (
        f"{evidence['section']}, paragraph {evidence['paragraph']}, sentence {evidence['sentence']}"
    )


def get_citations(dataset: Dataset, paths: Sequence[str]) -> Report:
    """--cite for `sco get`: the quotes behind each path (a group: every fact in it)."""
    from sco_cli.dataset.query import iter_facts
    from sco_cli.errors import UsageProblem
    from sco_cli.reports.facts import facts_citations

    tree = PathTree(dataset)
    chosen: list[str] = []
    for path in paths:
        # An unknown path fails here, with the closest ones.
        if tree.info(path).source != "article":
            raise UsageProblem(
                f"--cite cites the article, and {path!r} comes from the reference roster "
                "(its sources: sco members --json)"
            )
        chosen += [p for p, _ in iter_facts(dataset.facts) if p == path or p.startswith(path + ".")]
    return facts_citations(dataset, chosen)
