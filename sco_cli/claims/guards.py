"""The guard stage: words that make a found claim no claim, or a claim about another time.

One stage every rule shares, read on a bounded window around the claim's words:

- `refused`: why the words are not a claim the article makes: denied ("not",
  "never"), future or hoped for ("will", "hopes to", "set to"), prospective (a
  bid, an application, a procedure, "new members like"), former ("a former
  observer"), not held ("non-members", "would-be members"), about another
  organisation (BRICS, the Shanghai Five, "observer status at the United Nations"), or quoted
  to be denied ("the myth that ..."), or a part of the group named before ("Of these,
  A and B are new members"); None when it is one.
- `denial`: how a plain denial ("is not a member", "has never been an observer")
  denies the status: such a claim is kept, marked, and judged the other way round.
- `time_of`: "earlier", when a time word places the claim before the article's
  date ("Earlier, India was an observer", "Belarus, formerly a partner").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import Claim, FoundingClaim, JoinedClaim
from sco_cli.claims.dates import after_lead
from sco_cli.claims.patterns import WINDOW
from sco_cli.claims.scope import by_other, elsewhere

BEFORE = 60  # characters read before a claim's words


@cache
def _guards() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...]:
    """(reason, pattern on the words just before, pattern inside the claim's words)."""
    return (
        (
            "denied",
            re.compile(
                r"\b(?:not|never|no\s+longer|neither|nor)\s+(?:\w+\s+){0,2}\Z|n't\s+\Z", re.I
            ),
            re.compile(r"\b(?:not|never|no\s+longer)\b|n't\b", re.I),
        ),
        (
            "future",
            re.compile(
                r"(?<!decided\s)(?<!agreed\s)(?<!voted\s)(?<!resolved\s)(?<!moved\s)"
                # "to" before a determiner is a preposition ("visits to SCO members A and B"),
                # not the infinitive of a status to come ("to become members")
                r"\b(?:will|would|could|might|may|shall|should|to(?!\s+(?:SCO|the|its|their|fellow"
                r"|other)\b)|hopes?|hoping|plans?|planning"
                r"|expects?|expected|set|seeks?|seeking|aims?|aiming|wants?|wishes|soon|eventually"
                r"|if|whether)\s+(?:\w+\s+){0,2}\Z",
                re.I,
            ),
            re.compile(r"\b(?:will|would|could|might|shall|should|set\s+to|expected\s+to)\b", re.I),
        ),
        (
            "former",
            re.compile(r"\b(?:former|ex-)\s*\Z", re.I),
            re.compile(r"\bformer\b|\bex-", re.I),
        ),
        (
            "quoted to be denied",
            re.compile(
                r"\b(?:myth|rumou?rs?|falsely|wrongly|incorrectly|mistakenly|denied|denies)\b[^.;]{0,40}\Z",
                re.I,
            ),
            None,
        ),
    )


# "Iran and India will attend as observers": who attends as an observer is one already,
# whenever the meeting is; the tense is the meeting's, not the status's.
_ATTENDING = re.compile(
    r"\b(?:will|would|are\s+to|were\s+to|set\s+to|expected\s+to)\s+(?:also\s+)?"
    r"(?:attend|participate|take\s+part)\b(?=[^.;]{0,60}?\bas\s+(?:an?\s+)?(?:SCO\s+)?"
    r"(?:observer|dialogue\s+partner|partner)s?\b)",
    re.I,
)
# The people who speak for the states of a status ("the heads of the SCO observer states")
_SPOKEN_FOR = re.compile(
    r"(?:heads?|leaders?|presidents?|delegations?|representatives?|delegates?)"
    r"(?:\s+of\s+(?:states?|governments?|delegations?))?\s+(?:of|from)\s",
    re.I,
)
# A status on its way, not held: "the procedure to admit", "new members like", "Iran's bid".
_PROSPECTIVE = re.compile(
    r"\b(?:candidates?|prospective|potential|aspiring|acceding|incoming|applicants?|applications?|bids?|procedures?"
    r"|process|memorandum|obligations|roadmap|road\s+map|initiative|request(?:ed|ing)?\s+that"
    r"|admit\s+new\s+members|(?:members|candidates"
    r"|states|countries)\s+like|opposed\s+to|against|block(?:ed|ing)?|veto(?:ed)?"
    # "decided to start admitting India and Pakistan": the admission begun, not done
    r"|(?:start|begin|began|begun|launch|initiat)\w*(?:\s+(?:the\s+)?(?:admi\w+|accession|enlargement"
    r"|expansion)|(?=\s*\Z)))"
    r"\b[^.;,]{0,30}\Z",
    re.I,
)
# A grant the foreign ministers decided or recommended (before the heads of state decide):
# "SCO foreign ministers approved granting Laos ...", "... was granted partner status by
# the SCO foreign ministers".
_MINISTERS = (
    r"\b(?:foreign\s+ministers?|ministers\s+of\s+foreign\s+affairs|CFM|top\s+diplomats"
    r"|ministerial(?:\s+(?:meeting|council))?)\b"
)
_BY_MINISTERS_BEFORE = re.compile(
    _MINISTERS + r"[^.;]{0,140}?\b(?:decided|agreed|approved|recommended|endorsed|backed"
    r"|supported|voted|resolved|proposed)\b[^.;]{0,60}\Z",
    re.I,
)
_BY_MINISTERS_AFTER = re.compile(
    r"[^.;]{0,30}?\bby\s+(?:the\s+)?(?:SCO(?:'s|\u2019s)?\s+)?(?:Council\s+of\s+)?" + _MINISTERS,
    re.I,
)
_GRANT = re.compile(
    r"\b(?:grant\w*|admi\w*|accept\w*|approv\w*|join\w*|bec[oa]m\w*|made|make|elevat\w*"
    r"|upgrad\w*|accord\w*|award\w*|given|giving)\b",
    re.I,
)


# "the Shanghai Five, the grouping which consisted of A, B, ...": the list the Five's
# description introduces is the Five's; "Uzbekistan joined the Shanghai Five": the Five's
_FIVES_LIST = re.compile(
    r"\bShanghai[- ](?:Five|5)[\"'\u201d\u2019]?\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,2}"
    r"(?:grouping|group|bloc|forum|mechanism|alliance|body|club|organi[sz]ation|format)"
    r"\s+(?:which|that)\s+(?:was\s+|were\s+|had\s+)?(?:consist\w*|compris\w*|includ\w*|made\s+up"
    r"|brought\s+together|grouped|united|gathered|formed\s+by)\b",
    re.IGNORECASE,
)
_JOINED_FIVE = re.compile(
    r"\b(?:joined|joins?|entered|acceded\s+to)\s+(?:the\s+)?[\"'\u201c\u2018]?Shanghai[- ](?:Five|5)\b",
    re.IGNORECASE,
)


# A status, a comma, then a country that is the subject of its own verb: two clauses (a
# headline's "A becomes member, B eyes partnership"), not an apposition
_APPOSED_SUBJECT = re.compile(
    r"(?:observers?|members?|partners?|states?)\s*,\s*[A-Z]", re.IGNORECASE
)
_OWN_VERB = re.compile(
    r"\s+(?:eyes|seeks|wants|hopes|plans|applies|mulls|considers|looks|aims|says|signs|gets|wins"
    r"|joins|becomes|bids|asks|eyeing|seeking|mulling|weighs|pushes|moves|vows|rejects|denies)\b"
)


def _recommended(sentence: str, start: int, end: int) -> bool:
    """A grant or joining the foreign ministers decided: their recommendation."""
    if not _GRANT.search(sentence, max(0, start - 30), end):
        return False
    if _BY_MINISTERS_AFTER.match(sentence, end):
        return True
    return _BY_MINISTERS_BEFORE.search(sentence, max(0, start - 200), start) is not None


# "India and Pakistan, both observers since 2005": a status of its own, whatever comes before
_APPOSITIVE = re.compile(r"[,(]\s*(?:(?:both|all|each|now|also)\s+)?(?:an?|the|both|all)\s", re.I)
_PROCESS_AFTER = re.compile(
    r"\s+(?:procedures?|process(?:es)?|bids?|applications?|talks|negotiations|requests?|road\s*maps?)\b",
    re.I,
)
_IN_PRINCIPLE = re.compile(r"\bin\s+principle\b", re.I)
# a status in a figure of speech: "already a full member of the SCO in spirit", "a member in
# all but name"; not the status held
_FIGURATIVE = re.compile(
    r"\b(?:in\s+spirit|in\s+(?:all|everything)\s+but\s+name|in\s+(?:our|their|its)\s+hearts?)\b",
    re.I,
)
# an apposition whose main clause says the status is still to come
_JOINS_LATER = re.compile(
    r"\s*[,;]\s+(?:(?:who|which)\s+)?(?:will|would|are\s+to|is\s+to|(?:are|is)\s+(?:set|due|expected|slated"
    r"|poised)\s+to)\s+(?:\w+\s+)?(?:join|become|be\s+(?:admitted|granted|made)|accede|enter)\b"
    r"(?P<rest>[^,;.]{0,40})",
    re.I,
)
_PROCESS_INSIDE = re.compile(
    r"\b(?:accession|membership|admission|entry)\s+(?:procedures?|process|bids?|applications?|talks)\b",
    re.I,
)
# a status named as a thing ("Iran's membership", "Iran's accession as a full member")
_STATUS_NAME_END = re.compile(
    r"(?:membership|accession|admission|entry|status)\Z|\b(?:accession|admission)\b", re.I
)
_MODAL_AFTER = re.compile(r"\s+(?:may|might|could|would|will|should|can)\b", re.I)
# a main clause in the future after a membership named as a thing ("With India and Pakistan's
# membership, the SCO will include ...")
_THEN_WILL = re.compile(
    r"\s*,\s*[^,.;]{0,40}?\b(?:will|would|shall|is\s+(?:set|expected|due|going)\s+to)\b", re.I
)
_PROSPECTIVE_WORDS = re.compile(
    r"\b(?:candidates?|prospective|potential|aspiring|acceding|incoming|applicants?)\b", re.I
)


# A partitive opening ("Of these, A and B are new members", "Among them, ..."): a part of the
# group named before, and its status noun says which part; an SCO claim only where the words
# name the SCO themselves ("Of these, A and B are members of the SCO").
_PARTITIVE = re.compile(
    r"(?:^|(?<=[.;:!?])|\b(?:and|but|while)\b)\s*(?:of|among(?:st)?)\s+(?:these|those|them)"
    r"\s*,?\s*(?:the\s+)?\Z",
    re.I,
)


@cache
def _sco() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lx.SCO_NAMES})\b|\b(?i:organi[sz]ation|bloc|grouping)\b")


