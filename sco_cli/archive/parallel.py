"""Work in chunks on worker processes, the results in input order, with a bounded
number of chunks in flight, so memory stays flat however long the input.

Workers are forked where the platform allows it (they inherit the prepared
reference, nothing is pickled but the chunks and their results) and ignore
Ctrl-C: the parent alone stops the run, in one line.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

Item = TypeVar("Item")
Done = TypeVar("Done")

AHEAD = 3  # chunks in flight a worker: enough to keep each busy


def available_cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count)."""
    counted = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counted is not None:
        return int(counted() or 1)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def ordered(
    work: Callable[[list[Item]], list[Done]],
    items: Iterable[Item],
    jobs: int,
    size: int,
) -> Iterator[Done]:
    """work(chunk) of each chunk of `size` items, on `jobs` processes, in input order."""
    from concurrent.futures import ProcessPoolExecutor

    context = None
    if sys.platform == "linux":
        import multiprocessing

        context = multiprocessing.get_context("fork")
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_quiet)
    pending: deque[Future[list[Done]]] = deque()
    try:
        for chunk in chunks(items, size):
            pending.append(pool.submit(work, chunk))
            while len(pending) >= jobs * AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:
        pool.shutdown(wait=not pending, cancel_futures=True)


def _quiet() -> None:
    """A worker leaves Ctrl-C to its parent (no traceback from each process)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
