"""The remit rule's evidence and decision: which bureaus' mandate words a measure uses,
and whether that is enough to name its lead.

Remit keywords (graph/catalog.yaml, ``remit.lead`` / ``remit.support``) come from each
bureau's published mandate (主要职责 / 三定) or a general description of it, never from
a measure's wording; so they overlap (``医疗服务`` is the health commission's,
``医疗服务价格`` the medical-security bureau's). Two choices keep that honest:

* **one span, one owner**: where keywords overlap in the text, the longest match owns the
  span (``医疗服务价格`` counts once, for the bureau whose mandate has that phrase, not also
  as ``医疗服务`` for another); a keyword several bureaus share counts for each of them;
* **say when it is a guess**: the top bureau leads only *confidently* when its score is
  both substantial and clearly ahead of the runner-up; otherwise the lead edge carries low
  confidence, ``uncertain: true`` and the runner-ups as ``candidates``, so a reader sees
  that the text did not decide it.
"""

from __future__ import annotations

import re
import weakref
from functools import lru_cache
from dataclasses import dataclass
from typing import NamedTuple

import ahocorasick

from medgraph.catalog import Catalog

# weights of one keyword hit: in the heading it says what the measure is about
HEADING_WEIGHT = 3.0
BODY_WEIGHT = 1.0
LENGTH_BONUS = 0.1  # per character: a longer mandate phrase is more specific
NAMED_BONUS = 2.0  # the measure names the bureau itself (市医保局…)
SUPPORT_HIT = 0.5  # a support keyword adds this to the bureau's support score

# a confident lead: score of at least one heading hit (or ~3 body hits) and at least
# CONFIDENT_LEAD times the runner-up's score
CONFIDENT_SCORE = 3.0
CONFIDENT_LEAD = 1.5
UNCERTAIN_MAX_CONFIDENCE = 0.4
MAX_CANDIDATES = 3


class Hit(NamedTuple):
    """One remit keyword at [start, end) (a tuple: measures make thousands, and a frozen
    dataclass's __init__ costs several times a tuple's)."""

    start: int
    end: int
    keyword: str


_new_hit = tuple.__new__


class RemitIndex:
    """One Aho-Corasick automaton over every remit keyword of the catalog: a measure is
    scanned once instead of once per bureau and keyword."""

    def __init__(self, catalog: Catalog):
        table: dict[str, list[tuple[str, bool]]] = {}
        for e in catalog.entries.values():
            for kw in e.remit_lead:
                if kw:
                    table.setdefault(kw, []).append((e.id, True))
            for kw in e.remit_support:
                if kw:
                    table.setdefault(kw, []).append((e.id, False))
        self.automaton = ahocorasick.Automaton()
        for kw, owners in table.items():
            self.automaton.add_word(kw, (kw, len(kw), tuple(dict.fromkeys(owners))))
        self.empty = not table
        if not self.empty:
            self.automaton.make_automaton()

    def hits(self, text: str, lo: int, hi: int) -> dict[str, tuple[list[Hit], list[Hit]]]:
        """Per bureau, its (lead hits, support hits) in ``text[lo:hi]``, in text order,
        after dropping every hit strictly inside a longer one (one span, one owner)."""
        if self.empty or hi <= lo:
            return {}
        # (start, -end, keyword, owners): a plain tuple sort orders by start, longest first
        # (hits with the same span are the same keyword, so the rest of the tuple never decides)
        found: list[tuple[int, int, str, tuple]] = []
        append = found.append
        for end_idx, (kw, n_kw, owners) in self.automaton.iter(text, lo, hi):
            append((end_idx + 1 - n_kw, -1 - end_idx, kw, owners))
        if not found:
            return {}
        found.sort()
        out: dict[str, tuple[list[Hit], list[Hit]]] = {}
        max_end = -1  # largest end among the hits seen so far (spans are unique: one keyword each)
        for s, neg_e, kw, owners in found:
            e = -neg_e
            if e > max_end:  # not inside a longer earlier (or same-start longer) span
                hit = _new_hit(Hit, (s, e, kw))   # = Hit(s, e, kw), without namedtuple's Python __new__
                for bid, is_lead in owners:
                    pair = out.get(bid)
                    if pair is None:
                        pair = out[bid] = ([], [])
                    pair[0 if is_lead else 1].append(hit)
                max_end = e
        return out


_INDEX: "weakref.WeakKeyDictionary[Catalog, tuple[int, RemitIndex]]" = weakref.WeakKeyDictionary()


def remit_index(catalog: Catalog) -> RemitIndex:
    """The catalog's RemitIndex, built once per catalog (and again if its entries change)."""
    cached = _INDEX.get(catalog)
    if cached is None or cached[0] != len(catalog.entries):
        cached = (len(catalog.entries), RemitIndex(catalog))
        _INDEX[catalog] = cached
    return cached[1]


def hit_score(hit: Hit, heading_end: int) -> float:
    return (HEADING_WEIGHT if hit.start < heading_end else BODY_WEIGHT) * (1 + LENGTH_BONUS * len(hit.keyword))


