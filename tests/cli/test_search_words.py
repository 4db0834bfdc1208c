"""Search as people type it: several words say when any of them would find more
(and --any finds it), common words are not searched for or marked, and words of
scripts written without spaces are found inside their sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sco_cli.article.search_query import STOPWORDS
from tests.conftest import Invoke


def doc(sco: Invoke, *args: str) -> dict:  # type: ignore[type-arg]
    result = sco("search", *args, "--json", "--limit", "0")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_every_word_matching_nothing_says_that_one_of_them_would(sco: Invoke) -> None:
    result = sco("search", "security", "cooperation")
    assert result.exit_code == 1
    either = doc(sco, "--any", "security", "cooperation")["total"]
    assert either > 0
    assert result.stderr == (
        "Error: no sentence matches 'security AND cooperation': none holds every word; "
        f"{either} hold one of them (add --any)\n"
    )


def test_any_is_or(sco: Invoke) -> None:
    assert doc(sco, "--any", "railway", "energy") == doc(sco, "railway OR energy")


def test_fewer_with_every_word_says_how_many_any_would_find(sco: Invoke) -> None:
    result = sco("search", "tianjin", "kazakhstan", "--limit", "0")
    both = doc(sco, "tianjin", "kazakhstan")["total"]
    either = doc(sco, "--any", "tianjin", "kazakhstan")["total"]
    assert 0 < both < either
    assert f"{either} hold one of them (--any)" in result.stderr
    # One word, or an OR already: nothing to say.
    assert sco("search", "railway").stderr == ""
    assert sco("search", "trade OR energy", "--limit", "0").stderr == ""


def test_common_words_are_neither_searched_nor_marked(sco: Invoke) -> None:
    found = doc(sco, "security and trade")
    assert found["query"] == "security trade"  # FTS5 reads the space as AND
    for hit in found["hits"]:
        marked = {hit["text"][a:b].casefold() for a, b in hit["matches"]}
        assert not marked & STOPWORDS, marked
    # Quoted, a common word is part of the phrase; alone, it is searched for.
    assert doc(sco, '"security and"')["query"] == '"security and"'
    assert doc(sco, "the")["total"] > 0


SENTENCES = {
    # (sentence, a word inside it, where that word stands)
    "zh": ("上海合作组织在天津举行峰会，讨论港口建设。", "港口"),
    "ja": ("東京の港湾で国際会議が開かれました。", "港湾"),
    "th": ("ประเทศไทยสนใจท่าเรือแห่งใหม่ในภูมิภาค", "ท่าเรือ"),
}


@pytest.mark.parametrize("cached", [True, False])
@pytest.mark.parametrize("language", sorted(SENTENCES))
def test_a_word_inside_text_written_without_spaces_is_found(
    sco: Invoke, tmp_path: Path, language: str, cached: bool
) -> None:
    article = tmp_path / "article.txt"
    lines = ["Headline", *(sentence for sentence, _ in SENTENCES.values())]
    article.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    sentence, word = SENTENCES[language]
    env = {} if cached else {"SCO_NO_CACHE": "1"}
    for _ in range(2):  # the second run reads the stored index, when there is one
        result = sco("--article", str(article), "search", word, "--json", env=env)
        assert result.exit_code == 0, result.stderr
        (hit,) = json.loads(result.stdout)["hits"]
        assert hit["text"] == sentence
        start = sentence.index(word)
        assert hit["matches"] == [[start, start + len(word)]]
    # Part of a word and a word that is not there: found, and not.
    assert sco("--article", str(article), "search", word[:-1], env=env).exit_code == 0
    assert sco("--article", str(article), "search", "鉄道", env=env).exit_code == 1
