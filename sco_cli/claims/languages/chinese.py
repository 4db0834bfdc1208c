"""Chinese (simplified and traditional): the words (countries, statuses, the SCO,
numbers in digits or in Chinese numerals, guard words) and the rules, each with its
examples and counter-examples.

Chinese has no spaces between words: a name is found as the longest name at its
place (印度尼西亚 is Indonesia, not India; 白俄罗斯 is Belarus, not Russia), and
内蒙古 (Inner Mongolia) is no Mongolia.
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
    each,
)
from sco_cli.claims.declared import Example, SentenceRule
from sco_cli.claims.languages.common import (
    ITEM,
    LISTED,
    Binding,
    Tongue,
    about_sco,
    announced,
    asked_year,
    bound,
    counted,
    named,
    named_before,
    refused,
    status_of,
    summit_at,
    timed,
    year_near,
    years_near,
)
from sco_cli.claims.summits import FOUNDED_YEAR

COUNTRIES = {
    "CHN": "中华人民共和国|中華人民共和國|中国|中國",
    "RUS": "俄罗斯联邦|俄羅斯聯邦|俄罗斯|俄羅斯",
    "KAZ": "哈萨克斯坦|哈薩克斯坦|哈薩克",
    "KGZ": "吉尔吉斯斯坦|吉爾吉斯斯坦|吉尔吉斯|吉爾吉斯",
    "TJK": "塔吉克斯坦|塔吉克",
    "UZB": "乌兹别克斯坦|烏茲別克斯坦|乌兹别克|烏茲別克",
    "IND": "印度(?!尼西亚|尼西亞|洋)",
    "PAK": "巴基斯坦",
    "IRN": "伊朗",
    "BLR": "白俄罗斯|白俄羅斯|白罗斯|白羅斯",  # 白羅斯: its name in Hong Kong and Taiwan
    "MNG": "(?<![内內])蒙古(?:国|國)?",
    "AFG": "阿富汗",
    "TUR": "土耳其",
    "AZE": "阿塞拜疆|亚塞拜然|亞塞拜然",
    "ARM": "亚美尼亚|亞美尼亞",
    "KHM": "柬埔寨(?:王国|王國)?|高棉(?![族语語人文帝])",  # 高棉: Taiwan's name for it
    "NPL": "尼泊尔|尼泊爾",
    "LKA": "斯里兰卡|斯里蘭卡",
    "EGY": "(?:阿拉伯)?埃及",  # 阿拉伯埃及共和国: its official name
    "QAT": "卡塔尔国|卡塔爾國|卡塔尔|卡塔爾|卡达|卡達",
    "SAU": "沙特阿拉伯(?:王国|王國)?|沙烏地阿拉伯(?:王國)?|沙特",
    "KWT": "科威特",
    "MDV": "马尔代夫|馬爾代夫|馬爾地夫",
    "MMR": "缅甸|緬甸",
    "ARE": "阿拉伯联合酋长国|阿拉伯聯合大公國|阿联酋|阿聯酋",
    "BHR": "巴林",
    "LAO": "老挝|老撾|寮国|寮國",
    "TKM": "土库曼斯坦|土庫曼斯坦|土库曼|土庫曼",
    "USA": "美国|美國",
}
# A study page's English gloss after a status ("成员(member states)：", "观察员国家(observer
# states)：") belongs to the status's words.
_GLOSS = "(?:\\s*[(（]\\s*[A-Za-z][A-Za-z .'-]{0,30}[)）])?"
STATUSES = {
    "founding_member": f"(?:创始成员国|創始成員國|创始成员|創始成員|创始国|創始國){_GLOSS}",
    "member": f"(?:正式|全权|全權)?(?:成员国|成員國|成员|成員){_GLOSS}",
    "observer": f"(?:观察员国家|觀察員國家|观察员国|觀察員國|观察员|觀察員){_GLOSS}",
    # (its words turned round, "伙伴对话国", on some pages)
    "dialogue_partner": (
        f"(?:对话伙伴国|對話夥伴國|對話伙伴國|对话伙伴|對話夥伴|對話伙伴|伙伴对话国|夥伴對話國|伙伴對話國){_GLOSS}"
    ),
    "partner": f"(?<![话話])(?:伙伴国|夥伴國|伙伴國){_GLOSS}",
}
SCO = "上合组织|上合組織|上海合作组织|上海合作組織|上合"
OTHERS = (
    "金砖|金磚|东盟|東盟|北约|北約|欧盟|歐盟|联合国|聯合國|独联体|獨聯體|集体安全条约|集體安全條約"
    "|欧亚经济联盟|歐亞經濟聯盟|二十国集团|二十國集團|七国集团|七國集團|亚太经合|亞太經合|亚信|亞信"
    "|上海五国|上海五國|欧佩克|石油输出国|海合会|阿盟|论坛|論壇"
    # another body named in full ("南亚区域合作联盟8个成员国之一", "海湾阿拉伯国家合作委员会")
    "|区域合作联盟|區域合作聯盟|合作委员会|合作委員會|经济共同体|經濟共同體"
)
# Words that refer to an organisation named before: "其成员国", "该组织的观察员国".
REFERS = "该组织|該組織|本组织|本組織|这一组织|這一組織|其"
# A body of any kind: a sentence holding one is not the SCO's by context alone.
BODIES = "联盟|聯盟|集团|集團|同盟|共同体|共同體|安理会|安理會|委员会|委員會|议会|議會|银行|銀行"
REFUSED = (
    "不|未|没有|沒有|并非|並非|将|將|有望|申请|申請|拟|擬|准备|準備|希望|寻求|尋求|候选|候選"
    "|启动|啟動|啓動|推进|推進|程序|谈判|談判|考虑|考慮|可能|计划|計劃|意向|愿意|願意|曾|此前|原为|原為|前成员"
    "|其他|其它|其余|其餘"  # "the seven other members" is no count of the members
    "|如果|假如|假设|假設|倘若|如若|要是|若是|假使|假若|倘使|据称|據稱|传言|傳言"  # a hypothesis, hearsay
    "|就会|就會|应有|應有|应该有|應該有|应当有|應當有"  # what would or should be, not what is
    "|同意接纳|同意接納|同意吸收"  # "agreed to admit": the procedure begun, not the admission
    "|邀请|邀請"  # "invited to join": not joined
    # a report told as false ("一些媒体错误地称土耳其为成员国", "误称"): not said by the article
    "|误称|誤稱|错称|錯稱|错误地称|錯誤地稱|错误地将|錯誤地將|误报|誤報|谎称|謊稱|错误报道|錯誤報道"
)
# What a claim's words may be the modifier of: a document, a duty, a process ("伊朗加入上合组织
# 的备忘录", "关于伊朗加入上合组织义务的备忘录", "伊朗成为上合组织成员国法案")
MODIFIES = (
    "\\s*(?:的\\s*)?(?:[\u4e00-\u9fff]{0,4}?(?:义务|義務)(?:的)?\\s*)?"
    "(?:备忘录|備忘錄|法案|议案|議案|程序|进程|進程|申请|申請"
    "|问题|問題|谈判|談判|条件|條件|可能|前景|意愿|意願|努力|计划|計劃)"
)
# The foreign ministers' council that decided what the claim tells: its recommendation,
# made before the heads of state decide ("外长理事会决定给予老挝伙伴国地位").
RECOMMENDED = (
    "(?:外长|外長|外交部长|外交部長)[^。；！？]{0,60}"
    "(?:决定|決定|同意|批准|建议|建議|一致|支持|通过|通過)[^。；！？]{0,30}\\Z"
)
# A report the same sentence refutes, after the claim ("……，这并不属实")
REFUTED = (
    "不属实|不屬實|不实|不實|谣言|謠言|假消息|辟谣|闢謠|并非事实|並非事實|不是事实|不是事實"
    # "……的说法有误", "……，是错误的", "失实"; a true-false item marked false ("（×）", "（错）")
    # or answered so ("对吗？答：错")
    "|有误|有誤|失实|失實|不准确|不準確|是错误的|是錯誤的"
    "|[”」』]\\s*(?:应为|應為|应改为|應改為|应更正为|應更正為)"  # a correction: "“X”应为“Y”"
    "|[（(]\\s*(?:×|✗|✘|错|錯)\\s*[)）]|答\\s*[：:]\\s*(?:错|錯|不对|不對|不正确|不正確|×)"
)
# A grant told as decided ("决定给予"), not done.
DECIDED = "(?:决定|決定|同意|批准)(?:给予|給予|授予)"
# A frame before a claim that places it at another time: before an event ("天津峰会前，",
# "印度加入之前", "两年前"), "at the time" ("当时"), "at first" ("起初"), or at the founding
# ("成立时", "成立之初": the founding year); not "目前" (now), "前往", "前身", "成立时间" (the
# founding date)
_EVENT = (
    "峰会|峰會|会议|會議|扩员|擴員|扩容|擴容|扩大|擴大|加入|入会|入會|改革|合并|合併|调整|調整"
    r"|更名|改名|成立\d{1,2}周年|成立\d{1,2}週年"
)
EARLIER = (
    "(?P<founding>(?:成立|创立|創立|创建|創建|建立)(?:时|時|之时|之時|之初|初期|伊始)(?![间間]))"
    f"|(?:{_EVENT})(?:之|以)?前(?:夕)?(?![往进進身景任列])"
    r"|(?:多|几|幾|数|數|\d{1,2}|[一二两兩三四五六七八九十]{1,3})\s*年(?:之|以)?前(?![往进進])"
    "|当时|當時|彼时|彼時|那时|那時|起初|最初|原先|早期|在此之前|之前|以前"
    # at the time of a joining ("印度和巴基斯坦加入时，"), until a time ("直到去年，")
    "|(?:加入|入会|入會)(?:之)?(?:时|時)(?![间間])|(?:直到|直至)[^，,。；;]{1,8}"
)
# A question asking for a status's countries or their number ("上合组织有几个成员国？",
# "上合组织的观察员国有哪些？"): its answer follows
ASKS = (
    "(?=[^。？?]*(?:几(?!乎)|幾(?!乎)|多少|哪些|哪几|哪幾))[^。？?]*?{status}"
    "[^。？?！!]{{0,16}}[？?]\\s*$"
)
# A year, not the SCO's founding year told as such ("2001年成立以来", "成立于2001年"): that is
# no year of a summit or a joining beside it ("天津峰会……是上合组织2001年成立以来规模最大的")
YEAR = (
    r"(?<!成立于)(?<!成立於)(?<!创立于)(?<!創立於)(?<!\d)(?P<y>(?:19|20)\d\d)\s*年"
    r"(?!\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*[日号號])?)?\s*(?:正式)?(?:成立|创立|創立))"
)
# Who came to a meeting, told by the countries themselves (common.came): the counts coordinated
# after a count, then a verb of attending ("10个成员国、2个观察员国、14个对话伙伴共同参与的盛会",
# "2个观察员国出席了峰会"); or the words that name a meeting's participants before the count
# ("峰会的规模与参与度……10个成员国、2个观察员国", "参加峰会的有2个观察员国")
_ATTEND = "出席|参加|參加|参与|參與|与会|與會|列席|参会|參會"
_CAME_AFTER = (
    "(?:\\s*(?:[、，,]|和|及|以及|与|與)\\s*[一二两兩三四五六七八九十\\d]{{1,3}}\\s*(?:个|個)\\s*(?:{status}))*"
    f"\\s*(?:的)?\\s*(?:共同|一同|一起|均|都|也|等)?\\s*(?:已|已经|已經)?\\s*(?:\\d{{{{1,2}}}}\\s*日)?\\s*(?P<came>{_ATTEND}"
    # merged into a new status, or admitting another: those of the day before
    "|统一成为|統一成為|统一为|統一為|合并为|合併為|(?:一致)?(?:同意)?(?:接纳|接納|接收))"
)
_CAME_BEFORE = (
    "参与度|參與度|参与方|參與方|与会方|與會方|参会方|參會方|与会国|與會國|参会国|參會國|出席国|出席國"
    f"|(?:{_ATTEND})[^。；;，,]{{0,20}}?的(?:有|是|包括|为|為|还有|還有)"
)
# Words said at a time (common.timed): an intro with its year before a said clause ("习近平
# 2012年在北京指出，……"; one before a quotation is timing.in_frame's), or "曾" before a said clause
# or a quotation ("他曾说：“……”")
_SAY = "说|說|表示|指出|强调|強調|称|稱|宣布|谈到|談到|提到|写道|寫道|宣称|宣稱|认为|認為"
_SAID_BEFORE = (
    "(?:(?P<y>(?:19|20)\\d\\d)\\s*年[^。；;“”「」『』]{0,30}?|(?P<once>曾经|曾經|曾))"
    f'(?:{_SAY})(?:过|過|道)?\\s*[：:，,]\\s*(?P<quote>[“「『"])?'
)
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"两": 2, "兩": 2}
NUMBER = r"(?<![第\d])(?P<n>\d{1,2}|[一二两兩三四五六七八九十]{1,3})"


def read_number(text: str) -> int | None:
    """10, 十, 十四, 二十五, 两: the number; None below two ("一个成员国" is no count)."""
    if text.isdigit():
        value: int | None = int(text)
    elif "十" in text:
        tens, _, units = text.partition("十")
        value = (_DIGITS.get(tens, 0) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
    else:
        value = _DIGITS.get(text) if len(text) == 1 else None
    return value if value is not None and value >= 2 else None


CHINESE = Tongue(
    code="zh",
    countries=COUNTRIES,
    # names glued with no separator ("亚美尼亚阿塞拜疆柬埔寨") are a list too: each is
    # found as the longest name at its place
    # (a comma left before "、" by a page's markup: "印度,、巴基斯坦")
    separator=r"\s*(?:[,，]?\s*、|以及|和|及|与|與)\s*|",
    statuses=STATUSES,
    sco=SCO,
    others=OTHERS,
    refused=REFUSED,
    recommended=RECOMMENDED,
    decided=DECIDED,
    done="了|已|曾|正式|完成|成功",
    year=YEAR,
    number=NUMBER,
    read_number=read_number,
    refers=REFERS,
    bodies=BODIES,
    earlier=EARLIER,
    founded=FOUNDED_YEAR,
    owner_first=True,
    asks=ASKS,
    modifies=MODIFIES,
    yes_no="是否|吗|嗎|会不会|會不會|能否|能不能|有没有|有沒有",
    refuted=REFUTED,
    # "六个成员国元首签署了……": who met, right after the count, and what they did (done: 了, 已)
    leaders_after=r"(?:的)?(?:国家|國家)?(?:元首|领导人|領導人|首脑|首腦)",
    met=(
        r"(?<![将將])(?:签署|簽署|通过|通過|批准|签订|簽訂|发表|發表|出席)了"
        r"|已(?:经|經)?(?:签署|簽署|通过|通過|批准|签订|簽訂)"
        # "九个成员国领导人陆续抵达": who arrived, the figure of the day before (a live blog's
        # morning entry, written before the day's admission)
        r"|(?<![将將])(?:陆续|陸續|先后|先後|相继|相繼)?(?:抵达|抵達|到达|到達|齐聚|齊聚|汇聚|匯聚)"
    ),
    # who came: "参加会议的还有4个观察员国和6个对话伙伴国的代表" (the people after the count, in
    # its clause), with a verb of attending in the sentence
    attending="参加|參加|出席|与会|與會|列席|参会|參會",
    people_after=(
        r"[^，,；;。：:]{0,16}?(?:的)?(?:国家|國家)?(?:元首|领导人|領導人|首脑|首腦|代表团|代表團"
        r"|代表|嘉宾|嘉賓|外长|外長|领导|領導)"
    ),
    came_after=_CAME_AFTER,
    came_before=_CAME_BEFORE,
    said_before=_SAID_BEFORE,
    apart="[;；]|[，,]\\s*(?:而|但|但是|然而|不过|不過|可是)",
    reported="报道|報道|传言|傳言|传闻|傳聞|消息|据称|據稱|声称|聲稱|称|稱|据说|據說",
    clause_end="，,；;。：:",
    # a country's official name ends with its form of state: "吉尔吉斯共和国", "巴基斯坦伊斯兰共和国",
    # "柬埔寨王国", "斯里兰卡民主社会主义共和国": the country
    word_end=("(?:(?:伊斯兰|伊斯蘭|民主社会主义|民主社會主義)?(?:共和国|共和國))?"),
    pieces={
        "the_sco": f"(?:{SCO})?(?:的)?",
        "date": r"(?P<y>(?:19|20)\d\d)\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号號])?)?",
    },
)


# after a count's status: another status with no number of its own, the count their sum
_NOT_SUMMED = "(?!\\s*(?:和|及|以及|与|與|、)\\s*(?:观察员|觀察員|对话伙伴|對話夥伴|对话|對話|伙伴|夥伴|成员国|成員國))"


def _counts(*templates: str) -> Callable[[str, str | None], Iterator[Claim]]:
    def read(sentence: str, _today: str | None) -> Iterator[Claim]:
        for template in templates:
            yield from counted(CHINESE, template, sentence)

    return read


# -- founding -------------------------------------------------------------------

# where a chronology's line or a headline ends: a line's end, or the next line's year (the
# lines of a paragraph run together with a space)
_LINE_ENDS = "(?=[ \\t]*(?:[，,。；;\\n]|$)|\\s+(?:19|20)\\d\\d\\s*年)"
_FOUNDED = "(?:宣布)?(?:正式)?(?:成立|创立|創立|创建|創建|建立|形成)(?!\\s*[一二三四五六七八九十\\d]+\\s*(?:周年|週年))"
_FIVE = '[“"「]?上海五[国國][”"」]?(?:会晤机制|會晤機制)?'
_IN = "(?:在(?P<city>上海))?"
# "上海合作组织……是A、B和C于2001年6月15日在中国上海宣布成立的……组织": the founders
# and the founding, in one sentence that opens with the SCO's name.
_FOUNDED_BY = tuple(
    # the SCO opens the sentence, or a title run into it ("什么是上合组织 上海合作组织是由……")
    "(?:^|(?<=\\s))\\s*(?:{sco})[^。]{{0,200}}?(?:是\\s*由|是|由)\\s*"
    + order
    + "\\s*(?:在(?:中国|中國)?(?P<city>上海))?"
    # "...签署成立公约后成立": the founding after the signing that made it
    "\\s*(?:[^。；;，,]{{0,30}}?(?:后|後)\\s*)?"
    "\\s*(?:宣布|宣告)?(?:正式)?(?:成立|创立|創立|创建|創建)"
    for order in (
        # A、B和C于2001年6月15日; A、B和C六个国家在2001年6月15日
        "{list}\\s*(?:{num}\\s*(?:个|個)?\\s*(?:国家|國家|国|國))?\\s*(?:于|於|在)\\s*{date}",
        "{date}\\s*{list}\\s*(?:{num}\\s*[国國])?",  # 2001年6月A、B和C六国
    )
)
FOUNDING = (
    *(("SCO", founded_by) for founded_by in _FOUNDED_BY),
    ("SCO", f"(?:{SCO})\\s*[)）]?\\s*(?:于|於|是在|在)?\\s*{{date}}\\s*{_IN}\\s*{_FOUNDED}"),
    ("SCO", f"(?:{SCO})\\s*(?:正式)?(?:成立|创立|創立)(?:于|於)\\s*{{date}}"),
    # "上合组织,即上海合作组织,成立于2001年": the SCO's two names, then its founding
    (
        "SCO",
        f"(?:{SCO})\\s*[，,]\\s*(?:即|简称|簡稱|全称|全稱|亦称|亦稱)\\s*(?:{SCO})\\s*[，,]\\s*"
        "(?:正式)?(?:成立|创立|創立)(?:于|於)\\s*{date}",
    ),
    # "自2001年成立以来，上合组织……": since its founding, the SCO the subject after it
    ("SCO", f"(?:自|从|從)\\s*{{date}}\\s*(?:正式)?{_FOUNDED}(?:以来|以來)\\s*[，,]\\s*(?:{SCO})"),
    # a chronology's entry: "2001年6月14日至15日，A、B……签署……，上海合作组织正式成立。"
    (
        "SCO",
        "^\\s*{date}(?:\\s*(?:至|-|–)\\s*\\d{{1,2}}\\s*[日号號])?\\s*[，,][^。；;]{{0,200}}?[，,]\\s*"
        f"(?:{SCO})\\s*{_FOUNDED}(?=\\s*(?:[。；;]|$))",
    ),
    # "上海合作组织是一个成立于2001年的国际组织"
    (
        "SCO",
        f"(?:{SCO})\\s*(?:是|为|為)\\s*(?:一个|一個)?\\s*(?:成立|创立|創立)(?:于|於)\\s*{{date}}",
    ),
    ("SCO", f"{{date}}\\s*[，,]?\\s*{_IN}\\s*{_FOUNDED}的\\s*(?:{SCO})"),
    ("Shanghai Five", f"{_FIVE}\\s*(?:于|於|在)?\\s*{{date}}\\s*{_FOUNDED}"),
    # "上海五国于1996年由中国、哈萨克斯坦……组成"
    (
        "Shanghai Five",
        f"{_FIVE}\\s*(?:于|於)\\s*{{date}}\\s*由[^。；;]{{{{0,80}}}}?(?:组成|組成|{_FOUNDED})",
    ),
    # "起源于1996年的上海五国会晤机制", "前身是1996年成立的“上海五国”"
    (
        "Shanghai Five",
        f"(?:起源|源|前身)(?:于|於|是|为|為)\\s*{{date}}(?:{_FOUNDED})?的?\\s*{_FIVE}",
    ),
    ("Shanghai Five", f"{{date}}\\s*[，,]?\\s*{_FIVE}\\s*{_FOUNDED}"),
    # "A、B和C于1996年成立“上海五国”": the verb before the name
    ("Shanghai Five", f"(?:于|於|在)\\s*{{date}}\\s*(?:共同)?{_FOUNDED}(?:了)?\\s*{_FIVE}"),
    # "2001年6月15日，上合组织成立，……": the date, then the SCO and the verb ending the clause
    # (or a chronology's line: "2001年：上合组织成立")
    ("SCO", f"{{date}}\\s*[，,：:]?\\s*(?:{SCO})\\s*{_FOUNDED}" + _LINE_ENDS),
)


# "2026年，上合组织将迎来成立25周年": founded 25 years before that year (said of the future
# or not, the founding is the same).
_ANNIVERSARY = re.compile(
    f"(?P<y>(?:19|20)\\d\\d)\\s*年[^。；;]{{0,24}}?(?:{SCO})[^。；;]{{0,12}}?成立\\s*"
    "(?P<n>\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*(?:周年|週年)"
)


# "since its founding in 2001": a founding told as past whatever the clause's verb ("也将是
# 上合组织2001年成立以来规模最大的一次峰会": the summit is to come, the founding is not)
_SINCE = re.compile("以来|以來")


def founding(sentence: str, _today: str | None) -> Iterator[Claim]:
    """ "上合组织于2001年6月15日在上海成立", "成立于2001年", "1996年“上海五国”会晤机制建立"."""
    for body, template in FOUNDING:
        for match in CHINESE.compose(template).finditer(sentence):
            start, end = match.span()
            since = _SINCE.match(sentence, end) or _SINCE.search(match.group())
            if not since and refused(CHINESE, sentence, start, end):
                continue
            city: FoundingDetail = {"city": "Shanghai"} if match.groupdict().get("city") else {}
            yield FoundingClaim(body, int(match["y"]), start, end, city)
    for match in _ANNIVERSARY.finditer(sentence):
        years = read_number(match["n"])
        if years is not None:
            yield FoundingClaim("SCO", int(match["y"]) - years, *match.span(), {})


# -- summits --------------------------------------------------------------------

CITIES = {
    "Tianjin": "天津",
    "Shanghai": "上海(?!合作|五)",
    "Astana": "阿斯塔纳|阿斯塔納|努尔苏丹|努爾蘇丹",
    "Bishkek": "比什凯克|比什凱克",
    "Dushanbe": "杜尚别|杜尚別",
    "Tashkent": "塔什干",
    "Moscow": "莫斯科",
    "Beijing": "北京",
    "Qingdao": "青岛|青島",
    "Ufa": "乌法|烏法",
    "Yekaterinburg": "叶卡捷琳堡|葉卡捷琳堡",
    "Samarkand": "撒马尔罕|撒馬爾罕|撒馬罕",  # 撒馬罕: its name in Taiwan
    "Saint Petersburg": "圣彼得堡|聖彼得堡",
    "New Delhi": "新德里",
}
_CITY = "(?:" + "|".join(CITIES.values()) + ")"
_WHICH_CITY = re.compile("|".join(f"(?P<c{i}>{rx})" for i, rx in enumerate(CITIES.values())))
# the host country before the city, in full or by its one-character short name ("俄首都莫斯科")
_COUNTRY = (
    "(?:(?:" + "|".join(COUNTRIES.values()) + r")?(?:首都|\S{1,3}[省州])?|[俄中哈吉塔乌烏]首都)"
)
# the hall in the city ("在撒马尔罕国际会议中心举行")
_VENUE = (
    "(?:[^。；;，,\\s]{0,8}?(?:会议中心|會議中心|中心|宫|宮|大厦|大廈|会堂|會堂|酒店|宾馆|賓館))?"
)
_SUMMIT = re.compile(
    f"{_CITY}(?:市)?\\s*(?:峰会|峰會)"
    f"|(?:峰会|峰會|元首理事会|元首理事會)[^。；;，,]{{0,20}}?[，,]?\\s*在\\s*{_COUNTRY}\\s*{_CITY}(?:市)?{_VENUE}\\s*(?:举行|舉行|召开|召開|举办|舉辦)"
    # "元首理事会第24次会议将在主席国哈萨克斯坦总统托卡耶夫主持下于阿斯塔纳举行"
    f"|(?:元首理事会|元首理事會)[^。；;]{{0,40}}?(?:于|於)\\s*{_COUNTRY}\\s*{_CITY}(?:市)?{_VENUE}\\s*(?:举行|舉行|召开|召開)"
    f"|在\\s*{_COUNTRY}\\s*{_CITY}(?:市)?\\s*(?:举行|舉行|召开|召開|举办|舉辦)的[^。；;，,]{{0,24}}?(?:峰会|峰會|元首理事会|元首理事會)"
    # "上合组织在天津举行元首理事会会议": the meeting named after the verb
    f"|在\\s*{_COUNTRY}\\s*{_CITY}(?:市)?\\s*(?:举行|舉行|召开|召開)(?:了)?\\s*(?:第\\S{{1,4}}次)?(?:峰会|峰會|元首理事会|元首理事會)"
)
# a summit said not to be held there ("2019年峰会不是在阿斯塔纳举行，而是在比什凯克")
_NOT_HELD = re.compile("不是|并非|並非|不在|没有在|沒有在|未在")
# the coming summit: a future, or hoped for of it ("中方希望通过天津峰会……")
_COMING = re.compile("将|將|即将|即將|下届|下屆|明年|希望|期待|期望")


# A summit named by its declaration ("签署《乌法宣言》"), in a sentence of its heads of state.
# ("《上海合作组织成员国元首比什凯克宣言》": the city after the council's name)
_DECLARATION = re.compile(f"《[^《》\\n]{{0,24}}?{_CITY}(?:市)?\\s*宣言\\s*》")
_AT_A_SUMMIT = re.compile("峰会|峰會|元首")


def summits(sentence: str, today: str | None) -> Iterator[Claim]:
    """ "2025年上合组织天津峰会", "元首理事会第十九次会议在比什凯克举行": its year next to it
    in the sentence, else the summit of that city nearest the article's date; a summit named
    by its declaration."""
    declared = _DECLARATION.finditer(sentence) if _AT_A_SUMMIT.search(sentence) else ()
    # a declaration is dated by its own year, never by the article's date
    dated = (m for m in declared if years_near(CHINESE, sentence, m.span(), 24))
    for match in (*_SUMMIT.finditer(sentence), *dated):
        if not about_sco(CHINESE, sentence, match.start()) or _NOT_HELD.search(match.group()):
            continue
        which = _WHICH_CITY.search(sentence, match.start(), match.end())
        if which is None:  # pragma: no cover - the summit's pattern holds a city
            continue
        city = list(CITIES)[int(str(which.lastgroup)[1:])]
        yield summit_at(CHINESE, sentence, match.span(), city, today, reach=24, coming=_COMING)


# -- the rules -------------------------------------------------------------------

# ("还有": "除白俄罗斯外，成员国还有A、B", the rest of them)
_IS = "(?:为|為|是|有|还有|還有|另有|包括|包含|分别为|分別為|分别是|分別是|：|:)"
_MADE_OF = "是\\s*{list}\\s*(?:等)?\\s*{num}\\s*(?:个|個)?\\s*(?:国家|國家|国|國)\\s*(?:组成|組成|构成|構成)"
# a list of founders with their number after it, no "等" ("A、B和C六个国家", "A、B和C6国")
_FOUNDERS_COUNTED = "{list}\\s*(?P<founding_member>){num}\\s*(?:个|個)?\\s*(?:国家|國家|国|國)"
# ... before the founding ("A、B……六国元首签署《“上海合作组织”成立宣言》")
_FOUNDERS_BEFORE = f"{_FOUNDERS_COUNTED}(?=[^。；;]{{{{0,40}}}}?{_FOUNDED})"
# (a day of the month alone, as news gives it: "白俄罗斯4日正式成为……")
_JOINED_AT = r"(?:于|於|在)?\s*(?:(?:19|20)\d\d\s*年)?(?:\s*\d{{1,2}}\s*月)?(?:\s*\d{{1,2}}\s*[日号號])?\s*(?:正式)?"
# After "加入上合组织": a body of the SCO's or its family, not the SCO ("加入了上合组织能源俱乐部",
# "加入上合组织大家庭": a partner joins the family)
# "加入成为观察国和对话伙伴", "加入上合组织成为对话伙伴": joined in another status than a member's
_NOT_AS_PARTNER = "(?!(?:了)?\\s*(?:{sco})?\\s*(?:成为|成為|成|作为|作為|为|為)\\s*(?:观察|觀察|对话|對話|伙伴|夥伴))"
_NO_BODY = (
    '(?!\\s*(?:的)?\\s*[“"]?[\u4e00-\u9fff]{{0,6}}?(?:俱乐部|俱樂部|委员会|委員會|论坛|論壇|银联体|銀聯體'
    "|实业家|實業家|机制|機制|机构|機構|大家庭|大家族|中心|联络组|聯絡組))"
)


# The SCO's countries by one character, as Chinese writes them in a run ("中、俄、哈、吉、塔、乌
# 六个正式成员国", "中俄哈吉塔乌六国"): read only as a list counted right after it, its number
# the number of its names, and its status named (no guess from a lone character).
ONE_CHARACTER = {
    "中": "CHN", "俄": "RUS", "哈": "KAZ", "吉": "KGZ", "塔": "TJK", "乌": "UZB", "烏": "UZB",
    "印": "IND", "巴": "PAK", "伊": "IRN", "白": "BLR", "蒙": "MNG", "阿": "AFG",
}  # fmt: skip
_ONE = "[" + "".join(ONE_CHARACTER) + "]"
_SHORT = re.compile(
    f"(?:(?P<apart>{_ONE}(?:、{_ONE}){{2,11}})|(?<![\u4e00-\u9fff])(?P<glued>{_ONE}{{3,12}}))"
    f"\\s*{NUMBER}\\s*(?:个|個)?\\s*(?:{CHINESE.status_pattern})"
)


def one_character(sentence: str, _today: str | None) -> Iterator[Claim]:
    """ "除了中、俄、哈、吉、塔、乌六个正式成员国外": each country its status."""
    for match in _SHORT.finditer(sentence):
        names = (match["apart"] or match["glued"]).replace("、", "")
        status = status_of(match)
        if status is None or read_number(match["n"]) != len(names) or len(set(names)) != len(names):
            continue
        start, end = match.span()
        if not about_sco(CHINESE, sentence, start) or refused(CHINESE, sentence, start, end):
            continue
        members = tuple((ONE_CHARACTER[c], c) for c in names)
        group = Group(start, match.start("n"), members, False)
        when = None if status == "founding_member" else timed(CHINESE, sentence, start, end)
        detail: Extra = {} if when is None else {"time": when}
        yield from each(group, "status", status, start, end, (None, None), detail=detail)


RULES: tuple[SentenceRule, ...] = (
    SentenceRule(
        "zh: the SCO's countries by one character, counted",
        one_character,
        (
            (
                "如今上合组织除了中、俄、哈、吉、塔、乌六个正式成员国外，还有五个观察员国。",
                (("status", "China", "member"), ("status", "Uzbekistan", "member")),
            ),
            (
                "上合组织成立于2001年：中俄哈吉塔乌6个创始成员国。",
                (
                    ("status", "Kazakhstan", "founding_member"),
                    ("status", "Tajikistan", "founding_member"),
                ),
            ),
            ("上合组织观察员国有蒙、印、巴、伊四个观察员国。", (("status", "Iran", "observer"),)),
        ),
        (
            (  # the number is not the list's
                "上合组织的中、俄、哈两个成员国。",
                (("status", "China", "member"),),
            ),
            (  # a word's characters, not a list
                "集中俄哈三个成员国的力量。",
                (("status", "Russia", "member"),),
            ),
            (  # another body's
                "金砖国家的中、俄、印三个成员国。",
                (("status", "India", "member"),),
            ),
            (  # no status: no guess
                "上合组织的中、俄、哈三国。",
                (("status", "China", "member"), ("status", "China", "founding_member")),
            ),
        ),
    ),
    bound(
        CHINESE,
        "zh: status, then its list",
        Binding(
            (
                f"{{status}}(?:国|國)?\\s*(?:目前|现在|現在)?\\s*{_IS}\\s*{{list}}",
                # "观察员国共有4个，分别为A、B、C和D": the status, its number, then its list
                # (the verb may be left out: "成员国8个，即A、B；观察员国4个，即C、D")
                "{status}(?:国|國)?\\s*(?:共有|总共有|總共有|共计|共計|共|有)?\\s*{num}\\s*(?:个|個|国|國)"
                "\\s*[，,:：]?\\s*(?:分别为|分別為|分别是|分別是|包括|即)\\s*[：:]?\\s*{list}",
                # "还有四个观察员国，分别是A、B、C和D": the number, the status, then its list
                "{num}\\s*(?:个|個)\\s*{status}(?:国|國)?\\s*[，,:：]?\\s*(?:分别为|分別為|分别是|分別是|包括|即)"
                "\\s*[：:]?\\s*{list}",
                # a count, then its list in brackets: "3个观察员国(阿富汗、白俄罗斯、蒙古国)"
                "{status}(?:国|國)?\\s*[(（]\\s*{list}\\s*(?:等)?\\s*[)）]",
                # "它最初由中国、俄罗斯……共同创立于上海"
                "(?:最初|最早)?由\\s*{list}\\s*(?:共同)?(?:创立|創立|创建|創建|成立|建立)(?P<founding_member>)",
                *(by.replace("{list}", "(?P<founding_member>){list}") for by in _FOUNDED_BY),
                _FOUNDERS_BEFORE,
            )
        ),
        (
            (
                "上合组织成员国包括中国、印度、伊朗、哈萨克斯坦和俄罗斯。",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (
                "除白羅斯外,上合組織目前的成員國還有中國、哈薩克、印度以及伊朗。",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (  # a study page's English gloss after the status
                "上海合作组织观察员国家(observer states)：阿富汗、白俄罗斯、伊朗、蒙古。",
                (("status", "Belarus", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "上合组织的创始成员国为中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦。",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
            (
                "上海合作组织是哈萨克斯坦共和国、中华人民共和国和俄罗斯联邦于2001年6月15日在中国上海"
                "宣布成立的国际组织。",
                (
                    ("status", "Kazakhstan", "founding_member"),
                    ("status", "China", "founding_member"),
                ),
            ),
            (
                "上合组织拥有9个正式成员国,3个观察员国(阿富汗、白俄罗斯、蒙古国)。",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "上合组织最初由中国、俄罗斯和哈萨克斯坦共同创立于上海。",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Kazakhstan", "founding_member"),
                ),
            ),
            (
                "上合组织成员国包括中国、巴基斯坦(2017年加入)和印度(2017年加入)。",
                (("status", "Pakistan", "member"), ("status", "India", "member")),
            ),
            (  # the verb left out, lists across the clauses of one sentence
                "上合组织现有成员国8个，即中国、俄罗斯和印度；观察员国4个，即阿富汗和蒙古。",
                (("status", "India", "member"), ("status", "Afghanistan", "observer")),
            ),
            (  # countries by their official names
                "上合组织目前有三个观察员国：阿富汗伊斯兰共和国、白俄罗斯共和国和蒙古国；对话伙伴包括柬埔寨王国、"
                "卡塔尔国和斯里兰卡民主社会主义共和国。",
                (
                    ("status", "Afghanistan", "observer"),
                    ("status", "Mongolia", "observer"),
                    ("status", "Cambodia", "dialogue_partner"),
                    ("status", "Sri Lanka", "dialogue_partner"),
                ),
            ),
            (
                "上合組織觀察員國有阿富汗和蒙古國。",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (  # names glued with no separator: each the longest name at its place
                "上合组织另有2个观察员国：蒙古国阿富汗，以及3个对话伙伴：亚美尼亚阿塞拜疆斯里兰卡。",
                (
                    ("status", "Mongolia", "observer"),
                    ("status", "Afghanistan", "observer"),
                    ("status", "Armenia", "dialogue_partner"),
                    ("status", "Sri Lanka", "dialogue_partner"),
                ),
            ),
            (
                "到2020年，上合组织观察员国共有4个，分别为阿富汗、白俄罗斯、伊朗和蒙古。",
                (("status", "Belarus", "observer"), ("status", "Iran", "observer")),
            ),
            (
                "上合组织还有四个观察员国，分别是阿富汗、白俄罗斯、伊朗和蒙古国。",
                (("status", "Belarus", "observer"), ("status", "Mongolia", "observer")),
            ),
            (  # the founders counted before the founding's declaration
                "2001年6月，中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦、乌兹别克斯坦六国元首签署"
                "《“上海合作组织”成立宣言》。",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
            (  # a title run into the sentence, the founders counted, the founding after a signing
                "什么是观察员国 上合组织是由中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦"
                "六个国家在2001年6月签署宣言后成立的组织。",
                (
                    ("status", "Kyrgyzstan", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
        ),
        (
            (  # another body's members, glossed
                "金砖国家成员(BRICS members)：巴西、俄罗斯、印度和埃及。",
                (("status", "Egypt", "member"), ("status", "India", "member")),
            ),
            (
                "金砖国家成员国包括中国、印度和埃及。",
                (("status", "Egypt", "member"),),
            ),
            (
                "金砖国家是中国、俄罗斯和印度于2009年成立的组织。",
                (("status", "China", "founding_member"),),
            ),
            (
                "上合组织论坛由中国和俄罗斯共同创立。",
                (("status", "China", "founding_member"),),
            ),
            (  # three countries' leaders at an anniversary: no founding
                "中国、俄罗斯和印度三国元首出席上合组织成立20周年庆典。",
                (("status", "India", "founding_member"),),
            ),
            (
                "上合组织有3个观察员国(不包括白俄罗斯)。",
                (("status", "Belarus", "observer"),),
            ),
            (
                "上合组织的候选成员国包括老挝。",
                (("status", "Laos", "member"),),
            ),
            (  # glued names are one list only where they stand together
                "上合组织成员国包括中国，印度尼西亚不是。",
                (("status", "Indonesia", "member"), ("status", "India", "member")),
            ),
            (  # a count with no "即" after it: no list of that status
                "上合组织观察员国4个，与中国和俄罗斯合作密切。",
                (("status", "China", "observer"), ("status", "Russia", "observer")),
            ),
            (
                "上合组织观察员国共有2个，申请国包括埃及。",
                (("status", "Egypt", "observer"),),
            ),
            (  # another body's count and list
                "上合组织扩员之际，金砖国家有五个新成员国，分别是埃及、伊朗和沙特。",
                (("status", "Egypt", "member"),),
            ),
        ),
    ),
    bound(
        CHINESE,
        "zh: a list, then its status",
        Binding(
            (
                "{list}(?:等|这|這)?\\s*(?:{num}\\s*(?:个|個|国|國))?\\s*"
                # a bare 的 is the countries' own: "来自中国和俄罗斯的观察员" are observers (people)
                # (a status followed by a colon heads the list after it: "A、B\n三个观察员国：C")
                "(?:为|為|是|作为|作為)?\\s*(?:{sco}(?:的)?)?"
                "(?:正式)?{status}(?![国國]?(?:地位|身份|\\s*[:：]))",
                "{list}(?:拥有|擁有|具有)(?:了)?{the_sco}{status}(?:地位|身份)",
                # a list's line, then its role: "中国与俄罗斯：作为创始成员国，两国……"
                "{list}\\s*[:：]\\s*(?:作为|作為)\\s*(?:{sco}(?:的)?)?(?:正式)?{status}(?![国國]?(?:地位|身份))",
                # "蒙古国、印度、巴基斯坦和伊朗，均为上合组织观察员国": all of the list
                "{list}\\s*[，,]?\\s*(?:均|都|皆|全都|全部)\\s*(?:为|為|是)\\s*(?:{sco}(?:的)?)?(?:正式)?{status}"
                "(?![国國]?(?:地位|身份))",
                # "包括伊朗在内的九个成员国": "在内的" after a list that "包括" opens
                "包括\\s*{list}\\s*在[内內]的\\s*(?:{num}\\s*(?:个|個|国|國))?\\s*{the_sco}(?:正式)?{status}",
                # "是A、B和C等10个国家组成的国际组织": the members
                _MADE_OF.replace("{num}", "(?P<member>){num}"),
                # "除白俄罗斯外，上合组织目前的成员国还有A、B": the one set apart holds it too
                "除(?:了)?\\s*{list}\\s*(?:以外|之外|外)\\s*[，,]?\\s*(?:{sco})?\\s*(?:目前|现在|現在|如今)?\\s*(?:的)?"
                "\\s*(?:正式)?{status}(?:国|國)?\\s*(?:还有|還有|还包括|還包括|另有)",
            )
        ),
        (
            (
                "上合组织现有阿富汗、白俄罗斯、伊朗、蒙古国4个观察员国。",
                (("status", "Afghanistan", "observer"), ("status", "Iran", "observer")),
            ),
            (
                "阿富汗、白俄罗斯、伊朗和蒙古拥有上合组织观察员国地位。",
                (("status", "Belarus", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "印度和巴基斯坦是上合组织成员国。",
                (("status", "India", "member"), ("status", "Pakistan", "member")),
            ),
            (
                "上合组织是中国、俄罗斯和印度等10个国家组成的国际组织。",
                (("status", "China", "member"), ("status", "India", "member")),
            ),
            (
                "上合组织有阿塞拜疆、亚美尼亚、柬埔寨、尼泊尔、土耳其和斯里兰卡6个对话伙伴国。",
                (
                    ("status", "Nepal", "dialogue_partner"),
                    ("status", "Türkiye", "dialogue_partner"),
                ),
            ),
            (
                "如今，包括白俄罗斯在内的十个上合组织成员国合作密切。",
                (("status", "Belarus", "member"),),
            ),
            (
                "- 中国与俄罗斯：作为创始成员国，两国在上合组织中扮演着核心角色。",
                (("status", "China", "founding_member"), ("status", "Russia", "founding_member")),
            ),
            (  # the one set apart by "除……外" holds the status too
                "除白羅斯外,上合組織目前的成員國還有中國、哈薩克、印度以及伊朗。",
                (("status", "Belarus", "member"), ("status", "Iran", "member")),
            ),
            (  # "all of them are": judged before the frame's event
                "印巴加入之前，上合组织潜在的扩员对象有四个——蒙古国、印度、巴基斯坦和伊朗，均为上合组织"
                "观察员国。",
                (("status", "Mongolia", "observer"), ("status", "Iran", "observer")),
            ),
        ),
        (
            (
                "印度尼西亚是东盟成员国，也与上合组织合作。",
                (("status", "India", "member"), ("status", "Indonesia", "member")),
            ),
            (
                "会议给予印度、巴基斯坦上海合作组织成员国地位。",
                (("status", "India", "member"),),
            ),
            (
                "伊朗不是上合组织成员国。",
                (("status", "Iran", "member"),),
            ),
            (
                "- 埃及与伊朗：作为金砖国家成员国，两国也与上合组织合作。",
                (("status", "Egypt", "member"),),
            ),
            (
                "巴西、印度和埃及均为金砖国家成员国，也与上合组织合作。",
                (("status", "Egypt", "member"), ("status", "India", "member")),
            ),
            (
                "峰会期间推进伊朗成为第九个成员国的进程。",
                (("joined", "Iran", "member"), ("status", "Iran", "member")),
            ),
            (
                "其中一个重要决定是啓動印度和巴基斯坦加入上合组织的进程。",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            (
                "会上，来自中国和俄罗斯的观察员参加了讨论。",
                (("status", "China", "observer"), ("status", "Russia", "observer")),
            ),
            (  # the next line's heading is no status of the list before it
                "上合组织九个成员国：印度共和国、中国和伊朗伊斯兰共和国\n三个观察员国：阿富汗、白俄罗斯和蒙古国。",
                (("status", "India", "observer"), ("status", "Iran", "observer")),
            ),
            (
                "内蒙古是上合组织成员国中国的一部分。",
                (("status", "Mongolia", "member"),),
            ),
            (  # set apart, with no more of the status after it
                "除白俄罗斯外，上合组织成员国都来自亚洲。",
                (("status", "Belarus", "member"),),
            ),
            (  # another body's members
                "除埃及外，金砖国家成员国还有巴西和印度。",
                (("status", "Egypt", "member"),),
            ),
        ),
    ),
    bound(
        CHINESE,
        "zh: a heading, then its list",
        Binding((LISTED,)),
        (
            (
                "上合组织成员国： - 中国 - 俄罗斯 - 印度",
                (("status", "China", "member"), ("status", "India", "member")),
            ),
            (
                "上合组织观察员国（2）： 阿富汗 蒙古国",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
        ),
        (
            (
                "金砖国家成员国： 中国 俄罗斯 埃及",
                (("status", "Egypt", "member"),),
            ),
            (
                "上合组织候选成员国： 老挝 柬埔寨",
                (("status", "Laos", "member"),),
            ),
        ),
    ),
    bound(
        CHINESE,
        "zh: a list joins",
        Binding(
            (
                f"{{list}}{_JOINED_AT}(?:成为|成為)(?:了)?{{the_sco}}(?:第\\S{{{{1,3}}}}(?:个|個)|新)?{{status}}",
                # "蒙古为第一个加入上合组织观察员的国家": the first to join with that status
                "{list}(?:为|為|是)(?:第\\S{{1,3}}(?:个|個)|首个|首個)加入(?:了)?{the_sco}{status}",
                "(?:给予|給予|授予){list}(?:以)?{the_sco}{status}(?:地位|身份)",
                "{list}(?:获得|獲得|获|獲)(?:了)?{the_sco}{status}(?:地位|身份)",
                "(?:接收|接纳|接納|吸收|吸纳|吸納){list}(?:为|為){the_sco}{status}",
                # the next object of the same admission: "接纳白俄罗斯为观察员国，阿塞拜疆、亚美尼亚为对话
                # 伙伴国", "接收阿富汗为观察员国、土耳其为对话伙伴国"
                "(?:接收|接纳|接納|吸收|吸纳|吸納)[^。；;，,、]{{1,40}}?(?:为|為)[^。；;，,、]{{0,16}}?"
                "(?:国|國|员|員|伴)\\s*[，,、]\\s*{list}\\s*(?:为|為){the_sco}{status}",
                # "批准同意埃及、沙特等7国为新的对话伙伴": approved as new partners
                "(?:批准|同意)\\s*{list}\\s*(?:等\\s*[一二两兩三四五六七八九十\\d]{{1,2}}\\s*(?:个|個)?\\s*(?:国家|國家|国|國))?"
                "\\s*(?:为|為)\\s*(?:新的?)?{the_sco}{status}(?!\\s*(?:地位|身份)?\\s*的?\\s*(?:申请|申請|程序))",
            ),
            kind="joined",
        ),
        (
            (
                "2017年，印度和巴基斯坦成为上合组织正式成员国。",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            (
                "上合组织元首理事会正式接收白俄罗斯为成员国。",
                (("joined", "Belarus", "member"),),
            ),
            (  # founders became founders: a status held, not a joining
                "中国、俄罗斯和哈萨克斯坦成为上合组织创始成员国。",
                (("status", "China", "founding_member"),),
            ),
            (
                "2017年上合组织阿斯塔纳峰会决定给予印度和巴基斯坦成员国地位。",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            ("2022年，上合组织再次扩员，伊朗成为新成员。", (("joined", "Iran", "member"),)),
            (
                "2004年上合组织塔什干峰会上，蒙古国获观察员地位。",
                (("joined", "Mongolia", "observer"),),
            ),
            (
                "印度和巴基斯坦在2017年6月正式成为上合组织成员国。",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            (  # a day of the month alone, as news dates it
                "白俄罗斯4日正式成为上海合作组织成员国。",
                (("joined", "Belarus", "member"),),
            ),
            (  # a comma left before "、" by a page's markup
                "峰会并给予印度,、巴基斯坦上合组织成员国地位。",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
            (
                "在这些国家中，蒙古是第一个加入上合组织观察员行列的国家。",
                (("joined", "Mongolia", "observer"),),
            ),
            (  # the next object of the same admission
                "上合组织峰会接纳白俄罗斯为观察员国，阿塞拜疆、亚美尼亚、柬埔寨、尼泊尔为对话伙伴国。",
                (("joined", "Belarus", "observer"), ("joined", "Nepal", "dialogue_partner")),
            ),
            (
                "上合峰会批准同意埃及、沙特阿拉伯等7国为新的对话伙伴。",
                (
                    ("joined", "Egypt", "dialogue_partner"),
                    ("joined", "Saudi Arabia", "dialogue_partner"),
                ),
            ),
            (  # a resolution passed is the decision itself, not a document about one to come
                "峰会通过了给予印度、巴基斯坦上合组织成员国地位的决议。",
                (("joined", "India", "member"), ("joined", "Pakistan", "member")),
            ),
        ),
        (
            (
                "伊朗将成为上合组织正式成员国。",
                (("joined", "Iran", "member"),),
            ),
            (
                "老挝申请成为上合组织成员国。",
                (("joined", "Laos", "member"),),
            ),
            (
                "埃及希望成为第一个加入上合组织成员国行列的非洲国家。",
                (("joined", "Egypt", "member"),),
            ),
            (  # the foreign ministers' decision: a recommendation to the heads of state
                "上合组织成员国外长理事会会议同意给予柬埔寨伙伴国地位。",
                (("joined", "Cambodia", "partner"), ("joined", "Cambodia", "dialogue_partner")),
            ),
            (  # a document whose subject the joining is: the memorandum, the bill
                "两国外长签署了伊朗加入上合组织的备忘录。",
                (("joined", "Iran", "member"),),
            ),
            (
                "峰会签署了关于白俄罗斯加入上合组织义务的备忘录。",
                (("joined", "Belarus", "member"),),
            ),
            ("伊朗议会通过了伊朗成为上合组织成员国法案。", (("joined", "Iran", "member"),)),
            (  # the agreement to admit: the procedure begun
                "上合组织成员国去年同意接纳伊朗成为新成员。",
                (("joined", "Iran", "member"),),
            ),
            (  # the admission's next object hoped for
                "上合组织峰会接纳白俄罗斯为观察员国，埃及希望成为对话伙伴国。",
                (("joined", "Egypt", "dialogue_partner"),),
            ),
            (  # approved to begin a procedure, not the status
                "峰会批准伊朗为成员国的申请程序。",
                (("joined", "Iran", "member"),),
            ),
        ),
    ),
    bound(
        CHINESE,
        "zh: a list enters",
        Binding(
            (
                f"{{list}}{_JOINED_AT}加入(?:了)?(?:{{sco}}){_NO_BODY}{_NOT_AS_PARTNER}",
                "{list}(?:陆续|陸續|先后|先後|相继|相繼)(?:正式)?加入" + _NOT_AS_PARTNER,
                "{list}(?:正式)?加入(?:后|後)(?=[，,]?\\s*(?:{sco}))",  # "印度、巴基斯坦加入后，上合组织……"
                # "上合组织经历了首次扩员，印度和巴基斯坦加入，" (not "随着老挝加入，上合组织大家庭……")
                "{list}(?:正式)?加入(?=\\s*[，,。；;])(?![^。；;]{{0,20}}(?:大家庭|大家族))",
                # a chronology's line or a headline, ending with the verb: "2023年：伊朗正式加入"
                "{list}(?:正式)?加入(?:了)?" + _LINE_ENDS,
            ),
            kind="joined",
            status="member",
        ),
        (
            ("2024年白俄罗斯正式加入上合组织。", (("joined", "Belarus", "member"),)),
            ("伊朗于2023年加入上合组织。", (("joined", "Iran", "member"),)),
            (
                "印度、巴基斯坦加入后，上合组织8个成员国人口占世界近一半。",
                (("joined", "India", "member"),),
            ),
            (
                "2017年，上合组织经历了首次扩员，印度和巴基斯坦加入。",
                (("joined", "Pakistan", "member"),),
            ),
            ("上合组织成立后，印度、巴基斯坦、伊朗陆续加入。", (("joined", "Iran", "member"),)),
            ("上合组织成立于2001年，之后印度、伊朗陆续加入。", (("joined", "India", "member"),)),
        ),
        (
            ("白俄罗斯申请加入上合组织。", (("joined", "Belarus", "member"),)),
            ("埃及加入后，金砖国家扩大了。", (("joined", "Egypt", "member"),)),
            ("上合组织扩员后，伊朗希望加入，埃及也想加入。", (("joined", "Iran", "member"),)),
            ("埃及加入了金砖，未加入上合组织。", (("joined", "Egypt", "member"),)),
            # joined as observers or partners: no member's joining
            (
                "蒙古、巴基斯坦、伊朗、印度和斯里兰卡先后加入成为观察国和对话伙伴。",
                (("joined", "India", "member"),),
            ),
            ("柬埔寨、尼泊尔一同加入上合组织成为对话伙伴。", (("joined", "Nepal", "member"),)),
        ),
    ),
    SentenceRule(
        "zh: counts",
        _counts(
            # (not the sum of two statuses: "12个成员国和观察员国", "16个观察员国、对话伙伴")
            # (not the members added: "成立20年来仅新增4个正式成员国")
            "(?<!新增)(?<!增加)(?<!增加了)(?<!新吸收)(?<!吸收了){num}\\s*(?:个|個|国|國)\\s*{status}"
            + _NOT_SUMMED,
            "{status}(?:数量|數量|总数|總數)?(?:已|已经|已經)?(?:增至|增加到|增加至|扩大到|擴大到|扩大至|擴大至|达到|達到"
            "|扩展至|擴展至|扩展到|擴展到|发展到|發展到|发展至|發展至)\\s*{num}\\s*(?:个|個)",
            # "由10个国家组成", "扩展到八个国家": the members
            "(?P<member>)(?:由\\s*)?{num}\\s*(?:个|個)\\s*(?:国家|國家)\\s*(?:组成|組成|构成|構成)",
            "(?P<member>)(?:扩展到|擴展到|扩大到|擴大到|扩大至|擴大至|增至|增加到)\\s*{num}\\s*(?:个|個)\\s*(?:国家|國家)",
            # "成员国的数量从六个增加到八个": the count it came to, when it changed (before the
            # article's date: a change told is no count of today)
            "{status}(?:的)?(?:数量|數量|总数|總數)?(?P<earlier>(?:从|從)\\s*[一二两兩三四五六七八九十\\d]{{1,3}}\\s*(?:个|個)?"
            "\\s*(?:增加到|增加至|增至|扩大到|擴大到|扩大至|擴大至))\\s*{num}",
            # ... and the count it came from, at an earlier time
            "{status}(?:的)?(?:数量|數量|总数|總數)?(?P<earlier>(?:从|從)\\s*{num}\\s*(?:个|個)?)"
            "(?=\\s*(?:增加到|增加至|增至|扩大到|擴大到|扩大至|擴大至))",
            # "观察员国共有4个": the status, then its number (not the total of a list of
            # statuses: "观察员国、对话伙伴共26国")
            "(?<![、和及与與])\\s*{status}(?:国|國)?\\s*(?:共有|总共有|總共有|共计|共計|共|有)\\s*{num}\\s*(?:个|個|国|國)",
            # "由A、B和C六个国家……成立", "创始成员国为A、B和C三国": the founders counted
            _FOUNDERS_BEFORE,
            "(?:创始成员国|創始成員國)\\s*(?:为|為|是|有|包括)\\s*" + _FOUNDERS_COUNTED,
            # "上合组织已由最初的六个欧亚国家扩展至10个成员国": the countries it began with
            "(?:最初|起初|成立时|成立時|成立之初)的?\\s*(?P<founding_member>){num}\\s*(?:个|個)"
            "\\s*[^\\s，,。；;、]{{0,4}}?(?:国家|國家)",
            # "共有10个成员国和17个伙伴": "伙伴" alone counts the partners only beside a
            # count of members ("合作伙伴", a common word, is none)
            "(?:成员国|成員國)\\s*(?:和|及|以及|、)\\s*{num}\\s*(?:个|個)\\s*(?:伙伴|夥伴)(?![国國关關係系])(?P<partner>)",
        ),
        (
            ("上合组织有10个成员国。", (("count", "member", 10),)),
            ("2017年，上合组织有8个成员国。", (("count", "member", 8),)),
            ("上合组织有两个观察员国。", (("count", "observer", 2),)),
            ("上合组织成员国增至8个。", (("count", "member", 8),)),
            ("目前，上合组织成员国已扩展至10个。", (("count", "member", 10),)),
            ("上合组织拥有十四个对话伙伴。", (("count", "dialogue_partner", 14),)),
            ("上合组织是中国、俄罗斯和印度等10个国家组成的国际组织。", (("count", "member", 10),)),
            ("2017年6月，上合组织扩展到八个国家。", (("count", "member", 8),)),
            ("2017年，上合组织成员国的数量从六个增加到八个。", (("count", "member", 8),)),
            ("截至2019年，上合组织观察员国共有4个。", (("count", "observer", 4),)),
            ("截至2025年9月，上合组织共有10个成员国和17个伙伴。", (("count", "partner", 17),)),
            (
                "近年来，上合组织已由最初的六个欧亚国家扩展至10个成员国。",
                (("count", "founding_member", 6), ("count", "member", 10)),
            ),
            ("上合组织目前有3个伙伴对话国。", (("count", "dialogue_partner", 3),)),
            (
                "此后，上合组织成员国的数量从六个增加到八个。",
                (("count", "member", 6), ("count", "member", 8)),
            ),
            (
                "上合组织是由中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦六个国家"
                "于2001年在上海宣布成立的。",
                (("count", "founding_member", 6),),
            ),
            (
                "上合组织的创始成员国为中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和乌兹别克斯坦6国。",
                (("count", "founding_member", 6),),
            ),
        ),
        (
            ("上合组织元首理事会第二十次会议举行。", (("count", "member", 20),)),
            # the members added, not all of them
            ("上合组织成立逾20年来仅新增4个正式成员国。", (("count", "member", 4),)),
            ("金砖有10个成员国，上合组织也有。", (("count", "member", 10),)),
            ("上合组织将有11个成员国。", (("count", "member", 11),)),
            (  # the size of the list before ("these three"), who attended: no count of the SCO
                "参会的还有白俄罗斯、伊朗、蒙古国这3个观察员国领导人，以及上合组织客人。",
                (("count", "observer", 3),),
            ),
            ("习近平将同上合组织其他7个成员国领导人会谈。", (("count", "member", 7),)),
            (  # business partners, no status
                "上合组织成员国和20个合作伙伴签署了协议。",
                (("count", "partner", 20),),
            ),
            ("金砖由10个国家组成，上合组织也是。", (("count", "member", 10),)),
            (  # the first countries of another body
                "金砖国家最初的四个国家是巴西、俄罗斯、印度和中国，上合组织不同。",
                (("count", "founding_member", 4),),
            ),
            (  # a list of ten with "等" is no count of founders, and 组成 no founding
                "上合组织是由中国、俄罗斯和印度等10个国家组成的组织。",
                (("count", "founding_member", 10),),
            ),
            (
                "上合组织由中国、俄罗斯和哈萨克斯坦三国倡议，成立20周年时扩员。",
                (("count", "founding_member", 3),),
            ),
        ),
    ),
    SentenceRule(
        "zh: founding",
        founding,
        (
            ("上合组织于2001年6月15日在上海成立。", (("founding", "SCO", 2001),)),
            ("上海合作组织成立于2001年。", (("founding", "SCO", 2001),)),
            ("2001年成立的上合组织已有10个成员国。", (("founding", "SCO", 2001),)),
            (
                "上海合作组织是哈萨克斯坦共和国、中华人民共和国和俄罗斯联邦于2001年6月15日在中国上海"
                "宣布成立的国际组织。",
                (("founding", "SCO", 2001),),
            ),
            ("1996年4月，“上海五国”会晤机制正式建立。", (("founding", "Shanghai Five", 1996),)),
            ("2026年6月，上海合作组织将迎来成立25周年。", (("founding", "SCO", 2001),)),
            ("上合组织起源于1996年的上海五国会晤机制。", (("founding", "Shanghai Five", 1996),)),
            ("上海合作组织是一个成立于2001年的国际组织。", (("founding", "SCO", 2001),)),
            (
                "上合组织是上海五国的继承者,上海五国于1996年由中国、哈萨克斯坦和俄罗斯组成。",
                (("founding", "Shanghai Five", 1996),),
            ),
            ("2021年是上合组织成立二十周年。", (("founding", "SCO", 2001),)),
            (
                "中国、俄罗斯和哈萨克斯坦等国于1996年成立“上海五国”，以解决边界问题。",
                (("founding", "Shanghai Five", 1996),),
            ),
            ("2001年6月，上合组织正式成立，乌兹别克斯坦成为成员。", (("founding", "SCO", 2001),)),
            ("上合组织，即上海合作组织，成立于2001年。", (("founding", "SCO", 2001),)),
            ("自2001年成立以来，上合组织不断发展。", (("founding", "SCO", 2001),)),
            (  # the summit is to come, the founding is past
                "天津峰会也将是上合组织2001年成立以来规模最大的一次峰会。",
                (("founding", "SCO", 2001),),
            ),
            (
                "2001年6月14日至15日，六国元首签署宣言，上海合作组织正式成立。",
                (("founding", "SCO", 2001),),
            ),
        ),
        (
            ("2021年，上合组织成立已满二十年。", (("founding", "SCO", 2021),)),
            ("2006年，上合组织成立五周年。", (("founding", "SCO", 2006),)),
            ("2021年是上合组织成立20周年。", (("founding", "SCO", 2021),)),
            ("金砖国家是中国、俄罗斯和印度于2009年成立的组织。", (("founding", "SCO", 2009),)),
            ("1996年4月，“上海五国”会晤机制正式建立。", (("founding", "SCO", 1996),)),
            (  # another body's founding, since when
                "自2009年成立以来，金砖国家不断发展。",
                (("founding", "SCO", 2009),),
            ),
            (  # a chronology's entry on another year: the SCO's founding is no event of it
                "2021年9月17日，上合组织峰会在杜尚别举行，上海合作组织成立二十周年。",
                (("founding", "SCO", 2021),),
            ),
            ("上合组织，即上海合作组织，将成立于2001年。", (("founding", "SCO", 2001),)),
        ),
    ),
    SentenceRule(
        "zh: summits",
        summits,
        (
            ("2025年上合组织天津峰会在天津举行。", (("summit", "Tianjin", 2025),)),
            (
                "2019年6月13日至14日，上合组织元首理事会第十九次会议在吉尔吉斯斯坦比什凯克举行。",
                (("summit", "Bishkek", 2019),),
            ),
            ("2018年上合组织青岛峰会取得成功。", (("summit", "Qingdao", 2018),)),
            (
                "上海合作组织成员国元首理事会第十五次会议于2015年在俄罗斯乌法市举行。",
                (("summit", "Ufa", 2015),),
            ),
            (
                "上海合作组织元首理事会第十八次会议将于2018年6月在山东省青岛市举行。",
                (("summit", "Qingdao", 2018),),
            ),
            (  # the hall named after the city
                "2022年9月，上海合作组织成员国元首理事会第22次会议16日在乌兹别克撒马尔罕国际会议中心举行。",
                (("summit", "Samarkand", 2022),),
            ),
            (  # named by its declaration
                "2015年，上合组织成员国元首签署了《乌法宣言》。",
                (("summit", "Ufa", 2015),),
            ),
            (
                "2013年9月13日，六国元首签署《上海合作组织成员国元首比什凯克宣言》。",
                (("summit", "Bishkek", 2013),),
            ),
            (
                "2004年6月，上合组织第四次峰会在乌首都塔什干举行。",
                (("summit", "Tashkent", 2004),),
            ),
            (
                "2019年6月，上合组织在吉尔吉斯斯坦比什凯克举行元首理事会会议。",
                (("summit", "Bishkek", 2019),),
            ),
            (  # a comma before the place; "于" and a chair's words between
                "2017年6月，上海合作组织成员国元首理事会第十七次会议，在哈萨克斯坦首都阿斯塔纳召开。",
                (("summit", "Astana", 2017),),
            ),
            (
                "2024年7月4日，上合组织成员国元首理事会第24次会议将在主席国哈萨克斯坦总统托卡耶夫主持下"
                "于阿斯塔纳举行。",
                (("summit", "Astana", 2024),),
            ),
            (  # the SCO's full and short names between the verb and the council
                "2019年，在吉尔吉斯斯坦首都比什凯克举行的上海合作组织（简称上合组织）成员国元首理事会"
                "第十九次会议发表了宣言。",
                (("summit", "Bishkek", 2019),),
            ),
        ),
        (
            ("2024年中非合作论坛北京峰会召开。", (("summit", "Beijing", 2024),)),
            ("2019年，上合组织在北京举行外长理事会会议。", (("summit", "Beijing", 2019),)),
            (  # another council's meeting held there
                "2019年，在北京举行的上海合作组织（简称上合组织）成员国外长理事会会议发表了声明。",
                (("summit", "Beijing", 2019),),
            ),
            (  # no summit or heads of state in the sentence
                "2004年，上合组织在《塔什干宣言》之外还通过了其他文件。",
                (("summit", "Tashkent", 2004),),
            ),
            ("2015年，金砖国家元首签署了《乌法宣言》。", (("summit", "Ufa", 2015),)),
            (  # a year in another document's title, or no year: no date of the summit
                "2015年7月，成员国元首签署《乌法宣言》，批准《上合组织至2025年发展战略》。",
                (("summit", "Ufa", 2025),),
            ),
            ("上海合作组织峰会于2025年举行。", (("summit", "Shanghai", 2025),)),
            (  # the foreign ministers' council in a hall there
                "2019年，上合组织外长理事会会议在北京国际会议中心举行。",
                (("summit", "Beijing", 2019),),
            ),
            (  # the foreign ministers' council, held "于" a city
                "2019年，上合组织外长理事会会议于北京举行。",
                (("summit", "Beijing", 2019),),
            ),
            (  # the founding's year beside the summit is none of its
                "天津峰会也将是上合组织2001年成立以来规模最大的一次峰会。",
                (("summit", "Tianjin", 2001),),
            ),
        ),
    ),
)

# A sentence that refers to the SCO without naming it, read by every rule above when the
# sentence before named the SCO and no other body stands after that name or in it
# (common.about_sco): documents and the claims they must give, and must not.
REFERRING: tuple[Example, ...] = (
    (
        "上海合作组织成立于2001年。其成员国包括中国、俄罗斯、印度和伊朗。",
        (("status", "China", "member"), ("status", "Iran", "member")),
    ),
    (
        "上合组织总部设在北京。该组织的观察员国有阿富汗和蒙古国。",
        (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
    ),
    (
        "上合组织成立于2001年。现有10个成员国，蒙古和阿富汗2个观察员国。",
        (("count", "member", 10), ("status", "Mongolia", "observer")),
    ),
    (  # a list bound by context passes the SCO on to the next line's list
        "上海合作组织成立于2001年。\n成员国：中国、俄罗斯。\n观察员国：阿富汗、蒙古国。",
        (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
    ),
    (  # a chronology: a joining stated by context passes the SCO on to the next entry
        "上合组织于2001年成立。2017年，接收印度为成员国。2024年，白俄罗斯加入。",
        (("joined", "India", "member"), ("joined", "Belarus", "member")),
    ),
    (  # a body in a later clause is no matter
        "上海合作组织成立于2001年。成员国:中国、俄罗斯;参会客人:土库曼斯坦、独联体和东盟。",
        (("status", "China", "member"), ("status", "Russia", "member")),
    ),
)
NOT_REFERRING: tuple[Example, ...] = (
    (  # another body after the SCO's name
        "上合组织与东盟建立了联系。其成员国包括印度尼西亚和缅甸。",
        (("status", "Myanmar", "member"),),
    ),
    (  # the SCO named two sentences before
        "上合组织成立于2001年。习近平抵达天津。其成员国包括埃及和伊朗。",
        (("status", "Egypt", "member"),),
    ),
    (  # a sentence with no claim breaks the chain
        "上合组织成立于2001年。成员国：中国、俄罗斯。习近平抵达天津。观察员国：埃及。",
        (("status", "Egypt", "observer"),),
    ),
    (  # a joining with no status word passes nothing on
        "上合组织于2001年成立。2024年，白俄罗斯加入。2025年，埃及加入。",
        (("joined", "Egypt", "member"),),
    ),
    (  # another body in the sentence itself
        "上合组织峰会在天津举行。中国和俄罗斯是安理会常任理事国，也是金砖成员国。",
        (("status", "China", "member"),),
    ),
)

# The answer to a question that asked for a status's number ("问：上合组织有几个成员国？"
# "答：10个。"): the count of the status the question named.
_ANSWER = "^\\s*(?:答|回答|答案)\\s*[：:]?\\s*"
_ANSWERED_COUNT = re.compile(
    _ANSWER
    + "(?:(?:上合组织|上合組織|上海合作组织|上海合作組織)\\s*(?:的)?\\s*)?(?:目前|现在|現在|如今)?"
    "\\s*(?:共有|总共有|總共有|一共有|有|共)?\\s*"
    + NUMBER
    + "\\s*(?:个|個)(?!\\s*(?:国家|國家|[^\\s，,。；;、]))"
)


def answered_count(sentence: str, _today: str | None) -> Iterator[Claim]:
    """ "答：10个。" after "上合组织有几个成员国？": the members counted."""
    status = announced()
    match = _ANSWERED_COUNT.match(sentence) if status else None
    number = None if match is None else read_number(match["n"])
    if match is None or status is None or number is None:
        return
    start, end = match.span("n")[0], match.end()
    if refused(CHINESE, sentence, start, end) or not about_sco(CHINESE, sentence, start):
        return
    when = timed(CHINESE, sentence, start, end)
    if when is None:
        when = asked_year()  # "问：2019年上合组织有几个成员国？" "答：8个。": in 2019
    yield CountClaim(status, number, start, end, {} if when is None else {"time": when})


# The sentence after a statement that marks it false as a whole: a true-false item's verdict
# ("错误，上合组织有10个成员国。", "（×）", "答：错。"), or a report's refutation ("该说法不实。",
# "经核实，这一说法是错误的。"); a question asking whether it is true may stand between
# ("对吗？"). The verdict opens the sentence and a stop follows it: "错过了峰会" is none.
_FALSE = (
    "(?:×|✗|✘|错误|錯誤|错|錯|不对|不對|不正确|不正確|有误|有誤|不实|不實|不属实|不屬實"
    "|失实|失實|虚假|虛假|谣言|謠言)"
)
_REFUTED_NEXT = re.compile(
    "\\s*(?:(?:答|回答|答案|核查结果|核查結果|核实结果|核實結果|结论|結論)\\s*[：:]\\s*)?(?:(?:经|經)(?:核实|核實|查证|查證)\\s*[，,]?\\s*)?"
    "(?:(?:这|這|此|该|該|上述|以上)(?:一|种|種|个|個|条|條)?\\s*"
    "(?:说法|說法|报道|報道|消息|传言|傳言|言论|言論|判断|判斷)?\\s*(?:是|系|纯属|純屬|完全|并|並)?\\s*)?"
    f"(?:[（(]\\s*{_FALSE}\\s*[)）]|{_FALSE}\\s*(?:的)?\\s*(?:[，,。；;！!：:]|$))"
)
# a statement labelled as a myth or a rumour ("误区：土耳其是上合组织成员国。"): told to be false
_MYTH = re.compile(
    "\\s*(?:误区|誤區|谣言|謠言|网传|網傳|传言|傳言|谬误|謬誤|错误说法|錯誤說法)\\s*[：:]"
)
_ASKED_IF_TRUE = re.compile(
    "\\s*[^。？?]{0,12}?(?:对吗|對嗎|对不对|對不對|正确吗|正確嗎|是否正确|是否正確)\\s*[？?]\\s*$"
)


def refuted_next(sentence: str, following: list[str]) -> bool:
    """Whether the sentence is labelled a myth, or the sentence after it (past a question
    whether it is true) marks it false as a whole."""
    if _MYTH.match(sentence):
        return True
    later = following[:2]
    if later and _ASKED_IF_TRUE.match(later[0]):
        later = later[1:]
    return bool(later) and _REFUTED_NEXT.match(later[0]) is not None


# A status or a joining told of a pronoun ("该国于2015年成为观察员国", "其于2023年成为正式成员国"):
# the one country that opens the sentence before (common.named) or this sentence, before
# the pronoun's clause ("白俄罗斯出席了上合组织峰会，该国于2024年成为……"), never a guess among
# several.
_IT = (
    "(?:^|(?<=[，,；;]))\\s*(?:该国|該國|这个国家|這個國家|此国|此國|其"
    # "these (six) countries", "the (six) countries above": the list named before, all of it
    "|(?P<many>(?:这|這|上述|以上)(?:些|(?P<size>[两兩三四五六七八九十\\d]{{1,2}})\\s*(?:个|個)?)?\\s*(?:国家|國家|国|國)"
    "|它们|它們))\\s*(?:都|均)?\\s*(?:已|已经|已經|也|亦)?\\s*"
)
_PRONOUN = (
    (
        "joined",
        _IT + _JOINED_AT + "(?:成为|成為)(?:了)?{the_sco}(?:第\\S{{1,3}}(?:个|個)|新)?{status}",
    ),
    ("joined", _IT + _JOINED_AT + "(?:获得|獲得|获|獲)(?:了)?{the_sco}{status}(?:地位|身份)"),
    (
        "status",
        _IT
        + "(?:目前|现在|現在)?(?:是|为|為)\\s*{the_sco}(?:正式)?{status}(?![国國]?(?:地位|身份))",
    ),
)


def _stands_for(match: re.Match[str], countries: tuple[tuple[str, str], ...]) -> bool:
    """Whether the pronoun may stand for the countries named before it: "该国" for one,
    "这些国家" for a list of two or more, "这六个国家" for a list of six."""
    if match["many"] is None:
        return len(countries) == 1
    size = match["size"]
    return len(countries) > 1 and (size is None or read_number(size) == len(countries))


def pronoun(sentence: str, _today: str | None) -> Iterator[Claim]:
    """A status or a joining told of "该国" or "其": the country named before it."""
    for kind, template in _PRONOUN:
        for match in CHINESE.compose(template).finditer(sentence):
            start, end = match.span()
            countries = named_before() if start == 0 else named(CHINESE, sentence[:start])
            status = status_of(match)
            if status is None or not _stands_for(match, countries):
                continue
            if not about_sco(CHINESE, sentence, start) or refused(CHINESE, sentence, start, end):
                continue
            group = Group(start, start, countries, False)
            if kind == "joined" and status != "founding_member":
                year = year_near(CHINESE, sentence, start, end)
                yield from each(group, "joined", status, start, end, (year, None))
                continue
            when = None if status == "founding_member" else timed(CHINESE, sentence, start, end)
            detail: Extra = {} if when is None else {"time": when}
            yield from each(group, "status", status, start, end, (None, None), detail=detail)


# Rules that read a sentence after the one before it; their examples are documents.
FOLLOWING: tuple[SentenceRule, ...] = (
    SentenceRule(
        "zh: a status told of a pronoun, the country named before it",
        pronoun,
        (
            (
                "阿富汗于2012年成为上合组织观察员国。该国于2015年参加了峰会。白俄罗斯总统出席了上合组织峰会。"
                "该国于2024年成为上合组织正式成员国。",
                (("joined", "Belarus", "member"),),
            ),
            (  # the country opening this sentence, the pronoun in a later clause
                "白俄罗斯出席了上合组织阿斯塔纳峰会，该国于2024年成为正式成员国。",
                (("joined", "Belarus", "member"),),
            ),
            (
                "伊朗积极参与上合组织事务。其于2023年成为上合组织正式成员国。",
                (("joined", "Iran", "member"),),
            ),
            (
                "蒙古国与上合组织合作密切。该国是上合组织观察员国。",
                (("status", "Mongolia", "observer"),),
            ),
            (  # a list, then "these six countries"
                "上合组织成立于2001年，其成员国包括中国、俄罗斯、哈萨克斯坦、吉尔吉斯斯坦、塔吉克斯坦和"
                "乌兹别克斯坦。这六个国家是上合组织的创始成员国。",
                (
                    ("status", "China", "founding_member"),
                    ("status", "Uzbekistan", "founding_member"),
                ),
            ),
        ),
        (
            (  # two countries named before: "the country" is not certain
                "伊朗和印度出席了上合组织峰会。该国于2023年成为上合组织正式成员国。",
                (("joined", "Iran", "member"), ("joined", "India", "member")),
            ),
            (  # the one country named before is no subject
                "习近平抵达白俄罗斯出席上合组织活动。该国于2024年成为上合组织正式成员国。",
                (("joined", "Belarus", "member"),),
            ),
            (  # hoped for
                "老挝积极参与上合组织事务。该国希望成为上合组织成员国。",
                (("joined", "Laos", "member"),),
            ),
            (  # another body named before
                "埃及出席了金砖国家峰会。该国于2024年成为金砖成员国。",
                (("joined", "Egypt", "member"),),
            ),
            (  # "其" of an organisation: its members, no country
                "伊朗出席了上合组织峰会。其成员国包括中国和俄罗斯。",
                (("status", "Iran", "member"),),
            ),
            (  # the number does not fit the list before
                "上合组织成员国包括中国、俄罗斯和印度。这六个国家是上合组织的创始成员国。",
                (("status", "India", "founding_member"),),
            ),
            (  # "these countries" for one country is not certain
                "伊朗积极参与上合组织事务。这些国家是上合组织观察员国。",
                (("status", "Iran", "observer"),),
            ),
        ),
    ),
    SentenceRule(
        "zh: the answer to a question that asked for a status's number",
        answered_count,
        (
            ("问：上合组织有几个成员国？答：10个。", (("count", "member", 10),)),
            ("上合组织的观察员国有多少个？\n\n答：目前共有2个。", (("count", "observer", 2),)),
        ),
        (
            (  # no question before
                "上合组织成立于2001年。答：10个。",
                (("count", "member", 10),),
            ),
            (  # another body's members asked for
                "问：金砖国家有几个成员国？答：11个。",
                (("count", "member", 11),),
            ),
            (  # a count of something else in the answer
                "问：上合组织有几个成员国？答：10个国家，还有2个观察员国。",
                (("count", "member", 10),),
            ),
        ),
    ),
    bound(
        CHINESE,
        "zh: a list announced before",
        Binding(
            (
                # after a count ("上合组织有10个成员国。"): "它们是A、B和C。"
                "^\\s*(?:它们|它們|这些国家|這些國家|分别|分別|即)\\s*(?:是|为|為|包括)\\s*[：:]?\\s*{list}"
                "\\s*[。；;]?\\s*$",
                # under a heading ("成员国："), one name a line
                f"^{ITEM}$",
                # the answer to a question that asked for a status's countries ("问：上合组织有哪些
                # 观察员国？" "答：阿富汗和蒙古国。", "答：10个，分别是A、B……")
                _ANSWER + "(?:[一二两兩三四五六七八九十\\d]{{1,3}}\\s*(?:个|個)\\s*[，,：:]?\\s*)?"
                "(?:分别|分別)?(?:是|为|為|包括|有)?\\s*[：:]?\\s*{list}\\s*(?:等)?\\s*[。；;]?\\s*$",
            ),
            announced=True,
        ),
        (
            (
                "上合组织有10个成员国。它们是中国、俄罗斯、印度和伊朗。",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
            (
                "上海合作组织\n\n观察员国：\n\n• 阿富汗\n\n• 蒙古国",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (  # a Q&A page: the question announces the status, the answer lists it
                "问：上合组织有哪些观察员国？\n\n答：阿富汗和蒙古国。",
                (("status", "Afghanistan", "observer"), ("status", "Mongolia", "observer")),
            ),
            (
                "问：上合组织有几个成员国？答：10个，分别是中国、俄罗斯、印度和伊朗。",
                (("status", "China", "member"), ("status", "Iran", "member")),
            ),
        ),
        (
            (
                "金砖国家有10个成员国。它们是中国、俄罗斯、埃及和伊朗。",
                (("status", "Egypt", "member"),),
            ),
            (  # another body's members asked for
                "问：金砖国家有哪些成员国？答：巴西、俄罗斯、印度和埃及。",
                (("status", "Egypt", "member"),),
            ),
            (  # a question of another kind: no status announced
                "问：上合组织总部设在哪里？答：中国和俄罗斯。",
                (("status", "China", "member"),),
            ),
            (
                "它们是中国、俄罗斯、印度和伊朗。",
                (("status", "China", "member"),),
            ),
        ),
    ),
)
