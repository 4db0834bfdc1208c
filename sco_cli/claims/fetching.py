"""A URL's answer for `sco check`: one deadline and one byte budget for all of it.

sco follows redirects itself (http and https only, at most REDIRECTS, never
reading a redirect's body). Every byte that comes through the socket, of every
hop (status lines, headers, chunk framing and the body), counts against one
budget (--max-size, and FRAMING for the rest), and every read waits only for the
time left before one deadline (--timeout): a server that drips a byte a second,
anywhere in its answer, is cut off at the deadline, not waited for.

An answer cut short (shorter than its Content-Length, a chunked body without its
last chunk, a gzip or deflate stream without its end) is an error, never a
partial page: a paragraph that never arrived cannot contradict anything.
Every failure is a DataError: one line, exit 3.
"""

from __future__ import annotations

import io
import socket
import time
from typing import TYPE_CHECKING, Any, NamedTuple

from sco_cli.errors import DataError
from sco_cli.output.sanitize import shown_line

if TYPE_CHECKING:
    import http.client
    from urllib.parse import SplitResult

TIMEOUT = 10.0  # seconds for the whole fetch, by default (--timeout)
REDIRECTS = 10
FRAMING = 64 * 1024  # bytes of status lines, headers and chunk framing, on top of --max-size
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
_SHOWN = 80  # characters of a server's words (a reason, a status line) put in a message


class Answer(NamedTuple):
    data: bytes  # the body, unpacked (Content-Encoding), at most --max-size
    media_type: str  # "text/html", "text/plain", ... (lower case, without parameters)
    charset: str | None  # as the Content-Type header names it, if it does


class _Expired(Exception):
    """The deadline passed during a read."""


class _Overspent(Exception):
    """More bytes came than the budget allows."""


class _Meter:
    """The deadline and the byte budget one fetch shares across its hops."""

    def __init__(self, timeout: float, budget: int) -> None:
        self.deadline = time.monotonic() + timeout
        self.left = budget

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise _Expired
        return left

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise _Overspent


class _Wire(io.RawIOBase):
    """The socket as http.client reads it: each read waits at most the time left,
    and counts against the budget."""

    def __init__(self, sock: socket.socket, meter: _Meter) -> None:
        self.sock, self.meter = sock, meter

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        self.sock.settimeout(self.meter.remaining())
        try:
            count = self.sock.recv_into(buffer, min(len(buffer), max(self.meter.left + 1, 1)))
        except TimeoutError:
            raise _Expired from None
        self.meter.spend(count)
        return count


class _Held:
    """The socket as http.client holds it: it sends within the time left, reads
    through the metered wire (makefile), and is closed by fetch, not by http.client."""

    def __init__(self, sock: socket.socket, meter: _Meter) -> None:
        self.sock, self.meter = sock, meter

    def sendall(self, data: bytes) -> None:
        self.sock.settimeout(self.meter.remaining())
        try:
            self.sock.sendall(data)
        except TimeoutError:
            raise _Expired from None

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(_Wire(self.sock, self.meter))

    def close(self) -> None:
        pass


