"""Policy editions: what changed between two policies, and by how much.

A cross-document step over the STORE (extraction stays per-document and pure):

* ``link_predecessors(store)`` — ``PRECEDED_BY`` edges Measure→Measure between the
  measures of a policy and those of its predecessor (policies joined by ``SUPERSEDES``,
  nearest edition that has loaded measures; and a multi-year plan vs a later edition
  inside its years: the 2024-2026 action plan vs the 2026 measures). Matching: heading
  similarity (rapidfuzz) + body overlap + overlap of target metrics, one-to-one, greedy.
  Evidence: both headings quoted from their documents (method ``rule``, confidence = the
  similarity); props: ``similarity`` and ``targets_json`` (the paired targets, JSON).
* ``link_reports(store)`` — ``REPORTS_ON`` edges Document→Measure: a figure a press
  conference or article reports (Document ``facts``) on a measure whose targets share
  its metric (keyword similarity). Evidence: the reported figure and the target, quoted.
* ``refresh(store)`` — both, upserted as the pseudo-document ``editions`` (recomputed
  on every load; skipped when nothing changed). Edges die with their endpoints: reloading
  or unloading a policy document removes its measure nodes and their edges, and the next
  load recomputes the links.
* ``diff(store, a, b)`` — measures added, removed and changed, targets side by side
  (baseline → goal), each backed by quotes; for an edition known only from what other
  documents say about it (2025), the figures those documents attribute to it.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from functools import lru_cache
from itertools import chain
from typing import Any

import ahocorasick
from rapidfuzz import fuzz, process

from medgraph.catalog import load_catalog
from medgraph.documents import to_simplified
from medgraph.extract.targets import metric_key
from medgraph.models import DERIVED_BY, DocumentRecord, Edge, Evidence, Extraction, Node, trusted_edge, trusted_evidence
from medgraph.store.base import GraphStore
from medgraph.queries import NotFound

EDITIONS_DOC_ID = "editions"
# Part of the inputs' fingerprint: bump it when the linking rules change, so a store refreshed by
# older code recomputes its links at the next load even when no document changed.
LINKS_VERSION = "2026-11-23.2"
MATCH_MIN = 0.18        # a newer measure below this against every older one is "added" (see similarity_matrix)
REPORT_MIN = 0.45
REPORT_MARGIN = 0.05    # a figure scoring within this of another policy's measure is ambiguous (see link_reports)
REPORT_CAP = 64         # targets of one metric a reported figure is scored against (see link_reports)


class PolicyNotFound(NotFound):
    """No policy matches: a NotFound, so the CLI and the API answer it like any other (404
    with close matches)."""


# ------------------------------------------------------------------ helpers
def _bigrams(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", to_simplified(text or ""))
    return set(map(str.__add__, t, t[1:]))


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def _year_range(p: Node) -> tuple[int, int] | None:
    yrs = str(p.props.get("years") or "")
    m = re.match(r"(\d{4})\D+(\d{4})", yrs) or re.search(r"((?:19|20)\d{2})\s*[-—–至]\s*((?:19|20)\d{2})", p.name)
    if m:
        return int(m.group(1)), int(m.group(2))
    if p.props.get("year"):
        return int(p.props["year"]), int(p.props["year"])
    return None


def _measures(store: GraphStore) -> dict[str, list[Node]]:
    return _by_policy(store.nodes("Measure"))


def _by_policy(measures: list[Node]) -> dict[str, list[Node]]:
    by: dict[str, list[Node]] = {}
    for m in measures:
        by.setdefault(m.props.get("policy", ""), []).append(m)
    for ms in by.values():
        ms.sort(key=lambda m: m.props.get("number", 0))
    return by


def _heading_ev(m: Node, confidence: float) -> Evidence | None:
    """The measure's numbering and heading as written in its document (original text)."""
    body = m.props.get("body") or ""
    start = m.props.get("start")
    if not body or start is None or not m.documents:
        return None
    stop = body.find("。")
    n = stop if 0 < stop <= 80 else min(len(body), 40)
    quote = body[:n].rstrip()
    doc = next((d for d in m.documents if d.startswith("doc-")), m.documents[0])
    return trusted_evidence(document=doc, quote=quote, start=int(start), end=int(start) + len(quote), method="rule",
                            confidence=round(max(0.0, min(1.0, float(confidence))), 3))


def _target_out(t: dict, source: str) -> dict:
    keys = ("metric", "comparator", "value", "value_max", "unit", "baseline", "goal", "year", "as_of", "kind", "quote",
            "document", "start", "end", "policy", "also")
    out = {k: t.get(k) for k in keys if t.get(k) is not None}
    out["source"] = source
    return out


def _fmt(t: dict | None) -> str:
    if not t:
        return "—"
    sym = {">=": "≥", "<=": "≤", "=": "", ">": ">", "<": "<", "range": ""}.get(t.get("comparator", ""), "")
    unit = t.get("unit", "")
    if t.get("comparator") == "range":
        v = f"{t['value']}–{t.get('value_max')}{unit}"
    else:
        v = f"{sym}{t['value']}{unit}"
    if t.get("baseline") is not None:
        v = f"{t['baseline']}→{t['goal']}{unit}" if t.get("goal") is not None else v
    return v


