"""`sco search`: ranked full-text search over the article's sentences."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from tests.conftest import Invoke, rows


def hits(sco: Invoke, *args: str) -> list[dict[str, Any]]:
    result = sco("search", *args, "--json")
    assert result.exit_code == 0, result.stderr
    return list(json.loads(result.stdout)["hits"])


def test_stemming_finds_related_words(sco: Invoke) -> None:
    secure = hits(sco, "secure")
    matched = {h["text"][s:e].lower() for h in secure for s, e in h["matches"]}
    assert {"secure", "security"} <= matched
    railway = hits(sco, "railways")
    assert [(h["section"], h["paragraph"], h["sentence"]) for h in railway] == [
        ("from-security-to-shared-prosperity", 10, 1)
    ]


def test_offsets_point_at_the_matches(sco: Invoke) -> None:
    (hit,) = hits(sco, "railway")
    ((start, end),) = hit["matches"]
    assert hit["text"][start:end] == "railway"


def test_phrase_query(sco: Invoke) -> None:
    found = hits(sco, '"three forces"')
    assert len(found) == 1
    ((start, end),) = found[0]["matches"]
    assert found[0]["text"][start:end] == "three forces"


def test_or_not_and_prefix(sco: Invoke) -> None:
    either = hits(sco, "railway OR diplomacy")
    assert {h["paragraph"] for h in either} == {10, 15}
    without = hits(sco, "Kazakhstan NOT Tianjin", "--limit", "50")
    assert all("Tianjin" not in h["text"] for h in without)
    assert all("Kazakhstan" in h["text"] for h in without)
    prefix = hits(sco, "rail*")
    assert prefix[0]["paragraph"] == 10


def test_ranked_best_first_with_rank_numbers(sco: Invoke) -> None:
    found = hits(sco, "SCO", "--limit", "5")
    assert [h["rank"] for h in found] == [1, 2, 3, 4, 5]
    scores = [h["score"] for h in found]
    assert scores == sorted(scores)


def test_limit_and_total(sco: Invoke) -> None:
    doc = json.loads(sco("search", "Kazakhstan", "--limit", "2", "--json").stdout)
    assert len(doc["hits"]) == 2
    assert doc["total"] > 2


def test_section_filter(sco: Invoke) -> None:
    found = hits(sco, "Kazakhstan", "--section", "unity", "--limit", "50")
    assert found
    assert {h["section"] for h in found} == {"unity-in-diversity-and-beyond"}


def test_plain_records(sco: Invoke) -> None:
    table = rows(sco("search", "railway", "--format", "plain").stdout)
    assert table == [
        [
            "1",
            "from-security-to-shared-prosperity",
            "10",
            "1",
            table[0][4],
            "146-153",
        ]
    ]
    assert table[0][4][146:153] == "railway"


def test_rich_highlights(sco: Invoke) -> None:
    out = sco(
        "search", "railway", "--format", "rich", env={"NO_COLOR": "", "FORCE_COLOR": "1"}
    ).stdout
    assert "\x1b[1;7mrailway\x1b[0m" in out


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ('"unbalanced', "unterminated string"),
        ("*", "a '*' needs letters before it"),
        ("AND", 'syntax error near "AND"'),
        ("", "an empty search query"),
    ],
)
def test_queries_fts5_rejects_exit_2(sco: Invoke, query: str, reason: str) -> None:
    result = sco("search", query)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert reason in result.stderr
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_no_hit_exits_1_like_grep(sco: Invoke) -> None:
    result = sco("search", "zebra")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == "Error: no sentence matches 'zebra'\n"


@pytest.mark.parametrize(("typo", "fix"), [("raliway", "railway"), ("kazakstan", "kazakhstan")])
def test_did_you_mean(sco: Invoke, typo: str, fix: str) -> None:
    result = sco("search", typo)
    assert result.exit_code == 1
    assert result.stderr == f"Error: no sentence matches {typo!r}; did you mean {fix!r}?\n"


def test_unknown_section_is_a_usage_error(sco: Invoke) -> None:
    result = sco("search", "railway", "--section", "nowhere")
    assert result.exit_code == 2


def test_a_bareword_is_what_fts5_reads_bare_on_every_code_point() -> None:
    # The pattern spells the set as "every character but ASCII's others", which
    # compiles in a tenth of a millisecond; this is the set it stands for.
    from sco_cli.article.search_query import _BAREWORD

    every = "".join(map(chr, range(0x110000)))
    kept = re.sub(r"[\w\x80-\U0010ffff]", "", every)
    assert re.sub(_BAREWORD.pattern.removesuffix(r"+\*?"), "", every) == kept
    assert len(kept) == 128 - 63  # ASCII less letters, digits and '_'
