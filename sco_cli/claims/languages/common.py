"""What reading Russian and Chinese share: a language's words as data (`Tongue`),
lists of countries, the guard, the year a claim is placed at, and a rule that binds a
list to a status, declared by its pattern.

A rule's pattern is written with named pieces (`{list}`, `{status}`, `{sco}`,
`{ref}`, `{num}`) that each language fills from its own words, as the English
phrasings are written with the lexicon's pieces. A sentence may refer to the SCO
without naming it ("В нее входят ...", "其成员国包括 ..."): it is read as the SCO's
only when the sentence before it names the SCO and no other body stands after that
name or in the sentence itself (`Following`, set for one sentence by `following`). Every claim carries the words it was read
from (its span), and a claim is refused, not guessed, when its clause is denied,
hoped for, prospective or former, or when another organisation stands nearer to
it than the SCO: precision before recall.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import NamedTuple

from sco_cli.claims import lexicon as lx
from sco_cli.claims.claim import (
    Claim,
    CountClaim,
    Extra,
    Group,
    JoinedClaim,
    RosterKind,
    SummitClaim,
    each,
)
from sco_cli.claims.dates import after_lead
from sco_cli.claims.declared import Example, SentenceRule

STATUSES = ("founding_member", "member", "observer", "dialogue_partner", "partner")


MOST_LISTED = 40  # names in one list, past its first
# A name's dates in brackets, within a list: "Индия (с 2017 года)", "巴基斯坦(2015年7月加入)".
DATED = r"(?:\s*[(（][^()（）\n]{0,12}?\d{4}[^()（）\n]{0,12}[)）])?"
BULLET = r"[-–—•*·▪●◦]|\d{1,2}\s*[.)、]"  # what opens a list's line

# A heading that announces a list ("Государства-члены ШОС:", "成员国（10）："), each the
# whole sentence; an item of a list under it (a bullet or a number, then names); a
# heading and its items run together in one sentence (lines without a blank between).
# (a numbered list run into one paragraph leaves its first number on the heading: "...: 1.")
HEADING = (
    r"\s*(?:{ref}\s*的?\s*)?(?:现|現)?{status}(?:\s+{ref})?\s*(?:[(（]\s*\d{{1,2}}\s*[)）])?\s*[:：]\s*"
    r"(?:\d{{1,2}}\s*[.)]\s*)?"
)
# An item may end with the next one's number: a numbered list run into one paragraph is
# split after each "2." ("Китай 2.", "Узбекистан 3.").
ITEM = (
    r"\s*(?:[-–—•*·▪●◦]|\d{{1,2}}\s*[.)、])?\s*{list}\s*(?:\d{{1,2}}\s*[.)])?\s*[.;,。；，、]?\s*"
)
LISTED = (
    r"^\s*(?:{ref}\s*的?\s*)?{status}(?:\s+{ref})?\s*(?:[(（]\s*\d{{1,2}}\s*[)）])?\s*[:：]\s*"
    r"{items}\s*[.;。；]?\s*$"
)


@dataclass(frozen=True)
class Tongue:
    """A language's words, as patterns (each compiled once, on first use)."""

    code: str  # "ru", "zh"
    countries: Mapping[str, str]  # iso3 -> the pattern of its names, in every form
    separator: str  # between two countries of a list
    statuses: Mapping[str, str]  # status -> the pattern of its nouns, in every form
    sco: str  # the SCO by its names
    others: str  # other organisations: a count or status next to one is theirs
    refused: str  # denied, hoped for, prospective, former: no claim from that clause
    year: str  # a year, in group "y"
    number: str  # a number (digits or words), in group "n"
    read_number: Callable[[str], int | None]
    refers: str = "(?!)"  # words that refer to an organisation named before ("организации", "其")
    bodies: str = "(?!)"  # words for a body of any kind: a sentence that holds one is not
    # the SCO's by context alone ("Совбез", "联盟")
    # right after a claim: a noun the claim is only a modifier of ("伊朗加入上合组织的备忘录",
    # the memorandum on Iran's joining; "…成员国法案", the bill): no claim
    modifies: str = "(?!)"
    # a yes-no question's word ("是否", "吗", "ли"): a sentence asking it claims nothing
    yes_no: str = "(?!)"
    refuted: str = "(?!)"  # after a claim, in its sentence: a report refuted, no claim
    # between a claim and a refutation after it: a new statement ("..., а сообщения о
    # Турции — фейк", "；", "而"), which the refutation is about instead of the claim
    apart: str = "[;；]"
    reported: str = "(?!)"  # a report's words before a claim: it is inside what is refuted
    # before a claim, anywhere in its sentence: what follows was said wrongly or is put to the
    # reader to judge ("ошибочно указывалось, что", a correction's "в первоначальной версии",
    # a true-or-false test's "Утверждение:"): no claim
    told_false: str = "(?!)"
    past: str = "(?!)"  # a verb in the past within a status's words: judged before the date
    # right before a claim: a clause whose verb is gapped, after a comma ("..., статус
    # партнеров — 14 государств"): it shares the clause before it, and that clause's time
    gapped: str = "(?!)"
    # a count of who met, told in the past ("главы шести государств-членов ... подписали"):
    # the leaders' word right before the count (Russian) or right after it (Chinese), and
    # what they did, in the past, after it; judged before the article's date, as English is
    leaders_before: str = "(?!)"
    leaders_after: str = "(?!)"
    met: str = "(?!)"
    # who attended: a count named by the people who came ("представители четырех
    # государств-наблюдателей приняли участие", "参加会议的还有4个观察员国的代表") counts who
    # came, not the SCO's: the people's word before the count or after it in its clause,
    # and a verb of attending in the sentence
    attending: str = "(?!)"
    people_before: str = "(?!)"
    people_after: str = "(?!)"
    # who came, told by the countries themselves: a count (and the counts coordinated with
    # it) the subject of a verb of attending, its group `came` ("2个观察员国、14个对话伙伴国
    # 出席了峰会"), or after words that name a meeting's participants ("与会方", "参加峰会的有"):
    # judged before the article's date, as a count of who met is
    came_after: str = "(?!)"
    came_before: str = "(?!)"
    # words said at a time: an intro before a said clause, with its year (group `y`; before a
    # quotation, group `quote`, timing.in_frame reads it), or before a said clause or a
    # quotation, a word of the past (group `once`: "他曾表示：“……”")
    said_before: str = "(?!)"
    clause_end: str = ";"  # characters that end a clause, for the guard's window
    # a ministers' body deciding, before a claim: a grant it decides is its recommendation,
    # made before the heads of state decide ("главы МИД решили предоставить ...")
    recommended: str = "(?!)"
    decided: str = "(?!)"  # a grant told as decided, not done ("решили предоставить")
    # a frame before a claim, in its clause or closing the clause before it, that places it
    # at another time ("天津峰会前，", "当时"): its words are the claim's time (judged before the
    # article's date, as the English "earlier"); a frame of the founding (group `founding`:
    # "成立之初") places it in `founded`, the year the SCO was founded
    earlier: str = "(?!)"
    founded: int | None = None
    # a language that names a claim's owner before it ("金砖有11个成员国，上合组织有10个"): a
    # body named after the claim, past its clause's end, owns none of it
    owner_first: bool = False
    # a question asking for a status's countries or their number ("上合组织有几个成员国？"):
    # the status it names is announced for the answer after it
    asks: str = "(?!)"
    # a language whose verbs carry no tense (Chinese): the words that tell a joining done
    # ("了", "已"); without one, nor a year, a joining is told as in the present (a headline's
    # "伊朗加入上合组织" the day before: announced, not false). None: the verb tells it.
    done: str | None = None
    word_start: str = ""  # what may not precede a name (Russian: a letter)
    word_end: str = ""  # what may not follow a name
    pieces: dict[str, str] = field(default_factory=dict)

    @cached_property
    def country_rx(self) -> re.Pattern[str]:
        body = "|".join(f"(?P<{iso3}>{rx})" for iso3, rx in self.countries.items())
        return re.compile(f"{self.word_start}(?:{body}){self.word_end}")

    @cached_property
    def list_pattern(self) -> str:
        names = "|".join(self.countries.values())
        one = f"{self.word_start}(?:{names}){self.word_end}{DATED}"
        # bounded: a list longer than any the SCO has (26 countries) is no list, and an
        # unbounded one makes each start scan to the end of a long run of names and back
        # (quadratic on a hostile sentence)
        return f"(?P<list>{one}(?:(?:{self.separator}){one}){{0,{MOST_LISTED}}})"

    @cached_property
    def items_pattern(self) -> str:
        """A list laid out as lines or bullets run together ("- Китай - Россия", "中国 俄罗斯"):
        names apart by the separator, a bullet or white space."""
        names = "|".join(self.countries.values())
        one = f"{self.word_start}(?:{names}){self.word_end}{DATED}"
        apart = f"{self.separator}|\\s*(?:{BULLET})\\s*|\\s+"
        return f"(?P<list>(?:{BULLET})?\\s*{one}(?:(?:{apart}){one}){{0,{MOST_LISTED}}})"

    @cached_property
    def status_pattern(self) -> str:
        return "|".join(f"(?P<{status}>(?i:{rx}))" for status, rx in self.statuses.items())

    @cached_property
    def status_rx(self) -> re.Pattern[str]:
        return re.compile(self.status_pattern)

    @cached_property
    def sco_rx(self) -> re.Pattern[str]:
        return re.compile(self.sco)

    @cached_property
    def others_rx(self) -> re.Pattern[str]:
        return re.compile(self.others)

    @cached_property
    def refers_rx(self) -> re.Pattern[str]:
        return re.compile(self.refers)

    @cached_property
    def bodies_rx(self) -> re.Pattern[str]:
        return re.compile(f"{self.others}|{self.bodies}")

    @cached_property
    def refused_rx(self) -> re.Pattern[str]:
        return re.compile(self.refused)

    @cached_property
    def refuted_rx(self) -> re.Pattern[str]:
        return re.compile(self.refuted)

    @cached_property
    def modifies_rx(self) -> re.Pattern[str]:
        return re.compile(self.modifies)

    @cached_property
    def yes_no_rx(self) -> re.Pattern[str]:
        return re.compile(self.yes_no)

    @cached_property
    def reported_rx(self) -> re.Pattern[str]:
        return re.compile(self.reported)

    @cached_property
    def apart_rx(self) -> re.Pattern[str]:
        return re.compile(self.apart)

    @cached_property
    def told_false_rx(self) -> re.Pattern[str]:
        return re.compile(self.told_false)

    @cached_property
    def gapped_rx(self) -> re.Pattern[str]:
        return re.compile(self.gapped)

    @cached_property
    def past_rx(self) -> re.Pattern[str]:
        return re.compile(self.past)

    @cached_property
    def leaders_before_rx(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.leaders_before})\\s*\\Z")

    @cached_property
    def leaders_after_rx(self) -> re.Pattern[str]:
        return re.compile(self.leaders_after)

    @cached_property
    def met_rx(self) -> re.Pattern[str]:
        return re.compile(self.met)

    @cached_property
    def owned_rx(self) -> re.Pattern[str]:
        """The SCO's name right before a count: "上合组织(的)六个成员国"."""
        return re.compile(f"(?:{self.sco})\\s*(?:的)?\\s*\\Z")

    @cached_property
    def attending_rx(self) -> re.Pattern[str]:
        return re.compile(self.attending)

    @cached_property
    def people_before_rx(self) -> re.Pattern[str]:
        return re.compile(self.people_before)

    @cached_property
    def people_after_rx(self) -> re.Pattern[str]:
        return re.compile(self.people_after)

    @cached_property
    def came_before_rx(self) -> re.Pattern[str]:
        return re.compile(self.came_before)

    @cached_property
    def said_before_rx(self) -> re.Pattern[str]:
        return re.compile(self.said_before)

    @cached_property
    def recommended_rx(self) -> re.Pattern[str]:
        return re.compile(self.recommended)

    @cached_property
    def decided_rx(self) -> re.Pattern[str]:
        return re.compile(self.decided)

    @cached_property
    def earlier_rx(self) -> re.Pattern[str]:
        return re.compile(self.earlier)

    @cached_property
    def year_rx(self) -> re.Pattern[str]:
        return re.compile(self.year)

    def compose(self, template: str) -> re.Pattern[str]:
        """A rule's pattern from its named pieces (compiled once)."""
        compiled = _COMPILED.get((self.code, template))
        if compiled is not None:
            return compiled
        named = {
            "list": self.list_pattern,
            "status": f"(?:{self.status_pattern})",
            "sco": f"(?:{self.sco})",
            "ref": f"(?:{self.sco}|{self.refers})",
            "num": self.number,
            "items": self.items_pattern,
            **self.pieces,
        }
        compiled = _COMPILED[(self.code, template)] = re.compile(template.format(**named))
        return compiled


