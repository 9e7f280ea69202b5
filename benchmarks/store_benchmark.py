"""The store, measured: rdflib's Memory store (baseline), our store through our code, raw pyoxigraph (floor).

    .venv/bin/python benchmarks/store_benchmark.py [--triples 1000000] [--repeat 3] [--cap 600]

The data is synthetic and shaped like ours (``kg.rdf``): documents with Dublin Core, entities
of the nine classes typed and labelled @en/@zh (with altLabels) in the named graph of every
document that mentions them, relations between them with an evidence node each (sentence,
offsets, rule, confidence), dated facts with their evidence; one named graph per document.

Each engine runs in its own process (so peak memories do not mix), one after the other:

* ``rdflib`` — an rdflib ``Dataset`` on the default Memory store: ``addN`` of the quads,
  ``Dataset.query`` with ``initBindings``, rdflib's Turtle serialiser over the union;
* ``ours`` — ``kg.store.build_store`` (the quads in their named graphs, and their merge as the
  default graph, on disk), ``kg.sparql.run_query`` over ``kg.store.load`` (rdflib's API through
  oxrdflib), ``kg.store.write_turtle``;
* ``pyoxigraph`` — the same store made by pyoxigraph alone: one ``Store.bulk_load`` of an
  N-Quads file that already holds the quads and their merge (made before the clock starts),
  ``Store.query`` with substitutions, ``Store.dump`` as Turtle.

Measured: load, two ways — an N-Quads file of the graph (rdflib ``Dataset.parse``; ours
``kg.store.load_rdf``, what ``kg add`` does, which also makes the merged default graph; the floor
``bulk_load`` of a file that already holds the merge) and the quads in memory (rdflib ``addN``;
ours ``kg.store.write_outputs``, what ``kg build`` does, which also writes graph.trig and
graph.ttl); "reopen": what a later process pays to query the saved graph again (rdflib parses the
N-Quads file; the stores open their folder) and get a first answer; the saved questions of
``kg/queries`` (with parameters that hit the data), a GROUP BY count, a two-hop join and a FILTER
regex, each engine returning the same number of rows; Turtle serialisation; peak memory
(``ru_maxrss`` of the process, input quads included, before the reopen). A query time is the
best of ``--repeat`` runs (one run for rdflib, whose slowest query takes minutes); an rdflib
query past ``--cap`` seconds is stopped and reported as "> cap".

Goals: ours ≥ 10× rdflib on loading a file and on the geometric mean of the query times; ours within
1.5× of raw pyoxigraph; at most 2 GB of memory per million triples.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType
from typing import Any

from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO, SKOS, XSD
from rdflib.term import Node

BASE = "https://w3id.org/kg-dsr/"
KGO = Namespace(BASE + "ontology#")
KGE = Namespace(BASE + "entity/")
KGD = Namespace(BASE + "doc/")
KGX = Namespace(BASE + "evidence/")
KGF = Namespace(BASE + "fact/")

CLASSES = {
    "Country": ("Country", "国家"),
    "Organization": ("Organization", "组织"),
    "Initiative": ("Initiative", "倡议"),
    "Project": ("Project", "项目"),
    "Agreement": ("Agreement", "协定"),
    "Technology": ("Technology", "技术"),
    "Person": ("Person", "人物"),
    "Place": ("Place", "地点"),
    "Event": ("Event", "会议"),
}
# (subject class, predicate, object class): the relations a document states, as the ontology allows.
RELATIONS = [
    ("Project", "connects", "Country"),
    ("Project", "connects", "Place"),
    ("Project", "landsAt", "Place"),
    ("Project", "builtBy", "Organization"),
    ("Project", "operatedBy", "Organization"),
    ("Project", "fundedBy", "Organization"),
    ("Project", "partOf", "Initiative"),
    ("Initiative", "about", "Technology"),
    ("Project", "about", "Technology"),
    ("Initiative", "partOf", "Initiative"),
    ("Initiative", "proposedBy", "Country"),
    ("Agreement", "signedWith", "Country"),
    ("Country", "signedWith", "Country"),
    ("Organization", "locatedIn", "Country"),
    ("Place", "locatedIn", "Country"),
    ("Country", "memberOf", "Organization"),
    ("Person", "headOf", "Organization"),
    ("Person", "participatedIn", "Event"),
    ("Country", "cooperatesWith", "Country"),
]
ENTITIES_PER_DOCUMENT = 12
RELATIONS_PER_DOCUMENT = 10
FACTS_PER_DOCUMENT = 3

Quad = tuple[Node, Node, Node, Node]


def entity(cls: str, number: int) -> tuple[URIRef, Literal, Literal, Literal]:
    """An entity of ``cls``: IRI, English label, Chinese label, an alias."""
    en, zh = CLASSES[cls]
    return (
        KGE[f"{cls.lower()}/{number}"],
        Literal(f"{en} {number}", lang="en"),
        Literal(f"{zh}{number}号", lang="zh"),
        Literal(f"{en[:3].upper()}-{number}", lang="en"),
    )


def synthetic_quads(triples: int, seed: int = 7) -> Iterator[Quad]:
    """About ``triples`` quads of our shape, deterministic for a seed."""
    rnd = random.Random(seed)
    per_class = max(20, triples // 900)
    integers: dict[int, Literal] = {}

    def integer(n: int) -> Literal:
        if n not in integers:
            integers[n] = Literal(n, datatype=XSD.integer)
        return integers[n]

    rules = {name: Literal(name) for name in ("first-mention", "pattern", "lexicon", "date")}
    extractor = Literal("rules")
    confidence = Literal("0.9", datatype=XSD.decimal)
    produced = doc_number = 0
    while produced < triples:
        g = KGD[f"doc{doc_number:07d}"]
        lang = "zh" if doc_number % 2 else "en"
        title = f"数字丝绸之路报道 {doc_number}" if lang == "zh" else f"Report {doc_number}"
        day = f"20{10 + doc_number % 15}-{1 + doc_number % 12:02d}-{1 + doc_number % 28:02d}"
        quads: list[Quad] = [
            (g, RDF.type, KGO.Document, g),
            (g, RDF.type, PROV.Entity, g),
            (g, DCTERMS.identifier, Literal(f"doc{doc_number:07d}"), g),
            (g, DCTERMS.title, Literal(title, lang=lang), g),
            (g, DCTERMS.date, Literal(day, datatype=XSD.date), g),
            (g, DCTERMS.language, Literal(lang), g),
            (g, DCTERMS.publisher, Literal("新华社" if lang == "zh" else "Reuters"), g),
        ]
        mentioned: dict[str, list[int]] = {}
        for subject_cls, _, object_cls in rnd.sample(RELATIONS, k=RELATIONS_PER_DOCUMENT):
            for cls in (subject_cls, object_cls):
                mentioned.setdefault(cls, []).append(rnd.randrange(per_class))
        extra = list(CLASSES)
        while sum(len(v) for v in mentioned.values()) < ENTITIES_PER_DOCUMENT:
            mentioned.setdefault(rnd.choice(extra), []).append(rnd.randrange(per_class))
        offset = 0
        for cls, numbers in mentioned.items():
            for number in set(numbers):
                iri, en, zh, alias = entity(cls, number)
                quads += [
                    (iri, RDF.type, KGO[cls], g),
                    (iri, RDFS.label, en, g),
                    (iri, RDFS.label, zh, g),
                    (iri, SKOS.altLabel, alias, g),
                ]
                x = KGX[f"m{doc_number}-{cls}-{number}"]
                quads += [
                    (x, RDF.type, KGO.Evidence, g),
                    (x, RDF.subject, iri, g),
                    (x, RDF.predicate, RDF.type, g),
                    (x, RDF.object, KGO[cls], g),
                    (x, PROV.wasDerivedFrom, g, g),
                    (x, KGO.rule, rules["first-mention"], g),
                ]
        for index in range(RELATIONS_PER_DOCUMENT):
            subject_cls, predicate, object_cls = RELATIONS[(doc_number + index * 7) % len(RELATIONS)]
            s = entity(subject_cls, rnd.choice(mentioned.get(subject_cls) or [rnd.randrange(per_class)]))
            o = entity(object_cls, rnd.choice(mentioned.get(object_cls) or [rnd.randrange(per_class)]))
            for iri, en, zh, _ in (s, o):
                quads += [(iri, RDF.type, KGO[subject_cls if iri == s[0] else object_cls], g),
                          (iri, RDFS.label, en, g), (iri, RDFS.label, zh, g)]  # fmt: skip
            p = KGO[predicate]
            sentence = (
                f"{s[2]}与{o[2]}在第{doc_number}号报道第{index}句中出现，涉及跨境光缆合作。"
                if lang == "zh"
                else f"{s[1]} and {o[1]} appear in sentence {index} of report {doc_number} on cables."
            )
            x = KGX[f"r{doc_number}-{index}"]
            quads += [
                (s[0], p, o[0], g),
                (x, RDF.type, KGO.Evidence, g),
                (x, RDF.type, PROV.Entity, g),
                (x, RDF.subject, s[0], g),
                (x, RDF.predicate, p, g),
                (x, RDF.object, o[0], g),
                (x, PROV.wasDerivedFrom, g, g),
                (x, KGO.sentence, Literal(sentence, lang=lang), g),
                (x, KGO.startOffset, integer(offset), g),
                (x, KGO.endOffset, integer(offset + len(sentence)), g),
                (x, KGO.extractor, extractor, g),
                (x, KGO.rule, rules["pattern"], g),
                (x, KGO.confidence, confidence, g),
            ]
            offset += len(sentence) + 1
        for index in range(FACTS_PER_DOCUMENT):
            s = entity("Project", rnd.choice(mentioned.get("Project") or [rnd.randrange(per_class)]))
            f = KGF[f"{doc_number}-{index}"]
            year = 2005 + (doc_number + index) % 20
            date = (
                Literal(f"{year}", datatype=XSD.gYear)
                if index == 0
                else Literal(f"{year}-{1 + index:02d}", datatype=XSD.gYearMonth)
                if index == 1
                else Literal(f"{year}-{1 + index:02d}-{10 + index:02d}", datatype=XSD.date)
            )
            x = KGX[f"f{doc_number}-{index}"]
            opened = f"{s[2]}于{date}开通。" if lang == "zh" else f"{s[1]} opened in {date}."
            quads += [
                (s[0], KGO.fact, f, g),
                (f, RDF.type, KGO.Fact, g),
                (f, KGO.attribute, Literal(("announced", "started", "opened")[index]), g),
                (f, KGO.date, date, g),
                (x, RDF.type, KGO.Evidence, g),
                (x, RDF.subject, s[0], g),
                (x, RDF.predicate, KGO.fact, g),
                (x, RDF.object, f, g),
                (x, PROV.wasDerivedFrom, g, g),
                (x, KGO.sentence, Literal(opened, lang=lang), g),
                (x, KGO.rule, rules["date"], g),
                (x, SDO.position, integer(index), g),
            ]  # fmt: skip
        produced += len(quads)
        doc_number += 1
        yield from quads


# --------------------------------------------------------------------------- the questions


def parameters(quads: list[Quad]) -> dict[str, dict[str, str]]:
    """Parameters of the saved questions that hit the data: names of the first entities that
    have what each question asks (a connected country, a builder, a signatory, …)."""
    labels: dict[tuple[Node, str], str] = {}
    aliases: dict[Node, str] = {}
    first: dict[str, tuple[Node, Node]] = {}
    for s, p, o, _ in quads:
        if p == RDFS.label and isinstance(o, Literal):
            labels.setdefault((s, str(o.language)), str(o))
        elif p == SKOS.altLabel:
            aliases.setdefault(s, str(o))
        elif isinstance(p, URIRef) and p.startswith(str(KGO)):
            kind = p[len(str(KGO)) :]
            if kind == "signedWith" and "/country/" not in s:
                continue
            if kind == "about" and "/initiative/" not in s:
                continue
            if kind == "connects" and "/country/" not in o:
                continue
            first.setdefault(kind, (s, o))
    return {
        "which_projects_connect_country": {"country": labels[(first["connects"][1], "zh")]},
        "who_built_or_operates_project": {"project": labels[(first["builtBy"][0], "en")]},
        "who_signed_what_with_whom": {"party": labels[(first["signedWith"][0], "en")]},
        "technologies_of_initiative": {"initiative": labels[(first["about"][0], "zh")]},
        "timeline_of_project": {"project": aliases[first["fact"][0]]},
        "evidence_for_triple": {"subject": labels[(first["connects"][0], "zh")], "predicate": "connects"},
    }


def questions(params: dict[str, dict[str, str]]) -> dict[str, tuple[str, dict[str, str]]]:
    """Query name → (text, parameters): the saved questions, then three classic shapes."""
    from kg.sparql import saved_queries

    chosen = {name: (saved.text, params[name]) for name, saved in saved_queries().items() if name in params}
    chosen["group_by_count"] = (
        "SELECT ?class (COUNT(DISTINCT ?entity) AS ?entities) WHERE { ?entity a ?class } GROUP BY ?class",
        {},
    )
    chosen["two_hop_join"] = (
        "SELECT DISTINCT ?project ?country "
        "WHERE { ?project kgo:builtBy ?builder . ?builder kgo:locatedIn ?country }",
        {},
    )
    chosen["filter_regex"] = (
        "SELECT DISTINCT ?evidence "
        'WHERE { ?evidence kgo:sentence ?text . FILTER(REGEX(?text, "report 1[0-9]*8 on")) }',
        {},
    )
    return chosen


# --------------------------------------------------------------------------- engines (one per process)


class CappedError(Exception):
    """A query ran past ``--cap``."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise CappedError


