"""Score extraction against hand-written gold for a corpus of real documents.

    python -m medgraph.evaluate [--corpus DIR] [--json] [--details] [--markdown FILE]
    medgraph evaluate [...]                       (the same)

The corpus is a folder of ``<stem>.txt`` documents, each with ``<stem>.gold.yaml`` written
by reading the text before medgraph ran on it (format: tests/corpus/real/README.md). For
every document the real loader path runs (``read_document`` → ``extract``, nothing
stored) and the result is compared with the gold, per fact kind:

- ``measures``: the numbered items of the document's own policy, matched by heading;
- ``owners``: explicit (measure, body, role) triples, role ``lead`` or ``support``;
- ``owners_any_role``: the same pairs ignoring the role;
- ``issuers``: the bodies that issued the document's own policy;
- ``doc_number``: the document's own 发文字号 (a number it only cites is a false positive);
- ``title``: the document's own policy title;
- ``located_in``: (entity, place) pairs the text states;
- ``funds``: named funds (with the stated amount when both sides give one);
- ``bodies``: every government body the text names, right jurisdiction included
  (a Tianjin notice's 市科技局 must not be Beijing's bureau); also per jurisdiction.

Scores are reported separately for the ``dev`` split (what extraction rules may be tuned
on) and the ``held`` split (never tuned on), and for both together.

The leave-annotation-out owner score hides the owner annotations of every document that
has them (``（责任单位：…）``, ``牵头单位：…`` …) and asks how often the remit rule then picks an
annotated lead. It measures the rule on text nobody tuned it to.

Why a module of the package and not a test helper: users evaluate medgraph on their own
documents with their own gold, in the same format.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

import yaml

from medgraph.catalog import Catalog, load_catalog
from medgraph.documents import Document, DocumentError, read_bytes
from medgraph.extract import extract
from medgraph.extract.entities import find_entities
from medgraph.models import Extraction, Node
from medgraph.settings import get_settings
from medgraph.textnorm import _GATEWAY_RE, GATEWAY_VOCABULARY, PINYIN_INSERT, to_simplified

KINDS = ("measures", "owners", "owners_any_role", "issuers", "doc_number", "title", "located_in", "funds", "bodies")
TARGETS = {  # issue 12, "Done when"
    "measures": (0.95, 0.90), "owners": (0.95, 0.90), "issuers": (0.95, 0.90),
    "doc_number": (0.95, 0.90), "located_in": (0.90, None),
}
_PUNCT = re.compile(r"[\s\u3000()（）《》〈〉“”\"'‘’「」『』【】\[\]［］、，,。．.:：;；!！?？·•\-—–_/]")
_ANNOTATION = re.compile(
    r"[（(]\s*(?:牵头单位|责任单位|配合单位|牵头部门|责任部门|配合部门|主责单位|负责单位)[^（()）]*[）)]"
    r"|(?:牵头单位|责任单位|配合单位|牵头部门|责任部门|配合部门|主责单位|负责单位)\s*[:：][^\n。]*")


def key(name: str) -> str:
    """Comparison key of a name: simplified script, no pinyin a scraped page inserted
    (創(chuàng)新), no spaces, brackets or punctuation: the same key for the gold's verbatim
    surface and for extraction's cleaned text."""
    return _PUNCT.sub("", to_simplified(PINYIN_INSERT.sub("", name or "")))


# A trailing status marker in brackets says where a draft stands, not what the policy is
# called: 《X（征求意见稿）》 and 《X》 are the same policy (README "Conventions", Titles).
# （试行）/（暂行）/（2024-2026年） are part of the official title and are not listed here.
_STATUS_WORDS = (r"(?:公开)?征求意见稿|意见征求稿|(?:修订|修改)?草案(?:修改稿|征求意见稿|送审稿)?"
                 r"|送审稿|报审稿|审议稿|讨论稿|代拟稿|修改稿|草稿")
_TITLE_STATUS = re.compile(r"[（(]\s*(?:" + _STATUS_WORDS + r")\s*[）)]\s*$")
_TITLE_TAIL = re.compile(r"[\s\u3000》〉」』]+$")


def strip_title_status(title: str) -> str:
    """``title`` without trailing bracketed status markers (（征求意见稿）, (送审稿), （草案）, …),
    repeatedly (（草案）（征求意见稿）); closing 》 and spaces at the end are looked through."""
    t = _TITLE_TAIL.sub("", title or "")
    while True:
        stripped = _TITLE_TAIL.sub("", _TITLE_STATUS.sub("", t))
        if stripped == t or not stripped:
            return t
        t = stripped


