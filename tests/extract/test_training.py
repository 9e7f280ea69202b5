"""Training the classifiers: the shipped models are what ``scripts/train`` makes from the vendored
sets and the current rules, and held-out sets are measured as the build reads them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import AnnotatedSet, vendored_sets
from kg.extract import facts_learned
from kg.extract.classifier import Instance, LinearModel, load_model
from kg.extract.relations_learned import NONE, default_model
from kg.extract.training import (
    DEFAULT_SETS,
    HELD_OUT,
    built_facts,
    found_facts,
    held_out_counts,
    read_set,
    set_instances,
    train_holders,
    train_models,
    train_relations,
)
from kg.lexicon import Lexicon

from .fact_gold import FACT_GOLD, FACT_SENTENCES

VENDORED = Path(__file__).resolve().parents[1] / "data" / "eval"

GOLD = {
    "entities": [
        {"id": "huawei", "label": "Huawei", "type": "Organization", "mentions": ["华为", "Huawei"]},
        {"id": "laos", "label": "Laos", "type": "Country", "mentions": ["老挝", "Laos"]},
        {"id": "vientiane", "label": "Vientiane", "type": "Place", "mentions": ["万象", "Vientiane"]},
    ],
    "relations": [
        {"s": "vientiane", "p": "locatedIn", "o": "laos", "evidence": "华为在老挝万象开设办事处。"},
        {
            "s": "vientiane",
            "p": "locatedIn",
            "o": "laos",
            "evidence": "Huawei opened an office in Vientiane, Laos.",
        },
    ],
}


def _tiny_set(root: Path) -> AnnotatedSet:
    (root / "docs").mkdir(parents=True)
    (root / "gold").mkdir()
    for name, text in [
        ("1_zh", "华为在老挝万象开设办事处。"),
        ("2_en", "Huawei opened an office in Vientiane, Laos."),
        ("3_zh", "没有标注的文件。"),
    ]:
        (root / "docs" / f"{name}.md").write_text(f"---\ntitle: t\n---\n{text}\n", encoding="utf-8")
        if name != "3_zh":
            gold = json.dumps(GOLD, ensure_ascii=False)
            (root / "gold" / f"{name}.json").write_text(gold, encoding="utf-8")
    return AnnotatedSet("tiny", root / "docs", root / "gold")


def test_set_instances_read_every_annotated_document(lexicon: Lexicon, tmp_path: Path) -> None:
    instances = set_instances(_tiny_set(tmp_path / "tiny"), lexicon)
    labels = sorted(i.label for i in instances)
    # per language: Vientiane–Laos located, and Huawei with each of the two places unrelated
    assert labels.count("locatedIn>") + labels.count("locatedIn<") == 2
    assert labels.count(NONE) == 4


def test_held_out_counts_per_threshold(lexicon: Lexicon, tmp_path: Path) -> None:
    instances = set_instances(_tiny_set(tmp_path / "tiny"), lexicon)
    model = train_relations(read_set(_tiny_set(tmp_path / "again"), lexicon), lexicon)
    counts = held_out_counts(model, instances)
    for made, right, gold in counts.values():
        assert right <= made and gold == 2
    made = [row[0] for _, row in sorted(counts.items())]
    assert made == sorted(made, reverse=True), "a higher threshold never proposes more"


def test_vendored_sets_name_what_is_missing(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no annotated set 'Q9'"):
        vendored_sets(tmp_path, ["Q9"])


def _fact_set(root: Path) -> AnnotatedSet:
    (root / "docs").mkdir(parents=True)
    (root / "gold").mkdir()
    for name, text in [("1_zh", FACT_SENTENCES["zh"]), ("2_en", FACT_SENTENCES["en"])]:
        (root / "docs" / f"{name}.md").write_text(f"---\ntitle: t\n---\n{text}\n", encoding="utf-8")
        (root / "gold" / f"{name}.json").write_text(
            json.dumps(FACT_GOLD, ensure_ascii=False), encoding="utf-8"
        )
    return AnnotatedSet("facts", root / "docs", root / "gold")


def test_train_holders_learns_the_gold_holder_and_measures_held_out_sets(
    lexicon: Lexicon, tmp_path: Path
) -> None:
    readings = read_set(_fact_set(tmp_path / "train"), lexicon)
    # the rules give the zh date to 华为, the name right before it, and the en one to the project
    assert [found_facts(built_facts(r, lexicon, None), gold) for r, gold in readings] == [0, 1]
    model = train_holders(
        readings, lexicon, None, {"again": read_set(_fact_set(tmp_path / "again"), lexicon)}
    )
    notes = model.notes or {}
    assert notes["examples"] == 4 and notes["holders"] == 2
    assert notes["held_out"] == {"again": {"found_by_rules": 1, "found_after": 2, "moved": 1}}


@pytest.mark.slow
def test_the_shipped_models_are_what_training_makes_now(build_lexicon: Lexicon, tmp_path: Path) -> None:
    """Fails when the rules changed what they read, or a model file was edited by hand:
    run ``scripts/train`` and commit seeds/models/relations.json and holders.json."""
    shipped = default_model()
    shipped_holders = facts_learned.default_model()
    assert shipped is not None and shipped_holders is not None
    assert shipped.trained_on == DEFAULT_SETS == shipped_holders.trained_on
    assert not set(HELD_OUT) & set(shipped.trained_on)
    sets = vendored_sets(VENDORED, DEFAULT_SETS)
    fresh, fresh_holders = train_models(sets, build_lexicon)
    for made, kept in ((fresh, shipped), (fresh_holders, shipped_holders)):
        assert (made.notes or {})["examples"] == (kept.notes or {})["examples"], (
            "run scripts/train: the examples changed"
        )
    examples = [i for annotated in sets[:6] for i in set_instances(annotated, build_lexicon)]
    _same_probabilities(fresh, shipped, examples, tmp_path / "relations.json")
    holder_examples = [
        i
        for annotated in sets[:6]
        for reading, gold in read_set(annotated, build_lexicon)
        for i in facts_learned.training_instances(
            reading.view, built_facts(reading, build_lexicon, shipped), gold
        )
    ]
    _same_probabilities(fresh_holders, shipped_holders, holder_examples, tmp_path / "holders.json")


def _same_probabilities(
    fresh: LinearModel, shipped: LinearModel, examples: list[Instance], path: Path
) -> None:
    path.write_text(fresh.to_json(), encoding="utf-8")
    again = load_model(path)
    for instance in examples:
        fresh_probabilities = again.probabilities(instance.features)
        for label, value in shipped.probabilities(instance.features).items():
            assert fresh_probabilities[label] == pytest.approx(value, abs=1e-3), (
                "run scripts/train: the model no longer matches its sets"
            )