_COMPILED: dict[tuple[str, str], re.Pattern[str]] = {}


def group_of(tongue: Tongue, sentence: str, start: int, end: int) -> Group:
    """The countries of a list, each once, in order."""
    members: dict[str, str] = {}
    for match in tongue.country_rx.finditer(sentence, start, end):
        members.setdefault(str(match.lastgroup), match.group())
    return Group(start, end, tuple(members.items()), False)


def status_of(match: re.Match[str]) -> str | None:
    """The status a match of `{status}` named."""
    named = match.groupdict()
    return next((s for s in STATUSES if named.get(s) is not None), None)


@lru_cache(maxsize=32)
def _starts(pattern: re.Pattern[str], sentence: str) -> tuple[int, ...]:
    """Where `pattern` matches in the sentence, found once a sentence (not once a claim:
    a sentence of many claims stays linear)."""
    return tuple(m.start() for m in pattern.finditer(sentence))


def _distance(starts: tuple[int, ...], at: int) -> int | None:
    """How far the nearest of `starts` is from `at`; None when there is none."""
    i = bisect_left(starts, at)
    near = [abs(starts[j] - at) for j in (i - 1, i) if 0 <= j < len(starts)]
    return min(near) if near else None


class Following(NamedTuple):
    """What a sentence takes from the one before it."""

    sco: bool = False  # that sentence named the SCO, and no other body after the name
    # the status it announced for a list to come: a heading ("Государства-члены:",
    # "成员国："), a count ("ШОС включает 10 государств."), or a list's item under one
    status: str | None = None
    # the countries a pronoun of the next sentence may stand for ("Она", "Страна", "Они"):
    # the one country that opens it as its subject, or the one list that holds all it names
    named: tuple[tuple[str, str], ...] = ()
    # the year a question asked about ("问：2019年上合组织有几个成员国？"): its answer's time
    year: int | None = None