# A notice that issues exactly one document (X关于印发《Y》的通知) and that document are one policy
# (README "Conventions"): writers recorded either title for a notice page, extraction gives Y.
# A heading often names the issued document without its marks (关于印发X方案的通知, 关于下达X计划的
# 通知, 关于印发《A》分工方案的通知 — marks around part of X only): the same identification, X as written.
_ISSUING_NOTICE = re.compile(r"^[^《》]*?关于(?:印发|转发|颁布|发布|印送)《([^《》]+)》的(?:通知|函)$")
# An approval of a text that follows it (X关于同意建立Y制度的批复 / Y制度 / 一、…) and that text are one
# policy in the same way (writers recorded either; the reply's writer asked for the identification).
_APPROVING = re.compile(r"^[^《》]*?关于同意(?:建立|印发|实施)《?([^《》]+?(?:制度|方案|规划|纲要|办法|规定|细则|计划))》?的批复$")
_ISSUING_NOTICE_BARE = re.compile(r"^[^《》]*?关于(?:印发|转发|颁布|发布|印送|下达)\s*(\S.*?)的(?:通知|函)$")
# "X关于Y" and "关于Y" are one title written with and without its issuer (a heading carries the
# issuer, a 《》 citation or a metadata 标题 field often drops it); gold writers record either.
_ISSUER_PREFIX = re.compile(r"^[^《》关]{2,40}?(?=关于.)")


def title_key(title: str) -> str:
    """Comparison key of a policy title, used on the gold and the predicted side alike so
    either form scores the same: ``strip_title_status``, a notice issuing one document → that
    document's title, the issuer before 关于 dropped (X关于Y = 关于Y), a Big5 gateway's
    substituted vocabulary (高品质) folded back (高质量)."""
    t = strip_title_status(title)
    m = _ISSUING_NOTICE.match(t.strip()) or _ISSUING_NOTICE_BARE.match(t.strip()) or _APPROVING.match(t.strip())
    if m:
        t = strip_title_status(m.group(1))
    t = _ISSUER_PREFIX.sub("", key(t).strip(), count=1)
    return _GATEWAY_RE.sub(lambda g: GATEWAY_VOCABULARY[g.group()], t)


def source_tree_path(*parts: str, option: str = "--corpus DIR") -> Path:
    """``parts`` under the source tree this module runs from, else under the current folder:
    the test data that evaluations read is not installed with the package."""
    here = Path(__file__).resolve()
    for base in (here.parent.parent.parent, Path.cwd()):
        cand = base.joinpath(*parts)
        if cand.exists():
            return cand
    raise FileNotFoundError(f"no {'/'.join(parts)} next to the package or in the current folder; pass {option}")


def default_corpus() -> Path:
    """tests/corpus/real of the source tree (or the current folder)."""
    return source_tree_path("tests", "corpus", "real")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list = field(default_factory=list)
    extras: list = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.misses += other.misses
        self.extras += other.extras

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": None if self.precision is None else round(self.precision, 3),
                "recall": None if self.recall is None else round(self.recall, 3)}


def _match_sets(gold: list, pred: list, same) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """One-to-one matching, gold in order, each gold item to the first unmatched pred that is `same`."""
    used: set[int] = set()
    pairs = []
    missed = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
        else:
            missed.append(gi)
    extra = [pi for pi in range(len(pred)) if pi not in used]
    return pairs, missed, extra


def _score(gold: list, pred: list, same, show=str) -> Score:
    pairs, missed, extra = _match_sets(gold, pred, same)
    return Score(tp=len(pairs), fp=len(extra), fn=len(missed),
                 misses=[show(gold[i]) for i in missed], extras=[show(pred[i]) for i in extra])


# -- one document ------------------------------------------------------------------------

@dataclass
class GoldBody:
    name: str
    keys: set[str]
    jurisdiction: str


class Resolver:
    """Maps predicted nodes to gold body names. A node matches a gold body when its name or
    one of its aliases equals the body's name or one of its `accept` names (never its bare
    surface form: another city's 市科技局 must not count as this city's)."""

    def __init__(self, gold: dict):
        self.bodies: list[GoldBody] = []
        for b in gold.get("bodies") or []:
            keys = {key(b["name"])} | {key(a) for a in b.get("accept") or []}
            self.bodies.append(GoldBody(b["name"], keys, b.get("jurisdiction") or gold.get("jurisdiction") or ""))

    def body_of(self, node: Node | None) -> str | None:
        if node is None:
            return None
        keys = {key(node.name)} | {key(a) for a in node.aliases}
        for b in self.bodies:
            if b.keys & keys:
                return b.name
        return None

    def name(self, node: Node | None, fallback: str = "?") -> str:
        return self.body_of(node) or (f"≠{node.name}" if node is not None else fallback)


