"""`sco check URL` against a hostile server (on 127.0.0.1 only): every shape ends
within the deadline, in one line and exit 3, and an answer cut short is never
checked as if whole."""

from __future__ import annotations

import gzip
import socketserver
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from sco_cli.claims.fetching import fetch
from sco_cli.claims.inputs import read
from sco_cli.errors import DataError
from tests.conftest import Invoke

# Slow: real servers on 127.0.0.1, each shape waited out to its deadline; CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow

LIMIT = 1024 * 1024
ARTICLE = b"date 2025-09-01\n\nThe SCO has nine member states.\n"
PAGE = (
    b"<html><head><meta property='article:published_time' content='2025-09-01'></head><body>"
    b"<article><h1>Summit</h1><p>The leaders met in Tianjin for two days of talks on trade.</p>"
    b"<p>The SCO has nine member states, the host said at the opening.</p></article></body></html>"
)
DRIP = 0.1  # seconds between two bytes of a dripping answer
DRIPS = 300  # at most this many bytes dripped (30 s): every loop on the server ends


def _http(status: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    lines = [f"HTTP/1.1 {status}", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


def _chunked(body: bytes, size: int = 16) -> bytes:
    parts = [
        b"%x\r\n%s\r\n" % (len(body[i : i + size]), body[i : i + size])
        for i in range(0, len(body), size)
    ]
    return b"".join(parts) + b"0\r\n\r\n"


def _plain(body: bytes, **headers: str) -> bytes:
    fields = {"Content-Type": "text/plain", "Content-Length": str(len(body))}
    fields.update({k.replace("_", "-"): v for k, v in headers.items()})
    return _http("200 OK", fields, body)


_GZIPPED = gzip.compress(ARTICLE)
_FIRST, _SECOND = ARTICLE[:20], ARTICLE[20:]
# path: what the server sends, whole, then closes
ANSWERS: dict[str, bytes] = {
    "/article": _plain(ARTICLE),
    "/short": _http(
        "200 OK", {"Content-Type": "text/plain", "Content-Length": str(len(ARTICLE) + 500)}, ARTICLE
    ),
    "/chunked": _http(
        "200 OK", {"Content-Type": "text/plain", "Transfer-Encoding": "chunked"}, _chunked(ARTICLE)
    ),
    "/chunked-cut": _http(
        "200 OK",
        {"Content-Type": "text/plain", "Transfer-Encoding": "chunked"},
        _chunked(ARTICLE)[:-5],
    ),
    "/gzip-cut": _plain(_GZIPPED[: len(_GZIPPED) * 3 // 4], Content_Encoding="gzip"),
    "/gzip-two": _plain(gzip.compress(_FIRST) + gzip.compress(_SECOND), Content_Encoding="gzip"),
    "/gzip-junk": _plain(_GZIPPED + b"junk after it", Content_Encoding="gzip"),
    "/to-file": _http("302 Found", {"Location": "file:///etc/passwd"}),
    "/to-data": _http("302 Found", {"Location": "data:text/plain,The SCO has nine members"}),
    "/to-gopher": _http("301 Moved", {"Location": "gopher://127.0.0.1/"}),
    "/no-location": _http("302 Found", {"Content-Length": "0"}),
    "/not-modified": _http("304 Not Modified", {}),
    "/relative": _http("302 Found", {"Location": "article", "Content-Length": "0"}),
    "/garbage": b"X" * 70_000 + b"\r\n\r\n",
    "/not-http": b"SSH-2.0-OpenSSH_9.6\r\n\r\n",
    "/many-headers": _http("200 OK", {f"X-{i}": "y" * 1000 for i in range(90)}, b""),
    "/idna": _plain(ARTICLE, Content_Type="text/plain; charset=idna"),
    "/undefined": _plain(ARTICLE, Content_Type="text/plain; charset=undefined"),
    "/closed": b"",
    "/nul": _plain(ARTICLE.replace(b"nine", b"ni\x00ne")),
}


def _endless(head: bytes) -> Iterator[tuple[bytes, float]]:
    """The head, then 64 KiB pieces until the reader goes (or 1 GiB: the loop ends)."""
    yield head, 0
    for _ in range(16_384):
        yield b"x" * 65_536, 0


def _dripping(whole: bytes, start: int) -> Iterator[tuple[bytes, float]]:
    """The first `start` bytes at once, then one byte every DRIP seconds (at most DRIPS)."""
    yield whole[:start], 0
    for byte in whole[start : start + DRIPS]:
        yield bytes([byte]), DRIP


_CHUNKED_HEAD = _http("200 OK", {"Content-Type": "text/plain", "Transfer-Encoding": "chunked"})
STREAMS: dict[str, Callable[[], Iterator[tuple[bytes, float]]]] = {
    # a 302 with no Content-Length and an endless body: never read
    "/redirect-bomb": lambda: _endless(_http("302 Found", {"Location": "/article"})),
    # a 200 with an endless body: cut at --max-size
    "/endless": lambda: _endless(_http("200 OK", {"Content-Type": "text/plain"})),
    "/drip-status": lambda: _dripping(_plain(ARTICLE), 0),
    "/drip-headers": lambda: _dripping(_plain(ARTICLE) + b"X" * DRIPS, 30),
    "/drip-chunk-line": lambda: _dripping(_CHUNKED_HEAD + b"0" * DRIPS, len(_CHUNKED_HEAD)),
    "/drip-body": lambda: _dripping(_plain(ARTICLE * 5), 80),
}


class _Hostile(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        line = self.rfile.readline(8192).decode("latin-1")
        while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
            pass
        path = line.split(" ")[1] if line.count(" ") >= 2 else "/"
        try:
            if path.startswith("/loop"):
                self.wfile.write(_http("302 Found", {"Location": "/loop", "Content-Length": "0"}))
            elif path in ANSWERS:
                self.wfile.write(ANSWERS[path])
            else:
                for data, pause in STREAMS[path]():
                    time.sleep(pause)
                    self.wfile.write(data)
                    self.wfile.flush()
        except OSError:  # the reader went away: what sco does at its limit
            pass


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = _Server(("127.0.0.1", 0), _Hostile)
    # a short poll: shutdown() waits for one, 0.5 s by default
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_whole_answer_is_read(server: str) -> None:
    for path in ("/article", "/chunked", "/relative", "/gzip-two"):
        document = read(f"{server}{path}", LIMIT)
        assert document.date == "2025-09-01", path
        assert document.text == "The SCO has nine member states.", path


@pytest.mark.parametrize(
    "path", ["/endless", "/drip-status", "/drip-headers", "/drip-chunk-line", "/drip-body"]
)
def test_every_hostile_stream_ends_within_the_deadline(server: str, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(DataError, match=r"no whole answer within 1 s|too large") as caught:
        fetch(f"{server}{path}", 100_000, timeout=1.0)
    assert time.monotonic() - started < 5  # the server would drip for 30 s
    assert "\n" not in caught.value.message


def test_a_redirect_bomb_ends_with_the_page_it_leads_to(server: str) -> None:
    # The 302's endless body is never read: the fetch goes on to /article at once.
    started = time.monotonic()
    assert read(f"{server}/redirect-bomb", LIMIT).text == "The SCO has nine member states."
    assert time.monotonic() - started < 10  # its 1 GiB body would take far longer


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/short", r"incomplete: the connection closed 500 bytes before the end"),
        ("/chunked-cut", r"incomplete: the connection closed before the last chunk"),
        ("/gzip-cut", r"incomplete: the gzip answer is cut short"),
        ("/gzip-junk", r"13 bytes of something else after the gzip answer"),
        (
            "/to-file",
            r"redirected to a file: URL, which sco does not follow \(http and https only\)",
        ),
        ("/to-data", r"redirected to a data: URL"),
        ("/to-gopher", r"redirected to a gopher: URL"),
        ("/no-location", r"redirected without saying where \(no Location\)"),
        ("/not-modified", r"the server answered 304 Not Modified, not a page"),
        ("/loop", r"redirected too many times \(a loop\?\)"),
        (
            "/garbage",
            r"the server sent a line too long \(got more than 65536 bytes when reading status line\)",
        ),
        ("/not-http", r"the server's answer is not HTTP \('SSH-2.0-OpenSSH_9.6'\)"),
        ("/many-headers", r"too large \(more than 1,000 bytes with its headers"),
        ("/closed", r"the server closed the connection without an answer"),
        ("/nul", r"a binary file, not text \(a NUL character at offset 31\)"),
    ],
)
def test_what_a_server_may_not_answer(server: str, path: str, message: str) -> None:
    limit = 1000 if path == "/many-headers" else LIMIT
    with pytest.raises(DataError, match=message) as caught:
        read(f"{server}{path}", limit)
    assert len(caught.value.message) < 250  # never a server's 65 KB line echoed


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://127.0.0.1:99999999999999999999/", "its port is not a number from 1 to 65535"),
        ("http://127.0.0.1:83625/", "its port is not a number from 1 to 65535"),
        ("http://127.0.0.1:0/", "its port is not a number from 1 to 65535"),
        ("http://user:pass@127.0.0.1:9/", "sco does not log in to sites"),
        ("http:///path", r"no host"),
        ("http://[::1/", "not a URL sco can fetch"),
    ],
)
def test_a_url_sco_cannot_fetch_is_said_before_any_connection(url: str, message: str) -> None:
    with pytest.raises(DataError, match=message):
        fetch(url, LIMIT, timeout=1.0)


@pytest.mark.parametrize("path", ["/idna", "/undefined"])
def test_a_charset_that_is_no_text_encoding_is_passed_over(server: str, path: str) -> None:
    assert read(f"{server}{path}", LIMIT).text == "The SCO has nine member states."


@pytest.mark.parametrize(
    "path", ["/drip-headers", "/short", "/gzip-cut", "/to-file", "/garbage", "/not-modified"]
)
def test_the_command_says_one_line_and_exits_3(sco: Invoke, server: str, path: str) -> None:
    started = time.monotonic()
    result = sco("check", "--timeout", "1", f"{server}{path}")
    assert time.monotonic() - started < 15  # the server would drip for 30 s
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith("Error: ")
    assert result.stderr.count("\n") == 1


def test_a_multi_member_gzip_is_read_whole_and_contradicts(sco: Invoke, server: str) -> None:
    result = sco("check", f"{server}/gzip-two", "--format", "plain")
    assert result.exit_code == 4, result.stderr
    assert "contradicts" in result.stdout


def test_a_tls_handshake_that_never_comes_ends_within_the_deadline(server: str) -> None:
    # The server reads a line that a TLS client never sends, and answers nothing.
    started = time.monotonic()
    with pytest.raises(DataError, match=r"no whole answer within 1 s"):
        fetch(server.replace("http://", "https://") + "/", LIMIT, timeout=1.0)
    assert time.monotonic() - started < 5
