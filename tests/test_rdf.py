"""kg.rdf: a hand-built knowledge graph (a Chinese and an English document about the same cable)
turned into quads, checked triple by triple, round-tripped through TriG and Turtle, and read by
the reference scorer."""

from __future__ import annotations

import importlib.util
import logging
from dataclasses import replace
from decimal import Decimal
from types import ModuleType

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from kg.iris import document_iri, entity_iri
from kg.model import (
    DateValue,
    Document,
    Entity,
    EntityClass,
    EntityFact,
    KnowledgeGraph,
    Lang,
    MergeDecision,
    Predicate,
    Provenance,
    Quantity,
    Sentence,
    Span,
    Triple,
)
from kg.ontology.vocab import KGO
from kg.rdf import (
    PREFIXES,
    WIKIDATA,
    _NameFinder,
    date_literal,
    decimal_lexical,
    script_lang,
    to_dataset,
    to_quads,
    wikidata_iri,
)
from tests.eval_set import SCORER

# Plain namespaces: pytest probes module attributes, and rdflib's SDO and XSD warn on unknown names.
SDO, XSD = PREFIXES["schema"], PREFIXES["xsd"]

ZH_TEXT = "中巴跨境光缆全长820公里，连接中国和巴基斯坦。该项目于2018年7月13日开通。新华社报道了开通仪式。"
EN_TEXT = (
    "The China–Pakistan cable (PKFOP) connects China and Pakistan. It cost nearly US$44 million from 2016 Q3."
)
MIXED_TEXT = "华为海洋 (Huawei Marine) built the PEACE cable. 华为海洋承建了和平海缆。"

CABLE, CHINA, PAKISTAN = "project/中巴跨境光缆", "country/cn", "country/pk"
XINHUA, HUAWEI = "org/新华社", "org/huawei_marine"


def sentences(text: str, lang: Lang) -> tuple[Sentence, ...]:
    """Sentences ending at 。 or at a period followed by a space (enough for these texts)."""
    found, start = [], 0
    for i, ch in enumerate(text):
        if ch == "。" or (ch == "." and text[i + 1 : i + 2] in (" ", "")):
            found.append(Sentence(Span(start, i + 1), lang))
            start = i + 1
            while start < len(text) and text[start] == " ":
                start += 1
    return tuple(found)


def provenance(doc: Document, index: int, rule: str, confidence: float = 0.9) -> Provenance:
    span = doc.sentences[index].span
    return Provenance(doc.id, doc.excerpt(span), span, "rules", rule, confidence)


ZH_DOC = Document(
    "zh1", ZH_TEXT, Lang.ZH, sentences(ZH_TEXT, Lang.ZH), "docs/zh.md",
    title="中巴跨境光缆开通", source="https://example.org/news?id=1", date="2018-07-14", publisher="新华社",
)  # fmt: skip
EN_DOC = Document(
    "en1", EN_TEXT, Lang.EN, sentences(EN_TEXT, Lang.EN), "docs/digest.txt#2",
    title="PKFOP opens", date="2018-07-15", publisher="Xinhua",
)  # fmt: skip
MIXED_DOC = Document(
    "mx1", MIXED_TEXT, Lang.MIXED, sentences(MIXED_TEXT, Lang.MIXED), "docs/mixed.txt", date="2019"
)


