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

Writes are transactional. ``write_outputs`` builds everything in a staging folder inside
``OUT`` and only then swaps it in by renaming, so a build that fails or is killed halfway
leaves the previous store and files as they were; a staging folder left by a killed build is
removed by the next one.

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
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pyoxigraph
from oxrdflib.store import OxigraphStore
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import OutputError, StoreError
from kg.rdf import PREFIXES

log = logging.getLogger(__name__)

Quad = tuple[Node, Node, Node, Node]
"""``(subject, predicate, object, graph)`` in rdflib terms; the graph is a document IRI."""

STORE_DIR = "store"
TRIG_FILE = "graph.trig"
TURTLE_FILE = "graph.ttl"
OUTPUT_NAMES: dict[str, str] = {"store": STORE_DIR, "trig": TRIG_FILE, "turtle": TURTLE_FILE}
"""What a build writes into ``OUT``, by role; ``load`` needs the store, the files are for people."""

_STAGING_PREFIX = ".kg-staging-"
_CHUNK_QUADS = 20_000
_KEEP_ENCODING_BELOW = 200


@dataclass(frozen=True)
class Outputs:
    """What ``write_outputs`` wrote: the files by role, and how many quads and named graphs."""

    folder: Path
    quads: int
    graphs: int
    files: dict[str, Path] = field(default_factory=dict)


# --------------------------------------------------------------------------- N-Quads encoding

# N-Triples forbids these in an IRIREF; they are percent-encoded (RFC 3987 §3.1) so one bad
# IRI from a document cannot fail the whole load.
_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')
_LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_BNODE_LABEL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*(?<!\.)")
_LANG_TAG = re.compile(r"[A-Za-z]+(-[A-Za-z0-9]+)*")


def _iri(value: str) -> str:
    if _IRI_UNSAFE.search(value):
        fixed = _IRI_UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), value)
        log.info("IRI %r has characters an IRI forbids; written as %r", value, fixed)
        value = fixed
    return f"<{value}>"


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
        text = '"' + str(term).translate(_LITERAL_ESCAPES) + '"'
        if term.language:
            if not _LANG_TAG.fullmatch(term.language):
                raise StoreError(f"literal {text} has an invalid language tag {term.language!r}")
            return f"{text}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{text}^^{_iri(term.datatype)}"
        return text
    if isinstance(term, BNode):
        label = str(term)
        return f"_:{label}" if _BNODE_LABEL.fullmatch(label) else f"_:b{label.encode().hex()}"
    raise StoreError(f"cannot store {term!r} ({type(term).__name__}): only IRIs, literals and blank nodes")


class _NQuadsEncoder:
    """Quads of rdflib terms to N-Quads lines, and the merge of their graphs, each triple once.

    IRIs and short literals recur a lot (entities, predicates, labels, rule names), so their
    encodings are kept; long ones (sentences) are encoded each time.
    """

    def __init__(self) -> None:
        self._known: dict[Node, str] = {}
        self.count = 0
        self.graphs: set[Node] = set()
        self.merged: set[str] = set()

    def _term(self, term: Node) -> str:
        text = self._known.get(term)
        if text is None:
            text = ntriples_term(term)
            if len(text) <= _KEEP_ENCODING_BELOW:
                self._known[term] = text
        return text

    def chunks(self, quads: Iterable[Quad]) -> Iterator[bytes]:
        """N-Quads of ``quads`` in chunks; then ``merged`` holds each ``s p o`` once."""
        term, merged, graphs = self._term, self.merged, self.graphs
        lines: list[str] = []
        for s, p, o, g in quads:
            graphs.add(g)
            triple = f"{term(s)} {term(p)} {term(o)}"
            merged.add(triple)
            lines.append(f"{triple} {term(g)} .\n")
            if len(lines) >= _CHUNK_QUADS:
                self.count += len(lines)
                yield _encode(lines)
                lines = []
        self.count += len(lines)
        yield _encode(lines)

    def merge_chunks(self) -> Iterator[bytes]:
        """The merged graph as N-Triples lines (the default graph of an N-Quads file)."""
        lines: list[str] = []
        for triple in self.merged:
            lines.append(f"{triple} .\n")
            if len(lines) >= _CHUNK_QUADS:
                yield _encode(lines)
                lines = []
        yield _encode(lines)


