"""Every named pattern of claims/patterns.py and of the summit rules (claims/summits.py):
its examples match (capturing what they say) and its counter-examples do not, applied as
the rules apply it."""

from __future__ import annotations

import re

import pytest

from sco_cli.claims import summits
from sco_cli.claims.patterns import EXAMPLES, Example, Examples, rx, table

# a summit pattern is named "summits:NAME"
ALL: dict[str, Examples] = {
    **EXAMPLES,
    **{f"summits:{name}": ex for name, ex in summits.PATTERN_EXAMPLES.items()},
}
MATCHES = [(name, ex) for name, examples in ALL.items() for ex in examples.matches]
NOT_MATCHES = [(name, text) for name, examples in ALL.items() for text in examples.not_matches]


def _compiled(name: str) -> re.Pattern[str]:
    if name.startswith("summits:"):
        return re.compile(summits.patterns()[name.removeprefix("summits:")])
    return rx(name)


def _applied(name: str, text: str) -> re.Match[str] | None:
    method = getattr(_compiled(name), ALL[name].use)
    found: re.Match[str] | None = method(text)
    return found


def test_every_named_pattern_has_examples_and_counter_examples() -> None:
    assert set(EXAMPLES) == set(table())
    assert set(summits.PATTERN_EXAMPLES) == set(summits.patterns())
    for name, examples in ALL.items():
        assert examples.matches, name
        assert examples.not_matches, name


@pytest.mark.parametrize(("name", "example"), MATCHES, ids=[f"{n}:{e[0][:30]}" for n, e in MATCHES])
def test_a_pattern_matches_its_examples(name: str, example: Example) -> None:
    text, groups = example
    found = _applied(name, text)
    assert found is not None, (name, text)
    captured = {g: found[0] if g == "matched" else found[g] for g in groups}
    assert captured == groups, (name, text)


@pytest.mark.parametrize(
    ("name", "text"), NOT_MATCHES, ids=[f"{n}:{t[:30]}" for n, t in NOT_MATCHES]
)
def test_a_pattern_matches_none_of_its_counter_examples(name: str, text: str) -> None:
    assert _applied(name, text) is None, (name, text, _applied(name, text))
