"""Raw article text -> sections, paragraphs and sentences.

Its records (Article, Section, Paragraph) live in sco_cli.article.model, so
that an answer read from the cache never loads the parser; they are
NamedTuples, not dataclasses: a frozen dataclass costs about half a
millisecond to define, on the start-up path of every command.

The layout (that of the seed article, and of the agency copy it comes from):

    date 2025-09-09 Images | Credit        optional metadata line
    <blank lines>
    Paragraph text ...                     paragraphs split by blank lines
    ALL-CAPS HEADING                       starts a new section
    Author: Name                           optional; what follows is the closing note

Nothing in here knows the words of any particular article.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from sco_cli.article.model import Article as Article
from sco_cli.article.model import Paragraph as Paragraph
from sco_cli.article.model import Section as Section
from sco_cli.article.sentences import split_normalized as _split_normalized
from sco_cli.errors import ArticleParseError

LEAD_SLUG = "lead"

_PATTERNS = {
    "metadata": (r"^date\s+(?P<date>\d{4}-\d{2}-\d{2})\b\s*(?P<credit>.*)$", re.IGNORECASE),
    "author": (r"^author\s*:\s*(?P<name>\S.*)$", re.IGNORECASE),
    "blank_lines": (r"\n[ \t\f\v]*\n\s*", 0),
    "whitespace": (r"\s+", 0),
    "word": (r"\w+", 0),
}


@cache
def _rx(name: str) -> re.Pattern[str]:
    """Compiled on first use: a warm start that reads a cached article needs none."""
    pattern, flags = _PATTERNS[name]
    return re.compile(pattern, flags)


_STOPWORDS = frozenset(
    "a an the and or but of in on at to for from by with into onto as is are be its it "
    "this that these those our their his her".split()
)


_SLICE = 1 << 20  # characters normalised at a time


def normalize_space(text: str) -> str:
    """Collapse every run of white space to one space: how quotes are compared.

    re.sub holds every piece of its answer at once (about 50 bytes a word), so
    a long text is done a slice at a time: its memory stays near the text's size."""
    if "  " not in text and text.isprintable():
        # Printable means no white space but the plain space: nothing to collapse.
        return text.strip()
    if len(text) <= _SLICE:
        return _rx("whitespace").sub(" ", text).strip()
    parts: list[str] = []
    for start in range(0, len(text), _SLICE):
        part = _rx("whitespace").sub(" ", text[start : start + _SLICE])
        if parts and parts[-1].endswith(" ") and part.startswith(" "):
            part = part[1:]  # one run of white space, cut in two by the slicing
        parts.append(part)
    return "".join(parts).strip()


def parse_article(text: str, article_id: str) -> Article:
    """Parse raw text in the seed's layout; raises ArticleParseError and nothing else."""
    if not isinstance(text, str):
        raise ArticleParseError(f"article {article_id}: expected text, got {type(text).__name__}")
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        raise ArticleParseError(f"article {article_id}: contains NUL bytes; is it a binary file?")
    blocks = [b.strip() for b in _rx("blank_lines").split(text) if b.strip()]

    date = credit = metadata_line = None
    if blocks:
        first_line, _, rest = blocks[0].partition("\n")
        match = _rx("metadata").match(first_line.strip())
        if match:
            metadata_line = normalize_space(first_line)
            date, credit = match["date"], (normalize_space(match["credit"]) or None)
            blocks[0] = rest.strip()
            if not blocks[0]:
                blocks.pop(0)
    headline = None
    if metadata_line is None and len(blocks) > 1 and is_headline(blocks[0]):
        headline = normalize_space(blocks.pop(0))

    builder = _SectionBuilder()
    author = author_line = None
    closing: list[str] = []
    for block in blocks:
        if author_line is not None:
            closing.append(normalize_space(block))
            continue
        author_match = _rx("author").match(block)
        if author_match and "\n" not in block:
            author_line = normalize_space(block)
            author = normalize_space(author_match["name"])
            continue
        first_line, _, rest = block.partition("\n")
        if is_heading(first_line):
            builder.start(normalize_space(first_line))
            if rest.strip():
                builder.add(rest)
        else:
            builder.add(block)

    sections = builder.finish()
    by_number = {p.number: p for s in sections for p in s.paragraphs}
    return Article(
        id=article_id,
        date=date,
        credit=credit,
        headline=headline,
        sections=sections,
        author=author,
        closing=tuple(closing),
        metadata_line=metadata_line,
        author_line=author_line,
        by_number=by_number,
    )


