"""The page in a real headless Chromium (Debian's), opened from file:// with every remote request refused.

Every feature is tested with both renderers: vis-network's (small graphs, physics) and the page's
own layer (static graphs, ``static_threshold=0`` forces it on the small ones)."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import synthetic

from kg.analytics import to_networkx
from kg.iris import document_iri, entity_iri
from kg.model import Predicate
from kg.view import write_html

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
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
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@dataclass
class Opened:
    """A page under test, with everything it logged and every request that tried to leave the machine."""

    page: Any
    errors: list[str] = field(default_factory=list)
    remote: list[str] = field(default_factory=list)

    def js(self, expression: str, arg: Any = None) -> Any:
        return self.page.evaluate(expression, arg)

    def wait_until(self, expression: str, timeout: float = 20.0) -> None:
        """Poll ``expression`` from outside the page: Playwright's own wait_for_function evaluates
        strings with eval inside it, which the page's Content-Security-Policy rightly refuses."""
        deadline = time.monotonic() + timeout
        while not self.page.evaluate(expression):
            if time.monotonic() > deadline:
                raise AssertionError(f"still false after {timeout} s: {expression}")
            time.sleep(0.05)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="install the dev extras: pip install -e .[dev]"
    )
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Debian's chromium is missing: apt-get install -y chromium")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def open_page(browser: Any, tmp_path: Path) -> Iterator[Any]:
    pages: list[Any] = []

    def opener(graph: nx.MultiDiGraph, **options: Any) -> Opened:
        path = write_html(graph, tmp_path / f"graph{len(pages)}.html", **options)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        pages.append(page)
        opened = Opened(page)
        page.on(
            "console", lambda message: opened.errors.append(message.text) if message.type == "error" else None
        )
        page.on("pageerror", lambda error: opened.errors.append(str(error)))

        def route(request_route: Any) -> None:
            url = request_route.request.url
            if url.startswith("file://"):
                request_route.continue_()
            else:
                opened.remote.append(url)
                request_route.abort()

        page.route("**/*", route)
        page.goto(path.as_uri())
        opened.wait_until("window.kgView && window.kgView.firstDraw !== null && window.kgView.stabilized")
        return opened

    yield opener
    for page in pages:
        page.close()


RENDERERS = {"vis": {}, "layer": {"static_threshold": 0}}


@pytest.fixture(params=sorted(RENDERERS))
def renderer(request: pytest.FixtureRequest) -> dict[str, Any]:
    options: dict[str, Any] = RENDERERS[request.param]
    return options


@pytest.fixture(scope="module")
def large_nx() -> nx.MultiDiGraph:
    return to_networkx(synthetic.random_graph(600, seed=3))


def _index(opened: Opened, entity_id: str) -> int:
    iris = opened.js("window.kgView.data.nodes.map(n => n.iri)")
    return int(iris.index(str(entity_iri(entity_id))))


def _on_screen(opened: Opened, point: dict[str, float]) -> dict[str, float]:
    """The page coordinates of a point of the graph's canvas, once the view has stopped moving."""
    opened.wait_until("!window.kgView.animating")
    screen: dict[str, float] = opened.js(
        """(p) => { const q = window.kgView.network.canvasToDOM(p);
                    const box = document.getElementById('kg-graph').getBoundingClientRect();
                    return {x: box.left + q.x, y: box.top + q.y}; }""",
        point,
    )
    return screen


def _node_on_screen(opened: Opened, index: int) -> dict[str, float]:
    return _on_screen(opened, opened.js("(i) => window.kgView.position(i)", index))


def _edge_on_screen(opened: Opened, edge: int, share: float = 0.35) -> dict[str, float]:
    point = opened.js(
        """([i, share]) => { const e = window.kgView.data.edges[i];
                             const a = window.kgView.position(e.f), b = window.kgView.position(e.t);
                             return {x: a.x + (b.x - a.x) * share, y: a.y + (b.y - a.y) * share}; }""",
        [edge, share],
    )
    return _on_screen(opened, point)


