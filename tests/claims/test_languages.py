"""Russian and Chinese: every rule's examples give their claims and its counter-examples
do not, through the whole engine; every country is found in each of its forms."""

from __future__ import annotations

import pytest

from sco_cli.claims import lexicon as lx
from sco_cli.claims.declared import Made, SentenceRule
from sco_cli.claims.document import build
from sco_cli.claims.extract import claims_in, claims_of
from sco_cli.claims.languages import chinese, language, russian
from sco_cli.claims.languages.common import group_of

TODAY = "2025-09-02"
RULES = [*russian.RULES, *chinese.RULES]
EXAMPLES = [(rule, text, made) for rule in RULES for text, made in rule.examples]
COUNTERS = [(rule, text, made) for rule in RULES for text, made in rule.counter_examples]


def _found(text: str) -> set[Made]:
    return {(c.kind, c.subject, c.value) for c in claims_in(text, TODAY)}


def test_every_rule_has_a_name_examples_and_counter_examples() -> None:
    assert len({rule.name for rule in RULES}) == len(RULES)
    for rule in RULES:
        assert rule.examples, rule.name
        assert rule.counter_examples, rule.name


@pytest.mark.parametrize(
    ("rule", "text", "made"), EXAMPLES, ids=[f"{r.name}:{t[:20]}" for r, t, _ in EXAMPLES]
)
def test_a_rule_gives_the_claims_of_its_examples(
    rule: SentenceRule, text: str, made: tuple[Made, ...]
) -> None:
    assert set(made) <= _found(text), (rule.name, _found(text))
    own = {(c.kind, c.subject, c.value) for c in rule.read(text, TODAY)}
    assert own & set(made), (rule.name, own)


@pytest.mark.parametrize(
    ("rule", "text", "made"), COUNTERS, ids=[f"{r.name}:{t[:20]}" for r, t, _ in COUNTERS]
)
def test_a_rule_gives_none_of_the_claims_of_its_counter_examples(
    rule: SentenceRule, text: str, made: tuple[Made, ...]
) -> None:
    assert not set(made) & _found(text), (rule.name, _found(text))


# Each country in the cases a list puts it in: nominative, genitive, dative, accusative,
# instrumental, prepositional.
RUSSIAN_FORMS = {
    "IND": "Индия Индии Индию Индией",
    "CHN": "Китай Китая Китаю Китаем Китае КНР Китайской_Народной_Республикой",
    "RUS": "Россия России Россию Россией РФ",
    "KAZ": "Казахстан Казахстана Казахстану Казахстаном Казахстане Республикой_Казахстан",
    "KGZ": "Киргизия Киргизии Кыргызстан Кыргызстана Кыргызской_Республикой Республика_Кыргызстан",
    "IRN": "Иран Ирана Исламской_Республики_Иран",
    "BLR": "Беларусь Беларуси Беларусью Белоруссия Белоруссии",
    "EGY": "Египет Египта Египту Египтом Египте",
    "LKA": "Шри-Ланка Шри-Ланки Шри-Ланкой",
    "MDV": "Мальдивы Мальдивов Мальдивами",
    "SAU": "Саудовская_Аравия Саудовской_Аравии Саудовскую_Аравию",
    "ARE": "ОАЭ Объединенные_Арабские_Эмираты Объединённых_Арабских_Эмиратов",
}
CHINESE_FORMS = {
    "CHN": "中国 中國",
    "RUS": "俄罗斯 俄羅斯",
    "BLR": "白俄罗斯 白俄羅斯 白羅斯",
    "KAZ": "哈萨克斯坦 哈薩克斯坦 哈薩克",
    "MNG": "蒙古 蒙古国 蒙古國",
    "UZB": "乌兹别克斯坦 烏茲別克斯坦",
    "ARE": "阿联酋 阿拉伯联合酋长国 阿拉伯聯合大公國",
    "LAO": "老挝 寮國",
    "PAK": "巴基斯坦 巴基斯坦伊斯兰共和国",
    "KHM": "柬埔寨 柬埔寨王国",
    "EGY": "埃及 阿拉伯埃及共和国",
    "LKA": "斯里兰卡 斯里兰卡民主社会主义共和国",
    "QAT": "卡塔尔 卡塔尔国",
    "SAU": "沙特阿拉伯 沙特阿拉伯王国",
}