NOTHING = Following()
_FOLLOWING: ContextVar[Following] = ContextVar("following", default=NOTHING)


@contextmanager
def following(before: Following) -> Iterator[None]:
    """Read one sentence after `before` (the rules ask `announced()` and `about_sco`)."""
    token = _FOLLOWING.set(before)
    try:
        yield
    finally:
        _FOLLOWING.reset(token)


def announced() -> str | None:
    """The status the sentence before announced for a list, when it named the SCO."""
    before = _FOLLOWING.get()
    return before.status if before.sco else None


def asked_year() -> int | None:
    """The year the question before asked about, when it named the SCO."""
    before = _FOLLOWING.get()
    return before.year if before.sco else None


def named_before() -> tuple[tuple[str, str], ...]:
    """The countries the sentence before named for a pronoun, when it was the SCO's."""
    before = _FOLLOWING.get()
    return before.named if before.sco else ()


# A name in a case other than the nominative ends so ("Индии", "Китаю", "Ираном")
_NOT_NOMINATIVE = re.compile(r"(?:у|ю|е|и|ом|ем|ой|ей|ою|ею)\Z")


def named(tongue: Tongue, sentence: str) -> tuple[tuple[str, str], ...]:
    """Who a pronoun after this sentence may stand for, only where that is not in doubt:
    one country, the sentence's subject (opening it, in the nominative: "Монголия давно
    сотрудничает с ШОС."), or two or more, all of them in the one list the sentence holds."""
    found = list(tongue.country_rx.finditer(sentence))
    countries = {str(m.lastgroup): m.group() for m in found}
    if len(countries) == 1:
        first = found[0]
        opens = sentence[: first.start()].strip(" «\"'\n") == ""
        # Chinese has no cases: the name opening the sentence is its subject
        nominative = tongue.code != "ru" or _NOT_NOMINATIVE.search(first.group()) is None
        if opens and nominative:
            return tuple(countries.items())
        return ()
    if not countries:
        return ()
    listed = tongue.compose("{list}").search(sentence, found[0].start())
    if listed is None or listed.start() != found[0].start() or listed.end() < found[-1].end():
        return ()
    return tuple(countries.items())


