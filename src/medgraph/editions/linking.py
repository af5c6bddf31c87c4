"""Cross-document links over a store: which policies are editions of one another
(``edition_pairs``), ``PRECEDED_BY`` Measure→Measure between their measures
(``link_predecessors``) and ``REPORTS_ON`` Document→Measure from reported figures
(``link_reports``). Each link quotes the words it rests on (method ``rule``)."""

from __future__ import annotations

import json
import re
from collections import Counter
from itertools import chain

from medgraph.documents import to_simplified
from medgraph.editions.scoring import bigrams, dice, match_measures, pair_targets, target_out, unit_family
from medgraph.extract.targets import metric_key
from medgraph.models import Edge, Evidence, Node, trusted_edge, trusted_evidence
from medgraph.store.base import GraphStore

REPORT_MIN = 0.45
REPORT_MARGIN = 0.05    # a figure scoring within this of another policy's measure is ambiguous (see link_reports)
REPORT_CAP = 64         # targets of one metric a reported figure is scored against (see link_reports)


def year_range(p: Node) -> tuple[int, int] | None:
    yrs = str(p.props.get("years") or "")
    m = re.match(r"(\d{4})\D+(\d{4})", yrs) or re.search(r"((?:19|20)\d{2})\s*[-—–至]\s*((?:19|20)\d{2})", p.name)
    if m:
        return int(m.group(1)), int(m.group(2))
    if p.props.get("year"):
        return int(p.props["year"]), int(p.props["year"])
    return None


def measures_by_policy(store: GraphStore) -> dict[str, list[Node]]:
    return group_by_policy(store.nodes("Measure"))


def group_by_policy(measures: list[Node]) -> dict[str, list[Node]]:
    by: dict[str, list[Node]] = {}
    for m in measures:
        by.setdefault(m.props.get("policy", ""), []).append(m)
    for ms in by.values():
        ms.sort(key=lambda m: m.props.get("number", 0))
    return by


def heading_evidence(m: Node, confidence: float) -> Evidence | None:
    """The measure's numbering and heading as written in its document (original text)."""
    quote = m.props.get("heading_quote")  # the original slice (``body`` is the joined reading text)
    start = m.props.get("start")
    if quote is None:
        body = m.props.get("body") or ""
        stop = body.find("。")
        quote = body[:stop if 0 < stop <= 80 else min(len(body), 40)].rstrip()
    if not quote or start is None or not m.documents:
        return None
    doc = next((d for d in m.documents if d.startswith("doc-")), m.documents[0])
    return trusted_evidence(document=doc, quote=quote, start=int(start), end=int(start) + len(quote), method="rule",
                            confidence=round(max(0.0, min(1.0, float(confidence))), 3))


def edition_pairs(store: GraphStore, by: dict[str, list[Node]] | None = None) -> list[tuple[str, str]]:
    """(newer policy, older policy) pairs whose measures are compared: SUPERSEDES (walking
    past editions with no loaded measures) and a multi-year plan vs a later policy of its
    years that has measures."""
    by = measures_by_policy(store) if by is None else by
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
    ranges = {pid: year_range(pols[pid]) for pid in by if pid in pols}
    plans = [(pid, r) for pid, r in ranges.items() if r and r[0] < r[1]]
    known = set(pairs) | {(b, a) for a, b in pairs}
    for a, ra in ranges.items():
        if not ra or ra[0] != ra[1]:
            continue
        title_a = bigrams(pols[a].name)
        best = None
        for b, rb in plans:
            if rb[0] < ra[0] <= rb[1] and (a, b) not in known:
                score = (dice(title_a, bigrams(pols[b].name)), b)
                if best is None or score > best:
                    best = score
        if best is not None:
            pairs.append((a, best[1]))
    return sorted(set(pairs))


def link_predecessors(store: GraphStore, by: dict[str, list[Node]] | None = None) -> list[Edge]:
    """PRECEDED_BY edges of every edition pair. A measure's features are dropped once the
    last pair of its policy is done: a plan paired with hundreds of later policies keeps
    its own, the rest of a large store's measures are never all in memory at once."""
    by = measures_by_policy(store) if by is None else by
    pairs = edition_pairs(store, by)
    uses = Counter(chain.from_iterable(pairs))
    edges: list[Edge] = []
    cache: dict = {}
    for newer, older in pairs:
        for n, o, score, head in match_measures(by[newer], by[older], cache=cache):
            ev = [e for e in (heading_evidence(n, score), heading_evidence(o, score)) if e is not None]
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
        head = bigrams(m.props.get("heading") or m.name)
        for t in m.props.get("targets") or []:
            key = (frozenset([one(g, g) for g in metric_key(t.get("metric", ""))]),
                   frozenset([one(g, g) for g in bigrams(t.get("quote", "")) | head]), t.get("unit"))
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
                    fc = bigrams(f.get("context") or f.get("quote", ""))
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
            rec = {"fact": target_out(f, d.id), "target": target_out(t, m.id), "similarity": conf}
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
