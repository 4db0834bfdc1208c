"""An article named with --article, parsed once and kept with its search index.

The parsed article and its FTS5 index (search.write_index) live in one SQLite
file in sco's cache directory, article-<digest of the path>.sqlite, written and
trusted as sco_cli.private_files says. It is used when the article's path,
size, modification time and inode are those it was built from, and the
SHA-256 of the bytes just read confirms them; anything else parses the article
again and replaces the file. The file holds:

- `meta`: the format, the article's key and digest, and the article's header
  (its lines, sections and paragraph numbers) as JSON with its own digest;
- `chunks`: each section's paragraphs, one row a section, each with a digest;
- `sentences`: the search index, built when a search first needs it.

So `sections` reads the header only, `quote --section` one chunk more, and
`search` the index and the chunks its hits stand in; every text shown is
checked against its digest first, and a mismatch falls back to parsing the
article's bytes, which were read (and digested) anyway.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

from sco_cli import __version__, private_files
from sco_cli.article.model import Article, Paragraph, Section
from sco_cli.article.reading import (
    ArticleBytes,
    decode_article,
    digest_article,
    parse_size,
    read_article_bytes,
)
from sco_cli.errors import UsageProblem

if TYPE_CHECKING:
    from sco_cli.article.search import SentenceIndex

T = TypeVar("T")
FORMAT = "2"  # 2: words of scripts written without spaces indexed a character each
PREFIX, SUFFIX = "article-", ".sqlite"
CAP_ENV = "SCO_CACHE_MAX_SIZE"
DEFAULT_CAP = 1024**3
_FD_DIR = "/dev/fd"  # SQLite opens the checked descriptor itself through it


def cache_cap() -> int:
    """The most sco's cache directory may hold, in bytes ($SCO_CACHE_MAX_SIZE, else 1G)."""
    value = os.environ.get(CAP_ENV)
    if not value:
        return DEFAULT_CAP
    try:
        return parse_size(value)
    except UsageProblem as problem:  # said of the variable, not of --max-size
        raise UsageProblem(
            problem.message.replace(f"--max-size {value!r}", f"{CAP_ENV}={value!r}")
        ) from None


def index_path(folder: str, real_path: str) -> str:
    name = hashlib.sha256(os.fsencode(real_path)).hexdigest()[:24]
    return os.path.join(folder, f"{PREFIX}{name}{SUFFIX}")


def load(name: str, max_size: int, *, searchable: bool) -> tuple[Article, SentenceIndex | None]:
    """The article file `name` (and, when `searchable`, its search index) from
    the stored index when it is current, else parsed and stored. Without a
    usable cache directory: the parsed article, and no stored index."""
    folder = private_files.cache_folder(create=True)
    if folder is None or not os.path.isdir(_FD_DIR) or "\0" in name:
        raw = read_article_bytes(name, max_size)
        return _parsed(raw), None
    path = index_path(folder, os.path.realpath(name))
    if os.path.lexists(path):
        # The digest of the article's bytes is taken while the stored file is read
        # (both let other threads run); the file is used only when the two agree.
        digesting = _InThread(lambda: digest_article(name, max_size))
        stored = _open(path, name, digesting, _Reader(name, max_size), searchable)
        if stored is not None:
            return stored
    raw = read_article_bytes(name, max_size)
    digest = _InThread(lambda: _digest(raw.data))  # while the article is parsed
    return _build(folder, path, raw, digest, searchable)


class _InThread(Generic[T]):
    """`work()` done in a thread (hashing lets other threads run): its result,
    or the exception it raised, when asked for."""

    def __init__(self, work: Callable[[], T]) -> None:
        import threading

        self._work = work
        self._answer: tuple[T] | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._answer = (self._work(),)
        except BaseException as error:  # handed to the thread that waits
            self._error = error

    def result(self) -> T:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._answer is not None  # noqa: S101 - set when there is no error
        return self._answer[0]


def _source(name: str, info: os.stat_result, digest: str) -> dict[str, Any]:
    return {
        "path": os.path.realpath(name),
        "size": info.st_size,
        "mtime_ns": info.st_mtime_ns,
        "inode": info.st_ino,
        "device": info.st_dev,
        "sha256": digest,
    }


class _Reader:
    """How to read the article again, should a stored part fail its digest."""

    def __init__(self, name: str, max_size: int) -> None:
        self.name = name
        self.max_size = max_size

    def parse(self) -> Article:
        raw = read_article_bytes(self.name, self.max_size)
        return _parsed(raw)


def _parsed(raw: ArticleBytes) -> Article:
    """The article parsed from its bytes (the parser loads only then: a stored
    article needs none of it)."""
    from sco_cli.article.parse import parse_article

    return parse_article(decode_article(raw), raw.article_id)


