"""How far to trust a relation: each piece of evidence's confidence, as measured on annotated news.

Every extraction rule states a confidence when it reads a relation. Those figures were set by
the rules' authors, and on documents nobody tuned the rules on they are too high and barely
rank: on twenty annotated sets, each scored before any rule was written against it, relations
stated at 0.8 and above were right 64% of the time, and the stated figure explained almost
none of which were right (see ``seeds/calibration.tsv``). A calibration replaces each
evidence's stated confidence by the share of relations right among those stated in the same
band on such blind sets, so that a confidence of 0.6 means "about six in ten of these are
right". The rule's own figure still orders the bands.

The estimate per band is shrunk towards the overall share (a Beta prior worth ``STRENGTH``
relations), so that a band of three relations does not claim 0 or 1, and bands are then pooled
where needed (pool-adjacent-violators) so that a higher stated confidence never maps lower.

``kg calibrate OUT --gold DIR`` measures a table from builds the user has annotated;
``kg build --calibration FILE`` uses it. Only relations are calibrated: facts and mentions keep
the confidence their rule states.

The relations the classifier proposes (``kg.extract.relations_learned``) state its probability,
which overstates how often they are right on unseen news as the rules' figures do (on four sets
held out of its training, a mean of 0.68 against 42% right). They have a table of their own,
``calibration_classifier.tsv``, measured on sets held out of the classifier's training
(``Calibration.classifier``); ``kg calibrate`` measures the patterns' table only.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from rdflib import RDF, Graph, Literal
from rdflib.term import Node

from kg.errors import CalibrationError
from kg.evaluate import local_name
from kg.model import Extraction, Relation
from kg.ontology.vocab import KGO

log = logging.getLogger(__name__)

BAND_WIDTH = 0.1
"""Stated confidences are grouped in bands of this width: [0.0, 0.1), …, [0.9, 1.0]."""
BANDS = 10
STRENGTH = 8.0
"""The prior's weight, in relations: a band needs about this many judged relations to move."""
CALIBRATION_FILE = "calibration.tsv"
CLASSIFIER_CALIBRATION_FILE = "calibration_classifier.tsv"
CLASSIFIER_RULES = frozenset({"learned-pair"})
"""Rules whose confidence is a classifier's probability (``kg.extract.relations_learned.RULE``):
calibrated by the classifier's own table, and left out when the patterns' table is measured."""
_HEADER = ("band", "correct", "judged")


def band_of(stated: float) -> int:
    """The band of a stated confidence: 0 for [0, 0.1), …, 9 for [0.9, 1]."""
    if math.isnan(stated):
        raise CalibrationError("a stated confidence is NaN; an extraction rule produced an invalid value")
    return min(BANDS - 1, max(0, int(stated / BAND_WIDTH + 1e-9)))


@dataclass(frozen=True, slots=True)
class Tally:
    """How many relations stated in one band were judged, and how many of them were right."""

    band: int
    correct: int
    judged: int


def _pooled(rates: list[tuple[float, float]]) -> list[float]:
    """Pool adjacent violators over (right, judged) pairs: non-decreasing shares, one per band."""
    blocks: list[tuple[float, float, int]] = []  # (right, judged, bands in the block)
    for right, judged in rates:
        blocks.append((right, judged, 1))
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            later, earlier = blocks.pop(), blocks.pop()
            blocks.append((earlier[0] + later[0], earlier[1] + later[1], earlier[2] + later[2]))
    shares: list[float] = []
    for right, judged, width in blocks:
        shares += [right / judged] * width
    return shares


@dataclass(frozen=True)
class Calibration:
    """Measured tallies per band of stated confidence, and where they were measured."""

    tallies: tuple[Tally, ...]
    source: str = ""
    classifier: Calibration | None = None
    """The table of the relations the classifier proposes; None: they keep its probability."""

    @cached_property
    def shares(self) -> tuple[float, ...]:
        """The calibrated confidence of each band, lowest band first."""
        judged = sum(t.judged for t in self.tallies)
        correct = sum(t.correct for t in self.tallies)
        overall = (correct + 1) / (judged + 2)
        observed = sorted((t for t in self.tallies if t.judged), key=lambda t: t.band)
        pooled = _pooled([(t.correct + STRENGTH * overall, t.judged + STRENGTH) for t in observed])
        # a band nobody measured takes the share of the nearest measured band below it (above it
        # for the lowest ones), so that it neither invents data nor breaks the order
        shares: list[float] = []
        for band in range(BANDS):
            below = [share for t, share in zip(observed, pooled, strict=True) if t.band <= band]
            shares.append(below[-1] if below else pooled[0] if pooled else overall)
        return tuple(round(share, 3) for share in shares)

    def confidence(self, stated: float) -> float:
        """The calibrated confidence of a relation a rule states with ``stated``."""
        return self.shares[band_of(stated)]


