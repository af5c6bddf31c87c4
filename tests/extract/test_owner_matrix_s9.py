"""An owner-style matrix (session 9): small documents generated from independent dimensions,
each asserting the exact lead/support pairs the corpus README's conventions give, with evidence
quoting the source.

Why: owner rules written from corpus documents fix the layouts their authors saw; each new
held set of unseen documents then scores far below dev. This matrix combines the ways policy
texts state owners with every numbering, punctuation, body form, jurisdiction and script, so a
rule that holds for one combination and not its neighbours fails here. The dimensions:

- ``style``: how owners are stated — a bracketed labelled note after the item
  (``（牵头单位：A；配合单位：B、C）``) or right after its heading (the body on the next line),
  labelled field lines on the next lines, ``（A牵头，B、C配合）``, ``（A牵头，B、C等部门配合）``,
  ``（A负责）``, ``由A负责``, ``由A会同B、C负责``, ``A、B按职责分工负责``, ``A、B负责。``, two leads
  (``（牵头单位：A、B；责任单位：C）``), a bare trailing list ``（A、B、C）`` or on its own line, a
  task-division table (pipes, tabs, one cell per line), a stated convention (``列第一位的为牵头单位``
  over ``（A、B、C负责）``; ``排名不分先后``), a note closing a paragraph (``…。（A）``);
- ``label``: the label pair of labelled styles (牵头单位/配合单位, 牵头部门/配合部门, 主责单位/协同单位,
  主办单位/协办单位, 牵头领导单位/参与单位, 责任单位, 责任部门: a 责任 list's first unit leads);
- ``numbering``: 一、 （一） 1. 1、 （1） ① 第一条 一是; ``nest``: flat, or under framing section
  headings of the rank above (``STRUCTURE_NESTS``: numbering restarting per section, and sub-points with the owners after
  them, are structure.py's to decide and only probed by the report);
- ``punct``: full-width, ASCII, ASCII brackets with full-width colons, spaced, full-width commas;
- ``jur`` × ``form``: a Beijing district, a province, a city, a county, a county-level city, an
  autonomous prefecture; bureaus short (市科技局), prefixed (苏州市科技局), full (苏州市科学技术局),
  with a lower government (吴中区政府, 郑州市政府, 孝丰镇政府), a zone's management committee, a
  general office, a party department, people's organisations (科协, 妇联), a vertical body (税务局);
- ``script``: simplified or traditional;
- ``neg``: negative cells — a class unit in a list (各区政府, 有关部门, 各相关单位), a person field
  (责任领导/责任人), an internal division (责任处室), an item that merely mentions bodies
  (依托A, 向A报告, A发布的), a 联系人/电话 line: none of them is an owner.

The product is sampled: every value of every dimension at least once, plus a fixed-seed
subset. ``python tests/extract/test_owner_matrix_s9.py`` prints failures per dimension value.
"""

from __future__ import annotations

import random
import sys
import zlib
from dataclasses import dataclass
from functools import lru_cache

import opencc
import pytest

from owner_support import extract_text

# ---------------------------------------------------------------- bodies by jurisdiction


@dataclass(frozen=True)
class Body:
    short: str            # as a document of its own jurisdiction writes it
    prefixed: str         # with its place
    names: tuple[str, ...]  # the node names that are right (the full official name first)


@dataclass(frozen=True)
class Jur:
    place: str            # 苏州市
    site: str             # the publishing government
    issuer: str           # the issuing office's full name
    addressees: str
    classes: tuple[str, ...]   # class units of this jurisdiction (never owners)
    bureaus: tuple[Body, ...]  # four bureaus
    lower: Body           # a lower government
    zone: Body            # a zone's management committee
    office: Body          # the general office
    party: Body           # a party department
    people: tuple[Body, Body]  # people's organisations (科协, 妇联)
    vertical: Body        # a body of a vertical system (税务局)
    person: str           # a person (责任领导)
    division: str         # internal divisions (责任处室)
    phone: str


