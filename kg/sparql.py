"""SPARQL over a built graph: run a query, bind parameters safely, explain syntax errors, write results.

    >>> result = query("out", "SELECT ?p WHERE { ?p kgo:connects ?c }")      # doctest: +SKIP
    >>> result = run_saved(load("out"), "which_projects_connect_country",
    ...                    {"country": "巴基斯坦"})                                # doctest: +SKIP

Queries run over an rdflib ``Dataset`` with the project's prefixes (``kg.rdf.PREFIXES``)
already bound: on a dataset of ``kg.store`` (``load``, ``memory_dataset``) pyoxigraph answers
directly, on any other rdflib store ``Dataset.query`` does. Parameters are bound as values
(``initBindings``; Oxigraph's substitutions), never pasted into the query text. A query
with a time limit runs in a worker thread that is abandoned when the limit passes (Oxigraph
releases the GIL while it evaluates); ``kg serve`` runs queries in worker processes that it
kills instead.

Saved questions live in ``kg/queries/*.rq``, one file per question, named after it. Their
header comment declares the question, a description and the parameters::

    # Which projects connect a given country?
    #
    # Projects whose route or ends include the country ...
    #
    # @param country (required): the country, by any of its names (巴基斯坦, Pakistan)

A parameter must appear in the SELECT clause (Oxigraph substitutes only projected variables);
``run_saved`` drops the parameter columns from the result. An optional parameter is tested with
``COALESCE(test, true)``, which holds when it is unbound.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar
from xml.etree import ElementTree

import pyoxigraph
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg.errors import KGError, QueryError, QueryTimeoutError
from kg.store import default_prefixes, load, ntriples_term, oxigraph_store

log = logging.getLogger(__name__)

T = TypeVar("T")

RESULT_FORMATS: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
"""Formats of SELECT and ASK results, with their media types."""

GRAPH_FORMATS: dict[str, str] = {
    "turtle": "text/turtle",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
}
"""Formats of CONSTRUCT and DESCRIBE results, with their media types."""

_XSD_STRING = str(XSD.string)
_RDFLIB_GRAPH_FORMATS = {"turtle": "turtle", "jsonld": "json-ld", "ntriples": "nt"}
_SPARQL_RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


@dataclass(frozen=True)
class QueryResult:
    """The answer to a query: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE).

    ``rows`` hold rdflib terms in the order of ``variables`` (None where a variable is unbound).
    ``truncated`` is True when a result limit cut the answer short.
    """

    kind: str
    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    answer: bool | None = None
    graph: Graph | None = None
    truncated: bool = False

    @property
    def is_graph(self) -> bool:
        return self.graph is not None

    def __len__(self) -> int:
        if self.graph is not None:
            return len(self.graph)
        return len(self.rows) if self.answer is None else 1

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        if self.graph is not None:
            return iter(sorted(self.graph))
        return iter(self.rows)

    def as_dicts(self) -> list[dict[str, Node | None]]:
        """One dict per row, keyed by variable name."""
        return [dict(zip(self.variables, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Node | None]:
        """The values of one variable, row by row."""
        index = self.variables.index(name)
        return [row[index] for row in self.rows]

    def without(self, names: Sequence[str]) -> QueryResult:
        """The same result without the columns ``names`` (rows that become equal are kept)."""
        keep = [i for i, var in enumerate(self.variables) if var not in set(names)]
        return replace(
            self,
            variables=tuple(self.variables[i] for i in keep),
            rows=tuple(tuple(row[i] for i in keep) for row in self.rows),
        )


# --------------------------------------------------------------------------- running


def run_query(
    dataset: Dataset,
    text: str,
    bindings: Mapping[str, Node | str] | None = None,
    *,
    timeout: float | None = None,
    limit: int | None = None,
    prefixes: Mapping[str, str] | None = None,
) -> QueryResult:
    """Run the SPARQL query ``text`` over ``dataset`` and collect its answer.

    ``bindings`` maps variable names (without ``?``) to values; a ``str`` becomes a plain
    literal. ``timeout`` (seconds) raises ``QueryTimeoutError`` when the query runs longer; ``limit``
    keeps the first ``limit`` rows (or triples) and marks the result ``truncated``. A syntax
    error raises ``QueryError`` saying where (line, column, the line with a caret) and what
    was expected.
    """
    if is_update(text):
        raise QueryError(
            "this is a SPARQL Update (INSERT, DELETE, LOAD, CLEAR, …), and the graph is read-only here; "
            "change the documents and run `kg build` again"
        )
    names = dict(prefixes) if prefixes is not None else default_prefixes()
    init = {name.lstrip("?$"): _as_term(value) for name, value in (bindings or {}).items()}

    oxigraph = oxigraph_store(dataset)

    def execute() -> QueryResult:
        try:
            if oxigraph is not None:
                return _ask_oxigraph(oxigraph, text, names, init, limit, union=bool(dataset.default_union))
            answer = dataset.query(text, initNs=names, initBindings=init)
            return _collect(answer, limit)
        except KGError:
            raise
        except Exception as error:
            raise _query_error(text, error, names) from error

    if timeout is None:
        return execute()
    return _within(timeout, execute)


_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|BASE\s*<[^>]*>|PREFIX\s+[\w.\-]*:\s*<[^>]*>)*", re.IGNORECASE)
_UPDATE_KEYWORD = re.compile(r"(?:INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)


def is_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update rather than a query (its first keyword after the prologue)."""
    prologue = _PROLOGUE.match(text)
    return bool(_UPDATE_KEYWORD.match(text, prologue.end() if prologue else 0))