def knowledge_graph() -> KnowledgeGraph:
    zh, en = ("zh1",), ("en1",)
    cable_labels = (("zh", "中巴跨境光缆"), ("en", "China–Pakistan cable"))
    entities = (
        Entity(
            CABLE, EntityClass.PROJECT, cable_labels, (("en", "PKFOP"), ("zh", "中巴光缆")), None, zh + en
        ),
        Entity(
            CHINA, EntityClass.COUNTRY, (("en", "China"), ("zh", "中国")), (("en", "PRC"),), "Q148", zh + en
        ),
        Entity(
            PAKISTAN,
            EntityClass.COUNTRY,
            (("en", "Pakistan"), ("zh", "巴基斯坦")),
            (("zh", "巴"), ("en", "Pak")),
            "Q843",
            zh + en,
        ),
        Entity(XINHUA, EntityClass.ORGANIZATION, (("zh", "新华社"),), (), None, zh),
        Entity(
            HUAWEI,
            EntityClass.ORGANIZATION,
            (("en", "Huawei Marine"), ("zh", "华为海洋")),
            (),
            None,
            ("mx1",),
        ),
    )
    both_ends = provenance(ZH_DOC, 0, "name-ends")
    triples = (
        Triple(CABLE, Predicate.CONNECTS, CHINA, (both_ends, provenance(EN_DOC, 0, "x-connects-y"))),
        Triple(CABLE, Predicate.CONNECTS, PAKISTAN, (both_ends,)),
    )
    facts = (
        EntityFact(
            CABLE, "length", Quantity(Decimal("820"), unit="公里"), (provenance(ZH_DOC, 0, "length"),)
        ),
        EntityFact(CABLE, "inaugurated", DateValue("2018-07-13", "day"), (provenance(ZH_DOC, 1, "date"),)),
        EntityFact(
            CABLE,
            "investment",
            Quantity(Decimal("4.4E+7"), currency="USD", approximate=True),
            (provenance(EN_DOC, 1, "amount", 0.7),),
        ),
        EntityFact(CABLE, "funded", DateValue("2016-07", "quarter"), (provenance(EN_DOC, 1, "date"),)),
        EntityFact(CABLE, "built", DateValue("2016", "year", end="2018"), (provenance(EN_DOC, 1, "date"),)),
    )
    merges = (
        MergeDecision(CABLE, "PKFOP", "en", "acronym defined in the document", "en1"),
        MergeDecision(PAKISTAN, "巴", "zh", "compound form 巴 of country/pk", "zh1"),
        MergeDecision(PAKISTAN, "Pak", "en", "lexicon name of country/pk", "zh1"),
        MergeDecision(PAKISTAN, "Pak", "en", "lexicon name of country/pk", "en1"),
    )
    return KnowledgeGraph((ZH_DOC, EN_DOC, MIXED_DOC), entities, triples, facts, merges)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return to_dataset(knowledge_graph())


def graph_of(dataset: Dataset, doc_id: str) -> Graph:
    return dataset.graph(document_iri(doc_id))


def facts_of(dataset: Dataset, entity_id: str) -> dict[str, URIRef]:
    """The fact nodes of an entity, by attribute."""
    nodes = dataset.objects(entity_iri(entity_id), KGO.fact)
    return {str(dataset.value(node, KGO.attribute)): node for node in nodes if isinstance(node, URIRef)}


@pytest.mark.parametrize(
    ("entity_id", "cls"),
    [
        (CABLE, KGO.Project),
        (CHINA, KGO.Country),
        (XINHUA, KGO.Organization),
        (HUAWEI, KGO.Organization),
    ],
)
def test_to_quads_types_each_entity_with_its_class(dataset: Dataset, entity_id: str, cls: URIRef) -> None:
    assert set(dataset.objects(entity_iri(entity_id), RDF.type)) == {cls}


@pytest.mark.parametrize(
    ("entity_id", "label"),
    [
        (CABLE, Literal("中巴跨境光缆", lang="zh")),
        (CABLE, Literal("China–Pakistan cable", lang="en")),
        (PAKISTAN, Literal("巴基斯坦", lang="zh")),
        (PAKISTAN, Literal("Pakistan", lang="en")),
    ],
)
def test_to_quads_labels_each_language_with_its_tag(dataset: Dataset, entity_id: str, label: Literal) -> None:
    labels = set(dataset.objects(entity_iri(entity_id), RDFS.label))
    assert label in labels
    assert len({str(each.language) for each in labels}) == len(labels)


