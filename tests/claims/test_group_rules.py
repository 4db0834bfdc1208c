"""Every rule that reads the words around a list of countries (claims/group_rules.py):
its examples and counter-examples, run through the whole engine."""

from __future__ import annotations

import pytest

from sco_cli.claims.extract import claims_in
from sco_cli.claims.group_rules import RULES, GroupRule, reading
from sco_cli.claims.statuses import arounds
from sco_cli.dataset.names import country_by_name

EXAMPLES = [(rule, text, made) for rule in RULES for text, made in rule.examples]
COUNTERS = [(rule, text, made) for rule in RULES for text, made in rule.counter_examples]


def _found(text: str) -> set[tuple[str, str, object]]:
    return {(c.kind, c.subject, c.value) for c in claims_in(text, "2025-01-01")}


def test_every_rule_has_a_name_examples_and_counter_examples() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.counter_examples, rule.name
        for _, claims in (*rule.examples, *rule.counter_examples):
            assert claims, rule.name  # a counter-example names what it must not give


def test_examples_name_countries_as_the_engine_does() -> None:
    """A claim named by another spelling ("Turkey" for Türkiye) could never be found, so
    a counter-example so named would pass whatever the engine read."""
    for rule in RULES:
        for _, claims in (*rule.examples, *rule.counter_examples):
            for _, subject, _ in claims:
                known = country_by_name(subject)
                assert known is not None, (rule.name, subject)
                assert known[1] == subject, (rule.name, subject, known)


@pytest.mark.parametrize(
    ("rule", "text", "made"), EXAMPLES, ids=[f"{r.name}:{t[:30]}" for r, t, _ in EXAMPLES]
)
def test_a_rule_gives_the_claims_of_its_examples(
    rule: GroupRule, text: str, made: tuple[tuple[str, str, str], ...]
) -> None:
    found = _found(text)
    assert set(made) <= found, (rule.name, found)


@pytest.mark.parametrize(
    ("rule", "text", "made"), COUNTERS, ids=[f"{r.name}:{t[:30]}" for r, t, _ in COUNTERS]
)
def test_a_rule_gives_none_of_the_claims_of_its_counter_examples(
    rule: GroupRule, text: str, made: tuple[tuple[str, str, str], ...]
) -> None:
    found = _found(text)
    assert not set(made) & found, (rule.name, found)


def test_each_example_is_read_by_its_own_rule() -> None:
    """A rule's examples show what that rule reads: the first rule to read one of the
    example's lists is the rule that declares it, not an earlier one."""
    for rule in RULES:
        for text, _ in rule.examples:
            readers = [reading(around)[0] for around in arounds(text, "2025-01-01")]
            assert rule.name in readers, (rule.name, readers)
