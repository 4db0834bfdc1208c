"""`sco check ... --export FILE.db`: the checked articles, their claims and verdicts,
and the reference rows behind each, in one database that sqlite3, sqlite-utils and
Datasette open."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sco_cli.database.build import _article_ids
from tests.claims.corpus import ARTICLES
from tests.conftest import Invoke

BIN = Path(sys.executable).parent
CHECK_TABLES = ["claims", "verdicts", "verdict_references"]
# sco check --summary's, which every check database holds too (test_check_summary.py)
SUMMARY_TABLES = ["summary_years", "summary_outlets", "summary_kinds", "repeated_claims"]
TABLES = [
    "articles",
    "sections",
    "paragraphs",
    "sentences",
    "status_events",
    "status_rules",
    "summits",
    "milestones",
    *CHECK_TABLES,
    *SUMMARY_TABLES,
]
# Two articles of the corpus, and one of them again under the same file name elsewhere.
PICKED = ["2012-beijing-afghanistan.html", "2015-ufa-enlargement.txt"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("articles")
    (root / "a").mkdir()
    (root / "b").mkdir()
    for name in PICKED:
        shutil.copy(ARTICLES / name, root / "a" / name)
    shutil.copy(ARTICLES / PICKED[1], root / "b" / PICKED[1])
    return root


@pytest.fixture(scope="module")
def checked(folder: Path) -> tuple[Path, dict[str, Any]]:
    """One export of a folder and one more file, and the same check's JSON."""
    from click.testing import CliRunner

    from sco_cli.cli import cli

    target = folder / "checked.db"
    inputs = [str(folder / "a"), str(folder / "b" / PICKED[1])]
    result = CliRunner().invoke(cli, ["check", *inputs, "--export", str(target)])
    document = json.loads(CliRunner().invoke(cli, ["check", *inputs, "--json"]).stdout)
    assert document["counts"]["contradicts"] > 0
    assert result.exit_code == 4  # a claim contradicts: exported, and exit 4 still
    assert result.stderr == f"wrote {target} and {folder / 'checked.metadata.json'}\n"
    assert result.stdout == ""
    return target, document


def query(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql, params).fetchall()


def test_the_tables_and_their_keys(checked: tuple[Path, dict[str, Any]]) -> None:
    target, _ = checked
    names = query(
        target,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sentences_fts%'",
    )
    assert sorted(n for (n,) in names) == sorted(TABLES)
    for table in TABLES:
        keys = [row[1] for row in query(target, f"PRAGMA table_info([{table}])") if row[5]]
        assert len(keys) == 1, table
    links = {
        (table, row[3], row[2])
        for table in CHECK_TABLES
        for row in query(target, f"PRAGMA foreign_key_list([{table}])")
    }
    assert {
        ("claims", "article_id", "articles"),
        ("claims", "sentence_id", "sentences"),
        ("verdicts", "claim_id", "claims"),
        ("verdicts", "article_id", "articles"),
        ("verdict_references", "claim_id", "verdicts"),
        ("verdict_references", "status_event_id", "status_events"),
        ("verdict_references", "summit", "summits"),
        ("verdict_references", "milestone_id", "milestones"),
    } <= links
    assert query(target, "PRAGMA foreign_key_check") == []
    assert query(target, "PRAGMA integrity_check") == [("ok",)]


def test_each_article_once_with_rows_of_its_own(checked: tuple[Path, dict[str, Any]]) -> None:
    target, document = checked
    articles = query(target, "SELECT id, file, date, paragraphs, sentences FROM articles")
    assert [(a[0], a[1]) for a in articles] == [
        ("2012-beijing-afghanistan", document["articles"][0]["article"]),
        ("2015-ufa-enlargement", document["articles"][1]["article"]),
        ("2015-ufa-enlargement-2", document["articles"][2]["article"]),
    ]
    assert [a[2] for a in articles] == [a["date"] for a in document["articles"]]
    # Row ids run on through the articles: none is shared, each row is its article's.
    for table, column in [("sentences", "sentences"), ("paragraphs", "paragraphs")]:
        per_article = dict(query(target, f"SELECT id, {column} FROM articles"))  # noqa: S608
        counted = query(target, f"SELECT article_id, count(*) FROM {table} GROUP BY article_id")  # noqa: S608
        assert dict(counted) == per_article, table
        assert query(target, f"SELECT count(DISTINCT id) = count(*) FROM {table}") == [(1,)]  # noqa: S608
    # The same file under two names has the same sentences, under other ids.
    same = query(
        target,
        "SELECT count(*) FROM sentences a JOIN sentences b ON a.text = b.text "
        "AND a.paragraph = b.paragraph AND a.sentence = b.sentence "
        "WHERE a.article_id = '2015-ufa-enlargement' AND b.article_id = '2015-ufa-enlargement-2'",
    )
    assert same == query(target, "SELECT sentences FROM articles WHERE id = '2015-ufa-enlargement'")


