"""Subgraph views: the neighbourhood of a zh or en name, and the answer of a SPARQL query."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Graph

from kg.errors import QueryError
from kg.iris import entity_iri
from kg.view import find_entities, focus_subgraph, query_subgraph


def _ids(graph: nx.MultiDiGraph) -> set[str]:
    prefix = str(entity_iri(""))
    return {str(node).removeprefix(prefix) for node in graph.nodes}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("巴基斯坦", {"country/pk"}),
        ("Pakistan", {"country/pk"}),
        ("上合组织", {"sco"}),
        ("shanghai  cooperation organisation", {"sco"}),
        ("ＰＫＦＯＰ", {"pkfop"}),
        ("中巴跨境光缆项目", {"pkfop"}),
    ],
)
def test_find_entities_matches_labels_and_aliases_in_both_languages(
    sample_nx: nx.MultiDiGraph, name: str, expected: set[str]
) -> None:
    assert _ids(sample_nx.subgraph(find_entities(sample_nx, name))) == expected


@pytest.mark.parametrize(
    ("name", "hops", "expected"),
    [
        ("巴基斯坦", 1, {"country/pk", "pkfop", "peace", "sco"}),
        ("Pakistan", 1, {"country/pk", "pkfop", "peace", "sco"}),
        ("Marseille", 1, {"place/marseille", "peace"}),
        ("数字丝绸之路", 0, {"dsr"}),
        ("数字丝绸之路", 2, {"dsr", "pkfop", "country/cn", "country/pk", "place/红其拉甫"}),
    ],
)
def test_focus_subgraph_keeps_entities_within_hops(
    sample_nx: nx.MultiDiGraph, name: str, hops: int, expected: set[str]
) -> None:
    cut = focus_subgraph(sample_nx, name, hops)
    assert _ids(cut) == expected
    assert cut.graph["documents"] == sample_nx.graph["documents"]


def test_focus_subgraph_suggests_close_names(sample_nx: nx.MultiDiGraph) -> None:
    with pytest.raises(QueryError, match=r"did you mean.*Pakistan"):
        focus_subgraph(sample_nx, "Pakistn")


def test_query_subgraph_draws_what_a_construct_builds(sample_rdf: Graph, sample_nx: nx.MultiDiGraph) -> None:
    query = (
        "CONSTRUCT { ?cable kgo:connects ?country } "
        "WHERE { ?cable kgo:connects ?country . ?country a kgo:Country }"
    )
    cut = query_subgraph(sample_rdf, query, sample_nx)
    assert _ids(cut) == {"pkfop", "peace", "country/cn", "country/pk", "country/fr"}
    assert cut.number_of_edges() == 4
    edge = cut.edges[str(entity_iri("pkfop")), str(entity_iri("country/pk")), "connects"]
    assert edge["evidence"]


def test_query_subgraph_draws_the_entities_a_select_binds(sample_rdf: Graph) -> None:
    query = 'SELECT ?member WHERE { ?member kgo:memberOf ?org . ?org rdfs:label "上海合作组织"@zh }'
    cut = query_subgraph(sample_rdf, query)
    assert _ids(cut) == {"country/cn", "country/pk"}
    assert cut.number_of_edges() == 0


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("ASK { ?s ?p ?o }", "CONSTRUCT or a SELECT"),
        ("SELECT ?x WHERE { ?x kgo:memberOf }", "failed"),
        ('SELECT ?x WHERE { ?x rdfs:label "不存在"@zh }', "no entity"),
    ],
)
def test_query_subgraph_reports_unusable_queries(sample_rdf: Graph, query: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        query_subgraph(sample_rdf, query)
