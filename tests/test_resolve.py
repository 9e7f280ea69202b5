"""Resolution: one entity per real thing across mentions, documents and languages, never more."""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import pytest

from kg.ingest import read_document
from kg.lexicon import Lexicon, load_lexicon
from kg.model import (
    DateValue,
    Document,
    EntityClass,
    Extraction,
    Fact,
    KnowledgeGraph,
    Mention,
    Predicate,
    Quantity,
    Relation,
    Span,
)
from kg.resolve import name_key, resolve

C = EntityClass.COUNTRY
O = EntityClass.ORGANIZATION  # noqa: E741 (the class letter, as in kg.extract.relations)
P = EntityClass.PROJECT
E = EntityClass.EVENT
PLACE = EntityClass.PLACE


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    # the curated lexicon: these sentences come from the annotated sets, whose names it also learns
    return load_lexicon(learned=False)


def mention(
    doc: Document, surface: str, cls: EntityClass, key: str | None = None, **extra: object
) -> Mention:
    start = doc.text.index(surface, int(extra.pop("after", 0)))  # type: ignore[call-overload]
    return Mention(doc.id, Span(start, start + len(surface)), surface, cls, doc.lang, key=key, **extra)  # type: ignore[arg-type]


def extraction(
    doc: Document, *mentions: Mention, relations: tuple[Relation, ...] = (), facts: tuple[Fact, ...] = ()
) -> Extraction:
    return Extraction(doc.id, "rules", tuple(mentions), relations, facts)


def relation(subject: Mention, predicate: Predicate, obj: Mention, doc: Document) -> Relation:
    return Relation(subject, predicate, obj, Span(0, len(doc.text)), "test-rule", 0.8)


def entity_ids(graph: KnowledgeGraph) -> set[str]:
    return {e.id for e in graph.entities}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        pytest.param("《全球数据安全倡议》", "全球数据安全倡议", id="zh-title-marks"),
        pytest.param(
            "The China–Pakistan  Economic Corridor",
            "china-pakistan economic corridor",
            id="en-the-dash-space",
        ),
        pytest.param("ＰＫＦＯＰ", "pkfop", id="full-width"),
    ],
)
def test_name_key_normalises(name: str, key: str) -> None:
    assert name_key(name) == key


def test_resolve_merges_lexicon_names_across_languages_and_documents() -> None:
    zh = read_document("上合组织峰会在天津举行。上海合作组织成员国元首出席。", origin="zh.txt")
    en = read_document("The Shanghai Cooperation Organisation (SCO) met in Tianjin.", origin="en.txt")
    graph = resolve(
        [zh, en],
        [
            extraction(zh, mention(zh, "上合组织", O, "org/sco"), mention(zh, "上海合作组织", O, "org/sco")),
            extraction(
                en,
                mention(en, "Shanghai Cooperation Organisation", O, "org/sco"),
                mention(
                    en, "SCO", O, "org/sco", source="acronym", canonical="Shanghai Cooperation Organisation"
                ),
            ),
        ],
        lexicon(),
    )
    (sco,) = graph.entities
    assert sco.id == "org/sco" and sco.cls is O
    assert set(sco.doc_ids) == {zh.id, en.id}
    names = {name for _, name in sco.labels + sco.aliases}
    assert {"上合组织", "上海合作组织", "SCO"} <= names
    reasons = {(m.name, m.reason) for m in graph.merges}
    assert ("上合组织", "lexicon name of org/sco") in reasons
    assert ("SCO", "acronym defined in the document as Shanghai Cooperation Organisation") in reasons


def test_resolve_keeps_the_two_scos_apart() -> None:
    zh = read_document("上合组织秘书处发表声明。", origin="zh.txt")
    en = read_document(
        "Pakistan's Special Communications Organization (SCO) built the link.", origin="en.txt"
    )
    graph = resolve(
        [zh, en],
        [
            extraction(zh, mention(zh, "上合组织", O, "org/sco")),
            extraction(
                en,
                mention(en, "Special Communications Organization", O, "org/pk_sco"),
                mention(
                    en,
                    "SCO",
                    O,
                    "org/pk_sco",
                    source="acronym",
                    canonical="Special Communications Organization",
                ),
            ),
        ],
        lexicon(),
    )
    assert entity_ids(graph) == {"org/sco", "org/pk_sco"}


@pytest.mark.parametrize(
    ("text", "surface", "char", "country"),
    [
        pytest.param("推进中巴跨境光缆的对接。", "中巴跨境光缆", "巴", "country/pk"),
        pytest.param("推进中俄跨境光缆的勘测。", "中俄跨境光缆", "俄", "country/ru"),
    ],
)
def test_resolve_compound_forms_join_their_country(text: str, surface: str, char: str, country: str) -> None:
    doc = read_document(text, origin="zh.txt")
    cable = mention(doc, surface, P)
    part = mention(doc, char, C, country, source="compound", canonical="")
    graph = resolve(
        [doc],
        [extraction(doc, cable, part, relations=(relation(cable, Predicate.CONNECTS, part, doc),))],
        lexicon(),
    )
    assert country in entity_ids(graph)
    assert graph.triples[0].object == country
    assert any(m.entity == country and m.reason == f"compound form {char} of {country}" for m in graph.merges)


def test_resolve_discovered_names_merge_by_normalised_name_across_documents() -> None:
    first = read_document("The Digisilk Project studies the DSR.", origin="a.txt")
    second = read_document("Digisilk project researchers met.", origin="b.txt")
    graph = resolve(
        [first, second],
        [
            extraction(first, mention(first, "The Digisilk Project", P, source="pattern")),
            extraction(second, mention(second, "Digisilk project", P, source="pattern")),
        ],
        lexicon(),
    )
    (project,) = graph.entities
    assert project.id == "project/digisilk_project"
    assert set(project.doc_ids) == {first.id, second.id}


def test_resolve_acronym_defined_in_the_document_joins_its_long_form() -> None:
    doc = read_document(
        "Thailand will chair the ASEAN DEFA Negotiating Committee (NC). The NC meets soon.", origin="a.txt"
    )
    long_form = mention(doc, "ASEAN DEFA Negotiating Committee", O, source="pattern")
    acronym = mention(doc, "NC", O, source="acronym", canonical="ASEAN DEFA Negotiating Committee", after=60)
    graph = resolve([doc], [extraction(doc, long_form, acronym)], lexicon())
    (committee,) = graph.entities
    assert committee.id == "organization/asean_defa_negotiating_committee"
    assert ("en", "NC") in committee.aliases


