"""Keep the validated data between runs, so an answer need not import pydantic.

The cache file is keyed by the package version and a checksum of every file
under the data directory: any change to the data, or a new version of sco,
makes a new key, and the data is validated again (checks.py). It is
written to a temporary file and renamed into place, so runs that start
together never read half a file. It lives in the user's cache directory
($XDG_CACHE_HOME/sco, else ~/.cache/sco); when that cannot be written, sco
works without it. SCO_NO_CACHE=1 turns it off.

The file is one line of text (what `sco --version` says of the data, so that
answer needs no JSON parser), then the validated data as JSON.
"""

from __future__ import annotations

import contextlib
import os
import zlib

from sco_cli import __version__
from sco_cli.dataset.layout import FILE_LIMIT, Dataset

NO_CACHE_ENV = "SCO_NO_CACHE"
PREFIX = "dataset-"
SUFFIX = ".cache"
_PARTS = ("facts", "events", "rules", "milestones", "summits")


def description(directory: str) -> str | None:
    """The first line of a current cache file, without loading the rest."""
    path = current_path(directory)
    if path is None:
        return None
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline().rstrip("\n")
    except OSError:
        return None
    return line or None


def read(path: str | None, directory: str) -> Dataset | None:
    """The validated data of `directory` from its cache file `path`, or None."""
    return _read_cache(path, directory) if path is not None else None


def write(path: str | None, dataset: Dataset) -> None:
    """Keep `dataset` in its cache file `path` for the next runs (None: no cache)."""
    if path is not None:
        _write_cache(path, dataset)


def current_path(directory: str) -> str | None:
    """The cache file for the data as it is now, or None when there is no cache."""
    if os.environ.get(NO_CACHE_ENV) or not os.path.isdir(directory):
        return None
    contents = _read_tree(directory)
    return _cache_path(contents) if contents else None


def _read_tree(directory: str) -> dict[str, bytes]:
    """Every file under the data directory, by its path relative to it."""
    contents: dict[str, bytes] = {}
    try:
        for root, dirs, files in os.walk(directory):
            dirs.sort()
            for name in sorted(files):
                full = os.path.join(root, name)
                # Only regular files of a sane size (a FIFO would block the read):
                # anything else means no cache, and validation says what is wrong.
                if not os.path.isfile(full) or os.path.getsize(full) > FILE_LIMIT:
                    return {}
                with open(full, "rb") as handle:
                    contents[os.path.relpath(full, directory)] = handle.read()
    except OSError:
        return {}  # unreadable: validation will say which file and why
    return contents


def _cache_path(contents: dict[str, bytes]) -> str | None:
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):
        home = os.environ.get("HOME") or os.path.expanduser("~")
        if not home or home == "~":
            return None
        base = os.path.join(home, ".cache")
    if not contents:
        return None
    checksum = zlib.crc32(__version__.encode())
    for name, data in contents.items():
        checksum = zlib.crc32(name.encode() + b"\0" + len(data).to_bytes(8, "big"), checksum)
        checksum = zlib.crc32(data, checksum)
    return os.path.join(base, "sco", f"{PREFIX}{__version__}-{checksum:08x}{SUFFIX}")


def _read_cache(path: str, directory: str) -> Dataset | None:
    import json

    from sco_cli.article import Article

    try:
        with open(path, encoding="utf-8") as handle:
            handle.readline()  # the --version line
            cached = json.load(handle)
        return Dataset(
            article=Article.from_dict(cached["article"]),
            facts=cached["facts"],
            events=tuple(cached["events"]),
            rules=tuple(cached["rules"]),
            milestones=tuple(cached["milestones"]),
            data_dir=directory,
            summits=tuple(cached["summits"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing, or not a file this version wrote: validate again


def _write_cache(path: str, dataset: Dataset) -> None:
    """Write whole or not at all: a temporary file renamed into place."""
    import json

    document = {part: getattr(dataset, part) for part in _PARTS}
    document["article"] = dataset.article.to_dict()
    folder = os.path.dirname(path)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(dataset.description + "\n")
            json.dump(document, handle, ensure_ascii=False)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    _prune(folder, keep=os.path.basename(path))


def _prune(folder: str, keep: str) -> None:
    """Remove this cache's older files (other versions or data), and only those."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(PREFIX) and name.endswith(SUFFIX) and name != keep:
            with contextlib.suppress(OSError):
                os.unlink(os.path.join(folder, name))
