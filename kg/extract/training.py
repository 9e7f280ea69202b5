"""Training the relation classifier from annotated sets: examples, a held-out report, the model file.

``python -m kg.extract.training [--sets dev A B …] [--held-out X Y] [--out FILE]`` (or
``scripts/train``) reads each set's documents and gold files (the dev-set JSON format), runs the
rule extractor on every document to get the sentences, names and pattern relations the build
sees, turns each pair of names into an example (``relations_learned.training_instances``) and
fits the model on the training sets. Each held-out set is then read as the build reads it: the
pairs the patterns left unrelated, and the model's proposals on them, right or wrong, per
threshold. The figures go into the model file's notes.

The result depends only on the sets and the code: there is no randomness.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from kg.evaluate import AnnotatedSet, annotated_documents, load_gold, vendored_sets
from kg.extract.classifier import Instance, LinearModel, train
from kg.extract.relations_learned import MODEL_FILE, NONE, best_label, training_instances
from kg.lexicon import Lexicon, load_lexicon, seeds_dir

__all__ = [
    "DEFAULT_SETS",
    "HELD_OUT",
    "THRESHOLDS",
    "held_out_counts",
    "set_instances",
    "train_relations",
]

log = logging.getLogger(__name__)

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)
STEPS = 150
L2 = 1e-4
# AF and AG stay out of training so that their scores remain blind (tests/data/eval/sets/README.md)
DEFAULT_SETS = ("dev", *"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "AA", "AB", "AC", "AD", "AE")
HELD_OUT = ("AF", "AG")


def set_instances(annotated: AnnotatedSet, lexicon: Lexicon, *, as_built: bool = False) -> list[Instance]:
    """The examples of every document of ``annotated`` that has a gold file; ``as_built`` keeps
    only the pairs the patterns left unrelated, the ones the build asks the model about."""
    from kg.extract.rules import read_with_patterns

    instances: list[Instance] = []
    for item, gold_file in annotated_documents(annotated):
        reading = read_with_patterns(item, lexicon)
        gold = load_gold([gold_file])
        instances.extend(
            training_instances(reading.view, gold, reading.relations if as_built else (), lexicon)
        )
    return instances


def held_out_counts(model: LinearModel, instances: Sequence[Instance]) -> dict[float, tuple[int, int, int]]:
    """Per threshold: the model's proposals, the right ones, and the examples that have a predicate."""
    scored = [(best_label(model, i.features), i.label) for i in instances]
    relations = sum(1 for i in instances if i.label != NONE)
    counts = {}
    for threshold in THRESHOLDS:
        made = [(label, truth) for (label, p), truth in scored if p >= threshold]
        counts[threshold] = (len(made), sum(1 for label, truth in made if label == truth), relations)
    return counts


def train_relations(
    sets: Sequence[AnnotatedSet], lexicon: Lexicon, held_out: Sequence[AnnotatedSet] = ()
) -> LinearModel:
    """The model fitted on ``sets``, with its examples counted and ``held_out`` measured in its notes."""
    examples = [i for annotated in sets for i in set_instances(annotated, lexicon)]
    model = train(examples, steps=STEPS, l2=L2)
    notes: dict[str, object] = {
        "examples": len(examples),
        "with_predicate": sum(1 for i in examples if i.label != NONE),
        "steps": STEPS,
        "l2": L2,
    }
    if held_out:
        testing = [i for annotated in held_out for i in set_instances(annotated, lexicon, as_built=True)]
        notes["held_out"] = {
            "sets": [annotated.name for annotated in held_out],
            "by_threshold": {
                f"{threshold:.1f}": {"proposed": made, "right": right, "gold_pairs": gold}
                for threshold, (made, right, gold) in held_out_counts(model, testing).items()
            },
        }
    return LinearModel(
        labels=model.labels,
        vocabulary=model.vocabulary,
        weights=model.weights,
        bias=model.bias,
        trained_on=tuple(annotated.name for annotated in sets),
        notes=notes,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    project = Path(__file__).resolve().parents[2]
    parser.add_argument("--eval", type=Path, default=project / "tests" / "data" / "eval")
    parser.add_argument("--sets", nargs="+", default=list(DEFAULT_SETS))
    parser.add_argument("--held-out", nargs="*", default=list(HELD_OUT))
    parser.add_argument("--out", type=Path, default=seeds_dir() / "models" / MODEL_FILE)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    lexicon = load_lexicon([])
    model = train_relations(
        vendored_sets(args.eval, args.sets), lexicon, vendored_sets(args.eval, args.held_out)
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(model.to_json(), encoding="utf-8")
    notes = model.notes or {}
    print(f"{args.out}: {notes['examples']} examples, {notes['with_predicate']} with a predicate")
    held = notes.get("held_out")
    if isinstance(held, dict):
        for threshold, row in held["by_threshold"].items():
            made, right, gold = row["proposed"], row["right"], row["gold_pairs"]
            print(
                f"  held out ({', '.join(held['sets'])}), threshold {threshold}: {made} proposed, "
                f"{right} right (precision {right / max(made, 1):.2f}; {gold} pairs had a predicate)"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
