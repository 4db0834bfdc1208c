"""What was not read: a text in a language sco does not read, or with no mention of the SCO.

sco reads English, Russian and Chinese prose. An article mostly in another
language (Japanese, Ukrainian, Hindi, French...) gives few or no claims, and a
text that never names the SCO gives none: either is said in one line, never left as a silent clean result. Linear in the text: one pass
over its characters and one over its words.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from typing import Literal, NamedTuple


class Name(NamedTuple):
    """A name of the SCO: its pattern (case ignored), and the word every match of it
    begins with, casefolded (`whole`: the word stands alone). The words find the few
    places a pattern is tried (mentions_sco), and sco_cli.archive.prefilter skips a
    record holding none of them before it is parsed: one list, so none can drift."""

    pattern: str
    word: str
    whole: bool = False


# The SCO in English and by its names in other languages: the Russian acronym and
# adjective (written as escapes: Cyrillic letters look like Latin ones), 上合 / 上海合作组织, OCS.
NAMES = (
    Name(r"\bSCO\b", "sco", whole=True),
    Name(r"Shanghai\s+Co-?operation", "shanghai"),
    Name(r"Shanghai\s+(?:Five|5)\b", "shanghai"),
    Name(r"\b\u0428\u041e\u0421\b", "\u0448\u043e\u0441", whole=True),
    Name(
        r"\u0428\u0430\u043d\u0445\u0430\u0439\u0441\u043a",
        "\u0448\u0430\u043d\u0445\u0430\u0439\u0441\u043a",
    ),
    Name("上合", "上合"),
    Name("上海合作", "上海合作"),
    Name(r"\bOCS\b", "ocs", whole=True),
    Name(r"Organisation\s+de\s+coop", "organisation"),
    Name(r"Organizaci[oó]n\s+de\s+Cooperaci", "organizaci"),
)
_SCO = re.compile("|".join(name.pattern for name in NAMES), re.IGNORECASE)
# Each word once, with the patterns that begin with it.
_STARTS: dict[str, list[re.Pattern[str]]] = {}
for _name in NAMES:
    _STARTS.setdefault(_name.word, []).append(re.compile(_name.pattern, re.IGNORECASE))


def fold(text: str) -> str:
    """The text casefolded as the patterns' case is ignored: re also takes the dotless
    i (U+0131) for i, which casefold keeps."""
    return text.casefold().replace("\u0131", "i")


_WORD = re.compile(r"[^\W\d_]+")
_ENGLISH_WORDS = "the and of to in is was for on with that are as by it its has have".split()
_ENGLISH = re.compile(rf"\b(?:{'|'.join(_ENGLISH_WORDS)})\b", re.IGNORECASE)
# ASCII text is counted by byte tables, in C, not by the regular expressions above
# (the same counts: a letter is [A-Za-z], a word of _ENGLISH a run of [A-Za-z0-9_]).
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_RUNS = bytes(97 if b in _ASCII_LETTERS else 32 for b in range(256))  # a letter -> a, else space
_TOKENS = bytes(
    b | 32 if b in _ASCII_LETTERS else b if 48 <= b <= 57 or b == 95 else 32 for b in range(256)
)  # a word's character lowercased, any other a space
_ENGLISH_BYTES = [word.encode() for word in _ENGLISH_WORDS]
_SCRIPTS = {
    "CJK": "Japanese",  # Chinese is read (read_in)
    "CYRILLIC": "a Cyrillic-script language other than Russian",
    "ARABIC": "Arabic script (Arabic, Persian, Urdu...)",
    "HANGUL": "Korean",
    "DEVANAGARI": "Hindi or another Devanagari-script language",
}


def _script(char: str) -> str:
    """LATIN, CJK, CYRILLIC...: the first word of the character's Unicode name."""
    name = unicodedata.name(char, "")
    if name.startswith(("CJK", "HIRAGANA", "KATAKANA")):
        return "CJK"
    return name.split(" ", 1)[0]


SAMPLE = 20_000  # characters read to tell the language: enough, and a bound on the work


def _ascii_letters(text: str) -> int:
    """How many characters of `text` are [A-Za-z]: UTF-8 writes every other character
    with bytes above 127, so its ASCII letters are the text's."""
    data = text.encode("utf-8", "surrogatepass")
    return len(data) - len(data.translate(None, _ASCII_LETTERS))


