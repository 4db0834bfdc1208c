"""Russian: the words (countries in every case, statuses, the SCO, numbers, guard words)
and the rules, each with its examples and counter-examples.

Russian is inflected: a country is a stem and the endings of its declension
(Индия, Индии, Индию, Индией), written as data below and tested form by form.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from sco_cli.claims.claim import (
    Claim,
    CountClaim,
    Extra,
    FoundingClaim,
    FoundingDetail,
    Group,
    JoinedClaim,
    StatusClaim,
    each,
)
from sco_cli.claims.declared import Example, SentenceRule
from sco_cli.claims.languages.common import (
    ITEM,
    LISTED,
    Binding,
    Tongue,
    about_sco,
    bound,
    counted,
    group_of,
    named_before,
    refused,
    status_of,
    summit_at,
    timed,
    year_near,
    years_near,
)
from sco_cli.claims.summits import FOUNDED_YEAR

# Letters of another script that look like Cyrillic ones (Latin "o", Greek "ο", "κ"), written
# inside a Russian word by a page that hides its text from search ("Монгοлия", "ШОC"): read as
# the Cyrillic letters they show, one for one, so every offset stays the article's own.
_LOOKALIKES = str.maketrans(
    "aceopxyABCEHKMOPTXοΟαΑκΚεΕρΡτΤχΧΒΗΜ",
    "асеорхуАВСЕНКМОРТХоОаАкКеЕрРтТхХВНМ",
)
_MIXED = re.compile(
    r"[\w-]*(?:[\u0400-\u04ff][\w-]*[aceopxyABCEHKMOPTXοΟαΑκΚεΕρΡτΤχΧΒΗΜ]"
    r"|[aceopxyABCEHKMOPTXοΟαΑκΚεΕρΡτΤχΧΒΗΜ][\w-]*[\u0400-\u04ff])[\w-]*"
)


def folded(sentence: str) -> str:
    """The sentence with each lookalike letter inside a Cyrillic word read as the Cyrillic
    letter it shows (a word of one script is left as it is: "YahooNews", "G20")."""
    if _MIXED.search(sentence) is None:
        return sentence
    return _MIXED.sub(lambda word: word.group().translate(_LOOKALIKES), sentence)


# The endings of each declension, nominative first.
_HARD = "(?:|а|у|ом|е)"  # Казахстан, Казахстана, Казахстану, Казахстаном, Казахстане
_IA = "(?:я|и|ю|ей|ею)"  # Индия, Индии, Индию, Индией
_A = "(?:а|ы|и|у|ой|ей|е)"  # Камбоджа, Шри-Ланки, Мьянмой
_ADJ_F = "(?:ая|ой|ую)"  # Саудовская, Саудовской, Саудовскую
_PLURAL = "(?:ы|ов|ам|ами|ах)"  # Мальдивы, Мальдивов
_ADJ_PL = "(?:ые|ых|ым|ыми|ие|их|им|ими)"

# A country by its official name in a communique or a founding text ("Республикой
# Казахстан", "Исламской Республики Иран"): the name after it is the country.
_REPUBLIC = f"(?:(?:Исламск{_ADJ_F}\\s+)?Республик(?:а|и|е|у|ой|ою)\\s+)?"

COUNTRIES = {
    "CHN": f"Кита(?:й|я|ю|ем|е)|КНР|Китайск{_ADJ_F}\\s+Народн{_ADJ_F}\\s+Республик(?:а|и|е|у|ой|ою)",
    "RUS": f"Росси{_IA}|РФ|Российск{_ADJ_F}\\s+Федераци{_IA}",
    "KAZ": f"{_REPUBLIC}Казахстан{_HARD}",
    "KGZ": (
        f"Киргизи{_IA}|{_REPUBLIC}Кыргызстан{_HARD}|Киргизстан{_HARD}"
        f"|Кыргызск{_ADJ_F}\\s+Республик(?:а|и|е|у|ой|ою)"
    ),
    "TJK": f"{_REPUBLIC}Таджикистан{_HARD}",
    "UZB": f"{_REPUBLIC}Узбекистан{_HARD}",
    "IND": f"{_REPUBLIC}Инди{_IA}",
    "PAK": f"{_REPUBLIC}Пакистан{_HARD}",
    "IRN": f"{_REPUBLIC}Иран{_HARD}",
    "BLR": f"{_REPUBLIC}Беларус(?:ь|и|ью)|Белорусси{_IA}",
    "MNG": f"Монголи{_IA}",
    "AFG": f"Афганистан{_HARD}",
    "TUR": f"Турци{_IA}",
    "AZE": f"{_REPUBLIC}Азербайджан{_HARD}",
    "ARM": f"{_REPUBLIC}Армени{_IA}",
    "KHM": f"Камбодж{_A}",
    "NPL": f"Непал{_HARD}",
    "LKA": f"Шри-Ланк{_A}",
    "EGY": "Египет|Египт(?:а|у|ом|е)",
    "QAT": f"Катар{_HARD}",
    "SAU": f"Саудовск{_ADJ_F}\\s+Арави{_IA}",
    "KWT": f"Кувейт{_HARD}",
    "MDV": f"Мальдив{_PLURAL}",
    "MMR": f"Мьянм{_A}",
    "ARE": f"ОАЭ|Объедин[её]нн{_ADJ_PL}\\s+Арабск{_ADJ_PL}\\s+Эмират{_PLURAL}",
    "BHR": f"Бахрейн{_HARD}",
    "LAO": f"Лаос{_HARD}|Лаосск{_ADJ_F}\\s+Народно-Демократическ{_ADJ_F}\\s+Республик{_A}",
    "TKM": f"Туркменистан{_HARD}|Туркмени{_IA}",
    "USA": f"США|Соедин[её]нн{_ADJ_PL}\\s+Штат{_PLURAL}",
}

_DASH = r"\s?[-\u2010\u2011\u2013\u2014]\s?"
_STATE = rf"(?:государств\w*|стран\w*){_DASH}"
STATUSES = {
    "founding_member": rf"{_STATE}(?:основател|учредител)\w*|основател(?:ь|и|ей|ями|ям)(?![\w-])",
    "member": (
        r"полноправн\w+\s+участник\w*|"  # "полноправными участниками которого являются"
        rf"(?:полноправн\w+\s+|постоянн\w+\s+)?(?:{_STATE}член\w*"
        r"|член(?:ы|а|у|ом|е|ов|ам|ами|ах)?(?![\w-]))"
    ),
    "observer": rf"(?:{_STATE})?наблюдател(?:ь|я|ю|ем|е|и|ей|ям|ями|ях)(?![\w-])",
    "dialogue_partner": (
        rf"(?:{_STATE})?партн[её]р(?:ы|а|у|ом|е|ов|ам|ами|ах)?\s+(?:ШОС\s+)?по\s+диалогу"
        r"|диалогов\w+\s+партн[её]р\w*"
    ),
    # a partner only as a status's name ("страны-партнеры", "партнер ШОС"), never the
    # common word ("торговые партнеры")
    "partner": rf"{_STATE}партн[её]р\w*|партн[её]р(?:ы|а|у|ом|е|ов|ам|ами|ах)?\s+ШОС(?!\s+по\s+диалогу)"
    # right after the word "status" ("о предоставлении Лаосу статуса партнера")
    r"|(?:(?<=статус\s)|(?<=статуса\s)|(?<=статусом\s)|(?<=статусе\s))партн[её]р(?:а|ов)?(?![\w-])"
    r"(?!\s+по\s+диалогу)",
}

SCO = r"ШОС|Шанхайск\w+\s+[Оо]рганизаци\w+(?:\s+[Сс]отрудничества)?"
OTHERS = (
    r"БРИКС|ОДКБ|ЕАЭС|ЕврАзЭС|СНГ|АСЕАН|ООН|НАТО|Евросоюз\w*|(?<![\w-])ЕС(?![\w-])|G20|G7"
    r"|АТЭС|СВМДА|ОПЕК|ОБСЕ|ОИС|Евразийск\w+\s+экономическ\w+|Шанхайск\w+\s+пят[её]рк\w*"
)
# Words that refer to an organisation named before: "членами организации", "в нее входят".
REFERS = r"(?<![\w-])(?:организаци\w*(?!\s+[А-ЯЁ])|объединени\w*|е[её]|не[её]|н[её]м|ней)(?![\w-])"
# A body of any kind: a sentence holding one is not the SCO's by context alone.
BODIES = (
    r"(?i:(?<![\w-])(?:союз\w*|альянс\w*|совбез\w*|совет\w*\s+безопасности|лиг[аеиу]"
    r"|сообществ\w*|движени\w*|комисси\w*|парламент\w*|групп\w*|форум\w*|блок\w*))"
    r"|[Оо]рганизаци\w*\s+[А-ЯЁ]\w*"  # another organisation by its name
)
REFUSED = (
    r"(?i)(?<![\w-])(?:не|ни|нет"  # denied
    r"|станет|станут|стать|будет|будут|смож\w*|намер\w*|планир\w*|хоч\w*|хотят|стрем\w*"
    r"|заявк\w*|претенд\w*|кандидат\w*|процедур\w*|рассматрива\w*|рассмотр\w*|перспектив\w*|ожида\w*"
    r"|предстоит|вступит|вступят|получит|получат|присоединится|присоединятся|может|могут"
    r"|желани\w*|заинтересован\w*|приглаш\w*|пригласи\w*"  # hoped for, prospective
    r"|примут|примет|предполага\w*"  # "лидеры примут решение о предоставлении ..."
    r"|бывш\w*|ранее|прежде|раньше"  # former
    r"|бы|если|якобы|слух\w*"  # a hypothesis, hearsay: "Если бы Турция стала членом ШОС"
    r"|остальн\w*)(?![\w-])"  # "the other nine members" is no count of the members
)
# A verb in the past within a status's words ("членами являлись A и B", "статус
# наблюдателя имели A и B"): the status is judged before the article's date, at the
# time it describes, not on that date.
PAST = (
    r"(?<![\w-])(?:являл(?:ся|ась|ось|ись)|имел[аио]?|обладал[аио]?|входил[аио]?|объединял[аио]?"
    r"|числил(?:ся|ась|ись)|состоял[аио]?|включал[аио]?|насчитывал[аио]?|был[аио]?|были)(?![\w-])"
)
# A report the same sentence refutes, after the claim ("..., не соответствуют действительности")
REFUTED = (
    r"(?i)не\s+соответству\w*\s+действительности|(?<![\w-])(?:опроверг\w*|ложн\w*|фейк\w*"
    r"|неправд\w*|дезинформаци\w*)(?![\w-])|не\s+подтвер(?:дил|жда)\w*"
)
# Before a claim, anywhere in its sentence (common.refused): what follows was said wrongly
# ("ошибочно указывалось, что ...", "по ошибке назвали"), a correction's earlier version ("в
# первоначальной версии статьи говорилось, что ..."), a report contradicted ("вопреки
# сообщениям о том, что ..."; not "вопреки сообщениям, Турция не ...": the truth after it), or a
# statement put to the reader to judge ("Утверждение: ...", "Миф: ...", "Верно или неверно: ...").
TOLD_FALSE = (
    r"(?i)(?<![\w-])(?:(?:ошибочно|по\s+ошибке|неверно|неправильно|ложно)\s+(?:[а-яё]+\s+){0,3}?"
    r"(?:говорил|указывал|сообщал|утверждал|писал|назыв|назвал|упоминал|заявлял|приводил|счита)\w*"
    r"|(?:первоначальн|предыдущ|прежн|ранн|исходн|стар)\w+\s+(?:редакци|верси)\w+"
    r"|вопреки\s+(?:[а-яё]+\s+){0,2}?(?:сообщени|утверждени|слух|заявлени|публикаци|данны|информаци)"
    r"\w*[^.;!?]{0,40}?\s(?:о\s+том\s*,?\s+что|будто)"
    r"|^\s*(?:[Уу]тверждени[ея]|[Зз]аявлени[ея]|[Мм]иф|[Пп]равда\s+или\s+(?:миф|ложь)|[Вв]ерно\s+или\s+неверно)"
    r"\s*(?:№?\s*\d{1,2})?\s*[:.—–-])"
)
# A report ("В соцсетях утверждают, что Турция стала членом ШОС") the sentence right after it
# refutes as a whole ("Это не так: ...", "Эти сообщения — фейк", "Однако это неправда"): none
# of the report's claims (languages.refuted_next; the refutation's own claims are read)
_REFUTED_NEXT = re.compile(
    r"(?i)\A\s*[«\"]?\s*(?:но\s+|однако\s*,?\s+)?(?:это|эти\s+(?:сообщения|слухи|утверждения|сведения|данные"
    r"|публикации)|такие\s+(?:сообщения|слухи|утверждения)|(?:эта\s+)?информация)\s*(?:[—–-]\s*)?"
    r"(?:не\s+так|неправда|ложь|фейк|вымысел|миф|дезинформаци\w*|неверн\w*|ошибочн\w*|ложн\w*"
    r"|не\s+соответству\w*\s+действительности|не\s+подтвер(?:дил|жда)\w*)(?![\w-])"
)


def refuted_next(sentence: str, following: list[str]) -> bool:
    """Whether the sentence is a report ("утверждают", "сообщения", "пишут") that the sentence
    right after it refutes as a whole."""
    return (
        bool(following)
        and RUSSIAN.reported_rx.search(sentence) is not None
        and _REFUTED_NEXT.match(following[0]) is not None
    )


# Who met, before a count ("главы шести государств-членов"), and what they did, in the past
LEADERS = (
    r"(?<![\w-])(?i:глав[аыу]|лидер(?:ы|ов|ам)|руководител(?:и|ей|ям)|президент(?:ы|ов|ам)"
    r"|представител(?:и|ей|ям)|делегаци(?:и|й|ям)|министр(?:ы|ов|ам))(?:\s+государств)?\s+(?:всех\s+)?"
)
# Who came ("приняли участие представители четырех государств-наблюдателей"): the people's
# word before the count (its object: "всех" before the count makes it the whole count)
PEOPLE = (
    r"(?<![\w-])(?i:лидер(?:ы|ов)|руководител(?:и|ей)|представител(?:и|ей)|делегаци(?:и|й)"
    r"|глав(?:ы)?|президент(?:ы|ов)|министр(?:ы|ов))(?:\s+(?:государств|стран))?\s+"
    r"(?![^.;:,]*(?<![\w-])всех\s*\Z)[^.;:,]{0,40}\Z"
)
ATTENDING = (
    r"(?i)(?<![\w-])(?:принял[аи]?\s+участие|участвовал[аи]?|присутствовал[аи]?|прибыл[аи]?"
    r"|приехал[аи]?|съехались)(?![\w-])"
)
MET = (
    r"(?<![\w-])(?:подписали|приняли|одобрили|утвердили|собрались|встретились|договорились"
    r"|согласились|обсудили|решили|провели|заявили|поддержали|выступили)(?![\w-])"
)
# A year; of a range ("в 1996—1997 годах"), its first.
YEAR = (
    r"(?<![\d–—-])(?<![–—-]\s)(?P<y>(?:19|20)\d\d)"
    r"(?=\s*(?:[–—-]\s*(?:19|20)?\d\d\s*)?(?:год|г\.|гг\.|\)))"
)
_NUMBER_WORDS = {
    "два": 2, "две": 2, "двух": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
    "четырех": 4, "четырёх": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7,
    "семи": 7, "восемь": 8, "восьми": 8, "девять": 9, "девяти": 9, "десять": 10,
    "десяти": 10, "одиннадцать": 11, "одиннадцати": 11, "двенадцать": 12,
    "двенадцати": 12, "тринадцать": 13, "тринадцати": 13, "четырнадцать": 14,
    "четырнадцати": 14, "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16,
    "шестнадцати": 16, "семнадцать": 17, "семнадцати": 17, "двадцать": 20, "двадцати": 20,
}  # fmt: skip
NUMBER = (
    r"(?<![\w.,-])(?P<n>\d{1,2}|(?i:"
    + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
    + r"))(?![\w,-]|\.\d)"
)


# A frame opening a sentence or a clause (read by common.timed, within its reach before the
# claim) that places what it tells before the article's date: "До саммита в Тяньцзине ...",
# "Перед саммитом в китайском Тяньцзине ...",
# "До вступления Ирана ...", "Изначально ..."; or at the founding ("На момент основания ...":
# group `founding`, the year the SCO was founded). Never "до сих пор", "до настоящего
# времени" (now), "до десяти" (a number: "ШОС расширилась до десяти стран"), nor a "до" inside
# a clause ("вырос до"); a year ("До 2017 года") is read as that year before any frame.
EARLIER = (
    r"(?:^|(?<=[.;:,])|(?<=[.;:,]\s))\s*[«\"]?(?:"
    r"(?P<founding>(?:[Нн]а|[Вв]|[Кк])\s+момент\s+(?:е[её]\s+)?(?:основания|создания|учреждения"
    r"|образования)|[Пп]ри\s+(?:е[её]\s+)?(?:основании|создании|учреждении))"
    r"|(?:[Дд]о|[Вв]плоть\s+до|[Пп]еред)\s+(?!(?:сих|тех)\s+пор|настоящ|нынешн|сегодняшн|текущ|\d"
    r"|(?:" + "|".join(_NUMBER_WORDS) + r")(?![\w-]))[а-яё]+(?:\s+(?:в|во)\s+[А-ЯЁ][\w-]+)?"
    r"|[Нн]а\s+тот\s+момент|[Вв]\s+то\s+время|[Кк]\s+тому\s+времени|[Тт]огда"
    r"|[Ии]значально|[Пп]ервоначально|[Пп]оначалу|[Сс]начала|[Вв]начале|[Кк]огда-то)(?![\w-])"
)


def read_number(text: str) -> int | None:
    value = int(text) if text.isdigit() else _NUMBER_WORDS.get(text.lower())
    return value if value is not None and value >= 2 else None


# A ministers' body (the foreign ministers' council) that decided or recommended what the
# claim tells: a recommendation, made before the heads of state decide.
RECOMMENDED = (
    r"(?i:(?<![\w-])(?:МИД\w*|СМИД|министр\w*\s+иностранных\s+дел|министерск\w+)(?![\w-])"
    r"[^.;!?]{0,140}(?<![\w-])(?:решил\w*|решено|решени\w+|одобрил\w*|одобрен\w*|рекоменд\w+"
    r"|договорил\w*|согласовал\w*|поддержал\w*)(?![\w-])[^.;!?]{0,60}\Z)"
)
# A grant told in the infinitive ("решили предоставить Лаосу статус"): decided, not done.
# A grant told as a decision ("приняли решение о предоставлении"): the same.
DECIDED = (
    r"(?<![\w-])(?i:предоставить|присвоить|решени\w+\s+о\s+(?:предоставлени|присвоени)\w*)(?![\w-])"
)

RUSSIAN = Tongue(
    code="ru",
    countries=COUNTRIES,
    separator=r"\s*,\s*(?:а\s+также\s+|и\s+)?|\s+и\s+|\s+а\s+также\s+",
    statuses=STATUSES,
    sco=SCO,
    others=OTHERS,
    refused=REFUSED,
    recommended=RECOMMENDED,
    decided=DECIDED,
    yes_no=r"(?<![\w-])(?:ли|разве|неужели)(?![\w-])",
    year=YEAR,
    number=NUMBER,
    read_number=read_number,
    refers=REFERS,
    bodies=BODIES,
    past=PAST,
    gapped=r",\s*(?:а\s+)?[Сс]татус\w*\s+\Z",
    earlier=EARLIER,
    founded=FOUNDED_YEAR,
    refuted=REFUTED,
    leaders_before=LEADERS,
    met=MET,
    told_false=TOLD_FALSE,
    reported=(
        r"(?i)(?<![\w-])(?:сообщени\w*|слух\w*|утвержд\w*|информаци\w*|заявлени\w*|публикаци\w*"
        r"|сообщают|сообщил\w*|пишут|писали|якобы)(?![\w-])"
    ),
    apart=r"[;；]|,\s*(?:а|но|однако|зато|тогда\s+как|в\s+то\s+время\s+как)(?![\w-])",
    attending=ATTENDING,
    people_before=PEOPLE,
    clause_end=";.",
    word_start=r"(?<![\w-])",
    word_end=r"(?![\w-])",
    pieces={
        "now": r"(?:\s+(?:сегодня|сейчас|теперь|в\s+настоящее\s+время|на\s+данный\s+момент))?",
        # a joining's place among its status's ("стала десятым полноправным членом",
        # "полноправным, десятым по счету членом"): read, not judged (no ordinal checked)
        "ordinal": r"(?:(?:полноправн\w+\s*,\s*)?(?:первым|вторым|третьим|четв[её]ртым|пятым|шестым"
        r"|седьмым|восьмым|девятым|десятым|одиннадцатым|двенадцатым|очередным|новым|официальным)\s+"
        r"(?:по\s+сч[её]ту\s+)?)?",
    },
)


def _counts(*templates: str) -> Callable[[str, str | None], Iterator[Claim]]:
    def read(sentence: str, _today: str | None) -> Iterator[Claim]:
        found = [
            c
            for template in templates
            for c in counted(RUSSIAN, template, sentence)
            if isinstance(c, CountClaim)
        ]
        if _FIVE_NAMED.search(sentence):  # "к пяти государствам-основателям": the Five's
            found = [c for c in found if c.subject != "founding_member"]
        yield from _coordinated(sentence, found)

    return read


# "Шанхайская пятерка" in the sentence: the founders it counts are the Five's, not the SCO's
_FIVE_NAMED = re.compile(r"(?i)шанхайск\w+\s+пят[её]рк\w*")
# Between two counts of one list ("восемь государств, четыре наблюдателя и шесть партнеров")
_NEXT_COUNT = re.compile(r"\s*(?:,\s*|,?\s*(?:и|а\s+также)\s+)")


def _coordinated(sentence: str, found: list[CountClaim]) -> Iterator[CountClaim]:
    """Each count as found, a count coordinated with the one before it (read by another of
    the templates) without a time of its own taking that one's: "По состоянию на 2019 год в
    ШОС входили восемь государств, четыре наблюдателя и шесть партнеров" is all of 2019."""
    last: tuple[int, str | int | None] = (-1, None)
    times: dict[int, str | int] = {}
    for claim in sorted(found, key=lambda c: c.start):
        when = claim.detail.get("time")
        coordinated = _NEXT_COUNT.fullmatch(sentence, last[0], claim.start) is not None
        if when is None and last[1] is not None and coordinated:
            when = times[id(claim)] = last[1]
        last = (claim.end, when)
    for claim in found:
        time = times.get(id(claim))
        yield claim if time is None else claim._replace(detail={**claim.detail, "time": time})