def _within(timeout: float, work: Callable[[], T]) -> T:
    """``work()`` in a daemon thread; past ``timeout`` seconds it is abandoned to finish alone."""
    outcome: list[tuple[bool, Any]] = []

    def target() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:
            outcome.append((False, error))

    thread = threading.Thread(target=target, name="kg-sparql-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryTimeoutError(
            f"the query ran past its time limit of {timeout:g} s and was abandoned; "
            "narrow it (more specific patterns, a LIMIT) or allow more time with --timeout"
        )
    done, value = outcome[0]
    if done:
        return value  # type: ignore[no-any-return]
    raise value


def _as_term(value: Node | str) -> Identifier:
    if isinstance(value, Identifier):
        return value
    if isinstance(value, str):
        return Literal(value)
    raise QueryError(f"cannot bind {value!r}: a value must be an IRI, a literal, a blank node or a string")


def _plain(term: Node | None) -> Node | None:
    """rdflib keeps ``"x"^^xsd:string`` apart from ``"x"``; RDF 1.1 says they are one term."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def _collect(answer: Result, limit: int | None) -> QueryResult:
    kind = str(answer.type)
    if kind == "ASK":
        return QueryResult(kind=kind, answer=bool(answer.askAnswer))
    if kind in ("CONSTRUCT", "DESCRIBE"):
        source = answer.graph
        assert source is not None
        graph = _graph()
        triples = iter(source)
        for triple in islice(triples, limit):
            graph.add(tuple(_plain(term) for term in triple))  # type: ignore[arg-type]
        truncated = limit is not None and next(triples, None) is not None
        return QueryResult(kind=kind, graph=graph, truncated=truncated)
    variables = tuple(str(var) for var in (answer.vars or ()))
    rows_iter = iter(answer)
    rows = tuple(tuple(_plain(term) for term in row) for row in islice(rows_iter, limit))  # type: ignore[union-attr]
    truncated = limit is not None and next(rows_iter, None) is not None
    if truncated:
        log.info("result cut at %d rows (the limit)", limit)
    return QueryResult(kind="SELECT", variables=variables, rows=rows, truncated=truncated)


def _ask_oxigraph(
    store: pyoxigraph.Store,
    text: str,
    prefixes: Mapping[str, str],
    bindings: Mapping[str, Identifier],
    limit: int | None,
    *,
    union: bool,
) -> QueryResult:
    """The same answer as through rdflib's ``Dataset.query``, from pyoxigraph directly: the terms
    are converted once each (a result repeats them a lot), not once per cell through rdflib's
    result objects."""
    substitutions: dict[
        pyoxigraph.Variable,
        pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal | pyoxigraph.Triple,
    ] = {pyoxigraph.Variable(name): _to_oxigraph(value) for name, value in bindings.items()}
    answer = store.query(
        text, prefixes=dict(prefixes), substitutions=substitutions, use_default_graph_as_union=union
    )
    convert = _FromOxigraph()
    if isinstance(answer, pyoxigraph.QueryBoolean):
        return QueryResult(kind="ASK", answer=bool(answer))
    if isinstance(answer, pyoxigraph.QueryTriples):
        graph = _graph()
        triples = iter(answer)
        for triple in islice(triples, limit):
            graph.add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
        truncated = limit is not None and next(triples, None) is not None
        return QueryResult(kind=_graph_form(text), graph=graph, truncated=truncated)
    variables = tuple(variable.value for variable in answer.variables)
    width = range(len(variables))
    solutions = iter(answer)
    rows = tuple(tuple(convert(solution[i]) for i in width) for solution in islice(solutions, limit))
    truncated = limit is not None and next(solutions, None) is not None
    if truncated:
        log.info("result cut at %d rows (the limit)", limit)
    return QueryResult(kind="SELECT", variables=variables, rows=rows, truncated=truncated)


class _FromOxigraph:
    """pyoxigraph terms to rdflib terms, each distinct term converted once."""

    def __init__(self) -> None:
        self._seen: dict[object, Node] = {}

    def __call__(self, term: object) -> Any:
        if term is None:
            return None
        known = self._seen.get(term)
        if known is None:
            known = self._seen[term] = _from_oxigraph(term)
        return known


def _from_oxigraph(term: object) -> Node:
    if isinstance(term, pyoxigraph.NamedNode):
        return URIRef(term.value)
    if isinstance(term, pyoxigraph.BlankNode):
        return BNode(term.value)
    if isinstance(term, pyoxigraph.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise QueryError(f"the answer holds {term!r}, which kg cannot show (RDF-star triples are not supported)")


def _to_oxigraph(term: Identifier) -> pyoxigraph.NamedNode | pyoxigraph.BlankNode | pyoxigraph.Literal:
    if isinstance(term, URIRef):
        return pyoxigraph.NamedNode(str(term))
    if isinstance(term, BNode):
        return pyoxigraph.BlankNode(str(term))
    if isinstance(term, Literal):
        datatype = pyoxigraph.NamedNode(str(term.datatype)) if term.datatype is not None else None
        return pyoxigraph.Literal(
            str(term), language=term.language, datatype=None if term.language else datatype
        )
    raise QueryError(f"cannot bind {term!r}: a value must be an IRI, a literal or a blank node")


def _graph() -> Graph:
    graph = Graph()
    for prefix, namespace in default_prefixes().items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


_DESCRIBE = re.compile(r"DESCRIBE\b", re.IGNORECASE)


def _graph_form(text: str) -> str:
    prologue = _PROLOGUE.match(text)
    return "DESCRIBE" if _DESCRIBE.match(text, prologue.end() if prologue else 0) else "CONSTRUCT"


def query(
    out: Path | str,
    text: str,
    bindings: Mapping[str, Node | str] | None = None,
    *,
    timeout: float | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Run ``text`` over the store of the build in ``out`` (the public one-liner, ``kg.query``)."""
    return run_query(load(out), text, bindings, timeout=timeout, limit=limit)