@pytest.mark.parametrize(
    ("text", "name", "gloss", "cls"),
    [
        pytest.param(
            "中巴光纤项目（巴中光纤项目）已开通。", "中巴光纤项目", "巴中光纤项目", P, id="zh-gloss"
        ),
        pytest.param(
            "Sino Fibre Corp (formerly Asia Glass Works) joined.",
            "Sino Fibre Corp",
            "Asia Glass Works",
            O,
            id="en-formerly",
        ),
    ],
)
def test_resolve_bracketed_gloss_joins_the_name(text: str, name: str, gloss: str, cls: EntityClass) -> None:
    doc = read_document(text, origin="a.txt")
    graph = resolve(
        [doc],
        [
            extraction(
                doc, mention(doc, name, cls, source="pattern"), mention(doc, gloss, cls, source="pattern")
            )
        ],
        lexicon(),
    )
    (entity,) = graph.entities
    assert {n for _, n in entity.labels + entity.aliases} >= {name, gloss}
    assert any(m.name == gloss and m.reason.startswith("bracketed gloss of") for m in graph.merges)


@pytest.mark.parametrize(
    ("text", "full", "short", "other"),
    [
        pytest.param(
            "中老陆上跨境光缆开通。中老光缆将降低时延。中老光缆万象节点建成。",
            "中老陆上跨境光缆",
            "中老光缆",
            "中老光缆万象节点",
            id="zh-short-form",
        ),
        pytest.param(
            "The DARE submarine cable landed. The DARE cable is ready. The DARE Pearls cable comes next.",
            "DARE submarine cable",
            "DARE cable",
            "DARE Pearls cable",
            id="en-short-form",
        ),
        pytest.param(
            "Exim Bank finances Kumul cable. The Kumul Domestic Cable will reach Lae. "
            "The Kumul Pearls cable comes next.",
            "Kumul Domestic Cable",
            "Kumul cable",
            "Kumul Pearls cable",
            id="en-a-headlines-lower-case-short-form",
        ),
        pytest.param(
            "进出口银行为库穆尔光缆融资。库穆尔国内海底光缆将通达莱城。库穆尔光缆莱城节点随后建设。",
            "库穆尔国内海底光缆",
            "库穆尔光缆",
            "库穆尔光缆莱城节点",
            id="zh-a-headlines-short-form",
        ),
    ],
)
def test_resolve_short_form_joins_the_full_name_in_its_document(
    text: str, full: str, short: str, other: str
) -> None:
    doc = read_document(text, origin="a.txt")
    found = [mention(doc, name, P, source="pattern") for name in (full, short, other)]
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    names = [{n for _, n in e.labels + e.aliases} for e in graph.entities]
    assert {full, short} in [n & {full, short, other} for n in names]  # joined, and the part kept apart
    assert any(
        m.name == short and m.reason == f"shorter form of {full} in the document" for m in graph.merges
    )


@pytest.mark.parametrize(
    ("text", "subsidiary", "parent", "country", "joined"),
    [
        pytest.param(
            "华为公司培养人才。华为肯尼亚公司在内罗毕举行仪式。",
            "华为肯尼亚公司",
            "华为公司",
            ("肯尼亚", "country/ke"),
            False,
            id="zh-a-subsidiary-named-by-its-country",
        ),
        pytest.param(
            "MTN Communications grew. MTN Nigeria Communications listed its shares.",
            "MTN Nigeria Communications",
            "MTN Communications",
            ("Nigeria", "country/ng"),
            False,
            id="en-a-subsidiary-named-by-its-country",
        ),
        # a short form that names a country of its own still shortens the long name
        pytest.param(
            "中国支付清算协会发布报告。中国人民银行指导中国支付清算协会开展工作。",
            "中国人民银行指导中国支付清算协会",
            "中国支付清算协会",
            ("中国", "country/cn"),
            True,
            id="zh-a-short-form-with-its-own-country",
        ),
    ],
)
def test_resolve_a_subsidiary_named_by_its_country_is_no_short_form_of_its_parent(
    text: str, subsidiary: str, parent: str, country: tuple[str, str], joined: bool
) -> None:
    doc = read_document(text, origin="a.txt")
    found = [
        mention(doc, parent, O, source="pattern"),
        mention(doc, subsidiary, O, source="pattern"),
        mention(doc, country[0], C, country[1], source="lexicon", after=text.index(subsidiary)),
    ]
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    names = [{n for _, n in e.labels + e.aliases} for e in graph.entities]
    assert ({subsidiary, parent} in [n & {subsidiary, parent} for n in names]) is joined


def test_resolve_keeps_descriptors_within_their_document() -> None:
    first = read_document("项目举行贯通仪式。", origin="a.txt")
    second = read_document("另一项目也举行贯通仪式。", origin="b.txt")
    graph = resolve(
        [first, second],
        [
            extraction(first, mention(first, "贯通仪式", E, source="descriptor")),
            extraction(second, mention(second, "贯通仪式", E, source="descriptor")),
        ],
        lexicon(),
    )
    assert entity_ids(graph) == {f"event/贯通仪式@{first.id[:8]}", f"event/贯通仪式@{second.id[:8]}"}


@pytest.mark.parametrize(
    ("text", "longer", "short", "joined"),
    [
        (
            "The closing ceremony took place in Baku. The ceremony brought together 80 people.",
            "closing ceremony",
            "ceremony",
            True,
        ),
        ("颁奖暨启航仪式在利马举行。仪式由华为主办。", "颁奖暨启航仪式", "仪式", True),
        # two longer descriptions: the short one says not which
        (
            "The opening ceremony and the signing ceremony were held. The ceremony was broadcast.",
            "opening ceremony",
            "ceremony",
            False,
        ),
    ],
)
def test_resolve_a_bare_description_joins_the_one_longer_description_of_its_document(
    text: str, longer: str, short: str, joined: bool
) -> None:
    doc = read_document(text, origin="a.txt")
    found = [mention(doc, longer, E, source="descriptor")]
    if "signing ceremony" in text:
        found.append(mention(doc, "signing ceremony", E, source="descriptor"))
    found.append(mention(doc, short, E, source="descriptor", after=text.index(longer) + len(longer)))
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    names = [{n for _, n in e.labels + e.aliases} for e in graph.entities]
    assert ({longer, short} in names) is joined, names


def test_resolve_never_merges_the_same_name_of_different_classes() -> None:
    doc = read_document("Orange Telecom opened an office in Orange City.", origin="a.txt")
    graph = resolve(
        [doc],
        [
            extraction(
                doc,
                mention(doc, "Orange Telecom", O, source="pattern"),
                mention(doc, "Orange City", PLACE, source="pattern"),
            )
        ],
        lexicon(),
    )
    assert len(graph.entities) == 2


def test_resolve_triples_keep_all_evidence_in_canonical_order_without_self_loops() -> None:
    first = read_document("中国与东盟加强合作。", origin="a.txt")
    second = read_document("ASEAN cooperates with China. China met China.", origin="b.txt")
    cn1, asean1 = mention(first, "中国", C, "country/cn"), mention(first, "东盟", O, "org/asean")
    asean2, cn2 = mention(second, "ASEAN", O, "org/asean"), mention(second, "China", C, "country/cn")
    cn3 = mention(second, "China", C, "country/cn", after=30)
    graph = resolve(
        [first, second],
        [
            extraction(
                first, cn1, asean1, relations=(relation(cn1, Predicate.COOPERATES_WITH, asean1, first),)
            ),
            extraction(
                second,
                asean2,
                cn2,
                cn3,
                relations=(
                    relation(asean2, Predicate.COOPERATES_WITH, cn2, second),
                    relation(cn2, Predicate.COOPERATES_WITH, cn3, second),
                ),
            ),
        ],
        lexicon(),
    )
    (triple,) = graph.triples
    assert (triple.subject, triple.predicate, triple.object) == (
        "country/cn",
        Predicate.COOPERATES_WITH,
        "org/asean",
    )
    assert {p.doc_id for p in triple.provenance} == {first.id, second.id}
    assert triple.provenance[0].sentence == first.text
    assert triple.confidence > max(p.confidence for p in triple.provenance)


