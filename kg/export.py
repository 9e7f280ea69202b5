"""``kg export OUT --format …``: the graph of a build in the format another tool wants.

======== ======================================================================================
format   what is written
======== ======================================================================================
turtle   the union of the documents' graphs as one graph, each triple once (as ``graph.ttl``)
trig     one named graph per document (as ``graph.trig``)
nquads   one named graph per document, one quad per line: the easiest to stream or ``grep``
jsonld   JSON-LD (expanded), one named graph per document
graphml  the entity graph for Gephi, Cytoscape, yEd: nodes are entities, edges the 17 relations
gexf     the same entity graph in Gephi's native format
csv      the entity-relation edge list, one row per relation triple (columns below)
======== ======================================================================================

The RDF formats are written by pyoxigraph straight from the store. GraphML and GEXF come from
``kg.analytics.to_networkx(…, flat=True)``: node attributes ``label``, ``label_en``, ``label_zh``,
``cls``, ``aliases``, ``wikidata``, ``lang``, ``facts`` and ``evidence`` (JSON text),
``evidence_count``; edge attributes ``predicate``, ``evidence`` (JSON text), ``evidence_count``.

The CSV columns (UTF-8 with a byte-order mark, so that spreadsheet programs show Chinese):

==================== =========================================================================
subject              the subject entity's IRI
subject_label_en     its English label (empty when it has none)
subject_label_zh     its Chinese label (empty when it has none)
subject_class        its class: Country, Organization, Initiative, Project, Agreement, …
predicate            the relation: memberOf, partOf, connects, builtBy, …
object               the object entity's IRI
object_label_en      its English label
object_label_zh      its Chinese label
object_class         its class
evidence_count       how many sentences state the relation
documents            the IRIs of the documents that state it, separated by spaces
==================== =========================================================================
"""

from __future__ import annotations

import csv
import io
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

import pyoxigraph

from kg.errors import OutputError
from kg.store import default_prefixes, load, named_quads, open_store, write_turtle

log = logging.getLogger(__name__)

EXPORT_FORMATS: dict[str, str] = {
    "turtle": ".ttl",
    "trig": ".trig",
    "nquads": ".nq",
    "jsonld": ".jsonld",
    "graphml": ".graphml",
    "gexf": ".gexf",
    "csv": ".csv",
}
"""The formats of ``kg export``, with the file extension of each."""

CSV_COLUMNS = (
    "subject",
    "subject_label_en",
    "subject_label_zh",
    "subject_class",
    "predicate",
    "object",
    "object_label_en",
    "object_label_zh",
    "object_class",
    "evidence_count",
    "documents",
)

_DATASET_FORMATS = {
    "trig": pyoxigraph.RdfFormat.TRIG,
    "nquads": pyoxigraph.RdfFormat.N_QUADS,
    "jsonld": pyoxigraph.RdfFormat.JSON_LD,
}


def export(out: Path | str, fmt: str, destination: Path | IO[bytes]) -> None:
    """Write the graph of the build in ``out`` as ``fmt`` to ``destination`` (a path or a binary stream)."""
    if fmt not in EXPORT_FORMATS:
        raise OutputError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    try:
        if fmt in _DATASET_FORMATS:
            target = str(destination) if isinstance(destination, Path) else destination
            quads = named_quads(open_store(out))
            pyoxigraph.serialize(quads, target, format=_DATASET_FORMATS[fmt], prefixes=default_prefixes())
        elif fmt == "turtle":
            write_turtle(open_store(out), destination, default_prefixes())
        elif fmt == "csv":
            _write_bytes(destination, edge_list(out).encode("utf-8-sig"))
        else:
            _write_network(out, fmt, destination)
    except OSError as error:
        raise OutputError(f"cannot write the {fmt} export to {destination}: {error}") from error
    log.info("exported %s as %s", out, fmt)


def _write_bytes(destination: Path | IO[bytes], data: bytes) -> None:
    if isinstance(destination, Path):
        destination.write_bytes(data)
    else:
        destination.write(data)


def _write_network(out: Path | str, fmt: str, destination: Path | IO[bytes]) -> None:
    import networkx as nx

    from kg.analytics import to_networkx

    graph = to_networkx(load(out), flat=True)
    if fmt == "graphml":
        nx.write_graphml(graph, destination, encoding="utf-8")
    else:
        # GEXF has no graph-level attributes of ours; the documents stay in GraphML and RDF.
        graph.graph.pop("documents", None)
        nx.write_gexf(graph, destination, encoding="utf-8")


def edge_list(out: Path | str) -> str:
    """The CSV edge list of the build in ``out`` (columns: ``CSV_COLUMNS``, described above)."""
    from kg.analytics import to_networkx

    graph = to_networkx(load(out))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for subject, obj, data in sorted(
        graph.edges(data=True), key=lambda edge: (edge[0], str(edge[2].get("predicate")), edge[1])
    ):
        evidence: list[Mapping[str, Any]] = data.get("evidence", [])
        documents = sorted({str(item["doc"]) for item in evidence if item.get("doc")})
        writer.writerow(
            [
                subject,
                *_describe(graph.nodes[subject]),
                data.get("predicate", ""),
                obj,
                *_describe(graph.nodes[obj]),
                len(evidence),
                " ".join(documents),
            ]
        )
    return buffer.getvalue()


def _describe(node: Mapping[str, Any]) -> tuple[str, str, str]:
    labels: Mapping[str, str] = node.get("labels", {})
    return labels.get("en", ""), labels.get("zh", ""), str(node.get("cls", ""))
