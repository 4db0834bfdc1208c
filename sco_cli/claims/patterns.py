"""The named patterns the rules of claims/ are written with, compiled on first use."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal, NamedTuple

from sco_cli.claims import lexicon as lx

WINDOW = 160  # characters read after a landmark; before it, half that


YEAR = r"(?:19[89]\d|20[0-4]\d)"
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "in 2017", "in June 2017", "on 9 June 2017", "on June 9, 2017", "in mid-2017"
# a day or a span of days: "9", "3-4", "15th"
DAY = r"\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?(?:st|nd|rd|th)?"
WHEN = (
    rf"(?:in|on|since|from|during)\s+(?:(?:early|mid|late)[- ]?)?(?:the\s+)?(?:{DAY}\s+)?"
    rf"(?:{MONTH}\s+)?(?:{DAY},?\s+)?(?:of\s+)?(?P<year>{YEAR})(?!\d)"
)
RELATIVE = r"(?P<rel>(?i:last|this|next|previous))\s+year"
# Words that make a status hoped for, future, denied or past: no claim then.


@cache
def rx(name: str) -> re.Pattern[str]:
    """The rules, compiled on first use (a command that finds no claims compiles none)."""
    pattern, flags = table()[name]
    return re.compile(pattern, flags)


@cache
def table() -> dict[str, tuple[str, int]]:
    """Each named pattern: its regular expression and its flags (EXAMPLES: its examples)."""
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
    return {
        # "10 member states", "ten full members", "two observer states", "17 partners"
        "count": (
            rf"(?P<num>{num})\s+(?:(?:key|main|principal|major|core)\s+)?{adjective}{{0,2}}"
            rf"(?:(?P<noun>{status})|(?P<total>countries|nations"
            rf"|states))(?![\w-])",
            re.IGNORECASE,
        ),
        # "the eight-member bloc", "nine-member SCO", "the 10-nation Eurasian security grouping"
        "compound": (
            rf"(?P<num>{num})-(?:member|nation|country|state|strong)(?:-strong)?\s+"
            # "an eight-member transcontinental political, economic, and security organization"
            r"(?:[\w'\u2019-]+,?\s+){0,5}?(?:bloc|grouping|group|organi[sz]ation|SCO|alliance"
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
            r"\b(?:will|would|could|may|might|shall|(?:set|poised|due|expected|slated|likely)\s+to)"
            r"\s+(?:\w+\s+){0,4}?(?:count|have|number|include"
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
            # (a name's year in brackets before it: "Mongolia (2004), Belarus (2015) and ...")
            rf"(?:\s*{lx.BRACKETED_YEAR})?"
            r"\s*(?:,\s*(?:and\s*(?:now\s+|also\s+)?|&\s+)?|\s+and\s+(?:now\s+|also\s+)?|\s*&\s*"
            # a bulleted list run together: "- China - Russia - India"; a numbered one
            # ("1. China 2. Russia"); a comma lost ("Kazakhstan Kyrgyzstan") or glued (", andChina")
            r"|,?\s+as\s+well\s+as\s+|\s+[-\u2022\u00b7*]\s+|\s+\d{1,2}[.)]\s+|(?<=\s))(?:the\s+)?$",
            0,
        ),
        # Words inside one list that do not end it: a parenthesis after a name ("India (2017),
        # Iran (2023)", "- Belarus (joined in July 2024) - Mongolia"; one naming a status is an
        # appositive, read by the group rules), or the kind of the names after it ("China, Russia
        # and four Central Asian countries -- Kazakhstan, ...", "and former Soviet republics of")
        "list_filler": (
            r"\s*\((?![^()]*(?i:member|observer|partner|status|candidate|applicant|guest))[^()]{1,40}\)"
            r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|[-\u2022\u00b7*]\s+)(?:the\s+)?$"
            r"|\s*,?\s+and\s+(?:the\s+)?(?:[\w-]+\s+)?(?i:former\s+Soviet|ex-Soviet|Central\s+Asian"
            r"|neighbou?ring|other)\s+(?i:countries|republics|states|nations)\s*(?:of\s+|,\s*|:\s*|--\s*"
            r"|[\u2014\u2013]\s*)(?:the\s+)?$",
            0,
        ),
        # After a country or list: ", an observer state", " (a dialogue partner since 2012)"
        "appositive": (
            rf"\s*(?:,|\(|\u2014|\u2013|--)\s*(?:(?:both|all|each|now|also|itself|themselves|currently"
            rf"|presently|still)\s+)?{determiner}(?:[\w-]+\s+(?:member|ally|partner|state)\s+and\s+(?:an?\s+)?(?=SCO\b))?"
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
            rf"(?:(?P<status_name>{lx.status_name_pattern()})|(?P<status>{status}))(?![\w-])"
            r"(?!\s+of\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|group|it\b)))",
            re.IGNORECASE,
        ),
        # " joined the SCO as full members in 2017", ", which became an observer in 2005"
        "joining": (
            # a list's last name may keep a comma before its verb ("A, B, as well as C, became")
            r"\s*(?:(?:,|\(|\u2014|\u2013|--)\s*(?:which|who|having)\s+|\s+|,\s+(?=became\b)|,\s*(?:(?:officially|formally"
            r"|finally|only|all|both|each|themselves|itself)\s+)?(?=(?:admitted|accepted|granted"
            r"|elevated|upgraded|promoted|made)\b))"
            r"(?:(?:had|has|have)\s+)?(?:(?:officially|formally|finally|also|both|then|thus|now"
            r"|effectively|eventually|thereby|duly|later|subsequently|afterwards|soon)\s+)?"
            r"(?P<verb>joined|joins|became|become|becomes"
            r"|(?:(?<=,)|(?<=,\s)|(?<=officially\s)|(?<=formally\s)|(?<=finally\s)|(?<=only\s)"
            r"|(?<=all\s)|(?<=both\s)|(?<=each\s)|(?<=itself\s))(?:admitted|accepted|granted|elevated"
            r"|upgraded|promoted|made)"
            r"|(?:was|were)\s+(?:(?:formally|officially|finally|eventually|unanimously|also|then"
            r"|later|subsequently|soon)\s+)?"
            r"(?:admitted|accepted|granted|given|upgraded|elevated|promoted|made|inducted)"
            r"|acceded|accedes"
            r"|(?<=having\s)(?:joined|become|gained|obtained|received|acquired|won|secured)"
            r"|gained|gains|obtained|obtains|received|receives|acquired|won|got|secured"
            # a move between statuses: "moved from dialogue partner to observer" (group_rules
            # reads the status after "to")
            r"|(?:moved|went|progressed|graduated|rose)(?=\s+from\b))(?!\w)",
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
            # "joined the SCO Plus session", "joined the SCO drills": a meeting of the SCO's; "the
            # SCO Energy Club", "the SCO-Afghanistan Contact Group": a body of the SCO's; "the SCO
            # family" (partners are in it too)
            r"(?!\s+(?:SCO(?!\s*(?:\+|Plus\b|(?:session|meeting|talks|conference|forum|exercises?"
            r"|drills?|games|(?:observer\s+)?mission|family(?!\s+as\b))\b"
            r"|[-\u2013]?\s*(?:[\w-]+\s+){0,3}(?:Club|Group|Council|Consortium|Cent(?:re|er)|Commission"
            r"|Committee|Fund|Bank|University|Network|Association|Mission)\b))|Shanghai|organi[sz]ation|bloc|group(?:ing)?|club|body|alliance|forum"
            # "joined the association on equal rights", not "the Association of Southeast Asian Nations"
            r"|ranks|summit|full|founding|original|association(?!\s+of\b))\b)(?!\s+\d)",
            re.IGNORECASE,
        ),
        # What may stand between a joining verb and the bare noun "partner" for it to be the
        # SCO's status ("became an SCO partner", "was made the bloc's newest partner"); any
        # other word qualifies a partnership of another kind ("strategic", "close", "key")
        "partner_plain": (
            r"\s*(?:(?:as|into|to|the\s+status\s+of|status\s+as)\s+)?(?:(?:an?|the|its|their"
            r"|one\s+of\s+the|SCO(?:'s|\u2019s)?|bloc(?:'s|\u2019s)?|organi[sz]ation(?:'s|\u2019s)?"
            r"|grouping(?:'s|\u2019s)?|Shanghai|new|newest|latest|most\s+recent|official|formal|full"
            rf"|also|now|both|all|each|then|{lx.ordinal_pattern()})\s+)*",
            re.IGNORECASE,
        ),
        # After the noun "partner": a partnership in a field or with another party
        # ("partners in trade", "a partner for China", "partners with Moscow"), not the SCO's
        "partner_elsewhere": (
            r"\s+(?:(?:in|on|across)\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|group"
            rf"|dialog|\d|(?:early|mid|late)\b|{MONTH}))(?=[a-z])|(?:for|with|against|to)\s+"
            r"(?!(?:the\s+)?(?:SCO|Shanghai|organi[sz]ation|bloc|group)))",
            0,
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
        # its name first: " to observer status" is read to its end, not to "observer"
        "status_after": (
            rf"\s+(?:(?:as|into|to)\s+)?{determiner}(?:(?P<ord>{lx.ordinal_pattern()})\s+)?"
            rf"{superlative}?{adjective}{{0,2}}(?:(?P<status_name>{lx.status_name_pattern()})"
            rf"|(?P<status>{status}))(?![\w-])",
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
            rf"\b(?:In|in|By|by)\s+(?:\w+\s+)?(?P<year>{YEAR}),?\s+(?:the\s+)?$",
            0,
        ),
        "when": (WHEN, re.IGNORECASE),
        "relative": (RELATIVE, re.IGNORECASE),
        # a meeting of others than the heads of state is no summit
        "not_leaders": (
            r"\b(?:minist|foreign|defen[cs]e|prime|government|secretar|envoy|expert|official|business"
            r"|youth|parliament|security\s+council|board|committee|working|chiefs|bilateral|side)",
            re.IGNORECASE,
        ),
        # another council's summit, named right before the word: "the SCO Heads of Government
        # Summit", "the Prime Ministers' summit", "the foreign ministers summit" (the Council of
        # Heads of State holds the summit; these councils meet on their own)
        "other_council": (
            r"\b(?:heads?\s+of\s+governments?|government\s+heads|premiers?|prime\s+ministers?"
            r"|(?:foreign|defen[cs]e|economy|trade|energy|transport|finance|interior)\s+ministers?)"
            r"(?:'s|\u2019s|'|\u2019)?\s+(?:\([A-Za-z-]{1,12}\)\s+)?\Z",
            re.IGNORECASE,
        ),
        "opening_at": (
            rf"\s*(?:In|On)\s+(?:(?:early|mid|late)[- ]?)?(?:{DAY}\s+)?(?:{MONTH}\s+)?(?:{DAY},?\s+)?"
            rf"(?P<year>{YEAR}),\s+",
            0,
        ),
        "summit_year": (rf"\b(?P<year>{YEAR})\s+(?:\w+\s+){{0,2}}summit", re.IGNORECASE),
        "since": (
            r"^\s*(?:of\s+(?:the\s+)?(?:SCO|Shanghai\s+Cooperation\s+Organi[sz]ation|organi[sz]ation"
            rf"|bloc|grouping)\s+)?\)?\s*,?\s*(?:since|from)\s+(?P<year>{YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        # founding
        "founded": (
            r"\b(?:founded|established|created|set\s+up|formed|launched|born|inaugurated"
            r"|first\s+(?:convened|met|gathered)"
            r"|founding|establishment|creation|inception|birth|formation"
            # "an intergovernmental organization announced by A, B and C on 15 June 2001"
            r"|(?:(?<=organization\s)|(?<=organisation\s))(?:announced|proclaimed)"
            # "A, B and C set the group up in Shanghai in 2001"
            r"|set\s+(?P<object>the\s+(?:group|grouping|organi[sz]ation|bloc)|the\s+SCO|SCO)\s+up)(?!\w)",
            re.IGNORECASE,
        ),
        "five_of": (
            r"\bShanghai[- ](?:Five|5)(?:\s+(?:grouping|group|mechanism|forum|format|process"
            rf"|framework))?\s*(?:of\s+|\()(?P<year>{YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        "five_became": (
            r"\bShanghai[- ](?:Five|5)\b[^.;]{0,60}?\b(?:became|was\s+(?:renamed|rebranded|transformed"
            r"|turned|upgraded|expanded|enlarged|reorgani[sz]ed|reborn)|turned|evolved|grew|transformed"
            r"|expanded|morphed|changed\s+(?:its\s+|their\s+)?name)\s+(?:into\s+|as\s+|to\s+)?(?:the\s+)?(?:SCO|Shanghai\s+Cooperation"
            r"\s+Organi[sz]ation)\b(?:\s*\(SCO\))?(?:\s*,?\s*(?:in|on)\s+(?:\d{1,2}\s+)?"
            rf"(?:{MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<year>{YEAR})(?!\d))?",
            re.IGNORECASE,
        ),
        "shanghai_five": (r"\bShanghai[- ](?:Five|5)\b", re.IGNORECASE),
        # "the Shanghai Five, active since 1996", "the SCO dates back to 1996, when the Shanghai Five"
        "five_since": (
            r"\bShanghai[- ](?:Five|5)\b[^.;]{0,40}?\b(?:(?:has\s+been\s+|was\s+)?(?:active|in\s+existence"
            r"|operating|existed|exists)\s+since|dates?\s+back\s+to|goes\s+back\s+to|(?:was\s+)?constituted"
            rf"\s+in)\s+(?P<year>{YEAR})(?!\d)|\b(?:dates?|goes)\s+back\s+to\s+(?P<back>{YEAR}),?\s+when"
            r"\s+(?:the\s+)?Shanghai[- ](?:Five|5)\b",
            re.IGNORECASE,
        ),
        # 'the "Shanghai Five", a cooperative mechanism of A, B and C launched in 1996': the
        # Five named, then what it is, then when it began (bounded: one clause)
        "five_described": (
            r"\bShanghai[- ](?:Five|5)\b[\"\u201d\u2019']?\s*(?:,|\(|\u2014|--)\s*(?:an?|the)\s+"
            r"(?:[\w'\u2019-]+\s+){0,3}?(?:mechanism|forum|grouping|group|format|framework|process)\b"
            r"[^.;()]{0,120}?\b(?:launched|established|set\s+up|formed|created|founded|started|begun"
            rf"|initiated)\s+in\s+(?:{MONTH}\s+)?(?P<year>{YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        # "originated from the meeting mechanism of the five countries in Shanghai established in 1996"
        "five_mechanism": (
            r"\b(?:(?:originated|grew|evolved|emerged|developed|stemmed|stems|arose)\s+(?:out\s+of|from)"
            r"|successor\s+(?:to|of)|outcome\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:mechanism|meetings?"
            r"|format|grouping|group|forum|process)\s+(?:of|among|between)\s+(?:the\s+)?five\s+"
            r"(?:countries|states|nations)\b[^.;()]{0,60}?(?:,\s*)?\b(?:(?:which|that)\s+(?:was|were)\s+)?"
            r"(?:launched|established|set\s+up|formed|created|founded|started|begun|initiated)\s+in\s+"
            rf"(?:{MONTH}\s+)?(?P<year>{YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        # "its history dates back to 1996, when the leaders of five countries met in Shanghai"
        "history_back": (
            r"\b(?:(?:SCO|organi[sz]ation|bloc|grouping)(?:'s|\u2019s)\s+|(?:its|their)\s+|the\s+)"
            r"(?:history|origins?|roots)\s+(?:of\s+(?:the\s+)?(?:SCO|organi[sz]ation|bloc|grouping)\s+)?"
            rf"(?:dates?|goes|go|trace[sd]?)\s+back\s+to\s+(?P<year>{YEAR}),?\s+when\b[^.;]{{0,120}}?"
            r"\bShanghai\b",
            re.IGNORECASE,
        ),
        # ", officially inaugurating the SCO": the founding, dated by the clause before it
        "founding_participle": (
            r",\s*(?:(?:and\s+)?(?:officially|formally|thus|thereby|so)\s+)?(?:inaugurating|launching"
            r"|founding|establishing|creating|setting\s+up)\s+(?:the\s+)?(?:SCO|Shanghai\s+Co-?operation"
            r"\s+Organi[sz]ation)\b(?![\u2019']s)(?!\s*\(SCO\)\s+[A-Z])(?!\s+[A-Z][a-z])",
            0,
        ),
        # "the Declaration on the Establishment of the SCO, signed in Shanghai on 15 June 2001"
        "declaration_of_establishment": (
            r"\bDeclaration\s+on\s+the\s+(?:Establishment|Creation|Founding|Formation)\s+of\s+the"
            r"\s+(?:SCO|Shanghai\s+Cooperation\s+Organi[sz]ation)\b[^.;]{0,80}?\b(?:in|on)\s+"
            rf"(?:\d{{1,2}}\s+)?(?:{MONTH}\s+)?(?:\d{{1,2}},?\s+)?(?P<year>{YEAR})(?!\d)",
            re.IGNORECASE,
        ),
        # summits
        "summit": (
            r"\bsummits?\b|\bCouncil\s+of\s+(?:the\s+)?Heads\s+of\s+State\b|\bHeads\s+of\s+State"
            r"\s+Council\b|\b(?P<meeting>meeting|gathering)\b",
            re.IGNORECASE,
        ),
        "virtual": (
            r"\b(?:virtual(?:ly)?|online|video\s*(?:link|conference)|videoconference)\b",
            re.IGNORECASE,
        ),
    }


# -- each named pattern's own examples ------------------------------------------
#
# How the rules apply a pattern (`match`: at the start of the words given, a list's
# tail; `search`: anywhere, a head's end for those ending in `$`; `fullmatch`: all
# of them), texts it must match, with the groups it must capture ("matched": all it
# matches), and texts it must not match. tests/claims/test_patterns.py runs them all,
# and checks that every named pattern has both.

Use = Literal["match", "search", "fullmatch"]
Example = tuple[str, dict[str, str]]


def ok(text: str, **groups: str) -> Example:
    """A text the pattern must match, and what its named groups must capture."""
    return text, groups


class Examples(NamedTuple):
    use: Use
    matches: tuple[Example, ...]
    not_matches: tuple[str, ...]


EXAMPLES: dict[str, Examples] = {
    # counts
    "count": Examples(
        "search",
        (
            ok("The SCO has 10 member states.", num="10", noun="member states"),
            ok("its ten full members", num="ten", noun="members"),
            ok("two observer states", num="two", noun="observer states"),
            ok("fourteen dialogue partners", num="fourteen", noun="dialogue partners"),
            ok("It now brings together 26 countries.", num="26", total="countries"),
        ),
        ("the ten-member bloc", "10 memberships", "ten million people"),
    ),
    "compound": Examples(
        "search",
        (
            ok("the eight-member bloc", num="eight", matched="eight-member bloc"),
            ok("Leaders of the nine-member SCO met.", num="nine"),
            ok("the 10-nation Eurasian security grouping", num="10"),
            ok("an eight-member regional political, economic, and security body", num="eight"),
        ),
        ("a ten-member delegation", "the eight-member team arrived"),
    ),
    "bloc_of": Examples(
        "search",
        (
            ok("a bloc of ten countries", noun="bloc", num="ten"),
            ok("a family of 26 nations", noun="family", num="26"),
        ),
        ("a bloc of ten million people", "a group of ten experts"),
    ),
    "approx": Examples(
        "search",
        (ok("more than "), ok("nearly "), ok("the other "), ok("up to "), ok("including ")),
        ("membership grew to ", "it rose to ", "The SCO has "),
    ),
    "membership_to": Examples(
        "search",
        (
            ok("its membership grew to ten", num="ten"),
            ok("membership now stands at nine", num="nine"),
            ok("Its members numbered nine.", num="nine"),
        ),
        ("membership rose to 40 percent", "trade grew to ten billion"),
    ),
    "number_of": Examples(
        "search",
        (
            ok("brings the number of dialogue partners to 14", noun="dialogue partners", num="14"),
            ok("the number of members rose to nine", noun="members", num="nine"),
        ),
        ("the number of observers rose by 20 percent", "a number of member states"),
    ),
    "bloc_of_bare": Examples(
        "search",
        (ok("the bloc of 10 met in Astana", num="10"), ok("the grouping of nine.", num="nine")),
        ("the bloc of 10 countries", "a club of ten thousand"),
    ),
    "of_other": Examples(
        "match",
        (ok(" of NATO"), ok(" of the European Union")),
        (" of the SCO", " of the organisation", " of it"),
    ),
    "reached": Examples(
        "search",
        (ok("grew from six to "), ok("brings the Eurasian bloc to "), ok("raised its total to ")),
        ("The SCO has ", "brings together "),
    ),
    "history": Examples(
        "search",
        (ok("expanded from the original "), ok("grew from "), ok("of just ")),
        ("The SCO has ", "from the summit in "),
    ),
    "future": Examples(
        "search",
        (
            ok("The SCO will count "),
            ok("It will then have "),
            ok("would become "),
            ok("The SCO is set to have "),
        ),
        ("It now has ", "It will host ", "It set up "),
    ),
    "listed_statuses": Examples(
        "match",
        (ok(", observer and partner countries"), ok(" and observer states")),
        (" countries", ", observers met"),
    ),
    "in_other": Examples(
        "match",
        (ok(" in Europe"), ok(" from Africa")),
        (" in the SCO", " in total", " in 2017", " in the room"),
    ),
    "statuses_named": Examples(
        "search",
        (ok("its observer states"), ok("dialogue partners"), ok("member states")),
        ("membership", "partners of the bloc"),
    ),
    "total_role": Examples(
        "match",
        (
            ok(" are full members"),
            ok(" as full members"),
            ok(" founded the SCO", founded="founded"),
        ),
        (" are observers", " signed"),
    ),
    # organisations
    "other_org": Examples(
        "search",
        (
            ok("the BRICS summit", matched="BRICS"),
            ok(
                "the Collective Security Treaty Organisation",
                matched="Collective Security Treaty Organisation",
            ),
            ok("a member of the European Union"),
        ),
        ("the Shanghai Cooperation Organisation", "the SCO summit"),
    ),
    "sco_org": Examples(
        "search",
        (ok("the Shanghai Cooperation Organization"), ok("the bloc"), ok("SCO leaders")),
        ("a bloc", "ASCOT"),
    ),
    # statuses and lists
    "status": Examples(
        "fullmatch",
        (
            ok("member states", member="member states"),
            ok("dialogue partners", dialogue_partner="dialogue partners"),
            ok("founding members", founding_member="founding members"),
            ok("observer", observer="observer"),
        ),
        ("membership", "observer status"),
    ),
    "status_name": Examples(
        "fullmatch",
        (
            ok("observer status", name_observer="observer status"),
            ok("membership", name_member="membership"),
            ok("dialogue partnership", name_dialogue_partner="dialogue partnership"),
        ),
        ("observers", "member states"),
    ),
    "list_sep": Examples(
        "match",
        (
            ok(", "),
            ok(" and "),
            ok(", and now "),
            ok(" (2004), "),
            ok(" as well as "),
            ok(", as well as "),
            ok(" - "),
            ok(" 2. "),
            ok(" "),
            ok(", and"),
        ),
        (" or ", "; ", "", " of the ", " 2024. "),
    ),
    "list_filler": Examples(
        "match",
        (
            ok(" (2017), "),
            ok(" (joined in July 2024) - "),
            ok(" and four Central Asian countries -- "),
            ok(", and the former Soviet republics of "),
        ),
        (" (an observer), ", " and Pakistan", " (since 2017 a member) and "),
    ),
    "appositive": Examples(
        "match",
        (
            ok(", an observer state", status="observer state"),
            ok(" (a dialogue partner since 2012)", status="dialogue partner"),
            ok(", the ninth member", ord="ninth", status="member"),
            ok(", currently observers", status="observers"),
        ),
        (", a member of NATO", ", the capital"),
    ),
    "predicate": Examples(
        "match",
        (
            ok(" is a member", status="member"),
            ok(", which has been an observer since 2005", status="observer"),
            # its name first: "has observer status since 2004" is read to its end and its year
            ok(" has observer status", status_name="observer status"),
            ok(" holds dialogue partner status", status_name="dialogue partner status"),
            ok(" is the tenth member", ord="tenth", status="member"),
        ),
        (" is a member of NATO", " is a country"),
    ),
    "joining": Examples(
        "match",
        (
            ok(" joined the SCO as full members in 2017", verb="joined"),
            ok(", which became an observer in 2005", verb="became"),
            ok(" subsequently became an observer", verb="became"),
            ok(" was later admitted as a member", verb="was later admitted"),
            ok(" was admitted", verb="was admitted"),
            ok(", officially admitted", verb="admitted"),
            ok(", became dialogue partners", verb="became"),
            ok(" moved from dialogue partner to observer", verb="moved"),
        ),
        (" admitted the failure", " said", ", joined by Iran", " moved to Beijing"),
    ),
    "granted_before": Examples(
        "search",
        (ok("granted "), ok("The SCO admitted "), ok("granting to ")),
        ("granted a loan to ", "The SCO has "),
    ),
    "joined_other": Examples(
        "match",
        (
            ok(" the WTO"),
            ok(" forces with"),
            ok(" the Association of Southeast Asian Nations"),
            ok(" the SCO Plus session"),
            ok(" the SCO drills"),
            ok(" the SCO Energy Club"),
            ok(" the SCO-Afghanistan Contact Group"),
            ok(" the SCO family"),
        ),
        (
            " the SCO",
            " the organisation",
            " in 2017",
            " the association on equal terms",
            " the SCO in",
            " the SCO family as a partner",
            " the SCO as a full member",
        ),
    ),
    "partner_plain": Examples(
        "fullmatch",
        (ok(" an SCO "), ok(" the bloc's newest "), ok(" "), ok(" as the tenth "), ok(" a new ")),
        (
            " strategic ",
            " a close ",
            " a key ",
            " reliable trading ",
            " an important ",
            " natural ",
        ),
    ),
    "partner_elsewhere": Examples(
        "match",
        (ok(" in trade"), ok(" in the fight against terror"), ok(" for China"), ok(" with Moscow")),
        (" in 2025", " in the SCO", " in dialogue", " of the SCO", " in July", " to the SCO", "."),
    ),
    "admitted_before": Examples(
        "search",
        (ok("the SCO admitted "), ok("took in ")),
        ("was admitted to ", "admitted that "),
    ),
    "granted_to": Examples(
        "search",
        (ok("granted observer status to the ", status_name="observer status"),),
        ("granted observer status in 2005 to ", "granted loans to "),
    ),
    "seated_as": Examples(
        "match",
        (ok(" leaders attended as observers", status="observers"),),
        (" leaders attended the talks", ", as observers"),
    ),
    "status_after": Examples(
        "match",
        (
            ok(" as observers", status="observers"),
            ok(" to full membership", status_name="membership"),
            ok(" to observer status", status_name="observer status", matched=" to observer status"),
            ok(" as the tenth member", ord="tenth", status="member"),
        ),
        (" to the summit", " as guests"),
    ),
    "list_before": Examples(
        "search",
        (
            ok("observer states ", status="observer states"),
            ok("dialogue partners such as ", status="dialogue partners"),
            ok("members like the ", like="like"),
        ),
        ("observer states met in ", "members of "),
    ),
    "possessive": Examples(
        "match",
        (
            ok("'s observer status", status_name="observer status"),
            ok("'s full membership", status_name="membership"),
            ok("'s accession", accession="accession"),
            ok("\u2019s status as an observer", status="observer"),
        ),
        ("'s membership bid", "'s accession process", "'s membership of NATO"),
    ),
    "accession_of": Examples(
        "search",
        (ok("the accession of "), ok("welcomed the admission of the ")),
        ("the accession treaty", "the accession of Iran"),
    ),
    # dates
    "in_year_before": Examples(
        "search",
        (ok("In 2017, ", year="2017"), ok("by 2005 the ", year="2005")),
        ("In 2017 India ", "in 1850, "),
    ),
    "when": Examples(
        "search",
        (
            ok("in 2017", year="2017"),
            ok("on 9 June 2017", year="2017"),
            ok("on June 9, 2017", year="2017"),
            ok("in mid-2017", year="2017"),
            ok("since 2005", year="2005"),
        ),
        ("in 1850", "in 20170", "in June"),
    ),
    "relative": Examples(
        "search",
        (ok("last year", rel="last"), ok("Next year", rel="Next")),
        ("years later", "last month"),
    ),
    "opening_at": Examples(
        "match",
        (ok("In 2017, ", year="2017"), ok(" On 15 June 2001, ", year="2001")),
        ("In 2017 the", "In June, "),
    ),
    "since": Examples(
        "match",
        (
            ok(" since 2005", year="2005"),
            ok(" of the SCO since 2017", year="2017"),
            ok(") since 2012", year="2012"),
        ),
        (" since then", " in 2005"),
    ),
    # founding
    "founded": Examples(
        "search",
        (
            ok("founded"),
            ok("set up"),
            ok("the establishment of"),
            ok("an organization announced by"),
            ok("set the group up in", object="the group"),
        ),
        ("foundation", "unfounded", "India announced", "set the table up"),
    ),
    "five_of": Examples(
        "search",
        (ok("the Shanghai Five of 1996", year="1996"), ok("Shanghai-5 (1996)", year="1996")),
        ("the Shanghai Five of China, Russia", "Shanghai Five in 1996"),
    ),
    "five_became": Examples(
        "search",
        (
            ok("the Shanghai Five became the SCO in 2001", year="2001"),
            ok("the Shanghai Five was renamed the Shanghai Cooperation Organisation"),
        ),
        ("the Shanghai Five became a forum", "the SCO became the Shanghai Five"),
    ),
    "shanghai_five": Examples(
        "search",
        (ok("the Shanghai Five"), ok("the Shanghai-5")),
        ("the Shanghai Cooperation Organisation", "Shanghai Fiveways"),
    ),
    "five_since": Examples(
        "search",
        (
            ok("the Shanghai Five, active since 1996", year="1996"),
            ok("the SCO dates back to 1996, when the Shanghai Five", back="1996"),
        ),
        ("the Shanghai Five met in 1996",),
    ),
    "five_described": Examples(
        "search",
        (
            ok(
                'the "Shanghai Five", a co-operative mechanism of A and B launched in 1996',
                year="1996",
            ),
            ok("the Shanghai Five (a security forum set up in April 1996)", year="1996"),
        ),
        (
            "the Shanghai Five, a forum, met in 1998",
            "the Shanghai Five. A forum was launched in 2004",
        ),
    ),
    "five_mechanism": Examples(
        "search",
        (
            ok(
                "originated from the meeting mechanism of the five countries in Shanghai"
                " established in 1996",
                year="1996",
            ),
            ok(
                "grew out of the talks format among the five states, which was set up in 1996",
                year="1996",
            ),
        ),
        (
            "originated from the mechanism of the five countries",
            "grew out of the five countries in 1996",
        ),
    ),
    "history_back": Examples(
        "search",
        (ok("its history dates back to 1996, when the leaders met in Shanghai", year="1996"),),
        ("its history dates back to 1996", "the rivalry dates back to 1996, when Shanghai"),
    ),
    "founding_participle": Examples(
        "search",
        (
            ok(", officially inaugurating the SCO."),
            ok(", launching the Shanghai Cooperation Organisation"),
        ),
        (
            ", launching the SCO's bank",
            ", launching the SCO Business Council",
            ", visiting the SCO",
        ),
    ),
    "declaration_of_establishment": Examples(
        "search",
        (
            ok(
                "the Declaration on the Establishment of the SCO, signed in Shanghai on 15 June 2001",
                year="2001",
            ),
        ),
        ("the Declaration on the Establishment of the SCO was a milestone",),
    ),
    # summits
    "not_leaders": Examples(
        "search",
        (ok("the foreign ministers' meeting"), ok("defence ministers")),
        ("the heads of state summit", "leaders met", "the President said at the meeting"),
    ),
    "other_council": Examples(
        "search",
        (
            ok("the SCO Heads of Government "),
            ok("the Prime Ministers' "),
            ok("the SCO Heads of Government (HoG) "),
            ok("the foreign ministers "),
        ),
        ("the Heads of State ", "Prime Minister Modi attended the ", "the government hosted the "),
    ),
    "summit_year": Examples(
        "search",
        (ok("the 2019 summit", year="2019"), ok("the 2024 Astana SCO summit", year="2024")),
        ("the summit in 2019", "2019 was a year of many summits"),
    ),
    "summit": Examples(
        "search",
        (ok("the summit"), ok("the Council of Heads of State"), ok("a meeting", meeting="meeting")),
        ("summitry", "meetings"),
    ),
    "virtual": Examples(
        "search",
        (ok("virtually"), ok("by videoconference"), ok("by video link")),
        ("virtue", "in person"),
    ),
}
