"""Decoys as data: each class of words that look like an SCO claim and are not one (or not
one of the article's date), with sentences the engine must not turn into a *contradicts*
and sentences of the same shape it must still read. The sentences are written for sco,
in the shapes real articles take; tests/claims/test_decoys.py runs each through the whole
engine and the judge (`sco check` on a one-sentence article of that date).

Where each class is refused: guards.py (questions, reports refuted, another body's
status, a status on its way, a grant the foreign ministers decided, a time before the
article's, a part of the group a partitive opening names), languages/ (the same guard in Russian and Chinese), scope.py (which body a
phrase is about), counts.py (a part, the count a change starts from), judge.py (a place
that is no city's name, a grant told as decided before the decision, a status told in
the present perfect) and readings.py (a status's name on the day a rule renamed it).
"""

from __future__ import annotations

from typing import NamedTuple, TypeAlias

# (the article's date, the sentence, (kind, subject, value) of the claim it must not give
# as *contradicts*; "any" for kind: no *contradicts* at all)
Example: TypeAlias = tuple[str, str, tuple[str, str, object]]
# (the article's date, the sentence, (kind, subject, value, verdict) it must give)
Counter: TypeAlias = tuple[str, str, tuple[str, str, object, str]]


class Decoy(NamedTuple):
    name: str
    examples: tuple[Example, ...]
    counter_examples: tuple[Counter, ...]