@pytest.mark.parametrize(
    ("entity_id", "alias", "doc_ids"),
    [
        (CABLE, Literal("中巴光缆", lang="zh"), {"zh1"}),  # no document saw it: its first document only
        (CHINA, Literal("PRC", lang="en"), {"zh1"}),
        (CABLE, Literal("PKFOP", lang="en"), {"en1"}),  # merged in en1 only
        (PAKISTAN, Literal("巴", lang="zh"), {"zh1"}),
        (PAKISTAN, Literal("Pak", lang="en"), {"zh1", "en1"}),  # seen in both
    ],
)
def test_to_quads_alt_labels_sit_in_the_documents_that_saw_them(
    dataset: Dataset, entity_id: str, alias: Literal, doc_ids: set[str]
) -> None:
    triple = (entity_iri(entity_id), SKOS.altLabel, alias)
    assert {doc for doc in ("zh1", "en1", "mx1") if triple in graph_of(dataset, doc)} == doc_ids


@pytest.mark.parametrize(("entity_id", "qid"), [(CHINA, "Q148"), (PAKISTAN, "Q843"), (CABLE, None)])
def test_to_quads_links_wikidata_with_same_as(dataset: Dataset, entity_id: str, qid: str | None) -> None:
    expected = {WIKIDATA[qid]} if qid else set()
    assert set(dataset.objects(entity_iri(entity_id), OWL.sameAs)) == expected


def test_entity_iri_keeps_chinese_names(dataset: Dataset) -> None:
    assert str(entity_iri(CABLE)) == "https://w3id.org/kg-dsr/entity/project/中巴跨境光缆"
    assert entity_iri(CABLE) in set(dataset.subjects(RDF.type, KGO.Project))


@pytest.mark.parametrize(
    ("subject", "obj", "doc_ids"),
    [
        (CABLE, CHINA, {"zh1", "en1"}),
        (CABLE, PAKISTAN, {"zh1"}),
    ],
)
def test_to_quads_asserts_relations_in_the_graphs_of_their_evidence(
    dataset: Dataset, subject: str, obj: str, doc_ids: set[str]
) -> None:
    triple = (entity_iri(subject), KGO.connects, entity_iri(obj))
    assert {doc for doc in ("zh1", "en1", "mx1") if triple in graph_of(dataset, doc)} == doc_ids


def test_to_quads_writes_only_contract_predicates_between_entities(dataset: Dataset) -> None:
    classes = {KGO[cls.value] for cls in EntityClass}
    entities = {s for s, o in dataset.subject_objects(RDF.type) if o in classes}
    between = {p for s, p, o in dataset.triples((None, None, None)) if s in entities and o in entities}
    assert between == {KGO.connects}


def test_to_quads_gives_every_asserted_triple_evidence_from_its_document(dataset: Dataset) -> None:
    documents = {doc.id: doc for doc in knowledge_graph().documents}
    asserted = [
        (s, p, o, g)
        for s, p, o, g in dataset.quads((None, None, None, None))
        if p == KGO.fact or (str(p).startswith(str(KGO._NS)) and p in {KGO[x.value] for x in Predicate})
    ]
    assert len(asserted) == 8  # connects ×3 (cn in two documents), fact links ×5
    for s, p, o, g in asserted:
        evidence = set(dataset.subjects(RDF.subject, s)) & set(dataset.subjects(RDF.predicate, p))
        evidence &= set(dataset.subjects(RDF.object, o))
        in_graph = [node for node in evidence if (node, PROV.wasDerivedFrom, g) in dataset.graph(g)]
        assert in_graph, (s, p, o, g)
        for node in in_graph:
            doc = documents[str(g).rsplit("/", 1)[-1]]
            start = dataset.value(node, KGO.startOffset)
            end = dataset.value(node, KGO.endOffset)
            sentence = dataset.value(node, KGO.sentence)
            assert isinstance(start, Literal) and start.datatype == XSD.integer
            assert isinstance(sentence, Literal) and sentence.language == doc.lang
            assert doc.text[start.toPython() : end.toPython()] == str(sentence)
            assert dataset.value(node, KGO.confidence).datatype == XSD.decimal  # type: ignore[union-attr]
            assert set(dataset.objects(node, RDF.type)) == {KGO.Evidence}  # a prov:Entity by the ontology


