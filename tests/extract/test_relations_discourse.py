"""What a sentence means by what came before: plural references, salience, subjects, topics, lists.

Mentions are built by hand with ``build`` so that these tests pin the relation layer alone.
"""

from __future__ import annotations

import pytest

from kg.extract.relations import Discourse, find_relations, read_sentences
from kg.model import EntityClass, Lang, Mention, Span
from tests.extract.test_relations import NAMES, Spec, build, relations_of


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        pytest.param(
            "该光缆由中国移动与巴基斯坦电信共同建设。双方于2019年签署运营协议。",
            [("中国移动", "O"), ("巴基斯坦电信", "O"), ("运营协议", "A")],
            {("运营协议", "signedWith", "中国移动"), ("运营协议", "signedWith", "巴基斯坦电信")},
            id="zh-both-sides-are-the-pair-named-before",
        ),
        pytest.param(
            "Ethio Telecom and Safaricom built the Horn link. "
            "Both companies signed the Horn Operating Agreement.",
            [
                ("Ethio Telecom", "O"),
                ("Safaricom", "O"),
                ("Horn link", "P"),
                ("Horn Operating Agreement", "A"),
            ],
            {
                ("Horn Operating Agreement", "signedWith", "Ethio Telecom"),
                ("Horn Operating Agreement", "signedWith", "Safaricom"),
            },
            id="en-both-companies-are-the-pair-named-before",
        ),
        pytest.param(
            "中吉光缆开通。该光缆连接两国。",
            [
                ("中吉光缆", "P"),
                ("中", "C", "country/cn", "compound"),
                ("吉", "C", "country/kg", "compound"),
            ],
            {("中吉光缆", "connects", "中"), ("中吉光缆", "connects", "吉")},
            id="zh-two-countries-of-a-compound",
        ),
        pytest.param(
            "The link joins Kenya and Uganda. The two countries signed the Fibre Protocol.",
            [("Kenya", "C"), ("Uganda", "C"), ("Fibre Protocol", "A")],
            {("Fibre Protocol", "signedWith", "Kenya"), ("Fibre Protocol", "signedWith", "Uganda")},
            id="en-the-two-countries",
        ),
    ],
)
def test_find_relations_reads_plural_references_as_the_last_pair(
    text: str, specs: list[Spec], expected: set[tuple[str, str, str]]
) -> None:
    assert relations_of(text, specs) >= expected