def _click_node(opened: Opened, index: int) -> None:
    point = _node_on_screen(opened, index)
    opened.page.mouse.click(point["x"], point["y"])


def _drawn_nodes(opened: Opened) -> int:
    return int(
        opened.js(
            """window.kgView.layer ? window.kgView.layer.drawn.nodes
                                   : Object.keys(window.kgView.network.getPositions()).length"""
        )
    )


def _labels(opened: Opened) -> dict[int, str]:
    """Node index → the label shown: every label for vis-network, those drawn last for the layer."""
    rows = opened.js(
        """window.kgView.layer ? window.kgView.layer.drawn.labels.map(l => [l.node, l.text])
                               : window.kgView.nodes.get().map(n => [n.id, n.label])"""
    )
    return {int(node): text for node, text in rows}


def _edge_index(opened: Opened, predicate: str) -> int:
    return int(
        opened.js(
            """(name) => { const data = window.kgView.data; const names = data.predicates.map(p => p.name);
                           return data.edges.findIndex(e => names[e.p] === name); }""",
            predicate,
        )
    )


def test_page_loads_offline_without_errors_and_draws_every_node(
    open_page: Any, sample_nx: nx.MultiDiGraph, renderer: dict[str, Any]
) -> None:
    opened = open_page(sample_nx, **renderer)
    assert opened.errors == []
    assert opened.remote == []
    assert _drawn_nodes(opened) == sample_nx.number_of_nodes() == 11
    names = {"中巴跨境光缆", "PEACE cable", "上海合作组织", "Marseille", "红其拉甫"}
    assert names <= set(_labels(opened).values())
    if renderer:
        assert opened.js("window.kgView.layer.drawn.edges") == sample_nx.number_of_edges()
    else:
        assert opened.js("window.kgView.edges.length") == sample_nx.number_of_edges()
    ARTIFACTS.mkdir(exist_ok=True)
    _click_node(opened, _index(opened, "pkfop"))
    name = "view-sample-layer.png" if renderer else "view-sample.png"
    opened.page.screenshot(path=str(ARTIFACTS / name))


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("巴基斯坦", ("country/pk", "巴基斯坦")),
        ("Pakistan", ("country/pk", "巴基斯坦")),
        ("上合组织", ("sco", "上海合作组织")),
        ("PEACE", ("peace", "PEACE cable")),
        ("marseille", ("place/marseille", "Marseille")),
    ],
)
def test_search_finds_chinese_and_english_names(
    open_page: Any, sample_nx: nx.MultiDiGraph, renderer: dict[str, Any], query: str, found: tuple[str, str]
) -> None:
    entity_id, heading = found
    opened = open_page(sample_nx, **renderer)
    opened.page.fill("#kg-search", query)
    opened.page.press("#kg-search", "Enter")
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    assert opened.page.text_content("#kg-panel h2") == heading
    assert opened.js("window.kgView.selectedNodes()") == [_index(opened, entity_id)]
    first = opened.page.locator("#kg-results button").first
    assert first.get_attribute("data-node") == str(_index(opened, entity_id))
    assert opened.errors == []


def test_clicking_a_node_shows_names_facts_and_every_evidence_sentence(
    open_page: Any, sample_nx: nx.MultiDiGraph, renderer: dict[str, Any]
) -> None:
    opened = open_page(sample_nx, **renderer)
    _click_node(opened, _index(opened, "pkfop"))
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    panel = opened.page.inner_text("#kg-panel")
    assert "中巴跨境光缆" in panel
    assert "China–Pakistan cross-border optical fibre cable" in panel
    assert "PKFOP" in panel
    assert "length: 820 千米" in panel
    assert "opened: 2018-07-13" in panel
    assert synthetic.ZH_CABLE_SENTENCE in panel
    assert synthetic.ZH_DSR_SENTENCE in panel
    assert "中巴跨境光缆正式开通" in panel
    source = opened.page.get_attribute("#kg-panel a[href^='https://www.xinhuanet.com']", "href")
    assert source == "https://www.xinhuanet.com/2018-07/13/c_1123123456.htm"
    assert opened.js("window.kgView.selectedNodes()") == [_index(opened, "pkfop")]


