"""The knowledge graph as RDF: one named graph per document, evidence for every asserted triple.

``graph_blocks`` is the hot path of a build: it walks the corpus document by document and
yields each document's named graph as a ``GraphBlock`` of statements, built with a term factory
(``Terms``) so that the same shape gives rdflib terms (``to_quads``, ``to_dataset``, for small
jobs and tests) or N-Triples text (``kg.store``, for a build, with no rdflib object per quad).
A block also lists the statements that the union of the graphs (the merged default graph,
``graph.ttl``) has not had yet, so the union is written once per statement without a set of
every triple. The shape is documented in ``docs/architecture.md`` ("The RDF shape").

What a document's named graph ``kgd:<doc id>`` holds:

- the document's own description;
- the type, labels and ``owl:sameAs`` of every entity it mentions, and the aliases it saw (the
  names its merge decisions name); a lexicon name that no document saw is stated once, in the
  graph of the entity's first document;
- the relations and facts it evidences, with their evidence nodes;
- for an entity it mentions but states no relation or fact about, an evidence node for the
  entity's typing that points to the first sentence naming it (``kgo:rule "first-mention"``);
  where the document does state a relation or fact about the entity, that evidence already
  names the entity with its sentence and offsets and backs the typing;
- its merge decisions: a decision (why a name joined an entity) is one node per entity, name
  and reason, described in the graph of the first document that made it; every document that
  made it adds its ``prov:wasDerivedFrom`` link in its own graph.

So every entity a document's graph types is named by an evidence node of that graph
(``rdf:subject`` or ``rdf:object``), and removing a document's graph removes what only that
document supports. Evidence nodes are typed ``kgo:Evidence`` only: the ontology makes it a
subclass of ``prov:Entity``, and the second type would be one more quad per evidence node.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Generic, Protocol, TypeVar

import ahocorasick_rs
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.store import Store
from rdflib.term import Node

from kg.iris import (
    DOCUMENT,
    ENTITY,
    EVIDENCE,
    FACT,
    MERGE,
    digest,
    document_iri,
    entity_iri,
    fact_iri,
    merge_iri,
)
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
    Triple,
)
from kg.ontology.vocab import KGO

log = logging.getLogger(__name__)

Quad = tuple[Node, Node, Node, URIRef]
"""``(subject, predicate, object, graph)``; the graph is the IRI of a document."""

WIKIDATA = Namespace("http://www.wikidata.org/entity/")

PREFIXES: dict[str, Namespace] = {
    "kgo": Namespace(str(KGO._NS)),
    "kge": ENTITY,
    "kgd": DOCUMENT,
    "kgx": EVIDENCE,
    "kgf": FACT,
    "kgm": MERGE,
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)),
    "skos": Namespace(str(SKOS)),
    "prov": Namespace(str(PROV)),
    "dcterms": Namespace(str(DCTERMS)),
    "schema": Namespace(str(SDO)),
    "wd": WIKIDATA,
}
"""The prefixes of every serialisation and of ``kg query``, bound in that order."""

CLASS_IRIS: dict[EntityClass, URIRef] = {cls: getattr(KGO, cls.value) for cls in EntityClass}
PREDICATE_IRIS: dict[Predicate, URIRef] = {pred: getattr(KGO, pred.value) for pred in Predicate}

FIRST_MENTION_RULE = "first-mention"

EVIDENCE_NS = str(EVIDENCE)
FACT_PREDICATE = str(KGO.fact)

_DATE_TYPES = {
    "year": (re.compile(r"\d{4}"), XSD.gYear),
    "month": (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), XSD.gYearMonth),
    "quarter": (re.compile(r"\d{4}-(0[1-9]|1[0-2])"), XSD.gYearMonth),
    "day": (re.compile(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"), XSD.date),
}
_DATE_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+")
_WIKIDATA_ID = re.compile(r"(?:https?://www\.wikidata\.org/(?:entity|wiki)/)?(Q\d+)")
_CURRENCY = re.compile(r"[A-Z]{3}")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Terms(Protocol[T_co]):
    """Makes RDF terms of one kind (rdflib nodes, N-Triples text, …) from plain strings."""

    def iri(self, value: str) -> T_co:
        """The IRI ``value``."""
        ...

    def literal(self, text: str, *, lang: str | None = None, datatype: str | None = None) -> T_co:
        """A literal: tagged with ``lang``, or typed with the IRI ``datatype``, or a plain string."""
        ...


class RdflibTerms:
    """``Terms`` as rdflib nodes; literals are made once per value (rdflib's ``Literal`` is slow)."""

    def __init__(self) -> None:
        self._literals: dict[tuple[str, str | None, str | None], Literal] = {}

    def iri(self, value: str) -> URIRef:
        return URIRef(value)

    def literal(self, text: str, *, lang: str | None = None, datatype: str | None = None) -> Literal:
        key = (text, lang, datatype)
        term = self._literals.get(key)
        if term is None:
            typed = URIRef(datatype) if datatype is not None else None
            term = self._literals[key] = Literal(text, lang=lang, datatype=typed)
        return term


Statement = tuple[T, T, T]


@dataclass(slots=True)
class GraphBlock(Generic[T]):
    """The named graph of one document: its statements, in an order that keeps a subject's
    statements together, and ``union``, those of them the union of the graphs has not had yet
    (each statement of the union appears in exactly one block's ``union``)."""

    graph: T
    statements: list[Statement[T]] = field(default_factory=list)
    union: list[Statement[T]] = field(default_factory=list)

    def own(self, statement: Statement[T]) -> None:
        """A statement no other document's graph holds: it is new to the union too."""
        self.statements.append(statement)
        self.union.append(statement)

    def own_all(self, statements: Sequence[Statement[T]]) -> None:
        """Statements no other document's graph holds, in one call (an evidence node's eleven)."""
        self.statements += statements
        self.union += statements


def script_lang(text: str, default: str = "en") -> str:
    """``zh`` or ``en`` by the majority script of ``text`` (Han characters against Latin letters).

    >>> script_lang("中巴跨境光缆 (PKFOP)"), script_lang("the China–Pakistan cable 中巴")
    ('zh', 'en')
    """
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    if han == latin:
        return default
    return "zh" if han > latin else "en"


def tag_for(lang: str, text: str) -> str:
    """The language tag of a name or sentence: its language when zh or en, else its majority script."""
    return lang if lang in (Lang.ZH, Lang.EN) else script_lang(text)


def decimal_lexical(value: Decimal | float) -> str:
    """The canonical xsd:decimal lexical form: no exponent, at least one digit after the point.

    >>> decimal_lexical(Decimal("5E+7")), decimal_lexical(Decimal("820")), decimal_lexical(0.25)
    ('50000000.0', '820.0', '0.25')
    """
    number = value if isinstance(value, Decimal) else Decimal(repr(value))
    text = format(number, "f")
    if "." not in text:
        return text + ".0"
    text = text.rstrip("0")
    return text + "0" if text.endswith(".") else text


def date_datatype(iso: str, precision: str | None = None) -> URIRef | None:
    """The XSD datatype of ``iso`` (xsd:date, xsd:gYearMonth or xsd:gYear), None when it is malformed."""
    kind = precision if precision in _DATE_TYPES else _DATE_BY_LENGTH.get(len(iso))
    if kind is None:
        return None
    pattern, datatype = _DATE_TYPES[kind]
    return datatype if pattern.fullmatch(iso) else None


def date_literal(iso: str, precision: str | None = None) -> Literal | None:
    """``iso`` as an xsd:date / xsd:gYearMonth / xsd:gYear literal, or None when it is malformed."""
    datatype = date_datatype(iso, precision)
    return None if datatype is None else Literal(iso, datatype=datatype)


def wikidata_iri(value: str) -> URIRef | None:
    """``wd:Q…`` for a Wikidata id or entity URL, None when ``value`` is neither."""
    match = _WIKIDATA_ID.fullmatch(value.strip())
    return WIKIDATA[match.group(1)] if match else None


class _Vocabulary(Generic[T]):
    """The terms of the shape, made once per run by the factory."""

    def __init__(self, terms: Terms[T]) -> None:
        def iri(node: URIRef) -> T:
            return terms.iri(str(node))

        self.type, self.subject = iri(RDF.type), iri(RDF.subject)
        self.predicate, self.object = iri(RDF.predicate), iri(RDF.object)
        self.label, self.alt_label, self.same_as = iri(RDFS.label), iri(SKOS.altLabel), iri(OWL.sameAs)
        self.derived_from, self.evidence = iri(PROV.wasDerivedFrom), iri(KGO.Evidence)
        self.sentence, self.start, self.end = iri(KGO.sentence), iri(KGO.startOffset), iri(KGO.endOffset)
        self.extractor, self.rule, self.confidence = iri(KGO.extractor), iri(KGO.rule), iri(KGO.confidence)
        self.fact, self.fact_class, self.attribute = iri(KGO.fact), iri(KGO.Fact), iri(KGO.attribute)
        self.date, self.end_date, self.precision = iri(KGO.date), iri(KGO.endDate), iri(KGO.precision)
        self.currency, self.approximate = iri(KGO.currency), iri(KGO.approximate)
        self.quantitative_value = iri(SDO.QuantitativeValue)
        self.value, self.unit_text = iri(SDO.value), iri(SDO.unitText)
        self.merge_decision, self.merged_into = iri(KGO.MergeDecision), iri(KGO.mergedInto)
        self.merged_name, self.reason = iri(KGO.mergedName), iri(KGO.reason)
        self.document_types = [iri(KGO.Document), iri(PROV.Entity), iri(SDO.CreativeWork)]
        self.identifier, self.title = iri(DCTERMS.identifier), iri(DCTERMS.title)
        self.source, self.date_of = iri(DCTERMS.source), iri(DCTERMS.date)
        self.language, self.publisher = iri(DCTERMS.language), iri(DCTERMS.publisher)
        self.classes = {cls: iri(node) for cls, node in CLASS_IRIS.items()}
        self.predicates = {pred: iri(node) for pred, node in PREDICATE_IRIS.items()}
        self.true = terms.literal("true", datatype=str(XSD.boolean))


@dataclass(slots=True)
class _EntityShape(Generic[T]):
    """The terms of one entity's description, made the first time a document mentions it."""

    node: T
    cls: T
    labels: list[T]
    aliases: list[tuple[T, frozenset[str] | None]]
    same_as: T | None
    first_doc: str


@dataclass(slots=True)
class _Plan:
    """What each document's graph holds, indexed once: references into the knowledge graph."""

    order: list[str]
    entities: dict[str, list[tuple[Entity, Provenance | None]]]
    relations: dict[str, list[tuple[Triple, Provenance]]]
    facts: dict[str, list[tuple[EntityFact, Provenance]]]
    merges: dict[str, list[MergeDecision]]
    first_doc: dict[str, str]
    alias_docs: dict[tuple[str, str, str], set[str]]


def _first_by_doc(items: Iterable[Provenance]) -> dict[str, Provenance]:
    """The earliest piece of evidence per document."""
    first: dict[str, Provenance] = {}
    for prov in items:
        known = first.get(prov.doc_id)
        if known is None or prov.span.start < known.span.start:
            first[prov.doc_id] = prov
    return first


def _value_problem(value: DateValue | Quantity) -> str | None:
    """Why a fact value cannot be written as a typed literal, or None when it can."""
    if isinstance(value, DateValue):
        if date_datatype(value.iso, value.precision) is None:
            return f"date {value.iso!r} does not match its precision {value.precision!r}"
        if value.end and date_datatype(value.end) is None:
            return f"end date {value.end!r} is not an ISO 8601 date"
        return None
    if not value.value.is_finite():
        return f"amount {value.value} is not a finite number"
    if value.currency and not _CURRENCY.fullmatch(value.currency):
        return f"currency {value.currency!r} is not an ISO 4217 code"
    return None


def _plan(graph: KnowledgeGraph) -> _Plan:
    """Index the graph by document, dropping (with a WARNING) what no document supports."""
    known = {entity.id for entity in graph.entities}
    relations: dict[str, list[tuple[Triple, Provenance]]] = defaultdict(list)
    facts: dict[str, list[tuple[EntityFact, Provenance]]] = defaultdict(list)
    merges: dict[str, list[MergeDecision]] = defaultdict(list)
    support: dict[str, dict[str, Provenance | None]] = defaultdict(dict)
    for entity in graph.entities:
        for doc_id in entity.doc_ids:
            support[entity.id].setdefault(doc_id, None)
    for merge in graph.merges:
        if merge.entity not in known:
            log.warning("merge of %r dropped: unknown entity %s", merge.name, merge.entity)
            continue
        merges[merge.doc_id].append(merge)
        support[merge.entity].setdefault(merge.doc_id, None)
    evidenced: list[tuple[str, tuple[Provenance, ...]]] = []
    for triple in graph.triples:
        missing = [e for e in (triple.subject, triple.object) if e not in known]
        if missing or not triple.provenance:
            reason = f"unknown entity {missing[0]}" if missing else "no evidence"
            log.warning(
                "relation %s %s %s dropped: %s", triple.subject, triple.predicate, triple.object, reason
            )
            continue
        for prov in triple.provenance:
            relations[prov.doc_id].append((triple, prov))
        evidenced += [(triple.subject, triple.provenance), (triple.object, triple.provenance)]
    for fact in graph.facts:
        problem = _value_problem(fact.value)
        if fact.entity not in known:
            problem = f"unknown entity {fact.entity}"
        elif not fact.provenance:
            problem = "no evidence"
        if problem:
            log.warning("fact %s of %s dropped: %s", fact.attribute, fact.entity, problem)
            continue
        for prov in fact.provenance:
            facts[prov.doc_id].append((fact, prov))
        evidenced.append((fact.entity, fact.provenance))
    for entity_id, provenance in evidenced:
        docs = support[entity_id]
        for doc_id, prov in _first_by_doc(provenance).items():
            earlier = docs.get(doc_id)
            if earlier is None or prov.span.start < earlier.span.start:
                docs[doc_id] = prov
    order = [doc.id for doc in graph.documents]
    listed = set(order)
    referenced = {doc_id for docs in support.values() for doc_id in docs}
    order += sorted(referenced - listed)
    rank = {doc_id: index for index, doc_id in enumerate(order)}
    entities: dict[str, list[tuple[Entity, Provenance | None]]] = defaultdict(list)
    first_doc: dict[str, str] = {}
    for entity in graph.entities:
        mentioned = support.get(entity.id)
        if not mentioned:
            log.warning("entity %s (%s) dropped: no document mentions it", entity.id, entity.label())
            continue
        for doc_id, located in mentioned.items():
            entities[doc_id].append((entity, located))
        first_doc[entity.id] = min(mentioned, key=rank.__getitem__)
    alias_docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for merge in graph.merges:
        alias_docs[(merge.entity, merge.lang, merge.name)].add(merge.doc_id)
    return _Plan(order, entities, relations, facts, merges, first_doc, alias_docs)


def _names(entity: Entity) -> list[tuple[str, str]]:
    """(lang, name) of every label and alias, labels first, without repeats."""
    seen: set[tuple[str, str]] = set()
    names = []
    for lang, name in (*entity.labels, *entity.aliases):
        if name and (lang, name) not in seen:
            seen.add((lang, name))
            names.append((lang, name))
    return names


class _NameFinder:
    """Where entities' names first occur in a document: one Aho–Corasick automaton over the names
    of every entity given, built once for a corpus rather than once per document."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        owners: dict[str, set[str]] = defaultdict(set)
        for entity in entities:
            for _, name in _names(entity):
                owners[name].add(entity.id)
        self.names = list(owners)
        self.owners = [owners[name] for name in self.names]
        self.automaton = (
            ahocorasick_rs.AhoCorasick(self.names, matchkind=ahocorasick_rs.MatchKind.Standard)
            if self.names
            else None
        )

    def first(self, text: str, wanted: Iterable[str]) -> dict[str, int]:
        """Per entity id in ``wanted``, the offset of the first occurrence of one of its names.

        Matches come by end offset, the longer name first at the same end; the first match of
        an entity's name in that order is the one kept (an automaton over fewer names orders
        those names' matches the same way).
        """
        remaining = set(wanted)
        first: dict[str, int] = {}
        if self.automaton is None or not remaining:
            return first
        for index, start, _ in self.automaton.find_matches_as_indexes(text, overlapping=True):
            for entity_id in self.owners[index] & remaining:
                first[entity_id] = start
                remaining.discard(entity_id)
            if not remaining:
                break
        return first


class _Shaper(Generic[T]):
    """The state of one ``graph_blocks`` run: the term factory, its caches, and what the union has had."""

    def __init__(self, graph: KnowledgeGraph, terms: Terms[T], mention_evidence: bool) -> None:
        self.terms = terms
        self.v = _Vocabulary(terms)
        self.mention_evidence = mention_evidence
        self.documents = {doc.id: doc for doc in graph.documents}
        self.plan = _plan(graph)
        self.entity_shapes: dict[str, _EntityShape[T]] = {}
        self.plain_cache: dict[str, T] = {}
        self.integer_cache: dict[int, T] = {}
        self.decimal_cache: dict[Decimal | float, T] = {}
        self.union_entities: set[str] = set()
        self.union_relations: set[tuple[str, Predicate, str]] = set()
        self.union_facts: set[str] = set()
        self.described_merges: set[str] = set()
        self.name_finder: _NameFinder | None = None
        # A merge decision or a fact recurs in every document that supports it: its IRI (a hash
        # of its parts) and term are made once. Facts are keyed by identity: the plan holds them.
        self.merge_nodes: dict[tuple[str, str, str, str], tuple[str, T]] = {}
        self.fact_nodes: dict[int, tuple[str, T]] = {}

    # ----------------------------------------------------------------------- literals

    def plain(self, text: str) -> T:
        term = self.plain_cache.get(text)
        if term is None:
            term = self.plain_cache[text] = self.terms.literal(text)
        return term

    def integer(self, number: int) -> T:
        term = self.integer_cache.get(number)
        if term is None:
            term = self.integer_cache[number] = self.terms.literal(str(number), datatype=str(XSD.integer))
        return term

    def decimal(self, number: Decimal | float) -> T:
        term = self.decimal_cache.get(number)
        if term is None:
            lexical = decimal_lexical(number)
            term = self.decimal_cache[number] = self.terms.literal(lexical, datatype=str(XSD.decimal))
        return term

    def tagged(self, text: str, lang: str) -> T:
        return self.terms.literal(text, lang=tag_for(lang, text))

    def date(self, iso: str, precision: str | None = None) -> T:
        datatype = date_datatype(iso, precision)
        assert datatype is not None, "dates are checked by _plan"
        return self.terms.literal(iso, datatype=str(datatype))

    def first_mentions(self, doc: Document, entities: list[Entity]) -> dict[str, int]:
        """Per entity id, the offset of the first occurrence of one of its names in ``doc``."""
        if self.name_finder is None:
            self.name_finder = _NameFinder(
                {
                    entity.id: entity
                    for mentioned in self.plan.entities.values()
                    for entity, located in mentioned
                    if located is None
                }.values()
            )
        return self.name_finder.first(doc.text, [entity.id for entity in entities])

    # ----------------------------------------------------------------------- one document

    def block(self, doc_id: str) -> GraphBlock[T]:
        g = self.terms.iri(str(document_iri(doc_id)))
        block = GraphBlock(g)
        doc = self.documents.get(doc_id)
        sentences: dict[tuple[int, int], T] = {}

        def sentence(start: int, end: int, text: str) -> T:
            term = sentences.get((start, end))
            if term is None:
                found = doc.sentence_at(start) if doc is not None else None
                lang = found.lang if found is not None else Lang.MIXED
                term = sentences[(start, end)] = self.tagged(text, lang)
            return term

        if doc is not None:
            self.describe_document(block, doc)
        unlocated: list[Entity] = []
        for entity, prov in self.plan.entities.get(doc_id, ()):
            self.describe_entity(block, entity, doc_id)
            if prov is None:
                unlocated.append(entity)
        if self.mention_evidence and unlocated:
            first = self.first_mentions(doc, unlocated) if doc is not None else {}
            for entity in unlocated:
                offset = first.get(entity.id)
                found = doc.sentence_at(offset) if doc is not None and offset is not None else None
                located = None
                if doc is not None and found is not None:
                    span = found.span
                    located = (span.start, span.end, sentence(span.start, span.end, doc.excerpt(span)))
                self.mention(block, entity, doc_id, located)
        evidence_nodes: set[str] = set()
        asserted: set[tuple[str, Predicate, str]] = set()
        for triple, prov in self.plan.relations.get(doc_id, ()):
            key = (triple.subject, triple.predicate, triple.object)
            statement = (
                self.entity_shapes[triple.subject].node,
                self.v.predicates[triple.predicate],
                self.entity_shapes[triple.object].node,
            )
            if key not in asserted:
                asserted.add(key)
                block.statements.append(statement)
                if key not in self.union_relations:
                    self.union_relations.add(key)
                    block.union.append(statement)
            node = EVIDENCE_NS + digest(
                triple.subject, triple.predicate, triple.object,
                prov.doc_id, prov.span.start, prov.span.end, prov.extractor, prov.rule,
            )  # fmt: skip
            if node not in evidence_nodes:
                evidence_nodes.add(node)
                text = sentence(prov.span.start, prov.span.end, prov.sentence)
                self.evidence(block, node, statement, prov, text)
        described: set[str] = set()
        for fact, prov in self.plan.facts.get(doc_id, ()):
            known_fact = self.fact_nodes.get(id(fact))
            if known_fact is None:
                fact_node = str(fact_iri(fact.entity, fact.attribute, fact.value))
                known_fact = self.fact_nodes[id(fact)] = (fact_node, self.terms.iri(fact_node))
            fact_node = known_fact[0]
            statement = (self.entity_shapes[fact.entity].node, self.v.fact, known_fact[1])
            if fact_node not in described:
                described.add(fact_node)
                self.describe_fact(block, fact, statement, fact_node)
            node = EVIDENCE_NS + digest(
                fact.entity, FACT_PREDICATE, fact_node,
                prov.doc_id, prov.span.start, prov.span.end, prov.extractor, prov.rule,
            )  # fmt: skip
            if node not in evidence_nodes:
                evidence_nodes.add(node)
                text = sentence(prov.span.start, prov.span.end, prov.sentence)
                self.evidence(block, node, statement, prov, text)
        for merge in self.plan.merges.get(doc_id, ()):
            self.merge(block, merge)
        return block

    def describe_document(self, block: GraphBlock[T], doc: Document) -> None:
        g, v = block.graph, self.v
        for cls in v.document_types:
            block.own((g, v.type, cls))
        block.own((g, v.identifier, self.terms.literal(doc.id)))
        if doc.title:
            block.own((g, v.title, self.tagged(doc.title, doc.lang)))
        source = doc.source or doc.origin
        if source:
            is_url = _URL.fullmatch(source) is not None
            block.own((g, v.source, self.terms.iri(source) if is_url else self.terms.literal(source)))
        if doc.date:
            if date_datatype(doc.date) is None:
                log.warning("document %s: date %r dropped: not an ISO 8601 date", doc.origin, doc.date)
            else:
                block.own((g, v.date_of, self.date(doc.date)))
        languages = (Lang.ZH, Lang.EN) if doc.lang == Lang.MIXED else (doc.lang,)
        for lang in languages:
            block.own((g, v.language, self.plain(str(lang))))
        if doc.publisher:
            block.own((g, v.publisher, self.terms.literal(doc.publisher)))

    def entity_shape(self, entity: Entity) -> _EntityShape[T]:
        shape = self.entity_shapes.get(entity.id)
        if shape is not None:
            return shape
        labels = [(tag_for(lang, name), name) for lang, name in entity.labels if name]
        shown = set(labels)
        aliases: list[tuple[T, frozenset[str] | None]] = []
        for lang, name in entity.aliases:
            tag = tag_for(lang, name)
            if name and (tag, name) not in shown:
                shown.add((tag, name))
                seen_in = self.plan.alias_docs.get((entity.id, lang, name))
                term = self.terms.literal(name, lang=tag)
                aliases.append((term, frozenset(seen_in) if seen_in else None))
        same_as = wikidata_iri(entity.wikidata) if entity.wikidata else None
        if entity.wikidata and same_as is None:
            log.warning("entity %s: wikidata id %r dropped: not a Q-id", entity.id, entity.wikidata)
        shape = self.entity_shapes[entity.id] = _EntityShape(
            node=self.terms.iri(str(entity_iri(entity.id))),
            cls=self.v.classes[entity.cls],
            labels=[self.terms.literal(name, lang=tag) for tag, name in labels],
            aliases=aliases,
            same_as=self.terms.iri(str(same_as)) if same_as is not None else None,
            first_doc=self.plan.first_doc[entity.id],
        )
        return shape

    def describe_entity(self, block: GraphBlock[T], entity: Entity, doc_id: str) -> None:
        shape = self.entity_shape(entity)
        node, v = shape.node, self.v
        new = entity.id not in self.union_entities
        if new:
            self.union_entities.add(entity.id)
        first = doc_id == shape.first_doc
        statements = [(node, v.type, shape.cls), *((node, v.label, label) for label in shape.labels)]
        statements += [
            (node, v.alt_label, alias)
            for alias, seen_in in shape.aliases
            if (first if seen_in is None else doc_id in seen_in)
        ]
        if shape.same_as is not None:
            statements.append((node, v.same_as, shape.same_as))
        block.statements += statements
        if new:
            block.union += statements
            block.union += [
                (node, v.alt_label, alias)
                for alias, seen_in in shape.aliases
                if seen_in is not None and doc_id not in seen_in
            ]

    def mention(
        self, block: GraphBlock[T], entity: Entity, doc_id: str, located: tuple[int, int, T] | None
    ) -> None:
        """The evidence that ``doc_id`` mentions ``entity``: the sentence naming it first, when known."""
        g, v = block.graph, self.v
        shape = self.entity_shapes[entity.id]
        node = self.terms.iri(EVIDENCE_NS + digest(FIRST_MENTION_RULE, entity.id, doc_id))
        block.own((node, v.type, v.evidence))
        block.own((node, v.subject, shape.node))
        block.own((node, v.predicate, v.type))
        block.own((node, v.object, shape.cls))
        block.own((node, v.derived_from, g))
        block.own((node, v.rule, self.plain(FIRST_MENTION_RULE)))
        if located is not None:
            start, end, sentence = located
            block.own((node, v.sentence, sentence))
            block.own((node, v.start, self.integer(start)))
            block.own((node, v.end, self.integer(end)))

    def evidence(
        self, block: GraphBlock[T], iri: str, statement: Statement[T], prov: Provenance, sentence: T
    ) -> None:
        g, v = block.graph, self.v
        node = self.terms.iri(iri)
        s, p, o = statement
        # the most frequent description of a graph: one call, where a call per statement cost
        block.own_all(
            [
                (node, v.type, v.evidence),
                (node, v.subject, s),
                (node, v.predicate, p),
                (node, v.object, o),
                (node, v.derived_from, g),
                (node, v.sentence, sentence),
                (node, v.start, self.integer(prov.span.start)),
                (node, v.end, self.integer(prov.span.end)),
                (node, v.extractor, self.plain(prov.extractor)),
                (node, v.rule, self.plain(prov.rule)),
                (node, v.confidence, self.decimal(prov.confidence)),
            ]
        )

    def describe_fact(self, block: GraphBlock[T], fact: EntityFact, link: Statement[T], iri: str) -> None:
        v = self.v
        node = link[2]
        statements = [link, (node, v.type, v.fact_class), (node, v.attribute, self.plain(fact.attribute))]
        value = fact.value
        if isinstance(value, DateValue):
            statements.append((node, v.precision, self.plain(value.precision)))
            statements.append((node, v.date, self.date(value.iso, value.precision)))
            if value.end:
                statements.append((node, v.end_date, self.date(value.end)))
        else:
            statements.append((node, v.type, v.quantitative_value))
            statements.append((node, v.value, self.decimal(value.value)))
            if value.unit:
                statements.append((node, v.unit_text, self.plain(value.unit)))
            if value.currency:
                statements.append((node, v.currency, self.plain(value.currency)))
            if value.approximate:
                statements.append((node, v.approximate, v.true))
        block.statements += statements
        if iri not in self.union_facts:
            self.union_facts.add(iri)
            block.union += statements

    def merge(self, block: GraphBlock[T], merge: MergeDecision) -> None:
        v = self.v
        key = (merge.entity, merge.name, merge.lang, merge.reason)
        known = self.merge_nodes.get(key)
        if known is None:
            made = str(merge_iri(*key))
            known = self.merge_nodes[key] = (made, self.terms.iri(made))
        iri, node = known
        if iri not in self.described_merges:
            self.described_merges.add(iri)
            block.own((node, v.type, v.merge_decision))
            block.own((node, v.merged_into, self.entity_shapes[merge.entity].node))
            block.own((node, v.merged_name, self.tagged(merge.name, merge.lang)))
            block.own((node, v.reason, self.plain(merge.reason)))
        block.own((node, v.derived_from, block.graph))


def graph_blocks(
    graph: KnowledgeGraph, terms: Terms[T], *, mention_evidence: bool = True
) -> Iterator[GraphBlock[T]]:
    """The named graph of each document, in corpus order, with terms made by ``terms``.

    Statements that no document supports (an entity no document mentions, a relation or fact
    without evidence or about an unknown entity, an impossible date) are dropped with a WARNING.
    ``mention_evidence=False`` leaves out the typing evidence of entities a document names but
    states nothing about.
    """
    shaper = _Shaper(graph, terms, mention_evidence)
    for doc_id in shaper.plan.order:
        yield shaper.block(doc_id)


def to_quads(graph: KnowledgeGraph, *, mention_evidence: bool = True) -> Iterator[Quad]:
    """The quads of ``graph`` as rdflib terms, each in the named graph of the document that supports it."""
    for block in graph_blocks(graph, RdflibTerms(), mention_evidence=mention_evidence):
        g = block.graph
        assert isinstance(g, URIRef), "a document's graph is named by its IRI"
        for s, p, o in block.statements:
            yield s, p, o, g


def bind_prefixes(dataset: Dataset) -> None:
    """Bind ``PREFIXES`` on ``dataset`` (replacing rdflib's defaults for the same names)."""
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace, override=True, replace=True)


def to_dataset(
    graph: KnowledgeGraph, store: str | Store = "default", *, mention_evidence: bool = True
) -> Dataset:
    """The quads of ``graph`` in an rdflib ``Dataset`` whose default graph is the union of all."""
    dataset = Dataset(store=store, default_union=True)
    bind_prefixes(dataset)
    named: dict[URIRef, Graph] = {}

    def named_graph(iri: URIRef) -> Graph:
        if iri not in named:
            named[iri] = dataset.graph(iri)
        return named[iri]

    quads = to_quads(graph, mention_evidence=mention_evidence)
    dataset.addN((s, p, o, named_graph(g)) for s, p, o, g in quads)
    return dataset