def test_resolve_facts_and_ids_do_not_depend_on_document_order() -> None:
    first = read_document("The Digisilk Project began in 2019.", origin="a.txt")
    second = read_document("数字丝路研究项目投资5000万美元。", origin="b.txt")
    project = mention(first, "The Digisilk Project", P, source="pattern")
    other = mention(second, "数字丝路研究项目", P, source="pattern")
    fact = Fact(
        project,
        "launched",
        DateValue("2019", "year"),
        Span(30, 34),
        Span(0, len(first.text)),
        "fact-salient-thing",
        0.7,
    )
    money = Fact(
        other,
        "investment",
        Quantity(Decimal(50000000), currency="USD"),
        Span(10, 17),
        Span(0, len(second.text)),
        "fact-sentence-subject",
        0.7,
    )
    extractions = [extraction(first, project, facts=(fact,)), extraction(second, other, facts=(money,))]
    forward = resolve([first, second], extractions, lexicon())
    backward = resolve([second, first], extractions[::-1], lexicon())
    assert (
        entity_ids(forward)
        == entity_ids(backward)
        == {"project/digisilk_project", "project/数字丝路研究项目"}
    )
    assert {(f.entity, f.attribute, f.value) for f in forward.facts} == {
        ("project/digisilk_project", "launched", DateValue("2019", "year")),
        ("project/数字丝路研究项目", "investment", Quantity(Decimal(50000000), currency="USD")),
    }


def test_resolve_project_descriptor_joins_the_documents_main_project() -> None:
    doc = read_document("The PKFOP was inaugurated. The underground cable runs to Khunjerab.", origin="a.txt")
    cable = mention(doc, "PKFOP", P, "project/pkfop")
    descriptor = mention(doc, "underground cable", P, source="descriptor")
    graph = resolve([doc], [extraction(doc, cable, descriptor)], lexicon())
    (project,) = graph.entities
    assert project.id == "project/pkfop"
    assert ("en", "underground cable") in project.aliases
    assert any(m.reason == "descriptor of the document's main project PKFOP" for m in graph.merges)


def test_resolve_description_names_the_thing_it_refers_to() -> None:
    doc = read_document("The PKFOP opened. The underground cable runs to Khunjerab.", origin="a.txt")
    cable = mention(doc, "PKFOP", P, "project/pkfop")
    described = mention(doc, "underground cable", P, "project/pkfop", source="descriptor", canonical="PKFOP")
    graph = resolve([doc], [extraction(doc, cable, described)], lexicon())
    assert [e.id for e in graph.entities] == ["project/pkfop"]
    assert any(m.reason == "description of PKFOP in the document" for m in graph.merges)


def test_resolve_description_of_one_cable_never_merges_the_document_main_one() -> None:
    doc = read_document(
        "SEA-ME-WE 4 was the first. SEA-ME-WE 4 still carries traffic. SEA-ME-WE 5 is new. "
        "The new cable lands in Kuakata.",
        origin="a.txt",
    )
    first = mention(doc, "SEA-ME-WE 4", P, "project/smw4")
    again = mention(doc, "SEA-ME-WE 4", P, "project/smw4", after=20)
    second = mention(doc, "SEA-ME-WE 5", P, "project/smw5")
    described = mention(doc, "new cable", P, "project/smw5", source="descriptor", canonical="SEA-ME-WE 5")
    graph = resolve([doc], [extraction(doc, first, again, second, described)], lexicon())
    assert entity_ids(graph) == {"project/smw4", "project/smw5"}


@pytest.mark.parametrize("source", ["pattern", "compound"])
def test_resolve_discovered_names_with_one_canonical_name_merge_across_languages(source: str) -> None:
    chinese = read_document("2Africa东段海缆已经开通。", origin="zh.txt")
    english = read_document("The 2Africa east segment is live.", origin="en.txt")
    graph = resolve(
        [chinese, english],
        [
            extraction(
                chinese,
                mention(chinese, "2Africa东段海缆", P, source=source, canonical="2Africa east segment"),
            ),
            extraction(
                english,
                mention(
                    english, "2Africa east segment", P, source="pattern", canonical="2Africa east segment"
                ),
            ),
        ],
        lexicon(),
    )
    (segment,) = graph.entities
    assert segment.id == "project/2africa_east_segment"
    assert set(segment.doc_ids) == {chinese.id, english.id}


@pytest.mark.parametrize(
    ("text", "owner", "full", "short"),
    [
        (
            "中国—中亚峰会通过《中国—中亚峰会西安宣言》。《西安宣言》提出加快数字基础设施联通。",
            "中国—中亚峰会",
            "中国—中亚峰会西安宣言",
            "西安宣言",
        ),
        (
            "The Digital Forum adopted the Digital Forum Nairobi Declaration. "
            "The Nairobi Declaration calls for more.",
            "Digital Forum",
            "Digital Forum Nairobi Declaration",
            "Nairobi Declaration",
        ),
    ],
)
def test_resolve_a_name_without_its_owner_joins_the_full_name(
    text: str, owner: str, full: str, short: str
) -> None:
    doc = read_document(text, origin="a.txt")
    graph = resolve(
        [doc],
        [
            extraction(
                doc,
                mention(doc, owner, E, source="pattern"),
                mention(doc, full, EntityClass.AGREEMENT, source="pattern"),
                mention(
                    doc, short, EntityClass.AGREEMENT, source="pattern", after=text.index(full) + len(full)
                ),
            )
        ],
        lexicon(),
    )
    agreements = [e for e in graph.entities if e.cls is EntityClass.AGREEMENT]
    assert len(agreements) == 1
    assert {short, full} <= {name for _, name in agreements[0].labels + agreements[0].aliases}


@pytest.mark.parametrize(
    ("text", "first", "second", "short"),
    [
        (
            "旁遮普平安城市项目启动，伊斯兰堡平安城市项目早已运行。平安城市项目覆盖七座城市。",
            "旁遮普平安城市项目",
            "伊斯兰堡平安城市项目",
            "平安城市项目",
        ),
        (
            "The Punjab Safe City Project opened; the Islamabad Safe City Project runs. "
            "The Safe City Project helps.",
            "Punjab Safe City Project",
            "Islamabad Safe City Project",
            "Safe City Project",
        ),
    ],
)
def test_resolve_a_tail_two_names_share_joins_neither(text: str, first: str, second: str, short: str) -> None:
    doc = read_document(text, origin="a.txt")
    owners = [first.removesuffix(short).strip(), second.removesuffix(short).strip()]
    found = [mention(doc, owner, PLACE, source="pattern") for owner in owners]
    found += [mention(doc, name, P, source="pattern") for name in (first, second)]
    found.append(mention(doc, short, P, source="pattern", after=text.rindex(short)))
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    projects = [e for e in graph.entities if e.cls is P]
    assert len(projects) == 3