@lru_cache(maxsize=256)  # a list's claims share their words: asked once for all
def refused(sentence: str, start: int, end: int, strict: bool = False) -> str | None:
    """Why the words [start, end) of `sentence` make no claim; None when they do.
    `strict` (a declared phrasing's binding): the claim's own words are read for
    prospective words and the organisations named before it."""
    before = sentence[max(0, start - BEFORE) : start][-40:]
    words = sentence[start:end]
    if (told := _told_otherwise(before, words)) is not None:
        return told
    if _PROCESS_AFTER.match(sentence, end) or _PROCESS_INSIDE.search(words):
        return "prospective"  # "India and Pakistan's SCO accession procedures began"
    if (later := _not_yet(sentence, start, end)) is not None:
        return later
    if (apart := _apart(sentence, start, end)) is not None:
        return apart
    if _recommended(sentence, start, end):
        return "prospective"  # the foreign ministers' recommendation, before the decision
    if _FIVES_LIST.search(sentence, max(0, start - 60), start + 80) or _JOINED_FIVE.search(
        sentence, start, min(len(sentence), end + 30)
    ):
        return "another organisation"  # the Shanghai Five's members, or a joining of the Five
    if _STATUS_NAME_END.search(words) and (
        _MODAL_AFTER.match(sentence, end) or _THEN_WILL.match(sentence, end)
    ):
        return "future"  # "Pakistan's membership may help it", "With A's membership, the SCO will"
    if _PROSPECTIVE.search(before) and not _APPOSITIVE.search(words):
        return "prospective"
    if strict and _MODAL_AFTER.match(sentence, end):
        return "future"  # "the completion of the accession of A and B may take years"
    if strict and _PROSPECTIVE_WORDS.search(words):
        return "prospective"
    if strict and about_other(sentence, start, end):
        return "another organisation"
    return _not_here(sentence, start, end)


