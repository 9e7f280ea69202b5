"""The kg ontology: vocabulary, OWL/RDFS declarations (ontology.ttl) and SHACL shapes (shapes.ttl)."""

from kg.ontology.vocab import BASE, KGO

__all__ = ["BASE", "KGO"]