@dataclass
class Decision:
    """The rule's verdict for one measure: ``ranked`` bureaus by score (best first)."""

    ranked: list[str]
    scores: dict[str, float]
    support_scores: dict[str, float]

    @property
    def top(self) -> float:
        return self.scores[self.ranked[0]] if self.ranked else 0.0

    @property
    def runner_up(self) -> float:
        return self.scores[self.ranked[1]] if len(self.ranked) > 1 else 0.0

    @property
    def confident(self) -> bool:
        return self.top >= CONFIDENT_SCORE and self.top >= CONFIDENT_LEAD * self.runner_up

    def lead_confidence(self) -> float:
        top = self.top
        margin = (top - self.runner_up) / max(top, 1.0)
        conf = min(0.9, 0.5 + 0.4 * margin)
        if not self.confident:
            conf = min(conf, UNCERTAIN_MAX_CONFIDENCE)
        return conf

    def candidates(self) -> list[str]:
        """The runner-ups a reader should weigh against the lead when it is uncertain:
        bureaus scoring at least half the top score."""
        top = self.top
        return [b for b in self.ranked[1:] if self.scores[b] > 0 and self.scores[b] >= 0.5 * top][:MAX_CANDIDATES]


# --- functional counterparts -------------------------------------------------------------
# The catalog's remits describe Beijing's bureaus; every jurisdiction has bureaus with the
# same functions under its own names (天津市科学技术局, 广东省科学技术厅, 科学技术部 ↔ the
# science commission's remit). A body's function is read from the stem of its name: general
# knowledge of Chinese government naming, longest and most specific stems first, never a
# document's wording.
FUNCTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("drug-regulation", ("药品监督管理", "药品监督", "药监")),
    ("medical-security", ("医疗保障", "医保")),
    ("tcm", ("中医药管理", "中医管理")),
    ("health", ("卫生健康", "卫生和计划生育", "卫生计生", "卫健", "卫计", "卫生")),
    ("financial-regulation", ("金融监督管理", "银行保险监督管理", "银保监")),
    ("financial-office", ("金融工作", "地方金融", "金融委员会办公室", "金融办")),
    ("cyberspace", ("网络安全和信息化", "网信")),
    ("data", ("政务服务和数据", "政务服务", "数据管理", "大数据")),
    ("science", ("科学技术", "科技创新", "科技")),
    ("industry", ("经济和信息化", "工业和信息化", "经济信息化", "经信", "工信")),
    ("development-reform", ("发展和改革", "发展改革", "发改")),
    ("hrss", ("人力资源和社会保障", "人力资源社会保障", "人力社保", "人社")),
    ("planning", ("规划和自然资源", "自然资源和规划", "规划自然资源", "自然资源", "规自")),
    ("intellectual-property", ("知识产权",)),
    ("commerce", ("商务",)),
    ("finance", ("财政",)),
    ("education", ("教育",)),
    ("customs", ("海关",)),
    ("press", ("新闻办公室", "新闻办")),
)
# names that hold a stem but are not that function's bureau (a science park's committee,
# a zone's government, a party department)
_NOT_A_FUNCTION_BUREAU = re.compile(r"园区|开发区|新区|(?:人民)?政府(?:办公厅|办公室)?$")


@lru_cache(maxsize=8192)
def function_of(name: str) -> str | None:
    """The function a bureau's name states (天津市科学技术局 → science), or None."""
    if _NOT_A_FUNCTION_BUREAU.search(name):
        return None
    best: tuple[int, str] | None = None
    for key, stems in FUNCTIONS:
        for stem in stems:
            i = name.find(stem)
            if i != -1 and (best is None or i < best[0]):
                best = (i, key)  # the stem nearest the start names the function
                break
    return best[1] if best else None


def counterparts(remit_bureaus: list[tuple[str, str]], bodies: list[tuple[str, str]]) -> dict[str, str]:
    """Per remit bureau (id, name), the body of ``bodies`` (id, name; best first) with the
    same function: the first such body, once each (one local body stands for one remit)."""
    return counterparts_by_function(remit_functions(remit_bureaus), bodies)


def remit_functions(remit_bureaus: list[tuple[str, str]]) -> list[tuple[str, str | None]]:
    """(id, function) of each remit bureau (id, name): the function its name's first part
    states. A catalog's list is the same for every document: callers keep it once."""
    return [(rid, function_of(rname.split("、")[0])) for rid, rname in remit_bureaus]


def counterparts_by_function(remit_fns: list[tuple[str, str | None]], bodies: list[tuple[str, str]]) -> dict[str, str]:
    """``counterparts`` with the remit bureaus' functions already read (``remit_functions``)."""
    by_function: dict[str, str] = {}
    for bid, name in bodies:
        f = function_of(name)
        if f is not None and f not in by_function:
            by_function[f] = bid
    out: dict[str, str] = {}
    if not by_function:
        return out
    used: set[str] = set()
    for rid, f in remit_fns:
        local = by_function.get(f) if f else None
        if local is not None and local not in used:
            out[rid] = local
            used.add(local)
    return out