def fetch(url: str, max_size: int, timeout: float = TIMEOUT) -> Answer:
    """The answer at `url`: its body (at most `max_size` bytes, unpacked), within
    `timeout` seconds in all, redirects included."""
    import http.client
    import ssl

    meter = _Meter(timeout, max_size + FRAMING)
    current = url
    try:
        for _ in range(REDIRECTS + 1):
            sock = _connect(current, meter)
            try:
                response = _get(current, sock, meter)
                if response.status not in _REDIRECT_CODES:
                    return _answer(url, response, max_size)
                current = _redirected(current, response.getheader("Location"))
            finally:
                sock.close()  # a redirect's body is never read
        raise DataError(f"{url}: redirected too many times (a loop?)")
    except _Expired:
        raise DataError(
            f"{url}: no whole answer within {timeout:g} s (set with --timeout)"
        ) from None
    except _Overspent:
        raise DataError(
            f"{url}: too large (more than {max_size:,} bytes with its headers and redirects; "
            "set with --max-size)"
        ) from None
    except http.client.IncompleteRead as error:
        raise DataError(f"{url}: incomplete: {_incomplete(error)}") from None
    except http.client.RemoteDisconnected:
        raise DataError(f"{url}: the server closed the connection without an answer") from None
    except http.client.InvalidURL as error:
        raise DataError(
            f"{url}: not a URL sco can fetch ({_cut(shown_line(str(error)))})"
        ) from None
    except http.client.BadStatusLine as error:
        line = shown_line(str(error.line if hasattr(error, "line") else error).strip())
        raise DataError(f"{url}: the server's answer is not HTTP ({_cut(line)!r})") from None
    except http.client.LineTooLong as error:
        raise DataError(f"{url}: the server sent a line too long ({error})") from None
    except http.client.HTTPException as error:
        raise DataError(f"{url}: a broken answer ({_cut(shown_line(str(error)))})") from None
    except ssl.SSLError as error:
        reason = error.reason or type(error).__name__
        raise DataError(f"{url}: cannot fetch (TLS: {_cut(shown_line(str(reason)))})") from None
    except OSError as error:
        reason = error.strerror or str(error) or type(error).__name__
        raise DataError(f"{url}: cannot fetch ({_cut(shown_line(reason))})") from None


def _incomplete(error: http.client.IncompleteRead) -> str:
    if error.expected:
        return f"the connection closed {error.expected:,} bytes before the end the server announced"
    return "the connection closed before the last chunk of the answer"


