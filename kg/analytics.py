"""RDF → networkx, and the analytics an analyst asks of a graph: pure functions, graph in, dict out.

``to_networkx`` turns the RDF of ``docs/architecture.md`` ("The RDF shape") into a
``networkx.MultiDiGraph``: one node per entity (its IRI), one edge per relation triple, keyed
by the predicate's local name. Everything else (evidence, facts, documents) rides along as
attributes, read with a handful of predicate scans rather than one query per node, so a graph
of 10,000 entities converts in about a second.

The measures work on any networkx graph whose nodes may carry ``cls`` and ``labels``:

>>> g = nx.MultiDiGraph()
>>> g.add_node("cable", cls="Project", labels={"en": "PEACE cable", "zh": "和平海缆"})
>>> g.add_node("pk", cls="Country", labels={"en": "Pakistan", "zh": "巴基斯坦"})
>>> g.add_node("fr", cls="Country", labels={"en": "France", "zh": "法国"})
>>> _ = g.add_edge("cable", "pk", key="connects", predicate="connects")
>>> _ = g.add_edge("cable", "fr", key="connects", predicate="connects")
>>> count_by_class(g)
{'Country': 2, 'Project': 1}
>>> count_by_predicate(g)
{'connects': 2}
>>> [(row["label"], row["score"]) for row in top_by_degree(g, 1)]
[('PEACE cable', 2)]
>>> components(g)["count"]
1
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

import networkx as nx
import numpy as np
from rdflib import (
    OWL,
    RDF,
    RDFS,
    SKOS,
    XSD,
    BNode,
    ConjunctiveGraph,
    Dataset,
    Graph,
    Literal,
    Namespace,
    URIRef,
)
from rdflib.namespace import DCTERMS, PROV
from rdflib.term import Node

from kg.model import EntityClass, Predicate
from kg.ontology.vocab import KGO

log = logging.getLogger(__name__)

SCHEMA = Namespace("https://schema.org/")
SCHEMA_HTTP = Namespace("http://schema.org/")

ENTITY_CLASSES: dict[Node, str] = {KGO[c.value]: c.value for c in EntityClass}
RELATIONS: dict[Node, str] = {KGO[p.value]: p.value for p in Predicate}

BETWEENNESS_EXACT_LIMIT = 500
"""Above this many nodes, betweenness is estimated from a seeded sample of source nodes."""

BETWEENNESS_BUDGET = 200_000
"""Sampled sources x nodes: about 3 s of networkx's pure-Python BFS (32 sources at 10,000 nodes)."""

_WIKIDATA_ID = re.compile(r"(Q\d+)$")
_XSD_STRING = str(XSD.string)


def _local_name(term: Node) -> str:
    return re.split(r"[#/]", str(term))[-1]


class _OxigraphReader:
    """Reads an Oxigraph store (``kg.store``) natively, for ``to_networkx``.

    Through oxrdflib every quad comes with an rdflib ``Graph`` built for its context, which made
    a 10,000-entity graph take 40 s. Here terms are converted once each (they recur: an evidence
    node is the subject of ten triples, offsets and confidences repeat), and when the default
    graph is not empty it holds the merge of the named graphs (as kg.store writes it): only it is read.
    """

    def __init__(self, store: Any) -> None:
        import pyoxigraph

        self._ox = pyoxigraph
        self._store = store
        self._terms: dict[Any, Node] = {}
        # kg.store keeps the merge of the named graphs as the default graph: when there is one,
        # it is all there is to read, once.
        merged = bool(store.query("ASK { ?s ?p ?o }"))
        self._graph = pyoxigraph.DefaultGraph() if merged else None

    def _term(self, term: Any) -> Node:
        found = self._terms.get(term)
        if found is None:
            if isinstance(term, self._ox.NamedNode):
                found = URIRef(term.value)
            elif isinstance(term, self._ox.Literal):
                datatype = term.datatype.value
                if term.language:
                    found = Literal(term.value, lang=term.language)
                else:
                    typed = None if datatype == _XSD_STRING else URIRef(datatype)
                    found = Literal(term.value, datatype=typed)
            else:
                found = BNode(term.value)
            self._terms[term] = found
        return found

    def scan(self, predicate: Node, obj: Node | None) -> Iterator[tuple[Node, Node, Node]]:
        wanted = None if obj is None else self._ox.NamedNode(str(obj))
        pattern = self._ox.NamedNode(str(predicate))
        for quad in self._store.quads_for_pattern(None, pattern, wanted, self._graph):
            yield self._term(quad.subject), predicate, self._term(quad.object)


