"""A claim's time told by another phrase: the summit a joining was made at, a year counted
from another ("five years later"), a joining told to come after another ("subsequently").

"At the 2005 Astana summit, India, Iran and Pakistan were admitted as observers", "The Ufa
summit granted Belarus observer status", "Belarus became a member at the Astana summit":
the joining is the summit's, so it takes the summit's year (a summit named by its city and
no year takes it later, from the summit of that city nearest the article's date:
judge.dated). Only where the summit is the joining's own adverbial or subject: a summit
opening the sentence ("At the ... summit, ..."), the subject right before the verb, or
"at the ... summit" right after the joining's words; not across a verb of saying ("At the
summit, Xi recalled that India joined in 2005" keeps its own year, and "... recalled that
Iran joined" is not dated by the summit).

"Five years later, the Shanghai Five became the SCO", after a sentence that put its
founding in 1996: the year counted from the last year written before it, in its sentence or
the one before, is read as that year ("in 2001"), and every stage reads the sentence so.
"Mongolia was subsequently made an observer", after a sentence about 2005: a joining told
to come later than a year carries it (`after`), and the judge does not agree with a joining
the reference puts before that year (readings: disputed, the time word against the record).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from sco_cli.claims import dates
from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import (
    Claim,
    CountClaim,
    FoundingClaim,
    JoinedClaim,
    StatusClaim,
    SummitClaim,
)

# the summit opens its sentence: "At the 2005 Astana summit, ", "During its Ufa summit in 2015, "
_OPENING = re.compile(
    r"\A\s*(?:[\"'\u201c]\s*)?(?:At|During|On\s+the\s+sidelines\s+of)\s+(?:the|its|an?)\s+", re.I
)
_OPENING_END = re.compile(r"\s*,\s*")
# the summit is the joining's subject: "The Ufa summit granted ...", "the summit also admitted"
_SUBJECT_GAP = re.compile(r"\s*(?:(?:also|formally|officially|then)\s+)?\Z", re.I)
# the summit right after the joining's words: "... were admitted as observers at the 2005 Astana summit"
_AFTER_GAP = re.compile(
    r"\A\s*,?\s*(?:(?:as\s+(?:an?\s+)?(?:SCO\s+)?(?:full\s+)?(?:members?|observers?|(?:dialogue\s+)?partners?)"
    r"(?:\s+states?)?|in\s+\w+)\s+)?(?:at|during)\s+(?:the|its|an?)\s+(?:[\w'\u2019-]+\s+){0,3}?\Z",
    re.I,
)
# words that report what someone said, or a clause of its own, between the summit and a joining
_SAYING = re.compile(
    r"\b(?:said|says|noted|recalled|stressed|announced|stated|told|reminded|added|which|who"
    r"|after|before|since|when|had)\b",
    re.I,
)


def at_summits(sentence: str, found: list[Claim]) -> list[Claim]:
    """The claims of a sentence, each joining without a year of its own dated by the
    summit it was made at, when the words make it that summit's."""
    summits = [c for c in found if isinstance(c, SummitClaim)]
    if not summits or not any(isinstance(c, JoinedClaim) for c in found):
        return found
    return [_at(sentence, c, summits) if isinstance(c, JoinedClaim) else c for c in found]


def _at(sentence: str, claim: JoinedClaim, summits: list[SummitClaim]) -> JoinedClaim:
    detail = claim.detail
    if detail.get("year") is not None or detail.get("relative") or detail.get("ordinal"):
        return claim
    if re.search(r"\bhad\b", sentence[claim.start : claim.end], re.I):
        return claim  # "India had joined": before the time the sentence tells
    summit = next((s for s in summits if _its_summit(sentence, s, claim)), None)
    if summit is None:
        return claim
    if summit.value is not None and "nearest" not in summit.detail:
        dated = f"the summit it was made at ({summit.subject}, {summit.value})"
        return claim._replace(detail={**detail, "year": summit.value, "dated": dated})
    if "nearest" in summit.detail:  # the year comes with the summit's, from the reference
        return claim._replace(
            detail={**detail, "summit": summit.subject, "nearest": summit.detail["nearest"]}
        )
    return claim


