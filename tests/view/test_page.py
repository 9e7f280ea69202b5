"""The page without a browser: escaping, what the data block holds, offline assets, options per size."""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import networkx as nx
import pytest
import synthetic

import kg.view.page
import kg.view.subgraph
from kg.errors import OutputError
from kg.iris import entity_iri
from kg.view.page import page_data, render_html, script_json, vocabulary_labels, write_html


def _data_block(html: str) -> dict[str, Any]:
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert match, "the page has no data block"
    data: dict[str, Any] = json.loads(match.group(1))
    return data


@pytest.mark.parametrize(
    "text",
    [
        "</script><script>alert(1)</script>",
        "中巴跨境光缆</script>",
        "<img src=x onerror=alert(1)> & <!-- -->",
        "line\u2028separator\u2029paragraph",
        'quotes " and \\ backslash',
    ],
)
def test_script_json_leaves_nothing_raw_and_round_trips(text: str) -> None:
    encoded = script_json({"name": text})
    assert not set(encoded) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(encoded) == {"name": text}


def test_vocabulary_labels_read_zh_labels_from_the_ontology() -> None:
    labels = vocabulary_labels()
    assert labels["Country"] == {"en": "country", "zh": "国家"}
    assert labels["connects"]["zh"] == "连接"
    assert {"memberOf", "landsAt", "Event"} <= labels.keys()


@pytest.mark.parametrize(
    ("entity_id", "zh", "en", "lang"),
    [
        ("pkfop", "中巴跨境光缆", "China–Pakistan cross-border optical fibre cable", "zh"),
        ("peace", "和平海缆", "PEACE cable", "en"),
    ],
)
def test_page_data_carries_both_names_and_the_document_language(
    sample_nx: nx.MultiDiGraph, entity_id: str, zh: str, en: str, lang: str
) -> None:
    data = page_data(sample_nx)
    [node] = [n for n in data["nodes"] if n["iri"] == str(entity_iri(entity_id))]
    assert (node["zh"], node["en"], node["lang"]) == (zh, en, lang)
    assert data["classes"][node["c"]]["name"] == "Project"
    assert all(0 <= i < len(data["evidence"]) for i in node["ev"])


def test_page_data_links_edges_to_their_evidence_and_documents(sample_nx: nx.MultiDiGraph) -> None:
    data = page_data(sample_nx)
    iris = [n["iri"] for n in data["nodes"]]
    predicates = [p["name"] for p in data["predicates"]]
    edge = next(
        e
        for e in data["edges"]
        if iris[e["f"]] == str(entity_iri("peace")) and predicates[e["p"]] == "landsAt"
    )
    [evidence] = [data["evidence"][i] for i in edge["ev"]]
    assert evidence["s"] == synthetic.EN_PEACE_SENTENCE
    assert data["docs"][evidence["d"]]["title"] == "PEACE cable lands in Marseille"
    assert data["predicates"][edge["p"]]["zh"] == "登陆于"


@pytest.mark.parametrize(("size", "static"), [(50, False), (400, True)])
def test_page_data_turns_physics_off_above_the_threshold(size: int, static: bool) -> None:
    data = page_data(nx.path_graph(size, create_using=nx.MultiDiGraph))
    assert data["static"] is static
    assert data["pageDraw"] is static
    assert data["options"]["physics"]["enabled"] is not static
    assert data["options"]["interaction"]["hover"] is not static
    assert data["options"]["layout"]["improvedLayout"] is False
    assert data["options"]["edges"]["smooth"]["enabled"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])


def test_page_data_colours_by_community(sample_nx: nx.MultiDiGraph) -> None:
    data = page_data(sample_nx, color_by="community")
    assert data["colorBy"] == "community"
    assert {f"m{n['m']}" for n in data["nodes"]} <= data["options"]["groups"].keys()
    assert sum(c["count"] for c in data["communities"]) == sample_nx.number_of_nodes()


@pytest.mark.parametrize(("argument", "value"), [("lang", "fr"), ("color_by", "shape")])
def test_page_data_rejects_unknown_choices(sample_nx: nx.MultiDiGraph, argument: str, value: str) -> None:
    with pytest.raises(ValueError, match=value):
        options: dict[str, Any] = {argument: value}
        page_data(sample_nx, **options)


def test_render_html_is_self_contained_and_offline(sample_rdf: Any) -> None:
    html = render_html(sample_rdf)
    assert '<meta charset="utf-8">' in html
    assert "Content-Security-Policy" in html
    assert "connect-src 'none'" in html
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=", html, re.I)
    assert "Noto Sans CJK SC" in html
    assert "WenQuanYi Micro Hei" in html
    assert html.count("var kgLayer = ") == 1, "the static-graph layer ships inline with the page script"
    names = {n["zh"] for n in _data_block(html)["nodes"]} | {n["en"] for n in _data_block(html)["nodes"]}
    assert {"中巴跨境光缆", "PEACE cable", "上海合作组织", "Marseille"} <= names


def test_render_html_escapes_every_hostile_string(xss_nx: nx.MultiDiGraph) -> None:
    html = render_html(xss_nx)
    for hostile in (
        synthetic.XSS_NAME,
        synthetic.XSS_ALIAS,
        synthetic.XSS_TITLE,
        "<i>evil</i>",
        "<b>bold</b>",
    ):
        assert hostile not in html
    assert html.count("</script>") == 3
    data = _data_block(html)
    assert synthetic.XSS_NAME in {n["en"] for n in data["nodes"]}
    assert synthetic.XSS_SENTENCE in {e["s"] for e in data["evidence"]}


def test_write_html_writes_the_page(sample_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    page = write_html(sample_nx, tmp_path / "graph.html", lang="zh", title="测试 <图>")
    html = page.read_text(encoding="utf-8")
    assert "<title>测试 &lt;图&gt;</title>" in html
    assert _data_block(html)["lang"] == "zh"
    assert '<html lang="zh">' in html


def test_write_html_reports_an_unwritable_path(sample_nx: nx.MultiDiGraph, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="missing"):
        write_html(sample_nx, tmp_path / "missing" / "graph.html")


@pytest.mark.parametrize("module", [kg.view.page, kg.view.subgraph])
def test_view_doctests_pass(module: ModuleType) -> None:
    failures, tests = doctest.testmod(module)
    assert tests > 0
    assert failures == 0


@pytest.mark.parametrize(
    ("entity_id", "size", "font"),
    [("pkfop", 36.0, 24.0), ("peace", 36.0, 24.0), ("technology/5g", 6.0, 12.0)],
)
def test_page_data_sizes_nodes_and_labels_by_degree(
    sample_nx: nx.MultiDiGraph, entity_id: str, size: float, font: float
) -> None:
    data = page_data(sample_nx)
    [node] = [n for n in data["nodes"] if n["iri"] == str(entity_iri(entity_id))]
    assert (node["s"], node["fs"]) == (size, font)