def _digest(data: bytes | str) -> str:
    return hashlib.sha256(data.encode() if isinstance(data, str) else data).hexdigest()


# -- Reading ------------------------------------------------------------------


def _open(
    path: str,
    name: str,
    digesting: _InThread[tuple[str, os.stat_result]],
    reader: _Reader,
    searchable: bool,
) -> tuple[Article, SentenceIndex | None] | None:
    descriptor = private_files.open_private(path, cache_cap())
    if descriptor is None:
        digesting.result()  # the article's own errors come first
        return None
    try:
        # SQLite opens the very file checked above (not whatever the name holds now),
        # read-only; `immutable`: sco never changes a finished file, it replaces it.
        db = sqlite3.connect(f"file:{_FD_DIR}/{descriptor}?mode=ro&immutable=1", uri=True)
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        # The cheap key first: the article's path, size, time and inode.
        source = json.loads(meta.get("source", "{}"))
        cheap = _source(name, os.stat(name), source.get("sha256", ""))
        if (meta.get("format"), meta.get("sco"), source) != (FORMAT, __version__, cheap):
            return None  # another article, version or format: build again
        if searchable and not _has_table(db, "sentences"):
            return None
        header = meta.get("article", "")
        if meta.get("article_sha256") != _digest(header):
            return None
        store = _Store(db, reader, split=meta.get("sentences") == "tab")
        article = store.article(json.loads(header))
        # Then the digest of the bytes, read as the file is now, confirms it.
        digest, info = digesting.result()
        if source != _source(name, info, digest):
            return None
        private_files.touch(descriptor)
    except (sqlite3.Error, OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None
    finally:
        os.close(descriptor)
    if not searchable:
        return article, None
    from sco_cli.article.stored_search import CheckedIndex

    return article, CheckedIndex(article, db, lambda: store.parsed)


def _has_table(db: sqlite3.Connection, name: str) -> bool:
    found = db.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)).fetchone()
    return found is not None


class _Store:
    """Reads the chunks of one stored article, each checked against its digest;
    a chunk that fails is taken from the article, read and parsed again once."""

    def __init__(self, db: sqlite3.Connection, reader: _Reader, *, split: bool) -> None:
        self._db = db
        self._reader = reader
        self._split = split  # whether the chunks hold the sentences, tab-separated

    def article(self, header: dict[str, Any]) -> Article:
        sections = []
        stored = []
        for position, (slug, heading, keywords, first, count) in enumerate(header["sections"]):
            paragraphs = _StoredParagraphs(self, position, slug, range(first, first + count))
            sections.append(Section(slug, heading, tuple(keywords), paragraphs))
            stored.append(paragraphs)
        return Article(
            id=header["id"],
            date=header["date"],
            credit=header["credit"],
            sections=tuple(sections),
            author=header["author"],
            closing=tuple(header["closing"]),
            metadata_line=header["metadata_line"],
            author_line=header["author_line"],
            headline=header["headline"],
            by_number=_ByNumber(stored),
        )

    def paragraphs(self, position: int, slug: str, numbers: range) -> tuple[Paragraph, ...]:
        try:
            row = self._db.execute(
                "SELECT sha256, text FROM chunks WHERE position = ?", (position,)
            ).fetchone()
        except sqlite3.Error:
            row = None
        if row is not None and row[0] == _digest(row[1]):
            lines = row[1].split("\n") if numbers else []
            if len(lines) == len(numbers):
                return tuple(
                    self._paragraph(n, slug, line) for n, line in zip(numbers, lines, strict=True)
                )
        return tuple(self.parsed.sections[position].paragraphs)

    def _paragraph(self, number: int, slug: str, line: str) -> Paragraph:
        if self._split:
            sentences = tuple(line.split("\t"))
            return Paragraph(number, slug, " ".join(sentences), sentences)
        return Paragraph(number, slug, line)  # its sentences split when asked for

    @cached_property
    def parsed(self) -> Article:
        return self._reader.parse()


class _StoredParagraphs(Sequence[Paragraph]):
    """A section's paragraphs, read when first used; their numbers are known before."""

    def __init__(self, store: _Store, position: int, slug: str, numbers: range) -> None:
        self.numbers = numbers
        self._load = (store, position, slug)
        self._paragraphs: tuple[Paragraph, ...] | None = None

    def _all(self) -> tuple[Paragraph, ...]:
        if self._paragraphs is None:
            store, position, slug = self._load
            self._paragraphs = store.paragraphs(position, slug, self.numbers)
        return self._paragraphs

    def __len__(self) -> int:
        return len(self.numbers)

    @overload
    def __getitem__(self, index: int) -> Paragraph: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Paragraph]: ...
    def __getitem__(self, index: int | slice) -> Paragraph | Sequence[Paragraph]:
        return self._all()[index]

    def __iter__(self) -> Iterator[Paragraph]:
        return iter(self._all())