# -- a status in apposition ------------------------------------------------------

# "Иран, полноправный член ШОС, ...", "Монголия, наблюдатель в ШОС с 2004 года, ...",
# "Индия и Пакистан, государства-члены ШОС, ...": the status set off by commas, the SCO named
# in it; closed by a comma, a dash, a bracket or the sentence's end
_APPOSITIVE = (
    r"{list}\s*,\s*(?:являющ\w+(?:ся)?\s+)?(?:нов\w+\s+)?{status}\s+(?:(?:в|при)\s+)?{sco}"
    r"(?:\s+с\s+(?P<since>(?:19|20)\d\d)\s+(?:года|г\.))?\s*(?:[,—–)]|\.?\s*$)"
)
_PLURAL_STATUS = re.compile(r"(?i)(?:член|наблюдател|партн[её]р)(?:ы|и|ов|ей|ами|ам)(?![\w-])")
_COORDINATED = re.compile(r"\s+(?:и|а\s+также)\s+")
# the main clause tells a change after it: "Иран, наблюдатель ШОС с 2005 года, стал ее членом"
_CHANGED = re.compile(
    r"(?<![\w-])(?:стал[аио]?|стали|вступил\w*|получил\w*|принят\w*|присоединил\w*|перешл\w*"
    r"|перешел|перешёл|повысил\w*)(?![\w-])"
)


def appositive(sentence: str, _today: str | None) -> Iterator[Claim]:
    """A status in apposition to a list: one country for a status in the singular (the last
    of a list: "Турция, Египет, Иран, член ШОС" names Iran's), a coordinated list ("A и B")
    for one in the plural; "с 2004 года" its start, a change told after it its end."""
    for match in RUSSIAN.compose(_APPOSITIVE).finditer(sentence):
        status = status_of(match)
        start, end = match.span()
        if status is None or not about_sco(RUSSIAN, sentence, start):
            continue
        if refused(RUSSIAN, sentence, start, end):
            continue
        group = _apposed(sentence, match)
        if group is None:
            continue
        start = max(start, group.start)
        yield from each(
            group, "status", status, start, end, (None, None), detail=_held(sentence, match, status)
        )


def _apposed(sentence: str, match: re.Match[str]) -> Group | None:
    """The countries the status is said of: the last for one in the singular, all of a list
    joined by "и" for one in the plural; None otherwise (an enumeration: "Китай, Россия,
    наблюдатели ШОС, гости" may be a new item)."""
    group = group_of(RUSSIAN, sentence, *match.span("list"))
    plural = _PLURAL_STATUS.search(sentence, match.end("list"), match.end()) is not None
    if not plural:
        last = list(RUSSIAN.country_rx.finditer(sentence, *match.span("list")))[-1]
        return group._replace(start=last.start(), members=group.members[-1:])
    coordinated = _COORDINATED.search(sentence, match.start("list"), match.end("list"))
    return group if coordinated and len(group.members) > 1 else None


def _held(sentence: str, match: re.Match[str], status: str) -> Extra:
    """Since when, or when: a change told after it ends it before the article's date."""
    if status == "founding_member":
        return {}
    stop = min(
        (i for i in (sentence.find(c, match.end()) for c in ";.") if i >= 0), default=len(sentence)
    )
    changed = _CHANGED.search(sentence, match.end(), stop)
    if changed is not None:
        return {"time": changed.group()}
    if match["since"]:
        return {"since": int(match["since"])}
    when = timed(RUSSIAN, sentence, match.start(), match.end())
    return {} if when is None else {"time": when}


# -- a count told by ellipsis -------------------------------------------------------

# "В организацию входят десять стран, ещё две — наблюдатели": a count of another status
# after the SCO's, its noun left out
_MORE = (
    r"(?:(?<=,)|(?<=,\s))(?:а\s+)?ещ[её]\s+{num}(?:\s+(?:государств|стран)\w*)?\s*(?:—|–|-|:)?\s*"
    r"(?:являются\s+|—\s+)?{status}"
)
# "В БРИКС входят десять стран, а в ШОС — десять": the SCO's count, the noun and verb of
# another body's before it left out (that body's count is none of the SCO's)
_ALSO = (
    r"(?:входят|входит|входили|насчитывает|объединяет|включает)\s+\S+\s+(?:государств|стран)\w*"
    r"[^.;]{{0,40}}?,\s*(?:а|и|тогда\s+как|в\s+то\s+время\s+как)\s+(?:в|у)\s+{sco}\s*(?:—|–|-|:)?\s*"
    r"(?:тоже\s+|также\s+|уже\s+|всего\s+|лишь\s+|только\s+)?{num}(?![\w-])(?P<member>)"
)


def elliptic(sentence: str, _today: str | None) -> Iterator[Claim]:
    """Counts told by ellipsis: "ещё две — наблюдатели" after a count of the SCO's members,
    "а в ШОС — десять" after another body's count."""
    if "ещ" in sentence:
        yield from counted(RUSSIAN, _MORE, sentence)
    if "ШОС" in sentence or "Шанхайск" in sentence:
        for match in RUSSIAN.compose(_ALSO).finditer(sentence):
            number = read_number(match["n"])
            at = match.start("n") - 40
            if number is not None and not refused(RUSSIAN, sentence, max(0, at), match.end()):
                yield CountClaim("member", number, match.start("n"), match.end(), {})


# -- every country of the SCO, counted before a breakdown by status -----------------

# "ШОС состоит из 26 стран – 10 государств-членов, 2 наблюдателей и 14 партнеров по
# диалогу": the total of every status (never a count of the members)
_ALL = (
    r"(?:{ref}\s+(?:включает|объединяет|насчитывает|состоит\s+из)|(?i:в)\s+(?:состав\s+)?{ref}{now}"
    r"\s+(?:входят|входит)){now}\s+{num}\s+(?:государств|стран)\w*"
    r"(?=\s*(?:—|–|-|:|\()\s*(?:\d{{1,2}}|\w+)\s+(?:государств\w*[\s-]+член|член))"
)


def every_country(sentence: str, _today: str | None) -> Iterator[Claim]:
    """The SCO's countries of every status, counted before their breakdown."""
    for match in RUSSIAN.compose(_ALL).finditer(sentence):
        number = read_number(match["n"])
        start, end = match.span()
        if number is None or not about_sco(RUSSIAN, sentence, start):
            continue
        if not refused(RUSSIAN, sentence, start, end):
            yield CountClaim("country", number, start, end, {})


# -- founding -------------------------------------------------------------------

