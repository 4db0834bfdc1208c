"""A stored search index, checked against the article it was built from.

A hit names its section, paragraph and sentence; when that sentence of the
(digest-checked) article is not the hit's text, the file is not what sco
wrote, and the search runs again on the article parsed afresh.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from sco_cli.article.parse import Article
from sco_cli.article.search import Hit, SentenceIndex


class CheckedIndex(SentenceIndex):
    def __init__(
        self, article: Article, db: sqlite3.Connection, parsed: Callable[[], Article]
    ) -> None:
        super().__init__(article, db)
        self._parsed = parsed

    def search(
        self, query: str, *, limit: int, section: str | None = None
    ) -> tuple[int, list[Hit]]:
        try:
            total, hits = super().search(query, limit=limit, section=section)
        except sqlite3.DatabaseError:  # a damaged file (a bad query is a UsageProblem)
            return self._fresh().search(query, limit=limit, section=section)
        if all(self._holds(hit) for hit in hits):
            return total, hits
        return self._fresh().search(query, limit=limit, section=section)

    def _fresh(self) -> SentenceIndex:
        return SentenceIndex(self._parsed())

    def _holds(self, hit: Hit) -> bool:
        paragraph = self.article.by_number.get(hit.paragraph)
        return (
            paragraph is not None
            and paragraph.section == hit.section
            and 0 < hit.sentence <= len(paragraph.sentences)
            and paragraph.sentences[hit.sentence - 1] == hit.text
        )
