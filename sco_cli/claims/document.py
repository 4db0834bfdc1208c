"""Text in any layout -> paragraphs and sentences, each with its offsets.

The article's text is normalised once: paragraphs are the blocks between blank
lines (or, in text without any blank line, lines that end a sentence), white
space inside a paragraph is collapsed, and the paragraphs are joined by one
blank line. Every offset a claim carries is into that text, which is what
`Document.text` holds. Claims are read from each sentence without its
invisible characters (`normalize`), and located in the original.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sco_cli.article.parse import normalize_space, split_sentences
from sco_cli.claims.dates import DATE_ALONE, split_line
from sco_cli.claims.lexicon import country_regex
from sco_cli.claims.normalize import INVISIBLE, Reading, reading
from sco_cli.claims.promos import without_promos

_BLANK_LINES = re.compile(r"\n[ \t\f\v\r]*\n\s*")
# The first line, when it is ` date YYYY-MM-DD ...` (the packaged article's source line).
# Invisible characters before it (two BOMs) do not hide it.
_DATE_LINE = re.compile(
    rf"\A[\s{INVISIBLE}]*date[ \t]+(\d{{4}}-\d{{2}}-\d{{2}})\b[^\n]*", re.IGNORECASE
)
# (not before a bulleted line: "- India (joined in 2017)" and the bullets after it are one list)
_LINE_END = re.compile(r"(?<=[.!?\"'\u201d\u2019)])[ \t]*\n(?![ \t]*[-\u2022*\u00b7\u2013][ \t])")


class Sentence(NamedTuple):
    paragraph: int  # 1..N through the article
    number: int  # 1..N within its paragraph
    text: str
    offset: int  # where it starts in Document.text
    read: Reading | None = None  # the text without invisible characters, when it holds any


class Document(NamedTuple):
    """An article ready for claims: its name, normalised text, date and sentences."""

    name: str  # what to call it: a path, a URL or "stdin"
    text: str
    date: str | None  # ISO date from its metadata, if it has one
    sentences: tuple[Sentence, ...]
    url: str | None = None  # where it came from, when it came from the web
    notice: str | None = None  # how it was read, when the user should know (a page simplified)
    # Where its date came from (claims.dates: "labelled date 'Published ...'"), or
    # why a date-like line could not date it; None: nothing like a date was found.
    date_from: str | None = None
    # The outlet, where the input names it (an archive record's source field): the
    # summary groups by it, else by the URL's host (reports/corpus.py).
    source: str | None = None


def split_date_line(text: str) -> tuple[str | None, str]:
    """The date of a first line ` date YYYY-MM-DD ...` (as in the packaged
    article), and the text without that line; (None, text) without one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # a line ends at a CR alone too
    match = _DATE_LINE.match(text)
    if match is None:
        return None, text
    return (match[1] if _real_date(match[1]) else None), split_line(text, match)[1]


def _real_date(iso: str) -> bool:
    """2025-02-30 and 0000-00-00 are no dates: an article so dated has none."""
    import datetime as dt

    try:
        dt.date.fromisoformat(iso)
    except ValueError:
        return False
    return True


def blocks_of(text: str) -> list[str]:
    """The paragraphs of text in any layout, as written (white space not yet collapsed)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = _BLANK_LINES.split(text)
    if len(blocks) == 1 and text.count("\n") > 1:
        # No blank lines at all: a line that ends a sentence ends a paragraph,
        # so hard-wrapped prose stays whole and one-line paragraphs stay apart.
        blocks = _LINE_END.split(text)
    # (another story's headline, under "READ MORE:" or "相关阅读：", is not this article's)
    return _under_headings(
        [row for block in without_promos(blocks) for part in _dated(block) for row in _rows(part)]
    )


def _dated(block: str) -> list[str]:
    """A block without the lines that hold a date alone ("2025-12-01", "01.12.2025 12:40"),
    each its own paragraph: run into the next line, its year would read as the time of
    the sentence's claims."""
    if not any(c.isdigit() for c in block[:40]) or "\n" not in block:
        return [block]  # (such a line opens a block: its first characters hold a digit)
    parts, at = [], 0
    for line in DATE_ALONE.finditer(block):
        parts += [block[at : line.start()], line.group()]
        at = line.end()
    parts.append(block[at:])
    return [part for part in parts if part.strip()] if at else [block]


