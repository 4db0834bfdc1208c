"""sco's cache directory, and the files in it sco may trust, create and remove.

The rules (every file sco keeps between runs follows them):

- The directory ($XDG_CACHE_HOME/sco, else ~/.cache/sco) is used only when it
  is a real directory (not a symbolic link), owned by the user, and not
  writable by group or others. sco creates it 0700. Anything else: no cache.
- A file is opened with O_NOFOLLOW and O_NONBLOCK (a symbolic link or a FIFO
  planted there is refused at once, never followed or waited on) and used only
  when it is a regular file owned by the user, not writable by others, within
  a size limit.
- A file is written under a temporary name of sco's own (created O_EXCL,
  0600) and renamed into place: a reader sees the old file or the new one,
  never half of either.
- sco lists, evicts and removes only the names its own patterns make
  (OWN_NAMES), and only regular files the user owns.

Nothing here raises: a file or a directory that breaks a rule means "no cache".
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from typing import NamedTuple

# What sco's own cache files are called: the validated data, and article indexes,
# each with the temporary names they are written under.
OWN_NAMES = r"^(?:dataset-[0-9A-Za-z.+_-]+\.cache|article-[0-9a-f]{24}\.sqlite)(?:\.\d+\.tmp)?$"
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def cache_home() -> str | None:
    """Where sco's cache directory is, or would be: None without a home directory."""
    base = os.environ.get("XDG_CACHE_HOME") or ""
    if not os.path.isabs(base):
        home = os.environ.get("HOME") or os.path.expanduser("~")
        if not home or home == "~":
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "sco")


def cache_folder(*, create: bool) -> str | None:
    """The cache directory when it can be trusted (created 0700 if asked), else None."""
    folder = cache_home()
    if folder is None:
        return None
    if create:
        try:
            # The parent (~/.cache) may be made, never its parents: a HOME that
            # does not exist (HOME=/nonexistent/x) means no cache, not new folders.
            with contextlib.suppress(FileExistsError):
                os.mkdir(os.path.dirname(folder), 0o700)
            os.mkdir(folder, 0o700)
        except FileExistsError:
            pass
        except OSError:
            return None
    try:
        info = os.lstat(folder)
    except OSError:
        return None
    return folder if _trusted(info, directory=True) else None


def _trusted(info: os.stat_result, *, directory: bool = False) -> bool:
    kind = stat.S_ISDIR(info.st_mode) if directory else stat.S_ISREG(info.st_mode)
    unshared = not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    return kind and unshared and info.st_uid == _uid()


def _uid() -> int:
    getuid = getattr(os, "getuid", None)
    return getuid() if getuid is not None else -1


def open_private(path: str, limit: int) -> int | None:
    """A read-only descriptor of a trusted file of at most `limit` bytes, or None."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(descriptor)
    except OSError:  # pragma: no cover - fstat of a descriptor just opened does not fail
        os.close(descriptor)
        return None
    if not _trusted(info) or info.st_size > limit:
        os.close(descriptor)
        return None
    return descriptor


def new_temporary(path: str) -> str | None:
    """Create an empty private file to build `path` in, and return its name (or None)."""
    temporary = f"{path}.{os.getpid()}.tmp"
    with contextlib.suppress(OSError):
        os.unlink(temporary)  # left by a process of the same id that died
    try:
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        os.close(os.open(temporary, flags, 0o600))
    except OSError:
        return None
    return temporary


def commit(temporary: str, path: str) -> bool:
    """Rename a finished temporary file into place; on failure remove it."""
    try:
        os.replace(temporary, path)
    except OSError:
        discard(temporary)
        return False
    return True


def discard(path: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def touch(descriptor: int) -> None:
    """Mark a cache file as just used (its modification time orders eviction)."""
    with contextlib.suppress(OSError, NotImplementedError, TypeError):
        os.utime(descriptor)


class CacheFile(NamedTuple):
    name: str
    path: str
    size: int
    used: float  # when it was last used (seconds since the epoch)


def own_files(folder: str) -> list[CacheFile]:
    """sco's own files in the cache directory, least recently used first."""
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        if not re.match(OWN_NAMES, name):  # compiled once, by re's own cache
            continue
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
        except OSError:
            continue
        if stat.S_ISREG(info.st_mode) and info.st_uid == _uid():
            found.append(CacheFile(name, path, info.st_size, info.st_mtime))
    return sorted(found, key=lambda f: (f.used, f.name))


def evict(folder: str, cap: int, keep: str) -> list[CacheFile]:
    """Remove the least recently used of sco's files until they fit in `cap` bytes
    (never `keep`, the file just written); return what was removed."""
    files = own_files(folder)
    # A temporary file whose writer died (kill -9 while an index was built) is
    # never finished: removed whatever the cap, even at 0 bytes.
    removed = [f for f in files if f.path != keep and _abandoned(f.name)]
    for old in removed:
        discard(old.path)
    files = [f for f in files if f not in removed]
    total = sum(f.size for f in files)
    for old in files:
        if total <= cap:
            break
        if old.path == keep:
            continue
        discard(old.path)
        total -= old.size
        removed.append(old)
    return removed


def _abandoned(name: str) -> bool:
    """A temporary file (`NAME.PID.tmp`) of a process that is gone."""
    if not name.endswith(".tmp"):
        return False
    pid = name.rsplit(".", 2)[-2]
    if not pid.isdigit() or int(pid) == os.getpid():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except (OSError, OverflowError):  # another user's process, or no such number: it lives
        return False
    return False


def clear(folder: str) -> list[CacheFile]:
    """Remove every file of sco's own in the cache directory; return them."""
    files = own_files(folder)
    for old in files:
        discard(old.path)
    return files
