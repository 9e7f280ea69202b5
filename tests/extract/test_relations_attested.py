"""Readings attested in two annotated sets or more: cables by the places they join, the fields and the
makers of satellites, reporters of a byline, a country's ministers and envoys, and what a party that
signs a paper or acts at a place does not state.

One table per family, Chinese and English rows side by side. Mentions are built by hand with
``build``, so that these tests pin the relation layer alone, whichever way the names are found.
"""

from __future__ import annotations

import pytest

from tests.extract.test_relations import Spec, check_relations

Triple = tuple[str, str, str]

CONNECTS = [
    pytest.param(
        "That cable was cut off the Egyptian coast, on a segment between Egypt and Italy.",
        [("That cable", "P"), ("Egyptian", "C"), ("Egypt", "C"), ("Italy", "C")],
        {("That cable", "connects", "Egypt"), ("That cable", "connects", "Italy")},
        set(),
        id="en-a-segment-of-the-cable-between-two-countries",
    ),
    pytest.param(
        "The MARS cable is new. Huawei Marine will build the first submarine cable between Mauritius and "
        "Rodrigues Island.",
        [
            ("MARS cable", "P"),
            ("Huawei Marine", "O"),
            ("submarine cable", "T"),
            ("Mauritius", "C"),
            ("Rodrigues Island", "L"),
        ],
        {("MARS cable", "connects", "Mauritius"), ("MARS cable", "connects", "Rodrigues Island")},
        set(),
        id="en-the-cable-between-two-places-is-the-documents-cable",
    ),
    pytest.param(
        "The FLAG cable was cut. Both sides will deepen cooperation in the digital economy between China and "
        "ASEAN.",
        [("FLAG cable", "P"), ("digital economy", "T"), ("China", "C"), ("ASEAN", "O")],
        set(),
        {("FLAG cable", "connects", "China")},
        id="en-a-field-between-two-countries-is-no-cable",
    ),
    pytest.param(
        "根据协议，双方计划在中国新疆喀什和巴基斯坦苏斯特之间建设首条中巴跨境陆缆传输系统，初始容量40G。",
        [
            ("中国", "C"),
            ("新疆", "L"),
            ("喀什", "L"),
            ("巴基斯坦", "C"),
            ("苏斯特", "L"),
            ("中巴跨境陆缆", "P"),
        ],
        {("中巴跨境陆缆", "connects", "喀什"), ("中巴跨境陆缆", "connects", "苏斯特")},
        set(),
        id="zh-a-work-named-between-two-places",
    ),
    pytest.param(
        "中俄光缆开通。双方将在中国黑龙江省黑河市和俄罗斯布拉格维申斯克市之间新建跨境光缆系统。",
        [
            ("中俄光缆", "P"),
            ("中国", "C"),
            ("黑龙江省", "L"),
            ("黑河市", "L"),
            ("俄罗斯", "C"),
            ("布拉格维申斯克市", "L"),
            ("跨境光缆", "T"),
        ],
        set(),
        {("中俄光缆", "connects", "黑河市")},
        id="zh-an-unnamed-work-between-two-places-is-not-an-earlier-sentences-work",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), CONNECTS)
