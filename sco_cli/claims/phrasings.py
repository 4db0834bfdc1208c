"""Rules as data: the phrasings that bind a list of countries to a status.

Each rule is declared once, with its name, where it reads (the words before a
list of countries, the words after it, or both), its pattern written with the
lexicon's named pieces (`{status}`, `{num}`, `{sco}`..., lexicon.pieces()), the
claim it makes, and its own examples and counter-examples. The coordination
stage (claims/coordination.py) tries them in order on a list the rules of
claims/group_rules.py left unread; tests/claims/test_phrasings.py runs every
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
    # a joining's year may be read before the list ("In 2017, India and Pakistan joined"); not
    # where the words tell of a later time ("founded in 1996, with Uzbekistan joining")
    year_before: bool = True
    # the year before the list is its own, whatever year the words after it name ("Since
    # 2005, India had observer status and applied in 2014": 2005)
    year_before_first: bool = False

    @property
    def compiled(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        return _compiled(self)


@cache
def _compiled(rule: Rule) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    before = re.compile(lx.compose(rule.before) + r"\Z", re.IGNORECASE) if rule.before else None
    after = re.compile(lx.compose(rule.after), re.IGNORECASE) if rule.after else None
    return before, after


_VERB_COMPRISE = (
    r"(?i:consists?\s+of|consisted\s+of|compris(?:e|es|ed)"
    r"|is\s+(?:(?:now|currently|at\s+present|presently)\s+)?(?:composed|made\s+up|comprised)\s+of|groups|grouped|unites|united|brings\s+together|brought\s+together|includes?|included"
    r"|encompasses|incorporates|incorporated)"
)

# Who founded it, before their list: "by the leaders of", "by the heads of state of the six
# countries of", "by six nations, including"
_BY_FOUNDERS = (
    r"(?:(?i:the)\s+)?(?:(?i:leaders|heads\s+of\s+state|presidents|heads)\s+(?i:of)\s+"
    r"(?:(?i:the)\s+)?)?(?:{num}\s+(?i:countries|states|nations)\s*(?:[:(\u2014\u2013]|,|\s-{{1,2}}"
    r"|\s(?i:of)\s)?\s*(?:(?i:namely|including)\s+)?)?"
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
        name="initially_comprised_list",
        kind="status",
        before=(
            r"(?i:initially|originally|at\s+first|at\s+(?:its|the)\s+(?:founding|creation|birth"
            r"|outset|start|inception))\s*,?\s*(?:{sco}|\b(?i:it))\s+(?i:consisted\s+of|comprised"
            r"|included|was\s+made\s+up\s+of|grouped|brought\s+together|united|had)\s+"
            r"(?:(?i:the\s+following)\s+)?(?:{num}\s+)?(?:(?i:countries|states|nations|members)"
            r"(?![\w-]))?{intro}"
        ),
        after=None,
        status="founding_member",
        examples=(
            (
                "At first the bloc was made up of five countries: Russia, China, Kazakhstan,"
                " Kyrgyzstan and Tajikistan, with Uzbekistan joining later.",
                (("status", "Kyrgyzstan", "founding_member"),),
            ),
            (
                "Originally, it comprised China, Russia and four Central Asian states.",
                (("status", "China", "founding_member"), ("status", "Russia", "founding_member")),
            ),
        ),
        counter_examples=(
            "Initially, the fund comprised India and Iran.",
            "Originally, it did not include India or Pakistan.",
        ),
    ),
    Rule(
        name="sco_comprises_list",
        kind="status",
        before=(
            # "the group" is the SCO when it is told in the present (in the past, it may be the
            # Shanghai Five: "the group comprised China, Russia, ...")
            r"(?:{sco}|\b(?i:it)|\b(?i:the\s+group)(?=[^.;]{{0,90}}?\b(?i:comprises|includes|unites"
            r"|consists\s+of|brings\s+together|is\s+(?:made\s+up|composed|comprised)\s+of)\b))(?:\s+(?i:is|was)\s+an?\s+[^.;:]{{0,80}}?\b(?i:alliance"
            r"|organi[sz]ation|bloc|grouping|body|forum)\b[^.;:,]{{0,40}}?)?"
            # an aside on its birth or seat: "The SCO, founded in 2001, now comprises", "The
            # group, which was set up in 2001 in Shanghai comprises"
            r"(?:\s*,\s*(?:(?i:which|that)\s+(?i:was|is)\s+)?(?i:founded|established|created|set\s+up"
            r"|formed|launched|based|headquartered)\b[^.;:,()]{{0,60}}?,?)?"
            r"(?:\s*,\s*|\s+)(?:(?i:which|that)\s+)?{now}?(?:"
            + _VERB_COMPRISE
            + r"|(?i:comprising|consisting\s+of|made\s+up\s+of))(?:\s+|(?=\s*:))(?:(?i:the\s+following)\s+)?"
            r"(?:{num}\s+)?"
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
            (
                "The Shanghai Cooperation Organization (SCO) comprises India, Iran and Russia.",
                (("status", "Iran", "member"),),
            ),
            (
                "The bloc, which brings together Kazakhstan and Pakistan, met in June.",
                (("status", "Pakistan", "member"),),
            ),
            (
                "The group, which was formed in Shanghai in 2001 unites Kyrgyzstan, Russia and"
                " China as full members.",
                (("status", "Kyrgyzstan", "member"), ("status", "China", "member")),
            ),
            (
                "The bloc, set up in Shanghai in 2001, now comprises China, India and Iran.",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (
                "The organisation is comprised of Kyrgyzstan, China and Tajikistan.",
                (("status", "Kyrgyzstan", "member"), ("status", "Tajikistan", "member")),
            ),
            (
                "The SCO, created in 2001, is currently made up of: Belarus, China, India and Iran.",
                (("status", "Belarus", "member"), ("status", "Iran", "member")),
            ),
            (
                "The SCO, made up of China, India and eight other states, met.",
                (("status", "India", "member"),),
            ),
            (
                "The SCO is a regional security organisation set up in 2001 that unites"
                " Uzbekistan, China and Russia.",
                (("status", "Uzbekistan", "member"),),
            ),
        ),
        counter_examples=(
            "The SCO, which will include Egypt and Qatar, met.",
            "The SCO, founded in 2001, will include Egypt and Qatar.",
            "The SCO includes projects in India and Pakistan.",
            "The Shanghai Five comprised China, Russia, Kazakhstan, Kyrgyzstan and Tajikistan.",
            "The SCO will include India and Pakistan next year.",
            "The SCO is a bloc that brings together projects in India and Pakistan.",
            "The group, which was formed in 1996, comprised Kazakhstan, Russia and China.",
            "The SCO is currently made up of projects in India and Pakistan.",
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
            r"(?i:countries|states|nations)\s+(?i:with|holding|having|(?:which|that)\s+(?:have|hold|enjoy))"
            r"\s+{status_name}"
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
            (
                "The states that hold observer status \u2014 Belarus, Iran and Mongolia \u2014 were"
                " heard.",
                (("status", "Belarus", "observer"), ("status", "Mongolia", "observer")),
            ),
        ),
        counter_examples=(
            "Countries with observer status at the UN \u2013 Japan and Korea \u2013 came.",
            "The nations which want observer status \u2013 Laos and Vietnam \u2013 applied.",
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
            r"(?<![\w-]){adj}?{status}(?:\s+(?i:(?:of|in)\s+the\s+(?:SCO|organi[sz]ation|bloc)))?"
            r"\s+(?:(?i:which|that)\s+)?{now}?(?i:are|include|includes|comprise)(?:\s+|(?=\s*:)){now}?"
            r"(?:(?i:the\s+following)\s+)?"
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
            (
                "Observer countries in the organization are India, Pakistan, Mongolia and Iran.",
                (("status", "Pakistan", "observer"),),
            ),
            (
                "There are also two dialogue partners which include: - Nepal - Egypt",
                (("status", "Nepal", "dialogue_partner"), ("status", "Egypt", "dialogue_partner")),
            ),
            (
                "The nine member states are: China, India and Iran.",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
        ),
        counter_examples=(
            "Observer countries are not India and Pakistan.",
            "The candidate members are India and Pakistan.",
        ),
    ),
    # "There are dialogue partners too - A, B and C": the list after the status it is told
    Rule(
        name="there_are_status_list",
        kind="status",
        before=(
            r"(?<![\w-])(?i:there\s+are)\s+(?!(?i:no|few)\s)(?:(?i:also|now|currently)\s+)?(?:{num}\s+)?{adj}?{status}"
            r"(?:\s+(?i:too|as\s+well|also))?(?:\s+(?i:(?:of|in)\s+the\s+(?:SCO|organi[sz]ation|bloc)))?"
            r"\s*(?:[:\u2014\u2013]|\s-{{1,2}})\s*(?:(?i:the)\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "There are observers as well - Mongolia, Belarus and Iran.",
                (("status", "Mongolia", "observer"), ("status", "Iran", "observer")),
            ),
        ),
        counter_examples=(
            "There are observers at the UN too - Japan and Korea.",
            "There were observers too - Mongolia and Iran.",
        ),
    ),
    Rule(
        name="founders_were_list",
        kind="status",
        before=r"(?<![\w-]){owner}?(?:(?i:the)\s+)?(?:{num}\s+)?(?P<status>(?i:founding\s+members?|founders"
        r"|founding\s+states|(?:initial|original)\s+(?:members?|member\s+states)))"
        # "The founding members (5) of Shanghai Cooperation Organisation (SCO) were A, B, ..."
        r"(?:\s*\(\s*{num}\s*\))?(?:\s+(?i:of)\s+{sco})?\s+(?i:were)\s+{intro}",
        after=None,
        status="founding_member",
        examples=(
            (
                "Its founding members were China, Russia and Uzbekistan.",
                (("status", "Uzbekistan", "founding_member"),),
            ),
            (
                "The six initial members were China, Russia and the central Asian countries of"
                " Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Tajikistan", "founding_member"),
                ),
            ),
            (
                "The founding members (5) of Shanghai Cooperation Organisation (SCO) were China,"
                " Russia, Kazakhstan, Kyrgyzstan, Tajikistan.",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Tajikistan", "founding_member"),
                ),
            ),
        ),
        counter_examples=(
            "Its founding members were not India and Pakistan.",
            "The founding members (3) of the Shanghai Five were never China, Russia and Iran.",
            "The founding members of BRICS were Brazil, Russia, India and China.",
        ),
    ),
    Rule(
        name="status_heading_count",
        kind="status",
        before=(
            r"(?:^|(?<=[\s\W])){adj}?{status}\s*\(\s*\d{{1,2}}\s*\)\s*(?:[:\u2014\u2013]|\s-{{1,2}})?\s*"
            r"(?:[-\u2022*\u00b7]\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "Members (3): China, India, Iran.",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            ("Observers (2): Afghanistan, Mongolia.", (("status", "Mongolia", "observer"),)),
            ("Observers (2): - Afghanistan - Mongolia", (("status", "Mongolia", "observer"),)),
        ),
        counter_examples=("Leaders (3): China, India, Iran.",),
    ),
    Rule(
        name="founded_by_list",
        kind="status",
        before=(
            r"(?:{sco}|\b(?i:it|which))(?:\s*,\s*|\s+)[^.;]{{0,60}}?\b(?i:founded|established|created|set\s+up"
            r"|formed)\b[^.;]{{0,60}}?\b(?i:by)\s+" + _BY_FOUNDERS
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
            (
                "The SCO is a political, military and economic alliance founded by China,"
                " Kazakhstan and Russia.",
                (("status", "Kazakhstan", "founding_member"),),
            ),
            (
                "The bloc, set up in 2001 by Tajikistan, Russia and China, met in June.",
                (("status", "Tajikistan", "founding_member"),),
            ),
            (
                "In 2001 the SCO was set up in Shanghai by the presidents of the six states of"
                " Russia, Kazakhstan and Kyrgyzstan, among others.",
                (("status", "Kazakhstan", "founding_member"),),
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
        # "Mongolia became the first country to receive observer status, in 2004": the first
        # (second...) to be given a status took it up, in the year after it
        name="list_first_to_receive_status",
        kind="joined",
        before=None,
        after=(
            r"\s*,?\s+(?i:became|was|were)\s+(?i:the)\s+(?i:first|second|third|fourth|fifth|only)\s+"
            r"(?i:country|countries|state|states|nation|nations)\s+(?i:to)\s+"
            r"(?:(?i:receive|get|obtain|gain|acquire|win|be\s+(?:granted|given|awarded|accorded))\s+)"
            r"(?:(?i:the|an?)\s+)?(?:(?i:SCO)\s+)?{status_held}"
        ),
        status="member",
        examples=(
            (
                "Mongolia became the first country to be granted observer status, back in 2004.",
                (("joined", "Mongolia", "observer"),),
            ),
            (
                "Belarus was the first state to receive the status of dialogue partner.",
                (("joined", "Belarus", "dialogue_partner"),),
            ),
        ),
        counter_examples=(
            "Mongolia became the first country to apply for observer status.",
            "Laos may become the first country to receive partner status this year.",
        ),
    ),
    Rule(
        # "In June 2017, it expanded to eight states, with India and Pakistan": the countries
        # that made the new count joined, in the year of the clause
        name="expanded_to_a_count_with_list",
        kind="joined",
        before=(
            r"\b(?i:expanded|grew|was\s+enlarged|enlarged|increased)\s+(?i:to)\s+{num}\s+"
            r"(?:(?i:full|member)\s+)?(?i:states|members|countries|nations)\s*,?\s+"
            r"(?i:with|adding|by\s+admitting|as\s+it\s+admitted)\s+(?:(?i:the)\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "In July 2024 the bloc grew to ten members, with Belarus.",
                (("joined", "Belarus", "member"),),
            ),
        ),
        counter_examples=("In 2026 the bloc will grow to eleven members, with Laos.",),
    ),
    Rule(
        # "the leaders confirmed the membership of India and Pakistan": a joining made
        name="confirmed_membership_of_list",
        kind="joined",
        before=(
            r"\b(?i:confirmed|approved|finali[sz]ed|formali[sz]ed|completed|sealed|announced)\s+"
            r"(?:(?i:the)\s+)?(?:(?i:full)\s+)?(?i:membership|accession|admission)\s+(?i:of)\s+"
            r"(?:(?i:the)\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The Astana summit confirmed the full membership of India and Pakistan.",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
        ),
        counter_examples=(
            "The Astana summit has not yet confirmed the membership of Iran.",
            "The leaders will confirm the membership of Belarus next year.",
        ),
    ),
    Rule(
        name="accepts_list_as_status",
        kind="joined",
        before=(
            r"\b(?:(?i:accepts|admits|welcomes|accepted|admitted|welcomed|takes\s+in|took\s+in)"
            r"|(?i:decided|agreed|voted)\s+to\s+(?i:accept|admit|welcome|take\s+in))\s+"
        ),
        after=r"\s+(?i:as)\s+(?:(?i:an?|its)\s+)?(?:(?i:new)\s+)?{adj}?{status}",
        status="member",
        examples=(
            ("SCO accepts Iran as observer", (("joined", "Iran", "observer"),)),
            (
                "The bloc admitted India and Pakistan as members in 2017.",
                (("joined", "India", "member"),),
            ),
            (
                "The SCO has also decided to accept Turkey as a dialogue partner, Hu said.",
                (("joined", "Türkiye", "dialogue_partner"),),
            ),
        ),
        counter_examples=(
            "The SCO never accepts Japan as observer.",
            "The SCO has not decided to accept Japan as a dialogue partner.",
        ),
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
    Rule(
        name="list_hold_status",
        kind="status",
        before=None,
        after=(
            r"\s*,?\s+(?:(?i:both|all|each)\s+(?i:of)\s+(?i:which|whom)\s+|(?i:which|who)\s+)?"
            r"{now}?(?:(?i:hold|holds|holding|enjoy|enjoys|enjoying|have|has|having|retain|retains)"
            r"|(?i:had)\s+(?i:previously|earlier|long|once|formerly)\s+(?i:held|enjoyed|had))\s+"
            r"(?:(?i:the|an?)\s+)?{status_held}"
            r"(?!\s+(?i:of|in|at|to|with)\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi|bloc|group|it\b)))"
        ),
        status="member",
        examples=(
            (
                "Nepal, Cambodia and Armenia hold the status of dialogue partners.",
                (
                    ("status", "Nepal", "dialogue_partner"),
                    ("status", "Armenia", "dialogue_partner"),
                ),
            ),
            (
                "The summit heard envoys of Iran and Mongolia, both of which have observer status in"
                " the SCO.",
                (("status", "Iran", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "Sri Lanka and Nepal have a status of partners in dialogue.",
                (
                    ("status", "Sri Lanka", "dialogue_partner"),
                    ("status", "Nepal", "dialogue_partner"),
                ),
            ),
            (
                "Iran and India currently enjoy observer status.",
                (("status", "India", "observer"),),
            ),
            (
                "Belarus had previously held observer status within the organization.",
                (("status", "Belarus", "observer"),),
            ),
            (
                "Belarus, Mongolia and Iran have statuses of observer in the SCO.",
                (("status", "Belarus", "observer"), ("status", "Iran", "observer")),
            ),
        ),
        counter_examples=(
            "Iran and India hold the status of observers at the United Nations.",
            "Iran and India do not hold observer status.",
            "Iran and India hope to have the status of observers.",
            "Iran and India have statuses of observers at the UN and the WTO.",
        ),
    ),
    Rule(
        name="list_attend_as_status",
        kind="status",
        before=None,
        after=(
            r"\s*,?\s+(?:(?i:will|would|are\s+to|also|to|each|all|both|were|was|are|is)\s+)*"
            r"(?i:attend|attends|attended|attending"
            r"|participate|participates|participated|participating|take\s+part|takes\s+part|took\s+part"
            r"|taking\s+part|arrived|arrive|arrives|serve|serves"
            r"|serving|served|(?:(?i:have|has)\s+been\s+|(?i:were|was)\s+)?invited\s+(?i:to)(?=\s+(?i:the|this)\s))\s+"
            r"(?:(?:(?i:in|at)\s+)?(?:(?i:the|this|this\s+year's|its)\s+)?(?:{year}\s+)?(?:(?i:SCO|Shanghai\s+Cooperation"
            r"\s+Organi[sz]ation)(?:'s|\u2019s)?\s+)?(?i:summit|meeting|session|gathering|forum|talks|event)"
            r"(?:\s+(?i:in)\s+[A-Z]\w+)?\s+|(?i:in)\s+(?:(?i:the)\s+)?(?:SCO|(?i:organi[sz]ation|bloc))"
            r"(?:(?:'s|\u2019s)\s+(?i:work|activities|meetings))?\s+)?(?i:as|in\s+the\s+capacity\s+of)\s+"
            r"(?:(?i:an?)\s+)?(?:(?i:representatives?|delegates?)\s+(?i:of)\s+)?(?:(?i:SCO)\s+)?{status}"
        ),
        status="observer",
        examples=(
            (
                "Belarus and Iran will also attend as observers.",
                (("status", "Belarus", "observer"), ("status", "Iran", "observer")),
            ),
            (
                "The leaders of Mongolia and Afghanistan attended the SCO summit as observers.",
                (("status", "Mongolia", "observer"),),
            ),
            (  # the progressive of a report of the day, and who arrived as what
                "The leaders of China, Russia and India are taking part in the SCO summit as"
                " permanent members of the organisation.",
                (("status", "China", "member"), ("status", "India", "member")),
            ),
            (
                "The presidents of Iran and Mongolia arrived as observer countries.",
                (("status", "Iran", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "Iran and Belarus take part in the SCO's work as observers.",
                (("status", "Iran", "observer"), ("status", "Belarus", "observer")),
            ),
            (
                "Mongolia and Iran have been invited to the gathering as observer states.",
                (("status", "Mongolia", "observer"), ("status", "Iran", "observer")),
            ),
            (
                "The heads of state of Iran, Mongolia and Belarus were attending as representatives"
                " of observer countries.",
                (("status", "Iran", "observer"), ("status", "Belarus", "observer")),
            ),
            (
                "Mongolia and Afghanistan, both took part in the meeting in the capacity of an"
                " observer.",
                (("status", "Mongolia", "observer"), ("status", "Afghanistan", "observer")),
            ),
        ),
        counter_examples=(
            "Japan and Korea will attend the G20 talks as observers.",
            "Turkmenistan and Qatar were attending as representatives of guest countries.",
            "Iran and India will not attend as observers.",
            "Egypt and Qatar were invited to the summit as guests of the host.",
        ),
    ),
    Rule(
        name="sco_is_a_body_comprising_list",
        kind="status",
        before=(
            r"{sco}(?:\s*\([^()]{{1,40}}\))?\s+(?i:is)\s+(?i:an?)\s+[^.;:]{{0,80}}?\b(?i:alliance"
            r"|organi[sz]ation|bloc|grouping|group|body|forum|association|club|partnership)\s*,?\s+"
            r"(?i:comprising|consisting\s+of|made\s+up\s+of|grouping|uniting|bringing\s+together"
            r"|that\s+(?:comprises|includes|groups|unites|brings\s+together)|which\s+(?:comprises"
            r"|includes|groups|unites|brings\s+together)|of)\s+(?:{num}\s+(?i:countries|states"
            r"|nations)\s*)?{intro}"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The SCO is a regional security bloc comprising China, Russia and India.",
                (("status", "China", "member"), ("status", "India", "member")),
            ),
            (
                "The Shanghai Cooperation Organisation is a grouping of ten countries: China,"
                " Russia, Belarus and seven others.",
                (("status", "Belarus", "member"),),
            ),
        ),
        counter_examples=(
            "NATO is an alliance comprising the United States and Canada.",
            "The SCO is a bloc that will include India and Pakistan.",
        ),
    ),
    Rule(
        name="sco_has_list_as_status",
        kind="status",
        before=r"(?:{sco}|\b(?i:it))\s+{now}?(?i:has|counts|lists|numbers)\s+",
        after=r"\s+(?i:as)\s+(?:(?i:its|the)\s+)?(?:{num}\s+)?{adj}?{status}",
        status="member",
        examples=(
            (
                "The bloc now has Iran and India as full members.",
                (("status", "Iran", "member"), ("status", "India", "member")),
            ),
        ),
        counter_examples=("The SCO has India and Iran as its main critics of the plan.",),
    ),
    Rule(
        name="founding_announced_by_list",
        kind="status",
        before=(
            r"\b(?:(?i:creation|establishment|founding|formation|foundation)\s+(?i:of)\s+"
            r"(?:{sco}|\b(?i:which|it))|(?:(?i:its|the)|{owner})\s*(?i:creation|establishment|founding"
            r"|formation|foundation)(?!\s+(?i:of)\b))"
            r"[^.;]{{0,70}}?\b(?i:announced|proclaimed|declared|signed|agreed|adopted)\b[^.;]{{0,70}}?"
            r"\b(?i:by)\s+" + _BY_FOUNDERS
        ),
        after=None,
        status="founding_member",
        examples=(
            (
                "A declaration on the creation of the SCO was signed in 2001 by the heads of state"
                " of China, Russia and Uzbekistan.",
                (("status", "Uzbekistan", "founding_member"),),
            ),
            (
                "It is a security bloc, the founding of which was proclaimed in June 2001 by six"
                " nations, including Kazakhstan and Tajikistan.",
                (("status", "Tajikistan", "founding_member"),),
            ),
            (
                "Its creation was declared in June 2001 in Shanghai (China) by the Kyrgyz Republic,"
                " the Russian Federation and the Republic of Tajikistan.",
                (
                    ("status", "Kyrgyzstan", "founding_member"),
                    ("status", "Russia", "founding_member"),
                ),
            ),
        ),
        counter_examples=(
            "The creation of the fund was announced by India and Iran.",
            "Its creation was never announced by India and Iran.",
        ),
    ),
    Rule(
        name="list_granted_status",
        kind="joined",
        before=None,
        after=(
            r"\s+(?:(?i:has|have|had|was|were)\s+(?:(?i:also|now|officially|formally|finally"
            r"|recently|already)\s+)?(?:(?i:been)\s+)?)?(?i:granted|given|accorded|awarded"
            r"|received|obtained|gained|got)\s+(?:(?i:the)\s+)?{status_held}"
            r"(?!\s+(?i:of|in|at|to|with)\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi|bloc|group|it\b)))"
        ),
        status="member",
        examples=(
            (
                "Laos and Cambodia have been granted the status of dialogue partner.",
                (
                    ("joined", "Laos", "dialogue_partner"),
                    ("joined", "Cambodia", "dialogue_partner"),
                ),
            ),
            ("Mongolia received observer status in 2004.", (("joined", "Mongolia", "observer"),)),
        ),
        counter_examples=(
            "Mongolia would obtain observer status.",
            "Mongolia received the status of observer at the Arctic Council.",
            "Mongolia has not been granted the status of a member.",
        ),
    ),
    Rule(
        name="accession_completed_of_list",
        kind="joined",
        before=(
            r"\b(?i:finali[sz]ation|finali[sz]ing|finali[sz]ed|completion|completing|completed"
            r"|conclusion|concluded)\s+(?i:of\s+)?(?:(?i:the)\s+)?(?:(?i:SCO)\s+)?(?i:procedures?"
            r"|process|processes)\s+(?i:of|for)\s+(?:(?i:the)\s+)?(?i:accession|admission|entry)"
            r"\s+(?i:of)\s+"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The heads of state signed a decision on the completion of the procedure of"
                " admission of Iran and Belarus.",
                (("joined", "Iran", "member"), ("joined", "Belarus", "member")),
            ),
        ),
        counter_examples=(
            "They discussed the procedure of accession of Iran and Belarus.",
            "The completion of the procedure of accession of Iran and Belarus may take years.",
        ),
    ),
    Rule(
        name="saw_list_join",
        kind="joined",
        before=r"\b(?i:saw|sees|witnessed)\s+",
        after=(
            r"\s+(?:(?i:officially|formally)\s+)?(?i:join|enter)\s+(?:(?i:the)\s+)?(?:SCO|Shanghai"
            r"\s+Co-?operation\s+Organi[sz]ation|(?i:organi[sz]ation|bloc|grouping))(?![\w'\u2019-])"
            r"(?:\s+(?i:as)\s+(?:(?i:an?)\s+)?{adj}?{status})?"
        ),
        status="member",
        examples=(
            (
                "The Tashkent summit of 2004 saw Mongolia join the bloc as an observer.",
                (("joined", "Mongolia", "observer"),),
            ),
            ("That year saw Belarus join the organisation.", (("joined", "Belarus", "member"),)),
        ),
        counter_examples=("Few saw Belarus join the bloc's critics.",),
    ),
    Rule(
        name="expanded_to_include_list",
        kind="joined",
        before=(
            r"(?:{sco}|\b(?i:it|membership|its\s+membership|the\s+group))\s+(?:(?i:has|had|was|later|then|since"
            r"|subsequently|gradually|soon|also)\s+)*(?i:expanded|grew|spread|widened|enlarged"
            r"|broadened|extended)\s+(?:(?i:its\s+membership|its\s+ranks)\s+)?(?:(?i:to\s+(?:include"
            r"|take\s+in|admit|embrace|welcome))|(?i:with)|(?i:by\s+(?:admitting|adding|taking\s+in)))\s+"
        ),
        after=r"(?:\s+(?i:as)\s+(?:(?i:an?|its)\s+)?(?:(?i:new)\s+)?{adj}?{status})?",
        status="member",
        examples=(
            (
                "In 2023 the bloc grew to include Iran, and later Belarus.",
                (("joined", "Iran", "member"),),
            ),
            (
                "Its membership later widened to take in Qatar and Egypt as dialogue partners.",
                (("joined", "Qatar", "dialogue_partner"), ("joined", "Egypt", "dialogue_partner")),
            ),
            ("The SCO has expanded with Belarus.", (("joined", "Belarus", "member"),)),
            (
                "In 2023 the group spread to include Iran and, later, Belarus.",
                (("joined", "Iran", "member"),),
            ),
        ),
        counter_examples=(
            "The SCO will expand to include Laos and Vietnam.",
            "The SCO could expand to include Laos and Vietnam.",
            "Trade grew to include Laos and Vietnam.",
        ),
    ),
    Rule(
        name="status_heading",
        kind="status",
        before=(
            r"^\s*(?:[-\u2022*\u00b7]\s*)?(?:(?:SCO|(?i:the\s+SCO's|its|current|present))\s+)?{adj}?{status}"
            r"\s*(?::|\s[\u2014\u2013]|\s-{{1,2}})\s*(?:[-\u2022*\u00b7]\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "Member states: - China - India - Kazakhstan",
                (("status", "China", "member"), ("status", "Kazakhstan", "member")),
            ),
            ("Dialogue partners: Nepal, Sri Lanka", (("status", "Nepal", "dialogue_partner"),)),
        ),
        counter_examples=(
            "Guests - Japan, Korea",
            "Leaders: China, India, Iran",
        ),
    ),
    Rule(
        name="counted_status_list_in_parentheses",
        kind="status",
        before=r"(?<![\w-]){owner}?(?:(?i:the)\s+)?{num}\s+{adj}?{status}\s*\(\s*",
        after=r"\s*\)(?!\s+(?i:will|would|could|might|may|should|hope|want|plan|seek))",
        status="member",
        examples=(
            (
                "The bloc's ten members (China, India, Iran and Russia among them) met in July.",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (
                "Its two observers (Afghanistan and Mongolia) sent envoys.",
                (("status", "Mongolia", "observer"),),
            ),
        ),
        counter_examples=("The two candidate members (Laos and Vietnam) applied.",),
    ),
    Rule(
        name="counted_list_in_parentheses_founded",
        kind="status",
        before=r"(?<![\w-]){num}\s+(?i:countries|states|nations)\s*\(\s*",
        after=(
            r"\s*\)\s*,?\s+(?:(?i:which|that)\s+)?(?:(?i:jointly|together)\s+)?(?i:founded"
            r"|established|created|set\s+up|formed|launched)\s+(?:(?i:the)\s+)?(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation|(?i:organi[sz]ation|bloc|grouping))(?:\s*\(SCO\))?(?![\w'\u2019-])"
        ),
        status="founding_member",
        examples=(
            (
                "Six states (China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan)"
                " set up the bloc in 2001.",
                (("status", "Tajikistan", "founding_member"),),
            ),
        ),
        counter_examples=("Two states (India and Iran) set up the fund.",),
    ),
    Rule(
        name="list_founded_sco",
        kind="status",
        before=None,
        after=(
            r"\s*,?\s+(?:(?i:jointly|together|had)\s+)?(?:(?i:founded|established|created|set\s+up"
            r"|formed|launched)\s+(?:(?i:the)\s+)?(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation|(?i:organi[sz]ation|bloc|grouping))(?:\s*\(SCO\))?(?![\w'\u2019-])"
            r"|(?i:set)\s+(?:(?i:the)\s+)?(?:SCO|(?i:organi[sz]ation|bloc|grouping|group))\s+(?i:up)\b)"
        ),
        status="founding_member",
        examples=(
            (
                "China, Russia and Uzbekistan founded the SCO in 2001.",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
            (
                "Kazakhstan and Kyrgyzstan established the Shanghai Cooperation Organisation (SCO).",
                (("status", "Kyrgyzstan", "founding_member"),),
            ),
            (
                "* China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan set the group up"
                " in Shanghai in 2001.",
                (("status", "Russia", "founding_member"),),
            ),
        ),
        counter_examples=(
            "India and Iran founded the SCO's youth council.",
            "India and Iran did not found the SCO.",
        ),
    ),
    Rule(
        name="status_held_by_list",
        kind="status",
        before=(
            r"(?:^|(?<=[\s\W])){status_held}\s+(?:(?i:is|are)\s+)?(?:(?i:now|currently|also|still)\s+)?"
            r"(?i:held|enjoyed|shared)\s+(?i:by)\s+(?:(?i:the)\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "Observer status is currently held by Mongolia and Afghanistan.",
                (("status", "Mongolia", "observer"), ("status", "Afghanistan", "observer")),
            ),
        ),
        counter_examples=("Observer status is not held by Japan or Korea.",),
    ),
    Rule(
        name="list_participating_since_as",
        kind="joined",
        before=None,
        after=(
            r"\s+(?:(?i:has|have)\s+been\s+)?(?i:participating|taking\s+part|involved)\s+(?i:in)\s+"
            r"(?:(?i:the)\s+)?(?:(?i:work\s+of\s+the)\s+)?(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation"
            r"|(?i:organi[sz]ation|bloc))\s+(?=(?i:since)\s+{year}\s+(?i:as)\s+(?:(?i:an?)\s+)?{status})"
        ),
        status="member",
        examples=(
            (
                "Belarus has been participating in the SCO since 2010 as a dialogue partner and"
                " since 2015 as an observer.",
                (("joined", "Belarus", "dialogue_partner"), ("joined", "Belarus", "observer")),
            ),
        ),
        counter_examples=(
            "Belarus has been participating in the SCO since 2010 as a guest.",
            "Belarus has not been participating in the SCO since 2010 as an observer.",
        ),
    ),
    Rule(
        name="with_list_joining",
        kind="joined",
        before=r"\b(?i:with)\s+",
        after=(
            r"\s+(?i:joining|having\s+joined)(?:\s+(?i:as)\s+(?:(?i:an?|its|the)\s+)?(?:[\w-]+\s+)?"
            r"{adj}?{status})?"
            # the absolute phrase takes the time of its clause: "..., the SCO will grow" is to come
            r"(?![^.;]*\b(?i:will|would|could|may|might|hopes?|wants?|plans?|set\s+to|expects?)\b)"
        ),
        status="member",
        examples=(
            (
                "It was founded by China and Russia in 1996, with Uzbekistan joining as its sixth"
                " member in 2001.",
                (("joined", "Uzbekistan", "member"),),
            ),
        ),
        counter_examples=(
            "The SCO met with India and Pakistan in 2017.",
            "With Laos joining as a partner, the SCO will grow.",
        ),
        year_before=False,
    ),
    Rule(
        name="with_addition_of_list",
        kind="joined",
        before=(
            r"\b(?i:with)\s+(?:(?i:the)\s+)?(?i:addition|accession|admission|entry)\s+(?i:of)\s+"
            r"(?:{num}\s+)?(?:(?i:new)\s+)?(?:{adj}?{status}\s+)?"
        ),
        after=r"(?![^.;]*\b(?i:will|would|could|may|might|hopes?|wants?|plans?|set\s+to|expects?)\b)",
        status="member",
        examples=(
            (
                "The second enlargement was in 2017 with addition of 2 new members India and"
                " Pakistan.",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
        ),
        counter_examples=(
            "The SCO met with India and Pakistan in 2017.",
            "With the accession of Laos, the SCO will grow.",
        ),
    ),
    Rule(
        name="sco_has_status_list",
        kind="status",
        before=(
            r"(?:{sco}|\b(?i:it))\s+{now}?{now}?(?i:has|counts|lists)\s+(?:{num}\s+)?"
            r"(?:(?i:other|more)\s+)?{adj}?{status}{intro}"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The SCO currently has eight permanent members, including India, Kazakhstan and"
                " China.",
                (("status", "India", "member"), ("status", "China", "member")),
            ),
            (
                "The organization also has three observer states: - Mongolia - Afghanistan",
                (("status", "Mongolia", "observer"), ("status", "Afghanistan", "observer")),
            ),
        ),
        counter_examples=(
            "The SCO has observers and Japan and Korea send guests.",
            "The SCO will have three observers: Japan, Korea and Laos.",
        ),
    ),
    Rule(
        name="n_countries_have_status_list",
        kind="status",
        before=(
            r"(?<![\w-]){num}\s+(?:(?i:more|other)\s+)?(?i:countries|states|nations)\s+{now}?"
            r"(?i:have|hold|enjoy)\s+(?:(?i:the)\s+)?{status_held}{intro}"
        ),
        after=None,
        status="member",
        examples=(
            (
                "Four countries have observer status: Afghanistan, Belarus, Iran and Mongolia.",
                (("status", "Belarus", "observer"), ("status", "Mongolia", "observer")),
            ),
        ),
        counter_examples=(
            "Four countries have observer status at the UN: Japan and Korea.",
            "Four countries want observer status: Japan and Korea.",
        ),
    ),
    Rule(
        name="granting_status_to_list",
        kind="joined",
        before=(
            # granted, or a decision made on granting ("a decision was made in Yekaterinburg on
            # granting"); "discussed granting" is no grant
            r"(?:\b(?i:granted|grants|gave|accorded|conferred)|\b(?i:decision|decisions|decided"
            r"|agreed|resolution)\s+(?:[\w,]+\s+){{0,6}}?(?i:on|of|about|to)\s+(?i:granting|grant|giving"
            r"|give|according|conferring)"
            # memoranda signed on a grant: "memorandums were signed to grant ... to Egypt and Qatar"
            r"|\b(?i:memorand(?:um|ums|a))\s+(?i:were|was|have\s+been|has\s+been)\s+(?i:signed)\s+"
            r"(?i:to\s+grant|granting|on\s+granting|to\s+give|giving))"
            r"\s+(?:(?i:the|an?)\s+)?(?:(?i:SCO)\s+)?{status_held}\s+"
            r"(?i:to|on|upon)\s+"
            r"(?:(?i:the)\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "A decision was made in Yekaterinburg on granting the dialogue partner status to"
                " Byelorussia and Sri Lanka.",
                (
                    ("joined", "Belarus", "dialogue_partner"),
                    ("joined", "Sri Lanka", "dialogue_partner"),
                ),
            ),
            (
                "At the Samarkand summit in 2022, memorandums were signed to grant the dialogue"
                " partner status to Egypt and Qatar.",
                (("joined", "Egypt", "dialogue_partner"), ("joined", "Qatar", "dialogue_partner")),
            ),
        ),
        counter_examples=(
            "They discussed granting observer status to Laos and Vietnam next year.",
            "The SCO will consider granting observer status to Laos.",
            "Memorandums will be signed to grant the dialogue partner status to Laos and Vietnam.",
        ),
    ),
    Rule(
        name="status_granted_to_list",
        kind="joined",
        before=(
            r"(?:^|(?<=[\s\W])){status_held}(?:\s+(?i:of|in)\s+{sco})?"
            r"\s+(?i:has\s+been|have\s+been|had\s+been|was|were|is)\s+"
            r"(?:(?i:also|now|officially|formally|finally|recently|already)\s+)?(?i:granted|given|accorded"
            r"|awarded|extended|conferred)\s+(?i:to|on|upon)\s+(?:(?i:the)\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The status of a full member of the organisation was granted to the Republic of"
                " India and the Islamic Republic of Pakistan.",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            (
                "Dialogue partner status has been granted to Nepal and Cambodia.",
                (
                    ("joined", "Nepal", "dialogue_partner"),
                    ("joined", "Cambodia", "dialogue_partner"),
                ),
            ),
        ),
        counter_examples=("Dialogue partner status will be granted to Laos and Vietnam.",),
    ),
    # "the leaders announced the admission of A and B", "confirmed membership of A and B in
    # the group": a joining told as done by a verb of record on its noun
    Rule(
        name="admission_of_list_announced",
        kind="joined",
        before=(
            r"\b(?i:announced|confirmed|approved|formali[sz]ed|endorsed|sealed)\s+(?:(?i:the)\s+)?"
            r"(?:(?i:official|formal|final|full)\s+)?(?i:admission|accession|membership|entry)\s+"
            r"(?i:of)\s+(?:(?i:the)\s+)?"
        ),
        after=r"(?:\s+(?i:to|in|into)\s+(?:{sco}|(?i:the\s+group)))?",
        status="member",
        examples=(
            (
                "In June 2017 the heads of state announced the admission of Pakistan and India to"
                " the organisation.",
                (("joined", "Pakistan", "member"), ("joined", "India", "member")),
            ),
            (
                "The summit confirmed membership of Iran and Belarus in the bloc.",
                (("joined", "Iran", "member"), ("joined", "Belarus", "member")),
            ),
        ),
        counter_examples=(
            "They announced the admission procedure of Iran and Belarus.",
            "They confirmed the membership of Brazil and India in BRICS.",
            "They have not approved the admission of Iran and Belarus.",
        ),
    ),
    # "A, B and C participate in it": the SCO's participants are its members. Only when the
    # clause ends there: "participate in its exercises", "participate in it as guests" are not.
    Rule(
        name="list_participate_in_sco",
        kind="status",
        before=None,
        after=(
            r"\s+{now}?(?i:participate|participates|are\s+participating|take\s+part|takes\s+part)"
            r"\s+(?i:in)\s+(?:(?i:the\s+work\s+of)\s+)?(?:(?:the\s+)?(?:SCO|Shanghai\s+Co-?operation"
            r"\s+Organi[sz]ation(?:\s*\(SCO\))?)|(?i:it|the\s+organi[sz]ation|the\s+bloc|the\s+grouping))"
            r"(?=\s*(?:[.;]|\Z))"
        ),
        status="member",
        examples=(
            (
                "The SCO was set up in 2001. Kazakhstan, China and Pakistan take part in it.",
                (("status", "Kazakhstan", "member"), ("status", "Pakistan", "member")),
            ),
            (
                "India, Russia and Uzbekistan participate in the SCO.",
                (("status", "India", "member"), ("status", "Uzbekistan", "member")),
            ),
        ),
        counter_examples=(
            "Turkmenistan and Azerbaijan participate in it as guests.",
            "Japan and Korea participate in the SCO's business forum.",
            "Laos and Vietnam will participate in the SCO.",
            "Japan and Korea participate in it. The SCO is a bloc.",
        ),
    ),
    # "A, B and C are on the observer list": a status's list, by name
    Rule(
        name="list_on_status_list",
        kind="status",
        before=None,
        after=(
            r"\s+(?i:are|is)\s+{now}?(?i:on)\s+(?:{owner}|(?i:the)\s+)(?:(?i:SCO)\s+)?"
            r"{status}\s+(?i:list)\b"
        ),
        status="member",
        examples=(
            (
                "At the SCO, Mongolia, India and Iran are on the observer list.",
                (("status", "Mongolia", "observer"), ("status", "Iran", "observer")),
            ),
        ),
        counter_examples=(
            "At the SCO, Laos and Vietnam are on the waiting list for observer status.",
            "At the SCO, Japan and Korea are on the guest list of observers.",
        ),
    ),
    # "It is the Eurasian political and security alliance of A, B and C": the SCO described
    # as the alliance of its members. The words between are its epithets, never a preposition
    # ("a rival to the alliance of A and B"); not an alliance "that ..." (a cleft sentence).
    Rule(
        name="sco_is_alliance_of_list",
        kind="status",
        before=(
            r"(?:{sco}(?:\s*\(SCO\))?|\b(?i:it))\s+(?i:is|was)\s+(?:(?i:an?|the)\s+)"
            r"(?:(?!(?i:to|of|against|with|than|like|rival|unlike|from|between|among|by|for)\b)"
            r"[\w-]+,?\s+){{0,7}}?"
            r"(?i:alliance|organi[sz]ation|bloc|grouping|union|association|club)\s+(?i:of)\s+"
            r"(?:(?i:the)\s+)?"
        ),
        after=(
            r"(?!\s*,?\s+(?i:that|which|who|whose|against|while|but)\b)"
            r"(?![^.;]*\b(?i:unlike|rather\s+than|instead\s+of|as\s+opposed\s+to)\b)"
        ),
        status="member",
        examples=(
            (
                "The SCO is the Eurasian political, economic, and security alliance of China,"
                " Kazakhstan, Kyrgyzstan and Russia.",
                (("status", "China", "member"), ("status", "Kyrgyzstan", "member")),
            ),
            (
                "It is a regional security bloc of Russia, China and four Central Asian states.",
                (("status", "Russia", "member"), ("status", "China", "member")),
            ),
        ),
        counter_examples=(
            "The SCO is seen as a rival to the alliance of the United States, Japan and Australia.",
            "It is the alliance of Iran and Belarus that worries the West.",
            "It is an organisation of Japan and Korea, unlike the SCO.",
        ),
    ),
    # "the heads of six states - A, B and C - signed a declaration on the establishment of the
    # SCO": those who sign its founding document are its founders
    Rule(
        name="heads_of_list_signed_founding",
        kind="status",
        before=(
            r"(?i:heads|leaders|presidents)\s+(?:(?i:of\s+state)\s+)?(?i:of)\s+(?:(?i:the)\s+)?"
            r"(?:{num}\s+(?i:states|countries|nations)\s*(?:[:\u2014\u2013]|-{{1,2}}|,|\s(?i:of)\s)?\s*)?"
            r"(?:(?i:the)\s+)?"
        ),
        after=(
            r"\s*(?:[\u2014\u2013]|-{{1,2}})?\s*,?\s*(?:(?i:have|had|jointly)\s+)?(?i:signed)\s+"
            r"(?:(?i:a|the)\s+)?(?i:declaration|charter|document|agreement|statement)\s+"
            r"(?i:on|of|about)\s+(?:(?i:the)\s+)?(?i:establishment|creation|founding|formation)\s+"
            r"(?i:of)\s+(?:the\s+)?(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation)\b"
        ),
        status="founding_member",
        examples=(
            (
                "In Shanghai the heads of six states - Russia, China, Kazakhstan, Kyrgyzstan,"
                " Tajikistan and Uzbekistan - signed a declaration on the establishment of the"
                " Shanghai Cooperation Organisation.",
                (
                    ("status", "Russia", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
            (
                "The presidents of China, Kazakhstan and Tajikistan signed the declaration on the"
                " creation of the SCO.",
                (("status", "Tajikistan", "founding_member"),),
            ),
        ),
        counter_examples=(
            "The heads of two states - India and Iran - signed a declaration on the establishment"
            " of a joint fund.",
            "The leaders of Laos and Vietnam signed a memorandum on the establishment of the SCO"
            " partnership.",
        ),
    ),
    # "Belarus became an observer, joining Afghanistan, Iran and Mongolia": those joined hold
    # the status already
    Rule(
        name="status_joining_list",
        kind="status",
        before=(
            r"(?<![\w-]){adj}?{status}(?:\s+(?i:status))?\s*,\s*(?i:joining)\s+"
            r"(?:(?i:the)\s+)?(?:(?i:existing|current|other|fellow)\s+)?"
        ),
        after=None,
        status="member",
        examples=(
            (
                "The SCO made Belarus an observer, joining Afghanistan, Iran and Mongolia.",
                (("status", "Iran", "observer"), ("status", "Mongolia", "observer")),
            ),
        ),
        counter_examples=(
            "The SCO met its observers, joining talks with Japan and Korea.",
            "Laos wants a partner role, joining Japan and Korea in a forum.",
        ),
    ),
    # "Turkey would join Belarus and Sri Lanka as dialogue partners": those joined hold it
    Rule(
        name="join_list_as_status",
        kind="status",
        before=r"\b(?i:join|joins|joined|joining)\s+(?:(?i:the)\s+)?",
        after=(
            r"\s+(?i:as)\s+(?:(?i:fellow|other|existing)\s+)?{adj}?{status}"
            r"(?!\s+(?i:of|in|at)\s+(?!(?:the\s+)?(?:SCO|Shanghai|(?i:organi[sz]ation|bloc|grouping))\b))"
        ),
        status="member",
        examples=(
            (
                "In the SCO, Nepal joined Armenia and Cambodia as dialogue partners.",
                (
                    ("status", "Armenia", "dialogue_partner"),
                    ("status", "Cambodia", "dialogue_partner"),
                ),
            ),
        ),
        counter_examples=(
            "At the SCO, Laos joined Japan and Korea as guests.",
            "Egypt joined Brazil and India as members of BRICS.",
        ),
    ),
    # "India had an Observer status of SCO from 2005", "Since 2005, India was having an
    # observer status": a status held from a year is a joining that year; not one that
    # ended ("had ... from 2005 to 2017" is placed by the guard stage) or is hoped for
    Rule(
        name="list_had_status_from_year",
        kind="joined",
        before=None,
        after=(
            r"\s+(?i:had|has\s+had|was\s+having|has\s+been\s+having|enjoyed|has\s+enjoyed)\s+"
            r"(?:(?i:an?|the)\s+)?{status_held}(?:\s+(?i:of|in|at|with)\s+(?:(?i:the)\s+)?"
            r"(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation|(?i:organi[sz]ation|bloc|grouping)))?"
            r"(?=\s+(?i:from|since)\s+{year}(?!\s*(?:-|\u2013|(?i:to|until|till))\s*\d))"
        ),
        status="member",
        examples=(
            (
                "India had an Observer status of SCO from 2005 and applied to join in 2014.",
                (("joined", "India", "observer"),),
            ),
        ),
        counter_examples=(
            "India had an observer status of SCO from 2005 to 2017.",
            "India had an observer status at the UN from 2005.",
        ),
    ),
    Rule(
        name="since_year_list_had_status",
        kind="joined",
        # the year read as the joining's, so the words before the list are left out of it
        before=r"(?:(?<=[Ss]ince\s\d{{4}},\s)|(?<=[Ss]ince\s\d{{4}}\s))",
        after=(
            r"\s+(?i:has\s+had|was\s+having|has\s+been\s+having|has\s+enjoyed|has\s+held)\s+"
            r"(?:(?i:an?|the)\s+)?{status_held}(?:\s+(?i:of|in|at|with)\s+(?:(?i:the)\s+)?"
            r"(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation|(?i:organi[sz]ation|bloc|grouping)))?"
            r"(?!\s+(?i:of|in|at|with)\b)"
        ),
        status="member",
        examples=(
            (
                "Since 2005, India was having an observer status in the SCO and applied in 2014.",
                (("joined", "India", "observer"),),
            ),
        ),
        counter_examples=("Since 2005, India has held an observer status at the UN.",),
        year_before_first=True,
    ),
)