def timed(work: Callable[[], Any], repeat: int, cap: float | None = None) -> tuple[float, Any]:
    """Best time of ``repeat`` runs and the last result; ``cap`` stops a pure-Python run (SIGALRM)."""
    best, result = math.inf, None
    for _ in range(repeat):
        if cap:
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, cap)
        started = time.perf_counter()
        try:
            result = work()
        except CappedError:
            return math.inf, None
        finally:
            if cap:
                signal.setitimer(signal.ITIMER_REAL, 0)
        best = min(best, time.perf_counter() - started)
    return best, result


Ask = Callable[[str, dict[str, str]], int]
"""Run a query with parameters; return its number of rows."""

FIRST_ANSWER = "ASK { ?project a kgo:Project }"


@dataclass
class Engine:
    """What one engine did: its load time, how to ask it, serialise it, and reopen what it saved."""

    load_s: float
    ask: Ask
    serialise: Callable[[], Any]
    reopen: Callable[[], Any]
    extra: dict[str, float] = field(default_factory=dict)


def engine_rdflib(quads: list[Quad], nquads: Path, turtle: Path, prefixes: dict[str, str]) -> Engine:
    holder = {"dataset": Dataset(default_union=True)}
    load_s, _ = timed(lambda: holder["dataset"].addN(quads), 1)

    def ask(text: str, bound: dict[str, str]) -> int:
        bindings = {name: Literal(value) for name, value in bound.items()}
        return len(list(holder["dataset"].query(text, initNs=prefixes, initBindings=bindings)))

    extra: dict[str, float] = {}

    def reopen() -> None:
        # What a later process pays to query a build kept as a file: parse it again. The parse
        # alone is also rdflib's time to load an RDF file.
        holder["dataset"] = Dataset(default_union=True)
        started = time.perf_counter()
        holder["dataset"].parse(nquads, format="nquads")
        extra["load_file_s"] = time.perf_counter() - started
        ask(FIRST_ANSWER, {})

    return Engine(load_s, ask, lambda: holder["dataset"].serialize(turtle, format="turtle"), reopen, extra)


