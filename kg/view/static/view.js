/* The kg graph page: reads the JSON data block, draws it with vis-network, and wires search,
   filters, the zh/en toggle, tooltips and the evidence panel. Every string from a document is
   put in the page with textContent (never innerHTML), and only http(s) links are made. */
(function () {
  "use strict";

  var timings = { start: performance.now() };
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  var UI = {
    en: {
      auto: "Auto", search: "Search a name (中文 or English)", classes: "Classes", predicates: "Relations",
      communities: "Communities", counts: "{n} entities · {e} relations", cls: "Class", names: "Names",
      aliases: "Also called", wikidata: "Wikidata", facts: "Facts", evidence: "Evidence", none: "No evidence recorded.",
      community: "Community {i}", other: "Other communities", approx: "about", nomatch: "No match",
      relations: "Relations", iri: "IRI"
    },
    zh: {
      auto: "自动", search: "搜索名称（中文或英文）", classes: "类别", predicates: "关系",
      communities: "社区", counts: "{n} 个实体 · {e} 条关系", cls: "类别", names: "名称",
      aliases: "别名", wikidata: "维基数据", facts: "事实", evidence: "证据", none: "无证据记录。",
      community: "社区 {i}", other: "其他社区", approx: "约", nomatch: "无匹配结果",
      relations: "关系", iri: "IRI"
    }
  };

  var lang = DATA.lang;
  var hiddenClasses = {};
  var hiddenPredicates = {};
  var selected = null;
  var edgesByNode = DATA.nodes.map(function () { return []; });
  DATA.edges.forEach(function (edge, i) {
    edgesByNode[edge.f].push(i);
    if (edge.t !== edge.f) { edgesByNode[edge.t].push(i); }
  });

  function uiLang() { return lang === "auto" ? DATA.defaultLang : lang; }
  function t(key, values) {
    var text = UI[uiLang()][key];
    Object.keys(values || {}).forEach(function (name) { text = text.replace("{" + name + "}", String(values[name])); });
    return text;
  }
  function nodeLang(node) { return lang === "auto" ? (node.lang || DATA.defaultLang) : lang; }
  function labelOf(node) {
    return (nodeLang(node) === "zh" ? (node.zh || node.en) : (node.en || node.zh)) || node.iri;
  }
  function otherLabel(node) {
    var other = nodeLang(node) === "zh" ? node.en : node.zh;
    return other && other !== labelOf(node) ? other : "";
  }
  function termLabel(term) {
    var wanted = uiLang() === "zh" ? (term.zh || term.en) : (term.en || term.zh);
    return wanted || term.name;
  }
  function bilingual(term) {
    var main = termLabel(term);
    var other = uiLang() === "zh" ? term.en : term.zh;
    return other && other !== main ? main + " · " + other : main;
  }
  function normal(text) { return String(text || "").normalize("NFKC").toLowerCase().trim(); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      var value = attrs[name];
      if (value === null || value === undefined) { return; }
      if (name === "text") { node.textContent = String(value); } else if (name === "class") { node.className = value; } else { node.setAttribute(name, value); }
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) { node.appendChild(typeof child === "string" ? document.createTextNode(child) : child); }
    });
    return node;
  }
  function safeUrl(text) {
    try {
      var url = new URL(String(text));
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (error) {
      return null;
    }
  }
  function link(url, text) {
    var href = safeUrl(url);
    if (!href) { return el("span", { text: text || url }); }
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer", text: text || href });
  }

  // ---------------------------------------------------------------- the network
  // A small graph is vis-network's (physics, then still); a large static one is drawn by kgLayer
  // (layer.js) on vis-network's canvas, which keeps the view, its animations and its events.
  var pageDraw = DATA.pageDraw;
  function groupOf(node) { return DATA.colorBy === "community" ? "m" + node.m : "k" + node.c; }
  var nodes = null;
  var edges = null;
  var edgeLabels = DATA.edgeLabels;
  if (!pageDraw) {
    nodes = new vis.DataSet(DATA.nodes.map(function (node, i) {
      var item = { id: i, size: node.s, group: groupOf(node), label: labelOf(node), font: { size: node.fs } };
      if (DATA.colorBy === "community") { item.shape = DATA.classes[node.c].shape; }
      return item;
    }));
    edges = new vis.DataSet(DATA.edges.map(function (edge, i) {
      var item = { id: i, from: edge.f, to: edge.t };
      if (edgeLabels) { item.label = termLabel(DATA.predicates[edge.p]); }
      return item;
    }));
  }
  var nodeHidden = new Uint8Array(DATA.nodes.length);
  var edgeHidden = new Uint8Array(DATA.edges.length);
  timings.datasets = performance.now();
  var container = document.getElementById("kg-graph");
  // The data goes in last (at the end), so that every handler, the first-draw timer included,
  // listens before anything is drawn.
  var network = new vis.Network(container, {}, DATA.options);
  var layer = null;
  if (pageDraw) {
    var styleIndex = {};
    var styles = [];
    var nodeStyle = new Int32Array(DATA.nodes.length);
    DATA.nodes.forEach(function (node, i) {
      var shape = DATA.classes[node.c].shape;
      var key = groupOf(node) + " " + shape;
      if (styleIndex[key] === undefined) {
        var group = DATA.options.groups[groupOf(node)].color;
        styleIndex[key] = styles.length;
        styles.push({ color: group.background, border: group.border, shape: shape });
      }
      nodeStyle[i] = styleIndex[key];
    });
    var column = function (read) { return Float64Array.from(DATA.nodes, read); };
    layer = kgLayer.create(network, container, {
      // vis-network keeps whole-pixel positions (it reads x and y with parseInt): so does the layer.
      x: column(function (node) { return Math.trunc(node.x); }),
      y: column(function (node) { return Math.trunc(node.y); }),
      radius: column(function (node) { return node.s; }),
      labelSize: column(function (node) { return node.fs; }),
      rank: column(function (node) { return node.v; }),
      style: nodeStyle,
      styles: styles,
      from: Int32Array.from(DATA.edges, function (edge) { return edge.f; }),
      to: Int32Array.from(DATA.edges, function (edge) { return edge.t; }),
      label: function (i) { return labelOf(DATA.nodes[i]); },
      font: DATA.options.nodes.font.face,
      edgeColor: DATA.options.edges.color.color,
      highlight: DATA.options.edges.color.highlight,
      labelColor: "#343434",
      labelThreshold: DATA.labelThreshold,
      labelMax: DATA.labelMax,
      labelLimit: DATA.labelLimit,
      hubLabels: DATA.hubLabels,
      arrowScale: DATA.arrowScale,
      arrowLength: 15 * DATA.arrowSize
    });
    nodeHidden = layer.nodeHidden;
    edgeHidden = layer.edgeHidden;
  }
  var view = { network: network, nodes: nodes, edges: edges, layer: layer, data: DATA, firstDraw: null, stabilized: DATA.static, animating: false, timings: timings };
  window.kgView = view;
  view.hidden = { nodes: nodeHidden, edges: edgeHidden };
  view.position = function (i) { return layer ? layer.position(i) : network.getPosition(i); };
  view.selectedNodes = function () { return layer ? (layer.selectedNode >= 0 ? [layer.selectedNode] : []) : network.getSelectedNodes(); };
  // What the layer highlights (vis-network keeps its own selection from its own clicks).
  function select(kind, i) {
    if (!layer) { return; }
    layer.selectedNode = kind === "node" ? i : -1;
    layer.selectedEdge = kind === "edge" ? i : -1;
    network.redraw();
  }
  network.on("afterDrawing", function firstDraw() {
    if (layer && !layer.drawn.nodes && DATA.nodes.length) { return; }
    network.off("afterDrawing", firstDraw);
    view.firstDraw = timings.drawn = performance.now();
    document.body.setAttribute("data-drawn", "1");
  });
  if (!DATA.static) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      view.stabilized = true;
    });
  }

  // ---------------------------------------------------------------- sidebar
  function renderCounts() {
    document.getElementById("kg-counts").textContent = t("counts", { n: DATA.nodes.length, e: DATA.edges.length });
    document.getElementById("kg-search").setAttribute("placeholder", t("search"));
    document.getElementById("kg-classes-title").textContent = t("classes");
    document.getElementById("kg-predicates-title").textContent = t("predicates");
    document.getElementById("kg-communities-title").textContent = t("communities");
    Array.prototype.forEach.call(document.querySelectorAll("#kg-langs button"), function (button) {
      var value = button.getAttribute("data-lang");
      if (value === "auto") { button.textContent = t("auto"); }
      button.setAttribute("aria-pressed", String(value === lang));
    });
  }

  function filterList(target, terms, hidden, glyph) {
    var list = document.getElementById(target);
    list.textContent = "";
    terms.forEach(function (term, i) {
      var box = el("input", { type: "checkbox", "data-index": String(i) });
      box.checked = !hidden[i];
      box.addEventListener("change", function () {
        if (box.checked) { delete hidden[i]; } else { hidden[i] = true; }
        applyFilters();
      });
      var mark = glyph ? el("span", { class: "kg-glyph", text: term.glyph }) : null;
      if (mark) { mark.style.color = DATA.colorBy === "community" ? "#52606d" : term.color; }
      list.appendChild(el("li", {}, [el("label", {}, [box, mark, el("span", { text: bilingual(term) }), el("span", { class: "kg-count", text: String(term.count) })])]));
    });
  }

  function renderCommunities() {
    var box = document.getElementById("kg-communities-box");
    if (DATA.colorBy !== "community") { box.hidden = true; return; }
    box.hidden = false;
    var list = document.getElementById("kg-communities");
    list.textContent = "";
    DATA.communities.forEach(function (community, i) {
      var swatch = el("span", { class: "kg-glyph", text: "●" });
      swatch.style.color = community.color;
      var name = community.other ? t("other") : t("community", { i: i + 1 });
      list.appendChild(el("li", {}, [swatch, el("span", { text: name }), el("span", { class: "kg-count", text: String(community.count) })]));
    });
  }

  function renderSidebar() {
    renderCounts();
    filterList("kg-classes", DATA.classes, hiddenClasses, true);
    filterList("kg-predicates", DATA.predicates, hiddenPredicates, false);
    renderCommunities();
  }

  function applyFilters() {
    var nodeUpdates = [];
    var edgeUpdates = [];
    DATA.nodes.forEach(function (node, i) {
      var hide = hiddenClasses[node.c] ? 1 : 0;
      if (nodeHidden[i] !== hide) { nodeHidden[i] = hide; nodeUpdates.push({ id: i, hidden: Boolean(hide) }); }
    });
    DATA.edges.forEach(function (edge, i) {
      var hide = hiddenPredicates[edge.p] || nodeHidden[edge.f] || nodeHidden[edge.t] ? 1 : 0;
      if (edgeHidden[i] !== hide) { edgeHidden[i] = hide; edgeUpdates.push({ id: i, hidden: Boolean(hide) }); }
    });
    if (layer) {
      network.redraw();
      return;
    }
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
  }

  function setLang(value) {
    lang = value;
    if (layer) {
      network.redraw();
    } else {
      nodes.update(DATA.nodes.map(function (node, i) { return { id: i, label: labelOf(node) }; }));
      if (edgeLabels) { edges.update(DATA.edges.map(function (edge, i) { return { id: i, label: termLabel(DATA.predicates[edge.p]) }; })); }
    }
    document.documentElement.setAttribute("lang", uiLang());
    renderSidebar();
    runSearch();
    if (selected) { selected.kind === "node" ? showNode(selected.id) : showEdge(selected.id); }
  }
  Array.prototype.forEach.call(document.querySelectorAll("#kg-langs button"), function (button) {
    button.addEventListener("click", function () { setLang(button.getAttribute("data-lang")); });
  });

  // ---------------------------------------------------------------- search
  var searchIndex = null;
  function search(query) {
    var wanted = normal(query);
    if (!wanted) { return []; }
    if (!searchIndex) {
      searchIndex = DATA.nodes.map(function (node) {
        return [node.en, node.zh].concat(node.alias || []).filter(Boolean).map(normal);
      });
    }
    var found = [];
    searchIndex.forEach(function (names, i) {
      var rank = -1;
      names.forEach(function (name) {
        var r = name === wanted ? 3 : name.indexOf(wanted) === 0 ? 2 : name.indexOf(wanted) > 0 ? 1 : -1;
        if (r > rank) { rank = r; }
      });
      if (rank >= 0) { found.push([rank, DATA.nodes[i].v, i]); }
    });
    found.sort(function (a, b) { return b[0] - a[0] || b[1] - a[1] || a[2] - b[2]; });
    return found.slice(0, 30).map(function (row) { return row[2]; });
  }
  function focusNode(i) {
    if (!layer) { network.selectNodes([i]); }
    showNode(i);
    // The panel covers the right of the canvas: centre the node in what stays visible.
    // Callers that place the pointer on the canvas (and the tests) wait for the move to end.
    view.animating = true;
    network.once("animationFinished", function () { view.animating = false; });
    network.moveTo({
      position: view.position(i),
      scale: Math.max(network.getScale(), 1.1),
      offset: { x: -panel.offsetWidth / 2, y: 0 },
      animation: { duration: 350, easingFunction: "easeInOutQuad" }
    });
  }
  var searchBox = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var searchTimer = null;
  function runSearch() {
    results.textContent = "";
    if (!normal(searchBox.value)) { return []; }
    var found = search(searchBox.value);
    if (!found.length) { results.appendChild(el("li", { class: "kg-muted", text: t("nomatch") })); }
    found.forEach(function (i) {
      var node = DATA.nodes[i];
      var button = el("button", { type: "button", "data-node": String(i) }, [
        el("span", { text: labelOf(node) }),
        el("span", { class: "kg-muted", text: (otherLabel(node) ? otherLabel(node) + " · " : "") + termLabel(DATA.classes[node.c]) })
      ]);
      button.addEventListener("click", function () { focusNode(i); });
      results.appendChild(el("li", {}, [button]));
    });
    return found;
  }
  searchBox.addEventListener("input", function () {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(runSearch, 120);
  });
  searchBox.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var found = runSearch();
      if (found.length) { focusNode(found[0]); }
    }
  });
  view.search = function (query) { searchBox.value = query; var found = runSearch(); if (found.length) { focusNode(found[0]); } return found; };

  // ---------------------------------------------------------------- panel
  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");
  function closePanel() {
    panel.hidden = true;
    selected = null;
    select(null, -1);
  }
  document.getElementById("kg-close").addEventListener("click", function () { closePanel(); network.unselectAll(); });

  function evidenceItem(index) {
    var item = DATA.evidence[index];
    var doc = item.d >= 0 ? DATA.docs[item.d] : null;
    var source = [];
    if (doc) {
      source.push(doc.source ? link(doc.source, doc.title || doc.source) : el("span", { text: doc.title }));
      if (doc.date) { source.push(" · " + doc.date); }
      if (doc.publisher) { source.push(" · " + doc.publisher); }
    }
    return el("li", { "data-evidence": String(index) }, [
      el("span", { class: "kg-sentence", text: item.s }),
      doc ? el("span", { class: "kg-source" }, source) : null
    ]);
  }
  function evidenceList(indices) {
    if (!indices.length) { return el("p", { class: "kg-muted", text: t("none") }); }
    return el("ul", { class: "kg-evidence" }, indices.map(evidenceItem));
  }
  function factText(fact) {
    var value;
    if (fact.date) {
      value = fact.date + (fact.end ? " – " + fact.end : "");
    } else {
      value = [fact.approx ? t("approx") : "", fact.value, fact.unit, fact.cur].filter(Boolean).join(" ");
    }
    return fact.a + ": " + value;
  }
  function showPanel(children) {
    body.textContent = "";
    children.forEach(function (child) { if (child) { body.appendChild(child); } });
    panel.hidden = false;
    body.scrollTop = 0;
  }

  function showNode(i) {
    selected = { kind: "node", id: i };
    select("node", i);
    var node = DATA.nodes[i];
    var cls = DATA.classes[node.c];
    var parts = [
      el("h2", { text: labelOf(node) }),
      otherLabel(node) ? el("div", { class: "kg-other", text: otherLabel(node) }) : null,
      el("h3", { text: t("cls") }),
      el("div", { text: bilingual(cls) }),
      el("h3", { text: t("names") }),
      el("ul", {}, [node.zh ? el("li", { lang: "zh", text: "中文：" + node.zh }) : null, node.en ? el("li", { lang: "en", text: "English: " + node.en }) : null])
    ];
    if (node.alias && node.alias.length) {
      parts.push(el("h3", { text: t("aliases") }), el("div", { text: node.alias.join(" · ") }));
    }
    if (/^Q[0-9]+$/.test(node.wd)) {
      parts.push(el("h3", { text: t("wikidata") }), el("div", {}, [link("https://www.wikidata.org/wiki/" + node.wd, node.wd)]));
    }
    if (node.facts && node.facts.length) {
      parts.push(el("h3", { text: t("facts") }));
      parts.push(el("ul", { class: "kg-facts" }, node.facts.map(function (fact) { return el("li", { text: factText(fact) }); })));
    }
    parts.push(el("h3", { text: t("evidence") }));
    var shown = {};
    // A sentence shown under one of the node's relations is not repeated among its own evidence.
    edgesByNode[i].forEach(function (edgeIndex) {
      DATA.edges[edgeIndex].ev.forEach(function (index) { shown[DATA.evidence[index].d + "\u0000" + DATA.evidence[index].s] = true; });
    });
    var own = node.ev.slice();
    (node.facts || []).forEach(function (fact) { own = own.concat(fact.ev); });
    own = own.filter(function (index) {
      var key = DATA.evidence[index].d + "\u0000" + DATA.evidence[index].s;
      if (shown[key]) { return false; }
      shown[key] = true;
      return true;
    });
    if (own.length) { parts.push(evidenceList(own)); }
    edgesByNode[i].forEach(function (edgeIndex) {
      var edge = DATA.edges[edgeIndex];
      var outgoing = edge.f === i;
      var other = DATA.nodes[outgoing ? edge.t : edge.f];
      var arrow = outgoing ? "→ " : "← ";
      parts.push(el("div", { class: "kg-relation", text: arrow + termLabel(DATA.predicates[edge.p]) + " " + labelOf(other) }));
      parts.push(evidenceList(edge.ev));
    });
    if (!own.length && !edgesByNode[i].length) { parts.push(evidenceList([])); }
    parts.push(el("h3", { text: t("iri") }), el("div", { class: "kg-muted", text: node.iri }));
    showPanel(parts);
  }

  function showEdge(i) {
    selected = { kind: "edge", id: i };
    select("edge", i);
    var edge = DATA.edges[i];
    var subject = DATA.nodes[edge.f];
    var object = DATA.nodes[edge.t];
    showPanel([
      el("h2", { text: labelOf(subject) + " → " + labelOf(object) }),
      el("div", { class: "kg-other", text: bilingual(DATA.predicates[edge.p]) }),
      el("h3", { text: t("evidence") }),
      evidenceList(edge.ev)
    ]);
  }
  view.showNode = showNode;
  view.showEdge = showEdge;

  network.on("click", function (params) {
    var node = params.nodes.length ? params.nodes[0] : layer ? layer.nodeAt(params.pointer.canvas) : -1;
    var edge = params.edges.length ? params.edges[0] : layer && node < 0 ? layer.edgeAt(params.pointer.canvas) : -1;
    if (node >= 0) { showNode(node); } else if (edge >= 0) { showEdge(edge); } else { closePanel(); }
  });

  // ---------------------------------------------------------------- tooltips
  // Built when the pointer comes to rest on a node or an edge, from the data, with textContent.
  var tip = document.getElementById("kg-tip");
  function showTip(children, pointer) {
    tip.textContent = "";
    children.forEach(function (child) { if (child) { tip.appendChild(child); } });
    var box = container.getBoundingClientRect();
    tip.style.left = Math.min(box.left + pointer.x + 14, window.innerWidth - 370) + "px";
    tip.style.top = Math.min(box.top + pointer.y + 14, window.innerHeight - 120) + "px";
    tip.hidden = false;
  }
  function clip(text) { return text.length > 180 ? text.slice(0, 177) + "…" : text; }
  function quoted(index) { return el("div", { text: "“" + clip(DATA.evidence[index].s) + "”" }); }
  function nodeTip(i, pointer) {
    var node = DATA.nodes[i];
    var first = node.ev.concat(edgesByNode[i].length ? DATA.edges[edgesByNode[i][0]].ev : []).slice(0, 2);
    showTip([
      el("div", { text: labelOf(node) }),
      otherLabel(node) ? el("div", { class: "kg-muted", text: otherLabel(node) }) : null,
      el("div", { class: "kg-muted", text: bilingual(DATA.classes[node.c]) })
    ].concat(first.map(quoted)), pointer);
  }
  function edgeTip(i, pointer) {
    var edge = DATA.edges[i];
    showTip([
      el("div", { text: labelOf(DATA.nodes[edge.f]) + " → " + labelOf(DATA.nodes[edge.t]) }),
      el("div", { class: "kg-muted", text: bilingual(DATA.predicates[edge.p]) })
    ].concat(edge.ev.slice(0, 2).map(quoted)), pointer);
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (params) { nodeTip(params.node, params.pointer.DOM); });
  network.on("hoverEdge", function (params) { edgeTip(params.edge, params.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  // The layer's nodes and edges: what lies under the pointer, looked up once per animation frame.
  function hoverAt(pointer) {
    var point = network.DOMtoCanvas(pointer);
    var node = layer.moving ? -1 : layer.nodeAt(point);
    var edge = layer.moving || node >= 0 ? -1 : layer.edgeAt(point);
    if (node >= 0) { nodeTip(node, pointer); } else if (edge >= 0) { edgeTip(edge, pointer); } else { hideTip(); }
    if (node !== layer.hoveredNode || edge !== layer.hoveredEdge) {
      layer.hoveredNode = node;
      layer.hoveredEdge = edge;
      network.redraw();
    }
  }
  if (layer) {
    var pendingPointer = null;
    container.addEventListener("mousemove", function (event) {
      var box = container.getBoundingClientRect();
      var waiting = pendingPointer !== null;
      pendingPointer = { x: event.clientX - box.left, y: event.clientY - box.top };
      if (waiting) { return; }
      requestAnimationFrame(function () {
        var pointer = pendingPointer;
        pendingPointer = null;
        if (pointer) { hoverAt(pointer); }
      });
    });
    container.addEventListener("mouseleave", function () { pendingPointer = null; layer.hoveredNode = layer.hoveredEdge = -1; network.redraw(); });
  }
  container.addEventListener("mouseleave", hideTip);

  renderSidebar();
  if (layer) { layer.fit(); } else { network.setData({ nodes: nodes, edges: edges }); }
  timings.network = performance.now();
}());