def about_sco(tongue: Tongue, sentence: str, at: int) -> bool:
    """The SCO is named in the sentence, and no other organisation stands nearer to `at`;
    or, in a sentence that names no body at all, the sentence before named the SCO."""
    sco, others = _starts(tongue.sco_rx, sentence), _starts(tongue.others_rx, sentence)
    if tongue.owner_first:
        sco, others = _owners(tongue, sentence, at, sco, others)
    ours = _distance(sco, at)
    if ours is None:
        return _FOLLOWING.get().sco and _no_body_before_its_end(tongue, sentence, at)
    theirs = _distance(others, at)
    return theirs is None or ours < theirs


def _owners(
    tongue: Tongue, sentence: str, at: int, sco: tuple[int, ...], others: tuple[int, ...]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The names that may own a claim at `at` in a language that names the owner first:
    those before the end of its clause, when any body is named there ("金砖国家有11个成员国，
    上合组织有10个": the 11 are BRICS's); else all of them."""
    ends = [i for i in (sentence.find(c, at) for c in tongue.clause_end) if i >= 0]
    limit = min(ends, default=len(sentence))
    near = sco[: bisect_left(sco, limit)], others[: bisect_left(others, limit)]
    return near if near[0] or near[1] else (sco, others)


_CLAUSE_END = re.compile("[;；。]")


def _no_body_before_its_end(tongue: Tongue, sentence: str, at: int) -> bool:
    """No body is named before the end of the clause at `at` (one after it, in another
    clause, is another matter: "...; guests: the CIS and ASEAN")."""
    bodies = _starts(tongue.bodies_rx, sentence)
    if not bodies:
        return True
    ends = _starts(_CLAUSE_END, sentence)
    i = bisect_left(ends, at)
    return bodies[0] >= (ends[i] if i < len(ends) else len(sentence))


def names_sco_last(tongue: Tongue, sentence: str) -> bool:
    """The sentence names the SCO, and no other body after its last name (a sentence that
    follows may refer to it)."""
    ends = [m.end() for m in tongue.sco_rx.finditer(sentence)]
    return bool(ends) and tongue.bodies_rx.search(sentence, ends[-1]) is None


BEFORE = 40  # characters of the clause before a claim the guard reads


def refused(tongue: Tongue, sentence: str, start: int, end: int) -> bool:
    """The claim's clause denies it, hopes for it, or places it in the future or the past."""
    clause = _clause(tongue, sentence, start)
    window = sentence[max(clause + 1, start - BEFORE) : end]
    if tongue.refused_rx.search(window) or _refuted(tongue, sentence, start, end):
        return True
    if tongue.told_false_rx.search(sentence, 0, start):
        return True  # "ошибочно указывалось, что Турция является наблюдателем"
    if tongue.modifies_rx.match(sentence, end):
        return True  # "签署了伊朗加入上合组织的备忘录": a document's subject, not a joining
    if _asked(tongue, sentence, end):
        return True  # "上合组织是否会给予印度和巴基斯坦正式成员国的资格？": asked, not said
    return tongue.recommended_rx.search(sentence, max(0, start - RECOMMENDING), start) is not None


# a blank to fill in closing the sentence ("……的年份是（　）"): a question
_BLANK = re.compile(r"[(（][\s\u3000_]*[)）]\s*[。.]?\s*\Z")
_CLAUSE_MARK = re.compile("[，,；;。！!：:]")


def _asked(tongue: Tongue, sentence: str, end: int) -> bool:
    """Whether the claim is asked: the sentence is a yes-no question, or a question whose last
    clause holds the claim ("上合组织有12个成员国？", "是8个还是9个成员国？"), or a blank to fill."""
    last = sentence.rstrip()
    if _BLANK.search(last):
        return True
    if last[-1:] not in "?？":
        return False
    return tongue.yes_no_rx.search(sentence) is not None or not _CLAUSE_MARK.search(last, end)


def _refuted(tongue: Tongue, sentence: str, start: int, end: int) -> bool:
    """A refutation after the claim, with no new statement between them, or the claim
    inside the report refuted: "Иран стал членом ШОС, а сообщения о Турции — фейк" refutes
    the report on Turkey, not Iran's status; "Сообщения о том, что Турция стала членом, а
    Иран вышел, ложны" refutes both."""
    # the refutations found once a sentence, the first at or after the claim's end by
    # bisection (a long sentence of claims stays linear)
    refutations = _starts(tongue.refuted_rx, sentence)
    i = bisect_left(refutations, end)
    if i == len(refutations):
        return False
    if tongue.apart_rx.search(sentence, end, refutations[i]) is None:
        return True
    return tongue.reported_rx.search(sentence, 0, start) is not None


RECOMMENDING = 200  # characters before a claim read for a ministers' body that decided it


def _clause(tongue: Tongue, sentence: str, start: int) -> int:
    """Where the claim's clause opens, if within BEFORE characters of it (no further is
    read), else -1."""
    low = max(0, start - BEFORE - 1)
    return max((sentence.rfind(c, low, start) for c in tongue.clause_end), default=-1)


@lru_cache(maxsize=32)
def _years(year_rx: re.Pattern[str], sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), int(m["y"])) for m in year_rx.finditer(sentence))


def years(tongue: Tongue, sentence: str, low: int = 0, high: int | None = None) -> list[int]:
    """The years the sentence names that start in [low, high), in order (found once a
    sentence, read by bisection)."""
    found = _years(tongue.year_rx, sentence)
    high = len(sentence) if high is None else high
    i = bisect_left(found, (low, -1))
    j = bisect_left(found, (high, -1))
    return [year for _, year in found[i:j]]


