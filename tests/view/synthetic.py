"""Synthetic RDF graphs shaped like docs/architecture.md, for the view and analytics tests and the benchmark.

``sample_graph`` holds Chinese and English entities side by side with relations, evidence,
facts and documents; ``xss_graph`` carries hostile strings in every field a document can fill;
``random_graph`` makes an N-entity graph with hubs, small components and isolated nodes.
"""

from __future__ import annotations

import random
from collections.abc import Iterable

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV

from kg.iris import document_iri, entity_iri, evidence_iri, fact_iri
from kg.model import EntityClass, Predicate
from kg.ontology.vocab import KGO

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")


def add_document(
    g: Graph, doc_id: str, *, title: str, date: str, source: str, publisher: str, language: str
) -> URIRef:
    doc = document_iri(doc_id)
    g.add((doc, RDF.type, KGO.Document))
    g.add((doc, DCTERMS.title, Literal(title)))
    g.add((doc, DCTERMS.date, Literal(date, datatype=XSD.date)))
    g.add((doc, DCTERMS.source, URIRef(source) if "://" in source else Literal(source)))
    g.add((doc, DCTERMS.publisher, Literal(publisher)))
    g.add((doc, DCTERMS.language, Literal(language)))
    return doc


def add_entity(
    g: Graph,
    entity_id: str,
    cls: EntityClass,
    *,
    en: str | None = None,
    zh: str | None = None,
    aliases: Iterable[tuple[str, str]] = (),
    wikidata: str | None = None,
) -> URIRef:
    entity = entity_iri(entity_id)
    g.add((entity, RDF.type, getattr(KGO, cls.value)))
    for lang, label in (("en", en), ("zh", zh)):
        if label:
            g.add((entity, RDFS.label, Literal(label, lang=lang)))
    for name, lang in aliases:
        g.add((entity, SKOS.altLabel, Literal(name, lang=lang)))
    if wikidata:
        g.add((entity, OWL.sameAs, WD[wikidata]))
    return entity


def _evidence(
    g: Graph,
    *,
    subject: URIRef,
    predicate: URIRef,
    obj: URIRef,
    doc: URIRef,
    sentence: str,
    lang: str,
    start: int,
) -> URIRef:
    node = evidence_iri(subject, predicate, obj, doc, start)
    g.add((node, RDF.type, KGO.Evidence))
    g.add((node, RDF.type, PROV.Entity))
    g.add((node, RDF.subject, subject))
    g.add((node, RDF.predicate, predicate))
    g.add((node, RDF.object, obj))
    g.add((node, PROV.wasDerivedFrom, doc))
    g.add((node, KGO.sentence, Literal(sentence, lang=lang)))
    g.add((node, KGO.startOffset, Literal(start, datatype=XSD.integer)))
    g.add((node, KGO.endOffset, Literal(start + len(sentence), datatype=XSD.integer)))
    g.add((node, KGO.extractor, Literal("rules")))
    g.add((node, KGO.rule, Literal("synthetic")))
    g.add((node, KGO.confidence, Literal("0.9", datatype=XSD.decimal)))
    return node


def add_relation(
    g: Graph,
    subject: URIRef,
    predicate: Predicate,
    obj: URIRef,
    *,
    doc: URIRef,
    sentence: str,
    lang: str,
    start: int = 0,
) -> None:
    link: URIRef = getattr(KGO, predicate.value)
    g.add((subject, link, obj))
    _evidence(g, subject=subject, predicate=link, obj=obj, doc=doc, sentence=sentence, lang=lang, start=start)


def add_fact(
    g: Graph,
    entity: URIRef,
    attribute: str,
    *,
    doc: URIRef,
    sentence: str,
    lang: str,
    date: str | None = None,
    value: str | None = None,
    unit: str | None = None,
    currency: str | None = None,
) -> URIRef:
    fact = fact_iri(entity, attribute, date, value, unit)
    g.add((entity, KGO.fact, fact))
    g.add((fact, RDF.type, KGO.Fact))
    g.add((fact, KGO.attribute, Literal(attribute)))
    if date:
        g.add((fact, KGO.date, Literal(date, datatype=XSD.date)))
    if value:
        g.add((fact, RDF.type, SCHEMA.QuantitativeValue))
        g.add((fact, SCHEMA.value, Literal(value, datatype=XSD.decimal)))
    if unit:
        g.add((fact, SCHEMA.unitText, Literal(unit)))
    if currency:
        g.add((fact, KGO.currency, Literal(currency)))
    _evidence(g, subject=entity, predicate=KGO.fact, obj=fact, doc=doc, sentence=sentence, lang=lang, start=0)
    return fact