def _its_summit(sentence: str, summit: SummitClaim, claim: JoinedClaim) -> bool:
    """Whether the summit is the joining's own: it opens the sentence, or it is the
    subject right before the joining's words, or it follows them as "at the ... summit"."""
    if summit.start >= claim.end:
        return _AFTER_GAP.match(sentence[claim.end : summit.start]) is not None
    between = sentence[summit.end : claim.start]
    if _SUBJECT_GAP.match(between) and _SUBJECT_VERB.match(sentence, claim.start):
        return True
    opening = _OPENING.match(sentence)
    if (
        opening is None
        or not opening.end() <= summit.start <= opening.end() + 40
        or _OPENING_WORDS.search(sentence, opening.end(), summit.start)
    ):
        return False
    comma = _OPENING_END.match(sentence, summit.end)
    return comma is not None and not _SAYING.search(sentence, summit.end, claim.start)


# the words the joining's claim opens with when the summit is its subject: "granted India ..."
_SUBJECT_VERB = re.compile(
    r"(?:granted|admitted|accepted|approved|welcomed|gave|conferred|elevated|upgraded|made)\b", re.I
)
# what may stand between "At the" and the summit's own words: a few words, no clause
_OPENING_WORDS = re.compile(r"[,;:()]|\b(?:which|who|that|when|after|before)\b", re.I)


_YEAR = re.compile(r"(?<![\d.,$])(?:19[5-9]\d|20\d\d)(?![\d%])")
_NUMBER = r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
# "five years later", "a year after that", "two years earlier", "the following year"; not
# "five years later, in 2001" (its own year), not "for five years", "after five years of talks"
_COUNTED = re.compile(
    rf"(?<![\w-])(?:(?:just|only|some|about|nearly|almost|barely)\s+)?{_NUMBER}\s+years?\s+"
    r"(?P<way>later|after(?:wards|\s+that)?|on|earlier|before(?:\s+that)?)\b"
    r"|\bthe\s+(?P<next>following|next|same)\s+year\b(?!'s|\u2019s)",
    re.IGNORECASE,
)
_OWN_YEAR = re.compile(r"\s*,?\s*(?:\(|in\s+|on\s+|by\s+)?(?:\w+\s+){0,2}(?:19|20)\d\d")
_FOR = re.compile(
    r"(?:\bfor|\bover|\bwithin|\bin|\bafter|\bthan)\s+(?:(?:just|only|some|about|nearly|almost)\s+)?\Z",
    re.I,
)


class Counted(NamedTuple):
    """A year counted from another, read in: the sentence as rewritten ("in 2001" for
    "five years later"), where the words stood [start, end) and how long the new ones are."""

    text: str
    start: int
    end: int
    length: int
    how: str  # "five years after 1996"

    def back(self, position: int, closing: bool = False) -> int:
        """A position of the rewritten sentence in the sentence as written."""
        if position <= self.start:
            return position
        if position >= self.start + self.length:
            return position - self.length + (self.end - self.start)
        return self.end if closing else self.start


def counted(sentence: str, previous: str | None) -> Counted | None:
    """The sentence with a year counted from another ("five years later", after 1996 in
    the words before it or in the sentence before) written as that year ("in 2001")."""
    match = _COUNTED.search(sentence)
    if match is None or _OWN_YEAR.match(sentence, match.end()):
        return None
    if match["n"] and _FOR.search(sentence, max(0, match.start() - 12), match.start()):
        return None  # "for five years", "after five years"
    years = _YEAR.findall(sentence, 0, match.start()) or _YEAR.findall(previous or "")
    if not years or _YEAR.search(sentence, match.end()):
        return None  # nothing to count from, or a year of its own later on
    base = int(years[-1])
    if match["n"]:
        number = 1 if match["n"].lower() in ("a", "an") else lx.number(match["n"])
        if number is None:
            return None
        later = not match["way"].lower().startswith(("earlier", "before"))
        year = base + number if later else base - number
        how = f"{number} year{'s' if number > 1 else ''} {'after' if later else 'before'} {base}"
    else:
        year = base + (match["next"] is not None and match["next"].lower() != "same")
        how = f"'{match.group().strip()}' after {base}"
    new = f"{'In' if match.start() == 0 else 'in'} {year}"  # an opening year reads as one
    text = sentence[: match.start()] + new + sentence[match.end() :]
    return Counted(text, match.start(), match.end(), len(new), how)


