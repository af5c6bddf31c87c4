"""Where things are, as the text states it, and the places a document introduces.

Three statements, found in one pass of one compiled regex over the text:

- ``X位于 <places>`` (also 地处, 坐落于/在): X lies in the most specific administrative unit of
  each chain of units the verb governs: 北京经济技术开发区位于北京市东南部 → 北京市;
  位于江苏省南京市长江以北 → 南京市 (in 江苏省).
  What follows the units (东南部, 长江以北, 湘江西岸, 南五环两侧) describes, it names no place;
  a relation right after the units that puts X outside them (位于亦庄附近, 位于北京市与天津市之间)
  states no containment, so it gives nothing; between parts of them (西安市和咸阳市建成区之间)
  still lies in them.
  ``位于 <places> 的 Y`` places Y.
- ``X(规划)范围包括/涵盖/涉及 <list>`` and ``X位于…，包括 <list>``: X lies (partly) in every
  listed unit. A unit named without its parent inherits, from the item before it, the units
  above its own level (南京市浦口区、六合区 → 南京市六合区; 栖霞区八卦洲街道 after 南京市… →
  南京市栖霞区八卦洲街道); a unit of the parent's own level (共青城市 after 南昌市新建区) ends
  that inheritance, so 永修县 after it inherits nothing. The first item may inherit the one
  city X was said to lie in (福州新区位于福州市…，范围包括马尾区 → 福州市马尾区).
- ``X落户/入驻/落地/迁入/设在… <where>`` and ``X在 <where> 落地/揭牌/设立…`` (one rule,
  :meth:`_Located.settle`): X is a thing or a list of things (A、B和C等N个中心), each a
  known name or a name by its shape; a listed name without its parent (卫生发展研究中心
  after 国家卫生健康委员会医药卫生科技发展研究中心) takes the first item's body as its
  parent. <where> is a chain of units, or a word pointing back (此, 这里, 园区, 该园区): the
  place the text is about — the last place named in the paragraph before the sentence,
  else the nearest earlier sentence whose subject is a place (…科技园位于… then …在此落地);
  园区/该园区 point only to a park.

Places named this way that the catalog does not hold become District nodes (kind city,
district, county, street, town, new_area, development_zone, ...; ``jurisdiction`` = the
units above them as the text gives them); a named new area or zone that is the subject of
such a statement becomes one too. Nothing is inferred: a place merely mentioned near a
thing places nothing, and places in a chain are not linked to each other (the node's
``jurisdiction`` keeps what the chain says).
"""

from __future__ import annotations

import re
from itertools import chain
from dataclasses import dataclass

from medgraph.extract.bodies import AUTONOMOUS_REGIONS, place_stem
from medgraph.extract.entities import OTHER_CITIES, PROVINCES, Mention
from medgraph.extract.entities import _find_by_name as find_by_name
from medgraph.extract.entities import _left_cut as left_cut
from medgraph.extract.place_kinds import ZONE_ENDS, is_modifier, place_kind
from medgraph.models import trusted_node
from medgraph.textutil import sentence_bounds, slug

__all__ = ["locate"]

LOCATABLE = {"Platform", "Organization", "Product"}

# --- administrative units ----------------------------------------------------------
# level: 0 province, 1 city (prefecture or municipality), 2 county level, 3 township level
_SUFFIX_LEVEL = {"特别行政区": (0, "region"), "自治区": (0, "province"), "省": (0, "province"),
                 "自治州": (1, "prefecture"), "盟": (1, "prefecture"),
                 "市": (1, "city"), "新区": (2, "district"), "自治县": (2, "county"), "区": (2, "district"),
                 "县": (2, "county"), "旗": (2, "county"), "街道": (3, "street"), "镇": (3, "town"), "乡": (3, "township")}
_UNIT = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,7}?)(?P<suf>特别行政区|自治区|自治州|自治县|街道|新区|省|市|区|县|旗|盟|镇|乡)")
_KNOWN = sorted({"北京", *OTHER_CITIES} - {"香港", "澳门", "台湾"}, key=len, reverse=True)
_KNOWN_NAME = re.compile("(" + "|".join(_KNOWN) + r")(?![省市区县])")
# stems that make a description of an area, not a unit's name (建成区, 滨海地区, 部分区域, 主城区)
_GENERIC_STEMS = frozenset("主城 中心城 老城 新城 县城 古城 城市 全市 全省 本市 本区 部分 其他 其余 周边 所辖 建成 核心 中心 城乡 "
                           "功能 示范 开发 试验 保税 集聚 产业 发展 行政 管理 规划 重点 片 一区 两区 各区 毗邻 邻近 沿线".split())
_GENERIC_END = ("地", "片", "园", "景", "社", "街", "辖", "郊", "矿", "城乡", "功能", "示范", "开发", "试验", "保税",
                "集聚", "建成", "产业", "发展", "核心", "中心", "部分", "其他", "周边", "区域", "之间", "以北", "以南", "以东", "以西")
# a count, not a name (咸阳两市, 7县, 各区): digits anywhere, a numeral or quantifier at the end
# (numerals inside names are common: 六合区, 二道区, 九台区, 六盘水市)
# a direction or a relative position inside the stem describes part of an area (东部城区, 沿江地带)
_DESCRIPTIVE = re.compile("[东西南北中]部|以[东西南北]|[东西南北两]侧|[东西南北]岸|境内|周边|附近|一带|沿[江海河湖线]")
_NUMERALS = re.compile("[0-9]|[一二两三四五六七八九十百几多数个各]$")
# …六大中心, 十大基地: "the N major …", a count of things, not one thing's name
_MAJOR = re.compile("[一二两三四五六七八九十]大$")


# 我县, 本市 …: the document's own unit (not 本市场, 本区域, 本县级)
_OWN_WORD = re.compile(r"[我本]([市区县旗])(?![场域级])")
# the verbs after which a district's own document names it by its stem alone (在谯城建设, 落户谯城)
_STEM_TRIGGERS = "在|落户|位于|入驻|落地|迁入"
_STEM_TRIGGER_WORDS = tuple(_STEM_TRIGGERS.split("|"))   # literal words: a match needs one of them + the stem


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    level: int
    kind: str
    start: int
    end: int
    entity_id: str = ""  # a catalog or already-found place the unit is


