"""Where a built graph lives: the on-disk Oxigraph store and the RDF files beside it.

A build writes, into its output folder ``OUT``::

    OUT/store/      an Oxigraph (RocksDB) store, one named graph per document
    OUT/graph.trig  the same quads as TriG, a named graph per document
    OUT/graph.ttl   the union of the named graphs as one Turtle graph

``kg query``, ``kg serve`` and ``kg export`` open ``OUT/store`` read-only: no Turtle is parsed
again. The store is used through rdflib's API (``load`` returns an ``rdflib.Dataset`` backed by
oxrdflib's ``Oxigraph`` store), while the hot paths (bulk load, serialisation) call pyoxigraph
directly.

The default graph of the store is the merge of the documents' named graphs, each triple once,
written at build time: queries see the union, with set semantics. Oxigraph's own "default graph
as union" option yields a triple once per named graph holding it (oxigraph/oxigraph#1919, fixed
after 0.5), so a label that 500 documents state would multiply every join through it by 500
and inflate every COUNT. ``GRAPH ?doc { … }`` still reads one document's graph.

How a build is written (``write_graph``; ``write_outputs`` does the same for rdflib quads). The
graph comes in blocks, one document's named graph each (``kg.rdf.graph_blocks``), whose terms are
already N-Triples text (``TextTerms``): no rdflib object per quad. Each block is written once,
in one pass, four ways: as N-Quads lines and, for the statements new to the union, as N-Triples
lines, into scratch chunks of ``CHUNK_LINES`` lines that pyoxigraph's bulk loader reads into the
named graphs and the default graph, on a thread of its own (the loader releases the GIL, so Rust
loads one chunk while Python writes the next); and as TriG and Turtle, with the project's
prefixes, grouped by subject. The union needs no set of every triple: each block says which of
its statements are new to it. Why not pyoxigraph's serialisers: a dump reads every term back from
RocksDB (10 to 15 µs a quad here), where formatting text that is already encoded costs under 1 µs,
and the result parses back to the same quads (tests check it with pyoxigraph and rdflib). Why
chunks: one bulk load of two million quads peaks at 2.6 GB; chunks of a quarter million keep it
near 0.4 GB for the same time.

Writes are transactional. Everything is built in a staging folder inside ``OUT`` and swapped in
by renaming, so a build that fails or is killed halfway leaves the previous store and files as
they were; a staging folder left by a killed build is removed by the next one. ``add_rdf`` adds
an existing RDF file to a build in the same way.

Why Oxigraph, by measurement (``benchmarks/store_benchmark.py``, 1M synthetic triples of our
shape, 2 shared cores): rdflib's Memory store takes 29 s to add the quads, and a later process
must parse them again (81 s) before its first answer; this store is built in 28 s and reopened
with a first answer in 0.03 s. The saved questions and three classic query shapes run 83 times
faster (geometric mean: 0.09 s against 7.3 s), Turtle is written 10 times faster (6 s against
65 s), and peak memory is 1.8 GB. Raw pyoxigraph building the same store takes 21 s.
"""

from __future__ import annotations

import ctypes
import errno
import gc
import logging
import os
import queue
import re
import shutil
import tempfile
import threading
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import IO, BinaryIO

import pyoxigraph
from oxrdflib.store import OxigraphStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from kg.errors import OutputError, StoreError
from kg.model import KnowledgeGraph
from kg.rdf import PREFIXES, GraphBlock, Statement, graph_blocks

log = logging.getLogger(__name__)

Quad = tuple[Node, Node, Node, Node]
"""``(subject, predicate, object, graph)`` in rdflib terms; the graph is a document IRI."""

TextTerm = tuple[str, str]
"""A term as text: its N-Triples form and its Turtle form (a prefixed name when one fits)."""

STORE_DIR = "store"
TRIG_FILE = "graph.trig"
TURTLE_FILE = "graph.ttl"
OUTPUT_NAMES: dict[str, str] = {"store": STORE_DIR, "trig": TRIG_FILE, "turtle": TURTLE_FILE}
"""What a build writes into ``OUT``, by role; ``load`` needs the store, the files are for people."""