def _change(a: dict | None, b: dict | None) -> str:
    if a and not b:
        return "dropped"
    if b and not a:
        return "new"
    assert a and b
    if a.get("unit") != b.get("unit"):
        return "changed"
    va, vb = a.get("goal", a.get("value")), b.get("goal", b.get("value"))
    if va is None or vb is None or va == vb and a.get("comparator") == b.get("comparator"):
        return "same"
    if isinstance(va, (int, float)) and isinstance(vb, (int, float)):
        return "raised" if vb > va else "lowered"
    return "changed"


UNIT_FAMILIES = {"time": ("工作日", "天", "周", "个月", "年"), "money": ("亿元", "万元", "万亿元", "元"),
                 "share": ("%",), "area": ("平方米", "万平方米", "亩")}


def unit_family(unit: str | None) -> str:
    """Units that measure the same kind of thing (周 and 工作日 are both durations); counts
    (个, 项, 家, 种…) are one family: texts count the same things in different classifiers."""
    return next((f for f, us in UNIT_FAMILIES.items() if (unit or "") in us), "count")


def pair_targets(ta: list[dict], tb: list[dict], src_a: str = "", src_b: str = "", min_sim: float = 0.5) -> list[dict]:
    """Targets of two measures side by side: each pair shares a metric (bigram overlap);
    unpaired targets are listed as dropped (a only) or new (b only)."""
    cands = []
    ka = [metric_key(a.get("metric", "")) for a in ta]
    kb = [metric_key(b.get("metric", "")) for b in tb]
    for i, a in enumerate(ta):
        for j, b in enumerate(tb):
            if unit_family(a.get("unit")) != unit_family(b.get("unit")):
                continue   # 28→20周 and ≥35项 are not the same measurement
            s = _dice(ka[i], kb[j])
            if s >= min_sim:   # the same unit only ranks candidates (上市企业 20家 ≠ 拟上市企业 10家)
                cands.append((s + (0.1 if a.get("unit") and a.get("unit") == b.get("unit") else 0.0), i, j))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for s, i, j in sorted(cands, reverse=True):
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        a, b = _target_out(ta[i], src_a), _target_out(tb[j], src_b)
        pairs.append({"metric": b.get("metric") or a.get("metric"), "a": a, "b": b, "change": _change(a, b),
                      "similarity": round(min(1.0, s), 3)})
    for i, a in enumerate(ta):
        if i not in used_a:
            pairs.append({"metric": a.get("metric"), "a": _target_out(a, src_a), "b": None, "change": "dropped"})
    for j, b in enumerate(tb):
        if j not in used_b:
            pairs.append({"metric": b.get("metric"), "a": None, "b": _target_out(b, src_b), "change": "new"})
    return pairs


@lru_cache(maxsize=2)
def _topic_automaton(catalog_sha: str, terms: tuple[str, ...]) -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for t in terms:
        auto.add_word(t, t)
    auto.make_automaton()
    return auto


def _topics_matcher() -> ahocorasick.Automaton:
    """Policy topics are the bureaus' remit keywords of the catalog (医保支付, 临床试验,
    孵化器, 知识产权…): curated domain terms, so two measures on the same subject share
    them even when their headings are worded differently."""
    cat = load_catalog()
    terms = sorted({to_simplified(t) for e in cat.entries.values() for t in e.remit_lead if len(t) >= 2})
    return _topic_automaton(cat.sha256, tuple(terms))


_LOG_TF = [0.0] + [1 + math.log(x) for x in range(1, 64)]   # 1 + log tf of a bigram, the common counts


def _features(m: Node, cache: dict) -> tuple[str, dict, frozenset]:
    """What similarity needs of a measure (simplified heading, body bigram log-counts 1+log tf,
    catalog topics in the body), computed once per measure per refresh."""
    f = cache.get(m.id)
    if f is None:
        body = to_simplified(m.props.get("body") or "")
        t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", body)
        auto = cache.get("__topics__")
        if auto is None:
            auto = cache["__topics__"] = _topics_matcher()
        topics = frozenset(v for _, v in auto.iter(body)) if len(auto) else frozenset()
        tf = {g: _LOG_TF[x] if x < 64 else 1 + math.log(x) for g, x in Counter(map(str.__add__, t, t[1:])).items()}
        f = cache[m.id] = (to_simplified(m.props.get("heading") or m.name), tf, topics)
    return f


def _idf(items: list) -> dict:
    df = Counter(chain.from_iterable(items))
    n = len(items)
    return {x: math.log(n / c) for x, c in df.items()}


