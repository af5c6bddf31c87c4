"""Questions in Chinese (either script), mapped without a language model onto the service's
queries: who owns a measure, what a bureau leads, what is in a place, where something is, a
fund's size, what a measure targets, how editions changed, what a policy contains.

How: the question is normalised (simplified script, no punctuation or spaces); entity names
are found by an Aho-Corasick pass over every name and alias in the graph (longest match
wins); the intent comes from cue words (由谁牵头 / 哪个部门负责 / 责任单位 / 归谁管 …) and the
kinds of entity found. A question that names no entity the intent needs, or no intent, is
refused (``NotUnderstood`` → 422 with what was understood and example questions): a wrong
mapping presented as certain is worse than asking again. An ambiguous measure answers with
its candidates, as /owners does.

The answer: ``{question, certain, interpretation, certainty, answer, evidence, query}`` —
``answer`` is exactly the JSON of the endpoint the question maps to, ``query`` the named
Cypher query (cypher/) and parameters that answer it on Neo4j, ``certainty`` how sure the
answer is (medgraph.ask_certainty): ``certain`` only when the question mapped unambiguously
and what the answer states rests on explicit text or catalog facts. An owner inferred from
remit keywords is shown as inferred (推断), with every bureau the rule weighed and its score;
heading words two measures match about equally (MATCH_MARGIN) get candidates, not a pick.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import ahocorasick

from medgraph import queries
from medgraph.extract.source_kind import AUTHORITY
from medgraph.models import Node
from medgraph.store.base import GraphStore
from medgraph.textnorm import to_simplified
from medgraph.textutil import cn_to_int

EXAMPLES = [
    "手术机器人入院由哪个部门牵头？", "2026年措施第十七条的责任单位是谁", "市医保局牵头哪些措施？",
    "亦庄有哪些创新产品？", "國際醫藥創新公園在哪裡？", "北京市医药健康产业投资基金规模多大",
    "第十七条措施的目标是什么", "2026年措施和行动计划相比有什么变化", "2026年若干措施包含哪些措施",
]
_PUNCT = re.compile(r"[\s\u3000?？!！。，,、；;：:“”\"'‘’（）()《》〈〉【】\[\]…·]")
_LABEL_WORDS = [
    ("Product", r"产品|药品|药物|新药|器械|医疗器械|创新药"),
    ("Platform", r"平台|园区|产业园|基地|中心|载体|公园"),
    ("Organization", r"企业|公司|医院|机构|单位|药企|院所"),
    ("Fund", r"基金"),
    ("Measure", r"措施|政策|举措|任务"),
]
_OWNER = re.compile(r"谁牵头|由谁|哪个部门|哪些部门|什么部门|哪个单位|哪家单位|哪个局|哪个委|哪个委办局|哪家机构|哪个机构|"
                    r"责任单位|牵头单位|牵头部门|责任部门|主管部门|负责单位|归谁|谁负责|谁主管|谁来抓|谁主抓|谁管|谁落实|"
                    r"负责部门|谁来负责|谁推进|归口|谁是牵头|归哪个|由哪(?:一个|个|家)?(?:部门|单位|委办局|局|委|机构)?")
_BUREAU_MEASURES = re.compile(r"(牵头|负责|参与|配合|协助|协同|主管|承担|落实|管|涉及|作为配合单位参与|作为牵头单位)(了)?"
                              r"(哪些|什么|几项|多少|哪几)(措施|任务|工作|事项|条)?|"
                              r"有哪些(措施|任务)|的措施有哪些|负责的措施|牵头的有哪些|配合的有哪些|"
                              r"是哪些(措施|任务|工作)的(牵头|配合|责任|负责)(单位|部门)|哪些(措施|任务|工作)(由|是)")
_LEAD_WORDS = re.compile(r"牵头|主抓")
_SUPPORT_WORDS = re.compile(r"配合|协助|协同")
_NOT_THE_PLACE = re.compile(r"以外|之外|除了|周边|附近|周围|邻近|不包括|不含|不在")
_WHERE = re.compile(r"在哪|在什么地方|位于|哪个区|哪个区域|坐落|在何处|地址|落户在|落户于|在哪个")
_CONTENTS = re.compile(r"有哪些|有什么|有几|包括|包含|都有|落户了|落地了|聚集了|入驻|集聚|涉及")
_FUND = re.compile(r"规模|多少钱|多大|金额|资金|多少亿|投向|投资了|支持了哪些|支持(?:什么|哪些)|资助|投了|用于")
_TARGETS = re.compile(r"目标|指标|针对|面向|涉及|支持对象|作用于|瞄准|覆盖哪些|到\d{4}年|多少家|多少个|多少项|达到多少|要达到")
_CHANGE = re.compile(r"变化|变了|有何不同|有什么不同|区别|调整|相比|对比|比较|较上一版|新增|修改|改了|差异|缩短|延长|"
                     r"延续|保留|删除|去掉|比\d{4}|比行动计划|比若干措施|和.{0,12}比")
_POLICY_CONTENTS = re.compile(r"包含|包括|主要内容|讲了什么|有哪些(措施|任务|条款|内容|举措|条)|多少条|几条|哪些条|内容是什么")
_NUMBER = re.compile(r"第([0-9]{1,3}|[一二三四五六七八九十百零两]+)(条|项|点)|(?<![0-9])([0-9]{1,3})条|"
                     r"措施([0-9]{1,3}|[一二三四五六七八九十]+)(?![0-9年版])|"
                     # a bare 第N ends the reference (第十七由谁…, 第3?): 第三方, 第一批, 第二阶段 are not measures
                     r"第([0-9]{1,3}|[一二三四五六七八九十]+)(?=$|[^0-9\u4e00-\u9fff]|[由的是归谁要针涉在和与])")
_YEAR = re.compile(r"((?:19|20)\d{2})年?(版|的|年)?")
_OFF_TOPIC = re.compile(r"天气|股价|股票|彩票|电影|菜谱|足球|篮球|明星|气温|下雨|汇率")


class NotUnderstood(ValueError):
    """The question could not be mapped with confidence (the API answers 422)."""

    def __init__(self, message: str, understood: dict[str, Any]):
        super().__init__(message)
        self.message = message
        self.understood = understood
        self.examples = EXAMPLES


@dataclass
class Found:
    id: str
    label: str
    name: str
    surface: str
    start: int
    end: int


@dataclass
class _Index:
    automaton: Any
    nodes: dict[str, Node]
    signature: Any
    built: float = field(default_factory=time.monotonic)
    disputes: dict[str, list[str]] | None = None   # entity id → attributes documents disagree on (lazy)


_CACHE: dict[int, _Index] = {}
_LOCK = threading.Lock()
_TTL = 30.0


def normalise(q: str) -> str:
    return _PUNCT.sub("", to_simplified(q or "")).strip()


def _index(store: GraphStore) -> _Index:
    """Every name and alias of the graph's nodes (not measures or documents), simplified; rebuilt
    when the store's counts change or after _TTL seconds."""
    sig = store.counts()
    with _LOCK:
        ix = _CACHE.get(id(store))
        if ix is not None and ix.signature == sig and time.monotonic() - ix.built < _TTL:
            return ix
    nodes: dict[str, Node] = {}
    table: dict[str, list[str]] = {}
    for label in ("Bureau", "District", "Platform", "Product", "Fund", "Organization", "Policy"):
        for n in store.nodes(label):
            nodes[n.id] = n
            for name in {n.name, *n.aliases}:
                k = normalise(name)
                if len(k) >= 2:
                    table.setdefault(k, [])
                    if n.id not in table[k]:
                        table[k].append(n.id)
    a = ahocorasick.Automaton()
    for k, ids in table.items():
        a.add_word(k, (k, ids))
    if table:
        a.make_automaton()
    ix = _Index(a, nodes, sig)
    with _LOCK:
        _CACHE[id(store)] = ix
    return ix