CHUNK_LINES = 250_000
"""Lines per scratch chunk handed to the bulk loader: memory stays bounded, chunks stay few."""

_STAGING_PREFIX = ".kg-staging-"
_N_QUADS, _N_TRIPLES = pyoxigraph.RdfFormat.N_QUADS, pyoxigraph.RdfFormat.N_TRIPLES
_DEFAULT = pyoxigraph.DefaultGraph()
_LOAD_BATCH = 500_000
"""Quads of an RDF file held in memory at once while it is loaded."""
_KEEP_ENCODING_BELOW = 200
_FLUSH_STATEMENTS = 20_000


@dataclass(frozen=True)
class Outputs:
    """What ``write_outputs`` wrote: the files by role, and how many quads and named graphs."""

    folder: Path
    quads: int
    graphs: int
    files: dict[str, Path] = field(default_factory=dict)


# --------------------------------------------------------------------------- terms as text

# N-Triples forbids these in an IRIREF; they are percent-encoded (RFC 3987 §3.1) so one bad
# IRI from a document cannot fail the whole load.
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_BNODE_LABEL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?<!\.)")
_LANG_TAG = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*")

# Turtle's PN_LOCAL: name characters as they are, '%XX' as it is, the reserved characters escaped.
_NAME_START = (
    "A-Za-z_0-9:\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PLAIN_LOCAL = re.compile(f"[{_NAME_START}][{_NAME_START}\\-\u00b7\u0300-\u036f\u203f\u2040]*")
_LOCAL_PART = re.compile(
    f"%[0-9A-Fa-f]{{2}}|[{_NAME_START}\\-\u00b7\u0300-\u036f\u203f\u2040]+|(?P<reserved>[_~.\\-!$&'()*+,;=/?#@%])"
)
_NAME_OPENING = re.compile(f"[{_NAME_START}]")
_TURTLE_INTEGER = re.compile(r"[+-]?[0-9]+")
_TURTLE_DECIMAL = re.compile(r"[+-]?[0-9]*\.[0-9]+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_XSD = str(XSD)
_RDF_TYPE = f"<{RDF.type}>"


def _iri(value: str) -> str:
    if _IRI_UNSAFE.search(value):
        fixed = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value)
        log.info("IRI %r has characters an IRI forbids; written as %r", value, fixed)
        value = fixed
    return f"<{value}>"


def _local_name(local: str) -> str | None:
    """``local`` as a Turtle local name (reserved characters escaped), None when it cannot be one.

    >>> _local_name("country/cn"), _local_name("project/中巴跨境光缆"), _local_name("a–b")
    ('country\\\\/cn', 'project\\\\/中巴跨境光缆', None)
    """
    if _PLAIN_LOCAL.fullmatch(local):
        return local
    parts: list[str] = []
    position = 0
    for match in _LOCAL_PART.finditer(local):
        if match.start() != position:
            return None  # a character that no local name may hold, even escaped
        text = match.group()
        if match.lastgroup == "reserved" or (position == 0 and text[0] == "-"):
            text = "\\" + text
        elif position == 0 and not _NAME_OPENING.match(text):
            return None  # '·', a combining mark, '‿' or '⁀' cannot open a local name
        parts.append(text)
        position = match.end()
    return "".join(parts) if position == len(local) else None


def ntriples_term(term: Node) -> str:
    """``term`` in N-Triples syntax (also the syntax of a term in SPARQL TSV results).

    >>> ntriples_term(Literal("巴基斯坦", lang="zh"))
    '"巴基斯坦"@zh'
    >>> ntriples_term(Literal('say "hi"\\n'))
    '"say \\\\"hi\\\\"\\\\n"'
    """
    if isinstance(term, URIRef):
        return _iri(term)
    if isinstance(term, Literal):
        datatype = str(term.datatype) if term.datatype is not None else None
        return _literal_text(str(term), term.language, datatype)
    if isinstance(term, BNode):
        return _bnode_text(str(term))
    raise StoreError(f"cannot store {term!r} ({type(term).__name__}): only IRIs, literals and blank nodes")


def _literal_text(text: str, lang: str | None, datatype: str | None) -> str:
    quoted = '"' + text.translate(_LITERAL_ESCAPES) + '"'
    if lang:
        if not _LANG_TAG.fullmatch(lang):
            raise StoreError(f"literal {quoted} has an invalid language tag {lang!r}")
        return f"{quoted}@{lang}"
    if datatype is not None and datatype != _XSD + "string":
        return f"{quoted}^^{_iri(datatype)}"
    return quoted


def _bnode_text(label: str) -> str:
    return f"_:{label}" if _BNODE_LABEL.fullmatch(label) else f"_:b{label.encode().hex()}"


class TextTerms:
    """``kg.rdf.Terms`` as text: each term in N-Triples and in Turtle, with ``prefixes`` abbreviated."""

    def __init__(self, prefixes: Mapping[str, str]) -> None:
        self.prefixes = {prefix: str(namespace) for prefix, namespace in prefixes.items()}
        self._namespaces = sorted(
            ((namespace, prefix) for prefix, namespace in self.prefixes.items()),
            key=lambda item: -len(item[0]),
        )
        self._nodes: dict[Node, TextTerm] = {}

    def iri(self, value: str) -> TextTerm:
        text = _iri(value)
        value = text[1:-1]
        for namespace, prefix in self._namespaces:
            if value.startswith(namespace):
                local = _local_name(value[len(namespace) :])
                if local is not None:
                    return text, f"{prefix}:{local}"
        return text, text

    def literal(self, text: str, *, lang: str | None = None, datatype: str | None = None) -> TextTerm:
        line = _literal_text(text, lang, datatype)
        if lang or datatype is None or datatype == _XSD + "string":
            return line, line
        if datatype.startswith(_XSD):
            kind = datatype[len(_XSD) :]
            if (
                (kind == "integer" and _TURTLE_INTEGER.fullmatch(text))
                or (kind == "decimal" and _TURTLE_DECIMAL.fullmatch(text))
                or (kind == "boolean" and text in ("true", "false"))
            ):
                return line, text
        quoted = line[: line.rindex("^^")]
        return line, f"{quoted}^^{self.iri(datatype)[1]}"

    def node(self, term: Node) -> TextTerm:
        """An rdflib term as text (IRIs and short literals are remembered: they recur)."""
        known = self._nodes.get(term)
        if known is not None:
            return known
        if isinstance(term, URIRef):
            made = self.iri(str(term))
        elif isinstance(term, Literal):
            datatype = str(term.datatype) if term.datatype is not None else None
            made = self.literal(str(term), lang=term.language, datatype=datatype)
        elif isinstance(term, BNode):
            label = _bnode_text(str(term))
            made = (label, label)
        else:
            raise StoreError(
                f"cannot store {term!r} ({type(term).__name__}): only IRIs, literals and blank nodes"
            )
        if len(made[0]) <= _KEEP_ENCODING_BELOW:
            self._nodes[term] = made
        return made


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (a decoding accident upstream) cannot be stored as RDF text.
        log.warning("replaced invalid Unicode (lone surrogates) in the RDF output with U+FFFD")
        return _SURROGATE.sub("\ufffd", text).encode("utf-8")


def _turtle(statements: Iterable[Statement[TextTerm]], lines: list[str], indent: str) -> None:
    """Turtle statements, consecutive ones about the same subject (and predicate) grouped."""
    subject: TextTerm | None = None
    predicate: TextTerm | None = None
    for s, p, o in statements:
        if s == subject:
            if p == predicate:
                lines.append(f" ,\n{indent}\t\t{o[1]}")
            else:
                lines.append(f" ;\n{indent}\t{'a' if p[0] == _RDF_TYPE else p[1]} {o[1]}")
        else:
            if subject is not None:
                lines.append(" .\n")
            lines.append(f"{indent}{s[1]} {'a' if p[0] == _RDF_TYPE else p[1]} {o[1]}")
        subject, predicate = s, p
    if subject is not None:
        lines.append(" .\n")


def _prefix_lines(prefixes: Mapping[str, str]) -> str:
    return "".join(f"@prefix {prefix}: <{namespace}> .\n" for prefix, namespace in prefixes.items()) + "\n"


# --------------------------------------------------------------------------- blocks


def _quad_blocks(quads: Iterable[Quad], terms: TextTerms) -> Iterator[GraphBlock[TextTerm]]:
    """rdflib quads as blocks: runs of quads in the same graph; the union found with a set."""
    seen: set[tuple[str, str, str]] = set()
    block: GraphBlock[TextTerm] | None = None
    graph: Node | None = None
    for s, p, o, g in quads:
        if block is None or g != graph or len(block.statements) >= CHUNK_LINES:
            if block is not None:
                yield block
            block, graph = GraphBlock(terms.node(g)), g
        statement = (terms.node(s), terms.node(p), terms.node(o))
        block.statements.append(statement)
        key = (statement[0][0], statement[1][0], statement[2][0])
        if key not in seen:
            seen.add(key)
            block.union.append(statement)
    if block is not None:
        yield block


# --------------------------------------------------------------------------- writing


class _Loader:
    """Bulk-loads scratch chunks into a store on a thread of its own, in the order they come.

    pyoxigraph's bulk loader releases the GIL, so the store loads one chunk while Python writes
    the next. A failure is kept and raised by the next ``submit`` or by ``finish``.
    """

    def __init__(self, store: pyoxigraph.Store, path: Path) -> None:
        self.store: pyoxigraph.Store | None = store
        self.path = path
        self._jobs: queue.SimpleQueue[tuple[Path, bool] | None] = queue.SimpleQueue()
        self._error: BaseException | None = None
        self._abandoned = False
        self._thread = threading.Thread(target=self._run, name="kg-store-loader", daemon=True)
        self._thread.start()

    def submit(self, chunk: Path, *, default_graph: bool) -> None:
        self._raise()
        self._jobs.put((chunk, default_graph))

    def finish(self) -> None:
        """Wait for every chunk to be loaded; raise ``StoreError`` if one failed."""
        self._jobs.put(None)
        self._thread.join()
        self.store = None
        self._raise()

    def abandon(self) -> None:
        """Stop after the chunk being loaded (the staging store is thrown away)."""
        self._abandoned = True
        self._jobs.put(None)
        self._thread.join()
        self.store = None

    def _raise(self) -> None:
        if self._error is not None:
            raise StoreError(
                f"cannot build the store {self.path}: {self._error}; check free disk space"
            ) from self._error

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            chunk, default_graph = job
            try:
                # Lenient: the writer already made valid N-Quads (IRIs escaped), and it is faster.
                if self.store is not None and self._error is None and not self._abandoned:
                    if default_graph:
                        self.store.bulk_load(
                            path=str(chunk), format=_N_TRIPLES, to_graph=_DEFAULT, lenient=True
                        )
                    else:
                        self.store.bulk_load(path=str(chunk), format=_N_QUADS, lenient=True)
            except BaseException as error:  # kept for the writer's thread, which raises it
                self._error = error
            finally:
                chunk.unlink(missing_ok=True)


class _Chunks:
    """Lines into numbered scratch files of ``CHUNK_LINES`` lines, each handed to the loader when full."""

    def __init__(self, folder: Path, name: str, loader: _Loader, *, default_graph: bool) -> None:
        self.folder, self.name, self.loader, self.default_graph = folder, name, loader, default_graph
        self.number = 0
        self.lines = 0
        self.sink: BinaryIO | None = None
        self.path: Path | None = None

    def write(self, text: str, lines: int) -> None:
        if self.sink is None:
            self.number += 1
            self.path = self.folder / f"{self.name}-{self.number:05d}"
            self.sink = self.path.open("wb")
        self.sink.write(_utf8(text))
        self.lines += lines
        if self.lines >= CHUNK_LINES:
            self.close()

    def close(self) -> None:
        if self.sink is not None and self.path is not None:
            self.sink.close()
            self.loader.submit(self.path, default_graph=self.default_graph)
            self.sink, self.path, self.lines = None, None, 0


class _Writer:
    """Writes blocks four ways in one pass: N-Quads and N-Triples chunks for the store, TriG, Turtle."""

    def __init__(self, staging: Path, loader: _Loader, prefixes: Mapping[str, str]) -> None:
        self.named = _Chunks(staging, "named.nq", loader, default_graph=False)
        self.merged = _Chunks(staging, "merged.nt", loader, default_graph=True)
        self.trig = (staging / TRIG_FILE).open("wb")
        self.turtle = (staging / TURTLE_FILE).open("wb")
        header = _utf8(_prefix_lines(prefixes))
        self.trig.write(header)
        self.turtle.write(header)
        self.quads = 0
        self.graphs: set[str] = set()
        self._pending: tuple[list[str], list[str], list[str], list[str]] = ([], [], [], [])
        self._pending_lines = [0, 0]

    def write(self, block: GraphBlock[TextTerm]) -> None:
        nquads, ntriples, trig, turtle = self._pending
        g = block.graph[0]
        self.graphs.add(g)
        nquads.extend([f"{s[0]} {p[0]} {o[0]} {g} .\n" for s, p, o in block.statements])
        ntriples.extend([f"{s[0]} {p[0]} {o[0]} .\n" for s, p, o in block.union])
        self.quads += len(block.statements)
        self._pending_lines[0] += len(block.statements)
        self._pending_lines[1] += len(block.union)
        if block.statements:
            trig.append(f"{block.graph[1]} {{\n")
            _turtle(block.statements, trig, "\t")
            trig.append("}\n\n")
        _turtle(block.union, turtle, "")
        if sum(self._pending_lines) >= _FLUSH_STATEMENTS:
            self.flush()

    def flush(self) -> None:
        nquads, ntriples, trig, turtle = self._pending
        if nquads:
            self.named.write("".join(nquads), self._pending_lines[0])
        if ntriples:
            self.merged.write("".join(ntriples), self._pending_lines[1])
        if trig:
            self.trig.write(_utf8("".join(trig)))
        if turtle:
            self.turtle.write(_utf8("".join(turtle)))
        self._pending = ([], [], [], [])
        self._pending_lines = [0, 0]

    def close(self) -> None:
        """Write what is pending, hand the last chunks to the loader and close the files."""
        self.flush()
        self.named.close()
        self.merged.close()
        self.discard()

    def discard(self) -> None:
        for sink in (self.trig, self.turtle, self.named.sink, self.merged.sink):
            if sink is not None:
                sink.close()


Blocks = Callable[[TextTerms], Iterable[GraphBlock[TextTerm]]]
"""Makes the blocks to write with the given term factory."""


def _build(blocks: Blocks, staging: Path, prefixes: Mapping[str, str]) -> tuple[int, int]:
    """The store, graph.trig and graph.ttl in ``staging``; (quads, named graphs) written."""
    path = staging / STORE_DIR
    try:
        store = pyoxigraph.Store(str(path))
    except OSError as error:
        raise StoreError(f"cannot create the store {path}: {error}; check free disk space") from error
    loader = _Loader(store, path)
    writer = _Writer(staging, loader, prefixes)
    try:
        for block in blocks(TextTerms(prefixes)):
            writer.write(block)
        writer.close()
        loader.finish()
        store.flush()
    except OSError as error:
        loader.abandon()
        writer.discard()
        raise StoreError(f"cannot build the store {path}: {error}; check free disk space") from error
    except BaseException:
        loader.abandon()
        writer.discard()
        raise
    log.info("store %s: %d quads in %d named graphs", path, writer.quads, len(writer.graphs))
    return writer.quads, len(writer.graphs)


def _write_staged(
    blocks: Callable[[TextTerms], Iterable[GraphBlock[TextTerm]]],
    out: Path | str,
    prefixes: Mapping[str, str],
) -> Outputs:
    folder = Path(out)
    staging = _staging_folder(folder)
    try:
        quads, graphs = _build(blocks, staging, {key: str(value) for key, value in prefixes.items()})
        _commit(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log.info("wrote %d quads in %d named graphs to %s", quads, graphs, folder)
    return Outputs(
        folder=folder,
        quads=quads,
        graphs=graphs,
        files={role: folder / name for role, name in OUTPUT_NAMES.items()},
    )


def write_graph(
    graph: KnowledgeGraph,
    out: Path | str,
    *,
    prefixes: Mapping[str, str] | None = None,
    mention_evidence: bool = True,
) -> Outputs:
    """Write ``OUT/store``, ``OUT/graph.trig`` and ``OUT/graph.ttl`` of ``graph``, all or nothing.

    The graph is streamed document by document (``kg.rdf.graph_blocks``) as text; see the module
    docstring. ``prefixes`` (prefix → namespace IRI, by default ``kg.rdf.PREFIXES``) are used by
    both serialisations.
    """
    return _write_staged(
        lambda terms: graph_blocks(graph, terms, mention_evidence=mention_evidence),
        out,
        prefixes if prefixes is not None else default_prefixes(),
    )


def write_outputs(quads: Iterable[Quad], out: Path | str, *, prefixes: Mapping[str, str]) -> Outputs:
    """Write ``OUT/store``, ``OUT/graph.trig`` and ``OUT/graph.ttl`` from rdflib ``quads``, all or nothing.

    ``quads`` is consumed once, streamed; the union is found with a set of the distinct triples
    (``write_graph`` needs none). If ``quads`` raises, or the process dies, the previous outputs
    stay as they were. ``prefixes`` (prefix → namespace IRI) are used by both serialisations.
    """
    return _write_staged(lambda terms: _quad_blocks(quads, terms), out, prefixes)


def _staging_folder(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            f"cannot create the output folder {folder}: {error.strerror}; choose a writable --out"
        ) from error
    _remove_abandoned_staging(folder)
    try:
        return Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=folder))
    except OSError as error:
        raise OutputError(f"cannot write into {folder}: {error.strerror}; choose a writable --out") from error