def engine_ours(
    quads: list[Quad], nquads: Path, turtle: Path, prefixes: dict[str, str], workdir: Path
) -> Engine:
    import pyoxigraph

    from kg.sparql import run_query
    from kg.store import load, load_rdf, open_store, write_outputs, write_turtle

    out = workdir / "out"

    def build() -> None:
        # What `kg build` does with its quads: the store, graph.trig and graph.ttl, all or nothing.
        write_outputs(quads, out, prefixes=prefixes)

    def load_file() -> None:
        # What `kg add` does with an RDF file: its named graphs, and their merge as the default graph.
        load_rdf(pyoxigraph.Store(str(workdir / "file-store")), nquads)

    load_s, _ = timed(build, 1)
    load_file_s, _ = timed(load_file, 1)
    shutil.rmtree(workdir / "file-store", ignore_errors=True)
    holder = {"dataset": load(out)}

    def ask(text: str, bound: dict[str, str]) -> int:
        return len(run_query(holder["dataset"], text, bound).rows)

    def reopen() -> None:
        holder["dataset"] = load(out)
        ask(FIRST_ANSWER, {})

    def serialise() -> None:
        write_turtle(open_store(out), turtle, prefixes)

    return Engine(load_s, ask, serialise, reopen, {"load_file_s": load_file_s})