def year_near(tongue: Tongue, sentence: str, start: int, end: int) -> int | None:
    """The year of a joining: in its words ("joined in 2023"), right after them, before
    them in their clause, or opening the sentence ("In 2017, ..."); None: no year of its
    own (a founding year elsewhere in the sentence is not when a country joined)."""
    clause = _clause(tongue, sentence, start)
    stops = tongue.clause_end + ",，"  # past the list, a comma ends the joining's clause
    after = min((i for c in stops if (i := sentence.find(c, end, end + 20)) >= 0), default=-1)
    reach = min(end + 20, after if after >= 0 else len(sentence))
    entry = _NEXT_ENTRY.search(sentence, end, reach)  # a chronology's next line: its own year
    reach = entry.start() if entry else reach
    inside = years(tongue, sentence, start, end)
    right_after = years(tongue, sentence, end, reach)
    before = years(tongue, sentence, max(clause, start - BEFORE) + 1, start)
    # a date opening the claim's own clause ("…加入；2023年7月，伊朗成为…") is its date, not
    # the year opening the sentence
    part = _part_start(sentence, start)
    own = years(tongue, sentence, part, min(part + 4, start)) if part else []
    opening = years(tongue, sentence, 0, min(4, start))
    for candidates, index in (
        (inside, -1),
        (right_after, 0),
        (before, -1),
        (own, 0),
        (opening, 0),
    ):
        if candidates:
            return candidates[index]
    return None


# A Chinese year opening a line after the claim (its lines run together with a space):
# the next entry of a chronology laid out one a line ("2004年 蒙古国成为观察员国 2005年 ...")
_NEXT_ENTRY = re.compile(r"\s(?:[-–—•*·]\s*)?(?:19|20)\d\d\s*年")
# a part ends at a full stop or a semicolon, or before such a line's year
_PART_END = re.compile(r"[;；。]\s*|\s(?=(?:[-–—•*·]\s*)?(?:19|20)\d\d\s*年)")


def _part_start(sentence: str, start: int) -> int:
    """Where the part of the sentence holding `start` opens, past a ';', '；' or '。' and
    the spaces after it; 0 in its first part."""
    ends = _part_ends(sentence)
    i = bisect_left(ends, start + 1)
    return ends[i - 1] if i else 0


@lru_cache(maxsize=32)
def _part_ends(sentence: str) -> tuple[int, ...]:
    """Where each part opens, found once a sentence (not once a claim)."""
    return tuple(m.end() for m in _PART_END.finditer(sentence))


@lru_cache(maxsize=16)
def _says(words: re.Pattern[str], sentence: str) -> bool:
    """Asked once a sentence, not once a summit of it."""
    return words.search(sentence) is not None


def summit_at(
    tongue: Tongue,
    sentence: str,
    span: tuple[int, int],
    city: str,
    today: str | None,
    *,
    reach: int,
    coming: re.Pattern[str],
) -> SummitClaim:
    """A summit in `city` at `span`: of the year nearest its words (within `reach`
    characters: Chinese is denser than Russian), else dated by the article's date, the
    coming one when the sentence says so (`coming`), else the last one."""
    start, end = span
    near = years_near(tongue, sentence, span, reach)
    lead = after_lead(sentence, start)
    opening = _OPENING.match(sentence, lead, start) or _IN_YEAR_OPENING.match(sentence, lead, start)
    if not near and opening:
        near = [(start - opening.end(), int(opening["y"]))]  # "В 2004 году ... саммита": then
    if near or today is None:
        return SummitClaim(city, min(near)[1] if near else None, start, end, {"city": city})
    ahead = _says(coming, sentence)
    which = "the coming" if ahead else "the last"
    return SummitClaim(
        city,
        None,
        start,
        end,
        {
            "city": city,
            "dated": f"the article's date ({which} summit there, none named by its year)",
            "nearest": "after" if ahead else "before",
        },
    )


# A document's title in quotes ("《上合组织至2025年发展战略》", "«Стратегия до 2025 года»"):
# a year in it dates that document, not a summit beside it.
_TITLE = re.compile("《[^《》\n]{0,80}》|«[^«»\n]{0,120}»")


def years_near(
    tongue: Tongue, sentence: str, span: tuple[int, int], reach: int
) -> list[tuple[int, int]]:
    """The years within `reach` characters of a summit's words, with their distance; a year
    in another document's title is none of its."""
    start, end = span
    # only the years within reach are read (a year's words are short): a sentence of many
    # summits stays linear
    low, high = max(0, start - reach - 20), end + reach + 20
    titles = [t.span() for t in _TITLE.finditer(sentence, max(0, low - 120), high + 120)]
    return [
        (distance, int(m["y"]))
        for m in tongue.year_rx.finditer(sentence, low, high)
        if (distance := min(abs(m.start() - end), abs(start - m.end()))) <= reach
        and not any(a <= m.start() < b and not a <= start < b for a, b in titles)
        and not (m.start() >= end and _of_others(tongue, sentence, end, m.start()))
    ]


# "В 2004 году ..." opening the sentence without a comma: a summit's year when none is near it
_IN_YEAR_OPENING = re.compile(r"\s*[Вв]\s+(?P<y>(?:19|20)\d\d)\s+(?:году|г\.)")


def _of_others(tongue: Tongue, sentence: str, end: int, year: int) -> bool:
    """Whether a year after a summit belongs to another clause, about other countries ("во
    время Ташкентского саммита, за ней последовали Индия, Пакистан и Иран в 2005 году"); a
    clause about the summit keeps it ("на саммите ШОС, принятой в 2024 году")."""
    comma = _NEXT_CLAUSE.search(sentence, end, year)
    return comma is not None and tongue.country_rx.search(sentence, comma.end(), year) is not None


_NEXT_CLAUSE = re.compile(r"[,，;；]")


# A year in brackets after a name of a list: "白俄罗斯（2024年）、伊朗（2023年）、印度和巴基斯坦（2017年）"
_BRACKETED_YEAR = re.compile(lx.BRACKETED_YEAR)