def _own_policy(ex: Extraction) -> Node | None:
    own = [n for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    if not own:
        return None
    counts = {n.id: 0 for n in own}
    for n in ex.nodes:
        if n.label == "Measure" and n.props.get("policy") in counts:
            counts[n.props["policy"]] += 1
    return max(own, key=lambda n: counts[n.id])


def _same_heading(g: str, p: str) -> bool:
    a, b = key(g), key(p)
    if not a or not b:
        return False
    if a == b:
        return True
    if min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)):
        return True
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.75


def _norm_number(s: str | None) -> str:
    s = to_simplified(PINYIN_INSERT.sub("", s or ""))   # a gateway's pinyin glosses (辦發(fā)) are no part of it, as in key()
    s = re.sub(r"[\[［(（【〔]", "〔", s)
    s = re.sub(r"[\]］)）】〕]", "〕", s)
    return re.sub(r"\s", "", s)


def _yi(amount: str | float | int | None) -> float | None:
    """An amount in 亿元 from gold text such as "100亿元", "50 亿", "5000万元"."""
    if amount is None:
        return None
    if isinstance(amount, (int, float)):
        return float(amount)
    m = re.search(r"([\d.]+)\s*(万亿|亿|万)?", str(amount))
    if not m:
        return None
    v = float(m.group(1))
    return {"万亿": v * 10000, "亿": v, "万": v / 10000}.get(m.group(2) or "亿", v)


def _place_match(gold_place: str, node: Node) -> bool:
    g = key(gold_place)
    for n in [node.name, *node.aliases]:
        k = key(n)
        if k and (k == g or (len(k) >= 2 and g.endswith(k)) or (len(g) >= 2 and k.endswith(g))):
            return True
    return False


def _entity_match(gold_entity: str, node: Node) -> bool:
    g = key(gold_entity)
    for n in [node.name, *node.aliases]:
        k = key(n)
        if k and (k == g or (min(len(k), len(g)) >= 4 and (k in g or g in k))):
            return True
    return False


def _doc_evidence(edge, doc_id: str, methods: Iterable[str] | None = None) -> list:
    return [e for e in edge.evidence if e.document == doc_id and (methods is None or e.method in methods)]


# a statement the extractor still reads after its units were removed: all its words go
_WORD_RUNS = re.compile(r"[^\s|｜()（）\[\]【】〔〕,，.。;；:：、!！?？]+")
_NOTE_LABEL = re.compile(r"牵头单位|责任单位|配合单位|牵头部门|责任部门|配合部门|主责单位|负责单位")
# what a hidden unit becomes: a mark that names nobody, so a table cell stays a cell
_HIDDEN = "□"
_HIDE_ROUNDS = 3


def _explicit_owner_spans(ex: Extraction, doc_id: str) -> list[tuple[int, int]]:
    """Spans of the original that the explicit-owner extraction read: the evidence of every
    LEADS edge (lead or support) with method ``explicit``."""
    return sorted({(ev.start, ev.end) for e in ex.edges if e.type == "LEADS"
                   for ev in e.evidence if ev.method == "explicit" and ev.document == doc_id and ev.end > ev.start})


def _unit_spans(doc: Document, catalog: Catalog, head: str) -> list[tuple[int, int]]:
    """Spans of the original where the extractor's entity pass finds a body or a place
    (``head``: the document's title, which tells a district's own 区水务局)."""
    ents = find_entities(doc.normalized, catalog, doc.id, head=head)
    return [doc.to_original(m.start, m.end) for m in ents.mentions if m.label in ("Bureau", "District")]


def _hide_in(piece: str, units: list[tuple[int, int]], base: int, whole: bool) -> str:
    """One owner statement with its units (offsets ``base``-relative in ``units``) replaced by
    the mark (a unit's line breaks kept); ``whole``: every word of it. Owner words (牵头单位:,
    负责) stay: they name nobody, and the structure reads them as the sign of an item that
    carries owners, so hiding them would lose the measures the rule is asked about."""
    if whole:
        return _WORD_RUNS.sub(_HIDDEN, piece)
    out, pos = [], 0
    for a, b in units:
        a, b = max(a - base, pos), min(b - base, len(piece))
        if b <= a:
            continue
        out += [piece[pos:a], _HIDDEN + "\n" * piece.count("\n", a, b)]
        pos = b
    out.append(piece[pos:])
    return "".join(out)


