"""How a table of an exported database is declared: once, with its rows.

A `Table` says everything about one table: its columns with their SQLite
types, constraints and descriptions, its primary key, where its rows come
from and under which licence. sco_cli.database.write creates the tables from
these declarations and writes Datasette's metadata from the same ones, so a
column is never described apart from its definition.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

Row = tuple[Any, ...]
PROJECT_LICENCE = "MIT"
PROJECT_LICENCE_URL = "https://opensource.org/license/mit"


class Column(NamedTuple):
    name: str
    type: str  # TEXT or INTEGER
    description: str
    primary_key: bool = False
    not_null: bool = False
    references: str | None = None  # "table(column)"

    def sql(self) -> str:
        parts = [f'"{self.name}"', self.type]
        if self.primary_key:
            parts.append("PRIMARY KEY")
        if self.not_null:
            parts.append("NOT NULL")
        if self.references:
            table, column = self.references.rstrip(")").split("(")
            parts.append(f'REFERENCES "{table}"("{column}")')
        return " ".join(parts)


class Table(NamedTuple):
    name: str
    title: str
    description: str
    columns: tuple[Column, ...]
    source: str
    licence: str = PROJECT_LICENCE
    licence_url: str | None = PROJECT_LICENCE_URL
    source_url: str | None = None
    unique: tuple[str, ...] = ()  # columns whose values together name one row
    label_column: str | None = None  # what Datasette shows for a row that refers to this one

    def create_sql(self) -> str:
        lines = [column.sql() for column in self.columns]
        if self.unique:
            lines.append("UNIQUE (" + ", ".join(f'"{c}"' for c in self.unique) + ")")
        return f'CREATE TABLE "{self.name}" (\n  ' + ",\n  ".join(lines) + "\n)"

    def insert_sql(self) -> str:
        marks = ", ".join("?" for _ in self.columns)
        return f'INSERT INTO "{self.name}" VALUES ({marks})'  # noqa: S608 - sco's own names


class Part(NamedTuple):
    """A table and its rows, for database.export.write_database."""

    table: Table
    rows: Iterable[Row]


def column(name: str, type_: str, description: str, **extra: Any) -> Column:
    return Column(name, type_, description, **extra)


# The columns many tables share.
ROW_ID = column("id", "INTEGER", "Row id", primary_key=True)


def article_id(description: str = "The article") -> Column:
    """The article a row belongs to (articles.id)."""
    return column("article_id", "TEXT", description, not_null=True, references="articles(id)")


# The licence of what sco's own data files hold, and a note for the article's text.
ARTICLE_LICENCE = "the article's text belongs to its publisher (see source); sco quotes it"