def disputes(store: GraphStore) -> dict[str, list[str]]:
    """Entity id → the attributes documents disagree on (medgraph.conflicts), computed once per
    index (one scan of the graph, not one per question: 0.3 s on Neo4j)."""
    ix = _index(store)
    if ix.disputes is None:
        from medgraph.conflicts import conflicts

        out: dict[str, list[str]] = {}
        for c in conflicts(store).get("conflicts") or []:
            out.setdefault(c["entity"].get("id", ""), []).append(str(c.get("attribute")))
        ix.disputes = out
    return ix.disputes


def find_entities(store: GraphStore, q: str) -> list[Found]:
    """Longest non-overlapping name matches in the normalised question, left to right."""
    ix = _index(store)
    if not ix.nodes:
        return []
    hits = []
    for end, (k, ids) in ix.automaton.iter(q):
        start = end - len(k) + 1
        hits.append((start, end + 1, k, ids))
    hits.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    taken: list[tuple[int, int]] = []
    out: list[Found] = []
    for s, e, k, ids in hits:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        n = ix.nodes[sorted(ids, key=_label_rank(ix.nodes))[0]]
        out.append(Found(n.id, n.label, n.name, k, s, e))
    return sorted(out, key=lambda f: f.start)


def _label_rank(nodes):
    order = {"Bureau": 0, "District": 1, "Platform": 2, "Fund": 3, "Product": 4, "Organization": 5, "Policy": 6}
    return lambda i: (order.get(nodes[i].label, 9), i)


_PLACE_BEFORE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(市|省)$")
_FUNCTION_CHARS = r"[由是的和与及或在为被对给把从向让跟些哪么谁]"   # never inside a city's or province's name


def _other_jurisdiction(q: str, found: list[Found]) -> str:
    """'杭州市' when the question puts another city or province right before a body's short
    name (杭州市卫健委): Beijing's 市卫健委 must not answer for it."""
    for f in found:
        m = _PLACE_BEFORE.search(q[:f.start] + (f.surface[0] if f.surface.startswith(("市", "省")) else ""))
        if m and re.search(_FUNCTION_CHARS, m.group(1)):   # 措施由市药监局: 市 opens the body's name
            continue
        if m and m.group(1) not in ("北京", "北京市") and not f.surface.startswith(("北京", "中华人民共和国")):
            if f.label == "Bureau":
                return m.group(1) + m.group(2)
    m = re.match(r"^(上海|天津|重庆|深圳|广州|杭州|南京|武汉|成都|苏州|西安|长沙|合肥|济南|青岛|厦门)", q)
    return m.group(1) if m and not any(f.label in ("Bureau", "District") for f in found) else ""


def _brief(f: Found) -> dict[str, str]:
    return {"id": f.id, "label": f.label, "name": f.name, "as_written": f.surface}


