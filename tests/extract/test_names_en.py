"""English name discovery: head nouns, titles and appositions, datelines, numbered meetings."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import make_doc, names_found


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The delegation stayed at the Serena Hotel in Islamabad.", "Serena Hotel", EntityClass.PLACE),
        # a law is filed with agreements, a government's mission with initiatives, a fab is a work
        (
            "The deal was reviewed under the National Security and Investment Act.",
            "National Security and Investment Act",
            EntityClass.AGREEMENT,
        ),
        ("该交易依据《国家安全与投资法》接受审查。", "国家安全与投资法", EntityClass.AGREEMENT),
        (
            "It is the first project under the India Semiconductor Mission.",
            "India Semiconductor Mission",
            EntityClass.INITIATIVE,
        ),
        ("Nexperia bought Newport Wafer Fab in 2021.", "Newport Wafer Fab", EntityClass.PROJECT),
        # a factory named by its town
        ("BYD said the Rayong plant would open in 2024.", "Rayong plant", EntityClass.PROJECT),
        ("比亚迪表示，罗勇工厂将于2024年投产。", "罗勇工厂", EntityClass.PROJECT),
        # a code name after the word Project
        (
            "The central banks published the findings of Project Inthanon-LionRock.",
            "Project Inthanon-LionRock",
            EntityClass.PROJECT,
        ),
        ("Project LionRock of the HKMA began in 2017.", "Project LionRock", EntityClass.PROJECT),
        # a capitalised word after "e-" is a word of the name; a division or a directorate is a body
        (
            "It upgrades the Pan-African e-Network Project, which linked 48 countries.",
            "Pan-African e-Network Project",
            EntityClass.PROJECT,
        ),
        ("“泛非电子网络”项目于2009年启动。", "泛非电子网络", EntityClass.PROJECT),
        (
            "Abhishek Singh, CEO of the National e-Governance Division, led the delegation.",
            "National e-Governance Division",
            EntityClass.ORGANIZATION,
        ),
        ("国家电子政务局负责人率团出访。", "国家电子政务局", EntityClass.ORGANIZATION),
        (
            "Jalil al-Rubaie, commander of the Baghdad Operations Command, spoke.",
            "Baghdad Operations Command",
            EntityClass.ORGANIZATION,
        ),
        ("巴格达行动司令部司令出席仪式。", "巴格达行动司令部", EntityClass.ORGANIZATION),
        (
            "The Directorate General of Telecommunications issued the licence.",
            "Directorate General of Telecommunications",
            EntityClass.ORGANIZATION,
        ),
        (
            "Thailand will chair the ASEAN DEFA Negotiating Committee next year.",
            "ASEAN DEFA Negotiating Committee",
            EntityClass.ORGANIZATION,
        ),
        # one-word data centres and Thai public companies
        (
            "Camtel has unveiled the Zamengoe Datacentre near Yaounde.",
            "Zamengoe Datacentre",
            EntityClass.PROJECT,
        ),
        (
            "Thai power producer Gulf Energy Development Pcl said on Monday.",
            "Gulf Energy Development Pcl",
            EntityClass.ORGANIZATION,
        ),
        # capitalised words before a numbered phase
        (
            "Thailand awarded the Laem Chabang Port Phase 3 project to GPC.",
            "Laem Chabang Port Phase 3",
            EntityClass.PROJECT,
        ),
        # the capital's full name is one place
        ("The summit was held in Washington, DC, last year.", "Washington, DC", EntityClass.PLACE),
        (
            "They endorsed the Framework for Negotiating DEFA in Jakarta.",
            "Framework for Negotiating DEFA",
            EntityClass.AGREEMENT,
        ),
        (
            "The deal was signed with the Ministry of Planning and Development.",
            "Ministry of Planning and Development",
            EntityClass.ORGANIZATION,
        ),
        (
            "Landing rights went to PEACE Cable International last year.",
            "PEACE Cable International",
            EntityClass.ORGANIZATION,
        ),
        (
            "Funding comes from the Kunming Regional Development Fund this year.",
            "Kunming Regional Development Fund",
            EntityClass.ORGANIZATION,
        ),
        (
            "The cable made landfall at its landing site at Sea View Beach.",
            "Sea View Beach",
            EntityClass.PLACE,
        ),
        (
            "Work on the Gwadar East Bay Expressway resumed.",
            "Gwadar East Bay Expressway",
            EntityClass.PROJECT,
        ),
        (
            "The talks opened at the 23rd ASEAN Economic Community Council (AECC) meeting in Jakarta.",
            "23rd ASEAN Economic Community Council (AECC) meeting",
            EntityClass.EVENT,
        ),
        ("Leaders met at the 25th SCO Summit in Tianjin.", "25th SCO Summit", EntityClass.EVENT),
        # a themed week is held as a meeting is
        (
            "He spoke at the Singapore International Cyber Week.",
            "Singapore International Cyber Week",
            EntityClass.EVENT,
        ),
        (
            "Speaking there, Pakistan's interim Prime Minister Nasir-ul-Mulk said so.",
            "Nasir-ul-Mulk",
            EntityClass.PERSON,
        ),
        (
            "It met the Secretary-General of ASEAN, Dr Kao Kim Hourn, in Jakarta.",
            "Kao Kim Hourn",
            EntityClass.PERSON,
        ),
        (
            "Jean-Luc Vuillemin, Executive Vice President of International Networks at Orange, said so.",
            "Jean-Luc Vuillemin",
            EntityClass.PERSON,
        ),
        (
            "Haitham Zahran, Vice President EMEA Subsea Cable Systems, called it a milestone.",
            "Haitham Zahran",
            EntityClass.PERSON,
        ),
        ("Minister Ahsan Iqbal said the corridor is on track.", "Ahsan Iqbal", EntityClass.PERSON),
        ("NAIROBI, (CAJ Daily) – The cable has landed.", "CAJ Daily", EntityClass.ORGANIZATION),
        (
            "The bonds were listed on the Budapest Stock Exchange.",
            "Budapest Stock Exchange",
            EntityClass.ORGANIZATION,
        ),
        ("该债券在布达佩斯证券交易所上市。", "布达佩斯证券交易所", EntityClass.ORGANIZATION),
        ("Xi Jinping is on a state visit to Malaysia.", "state visit to Malaysia", EntityClass.EVENT),
        ("国家主席习近平对马来西亚进行国事访问。", "国事访问", EntityClass.EVENT),
        ("She came on a three-day bilateral visit.", "three-day bilateral visit", EntityClass.EVENT),
        # a numbered meeting of a known body, in lower-case words
        (
            "The ninth ministerial meeting of the China-Arab States Cooperation Forum was held online.",
            "ninth ministerial meeting of the China-Arab States Cooperation Forum",
            EntityClass.EVENT,
        ),
        ("中阿合作论坛第九届部长级会议以视频方式举行。", "中阿合作论坛第九届部长级会议", EntityClass.EVENT),
        (
            "The first meeting of BRICS communications ministers was held in Moscow.",
            "first meeting of BRICS communications ministers",
            EntityClass.EVENT,
        ),
        ("金砖国家第一次通信部长会议在莫斯科举行。", "金砖国家第一次通信部长会议", EntityClass.EVENT),
        (
            "HMN Tech completed the Senegal Horn of Africa Regional Express (SHARE) submarine cable.",
            "Senegal Horn of Africa Regional Express",
            EntityClass.PROJECT,
        ),
        (
            "The Malaysia Cambodia Thailand (MCT) cable system landed in Sihanoukville.",
            "Malaysia Cambodia Thailand",
            EntityClass.PROJECT,
        ),
    ],
)
def test_names_en_heads_people_and_events(lexicon: Lexicon, text: str, name: str, cls: EntityClass) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        (
            "Negotiations on the ASEAN Digital Economy Framework Agreement (DEFA) were launched.",
            "Negotiations on the ASEAN Digital Economy Framework Agreement",
        ),
        (
            "Jean-Luc Vuillemin, Executive Vice President of International Networks at Orange, said so.",
            "Executive Vice President of International Networks",
        ),
        ("Haitham Zahran, Vice President EMEA Subsea Cable Systems, called.", "EMEA Subsea Cable Systems"),
        ("Group 1: Digital Economy Growth", "Group"),
        (
            "The Digital Silk Road – Research Context of the Digisilk Project",
            "Research Context of the Digisilk Project",
        ),
        ("In July the Council met again.", "July"),
        ("Lead Negotiators from all ten member states take part.", "Lead Negotiators"),
        ("The Project Manager of the cable spoke.", "Project Manager"),
        ("During Phase 2 the cable was laid.", "During Phase 2"),
    ],
)
def test_names_en_titles_headlines_and_openers_are_no_names(
    lexicon: Lexicon, text: str, not_a_name: str
) -> None:
    assert not_a_name not in names_found(text, lexicon)


def test_names_en_possessive_splits_owner_and_name(lexicon: Lexicon) -> None:
    names = names_found(
        "It was signed by Pakistan's Special Communication Organization and China Telecom.", lexicon
    )
    assert names["Special Communication Organization"] is EntityClass.ORGANIZATION
    assert names["China Telecom"] is EntityClass.ORGANIZATION
    assert "Pakistan's Special Communication Organization and China Telecom" not in names


@pytest.mark.parametrize(
    ("text", "person", "company"),
    [
        (
            "ADC co-chair Chang Weiguo of China Telecom said the system would help.",
            "Chang Weiguo",
            "China Telecom",
        ),
        ("中国电信代表常卫国表示，该系统将提供最大容量。", "常卫国", "中国电信"),
        # someone of a country's body, as reports list founders: neither is known to the lexicon
        (
            "Participants included Olugbenga Agboola of Nigeria's Flutterwave and Cedric Atangana of"
            " Cameroon's Wecashup.",
            "Olugbenga Agboola",
            "Flutterwave",
        ),
        (
            "Participants included Olugbenga Agboola of Nigeria's Flutterwave and Cedric Atangana of"
            " Cameroon's Wecashup.",
            "Cedric Atangana",
            "Wecashup",
        ),
    ],
)
def test_names_en_someone_of_a_company_is_no_company(
    lexicon: Lexicon, text: str, person: str, company: str
) -> None:
    names = names_found(text, lexicon)
    assert (names.get(person), names.get(company)) == (EntityClass.PERSON, EntityClass.ORGANIZATION), names
    assert not [name for name in names if person in name and company in name], names


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Liang Hongwei of the China Primary Health Care Foundation attended.",
            "China Primary Health Care Foundation",
        ),
        ("The Special Rapporteur of the Human Rights Council spoke.", "Human Rights Council"),
        ("中国初级保健基金会执行主任梁宏伟出席。", "中国初级保健基金会"),
    ],
)
def test_names_en_words_with_no_head_before_of_are_no_part_of_the_body_after(
    lexicon: Lexicon, text: str, body: str
) -> None:
    names = names_found(text, lexicon)
    assert names.get(body) is EntityClass.ORGANIZATION, names
    assert not [name for name in names if name != body and name.endswith(body)], names


@pytest.mark.parametrize(
    "text",
    [
        "The Industrial and Commercial Bank of China signed it.",
        "The Ministry of Commerce of China signed it.",
        "The Democratic Republic of the Congo Investment Agency signed it.",
    ],
)
def test_names_en_a_head_before_of_keeps_the_name_whole(lexicon: Lexicon, text: str) -> None:
    names = names_found(text, lexicon)
    assert any(name.endswith(("of China", "Investment Agency")) and " of " in name for name in names), names


@pytest.mark.parametrize(
    ("text", "name", "not_a_name"),
    [
        (
            "Chonburi is the heart of Thailand's 45-billion-U.S.-dollar Eastern Economic Corridor.",
            "Eastern Economic Corridor",
            "U.S.-dollar Eastern Economic Corridor",
        ),
        ("春武里府位于泰国投资450亿美元的东部经济走廊核心。", "东部经济走廊", "450亿美元的东部经济走廊"),
        (
            "Alibaba Cloud picks Malaysia for South-East Asian data centre, says Najib",
            "Malaysia",
            "Malaysia for South-East Asian data centre",
        ),
        ("阿里云选择马来西亚建设东南亚数据中心。", "马来西亚", "马来西亚建设东南亚数据中心"),
    ],
)
def test_names_en_what_a_thing_is_worth_or_chosen_for_is_not_its_name(
    lexicon: Lexicon, text: str, name: str, not_a_name: str
) -> None:
    names = names_found(text, lexicon)
    assert name in names, names
    assert not_a_name not in names, names


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # a company's facility named by its field and kind
        (
            "Thailand on Friday launched a Huawei Technologies 5G test bed.",
            "Huawei Technologies 5G test bed",
            EntityClass.PROJECT,
        ),
        ("泰国周五启用了华为5G测试平台。", "华为5G测试平台", EntityClass.PROJECT),
        # a programme of partners, and a year two parties hold
        (
            "The two sides launched the China-Africa Digital Innovation Partnership Program.",
            "China-Africa Digital Innovation Partnership Program",
            EntityClass.INITIATIVE,
        ),
        ("双方启动中非数字创新伙伴计划。", "中非数字创新伙伴计划", EntityClass.INITIATIVE),
        # a field the lexicon knows before the verb-like field word (人工智能|创新|合作中心)
        (
            "广西与老挝签约共建中国—老挝人工智能创新合作中心。",
            "中国—老挝人工智能创新合作中心",
            EntityClass.ORGANIZATION,
        ),
        ("南非、埃及的鲁班工坊正在加紧施工。", "鲁班工坊", EntityClass.PROJECT),
        # a park one industry's firms share, named for its city
        (
            "The zone will see the creation of a Kuala Lumpur Internet City in the capital.",
            "Kuala Lumpur Internet City",
            EntityClass.PROJECT,
        ),
        ("迪拜互联网城吸引了众多企业。", "迪拜互联网城", EntityClass.PROJECT),
        # a school named for its city, a bank's branch for the city it serves
        ("这批物资是天津医学高等专科学校援建的设备。", "天津医学高等专科学校", EntityClass.ORGANIZATION),
        (
            "The equipment was donated by Tianjin Medical College.",
            "Tianjin Medical College",
            EntityClass.ORGANIZATION,
        ),
        ("中国银行万象分行首批接入平台。", "中国银行万象分行", EntityClass.ORGANIZATION),
        # games a city hosts
        ("卫星为北京奥运会提供了转播服务。", "北京奥运会", EntityClass.EVENT),
        ("The Guangzhou Asian Games opened on Friday.", "Guangzhou Asian Games", EntityClass.EVENT),
        ("中方将举办中国同中亚国家人民文化艺术年。", "中国同中亚国家人民文化艺术年", EntityClass.INITIATIVE),
        (
            "China will hold the Year of Culture and Arts of the Peoples of China and Central Asia.",
            "Year of Culture and Arts of the Peoples of China and Central Asia",
            EntityClass.INITIATIVE,
        ),
    ],
)
def test_names_en_facilities_and_programmes_named_by_their_parties(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass
) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


def test_names_en_a_companys_project_without_a_field_is_no_name(lexicon: Lexicon) -> None:
    assert "Huawei project" not in names_found("The Huawei project is big.", lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "Crews of Lagos Fibre Works (XLFW) cable teams returned.",
        "Officials of Digital Team (XQ) project offices met.",
    ],
)
def test_names_en_an_acronym_the_initials_do_not_spell_names_no_work(lexicon: Lexicon, text: str) -> None:
    assert EntityClass.PROJECT not in names_found(text, lexicon).values()


@pytest.mark.parametrize(
    ("text", "name", "not_a_name"),
    [
        (
            "It signed with Kyrgyzstan's Ministry of Digital Development and Innovative Technologies.",
            "Ministry of Digital Development and Innovative Technologies",
            "Innovative Technologies",
        ),
        (
            "He thanked the Office of the National Digital Economy and Society Commission and Huawei.",
            "Office of the National Digital Economy and Society Commission",
            "Society Commission",
        ),
        ("阿塞拜疆通信和信息技术部在巴库签署了协议。", "阿塞拜疆通信和信息技术部", "信息技术部"),
    ],
)
def test_names_en_fields_joined_after_an_opening_head_are_one_body(
    lexicon: Lexicon, text: str, name: str, not_a_name: str
) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is EntityClass.ORGANIZATION, names
    assert not_a_name not in names, names


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        (
            "The Ministry of Commerce and Huawei Technologies signed it.",
            {"Ministry of Commerce", "Huawei Technologies"},
        ),
        (
            "The Ministry of Finance and the Export Promotion Agency agreed.",
            {"Ministry of Finance", "Export Promotion Agency"},
        ),
        ("商务部和华为技术有限公司签署了协议。", {"商务部", "华为技术有限公司"}),
        # after a ministry whose field holds "and", "and the" opens the next body of the list
        (
            "They met officials of the Ministry of Health and Family Welfare and the University Grants"
            " Commission.",
            {"Ministry of Health and Family Welfare", "University Grants Commission"},
        ),
        ("印度卫生和家庭福利部与大学拨款委员会的官员出席。", {"印度卫生和家庭福利部"}),
        # a field with no head before "and Ministry of …" is the last field of the first ministry
        (
            "It brought together representatives of Azerbaijan's Ministry of Digital Development and"
            " Transport and Ministry of Science and Education.",
            {"Ministry of Digital Development and Transport", "Ministry of Science and Education"},
        ),
        ("阿塞拜疆数字发展和交通部与科学和教育部的代表出席。", {"阿塞拜疆数字发展和交通部"}),
    ],
)
def test_names_en_a_known_or_articled_body_after_and_is_a_second_body(
    lexicon: Lexicon, text: str, bodies: set[str]
) -> None:
    names = names_found(text, lexicon)
    assert bodies <= set(names), names


@pytest.mark.parametrize(
    ("text", "name", "canonical"),
    [
        ("He attended the SCO summit in Astana.", "SCO summit", None),
        (
            "He was at the Forum on China-Africa Cooperation (FOCAC) summit in Beijing.",
            "Forum on China-Africa Cooperation (FOCAC) summit",
            "FOCAC summit",
        ),
        ("They met at the Central Asia–China summit in Astana.", "Central Asia–China summit", None),
        ("他出席了上海合作组织峰会。", "上海合作组织峰会", None),
    ],
)
def test_names_en_a_bodys_or_two_regions_summit_is_an_event(
    lexicon: Lexicon, text: str, name: str, canonical: str | None
) -> None:
    found = {m.text: m for m in find_mentions(make_doc(text), lexicon)}
    assert name in found, found
    assert found[name].cls is EntityClass.EVENT
    assert found[name].canonical == canonical


ORG = EntityClass.ORGANIZATION
PROJECT = EntityClass.PROJECT
PLACE = EntityClass.PLACE


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        # what a name is, said in an apposition after it, an owner's possessive included
        ("Moniepoint, the Lagos lender, expanded.", "Moniepoint", ORG),
        ("Zepz, a British fintech startup backed by Accel, expanded.", "Zepz", ORG),
        ("Kudimoney, Nigeria's largest digital bank, raised funds.", "Kudimoney", ORG),
        ("Moniepoint是一家尼日利亚金融科技公司。", "Moniepoint", ORG),
        ("尼日利亚数字银行Kudimoney宣布融资。", "Kudimoney", ORG),
        # an investor's name ends with what it invests
        ("The round was led by GaoRong Capital and GSR Ventures.", "GaoRong Capital", ORG),
        ("The round was led by GaoRong Capital and GSR Ventures.", "GSR Ventures", ORG),
        ("本轮融资由投资基金Monashees领投。", "Monashees", ORG),
        # a long form the acronym after it defines, read whole past its first head
        (
            "It was hosted by the United Nations Commission on Science and Technology for Development "
            "(UNCSTD) in Geneva.",
            "United Nations Commission on Science and Technology for Development",
            ORG,
        ),
        ("会议由中国信息通信研究院（CAICT）主办。", "CAICT", ORG),
        # a route's acronym before a work's head names the work; a lower-case description after
        # the run that spells it belongs to the long form
        ("Service began on the Chennai-Zentara Islands (CZI) cable on Monday.", "CZI", PROJECT),
        (
            "Service began on the Chennai-Zentara Islands (CZI) cable on Monday.",
            "Chennai-Zentara Islands",
            PROJECT,
        ),
        (
            "Modi opened the Kochi-Zentara Islands submarine optical fibre cable (KZI) on Wednesday.",
            "Kochi-Zentara Islands submarine optical fibre cable",
            PROJECT,
        ),
        ("海南—蓝海群岛海缆（HZI）周一开通。", "HZI", PROJECT),
        ("海南—蓝海群岛海缆（HZI）周一开通。", "海南—蓝海群岛海缆", PROJECT),
        ("The Andaman and Zentara Islands (AZI) administration agreed.", "AZI", PLACE),
        # a company named before its officer's title and name; in Chinese a country and a
        # cable before 公司 name a company
        ('"This is a milestone," said Emtel CEO Kresh Goomany.', "Emtel", ORG),
        ("汤加电缆公司首席执行官埃德温·利亚瓦阿说。", "汤加电缆公司", ORG),
        ("Arabsat chief executive Khalid Balkheyour said the launch went well.", "Arabsat", ORG),
        # the title may be capitalised, or joined to the founder's
        ("Velmora Chief Executive Anna Berglund said the plant would open.", "Velmora", ORG),
        ("维尔莫拉公司首席执行官安娜·贝格伦德说工厂将投产。", "维尔莫拉公司", ORG),
        ("Korvix founder and CEO Tony Hanley said the company would expand.", "Korvix", ORG),
        ("Zentara President and CEO Sanjay Mehra met the minister.", "Zentara", ORG),
        ("塞舌尔海缆系统公司是一家公私合营企业。", "塞舌尔海缆系统公司", ORG),
    ],
)
def test_names_en_appositions_investors_and_defined_long_forms(
    lexicon: Lexicon, text: str, name: str, cls: EntityClass
) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is cls, names


@pytest.mark.parametrize(
    ("text", "not_a_name"),
    [
        # a title a city holds is no fund; what a company is, said before its name, is no name
        ("Kashgar was named SCO Cultural and Tourism Capital in 2024.", "SCO Cultural and Tourism Capital"),
        ("尼日利亚数字银行Kudimoney宣布融资。", "尼日利亚数字银行"),
        # a term defined and left, and a list of fields, are no names
        ("The Pre-Lay Shore End (PLSE) installation began.", "Pre-Lay Shore End"),
        (
            "It offers Positioning, Navigation and Timing (PNT) services.",
            "Positioning, Navigation and Timing",
        ),
        # a description spelled by no capitalised run names no work
        ("Malaysian small and medium enterprises (SMEs) joined.", "Malaysian small and medium enterprises"),
        ("蓝海国中小企业（SMEs）加入了平台。", "蓝海国中小企业（SMEs）"),
        # a word that opens a sentence or qualifies the title is no company
        ("Former CEO John Smith left the firm.", "Former"),
        # a plant named by its kind or its owner is described, not named
        ("The company opened an EV plant and the Huawei plant grew.", "EV plant"),
        ("华为在中国工厂生产设备。", "中国工厂"),
        ("前首席执行官约翰·史密斯离职。", "前首席执行官"),
    ],
)
def test_names_en_titles_terms_and_fields_are_no_bodies(lexicon: Lexicon, text: str, not_a_name: str) -> None:
    assert not_a_name not in names_found(text, lexicon)


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        # a short form before an officer's title is the body the report names in full
        (
            'Telkom Kenya finished the cable. "It is a milestone," said Telkom chief executive Mugo Kibati.',
            "Telkom",
            "org/telkom_kenya",
        ),
        ("肯尼亚电信完成了海缆建设。肯尼亚电信首席执行官穆戈·基巴蒂表示。", "肯尼亚电信", "org/telkom_kenya"),
    ],
)
def test_names_en_a_bodys_short_form_before_a_title_is_that_body(
    lexicon: Lexicon, text: str, name: str, key: str
) -> None:
    found = [m for m in find_mentions(make_doc(text), lexicon) if m.text == name]
    assert found and all(m.key == key for m in found), found


@pytest.mark.parametrize(
    "text,name",
    [
        ("The Academy onboarded the Colegio de Muntinlupa and two other schools.", "Colegio de Muntinlupa"),
        ("The deal was financed by Banco Bocom BBM, the Brazilian unit.", "Banco Bocom BBM"),
        ("Researchers at the Institut Pasteur de Dakar took part.", "Institut Pasteur de Dakar"),
        # in Chinese the head comes last, as it always does
        ("达喀尔巴斯德研究所的研究人员参与了项目。", "达喀尔巴斯德研究所"),
    ],
)
def test_names_en_a_foreign_body_names_its_head_first(lexicon: Lexicon, text: str, name: str) -> None:
    names = names_found(text, lexicon)
    assert names.get(name) is EntityClass.ORGANIZATION, names
