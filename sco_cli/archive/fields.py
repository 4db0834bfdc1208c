"""Which field of a record holds its text, date, URL and id, and a record made of them.

Each has a default list of the names news archives use (the first present is
read); an option names one field instead, which every record must then hold.
A record without its text is bad (`BadRecord`: one line, its place named); a
date that is not one is left out, and the record is dated by its text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from sco_cli.archive.work import Record

TEXT = ("text", "content", "body", "maintext", "article")
DATE = (
    "date",
    "published",
    "published_at",
    "publish_date",
    "date_published",
    "datePublished",
    "pubdate",
)
URL = ("url", "link", "source_url", "uri")
ID = ("id", "_id", "uuid", "guid", "doc_id")
OUTLET = ("source", "outlet", "publisher", "source_domain", "site_name")
_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])")


class BadRecord(ValueError):
    """A record that cannot be checked: why, in a few words (its place is added)."""


class Fields(NamedTuple):
    """The field names read, in order of preference: an option gives exactly one."""

    text: Sequence[str] = TEXT
    date: Sequence[str] = DATE
    url: Sequence[str] = URL
    id: Sequence[str] = ID
    outlet: Sequence[str] = OUTLET

    @classmethod
    def named(
        cls,
        text: str | None = None,
        date: str | None = None,
        url: str | None = None,
        id: str | None = None,
        outlet: str | None = None,
    ) -> Fields:
        """The defaults, each replaced by the one field an option names."""
        return cls(
            (text,) if text else TEXT,
            (date,) if date else DATE,
            (url,) if url else URL,
            (id,) if id else ID,
            (outlet,) if outlet else OUTLET,
        )

    def columns(self, names: Sequence[str]) -> Fields:
        """Of a table's columns, the fields it has (each the first present of its
        list); a table without any text column is refused as a whole."""
        text = _first(self.text, names)
        if text is None:
            raise BadRecord(
                f"no text column ({', '.join(self.text)}); its columns: "
                f"{', '.join(names[:12])}{', ...' if len(names) > 12 else ''} (--text-field names one)"
            )
        return Fields(
            (text,),
            _present(self.date, names),
            _present(self.url, names),
            _present(self.id, names),
            _present(self.outlet, names),
        )


def _first(wanted: Sequence[str], names: Sequence[str]) -> str | None:
    return next((name for name in wanted if name in names), None)


def _present(wanted: Sequence[str], names: Sequence[str]) -> tuple[str, ...]:
    first = _first(wanted, names)
    return (first,) if first is not None else ()


def record(values: Mapping[str, Any], fields: Fields, source: str, number: int) -> Record:
    """The record of one object or row; BadRecord when it holds no text."""
    key = _first(fields.text, list(values))
    if key is None:
        raise BadRecord(f"no text field ({', '.join(fields.text)})")
    text = values[key]
    if not isinstance(text, str):
        raise BadRecord(f"its field {key!r} is {_kind(text)}, not text")
    date_key = _first(fields.date, list(values))
    date = iso_date(values[date_key]) if date_key is not None else None
    return Record(
        source,
        number,
        text,
        id=_scalar(values, fields.id),
        date=date,
        date_from=f"field {date_key!r}" if date is not None else None,
        url=_scalar(values, fields.url),
        outlet=_scalar(values, fields.outlet),
    )


def _scalar(values: Mapping[str, Any], wanted: Sequence[str]) -> str | None:
    """The first of these fields holding a string or a number, as text."""
    key = _first(wanted, list(values))
    value = values[key] if key is not None else None
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    return str(value) if str(value) else None


def _kind(value: object) -> str:
    return "empty (null)" if value is None else f"a {type(value).__name__}"


def iso_date(value: object) -> str | None:
    """YYYY-MM-DD of a date field: an ISO date or timestamp, an RFC 2822 date (RSS),
    a date or datetime (Parquet); None for anything else."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        return None
    match = _ISO_DAY.match(value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    if "," in value or ":" in value:
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
    return None


class Bad(NamedTuple):
    """A record that could not be read: where it stands, and why."""

    where: str  # "news.jsonl line 17", "news.csv row 4 (line 6)"
    why: str
