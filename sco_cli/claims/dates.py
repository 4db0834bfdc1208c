"""When an article says it was written: the date forms articles carry, as data.

Each form is a rule with examples (tests/claims/test_dates.py reads every
example back). The forms are tried in order, and the first that dates the
text wins:

1. `date line`: a first line ` date YYYY-MM-DD ...` (the packaged article's
   source line), taken out of the text as metadata; words after the date that
   are a headline or a sentence (not a source, a credit or a URL) stay text;
2. `labelled date`: a line in the first lines that starts with Date:,
   Dated, Published, Posted, Updated or Modified (Опубликовано, Дата
   публикации, Обновлено; 发布时间, 更新日期, 日期) and a full date; where
   several are (Published and Updated), the latest;
3. `dateline`: a wire dateline opening the article ("BEIJING, June 15
   (Xinhua) --", "САМАРКАНД, 16 сентября 2022. /ТАСС/.", "МИНСК, 11 июн -
   Sputnik.", "新华社北京2019年6月1日电"), its year written in it or taken
   from the article's name or URL (".../2025/06/15/...", "xinhua-2025.txt");
   without a year there it dates nothing, and says why;
4. `first lines`: a short line among the first lines that holds a full date
   (a byline's "By Jane Doe | September 2, 2025", a lone "2 September 2025").

A full date is written 2025-09-02, 2 September 2025 or September 2, 2025
(month names in full or short, "Sept." too; "2nd", a weekday before it; Russian
months in the genitive, "16 сентября 2022"), 2025年9月2日, 02.09.2025 (the day
first, as Russian writes it; 02.09.25 too, of this century) or 2025.09.02 and
2025/09/02 (the year first). The
month-first 09/02/2025 is left out: read either way, it may be two dates. An
impossible date (2025-02-30) dates nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, NamedTuple

from sco_cli.claims.normalize import INVISIBLE

if TYPE_CHECKING:
    from sco_cli.dataset.summits import SummitRow

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# Russian months as a date writes them (in the genitive: "16 сентября 2022"), and their
# short forms in RIA's and Sputnik's datelines ("МИНСК, 11 июн - Sputnik")
MONTHS |= {
    name: number
    for number, names in enumerate(
        (
            ("января", "янв"),
            ("февраля", "фев"),
            ("марта", "мар"),
            ("апреля", "апр"),
            ("мая",),
            ("июня", "июн"),
            ("июля", "июл"),
            ("августа", "авг"),
            ("сентября", "сентяб", "сен"),
            ("октября", "окт"),
            ("ноября", "ноя"),
            ("декабря", "дек"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_WEEKDAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
# One full date, in any of its three common forms (named groups say which part is which).
FULL_DATE = (
    r"(?:(?P<iso>\d{4}-\d{2}-\d{2})"
    rf"|{_WEEKDAY}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH}),?\s+(?P<y1>\d{{4}})"
    rf"|{_WEEKDAY}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY}),?\s+(?P<y2>\d{{4}})"
    # 2022年9月16日; 16.09.2022 (day first, as Russian writes it); 2022.09.16, 2022/09/16
    r"|(?P<y3>\d{4})\s*年\s*(?P<m3>[01]?\d)\s*月\s*(?P<d3>[0-3]?\d)\s*日(?:\s*\d{1,2}:\d\d(?::\d\d)?)?"
    r"|(?<![\d.])(?P<d4>[0-3]?\d)\.(?P<m4>[01]?\d)\.(?P<y4>\d{4})"
    # 09.06.17: a Russian site's short form, the year of this century
    r"|(?<![\d.])(?P<d6>[0-3]\d)\.(?P<m6>[01]\d)\.(?P<y6>\d\d)(?![\d.])"
    r"|(?P<y5>\d{4})(?P<s5>[./])(?P<m5>[01]?\d)(?P=s5)(?P<d5>[0-3]?\d))(?!\d)"
)
_FULL = re.compile(FULL_DATE, re.IGNORECASE)
# A line that holds a full date alone, perhaps with its time ("01.12.2025 12:40",
# "2025年12月1日 08:15", "September 2, 2025"): the article's date, never a sentence's words.
DATE_ALONE = re.compile(
    rf"^[ \t{INVISIBLE}]*{FULL_DATE}(?:,?[ \t]+\d{{1,2}}:\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)?"
    r"[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Invisible characters before a date (two BOMs) do not hide it.
_DATE_LINE = re.compile(
    rf"\A[\s{INVISIBLE}]*date[ \t]+(\d{{4}}-\d{{2}}-\d{{2}})\b[^\n]*", re.IGNORECASE
)
_LABEL = re.compile(
    rf"(?:^|\|)[ \t{INVISIBLE}]*(?:date[d:]|(?:first\s+|last\s+)?(?:published|posted|updated|modified)"
    # "Опубликовано: 16.09.2022", "Дата публикации:", "Обновлено", "发布时间：", "更新日期："
    r"|опубликовано|дата(?:\s+публикации)?|обновлено|(?:发布|發佈|發布|更新|出版)(?:时间|時間|日期)|日期|时间|時間)"
    r"(?:\s+(?:on|at))?\s*[:\-\u2013\u2014\uff1a]?\s*" + FULL_DATE,
    re.IGNORECASE | re.MULTILINE,
)
_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-Z][A-Z.'\u2019\- ]{1,40}(?:,[ \t]*[A-Z][A-Za-z.'\u2019\- ]{1,30})?),"
    rf"[ \t]+(?P<month>{_MONTH})[ \t]+(?P<day>{_DAY})(?:,[ \t]*(?P<year>\d{{4}}))?[ \t]*"
    r"(?:\((?P<agency>[A-Za-z][\w .&/-]{0,30})\))?[ \t]*(?:--|\u2014|\u2013|-)",
    re.MULTILINE,
)
# A dateline with the day first, in Russian or English capitals: "САМАРКАНД, 16 сентября
# 2022. /ТАСС/.", "МОСКВА, 10 ноября 2020 г. — РИА Новости.", "МИНСК, 11 июн - Sputnik."
_DAY_FIRST_DATELINE = re.compile(
    r"^[ \t]*(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ.'\u2019\- ]{1,40}),"
    rf"[ \t]+(?P<day>{_DAY})[ \t]+(?P<month>{_MONTH})(?:[ \t]+(?P<year>\d{{4}})(?:[ \t]*(?:г\.|года))?)?"
    r"\.?[ \t]*(?:/[^/\n]{1,20}/|--|\u2014|\u2013|-)",
    re.MULTILINE,
)
# A Chinese wire's dateline: "新华社北京2019年6月1日电", "中新网上海6月15日电" (电: filed)
_CHINESE_DATELINE = re.compile(
    r"(?P<words>[\u4e00-\u9fff]{0,12}?(?:(?P<year>\d{4})\s*年)?\s*(?P<month>[01]?\d)\s*月"
    r"\s*(?P<day>[0-3]?\d)\s*日\s*(?:电|電|讯|訊))"
)
_YEAR_IN_NAME = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
FIRST_LINES = 12  # the lines a labelled date or a dateline may stand in
SHORT_LINES = 5  # the non-blank lines a bare date may stand in
SHORT = 60  # a line longer than this is prose, and its dates are the prose's


class Dating(NamedTuple):
    """An article's date, the form it came in and its words; or why it has none."""

    date: str | None
    form: str | None = None  # "date line", "labelled date", "dateline", "first lines", ...
    words: str | None = None  # the words that dated it, as written
    why_not: str | None = None  # a date-like form that could not date it ("no year")

    @property
    def source(self) -> str | None:
        """Where the date came from, to show: "labelled date 'Published 2 September 2025'"."""
        if self.form is None:
            return None
        return f"{self.form} '{self.words}'" if self.words else self.form