JURS: dict[str, Jur] = {
    "bj_district": Jur(
        "北京市昌平区", "北京市昌平区人民政府", "北京市昌平区人民政府办公室", "各镇人民政府，各街道办事处，区政府各委、办、局",
        ("各镇人民政府", "有关部门", "各相关单位"),
        (Body("区发展改革委", "昌平区发展改革委", ("北京市昌平区发展和改革委员会",)),
         Body("区财政局", "昌平区财政局", ("北京市昌平区财政局",)),
         Body("区卫生健康委", "昌平区卫生健康委", ("北京市昌平区卫生健康委员会",)),
         Body("区人力资源社会保障局", "昌平区人力资源社会保障局", ("北京市昌平区人力资源和社会保障局",))),
        Body("小汤山镇政府", "昌平区小汤山镇政府", ("北京市昌平区小汤山镇人民政府",)),
        # (未来科学城管委会, a catalog place + 管委会, is not found as a body at all: bodies.py's)
        Body("中关村昌平园管委会", "中关村科技园区昌平园管委会", ("中关村科技园区昌平园管理委员会", "中关村昌平园管理委员会")),
        Body("区政府办", "昌平区政府办", ("北京市昌平区人民政府办公室",)),
        Body("区委组织部", "昌平区委组织部", ("中共北京市昌平区委组织部",)),
        (Body("区科协", "昌平区科协", ("北京市昌平区科学技术协会",)), Body("区妇联", "昌平区妇联", ("北京市昌平区妇女联合会",))),
        Body("区税务局", "昌平区税务局", ("国家税务总局北京市昌平区税务局",)),
        "张建国", "综合规划科、产业发展科", "010-69741234"),
    "province": Jur(
        "河南省", "河南省人民政府", "河南省人民政府办公厅", "各省辖市人民政府，省人民政府各部门",
        ("各省辖市人民政府", "有关部门", "各相关单位"),
        (Body("省科技厅", "河南省科技厅", ("河南省科学技术厅",)),
         Body("省财政厅", "河南省财政厅", ("河南省财政厅",)),
         Body("省卫生健康委", "河南省卫生健康委", ("河南省卫生健康委员会",)),
         Body("省药监局", "河南省药监局", ("河南省药品监督管理局",))),
        Body("郑州市政府", "河南省郑州市政府", ("郑州市人民政府", "河南省郑州市人民政府")),
        Body("郑州航空港经济综合实验区管委会", "河南省郑州航空港经济综合实验区管委会",
             ("郑州航空港经济综合实验区管理委员会", "河南省郑州航空港经济综合实验区管理委员会")),
        Body("省政府办公厅", "河南省政府办公厅", ("河南省人民政府办公厅",)),
        Body("省委宣传部", "河南省委宣传部", ("中共河南省委宣传部",)),
        (Body("省科协", "河南省科协", ("河南省科学技术协会",)), Body("省妇联", "河南省妇联", ("河南省妇女联合会",))),
        Body("省税务局", "河南省税务局", ("国家税务总局河南省税务局",)),
        "李卫东", "规划财务处、科技处", "0371-65901234"),
    "city": Jur(
        "苏州市", "苏州市人民政府", "苏州市人民政府", "各市、区人民政府，苏州工业园区、苏州高新区管委会，市各委办局",
        ("各区政府", "有关部门", "各相关单位"),
        (Body("市科技局", "苏州市科技局", ("苏州市科学技术局",)),
         Body("市工信局", "苏州市工信局", ("苏州市工业和信息化局",)),
         Body("市卫健委", "苏州市卫健委", ("苏州市卫生健康委员会",)),
         Body("市商务局", "苏州市商务局", ("苏州市商务局",))),
        Body("吴中区政府", "苏州市吴中区政府", ("苏州市吴中区人民政府",)),
        Body("苏州工业园区管委会", "苏州市苏州工业园区管委会", ("苏州工业园区管理委员会",)),
        Body("市政府办公室", "苏州市政府办公室", ("苏州市人民政府办公室",)),
        Body("市委组织部", "苏州市委组织部", ("中共苏州市委组织部",)),
        (Body("市科协", "苏州市科协", ("苏州市科学技术协会",)), Body("市妇联", "苏州市妇联", ("苏州市妇女联合会",))),
        Body("市税务局", "苏州市税务局", ("国家税务总局苏州市税务局",)),
        "王晓东", "高新技术处、产业发展处", "0512-68612345"),
    "county": Jur(
        "安吉县", "安吉县人民政府", "安吉县人民政府办公室", "各乡镇人民政府、街道办事处，县政府各部门、各直属单位",
        ("各乡镇人民政府", "有关部门", "各相关单位"),
        (Body("县发改局", "安吉县发改局", ("安吉县发展和改革局",)),
         Body("县财政局", "安吉县财政局", ("安吉县财政局",)),
         Body("县卫健局", "安吉县卫健局", ("安吉县卫生健康局",)),
         Body("县市场监管局", "安吉县市场监管局", ("安吉县市场监督管理局",))),
        Body("孝丰镇政府", "安吉县孝丰镇政府", ("安吉县孝丰镇人民政府",)),
        Body("安吉经济开发区管委会", "安吉县经济开发区管委会", ("安吉经济开发区管理委员会", "安吉县经济开发区管理委员会")),
        Body("县政府办公室", "安吉县政府办公室", ("安吉县人民政府办公室",)),
        Body("县委组织部", "安吉县委组织部", ("中共安吉县委组织部",)),
        (Body("县科协", "安吉县科协", ("安吉县科学技术协会",)), Body("县妇联", "安吉县妇联", ("安吉县妇女联合会",))),
        Body("县税务局", "安吉县税务局", ("国家税务总局安吉县税务局",)),
        "陈志强", "办公室、业务科", "0572-5121234"),
    "county_city": Jur(
        "义乌市", "义乌市人民政府", "义乌市人民政府办公室", "各镇人民政府、街道办事处，市政府各部门",
        ("各镇人民政府", "有关部门", "各相关单位"),
        (Body("市发改局", "义乌市发改局", ("义乌市发展和改革局",)),
         Body("市财政局", "义乌市财政局", ("义乌市财政局",)),
         Body("市卫健局", "义乌市卫健局", ("义乌市卫生健康局",)),
         Body("市市场监管局", "义乌市市场监管局", ("义乌市市场监督管理局",))),
        Body("佛堂镇政府", "义乌市佛堂镇政府", ("义乌市佛堂镇人民政府",)),
        Body("义乌经济技术开发区管委会", "义乌市经济技术开发区管委会", ("义乌经济技术开发区管理委员会",)),
        Body("市政府办公室", "义乌市政府办公室", ("义乌市人民政府办公室",)),
        Body("市委宣传部", "义乌市委宣传部", ("中共义乌市委宣传部",)),
        (Body("市科协", "义乌市科协", ("义乌市科学技术协会",)), Body("市妇联", "义乌市妇联", ("义乌市妇女联合会",))),
        Body("市税务局", "义乌市税务局", ("国家税务总局义乌市税务局",)),
        "吴建平", "综合科、产业科", "0579-85581234"),
    "prefecture": Jur(
        "延边朝鲜族自治州", "延边朝鲜族自治州人民政府", "延边朝鲜族自治州人民政府办公室", "各县（市）人民政府，州政府各委办局",
        ("各县（市）人民政府", "有关部门", "各相关单位"),
        (Body("州科技局", "延边朝鲜族自治州科技局", ("延边朝鲜族自治州科学技术局",)),
         Body("州财政局", "延边朝鲜族自治州财政局", ("延边朝鲜族自治州财政局",)),
         Body("州卫生健康委", "延边朝鲜族自治州卫生健康委", ("延边朝鲜族自治州卫生健康委员会",)),
         Body("州市场监管局", "延边朝鲜族自治州市场监管局", ("延边朝鲜族自治州市场监督管理局",))),
        Body("延吉市政府", "延边朝鲜族自治州延吉市政府", ("延吉市人民政府",)),
        Body("延吉高新技术产业开发区管委会", "延边朝鲜族自治州延吉高新技术产业开发区管委会",
             ("延吉高新技术产业开发区管理委员会",)),
        Body("州政府办公室", "延边朝鲜族自治州政府办公室", ("延边朝鲜族自治州人民政府办公室",)),
        Body("州委组织部", "延边朝鲜族自治州委组织部", ("中共延边朝鲜族自治州委组织部",)),
        (Body("州科协", "延边朝鲜族自治州科协", ("延边朝鲜族自治州科学技术协会",)),
         Body("州妇联", "延边朝鲜族自治州妇联", ("延边朝鲜族自治州妇女联合会",))),
        Body("州税务局", "延边朝鲜族自治州税务局", ("国家税务总局延边朝鲜族自治州税务局",)),
        "金哲", "办公室、规划科", "0433-2512345"),
}