@pytest.mark.parametrize(
    ("tongue", "iso3", "form"),
    [
        (russian.RUSSIAN, i, f.replace("_", " "))
        for i, fs in RUSSIAN_FORMS.items()
        for f in fs.split()
    ]
    + [(chinese.CHINESE, i, f) for i, fs in CHINESE_FORMS.items() for f in fs.split()],
)
def test_each_form_of_a_country_is_found(tongue: object, iso3: str, form: str) -> None:
    from sco_cli.claims.languages.common import Tongue

    assert isinstance(tongue, Tongue)
    sentence = f"({form})"
    group = group_of(tongue, sentence, 0, len(sentence))
    assert [i for i, _ in group.members] == [iso3]


def test_babel_names_of_the_sco_countries_are_found() -> None:
    """CLDR's Russian and Chinese names (Babel) of every country the lexicon names."""
    from babel import Locale

    from sco_cli.claims.languages.common import Tongue

    iso2 = {"CHN": "CN", "RUS": "RU", "KAZ": "KZ", "KGZ": "KG", "TJK": "TJ", "UZB": "UZ",
            "IND": "IN", "PAK": "PK", "IRN": "IR", "BLR": "BY", "MNG": "MN", "AFG": "AF",
            "TUR": "TR", "AZE": "AZ", "ARM": "AM", "KHM": "KH", "NPL": "NP", "LKA": "LK",
            "EGY": "EG", "QAT": "QA", "SAU": "SA", "KWT": "KW", "MDV": "MV", "BHR": "BH",
            "LAO": "LA", "TKM": "TM", "ARE": "AE"}  # fmt: skip
    checked: list[tuple[Tongue, str]] = [(russian.RUSSIAN, "ru"), (chinese.CHINESE, "zh")]
    for tongue, code in checked:
        names = Locale.parse(code).territories
        for iso3, alpha2 in iso2.items():
            name = names[alpha2].split(" (")[0]  # "Мьянма (Бирма)"
            group = group_of(tongue, name, 0, len(name))
            assert [i for i, _ in group.members] == [iso3], (code, name)
            assert lx.DISPLAY[iso3]


def test_longest_names_win_in_chinese() -> None:
    sentence = "印度尼西亚、白俄罗斯和内蒙古"
    group = group_of(chinese.CHINESE, sentence, 0, len(sentence))
    assert [i for i, _ in group.members] == ["BLR"]


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("ШОС создана в 2001 году.", "ru"),
        ("上合组织成立于2001年。", "zh"),
        ("The Qingdao summit (青岛峰会) was held in 2018.", None),
        ("Türkiye is a dialogue partner.", None),
    ],
)
def test_a_sentence_is_read_in_its_language(sentence: str, code: str | None) -> None:
    assert language(sentence) == code


def test_a_chinese_page_splits_at_its_full_stops_and_quotes_verbatim() -> None:
    text = "上合组织于2001年6月15日在上海成立。上合组织现有10个成员国。"
    document = build("x", text, "2025-09-02")
    found = list(claims_of(document.sentences, "2025-09-02"))
    assert [(c.kind, c.value) for _, c in found] == [("founding", 2001), ("count", 10)]
    for sentence, claim in found:
        assert sentence.text[claim.start : claim.end] in text


def test_a_founding_year_is_not_when_the_others_joined() -> None:
    """ "Founded in 2001, ... then India and Iran joined": they joined, in no year given."""
    found = claims_in("上合組織成立於2001年6月，之後印度、伊朗陸續加入。", TODAY)
    joined = [c for c in found if c.kind == "joined"]
    assert [(c.subject, c.detail["year"]) for c in joined] == [("India", None), ("Iran", None)]
    dated = claims_in("2017年，印度和巴基斯坦成为上合组织正式成员国。", TODAY)
    assert {c.detail.get("year") for c in dated if c.kind == "joined"} == {2017}


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("2017年，上合组织有8个成员国。", 2017),
        ("В 2017 году, после саммита в Астане, в ШОС стало 8 государств-членов.", 2017),
        ("2001年成立的上合组织现有10个成员国。", None),
        ("2001年，上合组织成立，现有10个成员国。", None),
    ],
)
def test_a_count_is_judged_at_the_year_that_opens_its_sentence(
    sentence: str, year: int | None
) -> None:
    counts = [c for c in claims_in(sentence, TODAY) if c.kind == "count"]
    assert [c.detail.get("time") for c in counts] == [year]