def test_clicking_an_edge_shows_its_evidence(
    open_page: Any, sample_nx: nx.MultiDiGraph, renderer: dict[str, Any]
) -> None:
    opened = open_page(sample_nx, **renderer)
    point = _edge_on_screen(opened, _edge_index(opened, "builtBy"))
    opened.page.mouse.click(point["x"], point["y"])
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    assert opened.page.text_content("#kg-panel h2") == "PEACE cable → Huawei Marine"
    assert synthetic.EN_PEACE_SENTENCE in opened.page.inner_text("#kg-panel")


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("pkfop", ["中巴跨境光缆", "项目 · project", synthetic.ZH_CABLE_SENTENCE]),
        ("builtBy", ["承建方 · built by", synthetic.EN_PEACE_SENTENCE]),
    ],
)
def test_hovering_shows_a_tooltip_built_from_the_data(
    open_page: Any, sample_nx: nx.MultiDiGraph, renderer: dict[str, Any], target: str, expected: list[str]
) -> None:
    opened = open_page(sample_nx, **renderer)
    assert opened.js("document.getElementById('kg-tip').hidden") is True
    if target == "builtBy":
        point = _edge_on_screen(opened, _edge_index(opened, target))
    else:
        point = _node_on_screen(opened, _index(opened, target))
    opened.page.mouse.move(point["x"] - 3, point["y"] - 3)
    opened.page.mouse.move(point["x"], point["y"])
    opened.wait_until("!document.getElementById('kg-tip').hidden")
    tip = opened.page.inner_text("#kg-tip")
    assert all(text in tip for text in expected), tip
    opened.page.mouse.move(5, 5)
    opened.wait_until("document.getElementById('kg-tip').hidden")


def test_language_toggle_switches_labels(
    open_page: Any, sample_nx: nx.MultiDiGraph, renderer: dict[str, Any]
) -> None:
    opened = open_page(sample_nx, **renderer)
    index = _index(opened, "sco")
    marseille = _index(opened, "place/marseille")
    assert _labels(opened)[index] == "上海合作组织"
    opened.page.click("#kg-langs button[data-lang='en']")
    opened.wait_until("document.documentElement.lang === 'en'")
    assert _labels(opened)[index] == "Shanghai Cooperation Organisation"
    assert opened.page.text_content("#kg-classes-title") == "Classes"
    opened.page.click("#kg-langs button[data-lang='zh']")
    opened.wait_until("document.documentElement.lang === 'zh'")
    assert _labels(opened)[index] == "上海合作组织"
    assert opened.page.text_content("#kg-classes-title") == "类别"
    assert _labels(opened)[marseille] == "Marseille"


@pytest.mark.parametrize(("kind", "name"), [("classes", "Country"), ("predicates", "connects")])
def test_filters_hide_a_class_or_a_predicate(
    open_page: Any, sample_nx: nx.MultiDiGraph, renderer: dict[str, Any], kind: str, name: str
) -> None:
    opened = open_page(sample_nx, **renderer)
    index = opened.js(f"window.kgView.data.{kind}.findIndex(t => t.name === {name!r})")
    opened.page.uncheck(f"#kg-{kind} input[data-index='{index}']")
    hidden_nodes = opened.js("window.kgView.hidden.nodes.reduce((a, b) => a + b, 0)")
    hidden_edges = opened.js("window.kgView.hidden.edges.reduce((a, b) => a + b, 0)")
    assert (hidden_nodes, hidden_edges) == ((3, 6) if kind == "classes" else (0, 5))
    if renderer:
        opened.wait_until(f"window.kgView.layer.drawn.edges === {sample_nx.number_of_edges() - hidden_edges}")
        assert _drawn_nodes(opened) == sample_nx.number_of_nodes() - hidden_nodes
    else:
        assert opened.js("window.kgView.nodes.get({filter: n => n.hidden}).length") == hidden_nodes
        assert opened.js("window.kgView.edges.get({filter: e => e.hidden}).length") == hidden_edges
    opened.page.check(f"#kg-{kind} input[data-index='{index}']")
    assert opened.js("window.kgView.hidden.edges.reduce((a, b) => a + b, 0)") == 0
    if renderer:
        opened.wait_until(f"window.kgView.layer.drawn.edges === {sample_nx.number_of_edges()}")