def test_the_claims_and_verdicts_are_the_checks_records(
    checked: tuple[Path, dict[str, Any]],
) -> None:
    target, document = checked
    records = document["claims"]
    claims = query(
        target,
        "SELECT c.id, a.file, c.kind, c.subject, c.value, c.text, c.paragraph, c.sentence, "
        "s.text, v.verdict, v.basis, v.as_of, v.holds, v.note, v.kind, v.article_id = c.article_id "
        "FROM claims c JOIN articles a ON a.id = c.article_id "
        "JOIN verdicts v ON v.claim_id = c.id LEFT JOIN sentences s ON s.id = c.sentence_id "
        "ORDER BY c.id",
    )
    assert len(claims) == len(records)
    for row, record in zip(claims, records, strict=True):
        claim = record["claim"]
        value = None if claim["value"] is None else str(claim["value"])
        assert row[1:6] == (
            record["article"],
            claim["kind"],
            claim["subject"],
            value,
            claim["text"],
        )
        assert row[6:9] == (
            record["location"]["paragraph"],
            record["location"]["sentence"],
            record["sentence"],  # the very sentence the check read
        )
        assert row[9:12] == (record["verdict"], record["basis"], record["as_of"])
        assert json.loads(row[12]) == record["holds"]
        assert row[13:] == (record["note"], claim["kind"], 1)


def test_each_reference_row_joins_its_table_and_source(
    checked: tuple[Path, dict[str, Any]],
) -> None:
    target, document = checked
    shown = query(
        target,
        "SELECT r.claim_id, r.position, r.row, r.source, e.iso3, e.decided, e.source_decided, "
        "e.source_in_force, u.date, u.from_status, u.source, s.ordinal, s.city, m.date "
        "FROM verdict_references r "
        "LEFT JOIN status_events e ON e.id = r.status_event_id "
        "LEFT JOIN status_rules u ON u.id = r.status_rule_id "
        "LEFT JOIN summits s ON s.ordinal = r.summit "
        "LEFT JOIN milestones m ON m.id = r.milestone_id ORDER BY r.id",
    )
    expected = [
        (n, position, row)
        for n, record in enumerate(document["claims"], start=1)
        for position, row in enumerate(record["reference"], start=1)
    ]
    assert len(shown) == len(expected) > 0
    events = {
        (iso3, decided): status
        for iso3, decided, status in query(
            target, "SELECT iso3, decided, status FROM status_events"
        )
    }
    joined = set()
    for got, (claim_id, position, row) in zip(shown, expected, strict=True):
        assert got[:2] == (claim_id, position)
        assert json.loads(got[2]) == row
        assert got[3] == row["source"]
        if got[4] is not None:
            joined.add("status_events")
            assert (got[4], got[5]) == (row["iso3"], row["decided"])
            assert row["source"] in (got[6], got[7])
        elif got[8] is not None:  # a status the Tianjin rule gave: it renamed the one before
            joined.add("status_rules")
            assert (got[8], got[10]) == (row["decided"], row["source"])
            before = max(d for (iso3, d) in events if iso3 == row["iso3"] and d < got[8])
            assert events[(row["iso3"], before)] == got[9]
        elif got[11] is not None:
            joined.add("summits")
            assert (got[11], got[12]) == (row["ordinal"], row["city"])
        else:
            joined.add("milestones")
            assert got[13] == row["date"]
    assert joined == {"status_events", "status_rules", "summits"}


def test_two_articles_of_one_name_are_two_articles(sco: Invoke, tmp_path: Path) -> None:
    path = str(ARTICLES / PICKED[1])
    other = tmp_path / "copy" / PICKED[1]  # the same name and text in another folder
    other.parent.mkdir()
    other.write_bytes((ARTICLES / PICKED[1]).read_bytes())
    target = tmp_path / "twice.db"
    assert sco("check", path, str(other), "--export", str(target)).exit_code in (0, 4)
    counts = query(target, "SELECT article_id, count(*) FROM claims GROUP BY article_id")
    assert [a for a, _ in counts] == ["2015-ufa-enlargement", "2015-ufa-enlargement-2"]
    assert counts[0][1] == counts[1][1] > 0
    assert query(
        target,
        "SELECT count(*) FROM claims c JOIN sentences s ON s.id = c.sentence_id "
        "WHERE s.article_id != c.article_id",
    ) == [(0,)]


