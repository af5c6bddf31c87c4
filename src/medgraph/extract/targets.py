"""Quantitative targets and reported figures: 不少于120项, 由70个工作日缩短至40个,
500亿元规模, 压缩至25周以内, 达到90%以上, 超100亿元, 5-8项, 不超过15个工作日 …

    find_targets(text, lo, hi) -> list[Target]

Pure: works on the normalized (simplified) text between ``lo`` and ``hi`` and returns
spans in that text; the caller maps them to the original for evidence. Each target has
the metric (the noun phrase measured), a comparator (>=, <=, =, <, >, range), a value,
a unit, and baseline → goal when the text gives both (由28周压缩至20周).

``fact_kind`` tells a target the text sets (提出/目标/不少于…) from a figure it reports
(已缩短至24.9周, 目前…提升至90%以上): press conferences and articles report progress.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from operator import attrgetter

# units, longest first so 个工作日 wins over 个 and 万亿元 over 亿元
UNITS = ["个工作日", "工作日", "万亿元", "亿元", "万元", "万平方米", "平方米", "万人次", "万人", "万例", "万份", "家次", "批次",
         "个月", "通道", "%", "％", "项", "个", "周", "家", "种", "台", "例", "件", "批", "名", "人", "亩", "天",
         "TB", "倍", "款", "品规", "所", "份"]
_UNIT = "(?:" + "|".join(re.escape(u) for u in UNITS) + ")"
_NUM = r"\d+(?:\.\d+)?"

CHANGE_VERB = r"(?:缩短|压缩|缩减|减少|降低|下降|提高|提升|增加|增长|扩大|增)"
DOWN_VERBS = ("缩短", "压缩", "缩减", "减少", "降低", "下降")

# A number not preceded by a digit or a point, written to START with \d: re's search then
# skips to the next digit in C (a leading look-behind, as in (?<![\d.])\d+, makes it try
# the whole pattern at every position). Same matches and groups as (?<![\d.])(?P<val>_NUM).
_VAL = r"(?P<val>\d(?<![\d.]\d)\d*(?:\.\d+)?)"

# (name, regex); group names: base, bunit, val, unit, val2, tail
# Every pattern starts with a literal, a set of literals or \d (look-arounds come after the
# first character: 增(?<!新增), 为(?<=方式为)) so that re searches by its first character.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("change", re.compile(rf"(?:由|从)\s*(?P<base>{_NUM})\s*(?P<bunit>{_UNIT})?\s*(?P<verb>{CHANGE_VERB})(?:至|到)"
                          rf"\s*(?P<val>{_NUM})\s*(?P<unit>{_UNIT})?(?P<tail>以内|以下|以上)?")),
    ("range", re.compile(rf"{_VAL}\s*[-–—~～至到]\s*(?P<val2>{_NUM})\s*(?P<unit>{_UNIT})")),
    ("at_least", re.compile(rf"(?P<cmp>不少于|不低于|至少|≥|不小于)\s*(?P<val>{_NUM})\s*(?P<unit>{_UNIT})")),
    ("at_most", re.compile(rf"(?P<cmp>不超过|不高于|不多于|最多|≤|不大于)\s*(?P<val>{_NUM})\s*(?P<unit>{_UNIT})")),
    ("reach", re.compile(rf"(?P<verb>缩短|压缩|缩减|减少|降低|下降|提高|提升|增加|增长|扩大|增(?<!新增)(?=至|到)|达到|达|突破)(?:至|到)?\s*(?P<val>{_NUM})\s*(?P<unit>{_UNIT})"
                         r"(?P<tail>以内|以下|以上)?")),
    ("over", re.compile(rf"(?P<cmp>超过|超)\s*(?P<val>{_NUM})\s*(?P<unit>{_UNIT})")),
    ("scale", re.compile(rf"(?:规模\s*(?P<val>{_NUM})\s*(?P<unit>{_UNIT})|(?P<val_b>{_NUM})\s*(?P<unit_b>{_UNIT})\s*规模)")),
    ("bound", re.compile(rf"{_VAL}\s*(?P<unit>{_UNIT})\s*(?P<tail>以上|以内|以下)")),
    # plain counts behind a verb of creation: 新增2个…, 开发512通道…, 创新药10个
    ("count", re.compile(rf"(?P<verb>为(?<=方式为)|新增|新建|累计|开发|建设|建成|形成|打造|产出|资助|引进|引育|吸引|培育|孵育|遴选|完成|发现|设立|推动|"
                         rf"获批上市创新药|创新医疗器械|上市企业)[^\d，,。；;:：、\n]{{0,12}}?(?<![\d.])(?P<val>{_NUM})\s*(?P<unit>{_UNIT})")),
]

CLAUSE_BREAK = re.compile(r"[，,。；;：:！？!?\n]")
# leading words that are not part of what is measured
LEAD_WORDS = ("到目前为止", "到目前", "截至目前", "落实到", "深化", "联合", "进一步", "全力", "积极", "加快", "持续", "力争", "争取", "推动", "支持", "开展", "实现", "新增", "累计", "要求", "明确",
              "提出", "重点", "新培育", "培育", "建设", "建成", "形成", "开发", "纳入", "引育", "引进", "吸引", "打造", "资助",
              "完成", "布局", "规划", "合作", "将", "对", "为", "使", "其中", "同时", "目前", "已经", "已", "共", "均", "全市",
              "当年", "本市", "并", "和", "及", "以及", "通过", "产出", "孵育", "设立", "发现", "遴选")
TRAIL_WORDS = ("目标", "平均", "均", "已", "已经", "平均", "总体", "的", "分别", "达到", "提升", "提高", "实现", "为", "共", "累计", "再")
GENERIC = ("时限", "时间", "用时", "时长", "周期", "规模", "比例", "数量", "占比", "额度", "互认率", "比率", "率", "品种", "金额")
# verbs that end the object of a clause (对药品补充申请注册检验|开辟绿色通道)
OBJECT_END = re.compile(r"(开辟|开展|实施|建立|推进|实行|优化|提高|提升|加快|完成|进行|纳入|实现)")
PROGRESS_CUES = re.compile(r"(已|完成|目前|截至|截止|累计|同比|较去年|较\d{4}年|今年以来|为止|成为|共通过|共有|办理|完成了|进行了|全年|上半年)")
TARGET_CUES = re.compile(r"(提出|目标|要求|力争|争取|推动|不少于|不低于|不超过|以内|到20\d\d年|计划|将)")
_YEAR = re.compile(r"^(?:到|至|在)?\s*((?:19|20)\d{2})\s*年(?:底|末|上半年|前)?")


ENUM_BREAK = re.compile(rf"\d\s*{_UNIT}\s*(?:以上|以内)?[、和及]")
POST_NOUN = re.compile(r"[\u4e00-\u9fffA-Za-z“”\"]{2,18}?(?=开展|进行|纳入|实现|通过|来京|落地|在|并(?!购)|用于|加强|推动|支持|助力|赋能|形成|正式|"
                       r"[，,。；;：:、\n\s(（]|$)")
# a figure stated against another one (同比减少7.7周, 较2024年增长14%, 比上海…缩短5周) is a
# difference, not a level or a goal of its own: not a target
DELTA = re.compile(r"^(?:同比|环比|较|比)")


@dataclass
class Target:
    metric: str
    comparator: str          # >= | <= | = | < | > | range
    value: float
    unit: str
    start: int               # span in the text given to find_targets
    end: int
    quote: str
    baseline: float | None = None
    goal: float | None = None
    value_max: float | None = None
    year: int | None = None  # 2026年重点储备… → 2026
    pattern: str = ""

    def to_dict(self) -> dict:
        # fields are scalars: a plain read, not dataclasses.asdict's recursive deep copy — of the
        # instance dict when it holds exactly the fields in their order (as __init__ sets them)
        d = self.__dict__
        if tuple(d) == _FIELDS:
            return {k: v for k, v in d.items() if v is not None and v != ""}
        return {k: v for k in _FIELDS if (v := getattr(self, k)) is not None and v != ""}


_FIELDS = tuple(f.name for f in fields(Target))


def _num(s: str) -> float | int:
    f = float(s)
    return int(f) if f.is_integer() and "." not in s else f


def _norm_unit(u: str | None) -> str:
    u = (u or "").strip()
    return {"％": "%", "个工作日": "工作日"}.get(u, u)


_SPAN = attrgetter("start", "end")   # a target's (start, end), its sort key
_THROUGH_LAST_CLAUSE_CHAR = re.compile(r"(?s:.*)[，,。；;：:！？!?\n]")   # greedy: the last one in range


def _clause_start(text: str, lo: int, pos: int) -> int:
    """Just past the last clause break in [lo, pos), else lo (pos itself when pos <= lo): one
    C scan, not a walk per character."""
    if pos <= lo:
        return pos
    m = _THROUGH_LAST_CLAUSE_CHAR.match(text, lo, pos)
    return m.end() if m else lo


_WS = re.compile(r"\s+")
_SAID = re.compile(r"^[^，,。；;]{0,12}?(?:中提到|中提出|提到)的?(?=.{4})")
_PAREN_SHORT = re.compile(r"[(（][^)）]{0,10}[)）]")
_PAREN_OPEN = re.compile(r"[(（][^)）]*$")
_PAREN_LEAD = re.compile(r"^[(（][^)）]{0,8}[)）]")
_YEAR_LEAD = re.compile(r"^(?:到|至|在)?(?:19|20)\d{2}年(?:底|末|上半年)?")
_LEAD_FIRST = frozenset(w[0] for w in LEAD_WORDS)
_LEAD_BY_FIRST: dict[str, tuple[tuple[int, str], ...]] = {
    c: tuple((j, w) for j, w in enumerate(LEAD_WORDS) if w[0] == c) for c in _LEAD_FIRST}
_TRAIL_LAST = frozenset(w[-1] for w in TRAIL_WORDS)


@lru_cache(maxsize=8192)   # a pure function of the string; _metric's walk back re-cleans the same clauses (~6 calls per distinct string)
def _clean(np_: str) -> str:
    np_ = _WS.sub("", np_)
    # 政策中提到的临床试验项目启动整体用时: who said it is not what is measured
    np_ = _SAID.sub("", np_)
    np_ = _PAREN_SHORT.sub("", np_)
    np_ = _PAREN_OPEN.sub("", np_)
    np_ = _PAREN_LEAD.sub("", np_)
    np_ = _YEAR_LEAD.sub("", np_)
    changed = True
    while changed and np_:
        changed = False
        # LEAD_WORDS in order, each tried once per pass on what is left: only the words that
        # start with its current first character can match (a dict lookup, not ~60 startswith)
        k = 0
        while np_:
            for j, w in _LEAD_BY_FIRST.get(np_[0], ()):
                if j >= k and np_.startswith(w) and len(np_) > len(w) and np_[len(w):] not in GENERIC:
                    np_, changed, k = np_[len(w):], True, j + 1
                    break
            else:
                break
        if np_.startswith("其") and not np_.startswith(("其他", "其中", "其余")) and len(np_) > 2:
            np_, changed = np_[1:], True
        y = _YEAR_LEAD.match(np_)   # 实现2025年新获批… : the year behind a lead word
        if y and y.end() and len(np_) > y.end():
            np_, changed = np_[y.end():], True
        for w in TRAIL_WORDS:
            if np_[-1:] not in _TRAIL_LAST:
                break
            if np_.endswith(w) and len(np_) > len(w):
                np_, changed = np_[: -len(w)], True
    np_ = np_.replace("的", "")
    return np_.strip("“”\"'《》()（）、 ")


QUANTITY = re.compile(rf"\d\s*{_UNIT}")
# _metric's and find_targets' small patterns, compiled once (not looked up per figure)
_FROM_END = re.compile(r"(?:由|从)\s*$")
_NOT_POST = re.compile(r"(以上|以内|以下|的|规模|左右|并(?!购)|和|及|等|以)")
_TOPIC_END = re.compile(r"方面\s*$")
_NOT_OBJECT = re.compile(r"(相比|同时|其中|方面|“|向)")
_OBJECT_LEAD = re.compile(r"^\s*(?:对|将|为|在|通过)")
_YEAR_VALUE = re.compile(r"(?:19|20)\d{2}")


def _metric(text: str, lo: int, pos: int, after: int, hi: int, post_ok: bool = True,
            suffix: str = "", scale: bool = False) -> tuple[str, int, int, str]:
    """(metric, start, end, flag): the noun phrase measured is the clause words before
    ``pos``; if those are generic (时限) or a bare noun (模型) the object of an earlier clause
    (or its X方面 topic) is put in front; if empty, the words after the unit (500亿元规模的
    医药并购基金). flag: "delta" when the clause states a difference (同比减少7.7周), "weak"
    when only a filler word is left (累计达300项: the caller takes the previous figure's)."""
    cs = _clause_start(text, lo, pos)
    # 不少于50家、专精特新“小巨人”企业不少于10家: an earlier quantity in the clause ends its item
    if text.find("、", cs, pos) != -1 or text.find("和", cs, pos) != -1 or text.find("及", cs, pos) != -1:
        for em in ENUM_BREAK.finditer(text, cs, pos):   # (every match ends with 、, 和 or 及)
            cs = em.end()
    pre = _FROM_END.split(text[cs:pos])[0]
    own = _clean(pre)
    if DELTA.match(own):
        return own, cs, after, "delta"
    if scale and text[after:after + 1] == "的":   # 规模200亿元的北京市医药健康产业投资基金
        after += 1
    post_m = POST_NOUN.match(text, after, hi) if post_ok and after < hi else None
    metric = ""
    if post_m and not _NOT_POST.match(text[after:after + 2]):
        post = _clean(post_m.group(0))
        if len(post) >= 2:
            metric, cs, after = post, min(cs, pos), post_m.end()
    if not metric:
        metric = own + suffix
        if metric in LEAD_WORDS or metric in TRAIL_WORDS or metric in ("达", "达到", "共计"):
            return metric, cs, after, "weak"
    generic = next((g for g in GENERIC if metric.endswith(g)), "") if metric.endswith(GENERIC) else ""
    if (generic and len(metric) <= len(generic) + 2 or 0 < len(metric) <= 2) and cs > lo + 1:
        pcs = cs
        for _ in range(2):   # the object may sit two clauses back (…项目制管理,提高…,累计纳入品种…)
            if pcs <= lo + 1 or text[pcs - 1] in "。；;\n":
                break
            end = pcs - 1
            pcs = _clause_start(text, lo, end)
            prev = text[pcs:end]
            if _TOPIC_END.search(prev):   # AI预测、类器官方面,开发不少于15种模型
                topic = _clean(_TOPIC_END.sub("", prev))
                if topic and len(topic) <= 20:
                    return topic + metric, pcs, after, ""
                break
            # a clause with its own figure, a comparison or a quotation is not the object
            if not prev or _NOT_OBJECT.search(prev) or QUANTITY.search(prev):
                break
            prev = _OBJECT_LEAD.sub("", prev)
            cut = OBJECT_END.search(prev)
            obj = _clean(prev[: cut.start()] if cut else prev)
            if obj and len(obj) <= 20:
                return obj + metric, pcs, after, ""
    return metric, cs, after, ""


# per pattern, words one of which every match of it contains (its required literal part):
# a str.find for them is much cheaper than the pattern tried at every position of a measure
_NEEDS: dict[str, tuple[str, ...]] = {
    "change": ("由", "从"),
    "range": ("-", "–", "—", "~", "～", "至", "到"),
    "at_least": ("不少于", "不低于", "至少", "≥", "不小于"),
    "at_most": ("不超过", "不高于", "不多于", "最多", "≤", "不大于"),
    "over": ("超",),
    "scale": ("规模",),
    "bound": ("以上", "以内", "以下"),
}
_YEAR_IN = re.compile(r"(?:19|20)\d{2}(?=\s*年)")
# the same test as one C search per pattern (was a generator of str.find calls per pattern and measure)
_NEEDS_RX: dict[str, re.Pattern] = {k: re.compile("|".join(map(re.escape, ws))) for k, ws in _NEEDS.items()}


def find_targets(text: str, lo: int = 0, hi: int | None = None) -> list[Target]:
    hi = len(text) if hi is None else hi
    if not QUANTITY.search(text, lo, hi):
        # every target has a number and its unit side by side (a unitless 由28至20 has none and
        # is dropped): a span with only dates or numbering has no target
        return []
    taken: list[tuple[int, int]] = []
    weak: set[tuple[int, int]] = set()
    deltas: list[tuple[int, int, str]] = []
    out: list[Target] = []
    for name, pat in PATTERNS:
        need = _NEEDS_RX.get(name)
        if need is not None and need.search(text, lo, hi) is None:
            continue   # none of the words every match of this pattern holds: no match
        for m in pat.finditer(text, lo, hi):
            s, e = m.span()
            if taken and any(s < te and ts < e for ts, te in taken):
                continue
            g = m.groupdict()
            val_s = g.get("val") or g.get("val_b")
            unit = _norm_unit(g.get("unit") or g.get("unit_b"))
            tail = g.get("tail") or ""
            verb = g.get("verb") or ""
            if not val_s:
                continue
            # 2026年, 第1批 … are not quantities; neither are years used as values
            if _YEAR_VALUE.fullmatch(val_s) and unit in ("", "年"):
                continue
            value = _num(val_s)
            baseline = goal = vmax = None
            if name == "change":
                baseline, goal = _num(g["base"]), value
                bunit = _norm_unit(g.get("bunit"))
                if bunit and (not unit or bunit.endswith(unit) or unit == "个"):
                    unit = bunit
                if not unit:
                    continue
                comparator = "<=" if tail in ("以内", "以下") else (">=" if tail == "以上" else "=")
            elif name == "range":
                vmax = _num(g["val2"])
                if vmax <= value:
                    continue
                comparator = "range"
            elif name == "at_least":
                comparator = ">="
            elif name == "at_most":
                comparator = "<="
            elif name == "over":
                comparator = ">"
            elif name == "scale":
                comparator = "="
            elif name == "bound":
                comparator = ">=" if tail == "以上" else "<="
            elif name == "reach":
                if tail == "以上":
                    comparator = ">="
                elif tail in ("以内", "以下") or verb.startswith(DOWN_VERBS):
                    comparator = "<="
                else:
                    comparator = "="
            else:  # count
                comparator = "="
            # the metric is measured from where the quantity phrase starts
            phrase_start = m.start("val") if name == "count" else s
            scale_first = name == "scale" and g.get("val") is not None   # 总规模5亿元 → 总规模
            metric, mstart, mend, flag = _metric(text, lo, phrase_start, e, hi, post_ok=name != "change",
                                                 suffix="规模" if scale_first else "", scale=name == "scale")
            if flag == "delta":   # kept only to name a filler after it (较…新增X 100项,累计达300项)
                deltas.append((s, e, _clean(_DELTA_LEAD.sub("", metric))))
                continue
            if name == "count" and not metric:
                continue
            if flag == "weak":
                weak.add((s, e))
            yr = None
            cs = _clause_start(text, lo, s)
            ym = _YEAR_IN.search(text, cs, s) if text.find("年", cs, s) != -1 else None   # (its 年 lies before s)
            if ym:
                yr = int(ym.group(0))
            qs = mstart if metric else s
            qe = max(e, mend if mend <= hi else e)
            out.append(Target(
                metric=metric, comparator=comparator, value=value, unit=unit, start=qs, end=qe,
                quote=text[qs:qe], baseline=baseline, goal=goal, value_max=vmax, year=yr, pattern=name,
            ))
            taken.append((s, e))
    out.sort(key=_SPAN)
    # 较2024年新增纳入项目制服务药械品种数量100项,累计达300项: the filler takes the metric of
    # the figure before it in the same sentence
    named = sorted([(t.start, t.end, t.metric) for t in out if t.metric] + deltas)
    drop = []
    for i, t in enumerate(out):
        if weak and any(t.start <= ws and we <= t.end for ws, we in weak):
            prev = [x for x in named if x[1] <= t.start and x[2]]
            if prev and not _FILLER_BREAK.search(text[prev[-1][1]:t.start]):
                t.metric = prev[-1][2]
            else:
                drop.append(i)
    return [t for i, t in enumerate(out) if i not in drop]


_SENTENCE_END = re.compile(r"[。；;\n!?！？]")
_THROUGH_LAST_SENTENCE_END = re.compile(r"(?s:.*)[。；;\n!?！？]")   # greedy: the last one in range


def sentence_of(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The sentence around [start, end) within [lo, hi): from after the last sentence end
    before ``start`` to the first one at or after ``end`` (two C scans, not a walk per character)."""
    hi = len(text) if hi is None else hi
    m = _THROUGH_LAST_SENTENCE_END.match(text, lo, start) if start > lo else None
    s = m.end() if m else min(start, lo)
    m = _SENTENCE_END.search(text, end, hi) if end < hi else None
    e = m.start() if m else max(end, hi)
    return s, e


def fact_kind(text: str, t: Target, lo: int = 0, hi: int | None = None) -> str:
    """'progress' when the sentence reports what happened (已, 目前, 截至…), else 'target'."""
    s, e = sentence_of(text, t.start, t.end, lo, hi)
    before = text[s:t.end]
    if PROGRESS_CUES.search(before) and not _SET_CUES.search(before):
        return "progress"
    if TARGET_CUES.search(text[s:e]):
        return "target"
    # 《若干措施2025版》为…构建500亿元规模医药健康产业基金: a policy named in the sentence
    # (and no report cue) states what the policy sets
    if _POLICY_TITLE.search(text[s:t.start]):
        return "target"
    return "progress"


def metric_key(metric: str) -> set[str]:
    """Character bigrams of a metric (for comparing metrics across documents)."""
    m = _NOT_WORD.sub("", metric)
    return {m[i:i + 2] for i in range(len(m) - 1)} or ({m} if m else set())


def as_records(document, text: str, lo: int, hi: int, **extra) -> list[dict]:
    """Targets between ``lo`` and ``hi`` of the normalized text as JSON-encodable dicts whose
    quote/start/end are the ORIGINAL text (``document.to_original``), ready for node props."""
    out = []
    for t in find_targets(text, lo, hi):
        os_, oe = document.to_original(t.start, t.end)
        d = t.to_dict()
        d.pop("pattern", None)
        d.update(quote=document.original[os_:oe], start=os_, end=oe, document=document.id, **extra)
        d.setdefault("baseline", None)
        d.setdefault("goal", None)
        out.append(d)
    return out


def facts(document, text: str, policy_mentions: list[tuple[int, int, str]] = ()) -> list[dict]:
    """Figures an article or press conference states, as facts: each target/figure with
    ``kind`` (progress | target) and ``policy``, the nearest policy named before it in
    the same or an earlier paragraph (``policy_mentions``: (start, end, policy id))."""
    out = []
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for ms, _, pid in policy_mentions:
        counts[pid] = counts.get(pid, 0) + 1
        first.setdefault(pid, ms)
    for t in find_targets(text, 0, len(text)):
        os_, oe = document.to_original(t.start, t.end)
        d = t.to_dict()
        d.pop("pattern", None)
        s, e = sentence_of(text, t.start, t.end)
        cs, ce = document.to_original(s, e)
        # the year the figure is stated for: 2024年,…已缩短至24.9周 (the sentence's first year)
        sy = _SENTENCE_YEAR.search(text[s:t.start])
        if d.get("year") or sy:
            d["as_of"] = d.get("year") or int(sy.group(1))
        kind = fact_kind(text, t)
        if kind == "progress" and t.pattern == "reach" and not _BOUND_END.search(t.quote):
            d["comparator"] = "="   # 已缩短至24.9周 reports a level, not a bound
        d.update(kind=kind, quote=document.original[os_:oe], start=os_, end=oe,
                 document=document.id, baseline=t.baseline, goal=t.goal, context=document.original[cs:ce].strip())
        # the edition a stated target belongs to: a policy named as subject in the same
        # sentence, else the policy the document talks about most; 与《X》相比 names the baseline's
        if d["kind"] == "target" and counts:
            subject = compared = None
            for ms, me, pid in policy_mentions:
                if s <= ms and me <= t.start:
                    if _COMPARED_BEFORE.search(text[max(s, ms - 3):ms]):
                        compared = pid
                    else:
                        subject = pid
            d["policy"] = subject or max(counts, key=lambda k: (counts[k], -first[k]))
            if compared and compared != d["policy"]:
                d["compared_to"] = compared
        if _COMPARISON.search(text[s:e]):
            d["comparison"] = True
        out.append(d)
    return out


# inline patterns compiled once (re.search(str, …) looked each up in re's cache per call)
_DELTA_LEAD = re.compile(r"^(?:同比|环比|较|比)(?:\d{4}年|去年|上年)?(?:同期|底|末)?")
_FILLER_BREAK = re.compile(r"[。；;\n!?！？]")
_SET_CUES = re.compile(r"(提出|目标|要求|力争|明确)")
_POLICY_TITLE = re.compile(r"《[^》]*(?:措施|计划|方案|意见|政策|规划|办法)[^》]*》")
_NOT_WORD = re.compile(r"[^\u4e00-\u9fffA-Za-z0-9]")
_SENTENCE_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_BOUND_END = re.compile(r"(以内|以下|以上)$")
_COMPARED_BEFORE = re.compile(r"(与|和|比|较|同)\s*《?$")
_COMPARISON = re.compile(r"(相比|对比|较\d{4}年|同比)")
