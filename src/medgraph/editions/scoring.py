"""How alike two measures are, and which of their targets correspond.

* ``match_measures(newer, older)`` — one-to-one pairs of measures of two policies, by a score
  mixing the terms the two texts share (character n-grams of the measures themselves, weighted
  by how rare they are in the two policies), body similarity and heading similarity; a pair is
  kept only when it stands out from each side's next candidate (see ``match_measures``).
* ``pair_targets(ta, tb)`` — targets of two measures side by side (same metric, same kind of
  unit), ``target_change`` (raised / lowered / same / new / dropped), ``format_target`` for
  printing one.

Nothing here reads the catalog: which measures correspond is decided by their own words.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from itertools import chain

from rapidfuzz import fuzz, process

from medgraph.documents import to_simplified
from medgraph.extract.targets import metric_key
from medgraph.models import Node

MATCH_MIN = 0.18        # a newer measure below this against every older one is "added" (see match_measures)
MATCH_MARGIN = 0.05     # …and one whose best older counterpart is within this of its next best (ambiguous)
WEIGHTS = (1 / 3, 1 / 3, 1 / 3)  # shared terms, body similarity, heading similarity: equal, not fitted


def bigrams(text: str) -> set[str]:
    t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", to_simplified(text or ""))
    return set(map(str.__add__, t, t[1:]))


def dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def target_out(t: dict, source: str) -> dict:
    keys = ("metric", "comparator", "value", "value_max", "unit", "baseline", "goal", "year", "as_of", "kind", "quote",
            "document", "start", "end", "policy", "also")
    out = {k: t.get(k) for k in keys if t.get(k) is not None}
    out["source"] = source
    return out


def format_target(t: dict | None) -> str:
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


def target_change(a: dict | None, b: dict | None) -> str:
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
            s = dice(ka[i], kb[j])
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
        a, b = target_out(ta[i], src_a), target_out(tb[j], src_b)
        pairs.append({"metric": b.get("metric") or a.get("metric"), "a": a, "b": b, "change": target_change(a, b),
                      "similarity": round(min(1.0, s), 3)})
    for i, a in enumerate(ta):
        if i not in used_a:
            pairs.append({"metric": a.get("metric"), "a": target_out(a, src_a), "b": None, "change": "dropped"})
    for j, b in enumerate(tb):
        if j not in used_b:
            pairs.append({"metric": b.get("metric"), "a": None, "b": target_out(b, src_b), "change": "new"})
    return pairs


TERM_SIZES = (3, 4)   # a shared run of 3-4 characters is a term or part of one (临床试验, 医保支付, 追溯体系)


def terms(text: str) -> frozenset[str]:
    """The measure's own terms: every run of TERM_SIZES Han characters of its (simplified)
    text. Shared terms say two measures are on one subject; how much a shared term counts is
    set by how rare it is among the measures compared (idf), so 医疗器械 in a medical-device
    policy weighs little and 追溯体系 a lot. No list of keywords, no catalog: the same for a
    policy on any subject."""
    t = re.sub(r"[^\u4e00-\u9fff]", "", text)
    return frozenset(t[i:i + n] for n in TERM_SIZES for i in range(len(t) - n + 1))


_LOG_TF = [0.0] + [1 + math.log(x) for x in range(1, 64)]   # 1 + log tf of a bigram, the common counts


def _features(m: Node, cache: dict) -> tuple[str, dict, frozenset]:
    """What similarity needs of a measure (simplified heading, body bigram log-counts 1+log tf,
    the body's terms), computed once per measure per refresh."""
    f = cache.get(m.id)
    if f is None:
        body = to_simplified(m.props.get("body") or "")
        t = re.sub(r"[^\u4e00-\u9fffA-Za-z0-9]", "", body)
        topics = terms(body)
        tf = {g: _LOG_TF[x] if x < 64 else 1 + math.log(x) for g, x in Counter(map(str.__add__, t, t[1:])).items()}
        f = cache[m.id] = (to_simplified(m.props.get("heading") or m.name), tf, topics)
    return f


def _idf(items: list) -> dict:
    df = Counter(chain.from_iterable(items))
    n = len(items)
    return {x: math.log(n / c) for x, c in df.items()}


def scored_cells(newer: list[Node], older: list[Node], cache: dict | None = None,
                  min_score: float | None = None) -> list[tuple[float, float, int, int]]:
    """(score, heading similarity, i, j) of newer[i] against older[j], every cell or (with
    ``min_score``) only those reaching it: matching needs only the candidates, and keeping
    every cell of thousands of edition pairs cost more than scoring them.

    score = the mean of three signals in [0, 1] (WEIGHTS: equal, not fitted to any pair):
    * shared terms: Jaccard of the two texts' terms (``terms``: runs of 3-4 characters),
      weighted by idf over the measures of the two policies (a term most measures use says
      little);
    * body similarity: cosine of tf-idf character-bigram vectors, rescaled (two ~200-char
      paragraphs on one subject rarely exceed 0.2);
    * heading similarity: rapidfuzz ratio of the simplified headings (one C call per row).
    Checked on four edition pairs written for the tests (tests/test_editions_pairing.py,
    tests/test_editions.py: other cities and subjects, both scripts, four numberings, reworded
    and reordered measures, added and removed ones): true pairs score 0.47 and up, the best
    wrong candidate 0.21 at most."""
    cache = {} if cache is None else cache
    wt, wb, wh = WEIGHTS
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
                if (s := wt * t + wb * (dd / 0.2 if dd < 0.2 else 1.0) + wh * h) >= floor]
    return out


def similarity_matrix(newer: list[Node], older: list[Node], cache: dict | None = None) -> list[list[tuple[float, float]]]:
    """[i][j] = (score, heading similarity) of newer[i] against older[j] (see scored_cells)."""
    out = [[(0.0, 0.0)] * len(older) for _ in newer]
    for s, h, i, j in scored_cells(newer, older, cache):
        out[i][j] = (s, h)
    return out


def match_measures(newer: list[Node], older: list[Node], min_score: float = MATCH_MIN,
                   cache: dict | None = None) -> list[tuple[Node, Node, float, float]]:
    """One-to-one greedy matching by score: [(newer measure, older measure, score, heading sim)].

    A newer measure is matched only when its best older counterpart reaches ``min_score`` AND
    stands out from its second best by MATCH_MARGIN: two older measures fitting about equally
    well do not say which one it continues (the same rule as REPORTS_ON's margin), and
    reporting it as added is more honest than picking one."""
    if not newer or not older:
        return []
    cells = scored_cells(newer, older, cache, min_score - MATCH_MARGIN)
    # each newer measure's two best scores: a best that does not stand out is ambiguous
    top: dict[int, list[float]] = {}
    for s, _, i, _ in cells:
        t = top.setdefault(i, [-1.0, -1.0])
        if s > t[0]:
            t[0], t[1] = s, t[0]
        elif s > t[1]:
            t[1] = s
    cands = [(s, h, newer[i].id, older[j].id, i, j) for s, h, i, j in cells
             if s >= min_score and top[i][1] <= s - MATCH_MARGIN]
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