_FOUNDED = re.compile(
    r"(?<![\w-])(?:(?:основан|создан|учрежд[её]н|образован|сформирован)(?:а|о|ы|н\w+)?"
    r"|(?:основа|созда|учреди|образова)л(?:и|а)?|возникл[аио]?|сложил(?:ась|ся|ись)"
    r"|появил(?:ась|ся|ись)"
    # "организация, о создании которой было объявлено 15 июня 2001 года"
    r"|о\s+создании\s+(?:которой\s+)?(?:было\s+)?объявлено"
    # "декларация о создании ШОС была подписана в июне 2001 года": signed, not celebrated
    r"|[Дд]екларац\w+\s+о\s+(?:е[её]\s+)?создании"
    r"(?=(?:\s+[\w-]+){0,4}?\s+(?:был[аи]?\s+)?подписан[аы]?(?![\w-])))(?![\w-])"
)
_FIVE = re.compile(r"Шанхайск\w+\s+пят[её]рк\w*|пят[её]рк\w*")
_IN_SHANGHAI = re.compile(r"в\s+Шанха[ея](?![\w-])")
_REACH = 45  # characters between the verb and its year, and its organisation
# What the SCO got, not its founding: "у ШОС появились партнеры", "при ШОС был создан секретариат"
_GOT_BY = re.compile(r"(?<![\w-])(?:[Уу]|[Пп]ри)\s+\Z")
# A body of the SCO named by the SCO in the genitive ("Деловой совет ШОС", "Контактная группа
# ШОС — Афганистан", "Секретариат ШОС"): its founding is not the SCO's
_SUB_BODY = re.compile(
    r"(?<![\w-])(?i:совет|групп|секретариат|структур|банк|фонд|клуб|университет|форум|комитет"
    r"|центр|комисси|ассоциаци|ассамбле|палат|механизм|консорциум|объединени|сет[ьи]|сетью"
    r"|РАТС|институт|отделени|представительств|миссi?и)\w*(?:\s*\([^()]{0,20}\))?\s+\Z"
)


def founding(sentence: str, _today: str | None) -> Iterator[Claim]:
    """ "ШОС была создана в 2001 году", "В 1996 году сложилась «Шанхайская пятерка»": the
    organisation nearest the verb, the year within its reach in the same clause."""
    for verb in _FOUNDED.finditer(sentence):
        year = _year_around(sentence, verb.start(), verb.end())
        body = _body(sentence, verb.start(), verb.end())
        if year is None or body is None:
            continue
        start, end = min(year[0], body[0], verb.start()), max(year[1], body[1], verb.end())
        if refused(RUSSIAN, sentence, start, end):
            continue
        near = sentence[max(0, start - _REACH) : end + _REACH]
        city: FoundingDetail = (
            {"city": "Shanghai"} if body[2] == "SCO" and _IN_SHANGHAI.search(near) else {}
        )
        yield FoundingClaim(body[2], year[2], start, end, city)


# A year opening the sentence ("В 1996 году Китай, Россия, ... создали Шанхайскую пятерку"):
# the founding's, however long the list of founders between them
_YEAR_OPENING = re.compile(r"\s*(?:[Вв]\s+)?(?P<y>(?:19|20)\d\d)\s+(?:году|г\.)")


def _year_around(sentence: str, start: int, end: int) -> tuple[int, int, int] | None:
    """The year nearest the verb, within reach, in its clause (never past a new statement
    after it: "..., а в 2001 году к ним присоединился Узбекистан"); else a year opening the
    sentence."""
    low = max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start), start - _REACH)
    apart = RUSSIAN.apart_rx.search(sentence, end)
    high = min(
        x
        for x in (
            sentence.find(";", end),
            sentence.find(". ", end),
            end + _REACH,
            apart.start() if apart else -1,
        )
        if x >= 0
    )
    found = [
        (start - m.end() if m.end() <= start else m.start() - end, m.start(), m.end(), int(m["y"]))
        for m in RUSSIAN.year_rx.finditer(sentence, max(low, 0), high + 12)
        if m.end() <= start or m.start() <= high
    ]
    opening = _YEAR_OPENING.match(sentence)
    if (
        not found
        and opening
        and opening.end() <= start
        and ";" not in sentence[:start]
        and RUSSIAN.apart_rx.search(sentence, opening.end(), start) is None
    ):
        return opening.start("y"), opening.end("y"), int(opening["y"])
    if not found:
        return None
    _, first, last, year = min(found)
    return first, last, year


