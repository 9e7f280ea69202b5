"""A multinomial logistic regression over sparse string features, trained from annotated news.

Rules read what a pattern names; this model weighs many weak cues at once (the words between two
names, their classes, the distance), which is what the rules miss on news nobody tuned them on.
It is trained offline (``scripts/train``) from the annotated sets and shipped as JSON in
``seeds/models/``: the build needs numpy only, downloads nothing, and the file records which sets
it was trained on so that a score on other sets can be called blind.

Training is full-batch gradient descent with Adam and an L2 penalty, from zero weights, in a
fixed order: the same instances always give the same model.
"""

from __future__ import annotations

import functools
import json
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import cast

import numpy as np

from kg.cache import cache_path, cached
from kg.errors import ExtractorError

__all__ = ["Instance", "LinearModel", "load_model", "shipped_model", "train"]

log = logging.getLogger(__name__)

FORMAT = "kg-linear-model/1"
# Weights smaller than this are not written: for the relation model, dropping them left its
# proposals on held-out sets as they were (33 of 55 right, against 33 of 53 with every weight)
# and shrank the file from 18 MB to 1.5 MB.
_NEGLIGIBLE = 0.05
_CACHE_KIND = re.compile(r"[^a-z-]+")


@dataclass(frozen=True)
class Instance:
    """One training example: its features (strings; repeats count once) and its label."""

    features: tuple[str, ...]
    label: str


@dataclass(frozen=True)
class LinearModel:
    """Labels, a feature vocabulary and one weight per (feature, label), with a bias per label."""

    labels: tuple[str, ...]
    vocabulary: Mapping[str, int]
    weights: np.ndarray
    bias: np.ndarray
    trained_on: tuple[str, ...] = ()
    notes: Mapping[str, object] | None = None

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """The probability of each label for an instance with ``features`` (unknown ones ignored)."""
        rows = sorted({self.vocabulary[f] for f in features if f in self.vocabulary})
        scores = self.bias + (self.weights[rows].sum(axis=0) if rows else 0.0)
        scores = scores - scores.max()
        exp = np.exp(scores)
        total = float(exp.sum())
        return {label: float(value) / total for label, value in zip(self.labels, exp, strict=True)}

    def probability_table(self, instances: Sequence[Iterable[str]]) -> np.ndarray:
        """The probabilities of many instances at once: one row per instance, one column per label."""
        find = self.vocabulary.get
        rows: list[list[int]] = []
        for features in instances:
            # a set of C-level lookups: testing membership then indexing, feature by feature in
            # Python, was a third of the scoring
            known = set(map(find, features))
            known.discard(None)
            rows.append(sorted(cast("set[int]", known)))
        lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
        indices = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(lengths.sum()))
        scores = _segment_sums(self.weights[indices], np.cumsum(lengths)) + self.bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        table: np.ndarray = exp / exp.sum(axis=1, keepdims=True)
        return table

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable label and its probability."""
        probabilities = self.probabilities(features)
        label = max(probabilities, key=lambda name: (probabilities[name], name))
        return label, probabilities[label]

    def to_json(self) -> str:
        names = sorted(self.vocabulary, key=self.vocabulary.__getitem__)
        weights: dict[str, dict[str, float]] = {}
        for name in names:
            row = self.weights[self.vocabulary[name]]
            kept = {
                label: round(float(value), 4)
                for label, value in zip(self.labels, row, strict=True)
                if abs(value) >= _NEGLIGIBLE
            }
            if kept:
                weights[name] = kept
        document = {
            "format": FORMAT,
            "trained_on": list(self.trained_on),
            "notes": dict(self.notes or {}),
            "labels": list(self.labels),
            "bias": {label: round(float(v), 4) for label, v in zip(self.labels, self.bias, strict=True)},
            "weights": weights,
        }
        return json.dumps(document, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def load_model(path: Path) -> LinearModel:
    """Read a model written by ``LinearModel.to_json``; ``ExtractorError`` names what is wrong."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ExtractorError(
            f"cannot read the model {path}: {error}; rebuild it with scripts/train"
        ) from error
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise ExtractorError(f"{path} is not a {FORMAT} file; rebuild it with scripts/train")
    try:
        labels = tuple(str(label) for label in document["labels"])
        column = {label: i for i, label in enumerate(labels)}
        rows: dict[str, dict[str, float]] = document["weights"]
        vocabulary = {name: i for i, name in enumerate(sorted(rows))}
        weights = np.zeros((len(vocabulary), len(labels)))
        for name, row in rows.items():
            for label, value in row.items():
                weights[vocabulary[name], column[label]] = float(value)
        bias = np.array([float(document["bias"][label]) for label in labels])
    except (KeyError, TypeError, ValueError) as error:
        raise ExtractorError(f"{path}: malformed model ({error!r}); rebuild it with scripts/train") from error
    return LinearModel(
        labels=labels,
        vocabulary=vocabulary,
        weights=weights,
        bias=bias,
        trained_on=tuple(document.get("trained_on", ())),
        notes=document.get("notes") or {},
    )


