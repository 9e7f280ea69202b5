"""The learned fact-holder layer: candidates, features, examples from gold, and what it moves."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from kg.evaluate import load_gold
from kg.extract.classifier import Instance, LinearModel, train
from kg.extract.facts import find_facts
from kg.extract.facts_learned import (
    HOLDER,
    KEPT_RULES,
    RULE,
    _candidates,
    _lead_of,
    _value_kind,
    default_model,
    holder_features,
    reassign_holders,
    training_instances,
    value_matches,
)
from kg.extract.mentions import find_mentions
from kg.extract.relations import DocumentView, _identity, find_relations, read_sentences
from kg.lexicon import Lexicon
from kg.model import DateValue, Fact, Quantity

from .fact_gold import FACT_GOLD, FACT_SENTENCES
from .mention_docs import make_doc


def _read(text: str, lexicon: Lexicon) -> tuple[DocumentView, tuple[Fact, ...]]:
    doc = make_doc(text)
    mentions = find_mentions(doc, lexicon)
    view = read_sentences(doc, mentions)
    relations, _ = find_relations(doc, mentions, lexicon, view)
    return view, find_facts(view, relations)


def _toy_model() -> LinearModel:
    """A model for which a project holds a value and a company does not."""
    examples = [
        Instance(("cls:Project",), HOLDER),
        Instance(("cls:Organization",), "none"),
    ] * 5
    return train(examples, steps=150)


@pytest.mark.parametrize(
    ("text", "by_rule", "holder", "rule"),
    [
        pytest.param(
            "华为2019年为老挝国家光纤骨干网项目提供设备。",
            "华为",
            "老挝国家光纤骨干网项目",
            RULE,
            id="zh-moved-from-the-name-before-the-date",
        ),
        pytest.param(
            "In 2019 Huawei supplied the Laos National Fibre Backbone project.",
            "Laos National Fibre Backbone project",
            "Laos National Fibre Backbone project",
            "fact-salient-thing",
            id="en-kept-where-the-rule-put-it",
        ),
    ],
)
def test_reassign_holders_moves_a_value_to_the_name_the_model_prefers(
    text: str, by_rule: str, holder: str, rule: str, lexicon: Lexicon
) -> None:
    view, facts = _read(text, lexicon)
    (fact,) = facts
    assert fact.subject.text == by_rule
    (moved,) = reassign_holders(view, facts, _toy_model())
    assert (moved.subject.text, moved.rule) == (holder, rule)
    assert moved.value == fact.value and moved.evidence == fact.evidence
    if rule == RULE:
        assert 0.5 < moved.confidence <= 1.0
    # not when the rule's choice scores within the margin of the best
    assert reassign_holders(view, facts, _toy_model(), margin=1.0) == facts


LEAD_HOLDERS = [
    pytest.param(
        "第三届中非经贸博览会在长沙开幕。\n华为于2019年7月在肯尼亚完成了网络建设。",
        "华为",
        "第三届中非经贸博览会",
        id="zh-a-date-in-a-sentence-that-does-not-name-the-expo",
    ),
    pytest.param(
        "The third China-Africa Economic and Trade Expo opened in Changsha on Thursday.\n"
        "Huawei said 1,200 engineers had worked on networks in Kenya.",
        "Huawei",
        "third China-Africa Economic and Trade Expo",
        id="en-a-count-in-a-sentence-that-does-not-name-the-expo",
    ),
]


@pytest.mark.parametrize(("text", "by_rule", "lead"), LEAD_HOLDERS)
def test_the_subject_of_the_lead_is_a_candidate_holder(
    text: str, by_rule: str, lead: str, lexicon: Lexicon
) -> None:
    view, facts = _read(text, lexicon)
    # (the expo's number is a fact of its own, read in its name, which the model does not move)
    edition = [f for f in facts if f.attribute == "edition"]
    (fact,) = [f for f in facts if f.attribute != "edition"]
    assert fact.subject.text == by_rule
    sentence = view.sentences[1]
    candidates = _candidates(sentence, fact, _lead_of(view))
    (outside,) = [(index, chosen) for index, mention, chosen in candidates if mention.text == lead]
    assert outside == (None, False)
    lead_mention = next(m for _, m, _ in candidates if m.text == lead)
    features = holder_features(
        sentence,
        view.doc.text,
        fact,
        None,
        False,
        lead=lead_mention,
        leads=frozenset({_identity(lead_mention)}),
    )
    assert {"lead:Event", f"kind-lead:{_value_kind(fact)}:{fact.attribute}"} <= set(features)
    # without the lead, the sentence's own names are all there is
    assert lead not in {m.text for _, m, _ in _candidates(sentence, fact)}
    events_hold = train(
        [Instance(("lead:Event",), HOLDER), Instance(("cls:Organization",), "none")] * 5, steps=150
    )
    reassigned = reassign_holders(view, facts, events_hold)
    (moved,) = [f for f in reassigned if f.attribute != "edition"]
    assert (moved.subject.text, moved.rule) == (lead, RULE)
    assert [f for f in reassigned if f.attribute == "edition"] == edition


@pytest.mark.parametrize("rule", sorted(KEPT_RULES))
def test_values_a_rule_derived_or_read_in_a_name_stay(rule: str, lexicon: Lexicon) -> None:
    view, facts = _read("华为2019年为老挝国家光纤骨干网项目提供设备。", lexicon)
    kept = tuple(Fact(f.subject, f.attribute, f.value, f.span, f.evidence, rule, f.confidence) for f in facts)
    assert reassign_holders(view, kept, _toy_model()) == kept


@pytest.mark.parametrize(
    ("text", "candidate", "expected"),
    [
        pytest.param(
            "华为2019年为老挝国家光纤骨干网项目提供设备。",
            "老挝国家光纤骨干网项目",
            {"cls:Project", "side:Project:after", "lang:zh", "other-than:fact-possessive"},
            id="zh-after-the-date",
        ),
        pytest.param(
            "In 2019 Huawei supplied the Laos National Fibre Backbone project.",
            "Huawei",
            {"cls:Organization", "side:Organization:after", "lang:en", "other-than:fact-salient-thing"},
            id="en-after-the-date",
        ),
        pytest.param(
            "华为2019年为老挝国家光纤骨干网项目提供设备。",
            "华为",
            {"cls:Organization", "side:Organization:before", "rule-holder", "rule-holder:fact-possessive"},
            id="zh-the-rules-choice",
        ),
        pytest.param(
            "In 2019 Huawei supplied the Laos National Fibre Backbone project.",
            "Laos National Fibre Backbone project",
            {"cls:Project", "side:Project:after", "rule-holder", "rule-holder:fact-salient-thing"},
            id="en-the-rules-choice",
        ),
    ],
)
def test_holder_features_read_class_side_words_and_the_rule(
    text: str, candidate: str, expected: set[str], lexicon: Lexicon
) -> None:
    view, (fact,) = _read(text, lexicon)
    sentence = view.sentences[0]
    (index,) = [i for i, slot in enumerate(sentence.slots) if slot.mention.text == candidate]
    features = set(holder_features(sentence, view.doc.text, fact, index, candidate == fact.subject.text))
    assert expected <= features
    assert f"kind-cls:date:{fact.attribute}:{sentence.slots[index].mention.cls.value}" in features


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(FACT_SENTENCES["zh"], id="zh"),
        pytest.param(FACT_SENTENCES["en"], id="en"),
    ],
)
def test_training_instances_label_the_gold_holder(text: str, lexicon: Lexicon, tmp_path: Path) -> None:
    (tmp_path / "gold.json").write_text(json.dumps(FACT_GOLD, ensure_ascii=False), encoding="utf-8")
    view, facts = _read(text, lexicon)
    instances = training_instances(view, facts, load_gold([tmp_path / "gold.json"]))
    labels = sorted((("cls:Project" in i.features), i.label) for i in instances)
    assert labels == [(False, "none"), (True, HOLDER)]


def test_a_value_gold_does_not_attach_teaches_nothing(lexicon: Lexicon, tmp_path: Path) -> None:
    gold = {**FACT_GOLD, "facts": [{**FACT_GOLD["facts"][0], "normalized": "2020", "value": "2020年"}]}
    (tmp_path / "gold.json").write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    view, facts = _read("华为2019年为老挝国家光纤骨干网项目提供设备。", lexicon)
    assert training_instances(view, facts, load_gold([tmp_path / "gold.json"])) == []


@pytest.mark.parametrize(
    ("value", "gold", "matches"),
    [
        (DateValue("2019-08-22", "day"), "2019-08", True),
        (DateValue("2019", "year"), "2019-08", False),
        (Quantity(Decimal("44000000"), currency="USD"), frozenset({44.0, 44_000_000.0}), True),
        (Quantity(Decimal("820"), unit="km"), frozenset({821.0}), True),
        (Quantity(Decimal("820"), unit="km"), frozenset({830.0}), False),
        (Quantity(Decimal("2019")), "2019", False),
    ],
)
def test_value_matches_as_the_scorer_compares(
    value: DateValue | Quantity, gold: str | frozenset[float], matches: bool
) -> None:
    assert value_matches(value, gold) is matches


def test_without_a_model_file_the_rules_attach_every_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "seeds" / "lexicon").mkdir(parents=True)
    monkeypatch.setenv("KG_SEEDS", str(tmp_path / "seeds"))
    assert default_model() is None


def test_the_shipped_model_scores_holders() -> None:
    model = default_model()
    assert model is not None
    assert HOLDER in model.labels
    assert model.trained_on, "the model file names the sets it was trained on"