class _ByNumber(Mapping[int, Paragraph]):
    """Paragraph number -> paragraph, reading only the section it stands in."""

    def __init__(self, sections: list[_StoredParagraphs]) -> None:
        self._sections = [s for s in sections if s.numbers]
        self._firsts = [s.numbers[0] for s in self._sections]
        self._count = sum(len(s.numbers) for s in sections)

    def __getitem__(self, number: int) -> Paragraph:
        at = bisect.bisect_right(self._firsts, number) - 1
        if not isinstance(number, int) or at < 0 or not 1 <= number <= self._count:
            raise KeyError(number)
        return self._sections[at][number - self._firsts[at]]

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[int]:
        return iter(range(1, self._count + 1))


# -- Writing ------------------------------------------------------------------


def _build(
    folder: str, path: str, raw: ArticleBytes, digest: _InThread[str], searchable: bool
) -> tuple[Article, SentenceIndex | None]:
    article = _parsed(raw)
    assert raw.info is not None  # noqa: S101 - a file, not standard input
    source = _source(raw.name, raw.info, digest.result())
    temporary = private_files.new_temporary(path)
    if temporary is None:
        return article, None
    try:
        db = sqlite3.connect(temporary, isolation_level=None)
        # Large pages hold FTS5's segments in fewer pieces: the file builds faster than
        # an index in memory (4 KiB pages) does.
        db.execute("PRAGMA page_size = 32768")
        db.execute("PRAGMA journal_mode = OFF")  # a temporary file: whole or thrown away
        db.execute("PRAGMA synchronous = OFF")
        db.execute("PRAGMA cache_size = -65536")  # 64 MiB: FTS5 flushes through it
        db.execute("BEGIN")
        _write(db, article, raw, source, searchable)
        db.execute("COMMIT")
    except sqlite3.Error:
        private_files.discard(temporary)
        return article, None
    if not private_files.commit(temporary, path):
        return article, None
    private_files.evict(folder, cache_cap(), keep=path)
    if not searchable:
        db.close()
        return article, None
    from sco_cli.article.search import SentenceIndex

    return article, SentenceIndex(article, db)


def _write(
    db: sqlite3.Connection,
    article: Article,
    raw: ArticleBytes,
    source: dict[str, Any],
    searchable: bool,
) -> None:
    header = json.dumps(_header(article), ensure_ascii=False)
    meta = {
        "format": FORMAT,
        "sco": __version__,
        "source": json.dumps(source),
        "article": header,
        "article_sha256": _digest(header),
        # With the search index the sentences are split already: the chunks keep them.
        "sentences": "tab" if searchable else "no",
    }
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.execute(
        "CREATE TABLE chunks (position INTEGER PRIMARY KEY, sha256 TEXT NOT NULL, text TEXT NOT NULL)"
    )
    db.executemany("INSERT INTO chunks VALUES (?, ?, ?)", _chunks(article, searchable))
    if searchable:
        from sco_cli.article.search import write_index

        write_index(db, article)


def _header(article: Article) -> dict[str, Any]:
    sections = [
        [
            s.slug,
            s.heading,
            list(s.keywords),
            s.paragraphs[0].number if s.paragraphs else 1,
            len(s.paragraphs),
        ]
        for s in article.sections
    ]
    return {
        "id": article.id,
        "date": article.date,
        "credit": article.credit,
        "headline": article.headline,
        "metadata_line": article.metadata_line,
        "author": article.author,
        "author_line": article.author_line,
        "closing": list(article.closing),
        "sections": sections,
    }


def _chunks(article: Article, sentences: bool) -> Iterator[tuple[int, str, str]]:
    # Paragraph text has its white space normalised: no newline or tab stands in it.
    for position, section in enumerate(article.sections):
        if sentences:
            text = "\n".join("\t".join(p.sentences) for p in section.paragraphs)
        else:
            text = "\n".join(p.text for p in section.paragraphs)
        yield position, _digest(text), text


def stored_article(path: str) -> str | None:
    """The path of the article a stored index was built from (None if it is not
    one sco can read), for `sco cache`."""
    descriptor = private_files.open_private(path, cache_cap())
    if descriptor is None:
        return None
    try:
        db = sqlite3.connect(f"file:{_FD_DIR}/{descriptor}?mode=ro&immutable=1", uri=True)
        row = db.execute("SELECT value FROM meta WHERE key = 'source'").fetchone()
        db.close()
        return str(json.loads(row[0])["path"]) if row else None
    except (sqlite3.Error, ValueError, KeyError, TypeError):
        return None
    finally:
        os.close(descriptor)