class Form(NamedTuple):
    name: str
    find: Callable[[str, str], Dating | None]  # (head of the text, the article's name)
    examples: tuple[tuple[str, str, str | None], ...]  # (text, name, the date it gives)


def iso(match: re.Match[str]) -> str | None:
    """The ISO date of a FULL_DATE match, or None for an impossible one."""
    if match["iso"]:
        return real(match["iso"])
    if match["y6"]:
        return _numbered(2000 + int(match["y6"]), int(match["m6"]), int(match["d6"]))
    for year, month, day in ("y3", "m3", "d3"), ("y4", "m4", "d4"), ("y5", "m5", "d5"):
        if match[year]:
            return _numbered(int(match[year]), int(match[month]), int(match[day]))
    day, month, year = (
        (match["d1"], match["m1"], match["y1"])
        if match["d1"]
        else (
            match["d2"],
            match["m2"],
            match["y2"],
        )
    )
    return on(int(year), month, day)


def on(year: int, month: str, day: str) -> str | None:
    """A date whose month is named ("September", "сентября") and whose day may be "2nd"."""
    return _numbered(year, MONTHS[month.lower().rstrip(".")], int(re.sub(r"\D", "", day)))


def _numbered(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def real(text: str) -> str | None:
    """2025-02-30 and 0000-00-00 are no dates."""
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        return None


def _head(text: str, lines: int) -> str:
    """The first `lines` lines (a bounded read: a date is never looked for further)."""
    end = -1
    for _ in range(lines):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[:end]


def _date_line(text: str, name: str) -> Dating | None:
    match = _DATE_LINE.match(text)
    if match is None:
        return None
    return Dating(real(match[1]), "date line", _words(match[0]))


# After the date, a source ("Images | Xinhua"), a credit, a handle or a URL is metadata;
# a headline or a sentence of three words or more ("India and Pakistan join SCO") is the
# article's first line, and is read as such.
_METADATA = re.compile(r"[|\u00a9@]|https?://|www\.", re.IGNORECASE)


def split_line(text: str, line: re.Match[str]) -> tuple[str, str]:
    """A date line's words as shown, and the text to read: without the line, or
    from the words after its date when they are the article's own."""
    rest = text[line.end(1) : line.end()]
    if len(rest.split()) < 3 or _METADATA.search(rest):
        return _words(line[0]), text[line.end() :]
    return _words(text[: line.end(1)]), rest.lstrip() + text[line.end() :]


def _words(line: str) -> str:
    """A date line's words as shown: without the space and invisibles around them."""
    return re.sub(rf"^[\s{INVISIBLE}]+", "", line).strip()


def labelled(text: str, name: str) -> Dating | None:
    """A date the first lines label (Published, Updated, Обновлено, 发布时间): the latest."""
    found = [(iso(m), m[0].strip(" |")) for m in _LABEL.finditer(_head(text, FIRST_LINES))]
    dated = [(date, words) for date, words in found if date is not None]
    if not dated:
        return None
    date, words = max(dated)  # Published and Updated: the later
    return Dating(date, "labelled date", words)


def _dateline(text: str, name: str) -> Dating | None:
    head = _head(text, FIRST_LINES)
    match = _DATELINE.search(head) or _DAY_FIRST_DATELINE.search(head)
    if match is None:
        return _chinese_dateline(head, name)
    words = match[0].strip()
    if match["year"]:
        return Dating(on(int(match["year"]), match["month"], match["day"]), "dateline", words)
    return _year_from_name(name, words, lambda year: on(year, match["month"], match["day"]))


def _chinese_dateline(head: str, name: str) -> Dating | None:
    match = _CHINESE_DATELINE.search(head)
    if match is None:
        return None
    month, day, words = int(match["month"]), int(match["day"]), match["words"]
    if match["year"]:
        return Dating(_numbered(int(match["year"]), month, day), "dateline", words)
    return _year_from_name(name, words, lambda year: _numbered(year, month, day))


def _year_from_name(name: str, words: str, dated: Callable[[int], str | None]) -> Dating:
    """A dateline without its year, dated by the one year the article's name or URL holds."""
    years = set(_YEAR_IN_NAME.findall(name))
    if len(years) != 1:
        why = f"its dateline '{words}' has no year, and its name gives none"
        return Dating(None, None, None, why)
    (year,) = years
    return Dating(dated(int(year)), f"dateline (its year from the name {name})", words)


# A page's chrome copied with its text: a breadcrumb ("Home > World > Asia", "首页 > 国际 > 正文",
# "Главная / Политика / Мир") or a sharing button ("Share", "Tweet", "Поделиться", "分享到：", "微信"):
# no line of the article, so not counted among its first lines.
_CHROME = re.compile(
    r"(?:[^\W\d_][^\n>/]{0,19}(?:\s*[>/\u203a\u00bb]\s*[^\W\d_][^\n>/]{0,19}){2,6}"
    r"|(?:share(?:\s+this)?|tweet|e-?mail|print|comments?|facebook|twitter|whatsapp|linkedin|telegram"
    r"|reddit|x|поделиться|вконтакте|одноклассники|телеграм|печать|分享到|分享|微信|微博|朋友圈|打印)"
    r"\s*[:\uff1a]?)",
    re.IGNORECASE,
)
CHROME_LINES = 20  # the lines the first lines may stand in when chrome comes before them


# A page that republishes an old report says when it was first published ("Editor's note:
# this report was first published on June 9, 2017", "Эта заметка впервые опубликована 9 июня
# 2017 года", "本文首发于2017年6月9日"): the report's date, not the page's.
_REPUBLISHED = re.compile(
    r"(?:\b(?:this|the)\s+(?:report|article|story|piece|interview)\s+was\s+(?:first|originally)"
    r"\s+(?:published|posted|written)\s+(?:on\s+)?"
    r"|(?<!\w)(?:эта|данная)\s+(?:заметка|статья|публикация|новость)\s+(?:была\s+)?(?:впервые"
    r"|первоначально)\s+опубликован[аоы]?\s+"
    r"|本文(?:首发|首發|原载|原載|最初发表|最初發表)(?:于|於)?\s*"
    # "From the archive, 17 June 2009", "Originally published in The Times on 3 May 2005"
    r"|\bfrom\s+(?:the|our)\s+archives?\s*[,:\u2014\u2013-]\s*"
    r"|\boriginally\s+(?:published|appeared|ran)\b[^\n.]{0,60}?)" + FULL_DATE,
    re.IGNORECASE,
)


def republished(text: str, name: str) -> Dating | None:
    """The day a republished text first appeared, from its note in the first lines."""
    match = _REPUBLISHED.search(_head(text, FIRST_LINES))
    if match is None or (date := iso(match)) is None:
        return None
    return Dating(date, "first published", match[0].strip())


def _first_lines(text: str, name: str) -> Dating | None:
    lines = [line.strip() for line in _head(text, CHROME_LINES).split("\n") if line.strip()]
    lines = [line for line in lines[: SHORT_LINES + CHROME_LINES] if not _CHROME.fullmatch(line)]
    for line in lines[:SHORT_LINES]:
        if len(line) > SHORT:
            continue
        match = _FULL.search(line)
        if match is not None and (date := iso(match)) is not None:
            return Dating(date, "first lines", line)
    return None


FORMS = (
    Form(
        "date line",
        _date_line,
        (
            (" date 2025-09-09 Images | Xinhua\n\nText.", "a.txt", "2025-09-09"),
            ("date 2025-02-30\n\nText.", "a.txt", None),
        ),
    ),
    Form(
        "first published",
        republished,
        (
            (
                "From the archive\nJuly 5, 2024\n\nEditor's note: this report was first published "
                "on June 9, 2017.\n\nText.",
                "a",
                "2017-06-09",
            ),
            (
                "Из архива\n5 июля 2024\n\nЭта заметка впервые опубликована 9 июня 2017 года.",
                "a",
                "2017-06-09",
            ),
            ("2024年7月5日\n本文首发于2017年6月9日。\n正文。", "a", "2017-06-09"),
            ("From the archive, 17 June 2009\n\nThe SCO has six members.", "a", "2009-06-17"),
            ("Originally published in The Times on 3 May 2005.\n\nText.", "a", "2005-05-03"),
            ("From the archive: India and Pakistan join the SCO\nJuly 5, 2024\n\nText.", "a", None),
            # a report of another's first publication, no note about this text
            ("July 5, 2024\n\nThe SCO charter was first published on June 15, 2002.", "a", None),
        ),
    ),
    Form(
        "labelled date",
        labelled,
        (
            ("Date: 2025-09-02\n\nText.", "a.txt", "2025-09-02"),
            ("date: 2025-09-02\n\nText.", "a.txt", "2025-09-02"),
            ("Headline\nPublished 2 September 2025\n\nText.", "a.txt", "2025-09-02"),
            ("Published: 2 Sept. 2025 | Updated: 3 Sept. 2025\n\nText.", "a.txt", "2025-09-03"),
            ("Updated September 3, 2025\nPublished September 2, 2025\n\nText.", "a", "2025-09-03"),
            ("Posted on Tuesday, 2nd September 2025\n\nText.", "a.txt", "2025-09-02"),
            ("Опубликовано: 16.09.2022\nВ ШОС входят восемь государств.", "a.txt", "2022-09-16"),
            ("Дата публикации: 16 сентября 2022\n\nТекст.", "a.txt", "2022-09-16"),
            ("发布时间：2022年9月16日\n上合组织有8个成员国。", "a.txt", "2022-09-16"),
            ("Опубликовано: 31.02.2022\n\nТекст.", "a.txt", None),
        ),
    ),
    Form(
        "dateline",
        _dateline,
        (
            ("BEIJING, June 15, 2025 (Xinhua) -- The SCO met.", "a.txt", "2025-06-15"),
            ("BEIJING, June 15 (Xinhua) -- The SCO met.", "xinhua-2025-06.txt", "2025-06-15"),
            (
                "TIANJIN, China, Sept. 1 (Reuters) - Leaders met.",
                "https://x/2025/09/a",
                "2025-09-01",
            ),
            ("BEIJING, June 15 (Xinhua) -- The SCO met.", "a.txt", None),
            ("САМАРКАНД, 16 сентября 2022. /ТАСС/. Саммит ШОС открылся.", "a.txt", "2022-09-16"),
            ("МОСКВА, 10 ноября 2020 г. — РИА Новости. Лидеры ШОС.", "a.txt", "2020-11-10"),
            ("МИНСК, 11 июн - Sputnik. Белоруссия и ШОС.", "sputnik-2024.txt", "2024-06-11"),
            ("ASTANA, 4 July 2024 - The SCO met.", "a.txt", "2024-07-04"),
            ("新华社北京2019年6月1日电（记者张三）上合组织有8个成员国。", "a.txt", "2019-06-01"),
            ("中新网上海6月15日电 上合组织成立。", "https://x/2021/06/15/a", "2021-06-15"),
            ("中新网上海6月15日电 上合组织成立。", "a.txt", None),
        ),
    ),
    Form(
        "first lines",
        _first_lines,
        (
            ("Headline\nBy Jane Doe | September 2, 2025\n\nText.", "a.txt", "2025-09-02"),
            ("2 September 2025\n\nText.", "a.txt", "2025-09-02"),
            ("16.09.2022 12:40\nВ ШОС входят восемь государств.", "a.txt", "2022-09-16"),
            ("2022年9月16日\n上合组织目前有8个成员国。", "a.txt", "2022-09-16"),
            ("2022/09/16\n\nText.", "a.txt", "2022-09-16"),
            ("16 сентября 2022 года\n\nТекст.", "a.txt", "2022-09-16"),
            ("ШОС расширилась\n09.06.17 18:45\n\nТекст.", "a.txt", "2017-06-09"),
            ("2001年6月16日08:12 来源：人民日报海外版\n\n正文。", "a.txt", "2001-06-16"),
            (
                "Home > World > Asia\nShare\nTweet\nEmail\nPrint\n\nHeadline\n\nBy Staff\n"
                "Friday 9 June 2017\n\nText.",
                "a",
                "2017-06-09",
            ),
            (
                "Главная / Политика / Мир\n\nПоделиться\n\nВКонтакте\nTelegram\n\nЗаголовок\n\n"
                "04.07.2023 в 14:20\n\nТекст.",
                "a",
                "2023-07-04",
            ),
            (
                "首页 > 国际 > 正文\n分享到：\n微信\n微博\n\n标题\n\n2023-07-04 20:15:03　来源：中新网\n",
                "a",
                "2023-07-04",
            ),
            (
                "Headline\n\nOn 2 September 2025 the leaders of the SCO met in Tianjin, China.",
                "a",
                None,
            ),
            # five lines of the article before it, chrome or not: too far down
            ("Home > World > Asia\nOne\nTwo\nThree\nFour\nFive\n9 June 2017\n", "a", None),
            ("A\nB\nC\nD\nE\nShare\n9 June 2017\n", "a", None),
        ),
    ),
)
FORMS_HELP = (
    "a first line 'date 2025-09-02', a line 'Date: 2025-09-02' or 'Published 2 September "
    "2025' (Updated: the later), a dateline 'BEIJING, June 15, 2025 (Xinhua) --', or "
    "'September 2, 2025' alone in the first lines"
)


def date_of(text: str, name: str) -> tuple[Dating, str]:
    """The article's date and the text to read (without a `date line`, which is metadata)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # a line ends at a CR alone too
    line = _DATE_LINE.match(text)
    refused: Dating | None = None
    if line is not None:
        shown, text = split_line(text, line)
        if (date := real(line[1])) is not None:
            earlier = republished(text, name)  # a republished text's first day, above the line's
            if earlier is not None and earlier.date is not None:
                return earlier, text
            return Dating(date, "date line", shown), text
        refused = Dating(None, why_not=f"its date line '{_words(line[0])}' is no real date")
    for form in FORMS[1:]:
        found = form.find(text, name)
        if found is not None and found.date is not None:
            return found, text
        refused = refused or found
    return (refused or Dating(None)), text


# -- what stands before a sentence's own words ------------------------------------------
#
# What may stand before a sentence's own words, at its start: a date line run into it
# ("2025年12月1日 ", "01.12.2025 12:40 "), a dateline ("新华社北京2025年12月1日电 ", "МОСКВА,
# 1 декабря. /ТАСС/. ", "BEIJING, Dec 1, 2025 (Xinhua) -- ") or a short label ("背景资料：",
# "Справка:", "Background:"). A year in them is no time the sentence tells.
LEAD = re.compile(
    r"\s*(?:(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d)(?:\s+\d{1,2}:\d\d)?\s+(?=\S)"
    r"|[^\n]{0,40}?电\s*|[^\n]{0,60}?/(?:ТАСС|TASS)/\.?\s*"
    r"|[^\n]{0,60}?(?:\)|\b[A-ZА-ЯЁ]{3,})\s*[—–-]{1,2}\s+"
    r"|[^\s\d：:]{1,12}(?:\s[^\s\d：:]{1,12})?\s*[：:]\s*)"
)


def after_lead(sentence: str, start: int) -> int:
    """Where the sentence's own words begin (0 without a lead), before `start`."""
    at = 0
    while (match := LEAD.match(sentence, at, start)) is not None and match.end() > at:
        at = match.end()
    return at


# -- the dateline's place ------------------------------------------------------------------
#
# A wire dateline names where the story was filed: "UFA, Russia, July 10 (Xinhua) --",
# "ASTANA, June 9. /TASS/.", "TASHKENT - ", "ASTANA (Sputnik) ". The place is written in
# capitals and followed by a country, a date, an agency or a dash (a headline in capitals is
# followed by none of them). The summit stage reads "the summit" of such an article as the
# summit held there, when the reference has one there within days of the article's date.
_PLACE_LINE = re.compile(
    r"^[ \t]*(?P<place>(?:ST\.?[ \t]*)?[A-Z][A-Z'\u2019-]{2,}(?:[ \t][A-Z][A-Z'\u2019-]+){0,2})"
    r"(?P<country>,[ \t]*[A-Z][A-Za-z'\u2019-]+(?:[ \t][A-Z][A-Za-z'\u2019-]+)?(?=,))?"
    rf"(?P<date>,[ \t]*(?:{_MONTH}[ \t]+{_DAY}|{_DAY}[ \t]+{_MONTH})(?:,[ \t]*\d{{4}})?\.?)?"
    r"(?P<agency>[ \t]*(?:\([A-Za-z][\w .&/-]{0,30}\)|/[A-Za-z-]{2,20}/\.?|\.[ \t]+[A-Z][A-Z-]{2,20}))?"
    r"(?P<dash>[ \t]*(?:--|\u2014|\u2013|-)(?=[ \t]))?[ \t]+(?=[A-Z\"'\u201c])",
    re.MULTILINE,
)
# words in capitals that open a line and are no place
PLACE_LINES = 20  # a dateline may stand below a headline, a byline and a photo credit
_NOT_A_PLACE = re.compile(r"(?:SCO|UPDATE|BREAKING|EXCLUSIVE|ANALYSIS|OPINION|NEWS|PHOTO|VIDEO)\b")

PLACE_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("UFA, Russia, July 10 (Xinhua) -- The summit opened here.", "UFA"),
    ("SAMARKAND, 16 September (BelTA) \u2013 The president arrived.", "SAMARKAND"),
    ("ASTANA, June 9. /TASS/. Leaders signed the declaration.", "ASTANA"),
    ("TASHKENT - Leaders have gathered for the summit.", "TASHKENT"),
    ("ASTANA (Sputnik) The leaders signed the document.", "ASTANA"),
    ("TASHKENT. KAZINFORM - The president spoke.", "TASHKENT"),
    ("ST. PETERSBURG, June 7 (AP) -- Leaders met.", "ST. PETERSBURG"),
    ("Headline\n\nNEW DELHI, July 4 -- The virtual summit was held.", "NEW DELHI"),
    # a headline in capitals, a label, a sentence: no dateline
    ("SCO SUMMIT OPENS IN ASTANA\n\nThe summit opened.", None),
    ("UPDATE - The summit opened.", None),
    ("The summit opened in Astana on Tuesday.", None),
    ("NATO, the EU and others reacted.", None),
)


