"""The page in a real headless Chromium (Debian's), opened from file:// with every remote request refused."""

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
from kg.iris import entity_iri
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


def _index(opened: Opened, entity_id: str) -> int:
    iris = opened.js("window.kgView.data.nodes.map(n => n.iri)")
    return int(iris.index(str(entity_iri(entity_id))))


def _click_node(opened: Opened, index: int) -> None:
    point = opened.js(
        """(i) => { const net = window.kgView.network; const p = net.canvasToDOM(net.getPosition(i));
                    const box = document.getElementById('kg-graph').getBoundingClientRect();
                    return {x: box.left + p.x, y: box.top + p.y}; }""",
        index,
    )
    opened.page.mouse.click(point["x"], point["y"])


def test_page_loads_offline_without_errors_and_draws_every_node(
    open_page: Any, sample_nx: nx.MultiDiGraph
) -> None:
    opened = open_page(sample_nx)
    assert opened.errors == []
    assert opened.remote == []
    drawn = opened.js("Object.keys(window.kgView.network.getPositions()).length")
    assert drawn == sample_nx.number_of_nodes() == 11
    labels = set(opened.js("window.kgView.nodes.get().map(n => n.label)"))
    assert {"中巴跨境光缆", "PEACE cable", "上海合作组织", "Marseille", "红其拉甫"} <= labels
    assert opened.js("window.kgView.edges.length") == sample_nx.number_of_edges()
    ARTIFACTS.mkdir(exist_ok=True)
    _click_node(opened, _index(opened, "pkfop"))
    opened.page.screenshot(path=str(ARTIFACTS / "view-sample.png"))


@pytest.mark.parametrize(
    ("query", "entity_id", "heading"),
    [
        ("巴基斯坦", "country/pk", "巴基斯坦"),
        ("Pakistan", "country/pk", "巴基斯坦"),
        ("上合组织", "sco", "上海合作组织"),
        ("PEACE", "peace", "PEACE cable"),
        ("marseille", "place/marseille", "Marseille"),
    ],
)
def test_search_finds_chinese_and_english_names(
    open_page: Any, sample_nx: nx.MultiDiGraph, query: str, entity_id: str, heading: str
) -> None:
    opened = open_page(sample_nx)
    opened.page.fill("#kg-search", query)
    opened.page.press("#kg-search", "Enter")
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    assert opened.page.text_content("#kg-panel h2") == heading
    assert opened.js("window.kgView.network.getSelectedNodes()") == [_index(opened, entity_id)]
    first = opened.page.locator("#kg-results button").first
    assert first.get_attribute("data-node") == str(_index(opened, entity_id))
    assert opened.errors == []


def test_clicking_a_node_shows_names_facts_and_every_evidence_sentence(
    open_page: Any, sample_nx: nx.MultiDiGraph
) -> None:
    opened = open_page(sample_nx)
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


def test_clicking_an_edge_shows_its_evidence(open_page: Any, sample_nx: nx.MultiDiGraph) -> None:
    opened = open_page(sample_nx)
    edge = opened.js(
        """() => { const data = window.kgView.data; const names = data.predicates.map(p => p.name);
                   return data.edges.findIndex(e => names[e.p] === 'builtBy'); }"""
    )
    point = opened.js(
        """(i) => { const net = window.kgView.network; const e = window.kgView.data.edges[i];
                    const a = net.getPosition(e.f), b = net.getPosition(e.t);
                    const p = net.canvasToDOM({x: a.x + (b.x - a.x) * 0.35, y: a.y + (b.y - a.y) * 0.35});
                    const box = document.getElementById('kg-graph').getBoundingClientRect();
                    return {x: box.left + p.x, y: box.top + p.y}; }""",
        edge,
    )
    opened.page.mouse.click(point["x"], point["y"])
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    assert opened.page.text_content("#kg-panel h2") == "PEACE cable → Huawei Marine"
    assert synthetic.EN_PEACE_SENTENCE in opened.page.inner_text("#kg-panel")