Scan = Callable[[Node, Node | None], Iterator[tuple[Node, Node, Node]]]
"""The triples of one predicate (and object, when given), across every graph of the input."""


def _rdflib_scan(graph: Graph) -> Scan:
    def scan(predicate: Node, obj: Node | None) -> Iterator[tuple[Node, Node, Node]]:
        if isinstance(graph, ConjunctiveGraph):
            for subject, found, value, _ in graph.quads((None, predicate, obj, None)):
                yield subject, found, value
        else:
            yield from graph.triples((None, predicate, obj))

    return scan


def _typed(scan: Scan, cls: Node) -> list[Node]:
    return sorted({subject for subject, _, _ in scan(RDF.type, cls)}, key=str)


def _objects(scan: Scan, predicate: Node) -> dict[Node, list[Node]]:
    """Every (subject → objects) of one predicate: one scan, duplicates across named graphs removed,
    objects in a stable order whatever order the store returns them in."""
    found: dict[Node, list[Node]] = defaultdict(list)
    seen: set[tuple[Node, Node]] = set()
    for subject, _, obj in scan(predicate, None):
        if (subject, obj) not in seen:
            seen.add((subject, obj))
            found[subject].append(obj)
    for objects in found.values():
        if len(objects) > 1:
            objects.sort(key=str)
    return found


def _first(values: Mapping[Node, list[Node]], subject: Node) -> Node | None:
    items = values.get(subject)
    return items[0] if items else None


def _text(term: Node | None) -> str | None:
    return None if term is None else str(term)


def _integer(term: Node | None) -> int | None:
    if isinstance(term, Literal):
        try:
            return int(str(term))
        except ValueError:
            return None
    return None


def _number(term: Node | None) -> float | None:
    if isinstance(term, Literal):
        try:
            return float(Decimal(str(term)))
        except (InvalidOperation, ValueError):
            return None
    return None


def _lang_of(term: Node | None) -> str | None:
    if isinstance(term, Literal) and term.language:
        return term.language.split("-")[0].lower()
    return None


def _read_documents(scan: Scan) -> dict[str, dict[str, str | None]]:
    titles = _objects(scan, DCTERMS.title)
    dates = _objects(scan, DCTERMS.date)
    sources = _objects(scan, DCTERMS.source)
    publishers = _objects(scan, DCTERMS.publisher)
    languages = _objects(scan, DCTERMS.language)
    documents: dict[str, dict[str, str | None]] = {}
    for doc in _typed(scan, KGO.Document):
        documents[str(doc)] = {
            "title": _text(_first(titles, doc)),
            "date": _text(_first(dates, doc)),
            "source": _text(_first(sources, doc)),
            "publisher": _text(_first(publishers, doc)),
            "language": _text(_first(languages, doc)),
        }
    return documents


def _read_evidence(
    scan: Scan, documents: Mapping[str, Mapping[str, str | None]]
) -> dict[Node, dict[str, Any]]:
    subjects = _objects(scan, RDF.subject)
    predicates = _objects(scan, RDF.predicate)
    objects = _objects(scan, RDF.object)
    derived = _objects(scan, PROV.wasDerivedFrom)
    sentences = _objects(scan, KGO.sentence)
    starts = _objects(scan, KGO.startOffset)
    ends = _objects(scan, KGO.endOffset)
    confidences = _objects(scan, KGO.confidence)
    rules = _objects(scan, KGO.rule)
    extractors = _objects(scan, KGO.extractor)
    evidence: dict[Node, dict[str, Any]] = {}
    for node in _typed(scan, KGO.Evidence):
        sentence = _first(sentences, node)
        doc = _text(_first(derived, node))
        lang = _lang_of(sentence) or (documents.get(doc or "", {}).get("language") if doc else None)
        evidence[node] = {
            "subject": _first(subjects, node),
            "predicate": _first(predicates, node),
            "object": _first(objects, node),
            "item": {
                "sentence": _text(sentence) or "",
                "lang": lang,
                "doc": doc,
                "start": _integer(_first(starts, node)),
                "end": _integer(_first(ends, node)),
                "confidence": _number(_first(confidences, node)),
                "rule": _text(_first(rules, node)),
                "extractor": _text(_first(extractors, node)),
            },
        }
    return evidence