# "At the time, it had six members", "Belarus, then a dialogue partner": the time of the
# last year written before it, in its sentence or the one before
_AT_THE_TIME = re.compile(
    r"\b(?:at\s+(?:the|that)\s+time|back\s+then|by\s+then|then)\b", re.IGNORECASE
)
AT_THE_TIME_WORDS = ("time", "then")  # every match of _AT_THE_TIME holds one
_OTHER_TIME = re.compile(
    r"\b(?:earlier|formerly|previously|until|originally|initially|once|now|today|currently)\b",
    re.IGNORECASE,
)


def at_the_time(sentence: str, previous: str | None, found: list[Claim]) -> list[Claim]:
    """Each status or count that "at the time" or "then" places before the article's date
    (guards.time_of: 'earlier') placed at the last year written before it, in its sentence
    or the one before ("The SCO was founded in 2001. At the time, it had six members")."""
    if not lx.may_hold(sentence, AT_THE_TIME_WORDS) or not _AT_THE_TIME.search(sentence):
        return found
    return [_at_the_time(sentence, previous, c) for c in found]


def _at_the_time(sentence: str, previous: str | None, claim: Claim) -> Claim:
    if not isinstance(claim, (StatusClaim, CountClaim)) or claim.detail.get("time") != "earlier":
        return claim
    low = max(0, claim.start - 60)
    word = _AT_THE_TIME.search(sentence, low, claim.end)
    if word is None or _OTHER_TIME.search(sentence, low, claim.end):
        return claim
    years = _YEAR.findall(sentence, 0, word.start()) or _YEAR.findall(previous or "")
    if not years or _YEAR.search(sentence, word.end(), claim.end + 20):
        return claim
    if isinstance(claim, StatusClaim):
        return claim._replace(detail={**claim.detail, "time": int(years[-1])})
    return claim._replace(detail={**claim.detail, "time": int(years[-1])})


# a joining told to come after what the words before it told: "Mongolia was subsequently
# made an observer", "Belarus later joined", "then Iran became a member"
_AFTER_WORD = re.compile(r"\b(?:subsequently|later|afterwards|thereafter|then)\b", re.I)
AFTER_WORDS = ("subsequently", "later", "afterwards", "thereafter", "then")  # _AFTER_WORD's


def after_words(sentence: str, previous: str | None, found: list[Claim]) -> list[Claim]:
    """Each joining without a year of its own that a time word tells came later than the
    last year written before it (in its sentence, else the sentence before) carries that
    year as `after`."""
    if not lx.may_hold(sentence, AFTER_WORDS) or not _AFTER_WORD.search(sentence):
        return found
    return [_after(sentence, previous, c) if isinstance(c, JoinedClaim) else c for c in found]


def _after(sentence: str, previous: str | None, claim: JoinedClaim) -> JoinedClaim:
    detail = claim.detail
    if detail.get("year") is not None or detail.get("relative") or "summit" in detail:
        return claim
    before = max(0, claim.start - 1)
    clause = max(sentence.rfind(";", 0, before), sentence.rfind(",", 0, before), 0)
    word = _AFTER_WORD.search(sentence, max(clause, claim.start - 40), claim.end)
    if word is None:
        return claim
    years = _YEAR.findall(sentence, 0, claim.start) or _YEAR.findall(previous or "")
    if not years:
        return claim
    after = int(years[-1])
    how = f"after {after} ('{word.group().lower()}')"
    return claim._replace(detail={**detail, "after": after, "dated": how})


def back(claim: Claim, counted: Counted) -> Claim:
    """A claim read in the rewritten sentence, placed back in the sentence as written; a
    founding or joining whose year is the counted one says how it was had."""
    start, end = counted.back(claim.start), counted.back(claim.end, closing=True)
    year = int(counted.text[counted.start + 3 : counted.start + counted.length])
    if isinstance(claim, FoundingClaim) and claim.value == year:
        return claim._replace(start=start, end=end, detail={**claim.detail, "dated": counted.how})
    if isinstance(claim, JoinedClaim) and claim.detail.get("year") == year:
        return claim._replace(start=start, end=end, detail={**claim.detail, "dated": counted.how})
    return claim._replace(start=start, end=end)


