"""Entity mentions: catalog aliases (Aho-Corasick, leftmost-longest) plus pattern
discovery for entities nobody catalogued (new drugs, devices, funds, platforms,
organisations, policies named in 《》).

Pure functions over normalized (simplified) text. Resolution keeps one node per real
thing: every alias of a catalog entry maps to its id; short aliases (市医保局) resolve to
Beijing's bureau only in a Beijing document and never when another city is named in
front of them (天津市卫生健康委 is Tianjin's).
"""

from __future__ import annotations

import re
import weakref
from bisect import bisect_left
from functools import lru_cache
from operator import attrgetter
from dataclasses import dataclass, field

from medgraph.catalog import Catalog, Entry
from medgraph.documents import to_simplified
from medgraph.extract import bodies as bd
from medgraph.extract import gazetteer
from medgraph.extract import beijing
from medgraph.extract.place_kinds import own_zone_name, place_kind
from medgraph.models import Node, trusted_node
from medgraph.textutil import sentence_bounds, slug

OTHER_CITIES = gazetteer.OTHER_CITIES   # the known places of China: graph/china_places.yaml
_CITY_BEFORE = re.compile(  # (?=[…]): only positions where a city name can start are tried
    "(?=[" + "".join(sorted({c[0] for c in (*OTHER_CITIES, *gazetteer.PREFECTURES)})) + "])"
    r"(?:(" + "|".join(sorted(OTHER_CITIES, key=len, reverse=True)) + r")(?:市|省|自治区|特别行政区)?"
    # any other prefecture-level city, with its 市 before the form or as the form's first
    # character (日照市卫生健康委员会 is 日照's): never a bare name (安康, 来宾 are words too)
    r"|(?P<pref>" + "|".join(sorted(gazetteer.PREFECTURES, key=len, reverse=True)) + r")市?)$")
PROVINCES = gazetteer.PROVINCES

LABEL_PREFIX = {
    "Bureau": "bureau",
    "District": "district",
    "Platform": "platform",
    "Product": "product",
    "Fund": "fund",
    "Organization": "org",
    "Policy": "policy",
}


@dataclass(slots=True)
class Mention:
    entity_id: str
    label: str
    start: int
    end: int
    surface: str
    source: str = "catalog"  # catalog | pattern


@dataclass
class EntityResult:
    mentions: list[Mention] = field(default_factory=list)
    nodes: dict[str, Node] = field(default_factory=dict)   # new (non-catalog) nodes
    props: dict[str, dict] = field(default_factory=dict)   # extra props for any node (fund amounts)
    jurisdiction: str = "北京"
    scope: bd.Scope = bd.Scope()   # (immutable: one default for all, not a frozen dataclass built per document)
    # bodies named inside a policy title (《国务院关于…》): named by the text, not mentions of their own
    in_titles: list[Mention] = field(default_factory=list)


_CLASS_BEFORE = set("各区县旗)）")


_ITEM_START = "、，,；;：:（(\n \t\u3000|"


def _unknown_city_before(before: str) -> bool:
    """市X right after a place-like two-character stem that opens a list item or a line
    (``、江阴市人民政府``, ``\n宜兴市发改委``): that city's body (a county-level city no list
    knows), never the document's own city's or province's."""
    stem = before[-2:]
    return (len(before) >= 3 and before[-3] in _ITEM_START and bd.cjk_pair(stem)
            and bd.place_stem(stem) and not _glued_city(before))


def _glued_city(before: str) -> bool:
    """市X where 市 ends another word (直辖市人民政府, 设区市医保局, 各市卫健委, 城市…): not
    this city's body; nor after a word for a class of cities (受援市, 上述市, 计划单列市, 试点市人民政府)."""
    return before.endswith(_CITY_WORDS) or before[-2:] in bd.NOT_A_PLACE_STEM


_CITY_WORDS = ("直辖", "设区", "地级", "县级", "城", "都", "超", "门", "上", "股", "集", "全", "本", "各", "该", "我", "省")
_QUANTIFIER_END = re.compile(r"(\d|[一二两三四五六七八九十百]|个|家|所|座|批|各|等|该|其)$")


# catalog aliases that are a zone word alone (北京经开区 → 经开区): another zone's when glued to a name
_BARE_ZONE_WORDS = frozenset({"经开区", "經開區", "开发区", "開發區", "高新区", "高新區"})


def _other_city_before(text: str, start: int) -> bool:
    """True when another city's name and 市 stand right before ``start`` (长春市|朝阳区): the
    two characters before 市 pass as a place stem and are not 北京."""
    if start < 3 or text[start - 1] != "市":
        return False
    stem = text[start - 3:start - 1]
    return stem != "北京" and bd.place_stem(stem) and bd.cjk_pair(stem)


def _glued(text: str, start: int) -> bool:
    """True when the characters before ``start`` continue a name (no stop character,
    verb or quantifier in between)."""
    if start == 0 or text[start - 1] in _STOP_CHARS:
        return False
    before = text[max(0, start - 8):start]
    if _QUANTIFIER_END.search(before):
        return False
    last = None
    for last in _CUT_WORDS.finditer(before):
        pass
    return not (last and last.end() == len(before))




def detect_jurisdiction(text: str) -> str:
    """The city or province a document belongs to, bd.NATIONAL, or "" (bodies.detect_jurisdiction)."""
    return bd.detect_jurisdiction(text, OTHER_CITIES, PROVINCES)


# --- pattern discovery ---------------------------------------------------------------
_STOP_CHARS = set("的和与及或在于由为将把被对向从以等是了、，,。；;：:“”\"'《》()（）[]【】 \n\t·—-/")
_CUT_ALTERNATIVES = (
    r"建设|建立|打造|组建|搭建|布局|推进|推动|支持|鼓励|依托|发挥|加快|设立|成立|引进|培育|用好|提升|完善|开展|形成|构建|"
    r"推广|利用|通过|联合|围绕|面向|提供|实现|成为|获批|包括|其中|以及|加强|强化|促进|服务于|一批|一个|多个|首个|全国|我国|入驻|搬迁|迁入|位于|坐落|"
    r"本市|全市|今年|目前|已经|已有|标志着|作为|积极|持续|进一步|全面|共同|牵头|承担|参加|参与|落地|启用|挂牌|上市|首款|首台|"
    r"生产|研发|开发|申报|获得|入选|纳入|分别|同时|近日|日前|此次|新一轮|我们|通常|所说|一是|二是|三是|四是|五是|六是|"
    r"购买|打通|壮大|满足|覆盖|根据|用药|使用(?<!一次性使用)|应用|研制|推出|完成|批次|项目|能力|标准|检验|对接|试用|安装|拥有|"
    r"同意|选择|确保|争取|\d+(?:\.\d+)?[个家款项种台批万亿]*|有"
)


