"""People found by their roles: titles and ranks, appositions, verbs of saying (en and zh)."""

from __future__ import annotations

import pytest

from kg.extract.mentions import find_mentions
from kg.lexicon import Lexicon
from kg.model import EntityClass

from .mention_docs import make_doc


def _people(text: str, lexicon: Lexicon) -> set[str]:
    return {m.text for m in find_mentions(make_doc(text), lexicon) if m.cls is EntityClass.PERSON}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The regulator's Chairman Lt Gen (retd) Tariq Mahmood Khan opened the session.",
            "Tariq Mahmood Khan",
        ),
        ("印度尼西亚通信部部长布迪·阿里在会上致辞。", "布迪·阿里"),
        ("Pakistan's Ambassador to China Khalil Hashmi attended the launch.", "Khalil Hashmi"),
        ("巴基斯坦驻华大使哈什米出席了发射活动。", "哈什米"),
        (
            "Minister for Information and Broadcasting Attaullah Tarar and HEC Chairman Ali Khan met.",
            "Attaullah Tarar",
        ),
        ("The operator's Chief Technology Officer Lin Weiming joined online.", "Lin Weiming"),
        ("该公司首席代表张志强介绍，项目进展顺利。", "张志强"),
        ("Regional Director Kenya Amina Odhiambo Wanjiru attended in person.", "Amina Odhiambo Wanjiru"),
        ("斯里兰卡电信董事长卡鲁纳拉特纳表示，合作前景广阔。", "卡鲁纳拉特纳"),
        ("Fatima bin Rashid, the company's chief executive, welcomed the deal.", "Fatima bin Rashid"),
        ("老挝国家电信总经理苏里亚·坎马尼说，光缆将于明年开通。", "苏里亚·坎马尼"),
        ("Olusegun Adeyemi said the route would open next year.", "Olusegun Adeyemi"),
        ("会议由秘书长哈桑·阿卜杜拉主持。", "哈桑·阿卜杜拉"),
        (
            "Vice Minister of Industry and Information Technology Zhang Yunming attended the forum.",
            "Zhang Yunming",
        ),
        # the title's country between the title and the name
        (
            "The talks were attended by Minister of Economy and Commerce of Kyrgyzstan Daniyar Amangeldiev.",
            "Daniyar Amangeldiev",
        ),
        ("吉尔吉斯斯坦经济和商务部部长阿曼格尔季耶夫出席会议。", "阿曼格尔季耶夫"),
        (
            "Thailand's Minister of Digital Economy and Society Prasert Jantararuangtong spoke.",
            "Prasert Jantararuangtong",
        ),
        # a crown prince and an emir; a one-syllable last part before a verb of saying
        ("沙特王储穆罕默德·本·萨勒曼出席了会议。", "穆罕默德·本·萨勒曼"),
        ("Qatar's Emir Tamim bin Hamad Al Thani received the delegation.", "Tamim bin Hamad Al Thani"),
        ("卡塔尔埃米尔塔米姆会见了代表团。", "塔米姆"),
        ("吉布提通信部部长穆罕默德·阿索韦·布表示欢迎。", "穆罕默德·阿索韦·布"),
        # an Arabic article written in lower case, an Irish apostrophe
        ("said Lieutenant General Jalil al-Rubaie, commander of the operations command.", "Jalil al-Rubaie"),
        ("伊拉克巴格达行动司令部司令贾利勒·鲁拜伊中将说，系统已投入使用。", "贾利勒·鲁拜伊"),
        ("Papua New Guinea Prime Minister Peter O'Neill met the delegation.", "Peter O'Neill"),
        ("巴布亚新几内亚总理彼得·奥尼尔会见了代表团。", "彼得·奥尼尔"),
        # a hyphenated rank, before the name or in the apposition after it
        ("The university's Vice-Chancellor Grace Wanjiku welcomed the guests.", "Grace Wanjiku"),
        ("学校副校长王建国在仪式上致辞。", "王建国"),
        ("Peter Mwangi, senior vice-president of the operator, told reporters.", "Peter Mwangi"),
        ("该公司高级副总裁李明表示，将加快建设。", "李明"),
        # the role and its field before the name, set off by commas, and a verb after
        ("Ethiopia's Ambassador to China, Teshome Toga, said Ethiopia is grateful.", "Teshome Toga"),
        ("埃塞俄比亚驻华大使特肖梅·托加表示，埃方对此表示感谢。", "特肖梅·托加"),
        (
            "The Minister of Communications and Digital Technologies, Stella Ndabeni-Abrahams, praised it.",
            "Stella Ndabeni-Abrahams",
        ),
    ],
)
def test_people_are_found_by_their_roles(lexicon: Lexicon, text: str, person: str) -> None:
    assert person in _people(text, lexicon)


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("The regulator's Chairman Lt Gen (retd) Tariq Mahmood Khan opened the session.", "Lt Gen"),
        ("论坛以“开放·合作·共赢”为主题。", "开放·合作·共赢"),
        ("Maj Gen Omar Farooq said the works were on schedule.", "Maj Gen"),
        ("巴斯内特代表尼泊尔政府致辞。", "巴斯内特代表尼泊尔政府"),
        (
            "Regional Director Kenya Amina Odhiambo Wanjiru attended in person.",
            "Kenya Amina Odhiambo Wanjiru",
        ),
        ("The Ministry of Communications said the cable was ready.", "Ministry of Communications"),
        (
            "The talks were attended by Minister of Economy and Commerce of Kyrgyzstan Daniyar Amangeldiev.",
            "Kyrgyzstan Daniyar Amangeldiev",
        ),
        ("Minister of Commerce of China Huawei Technologies signed.", "Huawei Technologies"),
        # after a title's organisation (not its country) the capitalised words are no name
        (
            "It was witnessed by the Deputy Secretary-General of ASEAN for the ASEAN Political-Security"
            " Community.",
            "Political-Security Community",
        ),
        # after a role's clause, a body set off by commas is no person
        (
            "The head of the consortium, China Mobile International, signed the deal.",
            "China Mobile International",
        ),
        ("The minister of the ministry, Digital Economy Agency, signed it.", "Digital Economy Agency"),
    ],
)
def test_people_titles_ranks_and_slogans_are_no_names(lexicon: Lexicon, text: str, not_a_person: str) -> None:
    assert not_a_person not in _people(text, lexicon)