def dateline_place(text: str) -> str | None:
    """The place a wire dateline in the first lines names ("UFA" of "UFA, Russia, July 10
    (Xinhua) --"), as written; None without one."""
    for match in _PLACE_LINE.finditer(_head(text, PLACE_LINES)):
        told = match["date"] or match["agency"] or match["dash"]
        if told and not _NOT_A_PLACE.match(match["place"]):
            return match["place"].strip()
    return None


class Dateline(NamedTuple):
    """The summit an article's dateline places it at: the reference's city, the year and
    first day of its summit there, and the dateline's place as written."""

    city: str
    year: int
    start: str
    words: str

    @property
    def how(self) -> str:
        """How a summit the article names without its place or year was dated."""
        return f"the dateline '{self.words}' (the summit there from {self.start})"


def dateline(text: str, summits: Iterable[SummitRow], on: str | None) -> Dateline | None:
    """The summit held within days of the article's date `on` in the place its dateline
    names ("UFA, Russia, July 10 (Xinhua) --" on 2015-07-10: Ufa 2015); None without a
    dateline, a date, or such a summit."""
    from sco_cli.dataset.summits import summit_near

    place = dateline_place(text) if on else None
    summit = summit_near(summits, place, on) if place and on else None
    if summit is None or place is None or _named_there(text, place, summit["city"]):
        return None
    return Dateline(summit["city"], int(summit["start"][:4]), summit["start"], place)


