"""The form a declared rule of the sentence stages takes (counts, founding, summits).

Each rule has its name, the function that reads a sentence (and the article's
date, for relative dates), and its own examples (a sentence and claims it must
give) and counter-examples (a sentence and claims it must not give);
tests/claims/test_declared_rules.py runs them all through the whole engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from sco_cli.claims.claim import Claim

# (kind, subject, value) of a claim, as examples name it
Made = tuple[str, str, object]
Example = tuple[str, tuple[Made, ...]]


@dataclass(frozen=True)
class SentenceRule:
    name: str
    read: Callable[[str, str | None], Iterable[Claim]]  # (sentence, the article's date)
    examples: tuple[Example, ...]
    counter_examples: tuple[Example, ...]


def run(rules: Iterable[SentenceRule], sentence: str, today: str | None) -> Iterator[Claim]:
    """The claims of every rule, in the order the rules are declared."""
    for rule in rules:
        yield from rule.read(sentence, today)