# -- examples (tests/claims/test_timing.py runs them) ----------------------------------------
#
# A joining at a summit: (sentence, the article's date, {country: the year its summit gives
# it, None: none}).
SUMMIT_EXAMPLES: tuple[tuple[str, str, dict[str, int | None]], ...] = (
    (
        "At the 2005 Astana summit, India and Iran were admitted as observers.",
        "2014-01-01",
        {"India": 2005, "Iran": 2005},
    ),
    (
        "At the 2012 Beijing summit, Afghanistan became an observer, while Turkey was made a "
        "dialogue partner.",
        "2016-01-01",
        {"Afghanistan": 2012, "Türkiye": 2012},
    ),
    (
        "Belarus was admitted as an observer at the Ufa summit.",
        "2015-07-12",
        {"Belarus": 2015},
    ),
    (
        "The Ufa summit granted India and Pakistan observer status.",
        "2015-07-10",
        {"India": 2015, "Pakistan": 2015},
    ),
    # its own year, a verb of saying, a pluperfect, a summit of another clause: no summit's year
    (
        "At the Ufa summit, Xi recalled that India became an observer.",
        "2015-07-10",
        {"India": None},
    ),
    ("At the 2015 Ufa summit, India, which had joined as an observer, spoke.", "2016-01-01", {}),
    (
        "India became an observer in 2005 and attended the 2015 Ufa summit.",
        "2016-01-01",
        {"India": None},
    ),
)
# A year counted from another: (the sentence before, the sentence, the year it reads, or None).
COUNTED_EXAMPLES: tuple[tuple[str | None, str, int | None], ...] = (
    ("The Shanghai Five was formed in 1996.", "Five years later, it became the SCO.", 2001),
    (None, "Formed in 1996, the Five became the SCO just five years later.", 2001),
    ("India applied in 2016.", "The following year, it became a member.", 2017),
    ("Iran became a member in 2023.", "A year earlier, it signed the memorandum.", 2022),
    # its own year, a span of time, nothing to count from
    ("The Five was formed in 1996.", "Two years later, in 1998, it met in Almaty.", None),
    ("The Five was formed in 1996.", "For five years it met every year.", None),
    (None, "Five years later, the SCO was born.", None),
    ("The SCO met in 2019.", "The next year's summit was held online.", None),
)
# A joining told to come later: (the sentence before, the sentence, {country: the year it
# came after}); a country absent is not marked.
AFTER_EXAMPLES: tuple[tuple[str | None, str, dict[str, int]], ...] = (
    (
        "At the 2005 Astana summit, India was made an observer.",
        "Mongolia was subsequently made an observer.",
        {"Mongolia": 2005},
    ),
    ("The SCO was founded in 2001.", "Mongolia later became an observer.", {"Mongolia": 2001}),
    # its own year, no time word, nothing to count from
    ("The SCO was founded in 2001.", "Mongolia later became an observer in 2004.", {}),
    ("The SCO was founded in 2001.", "Mongolia became an observer.", {}),
    (None, "Mongolia was subsequently made an observer.", {}),
)
# A status or count "at the time": (the sentence before, the sentence, {subject: the year it
# is judged in}); a subject absent keeps the time the guard stage gave it.
AT_THE_TIME_EXAMPLES: tuple[tuple[str | None, str, dict[str, int]], ...] = (
    (
        "The SCO admitted Uzbekistan in 2001.",
        "At the time, it had eight members.",
        {"member": 2001},
    ),
    (
        "India applied in 2014.",
        "Then an SCO observer, India applied for membership.",
        {"India": 2014},
    ),
    # its own year, another time word, nothing to count from
    ("India applied in 2014.", "At the time, in 2016, it had six members.", {}),
    ("India applied in 2014.", "Earlier, India was an SCO observer.", {}),
    (None, "At the time, it had six members.", {}),
    ("The SCO met in 2019.", "At the time, India was an SCO observer.", {"India": 2019}),
)