def _first_char_guard(alternatives: str) -> str:
    """``(?=[…])`` of the characters the alternatives can start with: the regex engine then
    rejects most positions with one set lookup instead of trying ~90 branches (3× faster
    scans). Every alternative starts with a literal character or ``\\d``."""
    firsts = set()
    for alt in alternatives.split("|"):
        if alt.startswith("\\d"):
            firsts.add("\\d")
        else:
            assert alt and alt[0] not in "\\()[]?*+{.^$", alt
            firsts.add(re.escape(alt[0]))
    return "(?=[" + "".join(sorted(firsts)) + "])"


_CUT_WORDS = re.compile(_first_char_guard(_CUT_ALTERNATIVES) + "(" + _CUT_ALTERNATIVES + ")")
PATTERNS: list[tuple[str, str, re.Pattern, int]] = [
    # label, kind, suffix regex, minimum total length
    ("Product", "drug", re.compile(r"((?:单抗)?注射液|单抗|胶囊|缓释片|口服液|疫苗)"), 5),
    ("Product", "device", re.compile(r"(手术机器人|机器人|试剂盒|消融仪|消融导管|起搏器|人工心脏|支架系统)"), 7),
    ("Fund", "fund", re.compile(r"(基金)"), 6),
    ("Platform", "platform", re.compile(r"(平台|分中心|中心|产业园|科技园|生命园|服务站|交易所|基地|实验室|孵化器|集聚区|示范区)"), 6),
    ("Organization", "org", re.compile(r"(医院|有限公司|公司|大学|研究院|研究所|学院)"), 5),
    # zones a document names (天津经济技术开发区, 苏州工业园区 is a Platform): places, District nodes. Apart from
    # place_kinds.ZONE_ENDS on purpose: 示范区 is a Platform here, and 新城/科学城/科技城 are areas a
    # document describes, found as places by places.py, not zones discovered as Districts
    ("District", "development_zone", re.compile(r"(经济技术开发区|高新技术产业开发区|经济开发区|开发区|高新区|新区|自由贸易试验区|自由贸易港|自贸区|综合保税区|先行区|综合实验区|综合试验区|工业园区|小镇|经开区)"), 5),
]
# Where a match of each PATTERNS regex can start: every alternative begins with one of
# these words (the drug pattern's optional 单抗 is the word 单抗 itself).
_SUFFIX_STARTS: list[tuple[str, ...]] = [
    ("注射液", "单抗", "胶囊", "缓释片", "口服液", "疫苗"),
    ("手术机器人", "机器人", "试剂盒", "消融仪", "消融导管", "起搏器", "人工心脏", "支架系统"),
    ("基金",),
    ("平台", "分中心", "中心", "产业园", "科技园", "生命园", "服务站", "交易所", "基地", "实验室", "孵化器", "集聚区", "示范区"),
    ("医院", "有限公司", "公司", "大学", "研究院", "研究所", "学院"),
    ("经济技术开发区", "高新技术产业开发区", "经济开发区", "开发区", "高新区", "新区", "自由贸易试验区", "自贸区", "综合保税区",
     "先行区", "综合实验区", "工业园区", "小镇", "自由贸易港", "综合试验区", "经开区"),
]


# Every whole word a PATTERNS regex matches (its alternatives; the drug pattern's optional 单抗
# taken or not) → the pattern's index. No word is a prefix of another's pattern's word and no
# word can overlap another pattern's word (checked below), so one scan for all the words finds,
# pattern by pattern, exactly the leftmost non-overlapping matches each regex would find.
_SUFFIX_WORDS: dict[str, int] = {w: i for i, ws in enumerate(_SUFFIX_STARTS) for w in ws}
_SUFFIX_WORDS["单抗注射液"] = 0


def _overlapping_words(words: dict[str, int]) -> list[tuple[str, str]]:
    """Pairs of words of different patterns that could share a character in a text: one
    starting at or inside the other (a proper suffix of the first opens the second, or the
    second sits inside the first)."""
    return [(a, b) for a, i in words.items() for b, j in words.items() if i != j
            for k in range(len(a)) if a[k:].startswith(b) or b.startswith(a[k:])]


assert not _overlapping_words(_SUFFIX_WORDS), _overlapping_words(_SUFFIX_WORDS)


def _first_character_trie(words: list[str]) -> str:
    """An alternation of ``words`` (longest first: 单抗注射液 before 单抗, as the drug regex takes
    it) grouped by first character (中心|中… → 中(?:心|…)): the engine scans for the first
    characters (a charset prefix) and, where one stands, tries one branch per character, not
    every word."""
    groups: dict[str, list[str]] = {}
    for w in sorted(words, key=len, reverse=True):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(c + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")") for c, rests in groups.items())


_SUFFIX_ANY = re.compile(_first_character_trie(list(_SUFFIX_WORDS)))


def _suffix_matches(text: str) -> list[list[re.Match]]:
    """``[list(rx.finditer(text)) for each PATTERNS regex]`` from one scan of the text for all
    the patterns' words (_SUFFIX_ANY): each word found is its pattern's next match (the words
    of two patterns never overlap, so the scan skips no word one pattern alone would find), and
    that pattern's regex is matched there for its match object. One C scan instead of five regex
    scans, or of an Aho-Corasick pass whose every hit came back to Python."""
    out: list[list[re.Match]] = [[] for _ in PATTERNS]
    for m in _SUFFIX_ANY.finditer(text):
        i = _SUFFIX_WORDS[m.group()]
        out[i].append(_PATTERN_RX[i].match(text, m.start()))
    return out


_PATTERN_RX = [rx for _, _, rx, _ in PATTERNS]


