"""An article's encoding, decided once as browsers decide it, for files and URLs alike."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from sco_cli.claims.encoding import decoded, encoding_of, known
from sco_cli.claims.inputs import read
from sco_cli.errors import DataError
from tests.claims.test_fetching import ANSWERS, _http, server  # noqa: F401 - the fixture

LIMIT = 1024 * 1024
TEXT = "date 2025-09-01\n\nTürkiye is a dialogue partner of the SCO."
PAGE = (
    "<html><head>{meta}<meta property='article:published_time' content='2025-09-01'></head>"
    "<body><article><h1>Partners</h1><p>The leaders met in Tianjin for talks on trade.</p>"
    "<p>Türkiye is a dialogue partner of the SCO, the host said.</p></article></body></html>"
)
LATIN_META = PAGE.format(meta="<meta charset='iso-8859-1'>").encode("latin-1")
UTF8_BOM_PAGE = codecs.BOM_UTF8 + PAGE.format(meta="").encode("utf-8")
UTF16_PAGE = PAGE.format(meta="").encode("utf-16")  # with its BOM
for path, body, media in (
    ("/latin-meta", LATIN_META, "text/html"),
    ("/bom-as-latin", UTF8_BOM_PAGE, "text/html; charset=iso-8859-1"),
    ("/utf16-page", UTF16_PAGE, "text/html"),
    ("/bom-text", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "text/plain; charset=utf-8"),
    ("/utf16-text", TEXT.encode("utf-16-le"), "text/plain"),
):
    ANSWERS[path] = _http("200 OK", {"Content-Type": media, "Content-Length": str(len(body))}, body)


@pytest.mark.parametrize(
    ("data", "declared", "page", "expected"),
    [
        (codecs.BOM_UTF8 + b"x", "iso-8859-1", True, "utf-8"),  # the BOM wins
        (codecs.BOM_UTF16_LE + b"x\x00", None, False, "utf-16-le"),
        (codecs.BOM_UTF16_BE + b"\x00x", "utf-8", False, "utf-16-be"),
        (b"caf\xe9", "latin1", False, "cp1252"),  # as browsers read Latin-1
        (b"<meta charset=koi8-r><p>x", None, True, "koi8-r"),
        (b"<meta charset=koi8-r><p>x", None, False, "utf-8"),  # text has no meta
        (b"<meta charset=utf-16><p>x", None, True, "utf-8"),  # read as ASCII: not UTF-16
        (b"<p>caf\xe9</p>", "idna", True, "cp1252"),  # idna names no text encoding
        (b"caf\xc3\xa9", "undefined", False, "utf-8"),
        ("The SCO".encode("utf-16-le"), None, False, "utf-16-le"),  # no BOM
        ("The SCO".encode("utf-16-be"), None, False, "utf-16-be"),
    ],
)
def test_the_encoding_is_decided_as_browsers_decide_it(
    data: bytes, declared: str | None, page: bool, expected: str
) -> None:
    assert encoding_of(data, declared, page=page) == expected


@pytest.mark.parametrize(
    "label", ["idna", "undefined", "punycode", "utf-7", "rot13", "base64", "x" * 50, "", None]
)
def test_a_label_that_names_no_text_encoding_is_none(label: str | None) -> None:
    assert known(label) is None


def test_a_nul_is_binary_from_a_file_and_a_url_alike(tmp_path: Path) -> None:
    with pytest.raises(DataError, match=r"a binary file, not text \(a NUL character at offset 5\)"):
        decoded("x", b"nine\x20\x00members")
    path = tmp_path / "nul.txt"
    path.write_bytes(TEXT.replace("dialogue", "dia\x00logue").encode("utf-8"))
    with pytest.raises(DataError, match="a NUL character at offset 33"):
        read(str(path), LIMIT)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("latin.html", LATIN_META),
        ("bom.html", UTF8_BOM_PAGE),
        ("utf16.html", UTF16_PAGE),
        ("utf16.txt", TEXT.encode("utf-16")),
        ("utf16-no-bom.txt", TEXT.encode("utf-16-le")),
        ("latin1.txt", TEXT.encode("latin-1")),
        ("bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8")),
    ],
)
def test_a_file_in_any_encoding_keeps_its_claim(tmp_path: Path, name: str, data: bytes) -> None:
    (tmp_path / name).write_bytes(data)
    document = read(str(tmp_path / name), LIMIT)
    assert "Türkiye is a dialogue partner" in document.text
    assert document.date == "2025-09-01"


@pytest.mark.parametrize(
    "path", ["/latin-meta", "/bom-as-latin", "/utf16-page", "/bom-text", "/utf16-text"]
)
def test_a_url_in_any_encoding_keeps_its_claim(server: str, path: str) -> None:  # noqa: F811
    document = read(f"{server}{path}", LIMIT)
    assert "Türkiye is a dialogue partner" in document.text
    assert document.date == "2025-09-01"
