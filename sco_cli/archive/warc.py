"""WARC records (.warc, .warc.gz: Common Crawl's format), through warcio (the extra
`sco-cli[archive]`): each response or resource record holding a page or text, one
at a time. A page goes through the same HTML reading as a saved page (trafilatura),
in the worker that checks it; its URL is the record's target; the crawl's date is
not the article's, so a page is dated by its own metadata and text."""

from __future__ import annotations

from collections.abc import Iterator
from typing import IO, Any

from sco_cli.archive.extras import extra
from sco_cli.archive.fields import Bad
from sco_cli.archive.prefilter import may_name_sco
from sco_cli.archive.work import Record
from sco_cli.errors import DataError

_CONTENT = ("response", "resource", "conversion")  # conversion: WET, the text of a page
_PAGES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})


def records(
    stream: IO[bytes], source: str, max_size: int, gate: bool = True
) -> Iterator[Record | Bad | None]:
    """Each page's record, a Bad one, or None for a page skipped (never names the SCO);
    requests, metadata and other media are not articles, and are passed over."""
    warcio: Any = extra("warcio.archiveiterator", "WARC")
    from sco_cli.claims.encoding import decoded

    number = 0
    for item in warcio.ArchiveIterator(stream):
        number += 1
        if item.rec_type not in _CONTENT:
            continue
        media, charset = _content_type(item)
        if media not in _PAGES:
            continue
        where = f"{source} record {number}"
        data = item.content_stream().read(max_size + 1)
        if len(data) > max_size:
            yield Bad(where, f"longer than the limit of {max_size:,} bytes")
            continue
        try:
            text = decoded(where, data, charset, page=media != "text/plain")
        except DataError as error:
            yield Bad(where, error.message)
            continue
        if gate and not may_name_sco(text):
            yield None
            continue
        url = item.rec_headers.get_header("WARC-Target-URI")
        yield Record(source, number, text, url=url, html=True if media != "text/plain" else None)


def _content_type(item: Any) -> tuple[str, str | None]:
    """The media type and charset of the page (the HTTP header of a response)."""
    headers = item.http_headers if item.rec_type == "response" else item.rec_headers
    value = (headers.get_header("Content-Type") if headers is not None else None) or ""
    media, _, params = value.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, found = param.strip().partition("=")
        if key.lower() == "charset" and found:
            charset = found.strip().strip('"')
    return media.strip().lower(), charset
