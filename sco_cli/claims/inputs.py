"""What `sco check` reads: files, folders, standard input and URLs.

Files go through the same guarded reading as `--article` (regular files
only, a size limit); URLs through `fetching` (one deadline, one byte budget);
the bytes of both become text by `encoding`'s one set of rules; HTML goes
through `web`, the one module that imports trafilatura. A folder means every .txt, .html and .htm
file in it, in name order. Every refusal is a DataError: one line, exit 3.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator

from sco_cli.article.reading import STDIN, read_article_bytes
from sco_cli.claims.dates import date_of, labelled, republished
from sco_cli.claims.document import Document, build
from sco_cli.errors import DataError
from sco_cli.output.sanitize import shown_line

SUFFIXES = (".txt", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")


def is_url(name: str) -> bool:
    return name.lower().startswith(("http://", "https://"))


# A URL's scheme: sco fetches http(s) and reads file:// as the local path it names.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def local_path(name: str) -> str:
    """A file:// URL of this machine as the local path it names (file:///tmp/a%20b.txt
    -> '/tmp/a b.txt', as a browser's address bar gives it); any other name as it is."""
    if name[:7].lower() != "file://":
        return name
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(name)
    if parts.netloc.lower() not in ("", "localhost") or not parts.path:
        return name  # refused when read: sco reads no other machine's files
    return unquote(parts.path)


def unsupported_scheme(name: str) -> str | None:
    """Why sco cannot read a URL of another scheme (ftp://, s3://...) or a file:// URL
    of another machine, else None."""
    found = _SCHEME.match(name)
    if found is None or is_url(name) or os.path.exists(name):
        return None
    scheme = found.group().lower()
    if scheme == "file://":
        return f"{shown_line(name)}: a file:// URL is read as a path of this machine: file:///PATH"
    return (
        f"{shown_line(name)}: sco reads http:// and https:// URLs (and file:// as a "
        f"local path), not {shown_line(scheme)}: download it and give the file"
    )


def expand(names: tuple[str, ...]) -> list[str]:
    """Each name, with a folder replaced by its articles (sorted; not recursive) and a
    file:// URL by its path."""
    expanded: list[str] = []
    for given in names:
        name = local_path(given)
        if name != STDIN and not is_url(name) and os.path.isdir(name):
            try:
                entries = sorted(os.listdir(name))
            except OSError as error:
                raise DataError(f"{name}: cannot list the folder ({error.strerror})") from None
            found = [
                os.path.join(name, entry)
                for entry in entries
                if entry.lower().endswith(SUFFIXES) and not entry.startswith(".")
            ]
            if not found:
                raise DataError(f"{name}: no .txt, .html or .htm file in this folder")
            expanded += found
        else:
            expanded.append(name)
    return expanded


def read(name: str, max_size: int, timeout: float | None = None) -> Document:
    """The document at `name`: a file, '-' (standard input) or an http(s) URL
    (fetched within `timeout` seconds in all)."""
    from sco_cli.claims.encoding import decoded

    if is_url(name):
        from sco_cli.claims import fetching, web

        answer = fetching.fetch(name, max_size, fetching.TIMEOUT if timeout is None else timeout)
        if answer.media_type not in web.PAGE_TYPES:
            raise DataError(
                f"{name}: the server sent {shown_line(answer.media_type)}, not an article (HTML or text)"
            )
        page = answer.media_type != "text/plain" or _html_bytes(answer.data)
        text = decoded(name, answer.data, answer.charset, page=page)
        if not page and not web.looks_like_html(text):
            return _text_document(name, text, url=name)
        return _dated_page(web.html_document(name, text, url=name))
    scheme = unsupported_scheme(name)
    if scheme is not None:
        raise DataError(scheme)
    raw = read_article_bytes(name, max_size)
    shown = "stdin" if name == STDIN else name
    page = name.lower().endswith(HTML_SUFFIXES) or (name == STDIN and _html_bytes(raw.data))
    text = decoded(shown, raw.data, page=page)
    if page or (name == STDIN and _html(text)):
        from sco_cli.claims import web

        _not_empty(shown, text)
        return _dated_page(web.html_document(shown, text))
    return _text_document(shown, text)


def _html_bytes(data: bytes) -> bool:
    """Whether bytes in any ASCII-compatible encoding start as a page does."""
    from sco_cli.claims.web import looks_like_html

    return looks_like_html(data[:1000].decode("latin-1"))


