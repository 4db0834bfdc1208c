"""Find the SCO claims in a sentence: counts, statuses, founding, summits.

Rule-based and deterministic. Each rule is a regular expression over one
sentence, anchored at a cheap landmark (a number, a country name, the word
"summit") and reading a bounded window around it, so the work is linear in
the text. A rule that is not sure says nothing: future and hoped-for statuses
("will join", "applied for", "is expected to become"), former ones ("a former
observer") and numbers about other organisations ("BRICS' ten members") are
not claims.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any, NamedTuple

from sco_cli.claims import coordination, guards
from sco_cli.claims import lexicon as lx
from sco_cli.claims.document import Sentence
from sco_cli.claims.normalize import in_original

WINDOW = 160  # characters read after a landmark; before it, half that


class Claim(NamedTuple):
    """One claim: what kind, about what, which value; where it stands in its sentence."""

    kind: str  # count | status | joined | founding | summit
    subject: str  # a status (count), a country (status, joined), SCO / Shanghai Five, a city
    value: Any  # a number, a status, a year (None: a relative year and no date to read it by)
    start: int  # [start, end) in the sentence
    end: int
    detail: dict[str, Any]  # iso3, year, since, ordinal, city, host, virtual, relative...


_YEAR = r"(?:19[89]\d|20[0-4]\d)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "in 2017", "in June 2017", "on 9 June 2017", "on June 9, 2017", "in mid-2017"
# a day or a span of days: "9", "3-4", "15th"
_DAY = r"\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?(?:st|nd|rd|th)?"
_WHEN = (
    rf"(?:in|on|since|from|during)\s+(?:(?:early|mid|late)[- ]?)?(?:the\s+)?(?:{_DAY}\s+)?"
    rf"(?:{_MONTH}\s+)?(?:{_DAY},?\s+)?(?:of\s+)?(?P<year>{_YEAR})(?!\d)"
)
_RELATIVE = r"(?P<rel>(?i:last|this|next|previous))\s+year"
# Words that make a status hoped for, future, denied or past: no claim then.
_UNSURE = re.compile(
    r"\b(?:not|never|no\s+longer|yet|will|would|could|might|may|shall|should|to|expects?|expected"
    r"|set|hop(?:es?|ed|ing)|plan(?:s|ned)?|seek(?:s|ing)?|sought|appl(?:y|ies|ied)|application"
    r"|bid|candidate|aspir\w*|wants?|wanted|ask(?:s|ed)?|request(?:s|ed)?|former|ex|formerly"
    r"|previously|once|then|until|proposed|prospective|potential|future|interest(?:ed)?)\b"
    r"|n't\b",
    re.IGNORECASE,
)


@cache
def _rx(name: str) -> re.Pattern[str]:
    """The rules, compiled on first use (a command that finds no claims compiles none)."""
    num = lx.number_pattern()
    status = lx.status_pattern()
    adjective = (
        r"(?:(?:full|full-fledged|fully-fledged|permanent|official|current|present|existing"
        r"|SCO|SCO's|Shanghai|organi[sz]ation's|bloc's|remaining|sole|only|fellow|other"
        # "the first South Asian dialogue partner", "a Gulf observer"
        r"|(?:(?:South|North|East|West|Central|South[- ]?East|North[- ]?East)[- ])?(?:Asian"
        r"|European|African|Arab|Caucasian|Eurasian|Gulf|Middle[- ]Eastern|Pacific|Himalayan))\s+)"
    )
    # "the SCO's newest", "one of its ten", "among the founding": what may stand before a status
    owner = r"(?:(?:SCO|bloc|organi[sz]ation|grouping|group)(?:'s|\u2019s)\s+|its\s+|their\s+)"
    determiner = (
        rf"(?:(?:an?|another|the|its|their)\s+|(?:one|two|both|all|each)\s+of\s+(?:the\s+)?(?:{owner})?"
        rf"(?:{num}\s+)?|among\s+(?:the\s+)?(?:{owner})?(?:{num}\s+)?)?(?:{owner})?"
    )
    superlative = (
        r"(?:(?:newest|latest|youngest|oldest|largest|biggest|smallest|most\s+populous|most\s+recent"
        r"|key|active|new|longest[- ]standing|long[- ]standing)\s+)"
    )
    groups = {
        # "10 member states", "ten full members", "two observer states", "17 partners"
        "count": (
            rf"(?P<num>{num})\s+{adjective}{{0,2}}(?:(?P<noun>{status})|(?P<total>countries|nations"
            rf"|states))(?![\w-])",
            re.IGNORECASE,
        ),
        # "the eight-member bloc", "nine-member SCO", "the 10-nation Eurasian security grouping"
        "compound": (
            rf"(?P<num>{num})-(?:member|nation|country|state|strong)(?:-strong)?\s+"
            r"(?:[\w'\u2019-]+\s+){0,4}?(?:bloc|grouping|group|organi[sz]ation|SCO|alliance"
            r"|club|body|forum|union|association|community|family|Shanghai\s+Cooperation"
            r"\s+Organi[sz]ation|organi[sz]ation)(?!\w)",
            re.IGNORECASE,
        ),
        # "a bloc of ten countries", "a family of 26 nations"
        "bloc_of": (
            rf"(?P<noun>bloc|grouping|group|organi[sz]ation|alliance|club|family|community"
            rf"|circle)\s+of\s+(?P<num>{num})\s+(?:member\s+)?(?:countries|nations|states)(?![\w-])",
            re.IGNORECASE,
        ),
        # "more than 20", "up to ten", "the other nine members" (the rest of a count),
        # but "grew to ten members" is a count
        "approx": (
            r"(?:more|fewer|less|other)\s+than\s*$|(?:over|nearly|almost|about|around|some|roughly"
            r"|approximately|least|(?<!grew\s)(?<!rose\s)(?<!risen\s)(?<!grown\s)(?<!swelled\s)"
            r"(?<!expanded\s)(?<!increased\s)(?<!climbed\s)to|between|among|including|from"
            r"|top|first|last|all\s+but|new|another|additional|extra|other|remaining|fellow"
            r"|rest\s+of\s+the)\s*$",
            re.IGNORECASE,
        ),
        # "its membership grew to ten", "membership now stands at nine": a count without its noun
        "membership_to": (
            r"\b(?:membership|members|ranks)\s+(?:has\s+|have\s+|had\s+|now\s+)*(?:(?:grew|grown|rose"
            r"|risen|expanded|increased|swelled|climbed|reached|stands|stood)\s+(?:to|at)|number(?:ed)?"
            rf"|total(?:led|ed)?)\s+(?P<num>{num})(?![\w-])"
            r"(?!\s+(?:percent|per\s+cent|%|million|billion))",
            re.IGNORECASE,
        ),
        # "brings the number of dialogue partners to 14", "the number of members rose to nine"
        "number_of": (
            rf"\b(?:number|total)\s+of\s+(?:(?:SCO|full)\s+)?(?P<noun>{status})\s+(?:(?:has|had|now|thus)\s+)*"
            r"(?:(?:grew|grown|rose|risen|climbed|increased|reached|stands|stood|is|was|went\s+up)\s+)?"
            rf"(?:to|at|of)?\s*(?P<num>{num})(?![\w-])(?!\s*(?:percent|per\s+cent|%))",
            re.IGNORECASE,
        ),
        # "the bloc of 10 met": a count without its noun
        "bloc_of_bare": (
            rf"\b(?:bloc|grouping|club)\s+of\s+(?P<num>{num})(?=\s*(?:[,.;:)\u2014\u2013]|$)"
            r"|\s+(?:met|meets|meet|has|have|is|are|was|were|will|said|agreed|in|at|on|and|with"
            r"|that|which|who|now|also)\b)",
            re.IGNORECASE,
        ),
        "of_other": (
            r"\s+of\s+(?!(?:the\s+)?(?:SCO|Shanghai|[Oo]rgani[sz]ation|[Bb]loc|group|it\b))",
            0,
        ),
        # "turns the six-nation organisation into", "grew from six members": a past count
        # "grew from six to nine members", "brings the Eurasian bloc to nine members"
        "reached": (
            rf"\bfrom\s+{num}\s+(?:[\w-]+\s+)?to\s*$|\b(?:brings?|brought|bringing|takes?|took"
            r"|taking|raises?|raised|raising|lifts?|lifted|lifting|swells?|swelled|expands?|expanded"
            r"|expanding|increases?|increased|increasing|boosts?|boosted)\s+(?:the\s+|its\s+)?"
            r"(?:[\w'\u2019-]+\s+){0,3}?to\s*$",
            re.IGNORECASE,
        ),
        "history": (
            r"\b(?:turn(?:s|ed|ing)?|transform\w*|expand\w*|grew|grow\w*|enlarg\w*|from|of\s+(?:just|only))"
            r"\s+(?:the\s+|its\s+|a\s+)?(?:original\s+|initial\s+)?$",
            re.IGNORECASE,
        ),
        # "will count nine dialogue partners": a forecast, not a count
        "future": (
            r"\b(?:will|would|could|may|might|shall)\s+(?:\w+\s+){0,4}?(?:count|have|number|include"
            r"|comprise|reach|become|total|bring|be|grow\s+to|rise\s+to|with)\s+(?:\w+\s+)?$",
            re.IGNORECASE,
        ),
        "listed_statuses": (
            r"(?:\s*(?:,|,?\s+and|,?\s+or)\s+(?:observer|dialogue[- ]partner|partner|member)s?)+"
            r"\s+(?:countries|states|nations)\b",
            re.IGNORECASE,
        ),
        "in_other": (
            r"\s+(?:in|from|across|around)\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi|bloc|group|total"
            r"|all\b|room|hall|attendance|the\s+room|\d|(?:early|mid|late)\b))",
            0,
        ),
        # "observer states ..., plus 6 dialogue partners, so ... 18 countries": the SCO's
        "statuses_named": (
            r"\bobserver|\bdialog(?:ue)?[- ]partner|\bmember[- ]states?\b",
            re.IGNORECASE,
        ),
        "total_role": (
            r"\s+(?:(?:are|were)\s+(?:now\s+)?(?:full(?:[- ]fledged)?\s+)?members\b|(?:as|are)\s+full"
            r"(?:[- ]fledged)?\s+members\b|(?P<founded>founded|created|established|set\s+up)\b)",
            re.IGNORECASE,
        ),
        # by acronym or known name, or any capitalised name of an organisation that is
        # not the SCO: "the Collective Security Treaty Organisation"
        "other_org": (
            rf"\b(?:{lx.OTHER_ORGANISATIONS})\b|(?:(?<=\bthe\s)|(?<=\bThe\s)|(?<![\w,'\u2019-]\s)"
            r"(?<![\w'\u2019-]))(?!Shanghai\b)(?:[A-Z][\w-]+\s+){1,4}(?:Organi[sz]ation|Union|Council"
            r"|Pact|Alliance|Community|Forum|Bank|League|Treaty)\b",
            0,
        ),
        "sco_org": (
            rf"\b(?:{lx.SCO_NAMES})\b|\b(?i:the|this|its)\s+(?:organi[sz]ation|bloc|group(?:ing)?)\b",
            0,
        ),
        "status": (rf"(?:{status})(?![\w-])", re.IGNORECASE),
        "status_name": (rf"(?:{lx.status_name_pattern()})(?![\w-])", re.IGNORECASE),
        "list_sep": (
            r"\s*(?:,\s*(?:and\s+(?:now\s+|also\s+)?|&\s+)?|\s+and\s+(?:now\s+|also\s+)?|\s*&\s*"
            # a bulleted list run together: "- China - Russia - India"
            r"|\s+as\s+well\s+as\s+|\s+[-\u2022\u00b7*]\s+)(?:the\s+)?$",
            0,
        ),
        # After a country or list: ", an observer state", " (a dialogue partner since 2012)"
        "appositive": (
            rf"\s*(?:,|\(|\u2014|\u2013|--)\s*(?:(?:both|all|each|now|also|itself|themselves)\s+)?"
            rf"{determiner}(?:[\w-]+\s+(?:member|ally|partner|state)\s+and\s+(?:an?\s+)?(?=SCO\b))?"
            rf"(?:(?P<ord>{lx.ordinal_pattern()})\s+)?(?:(?P<n>{num})\s+)?{superlative}?{adjective}{{0,2}}"
            rf"(?P<status>{status})(?![\w-])(?!\s+of\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation"
            rf"|bloc|group|it\b)))",
            re.IGNORECASE,
        ),
        # " is a member", " are dialogue partners", ", which has been an observer since 2005"
        "predicate": (
            r"\s*(?:,\s*(?:which|who)\s+|\s+)(?:(?:has|have)\s+(?:been|held|had|enjoyed)|is|are"
            r"|(?:was|were)(?=\s+(?:(?:one|all|both)\s+of\s+)?(?:the|an?)\s+(?:\w+\s+)?(?:founding|founders?"
            r"|original\s+member)\b)"
            r"|remains?|holds?|hold|enjoys?|(?:has|have|retains?|keeps?)(?=\s+(?:(?:an?|the|full"
            r"|SCO|formal)\s+)*(?:observer[- ]status|observership|dialog(?:ue)?[- ]partner[- ]status"
            r"|partner[- ]status|(?:full[- ])?membership|member[- ]status)))"
            rf"\s+(?:now\s+|also\s+|already\s+|still\s+|currently\s+)?{determiner}"
            rf"(?:(?P<ord>{lx.ordinal_pattern()})\s+)?{superlative}?{adjective}{{0,2}}"
            rf"(?:(?P<status>{status})|(?P<status_name>{lx.status_name_pattern()}))(?![\w-])"
            r"(?!\s+of\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|group|it\b)))",
            re.IGNORECASE,
        ),
        # " joined the SCO as full members in 2017", ", which became an observer in 2005"
        "joining": (
            r"\s*(?:(?:,|\(|\u2014|\u2013|--)\s*(?:which|who|having)\s+|\s+|,\s*(?:(?:officially|formally"
            r"|finally|only|all|both|each|themselves|itself)\s+)?(?=(?:admitted|accepted|granted"
            r"|elevated|upgraded|promoted|made)\b))"
            r"(?:(?:had|has|have)\s+)?(?:(?:officially|formally|finally|also|both|then|thus|now"
            r"|effectively|eventually|thereby|duly)\s+)?(?P<verb>joined|joins|became|become|becomes"
            r"|(?:(?<=,)|(?<=,\s)|(?<=officially\s)|(?<=formally\s)|(?<=finally\s)|(?<=only\s)"
            r"|(?<=all\s)|(?<=both\s)|(?<=each\s)|(?<=itself\s))(?:admitted|accepted|granted|elevated"
            r"|upgraded|promoted|made)"
            r"|(?:was|were)\s+(?:(?:formally|officially|finally|eventually|unanimously|also|then)\s+)?"
            r"(?:admitted|accepted|granted|given|upgraded|elevated|promoted|made|inducted)"
            r"|acceded|accedes"
            r"|(?<=having\s)(?:joined|become|gained|obtained|received|acquired|won|secured)"
            r"|gained|gains|obtained|obtains|received|receives|acquired|won|got|secured)(?!\w)",
            re.IGNORECASE,
        ),
        # " granted Egypt, Qatar and Saudi Arabia dialogue-partner status"
        "granted_before": (
            r"\b(?:with|granted|grants|gave|offered|admitted|admits|accepted|welcomed|welcomes|make|made"
            r"|makes|admitting|granting|accepting|welcoming|making)\s+(?:to\s+)?$",
            re.IGNORECASE,
        ),
        "joined_other": (
            r"\s+(?:the|a|an|its|their|this|these|those|his|her|our|forces|hands|talks|calls)\b"
            r"(?!\s+(?:SCO|Shanghai|organi[sz]ation|bloc|group(?:ing)?|club|body|alliance|forum"
            r"|ranks|summit|full|founding|original)\b)(?!\s+\d)",
            re.IGNORECASE,
        ),
        # "the SCO admitted Iran in 2023": admitted, with a date, is membership
        "admitted_before": (
            r"\b(?:admitted|admits|admitting|accepted|accepts|welcomed|welcomes|welcoming|took\s+in"
            r"|takes\s+in)\s+$",
            re.IGNORECASE,
        ),
        # "granted observer status to India, Iran and Pakistan"
        "granted_to": (
            r"\b(?:granted|grants|gave|gives|extended|extends|offered|conferred|awarded|accorded)\s+"
            rf"(?:(?:full|formal|SCO)\s+)?(?P<status_name>{lx.status_name_pattern()})\s+to\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "seated_as": (
            r"\s+(?:delegations?|leaders?|presidents?|prime\s+ministers?|representatives?|envoys?"
            r"|teams?)\b[^,.;]{0,50}?\bas\s+(?:full(?:[- ]fledged)?\s+)?"
            rf"(?P<status>{status})(?![\w-])",
            re.IGNORECASE,
        ),
        "status_after": (
            rf"\s+(?:(?:as|into|to)\s+)?{determiner}(?:(?P<ord>{lx.ordinal_pattern()})\s+)?"
            rf"{superlative}?{adjective}{{0,2}}(?:(?P<status>{status})|(?P<status_name>"
            rf"{lx.status_name_pattern()}))(?![\w-])",
            re.IGNORECASE,
        ),
        # "observer states Afghanistan and Mongolia", "dialogue partners such as Turkey"
        "list_before": (
            rf"(?:^|\W)(?P<status>{status})\s*(?:,|:|\(|\u2014|\u2013|-{{1,2}})?\s*(?:such\s+as|including"
            r"|namely|(?P<like>like)|are(?:\s+now|\s+currently)?|include|from|among\s+them|among\s+which"
            r"|,\s*namely)?\s*(?:the\s+)?$",
            re.IGNORECASE,
        ),
        # "Mongolia's observer status", "India's full membership", "Iran's accession in 2023"
        "possessive": (
            r"(?:'s|\u2019s|'|\u2019)\s+(?:(?:full|full-fledged|SCO|formal|official|current|eventual"
            rf")\s+)*(?:(?P<status_name>{lx.status_name_pattern()})|status\s+as\s+(?:an?\s+)?(?:SCO\s+)?"
            rf"(?:full\s+)?(?P<status>{status})|(?P<accession>accession|admission|entry|induction|joining"
            r"|elevation|upgrade|promotion))(?![\w-])"
            r"(?!\s+(?:bid|application|process|procedure|talks|negotiations|request|hopes?|ambitions?"
            r"|drive|path|campaign|prospects?|plans?|memorandum|obligations|road\s*map|of\s+(?!(?:the"
            r"\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|group|it\b))|in\s+(?!(?:the\s+)?(?:SCO|Shanghai"
            r"|organi[sz]ation|bloc|group|\d|early|mid|late|[A-Z][a-z]+\s+\d)))\b)",
            re.IGNORECASE,
        ),
        "accession_of": (
            r"\b(?:accession|admission|entry|induction|inclusion|elevation|upgrad(?:e|ing)|promotion)"
            r"\s+of\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        "in_year_before": (
            rf"\b(?:In|in|By|by)\s+(?:\w+\s+)?(?P<year>{_YEAR}),?\s+(?:the\s+)?$",
            0,
        ),
        "when": (_WHEN, re.IGNORECASE),
        "relative": (_RELATIVE, re.IGNORECASE),
        # a meeting of others than the heads of state is no summit
        "not_leaders": (
            r"minist|foreign|defen[cs]e|prime|government|secretar|envoy|expert|official|business"
            r"|youth|parliament|security\s+council|board|committee|working|chiefs|bilateral|side",
            re.IGNORECASE,
        ),
        "opening_at": (
            rf"\s*(?:In|On)\s+(?:(?:early|mid|late)[- ]?)?(?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?:{_DAY},?\s+)?"
            rf"(?P<year>{_YEAR}),\s+",
            0,
        ),
        "summit_year": (rf"\b(?P<year>{_YEAR})\s+(?:\w+\s+){{0,2}}summit", re.IGNORECASE),
        "since": (
            r"^\s*(?:of\s+(?:the\s+)?(?:SCO|Shanghai\s+Cooperation\s+Organi[sz]ation|organi[sz]ation"
            rf"|bloc|grouping)\s+)?\)?\s*,?\s*(?:since|from)\s+(?P<year>{_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        # founding
        "founded": (
            r"\b(?:founded|established|created|set\s+up|formed|launched|born|inaugurated"
            r"|first\s+(?:convened|met|gathered)"
            r"|founding|establishment|creation|inception|birth|formation)(?!\w)",
            re.IGNORECASE,
        ),
        "five_of": (
            r"\bShanghai[- ](?:Five|5)(?:\s+(?:grouping|group|mechanism|forum|format|process"
            rf"|framework))?\s*(?:of\s+|\()(?P<year>{_YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        "five_became": (
            r"\bShanghai[- ](?:Five|5)\b[^.;]{0,60}?\b(?:became|was\s+(?:renamed|rebranded|transformed"
            r"|turned|upgraded|expanded|enlarged|reorgani[sz]ed|reborn)|turned|evolved|grew|transformed"
            r"|expanded|morphed)\s+(?:into\s+|as\s+|to\s+)?(?:the\s+)?(?:SCO|Shanghai\s+Cooperation"
            r"\s+Organi[sz]ation)\b(?:\s*\(SCO\))?(?:\s*,?\s*(?:in|on)\s+(?:\d{1,2}\s+)?"
            rf"(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<year>{_YEAR})(?!\d))?",
            re.IGNORECASE,
        ),
        "shanghai_five": (r"\bShanghai[- ](?:Five|5)\b", re.IGNORECASE),
        "year_any": (rf"(?<!\d)(?P<year>{_YEAR})(?!\d)", 0),
        # summits
        "summit": (
            r"\bsummits?\b|\bCouncil\s+of\s+(?:the\s+)?Heads\s+of\s+State\b|\bHeads\s+of\s+State"
            r"\s+Council\b|\b(?P<meeting>meeting|gathering)\b",
            re.IGNORECASE,
        ),
        "hosted": (
            r"\bhost(?:ed|s)?\b(?P<virtual>\s+(?:virtually|online|by\s+video\s*link))?",
            re.IGNORECASE,
        ),
        "virtual": (
            r"\b(?:virtual(?:ly)?|online|video\s*(?:link|conference)|videoconference)\b",
            re.IGNORECASE,
        ),
        "place": (
            r"(?P<place>[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|de|el))*?)(?=\W|$)",
            0,
        ),
    }
    pattern, flags = groups[name]
    return re.compile(pattern, flags)


# -- counts -------------------------------------------------------------------


def _counts(sentence: str) -> Iterator[Claim]:
    # Anchored on the nouns (a fast scan), each rule then reads a short window
    # around one: scanning the whole sentence with the number rule costs more.
    seen: set[tuple[str, int]] = set()
    for noun in _NOUN.finditer(sentence):
        low, high = max(0, noun.start() - 60), min(len(sentence), noun.end() + 20)
        # "a bloc of ten countries" ends in countries, nations or states only
        names = ("count", "bloc_of") if noun.group()[0] in "cnsCNS" else ("count",)
        for name in names:
            for match in _rx(name).finditer(sentence, low, high):
                if (name, match.start()) in seen or not match.start() <= noun.start() < match.end():
                    continue
                seen.add((name, match.start()))
                claim = _count(sentence, match) if name == "count" else _bloc_of(sentence, match)
                if claim is not None:
                    yield claim
    for name in ("membership_to", "bloc_of_bare", "number_of"):
        if name == "number_of" and not re.search("(?:number|total) of", sentence, re.IGNORECASE):
            continue
        for match in _rx(name).finditer(sentence):
            value = lx.number(match["num"])
            subject = _status_in(match, "noun") if name == "number_of" else "member"
            before = sentence[max(0, match.start() - 40) : match.start()]
            if (
                value is not None
                and value >= 2
                and not _about_other(sentence, match.start())
                and not _PAST_OR_DENIED.search(before)
                and not _rx("future").search(before)
            ):
                yield Claim("count", subject, value, match.start(), match.end(), {})
    for dash in _DASH_NOUN.finditer(sentence):
        low = max(0, dash.start() - 15)
        for match in _rx("compound").finditer(sentence, low, min(len(sentence), dash.end() + 120)):
            if (
                "compound",
                match.start(),
            ) in seen or not match.start() < dash.start() < match.end():
                continue
            seen.add(("compound", match.start()))
            value = lx.number(match["num"])
            before = sentence[max(0, match.start() - 40) : match.start()]
            if (
                value is not None
                and not _about_other(sentence, match.start())
                and not (
                    _rx("history").search(before)
                    and not _forecast_from(sentence, match.start(), before)
                )
                and not _forecast_into(sentence, match.start())
            ):
                # "the 26-nation SCO family": all its countries, not its members
                family = re.match(
                    r"(?:\s+[\w'-]+)?\s+(?:family|community)\b", sentence[match.end() :]
                )
                subject = (
                    "country"
                    if family or match.group().endswith(("family", "community"))
                    else "member"
                )
                yield Claim("count", subject, value, match.start(), match.end(), {})


_FORECAST = re.compile(
    r"\b(?:will|would|shall|expected|expects|set\s+to|plans?\s+to|planned|if|hopes?\s+to)\b",
    re.IGNORECASE,
)


def _forecast_into(sentence: str, position: int) -> bool:
    """ "expected to join in 2017, turning the six-member SCO into an eight-member
    organisation": the count after 'into' is the forecast one."""
    before = sentence[max(0, position - 30) : position]
    if not re.search(r"\binto\s+(?:an?\s+|the\s+)?$", before, re.IGNORECASE):
        return False
    return _FORECAST.search(sentence[max(0, position - WINDOW) : position]) is not None


