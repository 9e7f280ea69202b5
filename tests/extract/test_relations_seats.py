"""Where bodies and places are: a body named for its seat ("Bank of Thailand", 天津市教育委员会; not
a place's own government, 天津市人民政府), a known central bank whose name names its country, and
which is part of that state (泰国银行; not a
company, "Telecom Egypt", nor another body with its country in its name, 中国进出口银行), bodies
listed before their country's kind (中国电信、中国联通等中国企业) or after it
(越南电信运营商Viettel), a city named as a kind of place of a country ("the Chinese
municipality of Chongqing"), and the organs of intergovernmental bodies (联合国大会, "Assembly of
the African Union").

Chinese and English rows side by side; mentions are built by hand so that these tests pin the
relation layer alone.
"""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon, LexiconEntry
from kg.model import EntityClass
from tests.extract.test_relations import Spec, check_relations, relations_of

Triple = tuple[str, str, str]


def _entry(
    entry_id: str,
    cls: EntityClass,
    zh: str,
    en: str,
    country: str | None = None,
    *,
    zh_alias: str | None = None,
    kind: str | None = None,
) -> LexiconEntry:
    aliases = (("zh", zh_alias),) if zh_alias else ()
    return LexiconEntry(entry_id, cls, (("en", en), ("zh", zh)), aliases=aliases, country=country, kind=kind)


SEATS_LEXICON = Lexicon(
    [
        _entry("country/th", EntityClass.COUNTRY, "泰国", "Thailand"),
        _entry("country/eg", EntityClass.COUNTRY, "埃及", "Egypt"),
        _entry("country/cn", EntityClass.COUNTRY, "中国", "China"),
        _entry(
            "org/bank_of_thailand",
            EntityClass.ORGANIZATION,
            "泰国银行",
            "Bank of Thailand",
            "country/th",
            zh_alias="泰国央行",
            kind="central_bank",
        ),
        _entry(
            "org/cexim",
            EntityClass.ORGANIZATION,
            "中国进出口银行",
            "Export-Import Bank of China",
            "country/cn",
        ),
        _entry(
            "org/caict",
            EntityClass.ORGANIZATION,
            "中国信息通信研究院",
            "China Academy of Information and Communications Technology",
            "country/cn",
        ),
        _entry("org/telecom_egypt", EntityClass.ORGANIZATION, "埃及电信", "Telecom Egypt", "country/eg"),
        _entry("org/huawei", EntityClass.ORGANIZATION, "华为", "Huawei", "country/cn"),
        LexiconEntry(
            "place/north_china",
            EntityClass.PLACE,
            (("en", "North China"), ("zh", "华北地区")),
            aliases=(("en", "north China"), ("zh", "华北")),
            country="country/cn",
        ),
        _entry("place/tianjin", EntityClass.PLACE, "天津", "Tianjin", "country/cn"),
    ]
)

