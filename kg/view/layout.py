"""A force-directed layout that takes seconds at 10,000 nodes (networkx's spring_layout took 202 s here).

The graph is split into connected components, each laid out on its own, then packed in rows,
largest first:

- a component is first placed by pivot MDS (Brandes & Pich 2006): breadth-first distances from
  a few dozen far-apart pivots, double-centred, projected on their two main axes. This gives
  the global shape in one step, with numpy breadth-first search over a CSR adjacency;
- Fruchterman–Reingold iterations then refine it. Repulsion is exact (all pairs) for
  components up to ``EXACT_LIMIT`` nodes, batched so a thousand small components cost one
  array operation per iteration; above, it is computed particle-mesh style: the nodes' mass
  is spread on a grid (cloud-in-cell), convolved with the 1/r force kernel by FFT, and read
  back at each node, O(n + M² log M) per iteration instead of O(n²).

Positions come out in vis-network pixels (about ``EDGE_PX`` per edge).
"""

from __future__ import annotations

from collections.abc import Hashable

import networkx as nx
import numpy as np
from numpy.typing import NDArray

EXACT_LIMIT = 1200
"""Largest component whose repulsion is computed over all pairs."""

EDGE_PX = 90.0
"""The ideal edge length on screen, in pixels."""

PIVOTS = 40
GRID = 128

Floats = NDArray[np.float64]
Ints = NDArray[np.int64]


def layout_positions(
    graph: nx.Graph, *, seed: int = 0, iterations: int = 60
) -> dict[Hashable, tuple[float, float]]:
    """Positions (x, y) in pixels for every node of ``graph`` (edge direction and multiplicity ignored).

    Deterministic for a given ``seed``. ``iterations`` bounds the refinement steps per component.
    """
    nodes = list(graph.nodes)
    if not nodes:
        return {}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = {(min(a, b), max(a, b)) for a, b in ((index[u], index[v]) for u, v in graph.edges()) if a != b}
    edges = np.array(sorted(pairs), dtype=np.int64).reshape(-1, 2)
    rng = np.random.default_rng(seed)
    pieces = [np.array(sorted(c), dtype=np.int64) for c in _components(len(nodes), edges)]
    pieces.sort(key=lambda c: (-len(c), int(c[0])))
    local = _local_layouts(pieces, edges, rng, iterations)
    placed = _pack(local)
    result: dict[Hashable, tuple[float, float]] = {}
    for members, coords in zip(pieces, placed, strict=True):
        for i, (x, y) in zip(members.tolist(), (coords * EDGE_PX).tolist(), strict=True):
            result[nodes[i]] = (round(x, 1), round(y, 1))
    return result


def _components(n: int, edges: Ints) -> list[list[int]]:
    simple = nx.Graph()
    simple.add_nodes_from(range(n))
    simple.add_edges_from(edges.tolist())
    return [list(c) for c in nx.connected_components(simple)]


def _local_layouts(
    pieces: list[Ints], edges: Ints, rng: np.random.Generator, iterations: int
) -> list[Floats]:
    """Each component's own coordinates (unit = one ideal edge length), centred on the origin."""
    position = np.full(sum(len(p) for p in pieces), -1, dtype=np.int64)
    owner = np.empty_like(position)
    for c, members in enumerate(pieces):
        position[members] = np.arange(len(members))
        owner[members] = c
    edge_owner = owner[edges[:, 0]] if len(edges) else np.empty(0, dtype=np.int64)
    local_edges = {c: np.empty((0, 2), dtype=np.int64) for c in range(len(pieces))}
    if len(edges):
        order = np.argsort(edge_owner, kind="stable")
        split = np.searchsorted(edge_owner[order], np.arange(len(pieces) + 1))
        for c in np.unique(edge_owner).tolist():
            chunk = edges[order[split[c] : split[c + 1]]]
            local_edges[c] = position[chunk]
    layouts: list[Floats] = [np.zeros((len(p), 2)) for p in pieces]
    small: dict[int, list[int]] = {}
    for c, members in enumerate(pieces):
        size = len(members)
        if size == 1:
            continue
        if size > EXACT_LIMIT:
            start = _pivot_mds(size, local_edges[c], rng)
            layouts[c] = _refine_grid(start, local_edges[c], iterations)
        else:
            bucket = 1 << int(np.ceil(np.log2(size))) if size <= 64 else size
            small.setdefault(bucket, []).append(c)
    for bucket, batch in small.items():
        starts = [_pivot_mds(len(pieces[c]), local_edges[c], rng) for c in batch]
        refined = _refine_exact_batch(starts, [local_edges[c] for c in batch], bucket, iterations)
        for c, coords in zip(batch, refined, strict=True):
            layouts[c] = coords
    return [coords - coords.mean(axis=0) for coords in layouts]


