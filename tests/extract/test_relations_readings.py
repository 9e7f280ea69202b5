"""Readings that carry to unseen news: what events, agreements and forums cover, who hosts and
attends, who builds and funds together, routes between several places, parts named by edition
or by country, proposers named with a title or a date.

One table per family, Chinese and English rows side by side. Mentions are built by hand with
``build`` so that these tests pin the relation layer alone.
"""

from __future__ import annotations

import pytest

from kg.extract.relations import read_sentences
from tests.extract.test_relations import NAMES, Spec, build, check_relations, relations_of

Triple = tuple[str, str, str]


ABOUT = [
    pytest.param(
        "The Lancang Digital Forum opened on Monday. The forum discussed artificial intelligence and "
        "smart ports.",
        [("Lancang Digital Forum", "E"), ("artificial intelligence", "T"), ("smart ports", "T")],
        {
            ("Lancang Digital Forum", "about", "artificial intelligence"),
            ("Lancang Digital Forum", "about", "smart ports"),
        },
        set(),
        id="en-the-forum-discussed-a-list",
    ),
    pytest.param(
        "澜沧数字论坛周一开幕。与会代表围绕人工智能、智慧港口等议题进行了交流。",
        [("澜沧数字论坛", "E"), ("人工智能", "T"), ("智慧港口", "T")],
        {("澜沧数字论坛", "about", "人工智能"), ("澜沧数字论坛", "about", "智慧港口")},
        set(),
        id="zh-guests-discussed-topics-of-the-event",
    ),
    pytest.param(
        "Fiji and Tonga signed a memorandum on cooperation in satellite internet and e-government.",
        [
            ("Fiji", "C"),
            ("Tonga", "C"),
            ("memorandum", "A"),
            ("satellite internet", "T"),
            ("e-government", "T"),
        ],
        {("memorandum", "about", "satellite internet"), ("memorandum", "about", "e-government")},
        set(),
        id="en-agreement-on-cooperation-in-fields",
    ),
    pytest.param(
        "斐济与汤加签署了合作备忘录，合作涵盖卫星互联网、电子政务等领域。",
        [("斐济", "C"), ("汤加", "C"), ("合作备忘录", "A"), ("卫星互联网", "T"), ("电子政务", "T")],
        {("合作备忘录", "about", "卫星互联网"), ("合作备忘录", "about", "电子政务")},
        set(),
        id="zh-cooperation-covers-fields-of-the-agreement",
    ),
    pytest.param(
        "Fiji and Tonga want to work together in areas such as satellite internet.",
        [("Fiji", "C"), ("Tonga", "C"), ("satellite internet", "T")],
        set(),
        {("Fiji", "about", "satellite internet")},
        id="en-fields-without-a-thing-in-the-sentence-stay-unattached",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), ABOUT)
