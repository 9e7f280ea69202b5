"""Fixtures of the view tests: synthetic graphs in the project's RDF shape, and their networkx form."""

from __future__ import annotations

import networkx as nx
import pytest
import synthetic
from rdflib import Graph

from kg.analytics import to_networkx


@pytest.fixture(scope="session")
def sample_rdf() -> Graph:
    return synthetic.sample_graph()


@pytest.fixture(scope="session")
def sample_nx(sample_rdf: Graph) -> nx.MultiDiGraph:
    return to_networkx(sample_rdf)


@pytest.fixture(scope="session")
def xss_nx() -> nx.MultiDiGraph:
    return to_networkx(synthetic.xss_graph())
