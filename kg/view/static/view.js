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
  function groupOf(node) { return DATA.colorBy === "community" ? "m" + node.m : "k" + node.c; }
  // A large graph first draws with the labels of its biggest nodes only: at the zoom that fits
  // everything, smaller labels fall below scaling.label.drawThreshold and would not be drawn anyway,
  // but vis-network would still measure each one. The rest are filled in right after.
  var labelCutoff = -Infinity;
  if (DATA.static && DATA.nodes.length > DATA.firstLabels) {
    labelCutoff = DATA.nodes.map(function (node) { return node.v; }).sort(function (a, b) { return b - a; })[DATA.firstLabels - 1];
  }
  var deferred = [];
  var nodeItems = DATA.nodes.map(function (node, i) {
    var item = { id: i, size: node.s, group: groupOf(node), x: node.x, y: node.y };
    if (node.v >= labelCutoff) { item.label = labelOf(node); item.font = { size: node.fs }; } else { deferred.push(i); }
    if (DATA.colorBy === "community") { item.shape = DATA.classes[node.c].shape; }
    return item;
  });
  var edgeLabels = DATA.edgeLabels;
  var edgeItems = DATA.edges.map(function (edge, i) {
    var item = { id: i, from: edge.f, to: edge.t };
    if (edgeLabels) { item.label = termLabel(DATA.predicates[edge.p]); }
    return item;
  });
  var nodes = new vis.DataSet(nodeItems);
  var edges = new vis.DataSet(edgeItems);
  timings.datasets = performance.now();
  var container = document.getElementById("kg-graph");
  // The data goes in last (setData, at the end), so that every handler, the first-draw timer
  // included, listens before anything is drawn.
  var network = new vis.Network(container, {}, DATA.options);
  var view = { network: network, nodes: nodes, edges: edges, data: DATA, firstDraw: null, stabilized: DATA.static, timings: timings };
  window.kgView = view;
  // Deferred labels come in as the user zooms: those of the nodes in view whose label would be
  // drawn at the current scale (vis-network's own font scaling rule), a few hundred at a time.
  var labelled = new Uint8Array(DATA.nodes.length);
  nodeItems.forEach(function (item, i) { if (item.label !== undefined) { labelled[i] = 1; } });
  var drawThreshold = DATA.options.nodes.scaling.label.drawThreshold;
  function neededScale(node) { return drawThreshold / node.fs; }
  // Arrowheads likewise: a static graph draws its edges plain at the overview, where arrowheads
  // would be specks, and the edges in view get them from DATA.arrowScale on.
  var plainEdges = DATA.static ? DATA.edges.map(function (edge, i) { return i; }) : [];
  function labelInView() {
    var scale = network.getScale();
    var low = network.DOMtoCanvas({ x: 0, y: 0 });
    var high = network.DOMtoCanvas({ x: container.clientWidth, y: container.clientHeight });
    function inView(node) { return node.x >= low.x && node.x <= high.x && node.y >= low.y && node.y <= high.y; }
    var update = [];
    deferred = deferred.filter(function (i) {
      var node = DATA.nodes[i];
      if (neededScale(node) > scale || !inView(node)) { return true; }
      labelled[i] = 1;
      update.push({ id: i, label: labelOf(node), font: { size: node.fs } });
      return false;
    });
    if (update.length) { nodes.update(update); }
    view.labelsComplete = deferred.length === 0;
    if (plainEdges.length && scale >= DATA.arrowScale) {
      var arrows = [];
      plainEdges = plainEdges.filter(function (i) {
        var edge = DATA.edges[i];
        if (!inView(DATA.nodes[edge.f]) && !inView(DATA.nodes[edge.t])) { return true; }
        arrows.push({ id: i, arrows: { to: { enabled: true, scaleFactor: DATA.arrowSize } } });
        return false;
      });
      if (arrows.length) { edges.update(arrows); }
    }
  }
  var labelTimer = null;
  function labelSoon() { clearTimeout(labelTimer); labelTimer = setTimeout(labelInView, 120); }
  view.labelsComplete = deferred.length === 0;
  network.on("zoom", labelSoon);
  network.on("dragEnd", labelSoon);
  network.on("animationFinished", labelSoon);
  network.once("afterDrawing", function () {
    view.firstDraw = timings.drawn = performance.now();
    document.body.setAttribute("data-drawn", "1");
    labelSoon();
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
    var hiddenNode = DATA.nodes.map(function (node, i) {
      var hide = Boolean(hiddenClasses[node.c]);
      if (Boolean(nodeItems[i].hidden) !== hide) { nodeItems[i].hidden = hide; nodeUpdates.push({ id: i, hidden: hide }); }
      return hide;
    });
    var edgeUpdates = [];
    DATA.edges.forEach(function (edge, i) {
      var hide = Boolean(hiddenPredicates[edge.p]) || hiddenNode[edge.f] || hiddenNode[edge.t];
      if (Boolean(edgeItems[i].hidden) !== hide) { edgeItems[i].hidden = hide; edgeUpdates.push({ id: i, hidden: hide }); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
  }

  function setLang(value) {
    lang = value;
    var update = [];
    DATA.nodes.forEach(function (node, i) { if (labelled[i]) { update.push({ id: i, label: labelOf(node) }); } });
    nodes.update(update);
    if (edgeLabels) { edges.update(DATA.edges.map(function (edge, i) { return { id: i, label: termLabel(DATA.predicates[edge.p]) }; })); }
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
    network.selectNodes([i]);
    showNode(i);
    // The panel covers the right of the canvas: centre the node in what stays visible.
    var offset = { x: -panel.offsetWidth / 2, y: 0 };
    network.focus(i, { scale: Math.max(network.getScale(), 1.1), offset: offset, animation: { duration: 350, easingFunction: "easeInOutQuad" } });
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
  document.getElementById("kg-close").addEventListener("click", function () { panel.hidden = true; selected = null; network.unselectAll(); });

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
    if (params.nodes.length) { showNode(params.nodes[0]); } else if (params.edges.length) { showEdge(params.edges[0]); } else { panel.hidden = true; selected = null; }
  });

  // ---------------------------------------------------------------- tooltips
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
  network.on("hoverNode", function (params) {
    var node = DATA.nodes[params.node];
    var first = node.ev.concat(edgesByNode[params.node].length ? DATA.edges[edgesByNode[params.node][0]].ev : []).slice(0, 2);
    showTip([
      el("div", { text: labelOf(node) }),
      otherLabel(node) ? el("div", { class: "kg-muted", text: otherLabel(node) }) : null,
      el("div", { class: "kg-muted", text: bilingual(DATA.classes[node.c]) })
    ].concat(first.map(function (index) { return el("div", { text: "“" + clip(DATA.evidence[index].s) + "”" }); })), params.pointer.DOM);
  });
  network.on("hoverEdge", function (params) {
    var edge = DATA.edges[params.edge];
    showTip([
      el("div", { text: labelOf(DATA.nodes[edge.f]) + " → " + labelOf(DATA.nodes[edge.t]) }),
      el("div", { class: "kg-muted", text: bilingual(DATA.predicates[edge.p]) })
    ].concat(edge.ev.slice(0, 2).map(function (index) { return el("div", { text: "“" + clip(DATA.evidence[index].s) + "”" }); })), params.pointer.DOM);
  });
  function hideTip() { tip.hidden = true; }
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  renderSidebar();
  network.setData({ nodes: nodes, edges: edges });
  timings.network = performance.now();
}());
