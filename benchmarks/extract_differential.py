"""Differential fuzzer: does a rewritten extraction give byte-identical output on inputs nobody has?

    python -m benchmarks.extract_differential --old /work/wt/s13start/src --new <checkout>/src \\
        --corpus /work/wt/devcorpus [--mutants 3000] [--seed 1] [--out DIR]
    python -m benchmarks.extract_differential --old OLD/src --new-ref spa      # git archive of a branch tip
    python -m benchmarks.extract_differential --old OLD/src --new NEW/src --replay FILE [FILE ...]

Mutant ``i`` of seed ``s`` is a pure function of (s, i, the corpus texts, the reference code): a
random corpus text (``*.txt`` of --corpus only) with 1-4 random mutations —
  text surgery: cuts, line deletion/duplication/swaps, splices of two texts, joined lines, blank
    lines, page-break and web-page debris, lines stretched/shrunk by a few characters, the text
    shifted by k characters, a line repeated many times, very long lines, near-empty texts,
    random Chinese noise, phrase salad, odd characters (zero-width, CR, BOM, NBSP ...);
  spelling: full-width <-> ASCII punctuation and digits, numbering-style swaps (一、 <-> 1. <->
    （一） <-> 第一条 <-> ① ...), simplified <-> traditional (OpenCC s2t/s2tw/s2hk/t2s), spaces
    inside names, years and Chinese-numeral dates, blocks of 400 consecutive code points over
    every CJK range (charsweep);
  document pieces: owner annotations (12 shapes) on numbered lines, signature blocks, document
    numbers, titles, addressees, attachments, cc lines, whole synthetic documents, tables
    (markdown, tabs, blanks, one cell per line, glued cells) with random column sets;
  the reference code's own vocabulary: a rule's alternative replaced by another (通知 -> 规则),
    rule words inserted, and strings drawn from its ~600 compiled regexes (regex_sample);
sometimes encoded as GB18030/GBK/Big5, as HTML (block tags, tables, site chrome) or DOCX (Word
list numbering, tables), named .md, or extracted with a ``jurisdiction``. Every 12th mutant is a
twin of the one before it (same length with a few characters changed, extended, or a prefix),
extracted right after it in the same process: memos keyed too loosely show there.

Each mutant is read and extracted in two persistent worker processes, one importing medgraph
from --old, one from --new (documents go over stdin/stdout, one JSON line each). The worker
builds the Document with ``medgraph.documents.read_bytes(data, name)`` (what ``read_document``
does after reading the file) and dumps it the way benchmarks/extract_snapshot.py does: the
Document's fields, then ``extract(doc, catalog).model_dump(mode="json")``, keys sorted. An
exception (while reading or extracting) is dumped as its stage, type and message, so an
exception on one side only, or a different one, is a difference. The two dumps are compared as
strings.

A difference is re-checked in a fresh pair of workers (a difference that needs the preceding
documents in the same process is reported as state-dependent: a memo keyed too loosely), then
minimised (delete line chunks, then character chunks, while the dumps still differ in the same
places; capped in time), and reported: mutant number, mutations, the differing keys/values, the
minimised text. With --out every difference's mutant, minimised text and both dumps are saved.
Mutants one side takes far longer on (or times out on) are listed separately: not a difference in
output, but worth knowing in a speed session; so are exceptions both sides raise (pre-existing bugs).
The old and new workers run with different PYTHONHASHSEED (0 and 1), so output that depends on the
iteration order of str sets shows as a difference (a finding says whether old or new is to blame).

Not covered: PDF input, inputs over 250k characters, catalogs other than the checkout's, the
pipeline/store/API around extract(), and shapes of text neither the corpus, the piece generators
nor the reference code's regexes suggest.
"""

from __future__ import annotations

import argparse
import base64
import difflib
import hashlib
import json
import os
import random
import re
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

PY = sys.executable

# --------------------------------------------------------------------------- the worker

WORKER_SRC = r'''
import json, os, sys, time, base64, traceback
src = os.path.realpath(sys.argv[1])
sys.path.insert(0, src)
proto = os.fdopen(os.dup(1), "w", encoding="utf-8")
os.dup2(2, 1)                     # stray prints of the code under test must not break the protocol
sys.stdout = sys.stderr
import medgraph
if not os.path.realpath(medgraph.__file__).startswith(src + os.sep):
    raise SystemExit(f"medgraph imported from {medgraph.__file__}, not from {src}")
from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract
cat = load_catalog()
try:   # warm up (OpenCC, automata) so the first mutant's CPU time means something
    extract(read_bytes("北京市试点措施\n（一）一是\n".encode(), "warm.txt"), cat)
except Exception:
    pass
proto.write(json.dumps({"ready": medgraph.__file__}) + "\n"); proto.flush()

def _err(stage, e):
    return json.dumps({"stage": stage, "error": type(e).__module__ + "." + type(e).__qualname__,
                       "message": str(e)[:2000]}, ensure_ascii=False, sort_keys=True)

for line in sys.stdin:
    req = json.loads(line)
    data = base64.b64decode(req["data"])
    c0 = time.process_time()
    tb = ""
    try:
        doc = read_bytes(data, req["name"])
    except Exception as e:
        dump, status = _err("read", e), "read_error"
    else:
        try:
            ex = extract(doc, cat, req.get("jurisdiction")) if req.get("jurisdiction") else extract(doc, cat)
            rec = {"doc": {"id": doc.id, "path": doc.path, "sha256": doc.sha256, "encoding": doc.encoding,
                           "format": doc.format, "original": doc.original, "normalized": doc.normalized,
                           "spans": [list(s) for s in doc.spans]},
                   "extraction": ex.model_dump(mode="json")}
            dump, status = json.dumps(rec, ensure_ascii=False, sort_keys=True), "ok"
        except Exception as e:
            dump, status = _err("extract", e), "error"
            tb = "".join(traceback.format_exception(type(e), e, e.__traceback__)[-3:])[-1500:]
    cpu = time.process_time() - c0
    proto.write(json.dumps({"i": req["i"], "status": status, "cpu": cpu, "tb": tb}) + "\n")
    proto.write(dump.replace("\n", "\\n") + "\n")   # json.dumps never emits a raw newline; be sure
    proto.flush()
'''


class WorkerTimeout(Exception):
    pass


class Worker:
    """One persistent extraction process importing medgraph from ``src``."""

    def __init__(self, src: Path, label: str, timeout: float, log_dir: Path, hash_seed: str = "0"):
        self.src, self.label, self.timeout, self.log_dir = Path(src), label, timeout, log_dir
        self.hash_seed = hash_seed
        self.proc: subprocess.Popen | None = None
        self.buf = b""
        self.restarts = 0
        self.where = ""

    def start(self) -> None:
        env = dict(os.environ, PYTHONPATH=str(self.src), PYTHONHASHSEED=self.hash_seed)
        log = open(self.log_dir / f"worker-{self.label}.log", "ab")
        self.proc = subprocess.Popen([PY, "-c", WORKER_SRC, str(self.src)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=log, env=env, cwd=str(self.log_dir))
        log.close()
        self.buf = b""
        hello = self._readline(max(120.0, self.timeout))
        if hello is None:
            raise RuntimeError(f"worker {self.label} ({self.src}) died while starting: see {self.log_dir}/worker-{self.label}.log")
        self.where = json.loads(hello)["ready"]

    def stop(self) -> None:
        if self.proc is not None:
            try:
                self.proc.stdin.close()
            except Exception:
                pass
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None

    def _readline(self, timeout: float) -> bytes | None:
        fd = self.proc.stdout.fileno()
        deadline = time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise WorkerTimeout()
            r, _, _ = select.select([fd], [], [], left)
            if not r:
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return None
            self.buf += chunk
        line, _, self.buf = self.buf.partition(b"\n")
        return line

    def run(self, i: int, name: str, data: bytes, jurisdiction: str | None) -> tuple[dict, str]:
        """(header, dump) for one document; a timeout or a crash of the process is a result too."""
        if self.proc is None:
            self.start()
        req = {"i": i, "name": name, "data": base64.b64encode(data).decode(), "jurisdiction": jurisdiction}
        try:
            self.proc.stdin.write((json.dumps(req) + "\n").encode())
            self.proc.stdin.flush()
            head = self._readline(self.timeout)
            body = self._readline(self.timeout) if head is not None else None
        except WorkerTimeout:
            self.kill()
            self.restarts += 1
            return {"i": i, "status": "timeout", "cpu": self.timeout, "tb": ""}, json.dumps({"stage": "timeout"})
        except (BrokenPipeError, OSError):
            head = body = None
        if head is None or body is None:
            self.kill()
            self.restarts += 1
            return {"i": i, "status": "crash", "cpu": 0.0, "tb": ""}, json.dumps({"stage": "crash"})
        return json.loads(head), body.decode("utf-8")


class Pair:
    """An old and a new worker; ``run_many`` feeds both the same documents in parallel threads."""

    hash_seeds = ("0", "1")   # old, new: output that depends on set/dict order of str hashes shows as a difference

    def __init__(self, old: Path, new: Path, timeout: float, log_dir: Path, hash_seeds: tuple[str, str] | None = None):
        ho, hn = hash_seeds or Pair.hash_seeds
        self.old = Worker(old, "old", timeout, log_dir, ho)
        self.new = Worker(new, "new", timeout, log_dir, hn)

    def start(self) -> None:
        ts = [threading.Thread(target=w.start) for w in (self.old, self.new)]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        for w in (self.old, self.new):
            if w.proc is None or not w.where:
                raise RuntimeError(f"worker {w.label} did not start")

    def stop(self) -> None:
        self.old.stop()
        self.new.stop()

    def run_many(self, jobs, on_pair) -> None:
        """jobs: list of (i, name, data, jurisdiction). on_pair(i, old_result, new_result) is called
        (under a lock) as soon as both sides have answered document i."""
        lock = threading.Lock()
        pending: dict[int, tuple] = {}
        errors: list[BaseException] = []

        def drive(w: Worker, side: int) -> None:
            try:
                for i, name, data, jur in jobs:
                    res = w.run(i, name, data, jur)
                    with lock:
                        other = pending.pop(i, None)
                        if other is None:
                            pending[i] = (side, res)
                        else:
                            o, n = (res, other[1]) if side == 0 else (other[1], res)
                            on_pair(i, o, n)
            except BaseException as e:  # pragma: no cover - reported below
                errors.append(e)

        ts = [threading.Thread(target=drive, args=(self.old, 0)), threading.Thread(target=drive, args=(self.new, 1))]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        if errors:
            raise errors[0]

    def run_one(self, name: str, data: bytes, jurisdiction: str | None) -> tuple[tuple, tuple]:
        out = {}

        def one(w: Worker, k: str) -> None:
            out[k] = w.run(-1, name, data, jurisdiction)

        ts = [threading.Thread(target=one, args=(self.old, "o")), threading.Thread(target=one, args=(self.new, "n"))]
        for t in ts:
            t.start()
        for t in ts:
            t.join()
        return out["o"], out["n"]


# --------------------------------------------------------------------------- comparing dumps

def _short(v, n: int = 160) -> str:
    s = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False, sort_keys=True)
    return s if len(s) <= n else s[: n - 20] + f"…(+{len(s) - n + 20})" + s[-12:]