def _scored_cells(newer: list[Node], older: list[Node], cache: dict | None = None,
                  min_score: float | None = None) -> list[tuple[float, float, int, int]]:
    """(score, heading similarity, i, j) of newer[i] against older[j], every cell or (with
    ``min_score``) only those reaching it: matching needs only the candidates, and keeping
    every cell of thousands of edition pairs cost more than scoring them.

    score = 0.4 topic overlap + 0.3 body similarity + 0.3 heading similarity, where
    * topic overlap: Jaccard of the catalog topics in both bodies, weighted by idf over the
      measures of the two policies (a topic every measure names says little);
    * body similarity: cosine of tf-idf character-bigram vectors, rescaled (two ~200-char
      paragraphs on one subject rarely exceed 0.2);
    * heading similarity: rapidfuzz ratio of the simplified headings (one C call per row).
    Weights and MATCH_MIN were set on the action plan vs the 2026 measures (15 pairs, checked
    by hand) and hold on a self-written edition pair (tests/test_editions.py)."""
    cache = {} if cache is None else cache
    fn = [_features(m, cache) for m in newer]
    fo = [_features(m, cache) for m in older]
    allf = fn + fo
    gidf = _idf([f[1].keys() for f in allf])
    tidf = {t: w + 0.5 for t, w in _idf([f[2] for f in allf]).items()}

    def vec(tf: dict) -> dict:
        v = {g: w * gidf[g] for g, w in tf.items() if gidf[g] > 0}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {g: x / norm for g, x in v.items()}

    post: dict[str, list[tuple[int, float]]] = {}
    for j, f in enumerate(fo):
        for g, x in vec(f[1]).items():
            post.setdefault(g, []).append((j, x))
    tpost: dict[str, list[int]] = {}
    for j, f in enumerate(fo):
        for t in f[2]:
            tpost.setdefault(t, []).append(j)
    tw_o = [sum(tidf[t] for t in sorted(f[2])) for f in fo]   # sorted: set order varies with the hash seed
    heads_o = [f[0] for f in fo]
    topics_o = [f[2] for f in fo]
    extract, ratio = process.extract, fuzz.ratio
    nold = len(fo)
    floor = -math.inf if min_score is None else min_score
    out: list[tuple[float, float, int, int]] = []
    for i, (hn, bn, tn) in enumerate(fn):
        dots = [0.0] * nold
        for g, x in vec(bn).items():
            for j, y in post.get(g, ()):
                dots[j] += x * y
        tw_n = sum(tidf[t] for t in sorted(tn))
        topic = [0.0] * nold
        for j in {j for t in tn for j in tpost.get(t, ())}:
            inter = sum(tidf[t] for t in sorted(tn & topics_o[j]))
            topic[j] = inter / (tw_n + tw_o[j] - inter)
        heads = [0.0] * nold
        for _, r, j in extract(hn, heads_o, scorer=ratio, limit=None):
            heads[j] = r / 100
        # body term: dots / 0.2, capped at 1 (dd < 0.2 ⇔ dd / 0.2 < 1.0 for floats)
        out += [(s, h, i, j) for j, t, dd, h in zip(range(nold), topic, dots, heads)
                if (s := 0.4 * t + 0.3 * (dd / 0.2 if dd < 0.2 else 1.0) + 0.3 * h) >= floor]
    return out


def similarity_matrix(newer: list[Node], older: list[Node], cache: dict | None = None) -> list[list[tuple[float, float]]]:
    """[i][j] = (score, heading similarity) of newer[i] against older[j] (see _scored_cells)."""
    out = [[(0.0, 0.0)] * len(older) for _ in newer]
    for s, h, i, j in _scored_cells(newer, older, cache):
        out[i][j] = (s, h)
    return out


def match_measures(newer: list[Node], older: list[Node], min_score: float = MATCH_MIN,
                   cache: dict | None = None) -> list[tuple[Node, Node, float, float]]:
    """One-to-one greedy matching by score: [(newer measure, older measure, score, heading sim)]."""
    if not newer or not older:
        return []
    cands = [(s, h, newer[i].id, older[j].id, i, j) for s, h, i, j in _scored_cells(newer, older, cache, min_score)]
    used_n: set[str] = set()
    used_o: set[str] = set()
    out = []
    for s, h, nid, oid, i, j in sorted(cands, key=lambda c: (-c[0], c[2], c[3])):
        if nid in used_n or oid in used_o:
            continue
        used_n.add(nid)
        used_o.add(oid)
        out.append((newer[i], older[j], s, h))
    return sorted(out, key=lambda x: x[0].props.get("number", 0))


# ------------------------------------------------------------ edition pairs
def edition_pairs(store: GraphStore, by: dict[str, list[Node]] | None = None) -> list[tuple[str, str]]:
    """(newer policy, older policy) pairs whose measures are compared: SUPERSEDES (walking
    past editions with no loaded measures) and a multi-year plan vs a later policy of its
    years that has measures."""
    by = _measures(store) if by is None else by
    pols = {p.id: p for p in store.nodes("Policy")}
    sup: dict[str, list[str]] = {}
    for e in store.edges(type="SUPERSEDES"):
        sup.setdefault(e.source, []).append(e.target)
    pairs: list[tuple[str, str]] = []
    for pid in by:
        seen = {pid}
        frontier = list(sup.get(pid, []))
        while frontier:
            q = frontier.pop(0)
            if q in seen:
                continue
            seen.add(q)
            if by.get(q):
                pairs.append((pid, q))
            else:
                frontier.extend(sup.get(q, []))
    # a single-year policy falling inside the years of a plan started earlier is compared
    # with the one such plan whose title is closest (not with every plan of those years:
    # that pairing grows with the square of the corpus)
    ranges = {pid: _year_range(pols[pid]) for pid in by if pid in pols}
    plans = [(pid, r) for pid, r in ranges.items() if r and r[0] < r[1]]
    known = set(pairs) | {(b, a) for a, b in pairs}
    for a, ra in ranges.items():
        if not ra or ra[0] != ra[1]:
            continue
        title_a = _bigrams(pols[a].name)
        best = None
        for b, rb in plans:
            if rb[0] < ra[0] <= rb[1] and (a, b) not in known:
                score = (_dice(title_a, _bigrams(pols[b].name)), b)
                if best is None or score > best:
                    best = score
        if best is not None:
            pairs.append((a, best[1]))
    return sorted(set(pairs))