def is_headline(block: str) -> bool:
    """A first block that is a title, not a paragraph: one short line that ends
    without a sentence's punctuation and is not an ALL-CAPS section heading."""
    line = block.strip()
    return (
        "\n" not in line
        and 0 < len(line) <= 200
        and line[-1] not in ".!?:;,\"'\u201d\u2019"
        and not is_heading(line)
        and not _rx("author").match(line)
    )


def is_heading(line: str) -> bool:
    """An ALL-CAPS line with at least two letters and no sentence-ending full stop."""
    line = line.strip()
    # The cheap tests first: this runs on the first line of every paragraph.
    if not line or len(line) > 150 or "\n" in line or line.endswith("."):
        return False
    cased = [c for c in line if c.isupper() or c.islower()]
    return bool(cased) and all(c.isupper() for c in cased) and sum(c.isalpha() for c in line) >= 2


def split_sentences(text: str) -> tuple[str, ...]:
    """Split a paragraph into sentences; abbreviations and initials do not end one."""
    return _split_normalized(normalize_space(text))


def slugify(heading: str) -> str:
    slug = "-".join(_rx("word").findall(heading.lower()))
    return slug or "section"


def keywords_of(heading: str) -> tuple[str, ...]:
    words = [w for w in _rx("word").findall(heading.lower()) if w not in _STOPWORDS]
    return tuple(dict.fromkeys(w for w in words if len(w) > 1))


class _SectionBuilder:
    """Collects paragraphs under the heading they follow; numbers them 1..N."""

    def __init__(self) -> None:
        self._done: list[Section] = []
        self._slugs = {LEAD_SLUG}  # every slug given out, and the lead's
        self._next: dict[str, int] = {}  # base slug -> the suffix to try next
        self._heading: str | None = None
        self._slug = LEAD_SLUG
        self._paragraphs: list[Paragraph] = []
        self._count = 0
        self.probes = 0  # slugs tried: a few per heading, whatever the headings (a test counts)

    def start(self, heading: str) -> None:
        self._close()
        self._heading = heading
        self._slug = self._unique(slugify(heading))

    def _unique(self, base: str) -> str:
        """`base`, else `base-2`, `base-3`, ...: the first one not given out yet.
        The suffix to try next is kept for each base, so n identical headings
        cost n tries, not n squared; each failed try is a slug given out
        before (`base-n` splits back into one base and one n), tried once."""
        slug, n = base, self._next.get(base, 2)
        self.probes += 1
        if slug in self._slugs:
            slug = f"{base}-{n}"
            self.probes += 1
            while slug in self._slugs:
                n += 1
                slug = f"{base}-{n}"
                self.probes += 1
            self._next[base] = n + 1
        self._slugs.add(slug)
        return slug

    def add(self, raw: str) -> None:
        self._count += 1
        self._paragraphs.append(Paragraph(self._count, self._slug, normalize_space(raw)))

    def _close(self) -> None:
        # An untitled lead with nothing in it is no section at all.
        if self._heading is None and not self._paragraphs:
            return
        keywords = keywords_of(self._heading) if self._heading else (LEAD_SLUG,)
        self._done.append(Section(self._slug, self._heading, keywords, tuple(self._paragraphs)))
        self._paragraphs = []

    def finish(self) -> tuple[Section, ...]:
        self._close()
        if not self._done:
            self._done.append(Section(LEAD_SLUG, None, (LEAD_SLUG,), ()))
        return tuple(self._done)


class Location(NamedTuple):
    """Where a quote stands: which part of the article, and in the body which
    section, paragraph and sentence (both numbered from 1)."""

    part: str  # "metadata", "body", "author" or "closing"
    section: str | None = None
    paragraph: int | None = None
    sentence: int | None = None


def locate(article: Article, quote: str) -> Location | None:
    """Find a quote in the article, comparing with white space normalised."""
    wanted = normalize_space(quote)
    if not wanted:
        return None
    for paragraph in article.paragraphs:
        offset = paragraph.text.find(wanted)
        if offset >= 0:
            return Location(
                "body", paragraph.section, paragraph.number, _sentence_at(paragraph, offset)
            )
    if article.metadata_line and wanted in article.metadata_line:
        return Location("metadata")
    if article.author_line and wanted in article.author_line:
        return Location("author")
    if any(wanted in text for text in article.closing):
        return Location("closing")
    return None


def _sentence_at(paragraph: Paragraph, offset: int) -> int:
    # Sentences are split on white space, so they sit in the normalised text
    # one space apart; walk them to the one that holds the offset.
    end = -1
    for number, sentence in enumerate(paragraph.sentences, start=1):
        end += len(sentence) + 1
        if offset < end:
            return number
    return len(paragraph.sentences)
