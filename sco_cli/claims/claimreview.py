"""`sco check --format claimreview`: each claim as a schema.org ClaimReview a newsroom can publish.

One review a claim, each with a stable `@id`:

- `claimReviewed`: the claim in its own words, with as much of its sentence as
  keeps it under 140 characters (verbatim; never a rating word of sco's);
- `itemReviewed`: a `Claim` whose `@id` names what it says
  (`urn:sco:claim:count:member:9`, the same in every article, so that reviews
  of the same claim link up), whose `appearance` is the checked article (its
  URL, or its name), with the article's author and date when known;
- `reviewRating`: the verdict on the scale below, `alternateName` the rating
  in words with the span the claim held ("Outdated: true from 2017-06-09 to
  2024-07-04"), `ratingExplanation` the note;
- `url` (the fact-check page), `author` and `publisher` (the fact-checking
  organisation), from options or the environment (Publishing); without them
  the review is not publishable, and `missing` says what is needed;
- `citation`: the reference's sources.

The rating scale (worstRating 1, bestRating 4), as data in SCALE:
4 True (in force on the date), 3 True by decision (decided, not yet in
force), 2 Outdated, Not yet true (true on other dates, not on this one) or Disputed
(true on one credible reading of the sources only),
1 False (never true). Unverifiable has no ratingValue: a score would claim a
judgement that was not made.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from typing import Any, NamedTuple

from sco_cli.output.lazy import Lazy

CONTEXT = "https://schema.org"
# rating -> (ratingValue, what it means); the words open alternateName.
SCALE: dict[str, tuple[int | None, str]] = {
    "True": (4, "the claim held on the date judged, in force"),
    "True by decision": (3, "it held by decision on the date, not yet in force"),
    "Outdated": (2, "it held before the date judged, not on it"),
    "Not yet true": (2, "it held only after the date judged"),
    "Disputed": (2, "it holds on one credible reading of the sources, not on another"),
    "False": (1, "it never held"),
    "Unverifiable": (None, "the reference does not cover it, or it needs a date"),
}
BEST, WORST = 4, 1
SHORT = 140  # claimReviewed: the claim with as much of its sentence as fits


class Publishing(NamedTuple):
    """Who publishes the reviews and where (options, else the environment)."""

    url: str | None = None  # the fact-check page; "{id}" in it: one page a review
    author: str | None = None  # the fact-checking organisation's name
    author_url: str | None = None  # its site
    date: str | None = None  # the reviews' datePublished (the day sco runs)
    # article name -> (its author, its publisher), where sco knows them (the packaged article)
    appearances: Mapping[str, tuple[str | None, str | None]] = {}

    def missing(self) -> list[str]:
        """What a publishable review still needs."""
        needs = [("--review-url (SCO_REVIEW_URL)", self.url), ("--review-author", self.author)]
        return [name for name, value in needs if not value]


def graph(document: Mapping[str, Any], publishing: Publishing | None = None) -> dict[str, Any]:
    """The check's JSON document -> one JSON-LD document with a ClaimReview per claim,
    each built as it is written (a reference row cited by many claims is one citation)."""
    publishing = publishing or Publishing()
    # id(row) -> the row (kept, so that its id is never reused) and its citation
    cited: dict[int, tuple[dict[str, Any], dict[str, Any]]] = {}

    def citation(row: dict[str, Any]) -> dict[str, Any]:
        found = cited.get(id(row))
        if found is None:
            found = cited[id(row)] = (row, _citation(row))
        return found[1]

    many = len(document["claims"]) > 1

    def one(record: dict[str, Any]) -> dict[str, Any]:
        return review(record, publishing, citation, many=many)

    return {"@context": CONTEXT, "@graph": Lazy(document["claims"], one)}


def slug(record: Mapping[str, Any]) -> str:
    """A name for the review, the same on every run over the same article: the
    article's name, the claim's place and a short hash of those, its sentence and
    the date judged on (two articles of one name, or two drafts on stdin, differ)."""
    where = record["location"]
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", str(record["article"]).rstrip("/").rsplit("/", 1)[-1])
    stem = re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-").lower()[:40] or "article"
    digest = hashlib.sha256(
        "\0".join(
            str(part)
            for part in (record["article"], where["start"], record["sentence"], record["as_of"])
        ).encode()
    ).hexdigest()[:8]
    return f"{stem}-p{where['paragraph']}s{where['sentence']}-{digest}"


def claim_id(claim: Mapping[str, Any]) -> str:
    """What the claim says, as an IRI: the same claim in any article has the same one."""
    details = [
        f"{k}={claim[k]}" for k in sorted(claim) if k not in ("kind", "text", "subject", "value")
    ]
    parts = [claim["kind"], claim["subject"], claim["value"], *details]
    return "urn:sco:claim:" + ":".join(re.sub(r"[^A-Za-z0-9=.-]+", "-", str(p)) for p in parts)


def rating(record: Mapping[str, Any]) -> tuple[str, str]:
    """The rating's word (a key of SCALE) and its alternateName, with the span it held."""
    verdict, holds, on = record["verdict"], record["holds"], record["as_of"]
    spans = "; ".join(
        f"true from {r['from']}" + (f" to {r['to']}" if r["to"] else "") for r in holds
    )
    if verdict == "agrees":
        word = "True by decision" if record["basis"] == "decision" else "True"
    elif verdict == "unverifiable":
        word = "Unverifiable"
    elif verdict == "disputed":
        word = "Disputed"
    elif not holds:
        word = "False"
    elif on is not None and all(r["from"] > on for r in holds):
        word = "Not yet true"
    else:
        word = "Outdated"
    return word, f"{word}: {spans}" if spans and word != "False" else word


