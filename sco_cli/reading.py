"""Read an article the user names (`--article PATH`, `-` for stdin) without trusting it.

Only regular files are read (a FIFO would hang, /dev/zero never ends), never
more than the size limit, and the bytes must be UTF-8 text. Every refusal is
a DataError: one line, exit 3.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from typing import BinaryIO, NamedTuple

from sco_cli.errors import DataError, UsageProblem

STDIN = "-"
DEFAULT_MAX_SIZE = 20 * 1024 * 1024
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(text: str) -> int:
    """'20M', '20MB', '512k', '1000' -> bytes (K, M and G are powers of 1024)."""
    match = _SIZE.match(text)
    if not match:
        raise UsageProblem(
            f"--max-size {text!r} is not a size: use bytes or a number with K, M or G"
        )
    size = int(float(match[1]) * _UNITS[match[2].lower()])
    if size <= 0:
        raise UsageProblem(f"--max-size {text!r} must be more than 0 bytes")
    return size


def read_article(name: str, max_size: int = DEFAULT_MAX_SIZE) -> tuple[str, str]:
    """The text of the article at `name` (or stdin for '-'), and the id to show for it."""
    raw = read_article_bytes(name, max_size)
    return decode_article(raw), raw.article_id


class ArticleBytes(NamedTuple):
    data: bytes
    article_id: str
    name: str  # as the user gave it, for messages
    info: os.stat_result | None  # of the file read (None for standard input)


def read_article_bytes(name: str, max_size: int = DEFAULT_MAX_SIZE) -> ArticleBytes:
    """The bytes of the article at `name` (or stdin for '-'), not yet decoded."""
    if name == STDIN:
        data = _read_limited(sys.stdin.buffer, max_size, "standard input")
        return ArticleBytes(data, "stdin", "standard input", None)
    try:
        info = os.stat(name)
    except FileNotFoundError:
        raise DataError(f"{name}: file not found") from None
    except PermissionError:
        raise DataError(f"{name}: permission denied") from None
    except OSError as error:  # a symlink loop, a name too long, ...
        raise DataError(f"{name}: cannot read ({error.strerror})") from None
    if stat.S_ISDIR(info.st_mode):
        raise DataError(f"{name}: is a directory, not an article")
    if not stat.S_ISREG(info.st_mode):
        raise DataError(
            f"{name}: not a regular file (a device, FIFO or socket); save it to a file first"
        )
    if info.st_size > max_size:
        raise DataError(f"{name}: {_too_large(info.st_size, max_size)}")
    try:
        with open(name, "rb") as handle:
            data = _read_limited(handle, max_size, name)
            info = os.fstat(handle.fileno())
    except PermissionError:
        raise DataError(f"{name}: permission denied") from None
    except OSError as error:
        raise DataError(f"{name}: cannot read ({error.strerror})") from None
    stem = os.path.splitext(os.path.basename(name))[0]
    return ArticleBytes(data, stem or "article", name, info)


def decode_article(raw: ArticleBytes) -> str:
    return _decode(raw.data, raw.name)


def _read_limited(handle: BinaryIO, max_size: int, name: str) -> bytes:
    data = handle.read(max_size + 1)
    if len(data) > max_size:
        raise DataError(f"{name}: {_too_large(None, max_size)}")
    return data


def _too_large(size: int | None, max_size: int) -> str:
    actual = f"{size:,} bytes" if size is not None else "more than that"
    return f"too large ({actual}; the limit is {max_size:,} bytes, set with --max-size)"


def _decode(data: bytes, name: str) -> str:
    if b"\x00" in data:
        raise DataError(f"{name}: a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DataError(f"{name}: not UTF-8 text (invalid byte at offset {error.start})") from None