def test_people_gazetteer_place_inside_a_name_is_no_place(lexicon: Lexicon) -> None:
    mentions = find_mentions(make_doc("尼泊尔信息与通信部部长巴斯内特出席了仪式。"), lexicon)
    assert ("巴斯内特", EntityClass.PERSON) in {(m.text, m.cls) for m in mentions}
    assert not any(m.cls is EntityClass.PLACE for m in mentions)


@pytest.mark.parametrize(
    ("text", "written", "named"),
    [
        (
            "The MoU was signed before Prime Minister Datuk Seri Anwar Ibrahim.",
            "Datuk Seri Anwar Ibrahim",
            "Anwar Ibrahim",
        ),
        (
            "Communications Minister Tan Sri Annuar Musa said the MoU was signed.",
            "Tan Sri Annuar Musa",
            "Annuar Musa",
        ),
    ],
)
def test_people_a_malaysian_honorific_is_written_with_the_name_not_part_of_it(
    lexicon: Lexicon, text: str, written: str, named: str
) -> None:
    people = {
        m.text: m.canonical for m in find_mentions(make_doc(text), lexicon) if m.cls is EntityClass.PERSON
    }
    assert people.get(written) == named, people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # who founded a company, and whom an office holder follows
        ("Founded in 2013 by David Velez, Nubank has issued cards.", "David Velez"),
        ("该公司由戴维·贝莱斯于2013年创立。", "戴维·贝莱斯"),
        ("The company's founder, David Velez, said it grew.", "David Velez"),
        ("He will take office in January, succeeding Hamadoun Toure.", "Hamadoun Toure"),
        # a dotted name starts after a title or a word no transliteration writes, and ends before
        # a function word; a Latin name after a Chinese title is a person
        ("Lazada首席执行官马克西米利安·比特纳说，双方将产生协同效应。", "马克西米利安·比特纳"),
        ("联昌集团首席执行官扎夫鲁尔·阿齐兹说：“很好。”", "扎夫鲁尔·阿齐兹"),
        ("村民杰拉尔德·基奥克说，过去只能收到四五个频道。", "杰拉尔德·基奥克"),
        ("尼加拉瓜总统国际合作顾问劳雷亚诺·奥尔特加表示支持。", "劳雷亚诺·奥尔特加"),
        ("孟加拉国邮政电讯和信息技术部长穆斯塔法·贾巴尔以视频连线方式参加仪式。", "穆斯塔法·贾巴尔"),
        ("该协议由华为巴西公司首席执行官Derrick Sun最终确认。", "Derrick Sun"),
        ("Lazada chief executive Maximilian Bittner said the deal would help.", "Maximilian Bittner"),
    ],
)
def test_people_founders_successors_and_transliterations(lexicon: Lexicon, text: str, person: str) -> None:
    assert person in _people(text, lexicon)


