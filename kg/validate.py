"""SHACL validation of a kg graph over ``kg/ontology/shapes.ttl``.

The shapes run on the union of the named graphs, without inference (they rely on asserted types
only). Two choices keep validation fast enough to run on every build:

- The core constraints run in pySHACL. It costs about 0.1 ms per triple, so a dataset larger
  than ``max_triples`` is validated on a sample of whole documents (named graphs, chosen by a
  hash of their IRI, so the same build gives the same sample). Each document's graph holds the
  types and labels of the entities it mentions and the evidence of its statements, so a sample
  is a faithful, self-contained part of the whole. ``max_triples=None`` validates everything.
- SPARQL-based constraints run once over the whole data graph in Oxigraph instead of once per
  focus node in pySHACL (which re-parses the query for each node: about 0.2 s a node). The shapes
  are written so that both give the same results (see the header of ``shapes.ttl``).

>>> report = validate(to_dataset(graph))      # doctest: +SKIP
>>> print(report.summary())                   # doctest: +SKIP
"""

from __future__ import annotations

import functools
import logging
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID, ConjunctiveGraph, Dataset
from rdflib.namespace import RDF, RDFS, SH, XSD
from rdflib.term import Node

from kg.errors import ValidationError
from kg.iris import digest
from kg.rdf import PREFIXES

if TYPE_CHECKING:
    import pyoxigraph

log = logging.getLogger(__name__)

DEFAULT_MAX_TRIPLES = 50_000
"""Above this many triples, pySHACL checks a sample of documents (about 5 s on one core)."""

SHAPES_PREFIX = "kgs"
SHAPES_NAMESPACE = "https://w3id.org/kg-dsr/shapes#"


@dataclass(frozen=True, slots=True)
class Violation:
    """One SHACL result: which node broke which shape, on which path, with which value, and why."""

    focus: str
    path: str | None
    message: str
    severity: str
    shape: str
    value: str | None = None
    focus_label: str | None = None