def _labels_named(q: str, found: list[Found]) -> list[tuple[int, str, str]]:
    """(end, label, word) of every kind word in the question outside the entity names found
    (国际医药创新公园 names a place: its 公园 does not ask for platforms), left to right;
    at one end the longer word (医疗器械 over 器械)."""
    for f in sorted(found, key=lambda f: -f.start):
        q = q[:f.start] + "\0" * (f.end - f.start) + q[f.end:]
    hits: dict[int, tuple[int, str, str]] = {}
    for label, rx in _LABEL_WORDS:
        for m in re.finditer(rx, q):
            if m.end() not in hits or len(m.group()) > len(hits[m.end()][2]):
                hits[m.end()] = (m.end(), label, m.group())
    return sorted(hits.values())


def _label_asked(q: str, found: list[Found] | None = None) -> str | None:
    """The kind of thing asked for: the last kind word, as a Chinese noun phrase ends in its
    head (医疗器械企业 asks for 企业: organisations)."""
    named = _labels_named(q, found or [])
    return named[-1][1] if named else None


def _number(q: str) -> int | None:
    m = _NUMBER.search(q)
    if not m:
        return None
    raw = next(g for g in m.groups() if g and g not in ("条", "项", "点"))
    return cn_to_int(raw) if not raw.isdigit() else int(raw)


def _policy_hint(q: str, found: list[Found]) -> str:
    pol = [f for f in found if f.label == "Policy"]
    if pol:
        return pol[0].id
    if "行动计划" in q or "计划" in q:
        return "plan"
    m = _YEAR.search(q)
    return m.group(1) if m else ""


_KIND_WORDS = (("measures", re.compile(r"措施")), ("action_plan", re.compile(r"计划|方案")),
               ("opinion", re.compile(r"意见")))


def year_policies(store: GraphStore, year: str, q: str = "") -> list[str]:
    """The policies a bare year can mean (2024年若干措施: of the year's policies, those of the
    kind the question names right next to the year — 措施, 计划/方案, 意见 — when it names one;
    措施 elsewhere, as in 2024年的政策有哪些措施, names the contents, not the kind)."""
    pols = [p for p in store.nodes("Policy") if str(p.props.get("year") or "") == year]
    near = "".join(m.group() for m in re.finditer(
        rf"{year}年?(?:版|的)?(?:若干)?(?:措施|行动计划|计划|方案|意见)|(?:措施|计划|方案|意见)(?:（|\()?{year}", q))
    for kind, rx in _KIND_WORDS:
        if rx.search(near):
            narrowed = [p for p in pols if p.props.get("kind") == kind]
            if narrowed:
                return sorted(p.id for p in narrowed)
    return sorted(p.id for p in pols)


def _year_left_open(store: GraphStore, policy: str, q: str) -> dict[str, Any]:
    """{'year_means': ids} when the policy is still a bare year several policies share."""
    if re.fullmatch(r"(?:19|20)\d{2}", policy or ""):
        ids = year_policies(store, policy, q)
        if len(ids) > 1:
            return {"year_means": ids}
    return {}


def _policy_arg(store: GraphStore, hint: str, q: str = "") -> str:
    """'plan' → the loaded action plan's id; a year → the one policy of that year and of the
    kind the question names (2024年若干措施 is not the 2024-2026 action plan), else the year
    as is (the caller's answer is then approximate); an id as is."""
    if re.fullmatch(r"(?:19|20)\d{2}", hint):
        ids = year_policies(store, hint, q)
        return ids[0] if len(ids) == 1 else hint
    if hint != "plan":
        return hint
    plans = [p for p in store.nodes("Policy") if p.props.get("kind") == "action_plan" and not p.props.get("mentioned_only")]
    return plans[0].id if len(plans) == 1 else "计划"


def _evidence_of(items: list[dict[str, Any]], limit: int = 10) -> list[dict[str, Any]]:
    ev = [e for e in items if isinstance(e, dict) and "quote" in e]
    ev.sort(key=lambda e: AUTHORITY.get(e.get("source_kind", ""), 9))
    seen, out = set(), []
    for e in ev:
        k = (e.get("document"), e.get("start"), e.get("end"))
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out[:limit]


def _strip_cues(q: str, found: list[Found]) -> str:
    """The question without entity names, cue words and filler: what is left names a measure."""
    for f in sorted(found, key=lambda f: -f.start):
        q = q[:f.start] + q[f.end:]
    q = _OWNER.sub("", q)
    q = re.sub(r"(管|负责|牵头)(的)?$", "", q)
    q = re.sub(r"(的)?(措施|这项|这条|该项|那条|政策)?(是|由|归|为)?$", "", q)
    q = re.sub(r"^(请问|我想知道|想问一下|问一下|请告诉我)", "", q)
    q = re.sub(r"(是什么|是哪个|是哪家|是谁|呢|吗|啊|一下)$", "", q)
    q = re.sub(r"(牵头|负责|落实|推进|管理|主抓|抓)$", "", q)
    q = re.sub(r"(由|归)$", "", q)
    return q.strip("的是由和与")


def _bigrams(t: str) -> set[str]:
    return {t[i:i + 2] for i in range(len(t) - 1)}


MATCH_MARGIN = 10.0
"""Points on queries.score_measures' 0-100 scale within which two measures match the
question's words "about equally" (10 % of the scale: a different character or two)."""
_CONTAINED = 70.0   # score_measures: at and above, the words are all in the measure's text