@pytest.mark.parametrize(
    ("text", "person", "not_a_person"),
    [
        # an expert the news quotes, named after what he is
        (
            "According to industry expert Roderick Beck, the cable adds capacity.",
            "Roderick Beck",
            "Roderick Beck, the",
        ),
        ("业内专家罗德里克·贝克表示，该海缆将增加容量。", "罗德里克·贝克", "专家罗德里克"),
        ('"It is the first," said foreign policy expert Vijay Kant Karna.', "Vijay Kant Karna", "Karna."),
        # a generation after the name is part of it; "pro tempore" is part of the title
        (
            "Interior Undersecretary Epimaco Densing III said it would be reviewed.",
            "Epimaco Densing III",
            "Densing",
        ),
        (
            "Senate President Pro Tempore Ralph Recto warned of the risks.",
            "Ralph Recto",
            "Pro Tempore Ralph Recto",
        ),
        # a title's fields listed with commas before the name
        (
            "Minister of Digital Development, Innovation and Aerospace Industry Bagdat Mussin proposed it.",
            "Bagdat Mussin",
            "Aerospace Industry Bagdat Mussin",
        ),
        (
            "The Minister of Trade, Industry and Competition, Ebrahim Patel, said so.",
            "Ebrahim Patel",
            "Competition",
        ),
        (
            "Minister of Trade, Industry and Competition Ebrahim Patel said so.",
            "Ebrahim Patel",
            "Competition Ebrahim Patel",
        ),
        ("数字发展、创新和航空航天工业部部长巴格达特·穆辛提议成立联盟。", "巴格达特·穆辛", "部长巴格达特"),
        # a given name of two ends before a verb of leading a team; an honorific is written like a title
        ("集团总经理陈若炜带队赴马六甲州调研。", "陈若炜", "陈若炜带"),
        ("马六甲州政府对华特使拿督林万锋出席。", "林万锋", "拿督林万锋"),
        ("Special envoy Datuk Lim Ban Hong attended.", "Datuk Lim Ban Hong", "Special envoy Datuk"),
        # a speaker, a senator, an executive before or after the name
        (
            "Senate Speaker Martin Romualdez and Senator Grace Poe attended.",
            "Martin Romualdez",
            "Speaker Martin",
        ),
        ("Grace Poe, a senator, said so.", "Grace Poe", "Poe, a"),
        ("参议院议长马丁·罗穆亚尔德斯出席。", "马丁·罗穆亚尔德斯", "议长马丁"),
        # a Latin name with a particle after a Chinese title
        ("数字旅游部负责人Noraizah bt Mohamad介绍了项目。", "Noraizah bt Mohamad", "Noraizah"),
    ],
)
def test_people_experts_generations_listed_fields_and_honorifics(
    lexicon: Lexicon, text: str, person: str, not_a_person: str
) -> None:
    people = _people(text, lexicon)
    assert person in people, people
    assert not_a_person not in people, people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a title with its field after "of": the US Secretary of State, a police inspector general
        (
            "Japanese Foreign Minister Yoko Kamikawa and US Secretary of State Antony Blinken met.",
            "Antony Blinken",
        ),
        ("日本外相茂木敏充将与美国国务卿蓬佩奥一道宣布这一资助。", "蓬佩奥"),
        (
            "The attack killed Assistant Inspector General of Police Andrew Felix Kaweesi.",
            "Andrew Felix Kaweesi",
        ),
        # a foreign minister as the Japanese press titles him, and a four-character Japanese name
        ("日本外相茂木敏充将与美国国务卿蓬佩奥一道宣布这一资助。", "茂木敏充"),
        # occupations the news puts before a name
        ("The gunmen also killed state prosecutor Joan Kagezi in 2015.", "Joan Kagezi"),
        ("Gulf, owned by Thai billionaire Sarath Ratanavadi, has been diversifying.", "Sarath Ratanavadi"),
        # a defence minister: after a ministry's name the title's 长 still opens the name
        ("帕劳总统曾接待到访的美国国防部长埃斯珀。", "埃斯珀"),
        ("澳大利亚防长马尔斯表示欢迎。", "马尔斯"),
        # a word after a transliterated name is not part of it (佩恩|一道)
        ("澳大利亚外长佩恩一道宣布这一资助。", "佩恩"),
        # the last field of a minister's title ends it: Informatics, Export Growth, Entrepreneurship
        (
            "Indonesia's Minister of Communication and Informatics Johnny G. Plate attended.",
            "Johnny G. Plate",
        ),
        ("印尼通信和信息部长约翰尼·普拉特出席会议。", "约翰尼·普拉特"),
        ("New Zealand's Minister for Trade and Export Growth David Parker signed.", "David Parker"),
        ("Jordan's Minister of Digital Economy and Entrepreneurship Ahmad Hanandeh spoke.", "Ahmad Hanandeh"),
        # a chargé d'affaires and an occupation after the name
        ("It was attended by Ahmed Farooq, charge d'affaires of the Pakistani Embassy.", "Ahmed Farooq"),
        ("中国驻赞比亚使馆临时代办王晟出席仪式。", "王晟"),
        ("NAIROBI (Xinhua) -- Benedict Russo, a farmer in his late 40s, was worried.", "Benedict Russo"),
        ("肯尼亚农民本尼迪克特·鲁索表示担忧。", "本尼迪克特·鲁索"),
    ],
)
def test_people_secretaries_of_state_foreign_ministers_and_occupations(
    lexicon: Lexicon, text: str, person: str
) -> None:
    assert person in _people(text, lexicon)


@pytest.mark.parametrize(
    ("text", "not_a_person"),
    [
        ("Minister of State Ahmed spoke first.", "State Ahmed"),
        ("澳大利亚外长佩恩一道宣布这一资助。", "佩恩一道"),
        ("部长会议在雅加达召开。", "会议在雅"),
        ("政商学界代表齐聚一堂，共同探讨合作。", "齐聚"),
    ],
)
def test_people_a_field_or_a_word_after_a_title_is_no_name(
    lexicon: Lexicon, text: str, not_a_person: str
) -> None:
    assert not_a_person not in _people(text, lexicon)