def test_hostile_document_runs_nothing(
    open_page: Any, xss_nx: nx.MultiDiGraph, renderer: dict[str, Any]
) -> None:
    opened = open_page(xss_nx, **renderer)
    opened.page.fill("#kg-search", "script")
    opened.page.press("#kg-search", "Enter")
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    panel = opened.page.inner_text("#kg-panel")
    assert synthetic.XSS_NAME in panel
    assert synthetic.XSS_ALIAS in panel
    assert synthetic.XSS_TITLE in panel
    opened.page.click("#kg-close")
    # Tooltips are built on hover, from the same data: the hostile name and sentence show as text.
    bad = _index(opened, "organization/xss")
    for point in (_node_on_screen(opened, bad), _edge_on_screen(opened, 0, share=0.5)):
        opened.page.mouse.move(point["x"] - 3, point["y"] - 3)
        opened.page.mouse.move(point["x"], point["y"])
        opened.wait_until("!document.getElementById('kg-tip').hidden")
        tip = opened.page.inner_text("#kg-tip")
        assert synthetic.XSS_NAME in tip
        assert "onerror=window.__xss=5" in tip
        assert opened.js("document.querySelectorAll('#kg-tip *:not(div)').length") == 0
        opened.page.mouse.move(5, 5)
        opened.wait_until("document.getElementById('kg-tip').hidden")
    assert opened.js("window.__xss") is None
    assert (
        opened.js("document.querySelectorAll('#kg-panel img, #kg-panel b, #kg-panel i, #kg-panel u').length")
        == 0
    )
    assert opened.js("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert opened.js("document.scripts.length") == 3
    assert opened.errors == []
    assert opened.remote == []


def test_large_graph_is_drawn_by_the_page_layer(open_page: Any, large_nx: nx.MultiDiGraph) -> None:
    opened = open_page(large_nx)
    assert opened.js("window.kgView.data.static") is True
    assert opened.js("window.kgView.data.pageDraw") is True
    assert opened.js("window.kgView.network.physics.physicsEnabled") is False
    assert opened.errors == []
    assert opened.remote == []
    drawn = opened.js("window.kgView.layer.drawn")
    assert drawn["nodes"] == 600
    assert drawn["edges"] == large_nx.number_of_edges()
    assert drawn["arrows"] == 0
    assert drawn["labels"], "the overview names its biggest nodes"
    boxes = [label["box"] for label in drawn["labels"]]
    for n, (a0, b0, a1, b1) in enumerate(boxes):
        for c0, d0, c1, d1 in boxes[n + 1 :]:
            assert not (a0 < c1 and c0 < a1 and b0 < d1 and d0 < b1), "two labels overlap"
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "view-600.png"))


def test_large_graph_search_focuses_labels_and_arrows(open_page: Any, large_nx: nx.MultiDiGraph) -> None:
    opened = open_page(large_nx)
    found = opened.js("window.kgView.search('Entity 42')")
    assert opened.js("window.kgView.selectedNodes()") == [found[0]]
    opened.wait_until("window.kgView.layer.drawn.arrows > 0")
    opened.wait_until(f"window.kgView.layer.drawn.labels.some(l => l.node === {found[0]})")
    assert opened.page.text_content("#kg-panel h2") in {"Entity 42", "实体42"}
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "view-600-search.png"))