ZH_CABLE_SENTENCE = "中巴跨境光缆项目全长820公里，连接中国新疆红其拉甫和巴基斯坦拉瓦尔品第。"
EN_PEACE_SENTENCE = (
    "The PEACE cable, built by Huawei Marine, connects Pakistan and France and lands at Marseille."
)
ZH_SCO_SENTENCE = "中国和巴基斯坦都是上海合作组织成员国。"
ZH_DSR_SENTENCE = "中巴跨境光缆是数字丝绸之路的重要项目。"


def sample_graph() -> Graph:
    """A small graph: Chinese and English entities side by side, with relations, evidence and facts."""
    g = Graph()
    d_zh = add_document(
        g, "doc-zh-cable", title="中巴跨境光缆正式开通", date="2018-07-13",
        source="https://www.xinhuanet.com/2018-07/13/c_1123123456.htm", publisher="新华社", language="zh",
    )  # fmt: skip
    d_en = add_document(
        g, "doc-en-peace", title="PEACE cable lands in Marseille", date="2022-03-01",
        source="https://www.peacecable.net/news/marseille", publisher="PEACE Cable", language="en",
    )  # fmt: skip
    d_sco = add_document(
        g, "doc-zh-sco", title="上合组织成员国", date="2023-07-04",
        source="https://www.gov.cn/sco", publisher="中国政府网", language="zh",
    )  # fmt: skip
    cn = add_entity(g, "country/cn", EntityClass.COUNTRY, en="China", zh="中国", wikidata="Q148")
    pk = add_entity(g, "country/pk", EntityClass.COUNTRY, en="Pakistan", zh="巴基斯坦", wikidata="Q843")
    fr = add_entity(g, "country/fr", EntityClass.COUNTRY, en="France", zh="法国", wikidata="Q142")
    pkfop = add_entity(
        g,
        "pkfop",
        EntityClass.PROJECT,
        zh="中巴跨境光缆",
        en="China–Pakistan cross-border optical fibre cable",
        aliases=[("PKFOP", "en"), ("中巴跨境光缆项目", "zh")],
    )
    peace = add_entity(g, "peace", EntityClass.PROJECT, en="PEACE cable", zh="和平海缆")
    huawei = add_entity(g, "huawei_marine", EntityClass.ORGANIZATION, en="Huawei Marine", zh="华为海洋")
    sco = add_entity(
        g, "sco", EntityClass.ORGANIZATION, en="Shanghai Cooperation Organisation", zh="上海合作组织",
        aliases=[("上合组织", "zh"), ("SCO", "en")], wikidata="Q485207",
    )  # fmt: skip
    khunjerab = add_entity(g, "place/红其拉甫", EntityClass.PLACE, en="Khunjerab", zh="红其拉甫")
    marseille = add_entity(g, "place/marseille", EntityClass.PLACE, en="Marseille")
    dsr = add_entity(g, "dsr", EntityClass.INITIATIVE, en="Digital Silk Road", zh="数字丝绸之路")
    add_entity(g, "technology/5g", EntityClass.TECHNOLOGY, en="5G", zh="5G")

    for target in (cn, pk, khunjerab):
        add_relation(g, pkfop, Predicate.CONNECTS, target, doc=d_zh, sentence=ZH_CABLE_SENTENCE, lang="zh")
    add_relation(g, pkfop, Predicate.PART_OF, dsr, doc=d_zh, sentence=ZH_DSR_SENTENCE, lang="zh", start=40)
    for target in (pk, fr):
        add_relation(g, peace, Predicate.CONNECTS, target, doc=d_en, sentence=EN_PEACE_SENTENCE, lang="en")
    add_relation(g, peace, Predicate.BUILT_BY, huawei, doc=d_en, sentence=EN_PEACE_SENTENCE, lang="en")
    add_relation(g, peace, Predicate.LANDS_AT, marseille, doc=d_en, sentence=EN_PEACE_SENTENCE, lang="en")
    for member in (cn, pk):
        add_relation(g, member, Predicate.MEMBER_OF, sco, doc=d_sco, sentence=ZH_SCO_SENTENCE, lang="zh")

    add_fact(g, pkfop, "length", doc=d_zh, sentence=ZH_CABLE_SENTENCE, lang="zh", value="820", unit="千米")
    add_fact(g, pkfop, "opened", doc=d_zh, sentence=ZH_CABLE_SENTENCE, lang="zh", date="2018-07-13")
    add_fact(
        g, peace, "cost", doc=d_en, sentence=EN_PEACE_SENTENCE, lang="en", value="425000000", currency="USD"
    )
    return g


