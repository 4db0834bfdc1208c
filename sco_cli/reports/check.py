"""`sco check`: every SCO claim of each article, with its verdict, where it holds and the
reference rows behind it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sco_cli.claims.document import Document
from sco_cli.claims.extract import claims_of
from sco_cli.claims.judge import AGREES, CONTRADICTS, UNVERIFIABLE, Reference
from sco_cli.dataset.layout import EVENTS_FILE, SUMMITS_FILE
from sco_cli.errors import ExitCode
from sco_cli.query import JSON
from sco_cli.reports import Report, versioned
from sco_cli.roster import status_label

CHECK_FIELDS = (
    "article",
    "as_of",
    "verdict",
    "basis",
    "claim",
    "sentence",
    "location",
    "holds",
    "reference",
    "note",
)
VERDICTS = (AGREES, CONTRADICTS, UNVERIFIABLE)


def check(documents: Iterable[Document], reference: Reference, as_of: str | None) -> Report:
    """Judge every claim of every document on its date (or `as_of`, when given)."""
    articles: list[JSON] = []
    records: list[JSON] = []
    for document in documents:
        on = as_of or document.date
        found = [
            _record(document, on, as_of, s, c, reference)
            for s, c in claims_of(document.sentences, on)
        ]
        counts = {v: sum(r["verdict"] == v for r in found) for v in VERDICTS}
        articles.append(
            {
                "article": document.name,
                "url": document.url,
                "date": document.date,
                "as_of": on,
                "claims": len(found),
                "counts": counts,
            }
        )
        records += found
    totals = {v: sum(a["counts"][v] for a in articles) for v in VERDICTS}
    answer = versioned(
        reference={"files": [EVENTS_FILE, SUMMITS_FILE], "as_of": reference.end},
        as_of=as_of,
        articles=articles,
        counts=totals,
        claims=records,
    )
    rows = [tuple(r[f] for f in CHECK_FIELDS) for r in records]
    code = ExitCode.CONTRADICTED if totals[CONTRADICTS] else ExitCode.OK
    return Report(answer, CHECK_FIELDS, rows, "check", exit_code=code)


def _record(
    document: Document,
    on: str | None,
    option: str | None,
    sentence: Any,
    claim: Any,
    reference: Reference,
) -> JSON:
    verdict = reference.judge(claim, on)
    value = status_label(claim.value) if isinstance(claim.value, str) else claim.value
    subject = status_label(claim.subject) if claim.kind == "count" else claim.subject
    return {
        "article": document.name,
        "url": document.url,
        "article_date": document.date,
        "as_of": on,
        "as_of_from": "option" if option else ("article" if on else None),
        "verdict": verdict.verdict,
        "basis": verdict.basis,
        "claim": {
            "kind": claim.kind,
            "subject": subject,
            "value": value,
            "text": sentence.text[claim.start : claim.end],
            **claim.detail,
        },
        "sentence": sentence.text,
        "location": {
            "paragraph": sentence.paragraph,
            "sentence": sentence.number,
            "start": sentence.offset + claim.start,
            "end": sentence.offset + claim.end,
            "span": [claim.start, claim.end],
        },
        "holds": verdict.holds,
        "reference": verdict.reference,
        "note": verdict.note,
    }