def _apart(sentence: str, start: int, end: int) -> str | None:
    """Words said of another group or in another clause than the status they seem to hold."""
    if _PARTITIVE.search(sentence, max(0, start - BEFORE), start) and not _sco().search(
        sentence, start, end + 25
    ):
        return "a part of another group"  # "Of these, Kuwait and Bahrain are new members"
    if _APPOSED_SUBJECT.match(sentence, start, end) and _OWN_VERB.match(sentence, end):
        return "another clause"  # "Belarus becomes 10th SCO member, Laos eyes partnership"
    return None


def _told_otherwise(before: str, words: str) -> str | None:
    """Denied, future, former or quoted to be denied, by the words before or inside a claim."""
    for reason, ahead, inside in _guards():
        read = _ATTENDING.sub(" attend", words) if reason == "future" else words
        # "will receive the heads of the member states - A, B": the meeting is to come,
        # not the status of whom its guests speak for
        spoken_for = reason == "future" and _SPOKEN_FOR.match(words) is not None
        if (ahead.search(before) and not spoken_for) or (
            inside is not None and inside.search(read)
        ):
            return reason
    return None


def _status_word(words: str, default: str) -> str:
    """The first status word in `words` ('member', 'observer', 'partner'), else `default`."""
    found = _STATUS_WORD.search(words)
    if found is None:
        return default
    word = found.group().lower()
    return (
        "member"
        if word.startswith("member")
        else "observer"
        if word.startswith("obs")
        else "partner"
    )


def _not_yet(sentence: str, start: int, end: int) -> str | None:
    """A status granted in principle, or told in apposition to a main clause still to come."""
    if _IN_PRINCIPLE.search(sentence, max(0, start - 20), end + 20):
        return "prospective"  # "were granted membership in principle in 2016"
    if _FIGURATIVE.search(sentence, end, end + 40):
        return "figurative"  # "a full member of the SCO in spirit": not the status held
    later = _JOINS_LATER.match(sentence, end)
    if later and _status_word(later["rest"], "member") == _status_word(sentence[start:end], ""):
        return "future"  # "India and Pakistan, the two new members, will join next year"
    return None


# A question asks, it does not say: "Armenia joins SCO as observer?", "Does Egypt's SCO
# membership matter?" (a question with a wh-word presupposes what it asks about: "Why did
# Iran join in 2023?" says Iran joined then, and is read).
_CLAUSE_OPENING = re.compile(
    r"(?:[.!?;:\u2014]\s+|\A\s*)(?:[\"'\u201c\u2018(]\s*)?(?=\S)[^.!?;:\u2014]*\Z"
)
_WH = re.compile(
    r"(?:[\"'\u201c\u2018(]\s*)?(?:why|how|when|where|what|which|who|whose|since\s+when)\b", re.I
)
_TO_CLAUSE_END = re.compile(r"[^.!?;]*(?P<end>[.!?;]|\Z)")
# A report the sentence refutes: "It is false that ...", "Claims that Turkey has joined are
# untrue", "Reports that Egypt had joined were denied", "... , the blogger wrote, wrongly".
_FALSE_THAT = re.compile(
    r"\b(?:(?:false|untrue|not\s+true|incorrect|wrong|misleading|a\s+myth|fake|baseless|unfounded"
    r"|a\s+misconception)\s+(?:to\s+(?:say|claim|suggest|think|believe|report|write)\s+)?"
    r"|contrary\s+to\s+(?:claims|reports|rumou?rs|what)\b[^.;]{0,30}?)that\s+\Z",
    re.I,
)
# "Critics wrongly claim that the SCO has twelve members", "A newspaper falsely claimed the SCO
# has twelve members", "wrongly described Armenia as an observer": the report, refuted before it
_WRONGLY_THAT = re.compile(
    r"\b(?:wrongly|falsely|incorrectly|mistakenly|erroneously)\s+(?:\w+\s+){0,2}?(?:claim|claims"
    r"|claimed|say|says|said|report|reports|reported|believe|believes|believed|assert|asserts"
    r"|asserted|suggest|suggests|suggested|write|writes|wrote|state|states|stated|assume|assumes"
    r"|assumed|described|called|calls|calling|named|listed|lists)\s+(?:that\s+)?[^.;,]{0,40}\Z",
    re.I,
)
# A quiz's statement to judge: "True or false: ...", "T/F: ..."
_QUIZ = re.compile(
    r"\s*(?:\(?\d{1,2}[.)]\s*)?(?:true\s+or\s+false|right\s+or\s+wrong|T\s*/\s*F)\b", re.I
)
# A hypothesis: "If the SCO had twelve members, it would ...", "Suppose Turkey joined";
# "even if" and "as if" concede or compare, and the clause ends at a comma
_SUPPOSED = re.compile(
    r"(?<!\beven\s)(?<!\bas\s)\b(?:if|suppose|supposing|imagine|assuming)\s+[^.;,:]{0,60}\Z",
    re.I,
)
_REPORT_THAT = re.compile(
    r"\b(?:claims?|claimed|reports?|reported|rumou?rs?|suggestions?|suggested|assertions?|asserted"
    r"|allegations?|alleged|speculation|say|says|said|wrote|write|writes)\b[^.;]{0,30}?\bthat\s+\Z",
    re.I,
)
_REFUTING = re.compile(
    r"\b(?:untrue|false|not\s+true|incorrect|wrong|wrongly|falsely|mistaken(?:ly)?|erroneous(?:ly)?"
    r"|baseless|unfounded|denied|dismissed|rejected|refuted|debunked|in\s+fact|actually|misleading"
    r"|fake|nonsense|no\s+basis)\b",
    re.I,
)
_WRONGLY_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:wrongly|falsely|incorrectly|mistakenly|erroneously)\b", re.I
)