def _walk(a, b, path: str, out: list, limit: int) -> None:
    if len(out) >= limit or a == b:
        return
    if isinstance(a, dict) and isinstance(b, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a:
                out.append((f"{path}.{k}", "<absent>", _short(b[k])))
            elif k not in b:
                out.append((f"{path}.{k}", _short(a[k]), "<absent>"))
            else:
                _walk(a[k], b[k], f"{path}.{k}", out, limit)
            if len(out) >= limit:
                return
        return
    if isinstance(a, list) and isinstance(b, list):
        if len(a) == len(b):
            for k, (x, y) in enumerate(zip(a, b)):
                _walk(x, y, f"{path}[{k}]", out, limit)
                if len(out) >= limit:
                    return
            return
        sa = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in a]
        sb = [json.dumps(x, ensure_ascii=False, sort_keys=True) for x in b]
        out.append((f"{path}", f"len {len(a)}", f"len {len(b)}"))
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, sa, sb, autojunk=False).get_opcodes():
            if tag == "equal":
                continue
            if tag == "replace" and i2 - i1 == j2 - j1:
                for k in range(i2 - i1):
                    _walk(a[i1 + k], b[j1 + k], f"{path}[{i1 + k}]", out, limit)
            else:
                for k in range(i1, i2):
                    out.append((f"{path}[{k}]", _short(a[k]), "<absent>"))
                for k in range(j1, j2):
                    out.append((f"{path}[{k}→new]", "<absent>", _short(b[k])))
            if len(out) >= limit:
                return
        return
    if isinstance(a, str) and isinstance(b, str) and (len(a) > 120 or len(b) > 120):
        k = next((j for j, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
        out.append((f"{path}@{k}", _short(a[max(0, k - 30):k + 60]), _short(b[max(0, k - 30):k + 60])))
        return
    out.append((path, _short(a), _short(b)))


def diff_dumps(old: str, new: str, limit: int = 14) -> list[tuple[str, str, str]]:
    """[(path, old value, new value)] of the first differences between two dumps."""
    try:
        a, b = json.loads(old), json.loads(new)
    except ValueError:
        return [("<dump>", _short(old), _short(new))]
    out: list = []
    _walk(a, b, "", out, limit)
    return out or [("<dump>", "(equal as JSON but not as text)", "")]


_IDX = re.compile(r"\[\d+(?:→new)?\]|@\d+")


def signature(diffs: list[tuple[str, str, str]]) -> frozenset[str]:
    """What differs, without list positions: used to group differences and to keep a
    minimisation on the same difference."""
    return frozenset(_IDX.sub("[]", p) for p, _, _ in diffs)


def _same(o: tuple, n: tuple) -> bool:
    return o[1] == n[1]


# --------------------------------------------------------------------------- mutations

CN_DIGITS = "零一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return str(n)


def parse_cn(s: str) -> int | None:
    vals = {c: i for i, c in enumerate(CN_DIGITS)}
    vals["〇"] = 0
    if not s:
        return None
    if "十" in s:
        a, _, b = s.partition("十")
        if (a and a not in vals) or (b and b not in vals):
            return None
        return (vals[a] if a else 1) * 10 + (vals[b] if b else 0)
    if len(s) == 1 and s in vals:
        return vals[s]
    return None


NUMBER_STYLES = {
    "cn、": lambda n: f"{cn_num(n)}、",
    "(cn)": lambda n: f"（{cn_num(n)}）",
    "(cn)ascii": lambda n: f"({cn_num(n)})",
    "d.": lambda n: f"{n}.",
    "d、": lambda n: f"{n}、",
    "d．": lambda n: f"{n}．",
    "(d)": lambda n: f"（{n}）",
    "(d)ascii": lambda n: f"({n})",
    "第cn条": lambda n: f"第{cn_num(n)}条 ",
    "第cn章": lambda n: f"第{cn_num(n)}章 ",
    "circled": lambda n: CIRCLED[n - 1] if 1 <= n <= 20 else f"{n}.",
    "d": lambda n: f"{n} ",
    "cn是": lambda n: f"{cn_num(n)}是",
    "#": lambda n: f"## {cn_num(n)}、",
}

NUMBER_MARK = re.compile(
    r"^([ \t\u3000]*)(?:第([一二三四五六七八九十]+)[条章节]\s*|([一二三四五六七八九十]+)、|[（(]([一二三四五六七八九十]+)[)）]"
    r"|(\d{1,2})[.、．](?!\d)|[（(](\d{1,2})[)）]|([①-⑳]))", re.M)

PUNCT_PAIRS = [("（", "("), ("）", ")"), ("：", ":"), ("，", ","), ("；", ";"), ("！", "!"), ("？", "?"),
               ("。", "."), ("、", ","), ("“", '"'), ("”", '"'), ("《", "<"), ("》", ">"), ("【", "["),
               ("】", "]"), ("〔", "["), ("〕", "]"), ("\u3000", " "), ("－", "-"), ("—", "-"), ("％", "%"),
               ("〔", "（"), ("〕", "）"), ("［", "["), ("］", "]"), ("「", "“"), ("」", "”")]
PUNCT_PAIRS += [(chr(0xFF10 + d), str(d)) for d in range(10)]
PUNCT_PAIRS += [(chr(0xFF21 + k), chr(0x41 + k)) for k in range(26)]

NAME_LIKE = re.compile(r"[\u4e00-\u9fff]{2,14}?(?:人民政府|办公厅|办公室|委员会|管委会|领导小组|局|厅|委|部|署|院|中心|政府|办)")

ODD_CHARS = ["\u200b", "\ufeff", "\u00ad", "\xa0", "\u3000", "\t", "\r", "\r\n", "\f", "|", "｜", "·", "…", "——",
             "《", "》", "〔", "〕", "（", "）", "(", ")", "【", "】", "“", "”", "：", ":", "；", "。", "、", " ", "\n",
             "\n\n", "１", "２０２４", "年", "月", "日", "号", "第", "条", "附件", "局", "委", "市", "省", "县", "区",
             "\u2028", "\x00", "\x0b", "\ue000", "𠀀", "ǎ", "é", "A", "z", "#", "*", ">", "-", "—", "－", "/"]

PAGE_DEBRIS = ["- {n} -", "— {n} —", "—{n}—", "-{n}-", "第{n}页", "第 {n} 页 共 {m} 页", "{n}", "{n}/{m}",
               "第{n}页/共{m}页", "\f", "－{n}－", "- {n} -\n{title}", "{title}\n- {n} -", "北京市人民政府公报",
               "国务院公报", "{title}", "·{n}·", "Page {n}", "（第{n}页）"]

WEB_DEBRIS = ["首页 > 政务公开 > 通知公告", "首页>信息公开>政策文件", "当前位置：首页 » 政策法规", "发布日期：2023-05-06 浏览次数：123",
              "来源：市政府办公室 发布时间：2022年3月1日", "【字体：大 中 小】 打印本页 关闭窗口", "分享到：", "扫一扫在手机打开当前页",
              "索 引 号：11110000000012345A/2023-00012", "发文机关：市人民政府办公厅", "成文日期：2023年01月05日", "主题分类：卫生、体育",
              "信息来源：国家卫生健康委员会", "Guānyú yìnfā de tōngzhī", "jiǎng lì", "相关链接", "附件下载：", "上一篇：", "下一篇：",
              "作者：佚名 点击：56", "【关闭】【打印】", "（此件公开发布）", "抄送：市委各部门，市人大常委会办公厅。",
              "市人民政府办公室 2021年6月8日印发", "主办：北京市朝阳区人民政府", "联系电话：010-12345678",
              "政策解读", "图解", "附件1", "附件：1.任务分工表", "附件", "责任单位", "牵头单位", "配合单位", "完成时限"]

JURISDICTIONS = ["上海市", "广东省", "国家", "北京市", "厦门市", "安徽省", "天津", "广西壮族自治区", "十堰市", "湖北省", "深圳市",
                 "成都", "全国", "北京市朝阳区"]   # the last is refused (UnknownJurisdiction): on both sides alike


@dataclass
class Corpus:
    names: list[str]
    texts: list[str]
    phrases: list[str] = field(default_factory=list)
    chars: str = ""
    names_found: list[str] = field(default_factory=list)
    catalog: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    groups: list[tuple[str, ...]] = field(default_factory=list)
    patterns: list = field(default_factory=list)


def load_corpus(path: Path, catalog: Path | None = None, src: Path | None = None) -> Corpus:
    files = sorted(p for p in Path(path).glob("*.txt"))
    if not files:
        raise SystemExit(f"no *.txt in {path}")
    texts = [p.read_text(encoding="utf-8") for p in files]
    c = Corpus([p.stem for p in files], texts)
    phrases, names = set(), set()
    for t in texts:
        for ph in re.split(r"[，。；：！？、\n]", t):
            ph = ph.strip()
            if 2 <= len(ph) <= 30:
                phrases.add(ph)
        names.update(m.group(0) for m in NAME_LIKE.finditer(t))
    c.phrases = sorted(phrases)
    c.names_found = sorted(names)
    rng = random.Random(0)
    allt = "".join(texts)
    c.chars = "".join(rng.choice(allt) for _ in range(20000))   # chars with the corpus' frequencies
    c.catalog = _catalog_names(catalog)
    c.keywords, c.groups = load_keywords(src)
    c.patterns = load_patterns(src)
    _CORPUS_CHARS[:] = [ch for ch in c.chars if "\u4e00" <= ch <= "\u9fa5"]
    return c


_OPENCC: dict[str, object] = {}


def opencc_convert(cfg: str, text: str) -> str:
    import opencc

    if cfg not in _OPENCC:
        _OPENCC[cfg] = opencc.OpenCC(cfg)
    return _OPENCC[cfg].convert(text)


def _lines(t: str) -> list[str]:
    return t.split("\n")


def _span(rng: random.Random, n: int, maxlen: int = 6) -> tuple[int, int]:
    if n <= 0:
        return 0, 0
    a = rng.randrange(n)
    return a, min(n, a + rng.randint(1, maxlen))


def _title(t: str) -> str:
    for ln in _lines(t)[1:12]:
        s = ln.strip()
        if 6 <= len(s) <= 60 and not s.startswith("来源"):
            return s
    return "关于印发实施方案的通知"


def m_cut_start(rng, t, c):
    k = rng.randrange(len(t) + 1) if rng.random() < 0.5 else (t.find("\n", rng.randrange(len(t) + 1)) + 1)
    return t[k:], f"cut_start@{k}"


def m_cut_end(rng, t, c):
    k = rng.randrange(len(t) + 1) if rng.random() < 0.5 else max(0, t.find("\n", rng.randrange(len(t) + 1)))
    return t[:k], f"cut_end@{k}"


def m_delete_lines(rng, t, c):
    ls = _lines(t)
    a, b = _span(rng, len(ls), rng.choice([1, 1, 3, 10, 40]))
    return "\n".join(ls[:a] + ls[b:]), f"delete_lines[{a}:{b}]"


def m_dup_lines(rng, t, c):
    ls = _lines(t)
    a, b = _span(rng, len(ls), rng.choice([1, 1, 3, 10]))
    at = rng.randrange(len(ls) + 1)
    return "\n".join(ls[:at] + ls[a:b] + ls[at:]), f"dup_lines[{a}:{b}]@{at}"


def m_swap_lines(rng, t, c):
    ls = _lines(t)
    if len(ls) < 2:
        return t, "swap_lines(noop)"
    k = rng.choice([1, 1, 2, 5])
    for _ in range(k):
        i, j = rng.randrange(len(ls)), rng.randrange(len(ls))
        ls[i], ls[j] = ls[j], ls[i]
    return "\n".join(ls), f"swap_lines x{k}"


def m_splice(rng, t, c):
    j = rng.randrange(len(c.texts))
    o = c.texts[j]
    la, lb = _lines(t), _lines(o)
    a = rng.randint(0, min(len(la), 15))
    b = rng.randint(0, max(0, len(lb) - 1))
    return "\n".join(la[:a] + lb[b:]), f"splice(head {a} lines + {c.names[j]}[{b}:])"


def m_join_lines(rng, t, c):
    ls = _lines(t)
    a, b = _span(rng, len(ls), rng.choice([2, 3, 8, 30]))
    sep = rng.choice(["", "", " ", "\u3000", "。"])
    return "\n".join(ls[:a] + [sep.join(ls[a:b])] + ls[b:]), f"join_lines[{a}:{b}]{sep!r}"


def m_blank_lines(rng, t, c):
    ls = _lines(t)
    k = rng.randint(1, 8)
    for _ in range(k):
        ls.insert(rng.randrange(len(ls) + 1), rng.choice(["", "", " ", "\u3000", "\t", "\r"]))
    return "\n".join(ls), f"blank_lines x{k}"


def m_page_debris(rng, t, c):
    title = _title(t)
    k = rng.randint(1, 5)
    out = t
    for _ in range(k):
        n = rng.randint(1, 40)
        d = rng.choice(PAGE_DEBRIS).format(n=n, m=n + rng.randint(0, 9), title=title)
        pos = rng.randrange(len(out) + 1)
        if rng.random() < 0.6:   # at a line end
            q = out.find("\n", pos)
            pos = len(out) if q < 0 else q
        out = out[:pos] + rng.choice(["\n", "\n\n"]) + d + rng.choice(["\n", "\n\n"]) + out[pos:]
    return out, f"page_debris x{k}"


def m_punct(rng, t, c):
    pairs = rng.sample(PUNCT_PAIRS, rng.randint(1, 8))
    to_ascii = rng.random() < 0.6
    p = rng.choice([1.0, 1.0, 0.5, 0.1])
    table = {(a if to_ascii else b): (b if to_ascii else a) for a, b in pairs}
    ls = _lines(t)
    a, b = (0, len(ls)) if rng.random() < 0.6 else _span(rng, len(ls), 20)
    for k in range(a, b):
        ls[k] = "".join(table.get(ch, ch) if (ch in table and (p == 1.0 or rng.random() < p)) else ch for ch in ls[k])
    return "\n".join(ls), f"punct({'->ascii' if to_ascii else '->full'} {''.join(x for x, _ in pairs)} p={p} lines {a}:{b})"


def m_numbering(rng, t, c):
    marks = list(NUMBER_MARK.finditer(t))
    if not marks:
        return t, "numbering(none)"
    style = rng.choice(list(NUMBER_STYLES))
    everywhere = rng.random() < 0.5
    # only marks of one source style (say all 一、), or all of them
    kinds = {next(g for g in range(2, 8) if m.group(g)) for m in marks}
    kind = rng.choice(sorted(kinds))
    out, last = [], 0
    for m in marks:
        g = next(g for g in range(2, 8) if m.group(g))
        if not everywhere and g != kind:
            continue
        v = m.group(g)
        n = parse_cn(v) if g in (2, 3, 4) else (CIRCLED.index(v) + 1 if g == 7 else int(v))
        if not n:
            continue
        out.append(t[last:m.start()])
        out.append(m.group(1) + NUMBER_STYLES[style](n))
        last = m.end()
    out.append(t[last:])
    return "".join(out), f"numbering({'all' if everywhere else 'group' + str(kind)}->{style})"


def m_script(rng, t, c):
    cfg = rng.choice(["s2t", "s2t", "s2tw", "s2hk", "t2s", "s2twp"])
    ls = _lines(t)
    if rng.random() < 0.6:
        return opencc_convert(cfg, t), f"opencc({cfg})"
    a, b = _span(rng, len(ls), 15)
    ls[a:b] = _lines(opencc_convert(cfg, "\n".join(ls[a:b])))
    return "\n".join(ls), f"opencc({cfg} lines {a}:{b})"


def m_spaces_in_names(rng, t, c):
    ms = list(NAME_LIKE.finditer(t))
    if not ms:
        return t, "spaces_in_names(none)"
    k = rng.randint(1, min(6, len(ms)))
    chosen = sorted(rng.sample(ms, k), key=lambda m: -m.start())
    sp = rng.choice([" ", " ", "\u3000", "  ", "\t", "\xa0", "\u200b"])
    every = rng.random() < 0.25
    for m in chosen:
        s = m.group(0)
        if every:
            s2 = sp.join(s)
        else:
            j = rng.randint(1, len(s) - 1)
            s2 = s[:j] + sp + s[j:]
        t = t[:m.start()] + s2 + t[m.end():]
    return t, f"spaces_in_names x{k} {sp!r}{' every char' if every else ''}"


def m_repeat_line(rng, t, c):
    ls = _lines(t)
    i = rng.randrange(len(ls))
    n = rng.choice([10, 50, 200, 800])
    return "\n".join(ls[:i] + [ls[i]] * n + ls[i:]), f"repeat_line({i} x{n})"


def m_long_line(rng, t, c):
    ls = _lines(t)
    r = rng.random()
    if r < 0.35:
        return rng.choice(["", " ", "。"]).join(ls), "long_line(all joined)"
    if r < 0.7:
        i = rng.randrange(len(ls))
        n = rng.choice([20, 100, 400])
        ls[i] = ls[i] * n
        return "\n".join(ls), f"long_line(line {i} x{n} inline)"
    i = rng.randrange(len(ls) + 1)
    n = rng.choice([2000, 10000, 40000])
    j = rng.randrange(len(c.chars))
    ls.insert(i, (c.chars * 3)[j:j + n])
    return "\n".join(ls), f"long_line(noise {n} chars at {i})"


def m_empty(rng, t, c):
    t2 = rng.choice(["", " ", "\n", "\n\n\n", "\ufeff", "通知", "关于", "一、", "（一）\n（二）", "附件", "来源：", "\u3000\u3000",
                     "1.", "第一条", "市卫健委", "国务院", _title(t), _lines(t)[0], "\n".join(_lines(t)[:2]),
                     "\n".join(_lines(t)[:3]), rng.choice(c.phrases), rng.choice(c.names_found) if c.names_found else "局"])
    return t2, f"near_empty({_short(t2, 30)!r})"


def m_noise(rng, t, c):
    ls = _lines(t)
    k = rng.randint(1, 6)
    for _ in range(k):
        n = rng.choice([1, 3, 8, 30, 120])
        if rng.random() < 0.5:
            s = "".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(n))
        else:
            j = rng.randrange(len(c.chars))
            s = (c.chars * 2)[j:j + n]
        i = rng.randrange(len(ls) + 1) if ls else 0
        if rng.random() < 0.5 or not ls or i >= len(ls):
            ls.insert(i, s)
        else:
            p = rng.randint(0, len(ls[i]))
            ls[i] = ls[i][:p] + s + ls[i][p:]
    return "\n".join(ls), f"noise x{k}"


def m_noise_only(rng, t, c):
    n = rng.choice([5, 50, 500, 3000])
    j = rng.randrange(len(c.chars))
    s = (c.chars * 2)[j:j + n]
    if rng.random() < 0.5:
        s = "\n".join(s[k:k + rng.randint(5, 60)] for k in range(0, len(s), 40))
    return s, f"noise_only({n})"


def m_salad(rng, t, c):
    """Lines made of random corpus phrases and names: combinations no text has."""
    ls = _lines(t)
    k = rng.randint(1, 10)
    for _ in range(k):
        parts = [rng.choice(c.phrases) if rng.random() < 0.7 else rng.choice(c.names_found) for _ in range(rng.randint(1, 6))]
        s = "".join(p + rng.choice(["，", "、", "。", "；", "：", "", " "]) for p in parts)
        ls.insert(rng.randrange(len(ls) + 1), s)
    return "\n".join(ls), f"phrase_salad x{k}"


TABLE_COLUMNS = {"序号": "n", "重点任务": "task", "工作任务": "task", "主要内容": "task", "政策措施": "task", "任务": "task",
                 "具体措施": "task", "牵头单位": "owner", "责任单位": "owner", "配合单位": "owner", "协办单位": "owner",
                 "责任部门": "owner", "牵头部门": "owner", "参与单位": "owner", "责任主体": "owner", "完成时限": "date",
                 "时间节点": "date", "完成时间": "date", "责任领导": "person", "责任人": "person", "备注": "note", "项目": "task",
                 "内容": "task"}


def m_table(rng, t, c):
    """A block of lines rewritten as a table with random columns (owner, deadline, person, note
    columns in any order) in markdown, tab, blank-separated or one-cell-per-line layout."""
    ls = _lines(t)
    a, b = _span(rng, len(ls), rng.choice([2, 4, 8]))
    style = rng.choice(["md", "md", "md_full", "tabs", "spaces", "cells_per_line", "cells_per_line_spaced", "glued"])
    if style == "glued":   # cells run together on each line: 序号重点任务责任单位 / 1任务……。市卫健委2024年底
        cat = rng.random() < 0.3
        head = (["类别"] if cat else []) + ["序号", rng.choice(["重点任务", "工作任务", "任务", "主要内容", "具体措施"]),
                                           rng.choice(["牵头单位", "责任单位", "责任部门", "牵头部门"])] + rng.sample(["完成时限", "配合单位", ""], 1)
        out = ["".join(head)]
        for n, ln in enumerate(ls[a:b] or [rng.choice(c.phrases)], 1):
            body = (re.split(r"[。\n]", ln)[0] or rng.choice(c.phrases))[:rng.choice([10, 30, 80])]
            out.append(("其他" if cat and rng.random() < 0.8 else "") + f"{n}{body}。{a_name(rng, c)}"
                       + rng.choice(["", a_date(rng), a_name(rng, c), "、" + a_name(rng, c)]))
        return "\n".join(ls[:a] + out + ls[b:]), f"table(glued {''.join(head)} from lines {a}:{b})"
    labels = list(TABLE_COLUMNS)
    head = rng.sample(labels, rng.randint(2, 5))
    if rng.random() < 0.6 and "序号" in head:
        head.remove("序号")
        head.insert(0, "序号")
    rows = []
    for n, ln in enumerate(ls[a:b], 1):
        body = [x for x in re.split(r"[，、；。]", ln) if x.strip()] or [ln or rng.choice(c.phrases)]
        cells = []
        for h in head:
            kind = TABLE_COLUMNS[h]
            cells.append(str(n) if kind == "n" else body[0] if kind == "task" else
                         rng.choice([a_name(rng, c), a_name(rng, c) + "、" + a_name(rng, c), "各区政府", ""]) if kind == "owner" else
                         a_date(rng) if kind == "date" else rng.choice(["张三", "王副市长", "分管副区长", ""]) if kind == "person" else
                         rng.choice(["", "长期坚持", "持续推进", "新增"]))
        rows.append(cells)
    if style == "md":
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]
    elif style == "md_full":
        out = ["｜" + "｜".join(head) + "｜"] + ["｜" + "｜".join(r) + "｜" for r in rows]
    elif style == "tabs":
        out = ["\t".join(head)] + ["\t".join(r) for r in rows]
    elif style == "spaces":
        out = ["  ".join(head)] + [rng.choice(["  ", " ", "\u3000"]).join(r) for r in rows]
    elif style == "cells_per_line":
        out = head + [x for r in rows for x in r]
    else:
        out = [x for h in head for x in (h, "")] + [x for r in rows for cell in r for x in (cell, "")]
    return "\n".join(ls[:a] + out + ls[b:]), f"table({style} {'/'.join(head)} from lines {a}:{b})"