# Beijing's places by their own names come from the catalog's District entries (beijing.py:
# the 16 districts, 亦庄, 中关村). Besides places, a name found by its shape may start with the
# country or the region (国家, 中国, 全国, 京津冀, 首都), the city's level (市级, 市), or a name of
# Beijing that is no District entry: 天竺 (a town, its 综合保税区 a Platform), 未来科学城 (a
# park), 清华 and 协和 (the university and the hospital things are named after).
_NOT_DISTRICT_PREFIXES = ("国家", "京津冀", "首都", "中国", "全国", "市级", "市", "天竺", "未来科学城", "清华", "协和")
_PROPER_PREFIX = re.compile(
    r"^(" + "|".join((*OTHER_CITIES, "北京", *beijing.PLACE_STEMS, *_NOT_DISTRICT_PREFIXES)) + r")"
)
# known places only (no 国家/市级 …): where a zone's own name can start inside a longer run;
# a Beijing district whose name is shared elsewhere (朝阳, 通州, 东城, 西城: beijing.SHARED_STEMS)
# does not start one inside a run (…城东城…, 南通通州…)
_PROPER_PREFIX_IN = re.compile(
    r"(?:" + "|".join((*OTHER_CITIES, "北京", *(s for s in beijing.PLACE_STEMS if s not in beijing.SHARED_STEMS), "天竺")) + r")"
)
_GENERIC = re.compile(
    r"^(市场|市区|市民|市属|国家级|国家重点|全国重点|中心|平台|基地|全国首|中国式|首都功能|国家医学中心|国家临床医学研究中心|全市)"
)
_ORG_GENERIC = re.compile(r"^(市属医院|本医院|试点医院|研究型医院|三甲医院|公立医院|新建医院|高校|北京市属医院)$")


_THROUGH_LAST_STOP = re.compile("(?s:.*)[" + "".join(re.escape(c) for c in sorted(_STOP_CHARS)) + "]")


def _left_cut(text: str, end_of_suffix: int, suffix_start: int, max_len: int = 22) -> int:
    """Start of the name ending at ``end_of_suffix``: walk left over name characters,
    stop at function characters, then cut after the last verb/filler word."""
    lo = suffix_start - max_len if suffix_start > max_len else 0
    # the walk left, in C: just past the last stop character before the suffix (or lo)
    stop = _THROUGH_LAST_STOP.match(text, lo, suffix_start)
    i = stop.end() if stop else lo
    # keep a bracketed qualifier like 中关村(昌平)…: allow "(X)" directly inside a name
    cand = text[i:suffix_start]
    cut = _CUTS.get(cand)
    if cut is None:   # (the cut is a function of the run alone, and names recur: memoised)
        last = None
        for m in _CUT_WORDS.finditer(cand):
            last = m
        cut = last.end() if last else 0
        if len(_CUTS) > 50_000:
            _CUTS.clear()
        _CUTS[cand] = cut
    return i + cut


_CUTS: dict[str, int] = {}   # run before a suffix → where the name starts in it (after its last cut word)


_NUMBER = r"(\d+(?:\.\d+)?)\s*(亿|万)元"
# 500亿元规模医药健康产业基金 / 规模200亿元的北京市…基金 / 3亿元脑机接口专项孵化基金
FUND_AFTER_AMOUNT = re.compile(_NUMBER + r"(?:规模)?(?:的)?(?P<name>(?!两级|多级|各级|各类|相关|一批|规模)[\u4e00-\u9fffA-Za-z]{2,18}?基金)")
AMOUNT_BEFORE = re.compile(r"(?:规模)?" + _NUMBER + r"(?:规模)?(?:的)?$")
# …基金，每年资助额度1亿元，总规模5亿元 / …基金年资助规模已经达到5.88亿元
AMOUNT_AFTER = re.compile(r"(?:总规模|资助规模|规模)[^，,。；;]{0,6}?" + _NUMBER)


def _yi(value: str, unit: str) -> float:
    return float(value) / (10000 if unit == "万" else 1)


def _fund_amount(text: str, start: int, end: int, lo: int, hi: int) -> tuple[float, str] | None:
    """The fund's own size in 亿元, only when the text ties the amount to the fund (规模,
    or the amount directly before the name); targets such as 撬动…每年200亿元 or
    投资额度超100亿元 are not a fund's size."""
    before = AMOUNT_BEFORE.search(text, max(lo, start - 16), start)
    if before:
        return _yi(before.group(1), before.group(2)), before.group(0)
    s, e = sentence_bounds(text, start, lo, hi)
    after = AMOUNT_AFTER.search(text, end, e)
    if after and not re.search(r"(撬动|带动|投资额度)", text[end:after.start()]):
        return _yi(after.group(1), after.group(2)), after.group(0)
    return None


POLICY_TITLE = re.compile(r"《(?P<t>[^《》\n]{2,80})》")
SHORT_NAME = re.compile(r"(?:以下)?简称(?:为)?[“\"《]?(?P<s>[^”\"》)，,。]{2,20})[”\"》]?")
_POLICY_WORDS = re.compile(r"(措施|计划|方案|意见|办法|规定|通知|细则|规划|条例|政策|决定|版)")


_SPACES = re.compile(r"\s+")
_YEAR_PAREN = re.compile(r"\((\d{4}(?:-\d{4})?)年?\)")
_TRIAL = re.compile(r"\(试行\)$")


def _norm_title(t: str) -> str:
    return _SPACES.sub("", t).replace("（", "(").replace("）", ")")


@lru_cache(maxsize=16384)
def _cited_title(raw: str) -> tuple[str, bool]:
    """(``_norm_title(raw)``, does it hold a policy word) for a title cited in 《》: memoised, a
    pure function of the title, and documents cite the same titles again and again."""
    title = _norm_title(raw)
    return title, _POLICY_WORDS.search(title) is not None


# a 简称 may follow a title: its first character after blanks opens a bracket or a clause
# (``text[e:e + 30].lstrip().startswith(("(", "（", "，", ","))`` in one match: \s is what lstrip strips)
_SHORT_NAME_OPEN = re.compile(r"\s*[(（，,]")


_TITLE_PREFIX = re.compile(r"^(?:国务院办公厅|国务院|国办|北京市人民政府办公厅|北京市人民政府|市政府办公厅|市政府)?(?:发布|印发)?(?:关于)?(?:印发)?")


