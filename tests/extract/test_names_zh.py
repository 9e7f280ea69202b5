"""Chinese name discovery: head words, left boundaries, 《》 titles, people with titles, routes."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import names_zh
from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import make_doc, names_found

EVENT = EntityClass.EVENT
ORG = EntityClass.ORGANIZATION
PERSON = EntityClass.PERSON
PLACE = EntityClass.PLACE


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # cables and projects: the walk stops at the verb before the name
        ("推进中俄跨境光缆的勘测。", "中俄跨境光缆", EntityClass.PROJECT),
        # a holding company's head stays whole
        ("双方与腾讯控股有限公司签约。", "腾讯控股有限公司", EntityClass.ORGANIZATION),
        ("今年将加快推进亚欧高速信息公路建设。", "亚欧高速信息公路", EntityClass.PROJECT),
        ("目前，中国移动（新疆）数据中心建成投入运行。", "中国移动（新疆）数据中心", EntityClass.PROJECT),
        ("重要信息系统异地灾难备份中心陆续建成。", "重要信息系统异地灾难备份中心", EntityClass.PROJECT),
        ("持续推进乌鲁木齐软件园（云计算基地）建设。", "乌鲁木齐软件园（云计算基地）", EntityClass.PROJECT),
        # a quoted name glossed with its foreign name: both are names, classed by the gloss's head
        ("Meta宣布启动“沃特沃斯计划”（Project Waterworth）。", "沃特沃斯计划", EntityClass.PROJECT),
        ("Meta宣布启动“沃特沃斯计划”（Project Waterworth）。", "Project Waterworth", EntityClass.PROJECT),
        ("Meta announced Project Waterworth, a subsea cable.", "Project Waterworth", EntityClass.PROJECT),
        # a bracket that says what a body is now is a note: the bracket's name is a name of its own
        ("由华为海洋网络有限公司（现华海通信技术有限公司）承建。", "华海通信技术有限公司", ORG),
        ("It was built by Huawei Marine Networks (now HMN Technologies).", "HMN Technologies", ORG),
        ("由华为海洋网络有限公司（现华海通信技术有限公司）承建。", "华为海洋网络有限公司", ORG),
        ("It was built by Huawei Marine Networks (now HMN Technologies).", "Huawei Marine Networks", ORG),
        ("双方推进海尔－鲁巴经济区等项目。", "海尔－鲁巴经济区", EntityClass.PROJECT),
        ("双方推进卡拉奇至拉合尔高速公路建设。", "卡拉奇至拉合尔高速公路", EntityClass.PROJECT),
        ("推进喀喇昆仑公路升级改造二期建设。", "喀喇昆仑公路升级改造二期", EntityClass.PROJECT),
        ("联合开发巴基斯坦卡洛特水电站。", "卡洛特水电站", EntityClass.PROJECT),
        (
            "建设丝绸之路经济带国家大数据综合试验区。",
            "丝绸之路经济带国家大数据综合试验区",
            EntityClass.PROJECT,
        ),
        # a technology the lexicon knows counts as the words it is made of (数字|经济)
        ("2022国际数字经济博览会在石家庄开幕。", "2022国际数字经济博览会", EVENT),
        (
            "The 2022 International Digital Economy Expo opened in Shijiazhuang.",
            "2022 International Digital Economy Expo",
            EVENT,
        ),
        # organisations
        ("记者从自治区经信委获悉，今年将推进。", "自治区经信委", EntityClass.ORGANIZATION),
        ("与自治区发改委、网信办、公安厅等部门合作。", "自治区发改委", EntityClass.ORGANIZATION),
        ("与自治区发改委、网信办、公安厅等部门合作。", "公安厅", EntityClass.ORGANIZATION),
        ("据通信企业协会消息，项目贯通。", "通信企业协会", EntityClass.ORGANIZATION),
        ("丝路基金宣布入股三峡南亚公司。", "三峡南亚公司", EntityClass.ORGANIZATION),
        ("作者为中国传媒大学新闻学院教授。", "中国传媒大学新闻学院", EntityClass.ORGANIZATION),
        # initiatives, agreements, events
        ("中国提出促进数字时代互联互通倡议。", "促进数字时代互联互通倡议", EntityClass.INITIATIVE),
        (
            "编制《丝绸之路经济带国家大数据综合试验区实施方案》。",
            "丝绸之路经济带国家大数据综合试验区实施方案",
            EntityClass.INITIATIVE,
        ),
        ("两国签署了《中巴电子商务合作谅解备忘录》。", "中巴电子商务合作谅解备忘录", EntityClass.AGREEMENT),
        # a ministry's name ends before the 与 that joins it to the next one
        (
            "德国联邦经济和能源部与联邦交通和数字基础设施部官员出席。",
            "德国联邦经济和能源部",
            EntityClass.ORGANIZATION,
        ),
        (
            "德国联邦经济和能源部与联邦交通和数字基础设施部官员出席。",
            "联邦交通和数字基础设施部",
            EntityClass.ORGANIZATION,
        ),
        ("苏丹信息与通信部官员出席。", "苏丹信息与通信部", EntityClass.ORGANIZATION),
        (
            "The German Federal Ministry for Economic Affairs and Energy said so.",
            "German Federal Ministry for Economic Affairs and Energy",
            EntityClass.ORGANIZATION,
        ),
        # a law, in its brackets or named in full without them
        ("依据《蓝海国数据安全法》实施管理。", "蓝海国数据安全法", EntityClass.AGREEMENT),
        ("依据中华人民共和国出口管制法实施管制。", "中华人民共和国出口管制法", EntityClass.AGREEMENT),
        (
            "It acts under the Zentara Export Control Act.",
            "Zentara Export Control Act",
            EntityClass.AGREEMENT,
        ),
        ("欧盟《芯片法案》生效。", "芯片法案", EntityClass.AGREEMENT),
        ("The European Chips Act came into force.", "European Chips Act", EntityClass.AGREEMENT),
        (
            "在上海合作组织成员国元首理事会第二十五次会议上讲话。",
            "上海合作组织成员国元首理事会第二十五次会议",
            EntityClass.EVENT,
        ),
        ('计划实施100个"小而美"民生项目。', '"小而美"民生项目', EntityClass.PROJECT),
        ("2023中国—东盟教育交流周在贵安开幕。", "2023中国—东盟教育交流周", EntityClass.EVENT),
        # people next to titles or verbs of saying
        ("应巴基斯坦总统侯赛因邀请访问。", "侯赛因", EntityClass.PERSON),
        ("会见了谢里夫总理。", "谢里夫", EntityClass.PERSON),
        ("中国移动董事长尚冰表示，将加强合作。", "尚冰", EntityClass.PERSON),
        ("刘起涛表示，公司已修建公路。", "刘起涛", EntityClass.PERSON),
        # the two ends of a route
        ("喀喇昆仑公路二期(塔科特至哈维连段)", "塔科特", EntityClass.PLACE),
        # a society, a chamber or an institute keeps its country in its name
        ("中国初级保健基金会执行主任梁宏伟出席。", "中国初级保健基金会", EntityClass.ORGANIZATION),
        ("葡萄牙中华总商会会长蔡文显出席。", "葡萄牙中华总商会", EntityClass.ORGANIZATION),
        (
            "Liang Hongwei of the China Primary Health Care Foundation attended.",
            "China Primary Health Care Foundation",
            EntityClass.ORGANIZATION,
        ),
        # a surname and one character before a verb whose second character opens the name's verb
        ("葡萄牙中华总商会会长蔡文显出席了会议。", "蔡文显", EntityClass.PERSON),
        ("Cai Wenxian, president of the chamber, attended the meeting.", "Cai Wenxian", EntityClass.PERSON),
        # hospitals, procuratorates and political consultative conferences are bodies
        (
            "广西壮族自治区政协副主席李彬介绍，近年来广西发展很快。",
            "广西壮族自治区政协",
            EntityClass.ORGANIZATION,
        ),
        ("厄瓜多尔总检察院20日宣布，死亡人数上升。", "厄瓜多尔总检察院", EntityClass.ORGANIZATION),
        (
            "浙江大学医学院附属邵逸夫医院普外科教授梁霄出席。",
            "浙江大学医学院附属邵逸夫医院",
            EntityClass.ORGANIZATION,
        ),
        (
            "Surgeons at the Chinese PLA General Hospital in Beijing operated remotely.",
            "Chinese PLA General Hospital",
            EntityClass.ORGANIZATION,
        ),
        # a body's name ends before 和, and what a company is comes before its name
        (
            "天津工业职业学院、埃尔贡乌干达技术学院和中资企业天唐集团合作建设乌干达鲁班工坊。",
            "天唐集团",
            EntityClass.ORGANIZATION,
        ),
        (
            "天津工业职业学院、埃尔贡乌干达技术学院和中资企业天唐集团合作建设乌干达鲁班工坊。",
            "埃尔贡乌干达技术学院",
            EntityClass.ORGANIZATION,
        ),
        (
            "Elgon Technical College and the Chinese-funded Tiantang Group built the workshop.",
            "Tiantang Group",
            EntityClass.ORGANIZATION,
        ),
    ],
)
def test_names_zh_head_and_boundary(lexicon: Lexicon, text: str, name: str, cls: EntityClass) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("新疆投运的大中型数据中心共有6个。", "大中型数据中心"),
        ("推进重点合作项目及一批基础设施项目。", "重点合作项目"),
        ("与长江三峡集团等机构联合开发清洁能源项目。", "清洁能源项目"),
        ("这是丝路基金成立后的首个投资项目。", "首个投资项目"),
        ("中国交建及旗下公司修建了公路。", "旗下公司"),
        ("与相关部门建立联合工作机制。", "相关部门"),
        ("该项目将惠及19亿人口。", "该项目"),
        # a slogan's words joined by a middle dot are no transliterated name
        ("以“互联互通·共享共治”为主题的大会开幕。", "互通·共享共治"),
        # a body's regional office is no place; 同 before a body joins two names
        ("上合组织地区反恐怖机构举行会议。", "上合组织地区"),
        ("王毅在峰会新闻中心同上合组织秘书长会见记者。", "峰会新闻中心同上合组织"),
        # a university's institute: the country is where the university is
        (
            "新加坡南洋理工大学拉惹勒南国际研究院高级研究员阿伦·钟在会上说。",
            "新加坡南洋理工大学拉惹勒南国际研究院",
        ),
        # bodies of a kind counted, none named
        ("目前华为已和47家突尼斯大学合作。", "突尼斯大学"),
        ("Huawei now works with 47 Tunisian universities.", "Tunisian universities"),
        # 全力 is a word: 部长|全力|协调 names nobody
        ("在各国经贸部长全力协调和共同推动下，双方同意。", "全力协"),
        # 法 before 国 opens France: the government of the People's Republic and France's name no law
        ("中华人民共和国政府和法国政府签署协定。", "中华人民共和国政府和法"),
        (
            "The Government of the People's Republic of China and the French Government signed it.",
            "French Government",
        ),
    ],
)
def test_names_zh_common_noun_phrases_are_no_names(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in names_found(text, lexicon)


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a year before an event's name names one edition of it; an ordinal names it already
        ("由两部门主办的2024年中非互联网发展与合作论坛在厦门举办。", "2024年中非互联网发展与合作论坛", EVENT),
        (
            "The 2024 China-Africa Internet Development and Cooperation Forum opened in Xiamen.",
            "2024 China-Africa Internet Development and Cooperation Forum",
            EVENT,
        ),
        ("2019年第22次中国—东盟领导人会议宣布了合作年。", "第22次中国—东盟领导人会议", EVENT),
        # a group's institute: 所属 parts two names, as "under" does
        ("卫星由航天科技集团公司所属中国运载火箭技术研究院研制。", "航天科技集团公司", ORG),
        (
            "It was built by the China Academy of Launch Vehicle Technology under the China Aerospace "
            "Science and Technology Corporation.",
            "China Aerospace Science and Technology Corporation",
            ORG,
        ),
        # China before a region and a company's trade keeps its place in the company's name
        ("中国亚太移动通信卫星有限责任公司与老挝政府签署文件。", "中国亚太移动通信卫星有限责任公司", ORG),
        (
            "China Asia-Pacific Mobile Telecom Satellite Co., Ltd. signed the documents.",
            "China Asia-Pacific Mobile Telecom Satellite Co., Ltd.",
            ORG,
        ),
        # a transliterated name ends before a particle or an adverb before a verb
        ("巴基斯坦代表索海尔·汗在论坛上发言。", "索海尔·汗", PERSON),
        ("老挝邮电部部长亨·蓬马占曾表示，期待合作。", "亨·蓬马占", PERSON),
        ("Pakistani official Sohail Khan said at the forum that it would help.", "Sohail Khan", PERSON),
        ("Laos' minister Hiem Phommachanh once said the project was a model.", "Hiem Phommachanh", PERSON),
        # a transliterated name ends before what the person does or a general's rank
        ("巴布亚新几内亚总理彼得·奥尼尔会见了代表团。", "彼得·奥尼尔", PERSON),
        ("巴格达行动司令部司令贾利勒·鲁拜伊中将说，系统已投入使用。", "贾利勒·鲁拜伊", PERSON),
        ("Papua New Guinea Prime Minister Peter O'Neill met the delegation.", "Peter O'Neill", PERSON),
        # a transliterated given name jieba files as one (路易斯) opens the name after a title
        ("卡马萨里市市长路易斯·卡埃塔诺致辞。", "路易斯·卡埃塔诺", PERSON),
        ("Camacari Mayor Luiz Caetano spoke.", "Luiz Caetano", PERSON),
        # a place a distance is measured from is named without 距
        ("示范区距胶东国际机场约10公里，距青岛港约15公里。", "青岛港", PLACE),
        ("The zone is about 15 km from Qingdao Port.", "Qingdao Port", PLACE),
    ],
)
def test_names_zh_a_name_ends_where_the_next_word_begins(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass
) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("项目将加快柬埔寨数字政府建设。", "柬埔寨数字政府"),
        ("论坛呼吁非洲国家政府加强合作。", "非洲国家政府"),
        ("The project will speed up Cambodia's digital government.", "Cambodia's digital government"),
        ("The forum called on African governments to cooperate.", "African governments"),
    ],
)
def test_names_zh_a_kind_of_government_is_no_body(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in names_found(text, lexicon)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("中新社新疆克拉玛依5月23日电 论坛23日开幕。", ("新疆", "克拉玛依")),
        ("KARAMAY, Xinjiang, May 23 (Xinhua) -- The forum opened.", ("KARAMAY", "Xinjiang")),
    ],
)
def test_names_zh_a_datelines_region_and_city_are_two_places(
    lexicon: Lexicon, text: str, places: tuple[str, str]
) -> None:
    names = names_found(text, lexicon)
    assert all(names.get(place) is EntityClass.PLACE for place in places), names
    assert "".join(places) not in names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        ("公司由塞舌尔政府（通过信息通信技术部）与运营商共同持有。", "塞舌尔政府（通过信息通信技术部）"),
        ("公司由华为海洋网络有限公司（现华海通信技术有限公司）持有。", "现华海通信技术有限公司"),
        # a glossed quote whose gloss is a bare name says not what it names
        ("谷歌宣布了“乌莫贾”（Umoja）路线。", "乌莫贾"),
        (
            "The company is owned by the Government of Seychelles (through its ICT ministry) and Airtel.",
            "Government of Seychelles (through its ICT ministry)",
        ),
    ],
)
def test_names_zh_a_bracketed_note_is_no_part_of_a_name(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in names_found(text, lexicon)


@pytest.mark.parametrize(
    ("text", "named", "joined"),
    [
        # the agency, the country and the town of a dateline are three names
        (
            "新华社越南岘港11月10日电 会议通过了联合声明。",
            {"新华社": ORG, "越南": EntityClass.COUNTRY, "岘港": EntityClass.PLACE},
            "新华社越南岘港",
        ),
        (
            "New Delhi [India], October 22 (ANI): The meeting opened.",
            {"India": EntityClass.COUNTRY, "New Delhi": EntityClass.PLACE},
            "New Delhi [India]",
        ),
    ],
)
def test_names_zh_a_datelines_agency_country_and_town_are_three_names(
    lexicon: Lexicon, text: str, named: dict[str, EntityClass], joined: str
) -> None:
    names = names_found(text, lexicon)
    assert {name: names.get(name) for name in named} == named
    assert joined not in names


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # two fields joined inside a ministry's name, and a ministry before its chief's title
        ("肯尼亚信息通信和数字经济部表示将提供帮助。", "肯尼亚信息通信和数字经济部", ORG),
        (
            "Kenya's Ministry of Information, Communications and the Digital Economy said it would help.",
            "Ministry of Information, Communications and the Digital Economy",
            ORG,
        ),
        ("越南工贸部副部长高国兴出席开幕式。", "越南工贸部", ORG),
        ("巴基斯坦信息技术部长表示支持。", "巴基斯坦信息技术部", ORG),
    ],
)
def test_names_zh_a_ministry_of_joined_fields_and_before_its_chief(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass
) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


@pytest.mark.parametrize("text", ["老挝邮电部部长出席会议。", "工业和信息化部副部长出席会议。"])
def test_names_zh_a_chiefs_title_is_no_body(lexicon: Lexicon, text: str) -> None:
    assert not [name for name in names_found(text, lexicon) if name.endswith("部部")], names_found(
        text, lexicon
    )


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a noun-verb (合作 "cooperation") opens a compound noun with the head, not a verb and its object
        ("1988年，中巴启动地球资源卫星合作项目，开创了先例。", "地球资源卫星合作项目", EntityClass.PROJECT),
        (
            "In 1988 the two sides launched the Earth Resources Satellite Cooperation Project.",
            "Earth Resources Satellite Cooperation Project",
            EntityClass.PROJECT,
        ),
    ],
)
def test_names_zh_a_cooperation_project_is_a_name(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass
) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


def test_names_zh_a_verb_and_its_object_is_no_name(lexicon: Lexicon) -> None:
    assert not [name for name in names_found("两国发表声明支持合作。", lexicon) if name.endswith("声明")]


@pytest.mark.parametrize(
    ("text", "body", "unit"),
    [
        (
            "光明日报发表上海财经大学电子商务研究中心主任劳帼龄文章。",
            "上海财经大学",
            "上海财经大学电子商务研究中心",
        ),
        (
            "白俄罗斯经济部创新事业经济局局长谢尔盖·利亚克出席。",
            "白俄罗斯经济部",
            "白俄罗斯经济部创新事业经济局",
        ),
        (
            "He ran the E-commerce Research Center of the Shanghai University of Finance and Economics.",
            "Shanghai University of Finance and Economics",
            "E-commerce Research Center of the Shanghai University of Finance and Economics",
        ),
    ],
)
def test_names_zh_a_body_opening_its_units_name_is_named_too(
    lexicon: Lexicon, text: str, body: str, unit: str
) -> None:
    found = {m.text: m for m in find_mentions(make_doc(text), lexicon)}
    assert found[unit].cls is ORG, found
    assert found[body].cls is ORG, found


@pytest.mark.parametrize(
    ("text", "not_a_body"),
    [
        ("南宁市委常委、副市长何颖出席。", "南宁市委"),  # a member of the body, no unit of it
        ("中国电信集团有限公司总经理说。", "中国电信集团"),  # the legal form goes on
    ],
)
def test_names_zh_a_members_title_or_a_legal_form_is_no_unit(
    lexicon: Lexicon, text: str, not_a_body: str
) -> None:
    assert not_a_body not in {m.text for m in find_mentions(make_doc(text), lexicon)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中国通信建设集团有限公司及华为公司承建。", "中国通信建设集团有限公司"),
        (
            "China Communications Construction Group Co., Ltd. and Huawei built it.",
            "China Communications Construction Group Co., Ltd.",
        ),
    ],
)
def test_names_zh_a_company_named_by_its_trade_keeps_its_legal_form(
    lexicon: Lexicon, text: str, name: str
) -> None:
    assert names_found(text, lexicon).get(name) is ORG


def test_jiebas_dictionary_is_read_once_per_machine(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    names_zh._jieba_dictionary.cache_clear()
    try:
        words, rare = names_zh._jieba_dictionary()
        assert words["光缆"] == "n" and "徐步" in rare and "中国" not in rare
        assert len(list(tmp_path.glob("jieba-words-*.pickle"))) == 1

        def not_again(dictionary: Path) -> None:
            raise AssertionError(f"read again: {dictionary}")

        monkeypatch.setattr(names_zh, "_read_jieba_dictionary", not_again)
        names_zh._jieba_dictionary.cache_clear()
        assert names_zh._jieba_dictionary() == (words, rare)
    finally:
        names_zh._jieba_dictionary.cache_clear()


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # after a title, three characters holding no word are a name, however rare the surname
        ("教育部部长怀进鹏主持开幕式。", "怀进鹏", PERSON),
        ("水利部部长鄂竟平在仪式上表示。", "鄂竟平", PERSON),
        ("Education Minister Huai Jinpeng chaired the opening.", "Huai Jinpeng", PERSON),
        # the chiefs of a standing committee, an agency and a delegation
        ("全国人大常委会副委员长蔡达峰出席开幕式。", "蔡达峰", PERSON),
        ("乌兹别克斯坦国家防疫署第一副署长博特祖拉巴耶维奇出席。", "博特祖拉巴耶维奇", PERSON),
        ("中国赴乌联合工作组领队罗礼生表示，合作顺利。", "罗礼生", PERSON),
        ("Cai Dafeng, vice-chairman of the NPC Standing Committee, attended.", "Cai Dafeng", PERSON),
        # a state or province after its country, before its governor's title, is a place
        ("巴西巴伊亚州州长与华为签署协议。", "巴伊亚州", EntityClass.PLACE),
        ("阿根廷胡胡伊省省长表示欢迎。", "胡胡伊省", EntityClass.PLACE),
        # a town at home after a title stays a town (abroad it starts a transliterated name)
        ("代表北京出席会议。", "北京", EntityClass.PLACE),
        ("He represented Beijing at the meeting.", "Beijing", EntityClass.PLACE),
        # a given name the dictionary reads as a verb (善意), before a stop
        ("泰国驻华大使馆科技处公使衔参赞陈善意等参会。", "陈善意", EntityClass.PERSON),
        # titles of academicians, section chiefs, executive councillors and aides
        ("中国科学院院士杨元喜介绍，北斗产品已输出。", "杨元喜", EntityClass.PERSON),
        ("外经科科长吴岚薷出席。", "吴岚薷", EntityClass.PERSON),
        ("南非夸祖鲁-纳塔尔省主管教育的执委姆申古出席。", "姆申古", EntityClass.PERSON),
        ("菲教育部长布瑞奥内斯和总统外事助理波赫出席。", "波赫", EntityClass.PERSON),
        # a transliterated name that holds the Chinese names of towns abroad (Perris, Bray, Onex)
        ("斯里兰卡教育部长佩里斯出席。", "佩里斯", EntityClass.PERSON),
        ("菲教育部长布瑞奥内斯和总统外事助理波赫出席。", "布瑞奥内斯", EntityClass.PERSON),
        ("Academician Yang Yuanxi said BeiDou products were exported.", "Yang Yuanxi", EntityClass.PERSON),
    ],
)
def test_names_zh_people_after_titles_and_places_before_them(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass
) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # jieba tags 应邀出席 as a person's name; two verbs are no part of a meeting's name
        ("国家发展改革委西部司欧晓理应邀出席发布会。", "司欧晓理应邀出席发布会"),
        ("他应邀出席发布会。", "他应邀出席发布会"),
        # a name's verb right after a surname and one character is the name's own
        ("部长李强强调合作。", "李强强调"),
    ],
)
def test_names_zh_verb_pairs_are_no_part_of_names(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in names_found(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        # a factory is named by its owner or its place, never across a verb or by a contract maker
        "富士康同意出售印度iPhone工厂。",
        "纬创是苹果代工厂。",
        "中国手机品牌传音孟加拉国新工厂投产。",
        "华为在中国工厂生产设备。",
    ],
)
def test_names_zh_a_factory_not_named_by_its_owner_or_place(lexicon: Lexicon, text: str) -> None:
    named = [name for name in names_found(text, lexicon) if name.endswith("工厂")]
    assert named in ([], ["新工厂"]), named  # (新工厂 is the report's own plant, described)