# --------------------------------------------------------------------------- RDF files


def load_rdf(
    store: pyoxigraph.Store,
    source: Path | str,
    *,
    format: pyoxigraph.RdfFormat | None = None,
    graph: str | None = None,
) -> None:
    """Bulk-load the RDF file ``source`` into ``store`` the way a build keeps its graph.

    The quads of a dataset format (N-Quads, TriG) go into their named graphs; the triples of a
    graph format (Turtle, N-Triples, RDF/XML, …) into the named graph ``graph`` (by default the
    file's ``file:`` IRI). Every triple also goes into the default graph, the merge that queries
    read. The format comes from the file's extension unless given.
    """
    path = Path(source)
    fmt = format or pyoxigraph.RdfFormat.from_extension(path.suffix.lstrip("."))
    if fmt is None:
        raise StoreError(f"cannot tell the RDF format of {path} from its extension; pass format=")
    try:
        if fmt.supports_datasets:
            # One parse in Rust; each batch goes in twice: into its named graphs and into the
            # default graph, where the store keeps each triple once.
            quads = pyoxigraph.parse(path=str(path), format=fmt)
            while batch := list(islice(quads, _LOAD_BATCH)):
                store.bulk_extend(batch)
                store.bulk_extend(pyoxigraph.Quad(q.subject, q.predicate, q.object, _DEFAULT) for q in batch)
        else:
            name = pyoxigraph.NamedNode(graph or path.resolve().as_uri())
            store.bulk_load(path=str(path), format=fmt, to_graph=name)
            store.bulk_load(path=str(path), format=fmt, to_graph=_DEFAULT)
    except SyntaxError as error:
        raise StoreError(f"cannot load {path}: it is not valid {fmt.name}: {error}") from error
    except (OSError, ValueError) as error:
        raise StoreError(f"cannot load {path} into the store: {error}") from error