def test_find_relations_about_reads_fields_a_thing_covers(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


PARTICIPANTS = [
    pytest.param(
        "The Suva Data Summit opened on Monday. The event was co-organised by the Fiji Digital Agency "
        "and the Pacific Islands Forum.",
        [("Suva Data Summit", "E"), ("Fiji Digital Agency", "O"), ("Pacific Islands Forum", "O")],
        {
            ("Fiji Digital Agency", "participatedIn", "Suva Data Summit"),
            ("Pacific Islands Forum", "participatedIn", "Suva Data Summit"),
        },
        set(),
        id="en-the-event-co-organised-by-a-list",
    ),
    pytest.param(
        "苏瓦数据峰会周一开幕。论坛由斐济数字局和太平洋岛国论坛共同主办，苏瓦市政府承办。",
        [("苏瓦数据峰会", "E"), ("斐济数字局", "O"), ("太平洋岛国论坛", "O"), ("苏瓦市政府", "O")],
        {
            ("斐济数字局", "participatedIn", "苏瓦数据峰会"),
            ("太平洋岛国论坛", "participatedIn", "苏瓦数据峰会"),
            ("苏瓦市政府", "participatedIn", "苏瓦数据峰会"),
        },
        set(),
        id="zh-hosts-and-the-clause-of-the-co-host",
    ),
    pytest.param(
        "The Suva Data Summit was attended by Fijian Deputy Prime Minister Manoa Kamikamica and "
        "Tongan Ambassador to Fiji Siosaia Tuita.",
        [
            ("Suva Data Summit", "E"),
            ("Fijian", "C"),
            ("Manoa Kamikamica", "H"),
            ("Tongan", "C"),
            ("Fiji", "C"),
            ("Siosaia Tuita", "H"),
        ],
        {
            ("Manoa Kamikamica", "participatedIn", "Suva Data Summit"),
            ("Siosaia Tuita", "participatedIn", "Suva Data Summit"),
            ("Siosaia Tuita", "affiliatedWith", "Tongan"),
        },
        {
            ("Fijian", "participatedIn", "Suva Data Summit"),
            ("Tongan", "participatedIn", "Suva Data Summit"),
            ("Siosaia Tuita", "affiliatedWith", "Fiji"),
        },
        id="en-attended-by-people-with-titles-and-envoys",
    ),
    pytest.param(
        "苏瓦数据峰会签约仪式在苏瓦举行。出席签约仪式的斐济数字局局长卡米卡米卡表示，合作前景广阔。",
        [
            ("苏瓦数据峰会签约仪式", "E"),
            ("苏瓦", "L"),
            ("签约仪式", "E"),
            ("斐济数字局", "O"),
            ("卡米卡米卡", "H"),
        ],
        {("卡米卡米卡", "participatedIn", "签约仪式")},
        set(),
        id="zh-the-official-who-attended-the-ceremony",
    ),
    pytest.param(
        "苏瓦数据峰会开幕。斐济副总理卡米卡米卡在开幕式上表示，数字合作前景广阔。",
        [("苏瓦数据峰会", "E"), ("斐济", "C"), ("卡米卡米卡", "H")],
        {("卡米卡米卡", "participatedIn", "苏瓦数据峰会")},
        set(),
        id="zh-speaking-at-the-opening-ceremony",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PARTICIPANTS)
def test_find_relations_participants_hosts_attendees_and_titles(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


PARTNERS_AND_MAKERS = [
    pytest.param(
        "该海缆由斐济电信、汤加电信和萨摩亚电信等运营商共同投资建设。",
        [("海缆", "P"), ("斐济电信", "O"), ("汤加电信", "O"), ("萨摩亚电信", "O")],
        {
            ("海缆", "partner", "斐济电信"),
            ("海缆", "partner", "萨摩亚电信"),
            ("海缆", "fundedBy", "汤加电信"),
        },
        {("斐济电信", "cooperatesWith", "汤加电信")},
        id="zh-operators-closing-a-list-invest-together",
    ),
    pytest.param(
        "Tonga Cable, the main investor in the Tui Cable, said the work was done.",
        [("Tonga Cable", "O"), ("Tui Cable", "P")],
        {("Tui Cable", "fundedBy", "Tonga Cable")},
        set(),
        id="en-investor-in-apposition",
    ),
    pytest.param(
        "萨摩亚卫星是斐济和汤加两国合作研制的第一颗卫星。",
        [("萨摩亚卫星", "P"), ("斐济", "C"), ("汤加", "C")],
        {("萨摩亚卫星", "partner", "斐济"), ("萨摩亚卫星", "partner", "汤加")},
        set(),
        id="zh-a-work-two-countries-developed-together",
    ),
    pytest.param(
        "The Tui Cable was conceived in 2019 by Tonga Cable and Fintel.",
        [("Tui Cable", "P"), ("Tonga Cable", "O"), ("Fintel", "O")],
        {("Tui Cable", "proposedBy", "Tonga Cable"), ("Tui Cable", "proposedBy", "Fintel")},
        set(),
        id="en-a-date-between-the-verb-and-its-agents",
    ),
    pytest.param(
        "图伊海缆项目由汤加电信联合多家区域运营商共同发起。",
        [("图伊海缆项目", "P"), ("汤加电信", "O")],
        {("图伊海缆项目", "proposedBy", "汤加电信")},
        set(),
        id="zh-initiated-by-one-body-with-others",
    ),
    pytest.param(
        "The Global Health Initiative was proposed by Fijian Prime Minister Sitiveni Rabuka.",
        [("Global Health Initiative", "I"), ("Fijian", "C"), ("Sitiveni Rabuka", "H")],
        {("Global Health Initiative", "proposedBy", "Sitiveni Rabuka")},
        set(),
        id="en-proposed-by-a-titled-person",
    ),
    pytest.param(
        "The 2Africa cable landed in Gqeberha. Alcatel Submarine Networks is manufacturing and laying"
        " the cable.",
        [("2Africa cable", "P"), ("Gqeberha", "L"), ("Alcatel Submarine Networks", "O")],
        {("2Africa cable", "builtBy", "Alcatel Submarine Networks")},
        set(),
        id="en-a-verb-joined-before-the-building-one",
    ),
    pytest.param(
        "Nigeria has signed a $328 million loan agreement with China for the project.",
        [("Nigeria", "C"), ("China", "C")],
        set(),
        {("Nigeria", "cooperatesWith", "China"), ("China", "cooperatesWith", "Nigeria")},
        id="en-an-amount-before-the-paper-signed-makes-signatories-not-partners",
    ),
    pytest.param(
        "The NDRC signed three cooperation documents with Brazil in Beijing.",
        [("NDRC", "O"), ("Brazil", "C"), ("Beijing", "L")],
        set(),
        {("NDRC", "cooperatesWith", "Brazil"), ("Brazil", "cooperatesWith", "NDRC")},
        id="en-a-count-of-documents-signed-makes-signatories-not-partners",
    ),
    pytest.param(
        "尼日利亚与中国签署了一份3.28亿美元的贷款协议。",
        [("尼日利亚", "C"), ("中国", "C")],
        set(),
        {("尼日利亚", "cooperatesWith", "中国"), ("中国", "cooperatesWith", "尼日利亚")},
        id="zh-an-amount-before-the-paper-signed-makes-signatories-not-partners",
    ),
    pytest.param(
        "China Telecom has established ties with Nigeria for the project.",
        [("China Telecom", "O"), ("Nigeria", "C")],
        {("China Telecom", "cooperatesWith", "Nigeria")},
        set(),
        id="en-ties-established-with-a-party-are-cooperation",
    ),
    pytest.param(
        "该海缆由华为海洋设计建设。",
        [("海缆", "P"), ("华为海洋", "O")],
        {("海缆", "builtBy", "华为海洋")},
        set(),
        id="zh-a-verb-joined-before-the-building-one",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PARTNERS_AND_MAKERS)
def test_find_relations_partners_funders_and_proposers(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


ROUTES = [
    pytest.param(
        "The Tui Cable will run between Suva, Nukualofa, Apia and Honiara.",
        [("Tui Cable", "P"), ("Suva", "L"), ("Nukualofa", "L"), ("Apia", "L"), ("Honiara", "L")],
        {("Tui Cable", "connects", x) for x in ("Suva", "Nukualofa", "Apia", "Honiara")},
        set(),
        id="en-between-a-list",
    ),
    pytest.param(
        "汤加电信将在苏瓦、努库阿洛法和阿皮亚之间铺设一条光纤干线——图伊海缆。",
        [("汤加电信", "O"), ("苏瓦", "L"), ("努库阿洛法", "L"), ("阿皮亚", "L"), ("图伊海缆", "P")],
        {("图伊海缆", "connects", x) for x in ("苏瓦", "努库阿洛法", "阿皮亚")},
        set(),
        id="zh-between-a-list-before-the-line",
    ),
    pytest.param(
        "Samoa was connected to the Tui Cable at the landing station in Apia.",
        [("Samoa", "C"), ("Tui Cable", "P"), ("Apia", "L")],
        {("Tui Cable", "connects", "Samoa")},
        set(),
        id="en-a-country-connected-to-the-cable",
    ),
    pytest.param(
        "图伊海缆于2020年开通，从苏瓦经努库阿洛法到达阿皮亚。",
        [("图伊海缆", "P"), ("苏瓦", "L"), ("努库阿洛法", "L"), ("阿皮亚", "L")],
        {("图伊海缆", "connects", x) for x in ("苏瓦", "努库阿洛法", "阿皮亚")},
        set(),
        id="zh-from-via-to",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), ROUTES)
def test_find_relations_routes_between_several_places(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


PARTS = [
    pytest.param(
        "第十二届太平洋数字部长会议在苏瓦举行。",
        [("第十二届太平洋数字部长会议", "E"), ("太平洋数字部长会议", "E", None, "compound"), ("苏瓦", "L")],
        {("第十二届太平洋数字部长会议", "partOf", "太平洋数字部长会议")},
        set(),
        id="zh-an-edition-of-a-series",
    ),
    pytest.param(
        "The 12th Pacific Islands Forum Leaders Meeting opened in Suva.",
        [
            ("12th Pacific Islands Forum Leaders Meeting", "E"),
            ("Pacific Islands Forum", "O", None, "compound"),
            ("Suva", "L"),
        ],
        {("12th Pacific Islands Forum Leaders Meeting", "partOf", "Pacific Islands Forum")},
        set(),
        id="en-an-edition-of-a-body's-meeting",
    ),
    pytest.param(
        "Fintel (FNL), the state-owned wholesale arm of the restructured Tonga Cable, grew.",
        [("Fintel", "O"), ("FNL", "O"), ("Tonga Cable", "O")],
        {("Fintel", "partOf", "Tonga Cable")},
        set(),
        id="en-arm-of-with-modifiers",
    ),
    pytest.param(
        "Vocus hired Nokia's Alcatel Submarine Networks unit to lay the cable.",
        [("Vocus", "O"), ("Nokia", "O"), ("Alcatel Submarine Networks", "O")],
        {("Alcatel Submarine Networks", "partOf", "Nokia")},
        set(),
        id="en-possessive-unit",
    ),
    pytest.param(
        "华为斐济公司在苏瓦开设了办公室。",
        [
            ("华为斐济公司", "O"),
            ("华为", "O", None, "compound"),
            ("斐济", "C", None, "compound"),
            ("苏瓦", "L"),
        ],
        {("华为斐济公司", "partOf", "华为"), ("华为斐济公司", "locatedIn", "斐济")},
        set(),
        id="zh-a-company-named-after-its-parent-and-country",
    ),
    pytest.param(
        "Huawei Fiji opened an office in Suva.",
        [
            ("Huawei Fiji", "O"),
            ("Huawei", "O", None, "compound"),
            ("Fiji", "C", None, "compound"),
            ("Suva", "L"),
        ],
        {("Huawei Fiji", "partOf", "Huawei")},
        {("Huawei Fiji", "locatedIn", "Fiji")},
        id="en-a-company-named-after-its-parent-and-country-is-no-statement-of-place",
    ),
    pytest.param(
        "中国银行万象分行首批接入平台。",
        [("中国银行万象分行", "O"), ("中国银行", "O", None, "compound"), ("万象", "L", None, "compound")],
        {("中国银行万象分行", "partOf", "中国银行"), ("中国银行万象分行", "locatedIn", "万象")},
        set(),
        id="zh-a-branch-named-after-its-place-is-there",
    ),
    pytest.param(
        "The Bank of China Vientiane Branch joined the platform.",
        [
            ("Bank of China Vientiane Branch", "O"),
            ("Bank of China", "O", None, "compound"),
            ("Vientiane", "L", None, "compound"),
        ],
        {
            ("Bank of China Vientiane Branch", "partOf", "Bank of China"),
            ("Bank of China Vientiane Branch", "locatedIn", "Vientiane"),
        },
        set(),
        id="en-a-branch-named-after-its-place-is-there",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PARTS)
def test_find_relations_parts_by_edition_unit_and_country(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


PLACES_AND_PEOPLE = [
    pytest.param(
        "Samoan data portal Talanoa said the cable was ready.",
        [("Samoan", "C"), ("Talanoa", "O")],
        {("Talanoa", "locatedIn", "Samoan")},
        set(),
        id="en-a-national-descriptor-before-a-body",
    ),
    pytest.param(
        "该海缆由萨摩亚电信运营商塔拉诺阿和斐济电信共同出资建设。",
        [("海缆", "P"), ("萨摩亚", "C"), ("塔拉诺阿", "O"), ("斐济电信", "O")],
        {
            ("塔拉诺阿", "locatedIn", "萨摩亚"),
            ("海缆", "fundedBy", "塔拉诺阿"),
            ("海缆", "fundedBy", "斐济电信"),
        },
        {("海缆", "fundedBy", "萨摩亚")},
        id="zh-a-national-descriptor-inside-a-list",
    ),
    pytest.param(
        "The cable lands in Apia (Samoa) and Suva.",
        [("Apia", "L"), ("Samoa", "C"), ("Suva", "L")],
        {("Apia", "locatedIn", "Samoa")},
        set(),
        id="en-a-place-with-its-country-in-brackets",
    ),
    pytest.param(
        "图伊海缆直连萨摩亚东部岛屿萨瓦伊和斐济西部城市楠迪。",
        [("图伊海缆", "P"), ("萨摩亚", "C"), ("萨瓦伊", "L"), ("斐济", "C"), ("楠迪", "L")],
        {
            ("萨瓦伊", "locatedIn", "萨摩亚"),
            ("楠迪", "locatedIn", "斐济"),
            ("图伊海缆", "connects", "萨瓦伊"),
            ("图伊海缆", "connects", "楠迪"),
        },
        set(),
        id="zh-a-place-title-between-country-and-place",
    ),
    pytest.param(
        "Samoa opened the cable on Monday. Finance Minister Lautafi Purcell and ICT Minister "
        "Toelupe Poumulinuku attended.",
        [("Samoa", "C"), ("Lautafi Purcell", "H"), ("Toelupe Poumulinuku", "H")],
        {("Lautafi Purcell", "affiliatedWith", "Samoa"), ("Toelupe Poumulinuku", "affiliatedWith", "Samoa")},
        set(),
        id="en-ministers-of-the-country-in-the-news",
    ),
    pytest.param(
        "萨摩亚通讯社阿皮亚5月2日电（记者塔维塔、西奥内）图伊海缆正式开通。",
        [("萨摩亚通讯社", "O"), ("阿皮亚", "L"), ("塔维塔", "H"), ("西奥内", "H"), ("图伊海缆", "P")],
        {("塔维塔", "affiliatedWith", "萨摩亚通讯社"), ("西奥内", "affiliatedWith", "萨摩亚通讯社")},
        set(),
        id="zh-reporters-of-a-dateline",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PLACES_AND_PEOPLE)
def test_find_relations_national_descriptors_place_titles_and_ministers(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


WORKS_AND_EVENTS = [
    pytest.param(
        "斐济援萨摩亚数据中心项目周一竣工。",
        [
            ("斐济援萨摩亚数据中心项目", "P"),
            ("斐济", "C", None, "compound"),
            ("萨摩亚", "C", None, "compound"),
        ],
        {("斐济援萨摩亚数据中心项目", "fundedBy", "斐济")},
        {("斐济援萨摩亚数据中心项目", "partner", "斐济"), ("斐济援萨摩亚数据中心项目", "partner", "萨摩亚")},
        id="zh-a-work-given-as-aid",
    ),
    pytest.param(
        "The Tui Cable was funded under a public-private partnership involving Fintel, Digicel and "
        "Tonga Cable.",
        [("Tui Cable", "P"), ("Fintel", "O"), ("Digicel", "O"), ("Tonga Cable", "O")],
        {("Tui Cable", "fundedBy", x) for x in ("Fintel", "Digicel", "Tonga Cable")},
        set(),
        id="en-funded-under-a-partnership",
    ),
    pytest.param(
        "太平洋数字论坛周一开幕。论坛期间还举办了数字技能研修班。",
        [("太平洋数字论坛", "E"), ("数字技能研修班", "E")],
        {("数字技能研修班", "partOf", "太平洋数字论坛")},
        set(),
        id="zh-an-event-held-within-an-event",
    ),
    pytest.param(
        "At the Pacific Digital Forum, the Suva Declaration was adopted by the ministers.",
        [("Pacific Digital Forum", "E"), ("Suva Declaration", "A")],
        {("Suva Declaration", "announcedAt", "Pacific Digital Forum")},
        set(),
        id="en-adopted-at-the-event-in-the-passive",
    ),
    pytest.param(
        "图伊海缆公司的母公司太平洋控股宣布了新计划。",
        [("图伊海缆公司", "O"), ("太平洋控股", "O")],
        {("图伊海缆公司", "partOf", "太平洋控股")},
        set(),
        id="zh-the-parent-company",
    ),
    pytest.param(
        "Samoa's international traffic runs mostly through two submarine cables: the Tui Cable and Manatua.",
        [("Samoa", "C"), ("Tui Cable", "P"), ("Manatua", "P")],
        {("Tui Cable", "connects", "Samoa"), ("Manatua", "connects", "Samoa")},
        set(),
        id="en-the-cables-a-country-runs-through",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), WORKS_AND_EVENTS)
def test_find_relations_donors_funders_events_and_parents(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


def _descriptions(text: str, specs: list[Spec]) -> set[tuple[str, str | None]]:
    doc, mentions = build(text, specs)
    view = read_sentences(doc, mentions)
    return {(m.text, m.canonical) for m in view.descriptions}


@pytest.mark.parametrize(
    ("text", "specs", "expected", "unexpected"),
    [
        pytest.param(
            "The Tui Cable landed in Apia. Fintel was given the job of building the inland link to "
            "the capital.",
            [("Tui Cable", "P"), ("Apia", "L"), ("Fintel", "O")],
            {("inland link", "Tui Cable")},
            {("job of building the inland link", "Tui Cable")},
            id="en-a-description-stops-at-function-words",
        ),
        pytest.param(
            "The Tui Cable landed in Apia. There was no inland link to the capital. "
            "Fintel was building the inland link.",
            [("Tui Cable", "P"), ("Apia", "L"), ("Fintel", "O")],
            set(),
            {("inland link", "Tui Cable")},
            id="en-a-thing-introduced-unnamed-is-not-the-named-work",
        ),
    ],
)
def test_read_sentences_describes_the_named_work_only(
    text: str, specs: list[Spec], expected: set[tuple[str, str]], unexpected: set[tuple[str, str]]
) -> None:
    found = _descriptions(text, specs)
    assert found >= expected
    assert not found & unexpected


@pytest.mark.parametrize(
    ("text", "specs", "unexpected"),
    [
        pytest.param(
            "The Tui Cable opened in May. The Kava network will run between Suva and Lautoka.",
            [("Tui Cable", "P"), ("Suva", "L"), ("Lautoka", "L")],
            {("Tui Cable", "connects", "Suva"), ("Tui Cable", "connects", "Lautoka")},
            id="en-a-reference-with-another-name-is-another-work",
        ),
        pytest.param(
            "图伊海缆已于5月开通。两国之间的首条陆地光缆于1997年开通，从苏瓦经楠迪到达劳托卡。",
            [("图伊海缆", "P"), ("苏瓦", "L"), ("楠迪", "L"), ("劳托卡", "L")],
            {("图伊海缆", "connects", "苏瓦"), ("图伊海缆", "connects", "劳托卡")},
            id="zh-an-unnamed-work-is-not-the-document's-work",
        ),
    ],
)
def test_find_relations_unnamed_and_other_works_are_no_topic(
    text: str, specs: list[Spec], unexpected: set[Triple]
) -> None:
    assert not relations_of(text, specs, lexicon=NAMES) & unexpected


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        pytest.param(
            "Port Vila, the capital of Vanuatu, will host the landing station.",
            [("Port Vila", "L"), ("Vanuatu", "C")],
            {("Port Vila", "locatedIn", "Vanuatu")},
            id="en-a-place-the-capital-of-a-country",
        ),
        pytest.param(
            "斐济数据中心项目20日在斐济首都苏瓦竣工交接。",
            [("斐济数据中心项目", "P"), ("斐济", "C"), ("苏瓦", "L")],
            {("斐济数据中心项目", "locatedIn", "苏瓦")},
            id="zh-a-work-completed-at-a-place",
        ),
        pytest.param(
            "图伊海缆将应用斐济电信的海底中继器。",
            [("图伊海缆", "P"), ("斐济电信", "O"), ("海底中继器", "T")],
            {("图伊海缆", "about", "海底中继器")},
            id="zh-a-work-uses-a-body's-technology",
        ),
    ],
)
def test_find_relations_places_of_works_and_what_they_use(
    text: str, specs: list[Spec], expected: set[Triple]
) -> None:
    assert relations_of(text, specs, lexicon=NAMES) >= expected


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        pytest.param(
            "Samoa's ICT Cabinet Secretary Afamasaga Rico attended the launch.",
            [("Samoa", "C"), ("ICT", "T"), ("Afamasaga Rico", "H")],
            {("Afamasaga Rico", "affiliatedWith", "Samoa")},
            id="en-a-field-inside-a-title",
        ),
        pytest.param(
            "Samoa opened the cable, said State Minister for Telecom Afamasaga Rico.",
            [("Samoa", "C"), ("Afamasaga Rico", "H")],
            {("Afamasaga Rico", "affiliatedWith", "Samoa")},
            id="en-a-minister-after-said",
        ),
        pytest.param(
            "Australia agreed earlier this year to fund around two-thirds of the 4,000km Tui Cable.",
            [("Australia", "C"), ("Tui Cable", "P")],
            {("Tui Cable", "fundedBy", "Australia")},
            id="en-agreed-to-fund-a-share",
        ),
        pytest.param(
            "《斐济—汤加数字协定》新增了数字经济、绿色经济等5个领域。",
            [("《斐济—汤加数字协定》", "A"), ("数字经济", "T"), ("绿色经济", "T")],
            {("《斐济—汤加数字协定》", "about", "数字经济"), ("《斐济—汤加数字协定》", "about", "绿色经济")},
            id="zh-the-fields-an-agreement-lists",
        ),
    ],
)
def test_find_relations_titles_with_fields_funders_and_listed_fields(
    text: str, specs: list[Spec], expected: set[Triple]
) -> None:
    assert relations_of(text, specs, lexicon=NAMES) >= expected


@pytest.mark.parametrize(
    ("text", "specs", "expected", "unexpected"),
    [
        pytest.param(
            "The Tui Cable runs between Fiji and Tonga.",
            [("Tui Cable", "P"), ("Fiji", "C"), ("Tonga", "C")],
            {("Tui Cable", "connects", "Fiji"), ("Tui Cable", "connects", "Tonga")},
            set(),
            id="en-a-cable-between-two-countries",
        ),
        pytest.param(
            "The Suva Data Park is a joint venture between Fiji and Tonga.",
            [("Suva Data Park", "P"), ("Fiji", "C"), ("Tonga", "C")],
            set(),
            {("Suva Data Park", "connects", "Fiji"), ("Suva Data Park", "connects", "Tonga")},
            id="en-a-venture-between-two-countries-connects-nothing",
        ),
    ],
)
def test_find_relations_connects_only_what_runs_between(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