@pytest.mark.parametrize(
    ("text", "first", "second", "short"),
    [
        (
            "旁遮普平安城市项目启动。伊斯兰堡平安城市项目早已运行。旁遮普平安城市项目覆盖七座城市。平安城市项目耗资巨大。",
            "旁遮普平安城市项目",
            "伊斯兰堡平安城市项目",
            "平安城市项目",
        ),
        (
            "The Punjab Safe City Project opened. The Islamabad Safe City Project runs. "
            "The Punjab Safe City project covers seven cities. The Safe City Project is costly.",
            "Punjab Safe City Project",
            "Islamabad Safe City Project",
            "Safe City Project",
        ),
    ],
)
def test_resolve_a_tail_two_names_share_joins_the_one_named_most(
    text: str, first: str, second: str, short: str
) -> None:
    doc = read_document(text, origin="a.txt")
    found = [
        mention(doc, name.removesuffix(short).strip(), PLACE, source="pattern") for name in (first, second)
    ]
    found += [mention(doc, name, P, source="pattern") for name in (first, second)]
    again = text.index(first[:4], text.index(second))
    found.append(mention(doc, text[again : again + len(first)], P, source="pattern", after=again))
    found.append(mention(doc, short, P, source="pattern", after=text.rindex(short)))
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    (joined,) = [e for e in graph.entities if e.cls is P and short in {n for _, n in e.labels + e.aliases}]
    assert first in {n for _, n in joined.labels + joined.aliases}


@pytest.mark.parametrize(
    ("text", "short", "full"),
    [
        (
            "马尔代夫—斯里兰卡海缆项目获批。马尔代夫—斯里兰卡海缆全长840公里。",
            "马尔代夫—斯里兰卡海缆",
            "马尔代夫—斯里兰卡海缆项目",
        ),
        (
            "The Kumul Cable Project was approved. The Kumul Cable is 5,457 km long.",
            "Kumul Cable",
            "Kumul Cable Project",
        ),
        # the main works of a work are the work
        (
            "蓝海直达光缆主体工程22日开始海上施工。蓝海直达光缆明年投用。",
            "蓝海直达光缆",
            "蓝海直达光缆主体工程",
        ),
        (
            "Blue Sea Direct Cable main works began at sea. The Blue Sea Direct Cable opens next year.",
            "Blue Sea Direct Cable",
            "Blue Sea Direct Cable main works",
        ),
    ],
)
def test_resolve_a_name_and_the_name_with_a_generic_tail_join(text: str, short: str, full: str) -> None:
    doc = read_document(text, origin="a.txt")
    found = [
        mention(doc, full, P, source="pattern"),
        mention(doc, short, P, source="pattern", after=len(full)),
    ]
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    assert len(graph.entities) == 1


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("PEACE Cable International Network Co. Ltd", "org/peace_cable_international"),
        ("华为技术有限公司", "org/huawei"),
    ],
)
def test_resolve_a_company_with_its_legal_form_joins_its_lexicon_entry(name: str, key: str) -> None:
    doc = read_document(f"{name} signed it.", origin="a.txt")
    graph = resolve([doc], [extraction(doc, mention(doc, name, O, source="pattern"))], lexicon())
    assert entity_ids(graph) == {key}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Blue Sea Airports Holdings Bhd", "Blue Sea Airports Holdings"),
        ("Blue Sea Digital Sdn Bhd", "Blue Sea Digital"),
        ("蓝海数字港有限公司", "蓝海数字港"),
    ],
)
def test_resolve_a_discovered_company_with_and_without_its_legal_form_is_one(first: str, second: str) -> None:
    doc = read_document(f"{first} signed it.", origin="a.txt")
    other = read_document(f"{second} built it.", origin="b.txt")
    graph = resolve(
        [doc, other],
        [
            extraction(doc, mention(doc, first, O, source="pattern")),
            extraction(other, mention(other, second, O, source="pattern")),
        ],
        lexicon(),
    )
    assert len(graph.entities) == 1


def test_resolve_a_legal_form_alone_names_no_company() -> None:
    doc = read_document("有限公司签约。股份有限公司建设。", origin="a.txt")
    graph = resolve(
        [doc],
        [
            extraction(
                doc,
                mention(doc, "有限公司", O, source="pattern"),
                mention(doc, "股份有限公司", O, source="pattern"),
            )
        ],
        lexicon(),
    )
    assert len(graph.entities) == 2


@pytest.mark.parametrize(
    ("text", "named", "description"),
    [
        ("两国发表《中巴联合声明》。根据联合声明，双方将推进光缆建设。", "中巴联合声明", "联合声明"),
        (
            "The sides issued the China-Pakistan Joint Statement. Under the joint statement, cables grow.",
            "China-Pakistan Joint Statement",
            "joint statement",
        ),
    ],
)
def test_resolve_a_description_joins_the_one_thing_the_document_names_so(
    text: str, named: str, description: str
) -> None:
    doc = read_document(text, origin="a.txt")
    found = [
        mention(doc, named, EntityClass.AGREEMENT, source="pattern"),
        mention(
            doc, description, EntityClass.AGREEMENT, source="descriptor", after=text.index(named) + len(named)
        ),
    ]
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    assert len(graph.entities) == 1
    assert any(m.reason == f"description of {named} in the document" for m in graph.merges)


@pytest.mark.parametrize(
    ("text", "subjects", "entities"),
    [
        (
            "They signed a memorandum of understanding (MoU) on e-commerce cooperation. The MoU covers it.",
            ("memorandum of understanding (MoU) on e-commerce cooperation",),
            1,
        ),
        (
            "They signed an MoU on the digital economy and an MoU on AI cooperation. The MoU covers trade.",
            ("MoU on the digital economy", "MoU on AI cooperation"),
            3,
        ),
    ],
)
def test_resolve_a_papers_short_description_joins_the_one_its_subject_names(
    text: str, subjects: tuple[str, ...], entities: int
) -> None:
    doc = read_document(text, origin="a.txt")
    found = [mention(doc, subject, EntityClass.AGREEMENT, source="descriptor") for subject in subjects]
    found.append(mention(doc, "MoU", EntityClass.AGREEMENT, source="descriptor", after=text.index("The MoU")))
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    assert len(graph.entities) == entities


def test_resolve_a_description_of_two_named_things_joins_neither() -> None:
    text = "两国发表《中巴联合声明》和《中老联合声明》。根据联合声明，双方将推进合作。"
    doc = read_document(text, origin="a.txt")
    found = [
        mention(doc, "中巴联合声明", EntityClass.AGREEMENT, source="pattern"),
        mention(doc, "中老联合声明", EntityClass.AGREEMENT, source="pattern"),
        mention(doc, "联合声明", EntityClass.AGREEMENT, source="descriptor", after=text.index("根据")),
    ]
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    assert len(graph.entities) == 3