def _full(b: Body) -> str:
    return b.names[0]


def triple(jur: Jur, form: str) -> list[tuple[str, Body]]:
    """The three bodies an item's owners name, each with the surface the document writes."""
    b1, b2, b3, _ = jur.bureaus
    if form == "short":
        return [(b.short, b) for b in (b1, b2, b3)]
    if form == "prefixed":
        return [(b.prefixed, b) for b in (b1, b2, b3)]
    if form == "full":
        return [(_full(b), b) for b in (b1, b2, b3)]
    if form == "lower":
        return [(b1.short, b1), (jur.lower.short, jur.lower), (b2.short, b2)]
    if form == "zone":
        return [(jur.zone.short, jur.zone), (b1.short, b1), (b3.short, b3)]
    if form == "office":
        return [(jur.office.short, jur.office), (b2.short, b2), (b3.short, b3)]
    if form == "party":
        return [(jur.party.short, jur.party), (b1.short, b1), (jur.zone.short, jur.zone)]
    if form == "people":
        p1, p2 = jur.people
        return [(p1.short, p1), (b2.short, b2), (p2.short, p2)]
    if form == "vertical":
        return [(jur.vertical.short, jur.vertical), (b3.short, b3), (b1.short, b1)]
    raise ValueError(form)


# ---------------------------------------------------------------- dimensions