def test_russian_sentences_go_on_after_abbreviations_and_chinese_ones_end_without_a_space() -> None:
    from sco_cli.article.parse import split_sentences

    text = "ШОС создана в 2001 г. Шанхайская пятерка старше, т.е. ей больше лет. 上合组织成立。印度加入！"
    assert split_sentences(text) == (
        "ШОС создана в 2001 г. Шанхайская пятерка старше, т.е. ей больше лет.",
        "上合组织成立。",
        "印度加入！",
    )


# Documents: a sentence read after the one before it (a list announced by a heading or a
# count, a sentence that refers to the SCO named before it).
FOLLOWING = [*russian.FOLLOWING, *chinese.FOLLOWING]
DOCUMENTS = [
    *((rule.name, text, made) for rule in FOLLOWING for text, made in rule.examples),
    *(("referring", text, made) for text, made in (*russian.REFERRING, *chinese.REFERRING)),
]
NOT_IN_DOCUMENTS = [
    *((rule.name, text, made) for rule in FOLLOWING for text, made in rule.counter_examples),
    *(
        ("not referring", text, made)
        for text, made in (*russian.NOT_REFERRING, *chinese.NOT_REFERRING)
    ),
]


def _in_document(text: str) -> set[Made]:
    sentences = build("example", text, TODAY).sentences
    return {(c.kind, c.subject, c.value) for _, c in claims_of(sentences, TODAY)}


def test_every_following_rule_has_examples_and_counter_examples() -> None:
    for rule in FOLLOWING:
        assert rule.examples, rule.name
        assert rule.counter_examples, rule.name


@pytest.mark.parametrize(
    ("name", "text", "made"), DOCUMENTS, ids=[f"{n}:{t[:24]}" for n, t, _ in DOCUMENTS]
)
def test_a_document_gives_the_claims_of_its_example(
    name: str, text: str, made: tuple[Made, ...]
) -> None:
    assert set(made) <= _in_document(text), (name, _in_document(text))


@pytest.mark.parametrize(
    ("name", "text", "made"),
    NOT_IN_DOCUMENTS,
    ids=[f"{n}:{t[:24]}" for n, t, _ in NOT_IN_DOCUMENTS],
)
def test_a_document_gives_none_of_the_claims_of_its_counter_example(
    name: str, text: str, made: tuple[Made, ...]
) -> None:
    assert not set(made) & _in_document(text), (name, _in_document(text))


def test_a_referring_sentence_alone_gives_no_claim() -> None:
    """Without the sentence before it, a sentence that does not name the SCO says nothing."""
    for text, _made in (*russian.REFERRING, *chinese.REFERRING):
        last = build("example", text, TODAY).sentences[-1].text
        assert not claims_in(last, TODAY), last


def test_a_russian_word_with_its_stress_marked_is_read() -> None:
    """Encyclopedias mark the stress with a combining acute accent; the quote keeps it."""
    text = (
        "Шанха\u0301йская организа\u0301ция сотру\u0301дничества (ШОС) — международная"
        " организация, основанная в 2001 году. Чле\u0301нами организации являются Индия и"
        " Кита\u0301й."
    )
    sentences = build("example", text, TODAY).sentences
    found = {(c.kind, c.subject, c.value) for _, c in claims_of(sentences, TODAY)}
    assert {("founding", "SCO", 2001), ("status", "India", "member")} <= found
    assert ("status", "China", "member") in found


def test_a_chinese_page_with_its_pinyin_flattened_in_brackets_is_read() -> None:
    """Ruby annotations come out as "國(guó)": read without them, quoted with them."""
    text = "上海合作組織成員國(guó):中國(guó)、俄羅斯、哈薩克斯坦(2001年)和印度(2017年加入)。"
    sentences = build("example", text, TODAY).sentences
    found = [claim for _, claim in claims_of(sentences, TODAY)]
    assert {(c.subject, c.value) for c in found} >= {("China", "member"), ("India", "member")}
    assert "國(guó)" in text[found[0].start : found[0].end]