@pytest.mark.parametrize(
    ("attribute", "predicate", "value"),
    [
        ("length", SDO.value, Literal("820.0", datatype=XSD.decimal)),
        ("length", SDO.unitText, Literal("公里")),
        ("inaugurated", KGO.date, Literal("2018-07-13", datatype=XSD.date)),
        ("inaugurated", KGO.precision, Literal("day")),
        ("funded", KGO.date, Literal("2016-07", datatype=XSD.gYearMonth)),
        ("funded", KGO.precision, Literal("quarter")),
        ("built", KGO.date, Literal("2016", datatype=XSD.gYear)),
        ("built", KGO.endDate, Literal("2018", datatype=XSD.gYear)),
        ("investment", SDO.value, Literal("44000000.0", datatype=XSD.decimal)),
        ("investment", KGO.currency, Literal("USD")),
        ("investment", KGO.approximate, Literal(True)),
    ],
)
def test_to_quads_types_fact_literals(
    dataset: Dataset, attribute: str, predicate: URIRef, value: Literal
) -> None:
    node = facts_of(dataset, CABLE)[attribute]
    assert KGO.Fact in set(dataset.objects(node, RDF.type))
    assert list(dataset.objects(node, predicate)) == [value]


@pytest.mark.parametrize(
    ("attribute", "quantity"), [("length", True), ("investment", True), ("built", False)]
)
def test_to_quads_marks_quantities_as_quantitative_values(
    dataset: Dataset, attribute: str, quantity: bool
) -> None:
    node = facts_of(dataset, CABLE)[attribute]
    assert ((node, RDF.type, SDO.QuantitativeValue) in dataset) is quantity
    assert ((node, KGO.approximate, None) in dataset) is (attribute == "investment")


@pytest.mark.parametrize(
    ("doc_id", "predicate", "values"),
    [
        ("zh1", DCTERMS.title, {Literal("中巴跨境光缆开通", lang="zh")}),
        ("en1", DCTERMS.title, {Literal("PKFOP opens", lang="en")}),
        ("zh1", DCTERMS.source, {URIRef("https://example.org/news?id=1")}),
        ("en1", DCTERMS.source, {Literal("docs/digest.txt#2")}),
        ("zh1", DCTERMS.date, {Literal("2018-07-14", datatype=XSD.date)}),
        ("mx1", DCTERMS.date, {Literal("2019", datatype=XSD.gYear)}),
        ("zh1", DCTERMS.language, {Literal("zh")}),
        ("en1", DCTERMS.language, {Literal("en")}),
        ("mx1", DCTERMS.language, {Literal("zh"), Literal("en")}),
        ("zh1", DCTERMS.publisher, {Literal("新华社")}),
        ("en1", DCTERMS.identifier, {Literal("en1")}),
        ("zh1", RDF.type, {KGO.Document, PROV.Entity, SDO.CreativeWork}),
    ],
)
def test_to_quads_describes_documents_with_dublin_core(
    dataset: Dataset, doc_id: str, predicate: URIRef, values: set[object]
) -> None:
    doc = document_iri(doc_id)
    assert set(graph_of(dataset, doc_id).objects(doc, predicate)) == values


def test_to_quads_puts_every_quad_in_a_document_graph() -> None:
    graph = knowledge_graph()
    documents = {document_iri(doc.id) for doc in graph.documents}
    quads = list(to_quads(graph))
    assert {g for *_, g in quads} == documents
    assert len(set(quads)) == len(quads)


def test_to_quads_makes_each_document_graph_self_contained(dataset: Dataset) -> None:
    """Every entity a document's graph relates is typed and named in that same graph."""
    for doc_id in ("zh1", "en1", "mx1"):
        part = graph_of(dataset, doc_id)
        related = {s for s, p, o in part if p == KGO.connects} | {o for s, p, o in part if p == KGO.connects}
        for node in related:
            assert (node, RDF.type, None) in part and (node, RDFS.label, None) in part


def typing_evidence(part: Graph, entity_id: str) -> list[Node]:
    return [
        node
        for node in part.subjects(RDF.subject, entity_iri(entity_id))
        if (node, RDF.predicate, RDF.type) in part
    ]