# A fact box's line: a short label, a colon, a value ("Members: 10", "Founded: 2001").
_FACT_LINE = re.compile(r"[ \t]*[^\W\d][^:\n]{0,40}:[ \t]*\S[^\n]{0,200}")
# A line with no sentence's end, short enough to be a box's title ("SCO at a glance").
_TITLE_LINE = re.compile(r"[^\n]{1,60}(?<![.!?,;:])")


def _cells_apart(line: str) -> bool:
    return "\t" in line or "|" in line


def _tables(lines: list[str]) -> list[str] | None:
    """A block holding a table laid out as text (two lines or more in a run, cells apart
    by tabs or pipes): a paragraph each row, the lines before and after it paragraphs of
    their own; None: the block holds no table."""
    apart = [_cells_apart(line) for line in lines]
    if apart.count(True) < 2:
        return None
    blocks: list[str] = []
    prose: list[str] = []
    for i, line in enumerate(lines):
        in_run = apart[i] and ((i > 0 and apart[i - 1]) or (i + 1 < len(apart) and apart[i + 1]))
        if not in_run:
            prose.append(line)
            continue
        if prose:
            blocks.append("\n".join(prose))
            prose = []
        blocks.append(line)
    if prose:
        blocks.append("\n".join(prose))
    return blocks if len(blocks) > 1 else None


def _rows(block: str) -> list[str]:
    """A table laid out as text (cells apart by tabs or pipes, a row a line), or a
    fact box (lines of 'Label: value', perhaps under a short title), is a paragraph
    a row: its rows are not one sentence, and a number never joins the next label."""
    lines = block.strip("\n").split("\n")
    if len(lines) > 1 and (rows := _tables(lines)) is not None:
        # the prose around the table, which may hold a list of points of its own
        return [part for row in rows for part in (_points(row.split("\n")) or [row])]
    facts = sum(_FACT_LINE.fullmatch(line) is not None for line in lines)
    if facts >= 2 and all(
        _FACT_LINE.fullmatch(line) or _TITLE_LINE.fullmatch(line.strip()) for line in lines
    ):
        return [line for line in lines if line.strip()]
    if (points := _points(lines)) is not None:
        return points
    return [block]


# A point of a bulleted or dated list: a bullet ("- ", "• ", "——") or a year that opens its
# line ("2017: ...", "2017 - ...", "2017年：..."); a line that does not open so goes on the
# point before it
_POINT = re.compile(
    r"[ \t]*(?:[-*\u2022\u00b7\u25aa\u25cf\u2013\u2014]{1,2}[ \t]*(?=\S)"
    r"|(?:19|20)\d\d[ \t]*(?:年[ \t]*)?(?:[:：\u2013\u2014)]|-[ \t]|年))"
)


def _worded(line: str) -> bool:
    return sum(c.isalpha() for c in line) >= 3


def _points(lines: list[str]) -> list[str] | None:
    """A list of points that are not names alone (a timeline, a summary's bullets), one
    row a point: run together as one sentence, a point's year or claim would become the
    next one's. None: fewer than two points, or a list of countries (one sentence)."""
    # (a bullet with no words, "• 4", "• 2015", is an answer under its question: not a point)
    opens = [_POINT.match(line) is not None and _worded(line) for line in lines]
    if opens.count(True) < 2 or list_block("\n".join(lines)):
        return None
    if any(_NUMBERED.match(line) for line in lines):
        return None  # numbered questions with their answers bulleted: a quiz's (claims/quiz.py)
    rows: list[str] = []
    headed = False  # the last row is a heading ("Member states"), standing alone
    for line, point in zip(lines, opens, strict=True):
        if point and headed and _names_after_bullet(line):
            rows[-1] += "\n" + line  # "Member states" / "• A, B and C": the heading's list
        elif point or not rows or _SENTENCE_END.search(rows[-1]):
            rows.append(line)  # a point, or a line after a finished one: a heading
        else:
            rows[-1] += "\n" + line  # a point's wrapped line
            continue
        headed = not point
    return rows


