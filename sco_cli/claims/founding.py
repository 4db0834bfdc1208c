"""Founding, as declared rules: the SCO's ("founded in Shanghai in 2001") and the Shanghai Five's (1996)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, FoundingClaim, FoundingDetail
from sco_cli.claims.declared import SentenceRule, run
from sco_cli.claims.patterns import DAY, MONTH, YEAR, rx
from sco_cli.claims.scope import about_other, mentions
from sco_cli.claims.years import year_before


def founding(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """Every founding claim of a sentence, rule by rule (RULES, at the end of this module)."""
    return run(RULES, sentence, today)


def _five_of(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "the Shanghai Five grouping of 1996", "the Shanghai Five (1996)"."""
    if "hanghai" not in sentence:
        return
    for match in rx("five_of").finditer(sentence):
        yield FoundingClaim("Shanghai Five", int(match["year"]), *match.span(), {})


def _five_became(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "the Shanghai Five became the SCO in 2001" (or in the year that opens the sentence)."""
    if "hanghai" not in sentence:
        return
    for match in rx("five_became").finditer(sentence):
        year = int(match["year"]) if match["year"] else None
        if year is None:
            head = sentence[max(0, match.start() - 80) : match.start()]
            year = year_before(head, sentence, None)[0]
        if year is not None:
            yield FoundingClaim("SCO", year, *match.span(), {})


def _five_since(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "The Shanghai Five has been active since 1996", "constituted in 1996"."""
    if "hanghai" not in sentence:
        return
    for match in rx("five_since").finditer(sentence):
        year = int(match["year"] or match["back"])
        yield FoundingClaim("Shanghai Five", year, *match.span(), {})


def _declaration(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "The Declaration on the Establishment of the SCO was signed in June 2001"."""
    if "eclaration" not in sentence:
        return
    for match in rx("declaration_of_establishment").finditer(sentence):
        yield FoundingClaim("SCO", int(match["year"]), *match.span(), {})


def _five_described(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """'the "Shanghai Five", a cooperative mechanism of A, B and C launched in 1996'; "the
    SCO grew out of the meeting mechanism of the five countries established in 1996"."""
    if "hanghai" not in sentence and "five" not in sentence:
        return
    for name in ("five_described", "five_mechanism"):
        for match in rx(name).finditer(sentence):
            if not about_other(sentence, match.start()):
                yield FoundingClaim("Shanghai Five", int(match["year"]), *match.span(), {})


def _history_back(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "its history dates back to 1996, when the leaders of five countries met in Shanghai":
    the Shanghai Five's start (the SCO's own history names no other)."""
    if "back" not in sentence:
        return
    for match in rx("history_back").finditer(sentence):
        if not about_other(sentence, match.start()):
            yield FoundingClaim("Shanghai Five", int(match["year"]), *match.span(), {})


def _participle(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "The leaders met in Shanghai on June 15, 2001 and signed its declaration, officially
    inaugurating the SCO": the founding at the one date the clause before it gives."""
    for match in rx("founding_participle").finditer(sentence):
        years = {int(m[0]) for m in _A_YEAR.finditer(sentence, 0, match.start())}
        if len(years) == 1 and not about_other(sentence, match.start()):
            yield FoundingClaim("SCO", years.pop(), *match.span(), {})


def _founded(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "founded in Shanghai in 2001", "established in 2001", "formed the Shanghai Five in 1996"."""
    if not lx.may_hold(sentence, FOUNDED_WORDS):
        return
    for match in rx("founded").finditer(sentence):
        claim = _founding_at(sentence, match, today)
        if claim is not None:
            yield claim


# every match of rx("founded") holds one of these (tests/claims/test_pipeline_gates.py)
FOUNDED_WORDS = (
    "found",
    "establish",
    "creat",
    "set",
    "form",
    "launch",
    "born",
    "inaugur",
    "first",
    "incep",
    "birth",
    "announc",
    "proclaim",
)


def _anniversary(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "The SCO marks its 25th anniversary this year", "the eighth anniversary of the
    group's creation" (in 2009), "20 years since its founding": the founding year counted
    back from the year the words place the anniversary at (one year in the sentence, or
    the article's with a present tense or "this year"), never another thing's anniversary."""
    if "anniversar" not in sentence and "years" not in sentence:
        return
    for match in _anniversaries().finditer(sentence):
        ordinal = match["ord"] or match["ord_of"]
        age = lx.ordinal(ordinal) if ordinal else lx.number(match["num"] or "")
        at = _anniversary_year(sentence, today, bool(match["num"]))
        if age is None or at is None or about_other(sentence, match.start()):
            continue
        if not _SCO_BY_NAME.search(match.group()) and not _its_the_sco(sentence, match.start()):
            continue  # "its", "the group": the SCO only when it is the body named last
        yield FoundingClaim("SCO", at - age, *match.span(), {})


_SCO_BY_NAME = re.compile(rf"\b(?:{lx.SCO_NAMES})\b")
# a clause, the Shanghai Five or another body's acronym ("NATO") between
_ANOTHER_NAMED = re.compile(r"[;:]|\bShanghai[- ](?:Five|five|5)\b|\b(?!SCO\b)[A-Z]{2,}\b")


def _its_the_sco(sentence: str, start: int) -> bool:
    """Whether the SCO is the body named last before `start`: no country, other body or
    clause between ("The SCO grew out of the Shanghai Five, which marks its 25th ...")."""
    named = list(_SCO_BY_NAME.finditer(sentence, 0, start))
    after = _SCO_BY_NAME.search(sentence, start)
    if not named and after is None:
        return False
    # named before, or right after as the subject its words open ("In the eight years of its
    # existence, the SCO has grown")
    between = sentence[named[-1].end() : start] if named else sentence[start : after.start()]  # type: ignore[union-attr]
    if lx.country_regex().search(between):
        return False
    return not _ANOTHER_NAMED.search(between) and not rx("other_org").search(between)


@cache
def _anniversaries() -> re.Pattern[str]:
    own = (
        r"(?:its|(?:the\s+)?(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation|organi[sz]ation|bloc"
        r"|grouping|group)(?:'s|\u2019s))"
    )
    founding = r"(?:founding|creation|establishment|formation|foundation|inception|birth)"
    body = (
        r"(?:the\s+)?(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation|(?i:organi[sz]ation|bloc"
        r"|grouping|group))"
    )
    return re.compile(
        # "its 25th anniversary" (not "its 20th anniversary summit" of another thing's name)
        rf"\b{own}\s+(?P<ord>{lx.ordinal_pattern()})\s+(?i:anniversary)\b"
        r"(?!\s+(?i:of)\b)"
        # "the eighth anniversary of the group's creation", "the 20th anniversary of the SCO"
        rf"|\b(?P<ord_of>{lx.ordinal_pattern()})\s+(?i:anniversary)\s+(?i:of)\s+(?:(?:the\s+)?"
        rf"(?i:{founding})\s+(?i:of)\s+{body}|{own}\s+(?i:{founding})|{body}(?!\s*(?:['\u2019]s\s+)?"
        r"(?:(?i:charter|treaty|declaration|secretariat|rats|convention|summit|business|bank|youth"
        r"|\w+\s+council)|[A-Z])))\b"
        # "20 years since its founding" (not "more than 20 years", "the first ten years")
        r"|"
        + "".join(rf"(?<!{w[0].upper()}{w[1:]}\s)(?<!{w}\s)" for w in _ROUGHLY)
        + rf"(?P<num>{lx.number_pattern()})"
        rf"\s+(?i:years)\s+(?i:since|after|of)\s+{own}\s+(?i:{founding}|existence)\b"
    )


_FOUNDED_YEAR = re.compile(
    r"\b(?:found\w*|establish\w*|creat\w*|formed|set\s+up|launched|since|inception|birth|in"
    r"\s+Shanghai)\b[^.;,]{0,25}\Z",
    re.IGNORECASE,
)
# "more than 20 years since", "the first ten years of its existence": no age of the SCO
_ROUGHLY = ("than", "over", "some", "about", "early", "first", "nearly", "almost", "around")
# the tense or time word that places an anniversary in the article's year
_NOW_ANNIVERSARY = re.compile(
    r"\b(?:this\s+year|marks|celebrates|is\s+(?:marking|celebrating)|turns|has\s+been|have\s+been"
    r"|(?:is|are)\s+being\s+(?:marked|celebrated)|today|this\s+month|this\s+week|now)\b",
    re.IGNORECASE,
)


def _anniversary_year(sentence: str, today: str | None, age: bool) -> int | None:
    """The year one year in the sentence names (not the founding's own: "founded in 2001,
    it marks its 25th anniversary"), else the article's when the words say now (an age,
    "20 years since its founding", is always now)."""
    years = {
        int(m[0])
        for m in _A_YEAR.finditer(sentence)
        if not _FOUNDED_YEAR.search(sentence, max(0, m.start() - 40), m.start())
    }
    if len(years) == 1:
        return years.pop()
    if years or today is None:
        return None
    if re.search(r"\b(?:last|next)\s+year\b", sentence, re.IGNORECASE):
        return None  # a year away from the article's: left unread
    return int(today[:4]) if age or _NOW_ANNIVERSARY.search(sentence) else None


_A_YEAR = re.compile(rf"(?<!\d){YEAR}(?!\d)")
# a founding year any year of two centuries: "founded in 1948" is a claim, one that contradicts
_ANY_YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"


@cache
def _when() -> re.Pattern[str]:
    """The founding's date right after the word: "in 2001", "on 15 June 2001", "22 years ago"."""
    return re.compile(
        r"\s*(?:of\s+which\s+)?"
        # "the creation of SCO was announced in 2001"
        r"(?:of\s+(?:the\s+)?(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation)(?:\s*\(SCO\))?\s+)?"
        r"(?:(?:was|were)\s+(?:formally\s+|officially\s+)?(?:announced|proclaimed|declared"
        r"|formali[sz]ed|agreed)\s+)?"
        # "by the leaders of A, B, C, D, E and F in Shanghai on June 15, 2001", "by the
        # People's Republic of China (PRC), the Republic of Kazakhstan, ...": the founders
        # named before the date
        rf"(?:(?:the\s+)?(?:SCO|organi[sz]ation|bloc|grouping)\s+)?(?:by\s+(?:[\w'\u2019()-]+,?\s+){{1,30}}?)?"
        # "at a summit in Shanghai", "in China's Shanghai", "in Shanghai, China on"
        r"(?:at\s+(?:a|the|its)\s+(?:[\w-]+\s+)?(?:[Ss]ummit|meeting)\s+)?"
        rf"(?:in\s+(?:[A-Z]\w+(?:'s|\u2019s)\s+)?[A-Z]\w+(?:,\s+[A-Z]\w+,?)?\s+)?(?:(?:in|on)\s+(?:the\s+year\s+)?(?:{DAY}\s+)?(?:{MONTH}\s+)?"
        rf"(?:{DAY},?\s+)?(?P<year>{_ANY_YEAR})|(?P<bare>{YEAR})(?=\s*[),;])|(?P<ago>{lx.number_pattern()})"
        r"\s+years?\s+ago\b|(?P<relative>last|this)\s+year\b)"
    )


@cache
def _other_described() -> re.Pattern[str]:
    """Another body described right after its name: "than NATO, a military alliance
    established in 1949", "with NATO, which was founded in 1949": its founding."""
    return re.compile(
        rf"\b(?:{lx.OTHER_ORGANISATIONS})\b(?:\s*\([^)]{{0,40}}\))?\s*,\s*"
        r"(?:(?:which|that)\s+(?:was\s+)?|(?:an?|the)\s+[^,;.()]{0,60}?)\Z"
    )


def _another_thing(head: str) -> bool:
    """What was founded is named before the word and is not the SCO itself (nor the
    Shanghai Five: "the Shanghai Five mechanism formed in 1996" is the Five's founding),
    or another body is described right before it."""
    if _other_described().search(head):
        return True
    thing = _FOUNDED_THING.search(head)
    if thing is None or _ITS.search(head):
        return False
    return not _FIVES_OWN.search(head[: thing.start()])


def _founding_at(sentence: str, match: re.Match[str], today: str | None) -> Claim | None:
    head = sentence[max(0, match.start() - 80) : match.start()]
    # room for six founders named in full before the date
    tail = sentence[match.end() : match.end() + 260]
    five = _five_near(head, tail)
    if match.group().lower().startswith("first") and not five:
        return None  # "first met in 1996" names the Shanghai Five's start, no other's
    if _another_thing(head):
        return None  # "the admission procedure launched in 2021": founded, but not the SCO
    # "set the group up": the SCO named in the words themselves
    named = bool(match["object"]) and not mentions(sentence, "other_org")
    if not five and not named and not _of_the_sco(sentence, head, tail, match.start()):
        return None
    if about_other(sentence, match.start()):
        return None
    when = _when().match(tail)
    before = re.search(rf"(?P<year>{YEAR})(?:'s|\u2019s)?\s+(?:\w+\s+)?$", head)
    if when is None and before is None:
        if five:
            return _five_opened(sentence, match, head, five)
        when = re.match(rf"\s*\(?(?P<year>{YEAR})\)", tail)
        if when is None:
            return _sco_opened(sentence, match, head, tail)
    if not five and when is not None:
        # "The SCO was originally formed in 1996 as the Shanghai Five": the Five's founding
        five = _AS_FIVE.match(tail, when.end())
    year = _year(when or before, today, five)  # type: ignore[arg-type]
    if year is None:
        return None
    if five:
        start = match.start() - len(head) + five.start() if five.string is head else match.start()
        end = match.end() + (when.end() if when else 0)
        return FoundingClaim("Shanghai Five", year, start, end, {})
    return _sco_founded(match, head, tail, year, when, before)


def _five_near(head: str, tail: str) -> re.Match[str] | None:
    """The Shanghai Five named as what was founded: before the word, or right after it
    ("formed the Shanghai Five", 'form the "Shanghai Five"')."""
    five = rx("shanghai_five").search(head)
    if five and (
        re.search(rf"\b(?:{lx.SCO_NAMES})\b", head[five.end() :])
        # "members of the Shanghai Five, prior to the creation of SCO in 2001"
        or re.match(rf"\s*of\s+(?:the\s+)?(?:{lx.SCO_NAMES})\b", tail)
    ):
        five = None  # "the Shanghai Five was enlarged and the SCO founded in 2001"
    return five or rx("shanghai_five").match(
        re.sub(r"\A(?:the\s+)?[\"\u201c']?", "", tail.lstrip())
    )


def _of_the_sco(sentence: str, head: str, tail: str, start: int) -> bool:
    """Whether the founding is the SCO's: named near it, or its subject ("The organisation,
    which grew out of ..., was founded in Shanghai"), a pronoun, or an opener
    ("Founded in 2001, the SCO")."""
    if rx("sco_org").search(head + " " + tail[:50]):
        return True
    subject = re.match(
        # the name with a lower-case noun too ("The Shanghai Cooperation organization is ...")
        rf"\s*(?:(?:The|This|Its)\s+(?:SCO|organi[sz]ation|bloc|grouping)|(?:The\s+)?(?:{lx.SCO_NAMES})"
        r"|(?:The\s+)?Shanghai\s+Co-?operation\s+organi[sz]ation|It)\b",
        sentence,
    )
    pronoun = re.search(
        r"\b(?:it|its|which|(?:organi[sz]ation|bloc|grouping)\s+that)\s+(?:was\s+)?$",
        head,
        re.IGNORECASE,
    )
    # a fact box's line opens with the word: "Founded on 15 June 2001 in Shanghai as the
    # successor to the Shanghai Five" (the SCO is the Five's successor)
    opener = not head.strip(" \t-\u2022*\u00b7") and (
        mentions(sentence, "sco_org") or bool(_SUCCESSOR.search(tail))
    )
    # "The SCO is an intergovernmental organisation founded in Shanghai"
    described = subject and _DESCRIBED.search(sentence, subject.end(), start)
    was = subject and re.search(r"\bwas\s+$", head)
    if not pronoun and not opener and not described and not was:
        return False
    # "It was founded in Shanghai in 2001": in an article about the SCO, the SCO,
    # unless the sentence names another organisation
    return mentions(sentence, "sco_org") or not mentions(sentence, "other_org")


def _five_opened(
    sentence: str, match: re.Match[str], head: str, five: re.Match[str]
) -> Claim | None:
    """ "In 1996, the five formed the Shanghai Five": the year that opens it."""
    opening = year_before(head, sentence, None)[0] if five.string is not head else None
    if opening is None:
        return None
    return FoundingClaim("Shanghai Five", opening, match.start(), match.end(), {})


def _sco_opened(sentence: str, match: re.Match[str], head: str, tail: str) -> Claim | None:
    """ "In 2001, six countries founded the SCO", "On June 15, 2001, the SCO was established
    in Shanghai": the year that opens it."""
    active = re.match(rf"\s+(?:the\s+)?(?:{lx.SCO_NAMES})\b", tail)
    if active is None:
        opening = rx("opening_at").match(sentence)
        passive = opening and _OPENED_SUBJECT.fullmatch(sentence, opening.end(), match.start())
        if opening is None or not passive:
            return None
        return FoundingClaim("SCO", int(opening["year"]), 0, match.end(), {})
    opening_year = year_before(head, sentence, None)[0]
    if opening_year is None:
        return None
    return FoundingClaim("SCO", opening_year, match.start(), match.end() + active.end(), {})


def _year(found: re.Match[str], today: str | None, five: re.Match[str] | None) -> int | None:
    """The year found, or "22 years ago" by the article's date (never the Shanghai Five's)."""
    ago, relative = found.groupdict().get("ago"), found.groupdict().get("relative")
    if ago is None and relative is None:
        return int(found["year"] or found.groupdict()["bare"])
    if today is None or five:
        return None
    if relative is not None:  # "inaugurated in Shanghai last year"
        return int(today[:4]) - (relative.lower() == "last")
    return int(today[:4]) - (lx.number(ago or "") or 0)


def _sco_founded(
    match: re.Match[str],
    head: str,
    tail: str,
    year: int,
    when: re.Match[str] | None,
    before: re.Match[str] | None,
) -> Claim:
    """The SCO's founding, with its city when one follows ("founded in Shanghai in 2001")."""
    detail: FoundingDetail = {}
    # the city in the founding's own words ("founded in Shanghai in 2001") or right after
    # them ("founded in 2001 in Shanghai"), not another verb's ("and headquartered in Beijing")
    reach = when.end() if when else 0
    city = _CITY_IN.search(tail[:reach]) or _CITY_RIGHT_AFTER.match(tail, reach)
    if city and not lx.country(city["city"]) and not re.fullmatch(MONTH, city["city"]):
        detail["city"] = lx.CITY_SPELLINGS.get(city["city"], city["city"])
    start = match.start() - (len(head) - before.start()) if before else match.start()
    end = match.end() + max(
        when.end() if when else 0, city.end() if city and "city" in detail else 0
    )
    return FoundingClaim("SCO", year, start, end, detail)


_CITY = r"\bin\s+(?P<city>(?:St\.?\s*)?[A-Z][a-z]+)\b(?!\s+(?:Five|5))"
_CITY_IN = re.compile(_CITY)
_CITY_RIGHT_AFTER = re.compile(r"\s*,?\s*" + _CITY)
_AS_FIVE = re.compile(
    r"\s*,?\s*(?:as|under\s+the\s+name(?:\s+of)?)\s+(?:the\s+)?[\"\u201c']?Shanghai[- ](?:Five|5)\b",
    re.IGNORECASE,
)
_SUCCESSOR = re.compile(
    r"\b(?:as\s+(?:the\s+)?successor\s+(?:to|of)|on\s+the\s+(?:basis|foundation)\s+of"
    r"|(?:built|based)\s+(?:up)?on)\s+(?:the\s+)?[\"\u201c']?"
    r"Shanghai[- ](?:Five|5)\b",
    re.IGNORECASE,
)
# the words between the subject and the founding word describe it: "(SCO) is a Eurasian
# political, economic and security alliance" (no verb of its own, no other body named)
_DESCRIBED = re.compile(
    # its article may be left out ("(SCO) is Eurasian political ... organization"), then only
    # epithets stand between: no comparison, no other body ("is larger than NATO, a ...")
    r"(?:\s*\([^()]{1,20}\))?\s+(?:is|was)\s+(?:an?\s+[\w\s,-]{0,80}?"
    r"|(?:(?!(?:than|like|unlike|with|of|to|from|by|not|and)\b)(?-i:(?![A-Z]{2,}\b))[A-Za-z-]+,?\s+"
    r"(?:and\s+)?){1,10}?)\b(?:organi[sz]ation|alliance|bloc"
    r"|grouping|group|body|forum|association)\s*,?\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)

# after the date that opens the sentence, the SCO as the subject of a passive: "the
# Shanghai Cooperation Organization (SCO) was formally established"
_OPENED_SUBJECT = re.compile(
    rf"(?:the\s+)?(?:{lx.SCO_NAMES})(?:\s*\(SCO\))?\s+(?:was|were)\s+(?:\w+ly\s+)?"
)

# the founding is the SCO's own, whatever was named before: "a moratorium on the admission
# of members the SCO introduced after its establishment in 2001"
_ITS = re.compile(r"\b(?:its|SCO(?:'s|\u2019s))\s+\Z")

# "the Shanghai Five mechanism", "the Shanghai Five's process": the Five, by its form
_FIVES_OWN = re.compile(
    r"\bShanghai[- ](?:Five|5)[\"\u201d\u2019']?(?:'s|\u2019s)?\s+\Z",
    re.IGNORECASE,
)

_FOUNDED_THING = re.compile(
    r"\b(?:procedure|process|program+e?|initiative|project|fund|cent(?:re|er)|mechanism|bank|forum"
    r"|platform|talks|mission|exercise|website|channel|structure|secretariat|accession|admission"
    r"|enlargement|expansion|negotiation|consultation|partnership)s?"
    # and what it is of: "The procedure for the admission of India to the SCO was launched"
    r"(?:\s+(?:for|of|on|to|with|between|among)\s+[^,;:.]{1,80}?)?"
    r"\s+(?:(?:was|were|is|had\s+been|has\s+been)\s+)?\Z",
    re.IGNORECASE,
)


RULES: tuple[SentenceRule, ...] = (
    SentenceRule(
        "shanghai_five_of_a_year",
        _five_of,
        (
            (
                "The Shanghai Five grouping of 1996 was its forerunner.",
                (("founding", "Shanghai Five", 1996),),
            ),
        ),
        (("The Shanghai Five met again in 1998.", (("founding", "Shanghai Five", 1998),)),),
    ),
    SentenceRule(
        "shanghai_five_became_the_sco",
        _five_became,
        (("The Shanghai Five became the SCO in 2001.", (("founding", "SCO", 2001),)),),
        (
            (
                "The Shanghai Five became a forum for border talks in 1998.",
                (("founding", "SCO", 1998),),
            ),
        ),
    ),
    SentenceRule(
        "shanghai_five_since",
        _five_since,
        (
            (
                "The Shanghai Five has been active since 1996.",
                (("founding", "Shanghai Five", 1996),),
            ),
            (
                "The bloc dates back to 1996, when the Shanghai Five first met.",
                (("founding", "Shanghai Five", 1996),),
            ),
            ("The Shanghai 5 was constituted in 1996.", (("founding", "Shanghai Five", 1996),)),
        ),
        (
            (
                "The Shanghai Five summit of 1998 dealt with borders; talks began in 1997.",
                (("founding", "Shanghai Five", 1997),),
            ),
        ),
    ),
    SentenceRule(
        "declaration_of_establishment",
        _declaration,
        (
            (
                "The Declaration on the Establishment of the SCO was signed in Shanghai in June 2001.",
                (("founding", "SCO", 2001),),
            ),
        ),
        (
            (
                "The Declaration on the Establishment of the Eurasian Bank was signed in 2001.",
                (("founding", "SCO", 2001),),
            ),
        ),
    ),
    SentenceRule(
        "shanghai_five_described",
        _five_described,
        (
            (
                'Kazakhstan joined the "Shanghai Five", a security forum of China, Russia and'
                " Tajikistan started in 1996.",
                (("founding", "Shanghai Five", 1996),),
            ),
            (
                "The bloc grew out of the border mechanism among the five states, which was set"
                " up in 1996.",
                (("founding", "Shanghai Five", 1996),),
            ),
        ),
        (
            (
                "The Shanghai Five, a forum of five states, held its summit in 1998.",
                (("founding", "Shanghai Five", 1998),),
            ),
            (
                "The mechanism of the five states' foreign ministers was established in 2004.",
                (("founding", "Shanghai Five", 2004),),
            ),
        ),
    ),
    SentenceRule(
        "history_dates_back",
        _history_back,
        (
            (
                "The bloc's history goes back to 1996, when five leaders gathered in Shanghai.",
                (("founding", "Shanghai Five", 1996),),
            ),
        ),
        (
            (
                "The history of NATO dates back to 1949, when twelve states met in Washington.",
                (("founding", "Shanghai Five", 1949),),
            ),
            (
                "Their rivalry dates back to 1996, when they met in Shanghai.",
                (("founding", "Shanghai Five", 1996),),
            ),
        ),
    ),
    SentenceRule(
        "founding_participle",
        _participle,
        (
            (
                "The six presidents met in Shanghai on 15 June 2001 and signed a declaration,"
                " formally launching the SCO.",
                (("founding", "SCO", 2001),),
            ),
        ),
        (
            (
                "In 2001 and 2005 the leaders met, officially launching the SCO.",
                (("founding", "SCO", 2001),),
            ),
            (
                "The leaders met in Astana in 2005, launching the SCO Business Council.",
                (("founding", "SCO", 2005),),
            ),
        ),
    ),
    SentenceRule(
        "anniversary_counted_back",
        _anniversary,
        (
            ("The SCO marks its 24th anniversary this year.", (("founding", "SCO", 2001),)),
            (
                "The SCO, founded in Shanghai in 2001, turns 24 this June and marks its 24th"
                " anniversary.",
                (("founding", "SCO", 2001),),
            ),
            (
                "In June 2009 the leaders met on the eighth anniversary of the SCO's creation.",
                (("founding", "SCO", 2001),),
            ),
            (
                "It has been 24 years since its founding, and the SCO has grown.",
                (("founding", "SCO", 2001),),
            ),
            (
                "In the eight years of its existence, the SCO has grown.",
                (("founding", "SCO", 2017),),
            ),
        ),
        (
            (
                "The SCO marks the 20th anniversary of the SCO Charter this year.",
                (("founding", "SCO", 2005),),
            ),
            (
                "The SCO marks the 29th anniversary of the Shanghai Five this year.",
                (("founding", "SCO", 1996),),
            ),
            ("NATO marks its 76th anniversary this year.", (("founding", "SCO", 1949),)),
            (
                "The SCO grew out of the Shanghai Five, which marks its 29th anniversary this year.",
                (("founding", "SCO", 1996),),
            ),
            (
                "The SCO welcomed Kazakhstan, which marks its 30th anniversary this year.",
                (("founding", "SCO", 1995),),
            ),
            (
                "The SCO marks the 15th anniversary of the SCO Regional Anti-Terrorist Structure"
                " this year.",
                (("founding", "SCO", 2010),),
            ),
            (
                "The SCO celebrated its 23rd anniversary last year.",
                (("founding", "SCO", 2001), ("founding", "SCO", 2002)),
            ),
            (
                "For more than 20 years since its founding the SCO has grown.",
                (("founding", "SCO", 2005),),
            ),
            (
                "The SCO met in 2019 and 2021, on its 18th anniversary.",
                (("founding", "SCO", 2001), ("founding", "SCO", 2003)),
            ),
        ),
    ),
    SentenceRule(
        "founded",
        _founded,
        (
            ("The SCO was founded in Shanghai in 2001.", (("founding", "SCO", 2001),)),
            ("The Shanghai Five was formed in 1996.", (("founding", "Shanghai Five", 1996),)),
            ("In 2001, six countries founded the SCO.", (("founding", "SCO", 2001),)),
            (
                "The SCO was founded by the leaders of Kazakhstan, China, Kyrgyzstan, Russia,"
                " Tajikistan, and Uzbekistan in Shanghai on June 15, 2001.",
                (("founding", "SCO", 2001),),
            ),
            (
                "The Shanghai Cooperation Organisation is an intergovernmental organisation"
                " founded in Shanghai on June 15, 2001 by six countries.",
                (("founding", "SCO", 2001),),
            ),
            (
                "The SCO is a Eurasian security alliance, the creation of which was announced on"
                " 15 June 2001 in Shanghai.",
                (("founding", "SCO", 2001),),
            ),
            (
                "\u2022 Founded on 15 June 2001 in Shanghai as the successor to the Shanghai Five.",
                (("founding", "SCO", 2001),),
            ),
            (
                "The Shanghai Co-operation Organisation was founded on June 15 2001.",
                (("founding", "SCO", 2001),),
            ),
            (
                "The SCO was inaugurated in Shanghai, China, last year.",
                (("founding", "SCO", 2024),),
            ),
            ("The SCO was founded in 1948.", (("founding", "SCO", 1948),)),
            # an admission named before the SCO's own founding: the founding is still its
            (
                "It ended a freeze on the admission of members the SCO set shortly after its"
                " establishment in 2001.",
                (("founding", "SCO", 2001),),
            ),
            (
                "The SCO was originally formed in 1996 as the Shanghai Five.",
                (("founding", "Shanghai Five", 1996),),
            ),
            # the founders named in full before the date, and a year no summit had
            (
                "The SCO is an intergovernmental organization announced by the People's Republic"
                " of China (PRC), the Republic of Kazakhstan, the Kyrgyz Republic, the Russian"
                " Federation, the Republic of Tajikistan and the Republic of Uzbekistan in"
                " Shanghai, China on 5 May 1957.",
                (("founding", "SCO", 1957),),
            ),
            ("The creation of the SCO was proclaimed in 2001.", (("founding", "SCO", 2001),)),
            ("The bloc was founded in the year 2001 in Shanghai.", (("founding", "SCO", 2001),)),
            (
                "The SCO was established at the Shanghai Summit in 2001 by six countries.",
                (("founding", "SCO", 2001),),
            ),
            # the date opens the sentence, the SCO is the subject of the passive
            (
                "On 15 June 2001, the Shanghai Cooperation Organisation was formally set up in"
                " Shanghai.",
                (("founding", "SCO", 2001),),
            ),
            (
                "\u2022 Founded in the year 2001, it was built upon the Shanghai Five.",
                (("founding", "SCO", 2001),),
            ),
            # the Five's own mechanism, process or forum is the Five
            (
                "The organisation grew out of the Shanghai Five mechanism formed in 1996.",
                (("founding", "Shanghai Five", 1996),),
            ),
            (
                "The SCO was set up at a meeting in Shanghai in 2001 by six presidents.",
                (("founding", "SCO", 2001),),
            ),
            ("Since its birth in China's Shanghai in 2001, it grew.", (("founding", "SCO", 2001),)),
            (
                "Shanghai Cooperation Organisation (SCO) is Eurasian security and trade"
                " organization established by Russia and China in 2001.",
                (("founding", "SCO", 2001),),
            ),
            (
                "The Shanghai Cooperation organization is an intergovernmental body founded in"
                " Shanghai on 15 June 2001.",
                (("founding", "SCO", 2001),),
            ),
            (
                "Russia, China and four Central Asian states set the bloc up in Shanghai in 2001.",
                (("founding", "SCO", 2001),),
            ),
        ),
        (
            ("The SCO's development bank was founded in 2010.", (("founding", "SCO", 2010),)),
            (
                "On 15 June 2005, the SCO's youth council was established in Moscow.",
                (("founding", "SCO", 2005),),
            ),
            (
                "The Shanghai Five's border talks process was launched in 1997.",
                (("founding", "Shanghai Five", 1997),),
            ),
            ("The startup was founded in 2015 in Moscow.", (("founding", "SCO", 2015),)),
            (
                "The Shanghai Cooperation organization is a partner of a bank founded in 2015.",
                (("founding", "SCO", 2015),),
            ),
            (
                "The startup is an intergovernmental organisation founded in Shanghai in 2015.",
                (("founding", "SCO", 2015),),
            ),
            ("\u2022 Founded on 15 June 2005 in Moscow.", (("founding", "SCO", 2005),)),
            ("The SCO is a bloc whose bank was founded last year.", (("founding", "SCO", 2024),)),
            ("India announced in 2017 that it joined.", (("founding", "SCO", 2017),)),
            # the Five's founding, told as the SCO's first form
            (
                "The SCO was first set up in 1996 as the Shanghai Five by five states.",
                (("founding", "SCO", 1996),),
            ),
            (
                "They were members of the Shanghai Five before the creation of the SCO in 2001.",
                (("founding", "Shanghai Five", 2001),),
            ),
            (
                "The NATO summit was announced by its members on 5 May 1957.",
                (("founding", "SCO", 1957),),
            ),
            (
                "Russia and China set the bank up in Shanghai in 2015.",
                (("founding", "SCO", 2015),),
            ),
            (
                "The procedure for the admission of India and Pakistan to the SCO was launched in"
                " 2015.",
                (("founding", "SCO", 2015),),
            ),
            # what was launched at an SCO summit is the accession, not the SCO
            (
                "The accession of India was launched at the SCO summit in Ufa in 2015.",
                (("founding", "SCO", 2015),),
            ),
            (
                "Its enlargement was launched at the SCO's 2015 summit.",
                (("founding", "SCO", 2015),),
            ),
        ),
    ),
)