ORG = EntityClass.ORGANIZATION


@pytest.mark.parametrize(
    ("text", "project", "other", "other_cls", "joined"),
    [
        (
            "中国援老挝邮电技术学院项目20日竣工交接。老挝邮电技术学院是援老“十校”之一。",
            "中国援老挝邮电技术学院项目",
            "老挝邮电技术学院",
            ORG,
            True,
        ),
        (
            "The China-aided Lao Institute of Posts and Telecommunications project was handed over. "
            "The Lao Institute of Posts and Telecommunications trains engineers.",
            "China-aided Lao Institute of Posts and Telecommunications project",
            "Lao Institute of Posts and Telecommunications",
            ORG,
            True,
        ),
        (
            "中国援建瓜达尔港医院项目竣工。瓜达尔港医院开始接诊。",
            "中国援建瓜达尔港医院项目",
            "瓜达尔港医院",
            P,
            True,
        ),
        (
            "The Konza Data Centre project was completed. The Konza Data Centre hosts the national cloud.",
            "Konza Data Centre project",
            "Konza Data Centre",
            ORG,
            True,
        ),
        ("中国援老挝项目顺利推进。老挝政府表示感谢。", "中国援老挝项目", "老挝", PLACE, False),
        (
            "The China-aided Laos project went ahead. Laos thanked China.",
            "China-aided Laos project",
            "Laos",
            PLACE,
            False,
        ),
        ("华为数据中心项目启动。华为数据中心部负责运营。", "华为数据中心项目", "华为", ORG, False),
        (
            "The Huawei data centre project began. Huawei runs it.",
            "Huawei data centre project",
            "Huawei",
            ORG,
            False,
        ),
    ],
)
def test_resolve_a_project_named_for_its_facility_is_that_facility_and_nothing_else(
    text: str, project: str, other: str, other_cls: EntityClass, joined: bool
) -> None:
    """中国援…项目 joins the facility it builds, never a place or a body named inside it."""
    doc = read_document(text, origin="a.txt")
    found = [
        mention(doc, project, P, source="pattern"),
        mention(doc, other, other_cls, source="pattern", after=text.index(project) + len(project)),
    ]
    graph = resolve([doc], [extraction(doc, *found)], lexicon())
    if joined:
        assert [e.cls for e in graph.entities] == [P]
        assert any(m.name == other and m.reason.startswith("facility that") for m in graph.merges)
    else:
        assert len(graph.entities) == 2


A = EntityClass.AGREEMENT


@pytest.mark.parametrize(
    ("text", "short", "full", "parties", "bare"),
    [
        pytest.param(
            "中乌联合声明发表。两国签署《中华人民共和国和乌兹别克斯坦共和国联合声明》。《联合声明》称双方将合作。",
            "中乌联合声明",
            "中华人民共和国和乌兹别克斯坦共和国联合声明",
            (("中", "乌"), ("中华人民共和国", "乌兹别克斯坦")),
            "联合声明",
            id="zh-names-of-the-same-parties",
        ),
        pytest.param(
            "China-Uzbekistan Joint Statement issued. They signed the Joint Statement of China and "
            "Uzbekistan. The Joint Statement says both sides will cooperate.",
            "China-Uzbekistan Joint Statement",
            "Joint Statement of China and Uzbekistan",
            (("China", "Uzbekistan"), ("China", "Uzbekistan")),
            "Joint Statement",
            id="en-names-of-the-same-parties",
        ),
    ],
)
def test_resolve_names_of_one_statement_by_the_same_parties_and_its_bare_title_are_one(
    text: str, short: str, full: str, parties: tuple[tuple[str, str], tuple[str, str]], bare: str
) -> None:
    doc = read_document(text, origin="a.txt")
    first = mention(doc, short, A, source="pattern")
    second = mention(doc, full, A, source="pattern")
    inner = [
        mention(doc, surface, C, key, source="compound", after=name.span.start)
        for name, surfaces in ((first, parties[0]), (second, parties[1]))
        for surface, key in zip(surfaces, ("country/cn", "country/uz"), strict=True)
    ]
    last = mention(doc, bare, A, source="pattern", after=second.span.end + 1)
    graph = resolve([doc], [extraction(doc, first, second, last, *inner)], lexicon())
    statements = [e for e in graph.entities if e.cls is A]
    assert len(statements) == 1, statements


def test_resolve_a_bare_title_of_two_statements_by_other_parties_joins_neither() -> None:
    doc = read_document("中巴联合声明发表。中乌联合声明发表。《联合声明》称双方将合作。", origin="a.txt")
    names = [
        mention(doc, "中巴联合声明", A, source="pattern"),
        mention(doc, "中乌联合声明", A, source="pattern"),
    ]
    inner = [
        mention(doc, char, C, key, source="compound", after=name.span.start)
        for name, pair in zip(
            names, (("country/cn", "country/pk"), ("country/cn", "country/uz")), strict=True
        )
        for char, key in zip(name.text[:2], pair, strict=True)
    ]
    bare = mention(doc, "联合声明", A, source="pattern", after=doc.text.index("《"))
    graph = resolve([doc], [extraction(doc, *names, bare, *inner)], lexicon())
    assert len([e for e in graph.entities if e.cls is A]) == 3


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "落实蓝海至2030年发展战略的行动计划发布。",
            "落实蓝海至2030年发展战略的行动计划",
            "蓝海至2030年发展战略",
        ),
        (
            "The Action Plan for the Blue Sea Strategy 2030 was issued.",
            "Action Plan for the Blue Sea Strategy 2030",
            "Blue Sea Strategy 2030",
        ),
    ],
)
def test_resolve_a_thing_named_only_inside_a_longer_name_is_labelled_by_it(
    text: str, outer: str, inner: str
) -> None:
    doc = read_document(text, origin="plan.txt")
    graph = resolve(
        [doc],
        [
            extraction(
                doc,
                mention(doc, outer, EntityClass.INITIATIVE, source="pattern"),
                mention(doc, inner, EntityClass.INITIATIVE, source="compound"),
            )
        ],
        lexicon(),
    )
    labels = {entity.id: [name for _, name in entity.labels] for entity in graph.entities}
    assert all(labels.values()), labels
    assert [inner] in labels.values()


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        pytest.param(
            "MTN launched its fifth-generation (5G) mobile network on the PEACE cable. "
            "The 5G network was piloted in January. PEACE carries it.",
            ["fifth-generation (5G) mobile network", "5G network"],
            id="en",
        ),
        pytest.param(
            "三大运营商经和平海缆开通5G网络服务。5G服务的推出将助力转型。和平海缆已投入使用。",
            ["5G网络服务", "5G服务"],
            id="zh",
        ),
    ],
)
def test_resolve_a_generation_network_is_one_work_apart_from_the_named_one(
    text: str, surfaces: list[str]
) -> None:
    doc = read_document(text, origin="a.txt")
    peace = "PEACE cable" if "PEACE cable" in text else "和平海缆"
    cables = [mention(doc, peace, P, "project/peace_cable")]
    networks = [mention(doc, surface, P, source="descriptor") for surface in surfaces]
    graph = resolve([doc], [extraction(doc, *cables, *networks)], lexicon())
    network_ids = {e.id for e in graph.entities if e.id != "project/peace_cable"}
    assert "project/peace_cable" in entity_ids(graph)
    assert len(network_ids) == 1


