"""Which organisation an English sentence's "it" or "the bloc" names: the one the sentence
before spoke of. "The CSTO was founded in 2002. It has six members." says nothing of the
SCO, though the article is about it; a sentence that names the SCO itself is always read.

A paragraph's topic is the organisation its last sentence naming one named first (the
subject comes first: "BRICS, unlike the SCO, ..." is about BRICS); a new paragraph starts
with none, and then "it" is read as the SCO, as before."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from sco_cli.claims import lexicon as lx

Topic = Literal["sco", "other"] | None

# "it", "its", "the organisation", "this bloc": words that take their organisation from
# the sentence before
_REFERS = re.compile(
    r"\b(?i:it|its|itself)\b|\b(?i:the|this|that)\s+(?i:organi[sz]ation|bloc|group(?:ing)?"
    r"|alliance|union|body|association|club|forum|pact)\b"
)

# (sentences, the topic before, whether their claims are about another organisation);
# tests/claims/test_topic.py runs each
EXAMPLES: tuple[tuple[str, Topic, bool], ...] = (
    ("It has six members.", "other", True),
    ("It consists of Brazil, Russia, India, China and South Africa.", "other", True),
    ("The bloc counts Armenia and Belarus among its members.", "other", True),
    ("Turkey, Germany and France participate in it.", "other", True),
    # the SCO named, or no organisation before: read as always
    ("It has ten members, like the SCO.", "other", False),
    ("It has ten members.", "sco", False),
    ("It has ten members.", None, False),
    # no word that takes its organisation from before
    ("India and Pakistan joined in 2017.", "other", False),
)

# (sentence, the topic before, the topic after): tests/claims/test_topic.py runs each
TOPICS: tuple[tuple[str, Topic, Topic], ...] = (
    ("BRICS was created in 2009.", "sco", "other"),
    ("BRICS, unlike the SCO, is an economic club.", None, "other"),
    ("The SCO, unlike BRICS, is a security body.", "other", "sco"),
    # "it" before any name is still the topic before
    ("It grew out of the Shanghai Five.", "sco", "sco"),
    ("It was set up in Shanghai.", "other", "other"),
    ("India and Pakistan joined in 2017.", "other", "other"),
    # a phrase put before the subject does not name it
    (
        "Established in 2001 as a successor to the Shanghai Five, the SCO is the largest bloc.",
        "other",
        "sco",
    ),
    ("Unlike the SCO, BRICS is an economic club.", "sco", "other"),
    ("Like BRICS, the SCO has grown.", None, "sco"),
    ("Founded in 1996, the Shanghai Five became the SCO in 2001.", "sco", "other"),
    ("Unlike BRICS, it is a security body.", "sco", "sco"),
)


@cache
def _sco() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lx.SCO_NAMES})\b")


def about_other(text: str, topic: Topic) -> bool:
    """Whether the sentence's "it" names the other organisation the paragraph spoke of."""
    return topic == "other" and bool(_REFERS.search(text)) and not _sco().search(text)


# a phrase before the subject, up to its comma: "Established in 2001 as a successor to the
# Shanghai Five, the SCO ...", "Unlike the SCO, BRICS ..."
_FRONTED = re.compile(
    r"(?:[A-Z][a-z]+ed|(?i:unlike|like|besides|along\s+with|compared\s+(?:to|with)|apart\s+from"
    r"|following|after|before))\b[^,;.:]{0,150},\s*"
)


def after(text: str, topic: Topic) -> Topic:
    """The paragraph's topic after this sentence: the organisation it names first, if any,
    past a phrase before its subject; an "it" before any name keeps the topic ("It grew out
    of the Shanghai Five")."""
    fronted = _FRONTED.match(text)
    named = _named(text[fronted.end() :]) if fronted else []
    if not named:
        named = _named(text)
    if not named:
        return topic
    return min(named, key=lambda f: f[0])[1] or topic


def _named(text: str) -> list[tuple[int, Topic]]:
    """Where `text` names an organisation, and which ("it": None)."""
    named: tuple[tuple[Topic, re.Pattern[str]], ...] = (
        ("sco", _sco()),
        ("other", lx.other_organisation()),
        (None, _REFERS),
    )
    return [(m.start(), name) for name, pattern in named if (m := pattern.search(text))]


class Spoken:
    """The topic through an article's sentences, read in order."""

    def __init__(self) -> None:
        self.paragraph = 0
        self.topic: Topic = None

    def of_other(self, paragraph: int, text: str) -> bool:
        """Whether this sentence's "it" is another organisation; then it is heard."""
        if paragraph != self.paragraph:
            self.paragraph, self.topic = paragraph, None
        other = about_other(text, self.topic)
        self.topic = after(text, self.topic)
        return other
