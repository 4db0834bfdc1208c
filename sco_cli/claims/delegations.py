"""Lists whose items are people: a status's delegations, and the heads of state who sign.

"the heads of delegations of the SCO observer states - President A of Iran, Minister B of
the Republic of India, ...": each item is a person of one country, so the list is read
item by item (apart by commas), not as a run of names. "the presidents of A, B and C
signed the charter of the SCO": those who sign the SCO's documents are its members.
Each rule has its examples and counter-examples (tests/claims/test_lists.py runs them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, Group, each

_LONGEST = 41  # items read at most: a list is bounded
_ITEM = 130  # characters an item (a title, a name, a country) may hold

# Who speaks for a country: the words that open a delegation's list.
_WHO = (
    r"(?i:heads?|leaders?|delegations?|representatives?|presidents?|delegates?)"
    r"(?:\s+(?i:of)\s+(?i:states?|governments?|delegations?))?"
)
# A title opening an item right after its status ("... observer states President of Belarus")
_TITLE = (
    r"(?:(?i:the)\s+)?(?:President|Prime|Minister|Foreign|Vice|Deputy|King|Emir|Premier|Chairman)\b"
)


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str  # the words before the first item, written with the lexicon's pieces
    examples: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]
    counter_examples: tuple[str, ...]
    needs: str = ""  # a word the rule's words hold, as written: a cheap test before its scan
    status: str = "member"  # the status given when the pattern names none ("SCO states")


# The SCO by a name a delegation's words give it ("the OCS" in texts translated from French)
_SCO = (
    r"(?:SCO|OCS|Shanghai\s+Co-?operation\s+Organi[sz]ation(?:\s*\(SCO\))?"
    r"|(?i:organi[sz]ation)['\u2019]s)"
)
# What may follow "the heads of the member states": whose states they are, and an aside
# ("(hereinafter the SCO)", "-- /further mentioned as the SCO/ --")
_ASIDE = (
    r"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?" + _SCO + r")?"
    r"(?:\s*\([^()]{{0,90}}\)|\s*(?:--|[\u2013\u2014])\s*/[^/]{{0,90}}/)?"
)
# What opens the list: a dash or colon, "namely", "including", "comprising", or the
# first item's title ("... observer states President of Belarus")
_OPENS = (
    r"(?:\s*(?:[\u2013\u2014:]|-{{1,2}})\s*(?:(?i:of)\s+(?=(?i:the)\s))?"
    r"|\s*,?\s+(?i:including|namely|comprising|i\.e\.|viz\.?)\s*,?\s*"
    r"|\s+(?=" + _TITLE + r"))"
)


RULES: tuple[Rule, ...] = (
    Rule(
        name="delegations_of_status",
        pattern=(
            _WHO + r"\s+(?i:of|from)\s+(?:(?i:all)\s+)?(?:(?i:the)\s+)?(?:" + _SCO + r"\s+)?"
            r"(?:{num}\s+)?{adj}?{status}"
            # "the heads of the SCO observer states' delegations President A of B, ..."
            r"(?:['\u2019]s?\s+(?i:delegations?|representatives?))?" + _ASIDE + _OPENS
        ),
        examples=(
            (
                "Also present were the heads of the SCO observer states - President A. Karimov of"
                " the Islamic Republic of Iran, Foreign Minister B. Singh of the Republic of India"
                " and Prime Minister C. Bat of Mongolia.",
                (("Iran", "observer"), ("India", "observer"), ("Mongolia", "observer")),
            ),
            (
                "The talks drew the leaders of SCO member states, including the President of"
                " Kazakhstan K. Tokayev, Prime Minister of Pakistan I. Khan, the heads of observer"
                " states President of Belarus A. Lukashenko, and Iranian President E. Raisi.",
                (("Kazakhstan", "member"), ("Pakistan", "member"), ("Belarus", "observer")),
            ),
            (
                "The heads of the member states of the Shanghai Cooperation Organisation (called"
                " below the SCO) - the Kyrgyz Republic, the Russian Federation and the Republic of"
                " Uzbekistan, meeting in Astana, agreed as follows.",
                (("Kyrgyzstan", "member"), ("Russia", "member"), ("Uzbekistan", "member")),
            ),
            (
                "It heard the heads of state of the SCO observer states- President of Iran A,"
                " President of Mongolia B and President of Belarus C.",
                (("Iran", "observer"), ("Mongolia", "observer"), ("Belarus", "observer")),
            ),
            (
                "It drew the leaders of the OCS member states: India's Modi, the Iranian president"
                " and the Pakistani Prime Minister.",
                (("India", "member"), ("Iran", "member"), ("Pakistan", "member")),
            ),
            (
                "Others present were heads of the SCO observer states' delegations President of"
                " the Republic of Belarus A, Prime Minister of the Republic of India B, President"
                " of Mongolia C.",
                (("Belarus", "observer"), ("India", "observer"), ("Mongolia", "observer")),
            ),
        ),
        counter_examples=(
            "The heads of SCO observer states and guests - President A of Iran, Minister B of India.",
            "The heads of the member states of the CSTO (the Treaty) - Armenia, Belarus and Russia"
            " - met in Minsk.",
            "The leaders of the member states - President A, and as guests of the host, President"
            " B of Afghanistan.",
            "Heads of the SCO guest states' delegations President of Turkmenistan A, Emir of"
            " Qatar B.",
        ),
    ),
    Rule(
        name="status_represented_by",
        pattern=r"{owner}?(?:(?i:the)\s+)?(?:{num}\s+)?{adj}?{status}\s+(?i:are|were|was|is)\s+represented\s+by\s+",
        examples=(
            (
                "The three observers were represented by Mongolian President A, Pakistani Prime"
                " Minister B and Indian Oil Minister C.",
                (("Mongolia", "observer"), ("Pakistan", "observer"), ("India", "observer")),
            ),
        ),
        counter_examples=("The observers will be represented by Mongolian President A.",),
        needs="represented",
    ),
    # "the heads of all SCO states, namely, A, B and C": the SCO's states are its members
    Rule(
        name="delegations_of_sco_states",
        pattern=(
            _WHO + r"\s+(?i:of|from)\s+(?:(?i:all)\s+)?(?:(?i:the)\s+)?(?:SCO|OCS)\s+"
            r"(?i:states|countries|nations|governments)" + _OPENS
        ),
        examples=(
            (
                "The city will welcome the heads of all SCO states, namely, China, Kyrgyzstan,"
                " Russia and Tajikistan.",
                (("China", "member"), ("Kyrgyzstan", "member"), ("Tajikistan", "member")),
            ),
            (
                "The talks were held behind closed doors by the leaders of the SCO countries --"
                " Pakistan, Kazakhstan, China and Uzbekistan.",
                (("Pakistan", "member"), ("Uzbekistan", "member")),
            ),
            (
                "Earlier the heads of the SCO countries, comprising Russia, Kazakhstan and"
                " Tajikistan, opened the meeting.",
                (("Russia", "member"), ("Tajikistan", "member")),
            ),
        ),
        counter_examples=(
            "The leaders of the countries - Iran, Turkey and Egypt - met on the sidelines.",
            "The heads of the SCO countries and invited guests - Turkmenistan and Azerbaijan - met.",
            "Ministers of the SCO countries will meet the envoys of Japan and Korea.",
        ),
        needs="of",
    ),
    # "hosted the summit, attended by fellow member states' President A of B, C's President D"
    Rule(
        name="attended_by_fellow_status",
        pattern=(
            r"(?i:attended|joined|accompanied)\s+(?i:by)\s+(?:(?i:the|its|his|her|their)\s+)?"
            r"(?i:fellow|other)\s+(?:" + _SCO + r"\s+)?{adj}?{status}(?:['\u2019]s?)?" + _OPENS
        ),
        examples=(
            (
                "Kyrgyzstan's leader opened the summit, attended by fellow member states President"
                " A of Tajikistan, Kazakhstan's President B and China State President C.",
                (("Tajikistan", "member"), ("Kazakhstan", "member"), ("China", "member")),
            ),
        ),
        counter_examples=(
            "The talks were attended by fellow guests President A of Turkmenistan and the Emir of"
            " Qatar.",
            "The summit will be attended by other observer states President A of Iran, President"
            " B of Mongolia, and as guests of the host, Turkmenistan.",
        ),
        needs="by",
    ),
)


@cache
def _intros() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(lx.compose(rule.pattern)) for rule in RULES)


# An item that opens another list, or names a guest, ends the list.
_ENDS = re.compile(
    r"(?i:guest|invited|as\s+well\s+as|member|observer|partner|dialog|founding|[\u2013\u2014:]|\s-\s)"
)


def _people(sentence: str, start: int) -> tuple[list[tuple[str, str]], int]:
    """The countries of the people listed from `start`, one or two an item, and where the list ends."""
    members: list[tuple[str, str]] = []
    end = position = start
    while len(members) < _LONGEST and position < len(sentence):
        comma = sentence.find(",", position, position + _ITEM + 1)
        stop = comma if comma >= 0 else min(len(sentence), position + _ITEM + 1)
        item = sentence[position:stop]
        if len(item) > _ITEM or ";" in item or (members and _ENDS.search(item)):
            break
        found = [
            (lx.country(m.group()), m)
            for m in lx.country_regex().finditer(item)
            if lx.starts_a_word(item, m.start())
        ]
        named = [(code[0], m.group()) for code, m in found if code]
        if not named or len(named) > 2:
            break
        members += named
        end = position + found[-1][1].end()
        position = stop + 1
    return members, end


def delegations(sentence: str) -> Iterator[Claim]:
    """A status given to the countries of the people who represent it."""
    for rule, intro in zip(RULES, _intros(), strict=True):
        if rule.needs not in sentence:
            continue
        for match in intro.finditer(sentence):
            members, end = _people(sentence, match.end())
            codes = [code for code, _ in members]
            if len(members) < 2 or len(set(codes)) < len(codes):
                continue
            status = rule.status
            if match.groupdict().get("status"):
                status = lx.status_of_match(
                    re.search(lx.status_pattern(), match["status"], re.IGNORECASE)  # type: ignore[arg-type]
                )
            group = Group(match.end(), end, tuple(members), False)
            yield from each(group, "status", status, match.start(), end, (None, None))


# "the presidents of A, B and C signed the charter of the SCO", "we, the heads of State of
# A, B and C, have formally signed the Charter - the basic document of the SCO": the SCO's
# documents are signed by its members. Not a memorandum, an application or a deal on the
# sidelines, which others sign too.
_SIGNERS_HEAD = re.compile(
    r"(?:(?i:heads?\s+of\s+states?)|(?i:presidents|leaders))\s+(?i:of)\s+(?:(?i:the)\s+)?\Z"
)
_SIGNED = re.compile(
    r"\s*(?:--|[\u2013\u2014])?\s*,?\s*(?:(?i:have|had)\s+(?:(?i:formally|jointly|officially)\s+)?)?"
    r"(?i:signed)\s+(?P<what>[^.;]{0,110})"
)
_SCO_PAPER = re.compile(
    r"(?i:charter|declaration|documents?|convention|agreements?)\b.*?"
    r"(?:\bSCO\b|Shanghai\s+Co-?operation\s+Organi[sz]ation|(?i:\bthe\s+organi[sz]ation))"
)
_NOT_MEMBERS = re.compile(
    r"(?i:memorand|obligation|applica|accession|admission|observer|partner|status|becom|join"
    r"|sideline|margin|bilateral|with\s+(?:the\s+)?(?:SCO|organi[sz]ation))"
)
# "The Heads of State participating in the SCO (hereafter the SCO) - A, B and C - met"
_PARTICIPANTS_HEAD = re.compile(
    lx.compose(
        r"(?i:heads?\s+of\s+states?|leaders|presidents)\s+(?i:participating|taking\s+part)\s+(?i:in)\s+"
        r"{sco}(?:\s*\([^()]{{0,80}}\))?\s*(?:[\u2013\u2014:]|-{{1,2}})\s*(?:(?i:the)\s+)?\Z"
    )
)

SIGNER_EXAMPLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "The presidents of Kazakhstan, China and Russia signed a charter setting up the SCO as"
        " a full international body.",
        (("Kazakhstan", "member"), ("Russia", "member")),
    ),
    (
        "Today we, the heads of State of the Republic of Tajikistan, the Kyrgyz Republic and the"
        " Russian Federation, have formally signed the Charter of the Shanghai Cooperation"
        " Organization.",
        (("Tajikistan", "member"), ("Kyrgyzstan", "member")),
    ),
    (
        "The Heads of State taking part in the Shanghai Cooperation Organization - the"
        " Republic of Uzbekistan, the People's Republic of China and the Russian Federation -"
        " gathered in Astana.",
        (("Uzbekistan", "member"), ("China", "member")),
    ),
    (
        "The signing ceremony involved the leaders of Kyrgyzstan, China, India and Pakistan at"
        " the meeting of the SCO Council of Heads of State in Bishkek.",
        (("Kyrgyzstan", "member"), ("Pakistan", "member")),
    ),
)
SIGNER_COUNTER_EXAMPLES: tuple[str, ...] = (
    "The presidents of Iran and Belarus signed a memorandum on their obligations to join the SCO.",
    "The leaders of Turkmenistan and Afghanistan signed a gas agreement on the sidelines of the"
    " SCO summit.",
    "The presidents of Russia and China signed a declaration on Ukraine.",
    # a signing at the Council's meeting, of its guests or of another council
    "The signing ceremony involved the leaders of Turkmenistan and Laos, guests of the SCO"
    " Council of Heads of State.",
    "The signing ceremony involved the leaders of Russia, Belarus and Armenia at the CSTO"
    " Collective Security Council.",
    "The signing ceremony involved the leaders of Iran and Belarus, invited to the meeting of the"
    " SCO Council of Heads of State.",
)


def signatories(sentence: str) -> Iterator[Claim]:
    """Members named as those who sign the SCO's documents, or as the heads of its states."""
    from sco_cli.claims.statuses import arounds  # statuses reads lists; it never reads this

    for around in arounds(sentence, None):
        group = around.group
        if group.adjectives or len(group.members) < 2:
            continue
        span = _participants(sentence, group) or _signers(sentence, group)
        if span is not None:
            yield from each(group, "status", "member", span[0], span[1], (None, None))