def _own_years(sentence: str, group: Group, claims: Iterable[Claim]) -> Iterator[Claim]:
    """Joinings of a list whose names each carry their year in brackets, each at its own
    year (the first bracketed year after its name), not one year for all."""
    found = list(claims)
    span = sentence[group.start : group.end + 12]
    if len(_BRACKETED_YEAR.findall(span)) < 2:
        yield from found
        return
    names = dict(group.members)
    for claim in found:
        iso3 = claim.detail.get("iso3") if isinstance(claim, JoinedClaim) else None
        at = sentence.find(names.get(str(iso3), "\0"), group.start) if iso3 else -1
        year = _BRACKETED_YEAR.search(sentence, at, group.end + 12) if at >= 0 else None
        if isinstance(claim, JoinedClaim) and year is not None:
            detail = claim.detail.copy()
            detail["year"] = int(re.sub(r"\D", "", year.group()))
            yield claim._replace(detail=detail)
        else:
            yield claim


def _tenseless(tongue: Tongue, sentence: str, start: int, end: int, year: int | None) -> str | None:
    """ "present" for a joining a tenseless language tells with no word of it done."""
    if tongue.done is None or year is not None:
        return None
    return None if re.search(tongue.done, sentence[start : end + 2]) else "present"


@dataclass(frozen=True)
class Binding:
    """A rule that binds a list of countries to a status: its patterns (with `{list}` and
    `{status}`, or a fixed status), the kind of claim it makes, and, for a status, whether
    a year in the sentence places it at that time."""

    templates: tuple[str, ...]
    kind: RosterKind = "status"
    status: str | None = None  # the status when the pattern names none
    announced: bool = False  # the status is the one the sentence before announced

    def read(self, tongue: Tongue, sentence: str) -> Iterator[Claim]:
        if self.announced and announced() is None:
            return  # nothing announced before: not tried
        for template in self.templates:
            yield from self._read(tongue, template, sentence)

    def _read(self, tongue: Tongue, template: str, sentence: str) -> Iterator[Claim]:
        for match in tongue.compose(template).finditer(sentence):
            status = announced() if self.announced else status_of(match) or self.status
            start, end = match.span()
            if status is None or not about_sco(tongue, sentence, start):
                continue
            if refused(tongue, sentence, start, end):
                continue
            end = _without_next_number(sentence, match.end("list"), end)
            group = group_of(tongue, sentence, *match.span("list"))
            yield from self._claims(tongue, sentence, group, status, start, end)

    def _claims(
        self, tongue: Tongue, sentence: str, group: Group, status: str, start: int, end: int
    ) -> Iterator[Claim]:
        if self.kind == "joined" and status != "founding_member":  # "became founders": held
            year = year_near(tongue, sentence, start, end)
            told = tongue.decided_rx.search(sentence, max(0, start - 20), end)
            tense = "decided" if told else _tenseless(tongue, sentence, start, end, year)
            joined = each(group, "joined", status, start, end, (year, None), tense=tense)
            yield from _own_years(sentence, group, joined)
            return
        when = None if status == "founding_member" else timed(tongue, sentence, start, end)
        if when is None and self.announced:
            when = asked_year()  # "问：2012年上合组织有哪些观察员国？" "答：……": then
        detail: Extra = {} if when is None else {"time": when}
        yield from each(group, "status", status, start, end, (None, None), detail=detail)


def bound(
    tongue: Tongue,
    name: str,
    binding: Binding,
    examples: tuple[Example, ...],
    counters: tuple[Example, ...],
) -> SentenceRule:
    """A rule that binds a list of countries to a status, declared by its patterns."""
    return SentenceRule(
        name, lambda sentence, _today: binding.read(tongue, sentence), examples, counters
    )


_NEXT_NUMBER = re.compile(r"\s*\d{1,2}\s*[.)]\s*[.;,。；，、]?\s*")


def _without_next_number(sentence: str, last: int, end: int) -> int:
    """A numbered list run into one paragraph ("1. Индия 2. Китай 3. ..."): an item's words
    end before the next item's number, which is none of its quote."""
    return last if _NEXT_NUMBER.fullmatch(sentence, last, end) else end


def timed(tongue: Tongue, sentence: str, start: int, end: int | None = None) -> int | str | None:
    """The time a status or count is judged at: a year in the claim's clause, before it
    ("In 2017, ... eight members"), else a verb in the past within its words ("членами
    являлись A и B": before the article's date, the word said); none: the article's date."""
    year = _year_before(tongue, sentence, start)
    if year is not None or end is None:
        return year
    past = tongue.past_rx.search(sentence, start, end)
    if past:
        return past.group()
    framed = _framed(tongue, sentence, start)
    if framed is not None:
        return framed
    met = _who_met(tongue, sentence, start, end)
    if met is not None:
        return met
    gapped = _gapped(tongue, sentence, start)
    if gapped is not None:
        return gapped
    said = _said_at(tongue, sentence, start)
    return said if said is not None else _bracketed(sentence, end)


def _gapped(tongue: Tongue, sentence: str, start: int) -> int | str | None:
    """The time of the clause before a clause whose verb is gapped ("Перед саммитом статус
    наблюдателя имели A и B, статус партнеров — 14 государств": before the date, as the
    first), read from that clause's first status word; None: no gap, or no time there."""
    gap = tongue.gapped_rx.search(sentence, max(0, start - 30), start)
    if gap is None:
        return None
    clause = max(sentence.rfind(c, 0, gap.start()) for c in tongue.clause_end)
    first = tongue.status_rx.search(sentence, clause + 1, gap.start())
    return None if first is None else timed(tongue, sentence, first.start(), gap.start())


SAID_NEAR = 150  # characters before a claim read for the words that say when it was said
_CLOSED = re.compile("[。；;”」』]")


