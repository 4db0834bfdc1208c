"""Write tables into a new SQLite database, and Datasette's metadata beside it.

`write_database(target, parts, ...)` creates each `Part`'s table from its
declaration (sco_cli.database.tables), inserts its rows, adds the full-text
indexes and views it is given, and writes TARGET's metadata file
(`FILE.metadata.json` for `FILE.db`) from the same declarations. Both files
are new: each is written under a temporary name and linked into place, so the
two appear whole or not at all, and neither file is ever overwritten (exit 2).
"""

from __future__ import annotations

import errno
import json
import os
import re
import secrets
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from sco_cli.database.tables import PROJECT_LICENCE, PROJECT_LICENCE_URL, Part, Table
from sco_cli.errors import OutputError, ScoError, UsageProblem
from sco_cli.output.view_file import not_written

TOKENIZE = "porter unicode61 remove_diacritics 2"  # as `sco search` (sco_cli.article.search)


class FullText(NamedTuple):
    """An FTS5 index of `column` of `table`, named `{table}_fts` with content=[table]:
    the form sqlite-utils creates, which it and Datasette find by that name."""

    table: str
    column: str

    @property
    def name(self) -> str:
        return f"{self.table}_fts"

    def create_sql(self) -> tuple[str, str]:
        create = (
            f"CREATE VIRTUAL TABLE [{self.name}] USING FTS5 (\n    [{self.column}],\n"
            f"    tokenize='{TOKENIZE}',\n    content=[{self.table}]\n)"
        )
        fill = f"INSERT INTO [{self.name}] (rowid, [{self.column}]) SELECT rowid, [{self.column}] FROM [{self.table}]"  # noqa: S608 - sco's own names
        return create, fill


class View(NamedTuple):
    name: str
    title: str
    description: str
    sql: str
    columns: dict[str, str]  # name -> description
    source: str


class About(NamedTuple):
    """What the database says of itself in its metadata."""

    title: str
    description: str
    source: str
    source_url: str | None = None


def metadata_name(target: str) -> str:
    """FILE.db -> FILE.metadata.json (the name Datasette's docs use); FILE.sqlite3 ->
    FILE.sqlite3.metadata.json, so that FILE.db and FILE.sqlite3 never share one."""
    path = Path(target)
    stem = path.with_suffix("") if path.suffix.lower() == ".db" else path
    return f"{stem}.metadata.json"


def write_database(
    target: str,
    parts: Sequence[Part],
    *,
    about: About,
    full_text: Sequence[FullText] = (),
    views: Sequence[View] = (),
) -> str:
    """Write a new database at `target` and its metadata file; return the latter's name.

    Both are written whole under temporary names first, then linked into place
    (a link never replaces a file, even one that appeared meanwhile); should
    the metadata's link fail, the database just linked is removed again: the
    export is both files or neither."""
    meta_target = metadata_name(target)
    for name in (target, meta_target):
        _refuse_existing(name)
    metadata = _metadata(target, parts, about, full_text, views)
    text = _SURROGATE.sub("\ufffd", json.dumps(metadata, indent=2, ensure_ascii=False) + "\n")
    made: list[str] = []
    try:
        database = _new_temporary(target, made)
        _build(database, parts, full_text, views)
        described = _new_temporary(meta_target, made)
        _write_text(described, text, meta_target)
        _link_new(database, target)
        try:
            _link_new(described, meta_target)
        except ScoError:
            _remove_link(target, database)
            raise
    finally:
        for leftover in made:
            Path(leftover).unlink(missing_ok=True)
    return meta_target


def _refuse_existing(name: str) -> None:
    try:
        os.lstat(name)  # a link counts, even one that points nowhere
    except FileNotFoundError:
        return
    except OSError as error:  # a name too long for the file system, a loop, ...
        raise not_written(name, error) from None
    raise not_written(name, FileExistsError(errno.EEXIST, "File exists"))


def _new_temporary(target: str, made: list[str]) -> str:
    """A new, empty file beside `target` under a name of its own (recorded in
    `made`, and with SQLite's journal, to be removed in the end)."""
    directory = Path(target).parent
    # A short name: a legal name of 255 bytes leaves no room for more.
    name = str(directory / f".sco-{os.getpid()}-{secrets.token_hex(4)}.tmp")
    try:
        descriptor = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o644)
    except OSError as error:
        raise not_written(target, error) from None
    os.close(descriptor)
    made += [name, f"{name}-journal"]
    return name


