"""Relations the patterns did not read, proposed by a classifier over the pairs of names in a sentence.

Seven rounds of patterns, each measured on annotated sets nobody had tuned on, lifted the sets
they were written for and left the unseen ones where they were: a pattern reads one wording, and
news has many. This layer weighs the cues of every wording at once. For each pair of names in a
sentence (two slots of ``kg.extract.relations.SentenceView``: names and resolved references)
whose classes some predicate allows, a linear model (``kg.extract.classifier``) reads the words
between them, the words around them, their classes and heads, and the distance, and says which
predicate joins them, in which direction, or none.

It only adds: a pair the patterns related already keeps what they read, and a proposal is kept
only above ``THRESHOLD`` and where the contract allows the predicate between the two classes.
Its confidence is the model's probability. The model is trained by ``scripts/train`` on the
annotated sets named in the model file (``trained_on``); ``training_instances`` turns one
annotated document into examples with the same features the build uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from kg.extract.classifier import Instance, LinearModel, shipped_model
from kg.extract.relations import (
    ALLOWED,
    DocumentView,
    SentenceView,
    _allowed,
    _identity,
)
from kg.model import EntityClass, Lang, Mention, Predicate, Relation

if TYPE_CHECKING:
    from kg.evaluate import Gold
    from kg.lexicon import Lexicon

__all__ = [
    "NONE",
    "RULE",
    "THRESHOLD",
    "best_label",
    "candidate_pairs",
    "default_model",
    "learned_relations",
    "pair_features",
    "training_instances",
]


RULE = "learned-pair"  # in kg.calibrate.CLASSIFIER_RULES: calibrated by the classifier's own table
NONE = "none"
# Kept above this probability. Adding relations raises relation F1 when more of them are right
# than half the F1 (0.25–0.35 on unseen news). Summed over the eleven rotations whose model notes
# count the sets held out of training (AH–AL to BN–BP), 113 of the 335 proposals between 0.3 and
# 0.4 were right (34%), and 125 of 540 between 0.2 and 0.3 (23%). Built on BN, BO and BP with the
# model trained on dev and A–BM, relation F1 summed 0.809 at 0.4, 0.851 at 0.3, 0.847 at 0.2 and
# 0.841 at 0.15.
THRESHOLD = 0.3
MODEL_FILE = "relations.json"

_EN_WORD = re.compile(r"⟨[A-Z]\d+⟩|[a-z][a-z'-]*|\d+")
_ZH_SLOT = re.compile(r"⟨([A-Z])\d+⟩")
_COORDINATION = frozenset({"and", "and the", "与", "和", "、", "及", "同", "以及"})
_MARKS = (";", ":", "(", ")")
_LONG_EN = 12
_LONG_ZH = 24


def _label(predicate: Predicate, forward: bool) -> str:
    return f"{predicate.value}{'>' if forward or predicate.symmetric else '<'}"


def _unlabel(label: str) -> tuple[Predicate, bool]:
    return Predicate(label[:-1]), label.endswith(">")


def _between_tokens(sentence: SentenceView, first: int, second: int) -> list[str]:
    text = (sentence.folded or sentence.skeleton)[sentence.slot_end(first) : sentence.positions[second]]
    if sentence.lang is Lang.ZH:
        letters = _ZH_SLOT.sub(lambda m: m.group(1), text)
        if len(letters) > _LONG_ZH:
            letters = letters[: _LONG_ZH // 2] + "…" + letters[-_LONG_ZH // 2 :]
        return [letters[i : i + 2] for i in range(len(letters) - 1)] + list(letters)
    words = [w[1] if w.startswith("⟨") else w for w in _EN_WORD.findall(text)]
    if len(words) > _LONG_EN:
        words = [*words[: _LONG_EN // 2], "…", *words[-_LONG_EN // 2 :]]
    return words


def _outside_tokens(sentence: SentenceView, index: int, before: bool) -> list[str]:
    skeleton = sentence.folded or sentence.skeleton
    text = skeleton[: sentence.positions[index]] if before else skeleton[sentence.slot_end(index) :]
    if sentence.lang is Lang.ZH:
        letters = _ZH_SLOT.sub(lambda m: m.group(1), text)
        part = letters[-4:] if before else letters[:4]
        return [part[i : i + 2] for i in range(len(part) - 1)]
    words = [w[1] if w.startswith("⟨") else w for w in _EN_WORD.findall(text)]
    return words[-2:] if before else words[:2]


def _head(mention: Mention) -> str:
    text = mention.text
    if mention.cls in (EntityClass.COUNTRY, EntityClass.PERSON):
        return ""
    if re.search(r"[\u4e00-\u9fff]$", text):
        return text[-2:]
    words = re.findall(r"[A-Za-z]+", text)
    return words[-1].lower() if words else ""


def _knowledge_features(types: str, a: Mention, b: Mention, lexicon: Lexicon) -> list[str]:
    """What the lexicon knows of the pair, as features: one name's entry has its home in the
    other country (Addis Ababa and Ethiopia, Huawei and China) or in another one (Huawei and
    Ethiopia); one name holds the other (Huawei Ethiopia and Ethiopia). Rules assert such a
    fact only in a few wordings; whether a report states it varies, and the model weighs it."""
    features = []
    for side, (inner, outer) in (("first", (a, b)), ("second", (b, a))):
        if outer.cls is EntityClass.COUNTRY and outer.key is not None and inner.key is not None:
            entry = lexicon.get(inner.key)
            home = entry.country if entry is not None else None
            if home is not None:
                features.append(f"home-{side}:{types}:{'same' if home == outer.key else 'other'}")
        if len(inner.text) > len(outer.text) and outer.text in inner.text:
            features.append(f"holds-{side}:{types}")
    return features


def pair_features(
    sentence: SentenceView, first: int, second: int, lexicon: Lexicon | None = None
) -> tuple[str, ...]:
    """The features of the pair of slots ``first`` < ``second`` of ``sentence``; with the
    ``lexicon``, also what it knows of the two names."""
    return SentenceCues(sentence, lexicon).pair_features(first, second)


class SentenceCues:
    """``pair_features`` for the pairs of one sentence: what a slot contributes alone (the words
    before or after it, its head, whether it is the subject) is read once per slot rather than
    once per pair, which took a third of the classifier layer's time."""

    def __init__(self, sentence: SentenceView, lexicon: Lexicon | None = None) -> None:
        self.sentence = sentence
        self.lexicon = lexicon
        self._before: dict[int, list[str]] = {}
        self._after: dict[int, list[str]] = {}
        self._sides: dict[tuple[str, int], list[str]] = {}

    def _outside(self, index: int, before: bool) -> list[str]:
        cache = self._before if before else self._after
        tokens = cache.get(index)
        if tokens is None:
            tokens = cache[index] = _outside_tokens(self.sentence, index, before)
        return tokens

    def _side(self, side: str, index: int) -> list[str]:
        """The features of slot ``index`` as the pair's ``side`` that do not read the other slot."""
        features = self._sides.get((side, index))
        if features is None:
            sentence = self.sentence
            slot = sentence.slots[index]
            features = []
            head = _head(slot.mention)
            if head:
                features.append(f"head-{side}:{slot.letter}:{head}")
            if slot.reference:
                features.append(f"reference-{side}")
            self._sides[(side, index)] = features
        return features

    def pair_features(self, first: int, second: int) -> tuple[str, ...]:
        """The features of the pair of slots ``first`` < ``second`` (see ``pair_features``)."""
        sentence = self.sentence
        a, b = sentence.slots[first], sentence.slots[second]
        types = f"{a.letter}{b.letter}"
        english = sentence.lang is Lang.EN
        between = _between_tokens(sentence, first, second)
        joined = " ".join(between) if english else "".join(t for t in between if len(t) == 1)
        size = len(between) if english else len(joined)
        bucket = _bucket(size)
        features = [
            f"types:{types}",
            f"lang:{sentence.lang.value}",
            f"slots-between:{min(second - first - 1, 3)}",
            f"distance:{bucket}",
            f"types-distance:{types}:{bucket}",
        ]
        if english:
            # (the punctuation the words leave out: "…, Minister of ⟨O1⟩; ⟨P2⟩, Counsellor" joins
            # two items of a list of people, not the person to the body before)
            gap = (sentence.folded or sentence.skeleton)[
                sentence.slot_end(first) : sentence.positions[second]
            ]
            features += [f"types-between-mark:{types}:{mark}" for mark in _MARKS if mark in gap]
        stripped = joined.strip()
        if not stripped or stripped in _COORDINATION:
            features.append(f"adjacent:{types}:{stripped or '∅'}")
        for token in set(between):
            features.append(f"between:{token}")
            features.append(f"types-between:{types}:{token}")
            if english and len(token) > 4:
                features.append(f"types-between-stem:{types}:{token[:4]}")
        for token in self._outside(first, True):
            features.append(f"before:{token}")
            features.append(f"types-before:{types}:{token}")
        for token in self._outside(second, False):
            features.append(f"after:{token}")
            features.append(f"types-after:{types}:{token}")
        subject = sentence.subject
        for side, index, slot in (("first", first, a), ("second", second, b)):
            features += self._side(side, index)
            if subject is not None and subject.span == slot.span:
                features.append(f"subject-{side}:{types}")
        if self.lexicon is not None:
            features += _knowledge_features(types, a.mention, b.mention, self.lexicon)
        return tuple(features)