def _said_at(tongue: Tongue, sentence: str, start: int) -> int | str | None:
    """The time a said clause holding the claim was said: the year of its intro ("习近平2012年
    在北京指出，……"), or a word of the past ("他曾表示：“……”"), with no stop or closing quote
    between them. (A quotation with its year is read by timing.in_frame, in every language.)"""
    intros = list(tongue.said_before_rx.finditer(sentence, max(0, start - SAID_NEAR), start))
    if not intros or _CLOSED.search(sentence, intros[-1].end(), start) is not None:
        return None
    intro = intros[-1]
    if intro["y"] is None:
        return intro["once"]
    return None if intro["quote"] else int(intro["y"])


# A year in brackets right after a count or a status ("成员国增至8个（2017年）", "10个（截至2025年7月）"),
# or a Chinese year right after it ("上合组织8个成员国2019年GDP总量")
_BRACKETED_AFTER = re.compile(
    r"\s*[(（]\s*(?:截至|截止|截止到|до|на)?\s*(?P<y>(?:19|20)\d\d)\s*(?:年|г\.|года?)?[^()（）\n]{0,8}[)）]"
    r"|\s*(?:的)?\s*(?P<z>(?:19|20)\d\d)\s*年(?!\s*(?:\d{1,2}\s*月\s*)?(?:\d{1,2}\s*[日号])?\s*(?:成立|创立|創立))"
)


def _bracketed(sentence: str, end: int) -> int | None:
    """The year in brackets right after the claim."""
    right_after = _BRACKETED_AFTER.match(sentence, end)
    return int(right_after["y"] or right_after["z"]) if right_after is not None else None


FRAMED = 60  # characters before a claim read for a frame of its time


def _framed(tongue: Tongue, sentence: str, start: int) -> int | str | None:
    """The time a frame before the claim places it at ("天津峰会前，上合组织有……": before
    the article's date, its words said; "成立之初": the founding year), when nothing but
    the claim's own clause stands between them; None: no frame."""
    low = max(0, start - FRAMED)
    frames = list(tongue.earlier_rx.finditer(sentence, low, start))
    if not frames:
        return None
    frame = frames[-1]
    between = sentence[frame.end() : start].lstrip(" ，,")  # "天津峰会前，": its comma
    if any(c in between for c in tongue.clause_end):
        return None  # a clause between: "成立之初有6个成员国，后来……有10个" is not then
    if frame.groupdict().get("founding") is not None and tongue.founded is not None:
        return tongue.founded
    return frame.group().strip(" ，,")


def _who_met(tongue: Tongue, sentence: str, start: int, end: int) -> str | None:
    """ "главы шести государств-членов ... подписали документ": who met then, so the count
    is judged before the article's date (an admission signed that day was signed by the
    members of the day before); the verb said, or None."""
    before = tongue.leaders_before_rx.search(sentence, max(0, start - 30), start)
    if before is None and tongue.leaders_after_rx.match(sentence, end) is None:
        return None
    stop = min(
        (i for i in (sentence.find(c, end) for c in tongue.clause_end) if i >= 0), default=-1
    )
    met = tongue.met_rx.search(sentence, end, stop if stop >= 0 else len(sentence))
    return met.group() if met else None


def _year_before(tongue: Tongue, sentence: str, start: int) -> int | None:
    """A year in the claim's clause, before it; or one opening the sentence."""
    clause, lead = _clause(tongue, sentence, start), after_lead(sentence, start)
    every = _years(tongue.year_rx, sentence)
    low = max(clause + 1, start - BEFORE + 1, lead)
    found = [
        y
        for at, y in every[bisect_left(every, (low, -1)) : bisect_left(every, (start, -1))]
        if not _NOT_ITS_TIME.search(sentence, at, start)
    ]
    opening = _OPENING.match(sentence, lead, start)
    if not found and opening and not _not_its_time(sentence, opening.end(), start):
        # "In 2017, the SCO had eight members", "2017年上合组织……成员国增至8个"; past another
        # year, the last before the claim ("2017年印度加入，2023年伊朗加入，成员国增至9个": 2023)
        last = bisect_left(every, (start, -1)) - 1
        at, year = (
            every[last]
            if last >= 0 and every[last][0] >= lead
            else (opening.start("y"), int(opening["y"]))
        )
        found = [year] if not _not_its_time(sentence, at, start) else []
    return found[-1] if found else None


def _not_its_time(sentence: str, low: int, high: int) -> bool:
    """Whether a word of _NOT_ITS_TIME stands whole in [low, high), by the words found once
    a sentence (the opening year may stand far before the claim)."""
    spans = _spans(_NOT_ITS_TIME, sentence)
    i = bisect_left(spans, (low, -1))
    return i < len(spans) and spans[i][1] <= high


@lru_cache(maxsize=32)
def _spans(pattern: re.Pattern[str], sentence: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in pattern.finditer(sentence))


# Between a year and a claim: the year is a founding's ("2001年成立的上合组织现有10个成员国"),
# or the claim is said of now ("现有", "сейчас").
_NOT_ITS_TIME = re.compile(
    "成立|创立|創立|建立|основан|создан|учрежд|现有|現有|目前|现在|現在|如今|至今"
    "|сейчас|ныне|теперь|настоящее время|данный момент|сегодня"
)
# A year that opens the sentence (or a timeline's point: "——2017年：", "• 2017 г.:"), set
# apart by a comma or a colon: "2017年，", "В 2017 году,", "截至2021年7月,";
# or a Chinese year run into its sentence, which Chinese writes without one ("2017年上合组织……")
_OPENING = re.compile(
    r"[\s\u2014\u2013\u00b7\u2022*-]*(?:截至|到|在|于|於|[Вв]|[Кк])?\s*(?P<y>(?:19|20)\d\d)\s*"
    r"(?:(?:年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?|году|г\.)\s*[,，:：]"
    r"|年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?(?=[\u4e00-\u9fff]))"
)