def _measure_by_words(store, text: str, policy: str = "", as_of: str | None = None):
    """(chosen node | None, ranked [(score, node)] of the close ones) for heading words.

    One measure is chosen only when it stands clear: its score is the whole heading (100)
    and no other heading is the same, or no other measure scores within MATCH_MARGIN of it
    and no other measure also holds all the question's words (score >= 70: in its heading
    or verbatim in its body — where the words stand orders the matches, it does not settle
    which measure is meant). Otherwise the close ones are candidates. No measure scoring
    60 or more: (None, []) — the caller falls back to topic words."""
    from medgraph.validity import Validity

    v = Validity(store)
    measures = [m for m in store.nodes("Measure") if queries._policy_matches(store, policy, m.props.get("policy", ""))
                and v.in_force(m.props.get("policy", ""), as_of)]
    if not measures:
        raise queries.NotFound(f"no measure of {policy or 'any policy'!r}" + (f" is in force on {as_of}" if as_of else
                               " is in the graph"), [queries.node_brief(p) for p in store.nodes("Policy")[:10]])
    scored = [(s, m) for s, m in queries.score_measures(store, text, measures) if s >= 60]
    if not scored:
        return None, []
    top = scored[0][0]
    if top >= 100:
        close = [(s, m) for s, m in scored if s >= 100]
    else:
        close = [(s, m) for s, m in scored if s >= top - MATCH_MARGIN or (s >= _CONTAINED and top >= _CONTAINED)]
    return (close[0][1] if len(close) == 1 else None), close[:10]


TOPIC_MARGIN = 0.1   # share of the question's bigrams: within it, two measures' texts hold its words about equally


def _topic_measure(store, text: str, policy: str = "", as_of: str | None = None):
    """The measures whose text holds most of the question's words (character bigrams):
    [(score 0-100, node)] of the best and those within TOPIC_MARGIN of it (one: it stands
    clear; several: candidates); [] when none holds 60 % of the words."""
    from medgraph.validity import Validity

    want = _bigrams(normalise(text))
    if len(want) < 3:
        return []
    v = Validity(store)
    scored = []
    for m in store.nodes("Measure"):
        if policy and not queries._policy_matches(store, policy, m.props.get("policy", "")):
            continue
        if not v.in_force(m.props.get("policy", ""), as_of):
            continue
        hay = _bigrams(normalise(m.props.get("heading", m.name) + m.props.get("body", "")))
        scored.append((len(want & hay) / len(want), m))
    scored.sort(key=lambda x: -x[0])
    if not scored or scored[0][0] < 0.6:
        return []
    return [(round(100 * sc, 1), m) for sc, m in scored if sc >= scored[0][0] - TOPIC_MARGIN][:10]


# -- intents --------------------------------------------------------------------------------
def _owner(store, q, found, as_of):
    number = _number(q)
    hint = _policy_hint(q, found)
    policy = _policy_arg(store, hint, q)
    match: dict[str, Any]
    if number is not None:
        measure_text = str(number)
        try:
            ans = queries.owners(store, measure_text, policy, as_of)
        except queries.NotFound:
            node = store.get_node(policy) if policy else None
            if node is not None and node.label == "Policy" and not queries.measure_table(store, node.id):
                raise NotUnderstood(f"{node.name} ({node.id}) is in the graph only as other documents mention it: "
                                    "its measures are not loaded", {"intent": "owner", "policy": node.id,
                                                                    "number": number}) from None
            raise
        match = {"by": "number", "scores": []}
    else:
        measure_text = _strip_cues(q, [f for f in found if f.label == "Policy"])
        measure_text = re.sub(r"((19|20)\d{2}年?(版|的)?|若干措施|行动计划|措施)", "", measure_text).strip("的")
        if len(measure_text) < 2:
            raise NotUnderstood("which measure? name it by number (第十七条) or by words of its heading",
                                {"intent": "owner", "entities": [_brief(f) for f in found]})
        chosen, close = _measure_by_words(store, measure_text, policy, as_of)
        match = {"by": "heading words", "margin": MATCH_MARGIN}
        if not close:
            close = _topic_measure(store, measure_text, policy, as_of)
            chosen = close[0][1] if len(close) == 1 else None
            match = {"by": "topic words (share of the question's words in the measure's text)", "margin": 100 * TOPIC_MARGIN}
        if not close:
            raise queries.NotFound(f"no measure matches {measure_text!r}", [])
        match["scores"] = [{**queries.measure_brief(store, m), "score": round(sc, 1)} for sc, m in close]
        if chosen is not None:
            ans = queries.owners(store, chosen.id, "", as_of)
        else:
            from medgraph.validity import Validity

            v = Validity(store)
            ans = {"measure": None, "lead": [], "support": [], "chain": [],
                   "candidates": [queries.measure_brief(store, m, v, as_of) for _, m in close]}
    m = ans["measure"]
    params = {"policy": m["policy"], "number": m["number"]} if m else {"policy": policy or None, "number": number}
    words = (f"who owns measure {m['number']} of {m['policy']} ({m['name']})" if m
             else f"who owns the measure meant by {measure_text!r}: {len(ans['candidates'])} candidates, which one?")
    if m and ans["lead"] and all(b.get("basis") == "rule" for b in ans["lead"]):
        words += "; the lead is inferred (推断) from remit keywords in the measure's clauses, not stated in the text"
    if m and ans["lead"] and all(b.get("uncertain") for b in ans["lead"]):
        words += "; the text names no owner and the remit rule is not sure of the lead (see its candidates)"
    ev = [e for b in ans["lead"] + ans["support"] for e in b["evidence"]]
    return "owner", words, ans, ev, {"name": "owner_of_measure", "params": params}, \
        {"measure_words": measure_text, "number": number, "policy": policy, "measure_match": match,
         **_year_left_open(store, policy, q)}