def _bucket(size: int) -> str:
    for limit in (0, 1, 2, 4, 8, 16):
        if size <= limit:
            return str(limit)
    return "many"


def _allowed_either_way(a: Mention, b: Mention) -> bool:
    key = (a.cls, b.cls)
    if key not in _JOINABLE:
        _JOINABLE[key] = any(_allowed(p, a, b) or _allowed(p, b, a) for p in ALLOWED)
    return _JOINABLE[key]


# the contract's constraints read the two classes only: per pair of classes, once per process
_JOINABLE: dict[tuple[EntityClass, EntityClass], bool] = {}
_MASKS: dict[tuple[tuple[str, ...], EntityClass, EntityClass], np.ndarray] = {}


def candidate_pairs(sentence: SentenceView) -> Iterator[tuple[int, int]]:
    """The pairs of slots (first, second) in reading order that name two different things that
    some predicate may join; a thing named twice is paired from its nearest naming."""
    slots = sentence.slots
    seen: set[tuple[tuple[EntityClass, str], tuple[EntityClass, str]]] = set()
    order = sorted(
        ((first, second) for first in range(len(slots)) for second in range(first + 1, len(slots))),
        key=lambda pair: (pair[1] - pair[0], pair),
    )
    identities = [_identity(slot.mention) for slot in slots]  # once per slot, not once per pair
    for first, second in order:
        key_a, key_b = identities[first], identities[second]
        if key_a == key_b or slots[first].span == slots[second].span:
            continue
        a, b = slots[first].mention, slots[second].mention
        pair = (key_a, key_b) if key_a <= key_b else (key_b, key_a)
        if pair in seen or not _allowed_either_way(a, b):
            continue
        seen.add(pair)
        yield first, second


