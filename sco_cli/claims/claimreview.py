"""`sco check --format claimreview`: each claim as a schema.org ClaimReview, in JSON-LD.

claimReviewed is the sentence; itemReviewed a Claim whose appearance is the
article (its URL or path, with its date); reviewRating.alternateName the
verdict; the reference's sources are the citations. The types and properties
used are checked against schema.org's vocabulary by the tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# A rating scale for the three verdicts (alternateName carries the word).
RATINGS = {"contradicts": 1, "unverifiable": 2, "agrees": 3}


def graph(document: Mapping[str, Any]) -> dict[str, Any]:
    """The check's JSON document -> one JSON-LD document with a ClaimReview per claim."""
    return {"@context": "https://schema.org", "@graph": [review(r) for r in document["claims"]]}


def review(record: dict[str, Any]) -> dict[str, Any]:
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
        "citation": [_citation(row) for row in record["reference"]],
    }


def _citation(row: dict[str, Any]) -> dict[str, Any]:
    source = str(row.get("source", ""))
    name = row.get("event") or row.get("city") or f"{row['country']}: {row['status']}"
    if source.startswith(("http://", "https://")):
        return {"@type": "CreativeWork", "name": name, "url": source.split(" ; ")[0]}
    return {"@type": "CreativeWork", "name": f"{name} ({source})"}