def _named_there(text: str, place: str, city: str) -> bool:
    """Whether the article names the summit by its city past its dateline ("the Tianjin
    summit", "the summit in Ufa"): that summit is claimed where it is named, not again
    wherever "the summit" is written."""
    names = "|".join(re.escape(n) for n in {place, city})
    near = rf"\b(?:{names})\b[^.\n]{{0,80}}?\bsummit|\bsummit[^.\n]{{0,80}}?\b(?:{names})\b"
    first = _PLACE_LINE.search(text)
    return re.search(near, text[first.end() if first else 0 :], re.IGNORECASE) is not None


# -- a yearless dateline dated by the summit held there ------------------------------------
#
# A wire dateline without its year ("АСТАНА, 4 июля. /ТАСС/.", "BISHKEK, June 14 (AP) --",
# "新华社比什凯克6月14日电") in an article that names a summit: when the reference has exactly
# one summit in that place within days of that day (in any year), the year is that summit's.
_SUMMIT_WORD = re.compile(r"summit|саммит|峰会|峰會", re.IGNORECASE)


# the datelines as the article's normalised text holds them: run into its headline's line
_RUN_IN = tuple(
    re.compile(r"(?:\A|(?<=\s))" + rx.pattern.removeprefix("^"), rx.flags & ~re.MULTILINE)
    for rx in (_DATELINE, _DAY_FIRST_DATELINE)
)
RUN_IN = 400  # the characters of the normalised text a run-in dateline may stand in