def _unit_at(text: str, pos: int, hi: int, places: dict[int, Mention]) -> Unit | None:
    """The administrative unit written at ``pos``. A place mention starting there wins when
    it is longer than the unit the words spell (北京市大兴区, 北京经济技术开发区, 昌平), not
    otherwise: 长春市朝阳区's 朝阳区 is spelled out, never Beijing's district."""
    u = _UNIT.match(text, pos, hi)
    if u is not None:
        stem, suf = u.group("stem"), u.group("suf")
        if stem == "城" or suf == "区" and stem.endswith(_GENERIC_END):
            u = None
        elif (stem in _GENERIC_STEMS or stem.endswith(_GENERIC_END) or _NUMERALS.search(stem) or not place_stem(stem)
              or _DESCRIPTIVE.search(stem) or suf == "市" and stem.endswith("城") and _KNOWN_NAME.fullmatch(stem[:-1])):
            u = None  # …, 北京城市规划: 北京 + 城市 (city), not a city named 北京城
    m = places.get(pos)
    if m is not None and m.end <= hi and (u is None or m.end > u.end()):
        return Unit(m.surface, 2, "", m.start, m.end, m.entity_id)
    if u is not None:
        level, kind = _SUFFIX_LEVEL[u.group("suf")]
        return Unit(u.group(0), level, kind, u.start(), u.end())
    k = _KNOWN_NAME.match(text, pos, hi)
    if k is not None:
        name = k.group(1)
        if name in PROVINCES:
            # one table of the autonomous regions' official names (bodies.py's): 广西 → 广西壮族自治区
            return Unit(AUTONOMOUS_REGIONS.get(name, name + "省"), 0, "province", k.start(), k.end())
        return Unit(name + "市", 1, "city", k.start(), k.end())
    return None


# a township-level area named after its county (大兴团河地区, 昌平区回龙观地区: the 地区
# offices of Beijing's districts): only right after a county-level unit, a 2-3 character own
# stem (never 周边地区, 重点地区, 东部地区, 两个地区)
_AREA = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,3}?)地区")


def _area_at(text: str, pos: int, hi: int) -> Unit | None:
    a = _AREA.match(text, pos, hi)
    if a is None:
        return None
    stem = a.group("stem")
    if (stem in _GENERIC_STEMS or stem.endswith(_GENERIC_END) or _NUMERALS.search(stem) or not place_stem(stem)
            or _DESCRIPTIVE.search(stem) or is_modifier(stem) or _DIRECTION.search(stem)):
        return None
    return Unit(a.group(0), 3, "area", a.start(), a.end())


def _chain(text: str, pos: int, hi: int, places: dict[int, Mention]) -> list[Unit]:
    """Units written one after the other from ``pos`` (江苏省南京市栖霞区八卦洲街道)."""
    out: list[Unit] = []
    while pos < hi:
        u = _unit_at(text, pos, hi, places)
        if u is None and out and out[-1].level == 2:
            u = _area_at(text, pos, hi)
        if u is None or (out and u.level <= out[-1].level and not u.entity_id):
            break
        out.append(u)
        if u.entity_id:
            area = _area_at(text, u.end, hi) if u.level == 2 else None
            if area is not None:
                out.append(area)  # 大兴团河地区: the area of a known district
            elif u.name[:1] in "我本":
                # 我县小史店镇, 我市三江新区: the document's own unit, then a unit below it
                own_level = 1 if u.name[1:2] == "市" else 2
                below = _unit_at(text, u.end, hi, places)
                if below is not None and (below.entity_id or below.level > own_level):
                    out.append(below)
            break  # a known place ends the chain (北京市 + 北京经济技术开发区)
        pos = u.end
    return out


_SEP = re.compile(r"\s*(?:、|以及|和|及|与|，(?=[^，。；]{0,12}[、和]))\s*")


def _items(text: str, pos: int, hi: int, places: dict[int, Mention],
           prefix: list[Unit] | None = None) -> tuple[list[list[Unit]], int]:
    """A list of chains from ``pos`` (A市B区、C区和D县), and where it ends. Each chain is
    completed with the units above its first one that the item before it had (explicitly
    or inherited): 南京市浦口区、六合区 → [南京市, 六合区]; ``prefix`` completes the first."""
    items: list[list[Unit]] = []
    above = list(prefix or [])
    end = pos
    while True:
        c = _chain(text, pos, hi, places)
        if not c:
            break
        full = c if c[0].entity_id else [u for u in above if u.level < c[0].level] + c
        items.append(full)
        above = full[:-1]
        end = c[-1].end
        s = _SEP.match(text, end, hi)
        if s is None:
            break
        pos = s.end()
    return items, end


# --- the statements ----------------------------------------------------------------
_SITED = r"位于|地处|坐落于|坐落在|坐落|座落于|座落在|地跨|横跨"
# right after the units a 位于 names: words saying the thing lies next to, around or between
# them, not in them (亦庄附近, 北京市与天津市之间). Between or around PARTS of the units
# (西安市和咸阳市建成区之间, 主城区周边) still lies in the units: a describing word comes first.
OUTSIDE = re.compile(r"(?:附近|周边|周围|之间|中间|以外|之外|对面|旁边|一旁|毗邻|邻近)")
# (初期/近期/远期)规划(控制)范围, 区域范围, 管辖范围 or 范围, then what it includes: one branch per
# opening word, in the order the regex (?:(?:初期|近期|远期)?规划(?:控制)?|区域|管辖)?范围… tries them
_SCOPE_INCLUDES = "(?:包括|包含|涵盖|涉及)"
_SCOPE_OPENINGS = ("初期规划", "近期规划", "远期规划", "规划", "区域", "管辖", "")
_SCOPE = "|".join(w + ("(?:控制)?" if w.endswith("规划") else "") + "范围" + _SCOPE_INCLUDES for w in _SCOPE_OPENINGS)
# words that point back to the place the text is about (在此落地, 入驻园区, 落户于该园区)
_DEICTIC = r"(?:此|这里|该园区|本园区|园区)"
_HERE_WORD = re.compile(_DEICTIC)
_SETTLE_WORDS = ("落户", "落地", "入驻", "迁入", "扎根", "集聚", "聚集", "设在", "建在", "选址")
_SETTLE = "|".join(w + "(?:于|在|到)?" for w in _SETTLE_WORDS)
# 在 + an administrative unit (在苏州市吴中区建设…): only where a unit's suffix follows;
# 在/于 + a word pointing back (在此落地, 于此设立)
_ZAI = (rf"在(?=[\u4e00-\u9fff]{{2,7}}?(?:省|市|区|县|旗|街道|镇|乡))|在(?={_DEICTIC})|于(?={_DEICTIC})"
        # 在 + a place's short name + a verb of building (在谯城建设…: the district's stem)
        r"|在(?=[\u4e00-\u9fff]{2,3}?(?:建设|设立|布局|打造|建立))")
