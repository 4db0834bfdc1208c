"""JSON Lines records (.jsonl, .ndjson, either gzipped), read a line at a time.

A line is tested by the pre-filter before it is parsed: one that cannot name
the SCO is skipped unread (None), even a malformed one. A line longer than
the size limit is bad, and read past without being held.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO

from sco_cli.archive.fields import Bad, BadRecord, Fields, record
from sco_cli.archive.prefilter import may_name_sco_raw
from sco_cli.archive.work import Record

_CHUNK = 1 << 20


def records(
    stream: IO[bytes], source: str, fields: Fields, max_size: int, gate: bool = True
) -> Iterator[Record | Bad | None]:
    """Each line's record, a Bad one, or None for a line skipped (never names the SCO)."""
    number = 0
    while True:
        raw = stream.readline(max_size + 1)
        if not raw:
            return
        number += 1
        if len(raw) > max_size and not raw.endswith(b"\n"):
            _skip_line(stream)
            yield Bad(f"{source} line {number}", f"longer than the limit of {max_size:,} bytes")
            continue
        if not raw.strip():  # a blank line is no record
            continue
        if gate and not may_name_sco_raw(raw):
            yield None
            continue
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Bad(f"{source} line {number}", f"not UTF-8 (byte {error.start + 1})")
            continue
        yield _parsed(line, source, number, fields)


def _parsed(line: str, source: str, number: int, fields: Fields) -> Record | Bad:
    where = f"{source} line {number}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as error:
        return Bad(where, f"not JSON ({error.msg.removesuffix(' at')}, column {error.colno})")
    except RecursionError:
        return Bad(where, "not JSON sco reads (nested too deeply)")
    if not isinstance(value, dict):
        return Bad(where, f"a JSON {type(value).__name__}, not an object")
    try:
        return record(value, fields, source, number)
    except BadRecord as error:
        return Bad(where, str(error))


def _skip_line(stream: IO[bytes]) -> None:
    """Read past the rest of a line too long to hold, a chunk at a time."""
    while True:
        chunk = stream.readline(_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return