_NUMBERED = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")
_SENTENCE_END = re.compile(r"[.!?\u3002\uff01\uff1f]\s*\Z")


def _names_after_bullet(line: str) -> bool:
    """ "• India, Kazakhstan, China and Russia": a point that is names alone, which the
    heading above it ("Member states") gives its status."""
    point = _POINT.match(line)
    return point is not None and _names_line(line[point.end() :])


# A list's item: a bullet or a number, perhaps, then a country's name and little else
# ("  2. China", "- India (2017)", "• Afganistan"); its heading: one short line with no
# sentence's end ("Observer states of SCO", "The members of SCO are:").
_ITEM = re.compile(
    r"[ \t]*(?:(?:[-*\u2022\u00b7\u25aa\u25cf\u2013]|\d{1,2}[.)])[ \t]+)?(?:the[ \t]+)?"
    r"(?P<rest>[^\n]{1,60})"
)
_ITEM_END = re.compile(r"\s*(?:\([^()\n]{0,30}\))?\s*[.,;]?\s*")  # "(2017)", a stop: no verb
_HEADING = re.compile(r"[ \t]*[^\n]{2,80}(?<![.!?;,])[ \t]*")


def _item(line: str) -> bool:
    item = _ITEM.fullmatch(line)
    if item is None:
        return False
    name = country_regex().match(item["rest"])
    return name is not None and _ITEM_END.fullmatch(item["rest"], name.end()) is not None


def _items(lines: list[str]) -> bool:
    """Two lines or more, each one country of a list."""
    listed = [line for line in lines if line.strip()]
    return len(listed) > 1 and all(_item(line) for line in listed)


def list_block(block: str) -> bool:
    """A list of countries one a line, perhaps under its heading: one sentence, not
    one a number ("1. Kazakhstan 2. China" is not the sentences "Kazakhstan 2." ...)."""
    lines = block.strip("\n").split("\n")
    if len(lines) < 2:
        return False  # a list is two lines or more (a paragraph of prose is one)
    return _items(lines) or (_HEADING.fullmatch(lines[0]) is not None and _items(lines[1:]))


# One line of names apart by commas and "and", and nothing else: "China, Russia, and India."
_NAMES_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _names_line(block: str) -> bool:
    """A paragraph that is only a list of countries on one line."""
    line = block.strip().rstrip(".;")
    if "\n" in line or len(line) > 600:
        return False
    names = _NAMES_SEP.split(line)
    return len(names) > 1 and all(country_regex().fullmatch(name.strip()) for name in names)


def _under_headings(blocks: list[str]) -> list[str]:
    """A heading alone before a list of countries (one a line, or one line of names and
    nothing else) is that list's paragraph."""
    merged: list[str] = []
    for block in blocks:
        heading = merged[-1].strip("\n") if merged else ""
        listed = "\n" in block.strip("\n") and _items(block.strip("\n").split("\n"))
        if "\n" not in heading and _HEADING.fullmatch(heading) and (listed or _names_line(block)):
            merged[-1] = heading + "\n" + block.strip("\n")
            continue
        merged.append(block)
    return merged


def paragraphs_of(text: str) -> list[str]:
    """The paragraphs of text in any layout, white space collapsed."""
    return [p for p in (normalize_space(b) for b in blocks_of(text)) if p]


def build(name: str, text: str, date: str | None, url: str | None = None) -> Document:
    """Split `text` into sentences; `date` is the article's, from its metadata."""
    paragraphs: list[str] = []
    sentences: list[Sentence] = []
    offset = 0
    for block in blocks_of(text):
        # Sentences are split at white space, which split_sentences collapses:
        # the paragraph is its sentences one space apart (one pass over the text).
        split = (normalize_space(block),) if list_block(block) else split_sentences(block)
        if not split:
            continue
        number = len(paragraphs) + 1
        position = offset
        for index, sentence in enumerate(split, start=1):
            sentences.append(Sentence(number, index, sentence, position, reading(sentence)))
            position += len(sentence) + 1
        paragraph = " ".join(split)
        paragraphs.append(paragraph)
        offset += len(paragraph) + 2
    return Document(name, "\n\n".join(paragraphs), date, tuple(sentences), url)
