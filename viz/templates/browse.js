// medgraph browse page: search (either script) → results grouped by label → details,
// evidence, owners (measures) and a graph view in an iframe. Plain JS, no dependencies,
// everything from this server. Text is always inserted with textContent.
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var LABEL_ORDER = ["Measure", "Bureau", "District", "Platform", "Product", "Fund", "Organization", "Policy", "Document"];
  var style = { labels: {}, default_label: { color: "#95a5a6" } };
  var current = null;   // entity JSON on display

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") e.textContent = attrs[k];
      else if (k === "className") e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function colorOf(label) { return (style.labels[label] || style.default_label).color; }
  // what kind of source a quote comes from, in words a reader understands
  var KIND_WORDS = { official: "official text 官方文件", interpretation: "interpretation 政策解读", curated: "curated catalog",
                     news: "news 新闻", analysis: "analysis 分析", computed: "computed" };
  function kindChip(kind) {
    return el("span", { className: "kind kind-" + (kind || "unknown"), "data-kind": kind || "", text: KIND_WORDS[kind] || kind || "unknown source" });
  }
  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { var err = new Error(body.error || ("HTTP " + r.status)); err.body = body; err.status = r.status; throw err; }
        return body;
      });
    });
  }

  // --- search ----------------------------------------------------------------------------
  function search(q) {
    q = q.trim();
    if (!q) return;
    var label = $("label-filter").value;
    $("search-status").textContent = "searching…";
    var url = "/entities?limit=60&q=" + encodeURIComponent(q) + (label ? "&label=" + encodeURIComponent(label) : "");
    getJSON(url).then(function (hits) { showResults(q, hits); })
      .catch(function (e) { $("search-status").textContent = e.message; $("results").textContent = ""; });
  }

  function showResults(q, hits) {
    var box = $("results");
    box.textContent = "";
    $("search-status").textContent = hits.length ? hits.length + " result(s) for “" + q + "”" : "nothing matches “" + q + "”";
    var groups = {};
    hits.forEach(function (h) { (groups[h.label] = groups[h.label] || []).push(h); });
    var labels = Object.keys(groups).sort(function (a, b) {
      var ia = LABEL_ORDER.indexOf(a), ib = LABEL_ORDER.indexOf(b);
      return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
    });
    labels.forEach(function (label) {
      var ul = el("ul");
      groups[label].forEach(function (h) {
        var b = el("button", { type: "button", className: "result", "data-id": h.id, "data-label": h.label, title: (h.aliases || []).join("、") },
          [h.name, el("span", { className: "rid", text: h.id })]);
        b.addEventListener("click", function () { openEntity(h.id, true); });
        ul.appendChild(el("li", {}, [b]));
      });
      var sw = el("span", { className: "swatch" }); sw.style.background = colorOf(label);
      box.appendChild(el("div", { className: "group", "data-label": label },
        [el("h3", {}, [sw, label + " (" + groups[label].length + ")"]), ul]));
    });
  }

  // --- one entity --------------------------------------------------------------------------
  function openEntity(id, push) {
    if (push) history.pushState({ id: id }, "", "/?id=" + encodeURIComponent(id));
    Array.prototype.forEach.call(document.querySelectorAll(".result"), function (b) {
      b.classList.toggle("active", b.getAttribute("data-id") === id);
    });
    Promise.all([
      getJSON("/entities/" + encodeURIComponent(id)),
      getJSON("/graph/neighborhood/" + encodeURIComponent(id) + "?depth=1&limit=500").catch(function () { return { nodes: [] }; }),
    ]).then(function (res) { showEntity(res[0], res[1]); })
      .catch(function (e) {
        $("placeholder").hidden = false; $("entity").hidden = true;
        var close = (e.body && e.body.close_matches || []).map(function (c) { return c.name + " (" + c.id + ")"; }).join("; ");
        $("placeholder").textContent = e.message + (close ? " — close matches: " + close : "");
      });
  }

  function showEntity(ent, hood) {
    current = ent;
    var names = {};
    (hood.nodes || []).forEach(function (n) { names[n.id] = n; });
    $("placeholder").hidden = true;
    $("entity").hidden = false;
    $("entity").setAttribute("data-id", ent.id);
    var chip = $("entity-label"); chip.textContent = ent.label; chip.style.background = colorOf(ent.label);
    $("entity-name").textContent = ent.name;
    $("entity-id").textContent = ent.id;
    $("entity-aliases").textContent = (ent.aliases || []).length ? "aliases: " + ent.aliases.join("、") : "";
    document.title = ent.name + " — medgraph";

    var props = $("entity-props"); props.textContent = "";
    var dl = el("dl");
    var p = ent.props || {};
    ["number_text", "policy", "section", "kind", "level", "jurisdiction", "year", "doc_number", "date", "amount_text", "body"].forEach(function (k) {
      if (p[k] !== undefined && p[k] !== null && p[k] !== "") {
        dl.appendChild(el("dt", { text: k })); dl.appendChild(el("dd", { text: String(p[k]) }));
      }
    });
    dl.appendChild(el("dt", { text: "relationships" })); dl.appendChild(el("dd", { text: String(ent.degree) }));
    props.appendChild(dl);

    showEvidence(ent, names);
    var isMeasure = ent.label === "Measure";
    $("chain-link").hidden = !isMeasure;
    var chainOpt = $("view-kind").querySelector("option[value=chain]");
    chainOpt.disabled = !isMeasure;
    if (!isMeasure && $("view-kind").value === "chain") $("view-kind").value = "neighborhood";
    if (isMeasure) showOwners(ent.id); else $("owners").hidden = true;
    showConflicts(ent.id);
    updateView();
  }

  // sources that disagree about this entity: a flag, and the values side by side
  function showConflicts(id) {
    var box = $("conflicts");
    box.hidden = true; box.textContent = "";
    getJSON("/conflicts?entity=" + encodeURIComponent(id)).then(function (ans) {
      if (!current || current.id !== id || !(ans.conflicts || []).length) return;
      box.appendChild(el("h2", { className: "flag", text: "⚠ sources disagree 来源说法不一 (" + ans.conflicts.length + ")" }));
      ans.conflicts.forEach(function (c) {
        var row = el("div", { className: "conflict", "data-attribute": c.attribute }, [el("h3", { text: c.attribute_words })]);
        var cols = el("div", { className: "sides" });
        c.values.forEach(function (v) {
          var shown = v.name || (v.as_written || []).join("、") || String(v.value);
          var col = el("div", { className: "side", "data-kind": v.best_source_kind }, [el("div", { className: "value", text: shown }), kindChip(v.best_source_kind)]);
          (v.sources || []).slice(0, 3).forEach(function (s) {
            col.appendChild(el("blockquote", { className: "quote", text: "“" + s.quote + "”" }));
            col.appendChild(el("div", { className: "src" }, [kindChip(s.source_kind), " " + s.document + " [" + s.start + ":" + s.end + "]"]));
          });
          cols.appendChild(col);
        });
        row.appendChild(cols);
        box.appendChild(row);
      });
      box.hidden = false;
    }).catch(function () { /* the conflict panel is optional */ });
  }

  function showEvidence(ent, names) {
    var box = $("evidence"); box.textContent = "";
    var rels = (ent.out || []).map(function (e) { return { e: e, other: e.target, dir: "→" }; })
      .concat((ent["in"] || []).map(function (e) { return { e: e, other: e.source, dir: "←" }; }));
    if (!rels.length) { box.appendChild(el("div", { className: "muted", text: "no relationships" })); return; }
    rels.forEach(function (r) {
      var other = names[r.other];
      var link = el("a", { href: "/?id=" + encodeURIComponent(r.other), "data-id": r.other, text: other ? other.name : r.other });
      link.addEventListener("click", function (ev) { ev.preventDefault(); openEntity(r.other, true); });
      var role = r.e.props && r.e.props.role ? "/" + r.e.props.role : "";
      var div = el("div", { className: "rel" }, [
        el("div", { className: "head" }, [r.dir + " ", el("span", { className: "type", text: r.e.type + role }), " ", link,
          other ? el("span", { className: "muted", text: " · " + other.label }) : null]),
      ]);
      (r.e.evidence || []).slice(0, 3).forEach(function (ev) {
        div.appendChild(el("blockquote", { className: "quote", text: "“" + ev.quote + "”" }));
        div.appendChild(el("div", { className: "src" }, [kindChip(ev.source_kind),
          " " + ev.document + " [" + ev.start + ":" + ev.end + "] · " + ev.method + " · confidence " + ev.confidence]));
      });
      if ((r.e.evidence || []).length > 3) div.appendChild(el("div", { className: "src", text: "+" + (r.e.evidence.length - 3) + " more" }));
      box.appendChild(div);
    });
  }

  function showOwners(id) {
    var box = $("owners");
    box.hidden = false; box.textContent = "loading owners…";
    getJSON("/owners?measure=" + encodeURIComponent(id)).then(function (ans) {
      if (!current || current.id !== id) return;
      box.textContent = "";
      box.appendChild(el("h2", { text: "who owns this measure" }));
      var v = (ans.measure || {}).validity;
      if (v) box.appendChild(el("div", { className: "validity", text: "in force 有效期: " + (v.from || "?") + " → " + (v.to || "open") +
        "  (" + v.from_basis + "; " + v.to_basis + ")" }));
      ["lead", "support"].forEach(function (role) {
        (ans[role] || []).forEach(function (b) {
          var a = el("a", { href: "/?id=" + encodeURIComponent(b.id), "data-id": b.id }, [el("b", { text: b.name })]);
          a.addEventListener("click", function (ev) { ev.preventDefault(); openEntity(b.id, true); });
          var q = (b.evidence && b.evidence[0]) ? "  “" + b.evidence[0].quote.slice(0, 90) + "”" : "";
          box.appendChild(el("div", { className: "owner " + role, "data-role": role }, [
            role === "lead" ? "牵头 lead: " : "配合 support: ", a,
            el("span", { className: "basis " + b.basis, text: b.basis }),
            b.evidence && b.evidence[0] ? kindChip(b.evidence[0].source_kind) : null,
            b.reporting_only ? el("span", { className: "reporting-only", text: "only news/analysis say so 仅见于报道" }) : null,
            el("span", { className: "muted", text: q })]));
        });
      });
      if (!(ans.lead || []).length) box.appendChild(el("div", { className: "muted", text: "no lead bureau found" }));
      if ((ans.chain || []).length) {
        var names = [(ans.lead[0] || {}).name].concat(ans.chain.map(function (c) { return c.name; }));
        box.appendChild(el("div", { className: "chain", text: "chain: " + names.join(" → ") }));
      }
    }).catch(function (e) { box.textContent = "owners: " + e.message; });
  }

  // --- the graph view ----------------------------------------------------------------------
  function viewUrl() {
    if (!current) return "about:blank";
    var id = encodeURIComponent(current.id);
    var kind = $("view-kind").value;
    if (kind === "chain") return "/viz/" + id + "/chain";
    if (kind === "impact") return "/viz/" + id + "/impact?to=" + encodeURIComponent($("impact-to").value) +
      "&direction=" + encodeURIComponent($("impact-dir").value) + "&max_hops=3";
    return "/viz/" + id + "?depth=" + encodeURIComponent($("depth").value);
  }
  function updateView() {
    var kind = $("view-kind").value;
    $("depth-box").hidden = kind !== "neighborhood";
    $("impact-box").hidden = kind !== "impact";
    var url = viewUrl();
    $("view").src = url;
    $("open-view").href = url;
    if (current) {
      var id = encodeURIComponent(current.id);
      $("chain-link").href = "/viz/" + id + "/chain";
      $("impact-link").href = "/viz/" + id + "/impact?to=" + encodeURIComponent($("impact-to").value) + "&direction=both";
    }
  }
  ["view-kind", "depth", "impact-to", "impact-dir"].forEach(function (k) { $(k).addEventListener("change", updateView); });

  // a node clicked inside the view asks us to open it
  window.addEventListener("message", function (ev) {
    if (ev.origin !== location.origin) return;
    var m = ev.data;
    if (m && m.type === "medgraph:open" && typeof m.id === "string") openEntity(m.id, true);
  });
  window.addEventListener("popstate", function () {
    var id = new URLSearchParams(location.search).get("id");
    if (id) openEntity(id, false);
  });
  $("search-form").addEventListener("submit", function (ev) { ev.preventDefault(); search($("q").value); });

  fetch("/static/browse/style.json").then(function (r) { return r.json(); }).then(function (s) { style = s; }).catch(function () {})
    .then(function () {
      var params = new URLSearchParams(location.search);
      if (params.get("q")) { $("q").value = params.get("q"); search(params.get("q")); }
      if (params.get("id")) openEntity(params.get("id"), false);
    });
})();
