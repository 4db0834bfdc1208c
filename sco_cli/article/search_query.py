"""The words a user types, as a query FTS5 reads; and the literal search (`--literal`).

FTS5 reads `co-founder` as a column filter and `Tianjin's` as a syntax
error. People type the article's own words, so a word FTS5 cannot read bare
is searched as the phrase it is ("co founder", "tianjin s"); quoted phrases,
AND, OR, NOT, NEAR, parentheses and a trailing `*` keep their meaning.
Several arguments must all match (AND).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from sco_cli.article.model import Article
from sco_cli.article.search import Hit, Spans

_OPERATORS = frozenset({"AND", "OR", "NOT", "NEAR"})
# A bareword, as FTS5 reads one: letters, digits, '_' and anything non-ASCII,
# that is any character but ASCII's others. ([\w\x80-\U0010ffff], the same set
# (a test compares them on every code point), takes 1.5 ms to compile.)
_BAREWORD = re.compile(r"[^\x00-/:-@\[-^`{-\x7f]+\*?")
_TOKEN = re.compile(r'"[^"]*(?:""[^"]*)*"?|[()]|[^\s"()]+')


# Words too common to search for, left out of a query of several words (never out
# of a "quoted phrase", and never when nothing else is left): `security and trade`
# is `security AND trade`, and "and" is not marked in every sentence. FTS5's
# operators are upper case; these, typed in lower case, are words.
STOPWORDS = frozenset(
    "a an and are as at be by for from in into is it its of on or not the to was were "
    "will with".split()
)


def fts_query(arguments: Sequence[str], *, any_word: bool = False) -> str:
    """The arguments, each made readable by FTS5, joined by AND (OR: `any_word`)."""
    parts = [p for p in (_argument(a, drop=True) for a in arguments if a.strip()) if p]
    if not parts:  # nothing but common words: search for them after all
        parts = [_argument(a, drop=False) for a in arguments if a.strip()]
    if len(parts) == 1:
        return parts[0]
    joiner = " OR " if any_word else " AND "
    return joiner.join(f"({p})" if len(_TOKEN.findall(p)) > 1 else p for p in parts)


def several_words(query: str) -> bool:
    """Whether an AND query of fts_query joins more than one word or phrase."""
    return " AND " in query and " OR " not in query


def _argument(text: str, *, drop: bool) -> str:
    tokens = _TOKEN.findall(text)
    kept = [t for t in tokens if not (drop and t.casefold() in STOPWORDS and t != t.upper())]
    return " ".join(_word(token) for token in kept)


def _word(part: str) -> str:
    if part.startswith('"') or part in ("(", ")") or part in _OPERATORS:
        return part  # a phrase, a group or an operator: the user's query syntax
    if _BAREWORD.fullmatch(part) or part == "*":
        return part  # a bare '*' stays, so FTS5's own error explains it
    prefix = part.endswith("*")
    word = part[:-1] if prefix else part
    return '"' + word.replace('"', '""') + '"' + ("*" if prefix else "")


def literal_search(
    article: Article, text: str, *, limit: int, section: str | None = None
) -> tuple[int, list[Hit]]:
    """Every sentence that holds `text` exactly (in any case), in the article's order."""
    needle = fold(text)
    if not needle.strip():
        from sco_cli.errors import UsageProblem

        raise UsageProblem("an empty --literal search: give the text to look for")
    found = list(_literal_hits(article, needle, section))
    shown = found if limit <= 0 else found[:limit]
    return len(found), shown


def _literal_hits(article: Article, needle: str, section: str | None) -> Iterator[Hit]:
    rank = 0
    for paragraph in article.paragraphs:
        if section is not None and paragraph.section != section:
            continue
        for number, sentence in enumerate(paragraph.sentences, start=1):
            spans = _occurrences(sentence, needle)
            if spans:
                rank += 1
                yield Hit(rank, 0.0, paragraph.section, paragraph.number, number, sentence, spans)


def _occurrences(sentence: str, needle: str) -> Spans:
    """[start, end) of each occurrence of `needle` (folded) in `sentence`, in any case."""
    folded = fold(sentence)
    spans = Spans()
    start = folded.find(needle)
    while start != -1:
        spans.add(start, start + len(needle))
        start = folded.find(needle, start + len(needle))
    return spans


def fold(text: str) -> str:
    """Case-folded, one character for one (so offsets stay true): 'ß' stays 'ß'."""
    folded = text.casefold()
    if len(folded) == len(text):
        return folded
    return "".join(c.casefold() if len(c.casefold()) == 1 else c.lower() for c in text)
