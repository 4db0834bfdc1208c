"""Parquet records, through pyarrow (the extra `sco-cli[archive]`): a batch of rows at a
time, only the columns read, so memory stays that of a batch however long the file."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sco_cli.archive.extras import extra
from sco_cli.archive.fields import Bad, BadRecord, Fields, record
from sco_cli.archive.prefilter import may_name_sco
from sco_cli.archive.work import Record
from sco_cli.errors import DataError

BATCH = 1024  # rows converted to Python at a time


def records(
    path: str, source: str, fields: Fields, gate: bool = True
) -> Iterator[Record | Bad | None]:
    """Each row's record, a Bad one, or None for a row skipped (never names the SCO)."""
    parquet: Any = extra("pyarrow.parquet", "Parquet")
    try:
        table = parquet.ParquetFile(path)
        names = list(table.schema_arrow.names)
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        raise DataError(
            f"{source}: not a Parquet file sco can read ({_first_line(error)})"
        ) from None
    try:
        chosen = fields.columns(names)
    except BadRecord as error:
        raise DataError(f"{source}: {error}") from None
    wanted = list(
        dict.fromkeys([*chosen.text, *chosen.date, *chosen.url, *chosen.id, *chosen.outlet])
    )
    text = chosen.text[0]
    number = 0
    for batch in table.iter_batches(batch_size=BATCH, columns=wanted):
        columns = batch.to_pydict()
        for row in range(batch.num_rows):
            number += 1
            value = columns[text][row]
            if gate and isinstance(value, str) and not may_name_sco(value):
                yield None
                continue
            try:
                yield record({k: columns[k][row] for k in wanted}, chosen, source, number)
            except BadRecord as error:
                yield Bad(f"{source} row {number}", str(error))


def _first_line(error: Exception) -> str:
    return (str(error).splitlines() or [type(error).__name__])[0]
