"""The summary of a check in a database (`sco check ... --export FILE.db`, with or
without --summary): by year, by outlet, by kind, and the repeated wrong claims,
the tables `sco check --summary --json` nests, one row a group."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sco_cli.database.tables import ROW_ID, Column, Part, Table, column

_SUMMARY = "sco check --summary, over the checked articles"


def _verdict_columns(articles: str) -> tuple[Column, ...]:
    return (
        column("articles", "INTEGER", articles, not_null=True),
        column("claims", "INTEGER", "Their SCO claims", not_null=True),
        column("agrees", "INTEGER", "Claims that agree with the reference", not_null=True),
        column("contradicts", "INTEGER", "Claims that contradict it", not_null=True),
        column("unverifiable", "INTEGER", "Claims it cannot settle", not_null=True),
        column(
            "disputed",
            "INTEGER",
            "Claims that agree with one credible reading of the reference, not another",
            not_null=True,
        ),
    )


_WITH_CLAIMS = column(
    "with_claims", "INTEGER", "Of those, the articles with a claim", not_null=True
)
_READ = "Articles read"
# a group's counts: the articles read, those with a claim, then the claims and verdicts
_GROUP_COUNTS = (*_verdict_columns(_READ)[:1], _WITH_CLAIMS, *_verdict_columns(_READ)[1:])

SUMMARY_YEARS = Table(
    "summary_years",
    "Claims by year",
    "The checked articles by year of publication (their date), with their claims and verdicts.",
    (
        ROW_ID,
        column("year", "INTEGER", "The year of publication (empty: undated)"),
        *_GROUP_COUNTS,
    ),
    source=_SUMMARY,
    unique=("year",),
    label_column="year",
)
SUMMARY_OUTLETS = Table(
    "summary_outlets",
    "Claims by outlet",
    "The checked articles by outlet: the record's source where the input named one, else "
    "the host of its URL without www.; the most claims first.",
    (
        ROW_ID,
        column("outlet", "TEXT", "The outlet or host (empty: neither known)"),
        *_GROUP_COUNTS,
    ),
    source=_SUMMARY,
    unique=("outlet",),
    label_column="outlet",
)
SUMMARY_KINDS = Table(
    "summary_kinds",
    "Claims by kind",
    "The claims by kind (count, status, joined, founding, summit), with their verdicts.",
    (
        column("kind", "TEXT", "count, status, joined, founding or summit", primary_key=True),
        *_verdict_columns("Articles with a claim of this kind"),
    ),
    source=_SUMMARY,
    label_column="kind",
)
REPEATED_CLAIMS = Table(
    "repeated_claims",
    "Repeated wrong claims",
    "Every claim that contradicts the reference, grouped by what it claims (kind, subject, "
    "value): how many articles and outlets made it, and between which dates; the most "
    "articles first.",
    (
        ROW_ID,
        column("kind", "TEXT", "count, status, joined, founding or summit", not_null=True),
        column("subject", "TEXT", "A status (count), a country, SCO / Shanghai Five, a city"),
        column("value", "TEXT", "What it says of the subject: a number, a status or a year"),
        column("text", "TEXT", "Its words in first_article (the earliest; else the first read)"),
        column("articles", "INTEGER", "How many articles made it", not_null=True),
        column("claims", "INTEGER", "How many times it was made", not_null=True),
        column("outlets", "INTEGER", "How many outlets (or hosts) made it", not_null=True),
        column("first", "TEXT", "The earliest date of an article that made it (ISO)"),
        column("last", "TEXT", "The latest (ISO)"),
        column("first_article", "TEXT", "The article of the earliest date"),
        column("note", "TEXT", "Why it is wrong, as judged in that article"),
    ),
    source=_SUMMARY,
    label_column="text",
)
SUMMARY_TABLES = (SUMMARY_YEARS, SUMMARY_OUTLETS, SUMMARY_KINDS, REPEATED_CLAIMS)


def _counts(tally: Mapping[str, Any]) -> tuple[Any, ...]:
    counts = tally["counts"]
    return (
        tally["claims"],
        counts["agrees"],
        counts["contradicts"],
        counts["unverifiable"],
        counts["disputed"],
    )


def summary_parts(doc: Mapping[str, Any]) -> list[Part]:
    """The rows of a `check-summary` document, one table a group."""
    years = [
        (n, y["year"], y["articles"], y["with_claims"], *_counts(y))
        for n, y in enumerate(doc["by_year"], 1)
    ]
    outlets = [
        (n, o["outlet"], o["articles"], o["with_claims"], *_counts(o))
        for n, o in enumerate(doc["by_outlet"], 1)
    ]
    kinds = [(k["kind"], k["articles"], *_counts(k)) for k in doc["by_kind"]]
    repeated = [
        (
            n,
            r["kind"],
            r["subject"],
            None if r["value"] is None else str(r["value"]),
            r["text"],
            r["articles"],
            r["claims"],
            r["outlets"],
            r["first"],
            r["last"],
            r["first_article"],
            r["note"],
        )
        for n, r in enumerate(doc["repeated"], 1)
    ]
    return [
        Part(SUMMARY_YEARS, years),
        Part(SUMMARY_OUTLETS, outlets),
        Part(SUMMARY_KINDS, kinds),
        Part(REPEATED_CLAIMS, repeated),
    ]
