"""Which entity a date or an amount describes, weighed by a classifier over the names of its sentence.

The attachment rules of ``kg.extract.facts`` read a few wordings each (the name the value
modifies, a possessive, the work of the clause, the sentence's subject); on news nobody tuned
them on (sets X–AG), 27% of the values annotators attach were found but hung on another
entity, a third of those on another name of the same sentence. This layer looks again at each
value a rule attached: every name of its sentence is a candidate, and so is each subject of the
report's lead that the sentence does not name (on the older sets, a sixth of the values found
but misplaced belong to one: "The 880-kg satellite …", "1,700 companies attended"). A linear
model (``kg.extract.classifier``) scores each one by its class, what the value measures, which
side of the value it stands on and how far, the words between, whether it is the sentence's
subject or the lead's, and whether a rule chose it (and which). The rule's choice is kept unless
another name scores ``MARGIN`` higher.

Values that a rule derived from another fact (a ceremony's date given to its work, a count
shared by listed works) and values inside a name that states them ("the 4,700-km cable") are
left as the rules attached them. The model is trained by ``scripts/train`` on the annotated
sets named in ``seeds/models/holders.json`` (``trained_on``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.classifier import Instance, LinearModel, shipped_model
from kg.extract.relations import DocumentView, SentenceView, _identity
from kg.model import DateValue, EntityClass, Fact, Lang, Mention, Quantity

if TYPE_CHECKING:
    from kg.evaluate import Gold

__all__ = [
    "HOLDER",
    "MARGIN",
    "MODEL_FILE",
    "RULE",
    "default_model",
    "holder_features",
    "reassign_holders",
    "training_instances",
    "value_matches",
]


MODEL_FILE = "holders.json"
RULE = "fact-learned-holder"
HOLDER = "holder"
NONE = "none"
# Another name takes a value from the rule's choice only when it scores this much higher.
MARGIN = 0.2
# Facts a rule derived from another fact or read inside a name: the model does not move them.
KEPT_RULES = frozenset(
    {
        "fact-measure-in-name",
        "fact-edition-in-name",
        "fact-modified-name",
        "fact-converted-value",
        "fact-counted-works",
        "fact-listed-works",
        "fact-ceremony-work",
        "fact-contract-work",
        "fact-respectively",
    }
)

_EN_WORD = re.compile(r"[a-z][a-z'-]*|\d+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NEAR = 6  # words (English) or character pairs (Chinese) between a name and a value read as words


def _bucket(size: int) -> str:
    for limit in (0, 2, 5, 10, 20, 40):
        if size <= limit:
            return str(limit)
    return "many"


def _value_kind(fact: Fact) -> str:
    return "date" if isinstance(fact.value, DateValue) else "amount"


def _words(text: str, lang: Lang) -> list[str]:
    if lang is Lang.ZH:
        letters = "".join(_CJK.findall(text))
        return [letters[i : i + 2] for i in range(len(letters) - 1)]
    return _EN_WORD.findall(text.casefold())


def holder_features(
    sentence: SentenceView,
    text: str,
    fact: Fact,
    slot_index: int | None,
    rule_holder: bool,
    *,
    lead: Mention | None = None,
    leads: frozenset[tuple[EntityClass, str]] = frozenset(),
) -> tuple[str, ...]:
    """The features of one candidate holder of ``fact``: the slot ``slot_index`` of ``sentence``
    (None: a thing named outside the sentence, ``lead`` when it is a subject of the report's lead,
    else the rule's holder); ``text`` is the document's text; ``leads``: the identities of the
    lead's subjects, what the report is about."""
    kind = f"{_value_kind(fact)}:{fact.attribute}"
    if slot_index is None and lead is not None and not rule_holder:
        cls = lead.cls.value
        features = [f"lead:{cls}", f"kind-lead:{kind}"]
    elif slot_index is None:
        cls = fact.subject.cls.value
        features = [f"outside:{cls}", f"kind-outside:{kind}"]
        if _identity(fact.subject) in leads:
            features.append(f"outside-lead:{cls}")
    else:
        slot = sentence.slots[slot_index]
        cls = slot.mention.cls.value
        span, value = slot.span, fact.span
        if span.end <= value.start:
            side, gap = "before", text[span.end : value.start]
        elif span.start >= value.end:
            side, gap = "after", text[value.end : span.start]
        else:
            side, gap = "around", ""
        between_slots = sum(
            1
            for other in sentence.slots
            if other is not slot
            and min(span.end, value.end) <= other.span.start
            and other.span.end <= max(span.start, value.start)
        )
        words = _words(gap, sentence.lang)
        size = len(words) if sentence.lang is Lang.EN else len(gap)
        features = [
            f"side:{cls}:{side}",
            f"distance:{side}:{_bucket(size)}",
            f"cls-distance:{cls}:{side}:{_bucket(size)}",
            f"slots-between:{side}:{min(between_slots, 3)}",
            f"kind-side:{kind}:{cls}:{side}",
            f"kind-slots-between:{kind}:{side}:{min(between_slots, 3)}",
        ]
        if slot_index == 0:
            features.append(f"first:{cls}")
        if sentence.subject is not None and sentence.subject.span == span:
            features.append(f"subject:{cls}")
            features.append(f"kind-subject:{kind}:{cls}")
        if slot.reference:
            features.append(f"reference:{cls}")
        if _identity(slot.mention) in leads:
            features.append(f"in-lead:{cls}")
            features.append(f"kind-in-lead:{kind}")
        if len(words) <= _NEAR:
            for word in set(words):
                features.append(f"between:{side}:{word}")
                features.append(f"cls-between:{cls}:{word}")
    features += [f"cls:{cls}", f"kind-cls:{kind}:{cls}", f"lang:{sentence.lang.value}"]
    if rule_holder:
        features += ["rule-holder", f"rule-holder:{fact.rule}", f"rule-holder-cls:{fact.rule}:{cls}"]
    else:
        features.append(f"other-than:{fact.rule}")
    return tuple(features)


Candidate = tuple[int | None, Mention, bool]
"""A possible holder: its slot in the sentence (None: named outside it), the thing, and whether
it is the rule's choice."""


def _candidates(sentence: SentenceView, fact: Fact, lead: Sequence[Mention] = ()) -> list[Candidate]:
    """Each thing the sentence names once, from its nearest naming to the value, with whether it
    is the rule's choice; the rule's holder first when the sentence does not name it; then the
    subjects of the report's lead (``lead``) that the sentence does not name: a value stated in a
    sentence about the report's satellite, expo or port that names it only as "it" or not at all
    ("The 880-kg satellite …", "1,700 companies attended") belongs to it."""
    chosen = _identity(fact.subject)
    nearest: dict[tuple[EntityClass, str], tuple[int, int]] = {}
    for index, slot in enumerate(sentence.slots):
        if slot.span.overlaps(fact.span) and not slot.span.contains(fact.span):
            continue
        key = _identity(slot.mention)
        distance = min(abs(slot.span.start - fact.span.end), abs(fact.span.start - slot.span.end))
        if key not in nearest or distance < nearest[key][1]:
            nearest[key] = (index, distance)
    candidates: list[Candidate] = [
        (index, sentence.slots[index].mention, key == chosen) for key, (index, _) in nearest.items()
    ]
    if chosen not in nearest:
        candidates.insert(0, (None, fact.subject, True))
    named = {*nearest, chosen}
    for mention in lead:
        key = _identity(mention)
        if key not in named:
            named.add(key)
            candidates.append((None, mention, False))
    return candidates


def _lead_of(view: DocumentView) -> tuple[Mention, ...]:
    """The things the report's lead is about: its sentences' subjects, once each, in order."""
    seen: set[tuple[EntityClass, str]] = set()
    lead = []
    for slot in view.discourse.lead_subjects:
        key = _identity(slot.mention)
        if key not in seen:
            seen.add(key)
            lead.append(slot.mention)
    return tuple(lead)


def _features_of(
    sentence: SentenceView,
    text: str,
    fact: Fact,
    candidates: Sequence[Candidate],
    leads: frozenset[tuple[EntityClass, str]],
) -> list[tuple[str, ...]]:
    return [
        holder_features(
            sentence, text, fact, index, chosen, lead=mention if index is None else None, leads=leads
        )
        for index, mention, chosen in candidates
    ]


def _sentence_of(view: DocumentView) -> dict[tuple[int, int], SentenceView]:
    return {(s.sentence.span.start, s.sentence.span.end): s for s in view.sentences}


def reassign_holders(
    view: DocumentView, facts: Sequence[Fact], model: LinearModel, margin: float = MARGIN
) -> tuple[Fact, ...]:
    """``facts`` with each value the rules attached moved to another name of its sentence where
    the model scores that name ``margin`` higher than the rule's choice."""
    sentences = _sentence_of(view)
    lead = _lead_of(view)
    leads = frozenset(map(_identity, lead))
    asked: list[tuple[int, list[Candidate]]] = []
    features: list[tuple[str, ...]] = []
    for position, fact in enumerate(facts):
        sentence = sentences.get((fact.evidence.start, fact.evidence.end))
        if fact.rule in KEPT_RULES or sentence is None:
            continue
        candidates = _candidates(sentence, fact, lead)
        if len(candidates) < 2:
            continue
        asked.append((position, candidates))
        features.extend(_features_of(sentence, view.doc.text, fact, candidates, leads))
    if not asked:
        return tuple(facts)
    column = model.labels.index(HOLDER)
    scores = model.probability_table(features)[:, column]
    moved = list(facts)
    row = 0
    for position, candidates in asked:
        block = scores[row : row + len(candidates)]
        row += len(candidates)
        best = int(block.argmax())
        rule_score = max(float(block[i]) for i, (_, _, chosen) in enumerate(candidates) if chosen)
        if candidates[best][2] or float(block[best]) < rule_score + margin:
            continue
        fact = facts[position]
        moved[position] = replace(
            fact, subject=candidates[best][1], rule=RULE, confidence=round(float(block[best]), 3)
        )
    return tuple(moved)


def default_model() -> LinearModel | None:
    """The shipped model (``seeds/models/holders.json``), or None when the seeds have none."""
    return shipped_model(MODEL_FILE, "facts stay where the rules attach them")


# ----------------------------------------------------------------------------- training


def value_matches(value: DateValue | Quantity, gold: str | frozenset[float]) -> bool:
    """Whether a fact's value is the gold value as the scorer compares them
    (``kg.evaluate.value_matches_text``), a date only with a gold date, an amount with an amount."""
    from kg.evaluate import value_matches_text  # (rdflib: only training reads gold)

    if isinstance(value, DateValue):
        return isinstance(gold, str) and value_matches_text(gold, value.iso)
    return not isinstance(gold, str) and value_matches_text(gold, str(value.value))


def training_instances(view: DocumentView, facts: Sequence[Fact], gold: Gold) -> list[Instance]:
    """Examples from one annotated document: for each value a rule attached that gold attaches
    too, each candidate of its sentence labelled ``holder`` when gold attaches the value to it,
    else ``none``. A value whose gold holder is none of the candidates teaches nothing: left out."""
    from kg.evaluate import ids_by_name  # (rdflib: only training reads gold)

    named = ids_by_name(gold)
    sentences = _sentence_of(view)
    lead = _lead_of(view)
    leads = frozenset(map(_identity, lead))
    instances: list[Instance] = []
    for fact in facts:
        sentence = sentences.get((fact.evidence.start, fact.evidence.end))
        if fact.rule in KEPT_RULES or sentence is None:
            continue
        holders = {g.subject for g in gold.facts if value_matches(fact.value, g.value)}
        if not holders:
            continue
        candidates = _candidates(sentence, fact, lead)
        labels = [HOLDER if named(m.text, m.canonical) & holders else NONE for _, m, _ in candidates]
        if len(candidates) < 2 or HOLDER not in labels:
            continue
        features = _features_of(sentence, view.doc.text, fact, candidates, leads)
        instances.extend(Instance(f, label) for f, label in zip(features, labels, strict=True))
    return instances
