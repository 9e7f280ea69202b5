"""General readings that carry to unseen news: places and their titles, parts and parents, members
of consortia, people at events, roles, fields of works, funders, routes, sponsors.

One table per family, Chinese and English rows side by side. Mentions are built by hand with
``build`` so that these tests pin the relation layer alone.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import NAMES, Spec, check_relations, relations_of

Triple = tuple[str, str, str]


PLACES = [
    pytest.param(
        "Telenor opened a data hub in the Kenyan capital Nairobi on Monday.",
        [("Telenor", "O"), ("data hub", "P"), ("Kenyan", "C"), ("Nairobi", "L")],
        {("data hub", "locatedIn", "Nairobi"), ("Nairobi", "locatedIn", "Kenyan")},
        {("data hub", "locatedIn", "Kenyan")},
        id="en-work-in-the-country-capital-city",
    ),
    pytest.param(
        "该数据中心位于肯尼亚首都内罗毕。",
        [("数据中心", "P"), ("肯尼亚", "C"), ("内罗毕", "L")],
        {("内罗毕", "locatedIn", "肯尼亚")},
        set(),
        id="zh-country-capital-city",
    ),
    pytest.param(
        "The ceremony was held at the Bole Campus in Adama, Oromia, officials said.",
        [("ceremony", "E"), ("Bole Campus", "P"), ("Adama", "L"), ("Oromia", "L")],
        {("Bole Campus", "locatedIn", "Adama"), ("Adama", "locatedIn", "Oromia")},
        set(),
        id="en-work-at-a-place-and-an-address",
    ),
    pytest.param(
        "The cable lands in Mombasa, Dar es Salaam and Maputo.",
        [("cable", "P"), ("Mombasa", "L"), ("Dar es Salaam", "L"), ("Maputo", "L")],
        set(),
        {("Mombasa", "locatedIn", "Dar es Salaam")},
        id="en-a-list-of-places-is-no-address",
    ),
    pytest.param(
        "Officials visited Oromia's first cloud centre last week.",
        [("Oromia", "L"), ("cloud centre", "P")],
        {("cloud centre", "locatedIn", "Oromia")},
        set(),
        id="en-possessive-with-a-rank",
    ),
    pytest.param(
        "该海缆连接肯尼亚蒙巴萨和坦桑尼亚达累斯萨拉姆。",
        [("海缆", "P"), ("肯尼亚", "C"), ("蒙巴萨", "L"), ("坦桑尼亚", "C"), ("达累斯萨拉姆", "L")],
        {
            ("海缆", "connects", "蒙巴萨"),
            ("海缆", "connects", "肯尼亚"),
            ("海缆", "connects", "坦桑尼亚"),
            ("海缆", "connects", "达累斯萨拉姆"),
        },
        set(),
        id="zh-the-country-of-a-place-on-the-route",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PLACES)
def test_find_relations_places_names_by_titles_addresses_and_qualifiers(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


PARTS = [
    pytest.param(
        "东非共同体秘书处发布了报告，东非共同体成员国表示欢迎。",
        [("东非共同体秘书处", "O"), ("东非共同体", "O")],
        {("东非共同体秘书处", "partOf", "东非共同体")},
        set(),
        id="zh-a-secretariat-named-after-its-body",
    ),
    pytest.param(
        "The East African Community Secretariat issued a report that the East African Community welcomed.",
        [("East African Community Secretariat", "O"), ("East African Community", "O")],
        {("East African Community Secretariat", "partOf", "East African Community")},
        set(),
        id="en-a-secretariat-named-after-its-body",
    ),
    pytest.param(
        "Safaricom Technologies announced results. Safaricom did too.",
        [("Safaricom Technologies", "O"), ("Safaricom", "O")],
        set(),
        {("Safaricom Technologies", "partOf", "Safaricom")},
        id="en-a-legal-name-is-the-company-itself",
    ),
    pytest.param(
        "项目由中国电信及其全资子公司中国电信（肯尼亚）公司投资。",
        [("项目", "P"), ("中国电信", "O"), ("中国电信（肯尼亚）公司", "O")],
        {("中国电信（肯尼亚）公司", "partOf", "中国电信")},
        set(),
        id="zh-and-its-wholly-owned-subsidiary",
    ),
    pytest.param(
        "The link is run by Liquid Intelligent, a Cassava subsidiary, since 2019.",
        [("link", "P"), ("Liquid Intelligent", "O"), ("Cassava", "O")],
        {("Liquid Intelligent", "partOf", "Cassava")},
        set(),
        id="en-a-named-subsidiary-apposition",
    ),
    pytest.param(
        "亚非海缆公司是中国移动与沙特电信的合资企业。",
        [("亚非海缆公司", "O"), ("中国移动", "O"), ("沙特电信", "O")],
        {("亚非海缆公司", "partOf", "中国移动"), ("亚非海缆公司", "partOf", "沙特电信")},
        set(),
        id="zh-a-joint-venture-of-two-companies",
    ),
    pytest.param(
        "Afro-Asia Marine is a joint venture between China Mobile and STC.",
        [("Afro-Asia Marine", "O"), ("China Mobile", "O"), ("STC", "O")],
        {("Afro-Asia Marine", "partOf", "China Mobile"), ("Afro-Asia Marine", "partOf", "STC")},
        set(),
        id="en-a-joint-venture-of-two-companies",
    ),
    pytest.param(
        "国家数据局隶属于国家发展和改革委员会。",
        [("国家数据局", "O"), ("国家发展和改革委员会", "O")],
        {("国家数据局", "partOf", "国家发展和改革委员会")},
        set(),
        id="zh-a-body-under-another",
    ),
    pytest.param(
        "The Cable Authority, which works under the Ministry of Transport, approved the route.",
        [("Cable Authority", "O"), ("Ministry of Transport", "O")],
        {("Cable Authority", "partOf", "Ministry of Transport")},
        set(),
        id="en-a-body-that-works-under-another",
    ),
    pytest.param(
        "The corridor is part of the drive by Ethio Telecom to extend the Digital Silk Road.",
        [("corridor", "P"), ("Ethio Telecom", "O"), ("Digital Silk Road", "I")],
        {("corridor", "partOf", "Digital Silk Road")},
        set(),
        id="en-part-of-the-efforts-towards-an-initiative",
    ),
    pytest.param(
        "Under the Digital Silk Road, Ethio Telecom built the Horn Data Centre in 2020.",
        [("Digital Silk Road", "I"), ("Ethio Telecom", "O"), ("Horn Data Centre", "P")],
        {("Horn Data Centre", "partOf", "Digital Silk Road")},
        set(),
        id="en-a-work-under-an-initiative",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PARTS)
def test_find_relations_reads_parts_parents_and_joint_ventures(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


MEMBERS = [
    pytest.param(
        "The EAX cable entered service. "
        "The EAX consortium's 6 members, including Safaricom, Airtel and MTN, signed the deal.",
        [("EAX", "P"), ("EAX consortium", "O"), ("Safaricom", "O"), ("Airtel", "O"), ("MTN", "O")],
        {
            ("Safaricom", "memberOf", "EAX consortium"),
            ("MTN", "memberOf", "EAX consortium"),
            ("EAX", "partner", "Airtel"),
        },
        set(),
        id="en-members-listed-after-a-possessive",
    ),
    pytest.param(
        "东非海缆联盟的成员包括肯尼亚电信、坦桑尼亚电信和埃塞俄比亚电信。",
        [("东非海缆联盟", "O"), ("肯尼亚电信", "O"), ("坦桑尼亚电信", "O"), ("埃塞俄比亚电信", "O")],
        {("肯尼亚电信", "memberOf", "东非海缆联盟"), ("埃塞俄比亚电信", "memberOf", "东非海缆联盟")},
        set(),
        id="zh-members-listed-after-a-body",
    ),
    pytest.param(
        "The EAX cable is backed by investors. Airtel, a key investor, joined in 2020.",
        [("EAX cable", "P"), ("Airtel", "O")],
        {("EAX cable", "partner", "Airtel")},
        set(),
        id="en-a-participant-in-apposition",
    ),
    pytest.param(
        "该海缆于2020年开工。肯尼亚电信作为重要投资方参与建设。",
        [("海缆", "P"), ("肯尼亚电信", "O")],
        {("海缆", "partner", "肯尼亚电信")},
        set(),
        id="zh-a-participant-by-its-role",
    ),
    pytest.param(
        "在东非共同体成立十周年之际，肯尼亚愿同各成员国深化合作。",
        [("东非共同体", "O"), ("肯尼亚", "C")],
        {("肯尼亚", "memberOf", "东非共同体")},
        set(),
        id="zh-a-country-with-the-other-member-states",
    ),
    pytest.param(
        "Kenya and the other member states of the East African Community agreed.",
        [("Kenya", "C"), ("East African Community", "O")],
        {("Kenya", "memberOf", "East African Community")},
        set(),
        id="en-a-country-and-the-other-member-states",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), MEMBERS)
def test_find_relations_reads_members_and_participants(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


EVENTS = [
    pytest.param(
        "At the launch ceremony in Mombasa, Kenya Power chairman Joy Wanjiru thanked the builders.",
        [("launch ceremony", "E"), ("Mombasa", "L"), ("Kenya Power", "O"), ("Joy Wanjiru", "H")],
        {("Joy Wanjiru", "participatedIn", "launch ceremony"), ("Joy Wanjiru", "headOf", "Kenya Power")},
        set(),
        id="en-people-in-a-sentence-opened-by-the-event",
    ),
    pytest.param(
        "东非数字论坛在内罗毕开幕。肯尼亚信息部部长卡鲁在蒙巴萨出席开幕式。",
        [("东非数字论坛", "E"), ("内罗毕", "L"), ("肯尼亚信息部", "O"), ("卡鲁", "H"), ("蒙巴萨", "L")],
        {("卡鲁", "participatedIn", "东非数字论坛"), ("卡鲁", "headOf", "肯尼亚信息部")},
        set(),
        id="zh-attending-the-opening-of-the-event",
    ),
    pytest.param(
        "东非数字论坛开幕。坦桑尼亚电信总裁穆萨等以视频方式出席论坛。",
        [("东非数字论坛", "E"), ("坦桑尼亚电信", "O"), ("穆萨", "H")],
        {("穆萨", "participatedIn", "东非数字论坛")},
        set(),
        id="zh-attending-in-a-manner",
    ),
    pytest.param(
        "The deal was signed at the Nairobi Tech Week, an event hosted by the Kenyan ICT Authority.",
        [("Nairobi Tech Week", "E"), ("Kenyan ICT Authority", "O")],
        {("Kenyan ICT Authority", "participatedIn", "Nairobi Tech Week")},
        set(),
        id="en-a-body-hosting-an-event",
    ),
    pytest.param(
        "肯尼亚信息部与东非共同体秘书处共同主持召开东非数字峰会。",
        [("肯尼亚信息部", "O"), ("东非共同体秘书处", "O"), ("东非数字峰会", "E")],
        {
            ("肯尼亚信息部", "participatedIn", "东非数字峰会"),
            ("东非共同体秘书处", "participatedIn", "东非数字峰会"),
        },
        set(),
        id="zh-bodies-convening-an-event",
    ),
    pytest.param(
        "东非数字峰会于3月召开。那次会议由轮值主席国肯尼亚总统鲁托主持。",
        [("东非数字峰会", "E"), ("肯尼亚", "C"), ("鲁托", "H")],
        {("鲁托", "participatedIn", "东非数字峰会"), ("鲁托", "headOf", "肯尼亚")},
        set(),
        id="zh-that-meeting-chaired-by-a-titled-person",
    ),
    pytest.param(
        "东非共同体峰会开幕。会上，肯尼亚和坦桑尼亚共同发表《东非数字倡议》。",
        [("东非共同体峰会", "E"), ("肯尼亚", "C"), ("坦桑尼亚", "C"), ("东非数字倡议", "I")],
        {
            ("东非数字倡议", "announcedAt", "东非共同体峰会"),
            ("东非数字倡议", "proposedBy", "肯尼亚"),
            ("东非数字倡议", "proposedBy", "坦桑尼亚"),
        },
        set(),
        id="zh-an-initiative-issued-together-at-the-meeting",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), EVENTS)
def test_find_relations_reads_who_takes_part_in_events(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


ROLES = [
    pytest.param(
        "东非共同体峰会举行，东非共同体轮值主席国肯尼亚主持会议。",
        [("东非共同体峰会", "E"), ("东非共同体", "O"), ("肯尼亚", "C")],
        {("肯尼亚", "headOf", "东非共同体")},
        set(),
        id="zh-a-country-holding-the-chair",
    ),
    pytest.param(
        "Kenya, which holds the rotating chair of the East African Community, hosted the summit.",
        [("Kenya", "C"), ("East African Community", "O")],
        {("Kenya", "headOf", "East African Community")},
        set(),
        id="en-a-country-holding-the-chair",
    ),
    pytest.param(
        '"We are proud," said Amina Odhiambo, Safaricom\'s regional president.',
        [("Amina Odhiambo", "H"), ("Safaricom", "O")],
        {("Amina Odhiambo", "affiliatedWith", "Safaricom")},
        {("Amina Odhiambo", "headOf", "Safaricom")},
        id="en-a-regional-president-does-not-head-the-company",
    ),
    pytest.param(
        "肯尼亚执政党委员、内阁副部长奥卡出席会议。",
        [("肯尼亚执政党", "O"), ("内阁", "O"), ("奥卡", "H")],
        {("奥卡", "affiliatedWith", "肯尼亚执政党"), ("奥卡", "affiliatedWith", "内阁")},
        set(),
        id="zh-a-chain-of-titles",
    ),
    pytest.param(
        "坦桑尼亚欢迎肯尼亚提出《东非数字倡议》。",
        [("坦桑尼亚", "C"), ("肯尼亚", "C"), ("东非数字倡议", "I")],
        {("东非数字倡议", "proposedBy", "肯尼亚")},
        {("东非数字倡议", "proposedBy", "坦桑尼亚")},
        id="zh-the-nearer-agent-proposes",
    ),
    pytest.param(
        "Tanzania welcomed the plan after Kenya announced the Digital Corridor Initiative.",
        [("Tanzania", "C"), ("Kenya", "C"), ("Digital Corridor Initiative", "I")],
        {("Digital Corridor Initiative", "proposedBy", "Kenya")},
        {("Digital Corridor Initiative", "proposedBy", "Tanzania")},
        id="en-the-nearer-agent-proposes",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), ROLES)
def test_find_relations_reads_roles_by_rank(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


WORKS = [
    pytest.param(
        "Safaricom has opened a cloud region in Nairobi.",
        [("Safaricom", "O"), ("cloud region", "P"), ("Nairobi", "L")],
        {("cloud region", "operatedBy", "Safaricom"), ("cloud region", "locatedIn", "Nairobi")},
        set(),
        id="en-a-company-opening-a-facility",
    ),
    pytest.param(
        "The Nairobi Cloud Region will support e-government and allow for AI services and big data.",
        [("Nairobi Cloud Region", "P"), ("AI", "T"), ("big data", "T")],
        {("Nairobi Cloud Region", "about", "AI"), ("Nairobi Cloud Region", "about", "big data")},
        set(),
        id="en-what-a-work-offers",
    ),
    pytest.param(
        "Using 200G technology, the EAX cable carries 20 Tbps.",
        [("200G technology", "T"), ("EAX cable", "P")],
        {("EAX cable", "about", "200G technology")},
        set(),
        id="en-using-a-technology",
    ),
    pytest.param(
        "东非海缆采用200G传输技术，设计容量达20Tbit/s。",
        [("东非海缆", "P"), ("200G传输技术", "T")],
        {("东非海缆", "about", "200G传输技术")},
        set(),
        id="zh-a-work-adopting-a-technology",
    ),
    pytest.param(
        "In May, Safaricom said it would invest $300 million in the Nairobi Cloud Region.",
        [("Safaricom", "O"), ("Nairobi Cloud Region", "P")],
        {("Nairobi Cloud Region", "fundedBy", "Safaricom")},
        set(),
        id="en-investing-in-a-work",
    ),
    pytest.param(
        "东非海缆总投资约2亿美元，其中1亿美元由非洲开发银行提供融资。",
        [("东非海缆", "P"), ("非洲开发银行", "O")],
        {("东非海缆", "fundedBy", "非洲开发银行")},
        set(),
        id="zh-financing-of-the-work-of-the-sentence",
    ),
    pytest.param(
        "Ethio Telecom laid the 700-km fibre link from Adama to Djibouti City in 2019.",
        [("Ethio Telecom", "O"), ("700-km fibre link", "P"), ("Adama", "L"), ("Djibouti City", "L")],
        {("700-km fibre link", "connects", "Adama"), ("700-km fibre link", "connects", "Djibouti City")},
        set(),
        id="en-a-work-named-with-its-route",
    ),
    pytest.param(
        "东非海缆全长约5000公里，是首条直接连接东非和南亚的海底光缆。",
        [("东非海缆", "P"), ("东非", "L"), ("南亚", "L")],
        {("东非海缆", "connects", "东非"), ("东非海缆", "connects", "南亚")},
        set(),
        id="zh-connecting-in-a-later-clause",
    ),
    pytest.param(
        "Safaricom lands the EAX cable at its Mombasa station.",
        [("Safaricom", "O"), ("EAX cable", "P"), ("Mombasa station", "L")],
        {("EAX cable", "landsAt", "Mombasa station")},
        set(),
        id="en-a-company-landing-a-cable",
    ),
    pytest.param(
        "Safaricom said it had worked with the ministry on fibre. The Ministry of ICT agreed.",
        [("Safaricom", "O"), ("Ministry of ICT", "O")],
        set(),
        {("Safaricom", "cooperatesWith", "Ministry of ICT")},
        id="en-the-ministry-is-one-named-before",
    ),
    pytest.param(
        "The Ministry of ICT met investors. Safaricom said it had worked with the ministry on fibre.",
        [("Safaricom", "O"), ("Ministry of ICT", "O")],
        {("Ministry of ICT", "cooperatesWith", "Safaricom")},
        set(),
        id="en-working-with-the-ministry",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), WORKS)
def test_find_relations_reads_what_works_use_who_funds_and_where_they_run(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


AGREEMENTS = [
    pytest.param(
        "2019年5月，肯尼亚电信与坦桑尼亚电信在内罗毕签署东非海缆建设合同，双方代表出席签约仪式。",
        [
            ("肯尼亚电信", "O"),
            ("坦桑尼亚电信", "O"),
            ("内罗毕", "L"),
            ("东非海缆建设合同", "A"),
            ("签约仪式", "E"),
        ],
        {
            ("东非海缆建设合同", "announcedAt", "签约仪式"),
            ("签约仪式", "locatedIn", "内罗毕"),
            ("东非海缆建设合同", "signedWith", "肯尼亚电信"),
            ("东非海缆建设合同", "signedWith", "坦桑尼亚电信"),
        },
        set(),
        id="zh-an-agreement-signed-at-the-signing-ceremony",
    ),
    pytest.param(
        "The EAX cable entered service. Its owners signed the supply contract in Nairobi "
        "at a signing ceremony in May.",
        [("EAX cable", "P"), ("supply contract", "A"), ("Nairobi", "L"), ("signing ceremony", "E")],
        {
            ("supply contract", "announcedAt", "signing ceremony"),
            ("signing ceremony", "locatedIn", "Nairobi"),
            ("supply contract", "about", "EAX cable"),
        },
        set(),
        id="en-a-works-agreement-is-about-the-work",
    ),
    pytest.param(
        "The prime minister laid the foundation stone of the Hunza IT Park at the ceremony. "
        "The ceremony ended with a tour. Safaricom laid the foundation stone of the Kisumu Hub.",
        [("Hunza IT Park", "P"), ("ceremony", "E"), ("Safaricom", "O"), ("Kisumu Hub", "P")],
        {("Hunza IT Park", "announcedAt", "ceremony"), ("Kisumu Hub", "announcedAt", "ceremony")},
        set(),
        id="en-works-whose-foundation-stone-was-laid-at-the-event",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), AGREEMENTS)
def test_find_relations_reads_where_and_for_what_agreements_are_signed(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


def test_find_relations_refers_to_a_person_by_the_title_they_were_named_with() -> None:
    text = (
        "Kenya's Prime Minister Amos Kibet opened the Mombasa Hub on Friday. "
        "At the opening ceremony, Safaricom chairman Joy Wanjiru briefed the prime minister."
    )
    specs: list[Spec] = [
        ("Kenya", "C"),
        ("Amos Kibet", "H"),
        ("Mombasa Hub", "P"),
        ("opening ceremony", "E"),
        ("Safaricom", "O"),
        ("Joy Wanjiru", "H"),
    ]
    found = relations_of(text, specs, lexicon=NAMES)
    assert ("Amos Kibet", "participatedIn", "opening ceremony") in found
    assert ("Joy Wanjiru", "participatedIn", "opening ceremony") in found
