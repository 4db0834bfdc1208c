"""CSV and TSV records (either gzipped): a header row naming the fields, one record a row.

The table's columns are chosen once from its header (fields.Fields.columns): a
table without a text column is refused whole. A row is tested by the
pre-filter on its text cell before a record is made of it.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from typing import IO

from sco_cli.archive.fields import Bad, BadRecord, Fields, record
from sco_cli.archive.prefilter import may_name_sco
from sco_cli.archive.work import Record
from sco_cli.errors import DataError


def records(
    stream: IO[bytes],
    source: str,
    fields: Fields,
    max_size: int,
    gate: bool = True,
    delimiter: str = ",",
) -> Iterator[Record | Bad | None]:
    """Each row's record, a Bad one, or None for a row skipped (never names the SCO)."""
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    csv.field_size_limit(min(max_size, sys.maxsize))
    reader = csv.reader(text, delimiter=delimiter)
    header = next(reader, None)
    if header is None:
        raise DataError(f"{source}: empty: no header row naming the fields")
    try:
        chosen = fields.columns(header)
    except BadRecord as error:
        raise DataError(f"{source}: {error}") from None
    column = header.index(chosen.text[0])
    for number, row in enumerate(reader, 1):
        where = f"{source} row {number} (line {reader.line_num})"
        if column >= len(row):
            yield Bad(
                where,
                f"no {chosen.text[0]!r} cell: {len(row)} cells, the header names {len(header)}",
            )
            continue
        if gate and not may_name_sco(row[column]):
            yield None
            continue
        try:
            yield record(dict(zip(header, row, strict=False)), chosen, source, number)
        except BadRecord as error:
            yield Bad(where, str(error))