# -- a time the sentence's own frame gives its counts and statuses, in every language --------
#
# Read once a sentence, after every language's rules, for the counts and statuses that no
# word of their own placed at a time ("time", "since"): their clause's frame does.
#
# A quotation said at a year ('"The eight-member SCO is a force," he said in 2019'; «...», —
# сказал он в 2019 году; 他在2019年表示："……"): what the quotation says is of that year.
_QUOTED = re.compile(
    r'"[^"]{1,400}"|\u201c[^\u201d]{1,400}\u201d|\u00ab[^\u00bb]{1,400}\u00bb'
    r"|\u300c[^\u300d]{1,400}\u300d"
)
_SAYING_WORDS = (
    r"(?:\b(?:said|told|wrote|declared|stated|remarked|noted|recalled|added|stressed|argued"
    r"|insisted|explained|(?:с|за)?казал|заяв(?:ил|лял)|говорил|отметил|подчеркнул|писал|сообщил"
    r"|указал|добавил|заметил|признал)(?:а|и)?\b|说|表示|指出|强调|宣布|写道|谈到)"
)
_SAYING = re.compile(_SAYING_WORDS, re.I)
# the year the words of saying are placed at: "in 2019", "in June 2019", "on July 4, 2023",
# "в 2019 году", "4 июля 2023 года", "2019年"
_SAID_YEAR = re.compile(
    r"(?:\bin\s+(?:[A-Z][a-z]+\s+)?|\bв\s+|\bon\s+[A-Z][a-z]+\.?\s+\d{1,2},?\s+"
    r"|\b\d{1,2}\s+[а-яё]+\s+)(?P<y>(?:19|20)\d\d)(?!\d)(?:\s*(?:году|года|г\.))?"
    r"|(?<!\d)(?P<z>(?:19|20)\d\d)\s*年(?![^，。：:]{0,4}的)"
)
_ATTRIBUTION = 100  # characters after a quotation (or before it) read for who said it when
_AFTER_QUOTE = re.compile(r"[^.!?;\u3002\uff01\uff1f\uff1b\"\u201c\u00ab\u300c]{0,100}")
_BEFORE_QUOTE = re.compile(r"[:\uff1a,\uff0c]\s*\Z")


def _said_year(words: str) -> int | None:
    """The year words of saying are placed at, when they hold both; None otherwise."""
    if _SAYING.search(words) is None:
        return None
    years = [int(m["y"] or m["z"]) for m in _SAID_YEAR.finditer(words)]
    return years[-1] if len(set(years)) == 1 else None


def _quoted_years(sentence: str) -> list[tuple[int, int, int]]:
    """Each quotation of the sentence said at a year: (start, end, year)."""
    spans = []
    for quote in _QUOTED.finditer(sentence):
        after = _AFTER_QUOTE.match(sentence, quote.end())
        year = _said_year(after.group()) if after else None
        before = sentence[max(0, quote.start() - _ATTRIBUTION) : quote.start()]
        if year is None and _BEFORE_QUOTE.search(before):
            opening = max(before.rfind(c) for c in '.!?;"\u201d\u00bb\u300d\u3002') + 1
            year = _said_year(before[opening:])
        if year is not None:
            spans.append((quote.start(), quote.end(), year))
    return spans


# A headline with its own date at its end, in brackets or after a dot, as a list of older
# stories gives them ("- Eight-nation SCO meets in Qingdao (June 10, 2018)", "Eight-nation bloc
# meets in Bishkek · 14 June 2019", "- Восьмичленная ШОС провела саммит (10 июня 2018)",
# "8国领导人出席青岛峰会（2018年6月10日）"): of that date. Such a list's lines may run into one
# sentence: a date ends a headline where the sentence ends or a new one opens after it.
_DATED_END = re.compile(
    r"(?:(?P<open>[(\uff08])\s*|\s[\u00b7\u2022|]\s*)"
    + dates.FULL_DATE
    + r"(?(open)\s*[)\uff09])\s*[.\u3002]?"
    r"(?=\s*\Z|\s+[-\u2022\u00b7]?\s*[A-Z\u0410-\u042f\u0401\u4e00-\u9fff\"\u00ab\u201c])",
    re.IGNORECASE,
)
_HEADLINE_END = re.compile(r"[.!?;\u3002\uff01\uff1f\uff1b](?:\s|\Z)")


