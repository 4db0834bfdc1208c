"""Read an article the user names (`--article PATH`, `-` for stdin) without trusting it.

Only regular files are read (a FIFO would hang, /dev/zero never ends), opened
without ever waiting (O_NONBLOCK), never more than the size limit, and the
bytes must be UTF-8 text. Every refusal is a DataError: one line, exit 3.
read_bytes is the one way sco opens a file it is given.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable
from typing import BinaryIO, NamedTuple, TextIO

from sco_cli.commandline.numbers import ascii_digits
from sco_cli.errors import DataError, UsageProblem

STDIN = "-"
DEFAULT_MAX_SIZE = 20 * 1024 * 1024
MAX_MAX_SIZE = 1024**4  # a larger limit is a typo, and beyond what a read can take
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


def parse_size(text: str) -> int:
    """'20M', '20MB', '512k', '1000' -> bytes (K, M and G are powers of 1024)."""
    match = _SIZE.match(text)
    if not match:
        raise UsageProblem(
            f"--max-size {text!r} is not a size: use bytes or a number with K, M or G"
        )
    size = float(ascii_digits(match[1])) * _UNITS[match[2].lower()]
    if not size < MAX_MAX_SIZE + 1:  # also inf, from a number of 400 digits
        raise UsageProblem(f"--max-size {text!r} is too large: at most 1024G")
    if int(size) <= 0:
        raise UsageProblem(f"--max-size {text!r} must be more than 0 bytes")
    return int(size)


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
        if sys.stdin is None:  # started with it closed (`<&-`)
            raise DataError("standard input is closed: there is no article to read")
        if _isatty(sys.stdin):
            sys.stderr.write("Reading the article from standard input; end it with Ctrl-D.\n")
            sys.stderr.flush()
        data = _read_limited(sys.stdin.buffer, max_size, "standard input")
        return ArticleBytes(data, "stdin", "standard input", None)
    data, info = read_bytes(name, max_size)
    stem = os.path.splitext(os.path.basename(name))[0]
    return ArticleBytes(data, stem or "article", name, info)


def decode_article(raw: ArticleBytes) -> str:
    return _decode(raw.data, raw.name)


class FileBytes(NamedTuple):
    data: bytes
    info: os.stat_result  # of the file as it was read (fstat of the open file)


def read_bytes(
    path: str,
    max_size: int,
    *,
    shown: str | None = None,
    what: str = "an article",
    advice: str = " (a device, FIFO or socket); save it to a file first",
    too_large: Callable[[int | None], str] | None = None,
) -> FileBytes:
    """The bytes of the regular file at `path`, never more than `max_size`, and
    never a wait: the file is opened with O_NONBLOCK before anything is asked of
    it, so a FIFO without a writer, a device or a file swapped for one after a
    look cannot hang the read. Every refusal is a DataError naming `shown`."""
    parts: list[bytes | memoryview] = []  # bytes: whole reads (piece=None)
    info = _read_pieces(path, max_size, parts.append, shown, what, advice, too_large, piece=None)
    return FileBytes(b"".join(parts), info)


def digest_article(name: str, max_size: int = DEFAULT_MAX_SIZE) -> tuple[str, os.stat_result]:
    """The SHA-256 of the article file's bytes, read as read_bytes reads them
    (and refused as it refuses them) but never held whole in memory."""
    import hashlib

    digest = hashlib.sha256()
    info = _read_pieces(
        name, max_size, digest.update, None, "an article", _ADVICE, None, piece=_DIGEST_PIECE
    )
    return digest.hexdigest(), info


# Read into one buffer of this size, used again and again: a new piece for every
# read would cost its pages afresh (a fifth of the time on 28 MiB).
_DIGEST_PIECE = 1 << 18


_ADVICE = " (a device, FIFO or socket); save it to a file first"


def _read_pieces(
    path: str,
    max_size: int,
    consume: Callable[[bytes | memoryview], object],
    shown: str | None,
    what: str,
    advice: str,
    too_large: Callable[[int | None], str] | None,
    *,
    piece: int | None,  # bytes a read into one buffer, which `consume` must not keep;
    # None: the whole file in one read (a new bytes object), if it can
) -> os.stat_result:
    shown = path if shown is None else shown
    flags = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise DataError(f"{shown}: file not found") from None
    except PermissionError:
        raise DataError(f"{shown}: permission denied") from None
    except OSError as error:  # a symlink loop, a name too long, ...
        raise DataError(f"{shown}: cannot read ({error.strerror})") from None
    except ValueError:  # no file name holds a NUL byte
        raise DataError(f"{shown}: not a file name (it holds a NUL byte)") from None
    explain = too_large or (lambda size: _too_large(size, max_size))
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise DataError(f"{shown}: is a directory, not {what}")
        if not stat.S_ISREG(info.st_mode):
            raise DataError(f"{shown}: not a regular file{advice}")
        if info.st_size > max_size:
            raise DataError(f"{shown}: {explain(info.st_size)}")
        # A file in /proc says it is empty and regular, and may still never end
        # (or, as /proc/kmsg, wait): read in blocks, up to one byte past the limit.
        block = piece or max(info.st_size + 1, 1 << 16)
        buffer = memoryview(bytearray(piece)) if piece else None
        total = 0
        while total <= max_size:
            want = min(block, max_size + 1 - total)
            if buffer is None:
                part: bytes | memoryview = os.read(descriptor, want)
            else:
                part = buffer[: os.readv(descriptor, [buffer[:want]])]
            if not part:
                break
            total += len(part)
            if total > max_size:
                raise DataError(f"{shown}: {explain(None)}")
            consume(part)
        return info
    except BlockingIOError:
        raise DataError(
            f"{shown}: reading it would wait for data that may never come; save it to a file first"
        ) from None
    except OSError as error:
        raise DataError(f"{shown}: cannot read ({error.strerror})") from None
    finally:
        os.close(descriptor)


def _isatty(stream: TextIO | None) -> bool:
    try:
        return stream is not None and stream.isatty()
    except (AttributeError, ValueError):
        return False


def _read_limited(handle: BinaryIO, max_size: int, name: str) -> bytes:
    try:
        data = handle.read(max_size + 1)
    except OSError as error:  # opened write-only (`0>file`), a directory, gone
        raise DataError(f"{name}: cannot read ({error.strerror or error})") from None
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