STYLES = ("bracket", "fields", "roles", "fuze", "you", "duty", "bare_paren", "bare_line",
          "table_pipe", "table_tab", "table_cells", "conv_first", "conv_none", "para_end",
          "heading_note", "multi_lead", "etc", "duty_sentence", "huitong")
LABELS = ("牵头单位/配合单位", "牵头部门/配合部门", "主责单位/协同单位", "主办单位/协办单位", "牵头领导单位/参与单位",
          "责任单位", "责任部门")
NUMBERINGS = ("一、", "（一）", "1.", "1、", "（1）", "①", "第一条", "一是")
NESTS = ("flat", "section")
# nestings whose measure level is structure.py's decision, probed by the report only (not asserted):
# numbering restarting in each section, sub-points of the next rank inside each item with the
# owners on a line after them
STRUCTURE_NESTS = ("restart", "sub")


def structure_probe(c: "Cell") -> bool:
    """Cells whose measure level structure.py decides (not asserted here): the STRUCTURE_NESTS,
    and 一是 items under （一） headings (the 一是 items carry the owners, so they are the measures;
    structure.py takes the （一） headings)."""
    return c.nest in STRUCTURE_NESTS or (c.numbering == "一是" and c.nest == "section" and c.style not in TABLES)
PUNCTS = ("full", "ascii", "mixed", "spaced", "comma")
FORMS = ("short", "prefixed", "full", "lower", "zone", "office", "party", "people", "vertical")
SCRIPTS = ("simp", "trad")
NEGS = ("none", "class", "person", "division", "mention", "contact")
DIMS = {"style": STYLES, "label": LABELS, "numbering": NUMBERINGS, "nest": NESTS, "punct": PUNCTS,
        "jur": tuple(JURS), "form": FORMS, "script": SCRIPTS, "neg": NEGS}
TABLES = ("table_pipe", "table_tab", "table_cells")

_CN = "一二三四五六七八九十"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩"


def marker(numbering: str, k: int) -> str:
    """The marker of item ``k`` (1-based) in a numbering style."""
    return {
        "一、": f"{_CN[k - 1]}、", "（一）": f"（{_CN[k - 1]}）", "1.": f"{k}.", "1、": f"{k}、",
        "（1）": f"（{k}）", "①": _CIRCLED[k - 1], "第一条": f"第{_CN[k - 1]}条 ", "一是": f"{_CN[k - 1]}是",
    }[numbering]


# the framing section heading above a style, and the sub-point style inside it
_ABOVE = {"一、": "第{}部分 ", "（一）": "{}、", "1.": "（{}）", "1、": "（{}）", "（1）": "{}、", "①": "{}、",
          "第一条": "第{}章 ", "一是": "（{}）"}
