"""Per-document census of repeated work in medgraph extraction (session 13, helper spg).

    /work/main/.venv/bin/python benchmarks/census/census.py --src /work/wt/s13start/src \
        --corpus /work/wt/devcorpus [--limit N] [--json out.json]

Instruments (at run time only, no source file is touched) before medgraph is imported:
  * re.compile returns a thin proxy; every search/match/fullmatch/finditer/findall/sub/subn/split
    (and the module-level re.* functions) records: calling module:function, method, the length
    of the span searched (string length, clipped by pos/endpos), and whether the same
    (pattern, flags, method, string, pos, endpos) was already asked in the same document
    ("redundant": its answer was known). The CPU time inside the real call is summed too
    (finditer: the time of each next()).
  * every function of medgraph.textutil (calls by caller module),
  * bodies.BodyFinder.find (calls, characters of the text it is given, whole-text or not),
  * sys.setprofile c_call events: str.splitlines / str.split on (>= 90 % of) the whole text, and
    Aho-Corasick Automaton.iter / iter_long (calls by caller module).
Prints per-document averages. Timing here is inflated by the instrumentation: use stages.py for CPU.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ap = argparse.ArgumentParser()
ap.add_argument("--src", required=True, help="the src/ directory of the medgraph version to census")
ap.add_argument("--corpus", required=True, help="a directory of .txt documents")
ap.add_argument("--limit", type=int, default=0)
ap.add_argument("--json", default="")
ap.add_argument("--top", type=int, default=30)
ap.add_argument("--replay", action="store_true",
                help="replay every recorded regex call uninstrumented: true CPU of all, of the redundant ones, by module")
args = ap.parse_args()

_compile = re.compile
_ptime = time.process_time_ns
MAXP = sys.maxsize


class R:
    """The recorder of the current document (None outside extract)."""
    on = False
    doclen = 1
    seen: set = set()


# aggregated over all documents
CALLS = Counter()          # module -> regex calls
CHARS = Counter()          # module -> characters searched
RED_CALLS = Counter()      # module -> redundant calls
RED_CHARS = Counter()
NS = Counter()             # module -> ns in real regex calls
RED_NS = Counter()
WHOLE = Counter()          # module -> whole-text scans (span >= 90 % of the document)
WHOLE_RED = Counter()
FUNC_CALLS = Counter()     # module:function -> calls
FUNC_CHARS = Counter()
FUNC_NS = Counter()
FUNC_RED_NS = Counter()
PAT = defaultdict(lambda: [0, 0, 0, 0, 0, set()])   # pattern -> calls, chars, redundant calls, ns, red ns, callers
METHOD = Counter()
TEXTUTIL = Counter()       # (helper, caller module) -> calls
BF = Counter()             # "calls", "chars", "whole"
BF_CALLERS = Counter()
SPLIT = Counter()          # (method, caller module) -> whole-text calls
AC = Counter()             # (method, caller module) -> passes


LOG: list = []   # (pattern, method, string, pos, endpos, repl, redundant, module, whole) with --replay


def _where(depth: int) -> tuple[str, str]:
    f = sys._getframe(depth)
    mod = os.path.basename(f.f_code.co_filename)
    return mod, f.f_code.co_name


def _key_str(p) -> str:
    s = p.pattern if isinstance(p.pattern, str) else repr(p.pattern)
    return s if len(s) <= 140 else s[:137] + "..."


def _record(p, method, string, pos, endpos, ns, depth=3, extra=None):
    mod, fn = _where(depth)
    n = len(string)
    lo = min(max(pos, 0), n)
    hi = min(endpos, n)
    span = max(0, hi - lo)
    key = (p.pattern, p.flags, method, string, lo, hi, extra if extra is None or isinstance(extra, str) else id(extra))
    red = key in R.seen
    if not red:
        R.seen.add(key)
    if args.replay:
        LOG.append((p, method, string, pos, endpos, extra if method in ("sub", "subn") else None, red, mod,
                    span >= 0.9 * R.doclen))
    CALLS[mod] += 1
    CHARS[mod] += span
    NS[mod] += ns
    FUNC_CALLS[f"{mod}:{fn}"] += 1
    FUNC_CHARS[f"{mod}:{fn}"] += span
    FUNC_NS[f"{mod}:{fn}"] += ns
    METHOD[method] += 1
    row = PAT[(_key_str(p), p.flags)]
    row[0] += 1
    row[1] += span
    row[3] += ns
    row[5].add(mod)
    if red:
        RED_CALLS[mod] += 1
        RED_CHARS[mod] += span
        RED_NS[mod] += ns
        FUNC_RED_NS[f"{mod}:{fn}"] += ns
        row[2] += 1
        row[4] += ns
    if span >= 0.9 * R.doclen:
        WHOLE[mod] += 1
        if red:
            WHOLE_RED[mod] += 1


class P:
    """A compiled pattern that reports its uses."""
    __slots__ = ("_p", "pattern", "flags", "groups", "groupindex")

    def __init__(self, p):
        self._p = p
        self.pattern = p.pattern
        self.flags = p.flags
        self.groups = p.groups
        self.groupindex = p.groupindex

    def _call(self, method, string, pos, endpos, *a):
        if not R.on:
            return getattr(self._p, method)(string, pos, endpos, *a)
        t = _ptime()
        r = getattr(self._p, method)(string, pos, endpos)
        _record(self._p, method, string, pos, endpos, _ptime() - t, 4)
        return r

    def search(self, string, pos=0, endpos=MAXP):
        if not R.on:
            return self._p.search(string, pos, endpos)
        t = _ptime()
        r = self._p.search(string, pos, endpos)
        _record(self._p, "search", string, pos, endpos, _ptime() - t)
        return r

    def match(self, string, pos=0, endpos=MAXP):
        if not R.on:
            return self._p.match(string, pos, endpos)
        t = _ptime()
        r = self._p.match(string, pos, endpos)
        _record(self._p, "match", string, pos, endpos, _ptime() - t)
        return r

    def fullmatch(self, string, pos=0, endpos=MAXP):
        if not R.on:
            return self._p.fullmatch(string, pos, endpos)
        t = _ptime()
        r = self._p.fullmatch(string, pos, endpos)
        _record(self._p, "fullmatch", string, pos, endpos, _ptime() - t)
        return r

    def findall(self, string, pos=0, endpos=MAXP):
        if not R.on:
            return self._p.findall(string, pos, endpos)
        t = _ptime()
        r = self._p.findall(string, pos, endpos)
        _record(self._p, "findall", string, pos, endpos, _ptime() - t)
        return r

    def finditer(self, string, pos=0, endpos=MAXP):
        if not R.on:
            return self._p.finditer(string, pos, endpos)
        # the matches are computed lazily: time each step, record when the iterator is made
        # (time of the steps is added to the record's module on exhaustion/GC via a list)
        t = _ptime()
        ms = list(self._p.finditer(string, pos, endpos))
        _record(self._p, "finditer", string, pos, endpos, _ptime() - t)
        return iter(ms)

    def sub(self, repl, string, count=0):
        if not R.on:
            return self._p.sub(repl, string, count)
        t = _ptime()
        r = self._p.sub(repl, string, count)
        _record(self._p, "sub", string, 0, MAXP, _ptime() - t, extra=repl)
        return r

    def subn(self, repl, string, count=0):
        if not R.on:
            return self._p.subn(repl, string, count)
        t = _ptime()
        r = self._p.subn(repl, string, count)
        _record(self._p, "subn", string, 0, MAXP, _ptime() - t, extra=repl)
        return r

    def split(self, string, maxsplit=0):
        if not R.on:
            return self._p.split(string, maxsplit)
        t = _ptime()
        r = self._p.split(string, maxsplit)
        _record(self._p, "split", string, 0, MAXP, _ptime() - t)
        return r

    def scanner(self, *a, **k):
        return self._p.scanner(*a, **k)

    def __repr__(self):
        return repr(self._p)

    def __eq__(self, other):
        return self._p == (other._p if isinstance(other, P) else other)

    def __hash__(self):
        return hash(self._p)


def _unwrap(p):
    return p._p if isinstance(p, P) else p


def compile_(pattern, flags=0):
    return P(_compile(_unwrap(pattern), flags))


def _mod_fn(method):
    def f(pattern, string, *a, flags=0, **k):
        p = _compile(_unwrap(pattern), flags) if not isinstance(pattern, P) else pattern._p
        if not R.on:
            return getattr(p, method)(string, *a, **k)
        t = _ptime()
        r = getattr(p, method)(string, *a, **k)
        if method == "finditer":
            r = list(r)
        _record(p, method, string, 0, MAXP, _ptime() - t, 3)
        return iter(r) if method == "finditer" else r
    return f


def _mod_sub(method):
    def f(pattern, repl, string, count=0, flags=0):
        p = _compile(_unwrap(pattern), flags) if not isinstance(pattern, P) else pattern._p
        if not R.on:
            return getattr(p, method)(repl, string, count)
        t = _ptime()
        r = getattr(p, method)(repl, string, count)
        _record(p, method, string, 0, MAXP, _ptime() - t, 3, extra=repl)
        return r
    return f


re.compile = compile_
for _m in ("search", "match", "fullmatch", "findall", "finditer", "split"):
    setattr(re, _m, _mod_fn(_m))
re.sub = _mod_sub("sub")
re.subn = _mod_sub("subn")

sys.path.insert(0, os.path.abspath(args.src))
import medgraph  # noqa: E402
assert medgraph.__file__.startswith(os.path.abspath(args.src)), medgraph.__file__
import medgraph.textutil as tu  # noqa: E402

for _name, _f in list(vars(tu).items()):
    if callable(_f) and getattr(_f, "__module__", "") == "medgraph.textutil" and not isinstance(_f, type):
        def _wrap(f=_f, name=_name):
            def w(*a, **k):
                if R.on:
                    TEXTUTIL[(name, _where(2)[0])] += 1
                return f(*a, **k)
            w.__wrapped__ = f
            return w
        setattr(tu, _name, _wrap())

from medgraph.catalog import load_catalog  # noqa: E402
from medgraph.documents import DocumentError, read_document  # noqa: E402
from medgraph.extract import extract  # noqa: E402

try:
    from medgraph.extract import bodies as _bodies
    _bf_find = _bodies.BodyFinder.find

    def _find(self, text, *a, **k):
        if R.on:
            BF["calls"] += 1
            BF["chars"] += len(text)
            if len(text) >= 0.9 * R.doclen:
                BF["whole"] += 1
            BF_CALLERS[":".join(_where(2))] += 1
        return _bf_find(self, text, *a, **k)
    _bodies.BodyFinder.find = _find
except (ImportError, AttributeError):
    pass


def _prof(frame, event, arg):
    if event != "c_call":
        return
    name = getattr(arg, "__name__", "")
    if name in ("splitlines", "split"):
        s = getattr(arg, "__self__", None)
        if isinstance(s, str) and len(s) >= 0.9 * R.doclen:
            SPLIT[(name, os.path.basename(frame.f_code.co_filename) + ":" + frame.f_code.co_name)] += 1
    elif name in ("iter", "iter_long"):
        s = getattr(arg, "__self__", None)
        if type(s).__name__ == "Automaton":
            AC[(name, os.path.basename(frame.f_code.co_filename) + ":" + frame.f_code.co_name)] += 1


cat = load_catalog()
files = sorted(Path(args.corpus).glob("*.txt"))
docs = []
for f in files:
    try:
        docs.append(read_document(f))
    except DocumentError:
        pass
if args.limit:
    docs = docs[:args.limit]
nd = len(docs)
total_chars = sum(len(d.normalized) for d in docs)
# the cost of the two clock reads around each call, subtracted from the regex times below
_cal = []
for _ in range(20000):
    t = _ptime(); _cal.append(_ptime() - t)
_cal.sort()
CLOCK_NS = _cal[len(_cal) // 2]
t0 = time.process_time()
for d in docs:
    R.doclen = max(1, len(d.normalized))
    R.seen = set()
    R.on = True
    sys.setprofile(_prof)
    try:
        extract(d, cat)
    finally:
        sys.setprofile(None)
        R.on = False
census_s = time.process_time() - t0


def per(x):
    return x / nd


out = []
pr = out.append
pr(f"(clock read pair {CLOCK_NS} ns, subtracted per call; FUNC redundant ns not adjusted)")
pr(f"census of {args.src} over {nd} documents, {total_chars / nd:.0f} normalized chars/doc; "
   f"instrumented run {census_s:.1f} CPU s")
tc, tch, trc, trch = sum(CALLS.values()), sum(CHARS.values()), sum(RED_CALLS.values()), sum(RED_CHARS.values())
for _c in (NS, RED_NS):
    pass
_adj = lambda ns, calls: max(0, ns - calls * CLOCK_NS)
for _m in list(NS):
    NS[_m] = _adj(NS[_m], CALLS[_m]); RED_NS[_m] = _adj(RED_NS[_m], RED_CALLS[_m])
for _k in list(FUNC_NS):
    FUNC_NS[_k] = _adj(FUNC_NS[_k], FUNC_CALLS[_k])
for _k, _r in PAT.items():
    _r[3] = _adj(_r[3], _r[0]); _r[4] = _adj(_r[4], _r[2])
tns, trns = sum(NS.values()), sum(RED_NS.values())
pr(f"\nregex calls/doc {per(tc):.0f}; chars searched/doc {per(tch):.0f} = {tch / total_chars:.1f}x the document; "
   f"redundant calls {100 * trc / tc:.1f}% ({per(trc):.0f}/doc), redundant chars {100 * trch / max(1, tch):.1f}%; "
   f"whole-text scans/doc {per(sum(WHOLE.values())):.1f} (redundant {per(sum(WHOLE_RED.values())):.1f}); "
   f"time inside regex (instrumented) {tns / 1e6 / nd:.3f} ms/doc, redundant {trns / 1e6 / nd:.3f} ms/doc")
pr("methods: " + ", ".join(f"{k} {per(v):.0f}" for k, v in METHOD.most_common()))
pr("\n| module | calls/doc | chars/doc | x doc | redundant calls | redundant chars | whole-text scans/doc (redundant) | regex ms/doc | redundant ms/doc |")
pr("|---|---|---|---|---|---|---|---|---|")
for m, c in CALLS.most_common():
    pr(f"| {m} | {per(c):.1f} | {per(CHARS[m]):.0f} | {CHARS[m] / total_chars:.2f} | {100 * RED_CALLS[m] / c:.0f}% | "
       f"{100 * RED_CHARS[m] / max(1, CHARS[m]):.0f}% | {per(WHOLE[m]):.2f} ({per(WHOLE_RED[m]):.2f}) | "
       f"{NS[m] / 1e6 / nd:.4f} | {RED_NS[m] / 1e6 / nd:.4f} |")


def pat_table(title, idx):
    pr(f"\n{title}\n\n| # | pattern | flags | calls/doc | chars/doc | redundant calls | ms/doc | callers |")
    pr("|---|---|---|---|---|---|---|---|")
    rows = sorted(PAT.items(), key=lambda kv: -kv[1][idx])[:args.top]
    for i, ((pat, fl), r) in enumerate(rows, 1):
        shown = pat.replace("|", "\\|").replace("\n", "\\n")
        pr(f"| {i} | `{shown}` | {fl} | {per(r[0]):.1f} | {per(r[1]):.0f} | {100 * r[2] / r[0]:.0f}% | "
           f"{r[3] / 1e6 / nd:.4f} | {', '.join(sorted(r[5]))} |")


pat_table(f"Top {args.top} patterns by characters searched", 1)
pat_table(f"Top {args.top} patterns by calls", 0)
pat_table(f"Top {args.top} patterns by time inside the regex engine", 3)
pr(f"\nTop functions (module:function) by regex calls/doc — chars/doc — regex ms/doc — redundant ms/doc")
for k, v in FUNC_CALLS.most_common(40):
    pr(f"  {per(v):7.1f}  {per(FUNC_CHARS[k]):8.0f}  {FUNC_NS[k] / 1e6 / nd:.4f}  {FUNC_RED_NS[k] / 1e6 / nd:.4f}  {k}")
pr("\ntextutil helpers: calls/doc by caller module")
for (h, m), v in sorted(TEXTUTIL.items(), key=lambda kv: -kv[1]):
    pr(f"  {per(v):7.2f}  {h} <- {m}")
pr(f"\nBodyFinder.find: {per(BF['calls']):.2f} calls/doc, {per(BF['chars']):.0f} chars/doc "
   f"({BF['chars'] / total_chars:.2f}x the document), whole-text calls/doc {per(BF['whole']):.2f}")
for k, v in BF_CALLERS.most_common():
    pr(f"  {per(v):6.2f}  {k}")
pr("\nwhole-text str.splitlines/split per doc, by caller")
for (m, w), v in sorted(SPLIT.items(), key=lambda kv: -kv[1]):
    pr(f"  {per(v):6.2f}  {m}  {w}")
pr(f"  total {per(sum(SPLIT.values())):.2f}/doc")
pr("\nAho-Corasick passes per doc, by caller")
for (m, w), v in sorted(AC.items(), key=lambda kv: -kv[1]):
    pr(f"  {per(v):6.2f}  {m}  {w}")
pr(f"  total {per(sum(AC.values())):.2f}/doc")
if args.replay:
    def replay(rows):
        best = 1e9
        for _ in range(3):
            t = time.process_time()
            for p, method, string, pos, endpos, repl, red, mod, whole in rows:
                if repl is not None:
                    getattr(p, method)(repl, string)
                elif method in ("split",):
                    p.split(string)
                elif method == "finditer":
                    for _m in p.finditer(string, pos, endpos):
                        pass
                else:
                    getattr(p, method)(string, pos, endpos)
            best = min(best, time.process_time() - t)
        return best
    def found_nothing(row):
        p, method, string, pos, endpos, repl, red, mod, whole = row
        if repl is not None:
            return getattr(p, method)(repl, string) in (string, (string, 0))
        if method == "split":
            return len(p.split(string)) == 1
        if method == "finditer":
            return next(iter(p.finditer(string, pos, endpos)), None) is None
        return not getattr(p, method)(string, pos, endpos)
    whole_rows = [r for r in LOG if r[8]]
    nothing = [r for r in whole_rows if found_nothing(r)]
    nothingt = replay(nothing)
    allt = replay(LOG)
    redt = replay([r for r in LOG if r[6]])
    wholet = replay([r for r in LOG if r[8]])
    pr(f"\nREPLAY (uninstrumented, best of 3): all {len(LOG) / nd:.0f} regex calls/doc cost {1e3 * allt / nd:.4f} ms/doc; "
       f"the redundant ones {1e3 * redt / nd:.4f} ms/doc; whole-text scans {1e3 * wholet / nd:.4f} ms/doc")
    pr(f"whole-text scans that found nothing: {len(nothing) / nd:.1f}/doc of {len(whole_rows) / nd:.1f}, "
       f"replay {1e3 * nothingt / nd:.4f} ms/doc")
    byp = defaultdict(list)
    for r in nothing:
        byp[(r[0].pattern, r[7])].append(r)
    costs = sorted(((replay(rows), k, len(rows)) for k, rows in byp.items()), reverse=True)[:15]
    pr("top whole-text scans that found nothing (ms/doc, scans/doc, module, pattern):")
    for c, (pat, m), n in costs:
        pr(f"  {1e3 * c / nd:.4f}  {n / nd:4.2f}  {m}  {pat[:110]!r}")
    pr("| module | replay ms/doc (all) | redundant ms/doc | whole-text ms/doc | whole-text finding nothing: scans/doc, ms/doc |")
    pr("|---|---|---|---|---|")
    for m, _c in CALLS.most_common():
        rows = [r for r in LOG if r[7] == m]
        pr(f"| {m} | {1e3 * replay(rows) / nd:.4f} | {1e3 * replay([r for r in rows if r[6]]) / nd:.4f} | "
           f"{1e3 * replay([r for r in rows if r[8]]) / nd:.4f} | "
           f"{sum(1 for r in nothing if r[7] == m) / nd:.1f}, {1e3 * replay([r for r in nothing if r[7] == m]) / nd:.4f} |")
print("\n".join(out))
if args.json:
    Path(args.json).write_text(json.dumps({
        "docs": nd, "chars_per_doc": total_chars / nd, "calls": CALLS, "chars": CHARS, "red_calls": RED_CALLS,
        "red_chars": RED_CHARS, "ns": NS, "red_ns": RED_NS, "whole": WHOLE, "whole_red": WHOLE_RED,
        "func_calls": FUNC_CALLS, "func_ns": FUNC_NS, "func_red_ns": FUNC_RED_NS,
        "patterns": [[p, fl, *r[:5], sorted(r[5])] for (p, fl), r in PAT.items()],
        "textutil": [[h, m, v] for (h, m), v in TEXTUTIL.items()], "bodyfinder": BF,
        "split": [[m, w, v] for (m, w), v in SPLIT.items()], "ac": [[m, w, v] for (m, w), v in AC.items()],
    }, ensure_ascii=False, indent=0))