def link_predecessors(store: GraphStore, by: dict[str, list[Node]] | None = None) -> list[Edge]:
    """PRECEDED_BY edges of every edition pair. A measure's features are dropped once the
    last pair of its policy is done: a plan paired with hundreds of later policies keeps
    its own, the rest of a large store's measures are never all in memory at once."""
    by = _measures(store) if by is None else by
    pairs = edition_pairs(store, by)
    uses = Counter(chain.from_iterable(pairs))
    edges: list[Edge] = []
    cache: dict = {}
    for newer, older in pairs:
        for n, o, score, head in match_measures(by[newer], by[older], cache=cache):
            ev = [e for e in (_heading_ev(n, score), _heading_ev(o, score)) if e is not None]
            if not ev:
                continue
            tp = pair_targets(o.props.get("targets") or [], n.props.get("targets") or [], o.id, n.id)
            edges.append(trusted_edge(source=n.id, target=o.id, type="PRECEDED_BY", props={
                "similarity": round(score, 3), "heading_similarity": round(head, 3),
                "policy": newer, "predecessor_policy": older,
                "targets_json": json.dumps(tp, ensure_ascii=False, sort_keys=True),
                "targets_changed": sum(1 for x in tp if x["change"] != "same"),
            }, evidence=ev))
        for pid in (newer, older):
            uses[pid] -= 1
            if not uses[pid]:
                for m in by[pid]:
                    cache.pop(m.id, None)
    return edges


