"""RDF → networkx and the graph measures of ``kg stats``, on a synthetic graph of the project's RDF shape."""

from __future__ import annotations

import doctest
import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType

import networkx as nx
import pytest
from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
from rdflib import Dataset, URIRef

import kg.analytics
from kg.analytics import (
    betweenness,
    communities,
    components,
    count_by_class,
    count_by_predicate,
    flatten,
    pagerank,
    summarize,
    to_networkx,
    top_by_degree,
)
from kg.iris import entity_iri


def _load_synthetic() -> ModuleType:
    path = Path(__file__).parent / "view" / "synthetic.py"
    spec = importlib.util.spec_from_file_location("kg_test_synthetic", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


synthetic = _load_synthetic()


@pytest.fixture(scope="module")
def sample() -> nx.MultiDiGraph:
    return to_networkx(synthetic.sample_graph())


def _iri(entity_id: str) -> str:
    return str(entity_iri(entity_id))


@pytest.mark.parametrize(
    "row",
    [
        ("pkfop", "Project", "中巴跨境光缆", "China–Pakistan cross-border optical fibre cable", "zh"),
        ("peace", "Project", "和平海缆", "PEACE cable", "en"),
        ("sco", "Organization", "上海合作组织", "Shanghai Cooperation Organisation", "zh"),
        ("place/marseille", "Place", None, "Marseille", "en"),
        ("place/红其拉甫", "Place", "红其拉甫", "Khunjerab", "zh"),
    ],
)
def test_to_networkx_keeps_class_labels_and_document_language(
    sample: nx.MultiDiGraph, row: tuple[str, str, str | None, str, str]
) -> None:
    entity_id, cls, zh, en, lang = row
    data = sample.nodes[_iri(entity_id)]
    assert data["cls"] == cls
    assert data["labels"].get("zh") == zh
    assert data["labels"]["en"] == en
    assert data["lang"] == lang


@pytest.mark.parametrize(
    ("entity_id", "aliases", "wikidata"),
    [
        ("sco", [("SCO", "en"), ("上合组织", "zh")], "Q485207"),
        ("pkfop", [("PKFOP", "en"), ("中巴跨境光缆项目", "zh")], None),
        ("country/pk", [], "Q843"),
    ],
)
def test_to_networkx_keeps_aliases_and_wikidata(
    sample: nx.MultiDiGraph, entity_id: str, aliases: list[tuple[str, str]], wikidata: str | None
) -> None:
    data = sample.nodes[_iri(entity_id)]
    assert data["aliases"] == aliases
    assert data["wikidata"] == wikidata


@pytest.mark.parametrize(
    ("subject", "predicate", "obj", "sentence"),
    [
        ("pkfop", "connects", "country/pk", synthetic.ZH_CABLE_SENTENCE),
        ("peace", "builtBy", "huawei_marine", synthetic.EN_PEACE_SENTENCE),
        ("country/cn", "memberOf", "sco", synthetic.ZH_SCO_SENTENCE),
    ],
)
def test_to_networkx_puts_evidence_on_relation_edges(
    sample: nx.MultiDiGraph, subject: str, predicate: str, obj: str, sentence: str
) -> None:
    edge = sample.edges[_iri(subject), _iri(obj), predicate]
    assert edge["predicate"] == predicate
    [evidence] = edge["evidence"]
    assert evidence["sentence"] == sentence
    assert evidence["doc"] in sample.graph["documents"]
    assert evidence["end"] - evidence["start"] == len(sentence)


def test_to_networkx_reads_facts_with_their_evidence(sample: nx.MultiDiGraph) -> None:
    facts = {fact["attribute"]: fact for fact in sample.nodes[_iri("pkfop")]["facts"]}
    assert facts["length"]["value"] == "820"
    assert facts["length"]["unit"] == "千米"
    assert facts["opened"]["date"] == "2018-07-13"
    assert [e["sentence"] for e in facts["length"]["evidence"]] == [synthetic.ZH_CABLE_SENTENCE]
    [cost] = sample.nodes[_iri("peace")]["facts"]
    assert (cost["value"], cost["currency"]) == ("425000000", "USD")


def test_to_networkx_reads_documents(sample: nx.MultiDiGraph) -> None:
    documents = sample.graph["documents"]
    titles = {doc["title"]: doc for doc in documents.values()}
    assert titles["中巴跨境光缆正式开通"]["publisher"] == "新华社"
    assert titles["PEACE cable lands in Marseille"]["date"] == "2022-03-01"
    assert titles["PEACE cable lands in Marseille"]["source"].startswith("https://")


def test_to_networkx_counts_each_triple_once_across_named_graphs() -> None:
    dataset = Dataset(default_union=True)
    for name in ("urn:doc:a", "urn:doc:b"):
        graph = dataset.graph(URIRef(name))
        for triple in synthetic.sample_graph():
            graph.add(triple)
    nxg = to_networkx(dataset)
    reference = to_networkx(synthetic.sample_graph())
    assert nxg.number_of_nodes() == reference.number_of_nodes()
    assert nxg.number_of_edges() == reference.number_of_edges()
    edge = nxg.edges[_iri("pkfop"), _iri("country/pk"), "connects"]
    assert len(edge["evidence"]) == 1
    assert nxg.nodes[_iri("sco")]["aliases"] == reference.nodes[_iri("sco")]["aliases"]


def test_flatten_writes_graphml_and_gexf_that_read_back(sample: nx.MultiDiGraph, tmp_path: Path) -> None:
    flat = to_networkx(synthetic.sample_graph(), flat=True)
    nx.write_graphml(flat, tmp_path / "g.graphml")
    nx.write_gexf(flat, tmp_path / "g.gexf")
    back = nx.read_graphml(tmp_path / "g.graphml")
    node = back.nodes[_iri("pkfop")]
    assert node["label_zh"] == "中巴跨境光缆"
    assert json.loads(node["facts"])[0]["attribute"] in {"length", "opened"}
    assert back.number_of_edges() == sample.number_of_edges()
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == sample.number_of_nodes()
    assert flatten(sample).nodes[_iri("sco")]["aliases"] == "SCO; 上合组织"


def test_counts_by_class_and_predicate(sample: nx.MultiDiGraph) -> None:
    assert count_by_class(sample) == {
        "Country": 3,
        "Organization": 2,
        "Place": 2,
        "Project": 2,
        "Initiative": 1,
        "Technology": 1,
    }
    assert count_by_predicate(sample) == {
        "connects": 5,
        "memberOf": 2,
        "builtBy": 1,
        "landsAt": 1,
        "partOf": 1,
    }


def test_top_by_degree_ranks_the_cables_first(sample: nx.MultiDiGraph) -> None:
    top = top_by_degree(sample, 3)
    assert [row["score"] for row in top] == [4, 4, 3]
    assert {row["label_zh"] for row in top[:2]} == {"中巴跨境光缆", "和平海缆"}
    assert top[2]["label"] == "Pakistan"


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_pagerank_agrees_with_networkx(seed: int) -> None:
    rng = random.Random(seed)
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(range(30))
    graph.add_edges_from((rng.randrange(30), rng.randrange(30)) for _ in range(70))
    ours = pagerank(graph)
    reference = _pagerank_python(graph, tol=1e-13, max_iter=2000)
    assert ours.keys() == reference.keys()
    assert max(abs(ours[n] - reference[n]) for n in ours) < 1e-6


def test_betweenness_is_exact_below_the_limit_and_sampled_above() -> None:
    graph = nx.path_graph(40, create_using=nx.MultiDiGraph)
    exact = betweenness(graph)
    assert exact == pytest.approx(nx.betweenness_centrality(nx.path_graph(40)))
    sampled = betweenness(graph, exact_limit=10, seed=3)
    assert max(sampled, key=lambda n: sampled[n]) in range(12, 28)
    assert sampled == betweenness(graph, exact_limit=10, seed=3)


def test_communities_split_two_cliques_and_are_repeatable() -> None:
    graph = nx.MultiDiGraph()
    graph.add_edges_from((a, b) for a in range(5) for b in range(5) if a < b)
    graph.add_edges_from((a, b) for a in range(5, 11) for b in range(5, 11) if a < b)
    graph.add_edge(0, 5)
    found = communities(graph, seed=7)
    assert found == [set(range(5, 11)), set(range(5))]
    assert found == communities(graph, seed=7)


def test_components_count_isolated_entities(sample: nx.MultiDiGraph) -> None:
    assert components(sample) == {"count": 2, "sizes": [10, 1], "isolated": 1}


def test_summarize_is_json_ready(sample: nx.MultiDiGraph) -> None:
    summary = json.loads(json.dumps(summarize(sample, top=3), ensure_ascii=False))
    assert summary["entities"] == 11
    assert summary["relations"] == 10
    assert summary["documents"] == 3
    assert len(summary["top_pagerank"]) == 3
    assert summary["top_pagerank"][0]["label"] == "Shanghai Cooperation Organisation"
    assert summary["communities"]["count"] >= 3
    assert sum(c["size"] for c in summary["communities"]["largest"]) <= 11


def test_analytics_doctests_pass() -> None:
    failures, tests = doctest.testmod(kg.analytics)
    assert tests > 0
    assert failures == 0


@pytest.mark.parametrize("source", ["memory", "store"])
def test_to_networkx_reads_the_oxigraph_store_natively_with_the_same_result(
    sample: nx.MultiDiGraph, tmp_path: Path, source: str
) -> None:
    from kg.rdf import PREFIXES
    from kg.store import load, memory_dataset, write_outputs

    graph_name = URIRef("https://w3id.org/kg-dsr/doc/doc-en-peace")
    quads = [(s, p, o, graph_name) for s, p, o in synthetic.sample_graph()]
    if source == "memory":
        dataset = memory_dataset(quads)
    else:
        write_outputs(quads, tmp_path, prefixes={k: str(v) for k, v in PREFIXES.items()})
        dataset = load(tmp_path)
    native = to_networkx(dataset)
    assert dict(native.nodes(data=True)) == dict(sample.nodes(data=True))
    assert list(native.edges(keys=True, data=True)) == list(sample.edges(keys=True, data=True))
    assert native.graph == sample.graph
