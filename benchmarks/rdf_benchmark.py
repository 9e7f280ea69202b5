"""RDF conversion and SHACL validation speed on a synthetic knowledge graph shaped like ours.

    .venv/bin/python benchmarks/rdf_benchmark.py [--documents 400] [--quads-only]

The graph has bilingual entities (labels @en/@zh, aliases, Wikidata ids), relations with
evidence in several documents, dated and measured facts and merge decisions. The script prints
the quads per second of ``kg.rdf.to_quads`` (against a baseline measured in the same run: the
same number of quads built as bare tuples of strings, the floor of any generator), the time of
``to_dataset``, of ``kg.validate.validate`` on every triple of an rdflib Memory dataset and, as
``kg build`` runs it, on an Oxigraph dataset with the default sample limit, and the peak memory.
Wall and CPU seconds are both shown: the machine is shared, CPU time is the steadier figure.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.model import (
    DateValue,
    Document,
    Entity,
    EntityClass,
    EntityFact,
    KnowledgeGraph,
    Lang,
    MergeDecision,
    Predicate,
    Provenance,
    Quantity,
    Sentence,
    Span,
    Triple,
)

C, P = EntityClass, Predicate
RELATIONS = [
    (P.CONNECTS, C.PROJECT, C.COUNTRY),
    (P.CONNECTS, C.PROJECT, C.PLACE),
    (P.LANDS_AT, C.PROJECT, C.PLACE),
    (P.OPERATED_BY, C.PROJECT, C.ORGANIZATION),
    (P.MEMBER_OF, C.COUNTRY, C.ORGANIZATION),
    (P.PART_OF, C.PROJECT, C.INITIATIVE),
    (P.ABOUT, C.INITIATIVE, C.TECHNOLOGY),
    (P.SIGNED_WITH, C.AGREEMENT, C.COUNTRY),
    (P.HEAD_OF, C.PERSON, C.COUNTRY),
    (P.ANNOUNCED_AT, C.AGREEMENT, C.EVENT),
    (P.LOCATED_IN, C.PLACE, C.COUNTRY),
]
SENTENCE = "中巴跨境光缆连接中国和巴基斯坦，全长820公里。The cable connects China and Pakistan over 820 km. "


def synthetic_graph(documents: int, seed: int = 7) -> KnowledgeGraph:
    """About 130 quads per document: 8 entities mentioned, 3 relations, 1 fact, 1 merge each."""
    rng = random.Random(seed)
    classes = list(EntityClass)
    entities = [
        Entity(
            id=f"{classes[i % 9].value.lower()}/entity-{i}",
            cls=classes[i % 9],
            labels=(("en", f"Entity {i}"), ("zh", f"实体{i}")),
            aliases=(("en", f"E{i}"),),
            wikidata=f"Q{1000 + i}" if i % 3 == 0 else None,
        )
        for i in range(max(10, documents * 2))
    ]
    by_class = {cls: [e for e in entities if e.cls == cls] for cls in classes}
    docs, triples, facts, merges = [], [], [], []
    mentioned: dict[str, dict[str, None]] = {}
    for d in range(documents):
        text = SENTENCE * 4
        step = len(SENTENCE)
        sentences = tuple(Sentence(Span(k * step, (k + 1) * step), Lang.MIXED) for k in range(4))
        doc = Document(f"doc{d:06d}", text, Lang.MIXED, sentences, f"corpus.jsonl#{d}", title=f"文档 {d}",
                       source=f"https://example.org/{d}", date="2018-07-14", publisher="Xinhua")  # fmt: skip
        docs.append(doc)
        chosen = rng.sample(entities, 8)
        for entity in chosen:
            mentioned.setdefault(entity.id, {})[doc.id] = None
        for k, (predicate, subject_class, object_class) in enumerate(rng.sample(RELATIONS, 3)):
            span = sentences[k].span
            prov = Provenance(doc.id, doc.excerpt(span), span, "rules", f"rule-{k}", 0.9)
            subject, obj = rng.choice(by_class[subject_class]), rng.choice(by_class[object_class])
            for entity in (subject, obj):
                mentioned.setdefault(entity.id, {})[doc.id] = None
            triples.append(Triple(subject.id, predicate, obj.id, (prov,)))
        span = sentences[3].span
        prov = Provenance(doc.id, doc.excerpt(span), span, "rules", "amount", 0.8)
        value = Quantity(Decimal(820 + d), unit="km") if d % 2 else DateValue(f"{2000 + d % 20}-07", "month")
        facts.append(EntityFact(chosen[0].id, "length" if d % 2 else "launched", value, (prov,)))
        merges.append(MergeDecision(chosen[1].id, f"E{d}", "en", "same normalised name", doc.id))
    entities = [
        Entity(e.id, e.cls, e.labels, e.aliases, e.wikidata, tuple(mentioned.get(e.id, ())))
        for e in entities
        if e.id in mentioned
    ]
    return KnowledgeGraph(tuple(docs), tuple(entities), tuple(triples), tuple(facts), tuple(merges))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=400, help="documents (about 190 quads each)")
    parser.add_argument("--quads-only", action="store_true", help="skip to_dataset and validation")
    args = parser.parse_args()

    from kg.rdf import to_dataset, to_quads
    from kg.store import memory_dataset
    from kg.validate import DEFAULT_MAX_TRIPLES, validate

    graph = synthetic_graph(args.documents)
    wall, cpu = time.perf_counter(), time.process_time()
    quads = sum(1 for _ in to_quads(graph))  # streamed, as kg build consumes it
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    floor_wall, floor_cpu = time.perf_counter(), time.process_time()
    floor = sum(1 for _ in ((f"s{i}", "p", f"o{i}", "g") for i in range(quads)))
    floor_wall, floor_cpu = time.perf_counter() - floor_wall, time.process_time() - floor_cpu
    print(f"documents {len(graph.documents):,}  entities {len(graph.entities):,}  quads {quads:,}")
    print(f"to_quads        {wall:7.2f} s  {cpu:5.2f} s CPU  {quads / cpu:>10,.0f} quads per CPU second")
    print(f"bare tuples     {floor_wall:7.2f} s  {floor_cpu:5.2f} s CPU  {floor / floor_cpu:>10,.0f} (floor)")
    if args.quads_only:
        return

    started = time.perf_counter()
    dataset = to_dataset(graph)
    print(f"to_dataset      {time.perf_counter() - started:7.2f} s  {len(dataset):,} triples in the union")
    cpu = time.process_time()
    report = validate(dataset, max_triples=None)
    cpu = time.process_time() - cpu
    print(f"validate, all   {report.seconds:7.2f} s  {cpu:5.2f} s CPU  {report.triples:,} triples, Memory")
    del dataset
    oxigraph = memory_dataset(to_quads(graph))
    cpu = time.process_time()
    report = validate(oxigraph, max_triples=DEFAULT_MAX_TRIPLES)
    cpu = time.process_time() - cpu
    first_line = report.summary().splitlines()[0]
    print(f"validate, build {report.seconds:7.2f} s  {cpu:5.2f} s CPU  Oxigraph: {first_line}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory     {peak_mb:7.0f} MB")


if __name__ == "__main__":
    main()
