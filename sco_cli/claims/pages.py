"""A page's tree, bounded before trafilatura reads it.

trafilatura's work grows with the square of some shapes: tens of thousands of
tiny elements (`<p>a</p>` again and again) or of attributes on one element.
Here, in linear passes over the page and its tree: every attribute trafilatura
and the pruning do not read is dropped (from a tag with thousands of them before
the parser, which is quadratic in them, sees it), every empty element is dropped (its tail
kept), and, in a page still larger than ELEMENTS, every run of more than RUN
short elements side by side is read as one paragraph (their texts kept, apart
as sentences): the page was simplified, and `Tree.simplified` says by how much.

The parser is lxml's with huge_tree: text nested deeper than libxml2's default
limit (256 elements; browsers show it) is read; deeper than its huge limit is
an error, never a page read in part.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from sco_cli.errors import DataError

ELEMENTS = 10_000  # a page with more elements than this has its runs of short ones merged
RUN = 50  # more short siblings than this in a row are one paragraph
SHORT = 200  # characters of text: an element's own, childless
# What trafilatura, its date and metadata search, and the furniture pruning read.
_KEPT_ATTRIBUTES = frozenset(
    {
        "class",
        "id",
        "href",
        "src",
        "alt",
        "title",
        "rel",
        "name",
        "property",
        "content",
        "itemprop",
        "itemtype",
        "itemscope",
        "datetime",
        "pubdate",
        "lang",
        "type",
        "charset",
        "http-equiv",
        "role",
        "hidden",  # what the reader never sees (claims/web.py drops it)
        "aria-hidden",
        "style",
        "data-src",
    }
)
# Elements that mean something empty (a line break, a date, metadata, an image).
_EMPTY_KEPT = frozenset(
    {"br", "hr", "img", "time", "meta", "link", "html", "head", "body", "title", "input", "source"}
)
_NOT_TEXT = frozenset({"script", "style", "template", "noscript", "svg", "math"})


# A tag with more than this many characters of attributes has them cut to the
# ones read, before the parser sees it: libxml2 compares each attribute with every
# one before it (50,000 empty ones took seconds), and no real tag needs so many.
_LONG_TAG = re.compile(r"<([A-Za-z][^\s/<>]*)(\s[^<>]{2048,})>")
_ATTRIBUTE = re.compile(r"""([^\s=/<>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'<>]+))?""")


def _few_attributes(match: re.Match[str]) -> str:
    kept: dict[str, str] = {}
    for name, value in _ATTRIBUTE.findall(match[2]):
        if name.lower() in _KEPT_ATTRIBUTES and name.lower() not in kept:
            kept[name.lower()] = f"{name}={value}" if value else name
    return f"<{match[1]}{''.join(' ' + a for a in kept.values())}>"


class Tree(NamedTuple):
    root: Any  # lxml.html.HtmlElement
    simplified: str | None  # what was merged, said to the user; None: nothing


def parsed(name: str, html: str) -> Tree:
    """The page's tree, bounded (see the module's doc)."""
    import lxml.etree  # type: ignore[import-untyped]  # trafilatura's own dependency
    import lxml.html  # type: ignore[import-untyped]

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True)
    try:
        root = lxml.html.document_fromstring(_LONG_TAG.sub(_few_attributes, html), parser=parser)
    except (ValueError, lxml.etree.ParserError):
        raise DataError(f"{name}: no article text found in the page (is it an article?)") from None
    for entry in parser.error_log:
        if "Excessive depth" in entry.message:
            raise DataError(
                f"{name}: incomplete: the page nests its elements deeper than sco can read "
                "(text beyond that depth would be lost)"
            )
    elements = _pruned(root)
    if elements <= ELEMENTS:
        return Tree(root, None)
    merged = _merge_runs(root)
    if not merged:
        return Tree(root, None)
    return Tree(
        root,
        f"simplified: of the page's {elements:,} elements, {merged:,} short ones side by "
        "side were read as runs of sentences",
    )


def _pruned(root: Any) -> int:
    """Drop unread attributes and empty elements (children before parents: one
    pass); the number of elements left."""
    left = 0
    for element in reversed(list(root.iter())):
        if not isinstance(element.tag, str):  # an entity or what the parser kept
            continue
        attributes = element.attrib
        if attributes and any(key not in _KEPT_ATTRIBUTES for key in attributes):
            kept = {k: v for k, v in attributes.items() if k in _KEPT_ATTRIBUTES}
            attributes.clear()
            attributes.update(kept)
        if (
            len(element) == 0
            and element.tag not in _EMPTY_KEPT
            and not (element.text or "").strip()
            and element.getparent() is not None
        ):
            element.drop_tree()  # its tail stays
            continue
        left += 1
    return left


def _short(element: Any) -> bool:
    return (
        isinstance(element.tag, str)
        and len(element) == 0
        and element.tag not in _NOT_TEXT
        and element.tag not in _EMPTY_KEPT
        and len(element.text or "") < SHORT
    )


def _merge_runs(root: Any) -> int:
    """Every run of more than RUN short siblings as one element holding their
    texts (and tails), each ended as a sentence; how many were merged."""
    merged = 0
    for parent in list(root.iter()):
        if len(parent) <= RUN:
            continue
        run: list[Any] = []
        for child in [*parent, None]:
            if child is not None and _short(child):
                run.append(child)
                continue
            if len(run) > RUN:
                merged += len(run)
                _merge(run)
            run = []
    return merged


def _merge(run: list[Any]) -> None:
    pieces = [
        piece
        for element in run
        for piece in ((element.text or "").strip(), (element.tail or "").strip())
        if piece
    ]
    first = run[0]
    first.text = " ".join(p if p[-1] in ".!?" else f"{p}." for p in pieces)
    first.tail = "\n"
    for element in run[1:]:
        element.getparent().remove(element)
