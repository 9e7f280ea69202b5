"""The knowledge graph as RDF: one named graph per document, evidence for every asserted triple.

``to_quads`` is the hot path of a build (millions of quads for a large corpus): a generator of
rdflib terms with no intermediate ``Graph``; repeated literals (sentences, offsets, rule names)
are created once and reused. ``to_dataset`` collects the same quads into an rdflib ``Dataset``
for small jobs and tests. The shape is documented in ``docs/architecture.md`` ("The RDF shape").

What a document's named graph ``kgd:<doc id>`` holds: the document's own description; the
types, labels and ``owl:sameAs`` of every entity it mentions (the aliases it contributed, when a
merge decision says which document a name came from); the relations and facts it evidences,
with their evidence nodes; its merge decisions. So removing a document's graph removes exactly
what only that document supports.

Entity typing is backed by one evidence node per (entity, document) that states
``entity rdf:type class`` and points to the first sentence of the document that names the entity
(``kgo:rule "first-mention"``): the earliest sentence among the entity's relation and fact evidence
in that document, else the first occurrence of one of its names. Pass ``mention_evidence=False``
to leave these out when their cost (about nine quads per entity and document) outweighs them.
"""

from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator
from decimal import Decimal
from typing import Generic, TypeVar

import ahocorasick
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
    document_iri,
    entity_iri,
    evidence_iri,
    fact_iri,
    merge_iri,
)
from kg.model import (
    DateValue,
    Document,
    Entity,
    EntityClass,
    KnowledgeGraph,
    Lang,
    Predicate,
    Provenance,
    Quantity,
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

# The terms of the hot path, resolved once: each attribute of a DefinedNamespace is a method call.
_TYPE, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.subject, RDF.predicate, RDF.object
_LABEL, _ALT_LABEL, _SAME_AS = RDFS.label, SKOS.altLabel, OWL.sameAs
_EVIDENCE, _PROV_ENTITY, _DERIVED_FROM = KGO.Evidence, PROV.Entity, PROV.wasDerivedFrom
_SENTENCE, _START, _END = KGO.sentence, KGO.startOffset, KGO.endOffset
_EXTRACTOR, _RULE, _CONFIDENCE = KGO.extractor, KGO.rule, KGO.confidence

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

K = TypeVar("K", bound=Hashable)


class _Interned(Generic[K]):
    """Literals made once per key: the same sentence, offset, rule or confidence recurs a lot."""

    def __init__(self, make: Callable[[K], Literal]) -> None:
        self._make = make
        self._made: dict[K, Literal] = {}

    def __call__(self, key: K) -> Literal:
        term = self._made.get(key)
        if term is None:
            term = self._made[key] = self._make(key)
        return term


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


def date_literal(iso: str, precision: str | None = None) -> Literal | None:
    """``iso`` as an xsd:date / xsd:gYearMonth / xsd:gYear literal, or None when it is malformed."""
    kind = precision if precision in _DATE_TYPES else _DATE_BY_LENGTH.get(len(iso))
    if kind is None:
        return None
    pattern, datatype = _DATE_TYPES[kind]
    if not pattern.fullmatch(iso):
        return None
    return Literal(iso, datatype=datatype)


def wikidata_iri(value: str) -> URIRef | None:
    """``wd:Q…`` for a Wikidata id or entity URL, None when ``value`` is neither."""
    match = _WIKIDATA_ID.fullmatch(value.strip())
    return WIKIDATA[match.group(1)] if match else None


class _Writer:
    """The state of one ``to_quads`` run: term caches and the indexes built in its first pass."""

    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph
        self.documents = {doc.id: doc for doc in graph.documents}
        self.entities = {entity.id: entity for entity in graph.entities}
        self.entity_iris = {entity.id: entity_iri(entity.id) for entity in graph.entities}
        self.doc_iris: dict[str, URIRef] = {}
        self.plain: _Interned[str] = _Interned(Literal)
        self.integer: _Interned[int] = _Interned(lambda n: Literal(n, datatype=XSD.integer))
        self.decimal: _Interned[Decimal | float] = _Interned(
            lambda x: Literal(decimal_lexical(x), datatype=XSD.decimal)
        )
        self.sentences: dict[tuple[str, int, int], Literal] = {}

    def doc_iri(self, doc_id: str) -> URIRef:
        iri = self.doc_iris.get(doc_id)
        if iri is None:
            iri = self.doc_iris[doc_id] = document_iri(doc_id)
        return iri

    def sentence(self, doc_id: str, start: int, end: int, text: str) -> Literal:
        key = (doc_id, start, end)
        term = self.sentences.get(key)
        if term is None:
            doc = self.documents.get(doc_id)
            sentence = doc.sentence_at(start) if doc is not None else None
            lang = sentence.lang if sentence is not None else Lang.MIXED
            term = self.sentences[key] = Literal(text, lang=tag_for(lang, text))
        return term

    def evidence(
        self, node: URIRef, statement: tuple[Node, Node, Node], prov: Provenance, g: URIRef
    ) -> Iterator[Quad]:
        s, p, o = statement
        yield node, _TYPE, _EVIDENCE, g
        yield node, _TYPE, _PROV_ENTITY, g
        yield node, _SUBJECT, s, g
        yield node, _PREDICATE, p, g
        yield node, _OBJECT, o, g
        yield node, _DERIVED_FROM, g, g
        yield node, _SENTENCE, self.sentence(prov.doc_id, prov.span.start, prov.span.end, prov.sentence), g
        yield node, _START, self.integer(prov.span.start), g
        yield node, _END, self.integer(prov.span.end), g
        yield node, _EXTRACTOR, self.plain(prov.extractor), g
        yield node, _RULE, self.plain(prov.rule), g
        yield node, _CONFIDENCE, self.decimal(prov.confidence), g


def _first_by_doc(items: Iterable[Provenance]) -> dict[str, Provenance]:
    """The earliest piece of evidence per document."""
    first: dict[str, Provenance] = {}
    for prov in items:
        known = first.get(prov.doc_id)
        if known is None or prov.span.start < known.span.start:
            first[prov.doc_id] = prov
    return first


def _supporting_docs(graph: KnowledgeGraph) -> dict[str, dict[str, Provenance | None]]:
    """Per entity id: the documents that mention it, each with its earliest evidence there (or None)."""
    support: dict[str, dict[str, Provenance | None]] = defaultdict(dict)
    for entity in graph.entities:
        for doc_id in entity.doc_ids:
            support[entity.id].setdefault(doc_id, None)
    for merge in graph.merges:
        support[merge.entity].setdefault(merge.doc_id, None)
    evidenced: list[tuple[str, Iterable[Provenance]]] = []
    for triple in graph.triples:
        evidenced += [(triple.subject, triple.provenance), (triple.object, triple.provenance)]
    evidenced += [(fact.entity, fact.provenance) for fact in graph.facts]
    for entity_id, provenance in evidenced:
        docs = support[entity_id]
        for doc_id, prov in _first_by_doc(provenance).items():
            known = docs.get(doc_id)
            if known is None or prov.span.start < known.span.start:
                docs[doc_id] = prov
    return support


def _names(entity: Entity) -> list[tuple[str, str]]:
    """(lang, name) of every label and alias, labels first, without repeats."""
    seen: set[tuple[str, str]] = set()
    names = []
    for lang, name in (*entity.labels, *entity.aliases):
        if name and (lang, name) not in seen:
            seen.add((lang, name))
            names.append((lang, name))
    return names


def _first_mentions(doc: Document, entities: list[Entity]) -> dict[str, int]:
    """Per entity id, the offset of the first occurrence of one of its names in ``doc``: one pass."""
    automaton = ahocorasick.Automaton()
    owners: dict[str, set[str]] = defaultdict(set)
    for entity in entities:
        for _, name in _names(entity):
            owners[name].add(entity.id)
    for name, ids in owners.items():
        automaton.add_word(name, (len(name), tuple(ids)))
    automaton.make_automaton()
    first: dict[str, int] = {}
    for end, (length, ids) in automaton.iter(doc.text):
        for entity_id in ids:
            if entity_id not in first:
                first[entity_id] = end - length + 1
        if len(first) == len(entities):
            break
    return first


def to_quads(graph: KnowledgeGraph, *, mention_evidence: bool = True) -> Iterator[Quad]:
    """The quads of ``graph``: each in the named graph of the document that supports it.

    Statements that no document supports (an entity no document mentions, a relation or fact
    without evidence or about an unknown entity) are dropped with a WARNING.
    """
    writer = _Writer(graph)
    for doc in graph.documents:
        yield from _document_quads(writer, doc)
    support = _supporting_docs(graph)
    alias_docs: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for merge in graph.merges:
        alias_docs[(merge.entity, merge.lang, merge.name)].add(merge.doc_id)
    unlocated: dict[str, list[Entity]] = defaultdict(list)
    for entity in graph.entities:
        docs = support.get(entity.id)
        if not docs:
            log.warning("entity %s (%s) dropped: no document mentions it", entity.id, entity.label())
            continue
        yield from _entity_quads(writer, entity, docs, alias_docs)
        if mention_evidence:
            for doc_id, prov in docs.items():
                if prov is not None:
                    located = (prov.span.start, prov.span.end, prov.sentence)
                    yield from _mention_evidence(writer, entity, doc_id, located)
                elif doc_id in writer.documents:
                    unlocated[doc_id].append(entity)
                else:
                    yield from _mention_evidence(writer, entity, doc_id, None)
    for doc_id, entities in unlocated.items():
        doc = writer.documents[doc_id]
        first = _first_mentions(doc, entities)
        for entity in entities:
            yield from _mention_evidence(writer, entity, doc_id, _sentence_of(doc, first.get(entity.id)))
    yield from _triple_quads(writer)
    yield from _fact_quads(writer)
    yield from _merge_quads(writer)


def _document_quads(writer: _Writer, doc: Document) -> Iterator[Quad]:
    g = writer.doc_iri(doc.id)
    yield g, RDF.type, KGO.Document, g
    yield g, RDF.type, PROV.Entity, g
    yield g, RDF.type, SDO.CreativeWork, g
    yield g, DCTERMS.identifier, Literal(doc.id), g
    if doc.title:
        yield g, DCTERMS.title, Literal(doc.title, lang=tag_for(doc.lang, doc.title)), g
    source = doc.source or doc.origin
    if source:
        is_url = _URL.fullmatch(source) is not None
        yield g, DCTERMS.source, URIRef(source) if is_url else Literal(source), g
    if doc.date:
        date = date_literal(doc.date)
        if date is None:
            log.warning("document %s: date %r dropped: not an ISO 8601 date", doc.origin, doc.date)
        else:
            yield g, DCTERMS.date, date, g
    languages = (Lang.ZH, Lang.EN) if doc.lang == Lang.MIXED else (doc.lang,)
    for lang in languages:
        yield g, DCTERMS.language, writer.plain(str(lang)), g
    if doc.publisher:
        yield g, DCTERMS.publisher, Literal(doc.publisher), g


def _entity_quads(
    writer: _Writer,
    entity: Entity,
    docs: dict[str, Provenance | None],
    alias_docs: dict[tuple[str, str, str], set[str]],
) -> Iterator[Quad]:
    node = writer.entity_iris[entity.id]
    cls = CLASS_IRIS[entity.cls]
    labels = [Literal(name, lang=tag_for(lang, name)) for lang, name in entity.labels if name]
    shown = {(str(label.language), str(label)) for label in labels}
    aliases: list[tuple[Literal, set[str] | None]] = []
    for lang, name in entity.aliases:
        alias = Literal(name, lang=tag_for(lang, name))
        key = (str(alias.language), name)
        if name and key not in shown:
            shown.add(key)
            aliases.append((alias, alias_docs.get((entity.id, lang, name))))
    same_as = wikidata_iri(entity.wikidata) if entity.wikidata else None
    if entity.wikidata and same_as is None:
        log.warning("entity %s: wikidata id %r dropped: not a Q-id", entity.id, entity.wikidata)
    for doc_id in docs:
        g = writer.doc_iri(doc_id)
        yield node, _TYPE, cls, g
        for label in labels:
            yield node, _LABEL, label, g
        for alias, seen_in in aliases:
            if seen_in is None or doc_id in seen_in:
                yield node, _ALT_LABEL, alias, g
        if same_as is not None:
            yield node, _SAME_AS, same_as, g


def _mention_evidence(
    writer: _Writer, entity: Entity, doc_id: str, located: tuple[int, int, str] | None
) -> Iterator[Quad]:
    """The evidence that ``doc_id`` mentions ``entity``: the sentence naming it first, when known."""
    g = writer.doc_iri(doc_id)
    node = evidence_iri(FIRST_MENTION_RULE, entity.id, doc_id)
    yield node, _TYPE, _EVIDENCE, g
    yield node, _TYPE, _PROV_ENTITY, g
    yield node, _SUBJECT, writer.entity_iris[entity.id], g
    yield node, _PREDICATE, _TYPE, g
    yield node, _OBJECT, CLASS_IRIS[entity.cls], g
    yield node, _DERIVED_FROM, g, g
    yield node, _RULE, writer.plain(FIRST_MENTION_RULE), g
    if located is not None:
        start, end, text = located
        yield node, _SENTENCE, writer.sentence(doc_id, start, end, text), g
        yield node, _START, writer.integer(start), g
        yield node, _END, writer.integer(end), g


def _sentence_of(doc: Document, offset: int | None) -> tuple[int, int, str] | None:
    sentence = doc.sentence_at(offset) if offset is not None else None
    if sentence is None:
        return None
    return sentence.span.start, sentence.span.end, doc.excerpt(sentence.span)


def _triple_quads(writer: _Writer) -> Iterator[Quad]:
    for triple in writer.graph.triples:
        missing = [e for e in (triple.subject, triple.object) if e not in writer.entity_iris]
        if missing or not triple.provenance:
            reason = f"unknown entity {missing[0]}" if missing else "no evidence"
            log.warning(
                "relation %s %s %s dropped: %s", triple.subject, triple.predicate, triple.object, reason
            )
            continue
        statement = (
            writer.entity_iris[triple.subject],
            PREDICATE_IRIS[triple.predicate],
            writer.entity_iris[triple.object],
        )
        asserted: set[str] = set()
        for prov in triple.provenance:
            g = writer.doc_iri(prov.doc_id)
            if prov.doc_id not in asserted:
                asserted.add(prov.doc_id)
                yield (*statement, g)
            node = evidence_iri(
                triple.subject, triple.predicate, triple.object,
                prov.doc_id, prov.span.start, prov.span.end, prov.extractor, prov.rule,
            )  # fmt: skip
            yield from writer.evidence(node, statement, prov, g)


def _value_quads(writer: _Writer, node: URIRef, value: DateValue | Quantity, g: URIRef) -> Iterator[Quad]:
    if isinstance(value, DateValue):
        yield node, KGO.precision, writer.plain(value.precision), g
        date = date_literal(value.iso, value.precision)
        if date is not None:
            yield node, KGO.date, date, g
        if value.end:
            end = date_literal(value.end)
            if end is not None:
                yield node, KGO.endDate, end, g
        return
    yield node, RDF.type, SDO.QuantitativeValue, g
    yield node, SDO.value, writer.decimal(value.value), g
    if value.unit:
        yield node, SDO.unitText, writer.plain(value.unit), g
    if value.currency:
        yield node, KGO.currency, writer.plain(value.currency), g
    if value.approximate:
        yield node, KGO.approximate, Literal(True), g


def _value_problem(value: DateValue | Quantity) -> str | None:
    """Why a fact value cannot be written as a typed literal, or None when it can."""
    if isinstance(value, DateValue):
        if date_literal(value.iso, value.precision) is None:
            return f"date {value.iso!r} does not match its precision {value.precision!r}"
        if value.end and date_literal(value.end) is None:
            return f"end date {value.end!r} is not an ISO 8601 date"
        return None
    if not value.value.is_finite():
        return f"amount {value.value} is not a finite number"
    if value.currency and not _CURRENCY.fullmatch(value.currency):
        return f"currency {value.currency!r} is not an ISO 4217 code"
    return None


def _fact_quads(writer: _Writer) -> Iterator[Quad]:
    for fact in writer.graph.facts:
        problem = _value_problem(fact.value)
        if fact.entity not in writer.entity_iris:
            problem = f"unknown entity {fact.entity}"
        elif not fact.provenance:
            problem = "no evidence"
        if problem:
            log.warning("fact %s of %s dropped: %s", fact.attribute, fact.entity, problem)
            continue
        subject = writer.entity_iris[fact.entity]
        node = fact_iri(fact.entity, fact.attribute, fact.value)
        statement = (subject, KGO.fact, node)
        described: set[str] = set()
        for prov in fact.provenance:
            g = writer.doc_iri(prov.doc_id)
            if prov.doc_id not in described:
                described.add(prov.doc_id)
                yield subject, KGO.fact, node, g
                yield node, RDF.type, KGO.Fact, g
                yield node, KGO.attribute, writer.plain(fact.attribute), g
                yield from _value_quads(writer, node, fact.value, g)
            evidence = evidence_iri(
                fact.entity,
                KGO.fact,
                node,
                prov.doc_id,
                prov.span.start,
                prov.span.end,
                prov.extractor,
                prov.rule,
            )
            yield from writer.evidence(evidence, statement, prov, g)


def _merge_quads(writer: _Writer) -> Iterator[Quad]:
    for merge in writer.graph.merges:
        if merge.entity not in writer.entity_iris:
            log.warning("merge of %r dropped: unknown entity %s", merge.name, merge.entity)
            continue
        g = writer.doc_iri(merge.doc_id)
        node = merge_iri(merge.entity, merge.name, merge.lang, merge.doc_id)
        yield node, RDF.type, KGO.MergeDecision, g
        yield node, KGO.mergedInto, writer.entity_iris[merge.entity], g
        yield node, KGO.mergedName, Literal(merge.name, lang=tag_for(merge.lang, merge.name)), g
        yield node, KGO.reason, writer.plain(merge.reason), g
        yield node, PROV.wasDerivedFrom, g, g


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