@functools.cache
def _model_at(path: Path) -> LinearModel:
    # Parsing the JSON and filling the weights took a quarter of a second per process (both
    # shipped models); the same model unpickled from the disk cache, keyed by the file's bytes,
    # takes a few milliseconds.
    try:
        data = path.read_bytes()
    except OSError:
        return load_model(path)  # (which names the problem)
    kind = f"model-{_CACHE_KIND.sub('-', path.stem.lower())}"
    # (this module's source is part of the key: a changed LinearModel is never read from an old pickle)
    return cached(
        cache_path(kind, [FORMAT, Path(__file__).read_bytes(), data]), LinearModel, lambda: load_model(path)
    )


def shipped_model(file_name: str, without: str) -> LinearModel | None:
    """The model ``seeds/models/<file_name>``, read once per process; None, with a warning that
    says what the build does ``without`` it, when the seeds have none."""
    from kg.lexicon import seeds_dir

    path = seeds_dir() / "models" / file_name
    if not path.is_file():
        log.warning("no model at %s: %s", path, without)
        return None
    return _model_at(path)


def train(
    instances: Sequence[Instance],
    *,
    min_count: int = 2,
    l2: float = 1e-3,
    steps: int = 300,
    rate: float = 0.1,
    trained_on: Sequence[str] = (),
    notes: Mapping[str, object] | None = None,
) -> LinearModel:
    """Fit the model to ``instances``: features seen fewer than ``min_count`` times are dropped."""
    if not instances:
        raise ExtractorError("no training instances: check that the annotated sets were found")
    counts = Counter(f for instance in instances for f in set(instance.features))
    names = sorted(f for f, n in counts.items() if n >= min_count)
    vocabulary = {name: i for i, name in enumerate(names)}
    labels = tuple(sorted({instance.label for instance in instances}))
    column = {label: i for i, label in enumerate(labels)}

    row_features = [sorted({vocabulary[f] for f in inst.features if f in vocabulary}) for inst in instances]
    lengths = np.array([len(r) for r in row_features], dtype=np.int64)
    indices = np.fromiter((i for r in row_features for i in r), dtype=np.int64, count=int(lengths.sum()))
    owners = np.repeat(np.arange(len(instances)), lengths)
    row_ends = np.cumsum(lengths)
    by_feature = np.argsort(indices, kind="stable")
    feature_ends = np.cumsum(np.bincount(indices, minlength=len(vocabulary)))
    truth = np.zeros((len(instances), len(labels)))
    truth[np.arange(len(instances)), [column[inst.label] for inst in instances]] = 1.0

    weights = np.zeros((len(vocabulary), len(labels)))
    bias = np.zeros(len(labels))
    moments = [np.zeros_like(weights), np.zeros_like(bias)]
    squares = [np.zeros_like(weights), np.zeros_like(bias)]
    beta1, beta2, epsilon = 0.9, 0.999, 1e-8
    size = float(len(instances))
    for step in range(1, steps + 1):
        scores = _segment_sums(weights[indices], row_ends) + bias
        scores -= scores.max(axis=1, keepdims=True)
        exp = np.exp(scores)
        error = exp / exp.sum(axis=1, keepdims=True) - truth
        grad_weights = _segment_sums(error[owners[by_feature]], feature_ends) / size + l2 * weights
        grad_bias = error.sum(axis=0) / size
        for k, (parameter, gradient) in enumerate(((weights, grad_weights), (bias, grad_bias))):
            moments[k] = beta1 * moments[k] + (1 - beta1) * gradient
            squares[k] = beta2 * squares[k] + (1 - beta2) * gradient * gradient
            corrected = moments[k] / (1 - beta1**step)
            scale = np.sqrt(squares[k] / (1 - beta2**step)) + epsilon
            np.subtract(parameter, rate * corrected / scale, out=parameter)  # in place: the loop holds views
    return LinearModel(
        labels=labels,
        vocabulary=vocabulary,
        weights=weights,
        bias=bias,
        trained_on=tuple(trained_on),
        notes=dict(notes or {}),
    )


def _segment_sums(values: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Sums of consecutive row blocks of ``values`` ending at ``ends`` (empty blocks sum to 0)."""
    # (the running sums written after a row of zeros, not stacked under one: no copy)
    running = np.empty((values.shape[0] + 1, values.shape[1]))
    running[0] = 0.0
    np.cumsum(values, axis=0, out=running[1:])
    starts = np.concatenate([[0], ends[:-1]])
    sums: np.ndarray = running[ends] - running[starts]
    return sums


def log_loss(model: LinearModel, instances: Sequence[Instance]) -> float:
    """Mean negative log-likelihood of the true labels (for reports and tests)."""
    total = 0.0
    for instance in instances:
        probability = model.probabilities(instance.features).get(instance.label, 0.0)
        total -= math.log(max(probability, 1e-12))
    return total / max(len(instances), 1)