_BELOW = {"一、": "（一）", "（一）": "1.", "1.": "（1）", "1、": "（1）", "（1）": "①", "第一条": "（一）"}


@dataclass(frozen=True)
class Punct:
    open: str
    close: str
    colon: str
    sep: str      # between the units of a list
    semi: str     # between two labelled lists
    comma: str    # between two clauses


PUNCT = {
    "full": Punct("（", "）", "：", "、", "；", "，"),
    "ascii": Punct("(", ")", ":", ",", ";", ","),
    "mixed": Punct("(", ")", "：", "、", "；", "，"),
    "spaced": Punct("（", "）", "： ", "、 ", "； ", "， "),
    "comma": Punct("（", "）", "：", "，", "；", "，"),
}

ITEMS = (
    ("加大研发投入", "支持企业开展创新药物临床试验，对符合条件的项目给予最高300万元资助。",
     ("鼓励企业建设研发中心", "对新认定的研发机构给予一次性奖励")),
    ("强化人才支撑", "引进高层次创新创业人才团队，落实住房、子女入学等保障政策。",
     ("实施青年人才培育计划", "开展职称评审改革试点")),
    ("优化审批服务", "推行企业开办全程网上办理，进一步压缩审批时限。",
     ("推行告知承诺制", "建立重大项目审批绿色通道")),
    ("拓展应用场景", "组织开展新产品推介活动，推动创新产品进入医疗机构使用。",
     ("发布应用场景清单", "支持首台套产品示范应用")),
)
TOPIC = "促进生物医药产业高质量发展若干措施"


@dataclass(frozen=True)
class Cell:
    style: str
    label: str
    numbering: str
    nest: str
    punct: str
    jur: str
    form: str
    script: str
    neg: str

    def key(self) -> str:
        return "|".join(getattr(self, d) for d in DIMS)


@dataclass
class Generated:
    text: str
    expected: dict[str, set[tuple[str, ...]]]   # heading → {(accepted names, role)}
    surfaces: dict[str, str]                     # full name → surface as written (for quotes)
    forbidden: set[str]                          # names that must own nothing


@lru_cache(maxsize=1)
def _s2t():
    return opencc.OpenCC("s2t")


def _rot(t: list, k: int) -> list:
    return t[k % 3:] + t[:k % 3]


