"""Test helpers for the store, SPARQL, endpoint and export tests: the hand-written graph of
tests/data/store/small.trig (the RDF shape of kg.rdf, two documents zh1 and en1) and its build."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset

from kg.store import Quad, default_prefixes, write_outputs

SMALL_TRIG = Path(__file__).parent / "data" / "store" / "small.trig"


def small_quads() -> list[Quad]:
    """The quads of ``small.trig``, each in the named graph of its document."""
    dataset = Dataset()
    dataset.parse(SMALL_TRIG, format="trig")
    return [(s, p, o, g) for s, p, o, g in dataset.quads() if g is not None]


def small_memory_dataset() -> Dataset:
    """``small.trig`` in rdflib's own Memory store, its default graph the union."""
    dataset = Dataset(default_union=True)
    dataset.parse(SMALL_TRIG, format="trig")
    return dataset


def build_small(out: Path) -> Path:
    """Write the outputs of ``small.trig`` into ``out`` with ``write_outputs``."""
    write_outputs(small_quads(), out, prefixes=default_prefixes())
    return out