def link_reports(store: GraphStore, measures: list[Node] | None = None) -> list[Edge]:
    """REPORTS_ON: a document's reported figures → the measure whose targets share the metric.

    A figure fitting the measures of several policies about equally (best score within
    REPORT_MARGIN of another policy's best) is not linked: "累计服务企业不少于86家" in a press
    release, with hundreds of policies targeting 服务企业, does not say which one it reports
    on, and picking the most recent made thousands of arbitrary links on a large corpus."""
    # targets that score alike (same metric bigrams, quote+heading bigrams and unit: editions
    # repeat their wording) are scored once per fact, as one group in corpus order; the bigram
    # sets live only in the group keys (one per signature, not two per target: ~0.9 GB at 10k)
    # sets of the same bigram strings (one object per distinct bigram): ~300k targets' sets hold
    # pointers, not 300k × 30 fresh two-character strings
    canon: dict[str, str] = {}
    one = canon.setdefault
    targets: list[tuple[Node, dict]] = []
    groups: dict[tuple, list[int]] = {}
    for m in store.nodes("Measure") if measures is None else measures:
        head = _bigrams(m.props.get("heading") or m.name)
        for t in m.props.get("targets") or []:
            key = (frozenset([one(g, g) for g in metric_key(t.get("metric", ""))]),
                   frozenset([one(g, g) for g in _bigrams(t.get("quote", "")) | head]), t.get("unit"))
            groups.setdefault(key, []).append(len(targets))
            targets.append((m, t))
    if not targets:
        return []
    policy_of = [m.props.get("policy", "") for m, _ in targets]
    sigs = list(groups.items())
    sig_fam = [unit_family(unit) for (_, _, unit), _ in sigs]
    sig_first = [members[0] for _, members in sigs]
    sig_first_docs = [set(targets[members[0]][0].documents) for _, members in sigs]
    # up to two policies whose targets share a signature: a figure scoring on it fits both
    sig_pols = [tuple(dict.fromkeys(policy_of[i] for i in members))[:2] for _, members in sigs]
    # targets with the same metric words form one group; a fact is scored against at most
    # REPORT_CAP targets of a group, those of the most recent policies first (then corpus
    # order): a large corpus repeats a metric across thousands of measures, and scoring all
    # of them made this step grow with the square of the corpus
    year = {p.id: int(p.props.get("year") or 0) for p in store.nodes("Policy")}
    by_metric: dict[frozenset, list[int]] = {}
    for k, ((tk, _, _), members) in enumerate(sigs):
        by_metric.setdefault(tk, []).append(k)
    mgroups = []
    for tk, ks in by_metric.items():
        ks.sort(key=lambda k: (-year.get(targets[sig_first[k]][0].props.get("policy", ""), 0), sig_first[k]))
        mgroups.append((len(tk), ks[:REPORT_CAP]))
    # a target can reach REPORT_MIN only when its metric overlap mk >= 0.2 (below, the score
    # is scaled by 0.6 and stays under it), and mk depends only on how many metric bigrams the
    # two share: count them with an inverted index (C-level Counter) and score only those
    by_bigram: dict[str, list[int]] = {}
    for gi, tk in enumerate(by_metric):
        for g in tk:
            by_bigram.setdefault(g, []).append(gi)
    edges: dict[str, Edge] = {}
    ranked: dict[frozenset, list[tuple[int, int]]] = {}
    for d in store.nodes("Document"):
        for f in d.props.get("facts") or []:
            if f.get("kind") != "progress" or len(f.get("metric") or "") < 3:
                continue
            fk = metric_key(to_simplified(f.get("metric", "")))
            if not fk:
                continue
            fkey = frozenset(fk)
            shared = ranked.get(fkey)
            if shared is None:   # figures repeat their metric (服务企业 hundreds of times): count once
                shared = ranked[fkey] = Counter(chain.from_iterable(by_bigram.get(g, ()) for g in fk)).most_common()
            nf = len(fk)
            fc = None
            best = None   # ((score, -index of the first target with it), measure, target)
            # the two best scores of distinct policies (s1 of p1 >= s2 of p2)
            s1, p1, s2 = -1.0, None, -1.0
            doc = f.get("document")
            funit = f.get("unit")
            ffam = unit_family(funit)
            # most shared bigrams first (Counter.most_common: one C sort). A group sharing c
            # bigrams has mk <= max(2c / (nf + c), 0.8c / nf) (it has at least c bigrams), and
            # context and unit add at most 0.6: once that bound cannot reach REPORT_MIN, or the
            # best score found less REPORT_MARGIN, no later group matters; nor, once two
            # policies fit within REPORT_MARGIN, when the bound is below the second one's score
            # plus REPORT_MARGIN (whatever comes, another policy stays that close: not linked).
            # A large corpus has hundreds of metrics sharing a bigram (规模, 企业) with any
            # figure: scoring every one of them grew with the square of the corpus
            for gi, c in shared:
                ub = max(2 * c / (nf + c), 0.8 * c / nf)
                bound = 0.5 * ub + 0.6 + 1e-9   # 1e-9: float sums
                if ub < 0.2 or best is not None and (bound < best[0][0] - REPORT_MARGIN or
                                                     s2 >= s1 - REPORT_MARGIN and bound < s2 + REPORT_MARGIN):
                    break
                mk = max(2 * c / (nf + mgroups[gi][0]), 0.8 * c / nf)
                if mk < 0.2 or best is not None and 0.5 * mk + 0.6 + 1e-9 < best[0][0] - REPORT_MARGIN:
                    continue
                ks = mgroups[gi][1]
                if fc is None:
                    fc = _bigrams(f.get("context") or f.get("quote", ""))
                    nfc = len(fc)
                for k in ks:
                    i = sig_first[k]
                    if doc in sig_first_docs[k]:
                        i = next((i for i in sigs[k][1] if doc not in targets[i][0].documents), None)
                        if i is None:
                            continue
                    (_, tq, unit), _ = sigs[k]
                    s = 0.5 * mk + 0.5 * min(1.0, len(fc & tq) / max(4, min(nfc, len(tq))) * 1.5)
                    if funit and funit == unit:
                        s += 0.1
                    elif ffam != sig_fam[k]:
                        s *= 0.85   # 30个工作日 rarely reports on a target counted in 项
                    for pol in (policy_of[i], *sig_pols[k]):
                        if pol == p1:
                            if s > s1:
                                s1 = s
                        elif s > s1:
                            s1, p1, s2 = s, pol, s1
                        elif s > s2:
                            s2 = s
                    if best is None or (s, -i) > best[0]:
                        best = ((s, -i), targets[i][0], targets[i][1])
            if best is None or best[0][0] < REPORT_MIN:
                continue
            s, m, t = best[0][0], best[1], best[2]
            if p1 != policy_of[-best[0][1]] or s2 >= s - REPORT_MARGIN:
                continue   # another policy's measure fits about as well
            conf = round(min(1.0, s), 3)
            ev = [trusted_evidence(document=f["document"], quote=f["quote"], start=int(f["start"]), end=int(f["end"]),
                                   method="rule", confidence=float(conf))]
            if t.get("document") and t.get("quote") is not None:
                ev.append(trusted_evidence(document=t["document"], quote=t["quote"], start=int(t["start"]),
                                           end=int(t["end"]), method="rule", confidence=float(conf)))
            rec = {"fact": _target_out(f, d.id), "target": _target_out(t, m.id), "similarity": conf}
            e = trusted_edge(source=d.id, target=m.id, type="REPORTS_ON",
                             props={"facts_json": json.dumps([rec], ensure_ascii=False, sort_keys=True)}, evidence=ev)
            if e.key in edges:
                old = edges[e.key]
                recs = json.loads(old.props["facts_json"]) + [rec]
                merged = old.merged(e)
                merged.props["facts_json"] = json.dumps(recs, ensure_ascii=False, sort_keys=True)
                edges[e.key] = merged
            else:
                edges[e.key] = e
    return sorted(edges.values(), key=lambda e: e.key)