# Big5-gateway wording folded for policy identity only (高品質發展 is 高质量发展 run through a
# Taiwan-vocabulary converter): the key, never the name, changes.
_GATEWAY_FOLD = (("品质", "质量"), ("资讯", "信息"), ("网路", "网络"), ("软体", "软件"), ("智慧财产", "知识产权"))


@lru_cache(maxsize=16384)
def policy_key(title: str) -> str:
    """One key for the spellings of a policy title: 《国务院办公厅发布关于X的意见》,
    《关于X的意见》 and 《X的意见》 are one policy; (2025年) = (2025); 高品质 = 高质量.
    Memoised: a pure function of the title, and documents cite the same titles."""
    t = _norm_title(title).strip("《》")
    for a, b in _GATEWAY_FOLD:
        if a in t:
            t = t.replace(a, b)
    t = _YEAR_PAREN.sub(r"(\1)", t)
    t = _TITLE_PREFIX.sub("", t)
    t = _TRIAL.sub("", t)
    return t


_NAME_INDEX: "weakref.WeakKeyDictionary[Catalog, tuple[int, int, dict[str, Entry], dict[str, Entry | None]]]" = (
    weakref.WeakKeyDictionary())


def _NO_CATALOG() -> None:   # (what a dead weak reference answers: no catalog asked yet)
    return None


# (a weak reference to the last catalog asked, what it was asked with, the answer): documents
# come one catalog after another, and a WeakKeyDictionary lookup builds a weak reference each time
_LAST_INDEX: tuple = (_NO_CATALOG, None, None)
_LAST_FINDER: tuple = (_NO_CATALOG, None, None)
_LAST_OWNERS: tuple = (_NO_CATALOG, None)


def _name_index(catalog: Catalog) -> tuple[dict[str, Entry], dict[str, Entry | None]]:
    """(simplified name → first entry, memo of answers) built once per catalog."""
    global _LAST_INDEX
    entries = catalog.entries
    last = _LAST_INDEX
    if last[0]() is catalog and last[1] == (id(entries), len(entries)):
        return last[2]
    cached = _NAME_INDEX.get(catalog)
    if cached is None or cached[0] != id(entries) or cached[1] != len(entries):
        index: dict[str, Entry] = {}
        for e in entries.values():
            for n in e.all_names:
                index.setdefault(to_simplified(n), e)
        cached = (id(entries), len(entries), index, {})
        _NAME_INDEX[catalog] = cached
    _LAST_INDEX = (weakref.ref(catalog), (cached[0], cached[1]), (cached[2], cached[3]))
    return cached[2], cached[3]


def _find_by_name(catalog: Catalog, name: str, index=None) -> Entry | None:
    """``catalog.find_by_name(name)`` through an index built once per catalog: the same
    answer (first entry, in catalog order, with a name equal to ``name`` in simplified
    script) without converting every catalog name for every pattern hit (that scan was
    >90% of extraction time). ``index``: ``_name_index(catalog)`` when the caller has it."""
    names, seen = index or _name_index(catalog)  # seen: discovered names repeat across documents
    hit = seen.get(name, _MISSING)  # one lookup: another thread may clear the memo between two
    if hit is not _MISSING:
        return hit
    if len(seen) > 100_000:
        seen.clear()
    hit = seen[name] = names.get(to_simplified(name))
    return hit


_MISSING = object()
_OWNERS: "weakref.WeakKeyDictionary[Catalog, dict[str, tuple[int, str | None, str | None, bool, bool]]]" = (
    weakref.WeakKeyDictionary())


def _form_facts(owners, entries: dict[str, Entry]) -> tuple[str | None, str | None, bool, bool]:
    """What the catalog pass asks of a matched form at every hit, once per form: (first long
    owner, first short owner, the long owner is a District, the owner that decides — long,
    else short — is a government)."""
    long_owner = next((o for o, short in owners if not short), None)
    short_owner = next((o for o, short in owners if short), None)
    owner = long_owner if long_owner is not None else short_owner
    return (long_owner, short_owner, long_owner is not None and entries[long_owner].label == "District",
            owner is not None and entries[owner].props.get("kind") == "government")


def _owner_split(catalog: Catalog) -> dict[str, tuple[int, str | None, str | None, bool, bool]]:
    """Per catalog: matched form → (its length, *_form_facts), filled lazily (the automaton's owner lists
    and the catalog's entries never change once built)."""
    global _LAST_OWNERS
    last = _LAST_OWNERS
    if last[0]() is catalog:
        return last[1]
    cached = _OWNERS.get(catalog)
    if cached is None:
        cached = _OWNERS[catalog] = {}
    _LAST_OWNERS = (weakref.ref(catalog), cached)
    return cached


_FINDERS: "weakref.WeakKeyDictionary[Catalog, tuple[int, bd.BodyFinder]]" = weakref.WeakKeyDictionary()


def _finder(catalog: Catalog) -> bd.BodyFinder:
    """The body finder of a catalog (its District names are places), built once."""
    global _LAST_FINDER
    last = _LAST_FINDER
    if last[0]() is catalog and last[1] == len(catalog.entries):
        return last[2]
    cached = _FINDERS.get(catalog)
    if cached is None or cached[0] != len(catalog.entries):
        places, canon = bd.district_names(
            [(e.id, e.name, [to_simplified(a) for a in e.all_names], e.props.get("kind", "district"))
             for e in catalog.by_label("District")])
        cached = (len(catalog.entries), bd.BodyFinder(places, canon, ["北京", *OTHER_CITIES]))
        _FINDERS[catalog] = cached
    _LAST_FINDER = (weakref.ref(catalog), cached[0], cached[1])
    return cached[1]


_TITLE_DISTRICT = re.compile(
    # (?=[…]): every match opens with a place's first character; the guard spares the engine the
    # ~400-name alternation at every other position of a title (8x faster searches)
    "(?=[" + "".join(sorted({c[0] for c in ("北京", *OTHER_CITIES, *gazetteer.PREFECTURES)})) + "])"
    "(?:(?:" + "|".join(["北京", *OTHER_CITIES]) + r")(?:市|省)?|(?:"
    # every other prefecture-level city only with its 市 (池州市贵池区…: 安康, 黄山 are words too)
    + "|".join(sorted(gazetteer.PREFECTURES, key=len, reverse=True)) + r")市)"
    r"(?P<d>[\u4e00-\u9fff]{2,3}?(?:新区|区|县|旗))")