def unsaid(sentence: str, start: int, end: int) -> str | None:
    """Why words the sentence holds are not said by it, for a claim of any kind: a yes-no
    question ("question"), or a report it refutes ("quoted to be denied"); None when said."""
    closing = _TO_CLAUSE_END.match(sentence, end, end + 300)  # bounded: linear on a long one
    if closing and closing["end"] == "?":  # the clause's opening, only for a question
        clause = _CLAUSE_OPENING.search(sentence, max(0, start - 200), start)
        opening = sentence[clause.end() - len(clause.group().lstrip()) if clause else start :]
        if not _WH.match(opening.lstrip()):
            return "question"
    if _QUIZ.match(sentence):
        return "question"  # 'True or false: "The SCO has eight members."'
    before = sentence[max(0, start - BEFORE) : start]
    after = sentence[end : end + 2 * BEFORE]
    # cheap gates: a report is told by "that" before the claim, a denial after it by a "-ly" word
    that = "that" in before.lower()
    if (that and _FALSE_THAT.search(before)) or (
        "ly" in after.lower() and _WRONGLY_AFTER.match(after)
    ):
        return "quoted to be denied"
    if (that or "ly " in before) and _WRONGLY_THAT.search(before):
        return "quoted to be denied"  # (the gate: "that", or a "-ly" word before the claim)
    if that and _REPORT_THAT.search(before) and _REFUTING.search(after):
        return "quoted to be denied"
    if _QUOTE_REFUTED.match(sentence, end, end + 200):
        return "quoted to be denied"  # '"A is a member," he claimed, though it is only ...'
    return "hypothesis" if _SUPPOSED.search(before) else None


# A quotation its sentence answers: '"Turkey is already a member," the minister claimed,
# though it is only a dialogue partner'
_QUOTE_REFUTED = re.compile(
    r"[^\"\u201d.;]{0,60}[\"\u201d]\s*,?\s*(?:[\w'\u2019-]+\s+){0,4}?(?:claimed|claims|said|says"
    r"|insisted|insists|asserted|argued|wrote|stated|declared|boasted|told\s+\w+)\b[^.;]{0,30}?"
    r"\b(?:though|although|but|even\s+though|whereas|however)\b[^.;]{0,40}?\b(?:only|not|n't"
    r"|actually|in\s+fact|merely|just|never|no\s+more\s+than)\b",
    re.IGNORECASE,
)


# A report ("Reports said Turkey had joined the SCO.") the next sentence refutes as a whole
# ("That is false.", "This is not true, the ministry said.", "The claim is baseless."): the
# report is quoted to be denied, never the article's claim. The next sentence must open with
# the refutation of "that" report: "That is true." and "This is its first summit." are not.
_REPORTED = re.compile(
    r"\b(?:reports?|reported(?:ly)?|claims?|claimed|rumou?rs?|rumou?red|posts?|posted|alleged(?:ly)?"
    r"|allegations?|suggested|suggestions?|said|says|wrote|writes|insisted|asserted|circulat\w+"
    r"|viral|according\s+to)\b",
    re.IGNORECASE,
)
_REFUTED_NEXT = re.compile(
    r"\A\s*(?:[\"'\u201c]\s*)?(?:but\s+|however,?\s+)?(?:that|this|it|the\s+(?:claim|report|story"
    r"|rumou?r|statement|assertion|post)|such\s+(?:claims|reports)|these\s+(?:claims|reports))"
    r"(?:'s|\u2019s|\s+(?:is|was|are|were))\s+(?:simply\s+|entirely\s+|completely\s+|patently"
    r"\s+|also\s+|totally\s+|however\s+)?(?:false|untrue|not\s+true|not\s+the\s+case|not\s+so"
    r"|incorrect|wrong|a\s+myth|fake(?:\s+news)?|baseless|unfounded|misleading|inaccurate"
    r"|nonsense|a\s+(?:hoax|fabrication|falsehood)|fabricated)\b",
    re.IGNORECASE,
)


# ... or several reports in a row, refuted together: "Posts claimed A. Posts also said B.
# Neither claim is true."
_REFUTED_ALL = re.compile(
    r"\A\s*(?:but\s+|however,?\s+)?(?:neither\s+(?:claim|report|story|rumou?r|post|of\s+(?:them"
    r"|these|those|the\s+\w+))\s+(?:is|was)\s+(?:true|correct|accurate)|none\s+of\s+(?:them|these"
    r"|those|the\s+\w+)\s+(?:is|are|was|were)\s+(?:true|correct|accurate)|(?:both|all)\s+(?:claims"
    r"|reports|stories|posts)\s+(?:are|were)\s+(?:false|untrue|wrong|fake|baseless|unfounded))\b",
    re.IGNORECASE,
)
REPORTS_IN_A_ROW = 3  # reports one after another that one refutation after them may cover


def refuted_next(sentence: str, following: list[str]) -> bool:
    """Whether a sentence is a report the sentence after it refutes as a whole, or one of
    a few reports in a row that a sentence after them refutes all together."""
    if _REPORTED.search(sentence) is None:
        return False
    for n, later in enumerate(following[:REPORTS_IN_A_ROW]):
        if _REFUTED_ALL.match(later) or (n == 0 and _REFUTED_NEXT.match(later)):
            return True
        if _REPORTED.search(later) is None:
            return False  # a sentence that is no report ends the run
    return False