def _dated_ends(sentence: str) -> list[tuple[int, int]]:
    """Where each headline's own date stands, and its year."""
    return [
        (match.start(), int(day[:4]))
        for match in _DATED_END.finditer(sentence)
        if (day := dates.iso(match)) is not None
    ]


def _headline_year(sentence: str, claim: Claim, ends: list[tuple[int, int]]) -> int | None:
    """The year of the first headline date after the claim, with no sentence's end between."""
    at, year = next(((at, y) for at, y in ends if claim.end <= at), (-1, 0))
    if at < 0 or _HEADLINE_END.search(sentence, claim.end, at):
        return None
    return year


# A count the same sentence says changed at a date of its own ("В ШОС восемь членов, но с
# июля - уже девять", "eight members, nine from July", "有8个成员国，7月起有9个"): the first
# count is the one before that change.
_MONTH_WORDS = r"(?:" + "|".join(sorted(dates.MONTHS, key=len, reverse=True)) + r")\.?"
_FROM_A_DAY = re.compile(
    rf"\b(?:from|since|as\s+of|starting)\s+(?:(?:early|mid|late)-?\s*)?{_MONTH_WORDS}\b"
    rf"|\bсо?\s+(?:\d{{1,2}}\s+)?{_MONTH_WORDS}(?!\w)"
    r"|(?:从|自)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:起|开始)",
    re.IGNORECASE,
)
# after the count: a comma, a "but", the day and the new number, in either order, within a
# clause ("..., но с июля - уже девять", "..., nine from July", "，7月起有9个")
_CHANGE_AFTER = re.compile(
    r"\s*[,\uff0c]\s*(?:(?:but|yet|and|но|а|однако|但|不过|而)\s*)?[^.;!?\u3002\uff1b,\uff0c]{0,40}"
)
_NEW_NUMBER = re.compile(
    r"(?<![\w-])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|один|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать)(?!\w)"
    r"|[一二三四五六七八九十]+个|\d{1,2}\s*个",
    re.IGNORECASE,
)


def _changed_counts(sentence: str, found: list[Claim]) -> dict[int, str]:
    """The counts (by their place in `found`) whose clause goes on to a new number said to
    hold from a day of its own: the words that say from when."""
    changed: dict[int, str] = {}
    for i, claim in enumerate(found):
        if not isinstance(claim, CountClaim):
            continue
        after = _CHANGE_AFTER.match(sentence, claim.end)
        if after is None:
            continue
        told = _FROM_A_DAY.search(after.group())
        if told is not None and _NEW_NUMBER.search(after.group()):
            changed[i] = told.group().strip()
    return changed


# A count a dated joining brought about, in the joining's sentence ("India and Pakistan
# became members in 2017, which took the SCO to eight members", "..., в результате чего в ШОС
# стало восемь членов", "印度、巴基斯坦于2017年成为成员国，使成员国数量增至8个"): of the joining's year.
_RESULTING = re.compile(
    r"\b(?:which\s+|that\s+)?(?:took|taking|brought|bringing|raised|raising|expanded|expanding"
    r"|increased|increasing|grew|growing|enlarged|enlarging|made|making)\b"
    r"|(?<!\w)(?:в\s+результате\s+чего|благодаря\s+чему|после\s+чего|тем\s+самым|доведя|увеличив"
    r"|расширив|что\s+(?:увеличило|довело|расширило|сделало))(?!\w)"
    r"|使|从而|至此",
    re.IGNORECASE,
)
_RESULT_GAP = re.compile(r"[^.;!?\u3002\uff1b]{0,80}")


def _resulting_counts(sentence: str, found: list[Claim]) -> dict[int, int]:
    """The counts (by their place in `found`) that a joining with a year, before them in the
    sentence, is told to have brought about: that year."""
    resulting: dict[int, int] = {}
    joined: JoinedClaim | None = None
    for i, claim in enumerate(found):
        if isinstance(claim, JoinedClaim) and claim.detail.get("year") is not None:
            joined = claim
        elif isinstance(claim, CountClaim) and joined is not None and joined.end <= claim.start:
            gap = sentence[joined.end : claim.start]
            year = joined.detail["year"]
            if year is not None and _RESULT_GAP.fullmatch(gap) and _RESULTING.search(gap):
                resulting[i] = year
    return resulting