@pytest.mark.parametrize(
    ("entity_id", "doc_id", "sentence"),
    [
        (XINHUA, "zh1", "新华社报道了开通仪式。"),  # found by its name: no relation, no fact
        (PAKISTAN, "en1", "The China–Pakistan cable (PKFOP) connects China and Pakistan."),
        (HUAWEI, "mx1", "华为海洋 (Huawei Marine) built the PEACE cable."),
    ],
)
def test_to_quads_backs_each_mention_with_its_first_sentence(
    dataset: Dataset, entity_id: str, doc_id: str, sentence: str
) -> None:
    part = graph_of(dataset, doc_id)
    nodes = typing_evidence(part, entity_id)
    assert len(nodes) == 1
    assert str(part.value(nodes[0], KGO.sentence)) == sentence
    assert part.value(nodes[0], KGO.rule) == Literal("first-mention")


@pytest.mark.parametrize(
    ("entity_id", "doc_id", "sentence"),
    [
        (CABLE, "zh1", "中巴跨境光缆全长820公里，连接中国和巴基斯坦。"),
        (PAKISTAN, "zh1", "中巴跨境光缆全长820公里，连接中国和巴基斯坦。"),
        (CABLE, "en1", "The China–Pakistan cable (PKFOP) connects China and Pakistan."),
        (CHINA, "en1", "The China–Pakistan cable (PKFOP) connects China and Pakistan."),
    ],
)
def test_to_quads_lets_the_evidence_of_an_entitys_statements_back_its_typing(
    dataset: Dataset, entity_id: str, doc_id: str, sentence: str
) -> None:
    part = graph_of(dataset, doc_id)
    assert typing_evidence(part, entity_id) == []
    naming = set(part.subjects(RDF.subject, entity_iri(entity_id))) | set(
        part.subjects(RDF.object, entity_iri(entity_id))
    )
    assert sentence in {str(part.value(node, KGO.sentence)) for node in naming}


def test_to_quads_names_every_typed_entity_in_an_evidence_node_of_its_graph(dataset: Dataset) -> None:
    classes = {KGO[cls.value] for cls in EntityClass}
    for doc_id in ("zh1", "en1", "mx1"):
        part = graph_of(dataset, doc_id)
        typed = {s for s, o in part.subject_objects(RDF.type) if o in classes}
        named = set(part.objects(None, RDF.subject)) | set(part.objects(None, RDF.object))
        assert typed and typed <= named, doc_id


def test_to_quads_leaves_mention_evidence_out_on_request() -> None:
    quads = list(to_quads(knowledge_graph(), mention_evidence=False))
    assert not [q for q in quads if q[1] == RDF.predicate and q[2] == RDF.type]
    assert [q for q in quads if q[1] == RDF.predicate and q[2] == KGO.connects]


def test_to_quads_records_merge_decisions_pointing_to_the_entity(dataset: Dataset) -> None:
    decisions = set(graph_of(dataset, "en1").subjects(RDF.type, KGO.MergeDecision))
    assert len(decisions) == 1
    decision = decisions.pop()
    assert dataset.value(decision, KGO.mergedInto) == entity_iri(CABLE)
    assert dataset.value(decision, KGO.mergedName) == Literal("PKFOP", lang="en")
    assert dataset.value(decision, PROV.wasDerivedFrom) == document_iri("en1")
    assert (entity_iri(CABLE), None, decision) not in dataset


@pytest.mark.parametrize(("name", "lang"), [("巴", "zh"), ("Pak", "en")])
def test_to_quads_keeps_one_merge_decision_per_name_and_reason(
    dataset: Dataset, name: str, lang: str
) -> None:
    [decision] = set(dataset.subjects(KGO.mergedName, Literal(name, lang=lang)))
    derived = {
        doc: (decision, PROV.wasDerivedFrom, document_iri(doc)) in graph_of(dataset, doc)
        for doc in ("zh1", "en1")
    }
    described_in = {doc for doc in ("zh1", "en1") if (decision, KGO.reason, None) in graph_of(dataset, doc)}
    assert described_in == {"zh1"}  # the first document that made it describes it
    assert derived == {"zh1": True, "en1": name == "Pak"}  # every document that made it says so


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("华为海洋 (Huawei Marine) built the PEACE cable.", "en"),
        ("华为海洋承建了和平海缆，由 HMN 运营。", "zh"),
        ("中巴跨境光缆 (PKFOP)", "zh"),
        ("The 中巴 cable", "en"),
    ],
)
def test_script_lang_tags_mixed_text_by_majority_script(text: str, lang: str) -> None:
    assert script_lang(text) == lang


