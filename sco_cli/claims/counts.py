"""Counts: "ten member states", "the eight-member bloc", "membership grew to nine"."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from sco_cli.claims import guards
from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, CountClaim
from sco_cli.claims.declared import SentenceRule, run
from sco_cli.claims.patterns import WINDOW, rx
from sco_cli.claims.scope import about_other, elsewhere, first_body, mentions, status_in


def counts(sentence: str) -> Iterator[Claim]:
    """Every count in a sentence, rule by rule (RULES, at the end of this module)."""
    return run(RULES, sentence, None)


def _noun_counts(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "ten member states", "a bloc of ten countries": anchored on the nouns (a fast
    scan), each rule then reads a short window around one: scanning the whole sentence
    with the number rule costs more."""
    seen: set[tuple[str, int]] = set()
    for noun in _NOUN.finditer(sentence):
        low, high = max(0, noun.start() - 60), min(len(sentence), noun.end() + 20)
        # "a bloc of ten countries" ends in countries, nations or states only
        names = ("count", "bloc_of") if noun.group()[0] in "cnsCNS" else ("count",)
        for name in names:
            for match in rx(name).finditer(sentence, low, high):
                if (name, match.start()) in seen or not match.start() <= noun.start() < match.end():
                    continue
                seen.add((name, match.start()))
                claim = _count(sentence, match) if name == "count" else _bloc_of(sentence, match)
                if claim is not None:
                    yield claim


def _bare_counts(name: str) -> Callable[[str, str | None], Iterator[Claim]]:
    """A count without its noun, by the rule `name`: "its membership grew to ten"."""

    def read(sentence: str, today: str | None = None) -> Iterator[Claim]:
        if name == "number_of" and not (
            lx.may_hold(sentence, ("number of", "total of"))
            and re.search("(?:number|total) of", sentence, re.IGNORECASE)
        ):
            return
        for match in rx(name).finditer(sentence):
            value = lx.number(match["num"])
            subject = status_in(match, "noun") if name == "number_of" else "member"
            before = sentence[max(0, match.start() - 40) : match.start()]
            if (
                value is not None
                and value >= 2
                and not about_other(sentence, match.start(), five=True)
                and not _PAST_OR_DENIED.search(before)
                and not rx("future").search(before)
            ):
                yield CountClaim(subject, value, match.start(), match.end(), {})

    return read