KNOWN_SEATS = [
    pytest.param(
        "泰国银行宣布加入该项目。",
        [("泰国银行", "O", "org/bank_of_thailand")],
        {("泰国银行", "locatedIn", "泰国"), ("泰国银行", "partOf", "泰国")},
        set(),
        id="zh-a-known-bank-named-for-its-country",
    ),
    pytest.param(
        "The Bank of Thailand joined the project.",
        [("Bank of Thailand", "O", "org/bank_of_thailand")],
        {("Bank of Thailand", "locatedIn", "Thailand"), ("Bank of Thailand", "partOf", "Thailand")},
        set(),
        id="en-a-known-bank-named-for-its-country",
    ),
    pytest.param(
        "Telecom Egypt signed the deal.",
        [("Telecom Egypt", "O", "org/telecom_egypt")],
        set(),
        {("Telecom Egypt", "locatedIn", "Egypt")},
        id="en-a-company-named-after-its-country-is-not-placed-by-its-name",
    ),
    pytest.param(
        "华为与埃及电信签署协议。",
        [("华为", "O", "org/huawei"), ("埃及电信", "O", "org/telecom_egypt")],
        set(),
        {("埃及电信", "locatedIn", "埃及"), ("华为", "locatedIn", "中国")},
        id="zh-a-company-named-after-its-country-is-not-placed-by-its-name",
    ),
    pytest.param(
        "项目由中国进出口银行提供融资，中国信息通信研究院参与了评估。",
        [("中国进出口银行", "O", "org/cexim"), ("中国信息通信研究院", "O", "org/caict")],
        set(),
        {
            ("中国进出口银行", "locatedIn", "中国"),
            ("中国进出口银行", "partOf", "中国"),
            ("中国信息通信研究院", "locatedIn", "中国"),
        },
        id="zh-a-bank-or-academy-with-its-country-in-its-name-is-not-placed-by-it",
    ),
    pytest.param(
        "The Export-Import Bank of China financed the project, assessed by the China Academy of "
        "Information and Communications Technology.",
        [
            ("Export-Import Bank of China", "O", "org/cexim"),
            ("China Academy of Information and Communications Technology", "O", "org/caict"),
        ],
        set(),
        {
            ("Export-Import Bank of China", "locatedIn", "China"),
            ("Export-Import Bank of China", "partOf", "China"),
            ("China Academy of Information and Communications Technology", "locatedIn", "China"),
        },
        id="en-a-bank-or-academy-with-its-country-in-its-name-is-not-placed-by-it",
    ),
    pytest.param(
        "Teachers trained in north China's Tianjin Municipality.",
        [("north China", "L", "place/north_china"), ("Tianjin", "L", "place/tianjin")],
        {("Tianjin", "locatedIn", "China")},
        {("Tianjin", "locatedIn", "north China")},
        id="en-a-place-of-a-direction-of-a-country-is-in-the-country",
    ),
    pytest.param(
        "教师在华北的天津接受培训。",
        [("华北", "L", "place/north_china"), ("天津", "L", "place/tianjin")],
        set(),
        {("天津", "locatedIn", "中国")},
        id="zh-a-region-named-on-its-own-is-no-country",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), KNOWN_SEATS)