def _forecast_from(sentence: str, position: int, before: str) -> bool:
    """ "... will ..., turning the six-member SCO into ...": a forecast turns the count
    of today, not a past one ("It turned the six-nation organisation into ...")."""
    if not re.search(r"\bturn(?:s|ing)?\s+(?:the\s+|its\s+|a\s+)?$", before, re.IGNORECASE):
        return False
    return _FORECAST.search(sentence[max(0, position - WINDOW) : position]) is not None


_PAST_OR_DENIED = re.compile(
    r"\b(?:no\s+longer|not|never|once|former(?:ly)?|originally|initially|then)\b", re.IGNORECASE
)
_NOUN = re.compile(r"member|observer|partner|founder|countries|nations|states", re.IGNORECASE)
_DASH_NOUN = re.compile(r"-(?:member|nation|country|state|strong)", re.IGNORECASE)


# What else has founders: "founders" alone counts the SCO's only where none is named.
_FOUNDED_OTHER = re.compile(
    r"\b(?:company|companies|firm|start-?up|business|brand|band|party|website|magazine"
    r"|newspaper|charity|foundation|school|university|institute|fund)\b",
    re.IGNORECASE,
)


def _count(sentence: str, match: re.Match[str]) -> Claim | None:
    value = lx.number(match["num"])
    before = sentence[max(0, match.start() - 40) : match.start()]
    if value == 1 and not match["total"] and _status_in(match, "noun") != "member":
        # "now counts one observer state" (but "one member state objected")
        if not re.search(r"\b(?:counts?|has|had|have|with)\s+(?:now\s+|only\s+|just\s+)?$", before):
            return None
    elif value is None or value < 2:
        return None
    if _about_other(sentence, match.start()):
        return None
    after = sentence[match.end() : match.end() + 60]
    approx = _rx("approx").search(before)
    if approx and (_rx("reached").search(before) or _membership_cue(match, before)):
        approx = (
            None  # "grew from six to nine members", "expanded its membership to eight countries"
        )
    if _SHANGHAI_FIVE_COUNT.search(sentence, max(0, match.start() - 4), match.end()):
        return None  # "the Five members": the Shanghai Five's
    if approx or _rx("of_other").match(after) or _elsewhere(after):
        return None
    if _rx("future").search(before) or _forecast_into(sentence, match.start()):
        return None
    if (
        _rx("history").search(before)
        and not _forecast_from(sentence, match.start(), before)
        and not _membership_cue(match, before)
    ):
        return None
    if match["total"]:
        # Fewer than six countries were never the SCO's total: "the two countries" is
        # about some of them; "countries in Asia" about a region.
        if (
            value < 6
            or "dozen" in match["num"].lower()
            or not (_mentions(sentence, "sco_org") or _mentions(sentence, "statuses_named"))
            or _rx("in_other").match(after)
        ):
            return None
        if _ATTENDED.search(before) or _ATTENDED_AFTER.match(after):
            return None  # "leaders of 14 countries attended": who came, not who belongs
        subject = _countries_meaning(before)
        # "ten countries are full members", "six countries founded the SCO"
        role = _rx("total_role").match(after)
        if role and (_rx("of_other").match(after[role.end() :]) or _elsewhere(after[role.end() :])):
            return None
        if role:
            subject = "founding_member" if role["founded"] else "member"
    else:
        subject = _status_in(match, "noun")
        # "26 member, observer and partner countries": statuses listed, a total counted
        listed = _rx("listed_statuses").match(after)
        if listed and _ATTENDED.search(before):
            return None  # "heads of 12 member and observer states": who came
        if listed:
            end = match.end() + listed.end()
            return Claim("count", "country", value, match.start(), end, {})
        if re.match(r"\s*(?:,|and|or)\s+(?:observer|dialogue|partner|member)", after):
            return None
        if match["noun"].lower().startswith("founder") and (
            _FOUNDED_OTHER.search(sentence) or _mentions(sentence, "other_org")
        ):
            return None  # "the startup's two founders"
    return Claim("count", subject, value, match.start(), match.end(), {})


