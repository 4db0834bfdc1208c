"""`sco check DIR --summary`: a run counted, not listed. Claims and verdicts by year
of publication, by outlet and by kind, and the wrong claims most repeated (how
many articles made each, and when), in the rich view, in JSON, in records and in
the SQLite export; summed an article at a time, in memory bounded by the groups."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sco_cli.claims.inputs import from_text
from sco_cli.claims.judge import Reference
from sco_cli.dataset import load_dataset
from sco_cli.reports.corpus import Claimed, Corpus, outlet_of, summary
from tests.claims.corpus import ARTICLES
from tests.conftest import Invoke

FOLDER = str(ARTICLES)
VERDICTS = ("agrees", "contradicts", "unverifiable", "disputed")


@pytest.fixture(scope="module")
def both() -> tuple[dict[str, Any], dict[str, Any]]:
    """The folder checked twice: listed (`--json`) and counted (`--summary --json`)."""
    from click.testing import CliRunner

    from sco_cli.cli import cli

    listed = CliRunner().invoke(cli, ["check", FOLDER, "--json"])
    counted = CliRunner().invoke(cli, ["check", FOLDER, "--summary", "--json"])
    assert counted.exit_code == listed.exit_code == 4  # the corpus holds wrong claims
    return json.loads(listed.stdout), json.loads(counted.stdout)


def _counts(claims: list[dict[str, Any]]) -> dict[str, int]:
    found = Counter(c["verdict"] for c in claims)
    return {v: found[v] for v in VERDICTS}


def test_the_summary_counts_what_the_check_lists(
    both: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    listed, counted = both
    assert counted["document"] == "check-summary"
    assert counted["articles"] == len(listed["articles"])
    assert counted["claims"] == len(listed["claims"])
    assert counted["counts"] == listed["counts"]
    assert counted["with_claims"] == sum(1 for a in listed["articles"] if a["claims"])


def test_claims_by_year_of_publication_oldest_first_undated_last(
    both: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    listed, counted = both
    by_year: dict[int | None, list[dict[str, Any]]] = defaultdict(list)
    for claim in listed["claims"]:
        date = claim["article_date"]
        by_year[int(date[:4]) if date else None].append(claim)
    years = [y["year"] for y in counted["by_year"]]
    assert years == [*sorted(y for y in years if y is not None), None]
    for group in counted["by_year"]:
        assert group["claims"] == len(by_year[group["year"]])
        assert group["counts"] == _counts(by_year[group["year"]])


def test_claims_by_kind(both: tuple[dict[str, Any], dict[str, Any]]) -> None:
    listed, counted = both
    for group in counted["by_kind"]:
        claims = [c for c in listed["claims"] if c["claim"]["kind"] == group["kind"]]
        assert group["claims"] == len(claims)
        assert group["counts"] == _counts(claims)
        assert group["articles"] == len({c["article"] for c in claims})


def test_wrong_claims_grouped_by_what_they_claim_with_articles_and_dates(
    both: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    listed, counted = both
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = defaultdict(list)
    for claim in listed["claims"]:
        if claim["verdict"] == "contradicts":
            what = claim["claim"]
            groups[(what["kind"], what["subject"], what["value"])].append(claim)
    repeated = counted["repeated"]
    assert {(r["kind"], r["subject"], r["value"]) for r in repeated} == set(groups)
    for wrong in repeated:
        claims = groups[(wrong["kind"], wrong["subject"], wrong["value"])]
        dates = sorted(c["article_date"] for c in claims if c["article_date"])
        assert wrong["claims"] == len(claims)
        assert wrong["articles"] == len({c["article"] for c in claims})
        assert (wrong["first"], wrong["last"]) == ((dates[0], dates[-1]) if dates else (None, None))
        assert wrong["text"] in {c["claim"]["text"] for c in claims}
    ranks = [(-r["articles"], -r["claims"]) for r in repeated]
    assert ranks == sorted(ranks)  # the most repeated first


def _article(text: str, name: str, url: str | None = None, source: str | None = None) -> Any:
    return from_text(name, text)._replace(url=url, source=source)


WRONG = "date 2016-05-01\nThe nine-member SCO met in Astana this week."
RIGHT = "date 2016-05-01\nThe six-member SCO met in Astana this week."


def test_an_outlet_is_the_records_source_else_the_urls_host() -> None:
    assert outlet_of("https://www.reuters.com/world/asia/x", None) == "reuters.com"
    assert outlet_of("https://news.example.org:8443/a", None) == "news.example.org"
    assert outlet_of("https://www.reuters.com/x", "  Reuters \n ") == "Reuters"
    assert outlet_of(None, None) is None
    assert outlet_of("http://[broken/", None) is None


def test_a_wrong_count_repeated_across_outlets() -> None:
    documents = [
        _article(WRONG, "a", "https://www.reuters.com/a"),
        _article(WRONG, "b", "https://reuters.com/b"),
        _article(WRONG.replace("2016-05-01", "2017-01-09"), "c", source="Daily Planet"),
        _article(RIGHT, "d", "https://apnews.com/d"),
    ]
    report = summary(iter(documents), Reference.of(load_dataset()), None)
    doc = report.document
    assert report.exit_code == 4
    (wrong,) = doc["repeated"]
    assert (wrong["kind"], wrong["subject"], wrong["value"]) == ("count", "member", 9)
    assert (wrong["articles"], wrong["outlets"]) == (3, 2)
    assert (wrong["first"], wrong["last"]) == ("2016-05-01", "2017-01-09")
    outlets = {o["outlet"]: o["counts"]["contradicts"] for o in doc["by_outlet"]}
    assert outlets == {"reuters.com": 2, "Daily Planet": 1, "apnews.com": 0}
    assert doc["by_outlet"][0]["outlet"] == "reuters.com"  # the most claims first


def test_memory_is_bounded_by_the_groups_not_the_articles() -> None:
    """An article is counted and let go: a million articles of two outlets and one
    wrong claim leave two outlets, one year and one group behind."""
    corpus = Corpus()
    wrong = Claimed("count", "member", 9, "nine-member SCO", "contradicts", "six in force")
    for n in range(20_000):
        url = f"https://{'ab'[n % 2]}.example/{n}"
        corpus.add(f"article-{n}", date="2016-05-01", url=url, claims=[wrong, wrong])
    assert (len(corpus.outlets), len(corpus.years), len(corpus.wrong)) == (2, 1, 1)
    (group,) = corpus.wrong.values()
    assert (group.articles, group.claims, len(group.outlets)) == (20_000, 40_000, 2)


@pytest.mark.slow
def test_summing_more_articles_takes_no_more_memory() -> None:
    import tracemalloc

    def peak(articles: int) -> int:
        def documents() -> Iterator[Any]:
            for n in range(articles):
                yield _article(WRONG, f"a{n}", f"https://site{n % 3}.example/{n}")

        tracemalloc.start()
        summary(documents(), Reference.of(load_dataset()), None)
        found = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return found

    peak(50)  # warm: the engine's patterns compiled once
    small, large = peak(200), peak(2_000)
    assert large < small * 1.5, (small, large)


def test_records_one_group_a_row_for_tsv_and_jq(sco: Invoke) -> None:
    result = sco("check", FOLDER, "--summary", "--format", "tsv")
    assert result.exit_code == 4
    header, *rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert header[:5] == ["group", "key", "articles", "with_claims", "claims"]
    groups = Counter(row[0] for row in rows)
    assert (groups["all"], groups["kind"]) == (1, 5)
    assert groups["year"] > 1
    assert groups["repeated"] == int(next(r for r in rows if r[0] == "all")[6])  # contradicts


def test_fields_narrow_the_summary_records(sco: Invoke) -> None:
    doc = json.loads(sco("check", FOLDER, "--summary", "--fields", "group,key", "--json").stdout)
    assert doc["document"] == "records"
    assert {"group": "kind", "key": "summit"} in doc["records"]


@pytest.mark.parametrize("width", [40, 80, 120])
def test_the_view_names_the_wrong_claims_and_cuts_nothing(sco: Invoke, width: int) -> None:
    listed = json.loads(sco("check", FOLDER, "--summary", "--json").stdout)
    out = sco("check", FOLDER, "--summary", "--format", "rich", env={"COLUMNS": str(width)}).stdout
    assert "…" not in out
    assert max(len(line) for line in out.splitlines()) <= width
    flat = re.sub(r"\s+", " ", out)
    for wrong in listed["repeated"][:10]:
        assert wrong["text"] in flat
    assert f"and {len(listed['repeated']) - 10} more (all in --json)" in flat
    assert f"{listed['claims']} claims in {listed['articles']} articles" in flat


def test_the_summary_database_is_its_json_in_tables(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "summary.db"
    result = sco("check", FOLDER, "--summary", "--export", str(target))
    assert result.exit_code == 4
    doc = json.loads(sco("check", FOLDER, "--summary", "--json").stdout)
    with sqlite3.connect(target) as db:
        tables = {r[0] for r in db.execute("select name from sqlite_master where type='table'")}
        assert "articles" not in tables  # counted, not listed
        years = db.execute("select year, claims, contradicts from summary_years order by id")
        assert [list(r) for r in years] == [
            [y["year"], y["claims"], y["counts"]["contradicts"]] for y in doc["by_year"]
        ]
        repeated = db.execute("select text, articles, first, last from repeated_claims order by id")
        assert [list(r) for r in repeated] == [
            [r["text"], r["articles"], r["first"], r["last"]] for r in doc["repeated"]
        ]
    metadata = json.loads((tmp_path / "summary.metadata.json").read_text())
    described = metadata["databases"]["summary"]["tables"]
    assert {"summary_years", "summary_outlets", "summary_kinds", "repeated_claims"} <= set(
        described
    )
    assert described["repeated_claims"]["columns"]["first"]


def test_the_full_database_has_the_summary_too(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "checked.db"
    assert sco("check", FOLDER, "--export", str(target)).exit_code == 4
    doc = json.loads(sco("check", FOLDER, "--summary", "--json").stdout)
    with sqlite3.connect(target) as db:
        kinds = db.execute("select kind, articles, claims, agrees from summary_kinds")
        assert sorted(map(list, kinds)) == sorted(
            [k["kind"], k["articles"], k["claims"], k["counts"]["agrees"]] for k in doc["by_kind"]
        )
        wrong = db.execute("select count(*), sum(claims) from repeated_claims").fetchone()
        contradicts = db.execute("select count(*) from verdicts where verdict='contradicts'")
        assert wrong == (len(doc["repeated"]), contradicts.fetchone()[0])


def test_an_unreadable_article_is_counted_and_named(sco: Invoke, tmp_path: Path) -> None:
    missing = tmp_path / "gone.txt"
    result = sco("check", str(ARTICLES / "2015-ufa-enlargement.txt"), str(missing), "--summary")
    assert result.exit_code == 3
    assert "1 of 2 articles could not be read" in result.stderr
    assert "gone.txt" in result.stderr


@pytest.mark.parametrize("other", [("--cite",), ("--format", "claimreview")])
def test_summary_is_not_given_with_per_claim_outputs(sco: Invoke, other: tuple[str, ...]) -> None:
    result = sco("check", FOLDER, "--summary", *other)
    assert result.exit_code == 2
    assert "--summary counts the claims" in result.stderr


def _sums(articles: list[dict[str, Any]], claims: list[dict[str, Any]]) -> Corpus:
    from sco_cli.reports.corpus import of_records

    return of_records(articles, claims)


def test_partial_sums_merge_into_the_whole_runs(
    both: tuple[dict[str, Any], dict[str, Any]],
) -> None:
    """A cluster sums each partition where it is checked, then merges the sums: in
    input order, that is the summary of the whole run."""
    listed, counted = both
    articles, claims = listed["articles"], listed["claims"]
    parts, start, taken = [], 0, 0
    for cut in (0, 3, 7, len(articles)):  # an empty part, then three uneven ones
        chunk = articles[start:cut]
        used = sum(a["claims"] for a in chunk)
        parts.append(_sums(chunk, claims[taken : taken + used]))
        start, taken = cut, taken + used
    merged = parts[0]
    for part in parts[1:]:
        merged = merged.merge(part)
    end, as_of = counted["reference"]["as_of"], counted["as_of"]
    assert merged.document(end, as_of, 0) == counted
    assert _sums(articles, claims).document(end, as_of, 0) == counted


def test_datasette_serves_the_summary_with_its_titles(sco: Invoke, tmp_path: Path) -> None:
    import asyncio

    from datasette.app import Datasette

    target = tmp_path / "summary.db"
    assert sco("check", FOLDER, "--summary", "--export", str(target)).exit_code == 4
    metadata = json.loads((tmp_path / "summary.metadata.json").read_text(encoding="utf-8"))
    tables = metadata["databases"]["summary"]["tables"]

    async def visit() -> dict[str, Any]:
        datasette = Datasette([str(target)], metadata=metadata)
        pages = {}
        for table in ("summary_years", "summary_outlets", "summary_kinds", "repeated_claims"):
            page = await datasette.client.get(f"/summary/{table}")
            pages[table] = (page.status_code, page.text)
        top = await datasette.client.get(
            "/summary/repeated_claims.json?_sort_desc=articles&_shape=array"
        )
        pages["top"] = (top.status_code, top.json())
        return pages

    pages = asyncio.run(visit())
    for table in ("summary_years", "summary_outlets", "summary_kinds", "repeated_claims"):
        status, html = pages[table]
        assert status == 200, table
        assert tables[table]["title"] in html
    status, top = pages["top"]
    assert status == 200
    doc = json.loads(sco("check", FOLDER, "--summary", "--json").stdout)
    assert sorted((r["text"], r["articles"]) for r in top) == sorted(
        (r["text"], r["articles"]) for r in doc["repeated"]
    )


def test_a_long_outlet_keeps_its_counts_together_on_the_next_line() -> None:
    """Below 60 columns a group is a line; a name too long to share it with its
    counts gets a line of its own, and its counts the next, indented, never split."""
    from rich.console import Console

    from sco_cli.views import Frame
    from sco_cli.views.check import _tallies

    counts = {"agrees": 27, "contradicts": 22, "unverifiable": 2, "disputed": 1}
    groups = [
        {"outlet": "www.very-long-outlet-name.example.com", "claims": 52, "counts": counts},
        {"outlet": "tass.ru", "claims": 52, "counts": counts},
    ]
    console = Console(width=40, record=True, color_system=None)
    console.print(_tallies(Frame(width=40), "outlet", groups))
    lines = console.export_text().splitlines()
    assert lines[:2] == [
        "www.very-long-outlet-name.example.com",
        "  52 claims  ✓ 27  ✗ 22  ? 2  ~ 1",
    ]
    assert lines[2] == "tass.ru  52 claims  ✓ 27  ✗ 22  ? 2  ~ 1"
