"""`sco cache`: the files sco keeps in its cache directory, and clearing them."""

from __future__ import annotations

import time
from typing import Annotated, Literal, TypedDict

from sco_cli.private_files import CacheFile
from sco_cli.reports import SCHEMA_VERSION, Report, Versioned

CACHE_FIELDS = ("name", "kind", "bytes", "last_used", "article")
Kind = Literal["data", "article index"]
KINDS: dict[str, Kind] = {"dataset-": "data", "article-": "article index"}


class CacheFileItem(TypedDict):
    name: Annotated[str, "The file's name in the cache directory"]
    kind: Kind
    bytes: int
    last_used: Annotated[str, "When it was last used (UTC, ISO 8601)"]
    article: Annotated[str | None, "For an article index: the article it holds"]


class CacheDoc(Versioned):
    """`sco cache [--clear]`."""

    document: Literal["cache"]
    directory: Annotated[str | None, "sco's cache directory (None: no home directory)"]
    usable: Annotated[bool, "False when the directory is not the user's own, private"]
    max_bytes: Annotated[int, "The most it may hold (SCO_CACHE_MAX_SIZE)"]
    total_bytes: int
    cleared: Annotated[bool, "True when the files listed were just removed"]
    files: list[CacheFileItem]


def cache(
    directory: str | None,
    usable: bool,
    cap: int,
    files: list[tuple[CacheFile, str | None]],
    *,
    cleared: bool,
) -> Report:
    """`files`: sco's own files with, for an article index, the article it holds."""
    items: list[CacheFileItem] = [
        {
            "name": f.name,
            "kind": next(k for prefix, k in KINDS.items() if f.name.startswith(prefix)),
            "bytes": f.size,
            "last_used": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(f.used)),
            "article": article,
        }
        for f, article in files
    ]
    total = sum(item["bytes"] for item in items)
    document: CacheDoc = {
        "schema_version": SCHEMA_VERSION,
        "document": "cache",
        "directory": directory,
        "usable": usable,
        "max_bytes": cap,
        "total_bytes": total,
        "cleared": cleared,
        "files": items,
    }
    rows = [
        (item["name"], item["kind"], item["bytes"], item["last_used"], item["article"])
        for item in items
    ]
    notice = None
    if directory is not None and not usable:
        notice = f"{directory} is not used: it is not a directory of yours that only you can write"
    elif cleared:
        notice = f"removed {len(items)} file(s), {total:,} bytes, from {directory}"
    return Report(document, CACHE_FIELDS, rows, "cache", notice=notice)