def m_web(rng, t, c):
    ls = _lines(t)
    k = rng.randint(1, 5)
    for _ in range(k):
        d = rng.choice(WEB_DEBRIS)
        i = rng.choice([0, 1, 2, rng.randrange(len(ls) + 1), len(ls)])
        ls.insert(min(i, len(ls)), d)
    return "\n".join(ls), f"web_debris x{k}"


def m_chars(rng, t, c):
    k = rng.randint(1, 12)
    out = t
    for _ in range(k):
        p = rng.randrange(len(out) + 1)
        r = rng.random()
        if r < 0.4 and out:
            out = out[:p] + out[p + rng.randint(1, 3):]
        elif r < 0.8:
            out = out[:p] + rng.choice(ODD_CHARS) + out[p:]
        else:
            q = rng.randrange(len(out) + 1)
            out = out[:p] + out[q:q + rng.randint(1, 12)] + out[p:]
    return out, f"chars x{k}"


def m_crlf(rng, t, c):
    r = rng.random()
    if r < 0.5:
        return t.replace("\n", "\r\n"), "crlf"
    if r < 0.7:
        return t.replace("\n", "\r"), "cr_only"
    return "\ufeff" + t, "bom"


def m_digits(rng, t, c):
    """Years and numbers: another year, Chinese-numeral dates, full-width digits."""
    r = rng.random()
    if r < 0.4:
        y = str(rng.randint(1990, 2035))
        return re.sub(r"20\d\d", lambda m: y if rng.random() < 0.5 else m.group(0), t), f"years->{y}"
    if r < 0.7:
        def cnd(m):
            return "".join("〇一二三四五六七八九"[int(d)] for d in m.group(1)) + "年"
        return re.sub(r"(\d{4})年", cnd, t), "cn_year_digits"
    return re.sub(r"\d", lambda m: chr(0xFF10 + int(m.group(0))) if rng.random() < 0.5 else m.group(0), t), "fullwidth_digits"