_TITLE_OWN_DISTRICT = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?P<d>[\u4e00-\u9fff]{2,3}?(?:县|旗|区))(?![\u4e00-\u9fff]{0,2}(?:县|区|市))")
_HEAD_BODIES = 400   # a district body this near the top names the document's own district


def _doc_district(finder: bd.BodyFinder, text: str, head: str, scope: bd.Scope, taken: bytearray) -> tuple[str, str]:
    """(district name, District id) when the document is a district's own: its title names
    one district (海淀区…若干措施, 北京市昌平区关于…), or its head names a district body
    (北京市海淀区人民政府办公室) and no other district's. Only the head is searched for
    bodies here (the whole text is searched once, in the scope this decides)."""
    title = head  # from the normalized (simplified) text already
    if title:
        m = finder.district_in(title)
        if m is not None:
            return m
        # the title, or what its own line writes before it (杭州市萧山区X政策：关于…的意见: a page
        # prefixes the title with its district's name, the title is read without it)
        i = text.find(title, 0, 3000)
        line_head = text[text.rfind("\n", 0, i) + 1:i] if i > 0 else ""
        for where in (title, line_head):
            m = _TITLE_DISTRICT.search(where)
            if m and not m.group("d").startswith(("开发", "示范", "园", "自贸", "试验")) and bd.district_word(m.group("d")):
                return m.group("d"), ""
        # a county's own title opens with the county alone (化隆县深化…试点方案, 2021年嵊泗县…清单) and
        # the text speaks of itself as a county's (县人民政府, 全县)
        m = _TITLE_OWN_DISTRICT.match(title)
        if m and not m.group("d").startswith(("开发", "示范", "园", "自贸", "试验")) and bd.district_word(m.group("d")):
            own = _SELF_DISTRICT.search(text, 0, 20000)
            if own is not None and m.group("d")[-1] in own.group(0):
                return m.group("d"), ""
    cut = _HEAD_BODIES + 60   # room for the longest name starting before _HEAD_BODIES
    if "区" not in text[:cut] and "县" not in text[:cut] and "旗" not in text[:cut]:
        return "", ""   # no district or county body can be named there
    found = finder.find(text[:cut], scope, taken[:cut], places_only=True)
    heads = {(b.jurisdiction, b.district_id) for b in found
             if b.start < _HEAD_BODIES and b.end < cut and b.kind != "committee"
             and (b.level in ("district", "county") or b.level == "zone" and b.district_id)}
    if len(heads) == 1:
        return next(iter(heads))
    src = _source_district(text)
    if src[0]:
        return src
    signed = _signed_district(text)
    return signed if signed[0] or scope.city else _named_district(text)


# a page's source field naming a district or county of a city (来源：咸阳市秦都区人民政府 https://…)
_SOURCE_DISTRICT = re.compile(r"[\u4e00-\u9fff]{2,3}?[市州](?P<d>[\u4e00-\u9fff]{2,3}?(?:区|县|旗))")
# the text speaks of itself as a district's or county's (我区, 全县, 区委, 县政府)
_SELF_DISTRICT = re.compile(r"(?:我|全|本)[区县旗]|(?<![\u4e00-\u9fff])[区县旗](?:委|政府|人民政府)")


def _source_district(text: str) -> tuple[str, str]:
    """The district a document whose own text never names it belongs to: the one its source
    line names (X市Y区), when the text speaks of itself as a district's (我区, 区政府…)."""
    src = bd.source_line(text)
    if src is None:
        return "", ""
    m = _SOURCE_DISTRICT.search(bd.source_site(text))   # not a bracketed remark, not the URL's path
    if m is None or not bd.district_word(m.group("d")):
        return "", ""
    level = m.group("d")[-1]
    own = _SELF_DISTRICT.search(text, src[1], src[1] + 20000)
    return (m.group("d"), "") if own is not None and level in own.group(0) else ("", "")


# a district or county named at a word's start (“彭山区推进…领导小组”, ，彭山区…, 任组长的岚皋县…)
_NAMED_DISTRICT = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[的由在为和与及]))([\u4e00-\u9fff]{2,3}?[区县旗])")
_DISTRICT_END = re.compile("[区县旗]")


def _named_districts(text: str, hi: int = 20000) -> list[re.Match]:
    """``list(_NAMED_DISTRICT.finditer(text, 0, hi))``, the regex tried only two and three
    characters before each 区/县/旗 (a match ends at the first one after its two- or
    three-character stem), in text order past the previous match: the same matches without
    running the lookbehinds at every position (5x faster on the corpus)."""
    starts = set()
    for k in _DISTRICT_END.finditer(text, 0, hi):
        starts.add(k.start() - 2)
        starts.add(k.start() - 3)
    out: list[re.Match] = []
    last = 0
    for p in sorted(starts):
        if p >= last:   # (and p >= 0: last starts at 0)
            m = _NAMED_DISTRICT.match(text, p, hi)
            if m is not None:
                out.append(m)
                last = m.end()
    return out


# …opening a body's name in its clause (彭山区推进中医药强区建设工作领导小组, 岚皋县人民政府): a district the
# text only compares itself with (浦东新区的经验值得学习) is another's
_OPENS_BODY = re.compile(r"[^，,。；;、：:\s“”\"（）()《》]{0,30}?(?:领导小组|委员会|人民政府|政府|办公室|(?<![布格结当])局|委(?![托屈]))")


def _named_district(text: str) -> tuple[str, str]:
    """The district of a text that names no city, and whose head, title, source field and
    signature name no district: the one district or county it names twice or more on its own
    (彭山区 of ``区政府成立…“彭山区推进中医药强区建设工作领导小组”，彭山区…负责``) — never two —
    when the text speaks of itself as that level's (区政府, 区委, 全区). An excerpt of a district's
    plan: its 区卫生健康局 is that district's."""
    seen: dict[str, int] = {}
    bodies: set[str] = set()
    for m in _named_districts(text):
        d = m.group(1)
        if bd.district_word(d):
            seen[d] = seen.get(d, 0) + 1
            if _OPENS_BODY.match(text, m.end()):
                bodies.add(d)
    named = [d for d, n in seen.items() if n >= 2]
    if len(named) != 1 or named[0] not in bodies:
        return "", ""
    own = _SELF_DISTRICT.search(text, 0, 20000)
    return (named[0], "") if own is not None and named[0][-1] in own.group(0) else ("", "")


