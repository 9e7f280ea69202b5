"""Readings of unseen news: consortium members, fields of initiatives and works, titles that head
or only affiliate, parts of bodies and plans, places by their country, people at events.

One table per family, Chinese and English rows side by side. Mentions are built by hand with
``build`` (a name inside a longer one is a ``compound`` mention, as the name finder leaves it), so
that these tests pin the relation layer alone, whichever way the names are found.
"""

from __future__ import annotations

import pytest

from kg.lexicon import Lexicon, load_lexicon
from tests.extract.test_relations import Spec, check_relations, relations_of

Triple = tuple[str, str, str]

PARTNERS = [
    pytest.param(
        "Besides Telkom, the AMX consortium includes Ooredoo, Zain and Batelco.",
        [
            ("AMX consortium", "O"),
            ("AMX", "P", None, "compound"),
            ("Telkom", "O"),
            ("Ooredoo", "O"),
            ("Zain", "O"),
            ("Batelco", "O"),
        ],
        {("AMX", "partner", x) for x in ("Telkom", "Ooredoo", "Zain", "Batelco")},
        {("AMX consortium", "partner", "Zain")},
        id="en-members-of-a-work-consortium-and-those-before-it",
    ),
    pytest.param(
        "除中国电信外，亚欧海缆财团成员还包括新加坡电信、印尼电信和马来西亚电信。",
        [
            ("亚欧海缆财团", "O"),
            ("亚欧海缆", "P", None, "compound"),
            ("中国电信", "O"),
            ("新加坡电信", "O"),
            ("印尼电信", "O"),
            ("马来西亚电信", "O"),
        ],
        {("亚欧海缆", "partner", x) for x in ("中国电信", "新加坡电信", "印尼电信", "马来西亚电信")},
        set(),
        id="zh-members-of-a-work-consortium-and-those-before-it",
    ),
    pytest.param(
        "AMX went live on Monday. Apart from Telkom, the AMX consortium comprises Ooredoo and Zain.",
        [("AMX consortium", "O"), ("AMX", "P"), ("Telkom", "O"), ("Ooredoo", "O"), ("Zain", "O")],
        {("AMX", "partner", "Telkom"), ("AMX", "partner", "Ooredoo"), ("AMX", "partner", "Zain")},
        set(),
        id="en-the-consortium-of-a-work-named-elsewhere",
    ),
    pytest.param(
        "Apart from Telkom, the AMX consortium comprises Ooredoo, Zain and Batelco.",
        [("AMX consortium", "P"), ("Telkom", "O"), ("Ooredoo", "O"), ("Zain", "O"), ("Batelco", "O")],
        {("AMX consortium", "partner", "Telkom"), ("AMX consortium", "partner", "Batelco")},
        set(),
        id="en-a-consortium-read-as-its-work",
    ),
    pytest.param(
        "The Lion cable opened. In addition to Safaricom, the 6,000-km-long cable has been developed by "
        "Airtel, MTN and Vodacom, Safaricom Labs, a unit of Safaricom, said.",
        [
            ("Lion cable", "P"),
            ("Safaricom Labs", "O"),
            ("Safaricom", "O"),
            ("Airtel", "O"),
            ("MTN", "O"),
            ("Vodacom", "O"),
        ],
        {("Lion cable", "partner", x) for x in ("Safaricom", "Airtel", "MTN", "Vodacom")},
        {("Lion cable", "builtBy", "MTN"), ("Lion cable", "partner", "Safaricom Labs")},
        id="en-developers-besides-one-named-first-and-the-list-ends-with-its-and-item",
    ),
    pytest.param(
        "The Lion cable was built by Alcatel, NEC and HMN Tech.",
        [("Lion cable", "P"), ("Alcatel", "O"), ("NEC", "O"), ("HMN Tech", "O")],
        {("Lion cable", "partner", "Alcatel"), ("Lion cable", "partner", "HMN Tech")},
        {("Lion cable", "builtBy", "NEC")},
        id="en-three-builders-are-a-consortium",
    ),
    pytest.param(
        "The Lion cable was built by NEC and Huawei.",
        [("Lion cable", "P"), ("NEC", "O"), ("Huawei", "O")],
        {("Lion cable", "builtBy", "NEC"), ("Lion cable", "builtBy", "Huawei")},
        set(),
        id="en-two-builders-are-builders",
    ),
    pytest.param(
        "中国和老挝合作的“老挝一号”通信卫星已交付。",
        [("中国", "C"), ("老挝", "C"), ("老挝一号", "P")],
        {("老挝一号", "partner", "中国"), ("老挝一号", "partner", "老挝")},
        {("老挝一号", "locatedIn", "老挝")},
        id="zh-a-satellite-two-countries-made-together-is-not-in-the-one-it-is-named-after",
    ),
    pytest.param(
        "尼日利亚通信卫星1R由中国研制。",
        [("尼日利亚通信卫星1R", "P"), ("尼日利亚", "C", None, "compound"), ("中国", "C")],
        {("尼日利亚通信卫星1R", "partner", "尼日利亚")},
        {("尼日利亚通信卫星1R", "locatedIn", "尼日利亚")},
        id="zh-a-satellite-named-after-its-country-is-that-country's",
    ),
    pytest.param(
        "The Pakistan Remote Sensing Satellite-1 was built by China.",
        [("Pakistan Remote Sensing Satellite-1", "P"), ("Pakistan", "C", None, "compound"), ("China", "C")],
        {("Pakistan Remote Sensing Satellite-1", "partner", "Pakistan")},
        {("Pakistan Remote Sensing Satellite-1", "locatedIn", "Pakistan")},
        id="en-a-satellite-named-after-its-country-is-that-country's",
    ),
    pytest.param(
        "亚太7号卫星由中国研制。",
        [("亚太7号卫星", "P"), ("亚太", "L", None, "compound"), ("中国", "C")],
        set(),
        {("亚太7号卫星", "partner", "亚太")},
        id="zh-a-satellite-named-after-a-region-is-no-one's",
    ),
    pytest.param(
        "The China-Brazil Earth Resources Satellite was launched.",
        [
            ("China-Brazil Earth Resources Satellite", "P"),
            ("China", "C", None, "compound"),
            ("Brazil", "C", None, "compound"),
        ],
        {
            ("China-Brazil Earth Resources Satellite", "partner", "China"),
            ("China-Brazil Earth Resources Satellite", "partner", "Brazil"),
        },
        set(),
        id="en-a-satellite-named-after-two-countries-is-both-countries'",
    ),
    pytest.param(
        "玻利维亚首颗人造卫星“图帕克·卡塔里”星由中国研制。",
        [("玻利维亚", "C"), ("图帕克·卡塔里", "P"), ("中国", "C")],
        {("图帕克·卡塔里", "partner", "玻利维亚")},
        {("图帕克·卡塔里", "partner", "中国")},
        id="zh-a-satellite-its-country's-kind-names",
    ),
    pytest.param(
        "It shared the ride with the Chinese mapping satellite Gaofen-7.",
        [("Chinese", "C"), ("Gaofen-7", "P")],
        {("Gaofen-7", "partner", "Chinese")},
        set(),
        id="en-a-satellite-its-country's-kind-names",
    ),
    pytest.param(
        "中国为埃及发射遥感卫星MisrSat-2。",
        [("中国", "C"), ("埃及", "C"), ("遥感", "T"), ("MisrSat-2", "P")],
        set(),
        {("MisrSat-2", "partner", "中国")},
        id="zh-the-country-that-launches-a-satellite-for-another-does-not-own-it",
    ),
    pytest.param(
        "China launched a remote sensing satellite, MisrSat-2, for Egypt.",
        [("China", "C"), ("remote sensing", "T"), ("MisrSat-2", "P"), ("Egypt", "C")],
        set(),
        {("MisrSat-2", "partner", "China")},
        id="en-the-country-that-launches-a-satellite-for-another-does-not-own-it",
    ),
    pytest.param(
        "巴基斯坦周四发射了两颗遥感卫星PRSS-1和PRSS-2。",
        [("巴基斯坦", "C"), ("遥感", "T"), ("PRSS-1", "P"), ("PRSS-2", "P")],
        {("PRSS-1", "partner", "巴基斯坦"), ("PRSS-2", "partner", "巴基斯坦")},
        set(),
        id="zh-a-country-launches-its-own-satellites",
    ),
    pytest.param(
        "Saudi Arabia on Friday launched two high-resolution Earth observation satellites, SaudiSat-5A and "
        "SaudiSat-5B, from China.",
        [("Saudi Arabia", "C"), ("SaudiSat-5A", "P"), ("SaudiSat-5B", "P"), ("China", "C")],
        {("SaudiSat-5A", "partner", "Saudi Arabia"), ("SaudiSat-5B", "partner", "Saudi Arabia")},
        {("SaudiSat-5A", "partner", "China")},
        id="en-a-country-launches-its-own-satellites",
    ),
    pytest.param(
        "The satellite China built for Laos, LaoSat-1, was handed over.",
        [("China", "C"), ("Laos", "C"), ("satellite", "P")],
        {("satellite", "partner", "China"), ("satellite", "partner", "Laos")},
        set(),
        id="en-a-satellite-one-country-built-for-another",
    ),
    pytest.param(
        "中方愿与非洲各国一道落实“中非数字创新伙伴计划”，推动合作提质升级。",
        [("中方", "C"), ("非洲", "L"), ("中非数字创新伙伴计划", "I")],
        {("中非数字创新伙伴计划", "partner", "中方")},
        set(),
        id="zh-who-carries-out-a-plan-together",
    ),
    pytest.param(
        "China will work with Kenya to implement the Digital Innovation Partnership Plan.",
        [("China", "C"), ("Kenya", "C"), ("Digital Innovation Partnership Plan", "I")],
        {
            ("Digital Innovation Partnership Plan", "partner", "China"),
            ("Digital Innovation Partnership Plan", "partner", "Kenya"),
        },
        set(),
        id="en-who-carries-out-a-plan-together",
    ),
    pytest.param(
        "The PEACE cable reached Kenya. Telkom Kenya and PEACE Cable company on Tuesday landed a new "
        "submarine cable in Mombasa.",
        [
            ("PEACE cable", "P"),
            ("Kenya", "C"),
            ("Telkom Kenya", "O"),
            ("PEACE Cable company", "O"),
            ("Mombasa", "L"),
        ],
        {("PEACE cable", "partner", "Telkom Kenya"), ("PEACE cable", "partner", "PEACE Cable company")},
        set(),
        id="en-the-parties-that-land-a-cable",
    ),
    pytest.param(
        "PEACE海缆抵达肯尼亚。肯尼亚电信和PEACE海缆公司周二在蒙巴萨登陆了一条新海缆。",
        [("PEACE海缆", "P"), ("肯尼亚电信", "O"), ("PEACE海缆公司", "O"), ("蒙巴萨", "L")],
        {("PEACE海缆", "partner", "肯尼亚电信"), ("PEACE海缆", "partner", "PEACE海缆公司")},
        set(),
        id="zh-the-parties-that-land-a-cable",
    ),
    pytest.param(
        "该项目执行机构为柬埔寨邮电部。",
        [("项目", "P"), ("柬埔寨邮电部", "O")],
        {("项目", "partner", "柬埔寨邮电部")},
        set(),
        id="zh-the-executing-agency-of-a-work",
    ),
    pytest.param(
        "The project's executing agency is the Ministry of Posts.",
        [("project", "P"), ("Ministry of Posts", "O")],
        {("project", "partner", "Ministry of Posts")},
        set(),
        id="en-the-executing-agency-of-a-work",
    ),
    pytest.param(
        "老挝一号发射成功。同期成立的中老合资企业老挝亚太卫星有限公司负责卫星的商业运营。",
        [("老挝一号", "P"), ("老挝亚太卫星有限公司", "O")],
        {("老挝一号", "operatedBy", "老挝亚太卫星有限公司")},
        set(),
        id="zh-who-is-responsible-for-running-a-work",
    ),
    pytest.param(
        "LaoSat-1 was launched. Lao Asia Pacific Satellite is responsible for the satellite's commercial "
        "operation.",
        [("LaoSat-1", "P"), ("Lao Asia Pacific Satellite", "O")],
        {("LaoSat-1", "operatedBy", "Lao Asia Pacific Satellite")},
        set(),
        id="en-who-is-responsible-for-running-a-work",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PARTNERS)
def test_find_relations_partners_of_consortia_and_joint_works(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


FIELDS = [
    pytest.param(
        "2020年中国—东盟数字经济合作年开幕。合作年期间，中国与东盟将在智慧城市、大数据等领域举办一系列活动。",
        [("中国—东盟数字经济合作年", "I"), ("中国", "C"), ("东盟", "O"), ("智慧城市", "T"), ("大数据", "T")],
        {
            ("中国—东盟数字经济合作年", "about", "智慧城市"),
            ("中国—东盟数字经济合作年", "about", "大数据"),
            ("东盟", "cooperatesWith", "中国"),
        },
        set(),
        id="zh-fields-of-a-year-of-cooperation-referred-to-by-its-kind",
    ),
    pytest.param(
        "The ASEAN Digital Year opened. The initiative covers smart cities and big data.",
        [("ASEAN Digital Year", "I"), ("smart cities", "T"), ("big data", "T")],
        {("ASEAN Digital Year", "about", "smart cities"), ("ASEAN Digital Year", "about", "big data")},
        set(),
        id="en-fields-an-initiative-covers",
    ),
    pytest.param(
        "《联合声明》称，双方在人工智能、大数据和区块链技术等领域共同打造“智慧丝绸之路”平台。",
        [("联合声明", "A"), ("人工智能", "T"), ("大数据", "T"), ("区块链技术", "T"), ("智慧丝绸之路", "I")],
        {
            ("智慧丝绸之路", "about", "人工智能"),
            ("智慧丝绸之路", "about", "区块链技术"),
            ("联合声明", "about", "智慧丝绸之路"),
        },
        {("联合声明", "about", "人工智能")},
        id="zh-fields-of-what-is-built-in-them",
    ),
    pytest.param(
        "Alibaba Cloud, the cloud computing arm of Alibaba Group, opened a data centre.",
        [("Alibaba Cloud", "O"), ("cloud computing", "T"), ("Alibaba Group", "O")],
        {("Alibaba Cloud", "partOf", "Alibaba Group"), ("Alibaba Cloud", "about", "cloud computing")},
        set(),
        id="en-the-field-of-a-company-arm",
    ),
    pytest.param(
        "“老挝一号”将为老挝及周边国家提供卫星通信和无线宽带等服务。",
        [("老挝一号", "P"), ("老挝", "C"), ("卫星通信", "T"), ("无线宽带", "T")],
        {("老挝一号", "about", "卫星通信"), ("老挝一号", "about", "无线宽带")},
        set(),
        id="zh-services-a-work-provides",
    ),
    pytest.param(
        "LaoSat-1 will provide satellite communications and broadband services to Laos.",
        [("LaoSat-1", "P"), ("satellite communications", "T"), ("broadband", "T"), ("Laos", "C")],
        {("LaoSat-1", "about", "satellite communications"), ("LaoSat-1", "about", "broadband")},
        set(),
        id="en-services-a-work-provides",
    ),
    pytest.param(
        "《中乌联合声明》指出，信息通信技术是主要驱动力。",
        [("中乌联合声明", "A"), ("联合声明", "A", None, "compound")],
        set(),
        {("中乌联合声明", "about", "联合声明")},
        id="zh-a-statement-is-not-about-the-kind-its-name-ends-with",
    ),
    pytest.param(
        "The China-Uzbekistan Joint Statement was issued on Friday.",
        [("China-Uzbekistan Joint Statement", "A"), ("Joint Statement", "A", None, "compound")],
        set(),
        {("China-Uzbekistan Joint Statement", "about", "Joint Statement")},
        id="en-a-statement-is-not-about-the-kind-its-name-ends-with",
    ),
    pytest.param(
        "数字丝路发展论坛在香港开幕。这是世界互联网大会国际组织首次围绕“数字丝路”举办专题性论坛。",
        [("数字丝路发展论坛", "E"), ("世界互联网大会国际组织", "O"), ("数字丝路", "I")],
        {("数字丝路发展论坛", "about", "数字丝路")},
        {("世界互联网大会国际组织", "about", "数字丝路")},
        id="zh-the-theme-a-forum-is-held-around",
    ),
    pytest.param(
        "The Digital Silk Road Forum opened in Hong Kong. The forum focused on the Digital Silk Road.",
        [("Digital Silk Road Forum", "E"), ("Hong Kong", "L"), ("Digital Silk Road", "I")],
        {("Digital Silk Road Forum", "about", "Digital Silk Road")},
        set(),
        id="en-the-initiative-a-forum-focuses-on",
    ),
    pytest.param(
        "Liu Duo, president of CAICT, said the new think tank will focus on research into 5G and AI.",
        [("Liu Duo", "H"), ("CAICT", "O"), ("5G", "T"), ("AI", "T")],
        set(),
        {("CAICT", "about", "5G"), ("CAICT", "about", "AI")},
        id="en-a-body-is-not-what-its-words-focus-on",
    ),
    pytest.param(
        "中国信通院院长刘多表示，新智库将聚焦5G和人工智能等领域的政策研究。",
        [("中国信通院", "O"), ("刘多", "H"), ("5G", "T"), ("人工智能", "T")],
        set(),
        {("中国信通院", "about", "5G"), ("中国信通院", "about", "人工智能")},
        id="zh-a-body-is-not-what-its-words-focus-on",
    ),
    pytest.param(
        "2024年中非互联网论坛开幕。本届论坛设数字经济、网络媒体、网络安全、人工智能4场分论坛。",
        [("2024年中非互联网论坛", "E"), ("数字经济", "T"), ("网络安全", "T"), ("人工智能", "T")],
        {("2024年中非互联网论坛", "about", x) for x in ("数字经济", "网络安全", "人工智能")},
        set(),
        id="zh-the-sub-forums-of-a-forum-with-unnamed-ones-among-them",
    ),
    pytest.param(
        "The forum opened. The forum set up four parallel sessions on the digital economy, "
        "cybersecurity and AI.",
        [("forum", "E"), ("digital economy", "T"), ("cybersecurity", "T"), ("AI", "T")],
        {("forum", "about", "digital economy"), ("forum", "about", "AI")},
        set(),
        id="en-the-sub-forums-of-a-forum",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), FIELDS)
def test_find_relations_fields_of_initiatives_works_and_companies(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


TITLES = [
    pytest.param(
        "阿拉伯国家联盟秘书处通讯司司长哈立德·瓦利出席开幕式。",
        [("阿拉伯国家联盟秘书处", "O"), ("哈立德·瓦利", "H")],
        {("哈立德·瓦利", "affiliatedWith", "阿拉伯国家联盟秘书处")},
        {("哈立德·瓦利", "headOf", "阿拉伯国家联盟秘书处")},
        id="zh-the-head-of-a-department-of-a-body-is-of-the-body",
    ),
    pytest.param(
        "中国商务部部长王文涛出席签字仪式。",
        [("中国", "C"), ("王文涛", "H")],
        {("王文涛", "affiliatedWith", "中国")},
        {("王文涛", "headOf", "中国")},
        id="zh-a-minister-of-a-country-is-of-the-country-not-its-head",
    ),
    pytest.param(
        "中国卫星导航系统管理办公室主任冉承其表示，合作前景广阔。",
        [("中国卫星导航系统管理办公室", "O"), ("冉承其", "H")],
        {("冉承其", "headOf", "中国卫星导航系统管理办公室")},
        set(),
        id="zh-the-head-of-a-body-named-whole-still-heads-it",
    ),
    pytest.param(
        "Equiano has landed in Togo. The ceremony in Togo was inaugurated by President Faure Gnassingbé.",
        [("Equiano", "P"), ("Togo", "C"), ("Faure Gnassingbé", "H")],
        {("Faure Gnassingbé", "headOf", "Togo")},
        set(),
        id="en-a-bare-presidents-title-heads-the-country-of-the-report",
    ),
    pytest.param(
        "马来西亚启动5G网络。马来西亚政府表示支持。总理安瓦尔表示，5G将推动经济。",
        [("马来西亚", "C"), ("安瓦尔", "H")],
        {("安瓦尔", "headOf", "马来西亚")},
        set(),
        id="zh-a-bare-prime-ministers-title-heads-the-country-of-the-report",
    ),
    pytest.param(
        "Nigeria signed the deal. President Bola Tinubu is expected to meet Chinese President Xi Jinping "
        "in Beijing. China and Chinese firms welcome it.",
        [
            ("Nigeria", "C", "country/ng"),
            ("Bola Tinubu", "H"),
            ("Chinese", "C", "country/cn"),
            ("Xi Jinping", "H"),
            ("China", "C", "country/cn"),
            ("Beijing", "L"),
        ],
        {("Bola Tinubu", "headOf", "Nigeria")},
        {
            ("Bola Tinubu", "headOf", "Chinese"),
            ("Bola Tinubu", "headOf", "China"),
            ("Xi Jinping", "headOf", "Nigeria"),
        },
        id="en-a-country-qualifying-another-title-is-not-the-bare-titles",
    ),
    pytest.param(
        "Kenya and Egypt signed the deal. Former President Uhuru Kenyatta said it was good.",
        [("Kenya", "C"), ("Egypt", "C"), ("Uhuru Kenyatta", "H")],
        set(),
        {("Uhuru Kenyatta", "headOf", "Kenya"), ("Uhuru Kenyatta", "headOf", "Egypt")},
        id="en-a-former-head-and-a-tie-between-countries-head-nothing",
    ),
    pytest.param(
        "Meng Fai Yue, senior director of Singtel, and Herbert Xiong, head of submarine cable "
        "infrastructure at CMI, co-chair the SJC2 Management Committee.",
        [
            ("Meng Fai Yue", "H"),
            ("Singtel", "O"),
            ("Herbert Xiong", "H"),
            ("submarine cable", "T"),
            ("CMI", "O"),
            ("SJC2 Management Committee", "O"),
        ],
        {
            ("Meng Fai Yue", "affiliatedWith", "Singtel"),
            ("Herbert Xiong", "affiliatedWith", "CMI"),
            ("Meng Fai Yue", "headOf", "SJC2 Management Committee"),
            ("Herbert Xiong", "headOf", "SJC2 Management Committee"),
        },
        {("Meng Fai Yue", "headOf", "Singtel"), ("Herbert Xiong", "headOf", "CMI")},
        id="en-a-senior-director-and-a-head-of-a-field-co-chair-a-committee",
    ),
    pytest.param(
        "东盟数字部长会议主席、老挝邮电部部长坦沙迈·贡玛西致辞。",
        [("东盟数字部长会议", "O"), ("老挝邮电部", "O"), ("坦沙迈·贡玛西", "H")],
        {("坦沙迈·贡玛西", "headOf", "东盟数字部长会议"), ("坦沙迈·贡玛西", "headOf", "老挝邮电部")},
        set(),
        id="zh-titles-chained-before-one-name",
    ),
    pytest.param(
        "Ren Zhengfei, founder of Huawei, spoke. Alibaba Group executive chairman Jack Ma listened.",
        [("Ren Zhengfei", "H"), ("Huawei", "O"), ("Jack Ma", "H"), ("Alibaba Group", "O")],
        {("Ren Zhengfei", "affiliatedWith", "Huawei"), ("Jack Ma", "headOf", "Alibaba Group")},
        {("Ren Zhengfei", "headOf", "Huawei")},
        id="en-a-founder-and-an-executive-chairman",
    ),
    pytest.param(
        "ADC co-chair Chang Weiguo of China Telecom said so.",
        [("ADC", "P"), ("Chang Weiguo", "H"), ("China Telecom", "O")],
        {("Chang Weiguo", "affiliatedWith", "China Telecom")},
        {("Chang Weiguo", "headOf", "China Telecom")},
        id="en-a-co-chair-of-a-work-from-a-company",
    ),
    pytest.param(
        "由福建省人民政府主办的论坛开幕。福建省省长赵龙主持开幕式。",
        [("福建省人民政府", "O"), ("福建省", "L"), ("赵龙", "H")],
        {("赵龙", "headOf", "福建省人民政府")},
        set(),
        id="zh-a-governor-heads-the-provincial-government",
    ),
    pytest.param(
        "The forum was hosted by the Fujian Provincial Government. Fujian Governor Zhao Long opened it.",
        [("Fujian Provincial Government", "O"), ("Fujian", "L"), ("Zhao Long", "H")],
        {("Zhao Long", "headOf", "Fujian Provincial Government")},
        set(),
        id="en-a-governor-heads-the-provincial-government",
    ),
    pytest.param(
        "巴伊亚州州长杰罗尼莫·罗德里格斯出席仪式。卡马萨里市市长路易斯·卡埃塔诺致辞。",
        [("巴伊亚州", "L"), ("杰罗尼莫·罗德里格斯", "H"), ("卡马萨里", "L"), ("路易斯·卡埃塔诺", "H")],
        {("杰罗尼莫·罗德里格斯", "headOf", "巴伊亚州"), ("路易斯·卡埃塔诺", "headOf", "卡马萨里")},
        set(),
        id="zh-a-governor-or-a-mayor-heads-the-place-when-no-government-is-named",
    ),
    pytest.param(
        "Bahia Governor Jeronimo Rodrigues attended. Ana Botella, the mayor of Madrid, spoke.",
        [("Bahia", "L"), ("Jeronimo Rodrigues", "H"), ("Ana Botella", "H"), ("Madrid", "L")],
        {("Jeronimo Rodrigues", "headOf", "Bahia"), ("Ana Botella", "headOf", "Madrid")},
        set(),
        id="en-a-governor-or-a-mayor-heads-the-place-when-no-government-is-named",
    ),
    pytest.param(
        "Vice Governor Li Ming of Bahia attended. Deputy mayor Ana Botella, of Madrid, spoke.",
        [("Li Ming", "H"), ("Bahia", "L"), ("Ana Botella", "H"), ("Madrid", "L")],
        set(),
        {("Li Ming", "headOf", "Bahia"), ("Ana Botella", "headOf", "Madrid")},
        id="en-a-deputy-heads-no-place",
    ),
    pytest.param(
        "Ahsan Iqbal on Wednesday represented Pakistan at the BeiDou Summit.",
        [("Ahsan Iqbal", "H"), ("Pakistan", "C"), ("BeiDou Summit", "E")],
        {("Ahsan Iqbal", "affiliatedWith", "Pakistan"), ("Ahsan Iqbal", "participatedIn", "BeiDou Summit")},
        set(),
        id="en-who-represents-a-country-at-an-event",
    ),
    pytest.param(
        "阿赫桑·伊克巴尔代表巴基斯坦出席北斗峰会。",
        [("阿赫桑·伊克巴尔", "H"), ("巴基斯坦", "C"), ("北斗峰会", "E")],
        {
            ("阿赫桑·伊克巴尔", "affiliatedWith", "巴基斯坦"),
            ("阿赫桑·伊克巴尔", "participatedIn", "北斗峰会"),
        },
        set(),
        id="zh-who-represents-a-country-at-an-event",
    ),
    pytest.param(
        "开幕式以网络视频形式举行。东盟数字部长会议主席坦沙迈和东盟秘书长林玉辉致辞。",
        [("开幕式", "E"), ("东盟数字部长会议", "E"), ("坦沙迈", "H"), ("东盟", "O"), ("林玉辉", "H")],
        {("坦沙迈", "headOf", "东盟数字部长会议"), ("林玉辉", "participatedIn", "开幕式")},
        {("林玉辉", "participatedIn", "东盟数字部长会议"), ("坦沙迈", "participatedIn", "东盟数字部长会议")},
        id="zh-a-meeting-in-a-speakers-title-is-not-where-they-speak",
    ),
    pytest.param(
        "The opening ceremony was held online. ASEAN Digital Ministers' Meeting chair Thansamay Kommasith "
        "and ASEAN Secretary-General Lim Jock Hoi spoke at the ceremony.",
        [
            ("opening ceremony", "E"),
            ("ASEAN Digital Ministers' Meeting", "E"),
            ("Thansamay Kommasith", "H"),
            ("ASEAN", "O"),
            ("Lim Jock Hoi", "H"),
        ],
        {
            ("Thansamay Kommasith", "headOf", "ASEAN Digital Ministers' Meeting"),
            ("Lim Jock Hoi", "participatedIn", "opening ceremony"),
        },
        {("Lim Jock Hoi", "participatedIn", "ASEAN Digital Ministers' Meeting")},
        id="en-a-meeting-in-a-speakers-title-is-not-where-they-speak",
    ),
    pytest.param(
        "开幕式12日举行。工业和信息化部部长苗圩宣读李克强总理贺信并作主旨发言。",
        [("开幕式", "E"), ("工业和信息化部", "O"), ("苗圩", "H"), ("李克强", "H")],
        {("苗圩", "participatedIn", "开幕式")},
        {("李克强", "participatedIn", "开幕式")},
        id="zh-who-reads-out-a-letter-is-at-the-event",
    ),
    pytest.param(
        "The opening ceremony was held on Friday. Minister Miao Wei read out a congratulatory letter from "
        "Premier Li Keqiang.",
        [("opening ceremony", "E"), ("Miao Wei", "H"), ("Li Keqiang", "H")],
        {("Miao Wei", "participatedIn", "opening ceremony")},
        {("Li Keqiang", "participatedIn", "opening ceremony")},
        id="en-who-reads-out-a-letter-is-at-the-event",
    ),
    pytest.param(
        "论坛开幕。工业和信息化部副部长张云明、中国国际经济交流中心总经济师陈文玲出席论坛并发言。",
        [("论坛开幕", "E"), ("工业和信息化部", "O"), ("张云明", "H"), ("中国国际经济交流中心", "P")],
        {("张云明", "participatedIn", "论坛开幕")},
        set(),
        id="zh-attendees-listed-with-one-left-unnamed",
    ),
    pytest.param(
        "国家主席习近平对乌兹别克斯坦进行国事访问，并出席在撒马尔罕举行的上合组织峰会。",
        [("习近平", "H"), ("乌兹别克斯坦", "C"), ("撒马尔罕", "L"), ("上合组织峰会", "E")],
        {("习近平", "participatedIn", "上合组织峰会")},
        set(),
        id="zh-the-subject-of-a-visit-attends-a-summit-too",
    ),
    pytest.param(
        "President Xi Jinping paid a state visit to Uzbekistan and attended the SCO Summit in Samarkand.",
        [("Xi Jinping", "H"), ("Uzbekistan", "C"), ("SCO Summit", "E"), ("Samarkand", "L")],
        {("Xi Jinping", "participatedIn", "SCO Summit")},
        set(),
        id="en-the-subject-of-a-visit-attends-a-summit-too",
    ),
    pytest.param(
        "Pakistan held its first 5G auction. Finance Minister Muhammad Aurangzeb, Information Minister "
        "Attaullah Tarrar and IT Minister Shaza Fatima attended the launch of the bidding process.",
        [
            ("5G auction", "E"),
            ("Pakistan", "C"),
            ("Muhammad Aurangzeb", "H"),
            ("Attaullah Tarrar", "H"),
            ("Shaza Fatima", "H"),
        ],
        {
            (x, "participatedIn", "5G auction")
            for x in ("Muhammad Aurangzeb", "Attaullah Tarrar", "Shaza Fatima")
        },
        set(),
        id="en-ministers-at-the-launch-of-the-documents-event",
    ),
    pytest.param(
        "巴基斯坦举行首次5G拍卖。财政部长奥朗则布、信息部长塔拉尔出席了启动仪式。",
        [("5G拍卖", "E"), ("巴基斯坦", "C"), ("奥朗则布", "H"), ("塔拉尔", "H")],
        {("奥朗则布", "participatedIn", "5G拍卖"), ("塔拉尔", "participatedIn", "5G拍卖")},
        set(),
        id="zh-ministers-at-the-launch-of-the-documents-event",
    ),
    pytest.param(
        "澜湄合作滇池论坛在昆明开幕。中国贸促会副会长卢鹏起，外交部亚洲司代表陈俊杰，"
        "中国—东盟中心贸易投资部主任郭传维等出席开幕式并致辞。",
        [
            ("澜湄合作滇池论坛", "E"),
            ("昆明", "L"),
            ("中国贸促会", "O"),
            ("卢鹏起", "H"),
            ("外交部亚洲司", "O"),
            ("陈俊杰", "H"),
            ("中国—东盟中心", "O"),
            ("郭传维", "H"),
        ],
        {(x, "participatedIn", "澜湄合作滇池论坛") for x in ("卢鹏起", "陈俊杰", "郭传维")},
        {("中国贸促会", "participatedIn", "澜湄合作滇池论坛")},
        id="zh-titled-speakers-listed-with-commas-at-the-documents-event",
    ),
    pytest.param(
        "The Lancang-Mekong Forum opened in Kunming. CCPIT vice chairman Lu Pengqi, Chen Junjie of "
        "the Foreign Ministry and Guo Chuanwei, a director at the ASEAN-China Centre, attended the opening "
        "ceremony.",
        [
            ("Lancang-Mekong Forum", "E"),
            ("Kunming", "L"),
            ("CCPIT", "O"),
            ("Lu Pengqi", "H"),
            ("Chen Junjie", "H"),
            ("Foreign Ministry", "O"),
            ("Guo Chuanwei", "H"),
            ("ASEAN-China Centre", "O"),
        ],
        {(x, "participatedIn", "Lancang-Mekong Forum") for x in ("Lu Pengqi", "Chen Junjie", "Guo Chuanwei")},
        set(),
        id="en-titled-speakers-listed-with-commas-at-the-documents-event",
        marks=pytest.mark.xfail(
            reason="English attendee lists with a body inside a title ('Chen Junjie of the Foreign "
            "Ministry') are not read: no English report attests the comma-list shape yet",
            strict=True,
        ),
    ),
    pytest.param(
        "论坛在北京开幕。张三，李四出席了签约仪式。",
        [("论坛", "E"), ("北京", "L"), ("张三", "H"), ("李四", "H")],
        set(),
        {("张三", "participatedIn", "论坛")},
        id="zh-a-list-that-attends-without-speaking-is-left-to-the-other-readings",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), TITLES)
def test_find_relations_titles_that_head_or_affiliate(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


PARTS = [
    pytest.param(
        "2019年第22次中国—东盟领导人会议将2020年确定为中国—东盟数字经济合作年。",
        [
            ("第22次中国—东盟领导人会议", "E"),
            ("中国", "C", None, "compound"),
            ("东盟", "O", None, "compound"),
            ("中国—东盟数字经济合作年", "I"),
        ],
        {
            ("第22次中国—东盟领导人会议", "partOf", "东盟"),
            ("中国—东盟数字经济合作年", "announcedAt", "第22次中国—东盟领导人会议"),
        },
        {("第22次中国—东盟领导人会议", "partOf", "中国")},
        id="zh-a-summit-of-a-body-and-a-country-names-a-year",
    ),
    pytest.param(
        "The 22nd ASEAN-China Summit designated 2020 as the ASEAN-China Year of Digital Economy Cooperation.",
        [
            ("22nd ASEAN-China Summit", "E"),
            ("ASEAN", "O", None, "compound"),
            ("China", "C", None, "compound"),
            ("ASEAN-China Year of Digital Economy Cooperation", "I"),
        ],
        {
            ("22nd ASEAN-China Summit", "partOf", "ASEAN"),
            ("ASEAN-China Year of Digital Economy Cooperation", "announcedAt", "22nd ASEAN-China Summit"),
        },
        set(),
        id="en-a-summit-of-a-body-and-a-country-names-a-year",
    ),
    pytest.param(
        "The visit includes the Summit of the Forum on China-Africa Cooperation on Sept 3.",
        [
            ("Summit of the Forum on China-Africa Cooperation", "E"),
            ("Forum on China-Africa Cooperation", "O", None, "compound"),
        ],
        {("Summit of the Forum on China-Africa Cooperation", "partOf", "Forum on China-Africa Cooperation")},
        set(),
        id="en-the-summit-of-a-body",
    ),
    pytest.param(
        "They signed an MoU on the Belt and Road Initiative, which Xi proposed in 2013 to build the "
        "Silk Road Economic Belt and the Maritime Silk Road.",
        [
            ("Belt and Road Initiative", "I"),
            ("Xi", "H"),
            ("Silk Road Economic Belt", "I"),
            ("Maritime Silk Road", "I"),
        ],
        {
            ("Belt and Road Initiative", "proposedBy", "Xi"),
            ("Silk Road Economic Belt", "partOf", "Belt and Road Initiative"),
            ("Maritime Silk Road", "partOf", "Belt and Road Initiative"),
        },
        set(),
        id="en-an-initiative-proposed-to-build-its-parts",
    ),
    pytest.param(
        "推动该项目建设，符合“一带一路”倡议与柬埔寨“四角战略”的共同目标。",
        [("项目", "P"), ("“一带一路”倡议", "I"), ("柬埔寨", "C"), ("四角战略", "I")],
        {("四角战略", "proposedBy", "柬埔寨")},
        {("“一带一路”倡议", "proposedBy", "柬埔寨")},
        id="zh-a-country-plan-in-marks",
    ),
    pytest.param(
        "It serves Cambodia's Rectangular Strategy.",
        [("Cambodia", "C"), ("Rectangular Strategy", "I")],
        {("Rectangular Strategy", "proposedBy", "Cambodia")},
        set(),
        id="en-a-country-plan",
    ),
    pytest.param(
        "大数据合作中心正式启用。该中心的成立也将进一步助推“数字丝绸之路”建设。",
        [("大数据合作中心", "P"), ("数字丝绸之路", "I")],
        {("大数据合作中心", "partOf", "数字丝绸之路")},
        set(),
        id="zh-a-work-advances-an-initiative",
    ),
    pytest.param(
        "The Big Data Centre opened. The centre will further boost the construction of the "
        "Digital Silk Road.",
        [("Big Data Centre", "P"), ("Digital Silk Road", "I")],
        {("Big Data Centre", "partOf", "Digital Silk Road")},
        set(),
        id="en-a-work-advances-an-initiative",
    ),
    pytest.param(
        "They signed a memorandum of understanding on the Belt and Road Initiative, which Xi proposed in "
        "2013 to build the Silk Road Economic Belt.",
        [
            ("memorandum of understanding", "A"),
            ("Belt and Road Initiative", "I"),
            ("Silk Road Economic Belt", "I"),
        ],
        {
            ("Silk Road Economic Belt", "partOf", "Belt and Road Initiative"),
            ("memorandum of understanding", "about", "Belt and Road Initiative"),
        },
        set(),
        id="en-an-agreement-on-an-initiative-whose-proposer-is-no-name",
    ),
    pytest.param(
        "双方签署了关于共建“一带一路”的谅解备忘录。",
        [("“一带一路”", "I"), ("谅解备忘录", "A")],
        {("谅解备忘录", "about", "“一带一路”")},
        set(),
        id="zh-an-agreement-on-an-initiative",
    ),
    pytest.param(
        "The Southeast Asia-Japan Cable 2 opened. Phase II of the project, the PKFOP Phase II, began.",
        [
            ("Southeast Asia-Japan Cable 2", "P"),
            ("Southeast Asia-Japan Cable", "P", None, "compound"),
            ("PKFOP Phase II", "P"),
            ("PKFOP", "P", None, "compound"),
        ],
        {("PKFOP Phase II", "partOf", "PKFOP")},
        {("Southeast Asia-Japan Cable 2", "partOf", "Southeast Asia-Japan Cable")},
        id="en-a-numbered-successor-is-no-phase",
    ),
    pytest.param(
        "亚太直达海缆二号开通。中巴光缆二期工程开工。",
        [
            ("亚太直达海缆二号", "P"),
            ("亚太直达海缆", "P", None, "compound"),
            ("中巴光缆二期工程", "P"),
            ("中巴光缆", "P", None, "compound"),
        ],
        {("中巴光缆二期工程", "partOf", "中巴光缆")},
        {("亚太直达海缆二号", "partOf", "亚太直达海缆")},
        id="zh-a-numbered-successor-is-no-phase",
    ),
    pytest.param(
        "The Digital Economy Association of the Chinese Chamber of Commerce was launched. The Huawei "
        "Academy in Kenya opened.",
        [
            ("Digital Economy Association of the Chinese Chamber of Commerce", "O"),
            ("Chinese Chamber of Commerce", "O", None, "compound"),
            ("Huawei Academy in Kenya", "O"),
            ("Kenya", "C", None, "compound"),
        ],
        {
            (
                "Digital Economy Association of the Chinese Chamber of Commerce",
                "partOf",
                "Chinese Chamber of Commerce",
            ),
            ("Huawei Academy in Kenya", "locatedIn", "Kenya"),
        },
        set(),
        id="en-a-unit-of-a-body-and-a-body-in-a-country",
    ),
    pytest.param(
        "中国商会数字经济专业协会成立。华为肯尼亚学院开学。",
        [("中国商会数字经济专业协会", "O"), ("中国商会", "O", None, "compound")],
        {("中国商会数字经济专业协会", "partOf", "中国商会")},
        set(),
        id="zh-a-unit-named-after-its-body",
    ),
    pytest.param(
        "They witnessed the signing of a memorandum of understanding on the Belt and Road Initiative, which "
        "Xi proposed in 2013 to build the Silk Road Economic Belt.",
        [
            ("memorandum of understanding on the Belt and Road Initiative", "A"),
            ("Belt and Road Initiative", "I", None, "compound"),
            ("Silk Road Economic Belt", "I"),
        ],
        {
            (
                "memorandum of understanding on the Belt and Road Initiative",
                "about",
                "Belt and Road Initiative",
            ),
            ("Silk Road Economic Belt", "partOf", "Belt and Road Initiative"),
        },
        {
            (
                "Silk Road Economic Belt",
                "partOf",
                "memorandum of understanding on the Belt and Road Initiative",
            )
        },
        id="en-a-clause-after-an-agreement-on-an-initiative-is-about-the-initiative",
    ),
    pytest.param(
        "双方欢迎乌方关于宣布2023年为中国同中亚国家人民文化艺术年的倡议。",
        [("乌方", "C"), ("中国同中亚国家人民文化艺术年", "I")],
        {("中国同中亚国家人民文化艺术年", "proposedBy", "乌方")},
        set(),
        id="zh-whose-proposal-names-a-year",
    ),
    pytest.param(
        "Both sides welcomed Uzbekistan's proposal to declare 2023 the China-Central Asia Year of Culture.",
        [("Uzbekistan", "C"), ("China-Central Asia Year of Culture", "I")],
        {("China-Central Asia Year of Culture", "proposedBy", "Uzbekistan")},
        set(),
        id="en-whose-proposal-names-a-year",
    ),
    pytest.param(
        "由中国航天科技集团公司所属中国运载火箭技术研究院的子公司中国亚太总承包。",
        [("中国航天科技集团公司", "O"), ("中国运载火箭技术研究院", "O"), ("中国亚太", "O")],
        {
            ("中国运载火箭技术研究院", "partOf", "中国航天科技集团公司"),
            ("中国亚太", "partOf", "中国运载火箭技术研究院"),
        },
        set(),
        id="zh-a-chain-of-subsidiaries",
    ),
    pytest.param(
        "APMT, a subsidiary of the China Academy of Launch Vehicle Technology, built it.",
        [("APMT", "O"), ("China Academy of Launch Vehicle Technology", "O")],
        {("APMT", "partOf", "China Academy of Launch Vehicle Technology")},
        set(),
        id="en-a-subsidiary",
    ),
    pytest.param(
        "双方共建“中国—上合组织大数据合作中心（新疆）分中心”。",
        [
            ("中国—上合组织大数据合作中心（新疆）分中心", "P"),
            ("中国—上合组织大数据合作中心", "O", None, "compound"),
        ],
        {("中国—上合组织大数据合作中心（新疆）分中心", "partOf", "中国—上合组织大数据合作中心")},
        {("中国—上合组织大数据合作中心（新疆）分中心", "operatedBy", "中国—上合组织大数据合作中心")},
        id="zh-a-branch-of-a-centre",
    ),
    pytest.param(
        "They opened the Big Data Cooperation Centre Xinjiang branch.",
        [
            ("Big Data Cooperation Centre Xinjiang branch", "P"),
            ("Big Data Cooperation Centre", "O", None, "compound"),
        ],
        {("Big Data Cooperation Centre Xinjiang branch", "partOf", "Big Data Cooperation Centre")},
        set(),
        id="en-a-branch-of-a-centre",
    ),
    pytest.param(
        "中国—上合组织数字经济论坛开幕。这是上合组织首次举行以数字经济为主题的高级别论坛。",
        [("中国—上合组织数字经济论坛", "E"), ("上合组织", "O"), ("数字经济", "T")],
        {("中国—上合组织数字经济论坛", "partOf", "上合组织")},
        set(),
        id="zh-a-bodys-own-forum",
    ),
    pytest.param(
        "The China-SCO Digital Economy Forum opened. It was the first high-level forum the SCO has held on "
        "the digital economy.",
        [("China-SCO Digital Economy Forum", "E"), ("SCO", "O"), ("digital economy", "T")],
        {("China-SCO Digital Economy Forum", "partOf", "SCO")},
        set(),
        id="en-a-bodys-own-forum",
    ),
    pytest.param(
        "He said NICTIB II was consistent with the commitment to incorporating ICT into national planning "
        "under the Economic Recovery and Growth Plan.",
        [("NICTIB II", "P"), ("ICT", "T"), ("Economic Recovery and Growth Plan", "I")],
        {("NICTIB II", "partOf", "Economic Recovery and Growth Plan")},
        set(),
        id="en-a-work-in-line-with-a-national-plan",
    ),
    pytest.param(
        "该项目已纳入“经济复苏与增长计划”。",
        [("项目", "P"), ("经济复苏与增长计划", "I")],
        {("项目", "partOf", "经济复苏与增长计划")},
        set(),
        id="zh-a-work-in-line-with-a-national-plan",
    ),
    # a body named by another body's name and more is part of it, whether the lexicon knows it or not
    pytest.param(
        "The BIS Innovation Hub opened a centre.",
        [("BIS Innovation Hub", "O"), ("BIS", "O", None, "compound")],
        {("BIS Innovation Hub", "partOf", "BIS")},
        set(),
        id="en-a-body-named-after-its-parent",
    ),
    pytest.param(
        "中国人民银行数字货币研究所开设了中心。",
        [("中国人民银行数字货币研究所", "O"), ("中国人民银行", "O", None, "compound")],
        {("中国人民银行数字货币研究所", "partOf", "中国人民银行")},
        set(),
        id="zh-a-body-named-after-its-parent",
    ),
    pytest.param(
        "MTN Group and Zentel signed.",
        [("MTN Group", "O"), ("MTN", "O", None, "compound")],
        set(),
        {("MTN Group", "partOf", "MTN")},
        id="en-a-group-is-the-body-itself",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PARTS)
def test_find_relations_parts_of_bodies_and_plans(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)


# Names the lexicon learned from the annotated sets are read for what they state, as found names are
LEARNED_PARTS = [
    pytest.param(
        "Huawei Kenya signed the deal.",
        [
            ("Huawei Kenya", "O", "org/huawei_kenya"),
            ("Huawei", "O", "org/huawei", "compound"),
            ("Kenya", "C", "country/ke", "compound"),
        ],
        {("Huawei Kenya", "partOf", "Huawei")},
        {("Huawei Kenya", "locatedIn", "Kenya")},
        id="en-a-national-branch-the-lexicon-learned",
    ),
    pytest.param(
        "华为马来西亚公司签署了协议。",
        [
            ("华为马来西亚公司", "O", "org/huawei_malaysia"),
            ("华为", "O", "org/huawei", "compound"),
            ("马来西亚", "C", "country/my", "compound"),
        ],
        {("华为马来西亚公司", "partOf", "华为"), ("华为马来西亚公司", "locatedIn", "马来西亚")},
        set(),
        id="zh-a-national-branch-the-lexicon-learned",
    ),
    pytest.param(
        "玻利维亚航天局与中方签署了协议。",
        [("玻利维亚航天局", "O", "org/bolivian_space_agency"), ("玻利维亚", "C", "country/bo", "compound")],
        {("玻利维亚航天局", "partOf", "玻利维亚")},
        set(),
        id="zh-a-government-agency-the-lexicon-learned-is-its-country-s",
    ),
    pytest.param(
        "The Nigerian Investment Promotion Commission signed.",
        [
            ("Nigerian Investment Promotion Commission", "O", "org/nipc"),
            ("Nigerian", "C", "country/ng", "compound"),
        ],
        set(),
        {("Nigerian Investment Promotion Commission", "partOf", "Nigerian")},
        id="en-a-national-commission-named-by-an-adjective-is-no-arm-of-the-government",
    ),
]


@pytest.fixture(scope="module")
def lexicon_with_learned() -> Lexicon:
    return load_lexicon()


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), LEARNED_PARTS)
def test_find_relations_parts_stated_by_learned_names(
    lexicon_with_learned: Lexicon,
    text: str,
    specs: list[Spec],
    expected: set[Triple],
    unexpected: set[Triple],
) -> None:
    found = relations_of(text, specs, lexicon=lexicon_with_learned)
    assert found >= expected, found
    assert not found & unexpected


PLACES_AND_MONEY = [
    pytest.param(
        "论坛期间，中国与乌兹别克斯坦有关机构代表分别签署了卫星导航监测评估、教育培训、产业合作等3份合作协议。",
        [("中国", "C"), ("乌兹别克斯坦", "C")],
        set(),
        {("中国", "cooperatesWith", "乌兹别克斯坦"), ("乌兹别克斯坦", "cooperatesWith", "中国")},
        id="zh-signing-papers-listed-by-their-fields-is-no-cooperation-in-general",
    ),
    pytest.param(
        "中国亚太与老挝政府签署了项目交付文件。",
        [("中国亚太", "O"), ("老挝政府", "O")],
        set(),
        {("中国亚太", "cooperatesWith", "老挝政府"), ("老挝政府", "cooperatesWith", "中国亚太")},
        id="zh-signing-a-handover-document-is-no-cooperation-in-general",
    ),
    pytest.param(
        "During the forum, Chinese institutions and their Uzbek counterparts signed three cooperation "
        "agreements on navigation monitoring, training and industry.",
        [("Chinese", "C"), ("Uzbek", "C")],
        set(),
        {("Chinese", "cooperatesWith", "Uzbek"), ("Uzbek", "cooperatesWith", "Chinese")},
        id="en-signing-papers-listed-by-their-fields-is-no-cooperation-in-general",
    ),
    pytest.param(
        "自去年以来，沃达丰与华为签署了多项商业合作。",
        [("沃达丰", "O"), ("华为", "O")],
        {("华为", "cooperatesWith", "沃达丰")},
        set(),
        id="zh-signing-cooperation-itself-is-cooperation",
    ),
    pytest.param(
        "The ceremony took place in Hanoi, Vietnam's capital.",
        [("ceremony", "E"), ("Hanoi", "L"), ("Vietnam", "C")],
        {("Hanoi", "locatedIn", "Vietnam")},
        set(),
        id="en-a-city-and-its-country-capital",
    ),
    pytest.param(
        "仪式在越南首都河内举行。",
        [("仪式", "E"), ("越南", "C"), ("河内", "L")],
        {("河内", "locatedIn", "越南")},
        set(),
        id="zh-a-city-and-its-country-capital",
    ),
    pytest.param(
        "It will be carried out by Nigeria's state-owned Galaxy Backbone and Thailand's "
        "45-billion-U.S.-dollar EEC Fund.",
        [("Nigeria", "C"), ("Galaxy Backbone", "O"), ("Thailand", "C"), ("EEC Fund", "O")],
        {("Galaxy Backbone", "locatedIn", "Nigeria"), ("EEC Fund", "locatedIn", "Thailand")},
        set(),
        id="en-a-country-and-its-described-company",
    ),
    pytest.param(
        "该项目由尼日利亚国有企业银河骨干网公司实施。",
        [("项目", "P"), ("尼日利亚", "C"), ("银河骨干网公司", "O")],
        {("银河骨干网公司", "locatedIn", "尼日利亚")},
        set(),
        id="zh-a-country-and-its-described-company",
    ),
    pytest.param(
        "The NICTIB II will be built with the facility provided by the Export-Import Bank of China.",
        [("NICTIB II", "P"), ("Export-Import Bank of China", "O")],
        {("NICTIB II", "fundedBy", "Export-Import Bank of China")},
        set(),
        id="en-the-facility-a-bank-provides",
    ),
    pytest.param(
        "该项目由中国进出口银行提供优惠贷款。",
        [("项目", "P"), ("中国进出口银行", "O")],
        {("项目", "fundedBy", "中国进出口银行")},
        set(),
        id="zh-the-loan-a-bank-provides",
    ),
    pytest.param(
        "该项目也是中国和柬埔寨两国政府合作架构内重点推进的项目。",
        [("项目", "P"), ("中国", "C"), ("柬埔寨", "C")],
        {("中国", "cooperatesWith", "柬埔寨")},
        set(),
        id="zh-two-governments-cooperation",
    ),
    pytest.param(
        "The office is in Phnom Penh, the Cambodian capital. The cable is operated by state-owned "
        "Tonga Cable Ltd.",
        [("Phnom Penh", "L"), ("Cambodian", "C"), ("cable", "P"), ("Tonga Cable Ltd", "O")],
        {("Phnom Penh", "locatedIn", "Cambodian"), ("cable", "operatedBy", "Tonga Cable Ltd")},
        set(),
        id="en-a-national-capital-and-a-state-owned-operator",
    ),
    pytest.param(
        "办事处位于柬埔寨首都金边。",
        [("柬埔寨", "C"), ("金边", "L")],
        {("金边", "locatedIn", "柬埔寨")},
        set(),
        id="zh-a-national-capital",
    ),
    pytest.param(
        "4月2日，由国家互联网信息办公室和福建省人民政府主办的中非互联网论坛在厦门举办。",
        [("国家互联网信息办公室", "O"), ("福建省人民政府", "O"), ("中非互联网论坛", "E"), ("厦门", "L")],
        {
            ("国家互联网信息办公室", "participatedIn", "中非互联网论坛"),
            ("福建省人民政府", "participatedIn", "中非互联网论坛"),
        },
        set(),
        id="zh-the-hosts-of-an-event",
    ),
    pytest.param(
        "The China-Africa Internet Forum, hosted by the CAC and the Fujian Provincial Government, opened.",
        [("China-Africa Internet Forum", "E"), ("CAC", "O"), ("Fujian Provincial Government", "O")],
        {
            ("CAC", "participatedIn", "China-Africa Internet Forum"),
            ("Fujian Provincial Government", "participatedIn", "China-Africa Internet Forum"),
        },
        set(),
        id="en-the-hosts-of-an-event",
    ),
    pytest.param(
        "CMI has invested in SJC2 and is responsible for two of its landing stations, in Shanghai and "
        "Hong Kong.",
        [("CMI", "O"), ("SJC2", "P"), ("Shanghai", "L"), ("Hong Kong", "L")],
        {("SJC2", "landsAt", "Shanghai"), ("SJC2", "landsAt", "Hong Kong")},
        set(),
        id="en-landing-stations-in-two-cities",
    ),
    pytest.param(
        "中国移动负责SJC2海缆在上海和香港的两个登陆站。",
        [("中国移动", "O"), ("SJC2海缆", "P"), ("上海", "L"), ("香港", "L")],
        {("SJC2海缆", "landsAt", "上海"), ("SJC2海缆", "landsAt", "香港")},
        set(),
        id="zh-landing-stations-in-two-cities",
    ),
    pytest.param(
        "数字技术论坛开幕。论坛上，“中国—上合组织大数据合作中心”正式启用。",
        [("数字技术论坛", "E"), ("中国—上合组织大数据合作中心", "P")],
        {("中国—上合组织大数据合作中心", "announcedAt", "数字技术论坛")},
        set(),
        id="zh-what-is-opened-at-an-event",
    ),
    pytest.param(
        "The Digital Technology Forum opened. At the forum, the Big Data Cooperation Centre was launched.",
        [("Digital Technology Forum", "E"), ("Big Data Cooperation Centre", "P")],
        {("Big Data Cooperation Centre", "announcedAt", "Digital Technology Forum")},
        set(),
        id="en-what-is-opened-at-an-event",
    ),
    pytest.param(
        "The data centre will help firms through technologies such as big data and the Internet of Things.",
        [("data centre", "P"), ("big data", "T"), ("Internet of Things", "T")],
        {("data centre", "about", "big data"), ("data centre", "about", "Internet of Things")},
        set(),
        id="en-technologies-such-as",
    ),
    pytest.param(
        "该数据中心将通过大数据和物联网等技术帮助中小企业。",
        [("数据中心", "P"), ("大数据", "T"), ("物联网", "T")],
        {("数据中心", "about", "大数据"), ("数据中心", "about", "物联网")},
        set(),
        id="zh-technologies-such-as",
    ),
    pytest.param(
        "Serbia and Huawei agreed on the launch of the hub in 2019.",
        [("Serbia", "C"), ("Huawei", "O")],
        {("Huawei", "cooperatesWith", "Serbia")},
        set(),
        id="en-two-parties-agree-together",
    ),
    pytest.param(
        "塞尔维亚与华为商定于2019年启动该中心。",
        [("塞尔维亚", "C"), ("华为", "O")],
        {("华为", "cooperatesWith", "塞尔维亚")},
        set(),
        id="zh-two-parties-agree-together",
    ),
    pytest.param(
        "He made a stopover in Hangzhou to visit Alibaba's headquarters. Huawei's headquarters in Shenzhen "
        "hosted him.",
        [("Hangzhou", "L"), ("Alibaba", "O"), ("Huawei", "O"), ("Shenzhen", "L")],
        {("Alibaba", "locatedIn", "Hangzhou"), ("Huawei", "locatedIn", "Shenzhen")},
        set(),
        id="en-a-company-headquarters-in-a-city",
    ),
    pytest.param(
        "他参观了位于杭州的阿里巴巴总部，又访问了华为深圳总部。",
        [("杭州", "L"), ("阿里巴巴", "O"), ("华为", "O"), ("深圳", "L")],
        {("阿里巴巴", "locatedIn", "杭州"), ("华为", "locatedIn", "深圳")},
        set(),
        id="zh-a-company-headquarters-in-a-city",
    ),
    pytest.param(
        "The Tonga Cable was cut. The repair of Tonga's critical 827-km (514-mile) fibre-optic link to Fiji "
        "will take weeks. The cable connects Hainan and Hong Kong in China with the Philippines.",
        [
            ("Tonga Cable", "P"),
            ("Tonga", "C"),
            ("Fiji", "C"),
            ("cable", "P"),
            ("Hainan", "L"),
            ("Hong Kong", "L"),
            ("China", "C"),
            ("Philippines", "C"),
        ],
        {
            ("Tonga Cable", "connects", "Tonga"),
            ("Tonga Cable", "connects", "Fiji"),
            ("Hainan", "locatedIn", "China"),
            ("Hong Kong", "locatedIn", "China"),
        },
        set(),
        id="en-a-countrys-link-to-another-and-two-places-in-a-country",
    ),
    pytest.param(
        "汤加光缆中断。汤加至斐济的827公里光缆需要数周修复。该海缆连接中国海南和香港与菲律宾。",
        [
            ("汤加光缆", "P"),
            ("汤加", "C"),
            ("斐济", "C"),
            ("海缆", "P"),
            ("中国", "C"),
            ("海南", "L"),
            ("香港", "L"),
            ("菲律宾", "C"),
        ],
        {("汤加光缆", "connects", "斐济"), ("海南", "locatedIn", "中国")},
        set(),
        id="zh-a-countrys-link-to-another-and-a-place-in-a-country",
    ),
    pytest.param(
        "The repair of Tonga's 827-km fibre-optic link to Fiji will take weeks. The Tonga Cable was cut on "
        "Sunday. Engineers said the Tonga Cable could be fixed.",
        [("Tonga", "C"), ("Fiji", "C"), ("Tonga Cable", "P")],
        {("Tonga Cable", "connects", "Tonga"), ("Tonga Cable", "connects", "Fiji")},
        set(),
        id="en-a-lead-describes-the-work-before-naming-it",
    ),
    pytest.param(
        "汤加至斐济的827公里光缆需要数周修复。汤加光缆周日中断。工程师表示汤加光缆可以修复。",
        [("汤加", "C"), ("斐济", "C"), ("汤加光缆", "P")],
        {("汤加光缆", "connects", "汤加"), ("汤加光缆", "connects", "斐济")},
        set(),
        id="zh-a-lead-describes-the-work-before-naming-it",
    ),
    pytest.param(
        "The repair of Tonga's 827-km fibre-optic link to Fiji will take weeks. The Tonga Cable was cut.",
        [("Tonga", "C"), ("Fiji", "C"), ("Tonga Cable", "P")],
        set(),
        {("Tonga Cable", "connects", "Fiji")},
        id="en-a-work-named-once-later-is-not-read-back",
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected", "unexpected"), PLACES_AND_MONEY)
def test_find_relations_places_funders_and_cooperation(
    text: str, specs: list[Spec], expected: set[Triple], unexpected: set[Triple]
) -> None:
    check_relations(text, specs, expected, unexpected)