def _body(sentence: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The organisation nearest the verb, within reach: the SCO or the Shanghai Five."""
    found: list[tuple[int, int, int, str]] = []
    for rx, body in ((RUSSIAN.sco_rx, "SCO"), (_FIVE, "Shanghai Five"), (RUSSIAN.others_rx, "")):
        for m in rx.finditer(sentence):
            distance = start - m.end() if m.end() <= start else m.start() - end
            if 0 <= distance <= _REACH * 2 and not (body == "" and _FIVE.match(m.group())):
                own = body == "SCO" and (
                    _SUB_BODY.search(sentence, max(0, m.start() - 40), m.start())
                    or _GOT_BY.search(sentence, max(0, m.start() - 12), m.start())
                )
                found.append((distance, m.start(), m.end(), "" if own else body))
    if not found:
        return None
    _, first, last, body = min(found)
    return (first, last, body) if body else None  # another organisation's founding


# -- the founders, through the declaration they signed ----------------------------

# "Декларация о создании ШОС" (or "о ее создании", the SCO named before)
_DECLARATION_OF = r"[Дд]екларац\w+\s+о\s+(?:(?:е[её]|ее)\s+создании|создании\s+{ref})(?![\w-])"
# how many signed, in the instrumental ("шестью странами")
_BY_NUMBER = {
    "двумя": 2, "тремя": 3, "четырьмя": 4, "пятью": 5, "шестью": 6, "семью": 7, "восемью": 8,
    "девятью": 9, "десятью": 10,
}  # fmt: skip
# who signed, before the list: "главами (шести государств)", "главы (шести государств)"
_HEADS_BY = (
    r"(?:главами|лидерами|президентами|руководителями)(?:\s+{num})?(?:\s+(?:государств|стран)\w*)?"
    r"\s*[:–—-]?\s*"
)
_HEADS_OF = _HEADS_BY.replace(
    "(?:главами|лидерами|президентами|руководителями)", "(?:главы|лидеры|президенты|руководители)"
)
_SIGNED_BY = _DECLARATION_OF + r"\s+(?:был[аи]?\s+)?подписан[аы]?(?:\s+[^\s.;:()]+){{0,8}}?\s+"
_SIGNED = (
    # "Декларация о создании ШОС была подписана в июне 2001 года шестью странами - Россией, ..."
    _SIGNED_BY
    + rf"(?P<n>\d{{{{1,2}}}}|(?i:{'|'.join(_BY_NUMBER)}))\s+(?:странами|государствами)\s*[:–—-]?\s*"
    "{list}",
    _SIGNED_BY + _HEADS_BY + "{list}",
    # the agent named in the instrumental: "была подписана Россией, Китаем и ..."
    _SIGNED_BY + r"(?=[А-ЯЁ][\w-]*(?:ом|ем|ей|ой)(?![\w-])){list}",
    # "Декларацию о создании ШОС подписали главы шести государств: России, ..."
    _DECLARATION_OF + r"\s+(?:в\s+\d{{4}}\s+году\s+)?подписали\s+(?:" + _HEADS_OF + ")?{list}",
    # "со дня подписания главами России, Китая, ... Декларации о ее создании"
    r"(?<![\w-])подписани\w+\s+" + _HEADS_BY + r"{list}\s+" + _DECLARATION_OF,
    # "Казахстан, Китай и Россия подписали Декларацию о создании ШОС"
    r"{list}\s+(?:в\s+\d{{4}}\s+году\s+)?подписали\s+" + _DECLARATION_OF,
)


def signed(sentence: str, _today: str | None) -> Iterator[Claim]:
    """Those who signed the declaration of the SCO's creation are its founders; how many
    signed it ("шестью странами", "главы шести государств") is the count of its founders."""
    if "одписа" not in sentence:
        return
    for template in _SIGNED:
        for match in RUSSIAN.compose(template).finditer(sentence):
            start, end = match.span()
            if not about_sco(RUSSIAN, sentence, start) or refused(RUSSIAN, sentence, start, end):
                continue
            group = group_of(RUSSIAN, sentence, *match.span("list"))
            yield from each(group, "status", "founding_member", start, end, (None, None))
            said = match.groupdict().get("n")
            number = None if said is None else read_number(said) or _BY_NUMBER.get(said.lower())
            if number is not None:
                yield CountClaim("founding_member", number, start, match.start("list"), {})


# -- summits --------------------------------------------------------------------

CITIES = {
    "Tianjin": "Тяньцзин(?:ь|е|я|ю|ем)",
    "Shanghai": "Шанха(?:й|е|я|ю|ем)",
    "Astana": f"Астан{_A}|Нур-Султан{_HARD}",
    "Bishkek": f"Бишкек{_HARD}",
    "Dushanbe": "Душанбе",
    "Tashkent": f"Ташкент{_HARD}",
    "Moscow": f"Москв{_A}",
    "Beijing": f"Пекин{_HARD}",
    "Qingdao": "Циндао",
    "Ufa": f"Уф{_A}",
    "Yekaterinburg": f"Екатеринбург{_HARD}",
    "Samarkand": f"Самарканд{_HARD}",
    "Saint Petersburg": f"(?:Санкт-)?Петербург{_HARD}",
    "New Delhi": "Нью-Дели",
}
# A city named only as a country's capital ("в столице Таджикистана прошел саммит"):
# each capital that held an SCO summit, by its country in the genitive.
CAPITALS = {
    "Dushanbe": "Таджикистана",
    "Bishkek": "(?:Кыргызстана|Киргизии|Киргизстана)",
    "Tashkent": "Узбекистана",
    "Astana": "Казахстана",
    "Moscow": "России",
    "Beijing": "(?:Китая|КНР)",
}
_PLACES = tuple(
    rx + (f"|столиц[еыи]\\s+{CAPITALS[city]}" if city in CAPITALS else "")
    for city, rx in CITIES.items()
)
_CITY = "(?:" + "|".join(_PLACES) + r")(?![\w-])"
_WHICH_CITY = re.compile(
    "(?:" + "|".join(f"(?P<c{i}>{rx})" for i, rx in enumerate(_PLACES)) + r")(?![\w-])"
)
_MEETING = (
    # ("государств-членов", "государств – членов": the dash spaced as in official titles)
    r"(?i:саммит\w*|(?:заседани\w+\s+)?Совет\w*\s+глав\s+государств(?:\s?[-–—]\s?член\w*|\S*)"
    # "заседание ШОС в расширенном составе": the heads of state's, in its format's words
    r"|заседани\w+(?=\s+ШОС\s+в\s+(?:расширенном|узком)\s+составе)"
    # "встреча лидеров ШОС": the leaders' meeting, never the ministers' ("встреча министров")
    rf"|встреч[аеиу](?=\s+(?:лидеров|глав\s+государств)\s+(?:стран\s+)?(?:{SCO})))"
)
# who else sat at it, and its format: "... и представителей стран-наблюдателей в расширенном составе"
_FORMAT = (
    r"(?:\s+и\s+(?:представител|глав|делегаци|лидер)\w*(?:\s+[\w-]+){1,3}?)?"
    r"(?:\s+в\s+(?:расширенном|узком)\s+составе)?"
)
_HELD = (
    r"(?:прош[её]л|прошл[аои]|проходил[аио]?|пройд[её]т|состоял\w*|состоится|открыл\w*|завершил\w*|проходит|стартовал\w*"
    r"|проходящ\w*|прошедш\w*|состоявш\w*|открывш\w*|начал(?:ся|ась|ось|ись))"
)
_MONTHS = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# "проходит сейчас в", "пройдет 15-16 сентября в": a time word or a day between the verb and the city
_NOW = (
    r"(?:\s+(?:сейчас|сегодня|ныне|вчера|завтра|в\s+эти\s+дни|на\s+(?:этой|прошлой)\s+неделе"
    r"|(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    rf"|\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\s+{_MONTHS}(?:\s+(?:19|20)\d\d\s+(?:года|г\.))?))?"
)
# the city's country as an adjective ("в китайском Циндао", "в казахстанской столице Астане")
_ADJECTIVE = r"(?:[а-яё]+(?:ом|ой)\s+(?:столиц[еы]\s+)?)?"
_SUMMIT = re.compile(
    rf"{_MEETING}(?:\s+(?:{SCO}|(?:лидеров|глав\s+государств)\s+(?:стран\s+)?(?:{SCO})|организации))?"
    rf"(?:\s*\(ШОС\))?{_FORMAT},?(?:{_NOW}\s+{_HELD}|(?:\s+{_HELD})?{_NOW})\s+(?:в|во)\s+{_ADJECTIVE}{_CITY}"
    # "в Тяньцзине (КНР) пройдет саммит ШОС": the country in brackets after the city
    rf"|(?<![\w-])(?i:в|во)\s+{_ADJECTIVE}{_CITY}(?:\s*\([^()]{{1,20}}\))?\s+(?:{_HELD}\s+)?"
    r"(?:[а-яё]+\s+)?саммит"
    # "в Астане на заседании Совета глав государств", "в Самарканде по итогам саммита"
    rf"|(?<![\w-])(?i:в|во)\s+{_ADJECTIVE}{_CITY}{_NOW},?\s+(?:на|по\s+итогам)\s+{_MEETING}"
    # "в Тяньцзине, где вскоре откроется заседание Совета глав государств"
    rf"|(?<![\w-])(?i:в|во)\s+{_CITY}\s*,\s*где\s+(?:(?:сейчас|сегодня|вскоре|скоро|завтра|вчера)\s+)?"
    rf"(?:{_HELD}|откро\w+|начн[её]тся|начал\w*)\s+{_MEETING}\s+(?:{SCO})"
)
# the coming summit: a word for it, or a verb in the future ("на саммите будет подписан")
_COMING = re.compile(
    r"(?i)предстоящ\w*|будущ\w*|следующ\w*|пройд[её]т|состоится|намечен\w*"
    r"|(?<![\w-])(?:будет|будут|пройдут|состоятся|откроется|начн[её]тся)(?![\w-])"
)


# A summit named by its declaration ("в Нью-Делийской декларации, принятой по итогам
# саммита"): the city's adjective, in a sentence that speaks of a summit or its heads of state.
DECLARED = {
    "New Delhi": "Нью-Делийск",
    "Astana": "Астанинск",
    "Dushanbe": "Душанбинск",
    "Bishkek": "Бишкекск",
    "Tashkent": "Ташкентск",
    "Ufa": "Уфимск",
    "Samarkand": "Самаркандск",
    "Qingdao": "Циндаоск",
    "Tianjin": "Тяньцзиньск",
    "Yekaterinburg": "Екатеринбургск",
    "Moscow": "Московск",
    "Saint Petersburg": "(?:Санкт-)?Петербургск",
}
_DECLARATION = re.compile(
    "(?<![\\w-])(?:"
    + "|".join(f"(?P<d{i}>{rx})" for i, rx in enumerate(DECLARED.values()))
    + ")(?:ая|ой|ую)\\s+деклараци\\w*"
)
_AT_A_SUMMIT = re.compile(r"(?i)саммит\w*|глав\w*\s+государств")
# A summit named by its city's adjective ("на Пекинском саммите", "Астанинский саммит ШОС")
_ADJECTIVES = {**DECLARED, "Beijing": "Пекинск", "Shanghai": "Шанхайск"}
_NAMED_SUMMIT = re.compile(
    "(?<![\\w-])(?:"
    + "|".join(f"(?P<a{i}>{rx})" for i, rx in enumerate(_ADJECTIVES.values()))
    + ")(?:ий|ого|ому|им|ом)\\s+саммит\\w*"
)


def summits(sentence: str, today: str | None) -> Iterator[Claim]:
    """ "саммит ШОС в Тяньцзине": its year in the sentence, else the summit of that city
    nearest the article's date (the judge finds which); a summit named by its declaration."""
    yield from _declared(sentence, today)
    for match in _NAMED_SUMMIT.finditer(sentence):
        if about_sco(RUSSIAN, sentence, match.start()):
            city = list(_ADJECTIVES)[int(str(match.lastgroup)[1:])]
            yield summit_at(RUSSIAN, sentence, match.span(), city, today, reach=60, coming=_COMING)
    for match in _SUMMIT.finditer(sentence):
        if not about_sco(RUSSIAN, sentence, match.start()):
            continue
        which = _WHICH_CITY.search(sentence, match.start(), match.end())
        if which is None:  # pragma: no cover - the summit's pattern holds a city
            continue
        city = list(CITIES)[int(str(which.lastgroup)[1:])]
        yield summit_at(RUSSIAN, sentence, match.span(), city, today, reach=60, coming=_COMING)


def _declared(sentence: str, today: str | None) -> Iterator[Claim]:
    if _AT_A_SUMMIT.search(sentence) is None:
        return
    for match in _DECLARATION.finditer(sentence):
        if not about_sco(RUSSIAN, sentence, match.start()):
            continue
        if not years_near(RUSSIAN, sentence, match.span(), 60):
            continue  # a declaration is dated by its own year, never by the article's date
        city = list(DECLARED)[int(str(match.lastgroup)[1:])]
        yield summit_at(RUSSIAN, sentence, match.span(), city, today, reach=60, coming=_COMING)


# -- leaders ---------------------------------------------------------------------

# Those who speak for a status's states ("лидеры стран ШОС:", "главы государств-членов
# ШОС –"), then a list of people, each "<title> <country> <name>": each item is one
# country of that status (a country without a title before it ends the list).
_LEADERS = (
    r"(?<![\w-])(?i:лидер|глав|руководител|президент|делегаци|представител)\w*\s+(?:{num}\s+)?"
    r"(?:{status}(?:\s+(?:при\s+)?{ref})?|(?i:стран|государств)\s+{sco}(?P<sco_states>))"
    r"\s*(?:[:–—]|\s-)\s*"
)
# Those who speak for a status's states, before the list of their countries
_HEADS = r"(?<![\w-])(?i:лидер|глав|руководител|президент)(?:ы|и|а|ов|ам|ами|ах|ей|ям|ями)?\s+(?:всех\s+)?"
_TITLE = (
    r"(?i:президент|председател|премьер|глав|корол|эмир|султан|министр|вице|заместител|канцлер"
    r"|руководител|генеральн|наследн|принц|шейх|спикер)\w*"
)
# An item: a title, then its words up to the next comma, "и" before the next title, or the
# end (an initial's full stop is part of a name: "В.В. Путин").
_ITEM = re.compile(
    rf"\s*(?:,\s*(?:(?:и|а\s+также)\s+)?|\s(?:и|а\s+также)\s+)?(?P<item>{_TITLE}(?:[^,;.()!?]|(?<=[А-ЯЁ])\.){{0,80}}?)"
    rf"(?=\s*(?:[,;!?]|(?<![А-ЯЁ])\.|$)|\s+(?:и|а\s+также)\s+{_TITLE})"
)
_MOST_ITEMS = 30


def leaders(sentence: str, _today: str | None) -> Iterator[Claim]:
    """ "В саммите участвовали лидеры государств-членов ШОС: президент России ...,
    председатель КНР ...": each titled person's country holds that status."""
    for head in RUSSIAN.compose(_LEADERS).finditer(sentence):
        states = head["sco_states"] is not None
        status = status_of(head) or ("member" if states else None)
        if status is None or not about_sco(RUSSIAN, sentence, head.start()):
            continue
        members, end = _items(sentence, head.end())
        if len(members) < 2 or refused(RUSSIAN, sentence, head.start(), head.end()):
            continue  # one person is no list
        when = timed(RUSSIAN, sentence, head.start(), end)
        group = Group(head.end(), end, tuple(members.items()), False)
        detail: Extra = {} if when is None or status == "founding_member" else {"time": when}
        yield from each(group, "status", status, head.start(), end, (None, None), detail=detail)


# a title in the plural ("президенты Монголии и Ирана"): one item for each country of its list
_PLURAL_TITLE = re.compile(r"(?i)[\w-]+(?:ы|и)(?![\w-])")


def _item_countries(item: str) -> dict[str, str]:
    """The country of an item ("президент России В.В. Путин"), or the countries of a title in
    the plural, when they are one list ("президенты Монголии и Ирана"); none otherwise."""
    found = list(RUSSIAN.country_rx.finditer(item))
    if len(found) == 1:
        return {str(found[0].lastgroup): found[0].group()}
    if len(found) < 2 or not _PLURAL_TITLE.match(item):
        return {}
    listed = RUSSIAN.compose("{list}").match(item, found[0].start())
    if listed is None or listed.end() < found[-1].end():
        return {}
    return {str(m.lastgroup): m.group() for m in found}


def _items(sentence: str, at: int) -> tuple[dict[str, str], int]:
    """The countries of the titled items from `at` (one each), and where the last ends."""
    members: dict[str, str] = {}
    end = at
    for _ in range(_MOST_ITEMS):
        item = _ITEM.match(sentence, end)
        if item is None:
            break
        found = _item_countries(item["item"])
        if not found:
            break  # no country, or two not of one list: no item of this list
        members.update(found)
        end = item.end()
    return members, end


# -- the rules -------------------------------------------------------------------

# "В качестве наблюдателей на саммите ШОС будут участвовать президенты A, B и C", "В качестве
# государств-наблюдателей были приглашены A, B и C": who comes in a status holds it; the future
# or the invitation is of the coming, not of the status
_COMING_IN = (
    r"(?i:в)\s+качестве\s+{status}(?:\s+(?:при\s+)?{ref})?(?:\s+(?:в|на)\s+(?:международн\w+\s+)?"
    r"(?:саммит|заседани|встреч|форум|работ)\w*(?:\s+{sco})?)?\s*,?\s+(?P<verb>(?:будут|были)\s+"
    r"(?:участвовать|присутствовать|приглашены)|примут\s+участие|прибудут|приедут|приглашены)\s+"
    r"(?:(?:делегаци|глав|лидер|представител|руководител|президент)\w*\s+)?{list}"
)


def coming(sentence: str, _today: str | None) -> Iterator[Claim]:
    """The countries told to come, or invited, in a status: that status, the verb's future or
    invitation left out of the guard (a denial stays: "не будут участвовать")."""
    if "качестве" not in sentence:
        return
    for match in RUSSIAN.compose(_COMING_IN).finditer(sentence):
        status = status_of(match)
        start, end = match.span()
        if status is None or not about_sco(RUSSIAN, sentence, start):
            continue
        verb_start, verb_end = match.span("verb")
        masked = sentence[:verb_start] + " " * (verb_end - verb_start) + sentence[verb_end:]
        if refused(RUSSIAN, masked, start, end):
            continue
        group = group_of(RUSSIAN, sentence, *match.span("list"))
        yield from each(group, "status", status, start, end, (None, None))


# right after a status: another body it is held in ("статус наблюдателя в Арктическом совете")
_NOT_OTHERS = (
    r"(?!\s+(?:в|при)\s+(?:[А-ЯЁа-яё]+\s+)?(?:"
    + OTHERS
    + r"|(?i:совет|союз|сообществ|групп|форум|альянс"
    r"|лиг|движени|парламент|комисси)))"
)

RULES: tuple[SentenceRule, ...] = (
    bound(
        RUSSIAN,
        "ru: status, then its list",
        Binding(
            (
                # "наблюдателями в организации состоят A и B"; "статус наблюдателей – это A и B"
                r"{status}(?:\s+(?:при\s+|в\s+)?{ref})?{now}\s*(?:являются|являлись|состоят|состоит|были"
                r"|—|–|:|\(|\s-)\s*:?\s*(?:это\s+)?{list}",
                # "состав ШОС (расширился до 10 членов и) выглядит следующим образом: A, B"
                r"(?i:состав)\s+{ref}[^.;:]{{0,60}}?\s(?:выглядит|выглядел)\s+(?:следующим\s+образом|так)"
                r"\s*[:—–]\s*{list}(?P<member>)",
                # "партнеры по диалогу — 14 стран, среди которых A, B": a count, then some
                # (or all of them, in brackets: "статус партнеров — 14 государств (A, B, ...)")
                r"{status}(?:\s+(?:при\s+|в\s+)?{ref})?{now}\s*(?:—|–|:|\s-)\s*{num}\s+(?:государств|стран)\w*"
                r"(?:\s*,?\s*(?:среди\s+(?:которых|них)|в\s+том\s+числе|включая|а\s+именно)\s*:?|\s*\()"
                r"\s*{list}",
                # "Ее участниками являются A, B": the organisation's participants are its
                # members (a summit's participants are attendees: "участники саммита")
                r"(?<![\w-])(?:[Ее]е\s+участник\w*|[Уу]частник\w*\s+(?:{sco}|организации(?!\s+[А-ЯЁ])))"
                r"{now}\s*(?:являются|являлись|—|–|:)\s*{list}(?P<member>)",
                # "в статусе наблюдателя числится A"
                r"(?i:в)\s+статусе\s+{status}(?:\s+(?:при\s+|в\s+)?{ref})?{now}\s+(?:числится|числятся"
                r"|числил(?:ся|ась|ись)|состоит|состоят|находится|находятся)\s+{list}",
                # "полноправными участниками которого являются 10 стран: A, B, ..."
                r"{status}\s+(?:которой|которого){now}\s+являются(?:\s+{num}\s+(?:государств|стран)\w*)?"
                r"\s*[:—–]?\s*{list}",
                r"[Сс]татус\w*\s+{status}(?:\s+(?:при\s+|в\s+)?{ref})?{now}\s+(?:имеют|обладают|имели|обладали"
                r"|предоставлен[аоы]?)\s+{list}",
                r"(?:имеющ\w+|обладающ\w+)\s+статус\w*\s+{status}\s+{list}",
                r"(?:основан\w*|создан\w*|учрежд[её]н\w*)\s+(?:в\s+\d{{4}}\s+году\s+|\d{{1,2}}\s+\w+\s+\d{{4}}"
                r"\s+года\s+)?(?:лидерами|руководителями|главами\s+государств|государствами|странами)"
                r"\s+(?P<founding_member>){list}",
                # "ШОС основана в 2001 году – Казахстаном, Китаем и Россией": its founders named
                # in the instrumental (the agent), never after "с" ("создана для связей с Китаем")
                r"(?:основан[аоы]?|создан[аоы]?|учрежд[её]н[аоы]?|о\s+создании\s+(?:которой|{sco})"
                r"\s+(?:было\s+)?объявлено)\s(?:(?!\s(?:с|со|между|вместе|наряду)\s)[^.;()]"
                r"|\([^()]{{0,12}}\)){{0,70}}?[\s–—-](?<!\sи\s)(?=[А-ЯЁ][\w-]*(?:ом|ем|ей|ой)(?![\w-]))"
                r"{list}(?P<founding_member>)",
                # "Основали ШОС лидеры шести стран – России, Китая, ...": the founders as the
                # subject after the verb, the countries in the genitive
                r"(?<![\w-])(?:[Оо]сновали|[Сс]оздали|[Уу]чредили)\s+{sco}\s+(?:в\s+\d{{4}}\s+году\s+)?"
                r"(?:лидеры|руководители|главы)\s+(?:\w+\s+)?(?:государств|стран)\s*[–—:-]?\s*"
                r"{list}(?P<founding_member>)",
            )
        ),
        (
            (
                "Государствами-членами ШОС являются Индия, Иран, Казахстан, Китай и Россия.",
                (
                    ("status", "India", "member"),
                    ("status", "Iran", "member"),
                    ("status", "China", "member"),
                ),
            ),
            (
                "ШОС — объединение, полноправными участниками которого являются 10 стран: Россия,"
                " Индия и Китай.",
                (("status", "Russia", "member"), ("status", "India", "member")),
            ),
            (
                "Статус наблюдателей в ШОС в настоящее время имеют Афганистан и Монголия.",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "Членами ШОС являются Китай, Индия (с 2017 года) и Иран (с 2023 года).",
                (("status", "India", "member"), ("status", "Iran", "member")),
            ),
            (
                "Наблюдателями при ШОС являются Афганистан и Монголия.",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "Партнеры ШОС по диалогу — Азербайджан, Армения, Камбоджа и Непал.",
                (
                    ("status", "Cambodia", "dialogue_partner"),
                    ("status", "Nepal", "dialogue_partner"),
                ),
            ),
            (
                "ШОС объединяет 10 государств-членов (Белоруссия, Индия, Иран и Китай).",
                (("status", "Belarus", "member"), ("status", "China", "member")),
            ),
            (
                "Статус наблюдателя при ШОС имеют Афганистан и Монголия.",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "ШОС — организация, основанная в 2001 году лидерами Китая, России и Узбекистана.",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
            (
                "Партнерами по диалогу ШОС являются Азербайджан, Армения и Турция.",
                (
                    ("status", "Azerbaijan", "dialogue_partner"),
                    ("status", "Türkiye", "dialogue_partner"),
                ),
            ),
            (
                "Государствами-наблюдателями в ШОС являются Белоруссия и Монголия.",
                (("status", "Belarus", "observer"), ("status", "Mongolia", "observer")),
            ),
            (  # in the past: judged at the time it describes (`time`), not on the date
                "До того решения статус наблюдателя при ШОС имели Монголия и Афганистан, а"
                " партнерами ШОС по диалогу являлись Египет, Катар и Непал.",
                (
                    ("status", "Mongolia", "observer"),
                    ("status", "Qatar", "dialogue_partner"),
                ),
            ),
            (  # a count, then some of its list after a dash
                "У ШОС сейчас партнеры по диалогу — 14 государств, среди которых Катар, Кувейт"
                " и Бахрейн.",
                (
                    ("status", "Kuwait", "dialogue_partner"),
                    ("status", "Bahrain", "dialogue_partner"),
                ),
            ),
            (  # a count, then all of its list in brackets
                "Партнеры ШОС по диалогу — 3 государства (Катар, Кувейт и Бахрейн).",
                (
                    ("status", "Qatar", "dialogue_partner"),
                    ("status", "Bahrain", "dialogue_partner"),
                ),
            ),
            (  # the organisation's participants are its members
                "Участниками ШОС являются Китай, Россия и Казахстан.",
                (("status", "China", "member"), ("status", "Kazakhstan", "member")),
            ),
            (
                "Кроме того, в статусе наблюдателя при ШОС числится Монголия.",
                (("status", "Mongolia", "observer"),),
            ),
            (
                "В ШОС страны-партнеры - Армения, Непал и Турция.",
                (("status", "Armenia", "partner"), ("status", "Nepal", "partner")),
            ),
            (
                "Кроме того, наблюдателями в ШОС состоят Монголия и Афганистан.",
                (("status", "Mongolia", "observer"), ("status", "Afghanistan", "observer")),
            ),
            (  # a count, then "это" and its list
                "Два государства имеют статус наблюдателя при ШОС – это Монголия и Афганистан.",
                (("status", "Mongolia", "observer"), ("status", "Afghanistan", "observer")),
            ),
            (  # the organisation's make-up, told as "looks as follows"
                "Теперь состав ШОС, выросший до девяти членов, выглядит так: Китай, Россия,"
                " Индия и Иран.",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (  # the founders as the agent, in the instrumental
                "Шанхайская организация сотрудничества была учреждена в 2001 году в Шанхае"
                " Китаем, Россией и Узбекистаном.",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
            (  # a partner named right after the word "status"
                "Статус партнера ШОС в настоящее время имеют Лаос и Мьянма.",
                (("status", "Laos", "partner"), ("status", "Myanmar", "partner")),
            ),
            (  # the founders as the subject after the verb
                "Основали ШОС лидеры шести стран – России, Китая, Казахстана и Таджикистана.",
                (
                    ("status", "Russia", "founding_member"),
                    ("status", "Tajikistan", "founding_member"),
                ),
            ),
            (  # by their official names
                "ШОС, о создании которой было объявлено в июне 2001 года Республикой Казахстан"
                " и Кыргызской Республикой, растет.",
                (
                    ("status", "Kazakhstan", "founding_member"),
                    ("status", "Kyrgyzstan", "founding_member"),
                ),
            ),
        ),
        (
            (  # a delegation's make-up is no membership
                "Состав делегации ШОС выглядит так: Китай, Россия и Индия.",
                (("status", "India", "member"),),
            ),
            (  # "с" + the instrumental: a partner, no founder
                "ШОС создана в 2001 году, а связи с Индией и Ираном пришли позже.",
                (("status", "India", "founding_member"), ("status", "Iran", "founding_member")),
            ),
            (  # another body founded by them
                "ЕАЭС был основан Россией, Казахстаном и Белоруссией, а ШОС раньше.",
                (("status", "Belarus", "founding_member"),),
            ),
            (  # another body's founders, the SCO named after
                "Создали ЕАЭС лидеры трёх стран – России, Белоруссии и Казахстана, не ШОС.",
                (("status", "Belarus", "founding_member"),),
            ),
            (
                "Членами ОДКБ состоят Россия и Армения, в ШОС их нет.",
                (("status", "Armenia", "member"),),
            ),
            (
                "Членами БРИКС являются Китай, Индия и Египет, ШОС тут ни при чем.",
                (("status", "Egypt", "member"),),
            ),
            (  # a summit's participants are its attendees, no members
                "Участниками саммита ШОС являются Туркменистан, Лаос и Китай.",
                (("status", "Laos", "member"), ("status", "Turkmenistan", "member")),
            ),
            (
                "В статусе кандидата в члены ШОС числится Лаос.",
                (("status", "Laos", "member"),),
            ),
            (
                "Участниками форума ШОС являются 10 стран: Россия, Индия и Китай.",
                (("status", "India", "member"),),
            ),
            (  # a status still to be considered
                "Статус партнера ШОС рассмотрят для Лаоса и Мьянмы.",
                (("status", "Laos", "partner"), ("status", "Myanmar", "partner")),
            ),
            (  # another body's partners
                "Статус партнера ЕС имеют Армения и Казахстан, не ШОС.",
                (("status", "Armenia", "partner"),),
            ),
            (
                "Членами ШОС станут Лаос и Камбоджа.",
                (("status", "Laos", "member"), ("status", "Cambodia", "member")),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: a list, then its status",
        Binding(
            (
                r"{list}\s*(?:является|являются|—|–|\s-\s)\s*{status}",
                # "Монголия была первым государством-наблюдателем": in the past, judged then
                r"{list}\s+(?:был[аио]?|были)\s+{ordinal}{status}",
                # "A, B и C имеют статус наблюдателей", "A находится в статусе партнера"
                r"{list}\s+(?:имеет|имеют|имел[аио]?|имели|обладает|обладают|обладал[аио]?|обладали"
                r"|сохраня(?:ет|ют))\s+статус(?:ом)?\s+{status}" + _NOT_OTHERS,
                r"{list}\s+(?:находится|находятся|находил(?:ся|ась|ись)|состоит|состоят|состоял[аи]?"
                r"|оста[её]тся|остаются)\s+в\s+статусе\s+{status}" + _NOT_OTHERS,
                r"{list}\s+(?:участву\w+|представлен\w*)\s+в\s+{sco}\s+в\s+(?:качестве|статусе)\s+{status}",
                # "Белоруссии, которая остаётся всё ещё в статусе наблюдателя"
                r"{list}\s*,\s*котор(?:ый|ая|ое|ые)\s+(?:при\s+этом\s+|сейчас\s+|теперь\s+)?"
                r"(?:является|являются|оста[её]тся|остаются)\s+(?:вс[её]\s+ещ[её]\s+|ещ[её]\s+)?"
                r"(?:в\s+статусе\s+|в\s+качестве\s+)?{status}",
            )
        ),
        (
            (
                "В ШОС говорили о Белоруссии, которая остаётся всё ещё в статусе наблюдателя.",
                (("status", "Belarus", "observer"),),
            ),
            (
                "Индия и Пакистан являются полноправными членами ШОС.",
                (("status", "India", "member"), ("status", "Pakistan", "member")),
            ),
            (
                "Монголия участвует в ШОС в качестве наблюдателя.",
                (("status", "Mongolia", "observer"),),
            ),
            (  # "имеют статус", and a second list after a plain hyphen
                "В ШОС Афганистан, Монголия и Иран имеют статус наблюдателей, Белоруссия и Турция -"
                " партнеры по диалогу.",
                (
                    ("status", "Afghanistan", "observer"),
                    ("status", "Iran", "observer"),
                    ("status", "Belarus", "dialogue_partner"),
                    ("status", "Türkiye", "dialogue_partner"),
                ),
            ),
            (
                "Монголия находится в статусе наблюдателя при ШОС.",
                (("status", "Mongolia", "observer"),),
            ),
            (
                "Монголия была первым государством-наблюдателем в ШОС.",
                (("status", "Mongolia", "observer"),),
            ),
        ),
        (
            (  # another body's status
                "Индия и Китай имеют статус наблюдателей в Арктическом совете, ШОС тут ни при чем.",
                (("status", "India", "observer"), ("status", "China", "observer")),
            ),
            (  # hoped for
                "Иран хочет иметь статус члена ШОС.",
                (("status", "Iran", "member"),),
            ),
            (  # a hypothesis in the past
                "Если бы Турция была членом ШОС, все было бы иначе.",
                (("status", "Türkiye", "member"),),
            ),
            (
                "В ШОС говорили о Белоруссии, которая не является наблюдателем.",
                (("status", "Belarus", "observer"),),
            ),
            (
                "Индия и Пакистан не являются членами ШОС.",
                (("status", "India", "member"), ("status", "Pakistan", "member")),
            ),
            (
                "Китай и Индия являются членами БРИКС, а не только ШОС.",
                (("status", "China", "member"),),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: the SCO is made of a list",
        Binding(
            (
                r"(?i:в)\s+(?:состав\s+)?{ref}{now}\s+(?:входят|входит|входили|входил[аио]?)\s*:?\s*{list}",
                r"(?i:в)\s+(?:е[её]|его)\s+состав{now}\s+(?:входят|входит|входили|входил[аио]?)\s*:?\s*{list}",
                r"{list}\s+(?:входят|входит|входили|входил[аио]?)\s+в\s+(?:состав\s+)?{sco}",
                # "ШОС, основанная в 2001 году, объединяет под собой A, B и C"
                r"{ref}(?:\s*,[^,.;]{{0,60}},)?\s+(?:объединяет|объединяла)(?:\s+под\s+собой|\s+в\s+себе)?"
                r"{now}\s*:?\s*{list}",
                # "в ШОС входят 10 стран, в том числе A, B и C": a count, then some of them
                r"(?:{ref}\s+(?:включает|объединяет|насчитывает|включала|объединяла|насчитывала)|(?i:в)\s+"
                r"(?:состав\s+)?{ref}{now}\s+(?:входят|входит|входили|входил[аио]?))\s+{num}\s+"
                r"(?:государств|стран)\w*\s*(?:,\s*|\s*[—–:]\s*)"
                r"(?:среди\s+(?:которых|них)|в\s+том\s+числе|включая|а\s+именно)?\s*:?\s*{list}",
            ),
            status="member",
        ),
        (
            (
                "В состав ШОС входят Китай, Россия, Казахстан, Киргизия, Таджикистан и Узбекистан.",
                (("status", "China", "member"), ("status", "Kyrgyzstan", "member")),
            ),
            (
                "Индия и Пакистан входят в ШОС.",
                (("status", "India", "member"), ("status", "Pakistan", "member")),
            ),
            (
                "ШОС, созданная в 2001 году, объединяет под собой Китай, Россию, Индию и Иран.",
                (("status", "Russia", "member"), ("status", "Iran", "member")),
            ),
            (  # told of a time before the article's date
                "До саммита в Тяньцзине в ШОС входили Китай, Россия, Индия и Иран.",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (  # a count, then some of its list
                "В ШОС входят 10 государств, в том числе Иран, Китай и Белоруссия.",
                (("status", "Iran", "member"), ("status", "Belarus", "member")),
            ),
        ),
        (
            (
                "Иран и Белоруссия могут войти в ШОС, а в ШОС входят не все соседи.",
                (("status", "Iran", "member"), ("status", "Belarus", "member")),
            ),
            (
                "В ОДКБ входят Россия и Армения, которые сотрудничают и с ШОС.",
                (("status", "Armenia", "member"),),
            ),
            (
                "До 2015 года в ЕАЭС входили Россия и Армения, а ШОС их не касалась.",
                (("status", "Armenia", "member"),),
            ),
            (
                "ШОС объединяет усилия Индии и Китая против терроризма.",
                (("status", "India", "member"),),
            ),
            (
                "ЕАЭС объединяет под собой Россию, Армению и Казахстан, а ШОС - другие страны.",
                (("status", "Armenia", "member"),),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: a heading, then its list",
        Binding((LISTED,)),
        (
            (
                "Государства-члены ШОС: - Китай - Россия - Индия",
                (("status", "China", "member"), ("status", "India", "member")),
            ),
            (
                "Наблюдатели ШОС (2): • Афганистан • Монголия",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
        ),
        (
            (
                "Члены БРИКС: - Китай - Россия - Египет",
                (("status", "Egypt", "member"), ("status", "China", "member")),
            ),
            (
                "Кандидаты в члены ШОС: - Лаос - Камбоджа",
                (("status", "Laos", "member"),),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: a list joins",
        Binding(
            (
                r"{list}\s+(?:официально\s+|в\s+\d{{4}}\s+году\s+)?(?:стал[аои]?|стали)\s+{ordinal}{status}",
                r"{status}(?:\s+{sco})?(?:\s+в\s+\d{{4}}\s+году)?\s+(?:стал[аои]?|стали)\s+{list}",
                r"{list}\s+(?:официально\s+|в\s+\d{{4}}\s+году\s+)?получил[аои]?"
                r"(?:\s+в\s+\d{{4}}\s+году)?\s+статус\w*\s+{status}",
                r"(?:предоставлени\w+|предостав\w+|присвоени\w+|присвои\w+)\s+{list}\s+статус\w*\s+{status}",
                # "Беларусь участвовала в ШОС с 2010 года в статусе партнера по диалогу"
                r"{list}\s+(?:участвовал\w*|участву\w+)\s+в\s+{sco}\s+с\s+\d{{4}}\s+(?:года|г\.)\s+"
                r"в\s+(?:статусе|качестве)\s+{status}",
            ),
            kind="joined",
        ),
        (
            (
                "Индия и Пакистан стали полноправными членами ШОС в 2017 году.",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            (
                "В 2024 году полноправным членом ШОС стала Белоруссия.",
                (("joined", "Belarus", "member"),),
            ),
            (
                "Монголия получила статус наблюдателя при ШОС в 2004 году.",
                (("joined", "Mongolia", "observer"),),
            ),
            (  # its place among the members
                "Беларусь стала десятым полноправным членом ШОС.",
                (("joined", "Belarus", "member"),),
            ),
            (  # since when it took part in that status
                "Беларусь участвовала в ШОС с 2010 года в статусе партнера по диалогу.",
                (("joined", "Belarus", "dialogue_partner"),),
            ),
            (
                "ШОС приняла решение о предоставлении Лаосской Народно-Демократической Республике"
                " статуса партнера ШОС по диалогу.",
                (("joined", "Laos", "dialogue_partner"),),
            ),
        ),
        (
            (
                "Лаос в будущем может стать полноправным членом ШОС.",
                (("joined", "Laos", "member"),),
            ),
            (
                "Индия и Пакистан станут членами ШОС в 2017 году.",
                (("joined", "India", "member"),),
            ),
            (  # an important partner is no status
                "Турция стала важным партнером ШОС в регионе.",
                (("joined", "Türkiye", "partner"),),
            ),
            (
                "Предполагается, что лидеры примут решение о предоставлении Белоруссии статуса"
                " партнера ШОС по диалогу.",
                (("joined", "Belarus", "dialogue_partner"),),
            ),
            (  # the foreign ministers' decision: a recommendation to the heads of state
                "Главы МИД стран ШОС на встрече в Тяньцзине решили предоставить Камбодже"
                " статус партнера ШОС.",
                (("joined", "Cambodia", "partner"), ("joined", "Cambodia", "dialogue_partner")),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: a list enters",
        Binding(
            (
                r"{list}\s+(?:официально\s+|в\s+\d{{4}}\s+году\s+)?(?:вступил[аои]?|вош[её]л"
                r"|вошл[аои]|присоединил\w*|(?:был[аио]?\s+)?принят[аы]?)\s+(?:в|к)\s+"
                r"(?:состав\s+|члены\s+)?{sco}",
            ),
            kind="joined",
            status="member",
        ),
        (
            (
                "Иран вступил в ШОС в 2023 году.",
                (("joined", "Iran", "member"),),
            ),
            (
                "Индия и Пакистан были приняты в ШОС на саммите в Астане.",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
        ),
        (
            (
                "Иран не вступил в ШОС в 2010 году.",
                (("joined", "Iran", "member"),),
            ),
            (
                "Иран вступил в ОДКБ в 2023 году, а не в ШОС.",
                (("joined", "Iran", "member"),),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: states attending in a status",
        Binding(
            (
                # "в качестве наблюдателей на саммите ШОС присутствовали (делегации) A и B": a
                # meeting's attendance in a status is that status; elsewhere ("наблюдателями на
                # выборах") it is none
                r"(?i:в)\s+качестве\s+{status}(?:\s+(?:при\s+)?{ref})?(?:\s+(?:в|на)\s+(?:саммит|заседани|встреч"
                r"|работ)\w*(?:\s+{sco})?)?\s*,?\s+(?:участвовал\w*|участву\w+|присутствовал\w*|присутству\w+"
                r"|(?:приняли|принимают|принимали)\s+участие)\s+(?:(?:делегаци|глав|лидер|представител"
                r"|руководител)\w*\s+)?{list}",
            ),
        ),
        (
            (
                "В качестве наблюдателей в саммите ШОС участвовали Монголия и Афганистан.",
                (("status", "Mongolia", "observer"), ("status", "Afghanistan", "observer")),
            ),
            (
                "На заседании ШОС в качестве партнеров по диалогу присутствуют главы Азербайджана,"
                " Армении и Камбоджи.",
                (
                    ("status", "Azerbaijan", "dialogue_partner"),
                    ("status", "Cambodia", "dialogue_partner"),
                ),
            ),
        ),
        (
            (  # observers of something else
                "В качестве наблюдателей на выборах присутствовали представители ШОС из Китая и"
                " России.",
                (("status", "China", "observer"), ("status", "Russia", "observer")),
            ),
            (  # guests hold no status
                "В саммите ШОС в качестве гостей участвовали Туркменистан и Лаос.",
                (("status", "Laos", "observer"), ("status", "Turkmenistan", "observer")),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: the leaders of the states in it, then their countries",
        Binding(
            (
                # "лидеры стран, входящих в организацию: России, Казахстана": its members (a
                # status's leaders with a colon, "лидеры государств-членов: A, B", are read
                # by "ru: status, then its list"; people named by title, by the leaders' rule)
                rf"{_HEADS}(?:{{num}}\s+)?(?i:стран|государств)\w*\s*,\s*(?:входящих|состоящих)\s+в\s+"
                r"(?:организаци\w+\s+)?(?:{ref})(?:\s+в\s+качестве\s+член\w+)?\s*,?\s*(?:[:(–—]|\s-)\s*{list}(?P<member>)",
            ),
        ),
        (
            (
                "Для саммита ШОС в Астану приедут лидеры стран, входящих в организацию: Индии,"
                " Таджикистана и Китая.",
                (("status", "India", "member"), ("status", "Tajikistan", "member")),
            ),
            (
                "В Бишкек съехались главы государств, входящих в ШОС (Китая, России, Индии и"
                " Ирана).",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (
                "Совещались руководители всех десяти стран, состоящих в ШОС, – Белоруссии, Ирана"
                " и России.",
                (("status", "Belarus", "member"), ("status", "Iran", "member")),
            ),
        ),
        (
            (  # another body's members, through their leaders
                "Лидеры стран, входящих в ОДКБ: России, Армении и Белоруссии, обсудили ШОС.",
                (("status", "Armenia", "member"), ("status", "Belarus", "member")),
            ),
            (  # the guests of a summit hold no status
                "На саммит ШОС приедут лидеры стран-гостей: Туркменистана и Азербайджана.",
                (("status", "Turkmenistan", "member"), ("status", "Azerbaijan", "member")),
            ),
            (  # the members' leaders and other guests: the list is not theirs alone
                "Лидеры государств-членов ШОС и приглашенных стран: Туркменистана и Лаоса.",
                (("status", "Turkmenistan", "member"), ("status", "Laos", "member")),
            ),
            (  # countries that hope to join
                "Лидеры стран, желающих вступить в ШОС: Лаоса и Мьянмы, приехали в Тяньцзинь.",
                (("status", "Laos", "member"), ("status", "Myanmar", "member")),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: a joining told as a noun, after a decision",
        Binding(
            (
                # "лидеры утвердили ... присоединение A и B к ШОС в качестве партнеров по
                # диалогу": the noun alone is no joining ("обсуждается присоединение"); a
                # decision taken in the past before it is
                r"(?<![\w-])(?:утвердил\w*|одобрил\w*|подписал\w*|приняли|оформил\w*)(?![\w-])"
                r"[^.;]{{0,160}}?(?<![\w-])(?:присоединени[еяю]|вступлени[еяю]|при[её]м)\s+{list}"
                r"\s+(?:к|в)\s+(?:состав\s+)?{sco}\s+в\s+(?:качестве|статусе)\s+{status}",
            ),
            kind="joined",
        ),
        (
            (
                "На встрече в Астане главы государств утвердили присоединение Непала и Камбоджи к"
                " ШОС в качестве партнеров по диалогу.",
                (
                    ("joined", "Nepal", "dialogue_partner"),
                    ("joined", "Cambodia", "dialogue_partner"),
                ),
            ),
        ),
        (
            (  # discussed, not decided
                "На встрече обсуждалось присоединение Лаоса к ШОС в качестве партнера по диалогу.",
                (("joined", "Laos", "dialogue_partner"),),
            ),
            (  # a procedure started is no joining
                "Лидеры утвердили начало процедуры, а присоединение Ирана к ШОС в качестве члена"
                " ожидается позже.",
                (("joined", "Iran", "member"),),
            ),
        ),
    ),
    SentenceRule(
        "ru: states coming in a status, told in the future or as invited",
        coming,
        (
            (
                "В качестве наблюдателей на саммите ШОС будут участвовать президенты Афганистана,"
                " Беларуси и Монголии.",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "В качестве государств-наблюдателей на саммит ШОС были приглашены Иран и Белоруссия.",
                (("status", "Iran", "observer"), ("status", "Belarus", "observer")),
            ),
        ),
        (
            (  # observers of something else
                "В качестве наблюдателей на выборах будут участвовать представители ШОС из Китая.",
                (("status", "China", "observer"),),
            ),
            (  # denied
                "В качестве наблюдателей на саммите ШОС не будут участвовать президенты Ирана и"
                " Монголии.",
                (("status", "Iran", "observer"),),
            ),
            (  # guests hold no status
                "В качестве гостей на саммит ШОС приглашены Туркменистан и Лаос.",
                (("status", "Laos", "observer"), ("status", "Turkmenistan", "observer")),
            ),
        ),
    ),
    SentenceRule(
        "ru: the leaders of a status's states, each by title and country",
        leaders,
        (
            (
                "В саммите участвовали лидеры государств-членов ШОС: президент России В.В. Путин,"
                " председатель КНР Си Цзиньпин и премьер-министр Индии Нарендра Моди.",
                (
                    ("status", "Russia", "member"),
                    ("status", "China", "member"),
                    ("status", "India", "member"),
                ),
            ),
            (
                "На встречу прибыли главы государств-наблюдателей при ШОС – президент Монголии и"
                " президент Ирана.",
                (("status", "Mongolia", "observer"), ("status", "Iran", "observer")),
            ),
            (  # a title in the plural, for a list of countries
                "На встрече были представители стран-наблюдателей при ШОС - президенты Монголии и"
                " Ирана, а также министр иностранных дел Пакистана.",
                (
                    ("status", "Mongolia", "observer"),
                    ("status", "Iran", "observer"),
                    ("status", "Pakistan", "observer"),
                ),
            ),
            (  # "the SCO's countries": its members
                "За столом собрались лидеры стран ШОС: президент Казахстана, президент Киргизии и"
                " председатель КНР.",
                (("status", "Kazakhstan", "member"), ("status", "Kyrgyzstan", "member")),
            ),
        ),
        (
            (  # guests are no status
                "Приехали лидеры стран ШОС: президент Казахстана, а гостями были президент"
                " Турции, генсек ООН.",
                (("status", "Türkiye", "member"),),
            ),
            (  # a title in the singular with two countries: no item of the list
                "Прибыли главы государств-наблюдателей при ШОС – президент Монголии и Ирана"
                " Ли, президент Индии.",
                (("status", "Iran", "observer"), ("status", "India", "observer")),
            ),
            (  # another body's leaders
                "Лидеры стран БРИКС: президент Бразилии, председатель КНР и президент Египта.",
                (("status", "Egypt", "member"), ("status", "China", "member")),
            ),
            (  # a list of the SCO's partners' leaders, not of its members
                "Прибыли лидеры стран ШОС и партнеров по диалогу: президент Турции и президент"
                " Египта.",
                (("status", "Türkiye", "member"), ("status", "Egypt", "member")),
            ),
        ),
    ),
    SentenceRule(
        "ru: the founders, who signed the declaration of its creation",
        signed,
        (
            (
                "Декларация о создании ШОС была подписана в Шанхае в июне 2001 года шестью"
                " странами - Россией, Китаем, Казахстаном, Кыргызстаном, Таджикистаном и"
                " Узбекистаном.",
                (
                    ("status", "Russia", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                    ("count", "founding_member", 6),
                    ("founding", "SCO", 2001),
                ),
            ),
            (
                "Декларацию о создании ШОС подписали главы шести государств: России, Китая,"
                " Казахстана, Киргизии, Таджикистана и Узбекистана.",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Kyrgyzstan", "founding_member"),
                    ("count", "founding_member", 6),
                ),
            ),
            (
                "ШОС отмечает годовщину подписания главами России, Китая, Киргизии и"
                " Таджикистана Декларации о ее создании.",
                (
                    ("status", "Russia", "founding_member"),
                    ("status", "Tajikistan", "founding_member"),
                ),
            ),
            (
                "В 2001 году Казахстан, Китай и Россия подписали Декларацию о создании ШОС.",
                (
                    ("status", "Kazakhstan", "founding_member"),
                    ("status", "China", "founding_member"),
                ),
            ),
        ),
        (
            (  # another body's declaration
                "Декларацию о создании ЕАЭС подписали Россия, Белоруссия и Казахстан, ШОС старше.",
                (("status", "Belarus", "founding_member"), ("status", "Russia", "founding_member")),
            ),
            (  # another document of the SCO: who signed it are no founders
                "Декларацию о вступлении Ирана в ШОС подписали главы государств Индии и Китая.",
                (("status", "India", "founding_member"), ("status", "China", "founding_member")),
            ),
            (  # an anniversary of the declaration: no founding that year
                "В 2021 году отметили 20-летие подписания Декларации о создании ШОС.",
                (("founding", "SCO", 2021),),
            ),
        ),
    ),
    SentenceRule(
        "ru: a status in apposition",
        appositive,
        (
            (
                "Иран, полноправный член ШОС, выступил с заявлением.",
                (("status", "Iran", "member"),),
            ),
            (
                "Монголия, наблюдатель в ШОС с 2004 года, направила делегацию.",
                (("status", "Mongolia", "observer"),),
            ),
            (
                "Индия и Пакистан, государства-члены ШОС, провели учения.",
                (("status", "India", "member"), ("status", "Pakistan", "member")),
            ),
        ),
        (
            (  # an enumeration: the status may be a new item
                "На саммит приехали Китай, Россия, наблюдатели ШОС, гости.",
                (("status", "China", "observer"), ("status", "Russia", "observer")),
            ),
            (  # a singular status: the last country's only
                "Переговоры провели Турция, Египет, Иран, полноправный член ШОС, и Китай.",
                (("status", "Türkiye", "member"), ("status", "Egypt", "member")),
            ),
            (  # another body's
                "Египет, член БРИКС, сотрудничает с ШОС.",
                (("status", "Egypt", "member"),),
            ),
            (  # a candidate is no member
                "Лаос, кандидат в члены ШОС, прислал делегацию.",
                (("status", "Laos", "member"),),
            ),
        ),
    ),
    SentenceRule(
        "ru: every country of the SCO, before a breakdown by status",
        every_country,
        (
            (
                "Сейчас ШОС состоит из 26 стран – 10 государств-членов, двух наблюдателей и 14"
                " партнеров по диалогу.",
                (("count", "country", 26), ("count", "member", 10)),
            ),
        ),
        (
            (  # no breakdown: the members
                "ШОС включает 10 государств, и все они в Азии.",
                (("count", "country", 10),),
            ),
            (
                "БРИКС состоит из 11 стран – 10 членов и одного партнера.",
                (("count", "country", 11),),
            ),
        ),
    ),
    SentenceRule(
        "ru: a count told by ellipsis",
        elliptic,
        (
            (
                "В ШОС входят десять стран, ещё две — наблюдатели.",
                (("count", "member", 10), ("count", "observer", 2)),
            ),
            ("В БРИКС входят одиннадцать стран, а в ШОС — десять.", (("count", "member", 10),)),
        ),
        (
            (  # another body's count is none of the SCO's
                "В ШОС входят десять стран, а в БРИКС — одиннадцать.",
                (("count", "member", 11),),
            ),
            ("В БРИКС входят одиннадцать стран, а в ШОС — десять.", (("count", "member", 11),)),
            (  # a hope
                "В ШОС входят десять стран, ещё две хотят стать наблюдателями.",
                (("count", "observer", 2),),
            ),
        ),
    ),
    SentenceRule(
        "ru: counts",
        _counts(
            # "у ШОС было два наблюдателя": told in the past (before the plain count below,
            # which would read the same words of the article's date)
            r"(?<![\w-])(?:(?:[Уу]|[Вв])\s+{ref}\s+)?(?P<earlier>было|были)\s+(?:(?:у|в)\s+{ref}\s+)?"
            r"{num}\s+{status}",
            # "ШОС начинала с шести членов": its first count, before the article's date
            r"(?<![\w-])(?P<earlier>(?:начинал[аио]?|начала|начинались|начали|стартовал[аио]?)"
            r"(?:\s+свою\s+(?:работу|деятельность|историю))?\s+с)\s+{num}\s+{status}",
            # (not "16 наблюдателей и партнеров по диалогу": the sum of two statuses)
            r"{num}\s+{status}(?!\s*(?:,|и|или|/)\s*(?:государств\w*[\s-]+)?(?:член|наблюдател|партн[её]р"
            r"|диалогов))",
            # "ШОС включает 10 государств", "в ШОС входят восемь стран": the members
            r"(?:{ref}\s+(?:включает|объединяет|насчитывает|состоит\s+из|включала|объединяла"
            r"|насчитывала|состояла\s+из)|(?i:в)\s+(?:состав\s+)?{ref}{now}\s+(?:входят|входит"
            r"|входили|входил[аио]?))"
            # (not "из 26 стран – 10 государств-членов, 2 наблюдателей ...": all of them, counted
            # by status after it)
            r"{now}\s+{num}\s+(?:государств|стран)(?P<member>)(?![\w-])"
            r"(?!\s*(?:—|–|-|:|\()\s*(?:\d{{1,2}}|\w+)\s+(?:государств\w*[\s-]+член|член|наблюдател|партн))",
            r"{status}\s+(?:которой|которого){now}\s+являются\s+{num}\s+(?:государств|стран)",
            # "число государств-членов ШОС выросло с шести до восьми": both, at the time of the
            # change (before the article's date: a change told is no count of today)
            r"(?:[Чч]исл\w+|[Кк]оличеств\w+)\s+{status}(?:\s+{ref})?\s+(?:выросл\w*|увеличил\w*|возросл\w*)"
            r"\s+(?P<earlier>с\s+{num})(?=\s+до\s)",
            r"(?:[Чч]исл\w+|[Кк]оличеств\w+)\s+{status}(?:\s+{ref})?\s+(?P<earlier>(?:выросл\w*|увеличил\w*"
            r"|возросл\w*)(?:\s+с\s+\S+)?\s+до)\s+{num}",
            # "партнеры по диалогу — 14 стран"
            r"{status}(?:\s+(?:при\s+|в\s+)?{ref})?{now}\s*(?:—|–|:|\s-)\s*{num}\s+(?:государств|стран)",
            # "Основали ШОС лидеры шести стран": its founders' count
            r"(?<![\w-])(?:[Оо]сновали|[Сс]оздали|[Уу]чредили)\s+{sco}\s+(?:в\s+\d{{4}}\s+году\s+)?"
            r"(?:лидеры|руководители|главы)\s+{num}\s+(?:государств|стран)(?![\w-])(?P<founding_member>)",
            # "два государства имеют статус наблюдателя"
            r"{num}\s+(?:государств|стран)\w*\s+(?:имеют|имели|обладают|обладали)\s+статус\w*\s+{status}",
        ),
        (
            ("В ШОС входят 10 государств-членов.", (("count", "member", 10),)),
            ("У ШОС два государства-наблюдателя.", (("count", "observer", 2),)),
            ("У ШОС 14 партнеров по диалогу.", (("count", "dialogue_partner", 14),)),
            ("Партнеры ШОС по диалогу — 14 государств.", (("count", "dialogue_partner", 14),)),
            (
                "Тогда число государств-членов ШОС выросло с шести до восьми.",
                (("count", "member", 6), ("count", "member", 8)),
            ),
            ("ШОС включает 10 государств.", (("count", "member", 10),)),
            (
                "Основали ШОС лидеры шести стран – России, Китая и Казахстана.",
                (("count", "founding_member", 6),),
            ),
            (
                "Еще три страны имеют статус наблюдателя при ШОС.",
                (("count", "observer", 3),),
            ),
            ("Теперь в ШОС входят восемь государств.", (("count", "member", 8),)),
            ("В ШОС 10 государств-членов и 16 наблюдателей.", (("count", "observer", 16),)),
            ("ШОС начинала с шести членов.", (("count", "member", 6),)),
            (  # told in the past, or framed before the date: judged then (`time`)
                "До саммита в Тяньцзине у ШОС было два наблюдателя.",
                (("count", "observer", 2),),
            ),
            ("На момент основания в ШОС входили шесть государств.", (("count", "member", 6),)),
            (
                "ШОС — объединение, полноправными участниками которого являются 10 стран.",
                (("count", "member", 10),),
            ),
        ),
        (
            ("В ООН 193 государства-члена, в ШОС меньше.", (("count", "member", 193),)),
            (
                "Сейчас ШОС состоит из 26 стран – 10 государств-членов, двух наблюдателей и 14"
                " партнеров по диалогу.",
                (("count", "member", 26),),
            ),
            ("В БРИКС 10 членов, ШОС больше.", (("count", "member", 10),)),
            ("До расширения в БРИКС входили пять стран, ШОС больше.", (("count", "member", 5),)),
            ("ЕАЭС включает 5 государств, ШОС больше.", (("count", "member", 5),)),
            (
                "Две страны имеют статус наблюдателя при ООН, а не при ШОС.",
                (("count", "observer", 2),),
            ),
            (
                "Путин встретился с лидерами остальных 9 государств-членов ШОС.",
                (("count", "member", 9),),
            ),
            (  # the sum of two statuses is neither's count
                "В ШОС 10 государств-членов и 16 наблюдателей и партнеров по диалогу.",
                (("count", "observer", 16),),
            ),
            (  # the founders the Shanghai Five counts are its own
                "«Шанхайская пятерка» стала ШОС после присоединения Узбекистана к пяти"
                " государствам-основателям.",
                (("count", "founding_member", 5),),
            ),
        ),
    ),
    SentenceRule(
        "ru: founding",
        founding,
        (
            ("ШОС была создана в 2001 году в Шанхае.", (("founding", "SCO", 2001),)),
            (
                "ШОС — это организация, о создании которой было объявлено летом 2001 года.",
                (("founding", "SCO", 2001),),
            ),
            (
                "Шанхайская организация сотрудничества, основанная 15 июня 2001 года, растет.",
                (("founding", "SCO", 2001),),
            ),
            (
                "В 1996 году сложилась «Шанхайская пятерка», в 2001 году преобразованная в ШОС.",
                (("founding", "Shanghai Five", 1996),),
            ),
            (
                "«Шанхайская пятерка» основана в результате подписания в 1996—1997 годах соглашений.",
                (("founding", "Shanghai Five", 1996),),
            ),
            (  # a year opening the sentence, past a long list of founders
                "В 1996 году Китай, Россия, Казахстан, Киргизия и Таджикистан создали Шанхайскую"
                " пятерку.",
                (("founding", "Shanghai Five", 1996),),
            ),
        ),
        (
            (
                "В 1996 году сложилась «Шанхайская пятерка», в 2001 году преобразованная в ШОС.",
                (("founding", "SCO", 1996), ("founding", "Shanghai Five", 2001)),
            ),
            ("БРИКС был основан в 2006 году, ШОС старше.", (("founding", "SCO", 2006),)),
            (
                "БРИКС — объединение, о создании которого было объявлено в 2006 году; ШОС старше.",
                (("founding", "SCO", 2006),),
            ),
            (
                "«Шанхайская пятерка» основана в результате подписания в 1996—1997 годах соглашений.",
                (("founding", "Shanghai Five", 1997),),
            ),
            (  # the year of a new statement after it, and the opening year past it
                "В 1996 году Китай, Россия, Казахстан, Киргизия и Таджикистан создали Шанхайскую"
                " пятерку, а в 2001 году к ним присоединился Узбекистан и была основана ШОС.",
                (("founding", "Shanghai Five", 2001), ("founding", "SCO", 1996)),
            ),
            (  # a body of the SCO, named by it in the genitive
                "Деловой совет ШОС, созданный в 2006 году, провел заседание.",
                (("founding", "SCO", 2006),),
            ),
            (
                "Контактная группа ШОС — Афганистан создана в 2005 году.",
                (("founding", "SCO", 2005),),
            ),
            ("Секретариат ШОС учрежден в 2004 году.", (("founding", "SCO", 2004),)),
            (  # what the SCO got
                "В 2004 году при ШОС был создан секретариат. В 2009 году у ШОС появились партнеры.",
                (("founding", "SCO", 2004), ("founding", "SCO", 2009)),
            ),
        ),
    ),
    SentenceRule(
        "ru: summits",
        summits,
        (
            ("Саммит ШОС в Тяньцзине прошел в 2025 году.", (("summit", "Tianjin", 2025),)),
            (
                "31 августа - 1 сентября 2025 г. в Тяньцзине (КНР) пройдет саммит ШОС.",
                (("summit", "Tianjin", 2025),),
            ),
            ("В 2019 году саммит ШОС прошел в Бишкеке.", (("summit", "Bishkek", 2019),)),
            (
                "Участники саммита Шанхайской организации сотрудничества (ШОС), проходящего в"
                " Тяньцзине в 2025 году, приняли решение.",
                (("summit", "Tianjin", 2025),),
            ),
            (
                "Саммит ШОС в Самарканде открылся 15 сентября 2022 года.",
                (("summit", "Samarkand", 2022),),
            ),
            (  # named by its declaration
                "Это записано в Астанинской декларации, принятой на саммите ШОС в 2024 году.",
                (("summit", "Astana", 2024),),
            ),
            (  # the council's full title, its verb in the neuter
                "Очередное заседание Совета глав государств-членов ШОС прошло в Бишкеке в 2019"
                " году.",
                (("summit", "Bishkek", 2019),),
            ),
            (  # its format, who else sat at it, a weekday
                "Заседание Совета глав государств-членов ШОС и глав государств-наблюдателей в"
                " расширенном составе началось в среду в Ташкенте в 2004 году.",
                (("summit", "Tashkent", 2004),),
            ),
            (  # the official title, its dash spaced, the city in the prepositional
                "Заседание Совета глав государств – членов ШОС в Астане прошло 4 июля 2024 года.",
                (("summit", "Astana", 2024),),
            ),
            (
                "Заседание ШОС в расширенном составе открылось в Бишкеке в 2019 году.",
                (("summit", "Bishkek", 2019),),
            ),
            (  # the city first, then "где" and the meeting
                "Делегации собрались в Самарканде, где сегодня открылось заседание Совета глав"
                " государств ШОС.",
                (("summit", "Samarkand", None),),
            ),
            (  # a day between the verb and the city; dated by the article's date (the coming one)
                "Саммит ШОС пройдет 3-4 июля в Астане.",
                (("summit", "Astana", None),),
            ),
            (  # the city with its country's adjective, the verb in the past imperfective
                "Год назад, когда саммит ШОС проходил в узбекском Самарканде, Лукашенко тоже"
                " приезжал.",
                (("summit", "Samarkand", None),),
            ),
            (  # the capital's adjective and the word "capital"
                "Саммит ШОС прошел в казахстанской столице Астане в 2017 году.",
                (("summit", "Astana", 2017),),
            ),
            (  # the leaders' meeting, the year opening the sentence
                "В 2013 году председателем стал Кыргызстан, и встреча лидеров ШОС прошла в Бишкеке.",
                (("summit", "Bishkek", 2013),),
            ),
            (  # the city named only as a country's capital
                "В июне 2012 года в столице Китая прошел саммит ШОС.",
                (("summit", "Beijing", 2012),),
            ),
            (  # named by its city's adjective
                "На Уфимском саммите ШОС в 2015 году было решено начать прием Индии.",
                (("summit", "Ufa", 2015),),
            ),
            (  # the city, then the council at which something was signed
                "Меморандум подписали в Ташкенте на заседании Совета глав государств – членов ШОС"
                " в 2016 году.",
                (("summit", "Tashkent", 2016),),
            ),
        ),
        (
            ("Саммит БРИКС в Казани и ШОС в 2024 году.", (("summit", "Astana", 2024),)),
            ("В 2019 году саммит ШОС прошел в Бишкеке.", (("summit", "Bishkek", 2025),)),
            (  # the heads of government's meeting, in its format
                "Заседание Совета глав правительств ШОС в расширенном составе открылось в Бишкеке"
                " в 2019 году.",
                (("summit", "Bishkek", 2019),),
            ),
            (  # another body's meeting in that city
                "Делегации ШОС собрались в Москве, где сегодня открылось заседание Совета глав"
                " государств СНГ.",
                (("summit", "Moscow", None),),
            ),
            (  # a declaration of another body, or with no summit in the sentence
                "Ташкентская декларация СНГ была принята главами государств в 1996 году, ШОС позже.",
                (("summit", "Tashkent", 1996),),
            ),
            ("ШОС упомянула Московскую декларацию 2003 года.", (("summit", "Moscow", 2003),)),
            (  # the ministers' meeting is no summit
                "Встреча министров иностранных дел ШОС пройдет в Бишкеке в 2019 году.",
                (("summit", "Bishkek", 2019),),
            ),
            (  # another body's summit in a city with an adjective
                "Саммит БРИКС проходил в российской Казани, а лидеры ШОС встречались в 2024 году.",
                (("summit", "Kazan", 2024),),
            ),
            (  # another body's summit named by its city's adjective
                "Пекинский саммит АТЭС в 2014 году обсуждал и ШОС.",
                (("summit", "Beijing", 2014),),
            ),
            (  # a meeting at which the heads of government sat, in that capital
                "В столице Таджикистана прошло заседание Совета глав правительств ШОС в 2016 году.",
                (("summit", "Dushanbe", 2016),),
            ),
            (  # no year of its own: a declaration is never dated by the article's date
                "Главы государств ШОС напомнили о Ташкентской декларации и «Стратегии до 2025 года».",
                (("summit", "Tashkent", 2025), ("summit", "Tashkent", None)),
            ),
        ),
    ),
)

# "наряду с A и B" beside a status or a joining of the SCO ("Беларусь стала членом ШОС наряду
# с Индией и Ираном", "Наряду с Китаем и Россией в ШОС входят ...", "Россия наряду с Китаем
# является членом ШОС"): A and B hold that status too. The rules above read the sentence with
# those words blanked (the offsets kept); a claim right beside them gives them its status, at
# its time: a joining's year, else before the article's date ("Иран получил статус
# наблюдателя наряду с Индией": India held it then, perhaps no longer).
_ALONGSIDE = r"(?<![\w-])[Нн]аряду\s+со?\s+{list}"
_BESIDE = re.compile(
    rf"(?:[\s,]+|(?:(?:в|при)\s+)?(?:{SCO})|в\s+(?:19|20)\d\d\s+(?:году|г\.)){{0,6}}"
)


def alongside(sentence: str, today: str | None) -> Iterator[Claim]:
    """The countries "наряду с" names, with the status of the claim beside them."""
    if "аряду" not in sentence:
        return
    for match in RUSSIAN.compose(_ALONGSIDE).finditer(sentence):
        a, b = match.span()
        blanked = sentence[:a] + " " * (b - a) + sentence[b:]
        group = group_of(RUSSIAN, sentence, *match.span("list"))
        for rule in _ONE_SENTENCE:
            for claim in rule.read(blanked, today):
                yield claim
                if _beside(sentence, claim, a, b):
                    yield from _alike(claim, group, a, b)


def _beside(sentence: str, claim: Claim, a: int, b: int) -> bool:
    """The words "наряду с ..." at [a, b) stand right before the claim, inside it, or right
    after it (past the SCO's name)."""
    if claim.kind not in ("status", "joined"):
        return False
    if claim.start <= a and b <= claim.end:
        return True
    if b <= claim.start:
        return sentence[b : claim.start].strip(" ,—–-") == ""
    return claim.end <= a and _BESIDE.fullmatch(sentence, claim.end, a) is not None


def _alike(claim: Claim, group: Group, a: int, b: int) -> Iterator[Claim]:
    """The claim's status for the countries beside it, at the claim's time."""
    start, end = min(a, claim.start), max(b, claim.end)
    detail: Extra = {}
    if isinstance(claim, JoinedClaim):
        if "tense" in claim.detail or claim.value == "founding_member":
            return  # a grant decided, not made: the others' status is not told
        detail = {"time": claim.detail["year"] or "наряду с"}
    elif isinstance(claim, StatusClaim) and "time" in claim.detail:
        detail = {"time": claim.detail["time"]}
    yield from each(group, "status", str(claim.value), start, end, (None, None), detail=detail)


# ", за ней последовали Индия, Пакистан и Иран в 2005 году": the countries that followed a
# joining told before them in the sentence into its status, in the year their own words give
_FOLLOWED = (
    r"(?<![\w-])[Зз]а\s+(?:ней|ним|ними)\s+(?:в\s+(?P<y1>(?:19|20)\d\d)\s+году\s+)?"
    r"(?:последовал[аи]?|последовали)\s+{list}"
)
_OWN_YEAR = re.compile(r"\s*,?\s*в\s+(?P<y>(?:19|20)\d\d)\s+(?:году|г\.)")


def followed(sentence: str, today: str | None) -> Iterator[Claim]:
    """The countries "за ней последовали" names: the joining's status before them, their
    own year (none written: no year)."""
    if "последовал" not in sentence:
        return
    match = RUSSIAN.compose(_FOLLOWED).search(sentence)
    if match is None or refused(RUSSIAN, sentence, *match.span()):
        return
    start, end = match.span()
    joined = [
        c
        for rule in _ONE_SENTENCE
        for c in rule.read(sentence[:start], today)
        if isinstance(c, JoinedClaim) and c.value != "founding_member"
    ]
    if not joined:
        return
    own = _OWN_YEAR.match(sentence, end)
    year = match["y1"] or (own["y"] if own else None)
    end = own.end() if own and not match["y1"] else end
    group = group_of(RUSSIAN, sentence, *match.span("list"))
    status = str(max(joined, key=lambda c: c.end).value)
    yield from each(group, "joined", status, start, end, (int(year) if year else None, None))


_ONE_SENTENCE = RULES
RULES = (
    *_ONE_SENTENCE,
    SentenceRule(
        "ru: the countries alongside a status",
        alongside,
        (
            (
                "Беларусь стала десятым полноправным членом ШОС наряду с Индией, Ираном и Китаем.",
                (
                    ("joined", "Belarus", "member"),
                    ("status", "India", "member"),
                    ("status", "China", "member"),
                ),
            ),
            (
                "Наряду с Китаем и Россией в ШОС входят Индия, Иран и Пакистан.",
                (("status", "China", "member"), ("status", "Russia", "member")),
            ),
            (
                "Россия наряду с Китаем является полноправным членом ШОС.",
                (("status", "Russia", "member"), ("status", "China", "member")),
            ),
            (  # a joining's year is the others' time
                "Иран получил статус наблюдателя при ШОС в 2005 году наряду с Индией и Пакистаном.",
                (("status", "India", "observer"), ("status", "Pakistan", "observer")),
            ),
        ),
        (
            (  # another body's status beside them
                "Индия является членом БРИКС наряду с Китаем, а в ШОС входит и Пакистан.",
                (("status", "China", "member"),),
            ),
            (  # no claim beside them: who talked
                "Наряду с Китаем Россия обсудила работу ШОС.",
                (("status", "China", "member"), ("status", "Russia", "member")),
            ),
            (  # a hope beside them
                "Лаос наряду с Мьянмой хочет стать партнером ШОС.",
                (("status", "Laos", "partner"), ("status", "Myanmar", "partner")),
            ),
            (  # a grant decided: the others' status is not told
                "Главы МИД решили предоставить Камбодже наряду с Лаосом статус партнера ШОС.",
                (("status", "Laos", "partner"),),
            ),
        ),
    ),
    SentenceRule(
        "ru: the countries that followed a joining",
        followed,
        (
            (
                "В 2004 году Монголия стала первым государством-наблюдателем в ШОС, за ней"
                " последовали Индия, Пакистан и Иран в 2005 году.",
                (("joined", "India", "observer"), ("joined", "Iran", "observer")),
            ),
            (
                "Индия стала членом ШОС в 2017 году, за ней в 2023 году последовал Иран.",
                (("joined", "Iran", "member"),),
            ),
        ),
        (
            (  # no joining before them: who followed whom is not a status
                "Путин прибыл на саммит ШОС, за ним последовали Индия и Иран.",
                (("joined", "India", "member"), ("joined", "Iran", "observer")),
            ),
            (  # another body's joining
                "Египет вступил в БРИКС, за ним последовал Иран.",
                (("joined", "Iran", "member"),),
            ),
        ),
    ),
)

# A sentence that refers to the SCO without naming it, read by every rule above when the
# sentence before named the SCO and no other body stands after that name or in it
# (common.about_sco): documents and the claims they must give, and must not.
REFERRING: tuple[Example, ...] = (
    (
        "ШОС - международная организация, основанная в 2001 году. В нее входят Индия, Иран,"
        " Китай и Россия.",
        (("status", "India", "member"), ("status", "Russia", "member")),
    ),
    (
        "Шанхайская организация сотрудничества основана в 2001 году. Полноправными членами"
        " организации являются Индия, Китай и Россия.",
        (("status", "India", "member"), ("status", "China", "member")),
    ),
    (
        "Членами ШОС являются Россия и Китай. Статус наблюдателей предоставлен Монголии и"
        " Афганистану.",
        (("status", "Mongolia", "observer"), ("status", "Afghanistan", "observer")),
    ),
    (
        "Саммит ШОС прошел в Тяньцзине. Страны-наблюдатели — Афганистан и Монголия.",
        (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
    ),
    (
        "На саммите говорили о ШОС. В ее состав входят Китай и Россия.",
        (("status", "China", "member"), ("status", "Russia", "member")),
    ),
    (  # said of the past: judged before the article's date
        "ШОС основана в 2001 году. Партнерами по диалогу являлись Азербайджан и Армения.",
        (("status", "Azerbaijan", "dialogue_partner"),),
    ),
    (  # one statement of a status by context after another
        "ШОС основана в 2001 году. Статус наблюдателя имели Монголия и Афганистан. Партнерами по"
        " диалогу являлись Непал и Камбоджа.",
        (("status", "Nepal", "dialogue_partner"), ("status", "Cambodia", "dialogue_partner")),
    ),
    (  # "ее участники": the organisation's, its members
        "ШОС - организация, созданная в 2001 году. Ее участниками являются Индия, Китай и Россия.",
        (("status", "India", "member"), ("status", "Russia", "member")),
    ),
)
NOT_REFERRING: tuple[Example, ...] = (
    (  # a list bound by context is no fact box's line: the SCO is not passed on
        "ШОС включает 10 государств. Это Россия, Китай и Индия. Также в саммите участвуют главы"
        " имеющих статус государств-наблюдателей Афганистана и Монголии.",
        (("status", "Afghanistan", "observer"),),
    ),
    (  # the SCO named two sentences before, not in the one before
        "ШОС основана в 2001 году. Путин прибыл в Китай. В нее входят Индия и Иран.",
        (("status", "India", "member"),),
    ),
    (  # another body after the SCO's name
        "ШОС сотрудничает с АСЕАН. В нее входят Индонезия, Таиланд и Мьянма.",
        (("status", "Myanmar", "member"),),
    ),
    (  # another body in the sentence itself
        "Саммит ШОС прошел в Тяньцзине. Россия и Китай являются постоянными членами Совета"
        " Безопасности.",
        (("status", "Russia", "member"),),
    ),
    (
        "Саммит ШОС прошел в Тяньцзине. Индия и Китай являются членами Евразийского союза.",
        (("status", "India", "member"),),
    ),
    (  # a summit's participants ("его участниками": the summit's) are no members
        "Саммит ШОС прошел в Астане. Его участниками были Туркменистан и Лаос.",
        (("status", "Turkmenistan", "member"), ("status", "Laos", "member")),
    ),
)

# A status told of a pronoun or of "the country" ("Она находится в статусе наблюдателя",
# "Страна получила статус партнера по диалогу", "Они имеют статус наблюдателей"): the
# countries the sentence before named for it (common.named: one country as its subject,
# or one list of all it named), never a guess among several.
_ONE = r"(?:Она|Оно|Страна|Республика|Королевство|(?:Это\s+)?[Гг]осударство)"
_MANY = r"(?:Они|(?:Эти|Обе|Все\s+эти)\s+(?:страны|государства))"
_BRACKET = r"(?:\s*\([^()]{{0,40}}\))?\s+(?:сейчас\s+|теперь\s+|также\s+|тоже\s+|уже\s+)?"
_HOLDS = (
    r"(?:находится|находятся|состоит|состоят)\s+в\s+статусе\s+{status}",
    r"(?:является|являются)\s+{status}",
    r"(?:имеет|имеют|обладает|обладают)\s+статус\w*\s+{status}",
)
_GOT = (
    r"(?:получила|получило|получили)\s+статус\w*\s+{status}",
    r"(?:стала|стало|стали)\s+(?:[а-яё]+ым\s+)?{status}",
)
# (kind, whether it stands for a list, the pattern)
_PRONOUN = tuple(
    (kind, many, rf"^\s*{_MANY if many else _ONE}{_BRACKET}{verb}")
    for kind, verbs in (("status", _HOLDS), ("joined", _GOT))
    for verb in verbs
    for many in (False, True)
)


def pronoun(sentence: str, _today: str | None) -> Iterator[Claim]:
    """A status or a joining told of a pronoun: the countries named before it."""
    countries = named_before()
    if not countries:
        return
    for kind, many, template in _PRONOUN:
        if (len(countries) > 1) != many:
            continue
        match = RUSSIAN.compose(template).search(sentence)
        status = None if match is None else status_of(match)
        if match is None or status is None or not about_sco(RUSSIAN, sentence, match.start()):
            continue
        start, end = match.span()
        if refused(RUSSIAN, sentence, start, end):
            continue
        group = Group(start, start, countries, False)
        if kind == "joined" and status != "founding_member":
            year = year_near(RUSSIAN, sentence, start, end)
            yield from each(group, "joined", status, start, end, (year, None))
            continue
        when = None if status == "founding_member" else timed(RUSSIAN, sentence, start, end)
        detail: Extra = {} if when is None else {"time": when}
        yield from each(group, "status", status, start, end, (None, None), detail=detail)


# Rules that read a sentence after the one before it; their examples are documents.
FOLLOWING: tuple[SentenceRule, ...] = (
    SentenceRule(
        "ru: a status told of a pronoun, the country named before it",
        pronoun,
        (
            (
                "Монголия давно сотрудничает с ШОС. Она находится в статусе наблюдателя.",
                (("status", "Mongolia", "observer"),),
            ),
            (
                "Афганистан подписал документы на саммите ШОС в 2012 году. Страна получила статус"
                " наблюдателя в 2012 году.",
                (("joined", "Afghanistan", "observer"),),
            ),
            (
                "Беларусь вошла в ШОС. Республика стала десятым полноправным членом ШОС.",
                (("joined", "Belarus", "member"),),
            ),
            (  # the country in brackets after the pronoun
                "Шри-Ланка участвует в работе ШОС. Она (Шри-Ланка) является партнером по диалогу.",
                (("status", "Sri Lanka", "dialogue_partner"),),
            ),
            (  # a list, then "they"
                "На саммит ШОС прибудут главы делегаций Ирана и Монголии. Они имеют статус"
                " наблюдателей.",
                (("status", "Iran", "observer"), ("status", "Mongolia", "observer")),
            ),
        ),
        (
            (  # two countries named before: "the country" is not certain
                "Туркменистан соседствует с Ираном в ШОС. Страна получила статус наблюдателя.",
                (("joined", "Turkmenistan", "observer"), ("joined", "Iran", "observer")),
            ),
            (  # the one country named before is no subject
                "Путин прилетел в Китай на саммит ШОС. Страна получила статус наблюдателя.",
                (("joined", "China", "observer"),),
            ),
            (  # hoped for
                "Казахстан ведет переговоры с ШОС. Страна станет полноправным членом.",
                (("joined", "Kazakhstan", "member"),),
            ),
            (  # another body named before
                "Армения вошла в ОДКБ. Она является полноправным членом.",
                (("status", "Armenia", "member"),),
            ),
            (  # two lists before: "they" is not certain
                "Китай и Россия встретились с Индией и Ираном на саммите ШОС. Они являются"
                " членами.",
                (("status", "China", "member"), ("status", "India", "member")),
            ),
        ),
    ),
    bound(
        RUSSIAN,
        "ru: a list announced before",
        Binding(
            (
                # after a count ("ШОС включает 10 государств."): "Это A, B и C."
                r"^\s*(?:Это|Ими\s+являются|В\s+их\s+числе|Среди\s+них"
                r"|(?:Кроме|Помимо)\s+[^.;]{{0,80}}?,\s*это)\s*[—–:-]?\s*{list}\s*[.;]?\s*$",
                r"^\s*(?:Кроме|Помимо)\s+{list}\s*,\s*это\s",
                # under a heading ("Государства-члены:"), one name a line
                f"^{ITEM}$",
                # the last item run into the next heading: "8. Индия 4 государства-наблюдатели:"
                r"^\s*{list}(?=\s+\d{{1,2}}\s+[^\W\d])",
                # the last item run into the prose after the list: "6. Турция В 2021 году ..."
                r"^\s*{list}(?=\s+[А-ЯЁ][а-яё]*\s)",
            ),
            announced=True,
        ),
        (
            (
                "ШОС включает 10 государств. Это Россия, Китай, Индия и Иран.",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (
                "Теперь в ШОС входят восемь государств. Кроме Индии и Пакистана, это Казахстан,"
                " Киргизия, Китай, Россия, Таджикистан, Узбекистан.",
                (("status", "India", "member"), ("status", "Kyrgyzstan", "member")),
            ),
            (
                "У ШОС два государства-наблюдателя.\n\nИми являются Афганистан и Монголия.",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "Шанхайская организация сотрудничества\n\nГосударства-члены:\n\n- Китай\n\n"
                "- Россия\n\n- Индия",
                (("status", "China", "member"), ("status", "India", "member")),
            ),
            (  # a numbered list run into one paragraph, and the next heading after its last item
                "ШОС основана в 2001 году.\nВ ШОС входят 3 государства-члена:\n1. Китай\n2. Россия\n"
                "3. Индия\n2 государства-наблюдателя:\n1. Афганистан\n2. Монголия",
                (
                    ("status", "China", "member"),
                    ("status", "India", "member"),
                    ("count", "observer", 2),
                    ("status", "Mongolia", "observer"),
                ),
            ),
            (  # the last item run into the prose that follows the list
                "ШОС основана в 2001 году.\nПартнеры по диалогу:\n1. Непал\n2. Турция\nВ 2021 году"
                " начался новый этап.",
                (
                    ("status", "Nepal", "dialogue_partner"),
                    ("status", "Türkiye", "dialogue_partner"),
                ),
            ),
        ),
        (
            (
                "В БРИКС входят 10 государств. Это Россия, Китай, Египет и Иран.",
                (("status", "Egypt", "member"), ("status", "China", "member")),
            ),
            (
                "ШОС включает 10 государств. Это Китай предложил провести саммит в Тяньцзине.",
                (("status", "China", "member"),),
            ),
            (
                "Саммит ШОС прошел в Тяньцзине.\n\nГосударства-члены:\n\n- Китай\n\n"
                "Погода была хорошей.\n\n- Египет",
                (("status", "Egypt", "member"),),
            ),
            (
                "Это Россия, Китай, Индия и Иран.",
                (("status", "China", "member"),),
            ),
            (  # a sentence of prose that opens with a name is no item
                "ШОС основана в 2001 году.\nПартнеры по диалогу:\n1. Непал\n2. Турция\n\nСовет"
                " министров собрался.\n\nЕгипет Ближнего Востока.",
                (("status", "Egypt", "dialogue_partner"),),
            ),
        ),
    ),
)
