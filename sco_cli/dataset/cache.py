"""Keep the validated data between runs, so an answer need not import pydantic.

The key is a BLAKE2b digest of the package version and of every file under the
data directory (names, sizes and bytes): any change to the data, or a new
version of sco, makes a new key, and the data is validated again (checks.py).
What the key reads is capped (MAX_FILES files, each within FILE_LIMIT, all
within TREE_LIMIT), and each file is opened without blocking: anything odd
means no cache, and validation says what is wrong.

The file lives in sco's cache directory and follows its trust rules
(private_files.py: a private directory of the user's own, files opened
O_NOFOLLOW|O_NONBLOCK, regular, owned, within a size limit, written under a
temporary name and renamed into place). SCO_NO_CACHE=1 turns it off.

The file is one line of text (what `sco --version` says of the data), a line
with the BLAKE2b digest of that line and the data, then the validated data as
JSON. A file whose digest or shape is not right is never used: the data is
validated again, as if there were no cache.
"""

from __future__ import annotations

import os
import stat
from typing import TYPE_CHECKING, Any

from sco_cli import __version__, private_files
from sco_cli.dataset.layout import FILE_LIMIT, Dataset

if TYPE_CHECKING:
    from hashlib import blake2b as Blake2b

# hashlib.blake2b is this very function; hashlib itself would also load
# OpenSSL (about 2 ms on every start-up) for algorithms sco does not use.
try:
    from _blake2 import blake2b as _blake2b
except ImportError:  # pragma: no cover - CPython always builds _blake2
    from hashlib import blake2b as _blake2b


def _hasher(data: bytes = b"") -> Blake2b:
    return _blake2b(data, digest_size=32)  # 256 bits: 64 hex digits in a file name


NO_CACHE_ENV = "SCO_NO_CACHE"
PREFIX = "dataset-"
SUFFIX = ".cache"
MAX_FILES = 64  # the data directory holds a handful
TREE_LIMIT = 4 * FILE_LIMIT  # all of them together
CACHE_LIMIT = 8 * FILE_LIMIT  # one cache file: the validated data as JSON
_PARTS = ("facts", "events", "rules", "milestones", "summits", "published")
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)


def description(directory: str) -> str | None:
    """What `sco --version` says of the data, from a current, intact cache file."""
    parts = _read_verified(current_path(directory))
    return parts[0] if parts is not None else None


