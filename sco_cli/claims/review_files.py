"""`sco check --format claimreview` and `--review-dir DIR`: the reviews, to print or
one to a file.

A page should carry one review (several on one page is a mistake search
engines and fact-check tools refuse), so `--review-dir` writes each to its own
new file, DIR/NAME.jsonld (NAME: claimreview.slug), a whole JSON-LD document
to put in that review's page. No file is ever written over: if one exists,
nothing is written (exit 2). Without a fact-check URL and an author the
reviews are not publishable, and a note on stderr says what is missing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sco_cli.claims.claimreview import CONTEXT, Publishing, graph, review, slug
from sco_cli.reports import Report

FILE_FIELDS = ("file", "verdict", "rating", "claim_text")
SUFFIX = ".jsonld"


def claimreviews(report: Report, publishing: Publishing, folder: str | None) -> Report:
    """The check's report as ClaimReview: its document the JSON-LD graph, or, with a
    folder, the files written (one record a file)."""
    notices = "; ".join(n for n in (report.notice, _not_publishable(publishing)) if n) or None
    if report.error and notices:  # an error is one line: the notes go into it
        report, notices = report._replace(error=f"{report.error}; and {notices}"), None
    if folder is None:
        return report._replace(document=graph(report.document, publishing), notice=notices)
    records = list(report.document["claims"])
    names = _names(records)
    documents = [{"@context": CONTEXT, **review(record, publishing)} for record in records]
    written = write_new(
        folder, [(name + SUFFIX, doc) for name, doc in zip(names, documents, strict=True)]
    )
    rows = [
        (path, record["verdict"], doc["reviewRating"]["alternateName"], record["claim"]["text"])
        for path, record, doc in zip(written, records, documents, strict=True)
    ]
    listing = {
        "schema_version": 1,
        "fields": list(FILE_FIELDS),
        "records": [dict(zip(FILE_FIELDS, row, strict=True)) for row in rows],
    }
    return report._replace(
        document=listing, columns=FILE_FIELDS, rows=rows, view="records", notice=notices
    )


def _not_publishable(publishing: Publishing) -> str | None:
    missing = publishing.missing()
    if not missing:
        return None
    return (
        "the ClaimReview is not publishable without "
        + " and ".join(missing)
        + ": the fact-check page's URL on your site and your organisation's name"
    )


def _names(records: list[dict[str, Any]]) -> list[str]:
    """Each review's file name, unique in the run (the same claim found twice at one place)."""
    seen: dict[str, int] = {}
    names = []
    for record in records:
        name = slug(record)
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}-{seen[name]}")
    return names


def write_new(folder: str, files: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Write each new file in `folder` (created if missing): all of them, or none
    when one exists already (UsageProblem, exit 2) or cannot be written."""
    from sco_cli.errors import UsageProblem
    from sco_cli.output.cells import json_text
    from sco_cli.output.view_file import not_written

    try:
        Path(folder).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise not_written(folder, error) from None
    paths = [Path(folder) / name for name, _ in files]
    taken = next((path for path in paths if path.is_symlink() or path.exists()), None)
    if taken is not None:
        raise UsageProblem(f"{taken} already exists; sco never overwrites a file: remove it first")
    done: list[Path] = []
    try:
        for path, (_, document) in zip(paths, files, strict=True):
            with path.open("x", encoding="utf-8") as handle:  # never over a file
                done.append(path)
                handle.write(json_text(document))
    except OSError as error:
        for written in done:  # all or none
            written.unlink()
        raise not_written(path, error) from None
    return [str(path) for path in done]
