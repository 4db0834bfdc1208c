"""No exit 70 on any answer a server (on 127.0.0.1) may give, or any URL or
environment: a property test runs `sco check` on hostile URLs, status lines,
headers and bodies; every ending is 0, 3 or 4 with at most one line on stderr."""

from __future__ import annotations

import contextlib
import gzip
import socketserver
import threading
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import Invoke

# Slow: a hostile server on 127.0.0.1 and sco against it; CI runs them, the quick loop does not.
pytestmark = pytest.mark.slow

ANSWER: list[bytes] = [b""]  # what the server sends next, set by each example


class _Replay(socketserver.StreamRequestHandler):
    def handle(self) -> None:
        while self.rfile.readline(8192) not in (b"\r\n", b"\n", b""):
            pass
        with contextlib.suppress(OSError):
            self.wfile.write(ANSWER[0])


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    httpd = _Server(("127.0.0.1", 0), _Replay)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


BODY = b"date 2025-09-01\n\nThe SCO has nine member states.\n"
_text = st.text(st.characters(codec="latin-1", exclude_characters="\r\n"), max_size=40)
_charsets = st.sampled_from(
    ["utf-8", "idna", "undefined", "utf-16", "latin1", "x-junk", "utf-7", ""]
)
_media = st.sampled_from(["text/plain", "text/html", "image/png", "", "text/plain;;", "TEXT/HTML"])
_status = st.one_of(
    st.sampled_from([200, 204, 301, 302, 304, 307, 308, 400, 404, 500, 999, 100]),
    st.integers(0, 10**6),
)
_bodies = st.one_of(
    st.just(BODY),
    st.binary(max_size=300),
    st.just(gzip.compress(BODY)),
    st.just(gzip.compress(BODY)[:20]),
    st.just(BODY.replace(b"nine", b"ni\x00ne")),
    st.just(
        b"<html><body>" + b"<div>" * 400 + b"<p>The SCO has nine member states.</p></body></html>"
    ),
)


@st.composite
def answers(draw: st.DrawFn, port: int) -> bytes:
    status = draw(_status)
    reason = draw(_text)
    headers = [
        f"Content-Type: {draw(_media)}; charset={draw(_charsets)}",
        *[
            f"{name}: {value}"
            for name, value in draw(st.lists(st.tuples(_text, _text), max_size=4))
            if name.strip().lower() != "location"
        ],  # a redirect only where the test says
    ]
    body = draw(_bodies)
    length = draw(st.one_of(st.none(), st.just(len(body)), st.integers(-5, 10**20), _text))
    if length is not None:
        headers.append(f"Content-Length: {length}")
    if draw(st.booleans()):
        headers.append(
            f"Content-Encoding: {draw(st.sampled_from(['gzip', 'deflate', 'br', 'x-gzip', '']))}"
        )
    if draw(st.booleans()):
        headers.append("Transfer-Encoding: chunked")
        body = draw(
            st.sampled_from([b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body), body, b"zz\r\n" + body])
        )
    location = draw(
        st.sampled_from(
            [
                None,
                "",
                "/next",
                "file:///etc/passwd",
                "data:,x",
                "gopher://127.0.0.1/",
                f"http://127.0.0.1:{port}/x",
                "//127.0.0.1:1/",
            ]
        )
    )
    if location is not None:
        headers.append(f"Location: {location}")
    head = draw(st.sampled_from(["HTTP/1.1", "HTTP/1.0", "HTTP/9", "ICY", ""]))
    lines = [f"{head} {status} {reason}", *headers, "", ""]
    return "\r\n".join(lines).encode("latin-1") + body


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_answer_makes_check_fail_as_a_bug(sco: Invoke, port: int, data: st.DataObject) -> None:
    ANSWER[0] = data.draw(answers(port))
    where = data.draw(st.sampled_from([str(port), "0", "65536", "99999999999999999999", "", "x"]))
    path = data.draw(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20))
    url = f"http://127.0.0.1:{where}/{path}"
    try:
        host = urlsplit(url).hostname
    except ValueError:
        host = "127.0.0.1"
    assert host == "127.0.0.1"  # never any other address
    result = sco("check", "--timeout", "2", url)
    if result.exit_code == 74:  # a runner whose output is ASCII, and a name that is not
        assert "the output's encoding" in result.stderr
    else:
        assert result.exit_code in (0, 3, 4), result.stderr
    assert result.stderr.count("\n") <= 1, result.stderr


@pytest.mark.parametrize("command", ["facts", "check", "summits", "members", "timeline"])
@pytest.mark.parametrize(
    "environment",
    [{"COLUMNS": "0"}, {"COLUMNS": "-3"}, {"LINES": "0"}, {"COLUMNS": "0", "LINES": "0"}],
)
def test_a_width_of_no_columns_draws_as_the_terminal_would(
    sco: Invoke, command: str, environment: dict[str, str]
) -> None:
    result = sco(command, "--format", "rich", env=environment)
    assert result.exit_code in (0, 4), result.stderr
    assert result.stdout
