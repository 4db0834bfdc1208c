"""Linear on every input: hostile text that once took minutes.

Each test gives the work an input, then one four times as large (two
doublings), and asserts that the work grew less than ten times: linear
work grows four times, quadratic work sixteen, and the margin between them
is wide enough for a busy machine. Where the work can be counted
it is counted; otherwise it is timed (CPU time, the best of a few runs) with
that generous margin. benchmarks/hostile.py prints the same growth as figures.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sco_cli.article import search as search_module
from sco_cli.article.parse import _SectionBuilder, normalize_space, parse_article, split_sentences
from sco_cli.article.search import SentenceIndex, long_spans, query_phrases, search_article
from sco_cli.commandline.suggest import closest
from tests.conftest import Invoke

GROWTH = 4  # the input grows this many times
LIMIT = 10  # the work may grow at most this many times (quadratic: 16)


def best_time(work: Callable[[], object], runs: int = 5) -> float:
    """The least CPU time of a few runs: this process's own, so that other
    processes on a busy machine do not count."""
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def assert_linear(work: Callable[[int], object], size: int) -> None:
    """work(size) and work(4 x size): the second may take less than 10 times as long."""
    small = best_time(lambda: work(size))
    large = best_time(lambda: work(GROWTH * size))
    assert large < LIMIT * small + 0.02, (small, large)


# -- Parsing -----------------------------------------------------------------


def test_identical_headings_cost_a_few_tries_each() -> None:
    # 20,000 identical headings once took 32 s: each tried every suffix before it.
    for count in (1_000, 4_000):
        builder = _SectionBuilder()
        for _ in range(count):
            builder.start("SAME HEADING")
            builder.add("Text.")
        slugs = [s.slug for s in builder.finish()]
        assert slugs[:3] == ["same-heading", "same-heading-2", "same-heading-3"]
        assert len(set(slugs)) == count
        assert builder.probes <= 3 * count


@pytest.mark.slow
def test_identical_headings_parse_in_linear_time() -> None:
    def parse(count: int) -> object:
        return parse_article("Lead.\n\n" + "SAME\n\nText.\n\n" * count, "x")

    assert_linear(parse, 2_000)


def test_slugs_that_collide_with_numbered_ones_stay_unique() -> None:
    text = (
        "AB 2\n\nOne.\n\nAB\n\nTwo.\n\nAB\n\nThree.\n\nAB\n\nFour.\n\nLEAD\n\nFive.\n\nAB 2\n\nSix."
    )
    slugs = [s.slug for s in parse_article(text, "x").sections]
    assert slugs == ["ab-2", "ab", "ab-3", "ab-4", "lead-2", "ab-2-2"]


@pytest.mark.slow
@pytest.mark.parametrize("run", [".", "!", "?", "?!", ".)", '."'])
def test_runs_of_sentence_ends_split_in_linear_time(run: str) -> None:
    # A run of full stops once took 19 s for 40 KB: the regex tried every length.
    assert_linear(lambda n: split_sentences("Word" + run * n + " and more"), 20_000)
    assert_linear(lambda n: split_sentences(("Go" + run) * n), 20_000)


# The splitter's old regular expression: right, but quadratic on a run of ends.
_OLD_END = re.compile(
    r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[^\s\"'\u201c\u2018(\[a-z])"
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab A.!?\"')([\u201c\u201d J.Mr")), max_size=60))
def test_the_linear_splitter_ends_sentences_where_the_old_one_did(text: str) -> None:
    normal = normalize_space(text)
    new = [m.span() for m in search_module.re.finditer(_OLD_END, normal)]
    from sco_cli.article.sentences import _SENTENCE_END, _rx

    assert [m.span() for m in _rx(_SENTENCE_END).finditer(normal)] == new


def test_long_white_space_normalises_in_slices() -> None:
    text = "a" * (1 << 20) + " \n\t " + "b" * 10 + "  " * (1 << 19) + "c"
    assert normalize_space(text) == re.sub(r"\s+", " ", text).strip()


# -- Search ------------------------------------------------------------------


def one_sentence(words: int) -> str:
    return "Head\n\nThe " + " ".join(["trade grows and trade expands"] * words) + ".\n"


@pytest.mark.slow
def test_many_matches_in_one_sentence_are_found_in_linear_time() -> None:
    # highlight() copies its answer at each mark: a 2 MB sentence once took 36 s.
    def search(words: int) -> object:
        article = parse_article(one_sentence(words), "x")
        _, (hit,) = search_article(article, '"grows and trade"', limit=1)
        assert len(hit.matches) == words  # under the 10,000 listed, so every one is marked
        return hit

    assert_linear(search, 2_000)


def test_offsets_in_a_long_sentence_point_at_the_matches() -> None:
    article = parse_article(one_sentence(2_000), "x")
    _, (hit,) = search_article(article, '"trade expands" OR grows', limit=1)
    assert len(hit.text) > search_module.LONG_SENTENCE
    words = {hit.text[start:end] for start, end in hit.matches}
    assert words == {"trade expands", "grows"}
    assert len(hit.matches) == 4_000


WORDS = ["trade", "railway", "railways", "energy", "secure", "security", "green", "rail"]


@st.composite
def queries(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 3))):
        word = draw(st.sampled_from(WORDS))
        kind = draw(st.sampled_from(["bare", "prefix", "phrase"]))
        if kind == "prefix":
            parts.append(word[:4] + "*")
        elif kind == "phrase":
            parts.append(f'"{word} {draw(st.sampled_from(WORDS))}"')
        else:
            parts.append(word)
    joiner = draw(st.sampled_from([" ", " OR "]))
    return joiner.join(parts)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from([*WORDS, "and", "the", "x"]), min_size=1, max_size=60),
    queries(),
    st.integers(8, 40),
)
def test_windows_mark_what_highlight_marks(words: list[str], query: str, window: int) -> None:
    text = " ".join(words)
    db = sqlite3.connect(":memory:")
    db.execute(f"CREATE VIRTUAL TABLE s USING fts5(text, {search_module._TOKENIZER})")
    db.execute("INSERT INTO s VALUES (?)", (text,))
    row = db.execute(
        "SELECT highlight(s, 0, ?, ?) FROM s WHERE s MATCH ?",
        (search_module._OPEN, search_module._CLOSE, query),
    ).fetchone()
    if row is None:
        return
    expected = list(search_module._offsets(row[0]))
    assert list(long_spans(db, query, text, window=window)) == expected


def test_query_phrases_leave_out_operators_columns_and_distances() -> None:
    phrases = query_phrases('a "b ""c""" OR rail* NOT {text}: d NEAR(e f, 5) text : g + h ^i')
    assert [p.fts for p in phrases] == [
        '"a"',
        '"b ""c"""',
        '"rail" *',
        '"d"',
        '"e"',
        '"f"',
        '"g" + "h"',
        '"i"',
    ]