_INCLUDES = "包括|包含|涵盖"
# One alternation whose every branch opens with a literal character, no group around a kind:
# re then skips in C to the next character a branch opens with (a leading (?=[…]) lookahead and
# a named group per kind made it try every position of the text in turn: ~3× the time). The
# character a match opens with tells its kind: each opens the words of one kind only.
_TRIGGER = re.compile("|".join((_SITED, _SCOPE, _INCLUDES, _SETTLE, _ZAI)))


def _kinds() -> dict[str, str]:
    """The opening character of each kind's words → the kind (sited, scope, incl, settle, zai)."""
    openings = {"sited": _SITED.split("|"), "scope": [w or "范" for w in _SCOPE_OPENINGS],
                "incl": _INCLUDES.split("|"), "settle": list(_SETTLE_WORDS), "zai": ["在", "于"]}
    out: dict[str, str] = {}
    for kind, words in openings.items():
        for w in words:
            if out.setdefault(w[0], kind) != kind:
                raise ValueError(f"{w[0]} opens words of two kinds of trigger")
    return out


_KIND_OF = _kinds()
# between a subject and its verb: adverbs and a bracketed short name
_BEFORE_VERB = re.compile(r"(?:[(（][^()（）\n]{1,30}[)）])?\s*(?:目前|现|已经|已|均|都|主要|总体|正式|成功|顺利|将|率先|首批|先后|陆续|是|基本|确定|拟)*\s*$")
# what is built or set up in a place: 在X区(内)建设/设立/布局… (the verb right after the place)
_BUILD = re.compile(r"(?:内|范围内)?\s*(?:共同|加快|率先|规划|启动|正式|新|选址)?(?:建设|设立|布局|打造|建立|组建|筹建|新建|成立|挂牌成立|揭牌)")
# what settles or opens in a place: X在<places>落地/揭牌/挂牌成立…
_OPENED = re.compile(r"\s*(?:正式|成功|顺利|率先|先后|陆续)?(?:落地|落户|揭牌|挂牌成立|挂牌|成立|开业|启用|投产|注册|开工|建成|投入运营|运营|入驻|"
                     r"扎根|集聚|聚集)")
_OBJECT_RUN = re.compile(r"[\u4e00-\u9fff]{3,16}(?=[，,；;。、\s]|$)")   # an object named up to its clause's end
_NO_OBJECT = re.compile(r"\s*(?:[，,；;。]|$)")
_NOT_OBJECT = re.compile(r"[、在]|[^，,；;。]{16}")
_SENTENCE_OPEN = re.compile(r"\s*(?:[一二三四五六七八九十\d]+[、.．]\s*)?")
_ZONE_ENDS = "|".join(ZONE_ENDS)   # the ends of a zone-like place's name (place_kinds: one list)
_ZONE_NAME = re.compile("(" + _ZONE_ENDS + ")$")


_ZONE_OPENING = re.compile(r"(?P<stem>[\u4e00-\u9fff]{2,10}?)(?:" + _ZONE_ENDS + ")"
                           r"(?=[，,]|成立|始建|创建|设立|是|于|自|经)")


_ZONE_BEFORE = re.compile(r"(?P<end>" + _ZONE_ENDS + ")$")


def _zone_stem_ok(stem: str) -> bool:
    """A zone's own name before its suffix (福州, 西咸, 辽东湾), not a pronoun or a count."""
    return len(stem) >= 2 and place_stem(stem[:2]) and not _NUMERALS.search(stem) and stem[:2] not in _GENERIC_STEMS


_ORG_WORDS = {"医院": "hospital", "院区": "hospital", "大学": "university", "学院": "university", "研究院": "institute", "研究所": "institute"}
_THING_NAME = re.compile(r"(医院|院区|大学|学院|研究院|研究所|实验室|中心|产业园|科技园|园区|产业基地|基地|谷)$")
# a name in quotes (“寺门中草药市场”) is a proper name whatever its stem: these last words make it a thing
_QUOTED_THING = re.compile(r"[“\"]([\u4e00-\u9fff]{2,20}?(市场|公司))[”\"]$")


_DUTY_VERBS = re.compile("负责|承担|管理|指导|协调|统筹|组织|联系|对接|服务|参与|所在"
                         "|调研|考察|视察|走访|参观")   # (a visit's place: 市委主要领导调研重庆国际生物城（位于巴南区）)
_PARK_END = re.compile(r"(?:科技园|产业园|工业园|园区|园|基地|片区|组团)$")
_PROPER_START = re.compile("(?:" + "|".join(["北京", *OTHER_CITIES]) + ")")


def _park_items(text: str, pos: int, hi: int) -> list[tuple[int, int]]:
    """Names of parks listed from ``pos`` (A园、B园和C科技园), up to the clause's end; []
    unless every item is a park's name (2 to 20 name characters ending in 园/园区/基地…)."""
    m = _PARK_RUN.match(text[pos:hi])
    if m is None:
        return []
    body = m.group(0)
    tail = _PARK_TAIL.search(body)
    body = body[: tail.start()] if tail else body
    out = []
    at = pos
    for piece in _PARK_SEP.split(body):
        a = at
        at += len(piece) + 1
        if not 2 <= len(piece) <= 20 or not _PARK_END.search(piece) or not _HAN_RUN.fullmatch(piece):
            return []
        out.append((a, a + len(piece)))
    return out if len(out) >= 2 else []


