"""find_mentions: lexicon names, compounds, acronyms and the two SCOs, descriptors, overlaps, guards."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import EntityClass, Lang, Mention

from .mention_docs import make_doc


def _mentions(text: str, lexicon: Lexicon) -> tuple[Mention, ...]:
    return find_mentions(make_doc(text), lexicon)


def _by_text(mentions: tuple[Mention, ...], source: str | None = None) -> dict[str, Mention]:
    return {m.text: m for m in mentions if source is None or m.source == source}


def test_find_mentions_spans_index_the_text_and_do_not_overlap(lexicon: Lexicon) -> None:
    text = "推进中巴跨境光缆的对接。\nThe China-Pakistan Economic Corridor (CPEC) links Gwadar to Kashgar."
    mentions = _mentions(text, lexicon)
    assert all(text[m.span.start : m.span.end] == m.text for m in mentions)
    plain = [m for m in mentions if m.source != "compound"]
    assert all(not a.span.overlaps(b.span) for i, a in enumerate(plain) for b in plain[i + 1 :])
    assert [m.span.start for m in mentions] == sorted(m.span.start for m in mentions)


@pytest.mark.parametrize(
    ("text", "name", "countries"),
    [
        ("双方推进中巴经济走廊建设。", "中巴经济走廊", ["country/cn", "country/pk"]),
        ("中老铁路全线通车。", "中老铁路", ["country/cn", "country/la"]),
        ("促进中俄光缆对接。", "中俄光缆", ["country/cn", "country/ru"]),
        ("中吉乌铁路项目启动。", "中吉乌铁路项目", ["country/cn", "country/kg", "country/uz"]),
        (
            "The China-Pakistan Economic Corridor was launched.",
            "China-Pakistan Economic Corridor",
            ["country/cn", "country/pk"],
        ),
        ("中国—缅甸国际陆地光缆项目贯通。", "中国—缅甸国际陆地光缆项目", ["country/cn", "country/mm"]),
    ],
)
def test_find_mentions_compound_names_carry_their_countries(
    lexicon: Lexicon, text: str, name: str, countries: list[str]
) -> None:
    mentions = _mentions(text, lexicon)
    host = _by_text(mentions)[name]
    inside = [m for m in mentions if m.source == "compound" and host.span.contains(m.span)]
    assert [m.key for m in inside] == countries
    assert all(m.cls is EntityClass.COUNTRY for m in inside)


def test_find_mentions_free_compound_names_both_countries(lexicon: Lexicon) -> None:
    mentions = _mentions("巴中友好源远流长，中巴两国合作密切。", lexicon)
    keys = [m.key for m in mentions if m.source == "compound"]
    assert keys == ["country/pk", "country/cn", "country/cn", "country/pk"]
    assert _by_text(mentions, "compound")["巴"].canonical == "巴基斯坦"


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        (
            "建设中哈、中吉、中巴、中塔等方向的跨境光缆。",
            ["country/cn", "country/kz", "country/cn", "country/kg"],
        ),
        ("中俄和中蒙之间的贸易增长。", ["country/cn", "country/ru", "country/cn", "country/mn"]),
    ],
)
def test_find_mentions_a_list_of_free_compounds_names_every_country(
    lexicon: Lexicon, text: str, keys: list[str]
) -> None:
    found = [m.key for m in _mentions(text, lexicon) if m.source == "compound"]
    assert found[: len(keys)] == keys


def test_find_mentions_a_lone_compound_run_without_a_cue_is_no_country(lexicon: Lexicon) -> None:
    assert not [m for m in _mentions("他说中巴。", lexicon) if m.source == "compound"]


def test_find_mentions_elliptical_compound_is_a_cable_too(lexicon: Lexicon) -> None:
    mentions = _by_text(_mentions("推进中吉、中塔光缆的对接。", lexicon))
    assert mentions["中吉"].cls is EntityClass.PROJECT
    assert mentions["中吉"].canonical == "中吉光缆"
    assert mentions["中吉"].key == "project/china_kyrgyzstan_cable"
    assert mentions["中塔光缆"].key == "project/china_tajikistan_cable"


SPECIAL = (
    "ISLAMABAD, July 13 (Xinhua) -- The project agreement was signed by Pakistan's Special Communications "
    "Organization (SCO) and China Telecom.\nThe SCO will run the cable."
)
SHANGHAI = (
    "上合组织成员国元首理事会会议在天津举行。\nAt the summit, the SCO adopted a declaration on digital links."
)
CONTEXT_ONLY = "The cable runs through Gilgit-Baltistan, where the SCO provides telecommunication services."
# telecommunications and fibre are every SCO digital article's topic: no sign of Pakistan's SCO
DIGITAL_SCO = (
    "The SCO Technopark pool met in Almaty. Kazakhstan proposed fibre-optic links and telecommunication "
    "hubs for the member countries."
)


@pytest.mark.parametrize(
    ("text", "key", "source"),
    [
        (SPECIAL, "org/pk_sco", "acronym"),
        (SHANGHAI, "org/sco", "lexicon"),
        (CONTEXT_ONLY, "org/pk_sco", "lexicon"),
        (DIGITAL_SCO, "org/sco", "lexicon"),
    ],
)
def test_find_mentions_the_two_scos_follow_the_document(
    lexicon: Lexicon, text: str, key: str, source: str
) -> None:
    scos = [m for m in _mentions(text, lexicon) if m.text == "SCO"]
    assert scos
    assert {m.key for m in scos} == {key}
    assert {m.source for m in scos} == {source}


def test_find_mentions_defined_acronym_binds_later_uses(lexicon: Lexicon) -> None:
    text = "Thailand will chair the ASEAN DEFA Negotiating Committee (NC).\nThe first NC meeting is due."
    mentions = [m for m in _mentions(text, lexicon) if m.text == "NC"]
    assert len(mentions) == 2
    assert {m.canonical for m in mentions} == {"ASEAN DEFA Negotiating Committee"}
    assert {m.cls for m in mentions} == {EntityClass.ORGANIZATION}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "商务部国际贸易经济合作研究院（商务部研究院）副院长出席。此后商务部研究院发布报告。",
            "商务部研究院",
            "商务部国际贸易经济合作研究院",
        ),
        (
            "中国通信服务国际有限公司（中通服国际）承建该项目。中通服国际表示欢迎。",
            "中通服国际",
            "中国通信服务国际有限公司",
        ),
        # a work's generic head may change in its short form
        (
            "国家电网建设的默蒂亚里—拉合尔直流输电工程（默拉直流项目）投运。默拉直流项目是唯一的输电项目。",
            "默拉直流项目",
            "默蒂亚里—拉合尔直流输电工程",
        ),
    ],
)
def test_find_mentions_a_bracketed_short_form_is_another_name_of_the_name_before(
    lexicon: Lexicon, text: str, short: str, full: str
) -> None:
    mentions = _mentions(text, lexicon)
    names = {m.text for m in mentions}
    assert full in names
    assert not any(name.startswith(full + "（") for name in names)
    shorts = [m for m in mentions if m.text == short]
    assert len(shorts) == 2
    assert {m.cls for m in shorts} == {_by_text(mentions)[full].cls}


def test_find_mentions_acronym_of_a_lexicon_name_takes_its_key(lexicon: Lexicon) -> None:
    text = "The Pakistan and East Africa Connecting Europe (PEACE) submarine cable has landed."
    peace = _by_text(_mentions(text, lexicon))["PEACE"]
    assert (peace.source, peace.key) == ("acronym", "project/peace_cable")
    assert peace.canonical == "Pakistan and East Africa Connecting Europe"


@pytest.mark.parametrize(
    ("text", "descriptor", "cls"),
    [
        ("项目于2014年11月14日举行贯通仪式。", "贯通仪式", EntityClass.EVENT),
        ("习近平主席对巴基斯坦进行国事访问。", "国事访问", EntityClass.EVENT),
        ("公司3日在悉尼举行开业仪式。", "开业仪式", EntityClass.EVENT),
        (
            "The two signed a Memorandum of Understanding (MoU) on e-commerce cooperation aimed at growth.",
            "Memorandum of Understanding (MoU) on e-commerce cooperation",
            EntityClass.AGREEMENT,
        ),
        (
            "The instruments were an MoU on Strengthening Investment Cooperation in the Digital Economy "
            "and an MoU on banking and insurance regulatory cooperation between the regulators.",
            "MoU on Strengthening Investment Cooperation in the Digital Economy",
            EntityClass.AGREEMENT,
        ),
        (
            "They signed papers, including the MoU on the first phase of the synergy plan and two deals.",
            "MoU on the first phase of the synergy plan",
            EntityClass.AGREEMENT,
        ),
        ("大使在结业典礼上致辞。", "结业典礼", EntityClass.EVENT),
        # what a ceremony marks, done online or joined with another
        ("副秘书长出席捐赠仪式并致辞。", "捐赠仪式", EntityClass.EVENT),
        ("华为秘鲁公司在利马举行项目颁奖暨启航仪式。", "颁奖暨启航仪式", EntityClass.EVENT),
        ("乌干达鲁班工坊“云揭牌”暨启运仪式在天津举行。", "“云揭牌”暨启运仪式", EntityClass.EVENT),
        (
            "The vice secretary-general spoke at the donation ceremony.",
            "donation ceremony",
            EntityClass.EVENT,
        ),
        (
            "The prime minister was on an official visit to Beijing.",
            "official visit to Beijing",
            EntityClass.EVENT,
        ),
        ("根据两国发表的联合声明，双方将推进合作。", "联合声明", EntityClass.AGREEMENT),
        ("双方签署合作谅解备忘录。", "合作谅解备忘录", EntityClass.AGREEMENT),
        ("Speaking at the inauguration ceremony, he said so.", "inauguration ceremony", EntityClass.EVENT),
        ("The two sides issued the joint statement on cables.", "joint statement", EntityClass.AGREEMENT),
        ("联合体的建设和维护协议于2022年3月生效。", "建设和维护协议", EntityClass.AGREEMENT),
        ("签署仪式在第47届东盟峰会期间举行。", "签署仪式", EntityClass.EVENT),
        (
            "The signing ceremony took place on the sidelines of the summit.",
            "signing ceremony",
            EntityClass.EVENT,
        ),
        (
            "When the consortium's construction and maintenance agreement took effect, work began.",
            "construction and maintenance agreement",
            EntityClass.AGREEMENT,
        ),
        ("“老挝一号”通信卫星在轨交付仪式9日在万象举行。", "在轨交付仪式", EntityClass.EVENT),
        (
            "The in-orbit handover ceremony was held in Vientiane.",
            "in-orbit handover ceremony",
            EntityClass.EVENT,
        ),
        ("光缆项目开工启动会17日在金边举行。", "开工启动会", EntityClass.EVENT),
        ("2013年5月，两机构签署了卫星导航合作协议。", "卫星导航合作协议", EntityClass.AGREEMENT),
        (
            "In May 2013 the two offices signed an agreement on satellite navigation.",
            "agreement on satellite navigation",
            EntityClass.AGREEMENT,
        ),
        ("两国元首见证了共建“一带一路”谅解备忘录的签署。", "共建“一带一路”谅解备忘录", EntityClass.AGREEMENT),
        (
            "They witnessed the signing of a memorandum of understanding on the Belt and Road Initiative, "
            "which Xi proposed in 2013.",
            "memorandum of understanding on the Belt and Road Initiative",
            EntityClass.AGREEMENT,
        ),
        ("埃塞政府将与华为和中兴签署为期两年的电信合同。", "电信合同", EntityClass.AGREEMENT),
        (
            "Ethiopia will sign the two-year telecom contract with Huawei and ZTE.",
            "two-year telecom contract",
            EntityClass.AGREEMENT,
        ),
        ("两国签署了电子商务合作备忘录。", "电子商务合作备忘录", EntityClass.AGREEMENT),
        (
            "The two ministries signed a memorandum on cooperation in the processing industry.",
            "memorandum on cooperation in the processing industry",
            EntityClass.AGREEMENT,
        ),
        (
            "The kick-off meeting of the cable project was held on Friday.",
            "kick-off meeting",
            EntityClass.EVENT,
        ),
        ("巴基斯坦周二完成了首次5G频谱拍卖，筹得5.07亿美元。", "首次5G频谱拍卖", EntityClass.EVENT),
        (
            "Pakistan concluded its first 5G spectrum auction on Tuesday, raising $507 million.",
            "first 5G spectrum auction",
            EntityClass.EVENT,
        ),
    ],
)
def test_find_mentions_descriptors_of_the_document(
    lexicon: Lexicon, text: str, descriptor: str, cls: EntityClass
) -> None:
    mention = _by_text(_mentions(text, lexicon))[descriptor]
    assert (mention.source, mention.cls, mention.key) == ("descriptor", cls, None)


@pytest.mark.parametrize(
    ("text", "description"),
    [
        ("该卫星项目于2012年12月1日正式启动。", "卫星项目"),
        ("标志着全程2715公里的海底光缆项目正式启动。", "海底光缆项目"),
        ("该项目是连接两地的中继型海底光缆系统。", "中继型海底光缆系统"),
    ],
)
def test_find_mentions_a_work_named_by_its_kind_describes_the_documents_work(
    lexicon: Lexicon, text: str, description: str
) -> None:
    mention = _by_text(_mentions(text, lexicon))[description]
    assert (mention.source, mention.cls, mention.key) == ("descriptor", EntityClass.PROJECT, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("中国铁建海底光缆项目于2月启动。", "海底光缆项目"),
        ("老挝卫星项目于2012年启动。", "卫星项目"),
    ],
)
def test_find_mentions_a_kind_after_a_name_is_no_description(lexicon: Lexicon, text: str, kind: str) -> None:
    assert kind not in _by_text(_mentions(text, lexicon), "descriptor")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("2024年中非互联网发展与合作论坛在厦门举办。", "中非"),
        ("中非关系持续深化。", "中非"),
    ],
)
def test_find_mentions_china_and_africa_is_no_region(lexicon: Lexicon, text: str, surface: str) -> None:
    assert all(m.key != "place/middle_africa" for m in _mentions(text, lexicon))


@pytest.mark.parametrize(
    ("text", "surface"),
    [("中部非洲国家加强合作。", "中部非洲"), ("Central Africa needs more cables.", "Central Africa")],
)
def test_find_mentions_middle_africa_keeps_its_own_names(lexicon: Lexicon, text: str, surface: str) -> None:
    assert _by_text(_mentions(text, lexicon))[surface].key == "place/middle_africa"


@pytest.mark.parametrize("text", ["该项目将惠及当地。", "The project will help the region."])
def test_find_mentions_pronoun_like_references_are_no_mentions(lexicon: Lexicon, text: str) -> None:
    assert not [m for m in _mentions(text, lexicon) if m.cls is EntityClass.PROJECT]


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("目前，中国电信丝路经济带云基地数据中心建成投入运行。", "中国电信丝路经济带云基地数据中心", None),
        ("推进中巴跨境光缆项目的建设。", "中巴跨境光缆项目", "project/pkfop"),
        (
            "Orange will extend the PEACE Cable System to Marseille.",
            "PEACE Cable System",
            "project/peace_cable",
        ),
    ],
)
def test_find_mentions_longest_name_wins_and_keeps_a_lexicon_key(
    lexicon: Lexicon, text: str, name: str, key: str | None
) -> None:
    mentions = _mentions(text, lexicon)
    mention = _by_text(mentions)[name]
    assert mention.key == key
    assert not [
        m for m in mentions if m.source != "compound" and m is not mention and mention.span.contains(m.span)
    ]


@pytest.mark.parametrize(
    ("text", "surface", "cls", "key"),
    [
        ("The cable has landed in Marseille.", "Marseille", EntityClass.PLACE, "place/marseille"),
        (
            "The landing was announced by Orange and PCCW Global.",
            "Orange",
            EntityClass.ORGANIZATION,
            "org/orange",
        ),
        ("仪式在中国广西南宁两地同步进行。", "南宁", EntityClass.PLACE, "place/nanning"),
        # a city suffix ends a name whatever word it opens (市|北部)
        ("该中心位于突尼斯市北部的科技园。", "突尼斯市", EntityClass.PLACE, "place/tunis"),
        ("The centre stands in the north of Tunis.", "Tunis", EntityClass.PLACE, "place/tunis"),
        # a place name across a town's (上海|南汇 under 海南) parts no word
        ("海底光缆工程上海南汇段的环境影响评价报告公示。", "南汇", EntityClass.PLACE, "place/nanhui"),
        # the gazetteer gives 东兴 to Didao (Heilongjiang); the border town is Guangxi's
        ("在广西东兴至越南芒街原有两条光缆路由的基础上扩容。", "东兴", EntityClass.PLACE, "place/dongxing"),
        ("The cable runs from Dongxing to Mong Cai.", "Dongxing", EntityClass.PLACE, "place/dongxing"),
        # a province and its city that the dictionary lists as one word (福建厦门, nz)
        ("第十届论坛在福建厦门举行。", "厦门", EntityClass.PLACE, "place/xiamen"),
        ("The forum was held in Xiamen, Fujian province.", "Xiamen", EntityClass.PLACE, "place/xiamen"),
        # a city of a million people whose name jieba's dictionary lists as a common word
        ("博览会在宁夏银川开幕。", "银川", EntityClass.PLACE, "place/yinchuan"),
        ("The expo opened in Yinchuan, Ningxia.", "Yinchuan", EntityClass.PLACE, "place/yinchuan"),
        # a region named with its article
        (
            "It landed in the Western Cape, at Yzerfontein.",
            "Western Cape",
            EntityClass.PLACE,
            "place/western_cape",
        ),
        ("海缆在西开普的开普敦登陆。", "开普敦", EntityClass.PLACE, "place/cape_town"),
    ],
)
def test_find_mentions_gazetteer_cities_in_place_contexts(
    lexicon: Lexicon, text: str, surface: str, cls: EntityClass, key: str
) -> None:
    mention = _by_text(_mentions(text, lexicon))[surface]
    assert (mention.cls, mention.key) == (cls, key)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("要打通信息通道。", "打通"),
        ("他在中山大学任教。", "中山"),
        ("Mobile payments grow fast.", "Mobile"),
        ("以数字合作惠民生。", "惠民"),
        # a small town's name made of two words' halves: 主义|和, 通道|成本, 新|乐章
        ("打击恐怖主义和极端主义意识形态。", "义和"),
        ("降低国际通道成本。", "道成"),
        ("谱写数字经济合作新乐章。", "新乐"),
        ("They wrote a new chapter of cooperation.", "New"),
        # "the" before a small place's name that a capitalised word goes on: a longer name
        ("It launched from the Kourou Space Centre.", "Kourou"),
    ],
)
def test_find_mentions_gazetteer_names_that_are_words_are_no_places(
    lexicon: Lexicon, text: str, word: str
) -> None:
    assert not [m for m in _mentions(text, lexicon) if m.text == word and m.cls is EntityClass.PLACE]


@pytest.mark.parametrize(
    ("text", "abbreviation", "is_name"),
    [
        # 约 before a figure is "about": 以北|约50公里 holds no NATO
        ("展会在卢萨卡以北约50公里的小镇举行。", "北约", False),
        ("北约秘书长出席会议。", "北约", True),
        ("The fair was held about 50 km north of Lusaka.", "NATO", False),
        ("The NATO Secretary General attended.", "NATO", True),
    ],
)
def test_find_mentions_about_a_figure_ends_no_name(
    lexicon: Lexicon, text: str, abbreviation: str, is_name: bool
) -> None:
    assert (abbreviation in _by_text(_mentions(text, lexicon))) is is_name


@pytest.mark.parametrize(("text", "side"), [("中方愿与巴方合作。", "巴方"), ("提出新方案。", "新方")])
def test_find_mentions_side_forms_only_when_not_part_of_a_word(
    lexicon: Lexicon, text: str, side: str
) -> None:
    found = side in _by_text(_mentions(text, lexicon))
    assert found is (side == "巴方")


@pytest.mark.parametrize(
    ("text", "surface", "lang"),
    [
        ("中巴跨境光缆（PKFOP）全线贯通。", "PKFOP", Lang.EN),
        ("The 中巴跨境光缆 opened.", "中巴跨境光缆", Lang.ZH),
    ],
)
def test_find_mentions_language_follows_the_script(
    lexicon: Lexicon, text: str, surface: str, lang: Lang
) -> None:
    assert _by_text(_mentions(text, lexicon))[surface].lang is lang


def test_find_mentions_lexicon_canonical_is_the_label(lexicon: Lexicon) -> None:
    mention = _by_text(_mentions("上合组织成员国", lexicon))["上合组织"]
    assert (mention.key, mention.canonical) == ("org/sco", "上海合作组织")


@pytest.mark.parametrize(
    ("text", "host", "country"),
    [
        ("巴基斯坦外交部发表声明。", "巴基斯坦外交部", "country/pk"),
        ("老挝技术部部长出席会议。", "老挝技术部", "country/la"),
        ("中国外交部发言人表示，合作顺利。", "中国外交部", "country/cn"),
    ],
)
def test_find_mentions_a_government_body_names_its_country(
    lexicon: Lexicon, text: str, host: str, country: str
) -> None:
    mentions = _mentions(text, lexicon)
    assert host in _by_text(mentions, "lexicon")
    assert any(m.source == "compound" and m.key == country for m in mentions)


def test_find_mentions_a_company_names_no_country(lexicon: Lexicon) -> None:
    assert not any(m.source == "compound" for m in _mentions("中国联通表示，合作顺利。", lexicon))


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # a technology named with a generic tail is the same technology
        ("该系统采用100G传输技术。", "100G传输技术", "tech/100g"),
        ("The system uses 100 Gbps technology throughout.", "100 Gbps technology", "tech/100g"),
        # a company's legal form, its own country, an event's year
        ("该合同由中国联通公司签署。", "中国联通公司", "org/china_unicom"),
        (
            "It was signed by Pakistan Telecommunication Company Ltd in 2014.",
            "Pakistan Telecommunication Company Ltd",
            "org/ptcl",
        ),
        ("中国工信部发布了通知。", "中国工信部", "org/miit"),
        ("2023中国国际智能产业博览会在重庆开幕。", "2023中国国际智能产业博览会", "event/smart_china_expo"),
    ],
)
def test_find_mentions_a_name_around_a_lexicon_name_keeps_its_key(
    lexicon: Lexicon, text: str, name: str, key: str
) -> None:
    assert _by_text(_mentions(text, lexicon))[name].key == key


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("尼泊尔电信总裁卡米妮·拉杰班达里表示，项目顺利。", "班达里"),
        ("总统班达里出席了仪式。", None),
    ],
)
def test_find_mentions_a_short_transliterated_name_inside_a_longer_one_is_not_its_own(
    lexicon: Lexicon, text: str, name: str | None
) -> None:
    people = {
        m.text for m in _mentions(text, lexicon) if m.cls is EntityClass.PERSON and m.source == "lexicon"
    }
    if name is None:
        assert people == {"班达里"}
    else:
        assert name not in people


def test_find_mentions_an_acronym_takes_the_key_of_its_long_form(lexicon: Lexicon) -> None:
    text = "It was signed by Pakistan Telecommunication Company Ltd (PTCL) in 2014. PTCL said so."
    acronyms = [m for m in _mentions(text, lexicon) if m.source == "acronym"]
    assert acronyms and {m.key for m in acronyms} == {"org/ptcl"}


@pytest.mark.parametrize(
    ("text", "city", "found"),
    [
        ("The ceremony took place in Chinar Bagh, Gilgit, on Friday.", "Bagh", False),
        ("Work began on the Karot Data Center Gilgit last spring.", "Gilgit", True),
        ("In Gilgit, the works went on.", "Gilgit", True),
    ],
)
def test_find_mentions_a_small_city_after_a_capitalised_word_is_part_of_a_longer_name(
    lexicon: Lexicon, text: str, city: str, found: bool
) -> None:
    assert any(m.text == city and m.key is not None for m in _mentions(text, lexicon)) is found


@pytest.mark.parametrize(
    ("text", "city", "found"),
    [
        ("STC signed the deal at Mobile World Congress in Barcelona.", "Mobile", False),
        ("Regulators revoked the license of operator Mobile TeleSystems.", "Mobile", False),
        ("The cable lands in Mobile, Alabama.", "Mobile", True),
        # a title's last word is followed by the next line, not by more of a name
        ("Cable lands in Gqeberha\n\nJOHANNESBURG — The cable landed.", "Gqeberha", True),
    ],
)
def test_find_mentions_a_small_city_before_a_capitalised_word_is_part_of_a_longer_name(
    lexicon: Lexicon, text: str, city: str, found: bool
) -> None:
    assert any(m.text == city and m.key is not None for m in _mentions(text, lexicon)) is found


@pytest.mark.parametrize(
    "text",
    [
        "China Mobile leads the Southeast Asia-Hainan-Hong Kong (SEA-H2X) submarine cable.",
        "该海缆连接东南亚、海南和香港（SEA-H2X）。",
    ],
)
def test_find_mentions_a_place_before_brackets_defines_no_acronym_it_does_not_spell(
    lexicon: Lexicon, text: str
) -> None:
    cable = _by_text(_mentions(text, lexicon))["SEA-H2X"]
    assert (cable.source, cable.cls, cable.key) == ("lexicon", EntityClass.PROJECT, "project/sea_h2x")


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("双方将在黑河市和俄罗斯布拉格维申斯克市之间新建光缆。", "布拉格维申斯克市", "布拉格维申斯克"),
        ("中俄将在黑河与布拉格维申斯克间新建光缆。", "布拉格维申斯克", None),
        ("A new cable will link Heihe and Blagoveshchensk in Russia.", "Blagoveshchensk", None),
        ("海缆直连马尔代夫东部岛屿胡鲁库马累。", "胡鲁库马累", None),
        ("The cable lands on the Maldivian island of Hulhukumalé.", "Hulhukumalé", None),
    ],
)
def test_find_mentions_a_longer_transliteration_wins_over_a_place_inside_it(
    lexicon: Lexicon, text: str, name: str, canonical: str | None
) -> None:
    mentions = _mentions(text, lexicon)
    place = _by_text(mentions)[name]
    assert place.cls is EntityClass.PLACE
    assert place.key != "place/prague"
    assert not any(m.key == "place/prague" for m in mentions)
    if canonical is not None:
        assert place.canonical == canonical


def test_find_mentions_a_transliterated_place_alone_keeps_its_key(lexicon: Lexicon) -> None:
    prague = _by_text(_mentions("他访问了布拉格和维也纳。", lexicon))["布拉格"]
    assert prague.key == "place/prague"


@pytest.mark.parametrize(
    "text",
    [
        "中国同中亚五国签署了100余份各领域合作协议。",
        "双方签署了多项合作谅解备忘录。",
        "两国签署的七项合作协议涉及投资和基础设施。",
        "双方签署了两项协议。",
        "The sides signed more than 100 cooperation agreements.",
        "They signed several memoranda of understanding on cables.",
    ],
)
def test_find_mentions_many_or_some_agreements_are_no_descriptor(lexicon: Lexicon, text: str) -> None:
    assert not [m for m in _mentions(text, lexicon) if m.source == "descriptor"]


@pytest.mark.parametrize("text", ["中俄光缆建设维护协议已签署。", "The agreement took effect in March."])
def test_find_mentions_a_contract_of_a_name_or_a_bare_agreement_is_no_descriptor(
    lexicon: Lexicon, text: str
) -> None:
    assert not [m for m in _mentions(text, lexicon) if m.source == "descriptor"]


@pytest.mark.parametrize(
    ("text", "form", "key"),
    [
        ("中巴地球资源卫星由中国和巴西合作研制，巴方负责部分载荷。", "巴", "country/br"),
        ("中巴地球资源卫星由中国和巴西合作研制，巴方负责部分载荷。", "巴方", "country/br"),
        ("中巴经济走廊是巴基斯坦的旗舰项目，巴方高度重视。", "巴方", "country/pk"),
        ("中巴经济走廊连接中国和巴基斯坦，也惠及巴西。", "巴", "country/pk"),
        ("中马两国在马尔代夫签署协议。", "马", "country/mv"),
        ("China and Brazil built the China-Brazil Earth Resources Satellite.", "Brazil", "country/br"),
    ],
)
def test_find_mentions_a_one_character_form_follows_the_country_the_document_names(
    lexicon: Lexicon, text: str, form: str, key: str
) -> None:
    assert {m.key for m in _mentions(text, lexicon) if m.text == form} == {key}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("An expressway links Jomo Kenyatta International Airport with the city.", "Airport"),
        ("Huawei held the Huawei Cloud Summit Saudi Arabia 2023 in Riyadh.", "Summit"),
        ("高速公路连接乔莫·肯雅塔国际机场。", "机场"),
    ],
)
def test_find_mentions_a_gazetteer_town_named_like_a_head_noun_is_no_place_in_a_name(
    lexicon: Lexicon, text: str, word: str
) -> None:
    assert not [m for m in _mentions(text, lexicon) if m.text == word and m.cls is EntityClass.PLACE]


@pytest.mark.parametrize(
    ("text", "acronym", "long_form"),
    [
        (
            "The project, the National Information and Communication Technology Infrastructure Backbone "
            "Phase II (NICTIB II), will be carried out by Huawei. NICTIB II will expand the network.",
            "NICTIB II",
            "National Information and Communication Technology Infrastructure Backbone Phase II",
        ),
        (
            "尼日利亚国家信息通信技术基础设施骨干网二期工程（NICTIB II）由华为承建。NICTIB II将扩展网络。",
            "NICTIB II",
            "尼日利亚国家信息通信技术基础设施骨干网二期工程",
        ),
    ],
)
def test_find_mentions_an_acronym_with_a_phase_names_the_phase(
    lexicon: Lexicon, text: str, acronym: str, long_form: str
) -> None:
    mentions = [m for m in _mentions(text, lexicon) if m.text == acronym]
    assert mentions, _by_text(_mentions(text, lexicon))
    assert all((m.key, m.canonical) == (None, long_form) for m in mentions)


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "Thailand launches Huawei 5G test bed\nThailand launched a Huawei Technologies 5G test bed.",
            "Huawei 5G test bed",
            "Huawei Technologies 5G test bed",
        ),
        (
            "泰国启用华为5G测试平台\n泰国启用了华为技术有限公司5G测试平台。",
            "华为5G测试平台",
            "华为技术有限公司5G测试平台",
        ),
    ],
)
def test_find_mentions_a_companys_facility_is_named_by_the_companys_label(
    lexicon: Lexicon, text: str, short: str, full: str
) -> None:
    names = _by_text(_mentions(text, lexicon))
    assert (names[short].canonical or short) == names[full].canonical == short


@pytest.mark.parametrize(
    ("text", "works"),
    [
        pytest.param(
            "MTN Zambia has launched its fifth-generation (5G) mobile network. The 5G network was piloted "
            "in January, the country's first-ever 5G network.",
            ["fifth-generation (5G) mobile network", "5G network", "5G network"],
            id="en-an-operators-network",
        ),
        pytest.param("Smart Axiata said it began 5G trials with Huawei.", ["5G trials"], id="en-trials"),
        pytest.param(
            "运营商将为用户开通5G网络服务，5G服务的推出意义重大。", ["5G网络服务", "5G服务"], id="zh-service"
        ),
        pytest.param(
            "中国移动在巴基斯坦率先开通4G无线宽带服务。", ["4G无线宽带服务"], id="zh-wireless-broadband"
        ),
        pytest.param(
            "Serbia's projects include the 5G network and smart cities; 5G networks spread.",
            [],
            id="en-the-5g-network-alone-and-plurals-are-the-technology",
        ),
        pytest.param("各国加快建设5G网络。", [], id="zh-a-5g-network-alone-is-the-technology"),
        pytest.param(
            "Safaricom partnered with Huawei to commercially launch the 5G network in Kenya.",
            ["5G network"],
            id="en-the-network-launched",
        ),
        pytest.param(
            "沃达丰在15个城市正式启动商用5G网络，华为是此次5G商用网络的供应商。",
            ["商用5G网络", "5G商用网络"],
            id="zh-the-commercial-network",
        ),
    ],
)
def test_find_mentions_an_operators_generation_network_is_a_work(
    text: str, works: list[str], lexicon: Lexicon
) -> None:
    found = [
        m.text for m in _mentions(text, lexicon) if m.cls is EntityClass.PROJECT and m.source == "descriptor"
    ]
    assert found == works


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Pakistan launched two satellites. The Foreign Office confirmed the launch.",
            [("Foreign Office", "org/mofa_pk")],
            id="en-the-ministry-of-the-country-the-document-is-about",
        ),
        pytest.param(
            "Pakistan launched two satellites. Foreign Office spokesman Muhammad Faisal spoke.",
            [("Foreign Office", "org/mofa_pk")],
            id="en-a-spokesmans-ministry",
        ),
        pytest.param(
            "China and Pakistan met. China's Foreign Ministry said so.",
            [],
            id="en-a-ministry-whose-owner-is-named",
        ),
        pytest.param(
            # "5G technology" is read twice (the alias, and 5G with its tail): no crash choosing the country
            "Pakistan and China will adopt 5G technology, the Foreign Office said.",
            [("Foreign Office", "org/mofa_pk")],
            id="en-the-first-country-among-twice-read-names",
        ),
    ],
)
def test_find_mentions_a_bare_foreign_ministry_is_the_documents_countrys(
    text: str, expected: list[tuple[str, str]], lexicon: Lexicon
) -> None:
    found = [(m.text, m.key) for m in _mentions(text, lexicon) if m.cls is EntityClass.ORGANIZATION]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "events"),
    [
        pytest.param(
            "2021中国—东盟数字经济发展合作论坛开幕式暨中国—东盟数字经济合作伙伴关系论坛在武汉举行。",
            ["2021中国—东盟数字经济发展合作论坛", "中国—东盟数字经济合作伙伴关系论坛"],
            id="zh-a-forums-opening-joined-with-another-forum",
        ),
        pytest.param("论坛设置开幕式暨主论坛、4个主题论坛。", [], id="zh-a-forums-own-parts-name-no-forum"),
        pytest.param(
            "第五届世界互联网大会暨乌镇峰会开幕。",
            ["第五届世界互联网大会暨乌镇峰会"],
            id="zh-one-meeting-of-two-names",
        ),
        pytest.param(
            "The 2021 ASEAN Digital Forum and the China-ASEAN Partnership Forum opened in Wuhan.",
            ["2021 ASEAN Digital Forum", "China-ASEAN Partnership Forum"],
            id="en-two-forums-joined-by-and",
        ),
    ],
)
def test_find_mentions_meetings_held_together_are_each_named(
    text: str, events: list[str], lexicon: Lexicon
) -> None:
    assert [m.text for m in _mentions(text, lexicon) if m.cls is EntityClass.EVENT] == events


@pytest.mark.parametrize(
    ("text", "descriptors"),
    [
        pytest.param(
            "The two companies signed a memorandum of understanding in Barcelona.\nThe MoU covers services.",
            ["memorandum of understanding", "MoU"],
            id="en-an-agreement-spoken-of-again",
        ),
        pytest.param(
            "双方签署了合作谅解备忘录。该谅解备忘录仅涵盖个人服务。",
            ["合作谅解备忘录", "谅解备忘录"],
            id="zh-an-agreement-spoken-of-again",
        ),
        pytest.param(
            "The operator signed a letter of intent in Manila.\nThe letter of intent covers landing rights.",
            ["letter of intent", "letter of intent"],
            id="en-a-letter-of-intent",
        ),
        pytest.param(
            "双方签署了关于海缆分支的合作意向书。该意向书明确了合作方式。",
            ["合作意向书", "意向书"],
            id="zh-a-letter-of-intent",
        ),
        pytest.param(
            "Zentel said it had signed a memorandum with Blue Sea Telecom.\nThe memorandum was signed then.",
            ["memorandum", "memorandum"],
            id="en-a-memorandum-spoken-of-again",
        ),
        pytest.param(
            "蓝海电信与蓝海卫星在北京签署合同。该合同总额超过5亿美元。",
            ["合同", "该合同"],
            id="zh-a-contract-spoken-of-again",
        ),
        pytest.param(
            "两国日前签署一份价值100万美元的协议。根据这一协议，双方将延伸骨干网。",
            ["协议", "这一协议"],
            id="zh-what-was-signed-and-pointed-back-to",
        ),
    ],
)
def test_find_mentions_some_agreement_spoken_of_again_is_the_documents(
    lexicon: Lexicon, text: str, descriptors: list[str]
) -> None:
    assert [m.text for m in _mentions(text, lexicon) if m.source == "descriptor"] == descriptors


@pytest.mark.parametrize(
    ("text", "surface", "found"),
    [
        ("该海缆由斯里兰卡电信运营商Dialog Axiata出资建设。", "斯里兰卡电信", False),
        ("中国电信市场竞争激烈。", "中国电信", False),
        ("斯里兰卡电信宣布加入该项目。", "斯里兰卡电信", True),
        ("Sri Lanka Telecom operators joined the project.", "Sri Lanka Telecom", True),
    ],
)
def test_find_mentions_an_operator_named_for_its_country_is_no_sector(
    lexicon: Lexicon, text: str, surface: str, found: bool
) -> None:
    """斯里兰卡电信|运营商: a country's telecom operators, not Sri Lanka Telecom; an English name
    is written whole."""
    assert (surface in _by_text(_mentions(text, lexicon))) is found


@pytest.mark.parametrize(
    ("text", "not_an_agreement"),
    [
        (
            "They signed a memorandum of understanding on cables last year.",
            "memorandum of understanding on cables",
        ),
        (
            "They signed an agreement on satellite navigation in Beijing.",
            "agreement on satellite navigation in Beijing",
        ),
    ],
)
def test_find_mentions_an_agreement_on_a_subject_stops_where_its_subject_does(
    lexicon: Lexicon, text: str, not_an_agreement: str
) -> None:
    assert not_an_agreement not in {m.text for m in find_mentions(make_doc(text), lexicon)}


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("中国移动国际在亚太地区拥有八条路由。", "中国移动国际"),
        (
            "China Mobile International has eight routes within the Asia-Pacific region.",
            "China Mobile International",
        ),
        ("中国亚太移动通信卫星有限责任公司与老挝政府签署文件。", "中国亚太移动通信卫星有限责任公司"),
    ],
)
def test_find_mentions_a_region_named_as_a_scope_is_no_mention_but_bounds_names(
    lexicon: Lexicon, text: str, named: str
) -> None:
    mentions = _by_text(_mentions(text, lexicon))
    assert named in mentions
    assert not [m for m in mentions.values() if m.key == "place/asia_pacific"]


@pytest.mark.parametrize(
    ("text", "surface", "key"),
    [
        # a province's or a state's unit word is part of its name, which keeps its key
        ("The landing is at Ibeno in Akwa Ibom State.", "Akwa Ibom State", "place/akwa_ibom"),
        ("尼日利亚阿夸伊博姆州的伊贝诺登陆站。", "阿夸伊博姆州", None),
        ("The plant opened in Sindh Province last year.", "Sindh Province", "place/sindh"),
        ("该电站去年在信德省投产。", "信德省", "place/sindh"),
        # after a city's name the unit word names a larger unit, not the city
        ("The cable lands in Lagos State.", "Lagos State", None),
        ("Lagos State Governor Babajide Sanwo-Olu spoke at the landing.", "Lagos State", None),
        ("The plant opened in Almaty Region, near Almaty.", "Almaty Region", None),
        # a state named after what links it is a place too
        ("该光缆连接信德省和阿曼。", "信德省", "place/sindh"),
        (
            "The cable directly links Western Australia to Oman.",
            "Western Australia",
            "place/western_australia",
        ),
    ],
)
def test_find_mentions_a_states_unit_word_is_part_of_its_name(
    lexicon: Lexicon, text: str, surface: str, key: str | None
) -> None:
    found = _by_text(_mentions(text, lexicon))
    assert surface in found, found
    assert found[surface].key == key
    assert found[surface].cls is EntityClass.PLACE


@pytest.mark.parametrize(
    ("text", "name", "uses"),
    [
        # a name a pattern read once is read at its other uses, where the lexicon knows a shorter one
        (
            "Telstra bought Digicel Pacific, the leading mobile operator in the region.\n"
            "Digicel Pacific operates in Fiji and Samoa.",
            "Digicel Pacific",
            2,
        ),
        # in Chinese the walk from the head reads every use by itself
        (
            "澳大利亚电信收购了迪吉赛尔太平洋公司。\n迪吉赛尔太平洋公司在斐济和萨摩亚运营。",
            "迪吉赛尔太平洋公司",
            2,
        ),
        # a use inside a longer word is none
        (
            "Telstra bought Digicel Pacific, the leading mobile operator in the region.\n"
            "Digicel Pacifica is another firm.",
            "Digicel Pacific",
            1,
        ),
    ],
)
def test_find_mentions_a_name_read_once_is_read_at_each_use(
    lexicon: Lexicon, text: str, name: str, uses: int
) -> None:
    found = [m for m in _mentions(text, lexicon) if m.text == name]
    assert len(found) == uses, [(m.text, m.cls) for m in _mentions(text, lexicon)]


@pytest.mark.parametrize(
    ("text", "joined", "kept"),
    [
        # a known name after "and the" is a name of its own, not the end of a longer one
        ("The EU launched Team Europe and the Global Gateway.", "Team Europe and the Global Gateway", None),
        ("The landing was announced by Orange and PCCW Global.", "Orange and PCCW Global", None),
        # … unless an "of" before the "and" makes one name of both sides
        (
            "The third Ministers' Meeting of the Forum of China and the Community of Latin American and"
            " Caribbean States was held by video.",
            None,
            "third Ministers' Meeting of the Forum of China and the Community of Latin American and"
            " Caribbean States",
        ),
        (
            "The Ministry of Information, Communications and the Digital Economy signed.",
            None,
            "Ministry of Information, Communications and the Digital Economy",
        ),
    ],
)
def test_find_mentions_two_names_joined_by_and(
    lexicon: Lexicon, text: str, joined: str | None, kept: str | None
) -> None:
    found = _by_text(_mentions(text, lexicon))
    if joined is not None:
        assert joined not in found
    if kept is not None:
        assert kept in found


@pytest.mark.parametrize(
    ("text", "short", "expansion"),
    [
        # the expansion a name is "short for" is the same thing (简称 binds them in Chinese)
        (
            'The Metiss cable – short for "MEltingpoT Indianoceanic Submarine System" – runs 3,200km.',
            "Metiss cable",
            "MEltingpoT Indianoceanic Submarine System",
        ),
        ("印度洋熔炉海底光缆系统（简称梅蒂斯海缆）全长3200公里。", "梅蒂斯海缆", "印度洋熔炉海底光缆系统"),
    ],
)
def test_find_mentions_an_expansion_is_the_short_names_thing(
    lexicon: Lexicon, text: str, short: str, expansion: str
) -> None:
    found = _by_text(_mentions(text, lexicon))
    one, other = found[short], found[expansion]
    assert (one.key, one.canonical or one.text) == (other.key, other.canonical or other.text) or (
        one.key is not None and one.key == other.key
    ), (one, other)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a company's cloud arm and a parent's subsidiary are entries of their own
        ("Amazon said AWS would open a region.", {"Amazon": "org/amazon", "AWS": "org/aws"}),
        ("亚马逊表示，亚马逊云科技将开设区域。", {"亚马逊": "org/amazon", "亚马逊云科技": "org/aws"}),
        ("Wingtech owns Nexperia.", {"Wingtech": "org/wingtech", "Nexperia": "org/nexperia"}),
        ("闻泰科技拥有安世半导体。", {"闻泰科技": "org/wingtech", "安世半导体": "org/nexperia"}),
    ],
)
def test_find_mentions_a_subsidiary_is_not_its_parent(
    lexicon: Lexicon, text: str, keys: dict[str, str]
) -> None:
    found = _by_text(_mentions(text, lexicon))
    assert {name: found[name].key for name in keys} == keys