DECOYS: tuple[Decoy, ...] = (
    Decoy(
        "another body's list of members",
        (
            (
                "2025-07-01",
                "BRICS members are Brazil, Russia, India, China and Egypt.",
                ("status", "Brazil", "member"),
            ),
            (
                "2025-07-01",
                "The CSTO has six members: Russia, Belarus, Armenia and others.",
                ("status", "Armenia", "member"),
            ),
            (
                "2025-07-01",
                "The EAEU, whose members include Armenia, signed a deal with the SCO.",
                ("status", "Armenia", "member"),
            ),
            (
                "2025-07-01",
                "Like the SCO, BRICS grew: Egypt and Ethiopia became members in 2024.",
                ("joined", "Egypt", "member"),
            ),
            (
                "2025-07-01",
                "The G20, of which India and Brazil are members, met in Delhi.",
                ("status", "Brazil", "member"),
            ),
            (
                "2025-07-01",
                "The Arctic Council's observers include India and China.",
                ("status", "India", "observer"),
            ),
            (
                "2025-07-01",
                "The SCO Youth Council has members from Armenia and Azerbaijan.",
                ("status", "Armenia", "member"),
            ),
            (
                "2025-07-01",
                "The Collective Security Treaty Organization includes Armenia as a member.",
                ("status", "Armenia", "member"),
            ),
        ),
        (
            (
                "2025-07-01",
                "Unlike BRICS, the SCO counts ten member states.",
                ("count", "member", 10, "agrees"),
            ),
            (
                "2025-07-01",
                "Turkey joined NATO long ago; Egypt, a dialogue partner of the SCO, joined BRICS.",
                ("status", "Egypt", "dialogue-partner", "agrees"),
            ),
            (
                "2025-07-01",
                "Turkey became a dialogue partner in 2012 despite its NATO membership, and Nepal, a dialogue partner since 2015, came too.",
                ("status", "Nepal", "dialogue-partner", "agrees"),
            ),
            (
                "2025-07-01",
                "Dubbed the NATO of the East, the SCO has ten members: China, Russia, India, Pakistan, Iran and Belarus among them.",
                ("status", "Belarus", "member", "agrees"),
            ),
        ),
    ),
    Decoy(
        "another body's count or summit",
        (
            ("2025-07-01", "The Shanghai Five had five members.", ("count", "member", 5)),
            (
                "2025-07-01",
                "The SCO Energy Club brings together 12 countries.",
                ("count", "country", 12),
            ),
            (
                "2025-07-01",
                "The SCO media summit was held in Qingdao in 2025.",
                ("summit", "Qingdao", 2025),
            ),
            (
                "2025-07-01",
                "Yekaterinburg hosted both the SCO and BRIC summits in June 2009.",
                ("summit", "BRIC", 2009),
            ),
        ),
        (
            (
                "2025-07-01",
                "The SCO summit was held in Tianjin in 2025.",
                ("summit", "Tianjin", 2025, "agrees"),
            ),
            (
                "2025-07-01",
                "The 2003 summit in Almaty was held in May.",
                ("summit", "Almaty", 2003, "contradicts"),
            ),
        ),
    ),
    Decoy(
        # summits.py: the heads of government (prime ministers) and the ministers meet in
        # councils of their own; only the Council of Heads of State's meeting is the summit,
        # and a word of a council's name ("Government", "Ministers") is no summit's place
        "another council's summit, or its name read as a place",
        (
            (
                "2024-07-04",
                "India hosted the SCO Heads of Government Summit on 30 November 2020.",
                ("summit", "Government", 2020),
            ),
            (
                "2024-07-04",
                "The SCO Heads of Government Summit was hosted by India in 2020.",
                ("summit", "India", 2020),
            ),
            (
                "2024-07-04",
                "In 2021 the SCO prime ministers' summit was hosted by Kazakhstan.",
                ("summit", "Kazakhstan", 2021),
            ),
            (
                "2024-07-04",
                "Delegates met at the 2022 SCO Ministers Summit to discuss trade.",
                ("summit", "Ministers", 2022),
            ),
        ),
        (
            (
                "2024-07-04",
                "The SCO Heads of State Summit was hosted by India in 2020.",
                ("summit", "India", 2020, "contradicts"),
            ),
            (
                "2024-07-04",
                "The SCO summit was hosted by Russia in 2020.",
                ("summit", "Russia", 2020, "agrees"),
            ),
            (
                "2024-07-04",
                "The 2019 summit in Bishkek came after the prime ministers' meeting.",
                ("summit", "Bishkek", 2019, "agrees"),
            ),
        ),
    ),
    Decoy(
        "another body's count named after it",
        (
            (
                "2025-07-01",
                "The 27-member EU and the 10-member SCO are very different.",
                ("count", "member", 27),
            ),
            (
                "2025-07-01",
                "The 32-member NATO alliance dwarfs the six-member CSTO.",
                ("count", "member", 32),
            ),
            (
                "2025-07-01",
                "The SCO is larger than the five-member Eurasian Economic Union.",
                ("count", "member", 5),
            ),
            (
                "2025-07-01",
                "With nine members, the CIS is smaller than the SCO.",
                ("count", "member", 9),
            ),
        ),
        (
            (
                "2025-07-01",
                "The 27-member EU and the 10-member SCO are very different.",
                ("count", "member", 10, "agrees"),
            ),
            (
                "2025-07-01",
                "With nine members, the SCO met in Astana.",
                ("count", "member", 9, "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a joining announced in the present",
        (
            ("2024-07-03", "Belarus joins the SCO tomorrow.", ("joined", "Belarus", "member")),
            (
                "2017-06-08",
                "India and Pakistan, who become full members on Friday, are observers.",
                ("joined", "India", "member"),
            ),
        ),
        (
            (
                "2017-06-10",
                "India and Pakistan become full members.",
                ("joined", "India", "member", "agrees"),
            ),
            (
                "2016-06-10",
                "In 2015, India and Pakistan join the SCO as full members.",
                ("joined", "India", "member", "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a part named by a region or an exception",
        (
            (
                "2025-07-01",
                "The four Central Asian members joined in 2001.",
                ("count", "member", 4),
            ),
            (
                "2025-07-01",
                "The SCO's four Central Asian members are Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan.",
                ("count", "member", 4),
            ),
            (
                "2025-07-01",
                "The five Central Asian states, except Turkmenistan, are SCO members.",
                ("status", "Turkmenistan", "member"),
            ),
        ),
        (
            (
                "2025-07-01",
                "The ten Eurasian member states met.",
                ("count", "member", 10, "agrees"),
            ),
            (
                "2025-07-01",
                "The Shanghai Five was formed by the same countries minus Uzbekistan, which joined in 2001.",
                ("joined", "Uzbekistan", "member", "agrees"),
            ),
        ),
    ),
    Decoy(
        "a question",
        (
            (
                "2025-07-01",
                "Armenia joins SCO as observer? Not so fast",
                ("joined", "Armenia", "observer"),
            ),
            ("2025-07-01", "Does Egypt's SCO membership matter?", ("status", "Egypt", "member")),
        ),
        (
            (
                "2025-07-01",
                "Why Iran joined the SCO in 2021?",
                ("joined", "Iran", "member", "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a report the sentence refutes",
        (
            (
                "2025-07-01",
                "It is false that Turkey is a full member of the SCO.",
                ("status", "Türkiye", "member"),
            ),
            (
                "2025-07-01",
                "Claims that Turkey has become an SCO member are untrue.",
                ("joined", "Türkiye", "member"),
            ),
            (
                "2025-07-01",
                "Some websites claim that Armenia is an SCO member; it is in fact a dialogue partner.",
                ("status", "Armenia", "member"),
            ),
            (
                "2025-07-01",
                '"Armenia is a full member," the blogger wrote, wrongly.',
                ("status", "Armenia", "member"),
            ),
            (
                "2025-07-01",
                "Reports that Egypt had joined as a full member were denied by Cairo.",
                ("joined", "Egypt", "member"),
            ),
        ),
        (
            (
                "2025-07-01",
                "Some commentators speak of an eleven-member SCO, which is wrong: the bloc still has ten members.",
                ("count", "member", 10, "agrees"),
            ),
            (
                "2025-07-01",
                "Reports say that Armenia is an SCO member.",
                ("status", "Armenia", "member", "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a status on its way",
        (
            (
                "2025-07-01",
                "India and Pakistan were granted membership in principle in 2016.",
                ("joined", "India", "member"),
            ),
            (
                "2016-07-01",
                "India and Pakistan, the two new members, will join next year.",
                ("status", "India", "member"),
            ),
        ),
        (
            (
                "2016-07-01",
                "India and Pakistan, observers since 2005, are expected to join as full members.",
                ("status", "India", "observer", "agrees"),
            ),
            # "to" as a preposition: the members visited are members now
            (
                "2015-07-10",
                "The premier paired the summit with trips to SCO members Kazakhstan and Tajikistan.",
                ("status", "Tajikistan", "member", "agrees"),
            ),
        ),
    ),
    Decoy(
        "a status or count of an earlier time",
        (
            (
                "2025-07-01",
                "India, an SCO observer from 2005 to 2017, became a member.",
                ("status", "India", "observer"),
            ),
            (
                "2025-07-01",
                "Belarus, a dialogue partner at the time, applied for observer status.",
                ("status", "Belarus", "dialogue-partner"),
            ),
            (
                "2025-07-01",
                "Iran, an observer for 17 years, became a member in 2023.",
                ("status", "Iran", "observer"),
            ),
            (
                "2025-07-01",
                "The six-member organisation expanded in 2017 when India and Pakistan joined.",
                ("count", "member", 6),
            ),
            (
                "2025-07-01",
                "The then six-member SCO granted India observer status.",
                ("count", "member", 6),
            ),
            (
                "2025-07-01",
                "The SCO, then with eight members, signed the charter revision.",
                ("count", "member", 8),
            ),
            (
                "2025-07-01",
                "The eight-member SCO of 2017 became the ten-member bloc of 2024.",
                ("count", "member", 8),
            ),
            (
                "2025-07-01",
                "Unlike the six-member SCO of 2001, today's organisation reaches South Asia.",
                ("count", "member", 6),
            ),
            (
                "2025-07-01",
                "The nine members at the 2023 summit welcomed Iran.",
                ("count", "member", 9),
            ),
            (
                "2025-07-01",
                "The SCO, with nine members after Iran's entry, met in Astana.",
                ("count", "member", 9),
            ),
            (
                "2025-07-01",
                "Defence ministers of eight SCO member states gathered in Delhi.",
                ("count", "member", 8),
            ),
        ),
        (
            (
                "2025-07-01",
                "Laos, the newest partner, was admitted on the same day.",
                ("status", "Laos", "dialogue-partner", "contradicts"),
            ),
            (
                "2025-07-01",
                "India, an SCO observer since 2005, sent a minister.",
                ("status", "India", "observer", "contradicts"),
            ),
            (
                "2025-07-01",
                "The eight-member bloc met in Bishkek.",
                ("count", "member", 8, "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a joining or founding told of another time or body",
        (
            # the year of a later clause is not the status's own ("since 2005")
            (
                "2016-06-23",
                "Since 2005, India has had an observer status in the SCO and it applied for"
                " membership in 2014.",
                ("joined", "India", "observer"),
            ),
            (
                "2023-07-05",
                "In June 2017 (the Astana summit) it expanded to eight states; India had joined as an observer state.",
                ("joined", "India", "observer"),
            ),
            (
                "2023-07-05",
                "In June 2017 (the Astana summit) it expanded to eight states.",
                ("count", "member", 8),
            ),
            (
                "2022-12-01",
                "The SCO was first formed in 1996 as the Shanghai Five by five countries.",
                ("founding", "SCO", 1996),
            ),
            (
                "2025-01-15",
                "The SCO is a bloc established on June 15, 2001, and headquartered in Beijing.",
                ("founding", "SCO", 2001),
            ),
            (
                "2022-12-01",
                "Iran has joined as its ninth member; which will be admitted as full member next year.",
                ("joined", "Iran", "member"),
            ),
            (
                "2009-06-01",
                'In June 2001 the presidents of the "Shanghai Five" met for their sixth summit in Shanghai.',
                ("summit", "Shanghai", 2006),
            ),
            (
                "2019-06-16",
                "Addressing the 19th SCO summit in the Kyrgyz capital of Bishkek, Xi said members had cooperated.",
                ("any", "", None),
            ),
        ),
        (
            (
                "2025-07-01",
                "India had joined as an observer in 2006.",
                ("joined", "India", "observer", "contradicts"),
            ),
            (
                "2025-07-01",
                "The SCO was founded in 1996 in Shanghai.",
                ("founding", "SCO", 1996, "contradicts"),
            ),
            (
                "2025-07-01",
                "The SCO has expanded to eight member states.",
                ("count", "member", 8, "contradicts"),
            ),
        ),
    ),
    Decoy(
        "some of them, not how many",
        (
            ("2025-07-01", "Three SCO members border Afghanistan.", ("count", "member", 3)),
            (
                "2025-07-01",
                "Two SCO members, India and Pakistan, are rivals.",
                ("count", "member", 2),
            ),
            (
                "2015-07-10",
                "The two SCO observer states filed their applications in 2014.",
                ("count", "observer", 2),
            ),
        ),
        (
            (
                "2025-07-01",
                "Nine member states signed the declaration.",
                ("count", "member", 9, "contradicts"),
            ),
            (
                "2025-07-01",
                "Six countries, Azerbaijan, Armenia, Cambodia, Nepal, Turkey and Sri Lanka, are dialogue partners.",
                ("count", "dialogue-partner", 6, "contradicts"),
            ),
            (
                "2025-07-01",
                "The two observer states, Afghanistan and Mongolia, attended.",
                ("count", "observer", 2, "agrees"),
            ),
        ),
    ),
    Decoy(
        "the Shanghai Five's members, joinings and meetings, before the SCO",
        (
            (
                "2022-07-19",
                "It was built on the Shanghai Five, the grouping which consisted of Russia, China,"
                " Kazakhstan, Kyrgyzstan and Tajikistan.",
                ("status", "Kazakhstan", "member"),
            ),
            (
                "2014-06-01",
                "In 2001 Uzbekistan joined the Shanghai Five, which then became the SCO.",
                ("joined", "Uzbekistan", "member"),
            ),
            (
                "2004-06-01",
                "The third summit was held on 3 July 1998 in Almaty.",
                ("summit", "Almaty", 1998),
            ),
            (
                "2014-06-01",
                "In June 2006, the heads of state of the five Shanghai countries held their sixth"
                " meeting in Shanghai.",
                ("summit", "Shanghai", 2006),
            ),
        ),
        (
            (
                "2022-07-19",
                "The SCO, a grouping that includes Russia, China and India, met in Samarkand.",
                ("status", "India", "member", "agrees"),
            ),
            (
                "2014-06-01",
                "Uzbekistan joined the SCO in 2005.",
                ("joined", "Uzbekistan", "member", "contradicts"),
            ),
            (
                "2004-06-01",
                "The seventh summit was held on 7 June 2002 in St. Petersburg.",
                ("summit", "Saint Petersburg", 2002, "disputed"),
            ),
        ),
    ),
    Decoy(
        "a status told until an event, or as what a change ended",
        (
            (
                "2017-06-10",
                "India and Pakistan, observers until yesterday, are now members.",
                ("status", "India", "observer"),
            ),
            (
                "2025-09-05",
                "Mongolia, an observer until the Tianjin summit, is now a partner.",
                ("status", "Mongolia", "observer"),
            ),
            (
                "2025-09-05",
                "Observers Afghanistan and Mongolia and 14 dialogue partners were merged into one"
                " category.",
                ("status", "Afghanistan", "observer"),
            ),
        ),
        (
            (
                "2025-09-05",
                "Mongolia and Afghanistan are observers; their status will be merged.",
                ("status", "Mongolia", "observer", "contradicts"),
            ),
            (
                "2017-06-10",
                "Belarus, an observer until yesterday, is now a member.",
                ("status", "Belarus", "observer", "agrees"),
            ),
        ),
    ),
    Decoy(
        "a quotation the sentence answers, a headline's second clause, a state of a status",
        (
            (
                "2024-07-10",
                '"Turkey is already a member of the SCO," the minister claimed, though it is only'
                " a dialogue partner.",
                ("status", "Türkiye", "member"),
            ),
            (
                "2024-07-10",
                "Belarus becomes 10th SCO member, Laos eyes partnership",
                ("status", "Laos", "member"),
            ),
            (
                "2024-07-10",
                "Afghanistan's observer status has been in limbo since 2021.",
                ("joined", "Afghanistan", "observer"),
            ),
            (
                "2024-07-10",
                "Critics call the SCO a club of eight members, though it now has ten.",
                ("count", "member", 8),
            ),
        ),
        (
            (
                "2024-07-10",
                '"Turkey is a member of the SCO," he said.',
                ("status", "Türkiye", "member", "contradicts"),
            ),
            (
                "2024-07-10",
                "The newest SCO member, Belarus, spoke first.",
                ("status", "Belarus", "member", "agrees"),
            ),
            (
                "2024-07-10",
                "Belarus's observer status was granted in 2015.",
                ("joined", "Belarus", "observer", "agrees"),
            ),
            (
                "2025-07-10",
                "The SCO has nine members, though it now has more partners than ever.",
                ("count", "member", 9, "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a grant the foreign ministers decided (their recommendation, before the heads of state)",
        (
            (
                "2025-07-15",
                "SCO foreign ministers approved granting Laos the status of an SCO partner.",
                ("joined", "Laos", "dialogue-partner"),
            ),
            (
                "2025-07-15",
                "Laos was granted partner status by the SCO foreign ministers.",
                ("joined", "Laos", "dialogue-partner"),
            ),
            (
                "2025-07-15",
                "Министры иностранных дел ШОС решили предоставить Лаосу статус партнера ШОС.",
                ("joined", "Laos", "dialogue-partner"),
            ),
            (
                "2025-07-15",
                "上合组织外长理事会决定给予老挝伙伴国地位。",
                ("joined", "Laos", "dialogue-partner"),
            ),
        ),
        (
            (
                "2025-09-02",
                "The SCO heads of state granted Laos partner status.",
                ("joined", "Laos", "partner", "agrees"),
            ),
            (
                "2013-06-01",
                "Turkey was granted dialogue partner status at a meeting of SCO foreign ministers"
                " in Almaty in 2013.",
                ("joined", "Türkiye", "dialogue-partner", "agrees"),
            ),
        ),
    ),
    Decoy(
        "a grant told as decided, before the reference's decision (perhaps a step before it)",
        (
            (
                "2025-07-15",
                "ШОС решила предоставить Лаосу статус страны-партнера.",
                ("joined", "Laos", "dialogue-partner"),
            ),
            (
                "2025-07-15",
                "The SCO agreed to admit Laos as a partner.",
                ("joined", "Laos", "dialogue-partner"),
            ),
            (
                "2025-07-15",
                "上合组织决定给予老挝伙伴国地位。",
                ("joined", "Laos", "dialogue-partner"),
            ),
        ),
        (
            (
                "2025-09-02",
                "ШОС решила предоставить Лаосу статус страны-партнера.",
                ("joined", "Laos", "partner", "agrees"),
            ),
            (
                "2025-07-15",
                "The SCO agreed to admit Laos as a member.",
                ("joined", "Laos", "member", "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a status told in the present perfect, ended in the month before",
        (
            (
                "2017-06-10",
                "India has been an observer of the SCO since 2005.",
                ("status", "India", "observer"),
            ),
            (
                "2017-06-10",
                "Pakistan and India have been SCO observers, and now join as members.",
                ("status", "Pakistan", "observer"),
            ),
        ),
        (
            (
                "2019-06-10",
                "India has been an observer of the SCO since 2005.",
                ("status", "India", "observer", "contradicts"),
            ),
            (
                "2017-06-10",
                "Belarus has been a member of the SCO.",
                ("status", "Belarus", "member", "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a status under its name of the day before, on the day a rule renamed it",
        (
            (
                "2025-09-01",
                "Afghanistan and Mongolia are the SCO's observer states.",
                ("status", "Mongolia", "observer"),
            ),
            (
                "2025-09-01",
                "The SCO has two observers and 14 dialogue partners.",
                ("count", "observer", 2),
            ),
        ),
        (
            (
                "2025-09-02",
                "Afghanistan and Mongolia are the SCO's observer states.",
                ("status", "Mongolia", "observer", "contradicts"),
            ),
            (
                "2025-09-01",
                "Belarus is an observer of the SCO.",
                ("status", "Belarus", "observer", "contradicts"),
            ),
        ),
    ),
    Decoy(
        "a part of the group named before, opened by a partitive",
        (
            (
                "2022-09-13",
                "Of these, Kuwait and Myanmar are new members, having applied a year ago.",
                ("status", "Kuwait", "member"),
            ),
            (
                "2022-09-13",
                "Of them, Nepal and Cambodia are the newest members.",
                ("status", "Nepal", "member"),
            ),
            (
                "2021-01-01",
                "The list grew again; among these, Egypt and Qatar are new observers.",
                ("status", "Egypt", "observer"),
            ),
        ),
        (
            # the words name the SCO themselves: its membership, partitive or not
            (
                "2022-09-13",
                "Of these, Kuwait and Myanmar are new members of the SCO.",
                ("status", "Kuwait", "member", "contradicts"),
            ),
            (
                "2022-09-13",
                "Kuwait and Myanmar are new members, the bloc said.",
                ("status", "Kuwait", "member", "contradicts"),
            ),
        ),
    ),
    Decoy(
        # group_rules.py (patterns partner_plain, partner_elsewhere): the bare noun
        # "partner" qualified, in a field or with another party is no SCO status
        "a partnership of another kind",
        (
            (
                "2024-05-01",
                "China and Russia became strategic partners in 1996.",
                ("joined", "China", "dialogue-partner"),
            ),
            (
                "2024-05-01",
                "India and China became close partners in trade.",
                ("joined", "India", "dialogue-partner"),
            ),
            (
                "2024-05-01",
                "Pakistan became a key partner of the SCO in its fight against terrorism.",
                ("joined", "Pakistan", "dialogue-partner"),
            ),
            (
                "2024-05-01",
                "Uzbekistan and Kazakhstan became reliable trading partners.",
                ("joined", "Kazakhstan", "dialogue-partner"),
            ),
            (
                "2024-05-01",
                "Iran became an important partner for China.",
                ("joined", "Iran", "dialogue-partner"),
            ),
        ),
        (
            (
                "2024-05-01",
                "Egypt became a dialogue partner of the SCO in 2022.",
                ("joined", "Egypt", "dialogue-partner", "agrees"),
            ),
            (
                "2025-12-01",
                "Laos became an SCO partner in 2025.",
                ("joined", "Laos", "partner", "agrees"),
            ),
        ),
    ),
    Decoy(
        # languages/ (TOLD_FALSE, common.refused): words before a claim, in its sentence, telling
        # that what follows was said wrongly, was the earlier version a correction replaces, or
        # is a statement put to the reader to judge
        "in Russian, a claim told as said wrongly, corrected, or put to the reader to judge",
        (
            (
                "2023-07-10",
                "В материале от 5 июля ошибочно говорилось, что в ШОС восемь членов.",  # noqa: RUF001
                ("count", "member", 8),
            ),
            (
                "2023-07-10",
                "Также ошибочно указывалось, что Турция является наблюдателем ШОС.",
                ("status", "Türkiye", "observer"),
            ),
            (
                "2025-09-02",
                "Поправка: в первоначальной версии новости говорилось, что Лаос стал членом ШОС.",
                ("joined", "Laos", "member"),
            ),
            (
                "2025-09-02",
                "В предыдущей редакции статьи Монголия была названа членом ШОС.",  # noqa: RUF001
                ("status", "Mongolia", "member"),
            ),
            (
                "2024-05-01",
                "Вопреки сообщениям о том, что Турция стала членом ШОС, она остается партнером.",  # noqa: RUF001
                ("joined", "Türkiye", "member"),
            ),
            (
                "2025-10-01",
                'Утверждение: "В ШОС восемь членов". Неверно.',  # noqa: RUF001
                ("count", "member", 8),
            ),
            ("2025-10-01", "Миф: Монголия - член ШОС.", ("status", "Mongolia", "member")),
            (  # a report the next sentence refutes as a whole
                "2024-10-03",
                "В соцсетях утверждают, что Турция стала одиннадцатым членом ШОС. Это не так: в ШОС"  # noqa: RUF001
                " десять членов.",
                ("joined", "Türkiye", "member"),
            ),
            (
                "2024-10-03",
                "Некоторые СМИ сообщили, что Египет стал членом ШОС. Однако это неправда.",
                ("joined", "Egypt", "member"),
            ),
        ),
        (
            # a report told as such, not as wrong; the truth said against reports
            (
                "2024-05-01",
                "Как сообщалось, Иран стал членом ШОС в 2023 году.",
                ("joined", "Iran", "member", "agrees"),
            ),
            (
                "2024-05-01",
                "Вопреки сообщениям в соцсетях, Турция является партнером по диалогу ШОС.",
                ("status", "Türkiye", "dialogue-partner", "agrees"),
            ),
            (
                "2024-05-01",
                "По версии ТАСС, в ШОС девять членов.",  # noqa: RUF001
                ("count", "member", 9, "agrees"),
            ),
            (  # a report the next sentence bears out, and the refutation's own claim
                "2024-10-03",
                "В соцсетях пишут, что в ШОС десять членов. Это так: Белоруссия стала десятой.",  # noqa: RUF001
                ("count", "member", 10, "agrees"),
            ),
            (
                "2024-10-03",
                "В соцсетях утверждают, что Турция стала членом ШОС. Это не так. В ШОС десять членов.",  # noqa: RUF001
                ("count", "member", 10, "agrees"),
            ),
        ),
    ),
    Decoy(
        # languages/ (REFUSED, REFUTED): "если бы", "如果", "якобы", "据称" before a claim, "не
        # соответствует действительности", "不属实" after it in its sentence
        "a hypothesis, hearsay or a report refuted, in Russian or Chinese",
        (
            (
                "2024-05-01",
                "Если бы Турция стала членом ШОС, организация изменилась бы.",
                ("joined", "Türkiye", "member"),
            ),
            (
                "2024-05-01",
                "Сообщения о том, что Турция стала членом ШОС, не соответствуют действительности.",  # noqa: RUF001
                ("joined", "Türkiye", "member"),
            ),
            ("2024-05-01", "Турция якобы стала членом ШОС.", ("joined", "Türkiye", "member")),
            (
                "2024-05-01",
                "如果土耳其成为上合组织成员国，组织将发生变化。",  # noqa: RUF001
                ("joined", "Türkiye", "member"),
            ),
            ("2024-05-01", "据称土耳其已成为上合组织成员国。", ("joined", "Türkiye", "member")),
            # the claim inside the report refuted, a second clause after it in the report
            (
                "2024-05-01",
                "Сообщения о том, что Турция стала членом ШОС, а Иран вышел из нее, ложны.",  # noqa: RUF001
                ("joined", "Türkiye", "member"),
            ),
            (
                "2024-05-01",
                "有报道称土耳其已成为上合组织成员国，而伊朗退出，这并不属实。",  # noqa: RUF001
                ("joined", "Türkiye", "member"),
            ),
        ),
        (
            # the refutation is about a new statement after the claim: the claim is still said
            (
                "2024-05-01",
                "Иран стал членом ШОС в 2023 году, а сообщения о вступлении Турции — фейк.",  # noqa: RUF001
                ("joined", "Iran", "member", "agrees"),
            ),
            (
                "2024-05-01",
                "Турция стала членом ШОС в 2024 году; слухи об уходе Ирана ложны.",  # noqa: RUF001
                ("joined", "Türkiye", "member", "contradicts"),
            ),
            (
                "2024-05-01",
                "土耳其于2023年成为上合组织成员国，而伊朗退出的传言不属实。",  # noqa: RUF001
                ("joined", "Türkiye", "member", "contradicts"),
            ),
            (
                "2024-05-01",
                "Турция стала членом ШОС в 2024 году.",
                ("joined", "Türkiye", "member", "contradicts"),
            ),
            (
                "2024-05-01",
                "土耳其于2023年成为上合组织成员国。",
                ("joined", "Türkiye", "member", "contradicts"),
            ),
            (
                "2024-05-01",
                "Иран стал полноправным членом ШОС в 2023 году.",
                ("joined", "Iran", "member", "agrees"),
            ),
        ),
    ),
    Decoy(
        # scope.py: a body named to compare is no owner, but a count right after its name,
        # joined to it ("with its", ", which has"), is that body's
        "the count of a body named to compare",
        (
            (
                "2024-05-01",
                "The SCO, like BRICS with its ten members, is growing.",
                ("count", "member", 10),
            ),
            (
                "2024-05-01",
                "Unlike NATO, with its 32 members, the SCO has nine members.",
                ("count", "member", 32),
            ),
            (
                "2024-05-01",
                "Like the EAEU, which has five members, the SCO is an economic bloc.",
                ("count", "member", 5),
            ),
        ),
        (
            (
                "2024-05-01",
                "The SCO, like BRICS, has ten members.",
                ("count", "member", 10, "contradicts"),
            ),
            (
                "2024-05-01",
                "Unlike NATO, with its 32 members, the SCO has nine members.",
                ("count", "member", 9, "agrees"),
            ),
        ),
    ),
    Decoy(
        # founding.py: another body described after its name ("NATO, a ... established in")
        "the founding of a body named to compare",
        (
            (
                "2024-05-01",
                "The SCO is larger than NATO, a military alliance established in 1949.",
                ("founding", "SCO", 1949),
            ),
            (
                "2024-05-01",
                "The SCO is often compared with NATO, which was founded in 1949.",
                ("founding", "SCO", 1949),
            ),
        ),
        (
            (
                "2024-05-01",
                "The SCO, a regional bloc established in 2001, is larger than NATO.",
                ("founding", "SCO", 2001, "agrees"),
            ),
            (
                "2024-05-01",
                "Unlike NATO, the SCO, which was founded in 2001, has no common defence.",
                ("founding", "SCO", 2001, "agrees"),
            ),
        ),
    ),
    Decoy(
        # guards.unsaid: an "if" clause, a report a "-ly" word refutes before it
        "a hypothesis, or a report refuted before it is told",
        (
            (
                "2024-05-01",
                "If the SCO had twelve members, it would rival the G20.",
                ("count", "member", 12),
            ),
            (
                "2024-05-01",
                "Suppose Turkey joined the SCO as a full member next year.",
                ("joined", "Türkiye", "member"),
            ),
            (
                "2024-05-01",
                "Critics wrongly claim that the SCO has twelve members.",
                ("count", "member", 12),
            ),
            (
                "2024-05-01",
                "Some falsely said that Turkey is a member of the SCO.",
                ("status", "Türkiye", "member"),
            ),
        ),
        (
            # "even if" concedes; the clause after a comma is said
            (
                "2024-05-01",
                "Even if the SCO has ten members, it is divided.",
                ("count", "member", 10, "contradicts"),
            ),
            (
                "2024-05-01",
                "If anything, the SCO, with its ten members, is divided.",
                ("count", "member", 10, "contradicts"),
            ),
            (
                "2024-05-01",
                "It is wrongly assumed that the SCO is an alliance; it has ten members.",
                ("count", "member", 10, "contradicts"),
            ),
        ),
    ),
    Decoy(
        "who attended, counted by its people (Russian, Chinese): no count of the SCO",
        (
            (
                "2024-07-05",
                "На встрече глав государств ШОС присутствовали также делегации трех государств-наблюдателей.",  # noqa: RUF001
                ("count", "observer", 3),
            ),
            (
                "2024-07-05",
                "Вместе с ними в работе саммита ШОС участвовали представители пяти партнеров по диалогу.",  # noqa: RUF001
                ("count", "dialogue-partner", 5),
            ),
            (
                "2024-07-05",
                "出席上合组织元首理事会会议的还有3个观察员国和5个对话伙伴的领导人。",
                ("count", "observer", 3),
            ),
            (
                "2024-07-05",
                "參加上合組織峰會的還有5個對話夥伴國的代表團。",
                ("count", "dialogue-partner", 5),
            ),
        ),
        (
            # the count stated first, the people after it; or "all" of them
            (
                "2024-07-05",
                "У ШОС три государства-наблюдателя, их делегации присутствовали на встрече.",  # noqa: RUF001
                ("count", "observer", 3, "contradicts"),
            ),
            (
                "2024-07-05",
                "Во встрече участвовали лидеры всех девяти государств-членов ШОС.",  # noqa: RUF001
                ("count", "member", 9, "contradicts"),
            ),
            (
                "2024-07-05",
                "上合组织有3个观察员国，它们的代表出席了会议。",  # noqa: RUF001
                ("count", "observer", 3, "contradicts"),
            ),
            # the members' heads are the council itself: their count is the members'
            (
                "2024-07-05",
                "参加上合组织峰会的除了9个成员国领导人外，还有3个观察员国的代表。",  # noqa: RUF001
                ("count", "member", 9, "contradicts"),
            ),
        ),
    ),
)