def inputs_fingerprint(store: GraphStore) -> str:
    """What the links are computed from — every stored document's (id, sha256), the catalog's
    included, and LINKS_VERSION — so a load that changed nothing can skip the whole-store
    recomputation (~55 s at 10k documents). Kept as the ``path`` of the ``editions`` record,
    whose ``chars`` holds the number of links it asserted: an unload between two loads can
    leave the same documents but fewer links (they die with their measures), and the count
    tells."""
    h = hashlib.sha256(LINKS_VERSION.encode("utf-8"))
    for d in sorted(store.documents(), key=lambda d: d.id):
        if d.id != EDITIONS_DOC_ID:
            h.update(f"{d.id}\0{d.sha256}\n".encode("utf-8"))
    return "computed:inputs=" + h.hexdigest()


def extraction(store: GraphStore, inputs: str = "") -> Extraction:
    """The links as the pseudo-document ``editions``. Every edge carries ``generation`` (the
    start of the document's sha256): the store keys edges to their evidence documents, so a
    link no longer computed stays until those documents reload; readers keep current ones
    (``current_links``)."""
    measures = store.nodes("Measure")
    edges = link_predecessors(store, _by_policy(measures)) + link_reports(store, measures)
    h = hashlib.sha256()
    for e in edges:   # one edge at a time: the whole payload at once was ~200 MB at 10k documents
        h.update(json.dumps(e.model_dump(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    sha = h.hexdigest()
    for e in edges:
        e.props["generation"] = sha[:16]
        e.props[DERIVED_BY] = EDITIONS_DOC_ID  # stores drop the link when a refresh stops computing it
    rec = DocumentRecord(id=EDITIONS_DOC_ID, title="medgraph editions: PRECEDED_BY and REPORTS_ON links (computed)",
                         kind="computed", sha256=sha, path=inputs, chars=len(edges))
    return Extraction(document=rec, nodes=[], edges=edges)


def current_links(store: GraphStore, type_: str) -> list[Edge]:
    """PRECEDED_BY / REPORTS_ON edges of the latest refresh (see ``extraction``)."""
    cur = store.document(EDITIONS_DOC_ID)
    if cur is None:
        return []
    gen = cur.sha256[:16]
    return [e for e in store.edges(type=type_) if e.props.get("generation") == gen]


def refresh(store: GraphStore, force: bool = False) -> bool:
    """Recompute the ``editions`` pseudo-document; upsert only when it changed. Skipped when
    the stored documents are those of the last refresh (``inputs_fingerprint``), unless
    ``force`` (a forced reload re-creates measure nodes, and their links with them)."""
    inputs = inputs_fingerprint(store)
    cur = store.document(EDITIONS_DOC_ID)
    if not force and cur is not None and cur.path == inputs:
        types = store.counts()["types"]
        if types.get("PRECEDED_BY", 0) + types.get("REPORTS_ON", 0) == cur.chars:
            return False
    ex = extraction(store, inputs)
    if cur is not None and cur.sha256 == ex.document.sha256 and cur.path == inputs:
        # same links computed; still rewrite them when a reload/unload removed some
        # (edges die with their measure or document nodes)
        have = {e.key: e for t in ("PRECEDED_BY", "REPORTS_ON") for e in store.edges(type=t)}
        if all(e.key in have and {x.key() for x in e.evidence} <= {x.key() for x in have[e.key].evidence}
               and have[e.key].props.get("generation") == e.props["generation"] for e in ex.edges):
            return False
    if cur is None and not ex.edges:
        return False
    store.upsert(ex)
    return True


# --------------------------------------------------------------------- diff
def resolve_policy(store: GraphStore, arg: str, by: dict[str, list[Node]] | None = None) -> Node:
    """A policy by id, edition year (2025, 2026), 'plan', or words of its title. ``by``:
    the store's measures by policy (``_measures``) when the caller already has them."""
    a = to_simplified(str(arg).strip())
    node = store.get_node(a)
    if node is not None and node.label == "Policy":
        return node
    pols = store.nodes("Policy")
    by = _measures(store) if by is None else by
    if a.lower() in ("plan", "action-plan", "行动计划"):
        hits = [p for p in pols if p.props.get("kind") == "action_plan" or "行动计划" in p.name]
    elif re.fullmatch(r"(?:19|20)\d{2}", a):
        y = int(a)
        hits = [p for p in pols if p.props.get("year") == y and "-" not in str(p.props.get("years", ""))]
        hits = [p for p in hits if p.props.get("kind") == "measures"] or hits
    else:
        hits = [p for p in pols if a in p.id or a in p.name or any(a in x for x in p.aliases)]
    if not hits:
        close = [{"id": p.id, "name": p.name} for p in pols if by.get(p.id) or p.props.get("year")][:10]
        raise PolicyNotFound(f"no policy matches {arg!r}: use a policy id, an edition year (2026) or 'plan'", close)
    # prefer what has loaded measures, then Beijing's own, then the id
    hits.sort(key=lambda p: (not by.get(p.id), "-bj-" not in p.id, p.id))
    return hits[0]


def _policy_brief(p: Node, by: dict[str, list[Node]]) -> dict:
    return {"id": p.id, "name": p.name, "year": p.props.get("year"), "years": p.props.get("years"),
            "measures": len(by.get(p.id, [])), "loaded": bool(by.get(p.id)),
            "documents": [d for d in p.documents if d != "catalog"]}


def _measure_brief(m: Node) -> dict:
    ev = _heading_ev(m, 1.0)
    return {"id": m.id, "number": m.props.get("number"), "number_text": m.props.get("number_text", ""),
            "name": m.name, "quote": ev.model_dump() if ev else None,
            "targets": [_target_out(t, m.id) for t in m.props.get("targets") or []]}


def _all_facts(store: GraphStore) -> list[dict]:
    """Every figure the loaded documents report (``facts`` of each Document node), in
    document order: read once per diff, not once per use."""
    return [f for d in store.nodes("Document") for f in d.props.get("facts") or []]


def _ev(e: Evidence) -> dict:
    return e.model_dump()


def diff(store: GraphStore, a: str, b: str) -> dict[str, Any]:
    """What changed from policy ``a`` to policy ``b`` (ids, years or 'plan')."""
    by = _measures(store)
    pa, pb = resolve_policy(store, a, by), resolve_policy(store, b, by)
    facts = _all_facts(store)
    ma, mb = by.get(pa.id, []), by.get(pb.id, [])
    notes: list[str] = []
    sup = [e for e in store.edges(type="SUPERSEDES") if {e.source, e.target} == {pa.id, pb.id}]
    chain = []
    for e in store.edges(type="SUPERSEDES"):
        if e.source in (pa.id, pb.id) or e.target in (pa.id, pb.id):
            chain.append({"source": e.source, "target": e.target, "evidence": [_ev(x) for x in e.evidence]})
    matched, added, removed = [], [], []
    if ma and mb:
        ids_a, ids_b = {m.id for m in ma}, {m.id for m in mb}
        links = [e for e in current_links(store, "PRECEDED_BY")
                 if (e.source in ids_b and e.target in ids_a) or (e.source in ids_a and e.target in ids_b)]
        nodes = {m.id: m for m in ma + mb}
        if links:
            pairs = []
            for e in links:
                old, new = (e.target, e.source) if e.source in ids_b else (e.source, e.target)
                pairs.append((nodes[old], nodes[new], float(e.props.get("similarity", 0)), e))
            method = "PRECEDED_BY edges"
        else:
            pairs = [(o, n, s, None) for n, o, s, _ in match_measures(mb, ma)]
            method = "heading/target similarity computed now (no PRECEDED_BY links between these policies)"
        notes.append(f"measures matched by {method}")
        for old, new, score, e in sorted(pairs, key=lambda x: x[1].props.get("number", 0)):
            tp = pair_targets(old.props.get("targets") or [], new.props.get("targets") or [], old.id, new.id)
            ev = [_ev(x) for x in e.evidence] if e is not None else \
                [x.model_dump() for x in (_heading_ev(new, score), _heading_ev(old, score)) if x]
            matched.append({"a": _measure_brief(old), "b": _measure_brief(new), "similarity": round(score, 3),
                            "targets": tp, "changed": any(p["change"] != "same" for p in tp), "evidence": ev})
        used_a = {m["a"]["id"] for m in matched}
        used_b = {m["b"]["id"] for m in matched}
        removed = [_measure_brief(m) for m in ma if m.id not in used_a]
        added = [_measure_brief(m) for m in mb if m.id not in used_b]
    # targets the policies state as a whole, and what other documents say about them;
    # when one side has no measures, the other side's measure targets are compared too
    def pool(p: Node, ms: list[Node], other_ms: list[Node], other: Node) -> list[tuple[dict, str]]:
        out = [(dict(t, kind="policy", policy=p.id), p.id) for t in p.props.get("targets") or []]
        out += [(f, f["document"]) for f in facts if f.get("policy") == p.id]
        # an article comparing editions: 与《X》相比 由28周压缩至20周 → 28 was X's figure
        out += [(dict(f, value=f["baseline"], goal=None, baseline=None, comparator="=", kind="baseline", policy=p.id),
                 f["document"])
                for f in facts if f.get("compared_to") == p.id and f.get("baseline") is not None]
        out += [(t, m.id) for m in ms for t in m.props.get("targets") or []]
        return out

    pool_a, pool_b = _dedupe(pool(pa, ma, mb, pb)), _dedupe(pool(pb, mb, ma, pa))
    for p, ms in ((pa, ma), (pb, mb)):
        if not ms:
            notes.append(f"{p.id} has no loaded text: its side shows the figures loaded documents attribute to it")
    rows = []
    if pool_a or pool_b:
        ta = [dict(t, _src=src) for t, src in pool_a]
        tb = [dict(t, _src=src) for t, src in pool_b]
        for r in pair_targets(ta, tb, "", "", min_sim=0.45):
            for side in ("a", "b"):
                if r[side]:
                    src = next(t["_src"] for t in (ta if side == "a" else tb)
                               if t.get("quote") == r[side].get("quote") and t.get("start") == r[side].get("start"))
                    r[side]["source"] = src
            present = [x for x in (r["a"], r["b"]) if x]
            if any(not re.search(r"-m\d+$", x["source"]) for x in present):
                rows.append(r)
    policy_targets = rows
    if not sup:
        notes.append(f"no SUPERSEDES edge joins {pa.id} and {pb.id}")
    targets = _target_table(matched, policy_targets)
    progress = _progress(store, ma + mb, pool_a + pool_b, facts)
    return {
        "a": _policy_brief(pa, by), "b": _policy_brief(pb, by),
        "summary": {"matched": len(matched), "changed": sum(1 for m in matched if m["changed"]),
                    "added": len(added), "removed": len(removed),
                    "targets": len(targets), "targets_changed": sum(1 for r in targets if r["change"] != "same"),
                    "progress": len(progress)},
        "supersedes": chain,
        "matched": matched,
        "changed": [m["b"]["id"] for m in matched if m["changed"]],
        "added": added, "removed": removed,
        "policy_targets": policy_targets,
        "targets": targets,
        "progress": progress,
        "notes": notes,
    }


def _goal(t: dict):
    return t.get("goal") if t.get("goal") is not None else t.get("value")


def _dedupe(pool: list[tuple[dict, str]]) -> list[tuple[dict, str]]:
    """Two documents stating the same figure of one policy (an article and a news item both
    citing 不少于10个场景) are one row: the first keeps the others' quotes under ``also``."""
    out: list[tuple[dict, str]] = []
    for t, src in pool:
        k = metric_key(t.get("metric", ""))
        for u, _ in out:
            if (_goal(u), u.get("unit")) == (_goal(t), t.get("unit")) and u.get("start") != t.get("start") and \
                    _dice(k, metric_key(u.get("metric", ""))) >= 0.4:
                u.setdefault("also", []).append({x: t.get(x) for x in ("quote", "document", "start", "end")})
                break
        else:
            out.append((dict(t), src))
    return out


def _measure_label(m: dict | None) -> str:
    return f"{m.get('number_text') or m.get('number') or ''} {m['name']}".strip() if m else ""


def _target_table(matched: list[dict], policy_targets: list[dict]) -> list[dict]:
    """One analyst's table: every target pair of the matched measures, then the policy-level
    and reported ones, each row with the measures it belongs to (by number and heading)."""
    rows = []
    for m in matched:
        for p in m["targets"]:
            rows.append(dict(p, level="measure", measure_a=_measure_label(m["a"]), measure_b=_measure_label(m["b"])))
    for p in policy_targets:
        rows.append(dict(p, level="policy", measure_a="", measure_b=""))
    order = {"changed": 0, "raised": 0, "lowered": 0, "same": 1, "dropped": 2, "new": 3}
    return sorted(rows, key=lambda r: (order.get(r["change"], 4), r["level"] != "measure"))


def _fact_out(store: GraphStore, f: dict, titles: dict) -> dict:
    doc = f.get("document", "")
    if doc not in titles:
        rec = store.document(doc)
        titles[doc] = (rec.title, rec.date) if rec else ("", "")
    title, date = titles[doc]
    out = _target_out(f, doc)
    out.update(date=date or (str(f["as_of"]) if f.get("as_of") else ""), document_title=title)
    if f.get("context"):
        out["context"] = f["context"]
    return out


def _progress(store: GraphStore, measures: list[Node], pool: list[tuple[dict, str]], facts: list[dict]) -> list[dict]:
    """Progress figures reported on the two policies' targets: the REPORTS_ON links of the
    last refresh into their measures, and for what only other documents state about a policy
    (an edition known from an article), reported figures sharing the target's metric (Dice of
    metric bigrams ≥ 0.55, same kind of unit). Each with its date and source."""
    titles: dict = {}
    mids = {m.id: m for m in measures}
    out = []
    seen = set()
    for e in current_links(store, "REPORTS_ON"):
        if e.target not in mids:
            continue
        m = mids[e.target]
        for rec in json.loads(e.props.get("facts_json") or "[]"):
            f = rec["fact"]
            key = (f.get("document"), f.get("start"))
            seen.add(key)
            out.append({"metric": f.get("metric", ""), "fact": _fact_out(store, f, titles),
                        "target": rec["target"], "policy": m.props.get("policy"), "measure": m.id,
                        "measure_label": f"{m.props.get('number_text', '')} {m.name}".strip(),
                        "similarity": rec.get("similarity"), "link": "REPORTS_ON"})
    stated = [(t, src) for t, src in pool if not re.search(r"-m\d+$", src) and t.get("kind") != "progress"]
    if stated:
        keys = [metric_key(t.get("metric", "")) for t, _ in stated]
        for f in facts:
            if f.get("kind") != "progress" or (f.get("document"), f.get("start")) in seen:
                continue
            fk = metric_key(f.get("metric", ""))
            best = None
            for (t, src), tk in zip(stated, keys):
                if unit_family(t.get("unit")) != unit_family(f.get("unit")):
                    continue
                sim = _dice(fk, tk)
                if sim >= 0.55 and (best is None or sim > best[0]):
                    best = (sim, t, src)
            if best is None:
                continue
            sim, t, src = best
            out.append({"metric": f.get("metric", ""), "fact": _fact_out(store, f, titles),
                        "target": _target_out(t, src), "policy": t.get("policy", ""),
                        "measure": "", "measure_label": "", "similarity": round(sim, 3), "link": "metric"})
    out.sort(key=lambda r: (r["policy"] or "", r["measure"], r["fact"].get("document", ""), r["fact"].get("start") or 0))
    return out