def named_by_other(sentence: str, start: int) -> bool:
    """Whether the words right before a claim name another body as its own: "the SCO media
    summit", "the SCO Youth Council's summit", "the CSTO's Astana summit"; or the Shanghai
    Five is the body named last in its clause ("the Shanghai Five's presidents met for their
    sixth summit in Shanghai": 2001, not the SCO's sixth)."""
    if by_other(sentence, max(0, start - 30), start):
        return True
    low = max(0, start - 2 * BEFORE - 30)
    return by_other(sentence, low, start, five=True) and not by_other(
        sentence, low, start, five=False
    )


_STATUS_OF_SCO = re.compile(
    r"\s+(?:of|in|at|to|into|within)\s+(?:the\s+)?(?:SCO|Shanghai\s+Co)", re.I
)


def _owned_elsewhere(sentence: str, start: int, end: int) -> bool:
    """Whether the status the words name is another body's: the body named last before
    the status word is not the SCO ("BRICS members are Brazil, ... and Iran", "the CSTO,
    with Armenia as a member", "the G20, of which India is a member", "Like the SCO,
    BRICS expanded: Egypt became a member"), and no "of the SCO" follows it."""
    # the last status word: "Turkey, a NATO member and SCO dialogue partner" is the SCO's
    words = list(_STATUS_WORD.finditer(sentence, start, end))
    status = words[-1] if words else None
    # without its status word, the body named before the first country: "the Collective
    # Security Treaty Organization includes Armenia" (but "the Shanghai Five, formed by the
    # same countries minus Uzbekistan, which joined in 2001": the SCO's story)
    name = None if status else lx.country_regex().search(sentence, start, end)
    at = status.start() if status else name.start() if name else start
    clause = max(sentence.rfind(";", 0, at), sentence.rfind(". ", 0, at), at - 2 * BEFORE - 30, 0)
    if not by_other(sentence, clause, at, five=status is not None, holder=True):
        return False
    return _STATUS_OF_SCO.match(sentence, status.end() if status else end) is None


def _not_here(sentence: str, start: int, end: int) -> str | None:
    """A status named not to be held ("non-members"), or held in another body."""
    if _NOT_HELD.search(sentence, max(0, start - BEFORE), end):
        return "not held"  # "Non-members: Japan", "would-be members such as Laos"
    if _EXCEPT.search(sentence, max(0, start - 40), start) and not _OWN_CLAUSE.match(
        sentence, start, end
    ):
        return "not held"  # "The five Central Asian states, except Turkmenistan, are members"
    if _owned_elsewhere(sentence, start, end):
        return "another organisation"  # "BRICS members are Brazil, ..., Egypt and Iran"
    # the body a status is in is named after its word: "observer status at the Arctic Council
    # in 2013", "members of NATO" (the claim's own words may run past it to a year)
    status = _STATUS_WORD.search(sentence, start, end)
    after = sentence[status.end() if status else end : end + WINDOW]
    if elsewhere(_STATUS_NOUN.sub("", after, count=1)):
        return "another organisation"  # "observer status at the United Nations"
    return None