def _blank(text: str, spans: Iterable[tuple[int, int]], units: list[tuple[int, int]], whole: set) -> str:
    """``text`` with the owner statements at ``spans`` hidden (merged where they overlap)."""
    merged: list[list] = []   # [start, end, whole]
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
            merged[-1][2] = merged[-1][2] or (a, b) in whole
        else:
            merged.append([a, b, (a, b) in whole])
    units = sorted(units)
    out, pos, ui = [], 0, 0
    for a, b, all_words in merged:
        while ui < len(units) and units[ui][1] <= a:
            ui += 1
        inside = [u for u in units[ui:] if u[0] < b]
        out += [text[pos:a], _hide_in(text[a:b], inside, a, all_words)]
        pos = b
    out.append(text[pos:])
    return "".join(out)


def hide_annotations(text: str, catalog: Catalog | None = None, path: str = "hidden.txt") -> str:
    """The text with its owner statements hidden (for the leave-annotation-out score).

    What is hidden is exactly what the explicit-owner extraction reads, so the two cannot drift
    apart: the text is extracted, and inside the evidence span of every explicit LEADS edge
    (notes, duty lists, table owner cells, task-card fields, X牵头Y配合, 由X负责, …) the units
    the entity pass finds become a mark (□) that names nobody, keeping the owner words
    (牵头单位:, 负责), the measure's own words (a subject sentence quotes them too), line breaks,
    punctuation and table cells, so the structure and the remit rule see the same measures. The result is extracted
    again, up to a few rounds, until no explicit owner is left: a span read again loses all its
    words, and hiding one style can uncover another that the extractor read only when the first
    was absent. The labelled-note regex stays as a fallback for notes the extractor missed
    (every word after the label goes, as before)."""
    catalog = catalog or load_catalog()
    hidden, seen = text, set()
    for round_ in range(_HIDE_ROUNDS):
        try:
            doc = read_bytes(hidden.encode("utf-8"), path)
        except DocumentError:
            break
        ex = extract(doc, catalog)
        spans = _explicit_owner_spans(ex, doc.id)
        own = _own_policy(ex)
        # a labelled note the extractor did not read: every word after its label goes (the
        # label stays: the structure reads it as the sign of an item that carries owners)
        noted = [(_NOTE_LABEL.search(doc.original, m.start(), m.end()).end(), m.end())
                 for m in _ANNOTATION.finditer(doc.original)] if round_ == 0 else []
        missed = {n for n in noted if not any(a < n[1] and n[0] < b for a, b in spans)}
        spans += noted
        if not spans:
            break
        whole = {sp for sp in spans if doc.original[sp[0]:sp[1]] in seen} | missed
        seen |= {doc.original[a:b] for a, b in spans}
        hidden = _blank(doc.original, spans, _unit_spans(doc, catalog, own.name if own is not None else ""), whole)
    return hidden


def _read(path: Path, text_override: str | None = None) -> Document:
    data = path.read_bytes() if text_override is None else text_override.encode("utf-8")
    return read_bytes(data, str(path))


@dataclass
class DocResult:
    stem: str
    split: str
    jurisdiction: str
    scores: dict[str, Score]
    error: str = ""
    seconds: float = 0.0


# a place string's segments (安徽省|六安市|霍山县…): the city a user would name is the last one medgraph knows
_PLACE_SEGMENT = re.compile(r".+?(?:特别行政区|自治区|自治州|省|市|州)")


def given_place_of(jurisdiction: str) -> str | None:
    """What a user who knows where a document comes from would pass as ``--jurisdiction``: the gold's
    jurisdiction (北京市海淀区 → 北京市, 安徽省六安市霍山县 → 六安市, 国家), None when medgraph knows no
    such place. Used only by ``--given-jurisdiction``, never in the default scores."""
    from medgraph.extract.entities import detect_jurisdiction
    from medgraph.extract.given_place import UnknownJurisdiction, normalize

    for cand in [jurisdiction, *reversed(_PLACE_SEGMENT.findall(jurisdiction)), detect_jurisdiction(jurisdiction)]:
        try:
            if normalize(cand):
                return cand
        except UnknownJurisdiction:
            continue
    return None


