"""Calibrated confidences: tallies per band of stated confidence, the calibrated shares, the table file."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, Namespace, URIRef
from typer.testing import CliRunner

from kg.calibrate import (
    Calibration,
    Tally,
    band_of,
    calibrate_extraction,
    combine,
    default_calibration_path,
    measure,
    read_calibration,
    tally_graph,
    with_classifier_table,
    write_calibration,
)
from kg.cli import app
from kg.errors import CalibrationError
from kg.evaluate import load_gold, relation_outcomes
from kg.model import EntityClass, Extraction, Mention, Predicate, Relation, Span
from kg.ontology.vocab import KGO
from tests.eval_set import DEV

ROOT = Path(__file__).resolve().parents[1]
KGE = Namespace("https://w3id.org/kg-dsr/entity/")
DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")


@pytest.mark.parametrize(
    ("stated", "band"),
    [(0.0, 0), (0.05, 0), (0.1, 1), (0.3, 3), (0.7, 7), (0.75, 7), (0.8, 8), (0.95, 9), (1.0, 9)],
)
def test_band_of_groups_stated_confidences_in_tenths(stated: float, band: int) -> None:
    assert band_of(stated) == band


def test_calibration_shrinks_a_small_band_towards_the_overall_share() -> None:
    # 60 of 100 right overall; the 0.9 band holds 2 of 2: eight prior relations pull it down
    calibration = Calibration((Tally(7, 58, 98), Tally(9, 2, 2)))
    overall = (60 + 1) / (100 + 2)
    assert calibration.confidence(0.95) == round((2 + 8 * overall) / (2 + 8), 3)
    assert calibration.confidence(0.75) == round((58 + 8 * overall) / (98 + 8), 3)
    assert calibration.confidence(0.75) < calibration.confidence(0.95) < 1.0


def test_calibration_never_maps_a_higher_stated_confidence_lower() -> None:
    # the 0.8 band was right less often than the 0.7 band: the two are pooled into one share
    calibration = Calibration((Tally(5, 10, 40), Tally(7, 70, 100), Tally(8, 50, 100)))
    shares = calibration.shares
    assert list(shares) == sorted(shares)
    assert calibration.confidence(0.7) == calibration.confidence(0.85)
    assert calibration.confidence(0.5) < calibration.confidence(0.7)


def test_calibration_gives_an_unmeasured_band_the_share_of_the_nearest_measured_one() -> None:
    calibration = Calibration((Tally(4, 10, 40), Tally(8, 80, 100)))
    assert calibration.confidence(0.1) == calibration.confidence(0.45)  # below every measured band
    assert calibration.confidence(0.65) == calibration.confidence(0.45)  # between two measured ones
    assert calibration.confidence(0.99) == calibration.confidence(0.8)


def test_combine_adds_tallies_band_by_band() -> None:
    assert combine([(Tally(7, 3, 5),), (Tally(7, 1, 2), Tally(9, 1, 1))]) == (Tally(7, 4, 7), Tally(9, 1, 1))


def _mention(text: str, cls: EntityClass, start: int) -> Mention:
    lang = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in text) else "en"
    return Mention("d1", Span(start, start + len(text)), text, cls, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("subject", "predicate", "obj", "stated", "calibrated"),
    [
        ("中巴跨境光缆", Predicate.CONNECTS, "巴基斯坦", 0.9, 0.7),
        ("PKFOP", Predicate.CONNECTS, "Pakistan", 0.9, 0.7),
        ("姚敬", Predicate.AFFILIATED_WITH, "中国", 0.55, 0.4),
        ("Yao Jing", Predicate.AFFILIATED_WITH, "China", 0.55, 0.4),
    ],
)
def test_calibrate_extraction_replaces_each_relation_confidence_by_its_band_share(
    subject: str, predicate: Predicate, obj: str, stated: float, calibrated: float
) -> None:
    # one band measured at 0.7 right, one at 0.4, each over enough relations to outweigh the prior
    calibration = Calibration((Tally(5, 4000, 10000), Tally(9, 7000, 10000)))
    head = _mention(subject, EntityClass.PROJECT, 0)
    tail = _mention(obj, EntityClass.COUNTRY, 20)
    relation = Relation(head, predicate, tail, Span(0, 30), "some-rule", stated)
    extraction = Extraction("d1", "rules", (head, tail), (relation,))
    (result,) = calibrate_extraction(extraction, calibration).relations
    assert result.confidence == pytest.approx(calibrated, abs=0.001)
    assert (result.subject, result.predicate, result.object) == (head, predicate, tail)
    assert result.rule == "some-rule"


@pytest.mark.parametrize(
    ("subject", "obj"),
    [("中巴跨境光缆", "巴基斯坦"), ("PKFOP", "Pakistan")],
)
def test_calibrate_extraction_keeps_the_classifier_probability(subject: str, obj: str) -> None:
    calibration = Calibration((Tally(5, 4000, 10000), Tally(9, 7000, 10000)))
    head = _mention(subject, EntityClass.PROJECT, 0)
    tail = _mention(obj, EntityClass.COUNTRY, 20)
    learned = Relation(head, Predicate.CONNECTS, tail, Span(0, 30), "learned-pair", 0.55)
    pattern = Relation(head, Predicate.CONNECTS, tail, Span(0, 30), "some-rule", 0.55)
    extraction = Extraction("d1", "rules", (head, tail), (learned, pattern))
    kept, calibrated = calibrate_extraction(extraction, calibration).relations
    assert kept == learned
    assert calibrated.confidence == pytest.approx(0.4, abs=0.001)
    # with a table of its own, the classifier's relations follow that table, the patterns theirs
    both = replace(calibration, classifier=Calibration((Tally(5, 2000, 10000),)))
    by_classifier, by_patterns = calibrate_extraction(extraction, both).relations
    assert by_classifier.confidence == pytest.approx(0.2, abs=0.001)
    assert by_patterns.confidence == pytest.approx(0.4, abs=0.001)


def test_with_classifier_table_reads_the_shipped_table_or_leaves_the_calibration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calibration = Calibration((Tally(5, 1, 2),))
    monkeypatch.setenv("KG_SEEDS", str(tmp_path))
    assert with_classifier_table(calibration) == calibration
    table = Calibration((Tally(4, 3, 10), Tally(7, 6, 10)))
    write_calibration(table, tmp_path / "calibration_classifier.tsv")
    loaded = with_classifier_table(calibration)
    assert loaded.classifier is not None and loaded.classifier.tallies == (Tally(4, 3, 10), Tally(7, 6, 10))
    assert loaded.tallies == calibration.tallies


GOLD = {
    "entities": [
        {"id": "pkfop", "label": "PKFOP", "type": "Project", "mentions": ["中巴跨境光缆", "PKFOP"]},
        {"id": "china", "label": "China", "type": "Country", "mentions": ["中国", "China"]},
        {"id": "pakistan", "label": "Pakistan", "type": "Country", "mentions": ["巴基斯坦", "Pakistan"]},
        {"id": "huawei", "label": "Huawei", "type": "Organization", "mentions": ["华为", "Huawei"]},
    ],
    "relations": [
        {"s": "pkfop", "p": "connects", "o": "china", "evidence": "…"},
        {"s": "pkfop", "p": "connects", "o": "pakistan", "evidence": "…"},
        {"s": "pkfop", "p": "builtBy", "o": "huawei", "evidence": "…"},
    ],
    "facts": [],
}


# one node per thing, named in both languages, as a build writes it
_NODES = {
    "pkfop": ("Project", "中巴跨境光缆", "PKFOP"),
    "cn": ("Country", "中国", "China"),
    "pk": ("Country", "巴基斯坦", "Pakistan"),
    "huawei": ("Organization", "华为", "Huawei"),
    "nowhere": ("Project", "无名光缆", "Nowhere Cable"),
}


def _graph_with_evidence(rows: list[tuple[str, str, str, list[float]]], rule: str = "some-rule") -> Graph:
    graph = Graph()
    for key, (cls, *names) in _NODES.items():
        graph.add((KGE[key], RDF.type, KGO[cls]))
        for name in names:
            graph.add((KGE[key], RDFS.label, Literal(name)))
    for index, (subject, predicate, obj, stated) in enumerate(rows):
        graph.add((KGE[subject], KGO[predicate], KGE[obj]))
        for number, confidence in enumerate(stated):
            evidence = KGE[f"evidence/{index}-{number}"]
            graph.add((evidence, RDF.type, KGO.Evidence))
            graph.add((evidence, RDF.subject, KGE[subject]))
            graph.add((evidence, RDF.predicate, KGO[predicate]))
            graph.add((evidence, RDF.object, KGE[obj]))
            graph.add((evidence, KGO.confidence, Literal(str(confidence), datatype=DECIMAL)))
            graph.add((evidence, KGO.rule, Literal(rule)))
    return graph


def test_tally_graph_counts_each_evidence_in_its_band_with_its_relation_outcome(tmp_path: Path) -> None:
    graph = _graph_with_evidence(
        [
            ("pkfop", "connects", "pk", [0.9, 0.75]),  # right, read in two sentences
            ("pkfop", "connects", "cn", [0.9]),  # right
            ("pkfop", "operatedBy", "huawei", [0.75]),  # the gold says builtBy: wrong
            ("nowhere", "connects", "pk", [0.5]),  # an end the gold does not have: wrong
        ]
    )
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    outcomes = relation_outcomes(graph, load_gold([tmp_path / "gold"]))
    assert tally_graph(graph, outcomes) == (Tally(5, 0, 1), Tally(7, 1, 2), Tally(9, 2, 2))


def test_tally_graph_counts_the_patterns_or_the_classifier(tmp_path: Path) -> None:
    rows = [("pkfop", "connects", "pk", [0.9]), ("nowhere", "connects", "pk", [0.5])]
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "a.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    gold = load_gold([tmp_path / "gold"])
    patterns = _graph_with_evidence(rows)
    learned = _graph_with_evidence(rows, rule="learned-pair")
    assert tally_graph(patterns, relation_outcomes(patterns, gold)) == (Tally(5, 0, 1), Tally(9, 1, 1))
    assert tally_graph(learned, relation_outcomes(learned, gold)) == ()
    assert tally_graph(learned, relation_outcomes(learned, gold), classifier=True) == (
        Tally(5, 0, 1),
        Tally(9, 1, 1),
    )
    assert tally_graph(patterns, relation_outcomes(patterns, gold), classifier=True) == ()


def test_write_then_read_calibration_keeps_every_band(tmp_path: Path) -> None:
    calibration = Calibration((Tally(3, 1, 4), Tally(7, 60, 100), Tally(9, 5, 9)))
    path = write_calibration(calibration, tmp_path / "c.tsv", ["measured on 上合组织 and SCO news"])
    again = read_calibration(path)
    assert again.tallies == calibration.tallies
    assert again.shares == calibration.shares
    assert path.read_text(encoding="utf-8").startswith("# measured on 上合组织 and SCO news\n")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("band\tcorrect\tjudged\n0.7\t60\n", "line 2"),
        ("band\tcorrect\tjudged\n0.7\tsixty\t100\n", "line 2"),
        ("# a note\nband\tcorrect\tjudged\n0.7\t120\t100\n", "line 3"),
        ("band\tcorrect\tjudged\n0.7\t6\t10\n0.7\t6\t10\n", "appears twice"),
        ("band\tright\tjudged\n0.7\t6\t10\n", "header"),
        ("band\tcorrect\tjudged\n", "holds no band"),
    ],
)
def test_read_calibration_names_the_file_and_line_of_an_error(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.tsv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CalibrationError, match=message) as raised:
        read_calibration(path)
    assert str(path) in str(raised.value)


@pytest.mark.parametrize("content", [None, "band\tcorrect\tjudged\n0.7\t6\t10\n".encode("utf-16")])
def test_read_calibration_explains_a_file_it_cannot_read(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "校准.tsv"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(CalibrationError, match="--calibration") as raised:
        read_calibration(path)
    assert str(path) in str(raised.value)


def test_shipped_calibration_is_measured_and_orders_its_bands() -> None:
    calibration = read_calibration(default_calibration_path())
    assert sum(t.judged for t in calibration.tallies) >= 300
    assert list(calibration.shares) == sorted(calibration.shares)
    assert all(0.0 < share < 1.0 for share in calibration.shares)


def test_measure_refuses_a_build_whose_confidences_were_calibrated(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("", encoding="utf-8")
    (out / "build.json").write_text(json.dumps({"calibration": "seeds/calibration.tsv"}), encoding="utf-8")
    with pytest.raises(CalibrationError, match="--stated-confidence"):
        measure([out], [tmp_path])


def test_measure_pairs_builds_with_gold_folders_one_to_one(tmp_path: Path) -> None:
    with pytest.raises(CalibrationError, match="one per build"):
        measure([tmp_path / "a", tmp_path / "b", tmp_path / "c"], [tmp_path / "g1", tmp_path / "g2"])


@pytest.mark.slow
def test_calibrate_then_build_with_the_table_end_to_end(tmp_path: Path) -> None:
    runner = CliRunner()
    stated = tmp_path / "stated"
    seeds = str(ROOT / "seeds")
    built = runner.invoke(app, ["build", seeds, "--out", str(stated), "--stated-confidence", "--no-html"])
    assert built.exit_code == 0, built.output
    assert json.loads((stated / "build.json").read_text(encoding="utf-8"))["calibration"] is None
    assert "confidences as the rules state them" in " ".join(built.output.split())
    table = tmp_path / "mine.tsv"
    gold = str(DEV / "gold")
    measured = runner.invoke(app, ["calibrate", str(stated), "--gold", gold, "--write", str(table)])
    assert measured.exit_code == 0, measured.output
    calibration = read_calibration(table)
    assert sum(t.judged for t in calibration.tallies) > 0

    calibrated = tmp_path / "calibrated"
    built = runner.invoke(
        app,
        ["build", seeds, "--out", str(calibrated), "--calibration", str(table), "--no-html"],
    )
    assert built.exit_code == 0, built.output
    assert json.loads((calibrated / "build.json").read_text(encoding="utf-8"))["calibration"] == str(table)
    assert "confidences calibrated (" in " ".join(built.output.split())
    graph = Graph().parse(calibrated / "graph.ttl")
    relation_predicates = {KGO[p.value] for p in Predicate}
    confidences: dict[bool, set[float]] = {True: set(), False: set()}
    for evidence in graph.subjects(RDF.type, KGO.Evidence):
        if graph.value(evidence, RDF.predicate) in relation_predicates:
            by_classifier = str(graph.value(evidence, KGO.rule)) == "learned-pair"
            confidences[by_classifier].add(float(graph.value(evidence, KGO.confidence).toPython()))  # type: ignore[union-attr]
    assert confidences[False] and confidences[False] <= set(calibration.shares)
    # the classifier's relations follow the shipped classifier table, whatever --calibration says
    shipped = with_classifier_table(calibration).classifier
    assert shipped is not None and confidences[True] <= set(shipped.shares)
    classifier = runner.invoke(app, ["calibrate", str(stated), "--gold", gold, "--classifier"])
    assert classifier.exit_code == 0 or "could be judged" in " ".join(classifier.output.split())
    refused = runner.invoke(app, ["calibrate", str(calibrated), "--gold", gold])
    assert refused.exit_code != 0 and "--stated-confidence" in refused.output
