"""The ``kgo:`` vocabulary as an rdflib namespace that fails on unknown names, so a typo raises.

The terms are declared, with labels in English and Chinese, domains and ranges, in
``ontology.ttl`` beside this module; a test checks that the two agree.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

BASE = "https://w3id.org/kg-dsr/"
"""The one base IRI of the project: ontology, entities, documents and evidence live under it."""


class KGO(DefinedNamespace):
    """Classes and properties of the kg ontology."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # Entity classes: the evaluation contract.
    Entity: URIRef
    Country: URIRef
    Organization: URIRef
    Initiative: URIRef
    Project: URIRef
    Agreement: URIRef
    Technology: URIRef
    Person: URIRef
    Place: URIRef
    Event: URIRef

    # Bookkeeping classes.
    Document: URIRef
    Evidence: URIRef
    Fact: URIRef
    MergeDecision: URIRef

    # Relation predicates: the evaluation contract.
    memberOf: URIRef
    partOf: URIRef
    locatedIn: URIRef
    connects: URIRef
    landsAt: URIRef
    operatedBy: URIRef
    builtBy: URIRef
    fundedBy: URIRef
    partner: URIRef
    signedWith: URIRef
    proposedBy: URIRef
    announcedAt: URIRef
    cooperatesWith: URIRef
    headOf: URIRef
    about: URIRef
    participatedIn: URIRef
    affiliatedWith: URIRef

    # Evidence (a reified statement: rdf:subject, rdf:predicate, rdf:object, prov:wasDerivedFrom).
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    rule: URIRef
    confidence: URIRef

    # Facts: entity kgo:fact [a kgo:Fact; kgo:attribute; kgo:date | schema:value, schema:unitText,
    # kgo:currency].
    fact: URIRef
    attribute: URIRef
    date: URIRef
    endDate: URIRef
    precision: URIRef
    currency: URIRef
    approximate: URIRef

    # Resolution: [a kgo:MergeDecision; kgo:mergedInto entity; kgo:mergedName "…"; kgo:reason "…"].
    mergedInto: URIRef
    mergedName: URIRef
    reason: URIRef