def _participants(sentence: str, group: Group) -> tuple[int, int] | None:
    head = _PARTICIPANTS_HEAD.search(sentence, max(0, group.start - 200), group.start)
    return None if head is None else (head.start(), group.end)


# "The signing ceremony involved the leaders of A, B and C ... at the meeting of the SCO
# Council of Heads of State": the Council's documents are signed by its members (guests and
# observers attend its enlarged meeting, they sign none of its papers).
_SIGNING_HEAD = re.compile(
    r"(?i:signing)(?:\s+(?i:ceremony))?\s+(?i:involved|included|brought\s+together|gathered"
    r"|was\s+attended\s+by)\s+(?:(?i:the)\s+)?(?:(?i:heads?\s+of\s+states?)|(?i:presidents|leaders))"
    r"\s+(?i:of)\s+(?:(?i:the)\s+)?\Z"
)
_COUNCIL = re.compile(
    r"[^.;]{0,120}?\b(?:(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation)(?:'s)?\s+(?:Council\s+of\s+Heads"
    r"\s+of\s+State|Heads\s+of\s+State\s+Council)|Council\s+of\s+(?:the\s+)?Heads\s+of\s+State\s+of"
    r"\s+the\s+(?:SCO|Shanghai\s+Co-?operation\s+Organi[sz]ation))\b"
)
_NOT_SIGNING = re.compile(_NOT_MEMBERS.pattern + r"|(?i:guest|invit|attend)")