def _bureau_measures(store, q, bureau: Found, as_of):
    lead, support = bool(_LEAD_WORDS.search(q)), bool(_SUPPORT_WORDS.search(q))
    role = "any" if lead == support else "lead" if lead else "support"    # 牵头或配合: both roles
    rows = []
    ev = []
    kinds = queries.SourceKinds(store)
    from medgraph.validity import Validity

    v = Validity(store)
    for e in store.edges(source=bureau.id, type="LEADS"):
        r = e.props.get("role", "lead")
        if role != "any" and r != role:
            continue
        m = store.get_node(e.target)
        if m is None or m.label != "Measure" or not v.in_force(m.props.get("policy", ""), as_of):
            continue
        items = kinds.evidence(e.evidence)
        ev += items[:1]
        rows.append({**queries.measure_brief(store, m), "role": r, "basis": queries.basis(e), "evidence": items[:2]})
    rows.sort(key=lambda x: (x["policy"] or "", x["number"] or 0))
    ans = {"bureau": {"id": bureau.id, "name": bureau.name}, "role": role, "measures": rows}
    words = f"measures {bureau.name} ({bureau.id}) {'leads' if role == 'lead' else 'supports' if role == 'support' else 'leads or supports'}"
    return "bureau_measures", words, ans, ev, {"name": "measures_by_bureau", "params": {"bureau": bureau.id}}, {"role": role}


def _where(store, q, ent: Found, as_of):
    ans = queries.impact(store, ent.id, "District", max_hops=2, limit=20, direction="out", as_of=as_of)
    ev = [e for p in ans["paths"] for x in p if "evidence" in x for e in x["evidence"]]
    return "where", f"where {ent.name} ({ent.id}) is", ans, ev, {"name": "where_is", "params": {"id": ent.id}}, {}


def _place_contents(store, q, place: Found, as_of):
    found = find_entities(store, q)
    label = _label_asked(q, found)
    named = _labels_named(q, found)
    kinds = list(dict.fromkeys(w for _, _, w in named)) if len({lab for _, lab, _ in named}) > 1 else []
    ans = queries.impact(store, place.id, label, max_hops=2 if label else 1, limit=100, direction="in", as_of=as_of)
    ev = [e for p in ans["paths"] for x in p if "evidence" in x for e in x["evidence"]]
    words = f"what {'(' + label + ') ' if label else ''}is in or reaches {place.name} ({place.id})"
    if len(kinds) > 1:
        words += f"; the question names several kinds ({'、'.join(kinds)}): answered for the last, {kinds[-1]}, all of them"
    return "place_contents", words, ans, ev, {"name": "what_reaches", "params": {"id": place.id}}, \
        {"label": label, "kind_words": kinds}


def _fund(store, q, fund: Found, as_of):
    ans = queries.entity(store, fund.id)
    ev = [e for x in ans["out"] + ans["in"] for e in x["evidence"]]
    amount = ans.get("props", {}).get("amount_yi")
    words = f"the size of {fund.name} ({fund.id})" + (f": {amount} 亿元" if amount is not None else "") + " and what it funds"
    cue = _FUND.search(q)
    if cue is None:
        words += "; the question names the fund but none of the words this answer is for (规模, 资金, 投向…): " \
                 "shown is what the graph knows of the fund"
    return "fund", words, ans, ev, {"name": "funds_and_what_they_fund", "params": {}}, \
        {"amount_yi": amount, "asked_by": cue.group() if cue else None}


def _heading_in(store, q: str) -> bool:
    """True when the question contains a measure's whole heading (推进北京经济技术开发区建设…针对什么)."""
    return any(len(h) >= 4 and h in q for h in (normalise(m.props.get("heading", m.name)) for m in store.nodes("Measure")))


def _measure_targets(store, q, found, as_of):
    kind, words, owners_ans, ev, query, extra = _owner(store, q, found, as_of)
    m = owners_ans["measure"]
    if m is None:
        return "measure_targets", words.replace("who owns", "what targets"), owners_ans, [], \
            {"name": "measure_targets", "params": {"id": None}}, extra
    ans = queries.entity(store, m["id"])
    ev = [e for x in ans["out"] if x["type"] == "TARGETS" for e in x["evidence"]]
    return "measure_targets", f"what measure {m['number']} of {m['policy']} ({m['name']}) targets", ans, ev, \
        {"name": "measure_targets", "params": {"id": m["id"]}}, extra