def _csr(n: int, edges: Ints) -> tuple[Ints, Ints]:
    both = np.concatenate([edges, edges[:, ::-1]]) if len(edges) else np.empty((0, 2), dtype=np.int64)
    order = np.argsort(both[:, 0], kind="stable")
    indices = both[order, 1]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(both[:, 0], minlength=n))]).astype(np.int64)
    return indptr, indices


def _bfs(indptr: Ints, indices: Ints, source: int) -> Ints:
    """Hop distances from ``source`` (the component is connected), one numpy step per level."""
    n = len(indptr) - 1
    distance = np.full(n, -1, dtype=np.int64)
    distance[source] = 0
    frontier = np.array([source], dtype=np.int64)
    level = 0
    while frontier.size:
        level += 1
        starts, counts = indptr[frontier], indptr[frontier + 1] - indptr[frontier]
        offsets = np.repeat(starts - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts)
        neighbours = indices[offsets + np.arange(counts.sum())]
        neighbours = np.unique(neighbours[distance[neighbours] < 0])
        distance[neighbours] = level
        frontier = neighbours
    return distance


def _pivot_mds(n: int, edges: Ints, rng: np.random.Generator) -> Floats:
    """Pivot MDS: a global placement from hop distances to a few far-apart pivots."""
    if n <= 2:
        return np.array([[-0.5, 0.0], [0.5, 0.0]][:n])
    indptr, indices = _csr(n, edges)
    pivots = [int(np.argmax(np.diff(indptr)))]
    distances = [_bfs(indptr, indices, pivots[0])]
    nearest = distances[0].astype(np.float64)
    while len(pivots) < min(PIVOTS, n):
        nxt = int(np.argmax(nearest))
        if nearest[nxt] == 0:
            break
        pivots.append(nxt)
        distances.append(_bfs(indptr, indices, nxt))
        nearest = np.minimum(nearest, distances[-1])
    squared = np.stack(distances, axis=1).astype(np.float64) ** 2
    centred = squared - squared.mean(axis=0) - squared.mean(axis=1, keepdims=True) + squared.mean()
    centred *= -0.5
    _, vectors = np.linalg.eigh(centred.T @ centred)
    coords = centred @ vectors[:, ::-1][:, :2]
    if coords.shape[1] < 2:
        coords = np.column_stack([coords, np.zeros(n)])
    spread = np.abs(coords).max() or 1.0
    coords = coords / spread * max(1.0, np.sqrt(n))
    return np.asarray(coords + rng.normal(scale=0.05, size=coords.shape), dtype=np.float64)


def _temperatures(start: float, iterations: int) -> Floats:
    return start * (1.0 - np.arange(iterations) / iterations) + 0.02


def _refine_exact_batch(starts: list[Floats], edges: list[Ints], size: int, iterations: int) -> list[Floats]:
    """Fruchterman–Reingold with all-pairs repulsion for many components at once, padded to ``size``."""
    count = len(starts)
    coords = np.zeros((count, size, 2))
    valid = np.zeros((count, size), dtype=bool)
    for c, start in enumerate(starts):
        coords[c, : len(start)] = start
        valid[c, : len(start)] = True
    src = np.concatenate([e[:, 0] + c * size for c, e in enumerate(edges)])
    dst = np.concatenate([e[:, 1] + c * size for c, e in enumerate(edges)])
    pair_mask = valid[:, :, None] & valid[:, None, :] & ~np.eye(size, dtype=bool)[None]
    for temperature in _temperatures(max(1.0, np.sqrt(size) / 2), iterations):
        delta = coords[:, :, None, :] - coords[:, None, :, :]
        dist2 = np.einsum("cijk,cijk->cij", delta, delta) + 1e-9
        force = np.einsum("cijk,cij->cik", delta, pair_mask / dist2)
        flat = force.reshape(-1, 2)
        points = coords.reshape(-1, 2)
        _attract(flat, points, src, dst)
        _move(points, flat, temperature)
        coords = points.reshape(count, size, 2)
    return [coords[c, : len(start)].copy() for c, start in enumerate(starts)]


