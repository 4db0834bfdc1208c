"""Countries and their statuses: "India, an observer", "Iran joined in 2023", "Mongolia's observer status"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from sco_cli.claims import coordination
from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, Group, JoinedClaim, StatusClaim, each
from sco_cli.claims.group_rules import Around, about_group, pairs
from sco_cli.claims.patterns import WINDOW, YEAR, rx
from sco_cli.claims.years import year_after, year_before


def _groups(sentence: str) -> list[Group]:
    """Country names, merged into lists: 'India, Pakistan and Iran' is one group."""
    # [start, end, members, adjectives], made into Group at the end (a list grows
    # in place: a list of a thousand names costs a thousand steps, not a million)
    building: list[tuple[int, list[int], list[tuple[str, str]], bool]] = []
    closed = False  # the list being built ended with "and" its last name
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
            if (
                (len(gap) < 20 and rx("list_sep").match(gap))
                or (len(gap) < 70 and rx("list_filler").match(gap))
            ) and not (closed and _ADDED_AFTER.match(gap)):
                end[0] = match.end()
                building[-1][2].append(item)
                closed = _AND.search(gap) is not None
                continue
        building.append((match.start(), [match.end()], [item], adjective))
        closed = False
    groups = [
        Group(start, _past_year(sentence, end[0]), tuple(items), adj)
        for start, end, items, adj in building
    ]
    return [part for group in groups for part in _split_undated(sentence, group)]


# "Sri Lanka (2010), Egypt and Qatar (2022) and Kuwait, Maldives and the UAE are expected
# to be granted the status": a list of its own, with an "and" of its own, after the last
# name's year in brackets
_UNDATED_RUN = re.compile(r"\s*,?\s+and\s+(?:the\s+)?\Z")


def _split_undated(sentence: str, group: Group) -> list[Group]:
    """A list whose names carry their years in brackets, and the list run on after its last
    year: two lists."""
    years = list(_BRACKETED_YEAR.finditer(sentence, group.start, group.end))
    if not years or years[-1].end() == group.end:
        return [group]
    names = list(lx.country_regex().finditer(sentence, years[-1].end(), group.end))
    if len(names) < 2 or not _UNDATED_RUN.match(sentence[years[-1].end() : names[0].start()]):
        return [group]
    if not re.search(r"\band\b|&", sentence[names[0].end() : group.end]):
        return [group]
    cut = len(group.members) - len(names)
    return [
        group._replace(end=years[-1].end(), members=group.members[:cut]),
        group._replace(start=names[0].start(), members=group.members[cut:]),
    ]


_HELD = ("member", "observer", "dialogue_partner", "partner")


def _in_their_years(sentence: str, group: Group, claims: list[Claim]) -> list[Claim]:
    """A status told of a list whose names carry their years in brackets ("the SCO has
    Mongolia (2004), Belarus (2015) and Afghanistan (2012) as observers"): each a joining,
    in its year."""
    ended = _ended(sentence, group) if claims else set()
    if ended:  # "India (2005-2017)": held then, not now
        claims = [c for c in claims if c.kind != "status" or c.detail.get("iso3") not in ended]
    years = item_years(sentence, group) if claims else None
    if years is None:
        return claims
    return [
        JoinedClaim(c.subject, c.value, c.start, c.end, {"iso3": iso3, "year": years[iso3]})
        if isinstance(c, StatusClaim)
        and c.value in _HELD
        and set(c.detail) == {"iso3"}
        and (iso3 := c.detail["iso3"]) in years
        else c
        for c in claims
    ]


_RANGE = re.compile(
    r"\s*\(\s*(?:since\s+)?(?:19|20)\d\d\s*(?:[-\u2013\u2014]|to)\s*(?:19|20)\d\d\s*\)"
)


def _ended(sentence: str, group: Group) -> set[str]:
    """The names of a list followed by the years they held a status, ended: "Observers:
    Mongolia (since 2004), India (2005-2017)"."""
    if "(" not in sentence[group.start : group.end + 14]:
        return set()
    ended = set()
    for name in lx.country_regex().finditer(sentence, group.start, group.end):
        found = lx.country(name.group())
        if found is not None and _RANGE.match(sentence, name.end()):
            ended.add(found[0])
    return ended


def item_years(sentence: str, group: Group) -> dict[str, int] | None:
    """Each name's year in a list whose names carry their years in brackets ("Mongolia
    (2004), Belarus (2015)", "Armenia, Azerbaijan and Nepal (2016)": the year after a run of
    names is each one's); None when a name has none after it."""
    if (
        "(" not in sentence[group.start : group.end]
        and "\uff08" not in sentence[group.start : group.end]
    ):
        return None
    years: dict[str, int] = {}
    waiting: list[str] = []
    for name in lx.country_regex().finditer(sentence, group.start, group.end):
        found = lx.country(name.group())
        if found is None:  # pragma: no cover - every match is a key of the table
            return None
        waiting.append(found[0])
        year = _BRACKETED_YEAR.match(sentence, name.end())
        if year is not None:
            value = int(re.sub(r"\D", "", year.group())[:4])
            years.update(dict.fromkeys(waiting, value))
            waiting = []
    return None if waiting or not years else years


# "A, B and C, as well as D": a list closed by "and", then another name added to what the
# sentence says of it ("the four observers, A, B, C and D, as well as Turkmenistan's
# president"): its own list
_AND = re.compile(r"\band\b|&")
_ADDED_AFTER = re.compile(r"\s*,\s*(?:as\s+well\s+as|along\s+with|together\s+with)\s")

_BRACKETED_YEAR = re.compile(r"\s*" + lx.BRACKETED_YEAR)


def _past_year(sentence: str, end: int) -> int:
    """A list's end past its last name's year in brackets ("... and Afghanistan (2012) are
    observers"), which the names before it carry too."""
    year = _BRACKETED_YEAR.match(sentence, end)
    return year.end() if year else end


def _elided(
    sentence: str, group: Group, head: str, tail: str, previous: JoinedClaim
) -> Iterator[Claim]:
    """ "India and Pakistan joined in 2017, Iran in 2023": the verb and status of
    the claim before, a year of its own."""
    between = sentence[previous.end : group.start]
    # "..., Iran in 2023"; "Mongolia, which became the first observer in 2004, was followed by
    # India, Iran and Pakistan in 2005"
    # "India and Pakistan joined the bloc in 2017, and Iran in 2023": the verb's object first
    elided = (
        r"(?:\s+(?:the\s+)?(?:SCO|bloc|organi[sz]ation|group(?:ing)?)(?:\s+in\s+\d{4})?)?"
        r"\s*,?\s*(?:and\s+)?(?:(?:(?:was|were)\s+)?(?:followed|joined)\s+by\s+(?:the\s+)?)?"
    )
    if _ALONG_WITH.fullmatch(between):  # "India was admitted in 2017 along with Pakistan"
        year = (previous.detail.get("year"), previous.detail.get("relative"))
        yield from each(group, "joined", previous.value, group.start, group.end, year)
        return
    if previous.detail.get("year") is None or not re.fullmatch(elided, between):
        return
    when = re.match(rf"\s+in\s+(?P<year>{YEAR})(?!\d)", tail)
    if when is None:
        return
    year = (int(when["year"]), None)
    yield from each(group, "joined", previous.value, group.start, group.end + when.end(), year)


_ALONG_WITH = re.compile(r"\s*,?\s*(?:together|along)\s+with\s+(?:the\s+)?", re.IGNORECASE)


def _around(sentence: str, groups: list[Group], index: int, today: str | None) -> Around:
    """A list and the words around it: not past the lists before and after it."""
    group = groups[index]
    limit = groups[index + 1].start if index + 1 < len(groups) else len(sentence)
    tail = sentence[group.end : min(limit, group.end + WINDOW)]
    previous_end = groups[index - 1].end if index else 0
    head = sentence[max(previous_end, group.start - WINDOW // 2) : group.start]
    return Around(sentence, group, head, tail, today)


def arounds(sentence: str, today: str | None) -> list[Around]:
    """Every list of countries in a sentence, with the words the rules read around it."""
    groups = _groups(sentence)
    return [_around(sentence, groups, index, today) for index in range(len(groups))]


def statuses(sentence: str, today: str | None) -> Iterator[Claim]:
    groups = _groups(sentence)
    previous: JoinedClaim | None = None
    members: list[Claim] = []  # the claims of the list before, when it was given membership
    for index, group in enumerate(groups):
        around = _around(sentence, groups, index, today)
        head, tail = around.head, around.tail
        previous_end = groups[index - 1].end if index else 0
        claims = about_group(around)
        if not claims and previous is not None:
            claims = list(_elided(sentence, group, head, tail, previous))
        if members and all(isinstance(c, JoinedClaim) for c in claims):
            claims = [*_joiners(sentence, group, members), *claims]
        if not claims and not group.adjectives:
            # a single name before ("founded in Shanghai, China, ... by the leaders of China,
            # Russia ...") does not end the words a phrasing reads; a list does
            floor = previous_end if index and len(groups[index - 1].members) > 1 else 0
            claims = list(_bound(sentence, group, floor, today))
        founders = list(_founders(sentence, group, claims))
        claims = _in_their_years(sentence, group, claims)
        yield from claims
        yield from founders
        yield from coordination.second_status(sentence, group, claims)
        previous = next((c for c in reversed(claims) if isinstance(c, JoinedClaim)), None)
        members = claims if _founders_told(sentence, group, claims) else []
        if claims and group.start + len(tail) > claims[-1].end:
            # "Iran, which became an observer in 2005, joined as a member in 2023"; "India and
            # Pakistan that joined the organization in 2017"
            rest = sentence[claims[-1].end : group.end + len(tail)]
            again = _AGAIN.match(rest)
            if again and rx("joining").match(" " + rest[again.end() :]):
                moved = group._replace(end=claims[-1].end + again.end() - 1)
                around = Around(sentence, moved, head, " " + rest[again.end() :], today)
                for claim in about_group(around):
                    yield claim._replace(start=group.start)


_AGAIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:that|which|who)\s+)(?=\w)")
# "comprises eight countries: A, ..., F as the founding states": the members named, each a
# founder too; "... and also G and H that joined in 2017": the rest of the members, joiners
_AS_FOUNDERS = re.compile(
    r"\s+as\s+(?:the|its)\s+(?:founding|founder)\s+(?:member\s+)?(?:states|members|countries"
    r"|nations)\b",
    re.IGNORECASE,
)
_AND_ALSO = re.compile(r"\s*,?\s+(?:and|plus|as\s+well\s+as)\s+(?:also\s+)?(?:the\s+)?\Z")


def _founders_told(sentence: str, group: Group, claims: list[Claim]) -> re.Match[str] | None:
    """ "as the founding states" right after a list the SCO is told to comprise."""
    if not claims or any(c.kind != "status" or c.value not in _COMPRISED for c in claims):
        return None
    return _AS_FOUNDERS.match(sentence, group.end)


_COMPRISED = ("member", "founding_member")


def _founders(sentence: str, group: Group, claims: list[Claim]) -> Iterator[Claim]:
    """A list given membership and told "as the founding states": each a founder too."""
    told = _founders_told(sentence, group, claims)
    if told is not None and all(c.value == "member" for c in claims):
        start = claims[0].start
        yield from each(group, "status", "founding_member", start, told.end(), (None, None))


def _joiners(sentence: str, group: Group, members: list[Claim]) -> Iterator[Claim]:
    """The members after the founders, in the same list: "A and B as the founding states
    and also C and D that joined in 2017" (C and D are members)."""
    founders = _AS_FOUNDERS.search(sentence, members[-1].start, group.start)
    if founders is None or not _AND_ALSO.match(sentence[founders.end() : group.start]):
        return
    yield from each(group, "status", "member", members[0].start, group.end, (None, None))


def _bound(sentence: str, group: Group, floor: int, today: str | None) -> Iterator[Claim]:
    """A list bound to a status by a declared phrasing (claims/phrasings.py)."""
    binding = coordination.bind(sentence, group.start, group.end, floor)
    if binding is None or pairs(group, sentence[floor : group.start], sentence[group.end :][:40]):
        return
    year: tuple[int | None, str | None] = (None, None)
    if binding.rule.kind == "joined":
        year = _joining_year(sentence, binding, floor, today)
    # "India and Pakistan join the SCO": told in the present, it may be announced, not yet made
    present = binding.rule.kind == "joined" and _PRESENT_JOIN.search(
        sentence, group.end, binding.end
    )
    tense = "present" if present else None
    yield from each(
        group, binding.rule.kind, binding.status, binding.start, binding.end, year, tense=tense
    )


def _joining_year(
    sentence: str, binding: coordination.Binding, floor: int, today: str | None
) -> tuple[int | None, str | None]:
    """The year after the words, else the year before them where the rule reads one there;
    "Since 2005, India had observer status (and applied in 2014)": the year the rule says
    is its own, before the words, whatever year follows them."""
    head = sentence[max(floor, binding.start - 80) : binding.start]
    since = _SINCE_BEFORE.search(head) if binding.rule.year_before_first else None
    if since is not None:
        return int(since["year"]), None
    year = year_after(sentence[binding.end : binding.end + 80], today)
    if year[0] is None and binding.rule.year_before:
        year = year_before(head, sentence, today)
    return year


_SINCE_BEFORE = re.compile(r"\b(?i:since|from)\s+(?P<year>(?:19|20)\d\d)\s*,?\s+\Z")
_PRESENT_JOIN = re.compile(r"\b(?i:join|joins)\b")


# The members split into founders and joiners in one list (_founders, _joiners): sentences
# and the (kind, country, status) claims they must give; counter-examples and the claims
# they must not give (tests/claims/test_founders_and_joiners.py).
SPLIT_EXAMPLES: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "The SCO has eight members: China, Russia, Kazakhstan, Kyrgyzstan, Tajikistan and"
        " Uzbekistan as the founding members, and also India and Pakistan, which joined in 2017.",
        (
            ("status", "Tajikistan", "founding_member"),
            ("status", "India", "member"),
            ("joined", "Pakistan", "member"),
        ),
    ),
    (
        "It includes Russia, Kazakhstan and China as the founder states and India and Pakistan"
        " that joined the SCO in 2017.",
        (
            ("status", "China", "founding_member"),
            ("status", "China", "member"),
            ("status", "Pakistan", "member"),
            ("joined", "India", "member"),
        ),
    ),
    (
        "Today the organization unites Russia, China and Uzbekistan as the founding countries"
        " as well as India, Pakistan and Iran.",
        (("status", "Iran", "member"), ("status", "Uzbekistan", "founding_member")),
    ),
)
SPLIT_COUNTERS: tuple[tuple[str, tuple[tuple[str, str, str], ...]], ...] = (
    (
        "The CSTO comprises Russia, Armenia and Belarus as the founding states and also"
        " Kazakhstan and Kyrgyzstan.",
        (("status", "Kazakhstan", "member"), ("status", "Armenia", "founding_member")),
    ),
    (
        "The SCO comprises China and Russia as the founding members and also wants India and"
        " Pakistan to join.",
        (("status", "India", "member"), ("status", "Pakistan", "member")),
    ),
    (
        "The SCO will include Iran and Belarus as the founding states and also Egypt and Qatar.",
        (("status", "Egypt", "member"), ("status", "Iran", "founding_member")),
    ),
    (
        "Leaders from China, Russia and Kazakhstan as the founding states and also India and"
        " Pakistan spoke.",
        (("status", "India", "member"),),
    ),
)


