"""The ontology (ontology.ttl) against the vocabulary (vocab.py), the contract and the shapes (shapes.ttl)."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH
from rdflib.term import Node

from kg.model import EntityClass, Predicate
from kg.ontology.vocab import KGO
from tests.eval_set import DEV_GOLD as GOLD

SHAPES = Namespace("https://w3id.org/kg-dsr/shapes#")
NAMESPACE = str(KGO._NS)


def load(name: str) -> Graph:
    return Graph().parse(
        data=resources.files("kg.ontology").joinpath(name).read_text("utf-8"), format="turtle"
    )


ONTOLOGY = load("ontology.ttl")
SHAPES_GRAPH = load("shapes.ttl")
VOCABULARY = sorted(KGO.__annotations__)


def term(name: str) -> URIRef:
    return URIRef(NAMESPACE + name)


def classes_of(graph: Graph, node: Node | None) -> set[Node]:
    """A class, or the members of an owl:unionOf."""
    if isinstance(node, URIRef):
        return {node}
    union = graph.value(node, OWL.unionOf)
    assert union is not None, f"{node} is neither a class nor a union"
    return set(Collection(graph, union))


def shape_classes(shape: URIRef) -> set[Node]:
    """The classes a domain or range shape admits: its sh:class, or those of its sh:or."""
    direct = set(SHAPES_GRAPH.objects(shape, SH["class"]))
    alternatives = SHAPES_GRAPH.value(shape, SH["or"])
    if alternatives is not None:
        direct |= {
            SHAPES_GRAPH.value(member, SH["class"]) for member in Collection(SHAPES_GRAPH, alternatives)
        }
    return direct


def test_ontology_declares_exactly_the_vocabulary() -> None:
    declared = {
        str(s)[len(NAMESPACE) :]
        for s in ONTOLOGY.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NAMESPACE)
    }
    assert declared == set(VOCABULARY)


@pytest.mark.parametrize("name", VOCABULARY)
def test_ontology_labels_every_term_in_english_and_chinese(name: str) -> None:
    labels = [label for label in ONTOLOGY.objects(term(name), RDFS.label) if isinstance(label, Literal)]
    assert sorted(str(label.language) for label in labels) == ["en", "zh"]
    assert ONTOLOGY.value(term(name), RDFS.comment) is not None


@pytest.mark.parametrize("cls", list(EntityClass))
def test_ontology_makes_every_contract_class_an_entity(cls: EntityClass) -> None:
    assert (term(cls.value), RDF.type, OWL.Class) in ONTOLOGY
    assert (term(cls.value), RDFS.subClassOf, KGO.Entity) in ONTOLOGY


@pytest.mark.parametrize("predicate", list(Predicate))
def test_ontology_gives_every_predicate_a_domain_and_range_of_contract_classes(predicate: Predicate) -> None:
    node = term(predicate.value)
    contract = {term(cls.value) for cls in EntityClass}
    assert (node, RDF.type, OWL.ObjectProperty) in ONTOLOGY
    for axis in (RDFS.domain, RDFS.range):
        assert classes_of(ONTOLOGY, ONTOLOGY.value(node, axis)) <= contract


@pytest.mark.parametrize("predicate", list(Predicate))
def test_ontology_marks_the_symmetric_predicates(predicate: Predicate) -> None:
    assert ((term(predicate.value), RDF.type, OWL.SymmetricProperty) in ONTOLOGY) is predicate.symmetric


@pytest.mark.parametrize(
    ("name", "aligned"),
    [
        ("Country", "https://schema.org/Country"),
        ("Organization", "https://schema.org/Organization"),
        ("Person", "https://schema.org/Person"),
        ("Place", "https://schema.org/Place"),
        ("Event", "https://schema.org/Event"),
        ("Evidence", "http://www.w3.org/ns/prov#Entity"),
        ("Document", "https://schema.org/CreativeWork"),
    ],
)
def test_ontology_aligns_classes_with_schema_org_and_prov(name: str, aligned: str) -> None:
    assert (term(name), RDFS.subClassOf, URIRef(aligned)) in ONTOLOGY


@pytest.mark.parametrize("predicate", list(Predicate))
def test_shapes_check_the_domain_and_range_the_ontology_declares(predicate: Predicate) -> None:
    node = term(predicate.value)
    for axis, suffix in ((RDFS.domain, "Domain"), (RDFS.range, "Range")):
        shape = URIRef(f"{SHAPES}{predicate.value}{suffix}")
        assert (shape, SH.targetSubjectsOf, node) in SHAPES_GRAPH
        assert shape_classes(shape) == classes_of(ONTOLOGY, ONTOLOGY.value(node, axis))


def test_shapes_require_evidence_for_every_predicate() -> None:
    targets = set(SHAPES_GRAPH.objects(SHAPES["RelationEvidence"], SH.targetSubjectsOf))
    assert targets == {term(p.value) for p in Predicate} | {KGO.fact}
    select = str(next(SHAPES_GRAPH.objects(None, SH.select)))
    assert all(f"kgo:{p.value}," in select or f"kgo:{p.value}\n" in select for p in Predicate)


def gold_relation_types() -> list[tuple[str, str, str]]:
    if not GOLD.exists():
        return []
    types: dict[str, str] = {}
    relations = []
    for path in sorted(GOLD.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        types |= {entity["id"]: entity["type"] for entity in data["entities"]}
        relations += data.get("relations", [])
    return sorted({(r["p"], types[r["s"]], types[r["o"]]) for r in relations})


@pytest.mark.skipif(not GOLD.exists(), reason="the dev gold annotations are not here")
@pytest.mark.parametrize(("predicate", "subject_class", "object_class"), gold_relation_types())
def test_ontology_admits_every_relation_of_the_dev_gold(
    predicate: str, subject_class: str, object_class: str
) -> None:
    """The domains and ranges are no stricter than the annotators were."""
    node = term(predicate)
    assert term(subject_class) in classes_of(ONTOLOGY, ONTOLOGY.value(node, RDFS.domain))
    assert term(object_class) in classes_of(ONTOLOGY, ONTOLOGY.value(node, RDFS.range))


@pytest.mark.parametrize("predicate", list(Predicate))
def test_ontology_admits_every_relation_the_extractor_may_emit(predicate: Predicate) -> None:
    """The rules extractor's type constraints stay inside the ontology, so SHACL never rejects a
    relation it wrote (a meeting part of a series, a country at a summit are both admitted)."""
    from kg.extract.relations import ALLOWED, CLASS_OF

    node = term(predicate.value)
    subjects, objects = ALLOWED[predicate]
    assert {term(CLASS_OF[letter].value) for letter in subjects} <= classes_of(
        ONTOLOGY, ONTOLOGY.value(node, RDFS.domain)
    )
    assert {term(CLASS_OF[letter].value) for letter in objects} <= classes_of(
        ONTOLOGY, ONTOLOGY.value(node, RDFS.range)
    )


def test_shapes_name_and_explain_every_shape() -> None:
    shapes = {s for s in SHAPES_GRAPH.subjects(RDF.type, None) if isinstance(s, URIRef)} - {URIRef(SHAPES)}
    assert len(shapes) > 40
    for shape in shapes:
        assert str(shape).startswith(str(SHAPES))
        message = SHAPES_GRAPH.value(shape, SH.message) or SHAPES_GRAPH.value(
            next(SHAPES_GRAPH.objects(shape, SH.sparql), BNode()), SH.message
        )
        assert message is not None, shape
