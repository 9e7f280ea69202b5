"""The one place that wires the stages together: files → documents → extractions → graph → outputs.

Every stage is a pure function over the data model; this module adds the order, the
per-document error boundary (a document that fails is reported and skipped, the build goes on),
optional worker processes for extraction, progress reporting and the build report.
"""

from __future__ import annotations

import gc
import json
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.calibrate import Calibration, calibrate_extraction
from kg.errors import KGError
from kg.extract import Extractor, check_extraction, get_extractor
from kg.ingest import load_documents
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Document, Extraction, KnowledgeGraph, Skipped
from kg.resolve import resolve

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int | None], None]
"""``progress(stage, done, total)``: called as work advances; ``total`` is None when unknown."""

REPORT_FILE = "build.json"


@dataclass(frozen=True)
class BuildReport:
    """What a build read, produced and skipped, and where it wrote it."""

    out: str
    documents: int
    entities: int
    triples: int
    facts: int
    quads: int
    seconds: float
    skipped: tuple[Skipped, ...] = ()
    files: dict[str, str] = field(default_factory=dict)
    validation: dict[str, object] = field(default_factory=dict)
    calibration: str | None = None
    """The calibration table the relations' confidences come from; None: as the rules state them."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2)


def _silent(stage: str, done: int, total: int | None) -> None:
    """The default progress callback: nothing to show."""


def read_documents(
    inputs: Iterable[Path | str], progress: Progress = _silent
) -> tuple[list[Document], list[Skipped]]:
    """Ingest every input, dropping exact duplicates (same content hash) with a log line."""
    documents: dict[str, Document] = {}
    skipped: list[Skipped] = []
    for item in load_documents(Path(p) for p in inputs):
        if isinstance(item, Skipped):
            log.warning("skipped %s: %s", item.origin, item.reason)
            skipped.append(item)
        elif item.id in documents:
            log.info("%s has the same text as %s; read once", item.origin, documents[item.id].origin)
        else:
            documents[item.id] = item
        progress("read", len(documents) + len(skipped), None)
    return list(documents.values()), skipped


def _extract_one(extractor: Extractor, doc: Document) -> Extraction | Skipped:
    """The per-document error boundary: a failure skips this document, never the build."""
    try:
        return check_extraction(doc, extractor.extract(doc))
    except KGError as error:
        return Skipped(doc.origin, str(error))
    except Exception as error:  # an extractor bug must not lose the rest of the corpus
        log.exception("extractor %s failed on %s", extractor.name, doc.origin)
        return Skipped(doc.origin, f"extractor {extractor.name!r} failed: {error!r}; please report this")


_worker: Extractor | None = None


def _init_worker(extractor_name: str, lexicon_paths: tuple[str, ...]) -> None:
    global _worker  # one extractor per worker process, built once  # noqa: PLW0603
    _worker = get_extractor(extractor_name, load_lexicon([Path(p) for p in lexicon_paths]))
    gc.freeze()  # the lexicon and models live as long as the worker (see _collector_spares_loaded)


@contextmanager
def _collector_spares_loaded() -> Iterator[None]:
    """Leave what is alive now (the lexicon: some 300,000 objects) out of the cyclic garbage
    collector's full passes until the block ends. Each full pass of a build walked every object
    of the lexicon, which nothing frees while the process lives: three passes took 0.8 s of a
    1 MB build, 0.3 s without the lexicon. Frozen objects are still freed by reference counting."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _extract_in_worker(doc: Document) -> Extraction | Skipped:
    assert _worker is not None, "worker used before its initializer ran"
    return _extract_one(_worker, doc)