def _compound_counts(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "the eight-member bloc", "the 10-nation Eurasian security grouping"."""
    seen: set[int] = set()
    for dash in _DASH_NOUN.finditer(sentence):
        low = max(0, dash.start() - 15)
        for match in rx("compound").finditer(sentence, low, min(len(sentence), dash.end() + 120)):
            if match.start() in seen or not match.start() < dash.start() < match.end():
                continue
            seen.add(match.start())
            claim = _compound(sentence, match)
            if claim is not None:
                yield claim


def _spaced_counts(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "a six country multilateral body": the compound written without its hyphen."""
    if not lx.may_hold(sentence, SPACED_WORDS):
        return
    for match in _SPACED.finditer(sentence):
        claim = _compound(sentence, match)
        if claim is not None:
            yield claim


# the noun in the singular before a body's word: "a six country bloc", "the ten nation
# regional grouping" (not "six countries", nor "ten nation leaders met at the SCO")
_SPACED = re.compile(
    rf"(?P<num>{lx.number_pattern()})\s+(?:country|nation)\s+(?:(?:multilateral|regional"
    r"|security|Eurasian|Asian|intergovernmental|political|economic|international|strong)\s+){0,3}"
    r"(?:bloc|grouping|group|organi[sz]ation|alliance|body|forum|club)\b",
    re.IGNORECASE,
)
SPACED_WORDS = ("country", "nation")  # every match of _SPACED holds one


def _compound(sentence: str, match: re.Match[str]) -> Claim | None:
    value = lx.number(match["num"])
    before = sentence[max(0, match.start() - 40) : match.start()]
    # the body its words name first: "the 27-member EU" is the EU's, "the 10-member SCO" the SCO's
    body = first_body(sentence, match.start(), match.end())
    if (
        value is None
        or body == "other"
        or (body is None and about_other(sentence, match.start(), five=True))
        or (
            rx("history").search(before)
            and not _forecast_from(sentence, match.start(), before)
            and not _FROM_BODY.search(before)
        )
        or _forecast_into(sentence, match.start())
        or _to_become(sentence, before)
    ):
        return None
    # "the 26-nation SCO family": all its countries, not its members
    family = re.match(r"(?:\s+[\w'-]+)?\s+(?:family|community)\b", sentence[match.end() :])
    subject = "country" if family or match.group().endswith(("family", "community")) else "member"
    if subject == "member" and _AT_FOUNDING.match(sentence, match.end()):
        subject = "founding_member"  # "a six-nation bloc at its founding": its founders
    return CountClaim(subject, value, match.start(), match.end(), {})


# Right after a count, words that place it at the founding: "at its founding", "when it was
# founded", "at its creation in 2001"
_AT_FOUNDING = re.compile(
    r"[\s,]*(?:(?:at|on|upon)\s+(?:its|the)\s+(?:founding|creation|birth|inception|launch|outset"
    r"|establishment)|when\s+(?:it\s+)?(?:was\s+)?(?:founded|established|created|set\s+up|launched"
    r"|formed|born))\b",
    re.IGNORECASE,
)


# "leaders from the six-member SCO": who came from it, not a count it grew from
_FROM_BODY = re.compile(
    r"\b(?:leaders|heads|delegat\w*|representatives|officials|ministers|presidents|envoys|experts"
    r"|guests|members|countries|states)\s+from\s+(?:the\s+|its\s+|a\s+)?$",
    re.IGNORECASE,
)
_FORECAST = re.compile(
    r"\b(?:will|would|shall|expected|expects|set\s+to|plans?\s+to|planned|if|hopes?\s+to)\b",
    re.IGNORECASE,
)


# "set to become a 10-nation bloc", "is about to become"; "becomes" with a day to come
# ("Tomorrow the SCO becomes an eight-member bloc"): the count it is to have
_SET_TO_BECOME = re.compile(
    r"\b(?:(?:set|poised|due|about|expected|slated|going|likely|ready|preparing)\s+to\s+become"
    r"|(?P<now>becomes|is\s+becoming))\s+(?:an?\s+|the\s+)?\Z",
    re.IGNORECASE,
)
_DAY_TO_COME = re.compile(
    r"\b(?:tomorrow|next\s+(?:week|month|year|summit)|soon|in\s+the\s+coming|from\s+next)\b",
    re.IGNORECASE,
)


def _to_become(sentence: str, before: str) -> bool:
    """Whether the count is one the SCO is still to reach (not a headline's "becomes" of
    the day's news)."""
    becoming = _SET_TO_BECOME.search(before)
    if becoming is None:
        return False
    return not becoming["now"] or _DAY_TO_COME.search(sentence) is not None


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
    """ "ten member states", "nine countries": a count, unless the words around it make
    it a part, a past, a forecast or another body's count."""
    value = lx.number(match["num"])
    before = sentence[max(0, match.start() - 40) : match.start()]
    if (
        value is None
        or not _counted(value, match, before)
        or about_other(sentence, match.start(), five=True)
        or _FIVE_NAMED.search(before)
    ):
        return None
    after = sentence[match.end() : match.end() + 60]
    if _not_a_count(sentence, match, before, after):
        return None
    if _BODY_AFTER.match(after) and first_body(sentence, match.end(), match.end() + 60) == "other":
        return None  # "With nine members, the CIS is smaller": the body named after is the CIS
    if match["total"]:
        return _total(sentence, match, value, before, after)
    return _of_status(sentence, match, value, before, after)


# a count the object of a joining: those there before the joiner came ("Uzbekistan joined the
# five founding states", "Iran, joining the eight members"), not the SCO's count then or now
_JOINED_THEM = re.compile(
    r"\b(?:join(?:s|ed|ing)?|joined\s+by)\s+(?:(?:the|its|their|all)\s+)?(?:(?:other|original"
    r"|existing|founding)\s+)?\Z",
    re.IGNORECASE,
)

# "the Shanghai Five members": the number is the forerunner's name, not a count
_FIVE_NAMED = re.compile(r"\bShanghai[\s-]*\Z", re.IGNORECASE)


# a region names some of them ("Eurasian" may name them all)
_REGIONAL = re.compile(
    r"\b(?:Asian|European|African|Arab|Caucasian|Gulf|Middle[- ]Eastern|Pacific|Himalayan)\b",
    re.IGNORECASE,
)
_BODY_AFTER = re.compile(r"\s*,\s*(?:the\s+)?[A-Z]")


def _counted(value: int, match: re.Match[str], before: str) -> bool:
    """Two or more; one only as "now counts one observer state" (but "one member state
    objected" is no count)."""
    if value == 1 and not match["total"] and status_in(match, "noun") != "member":
        return (
            re.search(r"\b(?:counts?|has|had|have|with)\s+(?:now\s+|only\s+|just\s+)?$", before)
            is not None
        )
    return value >= 2


def _not_a_count(sentence: str, match: re.Match[str], before: str, after: str) -> bool:
    """ "more than 20", "the other nine members", "the Five members", "of BRICS", "will
    count nine", "grew from six": no count of the SCO today."""
    approx = rx("approx").search(before)
    if approx and (rx("reached").search(before) or _membership_cue(match, before)):
        approx = (
            None  # "grew from six to nine members", "expanded its membership to eight countries"
        )
    if _SHANGHAI_FIVE_COUNT.search(sentence, max(0, match.start() - 4), match.end()):
        return True  # "the Five members": the Shanghai Five's
    if _of_the_five(sentence, match):
        return True  # "Like the Shanghai Five in 1996, the group had five members"
    if _JOINED_THEM.search(before):
        return True  # "Uzbekistan joined the five founding states": those before it joined
    if _THE_REST.search(match.group()) and _OWNED.search(before):
        return True  # "the seven other member states", "his eight fellow members": the rest
    if _of_the_list_before(sentence, match.start(), lx.number(match["num"])):
        return True  # "India and Pakistan, two observer states": those two, not all
    if approx or elsewhere(after):
        return True
    of = rx("of_other").match(after)
    if of and _names_from(sentence, match.end() + of.end())[0] < 2:
        return True  # "six countries of Eurasia"; "the six countries of A, B, ...": those named
    if _FROM_THEN.search(sentence, max(0, match.start() - 100), match.start()) and _TO_NOW.search(
        sentence, match.end(), match.end() + 160
    ):
        return True  # "expanded from a regional organization with six members into ...": then
    if rx("future").search(before) or _forecast_into(sentence, match.start()):
        return True
    return bool(
        rx("history").search(before)
        and not _forecast_from(sentence, match.start(), before)
        and not _membership_cue(match, before)
    )


# The Shanghai Five named earlier in the clause, no word of now or of the SCO between it and
# the count: "Like the Shanghai Five in 1996, the group had five members", "When it was the
# Shanghai Five, the bloc counted five states"; not "The SCO, which grew out of the Shanghai
# Five, now has ten members", "Born as the Shanghai Five, the SCO has ten members"
# (or a year before 2001: "Back in 1996 the bloc had five members"), the gap told in the past
_FIVE_BEFORE = re.compile(
    r"(?:\bShanghai[\s-]*(?:Five|5)\b|\b(?:199\d|2000)\b)(?P<gap>[^;.]*)\Z", re.IGNORECASE
)
_NOW_OR_SCO = re.compile(
    rf"\b(?:now|today|currently|at\s+present|presently|has|have|is|are|counts|numbers|comprises"
    rf"|includes|unites|{lx.SCO_NAMES})\b",
    re.IGNORECASE,
)


def _of_the_five(sentence: str, match: re.Match[str]) -> bool:
    """Whether a count is the Shanghai Five's (named before it in its clause, or a year before
    the SCO's founding: "In 1996, the group had five members"): not the SCO's."""
    when = guards.time_of(sentence, match.start(), match.end())
    if isinstance(when, int):  # "..., the bloc had six members by 2001": that year's
        return when < 2001
    five = _FIVE_BEFORE.search(sentence, max(0, match.start() - 120), match.start())
    return five is not None and not _NOW_OR_SCO.search(five["gap"])


# A count of the rest, said after its number: "the seven other member states"
_THE_REST = re.compile(r"\s(?:other|fellow)\s", re.IGNORECASE)
# ... with its determiner ("There are two other observer states, A and B" counts them all)
_OWNED = re.compile(r"\b(?:the|his|her|its|their|our|my)\s+\Z", re.IGNORECASE)

# A count a change starts from: "expanded from a regional organization with six members
# into a trans-regional one with 10": the count after "into" is the one of now.
_FROM_THEN = re.compile(
    r"\b(?:expanded|grown|grew|evolved|transformed|developed|rose|risen|increased|went|moved"
    r"|changed|turned)\s+from\b(?:(?!\b(?:to|into)\b)[^;.])*\Z",
    re.IGNORECASE,
)
_TO_NOW = re.compile(r"\b(?:to|into)\b", re.IGNORECASE)

_APPOSED = re.compile(r"(?:,|\(|\u2014|\u2013|--)\s*(?:both\s+|all\s+)?\Z")


def _of_the_list_before(sentence: str, start: int, value: int | None) -> bool:
    """Whether the count stands in apposition to a list of as many countries right before
    it ("India and Pakistan, two observer states"): it counts that list, not the SCO's."""
    apposed = _APPOSED.search(sentence, max(0, start - 12), start)
    if apposed is None or value is None:
        return False
    low = max(0, apposed.start() - 30 * value - 40)
    names = list(lx.country_regex().finditer(sentence, low, apposed.start()))
    if not names or sentence[names[-1].end() : apposed.start()].strip():
        return False
    listed, end = 0, apposed.start()
    for name in reversed(names):
        gap = sentence[name.end() : end]
        if listed and not rx("list_sep").fullmatch(gap):
            break
        listed, end = listed + 1, name.start()
    return listed == value


def _total(
    sentence: str, match: re.Match[str], value: int, before: str, after: str
) -> Claim | None:
    """ "N countries": members when the words say membership ("consists of", "founded by",
    "the six countries", "ten countries are full members"), all the SCO's countries only
    when they say so ("altogether", "members and partners", "family"); else no count of
    the SCO ("six countries cover an area of"): no claim rather than a wrong one. Fewer
    than six were never the SCO's total; who attended is no count."""
    # "it consisted of six countries -- A, B, C, D, E and F": the list names them all, and
    # "it" is the SCO the article is about (no other body named in the sentence)
    named = _names_after(sentence, match.end())[0] == value
    founders = value >= 6 and _founders(sentence, match)
    if (
        "dozen" in match["num"].lower()
        or not _of_the_sco(sentence, before, named, bool(founders))
        or rx("in_other").match(after)
    ):
        return None
    if founders:
        return CountClaim("founding_member", value, match.start(), match.end(), {})
    if _ATTENDED.search(before) or _ATTENDED_AFTER.match(after):
        return None  # "leaders of 14 countries attended": who came
    listed = _listed_status(sentence, match.end())
    if listed is not None:  # "six countries, A, B, ..., are also partners": a count of those
        status, end = listed
        return CountClaim(status, value, match.start(), end, {})
    if value < 6:
        return None
    subject = _countries_meaning(before)
    # "ten countries are full members", "six countries founded the SCO"
    role = rx("total_role").match(after)
    if role and (rx("of_other").match(after[role.end() :]) or elsewhere(after[role.end() :])):
        return None
    if role:
        subject = "founding_member" if role["founded"] else "member"
    elif subject == "country" and named and _HOLDS.search(before):
        subject = "member"  # "the SCO includes eight countries: A, B, ...": its members
    elif subject == "country" and not _ALL_COUNTRIES.search(sentence):
        return None  # neither membership nor all of them said: no count of the SCO
    return CountClaim(subject, value, match.start(), match.end(), {})


def _founders(sentence: str, match: re.Match[str]) -> bool:
    """ "It was established in 2001 by the leaders of six countries", "the heads of six
    states - A, ..., F - signed the declaration on its establishment": its founders."""
    return bool(
        _FOUNDED_BY.search(sentence, max(0, match.start() - 100), match.start())
        or _SIGNED_FOUNDING.match(sentence, match.end(), match.end() + 220)
    )


# The words that say "N countries" counts every country of the SCO, not its members:
# "altogether 26 countries", "counting everyone", "27 countries, members and partners",
# "the SCO family", "in one form or another", "18 countries in the room".
_ALL_COUNTRIES = re.compile(
    r"\b(?:altogether|all\s+told|in\s+all|in\s+total|counting|(?:brings?|brought|bringing)\s+together"
    r"|together\s+(?:these|they|those|with)|family|in\s+(?:one|some)\s+(?:form|way|capacity|manner)|in\s+one\s+form\s+or"
    r"|at\s+some\s+level|in\s+the\s+room|speaks?\s+(?:for|of)|(?:members?|member\s+states),"
    r"\s+observers?\s+and\s+(?:dialogue\s+)?partners|members?\s+and\s+(?:dialogue\s+)?partners"
    r"|if\s+you\s+add)\b",
    re.IGNORECASE,
)
# "six countries, Azerbaijan, Armenia, ..., are also partners", "four countries (A, B, C and
# D) are observers": the list names them, the predicate their status.
_LISTED_STATUS = re.compile(
    r"\s*[,)]?\s*(?:(?:are|were)\s+(?:(?:now|also|currently|all|still)\s+)*(?:(?:the|SCO|its"
    r"|full)\s+)*|(?:hold|held|have|had|enjoy)\s+(?:the\s+)?(?:status\s+of\s+)?)"
    rf"(?P<status>{lx.status_pattern()})(?![\w-])(?!\s+of\s+(?!(?:the\s+)?(?:SCO|Shanghai|organi)))",
    re.IGNORECASE,
)
_LIST_OPEN = re.compile(r"\s*(?:,|\(|:|\u2014|\u2013|--?)\s*")
_LIST_GLUE = re.compile(r"(?:\s*(?:,|and|&|\s)\s*)*(?:the\s+)?", re.IGNORECASE)


def _of_the_sco(sentence: str, before: str, named: bool, founders: bool) -> bool:
    """Whether "N countries" may be the SCO's: it or a status is named, or "it" is its
    subject ("it consisted of six countries: A, B, ...", "It was founded by six countries")
    and no other body is named."""
    if mentions(sentence, "sco_org") or mentions(sentence, "statuses_named"):
        return True
    it = (named and _IT.search(before)) or (founders and re.match(r"\s*It\b", sentence))
    return bool(it) and not mentions(sentence, "other_org")


# a verb of having before "N countries" followed by their list: "the SCO includes eight
# countries: A, B, ...", "it has six states (A, B, ...)"
_HOLDS = re.compile(
    r"\b(?:includes?|included|has|had|have|unites|united|groups|grouped|(?:brings|brought)\s+together"
    r"|is\s+made\s+up\s+of|was\s+made\s+up\s+of)\s+(?:(?:the|its|now|currently|all|just|only)\s+)*\Z",
    re.IGNORECASE,
)


_IT = re.compile(r"\b[Ii]t\s+(?:[a-z]+\s+){1,4}\Z")


def _names_after(sentence: str, end: int) -> tuple[int, int]:
    """How many country names a list opened right after `end` holds (a colon, a dash, a
    comma or a parenthesis, then names joined by commas or "and"), and where it ends."""
    opened = _LIST_OPEN.match(sentence, end)
    if opened is None:
        return 0, end
    return _names_from(sentence, opened.end())


def _names_from(sentence: str, at: int) -> tuple[int, int]:
    names = 0
    while names < 30:  # a bounded list: the names one after another, joined by commas or "and"
        name = lx.country_regex().match(sentence, at)
        if name is None:
            break
        names += 1
        at = _LIST_GLUE.match(sentence, name.end()).end()  # type: ignore[union-attr]
    return names, at


def _listed_status(sentence: str, end: int) -> tuple[str, int] | None:
    """The status of "N countries" when a list of names follows it and then their status."""
    names, at = _names_after(sentence, end)
    if names < 2:
        return None
    predicate = _LISTED_STATUS.match(sentence, at)
    if predicate is None:
        return None
    return lx.status_of_match(predicate), predicate.end()


def _of_status(
    sentence: str, match: re.Match[str], value: int, before: str, after: str
) -> Claim | None:
    """ "ten member states", "26 member, observer and partner countries" (all countries)."""
    listed = rx("listed_statuses").match(after)
    if listed and _ATTENDED.search(before):
        return None  # "heads of 12 member and observer states": who came
    if listed:
        return CountClaim("country", value, match.start(), match.end() + listed.end(), {})
    if re.match(r"\s*(?:,|and|or)\s+(?:observer|dialogue|partner|member)", after):
        return None
    if match["noun"].lower().startswith("founder") and (
        _FOUNDED_OTHER.search(sentence) or mentions(sentence, "other_org")
    ):
        return None  # "the startup's two founders"
    if _a_part(sentence, match, after):
        return None  # "Three SCO members border Afghanistan": some of them, not how many
    if _REGIONAL.search(match.group()):
        return None  # "the four Central Asian members", "its two Gulf partners": some of them
    subject = status_in(match, "noun")
    if subject == "member" and _FOUNDED_WITH.search(
        sentence, max(0, match.start() - 80), match.start()
    ):
        subject = "founding_member"  # "initially established in 2001 with five member states"
    elif subject == "member" and _AT_FOUNDING.match(sentence, match.end()):
        subject = "founding_member"  # "six members at its founding"
    return CountClaim(subject, value, match.start(), match.end(), {})


# A count with no article that opens its clause ("Three SCO members border Afghanistan", "Two
# SCO members, India and Pakistan, are rivals") names some of them, doing something, unless
# it says how many there are ("Ten member states make up the SCO", "Nine members are in Asia").
_OPENS_CLAUSE = re.compile(
    r"(?:\A\s*|[.;:!?\u2014(]\s*|\b(?:but|while|whereas|because|although)\s+)"
    r"(?:only\s+|just\s+|at\s+least\s+)?\Z",
    re.IGNORECASE,
)
_HOW_MANY_AFTER = re.compile(
    r"\s*(?:\(|:|\u2014|--|\s-\s)|\s+(?:are|were|is|was|have|has|had|make\s+up|made\s+up|form|formed"
    r"|constitute|comprise|now|currently|in\s+total|in\s+all|altogether|together|of\s+the"
    r"|including|includes|such|among|like|namely|plus|as\s+well)\b",
    re.IGNORECASE,
)
_THE = re.compile(r"(?:\A|[.;:!?]\s+)[Tt]he\s+\Z")
# what says a count names them all: "Ten members - A, B, ... - make up the SCO"
_MAKE_UP = re.compile(
    r"\s+(?:make\s+up|made\s+up|form|formed|constitute|comprise|founded|established|created)\b",
    re.IGNORECASE,
)
# a list set apart by brackets or a pair of dashes, closed before the verb
_ASIDE = re.compile(
    r"\s*(?:\([^()]{1,240}\)|(?:\u2014|\u2013|--|\s-\s)[^.;:()\u2014\u2013]{1,240}?(?:\u2014|\u2013|--|\s-\s))"
)
_ACTS_AFTER = re.compile(r"\s+[a-z]+|\s*,\s*(?:the\s+)?[A-Z]")


def _a_part(sentence: str, match: re.Match[str], after: str) -> bool:
    """Whether a bare count opening its clause names some countries doing something: a
    list of them follows, or fewer members than the SCO ever had, or "N SCO members" doing
    what is not a meeting's ("Ten full members signed" counts who signed: all of them)."""
    aside = _ASIDE.match(after)
    if aside is not None and lx.country_regex().search(aside.group()):
        # "Four SCO members - A, B, C and D - possess nuclear arms": the list set apart
        # names them, and what they do past it says whether they are all of them
        after = " " + after[aside.end() :].lstrip()
        if not _MAKE_UP.match(after) and _OPENS_CLAUSE.search(
            sentence, max(0, match.start() - 40), match.start()
        ):
            return True  # "Four SCO members -- A, B, C and D -- are also in BRICS": those four
    if _HOW_MANY_AFTER.match(after):
        return False
    value = lx.number(match["num"]) or 0
    if value <= 3 and _THE.search(sentence, max(0, match.start() - 40), match.start()):
        # "The two SCO observer states lodged their applications": the two named before
        return _ACTS_AFTER.match(after) is not None and not after.lstrip().startswith(",")
    opens = _OPENS_CLAUSE.search(sentence, max(0, match.start() - 40), match.start())
    if opens is None:
        return False
    comma = re.match(r"\s*,\s*(?:the\s+)?", after)
    if comma is not None:
        return lx.country_regex().match(after, comma.end()) is not None
    if not _ACTS_AFTER.match(after):
        return False
    if status_in(match, "noun") == "member" and value < 6:
        return True
    return "SCO" in match.group() and not _MET_AFTER.match(after)


_MET_AFTER = re.compile(
    r"\s+(?:signed|agreed|adopted|met|gathered|attended|approved|decided|endorsed|issued|took\s+part"
    r"|participated|were\s+represented|voted)\b",
    re.IGNORECASE,
)


# The members a body was founded with are its founders: "established in 2001 with six members".
_FOUNDED_WITH = re.compile(
    r"\b(?:founded|established|created|formed|set\s+up|launched|started|began)\b[^.;]{0,40}?"
    r"\bwith\s+(?:(?:its|the|just|only|an?\s+initial|initial|original)\s+)*\Z",
    re.IGNORECASE,
)


# "consists of 8 countries", "founded by six countries", "expanded its membership to eight
# countries": countries that are members; "27 countries, members and partners" says all.
_MEMBERSHIP_CUE = re.compile(
    r"\b(?P<founded>(?:founded|established|created|formed|set\s+up)\s+(?:(?:in|on)\s+[\w\s,]{0,30}?)?"
    r"by(?:\s+the\s+leaders\s+of)?)?(?:consists?\s+of|consisted\s+of|compris(?:e|es|ed|ing)|composed\s+of"
    r"|made\s+up\s+of|(?:expanded|grew|enlarged|increased|rose)\s+(?:its\s+membership\s+)?to"
    r"|membership\s+(?:of|to)|the\s+following)?\s+(?:(?:the|its|just|only|all)\s+)?$",
    re.IGNORECASE,
)
# who founded it, named by their leaders: "founded in 2001 by the leaders of six countries"
_FOUNDED_BY = re.compile(
    r"\b(?:founded|established|created|formed|set\s+up|launched)\b[^.;]{0,60}?\bby\s+(?:the\s+)?"
    r"(?:(?:leaders|heads(?:\s+of\s+states?)?|presidents)\s+(?:of\s+)?(?:the\s+)?)?\Z",
    re.IGNORECASE,
)
# the SCO's founding document signed by those counted: they are its founders
_SIGNED_FOUNDING = re.compile(
    r"[^.;]{0,160}?\bsigned\s+(?:a|the)\s+(?:declaration|charter|document)\s+(?:on|of)\s+"
    r"(?:the\s+)?(?:establishment|creation|founding|formation)\s+of\s+(?:the\s+)?"
    r"(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation)\b",
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
    if value is None or about_other(sentence, match.start(), five=True):
        return None
    subject = "member" if match["noun"].lower() in _BLOC_WORDS else "country"
    return CountClaim(subject, value, match.start(), match.end(), {})


def _held_counts(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "Four other states have observer status: A, B, C and D", "six countries are in the
    organisation as dialogue partners: ...", "there are four countries that act as
    observers": how many hold the status the words after the count give them."""
    if not _HELD_GATE.search(sentence):
        return
    for match in _HELD.finditer(sentence):
        value = lx.number(match["num"])
        before = sentence[max(0, match.start() - 40) : match.start()]
        if value is None or value < 2 or about_other(sentence, match.start(), five=True):
            continue
        if rx("future").search(before) or _ATTENDED.search(before):
            continue
        # a list of as many names after it, or "there are N countries that ..." (all of them)
        listed = _names_after(sentence, match.end())[0] == value
        if not listed and not match["there"]:
            continue
        if not (listed or mentions(sentence, "sco_org")):
            continue
        yield CountClaim(lx.status_of_match(match), value, match.start(), match.end(), {})


_HELD_GATE = re.compile(r"\bstatus\b|\bas\s+(?:\w+\s+)?(?:observer|partner|member)", re.I)
_HELD = re.compile(
    rf"(?P<there>\bthere\s+(?:are|were)\s+(?:now\s+|only\s+|currently\s+|just\s+)*)?"
    rf"(?P<num>{lx.number_pattern()})\s+(?:other\s+|more\s+)?(?:countries|states|nations)\s+"
    r"(?:(?:that|which)\s+)?(?:(?:now|also|currently|still)\s+)?"
    r"(?:(?:have|hold|enjoy|had|held|enjoyed)\s+(?:the\s+)?(?:status\s+of\s+)?(?:an?\s+)?(?:SCO\s+)?"
    r"|(?:are|were)\s+(?:(?:in|within)\s+the\s+(?:organi[sz]ation|SCO|bloc|grouping)\s+)?"
    r"(?:in\s+the\s+status\s+of|as)\s+(?:an?\s+)?|(?:act|acted|serve|served|participate|take\s+part)"
    r"\s+as\s+(?:an?\s+)?)"
    rf"(?:{lx.status_pattern()})(?![\w-])(?:\s+status\b)?",
    re.IGNORECASE,
)


def _rest_counts(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "The SCO has ten members; Mongolia and Afghanistan are observers, and fourteen more are
    dialogue partners": the count of the rest, its noun elided ("more", "others"), of the
    SCO the sentence names; not a past, a forecast or another body's."""
    if not _REST_GATE.search(sentence) or not mentions(sentence, "sco_org"):
        return
    for match in _REST.finditer(sentence):
        value = lx.number(match["num"])
        before = sentence[max(0, match.start() - 40) : match.start()]
        if value is None or value < 2 or rx("future").search(before):
            continue
        if about_other(sentence, match.start(), five=True) or elsewhere(sentence[match.end() :]):
            continue
        yield CountClaim(lx.status_of_match(match), value, match.start(), match.end(), {})


_REST_GATE = re.compile(
    r"\b(?:more|others|other\s+(?:countries|states|nations))\s+(?:are|serve)\b", re.I
)
_REST = re.compile(
    rf"(?<![\w-])(?P<num>{lx.number_pattern()})\s+(?:more|others|other\s+(?:countries|states|nations))"
    r"\s+(?:are|serve\s+as)\s+(?:(?:now|also|currently|still)\s+)?(?:its\s+|the\s+bloc's\s+|SCO\s+)?"
    rf"(?:{lx.status_pattern()})(?![\w-])",
    re.IGNORECASE,
)


def _bracketed_counts(sentence: str, today: str | None = None) -> Iterator[Claim]:
    """ "The founding members (5) of the SCO were ...", "the members (8) of the SCO": a
    count in brackets right after its status, told of the SCO."""
    if "(" not in sentence:
        return
    for match in _BRACKETED.finditer(sentence):
        value = lx.number(match["num"])
        before = sentence[max(0, match.start() - 40) : match.start()]
        if value is None or value < 2 or rx("future").search(before):
            continue
        yield CountClaim(lx.status_of_match(match), value, match.start(), match.end(), {})


_BRACKETED = re.compile(
    rf"(?<![\w-])(?:{lx.status_pattern()})"
    r"(?:\s+(?i:states|countries|nations))?\s*\(\s*(?P<num>\d{1,2})\s*\)\s+(?i:of)\s+"
    + lx.compose("{sco}"),
)


_BLOC_WORDS = frozenset("bloc grouping group organisation organization alliance club".split())


RULES: tuple[SentenceRule, ...] = (
    SentenceRule(
        "count_of_a_status",
        _noun_counts,
        (
            (
                "The SCO has ten member states and two observer states.",
                (("count", "member", 10), ("count", "observer", 2)),
            ),
            ("The SCO, a bloc of ten countries, met in Astana.", (("count", "member", 10),)),
            ("The organisation consists of 8 countries.", (("count", "member", 8),)),
            (
                "The SCO was set up in Shanghai in 2001 by the presidents of the six countries.",
                (("count", "founding_member", 6),),
            ),
            (
                "In Shanghai the heads of six states - Russia, China, Kazakhstan, Kyrgyzstan,"
                " Tajikistan and Uzbekistan - signed the declaration on the creation of the SCO.",
                (("count", "founding_member", 6),),
            ),
            (
                "The bloc has six countries: India, China, Russia, Iran, Belarus and Pakistan.",
                (("count", "member", 6),),
            ),
            (
                "At first it was made up of six countries (China, Russia, Kazakhstan,"
                " Kyrgyzstan, Tajikistan and Uzbekistan).",
                (("count", "member", 6),),
            ),
            (
                "Four countries, Afghanistan, Belarus, Iran and Mongolia, are SCO observers.",
                (("count", "observer", 4),),
            ),
            (
                "The SCO, initially established in 2001 with five member states, has grown.",
                (("count", "founding_member", 5),),
            ),
            ("The SCO has 14 key dialogue partners.", (("count", "dialogue_partner", 14),)),
            (
                "The SCO has expanded from a regional organization with six members into a"
                " trans-regional organization with 10 full members.",
                (("count", "member", 10),),
            ),
            (
                "Altogether 26 countries now take part in the SCO in one form or another.",
                (("count", "country", 26),),
            ),
            (
                "Six member states - China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and"
                " Uzbekistan - made up the SCO in 2010.",
                (("count", "member", 6),),
            ),
            # the Shanghai Five named, but the count is the SCO's now, or of a later year
            ("Born as the Shanghai Five, the SCO has ten members.", (("count", "member", 10),)),
            (
                "Founded in 1996 as the Shanghai Five, the bloc had six members by 2001.",
                (("count", "member", 6),),
            ),
        ),
        (
            ("More than 20 countries attended the SCO summit.", (("count", "country", 20),)),
            (
                "Three SCO members - Russia, Kazakhstan and Tajikistan - also sit in the CSTO.",
                (("count", "member", 3),),
            ),
            (
                "In 2001 Uzbekistan joined the Shanghai Five members to set up the SCO.",
                (("count", "member", 5), ("count", "founding_member", 5)),
            ),
            # the Shanghai Five's count, or one told at a year before the SCO's founding
            (
                "Like the Shanghai Five in 1996, the group had five members.",
                (("count", "member", 5),),
            ),
            ("Back in 1996 the bloc had five members.", (("count", "member", 5),)),
            (
                "Two SCO member states (India and Pakistan) hold nuclear arms.",
                (("count", "member", 2),),
            ),
            (
                "The region has six countries: China, India, Kazakhstan, Iran, Pakistan and Nepal.",
                (("count", "member", 6), ("count", "country", 6)),
            ),
            (
                "The SCO is strong and six countries cover an area of 30 million square km.",
                (("count", "country", 6), ("count", "member", 6)),
            ),
            (
                "Six countries, Azerbaijan, Armenia, Nepal, Turkey, Egypt and Qatar, are SCO partners.",
                (("count", "country", 6), ("count", "member", 6)),
            ),
            (
                "India and Pakistan, two SCO observer states, attended the summit.",
                (("count", "observer", 2),),
            ),
            (
                "In 2018 the SCO unites eight countries of Eurasia.",
                (("count", "country", 8),),
            ),
            (
                "The SCO, established in 2001 with five working groups, has grown.",
                (("count", "founding_member", 5), ("count", "member", 5)),
            ),
            ("The SCO will count nine dialogue partners.", (("count", "dialogue_partner", 9),)),
            ("Leaders of 14 countries attended the SCO summit.", (("count", "country", 14),)),
            (
                "The heads of six states - Russia, China, Kazakhstan, India, Iran and Belarus -"
                " signed a declaration on SCO energy.",
                (("count", "founding_member", 6), ("count", "member", 6)),
            ),
            (
                "The SCO forum was opened by the leaders of the eight countries.",
                (("count", "founding_member", 8), ("count", "country", 8)),
            ),
            (
                "The SCO has expanded from a regional organization with six members into a"
                " trans-regional organization with 10 full members.",
                (("count", "member", 6),),
            ),
            # the object of a joining: those there before the joiner
            (
                "The Shanghai Five became the Shanghai Cooperation Organisation when Uzbekistan"
                " joined the five founding states.",
                (("count", "founding_member", 5),),
            ),
        ),
    ),
    SentenceRule(
        "count_of_a_status_held",
        _held_counts,
        (
            (
                "Three more states hold observer status: Iran, Belarus and Mongolia.",
                (("count", "observer", 3),),
            ),
            (
                "Besides, five countries are in the bloc as dialogue partners: Nepal, Egypt,"
                " Qatar, Armenia and Cambodia.",
                (("count", "dialogue_partner", 5),),
            ),
            (
                "Today there are only two countries that act as observers in the SCO.",
                (("count", "observer", 2),),
            ),
        ),
        (
            # the list names fewer than the count: some of them, not how many
            (
                "Five countries have observer status, among them Iran and Mongolia.",
                (("count", "observer", 5),),
            ),
            (
                "Four states will have observer status: Iran, Belarus, Laos and Mongolia.",
                (("count", "observer", 4),),
            ),
            (
                "In NATO, three states have partner status: Sweden, Finland and Austria.",
                (("count", "partner", 3), ("count", "dialogue_partner", 3)),
            ),
        ),
    ),
    SentenceRule(
        "count_of_the_rest",
        _rest_counts,
        (
            (
                "The SCO has ten members; Mongolia and Afghanistan are observers, and fourteen"
                " more are dialogue partners.",
                (("count", "dialogue_partner", 14),),
            ),
            (
                "Afghanistan and Mongolia are observers, while 14 others are dialogue partners"
                " of the SCO.",
                (("count", "dialogue_partner", 14),),
            ),
        ),
        (
            (
                "The SCO has ten members, and three more are expected to be dialogue partners.",
                (("count", "dialogue_partner", 3),),
            ),
            (
                "The SCO has ten members; five others are members of NATO.",
                (("count", "member", 5),),
            ),
            (
                "The SCO has ten members; two more were observers until 2025.",
                (("count", "observer", 2),),
            ),
        ),
    ),
    SentenceRule(
        "count_in_brackets",
        _bracketed_counts,
        (
            (
                "The founding members (5) of Shanghai Cooperation Organisation (SCO) were China,"
                " Russia, Kazakhstan, Kyrgyzstan, Tajikistan.",
                (("count", "founding_member", 5),),
            ),
            ("The member states (8) of the SCO met in Qingdao.", (("count", "member", 8),)),
        ),
        (
            ("The founding members (5) of BRICS met.", (("count", "founding_member", 5),)),
            ("The member states (2017) of the SCO met.", (("count", "member", 20),)),
        ),
    ),
    SentenceRule(
        "membership_grew_to",
        _bare_counts("membership_to"),
        (("The SCO's membership grew to nine in 2023.", (("count", "member", 9),)),),
        (("The SCO's membership will grow to ten.", (("count", "member", 10),)),),
    ),
    SentenceRule(
        "bloc_of_a_number",
        _bare_counts("bloc_of_bare"),
        (("The bloc of 10 met in Astana.", (("count", "member", 10),)),),
        (("The BRICS bloc of 10 met in Kazan.", (("count", "member", 10),)),),
    ),
    SentenceRule(
        "number_of_a_status",
        _bare_counts("number_of"),
        (
            (
                "This brings the number of dialogue partners to 14.",
                (("count", "dialogue_partner", 14),),
            ),
        ),
        (("The number of BRICS members rose to 10.", (("count", "member", 10),)),),
    ),
    SentenceRule(
        "compound_count",
        _compound_counts,
        (
            ("The eight-member bloc met in Bishkek.", (("count", "member", 8),)),
            ("The 26-nation SCO family met.", (("count", "country", 26),)),
            ("Leaders from the six-member SCO met in Dushanbe.", (("count", "member", 6),)),
        ),
        (("It turned the six-nation organisation into a larger one.", (("count", "member", 6),)),),
    ),
    SentenceRule(
        "compound_count_without_hyphen",
        _spaced_counts,
        (("The SCO is a ten country regional body.", (("count", "member", 10),)),),
        (
            ("The SCO set up a six country working group.", (("count", "member", 6),)),
            ("NATO is a 32 nation security alliance.", (("count", "member", 32),)),
        ),
    ),
)