# --------------------------------------------------------------------------- errors

_OXIGRAPH_POSITION = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)
_CHARACTER_CLASS = re.compile(r"\[(?:'(?:\\.|[^'\\])*'|[^\]'])*\]")
_UNKNOWN_PREFIX = re.compile(r"prefix not found|unknown namespace prefix", re.IGNORECASE)
_NOT_PROJECTED = re.compile(r"does not contains? variable \?(\w+) in its SELECT projection")
_MASKED = re.compile(
    r"#[^\n]*"  # comments
    r'|"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"  # long strings
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"  # strings
    r"|<[^<>\"{}|^`\\\s]*>"  # IRIs
)  # fmt: skip
_PREFIXED_NAME = re.compile(r"(?<![\w?$:.\-])([A-Za-z][\w.\-]*)?:(?=[\w%:]|\s|$)")
_PREFIX_DECLARATION = re.compile(r"PREFIX\s+([A-Za-z][\w.\-]*)?:", re.IGNORECASE)


def _query_error(text: str, error: Exception, prefixes: Mapping[str, str]) -> QueryError:
    """A ``QueryError`` for what the engine rejected, in the user's terms."""
    message = str(error)
    missing = _NOT_PROJECTED.search(message)
    if missing:
        return QueryError(
            f"parameter ?{missing.group(1)} must be a variable of the SELECT clause to be bound; "
            f"add ?{missing.group(1)} to the SELECT line"
        )
    if not _is_syntax_error(error):
        if isinstance(error, OSError):
            return QueryError(f"the store could not be read while answering the query: {error}")
        return QueryError(f"the query failed: {message}")
    return QueryError(describe_syntax_error(text, error, prefixes))