def _read_facts(scan: Scan) -> dict[Node, dict[str, Any]]:
    attributes = _objects(scan, KGO.attribute)
    dates = _objects(scan, KGO.date)
    end_dates = _objects(scan, KGO.endDate)
    precisions = _objects(scan, KGO.precision)
    currencies = _objects(scan, KGO.currency)
    approximate = _objects(scan, KGO.approximate)
    values = _objects(scan, SCHEMA.value) | _objects(scan, SCHEMA_HTTP.value)
    units = _objects(scan, SCHEMA.unitText) | _objects(scan, SCHEMA_HTTP.unitText)
    facts: dict[Node, dict[str, Any]] = {}
    for node in _typed(scan, KGO.Fact):
        value = _first(values, node)
        flag = _first(approximate, node)
        facts[node] = {
            "attribute": _text(_first(attributes, node)) or "",
            "date": _text(_first(dates, node)),
            "end_date": _text(_first(end_dates, node)),
            "precision": _text(_first(precisions, node)),
            "value": _text(value),
            "unit": _text(_first(units, node)),
            "currency": _text(_first(currencies, node)),
            "approximate": isinstance(flag, Literal) and bool(flag.toPython()),
            "evidence": [],
        }
    return facts


def _names(
    scan: Scan, entities: Iterable[Node]
) -> tuple[dict[Node, dict[str, str]], dict[Node, list[tuple[str, str]]]]:
    """Preferred label per language, and every other name (text, language) as an alias."""
    wanted = set(entities)
    labels: dict[Node, dict[str, str]] = defaultdict(dict)
    aliases: dict[Node, list[tuple[str, str]]] = defaultdict(list)
    named: list[tuple[Node, Node]] = []
    for predicate in (SKOS.prefLabel, RDFS.label):
        named.extend((s, o) for s, o in _sorted_pairs(scan, predicate) if s in wanted)
    for subject, name in named:
        lang = _lang_of(name) or ""
        if lang not in labels[subject]:
            labels[subject][lang] = str(name)
        elif labels[subject][lang] != str(name):
            aliases[subject].append((str(name), lang))
    for subject, name in _sorted_pairs(scan, SKOS.altLabel):
        if subject in wanted:
            aliases[subject].append((str(name), _lang_of(name) or ""))
    for subject, items in aliases.items():
        preferred = set(labels[subject].values())
        aliases[subject] = sorted({item for item in items if item[0] not in preferred})
    return labels, aliases


def _sorted_pairs(scan: Scan, predicate: Node) -> list[tuple[Node, Node]]:
    """The distinct (subject, object) pairs of one predicate, in a stable order."""
    pairs = {(s, o) for s, _, o in scan(predicate, None)}
    return sorted(pairs, key=lambda pair: (str(pair[0]), str(pair[1]), _lang_of(pair[1]) or ""))


def to_networkx(graph: Graph, *, flat: bool = False) -> nx.MultiDiGraph:
    """One node per entity (id: its IRI), one edge per relation triple (key: the predicate).

    Node attributes: ``cls`` (class local name), ``labels`` ({lang: label}), ``aliases``
    ([(name, lang)]), ``wikidata`` (a Q-id or None), ``facts`` (dicts with attribute, date or
    value/unit/currency, and their evidence), ``evidence`` (the entity's own evidence: mentions,
    facts) and ``lang`` (the language of most sentences it was seen in, or None). Edge
    attributes: ``predicate`` and ``evidence``. Evidence items name their document by IRI; the
    documents (title, date, source, publisher, language) are in ``graph.graph["documents"]``.

    ``flat=True`` returns scalar attributes only (JSON strings for the nested ones), which
    GraphML and GEXF can write.
    """
    from kg.store import oxigraph_store

    native = oxigraph_store(graph) if isinstance(graph, Dataset) else None
    scan: Scan = _OxigraphReader(native).scan if native is not None else _rdflib_scan(graph)
    nxg = _build(scan)
    log.info("to_networkx: %d entities, %d relation edges", nxg.number_of_nodes(), nxg.number_of_edges())
    return flatten(nxg) if flat else nxg