def _edition_change(store, q, found, as_of):
    from medgraph import editions

    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})", q)]
    pols = [f.id for f in found if f.label == "Policy"]
    ids: list[str] = list(dict.fromkeys(pols))
    named_years = {str((store.get_node(i).props.get("year") if store.get_node(i) else "") or "") for i in ids}
    for y in years:
        if len(ids) >= 2:
            break
        if str(y) not in named_years and str(y) not in ids:
            ids.append(str(y))
    if ("计划" in q or "行动计划" in q) and len(ids) < 2:
        ids.append("plan")
    if len(ids) < 2:
        raise NotUnderstood("which two editions? name both (e.g. 2026年措施和行动计划相比有什么变化)",
                            {"intent": "edition_change", "entities": [_brief(f) for f in found]})
    extra: dict[str, Any] = {}
    a, b = (_edition_arg(store, x, q, {}) for x in ids[:2])
    # 2026年若干措施和2025年版: a year left open is the edition of the other side's series
    kinds = {(store.get_node(x).props.get("kind") if store.get_node(x) else None) for x in (a, b)} - {None}
    a, b = (_edition_arg(store, x, q, extra, kinds) for x in (a, b))
    try:
        ans = editions.diff(store, b, a) if _newer_first(store, a, b) else editions.diff(store, a, b)
    except (queries.NotFound, queries.BadRequest, LookupError, ValueError) as exc:
        raise NotUnderstood(f"could not compare {a} and {b}: {exc}", {"intent": "edition_change", "policies": [a, b]}) from None
    older = ans.get("a", {}).get("id") if isinstance(ans.get("a"), dict) else None
    newer = ans.get("b", {}).get("id") if isinstance(ans.get("b"), dict) else None
    (ya, da), (yb, db) = _when(store, older or a), _when(store, newer or b)
    if older and newer and ya == yb and not (da and db and da != db):
        extra["order_unknown"] = [older, newer]   # same year, no dates: which came first is a guess
    return "edition_change", f"what changed from {older or a} to {newer or b}", ans, [], \
        {"name": "measures_changed_between_editions", "params": {"newer": newer, "older": older}}, extra


def _edition_arg(store, x: str, q: str, extra: dict[str, Any], kinds: set | None = None) -> str:
    """A year → the one policy of that year and of the kind written next to it (2024年行动计划
    is not the 2024 measure list), or of the other side's kind (``kinds``); a year several
    policies share is left to editions' own choice and noted (year_means)."""
    if not re.fullmatch(r"(?:19|20)\d{2}", x):
        return x
    ids = year_policies(store, x, q)
    if len(ids) > 1 and kinds and len(kinds) == 1:
        same = [i for i in ids if (store.get_node(i).props.get("kind") if store.get_node(i) else None) in kinds]
        ids = same if len(same) == 1 else ids
    if len(ids) == 1:
        return ids[0]
    if len(ids) > 1:
        extra.setdefault("year_means", []).extend(ids)
        extra.setdefault("policy", x)
    return x


def _when(store, x: str) -> tuple:
    """(year, date) of a policy id, a year or 'plan', for ordering two editions."""
    if x.isdigit():
        return (int(x), "")
    n = store.get_node(x)
    if n is None:
        return (2024 if x == "plan" else 0, "")
    return (int(n.props.get("year") or 0), str(n.props.get("date") or ""))


def _newer_first(store, a: str, b: str) -> bool:
    return _when(store, a) > _when(store, b)


def _policy_by_words(store, q: str) -> str | None:
    """A policy whose name holds most of the question's words (脑机接口三年行动方案 for
    加快脑机接口创新发展三年行动方案), when exactly one does."""
    want = _bigrams(re.sub(r"(包含|包括|哪些|什么|内容|条款|措施|任务|有|的|是)", "", q))
    if len(want) < 3:
        return None
    scored = sorted(((len(want & _bigrams(normalise(p.name))) / len(want), p.id) for p in store.nodes("Policy")), reverse=True)
    if scored and scored[0][0] >= 0.7 and (len(scored) == 1 or scored[1][0] < scored[0][0] - 0.15):
        return scored[0][1]
    return None


def _policy_contents(store, q, found, as_of):
    n = _number(q)
    if n is not None:   # 第一条讲了什么: about one measure, not the whole policy
        raise NotUnderstood(f"this asks about one measure (number {n}), not what the whole policy contains: ask who "
                            "owns it or what it targets (2026年措施第一条的目标是什么)",
                            {"intent": "policy_contents", "number": n, "entities": [_brief(f) for f in found]})
    hint = _policy_hint(q, found) or _policy_by_words(store, q) or ""
    if not hint:
        raise NotUnderstood("which policy? name it (e.g. 2026年若干措施, 行动计划)", {"intent": "policy_contents"})
    policy = _policy_arg(store, hint, q)
    rows = queries.measure_table(store, policy, as_of)
    node = store.get_node(policy)
    if not rows and node is None and hint.isdigit():
        pols = [p for p in store.nodes("Policy") if str(p.props.get("year") or "") == hint]
        node = pols[0] if len(pols) == 1 else None
    if not rows and node is not None and node.label == "Policy":
        # a policy the documents only mention: what the graph knows of it (its measures are not loaded)
        ans = queries.entity(store, node.id)
        return "policy_contents", f"what the graph knows of {node.name} ({node.id}): its measures are not in the graph, " \
            "only what documents say about it", ans, [e for x in ans["out"] + ans["in"] for e in x["evidence"]], \
            {"name": "policy_measures", "params": {"policy": node.id}}, {}
    if not rows:
        raise NotUnderstood(f"no measures of {hint!r} are in the graph", {"intent": "policy_contents", "policy": policy})
    pid = rows[0]["policy"]
    if any(r["policy"] != pid for r in rows):
        raise NotUnderstood(f"{hint!r} matches several policies: " + ", ".join(sorted({r['policy'] for r in rows})),
                            {"intent": "policy_contents", "policy": hint})
    return "policy_contents", f"the {len(rows)} measures of {pid}", rows, [], \
        {"name": "policy_measures", "params": {"policy": pid}}, _year_left_open(store, policy, q)