def _attract(force: Floats, points: Floats, src: Ints, dst: Ints) -> None:
    """Add the Fruchterman–Reingold spring force d²/k along every edge (k = 1)."""
    if not len(src):
        return
    delta = points[src] - points[dst]
    pull = delta * np.sqrt(np.einsum("ij,ij->i", delta, delta))[:, None]
    for axis in (0, 1):
        force[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=len(points))
        force[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=len(points))


def _move(points: Floats, force: Floats, temperature: float) -> None:
    length = np.sqrt(np.einsum("ij,ij->i", force, force)) + 1e-9
    points += force * (np.minimum(length, temperature) / length)[:, None]


def _kernel_spectra(size: int) -> tuple[NDArray[np.complex128], NDArray[np.complex128]]:
    """The FFT of the 1/r repulsion field for offsets on a ``2·size`` periodic grid (linear convolution)."""
    offsets = np.fft.fftfreq(2 * size, d=1.0 / (2 * size))
    u, v = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = u**2 + v**2
    r2[0, 0] = np.inf
    return np.fft.rfft2(u / r2), np.fft.rfft2(v / r2)


def _refine_grid(start: Floats, edges: Ints, iterations: int) -> Floats:
    """Fruchterman–Reingold with particle-mesh repulsion: cloud-in-cell mass, FFT convolution."""
    points = start.copy()
    kx, ky = _kernel_spectra(GRID)
    src, dst = edges[:, 0], edges[:, 1]
    corners = ((0, 0), (1, 0), (0, 1), (1, 1))
    for temperature in _temperatures(max(1.0, np.sqrt(len(points)) / 4), iterations):
        low = points.min(axis=0)
        cell = (points.max(axis=0) - low).max() / (GRID - 2) + 1e-9
        grid = (points - low) / cell
        base = np.floor(grid).astype(np.int64)
        frac = grid - base
        weights = [
            (frac[:, 0] if dx else 1 - frac[:, 0]) * (frac[:, 1] if dy else 1 - frac[:, 1])
            for dx, dy in corners
        ]
        cells = [(base[:, 0] + dx) * GRID + (base[:, 1] + dy) for dx, dy in corners]
        mass = np.zeros(GRID * GRID)
        for where, weight in zip(cells, weights, strict=True):
            mass += np.bincount(where, weights=weight, minlength=GRID * GRID)
        spectrum = np.fft.rfft2(mass.reshape(GRID, GRID), s=(2 * GRID, 2 * GRID))
        field_x = np.fft.irfft2(spectrum * kx, s=(2 * GRID, 2 * GRID))[:GRID, :GRID].ravel() / cell
        field_y = np.fft.irfft2(spectrum * ky, s=(2 * GRID, 2 * GRID))[:GRID, :GRID].ravel() / cell
        force = np.zeros_like(points)
        for where, weight in zip(cells, weights, strict=True):
            force[:, 0] += field_x[where] * weight
            force[:, 1] += field_y[where] * weight
        _attract(force, points, src, dst)
        _move(points, force, temperature)
    return points


def _pack(layouts: list[Floats], gap: float = 1.5) -> list[Floats]:
    """Place the components in rows (shelf packing), largest first, each in a square of its own size."""
    sides = [float(np.abs(coords).max(initial=0.0)) * 2 + gap for coords in layouts]
    width = max(max(sides, default=0.0), float(np.sqrt(sum(s * s for s in sides))) * 1.1)
    placed: list[Floats] = []
    x = y = row_height = 0.0
    for coords, side in zip(layouts, sides, strict=True):
        if x > 0 and x + side > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.append(coords + np.array([x + side / 2, y + side / 2]))
        x += side
        row_height = max(row_height, side)
    shift = np.array([width / 2, (y + row_height) / 2])
    return [coords - shift for coords in placed]