# pieces of official documents, from names built here and the catalog's names: combinations
# (owner annotations, signature blocks, document numbers, titles, addressees) the corpus lacks
PLACES = ["北京市", "上海市", "天津市", "重庆市", "广东省", "广州市", "深圳市", "浙江省", "杭州市", "江苏省", "苏州市", "安徽省",
          "合肥市", "湖北省", "武汉市", "十堰市", "四川省", "成都市", "厦门市", "福建省", "山东省", "聊城市", "海淀区", "朝阳区",
          "北京市大兴区", "浦东新区", "广州市增城区", "苍南县", "广西壮族自治区", "黔东南州", "雄安新区", "香港特别行政区", "市", "省",
          "区", "县", "州", ""]
ORGANS = ["人民政府", "人民政府办公厅", "人民政府办公室", "卫生健康委员会", "卫生健康委", "卫健委", "科学技术局", "科技局", "科技厅",
          "科学技术委员会", "发展和改革委员会", "发展改革委", "发改委", "财政局", "财政厅", "医疗保障局", "医保局", "药品监督管理局",
          "药监局", "市场监督管理局", "市场监管局", "经济和信息化局", "经信委", "工业和信息化局", "商务局", "教育局", "人力资源和社会保障局",
          "人力社保局", "规划和自然资源委员会", "生态环境局", "中医药管理局", "统计局", "税务局", "农业农村局", "知识产权局", "国资委",
          "金融监管局", "投资促进局", "管委会", "经济技术开发区管理委员会", "领导小组办公室", "联席会议办公室", "政府办", "党委宣传部",
          "公安局", "住房城乡建设委", "交通运输局", "文化和旅游局", "退役军人事务局", "应急管理局", "医疗保障局分局", "卫生健康委员会办公室"]
NATIONAL_ORGANS = ["国务院", "国务院办公厅", "国家卫生健康委", "国家卫生健康委员会", "国家药监局", "国家医保局", "国家发展改革委",
                   "工业和信息化部", "科技部", "财政部", "商务部", "国家中医药局", "国家中医药管理局", "国家市场监督管理总局", "海关总署",
                   "国家知识产权局", "教育部", "人力资源社会保障部", "中共中央办公厅", "全国人大常委会"]
TOPICS = ["支持医药健康产业发展若干措施", "促进生物医药产业高质量发展实施方案", "加快中医药传承创新发展的实施意见", "2023年卫生健康工作要点",
          "进一步深化医药卫生体制改革的意见", "医疗器械注册人制度试点工作方案", "创新药械临床应用管理办法", "重点任务分工方案",
          "“十四五”卫生健康发展规划", "公共卫生应急管理体系建设三年行动计划", "基层医疗卫生服务能力提升工程实施方案"]
KINDS = ["通知", "意见", "实施方案", "若干措施", "办法", "答复", "函", "批复", "决定", "公告", "通报", "规划", "工作要点", "解读"]
ABBRS = ["京政办发", "京政发", "沪府办", "沪府规", "粤府办", "国办发", "国发", "国卫医发", "京卫医", "浙政发", "黔东南府办发", "深府办规",
         "厦府", "鄂政办发", "川办发", "成办发", "皖政", "津政办规", "国中医药科技中医函", "沪科合", "渝府发", "苍政办"]


def _catalog_names(path: Path | None) -> list[str]:
    """Names and aliases of the catalog (graph/catalog.yaml), read as text."""
    if not path or not Path(path).exists():
        return []
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s*(?:- )?(?:name|aliases|short_aliases):\s*(.+)$", line)
        if m:
            v = m.group(1).strip()
            out.extend(x for x in v.strip("[]").split(",")) if v.startswith("[") else out.append(v)
    out = [x.strip().strip("'\"").strip() for x in out]
    return sorted({x for x in out if 2 <= len(x) <= 40 and re.search(r"[\u4e00-\u9fff]", x)})


def a_name(rng: random.Random, c: "Corpus") -> str:
    r = rng.random()
    if r < 0.45:
        return rng.choice(PLACES) + rng.choice(ORGANS)
    if r < 0.6:
        return rng.choice(NATIONAL_ORGANS)
    if r < 0.85 and c.catalog:
        return rng.choice(c.catalog)
    return rng.choice(c.names_found)[-rng.randint(3, 10):] if c.names_found else "市卫健委"


def a_date(rng: random.Random) -> str:
    y, mo, d = rng.randint(1998, 2030), rng.randint(1, 12), rng.randint(1, 31)
    r = rng.random()
    if r < 0.5:
        return f"{y}年{mo}月{d}日"
    if r < 0.65:
        return "".join("〇一二三四五六七八九"[int(x)] for x in str(y)) + f"年{cn_num(mo)}月{cn_num(d)}日"
    if r < 0.8:
        return f"{y}-{mo:02d}-{d:02d}"
    return rng.choice([f"{y}年{mo}月", f"{y}年{mo}月底前", f"{y}年底", f"{y}.{mo}.{d}", f"{y}年 {mo} 月 {d} 日"])


def a_docno(rng: random.Random) -> str:
    o, cl = rng.choice(["〔〕", "〔〕", "[]", "（）", "()", "【】", "［］"])
    sp = rng.choice(["", "", " "])
    abbr = rng.choice(ABBRS) if rng.random() < 0.7 else (
        "".join(rng.choice("京沪粤津渝浙苏皖鄂川国卫医药科技中发办政府规财人社市区县") for _ in range(rng.randint(1, 10)))
        + rng.choice(["发", "函", "字", "办发", "规", ""]))
    return f"{abbr}{sp}{o}{rng.randint(1998, 2030)}{cl}{sp}{rng.randint(1, 300)}号"


def a_owner(rng: random.Random, c: "Corpus") -> str:
    A, B, C = a_name(rng, c), a_name(rng, c), a_name(rng, c)
    return rng.choice([f"（牵头单位：{A}；配合单位：{B}、{C}）", f"（责任单位：{A}、{B}）", f"（{A}牵头，{B}、{C}配合）",
                       f"（{A}负责）", f"\n责任单位：{A}", f"由{A}牵头，{B}配合。", f"{A}、{B}按职责分工负责。",
                       f"（牵头单位：{A}，责任单位：各区人民政府）", f"(责任单位:{A};{B})", f"【牵头单位】{A} 【配合单位】{B}",
                       f"（{A}、{B}，{a_date(rng)}）", f"（责任单位：{A}；完成时限：{a_date(rng)}）", f"{A}会同{B}负责",
                       f"（{A}、{B}、各区政府按职责分工负责）", f"\n牵头单位：{A}\n配合单位：{B}、{C}", f"\t{A}\t{a_date(rng)}"])