def test_a_russian_list_in_the_past_is_judged_at_the_time_it_describes() -> None:
    """ "наблюдателями являлись A и B" the day after the statuses merged: true of the time
    it describes (before the article's date), where the present tense contradicts."""
    from sco_cli import api

    def verdicts(verb: str) -> set[tuple[str, str, object]]:
        text = f"date 2025-09-10\n\nНаблюдателями при ШОС {verb} Афганистан и Монголия.\n"
        claims = api.check_text(text).document["claims"]
        return {(c["claim"]["subject"], c["verdict"], c["claim"].get("time")) for c in claims}

    assert verdicts("являлись") == {
        ("Afghanistan", "agrees", "являлись"),
        ("Mongolia", "agrees", "являлись"),
    }
    assert {verdict for _, verdict, _ in verdicts("являются")} == {"contradicts"}


def test_a_numbered_list_run_into_one_paragraph_quotes_each_item_without_the_next_number() -> None:
    text = (
        "ШОС основана в 2001 году. В ШОС входят 3 государства-члена: 1. Китай 2. Россия 3. Индия"
        " 2 государства-наблюдателя: 1. Афганистан 2. Монголия"
    )
    quotes = {
        c.subject: s.text[c.start : c.end]
        for s, c in claims_of(build("example", text, TODAY).sentences, TODAY)
        if c.kind == "status"
    }
    assert quotes == {
        "China": "Китай",
        "Russia": "Россия",
        "India": "Индия",
        "Afghanistan": "Афганистан",
        "Mongolia": "Монголия",
    }


@pytest.mark.parametrize(
    ("sentence", "nearest"),
    [
        ("На саммите ШОС в Самарканде будет подписан меморандум.", "after"),
        ("Саммит ШОС пройдет 15-16 сентября в Самарканде.", "after"),
        ("На саммите ШОС в Самарканде подписали меморандум.", "before"),
    ],
)
def test_a_russian_summit_in_the_future_tense_is_the_coming_one(
    sentence: str, nearest: str
) -> None:
    summits = [c for c in claims_in(sentence, "2022-09-13") if c.kind == "summit"]
    assert [(c.subject, c.detail.get("nearest")) for c in summits] == [("Samarkand", nearest)]


@pytest.mark.parametrize(
    ("sentence", "nearest"),
    [
        ("中方希望通过上合组织撒马尔罕峰会凝聚共识。", "after"),
        ("习近平将出席上合组织撒马尔罕峰会。", "after"),
        ("上合组织撒马尔罕峰会签署了宣言。", "before"),
    ],
)
def test_a_chinese_summit_hoped_for_or_ahead_is_the_coming_one(sentence: str, nearest: str) -> None:
    summits = [c for c in claims_in(sentence, "2022-09-13") if c.kind == "summit"]
    assert [(c.subject, c.detail.get("nearest")) for c in summits] == [("Samarkand", nearest)]


@pytest.mark.parametrize(
    "sentence",
    [
        "此后，上合组织成员国的数量从六个增加到八个。",
        "Тогда число государств-членов ШОС выросло с шести до восьми.",
    ],
)
def test_a_change_of_a_count_is_judged_at_the_time_of_the_change(sentence: str) -> None:
    """ "grew from six to eight", told in 2024: both held before that date; neither is a
    count of the article's day (nine then), so neither contradicts."""
    from sco_cli import api

    claims = api.check_text(f"date 2024-01-01\n\n{sentence}\n").document["claims"]
    assert {(c["claim"]["value"], c["verdict"]) for c in claims} == {(6, "agrees"), (8, "agrees")}
    assert all(c["claim"].get("time") for c in claims)


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        # a date opening a later clause is that clause's joining's, not the sentence's first year
        (
            "2016年起，上合组织开始扩员，印度加入；2024年7月，白俄罗斯成为上合组织正式成员国。",
            {"India": 2016, "Belarus": 2024},
        ),
        (
            "2016年起,上合組織開始擴員,印度加入;2024年7月,白俄羅斯成為上合組織正式成員國。",
            {"India": 2016, "Belarus": 2024},
        ),
        # counter-examples: a clause with no date of its own keeps the sentence's opening year;
        # a year inside the clause, not opening it, is no date of the joining
        (
            "2017年，上合组织扩员：印度加入；巴基斯坦成为上合组织正式成员国。",
            {"India": 2017, "Pakistan": 2017},
        ),
        (
            "2017年，印度加入；上合组织于2001年成立，伊朗成为上合组织正式成员国。",
            {"India": 2017, "Iran": 2017},
        ),
    ],
)
def test_a_date_opening_a_clause_dates_the_joining_in_it(
    sentence: str, years: dict[str, int]
) -> None:
    joined = [c for c in claims_in(sentence, TODAY) if c.kind == "joined"]
    assert {c.subject: c.detail["year"] for c in joined} == years


