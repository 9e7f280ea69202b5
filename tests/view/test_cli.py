"""``kg view`` and ``kg stats`` over an output folder written by the store from a synthetic graph."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import synthetic
from rdflib import URIRef
from typer.testing import CliRunner

from kg.cli import app
from kg.rdf import PREFIXES
from kg.store import write_outputs


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("out")
    graph_name = URIRef("https://w3id.org/kg-dsr/doc/doc-zh-cable")
    quads = [(s, p, o, graph_name) for s, p, o in synthetic.sample_graph()]
    write_outputs(quads, folder, prefixes={k: str(v) for k, v in PREFIXES.items()})
    return folder


def _data(page: Path) -> dict[str, object]:
    html = page.read_text(encoding="utf-8")
    start = html.index('id="kg-data">') + len('id="kg-data">')
    data: dict[str, object] = json.loads(html[start : html.index("</script>", start)])
    return data


def _labels(page: Path) -> set[str]:
    nodes = _data(page)["nodes"]
    assert isinstance(nodes, list)
    return {node["zh"] or node["en"] for node in nodes}


def test_kg_view_writes_the_whole_graph(out: Path) -> None:
    result = CliRunner().invoke(app, ["view", str(out)])
    assert result.exit_code == 0, result.output
    assert "11 entities, 10 relations" in result.output
    assert len(_labels(out / "graph.html")) == 11


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("巴基斯坦", {"巴基斯坦", "中巴跨境光缆", "和平海缆", "上海合作组织"}),
        ("Pakistan", {"巴基斯坦", "中巴跨境光缆", "和平海缆", "上海合作组织"}),
    ],
)
def test_kg_view_focus_draws_the_neighbourhood(
    out: Path, tmp_path: Path, name: str, expected: set[str]
) -> None:
    page = tmp_path / "focus.html"
    result = CliRunner().invoke(app, ["view", str(out), "--focus", name, "--hops", "1", "--out", str(page)])
    assert result.exit_code == 0, result.output
    assert _labels(page) == expected


def test_kg_view_query_draws_a_construct(out: Path, tmp_path: Path) -> None:
    query = tmp_path / "members.rq"
    query.write_text("CONSTRUCT { ?m kgo:memberOf ?o } WHERE { ?m kgo:memberOf ?o }", encoding="utf-8")
    result = CliRunner().invoke(app, ["view", str(out), "--query", str(query), "--lang", "en"])
    assert result.exit_code == 0, result.output
    page = out / "view.html"
    assert _labels(page) == {"中国", "巴基斯坦", "上海合作组织"}
    assert _data(page)["lang"] == "en"


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--focus", "Atlantis"], "no entity is called"),
        (["--query", "missing.rq"], "cannot read the query file"),
    ],
)
def test_kg_view_reports_errors_in_one_line(out: Path, arguments: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["view", str(out), *arguments])
    assert result.exit_code == 1
    assert message in result.output


def test_kg_stats_prints_json(out: Path) -> None:
    result = CliRunner().invoke(app, ["stats", str(out), "--format", "json", "--top", "2"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["entities"] == 11
    assert summary["by_predicate"]["connects"] == 5
    assert len(summary["top_degree"]) == 2


def test_kg_stats_prints_tables(out: Path) -> None:
    result = CliRunner().invoke(app, ["stats", str(out), "--top", "3"])
    assert result.exit_code == 0, result.output
    for heading in ("Entities by class", "Top by PageRank", "Top by betweenness", "Communities (Louvain)"):
        assert heading in result.output
    assert "上海合作组织" in result.output