@pytest.mark.parametrize(
    ("text", "specs", "expected", "unexpected"),
    [
        pytest.param(
            "The Equiano cable will land in Togo. The Equiano cable adds a branch called Equiano South. "
            "The system will carry 144 Tbps and reach Namibia.",
            [("Equiano cable", "P"), ("Togo", "C"), ("Equiano South", "P"), ("Namibia", "C")],
            ("Equiano cable", "connects", "Namibia"),
            ("Equiano South", "connects", "Namibia"),
            id="en-the-system-is-the-most-salient-work",
        ),
        pytest.param(
            "The Communications Authority met Liquid Telecom in Nairobi. "
            "The company said it owns the Kivu cable.",
            [
                ("Communications Authority", "O"),
                ("Liquid Telecom", "O"),
                ("Nairobi", "L"),
                ("Kivu cable", "P"),
            ],
            ("Kivu cable", "operatedBy", "Liquid Telecom"),
            ("Kivu cable", "operatedBy", "Communications Authority"),
            id="en-the-company-is-not-the-regulator",
        ),
        pytest.param(
            "The Kivu cable opened. "
            "Since 2020, the US has refused cables that directly connected the US to Macau.",
            [("Kivu cable", "P"), ("US", "C"), ("Macau", "L")],
            None,
            ("Kivu cable", "connects", "Macau"),
            id="en-unnamed-cables-are-not-the-topic",
        ),
        pytest.param(
            "The Equiano cable opened. In 2021 Google added two branches to Angola, and in 2022 a spur "
            "called Equiano South, which reaches Namibia.",
            [
                ("Equiano cable", "P"),
                ("Google", "O"),
                ("Angola", "C"),
                ("Equiano South", "P"),
                ("Namibia", "C"),
            ],
            ("Equiano cable", "connects", "Angola"),
            ("Equiano South", "connects", "Angola"),
            id="en-a-work-of-a-later-clause-is-not-the-topic",
        ),
        pytest.param(
            "The PEACE cable landed in Mombasa. PEACE follows the Eastern Africa Submarine Cable System "
            "into Kenya. The cable was funded by Orange.",
            [
                ("PEACE cable", "P"),
                ("Mombasa", "L"),
                ("PEACE", "P", "project/peace"),
                ("Eastern Africa Submarine Cable System", "P"),
                ("Kenya", "C"),
                ("Orange", "O"),
            ],
            ("PEACE cable", "fundedBy", "Orange"),
            ("Eastern Africa Submarine Cable System", "fundedBy", "Orange"),
            id="en-the-cable-is-not-a-system-whose-name-contains-cable",
        ),
        pytest.param(
            "和平光缆在蒙巴萨登陆。此前已有东非光缆系统项目。该光缆由法国电信出资。",
            [("和平光缆", "P"), ("蒙巴萨", "L"), ("东非光缆系统项目", "P"), ("法国电信", "O")],
            ("和平光缆", "fundedBy", "法国电信"),
            ("东非光缆系统项目", "fundedBy", "法国电信"),
            id="zh-the-cable-is-a-name-ending-in-cable",
        ),
        pytest.param(
            "The Communications Authority met Liquid Telecom. "
            "The company said it owns the Kivu cable, and the regulator agreed.",
            [("Communications Authority", "O"), ("Liquid Telecom", "O"), ("Kivu cable", "P")],
            ("Kivu cable", "operatedBy", "Liquid Telecom"),
            ("Kivu cable", "operatedBy", "Communications Authority"),
            id="en-it-after-said-is-the-speaker",
        ),
        pytest.param(
            "Globalink, formerly owned by Telstra, bid for the work.",
            [("Globalink", "O"), ("Telstra", "O")],
            None,
            ("Globalink", "partOf", "Telstra"),
            id="en-a-former-owner-is-not-the-parent",
        ),
        pytest.param(
            "Bangladesh welcomed the loans. "
            "Foreign Minister Hasan Mahmud told reporters that China would support the country.",
            [("Bangladesh", "C"), ("Hasan Mahmud", "H"), ("China", "C")],
            ("Hasan Mahmud", "affiliatedWith", "Bangladesh"),
            ("Hasan Mahmud", "affiliatedWith", "China"),
            id="en-a-country-in-what-a-minister-says-is-not-his",
        ),
        pytest.param(
            "孟加拉国欢迎贷款。外交部长哈桑·马哈茂德表示中国将支持该国。",
            [("孟加拉国", "C"), ("哈桑·马哈茂德", "H"), ("中国", "C")],
            None,
            ("哈桑·马哈茂德", "affiliatedWith", "中国"),
            id="zh-a-country-in-what-a-minister-says-is-not-his",
        ),
        pytest.param(
            "Bangladesh welcomed loans from China. "
            "Foreign Minister Hasan Mahmud told reporters that China would support the country.",
            [("Bangladesh", "C"), ("China", "C"), ("Hasan Mahmud", "H"), ("China", "C")],
            None,
            ("Hasan Mahmud", "affiliatedWith", "China"),
            id="en-the-latest-country-named-in-what-a-minister-says-is-not-his",
        ),
        pytest.param(
            "孟加拉国欢迎中国的贷款。外交部长哈桑·马哈茂德表示中国将支持该国。",
            [("孟加拉国", "C"), ("中国", "C"), ("哈桑·马哈茂德", "H"), ("中国", "C")],
            None,
            ("哈桑·马哈茂德", "affiliatedWith", "中国"),
            id="zh-the-latest-country-named-in-what-a-minister-says-is-not-his",
        ),
        pytest.param(
            "国家发展改革委副主任宁吉喆出席。",
            [("国家发展改革委", "O"), ("宁吉喆", "H")],
            ("宁吉喆", "affiliatedWith", "国家发展改革委"),
            ("宁吉喆", "headOf", "国家发展改革委"),
            id="zh-a-deputy-is-not-the-head",
        ),
    ],
)
def test_find_relations_resolves_the_topic_and_references_by_salience(
    text: str,
    specs: list[Spec],
    expected: tuple[str, str, str] | None,
    unexpected: tuple[str, str, str],
) -> None:
    found = relations_of(text, specs)
    assert expected is None or expected in found
    assert unexpected not in found


