"""An "it" after a sentence about another organisation is about that organisation."""

from __future__ import annotations

import pytest

from sco_cli.claims import topic
from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_of


@pytest.mark.parametrize(("text", "before", "other"), topic.EXAMPLES)
def test_each_example(text: str, before: topic.Topic, other: bool) -> None:
    assert topic.about_other(text, before) is other


@pytest.mark.parametrize(("text", "before", "then"), topic.TOPICS)
def test_each_topic(text: str, before: topic.Topic, then: topic.Topic) -> None:
    assert topic.after(text, before) == then


def _claims(text: str) -> list[tuple[str, str, object]]:
    sentences = build("t", text, "2024-07-05").sentences
    return [(c.kind, c.subject, c.value) for _, c in claims_of(sentences, "2024-07-05")]


@pytest.mark.parametrize(
    "other",
    [
        "The CSTO was founded in 2002. It is a military alliance of Russia, Belarus and Armenia.",
        "BRICS was created in 2009. It consists of Brazil, Russia, India and China.",
        "NATO is a military bloc. Turkey, Germany and France participate in it.",
        "The Eurasian Economic Union unites five states. The bloc has five members.",
    ],
)
def test_it_after_another_organisation_is_no_sco_claim(other: str) -> None:
    assert _claims("The SCO met in Astana.\n\n" + other) == []


def test_it_after_the_sco_or_in_a_new_paragraph_is_the_sco() -> None:
    found = _claims("The SCO was founded in 2001. It has ten members.")
    assert ("count", "member", 10) in found
    # the other organisation's paragraph is over: "it" is the article's SCO again
    found = _claims("The SCO met. BRICS was created in 2009.\n\nIt has ten members.")
    assert ("count", "member", 10) in found
    # the subject comes first: a sentence about the SCO that names BRICS
    found = _claims("The SCO, unlike BRICS, is a security body. It has ten members.")
    assert ("count", "member", 10) in found
    # "it" named before the other organisation is still the SCO
    found = _claims("The SCO met. It grew out of the Shanghai Five. It has ten members.")
    assert ("count", "member", 10) in found