def _yearless(head: str) -> tuple[str, int, int, str] | None:
    """A yearless dateline's place, month, day and words, from the first lines (or the
    first characters of the normalised text, where it may be run into the headline)."""
    match = _RUN_IN[0].search(head) or _RUN_IN[1].search(head)
    if match is not None:
        if match["year"]:
            return None
        day = int(re.sub(r"\D", "", match["day"]))
        return match["place"].strip(), MONTHS[match["month"].lower().rstrip(".")], day, match[0]
    chinese = _CHINESE_DATELINE.search(head)
    if chinese is None or chinese["year"]:
        return None
    words = chinese["words"]
    return words, int(chinese["month"]), int(chinese["day"]), words


def _city(place: str, places: Iterable[tuple[str, str]]) -> str:
    """The reference's name of a dateline's place written in Russian or Chinese (`places`:
    each city's name and a pattern of its name in a language; as written otherwise: the
    summits' look-up reads English names in any case)."""
    for city, rx in places:
        if re.fullmatch(rx, place, re.IGNORECASE) or (not place.isascii() and re.search(rx, place)):
            return city
    return place


def by_summit(
    text: str, summits: Iterable[SummitRow], places: Iterable[tuple[str, str]] = ()
) -> Dating | None:
    """The date of a yearless dateline, its year from the one summit held at its place
    within days of its day (of several, the one not older than any year the text writes);
    None: no such dateline, no summit named, or none or several such summits."""
    from sco_cli.dataset.summits import summit_near

    found = _yearless(_head(text, FIRST_LINES)[:RUN_IN])
    if found is None or _SUMMIT_WORD.search(text) is None:
        return None
    place, month, day, words = found
    city = _city(place, places)
    held = []
    for summit in summits:
        on = _numbered(int(summit["start"][:4]), month, day)
        if on is not None and summit_near([summit], city, on) is not None:
            held.append((on, summit))
    if len(held) > 1:  # a text is not older than a year it writes: the later summits
        written = max((int(y) for y in _YEAR_IN_NAME.findall(text)), default=0)
        held = [(on, summit) for on, summit in held if int(on[:4]) >= written]
    if len(held) != 1:
        return None
    on, summit = held[0]
    how = f"dateline (its year from the summit in {summit['city']} from {summit['start']})"
    return Dating(on, how, words.strip())