# A list set apart by dashes right after a count, and what the sentence says of them past
# it: "Четыре члена ШОС — Китай, Россия, Индия и Иран — также входят в БРИКС"
_DASHED = re.compile(r"[^—–\n.;]{0,12}?\s[—–]\s(?P<list>[^—–.;]{1,240}?)\s[—–]\s")
_ALSO = re.compile(r"также|тоже|也|亦|同时")


def _some_set_apart(tongue: Tongue, sentence: str, end: int, number: int) -> bool:
    """Whether the count only numbers the countries a list set apart after it names, of
    whom the sentence says something else too: some of the SCO's, not how many it has."""
    dashed = _DASHED.match(sentence, end)
    if dashed is None or not _ALSO.search(sentence, dashed.end(), dashed.end() + 30):
        return False
    named = {m.group().lower() for m in tongue.country_rx.finditer(dashed["list"])}
    return len(named) == number


# The SCO's "family" (its members, observers and partners): "上合组织“大家庭”成员增至26个",
# "в «семье» ШОС 26 государств"
_FAMILY = re.compile(r"家庭|大家族|семь[еяиюй]")
# between the family's word and a count of it: no other number, no clause ("大家庭26国，包括9个
# 成员国": the 9 are members)
_FAMILY_APART = re.compile(r"[\d，,、：:;；]")


def _of_family(sentence: str, start: int) -> bool:
    """Whether the count right after the SCO's "family" counts its every country."""
    found = list(_FAMILY.finditer(sentence, max(0, start - 12), start))
    return bool(found) and _FAMILY_APART.search(sentence, found[-1].end(), start) is None


# Between two counts of one list: a comma or "and" ("шесть членов, пять наблюдателей и три
# партнера", "6个成员国、5个观察员国和3个对话伙伴")
_COORDINATED = re.compile(r"\s*(?:[,，、]\s*|[,，]?\s*(?:и|а\s+также|和|及|以及)\s*)")


# "A、B、C这3个观察员国领导人": the size of the list before, which may be a part (those who
# attended), not the SCO's count
_THESE = re.compile(r"[这這]\s*\Z")


def counted(tongue: Tongue, template: str, sentence: str) -> Iterator[Claim]:
    """Counts: `{num}` and `{status}` in the pattern (the status that is counted); a group
    `earlier` ("从六个增加到八个", "с шести до восьми") places the count before the date."""
    last: tuple[int, int | str | None] = (-1, None)  # the count before: where it ends, its time
    for match in tongue.compose(template).finditer(sentence):
        status, number = status_of(match), tongue.read_number(match["n"])
        start, end = match.span()
        if status is None or number is None or not about_sco(tongue, sentence, start):
            continue
        if (
            refused(tongue, sentence, start, end)
            or _THESE.search(sentence, max(0, start - 12), start)
            or _some_set_apart(tongue, sentence, end, number)
        ):
            continue
        if status != "member" and attended(tongue, sentence, start, end):
            continue  # every member sits on the SCO's councils: who came of them is all
        if status == "member" and _of_family(sentence, start):
            status = "country"  # "上合组织“大家庭”成员增至26个": the family is every country
        when = timed(tongue, sentence, start, end)
        if when is None:
            when = came(tongue, sentence, start, end) or asked_year()
        if when is None and _COORDINATED.fullmatch(sentence, last[0], start):
            when = last[1]  # "в 2014 году ... шесть членов, пять наблюдателей и три партнера"
        if when is None and match.groupdict().get("earlier"):  # "from six (to eight)": before
            when = match["earlier"]
        last = (end, when)
        yield CountClaim(status, number, start, end, {} if when is None else {"time": when})


ATTENDED_NEAR = 60  # characters around a count read for the people who came


def came(tongue: Tongue, sentence: str, start: int, end: int) -> str | None:
    """The words that tell a count as of the countries that came to a meeting ("2个观察员国、
    14个对话伙伴国出席了", "参加峰会的有2个观察员国", "峰会的与会方……2个观察员国"): who came
    then, judged before the article's date; None: a count of the SCO said plainly."""
    after = tongue.compose(tongue.came_after).match(sentence, end)
    if after is not None:
        return after["came"]
    before = tongue.came_before_rx.search(sentence, max(0, start - ATTENDED_NEAR), start)
    return before.group() if before else None


def attended(tongue: Tongue, sentence: str, start: int, end: int) -> bool:
    """A count of those who came: the people's word before it or after it in its clause
    (past a count coordinated with it: "4个观察员国和6个对话伙伴国的代表"), and a verb of
    attending in the sentence ("приняли участие", "参加"). "ШОС имеет четыре
    государства-наблюдателя, их лидеры приняли участие" stays a count (the people come
    after), and so does a count the SCO's name owns ("上合组织六个成员国元首出席峰会"). The
    caller reads it for observers and partners only, who come by invitation: the members'
    heads are the council itself, so their count is the members'."""
    if tongue.attending_rx.search(sentence) is None:
        return False
    if tongue.owned_rx.search(sentence, max(0, start - 12), start):
        return False  # "上合组织六个成员国元首出席峰会": the SCO's six, told as its own
    clause = _clause(tongue, sentence, start)
    if tongue.people_before_rx.search(sentence, max(clause + 1, start - ATTENDED_NEAR), start):
        return True
    stop = min(
        (i for i in (sentence.find(c, end) for c in tongue.clause_end) if i >= 0),
        default=len(sentence),
    )
    return tongue.people_after_rx.match(sentence, end, min(stop, end + ATTENDED_NEAR)) is not None


def display(iso3: str) -> str:
    return lx.DISPLAY[iso3]