# "consists of 8 countries", "founded by six countries", "expanded its membership to eight
# countries": countries that are members; "27 countries, members and partners" says all.
_MEMBERSHIP_CUE = re.compile(
    r"\b(?P<founded>(?:founded|established|created|formed|set\s+up)\s+(?:in\s+\d{4}\s+)?by(?:\s+the"
    r"\s+leaders\s+of)?)?(?:consists?\s+of|consisted\s+of|compris(?:e|es|ed|ing)|composed\s+of"
    r"|made\s+up\s+of|(?:expanded|grew|enlarged|increased|rose)\s+(?:its\s+membership\s+)?to"
    r"|membership\s+(?:of|to)|the\s+following)?\s+(?:(?:the|its|just|only|all)\s+)?$",
    re.IGNORECASE,
)
_ATTENDED = re.compile(
    r"\b(?:leaders|heads|representatives|delegations?|delegates|officials|presidents|ministers"
    r"|envoys|guests)\s+(?:of|from)\s+(?:the\s+)?(?:more\s+than\s+|some\s+|about\s+)?$",
    re.IGNORECASE,
)
_ATTENDED_AFTER = re.compile(
    r"(?:'|\u2019)?\s*(?:leaders\s+)?(?:attended|took\s+part|participated|were\s+present|gathered"
    r"|came|sent\s+delegations|were\s+represented)\b",
    re.IGNORECASE,
)


_SHANGHAI_FIVE_COUNT = re.compile(r"\b[Tt]he\s+Five\s+(?:members|countries|states|nations)\b")


def _membership_cue(match: re.Match[str], before: str) -> bool:
    return bool(match["total"]) and _countries_meaning(before) != "country"