@pytest.mark.parametrize(
    ("text", "long", "short"),
    [
        pytest.param(
            "They signed a memorandum of understanding. The MoU covers services.",
            "memorandum of understanding",
            "MoU",
            id="en-mou",
        ),
        pytest.param(
            "They signed a letter of intent. The LoI covers landing rights.",
            "letter of intent",
            "LoI",
            id="en-loi",
        ),
        pytest.param(
            "双方签署了合作意向书。该意向书明确了合作方式。", "合作意向书", "意向书", id="zh-letter-of-intent"
        ),
        pytest.param(
            "They signed a memorandum of understanding. The memorandum covers services.",
            "memorandum of understanding",
            "memorandum",
            id="en-memorandum",
        ),
        pytest.param("两国签署的协议涉及投资。这一协议为期五年。", "协议", "这一协议", id="zh-this-paper"),
        pytest.param("双方在北京签署合同。该合同总额为5亿美元。", "合同", "该合同", id="zh-this-contract"),
    ],
)
def test_resolve_a_descriptions_short_form_joins_it(text: str, long: str, short: str) -> None:
    doc = read_document(text, origin="a.txt")
    long_form = mention(doc, long, EntityClass.AGREEMENT, source="descriptor")
    short_form = mention(doc, short, EntityClass.AGREEMENT, source="descriptor")
    graph = resolve([doc], [extraction(doc, long_form, short_form)], lexicon())
    assert len(graph.entities) == 1


@pytest.mark.parametrize(
    ("text", "first", "again", "other"),
    [
        pytest.param(
            "Alibaba Cloud opened a data centre in Dubai on the PEACE cable. The Dubai data centre is run "
            "with a partner. The Sydney data centre will follow.",
            "data centre in Dubai",
            "Dubai data centre",
            "Sydney data centre",
            id="en",
        ),
        pytest.param(
            "天津在吉布提建设的鲁班工坊经和平海缆联网。吉布提鲁班工坊开设四个专业。马里鲁班工坊正在施工。",
            "在吉布提建设的鲁班工坊",
            "吉布提鲁班工坊",
            "马里鲁班工坊",
            id="zh",
        ),
    ],
)
def test_resolve_works_at_two_sites_are_two_works_apart_from_the_named_one(
    text: str, first: str, again: str, other: str
) -> None:
    doc = read_document(text, origin="a.txt")
    peace = "PEACE cable" if "PEACE cable" in text else "和平海缆"
    cable = mention(doc, peace, P, "project/peace_cable")
    works = [mention(doc, surface, P, source="descriptor") for surface in (first, again, other)]
    graph = resolve([doc], [extraction(doc, cable, *works)], lexicon())
    named_by = {name: e.id for e in graph.entities for _, name in (*e.labels, *e.aliases)}
    assert named_by[first] == named_by[again] != named_by[other]
    assert "project/peace_cable" not in (named_by[first], named_by[other])


@pytest.mark.parametrize(
    ("text", "name", "descriptions"),
    [
        pytest.param(
            "Huawei opened the Huawei Cloud Riyadh Region. The cloud data centre in Riyadh serves "
            "the government. The Saudi Arabia cloud region cost $400 million.",
            "Huawei Cloud Riyadh Region",
            ["cloud data centre in Riyadh", "Saudi Arabia cloud region"],
            id="en",
        ),
        pytest.param(
            "阿里云迪拜数据中心正式启用。在迪拜建设的数据中心由合资公司运营。",
            "阿里云迪拜数据中心",
            ["在迪拜建设的数据中心"],
            id="zh",
        ),
    ],
)
def test_resolve_a_work_described_at_its_site_joins_the_named_work_there(
    text: str, name: str, descriptions: list[str]
) -> None:
    doc = read_document(text, origin="a.txt")
    named = mention(doc, name, P, source="pattern")
    described = [mention(doc, surface, P, source="descriptor") for surface in descriptions]
    graph = resolve([doc], [extraction(doc, named, *described)], lexicon())
    assert len(graph.entities) == 1


def test_resolve_a_payment_link_is_a_work_apart_from_the_named_one() -> None:
    doc = read_document(
        "和平海缆已投入使用。两国推进跨境二维码支付互联互通。和平海缆将扩容。", origin="a.txt"
    )
    cables = [
        mention(doc, "和平海缆", P, "project/peace_cable"),
        mention(doc, "和平海缆", P, "project/peace_cable", after=10),
    ]
    link = mention(doc, "跨境二维码支付互联互通", P, source="descriptor")
    graph = resolve([doc], [extraction(doc, *cables, link)], lexicon())
    assert len(graph.entities) == 2


def test_resolve_a_payment_link_with_and_without_its_pair_of_countries_is_one_work() -> None:
    doc = read_document(
        "中越推进跨境二维码支付互联互通\n\n双方共同推进中越两国跨境二维码支付互联互通。", origin="a.txt"
    )
    short = mention(doc, "跨境二维码支付互联互通", P, source="descriptor")
    full = mention(doc, "中越两国跨境二维码支付互联互通", P, source="descriptor")
    graph = resolve([doc], [extraction(doc, short, full)], lexicon())
    assert len(graph.entities) == 1


@pytest.mark.parametrize(
    ("text", "first", "again", "other", "country"),
    [
        pytest.param(
            "Vodafone launched its 5G network in Spain on Saturday. Huawei supplied the 5G network. "
            "Italy switched on its 5G network in June.",
            "5G network",
            "5G network",
            "5G network",
            ("Spain", "Italy"),
            id="en",
        ),
        pytest.param(
            "沃达丰在西班牙正式启动商用5G网络。华为是此次5G商用网络的供应商。意大利已启用商用5G网络。",
            "商用5G网络",
            "5G商用网络",
            "商用5G网络",
            ("西班牙", "意大利"),
            id="zh",
        ),
    ],
)
def test_resolve_a_network_a_clause_gives_another_country_is_another_work(
    text: str, first: str, again: str, other: str, country: tuple[str, str]
) -> None:
    doc = read_document(text, origin="a.txt")
    keys = {"Spain": "country/es", "Italy": "country/it", "西班牙": "country/es", "意大利": "country/it"}
    countries = [mention(doc, name, C, keys[name]) for name in country]
    first_mention = mention(doc, first, P, source="descriptor")
    again_mention = mention(doc, again, P, source="descriptor", after=first_mention.span.end)
    other_mention = mention(doc, other, P, source="descriptor", after=again_mention.span.end)
    graph = resolve(
        [doc], [extraction(doc, *countries, first_mention, again_mention, other_mention)], lexicon()
    )
    works = [e for e in graph.entities if e.cls is P]
    assert len(works) == 2


