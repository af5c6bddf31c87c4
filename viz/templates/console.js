// medgraph Cypher console: named queries as starting points (their parameters as form
// fields), a CodeMirror editor (vendored, no CDN), results as a table and as a vis-network
// graph, CSV/JSON download, time and row count. Read-only through POST /queries/{name} and
// POST /cypher with all their limits. Open with ?query=NAME&params={...} or ?cypher=TEXT.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var queries = {}, selected = null, lastResult = null, network = null, storeName = "";
  var editor = CodeMirror.fromTextArea($("editor"), { mode: "cypher", lineNumbers: true, lineWrapping: true });

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k]; else if (k === "className") e.className = attrs[k]; else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function post(url, body) {
    var t0 = performance.now();
    return fetch(url, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) })
      .then(function (r) { return r.json().then(function (j) { return { ok: r.ok, status: r.status, body: j, ms: performance.now() - t0 }; }); });
  }

  function showQueries(list) {
    var box = $("query-list"); box.textContent = "";
    list.forEach(function (q) {
      queries[q.name] = q;
      var b = el("button", { type: "button", "data-name": q.name, title: q.description }, [q.title, el("span", { className: "qname", text: q.name })]);
      b.addEventListener("click", function () { select(q.name, null); });
      box.appendChild(b);
    });
  }
  function select(name, params) {
    var q = queries[name]; if (!q) return;
    selected = q;
    Array.prototype.forEach.call(document.querySelectorAll("#query-list button"), function (b) { b.classList.toggle("active", b.getAttribute("data-name") === name); });
    $("query-title").textContent = q.title; $("query-desc").textContent = q.description;
    editor.setValue(q.cypher);
    var form = $("params"); form.textContent = "";
    q.params.forEach(function (p) {
      var v = params && params[p.name] !== undefined ? params[p.name] : p.example;
      var input = el("input", { name: p.name, "data-type": p.type, value: String(v), title: p.description || p.type,
                                type: p.type === "integer" || p.type === "float" ? "number" : "text" });
      form.appendChild(el("label", {}, [p.name + " (" + p.type + ")", input]));
    });
    history.replaceState(null, "", "/console?query=" + encodeURIComponent(name));
  }
  function formParams() {
    var out = {};
    Array.prototype.forEach.call(document.querySelectorAll("#params input"), function (i) {
      var t = i.getAttribute("data-type"), v = i.value;
      out[i.name] = t === "integer" ? parseInt(v, 10) : t === "float" ? parseFloat(v) : t === "boolean" ? v === "true" : v;
    });
    return out;
  }

  function run() {
    $("error").hidden = true; $("run-status").textContent = "running…";
    var text = editor.getValue(), params = formParams(), req;
    if (selected && text === selected.cypher) req = post("/queries/" + encodeURIComponent(selected.name), params);
    else req = post("/cypher", { query: text, params: params });
    req.then(function (r) {
      if (!r.ok) {
        $("run-status").textContent = "HTTP " + r.status + " after " + Math.round(r.ms) + " ms";
        $("error").hidden = false; $("error").textContent = r.body.error || JSON.stringify(r.body);
        return;
      }
      var res = normalise(r.body);
      lastResult = res;
      $("run-status").textContent = res.rows.length + " row(s) in " + Math.round(r.ms) + " ms" + (res.truncated ? " — truncated: " + (res.truncated_reason || "row or byte cap") : "");
      $("run-status").setAttribute("data-rows", String(res.rows.length));
      showTable(res); showGraph(res); offerDownloads(res);
    }).catch(function (e) { $("run-status").textContent = ""; $("error").hidden = false; $("error").textContent = String(e); });
  }
  // /cypher and Neo4j named queries give {columns, rows}; the embedded store answers {answer}
  function normalise(body) {
    if (body.columns && body.rows) {
      var rows = body.rows.map(function (r) { return Array.isArray(r) ? r : body.columns.map(function (c) { return r[c]; }); });
      return { columns: body.columns, rows: rows, truncated: body.truncated, truncated_reason: body.truncated_reason };
    }
    var a = body.answer || {};
    var list = a.rows || a.edges || a.paths || a.nodes || (a.lead ? a.lead.concat(a.support || []) : null) || [a];
    var cols = [];
    list.forEach(function (o) { if (o && typeof o === "object" && !Array.isArray(o)) Object.keys(o).forEach(function (k) { if (cols.indexOf(k) < 0) cols.push(k); }); });
    if (!cols.length) cols = ["value"];
    return { columns: cols, rows: list.map(function (o) { return cols.map(function (c) { return o && typeof o === "object" && !Array.isArray(o) ? o[c] : o; }); }) };
  }
  function cell(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "object") return JSON.stringify(v);
    return String(v);
  }
  function showTable(res) {
    var box = $("result-table"); box.textContent = "";
    var thead = el("thead", {}, [el("tr", {}, res.columns.map(function (c) { return el("th", { text: c }); }))]);
    var tbody = el("tbody", {}, res.rows.map(function (r) { return el("tr", {}, r.map(function (v) { return el("td", { text: cell(v) }); })); }));
    box.appendChild(el("table", {}, [thead, tbody]));
  }
  // graph: Neo4j nodes/relationships/paths as they are; otherwise entity ids found in a row,
  // joined in the order of the row's columns (the row is the relationship)
  var ID = /^(policy|bureau|district|platform|product|fund|org|doc|measure)-[\w\-\u4e00-\u9fff]+$/;
  function showGraph(res) {
    var nodes = {}, edges = [];
    function addNode(id, label, title) { if (!nodes[id]) nodes[id] = { id: id, label: (label || id).slice(0, 24), title: title || id }; }
    function walk(v, row) {
      if (Array.isArray(v)) { v.forEach(function (x) { walk(x, row); }); return; }
      if (v && typeof v === "object") {
        if (v._labels) { addNode(v.id || v._id, v.name || v.id, (v._labels || []).join(":") + " " + (v.id || "")); row.push(v.id || v._id); }
        else if (v._type) edges.push({ from: v._start, to: v._end, label: v._type, arrows: "to" });
        return;
      }
      if (typeof v === "string" && ID.test(v)) { addNode(v, v); row.push(v); }
    }
    res.rows.forEach(function (r) {
      var ids = [];
      r.forEach(function (v) { walk(v, ids); });
      for (var i = 1; i < ids.length; i++) if (ids[i] !== ids[i - 1]) edges.push({ from: ids[i - 1], to: ids[i], arrows: "to", dashes: true });
    });
    var data = { nodes: new vis.DataSet(Object.keys(nodes).map(function (k) { return nodes[k]; })), edges: new vis.DataSet(edges) };
    if (network) network.destroy();
    network = new vis.Network($("result-graph"), data, { physics: { stabilization: { iterations: 150 } }, edges: { font: { size: 10 } } });
    window.medgraphConsole = { nodes: Object.keys(nodes).length, edges: edges.length };
  }
  function offerDownloads(res) {
    var csv = [res.columns].concat(res.rows).map(function (r) {
      return r.map(function (v) { var s = cell(v); return /[",\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }).join(",");
    }).join("\n");
    var json = JSON.stringify(res.rows.map(function (r) { var o = {}; res.columns.forEach(function (c, i) { o[c] = r[i]; }); return o; }), null, 1);
    $("download-csv").href = URL.createObjectURL(new Blob(["\ufeff" + csv], { type: "text/csv;charset=utf-8" }));
    $("download-json").href = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    $("download-csv").hidden = false; $("download-json").hidden = false;
  }
  Array.prototype.forEach.call(document.querySelectorAll("#tabs button"), function (b) {
    b.addEventListener("click", function () {
      Array.prototype.forEach.call(document.querySelectorAll("#tabs button"), function (x) { x.classList.toggle("active", x === b); });
      $("result-table").hidden = b.getAttribute("data-tab") !== "table";
      $("result-graph").hidden = b.getAttribute("data-tab") !== "graph";
      if (network) network.fit();
    });
  });
  $("run").addEventListener("click", run);

  fetch("/health").then(function (r) { return r.json(); }).then(function (h) {
    storeName = h.store;
    if (storeName !== "neo4j") {
      $("store-note").hidden = false;
      $("store-note").textContent = "This server runs on the embedded store: the named queries answer through its functions, " +
        "but free Cypher needs Neo4j. Start one with `python -m medgraph.neo4j_local start` (no Docker) or " +
        "`docker compose up -d neo4j`, then `MEDGRAPH_STORE=neo4j medgraph serve`.";
    }
  }).catch(function () {});
  fetch("/queries").then(function (r) { return r.json(); }).then(function (list) {
    showQueries(list);
    var p = new URLSearchParams(location.search);
    if (p.get("query")) { var params = null; try { params = JSON.parse(p.get("params") || "null"); } catch (e) { params = null; } select(p.get("query"), params); if (p.get("run") === "1") run(); }
    else if (p.get("cypher")) { editor.setValue(p.get("cypher")); }
  });
})();