def extract_documents(
    documents: Sequence[Document],
    *,
    extractor_name: str,
    lexicon: Lexicon,
    lexicon_paths: Sequence[Path] = (),
    jobs: int = 1,
    progress: Progress = _silent,
) -> Iterator[Extraction | Skipped]:
    """Run the extractor over every document, in ``jobs`` worker processes when above one."""
    if jobs <= 1 or len(documents) < 2 * jobs:
        extractor = get_extractor(extractor_name, lexicon)
        for done, doc in enumerate(documents, 1):
            yield _extract_one(extractor, doc)
            progress("extract", done, len(documents))
        return
    chunk = max(1, min(64, len(documents) // (jobs * 8)))
    with ProcessPoolExecutor(
        max_workers=jobs,
        initializer=_init_worker,
        initargs=(extractor_name, tuple(str(p) for p in lexicon_paths)),
    ) as pool:
        for done, result in enumerate(pool.map(_extract_in_worker, documents, chunksize=chunk), 1):
            yield result
            progress("extract", done, len(documents))


def build_graph(
    inputs: Iterable[Path | str],
    *,
    lexicons: Sequence[Path | str] = (),
    extractor: str = "rules",
    jobs: int = 1,
    calibration: Calibration | None = None,
    progress: Progress = _silent,
) -> KnowledgeGraph:
    """Ingest, extract and resolve: the knowledge graph of a corpus, in memory.

    With a ``calibration``, each relation's confidence is the calibrated one
    (``kg.calibrate``); without, the one its rule states.
    """
    lexicon_paths = [Path(p) for p in lexicons]
    lexicon = load_lexicon(lexicon_paths)
    documents, skipped = read_documents(inputs, progress)
    extractions: list[Extraction] = []
    by_origin = {doc.origin: doc for doc in documents}
    for result in extract_documents(
        documents,
        extractor_name=extractor,
        lexicon=lexicon,
        lexicon_paths=lexicon_paths,
        jobs=jobs,
        progress=progress,
    ):
        if isinstance(result, Skipped):
            log.warning("skipped %s: %s", result.origin, result.reason)
            skipped.append(result)
            by_origin.pop(result.origin, None)
        else:
            extractions.append(calibrate_extraction(result, calibration) if calibration else result)
    kept = [doc for doc in documents if doc.origin in by_origin]
    progress("resolve", 0, None)
    graph = resolve(kept, extractions, lexicon)
    return KnowledgeGraph(
        documents=graph.documents,
        entities=graph.entities,
        triples=graph.triples,
        facts=graph.facts,
        merges=graph.merges,
        skipped=tuple(skipped),
    )


def default_jobs() -> int:
    """Worker processes for extraction: the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def build(
    inputs: Iterable[Path | str],
    out: Path | str,
    *,
    lexicons: Sequence[Path | str] = (),
    extractor: str = "rules",
    jobs: int = 1,
    validate: bool = True,
    html: bool = True,
    calibration: Calibration | None = None,
    progress: Progress = _silent,
) -> BuildReport:
    """Build the knowledge graph of ``inputs`` into the folder ``out``.

    Writes ``graph.ttl`` (one graph), ``graph.trig`` (a named graph per document), the
    on-disk store ``store/``, ``graph.html`` (the interactive view) and ``build.json`` (this
    report). Validation reports SHACL violations without dropping data.
    """
    from kg.store import load, write_graph

    started = time.perf_counter()
    out_dir = Path(out)
    load_lexicon([Path(p) for p in lexicons])  # (read once per process) so that it is frozen below
    with _collector_spares_loaded():
        graph = build_graph(
            inputs,
            lexicons=lexicons,
            extractor=extractor,
            jobs=jobs,
            calibration=calibration,
            progress=progress,
        )
        progress("write", 0, None)
        outputs = write_graph(graph, out_dir)
    files = {name: str(path) for name, path in outputs.files.items()}
    validation: dict[str, object] = {}
    if validate or html:
        dataset = load(out_dir)
        if validate:
            from kg.validate import validate as run_shacl

            progress("validate", 0, None)
            report = run_shacl(dataset)
            validation = {"conforms": report.conforms, "violations": len(report.violations)}
            if not report.conforms:
                log.warning(
                    "SHACL: %d violations (data kept); run `kg validate %s`", len(report.violations), out_dir
                )
        if html:
            from kg.view import write_html

            progress("view", 0, None)
            page = write_html(dataset, out_dir / "graph.html")
            files["html"] = str(page)
    report_path = out_dir / REPORT_FILE
    build_report = BuildReport(
        out=str(out_dir),
        documents=len(graph.documents),
        entities=len(graph.entities),
        triples=len(graph.triples),
        facts=len(graph.facts),
        quads=outputs.quads,
        seconds=round(time.perf_counter() - started, 3),
        skipped=graph.skipped,
        files={**files, "report": str(report_path)},
        validation=validation,
        calibration=calibration.source if calibration else None,
    )
    report_path.write_text(build_report.to_json(), encoding="utf-8")
    return build_report