# a signature line: a county's, district's or banner's government or its office alone on its line
_SIGNATURE_DISTRICT = re.compile(r"(?m)^[ \t\u3000]*(?P<d>[\u4e00-\u9fff]{1,4}?[县区旗])(?:人民政府)(?:办公室)?[ \t\u3000]*$")


def _signed_district(text: str) -> tuple[str, str]:
    """The county (district, banner) of a notice whose head names none — its title opens with
    关于… — but whose signature does (沁县人民政府办公室 alone on its line), when the text speaks
    of itself as that level's (县政府, 全县) and every signature line names the same place."""
    if "人民政府" not in text:
        return "", ""
    places = {m.group("d") for m in _SIGNATURE_DISTRICT.finditer(text)}
    if len(places) != 1:
        return "", ""
    d = places.pop()
    if not bd.district_word(d) and not (len(d) == 2 and d[0] in gazetteer.ONE_CHARACTER_COUNTIES):
        return "", ""
    own = _SELF_DISTRICT.search(text, 0, 20000)
    return (d, "") if own is not None and d[-1] in own.group(0) else ("", "")


_KNOWN_CITIES = frozenset(["北京", *OTHER_CITIES])


_RELATIVE_START = tuple("市区县州省旗盟镇乡街各本全我该")


def _bodies(text: str, catalog: Catalog, doc_id: str, res: EntityResult, taken: bytearray, head: str,
            given: str = "") -> None:
    """Bodies by shape (bodies.py) that the catalog did not already name: each becomes a
    mention (replacing the catalog mentions inside it: 海淀区 + 科委 → 海淀区科委) and, when
    the catalog does not know it by its canonical name, a node of its own."""
    finder = _finder(catalog)
    # only unknown cities other than the document's own matter (and an empty set lets
    # documents share the finder's memo of names)
    named = bd.named_cities(text) - _KNOWN_CITIES - {res.jurisdiction}
    scope = bd.scope_for(res.jurisdiction, PROVINCES, named=named, province=bd.province_of(res.jurisdiction, text, PROVINCES))
    district, district_id = _doc_district(finder, text, head, scope, taken) if res.jurisdiction != bd.NATIONAL else ("", "")
    if given and not res.jurisdiction and not district:
        # the text names no place of its own, not even a district: the place its user gave
        res.jurisdiction = given
        named = named - {given}
        scope = bd.scope_for(given, PROVINCES, named=named, province=bd.province_of(given, text, PROVINCES))
    if district:
        if (not res.jurisdiction or res.jurisdiction in PROVINCES) and not district_id:
            # a district's own document names its city (健康云岩 cites 《贵阳市…》)
            res.jurisdiction = bd.city_named(text, PROVINCES) or res.jurisdiction
        scope = bd.scope_for(res.jurisdiction, PROVINCES, district, district_id, named,
                             bd.province_of(res.jurisdiction, text, PROVINCES))
    found = finder.find(text, scope, taken)
    res.scope = scope
    if not found:
        return
    mentions = sorted(res.mentions, key=attrgetter("start"))
    starts = [m.start for m in mentions]
    drop: set[int] = set()
    added: list[Mention] = []
    index = _name_index(catalog)
    seen = index[1]   # (_find_by_name's memo, asked inline first: a call per body spared)
    n_mentions = len(mentions)
    for b in found:
        i = bisect_left(starts, b.start)
        while i > 0 and mentions[i - 1].end > b.start:
            i -= 1
        inside = []
        crossing = False
        j = i
        while j < n_mentions and mentions[j].start < b.end:
            x = mentions[j]
            if x.end > b.start:
                if x.start < b.start or x.end > b.end or x.label not in ("Bureau", "District") \
                        and not (x.label == "Platform" and b.kind == "committee"):
                    # (a catalogued park or zone inside its committee's name — 未来科学城管委会 —
                    # is named by the committee, as a district is by its bureau)
                    crossing = True
                inside.append(x)
            j += 1
        if crossing or inside and any(x.start == b.start and x.end == b.end and x.label == "Bureau" for x in inside):
            continue
        # _find_by_name(catalog, b.name, index) or _find_by_name(catalog, b.alias, index)
        entry = seen.get(b.name, _MISSING)
        if entry is _MISSING:
            entry = _find_by_name(catalog, b.name, index)
        if entry is None:
            entry = seen.get(b.alias, _MISSING)
            if entry is _MISSING:
                entry = _find_by_name(catalog, b.alias, index)
        if entry is not None and entry.label == "Bureau":
            eid = entry.id
        else:
            eid = b.id
            if eid not in res.nodes:
                # the name as written is an alias too when it names its place by a shorter name
                # than the canonical one (中共甘南州委办公室 for 中共甘南藏族自治州委办公室, 滨海新区
                # for 天津市滨海新区); a relative one (区委办公室) is every district's
                written = "".join(text[b.start:b.end].split())
                alias = b.alias
                aliases = [alias] if alias != b.name else []
                if written != alias and written != b.name and b.place and b.place not in written \
                        and not written.startswith(_RELATIVE_START):
                    aliases.append(written)
                res.nodes[eid] = trusted_node(
                    id=eid, label="Bureau", name=b.name, aliases=aliases,
                    documents=[doc_id], props={"jurisdiction": b.jurisdiction, "level": b.level, "kind": b.kind})
            links = {}
            if b.kind == "committee" and not b.district_id and b.level == "zone":
                # the zone a committee runs (德阳经济技术开发区) is a place of its own
                zid = f"district-{slug(b.jurisdiction)}"
                if zid not in res.nodes and _find_by_name(catalog, b.jurisdiction, index) is None:
                    res.nodes[zid] = trusted_node(id=zid, label="District", name=b.jurisdiction, aliases=[],
                                                  documents=[doc_id], props={"kind": place_kind(b.jurisdiction)})
                entry_z = _find_by_name(catalog, b.jurisdiction, index)
                links["_district"] = entry_z.id if entry_z is not None else zid
            if b.district_id:
                links["_district"] = b.district_id
            if b.government:
                links["_government"] = b.government
            if links:
                res.props.setdefault(eid, {}).update(links)
        if inside:
            drop.update(map(id, inside))
        added.append(Mention(eid, "Bureau", b.start, b.end, text[b.start:b.end], source="pattern"))
        taken[b.start:b.end] = b"\x01" * (b.end - b.start)
    if added:
        res.mentions = [m for m in res.mentions if id(m) not in drop] + added