def a_piece(rng: random.Random, c: "Corpus", kind: str | None = None) -> tuple[str, str]:
    A, B = a_name(rng, c), a_name(rng, c)
    kinds = {
        "signature": lambda: rng.choice([f"{A}\n{a_date(rng)}", f"{A}  {B}\n{a_date(rng)}", f"{A}\n{B}\n{a_date(rng)}",
                                         f"{A}\n（此件公开发布）\n{a_date(rng)}", f"{a_date(rng)}\n{A}", f"{A}\n{a_date(rng)}\n（此件主动公开）"]),
        "docno": lambda: rng.choice([a_docno(rng), f"{A}文件\n{a_docno(rng)}", f"{a_docno(rng)}\n", f"（{a_docno(rng)}）",
                                     f"来源：{A}{a_docno(rng)}", f"{A}{a_docno(rng)}", f"发布机构：{A}  {a_docno(rng)}",
                                     f"索引号：{rng.randint(10**8, 10**9)}/{rng.randint(2000, 2030)}-{rng.randint(1, 99999):05d}\n发文字号：{a_docno(rng)}"]),
        "title": lambda: rng.choice([f"关于印发《{rng.choice(PLACES)}{rng.choice(TOPICS)}》的通知", f"{rng.choice(PLACES)}{rng.choice(TOPICS)}",
                                     f"{A}关于{rng.choice(TOPICS)}的{rng.choice(KINDS)}", f"{A}关于印发{rng.choice(TOPICS)}的通知",
                                     f"{A} {B}关于转发《{rng.choice(TOPICS)}》的通知", f"关于{rng.choice(TOPICS)}的政策解读",
                                     f"对市政协十三届二次会议第{rng.randint(1, 999)}号提案的答复", f"《{rng.choice(TOPICS)}》解读"]),
        "addressee": lambda: rng.choice(["各区人民政府，市政府各委、办、局，各市属机构：", "各有关单位：", f"{A}、{B}：",
                                         "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：", f"{A}：", "各县（市、区）人民政府，州直各部门："]),
        "intro": lambda: rng.choice([f"现将《{rng.choice(TOPICS)}》印发给你们，请认真贯彻执行。", f"经{A}同意，现将有关事项通知如下：",
                                     f"为贯彻落实《{rng.choice(TOPICS)}》（{a_docno(rng)}），结合本市实际，制定本方案。",
                                     f"{A}：\n你单位《关于{rng.choice(TOPICS)}的请示》收悉。经研究，现批复如下："]),
        "attachment": lambda: rng.choice([f"附件：1.{rng.choice(TOPICS)}\n2.重点任务分工表", f"附件\n{rng.choice(TOPICS)}", "附件：",
                                          f"附件1\n{rng.choice(TOPICS)}", f"附件：{rng.choice(TOPICS)}.doc"]),
        "cc": lambda: rng.choice([f"抄送：{A}，{B}。", f"{A}办公室                {a_date(rng)}印发", f"抄送：{A}。\n{B}  {a_date(rng)}印发",
                                  f"（联系人：张三；联系电话：{rng.randint(10**7, 10**8)}）"]),
        "measure": lambda: f"{NUMBER_STYLES[rng.choice(list(NUMBER_STYLES))](rng.randint(1, 25))}{rng.choice(c.phrases)}。{rng.choice(c.phrases)}。"
                           + (a_owner(rng, c) if rng.random() < 0.7 else ""),
        "owner": lambda: a_owner(rng, c),
        "place": lambda: rng.choice([f"本市{rng.choice(c.phrases)}", f"{rng.choice(PLACES)}{rng.choice(c.phrases)}", f"在{rng.choice(PLACES)}设立{A}"]),
    }
    k = kind or rng.choice(list(kinds))
    return kinds[k](), k


def m_insert_piece(rng, t, c):
    ls = _lines(t)
    k = rng.randint(1, 4)
    what = []
    for _ in range(k):
        piece, kind = a_piece(rng, c)
        what.append(kind)
        if kind in ("owner",) or rng.random() < 0.25:   # glued to a line's end
            i = rng.randrange(len(ls))
            ls[i] = ls[i] + piece
        else:
            i = rng.choice([0, 1, 2, len(ls), len(ls) - 1, rng.randrange(len(ls) + 1)])
            ls[max(0, min(i, len(ls))):max(0, min(i, len(ls)))] = _lines(piece)
    return "\n".join(ls), f"insert_piece({','.join(what)})"


def m_owners_on_measures(rng, t, c):
    """Owner annotations at the end of numbered lines (the shape most owner rules read)."""
    marks = [m for m in NUMBER_MARK.finditer(t)]
    if not marks:
        return m_insert_piece(rng, t, c)
    ls = t.split("\n")
    starts = {t.count("\n", 0, m.start()) for m in marks}
    p = rng.choice([0.3, 0.7, 1.0])
    n = 0
    for i in sorted(starts):
        if rng.random() < p:
            ls[i] = ls[i] + a_owner(rng, c)
            n += 1
    return "\n".join(ls), f"owners_on_measures x{n}"


def m_synth(rng, t, c):
    """A whole document of official-document pieces (title, number, addressee, measures with owners,
    signature, attachment, cc) in a random order, with corpus phrases as the measures' bodies."""
    parts = []
    if rng.random() < 0.4:
        parts.append(f"来源：{a_name(rng, c)} http://www.example.gov.cn/{rng.randint(1, 99999)}.html")
    for kind in ("docno", "title", "addressee", "intro"):
        if rng.random() < 0.7:
            parts.append(a_piece_of(rng, c, kind))
    style = rng.choice(list(NUMBER_STYLES))
    for n in range(1, rng.randint(1, 14)):
        body = "".join(rng.choice(c.phrases) + rng.choice(["，", "。", "；"]) for _ in range(rng.randint(1, 4)))
        owner = a_owner(rng, c) if rng.random() < 0.6 else ""
        parts.append(f"{NUMBER_STYLES[style](n)}{body}{owner}")
        if rng.random() < 0.1:
            style = rng.choice(list(NUMBER_STYLES))
    for kind in ("signature", "attachment", "cc"):
        if rng.random() < 0.5:
            parts.append(a_piece_of(rng, c, kind))
    if rng.random() < 0.2:
        parts.insert(rng.randrange(len(parts) + 1), a_piece_of(rng, c, "signature"))
    return rng.choice(["\n", "\n", "\n\n"]).join(parts), f"synth({len(parts)} parts, style {style})"


def a_piece_of(rng, c, kind):
    return a_piece(rng, c, kind)[0]


def m_stretch(rng, t, c):
    """Lines a few characters longer or shorter; everything shifted by k characters (length and
    position thresholds: a line under N characters, a head of 3000)."""
    ls = _lines(t)
    r = rng.random()
    if r < 0.5:
        k = rng.randint(1, 6)
        for _ in range(k):
            i = rng.randrange(len(ls))
            d = rng.randint(1, 12)
            if rng.random() < 0.5 and len(ls[i]) > d:
                j = rng.randint(0, len(ls[i]) - d)
                ls[i] = ls[i][:j] + ls[i][j + d:]
            else:
                j = rng.randint(0, len(ls[i]))
                ls[i] = ls[i][:j] + (ls[i] * 2 + "的是在和")[:d] + ls[i][j:]
        return "\n".join(ls), f"stretch_lines x{k}"
    k = rng.choice([1, 2, 3, 5, 8, 13, 40, 100, 200, 500, 999, 1000, 1001, 1999, 2000, 2001, 2999, 3000, 3001, 5000])
    filler = (c.chars * 2)[rng.randrange(len(c.chars)):][:k]
    i = rng.choice([0, 1, rng.randrange(len(ls) + 1)])
    if rng.random() < 0.5:
        filler = "\n".join(filler[j:j + 40] for j in range(0, len(filler), 40))
    ls.insert(min(i, len(ls)), filler)
    return "\n".join(ls), f"shift({k} chars at line {i})"



def load_keywords(src: Path | None) -> tuple[list[str], list[list[str]]]:
    """The words the rules look for: Chinese runs inside the string literals (regexes, vocabularies)
    of the reference code's extraction modules; and per literal, the set of its runs (the
    alternatives of one rule: 通知|意见|规则 …)."""
    import ast
    import io
    import tokenize

    if not src:
        return [], []
    files = sorted((Path(src) / "medgraph" / "extract").glob("*.py"))
    files += [Path(src) / "medgraph" / f for f in ("textnorm.py", "textutil.py", "documents.py")]
    words: set[str] = set()
    groups: set[tuple[str, ...]] = set()
    for f in files:
        if not f.exists():
            continue
        try:
            toks = list(tokenize.generate_tokens(io.StringIO(f.read_text(encoding="utf-8")).readline))
        except (tokenize.TokenError, SyntaxError):
            continue
        for tok in toks:
            if tok.type != tokenize.STRING:
                continue
            try:
                v = ast.literal_eval(tok.string)
            except Exception:
                v = tok.string   # f-strings: their literal parts are what matter
            if not isinstance(v, str):
                continue
            runs = sorted(set(re.findall(r"[\u3400-\u9fff]{1,16}", v)))
            words.update(runs)
            if len(runs) >= 2:
                groups.add(tuple(runs))
    return sorted(words), sorted(groups)


def m_keyword_swap(rng, t, c):
    """A word of a rule's vocabulary, where the text has it, replaced by another word of the same
    rule (通知 -> 规则, 打印 -> 列印): every alternative tried in real contexts."""
    if not c.groups:
        return t, "keyword_swap(no keywords)"
    done = []
    for _ in range(rng.randint(1, 3)):
        for _ in range(30):
            g = rng.choice(c.groups)
            present = [w for w in g if len(w) >= 2 and w in t] or [w for w in g if w in t]
            if present:
                break
        else:
            continue
        w = rng.choice(present)
        r = rng.choice([x for x in g if x != w])
        if len(w) >= 2 and rng.random() < 0.5:
            t = t.replace(w, r)
            done.append(f"{w}->{r} all")
        else:
            starts = [m.start() for m in re.finditer(re.escape(w), t)]
            k = rng.choice(starts)
            t = t[:k] + r + t[k + len(w):]
            done.append(f"{w}->{r}@{k}")
    return t, f"keyword_swap({'; '.join(done) or 'none'})"


def m_keyword_insert(rng, t, c):
    """Words of the rules' vocabularies inserted where rules look: a title's end, a line's start,
    before a colon, inside a sentence."""
    if not c.keywords:
        return t, "keyword_insert(no keywords)"
    ls = _lines(t)
    what = []
    for _ in range(rng.randint(1, 5)):
        w = rng.choice(c.keywords) if rng.random() < 0.6 else "".join(rng.choice(c.keywords) for _ in range(2))
        i = rng.randrange(len(ls))
        r = rng.random()
        if r < 0.3:
            ls[i] = w + ls[i]
        elif r < 0.55:
            ls[i] = ls[i] + w
        elif r < 0.7:
            k = ls[i].find("：")
            k = k if k >= 0 else len(ls[i])
            ls[i] = ls[i][:k] + w + ls[i][k:]
        elif r < 0.85:
            k = rng.randint(0, len(ls[i]))
            ls[i] = ls[i][:k] + w + ls[i][k:]
        else:
            ls.insert(i, w)
        what.append(w)
    return "\n".join(ls), f"keyword_insert({','.join(what)})"



SWEEP_RANGES = [(0x3000, 0x303F), (0xFF00, 0xFFEF), (0x2000, 0x206F), (0x00A0, 0x024F), (0x2E80, 0x2FDF), (0x3100, 0x31BF),
                (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF), (0x2F800, 0x2FA1F)]
_SWEEP: list[str] = []


def m_charsweep(rng, t, c):
    """A block of 400 consecutive code points (CJK ideographs of every extension, compatibility
    ideographs, radicals, CJK and general punctuation, full-width forms, Latin-1): over many
    mutants every character meets the normalization (t2s, width) and the rules."""
    if not _SWEEP:
        _SWEEP.extend(chr(cp) for a, b in SWEEP_RANGES for cp in range(a, b + 1))
    k = rng.randrange(0, len(_SWEEP), 400)
    block = _SWEEP[k:k + 400]
    lines = ["".join(block[j:j + rng.choice([8, 40, 400])]) for j in range(0, len(block), 40)]
    ls = _lines(t)
    at = rng.randrange(len(ls) + 1)
    ls[at:at] = lines
    return "\n".join(ls), f"charsweep(U+{ord(block[0]):04X}..U+{ord(block[-1]):04X} at line {at})"