def _is_syntax_error(error: Exception) -> bool:
    from pyparsing import ParseBaseException

    return isinstance(error, (SyntaxError, ParseBaseException)) or bool(_UNKNOWN_PREFIX.search(str(error)))


def describe_syntax_error(text: str, error: Exception, prefixes: Mapping[str, str] | None = None) -> str:
    """Where a query is malformed and what was expected there: a line, its text and a caret.

    The position comes from rdflib's SPARQL parser when it also rejects the query (it points
    at the start of the construct that failed), else from the engine; what was expected comes
    from Oxigraph's message when there is one.
    """
    bound = dict(prefixes) if prefixes is not None else default_prefixes()
    detail = str(error)
    position: tuple[int, int] | None = None
    located = _OXIGRAPH_POSITION.match(detail)
    if located:
        position = (int(located.group(1)), int(located.group(2)))
        detail = located.group(3)
    if _UNKNOWN_PREFIX.search(detail):
        undeclared = _undeclared_prefix(text, bound)
        if undeclared is not None:
            name, line, column = undeclared
            return (
                f"SPARQL syntax error at line {line}, column {column}: unknown prefix '{name}:'; declare it "
                f"with PREFIX {name}: <…> or use a bound prefix ({', '.join(sorted(bound))})\n"
                + _excerpt(text, line, column)
            )
    start, found = _rdflib_position(text, bound)
    expected, problems = _expectations(detail) if located else ([], [])
    if problems:
        what = "; ".join(problems)
    elif expected:
        what = "expected " + (expected[0] if len(expected) == 1 else "one of " + ", ".join(expected))
    else:
        what = ""
    where = start or position
    if where is None:
        return f"SPARQL syntax error: {what or detail}"
    line, column = _clamp(text, *where)
    if problems or (position is not None and start is None):
        message = what or detail
    elif found == "end of text":
        message = "the query ends too early" + (f": {what}" if what else "; is a closing bracket missing?")
    elif not what:
        message = f"cannot parse the query from {found or 'here'} onwards"
    elif position is None or _clamp(text, *position) == (line, column):
        message = what + (f", found {found}" if found else "")
    else:
        stop_line, stop_column = _clamp(text, *position)
        stop = (
            "at the end of the query"
            if (stop_line, stop_column) == _clamp(text, 10**9, 10**9)
            else f"at line {stop_line}, column {stop_column}"
        )
        message = f"cannot parse the query from {found or 'here'} onwards; it stopped {stop}, where it {what}"
    return f"SPARQL syntax error at line {line}, column {column}: {message}\n" + _excerpt(text, line, column)


def _rdflib_position(text: str, prefixes: Mapping[str, str]) -> tuple[tuple[int, int] | None, str | None]:
    """Where rdflib's parser gives up, and the token it found there (None when it accepts)."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql import prepareQuery

    try:
        prepareQuery(text, initNs=dict(prefixes))
    except ParseBaseException as failure:
        found = re.search(r"found (.+?)\s+\(at char", str(failure))
        return (failure.lineno, failure.col), found.group(1) if found else None
    except Exception:
        return None, None
    return None, None


def _expectations(detail: str) -> tuple[list[str], list[str]]:
    """Oxigraph's ``expected one of A, B, [charclass]``: the tokens, and any sentence it holds."""
    body = re.sub(r"^expected (one of )?", "", detail.strip())
    body = _CHARACTER_CLASS.sub("", body)
    items = [item.strip() for item in body.split(", ") if item.strip()]
    problems = [item for item in items if " " in item and not item.startswith('"')]
    tokens = [item for item in items if item not in problems]
    return tokens[:12], problems


def _undeclared_prefix(text: str, bound: Mapping[str, str]) -> tuple[str, int, int] | None:
    """The first prefixed name whose prefix is neither declared nor bound, with its position."""
    masked = _MASKED.sub(_blank, text)
    declared = {match.group(1) or "" for match in _PREFIX_DECLARATION.finditer(masked)}
    masked = _PREFIX_DECLARATION.sub(_blank, masked)
    for match in _PREFIXED_NAME.finditer(masked):
        name = match.group(1) or ""
        if name not in declared and name not in bound:
            line = masked.count("\n", 0, match.start()) + 1
            column = match.start() - (masked.rfind("\n", 0, match.start()) + 1) + 1
            return name, line, column
    return None