def _build(scan: Scan) -> nx.MultiDiGraph:
    types = _objects(scan, RDF.type)
    classes: dict[Node, str] = {}
    for subject, kinds in types.items():
        names = sorted(ENTITY_CLASSES[k] for k in kinds if k in ENTITY_CLASSES)
        if names:
            classes[subject] = names[0]
    documents = _read_documents(scan)
    evidence = _read_evidence(scan, documents)
    facts = _read_facts(scan)
    labels, aliases = _names(scan, classes)
    same_as = _objects(scan, OWL.sameAs)
    fact_links = _objects(scan, KGO.fact)

    nxg = nx.MultiDiGraph(documents=documents)
    for entity in sorted(classes, key=str):
        wikidata = next(
            (m.group(1) for m in (_WIKIDATA_ID.search(str(o)) for o in same_as.get(entity, ())) if m), None
        )
        nxg.add_node(
            str(entity),
            cls=classes[entity],
            labels=dict(sorted(labels.get(entity, {}).items())),
            aliases=aliases.get(entity, []),
            wikidata=wikidata,
            facts=sorted(
                (facts[f] for f in fact_links.get(entity, ()) if f in facts),
                key=lambda fact: (fact["attribute"], fact["date"] or "", fact["value"] or ""),
            ),
            evidence=[],
            lang=None,
        )
    for predicate, name in RELATIONS.items():
        for subject, obj in _sorted_pairs(scan, predicate):
            if subject in classes and obj in classes:
                nxg.add_edge(str(subject), str(obj), key=name, predicate=name, evidence=[])

    seen_langs: dict[str, Counter[str]] = defaultdict(Counter)
    for record in sorted(evidence.values(), key=lambda r: (r["item"]["doc"] or "", r["item"]["start"] or 0)):
        item = record["item"]
        subject, predicate, obj = record["subject"], record["predicate"], record["object"]
        relation = RELATIONS.get(predicate) if predicate is not None else None
        ends = [str(x) for x in (subject, obj) if x in classes]
        if relation and nxg.has_edge(str(subject), str(obj), key=relation):
            nxg.edges[str(subject), str(obj), relation]["evidence"].append(item)
        elif subject in classes:
            nxg.nodes[str(subject)]["evidence"].append({**item, "about": _local_name(predicate or RDF.type)})
            if obj in facts:
                facts[obj]["evidence"].append(item)
        for end in ends:
            if item["lang"] in ("zh", "en"):
                seen_langs[end][item["lang"]] += 1
    for node, counts in seen_langs.items():
        nxg.nodes[node]["lang"] = counts.most_common(1)[0][0]
    return nxg