def default_model() -> LinearModel | None:
    """The shipped model (``seeds/models/relations.json``), or None when the seeds have none."""
    return shipped_model(MODEL_FILE, "relations come from the patterns only")


def learned_relations(
    view: DocumentView,
    existing: Sequence[Relation],
    model: LinearModel,
    threshold: float = THRESHOLD,
    lexicon: Lexicon | None = None,
) -> tuple[Relation, ...]:
    """The relations the model proposes between pairs of names the patterns left unrelated."""
    related = {frozenset((_identity(r.subject), _identity(r.object))) for r in existing}
    pairs: list[tuple[SentenceView, Mention, Mention]] = []
    features: list[tuple[str, ...]] = []
    for sentence in view.sentences:
        cues = SentenceCues(sentence, lexicon)
        for first, second in candidate_pairs(sentence):
            a, b = sentence.slots[first].mention, sentence.slots[second].mention
            if frozenset((_identity(a), _identity(b))) not in related:
                pairs.append((sentence, a, b))
                features.append(cues.pair_features(first, second))
    if not pairs:
        return ()
    # one matrix product for the document: scoring pair by pair cost more than reading the pairs
    table = model.probability_table(features)
    readings = _Readings(model.labels)
    # the best allowed label of every pair at once: numpy called per pair cost more than the model
    masks = np.array([readings.allowed(a, b) for _, a, b in pairs])
    columns = np.argmax(np.where(masks, table, -1.0), axis=1)
    best = table[np.arange(len(pairs)), columns]
    proposed: dict[tuple[tuple[EntityClass, str], Predicate, tuple[EntityClass, str]], Relation] = {}
    for index in np.flatnonzero(masks.any(axis=1) & (best >= threshold)):
        sentence, a, b = pairs[index]
        column, probability = int(columns[index]), float(best[index])
        predicate, forward = readings.parts[column]
        subject, obj = (a, b) if forward else (b, a)
        key = (_identity(subject), predicate, _identity(obj))
        if key in proposed and proposed[key].confidence >= probability:
            continue
        proposed[key] = Relation(
            subject=subject,
            predicate=predicate,
            object=obj,
            evidence=sentence.sentence.span,
            rule=RULE,
            confidence=round(probability, 3),
        )
    return tuple(proposed.values())


