"""The default extractor, ``rules``: lexicon and name patterns, relation patterns, a relation
classifier, dates and amounts with a classifier of their holders; and ``patterns``, the same
without the classifiers.

Needs no download: mentions come from the bilingual lexicon and the discovery patterns
(``kg.extract.mentions``), relations from sentence-level patterns with type constraints
(``kg.extract.relations``) and, for the pairs of names they leave unrelated, from the classifier
shipped in ``seeds/models/`` (``kg.extract.relations_learned``), facts from the date and amount
parsers (``kg.extract.facts``), each moved to another name of its sentence where the holder
classifier (``kg.extract.facts_learned``) prefers it by a margin.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.model import Document, Extraction, Fact, Mention, Relation

if TYPE_CHECKING:
    from kg.extract.classifier import LinearModel
    from kg.extract.relations import DocumentView
    from kg.lexicon import Lexicon

__all__ = ["PatternExtractor", "PatternReading", "RuleExtractor", "read_with_patterns", "relations_and_facts"]


@dataclass(frozen=True)
class PatternReading:
    """A document as the patterns read it: its names, its sentences as slots, the relations the
    patterns read and the names inside names that decomposition found."""

    mentions: tuple[Mention, ...]
    view: DocumentView
    relations: tuple[Relation, ...]
    inner: tuple[Mention, ...]


def read_with_patterns(doc: Document, lexicon: Lexicon) -> PatternReading:
    """The first steps of every build, in one place: the classifier is trained on what they give."""
    from kg.extract.mentions import find_mentions
    from kg.extract.relations import find_relations, read_sentences

    mentions = find_mentions(doc, lexicon)
    view = read_sentences(doc, mentions)
    relations, inner = find_relations(doc, mentions, lexicon, view)
    return PatternReading(mentions, view, relations, inner)


def relations_and_facts(
    reading: PatternReading, lexicon: Lexicon, relation_model: LinearModel | None
) -> tuple[tuple[Relation, ...], tuple[Fact, ...]]:
    """The relations of a document (the patterns', then the classifier's on the pairs they left)
    and the facts the rules attach with them: what the fact-holder classifier is asked about,
    in the build and in its training."""
    from kg.extract.facts import find_facts
    from kg.extract.relations_learned import learned_relations

    relations = reading.relations
    if relation_model is not None:
        relations += learned_relations(reading.view, relations, relation_model, lexicon=lexicon)
    return relations, find_facts(reading.view, relations)


class RuleExtractor:
    """``extract(doc) -> Extraction``; one instance per process is enough."""

    name = "rules"

    def __init__(self, lexicon: Lexicon) -> None:
        from kg.extract import facts_learned, relations_learned

        self.lexicon = lexicon
        self.relation_model: LinearModel | None = relations_learned.default_model()
        self.holder_model: LinearModel | None = facts_learned.default_model()

    def extract(self, doc: Document) -> Extraction:
        from kg.extract.facts_learned import reassign_holders

        reading = read_with_patterns(doc, self.lexicon)
        mentions, view, inner = reading.mentions, reading.view, reading.inner
        relations, facts = relations_and_facts(reading, self.lexicon, self.relation_model)
        if self.holder_model is not None:
            facts = reassign_holders(view, facts, self.holder_model)
        known = {(m.span, m.key, m.cls) for m in mentions}
        extra = tuple(m for m in (*inner, *view.descriptions) if (m.span, m.key, m.cls) not in known)
        all_mentions = tuple(sorted(mentions + extra, key=lambda m: (m.span.start, -len(m.span))))
        return Extraction(doc.id, self.name, all_mentions, relations, facts)


class PatternExtractor(RuleExtractor):
    """The rules without the classifiers: every relation read by a named pattern, every fact
    attached by a named rule."""

    name = "patterns"

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.relation_model = None
        self.holder_model = None
