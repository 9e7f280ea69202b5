"""The data model of the pipeline: plain frozen dataclasses, no I/O, no third-party imports.

    Document ──extract──▶ Extraction(Mention, Relation, Fact) ──resolve──▶ Entity, Triple, EntityFact

Every span is a pair of character offsets ``[start, end)`` into ``Document.text``, so
Chinese and English are handled alike (one character is one offset, whatever its bytes).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from decimal import Decimal


class EntityClass(enum.StrEnum):
    """The classes of the evaluation contract (local names of the ontology classes)."""

    COUNTRY = "Country"
    ORGANIZATION = "Organization"
    INITIATIVE = "Initiative"
    PROJECT = "Project"
    AGREEMENT = "Agreement"
    TECHNOLOGY = "Technology"
    PERSON = "Person"
    PLACE = "Place"
    EVENT = "Event"


class Predicate(enum.StrEnum):
    """The relation predicates of the contract, subject → object (local names in the ontology)."""

    MEMBER_OF = "memberOf"
    PART_OF = "partOf"
    LOCATED_IN = "locatedIn"
    CONNECTS = "connects"
    LANDS_AT = "landsAt"
    OPERATED_BY = "operatedBy"
    BUILT_BY = "builtBy"
    FUNDED_BY = "fundedBy"
    PARTNER = "partner"
    SIGNED_WITH = "signedWith"
    PROPOSED_BY = "proposedBy"
    ANNOUNCED_AT = "announcedAt"
    COOPERATES_WITH = "cooperatesWith"
    HEAD_OF = "headOf"
    ABOUT = "about"
    PARTICIPATED_IN = "participatedIn"
    AFFILIATED_WITH = "affiliatedWith"

    @property
    def symmetric(self) -> bool:
        return self in (Predicate.COOPERATES_WITH, Predicate.SIGNED_WITH)


class Lang(enum.StrEnum):
    ZH = "zh"
    EN = "en"
    MIXED = "mixed"


@dataclass(frozen=True, slots=True)
class Span:
    """Character offsets ``[start, end)`` into a document's text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document: its span and its language (zh, en or mixed)."""

    span: Span
    lang: Lang


@dataclass(frozen=True, slots=True)
class Document:
    """One document after ingestion.

    ``id`` is a stable content hash of the text and metadata; ``origin`` says where it came
    from (a path, with ``#n`` for the n-th article of a digest or line of a JSONL file).
    ``date`` is an ISO 8601 date: ``YYYY-MM-DD``, or ``YYYY-MM`` / ``YYYY`` when the metadata gives no
    day (its year still anchors the relative dates of the text); None when there is none.
    """

    id: str
    text: str
    lang: Lang
    sentences: tuple[Sentence, ...]
    origin: str
    title: str | None = None
    source: str | None = None
    date: str | None = None
    publisher: str | None = None

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence whose span contains ``offset`` (binary search over sorted sentences)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            span = self.sentences[mid].span
            if offset < span.start:
                hi = mid
            elif offset >= span.end:
                lo = mid + 1
            else:
                return self.sentences[mid]
        return None

    def excerpt(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass(frozen=True, slots=True)
class Mention:
    """A surface name of an entity in one document.

    ``key`` is the id of a lexicon entry when the mention was recognised from the lexicon
    (or resolved to one, e.g. an acronym defined in the text); None for a name discovered by
    a pattern. ``canonical`` is the name the mention stands for when it differs from its
    surface text (the long form of a defined acronym, "Pakistan" for the 巴 of 中巴).
    """

    doc_id: str
    span: Span
    text: str
    cls: EntityClass
    lang: Lang
    key: str | None = None
    canonical: str | None = None
    source: str = "lexicon"
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Relation:
    """A predicate between two mentions of one document, before resolution."""

    subject: Mention
    predicate: Predicate
    object: Mention
    evidence: Span
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date as precise as the text states it.

    ``iso`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; ``precision`` names which
    (year, month, day); a quarter is stored as its first month with ``precision="quarter"``;
    ``end`` is set for a range such as 4月20日至21日.
    """

    iso: str
    precision: str
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """An amount or a measurement: a decimal value with its unit and/or currency."""

    value: Decimal
    unit: str | None = None
    currency: str | None = None
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class Fact:
    """A dated or measured attribute of the entity that ``subject`` names."""

    subject: Mention
    attribute: str
    value: DateValue | Quantity
    span: Span
    evidence: Span
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything one extractor found in one document."""

    doc_id: str
    extractor: str
    mentions: tuple[Mention, ...] = ()
    relations: tuple[Relation, ...] = ()
    facts: tuple[Fact, ...] = ()


@dataclass(frozen=True, slots=True)
class Provenance:
    """One piece of evidence: where in which document a statement was read, and by what."""

    doc_id: str
    sentence: str
    span: Span
    extractor: str
    rule: str
    confidence: float


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world thing, resolved across mentions, documents and languages.

    ``id`` is deterministic (a lexicon key, else derived from class and canonical name).
    ``labels`` maps a language code (zh, en) to the preferred name in that language;
    ``aliases`` holds every other name seen, with its language.
    """

    id: str
    cls: EntityClass
    labels: tuple[tuple[str, str], ...]
    aliases: tuple[tuple[str, str], ...] = ()
    wikidata: str | None = None
    doc_ids: tuple[str, ...] = ()

    def label(self, lang: str = "en") -> str:
        """The label in ``lang``, else in the other language."""
        by_lang = dict(self.labels)
        return by_lang.get(lang) or next(iter(by_lang.values()), self.id)


@dataclass(frozen=True, slots=True)
class Triple:
    """A resolved relation between two entities, with all its evidence."""

    subject: str
    predicate: Predicate
    object: str
    provenance: tuple[Provenance, ...]

    @property
    def confidence(self) -> float:
        """Noisy-or of the evidence: independent sightings make a statement more certain."""
        doubt = 1.0
        for item in self.provenance:
            doubt *= 1.0 - item.confidence
        return round(1.0 - doubt, 4)


@dataclass(frozen=True, slots=True)
class EntityFact:
    """A resolved fact: an attribute value of one entity, with its evidence."""

    entity: str
    attribute: str
    value: DateValue | Quantity
    provenance: tuple[Provenance, ...]


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Why a name was merged into an entity: queryable data, not a log line."""

    entity: str
    name: str
    lang: str
    reason: str
    doc_id: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that could not be read: where it is and why, so the build can go on."""

    origin: str
    reason: str


@dataclass(frozen=True, slots=True)
class KnowledgeGraph:
    """The resolved graph of a corpus, before it becomes RDF."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    triples: tuple[Triple, ...]
    facts: tuple[EntityFact, ...]
    merges: tuple[MergeDecision, ...] = ()
    skipped: tuple[Skipped, ...] = field(default=())