# -- a list told in the sentence after its status ------------------------------------------
#
# "The SCO has four observers. They are A, B and C.", "The leaders of the SCO member states
# met. These are A, B, ...": the pronoun's list holds the one status the sentence before
# named of the SCO, read as "The SCO's observers are A, B and C."
_PRONOUN_OPENS = re.compile(r"(?:They|These|Those)\s+(?:are|include)\s*:?\s*(?=[A-Z])")
_PLURAL_STATUS = re.compile(
    r"\b(?:(?:found(?:ing|er)|original)[- ]members|(?:full[- ])?members|member[- ](?:states|countries"
    r"|nations)|observers|observer[- ](?:states|countries|nations)|dialog(?:ue)?[- ]partners"
    r"|partners(?:[- ](?:states|countries))?)\b",
    re.IGNORECASE,
)
_OF_THE_SCO = re.compile(
    r"\b(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation|its|the\s+(?:bloc|organi[sz]ation"
    r"|grouping))\b",
    re.IGNORECASE,
)
# the sentence before tells of a status to come, hoped for, denied or past: its pronoun's
# list holds none now
_NOT_NOW = re.compile(
    r"\b(?:will|would|may|might|could|shall|expected|plans?|planned|appl(?:y|ied|ies|icants?)"
    r"|candidates?|seeks?|sought|hopes?|wants?|aspir\w*|former(?:ly)?|ex|not|never|no|new"
    r"|were|was|had|other|BRICS|ASEAN|CSTO|EAEU|NATO|G20|UN|CIS|SAARC)\b",
    re.IGNORECASE,
)