def read(path: str | None, directory: str) -> Dataset | None:
    """The validated data of `directory` from its cache file `path`, or None."""
    parts = _read_verified(path)
    if parts is None:
        return None
    import json

    from sco_cli.article.model import Article  # not the parser: the text is parsed

    try:
        cached = json.loads(parts[1])
        if not _well_shaped(cached):
            return None
        return Dataset(
            article=Article.from_dict(cached["article"]),
            facts=cached["facts"],
            events=tuple(cached["events"]),
            rules=tuple(cached["rules"]),
            milestones=tuple(cached["milestones"]),
            data_dir=directory,
            summits=tuple(cached["summits"]),
            published=tuple(cached["published"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None  # not a file this version wrote: validate again


def write(path: str | None, dataset: Dataset) -> None:
    """Keep `dataset` in its cache file `path` for the next runs (None: no cache)."""
    if path is None or private_files.cache_folder(create=True) is None:
        return
    import json

    document: dict[str, Any] = {part: getattr(dataset, part) for part in _PARTS}
    document["article"] = dataset.article.to_dict()
    payload = json.dumps(document, ensure_ascii=False).encode("utf-8")
    line = dataset.description.encode("utf-8")
    header = line + b"\n" + _digest(line, payload).encode() + b"\n"
    temporary = private_files.new_temporary(path)
    if temporary is None:
        return
    try:
        descriptor = os.open(temporary, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(header + payload)
    except OSError:
        private_files.discard(temporary)
        return
    if private_files.commit(temporary, path):
        _prune(os.path.dirname(path), keep=os.path.basename(path))


def current_path(directory: str) -> str | None:
    """The cache file for the data as it is now, or None when there is no cache."""
    if os.environ.get(NO_CACHE_ENV):
        return None
    folder = private_files.cache_home()
    key = _tree_digest(directory) if folder is not None else None
    if folder is None or key is None:
        return None
    return os.path.join(folder, f"{PREFIX}{__version__}-{key}{SUFFIX}")


def _tree_digest(directory: str) -> str | None:
    """BLAKE2b of every file under `directory` (relative name, size, bytes), or
    None when the tree is not what sco ships: too many or too large files, or
    anything but regular files (a FIFO, a device, a socket)."""
    digest = _hasher(__version__.encode())
    files = 0
    total = 0
    try:
        for root, dirs, names in os.walk(directory):
            dirs.sort()
            for name in sorted(names):
                files += 1
                full = os.path.join(root, name)
                data = _read_regular(full, FILE_LIMIT)
                if data is None or files > MAX_FILES:
                    return None
                total += len(data)
                if total > TREE_LIMIT:
                    return None
                relative = os.path.relpath(full, directory).encode("utf-8", "surrogateescape")
                digest.update(relative + b"\0" + len(data).to_bytes(8, "big"))
                digest.update(data)
    except OSError:
        return None
    return digest.hexdigest() if files else None


def _read_regular(path: str, limit: int) -> bytes | None:
    """The bytes of a regular file of at most `limit` bytes, read without blocking."""
    try:
        descriptor = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        return _read_all(descriptor, limit)
    except OSError:
        return None
    finally:
        os.close(descriptor)


def _read_all(descriptor: int, limit: int) -> bytes | None:
    """Everything up to `limit` bytes; None when there is more (it grew meanwhile)."""
    chunks = []
    size = 0
    while chunk := os.read(descriptor, min(1 << 20, limit + 1 - size)):
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            return None
    return b"".join(chunks)


def _read_verified(path: str | None) -> tuple[str, bytes] | None:
    """(the --version line, the JSON payload) of a trusted cache file whose
    digest matches its payload; None for anything else."""
    if path is None or private_files.cache_folder(create=False) is None:
        return None
    descriptor = private_files.open_private(path, CACHE_LIMIT)
    if descriptor is None:
        return None
    try:
        data = _read_all(descriptor, CACHE_LIMIT)
    except OSError:
        return None
    finally:
        os.close(descriptor)
    if data is None:
        return None
    line, _, rest = data.partition(b"\n")
    recorded, _, payload = rest.partition(b"\n")
    if recorded.decode("ascii", "replace") != _digest(line, payload):
        return None
    try:
        return line.decode("utf-8"), payload
    except UnicodeDecodeError:
        return None


def _digest(line: bytes, payload: bytes) -> str:
    """What the file's second line must say: both the --version line and the data."""
    digest = _hasher(line)
    digest.update(b"\n")
    digest.update(payload)
    return digest.hexdigest()


def _well_shaped(cached: Any) -> bool:
    """The parts a Dataset is made of, each of the type validation gives it."""
    if not isinstance(cached, dict):
        return False
    tables = ("events", "rules", "milestones", "summits", "published")
    return (
        isinstance(cached.get("article"), dict)
        and isinstance(cached.get("facts"), dict)
        and bool(cached["facts"])
        and all(isinstance(cached.get(t), list) for t in tables)
        and all(isinstance(row, dict) for t in tables for row in cached[t])
        and bool(cached["events"])
    )


def _prune(folder: str, keep: str) -> None:
    """Remove this cache's older files (other versions or data): only finished
    files of sco's own pattern, never another's, never one being written."""
    for old in private_files.own_files(folder):
        if old.name.startswith(PREFIX) and old.name.endswith(SUFFIX) and old.name != keep:
            private_files.discard(old.path)