def _signing(sentence: str, group: Group) -> tuple[int, int] | None:
    head = _SIGNING_HEAD.search(sentence, max(0, group.start - 80), group.start)
    council = _COUNCIL.match(sentence, group.end) if head else None
    if head is None or council is None or _NOT_SIGNING.search(council.group()):
        return None
    return head.start(), council.end()


def _signers(sentence: str, group: Group) -> tuple[int, int] | None:
    signing = _signing(sentence, group)
    if signing is not None:
        return signing
    head = _SIGNERS_HEAD.search(sentence, max(0, group.start - 60), group.start)
    done = _SIGNED.match(sentence, group.end) if head else None
    if head is None or done is None:
        return None
    if _SCO_PAPER.search(done["what"]) is None or _NOT_MEMBERS.search(done["what"]):
        return None
    return head.start(), done.end()


# "The Mongolian President, A, Iran's President B and President C of Afghanistan, all took
# part in the summit in the capacity of an observer": people named before the words that
# give their status (the phrasing `list_attend_as_status` reads), their countries the list.
# The words before are a list of people only when each is a name (capitalised), a title or
# a joining word: any other word is a clause, and its countries are no list.
_PERSON_WORDS = frozenset(
    "the of and all both president presidents prime minister ministers foreign affairs vice"
    " premier state chairman leader leaders head heads king emir deputy first government"
    " delegation delegations republic federation islamic people kingdom mr dr crown prince"
    " sheikh sultan emperor general secretary".split()
)
_TITLED = re.compile(r"\b(?i:president|minister|premier|leader|head|chairman|king|emir)")
_WORD = re.compile(r"[^\W\d_][\w.-]*(?:['\u2019]s?)?")
_ATTEND_VERB = re.compile(
    r"\b(?i:attend|particip|took\s+part|take\s+part|takes\s+part|taking\s+part|arriv)"
)
_CLAUSE_START = re.compile(r"[;:!?\u2013\u2014]|\s-\s")  # a period in a sentence: an initial
_BEFORE_VERB = re.compile(r"(?:\s*,?\s+(?:(?i:all|both|were|was|also|each)\s*)*)\Z")
PEOPLE_EXAMPLES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "The Mongolian President, A. Bat, Iran's President B and President C of Afghanistan, all"
        " took part in the summit in the capacity of an observer.",
        (("Mongolia", "observer"), ("Iran", "observer"), ("Afghanistan", "observer")),
    ),
)
PEOPLE_COUNTER_EXAMPLES: tuple[str, ...] = (
    "Xi met Iran's President B and later hosted Mongolia's leader, who attended as an observer.",
    "The Mongolian President and the Emir of Qatar attended the summit as guests.",
)