_COUNTRY_BRACKET = re.compile(r"中国[(（][\u4e00-\u9fff]{2,3}[)）]$|^中国[(（][\u4e00-\u9fff]{2,3}[)）]")
_CLASS_OF_ZONES = re.compile(r"(国家级|省级|市级|区级|县级|各类|各级)")
_NOT_A_PLACE = re.compile(r"^(国家|中国|全国|市级|市|首都|京津冀|各|有关)")
_DRUG_GENERIC = re.compile(r"^(创新|新|相关|上述|该|国产|进口|抗|一次性|多联|医用|医疗|全品类)")
_PRODUCT_NOT = re.compile(r"(医院|公司|中心|大学)")
_DEVICE_GENERIC = re.compile(r"^(医疗|医用|手术|全品类|机器人|创新|高值)")


@lru_cache(maxsize=65536)
def _name_start(name: str, label: str, kind: str, min_len: int, suffix: str) -> int:
    """Where a discovered name starts inside ``name`` (the run a suffix pattern's match was cut
    to): 0, or the first known place inside it (选择广州开发区 → 广州开发区); -1 when the run names
    nothing of the pattern's kind (too short, generic, no proper name, a class of zones).
    A function of the run, the pattern and its suffix word alone: memoised (names recur across
    a document and across documents)."""
    own_zone = label == "District" and own_zone_name(name, suffix)  # 南沙新区, 云溪小镇
    if len(name) < min_len and not own_zone:
        return -1   # too short
    if _GENERIC.match(name) or _ORG_GENERIC.match(name):
        return -1
    offset = 0
    if label == "District" and not _PROPER_PREFIX.match(name) and not own_zone:
        # a zone named after a verb the cut does not know (选择广州开发区, 确保四川天府新区):
        # the name starts at the first known place inside it
        inner = _PROPER_PREFIX_IN.search(name, 1)
        if inner is not None and (len(name) - inner.start() >= min_len
                                  or own_zone_name(name[inner.start():], suffix)):
            offset = inner.start()
            name = name[offset:]
    if (label in ("Platform", "Fund", "Organization", "District") and not _PROPER_PREFIX.match(name)
            and not name.endswith("有限公司") and not own_zone):
        return -1
    if label == "District" and ((_NOT_A_PLACE.match(name) and not _COUNTRY_BRACKET.match(name))
                                or _CLASS_OF_ZONES.search(name)):
        return -1  # 北京市市级高新技术产业开发区: a class of zones, not one place
    if label == "Product" and _DRUG_GENERIC.match(name) and kind == "drug":
        return -1
    if label == "Product" and _PRODUCT_NOT.search(name):
        return -1
    if label == "Product" and kind == "device" and _DEVICE_GENERIC.match(name):
        return -1
    return offset