def claim_reviewed(record: Mapping[str, Any]) -> str:
    """The claim's words with as much of its sentence around them as fits in SHORT,
    cut between words (verbatim: an ellipsis marks a cut)."""
    sentence: str = record["sentence"]
    start, end = record["location"]["span"]
    if len(sentence) <= SHORT:
        return sentence
    room = max(0, SHORT - (end - start))
    left = max(0, start - room // 2)
    right = min(len(sentence), end + room - (start - left))
    left = max(0, min(left, right - SHORT))  # what the right end could not use
    if left:
        left = min(start, sentence.find(" ", left) + 1 or start)
    if right < len(sentence):
        right = max(end, sentence.rfind(" ", end, right + 1))
    text = sentence[left:right].strip()
    return ("\u2026" if left else "") + text + ("\u2026" if right < len(sentence) else "")


def review(
    record: dict[str, Any],
    publishing: Publishing | None = None,
    citation: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    *,
    many: bool = False,
) -> dict[str, Any]:
    publishing = publishing or Publishing()
    name = slug(record)
    appearance: dict[str, Any] = {"@type": "CreativeWork"}
    url = record["url"] or (record["article"] if _web(record["article"]) else None)
    if url:
        appearance["url"] = url
    else:
        appearance["name"] = record["article"]
    article_author, outlet = publishing.appearances.get(record["article"], (None, None))
    claim = record["claim"]
    item: dict[str, Any] = {"@type": "Claim", "@id": claim_id(claim), "name": claim["text"]}
    if article_author:
        item["author"] = {"@type": "Person", "name": article_author}
        appearance["author"] = item["author"]
    if outlet:
        appearance["publisher"] = {"@type": "Organization", "name": outlet}
    if record["article_date"]:
        appearance["datePublished"] = record["article_date"]
        item["datePublished"] = record["article_date"]
    item["appearance"] = appearance
    word, said = rating(record)
    value = SCALE[word][0]
    stars: dict[str, Any] = {"@type": "Rating", "alternateName": said}
    if value is not None:
        stars |= {"ratingValue": value, "bestRating": BEST, "worstRating": WORST}
    stars["ratingExplanation"] = record["note"]
    page = _page(publishing.url, name, many=many)
    reviewed: dict[str, Any] = {
        "@type": "ClaimReview",
        "@id": _review_id(page, name),
        "claimReviewed": claim_reviewed(record),
        "itemReviewed": item,
        "reviewRating": stars,
    }
    if page:
        reviewed["url"] = page
    if publishing.author:
        organisation: dict[str, Any] = {"@type": "Organization", "name": publishing.author}
        if publishing.author_url:
            organisation["url"] = publishing.author_url
        reviewed["author"] = organisation
        reviewed["publisher"] = organisation
    if publishing.date:
        reviewed["datePublished"] = publishing.date
    reviewed["citation"] = [(citation or _citation)(row) for row in record["reference"]]
    return reviewed


def _web(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


def _page(url: str | None, name: str, *, many: bool) -> str | None:
    """The review's own page: "{id}" in the template is the review's name; a page
    without it holds one review, or each review is a part of it (#name)."""
    if not url:
        return None
    if "{id}" in url:
        return url.replace("{id}", name)
    return f"{url}#{name}" if many else url


def _review_id(page: str | None, name: str) -> str:
    """The review's @id: its page's (a part of a page: that part), else a name of sco's."""
    if not page:
        return f"urn:sco:review:{name}"
    return page if "#" in page else f"{page}#claimreview"


def _citation(row: dict[str, Any]) -> dict[str, Any]:
    source = str(row.get("source", ""))
    name = row.get("event") or row.get("city") or f"{row['country']}: {row['status']}"
    if source.startswith(("http://", "https://")):
        return {"@type": "CreativeWork", "name": name, "url": source.split(" ; ")[0]}
    return {"@type": "CreativeWork", "name": f"{name} ({source})"}