def ask(store: GraphStore, question: str, as_of: str | None = None) -> dict[str, Any]:
    """Map ``question`` onto one query and answer it (see the module docstring)."""
    if not question or not question.strip():
        raise queries.BadRequest("q must not be empty: ask e.g. " + EXAMPLES[0])
    q = normalise(question)
    found = find_entities(store, q)
    by = {lab: [f for f in found if f.label == lab] for lab in ("Bureau", "District", "Platform", "Product", "Fund",
                                                               "Organization", "Policy")}
    understood = {"normalised": q, "entities": [_brief(f) for f in found]}
    if _OFF_TOPIC.search(q) and not found:
        raise NotUnderstood("this is not a question about the policies in the graph", understood)

    other = _other_jurisdiction(q, found)
    if other:
        raise NotUnderstood(f"the graph holds Beijing's policies and bodies; {other} is not in it", understood)
    has_measure_ref = _number(q) is not None
    try:
        if _CHANGE.search(q) and (len(by["Policy"]) + len(re.findall(r"(?:19|20)\d{2}", q)) + ("计划" in q)) >= 2:
            r = _edition_change(store, q, found, as_of)
        elif _OWNER.search(q) and not (by["Bureau"] and _BUREAU_MEASURES.search(q)):
            r = _owner(store, q, found, as_of)
        elif by["Bureau"] and (_BUREAU_MEASURES.search(q) or re.search(r"(牵头|负责|配合|参与|协助|协同)", q)):
            r = _bureau_measures(store, q, by["Bureau"][0], as_of)
        elif _WHERE.search(q) and (ent := next((f for f in found if f.label not in ("District", "Bureau", "Policy")), None)):
            r = _where(store, q, ent, as_of)
        elif by["Fund"] and (_FUND.search(q) or not _CONTENTS.search(q)):
            r = _fund(store, q, by["Fund"][0], as_of)
        elif by["District"] and _CONTENTS.search(q):
            r = _place_contents(store, q, by["District"][0], as_of)
        elif by["Platform"] and _CONTENTS.search(q) and not _WHERE.search(q):
            r = _place_contents(store, q, by["Platform"][0], as_of)
        elif _TARGETS.search(q) and (has_measure_ref or not found or _heading_in(store, q)):
            r = _measure_targets(store, q, found, as_of)
        elif (by["Policy"] or re.search(r"(若干措施|行动计划|行动方案|措施|方案|文件)", q)) and _POLICY_CONTENTS.search(q):
            r = _policy_contents(store, q, found, as_of)
        else:
            raise NotUnderstood("not understood: ask who owns a measure, what a bureau leads, what is in a place, "
                                "where something is, a fund's size, what a measure targets, what changed between "
                                "editions or what a policy contains", understood)
    except queries.NotFound as exc:
        raise NotUnderstood(f"understood the question, but {exc.message}", {**understood, "close": exc.close}) from None
    intent, words, answer, evidence, query, extra = r
    extra = {**extra, **_left_out(intent, q, found, query, answer)}
    certainty = _certainty(store, intent, answer, extra)
    return {
        "question": question,
        "certain": certainty["certain"],
        "interpretation": {"intent": intent, "in_words": words, "entities": [_brief(f) for f in found], **extra,
                           **({"as_of": as_of} if as_of else {})},
        "certainty": certainty,
        "answer": answer,
        "evidence": _evidence_of(evidence),
        "query": query,
    }


_ROLE_LABELS = {"bureau_measures": ("Bureau",), "fund": ("Fund",), "place_contents": ("District", "Platform"),
                "where": ("Platform", "Product", "Fund", "Organization")}


def _left_out(intent: str, q: str, found: list[Found], query: dict[str, Any], answer: Any) -> dict[str, Any]:
    """What the question says that the mapping does not use: other entities of the kind the
    query takes one of (海淀和昌平有哪些平台 answers for 海淀 only), and words that put the
    answer outside the place named (亦庄以外, 周边). Either makes the mapping approximate."""
    out: dict[str, Any] = {}
    labels = _ROLE_LABELS.get(intent)
    if labels:
        used = {query.get("params", {}).get(k) for k in ("bureau", "id")} | \
            {answer.get("id") if isinstance(answer, dict) else None}
        rest = [f for f in found if f.label in labels and f.id not in used]
        if rest:
            out["unused_entities"] = [_brief(f) for f in rest]
    if intent in ("place_contents", "where"):
        mods = sorted(set(_NOT_THE_PLACE.findall(q)))
        if mods:
            out["place_modifiers"] = mods
    return out


def _path_edges(answer: dict[str, Any]) -> list[dict[str, Any]]:
    return [x for p in answer.get("paths") or [] for x in p if isinstance(x, dict) and "type" in x and "evidence" in x]