def test_find_relations_known_bodies_named_for_their_country(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    found = relations_of(text, specs, lexicon=SEATS_LEXICON)
    assert found >= expected
    assert not found & unexpected


SEATS = [
    pytest.param(
        "The National Polytechnic Institute of Cambodia trains engineers.",
        [("National Polytechnic Institute of Cambodia", "O"), ("Cambodia", "C", None, "compound")],
        {("National Polytechnic Institute of Cambodia", "locatedIn", "Cambodia")},
        set(),
        id="en-a-school-named-of-its-country",
    ),
    pytest.param(
        "The National Grid Corporation of the Philippines runs the grid.",
        [("National Grid Corporation of the Philippines", "O"), ("Philippines", "C", None, "compound")],
        {("National Grid Corporation of the Philippines", "locatedIn", "Philippines")},
        set(),
        id="en-a-corporation-named-of-its-country",
    ),
    pytest.param(
        "菲律宾国家输电公司负责运营电网。",
        [("菲律宾国家输电公司", "O"), ("菲律宾", "C", None, "compound")],
        set(),
        {("菲律宾国家输电公司", "locatedIn", "菲律宾")},
        id="zh-a-company-opening-with-its-country-is-not-placed-by-its-name",
    ),
    pytest.param(
        "天津市人民政府发布了通知。",
        [("天津市人民政府", "O"), ("天津市", "L", None, "compound")],
        set(),
        {("天津市人民政府", "locatedIn", "天津市")},
        id="zh-a-city-s-government-is-no-body-seated-there",
    ),
    pytest.param(
        "The Punjab Government launched the project.",
        [("Punjab Government", "O"), ("Punjab", "L", None, "compound")],
        set(),
        {("Punjab Government", "locatedIn", "Punjab")},
        id="en-a-province-s-government-is-no-body-seated-there",
    ),
    pytest.param(
        "The Government of Indonesia funds the project.",
        [("Government of Indonesia", "O"), ("Indonesia", "C", None, "compound")],
        set(),
        {("Government of Indonesia", "locatedIn", "Indonesia")},
        id="en-a-country-s-government-is-no-body-seated-there",
    ),
    pytest.param(
        "The Tianjin Municipal Education Commission sent teachers.",
        [("Tianjin Municipal Education Commission", "O"), ("Tianjin", "L", None, "compound")],
        {("Tianjin Municipal Education Commission", "locatedIn", "Tianjin")},
        set(),
        id="en-a-city-commission-named-for-its-city",
    ),
    pytest.param(
        "亚洲开发银行提供了贷款。",
        [("亚洲开发银行", "O"), ("亚洲", "L", None, "compound")],
        set(),
        {("亚洲开发银行", "locatedIn", "亚洲")},
        id="zh-a-bank-named-for-a-region-is-not-in-it",
    ),
    pytest.param(
        "中国电信、中国联通、中国移动等中国企业参与了建设。",
        [("中国电信", "O"), ("中国联通", "O"), ("中国移动", "O"), ("中国", "C")],
        {("中国电信", "locatedIn", "中国"), ("中国移动", "locatedIn", "中国")},
        set(),
        id="zh-bodies-listed-before-their-countrys-kind",
    ),
    pytest.param(
        "越南电信运营商Viettel和Mobifone已开始测试。",
        [("越南", "C"), ("Viettel", "O"), ("Mobifone", "O")],
        {("Viettel", "locatedIn", "越南"), ("Mobifone", "locatedIn", "越南")},
        set(),
        id="zh-bodies-named-after-their-countrys-kind",
    ),
    pytest.param(
        "马来西亚第二张5G网络运营商U Mobile在布城签署技术合作协议。",
        [("马来西亚", "C"), ("U Mobile", "O")],
        {("U Mobile", "locatedIn", "马来西亚")},
        set(),
        id="zh-a-body-named-after-its-countrys-long-described-kind",
    ),
    pytest.param(
        "南非移动数据网络运营商Rain表示，已使用华为设备。",
        [("南非", "C"), ("Rain", "O")],
        {("Rain", "locatedIn", "南非")},
        set(),
        id="zh-a-body-named-after-its-countrys-kind-of-many-words",
    ),
    pytest.param(
        "South Africa's mobile network operator Rain said it used Huawei equipment.",
        [("South Africa", "C"), ("Rain", "O")],
        {("Rain", "locatedIn", "South Africa")},
        set(),
        id="en-a-body-named-after-its-countrys-kind-of-many-words",
    ),
    pytest.param(
        "该海缆由马尔代夫电信运营商Dhiraagu和斯里兰卡电信运营商Dialog共同出资建设。",
        [("马尔代夫", "C"), ("Dhiraagu", "O"), ("斯里兰卡", "C"), ("Dialog", "O")],
        {("Dhiraagu", "locatedIn", "马尔代夫"), ("Dialog", "locatedIn", "斯里兰卡")},
        {("Dialog", "locatedIn", "马尔代夫")},
        id="zh-each-countrys-kind-names-its-own-bodies",
    ),
    pytest.param(
        "The cable is funded by Maldivian operator Dhiraagu and Sri Lankan operator Dialog.",
        [("Maldivian", "C"), ("Dhiraagu", "O"), ("Sri Lankan", "C"), ("Dialog", "O")],
        {("Dhiraagu", "locatedIn", "Maldivian"), ("Dialog", "locatedIn", "Sri Lankan")},
        {("Dialog", "locatedIn", "Maldivian")},
        id="en-each-countrys-kind-names-its-own-bodies",
    ),
    pytest.param(
        "The forum was held in the southwestern Chinese municipality of Chongqing on Monday.",
        [("forum", "E"), ("Chinese", "C"), ("Chongqing", "L")],
        {("forum", "locatedIn", "Chongqing"), ("Chongqing", "locatedIn", "Chinese")},
        {("forum", "locatedIn", "Chinese")},
        id="en-an-event-held-in-a-city-named-as-a-kind-of-place-of-a-country",
    ),
    pytest.param(
        "天津铁道职业技术学院在吉布提建设了鲁班工坊。",
        [("天津铁道职业技术学院", "O"), ("天津", "L", None, "compound"), ("吉布提", "C")],
        set(),
        {("天津铁道职业技术学院", "locatedIn", "天津")},
        id="zh-a-college-named-for-its-city-is-not-seated-by-the-name",
    ),
    pytest.param(
        "The workshop was set up by China's Tianjin City Vocational College and Huawei.",
        [("Tianjin City Vocational College", "O"), ("Tianjin", "L", None, "compound"), ("Huawei", "O")],
        set(),
        {("Tianjin City Vocational College", "locatedIn", "Tianjin")},
        id="en-a-college-named-for-its-city-is-not-seated-by-the-name",
    ),
    pytest.param(
        "The satellite is operated by the Ethiopian Space Science and Technology Institute.",
        [("Ethiopian Space Science and Technology Institute", "O"), ("Ethiopian", "C", None, "compound")],
        set(),
        {("Ethiopian Space Science and Technology Institute", "locatedIn", "Ethiopian")},
        id="en-a-body-opened-by-a-countrys-adjective-is-not-seated-by-it",
    ),
    pytest.param(
        "Engineers of the Egyptian Space Agency worked with their counterparts.",
        [("Egyptian Space Agency", "O"), ("Egyptian", "C", None, "compound")],
        set(),
        {("Egyptian Space Agency", "partOf", "Egyptian"), ("Egyptian Space Agency", "locatedIn", "Egyptian")},
        id="en-a-body-opened-by-a-countrys-adjective-is-no-arm-of-its-government",
    ),
    pytest.param(
        "埃及航天局的工程师参与了设计。",
        [("埃及航天局", "O"), ("埃及", "C", None, "compound")],
        {("埃及航天局", "partOf", "埃及")},
        set(),
        id="zh-a-body-opened-by-its-countrys-name-is-an-arm-of-its-government",
    ),
    pytest.param(
        "Kenya welcomed the plan. The expressway links Jomo Kenyatta International Airport with the city.",
        [("Kenya", "C"), ("Jomo Kenyatta International Airport", "P")],
        set(),
        {("Jomo Kenyatta International Airport", "locatedIn", "Kenya")},
        id="en-a-country-inside-a-word-of-a-name-is-no-place-of-it",
    ),
    pytest.param(
        "Kenya welcomed the plan. The new Kenya International Airport opened.",
        [("Kenya", "C"), ("Kenya International Airport", "P")],
        {("Kenya International Airport", "locatedIn", "Kenya")},
        set(),
        id="en-a-country-opening-a-works-name-is-its-place",
    ),
    pytest.param(
        "肯尼亚欢迎该计划。肯尼亚国际机场扩建工程开工。",
        [("肯尼亚", "C"), ("肯尼亚国际机场扩建工程", "P")],
        {("肯尼亚国际机场扩建工程", "locatedIn", "肯尼亚")},
        set(),
        id="zh-a-country-opening-a-works-name-is-its-place",
    ),
    pytest.param(
        "论坛在中国重庆市举行。",
        [("论坛", "E"), ("中国", "C"), ("重庆市", "L")],
        {("论坛", "locatedIn", "重庆市")},
        {("论坛", "locatedIn", "中国")},
        id="zh-an-event-held-in-a-city-of-a-country",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), SEATS)
def test_find_relations_seats_of_bodies_and_places(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


ORGANS_LEXICON = Lexicon(
    [
        _entry("org/un", EntityClass.ORGANIZATION, "联合国", "United Nations", kind="intergovernmental"),
        _entry("org/au", EntityClass.ORGANIZATION, "非洲联盟", "African Union", kind="intergovernmental"),
        _entry(
            "org/unga",
            EntityClass.ORGANIZATION,
            "联合国大会",
            "United Nations General Assembly",
            kind="intergovernmental",
        ),
        _entry(
            "org/aiib",
            EntityClass.ORGANIZATION,
            "亚洲基础设施投资银行",
            "Asian Infrastructure Investment Bank",
        ),
        _entry(
            "org/sco",
            EntityClass.ORGANIZATION,
            "上海合作组织",
            "Shanghai Cooperation Organisation",
            kind="intergovernmental",
        ),
        _entry("place/shanghai", EntityClass.PLACE, "上海", "Shanghai"),
        _entry(
            "org/coe", EntityClass.ORGANIZATION, "欧洲委员会", "Council of Europe", kind="intergovernmental"
        ),
        _entry("place/europe", EntityClass.PLACE, "欧洲", "Europe"),
    ]
)

ORGANS = [
    pytest.param(
        "The United Nations welcomed it. The United Nations General Assembly adopted the treaty.",
        [("United Nations General Assembly", "O", "org/unga"), ("United Nations", "O", "org/un")],
        {("United Nations General Assembly", "partOf", "United Nations")},
        set(),
        id="en-an-intergovernmental-organ-named-after-its-body",
    ),
    pytest.param(
        "联合国表示欢迎。联合国大会通过了该公约。",
        [("联合国大会", "O", "org/unga"), ("联合国", "O", "org/un")],
        {("联合国大会", "partOf", "联合国")},
        set(),
        id="zh-an-intergovernmental-organ-named-after-its-body",
    ),
    pytest.param(
        "The United Nations General Assembly adopted the treaty.",
        [("United Nations General Assembly", "O", "org/unga")],
        set(),
        {("United Nations General Assembly", "partOf", "United Nations")},
        id="en-an-organ-of-a-body-the-report-does-not-name-is-the-organ-alone",
    ),
    pytest.param(
        "联合国大会通过了该公约。",
        [("联合国大会", "O", "org/unga")],
        set(),
        {("联合国大会", "partOf", "联合国")},
        id="zh-an-organ-of-a-body-the-report-does-not-name-is-the-organ-alone",
    ),
    pytest.param(
        "The Convention was adopted by the Assembly of the African Union.",
        [("Assembly of the African Union", "O")],
        {("Assembly of the African Union", "partOf", "African Union")},
        set(),
        id="en-the-assembly-of-a-body-is-its-organ",
    ),
    pytest.param(
        "亚洲基础设施投资银行宣布贷款。",
        [("亚洲基础设施投资银行", "O", "org/aiib")],
        set(),
        {("亚洲基础设施投资银行", "partOf", "亚洲")},
        id="zh-a-bank-named-after-a-region-is-no-organ",
    ),
    pytest.param(
        "The Shanghai Cooperation Organisation met in Tianjin.",
        [("Shanghai Cooperation Organisation", "O", "org/sco")],
        set(),
        {("Shanghai Cooperation Organisation", "locatedIn", "Shanghai")},
        id="en-a-place-in-an-intergovernmental-body-s-name-is-no-seat",
    ),
    pytest.param(
        "上海合作组织在天津举行峰会。",
        [("上海合作组织", "O", "org/sco")],
        set(),
        {("上海合作组织", "locatedIn", "上海")},
        id="zh-a-place-in-an-intergovernmental-body-s-name-is-no-seat",
    ),
    pytest.param(
        "The Council of Europe adopted the convention.",
        [("Council of Europe", "O", "org/coe")],
        set(),
        {("Council of Europe", "locatedIn", "Europe")},
        id="en-the-region-an-intergovernmental-body-is-named-for-is-no-seat",
    ),
    pytest.param(
        "欧洲委员会通过了该公约。",
        [("欧洲委员会", "O", "org/coe")],
        set(),
        {("欧洲委员会", "locatedIn", "欧洲")},
        id="zh-the-region-an-intergovernmental-body-is-named-for-is-no-seat",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), ORGANS)
def test_find_relations_organs_of_intergovernmental_bodies(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    found = relations_of(text, specs, lexicon=ORGANS_LEXICON)
    assert found >= expected
    assert not found & unexpected
