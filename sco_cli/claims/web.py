"""HTML pages: the article's text and date, without the page around it.

trafilatura (imported here only, when an HTML file or a URL is read) keeps the
article and drops navigation, cookie banners, related links and footers, so a
number in a menu is never read as a claim. The date comes from the page's
metadata (published-time meta tags, a <time> element), never guessed from
the text.
"""

from __future__ import annotations

import re

from sco_cli.claims.document import Document, build
from sco_cli.errors import DataError
from sco_cli.output.sanitize import shown

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
    "recommend",  # recommended, recommendations
    "outbrain",  # recommendation widgets: Outbrain, Taboola, SMI2, "news of partners"
    "taboola",
    "trc-",
    "smi2",
    "partners",
    "widget",
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
# (never the page, nor a block that holds the article; "small": under three paragraphs)
_WHOLE = (
    "not(self::body or self::html or self::main or self::article) and not(.//article or .//main)"
)
_SMALL = f"{_WHOLE} and count(.//p) < 3"
BOILERPLATE = [
    "//header[not(ancestor::article) and not(ancestor::main) and not(.//article or .//main)]",
    # what a reader never sees: hidden by the markup or a style
    "//template",
    f"//*[@hidden and {_WHOLE}]",
    f"//*[@aria-hidden='true' and {_WHOLE}]",
    "//*[contains(translate(@style, ' ', ''), 'display:none') or "
    f"contains(translate(@style, ' ', ''), 'visibility:hidden')][{_WHOLE}]",
    # a thread of readers' comments, however long (trafilatura knows most of their names)
    *(
        f"//*[contains({_NAMES}, '{word}') and {_WHOLE}]"
        for word in ("comment", "discussion", "disqus")
    ),
    "//nav",
    "//footer[not(ancestor::article)]",
    f"//aside[{_SMALL}]",
    *(f"//*[contains({_NAMES}, '{word}') and {_SMALL}]" for word in _FURNITURE),
]
# A numeric character reference (&#27; &#x9b;): one to a character no text may hold
# (a control, a surrogate, a non-character) makes the HTML parser give up on the page.
# What lxml refuses, or a terminal obeys: controls (not tab or line feed), DEL and
# C1, surrogates and the non-characters U+FFFE/U+FFFF.
_STOPS_PARSER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]+")
_CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")


def looks_like_html(text: str) -> bool:
    """True for a page (what standard input holds is not named by a suffix)."""
    start = text[:1000].lstrip().lower()
    return start.startswith(("<!doctype html", "<html", "<?xml")) or (
        start.startswith("<") and ("<body" in start or "<p" in start or "<head" in start)
    )


def html_document(name: str, html: str, url: str | None = None) -> Document:
    import trafilatura

    from sco_cli.claims.pages import parsed

    tree = parsed(name, _parseable(html))
    extracted = trafilatura.bare_extraction(
        tree.root,
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
    document = build(name, text.replace("\n", "\n\n"), _iso_date(date), url)
    return document._replace(notice=tree.simplified) if tree.simplified else document


def _parseable(html: str) -> str:
    """The page with every character that would stop the parser made visible
    (sanitize.shown, raw or written as a character reference): shown, not obeyed.
    Format characters (bidi marks, zero-width ones) stay: the parser takes them,
    and claims are read without them (normalize)."""

    def reference(match: re.Match[str]) -> str:
        hexadecimal, decimal = match.groups()
        code = int(hexadecimal, 16) if hexadecimal else int(decimal)
        if code > 0x10FFFF:
            return "\ufffd"
        character = chr(code)
        return shown(character) if _STOPS_PARSER.match(character) else match.group()

    return _CHARACTER_REFERENCE.sub(reference, _STOPS_PARSER.sub(_shown, html.replace("\r", "")))


def _shown(match: re.Match[str]) -> str:
    return shown(match.group())


def _iso_date(date: object) -> str | None:
    return date if isinstance(date, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None


# What a URL may answer with: a page, or an article as plain text.
PAGE_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