def _not_empty(name: str, text: str) -> None:
    """Never "no contradiction" for an article that holds nothing to check."""
    if not text.strip(" \t\r\n\f\v\ufeff"):
        raise DataError(f"{name}: empty: no article text to check")


def _text_document(name: str, text: str, url: str | None = None) -> Document:
    _not_empty(name, text)
    dating, body = date_of(text, url or name)
    document = build(name, body, dating.date, url)
    return document._replace(date_from=dating.source or dating.why_not)


def _dated_page(document: Document) -> Document:
    """A page dated by its metadata (trafilatura reads <meta>, JSON-LD datePublished
    and <time>), else by the forms of its text, as a text article is."""
    if document.date is not None:
        # a page republishing an older text ("From the archive, 17 June 2009"): that day's
        earlier = republished(document.text, document.url or document.name)
        if earlier is not None and earlier.date is not None:
            return document._replace(date=earlier.date, date_from=earlier.source)
        # the text as shown was updated after the date the page gives ("Updated: ...")
        later = labelled(document.text, document.url or document.name)
        if later is not None and later.date is not None and later.date > document.date:
            why = f"{later.source}, after the page metadata's {document.date}"
            return document._replace(date=later.date, date_from=why)
        return document._replace(date_from="page metadata")
    dating, _ = date_of(document.text, document.url or document.name)
    return document._replace(date=dating.date, date_from=dating.source or dating.why_not)


def _html(text: str) -> bool:
    from sco_cli.claims.web import looks_like_html

    return looks_like_html(text)


def documents(
    names: tuple[str, ...],
    max_size: int,
    unread: list[tuple[str, str]] | None = None,
    timeout: float | None = None,
) -> Iterator[Document]:
    """Each article named, read in turn. Of several, one that cannot be read is
    put in `unread` (its name and why) and the others are still read; an article
    named alone, or without `unread`, stops everything (DataError, exit 3). An article
    named twice (or in a folder named too) is read once, and its notice says so;
    standard input named twice is refused (UsageProblem: it can be read only once)."""
    expanded, times = distinct(expand(names))
    for name in expanded:
        try:
            document = read(name, max_size, timeout)
            if times.get(name, 1) > 1:
                once = f"named {times[name]} times: checked once"
                notice = f"{document.notice}; {once}" if document.notice else once
                document = document._replace(notice=notice)
            yield document
        except DataError as error:
            if unread is None or len(expanded) == 1:
                raise
            unread.append(("stdin" if name == STDIN else name, error.message))


def distinct(names: list[str]) -> tuple[list[str], dict[str, int]]:
    """The names, each article once (a file by its real path, a URL as written), and
    how many times each one kept was named, where more than once."""
    from sco_cli.errors import UsageProblem

    kept: list[str] = []
    first: dict[str, str] = {}  # the article's key -> the name it was first given as
    times: dict[str, int] = {}
    for name in names:
        key = name if name == STDIN or _SCHEME.match(name) else _real(name)
        if key not in first:
            first[key] = name
            kept.append(name)
            continue
        if name == STDIN:
            raise UsageProblem("'-' (standard input) is named twice: it can be read only once")
        times[first[key]] = times.get(first[key], 1) + 1
    return kept, times


def _real(path: str) -> str:
    """The file a path names, whatever way it is written; a name no file can have (a
    NUL byte) as it is, for reading to refuse in its own words."""
    try:
        return os.path.realpath(path)
    except (ValueError, OSError):
        return path


def from_text(name: str, text: str) -> Document:
    """An article given as text already read (the API's `check_text`): a page
    when it looks like HTML, else plain text with its date line."""
    if _html(text):
        from sco_cli.claims import web

        _not_empty(name, text)
        return web.html_document(name, text)
    return _text_document(name, text)


def from_record(
    name: str,
    text: str,
    *,
    url: str | None = None,
    date: str | None = None,
    date_from: str | None = None,
    html: bool | None = None,
) -> Document:
    """A record of an archive (sco_cli.archive): a page when `html` (None: when it
    looks like HTML), else plain text; its own `date` (an ISO date, from its date
    field, `date_from` saying which) before any date its text or page carries."""
    page = _html(text) if html is None else html
    if page:
        from sco_cli.claims import web

        _not_empty(name, text)
        document = web.html_document(name, text, url=url)
        if date is not None:
            return document._replace(date=date, date_from=date_from)
        return _dated_page(document)
    if date is not None:
        _not_empty(name, text)
        return build(name, text, date, url)._replace(date_from=date_from)
    return _text_document(name, text, url=url)
