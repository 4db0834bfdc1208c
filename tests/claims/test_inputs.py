"""Reading what `sco check` is given: text, HTML, folders, standard input, URLs."""

from __future__ import annotations

import gzip
import http.server
import io
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from sco_cli.claims.document import build, paragraphs_of, split_date_line
from sco_cli.claims.fetching import fetch
from sco_cli.claims.inputs import documents, expand, read
from sco_cli.errors import DataError
from tests.claims.corpus import ARTICLES

LIMIT = 1024 * 1024


def test_the_date_line_is_metadata_not_a_paragraph() -> None:
    date, body = split_date_line(" date 2025-09-09 Images | Xinhua\n\nThe summit opens.")
    assert date == "2025-09-09"
    assert paragraphs_of(body) == ["The summit opens."]
    assert split_date_line("The summit opens.") == (None, "The summit opens.")


def test_any_layout_gives_paragraphs() -> None:
    wrapped = "The SCO met in Ufa. It\ndecided to grow.\nA new line.\n"
    assert paragraphs_of(wrapped) == ["The SCO met in Ufa. It decided to grow.", "A new line."]
    assert paragraphs_of("One.\r\n\r\nTwo\nlines.") == ["One.", "Two lines."]


def test_bulleted_lines_stay_one_list_with_their_heading() -> None:
    text = "Observers:\n- Iran (since 2005)\n\u2022 Mongolia (2004)\nThe end came.\nAnother line."
    assert paragraphs_of(text) == [
        "Observers: - Iran (since 2005) \u2022 Mongolia (2004)",
        "The end came.",
        "Another line.",
    ]


def test_a_table_laid_out_as_text_is_a_paragraph_a_row() -> None:
    text = "Members:\n\nState\tStatus\nChina\tFounding member\nIndia\tMember\n\nAfter it."
    assert paragraphs_of(text) == [
        "Members:",
        "State Status",
        "China Founding member",
        "India Member",
        "After it.",
    ]
    assert paragraphs_of("| Iran | Observer |\n| Iraq | none |") == [
        "| Iran | Observer |",
        "| Iraq | none |",
    ]


def test_sentences_carry_their_offsets_in_the_text() -> None:
    document = build("x", "First one. Second one.\n\nThird.", None)
    for sentence in document.sentences:
        assert (
            document.text[sentence.offset : sentence.offset + len(sentence.text)] == sentence.text
        )
    assert [(s.paragraph, s.number) for s in document.sentences] == [(1, 1), (1, 2), (2, 1)]


def test_html_loses_its_boilerplate_and_keeps_its_date() -> None:
    document = read(str(ARTICLES / "2019-bishkek-summit.html"), LIMIT)
    assert document.date == "2019-06-15"
    assert "Bishkek hosts SCO leaders" in document.text
    for decoy in ("10-member", "Nine-member", "Minsk", "cookies", "tenth member"):
        assert decoy not in document.text


def test_a_ticker_in_the_masthead_is_furniture_not_article() -> None:
    # A live page whose masthead ticker trafilatura kept ("six members become eight?").
    document = read(str(ARTICLES / "heldout3" / "2017-astana-summit-live.html"), LIMIT)
    for decoy in ("six members become eight", "64 destinations", "cookies"):
        assert decoy not in document.text
    assert document.date == "2017-06-09"
    assert "India and Pakistan" in document.text


def test_an_article_is_never_dropped_for_its_wrappers_name(tmp_path: Path) -> None:
    body = "".join(f"<p>The SCO had eight members in paragraph {n}.</p>" for n in range(5))
    page = tmp_path / "social.html"
    page.write_text(f'<html><body><div class="section-social-affairs">{body}</div></body></html>')
    assert "paragraph 4" in read(str(page), LIMIT).text


def test_a_time_element_dates_a_page(tmp_path: Path) -> None:
    page = tmp_path / "p.htm"
    body = "<p>" + "The SCO has eight members and four observers today. " * 5 + "</p>"
    page.write_text(
        f'<html><body><article><h1>Title</h1><time datetime="2018-06-10">10 June</time>'
        f"{body}</article></body></html>"
    )
    assert read(str(page), LIMIT).date == "2018-06-10"


def test_a_page_without_a_date_has_none(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    body = "<p>" + "The SCO has eight members and four observers. " * 5 + "</p>"
    page.write_text(f"<html><body><article>{body}</article></body></html>")
    assert read(str(page), LIMIT).date is None


def test_a_folder_means_its_articles_in_name_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.html", "c.htm", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text("The SCO has ten members.")
    assert [Path(p).name for p in expand((str(tmp_path),))] == ["a.html", "b.txt", "c.htm"]
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match=r"no \.txt, \.html or \.htm file"):
        expand((str(tmp_path / "empty"),))


def test_standard_input_text_or_html(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"date 2017-06-10\n\nHi.")))
    assert read("-", LIMIT)[:3] == ("stdin", "Hi.", "2017-06-10")
    html = (ARTICLES / "2023-delhi-virtual.html").read_bytes()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(html)))
    document = read("-", LIMIT)
    assert (document.name, document.date) == ("stdin", "2023-07-05")
    assert "cookies" not in document.text