def twin_of(rng: random.Random, t: str, c: "Corpus") -> tuple[str, str]:
    """A text like the previous mutant's, extracted right after it in the same process: the same
    length with a few characters changed, the same text extended, or a prefix of it — what memos
    keyed by length, by object identity (ids are reused) or by "the last text was a prefix" get wrong."""
    kind = rng.choice(["same_length", "same_length", "same_length_keyword", "extend", "prefix"])
    if kind == "same_length" or kind == "same_length_keyword":
        if kind == "same_length_keyword" and c.groups:
            for _ in range(30):
                g = rng.choice(c.groups)
                pairs = [(w, x) for w in g if w in t for x in g if x != w and len(x) == len(w)]
                if pairs:
                    w, x = rng.choice(pairs)
                    k = rng.choice([m.start() for m in re.finditer(re.escape(w), t)])
                    return t[:k] + x + t[k + len(w):], f"same length: {w}->{x}@{k}"
        pos = [k for k, ch in enumerate(t) if "\u4e00" <= ch <= "\u9fff"]
        if not pos:
            return t + "。", "extend(。)"
        ks = sorted(rng.sample(pos, min(len(pos), rng.randint(1, 3))))
        out = list(t)
        for k in ks:
            out[k] = rng.choice(c.chars) if rng.random() < 0.7 else rng.choice("局委厅府部办室会市省区县号年月日条")
        return "".join(out), f"same length: chars at {ks}"
    if kind == "extend":
        add = rng.choice(["\n" + a_piece(rng, c)[0], a_owner(rng, c), "\n" + rng.choice(c.phrases), "。", "\n"])
        return t + add, f"extend(+{len(add)})"
    k = rng.randint(max(0, len(t) // 2), max(0, len(t) - 1)) if t else 0
    return t[:k], f"prefix({k} of {len(t)})"



PATTERNS_SRC = r"""
import json, re, sys, importlib, pkgutil
sys.path.insert(0, sys.argv[1])
import medgraph.extract as ex
names = ["medgraph.textnorm", "medgraph.textutil"] + ["medgraph.extract." + m.name for m in pkgutil.iter_modules(ex.__path__)]
out = set()
for n in names:
    try:
        mod = importlib.import_module(n)
    except Exception:
        continue
    for v in vars(mod).values():
        if isinstance(v, re.Pattern) and isinstance(v.pattern, str) and re.search(r"[\u3400-\u9fff]", v.pattern):
            out.add((v.pattern, v.flags))
print(json.dumps(sorted(out)))
"""


def load_patterns(src: Path | None) -> list:
    """The compiled regexes (module globals holding Chinese) of the reference code, read by
    importing it in a subprocess: each is a grammar to draw matching strings from."""
    import re._parser as sre_parse

    if not src:
        return []
    r = subprocess.run([PY, "-c", PATTERNS_SRC, str(src)], capture_output=True, text=True,
                       env=dict(os.environ, PYTHONPATH=str(src)))
    if r.returncode:
        return []
    out = []
    for pat, flags in json.loads(r.stdout):
        try:
            out.append(sre_parse.parse(pat, flags & ~re.UNICODE))
        except Exception:
            continue
    return out


def _sample(rng: random.Random, tree, groups: dict, depth: int = 0) -> str:
    """A random string the parsed regex ``tree`` (probably) matches: lookarounds and anchors are
    skipped, repeats kept short, classes drawn from their members."""
    import re._constants as K

    if depth > 40:
        return ""
    out = []
    for op, av in tree:
        if op is K.LITERAL:
            out.append(chr(av))
        elif op is K.NOT_LITERAL:
            out.append(rng.choice([x for x in "的市局委一1。，" if ord(x) != av]))
        elif op is K.ANY:
            out.append(rng.choice("的市局委一1 ，"))
        elif op is K.IN:
            out.append(_sample_in(rng, av))
        elif op is K.BRANCH:
            out.append(_sample(rng, rng.choice(av[1]), groups, depth + 1))
        elif op is K.SUBPATTERN:
            g, _, _, sub = av
            t = _sample(rng, sub, groups, depth + 1)
            if g:
                groups[g] = t
            out.append(t)
        elif op in (K.MAX_REPEAT, K.MIN_REPEAT, getattr(K, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            hi = min(hi, lo + rng.choice([0, 1, 2, 3, 6]))
            out.extend(_sample(rng, sub, groups, depth + 1) for _ in range(rng.randint(lo, max(lo, hi))))
        elif op is K.GROUPREF:
            out.append(groups.get(av, ""))
        elif op is getattr(K, "ATOMIC_GROUP", None):
            out.append(_sample(rng, av, groups, depth + 1))
        elif op is K.GROUPREF_EXISTS:
            _, yes, no = av
            out.append(_sample(rng, rng.choice([yes] + ([no] if no else [])), groups, depth + 1))
        # AT, ASSERT, ASSERT_NOT: nothing to emit
    return "".join(out)


_CORPUS_CHARS: list[str] = []


def _sample_in(rng: random.Random, items) -> str:
    import re._constants as K

    if items and items[0][0] is K.NEGATE:
        banned = set()
        for op, av in items[1:]:
            if op is K.LITERAL:
                banned.add(chr(av))
            elif op is K.RANGE:
                if av[1] - av[0] < 200:
                    banned.update(chr(x) for x in range(av[0], av[1] + 1))
        return rng.choice([x for x in "的市局委一十1。，年 " if x not in banned] or ["的"])
    op, av = rng.choice(items)
    if op is K.LITERAL:
        return chr(av)
    if op is K.RANGE:
        lo, hi = av
        if lo <= 0x4E00 and hi >= 0x9FA5 and _CORPUS_CHARS and rng.random() < 0.7:
            return rng.choice(_CORPUS_CHARS)   # a Chinese character as the texts use them
        return chr(rng.randint(lo, min(hi, lo + 400)) if hi - lo > 400 and rng.random() < 0.5 else rng.randint(lo, hi))
    if op is K.CATEGORY:
        return {K.CATEGORY_DIGIT: rng.choice("0123456789"), K.CATEGORY_SPACE: rng.choice(" \t\u3000"),
                K.CATEGORY_WORD: rng.choice("a1的市局")}.get(av, rng.choice("的市1"))
    return "的"


def m_regex_sample(rng, t, c):
    """Strings drawn from the reference code's own regexes (进京, 来京, 序号重点任务牵头单位 …),
    inserted where rules look: a line of their own, a line's start or end, inside a sentence."""
    if not c.patterns:
        return m_keyword_insert(rng, t, c)
    ls = _lines(t)
    what = []
    for _ in range(rng.randint(1, 4)):
        s = _sample(rng, rng.choice(c.patterns), {})[:300]
        if not s:
            continue
        i = rng.randrange(len(ls))
        r = rng.random()
        if r < 0.3:
            ls.insert(i, s)
        elif r < 0.55:
            ls[i] = s + ls[i]
        elif r < 0.8:
            ls[i] = ls[i] + s
        else:
            k = rng.randint(0, len(ls[i]))
            ls[i] = ls[i][:k] + s + ls[i][k:]
        what.append(_short(s, 40))
    return "\n".join(ls), f"regex_sample({' | '.join(what)})"


MUTATIONS = {
    "cut_start": (m_cut_start, 5), "cut_end": (m_cut_end, 6), "delete_lines": (m_delete_lines, 8),
    "dup_lines": (m_dup_lines, 6), "swap_lines": (m_swap_lines, 5), "splice": (m_splice, 6),
    "join_lines": (m_join_lines, 6), "blank_lines": (m_blank_lines, 4), "page_debris": (m_page_debris, 5),
    "punct": (m_punct, 8), "numbering": (m_numbering, 7), "opencc": (m_script, 5),
    "spaces_in_names": (m_spaces_in_names, 6), "repeat_line": (m_repeat_line, 2), "long_line": (m_long_line, 2),
    "near_empty": (m_empty, 1.5), "noise": (m_noise, 4), "noise_only": (m_noise_only, 0.5), "salad": (m_salad, 6),
    "table": (m_table, 5), "web": (m_web, 4), "chars": (m_chars, 7), "crlf": (m_crlf, 1.5), "digits": (m_digits, 3),
    "insert_piece": (m_insert_piece, 8), "owners_on_measures": (m_owners_on_measures, 5), "synth": (m_synth, 3),
    "stretch": (m_stretch, 6), "keyword_swap": (m_keyword_swap, 10), "keyword_insert": (m_keyword_insert, 8),
    "charsweep": (m_charsweep, 2), "regex_sample": (m_regex_sample, 10),
}
TWIN_EVERY = 12   # mutant i with i % TWIN_EVERY == TWIN_EVERY - 1 is a twin of mutant i - 1
MAX_CHARS = 250_000


@dataclass
class Mutant:
    i: int
    base: str
    ops: list[str]
    text: str
    name: str
    data: bytes
    jurisdiction: str | None = None
    container: str = "txt"

    def describe(self) -> str:
        extra = [f"as {self.container}"] if self.container != "txt" else []
        if self.jurisdiction:
            extra.append(f"jurisdiction={self.jurisdiction}")
        return f"{self.base}: " + " + ".join(self.ops) + (f" [{', '.join(extra)}]" if extra else "")


def _html(text: str, rng: random.Random) -> str:
    """The text as a web page: lines in random block tags (p, div, li, h1-h3, span + br), markdown
    table lines as <table> rows, site chrome (nav, footer, class="breadcrumb", script, style,
    comments), entities, sometimes inside <main>/<article>."""
    import html

    out, table = [], []

    def flush():
        if table:
            out.append("<table>" + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in table)
                       + "</table>")
            table.clear()

    for ln in _lines(text):
        st = ln.strip()
        if st.startswith(("|", "｜")):
            cells = [x.strip() for x in re.split(r"[|｜]", st)[1:-1]]
            if not all(set(x) <= set("-: ") for x in cells):
                table.append(cells)
            continue
        flush()
        if not st:
            out.append(rng.choice(["<br>", "<p>&nbsp;</p>", "", "<p></p>"]))
            continue
        e = html.escape(ln)
        if rng.random() < 0.1:
            e = e.replace(" ", "&nbsp;").replace("，", "&#65292;")
        tag = rng.choice(["p", "p", "p", "div", "li", "h2", "span", "td"])
        out.append(f"<span>{e}</span><br/>" if tag == "span" else f"<table><tr><td>{e}</td></tr></table>" if tag == "td"
                   else f"<{tag}>{e}</{tag}>")
    flush()
    body = "\n".join(out)
    if rng.random() < 0.3:
        body = f"<{rng.choice(['main', 'article'])}>{body}</main>".replace("</main>", "</main>" if "<main>" in body[:7] else "</article>")
    chrome = [f"<nav>首页 > 政务公开</nav>", "<div class=\"breadcrumb\">当前位置：首页 > 通知公告</div>",
              "<script>var x='关于印发的通知';</script>", "<style>p{color:red}</style>", "<!-- 注释 市卫健委 -->",
              "<footer>主办：北京市朝阳区人民政府</footer>", "<div id=\"footer\">版权所有 市人民政府办公室</div>",
              "<div class=\"share\">分享到：微信 微博</div>"]
    pre = "".join(rng.sample(chrome, rng.randint(0, 3)))
    post = "".join(rng.sample(chrome, rng.randint(0, 3)))
    title = html.escape(_title(text))
    return (f"<html><head><meta charset=\"utf-8\"><title>{title}</title></head><body>{pre}<div class=\"content\">"
            f"{body}</div>{post}</body></html>")


def _docx(text: str, rng: random.Random) -> bytes:
    """The text as a Word file: a heading, paragraphs, Word list numbering in place of some lines'
    own numbers (List Number styles), markdown table lines as a table; fixed zip timestamps."""
    import io

    import docx

    from benchmarks.extract_snapshot import _fixed_zip

    d = docx.Document()
    rows: list[list[str]] = []

    def flush():
        if rows:
            w = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=w)
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = cell
            rows.clear()

    first = True
    for ln in _lines(text):
        st = ln.strip()
        if st.startswith(("|", "｜")):
            cells = [x.strip() for x in re.split(r"[|｜]", st)[1:-1]]
            if cells and not all(set(x) <= set("-: ") for x in cells):
                rows.append(cells)
            continue
        flush()
        ln = "".join(ch for ch in ln if ch in "\t\n\r" or (ord(ch) >= 32 and ch not in "\ufffe\uffff" and not 0xD800 <= ord(ch) <= 0xDFFF))
        m = NUMBER_MARK.match(ln)
        if first and st:
            d.add_heading(ln, 1)
            first = False
        elif m and rng.random() < 0.6:
            d.add_paragraph(ln[m.end():], style=rng.choice(["List Number", "List Number 2", "List Bullet"]))
        else:
            d.add_paragraph(ln)
    flush()
    buf = io.BytesIO()
    d.save(buf)
    return _fixed_zip(buf.getvalue())


def encode(text: str, container: str, rng: random.Random) -> tuple[bytes, str]:
    """(bytes, container actually used): GB18030 / Big5 only when the text encodes exactly."""
    if container == "html":
        return _html(text, rng).encode("utf-8"), "html"
    if container == "docx":
        try:
            return _docx(text, rng), "docx"
        except Exception:   # python-docx refuses some characters: fall back to text
            pass
    if container in ("gb18030", "gbk", "big5"):
        try:
            return text.encode(container), container
        except UnicodeEncodeError:
            pass
    if container == "md":
        return text.encode("utf-8"), "md"
    return text.encode("utf-8"), "txt"


def make_mutant(c: Corpus, seed: int, i: int, only: list[str] | None = None, twins: bool = True) -> Mutant:
    if twins and i % TWIN_EVERY == TWIN_EVERY - 1:
        prev = make_mutant(c, seed, i - 1, only, twins)
        rng = random.Random(f"extract-differential:twin:{seed}:{i}")
        text, what = twin_of(rng, prev.text, c)
        data, container = encode(text, prev.container if prev.container in ("txt", "md") else "txt", rng)
        name = prev.name if container == prev.container else prev.base + ".txt"
        return Mutant(i, prev.base, prev.ops + [f"twin of mutant {i - 1}: {what}"], text, name, data,
                      prev.jurisdiction, container)
    rng = random.Random(f"extract-differential:{seed}:{i}")
    j = rng.randrange(len(c.texts))
    text = c.texts[j]
    names = only or list(MUTATIONS)
    weights = [MUTATIONS[n][1] for n in names]
    ops = []
    for _ in range(rng.choice([1, 1, 2, 2, 2, 3, 4])):
        op = rng.choices(names, weights)[0]
        try:
            text, what = MUTATIONS[op][0](rng, text, c)
        except (ValueError, IndexError) as e:   # an operator with nothing to work on
            what = f"{op}(skipped: {type(e).__name__})"
        ops.append(what)
        if len(text) > MAX_CHARS:
            text = text[:MAX_CHARS]
            ops.append(f"truncated to {MAX_CHARS}")
    r = rng.random()
    container = ("html" if r < 0.05 else "gb18030" if r < 0.09 else "big5" if r < 0.11 else "md" if r < 0.13 else
                 "gbk" if r < 0.14 else "docx" if r < 0.16 else "txt")
    data, container = encode(text, container, rng)
    suffix = {"html": ".html", "md": ".md", "docx": ".docx"}.get(container, ".txt")
    jur = rng.choice(JURISDICTIONS) if rng.random() < 0.08 else None
    return Mutant(i, c.names[j], ops, text, c.names[j] + suffix, data, jur, container)


# --------------------------------------------------------------------------- minimising

def _ddmin(items: list[str], differs, deadline: float, joiner: str) -> list[str]:
    """Delta debugging: the shortest sublist (1-minimal by chunk deletion) on which ``differs``
    still holds, within the deadline."""
    n = 2
    while len(items) >= 2 and time.monotonic() < deadline:
        size = max(1, len(items) // n)
        removed = False
        k = 0
        while k < len(items) and time.monotonic() < deadline:
            cand = items[:k] + items[k + size:]
            if cand and differs(joiner.join(cand)):
                items = cand
                removed = True
                n = max(n - 1, 2)
            else:
                k += size
        if not removed:
            if size == 1:
                break
            n = min(len(items), n * 2)
    return items


def minimise(pair: Pair, m: Mutant, sig: frozenset[str], seconds: float) -> tuple[str, int]:
    """The smallest text (lines, then characters) on which old and new still differ in (some
    of) the same places; plus the number of candidates tried."""
    tried = [0]

    def differs(text: str) -> bool:
        tried[0] += 1
        data, _ = encode(text, m.container, random.Random(m.i))   # the same layout (html, docx) for the same text
        if not data.strip():
            return False
        o, n = pair.run_one(m.name, data, m.jurisdiction)
        if _same(o, n):
            return False
        return bool(signature(diff_dumps(o[1], n[1])) & sig)

    deadline = time.monotonic() + seconds
    lines = _ddmin(m.text.split("\n"), differs, deadline, "\n")
    text = "\n".join(lines)
    chars = _ddmin(list(text), differs, deadline, "")
    return "".join(chars), tried[0]


# --------------------------------------------------------------------------- driver

@dataclass
class Finding:
    mutant: Mutant
    old: tuple
    new: tuple
    diffs: list
    sig: frozenset
    reproduced: bool | None = None
    minimised: str | None = None
    min_old: tuple | None = None
    min_new: tuple | None = None
    min_diffs: list | None = None
    tried: int = 0
    history: str = ""
    hash_order: str = ""


def history_needed(old_src: Path, new_src: Path, a, logs: Path, mutants: list, k: int) -> str:
    """A difference fresh processes do not show: how many of the preceding mutants, extracted
    first in the same processes, bring it back."""
    target = mutants[k].i
    for w in (1, 10, 100, 1000, k):
        if w > k and w != k:
            continue
        pair = Pair(old_src, new_src, a.timeout, logs)
        pair.start()
        res = {}
        jobs = [(m.i, m.name, m.data, m.jurisdiction) for m in mutants[k - w:k + 1]]
        pair.run_many(jobs, lambda i, o, n: res.__setitem__(i, _same(o, n)) if i == target else None)
        pair.stop()
        if res.get(target) is False:
            return f"reappears after mutants {mutants[k - w].i}..{mutants[k - 1].i} ({w}) in the same processes"
        if w == k:
            break
    return "not reproduced even after replaying every preceding mutant (timing? a worker restart?)"


def export_ref(repo: str, ref: str) -> Path:
    """``git archive`` of ``ref``'s src/ and graph/ into /tmp/spz_<ref>_<hash>; returns its src."""
    h = subprocess.run(["git", "-C", repo, "rev-parse", "--short=9", ref], capture_output=True, text=True,
                       check=True).stdout.strip()
    dest = Path(tempfile.gettempdir()) / f"spz_{ref.replace('/', '_')}_{h}"
    if not (dest / "src" / "medgraph").is_dir():
        tmp = Path(tempfile.mkdtemp(prefix=dest.name + ".", dir=dest.parent))
        arch = subprocess.run(["git", "-C", repo, "archive", h, "src", "graph"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(tmp)], input=arch, check=True)
        if dest.exists():
            shutil.rmtree(tmp)
        else:
            tmp.rename(dest)
    return dest / "src"


def _fmt_diffs(diffs, indent: str = "    ") -> str:
    return "\n".join(f"{indent}{p}: old={o} | new={n}" for p, o, n in diffs)


def run(a) -> dict:
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="extract_differential."))
    out.mkdir(parents=True, exist_ok=True)
    logs = out / "logs"
    logs.mkdir(exist_ok=True)
    new_src = export_ref(a.repo, a.new_ref) if a.new_ref else Path(a.new)
    old_src = export_ref(a.repo, a.old_ref) if a.old_ref else Path(a.old)
    t0 = time.monotonic()
    pair = Pair(old_src, new_src, a.timeout, logs)
    pair.start()
    t_start = time.monotonic() - t0
    print(f"old: {pair.old.where}\nnew: {pair.new.where}", flush=True)

    if a.replay:
        mutants = []
        for k, f in enumerate(a.replay):
            text = Path(f).read_text(encoding="utf-8")
            data, cont = encode(text, a.container, random.Random(a.layout_seed))
            name = a.name or (Path(f).stem + {"html": ".html", "md": ".md", "docx": ".docx"}.get(cont, ".txt"))
            mutants.append(Mutant(k, Path(f).name, ["replay"], text, name, data, a.jurisdiction, cont))
    else:
        corpus = load_corpus(Path(a.corpus), old_src.parent / "graph" / "catalog.yaml", old_src)
        only = a.only.split(",") if a.only else None
        mutants = [make_mutant(corpus, a.seed, i, only, not a.no_twins) for i in range(a.start, a.start + a.mutants)]
    t_gen = time.monotonic() - t0 - t_start

    findings: list[Finding] = []
    stats = {"ok_both": 0, "read_error_both": 0, "error_both": 0, "timeouts": 0, "crashes": 0}
    cpu = {"old": 0.0, "new": 0.0}
    slow: list[tuple] = []
    timeouts: list[tuple] = []
    slowest: list[tuple] = []
    both_raise: dict[str, list[int]] = {}
    by_i = {m.i: m for m in mutants}
    done = [0]

    def on_pair(i, o, n):
        done[0] += 1
        ho, hn = o[0], n[0]
        cpu["old"] += ho["cpu"]
        cpu["new"] += hn["cpu"]
        if "timeout" in (ho["status"], hn["status"]):
            stats["timeouts"] += 1
        if "crash" in (ho["status"], hn["status"]):
            stats["crashes"] += 1
        if ho["status"] == hn["status"] and ho["status"] in ("ok", "read_error", "error"):
            stats[f"{ho['status']}_both"] += 1
            if ho["status"] == "error" and "UnknownJurisdiction" not in o[1]:
                both_raise.setdefault(o[1], []).append(i)
        slowest.append((ho["cpu"], hn["cpu"], i))
        if len(slowest) > 50:
            slowest.sort(reverse=True)
            del slowest[10:]
        if max(ho["cpu"], hn["cpu"]) > 0.05 and (hn["cpu"] > 3 * ho["cpu"] or ho["cpu"] > 3 * hn["cpu"]):
            slow.append((i, ho["cpu"], hn["cpu"]))
        if "timeout" in (ho["status"], hn["status"]):
            timeouts.append((i, ho["status"], hn["status"]))
        elif not _same(o, n):
            d = diff_dumps(o[1], n[1])
            findings.append(Finding(by_i[i], o, n, d, signature(d)))
        if done[0] % 500 == 0:
            print(f"  {done[0]}/{len(mutants)} compared, {len(findings)} differences, "
                  f"{time.monotonic() - t0:.0f}s", flush=True)

    t1 = time.monotonic()
    jobs = [(m.i, m.name, m.data, m.jurisdiction) for m in mutants]
    pair.run_many(jobs, on_pair)
    t_run = time.monotonic() - t1
    pair.stop()
    findings.sort(key=lambda f: f.mutant.i)

    # re-check in fresh workers, then minimise a few per kind of difference
    per_sig: dict[frozenset, int] = {}
    n_min = 0
    pos = {m.i: k for k, m in enumerate(mutants)}
    for f in findings:
        if per_sig.get(f.sig, 0) >= a.per_kind or n_min >= a.max_minimise:
            continue
        n_min += 1
        checker = Pair(old_src, new_src, a.timeout, logs)   # fresh processes: no memo of earlier documents
        checker.start()
        o, n = checker.run_one(f.mutant.name, f.mutant.data, f.mutant.jurisdiction)
        f.reproduced = not _same(o, n)
        if f.reproduced and Pair.hash_seeds[0] != Pair.hash_seeds[1]:
            same_seed = Pair(old_src, new_src, a.timeout, logs, (Pair.hash_seeds[0],) * 2)
            same_seed.start()
            o2, n2 = same_seed.run_one(f.mutant.name, f.mutant.data, f.mutant.jurisdiction)
            same_seed.stop()
            oo = Pair(old_src, old_src, a.timeout, logs)
            oo.start()
            o3, n3 = oo.run_one(f.mutant.name, f.mutant.data, f.mutant.jurisdiction)
            oo.stop()
            if not _same(o3, n3):
                f.hash_order = "OLD code's own output changes with PYTHONHASHSEED on this input (pre-existing nondeterminism)"
            elif _same(o2, n2):
                f.hash_order = ("NEW code's output depends on str hash order (PYTHONHASHSEED): equal to old with the same "
                                "seed, different with another — iteration over a set/dict of strings?")
        if not f.reproduced:
            checker.stop()
            f.history = history_needed(old_src, new_src, a, logs, mutants, pos[f.mutant.i])
            continue
        per_sig[f.sig] = per_sig.get(f.sig, 0) + 1
        f.minimised, f.tried = minimise(checker, f.mutant, f.sig, a.minimise_seconds)
        checker.stop()
        data, _ = encode(f.minimised, f.mutant.container, random.Random(f.mutant.i))
        fresh = Pair(old_src, new_src, a.timeout, logs)   # the minimised text on its own, in fresh processes
        fresh.start()
        f.min_old, f.min_new = fresh.run_one(f.mutant.name, data, f.mutant.jurisdiction)
        fresh.stop()
        f.min_diffs = diff_dumps(f.min_old[1], f.min_new[1]) if not _same(f.min_old, f.min_new) else []

    # report
    kinds: dict[frozenset, list[Finding]] = {}
    for f in findings:
        kinds.setdefault(f.sig, []).append(f)
    lines = [f"# extract_differential: {len(mutants)} mutants (seed {a.seed}, from {a.start})",
             f"old: {old_src}", f"new: {new_src}",
             f"worker start {t_start:.1f}s, generation {t_gen:.1f}s, extraction {t_run:.1f}s wall; "
             f"extraction CPU old {cpu['old']:.1f}s new {cpu['new']:.1f}s",
             f"both ok {stats['ok_both']}, both refused by read_bytes {stats['read_error_both']}, both raised in extract "
             f"{stats['error_both']}, timeouts {stats['timeouts']}, crashes {stats['crashes']}",
             f"DIFFERENCES: {len(findings)} mutants, {len(kinds)} kinds", ""]
    for sig, fs in kinds.items():
        f0 = next((f for f in fs if f.minimised is not None), fs[0])
        lines.append(f"## {len(fs)} mutant(s) differ in: {', '.join(sorted(sig))[:400]}")
        lines.append(f"mutants: {', '.join(str(f.mutant.i) for f in fs[:30])}{' …' if len(fs) > 30 else ''}")
        lines.append(f"example mutant {f0.mutant.i}: {f0.mutant.describe()}")
        lines.append(f"  old status {f0.old[0]['status']}, new status {f0.new[0]['status']}")
        for h in (f0.old[0], f0.new[0]):
            if h.get("tb"):
                lines.append("  traceback: " + h["tb"].strip().replace("\n", "\n    "))
        lines.append(_fmt_diffs(f0.diffs))
        if f0.hash_order:
            lines.append(f"  {f0.hash_order}")
        if f0.reproduced is False:
            lines.append("  NOT reproduced in fresh processes: depends on the documents extracted before it "
                         f"(a memo/cache keyed too loosely?): {f0.history}")
        if f0.minimised is not None:
            lines.append(f"  minimised ({len(f0.minimised)} chars, {f0.tried} candidates; "
                         f"{'still differs in fresh processes' if f0.min_diffs else 'NOT reproduced in fresh processes'}):")
            lines.append("    " + json.dumps(f0.minimised, ensure_ascii=False))
            if f0.min_diffs:
                lines.append(_fmt_diffs(f0.min_diffs, "      "))
        lines.append("")
    if both_raise:
        lines.append(f"## exceptions raised by old and new alike (pre-existing bugs, not differences)")
        for err, idx in both_raise.items():
            lines.append(f"  {_short(err, 200)}: mutants {', '.join(map(str, idx[:10]))} "
                         f"(e.g. {by_i[idx[0]].describe()[:150]})")
        lines.append("")
    if timeouts:
        lines.append(f"## {len(timeouts)} mutants timed out (>{a.timeout:.0f}s) on one side or both")
        for i, so, sn in timeouts[:15]:
            lines.append(f"  mutant {i}: old {so}, new {sn}  ({by_i[i].describe()[:150]})")
        lines.append("")
    if slow:
        slow.sort(key=lambda s: -max(s[2] / max(s[1], 1e-4), s[1] / max(s[2], 1e-4)))
        lines.append(f"## {len(slow)} mutants with a >3x CPU difference (not an output difference)")
        for i, co, cn in slow[:15]:
            lines.append(f"  mutant {i}: old {co:.3f}s new {cn:.3f}s  ({by_i[i].describe()[:150]})")
        lines.append("")
    slowest.sort(reverse=True)
    if slowest:
        lines.append("## slowest mutants (CPU seconds old / new, characters): superlinear inputs for both")
        for co, cn, i in slowest[:5]:
            lines.append(f"  mutant {i}: {co:.2f}s / {cn:.2f}s, {len(by_i[i].text)} chars ({by_i[i].describe()[:160]})")
        lines.append("")
    report = "\n".join(lines)
    (out / "report.md").write_text(report, encoding="utf-8")
    for f in findings:
        stem = out / f"diff-{f.mutant.i}"
        Path(f"{stem}.txt").write_text(f.mutant.text, encoding="utf-8")
        m = f.mutant
        replay = (f"python -m benchmarks.extract_differential --old {old_src} --new {new_src} --replay {stem}.min.txt"
                  f" --container {m.container} --name {m.name} --layout-seed {m.i}"
                  + (f" --jurisdiction {m.jurisdiction}" if m.jurisdiction else ""))
        Path(f"{stem}.meta.json").write_text(json.dumps({
            "i": m.i, "seed": a.seed, "mutations": m.describe(), "name": m.name, "container": m.container,
            "jurisdiction": m.jurisdiction,
            "regenerate": f"--seed {a.seed} --start {m.i - 1 if m.i % TWIN_EVERY == TWIN_EVERY - 1 else m.i} --mutants "
                          f"{2 if m.i % TWIN_EVERY == TWIN_EVERY - 1 else 1}",
            "replay_minimised": replay}, ensure_ascii=False, indent=1), encoding="utf-8")
        Path(f"{stem}.old.json").write_text(f.old[1], encoding="utf-8")
        Path(f"{stem}.new.json").write_text(f.new[1], encoding="utf-8")
        if f.minimised is not None:
            Path(f"{stem}.min.txt").write_text(f.minimised, encoding="utf-8")
            if f.min_old:
                Path(f"{stem}.min.old.json").write_text(f.min_old[1], encoding="utf-8")
                Path(f"{stem}.min.new.json").write_text(f.min_new[1], encoding="utf-8")
    here = Path(__file__).resolve().parent.parent
    harness = subprocess.run(["git", "-C", str(here), "log", "-1", "--format=%h", "--", "benchmarks/extract_differential.py"],
                             capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(here), "diff", "--quiet", "--", "benchmarks/extract_differential.py"]).returncode
    summary = {"harness": harness + ("+dirty" if dirty else ""), "mutants": len(mutants), "differences": len(findings), "kinds": len(kinds), **stats,
               "cpu_old": round(cpu["old"], 2), "cpu_new": round(cpu["new"], 2), "wall_s": round(time.monotonic() - t0, 1),
               "old": str(old_src), "new": str(new_src), "seed": a.seed, "start": a.start,
               "findings": [{"i": f.mutant.i, "mutations": f.mutant.describe(), "signature": sorted(f.sig),
                             "reproduced": f.reproduced, "minimised": f.minimised, "history": f.history, "hash_order": f.hash_order,
                             "diffs": f.diffs} for f in findings]}
    (out / "report.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    print(report)
    print(f"report: {out}/report.md")
    return summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--old", default="/work/wt/s13start/src", help="src/ of the reference checkout")
    ap.add_argument("--new", help="src/ of the checkout under test")
    ap.add_argument("--old-ref", help="instead of --old: git archive this ref of --repo")
    ap.add_argument("--new-ref", help="instead of --new: git archive this ref (branch tip) of --repo")
    ap.add_argument("--repo", default="/work/main")
    ap.add_argument("--corpus", default="/work/wt/devcorpus")
    ap.add_argument("--mutants", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--start", type=int, default=0, help="first mutant number (mutant i is the same for any run)")
    ap.add_argument("--only", help="comma-separated mutation names (default all): " + ",".join(MUTATIONS))
    ap.add_argument("--no-twins", action="store_true", help="no mutant is a near copy of the one before it")
    ap.add_argument("--out", help="directory for report.md/json, differing mutants and dumps")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per document per side")
    ap.add_argument("--minimise-seconds", type=float, default=90.0)
    ap.add_argument("--per-kind", type=int, default=1, help="minimise this many mutants per kind of difference")
    ap.add_argument("--max-minimise", type=int, default=8)
    ap.add_argument("--hash-seeds", default="0,1", help="PYTHONHASHSEED of the old and new workers (default 0,1)")
    ap.add_argument("--replay", nargs="+", help="compare these files (UTF-8 text) instead of mutants")
    ap.add_argument("--container", default="txt", help="--replay: txt, md, html, docx, gb18030, gbk or big5")
    ap.add_argument("--name", help="--replay: the document's file name (default the file's stem + suffix)")
    ap.add_argument("--layout-seed", type=int, default=0, help="--replay: seed of the html/docx layout (a finding's mutant number)")
    ap.add_argument("--jurisdiction", help="--replay: extract(doc, catalog, jurisdiction)")
    a = ap.parse_args(argv)
    if not (a.new or a.new_ref):
        ap.error("--new or --new-ref is required")
    Pair.hash_seeds = tuple(a.hash_seeds.split(","))[:2]
    summary = run(a)
    return 1 if summary["differences"] else 0


if __name__ == "__main__":
    sys.exit(main())