def engine_pyoxigraph(nquads: Path, turtle: Path, prefixes: dict[str, str], workdir: Path) -> Engine:
    import pyoxigraph

    path = workdir / "raw-store"

    def build() -> pyoxigraph.Store:
        store = pyoxigraph.Store(str(path))
        store.bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS)
        return store

    load_s, built = timed(build, 1)
    in_memory_s, _ = timed(
        lambda: pyoxigraph.Store().bulk_load(path=str(nquads), format=pyoxigraph.RdfFormat.N_QUADS), 1
    )
    del built
    holder = {"store": pyoxigraph.Store.read_only(str(path))}

    def ask(text: str, bound: dict[str, str]) -> int:
        substitutions = {pyoxigraph.Variable(k): pyoxigraph.Literal(v) for k, v in bound.items()}
        answer = holder["store"].query(text, prefixes=prefixes, substitutions=substitutions)
        return 1 if isinstance(answer, pyoxigraph.QueryBoolean) else len(list(answer))

    def serialise() -> None:
        merged = pyoxigraph.DefaultGraph()
        holder["store"].dump(
            str(turtle), format=pyoxigraph.RdfFormat.TURTLE, from_graph=merged, prefixes=prefixes
        )

    def reopen() -> None:
        holder["store"] = pyoxigraph.Store.read_only(str(path))
        ask(FIRST_ANSWER, {})

    return Engine(load_s, ask, serialise, reopen, {"load_in_memory_s": in_memory_s, "load_file_s": load_s})