def calibrate_extraction(extraction: Extraction, calibration: Calibration) -> Extraction:
    """``extraction`` with each relation's confidence replaced by its calibrated one: a pattern's
    by ``calibration``, the classifier's by ``calibration.classifier`` (kept when there is none)."""

    def calibrated(relation: Relation) -> Relation:
        table = calibration.classifier if relation.rule in CLASSIFIER_RULES else calibration
        return (
            relation if table is None else replace(relation, confidence=table.confidence(relation.confidence))
        )

    relations = tuple(calibrated(relation) for relation in extraction.relations)
    return replace(extraction, relations=relations)


def tally_graph(
    graph: Graph, outcomes: Mapping[tuple[Node, str, Node], bool], *, classifier: bool = False
) -> tuple[Tally, ...]:
    """Per band of stated confidence, the judged relations of ``graph`` and the right ones: the
    evidence of the patterns, or with ``classifier`` that of the classifier's relations.

    ``outcomes`` judges each predicted relation (``kg.evaluate.relation_outcomes``); each
    piece of evidence of a relation counts once, in the band of the confidence it states, with
    its relation's outcome. The graph must come from a build that kept the stated confidences.
    """
    correct = [0] * BANDS
    judged = [0] * BANDS
    for evidence in graph.subjects(RDF.type, KGO.Evidence):
        stated = graph.value(evidence, KGO.confidence)
        if not isinstance(stated, Literal):
            continue  # a first-mention record: it states no relation
        if (str(graph.value(evidence, KGO.rule)) in CLASSIFIER_RULES) is not classifier:
            continue
        subject = graph.value(evidence, RDF.subject)
        predicate = graph.value(evidence, RDF.predicate)
        obj = graph.value(evidence, RDF.object)
        if subject is None or predicate is None or obj is None:
            continue
        name = local_name(predicate)
        outcome = outcomes.get((subject, name, obj), outcomes.get((obj, name, subject)))
        if outcome is None:
            continue  # a fact's evidence, or a relation outside the scored predicates
        band = band_of(float(stated.toPython()))
        judged[band] += 1
        correct[band] += outcome
    return tuple(Tally(b, correct[b], judged[b]) for b in range(BANDS) if judged[b])


def combine(tallies: Iterable[Iterable[Tally]]) -> tuple[Tally, ...]:
    """The sum of several tallies, band by band."""
    correct: dict[int, int] = {}
    judged: dict[int, int] = {}
    for group in tallies:
        for tally in group:
            correct[tally.band] = correct.get(tally.band, 0) + tally.correct
            judged[tally.band] = judged.get(tally.band, 0) + tally.judged
    return tuple(Tally(b, correct[b], judged[b]) for b in sorted(judged))