@pytest.mark.parametrize(
    ("text", "specs", "subject"),
    [
        pytest.param(
            "位于南宁五象新区的中国—东盟信息港基地已筛选34个重点项目。",
            [("南宁", "L"), ("五象新区", "L"), ("中国—东盟信息港基地", "P")],
            "中国—东盟信息港基地",
            id="zh-the-head-of-a-located-noun-phrase",
        ),
        pytest.param(
            "中国电信国际有限公司代表王永林介绍，中老光缆开通后时延降至50毫秒。",
            [("中国电信国际有限公司", "O"), ("王永林", "H"), ("中老光缆", "P")],
            "中老光缆",
            id="zh-after-reported-speech",
        ),
        pytest.param(
            "作为信息港子项目之一，中国联通南宁基地已于去年开工。",
            [("信息港", "P"), ("中国联通南宁基地", "P")],
            "中国联通南宁基地",
            id="zh-after-an-as-clause",
        ),
        pytest.param(
            "Speaking at the forum, Kenya's minister Eliud Owalo praised the DARE1 cable.",
            [("forum", "E"), ("Kenya", "C"), ("Eliud Owalo", "H"), ("DARE1", "P")],
            "Kenya",
            id="en-after-a-leading-clause",
        ),
    ],
)
def test_read_sentences_finds_the_subject(text: str, specs: list[Spec], subject: str) -> None:
    doc, mentions = build(text, specs)
    (sentence,) = read_sentences(doc, mentions).sentences
    assert sentence.subject is not None and sentence.subject.mention.text == subject


@pytest.mark.parametrize(
    ("text", "specs", "expected", "unexpected"),
    [
        pytest.param(
            "The Medusa cable links Bizerte with Marseille, France.",
            [("Medusa", "P"), ("Bizerte", "L"), ("Marseille", "L"), ("France", "C")],
            ("Medusa", "connects", "Marseille"),
            ("Medusa", "connects", "France"),
            id="en-a-country-after-a-place-is-its-address",
        ),
        pytest.param(
            "The Medusa cable links Bizerte in Tunisia to Marseille.",
            [("Medusa", "P"), ("Bizerte", "L"), ("Tunisia", "C"), ("Marseille", "L")],
            ("Bizerte", "locatedIn", "Tunisia"),
            ("Medusa", "connects", "Tunisia"),
            id="en-a-place-after-in-qualifies-the-item",
        ),
        pytest.param(
            "论坛开幕。外交部副部长孙卫东、老挝技术部部长宋蓬分别作主题演讲。",
            [("论坛", "E"), ("外交部", "O"), ("孙卫东", "H"), ("老挝技术部", "O"), ("宋蓬", "H")],
            ("孙卫东", "participatedIn", "论坛"),
            ("外交部", "participatedIn", "论坛"),
            id="zh-a-list-of-people-with-their-titles",
        ),
    ],
)
def test_find_relations_reads_list_items_and_their_qualifiers(
    text: str, specs: list[Spec], expected: tuple[str, str, str], unexpected: tuple[str, str, str]
) -> None:
    found = relations_of(text, specs)
    assert expected in found
    assert unexpected not in found