def test_to_quads_tags_mixed_sentences_by_their_script(dataset: Dataset) -> None:
    sentences = set(graph_of(dataset, "mx1").objects(None, KGO.sentence))
    assert Literal("华为海洋 (Huawei Marine) built the PEACE cable.", lang="en") in sentences


@pytest.mark.parametrize(
    ("value", "lexical"),
    [(Decimal("820"), "820.0"), (Decimal("4.4E+7"), "44000000.0"), (Decimal("0.50"), "0.5"), (0.9, "0.9")],
)
def test_decimal_lexical_is_canonical(value: Decimal | float, lexical: str) -> None:
    assert decimal_lexical(value) == lexical


@pytest.mark.parametrize(
    ("iso", "precision", "expected"),
    [
        ("2018-07-13", "day", Literal("2018-07-13", datatype=XSD.date)),
        ("2018-07", "month", Literal("2018-07", datatype=XSD.gYearMonth)),
        ("2018-04", "quarter", Literal("2018-04", datatype=XSD.gYearMonth)),
        ("2018", "year", Literal("2018", datatype=XSD.gYear)),
        ("2018", None, Literal("2018", datatype=XSD.gYear)),
        ("2018-13", "month", None),
        ("2018-07", "day", None),
        ("七月", None, None),
    ],
)
def test_date_literal_types_by_precision(iso: str, precision: str | None, expected: Literal | None) -> None:
    assert date_literal(iso, precision) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("Q148", WIKIDATA.Q148), ("https://www.wikidata.org/wiki/Q843", WIKIDATA.Q843), ("中国", None)],
)
def test_wikidata_iri_accepts_ids_and_urls(value: str, expected: URIRef | None) -> None:
    assert wikidata_iri(value) == expected


GWADAR_EVIDENCE = provenance(ZH_DOC, 0, "r")


@pytest.mark.parametrize(
    ("change", "dropped"),
    [
        ({"triples": (Triple(CABLE, Predicate.LANDS_AT, "place/gwadar", (GWADAR_EVIDENCE,)),)}, "relation"),
        (
            {"facts": (EntityFact(CABLE, "opened", DateValue("2018-13-45", "day"), (GWADAR_EVIDENCE,)),)},
            "fact",
        ),
        ({"entities": (Entity("place/gwadar", EntityClass.PLACE, (("en", "Gwadar"),)),)}, "entity"),
        ({"merges": (MergeDecision("place/gwadar", "瓜达尔", "zh", "same name", "zh1"),)}, "merge"),
    ],
    ids=[
        "relation to an unknown entity",
        "impossible date",
        "entity no document mentions",
        "merge of nothing",
    ],
)
def test_to_quads_drops_unsupported_statements_with_a_warning(
    caplog: pytest.LogCaptureFixture, change: dict[str, tuple[object, ...]], dropped: str
) -> None:
    graph = knowledge_graph()
    graph = replace(graph, **{field: (*getattr(graph, field), *extra) for field, extra in change.items()})
    with caplog.at_level(logging.WARNING, logger="kg.rdf"):
        quads = list(to_quads(graph))
    assert any(record.message.startswith(dropped) for record in caplog.records)
    assert not [q for q in quads if "gwadar" in str(q[0]) + str(q[2]) or q[2] == Literal("opened")]


def test_to_dataset_binds_the_prefixes_and_unions_the_graphs(dataset: Dataset) -> None:
    bound = dict(dataset.namespaces())
    assert all(bound[prefix] == URIRef(str(ns)) for prefix, ns in PREFIXES.items())
    assert (entity_iri(CABLE), KGO.connects, entity_iri(PAKISTAN)) in dataset