def _certainty(store: GraphStore, intent: str, answer: Any, extra: dict[str, Any]) -> dict[str, Any]:
    """How sure the answer is (see medgraph.ask_certainty): the mapping, and the basis of
    what the answer states, per intent."""
    from medgraph import ask_certainty as ac

    match = extra.get("measure_match") or {}
    scores = match.get("scores") or []
    if intent in ("owner", "measure_targets"):
        if intent == "owner":
            mapping = "unambiguous" if answer.get("measure") else "ambiguous"
            facts, reasons, cands = ac.owner_facts(answer)
        else:
            mapping = "unambiguous" if answer.get("id") else "ambiguous"
            facts, reasons = ac.judge_edges([x for x in answer.get("out") or [] if x.get("type") == "TARGETS"],
                                            "targets") if answer.get("id") else ("none", [])
            cands = []
        if mapping == "ambiguous":
            return ac.verdict(mapping, facts, [], [dict(c, kind="measure") for c in scores])
        if match.get("by", "").startswith("topic"):
            mapping = "approximate"
            reasons = [f"the measure was found by words scattered in its text ({scores[0]['score']:.0f} % of the "
                       "question's words), not by its number or its heading"] + reasons
        elif match.get("by") == "heading words" and scores and scores[0]["score"] < _CONTAINED:
            mapping = "approximate"
            reasons = [f"the measure's heading is only similar to the question's words (score {scores[0]['score']:.0f} "
                       f"of 100; {_CONTAINED:.0f}+ means all the words are in its text)"] + reasons
        return ac.verdict(mapping, facts, reasons, [dict(c, kind="owner") for c in cands] + 
                          ([dict(c, kind="measure") for c in scores] if mapping == "approximate" else []))
    if intent == "bureau_measures":
        rows = answer.get("measures") or []
        if not rows:
            return ac.verdict("unambiguous", "none", ["the graph links no measure to this bureau in that role"], [])
        facts, reasons = ac.judge_edges(rows, "measures listed (their owner is inferred from remit keywords)")
        return ac.verdict("unambiguous", facts, reasons, [])
    left = []
    if extra.get("order_unknown"):
        left.append(f"{' and '.join(extra['order_unknown'])} carry the same year and no dates: which is the older "
                    "edition is a guess (the order written was kept)")
    if extra.get("year_means"):
        left.append(f"{extra.get('policy')} is the year of several policies ({', '.join(extra['year_means'])}): the "
                    "answer took the one whose measures are in the graph; name the policy to be sure")
    if extra.get("unused_entities"):
        left.append("the question names " + "、".join(e["name"] for e in extra["unused_entities"]) +
                    " too, which this answer does not cover: ask about each on its own")
    if extra.get("place_modifiers"):
        left.append(f"the question says {'、'.join(extra['place_modifiers'])}: the answer is about the place itself, "
                    "not around or outside it")
    if left:
        r = _certainty(store, intent, answer, {k: v for k, v in extra.items()
                                               if k not in ("unused_entities", "place_modifiers", "year_means", "order_unknown")})
        return ac.verdict("approximate", r["facts"], left + r["reasons"], r["candidates"])
    if intent == "place_contents" and len(set(extra.get("kind_words") or [])) > 1:
        facts, reasons = ac.judge_edges(_path_edges(answer), "links on the paths") if _path_edges(answer) else \
            ("none", ["the graph links nothing here"])
        return ac.verdict("approximate", facts, [
            f"the question names several kinds ({'、'.join(extra['kind_words'])}): the answer lists every "
            f"{extra.get('label')} here, not only those the other words describe"] + reasons, [])
    if intent in ("where", "place_contents"):
        edges = _path_edges(answer)
        if not edges:
            return ac.verdict("unambiguous", "none", ["the graph links nothing here"], [])
        facts, reasons = ac.judge_edges(edges, "links on the paths")
        if intent == "where":
            via = sorted({e["type"] for e in edges if e["type"] != "LOCATED_IN"})
            if via:   # funds a platform there, targets a measure about it…: reached, not located there
                facts, reasons = "inferred", reasons + [f"some places are reached through {', '.join(via)}, not "
                                                        "stated as where it is (推断 inferred)"]
            facts, reasons = ac.disputed(disputes(store), answer.get("from", {}).get("id"), facts, reasons)
        return ac.verdict("unambiguous", facts, reasons, [])
    if intent == "fund":
        facts, reasons = ac.judge_edges((answer.get("out") or []) + (answer.get("in") or []), "links of the fund")
        facts, reasons = ac.disputed(disputes(store), answer.get("id"), facts, reasons)
        if extra.get("asked_by") is None:
            return ac.verdict("approximate", facts, ["no word of the question says what it asks of the fund (规模, "
                                                     "资金, 投向…): the answer shows all the graph knows of it"] + reasons, [])
        return ac.verdict("unambiguous", facts, reasons, [])
    if intent == "edition_change":
        paired = isinstance(answer, dict) and (answer.get("matched") or
                                               any(r.get("a") and r.get("b") for r in answer.get("policy_targets") or []))
        if paired:
            return ac.verdict("unambiguous", "inferred", [
                "what stayed and what changed rests on pairing measures and targets of the two editions by the "
                "similarity of their words and figures (推断 inferred), not on the texts saying which replaces which"], [])
        return ac.verdict("unambiguous", "explicit", [], [])   # nothing paired: each side's own text, side by side
    if intent == "policy_contents" and isinstance(answer, dict):   # a policy only mentioned: what the graph knows
        facts, reasons = ac.judge_edges((answer.get("out") or []) + (answer.get("in") or []), "links of the policy")
        return ac.verdict("unambiguous", facts, reasons, [])
    return ac.verdict("unambiguous", "explicit", [], [])   # policy_contents: the policy's own numbered measures