def _blank(match: re.Match[str]) -> str:
    """Spaces as long as the match, so that positions in the masked text stay true."""
    return " " * len(match.group())


def _clamp(text: str, line: int, column: int) -> tuple[int, int]:
    lines = text.split("\n")
    line = min(max(line, 1), len(lines))
    return line, min(max(column, 1), len(lines[line - 1]) + 1)


def _excerpt(text: str, line: int, column: int) -> str:
    source = text.split("\n")[line - 1]
    gutter = f"{line:>4} | "
    return f"{gutter}{source}\n{' ' * (len(gutter) - 2)}| {' ' * (_width(source[: column - 1]))}^"


def _width(text: str) -> int:
    """Display width: a CJK character takes two columns, so the caret lands under it."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


# --------------------------------------------------------------------------- result formats


def format_result(result: QueryResult, fmt: str) -> str:
    """``result`` as text: json, xml, csv or tsv for SELECT/ASK; turtle, jsonld or ntriples for graphs."""
    if result.graph is not None:
        if fmt not in GRAPH_FORMATS:
            raise QueryError(
                f"a {result.kind} query answers with a graph: choose a graph format "
                f"({', '.join(GRAPH_FORMATS)}), not {fmt!r}"
            )
        return result.graph.serialize(format=_RDFLIB_GRAPH_FORMATS[fmt])
    writers = {"json": _results_json, "xml": _results_xml, "csv": _results_csv, "tsv": _results_tsv}
    if fmt not in writers:
        raise QueryError(
            f"a {result.kind} query answers with {'a boolean' if result.kind == 'ASK' else 'rows'}: "
            f"choose a results format ({', '.join(RESULT_FORMATS)}), not {fmt!r}"
        )
    return writers[fmt](result)


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    assert isinstance(term, Literal)
    value = {"type": "literal", "value": str(term)}
    if term.language:
        value["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        value["datatype"] = str(term.datatype)
    return value


def _results_json(result: QueryResult) -> str:
    """The W3C SPARQL 1.1 Query Results JSON Format."""
    if result.answer is not None:
        return json.dumps({"head": {}, "boolean": result.answer})
    bindings = [
        {var: _json_term(term) for var, term in zip(result.variables, row, strict=True) if term is not None}
        for row in result.rows
    ]
    document = {"head": {"vars": list(result.variables)}, "results": {"bindings": bindings}}
    return json.dumps(document, ensure_ascii=False, indent=1)


def _results_xml(result: QueryResult) -> str:
    """The W3C SPARQL Query Results XML Format."""
    ElementTree.register_namespace("", _SPARQL_RESULTS_NS)

    def tag(name: str) -> str:
        return f"{{{_SPARQL_RESULTS_NS}}}{name}"

    root = ElementTree.Element(tag("sparql"))
    head = ElementTree.SubElement(root, tag("head"))
    if result.answer is not None:
        ElementTree.SubElement(root, tag("boolean")).text = "true" if result.answer else "false"
    else:
        for var in result.variables:
            ElementTree.SubElement(head, tag("variable"), name=var)
        results = ElementTree.SubElement(root, tag("results"))
        for row in result.rows:
            item = ElementTree.SubElement(results, tag("result"))
            for var, term in zip(result.variables, row, strict=True):
                if term is None:
                    continue
                binding = ElementTree.SubElement(item, tag("binding"), name=var)
                if isinstance(term, URIRef):
                    ElementTree.SubElement(binding, tag("uri")).text = str(term)
                elif isinstance(term, BNode):
                    ElementTree.SubElement(binding, tag("bnode")).text = str(term)
                else:
                    assert isinstance(term, Literal)
                    literal = ElementTree.SubElement(binding, tag("literal"))
                    literal.text = str(term)
                    if term.language:
                        literal.set("{http://www.w3.org/XML/1998/namespace}lang", term.language)
                    elif term.datatype is not None and term.datatype != XSD.string:
                        literal.set("datatype", str(term.datatype))
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(root, encoding="unicode")


def _results_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV: plain values (IRIs as they are, literals without tags, ``_:b`` blank nodes)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.answer is not None:
        writer.writerows([["boolean"], ["true" if result.answer else "false"]])
        return buffer.getvalue()
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow(
            ["" if term is None else (f"_:{term}" if isinstance(term, BNode) else str(term)) for term in row]
        )
    return buffer.getvalue()


def _csv_value(term: Node | None) -> str:
    if term is None:
        return ""
    return f"_:{term}" if isinstance(term, BNode) else str(term)


def _results_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 TSV: ``?var`` headers, terms in N-Triples syntax, empty for unbound."""
    if result.answer is not None:
        return "?boolean\n" + ("true" if result.answer else "false") + "\n"
    lines = ["\t".join(f"?{var}" for var in result.variables)]
    for row in result.rows:
        lines.append(
            "\t".join("" if term is None else ntriples_term(term).replace("\t", "\\t") for term in row)
        )
    return "\n".join(lines) + "\n"