@pytest.mark.parametrize(
    ("text", "specs", "expected", "unexpected"),
    [
        pytest.param(
            "中国—东盟信息港建设加快。",
            [
                ("中国—东盟信息港", "P"),
                ("中国", "C", "country/cn", "compound"),
                ("东盟", "O", "org/asean", "compound"),
            ],
            {("中国—东盟信息港", "partner", "中国"), ("中国—东盟信息港", "partner", "东盟")},
            {("中国—东盟信息港", "connects", "中国"), ("中国—东盟信息港", "operatedBy", "东盟")},
            id="zh-a-work-named-after-two-parties-is-theirs",
        ),
        pytest.param(
            "The Kenya–Uganda Data Hub opened.",
            [
                ("Kenya–Uganda Data Hub", "P"),
                ("Kenya", "C", "country/ke", "compound"),
                ("Uganda", "C", "country/ug", "compound"),
            ],
            {("Kenya–Uganda Data Hub", "partner", "Kenya"), ("Kenya–Uganda Data Hub", "partner", "Uganda")},
            {("Kenya–Uganda Data Hub", "connects", "Kenya")},
            id="en-a-work-named-after-two-parties-is-theirs",
        ),
        pytest.param(
            "The China-Laos cross-border optical fibre opened.",
            [
                ("China-Laos cross-border optical fibre", "P"),
                ("China", "C", "country/cn", "compound"),
                ("Laos", "C", "country/la", "compound"),
            ],
            {
                ("China-Laos cross-border optical fibre", "connects", "China"),
                ("China-Laos cross-border optical fibre", "connects", "Laos"),
            },
            {("China-Laos cross-border optical fibre", "partner", "China")},
            id="en-a-fibre-between-two-countries-connects-them",
        ),
        pytest.param(
            "中老光缆开通。中老光缆万象节点建成。",
            [("中老光缆", "P"), ("中老光缆万象节点", "P")],
            {("中老光缆万象节点", "partOf", "中老光缆")},
            set(),
            id="zh-a-work-named-after-a-larger-one-is-part-of-it",
        ),
        pytest.param(
            "Equiano opened. Equiano South was built next. The Equiano cable system works.",
            [("Equiano cable system", "P"), ("Equiano South", "P"), ("Equiano", "P")],
            {("Equiano South", "partOf", "Equiano")},
            {("Equiano cable system", "partOf", "Equiano")},
            id="en-a-longer-name-of-the-same-work-is-not-a-part",
        ),
        pytest.param(
            "中老光缆开通。中老光缆开通仪式在万象举行。",
            [("中老光缆开通仪式", "E"), ("中老光缆", "P"), ("万象", "L")],
            {("中老光缆", "announcedAt", "中老光缆开通仪式")},
            set(),
            id="zh-a-ceremony-named-after-a-work-announced-it",
        ),
        pytest.param(
            "DARE1 is ready. The DARE1 inauguration ceremony took place in Djibouti.",
            [("DARE1 inauguration ceremony", "E"), ("DARE1", "P"), ("Djibouti", "C")],
            {("DARE1", "announcedAt", "DARE1 inauguration ceremony")},
            set(),
            id="en-a-ceremony-named-after-a-work-announced-it",
        ),
        pytest.param(
            "推进中吉、中塔光缆的对接。",
            [
                ("中吉", "P"),
                ("中塔光缆", "P"),
                ("中", "C", "country/cn", "compound"),
                ("吉", "C", "country/kg", "compound"),
                ("塔", "C", "country/tj", "compound"),
            ],
            {("中吉", "connects", "中"), ("中吉", "connects", "吉")},
            {("中吉", "partner", "吉")},
            id="zh-a-name-of-places-alone-is-an-elided-link",
        ),
    ],
)
def test_find_relations_reads_what_a_name_states(
    text: str,
    specs: list[Spec],
    expected: set[tuple[str, str, str]],
    unexpected: set[tuple[str, str, str]],
) -> None:
    found = relations_of(text, specs, lexicon=NAMES)
    assert found >= expected
    assert not found & unexpected


def test_find_relations_plural_reference_stands_for_each_party() -> None:
    doc, mentions = build(
        "中国电信与尼泊尔电信共同运营该光缆。双方签署了商业协议。",
        [("中国电信", "O"), ("尼泊尔电信", "O"), ("商业协议", "A")],
    )
    view = read_sentences(doc, mentions)
    second = view.sentences[1]
    assert [slot.mention.text for slot in second.slots if slot.reference] == ["中国电信", "尼泊尔电信"]
    assert second.skeleton.startswith("⟨O0⟩、⟨O1⟩")
    found, _ = find_relations(doc, mentions, None, view)
    assert all(r.subject in mentions and r.object in mentions for r in found)


@pytest.mark.parametrize(
    ("text", "compounds", "specs", "expected"),
    [
        pytest.param(
            "中老两国合作建设的万象数据中心投入运营。",
            [("中", "country/cn"), ("老", "country/la")],
            [("万象数据中心", "P")],
            {("万象数据中心", "partner", "中"), ("万象数据中心", "partner", "老")},
            id="zh-a-compound-pair-standing-alone-is-a-list",
        ),
        pytest.param(
            "中巴双方签署了光缆协议。",
            [("中", "country/cn"), ("巴", "country/pk")],
            [("光缆协议", "A")],
            {("光缆协议", "signedWith", "中"), ("光缆协议", "signedWith", "巴")},
            id="zh-both-sides-right-after-their-compound-are-not-read-twice",
        ),
        pytest.param(
            "目前中尼双方正就尼星二号卫星项目的再度合作进行准备。",
            [("中", "country/cn"), ("尼", "country/ng")],
            [("尼星二号", "P")],
            {("中", "cooperatesWith", "尼")},
            id="zh-both-sides-of-a-compound-working-on-their-cooperation",
        ),
    ],
)
def test_read_sentences_makes_slots_of_compounds_standing_alone(
    text: str, compounds: list[tuple[str, str]], specs: list[Spec], expected: set[tuple[str, str, str]]
) -> None:
    doc, mentions = build(text, specs)
    cursor = 0
    for char, key in compounds:
        start = doc.text.index(char, cursor)
        cursor = start + 1
        mentions.append(
            Mention(
                doc.id,
                Span(start, start + 1),
                char,
                EntityClass.COUNTRY,
                doc.lang,
                key=key,
                source="compound",
            )
        )
    found, _ = find_relations(doc, sorted(mentions, key=lambda m: m.span.start))
    assert {(r.subject.text, r.predicate.value, r.object.text) for r in found} >= expected