def generate(c: Cell) -> Generated:
    jur = JURS[c.jur]
    p = PUNCT[c.punct]
    base = triple(jur, c.form)
    b4 = jur.bureaus[3]
    lead_label, _, sup_label = c.label.partition("/")
    expected: dict[str, set] = {}
    surfaces = {_full(b): s for s, b in base}
    forbidden = {_full(b4)}
    n_items = 4
    mention_item = c.neg == "mention"
    out_items: list[str] = []   # rendered items (numbered styles)
    rows: list[tuple[str, str, str]] = []   # (task, lead cell, support cell) for tables

    def lst(names: list[str]) -> str:
        return p.sep.join(names)

    cls = list(jur.classes)
    for k in range(1, n_items + 1):
        heading, body, subs = ITEMS[k - 1]
        owners = _rot(base, k - 1)
        x, y, z = owners
        names = [s for s, _ in owners]
        extra_cls = [cls[k % 3]] if c.neg == "class" else []
        mentioning = mention_item and k == n_items
        exp: set = set()
        if mentioning:
            body = f"依托{_full(b4)}建设公共服务平台，定期向{jur.site}报告进展，落实{b4.short}发布的扶持政策。"
        # the owner statement, and where it stands: "inline" (after the item's text) or "line"
        stmt, where = "", "inline"
        st = c.style
        if st in TABLES:
            lead_cell = x[0]
            sup_cell = lst([y[0], z[0]] + extra_cls)
            exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
            if mentioning:
                rows.append((heading + "。" + body, lead_cell, sup_cell))
            else:
                rows.append((heading + "。" + body, lead_cell, sup_cell))
            expected[heading] = exp
            continue
        if mentioning:
            stmt = ""
        elif st in ("bracket", "fields"):
            if sup_label:
                exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
                if st == "bracket":
                    stmt = f"{p.open}{lead_label}{p.colon}{x[0]}{p.semi}{sup_label}{p.colon}{lst([y[0], z[0]] + extra_cls)}{p.close}"
                else:
                    stmt = f"{lead_label}{p.colon}{x[0]}\n{sup_label}{p.colon}{lst([y[0], z[0]] + extra_cls)}"
                    where = "line"
            else:
                exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
                inner = f"{lead_label}{p.colon}{lst(names + extra_cls)}"
                stmt = f"{p.open}{inner}{p.close}" if st == "bracket" else inner
                where = "inline" if st == "bracket" else "line"
        elif st == "roles":
            exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
            stmt = f"{p.open}{x[0]}牵头{p.comma}{lst([y[0], z[0]] + extra_cls)}配合{p.close}"
        elif st == "fuze":
            exp = {(x[1].names, "lead")}
            stmt = f"{p.open}{x[0]}负责{p.comma}{extra_cls[0]}配合{p.close}" if extra_cls else f"{p.open}{x[0]}负责{p.close}"
        elif st == "you":
            exp = {(x[1].names, "lead")}
            stmt = f"由{x[0]}负责组织实施。"
        elif st == "duty":
            exp = {(x[1].names, "lead"), (y[1].names, "lead")}
            stmt = f"{lst([x[0], y[0]] + extra_cls)}按职责分工负责。"
        elif st == "bare_paren":
            exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
            stmt = f"{p.open}{lst(names + extra_cls)}{p.close}"
        elif st == "bare_line":
            exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
            stmt = lst(names + extra_cls)
            where = "line"
        elif st == "conv_first":
            exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
            stmt = f"{p.open}{lst(names + extra_cls)}负责{p.close}"
        elif st == "conv_none":
            exp = {(x[1].names, "lead"), (y[1].names, "lead"), (z[1].names, "lead")}
            stmt = f"{p.open}责任单位{p.colon}{lst(names + extra_cls)}{p.close}"
        elif st == "para_end":
            exp = {(x[1].names, "lead")}
            stmt = f"{p.open}{lst([x[0]] + extra_cls)}{p.close}"
        elif st == "heading_note":
            exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
            if sup_label:
                stmt = f"{p.open}{lead_label}{p.colon}{x[0]}{p.semi}{sup_label}{p.colon}{lst([y[0], z[0]] + extra_cls)}{p.close}"
            else:
                stmt = f"{p.open}{lead_label}{p.colon}{lst(names + extra_cls)}{p.close}"
        elif st == "multi_lead":
            exp = {(x[1].names, "lead"), (y[1].names, "lead"), (z[1].names, "support")}
            stmt = (f"{p.open}{lead_label if sup_label else '牵头单位'}{p.colon}{lst([x[0], y[0]])}{p.semi}"
                    f"{sup_label or '责任单位'}{p.colon}{lst([z[0]] + extra_cls)}{p.close}")
        elif st == "etc":
            exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
            stmt = f"{p.open}{x[0]}牵头{p.comma}{lst([y[0], z[0]])}等{'相关单位' if extra_cls else '部门'}配合{p.close}"
        elif st == "duty_sentence":
            exp = {(x[1].names, "lead"), (y[1].names, "lead")}
            stmt = f"{lst([x[0], y[0]] + extra_cls)}负责。"
        elif st == "huitong":
            exp = {(x[1].names, "lead"), (y[1].names, "support"), (z[1].names, "support")}
            stmt = f"由{x[0]}会同{lst([y[0], z[0]] + extra_cls)}负责组织实施。"
        expected[heading] = exp if not mentioning else set()
        m = marker(c.numbering, (k - 1) % 2 + 1) if c.nest == "restart" and c.numbering != "第一条" else marker(c.numbering, k)
        lines = []
        sub = _BELOW.get(c.numbering) if c.nest == "sub" else None
        if st == "para_end":
            lines.append(f"{m}{heading}")
            para = body + (stmt if stmt else "")
            if sub:
                lines += [f"{marker(sub, j + 1)}{s}。" for j, s in enumerate(subs)]
            lines.append(para)
        elif sub:
            lines.append(f"{m}{heading}。{body}")
            lines += [f"{marker(sub, j + 1)}{s}。" for j, s in enumerate(subs)]
            if stmt:
                lines.append(stmt)
        elif st == "heading_note" and stmt:
            lines.append(f"{m}{heading}{stmt}")
            lines += [body]
        else:
            first = f"{m}{heading}。{body}"
            if stmt and where == "inline" and st not in ("you", "huitong"):
                first += stmt
            elif stmt and st in ("you", "huitong"):
                first = first[:-1] + p.comma + stmt
            lines.append(first)
            if stmt and where == "line":
                lines.append(stmt)
        if c.neg == "person" and not mentioning:
            lines.append(f"责任领导{p.colon}{jur.person}")
            lines.append(f"责任人{p.colon}{b4.short}主要负责同志")
        if c.neg == "division" and not mentioning:
            lines.append(f"责任处室{p.colon}{jur.division}")
        if c.nest in ("section", "restart") and k in (1, 3):
            sec = _ABOVE[c.numbering].format(_CN[(k - 1) // 2])
            lines.insert(0, sec + ("重点任务" if k == 1 else "保障措施"))
        out_items.append("\n".join(lines))

    head = [f"来源：{jur.site} https://example.gov.cn/mtx/{zlib.crc32(c.key().encode()) % 100000}.html",
            f"{jur.issuer}关于印发{jur.place}{TOPIC}的通知",
            f"{jur.addressees}：",
            f"现将《{jur.place}{TOPIC}》印发给你们，请认真贯彻落实。",
            f"{jur.place}{TOPIC}"]
    intro = f"为加快{jur.place}生物医药产业发展，制定如下措施。"
    if c.style == "conv_first":
        intro += f"{p.open}各项措施所列单位中，列第一位的为牵头单位，其他为配合单位{p.close}"
    elif c.style == "conv_none":
        intro += f"{p.open}各项措施的责任单位排名不分先后{p.close}"
    head.append(intro)
    if c.style in TABLES:
        cols = ["序号", "重点任务", lead_label if c.label.count("/") else "牵头单位", sup_label or "配合单位"]
        if c.neg == "person":
            cols.append("责任领导")
        if c.neg == "division":
            cols.append("责任处室")
        body_rows = []
        for k, (task, lc, sc) in enumerate(rows, 1):
            cells = [str(k), task, lc, sc] + ([jur.person] if c.neg == "person" else []) + \
                    ([jur.division] if c.neg == "division" else [])
            body_rows.append(cells)
        if c.style == "table_pipe":
            tbl = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)] + ["| " + " | ".join(r) + " |" for r in body_rows]
        elif c.style == "table_tab":
            tbl = ["\t".join(cols)] + ["\t".join(r) for r in body_rows]
        else:
            tbl = cols + [cell for r in body_rows for cell in r]
        items_text = "\n".join(tbl)
        if c.label.count("/") == 0:
            # a single 责任 column: lead first
            pass
    else:
        items_text = "\n".join(out_items)
    tail = []
    if c.neg == "contact":
        tail.append(f"联系人{p.colon}{b4.short}{jur.person}{p.comma}联系电话{p.colon}{jur.phone}")
    tail += [jur.issuer, "2025年3月18日"]
    text = "\n".join(head) + "\n" + items_text + "\n" + "\n".join(tail) + "\n"
    if c.script == "trad":
        conv = _s2t()
        text = conv.convert(text)
        surfaces = {k: conv.convert(v) for k, v in surfaces.items()}
    return Generated(text, expected, surfaces, forbidden)


