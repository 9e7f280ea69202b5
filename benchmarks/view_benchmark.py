"""How fast the HTML view is written and drawn, against pyvis's defaults and a plain static layout.

    .venv/bin/python benchmarks/view_benchmark.py [--sizes 500 2000 10000] [--cap 60] [--repeat 2]

For each size, a synthetic graph of the project's RDF shape (hubs, small components, isolated
entities; about two relations per entity, each with evidence) is converted with
``kg.analytics.to_networkx``, then drawn three ways:

- pyvis defaults: ``Network(directed=True, cdn_resources="in_line")``, ``from_nx``, physics on;
- static: pyvis's own page with precomputed positions and physics off, nodes and edges set in bulk;
- ours: ``kg.view.write_html``.

Write time is measured in Python; first-draw time in Debian's headless Chromium from navigation
start to the first drawn pixel on the graph's canvas (checked every 20 ms), the page opened from
file:// with every remote request refused (what pyvis asks the CDN for is counted). Layout time
compares networkx ``spring_layout`` with ``kg.view.layout.layout_positions``. Runs that exceed
``--cap`` seconds are stopped and reported as "> cap".
"""

from __future__ import annotations

import argparse
import importlib.util
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.analytics import to_networkx  # noqa: E402
from kg.view import write_html  # noqa: E402
from kg.view.layout import layout_positions  # noqa: E402

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# The same clock for every page: the first moment a canvas holds a drawn pixel, checked every 20 ms
# (vis-network draws a static graph inside its constructor, before any event handler could listen).
HOOK_FIRST_DRAW = """
window.__firstDraw = null;
function kgCheckDrawn() {
  for (const canvas of document.querySelectorAll('canvas')) {
    if (!canvas.width || !canvas.height) continue;
    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    for (let i = 3; i < pixels.length; i += 4 * 7) {
      if (pixels[i] !== 0) { window.__firstDraw = performance.now(); return; }
    }
  }
  setTimeout(kgCheckDrawn, 20);
}
setTimeout(kgCheckDrawn, 20);
"""