def _with_nested(text: str, specs: list[Spec], outer: str, nested: str, key: str) -> list[Mention]:
    """The mentions ``build`` makes, and the known name ``nested`` inside each ``outer`` as the
    mention finder leaves it (a lexicon name of its own, not a compound)."""
    doc, mentions = build(text, specs)
    start = text.find(outer)
    while start >= 0:
        at = start + outer.index(nested)
        span = Span(at, at + len(nested))
        mentions.append(Mention(doc.id, span, nested, EntityClass.EVENT, doc.lang, key=key, source="lexicon"))
        start = text.find(outer, start + len(outer))
    return sorted(mentions, key=lambda m: (m.span.start, -len(m.span)))


@pytest.mark.parametrize(
    ("text", "specs", "names", "expected", "unexpected"),
    [
        pytest.param(
            "世界互联网大会亚太峰会14日在香港开幕。世界互联网大会亚太峰会由世界互联网大会主办。"
            "王勇出席开幕式并致辞。",
            [("世界互联网大会亚太峰会", "E"), ("世界互联网大会", "E", "event/wic"), ("王勇", "H")],
            ("世界互联网大会亚太峰会", "世界互联网大会"),
            ("王勇", "participatedIn", "世界互联网大会亚太峰会"),
            ("王勇", "participatedIn", "世界互联网大会"),
            id="zh-a-name-inside-a-longer-one-does-not-make-the-report's-topic",
        ),
        pytest.param(
            "The World Internet Conference Asia-Pacific Summit opened on Monday. The World Internet "
            "Conference Asia-Pacific Summit was hosted by the World Internet Conference. "
            "Wang Yong attended the opening ceremony and delivered a speech.",
            [
                ("World Internet Conference Asia-Pacific Summit", "E"),
                ("World Internet Conference", "E", "event/wic"),
                ("Wang Yong", "H"),
            ],
            ("World Internet Conference Asia-Pacific Summit", "World Internet Conference"),
            ("Wang Yong", "participatedIn", "World Internet Conference Asia-Pacific Summit"),
            ("Wang Yong", "participatedIn", "World Internet Conference"),
            id="en-a-name-inside-a-longer-one-does-not-make-the-report's-topic",
        ),
    ],
)
def test_find_relations_counts_a_name_inside_a_longer_one_as_the_longer_one(
    text: str,
    specs: list[Spec],
    names: tuple[str, str],
    expected: tuple[str, str, str],
    unexpected: tuple[str, str, str],
) -> None:
    doc, _ = build(text, specs)
    relations, _ = find_relations(doc, _with_nested(text, specs, *names, "event/wic"), NAMES)
    found = {(r.subject.text, r.predicate.value, r.object.text) for r in relations}
    assert expected in found
    assert unexpected not in found


def _project(text: str, start: int, lang: Lang) -> Mention:
    return Mention("doc", Span(start, start + len(text)), text, EntityClass.PROJECT, lang)


@pytest.mark.parametrize(
    ("names", "noun", "before", "expected"),
    [
        pytest.param(
            [("中巴跨境光缆", 0), ("亚太直达海缆", 20), ("中老跨境光缆", 40)],
            "光缆",
            60,
            "中老跨境光缆",
            id="zh-latest-headed",
        ),
        pytest.param(
            [("PEACE Cable", 0), ("Asia Direct Cable", 20), ("Coral Sea Cable", 40)],
            "cable",
            39,
            "Asia Direct Cable",
            id="en-only-names-before-the-reference",
        ),
        pytest.param(
            # a longer name added before one inside it: the ends decrease, and the lookup still
            # counts only the names that end before the reference
            [("中巴跨境光缆二期工程", 0), ("中巴跨境光缆", 0), ("亚太直达海缆", 30)],
            "光缆",
            8,
            "中巴跨境光缆",
            id="zh-names-out-of-order",
        ),
        pytest.param(
            [("PEACE Cable System", 0), ("PEACE Cable", 0), ("Asia Direct Cable", 40)],
            "cable",
            12,
            "PEACE Cable",
            id="en-names-out-of-order",
        ),
    ],
)
def test_discourse_latest_is_the_last_name_headed_by_the_noun_before_the_reference(
    names: list[tuple[str, int]], noun: str, before: int, expected: str
) -> None:
    discourse = Discourse()
    lang = Lang.ZH if noun == "光缆" else Lang.EN
    for text, start in names:
        discourse.add(_project(text, start, lang))
    found = discourse.latest("P", before, noun, named_only=True)
    assert found is not None and found.text == expected
