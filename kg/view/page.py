"""The interactive HTML page: one self-contained file that works offline from ``file://``.

pyvis gives the vis-network options model and the vis-network script; the page itself is ours
(``template.html``, ``static/view.js``, ``static/view.css``), because pyvis's own templates load
scripts from a CDN, its select menus garble Chinese, and its ``add_edge`` loop is quadratic.
A small graph is drawn by vis-network, with physics; a static one (above ``STATIC_THRESHOLD``)
by ``static/layer.js`` on vis-network's canvas and view, because vis-network's per-node and
per-edge objects were 90 % of the first draw at 10,000 nodes (4.5 s there, under 1 s now).
The data goes in as one JSON block (nodes, edges, evidence, documents) built in bulk; the
script builds the DOM with ``textContent`` only, tooltips included (built on hover), and a
Content-Security-Policy that allows exactly the page's two scripts (by hash) and no network at
all backs that up.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import logging
import math
from collections import Counter
from collections.abc import Hashable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import networkx as nx
from rdflib import RDFS, Graph
from rdflib import Literal as RdfLiteral

from kg.analytics import community_index, pagerank, to_networkx
from kg.errors import OutputError
from kg.model import EntityClass, Predicate
from kg.ontology.vocab import KGO
from kg.view.layout import layout_positions

log = logging.getLogger(__name__)

STATIC_THRESHOLD = 300
"""Above this many nodes the layout is computed in Python, and the page draws the graph itself
(``static/layer.js``) on vis-network's canvas: no physics, no vis-network node or edge objects."""

LABEL_LIMIT = 300
"""At most this many labels are drawn at once on a static graph, biggest nodes first, none overlapping."""

HUB_LABELS = 40
"""A static graph names this many of its biggest nodes at any zoom (where their labels do not overlap)."""

ARROW_SIZE = 0.5
"""Arrowheads, relative to vis-network's default. A static graph gets them as the user zooms in."""

ARROW_SCALE = 0.3
"""The zoom from which a static graph's edges get their arrowheads (below, they would be specks)."""

NODE_SIZES = (6.0, 36.0)
"""Node radius in pixels at zoom 1, from the least to the most connected node."""

LABEL_SIZES = (12.0, 24.0)
STATIC_LABEL_SIZES = (11.0, 64.0)
"""Label font sizes at zoom 1. A label shows once its size on screen reaches ``LABEL_THRESHOLD``
and never grows past ``LABEL_MAX`` pixels, so the wide range of a large graph names its hubs at
the overview and the rest only as one zooms in; a small graph shows every label at once.

Sizes are given per node rather than through vis-network's value scaling, which would
re-process every node's label options once more before the first draw (10 % of it at 10,000 nodes)."""

LABEL_MAX = 26
LABEL_THRESHOLD = 9
"""A label is drawn when its font size on screen reaches this many pixels (vis-network's drawThreshold)."""

EDGE_LABEL_LIMIT = 300
"""Up to this many edges, predicates are written on the edges; above, they show on hover only."""

PageLang = Literal["auto", "zh", "en"]
ColorBy = Literal["class", "community"]
SizeBy = Literal["degree", "pagerank"]

CLASS_STYLE: dict[str, tuple[str, str, str]] = {
    EntityClass.COUNTRY: ("#4e79a7", "dot", "●"),
    EntityClass.ORGANIZATION: ("#f28e2b", "square", "■"),
    EntityClass.INITIATIVE: ("#59a14f", "diamond", "◆"),
    EntityClass.PROJECT: ("#e15759", "triangle", "▲"),
    EntityClass.AGREEMENT: ("#b07aa1", "star", "★"),
    EntityClass.TECHNOLOGY: ("#17becf", "hexagon", "⬢"),
    EntityClass.PERSON: ("#d4a017", "triangleDown", "▼"),
    EntityClass.PLACE: ("#9c755f", "dot", "●"),
    EntityClass.EVENT: ("#ff6f9c", "square", "■"),
}
"""Colour, vis-network shape and legend glyph per class (shapes that keep the label outside)."""

