"""The parsed article's records: Article, its Sections and their Paragraphs,
and the JSON form the cache keeps them in (to_dict, from_dict).

The parser is sco_cli.article.parse (which also exports these names); an answer
read from the cache needs only this module, and none of the parser's.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any, NamedTuple


class Paragraph:
    """A paragraph of the body. Its sentences are split when first asked for:
    `sections` and `quote --section` never pay for them."""

    __slots__ = ("_sentences", "number", "section", "text")

    def __init__(
        self, number: int, section: str, text: str, sentences: tuple[str, ...] | None = None
    ) -> None:
        self.number = number  # 1..N through the whole article
        self.section = section  # slug of the section it stands in
        self.text = text  # white space normalised
        self._sentences = sentences

    @property
    def sentences(self) -> tuple[str, ...]:
        if self._sentences is None:
            from sco_cli.article.sentences import split_normalized

            self._sentences = split_normalized(self.text)
        return self._sentences

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Paragraph):
            return NotImplemented
        return (self.number, self.section, self.text) == (other.number, other.section, other.text)

    def __hash__(self) -> int:
        return hash((self.number, self.section, self.text))

    def __repr__(self) -> str:
        return f"Paragraph({self.number}, {self.section!r}, {self.text!r})"


class Section(NamedTuple):
    slug: str
    heading: str | None  # None for the untitled lead
    keywords: tuple[str, ...]
    paragraphs: Sequence[Paragraph]  # a tuple, or read on demand from a stored index

    @property
    def paragraph_numbers(self) -> tuple[int, ...]:
        # A stored section knows its numbers without reading its paragraphs.
        numbers = getattr(self.paragraphs, "numbers", None)
        return tuple(numbers if numbers is not None else (p.number for p in self.paragraphs))


class Article(NamedTuple):
    id: str
    date: str | None
    credit: str | None
    sections: tuple[Section, ...]
    author: str | None
    closing: tuple[str, ...]  # paragraphs after the Author line (the disclaimer)
    by_number: Mapping[int, Paragraph]  # paragraph number -> paragraph
    metadata_line: str | None = None
    author_line: str | None = None
    headline: str | None = None

    @property
    def paragraphs(self) -> Iterator[Paragraph]:
        for section in self.sections:
            yield from section.paragraphs

    def to_dict(self) -> dict[str, Any]:
        """The parsed article in JSON types, for the cache (see from_dict)."""
        return {
            "id": self.id,
            "date": self.date,
            "credit": self.credit,
            "headline": self.headline,
            "metadata_line": self.metadata_line,
            "author": self.author,
            "author_line": self.author_line,
            "closing": list(self.closing),
            "sections": [
                {
                    "slug": s.slug,
                    "heading": s.heading,
                    "keywords": list(s.keywords),
                    "paragraphs": [[p.number, p.text, list(p.sentences)] for p in s.paragraphs],
                }
                for s in self.sections
            ],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        sections = tuple(
            Section(
                s["slug"],
                s["heading"],
                tuple(s["keywords"]),
                tuple(
                    Paragraph(n, s["slug"], text, tuple(sents))
                    for n, text, sents in s["paragraphs"]
                ),
            )
            for s in data["sections"]
        )
        return cls(
            id=data["id"],
            date=data["date"],
            credit=data["credit"],
            sections=sections,
            author=data["author"],
            closing=tuple(data["closing"]),
            metadata_line=data["metadata_line"],
            author_line=data["author_line"],
            headline=data["headline"],
            by_number={p.number: p for s in sections for p in s.paragraphs},
        )
