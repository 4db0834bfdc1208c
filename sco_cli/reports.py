"""What each command answers, as data: a JSON document and the rows of its record view.

Nothing here formats text for a terminal: render.py turns a Report into
plain, JSON or rich output, and the rich views (views.py) read the same
document the JSON carries, so JSON always holds at least what people see.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sco_cli.article import Article, Section
from sco_cli.data import EVENTS_FILE, Dataset
from sco_cli.query import (
    ARTICLE_COUNT_PATHS,
    JSON,
    STATUSES,
    count_by_status,
    fact_at,
    iter_facts,
    notes_on,
    matching_sentences,
    status_label,
)

SCHEMA_VERSION = 1

# The record fields of each command, in their default order (--fields picks from these).
SUMMARY_FIELDS = ("path", "label", "value")
MEMBERS_FIELDS = ("status", "country", "iso2", "iso3", "since", "source", "event")
COUNT_FIELDS = ("status", "count")
SECTIONS_FIELDS = ("slug", "heading", "paragraphs", "keywords")
QUOTE_FIELDS = ("section", "paragraph", "text")
FACTS_FIELDS = ("path", "value", "section", "paragraph", "sentence", "quote", "label", "notes")

# The facts the dashboard shows, in the order it shows them.
SUMMARY_PATHS = (
    "summit.city",
    "summit.country",
    "summit.year",
    "summit.setting",
    "summit.timing",
    "membership.member_states",
    "membership.observer_states",
    "membership.dialogue_partners",
    "membership.regions",
    "membership.population_share",
    "shanghai_spirit.values",
    "three_forces",
    "summit.priorities",
    "summit.railway",
    "development_strategy.name",
    "development_strategy.adopted_at",
    "kazakhstan.role",
    "kazakhstan.president",
    "kazakhstan.vision",
    "kazakhstan.priorities",
    "decision_making",
)


@dataclass(frozen=True)
class Report:
    """One command's answer: `document` for JSON, `columns`/`rows` for records,
    `view` names the function in views.py that draws it on a terminal."""

    document: JSON
    columns: tuple[str, ...]
    rows: Sequence[tuple[Any, ...]]
    view: str
    plain: str | None = None  # plain text, where records would not read well (sco get)


def _document(**fields: Any) -> JSON:
    return {"schema_version": SCHEMA_VERSION, **fields}


def source_line(dataset: Dataset) -> JSON:
    facts = dataset.facts
    return {
        "article_id": dataset.article.id,
        "outlet": fact_at(facts, "source.outlet")["value"],
        "reporting_agency": fact_at(facts, "source.reporting_agency")["value"],
        "author": fact_at(facts, "source.author")["value"],
        "date": fact_at(facts, "source.date")["value"],
        "image_credit": fact_at(facts, "source.image_credit")["value"],
    }


def summary(dataset: Dataset) -> Report:
    facts = []
    for path in SUMMARY_PATHS:
        fact = fact_at(dataset.facts, path)
        facts.append({"path": path, "label": fact["label"], "value": fact["value"]})
    counts = count_by_status(dataset.roster(dataset.roster_as_of))
    checks = [
        {
            "status": status,
            "article": fact_at(dataset.facts, path)["value"],
            "reference": counts[status],
        }
        for status, path in ARTICLE_COUNT_PATHS.items()
    ]
    document = _document(
        source=source_line(dataset),
        facts=facts,
        roster_check={
            "as_of": dataset.roster_as_of,
            "reference": EVENTS_FILE,
            "reference_as_of": dataset.reference_as_of,
            "counts": checks,
        },
    )
    rows = [(f["path"], f["label"], f["value"]) for f in facts]
    return Report(document, SUMMARY_FIELDS, rows, "summary")


def members(dataset: Dataset, *, statuses: Sequence[str] = (), count_only: bool = False) -> Report:
    as_of = dataset.roster_as_of
    roster = dataset.roster(as_of)
    counts = count_by_status(roster)
    wanted = [s for s in STATUSES if s in statuses] if statuses else list(STATUSES)
    groups: list[JSON] = []
    for status in wanted:
        countries = [
            {
                "country": e["country"],
                "iso2": e["iso2"],
                "iso3": e["iso3"],
                "since": e["date"],
                "event": e["event"],
                "source": e["source"],
            }
            for e in roster
            if e["status"] == status
        ]
        article = _article_count(dataset, status)
        if not countries and article is None and not statuses:
            continue  # e.g. "partner", which did not exist yet on the article's date
        groups.append(
            {
                "status": status_label(status),
                "count": counts[status],
                "article": article,
                "matches_article": None if article is None else article["count"] == counts[status],
                "countries": countries,
            }
        )
    document = _document(
        as_of=as_of,
        as_of_reason="the article's time: the eve of the Tianjin summit",
        reference={"file": EVENTS_FILE, "as_of": dataset.reference_as_of},
        groups=groups,
    )
    if count_only:
        totals = [(g["status"], g["count"]) for g in groups]
        # One status asked for: the number alone, as `wc -l` would print it.
        plain = f"{totals[0][1]}\n" if len(totals) == 1 else None
        return Report(document, COUNT_FIELDS, totals, "counts", plain=plain)
    rows = [
        (g["status"], c["country"], c["iso2"], c["iso3"], c["since"], c["source"], c["event"])
        for g in groups
        for c in g["countries"]
    ]
    return Report(document, MEMBERS_FIELDS, rows, "members")


def _article_count(dataset: Dataset, status: str) -> JSON | None:
    path = ARTICLE_COUNT_PATHS.get(status)
    if path is None:
        return None
    fact = fact_at(dataset.facts, path)
    return {"count": fact["value"], "path": path, "quote": fact["evidence"][0]["quote"]}


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
        (i["slug"], i["heading"] or "", _span(i["paragraphs"]), ",".join(i["keywords"]))
        for i in items
    ]
    document = _document(article_id=article.id, sections=items)
    return Report(document, SECTIONS_FIELDS, rows, "sections")


def _span(numbers: list[int]) -> str:
    if not numbers:
        return ""
    return str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}-{numbers[-1]}"


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
    document = _document(
        article_id=article.id, attribution=attribution, match=match, sections=out_sections
    )
    return Report(document, QUOTE_FIELDS, rows, "quote")


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
    document = _document(article_id=dataset.article.id, facts=items)
    return Report(document, FACTS_FIELDS, rows, "facts")


GET_FIELDS = ("path", "value", "source", "quote", "section", "paragraph", "sentence")
PATHS_FIELDS = ("path", "type", "source", "description")


def path_list(dataset: Dataset) -> Report:
    """Every path `sco get` answers, with what it is, its type and its source."""
    from sco_cli.paths import build_tree

    _, index = build_tree(dataset)
    items = [
        {"path": i.path, "type": i.type, "source": i.source, "description": i.description}
        for i in index.values()
    ]
    rows = [tuple(item[f] for f in PATHS_FIELDS) for item in items]
    return Report(_document(paths=items), PATHS_FIELDS, rows, "paths")


def get(dataset: Dataset, paths: Sequence[str], *, evidence: bool = False) -> Report:
    from sco_cli.paths import build_tree, lookup

    tree, index = build_tree(dataset)
    values = [lookup(tree, index, path) for path in paths]  # raises on an unknown path
    answers = [(index[path], value) for path, value in zip(paths, values, strict=True)]
    alone = len(answers) == 1
    document = _document()
    rows: list[tuple[Any, ...]] = []
    plain = ""
    for info, value in answers:
        plain += _bare(value, alone=alone)
        if not evidence:
            document[info.path] = value
            rows.append((info.path, value, info.source))
            continue
        quotes = info.fact["evidence"] if info.fact else []
        document[info.path] = {"value": value, "source": info.source, "evidence": quotes}
        plain += _evidence_lines(quotes, info.source)
        located = [
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


def _evidence_lines(quotes: list[JSON], source: str) -> str:
    if not quotes:
        return f"  source: {source}\n"
    return "".join(f"  evidence: “{e['quote']}” ({where(e)})\n" for e in quotes)


def where(evidence: JSON) -> str:
    """Where a quote stands, in words: 'lead, paragraph 1, sentence 1' or 'author line'."""
    if evidence["section"] is None:
        return f"{evidence['part']} line" if evidence["part"] != "closing" else "closing note"
    return (
        f"{evidence['section']}, paragraph {evidence['paragraph']}, sentence {evidence['sentence']}"
    )
