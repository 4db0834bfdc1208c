"""Lists built as they are read (one small module: sanitize and cells use it)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Generic, TypeVar, overload

Item = TypeVar("Item")
Shown = TypeVar("Shown")


class Lazy(Sequence[Shown], Generic[Item, Shown]):
    """A list whose items are built when read, one at a time, from compact ones:
    for a report whose records, built all at once, would outweigh its input many
    times (`sco check` cites the same reference rows in thousands of claims). The
    formats read it in order and let each item go (output.py writes JSON, jsonl
    and text a record at a time); it is a JSON list everywhere (cells.json_text),
    and `mapped` applies a function to every item as it is built (sanitize.shown_tree)."""

    def __init__(self, items: Sequence[Item], build: Callable[[Item], Shown]) -> None:
        self.items, self.build = items, build

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> Shown: ...
    @overload
    def __getitem__(self, index: slice) -> list[Shown]: ...
    def __getitem__(self, index: int | slice) -> Shown | list[Shown]:
        if isinstance(index, slice):
            return [self.build(item) for item in self.items[index]]
        return self.build(self.items[index])

    def __iter__(self) -> Iterator[Shown]:
        return map(self.build, self.items)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment] # a list is not hashable either

    def __repr__(self) -> str:
        return f"Lazy({len(self)} items)"

    def mapped(self, function: Callable[[Shown], Any]) -> Lazy[Item, Any]:
        build = self.build
        return Lazy(self.items, lambda item: function(build(item)))

    def to_json(self) -> list[Shown]:
        return list(self)


class Prewritten(Lazy[Item, Shown]):
    """Rows built as they are read that also hold each row's JSON line, written where
    the row was made (a worker process): jsonl copies the lines rather than build each
    row again and encode it, one at a time, in the process that writes the answer."""

    def __init__(
        self, items: Sequence[Item], build: Callable[[Item], Shown], lines: Sequence[str]
    ) -> None:
        super().__init__(items, build)
        self.lines = lines  # json_text(dict(zip(columns, row)), indent=None) of each row