def flatten(nxg: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with scalar attributes only, for GraphML and GEXF (nested values become JSON text)."""
    flat = nx.MultiDiGraph()
    flat.graph["documents"] = json.dumps(nxg.graph.get("documents", {}), ensure_ascii=False)
    for node, data in nxg.nodes(data=True):
        labels = data.get("labels", {})
        flat.add_node(
            node,
            label=entity_label(nxg, node),
            label_en=labels.get("en", ""),
            label_zh=labels.get("zh", ""),
            cls=data.get("cls", ""),
            aliases="; ".join(name for name, _ in data.get("aliases", [])),
            wikidata=data.get("wikidata") or "",
            lang=data.get("lang") or "",
            facts=json.dumps(data.get("facts", []), ensure_ascii=False),
            evidence=json.dumps(data.get("evidence", []), ensure_ascii=False),
            evidence_count=len(data.get("evidence", [])),
        )
    for subject, obj, key, data in nxg.edges(keys=True, data=True):
        flat.add_edge(
            subject,
            obj,
            key=key,
            predicate=data.get("predicate", key),
            evidence=json.dumps(data.get("evidence", []), ensure_ascii=False),
            evidence_count=len(data.get("evidence", [])),
        )
    return flat


def entity_label(nxg: nx.Graph, node: Hashable, lang: str = "en") -> str:
    """The node's label in ``lang``, else in any language, else its IRI's last segment."""
    labels: Mapping[str, str] = nxg.nodes[node].get("labels") or {}
    return labels.get(lang) or next(iter(labels.values()), None) or _local_name(URIRef(str(node)))


def count_by_class(nxg: nx.Graph) -> dict[str, int]:
    """How many entities of each class, most frequent first."""
    counts = Counter(data.get("cls", "") for _, data in nxg.nodes(data=True))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def count_by_predicate(nxg: nx.MultiDiGraph) -> dict[str, int]:
    """How many relation edges of each predicate, most frequent first."""
    counts = Counter(data.get("predicate", key) for _, _, key, data in nxg.edges(keys=True, data=True))
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def undirected(nxg: nx.Graph) -> nx.Graph:
    """The simple undirected graph beneath a multigraph; ``weight`` counts the parallel edges."""
    simple = nx.Graph()
    simple.add_nodes_from(nxg.nodes)
    for subject, obj in nxg.edges():
        if subject == obj:
            continue
        if simple.has_edge(subject, obj):
            simple[subject][obj]["weight"] += 1
        else:
            simple.add_edge(subject, obj, weight=1)
    return simple


def pagerank(
    nxg: nx.Graph, *, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200
) -> dict[Hashable, float]:
    """PageRank by power iteration over edge arrays (numpy; parallel edges count, dangling mass spread).

    Agrees with ``networkx.pagerank`` without needing scipy.

    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b")])
    >>> {k: round(v, 3) for k, v in pagerank(g).items()}
    {'a': 0.213, 'b': 0.574, 'c': 0.213}
    """
    nodes = list(nxg.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    n = len(nodes)
    pairs = [(index[u], index[v]) for u, v in nxg.edges()]
    if not nxg.is_directed():
        pairs += [(v, u) for u, v in pairs]
    src = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    dst = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    out_degree = np.bincount(src, minlength=n).astype(float)
    dangling = out_degree == 0
    safe_degree = np.where(dangling, 1.0, out_degree)
    rank = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        share = rank / safe_degree
        share[dangling] = 0.0
        updated = alpha * np.bincount(dst, weights=share[src], minlength=n)
        updated += (1.0 - alpha + alpha * rank[dangling].sum()) / n
        converged = float(np.abs(updated - rank).sum()) < n * tol
        rank = updated
        if converged:
            break
    return {node: float(rank[i]) for node, i in index.items()}


def betweenness(
    nxg: nx.Graph, *, seed: int = 0, exact_limit: int = BETWEENNESS_EXACT_LIMIT
) -> dict[Hashable, float]:
    """Normalised betweenness over the undirected simple graph.

    Exact up to ``exact_limit`` nodes; above, estimated from a seeded sample of source nodes
    (Brandes–Pich), sized so that it stays a few seconds whatever the graph.
    """
    simple = undirected(nxg)
    n = simple.number_of_nodes()
    sample = None if n <= exact_limit else min(n, max(32, BETWEENNESS_BUDGET // n))
    result: dict[Hashable, float] = nx.betweenness_centrality(simple, k=sample, seed=seed, normalized=True)
    return result


def communities(nxg: nx.Graph, *, seed: int = 0) -> list[set[Hashable]]:
    """Louvain communities of the undirected graph (seeded, so repeatable), largest first."""
    simple = undirected(nxg)
    if simple.number_of_edges() == 0:
        return sorted(({node} for node in simple.nodes), key=lambda c: str(next(iter(c))))
    found = nx.community.louvain_communities(simple, weight="weight", seed=seed)
    return sorted(found, key=lambda c: (-len(c), min(str(x) for x in c)))


def community_index(nxg: nx.Graph, *, seed: int = 0) -> dict[Hashable, int]:
    """Each node's community number (0 = the largest community)."""
    return {node: i for i, members in enumerate(communities(nxg, seed=seed)) for node in members}


def components(nxg: nx.Graph) -> dict[str, Any]:
    """Weakly connected components: how many, their sizes (largest first), how many isolated nodes."""
    sizes = sorted((len(c) for c in nx.connected_components(undirected(nxg))), reverse=True)
    return {"count": len(sizes), "sizes": sizes, "isolated": sum(1 for s in sizes if s == 1)}


def _ranked(nxg: nx.Graph, scores: Mapping[Hashable, float], top: int) -> list[dict[str, Any]]:
    ordered = sorted(scores.items(), key=lambda kv: (-kv[1], str(kv[0])))[:top]
    return [
        {
            "id": str(node),
            "label": entity_label(nxg, node),
            "label_zh": (nxg.nodes[node].get("labels") or {}).get("zh", ""),
            "cls": nxg.nodes[node].get("cls", ""),
            "score": score,
        }
        for node, score in ordered
    ]


def top_by_degree(nxg: nx.Graph, top: int = 10) -> list[dict[str, Any]]:
    """The ``top`` entities with the most relation edges (in and out, parallel edges counted)."""
    return _ranked(nxg, dict(nxg.degree()), top)


def summarize(nxg: nx.MultiDiGraph, *, top: int = 10, seed: int = 0) -> dict[str, Any]:
    """Everything ``kg stats`` shows, as plain JSON-ready data."""
    found = communities(nxg, seed=seed)
    simple = undirected(nxg)
    modularity = nx.community.modularity(simple, found, weight="weight") if simple.number_of_edges() else 0.0
    return {
        "entities": nxg.number_of_nodes(),
        "relations": nxg.number_of_edges(),
        "documents": len(nxg.graph.get("documents", {}) or {}),
        "by_class": count_by_class(nxg),
        "by_predicate": count_by_predicate(nxg),
        "top_degree": top_by_degree(nxg, top),
        "top_pagerank": _ranked(nxg, pagerank(nxg), top),
        "top_betweenness": _ranked(nxg, betweenness(nxg, seed=seed), top),
        "communities": {
            "count": len(found),
            "modularity": round(modularity, 4),
            "largest": [
                {
                    "size": len(members),
                    "members": [r["label"] for r in top_by_degree(nxg.subgraph(members), 5)],
                }
                for members in found[:top]
            ],
        },
        "components": components(nxg),
    }