def _untimed(claim: Claim) -> bool:
    return isinstance(claim, (CountClaim, StatusClaim)) and not {"time", "since"} & set(
        claim.detail
    )


def _timed(claim: Claim, when: int | str, how: str) -> Claim:
    if isinstance(claim, CountClaim):
        return claim._replace(detail={**claim.detail, "time": when, "dated": how})
    if isinstance(claim, StatusClaim):
        return claim._replace(detail={**claim.detail, "time": when, "dated": how})
    return claim


def in_frame(sentence: str, found: list[Claim]) -> list[Claim]:
    """The counts and statuses of a sentence with no time of their own, placed at the time
    its frame gives them: a quotation said at a year, a headline's bracketed date, a count
    a later one replaces from a day of its own."""
    if not found or not any(_untimed(c) for c in found):
        return found
    quoted = _quoted_years(sentence) if any(q in sentence for q in '"\u201c\u00ab\u300c') else []
    headline = _dated_ends(sentence) if any(c in sentence for c in ")\uff09\u00b7\u2022|") else []
    changed = _changed_counts(sentence, found)
    resulting = _resulting_counts(sentence, found)
    placed = []
    for i, claim in enumerate(found):
        if _untimed(claim) and i in resulting:
            year = resulting[i]
            claim = _timed(claim, year, f"the joining it followed ({year})")
        elif _untimed(claim):
            claim = _placed(sentence, claim, (quoted, headline), changed.get(i))
        placed.append(claim)
    return placed


def _placed(
    sentence: str,
    claim: Claim,
    frames: tuple[list[tuple[int, int, int]], list[tuple[int, int]]],
    changed: str | None,
) -> Claim:
    quoted, headline = frames
    said = next((y for s, e, y in quoted if s < claim.start and claim.end < e), None)
    if said is not None:
        return _timed(claim, said, f"a quotation said in {said}")
    year = _headline_year(sentence, claim, headline) if headline else None
    if year is not None:
        return _timed(claim, year, f"the headline's own date ({year})")
    if changed is not None:
        return _timed(claim, changed, f"the count before the change '{changed}'")
    return claim


# A frame's time: (sentence, {a count's status or a status's country: the time it is placed
# at}); a subject absent from the dict keeps no time of the frame's (tests/claims/test_timing.py).
FRAME_EXAMPLES: tuple[tuple[str, dict[str, int | str]], ...] = (
    ('"The eight-member SCO is a force," Putin said in Bishkek in 2019.', {"member": 2019}),
    ("«ШОС из восьми членов - мощная сила», - сказал Путин в 2019 году.", {"member": 2019}),
    ("Он заявил в 2019 году: «В ШОС восемь членов».", {"member": 2019}),
    ("普京2019年在比什凯克曾说：“拥有8个成员国的上合组织是一支强大力量。”", {"member": 2019}),
    ('"The SCO now has nine members," Modi said on July 4, 2023.', {"member": 2023}),
    ("«Теперь в ШОС девять членов», — заявил Моди 4 июля 2023 года.", {"member": 2023}),
    ("- Eight-nation SCO meets in Qingdao (June 10, 2018)", {"member": 2018}),
    ("8个成员国领导人出席上合组织青岛峰会（2018年6月10日）", {"member": 2018}),
    (
        "SCO grows as Iran joins · 4 July 2023 Eight-nation bloc meets · 14 June 2019",
        {"member": 2019},
    ),
    (
        "ШОС расширилась до девяти членов (04.07.2023) Саммит в Бишкеке (14.06.2019)",
        {"member": 2023},
    ),
    ("В ШОС восемь членов, но с июля - уже девять.", {"member": "с июля"}),
    ("The SCO has eight members, nine from July.", {"member": "from July"}),
    ("上合组织有8个成员国，7月起有9个。", {"member": "7月起"}),
    (
        "India and Pakistan became members in 2017, which took the SCO to eight members.",
        {"member": 2017},
    ),
    (
        "Индия и Пакистан стали членами в 2017 году, в результате чего в ШОС стало восемь членов.",
        {"member": 2017},
    ),
    ("印度、巴基斯坦于2017年正式成为成员国，使上合组织成员国数量增至8个。", {"member": 2017}),
    (
        "At the 2012 Beijing summit, Afghanistan became an observer, bringing the number of observers to five.",
        {"observer": 2012},
    ),
    # said at no year, a year of another thing, a date inside the words, a clause of another
    # subject, a place not a day
    ('"The SCO has ten members," he said on Tuesday.', {}),
    ('"The SCO has ten members," he said, recalling the 2017 expansion.', {}),
    ("«В ШОС десять членов», — сказал он в среду.", {}),
    ("The SCO, which met on (June 10, 2018) in Qingdao, has ten members.", {}),
    ("The SCO has ten members. It met in Qingdao (June 10, 2018).", {}),
    ("The SCO has eight members, from India to Russia.", {}),
    ("В ШОС восемь членов, с июля ее возглавляет Индия.", {}),
    # a joining of no year, a count of another sentence's clause
    ("India and Pakistan became members, which took the SCO to eight members.", {}),
    ("India joined in 2017. Today the SCO has ten members.", {}),
)


