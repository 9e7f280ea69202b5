"""Extractors: ``extract(doc) -> Extraction``, behind a small name → "module:Class" table.

The default backend, ``rules``, needs no download: a bilingual lexicon (Aho–Corasick), name
patterns, sentence-level relation patterns, a relation classifier trained on annotated news
(shipped in ``seeds/models/``), date/amount parsers and a classifier of which name each value
describes; ``patterns`` leaves the two classifiers out.
A backend is imported only when asked for, and what it returns is checked (spans must exist in
the text) before use.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from kg.errors import ExtractorError
from kg.model import Document, Extraction, Mention

if TYPE_CHECKING:
    from kg.lexicon import Lexicon

BACKENDS: dict[str, str] = {
    "rules": "kg.extract.rules:RuleExtractor",
    "patterns": "kg.extract.rules:PatternExtractor",
}


class Extractor(Protocol):
    """What every backend provides: a name (recorded in provenance) and ``extract``."""

    name: str

    def extract(self, doc: Document) -> Extraction: ...


def get_extractor(name: str, lexicon: Lexicon) -> Extractor:
    """Instantiate the backend called ``name`` with the lexicon."""
    try:
        target = BACKENDS[name]
    except KeyError:
        known = ", ".join(sorted(BACKENDS))
        raise ExtractorError(f"unknown extractor {name!r}; choose one of: {known}") from None
    module_name, _, class_name = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise ExtractorError(
            f"extractor {name!r} cannot be imported ({error}); install its dependencies"
        ) from error
    extractor: Extractor = getattr(module, class_name)(lexicon)
    return extractor


def check_extraction(doc: Document, extraction: Extraction) -> Extraction:
    """Raise ``ExtractorError`` unless every span of ``extraction`` exists in ``doc``."""

    def check_mention(mention: Mention) -> None:
        if mention.doc_id != doc.id or doc.text[mention.span.start : mention.span.end] != mention.text:
            raise ExtractorError(
                f"extractor {extraction.extractor!r} returned mention {mention.text!r} at "
                f"[{mention.span.start}, {mention.span.end}) that is not in document {doc.origin}; "
                "fix the backend so that spans index Document.text"
            )

    if extraction.doc_id != doc.id:
        raise ExtractorError(
            f"extractor {extraction.extractor!r} returned an extraction for another document "
            f"({extraction.doc_id}) than {doc.origin}"
        )
    for mention in extraction.mentions:
        check_mention(mention)
    for relation in extraction.relations:
        check_mention(relation.subject)
        check_mention(relation.object)
        if relation.evidence.end > len(doc.text):
            raise ExtractorError(f"relation evidence beyond the end of {doc.origin}")
    for fact in extraction.facts:
        check_mention(fact.subject)
        if fact.span.end > len(doc.text) or fact.evidence.end > len(doc.text):
            raise ExtractorError(f"fact span beyond the end of {doc.origin}")
    return extraction