def test_the_same_file_named_twice_is_one_article(sco: Invoke, tmp_path: Path) -> None:
    path = str(ARTICLES / PICKED[1])
    target = tmp_path / "once.db"
    result = sco("check", path, path, "--export", str(target))
    assert result.exit_code in (0, 4)
    assert "named 2 times: checked once" in result.stderr
    assert query(target, "SELECT id FROM articles") == [("2015-ufa-enlargement",)]


def test_a_file_name_that_is_not_utf8_is_stored_as_shown(sco: Invoke, tmp_path: Path) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(b"\xffa.txt")).write_text(
        " date 2017-06-10\n\nThe SCO has nine members.\n"
    )
    target = tmp_path / "names.db"
    result = sco("check", str(folder), "--export", str(target))
    assert result.exit_code == 4, result.stderr
    (name,) = query(target, "SELECT id FROM articles")[0]
    assert name == "\ufffda"
    assert "\ufffd" in (tmp_path / "names.metadata.json").read_text(encoding="utf-8")


def test_a_check_that_agrees_exports_and_exits_0(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "eve.db"
    result = sco("check", "--as-of", "2025-08-30", "--export", str(target))
    assert result.exit_code == 0, result.stderr
    assert query(target, "SELECT DISTINCT verdict, as_of, as_of_from FROM verdicts") == [
        ("agrees", "2025-08-30", "option")
    ]
    assert query(target, "SELECT id FROM articles") == [("000_b63b9ab8cbf85ae0",)]


def test_standard_input(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "stdin.sqlite"
    text = " date 2025-09-09\n\nThe SCO was founded in 2001.\n\nIt has 9 member states.\n"
    result = sco("check", "-", "--export", str(target), input=text)
    assert result.exit_code == 4
    assert query(target, "SELECT id, file, paragraphs, sentences FROM articles") == [
        ("stdin", "stdin", 2, 2)
    ]
    assert query(
        target, "SELECT c.text, v.verdict FROM claims c JOIN verdicts v ON v.claim_id = c.id"
    ) == [
        ("founded in 2001", "agrees"),
        ("9 member states", "contradicts"),
    ]
    assert (tmp_path / "stdin.sqlite.metadata.json").exists()


def test_an_existing_file_is_never_overwritten(sco: Invoke, tmp_path: Path) -> None:
    for name in ("mine.db", "mine.metadata.json"):
        (tmp_path / name).write_text("mine")
        result = sco("check", "--export", str(tmp_path / "mine.db"))
        assert result.exit_code == 2
        assert result.stderr == (
            f"Error: {tmp_path / name} already exists; sco never overwrites a file: remove it first\n"
        )
        assert [p.name for p in tmp_path.iterdir()] == [name]
        assert (tmp_path / name).read_text() == "mine"
        (tmp_path / name).unlink()


def test_only_check_exports_a_database(sco: Invoke, tmp_path: Path) -> None:
    result = sco("members", "--export", str(tmp_path / "members.db"))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: cannot export to '{tmp_path / 'members.db'}': the name must end in "
        ".svg, .html, .png, .txt\n"
    )
    assert list(tmp_path.iterdir()) == []


def test_the_rich_view_still_exports(sco: Invoke, tmp_path: Path) -> None:
    result = sco("check", "--export", str(tmp_path / "check.txt"))
    assert result.exit_code == 4
    assert "two observer states" in (tmp_path / "check.txt").read_text(encoding="utf-8")


def test_article_ids_are_unique_and_readable() -> None:
    assert _article_ids(
        [
            "a/notes.txt",
            "b/notes.txt",
            "stdin",
            "https://example.com/news/sco-summit.html",
            "https://example.com/",
            "https://example.com/news/sco-summit/",
            "notes-2.txt",
        ]
    ) == ["notes", "notes-2", "stdin", "sco-summit", "example.com", "sco-summit-2", "notes-2-2"]


class CountingSet(set[str]):
    looks = 0

    def __contains__(self, item: object) -> bool:
        self.looks += 1
        return super().__contains__(item)


@pytest.mark.slow
def test_many_articles_of_one_name_take_linear_work() -> None:
    """However many articles share a name (and some already end in -2, -3), each
    id is found in a bounded number of looks: doubling the input doubles them."""
    looks = []
    for count in (2_000, 4_000):
        names = [f"{n}/notes.txt" for n in range(count)] + [f"notes-{n}.txt" for n in range(2, 9)]
        taken = CountingSet()
        ids = _article_ids(names, taken)
        assert len(set(ids)) == len(names)
        looks.append(taken.looks)
    assert looks[1] <= 2 * looks[0] + 20, looks


def test_the_metadata_describes_every_table_and_column(
    checked: tuple[Path, dict[str, Any]],
) -> None:
    target, _ = checked
    metadata = json.loads(target.with_name("checked.metadata.json").read_text(encoding="utf-8"))
    database = metadata["databases"]["checked"]
    assert database["title"] == "sco check: the SCO claims of 3 articles, and their verdicts"
    assert set(database["tables"]) == {*TABLES, "roster"}
    for name, table in database["tables"].items():
        assert {"title", "description", "source", "license"} <= table.keys(), name
        columns = [r[1] for r in query(target, f"PRAGMA table_info([{name}])")]
        assert list(table["columns"]) == columns, name
        assert all(table["columns"].values()), name


def test_sqlite_utils_searches_the_checked_sentences(
    checked: tuple[Path, dict[str, Any]],
) -> None:
    target, _ = checked
    result = subprocess.run(
        [
            BIN / "sqlite-utils",
            "search",
            target,
            "sentences",
            "Afghanistan",
            "--csv",
            "-c",
            "article_id",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found = set(result.stdout.splitlines()[1:])
    assert "2012-beijing-afghanistan" in found
    assert found == {
        a
        for (a,) in query(
            target, "SELECT article_id FROM sentences WHERE text LIKE '%Afghanistan%'"
        )
    }


def test_datasette_facets_the_verdicts_and_labels_the_claims(
    checked: tuple[Path, dict[str, Any]],
) -> None:
    from datasette.app import Datasette

    target, document = checked
    metadata = json.loads(target.with_name("checked.metadata.json").read_text(encoding="utf-8"))

    async def visit() -> dict[str, Any]:
        datasette = Datasette([str(target)], metadata=metadata)
        pages: dict[str, Any] = {}
        for table in [*CHECK_TABLES, "articles"]:
            page = await datasette.client.get(f"/checked/{table}")
            pages[table] = (page.status_code, page.text)
        faceted = await datasette.client.get(
            "/checked/verdicts.json?_facet=article_id&_facet=kind&_facet=verdict&_labels=on"
        )
        pages["faceted"] = (faceted.status_code, faceted.json())
        return pages

    pages = asyncio.run(visit())
    for table in [*CHECK_TABLES, "articles"]:
        status, html = pages[table]
        assert status == 200, table
        assert metadata["databases"]["checked"]["tables"][table]["title"] in html
    status, faceted = pages["faceted"]
    assert status == 200
    facets = {
        name: {item["value"]: item["count"] for item in facet["results"]}
        for name, facet in faceted["facet_results"].items()
    }
    assert facets["verdict"] == {k: v for k, v in document["counts"].items() if v}
    per_article = {a["article"]: a["claims"] for a in document["articles"]}
    assert sorted(facets["article_id"].values()) == sorted(per_article.values())
    assert sum(facets["kind"].values()) == len(document["claims"])
    # A verdict's claim shows as the claim's words (claims' label column).
    first = faceted["rows"][0]
    assert first["claim_id"]["label"] == document["claims"][0]["claim"]["text"]


def test_a_milestone_behind_a_verdict(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "five.db"
    text = " date 2025-09-09\n\nThe Shanghai Five was founded in 1996.\n"
    assert sco("check", "-", "--export", str(target), input=text).exit_code == 0
    assert query(
        target,
        "SELECT c.text, m.date, r.source = m.source FROM claims c "
        "JOIN verdict_references r ON r.claim_id = c.id JOIN milestones m ON m.id = r.milestone_id",
    ) == [("Shanghai Five was founded in 1996", "1996-04-26", 1)]


def test_a_row_of_no_reference_table_links_to_none() -> None:
    from sco_cli.database.claims import ReferenceIds
    from sco_cli.dataset import load_dataset

    ids = ReferenceIds(load_dataset())
    assert ids.of({"date": "1996-04-26", "event": "something else"}) == (None, None, None, None)
    assert ids.of({"iso3": "XXX", "decided": "2025-09-01", "status": "partner"}) == (
        None,
        None,
        None,
        None,
    )
