"""`sco check --format claimreview`: each claim as a schema.org ClaimReview, in JSON-LD.

claimReviewed is the sentence; itemReviewed a Claim whose appearance is the
article (its URL or path, with its date); reviewRating.alternateName the
verdict; the reference's sources are the citations. The types and properties
used are checked against schema.org's vocabulary by the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sco_cli.output.lazy import Lazy

# A rating scale for the verdicts (alternateName carries the word): a disputed
# claim, true on one credible reading only, rates between the two.
RATINGS = {"contradicts": 1, "unverifiable": 2, "disputed": 2, "agrees": 3}


def graph(document: Mapping[str, Any]) -> dict[str, Any]:
    """The check's JSON document -> one JSON-LD document with a ClaimReview per claim,
    each built as it is written (a reference row cited by many claims is one citation)."""
    # id(row) -> the row (kept, so that its id is never reused) and its citation
    cited: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}

    def citation(row: dict[str, Any]) -> dict[str, Any]:
        found = cited.get(id(row))
        if found is None:
            found = cited[id(row)] = (row, _citation(row))
        return found[1]

    def one(record: dict[str, Any]) -> dict[str, Any]:
        return review(record, citation)

    return {"@context": "https://schema.org", "@graph": Lazy(document["claims"], one)}


def review(
    record: dict[str, Any], citation: Callable[[dict[str, Any]], dict[str, Any]] | None = None
) -> dict[str, Any]:
    appearance: dict[str, Any] = {
        "@type": "CreativeWork",
        "url": record["url"] or record["article"],
    }
    if record["article_date"]:
        appearance["datePublished"] = record["article_date"]
    claim = record["claim"]
    return {
        "@type": "ClaimReview",
        "claimReviewed": record["sentence"],
        "itemReviewed": {
            "@type": "Claim",
            "name": claim["text"],
            "appearance": appearance,
        },
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATINGS[record["verdict"]],
            "bestRating": RATINGS["agrees"],
            "worstRating": RATINGS["contradicts"],
            "alternateName": record["verdict"],
            "ratingExplanation": record["note"],
        },
        "author": {"@type": "Organization", "name": "sco check (SCO reference data)"},
        "citation": [(citation or _citation)(row) for row in record["reference"]],
    }


def _citation(row: dict[str, Any]) -> dict[str, Any]:
    source = str(row.get("source", ""))
    name = row.get("event") or row.get("city") or f"{row['country']}: {row['status']}"
    if source.startswith(("http://", "https://")):
        return {"@type": "CreativeWork", "name": name, "url": source.split(" ; ")[0]}
    return {"@type": "CreativeWork", "name": f"{name} ({source})"}
