"""Cut a graph down to what the analyst asked about: the neighbourhood of a name, or a SPARQL answer."""

from __future__ import annotations

import difflib
import logging
import unicodedata
from collections.abc import Hashable, Iterable

import networkx as nx
from rdflib import Graph, URIRef

from kg.analytics import RELATIONS, to_networkx
from kg.errors import QueryError

log = logging.getLogger(__name__)


def _normal(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _names(data: dict[str, object]) -> Iterable[str]:
    labels = data.get("labels") or {}
    aliases = data.get("aliases") or []
    yield from labels.values() if isinstance(labels, dict) else ()
    yield from (alias[0] for alias in aliases) if isinstance(aliases, list) else ()


def find_entities(nxg: nx.MultiDiGraph, name: str) -> list[Hashable]:
    """The entities called ``name`` (a zh or en label or alias, NFKC and case-folded) or with that IRI."""
    wanted = _normal(name)
    return [
        node
        for node, data in nxg.nodes(data=True)
        if str(node) == name or any(_normal(label) == wanted for label in _names(data))
    ]


def _subgraph(nxg: nx.MultiDiGraph, nodes: Iterable[Hashable]) -> nx.MultiDiGraph:
    cut: nx.MultiDiGraph = nxg.subgraph(nodes).copy()
    cut.graph.update(nxg.graph)
    return cut


def focus_subgraph(nxg: nx.MultiDiGraph, name: str, hops: int = 2) -> nx.MultiDiGraph:
    """The entities within ``hops`` relations (either direction) of the entity called ``name``.

    >>> g = nx.MultiDiGraph()
    >>> g.add_node("pk", labels={"zh": "巴基斯坦", "en": "Pakistan"})
    >>> for a, b in [("cable", "pk"), ("cable", "cn"), ("cn", "sco"), ("sco", "far")]:
    ...     _ = g.add_edge(a, b, key="connects")
    >>> sorted(focus_subgraph(g, "巴基斯坦", hops=2).nodes)
    ['cable', 'cn', 'pk']
    """
    if hops < 0:
        raise ValueError(f"hops must be 0 or more, not {hops}")
    seeds = find_entities(nxg, name)
    if not seeds:
        names = sorted({label for _, data in nxg.nodes(data=True) for label in _names(data)})
        close = difflib.get_close_matches(name, names, n=5, cutoff=0.5)
        hint = (
            f"; did you mean {', '.join(close)}?"
            if close
            else "; check the spelling (a zh or en name or alias)"
        )
        raise QueryError(f"no entity is called {name!r} in the graph{hint}")
    undirected = nxg.to_undirected(as_view=True)
    keep: set[Hashable] = set()
    for seed in seeds:
        keep.update(nx.single_source_shortest_path_length(undirected, seed, cutoff=hops))
    log.info("focus on %s: %d entities within %d hops", name, len(keep), hops)
    return _subgraph(nxg, keep)


def query_subgraph(graph: Graph, text: str, nxg: nx.MultiDiGraph | None = None) -> nx.MultiDiGraph:
    """The part of the graph a SPARQL query names.

    A CONSTRUCT (or DESCRIBE) gives the entities it mentions and the relation triples it
    builds between them (with their evidence when the graph asserts them); a SELECT gives every
    entity bound in its rows, with the relations among them. ``nxg`` is ``to_networkx(graph)``,
    passed in when the caller has it already.
    """
    from kg.rdf import PREFIXES

    full = nxg if nxg is not None else to_networkx(graph)
    try:
        result = graph.query(text, initNs={prefix: str(ns) for prefix, ns in PREFIXES.items()})
    except Exception as error:  # rdflib and pyparsing raise many unrelated types for a bad query
        raise QueryError(
            f"the query given to kg view failed: {error}; check its syntax and prefixes"
        ) from error
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        built = result.graph
        if built is None:
            raise QueryError("the CONSTRUCT query returned no graph")
        triples = list(built.triples((None, None, None)))
        nodes = {str(t) for s, _, o in triples for t in (s, o) if isinstance(t, URIRef)}
        nodes &= set(full.nodes)
        cut = nx.MultiDiGraph(**full.graph)
        cut.add_nodes_from((node, full.nodes[node]) for node in sorted(nodes))
        for subject, predicate, obj in triples:
            relation = RELATIONS.get(predicate)
            if relation and str(subject) in nodes and str(obj) in nodes:
                data = full.get_edge_data(str(subject), str(obj), key=relation) or {
                    "predicate": relation,
                    "evidence": [],
                }
                cut.add_edge(str(subject), str(obj), key=relation, **data)
    elif result.type == "SELECT":
        rows = [row for row in result if isinstance(row, tuple)]
        nodes = {str(value) for row in rows for value in row if isinstance(value, URIRef)} & set(full.nodes)
        cut = _subgraph(full, nodes)
    else:
        raise QueryError(f"kg view --query needs a CONSTRUCT or a SELECT query, not {result.type}")
    if cut.number_of_nodes() == 0:
        raise QueryError(
            "the query names no entity of the graph: nothing to draw; check what it returns with kg query"
        )
    return cut