def test_resolve_networks_after_a_first_one_of_no_known_country_stay_one_work() -> None:
    doc = read_document(
        "MTN launched its 5G network on Monday. In Zambia, the 5G network covers Lusaka.", origin="a.txt"
    )
    zambia = mention(doc, "Zambia", C, "country/zm")
    first = mention(doc, "5G network", P, source="descriptor")
    again = mention(doc, "5G network", P, source="descriptor", after=first.span.end)
    graph = resolve([doc], [extraction(doc, zambia, first, again)], lexicon())
    assert len([e for e in graph.entities if e.cls is P]) == 1


@pytest.mark.parametrize(
    ("text", "owner", "owner_key", "full", "merged"),
    [
        pytest.param(
            "柬埔寨商务部国务秘书出席。",
            "柬埔寨",
            "country/kh",
            "柬埔寨商务部",
            False,
            id="zh-another-countrys-ministry",
        ),
        pytest.param(
            "马里教育部官员参观。", "马里", "country/ml", "马里教育部", False, id="zh-another-countrys-body"
        ),
        pytest.param(
            "中国商务部官员出席。",
            "中国",
            "country/cn",
            "中国商务部",
            True,
            id="zh-the-ministrys-own-country",
        ),
    ],
)
def test_resolve_a_body_of_another_country_is_no_long_form_of_a_chinese_body(
    text: str, owner: str, owner_key: str, full: str, merged: bool
) -> None:
    short = full.removeprefix(owner)
    key = lexicon().lookup(short)[0].id
    doc = read_document(text, origin="a.txt")
    graph = resolve(
        [doc],
        [
            extraction(
                doc,
                mention(doc, owner, C, key=owner_key),
                mention(doc, full, O),
                mention(doc, short, O, key=key, after=len(owner)),
            )
        ],
        lexicon(),
    )
    holder = next(e for e in graph.entities if full in {name for _, name in e.labels + e.aliases})
    assert (holder.id == key) is merged


@pytest.mark.parametrize(
    ("texts", "name", "expected"),
    [
        pytest.param(
            ("China's Ministry of Commerce signed the MoU.",),
            "Ministry of Commerce",
            {"org/mofcom"},
            id="en-the-countrys-lexicon-ministry",
        ),
        pytest.param(
            (
                "Ethiopia's Ministry of Foreign Affairs hosted it.",
                "Kenya's Ministry of Foreign Affairs agreed.",
            ),
            "Ministry of Foreign Affairs",
            {
                "organization/ministry_of_foreign_affairs_of_ethiopia",
                "organization/ministry_of_foreign_affairs_of_kenya",
            },
            id="en-two-countries-two-ministries",
        ),
        pytest.param(
            ("The Ministry of Foreign Affairs hosted it.", "The Ministry of Foreign Affairs agreed."),
            "Ministry of Foreign Affairs",
            {"organization/ministry_of_foreign_affairs"},
            id="en-no-owner-one-name",
        ),
    ],
)
def test_resolve_a_ministry_after_its_countrys_possessive_is_that_countrys(
    texts: tuple[str, ...], name: str, expected: set[str]
) -> None:
    docs = [read_document(text, origin=f"{index}.txt") for index, text in enumerate(texts)]
    graph = resolve(
        [doc for doc in docs], [extraction(doc, mention(doc, name, O)) for doc in docs], lexicon()
    )
    assert {e.id for e in graph.entities if e.cls is O} == expected


@pytest.mark.parametrize(
    ("text", "name", "names"),
    [
        pytest.param(
            "Representatives of China's National Data Administration and Zentalia's Ministry of Digital met.",
            "Ministry of Digital",
            {"Ministry of Digital"},
            id="en-owner-no-country",
        ),
        pytest.param(
            "Malaysia's Ministry of Digital will join the group.",
            "Ministry of Digital",
            {"Ministry of Digital", "Malaysia's Ministry of Digital", "Ministry of Digital of Malaysia"},
            id="en-known-country-owner",
        ),
        pytest.param(
            "马来西亚数字部将加入工作组。",
            "马来西亚数字部",
            {"马来西亚数字部"},
            id="zh-country-inside-the-name",
        ),
    ],
)
def test_resolve_a_ministry_owned_by_a_country_is_named_with_it(
    text: str, name: str, names: set[str]
) -> None:
    doc = read_document(text, origin="doc.txt")
    graph = resolve([doc], [extraction(doc, mention(doc, name, O))], lexicon())
    ministry = next(e for e in graph.entities if e.cls is O)
    assert {n for _, n in ministry.labels + ministry.aliases} == names


@pytest.mark.parametrize(
    ("first_text", "second_text", "long", "acronym"),
    [
        pytest.param(
            "Huawei and Kaduna signed a memorandum of understanding (MoU). The MoU covers smart cities.",
            "China and Singapore signed a memorandum of understanding (MoU). The MoU runs for five years.",
            "memorandum of understanding",
            "MoU",
            id="en-mou",
        ),
        pytest.param(
            "Huawei and Safaricom signed a letter of intent (LoI). The LoI covers 5G.",
            "Ooredoo and ZTE signed a letter of intent (LoI). The LoI covers cloud services.",
            "letter of intent",
            "LoI",
            id="en-loi",
        ),
        pytest.param(
            "华为与卡杜纳州签署了谅解备忘录（MoU）。该MoU涵盖智慧城市。",
            "中国与新加坡签署了谅解备忘录（MoU）。该MoU为期五年。",
            "谅解备忘录",
            "MoU",
            id="zh-mou",
        ),
    ],
)
def test_resolve_an_acronym_of_a_kind_of_paper_is_its_documents_paper(
    first_text: str, second_text: str, long: str, acronym: str
) -> None:
    docs, extractions = [], []
    for index, text in enumerate((first_text, second_text)):
        doc = read_document(text, origin=f"{index}.txt")
        long_form = mention(doc, long, EntityClass.AGREEMENT, source="descriptor")
        defined = mention(doc, acronym, EntityClass.AGREEMENT, source="acronym", canonical=long)
        again = mention(
            doc, acronym, EntityClass.AGREEMENT, source="acronym", canonical=long, after=defined.span.end
        )
        docs.append(doc)
        extractions.append(extraction(doc, long_form, defined, again))
    graph = resolve(docs, extractions, lexicon())
    papers = [entity for entity in graph.entities if entity.cls is EntityClass.AGREEMENT]
    # one paper per document, never one paper of both
    assert sorted(len(paper.doc_ids) for paper in papers) == [1, 1]


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        pytest.param(
            "中国电信签署了建设亚太光缆2号的谅解备忘录。",
            "亚太光缆2号",
            "project/apcn2",
            id="zh-number-after-head",
        ),
        pytest.param(
            "China Telecom signed an MoU to build APCN-2.", "APCN-2", "project/apcn2", id="en-lexicon-name"
        ),
        pytest.param(
            "中国电信签署了建设蓝海光缆2号的谅解备忘录。",
            "蓝海光缆2号",
            "project/蓝海光缆2号",
            id="zh-unknown-cable",
        ),
    ],
)
def test_resolve_a_cables_serial_number_after_its_head_names_the_known_cable(
    text: str, surface: str, expected: str
) -> None:
    doc = read_document(text, origin="a.txt")
    cable = mention(doc, surface, EntityClass.PROJECT, source="pattern")
    graph = resolve([doc], [extraction(doc, cable)], lexicon())
    assert entity_ids(graph) == {expected}


