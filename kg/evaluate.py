"""Score a built graph against gold annotations: P/R/F1 per class and per predicate, fact recall.

The gold format is the one of ``shared/eval/dev/gold/*.json``::

    {"entities":  [{"id", "label", "type", "mentions": [...]}],
     "relations": [{"s", "p", "o", "evidence"}],
     "facts":     [{"s", "attribute", "value", "unit", "evidence", "normalized"}]}

The contract (the same as the reference scorer's):
- a predicted entity is a subject typed with one of the 9 classes (by local name), named by
  ``rdfs:label``, ``skos:prefLabel``/``altLabel``/``hiddenLabel``, ``schema:name``/``alternateName``;
- it matches a gold entity when one of its names equals one of the gold names after
  normalisation (NFKC, case-folded, dashes and spaces unified, outer punctuation stripped, a
  leading "the" dropped); pairs are one-to-one (maximum matching, best-supported pairs first);
- a predicted relation is a triple between two predicted entities with one of the 17
  predicates; it is correct when both ends map to a gold relation's ends (either order for
  ``cooperatesWith`` and ``signedWith``);
- a gold fact is found when a literal equal to it hangs off the matched entity, directly or
  through one value node that is neither an entity nor provenance.
"""

from __future__ import annotations

import enum
import json
import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, Graph, Literal
from rdflib.graph import Dataset
from rdflib.term import Node

from kg.errors import EvaluationError, OutputError
from kg.model import Document, EntityClass, Predicate

log = logging.getLogger(__name__)

__all__ = [
    "AnnotatedSet",
    "Evaluation",
    "Gold",
    "GoldEntity",
    "GoldFact",
    "Miss",
    "MissReason",
    "Score",
    "annotated_documents",
    "evaluate",
    "evaluate_output",
    "gold_names",
    "graph_file_of",
    "ids_by_name",
    "load_gold",
    "load_graph",
    "normalise",
    "relation_outcomes",
    "value_matches_text",
    "vendored_sets",
]

TYPES = frozenset(cls.value for cls in EntityClass)
RELATIONS = frozenset(p.value for p in Predicate)
SYMMETRIC = frozenset(p.value for p in Predicate if p.symmetric)
NAME_PREDICATES = frozenset({"label", "prefLabel", "altLabel", "hiddenLabel", "name", "alternateName"})