def write_calibration(calibration: Calibration, path: Path, notes: Iterable[str] = ()) -> Path:
    """Write ``calibration`` as a tab-separated table; ``notes`` become ``#`` lines above it."""
    lines = [f"# {note}" for note in notes]
    lines.append("\t".join(_HEADER))
    lines += [f"{t.band / BANDS:.1f}\t{t.correct}\t{t.judged}" for t in calibration.tallies]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def read_calibration(path: Path) -> Calibration:
    """Read a table written by ``write_calibration`` (or by hand in the same format)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise CalibrationError(
            f"cannot read the calibration file {path} ({error}); give an existing UTF-8 file to "
            "--calibration, or build with --stated-confidence"
        ) from error
    tallies: list[Tally] = []
    header_seen = False
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if tuple(cells) != _HEADER:
                raise CalibrationError(
                    f"{path}, line {number}: the header must be {' TAB '.join(_HEADER)}, not {line!r}"
                )
            header_seen = True
            continue
        try:
            lower, correct, judged = float(cells[0]), int(cells[1]), int(cells[2])
        except (ValueError, IndexError) as error:
            raise CalibrationError(
                f"{path}, line {number}: expected a band's lower bound, a count right and a count "
                f"judged, separated by tabs (e.g. '0.7\t58\t100'); got {line!r}"
            ) from error
        if len(cells) != len(_HEADER) or not 0 <= correct <= judged or not 0.0 <= lower < 1.0:
            raise CalibrationError(
                f"{path}, line {number}: {line!r} is not a band in [0, 1) with 0 ≤ correct ≤ judged"
            )
        band = band_of(lower)
        if any(t.band == band for t in tallies):
            raise CalibrationError(f"{path}, line {number}: the band {lower:.1f} appears twice")
        tallies.append(Tally(band, correct, judged))
    if not tallies:
        raise CalibrationError(f"{path} holds no band; measure one with `kg calibrate OUT --gold DIR`")
    return Calibration(tuple(sorted(tallies, key=lambda t: t.band)), str(path))


def _check_uncalibrated(out: Path) -> None:
    """Refuse a build whose report says its confidences were calibrated: they state no rule's figure."""
    report = out / "build.json"
    if not out.is_dir() or not report.is_file():
        return
    try:
        used = json.loads(report.read_text(encoding="utf-8")).get("calibration")
    except (OSError, ValueError, AttributeError) as error:
        raise CalibrationError(f"cannot read the build report {report}: {error}") from error
    if used:
        raise CalibrationError(
            f"{out} was built with the calibration {used}, so its confidences are not the ones the "
            f"rules state; rebuild it with `kg build DOCS --out {out} --stated-confidence`"
        )


def measure(outs: Sequence[Path], golds: Sequence[Path], *, classifier: bool = False) -> Calibration:
    """The calibration measured on builds ``outs`` against their gold folders ``golds``: of the
    patterns' relations, or with ``classifier`` of the classifier's (measure it on documents the
    classifier was not trained on: ``trained_on`` in its model file names its sets).

    ``golds`` pairs with ``outs`` in order; a single gold folder serves every build.
    """
    if not outs:
        raise CalibrationError("no build to measure; give at least one OUT folder of `kg build`")
    if len(golds) not in {1, len(outs)}:
        raise CalibrationError(
            f"{len(outs)} builds and {len(golds)} gold folders: give one --gold for all builds, "
            "or one per build in the same order"
        )
    from kg.evaluate import graph_file_of, load_gold, load_graph, relation_outcomes

    for out in outs:
        _check_uncalibrated(out)  # before any graph is parsed: a refusal should come at once
    shared_gold = load_gold([golds[0]]) if len(golds) == 1 else None
    groups: list[tuple[Tally, ...]] = []
    for index, out in enumerate(outs):
        graph = load_graph(graph_file_of(out))
        gold = shared_gold if shared_gold is not None else load_gold([golds[index]])
        groups.append(tally_graph(graph, relation_outcomes(graph, gold), classifier=classifier))
        log.info("%s: %d relation evidences judged", out, sum(t.judged for t in groups[-1]))
    tallies = combine(groups)
    if not tallies:
        raise CalibrationError(
            f"no relation of {', '.join(map(str, outs))} could be judged: the builds hold no "
            "kgo:Evidence with a kgo:confidence, or the gold names no relation"
        )
    return Calibration(tallies, ", ".join(map(str, outs)))


def default_calibration_path() -> Path:
    """The shipped calibration: ``calibration.tsv`` in the seeds folder."""
    from kg.lexicon.load import seeds_dir

    return seeds_dir() / CALIBRATION_FILE


def with_classifier_table(calibration: Calibration, path: Path | None = None) -> Calibration:
    """``calibration`` with the classifier's table read from ``path`` (default: the shipped
    ``calibration_classifier.tsv``); unchanged when the default file is absent."""
    from kg.lexicon.load import seeds_dir

    if path is None:
        path = seeds_dir() / CLASSIFIER_CALIBRATION_FILE
        if not path.is_file():
            log.warning("no classifier calibration at %s: its relations keep its probability", path)
            return calibration
    return replace(calibration, classifier=read_calibration(path))