def evaluate_document(txt: Path, gold: dict, catalog: Catalog, given: bool = False) -> DocResult:
    stem = gold.get("document") or txt.stem
    res = DocResult(stem=stem, split=gold.get("split") or "dev", jurisdiction=gold.get("jurisdiction") or "",
                    scores={k: Score() for k in KINDS})
    t0 = time.perf_counter()
    try:
        doc = _read(txt)
        ex = extract(doc, catalog, jurisdiction=given_place_of(res.jurisdiction) if given else None)
    except DocumentError as exc:
        res.error = str(exc)
        return res
    res.seconds = time.perf_counter() - t0
    R = Resolver(gold)
    nodes = {n.id: n for n in ex.nodes}
    own = _own_policy(ex)
    gp = gold.get("policy") or {}
    s = res.scores

    # measures
    g_measures = gold.get("measures") or []
    p_measures = sorted((n for n in ex.nodes if n.label == "Measure" and own is not None and n.props.get("policy") == own.id),
                        key=lambda n: (n.props.get("start", 0), n.id))
    pairs, missed, extra = _match_sets(g_measures, p_measures, lambda g, p: _same_heading(str(g.get("heading", "")), p.name))
    s["measures"] = Score(tp=len(pairs), fp=len(extra), fn=len(missed),
                          misses=[f"{g_measures[i].get('marker', '')}{g_measures[i].get('heading')}" for i in missed],
                          extras=[f"{p_measures[i].props.get('number_text', '')}{p_measures[i].name}" for i in extra])
    m_of_pred = {p_measures[pi].id: gi for gi, pi in pairs}

    # explicit owners
    gold_trip = []
    for gi, g in enumerate(g_measures):
        gold_trip += [(gi, b, "lead") for b in g.get("lead") or []]
        gold_trip += [(gi, b, "support") for b in g.get("support") or []]
    pred_trip = []
    for e in ex.edges:
        if e.type != "LEADS" or e.target not in nodes or nodes[e.target].label != "Measure":
            continue
        if own is None or nodes[e.target].props.get("policy") != own.id or not _doc_evidence(e, doc.id, {"explicit"}):
            continue
        gi = m_of_pred.get(e.target, f"≠{nodes[e.target].name}")
        pred_trip.append((gi, R.name(nodes.get(e.source)), e.props.get("role", "lead")))

    def show_t(t):
        gi, b, role = t
        head = g_measures[gi].get("heading") if isinstance(gi, int) else gi
        return f"{head} ← {b} ({role})"
    s["owners"] = _score(gold_trip, pred_trip, lambda g, p: g == p, show_t)
    gold_pairs = list(dict.fromkeys((gi, b) for gi, b, _ in gold_trip))
    pred_pairs = list(dict.fromkeys((gi, b) for gi, b, _ in pred_trip))
    s["owners_any_role"] = _score(gold_pairs, pred_pairs, lambda g, p: g == p, lambda t: show_t((*t, "any")))

    # issuers
    g_iss = list(gp.get("issuers") or [])
    p_iss = [R.name(nodes.get(e.source)) for e in ex.edges
             if e.type == "ISSUED" and own is not None and e.target == own.id and _doc_evidence(e, doc.id)]
    s["issuers"] = _score(g_iss, list(dict.fromkeys(p_iss)), lambda g, p: g == p)

    # document number and title
    g_no = _norm_number(gp.get("doc_number"))
    p_no = _norm_number((own.props.get("doc_number") if own is not None else "") or "")
    s["doc_number"] = Score(tp=int(bool(g_no) and g_no == p_no), fp=int(bool(p_no) and p_no != g_no),
                            fn=int(bool(g_no) and g_no != p_no),
                            misses=[gp.get("doc_number")] if g_no and g_no != p_no else [],
                            extras=[p_no] if p_no and p_no != g_no else [])
    g_title = title_key(gp.get("title") or "")
    p_title = title_key(own.name) if own is not None and own.name != doc.id else ""
    s["title"] = Score(tp=int(bool(g_title) and g_title == p_title), fp=int(bool(p_title) and p_title != g_title),
                       fn=int(bool(g_title) and g_title != p_title),
                       misses=[gp.get("title")] if g_title and g_title != p_title else [],
                       extras=[own.name] if p_title and p_title != g_title else [])

    # located-in (stated by this document: catalog facts are not this document's extraction)
    g_loc = list(gold.get("located_in") or [])
    p_loc = [(nodes[e.source], nodes[e.target]) for e in ex.edges
             if e.type == "LOCATED_IN" and e.source in nodes and e.target in nodes
             and _doc_evidence(e, doc.id) and nodes[e.source].label != "Bureau"]
    s["located_in"] = _score(g_loc, p_loc, lambda g, p: _entity_match(g["entity"], p[0]) and _place_match(g["place"], p[1]),
                             lambda x: f"{x['entity']} → {x['place']}" if isinstance(x, dict) else f"{x[0].name} → {x[1].name}")

    # funds
    g_funds = list(gold.get("funds") or [])
    p_funds = [n for n in ex.nodes if n.label == "Fund" and doc.id in n.documents]

    def same_fund(g, p):
        if not _entity_match(g["name"], p):
            return False
        ga, pa = _yi(g.get("amount")), p.props.get("amount_yi")
        return ga is None or pa is None or abs(float(pa) - ga) < 1e-6
    s["funds"] = _score(g_funds, p_funds, same_fund, lambda x: x["name"] if isinstance(x, dict) else x.name)

    # bodies named by the document
    g_bodies = [b.name for b in R.bodies]
    p_bodies = [n for n in ex.nodes if n.label == "Bureau" and doc.id in n.documents]
    s["bodies"] = _score(g_bodies, p_bodies, lambda g, p: R.body_of(p) == g,
                         lambda x: x if isinstance(x, str) else f"{x.name} [{x.id}]")
    return res