def test_unreadable_input_is_one_data_error(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="file not found"):
        list(documents((str(tmp_path / "missing.txt"),), LIMIT))
    big = tmp_path / "big.txt"
    big.write_text("x" * 100)
    with pytest.raises(DataError, match="too large"):
        read(str(big), 50)


def test_trafilatura_is_imported_only_when_html_is_read() -> None:
    code = (
        "import sys; from sco_cli.claims.inputs import read; "
        f"read({str(ARTICLES / '2017-astana-india-pakistan.txt')!r}, 10**6); "
        "print('trafilatura' in sys.modules); "
        f"read({str(ARTICLES / '2019-bishkek-summit.html')!r}, 10**6); "
        "print('trafilatura' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]


_TEXT = b" date 2017-06-10\n\nThe SCO has nine members.\n"
_PAGE = (ARTICLES / "2012-beijing-afghanistan.html").read_bytes()
# path: (Content-Type, Content-Encoding, body)
_OTHER_ANSWERS = {
    "/article.txt": ("text/plain; charset=utf-8", "", _TEXT),
    "/gzip": ("text/html", "gzip", gzip.compress(_PAGE)),
    "/deflate": ("text/html", "deflate", zlib.compress(_PAGE)),
    "/bomb": ("text/html", "gzip", gzip.compress(b"<p>" + b" " * 20_000_000)),
    "/br": ("text/html", "br", b"\x00\x01"),
    "/image": ("image/png", "", b"\x89PNG\r\n"),
    "/lie": ("text/html", "gzip", b"not gzip at all"),
}


class _Pages(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path == "/missing":
            self.send_error(404, "Not Found")
            return
        page = (ARTICLES / "2012-beijing-afghanistan.html").read_bytes()
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path in _OTHER_ANSWERS:
            media, coding, page = _OTHER_ANSWERS[self.path]
            self.send_response(200)
            self.send_header("Content-Type", media)
            if coding:
                self.send_header("Content-Encoding", coding)
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)
            return
        if self.path == "/big":
            page = page * 50
        if self.path == "/drip":  # a byte at a time, each well within a read's timeout
            self.send_response(200)
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            for byte in page[:40]:
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
                time.sleep(0.2)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if self.path != "/nolength":
            self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    # a short poll: shutdown() waits for one, 0.5 s by default
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_a_url_is_fetched_and_read_as_html(server: str) -> None:
    document = read(f"{server}/article", LIMIT)
    assert (document.name, document.url, document.date) == (
        f"{server}/article",
        f"{server}/article",
        "2012-06-08",
    )
    assert "Afghanistan was granted observer status" in document.text


def test_a_url_fails_in_one_line(server: str) -> None:
    with pytest.raises(DataError, match=r"the server answered 404"):
        read(f"{server}/missing", LIMIT)
    with pytest.raises(DataError, match=r"too large \(\d"):
        read(f"{server}/big", 100_000)
    with pytest.raises(DataError, match=r"too large \(more than"):
        read(f"{server}/nolength", 1000)
    with pytest.raises(DataError, match="cannot fetch"):
        read("http://127.0.0.1:9/", LIMIT)


def test_a_url_may_answer_plain_text_or_compressed(server: str) -> None:
    text = read(f"{server}/article.txt", LIMIT)
    assert (text.date, text.text) == ("2017-06-10", "The SCO has nine members.")
    for path in ("/gzip", "/deflate"):
        assert "Afghanistan was granted observer status" in read(f"{server}{path}", LIMIT).text


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/bomb", r"too large once unpacked \(more than 1,048,576 bytes"),
        ("/br", "compressed as br, which sco cannot read"),
        ("/image", "the server sent image/png, not an article"),
        ("/lie", "the answer says gzip but is not"),
        ("/loop", r"redirected too many times \(a loop\?\)$"),
    ],
)
def test_what_a_url_may_not_answer(server: str, path: str, message: str) -> None:
    with pytest.raises(DataError, match=message):
        read(f"{server}{path}", LIMIT)


def test_a_url_that_drips_is_cut_off_at_the_timeout(server: str) -> None:
    started = time.monotonic()
    with pytest.raises(DataError, match=r"no whole answer within 1 s"):
        fetch(f"{server}/drip", LIMIT, timeout=1.0)
    assert time.monotonic() - started < 6  # the whole fetch, not each read, is bounded


@pytest.mark.parametrize(
    "hostile", ["&#27;", "&#x9b;", "&#1;", "&#12;", "&#xfffe;", "&#99999999;", "\x1b[2J"]
)
def test_a_control_character_cannot_hide_a_page(tmp_path: Path, hostile: str) -> None:
    page = (ARTICLES / "2012-beijing-afghanistan.html").read_text(encoding="utf-8")
    claim = "Afghanistan was granted observer status"
    (tmp_path / "page.html").write_text(page.replace(claim, hostile + claim), encoding="utf-8")
    document = read(str(tmp_path / "page.html"), LIMIT)
    assert claim in document.text
    assert "\x1b" not in document.text


def test_a_page_with_no_article_text_is_an_error_not_a_pass(tmp_path: Path) -> None:
    (tmp_path / "menu.html").write_text(
        "<html><body><nav><a href='/'>Home</a></nav></body></html>", encoding="utf-8"
    )
    with pytest.raises(DataError, match="no article text found"):
        read(str(tmp_path / "menu.html"), LIMIT)
