"""`sco check --format claimreview` and `--review-dir`: ClaimReview a newsroom can publish.

Checked by libraries, not only by hand: pyld (a JSON-LD processor) expands and
converts the reviews to RDF against schema.org's own vocabulary
(tests/data/schemaorg), and jsonschema validates each review against Google's
required and recommended fields (tests/data/google/claimreview.schema.json).
"""

from __future__ import annotations

import csv
import functools
import json
from pathlib import Path
from typing import Any

import pytest

from sco_cli.claims.claimreview import BEST, SCALE, WORST
from tests.claims.corpus import ARTICLES
from tests.conftest import Invoke

DATA = Path(__file__).resolve().parent.parent / "data"
SCHEMA = "https://schema.org/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PUBLISHER = (
    "--review-url",
    "https://factcheck.example/sco/{id}",
    "--review-author",
    "Example Fact Check",
    "--review-author-url",
    "https://factcheck.example/",
)
DRAFT = (
    "Date: 2024-07-05\n\nThe SCO has eight members. Mongolia, an observer, came. "
    "The 2019 summit in Bishkek was long.\n"
)


@functools.cache
def _vocabulary() -> tuple[dict[str, set[str]], dict[str, tuple[set[str], set[str]]]]:
    with (DATA / "schemaorg" / "types.csv").open(encoding="utf-8", newline="") as f:
        parents = {
            r["id"]: {p.strip() for p in r["subTypeOf"].split(",") if p.strip()}
            for r in csv.DictReader(f)
        }
    with (DATA / "schemaorg" / "properties.csv").open(encoding="utf-8", newline="") as f:
        properties = {
            r["id"]: (
                {d.strip() for d in r["domainIncludes"].split(",")},
                {d.strip() for d in r["rangeIncludes"].split(",")},
            )
            for r in csv.DictReader(f)
        }
    return parents, properties


def _loader(url: str, options: Any = None) -> dict[str, Any]:
    """schema.org's context, built from its vocabulary files (offline): a term that
    is not a schema.org type or property has no meaning, and pyld drops it."""
    assert url.rstrip("/") == SCHEMA.rstrip("/"), url
    parents, properties = _vocabulary()
    terms: dict[str, Any] = {t.removeprefix(SCHEMA): t for t in parents}
    terms |= {p.removeprefix(SCHEMA): {"@id": p} for p in properties}
    return {
        "contentType": "application/ld+json",
        "contextUrl": None,
        "documentUrl": url,
        "document": {"@context": terms},
    }


def _ancestors(kind: str) -> set[str]:
    parents, _ = _vocabulary()
    found, todo = {kind}, [kind]
    while todo:
        for parent in parents.get(todo.pop(), set()):
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


def _pairs(node: Any) -> int:
    """How many (property, value) pairs a JSON-LD tree holds."""
    if isinstance(node, list):
        return sum(_pairs(item) for item in node)
    if not isinstance(node, dict):
        return 0
    count = 0
    for key, value in node.items():
        if key == "@graph":
            count += _pairs(value)
        if key.startswith("@"):
            continue
        count += len(value) if isinstance(value, list) else 1
        count += _pairs(value)
    return count


def assert_schema_org(document: dict[str, Any]) -> int:
    """Every term a schema.org term, every type a schema.org type, every property used
    on a type of its domain with a value in its range: as pyld reads the document."""
    from pyld import jsonld

    options = {"documentLoader": _loader}
    expanded = jsonld.expand(document, options)
    # a term pyld could not read (no schema.org property) is dropped: nothing may be
    assert _pairs(expanded) == _pairs(document)
    parents, properties = _vocabulary()
    quads = jsonld.to_rdf(document, options)["@default"]
    types: dict[str, set[str]] = {}
    for quad in quads:
        if quad["predicate"]["value"] == RDF_TYPE:
            kind = quad["object"]["value"]
            assert kind in parents, f"{kind} is not a schema.org type"
            types.setdefault(quad["subject"]["value"], set()).update(_ancestors(kind))
    for quad in quads:
        predicate = quad["predicate"]["value"]
        if predicate == RDF_TYPE:
            continue
        domains, ranges = properties[predicate]
        assert types[quad["subject"]["value"]] & domains, f"{predicate} on {types}"
        target = quad["object"]
        if target["type"] == "literal":
            assert ranges & {f"{SCHEMA}{t}" for t in ("Text", "URL", "Number", "Date")}
        else:
            assert types[target["value"]] & ranges, (predicate, target)
    return len(quads)


