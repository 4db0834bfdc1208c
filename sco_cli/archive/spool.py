"""The claims' records of a run, written to a temporary file as they come and read
back one at a time when the answer is written: memory stays flat however many
claims an archive holds (the file goes when the run ends)."""

from __future__ import annotations

import json
import os
import tempfile
from array import array
from collections.abc import Iterator, Sequence
from typing import Any, overload


class Spool(Sequence[Any]):
    """JSON records appended, read back in order (or by index), each as a new object."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="sco-claims-")  # noqa: SIM115 - kept open
        self._ends = array("q")
        self._end = 0

    def append(self, record: Any) -> None:
        self.extend([encoded(record)])

    def extend(self, lines: list[bytes]) -> None:
        """Records written already (`encoded`), one a line."""
        for data in lines:
            self._file.write(data)
            self._end += len(data)
            self._ends.append(self._end)

    def __len__(self) -> int:
        return len(self._ends)

    @overload
    def __getitem__(self, index: int) -> Any: ...
    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        start = self._ends[index - 1] if index else 0
        return self._read(start, self._ends[index])

    def __iter__(self) -> Iterator[Any]:
        start = 0
        for end in self._ends:
            yield self._read(start, end)
            start = end

    def _read(self, start: int, end: int) -> Any:
        self._file.flush()
        return json.loads(os.pread(self._file.fileno(), end - start, start))


def encoded(record: Any) -> bytes:
    """A record as the spool keeps it: one line of JSON."""
    return json.dumps(record, ensure_ascii=False).encode() + b"\n"
