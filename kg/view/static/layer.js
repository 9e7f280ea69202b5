/* The drawing of a large static graph, on vis-network's canvas and in its view (pan, zoom,
   animation, click and drag events stay vis-network's).

   vis-network builds an object per node and per edge (bridged options, a label module that
   measures even an empty label, a shape): at 10,000 nodes and 20,000 edges that was 90 % of the
   first draw. A static graph needs none of it: its nodes are dots and polygons at fixed places and
   its edges straight segments. So the layer strokes them itself from typed arrays, one canvas path
   per style, skips what is out of view, and hit-tests nodes and edges for hover and click (not
   while the view moves). A frame of 10,000 nodes and 20,000 edges takes tens of milliseconds, so
   edges stay drawn while the view is dragged or zoomed.
   Labels follow vis-network's rule (drawn once their size on screen reaches a threshold, never
   larger than a cap), and the biggest nodes are named even at the overview; biggest first, a
   label that would overlap one already drawn is left out, so the overview never turns into a blob. */
var kgLayer = (function () {
  "use strict";

  var SQRT3 = Math.sqrt(3);

  // Node shapes as vis-network draws them (its CanvasRenderingContext2D extensions), radius r.
  var SHAPES = {
    dot: function (ctx, x, y, r) { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI); },
    square: function (ctx, x, y, r) { ctx.rect(x - r, y - r, 2 * r, 2 * r); },
    diamond: function (ctx, x, y, r) {
      ctx.moveTo(x, y + r); ctx.lineTo(x + r, y); ctx.lineTo(x, y - r); ctx.lineTo(x - r, y); ctx.closePath();
    },
    triangle: function (ctx, x, y, r) {
      var side = 2 * r, inner = SQRT3 / 6 * side, height = SQRT3 / 2 * side;
      ctx.moveTo(x, y - (height - inner)); ctx.lineTo(x + r, y + inner); ctx.lineTo(x - r, y + inner); ctx.closePath();
    },
    triangleDown: function (ctx, x, y, r) {
      var side = 2 * r, inner = SQRT3 / 6 * side, height = SQRT3 / 2 * side;
      ctx.moveTo(x, y + (height - inner)); ctx.lineTo(x + r, y - inner); ctx.lineTo(x - r, y - inner); ctx.closePath();
    },
    star: function (ctx, x, y, r) {
      var radius = r * 0.82;
      var top = y + 0.1 * radius;
      for (var n = 0; n < 10; n++) {
        var reach = n % 2 === 0 ? radius * 1.3 : radius * 0.5;
        var px = x + reach * Math.sin(n * 2 * Math.PI / 10), py = top - reach * Math.cos(n * 2 * Math.PI / 10);
        if (n === 0) { ctx.moveTo(px, py); } else { ctx.lineTo(px, py); }
      }
      ctx.closePath();
    },
    hexagon: function (ctx, x, y, r) {
      for (var n = 0; n < 6; n++) {
        var px = x + r * Math.cos(n * Math.PI / 3), py = y + r * Math.sin(n * Math.PI / 3);
        if (n === 0) { ctx.moveTo(px, py); } else { ctx.lineTo(px, py); }
      }
      ctx.closePath();
    }
  };

  /* graph: { x, y, radius, labelSize, rank (Float64Arrays, one value per node), style (Int32Array:
     an index into styles), styles ([{color, border, shape}]), from, to (Int32Arrays, per edge),
     label (function: the node's label now), font, edgeColor, highlight, labelColor,
     labelThreshold, labelMax (pixels on screen), labelLimit (labels per frame), hubLabels (how
     many of the biggest nodes are named at any zoom, at least at the threshold size, where their
     labels do not overlap), arrowScale, arrowLength } */
  function create(network, container, graph) {
    var nodeCount = graph.x.length;
    var edgeCount = graph.from.length;
    var layer = {
      nodeHidden: new Uint8Array(nodeCount),
      edgeHidden: new Uint8Array(edgeCount),
      selectedNode: -1,
      selectedEdge: -1,
      hoveredNode: -1,
      hoveredEdge: -1,
      moving: false,
      drawn: { nodes: 0, edges: 0, arrows: 0, labels: [] }
    };
    var byStyle = graph.styles.map(function () { return []; });
    for (var i = 0; i < nodeCount; i++) { byStyle[graph.style[i]].push(i); }
    var byRank = [];
    for (var k = 0; k < nodeCount; k++) { byRank.push(k); }
    byRank.sort(function (a, b) { return graph.rank[b] - graph.rank[a] || a - b; });

    var dragging = false;
    var zoomTimer = null;
    network.on("dragStart", function () { dragging = true; layer.moving = true; });
    network.on("dragEnd", function () { dragging = false; layer.moving = zoomTimer !== null; });
    network.on("zoom", function () {
      layer.moving = true;
      clearTimeout(zoomTimer);
      zoomTimer = setTimeout(function () { zoomTimer = null; layer.moving = dragging; }, 250);
    });

    function viewBox(margin) {
      var low = network.DOMtoCanvas({ x: -margin, y: -margin });
      var high = network.DOMtoCanvas({ x: container.clientWidth + margin, y: container.clientHeight + margin });
      return { x0: low.x, y0: low.y, x1: high.x, y1: high.y };
    }
    function nodeInBox(i, box) {
      var r = graph.radius[i];
      return graph.x[i] + r >= box.x0 && graph.x[i] - r <= box.x1 && graph.y[i] + r >= box.y0 && graph.y[i] - r <= box.y1;
    }
    function edgeShown(e) {
      return !layer.edgeHidden[e] && !layer.nodeHidden[graph.from[e]] && !layer.nodeHidden[graph.to[e]];
    }
    // A node's edge to itself is a circle on its upper right, as vis-network draws it.
    function loopOf(e) {
      var i = graph.from[e], r = graph.radius[i];
      var size = Math.max(0.75 * r, 10);
      return { x: graph.x[i] + 0.7 * r, y: graph.y[i] - 0.7 * r, r: size };
    }
    function edgeMarked(e) {
      if (e === layer.hoveredEdge || e === layer.selectedEdge) { return true; }
      var node = layer.selectedNode >= 0 ? layer.selectedNode : layer.hoveredNode;
      return node >= 0 && (graph.from[e] === node || graph.to[e] === node);
    }

    // An open arrowhead at the border of the edge's target, drawn in the same stroke as the edge:
    // filling thousands of closed heads costs a hundred times more than the lines themselves.
    function arrowHead(ctx, e, length) {
      var a = graph.from[e], b = graph.to[e];
      var dx = graph.x[b] - graph.x[a], dy = graph.y[b] - graph.y[a];
      var distance = Math.sqrt(dx * dx + dy * dy);
      var border = graph.radius[b];
      if (distance <= border + length) { return; }
      var ux = dx / distance, uy = dy / distance;
      var tipX = graph.x[b] - ux * border, tipY = graph.y[b] - uy * border;
      var backX = tipX - ux * length, backY = tipY - uy * length, half = 0.4 * length;
      ctx.moveTo(backX - uy * half, backY + ux * half);
      ctx.lineTo(tipX, tipY);
      ctx.lineTo(backX + uy * half, backY - ux * half);
    }
    function strokeEdges(ctx, list, color, width, arrows) {
      if (!list.length) { return; }
      ctx.beginPath();
      list.forEach(function (e) {
        if (graph.from[e] === graph.to[e]) {
          var loop = loopOf(e);
          ctx.moveTo(loop.x + loop.r, loop.y);
          ctx.arc(loop.x, loop.y, loop.r, 0, 2 * Math.PI);
          return;
        }
        ctx.moveTo(graph.x[graph.from[e]], graph.y[graph.from[e]]);
        ctx.lineTo(graph.x[graph.to[e]], graph.y[graph.to[e]]);
        if (arrows) { arrowHead(ctx, e, graph.arrowLength + 3 * width); }
      });
      ctx.strokeStyle = color;
      ctx.lineWidth = width;
      ctx.stroke();
    }
    function drawEdges(ctx, scale, box) {
      var plain = [], marked = [];
      for (var e = 0; e < edgeCount; e++) {
        if (!edgeShown(e)) { continue; }
        var ax = graph.x[graph.from[e]], ay = graph.y[graph.from[e]], bx = graph.x[graph.to[e]], by = graph.y[graph.to[e]];
        if (Math.max(ax, bx) < box.x0 || Math.min(ax, bx) > box.x1 || Math.max(ay, by) < box.y0 || Math.min(ay, by) > box.y1) { continue; }
        (edgeMarked(e) ? marked : plain).push(e);
      }
      var arrows = scale >= graph.arrowScale;
      strokeEdges(ctx, plain, graph.edgeColor, Math.max(1, 0.3 / scale), arrows);
      strokeEdges(ctx, marked, graph.highlight, Math.max(2, 0.3 / scale), arrows);
      layer.drawn.edges = plain.length + marked.length;
      layer.drawn.arrows = arrows ? layer.drawn.edges : 0;
    }
    // A node gets its one-pixel border once it is a few pixels wide (below, the border would be
    // all of it); below a pixel and a half, its shape could not be told apart and it is a square.
    function drawNodes(ctx, scale, box) {
      var count = 0;
      graph.styles.forEach(function (style, s) {
        var shape = SHAPES[style.shape] || SHAPES.dot;
        var fill = new Path2D();
        var outline = new Path2D();
        byStyle[s].forEach(function (i) {
          if (layer.nodeHidden[i] || !nodeInBox(i, box)) { return; }
          var onScreen = graph.radius[i] * scale;
          (onScreen < 1.5 ? SHAPES.square : shape)(fill, graph.x[i], graph.y[i], graph.radius[i]);
          if (onScreen >= 2) { shape(outline, graph.x[i], graph.y[i], graph.radius[i]); }
          count += 1;
        });
        ctx.fillStyle = style.color;
        ctx.fill(fill);
        ctx.strokeStyle = style.border;
        ctx.lineWidth = 1 / scale;
        ctx.stroke(outline);
      });
      // The biggest nodes again, biggest last, so that no small node hides a hub; then the
      // hovered and the selected node, outlined.
      for (var n = Math.min(graph.hubLabels, nodeCount) - 1; n >= 0; n--) {
        drawOne(ctx, byRank[n], box, graph.styles[graph.style[byRank[n]]].border, 1 / scale);
      }
      drawOne(ctx, layer.hoveredNode, box, graph.highlight, 2 / scale);
      drawOne(ctx, layer.selectedNode, box, graph.highlight, 2 / scale);
      layer.drawn.nodes = count;
    }
    function drawOne(ctx, i, box, border, width) {
      if (i < 0 || layer.nodeHidden[i] || !nodeInBox(i, box)) { return; }
      var style = graph.styles[graph.style[i]];
      ctx.beginPath();
      (SHAPES[style.shape] || SHAPES.dot)(ctx, graph.x[i], graph.y[i], graph.radius[i]);
      ctx.fillStyle = style.color;
      ctx.fill();
      ctx.strokeStyle = border;
      ctx.lineWidth = Math.min(width, graph.radius[i]);
      ctx.stroke();
    }
    function labelBox(i, text, size, ctx) {
      var width = ctx.measureText(text).width;
      var top = graph.y[i] + graph.radius[i] + 2 / network.getScale();
      return { x0: graph.x[i] - width / 2, x1: graph.x[i] + width / 2, y0: top, y1: top + size * 1.2, text: text, size: size, i: i };
    }
    function overlaps(a, b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }
    function drawLabels(ctx, scale, box) {
      var placed = [];
      var wanted = [];
      [layer.selectedNode, layer.hoveredNode].forEach(function (i) { if (i >= 0 && !layer.nodeHidden[i]) { wanted.push(i); } });
      // Ranks and label sizes go together: the first label below the threshold ends the search.
      for (var n = 0; n < byRank.length && wanted.length < graph.labelLimit; n++) {
        var i = byRank[n];
        if (n >= graph.hubLabels && graph.labelSize[i] * scale < graph.labelThreshold) { break; }
        if (!layer.nodeHidden[i] && nodeInBox(i, box) && wanted.indexOf(i) < 0) { wanted.push(i); }
      }
      ctx.textAlign = "center";
      ctx.textBaseline = "top";
      ctx.lineJoin = "round";
      wanted.forEach(function (i, order) {
        var onScreen = Math.min(Math.max(graph.labelSize[i] * scale, graph.labelThreshold), graph.labelMax);
        var size = onScreen / scale;
        ctx.font = size + "px " + graph.font;
        var candidate = labelBox(i, graph.label(i), size, ctx);
        var pinned = order < 2 && (i === layer.selectedNode || i === layer.hoveredNode);
        if (!pinned && placed.some(function (other) { return overlaps(candidate, other); })) { return; }
        placed.push(candidate);
      });
      placed.forEach(function (label) {
        ctx.font = label.size + "px " + graph.font;
        ctx.lineWidth = label.size * 0.22;
        ctx.strokeStyle = "#ffffff";
        ctx.strokeText(label.text, graph.x[label.i], label.y0);
        ctx.fillStyle = graph.labelColor;
        ctx.fillText(label.text, graph.x[label.i], label.y0);
      });
      layer.drawn.labels = placed.map(function (label) {
        return { node: label.i, text: label.text, box: [label.x0, label.y0, label.x1, label.y1] };
      });
    }

    layer.draw = function (ctx) {
      var scale = network.getScale();
      var box = viewBox(4);
      ctx.save();
      drawEdges(ctx, scale, box);
      drawNodes(ctx, scale, box);
      drawLabels(ctx, scale, box);
      ctx.restore();
    };
    network.on("beforeDrawing", layer.draw);

    layer.position = function (i) { return { x: graph.x[i], y: graph.y[i] }; };
    // The shown node under a canvas point (the nearest centre), or -1.
    layer.nodeAt = function (point) {
      var slack = 2 / network.getScale();
      var best = -1, bestDistance = Infinity;
      for (var i = 0; i < nodeCount; i++) {
        if (layer.nodeHidden[i]) { continue; }
        var dx = graph.x[i] - point.x, dy = graph.y[i] - point.y, reach = graph.radius[i] + slack;
        var distance = dx * dx + dy * dy;
        if (distance <= reach * reach && distance < bestDistance) { best = i; bestDistance = distance; }
      }
      return best;
    };
    // The shown edge nearest to a canvas point within a few pixels on screen, or -1.
    layer.edgeAt = function (point) {
      var reach = 6 / network.getScale();
      var best = -1, bestDistance = reach * reach;
      for (var e = 0; e < edgeCount; e++) {
        if (!edgeShown(e)) { continue; }
        if (graph.from[e] === graph.to[e]) {
          var loop = loopOf(e);
          var ring = Math.abs(Math.sqrt((point.x - loop.x) * (point.x - loop.x) + (point.y - loop.y) * (point.y - loop.y)) - loop.r);
          if (ring < reach && ring * ring < bestDistance) { bestDistance = ring * ring; best = e; }
          continue;
        }
        var ax = graph.x[graph.from[e]], ay = graph.y[graph.from[e]], bx = graph.x[graph.to[e]], by = graph.y[graph.to[e]];
        if (point.x < Math.min(ax, bx) - reach || point.x > Math.max(ax, bx) + reach || point.y < Math.min(ay, by) - reach || point.y > Math.max(ay, by) + reach) { continue; }
        var dx = bx - ax, dy = by - ay;
        var along = Math.max(0, Math.min(1, ((point.x - ax) * dx + (point.y - ay) * dy) / (dx * dx + dy * dy || 1)));
        var ex = ax + along * dx - point.x, ey = ay + along * dy - point.y;
        if (ex * ex + ey * ey < bestDistance) { bestDistance = ex * ex + ey * ey; best = e; }
      }
      return best;
    };
    // The view that shows every node, as vis-network's fit would, without an animation.
    layer.fit = function () {
      var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (var i = 0; i < nodeCount; i++) {
        if (layer.nodeHidden[i]) { continue; }
        var r = graph.radius[i];
        x0 = Math.min(x0, graph.x[i] - r); x1 = Math.max(x1, graph.x[i] + r);
        y0 = Math.min(y0, graph.y[i] - r); y1 = Math.max(y1, graph.y[i] + r);
      }
      if (x0 > x1) { x0 = x1 = y0 = y1 = 0; }
      var scale = Math.min(container.clientWidth / Math.max(x1 - x0, 1), container.clientHeight / Math.max(y1 - y0, 1)) * 0.95;
      network.moveTo({ position: { x: (x0 + x1) / 2, y: (y0 + y1) / 2 }, scale: Math.min(scale, 1.5), animation: false });
    };
    return layer;
  }

  return { create: create };
}());
