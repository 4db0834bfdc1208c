"""Ranked full-text search over an article's sentences, with SQLite's FTS5.

The porter tokenizer makes `secure` find "security" and `railways` find
"railway"; bm25() ranks; highlight() marks each match, and the markers become
character offsets into the sentence. For the packaged article the index lives
in memory (building it costs less than reading it back from disk would); an
article named with --article keeps it between runs (sco_cli.article.index).
"""

from __future__ import annotations

import itertools
import re
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple, overload

from sco_cli.article.model import Article
from sco_cli.commandline.suggest import closest, hint
from sco_cli.errors import NotFound, UsageProblem

# highlight() marks each match with these. They are white space, which the
# parser turns into plain spaces, so no sentence can hold them: any text,
# private-use characters included, gives its true offsets.
_OPEN, _CLOSE = "\x1e", "\x1f"
_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT", "NEAR"}
QUERY_HELP = 'use words, "a phrase", OR, NOT, and a trailing * for a prefix (rail*)'
MAX_QUERY = 1_000  # characters
# highlight() costs (matches x length) in one sentence; a longer sentence is
# marked in windows of about this many characters (see _long_spans).
LONG_SENTENCE = 2_000
# Offsets listed for one sentence: a sentence of 19 MB may match millions of
# times, and the list would outweigh the article (stderr says when it is cut).
MAX_MATCHES = 10_000
_SUGGESTED_WORDS = 3  # "did you mean" tries the first few words it does not know


class Hit(NamedTuple):
    rank: int
    score: float  # bm25: lower is better
    section: str
    paragraph: int
    sentence: int
    text: str
    # [start, end) offsets into text, counted in characters (Python str indices,
    # code points): an emoji counts one, a combining mark one, U+E000 one.
    matches: Spans