class Carried(NamedTuple):
    text: str  # the sentence as read: "The SCO's observers are A, B and C."
    shift: int  # what the new opening adds (negative: takes away)


def carried(sentence: str, previous: str | None) -> Carried | None:
    """ "They are A, B and C." after a sentence that names one status of the SCO (and no
    time but now): the sentence read with that status as its subject; None otherwise."""
    opens = _PRONOUN_OPENS.match(sentence)
    if opens is None or previous is None or _NOT_NOW.search(previous):
        return None
    nouns = {coordination.status_named(m.group()) for m in _PLURAL_STATUS.finditer(previous)}
    if len(nouns) != 1 or not _OF_THE_SCO.search(previous):
        return None
    groups = _groups(sentence)
    if len(groups) != 1 or groups[0].start != opens.end() or len(groups[0].members) < 2:
        return None
    if sentence[groups[0].end :].strip(" .;") or groups[0].adjectives:
        return None  # the list is all the sentence says
    noun = _PLURAL_STATUS.search(previous).group()  # type: ignore[union-attr]
    new = f"The SCO's {noun.lower()} are "
    return Carried(new + sentence[opens.end() :], len(new) - opens.end())


def carried_back(claim: Claim, read: Carried) -> Claim:
    """A claim of the sentence as read, placed in the sentence as written (its pronoun
    opening it)."""
    return claim._replace(start=max(0, claim.start - read.shift), end=claim.end - read.shift)