def _countries_meaning(before: str) -> str:
    """What 'N countries' counts, by the words before it: members, founders or all."""
    cue = _MEMBERSHIP_CUE.search(before)
    if cue is None or cue.group().strip() == "":
        return "country"
    return "founding_member" if cue["founded"] else "member"


def _bloc_of(sentence: str, match: re.Match[str]) -> Claim | None:
    value = lx.number(match["num"])
    if value is None or _about_other(sentence, match.start()):
        return None
    subject = "member" if match["noun"].lower() in _BLOC_WORDS else "country"
    return Claim("count", subject, value, match.start(), match.end(), {})


_BLOC_WORDS = frozenset("bloc grouping group organisation organization alliance club".split())


def _status_in(match: re.Match[str], group: str) -> str:
    """The status of the status noun matched in `group` of a larger pattern."""
    inner = _rx("status").fullmatch(match[group])
    return lx.status_of_match(inner) if inner else "member"


@lru_cache(maxsize=16)
def _mentions(sentence: str, rule: str) -> bool:
    """Whether `rule` matches anywhere in the sentence: asked once a sentence, not once a match."""
    return _rx(rule).search(sentence) is not None


def _about_other(sentence: str, position: int) -> bool:
    """True when the organisation named last before `position` is not the SCO."""
    before = sentence[max(0, position - WINDOW) : position]
    last_other = max((m.end() for m in _rx("other_org").finditer(before)), default=-1)
    if last_other < 0:
        return False
    last_sco = max((m.end() for m in _rx("sco_org").finditer(before)), default=-1)
    return last_other > last_sco


# -- countries and their statuses ---------------------------------------------


class _Group(NamedTuple):
    start: int
    end: int
    members: tuple[tuple[str, str], ...]  # (iso3, name as written)
    adjectives: bool


def _groups(sentence: str) -> list[_Group]:
    """Country names, merged into lists: 'India, Pakistan and Iran' is one group."""
    # [start, end, members, adjectives], made into _Group at the end (a list grows
    # in place: a list of a thousand names costs a thousand steps, not a million)
    building: list[tuple[int, list[int], list[tuple[str, str]], bool]] = []
    for match in lx.country_regex().finditer(sentence):
        if not lx.starts_a_word(sentence, match.start()):
            continue
        found = lx.country(match.group())
        if found is None:  # pragma: no cover - every match is a key of the table
            continue
        iso3, adjective = found
        item = (iso3, match.group())
        if building and building[-1][3] == adjective:
            end = building[-1][1]
            gap = sentence[end[0] : match.start()]
            if len(gap) < 20 and _rx("list_sep").match(gap):
                end[0] = match.end()
                building[-1][2].append(item)
                continue
        building.append((match.start(), [match.end()], [item], adjective))
    return [_Group(start, end[0], tuple(items), adj) for start, end, items, adj in building]


def _elided(sentence: str, group: _Group, head: str, tail: str, previous: Claim) -> Iterator[Claim]:
    """ "India and Pakistan joined in 2017, Iran in 2023": the verb and status of
    the claim before, a year of its own."""
    between = sentence[previous.end : group.start]
    # "..., Iran in 2023"; "Mongolia, which became the first observer in 2004, was followed by
    # India, Iran and Pakistan in 2005"
    elided = r"\s*,?\s*(?:and\s+)?(?:(?:(?:was|were)\s+)?(?:followed|joined)\s+by\s+(?:the\s+)?)?"
    if previous.detail.get("year") is None or not re.fullmatch(elided, between):
        return
    when = re.match(rf"\s+in\s+(?P<year>{_YEAR})(?!\d)", tail)
    if when is None:
        return
    year = (int(when["year"]), None)
    yield from _each(group, "joined", previous.value, group.start, group.end + when.end(), year)