# A status named to say it is not held: "non-members", "non-member states such as", "would-be".
_NOT_HELD = re.compile(
    r"\b(?:non|would[- ]be)[- ]?(?:SCO\s+)?(?:members?|observers?|partners?|dialogue)\b(?=[^.;]*\Z)",
    re.I,
)
_EXCEPT = re.compile(
    r"\b(?:except(?:\s+for)?|excluding|apart\s+from|other\s+than|but\s+not|save\s+for"
    r"|with\s+the\s+exception\s+of|not\s+including|minus)\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)
# "... minus Uzbekistan, which joined in 2001": the name's own clause says its own status
_OWN_CLAUSE = re.compile(r"[^,]{0,60},\s*(?:which|who)\b", re.IGNORECASE)
_STATUS_WORD = re.compile(r"\b(?:members?|observers?|(?:dialogue\s+)?partners?)\b", re.I)
_STATUS_NOUN = re.compile(r"\A\s*(?:status|states?|countries|nations|membership)\b", re.I)


# A plain denial of a status held: "is not (yet) a full member", "has never been an
# observer", "is no longer a dialogue partner". It is a claim all the same, which the judge
# turns round (judge._denied); other negations ("not only", "neither ... nor") stay refused.
_DENIAL = re.compile(
    r"\b(?:is|are|was|were|has|have|had)(?:\s+(?:also|still|so\s+far))?"
    r"(?:\s+(?P<never>never)|\s+(?P<longer>no\s+longer)|\s+not|n't)(?:\s+(?:yet|been|become))*"
    r"\s+(?:(?:an?|the)\s+)?(?:(?:SCO|full|permanent|full-fledged)\s+)*"
    r"(?:members?|observers?|dialogue\s+partners?|partners?)(?![\w-])",
    re.IGNORECASE,
)


def denial(sentence: str, start: int, end: int) -> str | None:
    """How the words [start, end) deny the status they name ("never", "no longer",
    "not"), when they are a plain denial of it; None otherwise (refused as before).
    A claim so denied carries it in detail["denied"] for the judge."""
    match = _DENIAL.search(sentence, max(0, start - BEFORE), end)
    if match is None or match.end() < start:
        return None
    return "never" if match["never"] else "no longer" if match["longer"] else "not"


def about_other(sentence: str, start: int, end: int) -> bool:
    """True when the organisation named last before the claim, or in it, is not the SCO."""
    window = sentence[max(0, start - 2 * BEFORE) : end]
    last_other = max((m.end() for m in lx.other_organisation().finditer(window)), default=-1)
    if last_other < 0:
        return False
    last_sco = max((m.end() for m in _sco().finditer(window)), default=-1)
    return last_other > last_sco


_EARLIER = re.compile(
    r"(?:^|\b)(?:earlier(?=\s*,|\s+(?:(?:an?|the)\s+)?(?:SCO\s+)?(?:observer|member|partner|dialogue|full))"
    r"|formerly|previously|until\s+(?:then|recently|\d{4})|at\s+the\s+time"
    r"|back\s+then|originally|initially|historically|in\s+the\s+past|once(?=\s+(?:an?|the)\s)"
    # "then an observer", "then-observer Belarus", "the then-dialogue partner"
    r"|then(?=[\s-]+(?:(?:an?|the)\s+)?(?:SCO\s+)?(?:observer|member|partner|dialogue|full))"
    # "the then six-member SCO", "the SCO, then with eight members", "the then-18-nation bloc"
    r"|then(?=[\s-]+(?:with\s+|only\s+|just\s+)?(?:[\w]+[- ]){1,2}(?:members?|observers?|partners?"
    r"|nations?|states?|countries)\b))\b",
    re.I,
)


# A time word opening the clause places all of it, however long its lists run: "Until
# recently, the SCO included ten members (A, B, ...), two observers (C, D) and ...".
_OPENS_EARLIER = re.compile(
    r"[\s;.]*(?:until\s+(?:recently|lately)|earlier|previously|formerly|in\s+the\s+past"
    r"|historically|originally|initially|back\s+then|at\s+(?:the|that)\s+time)\s*,",
    re.I,
)


_IN_YEAR = re.compile(
    r"[\s,]*(?:in|by|as\s+of|at\s+the\s+end\s+of|of|from|at\s+the)\s+(?:\w+\s+)?"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)
# Words right after a claim that place it before the article's date: "Belarus, a dialogue
# partner at the time,", "Iran, an observer for 17 years, became a member", "the nine members
# after Iran's entry", "the six-member organisation expanded in 2017" (the count it grew from).
_EARLIER_AFTER = re.compile(
    r"\s*,?\s*(?:at\s+the\s+time|at\s+that\s+time|then|back\s+then|(?:until|till)(?=\s+\S)"
    r"|for\s+(?:(?:nearly|almost|over|more\s+than|about|some|many|several|two|three)\s+)?"
    r"(?:\w+\s+)?(?:years|decades?)|after\s+(?:the\s+)?[A-Z]\w+(?:'s|\u2019s)\s+(?:entry|accession"
    r"|admission|joining))\b"
    r"|(?:\s+(?:organi[sz]ation|bloc|grouping|group|SCO|body|club))?(?:\s+of\s+(?:19|20)\d\d)?\s+"
    r"(?:expanded|grew|became|was\s+enlarged|enlarged|welcomed|admitted|took\s+in|accepted"
    r"|(?:was|were)\s+joined\s+by|turned\s+into|was\s+transformed|has\s+since\s+(?:grown|expanded))\b",
    re.IGNORECASE,
)
_ENDED = re.compile(r"\s*(?:to|until|till|through|-|\u2013)\s*(?P<year>(?:19|20)\d\d)(?!\d)", re.I)


def ended(sentence: str, end: int) -> bool:
    """Whether a status held 'since' or 'from' a year is told to have ended: "from 2005 to 2017"."""
    return _ENDED.match(sentence, end) is not None


# An apposition whose main clause tells a change of status: "Iran, an observer, became a member".
_CHANGED_AFTER_APPOSITION = re.compile(
    r"[^,;.]{0,40},\s+(?:\w+\s+)?(?P<verb>became|joined|acceded|(?:was|were)\s+(?:admitted|upgraded"
    r"|elevated|promoted|made|granted))\b(?P<rest>[^,;.]{0,40})",
    re.IGNORECASE,
)
# A clause of the same subject, right after the claim, that tells a change to another status:
# "Belarus has been a dialogue partner since 2009 and was made an observer in 2015"
_CHANGED_LATER = re.compile(
    r"\s*,?\s*(?:and|but|before|until|till)\s+(?:(?:it|they|then|later|subsequently|eventually"
    r"|finally)\s+)*(?P<verb>became|joined|acceded|(?:was|were)\s+(?:(?:then|later|subsequently"
    r"|eventually|finally)\s+)?(?:admitted|upgraded|elevated|promoted|made|granted))\b"
    r"(?P<rest>[^,;.]{0,40})",
    re.IGNORECASE,
)
_OPENING_YEAR = re.compile(r"\s*(?:In|By|As\s+of)\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)(?!\d)\s*,")


# A year earlier in the clause: "signed in Shanghai in June 2001 by six countries",
# "founded on June 15, 2001 by six countries"
_YEAR_BEFORE = re.compile(
    r"\b(?:in|by|on)\s+(?:\w+,?\s+){0,2}(?P<year>(?:19|20)\d\d)(?!\d)\s*(?:,\s*)?(?:(?:by|with)\s+)?\Z"
)
# A year told of the founding ("Established in 2001, the SCO unites A, B and C"): the
# SCO's birth, not the time of the claim after it
_FOUNDED_IN = re.compile(
    r"\b(?:established|founded|created|set\s+up|formed|launched|born)\s*\Z", re.IGNORECASE
)
# A state described in the past tense: "it also included two observer countries"
_PAST = re.compile(
    r"\b(?:had|included|comprised|consisted\s+of|numbered|counted|was|were)\s+(?:\w+\s+){0,3}\Z"
    # the next object of the same verb: "it included two observers - A and B - and 14 partners"
    r"|\b(?:had|included|comprised|consisted\s+of|numbered|counted)\s+[^.;:]{0,100}?"
    r"\s(?:and|as\s+well\s+as|plus)\s+(?:[\w-]+\s+){0,2}\Z",
    re.IGNORECASE,
)
# A status shown by a past attendance, in the claim's own words, is the status then.
_ATTENDED = re.compile(
    r"\b(?:attended|participated|took\s+part|served)\b(?:[^.;]{0,40}?\b(?P<year>(?:19|20)\d\d)(?!\d))?",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:now|currently|today|at\s+present|presently|still)\b", re.IGNORECASE)
_NOW_SAID = re.compile(r"\b(?:now|currently|today|at\s+present|presently)\b", re.IGNORECASE)
# A count of who met, told in the past: "the leaders of the eight members signed"
_LEADERS_OF = re.compile(
    r"\b(?:leaders|heads(?:\s+of\s+state)?|presidents|representatives|delegations|ministers"
    r"|officials|envoys|chiefs|delegates)\s+(?:of|from)"
    r"\s+(?:the\s+|its\s+|all\s+)?\Z",
    re.IGNORECASE,
)
_MET = re.compile(
    r"\b(?:agreed|signed|adopted|met|held|gathered|attended|approved|decided|endorsed|issued"
    r"|discussed|reviewed)\b",
    re.IGNORECASE,
)


# "Observers A and B and 14 dialogue partners were merged into one category": statuses
# told as what a change ended are those before it
_ENDED_BY_CHANGE = re.compile(
    r"[^.;]{0,60}?\b(?:was|were|have\s+been|has\s+been|had\s+been)\s+(?:merged|unified|abolished"
    r"|combined|replaced|renamed|folded|consolidated|scrapped|upgraded|converted)\b",
    re.IGNORECASE,
)


# A count or status the same sentence corrects by what holds now
_NOW_OTHERWISE = re.compile(
    r"[^.;]{0,40}?\b(?:though|although|but|whereas|while)\s+(?:it|they|the\s+\w+)\s+"
    r"(?:now|today|currently)\s+(?:has|have|counts?|includes?|numbers?|comprises?)\s+(?:\d{1,2}|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|twenty)\b",
    re.IGNORECASE,
)


def _time_after(sentence: str, start: int, end: int) -> str | int | None:
    """The time the words right after a claim place it at: the year a status ended ("an
    observer from 2005 to 2017"), 'earlier' ("a dialogue partner at the time", "the
    six-member organisation expanded", "an observer until the Tianjin summit", "... were
    merged"), or before a change told by the main clause."""
    ended = _ENDED.match(sentence, end)
    if ended:  # "an observer from 2005 to 2017": the status then, not now
        return int(ended["year"])
    if _EARLIER_AFTER.match(sentence, end) or _ENDED_BY_CHANGE.match(sentence, end):
        return "earlier"
    if _NOW_OTHERWISE.match(sentence, end):
        return "earlier"  # "a club of eight members, though it now has ten": then, not now
    return "earlier" if changed_after(sentence, start, end) else None


def changed_after(sentence: str, start: int, end: int) -> bool:
    """Whether the claim is an apposition whose main clause tells a change to another
    status ("Iran, an observer state (since 2005), became a member in 2023"): the status
    before it, not now."""
    changed = _CHANGED_AFTER_APPOSITION.match(sentence, end) if "," in sentence[start:end] else None
    changed = changed or _CHANGED_LATER.match(sentence, end)
    if changed is None:
        return False
    joined = changed["verb"].lower().startswith(("join", "acced"))
    now = _status_word(changed["rest"], "member" if joined else "")
    return now not in ("", _status_word(sentence[start:end], ""))


# "In June 2017, it expanded to eight states": the count a change reached, told in the past,
# is the count then (the year of its clause, else some time before the article's date); "has
# expanded to ten" is now.
_REACHED = re.compile(
    r"(?<!\bhas\s)(?<!\bhave\s)\b(?:expanded|grew|rose|increased|enlarged|went\s+up|was\s+(?:enlarged"
    r"|expanded|increased))\s+(?:its\s+membership\s+)?to\s+(?:\w+\s+)?\Z",
    re.IGNORECASE,
)


def _reached(sentence: str, clause_start: int, start: int) -> str | int | None:
    """The time of a count a past change reached: the last year of its clause, or 'past'."""
    if _REACHED.search(sentence, max(clause_start, start - 50), start) is None:
        return None
    years = _A_YEAR.findall(sentence, max(clause_start, start - 150), start)
    return int(years[-1]) if years else "past"


LATELY = "lately"  # the time of a status told in the present perfect (judge.LATELY)
# "India has been an observer (since 2005)": a span told up to the time of writing
_PERFECT = re.compile(
    r"\b(?:has|have|'s|\u2019s)\s+(?:also\s+|long\s+|so\s+far\s+)?been\s+(?:an?\s+|the\s+)?(?:SCO\s+)?"
    r"(?:full(?:-fledged)?\s+|permanent\s+)?(?:observers?|dialogue\s+partners?|partners?|members?)\b",
    re.IGNORECASE,
)


def perfect(sentence: str, start: int, end: int) -> bool:
    """Whether the claim's words tell its status in the present perfect."""
    return _PERFECT.search(sentence, max(0, start - 20), end) is not None and not _NOW.search(
        sentence, start, end
    )


def _year_told(sentence: str, end: int, before: str) -> int | None:
    """A year the clause places the claim at: after it, opening the sentence, or just
    before it; never the founding's ("Established in 2001, the SCO unites ...")."""
    year = (
        _IN_YEAR.match(sentence, end)
        or _OPENING_YEAR.match(sentence, after_lead(sentence, end), end)
        or _YEAR_BEFORE.search(before)
    )
    if year is None or _FOUNDED_IN.search(year.string, max(0, year.start() - 30), year.start()):
        return None
    return int(year["year"])


# A photo's caption ("FILE PHOTO: ...", "Pictured in 2019: ...", "Photo caption (2017): ...")
# or a quotation said at a year ('"The eight-member SCO is a force," Putin said in Bishkek in
# 2019'): what it shows, or what was said, is of that year
_CAPTION = re.compile(
    r"\s*(?:file\s+photo|photo(?:\s+caption)?|picture[ds]?|image|caption|in\s+the\s+picture)\b",
    re.I,
)
_SAID_IN = re.compile(
    r"[\"\u201d]\s*,?\s*(?:[\w'\u2019.-]+\s+){1,4}?(?:said|told|wrote|declared|stated|remarked"
    r"|noted)\b[^.;\"\u201c]{0,40}?\bin\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)


def _pictured(sentence: str, start: int, end: int) -> int | None:
    """The year of a caption's photo (the last year it gives), or of a quotation's words
    (the claim inside the quotation, the year told after it)."""
    if _CAPTION.match(sentence):
        years = _A_YEAR.findall(sentence)
        return int(years[-1]) if years else None
    inside = sentence.count('"', 0, start) % 2 == 1 or sentence.rfind(
        "\u201c", 0, start
    ) > sentence.rfind("\u201d", 0, start)
    quote = min((i for i in (sentence.find(q, end) for q in '"\u201d') if i >= 0), default=-1)
    said = _SAID_IN.match(sentence, quote) if inside and 0 <= quote < end + 120 else None
    return int(said["year"]) if said else None


@lru_cache(maxsize=256)
def time_of(sentence: str, start: int, end: int) -> str | int | None:
    """When the claim's clause places it: 'earlier' (a time word: "Earlier, ...",
    "formerly", "at the time"), a year ("... eight members in 2017", "In 2010, ..."),
    or None (the article's date)."""
    clause_start = max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start), 0)
    window = sentence[max(clause_start, start - BEFORE) : end]
    if _NOW.search(sentence, start, end):
        return None  # "Formerly an observer, India is now a member": the claim's own time
    pictured = _pictured(sentence, start, end)
    if pictured is not None:
        return pictured  # "FILE PHOTO: Leaders of the six SCO members in Shanghai, June 15, 2001."
    attended = _ATTENDED.search(sentence, start, end)
    if attended:  # "India attended the 2010 summit as an observer": a status then
        year = attended["year"] or ((after := _IN_YEAR.match(sentence, end)) and after["year"])
        return int(year) if year else "past"
    told = _time_after(sentence, start, end)
    if told is None:
        told = _reached(sentence, clause_start, start)
    if told is not None:
        return told
    earlier = _EARLIER.search(window)
    if earlier and not _NOW_SAID.search(window, earlier.end()):
        return "earlier"  # "Until recently it had eight members, but now ten": the ten now
    # "still" belongs to the earlier time ("Until recently, it still counted ..."): only a
    # word that says now takes the claim back
    if _OPENS_EARLIER.match(sentence, clause_start) and not _NOW_SAID.search(
        sentence, clause_start, end
    ):
        return "earlier"
    if _LEADERS_OF.search(sentence, max(0, start - 40), start) and _MET.search(sentence):
        return "past"  # "the leaders of the eight members agreed": who met then
    if _NOW.search(window):
        return None
    before = sentence[max(clause_start, start - 60) : start]
    year = _year_told(sentence, end, before)
    if year is not None:
        return year
    wider = sentence[max(clause_start, start - 120) : start]
    return "past" if _PAST.search(before[-40:]) or _PAST.search(wider) else None


