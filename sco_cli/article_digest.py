"""The digest that confirms a stored article index, begun as early as it can be.

sco_cli.article_index uses a stored index only when the SHA-256 of the
article's bytes, read anew, agrees with the one it was built from. Hashing 28
MiB takes tens of milliseconds, and lets other threads run: so it is taken in
a thread, begun as soon as --article names the file (read_ahead, from the
option's callback), while the command and the index's reader are still being
imported. This module is kept light for that: hashlib and threading only.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from typing import Generic, TypeVar

from sco_cli import private_files
from sco_cli.reading import digest_article

T = TypeVar("T")
PREFIX, SUFFIX = "article-", ".sqlite"


def index_path(folder: str, real_path: str) -> str:
    """Where the stored index of the article at `real_path` is kept."""
    name = hashlib.sha256(os.fsencode(real_path)).hexdigest()[:24]
    return os.path.join(folder, f"{PREFIX}{name}{SUFFIX}")


class InThread(Generic[T]):
    """`work()` done in a thread (hashing lets other threads run): its result,
    or the exception it raised, when asked for."""

    def __init__(self, work: Callable[[], T]) -> None:
        import threading

        self._work = work
        self._answer: tuple[T] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._answer = (self._work(),)
        except BaseException as error:  # handed to the thread that waits
            self._error = error

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._answer is not None  # noqa: S101 - set when there is no error
        return self._answer[0]


class Digest(InThread[tuple[str, os.stat_result]]):
    """The SHA-256 of the article file's bytes and its stat, taken in a thread."""

    def __init__(self, name: str, max_size: int) -> None:
        self.key = (name, max_size)
        super().__init__(lambda: digest_article(name, max_size))


def read_ahead(name: str, max_size: int) -> Digest | None:
    """The digest of the article `name`, begun now, if a stored index of it
    exists (None: nothing is stored, so nothing is to be confirmed)."""
    folder = private_files.cache_folder(create=False)
    if folder is None or "\0" in name:
        return None
    if not os.path.lexists(index_path(folder, os.path.realpath(name))):
        return None
    return Digest(name, max_size)