def _statuses(sentence: str, today: str | None) -> Iterator[Claim]:
    groups = _groups(sentence)
    previous: Claim | None = None
    for index, group in enumerate(groups):
        limit = groups[index + 1].start if index + 1 < len(groups) else len(sentence)
        tail = sentence[group.end : min(limit, group.end + WINDOW)]
        previous_end = groups[index - 1].end if index else 0
        head = sentence[max(previous_end, group.start - WINDOW // 2) : group.start]
        claims = list(_about_group(sentence, group, head, tail, today))
        if not claims and previous is not None:
            claims = list(_elided(sentence, group, head, tail, previous))
        if not claims and not group.adjectives:
            # a single name before ("founded in Shanghai, China, ... by the leaders of China,
            # Russia ...") does not end the words a phrasing reads; a list does
            floor = previous_end if index and len(groups[index - 1].members) > 1 else 0
            claims = list(_bound(sentence, group, floor, today))
        yield from claims
        previous = next((c for c in reversed(claims) if c.kind == "joined"), None)
        if claims and group.start + len(tail) > claims[-1].end:
            # "Iran, which became an observer in 2005, joined as a member in 2023"
            rest = sentence[claims[-1].end : group.end + len(tail)]
            again = re.match(r"\s*,\s*(?:and\s+)?(?=\w)", rest)
            if again and _rx("joining").match(" " + rest[again.end() :]):
                moved = group._replace(end=claims[-1].end + again.end() - 1)
                for claim in _about_group(sentence, moved, head, " " + rest[again.end() :], today):
                    yield claim._replace(start=group.start)


_ELSEWHERE = re.compile(
    r"\s*[(,]?\s*(?:of|in|at|to|within|with|from|into|joined|join|joins|became|becomes)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'.-]*(?:\s+(?:of\s+|for\s+|and\s+|on\s+)?[A-Z][\w&'.-]*){0,5})"
)
_ORGANISATION_WORDS = re.compile(
    r"\b(?:Council|Union|Organi[sz]ation|Forum|Bank|League|Group|Community|Association|Alliance"
    r"|Treaty|Movement|Assembly|Commission|Parliament|Agency|Fund|Conference|Partnership"
    r"|Initiative|Cooperation|Pact|Club|Quad|Bloc|Committee)\b"
)


def _elsewhere(text: str) -> bool:
    """Whether `text` starts by placing a status in another organisation: 'at the Arctic
    Council', 'of BRICS', 'to the WTO' (but 'in Astana', 'at the 2024 Astana summit', 'in the SCO')."""
    match = _ELSEWHERE.match(text)
    if match is None:
        return False
    name = match["name"]
    if re.match(rf"(?:{lx.SCO_NAMES}|Shanghai)\b", name) or lx.country(name):
        return False
    if re.fullmatch(r"Organi[sz]ation|Bloc|Grouping", name.rstrip(".,'")):
        return False  # "a dialogue partner of the Organisation": the SCO, capitalised
    if re.match(r"\s*summit", text[match.end() :], re.IGNORECASE):
        return False
    first = name.split()[0].rstrip(".,'")
    acronym = len(first) > 1 and first.upper() == first and any(c.isalpha() for c in first)
    return acronym or bool(_ORGANISATION_WORDS.search(name))


def _about_group(
    sentence: str, group: _Group, head: str, tail: str, today: str | None
) -> Iterator[Claim]:
    if group.adjectives:
        # "the Afghan and Mongolian observers", "Iranian membership in 2023"
        match = _rx("status_after").match(tail)
        seated = _rx("seated_as").match(tail)
        if match is None and seated:
            status = _status_of(seated)
            yield from _each(
                group, "status", status, group.start, group.end + seated.end(), (None, None)
            )
            return
        if match and not match["ord"]:
            status = _status_of(match)
            year = _year_after(tail[match.end() :], today)
            kind = "joined" if year[0] is not None else "status"
            yield from _each(group, kind, status, group.start, group.end + match.end(), year)
        return
    granted_to = _rx("granted_to").search(head)
    if granted_to and not _rx("future").search(head[: granted_to.start()]):
        year = _year_after(tail, today)
        if year[0] is None:
            year = _year_before(head, sentence, today)
        start = group.start - len(head) + granted_to.start()
        yield from _each(group, "joined", _status_of(granted_to), start, group.end, year)
        return
    granted = _rx("granted_before").search(head)
    if granted and re.search(
        r"\b(?:will|would|could|might|may|shall|should|procedure|process)\b",
        head[max(0, granted.start() - 30) : granted.start()],
        re.IGNORECASE,
    ):
        granted = None  # "the procedure that will, in time, make India and Pakistan members"
    if granted and not _rx("future").search(head[: granted.start()]):
        match = _rx("status_after").match(tail)
        # "with Belarus as its tenth member" (but "a deal with Pakistan as a partner")
        with_partner = match and not match["ord"] and _status_of(match) == "partner"
        if with_partner and granted.group().lower().startswith("with"):
            match = None
        if match:
            year = _year_after(tail[match.end() :], today)
            start = group.start - len(head) + granted.start()
            if granted.group().lower().startswith("with") and year[0] is None:
                # "with Afghanistan and Mongolia remaining observers": a status
                status = _status_of(match)
                yield from _each(group, "status", status, start, group.end + match.end(), year)
                return
            if year[0] is None:
                year = _year_before(head, sentence, today)
            yield from _each(
                group, "joined", _status_of(match), start, group.end + match.end(), year
            )
            return
    admitted = _rx("admitted_before").search(head)
    when = _rx("when").match(tail.lstrip()) if admitted else None
    if (
        admitted
        and when
        and tail.lstrip().startswith("in")
        and _mentions(sentence, "sco_org")
        and not _rx("future").search(head[: admitted.start()])
    ):
        start = group.start - len(head) + admitted.start()
        end = group.end + len(tail) - len(tail.lstrip()) + when.end()
        yield from _each(group, "joined", "member", start, end, (int(when["year"]), None))
        return
    yielded = False
    for claim in _possessive(sentence, group, head, tail, today):
        yielded = True
        yield claim
    if yielded:
        return
    match = _rx("appositive").match(tail)
    if match and _elsewhere(tail[match.end() :]):
        return
    if match:
        status = lx.status_of_match(_rx("status").fullmatch(match["status"]))  # type: ignore[arg-type]
        end = group.end + match.end()
        detail: dict[str, Any] = {}
        since = _rx("since").match(tail[match.end() :])
        if since:
            detail["since"] = int(since["year"])
            end += since.end()
        yield from _each(group, "status", status, group.start, end, (None, None), detail=detail)
        return
    match = _rx("predicate").match(tail)
    if match and _elsewhere(tail[match.end() :]):
        return
    if match and not _UNSURE.search(tail[: match.end()]):
        status = _status_of(match)
        end = group.end + match.end()
        detail = {}
        since = _rx("since").match(tail[match.end() :])
        if since:
            detail["since"] = int(since["year"])
            end += since.end()
        if match["ord"]:
            yield from _each(group, "joined", status, group.start, end, (None, None), match["ord"])
        else:
            yield from _each(group, "status", status, group.start, end, (None, None), detail=detail)
        return
    match = _rx("joining").match(tail)
    if match:
        yield from _joined(sentence, group, head, tail, match, today)
        return
    # "Belarus, until now a dialogue partner, was elevated to observer": past the aside
    aside = re.match(r"\s*,[^,]{1,60},", tail)
    if aside:
        match = _rx("joining").match(tail[aside.end() :])
        if match:
            moved = group._replace(end=group.end + aside.end())
            for claim in _joined(sentence, moved, head, tail[aside.end() :], match, today):
                yield claim._replace(start=group.start)
            return
    match = _rx("list_before").search(head)
    if match and _pairs(group, head, sentence[group.end : group.end + 40]):
        match = None
    if match and match["like"] and not match["status"].lower().endswith("s"):
        match = None  # "Iran, an observer state like India": a likeness, not a list
    if match:
        status = lx.status_of_match(_rx("status").fullmatch(match["status"]))  # type: ignore[arg-type]
        if status != "member" or match["status"].lower().startswith(("member", "full")):
            start = group.start - len(head) + match.start("status")
            yield from _each(group, "status", status, start, group.end, (None, None))


def _bound(sentence: str, group: _Group, floor: int, today: str | None) -> Iterator[Claim]:
    """A list bound to a status by a declared phrasing (claims/phrasings.py)."""
    binding = coordination.bind(sentence, group.start, group.end, floor)
    if binding is None or _pairs(group, sentence[floor : group.start], sentence[group.end :][:40]):
        return
    year: tuple[int | None, str | None] = (None, None)
    if binding.rule.kind == "joined":
        year = _year_after(sentence[binding.end : binding.end + 80], today)
        if year[0] is None:
            year = _year_before(
                sentence[max(floor, binding.start - 80) : binding.start], sentence, today
            )
    # "India and Pakistan join the SCO": told in the present, it may be announced, not yet made
    present = binding.rule.kind == "joined" and _PRESENT_JOIN.search(
        sentence, group.end, binding.end
    )
    detail = {"tense": "present"} if present else None
    yield from _each(
        group, binding.rule.kind, binding.status, binding.start, binding.end, year, detail=detail
    )


_PRESENT_JOIN = re.compile(r"\b(?i:join|joins)\b")


def _pairs(group: _Group, head: str, tail: str) -> bool:
    """ "from Egypt to Cambodia", "India and China, or India and Pakistan", "India and
    Pakistan, and China and India": a range or pairs of countries, not a list of statuses."""
    codes = [iso3 for iso3, _ in group.members]
    if len(set(codes)) < len(codes):
        return True
    if re.search(r"\bfrom\s+(?:the\s+)?$", head) and re.match(r"\s+to\s", tail):
        return True
    return re.match(r"\s*,?\s+or\s+(?:the\s+)?[A-Z]", tail) is not None


_PROCESS = re.compile(
    r"\b(?:procedure|process|path|road|roadmap|talks|negotiations|bid|application|steps?)\s+"
    r"(?:for|to(?:wards?)?|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _possessive(
    sentence: str, group: _Group, head: str, tail: str, today: str | None
) -> Iterator[Claim]:
    """ "Mongolia's observer status", "Iran's accession in 2023", "the accession of Iran in 2023"."""
    match = _rx("possessive").match(tail)
    of = None if match else _rx("accession_of").search(head)
    if match is None and of is None:
        return
    rest = tail[match.end() :] if match else tail
    if _elsewhere(rest):
        return
    end = group.end + (match.end() if match else 0)
    start = group.start if match else group.start - len(head) + of.start()  # type: ignore[union-attr]
    if match and (match["status_name"] or match["status"]):
        if _PROCESS.search(head[-40:]):
            return  # "the procedure for Iran's membership": on its way, not yet held
        status = _status_of(match)
        since = _rx("since").match(rest)
        if since:
            detail = {"since": int(since["year"])}
            yield from _each(
                group, "status", status, start, end + since.end(), (None, None), detail=detail
            )
            return
        year = _year_after(rest[:30], today)
        kind = "joined" if year[0] is not None else "status"
        yield from _each(
            group, kind, status, start, end + (_year_end(rest[:30]) if year[0] else 0), year
        )
        return
    # an accession: membership, unless a status follows ("the elevation of Belarus to observer")
    found = _rx("status_after").match(rest)
    status = _status_of(found) if found else "member"
    noun = match["accession"] if match else (of.group() if of else "")
    if found is None and re.search(r"elevation|upgrad|promotion", noun, re.IGNORECASE):
        return
    if found:
        rest, end = rest[found.end() :], end + found.end()
    year = _year_after(rest[:40], today)
    if year[0] is None and found is None:
        return  # "launched Iran's accession": a process, not yet a claim
    if year[0] is None:
        year = _year_before(head, sentence, today)
    yield from _each(group, "joined", status, start, end + _year_end(rest[:40]), year)


def _joined(
    sentence: str, group: _Group, head: str, tail: str, match: re.Match[str], today: str | None
) -> Iterator[Claim]:
    """After a joining verb: the status (joined alone means member), an ordinal, a year."""
    rest = tail[match.end() :]
    clause = re.split(r"[;:]|,\s+(?:but|while|and|which|who)\b|\s+(?:and|but)\s+(?=[A-Z])", rest)[0]
    found = _rx("status").search(clause) or _rx("status_name").search(clause)
    verb = match["verb"].lower().strip()
    # "joined the WTO", "became a BRICS member", "a member of the Arctic Council"
    if _elsewhere(" joined" + clause) or (
        found and _rx("other_org").search(clause[: found.start()])
    ):
        return
    if found and _elsewhere(clause[found.end() :]):
        return
    if (
        found is not None
        and verb.startswith(("join", "acced"))
        and len(clause[: found.start()]) > 60
        and re.match(rf"\s+(?:the\s+)?(?:{lx.SCO_NAMES})\b", clause)
    ):
        # "joined the Shanghai Cooperation Organisation on Thursday, becoming the group's
        # 10th member": joining the SCO is membership; the status far after is a new clause
        found = None
    if found is None:
        # "joined" alone means membership, unless it joined someone: "Afghanistan joins Mongolia";
        # so does "admitted" when the SCO or a date follows ("India, admitted in 2017")
        after = sentence[group.end + match.end() : group.end + match.end() + 80]
        admitted = verb.endswith(("admitted", "accepted")) and re.match(
            rf"\s*(?:(?:to|into)\s+(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|grouping)|in\s+"
            rf"(?:\w+\s+)?{_YEAR})",
            after,
        )
        joined = verb.startswith(("join", "acced"))
        if not (joined or admitted) or lx.country_regex().match(after.lstrip()):
            return
        if _rx("joined_other").match(after):
            return  # "joined the list early", "joined their neighbours"
        status, status_end = "member", 0
    else:
        gap = clause[: found.start()]
        # "was elevated to observer": a "to" right after the verb is not a future
        if len(gap) > 60 or _UNSURE.search(re.sub(r"^\s*to\s", " ", gap)):
            return
        status, status_end = lx.status_of_match(found), found.end()
        if _rx("of_other").match(clause[status_end : status_end + 40]):
            return
    ordinal = (
        re.search(rf"(?P<ord>{lx.ordinal_pattern()})\s+\S*\s*$", clause[: found.start()])
        if found
        else None
    )
    year = _year_after(clause, today)
    if year[0] is None:
        year = _year_before(head, sentence, today)
    end = group.end + match.end() + max(status_end, _year_end(clause))
    yield from _each(
        group, "joined", status, group.start, end, year, ordinal["ord"] if ordinal else None
    )


def _status_of(match: re.Match[str]) -> str:
    if match.groupdict().get("status"):
        return lx.status_of_match(_rx("status").fullmatch(match["status"]))  # type: ignore[arg-type]
    return lx.status_of_match(_rx("status_name").fullmatch(match["status_name"]))  # type: ignore[arg-type]


def _year_after(text: str, today: str | None) -> tuple[int | None, str | None]:
    """The year in the first words of `text`: 'in 2017', 'at the 2017 Astana summit', 'last year';
    not past a comma that opens another clause ('..., the seat it had coveted since 2009')."""
    window = re.split(
        r",\s*(?!(?:in|on|at|during|back\s+in|both|all|each)\b)|;|\u2014|\s--\s|\(",
        text[:80],
        maxsplit=1,
    )[0]
    when = _rx("when").search(window)
    summit = _rx("summit_year").search(window)
    relative = _rx("relative").search(window)
    found = [m for m in (when, summit) if m is not None]
    if found:
        first = min(found, key=lambda m: m.start())
        if relative is None or first.start() < relative.start():
            return int(first["year"]), None
    if relative is not None:
        return _relative_year(relative["rel"], today), f"{relative['rel'].lower()} year"
    return None, None


def _year_end(text: str) -> int:
    window = text[:80]
    ends = [m.end() for m in (_rx("when").search(window), _rx("summit_year").search(window)) if m]
    return min(ends) if ends else 0


def _year_before(head: str, sentence: str, today: str | None) -> tuple[int | None, str | None]:
    match = _rx("in_year_before").search(head)
    if match:
        return int(match["year"]), None
    if sentence[:3].lower() == "in ":
        opening = _rx("when").match(sentence[:40])
        if opening:
            return int(opening["year"]), None
    return None, None


def _relative_year(word: str, today: str | None) -> int | None:
    if today is None:
        return None
    if word.lower() == "last month":  # in the year before only when read in January
        return int(today[:4]) - (today[5:7] == "01")
    offset = {"last": -1, "previous": -1, "this": 0, "next": 1}[word.lower()]
    return int(today[:4]) + offset


def _each(
    group: _Group,
    kind: str,
    status: str,
    start: int,
    end: int,
    year: tuple[int | None, str | None],
    ordinal: str | None = None,
    detail: dict[str, Any] | None = None,
) -> Iterator[Claim]:
    """One claim for each country of a group."""
    for iso3, _name in group.members:
        extra = dict(detail or {})
        extra["iso3"] = iso3
        if kind == "joined":
            extra["year"] = year[0]
            if year[1]:
                extra["relative"] = year[1]
            if ordinal:
                extra["ordinal"] = lx.ordinal(ordinal)
        yield Claim(kind, lx.DISPLAY[iso3], status, start, end, extra)


# -- founding -----------------------------------------------------------------


def _founding(sentence: str, today: str | None = None) -> Iterator[Claim]:
    if "hanghai" in sentence:
        yield from _shanghai_five(sentence)
    for match in _rx("founded").finditer(sentence):
        head = sentence[max(0, match.start() - 80) : match.start()]
        tail = sentence[match.end() : match.end() + 80]
        five = _rx("shanghai_five").search(head)
        if five and re.search(rf"\b(?:{lx.SCO_NAMES})\b", head[five.end() :]):
            five = None  # "the Shanghai Five was enlarged and the SCO founded in 2001"
        # "formed the Shanghai Five", 'form the "Shanghai Five"'
        five = five or _rx("shanghai_five").match(
            re.sub(r"\A(?:the\s+)?[\"\u201c']?", "", tail.lstrip())
        )
        if match.group().lower().startswith("first") and not five:
            continue
        if _FOUNDED_THING.search(head):
            continue  # "the admission procedure launched in 2021": founded, but not the SCO  # "first met in 1996" names the Shanghai Five's start, no other's
        if not five and not _rx("sco_org").search(head + " " + tail[:50]):
            # "The organisation, which grew out of ..., was founded in Shanghai": its subject
            subject = re.match(
                rf"\s*(?:(?:The|This|Its)\s+(?:SCO|organi[sz]ation|bloc|grouping)|{lx.SCO_NAMES}|It)\b",
                sentence,
            )
            pronoun = re.search(
                r"\b(?:it|its|which|(?:organi[sz]ation|bloc|grouping)\s+that)\s+(?:was\s+)?$",
                head,
                re.IGNORECASE,
            )
            opener = not head.strip() and _mentions(
                sentence, "sco_org"
            )  # "Founded in 2001, the SCO"
            if not pronoun and not opener and not (subject and re.search(r"\bwas\s+$", head)):
                continue
            # "It was founded in Shanghai in 2001": in an article about the SCO, the SCO,
            # unless the sentence names another organisation
            if not _mentions(sentence, "sco_org") and _mentions(sentence, "other_org"):
                continue
        if _about_other(sentence, match.start()):
            continue
        when = re.match(
            r"\s*(?:(?:was|were)\s+(?:formally\s+|officially\s+)?(?:announced|proclaimed|declared"
            r"|formali[sz]ed|agreed)\s+)?"
            rf"(?:(?:the\s+)?(?:SCO|organi[sz]ation|bloc|grouping)\s+)?(?:by\s+(?:[\w'-]+,?\s+){{1,8}}?)?"
            rf"(?:in\s+[A-Z]\w+\s+)?(?:(?:in|on)\s+(?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?:{_DAY},?\s+)?"
            rf"(?P<year>{_YEAR})|(?P<bare>{_YEAR})(?=\s*[),;])|(?P<ago>{lx.number_pattern()})\s+years?"
            r"\s+ago\b)",
            tail,
        )
        before = re.search(rf"(?P<year>{_YEAR})(?:'s|\u2019s)?\s+(?:\w+\s+)?$", head)
        if when is None and before is None:
            if five:
                # "In 1996, the five formed the Shanghai Five": the year that opens it
                opening = _year_before(head, sentence, None)[0] if five.string is not head else None
                if opening is not None:
                    yield Claim(
                        "founding", "Shanghai Five", opening, match.start(), match.end(), {}
                    )
                continue
            when = re.match(rf"\s*\(?(?P<year>{_YEAR})\)", tail)
            # "In 2001, six countries founded the SCO"
            active = re.match(rf"\s+(?:the\s+)?(?:{lx.SCO_NAMES})\b", tail)
            opening = _year_before(head, sentence, None)[0] if active and not when else None
            if opening is not None and active is not None:
                yield Claim(
                    "founding", "SCO", opening, match.start(), match.end() + active.end(), {}
                )
            if when is None:
                continue
        found_year = when or before
        if found_year is None:  # pragma: no cover - without either the loop went on
            continue
        ago = found_year.groupdict().get("ago")
        if ago is not None:
            # "founded 22 years ago": by the article's date, or not a claim it can check
            if today is None or five:
                continue
            year = int(today[:4]) - (lx.number(ago) or 0)
        else:
            year = int(found_year["year"] or found_year.groupdict()["bare"])
        if five:
            start = (
                match.start() - len(head) + five.start() if five.string is head else match.start()
            )
            end = match.end() + (when.end() if when else 0)
            yield Claim("founding", "Shanghai Five", year, start, end, {})
            continue
        detail: dict[str, Any] = {}
        city = re.search(
            r"\bin\s+(?P<city>Shanghai|Beijing|Moscow|[A-Z][a-z]+)\b(?!\s+(?:Five|5))", tail[:60]
        )
        if city and not lx.country(city["city"]) and not re.fullmatch(_MONTH, city["city"]):
            detail["city"] = city["city"]
        start = match.start() - (len(head) - before.start()) if before else match.start()
        end = match.end() + max(
            when.end() if when else 0, city.end() if city and "city" in detail else 0
        )
        yield Claim("founding", "SCO", year, start, end, detail)


_FOUNDED_THING = re.compile(
    r"\b(?:procedure|process|program+e?|initiative|project|fund|cent(?:re|er)|mechanism|bank|forum"
    r"|platform|talks|mission|exercise|website|channel|structure|secretariat)s?"
    r"\s+(?:(?:was|were|is|had\s+been|has\s+been)\s+)?\Z",
    re.IGNORECASE,
)


def _shanghai_five(sentence: str) -> Iterator[Claim]:
    """ "the Shanghai Five grouping of 1996"; "the Shanghai Five became the SCO in 2001"."""
    for match in _rx("five_of").finditer(sentence):
        yield Claim("founding", "Shanghai Five", int(match["year"]), *match.span(), {})
    for match in _rx("five_became").finditer(sentence):
        year = int(match["year"]) if match["year"] else None
        if year is None:
            head = sentence[max(0, match.start() - 80) : match.start()]
            year = _year_before(head, sentence, None)[0]
        if year is not None:
            yield Claim("founding", "SCO", year, *match.span(), {})


# -- summits ------------------------------------------------------------------

_PLACE = r"(?P<place>(?:St\.\s*)?[A-Z][\w'\u2019-]*(?:[- ](?:[A-Z][\w'\u2019-]*))?)"
_NOT_PLACES = frozenset(
    [
        *"SCO The This That Its It Council Heads State Leaders Summit China's Russia's".split(),
        *("The SCO", "This SCO", "An SCO"),
        # words that open a summit's name and are no place: "the Jubilee Summit"
        *"Jubilee Anniversary Annual Extraordinary Regular Historic Landmark Next Last".split(),
        *"Previous Upcoming Latest Recent First Second Third Anniversary Informal".split(),
    ]
)


@cache
def _summit_rx(name: str) -> re.Pattern[str]:
    filler = (
        r"(?:(?:SCO|SCO's|annual|virtual|online|anniversary|jubilee|leaders'?|heads-of-state)\s+)*"
    )
    patterns = {
        "year_before": rf"(?P<year>{_YEAR})\s+{filler}(?:{_PLACE}\s+)?{filler}$",
        "rel_before": (
            rf"(?:(?P<rel>(?i:last|this|next|previous))\s+year|(?P<month>(?i:last\s+month))"
            rf"|(?P<now>(?i:this\s+(?:week|month)|today"
            r"|yesterday|(?:last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))))"
            rf"(?:'s|\u2019s)\s+{filler}(?:{_PLACE}\s+)?{filler}$"
        ),
        "ord_before": rf"(?P<ord>{lx.ordinal_pattern()})\s+{filler}(?:{_PLACE}\s+)?{filler}$",
        "place_before": rf"(?<![\w-]){_PLACE}\s+{filler}$",
        "place_after": (
            r"^\s*,?\s*(?:of\s+(?:the\s+)?(?:SCO(?:'s|\u2019s)?\s+|Shanghai\s+Co-?operation\s+Organi[sz]ation"
            r"(?:\s*\(SCO\))?\s+)?(?:(?i:heads\s+of\s+state|leaders"
            r"|member\s+states|Council\s+of\s+Heads\s+of\s+State)\s+)?)?(?:\(?(?:was|is|will\s+be|being|were)\s+)?(?:(?:held|hosted"
            r"|convened|staged|organi[sz]ed|closed|opened|ended|began|met)\s+|(?:took|takes|will\s+take|to\s+take)\s+place\s+)?"
            r"(?:in|at)\s+(?:the\s+(?:[\w-]+\s+){0,3}?(?:capital|city|town|resort|port)(?:\s+of|\s*,)?\s+)?"
            rf"{_PLACE}(?:\s*,\s*(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?=\s*,|\s+(?:in|on)\s))?"
        ),
        "year_after": (
            rf"^\s*,?\s*(?:held\s+)?(?:in|of|on)\s+(?:(?:early|mid|late)[- ]?)?(?:{_DAY}\s+)?(?:{_MONTH}\s+)?"
            rf"(?:{_DAY},?\s+)?(?P<year>{_YEAR})(?!\d)"
        ),
        "rel_after": r"^\s*(?:in\s+\w+\s+)?(?P<rel>last|this|next|previous)\s+year\b",
        "year_paren": rf"^\s*\((?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?P<year>{_YEAR})\)",
        "host_after": (
            r"^\s*,?\s*(?:which\s+was\s+|that\s+was\s+)?(?:hosted|held|chaired)\s+"
            rf"(?P<virtual>virtually\s+|online\s+)?by\s+(?:the\s+)?{_PLACE}"
        ),
        # "Bishkek, the Kyrgyz capital, which last hosted the leaders in 2019"
        "which_hosted": (
            r"\b(?:(?:which|that)\s+)?(?:(?:last|first|also|previously|once)\s+)?hosted\s+(?:the\s+|a\s+"
            r"|its\s+)?(?:(?:SCO(?:'s)?|bloc's"
            r"|organi[sz]ation's|annual)\s+)*(?:summit|leaders|heads\s+of\s+state|gathering)\s+"
            rf"(?:(?:back|last)\s+)?(?:in|on)\s+(?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?:{_DAY},?\s+)?"
            rf"(?P<year>{_YEAR})(?!\d)"
            # "which also hosted the 2018 summit"
            r"|\b(?:which|that)\s+(?:(?:last|first|also|previously|once)\s+)?hosted\s+(?:the|its)\s+"
            rf"(?P<year_first>{_YEAR})\s+(?:SCO\s+)?summit\b"
        ),
        "place_before_which": (rf"(?<![\w-]){_PLACE}(?:\s*,\s+[^,]{{1,60}},|\s*,)?\s*$"),
        # "Tashkent hosted in 2016": the summit of the sentence, its object left out
        "hosted_in": (
            rf"(?<![\w-]){_PLACE}\s+(?:(?:also|first|last|then)\s+)?hosted\s+(?:it\s+|one\s+|them\s+)?"
            rf"(?:in|on)\s+(?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?:{_DAY},?\s+)?(?P<year>{_YEAR})(?!\d)"
        ),
        # "Recent hosts include Kyrgyzstan (Bishkek, 2019), Russia (online, 2020)"
        "host_paren": (
            rf"(?<![\w-]){_PLACE}\s*\((?:(?P<city>[A-Z][\w'\u2019.-]*(?:[- ][A-Z][\w'\u2019-]*)?)"
            r"|(?P<virtual>online|virtual(?:ly)?|by\s+video\s*link|via\s+video\s*link))\s*,\s*"
            rf"(?P<year>{_YEAR})\)"
        ),
        # "Kyrgyzstan will take over the chair and host the next summit in 2026"
        "will_host": (
            rf"(?<![\w-]){_PLACE}\s+will\s+(?:[\w'-]+\s+){{0,6}}?(?:and\s+)?host\s+(?:the\s+|its\s+)?"
            rf"(?:next\s+|following\s+)?(?:(?P<year1>{_YEAR})\s+)?{filler}summit(?:\s+in\s+(?P<year>{_YEAR}))?"
        ),
        # "leaders met in Astana in 2017 for the summit"
        "met_in": (
            r"\b(?i:leaders|heads\s+of\s+state|presidents)\s+(?:\w+\s+)?(?:met|gathered|convened"
            rf"|assembled)\s+in\s+{_PLACE}\s+(?:in|on)\s+(?:{_DAY}\s+)?(?:{_MONTH}\s+)?"
            rf"(?:{_DAY},?\s+)?(?P<year>{_YEAR})(?!\d)"
        ),
        "hosted_by": (
            rf"\bhosted\s+(?P<virtual>virtually\s+|online\s+)?by\s+(?:the\s+)?{_PLACE}"
            rf"(?:\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<year>{_YEAR}))?"
        ),
        "host_hosted": (
            rf"(?<![\w-]){_PLACE}\s+(?:(?:also|first|virtually|last)\s+)?(?:hosted|hosts|will\s+host"
            r"|played\s+host\s+to|(?:was|is|will\s+be)\s+(?:the\s+)?host\s+(?:to|of))\s+(?:the\s+|a\s+|its\s+)?"
            rf"(?:(?P<year1>{_YEAR})\s+)?{filler}summit(?P<virtual>\s+(?:virtually|online))?"
            rf"(?:\s+(?:in|on)\s+(?:\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<year>{_YEAR}))?"
        ),
    }
    return re.compile(patterns[name])


def _summits(sentence: str, today: str | None, entry: bool = False) -> Iterator[Claim]:
    for match in _rx("summit").finditer(sentence):
        head = sentence[max(0, match.start() - 80) : match.start()]
        tail = sentence[match.end() : match.end() + 100]
        # "the 2005 Astana meeting", "the 2020 meeting hosted virtually by Russia": a
        # meeting is a summit only with its year and its place or host, of the leaders
        meeting = match["meeting"] is not None
        if meeting and _rx("not_leaders").search(head[-40:] + tail[:30]):
            continue
        start, end = match.start(), match.end()
        year: int | None = None
        relative = place = host = None
        ordinal = None
        virtual = bool(_rx("virtual").search(head[-30:] + tail[:40]))
        for name in ("year_before", "rel_before", "ord_before", "place_before"):
            found = _summit_rx(name).search(head)
            if found:
                start = match.start() - len(head) + found.start()
                place = found["place"]
                if name == "year_before":
                    year = int(found["year"])
                elif name == "rel_before":
                    # "this week's summit", "Monday's summit": in the article's year
                    relative = (
                        found["rel"].lower()
                        if found["rel"]
                        else "last month"
                        if found["month"]
                        else "this"
                    )
                elif name == "ord_before":
                    ordinal = lx.ordinal(found["ord"])
                break
        after = _summit_rx("place_after").match(tail)
        if after and (place is None or place in _NOT_PLACES):
            place = after["place"]
            end = match.end() + after.end()
            tail_rest = tail[after.end() :]
        else:
            tail_rest = tail
        offset = match.end() + len(tail) - len(tail_rest)
        if year is None and relative is None:
            found = _summit_rx("year_after").match(tail_rest) or _summit_rx("year_paren").match(
                tail_rest
            )
            rel = _summit_rx("rel_after").match(tail_rest)
            if found:
                year, end = int(found["year"]), offset + found.end()
            elif rel:
                relative, end = rel["rel"].lower(), offset + rel.end()
        hosted = _summit_rx("host_after").match(tail_rest)
        if hosted:
            host, end = hosted["place"], offset + hosted.end()
            virtual = virtual or bool(hosted["virtual"])
        if year is None and relative is None:
            # "In July 2005, at the Astana summit", "On 9 June 2017, at a summit in Astana"
            opening = _rx("opening_at").match(sentence)
            if (
                opening
                # a chronology's entry is dated whole: "June 2017 - ... at the Astana summit"
                and (entry or opening.end() >= match.start() - 40)
                and (
                    re.search(
                        r"\b(?i:at|during)\s+(?:the|a|an|its)\s+(?:[\w'\u2019-]+\s+){0,3}$", head
                    )
                    # "September 2021 - The Dushanbe summit launches ...": the entry's subject
                    or (
                        entry
                        and re.fullmatch(
                            r"(?i:the\s+)?(?:[\w'\u2019-]+\s+){0,3}",
                            sentence[opening.end() : match.start()],
                        )
                    )
                )
            ):
                year = int(opening["year"])
        dated = "year"
        if year is None and relative is None:
            # "closed in Beijing yesterday", "met in Dushanbe on Thursday": the article's date
            day = _DAY_WORD.match(tail_rest) or _DAY_WORD.match(tail)
            if day and today:
                relative, dated = "this", f"the article's date ({day.group().strip(' ,').lower()})"
        if year is None and relative is not None:
            year = _relative_year(relative, today)
            dated = dated if dated != "year" else "the article's date"
        elif year is None and (ordinal is None or ordinal < 2 or host is not None):
            continue  # "the first summit hosted by India" is India's first, not the first
        elif year is None:
            dated = "its ordinal"  # "the 12th summit was held in Beijing"
        if meeting and (place is None or place in _NOT_PLACES) and host is None:
            continue
        if meeting and _about_other(sentence, match.start()):
            continue
        claim = _summit_claim(year, place, host, virtual, relative, ordinal, start, end)
        if claim is not None and dated != "year":
            claim = claim._replace(detail={**claim.detail, "dated": dated})
        if claim is not None:
            yield claim
    for name in ("hosted_by", "host_hosted", "will_host"):
        for match in _summit_rx(name).finditer(sentence):
            found_year = match["year"] or (match.groupdict().get("year1"))
            if found_year is None:
                window = sentence[max(0, match.start() - WINDOW) : match.start()]
                earlier = list(_rx("summit_year").finditer(window))
                if earlier:
                    found_year = earlier[-1]["year"]
                else:  # "In 2023 India hosted a virtual summit"
                    found_year = _year_before(window, sentence, None)[0]
                if found_year is None:
                    continue
            if not _mentions(sentence, "summit"):
                continue
            virtual = bool(match.groupdict().get("virtual")) or bool(
                _rx("virtual").search(sentence[max(0, match.start() - 40) : match.end()])
            )
            claim = _summit_claim(
                int(found_year),
                None,
                match["place"],
                virtual,
                None,
                None,
                match.start(),
                match.end(),
            )
            if claim is not None:
                yield claim
    for match in _summit_rx("which_hosted").finditer(sentence):
        head = sentence[max(0, match.start() - 80) : match.start()]
        place = _summit_rx("place_before_which").search(head)
        # "which last hosted the leaders in 2019": the SCO's, unless another is named
        if place is None or _about_other(sentence, match.start()):
            continue
        start = match.start() - len(head) + place.start()
        year = int(match["year"] or match["year_first"])
        claim = _summit_claim(year, None, place["place"], False, None, None, start, match.end())
        if claim is not None:
            yield claim
    if "host" in sentence:
        for match in _summit_rx("host_paren").finditer(sentence):
            if not _about_other(sentence, match.start()):
                claim = _summit_claim(
                    int(match["year"]),
                    match["city"],
                    match["place"],
                    bool(match["virtual"]),
                    None,
                    None,
                    *match.span(),
                )
                if claim is not None:
                    yield claim
    for match in itertools.chain(
        _summit_rx("met_in").finditer(sentence), _summit_rx("hosted_in").finditer(sentence)
    ):
        if _mentions(sentence, "summit") and not _about_other(sentence, match.start()):
            claim = _summit_claim(
                int(match["year"]), match["place"], None, False, None, None, *match.span()
            )
            if claim is not None:
                yield claim


_DAY_WORD = re.compile(  # right after the summit or its place: "closed in Beijing yesterday"
    r"\s*,?\s*(?:yesterday|today|tomorrow|this\s+week(?:end)?|last\s+week(?:end)?|(?:on|last|this|next)\s+"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b",
    re.IGNORECASE,
)


def _summit_claim(
    year: int | None,
    place: str | None,
    host: str | None,
    virtual: bool,
    relative: str | None,
    ordinal: int | None,
    start: int,
    end: int,
) -> Claim | None:
    detail: dict[str, Any] = {}
    for name in (place, host):
        if name is not None:
            name = re.sub(
                r"^(?:SCO(?:'s|\u2019s)\s+)|^(?:The|This|That|At|In|When|While|After|Before|Since|As|If|Although|Though"
                r"|Until|Once|Where|And|But|So)\s+|\s+(?:SCO|Summit)$|(?:'s|\u2019s|')$",
                "",
                name,
            )
        if name and re.fullmatch(lx.OTHER_ORGANISATIONS, name):
            return None  # "the G20 summit", "the BRICS summit in Kazan"
        if not name or name in _NOT_PLACES or re.fullmatch(_MONTH, name):
            continue
        if re.match(r"Shanghai[- ](?:Five|5)", name):
            return None  # a summit of the Shanghai Five, before the SCO
        found = lx.country(name)
        if found is not None and not found[1]:
            detail["host"] = found[0]
        elif found is None and "city" not in detail:
            detail["city"] = lx.CITY_SPELLINGS.get(" ".join(name.split()), name)
    if not detail:
        return None
    if virtual:
        detail["virtual"] = True
    if relative:
        detail["relative"] = relative if relative.endswith("month") else f"{relative} year"
    if ordinal:
        detail["ordinal"] = ordinal
    subject = detail.get("city") or lx.DISPLAY[detail["host"]]
    return Claim("summit", subject, year, start, end, detail)


# -- the whole sentence -------------------------------------------------------

# Cheap tests (literal words, a fast scan) that let a sentence skip rules that cannot apply.
_COUNT_GATE = re.compile(
    "member|observer|partner|founder|countr|nation|state|bloc of|grouping of|club of"
)
_FOUNDING_GATE = re.compile("found|shanghai|establish|creat|set up|formed|launch|born|incep")


# A reference list's entry: '- "Belarus officially joins SCO", Kazinform, 4 July 2024.'
_CITATION = re.compile(
    rf"\s*(?:[-*\u2022\u2013]|\[?\d{{1,3}}[.\])]|\^)?\s*[\"\u201c][^\"\u201d]{{5,300}}[\"\u201d]\s*[,.]"
    rf"\s*[^,]{{1,80}},\s*(?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?:{_DAY},?\s+)?{_YEAR}\b"
)


_BULLET = r"(?:[-*\u2022\u00b7]\s+)?"  # a list item's mark, before an entry or a fact


# A table's row laid out as text: "China  Founding member  2001", "| Iran | Observer |"
_ROW = re.compile(
    r"\|?\s*(?P<name>[A-Z][\w'\u2019 .-]{1,40}?)\s*(?:\||\s)\s*"
    rf"(?P<status>{lx.status_pattern()})\s*(?:\|\s*)?(?:(?:since\s+)?(?P<year>{_YEAR})\s*)?\|?\s*",
    re.IGNORECASE,
)


# A fact box's line: "Member states: 10", "Partners: 17", "Founded: 2001, Shanghai"
_FACT_LINE = re.compile(
    rf"{_BULLET}(?:(?P<founded>(?:SCO\s+)?(?:founded|established|created))"
    r"|(?P<five>Shanghai[- ](?:Five|5)(?:\s+(?:formed|founded|established|created))?)"
    rf"|(?:SCO\s+)?(?P<noun>{lx.status_pattern()}))\s*:\s*"
    rf"(?:(?P<year>{_YEAR})(?:,\s*(?P<city>[A-Z][a-z]+))?|(?P<num>\d{{1,2}}))"
    r"\s*(?:\([^()]{0,60}\))?\s*\.?",
    re.IGNORECASE,
)


def _fact_line(sentence: str) -> Claim | None:
    line = _FACT_LINE.fullmatch(sentence)
    if line is None:
        return None
    end = len(sentence.rstrip(" ."))
    if line["noun"] and line["num"]:
        status = lx.status_of_match(_rx("status").fullmatch(line["noun"]))  # type: ignore[arg-type]
        return Claim("count", status, int(line["num"]), 0, end, {})
    if line["founded"] and line["year"]:
        detail = {"city": line["city"]} if line["city"] else {}
        return Claim("founding", "SCO", int(line["year"]), 0, end, detail)
    if line["five"] and line["year"] and not line["city"]:
        return Claim("founding", "Shanghai Five", int(line["year"]), 0, end, {})
    return None


def _table_row(sentence: str) -> Claim | None:
    row = _ROW.fullmatch(sentence)
    found = lx.country(row["name"].strip(" .")) if row else None
    if row is None or found is None or found[1]:
        return None
    status = lx.status_of_match(_rx("status").fullmatch(row["status"]))  # type: ignore[arg-type]
    detail: dict[str, Any] = {"iso3": found[0]}
    if row["year"]:
        detail["since"] = int(row["year"])
    return Claim("status", lx.DISPLAY[found[0]], status, 0, len(sentence.rstrip(" |")), detail)


# A chronology's entry: "June 2017 - India and Pakistan join as full members",
# "2001: six states found the SCO". Its date opens it, and its verbs are in the present.
_ENTRY = re.compile(
    rf"{_BULLET}(?P<date>(?:{_DAY}\s+)?(?:{_MONTH}\s+)?(?:{_DAY},?\s+)?{_YEAR})\s*(?:[\u2013\u2014:]|-\s)\s*"
)
_PRESENT = {
    "join": "joined", "joins": "joined", "become": "became", "becomes": "became",
    "form": "formed", "forms": "formed", "found": "founded", "founds": "founded",
    "establish": "established", "establishes": "established", "create": "created",
    "creates": "created", "launch": "launched", "launches": "launched", "host": "hosted",
    "hosts": "hosted", "admit": "admitted", "admits": "admitted", "grant": "granted",
    "grants": "granted", "accede": "acceded", "accedes": "acceded",
}  # fmt: skip
_PRESENT_RX = re.compile(r"\b(?:" + "|".join(_PRESENT) + r")\b")


def _entry(sentence: str, today: str | None) -> list[Claim] | None:
    """The claims of a chronology's entry, read as the sentence "In June 2017, India
    and Pakistan joined ..." would be, placed back in the entry's own words."""
    entry = _ENTRY.match(sentence)
    if entry is None:
        return None
    # pieces of the rewritten sentence: (its text, where it stands in the entry)
    pieces = [(f"In {entry['date']}, ", (0, entry.end()))]
    position = entry.end()
    for verb in _PRESENT_RX.finditer(sentence, entry.end()):
        pieces.append((sentence[position : verb.start()], (position, verb.start())))
        pieces.append((_PRESENT[verb.group()], verb.span()))
        position = verb.end()
    pieces.append((sentence[position:], (position, len(sentence))))
    starts, text = [], ""
    for piece, span in pieces:
        starts.append((len(text), len(text) + len(piece), span, piece == sentence[slice(*span)]))
        text += piece

    def placed(offset: int, end: bool) -> int:
        for low, high, (first, last), kept in starts:
            if low <= offset < high or (end and offset == high):
                return first + (offset - low) if kept else (last if end else first)
        return len(sentence)

    return [
        claim._replace(start=placed(claim.start, False), end=placed(claim.end, True))
        for claim in claims_in(text, today, entry=True)
    ]


def claims_in(sentence: str, today: str | None = None, entry: bool = False) -> list[Claim]:
    """Every claim in one sentence, in order of position; `today` (an ISO date)
    reads relative years such as "last year's Astana summit"; `entry`: the sentence
    is a chronology's entry, rewritten to open with its date."""
    if _CITATION.match(sentence):
        return []
    if len(sentence) < 80 and (row := _table_row(sentence) or _fact_line(sentence)) is not None:
        return [row]
    if not entry:
        dated = _entry(sentence, today)
        if dated is not None:
            return dated
    lowered = sentence.lower()
    found: list[Claim] = []
    if _COUNT_GATE.search(lowered):
        found += _counts(sentence)
    found += _statuses(sentence, today)
    if _FOUNDING_GATE.search(lowered):
        found += _founding(sentence, today)
    if (
        "summit" in lowered
        or "host" in lowered
        or "heads of state" in lowered
        or "meeting" in lowered
    ):
        found += _summits(sentence, today, entry)
    found = [_of_body(sentence, _timed(sentence, c)) for c in found if _not_refused(sentence, c)]
    return _deduplicated(found) if len(found) > 1 else found


# "a founding member of the Shanghai Five", "one of the founders of the Shanghai-5":
# the founders named are the Shanghai Five's (1996), not the SCO's (2001).
_OF_SHANGHAI_FIVE = re.compile(
    r"[\s,]*(?:in\s+\d{4}\s+)?of\s+(?:the\s+)?Shanghai[\s-]*(?:Five|5)\b", re.I
)


def _of_body(sentence: str, claim: Claim) -> Claim:
    """A founding-member claim whose words are followed by the Shanghai Five names its founders."""
    if "founding_member" not in (claim.value, claim.subject) or claim.kind not in (
        "status",
        "count",
    ):
        return claim
    if _OF_SHANGHAI_FIVE.match(sentence, claim.end) is None:
        return claim
    return claim._replace(detail={**claim.detail, "body": "Shanghai Five"})


def _not_refused(sentence: str, claim: Claim) -> bool:
    """The guard stage, on the claims it reads (counts, founding and summits guard themselves)."""
    if claim.kind not in ("status", "joined"):
        return True
    return guards.refused(sentence, claim.start, claim.end) is None


def _timed(sentence: str, claim: Claim) -> Claim:
    """A status or count placed at another time than the article's ("Earlier, India was an
    observer", "eight members in 2017") carries that time in `time`, for the judge."""
    if claim.kind not in ("status", "count") or "founding_member" in (claim.subject, claim.value):
        return claim
    if "since" in claim.detail:
        return claim
    when = guards.time_of(sentence, claim.start, claim.end)
    return claim if when is None else claim._replace(detail={**claim.detail, "time": when})


def _deduplicated(claims: list[Claim]) -> list[Claim]:
    """One claim per kind, subject and value where two rules found the same words."""
    kept: list[Claim] = []
    reach: dict[tuple[str, str, Any], int] = {}  # the furthest end kept for each claim
    for claim in sorted(claims, key=lambda c: (c.start, -c.end)):
        # one count of one phrase: "the bloc of 27 countries" is one claim, not two
        key = (claim.kind, "" if claim.kind == "count" else claim.subject, claim.value)
        if reach.get(key, -1) > claim.start:
            continue  # it overlaps one kept: sorted by start, only the furthest end matters
        kept.append(claim)
        reach[key] = max(reach.get(key, -1), claim.end)
    return kept


def claims_of(sentences: Iterable[Sentence], today: str | None) -> Iterator[tuple[Sentence, Claim]]:
    """Every claim of a document, sentence by sentence, with the sentence it stands in;
    a sentence a subtitle or a caption repeats (one of the two a paragraph alone) is
    read once: one phrase, one claim."""
    listed = list(sentences)
    alone = {p for p, n in Counter(s.paragraph for s in listed).items() if n == 1}
    seen: dict[str, bool] = {}  # a sentence's words -> whether it stood alone
    for sentence in listed:
        words = " ".join(sentence.text.split())
        single = sentence.paragraph in alone
        if words in seen and (single or seen[words]):
            continue
        seen[words] = seen.get(words, False) or single
        read = sentence.read  # without invisible characters, mapped back by in_original
        for claim in claims_in(read.text if read else sentence.text, today):
            if read:
                start, end = in_original(read, claim.start, claim.end)
                claim = claim._replace(start=start, end=end)
            yield sentence, claim
