"""Training the classifiers from annotated sets: examples, a held-out report, the model files.

``python -m kg.extract.training [--sets dev A B …] [--held-out X Y] [--out FOLDER]`` (or
``scripts/train``) reads each set's documents and gold files (the dev-set JSON format) with the
rule extractor, as the build reads them, and fits two models on the training sets:

- the relation classifier (``relations_learned``): each pair of names of a sentence is an
  example (``relations_learned.training_instances``);
- the fact-holder classifier (``facts_learned``): each name of the sentence of a value the rules
  attached (with the relations the first model adds) is an example.

Each held-out set is then read as the build reads it: for relations, the pairs the patterns left
unrelated and the model's proposals on them, right or wrong, per threshold; for facts, the gold
facts found on the right entity before and after the holder model moves them. The figures go
into the model files' notes.

The result depends only on the sets and the code: there is no randomness.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.evaluate import AnnotatedSet, Gold, annotated_documents, ids_by_name, load_gold, vendored_sets
from kg.extract import facts_learned
from kg.extract.classifier import Instance, LinearModel, train
from kg.extract.relations_learned import NONE, best_label, training_instances
from kg.lexicon import Lexicon, load_lexicon, seeds_dir
from kg.model import Fact

if TYPE_CHECKING:
    from kg.extract.rules import PatternReading

__all__ = [
    "DEFAULT_SETS",
    "HELD_OUT",
    "THRESHOLDS",
    "built_facts",
    "found_facts",
    "held_out_counts",
    "read_set",
    "set_instances",
    "train_holders",
    "train_models",
    "train_relations",
]

log = logging.getLogger(__name__)

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
STEPS = 150
L2 = 1e-4
# BW, BX and BY stay out of training so that their scores remain blind (tests/data/eval/sets/README.md)
DEFAULT_SETS = (
    "dev",
    *"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    *("AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO"),
    *("AP", "AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD"),
    *("BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ", "BR", "BS"),
    *("BT", "BU", "BV"),
)
HELD_OUT = ("BW", "BX", "BY")


Reading = tuple["PatternReading", Gold]
"""One annotated document as the build reads it, with its gold annotations."""


def read_set(annotated: AnnotatedSet, lexicon: Lexicon) -> list[Reading]:
    """Every document of ``annotated`` that has a gold file, read by the patterns."""
    from kg.extract.rules import read_with_patterns

    return [
        (read_with_patterns(item, lexicon), load_gold([gold_file]))
        for item, gold_file in annotated_documents(annotated)
    ]


def _relation_instances(
    readings: Sequence[Reading], lexicon: Lexicon, *, as_built: bool = False
) -> list[Instance]:
    return [
        instance
        for reading, gold in readings
        for instance in training_instances(reading.view, gold, reading.relations if as_built else (), lexicon)
    ]


def set_instances(annotated: AnnotatedSet, lexicon: Lexicon, *, as_built: bool = False) -> list[Instance]:
    """The relation examples of every document of ``annotated`` that has a gold file;
    ``as_built`` keeps only the pairs the patterns left unrelated, the ones the build asks the
    model about."""
    return _relation_instances(read_set(annotated, lexicon), lexicon, as_built=as_built)


def held_out_counts(model: LinearModel, instances: Sequence[Instance]) -> dict[float, tuple[int, int, int]]:
    """Per threshold: the model's proposals, the right ones, and the examples that have a predicate."""
    scored = [(best_label(model, i.features), i.label) for i in instances]
    relations = sum(1 for i in instances if i.label != NONE)
    counts = {}
    for threshold in THRESHOLDS:
        made = [(label, truth) for (label, p), truth in scored if p >= threshold]
        counts[threshold] = (len(made), sum(1 for label, truth in made if label == truth), relations)
    return counts


def built_facts(
    reading: PatternReading, lexicon: Lexicon, relation_model: LinearModel | None
) -> tuple[Fact, ...]:
    """The facts the rules attach in a document, with the relations the build gives them."""
    from kg.extract.rules import relations_and_facts

    return relations_and_facts(reading, lexicon, relation_model)[1]


def found_facts(facts: Sequence[Fact], gold: Gold) -> int:
    """How many of the document's gold facts ``facts`` hold on the right entity (as the scorer
    compares values; names compared as ``kg.evaluate.normalise`` does)."""
    named = ids_by_name(gold)
    found: set[int] = set()
    for fact in facts:
        ids = named(fact.subject.text, fact.subject.canonical)
        found.update(
            k
            for k, g in enumerate(gold.facts)
            if g.subject in ids and facts_learned.value_matches(fact.value, g.value)
        )
    return len(found)


