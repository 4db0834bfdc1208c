"""The claims' records of a run, written to a temporary file as they come and read
back one at a time when the answer is written: memory stays flat however many
claims an archive holds (the file goes when the run ends)."""

from __future__ import annotations

import json
import os
import tempfile
from array import array
from collections.abc import Callable, Iterator, Sequence
from typing import Any, overload


class Spool(Sequence[Any]):
    """JSON records appended, read back in order (or by index), each as a new object
    (`decode`: how a record's bytes are read back; `text`: as the text written)."""

    def __init__(self, decode: Callable[[bytes], Any] = json.loads) -> None:
        self._file = tempfile.TemporaryFile(prefix="sco-claims-")  # noqa: SIM115 - kept open
        self._decode = decode
        self._ends = array("q")
        self._end = 0

    def append(self, record: Any) -> None:
        self.extend([encoded(record)])

    def extend(self, lines: list[bytes]) -> None:
        """Records written already (`encoded`), one a line (all in one write)."""
        for data in lines:
            self._end += len(data)
            self._ends.append(self._end)
        self._file.write(b"".join(lines))

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
        return self._decode(os.pread(self._file.fileno(), end - start, start))


def text(data: bytes) -> str:
    """A line spooled as text, read back as written."""
    return data.decode()


def encoded(record: Any) -> bytes:
    """A record as the spool keeps it: one line of JSON."""
    return json.dumps(record, ensure_ascii=False).encode() + b"\n"
