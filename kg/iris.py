"""Deterministic, Unicode-safe IRIs for entities, documents, evidence, facts and merge decisions.

Chinese names stay as they are: an IRI may hold any Unicode letter (RFC 3987), so only the
characters that an IRI forbids or that would change its structure are percent-encoded.

>>> entity_iri("project/中巴跨境光缆")
rdflib.term.URIRef('https://w3id.org/kg-dsr/entity/project/中巴跨境光缆')
>>> slug("China–Pakistan Economic Corridor (CPEC)")
'china–pakistan_economic_corridor_(cpec)'
"""

from __future__ import annotations

import hashlib
import unicodedata

from rdflib import Namespace, URIRef

from kg.ontology.vocab import BASE

ENTITY = Namespace(BASE + "entity/")
DOCUMENT = Namespace(BASE + "doc/")
EVIDENCE = Namespace(BASE + "evidence/")
FACT = Namespace(BASE + "fact/")
MERGE = Namespace(BASE + "merge/")

# RFC 3987 excludes these from an IRI; '%' is encoded so that an encoded form round-trips,
# '#' and '?' would start a fragment or a query.
_FORBIDDEN = set('<>"{}|\\^`%#?') | {chr(c) for c in range(0x21)} | {"\x7f"}


def slug(name: str) -> str:
    """A stable IRI segment for a name: NFKC, case-folded, spaces to '_', nothing dropped."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    text = "_".join(text.split())
    return "".join(f"%{ord(ch):02X}" if ch in _FORBIDDEN else ch for ch in text)


def _safe(segment: str) -> str:
    return "".join(
        "".join(f"%{b:02X}" for b in ch.encode("utf-8")) if ch in _FORBIDDEN else ch for ch in segment
    )


def digest(*parts: object) -> str:
    """A short stable hash of the parts, for nodes that have no name of their own."""
    joined = "\x1f".join(map(str, parts))
    return hashlib.blake2b(joined.encode("utf-8"), digest_size=10).hexdigest()


def entity_iri(entity_id: str) -> URIRef:
    return ENTITY[_safe(entity_id)]


def document_iri(doc_id: str) -> URIRef:
    return DOCUMENT[_safe(doc_id)]


def evidence_iri(*parts: object) -> URIRef:
    return EVIDENCE[digest(*parts)]


def fact_iri(*parts: object) -> URIRef:
    return FACT[digest(*parts)]


def merge_iri(*parts: object) -> URIRef:
    return MERGE[digest(*parts)]
