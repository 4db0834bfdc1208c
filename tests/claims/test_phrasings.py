"""Every declared phrasing's own examples and counter-examples, run through the whole engine."""

from __future__ import annotations

import pytest

from sco_cli.claims.extract import claims_in
from sco_cli.claims.phrasings import RULES, Rule

EXAMPLES = [(rule, text, made) for rule in RULES for text, made in rule.examples]
COUNTERS = [(rule, text) for rule in RULES for text in rule.counter_examples]


def test_every_rule_has_examples_and_counter_examples() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.counter_examples, rule.name
        assert rule.before or rule.after, rule.name


@pytest.mark.parametrize(
    ("rule", "text", "made"), EXAMPLES, ids=[f"{r.name}:{t[:30]}" for r, t, _ in EXAMPLES]
)
def test_a_rule_gives_the_claims_of_its_examples(
    rule: Rule, text: str, made: tuple[tuple[str, str, str], ...]
) -> None:
    found = {(c.kind, c.subject, c.value) for c in claims_in(text, "2025-01-01")}
    assert set(made) <= found, (rule.name, found)


@pytest.mark.parametrize(
    ("rule", "text"), COUNTERS, ids=[f"{r.name}:{t[:30]}" for r, t in COUNTERS]
)
def test_a_rule_gives_no_claim_on_its_counter_examples(rule: Rule, text: str) -> None:
    # a plain denial ("were not observers") is the status turned round, marked for the
    # judge (group_rules' denied_status): not the claim the rule would assert
    claims = [c for c in claims_in(text, "2025-01-01") if not c.detail.get("denied")]
    found = [(c.kind, c.subject, c.value) for c in claims]
    assert not [f for f in found if f[0] == rule.kind], (rule.name, found)