class _Located:
    """One document's located-in statements (state shared by the three rules)."""

    def __init__(self, ctx, add):
        self.ctx = ctx
        self.text = ctx.text
        self.add = add
        mentions = ctx.ents.mentions
        self.places = {m.start: m for m in mentions if m.label == "District"
                       or (m.label == "Platform" and _park(m.surface))}
        self.by_end = {m.end: m for m in mentions}
        # subject id → (sentence end, the chains it was said to lie in)
        self.sited_in: dict[str, tuple[int, list[list[Unit]]]] = {}
        self.last_subject: tuple[str, int, int] | None = None  # (id, start, sentence end)
        self.sited_verb = False  # subject_named may name a thing by its shape (位于 with a unit after it)
        self.sited_places: list[Mention] = []  # places named as the subject of 位于…, in text order
        self._own_stem()
        self._own_words()

    def _own_words(self) -> None:
        """我市/本市, 我区/本区, 我县/本县 (我旗/本旗) name the document's own city or county: each
        is a mention of it where the scope knows it (在我县龙华镇建设…, 位于我市高新区)."""
        text = self.text
        if "我" not in text and "本" not in text:
            return
        scope = self.ctx.ents.scope
        own = {"市": scope.city_full if scope.city_full.endswith("市") else ""}
        if scope.district:
            own[scope.district[-1]] = scope.district if not scope.district.endswith("新区") else ""
        if not any(w + level in text for level, name in own.items() if name for w in "我本"):
            return   # no 我/本 before a level word the scope names (or none named): no match would count
        ids: dict[str, str] = {}
        for m in _OWN_WORD.finditer(text):
            name = own.get(m.group(1), "")
            if not name or m.start() in self.places:
                continue
            if name not in ids:
                full = name if m.group(1) == "市" or name.endswith(("县", "旗")) or not scope.city_full.endswith("市") \
                    else scope.city_full + name
                entry = find_by_name(self.ctx.catalog, full)
                ids[name] = entry.id if entry is not None else self._node(
                    f"district-{slug(full, 60)}", "District", full,
                    "city" if m.group(1) == "市" else place_kind(full, "county" if full.endswith(("县", "旗")) else "district"))
            self.places[m.start()] = Mention(ids[name], "District", m.start(), m.end(), m.group(0), source="pattern")

    def _own_stem(self) -> None:
        """A district's or county's own document names it by its stem alone (在谯城建设…, 落户
        谯城): each such stem right after a location verb (在, 落户, 位于, 入驻, 落地, 迁入) and
        not followed by its level word is a mention of the district. Anywhere else a short name
        is mostly a word (新华社 in a 新华区 text, 和平 in a 和平区 one)."""
        scope = self.ctx.ents.scope
        district = scope.district
        if scope.district_id or len(district) < 3 or not district.endswith(("区", "县", "旗")) or district.endswith("新区"):
            return   # (a catalogued district has its aliases in the catalog already)
        stem, text = district[:-1], self.text
        full = district if district.endswith(("县", "旗")) or not scope.city_full or scope.city_full.endswith(("省", "自治区")) \
            else scope.city_full + district
        nid = ""
        if not any(t + stem in text for t in _STEM_TRIGGER_WORDS):
            return   # no trigger right before the stem: nothing to match (and no pattern to compile for it)
        for m in re.finditer("(?:" + _STEM_TRIGGERS + ")(" + re.escape(stem) + ")(?![区县旗])", text):
            k = m.start(1)
            if k not in self.places:
                if not nid:
                    entry = find_by_name(self.ctx.catalog, full)
                    nid = entry.id if entry is not None else self._node(
                        f"district-{slug(full, 60)}", "District", full, place_kind(full, "county" if full.endswith(("县", "旗")) else "district"))
                self.places[k] = Mention(nid, "District", k, k + len(stem), stem, source="pattern")

    # -- nodes --
    def _node(self, nid: str, label: str, name: str, kind: str, jurisdiction: str = "", alias: str = "") -> str:
        nodes = self.ctx.ents.nodes
        if nid not in nodes:
            props = {"kind": kind}
            if jurisdiction:
                props["jurisdiction"] = jurisdiction
            nodes[nid] = trusted_node(id=nid, label=label, name=name, aliases=[alias] if alias and alias != name else [],
                                      documents=[self.ctx.spans._id], props=props)
        return nid

    def _unit_name(self, u: Unit) -> str:
        """A unit's full name: a known place's node name (大兴 → 北京市大兴区), else as written."""
        if not u.entity_id:
            return u.name
        node = self.ctx.catalog.entries.get(u.entity_id) or self.ctx.ents.nodes.get(u.entity_id)
        return node.name if node is not None else u.name

    def place_of(self, chain: list[Unit]) -> str | None:
        """The node of the chain's most specific unit (catalog entry, known mention or new)."""
        head = chain[-1]
        if head.entity_id:
            return head.entity_id
        above = [u.name for u in chain[:-1] if u.level >= 1 or head.level <= 1]
        city = next((u.name for u in chain[:-1] if u.level == 1), "")
        catalog = self.ctx.catalog
        if city in ("", "北京市") and head.level >= 2 and (city or self.ctx.ents.jurisdiction == "北京"):
            entry = find_by_name(catalog, "北京市" + head.name) or (find_by_name(catalog, head.name) if not city else None)
            if entry is not None and entry.label == "District":
                return entry.id
        qualified = "".join(self._unit_name(u) for u in chain[:-1] if u.level >= 1) + head.name if head.level >= 2 else head.name
        entry = find_by_name(catalog, qualified)
        if entry is not None and entry.label == "District":
            return entry.id
        return self._node(f"district-{slug(qualified, 60)}", "District", qualified, head.kind, "".join(above), head.name)

    def subject_named(self, end: int) -> tuple[str, int, int] | None:
        """The thing named right before ``end`` (a mention, or a zone named by its shape):
        (node id, start, end of the name)."""
        text = self.text
        gap = _BEFORE_VERB.search(text, max(0, end - 40), end)
        stop = gap.start() if gap else end
        m = self.by_end.get(stop)
        if m is not None and m.label in ("District", *LOCATABLE):
            return m.entity_id, m.start, stop
        z = _ZONE_NAME.search(text, max(0, stop - 12), stop)
        if z is not None and z.end() == stop:
            start = left_cut(text, stop, z.start())
            name = text[start:stop]
            if not _zone_stem_ok(name[: len(name) - len(z.group(1))]):
                return None
            return self.zone_node(name), start, stop
        named = self.thing_named(stop) if self.sited_verb else None
        return (*named, stop) if named is not None else None

    def thing_named(self, stop: int) -> tuple[str, int] | None:
        """A hospital, university, institute, park or centre named by its shape right before
        位于 (天坛医院位于…): its own node, Organization or Platform by its last word."""
        text = self.text
        t = _THING_NAME.search(text, max(0, stop - 8), stop)
        if t is None or t.end() != stop:
            return None
        start = left_cut(text, stop, t.start())
        # verbs of a body's remit the general cut does not know (中关村管委会负责中关村科技园区)
        for c in _DUTY_VERBS.finditer(text, start, t.start()):
            start = c.end()
        nid = self.thing_node(start, stop)
        return (nid, start) if nid is not None else None

    def thing_node(self, start: int, stop: int) -> str | None:
        """The node of the name text[start:stop] when its shape makes it one: a place-like
        stem (not a count, not a modifier) and a last word of a thing (医院, 研究院, 中心…)."""
        name = self.text[start:stop]
        t = _THING_NAME.search(name)
        if t is None:
            return None
        stem = name[: t.start()]
        if (len(stem) < 2 or not place_stem(stem[:2]) or _NUMERALS.search(stem) or _MAJOR.search(stem)
                or is_modifier(stem, end=False)):
            return None
        entry = find_by_name(self.ctx.catalog, name)
        if entry is not None:
            return entry.id
        word = t.group(1)
        if word in _ORG_WORDS:
            return self._node(f"org-{slug(name)}", "Organization", name, _ORG_WORDS[word])
        kind = "park" if word.endswith(("园", "园区", "基地", "谷")) else "platform"
        return self._node(f"platform-{slug(name)}", "Platform", name, kind)

    def zone_node(self, name: str) -> str:
        entry = find_by_name(self.ctx.catalog, name)
        if entry is not None:
            return entry.id
        nodes = self.ctx.ents.nodes
        # a short form of a zone this document already named (西咸新区 of 陕西西咸新区)
        for nid, n in nodes.items():
            if n.label == "District" and n.name.endswith(name) and len(n.name) - len(name) <= 3:
                return nid
        return self._node(f"district-{slug(name)}", "District", name, place_kind(name))

    # -- rules --
    def sited(self, t: re.Match) -> None:
        text = self.text
        s, e = sentence_bounds(text, t.start())
        chains, end = _items(text, t.end(), e, self.places)
        if chains and OUTSIDE.match(text, end, e):
            chains = []   # near or between the units, not in them
        self.sited_verb = bool(chains)  # a thing named by its shape only when a unit follows
        subject = self.subject_named(t.start()) or self.sentence_subject(s, t.start())
        if subject is None and chains:
            subject = self.unit_subject(s, t.start()) or self.bracket_subject(t.start())
        self.sited_verb = False
        if subject is not None:
            sid, sstart, send = subject
            self.last_subject = (sid, sstart, e)
            node = self.ctx.catalog.entries.get(sid) or self.ctx.ents.nodes.get(sid)
            if node is not None and (node.label == "District" or node.label == "Platform" and _park(node.name)):
                # a place said to lie somewhere is a place the text is about (此 may stand for it)
                self.sited_places.append(Mention(sid, node.label, sstart, send, text[sstart:send]))
            if chains:
                self.sited_in[sid] = (e, chains)
            for c in chains:
                self._link(sid, c, sstart, c[-1].end, 0.9)
            return
        # 位于 <places> 的 Y
        if chains and text.startswith("的", end):
            m = self.ctx.mentions_in(end + 1, e)
            y = m[0] if m and m[0].start == end + 1 and m[0].label in ("District", *LOCATABLE) else None
            if y is not None:
                for c in chains:
                    self._link(y.entity_id, c, t.start(), y.end, 0.85)
            elif not m or m[0].start > end + 1:
                # a thing no list knows, named by its shape up to its clause's end (位于南溪区的宜宾医疗器械产业园)
                run = _OBJECT_RUN.match(text, end + 1, e)
                nid = self.thing_node(end + 1, run.end()) if run is not None else None
                if nid is not None:
                    for c in chains:
                        self._link(nid, c, t.start(), run.end(), 0.8)

    def sentence_subject(self, s: int, pos: int) -> tuple[str, int, int] | None:
        """…，位于Y: a clause of nothing but the verb is about the place or thing that
        opens the sentence (北京经济技术开发区成立于1992年，位于…)."""
        text = self.text
        cs = max(s, *(text.rfind(c, s, pos) + 1 for c in "，,"))
        if cs == s or text[cs:pos].strip():
            return None
        o = _SENTENCE_OPEN.match(text, s, pos)
        first = self.ctx.mentions_in(o.end(), pos)
        m = first[0] if first else None
        if m is not None and m.start == o.end():
            return (m.entity_id, m.start, m.end) if m.label in ("District", *LOCATABLE) else None
        # a zone named by its shape opens the sentence (东营开发区始建于…，位于…)
        z = _ZONE_OPENING.match(text, o.end(), pos)
        if z is None or not _zone_stem_ok(z.group("stem")):
            return None
        return self.zone_node(z.group(0)), z.start(), z.end()

    def bracket_subject(self, pos: int) -> tuple[str, int, int] | None:
        """X（位于Y）: the verb opens a bracket right after a name (一人民医院（位于翠屏区）, “寺门中草药
        市场”(位于我县小史店镇)); the name before the bracket, quotes stripped, is the subject: a
        known name or one by its shape."""
        text = self.text
        if pos < 2 or text[pos - 1] not in "(（":
            return None
        q = _QUOTED_THING.search(text, max(0, pos - 24), pos - 1)
        if q is not None:
            name = q.group(1)
            entry = find_by_name(self.ctx.catalog, name)
            nid = entry.id if entry is not None else (
                self._node(f"org-{slug(name)}", "Organization", name, "company") if q.group(2) == "公司"
                else self._node(f"platform-{slug(name)}", "Platform", name, "market"))
            return nid, q.start(1), q.end(1)
        stop = pos - 1
        while stop > 0 and text[stop - 1] in "”\"’'」":
            stop -= 1
        m = self.by_end.get(stop)
        if m is not None:
            return (m.entity_id, m.start, stop) if m.label in ("District", *LOCATABLE) else None
        named = self.thing_named(stop)
        if named is None:
            # a zone named by its shape before the bracket (重庆国际生物城（位于巴南区）)
            z = _ZONE_BEFORE.search(text, max(0, stop - 14), stop)
            if z is not None:
                start = left_cut(text, stop, z.start("end"))
                for c in _DUTY_VERBS.finditer(text, start, z.start("end")):
                    start = c.end()
                stem = text[start:z.start("end")]
                if len(stem) >= 2 and _zone_stem_ok(stem):
                    return self.zone_node(text[start:stop]), start, stop
        return (*named, stop) if named is not None else None

    def unit_subject(self, s: int, pos: int) -> tuple[str, int, int] | None:
        """An administrative unit named by its shape as the whole subject of 位于 (绥滨县位于
        黑龙江省东北部, 江苏省南通市海门区地处长江入海口): the clause before the verb is nothing
        but a chain of units (after the sentence's numbering). Its most specific unit is the
        subject, a District node like any place a chain names."""
        text = self.text
        cs = max(s, *(text.rfind(c, s, pos) + 1 for c in "，,；;：:"))
        o = _SENTENCE_OPEN.match(text, cs, pos)
        a = o.end() if o else cs
        while a < pos and text[a] in "“\"‘'「":
            a += 1
        chain = _chain(text, a, pos, self.places)
        if not chain or chain[-1].end != pos:
            return None
        return self.place_of(chain), chain[0].start, pos

    def things_before(self, s: int, pos: int) -> list[tuple[str, int]]:
        """What the clause ending at ``pos`` names as its subject, as (node id, start): a
        list of things (A、B和C等8家企业已 — :meth:`listed_things`), else the thing right
        before the verb (adverbs between), a known name or one named by its shape
        (松林医院落户…)."""
        text = self.text
        listed = self.listed_things(s, pos)
        if listed is not None:
            return listed
        gap = _BEFORE_VERB.search(text, max(s, pos - 40), pos)
        stop = gap.start() if gap else pos
        x = self.by_end.get(stop)
        if x is not None:
            return [(x.entity_id, x.start)] if x.label in LOCATABLE else []
        named = self.thing_named(stop)
        if named is None:
            return []
        nid, start = named
        node = self.ctx.ents.nodes.get(nid) or self.ctx.catalog.entries.get(nid)
        return [(nid, start)] if node is not None and node.label in LOCATABLE else []

    def listed_things(self, s: int, pos: int) -> list[tuple[str, int]] | None:
        """The things a list before ``pos`` names, closed by 等… or not (A、B和C等6个中心已):
        every item a known thing or a name by its shape (…中心, …研究院, …公司). A name
        without its parent takes the body the first item opens with (国家卫生健康委员会
        of 国家卫生健康委员会医药卫生科技发展研究中心). None when the clause is no list
        (one name, no 等); [] when it is one but an item is no thing (a place, a body, a
        phrase)."""
        text = self.text
        cs = max(s, *(text.rfind(c, s, pos) + 1 for c in "，,；;：:"))
        tail = _LIST_TAIL.search(text, cs, pos)
        end = tail.start() if tail else pos
        closed = text.startswith("等", end)
        if end <= cs or not closed and "、" not in text[cs:end] and not _AND.search(text, cs, end):
            return None
        inside = self.ctx.mentions_in(cs, end)
        items = _list_items(text, cs, end, inside)
        if items is None or len(items) < 2 and not closed:
            return [] if closed else None   # not closed by 等: the name right before the verb may still be one
        out: list[tuple[str, int]] = []
        parent = self._parent_body(text[items[0][0]:items[0][1]])
        for k, (a, b, m) in enumerate(items):
            if m is not None:
                out.append((m.entity_id, m.start))
                continue
            piece = text[a:b]
            if parent is not None and (piece.startswith(parent) or not _PROPER_START.match(piece)):
                name = piece if piece.startswith(parent) else parent + piece
                entry = find_by_name(self.ctx.catalog, name)
                nid = entry.id if entry is not None else self._node(f"org-{slug(name)}", "Organization", name, "institute",
                                                                    alias=piece)
            else:
                start = left_cut(text, b, b - 1) if k == 0 else a
                nid = self.thing_node(start, b)
                a = start
            if nid is not None:
                out.append((nid, a))
        return out

    def _parent_body(self, first: str) -> str | None:
        """The body the first listed name belongs to (国家药品监督管理局 of
        国家药品监督管理局药品审评中心): the longest catalog Bureau name that opens it and is
        shorter than it."""
        catalog = self.ctx.catalog
        best = None
        for end_idx, (form, owners) in catalog.automaton.iter(first):
            if end_idx - len(form) + 1 != 0 or len(form) >= len(first):
                continue
            if any(not short and catalog.entries[o].label == "Bureau" for o, short in owners):
                if best is None or len(form) > len(best):
                    best = form
        return best

    def where(self, pos: int, e: int, s: int) -> tuple[list[list[Unit]], Mention | None, int]:
        """The place a settling verb names from ``pos``: chains of units (昌平区, 南京市江北新区),
        or a word pointing back (此, 这里, 园区) resolved to the place the text is about; and
        where the words end."""
        d = _HERE_WORD.match(self.text, pos, e)
        if d is not None:
            return [], self._place_here(s, park=d.group(0).endswith("园区")), d.end()
        chains, end = _items(self.text, pos, e, self.places)
        return chains, None, end

    def _settled(self, source: str, chains: list[list[Unit]], place: Mention | None, a: int, b: int,
                 conf: float) -> None:
        """``source`` lies in each chain's unit, or in the place a pointing word stands for (that
        place's naming quoted as a second evidence)."""
        for c in chains:
            self._link(source, c, a, b, conf)
        if place is not None and source != place.entity_id:
            ev = self.ctx.spans.ev
            self.add(self.ctx, source, place.entity_id, "LOCATED_IN",
                     [ev(a, b, "explicit", 0.75), ev(place.start, place.end, "explicit", 0.75)])

    def settle(self, t: re.Match) -> None:
        """X落户/入驻/落地/设在 <where> (X may be a list): a thing (never a place) settles
        there; 落户于此的Y: the thing named after the place does."""
        text = self.text
        s, e = sentence_bounds(text, t.start())
        chains, place, end = self.where(t.end(), e, s)
        if not chains and place is None:
            return
        things = self.things_before(s, t.start())
        if things:
            for nid, a in things:
                self._settled(nid, chains, place, a, end, 0.9)
        elif text.startswith("的", end):
            after = self.ctx.mentions_in(end + 1, e)
            if after and after[0].start == end + 1 and after[0].label in LOCATABLE:
                self._settled(after[0].entity_id, chains, place, t.start(), after[0].end, 0.85)

    def zai(self, t: re.Match) -> None:
        """在 <where> 建设/设立 X: what the clause builds there (else who builds it: X在此设立…);
        X在 <where> 落地/揭牌: what settles or opens there."""
        text = self.text
        s, e = sentence_bounds(text, t.start())
        chains, place, end = self.where(t.end(), e, s)
        if not chains and place is None:
            return
        v = _BUILD.match(text, end, e)
        if v is None:
            o = _OPENED.match(text, end, e)
            if o is not None:
                for nid, a in self.things_before(s, t.start()):
                    self._settled(nid, chains, place, a, o.end(), 0.85)
            return
        built = False
        for x in self.ctx.mentions_in(v.end(), e):
            # what the verb builds: in its clause, no other list or 在 between (在X规划建设和
            # …座谈会、在Y… names no building)
            if not _same_clause(text, v.end(), x.start) or _NOT_OBJECT.search(text, v.end(), x.start):
                break
            if x.label in LOCATABLE and not text.startswith(_BRANCH, x.end):
                built = True
                self._settled(x.entity_id, chains, place, t.start(), x.end, 0.85)
        if not built:
            # an object no list knows, named by its shape (在谯城建设中药产业科技园)
            run = _OBJECT_RUN.match(text, v.end(), e)
            nid = self.thing_node(v.end(), run.end()) if run is not None else None
            if nid is not None:
                built = True
                self._settled(nid, chains, place, t.start(), run.end(), 0.8)
        # no object after the verb (X在<where>选址建设。): the subject, when a thing, is what is built
        if not built and (place is not None or _NO_OBJECT.match(text, v.end(), e)):
            for nid, a in self.things_before(s, t.start()):
                self._settled(nid, chains, place, a, v.end(), 0.85)

    def listed(self, t: re.Match, bare: bool) -> None:
        text = self.text
        s, e = sentence_bounds(text, t.start())
        if self.parks_listed(t, e):
            return
        subject = self.subject_named(t.start())
        if subject is None:
            # a clause of nothing but the verb (…长江以北，包括… / …，初期规划范围包括…): the
            # subject is the sentence's, said to lie somewhere in an earlier clause of it
            last = self.last_subject
            cs = max(s, *(text.rfind(c, s, t.start()) + 1 for c in "，,"))
            if last is None or last[2] != e or cs <= last[1] or text[cs:t.start()].strip():
                return
            sid, sstart = last[0], last[1]
        else:
            sid, sstart, _ = subject
            if bare and not _ZONE_NAME.search(text, max(0, t.start() - 12), t.start()) and not self._is_zone(sid):
                return  # 包括 after a name: only a zone's extent is a list of places
        prefix: list[Unit] = []
        sited = self.sited_in.get(sid)
        if sited is not None and len(sited[1]) == 1:
            # the one place the subject was said to lie in completes the list's first item
            prefix = [u for u in sited[1][0] if not u.entity_id]
        chains, end = _items(text, t.end(), e, self.places, prefix)
        for c in chains:
            self._link(sid, c, sstart, end, 0.85)

    def parks_listed(self, t: re.Match, e: int) -> bool:
        """X(园区)包括 A园、B园…: the parks a zone is made of lie in it (中关村科技园区包括
        中关村科技园区海淀园、丰台园…); a short item takes the prefix the first one shares
        with X (丰台园 → 中关村科技园区丰台园)."""
        text = self.text
        items = _park_items(text, t.end(), e)
        if not items:
            return False
        stop = t.start() - 1 if text[t.start() - 1:t.start()] in "(（" and t.start() > 0 else t.start()
        self.sited_verb = True
        subject = self.subject_named(stop)
        self.sited_verb = False
        if subject is None:
            return False
        sid, sstart, _ = subject
        node = self.ctx.catalog.entries.get(sid) or self.ctx.ents.nodes.get(sid)
        sname = text[sstart:stop]
        prefix = sname if items and text.startswith(sname, items[0][0]) else ""
        for a, b in items:
            name = text[a:b]
            if prefix and not name.startswith(prefix) and not _PROPER_START.match(name):
                name = prefix + name
            entry = find_by_name(self.ctx.catalog, name)
            pid = entry.id if entry is not None else self._node(f"platform-{slug(name)}", "Platform", name, "park",
                                                                alias=text[a:b])
            if pid != sid and node is not None:
                self.add(self.ctx, pid, sid, "LOCATED_IN", [self.ctx.spans.ev(sstart, b, "explicit", 0.85)])
        return True

    def _is_zone(self, nid: str) -> bool:
        entry = self.ctx.catalog.entries.get(nid)
        node = entry if entry is not None else self.ctx.ents.nodes.get(nid)
        return node is not None and node.label == "District"

    def _link(self, source: str, chain: list[Unit], a: int, b: int, conf: float) -> None:
        target = self.place_of(chain)
        if target is None or target == source:
            return
        self.add(self.ctx, source, target, "LOCATED_IN", [self.ctx.spans.ev(a, b, "explicit", conf)])

    def _places_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions in [lo, hi), with the places a 位于 statement named there by their shape
        (no mention: 青岛蓝色药谷位于…), in text order."""
        found = self.ctx.mentions_in(lo, hi)
        sited = [m for m in self.sited_places if lo <= m.start and m.end <= hi]
        return sorted([*found, *sited], key=lambda m: (m.start, m.end)) if sited else found

    def _place_here(self, s: int, park: bool = False) -> Mention | None:
        """The place a pointing word (此, 这里; 园区 when ``park``) stands for: the place the
        text is about — the subject of the nearest earlier sentence that opens with a place
        (in its paragraph or two paragraphs back: …产业园位于…区。A落户于此 → the park, not the
        district it lies in), else the last place named in the paragraph before the sentence."""
        text = self.text
        fits = _is_park if park else _is_place
        para = text.rfind("\n", 0, s) + 1
        lo = para
        for _ in range(2):
            if lo == 0:
                break
            lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
        places = [m for m in self._places_in(lo, s) if fits(m)]
        for m in reversed(places):
            ss, _ = sentence_bounds(text, m.start, lo)
            if not text[ss:m.start].strip(" \t\u3000\"“”'‘’"):
                return m
        return next((m for m in reversed(places) if m.start >= para), None)

_BRANCH = ("分中心", "分部", "分院", "分所", "分公司", "分站", "分基地")
_PARK = re.compile(r"(园|园区|科学城|产业园|基地|小镇|集聚区|示范区|新城|港|谷)$")
_CLAUSE = re.compile(r"[，,；;]")


def _park(surface: str) -> bool:
    return bool(_PARK.search(surface))


def _is_place(m: Mention) -> bool:
    return m.label == "District" or (m.label == "Platform" and _park(m.surface))


def _same_clause(text: str, a: int, b: int) -> bool:
    return not _CLAUSE.search(text, min(a, b), max(a, b))


def _is_park(m: Mention) -> bool:
    return m.label == "Platform" and _park(m.surface)


# the end of a list of things before its verb: 等 + a count and a kind (等6个中心, 等8家企业),
# then adverbs (已, 均, 先后…)
_LIST_TAIL = re.compile(r"(?:等(?:[0-9一二两三四五六七八九十百几多]+(?:个|家|所|批|项))?[\u4e00-\u9fff]{0,6})?\s*"
                        r"(?:目前|现|已经|已|均|都|先后|陆续|相继|正式|成功|率先|将)*\s*$")
# the last word of a thing's name (a centre, an institute, a company, a hospital, a park)
_NAME_END = re.compile(r"(中心|研究院|研究所|院|所|公司|集团|医院|实验室|平台|基地|大学|学院|站|馆|园)$")
_AND = re.compile(r"和|及|与|以及")


def _list_items(text: str, a: int, b: int, inside: list[Mention]) -> list[tuple[int, int, Mention | None]] | None:
    """The items of the list text[a:b], split at 、 (and at 和/及/与 between two whole names),
    each with the mention that is exactly it (None for a name by its shape only); None when
    an item is neither a thing's mention nor a name (a place, a body, a phrase). The first
    item may carry a lead-in before its name (支持A公司、B公司…)."""
    exact = {(m.start, m.end): m for m in inside}

    def item(x: int, y: int, first: bool) -> tuple[int, int, Mention | None] | None:
        m = exact.get((x, y))
        if m is None and first:
            m = next((q for q in inside if x <= q.start and q.end == y), None)
        if m is not None:
            return (m.start, y, m) if m.label in LOCATABLE else None
        return (x, y, None) if _NAME_END.search(text, x, y) else None

    out: list[tuple[int, int, Mention | None]] = []
    pos = a
    for piece in text[a:b].split("、"):
        x = pos + len(piece) - len(piece.lstrip())
        y = pos + len(piece.rstrip())
        pos += len(piece) + 1
        first = not out
        # two whole names joined by 和/及 (A中心和B中心) are two items; 受理服务和投诉举报中心 is one
        pair = None
        for j in _AND.finditer(text, x, y):
            left, right = item(x, j.start(), first), item(j.end(), y, False)
            if left is not None and right is not None:
                pair = [left, right]
                break
        if pair is None:
            whole = item(x, y, first) if y > x else None
            if whole is None:
                return None
            pair = [whole]
        out.extend(pair)
    return out


def locate(ctx, add) -> None:
    """All located-in statements of the document, in one pass of ``_TRIGGER``; ``add`` is
    relations._add (edges keyed and merged as every other relation)."""
    text = ctx.text
    triggers = _TRIGGER.finditer(text)
    first = next(triggers, None)
    if first is None:
        return   # no statement to read (most texts): the document's places are not collected
    job = _Located(ctx, add)
    for t in chain((first,), triggers):
        kind = _KIND_OF[text[t.start()]]
        if kind == "sited":
            job.sited(t)
        elif kind == "scope":
            job.listed(t, bare=False)
        elif kind == "incl":
            job.listed(t, bare=True)
        elif kind == "settle":
            job.settle(t)
        else:
            job.zai(t)


# inline patterns compiled once (re.search(str, …) looked each up in re's cache per call)
_DIRECTION = re.compile("[东西南北中]")
_PARK_RUN = re.compile(r"[^，,；;。:：()（）\n]{2,200}")
_PARK_TAIL = re.compile(r"(?:等(?:[0-9一二两三四五六七八九十]+个)?[\u4e00-\u9fff]{0,4})?$")
_PARK_SEP = re.compile(r"、|和|及")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
