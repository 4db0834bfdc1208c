"""Links to other stories inside an article ("READ MORE: ...", "Читайте также: ...",
"相关阅读：..."): another story's headline, true when it was written, never a claim of
this one.

A promo is a line that opens with such a label and holds one short headline after it,
or a label alone on its line followed by short lines of headlines (a list of links,
in the same paragraph or in the paragraphs after it). A page's sidebar is dropped by
its markup (claims/web.py); these are the promos left inside the article's body, and
those of a text copied from a page.
"""

from __future__ import annotations

import re

# Each label in the words sites print above or before a link to another story.
LABELS: tuple[str, ...] = (
    # English
    "read more",
    "also read",
    "read also",
    "see also",
    "also see",
    "must read",
    "related",
    "related stories",
    "related story",
    "related articles",
    "related article",
    "related news",
    "related coverage",
    "related content",
    "related reading",
    "more on this",
    "more on this story",
    "more stories",
    "further reading",
    "recommended",
    "recommended stories",
    "you may also like",
    "you might also like",
    "most read",
    "most popular",
    "trending",
    "trending now",
    "don't miss",
    "don\u2019t miss",
    # Russian
    "читайте также",
    "читайте еще",
    "читайте ещё",
    "также читайте",
    "см. также",
    "смотрите также",
    "по теме",
    "еще по теме",
    "ещё по теме",
    "новости по теме",
    "материалы по теме",
    "другие новости",
    "самое читаемое",
    "рекомендуем",
    "подробнее",
    "вам может быть интересно",
    "новости партнеров",
    "новости партнёров",
    # Chinese (simplified and traditional)
    "相关阅读",
    "相關閱讀",
    "延伸阅读",
    "延伸閱讀",
    "推荐阅读",
    "推薦閱讀",
    "相关新闻",
    "相關新聞",
    "相关报道",
    "相關報導",
    "相關報道",
    "热门新闻",
    "熱門新聞",
    "更多阅读",
    "更多閱讀",
    "阅读更多",
    "閱讀更多",
    "猜你喜欢",
    "猜你喜歡",
    "精彩推荐",
    "精彩推薦",
    "热点推荐",
    "熱點推薦",
    "热点新闻",
    "熱點新聞",
    "往期回顾",
    "往期回顧",
    "点击阅读",
    "點擊閱讀",
    "为你推荐",
    "為你推薦",
)

# (line, is it a promo's line)
EXAMPLES: tuple[tuple[str, bool], ...] = (
    ("READ MORE: The SCO has two observers and 14 dialogue partners", True),
    ("ALSO READ | Six-nation SCO agrees to take in India", True),
    ("Related: Eight-nation bloc meets in Bishkek \u00b7 14 June 2019", True),
    ("Читайте также: В ШОС сейчас девять государств-членов", True),
    ("См. также \u2014 ШОС объединяет восемь стран", True),
    ("相关阅读：上合组织有9个成员国", True),
    ("【延伸阅读】上合组织现有6个观察员国", True),
    ("熱門新聞：上合組織有八個成員國", True),
    ("Related stories", True),
    ("Also on RT: The SCO now has nine members", True),
    ("More from the SCO summit: Six-nation bloc meets in Shanghai", True),
    ("Подробнее: В ШОС девять государств-членов", True),
    ("往期回顾：上合组织有2个观察员国", True),
    ("\u2022 ШОС расширилась до девяти членов (04.07.2023)", False),  # a headline: in a list only
    ("Читайте также:", True),
    ("相关新闻：", True),
)
COUNTER_EXAMPLES: tuple[str, ...] = (
    "More from the summit came later: the SCO has nine members. Iran joined in 2023.",
    "Подробнее о саммите рассказал посол: в ШОС девять членов.",
    "Related talks on trade continued: the SCO has nine members.",  # no label: prose
    "Read more widely, the charter says the SCO has six founders.",  # no separator
    "See also the SCO's charter, which names six founding states. It was signed in 2002.",
    "По теме саммита: лидеры девяти государств-членов подписали декларацию. Она вступит в силу.",
    "相关新闻报道称，上合组织有9个成员国，并将继续扩大。此前有6个。",  # label run into prose
)

_ALTERNATIVES = "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True))
_OPEN = r"[ \t]*(?:[-*\u2022\u00b7][ \t]*)?[\[\u3010\u300a]?"  # a bullet, "【"
# (and the labels that name a site or a topic before their colon: "Also on RT:",
# "More from the SCO summit:")
_NAMED = r"(?:also\s+on|more\s+from)\s+[^\n:|]{1,40}?(?=\s*[:|])"
_LABEL = re.compile(rf"{_OPEN}(?:{_NAMED}|(?:{_ALTERNATIVES})(?![^\W\d_]))", re.IGNORECASE)
# What parts a label from its headline: a colon, a bar, a dash, "»", "】"
_APART = re.compile(
    r"[ \t]*(?:[:\uff1a|>\u00bb\u203a\]\u3011\u300b\u2014\u2013]+|-(?=[ \t]))[ \t]*"
)
# a second sentence (not the stops of a date, "04.07.2023")
_SENTENCE_IN = re.compile(r"[.!?;][ \t]+\S|[\u3002\uff01\uff1f\uff1b][ \t]*\S")
_HEADLINE_MAX = 200
_LIST_MAX = 12  # headlines a list of links holds at most, a paragraph each


def _headline(text: str) -> bool:
    """One short line that reads as a headline: not two sentences, no stop at its end."""
    text = text.strip()
    return (
        0 < len(text) <= _HEADLINE_MAX
        and not _SENTENCE_IN.search(text)
        and not text.endswith((".", "\u3002"))
    )


def promo_line(line: str) -> bool | None:
    """True: a label and another story's headline; None: a label alone (a list of
    links follows); False: anything else."""
    label = _LABEL.match(line)
    if label is None:
        return False
    apart = _APART.match(line, label.end())
    rest = line[apart.end() if apart else label.end() :].strip()
    if not rest:
        return None
    if apart is None or not apart.group().strip():
        return False  # "Related talks on trade": a word goes on, no label
    return _bulleted_headline(rest)


def _bulleted_headline(line: str) -> bool:
    return _headline(line.lstrip("-*\u2022\u00b7 \t"))


def without_promos(blocks: list[str]) -> list[str]:
    """The paragraphs without their promos: a labelled headline's line, and a label
    alone with the headlines after it (its list may run on into the next paragraphs,
    each one short line)."""
    kept_blocks: list[str] = []
    listing = 0  # a label alone ended a paragraph: so many more headlines may follow
    for block in blocks:
        lines = block.split("\n")
        if listing and all(_bulleted_headline(line) for line in lines if line.strip()):
            listing -= 1
            continue
        listing = 0
        kept: list[str] = []
        index = 0
        while index < len(lines):
            found = promo_line(lines[index])
            index += 1
            if found is None:
                while index < len(lines) and _bulleted_headline(lines[index]):
                    index += 1
                listing = _LIST_MAX if index == len(lines) else 0
            elif not found:
                kept.append(lines[index - 1])
        if any(line.strip() for line in kept):
            kept_blocks.append("\n".join(kept))
    return kept_blocks
