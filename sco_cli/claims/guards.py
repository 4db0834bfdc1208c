"""The guard stage: words that make a found claim no claim, or a claim about another time.

One stage every rule shares, read on a bounded window around the claim's words:

- `refused`: why the words are not a claim the article makes: denied ("not",
  "never"), future or hoped for ("will", "hopes to", "set to"), prospective (a
  bid, an application, a procedure, "new members like"), former ("a former
  observer"), not held ("non-members", "would-be members"), about another
  organisation (BRICS, the Shanghai Five, "observer status at the United Nations"), or quoted
  to be denied ("the myth that ..."); None when it is one.
- `denial`: how a plain denial ("is not a member", "has never been an observer")
  denies the status: such a claim is kept, marked, and judged the other way round.
- `time_of`: "earlier", when a time word places the claim before the article's
  date ("Earlier, India was an observer", "Belarus, formerly a partner").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from sco_cli.claims import lexicon as lx
from sco_cli.claims.patterns import WINDOW
from sco_cli.claims.scope import elsewhere

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
                r"\b(?:will|would|could|might|may|shall|should|to|hopes?|hoping|plans?|planning"
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
# A status on its way, not held: "the procedure to admit", "new members like", "Iran's bid".
_PROSPECTIVE = re.compile(
    r"\b(?:candidates?|prospective|potential|aspiring|acceding|incoming|applicants?|applications?|bids?|procedures?"
    r"|process|memorandum|obligations|roadmap|road\s+map|admit\s+new\s+members|(?:members|candidates"
    r"|states|countries)\s+like|opposed\s+to|against|block(?:ed|ing)?|veto(?:ed)?"
    # "decided to start admitting India and Pakistan": the admission begun, not done
    r"|(?:start|begin|began|begun|launch|initiat)\w*(?:\s+(?:the\s+)?(?:admi\w+|accession|enlargement"
    r"|expansion)|(?=\s*\Z)))"
    r"\b[^.;,]{0,30}\Z",
    re.I,
)
# "India and Pakistan, both observers since 2005": a status of its own, whatever comes before
_APPOSITIVE = re.compile(r"[,(]\s*(?:(?:both|all|each|now|also)\s+)?(?:an?|the|both|all)\s", re.I)
_PROCESS_AFTER = re.compile(
    r"\s+(?:procedures?|process(?:es)?|bids?|applications?|talks|negotiations|requests?|road\s*maps?)\b",
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
_PROSPECTIVE_WORDS = re.compile(
    r"\b(?:candidates?|prospective|potential|aspiring|acceding|incoming|applicants?)\b", re.I
)


@cache
def _other() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{lx.OTHER_ORGANISATIONS}|Shanghai[- ](?:Five|5))\b")


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
    for reason, ahead, inside in _guards():
        read = _ATTENDING.sub(" attend", words) if reason == "future" else words
        if ahead.search(before) or (inside is not None and inside.search(read)):
            return reason
    if _PROCESS_AFTER.match(sentence, end) or _PROCESS_INSIDE.search(words):
        return "prospective"  # "India and Pakistan's SCO accession procedures began"
    if _STATUS_NAME_END.search(words) and _MODAL_AFTER.match(sentence, end):
        return "future"  # "Pakistan's membership may help it": a membership supposed
    if _PROSPECTIVE.search(before) and not _APPOSITIVE.search(words):
        return "prospective"
    if strict and _MODAL_AFTER.match(sentence, end):
        return "future"  # "the completion of the accession of A and B may take years"
    if strict and _PROSPECTIVE_WORDS.search(words):
        return "prospective"
    if strict and about_other(sentence, start, end):
        return "another organisation"
    return _not_here(sentence, start, end)


def _not_here(sentence: str, start: int, end: int) -> str | None:
    """A status named not to be held ("non-members"), or held in another body."""
    if _NOT_HELD.search(sentence, max(0, start - BEFORE), end):
        return "not held"  # "Non-members: Japan", "would-be members such as Laos"
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
    last_other = max((m.end() for m in _other().finditer(window)), default=-1)
    if last_other < 0:
        return False
    last_sco = max((m.end() for m in _sco().finditer(window)), default=-1)
    return last_other > last_sco


_EARLIER = re.compile(
    r"(?:^|\b)(?:earlier(?=\s*,|\s+(?:(?:an?|the)\s+)?(?:SCO\s+)?(?:observer|member|partner|dialogue|full))"
    r"|formerly|previously|until\s+(?:then|recently|\d{4})|at\s+the\s+time"
    r"|back\s+then|originally|initially|historically|in\s+the\s+past|once(?=\s+(?:an?|the)\s)"
    r"|then(?=\s+(?:(?:an?|the)\s+)?(?:SCO\s+)?(?:observer|member|partner|dialogue|full)))\b",
    re.I,
)


_IN_YEAR = re.compile(
    r"[\s,]*(?:in|by|as\s+of|at\s+the\s+end\s+of)\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_OPENING_YEAR = re.compile(r"\s*(?:In|By|As\s+of)\s+(?:\w+\s+)?(?P<year>(?:19|20)\d\d)(?!\d)\s*,")


# A year earlier in the clause: "signed in Shanghai in June 2001 by six countries",
# "founded on June 15, 2001 by six countries"
_YEAR_BEFORE = re.compile(
    r"\b(?:in|by|on)\s+(?:\w+,?\s+){0,2}(?P<year>(?:19|20)\d\d)(?!\d)\s*(?:,\s*)?(?:(?:by|with)\s+)?\Z"
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
# A count of who met, told in the past: "the leaders of the eight members signed"
_LEADERS_OF = re.compile(
    r"\b(?:leaders|heads(?:\s+of\s+state)?|presidents|representatives|delegations)\s+(?:of|from)"
    r"\s+(?:the\s+|its\s+|all\s+)?\Z",
    re.IGNORECASE,
)
_MET = re.compile(
    r"\b(?:agreed|signed|adopted|met|held|gathered|attended|approved|decided|endorsed|issued"
    r"|discussed|reviewed)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=256)
def time_of(sentence: str, start: int, end: int) -> str | int | None:
    """When the claim's clause places it: 'earlier' (a time word: "Earlier, ...",
    "formerly", "at the time"), a year ("... eight members in 2017", "In 2010, ..."),
    or None (the article's date)."""
    clause_start = max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start), 0)
    window = sentence[max(clause_start, start - BEFORE) : end]
    if _NOW.search(sentence, start, end):
        return None  # "Formerly an observer, India is now a member": the claim's own time
    attended = _ATTENDED.search(sentence, start, end)
    if attended:  # "India attended the 2010 summit as an observer": a status then
        year = attended["year"] or ((after := _IN_YEAR.match(sentence, end)) and after["year"])
        return int(year) if year else "past"
    if _EARLIER.search(window):
        return "earlier"
    if _LEADERS_OF.search(sentence, max(0, start - 40), start) and _MET.search(sentence):
        return "past"  # "the leaders of the eight members agreed": who met then
    if _NOW.search(window):
        return None
    before = sentence[max(clause_start, start - 60) : start]
    year = (
        _IN_YEAR.match(sentence, end)
        or _OPENING_YEAR.match(sentence[:end])
        or _YEAR_BEFORE.search(before)
    )
    if year:
        return int(year["year"])
    wider = sentence[max(clause_start, start - 120) : start]
    return "past" if _PAST.search(before[-40:]) or _PAST.search(wider) else None