# "India had joined SCO as an observer": told in the pluperfect, a joining done before the
# time the sentence speaks of; a year read before it ("In June 2017, ..., India had joined")
# is that time, not the joining's.
_PLUPERFECT = re.compile(
    r"\bhad\s+(?:already\s+|also\s+|just\s+|earlier\s+)?(?:joined|acceded|become|been\s+(?:admitted"
    r"|granted|made|accepted|elevated|upgraded|promoted))\b",
    re.IGNORECASE,
)
_PRESENT = re.compile(
    r"\b(?:joins?|becomes?|enters?|accedes?|(?:is|are)\s+(?:admitted|accepted))\b", re.I
)
# "The SCO approved granting Laos ...": a grant told as decided (perhaps a step before the
# decision the reference has: the judge does not call it wrong before that decision)
_DECIDED = re.compile(
    r"\b(?:decided|agreed|approved|voted|resolved)\s+(?:to\s+|on\s+)?(?:grant|admit|accept|giv"
    r"|award|accord|mak|elevat|upgrad)\w*",
    re.IGNORECASE,
)
_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# "formed in 1996 as Shanghai Five": the forerunner's founding, told as the SCO's beginning
_AS_FIVE = re.compile(r"\s*,?\s+as\s+(?:the\s+)?[\"'\u201c\u2018]?Shanghai[- ](?:Five|5)\b", re.I)
# "established on June 15, 2001, and headquartered in Beijing": the seat is no founding place
_SEAT = re.compile(r"\b(?:headquarter\w*|based|seated|seat|secretariat)\b", re.IGNORECASE)


