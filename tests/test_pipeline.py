"""End to end: `kg build` on the default corpus in seeds/, and the build's error boundaries."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.term import Node
from typer.testing import CliRunner

import kg.extract
from kg.cli import app
from kg.extract import get_extractor
from kg.model import Document, Extraction
from kg.pipeline import build
from kg.rdf import PREFIXES
from kg.sparql import query

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
XSD = PREFIXES["xsd"]  # a plain namespace: pytest probes module attributes, and rdflib's XSD warns

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("seeds") / "out"
    result = CliRunner().invoke(app, ["build", str(SEEDS), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return out


def names_of(out: Path, entity: Node) -> set[str]:
    rows = query(out, "SELECT ?e ?name WHERE { ?e rdfs:label|skos:altLabel ?name }", {"e": entity})
    return {str(row[1]) for row in rows}


def test_build_writes_every_output(seeds_out: Path) -> None:
    for name in ("graph.ttl", "graph.trig", "graph.html", "build.json", "store"):
        assert (seeds_out / name).exists(), name
    report = json.loads((seeds_out / "build.json").read_text(encoding="utf-8"))
    assert report["documents"] == 2, "the digest holds two articles"
    assert report["entities"] > 10 and report["triples"] > 5


def test_seeds_one_named_graph_per_article(seeds_out: Path) -> None:
    rows = query(
        seeds_out,
        "SELECT ?g ?title WHERE { GRAPH ?g { ?g a kgo:Document ; dcterms:title ?title } }",
    )
    titles = {str(title) for _, title in rows}
    assert titles == {
        "协同推进硬联通、软联通、心联通 打造数字合作的“上合样板”(专题深思)",
        "数字丝绸之路对合作共赢的价值",
    }


def test_seeds_china_pakistan_cable_connects_both_countries(seeds_out: Path) -> None:
    rows = query(
        seeds_out,
        """SELECT DISTINCT ?cable WHERE {
             ?cable a kgo:Project ; kgo:connects ?china, ?pakistan .
             ?china a kgo:Country ; rdfs:label "China"@en .
             ?pakistan a kgo:Country ; rdfs:label "Pakistan"@en .
           }""",
    )
    cables = [row[0] for row in rows if row[0] is not None]
    assert len(cables) == 1
    names = {name.casefold() for name in names_of(seeds_out, cables[0])}
    assert any("china" in name and "pakistan" in name and "cable" in name for name in names), names


@pytest.mark.parametrize(
    ("first", "second"),
    [
        pytest.param("上合组织", "上海合作组织", id="zh short and long form"),
        pytest.param("上海合作组织", "Shanghai Cooperation Organisation", id="zh and en"),
    ],
)
def test_seeds_names_of_one_thing_are_one_entity(seeds_out: Path, first: str, second: str) -> None:
    text = "SELECT DISTINCT ?e ?name WHERE { ?e rdfs:label|skos:altLabel ?n . FILTER(str(?n) = ?name) }"
    holders = {
        name: {row[0] for row in query(seeds_out, text, {"name": Literal(name)})} for name in (first, second)
    }
    assert len(holders[first]) == 1
    assert holders[first] == holders[second]


def test_seeds_saved_question_answers(seeds_out: Path) -> None:
    result = CliRunner().invoke(
        app,
        [
            "query",
            str(seeds_out),
            "--saved",
            "which_projects_connect_country",
            "--param",
            "country=巴基斯坦",
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.output)["results"]["bindings"]
    labels = " ".join(value["value"] for row in bindings for value in row.values()).casefold()
    assert "china" in labels and "pakistan" in labels


def test_seeds_html_has_the_labels_and_no_remote_script(seeds_out: Path) -> None:
    page = (seeds_out / "graph.html").read_text(encoding="utf-8")
    for label in ("上海合作组织", "Pakistan", "Digital Silk Road"):
        assert label in page or json.dumps(label)[1:-1] in page, label
    sources = re.findall(r"<script[^>]*\bsrc\s*=\s*[\"']([^\"']+)", page, flags=re.IGNORECASE)
    assert all(not re.match(r"(https?:)?//", src) for src in sources), sources
    for src in sources:
        assert (seeds_out / src).exists(), f"{src} is not shipped beside the page"
    assert not re.search(r"<link[^>]+href\s*=\s*[\"'](https?:)?//", page, flags=re.IGNORECASE)


def test_build_skips_unreadable_input_and_keeps_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "cable.md").write_text(
        "---\ntitle: 中老光缆\nlanguage: zh\n---\n中国与老挝的跨境光缆正式开通。\n", encoding="utf-8"
    )
    (corpus / "broken.bin.txt").write_bytes(bytes(range(256)) * 8)
    (corpus / "feed.jsonl").write_text(
        '{"text": "China and Laos opened a cross-border cable."}\n{not json\n', encoding="utf-8"
    )
    report = build([corpus], tmp_path / "out", validate=False, html=False)
    assert report.documents == 2
    origins = sorted(Path(skip.origin).name for skip in report.skipped)
    assert origins == ["broken.bin.txt", "feed.jsonl:2"]
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


@pytest.mark.parametrize(
    ("text", "header_date", "expected_doc_date"),
    [
        pytest.param(
            "中国电信与老挝电信7月13日签署协议，共建中老跨境光缆。",
            "2019年7月",
            Literal("2019-07", datatype=XSD.gYearMonth),
            id="zh-month-dated",
        ),
        pytest.param(
            "China Telecom and Lao Telecom signed an agreement on July 13 "
            "to build the China-Laos cross-border cable.",
            "2019",
            Literal("2019", datatype=XSD.gYear),
            id="en-year-dated",
        ),
    ],
)
def test_build_reads_days_against_a_document_dated_only_by_month_or_year(
    tmp_path: Path, text: str, header_date: str, expected_doc_date: Literal
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "doc.md").write_text(f"---\ntitle: cable\ndate: {header_date}\n---\n{text}\n", encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], out, validate=False, html=False)
    doc_dates = {row[0] for row in query(out, "SELECT ?d WHERE { ?doc a kgo:Document ; dcterms:date ?d }")}
    assert doc_dates == {expected_doc_date}
    fact_dates = {str(row[0]) for row in query(out, "SELECT ?d WHERE { ?e kgo:fact ?f . ?f kgo:date ?d }")}
    assert "2019-07-13" in fact_dates


class _FailsOnLaos:
    """A backend that breaks on one document, to test the per-document error boundary."""

    name = "fails-on-laos"

    def __init__(self, lexicon: object) -> None:
        self.inner = get_extractor("rules", lexicon)  # type: ignore[arg-type]

    def extract(self, doc: Document) -> Extraction:
        if "Laos" in doc.text:
            raise RuntimeError("backend bug")
        return self.inner.extract(doc)


def test_build_skips_a_document_its_extractor_fails_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(kg.extract.BACKENDS, "fails-on-laos", f"{__name__}:_FailsOnLaos")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "laos.txt").write_text("China and Laos opened a cross-border cable.", encoding="utf-8")
    (corpus / "pakistan.txt").write_text("中国与巴基斯坦签署了合作协议。", encoding="utf-8")
    report = build([corpus], tmp_path / "out", extractor="fails-on-laos", validate=False, html=False)
    assert report.documents == 1
    assert [Path(skip.origin).name for skip in report.skipped] == ["laos.txt"]
    assert "backend bug" in report.skipped[0].reason


def test_build_calibrates_relation_confidences_with_the_shipped_table(seeds_out: Path) -> None:
    from kg.calibrate import default_calibration_path, read_calibration

    report = json.loads((seeds_out / "build.json").read_text(encoding="utf-8"))
    assert report["calibration"] == str(default_calibration_path())
    shares = set(read_calibration(default_calibration_path()).shares)
    rows = query(
        seeds_out,
        "SELECT DISTINCT ?c WHERE { ?e a kgo:Evidence ; rdf:predicate ?p ; kgo:confidence ?c . "
        "FILTER(?p IN (kgo:connects, kgo:partner, kgo:headOf, kgo:locatedIn, kgo:affiliatedWith)) }",
    )
    assert rows and {float(str(row[0])) for row in rows} <= shares
