"""Relation patterns, one table per family, Chinese and English rows side by side.

Mentions are built by hand (surface, class letter, optional key and source) so that these
tests pin the relation layer alone; the real mention finder is exercised in test_rules.py.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg.extract import relations
from kg.extract.relations import ALLOWED, CLASS_OF, find_relations, read_sentences
from kg.ingest import read_document
from kg.lexicon import Lexicon, LexiconEntry
from kg.model import Document, EntityClass, Mention, Predicate, Span

Spec = tuple[str, str] | tuple[str, str, str | None] | tuple[str, str, str | None, str]


def build(text: str, specs: list[Spec], date: str | None = None) -> tuple[Document, list[Mention]]:
    """A document and its mentions: every occurrence of each surface, longest surfaces first."""
    doc = read_document(text, origin="test", date=date)
    taken: list[Span] = []
    mentions: list[Mention] = []
    for spec in sorted(specs, key=lambda s: -len(s[0])):
        surface, letter = spec[0], spec[1]
        key = spec[2] if len(spec) > 2 else None
        source = spec[3] if len(spec) > 3 else ("lexicon" if key else "pattern")
        start = doc.text.find(surface)
        while start >= 0:
            span = Span(start, start + len(surface))
            inside = any(t.contains(span) for t in taken)
            if (source == "compound") == inside and not any(
                span.overlaps(t) and not t.contains(span) for t in taken
            ):
                if source != "compound":
                    taken.append(span)
                mentions.append(
                    Mention(doc.id, span, surface, CLASS_OF[letter], doc.lang, key=key, source=source)
                )
            start = doc.text.find(surface, start + len(surface))
    return doc, sorted(mentions, key=lambda m: m.span.start)


def relations_of(
    text: str, specs: list[Spec], date: str | None = None, lexicon: Lexicon | None = None
) -> set[tuple[str, str, str]]:
    doc, mentions = build(text, specs, date)
    found, _ = find_relations(doc, mentions, lexicon)
    return {(r.subject.text, r.predicate.value, r.object.text) for r in found}


def check_relations(
    text: str, specs: list[Spec], expected: set[tuple[str, str, str]], unexpected: set[tuple[str, str, str]]
) -> None:
    """The relations read from ``text`` hold all of ``expected`` and none of ``unexpected``."""
    found = relations_of(text, specs, lexicon=NAMES)
    assert found >= expected
    assert not found & unexpected


CASES = [
    # connects
    (
        "zh-connect-verb",
        "中巴跨境光缆连接中国和巴基斯坦。",
        [("中巴跨境光缆", "P"), ("中国", "C"), ("巴基斯坦", "C")],
        {("中巴跨境光缆", "connects", "中国"), ("中巴跨境光缆", "connects", "巴基斯坦")},
    ),
    (
        "en-connect-verb",
        "PEACE will connect Europe to Asia via East Africa.",
        [("PEACE", "P"), ("Europe", "L"), ("Asia", "L"), ("East Africa", "L")],
        {
            ("PEACE", "connects", "Europe"),
            ("PEACE", "connects", "Asia"),
            ("PEACE", "connects", "East Africa"),
        },
    ),
    (
        "zh-route",
        "项目于2011年发起，线路从中国云南瑞丽出发，途经缅甸木姐、曼德拉和仰光，终点为印度洋沿岸城市威双。",
        [
            ("中缅光缆", "P"),
            ("中国", "C"),
            ("云南", "L"),
            ("瑞丽", "L"),
            ("缅甸", "C"),
            ("木姐", "L"),
            ("曼德拉", "L"),
            ("仰光", "L"),
            ("印度洋", "L"),
            ("威双", "L"),
        ],
        set(),
    ),
    (
        "en-run-from-to",
        "The cable runs from Rawalpindi to Khunjerab on the border.",
        [("Rawalpindi", "L"), ("Khunjerab", "L")],
        set(),
    ),
    (
        "en-links",
        "the EASSy cable, which links Djibouti to South Africa.",
        [("EASSy", "P"), ("Djibouti", "C"), ("South Africa", "C")],
        {("EASSy", "connects", "Djibouti"), ("EASSy", "connects", "South Africa")},
    ),
    # landsAt
    (
        "zh-land",
        "和平海缆在马赛登陆。",
        [("和平海缆", "P"), ("马赛", "L")],
        {("和平海缆", "landsAt", "马赛")},
    ),
    (
        "en-land",
        "The PEACE submarine cable has landed in Marseille.",
        [("PEACE", "P"), ("Marseille", "L")],
        {("PEACE", "landsAt", "Marseille")},
    ),
    # operatedBy / builtBy / fundedBy
    ("zh-operated", "该数据中心由中国移动负责运营。", [("中国移动", "O")], set()),
    (
        "zh-operated-named",
        "乌鲁木齐数据中心由中国移动负责运营。",
        [("乌鲁木齐数据中心", "P"), ("中国移动", "O")],
        {("乌鲁木齐数据中心", "operatedBy", "中国移动")},
    ),
    (
        "en-operated",
        "The Asia Direct Cable is operated by China Telecom.",
        [("Asia Direct Cable", "P"), ("China Telecom", "O")],
        {("Asia Direct Cable", "operatedBy", "China Telecom")},
    ),
    (
        "zh-built",
        "中巴跨境光缆由华为承建。",
        [("中巴跨境光缆", "P"), ("华为", "O")],
        {("中巴跨境光缆", "builtBy", "华为")},
    ),
    (
        "en-built",
        "The 2Africa cable was laid by ASN and Huawei Marine.",
        [("2Africa", "P"), ("ASN", "O"), ("Huawei Marine", "O")],
        {("2Africa", "builtBy", "ASN"), ("2Africa", "builtBy", "Huawei Marine")},
    ),
    (
        "zh-developed",
        "尼日利亚通信卫星一号由中国空间技术研究院研制，设计寿命15年。",
        [("尼日利亚通信卫星一号", "P"), ("中国空间技术研究院", "O")],
        {("尼日利亚通信卫星一号", "builtBy", "中国空间技术研究院")},
    ),
    (
        "en-developed",
        "NigComSat-1 was developed by the China Academy of Space Technology.",
        [("NigComSat-1", "P"), ("China Academy of Space Technology", "O")],
        {("NigComSat-1", "builtBy", "China Academy of Space Technology")},
    ),
    (
        "zh-funded",
        "丝路基金宣布入股三峡南亚公司。",
        [("丝路基金", "O"), ("三峡南亚公司", "O")],
        {("三峡南亚公司", "fundedBy", "丝路基金")},
    ),
    (
        "en-funded",
        "Digisilk is an ERC-funded project.",
        [("Digisilk", "O"), ("ERC", "O")],
        {("Digisilk", "fundedBy", "ERC")},
    ),
    # partner / cooperatesWith
    (
        "zh-jointly",
        "丝路基金与长江三峡集团等机构联合开发巴基斯坦卡洛特水电站。",
        [("丝路基金", "O"), ("长江三峡集团", "O"), ("巴基斯坦", "C"), ("卡洛特水电站", "P")],
        {
            ("卡洛特水电站", "partner", "丝路基金"),
            ("卡洛特水电站", "partner", "长江三峡集团"),
            ("丝路基金", "cooperatesWith", "长江三峡集团"),
            ("卡洛特水电站", "locatedIn", "巴基斯坦"),
        },
    ),
    (
        "en-jointly",
        "The landing of PEACE was jointly announced by Orange, PCCW Global "
        "(formerly Pacific Century CyberWorks) "
        "and PEACE Cable International.",
        [
            ("PEACE", "P"),
            ("Orange", "O"),
            ("PCCW Global", "O"),
            ("Pacific Century CyberWorks", "O"),
            ("PEACE Cable International", "O"),
        ],
        {
            ("PEACE", "partner", "Orange"),
            ("PEACE", "partner", "PCCW Global"),
            ("PEACE", "partner", "PEACE Cable International"),
        },
    ),
    (
        "zh-cooperate",
        "中国与东盟加强数字经济合作。",
        [("中国", "C"), ("东盟", "O")],
        {("东盟", "cooperatesWith", "中国")},
    ),
    (
        "en-cooperate",
        "China has signed memorandums with over 30 countries, particularly with ASEAN.",
        [("China", "C"), ("ASEAN", "O")],
        {("ASEAN", "cooperatesWith", "China")},
    ),
    # signedWith
    (
        "zh-signed",
        "根据中国和巴基斯坦两国4月20日发表的联合声明，双方将推进合作。",
        [("中国", "C"), ("巴基斯坦", "C"), ("联合声明", "A", None, "descriptor")],
        {("联合声明", "signedWith", "中国"), ("联合声明", "signedWith", "巴基斯坦")},
    ),
    (
        "en-signed-unnamed",
        "The project agreement was signed in April 2007 by Pakistan's Special Communication Organization "
        "and China Telecom.",
        [("Pakistan", "C"), ("Special Communication Organization", "O"), ("China Telecom", "O")],
        {
            ("China Telecom", "signedWith", "Special Communication Organization"),
            ("Special Communication Organization", "locatedIn", "Pakistan"),
        },
    ),
    # proposedBy / announcedAt
    (
        "zh-proposed",
        "中国提出《全球数据安全倡议》。",
        [("中国", "C"), ("《全球数据安全倡议》", "I")],
        {("《全球数据安全倡议》", "proposedBy", "中国")},
    ),
    (
        "en-launched",
        "In 2013, China launched the Belt and Road Initiative (BRI).",
        [("China", "C"), ("Belt and Road Initiative", "I")],
        {("Belt and Road Initiative", "proposedBy", "China")},
    ),
    (
        "zh-announced-at",
        "在上合组织峰会上，习近平主席提出实施民生项目。",
        [("上合组织峰会", "E"), ("习近平", "H"), ("民生项目", "P")],
        {
            ("民生项目", "announcedAt", "上合组织峰会"),
            ("民生项目", "proposedBy", "习近平"),
            ("习近平", "participatedIn", "上合组织峰会"),
        },
    ),
    (
        "en-announced-at",
        "Negotiations on DEFA were launched on 3 September 2023 on the sidelines of the 23rd AECC meeting.",
        [("DEFA", "A"), ("23rd AECC meeting", "E")],
        {("DEFA", "announcedAt", "23rd AECC meeting")},
    ),
    # headOf / affiliatedWith
    (
        "zh-head",
        "应巴基斯坦总统侯赛因和总理谢里夫邀请，中国国家主席习近平对巴基斯坦进行国事访问。",
        [
            ("巴基斯坦", "C"),
            ("侯赛因", "H"),
            ("谢里夫", "H"),
            ("中国", "C"),
            ("习近平", "H"),
            ("国事访问", "E", None, "descriptor"),
        ],
        {
            ("侯赛因", "headOf", "巴基斯坦"),
            ("谢里夫", "headOf", "巴基斯坦"),
            ("习近平", "headOf", "中国"),
            ("习近平", "participatedIn", "国事访问"),
            ("国事访问", "locatedIn", "巴基斯坦"),
        },
    ),
    (
        "en-head",
        "Speaking at the ceremony, Pakistan's interim Prime Minister Nasir-ul-Mulk said the link matters.",
        [("Pakistan", "C"), ("Nasir-ul-Mulk", "H")],
        {("Nasir-ul-Mulk", "headOf", "Pakistan")},
    ),
    (
        "zh-affiliated",
        "中国驻巴基斯坦大使姚敬出席了仪式。",
        [("中国", "C"), ("巴基斯坦", "C"), ("姚敬", "H")],
        {("姚敬", "affiliatedWith", "中国")},
    ),
    (
        "en-affiliated",
        "Jean-Luc Vuillemin, Executive Vice President of International Networks at Orange, said so.",
        [("Jean-Luc Vuillemin", "H"), ("Orange", "O")],
        {("Jean-Luc Vuillemin", "affiliatedWith", "Orange")},
    ),
    (
        "zh-chairman",
        "中国移动董事长尚冰表示，将扩大投资。",
        [("中国移动", "O"), ("尚冰", "H")],
        {("尚冰", "headOf", "中国移动")},
    ),
    (
        "en-chair",
        "Thailand will chair the ASEAN DEFA Negotiating Committee (NC).",
        [("Thailand", "C"), ("ASEAN DEFA Negotiating Committee", "O")],
        {("Thailand", "headOf", "ASEAN DEFA Negotiating Committee")},
    ),
    (
        "en-secretary-general",
        "in the presence of the Secretary-General of ASEAN, Dr Kao Kim Hourn.",
        [("ASEAN", "O"), ("Kao Kim Hourn", "H")],
        {("Kao Kim Hourn", "headOf", "ASEAN")},
    ),
    (
        "zh-win-bid",
        "华为海洋中标该海缆项目。",
        [("华为海洋", "O"), ("海缆项目", "P")],
        {("海缆项目", "builtBy", "华为海洋")},
    ),
    (
        "en-agree-to-cooperate",
        "China and Pakistan agreed to deepen cooperation in the digital economy.",
        [("China", "C"), ("Pakistan", "C")],
        {("China", "cooperatesWith", "Pakistan")},
    ),
    (
        "en-name-possessive-affiliate",
        "Moin ul Haque, Pakistan's ambassador to China, said the cable matters.",
        [("Moin ul Haque", "H"), ("Pakistan", "C"), ("China", "C")],
        {("Moin ul Haque", "affiliatedWith", "Pakistan")},
    ),
    (
        "zh-list-starting-with-an-unknown-name",
        "中老铁路将连接万象和昆明。",
        [("中老铁路", "P"), ("昆明", "L")],
        {("中老铁路", "connects", "昆明")},
    ),
    (
        "zh-determiner-field-is-a-reference",
        "亚吉海缆在吉布提登陆。该海缆由中国联通与吉布提电信共同投资建设。",
        [("亚吉海缆", "P"), ("海缆", "T"), ("吉布提", "C"), ("中国联通", "O"), ("吉布提电信", "O")],
        {("亚吉海缆", "fundedBy", "中国联通"), ("亚吉海缆", "partner", "吉布提电信")},
    ),
    (
        "en-completed-installation",
        "Huawei Marine has completed the installation of the PEACE cable's Egyptian segment.",
        [("Huawei Marine", "O"), ("PEACE cable", "P")],
        {("PEACE cable", "builtBy", "Huawei Marine")},
    ),
    (
        "en-the-consortium",
        "The 2Africa cable is built by ASN. The consortium includes China Mobile International and Orange.",
        [("2Africa cable", "P"), ("ASN", "O"), ("China Mobile International", "O"), ("Orange", "O")],
        {("2Africa cable", "partner", "China Mobile International"), ("2Africa cable", "partner", "Orange")},
    ),
    (
        "en-connect-countries-in",
        "The 45,000-km 2Africa cable will connect 33 countries in Africa, Europe and Asia.",
        [("2Africa cable", "P"), ("Africa", "L"), ("Europe", "L"), ("Asia", "L")],
        {("2Africa cable", "connects", "Africa"), ("2Africa cable", "connects", "Asia")},
    ),
    # memberOf / partOf / about / locatedIn
    (
        "zh-member",
        "巴基斯坦和印度是上合组织成员国。",
        [("巴基斯坦", "C"), ("印度", "C"), ("上合组织", "O")],
        {("巴基斯坦", "memberOf", "上合组织"), ("印度", "memberOf", "上合组织")},
    ),
    (
        "en-member",
        "Pakistan and India became full members of the SCO in 2017.",
        [("Pakistan", "C"), ("India", "C"), ("SCO", "O")],
        {("Pakistan", "memberOf", "SCO"), ("India", "memberOf", "SCO")},
    ),
    (
        "zh-part-of",
        "双方同意将中巴经济走廊打造成丝绸之路经济带和21世纪海上丝绸之路倡议重大项目。",
        [("中巴经济走廊", "I"), ("丝绸之路经济带", "I"), ("21世纪海上丝绸之路", "I")],
        {("中巴经济走廊", "partOf", "丝绸之路经济带"), ("中巴经济走廊", "partOf", "21世纪海上丝绸之路")},
    ),
    (
        "en-part-of",
        "An increasingly discussed part of the BRI is the Digital Silk Road (DSR).",
        [("BRI", "I"), ("Digital Silk Road", "I")],
        {("Digital Silk Road", "partOf", "BRI")},
    ),
    (
        "en-subsidiary",
        "Orange will extend it. Its affiliate Orange Marine managed the shore-end landing.",
        [("Orange", "O"), ("Orange Marine", "O")],
        {("Orange Marine", "partOf", "Orange")},
    ),
    (
        "en-about",
        "The Digital Silk Road emphasizes extending cooperation into cloud computing, big data, and 5G.",
        [("Digital Silk Road", "I"), ("cloud computing", "T"), ("big data", "T"), ("5G", "T")],
        {
            ("Digital Silk Road", "about", "cloud computing"),
            ("Digital Silk Road", "about", "big data"),
            ("Digital Silk Road", "about", "5G"),
        },
    ),
    (
        "zh-located",
        "仪式在缅甸首都内比都和中国广西南宁两地同步进行。",
        [
            ("仪式", "E", None, "descriptor"),
            ("缅甸", "C"),
            ("内比都", "L"),
            ("中国", "C"),
            ("广西", "L"),
            ("南宁", "L"),
        ],
        {
            ("仪式", "locatedIn", "内比都"),
            ("仪式", "locatedIn", "南宁"),
            ("内比都", "locatedIn", "缅甸"),
            ("南宁", "locatedIn", "广西"),
            ("广西", "locatedIn", "中国"),
        },
    ),
    (
        "en-located",
        "China's Huawei opened a lab. Orange, the only French operator with the infrastructure, agreed.",
        [("China", "C"), ("Huawei", "O"), ("Orange", "O"), ("French", "C")],
        {("Huawei", "locatedIn", "China"), ("Orange", "locatedIn", "French")},
    ),
    # routes named around the work: its branches, segments, "from … to …", the places it reaches
    (
        "zh-connect-through-to",
        "中吉光缆经伊尔克什坦口岸连接两国。",
        [("中吉光缆", "P"), ("伊尔克什坦", "L")],
        {("中吉光缆", "connects", "伊尔克什坦")},
    ),
    (
        "en-connect-topic",
        "The Equiano cable is owned by Google. "
        "Its first branch, which connects Lome with Lagos in Nigeria, is ready.",
        [("Equiano", "P"), ("Google", "O"), ("Lome", "L"), ("Lagos", "L"), ("Nigeria", "C")],
        {
            ("Equiano", "connects", "Lome"),
            ("Equiano", "connects", "Lagos"),
            ("Lagos", "locatedIn", "Nigeria"),
        },
    ),
    (
        "en-reach",
        "The Medusa system reaches Portugal, Tunisia and south-west Egypt.",
        [("Medusa", "P"), ("Portugal", "C"), ("Tunisia", "C"), ("Egypt", "C")],
        {
            ("Medusa", "connects", "Portugal"),
            ("Medusa", "connects", "Tunisia"),
            ("Medusa", "connects", "Egypt"),
        },
    ),
    (
        "en-route-from-to",
        "The Africa-1 consortium said the Africa-1 cable provides connectivity from Kenya to France.",
        [("Africa-1 consortium", "O"), ("Africa-1 cable", "P"), ("Kenya", "C"), ("France", "C")],
        {("Africa-1 cable", "connects", "Kenya"), ("Africa-1 cable", "connects", "France")},
    ),
    (
        "zh-co-chair",
        "第九届部长级会议6日举行。国务委员兼外长王毅与约旦外交大臣萨法迪共同主持会议。",
        [("第九届部长级会议", "E"), ("王毅", "H"), ("约旦", "C"), ("萨法迪", "H")],
        {("王毅", "participatedIn", "第九届部长级会议"), ("萨法迪", "participatedIn", "第九届部长级会议")},
    ),
    (
        "en-co-chair",
        "The ninth ministerial meeting was held on Monday. Wang Yi and Jordanian Foreign Minister Ayman "
        "Safadi co-chaired the ninth ministerial meeting.",
        [
            ("ninth ministerial meeting", "E"),
            ("Wang Yi", "H"),
            ("Ayman Safadi", "H"),
            ("ninth ministerial meeting", "E"),
        ],
        {
            ("Wang Yi", "headOf", "ninth ministerial meeting"),
            ("Ayman Safadi", "headOf", "ninth ministerial meeting"),
        },
    ),
    (
        "en-field-kind-named",
        "China launched the remote sensing satellite Gaofen-6 on Tuesday.",
        [("China", "C"), ("remote sensing", "T"), ("Gaofen-6", "P")],
        {("Gaofen-6", "about", "remote sensing")},
    ),
    (
        "zh-field-kind-named",
        "中国发射了遥感卫星高分六号。",
        [("中国", "C"), ("遥感", "T"), ("高分六号", "P")],
        {("高分六号", "about", "遥感")},
    ),
    (
        "en-starts-in",
        "The Umoja cable starts in Kenya and passes through Uganda.",
        [("Umoja cable", "P"), ("Kenya", "C"), ("Uganda", "C")],
        {("Umoja cable", "connects", "Kenya"), ("Umoja cable", "connects", "Uganda")},
    ),
    (
        "zh-connect-start-at",
        "乌莫贾光缆以肯尼亚为起点，途经乌干达。",
        [("乌莫贾光缆", "P"), ("肯尼亚", "C"), ("乌干达", "C")],
        {("乌莫贾光缆", "connects", "肯尼亚"), ("乌莫贾光缆", "connects", "乌干达")},
    ),
    (
        "en-landings-at",
        "The DARE1 cable is complete. The landings at Mombasa and Djibouti City were finished early.",
        [("DARE1", "P"), ("Mombasa", "L"), ("Djibouti City", "L")],
        {("DARE1", "landsAt", "Mombasa"), ("DARE1", "landsAt", "Djibouti City")},
    ),
    (
        "en-landings-at",
        "The IEX cable will head west from Mumbai, with connecting points at Salalah and Jeddah.",
        [("IEX", "P"), ("Mumbai", "L"), ("Salalah", "L"), ("Jeddah", "L")],
        {("IEX", "landsAt", "Salalah"), ("IEX", "landsAt", "Jeddah")},
    ),
    (
        "zh-land-at",
        "IEX海缆将从孟买向西延伸，在塞拉莱和吉达登陆。",
        [("IEX海缆", "P"), ("孟买", "L"), ("塞拉莱", "L"), ("吉达", "L")],
        {("IEX海缆", "landsAt", "塞拉莱"), ("IEX海缆", "landsAt", "吉达")},
    ),
    (
        "en-landing-of-work",
        "Ooredoo Oman has signed an agreement for the landing of the 2Africa Cable System in Barka and "
        "Salalah.",
        [("Ooredoo Oman", "O"), ("2Africa Cable System", "P"), ("Barka", "L"), ("Salalah", "L")],
        {("2Africa Cable System", "landsAt", "Barka"), ("2Africa Cable System", "landsAt", "Salalah")},
    ),
    (
        "zh-land-at",
        "阿曼Ooredoo签署协议，2Africa海缆将在巴尔卡登陆。",
        [("阿曼", "C"), ("Ooredoo", "O"), ("2Africa海缆", "P"), ("巴尔卡", "L")],
        {("2Africa海缆", "landsAt", "巴尔卡")},
    ),
    (
        "en-country-on-a-landing-list",
        "The Medusa cable lands in Portugal, Tunisia and Marseille.",
        [("Medusa", "P"), ("Portugal", "C"), ("Tunisia", "C"), ("Marseille", "L")],
        {
            ("Medusa", "connects", "Portugal"),
            ("Medusa", "connects", "Tunisia"),
            ("Medusa", "landsAt", "Marseille"),
        },
    ),
    # ownership, builders, partners
    (
        "en-owns",
        "Meta, a US technology company, owns the Anjana cable.",
        [("Meta", "O"), ("Anjana", "P")],
        {("Anjana", "operatedBy", "Meta")},
    ),
    (
        "en-owned-by",
        "The Amitie cable is owned by Meta and Orange.",
        [("Amitie", "P"), ("Meta", "O"), ("Orange", "O")],
        {("Amitie", "operatedBy", "Meta"), ("Amitie", "operatedBy", "Orange")},
    ),
    (
        "en-selected-to-build",
        "Last year Alcatel Submarine Networks was selected to build the Medusa cable.",
        [("Alcatel Submarine Networks", "O"), ("Medusa", "P")],
        {("Medusa", "builtBy", "Alcatel Submarine Networks")},
    ),
    (
        "en-won-contract",
        "NEC won a contract to build the SJC2 cable.",
        [("NEC", "O"), ("SJC2", "P")],
        {("SJC2", "builtBy", "NEC")},
    ),
    (
        "en-supply-contract",
        "ASN's supply contract for the Medusa cable took effect.",
        [("ASN", "O"), ("Medusa", "P")],
        {("Medusa", "builtBy", "ASN")},
    ),
    (
        "zh-built-and-operated-jointly",
        "中老光缆开通。该光缆由老挝电信与中国联通共同建设运营。",
        [("中老光缆", "P"), ("老挝电信", "O"), ("中国联通", "O")],
        {
            ("中老光缆", "builtBy", "老挝电信"),
            ("中老光缆", "builtBy", "中国联通"),
            ("中老光缆", "operatedBy", "老挝电信"),
            ("中老光缆", "operatedBy", "中国联通"),
        },
    ),
    (
        "en-comprising-members",
        "The SJC2 cable was announced. "
        "The SJC2 consortium, comprising KDDI, Singtel and Chunghwa Telecom, met in Tokyo.",
        [
            ("SJC2 cable", "P"),
            ("SJC2 consortium", "O"),
            ("KDDI", "O"),
            ("Singtel", "O"),
            ("Chunghwa Telecom", "O"),
        ],
        {
            ("KDDI", "memberOf", "SJC2 consortium"),
            ("Chunghwa Telecom", "memberOf", "SJC2 consortium"),
            ("SJC2 cable", "partner", "Singtel"),
        },
    ),
    (
        "en-is-partner",
        "The DARE1 cable landed in Mombasa. Safaricom is its local landing partner.",
        [("DARE1", "P"), ("Mombasa", "L"), ("Safaricom", "O")],
        {("DARE1", "partner", "Safaricom")},
    ),
    (
        "en-is-partner-of",
        "Telkom Kenya is a key partner of the DARE1 project.",
        [("Telkom Kenya", "O"), ("DARE1", "P")],
        {("DARE1", "partner", "Telkom Kenya")},
    ),
    (
        "en-partnered-to",
        "Telecom Italia has partnered with Equinix to land the BlueMed cable.",
        [("Telecom Italia", "O"), ("Equinix", "O"), ("BlueMed", "P")],
        {("BlueMed", "partner", "Equinix"), ("BlueMed", "partner", "Telecom Italia")},
    ),
    (
        "en-involved-with-investment",
        "Ooredoo, a Qatari operator, remains involved in the FALCON project with a small investment.",
        [("Ooredoo", "O"), ("FALCON", "P")],
        {("FALCON", "partner", "Ooredoo"), ("FALCON", "fundedBy", "Ooredoo")},
    ),
    (
        "zh-cooperate-for-project",
        "中方愿同阿盟密切合作，推动中阿网上丝绸之路建设。",
        [("中方", "C"), ("阿盟", "O"), ("中阿网上丝绸之路", "I")],
        {
            ("中阿网上丝绸之路", "partner", "中方"),
            ("中阿网上丝绸之路", "partner", "阿盟"),
            ("中方", "cooperatesWith", "阿盟"),
        },
    ),
    # proposals and launches
    (
        "en-subject-announced",
        "Google, which runs several systems, announced the Umoja cable in May.",
        [("Google", "O"), ("Umoja", "P")],
        {("Umoja", "proposedBy", "Google")},
    ),
    (
        "zh-proposal-about",
        "这是落实习近平主席关于“数字丝绸之路”的倡议的举措。",
        [("习近平", "H"), ("数字丝绸之路", "I")],
        {("数字丝绸之路", "proposedBy", "习近平")},
    ),
    (
        "zh-announced-at-a-held-event",
        "该倡议于2017年12月在乌镇举行的第四届世界互联网大会上首次提出。",
        [("该倡议", "I"), ("乌镇", "L"), ("第四届世界互联网大会", "E")],
        {("该倡议", "announcedAt", "第四届世界互联网大会")},
    ),
    (
        "zh-unveil-for",
        "中老数字经济论坛开幕。双方代表共同为中老数字经济合作中心揭牌。",
        [("中老数字经济论坛", "E"), ("中老数字经济合作中心", "P")],
        {("中老数字经济合作中心", "announcedAt", "中老数字经济论坛")},
    ),
    # places
    (
        "zh-located-de",
        "位于万象的老挝国家数据中心已投入使用。",
        [("万象", "L"), ("老挝国家数据中心", "P")],
        {("老挝国家数据中心", "locatedIn", "万象")},
    ),
    (
        "zh-event-opened-in",
        "中国—阿拉伯国家博览会19日在宁夏银川开幕。",
        [("中国—阿拉伯国家博览会", "E"), ("宁夏", "L"), ("银川", "L")],
        {("中国—阿拉伯国家博览会", "locatedIn", "银川")},
    ),
    (
        "zh-event-held-at-a-headquarters",
        "签约仪式在位于吉隆坡的马来西亚电信总部举行。",
        [("签约仪式", "E"), ("吉隆坡", "L"), ("马来西亚电信", "O")],
        {("签约仪式", "locatedIn", "吉隆坡"), ("马来西亚电信", "locatedIn", "吉隆坡")},
    ),
    (
        "en-possessive-apposition",
        "India's largest carriers, Reliance Jio and Bharti Airtel, joined the project.",
        [("India", "C"), ("Reliance Jio", "O"), ("Bharti Airtel", "O")],
        {("Reliance Jio", "locatedIn", "India"), ("Bharti Airtel", "locatedIn", "India")},
    ),
    (
        "en-apposition-in",
        "The cable ends at MRS4, a new carrier-neutral data centre in Marseille.",
        [("MRS4", "P"), ("Marseille", "L")],
        {("MRS4", "locatedIn", "Marseille")},
    ),
    (
        "en-in-country-places",
        "It has three stations in Oman, Muscat and Salalah, and one in Djibouti.",
        [("Oman", "C"), ("Muscat", "L"), ("Salalah", "L"), ("Djibouti", "C")],
        {("Muscat", "locatedIn", "Oman"), ("Salalah", "locatedIn", "Oman")},
    ),
    # people: titles, delegations, speakers
    (
        "en-rank-before-a-name",
        "NTA Chairman Lt Gen (retd) Kamal Shah opened the hall.",
        [("NTA", "O"), ("Kamal Shah", "H")],
        {("Kamal Shah", "headOf", "NTA")},
    ),
    (
        "zh-deputy-is-affiliated",
        "工业和信息化部副部长张峰出席。",
        [("工业和信息化部", "O"), ("张峰", "H")],
        {("张峰", "affiliatedWith", "工业和信息化部")},
    ),
    (
        "zh-title-after-a-clause",
        "泰国负责数字经济事务的国务秘书颂猜表示支持。",
        [("泰国", "C"), ("颂猜", "H")],
        {("颂猜", "affiliatedWith", "泰国")},
    ),
    (
        "zh-represent",
        "部长苏万代表老挝政府致辞。",
        [("苏万", "H"), ("老挝", "C")],
        {("苏万", "affiliatedWith", "老挝")},
    ),
    (
        "en-held-meeting",
        "The ministry held a review meeting with Director Aisha Khan.",
        [("ministry", "O"), ("review meeting", "E"), ("Aisha Khan", "H")],
        {
            ("ministry", "participatedIn", "review meeting"),
            ("Aisha Khan", "participatedIn", "review meeting"),
        },
    ),
    (
        "en-delegation",
        "A launch meeting took place. The delegation included Chief Technology Officer Li Wei and Sales "
        "Director Omar Said, who joined online.",
        [("launch meeting", "E"), ("Li Wei", "H"), ("Omar Said", "H")],
        {("Li Wei", "participatedIn", "launch meeting"), ("Omar Said", "participatedIn", "launch meeting")},
    ),
    (
        "zh-speakers-with-titles",
        "数字经济论坛开幕。柬埔寨邮电部部长川·索潘、老挝技术部副部长宋蓬分别作主题演讲。",
        [("数字经济论坛", "E"), ("柬埔寨邮电部", "O"), ("川·索潘", "H"), ("老挝技术部", "O"), ("宋蓬", "H")],
        {("川·索潘", "participatedIn", "数字经济论坛"), ("宋蓬", "participatedIn", "数字经济论坛")},
    ),
    (
        "zh-attend-and-speak",
        "东盟博览会开幕。自治区主席蓝天立出席并致辞。",
        [("东盟博览会", "E"), ("蓝天立", "H")],
        {("蓝天立", "participatedIn", "东盟博览会")},
    ),
    (
        "zh-speaker-at-the-ceremony",
        "中老光缆启动仪式举行。大使王晓龙在仪式上说，光缆意义重大。",
        [("中老光缆启动仪式", "E"), ("王晓龙", "H")],
        {("王晓龙", "participatedIn", "中老光缆启动仪式")},
    ),
    # wholes and parts
    (
        "en-described-as-part",
        "Hengtong, a shareholder of the operator, owns the PEACE system, which was built by HMN and is often "
        "described as part of the Digital Silk Road.",
        [("Hengtong", "O"), ("PEACE", "P"), ("HMN", "O"), ("Digital Silk Road", "I")],
        {("PEACE", "partOf", "Digital Silk Road"), ("PEACE", "builtBy", "HMN")},
    ),
    (
        "en-extension-called",
        "In 2021 the Equiano cable added a branch called Equiano South.",
        [("Equiano cable", "P"), ("Equiano South", "P")],
        {("Equiano South", "partOf", "Equiano cable")},
    ),
    (
        "en-owned-by-parent",
        "Globalink, once owned by Telstra and now controlled by Vocus Group, bid for the work.",
        [("Globalink", "O"), ("Telstra", "O"), ("Vocus Group", "O")],
        {("Globalink", "partOf", "Vocus Group")},
    ),
    (
        "zh-as-sub-project",
        "作为数字丝路子项目之一，中老光缆二期工程已于去年开工。",
        [("数字丝路", "I"), ("中老光缆二期工程", "P")],
        {("中老光缆二期工程", "partOf", "数字丝路")},
    ),
    (
        "zh-first-of-apposition",
        "中国—东盟信息港首个海外节点——曼谷数据中心正式启用。",
        [("中国—东盟信息港", "P"), ("曼谷数据中心", "P")],
        {("曼谷数据中心", "partOf", "中国—东盟信息港")},
    ),
    (
        "zh-part-of-a-milestone",
        "中老铁路是两国在“一带一路”框架下合作的重要里程碑。",
        [("中老铁路", "P"), ("一带一路", "I")],
        {("中老铁路", "partOf", "一带一路")},
    ),
    (
        "zh-part-of-after-a-clause",
        "澜湄合作机制由澜湄六国共同发起，是“一带一路”共商共建共享的重要平台。",
        [("澜湄合作机制", "I"), ("一带一路", "I")],
        {("澜湄合作机制", "partOf", "一带一路")},
    ),
    (
        "zh-part-of-a-measure-under-a-plan",
        "“丝路电商”是商务部按照共建“一带一路”总体部署推出的深化经贸合作重要举措。",
        [("丝路电商", "I"), ("商务部", "O"), ("一带一路", "I")],
        {("丝路电商", "partOf", "一带一路")},
    ),
    (
        "en-part-of-is-a-key-part",
        "A key part of the Belt and Road Initiative is the China-Laos Railway.",
        [("Belt and Road Initiative", "I"), ("China-Laos Railway", "P")],
        {("China-Laos Railway", "partOf", "Belt and Road Initiative")},
    ),
    (
        "en-parties-sign-unnamed",
        "Ethio Telecom (ET) and Safaricom signed a landing agreement on Monday.",
        [("Ethio Telecom", "O"), ("ET", "O"), ("Safaricom", "O")],
        {("Ethio Telecom", "signedWith", "Safaricom")},
    ),
    (
        "en-nearest-subject-of-a-passive",
        "Telenor joined the Digital Alliance, a group backed by the World Bank.",
        [("Telenor", "O"), ("Digital Alliance", "O"), ("World Bank", "O")],
        {("Digital Alliance", "fundedBy", "World Bank")},
    ),
    (
        "en-subject-across-an-apposition",
        "Liquid, a unit of Cassava Technologies, owns the Kivu cable.",
        [("Liquid", "O"), ("Cassava Technologies", "O"), ("Kivu cable", "P")],
        {("Kivu cable", "operatedBy", "Liquid")},
    ),
    (
        "zh-determiner-with-modifiers",
        "老挝国家数据中心开工。该数据中心由中国电建承建。",
        [("老挝国家数据中心", "P"), ("中国电建", "O")],
        {("老挝国家数据中心", "builtBy", "中国电建")},
    ),
    (
        "zh-short-form-of-a-name",
        "老挝国家数据中心开工。大使表示，数据中心是中老经济走廊的重要组成部分。",
        [("老挝国家数据中心", "P"), ("中老经济走廊", "I")],
        {("老挝国家数据中心", "partOf", "中老经济走廊")},
    ),
    (
        "en-facility-reference",
        "The Lagos Data Hub opened. The facility was built by Huawei.",
        [("Lagos Data Hub", "P"), ("Huawei", "O")],
        {("Lagos Data Hub", "builtBy", "Huawei")},
    ),
    (
        "en-they-are-the-parties-named-before",
        "Singtel, Telkom Indonesia and Ooredoo said they would build the Bifrost cable.",
        [("Singtel", "O"), ("Telkom Indonesia", "O"), ("Ooredoo", "O"), ("Bifrost", "P")],
        {("Bifrost", "builtBy", "Singtel"), ("Bifrost", "builtBy", "Ooredoo")},
    ),
    (
        "en-led-by",
        "The Bifrost project is led by Facebook and Keppel.",
        [("Bifrost", "P"), ("Facebook", "O"), ("Keppel", "O")],
        {("Bifrost", "partner", "Facebook"), ("Bifrost", "partner", "Keppel")},
    ),
    (
        "en-will-supply",
        "The Bifrost cable was announced. Alcatel Submarine Networks will supply the cable.",
        [("Bifrost", "P"), ("Alcatel Submarine Networks", "O")],
        {("Bifrost", "builtBy", "Alcatel Submarine Networks")},
    ),
    (
        "zh-jointly-advance",
        "中国与东盟同意共同推进中国—东盟信息高速公路建设。",
        [("中国", "C"), ("东盟", "O"), ("中国—东盟信息高速公路", "P")],
        {
            ("中国—东盟信息高速公路", "partner", "中国"),
            ("中国—东盟信息高速公路", "partner", "东盟"),
            ("东盟", "cooperatesWith", "中国"),
        },
    ),
    (
        "zh-hosted-by",
        "启动仪式由国家互联网信息办公室主办。",
        [("启动仪式", "E"), ("国家互联网信息办公室", "O")],
        {("国家互联网信息办公室", "participatedIn", "启动仪式")},
    ),
    (
        "en-possessive-government-is-part",
        "China's Ministry of Commerce and Vietnam's Viettel met.",
        [("China", "C"), ("Ministry of Commerce", "O"), ("Vietnam", "C"), ("Viettel", "O")],
        {("Ministry of Commerce", "partOf", "China"), ("Viettel", "locatedIn", "Vietnam")},
    ),
    (
        "en-national-name",
        "Huawei and Cambodian operator Smart Axiata will build it.",
        [("Huawei", "O"), ("Cambodian", "C"), ("Smart Axiata", "O")],
        {("Smart Axiata", "locatedIn", "Cambodian")},
    ),
    (
        "en-joint-venture",
        "The Mekong Data Hub, a joint venture between Huawei and Smart Axiata, will be financed by the AIIB.",
        [("Mekong Data Hub", "P"), ("Huawei", "O"), ("Smart Axiata", "O"), ("AIIB", "O")],
        {("Mekong Data Hub", "partner", "Huawei"), ("Mekong Data Hub", "partner", "Smart Axiata")},
    ),
    (
        "en-the-corridor-is-a-project-too",
        "The Mekong Digital Corridor was announced. The corridor will be built by ZTE.",
        [("Mekong Digital Corridor", "P"), ("ZTE", "O")],
        {("Mekong Digital Corridor", "builtBy", "ZTE")},
    ),
    (
        "zh-signed-at-a-capital-after-the-countrys-short-form",
        "中国与安哥拉11日在安首都罗安达签署优惠贷款框架协议。",
        [("中国", "C"), ("安哥拉", "C"), ("罗安达", "L"), ("优惠贷款框架协议", "A")],
        {("优惠贷款框架协议", "signedWith", "中国"), ("优惠贷款框架协议", "signedWith", "安哥拉")},
    ),
    (
        "en-signed-at-a-capital",
        "China and Angola signed a framework loan agreement in the Angolan capital Luanda on Wednesday.",
        [("China", "C"), ("Angola", "C"), ("Luanda", "L"), ("framework loan agreement", "A")],
        {
            ("framework loan agreement", "signedWith", "China"),
            ("framework loan agreement", "signedWith", "Angola"),
        },
    ),
    (
        "zh-signed-a-paper-about-a-place",
        "中国人民银行与英格兰银行签署了在伦敦建立人民币清算安排的合作备忘录。",
        [("中国人民银行", "O"), ("英格兰银行", "O"), ("伦敦", "L"), ("合作备忘录", "A")],
        {("合作备忘录", "signedWith", "中国人民银行"), ("合作备忘录", "signedWith", "英格兰银行")},
    ),
    (
        "en-signed-a-paper-about-a-place",
        "The People's Bank of China and the Bank of England signed a memorandum of understanding on "
        "renminbi clearing in London.",
        [
            ("People's Bank of China", "O"),
            ("Bank of England", "O"),
            ("London", "L"),
            ("memorandum of understanding", "A"),
        ],
        {
            ("memorandum of understanding", "signedWith", "People's Bank of China"),
            ("memorandum of understanding", "signedWith", "Bank of England"),
        },
    ),
    (
        "en-city-name",
        "Abu Dhabi technology group G42 and Abu Dhabi investment firm MGX joined.",
        [("Abu Dhabi", "L"), ("G42", "O"), ("MGX", "O")],
        {("G42", "locatedIn", "Abu Dhabi"), ("MGX", "locatedIn", "Abu Dhabi")},
    ),
    (
        "zh-city-name",
        "阿布扎比科技集团G42和阿布扎比投资公司MGX加入。",
        [("阿布扎比", "L"), ("G42", "O"), ("MGX", "O")],
        {("G42", "locatedIn", "阿布扎比"), ("MGX", "locatedIn", "阿布扎比")},
    ),
    (
        "zh-finances-for",
        "中方将为安哥拉国家宽带网络项目提供融资支持。",
        [("中方", "C", "country/cn", "lexicon"), ("安哥拉国家宽带网络项目", "P")],
        {("安哥拉国家宽带网络项目", "fundedBy", "中方")},
    ),
    (
        "en-will-provide-financing-for",
        "China will provide financing for the Angola National Broadband Project.",
        [("China", "C"), ("Angola National Broadband Project", "P")],
        {("Angola National Broadband Project", "fundedBy", "China")},
    ),
    (
        "zh-provides-financing-for-the-topic",
        "安哥拉国家宽带网络项目启动。中国进出口银行将提供约2.49亿美元融资。",
        [("安哥拉国家宽带网络项目", "P"), ("中国进出口银行", "O")],
        {("安哥拉国家宽带网络项目", "fundedBy", "中国进出口银行")},
    ),
    (
        "en-provides-financing-for-the-topic",
        "The Angola National Broadband Project was launched. The Export-Import Bank of China will provide "
        "about 249 million dollars in financing.",
        [("Angola National Broadband Project", "P"), ("Export-Import Bank of China", "O")],
        {("Angola National Broadband Project", "fundedBy", "Export-Import Bank of China")},
    ),
    (
        "zh-head-is",
        "Humain的首席执行官为塔里克·阿明。",
        [("Humain", "O"), ("塔里克·阿明", "H")],
        {("塔里克·阿明", "headOf", "Humain")},
    ),
    (
        "en-head-is",
        "Humain, whose chief executive is Tareq Amin, was founded in May.",
        [("Humain", "O"), ("Tareq Amin", "H")],
        {("Tareq Amin", "headOf", "Humain")},
    ),
    (
        "zh-head-is-of-the-subject",
        "Humain由沙特公共投资基金全资拥有，首席执行官为塔里克·阿明。",
        [("Humain", "O"), ("沙特公共投资基金", "O"), ("塔里克·阿明", "H")],
        {("塔里克·阿明", "headOf", "Humain")},
    ),
    (
        "en-its-head-is",
        "Humain is wholly owned by the PIF, and its chief executive is Tareq Amin.",
        [("Humain", "O"), ("PIF", "O"), ("Tareq Amin", "H")],
        {("Tareq Amin", "headOf", "Humain")},
    ),
    (
        "zh-at-the-meeting-opening-a-clause",
        "数字经济论坛开幕。会上，中国与老挝签署了《数字经济合作谅解备忘录》。",
        [("数字经济论坛", "E"), ("中国", "C"), ("老挝", "C"), ("数字经济合作谅解备忘录", "A")],
        {("数字经济合作谅解备忘录", "announcedAt", "数字经济论坛")},
    ),
]


@pytest.mark.parametrize(("text", "specs", "expected"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_find_relations_pattern_families(
    text: str, specs: list[Spec], expected: set[tuple[str, str, str]]
) -> None:
    assert relations_of(text, specs) >= expected


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        pytest.param(
            "中缅光缆于2014年贯通。项目于2011年发起，线路从中国云南瑞丽出发，途经缅甸木姐、曼德拉和仰光，终点为印度洋沿岸城市威双。",
            [
                ("中缅光缆", "P"),
                ("中国", "C"),
                ("云南", "L"),
                ("瑞丽", "L"),
                ("缅甸", "C"),
                ("木姐", "L"),
                ("曼德拉", "L"),
                ("仰光", "L"),
                ("印度洋", "L"),
                ("威双", "L"),
            ],
            {
                ("中缅光缆", "connects", "瑞丽"),
                ("中缅光缆", "connects", "木姐"),
                ("中缅光缆", "connects", "曼德拉"),
                ("中缅光缆", "connects", "仰光"),
                ("中缅光缆", "connects", "威双"),
                ("瑞丽", "locatedIn", "云南"),
                ("云南", "locatedIn", "中国"),
                ("木姐", "locatedIn", "缅甸"),
                ("仰光", "locatedIn", "缅甸"),
                ("威双", "locatedIn", "印度洋"),
            },
            id="zh-project-reference-and-route",
        ),
        pytest.param(
            "The PKFOP cable was inaugurated. "
            "The 820-km underground cable runs from Rawalpindi to Khunjerab.",
            [("PKFOP", "P"), ("Rawalpindi", "L"), ("Khunjerab", "L")],
            {("PKFOP", "connects", "Rawalpindi"), ("PKFOP", "connects", "Khunjerab")},
            id="en-project-reference-and-route",
        ),
    ],
)
def test_find_relations_resolves_references_to_earlier_mentions(
    text: str, specs: list[Spec], expected: set[tuple[str, str, str]]
) -> None:
    doc, mentions = build(text, specs)
    found, _ = find_relations(doc, mentions)
    assert {(r.subject.text, r.predicate.value, r.object.text) for r in found} >= expected
    # a reference is never a new mention: every end is one of the mentions given
    assert all(r.subject in mentions and r.object in mentions for r in found)


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        pytest.param(
            "推进中巴跨境光缆的对接。",
            [
                ("中巴跨境光缆", "P"),
                ("中", "C", "country/cn", "compound"),
                ("巴", "C", "country/pk", "compound"),
            ],
            {("中巴跨境光缆", "connects", "中"), ("中巴跨境光缆", "connects", "巴")},
            id="zh-compound-countries",
        ),
        pytest.param(
            "推进卡拉奇至拉合尔高速公路建设。",
            [("卡拉奇至拉合尔高速公路", "P")],
            {
                ("卡拉奇至拉合尔高速公路", "connects", "卡拉奇"),
                ("卡拉奇至拉合尔高速公路", "connects", "拉合尔"),
            },
            id="zh-range-in-name",
        ),
        pytest.param(
            "目前，中科曙光乌鲁木齐云计算中心建成投入运行。",
            [("中科曙光乌鲁木齐云计算中心", "P")],
            {
                ("中科曙光乌鲁木齐云计算中心", "operatedBy", "中科曙光"),
                ("中科曙光乌鲁木齐云计算中心", "locatedIn", "乌鲁木齐"),
            },
            id="zh-operator-and-place-in-name",
        ),
        pytest.param(
            "中科曙光肯尼亚云计算工厂投产。",
            [("中科曙光肯尼亚云计算工厂", "P")],
            {
                ("中科曙光肯尼亚云计算工厂", "operatedBy", "中科曙光"),
                ("中科曙光肯尼亚云计算工厂", "locatedIn", "肯尼亚"),
            },
            id="zh-a-company-then-a-country-is-owner-and-site-not-two-partners",
        ),
        pytest.param(
            "The Sugon Kenya Cloud Computing Centre opened.",
            [("Sugon Kenya Cloud Computing Centre", "P")],
            {
                ("Sugon Kenya Cloud Computing Centre", "operatedBy", "Sugon"),
                ("Sugon Kenya Cloud Computing Centre", "locatedIn", "Kenya"),
            },
            id="en-a-company-then-a-country-is-owner-and-site-not-two-partners",
        ),
        pytest.param(
            "The endorsement of the Framework for Negotiating DEFA was a success. DEFA matters.",
            [("Framework for Negotiating DEFA", "A"), ("DEFA", "A")],
            {("Framework for Negotiating DEFA", "about", "DEFA")},
            id="en-agreement-named-in-agreement",
        ),
        pytest.param(
            "肯尼亚外交部官员出席。",
            [("肯尼亚外交部", "O")],
            {("肯尼亚外交部", "partOf", "肯尼亚")},
            id="zh-country-opens-its-ministry",
        ),
        pytest.param(
            "Officials of the Ministry of Foreign Affairs of Kenya attended.",
            [("Ministry of Foreign Affairs of Kenya", "O")],
            {("Ministry of Foreign Affairs of Kenya", "partOf", "Kenya")},
            id="en-ministry-of-its-country",
        ),
        pytest.param(
            "阿塞拜疆数字发展和交通部派代表出席。",
            [("阿塞拜疆数字发展和交通部", "O")],
            {("阿塞拜疆数字发展和交通部", "partOf", "阿塞拜疆")},
            id="zh-country-opens-a-ministry-of-two-fields",
        ),
        pytest.param(
            "It brought together Azerbaijan's Ministry of Digital Development and Transport and Ministry"
            " of Science and Education.",
            [
                ("Azerbaijan", "C"),
                ("Ministry of Digital Development and Transport", "O"),
                ("Ministry of Science and Education", "O"),
            ],
            {
                ("Ministry of Digital Development and Transport", "partOf", "Azerbaijan"),
                ("Ministry of Science and Education", "partOf", "Azerbaijan"),
            },
            id="en-possessive-over-a-list-of-ministries",
        ),
    ],
)
def test_find_relations_decomposes_names(
    text: str, specs: list[Spec], expected: set[tuple[str, str, str]]
) -> None:
    assert relations_of(text, specs, lexicon=NAMES) >= expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("中科曙光肯尼亚云计算工厂投产。", "中科曙光肯尼亚云计算工厂"),
        ("The Sugon Kenya Cloud Computing Centre opened.", "Sugon Kenya Cloud Computing Centre"),
    ],
)
def test_find_relations_an_owners_site_has_no_partners(text: str, name: str) -> None:
    found = relations_of(text, [(name, "P")], lexicon=NAMES)
    assert not {r for r in found if r[1] == "partner"}, found


def _entry(entry_id: str, cls: EntityClass, zh: str, en: str) -> LexiconEntry:
    return LexiconEntry(entry_id, cls, (("en", en), ("zh", zh)))


# A few entries through the lexicon's own API: the names inside longer names come from it.
NAMES = Lexicon(
    [
        _entry("place/karachi", EntityClass.PLACE, "卡拉奇", "Karachi"),
        _entry("place/lahore", EntityClass.PLACE, "拉合尔", "Lahore"),
        _entry("place/urumqi", EntityClass.PLACE, "乌鲁木齐", "Urumqi"),
        _entry("org/sugon", EntityClass.ORGANIZATION, "中科曙光", "Sugon"),
        _entry("tech/cloud", EntityClass.TECHNOLOGY, "云计算", "cloud computing"),
        _entry("place/asia", EntityClass.PLACE, "亚洲", "Asia"),
        _entry("country/ke", EntityClass.COUNTRY, "肯尼亚", "Kenya"),
        _entry("country/az", EntityClass.COUNTRY, "阿塞拜疆", "Azerbaijan"),
    ]
)


def _town(entry_id: str, zh: str, en: str, population: int) -> LexiconEntry:
    return LexiconEntry(
        entry_id, EntityClass.PLACE, (("en", en), ("zh", zh)), origin="geonames", population=population
    )


# Gazetteer towns whose names are everyday English words too (Mobile, Summit), and real ones.
TOWNS = Lexicon(
    [
        _town("place/mobile", "莫比尔", "Mobile", 183_289),
        _town("place/summit", "萨米特", "Summit", 22_074),
        _town("place/gwadar", "瓜达尔", "Gwadar", 90_762),
        _town("place/karachi", "卡拉奇", "Karachi", 11_624_219),
        _town("place/kashgar", "喀什", "Kashgar", 506_640),
        _town("place/luban", "卢班", "Luban", 22_245),
        _town("place/putrajaya", "布城", "Putrajaya", 50_000),
        _town("place/taifa", "泰法", "Taifa", 20_000),
        _entry("country/kh", EntityClass.COUNTRY, "柬埔寨", "Cambodia"),
        _entry("org/huawei_cloud", EntityClass.ORGANIZATION, "华为云", "Huawei Cloud"),
        _entry("org/brics", EntityClass.ORGANIZATION, "金砖国家", "BRICS"),
    ]
)


@pytest.mark.parametrize(
    ("text", "name", "letter", "town", "read"),
    [
        ("喀什国际卫星地面站投入使用。", "喀什国际卫星地面站", "P", "喀什", True),
        (
            "The Kashgar International Satellite Station opened.",
            "Kashgar International Satellite Station",
            "P",
            "Kashgar",
            True,
        ),
        ("瓜达尔港项目开工。", "瓜达尔港项目", "P", "瓜达尔", True),
        ("Work began on the Gwadar Port project.", "Gwadar Port project", "P", "Gwadar", True),
        ("Work began on the Gwadar-Turbat road.", "Gwadar-Turbat road", "P", "Gwadar", True),
        ("Work began on the Karachi Safe City project.", "Karachi Safe City project", "P", "Karachi", True),
        ("华为云卡拉奇区域开服。", "华为云卡拉奇区域", "P", "卡拉奇", True),
        ("Huawei Cloud Karachi Region opened.", "Huawei Cloud Karachi Region", "P", "Karachi", True),
        ("Huawei showed phones at the Mobile World Congress.", "Mobile World Congress", "E", "Mobile", False),
        ("He spoke at the Summit Digital Forum.", "Summit Digital Forum", "E", "Summit", False),
        ("The deal was agreed at the 14th BRICS Summit.", "14th BRICS Summit", "E", "Summit", False),
        ("卢班工坊在吉布提揭牌。", "卢班工坊", "P", "卢班", False),
        ("China launches Luban Workshop in Kenya.", "Luban Workshop", "P", "Luban", False),
        ("柬埔寨卢班工坊揭牌。", "柬埔寨卢班工坊", "P", "卢班", False),
        ("He teaches at the Cambodia Luban Workshop.", "Cambodia Luban Workshop", "P", "Luban", False),
        ("布城国际会议中心启用。", "布城国际会议中心", "P", "布城", True),
        (
            "The summit met at the Putrajaya International Convention Centre.",
            "Putrajaya International Convention Centre",
            "P",
            "Putrajaya",
            True,
        ),
        # a spacecraft named after a town is not there
        ("肯尼亚的Taifa-1卫星升空。", "Taifa-1", "P", "Taifa", False),
        ("Kenya's Taifa-1 satellite reached orbit.", "Taifa-1", "P", "Taifa", False),
    ],
)
def test_find_relations_reads_a_town_in_a_name_only_as_a_place(
    text: str, name: str, letter: str, town: str, read: bool
) -> None:
    """A town opening a name is read as its place in Chinese and in a work's name, in other
    English names when a large city or before a word that makes it one (Port, a dash); a town
    after a name is its place unless it is the name's head (Summit, University); a small town
    right before the head of a work or a body is a word of the name (Luban Workshop, 卢班工坊)."""
    doc, mentions = build(text, [(name, letter)])
    _, inner = find_relations(doc, mentions, TOWNS)
    assert (town in {m.text for m in inner}) is read


@pytest.mark.parametrize(
    ("text", "specs", "unexpected"),
    [
        pytest.param(
            "巴基斯坦总理谢里夫会见了记者。",
            [("巴基斯坦", "C"), ("谢里夫", "H")],
            ("谢里夫", "affiliatedWith", "巴基斯坦"),
            id="zh-head-is-not-also-affiliated",
        ),
        pytest.param(
            "Pakistan's Prime Minister Nawaz Sharif spoke.",
            [("Pakistan", "C"), ("Nawaz Sharif", "H")],
            ("Nawaz Sharif", "affiliatedWith", "Pakistan"),
            id="en-head-is-not-also-affiliated",
        ),
        pytest.param(
            "Indonesia's ASEAN chairmanship ended.",
            [("Indonesia", "C"), ("ASEAN", "O")],
            ("ASEAN", "locatedIn", "Indonesia"),
            id="en-chairmanship-is-not-location",
        ),
        pytest.param(
            "中国连接巴基斯坦。",
            [("中国", "C"), ("巴基斯坦", "C")],
            ("中国", "connects", "巴基斯坦"),
            id="zh-type-constraint",
        ),
        pytest.param(
            "Speaking at a ceremony in Islamabad, Chinese Ambassador Nong Rong said so.",
            [("Islamabad", "L"), ("Chinese", "C"), ("Nong Rong", "H")],
            ("Islamabad", "locatedIn", "Chinese"),
            id="en-comma-before-a-clause-is-not-an-address",
        ),
        pytest.param(
            "The Asia Direct Cable opened.",
            [("Asia Direct Cable", "P")],
            ("Asia Direct Cable", "connects", "Asia"),
            id="en-one-place-in-a-cable-name-is-not-an-end",
        ),
    ],
)
def test_find_relations_respects_type_constraints_and_titles(
    text: str, specs: list[Spec], unexpected: tuple[str, str, str]
) -> None:
    assert unexpected not in relations_of(text, specs, lexicon=NAMES)


def test_find_relations_records_evidence_rule_and_confidence() -> None:
    doc, mentions = build("和平海缆在马赛登陆。", [("和平海缆", "P"), ("马赛", "L")])
    (relation,) = [r for r in find_relations(doc, mentions)[0] if r.predicate is Predicate.LANDS_AT]
    assert doc.text[relation.evidence.start : relation.evidence.end] == "和平海缆在马赛登陆。"
    assert relation.rule == "zh-land-at"
    assert 0.0 < relation.confidence <= 1.0


def test_find_relations_only_emits_allowed_classes() -> None:
    specs: list[Spec] = [("中国", "C"), ("东盟", "O"), ("上合组织", "O"), ("习近平", "H"), ("峰会", "E")]
    doc, mentions = build("习近平主席出席峰会，中国与东盟加强合作，中国是上合组织成员国。", specs)
    letters = {m.cls: m for m in mentions}
    for relation in find_relations(doc, mentions)[0]:
        domain, range_ = ALLOWED[relation.predicate]
        assert relation.subject.cls in {CLASS_OF[c] for c in domain}, relation
        assert relation.object.cls in {CLASS_OF[c] for c in range_}, relation
    assert letters


def test_read_sentences_builds_typed_skeletons() -> None:
    doc, mentions = build(
        "中巴跨境光缆连接中国和巴基斯坦。", [("中巴跨境光缆", "P"), ("中国", "C"), ("巴基斯坦", "C")]
    )
    (sentence,) = read_sentences(doc, mentions).sentences
    assert sentence.skeleton == "⟨P0⟩连接⟨C1⟩和⟨C2⟩。"
    assert sentence.subject is not None and sentence.subject.mention.text == "中巴跨境光缆"


def test_read_sentences_keeps_descriptions_of_the_referred_project() -> None:
    doc, mentions = build(
        "The PKFOP was inaugurated. The 820-km underground cable runs to Khunjerab. The project is new.",
        [("PKFOP", "P", "project/pkfop"), ("Khunjerab", "L")],
    )
    view = read_sentences(doc, mentions)
    assert [(m.text, m.key, m.source) for m in view.descriptions] == [
        ("underground cable", "project/pkfop", "descriptor")
    ]


@pytest.mark.parametrize(("text", "specs", "expected"), [pytest.param(*c[1:], id=c[0]) for c in CASES])
def test_find_relations_trigger_precheck_never_drops_a_match(
    text: str, specs: list[Spec], expected: set[tuple[str, str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    checked = relations_of(text, specs)
    monkeypatch.setattr(relations, "_triggered", lambda lang, skeleton: frozenset(range(1000)))
    monkeypatch.setattr(relations.Pattern, "trigger", None, raising=False)
    assert relations_of(text, specs) == checked


# Bodies the lexicon knows with a country of their own, and international ones without.
BODIES = Lexicon(
    [
        LexiconEntry(
            "org/huawei", EntityClass.ORGANIZATION, (("en", "Huawei"), ("zh", "华为")), country="country/cn"
        ),
        replace(_entry("org/asean", EntityClass.ORGANIZATION, "东盟", "ASEAN"), kind="intergovernmental"),
        replace(
            _entry("org/un", EntityClass.ORGANIZATION, "联合国", "United Nations"), kind="intergovernmental"
        ),
        # A company the lexicon places in no country is no international body.
        _entry("org/chunghwa_telecom", EntityClass.ORGANIZATION, "中华电信", "Chunghwa Telecom"),
    ]
)


@pytest.mark.parametrize(
    ("text", "specs", "seated", "expected"),
    [
        pytest.param(
            "中国华为在当地建设数据中心。",
            [("中国", "C", "country/cn"), ("华为", "O", "org/huawei")],
            ("华为", "locatedIn", "中国"),
            True,
            id="zh-a-company-after-its-country-is-there",
        ),
        pytest.param(
            "中国东盟携手打造增长数字引擎。",
            [("中国", "C", "country/cn"), ("东盟", "O", "org/asean")],
            ("东盟", "locatedIn", "中国"),
            False,
            id="zh-an-international-body-after-a-country-is-its-partner",
        ),
        pytest.param(
            "埃及联合国教科文组织代表出席。",
            [("埃及", "C", "country/eg"), ("联合国", "O", "org/un")],
            ("联合国", "locatedIn", "埃及"),
            False,
            id="zh-the-un-is-in-no-country",
        ),
        pytest.param(
            "台湾中华电信参与了海缆建设。",
            [("台湾", "L", "place/taiwan"), ("中华电信", "O", "org/chunghwa_telecom")],
            ("中华电信", "locatedIn", "台湾"),
            True,
            id="zh-a-company-of-no-known-country-after-a-place-is-there",
        ),
        pytest.param(
            "China's Huawei will build the data centre.",
            [("China", "C", "country/cn"), ("Huawei", "O", "org/huawei")],
            ("Huawei", "locatedIn", "China"),
            True,
            id="en-a-company-after-its-country-is-there",
        ),
        pytest.param(
            "The China ASEAN summit opened in Nanning.",
            [("China", "C", "country/cn"), ("ASEAN", "O", "org/asean")],
            ("ASEAN", "locatedIn", "China"),
            False,
            id="en-an-international-body-after-a-country-is-its-partner",
        ),
        pytest.param(
            "Taiwan's Chunghwa Telecom joined the cable consortium.",
            [("Taiwan", "L", "place/taiwan"), ("Chunghwa Telecom", "O", "org/chunghwa_telecom")],
            ("Chunghwa Telecom", "locatedIn", "Taiwan"),
            True,
            id="en-a-company-of-no-known-country-after-a-place-is-there",
        ),
    ],
)
def test_find_relations_seats_only_bodies_with_a_country_of_their_own(
    text: str, specs: list[Spec], seated: tuple[str, str, str], expected: bool
) -> None:
    assert (seated in relations_of(text, specs, lexicon=BODIES)) is expected


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("商务部国际司负责人介绍。", "商务部国际司"),
        (
            "The International Department of the Ministry of Commerce said so.",
            "International Department of the Ministry of Commerce",
        ),
    ],
)
@pytest.mark.parametrize(("origin", "read"), [("learned", True), ("seed", False)])
def test_find_relations_reads_a_learned_bodys_name_as_a_found_name(
    text: str, body: str, origin: str, read: bool
) -> None:
    """A body's name learned from the annotated sets states its parent as a name found in the text
    does; a curated body's is left to the lexicon, which records what it knows."""
    names = Lexicon(
        [
            _entry("org/mofcom", EntityClass.ORGANIZATION, "商务部", "Ministry of Commerce"),
            LexiconEntry(
                "org/mofcom_dept",
                EntityClass.ORGANIZATION,
                (("zh", "商务部国际司"), ("en", "International Department of the Ministry of Commerce")),
                origin=origin,
            ),
        ]
    )
    found = relations_of(text, [(body, "O", "org/mofcom_dept")], lexicon=names)
    parent = "商务部" if "商务部" in text else "Ministry of Commerce"
    assert ((body, "partOf", parent) in found) is read