def _tsv_term(term: Node) -> str:
    """N-Triples syntax, with tabs escaped too: TSV cells may not hold one."""
    return ntriples_term(term).replace("\t", "\\t")


def compact(term: Node | None, prefixes: Mapping[str, str] | None = None) -> str:
    """A term for people: an IRI as ``prefix:local`` when a prefix fits, a literal as its text."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        text = str(term)
        best = max(
            ((prefix, ns) for prefix, ns in (prefixes or default_prefixes()).items() if text.startswith(ns)),
            key=lambda item: len(item[1]),
            default=None,
        )
        return f"{best[0]}:{text[len(best[1]) :]}" if best else text
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


# --------------------------------------------------------------------------- saved questions

_PARAM_LINE = re.compile(r"@param\s+(\w+)\s*(?:\((required|optional)\))?\s*:?\s*(.*)")


@dataclass(frozen=True)
class Parameter:
    """A parameter of a saved question: bound as a plain literal to the variable ``?name``."""

    name: str
    description: str
    required: bool


@dataclass(frozen=True)
class SavedQuery:
    """A question answered by a ``.rq`` file in ``kg/queries``."""

    name: str
    question: str
    description: str
    text: str
    parameters: tuple[Parameter, ...] = field(default=())

    @classmethod
    def parse(cls, name: str, text: str) -> SavedQuery:
        """Read the header comment: the question, a description, ``@param`` lines."""
        header: list[str] = []
        for line in text.splitlines():
            stripped = line.strip()
            if not stripped.startswith("#"):
                if stripped:
                    break
                continue
            header.append(stripped.lstrip("#").strip())
        question = next((line for line in header if line and not line.startswith("@")), name)
        description_lines, parameters = [], []
        for line in header:
            match = _PARAM_LINE.match(line)
            if match:
                pname, needed, about = match.groups()
                parameters.append(Parameter(pname, about.strip(), needed == "required"))
            elif line and line != question:
                description_lines.append(line)
        return cls(name, question, " ".join(description_lines), text, tuple(parameters))

    def bindings(self, values: Mapping[str, str]) -> dict[str, Node | str]:
        """``values`` checked against the declared parameters: unknown or missing ones raise."""
        known = {param.name: param for param in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            accepted = ", ".join(known) or "none"
            raise QueryError(
                f"saved query {self.name!r} has no parameter {', '.join(unknown)}; it accepts: {accepted}"
            )
        for param in self.parameters:
            if param.required and not values.get(param.name):
                raise QueryError(
                    f"saved query {self.name!r} needs --param {param.name}=… ({param.description})"
                )
        return {name: value for name, value in values.items() if value}


def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    """The saved questions by name (the file name without ``.rq``), from ``kg/queries``."""
    root: Any = folder if folder is not None else resources.files("kg") / "queries"
    found = {}
    for entry in sorted(root.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".rq"):
            name = entry.name[: -len(".rq")]
            found[name] = SavedQuery.parse(name, entry.read_text(encoding="utf-8"))
    return found


def saved_query(name: str) -> SavedQuery:
    """The saved question ``name``; an unknown name raises ``QueryError`` listing the known ones."""
    queries = saved_queries()
    if name not in queries:
        raise QueryError(f"no saved query named {name!r}; `kg query --list` shows them: {', '.join(queries)}")
    return queries[name]


def run_saved(
    dataset: Dataset,
    name: str,
    params: Mapping[str, str] | None = None,
    *,
    timeout: float | None = None,
    limit: int | None = None,
) -> QueryResult:
    """Answer the saved question ``name`` with ``params``; the parameter columns are left out."""
    saved = saved_query(name)
    result = run_query(dataset, saved.text, saved.bindings(params or {}), timeout=timeout, limit=limit)
    return result.without([param.name for param in saved.parameters])
