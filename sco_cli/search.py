"""Ranked full-text search over an article's sentences, with SQLite's FTS5.

The porter tokenizer makes `secure` find "security" and `railways` find
"railway"; bm25() ranks; highlight() marks each match, and the markers become
character offsets into the sentence. For the packaged article the index lives
in memory (building it costs less than reading it back from disk would); an
article named with --article keeps it between runs (sco_cli.article_index).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from typing import NamedTuple

from sco_cli.article import Article
from sco_cli.errors import NotFound, UsageProblem

# Private-use characters: they cannot stand in article text, so they mark matches safely.
_OPEN, _CLOSE = "\ue000", "\ue001"
_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
QUERY_HELP = 'use words, "a phrase", OR, NOT, and a trailing * for a prefix (rail*)'


class Hit(NamedTuple):
    rank: int
    score: float  # bm25: lower is better
    section: str
    paragraph: int
    sentence: int
    text: str
    matches: tuple[tuple[int, int], ...]  # [start, end) character offsets into text


TABLE = "sentences"


def write_index(db: sqlite3.Connection, article: Article) -> None:
    """Index the article's sentences in `db`: in memory for one search, or in the
    file that keeps them between runs (sco_cli.article_index)."""
    db.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        "text, section UNINDEXED, paragraph UNINDEXED, sentence UNINDEXED, "
        "tokenize = 'porter unicode61 remove_diacritics 2')"
    )
    db.executemany(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?)", _rows(article))  # noqa: S608


def _rows(article: Article) -> Iterator[tuple[str, str, int, int]]:
    for paragraph in article.paragraphs:
        for number, sentence in enumerate(paragraph.sentences, start=1):
            yield sentence, paragraph.section, paragraph.number, number


class SentenceIndex:
    def __init__(self, article: Article, db: sqlite3.Connection | None = None) -> None:
        """Search the article's sentences: in `db`, which holds them already
        (write_index), or else in a new index in memory."""
        self.article = article
        if db is None:
            db = sqlite3.connect(":memory:")
            write_index(db, article)
        self._db = db

    def search(
        self, query: str, *, limit: int, section: str | None = None
    ) -> tuple[int, list[Hit]]:
        """The total number of matching sentences, and the best `limit` of them."""
        if not query.strip():
            raise UsageProblem(f"an empty search query: {QUERY_HELP}")
        # Only the fixed filter is formatted into the SQL; every value is bound.
        where = "sentences MATCH ?" + (" AND section = ?" if section else "")
        params: tuple[object, ...] = (query, section) if section else (query,)
        count_sql = f"SELECT count(*) FROM sentences WHERE {where}"  # noqa: S608
        columns = (
            f"section, paragraph, sentence, text, highlight(sentences, 0, '{_OPEN}', '{_CLOSE}')"
        )
        hits_sql = f"SELECT {columns}, bm25(sentences) FROM sentences WHERE {where} ORDER BY bm25(sentences), rowid LIMIT ?"  # noqa: S608
        try:
            total = self._db.execute(count_sql, params).fetchone()[0]
            found = self._db.execute(hits_sql, (*params, limit)).fetchall()
        except sqlite3.OperationalError as error:
            raise UsageProblem(
                f"cannot search for {query!r}: {_explain(error)}; {QUERY_HELP}"
            ) from None
        hits = [
            Hit(rank, score, sec, para, sent, text, _offsets(marked))
            for rank, (sec, para, sent, text, marked, score) in enumerate(found, start=1)
        ]
        return total, hits

    def suggest(self, query: str) -> str | None:
        """A spelling of the query that would match, if one word is a near miss."""
        import difflib

        vocabulary = sorted(
            {w.lower() for p in self.article.paragraphs for w in _WORD.findall(p.text)}
        )
        words = query.split()
        for i, word in enumerate(words):
            bare = word.strip('"*()').lower()
            if not bare or word.upper() in _OPERATORS or bare in vocabulary:
                continue
            for candidate in difflib.get_close_matches(bare, vocabulary, n=3, cutoff=0.8):
                attempt = " ".join([*words[:i], candidate, *words[i + 1 :]])
                try:
                    if self.search(attempt, limit=1)[0]:
                        return attempt
                except UsageProblem:
                    continue
        return None


def _offsets(marked: str) -> tuple[tuple[int, int], ...]:
    """Turn highlight() markers into [start, end) offsets in the unmarked text."""
    spans = []
    position = 0
    start = 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            start = position
        elif piece == _CLOSE:
            spans.append((start, position))
        else:
            position += len(piece)
    return tuple(spans)


def _explain(error: sqlite3.OperationalError) -> str:
    message = str(error).removeprefix("fts5: ")
    if message.startswith("no such column"):
        return "a word followed by ':' reads as a column name (quote it)"
    if message.startswith("unknown special query"):
        return "a '*' needs letters before it"
    return message


def search_article(
    article: Article,
    query: str,
    *,
    limit: int,
    section: str | None = None,
    index: SentenceIndex | None = None,
) -> tuple[int, list[Hit]]:
    """Search (in `index`, else in a new one), and when nothing matches say so
    (exit 1), with a spelling that would."""
    index = index if index is not None else SentenceIndex(article)
    total, hits = index.search(query, limit=limit, section=section)
    if total == 0:
        suggestion = index.suggest(query)
        where = f" in section {section!r}" if section else ""
        hint = f"; did you mean {suggestion!r}?" if suggestion else ""
        raise NotFound(f"no sentence matches {query!r}{where}{hint}")
    return total, hits
