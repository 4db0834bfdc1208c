"""Every declared rule of the sentence stages (counts, founding, summits): its examples
give their claims and its counter-examples do not, through the whole engine."""

from __future__ import annotations

import pytest

from sco_cli.claims import counts, founding, summits
from sco_cli.claims.declared import Made, SentenceRule
from sco_cli.claims.extract import claims_in

TODAY = "2025-01-01"  # the date examples are read at: "this year" is 2025
RULES = [*counts.RULES, *founding.RULES, *summits.RULES]
EXAMPLES = [(rule, text, made) for rule in RULES for text, made in rule.examples]
COUNTERS = [(rule, text, made) for rule in RULES for text, made in rule.counter_examples]


def _found(text: str) -> set[Made]:
    return {(c.kind, c.subject, c.value) for c in claims_in(text, TODAY)}


def test_every_rule_has_a_name_examples_and_counter_examples() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.counter_examples, rule.name
        for _, made in (*rule.examples, *rule.counter_examples):
            assert made, rule.name  # a counter-example names what it must not give


@pytest.mark.parametrize(
    ("rule", "text", "made"), EXAMPLES, ids=[f"{r.name}:{t[:30]}" for r, t, _ in EXAMPLES]
)
def test_a_rule_gives_the_claims_of_its_examples(
    rule: SentenceRule, text: str, made: tuple[Made, ...]
) -> None:
    assert set(made) <= _found(text), (rule.name, _found(text))


@pytest.mark.parametrize(
    ("rule", "text", "made"), EXAMPLES, ids=[f"{r.name}:{t[:30]}" for r, t, _ in EXAMPLES]
)
def test_a_rule_reads_its_examples_itself(
    rule: SentenceRule, text: str, made: tuple[Made, ...]
) -> None:
    """Some of an example's claims come from the rule that declares it, not only from another."""
    own = {(c.kind, c.subject, c.value) for c in rule.read(text, TODAY)}
    assert own & set(made), (rule.name, own)


@pytest.mark.parametrize(
    ("rule", "text", "made"), COUNTERS, ids=[f"{r.name}:{t[:30]}" for r, t, _ in COUNTERS]
)
def test_a_rule_gives_none_of_the_claims_of_its_counter_examples(
    rule: SentenceRule, text: str, made: tuple[Made, ...]
) -> None:
    assert not set(made) & _found(text), (rule.name, _found(text))