_DASHES = re.compile(r"[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]")
_SPACES = re.compile(r"[\s\u3000]+")
_OUTER = " \"'“”‘’《》〈〉「」『』()（）[]【】.,;:!?，。；：、！？·"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DATE_WORDS = re.compile(
    r"年|月|日|january|february|march|april|may|june|july|august|september|october|november|december|quarter",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALES = (
    ("trillion", 1e12),
    ("billion", 1e9),
    ("million", 1e6),
    ("thousand", 1e3),
    ("万亿", 1e12),
    ("亿", 1e8),
    ("万", 1e4),
    ("千", 1e3),
)
_NOT_A_VALUE = re.compile(
    r"start|end|offset|char|index|position|confidence|score|count_?of_?mentions", re.IGNORECASE
)
_NOT_A_HOLDER = re.compile(r"evidence|mention|provenance|document|sentence|source", re.IGNORECASE)


def normalise(text: str) -> str:
    """The form under which names are compared.

    >>> normalise("  The China–Pakistan Economic Corridor. ")
    'china-pakistan economic corridor'
    """
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _DASHES.sub("-", text)
    text = _SPACES.sub(" ", text).strip().strip(_OUTER).strip()
    return text[4:] if text.startswith("the ") else text


def ids_by_name(gold: Gold) -> Callable[..., set[str]]:
    """``named(*names)``: the ids of the gold entities any of ``names`` names (each normalised;
    None and empty names are skipped)."""
    index: dict[str, set[str]] = {}
    for entity in gold.entities.values():
        for name in entity.names:
            index.setdefault(name, set()).add(entity.id)

    def named(*names: str | None) -> set[str]:
        return {i for name in names if name for i in index.get(normalise(name), ())}

    return named


def local_name(term: object) -> str:
    return re.split(r"[#/:]", str(term))[-1]


# ----------------------------------------------------------------------------- gold


@dataclass(frozen=True, slots=True)
class GoldEntity:
    id: str
    type: str
    label: str
    names: frozenset[str]


@dataclass(frozen=True, slots=True)
class GoldNames:
    """One gold entity of one file with its label and its mentions as the document writes them."""

    id: str
    type: str
    label: str
    mentions: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoldFact:
    """A countable gold fact: a date prefix (``2018-07``) or the numbers a literal may equal."""

    subject: str
    attribute: str
    value: str | frozenset[float]


@dataclass(frozen=True, slots=True)
class Gold:
    """``evidence`` holds each relation's evidence sentences, normalised (``normalise``)."""

    entities: dict[str, GoldEntity]
    relations: frozenset[tuple[str, str, str]]
    facts: tuple[GoldFact, ...]
    files: tuple[str, ...] = ()
    evidence: dict[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)


def canonical(subject: str, predicate: str, obj: str) -> tuple[str, str, str]:
    """Symmetric predicates in one order, so that either direction matches."""
    if predicate in SYMMETRIC and obj < subject:
        return obj, predicate, subject
    return subject, predicate, obj


def fact_value(fact: dict[str, object]) -> str | frozenset[float] | None:
    """A date string, or the set of numbers a literal may equal; None when not countable."""
    normalized = str(fact.get("normalized") or "").split(" ")[0]
    if _DATE.match(normalized):
        return normalized
    if _DATE_WORDS.search(str(fact.get("value", ""))):
        return None
    numbers: set[float] = set()
    for text in (normalized, str(fact.get("value", ""))):
        match = _NUMBER.search(text)
        if not match:
            continue
        number = float(match.group().replace(",", ""))
        numbers.add(number)
        rest = text[match.end() :].strip().casefold()
        for word, scale in _SCALES:
            if rest.startswith(word):
                numbers.add(number * scale)
                break
    return frozenset(numbers) or None


def _require(item: object, key: str, path: Path, where: str) -> str:
    if not isinstance(item, dict) or not isinstance(item.get(key), str) or not item[key]:
        raise EvaluationError(
            f"{path}: {where} has no string field {key!r}; every item needs it "
            "(see the gold format in kg/evaluate.py)"
        )
    return str(item[key])


def _read_gold_file(path: Path) -> dict[str, list[dict[str, object]]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise EvaluationError(f"cannot read gold file {path}: {error}") from error
    except json.JSONDecodeError as error:
        raise EvaluationError(
            f"{path}: not valid JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from error
    if not isinstance(data, dict):
        raise EvaluationError(f"{path}: the top level must be an object with entities, relations and facts")
    for section in ("entities", "relations", "facts"):
        if section in data and not isinstance(data[section], list):
            raise EvaluationError(f"{path}: field {section!r} must be a list")
    for section in ("entities", "relations", "facts"):
        for index, item in enumerate(data.get(section, [])):
            if not isinstance(item, dict):
                raise EvaluationError(f"{path}: {section}[{index}] must be an object")
    return data


def gold_files(paths: Iterable[Path]) -> list[Path]:
    """The gold files of files and folders (``*.json`` in a folder, sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(path.glob("*.json"))
        elif path.is_file():
            files.append(path)
        else:
            raise EvaluationError(f"gold path {path} does not exist; pass a folder of *.json files or files")
    if not files:
        raise EvaluationError("no gold files found; pass a folder that holds *.json annotation files")
    return files


@dataclass(frozen=True)
class AnnotatedSet:
    """A set's name and its two folders: documents and gold files of the same base names."""

    name: str
    docs: Path
    gold: Path


def vendored_sets(root: Path, names: Iterable[str]) -> list[AnnotatedSet]:
    """The annotated sets under ``root`` by name: ``dev`` is ``root/dev``, others ``root/sets/NAME``."""
    found = []
    for name in names:
        folder = root / "dev" if name == "dev" else root / "sets" / name
        if not (folder / "docs").is_dir():
            raise SystemExit(f"no annotated set {name!r} at {folder}: name a folder of {root / 'sets'}")
        found.append(AnnotatedSet(name, folder / "docs", folder / "gold"))
    return found


def annotated_documents(annotated: AnnotatedSet) -> Iterator[tuple[Document, Path]]:
    """Each document of ``annotated`` that has a gold file, with that file (read as a build reads
    documents; one that cannot be read is logged and left out)."""
    from kg.ingest import load_documents

    for item in load_documents([annotated.docs]):
        if not isinstance(item, Document):
            log.warning("%s: skipped %s: %s", annotated.name, item.origin, item.reason)
            continue
        gold_file = annotated.gold / f"{Path(item.origin).stem}.json"
        if gold_file.is_file():
            yield item, gold_file


def gold_names(path: Path) -> tuple[GoldNames, ...]:
    """The entities of one gold file with their mentions as written (``load_gold`` normalises them)."""
    return _entities(_read_gold_file(path), path)


def _entities(data: dict[str, list[dict[str, object]]], path: Path) -> tuple[GoldNames, ...]:
    found = []
    for index, item in enumerate(data.get("entities", [])):
        where = f"entities[{index}]"
        entity_id = _require(item, "id", path, where)
        entity_type = _require(item, "type", path, where)
        if entity_type not in TYPES:
            raise EvaluationError(
                f"{path}: {where} has type {entity_type!r}; use one of {', '.join(sorted(TYPES))}"
            )
        mentions = item.get("mentions", [])
        if not isinstance(mentions, list) or not all(isinstance(m, str) for m in mentions):
            raise EvaluationError(f"{path}: {where} field 'mentions' must be a list of strings")
        found.append(GoldNames(entity_id, entity_type, str(item.get("label") or ""), tuple(mentions)))
    return tuple(found)


def load_gold(paths: Iterable[Path]) -> Gold:
    """Read gold annotation files; entity ids are shared across files. Malformed → EvaluationError."""
    files = gold_files(paths)
    names: dict[str, set[str]] = {}
    meta: dict[str, tuple[str, str]] = {}
    relations: set[tuple[str, str, str]] = set()
    evidence: dict[tuple[str, str, str], set[str]] = {}
    facts: list[GoldFact] = []
    for path in files:
        data = _read_gold_file(path)
        for entity in _entities(data, path):
            meta.setdefault(entity.id, (entity.type, entity.label or entity.id))
            names.setdefault(entity.id, set()).update(
                normalise(n) for n in [entity.label, *entity.mentions] if n
            )
        for index, item in enumerate(data.get("relations", [])):
            where = f"relations[{index}]"
            subject, predicate, obj = (_require(item, key, path, where) for key in ("s", "p", "o"))
            if predicate not in RELATIONS:
                raise EvaluationError(
                    f"{path}: {where} has predicate {predicate!r}; use one of {', '.join(sorted(RELATIONS))}"
                )
            relations.add(canonical(subject, predicate, obj))
            sentence = item.get("evidence")
            if isinstance(sentence, str) and sentence:
                evidence.setdefault(canonical(subject, predicate, obj), set()).add(normalise(sentence))
        for index, item in enumerate(data.get("facts", [])):
            where = f"facts[{index}]"
            subject = _require(item, "s", path, where)
            attribute = _require(item, "attribute", path, where)
            if "value" not in item:
                raise EvaluationError(f"{path}: {where} has no field 'value'")
            value = fact_value(item)
            if value is not None:
                facts.append(GoldFact(subject, attribute, value))
    entities = {
        entity_id: GoldEntity(entity_id, meta[entity_id][0], meta[entity_id][1], frozenset(n))
        for entity_id, n in names.items()
    }
    return Gold(
        entities,
        frozenset(relations),
        tuple(facts),
        tuple(str(f) for f in files),
        {key: frozenset(sentences) for key, sentences in evidence.items()},
    )


# ----------------------------------------------------------------------------- prediction


@dataclass(frozen=True, slots=True)
class _Predicted:
    types: frozenset[str]
    names: frozenset[str]


def load_graph(path: Path) -> Graph:
    """Any RDF file rdflib reads; a quad file (.trig, .nq) is flattened to one graph."""
    if not path.is_file():
        raise OutputError(f"{path} does not exist; run `kg build DOCS --out FOLDER` first")
    suffix = path.suffix.lower()
    try:
        if suffix in {".trig", ".nq", ".nquads"}:
            dataset = Dataset()
            dataset.parse(path, format="trig" if suffix == ".trig" else "nquads")
            graph = Graph()
            for s, p, o, _ in dataset.quads((None, None, None, None)):
                graph.add((s, p, o))
            return graph
        graph = Graph()
        graph.parse(path)
    except Exception as error:  # rdflib raises many parser-specific types
        raise OutputError(f"cannot parse {path} as RDF: {error}") from error
    return graph


def _read_prediction(graph: Graph) -> tuple[dict[Node, _Predicted], list[tuple[Node, str, Node]]]:
    types: dict[Node, set[str]] = {}
    for subject, _, cls in graph.triples((None, RDF.type, None)):
        if local_name(cls) in TYPES:
            types.setdefault(subject, set()).add(local_name(cls))
    names: dict[Node, set[str]] = {node: set() for node in types}
    relations: list[tuple[Node, str, Node]] = []
    for subject, predicate, obj in graph:
        if subject not in types:
            continue
        name = local_name(predicate)
        if isinstance(obj, Literal) and name in NAME_PREDICATES:
            names[subject].add(normalise(str(obj)))
        elif obj in types and name in RELATIONS:
            relations.append((subject, name, obj))
    entities = {node: _Predicted(frozenset(types[node]), frozenset(names[node])) for node in types}
    return entities, relations


def _max_matching(edges: dict[Node, list[str]]) -> dict[str, Node]:
    """Kuhn's augmenting paths over ``edges`` (left → rights, in preference order): right → left."""
    owner: dict[str, Node] = {}

    def augment(left: Node, seen: set[str]) -> bool:
        for right in edges[left]:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner or augment(owner[right], seen):
                owner[right] = left
                return True
        return False

    for left in edges:
        augment(left, set())
    return owner


def _match(predicted: dict[Node, _Predicted], gold: dict[str, GoldEntity], *, typed: bool) -> dict[Node, str]:
    by_name: dict[str, list[str]] = {}
    for gold_id, entity in gold.items():
        for name in entity.names:
            by_name.setdefault(name, []).append(gold_id)
    overlap: dict[Node, dict[str, int]] = {}
    for node, seen in predicted.items():
        counts: dict[str, int] = {}
        for name in seen.names:
            for gold_id in by_name.get(name, ()):
                if not typed or gold[gold_id].type in seen.types:
                    counts[gold_id] = counts.get(gold_id, 0) + 1
        overlap[node] = counts
    # Best-supported pairs first, so that a shared acronym goes where the other names agree too.
    order = sorted(predicted, key=lambda node: (-max(overlap[node].values(), default=0), str(node)))
    edges = {node: sorted(overlap[node], key=lambda g: (-overlap[node][g], g)) for node in order}
    return {node: gold_id for gold_id, node in _max_matching(edges).items()}


def _literals_near(graph: Graph, node: Node, entities: dict[Node, _Predicted]) -> list[Literal]:
    found: list[Literal] = []
    for _, predicate, obj in graph.triples((node, None, None)):
        if isinstance(obj, Literal):
            if not _NOT_A_VALUE.search(local_name(predicate)):
                found.append(obj)
        elif obj not in entities and not any(
            _NOT_A_HOLDER.search(local_name(t)) for t in graph.objects(obj, RDF.type)
        ):
            found += [
                o
                for p2, o in graph.predicate_objects(obj)
                if isinstance(o, Literal) and not _NOT_A_VALUE.search(local_name(p2))
            ]
    return found


def _literal_matches(value: str | frozenset[float], literal: Literal) -> bool:
    return value_matches_text(value, str(literal))


def value_matches_text(value: str | frozenset[float], text: str) -> bool:
    """Whether a written value is the gold ``value`` as the scorer compares them: a date by its
    prefix, a number within half a percent."""
    text = text.strip()
    if isinstance(value, str):
        return text.startswith(value)
    try:
        number = float(text.replace(",", ""))
    except ValueError:
        return False
    return any(abs(number - v) <= 0.005 * max(abs(v), 1e-9) for v in value)


# ----------------------------------------------------------------------------- scores


@dataclass(frozen=True, slots=True)
class Score:
    correct: int
    predicted: int
    expected: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.expected if self.expected else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


class MissReason(enum.StrEnum):
    """Why a gold relation or fact is not in the graph: where to look first to fix it."""

    END_NOT_FOUND = "an end not found"
    OTHER_READING = "both ends found, read as another relation"
    NO_RULE = "both ends named in its sentence, no rule read it"
    END_SPLIT = "an end split over two nodes, its sentence names the other"
    END_NOT_NAMED = "an end not named in its sentence by the graph's names"
    NO_EVIDENCE = "both ends found, the gold gives no sentence"
    ENTITY_NOT_FOUND = "its entity not found"
    ON_ANOTHER_ENTITY = "the value is on another entity"
    VALUE_NOT_FOUND = "the value not found"


@dataclass(frozen=True, slots=True)
class Miss:
    """A gold relation (``s p o``) or fact (``s attribute value``) the graph lacks, and why."""

    item: str
    reason: MissReason
    detail: str = ""


@dataclass(frozen=True)
class Evaluation:
    """Scores and the items behind them (as readable strings)."""

    entities: Score
    typed_entities: Score
    relations: Score
    facts: Score
    per_class: dict[str, Score]
    per_predicate: dict[str, Score]
    missed_entities: tuple[str, ...] = ()
    spurious_entities: tuple[str, ...] = ()
    missed_relations: tuple[tuple[str, str, str], ...] = ()
    spurious_relations: tuple[tuple[str, str, str], ...] = ()
    missed_facts: tuple[str, ...] = ()
    gold_files: tuple[str, ...] = field(default=())
    relation_misses: tuple[Miss, ...] = ()
    fact_misses: tuple[Miss, ...] = ()

    @property
    def fact_recall(self) -> float:
        return self.facts.recall

    def summary_line(self) -> str:
        """The machine-readable line of the reference scorer."""
        return (
            f"entity_f1={self.entities.f1:.3f} typed_entity_f1={self.typed_entities.f1:.3f} "
            f"relation_f1={self.relations.f1:.3f} fact_recall={self.fact_recall:.3f}"
        )


def relation_outcomes(graph: Graph, gold: Gold) -> dict[tuple[Node, str, Node], bool]:
    """Every predicted relation of ``graph``, judged as ``evaluate`` judges it: True when correct."""
    predicted, predicted_relations = _read_prediction(graph)
    mapping = _match(predicted, gold.entities, typed=False)
    return {
        (subject, predicate, obj): subject in mapping
        and obj in mapping
        and canonical(mapping[subject], predicate, mapping[obj]) in gold.relations
        for subject, predicate, obj in predicted_relations
    }


def evaluate(graph: Graph, gold: Gold) -> Evaluation:
    """Score ``graph`` against ``gold`` under the contract in this module's docstring."""
    predicted, predicted_relations = _read_prediction(graph)
    mapping = _match(predicted, gold.entities, typed=False)
    typed = _match(predicted, gold.entities, typed=True)

    mapped: set[tuple[str, str, str]] = set()
    for subject, predicate, obj in predicted_relations:
        if subject in mapping and obj in mapping:
            mapped.add(canonical(mapping[subject], predicate, mapping[obj]))
        else:
            mapped.add((str(subject), predicate, str(obj)))
    hits = mapped & gold.relations

    per_class: dict[str, Score] = {}
    for cls in sorted(TYPES):
        expected = sum(1 for e in gold.entities.values() if e.type == cls)
        count = sum(1 for e in predicted.values() if cls in e.types)
        correct = sum(
            1 for node, g in typed.items() if gold.entities[g].type == cls and cls in predicted[node].types
        )
        if expected or count:
            per_class[cls] = Score(correct, count, expected)
    per_predicate: dict[str, Score] = {}
    for predicate in sorted(RELATIONS):
        expected = sum(1 for r in gold.relations if r[1] == predicate)
        count = sum(1 for r in mapped if r[1] == predicate)
        if expected or count:
            per_predicate[predicate] = Score(sum(1 for r in hits if r[1] == predicate), count, expected)

    node_of = {gold_id: node for node, gold_id in mapping.items()}
    literals: dict[Node, list[Literal]] = {}

    def literals_of(node: Node) -> list[Literal]:
        if node not in literals:
            literals[node] = _literals_near(graph, node, predicted)
        return literals[node]

    def show(node: Node) -> str:
        names = sorted(predicted[node].names)[:3]
        return f"{local_name(node)} {sorted(predicted[node].types)} {names}"

    found = 0
    missed_facts: list[str] = []
    fact_misses: list[Miss] = []
    for fact in gold.facts:
        node = node_of.get(fact.subject)
        if node is not None and any(_literal_matches(fact.value, literal) for literal in literals_of(node)):
            found += 1
            continue
        shown = fact.value if isinstance(fact.value, str) else sorted(fact.value)
        item = f"{fact.subject} {fact.attribute} {shown}"
        missed_facts.append(item)
        holders = [
            mapping.get(other, local_name(other))
            for other in sorted(predicted, key=str)
            if other != node and any(_literal_matches(fact.value, literal) for literal in literals_of(other))
        ]
        on = f"found on {', '.join(holders[:3])}" if holders else ""
        if node is None:
            fact_misses.append(Miss(item, MissReason.ENTITY_NOT_FOUND, on))
        elif holders:
            fact_misses.append(Miss(item, MissReason.ON_ANOTHER_ENTITY, on))
        else:
            fact_misses.append(Miss(item, MissReason.VALUE_NOT_FOUND))

    return Evaluation(
        entities=Score(len(mapping), len(predicted), len(gold.entities)),
        typed_entities=Score(len(typed), len(predicted), len(gold.entities)),
        relations=Score(len(hits), len(mapped), len(gold.relations)),
        facts=Score(found, found, len(gold.facts)),
        per_class=per_class,
        per_predicate=per_predicate,
        missed_entities=tuple(
            f"{g} ({gold.entities[g].type}: {gold.entities[g].label})"
            for g in sorted(set(gold.entities) - set(mapping.values()))
        ),
        spurious_entities=tuple(show(node) for node in sorted(set(predicted) - set(mapping), key=str)),
        missed_relations=tuple(sorted(gold.relations - hits)),
        spurious_relations=tuple(sorted(mapped - gold.relations)),
        missed_facts=tuple(missed_facts),
        gold_files=gold.files,
        relation_misses=_relation_misses(gold, hits, mapping, predicted, predicted_relations),
        fact_misses=tuple(fact_misses),
    )


def _relation_misses(
    gold: Gold,
    hits: set[tuple[str, str, str]],
    mapping: dict[Node, str],
    predicted: dict[Node, _Predicted],
    predicted_relations: Sequence[tuple[Node, str, Node]],
) -> tuple[Miss, ...]:
    """Each missed gold relation with the first reason that explains it, in the pipeline's order:
    an end not found; the pair read as another relation; an end that its sentence names only
    by a form the graph does not have (a reference, a description); else no rule read it."""
    node_of = {gold_id: node for node, gold_id in mapping.items()}
    readings: dict[frozenset[str], set[tuple[str, str, str]]] = {}
    for subject, predicate, obj in predicted_relations:
        if subject in mapping and obj in mapping:
            pair = frozenset((mapping[subject], mapping[obj]))
            readings.setdefault(pair, set()).add(canonical(mapping[subject], predicate, mapping[obj]))
    misses = []
    for relation in sorted(gold.relations - hits):
        head, _, tail = relation
        item = " ".join(relation)
        absent = [end for end in (head, tail) if end not in node_of]
        if absent:
            misses.append(Miss(item, MissReason.END_NOT_FOUND, f"{', '.join(absent)} not found"))
            continue
        others = sorted(readings.get(frozenset((head, tail)), set()) - {relation})
        if others:
            read = ", ".join(p if s == head else f"{p} (reversed)" for s, p, _ in others)
            misses.append(Miss(item, MissReason.OTHER_READING, f"read as {read}"))
            continue
        sentences = gold.evidence.get(relation)
        if not sentences:
            misses.append(Miss(item, MissReason.NO_EVIDENCE))
            continue
        unnamed = [end for end in (head, tail) if not _named_in(predicted[node_of[end]].names, sentences)]
        split = {
            end: other
            for end in unnamed
            for other in sorted(predicted, key=str)
            if other != node_of[end]
            and predicted[other].names & gold.entities[end].names
            and _named_in(predicted[other].names, sentences)
        }
        if split:
            named_as = ", ".join(f"{end} as {local_name(other)}" for end, other in split.items())
            misses.append(Miss(item, MissReason.END_SPLIT, f"named there {named_as}"))
        elif unnamed:
            misses.append(Miss(item, MissReason.END_NOT_NAMED, f"{', '.join(unnamed)} not named there"))
        else:
            misses.append(Miss(item, MissReason.NO_RULE))
    return tuple(misses)


def _named_in(names: Iterable[str], sentences: Iterable[str]) -> bool:
    """Whether a sentence holds one of the names (normalised; one character is too little to tell)."""
    return any(len(name) > 1 and name in sentence for name in names for sentence in sentences)


def graph_file_of(out: Path) -> Path:
    """The graph of a ``kg build`` output folder (``OUT/graph.ttl``, else ``graph.trig``), or ``out``."""
    candidates = [out / "graph.ttl", out / "graph.trig"] if out.is_dir() else [out]
    graph_file = next((path for path in candidates if path.is_file()), None)
    if graph_file is None:
        raise OutputError(f"{out} holds no graph.ttl or graph.trig; run `kg build DOCS --out {out}` first")
    return graph_file


def evaluate_output(out: Path, gold: Sequence[Path]) -> Evaluation:
    """Score the graph of a ``kg build`` output folder (``OUT/graph.ttl``, else ``graph.trig``)."""
    return evaluate(load_graph(graph_file_of(out)), load_gold(gold))