def train_models(
    sets: Sequence[AnnotatedSet], lexicon: Lexicon, held_out: Sequence[AnnotatedSet] = ()
) -> tuple[LinearModel, LinearModel]:
    """The relation model and the fact-holder model fitted on ``sets`` (the second on the facts
    the build attaches with the first), with their examples counted and ``held_out`` measured in
    their notes."""
    readings = [reading for annotated in sets for reading in read_set(annotated, lexicon)]
    testing = {annotated.name: read_set(annotated, lexicon) for annotated in held_out}
    relation_model = train_relations(readings, lexicon, testing)
    holder_model = train_holders(readings, lexicon, relation_model, testing)
    named = tuple(annotated.name for annotated in sets)
    return replace(relation_model, trained_on=named), replace(holder_model, trained_on=named)


def train_relations(
    readings: Sequence[Reading], lexicon: Lexicon, held_out: Mapping[str, Sequence[Reading]] | None = None
) -> LinearModel:
    """The relation model fitted on ``readings``, with its examples counted and ``held_out``
    measured in its notes."""
    examples = _relation_instances(readings, lexicon)
    model = train(examples, steps=STEPS, l2=L2)
    notes: dict[str, object] = {
        "examples": len(examples),
        "with_predicate": sum(1 for i in examples if i.label != NONE),
        "steps": STEPS,
        "l2": L2,
    }
    if held_out:
        testing = [
            i
            for readings_ in held_out.values()
            for i in _relation_instances(readings_, lexicon, as_built=True)
        ]
        notes["held_out"] = {
            "sets": list(held_out),
            "by_threshold": {
                f"{threshold:.1f}": {"proposed": made, "right": right, "gold_pairs": gold}
                for threshold, (made, right, gold) in held_out_counts(model, testing).items()
            },
        }
    return replace(model, notes=notes)


def train_holders(
    readings: Sequence[Reading],
    lexicon: Lexicon,
    relation_model: LinearModel | None,
    held_out: Mapping[str, Sequence[Reading]] | None = None,
) -> LinearModel:
    """The fact-holder model fitted on the facts the build attaches in ``readings``; in its notes,
    per held-out set, the gold facts found before and after it moves them."""
    examples = [
        instance
        for reading, gold in readings
        for instance in facts_learned.training_instances(
            reading.view, built_facts(reading, lexicon, relation_model), gold
        )
    ]
    model = train(examples, steps=STEPS, l2=L2)
    notes: dict[str, object] = {
        "examples": len(examples),
        "holders": sum(1 for i in examples if i.label == facts_learned.HOLDER),
        "steps": STEPS,
        "l2": L2,
        "margin": facts_learned.MARGIN,
    }
    if held_out:
        by_set: dict[str, dict[str, int]] = {}
        for name, readings_ in held_out.items():
            row = {"found_by_rules": 0, "found_after": 0, "moved": 0}
            for reading, gold in readings_:
                facts = built_facts(reading, lexicon, relation_model)
                after = facts_learned.reassign_holders(reading.view, facts, model)
                row["found_by_rules"] += found_facts(facts, gold)
                row["found_after"] += found_facts(after, gold)
                row["moved"] += sum(1 for old, new in zip(facts, after, strict=True) if old is not new)
            by_set[name] = row
        notes["held_out"] = by_set
    return replace(model, notes=notes)


def main(argv: Sequence[str] | None = None) -> int:
    from kg.extract.relations_learned import MODEL_FILE as RELATIONS_FILE

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    project = Path(__file__).resolve().parents[2]
    parser.add_argument("--eval", type=Path, default=project / "tests" / "data" / "eval")
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--held-out", nargs="*", default=list(HELD_OUT))
    parser.add_argument(
        "--out", type=Path, default=seeds_dir() / "models", help="the folder of the model files"
    )
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    lexicon = load_lexicon([])
    relation_model, holder_model = train_models(
        vendored_sets(args.eval, args.sets), lexicon, vendored_sets(args.eval, args.held_out)
    )
    args.out.mkdir(parents=True, exist_ok=True)
    for name, model in ((RELATIONS_FILE, relation_model), (facts_learned.MODEL_FILE, holder_model)):
        (args.out / name).write_text(model.to_json(), encoding="utf-8")
    notes = relation_model.notes or {}
    print(
        f"{args.out / RELATIONS_FILE}: {notes['examples']} examples, "
        f"{notes['with_predicate']} with a predicate"
    )
    held = notes.get("held_out")
    if isinstance(held, dict):
        for threshold, row in held["by_threshold"].items():
            made, right, gold = row["proposed"], row["right"], row["gold_pairs"]
            print(
                f"  held out ({', '.join(held['sets'])}), threshold {threshold}: {made} proposed, "
                f"{right} right (precision {right / max(made, 1):.2f}; {gold} pairs had a predicate)"
            )
    notes = holder_model.notes or {}
    print(f"{args.out / facts_learned.MODEL_FILE}: {notes['examples']} examples, {notes['holders']} holders")
    held = notes.get("held_out")
    if isinstance(held, dict):
        for name, row in held.items():
            print(
                f"  held out {name}: {row['found_by_rules']} gold facts found as the rules attach them, "
                f"{row['found_after']} after {row['moved']} moves"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