# ---------------------------------------------------------------- checking


def check(c: Cell) -> list[str]:
    """What is wrong with the extraction of cell ``c``'s document (empty: right)."""
    g = generate(c)
    doc, ex = extract_text(g.text, "matrix.txt")
    names = {x.id: x.name for x in ex.nodes}
    measures = {x.id: x.name for x in ex.nodes if x.label == "Measure"}
    got: dict[str, set[tuple[str, str]]] = {}
    quotes: dict[tuple[str, str], list[str]] = {}
    problems = []
    for e in ex.edges:
        if e.type != "LEADS" or e.target not in measures:
            continue
        evs = [ev for ev in e.evidence if ev.method == "explicit"]
        if not evs:
            continue
        got.setdefault(measures[e.target], set()).add((names[e.source], e.props["role"]))
        for ev in evs:
            if doc.original[ev.start:ev.end] != ev.quote:
                problems.append(f"quote not at its offsets: {ev.quote!r}")
            quotes.setdefault((measures[e.target], names[e.source]), []).append(ev.quote)
    trad = c.script == "trad"
    conv = _s2t() if trad else None
    for heading, exp in g.expected.items():
        want_h = conv.convert(heading) if trad else heading
        hits = [m for m in measures.values() if m.startswith(want_h) or m.startswith(heading)]
        if len(hits) != 1:
            problems.append(f"measure {heading}: {len(hits)} found")
            continue
        have = got.get(hits[0], set())
        for names_ok, role in exp:
            if not any((n, role) in have for n in names_ok):
                problems.append(f"missing {names_ok[0]}/{role} @ {heading}")
            else:
                n = next(n for n in names_ok if (n, role) in have)
                surf = g.surfaces.get(names_ok[0])
                if surf and not any(surf in q for q in quotes.get((hits[0], n), [])):
                    problems.append(f"no quote holding {surf} @ {heading}")
        ok = {(n, r) for names_ok, r in exp for n in names_ok}
        for pair in sorted(have - ok):
            problems.append(f"wrong {pair[0]}/{pair[1]} @ {heading}")
    expected_heads = set(g.expected) | ({conv.convert(h) for h in g.expected} if trad else set())
    for mname, pairs in got.items():
        if not any(mname.startswith(h) for h in expected_heads):
            problems += [f"wrong {n}/{r} @ other measure {mname[:12]}" for n, r in sorted(pairs)]
    return problems