_SURROGATE = re.compile("[\ud800-\udfff]")


def _storable(row: Sequence[Any]) -> Sequence[Any]:
    """The row as SQLite can store it: a lone surrogate (a file name that is not
    UTF-8) is no text, and becomes U+FFFD as it does on the terminal."""
    if not any(isinstance(v, str) and _SURROGATE.search(v) for v in row):
        return row
    return [_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for v in row]


def _build(
    path: str, parts: Sequence[Part], full_text: Sequence[FullText], views: Sequence[View]
) -> None:
    try:
        db = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as error:  # pragma: no cover - the file was just made
        raise UsageProblem(f"cannot write {path}: {error}") from None
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("BEGIN")
        for part in parts:
            db.execute(part.table.create_sql())
            db.executemany(part.table.insert_sql(), (_storable(row) for row in part.rows))
        for index in full_text:
            for statement in index.create_sql():
                db.execute(statement)
        for view in views:
            db.execute(view.sql)
        db.execute("COMMIT")
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
        if broken:  # pragma: no cover - a bug in sco: the rows are built from one article
            raise RuntimeError(f"rows that refer to nothing: {broken[:3]}")
    except sqlite3.OperationalError as error:
        # SQLITE_FULL and SQLITE_IOERR: the disk, not the name (exit 74, as for any output);
        # the code is an extended one (SQLITE_IOERR_WRITE past `ulimit -f`): its low byte
        # is the primary code.
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (sqlite3.SQLITE_FULL, sqlite3.SQLITE_IOERR):
            raise OutputError(f"cannot write the database: {error}") from None
        raise UsageProblem(f"cannot write the database: {error}") from None
    finally:
        db.close()


def _write_text(path: str, content: str, target: str) -> None:
    try:
        with Path(path).open("w", encoding="utf-8") as handle:
            handle.write(content)
    except OSError as error:
        raise not_written(target, error) from None


def _link_new(temporary: str, target: str) -> None:
    try:
        os.link(temporary, target)
    except OSError as error:
        raise not_written(target, error) from None


def _remove_link(target: str, temporary: str) -> None:
    """Remove `target` if it is still the link to `temporary` made just before."""
    try:
        if os.path.samestat(os.lstat(target), os.lstat(temporary)):
            Path(target).unlink()
    except OSError:  # pragma: no cover - gone already, or the folder refuses
        pass


def _metadata(
    target: str,
    parts: Sequence[Part],
    about: About,
    full_text: Sequence[FullText],
    views: Sequence[View],
) -> dict[str, Any]:
    """Datasette's metadata format: the database, each table and each column described."""
    searchable = {index.table: index.name for index in full_text}
    tables: dict[str, Any] = {}
    for part in parts:
        tables[part.table.name] = _table_metadata(part.table, searchable.get(part.table.name))
    for view in views:
        tables[view.name] = {
            "title": view.title,
            "description": view.description,
            "source": view.source,
            "license": PROJECT_LICENCE,
            "license_url": PROJECT_LICENCE_URL,
            "columns": view.columns,
        }
    database = {
        "title": about.title,
        "description": about.description,
        "source": about.source,
        # No licence URL here: Datasette would link every table's licence to it.
        "license": f"{PROJECT_LICENCE} for sco's data; the article's text belongs to its publisher",
        "tables": tables,
    }
    if about.source_url:
        database["source_url"] = about.source_url
    name = Path(target).stem
    top = {key: value for key, value in database.items() if key != "tables"}
    return {**top, "databases": {name: database}}


def _table_metadata(table: Table, fts_table: str | None) -> dict[str, Any]:
    described: dict[str, Any] = {
        "title": table.title,
        "description": table.description,
        "source": table.source,
        "license": table.licence,
    }
    if table.licence_url:
        described["license_url"] = table.licence_url
    if table.source_url:
        described["source_url"] = table.source_url
    if fts_table:
        described["fts_table"] = fts_table
    if table.label_column:
        described["label_column"] = table.label_column
    described["columns"] = {c.name: c.description for c in table.columns}
    return described
