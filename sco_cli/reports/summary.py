"""`sco summary`: the article at a glance."""

from __future__ import annotations

from typing import Annotated, Any, Literal, NotRequired, TypedDict, cast

from sco_cli.article.model import Article
from sco_cli.dataset import EVENTS_FILE, Dataset
from sco_cli.dataset.query import (
    ARTICLE_COUNT_PATHS,
    fact_at,
    iter_facts,
    notes_on,
    value_of,
)
from sco_cli.dataset.roster import count_by_status, status_label
from sco_cli.reports import (
    LANG,
    SCHEMA_VERSION,
    FactNote,
    Localizer,
    Report,
    SourceLine,
    Versioned,
    article_source_line,
    source_line,
)
from sco_cli.reports.cite import note_line

SUMMARY_FIELDS = ("path", "label", "value")


class SummaryFact(TypedDict):
    path: Annotated[str, "Its path for `sco get`"]
    label: str
    value: Any
    name_local: NotRequired[Annotated[str, "With --lang: a country's name in it"]]


class CountCheck(TypedDict):
    status: str
    article: Annotated[int, "The article's count"]
    reference: Annotated[int, "The reference roster's count on roster_check.as_of"]


class RosterCheck(TypedDict):
    as_of: str
    reference: Annotated[str, "The reference file the counts come from"]
    reference_as_of: str
    counts: list[CountCheck]


class SummaryDoc(Versioned):
    document: Literal["summary"]
    source: SourceLine
    facts: list[SummaryFact]
    fact_checks: Annotated[list[FactNote], "Where the reference qualifies the article"]
    roster_check: RosterCheck
    lang: NotRequired[Annotated[str, LANG]]


class ArticleShape(TypedDict):
    sections: int
    paragraphs: int
    sentences: int
    words: int


class SectionOutline(TypedDict):
    slug: str
    heading: str | None
    paragraphs: list[int]


class ArticleSummaryDoc(Versioned):
    """`sco --article PATH summary`: an article with no facts file."""

    document: Literal["article-summary"]
    source: SourceLine
    shape: ArticleShape
    sections: list[SectionOutline]
    first_sentence: str | None
    facts: Annotated[None, "None: this article has no facts file"]


# The packaged article's facts, or the shape of an article of the user's.
SummaryOutput = SummaryDoc | ArticleSummaryDoc

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


def article_summary(article: Article) -> Report:
    """The article at a glance when it has no facts file: its shape and its words."""
    paragraphs = list(article.paragraphs)
    sentences = sum(len(p.sentences) for p in paragraphs)
    first = paragraphs[0].sentences[0] if paragraphs and paragraphs[0].sentences else None
    shape: ArticleShape = {
        "sections": len(article.sections),
        "paragraphs": len(paragraphs),
        "sentences": sentences,
        "words": sum(len(p.text.split()) for p in paragraphs),
    }
    document: ArticleSummaryDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "article-summary",
        "source": article_source_line(article),
        "shape": shape,
        "sections": [
            {"slug": s.slug, "heading": s.heading, "paragraphs": list(s.paragraph_numbers)}
            for s in article.sections
        ],
        "first_sentence": first,
        "facts": None,
    }
    rows: list[tuple[Any, ...]] = [(f"shape.{k}", k, v) for k, v in shape.items()]
    rows += [(f"source.{k}", k, v) for k, v in document["source"].items() if v is not None]
    return Report(document, SUMMARY_FIELDS, rows, "article_summary")


def fact_checks(dataset: Dataset) -> list[FactNote]:
    """Every fact-check note once, with the fact (or group) it is about."""
    notes: dict[str, FactNote] = {}
    for path, _ in iter_facts(dataset.facts):
        for note in cast(list[FactNote], notes_on(dataset.facts, path)):
            notes.setdefault(note["text"], note)
    return list(notes.values())


def summary(dataset: Dataset, *, localize: Localizer = None) -> Report:
    iso2_of = {e["country"]: e["iso2"] for e in dataset.events}
    facts: list[SummaryFact] = []
    for path in SUMMARY_PATHS:
        fact = fact_at(dataset.facts, path)
        item: SummaryFact = {"path": path, "label": fact["label"], "value": fact["value"]}
        # A value that names a country of the roster (the host) gets its local name.
        if localize is not None and isinstance(fact["value"], str) and fact["value"] in iso2_of:
            item["name_local"] = localize(fact["value"], iso2_of[fact["value"]])
        facts.append(item)
    counts = count_by_status(dataset.roster(dataset.roster_as_of))
    checks: list[CountCheck] = [
        {
            "status": status_label(status),
            "article": value_of(dataset.facts, path),
            "reference": counts[status],
        }
        for status, path in ARTICLE_COUNT_PATHS.items()
    ]
    document: SummaryDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "summary",
        "source": source_line(dataset),
        "facts": facts,
        "fact_checks": fact_checks(dataset),
        "roster_check": {
            "as_of": dataset.roster_as_of,
            "reference": EVENTS_FILE,
            "reference_as_of": dataset.reference_as_of,
            "counts": checks,
        },
    }
    if localize is not None:
        document["lang"] = localize.tag
    columns = SUMMARY_FIELDS + (("name_local",) if localize is not None else ())
    rows = [(f["path"], f["label"], f["value"], f.get("name_local")) for f in facts]
    rows += _source_rows(dataset)
    rows += [
        (
            f"roster_check.{c['status']}",
            f"{c['status']}: the article's count against the reference roster on "
            f"{dataset.roster_as_of}",
            f"article {c['article']}, reference {c['reference']}: "
            + ("agrees" if c["article"] == c["reference"] else "differs"),
            None,
        )
        for c in checks
    ]
    rows += [
        (f"fact_check.{n['about']}", f"fact check ({n['verdict']})", note_line(n), None)
        for n in document["fact_checks"]
    ]
    # Plain keeps what the dashboard shows: the facts, the source, the roster check, the notes.
    return Report(document, columns, [r[: len(columns)] for r in rows], "summary")


def _source_rows(dataset: Dataset) -> list[tuple[str, str, object, None]]:
    rows: list[tuple[str, str, object, None]] = []
    for path, fact in iter_facts(dataset.facts):
        if path.startswith("source.") and path not in SUMMARY_PATHS:
            rows.append((path, fact["label"], fact["value"], None))
    return rows