@pytest.mark.parametrize(
    ("sentence", "time"),
    [
        # a Chinese year run into its sentence, no comma, dates the count in a later clause
        ("2017年上合组织阿斯塔纳峰会决定给予印度和巴基斯坦成员国地位，成员国增至8个。", 2017),
        ("2017年，上合组织成员国增至8个。", 2017),
        # past another year, the last year before the count is its time
        ("2017年印度加入上合组织，2023年伊朗加入，上合组织成员国增至9个。", 2023),
        # counter-examples: said of now, or of the founding, the opening year is not its time
        ("2017年印度加入上合组织，2023年伊朗加入，上合组织目前有9个成员国。", None),
        ("2017年上合组织峰会在阿斯塔纳举行，上合组织目前有10个成员国。", None),
        ("2001年成立的上合组织现有10个成员国。", None),
        # past a dateline, a date line run into the sentence or a label, the year still opens it
        ("新华社北京2025年12月1日电 2014年，上合组织有六个成员国。", 2014),
        ("2025年12月1日\n2014年，上合组织有六个成员国。", 2014),
        ("背景资料：2016年，上合组织有六个成员国。", 2016),
        ("Справка: В 2014 году в ШОС было шесть членов.", 2014),
        # ... and the date line's own year is no time of the claim after it
        ("2025年12月1日 上合组织有十个成员国。", None),
        ("01.12.2025 12:40 В ШОС десять государств-членов.", None),
    ],
)
def test_a_year_opening_a_sentence_dates_its_count(sentence: str, time: int | None) -> None:
    counts = [c for c in claims_in(sentence, "2024-07-05") if c.kind == "count"]
    assert [c.detail.get("time") for c in counts] == [time]


@pytest.mark.parametrize(
    ("sentence", "past"),
    [
        # who met, told in the past: the members of that time (an admission signed on the day
        # it took effect was signed by the members of the day before)
        (
            "Главы шести государств-членов ШОС – России, Казахстана, Китая, Таджикистана, Киргизии"
            " и Узбекистана – уже подписали документ о приёме Индии и Пакистана.",
            True,
        ),
        ("上合组织六个成员国元首签署了关于接收印度和巴基斯坦的决议。", True),
        # counter-examples: to come, a count said plainly, leaders who only attend
        ("Главы шести государств-членов ШОС подпишут документ о приёме Индии.", False),
        ("В ШОС шесть государств-членов, в Астане они подписали документ.", False),
        ("上合组织六个成员国元首将签署宣言。", False),
        ("上合组织六个成员国元首出席峰会。", False),
    ],
)
def test_a_count_of_who_met_told_in_the_past_is_judged_before_the_date(
    sentence: str, past: bool
) -> None:
    from sco_cli import api

    claims = api.check_text(f"date 2017-06-09\n\n{sentence}\n").document["claims"]
    counts = [c for c in claims if c["claim"]["kind"] == "count"]
    assert [c["claim"]["value"] for c in counts] == [6]
    assert bool(counts[0]["claim"].get("time")) is past
    # judged before the date when told in the past; else on the day of the admission, as
    # the figure of the morning (the day-of-change ruling, claims/readings.py)
    assert counts[0]["verdict"] == "agrees"
    assert (counts[0]["basis"] == "day-before") is not past