class Spans(Sequence[tuple[int, int]]):
    """[start, end) pairs, 16 bytes each: a sentence of 19 MB may hold millions."""

    __slots__ = ("_flat", "truncated")

    def __init__(self, pairs: Iterable[tuple[int, int]] = ()) -> None:
        self._flat = array("q")
        self.truncated = False  # True when only the first MAX_MATCHES are kept
        for start, end in pairs:
            self.add(start, end)

    def add(self, start: int, end: int) -> None:
        self._flat.append(start)
        self._flat.append(end)

    def merge(self, start: int, end: int) -> None:
        """Add a span found again by an overlapping window (see long_spans):
        one inside what is known is known; one that overlaps joins it."""
        flat = self._flat
        if flat and end <= flat[-1]:
            return
        while flat and flat[-1] > start:
            start = min(start, flat[-2])
            del flat[-2:]
        self.add(start, end)

    def settled(self, before: int) -> bool:
        """Whether more than MAX_MATCHES are known, the first MAX_MATCHES of them
        final (ending by `before`, where marks yet to come start): then keep
        those alone."""
        flat = self._flat
        if len(flat) <= 2 * MAX_MATCHES or flat[2 * MAX_MATCHES - 1] > before:
            return False
        del flat[2 * MAX_MATCHES :]
        self.truncated = True
        return True

    def __len__(self) -> int:
        return len(self._flat) // 2

    @overload
    def __getitem__(self, index: int) -> tuple[int, int]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, int]]: ...
    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return list(self)[index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return (self._flat[2 * index], self._flat[2 * index + 1])

    def __iter__(self) -> Iterator[tuple[int, int]]:
        pairs = iter(self._flat)
        return zip(pairs, pairs, strict=True)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(
            tuple(a) == tuple(b) for a, b in zip(self, other, strict=True)
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Spans({list(self)!r})"

    def to_json(self) -> list[list[int]]:
        return [[start, end] for start, end in self]

    def text(self) -> str:
        """'4-11,20-27': a few thousand at a time, never a list of them all."""
        flat = self._flat
        step = 8192
        return ",".join(
            ",".join(
                f"{flat[i]}-{flat[i + 1]}" for i in range(block, min(block + step, len(flat)), 2)
            )
            for block in range(0, len(flat), step)
        )


_TOKENIZER = "tokenize = 'porter unicode61 remove_diacritics 2'"

# Chinese, Japanese, Thai, Lao, Khmer and Myanmar write words without spaces, and
# unicode61 reads a whole run of them as one token ("中国港口建设"): `港口` would
# never match. So the index holds each character of those scripts as a token of
# its own (SEPARATOR between them, a mark kept with its letter), the query is cut
# the same way into a phrase ("港 口"), and a word is found wherever its letters
# stand together. SEPARATOR is white space to the parser, so no sentence holds
# it; offsets are counted without it.
SEPARATOR = "\x1d"
_UNSPACED = re.compile(
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
)


def segmented(text: str) -> str:
    """`text` with SEPARATOR between characters of the scripts written without
    spaces (and between such a character and any other), never before a mark."""
    if not _UNSPACED.search(text):
        return text
    import unicodedata

    out: list[str] = []
    before = False  # whether the previous character is of such a script
    for char in text:
        unspaced = _UNSPACED.match(char) is not None
        if out and (unspaced or before) and unicodedata.category(char)[0] != "M":
            out.append(SEPARATOR)
        out.append(char)
        before = unspaced or (before and unicodedata.category(char)[0] == "M")
    return "".join(out)


def segmented_query(query: str) -> str:
    """The query with every word in those scripts cut as the index is: a quoted
    phrase stays a phrase; a bare word becomes one ('港口' -> '"港<SEP>口"')."""
    if not _UNSPACED.search(query):
        return query
    parts = re.split(r'("[^"]*(?:""[^"]*)*"?)', query)
    for i, part in enumerate(parts):
        if part.startswith('"'):
            parts[i] = segmented(part)
        else:
            parts[i] = re.sub(
                r"[^\s\"()*:^+{},]+",
                lambda m: (
                    f'"{segmented(m.group(0))}"' if _UNSPACED.search(m.group(0)) else m.group(0)
                ),
                part,
            )
    return "".join(parts)


TABLE = "sentences"


def write_index(db: sqlite3.Connection, article: Article) -> None:
    """Index the article's sentences in `db`: in memory for one search, or in the
    file that keeps them between runs (sco_cli.article.index)."""
    db.execute(
        f"CREATE VIRTUAL TABLE {TABLE} USING fts5("
        f"text, section UNINDEXED, paragraph UNINDEXED, sentence UNINDEXED, {_TOKENIZER})"
    )
    db.executemany(f"INSERT INTO {TABLE} VALUES (?, ?, ?, ?)", _rows(article))  # noqa: S608


def _rows(article: Article) -> Iterator[tuple[str, str, int, int]]:
    for paragraph in article.paragraphs:
        for number, sentence in enumerate(paragraph.sentences, start=1):
            yield segmented(sentence), paragraph.section, paragraph.number, number


class SentenceIndex:
    def __init__(self, article: Article, db: sqlite3.Connection | None = None) -> None:
        """Search the article's sentences: in `db`, which holds them already
        (write_index), or else in a new index in memory."""
        self.article = article
        self._own = db is None  # built here from `article`, so it agrees with it
        if db is None:
            db = sqlite3.connect(":memory:")
            write_index(db, article)
        self._db = db

    def search(
        self, query: str, *, limit: int, section: str | None = None
    ) -> tuple[int, list[Hit]]:
        """The total number of matching sentences, and the best `limit` of them."""
        check_query(query)
        query = segmented_query(query)
        # Only the fixed filter is formatted into the SQL; every value is bound.
        where = "sentences MATCH ?" + (" AND section = ?" if section else "")
        params: tuple[object, ...] = (query, section) if section else (query,)
        count_sql = f"SELECT count(*) FROM sentences WHERE {where}"  # noqa: S608
        # The best `limit` first, then the matches of those alone: highlight()
        # in the ranking query would run on every matching sentence.
        hits_sql = (
            "SELECT rowid, section, paragraph, sentence, bm25(sentences) "  # noqa: S608
            f"FROM sentences WHERE {where} ORDER BY bm25(sentences), rowid LIMIT ?"
        )
        try:
            total = self._db.execute(count_sql, params).fetchone()[0]
            found = self._db.execute(hits_sql, (*params, limit)).fetchall()
        except sqlite3.OperationalError as error:
            raise UsageProblem(
                f"cannot search for {query!r}: {_explain(error)}; {QUERY_HELP}"
            ) from None
        hits = []
        for rank, (rowid, sec, para, sent, score) in enumerate(found, start=1):
            text = self._text(rowid, para, sent)
            hits.append(Hit(rank, score, sec, para, sent, text, self._spans(query, rowid, text)))
        return total, hits

    def _text(self, rowid: int, paragraph: int, sentence: int) -> str:
        if self._own:  # the article's own string: no copy of it comes back from SQLite
            return self.article.by_number[paragraph].sentences[sentence - 1]
        # A stored index says what it holds (stored_search checks it against the article).
        row = self._db.execute(f"SELECT text FROM {TABLE} WHERE rowid = ?", (rowid,))  # noqa: S608
        return str(row.fetchone()[0]).replace(SEPARATOR, "")

    def close(self) -> None:
        """Let go of an index built in memory (it is as large as the article)."""
        if self._own:
            self._db.close()

    def _spans(self, query: str, rowid: int, text: str) -> Spans:
        if len(text) > LONG_SENTENCE:
            return long_spans(self._db, query, text)
        marked = self._db.execute(
            "SELECT highlight(sentences, 0, ?, ?) FROM sentences "
            "WHERE sentences MATCH ? AND rowid = ?",
            (_OPEN, _CLOSE, query, rowid),
        ).fetchone()[0]
        return _offsets(marked)

    def matches(self, query: str, section: str | None = None) -> int:
        """How many sentences match; 0 for a query FTS5 cannot read."""
        try:
            return self.search(query, limit=1, section=section)[0]
        except UsageProblem:
            return 0

    def suggest(self, query: str) -> str | None:
        """A spelling of the query that would match, if one word is a near miss."""
        vocabulary = {w.lower() for p in self.article.paragraphs for w in _WORD.findall(p.text)}
        words = query.split()
        tried = 0
        for i, word in enumerate(words):
            bare = word.strip('"*()').lower()
            if not bare or word.upper() in _OPERATORS or bare in vocabulary:
                continue
            tried += 1
            if tried > _SUGGESTED_WORDS:
                break
            for candidate in closest(bare, vocabulary, n=3, cutoff=0.8):
                attempt = " ".join([*words[:i], candidate, *words[i + 1 :]])
                if self.matches(attempt):
                    return attempt
        return None


def check_query(query: str) -> None:
    """Refuse (exit 2) an empty query, one too long, or one that is not text."""
    if not query.strip():
        raise UsageProblem(f"an empty search query: {QUERY_HELP}")
    if len(query) > MAX_QUERY:
        raise UsageProblem(
            f"the search query is {len(query):,} characters long; the limit is {MAX_QUERY:,}"
        )
    try:
        query.encode("utf-8")
    except UnicodeEncodeError:
        raise UsageProblem(
            "the search query is not valid text in the locale's encoding "
            "(use a UTF-8 locale, LANG=C.UTF-8)"
        ) from None


def _offsets(marked: str, spans: Spans | None = None, shift: int = 0) -> Spans:
    """Turn highlight() markers into [start, end) offsets in the unmarked text
    (plus `shift`), merged into `spans`."""
    spans = Spans() if spans is None else spans
    position = shift
    start = 0
    for piece in re.split(f"([{_OPEN}{_CLOSE}])", marked):
        if piece == _OPEN:
            start = position
        elif piece == _CLOSE:
            spans.merge(start, position)
        else:
            position += len(piece) - piece.count(SEPARATOR)
    return spans


def long_spans(
    db: sqlite3.Connection, query: str, text: str, *, window: int = LONG_SENTENCE
) -> Spans:
    """The matches in a long sentence, in time linear in its length.

    highlight() builds its answer by copying it whole at each mark: (matches x
    length) in one sentence, hours for one of 19 MB. So the sentence is cut into
    windows of about `window` characters, which overlap by as many words as
    the longest phrase of the query can hold, and each window is marked with
    the query's phrases joined by OR. (The sentence as a whole is known to
    match; only where is asked.) Overlapping marks merge, as highlight() does.
    """
    spans = Spans()
    phrases = query_phrases(query)
    if not phrases:
        return spans
    overlap = max(len(p) for p in phrases)  # a token is at least one character
    either = " OR ".join(p.fts for p in phrases)
    db.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.windows USING fts5(text, {_TOKENIZER})")
    windows = _windows(text, window, overlap)
    batch = list(itertools.islice(windows, _BATCH))
    while batch:
        # A batch at a time: memory stays a small multiple of the batch.
        db.execute("DELETE FROM temp.windows")
        db.executemany(
            "INSERT INTO temp.windows(rowid, text) VALUES (?, ?)",
            ((start, segmented(text[start:end])) for start, end in batch),
        )
        for start, marked in db.execute(
            "SELECT rowid, highlight(windows, 0, ?, ?) FROM temp.windows "
            "WHERE windows MATCH ? ORDER BY rowid",
            (_OPEN, _CLOSE, either),
        ):
            _offsets(marked, spans, start)
        following = next(windows, None)
        if following is None or spans.settled(following[0]):
            break
        batch = [following, *itertools.islice(windows, _BATCH - 1)]
    spans.settled(len(text))  # at the end every mark is final
    db.execute("DELETE FROM temp.windows")
    return spans


_BATCH = 256  # windows marked at a time


def _windows(text: str, size: int, overlap: int) -> Iterator[tuple[int, int]]:
    """[start, end) windows of `text` cut at spaces, each at least `size`
    characters and 2 x `overlap` words long (unless the text ends first); each
    next one starts `overlap` words before the previous one ends. Any run of
    `overlap` words then lies whole in some window."""
    length = len(text)
    start = 0
    while True:
        end = text.find(" ", start + size)
        end = length if end < 0 else end
        words = end
        for _ in range(2 * overlap - text.count(" ", start, end)):
            words = text.find(" ", words + 1)
            if words < 0:
                break
        end = length if words < 0 else max(end, words)
        yield start, end
        if end >= length:
            return
        back = end
        for _ in range(overlap):
            back = text.rfind(" ", start + 1, back)
            if back < 0:
                break
        start = end + 1 if back < 0 else back + 1


class Phrase(NamedTuple):
    fts: str  # the phrase in FTS5's syntax
    length: int  # characters in its strings: at least its number of tokens


def query_phrases(query: str) -> list[Phrase]:
    """The phrases of an FTS5 query, without its operators, columns and NEAR
    distances: `a "b c" OR rail*` -> `"a"`, `"b c"`, `"rail" *`."""
    phrases: list[Phrase] = []
    tokens = _query_tokens(query)
    joined = False
    skip_number = False
    in_columns = False  # {col1 col2}: a set of column names
    for i, (kind, value) in enumerate(tokens):
        following = tokens[i + 1][0] if i + 1 < len(tokens) else ""
        if kind in ("{", "}"):
            in_columns = kind == "{"
            continue
        if in_columns:
            continue
        if kind == "word" and value in ("AND", "OR", "NOT"):
            continue
        if kind == "word" and value == "NEAR" and following == "(":
            continue
        if kind in ("word", "string"):
            if following == ":" or skip_number:  # a column name, or NEAR's distance
                skip_number = False
                continue
            quoted = '"' + value.replace('"', '""') + '"'
            if joined and phrases:
                last = phrases[-1]
                phrases[-1] = Phrase(f"{last.fts} + {quoted}", last.length + len(value))
            else:
                phrases.append(Phrase(quoted, len(value)))
            joined = False
        elif kind == "+":
            joined = True
        elif kind == "*" and phrases:
            phrases[-1] = phrases[-1]._replace(fts=phrases[-1].fts + " *")
        elif kind == ",":
            skip_number = True
    return phrases


def _query_tokens(query: str) -> list[tuple[str, str]]:
    """FTS5's query tokens: ("string", text), ("word", text) or (punctuation, "")."""
    tokens: list[tuple[str, str]] = []
    i, length = 0, len(query)
    while i < length:
        char = query[i]
        if char in " \t\n\r\f\v":
            i += 1
        elif char == '"':
            value = []
            i += 1
            while i < length:
                if query[i] == '"':
                    if query[i + 1 : i + 2] != '"':
                        break
                    i += 1
                value.append(query[i])
                i += 1
            tokens.append(("string", "".join(value)))
            i += 1
        elif _is_bare(char):
            begin = i
            while i < length and _is_bare(query[i]):
                i += 1
            tokens.append(("word", query[begin:i]))
        else:
            tokens.append((char, ""))
            i += 1
    return tokens


def _is_bare(char: str) -> bool:
    # FTS5's barewords: ASCII letters, digits and _, the substitute character,
    # and anything beyond ASCII.
    return not char.isascii() or char.isalnum() or char in "_\x1a"


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
    total, hits, _ = search_words(article, query, limit=limit, section=section, index=index)
    return total, hits


def search_words(
    article: Article,
    query: str,
    *,
    limit: int,
    section: str | None = None,
    index: SentenceIndex | None = None,
    wider: str | None = None,
) -> tuple[int, list[Hit], int | None]:
    """As search_article; `wider` is the same words joined by OR (several words, AND
    asked): how many sentences it matches comes back too, and when every word
    together matches nothing, the error says that any of them would."""
    check_query(query)
    index = index if index is not None else SentenceIndex(article)
    total, hits = index.search(query, limit=limit, section=section)
    any_total = index.matches(wider, section) if wider is not None else None
    if total == 0:
        where = f" in section {section!r}" if section else ""
        if any_total:
            raise NotFound(
                f"no sentence matches {query!r}{where}: none holds every word; "
                f"{any_total} hold{'s' if any_total == 1 else ''} one of them (add --any)"
            )
        suggestion = index.suggest(query)
        near = hint([suggestion] if suggestion else [])
        raise NotFound(f"no sentence matches {query!r}{where}{near}")
    index.close()  # not kept while printing
    return total, hits, any_total