@lru_cache(maxsize=256)  # a list's claims share their words: read once for all
def _told(sentence: str, start: int, end: int) -> tuple[bool, bool, bool]:
    """Whether the words [start, end) tell a pluperfect joining without a year of its own,
    a joining in the present, a place that is a seat."""
    words = sentence[start:end]
    pluperfect = bool(_PLUPERFECT.search(words)) and not _A_YEAR.search(words)
    return pluperfect, bool(_PRESENT.search(words)), bool(_SEAT.search(words))


def reread(sentence: str, claim: Claim) -> Claim:
    """A claim as the words around it tell it: a pluperfect joining without a year of its
    own ("India had joined as an observer"), a joining told in the present ("Belarus joins
    the SCO tomorrow": announced), a founding "as Shanghai Five" (the Five's), a founding
    whose place is the SCO's seat ("... and headquartered in Beijing")."""
    if isinstance(claim, JoinedClaim):
        pluperfect, present, _ = _told(sentence, claim.start, claim.end)
        if pluperfect and claim.detail.get("year") is not None:
            return claim._replace(detail={**claim.detail, "year": None})
        if present and "tense" not in claim.detail:
            return claim._replace(detail={**claim.detail, "tense": "present"})
        if _DECIDED.search(sentence, max(0, claim.start - 30), claim.end):
            return claim._replace(detail={**claim.detail, "tense": "decided"})
    if isinstance(claim, FoundingClaim) and claim.subject == "SCO":
        if _AS_FIVE.match(sentence, claim.end):
            return claim._replace(subject="Shanghai Five")
        if "city" in claim.detail and _told(sentence, claim.start, claim.end)[2]:
            detail = claim.detail.copy()
            detail.pop("city")
            return claim._replace(detail=detail)
    return claim
