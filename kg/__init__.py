"""kg: a bilingual (Chinese/English) knowledge-graph builder for news on international digital cooperation.

    >>> import kg
    >>> report = kg.build(["seeds"], "out")            # doctest: +SKIP
    >>> rows = kg.query("out", "SELECT ?s WHERE { ?s a kgo:Project }")  # doctest: +SKIP

The public API is imported lazily, so ``import kg`` does no work.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_API = {
    "build": "kg.pipeline",
    "build_graph": "kg.pipeline",
    "BuildReport": "kg.pipeline",
    "load_documents": "kg.ingest",
    "load_lexicon": "kg.lexicon",
    "resolve": "kg.resolve",
    "to_dataset": "kg.rdf",
    "load": "kg.store",
    "query": "kg.sparql",
    "run_query": "kg.sparql",
    "validate": "kg.validate",
    "write_html": "kg.view",
    "to_networkx": "kg.analytics",
}

__all__ = [
    "BuildReport",
    "__version__",
    "build",
    "build_graph",
    "load",
    "load_documents",
    "load_lexicon",
    "query",
    "resolve",
    "run_query",
    "to_dataset",
    "to_networkx",
    "validate",
    "write_html",
]

if TYPE_CHECKING:
    from kg.analytics import to_networkx as to_networkx
    from kg.ingest import load_documents as load_documents
    from kg.lexicon import load_lexicon as load_lexicon
    from kg.pipeline import BuildReport as BuildReport
    from kg.pipeline import build as build
    from kg.pipeline import build_graph as build_graph
    from kg.rdf import to_dataset as to_dataset
    from kg.resolve import resolve as resolve
    from kg.sparql import query as query
    from kg.sparql import run_query as run_query
    from kg.store import load as load
    from kg.validate import validate as validate
    from kg.view import write_html as write_html


def __getattr__(name: str) -> Any:
    module = _API.get(name)
    if module is None:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