def add_rdf(
    out: Path | str,
    source: Path | str,
    *,
    format: pyoxigraph.RdfFormat | None = None,
    graph: str | None = None,
) -> Outputs:
    """Add the RDF file ``source`` to the build in ``out`` (see ``load_rdf``), all or nothing.

    The store is copied into a staging folder (hard links: instant), the file is loaded into the
    copy, the file's graphs are appended to ``graph.trig`` and ``graph.ttl`` is written again from
    the new merge; then all three are swapped in as a build's outputs are.
    """
    folder = Path(out)
    staging = _staging_folder(folder)
    try:
        quads_total, graphs = _add_in_staging(folder, staging, Path(source), format, graph)
        _commit(staging, folder)
    except BaseException as error:
        # The failed load's frames still hold the staging store open; RocksDB would write into
        # the folder again as it closes, after the folder is gone.
        traceback.clear_frames(error.__traceback__)
        gc.collect()
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return Outputs(folder, quads_total, graphs, {role: folder / name for role, name in OUTPUT_NAMES.items()})


def _add_in_staging(
    folder: Path, staging: Path, source: Path, format: pyoxigraph.RdfFormat | None, graph: str | None
) -> tuple[int, int]:
    """The build in ``folder`` with ``source`` added, written to ``staging``; (quads, graphs)."""
    current = open_store(folder)
    current.backup(str(staging / STORE_DIR))
    del current
    store = pyoxigraph.Store(str(staging / STORE_DIR))
    before = {str(name) for name in store.named_graphs()}
    load_rdf(store, source, format=format, graph=graph)
    trig = folder / TRIG_FILE
    if trig.exists():
        shutil.copyfile(trig, staging / TRIG_FILE)
    added = [name for name in store.named_graphs() if str(name) not in before]
    with (staging / TRIG_FILE).open("ab") as sink:
        sink.write(b"\n")
        quads = (quad for name in added for quad in store.quads_for_pattern(None, None, None, name))
        pyoxigraph.serialize(quads, sink, format=pyoxigraph.RdfFormat.TRIG, prefixes=default_prefixes())
    write_turtle(store, staging / TURTLE_FILE, default_prefixes())
    store.flush()
    count = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert isinstance(count, pyoxigraph.QuerySolutions), "a SELECT query gives solutions"
    quads_total = int(next(iter(count))["n"].value)
    graphs = sum(1 for _ in store.named_graphs())
    return quads_total, graphs