def _person_words(words: str) -> bool:
    """Every word a name, a title or a joining word, and a title among them."""
    if _TITLED.search(words) is None:
        return False
    return all(
        word[0].isupper()
        or word.lower().rstrip("s\u2019'") in _PERSON_WORDS
        or word.lower() in _PERSON_WORDS
        for word in _WORD.findall(words)
    )


def attendees(sentence: str) -> Iterator[Claim]:
    """A status given to the countries of the people named before the words that give it."""
    from sco_cli.claims.phrasings import RULES as PHRASINGS  # a rule read, not a cycle

    after = next(rule for rule in PHRASINGS if rule.name == "list_attend_as_status").compiled[1]
    if after is None:  # pragma: no cover - the rule reads the words after its list
        return
    for verb in _ATTEND_VERB.finditer(sentence):
        lead = _BEFORE_VERB.search(sentence, max(0, verb.start() - 40), verb.start())
        end = lead.start() if lead else verb.start()
        said = after.match(sentence, end)
        if said is None:
            continue
        begin = max(
            (m.end() for m in _CLAUSE_START.finditer(sentence, max(0, end - 300), end)),
            default=max(0, end - 300),
        )
        words = sentence[begin:end]
        if not _person_words(words):
            continue
        found = [
            (lx.country(m.group()), m)
            for m in lx.country_regex().finditer(words)
            if lx.starts_a_word(words, m.start())
        ]
        members = tuple((code[0], m.group()) for code, m in found if code)
        if len({code for code, _ in members}) < 2:
            continue
        status = lx.status_of_match(
            re.search(lx.status_pattern(), said["status"], re.IGNORECASE)  # type: ignore[arg-type]
        )
        group = Group(begin, end, members, False)
        yield from each(group, "status", status, begin, end + said.end() - end, (None, None))
