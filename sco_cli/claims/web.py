"""HTML pages and URLs: the article's text and date, without the page around it.

trafilatura (imported here only, when an HTML file or a URL is read) keeps the
article and drops navigation, cookie banners, related links and footers, so a
number in a menu is never read as a claim. The date comes from the page's
metadata (published-time meta tags, a <time> element), never guessed from
the text.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from sco_cli.claims.document import Document, build
from sco_cli.errors import DataError
from sco_cli.output.sanitize import shown, shown_line

TIMEOUT = 10.0  # seconds for the whole fetch: connecting, and every byte of the page
# Page furniture trafilatura may keep: a site's masthead (not an article's own
# <header>, which holds its headline and date), and small blocks whose class or id
# names a ticker, a banner or an advert. Their numbers are never claims. A block
# that holds an article, or three paragraphs, is never dropped for its name.
_FURNITURE = (
    "breaking",
    "ticker",
    "trending",
    "cookie",
    "banner",
    "advert",
    "ad-slot",
    "promo",
    "newsletter",
    "related",
    "recommended",
    "most-read",
    "popular",
    "sidebar",
    "share",
    "social",
    "subscribe",
    "comments",
    "masthead",
    "menu",
    "navbar",
    "breadcrumb",
)
_NAMES = (
    "concat(' ', translate(@class, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_', 'abcdefghijklmnopqrstuvwxyz-'),"
    " ' ', translate(@id, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ_', 'abcdefghijklmnopqrstuvwxyz-'))"
)
_SMALL = "not(self::body or self::html or self::main or self::article) and not(.//article or .//main) and count(.//p) < 3"
BOILERPLATE = [
    "//header[not(ancestor::article) and not(ancestor::main) and not(.//article or .//main)]",
    "//nav",
    "//footer[not(ancestor::article)]",
    f"//aside[{_SMALL}]",
    *(f"//*[contains({_NAMES}, '{word}') and {_SMALL}]" for word in _FURNITURE),
]
_CHARSET = re.compile(r"charset=([\w.:-]+)", re.IGNORECASE)
# A numeric character reference (&#27; &#x9b;): one to a character no text may hold
# (a control, a surrogate, a non-character) makes the HTML parser give up on the page.
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def looks_like_html(text: str) -> bool:
    """True for a page (what standard input holds is not named by a suffix)."""
    start = text[:1000].lstrip().lower()
    return start.startswith(("<!doctype html", "<html", "<?xml")) or (
        start.startswith("<") and ("<body" in start or "<p" in start or "<head" in start)
    )


def html_document(name: str, html: str, url: str | None = None) -> Document:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        _parseable(html),
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
        prune_xpath=BOILERPLATE,
    )
    text = str(getattr(extracted, "text", None) or "")
    if not text.strip():
        # Never "no contradiction" for a page that was not read: say so, exit 3.
        raise DataError(f"{name}: no article text found in the page (is it an article?)")
    date = getattr(extracted, "date", None)
    # trafilatura gives one paragraph a line; the document layout wants blank lines.
    return build(name, text.replace("\n", "\n\n"), _iso_date(date), url)


def _parseable(html: str) -> str:
    """The page with every character that would stop the parser made visible
    (sanitize.shown, raw or written as a character reference): shown, not obeyed."""

    def reference(match: re.Match[str]) -> str:
        hexadecimal, decimal = match.groups()
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        if code > 0x10FFFF:
            return "\ufffd"
        character = chr(code)
        return match.group() if shown(character) == character else shown(character)

    return _CHARACTER_REFERENCE.sub(reference, shown(html.replace("\r", "")))


def _iso_date(date: object) -> str | None:
    return date if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None


# What a URL may answer with: a page, or an article as plain text.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})


class Page(NamedTuple):
    text: str
    media_type: str  # "text/plain", or a page's


def fetch(url: str, max_size: int, timeout: float = TIMEOUT) -> Page:
    """The answer at `url` as text, with its media type: at most `max_size` bytes,
    within `timeout` seconds in all (a server that sends a byte a second is cut
    off, not waited for)."""
    import http.client
    import time
    import urllib.error
    import urllib.request

    deadline = time.monotonic() + timeout

    try:
        request = urllib.request.Request(url, headers={"User-Agent": "sco-check"})  # noqa: S310 - http(s) only, checked by the caller
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_size:
                raise DataError(
                    f"{url}: too large ({int(length):,} bytes; the limit is {max_size:,} bytes, set with --max-size)"
                )
            data = _read_by(response, max_size, deadline)
            content_type = response.headers.get("Content-Type", "")
            coding = response.headers.get("Content-Encoding", "identity").strip().lower()
    except DataError:
        raise
    except urllib.error.HTTPError as error:
        if 300 <= error.code < 400:  # urllib follows redirects, up to a loop or a limit
            raise DataError(f"{url}: redirected too many times (a loop?)") from None
        raise DataError(f"{url}: the server answered {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise DataError(f"{url}: cannot fetch ({error.reason})") from None
    except TimeoutError:
        raise DataError(f"{url}: no whole answer within {timeout:g} s") from None
    except (ValueError, http.client.InvalidURL) as error:
        raise DataError(f"{url}: not a URL sco can fetch ({error})") from None
    except (OSError, http.client.HTTPException) as error:  # a broken answer among them
        raise DataError(f"{url}: cannot fetch ({error or type(error).__name__})") from None
    if len(data) > max_size:
        raise DataError(f"{url}: too large (more than {max_size:,} bytes, set with --max-size)")
    data = _decoded(url, data, coding, max_size)
    media = content_type.split(";")[0].strip().lower() or "text/html"
    if media not in PAGE_TYPES:
        raise DataError(
            f"{url}: the server sent {shown_line(media)}, not an article (HTML or text)"
        )
    charset = _CHARSET.search(content_type)
    encoding = charset[1] if charset else "utf-8"
    try:
        text = str(data.decode(encoding, errors="replace"))
    except LookupError:
        text = str(data.decode("utf-8", errors="replace"))
    return Page(text, media)


def _decoded(url: str, data: bytes, coding: str, max_size: int) -> bytes:
    """The body as sent before its Content-Encoding (gzip or deflate), never
    more than `max_size` bytes of it: a small bomb is refused, not unpacked."""
    if coding in ("", "identity"):
        return data
    import zlib

    if coding not in ("gzip", "x-gzip", "deflate"):
        raise DataError(
            f"{url}: the answer is compressed as {shown_line(coding)}, which sco cannot read"
        )
    # 47: a gzip or zlib header, told apart by zlib; raw deflate is tried when neither is there
    for wbits in (47, -15):
        unpacker = zlib.decompressobj(wbits)
        try:
            body = unpacker.decompress(data, max_size + 1)
        except zlib.error:
            continue
        if len(body) > max_size or unpacker.unconsumed_tail:
            raise DataError(
                f"{url}: too large once unpacked (more than {max_size:,} bytes, set with --max-size)"
            )
        return body
    raise DataError(f"{url}: the answer says {coding} but is not")


def _read_by(response: Any, max_size: int, deadline: float) -> bytes:
    """At most `max_size` + 1 bytes of `response`, read as they come (read1),
    until the end or the deadline: then TimeoutError."""
    import time

    parts: list[bytes] = []
    total = 0
    while total <= max_size:
        if time.monotonic() > deadline:
            raise TimeoutError
        part = response.read1(min(1 << 16, max_size + 1 - total))
        if not part:
            break
        parts.append(part)
        total += len(part)
    return b"".join(parts)