# -- a joining told as still to come ------------------------------------------------------
#
# A page of the day a change takes effect may tell it as still to come ("India and Pakistan
# will become members today", "印度和巴基斯坦加入上合组织将是本次峰会的重要事件", "после
# вступления Индии значение ШОС возрастет"): such a joining does not report the change, and the
# day's old figures may be the morning's (reports/check.py `_of_the_morning`).
_TO_COME = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:to|set\s+to|due\s+to|expected\s+to|going\s+to))\b"
    r"|(?<!\w)(?:станет|станут|будет|будут|войдет|войдут|вступит|вступят|предстоит|ожидается)(?!\w)"
    r"|将|將|即将|即將",
    re.IGNORECASE,
)
_THEN_AFTER = re.compile(r"\s*(?:之?后|之?後|以后|以後)|\s+(?:после\s+(?:этого|чего))")
_CLAUSE_END = re.compile(r"[.;!?\u3002\uff1b\uff01\uff1f]")


def told_to_come(sentence: str, start: int, end: int) -> bool:
    """Whether the joining at [start, end) is told as still to come: a word of the future
    in its words or right around them, or in the clause a joining "after" opens
    ("印度和巴基斯坦加入后，……将显著提升")."""
    stop = _CLAUSE_END.search(sentence, end)
    last = stop.start() if stop else len(sentence)
    if _THEN_AFTER.match(sentence, end) or sentence.endswith(("后", "後"), start, end):
        return _TO_COME.search(sentence, end, last) is not None
    return _TO_COME.search(sentence, max(0, start - 20), min(last, end + 8)) is not None


# (sentence, the joining's words, whether it is told as still to come)
TO_COME_EXAMPLES: tuple[tuple[str, str, bool], ...] = (
    ("印度和巴基斯坦加入上合组织将是本次峰会的重要事件。", "印度和巴基斯坦加入上合组织", True),
    ("印度和巴基斯坦加入后，上合组织的意义将显著提升。", "印度和巴基斯坦加入", True),
    ("印度和巴基斯坦加入後,上合組織的意義將顯著提升。", "印度和巴基斯坦加入後", True),
    ("India and Pakistan will join the SCO today.", "India and Pakistan will join the SCO", True),
    ("Индия и Пакистан станут членами ШОС сегодня.", "Индия и Пакистан станут членами ШОС", True),
    # told as done, and a future of another clause
    ("India and Pakistan joined the SCO today.", "India and Pakistan joined the SCO", False),
    ("印度和巴基斯坦正式成为上合组织成员国。", "印度和巴基斯坦正式成为上合组织成员国", False),
    (
        "Iran became a member on Tuesday. The summit will close tomorrow.",
        "Iran became a member",
        False,
    ),
    (
        "Iran became a member on Tuesday, and the leaders will sign a declaration.",
        "Iran became a member",
        False,
    ),
)


def summit_places() -> tuple[tuple[str, str], ...]:
    """The summit cities' names in Russian and Chinese, as patterns (for a dateline's place:
    dates.by_summit)."""
    from sco_cli.claims.languages import chinese, russian

    return (*russian.CITIES.items(), *chinese.CITIES.items())
