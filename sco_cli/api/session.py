"""What one call reads, loaded once: the validated data and the article (the
packaged one or the user's). The CLI's context object (app.App) is one; the
API makes one a call. No click here: the API's path imports none."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from sco_cli.errors import NotFound

if TYPE_CHECKING:
    from sco_cli.article.parse import Article
    from sco_cli.article.search import SentenceIndex
    from sco_cli.dataset import Dataset


class Session:
    """The data is loaded once, when first asked for."""

    def __init__(self, article_path: str | None = None, max_size: int | None = None) -> None:
        self.article_path = article_path
        self.max_size = max_size
        self._dataset: Dataset | None = None
        self._article: Article | None = None
        self._index: SentenceIndex | None = None
        self._searchable = False  # whether the article was loaded with its search index

    @property
    def own_article(self) -> bool:
        """True when the user named an article (--article): it has no curated facts."""
        return self.article_path is not None

    @property
    def limit(self) -> int:
        """The most an article given to read may hold (--max-size, else 20M)."""
        from sco_cli.article.reading import DEFAULT_MAX_SIZE

        return self.max_size if self.max_size is not None else DEFAULT_MAX_SIZE

    def require_facts(self) -> None:
        """Refuse, for a command that needs the curated facts, an article of the user's."""
        if self.article_path is not None:
            from sco_cli.article.reading import STDIN

            name = "standard input" if self.article_path == STDIN else self.article_path
            raise NotFound(
                f"{name} has no facts file: this command needs the curated facts of the "
                f"packaged article (leave out --article and SCO_ARTICLE)"
            )

    @property
    def dataset(self) -> Dataset:
        """The packaged article's facts and the reference; not for an article of the user's."""
        self.require_facts()
        return self.reference

    @property
    def reference(self) -> Dataset:
        """The validated data, for its reference tables: with any article."""
        if self._dataset is None:
            from sco_cli.dataset import load_dataset

            self._dataset = load_dataset()
        return self._dataset

    @property
    def loaded_dataset(self) -> Dataset | None:
        """The data if this invocation has loaded it already, else None (never loads)."""
        return self._dataset

    @property
    def article(self) -> Article:
        """The article the text commands read: the user's (--article) or the packaged one."""
        if self.article_path is None:
            return self.dataset.article
        if self._article is None:
            self._load_article(searchable=False)
        assert self._article is not None  # noqa: S101 - for mypy: _load_article sets it
        return self._article

    def sentence_index(self) -> SentenceIndex | None:
        """The stored search index of the user's article, when sco keeps one (a file,
        and a cache directory it can use); None means: index it in memory."""
        if self.article_path is None:
            return None
        if not self._searchable:
            self._load_article(searchable=True)
        return self._index

    def _load_article(self, *, searchable: bool) -> None:
        from sco_cli.article.reading import STDIN

        assert self.article_path is not None  # noqa: S101 - only for the user's article
        self._searchable = searchable
        if self.article_path == STDIN or os.environ.get("SCO_NO_CACHE"):
            from sco_cli.article.parse import parse_article
            from sco_cli.article.reading import decode_article, read_article_bytes

            raw = read_article_bytes(self.article_path, self.limit)
            self._article = parse_article(decode_article(raw), raw.article_id)
            return
        from sco_cli.article import index as article_index

        self._article, self._index = article_index.load(
            self.article_path, self.limit, searchable=searchable
        )