@pytest.mark.slow
def test_did_you_mean_over_a_long_query_is_linear(sco: Invoke) -> None:
    # A 32 KB argument once took 40 s; now a query is capped, and each word
    # costs a bounded amount of work against the vocabulary.
    article = parse_article("Lead\n\n" + "Railway trade grows. " * 200, "x")
    index = SentenceIndex(article)

    def suggest(words: int) -> object:
        return index.suggest(" ".join(["trade"] * words + ["railwya"] + ["grosw"] * words))

    assert index.suggest("railwya trade") == "railway trade"
    assert suggest(1) is None  # two misses: one word is mended at a time
    assert_linear(suggest, 40)


@pytest.mark.slow
def test_did_you_mean_caps_what_it_compares() -> None:
    names = [f"name{i}" for i in range(1_000)]
    assert closest("name12", names, n=1) == ["name12"]
    assert closest("x" * 101, names) == []
    assert_linear(lambda n: closest("nmae5", names * n), 2)


def test_a_query_longer_than_the_limit_exits_2(sco: Invoke) -> None:
    result = sco("search", "a" * 1_001)
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: the search query is 1,001 characters long; the limit is 1,000\n"
    )
    assert sco("search", "railway " * 124 + "trade").exit_code == 0


def test_a_sentence_lists_its_first_ten_thousand_matches(sco: Invoke, tmp_path: Path) -> None:
    # Millions of offsets would outweigh the article; the first 10,000 are
    # listed, in order, and stderr says where more are.
    article = tmp_path / "a.txt"
    article.write_text(one_sentence(6_000), encoding="utf-8")  # 12,000 matches
    result = sco("--article", str(article), "search", "trade", "--json")
    assert result.exit_code == 0
    (hit,) = json.loads(result.stdout)["hits"]
    assert len(hit["matches"]) == search_module.MAX_MATCHES
    assert hit["matches"][:2] == [[4, 9], [20, 25]]
    assert all(hit["text"][s:e] == "trade" for s, e in hit["matches"])
    assert [s for s, _ in hit["matches"]] == sorted(s for s, _ in hit["matches"])
    assert result.stderr == (
        "Note: only the first 10,000 matches in a sentence are listed; "
        "more are in: lead \u00b61.1\n"
    )
    fewer = sco("--article", str(article), "search", '"grows and trade"', "--json")
    assert len(json.loads(fewer.stdout)["hits"][0]["matches"]) == 6_000
    assert fewer.stderr == ""


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(list("ab \t\n\r\x0b\x0c\x1c\x85\xa0\u2028\u3000\u200b.")),
        max_size=40,
    )
)
def test_white_space_collapses_as_the_regex_says(text: str) -> None:
    # The quick path (nothing to collapse) and the regex agree on every kind of space.
    assert normalize_space(text) == re.sub(r"\s+", " ", text).strip()
