"""National organs named in any of their forms, from the gazetteer graph/national_organs.yaml.

A national body has no place before its name, so the shape rules of bodies.py (place + core +
suffix) cannot find the forms a joint national notice signs with: 税务总局, 体育总局, 人民银行,
银保监会, 中央军委后勤保障部, or the 2003 decree's 食品药品监管局. The gazetteer lists the
State Council's organs (today's and earlier ones) with their short names; one Aho-Corasick
pass over the text finds them, leftmost-longest.

Two kinds of forms:

- an organ's own names and the short names only it bears (税务总局, 国家医保局, 银保监会) are
  the national organ wherever they stand, unless a place's level word is glued before them
  or a branch follows (人民银行德阳市中心支行 is a branch, not the bank);
- short names a local body also bears (医疗保障局, 中医药局, 发展改革委) are the national
  organ only in a national document or in a cited title a national body opens
  (《国务院办公厅转发卫生计生委等部门…》), only where a name may start (after punctuation, a
  line break, a lead-in verb or another body's name), and never in a clause addressed to a
  class (各省…卫生计生委、中医药局: every province's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import ahocorasick
import yaml

from medgraph.resources import asset


@dataclass(frozen=True, slots=True)
class Organ:
    """An organ found at [start, end): its official ``name`` and the ``form`` written."""
    start: int
    end: int
    name: str
    form: str
    former: bool = False


@dataclass(frozen=True, slots=True)
class _Form:
    name: str
    local: bool
    former: bool
    starts: bool = False   # found only where a name may start (the Taiwan region's organs: 经济部 ends
    #                        a zone's 科技经济部 too)


_CJK = re.compile(r"[\u4e00-\u9fff]")
# a place's level word glued before a form: 市医疗保障局, 省药监局 (the place's body)
_LEVEL_BEFORE = frozenset("市省区县州旗盟镇乡村")
_NAME_END = frozenset("会局厅府室委部署行办")
_LEAD_IN = re.compile(r"(?:转发|印发|会同|联合|协调|组织|指导|配合|牵头|负责|督促|支持|推动|商请|征求|经|由|请|报|向|并|及|和|与|同|对|将|为"
                      r"|兼)$")   # (卫生部副部长兼中医药局局长: a second post, at another organ)
# what makes a form part of something else: a word (财政部门, 局长, 农业部分, 建设部署), a branch (人民银行德阳市中心
# 支行, 中国银行保险监督管理委员会北京监管局), or a place's body (国家税务总局北京市税务局)
# (a conjunction opens no branch's or place's name: 党中央和市委市政府 names two bodies)
_AFTER = re.compile(r"[门长员分署]|(?![和与及或])(?:[\u4e00-\u9fff]{0,8}?(?:分行|支行|营业管理部|分局|分院|分会|监管局|派出机构|特派员办事处)"
                    r"|[\u4e00-\u9fff]{2,6}?(?:省|市(?!场)|自治区|特别行政区))")
# a department of an organ named right after it (中央军委后勤保障部卫生局, 国家卫生健康委办公厅):
# one body, not the organ
_UNIT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:局|司|办公厅|办公室)(?![长])")
_NOT_UNIT = re.compile(r"[省市区县各]|有关|相关|所属|国家|国务院|中国|中央|会同|联合|配合|牵头|负责|指导|组织|协调|支持|[等和与及的在对向由将按并或]")
# verbs that take an organ as their object in a government's news (通过经济部拟具的…, 责成X, 召集X、Y)
_CALLS = re.compile(r"(?:通过|责成|召集|邀集|邀请|请求|要求|建议|督促|授权|委托)$")
# a clause addressed to a class of bodies (各省、自治区…卫生计生委、中医药局)
_CLAUSE_START = re.compile(r"[。；;：:\n]")


_DEPUTY = ("代表", "委员")
# a cited title of a national document (《国务院办公厅转发卫生计生委等部门关于…》): its bodies are national
_NATIONAL_TITLE = re.compile(r"(?:国务院|中共中央|中华人民共和国|国家)")


def _in_national_title(text: str, s: int) -> bool:
    """Is position ``s`` inside a cited title that a national body opens?"""
    t = text.rfind("《", max(0, s - 60), s)
    return t != -1 and "》" not in text[t:s] and _NATIONAL_TITLE.match(text, t + 1) is not None


def _load(path: Path) -> dict[str, _Form]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    forms: dict[str, _Form] = {}
    region = {id(o) for o in data.get("taiwan") or []}
    for o in [*(data.get("organs") or []), *(data.get("taiwan") or [])]:   # (the Taiwan region's organs: see the file)
        name = o["name"]
        former = bool(o.get("former"))
        for f in [name, *(o.get("aliases") or [])]:
            forms[f] = _Form(name, False, former, id(o) in region)
        for f in o.get("local") or []:
            forms.setdefault(f, _Form(name, True, former))
    return forms


@lru_cache(maxsize=4)
def gazetteer(path: str = "") -> tuple[dict[str, _Form], "ahocorasick.Automaton"]:
    """The forms of the gazetteer at ``path`` ("" = the bundled one) and their automaton."""
    forms = _load(Path(path) if path else asset("graph", "national_organs.yaml"))
    auto = ahocorasick.Automaton()
    for f in forms:
        auto.add_word(f, f)
    auto.make_automaton()
    return forms, auto


@lru_cache(maxsize=4)
def _alphabet(path: str = "") -> frozenset[str]:
    """Every character of the gazetteer's forms. The automaton has a transition on none of the
    others: after one of them it is back at its root with nothing pending, so the hits of a text
    up to such a character are the hits of that part alone (and the scan may start after it)."""
    return frozenset("".join(gazetteer(path)[0]))


# the text the automaton ran over last and its hits (entities asks for the bodies of a document's
# head, then of the whole document: the head's scan is not run again)
_LAST_SCAN: tuple[str, tuple[tuple[int, str], ...]] = ("", ())


def _iter_long(text: str) -> tuple[tuple[int, str], ...]:
    """``tuple(auto.iter_long(text))`` for the bundled gazetteer. When the text scanned last is a
    prefix of this one, its hits up to its last character outside every form (``_alphabet``) are
    kept and the scan runs on from that character: the same hits, the prefix not scanned twice."""
    global _LAST_SCAN
    auto = gazetteer()[1]
    last_text, last_hits = _LAST_SCAN   # (one read: another thread may replace it)
    n = len(last_text)
    if 0 < n < len(text) and text.startswith(last_text):
        alphabet = _alphabet()
        b = n
        while b > 0 and last_text[b - 1] in alphabet:
            b -= 1
        if b > 0:   # (b: the position after the prefix's last character outside every form)
            hits = tuple(h for h in last_hits if h[0] < b) + tuple(auto.iter_long(text, b, len(text)))
            _LAST_SCAN = (text, hits)
            return hits
    hits = tuple(auto.iter_long(text))
    _LAST_SCAN = (text, hits)
    return hits


def names() -> frozenset[str]:
    """The official names of every organ in the gazetteer."""
    return frozenset(f.name for f in gazetteer()[0].values())


# what ends a list of bodies: a sentence's or clause's end, a bracket (…等按职责分工负责) or a line
_LIST_BREAK = re.compile(r"[。；;：:\n（()）]")


def _among_organs(text: str, hits: list[tuple[int, int, str]], forms: dict[str, _Form], i: int) -> bool:
    """Does the local form of hit ``i`` stand in one list with a form only a national organ bears
    (（发展改革委牵头，科技部、财政部…按职责分工负责）, 外交部、侨办): then the list is the State
    Council's organs, whatever the document's own place (a city's page carrying a national text)."""
    s, e = hits[i][0], hits[i][1]
    for j in (i - 1, i + 1, i - 2, i + 2):
        if not 0 <= j < len(hits):
            continue
        a, b, form = hits[j]
        if forms[form].local or text[a - 1:a] in _LEVEL_BEFORE or _AFTER.match(text, b):
            continue   # (科技部门, 财政部门: a class of departments, no organ — as find reads them; review s12)
        lo, hi = (b, s) if j < i else (e, a)
        gap = text[lo:hi]
        if len(gap) <= 4 and not _LIST_BREAK.search(gap) and not _CJK.search(gap.removeprefix("牵头")):
            return True   # (、 between the two, or the lead's 牵头, before the next)
    return False


def find(text: str, national: bool, taken: bytearray | None = None) -> list[Organ]:
    """National organs named in ``text`` (normalized, simplified), left to right.
    ``national``: the document is a national one (its local short forms are the nation's);
    ``taken``: 1 where the caller already has a mention (a catalogued name is left to it), else 0."""
    forms = gazetteer()[0]
    out: list[Organ] = []
    hits = [(end_idx + 1 - len(form), end_idx + 1, form) for end_idx, form in _iter_long(text)]
    for i, (s, e, form) in enumerate(hits):
        f = forms[form]
        if taken is not None and 1 in taken[s:e]:
            # a catalogued organ is left to the catalog, unless its department follows it
            # (国家中医药局综合司, 国家卫生健康委科教司): the department is a body of its own
            unit = None if f.local or 0 in taken[s:e] else _UNIT.match(text, e)
            if unit is None or len(unit.group(0)) < 2 or 1 in taken[e:unit.end()] or _NOT_UNIT.search(unit.group(0)) \
                    or (i + 1 < len(hits) and hits[i + 1][0] < unit.end()):
                continue
        if text.startswith(_DEPUTY, e) and form.endswith(("人大", "政协", "人民代表大会")):
            continue   # 全国人大代表, 全国政协委员: a deputy or member, a person (as 人大代表 is for a place's congress)
        prev = text[s - 1] if s > 0 else "\n"
        after = _AFTER.match(text, e)
        if prev in _LEVEL_BEFORE or after is not None and not (i + 1 < len(hits) and hits[i + 1][0] < after.end()):
            continue   # (what follows is no branch when another organ starts inside it: names glued in a line)
        if f.starts and _CJK.match(prev) and prev not in _NAME_END and not _LEAD_IN.search(text, max(0, s - 2), s) \
                and not _CALLS.search(text, max(0, s - 2), s):
            continue   # 科技经济部: glued to a word, not a name's start (通过经济部拟具的…: a verb before it)
        if f.local:
            if not national and not _in_national_title(text, s) and not _among_organs(text, hits, forms, i):
                continue
            if _CJK.match(prev) and prev not in _NAME_END and not _LEAD_IN.search(text, max(0, s - 2), s):
                continue   # 规划中医药局…: glued to a word, not a name's start
            cut = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, s - 120), s)), default=max(0, s - 120))
            if "各" in text[cut:s]:
                continue
        name = f.name
        unit = None if f.local else _UNIT.match(text, e)
        if unit is not None and len(unit.group(0)) >= 2 and not _NOT_UNIT.search(unit.group(0)) and not (i + 1 < len(hits) and hits[i + 1][0] < unit.end()):
            name, form, e = name + unit.group(0), form + unit.group(0), unit.end()
        out.append(Organ(s, e, name, form, f.former))
    return out


@lru_cache(maxsize=4)
def region_organs(region: str, path: str = "") -> tuple[dict[str, str], re.Pattern | None]:
    """The organs of a special administrative region's government (香港, 澳门) from the gazetteer's
    ``special_administrative_regions``: form → official name, and a pattern of the forms (longest
    first; the council's panels 立法会X事务委员会 before the council)."""
    data = yaml.safe_load((Path(path) if path else asset("graph", "national_organs.yaml")).read_text(encoding="utf-8")) or {}
    forms: dict[str, str] = {}
    for o in (data.get("special_administrative_regions") or {}).get(region) or []:
        for f in [o["name"], *(o.get("aliases") or [])]:
            forms[f] = o["name"]
    if not forms:
        return forms, None
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return forms, re.compile(r"立法会[\u4e00-\u9fff]{2,8}?事务委员会|" + alts)