# (the sentence before, the sentence, the (country, status) claims it must give: none, the
# empty tuple); tests/claims/test_lists.py runs them
CARRIED_EXAMPLES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "The SCO has four observers.",
        "They are Afghanistan, Belarus, Iran and Mongolia.",
        (("Afghanistan", "observer"), ("Mongolia", "observer")),
    ),
    (
        "The leaders of the SCO member states already held a one-on-one meeting.",
        "These are China, Russia, India, Uzbekistan and Pakistan.",
        (("China", "member"), ("Pakistan", "member")),
    ),
    (
        "Its dialogue partners met in Astana.",
        "They are Armenia, Nepal and Cambodia.",
        (("Nepal", "dialogue_partner"),),
    ),
    # not a status now, another body, two statuses, or more than a list
    ("The SCO will admit two new members.", "They are Iran and Belarus.", ()),
    ("BRICS has ten members.", "They include Brazil, India and Egypt.", ()),
    ("The SCO has eight members and four observers.", "They are India, Iran and China.", ()),
    ("The SCO's observers met.", "They are Iran and India, which want more.", ()),
    ("Two observers applied for SCO membership.", "They are Iran and Belarus.", ()),
    ("The SCO met in June.", "They are India and Pakistan.", ()),
)


# A list whose names carry their years in brackets (_split_undated, _in_their_years): the
# sentence and the (kind, country, status, year) claims it must give; a counter-example and
# the (country, kind) pairs it must not give (tests/claims/test_lists.py).
DATED_EXAMPLES: tuple[tuple[str, tuple[tuple[str, str, str, int | None], ...]], ...] = (
    (
        "Besides, the SCO also has Mongolia (2004), Belarus (2015) and Afghanistan (2012) as"
        " observer countries.",
        (("joined", "Mongolia", "observer", 2004), ("joined", "Afghanistan", "observer", 2012)),
    ),
    (
        "The SCO has gradually admitted several Asian countries as dialogue partners including"
        " Sri Lanka (2010), Cambodia (2015), Armenia and Nepal (2016).",
        (
            ("joined", "Armenia", "dialogue_partner", 2016),
            ("joined", "Sri Lanka", "dialogue_partner", 2010),
        ),
    ),
)
DATED_COUNTERS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    # the years a status was held, ended: not held now
    (
        "SCO observers: Mongolia (since 2004), India (2005\u20132017), Iran (2005\u20132023) and"
        " Afghanistan (since 2012).",
        (("India", "status"), ("Iran", "status")),
    ),
    # a name without a year: the list's statuses, no joinings
    (
        "Mongolia (2004) and Belarus are SCO observers.",
        (("Belarus", "joined"), ("Mongolia", "joined")),
    ),
    # the list run on after the last year, with an "and" of its own, is another list
    (
        "The SCO has admitted dialogue partners including Sri Lanka (2010) and Cambodia (2015),"
        " and Kuwait, Bahrain and the Maldives are expected to be granted the status in 2023.",
        (("Kuwait", "status"), ("Kuwait", "joined"), ("Maldives", "status")),
    ),
)