COMMUNITY_COLORS = 20
"""The largest communities get a colour of their own; the rest share grey."""

CJK_FONTS = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
    '"WenQuanYi Micro Hei", system-ui, sans-serif'
)


@functools.cache
def vocabulary_labels() -> dict[str, dict[str, str]]:
    """``{local name: {"en": …, "zh": …}}`` for the classes and predicates, from ``ontology.ttl``."""
    namespace = str(KGO._NS)
    labels: dict[str, dict[str, str]] = {
        term.value: {"en": term.value} for term in [*EntityClass, *Predicate]
    }
    ontology = resources.files("kg.ontology") / "ontology.ttl"
    try:
        graph = Graph().parse(data=ontology.read_text(encoding="utf-8"), format="turtle")
    except (OSError, ValueError) as error:
        log.warning("ontology labels unavailable (%s): class and predicate names in English only", error)
        return labels
    for subject, _, label in graph.triples((None, RDFS.label, None)):
        name = str(subject)
        if name.startswith(namespace) and isinstance(label, RdfLiteral) and label.language:
            labels.setdefault(name[len(namespace) :], {})[label.language] = str(label)
    return labels


def script_json(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>``, ``&``, U+2028/2029 left raw.

    >>> script_json({"name": "</script><b>中巴</b> & \\u2028"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e中巴\\\\u003c/b\\\\u003e \\\\u0026 \\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for raw, escaped in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, escaped)
    return text


def _static_text(name: str) -> str:
    return (resources.files("kg.view") / "static" / name).read_text(encoding="utf-8")


def _inline_script(source: str) -> str:
    """Script text that cannot close its own ``<script>`` element."""
    return source.replace("</script", "<\\/script").replace("</SCRIPT", "<\\/SCRIPT")


def _csp_hash(source: str) -> str:
    return (
        "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"
    )


def _vis_options(*, static: bool, groups: Mapping[str, Any]) -> dict[str, Any]:
    """vis-network options: pyvis's model for the basics, then what a large, readable graph needs."""
    from pyvis.network import Network

    net = Network(directed=True)
    net.toggle_physics(not static)
    net.toggle_hide_edges_on_drag(True)
    net.toggle_stabilization(not static)
    options: dict[str, Any] = json.loads(net.options.to_json())
    options["edges"] = {
        "arrows": {"to": {"enabled": not static, "scaleFactor": ARROW_SIZE}},
        "color": {"color": "#9aa5b1", "highlight": "#2b6cb0", "hover": "#2b6cb0", "inherit": False},
        "smooth": {"enabled": False},
        "width": 1,
        "selectionWidth": 2,
        "font": {"size": 10, "color": "#52606d", "strokeWidth": 2, "align": "middle", "face": CJK_FONTS},
    }
    options["nodes"] = {
        "shape": "dot",
        "borderWidth": 1,
        "font": {"size": 14, "face": CJK_FONTS, "strokeWidth": 3, "strokeColor": "#ffffff"},
        "scaling": {"label": {"enabled": False, "maxVisible": LABEL_MAX, "drawThreshold": LABEL_THRESHOLD}},
    }
    options["groups"] = dict(groups)
    options["layout"] = {"improvedLayout": False, "randomSeed": 0}
    options["interaction"].update(
        {
            "hover": not static,
            "hideEdgesOnZoom": static,
            "tooltipDelay": 150,
            "navigationButtons": False,
            "keyboard": False,
        }
    )
    physics = options["physics"]
    if static:
        physics.pop("stabilization", None)
    else:
        physics.update(
            {
                "solver": "barnesHut",
                "barnesHut": {"gravitationalConstant": -6000, "springLength": 150, "avoidOverlap": 0.6},
                "stabilization": {"enabled": True, "iterations": 250, "fit": True, "updateInterval": 50},
            }
        )
    return options


def _community_color(index: int) -> str:
    if index >= COMMUNITY_COLORS:
        return "#b8c0c8"
    return f"hsl({(index * 137.508) % 360:.0f}, 62%, 52%)"


def _size_values(nxg: nx.MultiDiGraph, size_by: SizeBy) -> dict[Hashable, float]:
    if size_by == "pagerank":
        ranks = pagerank(nxg)
        top = max(ranks.values(), default=1.0) or 1.0
        return {node: round(100 * rank / top, 2) for node, rank in ranks.items()}
    return {node: round(math.sqrt(degree), 3) for node, degree in nxg.degree()}


def _scaled(value: float, value_range: tuple[float, float], sizes: tuple[float, float]) -> float:
    """``value`` mapped linearly from ``value_range`` onto ``sizes`` (the middle when all are equal)."""
    low, high = value_range
    share = 0.5 if high == low else (value - low) / (high - low)
    return round(sizes[0] + share * (sizes[1] - sizes[0]), 1)


class _Evidence:
    """Evidence items stored once in the page, referred to by index from nodes, edges and facts."""

    def __init__(self, documents: Mapping[str, Mapping[str, Any]]) -> None:
        self.doc_index = {iri: i for i, iri in enumerate(documents)}
        self.items: list[dict[str, Any]] = []
        self._seen: dict[tuple[Any, ...], int] = {}

    def refs(self, items: list[dict[str, Any]]) -> list[int]:
        found = []
        for item in items:
            key = (
                item.get("sentence"),
                item.get("doc"),
                item.get("start"),
                item.get("end"),
                item.get("rule"),
            )
            if key not in self._seen:
                self._seen[key] = len(self.items)
                self.items.append(
                    {
                        "s": item.get("sentence") or "",
                        "d": self.doc_index.get(item.get("doc") or "", -1),
                        "a": item.get("start"),
                        "b": item.get("end"),
                        "c": item.get("confidence"),
                        "r": item.get("rule"),
                    }
                )
            if self._seen[key] not in found:
                found.append(self._seen[key])
        return found


def page_data(
    nxg: nx.MultiDiGraph,
    *,
    lang: PageLang = "auto",
    color_by: ColorBy = "class",
    size_by: SizeBy = "degree",
    title: str = "Knowledge graph",
    static_threshold: int = STATIC_THRESHOLD,
    seed: int = 0,
) -> dict[str, Any]:
    """Everything the page script needs, as JSON-ready data (built in bulk: no per-edge scans)."""
    if lang not in ("auto", "zh", "en"):
        raise ValueError(f"lang must be auto, zh or en, not {lang!r}")
    if color_by not in ("class", "community"):
        raise ValueError(f"color_by must be class or community, not {color_by!r}")
    vocab = vocabulary_labels()
    nodes = list(nxg.nodes)
    index = {node: i for i, node in enumerate(nodes)}
    static = len(nodes) > static_threshold
    positions = layout_positions(nxg, seed=seed)
    sizes = _size_values(nxg, size_by)
    value_range = (min(sizes.values(), default=0.0), max(sizes.values(), default=0.0))
    documents: dict[str, dict[str, Any]] = nxg.graph.get("documents") or {}
    evidence = _Evidence(documents)

    class_counts = Counter(nxg.nodes[node].get("cls", "") for node in nodes)
    class_names = [c.value for c in EntityClass if class_counts[c.value]]
    class_names += sorted(name for name in class_counts if name not in class_names)
    class_index = {name: i for i, name in enumerate(class_names)}
    classes = []
    for name in class_names:
        color, shape, glyph = CLASS_STYLE.get(name, ("#7b8794", "dot", "●"))
        labels = vocab.get(name, {})
        classes.append(
            {
                "name": name,
                "en": labels.get("en", name),
                "zh": labels.get("zh", ""),
                "color": color,
                "shape": shape,
                "glyph": glyph,
                "count": class_counts[name],
            }
        )

    community: dict[Hashable, int] = community_index(nxg, seed=seed) if color_by == "community" else {}
    community_sizes = Counter(community.values())
    groups: dict[str, dict[str, Any]]
    if color_by == "community":
        groups = {
            f"m{i}": {"color": {"background": _community_color(i), "border": "#3e4c59"}}
            for i in range(min(len(community_sizes), COMMUNITY_COLORS + 1))
        }
    else:
        groups = {
            f"k{i}": {"color": {"background": c["color"], "border": "#3e4c59"}, "shape": c["shape"]}
            for i, c in enumerate(classes)
        }

    node_rows = []
    for node in nodes:
        data = nxg.nodes[node]
        labels = data.get("labels") or {}
        x, y = positions[node]
        row: dict[str, Any] = {
            "iri": str(node),
            "c": class_index[data.get("cls", "")],
            "en": labels.get("en") or "",
            "zh": labels.get("zh") or "",
            "lang": data.get("lang") or "",
            "alias": [name for name, _ in data.get("aliases") or []],
            "wd": data.get("wikidata") or "",
            "v": sizes.get(node, 0.0),
            "s": _scaled(sizes.get(node, 0.0), value_range, NODE_SIZES),
            "fs": _scaled(sizes.get(node, 0.0), value_range, STATIC_LABEL_SIZES if static else LABEL_SIZES),
            "x": x,
            "y": y,
            "ev": evidence.refs(data.get("evidence") or []),
        }
        if not row["en"] and not row["zh"]:
            other = sorted(name for name in labels.values() if name)
            row["en"] = other[0] if other else str(node).rsplit("/", 1)[-1]
        facts = data.get("facts") or []
        if facts:
            row["facts"] = [
                {
                    "a": fact.get("attribute") or "",
                    "date": fact.get("date"),
                    "end": fact.get("end_date"),
                    "value": fact.get("value"),
                    "unit": fact.get("unit"),
                    "cur": fact.get("currency"),
                    "approx": bool(fact.get("approximate")),
                    "ev": evidence.refs(fact.get("evidence") or []),
                }
                for fact in facts
            ]
        if color_by == "community":
            row["m"] = min(community.get(node, COMMUNITY_COLORS), COMMUNITY_COLORS)
        node_rows.append(row)

    predicate_counts = Counter(
        data.get("predicate", key) for _, _, key, data in nxg.edges(keys=True, data=True)
    )
    predicate_names = [p.value for p in Predicate if predicate_counts[p.value]]
    predicate_names += sorted(name for name in predicate_counts if name not in predicate_names)
    predicate_index = {name: i for i, name in enumerate(predicate_names)}
    predicates = [
        {
            "name": name,
            "en": vocab.get(name, {}).get("en", name),
            "zh": vocab.get(name, {}).get("zh", ""),
            "count": predicate_counts[name],
        }
        for name in predicate_names
    ]
    edge_rows = [
        {
            "f": index[subject],
            "t": index[obj],
            "p": predicate_index[data.get("predicate", key)],
            "ev": evidence.refs(data.get("evidence") or []),
        }
        for subject, obj, key, data in nxg.edges(keys=True, data=True)
    ]

    languages = Counter(row["lang"] for row in node_rows if row["lang"] in ("zh", "en"))
    default_lang = languages.most_common(1)[0][0] if languages else "en"
    docs = [
        {
            "title": doc.get("title") or "",
            "date": doc.get("date") or "",
            "source": doc.get("source") or "",
            "publisher": doc.get("publisher") or "",
        }
        for doc in documents.values()
    ]
    communities = [
        {"color": _community_color(i), "count": community_sizes[i]}
        for i in range(min(len(community_sizes), COMMUNITY_COLORS))
    ]
    if len(community_sizes) > COMMUNITY_COLORS:
        rest = sum(size for i, size in community_sizes.items() if i >= COMMUNITY_COLORS)
        communities.append({"color": _community_color(COMMUNITY_COLORS), "count": rest, "other": True})
    return {
        "title": title,
        "lang": lang,
        "defaultLang": default_lang,
        "colorBy": color_by,
        "static": static,
        # A static graph is drawn by the page script (static/layer.js) on vis-network's canvas:
        # vis-network builds an object per node and per edge, 90 % of the first draw at 10,000 nodes.
        "pageDraw": static,
        "labelThreshold": LABEL_THRESHOLD,
        "labelMax": LABEL_MAX,
        "labelLimit": LABEL_LIMIT,
        "hubLabels": HUB_LABELS,
        "arrowScale": ARROW_SCALE,
        "arrowSize": ARROW_SIZE,
        "classes": classes,
        "predicates": predicates,
        "communities": communities,
        "docs": docs,
        "evidence": evidence.items,
        "nodes": node_rows,
        "edges": edge_rows,
        "edgeLabels": len(edge_rows) <= EDGE_LABEL_LIMIT,
        "options": _vis_options(static=static, groups=groups),
    }


def _as_networkx(graph: Graph | nx.MultiDiGraph) -> nx.MultiDiGraph:
    return graph if isinstance(graph, nx.Graph) else to_networkx(graph)


def render_html(
    graph: Graph | nx.MultiDiGraph,
    *,
    lang: PageLang = "auto",
    color_by: ColorBy = "class",
    size_by: SizeBy = "degree",
    title: str = "Knowledge graph",
    static_threshold: int = STATIC_THRESHOLD,
    seed: int = 0,
) -> str:
    """The page as one HTML string: vis-network, the page script and the data all inline."""
    from jinja2 import Environment, PackageLoader, select_autoescape
    from markupsafe import Markup

    data = page_data(
        _as_networkx(graph),
        lang=lang,
        color_by=color_by,
        size_by=size_by,
        title=title,
        static_threshold=static_threshold,
        seed=seed,
    )
    scripts = [
        _inline_script(_static_text("vis-network.min.js")),
        _inline_script(_static_text("layer.js") + _static_text("view.js")),
    ]
    environment = Environment(loader=PackageLoader("kg.view", "."), autoescape=select_autoescape(["html"]))

    page: str = environment.get_template("template.html").render(
        title=title,
        html_lang="zh" if (lang if lang != "auto" else data["defaultLang"]) == "zh" else "en",
        csp_scripts=" ".join(_csp_hash(script) for script in scripts),
        style=Markup(_static_text("view.css").replace("CJK_FONTS", CJK_FONTS).replace("</style", "")),
        data=Markup(script_json(data)),
        vis_script=Markup(scripts[0]),
        view_script=Markup(scripts[1]),
    )
    return page


def write_html(
    graph: Graph | nx.MultiDiGraph,
    path: Path | str,
    *,
    lang: PageLang = "auto",
    color_by: ColorBy = "class",
    size_by: SizeBy = "degree",
    title: str | None = None,
    static_threshold: int = STATIC_THRESHOLD,
    seed: int = 0,
) -> Path:
    """Write the interactive page of ``graph`` (RDF, or ``to_networkx`` output) to ``path``.

    ``lang``: node labels in each entity's document language (``auto``), or all in ``zh`` / ``en``.
    ``color_by``: ``class`` (with shapes and a legend) or Louvain ``community``.
    ``size_by``: node size by ``degree`` or ``pagerank``. Above ``static_threshold`` nodes the
    layout is precomputed and physics is off.
    """
    target = Path(path)
    html = render_html(
        graph,
        lang=lang,
        color_by=color_by,
        size_by=size_by,
        title=title or "Knowledge graph · 知识图谱",
        static_threshold=static_threshold,
        seed=seed,
    )
    try:
        target.write_text(html, encoding="utf-8")
    except OSError as error:
        raise OutputError(
            f"cannot write the HTML view to {target}: {error.strerror or error}; "
            "check that the folder exists and is writable, or pass another --out"
        ) from error
    log.info("wrote %s (%.1f MB)", target, len(html.encode("utf-8")) / 1e6)
    return target
