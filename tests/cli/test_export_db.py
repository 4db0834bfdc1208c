"""`sco export FILE.db`: one SQLite database that sqlite3, sqlite-utils and Datasette open."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sco_cli.article.parse import normalize_space
from sco_cli.dataset import load_dataset
from sco_cli.dataset.query import iter_facts
from sco_cli.dataset.roster import BASES, roster_on, status_label
from tests.conftest import Invoke

TABLES = [
    "articles",
    "sections",
    "paragraphs",
    "sentences",
    "facts",
    "evidence",
    "notes",
    "notes_sources",
    "status_events",
    "status_rules",
    "summits",
    "milestones",
]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One export of the packaged data, shared by the tests that only read it."""
    from click.testing import CliRunner

    from sco_cli.cli import cli

    target = tmp_path_factory.mktemp("export") / "sco.db"
    result = CliRunner().invoke(cli, ["export", str(target)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {target} and {target.with_suffix('')}.metadata.json\n"
    assert result.stdout == ""
    return target


def query(path: Path, sql: str, *params: object) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as db:
        return db.execute(sql, params).fetchall()


def test_every_table_and_the_roster_view_are_there(exported: Path) -> None:
    names = query(
        exported,
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sentences_fts_%'",
    )
    assert sorted(names) == sorted(
        [(t, "table") for t in TABLES] + [("sentences_fts", "table"), ("roster", "view")]
    )


@pytest.mark.parametrize("table", TABLES)
def test_every_table_has_a_primary_key(exported: Path, table: str) -> None:
    keys = [row[1] for row in query(exported, f"PRAGMA table_info([{table}])") if row[5]]
    assert len(keys) == 1


def test_the_rows_are_the_data(exported: Path) -> None:
    dataset = load_dataset()
    article = dataset.article
    sentences = [s for p in article.paragraphs for s in p.sentences]
    assert query(exported, "SELECT id, sections, paragraphs, sentences FROM articles") == [
        (article.id, len(article.sections), len(article.by_number), len(sentences))
    ]
    assert [r[0] for r in query(exported, "SELECT text FROM sentences ORDER BY id")] == sentences
    assert [r[0] for r in query(exported, "SELECT slug FROM sections ORDER BY position")] == [
        s.slug for s in article.sections
    ]
    facts = dict(iter_facts(dataset.facts))
    stored = query(exported, "SELECT path, value FROM facts")
    assert [path for path, _ in stored] == list(facts)
    assert dict(stored)["summit.city"] == "Tianjin"
    assert (
        json.loads(dict(stored)["shanghai_spirit.values"])
        == facts["shanghai_spirit.values"]["value"]
    )
    assert len(query(exported, "SELECT * FROM status_events")) == len(dataset.events)
    assert len(query(exported, "SELECT * FROM milestones")) == len(dataset.milestones)
    summits = query(exported, "SELECT ordinal, city, start FROM summits ORDER BY ordinal")
    assert summits[0] == (1, "Shanghai", "2001-06-15")
    assert summits[-1][:2] == (25, "Tianjin")
    assert query(exported, "PRAGMA foreign_key_check") == []
    assert query(exported, "PRAGMA integrity_check") == [("ok",)]


def test_each_body_quote_points_at_the_sentence_that_holds_it(exported: Path) -> None:
    rows = query(
        exported,
        "SELECT e.quote, e.part, s.text, e.section, s.section, e.paragraph, s.paragraph "
        "FROM evidence e LEFT JOIN sentences s ON s.id = e.sentence_id",
    )
    body = [r for r in rows if r[1] == "body"]
    assert body
    for quote, _, sentence, *where in body:
        assert normalize_space(quote) in sentence
        assert where[0] == where[1]
        assert where[2] == where[3]
    assert all(r[2] is None for r in rows if r[1] != "body")


def test_notes_and_their_sources(exported: Path) -> None:
    notes = query(exported, "SELECT id, about, fact_path, verdict FROM notes")
    assert ("source.date", "source.date") in {(n[1], n[2]) for n in notes}
    sources = query(exported, "SELECT note_id, url FROM notes_sources")
    assert {note_id for note_id, _ in sources} == {n[0] for n in notes}


def test_the_roster_view_is_the_roster_on_every_date(exported: Path) -> None:
    dataset = load_dataset()
    dates = query(exported, "SELECT DISTINCT basis, date FROM roster")
    # spelled as the command line and the JSON spell them: in-force, dialogue-partner
    assert {basis for basis, _ in dates} == {status_label(b) for b in BASES}
    assert len(dates) > 20
    for basis, date in dates:
        view = query(
            exported,
            "SELECT country, status, since, source FROM roster WHERE basis = ? AND date = ?",
            basis,
            date,
        )
        expected = [
            (h["country"], status_label(h["status"]), h["since"], h["source"])
            for h in roster_on(dataset.events, dataset.rules, date, basis.replace("-", "_"))
        ]
        assert sorted(view) == sorted(expected), (basis, date)
    # the article's day: 10 members, 2 observers and 14 dialogue partners in force
    counts = query(
        exported,
        "SELECT status, count(*) FROM roster WHERE basis = 'in-force' AND date = "
        "(SELECT max(date) FROM roster WHERE date <= '2025-08-30') GROUP BY status",
    )
    assert dict(counts) == {"member": 10, "observer": 2, "dialogue-partner": 14}


def test_the_metadata_describes_every_table_and_column(exported: Path) -> None:
    metadata = json.loads(exported.with_name("sco.metadata.json").read_text(encoding="utf-8"))
    assert {"title", "description", "source", "license", "databases"} <= metadata.keys()
    database = metadata["databases"]["sco"]
    assert {"title", "description", "source", "license"} <= database.keys()
    # a table's licence links to its own URL only, never to another's
    assert "license_url" not in database
    assert set(database["tables"]) == {*TABLES, "roster"}
    for name, table in database["tables"].items():
        assert {"title", "description", "source", "license"} <= table.keys(), name
        columns = [r[1] for r in query(exported, f"PRAGMA table_info([{name}])")]
        assert list(table["columns"]) == columns, name
        assert all(table["columns"].values()), name
    assert database["tables"]["sentences"]["fts_table"] == "sentences_fts"


def test_an_existing_file_is_never_overwritten(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "mine.db"
    target.write_bytes(b"mine")
    result = sco("export", str(target))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {target} already exists; sco never overwrites a file: remove it first\n"
    )
    assert target.read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.db"]


def test_an_existing_metadata_file_is_never_overwritten(sco: Invoke, tmp_path: Path) -> None:
    metadata = tmp_path / "mine.metadata.json"
    metadata.write_text("{}")
    result = sco("export", str(tmp_path / "mine.db"))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {metadata} already exists; sco never overwrites a file: remove it first\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.metadata.json"]


def test_a_folder_that_cannot_be_written_is_exit_2(sco: Invoke, tmp_path: Path) -> None:
    result = sco("export", str(tmp_path / "missing" / "x.db"))
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: cannot write")
    assert "\n" not in result.stderr.rstrip("\n")


def test_an_article_of_ones_own_has_its_text_and_the_reference(sco: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "notes.txt"
    article.write_text(
        "Leaders meet\n\nThe railway opens. Trade grows.\n\nTRADE\n\nExports grew.\n"
    )
    target = tmp_path / "notes.db"
    result = sco("--article", str(article), "export", str(target))
    assert result.exit_code == 0, result.stderr
    assert query(target, "SELECT id, headline, file FROM articles") == [
        ("notes", "Leaders meet", str(article))
    ]
    assert query(target, "SELECT section, paragraph, sentence, text FROM sentences") == [
        ("lead", 1, 1, "The railway opens."),
        ("lead", 1, 2, "Trade grows."),
        ("trade", 2, 1, "Exports grew."),
    ]
    tables = {r[0] for r in query(target, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "facts" not in tables
    assert {"status_events", "summits", "milestones"} <= tables
    metadata = json.loads((tmp_path / "notes.metadata.json").read_text(encoding="utf-8"))
    assert "facts" not in metadata["databases"]["notes"]["tables"]


def test_sqlite_utils_searches_the_sentences(exported: Path) -> None:
    result = subprocess.run(
        [BIN / "sqlite-utils", "search", exported, "sentences", "railways", "--csv", "-c", "text"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    lines = result.stdout.splitlines()
    assert lines[0] == "text"
    assert len(lines) == 2
    assert "China-Kyrgyzstan-Uzbekistan railway" in lines[1]  # found through the stemmer


def test_datasette_inspect_counts_every_table(exported: Path) -> None:
    result = subprocess.run(
        [BIN / "datasette", "inspect", exported],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    counts = {n: t["count"] for n, t in json.loads(result.stdout)["sco"]["tables"].items()}
    for table in TABLES:
        assert counts[table] == query(exported, f"SELECT count(*) FROM [{table}]")[0][0]  # noqa: S608


def test_datasette_serves_every_table_and_the_search(exported: Path) -> None:
    from datasette.app import Datasette

    metadata = json.loads(exported.with_name("sco.metadata.json").read_text(encoding="utf-8"))

    async def visit() -> dict[str, Any]:
        datasette = Datasette([str(exported)], metadata=metadata)
        pages = {}
        for table in [*TABLES, "roster"]:
            page = await datasette.client.get(f"/sco/{table}")
            pages[table] = (page.status_code, page.text)
        search = await datasette.client.get("/sco/sentences.json?_search=railways&_shape=objects")
        pages["search"] = (search.status_code, search.json())
        labelled = await datasette.client.get("/sco/evidence.json?_labels=on&_shape=objects")
        pages["labelled"] = (labelled.status_code, labelled.json())
        return pages

    pages = asyncio.run(visit())
    for table in [*TABLES, "roster"]:
        status, html = pages[table]
        assert status == 200, table
        assert metadata["databases"]["sco"]["tables"][table]["title"] in html
    status, found = pages["search"]
    assert status == 200
    assert [row["paragraph"] for row in found["rows"]] == [10]
    assert "railway" in found["rows"][0]["text"]
    status, labelled = pages["labelled"]
    assert labelled["rows"][0]["fact_path"] == {"value": "source.outlet", "label": "source.outlet"}
    html = pages["sentences"][1]
    assert 'name="_search"' in html  # Datasette's search box
    assert "The sentence, verbatim" in html  # a column's description


def test_a_full_disk_is_an_output_error_and_leaves_no_half_export(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno
    import pathlib

    real_open = pathlib.Path.open

    def full(self: pathlib.Path, *args: Any, **kwargs: Any) -> Any:
        if self.name.startswith(".sco-"):  # the metadata, written before it is linked
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", full)
    result = sco("export", str(tmp_path / "sco.db"))
    assert result.exit_code == 74
    assert result.stderr == (
        f"Error: cannot write {tmp_path / 'sco.metadata.json'}: No space left on device\n"
    )
    assert list(tmp_path.iterdir()) == []  # no database without its metadata, no temporary


def test_a_full_disk_inside_sqlite_is_an_output_error(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    real_connect = sqlite3.connect

    class Full(sqlite3.Connection):
        def executemany(self, *args: Any) -> Any:
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
            raise error

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real_connect(*a, **k, factory=Full))
    result = sco("export", str(tmp_path / "sco.db"))
    assert (result.exit_code, result.stderr) == (
        74,
        "Error: cannot write the database: database or disk is full\n",
    )
    assert list(tmp_path.iterdir()) == []


def test_a_file_size_limit_is_an_output_error_too(tmp_path: Path) -> None:
    """`ulimit -f` (RLIMIT_FSIZE): SQLite says SQLITE_IOERR_WRITE, an extended code;
    it is the disk, as a full one is (exit 74), and nothing is left behind."""
    import resource

    def limit() -> None:  # 20 KiB: the database needs more
        resource.setrlimit(resource.RLIMIT_FSIZE, (20 * 1024, 20 * 1024))

    result = subprocess.run(
        [sys.executable, "-m", "sco_cli", "export", str(tmp_path / "sco.db")],
        capture_output=True,
        text=True,
        preexec_fn=limit,  # the limit is the child's alone
        # unmeasured: coverage, following subprocesses, would write its data under the limit
        env={k: v for k, v in os.environ.items() if not k.startswith("COVERAGE_")},
        check=False,
    )
    assert (result.returncode, result.stderr) == (
        74,
        "Error: cannot write the database: disk I/O error\n",
    )
    assert list(tmp_path.iterdir()) == []


def test_a_db_and_a_sqlite3_of_one_name_keep_their_own_metadata(
    sco: Invoke, tmp_path: Path
) -> None:
    for name in ("x.db", "x.sqlite3", "x.sqlite"):
        assert sco("export", str(tmp_path / name)).exit_code == 0, name
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "x.db",
        "x.metadata.json",
        "x.sqlite",
        "x.sqlite.metadata.json",
        "x.sqlite3",
        "x.sqlite3.metadata.json",
    ]


def test_the_names_it_wrote_never_reach_the_terminal_raw(sco: Invoke, tmp_path: Path) -> None:
    target = tmp_path / "x\x1b]0;PWNED\x07\u202e.db"
    result = sco("export", str(target))
    assert result.exit_code == 0
    assert "\x1b" not in result.stderr
    assert "\x07" not in result.stderr
    assert "\u202e" not in result.stderr
    assert "x\u241b]0;PWNED\u2407" in result.stderr


@pytest.mark.parametrize("appears", ["mine.db", "mine.metadata.json"])
def test_a_file_that_appears_meanwhile_is_never_replaced(
    sco: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, appears: str
) -> None:
    """Someone writes the name while the database is built: theirs stays, and
    no half of the export does."""
    from sco_cli.database import write

    real_build = write._build

    def build_and_meanwhile(*args: Any) -> None:
        real_build(*args)
        (tmp_path / appears).write_text("theirs")

    monkeypatch.setattr(write, "_build", build_and_meanwhile)
    result = sco("export", str(tmp_path / "mine.db"))
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {tmp_path / appears} already exists; sco never overwrites a file: remove it first\n"
    )
    assert [p.name for p in tmp_path.iterdir()] == [appears]
    assert (tmp_path / appears).read_text() == "theirs"
