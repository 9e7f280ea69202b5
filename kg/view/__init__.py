"""The interactive HTML view of a knowledge graph: offline, bilingual, with evidence, fast at 10,000 nodes.

``write_html(graph, path)`` writes one self-contained page; ``focus_subgraph`` and
``query_subgraph`` cut the graph down to what an analyst asked about before drawing it.
"""

from kg.view.page import render_html, write_html
from kg.view.subgraph import find_entities, focus_subgraph, query_subgraph

__all__ = ["find_entities", "focus_subgraph", "query_subgraph", "render_html", "write_html"]