def _encode(lines: list[str]) -> bytes:
    text = "".join(lines)
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        # A lone surrogate (a decoding accident upstream) cannot be stored as RDF text.
        log.warning("replaced invalid Unicode (lone surrogates) in %d quads with U+FFFD", len(lines))
        return text.encode("utf-8", errors="replace")


# --------------------------------------------------------------------------- writing


def write_outputs(quads: Iterable[Quad], out: Path | str, *, prefixes: Mapping[str, str]) -> Outputs:
    """Write ``OUT/store``, ``OUT/graph.trig`` and ``OUT/graph.ttl`` from ``quads``, all or nothing.

    ``quads`` is consumed once, streamed (only the distinct triples, as N-Triples text, are kept
    for the merge). Everything is
    built in a staging folder inside ``out`` and swapped in by renames at the end: if ``quads``
    raises, or the process dies, the previous outputs stay as they were. ``prefixes`` (prefix
    → namespace IRI) are used by both serialisations.
    """
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(
            f"cannot create the output folder {folder}: {error.strerror}; choose a writable --out"
        ) from error
    _remove_abandoned_staging(folder)
    try:
        staging = Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=folder))
    except OSError as error:
        raise OutputError(f"cannot write into {folder}: {error.strerror}; choose a writable --out") from error
    try:
        loaded = build_store(
            quads,
            staging / STORE_DIR,
            trig=staging / TRIG_FILE,
            turtle=staging / TURTLE_FILE,
            prefixes=prefixes,
        )
        counts = (loaded.quads, loaded.graphs)
        del loaded  # closes the RocksDB store before its folder is renamed
        _commit(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    log.info("wrote %d quads in %d named graphs to %s", *counts, folder)
    return Outputs(
        folder=folder,
        quads=counts[0],
        graphs=counts[1],
        files={role: folder / name for role, name in OUTPUT_NAMES.items()},
    )


@dataclass(frozen=True)
class BuiltStore:
    """A new store, open for writing, and what went into it."""

    store: pyoxigraph.Store
    quads: int
    graphs: int


def build_store(
    quads: Iterable[Quad],
    path: Path,
    *,
    trig: Path | None = None,
    turtle: Path | None = None,
    prefixes: Mapping[str, str] | None = None,
) -> BuiltStore:
    """A new on-disk store at ``path``: ``quads`` in their named graphs, their merge as the default graph.

    The quads, then their merge (each triple once, as default-graph lines), are encoded as
    N-Quads into one scratch file beside ``path`` (faster than building pyoxigraph terms one
    by one in Python), which pyoxigraph's bulk loader reads in Rust: one load. The named graphs
    are then written as TriG to ``trig`` and the merge as Turtle to ``turtle``, when given, by
    pyoxigraph's serialisers.
    """
    encoder = _NQuadsEncoder()
    names = {key: str(value) for key, value in (prefixes or {}).items()}
    scratch = path.with_name(path.name + ".nq")
    try:
        with scratch.open("wb") as sink:
            for chunk in encoder.chunks(quads):
                sink.write(chunk)
            for chunk in encoder.merge_chunks():
                sink.write(chunk)
        merged = len(encoder.merged)
        encoder.merged.clear()
        store = pyoxigraph.Store(str(path))
        # Lenient: the encoder already wrote valid N-Quads (IRIs escaped), and one odd IRI from a
        # document must not fail a whole build; it also loads about 15% faster.
        store.bulk_load(path=str(scratch), format=pyoxigraph.RdfFormat.N_QUADS, lenient=True)
        scratch.unlink()
        if trig is not None:
            pyoxigraph.serialize(
                named_quads(store), str(trig), format=pyoxigraph.RdfFormat.TRIG, prefixes=names
            )
        if turtle is not None:
            write_turtle(store, turtle, names)
        store.flush()
    except (OSError, SyntaxError) as error:
        raise StoreError(f"cannot build the store {path}: {error}; check free disk space") from error
    finally:
        scratch.unlink(missing_ok=True)
    log.info(
        "store %s: %d quads in %d named graphs, %d triples merged",
        path,
        encoder.count,
        len(encoder.graphs),
        merged,
    )
    return BuiltStore(store, encoder.count, len(encoder.graphs))


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
    encoder = _NQuadsEncoder()
    data = b"".join([*encoder.chunks(quads), *encoder.merge_chunks()])
    if data:
        store.bulk_load(data, format=pyoxigraph.RdfFormat.N_QUADS)
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