# (text, the date it gives); the summits are the reference's, the places timing.summit_places'
# (tests/claims/test_dates.py)
BY_SUMMIT_EXAMPLES: tuple[tuple[str, str | None], ...] = (
    ("АСТАНА, 4 июля. /ТАСС/. Саммит ШОС открылся. Иран вступил в 2023 году.", "2024-07-04"),
    ("АСТАНА, 4 июля. /ТАСС/. Саммит ШОС открылся.", None),  # 2005 or 2024
    ("Саммит ШОС в Самарканде САМАРКАНД, 16 сентября. /ТАСС/. Лидеры подписали.", "2022-09-16"),
    ("САМАРКАНД, 16 сентября. /ТАСС/. Лидеры ШОС на саммите.", "2022-09-16"),
    ("BISHKEK, June 14 (AP) -- The SCO summit opened.", "2019-06-14"),
    ("新华社比什凯克6月14日电 上合组织峰会开幕。", "2019-06-14"),
    # no summit named, no summit there near that day, a year written
    ("АСТАНА, 4 июля. /ТАСС/. Лидеры встретились.", None),
    ("АСТАНА, 4 марта. /ТАСС/. Саммит ШОС.", None),
    ("МОСКВА, 10 ноября. /ТАСС/. Саммит ШОС прошел онлайн.", "2020-11-10"),
    ("BISHKEK, June 14, 2019 (AP) -- The SCO summit opened.", None),
)