def test_to_quads_round_trips_through_trig_and_turtle(dataset: Dataset) -> None:
    quads = set(to_quads(knowledge_graph()))
    parsed = Dataset()
    parsed.parse(data=dataset.serialize(format="trig"), format="trig")
    assert {(s, p, o, g) for s, p, o, g in parsed.quads((None, None, None, None))} == quads
    union = Graph()
    for s, p, o, _ in quads:
        union.add((s, p, o))
    again = Graph().parse(data=union.serialize(format="turtle"), format="turtle")
    assert set(again) == set(union)
    assert "中巴跨境光缆" in union.serialize(format="turtle")


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reference_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_scorer_sees_entities_relations_and_facts(dataset: Dataset) -> None:
    score = load_scorer()
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    entities, relations = score.load_prediction(union)
    assert set(entities) == {entity_iri(e) for e in (CABLE, CHINA, PAKISTAN, XINHUA, HUAWEI)}
    assert entities[entity_iri(CABLE)]["names"] == {
        "中巴跨境光缆",
        "china-pakistan cable",
        "pkfop",
        "中巴光缆",
    }
    assert entities[entity_iri(PAKISTAN)]["names"] == {"pakistan", "巴基斯坦", "巴", "pak"}
    assert set(relations) == {
        (entity_iri(CABLE), "connects", entity_iri(CHINA)),
        (entity_iri(CABLE), "connects", entity_iri(PAKISTAN)),
    }
    literals = score.literals_near(union, entity_iri(CABLE), entities)
    for gold in ("2018-07-13", "2016-07", "2016"):
        assert any(score.literal_matches(gold, literal) for literal in literals), gold
    for number in (820.0, 44_000_000.0):
        assert any(score.literal_matches(frozenset({number}), literal) for literal in literals), number
    sentences = {str(sentence) for sentence in union.objects(None, KGO.sentence)}
    assert not [lit for lit in literals if lit.datatype == XSD.integer or str(lit) in sentences]


def named(entity_id: str, label: str, *aliases: str) -> Entity:
    return Entity(entity_id, EntityClass.ORGANIZATION, (("en", label),), tuple(("en", a) for a in aliases))


FINDER_ENTITIES = [
    named("cable", "中巴跨境光缆", "光缆", "PKFOP cable link", "cable"),
    named("pk", "巴基斯坦", "Pakistan"),
    named("cn", "中国", "China"),
    named("pk-alias", "巴基斯坦"),
    named("nameless", "马尔代夫", "Maldives"),
]


@pytest.mark.parametrize(
    ("text", "wanted", "expected"),
    [
        ("连接中国和巴基斯坦。", ["cn", "pk"], {"cn": 2, "pk": 5}),
        ("It connects China and Pakistan.", ["cn", "pk"], {"cn": 12, "pk": 22}),
        ("该中巴跨境光缆开通。", ["cable"], {"cable": 1}),  # the longer name first at the same end
        ("The PKFOP cable link opened.", ["cable"], {"cable": 10}),  # the name that ends first
        ("巴基斯坦和中国", ["pk", "pk-alias"], {"pk": 0, "pk-alias": 0}),  # one name, two entities
        ("Pakistan and China", ["cn"], {"cn": 13}),  # an entity not wanted is not reported
        ("马尔代夫 and the Maldives", [], {}),
        ("没有提到任何实体。", ["cn", "nameless"], {}),
    ],
)
def test_name_finder_first_finds_each_wanted_entity_once(
    text: str, wanted: list[str], expected: dict[str, int]
) -> None:
    assert _NameFinder(FINDER_ENTITIES).first(text, wanted) == expected


@pytest.mark.parametrize(
    "text",
    [
        "该中巴跨境光缆连接中国和巴基斯坦，巴基斯坦方面表示欢迎。",
        "The PKFOP cable link joins China and Pakistan; the cable reaches Pakistan first.",
    ],
)
def test_name_finder_over_the_corpus_agrees_with_one_over_the_wanted_names(text: str) -> None:
    corpus = _NameFinder(FINDER_ENTITIES)
    for entity in FINDER_ENTITIES:
        alone = _NameFinder([entity]).first(text, [entity.id])
        assert corpus.first(text, [entity.id]) == alone, entity.id


def test_name_finder_without_names_finds_nothing() -> None:
    assert _NameFinder([]).first("China and Pakistan 中国和巴基斯坦", ["cn"]) == {}