def test_find_relations_cables_between_places(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


SATELLITES = [
    pytest.param(
        "阿尔及利亚一号通信卫星成功发射。该星将主要服务于阿尔及利亚的广播电视、应急通信、远程教育、电子政务、企业通信、"
        "宽带接入和星基导航增强等领域。",
        [
            ("阿尔及利亚一号通信卫星", "P"),
            ("阿尔及利亚", "C"),
            ("远程教育", "T"),
            ("电子政务", "T"),
            ("宽带", "T"),
        ],
        {("阿尔及利亚一号通信卫星", "about", field) for field in ("远程教育", "电子政务", "宽带")},
        set(),
        id="zh-the-fields-a-satellite-mainly-serves",
    ),
    pytest.param(
        "尼星1R将发射。尼星1R设计寿命十五年，主要用于尼日利亚的通信、广播、远程教育、宽带多媒体和导航服务等。",
        [("尼星1R", "P"), ("尼日利亚", "C"), ("远程教育", "T"), ("宽带", "T")],
        {("尼星1R", "about", "远程教育"), ("尼星1R", "about", "宽带")},
        set(),
        id="zh-the-services-a-satellite-is-mainly-used-for",
    ),
    pytest.param(
        "白俄罗斯通信卫星一号发射成功。这颗卫星由中国空间技术研究院研制，采用东方红四号卫星平台。",
        [("白俄罗斯通信卫星一号", "P"), ("中国空间技术研究院", "O")],
        {("白俄罗斯通信卫星一号", "builtBy", "中国空间技术研究院")},
        set(),
        id="zh-the-satellite-developed-by-a-body",
    ),
    pytest.param(
        "委内瑞拉遥感卫星二号发射成功。按照合同，卫星由东方红卫星公司和委内瑞拉航天局联合研制，运载火箭由上海航天技术研究院研制。",
        [
            ("委内瑞拉遥感卫星二号", "P"),
            ("东方红卫星公司", "O"),
            ("委内瑞拉航天局", "O"),
            ("上海航天技术研究院", "O"),
        ],
        {
            ("委内瑞拉遥感卫星二号", "builtBy", "东方红卫星公司"),
            ("委内瑞拉遥感卫星二号", "builtBy", "委内瑞拉航天局"),
        },
        {("委内瑞拉遥感卫星二号", "builtBy", "上海航天技术研究院")},
        id="zh-joint-developers-of-the-satellite-and-not-the-rockets-maker",
    ),
    pytest.param(
        "阿尔及利亚一号通信卫星发射成功。阿尔及利亚一号通信卫星和长征三号乙运载火箭，分别由中国空间技术研究院和中国运载火箭技术研究院研制。",
        [("阿尔及利亚一号通信卫星", "P"), ("中国空间技术研究院", "O"), ("中国运载火箭技术研究院", "O")],
        set(),
        {("阿尔及利亚一号通信卫星", "builtBy", "中国运载火箭技术研究院")},
        id="zh-makers-named-respectively-are-left-alone",
    ),
    pytest.param(
        "多哥电子政务项目启动。多哥电子政务系中多合作项目，由华为公司实施。",
        [("多哥电子政务项目", "P"), ("多哥", "C"), ("华为公司", "O")],
        {("多哥电子政务项目", "builtBy", "华为公司")},
        set(),
        id="zh-the-work-carried-out-by-a-company",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), SATELLITES)
def test_find_relations_fields_and_makers_of_works(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


PEOPLE = [
    pytest.param(
        "新华社西昌12月11日电（李国利、赵金龙）11日零时40分，我国成功发射卫星。",
        [("新华社", "O"), ("西昌", "L"), ("李国利", "H"), ("赵金龙", "H"), ("我国", "C")],
        {("李国利", "affiliatedWith", "新华社"), ("赵金龙", "affiliatedWith", "新华社")},
        set(),
        id="zh-reporters-of-a-byline-without-their-title",
    ),
    pytest.param(
        "新华社悉尼7月3日电（记者张小军 张硕）中国联通3日在悉尼举行开业仪式。",
        [("新华社", "O"), ("悉尼", "L"), ("张小军", "H"), ("张硕", "H"), ("中国联通", "O")],
        {("张小军", "affiliatedWith", "新华社"), ("张硕", "affiliatedWith", "新华社")},
        {("张硕", "affiliatedWith", "中国联通")},
        id="zh-reporters-of-a-byline-with-a-space-between",
    ),
    pytest.param(
        "The MoU was signed by him and China's Deputy Minister of Industry and Information Technology, Zhang "
        "Yunming.",
        [("MoU", "A"), ("China", "C"), ("Zhang Yunming", "H")],
        {("Zhang Yunming", "affiliatedWith", "China")},
        {("Zhang Yunming", "headOf", "China")},
        id="en-a-countrys-deputy-minister-named-after-a-comma",
    ),
    pytest.param(
        "Ethiopia's Ambassador to China, Teshome Toga, attended the ceremony.",
        [("Ethiopia", "C"), ("China", "C"), ("Teshome Toga", "H")],
        {("Teshome Toga", "affiliatedWith", "Ethiopia")},
        {("Teshome Toga", "affiliatedWith", "China")},
        id="en-a-countrys-ambassador-to-another-country",
    ),
    pytest.param(
        "Pakistan's Prime Minister Shehbaz Sharif opened the centre.",
        [("Pakistan", "C"), ("Shehbaz Sharif", "H")],
        {("Shehbaz Sharif", "headOf", "Pakistan")},
        {("Shehbaz Sharif", "affiliatedWith", "Pakistan")},
        id="en-a-prime-minister-heads-the-country",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PEOPLE)
def test_find_relations_reporters_ministers_and_envoys(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


SIGNERS = [
    pytest.param(
        "PHNOM PENH, Nov. 10 (Xinhua) -- Cambodia and China on Friday signed a Memorandum of Understanding "
        "on e-commerce.",
        [
            ("PHNOM PENH", "L"),
            ("Xinhua", "O"),
            ("Cambodia", "C"),
            ("China", "C"),
            ("Memorandum of Understanding", "A"),
        ],
        {
            ("Memorandum of Understanding", "signedWith", "Cambodia"),
            ("Memorandum of Understanding", "signedWith", "China"),
        },
        {("Memorandum of Understanding", "signedWith", "Xinhua")},
        id="en-the-signers-are-the-parties-before-the-verb-not-the-agency-of-the-dateline",
    ),
    pytest.param(
        "中国电信与巴基斯坦特别通信组织签署中巴国际陆缆建设维护协议",
        [("中国电信", "O"), ("巴基斯坦特别通信组织", "O"), ("中巴国际陆缆", "P")],
        set(),
        {("中国电信", "cooperatesWith", "巴基斯坦特别通信组织")},
        id="zh-signing-a-paper-named-after-its-work-is-no-cooperation-in-general",
    ),
    pytest.param(
        "华为海洋与中国联通在上海签署SAIL建设合同。",
        [("华为海洋", "O"), ("中国联通", "O"), ("上海", "L"), ("SAIL", "P")],
        set(),
        {("华为海洋", "cooperatesWith", "中国联通")},
        id="zh-signing-a-works-contract-is-no-cooperation-in-general",
    ),
    pytest.param(
        "中国与老挝签署合作，共建信息港。",
        [("中国", "C"), ("老挝", "C")],
        {("中国", "cooperatesWith", "老挝")},
        set(),
        id="zh-two-countries-that-cooperate",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), SIGNERS)
def test_find_relations_signers_and_cooperation(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


NOT_COOPERATION = [
    pytest.param(
        "Bangladesh and China today signed 21 cooperation documents, mostly memorandums of understanding.",
        [("Bangladesh", "C"), ("China", "C")],
        set(),
        {("Bangladesh", "cooperatesWith", "China")},
        id="en-parties-that-sign-papers-on-cooperation",
    ),
    pytest.param(
        "China and Pakistan agreed to deepen cooperation in the digital economy.",
        [("China", "C"), ("Pakistan", "C")],
        {("China", "cooperatesWith", "Pakistan")},
        set(),
        id="en-parties-that-agree-to-cooperate",
    ),
    pytest.param(
        "论坛由上海合作组织睦邻友好合作委员会和福建省人民政府共同主办。",
        [("上海合作组织睦邻友好合作委员会", "O"), ("福建省人民政府", "O")],
        set(),
        {("上海合作组织睦邻友好合作委员会", "cooperatesWith", "福建省人民政府")},
        id="zh-co-hosts-of-a-meeting",
    ),
    pytest.param(
        "中国人民银行与印尼央行9月11日共同启动二维码互联互通合作项目。",
        [("中国人民银行", "O"), ("印尼央行", "O")],
        {("中国人民银行", "cooperatesWith", "印尼央行")},
        set(),
        id="zh-two-banks-that-launch-a-work-together",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), NOT_COOPERATION)
def test_find_relations_hosting_or_signing_together_is_no_cooperation(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


CONSORTIA = [
    pytest.param(
        "The project is backed by a global consortium of eight partners that includes China Mobile "
        "International, Meta and Vodafone.",
        [("The project", "P"), ("China Mobile International", "O"), ("Meta", "O"), ("Vodafone", "O")],
        {("The project", "partner", x) for x in ("China Mobile International", "Meta", "Vodafone")},
        set(),
        id="en-a-consortium-of-partners-that-includes-members",
    ),
    pytest.param(
        "The ALC cable was signed. The group is made up of China Telecom Global, Globe Telecom and Singtel.",
        [("ALC cable", "P"), ("China Telecom Global", "O"), ("Globe Telecom", "O"), ("Singtel", "O")],
        {("ALC cable", "partner", x) for x in ("China Telecom Global", "Globe Telecom", "Singtel")},
        set(),
        id="en-the-group-behind-the-work-is-made-up-of-members",
    ),
    pytest.param(
        "The ALC cable was signed. Huawei is a group that sells phones.",
        [("ALC cable", "P"), ("Huawei", "O")],
        set(),
        {("ALC cable", "partner", "Huawei")},
        id="en-a-group-that-does-something-else",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), CONSORTIA)
def test_find_relations_members_of_the_consortium_behind_a_work(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
