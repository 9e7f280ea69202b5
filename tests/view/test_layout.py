"""The layout: every node placed, deterministic, components apart, neighbours near, fast paths agree."""

from __future__ import annotations

import math
import random

import networkx as nx
import numpy as np
import pytest

from kg.view import layout
from kg.view.layout import layout_positions


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1])


@pytest.mark.parametrize("size", [0, 1, 2, 3, 40])
def test_layout_positions_places_every_node(size: int) -> None:
    graph = nx.path_graph(size, create_using=nx.MultiDiGraph)
    positions = layout_positions(graph)
    assert set(positions) == set(graph.nodes)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in positions.values())
    assert len(set(positions.values())) == size


def test_layout_positions_is_deterministic_for_a_seed() -> None:
    graph = nx.barabasi_albert_graph(120, 2, seed=1)
    assert layout_positions(graph, seed=4) == layout_positions(graph, seed=4)


def test_layout_positions_keeps_components_apart() -> None:
    graph = nx.disjoint_union_all([nx.cycle_graph(12), nx.star_graph(9), nx.path_graph(5), nx.empty_graph(3)])
    positions = layout_positions(graph)
    boxes = []
    for members in nx.connected_components(graph):
        points = np.array([positions[n] for n in members])
        boxes.append((points.min(axis=0), points.max(axis=0)))
    for i, (low_a, high_a) in enumerate(boxes):
        for low_b, high_b in boxes[i + 1 :]:
            overlap = np.all(low_a <= high_b) and np.all(low_b <= high_a)
            assert not overlap


@pytest.mark.parametrize(("size", "exact_limit"), [(300, 1200), (300, 50)])
def test_layout_positions_puts_neighbours_closer_than_strangers(
    size: int, exact_limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(layout, "EXACT_LIMIT", exact_limit)
    graph = nx.connected_watts_strogatz_graph(size, 4, 0.05, seed=2)
    positions = layout_positions(graph)
    edge_length = np.mean([_distance(positions[a], positions[b]) for a, b in graph.edges])
    rng = random.Random(0)
    nodes = list(graph.nodes)
    stranger = np.mean(
        [_distance(positions[rng.choice(nodes)], positions[rng.choice(nodes)]) for _ in range(2000)]
    )
    assert edge_length * 4 < stranger
    closest = min(_distance(positions[a], positions[b]) for a in nodes[:60] for b in nodes[:60] if a != b)
    assert closest > 1.0


def test_bfs_matches_networkx_distances() -> None:
    graph = nx.barabasi_albert_graph(200, 2, seed=5)
    edges = np.array(list(graph.edges), dtype=np.int64)
    indptr, indices = layout._csr(200, edges)
    ours = layout._bfs(indptr, indices, 17)
    reference = nx.single_source_shortest_path_length(graph, 17)
    assert {i: int(d) for i, d in enumerate(ours)} == reference