def _google() -> dict[str, Any]:
    return json.loads((DATA / "google" / "claimreview.schema.json").read_text())


def _reviews(sco: Invoke, *args: str, text: str = DRAFT) -> tuple[list[dict[str, Any]], str]:
    result = sco("check", "-", "--format", "claimreview", *args, input=text)
    assert result.exit_code in (0, 4)
    document = json.loads(result.stdout)
    assert_schema_org(document)
    return [{"@context": document["@context"], **r} for r in document["@graph"]], result.stderr


def test_the_vocabulary_check_catches_what_is_not_schema_org() -> None:
    with pytest.raises(AssertionError):  # a property schema.org does not have
        assert_schema_org({"@context": SCHEMA, "@type": "Claim", "verdict": "x"})
    with pytest.raises(AssertionError, match=r"not a schema\.org type"):
        assert_schema_org({"@context": SCHEMA, "@type": "FactCheck", "name": "x"})
    with pytest.raises(AssertionError):  # a property of another type
        assert_schema_org(
            {"@context": SCHEMA, "@type": "Claim", "reviewRating": {"@type": "Rating"}}
        )
    assert assert_schema_org({"@context": SCHEMA, "@type": "Claim", "name": "x"}) == 2


def test_a_publishable_review_has_googles_fields(sco: Invoke) -> None:
    import jsonschema

    reviews, stderr = _reviews(sco, *PUBLISHER)
    assert stderr == ""
    assert len(reviews) == 3  # one review a claim
    for review in reviews:
        jsonschema.validate(review, _google())
        # the fact-check's own page, one a review, never the checked article
        assert review["url"].startswith("https://factcheck.example/sco/")
        assert review["url"] != review["itemReviewed"]["appearance"].get("url")
        assert (
            review["author"]
            == review["publisher"]
            == {
                "@type": "Organization",
                "name": "Example Fact Check",
                "url": "https://factcheck.example/",
            }
        )
        assert review["itemReviewed"]["datePublished"] == "2024-07-05"
        assert review["reviewRating"]["ratingExplanation"]
    assert len({r["url"] for r in reviews}) == len({r["@id"] for r in reviews}) == 3


def test_without_a_publisher_the_output_says_it_is_not_publishable(sco: Invoke) -> None:
    import jsonschema

    reviews, stderr = _reviews(sco)
    assert "not publishable without --review-url (SCO_REVIEW_URL) and --review-author" in stderr
    errors = {e.message for e in jsonschema.Draft202012Validator(_google()).iter_errors(reviews[0])}
    assert errors == {"'url' is a required property", "'author' is a required property"}


def test_the_environment_gives_the_publisher(sco: Invoke) -> None:
    env = {"SCO_REVIEW_URL": "https://fc.example/{id}", "SCO_REVIEW_AUTHOR": "FC"}
    result = sco("check", "-", "--format", "claimreview", input=DRAFT, env=env)
    review = json.loads(result.stdout)["@graph"][0]
    assert review["url"].startswith("https://fc.example/")
    assert review["author"]["name"] == "FC"
    assert "not publishable" not in result.stderr