def _cut(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "\u2026"


def _target(url: str) -> SplitResult:
    """`url` split, or a DataError saying why sco cannot fetch it."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:  # a port beyond 65535 or not a number, a bracket left open
        why = "its port is not a number from 1 to 65535" if "ort" in str(error) else str(error)
        raise DataError(f"{url}: not a URL sco can fetch ({why})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise DataError(f"{url}: not a URL sco can fetch (only http and https)")
    if not parts.hostname:
        raise DataError(f"{url}: not a URL sco can fetch (no host)")
    if parts.username is not None or parts.password is not None:
        raise DataError(f"{url}: sco does not log in to sites: leave the user name out of the URL")
    if port == 0:
        raise DataError(
            f"{url}: not a URL sco can fetch (its port is not a number from 1 to 65535)"
        )
    if any(c in url for c in "\x00\r\n\t ") or not url.isprintable():
        raise DataError(f"{url}: not a URL sco can fetch (it holds a space or a control character)")
    return parts


def _redirected(current: str, location: str | None) -> str:
    """Where a redirect leads: an http(s) URL, or a DataError."""
    from urllib.parse import urljoin, urlsplit

    if not location or not location.strip():
        raise DataError(f"{current}: redirected without saying where (no Location)")
    target = urljoin(current, location.strip())
    scheme = urlsplit(target).scheme.lower()
    if scheme not in ("http", "https"):
        raise DataError(
            f"{current}: redirected to a {_cut(shown_line(scheme or 'relative'))}: URL, "
            "which sco does not follow (http and https only)"
        )
    return target


def _get(url: str, sock: socket.socket, meter: _Meter) -> http.client.HTTPResponse:
    import http.client

    parts = _target(url)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    held = _Held(sock, meter)
    connection = http.client.HTTPConnection(parts.hostname or "", port)
    connection.sock = held
    connection.response_class = lambda _, **kw: http.client.HTTPResponse(held, **kw)  # type: ignore[assignment,arg-type]
    headers = {"User-Agent": "sco-check", "Accept-Encoding": "gzip, deflate"}
    connection.request("GET", path, headers=headers)
    return connection.getresponse()


def _connect(url: str, meter: _Meter) -> socket.socket:
    """A socket connected to `url`'s host (TLS for https), name look-up
    included, within the time left."""
    import threading

    parts = _target(url)
    host = parts.hostname or ""
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    if https:
        import ssl
    found: list[Any] = []

    def look_up() -> None:
        try:
            found.append(socket.getaddrinfo(host, port, type=socket.SOCK_STREAM))
        except (OSError, UnicodeError) as error:
            found.append(error)

    # getaddrinfo cannot be given a timeout: it runs aside, and is not waited for past the deadline.
    thread = threading.Thread(target=look_up, daemon=True)
    thread.start()
    thread.join(meter.remaining())
    if not found:
        raise _Expired
    if isinstance(found[0], UnicodeError):
        raise DataError(f"{url}: not a host name sco can look up")
    if isinstance(found[0], OSError):
        raise found[0]
    failure: OSError | None = None
    for family, kind, proto, _, address in found[0]:
        sock = socket.socket(family, kind, proto)
        try:
            sock.settimeout(meter.remaining())
            sock.connect(address)
            if not https:
                return sock
            return ssl.create_default_context().wrap_socket(sock, server_hostname=host)
        except TimeoutError:
            sock.close()
            raise _Expired from None
        except OSError as error:
            sock.close()
            if https and isinstance(error, ssl.SSLError):
                raise
            failure = error
    raise failure or OSError("no address to connect to")


def _answer(url: str, response: http.client.HTTPResponse, max_size: int) -> Answer:
    if response.status >= 300:
        reason = _cut(shown_line(response.reason or ""))
        response.close()
        if response.status < 400:
            raise DataError(f"{url}: the server answered {response.status} {reason}, not a page")
        raise DataError(f"{url}: the server answered {response.status} {reason}")
    length = response.getheader("Content-Length", "")
    if length.strip().isdigit() and int(length) > max_size:
        raise DataError(
            f"{url}: too large ({int(length):,} bytes; the limit is {max_size:,} bytes, set with --max-size)"
        )
    content_type = response.getheader("Content-Type", "") or ""
    coding = (response.getheader("Content-Encoding", "") or "").strip().lower()
    data = _body(response, max_size)
    if response.length:  # what Content-Length announced and never came
        raise DataError(
            f"{url}: incomplete: the connection closed {response.length:,} bytes "
            "before the end the server announced"
        )
    response.close()
    media = content_type.split(";")[0].strip().lower() or "text/html"
    return Answer(_unpacked(url, data, coding, max_size), media, _charset(content_type))


def _body(response: http.client.HTTPResponse, max_size: int) -> bytes:
    parts: list[bytes] = []
    total = 0
    while True:
        part = response.read1(1 << 16)
        if not part:
            return b"".join(parts)
        total += len(part)
        if total > max_size:
            raise _Overspent
        parts.append(part)


def _charset(content_type: str) -> str | None:
    import re

    match = re.search(r"charset\s*=\s*[\"']?([^\"';,\s]+)", content_type, re.IGNORECASE)
    return match[1] if match else None


def _unpacked(url: str, data: bytes, coding: str, max_size: int) -> bytes:
    """The body as sent before its Content-Encoding (gzip, every member of it, or
    deflate), never more than `max_size` bytes of it: a small bomb is refused, not
    unpacked, and a stream cut short is incomplete."""
    if coding in ("", "identity"):
        return data
    import zlib

    if coding not in ("gzip", "x-gzip", "deflate"):
        raise DataError(
            f"{url}: the answer is compressed as {_cut(shown_line(coding))}, which sco cannot read"
        )
    too_large = DataError(
        f"{url}: too large once unpacked (more than {max_size:,} bytes, set with --max-size)"
    )
    # 47: a gzip or zlib header, told apart by zlib; raw deflate is tried when neither is there
    for wbits in (47, -15):
        parts: list[bytes] = []
        total, rest = 0, data
        try:
            while True:
                unpacker = zlib.decompressobj(wbits)
                body = unpacker.decompress(rest, max_size + 1 - total)
                total += len(body)
                if total > max_size or unpacker.unconsumed_tail:
                    raise too_large
                parts.append(body)
                if not unpacker.eof:
                    raise DataError(f"{url}: incomplete: the {coding} answer is cut short")
                rest = unpacker.unused_data
                if not rest.strip(b"\x00"):  # the end, or padding after it
                    return b"".join(parts)
                if not rest.startswith(b"\x1f\x8b"):
                    raise DataError(
                        f"{url}: {len(rest):,} bytes of something else after the {coding} answer"
                    )
                wbits = 31  # another gzip member: read as one stream with the first
        except zlib.error:
            if parts:  # a member after the first is broken
                raise DataError(
                    f"{url}: incomplete: a later part of the {coding} answer is broken"
                ) from None
            continue
    raise DataError(f"{url}: the answer says {coding} but is not")