def _synthetic() -> Any:
    path = ROOT / "tests" / "view" / "synthetic.py"
    spec = importlib.util.spec_from_file_location("view_synthetic", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _in_subprocess(target: Callable[..., Any], args: tuple[Any, ...], cap: float) -> float | None:
    """Seconds ``target(*args)`` took in a child process, or None when it ran past ``cap``."""
    with multiprocessing.get_context("fork").Pool(1) as pool:
        started = time.perf_counter()
        job = pool.apply_async(target, args)
        try:
            job.get(timeout=cap)
        except multiprocessing.TimeoutError:
            pool.terminate()
            return None
        return time.perf_counter() - started


def _pyvis_default(graph: nx.DiGraph, path: str) -> None:
    from pyvis.network import Network

    net = Network(directed=True, cdn_resources="in_line")
    net.from_nx(graph)
    net.write_html(path)


def _pyvis_static(nxg: nx.MultiDiGraph, positions: dict[Any, tuple[float, float]], path: str) -> float:
    from pyvis.network import Network

    started = time.perf_counter()
    index = {node: i for i, node in enumerate(nxg.nodes)}
    net = Network(directed=True, cdn_resources="in_line")
    net.nodes = [
        {
            "id": index[node],
            "label": (data.get("labels") or {}).get("en", str(node)),
            "x": positions[node][0],
            "y": positions[node][1],
            "shape": "dot",
            "size": 10,
        }
        for node, data in nxg.nodes(data=True)
    ]
    net.node_ids = list(range(len(net.nodes)))
    net.edges = [{"from": index[a], "to": index[b], "arrows": "to"} for a, b in nxg.edges()]
    net.toggle_physics(False)
    net.write_html(path)
    return time.perf_counter() - started


def _spring(graph: nx.Graph) -> None:
    """networkx spring_layout; without scipy (no kg dependency) its dense numpy variant (used below 500)."""
    if importlib.util.find_spec("scipy") is None:
        from networkx.drawing.layout import _fruchterman_reingold

        _fruchterman_reingold(nx.to_numpy_array(graph, weight=None), seed=0)
        return
    nx.spring_layout(graph, seed=0)


def _simple(nxg: nx.MultiDiGraph) -> nx.DiGraph:
    simple = nx.DiGraph()
    simple.add_nodes_from(
        (node, {"label": (data.get("labels") or {}).get("en", str(node))})
        for node, data in nxg.nodes(data=True)
    )
    simple.add_edges_from(nxg.edges())
    return simple


def _first_draw(browser: Any, path: Path, cap: float) -> tuple[float | None, float | None, int]:
    """Milliseconds to the first draw and main-thread CPU milliseconds spent until then (None past the cap),
    and how many remote requests the page tried. CPU time is what a busy machine does not inflate."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    metrics = page.context.new_cdp_session(page)
    metrics.send("Performance.enable")
    remote: list[str] = []

    def route(request_route: Any) -> None:
        if request_route.request.url.startswith("file://"):
            request_route.continue_()
        else:
            remote.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.add_init_script(HOOK_FIRST_DRAW)
    try:
        page.goto(path.as_uri(), timeout=cap * 1000)
        deadline = time.monotonic() + cap
        while (drawn := page.evaluate("window.__firstDraw")) is None:
            if time.monotonic() > deadline:
                return None, None, len(remote)
            time.sleep(0.05)
        values = {m["name"]: m["value"] for m in metrics.send("Performance.getMetrics")["metrics"]}
        return float(drawn), values["ThreadTime"] * 1000, len(remote)
    except Exception as error:  # playwright's TimeoutError: the page did not draw within the cap
        if "Timeout" not in type(error).__name__:
            raise
        return None, None, len(remote)
    finally:
        page.close()


def _median(values: list[float | None]) -> float | None:
    return None if not values or None in values else statistics.median(v for v in values if v is not None)


def _fmt(value: float | None, cap: float, unit: str = "s") -> str:
    if value is None:
        return f"> {cap:.0f} {unit}"
    return f"{value:.2f} {unit}" if unit == "s" else f"{value:.0f} {unit}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 2000, 10000])
    parser.add_argument("--cap", type=float, default=60.0, help="seconds before a run is stopped")
    parser.add_argument("--repeat", type=int, default=2, help="draws per page (the median is kept)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    synthetic = _synthetic()
    load_before = os.getloadavg()
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as scratch, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        folder = Path(scratch)
        for size in args.sizes:
            rdf = synthetic.random_graph(size, seed=1)
            started = time.perf_counter()
            nxg = to_networkx(rdf)
            convert = time.perf_counter() - started
            started = time.perf_counter()
            positions = layout_positions(nxg)
            ours_layout = time.perf_counter() - started
            spring = _in_subprocess(_spring, (nx.Graph(_simple(nxg)),), args.cap)

            default_page = folder / f"pyvis-{size}.html"
            default_write = _in_subprocess(_pyvis_default, (_simple(nxg), str(default_page)), args.cap)
            static_page = folder / f"static-{size}.html"
            static_write = _pyvis_static(nxg, positions, str(static_page))
            ours_page = folder / f"ours-{size}.html"
            started = time.perf_counter()
            write_html(nxg, ours_page)
            ours_write = time.perf_counter() - started

            draws: dict[str, float | None] = {}
            cpu: dict[str, float | None] = {}
            remote: dict[str, int] = {}
            for name, page in (("pyvis", default_page), ("static", static_page), ("ours", ours_page)):
                if not page.exists():
                    draws[name], cpu[name], remote[name] = None, None, 0
                    continue
                repeat = 1 if name == "pyvis" else args.repeat
                times: list[float | None] = []
                spent: list[float | None] = []
                for _ in range(repeat):
                    drawn, thread, remote[name] = _first_draw(browser, page, args.cap)
                    times.append(drawn)
                    spent.append(thread)
                    if drawn is None:
                        break
                draws[name] = _median(times)
                cpu[name] = _median(spent)
            rows.append(
                {
                    "size": size,
                    "edges": nxg.number_of_edges(),
                    "convert": convert,
                    "spring": spring,
                    "layout": ours_layout,
                    "write": {"pyvis": default_write, "static": static_write, "ours": ours_write},
                    "draw": draws,
                    "cpu": cpu,
                    "remote": remote,
                    "mb": ours_page.stat().st_size / 1e6,
                }
            )
            print(f"... {size} nodes done", file=sys.stderr, flush=True)
        browser.close()

    cap = args.cap
    ms = cap * 1000
    print(
        f"\nView benchmark (cap {cap:.0f} s; draw: navigation → first drawn pixel, median of {args.repeat};"
    )
    print("CPU: the page's main-thread CPU time until then, which a busy machine does not inflate")
    cores = os.cpu_count() or 1
    print(
        f"Machine: {cores} cores; load average (1, 5, 15 min) "
        f"{' '.join(f'{v:.2f}' for v in load_before)} at the start, "
        f"{' '.join(f'{v:.2f}' for v in os.getloadavg())} at the end"
    )
    header = (
        f"{'nodes':>6} {'edges':>6} | {'to_networkx':>11} | {'spring_layout':>13} {'our layout':>10} | "
        f"{'write pyvis':>11} {'write static':>12} {'write ours':>10} | "
        f"{'draw pyvis':>10} {'draw static':>11} {'draw ours':>9} | {'CPU static':>10} {'CPU ours':>8} | "
        f"{'page MB':>7} {'remote asks':>11}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        write, draw = row["write"], row["draw"]
        print(
            f"{row['size']:>6} {row['edges']:>6} | {_fmt(row['convert'], cap):>11} | "
            f"{_fmt(row['spring'], cap):>13} {_fmt(row['layout'], cap):>10} | "
            f"{_fmt(write['pyvis'], cap):>11} {_fmt(write['static'], cap):>12} "
            f"{_fmt(write['ours'], cap):>10} | "
            f"{_fmt(draw['pyvis'], cap * 1000, 'ms'):>10} {_fmt(draw['static'], cap * 1000, 'ms'):>11} "
            f"{_fmt(draw['ours'], cap * 1000, 'ms'):>9} | "
            f"{_fmt(row['cpu']['static'], ms, 'ms'):>10} {_fmt(row['cpu']['ours'], ms, 'ms'):>8} | "
            f"{row['mb']:>7.1f} "
            f"{row['remote'].get('pyvis', 0):>5}/{row['remote'].get('ours', 0):<5}"
        )
    print("\nRatios (how many times faster ours is; '>' where the baseline hit the cap):")
    for row in rows:
        parts = []
        for label, baseline, ours, limit in (
            ("layout vs spring_layout", row["spring"], row["layout"], cap),
            ("write vs pyvis", row["write"]["pyvis"], row["write"]["ours"], cap),
            ("draw vs pyvis", row["draw"]["pyvis"], row["draw"]["ours"], cap * 1000),
            ("draw vs static", row["draw"]["static"], row["draw"]["ours"], cap * 1000),
        ):
            if ours is None:
                parts.append(f"{label}: n/a")
            elif baseline is None:
                parts.append(f"{label}: > {limit / ours:.0f}x")
            else:
                parts.append(f"{label}: {baseline / ours:.1f}x")
        print(f"  {row['size']:>6} nodes: " + "; ".join(parts))


if __name__ == "__main__":
    main()
