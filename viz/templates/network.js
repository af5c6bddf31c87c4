// medgraph graph view: draws the pyvis node/edge data with vis-network (loaded from the
// page itself or from /static/vis, never from a CDN), stabilises the layout once and then
// switches physics off so the picture stops moving. The network is window.network.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("mg-data").textContent);
  var status = document.getElementById("mg-status");

  // Tooltips arrive as HTML that Python already escaped; vis-network shows a string title
  // as plain text, so hand it an element instead.
  function asElement(html) {
    var div = document.createElement("div");
    div.innerHTML = html;
    return div;
  }
  data.nodes.forEach(function (n) { if (typeof n.title === "string") n.title = asElement(n.title); });
  data.edges.forEach(function (e) { if (typeof e.title === "string") e.title = asElement(e.title); });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("mynetwork");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  window.network = network;
  window.medgraphView = { center: data.center, view: data.view, stable: false };

  function settled() {
    network.setOptions({ physics: { enabled: false } });
    window.medgraphView.stable = true;
    status.textContent = data.nodes.length + " nodes, " + data.edges.length + " edges";
    document.body.setAttribute("data-stable", "1");
  }
  if (data.options.physics && data.options.physics.enabled) {
    network.once("stabilizationIterationsDone", settled);
    network.on("stabilizationProgress", function (p) {
      status.textContent = "laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
  } else {
    network.once("afterDrawing", settled);
  }

  // Clicking a node opens it: inside the browse page (an iframe) tell the parent; served
  // on its own, go to the browse page; opened from disk, there is nowhere to go.
  network.on("doubleClick", open);
  network.on("click", open);
  function open(params) {
    if (!params.nodes || params.nodes.length !== 1) return;
    var id = params.nodes[0];
    if (id === data.center) return;
    if (window.parent && window.parent !== window) {
      window.parent.postMessage({ type: "medgraph:open", id: id }, "*");
    } else if (location.protocol === "http:" || location.protocol === "https:") {
      location.href = "/?id=" + encodeURIComponent(id);
    }
  }
})();