def write_nquads(quads: list[Quad], target: Path, *, merged: bool) -> None:
    """``quads`` as N-Quads; with ``merged``, also their merge as default-graph lines."""
    from kg.store import ntriples_term

    with target.open("w", encoding="utf-8") as sink:
        sink.writelines(" ".join(ntriples_term(term) for term in quad) + " .\n" for quad in quads)
        if merged:
            merge = {(s, p, o) for s, p, o, _ in quads}
            sink.writelines(" ".join(ntriples_term(term) for term in triple) + " .\n" for triple in merge)


def run_engine(engine: str, triples: int, repeat: int, cap: float, workdir: Path) -> dict[str, Any]:
    """Load, ask, serialise, reopen with one engine; the figures as a dict (JSON for the parent)."""
    from kg.store import default_prefixes

    prefixes = default_prefixes()
    quads = list(synthetic_quads(triples))
    asked = questions(parameters(quads))
    report: dict[str, Any] = {"engine": engine, "quads": len(quads), "queries": {}}
    turtle = workdir / f"{engine}.ttl"
    nquads = workdir / "input.nq"
    query_cap: float | None = None
    if engine == "rdflib":
        write_nquads(quads, nquads, merged=False)
        report["rss_before_load_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        run = engine_rdflib(quads, nquads, turtle, prefixes)
        repeat, query_cap = 1, cap
    elif engine == "ours":
        write_nquads(quads, nquads, merged=False)
        report["rss_before_load_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        run = engine_ours(quads, nquads, turtle, prefixes, workdir)
    else:
        write_nquads(quads, nquads, merged=True)  # the same store as ours: named graphs and their merge
        del quads  # the floor reads the file: no Python terms
        report["rss_before_load_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        run = engine_pyoxigraph(nquads, turtle, prefixes, workdir)
    report["load_s"] = run.load_s
    report.update(run.extra)
    for name, (text, bound) in asked.items():
        took, rows = timed(lambda text=text, bound=bound: run.ask(text, bound), repeat, query_cap)
        report["queries"][name] = {"s": took, "rows": rows}
        print(f"  {engine:<10} {name:<32} {took:9.3f} s  {rows} rows", file=sys.stderr, flush=True)
    report["turtle_s"], _ = timed(run.serialise, 1)
    report["turtle_mb"] = turtle.stat().st_size / 1e6
    stores = [path for path in (workdir / "out" / "store", workdir / "raw-store") if path.exists()]
    report["store_mb"] = (
        sum(f.stat().st_size for path in stores for f in path.rglob("*") if f.is_file()) / 1e6
    )
    report["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report["reopen_s"], _ = timed(run.reopen, 1)
    report.update(run.extra)
    return report


# --------------------------------------------------------------------------- the run


def run_all(triples: int, repeat: int, cap: float) -> list[dict[str, Any]]:
    reports = []
    for engine in ("rdflib", "ours", "pyoxigraph"):
        print(f"{engine}: loading {triples:,} triples and asking the questions…", file=sys.stderr)
        started = time.perf_counter()
        child = subprocess.run(
            [sys.executable, __file__, "--engine", engine, "--triples", str(triples),
             "--repeat", str(repeat), "--cap", str(cap)],
            capture_output=False,
            stdout=subprocess.PIPE,
            text=True,
            check=True,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
        )  # fmt: skip
        reports.append(json.loads(child.stdout))
        print(f"{engine}: done in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return reports


def seconds(value: float) -> str:
    return "> cap" if math.isinf(value) else f"{value:.3f}"


def geometric_mean(values: list[float]) -> float:
    finite = [max(v, 1e-6) for v in values]
    return math.exp(sum(math.log(v) for v in finite) / len(finite))


def print_report(reports: list[dict[str, Any]], triples: int, cap: float) -> None:
    by_engine = {report["engine"]: report for report in reports}
    names = list(by_engine["ours"]["queries"])
    header = f"{'':<34}" + "".join(f"{engine:>16}" for engine in by_engine)
    print(f"\n{by_engine['ours']['quads']:,} quads (asked for {triples:,} triples); times in seconds\n")
    print(header)
    print(f"{'load an N-Quads file':<34}" + "".join(f"{seconds(r['load_file_s']):>16}" for r in reports))
    print(
        f"{'load the quads from memory':<34}"
        + "".join(f"{'—' if r['engine'] == 'pyoxigraph' else seconds(r['load_s']):>16}" for r in reports)
    )
    if "load_in_memory_s" in by_engine["pyoxigraph"]:
        in_memory = seconds(by_engine["pyoxigraph"]["load_in_memory_s"])
        print(f"{'  (pyoxigraph in memory)':<34}{'':>32}{in_memory:>16}")
    print(
        f"{'reopen the saved graph, first answer':<34}"
        + "".join(f"{seconds(r['reopen_s']):>16}" for r in reports)
    )
    for name in names:
        cells = "".join(f"{seconds(r['queries'][name]['s']):>16}" for r in reports)
        print(f"{name:<34}{cells}")
    for report in reports:
        report["geomean_s"] = geometric_mean(
            [q["s"] if not math.isinf(q["s"]) else cap for q in report["queries"].values()]
        )
    print(f"{'queries: geometric mean':<34}" + "".join(f"{r['geomean_s']:>16.4f}" for r in reports))
    print(f"{'Turtle serialisation':<34}" + "".join(f"{seconds(r['turtle_s']):>16}" for r in reports))
    print(f"{'peak memory (MB)':<34}" + "".join(f"{r['peak_rss_mb']:>16.0f}" for r in reports))
    print(
        f"{'  of which input quads (MB)':<34}" + "".join(f"{r['rss_before_load_mb']:>16.0f}" for r in reports)
    )
    print(f"{'on-disk store (MB)':<34}" + "".join(f"{r['store_mb']:>16.0f}" for r in reports))
    rows = {name: {r["engine"]: r["queries"][name]["rows"] for r in reports} for name in names}
    disagree = {
        name: counts
        for name, counts in rows.items()
        if len({c for c in counts.values() if c is not None}) > 1
    }
    print(
        "\nrows per query: "
        + ", ".join(f"{name}={by_engine['ours']['queries'][name]['rows']}" for name in names)
    )
    if disagree:
        print(f"ENGINES DISAGREE on row counts: {disagree}")

    base, ours, raw = by_engine["rdflib"], by_engine["ours"], by_engine["pyoxigraph"]
    millions = ours["quads"] / 1e6
    memory = ours["peak_rss_mb"] / 1024 / millions
    checks = [
        ("load a file: ours vs rdflib", base["load_file_s"] / ours["load_file_s"], "≥ 10×", 10, True),
        ("load from memory: ours vs rdflib", base["load_s"] / ours["load_s"], "(see note)", None, True),
        ("queries (geo. mean): ours vs rdflib", base["geomean_s"] / ours["geomean_s"], "≥ 10×", 10, True),
        ("Turtle: ours vs rdflib", base["turtle_s"] / ours["turtle_s"], "> 1×", 1, True),
        ("reopen + first answer: ours vs rdflib", base["reopen_s"] / ours["reopen_s"], "≥ 10×", 10, True),
        ("load a file: ours / raw", ours["load_file_s"] / raw["load_file_s"], "≤ 1.5×", 1.5, False),
        ("queries (geo. mean): ours / raw", ours["geomean_s"] / raw["geomean_s"], "≤ 1.5×", 1.5, False),
        ("memory: ours, GB per million triples", memory, "≤ 2", 2, False),
        (
            "memory: rdflib, GB per million triples",
            base["peak_rss_mb"] / 1024 / millions,
            "(baseline)",
            None,
            False,
        ),
    ]
    print()
    for label, ratio, goal, bound, at_least in checks:
        verdict = (
            "" if bound is None else "met" if (ratio >= bound if at_least else ratio <= bound) else "NOT MET"
        )
        print(f"{label:<40} {ratio:8.2f}   goal {goal:<10} {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="Size of the synthetic graph.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per query (best kept) on Oxigraph.")
    parser.add_argument("--cap", type=float, default=600.0, help="Seconds before an rdflib query is stopped.")
    parser.add_argument("--engine", choices=("rdflib", "ours", "pyoxigraph"), help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="Also write the figures to this JSON file.")
    args = parser.parse_args()
    if args.engine:
        workdir = Path(tempfile.mkdtemp(prefix=f"kg-store-bench-{args.engine}-"))
        try:
            print(json.dumps(run_engine(args.engine, args.triples, args.repeat, args.cap, workdir)))
        finally:
            shutil.rmtree(workdir, ignore_errors=True)
        return
    reports = run_all(args.triples, args.repeat, args.cap)
    print_report(reports, args.triples, args.cap)
    if args.json:
        args.json.write_text(json.dumps(reports, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
