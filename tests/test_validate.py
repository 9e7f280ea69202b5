"""kg.validate and `kg validate`: a good graph conforms; each planted violation is named in the report."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS
from typer.testing import CliRunner

from kg.cli import app
from kg.iris import document_iri, entity_iri
from kg.model import (
    DateValue,
    Document,
    Entity,
    EntityClass,
    EntityFact,
    KnowledgeGraph,
    Lang,
    Predicate,
    Provenance,
    Quantity,
    Sentence,
    Span,
    Triple,
)
from kg.ontology.vocab import KGO
from kg.rdf import PREFIXES, to_dataset, to_quads
from kg.store import default_prefixes, memory_dataset, write_outputs
from kg.validate import ValidationReport, validate

# Plain namespaces: pytest probes module attributes, and rdflib's SDO and XSD warn on unknown names.
SDO, XSD, DCTERMS = PREFIXES["schema"], PREFIXES["xsd"], PREFIXES["dcterms"]

ZH = "中巴跨境光缆全长820公里，连接中国和巴基斯坦。"
EN = "Huawei Marine built the PEACE cable, which lands at Marseille."
CABLE, CHINA, PAKISTAN = (
    entity_iri("project/中巴跨境光缆"),
    entity_iri("country/cn"),
    entity_iri("country/pk"),
)
PEACE, HUAWEI, MARSEILLE = (
    entity_iri("project/peace"),
    entity_iri("org/huawei_marine"),
    entity_iri("place/marseille"),
)


def document(doc_id: str, text: str, lang: Lang) -> Document:
    return Document(doc_id, text, lang, (Sentence(Span(0, len(text)), lang),), f"{doc_id}.md", title=doc_id)


def evidence(doc: Document, rule: str) -> tuple[Provenance, ...]:
    return (Provenance(doc.id, doc.text, Span(0, len(doc.text)), "rules", rule, 0.9),)


ENTITIES = [  # id, class, labels, Wikidata id, language of the document that mentions it
    ("project/中巴跨境光缆", EntityClass.PROJECT, (("zh", "中巴跨境光缆"),), None, "zh"),
    ("country/cn", EntityClass.COUNTRY, (("zh", "中国"), ("en", "China")), "Q148", "zh"),
    ("project/peace", EntityClass.PROJECT, (("en", "PEACE cable"),), None, "en"),
    ("org/huawei_marine", EntityClass.ORGANIZATION, (("en", "Huawei Marine"),), None, "en"),
    ("place/marseille", EntityClass.PLACE, (("en", "Marseille"),), None, "en"),
]
RELATIONS = [  # subject, predicate, object, language of the evidence
    ("project/中巴跨境光缆", Predicate.CONNECTS, "country/cn", "zh"),
    ("project/peace", Predicate.BUILT_BY, "org/huawei_marine", "en"),
    ("project/peace", Predicate.LANDS_AT, "place/marseille", "en"),
]
FACTS = [
    ("project/中巴跨境光缆", "length", Quantity(Decimal(820), unit="公里"), "zh"),
    ("project/peace", "commissioned", DateValue("2022", "year"), "en"),
]


def knowledge_graph(copies: int = 1) -> KnowledgeGraph:
    """A Chinese and an English document side by side (``copies`` of the pair, for sampling)."""
    documents, entities, triples, facts = [], [], [], []
    for n in range(copies):
        suffix = str(n or "")
        docs = {"zh": document(f"zh{n}", ZH, Lang.ZH), "en": document(f"en{n}", EN, Lang.EN)}
        documents += docs.values()
        entities += [
            Entity(key + suffix, cls, labels, (), qid, (docs[lang].id,))
            for key, cls, labels, qid, lang in ENTITIES
        ]
        triples += [
            Triple(s + suffix, p, o + suffix, evidence(docs[lang], p.value)) for s, p, o, lang in RELATIONS
        ]
        facts += [
            EntityFact(s + suffix, attribute, value, evidence(docs[lang], attribute))
            for s, attribute, value, lang in FACTS
        ]
    return KnowledgeGraph(tuple(documents), tuple(entities), tuple(triples), tuple(facts))


def union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


Mutation = Callable[[Graph], object]


def add(s: URIRef, p: URIRef, o: URIRef | Literal) -> Mutation:
    return lambda graph: graph.add((s, p, o))


def drop(s: URIRef, p: URIRef) -> Mutation:
    return lambda graph: graph.remove((s, p, None))


def retype(node: URIRef, alias: Literal) -> Mutation:
    """Drop the class of an entity that still has an alias (so it is still an entity)."""
    return lambda graph: (graph.remove((node, RDF.type, None)), graph.add((node, SKOS.altLabel, alias)))


def on_fact(attribute: str, p: URIRef, o: Literal | None) -> Mutation:
    """Set (or with None, remove) a property of the fact with this attribute."""

    def mutate(graph: Graph) -> None:
        node = next(graph.subjects(KGO.attribute, Literal(attribute)))
        graph.remove((node, p, None))
        if o is not None:
            graph.add((node, p, o))

    return mutate


def on_evidence(predicate: URIRef, p: URIRef, o: Literal | None) -> Mutation:
    """Set (or with None, remove) a property of the evidence of a predicate."""

    def mutate(graph: Graph) -> None:
        node = next(graph.subjects(RDF.predicate, predicate))
        graph.remove((node, p, None))
        if o is not None:
            graph.add((node, p, o))

    return mutate


def link_fact(subject: URIRef, attribute: str) -> Mutation:
    return lambda graph: graph.add(
        (subject, KGO.fact, next(graph.subjects(KGO.attribute, Literal(attribute))))
    )


DATE, WIKIPEDIA = XSD.date, URIRef("https://en.wikipedia.org/wiki/China")
PLANTED: list[tuple[str, Mutation, str]] = [
    ("zh entity without a label", drop(CABLE, RDFS.label), "kgs:EntityLabel"),
    ("en entity without a label", drop(HUAWEI, RDFS.label), "kgs:EntityLabel"),
    ("untagged label", add(CHINA, RDFS.label, Literal("Chine")), "kgs:LabelLanguage"),
    ("label in French", add(PEACE, RDFS.label, Literal("câble PEACE", lang="fr")), "kgs:LabelLanguage"),
    ("two zh labels", add(CHINA, RDFS.label, Literal("中华人民共和国", lang="zh")), "kgs:LabelLanguage"),
    ("untagged alias", add(CHINA, SKOS.altLabel, Literal("PRC")), "kgs:AltLabelLanguage"),
    ("no class", retype(MARSEILLE, Literal("马赛", lang="zh")), "kgs:EntityClass"),
    ("two classes", add(HUAWEI, RDF.type, KGO.Country), "kgs:EntityClass"),
    ("wrong range", add(CABLE, KGO.connects, HUAWEI), "kgs:connectsRange"),
    ("wrong domain", add(HUAWEI, KGO.landsAt, MARSEILLE), "kgs:landsAtDomain"),
    ("relation without evidence", add(PEACE, KGO.connects, CHINA), "kgs:RelationEvidence"),
    ("fact link without evidence", link_fact(PEACE, "length"), "kgs:RelationEvidence"),
    (
        "impossible date",
        on_fact("commissioned", KGO.date, Literal("2022-13-01", datatype=DATE)),
        "kgs:FactDate",
    ),
    ("date as text", on_fact("commissioned", KGO.date, Literal("2022年")), "kgs:FactDate"),
    ("amount as text", on_fact("length", SDO.value, Literal("820公里")), "kgs:FactValue"),
    ("fact without value", on_fact("length", SDO.value, None), "kgs:FactValueOrDate"),
    ("currency not ISO 4217", on_fact("length", KGO.currency, Literal("美元")), "kgs:FactCurrency"),
    (
        "confidence above one",
        on_evidence(KGO.builtBy, KGO.confidence, Literal(Decimal("1.5"))),
        "kgs:EvidenceConfidence",
    ),
    ("offset as text", on_evidence(KGO.landsAt, KGO.startOffset, Literal("0")), "kgs:EvidenceStart"),
    ("start after end", on_evidence(KGO.landsAt, KGO.startOffset, Literal(999)), "kgs:EvidenceStart"),
    (
        "evidence without document",
        on_evidence(KGO.connects, PROV.wasDerivedFrom, None),
        "kgs:EvidenceDocument",
    ),
    ("sameAs not Wikidata", add(CHINA, OWL.sameAs, WIKIPEDIA), "kgs:WikidataLink"),
    (
        "document date as text",
        add(document_iri("zh0"), DCTERMS.date, Literal("2018年7月")),
        "kgs:DocumentDate",
    ),
    ("document in French", add(document_iri("en0"), DCTERMS.language, Literal("fr")), "kgs:DocumentLanguage"),
]


@pytest.fixture(scope="module")
def good() -> Dataset:
    return to_dataset(knowledge_graph())


def test_validate_passes_a_graph_written_by_kg_rdf(good: Dataset) -> None:
    report = validate(good)
    assert report.conforms, report.summary()
    assert report.violations == ()
    assert report.triples == len(union(good))
    assert report.summary().startswith("SHACL: conforms")


def test_validate_reads_an_oxigraph_dataset_like_a_memory_one() -> None:
    """Oxigraph returns "en"^^xsd:string for "en": still a plain string to the shapes."""
    report = validate(memory_dataset(to_quads(knowledge_graph())))
    assert report.conforms, report.summary()


@pytest.mark.parametrize(("case", "mutate", "shape"), PLANTED, ids=[case for case, _, _ in PLANTED])
def test_validate_names_each_planted_violation(
    good: Dataset, case: str, mutate: Mutation, shape: str
) -> None:
    graph = union(good)
    mutate(graph)
    report = validate(graph)
    assert not report.conforms
    assert shape in report.counts(), report.summary()
    assert shape in report.summary()


@pytest.mark.parametrize(
    ("mutate", "focus", "label"),
    [
        (add(CABLE, KGO.connects, HUAWEI), "kge:project/中巴跨境光缆", "中巴跨境光缆"),
        (add(PEACE, KGO.connects, CHINA), "kge:project/peace", "PEACE cable"),
    ],
)
def test_validate_summary_shows_the_focus_node_and_its_label(
    good: Dataset, mutate: Mutation, focus: str, label: str
) -> None:
    graph = union(good)
    mutate(graph)
    summary = validate(graph).summary()
    assert f"{focus} ({label}) kgo:connects" in summary


def test_validate_reports_a_relation_without_evidence_with_its_triple(good: Dataset) -> None:
    graph = union(good)
    graph.add((PEACE, KGO.connects, CHINA))
    (violation,) = [v for v in validate(graph).violations if v.shape == "kgs:RelationEvidence"]
    assert (violation.focus, violation.path, violation.value) == (
        "kge:project/peace",
        "kgo:connects",
        "kge:country/cn",
    )
    assert violation.severity == "Violation"


def curie(iri: URIRef) -> str:
    """kge:project/peace, kgo:connects: how a violation names a node."""
    for prefix in ("kge", "kgo"):
        if str(iri).startswith(str(PREFIXES[prefix])):
            return f"{prefix}:{str(iri)[len(str(PREFIXES[prefix])) :]}"
    return str(iri)


@pytest.mark.parametrize(
    ("s", "p", "o"),
    [
        pytest.param(CABLE, KGO.connects, PAKISTAN, id="zh-a-stated-triple-copied-without-its-evidence"),
        pytest.param(CABLE, KGO.builtBy, HUAWEI, id="zh-a-new-triple"),
        pytest.param(PEACE, KGO.connects, CHINA, id="en-a-new-triple"),
        pytest.param(PEACE, KGO.landsAt, CHINA, id="en-a-stated-object-under-another-predicate"),
    ],
)
def test_validate_evidence_check_agrees_with_pyshacl_per_focus_node(
    good: Dataset, s: URIRef, p: URIRef, o: URIRef
) -> None:
    """kg runs the SPARQL constraint once over the graph in Oxigraph; pySHACL runs the same shape
    once per focus node with $this bound. Both must find the same unsupported triples."""
    import pyshacl
    from rdflib.namespace import SH

    graph = union(good)
    for statement in list(graph.subjects(RDF.subject, s)):
        if graph.value(statement, RDF.predicate) == p and graph.value(statement, RDF.object) == o:
            graph.remove((statement, None, None))
    graph.add((s, p, o))
    ours = {
        (v.focus, v.path, v.value) for v in validate(graph).violations if v.shape == "kgs:RelationEvidence"
    }
    shapes = Graph().parse(data=resources.files("kg.ontology").joinpath("shapes.ttl").read_text("utf-8"))
    _, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none")
    assert isinstance(results, Graph)
    shape = URIRef("https://w3id.org/kg-dsr/shapes#RelationEvidence")
    theirs = {
        (
            results.value(result, SH.focusNode),
            results.value(result, SH.resultPath),
            results.value(result, SH.value),
        )
        for result in results.subjects(SH.sourceShape, shape)
    }
    assert theirs == {(s, p, o)}
    assert ours == {(curie(s), curie(p), curie(o))}


def test_validate_summary_is_short_however_many_violations(good: Dataset) -> None:
    graph = union(good)
    for n in range(40):
        graph.add((entity_iri(f"place/p{n}"), RDF.type, KGO.Place))
    report = validate(graph)
    assert report.counts() == {"kgs:EntityLabel": 40}
    assert len(report.summary(examples=3).splitlines()) == 1 + 1 + 3 + 1
    assert "… and 37 more" in report.summary(examples=3)


def test_validate_samples_whole_documents_above_the_limit() -> None:
    dataset = to_dataset(knowledge_graph(copies=6))
    whole = validate(dataset, max_triples=None)
    sample = validate(dataset, max_triples=100)
    assert (whole.graphs, whole.graphs_checked, whole.sampled) == (12, 12, False)
    assert sample.sampled and 1 <= sample.graphs_checked < 12
    assert sample.triples < whole.triples
    assert sample.conforms and "sample of" in sample.summary()
    assert validate(dataset, max_triples=100).graphs_checked == sample.graphs_checked


def test_validate_sample_finds_the_violations_of_the_documents_it_checks() -> None:
    dataset = to_dataset(knowledge_graph(copies=3))
    for graph in list(dataset.graphs()):
        graph.remove((None, RDFS.label, None))
    whole = validate(dataset, max_triples=None)
    sample = validate(dataset, max_triples=1)
    assert whole.counts()["kgs:EntityLabel"] == 15  # five entities in each of three pairs of documents
    assert sample.graphs_checked == 1
    assert sample.counts()["kgs:EntityLabel"] in (2, 3)  # the entities of one zh or one en document


def test_validate_keeps_blank_nodes_and_plain_graphs() -> None:
    graph = Graph()
    graph.add((BNode(), RDF.type, KGO.Place))
    report: ValidationReport = validate(graph)
    assert report.counts() == {"kgs:EntityLabel": 1}
    assert report.violations[0].focus.startswith("_:")


def write_build(out: Path, extra: tuple[tuple[URIRef, URIRef, URIRef], ...] = ()) -> Path:
    quads = list(to_quads(knowledge_graph()))
    graph = document_iri("en0")
    quads += [(s, p, o, graph) for s, p, o in extra]
    write_outputs(quads, out, prefixes=default_prefixes())
    return out


def test_cli_validate_exits_0_when_the_build_conforms(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(write_build(tmp_path / "out"))])
    assert result.exit_code == 0, result.output
    assert "SHACL: conforms" in result.output


def test_cli_validate_exits_1_and_names_the_violation(tmp_path: Path) -> None:
    out = write_build(tmp_path / "out", ((PEACE, KGO.connects, HUAWEI),))
    result = CliRunner().invoke(app, ["validate", str(out), "--max-triples", "0"])
    assert result.exit_code == 1
    assert "kgs:connectsRange" in result.output and "kgs:RelationEvidence" in result.output
    assert "kge:project/peace (PEACE cable)" in result.output


def test_cli_validate_exits_1_with_a_message_for_a_missing_build(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["validate", str(tmp_path / "nothing")])
    assert result.exit_code == 1
    assert "kg build" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