def leave_annotation_out(txt: Path, gold: dict, catalog: Catalog) -> dict:
    """With owner annotations hidden: per gold measure with a stated lead, does the remit rule's
    lead match? Only leads the rule inferred count as its answers: a measure whose owners the
    hiding step leaves visible in another style (a subject sentence, 由X负责, a bare list) still
    gets an explicit lead — that is counted as ``still_explicit``, not as the rule's success."""
    g_measures = [g for g in gold.get("measures") or [] if g.get("lead")]
    out = {"measures": len(g_measures), "still_explicit": 0, "answered": 0, "correct": 0, "confident": 0, "confident_correct": 0}
    if not g_measures:
        return out
    try:
        original = _read(txt).original
        ex = extract(_read(txt, hide_annotations(original, catalog, str(txt))), catalog)
    except DocumentError:
        return out
    R = Resolver(gold)
    nodes = {n.id: n for n in ex.nodes}
    own = _own_policy(ex)
    p_measures = [n for n in ex.nodes if n.label == "Measure" and own is not None and n.props.get("policy") == own.id]
    pairs, _, _ = _match_sets(g_measures, p_measures, lambda g, p: _same_heading(str(g.get("heading", "")), p.name))
    for gi, pi in pairs:
        leads = [e for e in ex.edges if e.type == "LEADS" and e.target == p_measures[pi].id and e.props.get("role", "lead") == "lead"]
        if any(ev.method == "explicit" for e in leads for ev in e.evidence):
            out["still_explicit"] += 1
            continue
        if not leads:
            continue
        out["answered"] += 1
        names = {R.name(nodes.get(e.source)) for e in leads}
        ok = bool(names & set(g_measures[gi]["lead"]))
        out["correct"] += ok
        conf = max((ev.confidence for e in leads for ev in e.evidence), default=0.0)
        if conf >= 0.5:
            out["confident"] += 1
            out["confident_correct"] += ok
    return out


# -- the corpus ---------------------------------------------------------------------------

def load_gold(corpus: Path) -> list[tuple[Path, dict]]:
    items = []
    for g in sorted(corpus.glob("*.gold.yaml")):
        gold = yaml.safe_load(g.read_text(encoding="utf-8")) or {}
        stem = g.name[: -len(".gold.yaml")]
        txt = next((p for p in sorted(corpus.glob(stem + ".*")) if not p.name.endswith(".gold.yaml")), None)
        if txt is None:
            raise FileNotFoundError(f"{g}: no document file {stem}.* beside it")
        items.append((txt, gold))
    return items