@dataclass(frozen=True, slots=True)
class ValidationReport:
    """The outcome of validating a graph: whether it conforms, every violation, and what was checked."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int = 0
    seconds: float = 0.0
    graphs: int = 0
    graphs_checked: int = 0

    @property
    def sampled(self) -> bool:
        """True when only some of the named graphs (documents) were checked."""
        return self.graphs_checked < self.graphs

    def counts(self) -> dict[str, int]:
        """Violations per shape, most frequent first."""
        return dict(Counter(v.shape for v in self.violations).most_common())

    def summary(self, examples: int = 3) -> str:
        """A short, readable report: counts per shape, then the first few violations of each."""
        scope = f"{self.triples:,} triples"
        if self.sampled:
            scope += f" of a sample of {self.graphs_checked:,}/{self.graphs:,} documents"
        head = f"{scope} checked in {self.seconds:.1f} s"
        if self.conforms:
            return f"SHACL: conforms ({head})"
        counts = self.counts()
        lines = [f"SHACL: {len(self.violations)} violations of {len(counts)} shapes ({head})"]
        for shape, count in counts.items():
            found = [v for v in self.violations if v.shape == shape]
            lines.append(f"  {shape} [{found[0].severity}] {count}× {found[0].message}")
            lines += [f"    {_describe(violation)}" for violation in found[:examples]]
            if count > examples:
                lines.append(f"    … and {count - examples} more")
        return "\n".join(lines)


def _describe(violation: Violation) -> str:
    parts = [violation.focus]
    if violation.focus_label:
        parts.append(f"({violation.focus_label})")
    if violation.path:
        parts.append(violation.path)
    if violation.value is not None and violation.value != violation.focus:
        parts.append(violation.value)
    return " ".join(parts)


@dataclass(frozen=True, slots=True)
class _SparqlConstraint:
    shape: URIRef
    query: str
    message: str
    severity: str


@dataclass(frozen=True, slots=True)
class _Shapes:
    core: Graph
    sparql: tuple[_SparqlConstraint, ...]


@functools.cache
def _shapes() -> _Shapes:
    """The shapes file, split into the core shapes (for pySHACL) and the SPARQL constraints."""
    try:
        text = resources.files("kg.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")
        shapes = Graph().parse(data=text, format="turtle")
    except (OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            f"cannot load the SHACL shapes kg/ontology/shapes.ttl: {error}; reinstall kg or fix the file"
        ) from error
    constraints = []
    for shape, node in shapes.subject_objects(SH.sparql):
        select = shapes.value(node, SH.select)
        if not isinstance(shape, URIRef) or select is None:
            raise ValidationError(
                f"kg/ontology/shapes.ttl: the SPARQL constraint of {shape} needs an IRI and sh:select"
            )
        prefixes = "".join(
            f"PREFIX {shapes.value(declared, SH.prefix)}: <{shapes.value(declared, SH.namespace)}>\n"
            for owner in shapes.objects(node, SH.prefixes)
            for declared in shapes.objects(owner, SH.declare)
        )
        severity = shapes.value(shape, SH.severity) or SH.Violation
        constraints.append(
            _SparqlConstraint(
                shape=shape,
                query=prefixes + str(select),
                message=str(
                    shapes.value(node, SH.message) or shapes.value(shape, SH.message) or "SPARQL constraint"
                ),
                severity=str(severity).rsplit("#", 1)[-1],
            )
        )
        shapes.remove((shape, SH.sparql, node))
    return _Shapes(core=shapes, sparql=tuple(constraints))


def _named_graphs(dataset: ConjunctiveGraph) -> list[Graph]:
    # kg.store also keeps the merge of the named graphs as the default graph: reading it too
    # would validate every triple twice.
    graphs = dataset.graphs() if isinstance(dataset, Dataset) else dataset.contexts()
    named = [graph for graph in graphs if graph.identifier != DATASET_DEFAULT_GRAPH_ID]
    return sorted(named, key=lambda graph: digest(graph.identifier))


def _plain(term: Node) -> Node:
    """An xsd:string literal as a simple literal: the same in RDF 1.1, not to rdflib's ``==``
    (stores such as Oxigraph return "en"^^xsd:string where the shapes say "en")."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _data_graph(graph: Graph, max_triples: int | None) -> tuple[Graph, int, int]:
    """The graph to validate, the number of named graphs, and how many of them it holds.

    A plain graph is validated whole; a dataset as the union of its named graphs, or of a sample
    of them when it holds more than ``max_triples`` triples.
    """
    if not isinstance(graph, ConjunctiveGraph):
        return graph, 1, 1
    named = [part for part in _named_graphs(graph) if next(iter(part.triples((None, None, None))), None)]
    union = Graph()
    checked = 0
    for part in named:
        if max_triples is not None and checked and len(union) >= max_triples:
            break
        union.addN((s, p, _plain(o), union) for s, p, o in part)
        checked += 1
    return union, len(named), checked


def _short(term: Node | None) -> str | None:
    """``prefix:rest`` for an IRI under a known namespace, else the term in N-Triples syntax."""
    if term is None:
        return None
    if isinstance(term, URIRef):
        text = str(term)
        if text.startswith(SHAPES_NAMESPACE):
            return f"{SHAPES_PREFIX}:{text[len(SHAPES_NAMESPACE) :]}"
        known = [(prefix, str(ns)) for prefix, ns in PREFIXES.items() if text.startswith(str(ns))]
        if known:
            prefix, namespace = max(known, key=lambda item: len(item[1]))
            return f"{prefix}:{text[len(namespace) :]}"
        return f"<{text}>"
    if isinstance(term, Literal):
        datatype = _short(term.datatype) if term.datatype is not None else None
        return f"{Literal(str(term), lang=term.language).n3()}^^{datatype}" if datatype else term.n3()
    return f"_:{term}"


def _label(data: Graph, node: Node | None) -> str | None:
    labels = {
        str(label.language): str(label)
        for label in data.objects(node, RDFS.label)
        if isinstance(label, Literal)
    }
    return labels.get("en") or labels.get("zh") or next(iter(labels.values()), None)