@pytest.mark.parametrize(
    ("text", "company", "region"),
    [
        ("中国移动国际在亚太地区拥有八条路由。", "中国移动国际", "亚太地区"),
        (
            "China Mobile International has routes in the Asia-Pacific region.",
            "China Mobile International",
            "Asia-Pacific region",
        ),
    ],
)
def test_resolve_a_region_named_as_a_scope_is_no_entity(text: str, company: str, region: str) -> None:
    doc = read_document(text, origin="a.txt")
    owner = mention(doc, company, EntityClass.ORGANIZATION, key="org/china_mobile_international")
    scope = mention(doc, region, PLACE, key="place/asia_pacific")
    located = relation(owner, Predicate.LOCATED_IN, scope, doc)
    graph = resolve([doc], [extraction(doc, owner, scope, relations=(located,))], lexicon())
    assert "place/asia_pacific" not in entity_ids(graph)
    assert not graph.triples


@pytest.mark.parametrize(
    ("text", "first", "again"),
    [
        pytest.param(
            "FiberHome will build a fibre optic cable factory in Egypt. The plant will employ 200 people.",
            "fibre optic cable factory",
            "plant",
            id="en",
        ),
        pytest.param(
            "两家集团合资建设的光纤光缆工厂正式投产。亨通还计划把新技术引入该厂。",
            "光纤光缆工厂",
            "该厂",
            id="zh",
        ),
        pytest.param(
            "Alibaba Cloud opened its second data centre in Dubai. The data centre serves the region.",
            "second data centre",
            "data centre",
            id="en-data-centre",
        ),
        pytest.param(
            "双方将启动联合建设数据中心。该数据中心将支持云服务。这座数据中心依靠可再生能源。",
            "该数据中心",
            "这座数据中心",
            id="zh-data-centre",
        ),
    ],
)
def test_resolve_the_documents_plant_however_described_is_one_work(text: str, first: str, again: str) -> None:
    doc = read_document(text, origin="a.txt")
    described = mention(doc, first, EntityClass.PROJECT, source="descriptor")
    pointed_back = mention(doc, again, EntityClass.PROJECT, source="descriptor")
    graph = resolve([doc], [extraction(doc, described, pointed_back)], lexicon())
    assert len(graph.entities) == 1


@pytest.mark.parametrize(
    ("text", "works", "entities"),
    [
        pytest.param(
            "Alibaba Cloud will build a data centre in Jakarta. It will open its new data centre soon.",
            ["data centre in Jakarta"],
            1,
            id="en-one-sited-centre",
        ),
        pytest.param(
            "Alibaba Cloud will build a data centre in Jakarta. No details of the new facility were given.",
            ["data centre in Jakarta"],
            1,
            id="en-new-facility-is-the-one-work",
        ),
        pytest.param(
            "吉隆坡数据中心开工，马尼拉数据中心投产。该数据中心将支持云服务。",
            ["吉隆坡数据中心", "马尼拉数据中心"],
            3,
            id="zh-two-named-centres",
        ),
    ],
)
def test_resolve_the_facility_pointed_back_to_is_the_documents_one_work_of_its_kind(
    text: str, works: list[str], entities: int
) -> None:
    doc = read_document(text, origin="a.txt")
    # a work described at its site is a descriptor; one named by a name is a pattern's
    named = [
        mention(doc, work, EntityClass.PROJECT, source="descriptor" if " in " in work else "pattern")
        for work in works
    ]
    pointer = next(word for word in ("new facility", "new data centre", "该数据中心") if word in text)
    pointed_back = mention(doc, pointer, EntityClass.PROJECT, source="descriptor")
    graph = resolve([doc], [extraction(doc, *named, pointed_back)], lexicon())
    assert len(graph.entities) == entities


def test_resolve_plants_of_two_documents_stay_two() -> None:
    docs = [
        read_document(f"Its cable plant opened in {city}.", origin=f"{city}.txt")
        for city in ("Cairo", "Lagos")
    ]
    extractions = [
        extraction(doc, mention(doc, "cable plant", EntityClass.PROJECT, source="descriptor")) for doc in docs
    ]
    graph = resolve(docs, extractions, lexicon())
    assert len([e for e in graph.entities if e.cls is EntityClass.PROJECT]) == 2


@pytest.mark.parametrize(
    ("text", "surface", "cls", "core"),
    [
        ("Somtel公司参与了该海缆的建设。", "Somtel公司", EntityClass.ORGANIZATION, "Somtel"),
        ("SEA-ME-WE 4海缆也在此登陆。", "SEA-ME-WE 4海缆", P, "SEA-ME-WE 4"),
        ("华为海洋公司承建该项目。", "华为海洋公司", EntityClass.ORGANIZATION, None),
        ("Somtel Ltd joined the consortium.", "Somtel Ltd", EntityClass.ORGANIZATION, None),
    ],
)
def test_resolve_a_foreign_name_with_its_chinese_kind_is_named_alone_too(
    text: str, surface: str, cls: EntityClass, core: str | None
) -> None:
    doc = read_document(text, origin="a.txt")
    graph = resolve([doc], [extraction(doc, mention(doc, surface, cls, source="pattern"))], lexicon())
    (entity,) = graph.entities
    names = {name for _, name in entity.labels + entity.aliases}
    assert names == {surface} | ({core} if core else set())


@pytest.mark.parametrize(
    ("text", "described", "cls", "without_site"),
    [
        (
            "TikTok will establish its first European data centre in Ireland.",
            "first European data centre in Ireland",
            P,
            "first European data centre",
        ),
        (
            "Moon is on a four-day state visit to India.",
            "four-day state visit to India",
            EntityClass.EVENT,
            "four-day state visit",
        ),
    ],
)
def test_resolve_a_sited_description_is_also_named_without_its_site(
    text: str, described: str, cls: EntityClass, without_site: str
) -> None:
    doc = read_document(text, origin="a.txt")
    graph = resolve([doc], [extraction(doc, mention(doc, described, cls, source="descriptor"))], lexicon())
    (entity,) = graph.entities
    assert ("en", without_site) in entity.aliases


@pytest.mark.parametrize(
    "name",
    [
        "Digital Silk Road Forum in Xi'an",  # a name, not a description: its words stay together
        "联合国互联网治理论坛",
    ],
)
def test_resolve_a_name_is_never_cut_at_its_site(name: str) -> None:
    doc = read_document(f"The {name} opened.", origin="a.txt")
    graph = resolve([doc], [extraction(doc, mention(doc, name, EntityClass.EVENT))], lexicon())
    (entity,) = graph.entities
    assert {n for _, n in entity.labels + entity.aliases} == {name}