def test_language_toggle_switches_labels(open_page: Any, sample_nx: nx.MultiDiGraph) -> None:
    opened = open_page(sample_nx)
    index = _index(opened, "sco")
    assert opened.js("(i) => window.kgView.nodes.get(i).label", index) == "上海合作组织"
    opened.page.click("#kg-langs button[data-lang='en']")
    assert opened.js("(i) => window.kgView.nodes.get(i).label", index) == "Shanghai Cooperation Organisation"
    assert opened.page.text_content("#kg-classes-title") == "Classes"
    opened.page.click("#kg-langs button[data-lang='zh']")
    assert opened.js("(i) => window.kgView.nodes.get(i).label", index) == "上海合作组织"
    assert opened.page.text_content("#kg-classes-title") == "类别"
    marseille = _index(opened, "place/marseille")
    assert opened.js("(i) => window.kgView.nodes.get(i).label", marseille) == "Marseille"


@pytest.mark.parametrize(("kind", "name"), [("classes", "Country"), ("predicates", "connects")])
def test_filters_hide_a_class_or_a_predicate(
    open_page: Any, sample_nx: nx.MultiDiGraph, kind: str, name: str
) -> None:
    opened = open_page(sample_nx)
    index = opened.js(f"window.kgView.data.{kind}.findIndex(t => t.name === {name!r})")
    opened.page.uncheck(f"#kg-{kind} input[data-index='{index}']")
    hidden_nodes = opened.js("window.kgView.nodes.get({filter: n => n.hidden}).length")
    hidden_edges = opened.js("window.kgView.edges.get({filter: e => e.hidden}).length")
    if kind == "classes":
        assert hidden_nodes == 3
        assert hidden_edges == 6
    else:
        assert hidden_nodes == 0
        assert hidden_edges == 5
    opened.page.check(f"#kg-{kind} input[data-index='{index}']")
    assert opened.js("window.kgView.edges.get({filter: e => e.hidden}).length") == 0


def test_hostile_document_runs_nothing(open_page: Any, xss_nx: nx.MultiDiGraph) -> None:
    opened = open_page(xss_nx)
    opened.page.fill("#kg-search", "script")
    opened.page.press("#kg-search", "Enter")
    opened.page.wait_for_selector("#kg-panel:not([hidden])")
    panel = opened.page.inner_text("#kg-panel")
    assert synthetic.XSS_NAME in panel
    assert synthetic.XSS_ALIAS in panel
    assert synthetic.XSS_TITLE in panel
    opened.page.hover("#kg-graph")
    assert opened.js("window.__xss") is None
    assert (
        opened.js("document.querySelectorAll('#kg-panel img, #kg-panel b, #kg-panel i, #kg-panel u').length")
        == 0
    )
    assert opened.js("document.querySelectorAll('a[href^=\"javascript\"]').length") == 0
    assert opened.js("document.scripts.length") == 3
    assert opened.errors == []
    assert opened.remote == []


def test_large_graph_draws_with_a_static_layout(open_page: Any) -> None:
    graph = to_networkx(synthetic.random_graph(600, seed=3))
    opened = open_page(graph)
    assert opened.js("window.kgView.data.static") is True
    assert opened.js("window.kgView.network.physics.physicsEnabled") is False
    assert opened.js("Object.keys(window.kgView.network.getPositions()).length") == 600
    assert opened.errors == []
    assert opened.js("window.kgView.edges.get({filter: e => e.arrows}).length") == 0
    opened.js("window.kgView.search('Entity 42')")
    opened.wait_until("window.kgView.nodes.get(window.kgView.network.getSelectedNodes()[0]).label")
    opened.wait_until("window.kgView.edges.get({filter: e => e.arrows}).length > 0")
    ARTIFACTS.mkdir(exist_ok=True)
    opened.page.screenshot(path=str(ARTIFACTS / "view-600.png"))