def _core_violations(results: Graph, data: Graph) -> Iterator[Violation]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        shape = results.value(result, SH.sourceShape)
        component = results.value(result, SH.sourceConstraintComponent)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        severity = results.value(result, SH.resultSeverity) or SH.Violation
        yield Violation(
            focus=_short(focus) or "?",
            path=_short(results.value(result, SH.resultPath)),
            message=messages[0] if messages else (_short(component) or "violation"),
            severity=str(severity).rsplit("#", 1)[-1],
            shape=(_short(shape) if isinstance(shape, URIRef) else _short(component)) or "?",
            value=_short(results.value(result, SH.value)),
            focus_label=_label(data, focus),
        )


def _to_oxigraph(data: Graph) -> pyoxigraph.Store:
    """An in-memory Oxigraph store holding the triples of ``data`` (terms converted once each)."""
    import pyoxigraph as ox

    converted: dict[Node, ox.NamedNode | ox.BlankNode | ox.Literal] = {}

    def term(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
        found = converted.get(node)
        if found is None:
            if isinstance(node, URIRef):
                found = ox.NamedNode(str(node))
            elif isinstance(node, BNode):
                found = ox.BlankNode(str(node))
            elif isinstance(node, Literal) and node.language:
                found = ox.Literal(str(node), language=node.language)
            elif isinstance(node, Literal):
                found = ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype or XSD.string)))
            else:
                raise ValidationError(f"cannot validate a graph holding the term {node!r}: not RDF 1.1")
            converted[node] = found
        return found

    store = ox.Store()
    store.bulk_extend(ox.Quad(term(s), term(p), term(o)) for s, p, o in data)  # type: ignore[arg-type]
    return store


def _from_oxigraph(term: object) -> Node | None:
    import pyoxigraph as ox

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return None


def _sparql_violations(data: Graph, constraints: tuple[_SparqlConstraint, ...]) -> Iterator[Violation]:
    """Each SPARQL constraint evaluated once over the whole data graph, ``$this`` left free."""
    import pyoxigraph as ox

    if not constraints or not len(data):
        return
    store = _to_oxigraph(data)
    for constraint in constraints:
        try:
            solutions = store.query(constraint.query)
        except (SyntaxError, OSError) as error:
            raise ValidationError(
                f"kg/ontology/shapes.ttl: the query of {constraint.shape} fails: {error}"
            ) from error
        assert isinstance(solutions, ox.QuerySolutions), "a SHACL constraint is a SELECT query"
        for row in solutions:
            focus, path, value = (_from_oxigraph(row[name]) for name in ("this", "path", "value"))
            yield Violation(
                focus=_short(focus) or "?",
                path=_short(path),
                message=constraint.message,
                severity=constraint.severity,
                shape=_short(constraint.shape) or "?",
                value=_short(value),
                focus_label=_label(data, focus),
            )


def validate(graph: Graph, *, max_triples: int | None = DEFAULT_MAX_TRIPLES) -> ValidationReport:
    """Validate ``graph`` against the shapes: a ``Graph`` whole, a ``Dataset`` as the union of its graphs.

    A dataset above ``max_triples`` triples is validated on a sample of its documents (see the
    module docstring); ``max_triples=None`` checks every triple.
    """
    import pyshacl

    started = time.perf_counter()
    shapes = _shapes()
    data, graphs, checked = _data_graph(graph, max_triples)
    try:
        conforms, results, _ = pyshacl.validate(
            data,
            shacl_graph=shapes.core,
            inference="none",
            abort_on_first=False,
            allow_warnings=True,
            meta_shacl=False,
            advanced=False,
            js=False,
        )
    except pyshacl.errors.ReportableRuntimeError as error:
        raise ValidationError(f"SHACL validation could not run: {error.message}") from error
    if not isinstance(results, Graph):
        raise ValidationError(f"SHACL validation could not run: {results}; fix kg/ontology/shapes.ttl")
    found = [] if conforms else list(_core_violations(results, data))
    found += _sparql_violations(data, shapes.sparql)
    found.sort(key=lambda v: (v.shape, v.focus, v.path or "", v.value or ""))
    conforms = not any(v.severity == "Violation" for v in found)
    seconds = time.perf_counter() - started
    log.info("SHACL: %d violations in %d triples (%.1f s)", len(found), len(data), seconds)
    return ValidationReport(
        conforms=conforms,
        violations=tuple(found),
        triples=len(data),
        seconds=round(seconds, 3),
        graphs=graphs,
        graphs_checked=checked,
    )