def evaluate(corpus: Path | None = None, catalog: Catalog | None = None, given: bool = False) -> dict:
    """Scores per split and kind. ``given``: extract each document as if its user had passed the
    gold's jurisdiction at load time (``--jurisdiction``; see given_place_of) — what loading with
    the place named gives, reported beside (never instead of) the default scores."""
    corpus = corpus or default_corpus()
    if catalog is None:  # the catalog the service would use (MEDGRAPH_CATALOG), as pipeline.load does
        configured = get_settings().catalog_path
        catalog = load_catalog(str(configured) if configured else None)
    items = load_gold(corpus)
    docs = [evaluate_document(txt, gold, catalog, given) for txt, gold in items]
    totals: dict[str, dict[str, Score]] = {sp: {k: Score() for k in KINDS} for sp in ("dev", "held", "all")}
    by_juris: dict[str, Score] = {}
    for d in docs:
        for k, sc in d.scores.items():
            totals[d.split if d.split in totals else "dev"][k].add(sc)
            totals["all"][k].add(sc)
        by_juris.setdefault(d.jurisdiction, Score()).add(d.scores["bodies"])
    lao = {sp: {"measures": 0, "still_explicit": 0, "answered": 0, "correct": 0, "confident": 0, "confident_correct": 0} for sp in ("dev", "held", "all")}
    for txt, gold in items:
        r = leave_annotation_out(txt, gold, catalog)
        for sp in (gold.get("split") or "dev", "all"):
            for k, v in r.items():
                lao.setdefault(sp, {}).setdefault(k, 0)
                lao[sp][k] += v
    jurisdictions = sorted({d.jurisdiction for d in docs})
    return {
        "date": time.strftime("%Y-%m-%d", time.gmtime()),
        "corpus": corpus.name,
        "documents": len(docs),
        "documents_by_split": {sp: sum(1 for d in docs if (d.split if d.split in ("dev", "held") else "dev") == sp) for sp in ("dev", "held")},
        "jurisdictions": jurisdictions,
        "errors": {d.stem: d.error for d in docs if d.error},
        "totals": totals,
        "bodies_by_jurisdiction": by_juris,
        "leave_annotation_out": lao,
        "per_document": docs,
    }


def _pct(x: float | None) -> str:
    return "—" if x is None else f"{x:.2f}"


def _target(kind: str, sc: Score) -> str:
    if kind not in TARGETS:
        return ""
    p_goal, r_goal = TARGETS[kind]
    if sc.tp + sc.fp + sc.fn == 0:
        return "no data"
    if sc.precision is None:   # nothing predicted: precision is undefined, the target is not shown met
        return f"P ≥ {p_goal}: NOT met (nothing found; recall {_pct(sc.recall)})"
    ok = (sc.precision is None or sc.precision >= p_goal) and (r_goal is None or sc.recall is None or sc.recall >= r_goal)
    goal = f"P ≥ {p_goal}" + (f", R ≥ {r_goal}" if r_goal else "")
    return f"{goal}: {'met' if ok else 'NOT met'}"


def markdown(result: dict, blind: bool = False) -> str:
    """The tables; ``blind`` leaves out everything computed from held documents (their totals,
    the all column, bodies by jurisdiction, the held leave-annotation-out rows), for whoever is
    writing rules: seeing held totals move after a change is tuning on them."""
    if blind:
        return _markdown_blind(result)
    lines = [f"Corpus: {result['documents']} documents ({result['documents_by_split']['dev']} dev, "
             f"{result['documents_by_split']['held']} held), {len(result['jurisdictions'])} jurisdictions "
             f"({'、'.join(result['jurisdictions'])}); run {result['date']}.", ""]
    lines.append("| fact kind | dev P | dev R | held P | held R | all P | all R | all tp/fp/fn | target (all) |")
    lines.append("|---|---|---|---|---|---|---|---|---|")
    for k in KINDS:
        d, h, a = (result["totals"][sp][k] for sp in ("dev", "held", "all"))
        lines.append(f"| {k} | {_pct(d.precision)} | {_pct(d.recall)} | {_pct(h.precision)} | {_pct(h.recall)} | "
                     f"{_pct(a.precision)} | {_pct(a.recall)} | {a.tp}/{a.fp}/{a.fn} | {_target(k, a)} |")
    lines += ["", "Bodies by jurisdiction (every government body the text names, right jurisdiction):", "",
              "| jurisdiction | P | R | tp/fp/fn |", "|---|---|---|---|"]
    for j, sc in sorted(result["bodies_by_jurisdiction"].items()):
        lines.append(f"| {j} | {_pct(sc.precision)} | {_pct(sc.recall)} | {sc.tp}/{sc.fp}/{sc.fn} |")
    lines += ["", "Leave-annotation-out (owner annotations hidden; does the remit rule pick an annotated lead?):", "",
              "| split | measures with a stated lead | owners still explicit after hiding | rule answered | correct | correct / rest | confident (≥ 0.5) | correct when confident |",
              "|---|---|---|---|---|---|---|---|"]
    for sp in ("dev", "held", "all"):
        r = result["leave_annotation_out"][sp]
        rest = r["measures"] - r["still_explicit"]
        frac = f"{r['correct'] / rest:.2f}" if rest else "—"
        cc = f"{r['confident_correct']}/{r['confident']}" if r["confident"] else "—"
        lines.append(f"| {sp} | {r['measures']} | {r['still_explicit']} | {r['answered']} | {r['correct']} | {frac} | {r['confident']} | {cc} |")
    if result["errors"]:
        lines += ["", "Documents refused by the loader: " + "; ".join(f"{k}: {v}" for k, v in result["errors"].items())]
    return "\n".join(lines) + "\n"


