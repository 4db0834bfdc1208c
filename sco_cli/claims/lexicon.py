"""The words claims are made of: numbers, statuses, country names and adjectives.

Country names are matched by any common name a newspaper uses (Turkey,
Türkiye, UAE, the Emirates, Burma...), by its long official name ("the Federal
Democratic Republic of Nepal", as declarations list them), by the misspellings real
pages carry ("Afganistan", "Kyrgystan"), and by adjectives where the adjective
names one country only. Each entry maps to the ISO 3166 alpha-3 code the
reference uses; countries that never held an SCO status are here too, so that
"Japan, an observer state" is read (and contradicted) rather than missed.

(sco_cli/dataset/names.py finds a country by a name the user types, in any language,
through Babel; this table is what English prose is scanned for, case as
written, adjectives included, with no Babel to import.)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

# -- numbers ----------------------------------------------------------------

# A year in brackets after a name ("Mongolia (2004)"; in Chinese and Russian with the year's
# word, in full-width brackets too): the list keeps going past it, and it may be that name's
# own year
BRACKETED_YEAR = (
    r"[(\uff08]\s*(?:19|20)\d\d\s*(?:\u5e74|\u0433(?:\u043e\u0434\u0430?)?\.?)?\s*[)\uff09]"
)

_UNITS = "zero one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ORD_UNITS = "zeroth first second third fourth fifth sixth seventh eighth ninth".split()
_ORD_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth nineteenth".split()
)
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}


@cache
def number_words() -> dict[str, int]:
    """'ten' -> 10, 'twenty-six' -> 26 (also 'twenty six'), up to fifty-nine;
    'a dozen' -> 12, 'half a dozen' -> 6."""
    words = {w: n for n, w in enumerate(_UNITS)} | {w: 10 + n for n, w in enumerate(_TEENS)}
    words |= {"dozen": 12, "half-a-dozen": 6, "half-dozen": 6, "two-dozen": 24}
    for tens, value in _TENS.items():
        words[tens] = value
        for n in range(1, 10):
            words[f"{tens}-{_UNITS[n]}"] = words[f"{tens} {_UNITS[n]}"] = value + n
    return words


@cache
def ordinal_words() -> dict[str, int]:
    """'tenth' -> 10, 'twenty-fifth' -> 25; digit ordinals (10th, 25th) are read by `ordinal`."""
    words = {w: n for n, w in enumerate(_ORD_UNITS)}
    words |= {w: 10 + n for n, w in enumerate(_ORD_TEENS)}
    for tens, value in _TENS.items():
        for n in range(1, 10):
            words[f"{tens}-{_ORD_UNITS[n]}"] = words[f"{tens} {_ORD_UNITS[n]}"] = value + n
    for word, value in _ORD_TENS.items():
        words[word] = value
    return words


def _alternation(words: list[str]) -> str:
    # Longest first, so "twenty-six" wins over "twenty"; hyphen or space between parts.
    return _trie(words, _number_unit)


def _number_unit(character: str) -> str:
    return "[- ]" if character in "- " else re.escape(character)


@cache
def number_pattern() -> str:
    """A cardinal number of 1 or 2 digits, or in words."""
    words = _alternation(list(number_words()))
    return rf"(?<![\w.,-])(?:\d{{1,2}}(?!\d|[.,]\d)|(?i:{words})(?!\w))"


@cache
def ordinal_pattern() -> str:
    words = _alternation(list(ordinal_words()))
    return rf"(?<![\w.,-])(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{words}))(?!\w)"


def number(text: str) -> int | None:
    """'10' -> 10, 'Ten' -> 10, 'twenty six' -> 26; None if it is not one."""
    text = text.lower().replace(" ", "-")
    if text.isdigit():
        return int(text)
    return number_words().get(text)


def ordinal(text: str) -> int | None:
    text = text.lower().replace(" ", "-")
    if text[:-2].isdigit():
        return int(text[:-2])
    return ordinal_words().get(text)


# -- statuses -----------------------------------------------------------------

# The noun phrases of each status, singular or plural; order matters (founding
# before member, dialogue partner before partner).
_KIND = r"(?:[- ](?:states?|countr(?:y|ies)|nations?))?"
STATUS_NOUNS = {
    "founding_member": rf"(?:found(?:ing|er)|original|initial)[- ]members?{_KIND}|founding[- ](?:state|countr(?:y|ie)|nation)s?|founders?",
    "member": rf"(?:full(?:[- ]fledged)?[- ]|fully[- ]fledged[- ]|permanent[- ])?members?{_KIND}|member[- ](?:states?|countr(?:y|ies)|nations?)",
    "observer": rf"observers?{_KIND}",
    "dialogue_partner": rf"dialog(?:ue)?[- ]partners?{_KIND}|partners?\s+in\s+dialog(?:ue)?",
    "partner": rf"partners?{_KIND}",
}
# "observer status", "dialogue-partner status", "membership": status by its name.
STATUS_NAMES = {
    "member": r"(?:full[- ])?membership|member(?:[- ]state)?[- ]status",
    "observer": r"observer(?:[- ]state)?[- ]status|observership",
    "dialogue_partner": r"dialog(?:ue)?[- ]partner(?:ship)?(?:[- ]status)?",
    "partner": r"partner[- ]status|(?:SCO[- ])?partnership[- ]status",
}


@cache
def status_pattern() -> str:
    """Any status noun phrase, each in a named group: (?P<founding_member>...)|..."""
    return "|".join(f"(?P<{status}>{rx})" for status, rx in STATUS_NOUNS.items())


@cache
def status_name_pattern() -> str:
    return "|".join(f"(?P<name_{status}>{rx})" for status, rx in STATUS_NAMES.items())


def status_of_match(match: re.Match[str]) -> str:
    """The status named by a match of status_pattern() or status_name_pattern()."""
    found = (name.removeprefix("name_") for name, value in match.groupdict().items() if value)
    return next(name for name in found if name in STATUS_NOUNS)


# -- countries ----------------------------------------------------------------

# iso3: names (the first is how we show it when the reference has no row),
# then "|" and the adjectives that name this country only.
_COUNTRIES = """
CHN: China, People's Republic of China, PRC | Chinese
KAZ: Kazakhstan, Republic of Kazakhstan, Kazakstan | Kazakh, Kazakhstani
KGZ: Kyrgyzstan, Kyrgyz Republic, Republic of Kyrgyzstan, Kirghizia, Kirgizia, Kyrgystan, Kirgizstan, Kirghizstan, Kyrgizstan | Kyrgyz
RUS: Russia, Russian Federation | Russian
TJK: Tajikistan, Republic of Tajikistan, Tadjikistan, Tadzhikistan, Tajikstan | Tajik, Tajikistani, Tadjik, Tadzhik
UZB: Uzbekistan, Republic of Uzbekistan, Uzbekstan | Uzbek, Uzbekistani
MNG: Mongolia, Republic of Mongolia | Mongolian
IND: India, Republic of India | Indian
IRN: Iran, Islamic Republic of Iran | Iranian
PAK: Pakistan, Islamic Republic of Pakistan | Pakistani
BLR: Belarus, Republic of Belarus, Byelorussia, Belorussia | Belarusian, Belarussian, Byelorussian
LKA: Sri Lanka, Democratic Socialist Republic of Sri Lanka | Sri Lankan
AFG: Afghanistan, Islamic Republic of Afghanistan, Afganistan | Afghan
TUR: Türkiye, Turkey, Turkiye, Republic of Türkiye, Republic of Turkey | Turkish
KHM: Cambodia, Kingdom of Cambodia | Cambodian
AZE: Azerbaijan, Republic of Azerbaijan | Azerbaijani, Azeri
NPL: Nepal, Federal Democratic Republic of Nepal | Nepali, Nepalese
ARM: Armenia, Republic of Armenia | Armenian
EGY: Egypt, Arab Republic of Egypt | Egyptian
QAT: Qatar, State of Qatar | Qatari
SAU: Saudi Arabia, Kingdom of Saudi Arabia, KSA | Saudi
KWT: Kuwait, State of Kuwait | Kuwaiti
MDV: Maldives, the Maldives, Republic of Maldives | Maldivian
MMR: Myanmar, Republic of the Union of Myanmar, Burma | Burmese
ARE: United Arab Emirates, UAE, U.A.E., the Emirates | Emirati
BHR: Bahrain, Kingdom of Bahrain | Bahraini
LAO: Laos, Lao PDR, Lao People's Democratic Republic | Laotian
TKM: Turkmenistan | Turkmen
USA: United States, United States of America, USA, U.S., US, America | American
JPN: Japan | Japanese
FRA: France | French
DEU: Germany | German
GBR: United Kingdom, UK, Britain, Great Britain | British
ISR: Israel | Israeli
SYR: Syria | Syrian
IRQ: Iraq | Iraqi
UKR: Ukraine | Ukrainian
VNM: Vietnam, Socialist Republic of Vietnam, Viet Nam | Vietnamese
IDN: Indonesia | Indonesian
MYS: Malaysia | Malaysian
THA: Thailand | Thai
BGD: Bangladesh | Bangladeshi
SRB: Serbia | Serbian
DZA: Algeria | Algerian
KOR: South Korea, Republic of Korea | South Korean
PRK: North Korea, Democratic People's Republic of Korea, DPRK | North Korean
BRA: Brazil | Brazilian
ZAF: South Africa | South African
ETH: Ethiopia | Ethiopian
GEO: Georgia | Georgian
"""

# Names for display, where the reference has no row for the country.
DISPLAY: dict[str, str] = {}
# name or adjective (case as written) -> (iso3, is_adjective)
_NAMES: dict[str, tuple[str, bool]] = {}
for _line in _COUNTRIES.strip().splitlines():
    _iso3, _, _rest = _line.partition(": ")
    _names, _, _adjectives = _rest.partition(" | ")
    _all_names = [n.strip() for n in _names.split(",")]
    DISPLAY[_iso3] = _all_names[0]
    for _name in _all_names:
        _NAMES[_name] = (_iso3, False)
    for _adjective in filter(None, (a.strip() for a in _adjectives.split(","))):
        _NAMES[_adjective] = (_iso3, True)


@cache
def country_regex() -> re.Pattern[str]:
    """Any country name or adjective, as a whole word, case as written
    ("US" the country, never "us"); an apostrophe-s may follow."""
    # No look-behind here: it would cost the scan its fast first-letter test;
    # the caller checks the character before (see `starts_a_word`).
    return re.compile(rf"(?:{_trie(_NAMES, _unit)})(?![\w-])")


def _unit(character: str) -> str:
    """One character of a name as the pattern reads it: any run of spaces for a space,
    either apostrophe for one."""
    if character == " ":
        return r"\s+"
    return "['\u2019]" if character == "'" else re.escape(character)


def _trie(names: Iterable[str], unit: Callable[[str], str]) -> str:
    """The names as one alternation that shares their common beginnings ("South Korea",
    "South Korean", "South Africa" read "South " once): each position of a text is tried
    against a branch per next character, not against every name. A longer name is tried
    before the shorter one it extends, as the plain alternation longest first would.
    `unit` writes one character as the pattern reads it: two different units must never
    match the same character (then only the end of a name needs its place: last)."""
    tree: dict[str, Any] = {}
    for name in names:
        node = tree
        for character in name:
            node = node.setdefault(unit(character), {})
        node[""] = {}  # a name ends here

    def branch(node: dict[str, Any]) -> str:
        parts = [unit + branch(rest) for unit, rest in node.items() if unit]
        if "" in node:
            parts.append("")
        if len(parts) == 1:
            return parts[0]
        return "(?:" + "|".join(parts) + ")"

    return branch(tree)


def starts_a_word(text: str, position: int) -> bool:
    """True when `position` is not inside a word ("Iran" in "Tirana" is not Iran); a
    name glued to the lower-case word before it, as pages lose their spaces
    ("betweenChina", "andTajikistan"), starts one: names are matched capitalised."""
    if position == 0:
        return True
    before = text[position - 1]
    if before.islower() and before.isascii() and text[position : position + 1].isupper():
        return text[position + 1 : position + 2].islower()  # "aUS" is no US
    return not (before.isalnum() or before in "_.-")


def country(name: str) -> tuple[str, bool] | None:
    """(iso3, is_adjective) for a matched name, white space normalised."""
    return _NAMES.get(" ".join(name.split()).replace("\u2019", "'"))


# -- other organisations ------------------------------------------------------


# A count or status next to one of these is about that organisation, not the SCO.
def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when `text` holds none of `words` (lower case) in any case: a cheap test
    before a case-blind pattern every match of which holds one of them. Tried on ASCII text
    only, where re's ignored case folds no other letter to theirs (the long s, the Kelvin
    sign, the dotted capital I)."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


OTHER_ORGANISATIONS = (
    r"BRICS|ASEAN|NATO|CSTO|EAEU|Eurasian\s+Economic\s+Union|CIS|Commonwealth\s+of\s+Independent"
    r"|European\s+Union|EU|G-?20|G-?7|G-?8|OPEC\+?|CICA|African\s+Union|Arab\s+League|GCC|Gulf"
    r"\s+Cooperation\s+Council|United\s+Nations|UN|Quad|SAARC|OIC|APEC|WTO|AIIB|BIMSTEC|OSCE"
)


OTHER_NAMES = (*OTHER_ORGANISATIONS.split("|"), r"Shanghai[- ](?:Five|5)")


@cache
def other_organisation() -> re.Pattern[str]:
    """Another organisation's name, the Shanghai Five's too: what is said next to it is
    not the SCO's. Every name opens with a capital, taken by one class and looked back
    at (`opened_by_capital`): re skips in C to the next capital that opens one."""
    return re.compile(opened_by_capital(OTHER_NAMES) + r"\b")


def opened_by_capital(names: Iterable[str]) -> str:
    """`\\b(?:name|name...)` for names that each open with a literal capital letter, written
    to open with one class of those letters: the same matches, but re tries only the
    places that hold one (a pattern that opens with \\b is tried at every character).
    The names keep their order under each letter, so the same one wins."""
    rests: dict[str, list[str]] = {}
    for name in names:
        if not ("A" <= name[0] <= "Z"):
            raise ValueError(f"{name!r} does not open with a literal capital")
        rests.setdefault(name[0], []).append(name[1:])
    branches = "|".join(f"(?<={first})(?:{'|'.join(rest)})" for first, rest in rests.items())
    return rf"[{''.join(rests)}](?<!\w.)(?:{branches})"


# "Co-operation" as British and Asian outlets spell it
SCO_NAMES = r"SCO|Shanghai\s+Co-?[oO]peration\s+Organi[sz]ation|Shanghai\s+Six"


# -- summit cities ------------------------------------------------------------

# Spellings of summit cities other than the reference's name; a claim names the
# city as the reference does ("St Petersburg" is Saint Petersburg).
CITY_SPELLINGS = {
    "St Petersburg": "Saint Petersburg",
    "St. Petersburg": "Saint Petersburg",
    "St.Petersburg": "Saint Petersburg",
    "Petersburg": "Saint Petersburg",
    "Nur-Sultan": "Astana",
    "Nursultan": "Astana",
    "Nur Sultan": "Astana",
    "Delhi": "New Delhi",
    "Ekaterinburg": "Yekaterinburg",
    "Samarqand": "Samarkand",
    "Toshkent": "Tashkent",
    "Peking": "Beijing",
}


# -- named pieces that declared rules are composed of (claims/phrasings.py) ----


@cache
def pieces() -> dict[str, str]:
    """The named pieces a rule's pattern is written with: `{status}` in a rule is
    this table's "status". Each is a regular expression without named groups,
    except `status`, which captures the status noun as `status`."""
    plain_status = "|".join(f"(?:{rx})" for rx in STATUS_NOUNS.values())
    plain_name = "|".join(f"(?:{rx})" for rx in STATUS_NAMES.values())
    return {
        "num": f"(?:{number_pattern()})",
        # not a longer word ("observer-state"), but a dash glued to it may open a list
        # ("the observer states- President of Iran ...")
        "status": rf"(?P<status>{plain_status})(?!\w|-\w)",
        "status_name": rf"(?P<status>{plain_name})(?!\w|-\w)",
        # a status by its noun or by its name: "observers", "observer status"
        "status_any": rf"(?P<status>{plain_name}|{plain_status})(?!\w|-\w)",
        # a status held, by its name or as "the status of": "observer status", "the status of
        # dialogue partners", "membership" (a bare noun, "observers", is not a status held)
        "status_held": (
            r"(?:(?P<pre>(?i:status(?:es)?|rank)\s+(?i:of|as)\s+(?:(?i:an?)\s+)?(?:(?i:SCO)\s+)?"
            r"(?:(?i:full|permanent)\s+)?)?"
            rf"(?P<status>{plain_name}|{plain_status})(?![\w-])"
            r"(?(pre)|(?:(?<=status)|(?<=ship))))"
        ),
        "sco": (
            r"(?:(?i:the|this)\s+)?(?:SCO|Shanghai\s+Co-?[oO]peration\s+Organi[sz]ation(?:\s*\(SCO\))?"
            r"|(?i:organi[sz]ation|bloc|grouping))(?:'s|\u2019s)?"
        ),
        "owner": (
            r"(?:(?:(?i:the|its)\s+)?(?:SCO|(?i:organi[sz]ation|bloc|grouping))(?:'s|\u2019s)?\s+"
            r"|(?i:its|their)\s+)"
        ),
        "adj": r"(?:(?i:full|full-fledged|fully-fledged|permanent|current|present|official|SCO)\s+)",
        "now": r"(?:(?i:now|currently|at\s+present|presently|today|still|also)\s+)",
        # what may stand between a status and the list it introduces
        "intro": (
            r"\s*(?:[:(\u2014\u2013]|,|\s-{1,2})?\s*(?:[-\u2022*\u00b7]\s+)?"
            r"(?:(?i:namely|including|viz\.?|i\.e\.)\s+)?"
            r"(?:(?i:the)\s+)?"
        ),
        "year": r"(?:19[89]\d|20[0-4]\d)(?!\d)",
    }


def compose(template: str) -> str:
    """A rule's pattern with its `{piece}` names replaced by the pieces."""
    return template.format_map(pieces())