def _words(text: str) -> tuple[int, int]:
    """The words of the text (_WORD) and, of those, the common English ones (_ENGLISH)."""
    if not text.isascii():
        return len(_WORD.findall(text)), len(_ENGLISH.findall(text))
    data = text.encode("ascii")
    runs = data.translate(_RUNS)
    tokens = Counter(data.translate(_TOKENS).split())
    return runs.count(b" a") + runs.startswith(b"a"), sum(tokens[w] for w in _ENGLISH_BYTES)


def language_of(text: str) -> str | None:
    """None when the text reads as English; else what it is written in, in words."""
    text = text[:SAMPLE]
    latin = _ascii_letters(text)
    if not text.isascii():  # the slow path, a character's script, only for the others
        scripts = Counter(_script(c) for c in text if c > "\x7f" and c.isalpha())
        latin += scripts.pop("LATIN", 0)
        if "CJK" in scripts:  # a Chinese character is about a word: weigh it as one
            scripts["CJK"] *= 3
        if latin * 2 < latin + sum(scripts.values()):
            script = max(scripts, key=scripts.__getitem__)
            return _SCRIPTS.get(script, f"the {script.title()} script")
    if latin == 0:
        return None
    words, english = _words(text)
    if words >= 40 and english * 20 < words:
        return "a language other than English"
    return None


# Russian and Chinese are read (claims/languages/); the other languages of their scripts
# are told apart by letters Russian lacks, and by Japanese kana.
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_NOT_RUSSIAN = re.compile(
    "[\u0456\u0457\u0454\u0491\u045e\u04d9\u0493\u049b\u04a3\u04e9\u04b1\u04af\u04bb\u0458\u0459\u045a\u045b\u0452\u045f\u04e3\u04b3\u04b7\u04ef]",
    re.IGNORECASE,
)
_RUSSIAN = re.compile("[\u044b\u044d]")  # ы, э: Russian has them, Bulgarian and Serbian do not
_HAN = re.compile("[\u4e00-\u9fff]")
_KANA = re.compile("[\u3040-\u30ff]")


def read_in(text: str) -> str | None:
    """ "ru" or "zh" when the text is Russian or Chinese, which sco reads; else None."""
    text = text[:SAMPLE]
    if text.isascii():
        return None  # no Chinese or Cyrillic letter to count
    han, cyrillic = len(_HAN.findall(text)), len(_CYRILLIC.findall(text))
    if han > cyrillic and len(_KANA.findall(text)) * 10 < han:
        return "zh"
    russian = cyrillic < 200 or _RUSSIAN.search(text) is not None  # a long text shows ы or э
    if cyrillic > han and russian and len(_NOT_RUSSIAN.findall(text)) * 100 < cyrillic:
        return "ru"
    return None


Read = Literal["en", "ru", "zh"]


class Written(NamedTuple):
    """What an article is written in, worked out once an article (read_as and not_read
    both need it; no cache keeps the texts alive)."""

    language: str | None  # language_of: None for English
    code: str | None  # read_in: "ru" or "zh", the others sco reads


def written(text: str) -> Written:
    return Written(language_of(text), read_in(text))


def read_as(text: str, written_in: Written | None = None) -> Read | None:
    """The language sco read the text in ("en", "ru", "zh": a Russian or Chinese text's
    English sentences are read too); None: a language it does not read."""
    language, code = written_in or written(text)
    if code == "ru":
        return "ru"
    if code == "zh":
        return "zh"
    return "en" if language is None else None


def not_read(text: str, written_in: Written | None = None) -> str | None:
    """Why a text was not (all) read, in a few words; None when it was."""
    language, code = written_in or written(text)
    if language is not None and code is None:
        return f"written mostly in {language}: sco reads English, Russian and Chinese only"
    if not mentions_sco(text):
        return "no mention of the SCO"
    return None


def mentions_sco(text: str) -> bool:
    """Whether the text names the SCO, by any of its NAMES: each pattern tried only where
    its word stands (memchr-fast), not at every character (one regular expression over
    the whole text, with its case ignored, reads about 2 MB/s)."""
    folded = fold(text)
    if len(folded) != len(text):  # a letter folded to two: places differ, search it all
        return _SCO.search(text) is not None
    for word, patterns in _STARTS.items():
        start = folded.find(word)
        while start >= 0:
            if any(pattern.match(text, start) for pattern in patterns):
                return True
            start = folded.find(word, start + 1)
    return False