def _markdown_blind(result: dict) -> str:
    lines = [f"Corpus: {result['documents_by_split']['dev']} dev documents shown "
             f"({result['documents_by_split']['held']} held documents scored but not shown: --blind); run {result['date']}.", "",
             "| fact kind | dev P | dev R | dev tp/fp/fn |", "|---|---|---|---|"]
    for k in KINDS:
        d = result["totals"]["dev"][k]
        lines.append(f"| {k} | {_pct(d.precision)} | {_pct(d.recall)} | {d.tp}/{d.fp}/{d.fn} |")
    r = result["leave_annotation_out"]["dev"]
    lines += ["", f"Leave-annotation-out (dev): {r['measures']} measures with a stated lead, rule answered "
              f"{r['answered']}, correct {r['correct']} ({r['confident_correct']}/{r['confident']} when confident)."]
    return "\n".join(lines) + "\n"


def as_json(result: dict) -> dict:
    def conv(x: Any):
        if isinstance(x, Score):
            return x.as_dict()
        if isinstance(x, DocResult):
            return {"document": x.stem, "split": x.split, "jurisdiction": x.jurisdiction, "error": x.error,
                    "scores": {k: {**v.as_dict(), "misses": v.misses, "extras": v.extras} for k, v in x.scores.items()}}
        if isinstance(x, dict):
            return {k: conv(v) for k, v in x.items()}
        if isinstance(x, list):
            return [conv(v) for v in x]
        return x
    return conv(result)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m medgraph.evaluate", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=None, help="folder of <stem>.txt + <stem>.gold.yaml (default tests/corpus/real)")
    ap.add_argument("--json", action="store_true", help="print everything as JSON")
    ap.add_argument("--details", action="store_true", help="list each document's misses and extras")
    ap.add_argument("--split", choices=("dev", "held", "all"), default="dev",
                    help="which documents --details and --json list one by one (default dev: the held split is "
                         "scored, not read, while rules are tuned; its totals are always printed)")
    ap.add_argument("--blind", action="store_true",
                    help="show dev numbers only (no held totals, no all column, no bodies by jurisdiction): "
                         "for whoever writes rules while a held split is being kept unread")
    ap.add_argument("--given-jurisdiction", action="store_true",
                    help="extract each document as if loaded with --jurisdiction <the gold's place> (what a "
                         "user who says where a document comes from gets; texts naming their place are unchanged)")
    args = ap.parse_args(argv)
    if args.blind and args.split != "dev":
        ap.error("--blind shows dev only; drop --split")
    try:
        result = evaluate(args.corpus, given=args.given_jurisdiction)
    except (FileNotFoundError, yaml.YAMLError) as exc:
        print(f"medgraph evaluate: {exc}", file=sys.stderr)
        return 2
    if args.json and args.blind:
        print(json.dumps({"totals": as_json(result["totals"]["dev"]),
                          "per_document": as_json([d for d in result["per_document"] if d.split == "dev"])},
                         ensure_ascii=False, indent=1))
        return 0
    if args.json:
        shown = dict(result, per_document=[d for d in result["per_document"] if args.split == "all" or d.split == args.split])
        print(json.dumps(as_json(shown), ensure_ascii=False, indent=1))
        return 0
    print(markdown(result, blind=args.blind))
    if args.details:
        for d in result["per_document"]:
            if args.split != "all" and d.split != args.split:
                continue
            bad = {k: v for k, v in d.scores.items() if v.misses or v.extras}
            if d.error or bad:
                print(f"## {d.stem} ({d.split}, {d.jurisdiction}){' ERROR ' + d.error if d.error else ''}")
                for k, v in bad.items():
                    for m in v.misses:
                        print(f"  {k:16s} missed  {m}")
                    for x in v.extras:
                        print(f"  {k:16s} extra   {x}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