XSS_NAME = "<script>window.__xss = 1</script>"
XSS_ALIAS = '<img src=x onerror="window.__xss = 2">'
XSS_TITLE = "</script><script>window.__xss = 3</script>"
XSS_SOURCE = "javascript:window.__xss = 4"
XSS_SENTENCE = '<img src=x onerror=window.__xss=5> says \u2028 & "quotes" <b>bold</b> </script><!--'


def xss_graph() -> Graph:
    """Hostile strings in a label, an alias, a title, a source link and a sentence."""
    g = Graph()
    doc = add_document(
        g,
        "doc-xss",
        title=XSS_TITLE,
        date="2024-01-01",
        source=XSS_SOURCE,
        publisher="<i>evil</i>",
        language="en",
    )
    bad = add_entity(
        g, "organization/xss", EntityClass.ORGANIZATION, en=XSS_NAME, aliases=[(XSS_ALIAS, "en")]
    )
    cn = add_entity(g, "country/cn", EntityClass.COUNTRY, en="China", zh="中国", wikidata="Q148")
    add_relation(g, bad, Predicate.LOCATED_IN, cn, doc=doc, sentence=XSS_SENTENCE, lang="en")
    add_fact(g, bad, "<u>founded</u>", doc=doc, sentence=XSS_SENTENCE, lang="en", date="2020-01-01")
    return g


def random_graph(n_nodes: int, *, seed: int = 0, links_per_node: float = 2.0) -> Graph:
    """N entities with preferential attachment (hubs), a tail of small components and isolated nodes."""
    rng = random.Random(seed)
    g = Graph()
    classes = list(EntityClass)
    predicates = list(Predicate)
    docs = [
        add_document(
            g,
            f"doc-{i}",
            title=f"Document {i} / 文件{i}",
            date=f"20{10 + i % 15}-01-01",
            source=f"https://news.example.org/{i}",
            publisher="Synthetic",
            language="zh" if i % 2 else "en",
        )
        for i in range(max(1, n_nodes // 50))
    ]
    entities = [
        add_entity(g, f"synthetic/{i}", classes[i % len(classes)], en=f"Entity {i}", zh=f"实体{i}")
        for i in range(n_nodes)
    ]
    core = int(n_nodes * 0.85)
    endpoints: list[int] = [0]
    for i in range(1, n_nodes):
        if i < core:
            links = max(1, round(rng.expovariate(1 / links_per_node)))
            targets = {endpoints[rng.randrange(len(endpoints))] for _ in range(links)}
        elif rng.random() < 0.6:
            targets = {i - 1}
        else:
            continue
        for target in targets:
            doc_index = rng.randrange(len(docs))
            lang = "zh" if doc_index % 2 else "en"
            sentence = (
                f"实体{i}与实体{target}有关。" if lang == "zh" else f"Entity {i} relates to Entity {target}."
            )
            add_relation(
                g, entities[i], predicates[(i + target) % len(predicates)], entities[target],
                doc=docs[doc_index], sentence=sentence, lang=lang, start=i,
            )  # fmt: skip
            endpoints.extend((i, target))
    return g