class _Readings:
    """The model's labels as (predicate, direction), and per pair of classes which labels the
    contract allows (``none`` never)."""

    def __init__(self, labels: Sequence[str]) -> None:
        self.parts: list[tuple[Predicate, bool]] = [
            _unlabel(label) if label != NONE else (Predicate.PARTNER, True) for label in labels
        ]
        self.labels = tuple(labels)

    def allowed(self, first: Mention, second: Mention) -> np.ndarray:
        """Which labels the contract allows between ``first`` and ``second`` (it reads their classes)."""
        key = (self.labels, first.cls, second.cls)
        if key not in _MASKS:
            _MASKS[key] = np.array(
                [
                    label != NONE and _allowed(predicate, *((first, second) if forward else (second, first)))
                    for label, (predicate, forward) in zip(self.labels, self.parts, strict=True)
                ]
            )
        return _MASKS[key]


def best_label(model: LinearModel, features: Sequence[str]) -> tuple[str, float]:
    """The most probable label other than ``none``, and its probability."""
    probabilities = model.probabilities(features)
    label = max(
        (name for name in probabilities if name != NONE), key=lambda name: (probabilities[name], name)
    )
    return label, probabilities[label]


# ----------------------------------------------------------------------------- training


def training_instances(
    view: DocumentView, gold: Gold, unless: Sequence[Relation] = (), lexicon: Lexicon | None = None
) -> list[Instance]:
    """Examples from one annotated document: each candidate pair whose two names are gold
    entities, labelled with the gold predicate and direction its sentence states, else ``none``.

    A pair that gold relates on the strength of another sentence is left out: this sentence
    may not state it, and it is no counter-example either. The pairs the patterns read are
    examples too: the build asks the model only about the others, but a model that also learned
    from the wordings the patterns know proposed half again as many right relations on sets held
    out of its training (X, Y, Z and AA: 33 of 53 against 16 of 26 at the threshold). Pairs that
    a relation of ``unless`` joins are left out: to measure the model on what the build asks it.
    """
    related = {frozenset((_identity(r.subject), _identity(r.object))) for r in unless}
    from kg.evaluate import ids_by_name, normalise  # (rdflib: only training reads gold)

    named = ids_by_name(gold)
    instances: list[Instance] = []
    for sentence in view.sentences:
        text = normalise(view.doc.text[sentence.sentence.span.start : sentence.sentence.span.end])
        cues = SentenceCues(sentence, lexicon)
        for first, second in candidate_pairs(sentence):
            a, b = sentence.slots[first].mention, sentence.slots[second].mention
            if frozenset((_identity(a), _identity(b))) in related:
                continue
            ids_a = named(a.text, a.canonical)
            ids_b = named(b.text, b.canonical)
            if not ids_a or not ids_b or ids_a & ids_b:
                continue
            labels: set[str] = set()
            elsewhere = False
            for key in gold.relations:
                subject, predicate, obj = key
                if subject in ids_a and obj in ids_b:
                    forward = True
                elif subject in ids_b and obj in ids_a:
                    forward = False
                else:
                    continue
                evidence = gold.evidence.get(key, frozenset())
                if not evidence or any(e in text or text in e for e in evidence):
                    labels.add(_label(Predicate(predicate), forward))
                else:
                    elsewhere = True
            features = cues.pair_features(first, second)
            if labels:
                instances.extend(Instance(features, label) for label in sorted(labels))
            elif not elsewhere:
                instances.append(Instance(features, NONE))
    return instances
