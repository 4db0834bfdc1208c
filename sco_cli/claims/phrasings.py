"""Rules as data: the phrasings that bind a list of countries to a status.

Each rule is declared once, with its name, where it reads (the words before a
list of countries, the words after it, or both), its pattern written with the
lexicon's named pieces (`{status}`, `{num}`, `{sco}`..., lexicon.pieces()), the
claim it makes, and its own examples and counter-examples. The coordination
stage (claims/coordination.py) tries them in order on a list the older rules
of claims/extract.py left unread; tests/claims/test_phrasings.py runs every
rule's examples and counter-examples through the whole engine.

To add a phrasing: add a Rule here with at least one example (a sentence and
the claims it must give) and one counter-example (a sentence it must not bind).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from sco_cli.claims import lexicon as lx

Kind = Literal["status", "joined"]
# An example: a sentence and the (kind, country, status) claims it must give.
Example = tuple[str, tuple[tuple[str, str, str], ...]]


@dataclass(frozen=True)
class Rule:
    name: str
    kind: Kind  # the claim it makes, one for each country of the list
    before: str | None  # read on the words before the list (it ends where the list starts)
    after: str | None  # read on the words after the list (it starts where the list ends)
    status: str  # the status it gives when the pattern names none ({status} does)
    examples: tuple[Example, ...]
    counter_examples: tuple[str, ...]

    @property
    def compiled(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        return _compiled(self)


@cache
def _compiled(rule: Rule) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    before = re.compile(lx.compose(rule.before) + r"\Z", re.IGNORECASE) if rule.before else None
    after = re.compile(lx.compose(rule.after), re.IGNORECASE) if rule.after else None
    return before, after


_VERB_COMPRISE = (
    r"(?i:consists?\s+of|consisted\s+of|compris(?:e|es|ed)|is\s+(?:composed|made\s+up)\s+of"
    r"|groups|grouped|unites|united|brings\s+together|brought\s+together|includes?|included"
    r"|encompasses)"
)

RULES: tuple[Rule, ...] = (
    Rule(
        name="sco_includes_list_as_status",
        kind="status",
        before=r"{sco}\s+{now}?" + _VERB_COMPRISE + r"\s+",
        after=r"\s+(?i:as)\s+(?:(?i:an?|its)\s+)?{adj}?{status}",
        status="member",
        examples=(
            (
                "The SCO also includes Afghanistan and Mongolia as observers.",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
        ),
        counter_examples=("The SCO will include Egypt and Qatar as partners.",),
    ),
    Rule(
        name="status_in_list",
        kind="status",
        before=r"(?<![\w-]){adj}?{status}\s+(?i:in)\s+",
        after=None,
        status="member",
        examples=(
            (
                "The SCO has dialogue partners in Armenia, Azerbaijan and Cambodia.",
                (
                    ("status", "Armenia", "dialogue_partner"),
                    ("status", "Cambodia", "dialogue_partner"),
                ),
            ),
        ),
        counter_examples=("The SCO has no observers in Japan or Korea.",),
    ),
    Rule(
        name="sco_comprises_list",
        kind="status",
        before=(
            r"(?:{sco}|\b(?i:it))\s+{now}?"
            + _VERB_COMPRISE
            + r"\s+(?:(?i:the\s+following)\s+)?(?:{num}\s+)?"
            r"{adj}?(?:{status}|(?i:countries|states|nations)(?![\w-]))?{intro}"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The SCO groups China, Russia and Kazakhstan, while Iran holds observer status.",
                (("status", "China", "member"), ("status", "Kazakhstan", "member")),
            ),
            (
                "The organisation consists of 8 countries: China, India, Kazakhstan, Kyrgyzstan,"
                " Pakistan, Russia, Tajikistan and Uzbekistan.",
                (("status", "India", "member"), ("status", "Uzbekistan", "member")),
            ),
            (
                "The bloc comprises six full members: China, Russia, Kazakhstan, Kyrgyzstan,"
                " Tajikistan and Uzbekistan.",
                (("status", "Tajikistan", "member"),),
            ),
            (
                "The SCO now includes observers Afghanistan and Mongolia.",
                (("status", "Mongolia", "observer"),),
            ),
        ),
        counter_examples=(
            "The SCO includes projects in India and Pakistan.",
            "The Shanghai Five comprised China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan.",
            "The SCO will include India and Pakistan next year.",
        ),
    ),
    Rule(
        name="counted_list_in_parentheses",
        kind="status",
        before=r"(?<![\w-]){num}\s+(?:(?i:more|other)\s+)?(?i:countries|states|nations)\s*\(\s*",
        after=(
            r"\s*\)\s*,?\s+(?:(?i:are|were)\s+(?:(?i:all|both)\s+)?(?:(?i:an?|the)\s+)?{adj}?"
            r"|(?i:have|has|hold|holds|enjoy|enjoys)\s+(?:(?i:the)\s+)?){status_any}"
        ),
        status="member",
        examples=(
            (
                "Four states (Afghanistan, Belarus, Iran and Mongolia) have observer status, while"
                " six more countries (Armenia, Nepal and Turkey) are dialogue partners.",
                (("status", "Belarus", "observer"), ("status", "Nepal", "dialogue_partner")),
            ),
        ),
        counter_examples=(
            "Four states (Afghanistan, Iran and Mongolia) have applied for observer status.",
        ),
    ),
    Rule(
        name="countries_with_status_list",
        kind="status",
        before=(
            r"(?i:countries|states|nations)\s+(?i:with|holding|having)\s+{status_name}"
            r"(?:\s+(?i:in|at)\s+(?:(?i:the)\s+)?(?:SCO|(?i:organi[sz]ation|bloc)))?{intro}"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The heads of state of the countries with observer status in the SCO \u2013 India, Iran,"
                " Mongolia and Pakistan \u2013 have been invited.",
                (("status", "Iran", "observer"), ("status", "Pakistan", "observer")),
            ),
        ),
        counter_examples=(
            "Countries with observer status at the UN \u2013 Japan and Korea \u2013 came.",
        ),
    ),
    Rule(
        name="list_join_sco_as_status",
        kind="joined",
        before=None,
        after=(
            r"\s+(?:(?i:officially|formally|finally)\s+)?(?i:join|joins|joined)\s+(?:(?i:the)\s+)*"
            r"(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation)(?:\s*\(SCO\))?\s+(?i:as)\s+"
            r"(?:(?i:an?)\s+)?{adj}?{status}"
        ),
        status="member",
        examples=(
            (
                "Iran, India and Pakistan join the Shanghai Cooperation Organization (SCO) as observers.",
                (("joined", "India", "observer"), ("joined", "Iran", "observer")),
            ),
        ),
        counter_examples=("Iran and India want to join the SCO as members.",),
    ),
    Rule(
        name="status_now_are_list",
        kind="status",
        before=(
            r"(?<![\w-]){adj}?{status}(?:\s+(?i:of\s+the\s+(?:SCO|organi[sz]ation|bloc)))?"
            r"\s+{now}?(?i:are|include|includes|comprise)\s+{now}?(?:(?i:the\s+following)\s+)?"
            r"(?:{num}\s+)?(?:(?i:countries|states|nations)(?![\w-]))?{intro}"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The SCO members now are China, India and Russia.",
                (("status", "India", "member"), ("status", "Russia", "member")),
            ),
            (
                "Its observer states are currently Afghanistan, Belarus and Mongolia.",
                (("status", "Belarus", "observer"),),
            ),
            ("Observer countries are Iran and Mongolia.", (("status", "Iran", "observer"),)),
        ),
        counter_examples=(
            "Observer countries are not India and Pakistan.",
            "The candidate members are India and Pakistan.",
        ),
    ),
    Rule(
        name="founders_were_list",
        kind="status",
        before=r"(?<![\w-]){owner}?(?P<status>(?i:founding\s+members?|founders|founding\s+states))"
        r"\s+(?i:were)\s+{intro}",
        after=None,
        status="founding_member",
        examples=(
            (
                "Its founding members were China, Russia and Uzbekistan.",
                (("status", "Uzbekistan", "founding_member"),),
            ),
        ),
        counter_examples=("Its founding members were not India and Pakistan.",),
    ),
    Rule(
        name="status_heading_count",
        kind="status",
        before=r"(?:^|(?<=[\s\W])){adj}?{status}\s*\(\s*\d{{1,2}}\s*\)\s*(?:[:\u2014\u2013]|\s-{{1,2}})?\s*",
        after=None,
        status="member",
        examples=(
            (
                "Members (3): China, India, Iran.",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            ("Observers (2): Afghanistan, Mongolia.", (("status", "Mongolia", "observer"),)),
        ),
        counter_examples=("Leaders (3): China, India, Iran.",),
    ),
    Rule(
        name="founded_by_list",
        kind="status",
        before=(
            r"(?:{sco}|\b(?i:it|which))\s+[^.;]{{0,30}}?\b(?i:founded|established|created|set\s+up"
            r"|formed)\b[^.;]{{0,60}}?\b(?i:by)\s+"
            r"(?:(?i:the)\s+)?(?:(?i:leaders|heads\s+of\s+state|presidents|heads)\s+(?i:of)\s+"
            r"(?:(?i:the)\s+)?)?(?:{num}\s+(?i:countries|states|nations)\s*(?:[:(\u2014\u2013]|,|\s-{{1,2}})?\s*"
            r"(?:(?i:namely)\s+)?)?"
        ),
        after=None,
        status="founding_member",
        examples=(
            (
                "It was founded on 15 June 2001 in Shanghai by the leaders of China, Kazakhstan,"
                " Kyrgyzstan, Russia, Tajikistan and Uzbekistan.",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
            (
                "The SCO was established in 2001 by six countries (China, Russia, Kazakhstan,"
                " Kyrgyzstan, Tajikistan and Uzbekistan).",
                (("status", "Kyrgyzstan", "founding_member"),),
            ),
        ),
        counter_examples=(
            "The Shanghai Five was founded in 1996 by China, Russia, Kazakhstan, Kyrgyzstan and"
            " Tajikistan.",
            "The fund was set up by India and Iran.",
        ),
    ),
    Rule(
        name="list_are_the_n_status",
        kind="status",
        before=None,
        after=(
            r"\s*,?\s+(?i:are|is)\s+{now}?(?:(?i:all|both)\s+)?(?:(?i:the)\s+)?{owner}?(?:{num}\s+)?"
            r"(?:(?i:other)\s+)?{adj}?{status}"
            r"(?!\s+(?i:of|in|at|to)\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi|bloc|group|it\b)))"
        ),
        status="member",
        examples=(
            (
                "India, Iran, Mongolia and Pakistan are the four observers.",
                (("status", "Mongolia", "observer"),),
            ),
            (
                "China, Russia and India are the SCO's permanent members.",
                (("status", "India", "member"),),
            ),
        ),
        counter_examples=(
            "India and Brazil are the four BRICS members of the group of 20.",
            "India and Japan are the two members of the Quad at the meeting.",
        ),
    ),
    Rule(
        name="earlier_list_were_status",
        kind="status",
        before=r"(?i:earlier|formerly|previously|at\s+the\s+time|until\s+{year}|in\s+{year})\s*,?\s*",
        after=(
            r"\s*,?\s+(?i:were|was)\s+(?:(?i:all|both)\s+)?(?:(?i:an?|the)\s+)?{owner}?(?:{num}\s+)?"
            r"{adj}?{status}"
            r"(?!\s+(?i:of|in|at|to)\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi|bloc|group|it\b)))"
        ),
        status="member",
        examples=(
            (
                "Earlier, India and Pakistan were SCO observer countries.",
                (("status", "India", "observer"), ("status", "Pakistan", "observer")),
            ),
        ),
        counter_examples=("Earlier, India and Pakistan were not SCO observer countries.",),
    ),
    Rule(
        name="list_join_sco",
        kind="joined",
        before=r"^\s*",  # a headline's shape: the list opens it ("Pakistan, India Join SCO")
        after=(
            r"\s+(?:(?i:officially|formally|finally)\s+)?(?i:join)\s+(?:(?i:the)\s+)?(?:SCO|Shanghai"
            r"\s+Cooperation\s+Organi[sz]ation)\b"
        ),
        status="member",
        examples=(
            (
                "Pakistan, India join Shanghai Cooperation Organization",
                (("joined", "India", "member"),),
            ),
            ("India and Pakistan join the SCO", (("joined", "Pakistan", "member"),)),
        ),
        counter_examples=(
            "India and Pakistan hope to join the SCO.",
            "Will India and Pakistan join the SCO?",
            "India and Pakistan are set to join the SCO.",
            "He believes the fact that India and Pakistan join the SCO proves its prestige.",
        ),
    ),
    Rule(
        name="granted_list_the_status",
        kind="joined",
        before=r"\b(?i:granted|grants|granting|gave|gives|giving|accorded|conferred\s+on)\s+",
        after=(
            r"\s+(?:(?i:the)\s+)?(?i:status)\s+(?i:of|as)\s+(?:(?i:an?)\s+)?(?:(?i:SCO)\s+)?{adj}?{status}"
        ),
        status="member",
        examples=(
            (
                "The SCO granted Egypt, Qatar and Saudi Arabia the status of dialogue partners in 2021.",
                (("joined", "Qatar", "dialogue_partner"),),
            ),
        ),
        counter_examples=("The SCO will grant Egypt and Qatar the status of dialogue partners.",),
    ),
    Rule(
        name="accepts_list_as_status",
        kind="joined",
        before=r"\b(?i:accepts|admits|welcomes|accepted|admitted|welcomed|takes\s+in|took\s+in)\s+",
        after=r"\s+(?i:as)\s+(?:(?i:an?|its)\s+)?(?:(?i:new)\s+)?{adj}?{status}",
        status="member",
        examples=(
            ("SCO accepts Iran as observer", (("joined", "Iran", "observer"),)),
            (
                "The bloc admitted India and Pakistan as members in 2017.",
                (("joined", "India", "member"),),
            ),
        ),
        counter_examples=("The SCO never accepts Japan as observer.",),
    ),
    Rule(
        name="list_were_added_as",
        kind="joined",
        before=None,
        after=(
            r"\s+(?i:was|were|have\s+been|has\s+been)\s+(?:\w+ly\s+)?(?i:added|included|inducted"
            r"|brought\s+in|taken\s+in|welcomed|accepted|admitted)\s+(?i:as)\s+(?:(?i:an?)\s+)?"
            r"(?:(?i:new)\s+)?{adj}?{status}"
        ),
        status="member",
        examples=(
            (
                "India and Pakistan were added as full members in 2017.",
                (("joined", "India", "member"),),
            ),
        ),
        counter_examples=("India and Pakistan were not added as full members.",),
    ),
)