def sample(extra: int = 24, seed: int = 9) -> list[Cell]:
    """Every value of every dimension at least once (each in a cell otherwise drawn at random),
    plus ``extra`` cells drawn with a fixed seed."""
    rng = random.Random(seed)
    cells: list[Cell] = []

    def add(pick: dict) -> None:
        if pick["numbering"] == "一是" and pick["style"] not in TABLES:
            pick["nest"] = "flat"   # (under （一） headings: structure_probe)
        cells.append(Cell(**pick))

    for dim, values in DIMS.items():
        for v in values:
            pick = {d: rng.choice(vs) for d, vs in DIMS.items()}
            pick[dim] = v
            add(pick)
    for _ in range(extra):
        add({d: rng.choice(vs) for d, vs in DIMS.items()})
    return cells


CELLS = sample()

# cells that fail for a defect outside the owner code, each still asserted to fail (remove it
# from here when its defect is fixed): the body finder, not the owner rules, misses the body
KNOWN_GAPS = {
    # 会同安吉县… : 同安 (a district of Xiamen) is read across 会同|安吉, so 安吉经济开发区管委会 and
    # the list after it are no mentions (bodies/entities)
    "huitong|牵头单位/配合单位|①|section|ascii|county|zone|simp|mention": "会同安吉 read as 同安",
}


@pytest.mark.parametrize("cell", CELLS, ids=[c.key() for c in CELLS])
def test_owner_matrix_cell(cell: Cell):
    if cell.key() in KNOWN_GAPS:
        assert check(cell) != [], "a known gap is fixed: remove it from KNOWN_GAPS"
    else:
        assert check(cell) == []


def report(cells: list[Cell]) -> None:
    from collections import Counter
    fails: Counter = Counter()
    totals: Counter = Counter()
    bad = []
    for c in cells:
        pr = check(c)
        for d in DIMS:
            totals[(d, getattr(c, d))] += 1
            if pr:
                fails[(d, getattr(c, d))] += 1
        if pr:
            bad.append((c, pr))
    print(f"{len(bad)} of {len(cells)} cells fail")
    for d, values in DIMS.items():
        print(d + ": " + ", ".join(f"{v} {fails[(d, v)]}/{totals[(d, v)]}" for v in values))
    for c, pr in bad:
        print(c.key(), "::", "; ".join(pr[:4]))


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    cells = sample(extra=n, seed=int(sys.argv[2]) if len(sys.argv) > 2 else 9)
    if "--structure" in sys.argv:
        from dataclasses import replace
        cells = [replace(c, nest=nest) for c in cells if c.style not in TABLES for nest in STRUCTURE_NESTS] + \
            [replace(c, numbering="一是", nest="section") for c in cells if c.style not in TABLES]
    report(cells)