def named_quads(store: pyoxigraph.Store) -> Iterator[pyoxigraph.Quad]:
    """The quads of the documents' named graphs, graph by graph (not the merged default graph)."""
    for graph in store.named_graphs():
        yield from store.quads_for_pattern(None, None, None, graph)


def write_turtle(
    store: pyoxigraph.Store, target: Path | IO[bytes], prefixes: Mapping[str, str] | None = None
) -> None:
    """The merged graph (the store's default graph) as Turtle, by pyoxigraph."""
    names = {key: str(value) for key, value in (prefixes or {}).items()}
    destination = str(target) if isinstance(target, Path) else target
    store.dump(
        destination, format=pyoxigraph.RdfFormat.TURTLE, from_graph=pyoxigraph.DefaultGraph(), prefixes=names
    )


def _remove_abandoned_staging(folder: Path) -> None:
    """Delete staging folders whose build process is gone (it was killed before its commit)."""
    for path in folder.glob(f"{_STAGING_PREFIX}*"):
        pid_text = path.name[len(_STAGING_PREFIX) :].split("-", 1)[0]
        if pid_text.isdigit() and int(pid_text) != os.getpid() and _alive(int(pid_text)):
            continue
        log.info("removing %s, left by a build that did not finish", path)
        shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _commit(staging: Path, folder: Path) -> None:
    """Swap the staged outputs in: the store first (by atomic exchange), then the files."""
    previous = staging / "previous"
    previous.mkdir()
    for name in (STORE_DIR, TRIG_FILE, TURTLE_FILE):
        new, target = staging / name, folder / name
        try:
            if new.is_dir() and target.exists():
                _swap_dirs(new, target, previous / name)
            else:
                os.replace(new, target)
        except OSError as error:
            raise StoreError(
                f"cannot move the new {name} into {folder}: {error.strerror}; "
                f"the previous {name} is unchanged, check permissions on {folder}"
            ) from error
    shutil.rmtree(staging, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _swap_dirs(new: Path, target: Path, parking: Path) -> None:
    """Put ``new`` at ``target``: one atomic exchange on Linux, else two renames."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is not None:
        result = renameat2(_AT_FDCWD, bytes(new), _AT_FDCWD, bytes(target), _RENAME_EXCHANGE)
        if result == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
            raise OSError(code, os.strerror(code), str(target))
    os.rename(target, parking)
    os.rename(new, target)


# --------------------------------------------------------------------------- reading


def store_path(out: Path | str) -> Path:
    """``OUT/store``, checked: a missing or incomplete output folder raises ``OutputError``."""
    folder = Path(out)
    if not folder.is_dir():
        raise OutputError(
            f"{folder} is not an output folder (it does not exist); run `kg build DOCS --out {folder}`"
        )
    path = folder / STORE_DIR
    if not (path / "CURRENT").is_file():
        missing = f"{path}/" if not path.exists() else f"{path}/CURRENT (the store is incomplete)"
        raise OutputError(f"{missing} is missing; run `kg build DOCS --out {folder}` to write the store")
    return path


def open_store(out: Path | str) -> pyoxigraph.Store:
    """The store of a build, opened read-only with pyoxigraph (several readers may share it)."""
    path = store_path(out)
    try:
        return pyoxigraph.Store.read_only(str(path))
    except OSError as error:
        raise StoreError(f"cannot open the store {path}: {error}; rebuild it with `kg build`") from error


def load(out: Path | str, *, in_memory: bool = False, prefixes: Mapping[str, str] | None = None) -> Dataset:
    """The graph of a build as an rdflib ``Dataset``: one named graph per document, and as the
    default graph their merge (what ``graph.ttl`` holds), which queries and ``triples()`` read.

    By default the on-disk store is opened read-only (nothing is copied: big graphs open
    instantly). ``in_memory=True`` copies it into a writable in-memory Oxigraph store, for
    small jobs and tests that change the graph (a triple added to the default graph only is
    in no document's graph). ``prefixes`` default to ``kg.rdf.PREFIXES``.
    """
    store = open_store(out)
    if in_memory:
        copy = pyoxigraph.Store()
        copy.bulk_load(store.dump(format=pyoxigraph.RdfFormat.N_QUADS), format=pyoxigraph.RdfFormat.N_QUADS)
        store = copy
    return _dataset(store, prefixes)


def memory_dataset(quads: Iterable[Quad] = (), *, prefixes: Mapping[str, str] | None = None) -> Dataset:
    """An in-memory Oxigraph ``Dataset`` of ``quads``, shaped and queried like ``load``'s."""
    store = pyoxigraph.Store()
    nquads: list[str] = []
    ntriples: list[str] = []
    for block in _quad_blocks(quads, TextTerms({})):
        g = block.graph[0]
        nquads += [f"{s[0]} {p[0]} {o[0]} {g} .\n" for s, p, o in block.statements]
        ntriples += [f"{s[0]} {p[0]} {o[0]} .\n" for s, p, o in block.union]
    if nquads:
        store.bulk_load(_utf8("".join(nquads)), format=_N_QUADS)
        store.bulk_load(_utf8("".join(ntriples)), format=_N_TRIPLES, to_graph=_DEFAULT)
    return _dataset(store, prefixes)


class OxigraphBackend(OxigraphStore):
    """oxrdflib's rdflib store over a pyoxigraph store, which it keeps at hand for the fast paths
    (``kg.sparql`` queries it directly, skipping rdflib's result objects)."""

    def __init__(self, store: pyoxigraph.Store) -> None:
        super().__init__(store=store)
        self.oxigraph = store


def oxigraph_store(dataset: Dataset) -> pyoxigraph.Store | None:
    """The pyoxigraph store behind ``dataset`` (from ``load`` or ``memory_dataset``), else None."""
    backend = dataset.store
    return backend.oxigraph if isinstance(backend, OxigraphBackend) else None


def _dataset(store: pyoxigraph.Store, prefixes: Mapping[str, str] | None) -> Dataset:
    # Not default_union: the store's default graph already is the merge of the named graphs.
    dataset = Dataset(store=OxigraphBackend(store), default_union=False)
    for prefix, namespace in (prefixes if prefixes is not None else default_prefixes()).items():
        dataset.bind(prefix, URIRef(str(namespace)), override=True, replace=True)
    return dataset


def default_prefixes() -> dict[str, str]:
    """The project's prefixes (``kg.rdf.PREFIXES``) as plain strings."""
    return {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