@pytest.mark.parametrize(
    "sentence",
    [
        "В 2014 году в ШОС было шесть членов, пять наблюдателей и три партнера по диалогу.",
        "2014年上合组织有6个成员国、5个观察员国和3个对话伙伴。",
    ],
)
def test_every_count_of_one_list_takes_the_lists_year(sentence: str) -> None:
    counts = [c for c in claims_in(sentence, "2025-12-01") if c.kind == "count"]
    assert [(c.value, c.detail.get("time")) for c in counts] == [(6, 2014), (5, 2014), (3, 2014)]


def test_a_count_of_another_clause_keeps_its_own_time() -> None:
    sentence = "В 2014 году в ШОС было шесть членов, а сейчас в ней десять членов."
    counts = [c for c in claims_in(sentence, "2025-12-01") if c.kind == "count"]
    assert [(c.value, c.detail.get("time")) for c in counts] == [(6, 2014), (10, None)]


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Четыре члена ШОС — Китай, Россия, Индия и Иран — также входят в БРИКС.", []),
        # counter-example: nothing else is said of them, the count is the SCO's
        (
            "Десять членов ШОС — Китай, Россия, Индия, Иран, Пакистан, Белоруссия, Казахстан,"
            " Киргизия, Таджикистан и Узбекистан — собрались в Астане.",
            [10],
        ),
    ],
)
def test_a_count_of_a_list_set_apart_that_does_more_names_some(
    sentence: str, counts: list[int]
) -> None:
    assert [c.value for c in claims_in(sentence, "2024-10-24") if c.kind == "count"] == counts


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        # a Chinese joining with no word of it done is told as in the present (a headline)
        ("伊朗加入上合组织：明天伊朗将成为第九个成员国。", "present"),
        ("伊朗加入了上合组织。", None),
        ("2023年伊朗加入上合组织。", None),
    ],
)
def test_a_chinese_joining_is_done_only_when_its_words_say_so(
    sentence: str, tense: str | None
) -> None:
    joined = [c for c in claims_in(sentence, "2023-07-03") if c.kind == "joined"]
    assert [c.detail.get("tense") for c in joined] == [tense]


@pytest.mark.parametrize(
    "sentence",
    ["一些媒体错误地称土耳其为上合组织成员国。", "有报道误称土耳其为上合组织观察员国。"],
)
def test_a_chinese_report_told_as_false_is_no_claim(sentence: str) -> None:
    assert claims_in(sentence, "2024-10-01") == []


def test_a_yes_no_question_claims_nothing() -> None:
    asked = "上海合作组织是否会在阿斯塔纳峰会上，给予印度和巴基斯坦正式成员国的资格？"
    assert [c for c in claims_in(asked, "2017-06-01") if c.kind != "summit"] == []
    assert claims_in("Станет ли Иран членом ШОС?", "2022-06-01") == []
    # counter-example: a question before the statement, which ends the sentence
    assert claims_in("你知道吗？上合组织有10个成员国。", "2025-06-01") != []


def test_the_sco_family_counts_every_country() -> None:
    family = claims_in("上合组织“大家庭”成员增至26个。", "2025-06-01")
    assert [(c.subject, c.value) for c in family if c.kind == "count"] == [("country", 26)]


def test_each_name_of_a_list_takes_its_own_bracketed_year() -> None:
    sentence = "白俄罗斯（2024年）、伊朗（2023年）、印度和巴基斯坦（2017年）陆续加入上合组织。"
    joined = [c for c in claims_in(sentence, "2025-08-20") if c.kind == "joined"]
    assert {c.subject: c.detail.get("year") for c in joined} == {
        "Belarus": 2024,
        "Iran": 2023,
        "India": 2017,
        "Pakistan": 2017,
    }


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        # a year in the next clause, of other countries, is not the summit's
        (
            "В 2004 году Монголия стала первым государством-наблюдателем в ШОС во время"
            " Ташкентского саммита, за ней последовали Индия, Пакистан и Иран в 2005 году.",
            2004,
        ),
        # a clause about the summit keeps its year
        ("Это записано в Астанинской декларации, принятой на саммите ШОС в 2024 году.", 2024),
    ],
)
def test_a_summits_year_is_of_its_own_clause(sentence: str, year: int) -> None:
    summits = [c for c in claims_in(sentence, "2022-06-01") if c.kind == "summit"]
    assert [c.value for c in summits] == [year]
