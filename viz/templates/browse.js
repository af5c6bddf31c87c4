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
    $("landing").hidden = true;
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

  // why each owner: the basis in words, the confidence in words, and every clause quoted
  var BASIS_WORDS = { explicit: "stated in the text (牵头单位/责任单位 …)", catalog: "a curated fact of the catalog",
                      rule: "inferred: the measure uses words of this bureau's remit (主要职责); the clauses below contain them" };
  function confidenceWords(c) { return c >= 0.9 ? "certain" : c >= 0.6 ? "likely" : c >= 0.4 ? "plausible" : "a weak guess"; }
  function explainOwners(box, ans) {
    var det = el("details", { className: "why" }, [el("summary", { text: "why these owners 依据" })]);
    ["lead", "support"].forEach(function (role) {
      (ans[role] || []).forEach(function (b) {
        var d = el("div", { className: "why-owner", "data-id": b.id }, [
          el("b", { text: b.name }), " — " + role + ": " + (BASIS_WORDS[b.basis] || b.basis) +
          "; confidence " + (b.confidence || 0).toFixed(2) + " (" + confidenceWords(b.confidence || 0) + ")"]);
        (b.evidence || []).slice(0, 4).forEach(function (ev) {
          d.appendChild(el("blockquote", { className: "quote", text: "“" + ev.quote + "”" }));
          d.appendChild(el("div", { className: "src" }, [kindChip(ev.source_kind), " " + ev.document + " [" + ev.start + ":" + ev.end + "] · " + ev.method]));
        });
        det.appendChild(d);
      });
    });
    box.appendChild(det);
  }
  function queryLink(name, params) {
    return el("a", { className: "show-query", href: "/console?query=" + encodeURIComponent(name) + "&run=1&params=" +
      encodeURIComponent(JSON.stringify(params || {})), target: "_blank", rel: "noopener", text: "show the query 查看查询" });
  }

  // --- questions in Chinese -----------------------------------------------------------------
  function ask(q) {
    q = q.trim(); if (!q) return;
    var box = $("ask-answer"); box.hidden = false; box.textContent = "…";
    getJSON("/ask?q=" + encodeURIComponent(q)).then(showAnswer).catch(function (e) {
      box.textContent = "";
      box.appendChild(el("div", { className: "ask-refused", text: e.message }));
      var ex = (e.body && e.body.examples) || [];
      if (ex.length) box.appendChild(exampleList(ex));
    });
  }
  function entityLink(id, name) {
    var a = el("a", { href: "/?id=" + encodeURIComponent(id), "data-id": id, text: name || id });
    a.addEventListener("click", function (ev) { ev.preventDefault(); openEntity(id, true); });
    return a;
  }
  function showAnswer(res) {
    var box = $("ask-answer"); box.textContent = "";
    var it = res.interpretation, a = res.answer;
    box.appendChild(el("div", { className: "understood" }, [el("b", { text: "understood 理解为: " }), it.in_words,
      el("span", { className: "muted", text: "  (" + it.intent + ")" })]));
    box.appendChild(certaintyBox(res));
    var body = el("div", { className: "ask-body" });
    if (it.intent === "owner" || (a && a.lead && a.support)) {
      if (a.measure) {
        body.appendChild(el("div", {}, ["measure: ", entityLink(a.measure.id, a.measure.name)]));
        ["lead", "support"].forEach(function (role) {
          (a[role] || []).forEach(function (b) { body.appendChild(el("div", { className: "owner " + role }, [role + ": ", entityLink(b.id, b.name), " ", el("span", { className: "basis " + b.basis, text: b.basis === "rule" ? "rule · 推断 inferred" : b.basis })])); });
        });
      } else {
        body.appendChild(el("div", { text: "which one? 候选：" }));
        (a.candidates || []).forEach(function (c) { body.appendChild(el("div", { className: "candidate" }, [entityLink(c.id, c.name), " (" + c.policy + ")"])); });
      }
    } else if (a && a.measures) {
      a.measures.forEach(function (m) { body.appendChild(el("div", { className: "row" }, [entityLink(m.id, m.name), " · " + m.role + " · " + m.policy])); });
    } else if (a && a.paths) {
      var seen = {};
      a.paths.forEach(function (p) {
        var end = p[p.length - 1], first = p[0];
        var other = first.id === a.from.id ? end : first;
        if (!seen[other.id]) { seen[other.id] = 1; body.appendChild(el("div", { className: "row" }, [entityLink(other.id, other.name), el("span", { className: "muted", text: " · " + other.label })])); }
      });
      if (!a.paths.length) body.appendChild(el("div", { className: "muted", text: "nothing found" }));
    } else if (Array.isArray(a)) {
      a.forEach(function (m) { body.appendChild(el("div", { className: "row" }, [(m.number || "") + " ", entityLink(m.id, m.name)])); });
    } else if (a && a.id) {
      body.appendChild(el("div", {}, [entityLink(a.id, a.name)]));
      if (a.props && a.props.amount_yi !== undefined) body.appendChild(el("div", { text: "size 规模: " + a.props.amount_yi + " 亿元" }));
      (a.out || []).forEach(function (e) { body.appendChild(el("div", { className: "row" }, [e.type + " → ", entityLink(e.target, e.target)])); });
    } else if (a && a.matched) {
      body.appendChild(el("div", { text: (a.matched || []).length + " matched, " + (a.added || []).length + " added, " + (a.removed || []).length + " removed" }));
    }
    box.appendChild(body);
    (res.evidence || []).slice(0, 5).forEach(function (ev) {
      box.appendChild(el("blockquote", { className: "quote", text: "“" + ev.quote + "”" }));
      box.appendChild(el("div", { className: "src" }, [kindChip(ev.source_kind), " " + ev.document + " [" + ev.start + ":" + ev.end + "]"]));
    });
    if (res.query && res.query.name) box.appendChild(queryLink(res.query.name, res.query.params));
  }
  // certain only when mapped unambiguously and stated in the text; otherwise say why, with the scores
  function certaintyBox(res) {
    var c = res.certainty || {}, sure = res.certain === true;
    var d = el("div", { className: "certainty " + (sure ? "certain" : "not-certain"), "data-certain": String(sure),
      role: sure ? "status" : "alert" }, [el("b", { text: sure ? "✓ certain 确定" : "⚠ not certain 不确定 — check the evidence" })]);
    d.appendChild(el("div", { className: "muted", text: "mapping 对应: " + (c.mapping || "?") + " · facts 依据: " + (c.facts || "?") }));
    (c.reasons || []).forEach(function (r) { d.appendChild(el("div", { className: "reason", text: r })); });
    var cands = c.candidates || [];
    if (!sure && cands.length) {
      var t = el("table", { className: "cands" }, [el("tr", {}, [el("th", { text: "candidate 候选" }), el("th", { text: "role / policy" }), el("th", { text: "score 得分" })])]);
      cands.forEach(function (x) {
        t.appendChild(el("tr", {}, [el("td", {}, [entityLink(x.id, x.name)]), el("td", { text: x.kind === "owner" ? x.role + " · " + x.basis : (x.policy || "") + (x.number ? " #" + x.number : "") }),
          el("td", { text: String(x.score) })]));
      });
      d.appendChild(t);
    }
    return d;
  }
  function exampleList(list) {
    var d = el("div", { className: "examples" });
    list.forEach(function (q) {
      var b = el("button", { type: "button", className: "example", text: q });
      b.addEventListener("click", function () { $("ask-q").value = q; ask(q); });
      d.appendChild(b);
    });
    return d;
  }

  // --- the landing page: policies, their measures and owners, busy places ------------------
  var tableRows = [], sortKey = "policy", sortDir = 1, names = {};
  function landing() {
    getJSON("/health").then(function (h) {
      var c = h.counts.labels || {};
      $("landing-counts").textContent = Object.keys(c).sort().map(function (k) { return k + " " + c[k]; }).join(" · ");
    }).catch(function () {});
    $("examples").appendChild(exampleList(["手术机器人入院由哪个部门牵头？", "市医保局牵头哪些措施？", "亦庄有哪些创新产品？",
      "國際醫藥創新公園在哪裡？", "北京市医药健康产业投资基金规模多大", "2026年若干措施包含哪些措施"]));
    Promise.all([getJSON("/measures"), getJSON("/overview")]).then(function (res) {
      tableRows = res[0];
      var ov = res[1];
      ov.policies.forEach(function (p) { names[p.id] = p.name; $("f-policy").appendChild(el("option", { value: p.id, text: p.name + " (" + p.measures + ")" })); });
      var bureaus = {}, districts = {};
      tableRows.forEach(function (r) {
        r.lead.forEach(function (b) { bureaus[b.id] = b.name; });
        (r.districts || []).forEach(function (d) { districts[d] = d; });
      });
      Object.keys(bureaus).sort().forEach(function (id) { names[id] = bureaus[id]; $("f-bureau").appendChild(el("option", { value: id, text: bureaus[id] })); });
      ov.places.forEach(function (p) { names[p.id] = p.name; });
      Object.keys(districts).sort().forEach(function (id) { $("f-district").appendChild(el("option", { value: id, text: names[id] || id })); });
      var tb = $("places-table").querySelector("tbody");
      ov.places.forEach(function (p) { tb.appendChild(el("tr", {}, [el("td", {}, [entityLink(p.id, p.name)]), el("td", { text: String(p.products) }), el("td", { text: String(p.platforms) }), el("td", { text: String(p.organizations) })])); });
      renderTable();
    }).catch(function (e) { $("table-count").textContent = e.message; });
  }
  function sortValue(r, k) {
    if (k === "lead") return r.lead.map(function (b) { return b.name; }).join("、");
    if (k === "support") return (r.support || []).map(function (b) { return names[b] || b; }).join("、");
    if (k === "basis") return r.lead.map(function (b) { return b.basis; }).join("/");
    return r[k];
  }
  function renderTable() {
    var fp = $("f-policy").value, fb = $("f-bureau").value, fd = $("f-district").value;
    var rows = tableRows.filter(function (r) {
      return (!fp || r.policy === fp) && (!fb || r.lead.some(function (b) { return b.id === fb; }) || (r.support || []).indexOf(fb) >= 0) &&
        (!fd || (r.districts || []).indexOf(fd) >= 0);
    });
    rows.sort(function (a, b) { var x = sortValue(a, sortKey), y = sortValue(b, sortKey); return (x > y ? 1 : x < y ? -1 : 0) * sortDir || (a.number - b.number); });
    var tb = $("measure-table").querySelector("tbody"); tb.textContent = "";
    rows.forEach(function (r) {
      var tr = el("tr", { "data-id": r.id }, [el("td", { text: names[r.policy] || r.policy }), el("td", { text: String(r.number) }),
        el("td", {}, [entityLink(r.id, r.name)]), el("td", { text: sortValue(r, "lead") }), el("td", { text: sortValue(r, "support") }),
        el("td", { text: sortValue(r, "basis") })]);
      tr.addEventListener("click", function (ev) { if (ev.target.tagName !== "A") openEntity(r.id, true); });
      tb.appendChild(tr);
    });
    $("table-count").textContent = rows.length + " of " + tableRows.length + " measures";
  }
  ["f-policy", "f-bureau", "f-district"].forEach(function (k) { $(k).addEventListener("change", renderTable); });
  Array.prototype.forEach.call(document.querySelectorAll("#measure-table th"), function (th) {
    th.addEventListener("click", function () { var k = th.getAttribute("data-sort"); sortDir = sortKey === k ? -sortDir : 1; sortKey = k; renderTable(); });
  });
  $("ask-form").addEventListener("submit", function (ev) { ev.preventDefault(); ask($("ask-q").value); });

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
      explainOwners(box, ans);
      if (ans.measure) box.appendChild(queryLink("owner_of_measure", { policy: ans.measure.policy, number: ans.measure.number }));
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
      if (params.get("ask")) { $("ask-q").value = params.get("ask"); ask(params.get("ask")); }
      if (params.get("id")) openEntity(params.get("id"), false);
      landing();
    });
})();