def test_large_graph_edge_click_shows_its_evidence(open_page: Any, large_nx: nx.MultiDiGraph) -> None:
    opened = open_page(large_nx)
    # An edge of the chains laid out apart from the rest: nothing else lies under its middle.
    edge = opened.js(
        """() => { const data = window.kgView.data; const degree = new Array(data.nodes.length).fill(0);
                   data.edges.forEach(e => { degree[e.f] += 1; degree[e.t] += 1; });
                   const alone = e => e.f !== e.t && degree[e.f] === 1 && degree[e.t] === 1;
                   return data.edges.findIndex(alone); }"""
    )
    assert edge >= 0
    middle = opened.js(
        """(i) => { const e = window.kgView.data.edges[i];
                    const a = window.kgView.position(e.f), b = window.kgView.position(e.t);
                    return {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2}; }""",
        edge,
    )
    opened.js("(p) => window.kgView.network.moveTo({position: p, scale: 1.5})", middle)
    point = _on_screen(opened, middle)
    opened.page.mouse.click(point["x"], point["y"])
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    sentence = opened.js("(i) => window.kgView.data.evidence[window.kgView.data.edges[i].ev[0]].s", edge)
    assert "→" in opened.page.text_content("#kg-panel h2")
    assert sentence in opened.page.inner_text("#kg-panel")
    assert opened.js("window.kgView.layer.selectedEdge") == edge


def test_layer_draws_a_self_loop_that_can_be_clicked(open_page: Any) -> None:
    graph = synthetic.sample_graph()
    sco = entity_iri("sco")
    sentence = "上合组织同自身的机制开展合作。"
    doc = document_iri("doc-zh-sco")
    synthetic.add_relation(graph, sco, Predicate.COOPERATES_WITH, sco, doc=doc, sentence=sentence, lang="zh")
    nxg = to_networkx(graph)
    opened = open_page(nxg, static_threshold=0)
    assert opened.js("window.kgView.layer.drawn.edges") == nxg.number_of_edges() == 11
    index = _index(opened, "sco")
    # The loop's rightmost point: its centre is up and right of the node (layer.js, loopOf).
    point = opened.js(
        """(i) => { const p = window.kgView.position(i); const r = window.kgView.data.nodes[i].s;
                    return {x: p.x + 0.7 * r + Math.max(0.75 * r, 10), y: p.y - 0.7 * r}; }""",
        index,
    )
    screen = _on_screen(opened, point)
    opened.page.mouse.click(screen["x"], screen["y"])
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    assert opened.page.text_content("#kg-panel h2") == "上海合作组织 → 上海合作组织"
    assert sentence in opened.page.inner_text("#kg-panel")


@pytest.mark.parametrize("color_by", ["class", "community"])
def test_layer_colours_nodes_by_class_or_community(
    open_page: Any, large_nx: nx.MultiDiGraph, color_by: str
) -> None:
    opened = open_page(large_nx, color_by=color_by)
    # The biggest node, zoomed in: the pixel at its centre has its group's colour.
    index = opened.js("window.kgView.data.nodes.reduce((best, n, i, all) => n.v > all[best].v ? i : best, 0)")
    pixel, expected = opened.js(
        """(i) => { const v = window.kgView, node = v.data.nodes[i];
                    v.network.moveTo({position: v.position(i), scale: 2});
                    v.network.redraw();
                    const group = v.data.colorBy === 'community' ? 'm' + node.m : 'k' + node.c;
                    const probe = document.createElement('canvas').getContext('2d');
                    probe.fillStyle = v.data.options.groups[group].color.background;
                    probe.fillRect(0, 0, 1, 1);
                    const canvas = document.querySelector('#kg-graph canvas');
                    const p = v.network.canvasToDOM(v.position(i));
                    const ratio = canvas.width / canvas.clientWidth;
                    const [x, y] = [Math.round(p.x * ratio), Math.round(p.y * ratio)];
                    const at = canvas.getContext('2d').getImageData(x, y, 1, 1);
                    return [Array.from(at.data), Array.from(probe.getImageData(0, 0, 1, 1).data)]; }""",
        index,
    )
    assert pixel == expected
    assert opened.errors == []