def find_entities(text: str, catalog: Catalog, doc_id: str, lo: int = 0, hi: int | None = None,
                  head: str = "", given: str = "") -> EntityResult:
    """Mentions of catalogued and discovered entities. ``head``: the document's title (tells
    a district's own document, whose 区政府 is that district's). ``given``: the jurisdiction key
    the user stated at load time (extract.given_place), used only when the text names none."""
    hi = len(text) if hi is None else hi
    res = EntityResult(jurisdiction=detect_jurisdiction(text))
    taken = bytearray(len(text))  # 1 where a catalog mention already sits (only 0 or 1: `1 in taken[a:b]`)

    # 1. catalog aliases, leftmost-longest
    split = _owner_split(catalog)
    entries = catalog.entries
    for end_idx, (form, owners) in catalog.automaton.iter_long(text):
        facts = split.get(form)
        if facts is None:
            facts = split[form] = (len(form), *_form_facts(owners, entries))
        n, long_owner, short_owner, district, government = facts
        start = end_idx - n + 1
        end = end_idx + 1
        entity_id = None
        if long_owner is not None:
            entity_id = long_owner
            if district and (
                    _other_city_before(text, start) or form in _BARE_ZONE_WORDS and _glued(text, start)):
                continue  # 长春市朝阳区 is Changchun's district, never Beijing's 朝阳区; 安巢经开区 is not 亦庄
        elif short_owner is not None:
            before = text[start - 6 if start > 6 else 0:start]
            city = _CITY_BEFORE.search(before)
            if city is not None and city.group("pref") and not city.group(0).endswith("市") and form[:1] != "市":
                city = None
            entry = catalog.entries[short_owner]
            if entry.label == "Bureau" and not city and (before[-1:] in _CLASS_BEFORE or before[-1:] == "省" or form[:1] == "市" and (
                    _glued_city(before) or bd.prose_city(before))):
                # 各区(县)科委, 区卫健委, 各市医保局: a district's body or a class of bodies,
                # never the city's (bodies.py names a district's own); 梧州市经信局: 梧州's;
                # 省医保局 in a city's document: its province's (bodies.py)
                continue
            if not city and res.jurisdiction in ("", bd.NATIONAL):
                continue   # 市科委 in a national or placeless document: no one city's body
            if not city and form[:1] == "市" and _unknown_city_before(before):
                continue   # 江阴市人民政府 (a list item, a salutation): a city no list knows, not this one
            if city or res.jurisdiction != "北京":
                # another city's bureau: a node of its own, never Beijing's
                place = bd.full_place(city.group(0) if city else res.jurisdiction, PROVINCES)
                if not city and form[:1] == "市" and place.endswith(("省", "自治区")):
                    # 四市人民政府, 各盟行政公署、市人民政府 in a province's or region's text: cities'
                    # bodies (a class, or a city it does not name), never the province's own
                    continue
                name, alias = bd.named_body(place, form)
                entity_id = "bureau-" + slug(name, 60)
                if entity_id not in res.nodes:
                    res.nodes[entity_id] = trusted_node(
                        id=entity_id, label=entry.label, name=name, aliases=[alias] if alias != name else [],
                        documents=[doc_id],
                        props={"jurisdiction": place, "level": "province" if place.endswith("省") else "city",
                               "kind": entry.props.get("kind", "bureau")},
                    )
                if city:
                    start = start - len(city.group(0))
            else:
                entity_id = short_owner
                entry = entries[entity_id]
                if entry.label != "Bureau" and _glued(text, start):
                    # 北京罕见病诊疗创新服务站 is not 北京药品医疗器械创新服务站: a generic short
                    # alias at the tail of a longer name is left to discovery
                    continue
        if entity_id is None:
            continue
        if government and bd.departments_after(text, end):
            continue   # 市政府各委、办、局: a class of the government's departments, not the government
        label = entries[entity_id].label if entity_id in entries else res.nodes[entity_id].label
        if label == "Bureau" and bd.number_after(text, end):
            continue   # 国办发〔2023〕3号: the letters of a document number name no body (README)
        res.mentions.append(Mention(entity_id, label, start, end, text[start:end]))
        taken[start:end] = b"\x01" * (end - start)

    # 1b. government bodies by their shape (bodies.py): other places' and uncatalogued ones
    _bodies(text, catalog, doc_id, res, taken, head, given)
    # a page's source line (来源：北京市人民政府（首都之窗） https://…) names the site that
    # published it: page furniture, like its metadata block, not a body the document names
    src = bd.source_line(text)
    if src is not None:
        res.mentions = [m for m in res.mentions if not (src[0] <= m.start and m.end <= src[1] and m.label == "Bureau")]

    # 2. policies named in 《》 (plus 简称 defined in this document)
    short_map: dict[str, str] = {}
    for m in POLICY_TITLE.finditer(text):
        title, worded = _cited_title(m.group("t"))
        if not worded and title not in short_map:
            continue
        entry = catalog.find_policy(title)
        if entry is None and title in short_map:
            pid = short_map[title]
        elif entry is not None:
            pid = entry.id
        elif len(title) >= 8:
            pid = f"policy-{slug(policy_key(title))}"
            if pid not in res.nodes:   # (a title cited again: its first node stays, none is built)
                res.nodes[pid] = trusted_node(id=pid, label="Policy", name=title, aliases=[], documents=[doc_id],
                                               props={"mentioned_only": True})
        else:
            continue
        s, e = m.span()
        if 1 in taken[s:e]:
            # a catalog alias sits inside the title; the title names the policy itself
            res.in_titles += [x for x in res.mentions if s <= x.start and x.end <= e and x.label == "Bureau"]
            res.mentions = [x for x in res.mentions if not (s <= x.start and x.end <= e)]
        res.mentions.append(Mention(pid, "Policy", s, e, text[s:e]))
        taken[s:e] = b"\x01" * (e - s)
        sm = SHORT_NAME.match(text[e:e + 30].lstrip("(（ ")) if _SHORT_NAME_OPEN.match(text, e, e + 30) else None
        if sm:
            short_map[_norm_title(sm.group("s"))] = pid

    # 3. pattern discovery: funds introduced with their size, then suffix patterns
    index = _name_index(catalog)
    # every match ends in 基金: a text without the word (most) is not scanned at every digit
    for m in FUND_AFTER_AMOUNT.finditer(text) if "基金" in text else ():
        start, end = m.span("name")
        name = m.group("name")
        if 1 in taken[start:end] or len(name) < 6:
            continue
        entry = _find_by_name(catalog, name, index)
        pid = entry.id if entry else f"fund-{slug(name)}"
        if entry is None and pid not in res.nodes:
            res.nodes[pid] = trusted_node(id=pid, label="Fund", name=name, aliases=[], documents=[doc_id], props={"kind": "fund"})
        res.mentions.append(Mention(pid, "Fund", start, end, name, source="pattern"))
        taken[start:end] = b"\x01" * (end - start)
    for (label, kind, _, min_len), matches in zip(PATTERNS, _suffix_matches(text)):
        for m in matches:
            s_suffix, end = m.span()
            # extend to the longest suffix form at this point (分中心 within …中心分中心)
            if 1 in taken[s_suffix:end]:
                continue
            start = _left_cut(text, end, s_suffix)
            if label == "District":
                # 中国(北京)自由贸易试验区: the country and the bracketed place are part of the name
                bracket = _COUNTRY_BRACKET.search(text, start - 9 if start > 9 else 0, start)
                if bracket is not None:
                    start = bracket.start()
            if 1 in taken[start:end]:
                continue   # a catalog entity sits inside (中关村知识产权保护中心分中心)
            name = text[start:end]
            offset = _name_start(name, label, kind, min_len, text[s_suffix:end])   # (the match is its group 1)
            if offset < 0:
                continue
            if offset:
                start += offset
                name = text[start:end]
            entry = _find_by_name(catalog, name, index)
            # the catalog's label wins for this match only: the loop's `label` is the pattern's and
            # must stay so for the pattern's later matches
            if entry is not None:
                pid, found = entry.id, entry.label
            else:
                found = label
                pid = f"{LABEL_PREFIX[label]}-{slug(name)}"
                if label == "District" and pid not in res.nodes:
                    # a short form of a zone this document named in full (西咸新区 of 陕西西咸新区)
                    pid = next((k for k, n in res.nodes.items() if n.label == "District" and n.name.endswith(name)
                                and len(n.name) - len(name) <= 3), pid)
                if pid not in res.nodes:
                    res.nodes[pid] = trusted_node(id=pid, label=label, name=name, aliases=[], documents=[doc_id],
                                                  props={"kind": place_kind(name, kind) if label == "District" else kind})
            res.mentions.append(Mention(pid, found, start, end, name, source="pattern"))
            taken[start:end] = b"\x01" * (end - start)

    # 4. fund amounts from the sentence that names the fund
    for mention in res.mentions:
        if mention.label != "Fund" or mention.entity_id in res.props:
            continue   # (a fund whose size an earlier mention gave keeps it: no sentence to search)
        amt = _fund_amount(text, mention.start, mention.end, lo, hi)
        if amt:
            res.props[mention.entity_id] = {"amount_yi": amt[0], "amount_text": amt[1]}

    res.mentions.sort(key=attrgetter("start", "end"))
    return res
