"""Rich view of `sco cache`: sco's own files, least recently used first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from sco_cli.views import simple_table

if TYPE_CHECKING:
    from sco_cli.reports.cache import CacheDoc


def cache(doc: CacheDoc) -> RenderableType:
    table = simple_table()
    table.add_column("file")
    table.add_column("kind", no_wrap=True)
    table.add_column("size", justify="right", no_wrap=True)
    table.add_column("last used", no_wrap=True)
    table.add_column("article", overflow="fold")
    for f in doc["files"]:
        table.add_row(
            Text(f["name"]),
            Text(f["kind"]),
            Text(_size(f["bytes"])),
            Text(f["last_used"]),
            Text(f["article"] or ""),
        )
    done = "Removed" if doc["cleared"] else "Holds"
    summary = (
        f"{done} {_size(doc['total_bytes'])} in {len(doc['files'])} file(s) of sco's own, "
        f"in {doc['directory']} (at most {_size(doc['max_bytes'])}, SCO_CACHE_MAX_SIZE)."
    )
    return Group(table, Text(summary, style="dim"))


def _size(count: int) -> str:
    if count < 1024:
        return f"{count:,} bytes"
    size = float(count)
    for unit in ("KiB", "MiB", "GiB"):
        size /= 1024
        if size < 1024 or unit == "GiB":
            break
    return f"{size:,.1f} {unit}"