def test_the_rating_says_the_span_the_claim_held_on_a_documented_scale(sco: Invoke) -> None:
    reviews, _ = _reviews(sco, *PUBLISHER)
    claims = json.loads(sco("check", "-", "--json", input=DRAFT).stdout)["claims"]
    eight, mongolia, summit = (r["reviewRating"] for r in reviews)
    span = claims[0]["holds"][0]
    assert eight["alternateName"] == f"Outdated: true from {span['from']} to {span['to']}"
    assert (eight["ratingValue"], eight["bestRating"], eight["worstRating"]) == (2, BEST, WORST)
    assert mongolia["alternateName"] == "True: true from 2004-06-17 to 2025-08-31"
    assert mongolia["ratingValue"] == BEST
    assert summit["alternateName"].startswith("True")
    for value, _meaning in SCALE.values():
        assert value is None or WORST <= value <= BEST


def test_a_false_and_an_unverifiable_claim(sco: Invoke) -> None:
    text = "Date: 2024-07-05\n\nTurkey, an observer, spoke. The 2031 summit in Baku will be long.\n"
    reviews, _ = _reviews(sco, *PUBLISHER, text=text)
    never, future = (r["reviewRating"] for r in reviews)
    assert (never["alternateName"], never["ratingValue"]) == ("False", WORST)
    assert future["alternateName"].startswith("Unverifiable")
    assert "ratingValue" not in future  # no score for a judgement not made


def test_ids_are_stable_and_the_same_claim_links_up(sco: Invoke) -> None:
    first, _ = _reviews(sco, *PUBLISHER)
    again, _ = _reviews(sco, *PUBLISHER)
    assert [r["@id"] for r in first] == [r["@id"] for r in again]
    other, _ = _reviews(sco, *PUBLISHER, text="Date: 2019-01-01\n\nThe SCO has eight members.\n")
    assert other[0]["itemReviewed"]["@id"] == first[0]["itemReviewed"]["@id"]
    assert other[0]["@id"] != first[0]["@id"]


def test_the_packaged_article_names_its_author(sco: Invoke) -> None:
    result = sco("check", "--format", "claimreview", *PUBLISHER)
    review = json.loads(result.stdout)["@graph"][0]
    item = review["itemReviewed"]
    assert item["author"]["@type"] == "Person"
    assert item["appearance"]["name"] == "000_b63b9ab8cbf85ae0.txt"
    assert item["appearance"]["publisher"]["@type"] == "Organization"


def test_a_page_is_its_appearance(sco: Invoke) -> None:
    result = sco(
        "check", str(ARTICLES / "2023-delhi-virtual.html"), "--format", "claimreview", *PUBLISHER
    )
    document = json.loads(result.stdout)
    assert assert_schema_org(document) > 20 * len(document["@graph"])
    appearance = document["@graph"][0]["itemReviewed"]["appearance"]
    assert appearance == {
        "@type": "CreativeWork",
        "name": str(ARTICLES / "2023-delhi-virtual.html"),
        "datePublished": "2023-07-05",
    }


def test_review_dir_writes_one_new_file_a_review_and_never_over_one(
    sco: Invoke, tmp_path: Path
) -> None:
    import jsonschema

    folder = tmp_path / "reviews"
    result = sco("check", "-", "--review-dir", str(folder), *PUBLISHER, input=DRAFT)
    assert result.exit_code == 4  # the check's own status
    files = sorted(folder.iterdir())
    assert len(files) == 3
    listed = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert sorted(listed) == [str(f) for f in files]
    for path in files:
        review = json.loads(path.read_text())
        assert review["@type"] == "ClaimReview"  # one review a file, a whole document
        jsonschema.validate(review, _google())
        assert_schema_org(review)
        assert review["url"].endswith(path.stem)
    mine = files[0].read_text()
    again = sco("check", "-", "--review-dir", str(folder), *PUBLISHER, input=DRAFT)
    assert again.exit_code == 2
    assert "already exists; sco never overwrites a file" in again.stderr
    assert files[0].read_text() == mine
    assert sorted(folder.iterdir()) == files


def test_reviews_are_written_whole(sco: Invoke) -> None:
    assert sco("check", "--format", "claimreview", "--fields", "verdict").exit_code == 2
