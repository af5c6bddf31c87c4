"""Government bodies found by their shape, for any jurisdiction, not only by catalog.

A body name is a place (天津市, 北京市海淀区, 昌平区, the relative 市/区/县/省 of the document,
国家), a core (科技, 卫生健康, 人力资源和社会保障 …) and a body suffix (人民政府, 政府办公厅,
局, 委员会, 委, 厅, 办公室, 办, 管委会, 海关 …). The jurisdiction comes from the document:
a Tianjin notice's 市科技局 is 天津市科学技术局, never Beijing's bureau; 区政府 in a district's
own document is that district's 人民政府. Plurals and classes (各区政府, 各区(县)科委, 有关区政府)
are never one body: they are not nodes.

Names are canonical: common abbreviations of Chinese government naming are expanded by a
general table (科技局 = 科学技术局, 发改委 = 发展和改革委员会 …), so 市科技局 and 天津市科学技术局
are one node, and X市政府 = X市人民政府. A general office (办公厅/办公室 of a government) is a
node of its own that reports to its government; a district government is linked to its
District. Pure functions over normalized (simplified) text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml

from medgraph.extract import bare_names, beijing, branches, gazetteer, national_organs
from medgraph.extract.place_kinds import ZONE_ENDS
from medgraph.resources import asset
from medgraph.textutil import slug


def _load_abbreviations() -> dict[str, dict[str, str]]:
    """Short form → official form of local bodies' names by class, from
    graph/local_abbreviations.yaml (general knowledge of Chinese government naming)."""
    data = yaml.safe_load(asset("graph", "local_abbreviations.yaml").read_text(encoding="utf-8")) or {}
    return {group: dict(forms or {}) for group, forms in data.items()}


_BY_CLASS = _load_abbreviations()
# Applied to the part of a name after its place (市科技局 → 科学技术局). Longest keys first.
ABBREVIATIONS: dict[str, str] = {k: v for group, forms in _BY_CLASS.items() if group != "party" for k, v in forms.items()}
# a party committee's organs (市委统战部 → 中共X市委统一战线工作部)
_PARTY_ABBREVIATIONS: dict[str, str] = _BY_CLASS.get("party", {})
# people's organisations named by their place alone (市科协, X市工商业联合会), in both forms
_ORGANISATIONS = tuple(sorted({f for k, v in _BY_CLASS.get("organisations", {}).items() for f in (k, v)}, key=len, reverse=True))

# Body suffixes, longest alternatives first so 委员会 wins over 委 at the same place. The
# negative lookaheads drop common words that end in a suffix character (局长, 委托, 办理 …).
# Every alternative opens with a literal character (no group, no lookbehind before it): the
# engine then skips, in one tight C loop, every position whose character opens none of them —
# most of the text (a pattern opening with a lookahead or a group was tried at every position).
_SUFFIX = re.compile(
    r"(?:"
    # the fire and rescue corps of a province, city or county (省消防救援总队, 市消防救援支队), state
    # organs that owner lists name beside the departments
    r"消防救援(?:总队|支队|大队)|"
    # the traffic police corps of a public security organ by the short form owner lists use (县交警大队,
    # 市交警支队, 省交警总队 = X公安局交通警察大队 …): a place alone before it, as the fire corps
    r"交警(?:总队|支队|大队)|"
    # a people's congress, its standing committee, the CPPCC committee (not 人大代表, 政协委员: persons;
    # but 请区政协委员提出意见 names the district's committee whose members they are — its members as a
    # body, addressed together; 市政协委员王刚 is a person's title)
    r"人民代表大会常务委员会|人大常委会|人民代表大会|人大(?!代表|常委|会堂)|政协(?!提案|[\u4e00-\u9fff]{0,6}委员会)(?:(?!委员)|(?<=[市区县省]政协)(?=委员(?:和|及|与|们|提出)))|"
    # an office of a government by its shape: 政府 + 2-6 characters + 室/办 (督查室, 政务督查室,
    # 研究室, 参事室, 金融办); not 会议室, not 办理/办法
    # (人民政府X | 政府X: the greedy (?:人民)? of one alternative, written as two in its order)
    r"人民政府(?:(?![的和与及或各等对在为将把是了有关于印发、厅局委府部署院负责要求统])[\u4e00-\u9fff]){2,6}?(?:(?<!会议)室|办(?![理法好事学公成结医]))|"
    r"政府(?:(?![的和与及或各等对在为将把是了有关于印发、厅局委府部署院负责要求统])[\u4e00-\u9fff]){2,6}?(?:(?<!会议)室|办(?![理法好事学公成结医]))|"
    r"人民政府办公厅|人民政府办公室|人民政府|政府办公厅|政府办公室|政府办(?![理法好事学成结医])|政府(?![投采引性资购补基性])|"
    # courts, procuratorates, the associations and leading groups policy texts make responsible
    r"中级人民法院|高级人民法院|人民法院|法院(?![系])|人民检察院|检察院|" + "|".join(_ORGANISATIONS) + "|"
    r"科学院|领导小组|爱卫会|联合社|中国人民银行|人民银行|证监会|银保监会|银监会|保监会|"
    r"管理委员会|管委会|管委(?<![城监]管委)(?![会员托])|委员会|办公厅|办公室|办事处|海关|"
    r"局(?![长面势限部]|集团)|委(?![托员派屈婉身])|部际联席会议|部(?![门分署长队件位际务])|厅(?![长局])|办(?![理法好事学公成结医])|中心|"
    r"镇(?![化区域级村容痛静定守压])|街道(?![口两]|办(?!事处))"
    r")"
)
# What a core may end with for a 中心 to be a body (市政务服务中心, 区投资促进中心,
# 市疾病预防控制中心), not a platform (市临床研究中心 is left to platform discovery).
_CENTRE_CORE = re.compile(r"(政务服务|疾病预防控制|审评检查|医院管理)$")
# a public-service centre that a labelled list of responsible units names (牵头单位：市城镇化服务中心,
# 责任单位：…、省公共资源交易中心): a body only there (README: such centres are bodies only when the text
# names them as a responsible unit); elsewhere 服务中心 is mostly a platform or a hall
_SERVICE_CENTRE_CORE = re.compile(r"(?:服务|交易|指挥|事务|发展)$")   # (体育事业发展中心: a 事业发展中心)
# the short forms every county writes for two public-health centres (县疾控中心 = 疾病预防控制中心,
# 县妇计中心 = 妇幼保健计划生育服务中心; graph/local_abbreviations.yaml): bodies, like a service centre, only
# where units are listed — after a unit label, or opening a table's cell or line with another unit or
# the line's end after it (县疾控中心、县人民医院 | ); in prose (做强市疾控中心) a centre is an object
_SHORT_CENTRE_CORE = re.compile(r"(?:疾控|妇计)$")
_CELL_UNIT_AFTER = re.compile(r"[ \t]*(?:[、，,；;][ \t]*[\u4e00-\u9fff]{1,12}?(?:局|委|厅|办|府|委员会|中心|部|室|署|院|队)(?![\u4e00-\u9fff]{0,2}[的将要])|[ \t]*\|?[ \t]*$)", re.M)
# (a labelled list — 牵头单位：…, 责任部门：… — not any bracket: an aside in brackets names no unit; and
# only a label of responsible units: 受理单位：, 联系单位：, 申报单位： name where to apply or whom to call)
_UNIT_LABEL_BEFORE = re.compile(r"(?:牵头|责任|配合|协办|主办|承办|参与|协同|协助|协作|实施|主责|落实|经办|支持|负责)"
                                r"(?:单位|部门)[ \t]*[:：][^。\n（(]*$")
# ...or, for a service centre, a bracket that lists responsible units before it (（区城管委、区城管指挥中心、区商务委
# 负责）): an item after a unit's name and its 、 (README: centres are bodies when named as responsible units)
_UNIT_BRACKET_BEFORE = re.compile(r"[（(][^。\n（()）]*(?:局|委|厅|办|府|委员会|部|室)、[^。\n（()）、]*$")
# A body name never carries these inside its core: verbs and function words (a core with
# them means the walk ran into the sentence), or plural/class words.
# grassroots organisations (社区党委, 村委会, 居委会): one in every community or village, never one body of a level
_GRASSROOTS = ("社区", "村", "居")
_CORE_BAD = re.compile(
    r"(各|有关|相关|所属|企业|积极|项目|转发|关于|印发|发布|支持|推动|推进|加快|鼓励|负责|牵头|配合|会同|联合|"
    r"指导|开展|完善|落实|提供|实施|加强|依托|通过|按照|根据|依据|依照|申报|给予|批准|成立|设立|文件|决策|部署|部门|同意|精神|"
    r"的|[局委厅府会室组][和、]|[和及与][省市区县]|"
    # a post taken on (区发展改革委副主任李欣兼任办公室主任: a person's duties, not an office's name)
    r"兼任|担任|"
    # a party committee's or congress's session (市委十届七次全会, 党委八届四次全委(扩大)会议): no body's name
    r"届[一二三四五六七八九十]{1,3}次|全会)"
)
# a single space inside a name (深 圳市, 卫生健康 委员会); not after a number's or date's
# last character (6号 云岩区…, 18日 食品药品监管局: separate words), nor between a name's end
# and a place opening the next (凤阳县卫生健康委员会 凤阳县财政局: two signatories on a line),
# nor after a bureau's 局/厅 (区科技局 区经信局: two cells of a table row copied with blanks)
_CJK_GAP = re.compile(r" (?=[\u4e00-\u9fff])(?<=[\u4e00-\u9fff] )(?<![号日年月局厅] )"   # the space first: one fast scan
                      r"(?!(?<=[会局厅府室署委] )(?:[\u4e00-\u9fff]{2,3}[市县区省旗州盟]|[市县区省旗][\u4e00-\u9fff]))"
                      # nor before a relative party committee (主持人：姚淑娜 县委宣传部副部长: a person's
                      # name, then the post; joined, the name would read as a county 姚淑娜县)
                      r"(?![市区县旗省]委)")


def _committee_department(text: str, s: int, e: int) -> Body | None:
    """A bureau of a management committee named after the committee's short name (长白山管委会经发局,
    宁东管委会社会事务局): X管委会 opening the run (X of two to six characters, no class or verb), then a
    department's core; the bureau is named X管理委员会 + the core's official form."""
    if text[s - 1] in _WORD_BEFORE["局"]:
        return None
    r = _run_start(text, s)
    m = _COMMITTEE_DEPT.fullmatch(text, r, s)
    if m is None or _CORE_BAD.search(m.group("x")) or _CORE_BAD.search(m.group("core")) or m.group("core")[-1] == "分" \
            or _NOT_STEM_CHARS.search(m.group("x")) or _VERBISH.search(m.group("x")) or m.group("x")[0] in "市区县省镇乡" \
            or _BARE_ZONE.fullmatch(m.group("x")):
        return None
    x = m.group("x")
    place = x + "管理委员会"
    return Body(start=r, end=e, name=place + expand(m.group("core") + "局"), alias=text[r:e], kind="bureau",
                level="zone", jurisdiction=x, place=place)


_COMMITTEE_DEPT = re.compile(r"(?P<x>[\u4e00-\u9fff]{2,6})管委会(?P<core>[\u4e00-\u9fff]{2,8})")
# a zone word alone before 管委会 (园区管委会, 开发区管委会, 新区管委会: "the park's committee", no committee's name — review s12)
_BARE_ZONE = re.compile(r"(?:本|该|全|其|各)?(?:园区|开发区|新区|高新区|经开区|保税区|综合保税区|综保区|示范区|试验区|实验区"
                        r"|自贸区|片区|景区|产业园区?|工业园区?|科技园区?|度假区|功能区)")
# the zone word before a zone's bureau (…开发区园区发展局, …经开区卫生健康局, …高新区科技局)
_ZONE_DEPT_WORD = re.compile(r"(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|经开区|高新区)(?=[\u4e00-\u9fff]{2})")
_ZONE_DEPT_IN = re.compile(r"开发区|经开区|高新区")
_LEVEL_AFTER_GAP = frozenset("市区县省旗")
# a post after its body on a member list's line (林业局副局长, 国务院副总理, 发展改革委副主任)
_MEMBER_POST = re.compile(r"(?:部长|局长|厅长|署长|司长|总理|秘书长|主任|书记|巡视员|总监|主席)(?:助理)?(?=[\s，,、。;；]|$|兼)")
_MEMBER_LINE_OPEN_AT = ("国务院", "国家", "中央", "全国")
# 政协 + a place + its term (政协云南省第十二届四次会议, 政协四川省第十三届委员会)
_CPPCC_SESSION = re.compile(r"政协(?P<place>[\u4e00-\u9fff]{2,10}?(?:省|市|自治区|自治州|州|区|县|旗))(?=第?[一二三四五六七八九十]{1,3}届)")
# places known by name (cities, prefectures, provinces, regions): a word of these before a blank and a
# level word is one place name split by page debris (海南 省, 深圳 市)
_KNOWN_PLACE_WORDS = frozenset((*gazetteer.OTHER_CITIES, *gazetteer.PREFECTURES, *gazetteer.AUTONOMOUS_PREFECTURES, "北京"))
_NAME_CHAR = re.compile(r"[\u4e00-\u9fff]")
_RUN_STOP = set("的与及或在于由为将把被对向从以等是了、，,。；;：:“”\"'《》()（）[]【】 \n\t·—-/")
# the characters a name's run holds (Chinese, no function word), as one set: _body_at tests the
# character before every suffix hit with it (= in the range and not in _RUN_STOP)
_RUN_CHARS = frozenset(chr(c) for c in range(0x4E00, 0x9FFF + 1)) - _RUN_STOP
_MAX_RUN = 18

# an office of a government by its shape (the _SUFFIX alternative): 政府督查室, 人民政府研究室
_GOV_OFFICE = re.compile(r"(?:人民)?政府(?P<office>[\u4e00-\u9fff]{2,6}[室办])")
_GOVERNMENT_NAMES = frozenset(("人民政府", "政府", "人民政府办公厅", "人民政府办公室", "政府办公厅", "政府办公室", "政府办"))


class _GovernmentSuffixes:
    """The suffixes that name a government or one of its offices: the listed names and any
    office by its shape (政府 + 2-6 characters + 室/办)."""

    def __contains__(self, suffix: object) -> bool:
        # (an office's shape holds 政府: the other suffixes — 局, 委, 办 … — skip the regex)
        return suffix in _GOVERNMENT_NAMES or isinstance(suffix, str) and "政府" in suffix \
            and _GOV_OFFICE.fullmatch(suffix) is not None


_GOVERNMENT_SUFFIXES = _GovernmentSuffixes()
# suffix → (in _GOVERNMENT_SUFFIXES, at most two characters, the words a one-character suffix ends
# that are no body: _WORD_BEFORE's, else ""): asked at every suffix hit, one lookup (_suffix_info)
_SUFFIX_INFO: dict[str, tuple[bool, bool, str]] = {}
_NOT_DISTRICT_STEM = frozenset(("自治", "特别行政", "市辖", "城"))
_SPECIAL_KIND = {
    "中级人民法院": "court", "高级人民法院": "court", "人民法院": "court", "法院": "court",
    "人民检察院": "procuratorate", "检察院": "procuratorate",
    **dict.fromkeys(_ORGANISATIONS, "association"),
    "科学院": "institute", "领导小组": "group", "联合社": "association",
    **dict.fromkeys(("人民代表大会常务委员会", "人大常委会", "人民代表大会", "人大", "政协"), "congress"),
}
# the official names of a place's congress bodies by their written suffix (X + name, or the CPPCC's
# 中国人民政治协商会议 + X + 委员会); a term between place and suffix (第十六届, 十五届) names the same body
_CONGRESS = {"人民代表大会常务委员会": "人民代表大会常务委员会", "人大常委会": "人民代表大会常务委员会",
             "人民代表大会": "人民代表大会", "人大": "人民代表大会", "政协": "委员会"}
_TERM = re.compile(r"第?[一二三四五六七八九十百零〇]{1,4}届")
# a term before a place's party committee or congress (按照十二届市委四次全会要求: the city's committee of
# its 12th term): the place's name may start after it
_TERM_BEFORE = re.compile(r"[一二三四五六七八九十]{1,3}届$")
# national bodies named without 国家 (general knowledge); a bare 人民银行 is the central bank
# only as 中国人民银行 or inside a list of national bodies (人民银行德阳市中心支行 is a branch)
_NATIONAL_NAMED = {f: national_organs.gazetteer()[0][f].name
                   for f in ("中国人民银行", "人民银行", "证监会", "银保监会", "银监会", "保监会")}   # names: the gazetteer's
# the corps a place alone names (省消防救援总队, 县交警大队): the fire and rescue and the traffic police corps
_RESCUE_POLICE_CORPS = ("消防救援总队", "消防救援支队", "消防救援大队", "交警总队", "交警支队", "交警大队")
_NO_CORE_SUFFIXES = frozenset((*_GOVERNMENT_NAMES, *_RESCUE_POLICE_CORPS,
                               "委", "海关", "管委会", "管理委员会", "中级人民法院", "高级人民法院", "人民法院", "法院",
                               "人民检察院", "检察院", *_ORGANISATIONS, "科学院", "爱卫会"))
_PLACE_ONLY = frozenset((*_RESCUE_POLICE_CORPS, "中级人民法院", "高级人民法院", "人民法院", "法院", "人民检察院", "检察院", *_ORGANISATIONS, "科学院"))
# what may stand before a name that opens a list item, a field or a line (、浏阳市人民政府)
_ITEM_BEFORE = frozenset("、:：\n（(|\t \u3000")
_LIST_ITEM_BEFORE = frozenset("、，,:：\n")   # a list's or salutation's item: what opens it...
_LIST_ITEM_AFTER = frozenset("、，,:：；;\n")   # ...and what ends it
_NAME_END = frozenset("会局厅府室委部署社")   # the last character of a body name (…联合社): another name may follow glued
_LEVEL_OF = {"市": "city", "省": "province", "自治区": "province", "区": "district", "新区": "district",
             "县": "county", "旗": "county", "镇": "town", "开发区": "zone"}


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a document is: its city (天津), the full city name (天津市), its level word
    (市 or 省), and its own district when it is a district's document (海淀区, with the
    District id when catalogued)."""
    city: str = "北京"
    city_full: str = "北京市"
    district: str = ""
    district_id: str = ""
    named: frozenset[str] = frozenset()   # cities the text names repeatedly (X市 twice or more)
    province: str = ""   # the province of a city's document (广东省 for Guangzhou's), when known


@dataclass(slots=True)
class Body:
    """A body named at [start, end) of the text."""
    start: int
    end: int
    name: str            # canonical (expanded, with jurisdiction)
    alias: str           # the written form with its jurisdiction (天津市科技局)
    kind: str            # government | office | bureau | committee | customs | party
    level: str           # city | district | county | province | town | national | zone
    jurisdiction: str    # 天津 / 北京 / 海淀区 …
    district_id: str = ""  # the catalogued District a district/zone body belongs to
    government: str = ""   # for an office: its government's canonical name
    place: str = ""        # the full place its name starts with (广东省), for list items sharing it

    @property
    def id(self) -> str:
        return "bureau-" + slug(self.name, 60)


_ABBR_LENGTHS = sorted({len(k) for k in ABBREVIATIONS}, reverse=True)


@lru_cache(maxsize=4096)
def expand(form: str) -> str:
    full = _expand_table(form)
    if full == form and form.endswith("委") and len(form) >= 3:
        return form + "员会"  # 商务委 → 商务委员会, 卫生和计划生育委 → …委员会
    if full == form and form.endswith("办公室") and len(form) >= 5:
        return expand(form[:-3]) + "办公室"   # 卫健委办公室: the office of the 卫生健康委员会
    return full


def _expand_table(form: str) -> str:
    """市科技局 → 科学技术局 style expansion of the part after the place (longest key that
    ends the form; a core before it is kept: 区卫健委 → 卫生健康委员会)."""
    for n in _ABBR_LENGTHS:
        full = ABBREVIATIONS.get(form[-n:]) if len(form) >= n else None
        if full is not None:
            return form[:-n] + full
    return form


def zone_name(zone: str) -> str:
    """The official name of a development zone from its short form (X高新区 → X高新技术产业开发区)."""
    for short, full in _ZONE_ABBREVIATIONS:
        if zone.endswith(short):
            return zone[: -len(short)] + full
    return zone


# how a market regulator's name goes on after 市场 (市场监管局, 市场监督管理局, 市场和质量监督管理委员会)
_MARKET_REGULATOR = ("场监", "场和质量监", "场质量监", "场管理监")


def _kind(suffix: str, core: str) -> str:
    special = _SPECIAL_KIND.get(suffix)
    if special:
        return special
    if suffix.endswith(("人民政府", "政府")):
        return "government"
    if "政府" in suffix or core == "府" and suffix in ("办公厅", "办公室", "办"):
        return "office"   # 市府办公厅, 市府办: 府 is the government
    if suffix in ("管委会", "管理委员会"):
        return "committee"
    if suffix == "海关":
        return "customs"
    if suffix == "委" and not core or suffix == "部":
        return "party"
    return "bureau"


# the window up to its last character that ends a name run (a non-Chinese character or a
# function word): one greedy match finds it, where a search for the run tried every start
_THROUGH_LAST_BREAK = re.compile("(?s:.*)(?:[^\u4e00-\u9fff]|[" + "".join(
    c for c in sorted(_RUN_STOP) if "\u4e00" <= c <= "\u9fff") + "])")


_DIGITS = frozenset("0123456789０１２３４５６７８９")


_TIME_WORDS = ("今年", "去年", "明年", "当年", "同年", "本年", "上年", "近年", "全年", "每年", "年内", "年底", "年初",
               "近日", "日前", "近期")   # (近日省…领导小组印发了…: a time word opens no name)
_TIME_FIRST = frozenset(w[0] for w in _TIME_WORDS)


def _run_start(text: str, pos: int) -> int:
    """Start of the run of name characters (Chinese, no function word) ending at ``pos``,
    at most _MAX_RUN long."""
    lo = pos - _MAX_RUN if pos > _MAX_RUN else 0
    m = _THROUGH_LAST_BREAK.match(text, lo, pos)
    start = m.end() if m else lo
    if pos - start > 3 and text[start] in _TIME_FIRST and text.startswith(_TIME_WORDS, start):
        start += 2   # 在今年市十五届人大三次会议上: a time word opens no name
    if start < pos - 1 and text[start] in "年月日号" and start > 0 and text[start - 1] in _DIGITS:
        start += 1   # (2024年1月25日北京市第十六届人民代表大会…: a date's 日 opens no name; nor does the 号
        #              of a number glued to its issuer: 绥政办发〔2019〕24号绥滨县人民政府办公室关于…)
    # 县海洋与渔业局, 自然资源与规划局: a 与 joining two functions inside one name — a short
    # word after it, no body's end before it (县政府与农业局 lists two bodies) — goes on
    if 1 < start and text[start - 1] == "与" and 2 <= pos - start <= 4 and text[start - 2] not in _NAME_END \
            and text[start] not in "市区县省":
        before = _run_start(text, start - 1)
        if before < start - 1 and start - 1 - before <= 8:
            return before
    return start


_LEAD_IN = re.compile(
    r"(会同|联合|协调|组织|指导|配合|牵头|负责|督促|要求|支持|推动|依托|委托|授权|印发|发布|报送|报请|提请|"
    r"商请|征求|转发|转载|落实|贯彻|登录|访问|经|由|请|报|向|按|并|及|和|与|同|对|将|为|据|称|在|中共|"
    # 受X委托 (a report presented for its body), 现就X…通过的 (a notice on what a body decided)
    r"受|就|感谢|"
    # 近年来省委省政府印发… (a time phrase ending in 年来: no place's name ends with it)
    r"年来|"
    # 统一到市委、市政府决策部署 (到: no place's name ends with it)
    r"到|"
    # 提交至市爱卫办 (至 = to, as 到: no place's name ends with it)
    r"至|"
    # 坚决执行省委省政府、州委州政府决策 (执行: no place's name ends with it)
    r"执行|"
    # 落实好/做好/抓好区委区政府部署 (a verb's complement 好: no place's name ends with it)
    r"好|"
    # 本市/我区 + a body: the document's own place's (我市科技局, 成立本市…领导小组)
    r"本|我)$"
)


# modal verbs a sentence puts before the body that is to act (需要县政府协调, 应当区政府批准, 须经市政府):
# no place's name holds them (应县 does hold 应: only the two-character words, and 需/须)
_MODAL = re.compile("需要|应当|应该|可以|必须|务必|亟需|确需|需|须")


# the lead-in words of two characters and more (a one-character one, 和/同/安…, is also a place's)
# (中共 opens a party organ's name: not a verb)
_LEAD_IN_VERB = re.compile("|".join(w for w in _LEAD_IN.pattern[1:-2].split("|") if len(w) >= 2 and w != "中共"))


# prefecture-level cities named by four characters (鄂尔多斯, 齐齐哈尔): a generic city stem is two
# or three characters, so only the gazetteer's names reach that far
_LONG_PREFECTURES = tuple(sorted([*(c for c in gazetteer.PREFECTURES if len(c) >= 4),
                                  # the county-level cities named by four characters (二连浩特市, 香格里拉市):
                                  # a closed list of official place names, as the prefectures' are
                                  "二连浩特", "锡林浩特", "乌兰浩特", "霍林郭勒", "额尔古纳", "阿拉山口", "可克达拉",
                                  "图木舒克", "香格里拉"]))


class BodyFinder:
    """Finds bodies in one text. ``places``: [(alias, district id, kind)] of the catalogued
    districts, longest first; ``cities``: city/province names known by name."""

    def __init__(self, places: list[tuple[str, str, str]], canonical: dict[str, str], cities: list[str]):
        self.places = places
        self._names_of = canonical
        self._memo: dict[Scope, dict[tuple[str, str], Body | None]] = {}   # names recur: per scope, per run
        self._last_memo: tuple = (None, None)   # (the scope asked last, its memo)
        alts = "|".join(re.escape(a) for a, _, _ in places)
        city_alt = "|".join(sorted(cities, key=len, reverse=True))
        self._place_rx = re.compile(
            r"(?P<cpc>中共|中华人民共和国)?(?:"
            # the Xinjiang Production and Construction Corps, a province-level unit with its own
            # departments (新疆生产建设兵团科技局, 卫生健康委), addressed beside the provinces (before
            # the place 新疆, which it opens)
            r"(?P<corps>新疆生产建设兵团)|"
            r"(?P<dist>" + alts + r")"
            # an autonomous prefecture by its short name (黔东南州) or its official one
            r"|(?P<apref>" + "|".join(sorted(gazetteer.AUTONOMOUS_PREFECTURES, key=len, reverse=True))
            + r")(?:州|[\u4e00-\u9fff]{0,10}?自治州)"
            r"|(?P<city>" + city_alt + r")(?P<clvl>市|省|(?:壮族|回族|维吾尔)?自治区)?"
            # (a zone named after its city, in full: 石家庄高新技术产业开发区科学技术局)
            r"(?:(?P<czone>高新技术产业开发区|经济技术开发区)|(?P<sub>[\u4e00-\u9fff]{1,4}?)(?P<slvl>新区|区|县|旗))?"
            # a relative place before the generic ones: 区城市管理委 is 区 + 城市管理委, not a city 区城
            r"|(?P<rel>自治区|[市区县省旗州])"
            # (a prefecture-level city of four characters, 鄂尔多斯市, only by the gazetteer's name)
            r"|(?P<gcity>" + "".join(f"{c}|" for c in _LONG_PREFECTURES) + r"[\u4e00-\u9fff]{2,3}?)(?P<gclvl>市|省)(?:(?P<gcsub>[\u4e00-\u9fff]{1,4}?)(?P<gcslvl>新区|区|县|旗))?"
            r"|(?P<nat>国家|国务院|中国)"
            # (沁县, 歙县: the closed list, first: 中共漳县县委 is 漳县's 县委, not a county 漳县县)
            r"|(?P<gsub>(?:" + "|".join(sorted(c[0] for c in gazetteer.ONE_CHARACTER_COUNTIES)) + r")县|[\u4e00-\u9fff]{2,4}?(?:新区|区|县|旗))"
            r")"
        )
        # a core that runs over the end of one name into the next (…委员会深圳市科技…: names
        # glued in a signature block) names nothing; the next name starts after the suffix
        self._cities = frozenset(cities)
        self._glued_rx = re.compile(r"[会局厅府室委部署社](?:中共|中央|国家|国务院|中华人民共和国|[省市](?=[\u4e00-\u9fff]{2})|" + city_alt + r")")
        self._dist_of = {a: (d, k) for a, d, k in places}
        # no catalogued place name opens with 市/省: a bare department named 市/省 + its name is
        # the city's or province's (the relative place), never a district's (see _find)
        self._bare_is_city_level = not any(a[:1] in ("市", "省") for a, _, _ in places)
        # districts and zones a title may name (海淀区…若干措施), longest first
        own = [a for a, _, k in places if k in ("district", "development_zone") and a.endswith(("区", "县"))]
        self._district_rx = re.compile("|".join(re.escape(a) for a in own)) if own else None
        # where a place can start: the engine is tried only at these characters
        self._first = frozenset("市区县省旗国中州新" + "".join(a[0] for a, _, _ in places) + "".join(c[0] for c in cities)
                                + "".join(c[0] for c in gazetteer.AUTONOMOUS_PREFECTURES)
                                + "".join(c[0] for c in gazetteer.ONE_CHARACTER_COUNTIES)
                                + "".join(c[0] for c in _LONG_PREFECTURES))

    def district_in(self, title: str) -> tuple[str, str] | None:
        """(canonical name, District id) of the first catalogued district a title names."""
        m = self._district_rx.search(title) if self._district_rx is not None else None
        if m is None:
            return None
        did = self._dist_of[m.group(0)][0]
        return self._names_of.get(did, m.group(0)), did

    def find(self, text: str, scope: Scope, taken: bytearray | None = None, places_only: bool = False) -> list[Body]:
        """Bodies in ``text``, left to right. ``taken``: 1 where a mention the caller already
        has sits, else 0 (``1 in taken[a:b]`` asks whether one touches a span, in C); a suffix
        inside one (the 局 of a catalogued 北京市医疗保障局) names nothing new.

        A single space between two Chinese characters (PDF and page debris: 深 圳市市场监督
        管理局, 深圳市卫生健康 委员会) splits no name: names are found in the text without
        those spaces, and their spans are mapped back."""
        gaps = [g for g in (m.start() for m in _CJK_GAP.finditer(text)) if not self._word_before_level(text, g)] \
            if " " in text else []
        if not gaps:
            return self._find(text, scope, taken, places_only=places_only)
        compact = "".join(text[a + 1:b] for a, b in zip([-1, *gaps], [*gaps, len(text)]))
        keep = bytearray(b"".join(taken[a + 1:b] for a, b in zip([-1, *gaps], [*gaps, len(text)]))) \
            if taken is not None else None
        at = [g - k for k, g in enumerate(gaps)]   # where each removed space sat in the compact text
        out = []
        for b in self._find(compact, scope, keep, at, places_only):
            b.start += bisect_right(at, b.start)
            b.end += bisect_left(at, b.end)
            out.append(b)
        return out

    def _word_before_level(self, text: str, g: int) -> bool:
        """Is the blank at ``g`` a column's or label's end before a relative body (吴蓓蓓 县卫健委: a task
        table's person, then the unit; 第四条 市人民政府; 名称 市人民政府办公室)? A word of two or
        three characters standing alone before the blank, then 市/区/县/省/旗: joined, the word would
        read as a place (吴蓓蓓县). A word that is a known place (海南 省, 朝阳 区) is one name split by
        page debris."""
        level = text[g + 1] in _LEVEL_AFTER_GAP
        if not level and not text.startswith(_MEMBER_LINE_OPEN_AT, g + 1) and "长" not in text[g + 1:g + 24] \
                and "主任" not in text[g + 1:g + 24]:
            return False
        a = g - 1
        while a >= 0 and "\u4e00" <= text[a] <= "\u9fff" and g - a <= 4:
            a -= 1
        word = text[a + 1:g]
        if len(word) == 1 and a >= 1 and text[a] == " " and "\u4e00" <= text[a - 1] <= "\u9fff" \
                and (a < 2 or not "\u4e00" <= text[a - 2] <= "\u9fff"):
            word = text[a - 1] + word   # 雷 平 区政府办公室副主任: a two-character name written spaced
        if g - a > 4 or len(word) < 2:
            return False   # (a longer run is a name's first part: 卫生健康 委员会)
        if not level:
            # a member list's line (张建龙 林业局副局长, 吴 仪 国务院副总理): a person's name alone at the line's
            # start or after its label, then the post's body and the post
            spaced = g - a - 1 < len(word)   # (李 辉: the word's first character before a blank)
            b = a - 2 if spaced else a
            while b >= 0 and text[b] in " \t\u3000":
                b -= 1
            if not (b < 0 or text[b] in "\n:：") or not _MEMBER_POST.search(text, g + 1, min(len(text), g + 30)):
                return False
        return not (word in _KNOWN_PLACE_WORDS or word[-2:] in _KNOWN_PLACE_WORDS
                    or level and word + text[g + 1] in self._dist_of)

    def _memo_of(self, scope: Scope) -> dict[tuple[str, str], Body | None]:
        """The memo of names resolved in ``scope`` (one lookup of the scope per text, not per name;
        none when the scope is the very object asked last — scope_for hands one object to the
        documents of a place — so its dataclass hash is not computed again)."""
        last = self._last_memo
        if last[0] is scope:
            memo = last[1]
            if len(memo) > 20_000:
                memo.clear()
            return memo
        memo = self._memo.get(scope)
        if memo is None:
            if len(self._memo) > 500:
                self._memo.clear()
            memo = self._memo[scope] = {}
        elif len(memo) > 20_000:
            memo.clear()
        self._last_memo = (scope, memo)
        return memo

    def _find(self, text: str, scope: Scope, taken: bytearray | None = None, joined: list[int] | None = None,
              places_only: bool = False) -> list[Body]:
        """``joined``: sorted positions of the compact text where a space was removed.
        ``places_only``: the caller keeps only the district, county and zone bodies that are no
        committees (entities._doc_district), in a scope of no district: a campaign's committee
        is a committee, and a bare department is named as the city's or province's (市/省 + the
        name), so neither is looked for — both come last among the extras and block none of the
        others."""
        out: list[Body] = []
        memo = self._memo_of(scope)
        extra: list[Body] = []
        chain_place, chain_level, chain_end = "", "", -2   # the list (A、B、C) the last body opened
        chain_glued = False   # the text has names a space apart that were joined (a list without 、)
        # national organs in their gazetteer forms (税务总局, 人民银行: no place before them), taken
        # in text order with the names found by shape (national_organs.py)
        organs = national_organs.find(text, scope.city == NATIONAL, taken)
        k_organ = 0
        next_organ = organs[0].start if organs else len(text)   # (no suffix hit starts at the text's end)
        for m in _SUFFIX.finditer(text):
            s, e = m.span()
            suffix = m.group(0)
            if suffix == "管委":
                suffix = "管委会"   # 南海新区管委: the committee's short form, read as its 管委会
            while next_organ < s:
                if _put_organ(out, organs[k_organ]):
                    chain_place, chain_level, chain_end = "国家", "national", out[-1].end
                    chain_glued = bool(joined) and _at(joined, chain_end)
                k_organ += 1
                next_organ = organs[k_organ].start if k_organ < len(organs) else len(text)
            if taken is not None and taken[s] and taken[e - 1]:
                if chain_end >= 0 and text[chain_end:chain_end + 1] == "、" and _run_start(text, s) == chain_end + 1:
                    chain_end = e   # a catalogued name inside the list keeps it going
                continue
            if suffix in _NATIONAL_NAMED:
                body = self._national_named(text, s, e, suffix, chain_level == "national" and (
                    text[chain_end:chain_end + 1] == "、" and chain_end + 1 == s or chain_glued and chain_end == s))
            else:
                body = self._body_at(text, s, e, suffix, scope, memo)
                if body is None and joined:
                    # 发布机构 洪山区人民政府办公室: a label a blank apart opens no name; the name may
                    # start after the last blank the run crossed (the blank itself was removed)
                    j = bisect_left(joined, s) - 1
                    if j >= 0 and s - 16 < joined[j] < s - 1 and "\n" not in text[joined[j]:s] \
                            and text[joined[j] - 1] not in _NAME_END:   # (not a body's name before the blank)
                        body = self._body_at(text, s, e, suffix, scope, memo, joined[j])
                if body is None and text[e:e + 1] in _MEMBER_TITLE_FIRST and text.startswith(_MEMBER_TITLES, e):
                    body = self._member_body(text, s, e, suffix, scope, memo)
            if body is None:   # (the rules below, in their order, each only while no body is found)
                if suffix == "局" and s - 6 >= 0 and _ZONE_DEPT_IN.search(text, max(0, s - 16), s - 2):
                    body = self._zone_department(text, s, e, scope, memo)
                if body is None and suffix == "局" and s - 7 >= 0 and "管委会" in text[max(0, s - 12):s - 2]:
                    body = _committee_department(text, s, e)
                if body is None and suffix == "办公室" and out and out[-1].end == s and out[-1].kind == "group":
                    # X领导小组办公室 whose group's name the run could not reach back to (西城区政府信息与
                    # 政务公开领导小组办公室: a 与 inside the group's name): the office of the group before it
                    g = out[-1]
                    body = Body(g.start, e, g.name + suffix, g.alias + suffix, _kind(suffix, "领导小组"), g.level, g.jurisdiction,
                                g.district_id, g.government, g.place)
                if body is None and chain_place and suffix in _LIST_SUFFIXES and chain_end < s:
                    if text[chain_end] == "、":
                        body = self._listed(text, s, e, suffix, chain_end + 1, chain_place, chain_level, scope)
                    elif chain_glued and chain_level == "national":
                        # 财政部 发展改革委 (names a space apart, joined above): the list goes on
                        body = self._listed(text, s, e, suffix, chain_end, chain_place, chain_level, scope, glued=True)
                    elif text[chain_end] in "(（":
                        # 自治区农牧厅（乡村振兴局）、财政厅: the item's other name in brackets, then the list goes on
                        other = _OTHER_NAME.match(text, chain_end, s)
                        if other is not None:
                            body = self._listed(text, s, e, suffix, other.end(), chain_place, chain_level, scope)
                if body is None:
                    continue
            if body.kind == "bureau" and _ALTERNATIVE_SUFFIXES.match(text, body.end):
                continue   # 北京市、上海市、陕西省科技厅(委、局): an addressee list's class, each place's by another name
            if out and body.start < out[-1].end:
                # 中共天津市委 then 中共天津市委金融委员会办公室: the longer name at the same place;
                # 中华人民共和国财政部 around the organ 财政部
                organ = out[-1].place == _GAZETTEER
                if organ and (len(out) > 1 and body.start < out[-2].end
                              or k_organ < len(organs) and organs[k_organ].start < body.end):
                    continue   # a walk over several organs glued together (国家体育总局人民银行…局)
                if (body.start == out[-1].start or organ and body.start < out[-1].start) \
                        and body.end >= out[-1].end and body.end - body.start > out[-1].end - out[-1].start:
                    out[-1] = body
                    chain_end = body.end
                continue
            out.append(body)
            if body.place and body.kind != "customs":   # (长沙海关、商务厅: a customs office's city lends no level)
                chain_place, chain_level = body.place, body.level
            chain_end = body.end
            chain_glued = bool(joined) and _at(joined, chain_end)
            if body.start > 0 and text[body.start - 1] == "、" and body.kind in ("government", "bureau") \
                    and ("市" in text[body.start + 2:body.start + 4] or "县" in text[body.start + 2:body.start + 4]):
                # 肥东、肥西、长丰县食品药品监督管理局 / 南京、苏州、连云港市人民政府: bare place names listed before
                # the one that carries the level word share it and the rest of the name
                extra += self._shared_level(text, body, scope, taken)
            if body.kind in ("government", "committee") and body.start > 0 and (
                    text[body.start - 1] == "、" or body.kind == "committee" and text[body.start - 1] in _ZONE_AND):
                extra += self._shared_suffix(text, body, suffix, scope, taken)
            elif body.kind == "bureau" and body.start > 0 and text[body.start - 1] == "、" and body.place \
                    and body.level in ("city", "province") and text.startswith(body.place, body.start) \
                    and body.end - body.start > len(body.place) + 1:
                # 南京市、苏州市、连云港市工业和信息化局: the cities listed before share the bureau's name
                extra += self._shared_suffix(text, body, suffix, scope, taken, text[body.start + len(body.place):body.end])
            elif suffix == "部际联席会议" and text.startswith("办公室", body.end):
                # 国务院…部际联席会议办公室: the conference's office (its name ran past the run's reach)
                out[-1] = body = Body(body.start, body.end + 3, body.name + "办公室", body.alias + "办公室", "office",
                                      body.level, body.jurisdiction, place=body.place)
                chain_end = body.end
            elif body.kind == "congress" and body.name.endswith("人民代表大会") and text.startswith("及其常委会", body.end):
                # 区人大及其常委会: the congress and its standing committee, two bodies
                a = body.end + 2
                extra.append(Body(a, a + 3, body.name + "常务委员会", (body.place or "") + "人大常委会", "congress",
                                  body.level, body.jurisdiction, body.district_id, place=body.place))
        for organ in organs[k_organ:]:
            _put_organ(out, organ)
        for b in out:
            if b.place == _GAZETTEER:
                b.place = "国家"
        if scope.city in _SAR:
            extra += _region_organs(text, scope.city, taken)
        if "中央" in text:
            extra += _central_committee(text, taken)
        if "政协" in text:
            extra += self._cppcc_in_session(text, scope, taken)
        if "单位" in text or "牵头" in text:
            extra += self._owner_districts(text, scope, taken)
        if "区" in text:
            extra += self._addressed_zones(text, scope, taken)
        if not (places_only and self._bare_is_city_level and not scope.district):
            extra += self._campaign_committees(text, scope, taken)
            extra += self._bare_departments(text, scope, taken)
            if "”" in text:
                extra += self._quoted_campaigns(text, scope, taken)
            if "」" in text or "”" in text:
                extra += self._quoted_set_up_offices(text, scope, taken)
        if not places_only:
            out = _with_branches(text, out, scope)
        if extra:
            taken_spans = sorted((b.start, b.end) for b in out)
            for b in extra:
                k = bisect_right(taken_spans, (b.start, b.end))
                if (k > 0 and taken_spans[k - 1][1] > b.start) or (k < len(taken_spans) and taken_spans[k][0] < b.end):
                    continue
                taken_spans.insert(k, (b.start, b.end))
                out.append(b)
            out.sort(key=lambda b: b.start)
        if not places_only and ("领导小组" in text or "办" in text):
            out = _with_short_references(text, out, taken)
        return out

    def _zone_department(self, text: str, s: int, e: int, scope: Scope,
                         memo: dict[tuple[str, str], Body | None]) -> Body | None:
        """A bureau of a development zone named after the zone (增城经济技术开发区园区发展局, 万盛经开区
        卫生健康局, 泉州开发区社会事业局): the zone's name as its management committee's would be read
        (place, zone word), then a department's core of two characters or more. The bureau is the
        zone's, named with the zone's official name (the committee's name without 管理委员会)."""
        if text[s - 1] in _WORD_BEFORE["局"]:
            return None   # 开发区板块重点布局: a word, no bureau
        r = _run_start(text, s)
        z = None
        for z in _ZONE_DEPT_WORD.finditer(text, r, s):
            pass   # the last zone word of the run: the core follows it
        if z is None or z.start() - r < 2 or z.end() > s - 2:
            return None
        zone, core = text[r:z.end()], text[z.end():s]
        if _CORE_BAD.search(core) or _CORE_BAD.search(zone) or core[-1:] == "分" or self._glued_rx.search(core):
            return None
        key = (zone, "\0zone")
        hit = memo.get(key, False)
        if hit is False:
            hit = memo[key] = self._scan(zone + "管委会", len(zone), len(zone) + 3, "管委会", scope)
        if hit is None or hit.start != 0 or hit.kind != "committee" or not hit.name.endswith("管理委员会"):
            return None
        place = hit.name[:-5]
        return Body(start=r, end=e, name=place + expand(core + "局"), alias=zone + core + "局", kind="bureau",
                    level="zone", jurisdiction=place, district_id=hit.district_id, place=place)

    def _cppcc_in_session(self, text: str, scope: Scope, taken: bytearray | None) -> list[Body]:
        """The CPPCC committee of a place named with 政协 before the place and its term (政协云南省第十二届
        四次会议, 政协四川省第十三届委员会, 政协内蒙古自治区第十二届委员会第三次会议: how proposals and their
        replies name it): the place's 中国人民政治协商会议X委员会, read as X政协 would be."""
        out: list[Body] = []
        for m in _CPPCC_SESSION.finditer(text):
            a, e = m.span()
            if taken is not None and 1 in taken[a:e]:
                continue
            place = m.group("place")
            hit = self._scan(place + "政协", len(place), len(place) + 2, "政协", scope)
            if hit is None or hit.start != 0 or hit.kind != "congress" or not hit.name.startswith("中国人民政治协商会议"):
                continue
            out.append(Body(a, e, hit.name, text[a:e], "congress", hit.level, hit.jurisdiction, hit.district_id,
                            place=hit.place))
        return out

    def _member_body(self, text: str, s: int, e: int, suffix: str, scope: Scope,
                     memo: dict[tuple[str, str], Body | None]) -> Body | None:
        """A member list's line (成员：蔡木灵省发展改革委一级巡视员, 江效东省药监局局长): a person's name of
        two or three characters glued before the body whose post follows it. The name opens the line
        (or follows a label's colon or a blank); the body starts at the level word after it."""
        r = _run_start(text, s)
        if r > 0 and text[r - 1] not in _MEMBER_LINE_START:
            return None
        for k in (2, 3):
            if r + k < s - 1 and text[r + k] in "省市区县":
                body = self._body_at(text, s, e, suffix, scope, memo, r + k)
                if body is not None and body.start == r + k:
                    return body
        return None

    @staticmethod
    def _national_named(text: str, s: int, e: int, suffix: str, in_national_list: bool) -> Body | None:
        """中国人民银行 / 中国证监会, or 人民银行 in a list of national bodies."""
        if e < len(text) and "\u4e00" <= text[e] <= "\u9fff" and text[e] not in _RUN_STOP:
            return None   # 人民银行德阳市中心支行: a branch, named on
        start = s - 2 if text.endswith("中国", 0, s) and not suffix.startswith("中国") else s
        if start == s and not suffix.startswith("中国") and not in_national_list:
            return None
        return Body(start=start, end=e, name=_NATIONAL_NAMED[suffix], alias=text[start:e], kind="bureau",
                    level="national", jurisdiction="national", place="国家")

    def _listed(self, text: str, s: int, e: int, suffix: str, r: int, place: str, level: str, scope: Scope,
                glued: bool = False) -> Body | None:
        """An item of a list whose first item carries the place (省科技厅、发展改革委、教育厅):
        教育厅 is 广东省教育厅. Only a bureau's name (core and suffix), right after the 、
        (or right after the previous name, when a space separated them)."""
        if not glued and _run_start(text, s) != r or s - r < 2 or s - r > 12:
            return None
        core = text[r:s]
        if core.startswith(_GRASSROOTS):
            return None   # 区民政局、社区党委: one in every community, not the list's level's body
        if suffix in _COMMITTEE_WORDS and _COMMITTEE_INSIDE.search(core):
            return None   # 经开区管理委员会收藏工委: a committee's name ends inside the run (page debris after it)
        if _CORE_BAD.search(core) or self._glued_rx.search(core) or self._place_rx.match(core):
            return None
        form = expand(core + suffix)
        return Body(start=r, end=e, name=place + form, alias=place + core + suffix, kind=_kind(suffix, core),
                    level=level, jurisdiction=place, place=place)

    def _shared_suffix(self, text: str, body: Body, suffix: str, scope: Scope, taken: bytearray | None,
                       rest: str = "") -> list[Body]:
        """黄埔区、南沙区、越秀区、荔湾区政府 / 苏州工业园区、苏州高新区、太仓港口管委会: the places
        listed before a government or committee share its suffix (one body each); ``rest``: what
        the listed places share when more than the suffix (南京市、苏州市、连云港市工业和信息化局)."""
        out: list[Body] = []
        rest = rest or suffix
        end = body.start - 1          # the 、 before the body (a committee's: or 和/及/与, _ZONE_PAIR)
        while end > 0 and (text[end] == "、" or end == body.start - 1 and body.kind == "committee" and text[end] in _ZONE_AND):
            start = _run_start(text, end)
            if not end - start >= 2 or not text.endswith(_SHARED_PLACE_END, start, end):
                break
            hit = None
            for i in range(start, end - 1):   # the first place of the run (支持厦门火炬高新区: 厦门…)
                if i > start and not _verb_before(text, start, i):
                    continue
                item = text[i:end]
                if len(item) > 14 or _CORE_BAD.search(item):
                    continue
                hit = self._scan(item + rest, len(item) + len(rest) - len(suffix), len(item) + len(rest), suffix, scope)
                if hit is not None and hit.start == 0 and hit.kind == body.kind:
                    start = i
                    break
                hit = None
            if hit is None or taken is not None and 1 in taken[start:end] and 0 in taken[start:end]:
                break
            out.append(Body(start, end, hit.name, hit.alias, hit.kind, hit.level, hit.jurisdiction, hit.district_id,
                            hit.government, hit.place))
            end = start - 1
        return out

    def _shared_level(self, text: str, body: Body, scope: Scope, taken: bytearray | None) -> list[Body]:
        """Places of two or three characters listed bare before a body whose place carries the level
        word (肥东、肥西、长丰县食品药品监督管理局; 南京、苏州、连云港市人民政府): each names the same body of its
        own place, read as if written in full (肥东县食品药品监督管理局); only whole items between 、
        (or the list's opening), each read as a place by the shape rules."""
        k = 2 if text[body.start + 2] in "市县" else 3
        tail = text[body.start + k:body.end]   # 县食品药品监督管理局
        out: list[Body] = []
        end = body.start - 1
        while end >= 2 and text[end] == "、":
            start = end - 2 if end - 3 < 0 or not _NAME_CHAR.match(text[end - 3]) else end - 3
            if start > 0 and _NAME_CHAR.match(text[start - 1]) or end - start not in (2, 3):
                break   # (only a whole item of two or three characters: 肥东、)
            item = text[start:end]
            if _NOT_STEM_CHARS.search(item) or item[-1] in "市县区省" or taken is not None and 1 in taken[start:end]:
                break
            synth = item + tail
            hit = self._placed_whole(synth, scope, body.kind)
            if hit is None:
                break
            out.append(Body(start, end, hit.name, item, hit.kind, hit.level, hit.jurisdiction, hit.district_id,
                            hit.government, hit.place))
            end = start - 1
        return out

    def _placed_whole(self, name: str, scope: Scope, kind: str) -> Body | None:
        """The body the whole of ``name`` names, found by the shape rules, or None."""
        for m in _SUFFIX.finditer(name):
            if m.end() == len(name):
                hit = self._scan(name, m.start(), m.end(), m.group(0), scope)
                if hit is not None and hit.start == 0 and hit.end == len(name) and hit.kind == kind:
                    return hit
        return None

    def _bare_departments(self, text: str, scope: Scope, taken: bytearray | None) -> list[Body]:
        """Departments an owner context names without a place (a county's task table: 发改局,
        财政局、经信局): the document's own, named as its level word would name them (发改局 in a
        county document is read as 县发改局), so they merge with the prefixed mentions. Only
        owner contexts (bare_names.owner_items), never prose."""
        rel = _own_level_word(scope)
        if not rel:
            return []
        out: list[Body] = []
        memo = self._memo_of(scope)
        for a, b in bare_names.owner_items(text):
            if taken is not None and 1 in taken[a:b]:
                continue
            form = _listed_level(text, a, rel) + text[a:b]
            key = (form, "\0bare")
            hit = memo.get(key, memo)
            if hit is memo:
                found = self._find(form, scope)
                hit = memo[key] = found[0] if len(found) == 1 and found[0].start == 0 and found[0].end == len(form) \
                    and found[0].level != "national" else None
            if hit is not None:
                out.append(Body(a, b, hit.name, hit.alias, hit.kind, hit.level, hit.jurisdiction, hit.district_id,
                                hit.government, hit.place))
        return out

    def _campaign_committees(self, text: str, scope: Scope, taken: bytearray | None) -> list[Body]:
        """The committee, leading group or headquarters a government sets up to run a campaign:
        健康江苏行动推进委员会(办公室), 平安宁波建设领导小组 (a campaign named after its place, the
        place inside the name), 江苏省全民健身工作领导小组 / 市创文工作指挥部 (the place first). The
        place must be one: 中国, a known city or province, the document's own or one it names twice."""
        out: list[Body] = []
        for m in _CAMPAIGN_SUFFIX.finditer(text):
            s = m.start()
            if taken is not None and 1 in taken[s:m.end()]:
                continue
            # (a campaign's name states its remit and runs long: 雅安市推进国家中医药综合改革示范区和
            # 中医药强市建设专项工作组)
            lo = max(0, s - _MAX_CAMPAIGN)
            brk = _THROUGH_LAST_BREAK.match(text, lo, s)
            r = brk.end() if brk else lo
            if r > 0 and text[r - 1] in "）)、" and _CLASS_BEFORE_RUN.search(text, max(0, r - 12), r):
                continue   # 各市、县(区)健康宁夏建设领导小组办公室: every city's and county's office, a class
            for i in range(r, s - 2):
                hit = self._campaign_place(text, i, r, s, scope)
                if hit is not None:
                    place, level, juris, name_start = hit
                    # (name_start: how many characters the place replaces — 1 for a level word, a
                    # district's length for its short name; 0/False: the name as written)
                    name = (place + text[i + int(name_start):m.end()]) if name_start else text[i:m.end()]
                    out.append(Body(i, m.end(), name, text[i:m.end()], "committee", level, juris, place=place))
                    break
            else:
                body = self._set_up_group(text, r, m, scope)
                if body is not None:
                    out.append(body)
        return out

    def _quoted_campaigns(self, text: str, scope: Scope, taken: bytearray | None) -> list[Body]:
        """An office, group or headquarters named after a campaign in quotes (安徽省“四送一服”办公室,
        X省推进“十大皖药”产业示范基地建设工作领导小组(办公室)): a run the quotes break, so the shape
        rules never reach its place. The place opens the run before the opening quote (after a
        verb at most: 转载X省…); it is a province or city by name, or the document's own 省/市."""
        out: list[Body] = []
        for m in _QUOTED_OFFICE.finditer(text):
            q = text.rfind("“", max(0, m.start() - _QUOTED_MAX - 1), m.start())
            if q == -1 or m.start() - q - 1 < 2 or not _QUOTED_WORDS.fullmatch(text, q + 1, m.start()):
                continue   # (a campaign's name in words: “四送一服”; “2+3+4” numbers a plan's industries)
            r = _run_start(text, q)
            if r == q or taken is not None and 1 in taken[r:m.end()]:
                continue
            prefix = text[r:q]
            for i in range(len(prefix)):
                if i and not _verb_before(prefix, 0, i):
                    continue
                place = self._quoted_place(prefix, i, scope)
                if place is None:
                    continue
                place_full, level, juris, end = place
                rest = prefix[end:] + text[q:m.end()]
                if _CAMPAIGN_BAD.search(prefix, end) or _CAMPAIGN_BAD.search(text, m.start(), m.end()):
                    break
                if end < len(prefix) and (_PROSE_ADVERB.search(prefix, end) or _BARE_OFFICE.fullmatch(text, m.start(), m.end())):
                    break   # 杭州市全面推行“最多跑一次”办公室标准化改造: prose, no office's name
                out.append(Body(r + i, m.end(), place_full + rest, text[r + i:m.end()], "committee", level, juris,
                                place=place_full))
                break
        return out

    def _quoted_place(self, prefix: str, i: int, scope: Scope) -> tuple[str, str, str, int] | None:
        """(place, level, jurisdiction, end in prefix) of a province or city named at ``i`` of the
        run before a quoted campaign's name: by name (安徽省, 合肥市, 安徽) or as the document's own
        省/市 at the run's start."""
        ch = prefix[i:i + 1]
        if ch in ("省", "市") and i == 0:
            if scope.city == NATIONAL or not scope.city_full.endswith(ch):
                return None
            return scope.city_full, "province" if ch == "省" else "city", scope.city, 1
        for k in (4, 3, 2):
            stem, lvl = prefix[i:i + k], prefix[i + k:i + k + 1]
            if stem in gazetteer.PROVINCES or stem in gazetteer.PREFECTURES or stem in self._cities:
                province = stem in gazetteer.PROVINCES
                if lvl in ("省", "市"):
                    return stem + lvl, "province" if lvl == "省" else "city", stem, i + k + 1
                full = full_place(stem, frozenset(gazetteer.PROVINCES))
                return full, "province" if province else "city", stem, i + k
        return None

    def _quoted_set_up_offices(self, text: str, scope: Scope, taken: bytearray | None) -> list[Body]:
        """An office, group or task force the text says is set up, its name in quotes and without a
        place (设立「中医药科技产业园筹备办公室」, 成立“项目推进工作专班”): the document's own place's
        body, at the set-up and wherever the text quotes the same name again (「…办公室」直接隶属…,
        其职责包括：). Not in a national text (which government set it up is not said), and not a
        committee (设立“高层次人才发展咨询委员会”: experts advising, no state organ)."""
        if scope.city == NATIONAL or not scope.city_full:
            return []
        place = self._district_full(scope.district, scope) if scope.district else scope.city_full
        level = "district" if scope.district else "province" if scope.city_full.endswith(("省", "自治区")) else "city"
        out: list[Body] = []
        higher = _HIGHER_SETTER[level]
        for m in _QUOTED_SET_UP.finditer(text):
            name = m.group("name")
            if _CAMPAIGN_BAD.search(name) or name.startswith(_GROUP_NOT_NAME):
                continue
            clause = max(text.rfind(c, max(0, m.start() - 60), m.start()) for c in "。；;，,\n") + 1
            if higher.search(text, clause, m.start()):
                continue   # 省卫生健康委成立“…工作专班” in a city's text: a higher level's body (review s12)
            for q in re.finditer(re.escape(m.group("open") + name), text):
                a, b = q.start() + 1, q.end()
                if text[b:b + 1] in "」”\"" and not (taken is not None and 1 in taken[a:b]):
                    out.append(Body(a, b, place + name, place + name, "office" if name.endswith("办公室") else "committee",
                                    level, scope.district or scope.city, scope.district_id, place=place))
        return out

    @staticmethod
    def _set_up_group(text: str, r: int, m: re.Match, scope: Scope) -> Body | None:
        """A group the text says its government set up, named without a place (成立了由X副市长担任
        组长的议案办理工作领导小组, 成立由市政府主要领导为组长…的中医药大健康产业工作领导小组): the
        document's own place's."""
        s = m.start()
        if not 2 <= s - r <= 16 or not scope.city_full or scope.city == NATIONAL or scope.district \
                or not _SET_UP.search(text, max(0, r - 50), r) or _CAMPAIGN_BAD.search(text, r, s) \
                or text.startswith(_GROUP_NOT_NAME, r):
            return None
        level = "province" if scope.city_full.endswith(("省", "自治区")) else "city"
        return Body(r, m.end(), scope.city_full + text[r:m.end()], text[r:m.end()], "committee", level, scope.city,
                    place=scope.city_full)

    def _campaign_place(self, text: str, i: int, r: int, s: int, scope: Scope) -> tuple[str, str, str, bool] | None:
        """(place, level, jurisdiction, relative) of a campaign body's name starting at ``i`` of
        the run [r, s) before its suffix, None when no campaign body's name starts there."""
        opening = next((o for o in _CAMPAIGN_OPENING if text.startswith(o, i)), "")
        if opening:   # 健康 + 江苏 + 行动: the campaign is the place's
            j = i + len(opening)
            for k in (4, 3, 2):
                stem = text[j:j + k]
                if s - (j + k) >= 1 and self._campaign_stem(stem, scope) and not _CAMPAIGN_BAD.search(text, j + k, s):
                    return self._campaign_level(stem, "") + (False,)
            return None
        if i != r and not _LEAD_IN.search(text, r, i) and not _PROSE_VERB_END.search(text, r, i):
            return None   # the place first: only where a name may start (成立江苏省…, 由市…)
        own = self._own_campaign_place(text, i, r, s, scope)
        if own is not None:
            return own
        if text[i] in "市省" and i + 1 < s:   # 市全民健身工作领导小组: the document's own
            if text[i + 1] in "区县":
                return None   # 落实市区防疫领导小组要求: the city's and the districts' groups, a class
            if text[i] == "市" and (not scope.city_full.endswith("市") or scope.city == NATIONAL) \
                    or text[i] == "省" and not scope.city_full.endswith("省"):
                return None
            if s - i - 1 < 2 or _CAMPAIGN_BAD.search(text, i + 1, s) or _CAMPAIGN_ACT.search(text, i + 1, s):
                return None   # (市人民政府决定成立X市…领导小组: the government that sets the group up, then its name)
            return scope.city_full, "city" if text[i] == "市" else "province", scope.city, True
        for k in (4, 3, 2):
            stem, lvl = text[i:i + k], text[i + k:i + k + 1]
            if lvl in ("市", "省") and s - (i + k + 1) >= 2 and self._campaign_stem(stem, scope) \
                    and not _CAMPAIGN_BAD.search(text, i + k + 1, s):
                return self._campaign_level(stem, lvl) + (False,)
            if lvl not in ("市", "省") and stem in self._cities and stem not in gazetteer.PROVINCES and s - (i + k) >= 4 \
                    and not _CAMPAIGN_BAD.search(text, i + k, s):
                # 北京疫情防控工作领导小组: a known city named without 市 opens its group's name
                return self._campaign_level(stem, "市") + (False,)
        return None

    def _own_campaign_place(self, text: str, i: int, r: int, s: int, scope: Scope) -> tuple[str, str, str, bool] | None:
        """A campaign body named by the State Council (国务院中医药工作部际协调小组) or by the
        document's own district, county or banner as its level word (区疫情防控指挥部, 县科技特派员
        领导组 in that county's text), at ``i`` where _campaign_place lets a name start."""
        if text.startswith("国务院", i) and s - i - 3 >= 4 and not _CAMPAIGN_BAD.search(text, i + 3, s):
            return "国务院", "national", "national", False
        d = scope.district
        if d and len(d) >= 3 and text.startswith(d, i) and s - i - len(d) >= 4 and not _CAMPAIGN_BAD.search(text, i + len(d), s):
            # 彭山区推进中医药强区建设工作领导小组 in 彭山区's own text: the district named in full
            full = self._district_full(d, scope)
            return full, _LEVEL_OF.get(d[-1], "district"), d, len(d) if full != d else False
        ch = text[i]
        if ch in "区县旗" and scope.district.endswith(ch) and s - i - 1 >= 2 and text[i + 1] not in "委级" \
                and not _CAMPAIGN_BAD.search(text, i + 1, s) and not _CAMPAIGN_ACT.search(text, i + 1, s) \
                and (i == 0 or text[i - 1] != ch):
            return self._district_full(scope.district, scope), _LEVEL_OF.get(ch, "district"), scope.district, True
        return None

    def _campaign_stem(self, stem: str, scope: Scope) -> bool:
        return stem == "中国" or stem in self._cities or stem == scope.city or stem in scope.named and place_stem(stem)

    @staticmethod
    def _campaign_level(stem: str, lvl: str) -> tuple[str, str, str]:
        if stem == "中国":
            return "中国", "national", "national"
        province = stem in gazetteer.PROVINCES or lvl == "省"
        return stem + (lvl or ("省" if province else "市")), "province" if province else "city", stem

    @staticmethod
    def _listed_districts(text: str) -> list[re.Match]:
        """``list(_LISTED_DISTRICT.finditer(text))``, tried only before each 区/县 that ends
        a list item (a scan from every position was most of the cost)."""
        out: list[re.Match] = []
        last = 0
        for k in _DISTRICT_END.finditer(text):
            e = k.end()
            for start in range(max(last, e - 5), e - 1):
                m = _LISTED_DISTRICT.match(text, start)
                if m is not None and m.end() == e:
                    out.append(m)
                    last = e
                    break
        return out

    def _addressed_zones(self, text: str, scope: Scope, taken: bytearray | None) -> list[Body]:
        """A development zone named alone as an item of an addressee line (各区人民政府、北京经济技术开发区，
        市政府有关委、办、局：) or of a list of responsible units: its management committee (README: a zone
        named as a responsible unit is its 管委会). Only a whole item between list separators, whose
        line ends with the salutation's colon or follows a unit label; the zone's name is checked as
        its committee's would be (place, zone word)."""
        out: list[Body] = []
        for m in _ZONE_ITEM_END.finditer(text):
            b = m.end()
            if not text.endswith(_ZONE_ITEM_WORDS, 0, b):
                continue
            lo = max(0, b - 18)
            a = max(text.rfind(c, lo, b) for c in _ZONE_ITEM_OPEN) + 1
            if a == 0 and lo > 0 or b - a < 4 or (taken is not None and 1 in taken[a:b] and not (taken[a] and taken[b - 1])):
                continue
            item = text[a:b]
            if text[a - 1:a] in ("(", "（") or _CORE_BAD.search(item) or _CLASS_ZONE.match(item):
                continue   # (市工业园区(来宾高新区): the other name of the item before, in brackets)
            nl = text.find("\n", b)
            line_end = text[b:nl if nl >= 0 else len(text)].rstrip()
            if not (line_end.endswith(("：", ":")) and "。" not in line_end
                    or _unit_list_before(text, a)):
                continue
            hit = self._scan(item + "管委会", len(item), len(item) + 3, "管委会", scope)
            if hit is None or hit.start != 0 or hit.kind != "committee":
                continue
            out.append(Body(a, b, hit.name, item, hit.kind, hit.level, hit.jurisdiction, hit.district_id,
                            hit.government, hit.place))
        return out

    def _owner_districts(self, text: str, scope: Scope, taken: bytearray | None) -> list[Body]:
        """A district named alone in a list of responsible units (…配合单位：市财政局、越秀区）):
        its government."""
        out: list[Body] = []
        for m in self._listed_districts(text):
            a, b = m.span(1)
            if taken is not None and 1 in taken[a:b] and not (taken[a] and taken[b - 1]):
                continue
            if not _OWNER_LIST_BEFORE.search(text, max(0, a - 80), a):
                continue
            item = m.group(1)
            hit = self._scan(item + "人民政府", len(item), len(item) + 4, "人民政府", scope)
            if hit is None or hit.start != 0 or hit.kind != "government":
                continue
            out.append(Body(a, b, hit.name, hit.alias, hit.kind, hit.level, hit.jurisdiction, hit.district_id,
                            hit.government, hit.place))
        return out

    @staticmethod
    def _listed_centre(text: str, s: int, e: int) -> bool:
        """Does the centre whose 中心 is at [s, e) stand in a list of units: after a unit label
        (责任单位：…), or as the first item of a line or table cell (its place and short core alone
        before it) with another unit or the cell's end after it?"""
        if _UNIT_LABEL_BEFORE.search(text, max(0, s - 80), s):
            return True
        line = text.rfind("\n", 0, s) + 1
        return s - line <= 8 and _CELL_UNIT_AFTER.match(text, e) is not None

    def _body_at(self, text: str, s: int, e: int, suffix: str, scope: Scope,
                 memo: dict[tuple[str, str], Body | None], floor: int = 0) -> Body | None:
        """The body whose name ends with ``suffix`` at [s, e); ``floor``: where its name may start
        at the earliest (after a blank that separated a label from it)."""
        if suffix == "中心" and not _CENTRE_CORE.search(text, max(0, s - 7), s) and not (
                _SERVICE_CENTRE_CORE.search(text, max(0, s - 2), s) and (
                    _UNIT_LABEL_BEFORE.search(text, max(0, s - 80), s) or _UNIT_BRACKET_BEFORE.search(text, max(0, s - 80), s))) \
                and not (_SHORT_CENTRE_CORE.search(text, max(0, s - 2), s) and self._listed_centre(text, s, e)):
            return None
        if text[e:e + 1] in _NUMBER_AFTER_FIRST and _NUMBER_AFTER.match(text, e):
            return None   # 市政办发〔2018〕72号: the letters of a document number, not a body's name
        if s == 0 or text[s - 1] not in _RUN_CHARS:
            if suffix not in ("管委会", "管理委员会"):
                return None  # nothing before the suffix can name a place
        if suffix == "政府" and s >= 2 and text[s - 1] == "区" and text[s - 2] == "特":
            return _sar_government(text, s - 2, e)
        info = _SUFFIX_INFO.get(suffix)
        if info is None:
            if len(_SUFFIX_INFO) > 4096:
                _SUFFIX_INFO.clear()   # (政府 + 2-6 characters + 室/办: an open set of suffixes)
            info = _SUFFIX_INFO[suffix] = _suffix_info(suffix)
        government, short, word_before = info
        if government and _DEPARTMENTS_AFTER.match(text, e) is not None:
            return None   # 区政府各委、办、局 / 县政府有关部门: a class of its departments, not the government
        if suffix == "办" and (text.startswith(_OFFICE_HEADS, e) or text.endswith("融合", 0, s)):
            pass   # 省委金融办副主任 (the office's head: the office is named), 省委军民融合办 (no verb 合办)
        elif short and text[e:e + 1] in _PERSON_TITLE_FIRST and text.startswith(_PERSON_TITLES, e) \
                and not text.startswith("常委会", e) \
                and not (suffix in ("局", "厅") and text.startswith(suffix + "长", e)) \
                and not (suffix == "政协" and text[s - 1] in "市区县省") or (
                word_before and s > 0 and text[s - 1] in word_before
                and not (suffix == "委" and text.endswith("自治区党", 0, s))):   # (自治区党委: the region's party committee)
            return None  # 党委委员 (a person's title), 布局/格局 (words, not bodies); 管委会副主任 names its body
        if suffix == "办" and s >= 2 and text[s - 1] in "交转" and (text[s - 2] in _NAME_END or text[s - 2] == "院"):
            return None   # 市委、市政府交办 / 区科技局交办 / 国务院交办的事项: a verb after a body (留交办 is an office's short name)
        if suffix == "办" and s >= 2 and text[s - 1] == "会" and text[s - 2] in _NAME_END and text[s - 2] != "委":
            return None   # 市财政局、市红十字会会办 (co-handle, after the body's name); not 管委会办 (its office)
        if suffix == "委" and s >= 2 and text[s - 1] in "市区县省旗":
            youth = _YOUTH.search(text, max(0, s - 10), s)
            if youth:
                return self._youth(youth, e, scope)
        r = _run_start(text, s)
        if r < floor:
            r = floor
        counted = _COUNTED.match(text, r, s) if text[r:r + 1] in _COUNTED_FIRST else None
        if counted:
            r = counted.end()   # 第13次区政府常务会议: the classifier of a count belongs to the count
        if r == s and suffix in ("管委会", "管理委员会") and s > 1 and text[s - 1] in ")）":
            # 北部生态新区(阳和工业新区)管委会: the zone's other name in brackets before its committee —
            # the committee of the zone named before the brackets
            o = max(text.rfind("(", max(0, s - 16), s), text.rfind("（", max(0, s - 16), s))
            if o > 0 and _ZONE_END.search(text, o + 1, s - 1) and not _CORE_BAD.search(text, o + 1, s - 1):
                r2 = _run_start(text, o)
                zone = text[r2:o]
                if len(zone) >= 4 and _ZONE_END.search(zone):
                    hit = self._scan(zone + suffix, len(zone), len(zone) + len(suffix), suffix, scope)
                    if hit is not None and hit.start == 0:
                        return Body(r2, e, hit.name, text[r2:e], hit.kind, hit.level, hit.jurisdiction,
                                    hit.district_id, hit.government, hit.place)
        if r == s and suffix in ("管委会", "管理委员会") and s > 0 and text[s - 1] == "、":
            # 北京经济技术开发区工委、管委会: the zone named once for both committees
            pair = _WORK_COMMITTEE.search(text, max(0, s - 24), s)
            if pair and _ZONE_END.search(pair.group(1)):   # the zone's name, not debris before 工委
                # (经开区管理委员会 收藏 / 工委、管委会…: a page's button glued to the next line)
                zone = pair.group(1)
                # (a gazetteer's city first: 经盐城经济技术开发区 — 经济技术开发区 would match a place's shape)
                first = next((i for i in range(len(zone) - 3) if self._place_starts(zone, i)), None)
                for i in range(len(zone) - 3):   # the zone's name starts where a place does (强化北京经济技术开发区)
                    if first is not None and i != first or self._place_rx.match(zone, i) is None:
                        continue
                    hit = self._scan(zone[i:] + suffix, len(zone) - i, len(zone) - i + len(suffix), suffix, scope)
                    if hit is not None and hit.start == 0:
                        return Body(s, e, hit.name, hit.alias, hit.kind, hit.level, hit.jurisdiction, hit.district_id,
                                    hit.government, hit.place)
                    break
        if suffix in ("镇", "街道"):
            return self._town(text, r, s, e, suffix, scope)
        if suffix == "部" and r < s:
            # (only the ministries whose name ends with the two characters ending here: the same
            # ones, in the same order, that text.endswith could accept)
            for short, full in _MINISTRIES_BY_END.get(text[e - 2:e], ()):
                b = e - len(short)
                if text.endswith(short, r, e) and (b == r or _LEAD_IN.search(text, r, b) or text.endswith("中华人民共和国", r, b)):
                    if text.endswith("中华人民共和国", r, b):   # 中华人民共和国国土资源部 = 国土资源部
                        return Body(start=b - 7, end=e, name="中华人民共和国" + full, alias=full, kind="bureau",
                                    level="national", jurisdiction="national", place="国家")
                    return Body(start=b, end=e, name=full, alias=short, kind="bureau",
                                level="national", jurisdiction="national", place="国家")
        if s - r >= 2 and text[s - 1] == "市" and text[s - 2] == "省" and suffix in ("委", "政府", "人民政府"):
            # 省市委的部署: the province's and a city's committees — in a city's own text, that city's
            # (the province's is left unnamed); anywhere else the province's cities', a class
            if not scope.city_full.endswith("市") or scope.district:
                return None
            r = s - 1
        if r == s and suffix not in ("管委会", "管理委员会"):
            return None
        # 各区政府 / 各区（县）科委: a class of bodies, never one
        if r > 0 and (text[r - 1] in "各）)" and text[max(0, r - 6):r].find("各") != -1
                      or text[r - 1] == "、" and _CLASS_LIST.search(text, max(0, r - 14), r)):
            return None   # 各区政府, 各区(县)科委, 各县、区人民政府 (not 各成员单位、市委宣传部)
        if r > 0 and text[r - 1] in _LEAD_WORD and text[r + 2:r + 3] == "市" and s - r > 3:
            r -= 1   # 由北海市工信局: the run keeps its lead-in, the city after it is named in prose
        if text[r - 1:r] == "及" and text.startswith(_CORPS, r) and "各" in text[max(0, r - 14):r]:
            return None   # 各省、自治区、直辖市及新疆生产建设兵团卫生健康委: the corps' organ inside a class of addressees
        key = (text[r:e], suffix)
        hit = memo.get(key, memo)
        if hit is memo:
            hit = memo[key] = self._scan(key[0], s - r, e - r, suffix, scope)
        listed = False
        if hit is None:
            if r == 0 or text[r - 1] not in _LIST_ITEM_BEFORE or e >= len(text) or text[e] not in _LIST_ITEM_AFTER:
                return None   # (_listed_city's first test, without the call)
            hit = self._listed_city(text, r, s, e, suffix, scope)
            if hit is None:
                return None
            listed = True   # (a list's item: the county-level city's check below is passed)
        if not listed and hit.start == 0 and hit.level == "city" and hit.place == hit.jurisdiction + "市" and hit.jurisdiction not in self._cities \
                and hit.jurisdiction not in gazetteer.PREFECTURES and hit.jurisdiction != scope.city \
                and hit.jurisdiction not in scope.named and r > 0 and text[r - 1] not in _ITEM_BEFORE:
            return None   # a county-level city's government only as a list item or a line (代行市政府授权: a verb)
        start = hit.start + r
        if hit.kind == "office" and hit.place and start >= 2 and text[start - 1] == "委" \
                and text[start - 2] == text[start] and text[start] in "市区县旗":
            # 区委区政府办公室 / 县委县政府督查室: the joint office of the place's party committee and
            # government, one body of the place (not the government's own office)
            written = text[start:e]
            return Body(start - 2, e, hit.place + "委" + written, hit.place + "委" + written, "office", hit.level,
                        hit.jurisdiction, hit.district_id, hit.government, hit.place)
        return Body(start, hit.end + r, hit.name, hit.alias, hit.kind, hit.level, hit.jurisdiction,
                    hit.district_id, hit.government, hit.place)

    def _listed_city(self, text: str, r: int, s: int, e: int, suffix: str, scope: Scope) -> Body | None:
        """A body of a city no list knows, named as one whole item of a list or salutation
        (各市(州)工信局，公主岭市工信局： / 、延吉市卫生健康局、): an item names its place as a place —
        read as if the text named that city twice. Only a two- or three-character stem before
        市 opening the item, the item ending at a list's separator."""
        if r == 0 or text[r - 1] not in _LIST_ITEM_BEFORE or e >= len(text) or text[e] not in _LIST_ITEM_AFTER:
            return None
        k = 2 if text[r + 2:r + 3] == "市" else 3 if text[r + 3:r + 4] == "市" else 0
        if not k or r + k + 1 >= s:
            return None
        stem = text[r:r + k]
        if stem == scope.city or stem in scope.named or not place_stem(stem) or stem in gazetteer.PROVINCES:
            return None
        hit = self._scan(text[r:e], s - r, e - r, suffix, replace(scope, named=scope.named | {stem}))
        return hit if hit is not None and hit.start == 0 and hit.place == stem + "市" else None

    def _place_starts(self, text: str, i: int) -> bool:
        """A known place (``_known_place_at``) or a prefecture or province of the gazetteer by its
        name (盐城, 内蒙古) starts at ``i``."""
        return self._known_place_at(text, i) or any(
            text[i:i + k] in gazetteer.PREFECTURES or text[i:i + k] in gazetteer.PROVINCES for k in (2, 3, 4))

    def _known_place_at(self, text: str, i: int) -> bool:
        """A catalogued district or zone, a known city or an autonomous prefecture starts at ``i``
        (not the generic shapes: any 2–4 characters before 新区 would do for those)."""
        m = self._place_rx.match(text, i)
        return m is not None and bool(m.group("dist") or m.group("city") or m.group("apref"))

    def _scan(self, text: str, s: int, e: int, suffix: str, scope: Scope) -> Body | None:
        """The body named by ``text`` (one run of name characters ending with ``suffix`` at
        [s, e)), offsets relative to the run; memoised by the caller (names recur)."""
        body = self._placed(text, s, e, suffix, scope)
        if body is None and suffix in ("委员会", "委") and text.endswith(_WORK_WORDS, 0, s):
            work = self._work_committee(text, s, e, suffix)
            if work is not None:
                return work
        if body is None and suffix in ("管委会", "管理委员会"):
            # a zone's committee named by the zone alone (德阳经济技术开发区管理委员会, 苏州工业园区管委会)
            zone, lead = text[:s], 0
            glued = None
            for glued in _COMMITTEE_NAME.finditer(zone):
                pass
            if glued is not None and len(zone) - glued.end() >= 4 and self._place_starts(zone, glued.end()):
                # 中共X开发区工作委员会 X开发区管理委员会: two names glued (a heading's blank removed);
                # the committee's zone starts after the other committee's name
                zone, lead = zone[glued.end():], glued.end()
            if "区" in zone[:4]:
                debris = _NUMBERED_AREAS.match(zone)
                if debris is not None and self._known_place_at(zone, debris.end()):
                    # 一区二区三区重庆高新…管委会: numbered areas (a page's debris) before a known place
                    zone, lead = zone[debris.end():], debris.end()
            pair = _ZONE_PAIR.fullmatch(zone) if ("和" in zone or "及" in zone or "与" in zone) else None
            if pair is not None and not _CORE_BAD.search(pair.group("b")):
                # 循环化工园区和综合保税区管委会: two zones sharing the word of their committees, one
                # committee each (the first one is read by _shared_suffix from the conjunction)
                zone, lead = pair.group("b"), lead + pair.start("b")
            if len(zone) >= 5 and not zone.startswith(("经济", "经开")) and (
                    zone[:1] in _ZONE_LEAD_IN
                    or zone[:1] in _ZONE_LEAD_IN_OR_NAME and self._known_place_at(zone, 1)):
                # 经沣东新城管委会批准: 经 (by way of) opens no zone's name; 和/向/将 open place names
                # too (和林格尔新区, 和田, 向阳, 将乐): cut only before a known place (和天津经开区管委会)
                zone, lead = zone[1:], 1
            elif len(zone) >= 6 and not self._known_place_at(zone, 0):
                # 保留中关村科技园区丰台园管委会: a verb before a known place opens no zone's name
                for i in range(2, len(zone) - 3):
                    if (self._known_place_at(zone, i) or zone.startswith(beijing.ZONE_STEMS, i)) and _verb_before(zone, 0, i):
                        zone, lead = zone[i:], i
                        break
            if scope.city == "北京" and len(zone) == 3 and zone.endswith("园") and zone[:2] in beijing.DISTRICT_STEMS:
                # 西城园管委会 in a Beijing text: the district's park of Zhongguancun (一区多园), its committee
                return Body(start=lead, end=e, name="中关村科技园区" + zone + "管理委员会", alias=zone + suffix,
                            kind="committee", level="zone", jurisdiction="中关村科技园区" + zone)
            end = _ZONE_END.search(zone)
            if end and len(zone) >= 4 and not _CORE_BAD.search(zone) and not _CLASS_ZONE.match(zone):
                if zone.startswith(_RELATIVE_ZONE):
                    # 高新技术产业开发区管委会 in a Panjin notice: 盘锦高新…; 经济开发区 in a county's: 灵璧经济开发区
                    if scope.district.endswith("县"):
                        zone = scope.district[:-1] + zone
                    elif scope.city and scope.city != NATIONAL and not _province_wide(scope):
                        zone = scope.city + zone
                    else:
                        return None
                elif end.start() < 2 or _stub_zone(zone):
                    return None   # 含开发区管委会: a word, not a zone's name
                full = zone_name(zone)
                body = Body(start=lead, end=e, name=full + "管理委员会", alias=zone + suffix, kind="committee",
                            level="zone", jurisdiction=full)
        return body

    def _work_committee(self, text: str, s: int, e: int, suffix: str) -> Body | None:
        """The party's working committee of a development zone or new area (中共X高新技术产业开发区
        工作委员会, X经济技术开发区工委, X高新区党工委): 中共 + the zone's official name + 工作委员会.
        A run holding another committee's name (…管理委员会 X工委: two names glued) names none."""
        word = next(w for w in _WORK_WORDS if text.endswith(w, 0, s) and (suffix == "委员会") == (w == "工作"))  \
            if any(text.endswith(w, 0, s) and (suffix == "委员会") == (w == "工作") for w in _WORK_WORDS) else ""
        if not word:
            return None
        start = 2 if text.startswith("中共") else 0
        zone = text[start:s - len(word)]
        cut = 0
        if len(zone) >= 6 and not self._place_starts(zone, 0):
            # 强化北京经济技术开发区工委, 经X开发区工委研究: words before a known place (no place's
            # level word among them) open no zone's name
            cut = next((i for i in range(1, len(zone) - 3) if self._place_starts(zone, i)), 0)
            cut = 0 if _LEVEL_WORDS.search(zone, 0, cut) else cut
            start, zone = start + cut, zone[cut:]
        if len(zone) < 4 or not zone.endswith(ZONE_ENDS) or _CORE_BAD.search(zone) or _CLASS_ZONE.match(zone) \
                or _COMMITTEE_INSIDE.search(zone) or _stub_zone(zone):
            return None
        full = zone_name(zone)
        return Body(start=start if cut else 0, end=e, name="中共" + full + "工作委员会", alias=text[start:e], kind="party",
                    level="zone", jurisdiction=full)

    def _placed(self, text: str, s: int, e: int, suffix: str, scope: Scope) -> Body | None:
        first = self._first
        for p in range(0, s):
            if text[p] not in first:
                seg = text[p + 1:p + 6]
                if "区" not in seg and "县" not in seg and "旗" not in seg and "市" not in seg[:3] and "省" not in seg[:3]:
                    continue  # only a generic place name (滨海新区, 德阳市, 牡丹江市) can start here: 区/县/市/省 comes soon
            pm = self._place_rx.match(text, p, s)
            if pm is None:
                continue
            if p and text[p - 1] not in _NAME_END and not _verb_before(text, 0, p) and not text.endswith("人大", 0, p) \
                    and not (text[p - 1] == "届" and _TERM_BEFORE.search(text, max(0, p - 6), p)) \
                    and not (pm.group("gcity") and _city_in_prose(text, p, pm.group("gcity"), pm.group("gclvl"), scope)):
                continue   # (after a verb that takes a body as its object: 代表房山区人民政府; after a congress
                #            glued before the next body: 区人大区政协; a city named in
                #            prose: 建议梧州市经济和信息化局, whether or not any list knows 梧州)
            body = self._resolve(text, pm, p, s, e, suffix, scope)
            if body is not None:
                return body
        return None

    def _resolve(self, text: str, pm: re.Match, p: int, s: int, e: int, suffix: str, scope: Scope) -> Body | None:
        core = text[pm.end():s]
        if suffix in ("管委会", "管理委员会") and _CLASS_ZONE.match(text, p):
            return None   # 国家级开发区管委: the committees of a class of zones
        if suffix in ("管委会", "管理委员会") and not core and (pm.group("gsub") or pm.group("city") and not pm.group("clvl")):
            # a zone's committee is named by the zone as written (苏州工业园区管委会, 辽东湾新区管委会),
            # not by a district of the city; a zone named by its kind alone is the document's own
            # city's (综保区管委 in a Weihai notice: 威海综合保税区)
            zone = text[p:s]
            relative = zone.startswith(_RELATIVE_ZONE) and p == 0
            if not _ZONE_END.search(zone) or _CORE_BAD.search(zone) or _stub_zone(zone) or pm.group("gsub") and (
                    p != 0 or scope.city == NATIONAL or not district_word(pm.group("gsub")) and not relative):
                return None
            if relative:
                if not scope.city or scope.city == NATIONAL or not scope.district and _province_wide(scope):
                    return None   # (a province has many 高新区: the word names none of them)
                zone = (scope.district[:-1] if scope.district.endswith("县") else scope.city) + zone
            full = zone_name(zone)
            return Body(start=p, end=e, name=full + "管理委员会", alias=zone + suffix, kind="committee", level="zone",
                        jurisdiction=full)
        local = bool(scope.city_full) and scope.city != NATIONAL   # the document has a place of its own
        if pm.group("rel") == "市" and core.startswith("场"):
            # 市场监管局 without a place: the document's market regulator; a 总局 is the nation's.
            # Any other 市场… run is the word 市场 (根据市场需求组建…委员会), no body
            if not core.startswith(_MARKET_REGULATOR):
                return None
            core = "市" + core
            if core.endswith("总") or suffix == "总局":
                place_full, level, juris, district_id = "国家", "national", "national", ""
            elif not local:
                return None
            else:
                place_full, level, juris, district_id = scope.city_full, "city", scope.city, ""
        elif pm.group("rel"):
            rel = pm.group("rel")
            if rel == "州":
                # 州委, 州政府, 州卫生健康委 in an autonomous prefecture's own document
                if not local or not scope.city_full.endswith("自治州"):
                    return None
                place_full, level, juris, district_id = scope.city_full, "city", scope.city, ""
            elif rel == "市":
                if core[:1] in ("区", "县"):
                    return None   # 市区防疫领导小组, 市县两级…: the city's and its districts', a class
                if not local or scope.city_full.endswith(("省", "自治区", "自治州")):
                    # a province's 市X局 is any of its cities' (a class); a national or
                    # placeless document's 市X局 names no one city
                    return None
                place_full, level, juris, district_id = scope.city_full, "city", scope.city, ""
            elif rel in ("省", "自治区"):
                if scope.city_full.endswith(rel):
                    place_full, level, juris, district_id = scope.city_full, "province", scope.city, ""
                elif scope.province and local:
                    # 省政府 in a city's document: the province the city belongs to
                    place_full, level, juris, district_id = scope.province, "province", scope.province[:-1], ""
                else:
                    return None
            elif rel in "区县旗":
                if not scope.district or rel == "旗" and not scope.district.endswith("旗"):
                    return None  # 区政府 in a city document: any district's, a class; 旗 only in a banner's
                place_full = self._district_full(scope.district, scope)
                level, juris, district_id = _LEVEL_OF.get(rel, "district"), scope.district, scope.district_id
            else:
                return None
        elif pm.group("gsub"):
            # 滨海新区政府 in a Tianjin document: a district of the document's city that the
            # catalog (Beijing's gazetteer) does not know; only right after a stop character
            sub = pm.group("gsub")
            if p != 0 and sub != scope.district or scope.city in ("北京", NATIONAL) or not district_word(sub):
                return None
            # 六盘水高新区 already carries its city's name
            place_full = sub if sub.startswith(scope.city) or sub.endswith(("县", "旗")) else scope.city_full + sub
            level, juris, district_id = _LEVEL_OF.get(sub[-2:] if sub.endswith("新区") else sub[-1], "district"), sub, ""
        elif pm.group("gcity"):
            # a city the gazetteer does not know (德阳市, 六盘水市): the document's own, or one
            # named right after a stop character
            stem, lvl = pm.group("gcity"), pm.group("gclvl")
            known = stem in gazetteer.PREFECTURES and lvl == "市"   # a prefecture-level city: a place
            # a county-level city's government opening a name (浏阳市人民政府 in an owner list, a
            # salutation): a place-like two-character stem + 市 + the government's name alone
            government = p == 0 and lvl == "市" and not core and suffix in _GOVERNMENT_NAMES and len(stem) == 2 \
                and not pm.group("gcsub") and place_stem(stem)
            if not known and (stem[0] in "市区县省镇乡村" or _VERBISH.search(stem)) or stem != scope.city and (
                    p != 0 or stem not in scope.named and not known and not government or not known and (
                        stem in NOT_A_PLACE_STEM or _NOT_STEM_CHARS.search(stem))) \
                    and not (p != 0 and _city_in_prose(text, p, stem, lvl, scope)):
                return None   # 代行市政府 (a verb before 市), 载上海市… (a word glued to a known city)
            place_full = stem + lvl
            level, juris, district_id = _LEVEL_OF[lvl], stem, ""
            if pm.group("gcsub"):   # 宜春市袁州区 (a district of a city the gazetteer does not know)
                sub = pm.group("gcsub") + pm.group("gcslvl")
                if _NOT_STEM_CHARS.search(sub) or _VERBISH.search(sub) or pm.group("gcsub") in _NOT_DISTRICT_STEM \
                        or sub.endswith(_NOT_DISTRICT_END):
                    return None
                place_full += sub
                level, juris = _LEVEL_OF.get(pm.group("gcslvl"), "district"), sub
        elif pm.group("corps"):
            if not core:
                return None   # (the corps itself is no government: its organs are named with it)
            place_full, level, juris, district_id = pm.group("corps"), "province", pm.group("corps"), ""
        elif pm.group("apref"):
            place_full = gazetteer.AUTONOMOUS_PREFECTURES[pm.group("apref")][0]   # 黔东南州 → …苗族侗族自治州
            level, juris, district_id = "city", pm.group("apref"), ""
        elif pm.group("nat"):
            if pm.group("nat") == "中国" and core.startswith("共产党") and suffix == "委员会":
                # 中国共产党成都市第十四届委员会 (a party decision's adoption note): the place's party
                # committee in one of its terms, 中共成都市委员会
                rest = _TERM.sub("", core[3:], count=1)
                if rest.endswith(("省", "市", "区", "县", "旗", "州")):
                    synth = "中共" + rest + "委"   # (中共X市委: how the finder knows a place's committee)
                    hit = self._scan(synth, len(synth) - 1, len(synth), "委", scope)
                    if hit is not None and hit.start == 0 and hit.kind == "party":
                        return Body(start=p, end=e, name=hit.name, alias=hit.alias, kind="party", level=hit.level,
                                    jurisdiction=hit.jurisdiction, district_id=hit.district_id, place=hit.place)
            if not core or pm.group("nat") == "中国" and suffix not in ("局", "委员会", "委", "署"):
                return None   # 中国民航局 is the nation's; 中国疾病预防控制中心 is an institute
            if core == "部" and suffix == "委":
                return None   # 国家部委: the ministries and commissions, a class
            if pm.group("nat") == "国家" and p >= 2 and text[p - 1] in _ZONE_AND and text[p - 2] not in _NAME_END:
                return None   # 创建国家卫生城市和国家食品安全示范城市工作领导小组: 国家 inside a campaign's name
            # 国家卫生健康委员会; 国务院深化医药卫生体制改革领导小组 (a body of the State Council)
            place_full, level, juris, district_id = pm.group("nat"), "national", "national", ""
        elif pm.group("dist"):
            alias = pm.group("dist")
            if core == "分" and suffix == "局":
                # 规划国土委海淀分局, 工商海淀分局: a city department's branch in the district, named
                # after the department; a district + 分局 alone names no department
                return self._district_branch(text, p, e, alias, scope)
            district_id, dkind = self._dist_of[alias]
            canonical = self._canonical_district(district_id)
            place_full = self._district_full(canonical, scope, beijing=True)
            level = "zone" if dkind != "district" else "district"
            juris = canonical
        else:
            city, clvl = pm.group("city"), pm.group("clvl") or ""
            if not clvl and suffix != "海关" and not pm.group("sub") and not pm.group("czone"):
                return None  # 天津科技局 without 市 is too loose to be a place
            city_full = city + (clvl or ("市" if city in _MUNICIPAL or not city.endswith("省") else ""))
            zone = city + (pm.group("czone") or "") if not clvl and city not in gazetteer.PROVINCES else ""
            if zone and pm.group("sub") and pm.group("sub") + pm.group("slvl") in ("高新区", "经开区"):
                zone = zone_name(city + pm.group("sub") + pm.group("slvl"))   # 成都高新区 → 成都高新技术产业开发区
            if zone and zone != city:
                # a department of a zone named after its city (石家庄高新技术产业开发区科学技术局,
                # 成都高新区生物产业局): the zone's, named with the zone's official name
                if not core or suffix in _GOVERNMENT_SUFFIXES or suffix in ("委", "委员会", "管委会", "管理委员会"):
                    return None   # (its committees are the committee rules'; no zone has a government)
                place_full, level, juris, district_id = zone, "zone", zone, ""
            elif pm.group("czone"):
                return None
            elif pm.group("sub"):
                if _NOT_STEM_CHARS.search(pm.group("sub")) or _VERBISH.search(pm.group("sub")) \
                        or pm.group("sub") in _NOT_DISTRICT_STEM:
                    return None   # 武汉市已报经区政府, 珠海市、…自治区人民政府: no district
                place_full = city_full + pm.group("sub") + pm.group("slvl")
                if not clvl and (city in gazetteer.PROVINCES or pm.group("sub") + pm.group("slvl") == "新区"):
                    # 河北雄安新区, 兰州新区: a new area named after its province or city, as written
                    place_full = city + pm.group("sub") + pm.group("slvl")
                level, juris, district_id = _LEVEL_OF[pm.group("slvl")], pm.group("sub") + pm.group("slvl"), ""
                if city == "北京":
                    d = self._dist_of.get(pm.group("sub") + pm.group("slvl"))
                    district_id = d[0] if d else ""
            elif clvl.endswith("自治区"):
                place_full, level, juris, district_id = _AUTONOMOUS.get(city, city + clvl), "province", city, ""
            else:
                place_full = city + clvl if clvl else city
                level = _LEVEL_OF.get(clvl, "city")
                juris, district_id = city, ""
        if suffix in _CONGRESS:
            if _TERM.fullmatch(core):
                core = ""   # 北京市第十六届人民代表大会, 区十五届人大: the place's congress
            if core or level not in ("city", "province", "district", "county") or pm.group("cpc"):
                return None
            if suffix == "政协":
                name = "中国人民政治协商会议" + place_full + "委员会"
            else:
                name = place_full + _CONGRESS[suffix]
            alias = place_full + ("人大常委会" if "常务" in suffix or "常委" in suffix else "政协" if suffix == "政协" else "人大")
            return Body(start=p, end=e, name=name, alias=alias, kind="congress", level=level, jurisdiction=juris,
                        district_id=district_id, place=place_full)
        if suffix in _COMMITTEE_WORDS and _COMMITTEE_INSIDE.search(core):
            return None   # 经开区管理委员会收藏工委: a committee's name ends inside the run (page debris after it)
        branch = _BRANCH_CORE.match(core) if suffix == "局" and core.endswith("分") else None
        if branch is not None and not _CORE_BAD.search(branch.group("dept")) and self._branch_place(branch.group("where")):
            # 自治区药监局柳州检查分局, 市规划国土委通州分局: a department's branch in a place it covers
            name = place_full + expand(branch.group("dept")) + branch.group("where") + branch.group("kind") + suffix
            return Body(start=p, end=e, name=name, alias=place_full + core + suffix, kind="bureau", level=level,
                        jurisdiction=juris, district_id=district_id, place=place_full)
        if suffix == "部际联席会议" and pm.group("nat") == "国务院" and not _CLASS_CORE.search(core):
            pass   # 国务院知识产权战略实施工作部际联席会议: the conference's name is its remit, verbs and all
        elif len(core) >= 2 and core[-1] in "省市区县" and core[-2] in _NAME_END:
            return None   # 省卫生健康委省委宣传部: the next name's place glued after a name's end (a list lost its 、)
        elif _CORE_BAD.search(core) or self._glued_rx.search(core) or scope.city and (core.find(scope.city) > 0 and core[core.find(scope.city) - 1] in _NAME_END):
            return None
        if suffix == "中心" and not _CENTRE_CORE.search(core) and not _SERVICE_CENTRE_CORE.search(core) \
                and not _SHORT_CENTRE_CORE.fullmatch(core):
            return None   # (a service centre reaches here only from a list of responsible units: _body_at)
        if core and suffix in _GOVERNMENT_SUFFIXES and _TERM.fullmatch(core):
            core = ""   # 县第十九届人民政府第87次常务会议: the place's government in its term
        if core and suffix in _GOVERNMENT_SUFFIXES:
            return None   # 陕西省城市和镇人民政府: a government's name is its place alone
        if not core and suffix == "委员会" and pm.group("cpc") == "中共" and level in ("city", "province", "district", "county"):
            # 中共广西壮族自治区委员会, 中共柳州市鱼峰区委员会: the place's party committee by its full name
            return Body(start=p, end=e, name="中共" + place_full + "委员会", alias="中共" + place_full + "委员会", kind="party",
                        level=level, jurisdiction=juris, district_id=district_id, place=place_full)
        if not core and suffix not in _NO_CORE_SUFFIXES and suffix not in _GOVERNMENT_SUFFIXES:
            return None
        if core and suffix in _PLACE_ONLY:
            return None   # 广东省科学院 is the province's; 某某研究科学院 is no government body
        if suffix in ("法院", "人民法院") and not core:
            # the court of a city is its intermediate court (市法院 = 广州市中级人民法院)
            suffix = {"city": "中级人民法院", "province": "高级人民法院"}.get(level, "人民法院")
        if core[:1] == place_full[-1:] and core[:1] in "区县市州旗" and (core[1:2] == "委" or core[1:] == "" and suffix == "委"):
            # 滨海新区区委, 某某县县委办公室: the place's level word said again before its 委 —
            # the place's party committee (中共X新区委员会), as 区委 after a bare level word is
            core = core[1:]
        if suffix == "委" and core == "党" and level == "province" and pm.group("rel") == "自治区":
            core = ""   # 自治区党委: how an autonomous region's own texts name its party committee
        if suffix == "委" and not core:
            # 市委/区委/中共X市委 (市委、市政府决定): the place's party committee, 中共X委员会; a
            # zone's or town's 委 alone names none (工委, 党委 are their own words)
            if level not in ("city", "province", "district", "county") or pm.group("cpc") == "中华人民共和国":
                return None
            return Body(start=p, end=e, name="中共" + place_full + "委员会", alias=place_full + "委", kind="party",
                        level=level, jurisdiction=juris, district_id=district_id, place=place_full)
        if suffix == "部" and not (core.startswith("委") and len(core) >= 3):
            return None  # only a party committee's department (市委社会工作部, 市委宣传部)
        if suffix in ("管委会", "管理委员会") and level not in ("zone", "district") and not core:
            return None
        if suffix == "海关":
            if pm.group("rel") or core:
                return None
            place_full = place_full[:-1] if place_full.endswith("市") else place_full
        if suffix in ("管委会", "管理委员会") and not core:
            place_full = zone_name(place_full)
        office = _GOV_OFFICE.fullmatch(suffix) if suffix not in _GOVERNMENT_NAMES else None
        form = "人民政府" + office.group("office") if office is not None else expand(core + suffix)
        kind = _kind(suffix, core)
        prefix = pm.group("cpc") or ""
        if form == "税务局" and level in ("city", "province", "district", "county") and not prefix:
            # a local tax bureau is the State Taxation Administration's (国家税务总局X区税务局)
            return Body(start=p, end=e, name="国家税务总局" + place_full + "税务局", alias=place_full + "税务局",
                        kind="bureau", level=level, jurisdiction=juris, district_id=district_id, place=place_full)
        if suffix == "海关":  # 中华人民共和国天津海关 = 天津海关
            name, alias = "中华人民共和国" + place_full + form, place_full + form
        elif prefix == "中华人民共和国":
            return None
        elif suffix == "委" and core in ("直机关工", "直属机关工") and place_full:
            # 市直机关工委 / 区直机关工委: the party's work committee of the place's own organs
            name = "中共" + place_full + "直属机关工作委员会"
            alias = place_full + core + suffix
            kind = "party"
        elif core.startswith("委") and (len(core) >= 2 or suffix in ("办公厅", "办公室")) and not prefix + place_full == "":
            # 市委编办, 市委政法委, 市委宣传部: organs of the party committee (中共X市委…)
            name = "中共" + place_full + "委" + party_organ(core[1:] + suffix)
            alias = place_full + core + suffix
            kind = "party"
        else:
            name = prefix + place_full + form
            alias = prefix + place_full + core + suffix
            if kind == "party" and not prefix:
                name = "中共" + name
        government = ""
        if kind == "office":
            government = place_full + "人民政府"
        start = p
        return Body(start=start, end=e, name=name, alias=alias, kind=kind, level=level,
                    jurisdiction=juris, district_id=district_id, government=government, place=place_full)

    def _branch_place(self, where: str) -> bool:
        """Is ``where`` a place a department's branch is named after: a city or province a list
        knows (柳州), or a catalogued district's stem (通州, 海淀)?"""
        return where in self._cities or where in _KNOWN_NAMES or where + "区" in self._dist_of or where in self._dist_of

    def _district_branch(self, text: str, p: int, e: int, district: str, scope: Scope) -> Body | None:
        """The branch a Beijing city department keeps in a district (规划国土委海淀分局 =
        北京市规划国土委员会海淀分局): the department's name as written before the district, the
        city's name before it; None when no department is named (海淀分局 alone)."""
        dept = text[:p]
        if dept.startswith("北京市"):
            dept = dept[3:]
        elif dept.startswith("市"):
            dept = dept[1:]
        if len(dept) < 2 or _CORE_BAD.search(dept) or not scope.city == "北京":
            return None
        stem = district[:-1] if district.endswith("区") else district
        return Body(start=0, end=e, name="北京市" + expand(dept) + stem + "分局", alias="北京市" + dept + stem + "分局",
                    kind="bureau", level="city", jurisdiction="北京", place="北京市")

    def _youth(self, m: re.Match, e: int, scope: Scope) -> Body | None:
        """团市委 / 共青团广州市委: the Communist Youth League committee of the place."""
        place = m.group(1)
        if len(place) == 1:
            if place == "市" and scope.city_full.endswith("市") and scope.city != NATIONAL:
                place, level = scope.city_full, "city"
            elif place == "省" and scope.city_full.endswith("省"):
                place, level = scope.city_full, "province"
            else:
                return None
        else:
            if not place_stem(place[:-1]):
                return None
            level = _LEVEL_OF.get(place[-1], "city")
        return Body(start=m.start(), end=e, name="共青团" + place + "委员会", alias="共青团" + place + "委",
                    kind="association", level=level, jurisdiction=place, place=place)

    def _town(self, text: str, r: int, s: int, e: int, suffix: str, scope: Scope) -> Body | None:
        """小汤山镇 / 回龙观街道 named on its own: the town's government (a town named as an
        owner is its 人民政府; a 街道 its 办事处). Only a 2-3 character name right after a stop
        or a district name."""
        p = r
        place_full = self._district_full(scope.district, scope) if scope.district else scope.city_full
        district_id = scope.district_id
        pm = self._place_rx.match(text, r, s)
        if pm is not None and pm.group("dist"):
            district_id = self._dist_of[pm.group("dist")][0]
            place_full = self._district_full(self._canonical_district(district_id), scope, beijing=True)
            r = pm.end()
        elif pm is not None and pm.group("gsub") and pm.group("gsub") == scope.district and pm.end() < s:
            # 嘉定区南翔镇人民政府, 青阳县杨田镇人民政府 in that district's or county's own text: its town
            place_full = self._district_full(scope.district, scope)
            r = pm.end()
        elif not scope.district and (not scope.city_full or scope.city == NATIONAL):
            return None   # a town of no known place
        stem = text[r:s]
        # 回龙观街道办事处 / 大沁他拉镇街道办事处 written in full: the office by its own name (a town's
        # name up to four characters, or a 镇 whose 街道 office it is)
        office = suffix == "街道" and text.startswith("办事处", e)
        longest = 5 if office and stem.endswith("镇") else 4 if office else 3
        if not 2 <= len(stem) <= longest or _CORE_BAD.search(stem) or stem[-1] in (_OFFICE_NOT_END if office else _TOWN_NOT_END) \
                or stem in _TOWN_NOT or office and _CONJUNCTION.search(stem):
            return None   # (地区和街道办事处: the offices of two kinds, a class)
        if r > 0 and text[r - 1] == "各" or text[max(0, p - 1):p] == "各":
            return None
        gov = 4 if text.startswith("人民政府", e) else 2 if text.startswith("政府", e) else 0
        if office:
            e += 3   # wherever it stands, as 灵溪镇人民政府 below
        elif suffix == "镇" and gov and text[e + gov:e + gov + 1] != "办":
            # 灵溪镇人民政府 written in full: the town's government by its own name, wherever it
            # stands (not its office: 镇政府办公室 is left as it was)
            e += gov
        elif not _OWNER_LIST_BEFORE.search(text, max(0, p - 80), p) and not _UNIT_LINE.match(text, e):
            return None   # 建成桥墩镇、赤溪镇…敬老院: a town named in prose is a place; as a listed unit, its government
        if suffix == "镇":
            name, kind = place_full + stem + "镇人民政府", "government"
        else:
            name, kind = place_full + stem + "街道办事处", "office"
        return Body(start=p, end=e, name=name, alias=place_full + stem + suffix, kind=kind, level="town",
                    jurisdiction=stem + suffix, district_id=district_id)

    def _canonical_district(self, district_id: str) -> str:
        return self._names_of.get(district_id) or district_id

    def _district_full(self, district: str, scope: Scope, beijing: bool = False) -> str:
        """北京市海淀区 from 海淀区; a zone keeps its own full name (北京经济技术开发区)."""
        city_full = "北京市" if beijing else scope.city_full
        if district.startswith(city_full) or district.startswith(city_full[:-1]):
            return district
        if not beijing and (city_full.endswith(("省", "自治区")) or district.endswith(("县", "旗"))):
            # a county or banner names itself alone (灵璧县人民政府, 奈曼旗人民政府; a city's
            # district carries its city: 亳州市谯城区); so does one known only with its province
            return district
        return city_full + district


_VERBISH = re.compile("(落实|贯彻|推进|推动|支持|加快|经过|报请|提请|根据|按照|依照|围绕|服务|全面|建设|转发|转载|印发|要求|部署|领导|统一|组织|协调|指导"
                      "|引导|开展|完善|实施)")
_VERBISH_END = re.compile("(?:" + _VERBISH.pattern + ")$")


def _verb_before(text: str, lo: int, i: int) -> bool:
    """Does ``text[lo:i]`` end with a verb or lead-in word (支持厦门…, 由广州…, 鼓励深圳…)? Then a
    name may start at ``i``: one lexicon (_LEAD_IN, _VERBISH, the verbs that take a body as object)."""
    return bool(_LEAD_IN.search(text, lo, i) or _VERBISH_END.search(text, lo, i) or _PROSE_VERB_END.search(text, lo, i))
_ZONE_ABBREVIATIONS = (("高新区", "高新技术产业开发区"), ("经开区", "经济技术开发区"), ("综保区", "综合保税区"))
# what a zone's name ends with for a 管委会 to be its committee: the zone-like places
# (place_kinds.ZONE_ENDS) and the parks and ports a government also sets a management committee
# over, which are no zone places (苏州工业园区管委会, 太仓港口管委会, 某产业园管委会)
_COMMITTEE_ZONE_ENDS = tuple(sorted({*ZONE_ENDS, "园区", "港区", "工业区", "区", "港口", "产业园", "科技园", "园", "农场", "林场", "牧场", "经济区"}, key=len, reverse=True))
# a class of zones (国家级开发区管委, 各园区管委会): the committees of many, no one body
_CLASS_ZONE = re.compile("(?:国家级|省级|市级|区级|县级|各类|各级|各)")
_ZONE_LEAD_IN = frozenset("经由请报对为在与及并")   # a preposition or conjunction before a zone's name
_ZONE_LEAD_IN_OR_NAME = frozenset("和向将")   # ...or the first character of a place's name (和田, 向阳, 将乐)
_COMMITTEE_NAME = re.compile(r"委员会|管委会")
_LEVEL_WORDS = re.compile(r"[省市区县州旗盟]")
_WORK_WORDS = ("党工", "工作", "工")   # before 委/委员会: a zone's party working committee (党工委, 工作委员会, 工委)
_COMMITTEE_WORDS = frozenset(("委", "工委"))   # (two 委员会 glued stay one bogus name: a line so read signs nobody)
_COMMITTEE_INSIDE = re.compile(r"(?:委员会|管委会).")
_ZONE_END = re.compile("(" + "|".join(_COMMITTEE_ZONE_ENDS) + ")$")
# zone names that do not carry their city (the document's own zone)
_RELATIVE_ZONE = ("高新技术产业开发区", "高新区", "经济技术开发区", "经开区", "经济开发区", "综合保税区", "综保区", "保税区")
# the places a shared government/committee suffix may follow: a district, county, city or
# province, or a zone a committee governs
# a department's branch (药监局 + 柳州 + 检查分 + 局, 规划国土委 + 通州 + 分 + 局)
_BRANCH_CORE = re.compile(r"(?P<dept>[\u4e00-\u9fff]{2,10}?[局委厅])(?P<where>[\u4e00-\u9fff]{2,4}?)(?P<kind>检查分|分)$")


def _province_wide(scope: Scope) -> bool:
    """Is the document's own place a province or region (many zones, cities), not one city?"""
    return scope.city_full.endswith(("省", "自治区"))


def _stub_zone(zone: str) -> bool:
    """A zone word after one character (以上高新区 cut at 以: 上高新区) names no zone: a zone's own
    name puts a place of two characters or more before 高新区/经开区 (宁波高新区)."""
    return any(zone.endswith(z) and 0 < len(zone) - len(z) < 2 for z in _RELATIVE_ZONE)


_SHARED_PLACE_END = ("区", "县", "市", "省", *_COMMITTEE_ZONE_ENDS)
_GAZETTEER = "国家\0"   # the place of a body from the gazetteer while _find runs (then 国家)


def _with_branches(text: str, out: list[Body], scope: Scope) -> list[Body]:
    """``out`` with the local branches of national organs (branches.py: 人民银行滁州市中心支行,
    江苏证监局, 市人行) in place of the bodies found inside their names (the organ itself, a
    place's government read out of the place); a branch that crosses another body is left out."""
    found = branches.find(text, scope.city if scope.city != NATIONAL else "", scope.city_full if scope.city != NATIONAL else "")
    if not found:
        return out
    for s, e, name, level, juris in found:
        if any(b.start < e and s < b.end and not (s <= b.start and b.end <= e) for b in out):
            continue
        out = [b for b in out if not (s <= b.start and b.end <= e)]
        out.append(Body(start=s, end=e, name=name, alias=text[s:e], kind="customs" if name.endswith("海关") else "bureau",
                        level=level, jurisdiction=juris))
    out.sort(key=lambda b: b.start)
    return out


def _put_organ(out: list[Body], organ: national_organs.Organ) -> bool:
    """Add a gazetteer organ to the bodies found so far (in text order): a name found by shape
    that strictly contains it stays (中华人民共和国财政部); one that crosses it or names the same
    span gives way (国家 + 中国民航局 from a list is 中国民用航空局)."""
    if out and organ.start < out[-1].end:
        last = out[-1]
        if last.start <= organ.start and organ.end <= last.end and last.end - last.start > organ.end - organ.start:
            return False
        out.pop()
    kind = "party" if organ.name.startswith("中共") else "bureau"
    out.append(Body(start=organ.start, end=organ.end, name=organ.name, alias=organ.form, kind=kind,
                    level="national", jurisdiction="national", place=_GAZETTEER))
    return True


def _at(sorted_positions: list[int], pos: int) -> bool:
    k = bisect_left(sorted_positions, pos)
    return k < len(sorted_positions) and sorted_positions[k] == pos


# the bodies a government sets up to run a campaign (推进委员会, 领导小组, 工作委员会, 指挥部) and
# the words a campaign named after its place opens with (健康中国, 平安中国, 法治中国, 数字中国 …)
# a campaign's office or group named after the campaign in quotes: the closing quote, then its
# name's rest up to the body word (”办公室, ”产业示范基地建设工作领导小组办公室)
_QUOTED_OFFICE = re.compile(r"”[\u4e00-\u9fff]{0,24}?(?:领导小组办公室|领导小组|协调小组办公室|协调小组|办公室|指挥部|工作组|推进组)")
_QUOTED_MAX = 12   # characters of the campaign's quoted name
# words between the place and a quoted campaign that only prose holds (杭州市全面推行“…”), and an
# office named by the quote alone (“最多跑一次”办公室): with words between place and quote it
# is no name (安徽省“四送一服”办公室 has none; X省推进“…”建设工作领导小组 names a group)
_PROSE_ADVERB = re.compile(r"全面|深入|大力|积极|持续|着力|加快|进一步|不断|认真")
_BARE_OFFICE = re.compile(r"”办公室")
# two zones joined by a conjunction before one committee word (A园区和B保税区管委会)
_ZONE_PAIR = re.compile(r"(?P<a>[\u4e00-\u9fff]{2,14}?(?:" + "|".join(sorted({*ZONE_ENDS, "园区", "港区", "工业区"}, key=len, reverse=True))
                        + r"))[和及与](?P<b>[\u4e00-\u9fff]{2,14}?(?:" + "|".join(sorted({*ZONE_ENDS, "园区", "港区", "工业区"}, key=len, reverse=True)) + r"))")
_ZONE_AND = frozenset("和及与")
_QUOTED_WORDS = re.compile(r"[\u4e00-\u9fff]{2,12}")
_CAMPAIGN_SUFFIX = re.compile(r"(?:推进委员会|领导小组|工作委员会|指挥部|工作组|推进组|协调小组|领导组(?!织))(?:办公室)?")
# (协调小组: 国务院中医药工作部际协调小组; 领导组: a county's 科技特派员创业行动领导组 — not 领导组织)
_MAX_CAMPAIGN = 32
# a class of places before a campaign body's name (各市、县(区), 各县（市、区）): the bodies of each, no one
_CLASS_BEFORE_RUN = re.compile(r"各[\u4e00-\u9fff]{0,3}(?:[、（(][\u4e00-\u9fff、]{1,6}[)）]?)+$")
# a run from a level word that holds a government or a setting-up verb is a clause (区政府成立X领导小组),
# not the group's name: the name starts further on
_CAMPAIGN_ACT = re.compile(r"政府|成立|组建|设立|党委")
# what a campaign body's name never holds between its place and its suffix: a class, a clause
# (的, a list's 、), the groups of several levels (市、区两级指挥部: a class), or another body's end before 和
# (…领导小组和…委员会: two names)
_CAMPAIGN_BAD = re.compile(r"各|有关|相关|所属|[两三四五多]级|[的、，,。；;：:（()）]|[局委厅府会室组][和及与]")
# the text says a group was set up (成立, 组建, 设立), its leader stated between (由X担任组长的)
_SET_UP = re.compile(r"(?:成立|组建|设立)了?(?:[^。；;\n]{0,40}?的)?$")
# a leading group named by its level word alone (省领导小组对…实行动态管理, 市领导小组办公室): the one group of
# that level the text names in full; not its member units (省领导小组成员单位: each member, no group)
# (the level word first, what stands before it checked behind it: the engine scans for the level
# words in C, where a pattern opening with a lookbehind was tried at every position)
_LEVEL_GROUP = re.compile(r"([省市区县])(?:(?<![\u4e00-\u9fff].)|(?<=[报向由经和及与对请按将为].))领导小组(办公室)?(?!成员|[\u4e00-\u9fff]{0,2}成员单位)")
_LEVEL_OF_PLACE = {"省": ("省", "自治区"), "市": ("市",), "区": ("区",), "县": ("县",)}


def _with_short_references(text: str, out: list[Body], taken: bytearray | None) -> list[Body]:
    """The short references a text makes to a campaign body it names in full elsewhere: a committee's
    office by its short form X推进办 (健康中国行动推进委员会办公室 → 健康中国行动推进办负责), and 省领导小组 /
    市领导小组(办公室) for the one leading group of that level the text names. Only mentions no other
    name covers; with no full name in the text nothing is added."""
    spans = sorted((b.start, b.end) for b in out)
    added: list[Body] = []

    def free(a: int, b: int) -> bool:
        k = bisect_right(spans, (a, b))
        return not ((k > 0 and spans[k - 1][1] > a) or (k < len(spans) and spans[k][0] < b)) \
            and not (taken is not None and 1 in taken[a:b])

    offices = {b.name: b for b in out if b.name.endswith("推进委员会办公室")}
    for full, body in offices.items():
        stem = full[len(body.place):] if body.place and full.startswith(body.place) else full
        short = stem[:-6] + "办"   # 健康中国行动推进委员会办公室 → 健康中国行动推进办
        if len(short) < 5:
            continue
        for m in re.finditer(re.escape(short), text):
            a, b = m.span()
            if (a == 0 or not _NAME_CHAR.match(text[a - 1])) and text[b:b + 2] != "公室" and free(a, b):
                added.append(replace(body, start=a, end=b, alias=short))
    if "领导小组" in text:
        for m in _LEVEL_GROUP.finditer(text):
            levels = _LEVEL_OF_PLACE[m.group(1)]
            groups = {b.name for b in out if b.name.endswith("领导小组") and b.place.endswith(levels)}
            if len(groups) != 1:
                continue
            # (the shape rules read 市领导小组办公室 as the city's 领导小组办公室, a name no body bears)
            shaped = [i for i, b in enumerate(out) if (b.start, b.end) == m.span() and b.name == b.place + m.group(0)[1:]]
            if not shaped and not free(*m.span()):
                continue
            group = next(iter(groups))
            body = next(b for b in out if b.name == group)
            name = group + (m.group(2) or "")
            short = replace(body, start=m.start(), end=m.end(), name=name, alias=m.group(0),
                            kind="office" if m.group(2) else body.kind)
            if shaped:
                out[shaped[0]] = short
            else:
                added.append(short)
    return sorted(out + added, key=lambda b: b.start) if added else out


# a higher level named in the clause that sets a quoted office up (省卫生健康委成立“…专班”, 国家…设立“…办公室”
# in a city's text): the office is that level's, not the document's place's
_HIGHER_SETTER = {"province": re.compile(r"国家|国务院|中央"),
                  "city": re.compile(r"国家|国务院|中央|省|自治区"),
                  "district": re.compile(r"国家|国务院|中央|省|自治区|市")}
# an office or group set up with its name in quotes (设立「…筹备办公室」, 成立“…工作专班”)
_QUOTED_SET_UP = re.compile(r"(?:成立|组建|设立)了?(?P<open>[「“\"])(?P<name>[\u4e00-\u9fff]{2,24}?"
                            r"(?:办公室|领导小组|指挥部|工作组|工作专班))(?=[」”\"])")
# words that open no group's name (成立工作组, 成立专门领导小组: a kind, not a name)
_GROUP_NOT_NAME = ("专门", "专项", "工作", "一个", "相应", "领导", "临时", "联合", "若干", "多个", "专家")
_CAMPAIGN_OPENING = ("健康", "平安", "法治", "数字", "美丽", "智慧", "文明", "幸福", "诚信")
# a count's classifier a name run opens with (13次, 第十三次, 第八届, 两批): never a name's start
_COUNTED = re.compile(r"(?:新?第?[一二三四五六七八九十百零〇两]+|第[0-9０-９]+|(?<=[0-9０-９]))[次届批期轮]")   # (新一届区政府)
# the characters a _COUNTED match can start with (most runs start with none: no regex call)
_COUNTED_FIRST = frozenset("新第一二三四五六七八九十百零〇两次届批期轮")
# a bracket of other suffixes after a name (科技厅(委、局), 卫生计生委(卫生厅、局)): the name stands for
# a class of bodies named differently from place to place
_ALTERNATIVE_SUFFIXES = re.compile(r"[(（](?:[委局厅]|[\u4e00-\u9fff]{0,3}[委局厅](?:、[\u4e00-\u9fff]{0,3}[委局厅])+)[)）]")
_CLASS_CORE = re.compile(r"各|有关|相关|所属|[的、，]")
_CLASS_LIST = re.compile(r"各(?:[\u4e00-\u9fff]{1,3}、){1,3}$")
_CORPS = "新疆生产建设兵团"
# a development zone's name ending a list item (…北京经济技术开发区，/ 、上饶高新区，): _addressed_zones
# (a 区 before a separator, one literal scan; the zone's word is checked after)
_ZONE_ITEM_END = re.compile(r"区(?=[、，,：:；;）)\n])")
_ZONE_ITEM_WORDS = ("高新技术产业开发区", "经济技术开发区", "经济开发区", "高新区", "经开区", "开发区", "工业园区")
_ZONE_ITEM_OPEN = ("、", "，", ",", "\n", "：", ":", "(", "（")
# the posts a member list writes after a member's body (江效东省药监局局长, 蔡木灵省发展改革委一级巡视员)
_MEMBER_TITLES = ("局长", "副局长", "厅长", "副厅长", "主任", "副主任", "一级巡视员", "二级巡视员", "巡视员",
                  "党组成员", "党组书记", "秘书长", "副秘书长", "部长", "副部长", "副主席")
_MEMBER_TITLE_FIRST = frozenset(t[0] for t in _MEMBER_TITLES)   # (a set test before the tuple's startswith)
_MEMBER_LINE_START = frozenset("\n:： \t\u3000")
_OTHER_NAME = re.compile(r"[（(][\u4e00-\u9fff]{2,14}[)）]、")   # a list item's other name in brackets, then the next item
_LIST_SUFFIXES = frozenset(("局", "委", "厅", "办", "委员会", "办公室"))
_YOUTH = re.compile(r"(?:共青团|团)([\u4e00-\u9fff]{0,6}?[市区县省])$")
_WORK_COMMITTEE = re.compile(r"([\u4e00-\u9fff]{4,18}?)(?:党工委|工委)、$")
_DISTRICT_END = re.compile(r"[区县](?=[、，,）)；;。\n])")
_LISTED_DISTRICT = re.compile(r"(?<=[：:、，,])([\u4e00-\u9fff]{2,4}?(?:新区|区|县))(?=[、，,）)；;。\n])")
# a town standing as a unit outside an owner list: addressed (X镇：), its government named
# (黔灵镇人民政府), or alone in a table's cell (a line of its own)
_UNIT_LINE = re.compile(r"[ \t]*(?:[：:]|人民政府|政府|$)", re.M)
# a bracket's items before a listed zone that name a unit (市发展改革委、…): the bracket lists units, not places
# (（包括樊城区、襄阳经开区）, （含襄阳高新区、…） say what an area includes — review s11)
_UNIT_ITEM = re.compile(r"(?:局|委|厅|办|府|委员会|中心|部|室|署)[ \t]*[、，,]")


def _unit_list_before(text: str, a: int) -> bool:
    """Does the list item at ``a`` stand in a list of responsible units: after a unit label (单位：/部门：),
    or in a bracket whose items before it name a unit (（市发展改革委、X经开区负责））?"""
    m = _OWNER_LIST_BEFORE.search(text, max(0, a - 80), a)
    if m is None:
        return False
    return not m.group().startswith(("(", "（")) or _UNIT_ITEM.search(text, m.start(), a) is not None


_OWNER_LIST_BEFORE = re.compile(r"(?:单位|部门)[ \t]*[:：][^。\n（(]*$|[（(][^。\n（()）]*$")
NOT_A_PLACE_STEM = frozenset("设区 地级 县级 直辖 副省 兄弟 周边 相关 有关 各个 其他 所在 试点 示范 重点 省会 沿海 内陆 中心城 城乡 全省 全市 本省 本市 各省 各市"
                             # determiners and roles of a class of cities (上述市, 受援市, 当地市, 计划单列市人民政府)
                             " 上述 下列 部分 若干 多个 当地 属地 外地 异地 所属 上级 下级 同级 本级 受援 支援 帮扶 项目 节点 毗邻 先行 单列"
                             # the nouns of a page's field labels (发布机构 市科技局, 发文机关 市政府): no place
                             " 机构 机关 单位 部门".split())
# (受: 受城区人民政府委托 — the verb of a report presented for its body, never in a place's name)
_NOT_STEM_CHARS = re.compile("[已经由请报将为对在于和及与并全本各该其的是了我时受]")
# the ministries of the State Council (today's and earlier ones), short form → official name,
# from the national gazetteer (graph/national_organs.yaml); a ministry is named without a
# place, so only this list makes 财政部 a body (财政部门 is not)
_MINISTRIES = sorted(((f, o.name) for f, o in national_organs.gazetteer()[0].items()
                      if f.endswith("部") and o.name.endswith("部") and not o.local
                      and not o.name.startswith(("中共", "中央", "中国人民解放军"))), key=lambda kv: -len(kv[0]))
# _MINISTRIES by the last two characters of the short form (every short form ends with 部 and has
# at least two characters), each list in _MINISTRIES' order
_MINISTRIES_BY_END: dict[str, list[tuple[str, str]]] = {}
for _short, _full in _MINISTRIES:
    assert len(_short) >= 2
    _MINISTRIES_BY_END.setdefault(_short[-2:], []).append((_short, _full))
# ends of a …区 that is no district: area words and the zones that have no government of their
# own; apart from the zone ends on purpose, since a 新区 or 高新区 may be run as a district (滨海新区政府)
_NOT_DISTRICT_END = ("园区", "社区", "中心城区", "主城区", "老城区", "全城区", "市城区", "地区", "示范区", "自贸区", "试验区", "功能区", "集聚区", "片区", "辖区",
                     "街区", "景区", "校区", "院区", "市区", "郊区", "开发区", "保税区", "合作区")


_LIST_OPEN = re.compile(r"[:：（(\n|\t]")


def _listed_level(text: str, a: int, rel: str) -> str:
    """The level word a bare item of a list is read with: the one its list's first item opens
    with (市行政审批局、住建局、司法局: the city's, whatever the document's own level), else
    ``rel`` (the document's own). One look back to the list's opening, only for a bare item
    after 、."""
    if a == 0 or text[a - 1] not in "、，,":
        return rel
    lo = max(0, a - 60)
    opening = None
    for opening in _LIST_OPEN.finditer(text, lo, a):
        pass
    if opening is None:
        return rel
    k = opening.end()
    while k < a and text[k] in " \t\u3000":
        k += 1
    first = text[k:k + 1]
    return first if first in ("市", "省", "区", "县", "州", "旗") and first != rel else rel


def _sar_government(text: str, a: int, e: int) -> Body | None:
    """特区政府 (the Special Administrative Region's government, as Hong Kong's and Macau's own texts
    and mainland texts speaking of them write it): the government of the one region the text
    names (香港 or 澳门, either script after normalisation), none when it names both or neither
    (深圳经济特区 is no such region). Looked up only at a 特区政府 hit."""
    regions = [r for r in _SAR_NAMES if r in text]
    if len(regions) != 1 or text.endswith("经济", 0, a):
        return None
    place = regions[0] + "特别行政区"
    return Body(a, e, place + "政府", text[a:e], "government", "province", regions[0], place=place)


# Bare 中央 naming the Party's Central Committee as an organ (README: 中央、国务院, 中央和市委的决策部署,
# 在中央和市委市政府坚强领导下, 中央、省市决策部署, 根据中央《关于…》): beside another body or a place's
# committee, or before what an organ decides (决策部署, 精神, 要求, 关于…). Not 中央 as a modifier
# (中央企业, 中央财政, 中央经济工作会议, 中央、省驻市单位, 中央和省、市经济工作会议): those words follow.
_CENTRAL = re.compile(
    # (not 中央对地方/对省级…转移支付, the central budget's transfers, nor 中央对口支援: review s12)
    # (the literal first, 党 checked behind it: the engine then scans for 中央 in C, where a
    # pattern opening with a lookbehind was tried at every position)
    r"中央(?<!党中央)(?=的?(?:决策部署|部署|精神|要求|坚强领导|关于|对(?!地方|口|省级|下级)|《)"
    r"|[、和及与](?:国务院|[省市区县州旗]委|[\u4e00-\u9fff]{2,3}[省市](?:委|人民政府|政府|关于|的)|自治区党委"
    r"|[省市区县](?:[、和及与]?[省市区县])*委?的?(?:决策部署|部署|精神|要求|关于))"
    r"(?![\u4e00-\u9fff]{0,8}(?:驻|属|工作会议|经济工作|单位)))")


def _central_committee(text: str, taken: bytearray | None) -> list[Body]:
    """中共中央 where the text names it by bare 中央 as an organ (_CENTRAL)."""
    out: list[Body] = []
    for m in _CENTRAL.finditer(text):
        a, e = m.span()
        if taken is not None and 1 in taken[a:e]:
            continue
        out.append(Body(a, e, "中共中央", "中央", "party", "national", "national", place="国家"))
    return out


_SAR_NAMES = ("香港", "澳门")
_SAR_FOLD = str.maketrans("衞", "卫")   # (the normalisation keeps Hong Kong's 衞: 医务衞生局)
# what may stand right before a region's organ named alone: a lead-in word of its own texts
# (以下是医务卫生局局长…, 在立法会…, 产业园和经济科技发展局…)
_REGION_LEAD = frozenset("是在和与及由向对经请将为把被同跟")


def _region_organs(text: str, region: str, taken: bytearray | None) -> list[Body]:
    """The organs of a special administrative region's government that its own document names
    without the region (医务卫生局, 经科局, 立法会卫生事务委员会): from the gazetteer
    (national_organs.region_organs), only in that region's document and only where a name may
    start; a bureau is named 香港特别行政区政府X, the council and its panels 香港特别行政区立法会…
    (the region's name or 特区政府 written before the organ is part of the name found)."""
    forms, rx = national_organs.region_organs(region)
    if rx is None:
        return []
    t = text.translate(_SAR_FOLD) if "衞" in text else text
    place = region + "特别行政区"
    out: list[Body] = []
    for m in rx.finditer(t):
        a, e = m.span()
        form = m.group(0)
        for pre in (place + "政府", region + "特区政府", "特区政府", place, region):
            if t.endswith(pre, 0, a):
                a -= len(pre)
                break
        else:
            prev = t[a - 1] if a > 0 else "\n"
            if _NAME_CHAR.match(prev) and prev not in _NAME_END and prev not in _REGION_LEAD:
                continue   # glued to a word: not a name's start (国家药监局 is the nation's)
        if taken is not None and 1 in taken[a:e]:
            continue
        if form.startswith("立法会"):
            name, kind = place + form, "congress"
        else:
            name, kind = place + "政府" + forms[form], "bureau"
        out.append(Body(a, e, name, forms.get(form, form), kind, "province", region, place=place))
    return out


def _own_level_word(scope: Scope) -> str:
    """The word that names the document's own level in a relative name (县 of 县发改局, 区,
    市, 省), "" for a national document or one whose place is unknown."""
    if scope.district:
        return "区" if scope.district.endswith("区") else scope.district[-1] if scope.district[-1] in "县旗" else ""
    if not scope.city or scope.city == NATIONAL:
        return ""
    return "市" if scope.city_full.endswith("市") else "省" if scope.city_full.endswith("省") else ""


# what follows the letters of a document number (市政办|发〔2018〕72号, 区府办|〔2020〕3号): a
# number's letters read as a name end there, no body
_NUMBER_AFTER = re.compile(r"[发函字规]?[〔\[【(（﹝][ \t]*(?:19|20)\d{2}[ \t]*[〕\]】)）﹞]")
_NUMBER_AFTER_FIRST = frozenset("发函字规〔[【(（﹝")


def number_after(text: str, end: int) -> bool:
    """Does a document number's year bracket follow ``end`` (国办发〔2018〕, 京政办函[2020])? A name
    there is the letters of the number, no body's mention."""
    return text[end:end + 1] in _NUMBER_AFTER_FIRST and (
        _NUMBER_AFTER.match(text, end) is not None or _NUMBER_LETTER_AFTER.match(text, end) is not None)


# (a number's letter, then its year, the bracket after it lost: 国办发〔2018104号)
_NUMBER_LETTER_AFTER = re.compile(r"[发函字规][〔\[【(（﹝][ \t]*(?:19|20)\d{2}")
# a numbered area (第一区, 一区二区三区: a list's or a page's debris), not a district's name (二七区 is
# one: its whole stem is numerals)
_NUMBERED_AREA = re.compile(r"[^一二三四五六七八九十][一二三四五六七八九十]区$")
# a run of them (洲一区二区三区), a character of the word before glued to the first
_NUMBERED_AREAS = re.compile(r"[\u4e00-\u9fff]?(?:[一二三四五六七八九十]区)+")


def district_word(name: str) -> bool:
    """Could ``name`` (…区/…县, no city) be a district or county (云岩区, 滨海新区), not an area
    word (城市社区, 产业园区, 示范区), a numbered area (洲一区) or a phrase (已报经区)?"""
    return not (_NUMBERED_AREA.search(name) or _CORE_BAD.search(name) or _NOT_STEM_CHARS.search(name) or name.endswith(_NOT_DISTRICT_END)
                or _PROSE_VERB.search(name) or _VERBISH.search(name)   # 代表区人民政府, 转载沁县…: a verb before the place
                or _LEAD_IN_VERB.search(name)   # 充分征求区政府: a verb taking the body as its object
                or _MODAL.search(name)   # 确需要县政府协调: a modal verb before the body
                or name.startswith("自治")   # 自治县 alone is a kind of county, no county's name
                or name[0] == "个" or "县区" in name)   # 交由8个县区政府: counted counties and districts, a class


# verbs that take a body as their object (建议市X局, 鼓励市X局): a word, not a place, before 市
_PROSE_VERB = re.compile("建议|鼓励|责成|协助|督导|督办|通过|邀请|争取|加强|统筹|依靠|联系|对接|协同|抄送|通知|移交|交由|会商"
                         "|明确|确定|召开|参加|参与|提供|反馈|报告|汇报|接受|上报|做好|抓好|配套|涉及|包括|确保|即"
                         "|成立|设立|组建|建立|撤销|保留|设置|实现|代行|代表|现有|来源"
                         # 完成市委、市政府交办的事项, 服从市委统一部署, 听取区政府意见: a verb before the body
                         "|完成|服从|听取")


_PROSE_VERB_END = re.compile("(?:" + _PROSE_VERB.pattern + ")$")
_LEAD_WORD = frozenset("由与及向对将为从以在于被把")   # function words that stop a name run (_RUN_STOP)


def prose_city(before: str) -> bool:
    """Is ``before`` (the text up to a 市) a verb and a city's two-character stem (建议梧州 in
    建议梧州市经济和信息化局)? A city named in running text after a verb that takes a body as its
    object is that city, known to a list or not; the stem is place-like, no verb itself (建议市…)
    and not the word 城市 (超大城市)."""
    stem = before[-2:]
    return (len(before) >= 3 and cjk_pair(stem) and place_stem(stem)
            and not _PROSE_VERB.search(stem) and not stem.endswith("城") and stem[-1] not in _NAME_END
            and bool(_LEAD_IN.search(before, 0, len(before) - 2) or _PROSE_VERB_END.search(before, 0, len(before) - 2)))


def _city_in_prose(text: str, p: int, stem: str, lvl: str, scope: Scope) -> bool:
    """The stem at ``p`` of a run starts a city named in prose (see prose_city)."""
    return lvl == "市" and (len(stem) == 2 or stem in scope.named) and prose_city(text[max(0, p - 4):p] + stem[-2:]) \
        and (len(stem) == 2 or place_stem(stem))


def cjk_pair(stem: str) -> bool:
    """Are both characters of a two-character ``stem`` Chinese? (Two comparisons each: asked
    of the stem before every 市 a catalog form opens with, where a generator was the cost.)"""
    return "\u4e00" <= stem[0] <= "\u9fff" and "\u4e00" <= stem[1] <= "\u9fff"


def place_stem(stem: str) -> bool:
    """Could ``stem`` + 市/省 be a place name (德阳, 六盘水), not a word before 市 (按照市委,
    各设区市, 落实市政府)?"""
    if stem in gazetteer.PREFECTURES:
        return True   # 日照, 个旧: a city's name, whatever character it starts with
    return not (stem in NOT_A_PLACE_STEM or _NOT_STEM_CHARS.search(stem) or _VERBISH.search(stem)
                or _LEAD_IN.search(stem) or _MODAL.search(stem) or stem[0] in "市区县省镇乡村年月日个")


# what makes a government's name the head of a class of its departments (市政府各委、办、局,
# 区政府有关部门, 县政府所属单位, 旗政府相关委办局)
_DEPARTMENTS_AFTER = re.compile(r"(?:各|有关|所属|相关|直属|组成|工作)(?:[\u4e00-\u9fff]{0,4}(?:部门|单位|机构|委|办|局))|部门")


_SESSION = re.compile(r"第?[一二三四五六七八九十\d]{1,3}次(?:全体)?会议")


def session_after(text: str, end: int) -> bool:
    """Does a session follow the body ending at ``end`` (市十四届人大五次会议)? Then the body is
    named as the congress whose session a title is about, not as the title's issuer."""
    return _SESSION.match(text, end) is not None


def departments_after(text: str, end: int) -> bool:
    """Does a government's name ending at ``end`` open a class of its departments (区政府各委、办、局)?"""
    return _DEPARTMENTS_AFTER.match(text, end) is not None


_PERSON_TITLES = ("委员", "书记", "副书记", "常委", "主任", "副主任", "成员", "局长", "厅长", "主席", "秘书长", "处长", "部长")
_PERSON_TITLE_FIRST = frozenset(t[0] for t in _PERSON_TITLES)   # (a set test before the tuple's startswith)
_WORD_BEFORE = {"局": "布格当开破结大全棋变赛饭骗邮平", "委": "党常编", "办": "承举创督主协合兴开停代包查难帮",
                "厅": "客餐大展门舞歌"}


def _suffix_info(suffix: str) -> tuple[bool, bool, str]:
    """What _body_at asks of a suffix at each hit (``_SUFFIX_INFO``): is it a government's name, is
    it of two characters at most (a person's title may follow it), and the characters before a
    one-character suffix that make a word of it (布局, 党委), "" for any other suffix."""
    return suffix in _GOVERNMENT_SUFFIXES, len(suffix) <= 2, _WORD_BEFORE.get(suffix, "") if len(suffix) == 1 else ""
_OFFICE_HEADS = ("主任", "副主任")   # after an office's short name (X办主任): its head, the office named
_TOWN_NOT_END = set("小城乡村集古名强大新老本该每全各两三四五六七八九十个")
_CONJUNCTION = re.compile("[和与及或]")
_OFFICE_NOT_END = set("个各全每本该两三四五六七八九十")   # (新城街道办事处 is one: 城/新 may end its name)
_TOWN_NOT = {"重点", "特色", "城关", "示范", "中心", "乡村", "集镇", "建制"}
_MUNICIPAL = frozenset(("北京", *gazetteer.MUNICIPALITIES))


def district_names(catalog_districts: list[tuple[str, str, list[str], str]]) -> tuple[list[tuple[str, str, str]], dict[str, str]]:
    """(alias, id, kind) longest first, and id → canonical name, from the catalog's
    District entries given as (id, name, aliases, kind)."""
    places: list[tuple[str, str, str]] = []
    canon: dict[str, str] = {}
    for did, name, aliases, kind in catalog_districts:
        canon[did] = name
        for a in {name, *aliases}:
            if len(a) >= 2:
                places.append((a, did, kind))
    places.sort(key=lambda x: -len(x[0]))
    return places, canon


AUTONOMOUS_REGIONS = _AUTONOMOUS = {"内蒙古": "内蒙古自治区", "广西": "广西壮族自治区", "西藏": "西藏自治区", "宁夏": "宁夏回族自治区",
               "新疆": "新疆维吾尔自治区"}
_SAR = frozenset(gazetteer.REGIONS)


@lru_cache(maxsize=1024)
def full_place(place: str, provinces: frozenset[str]) -> str:
    """天津 → 天津市, 河北 → 河北省, 广西 → 广西壮族自治区 (the region's official name); a name
    that already ends in its level word is kept."""
    if place.endswith(("市", "省", "自治区", "特别行政区")):
        return place
    if place in _AUTONOMOUS:
        return _AUTONOMOUS[place]
    if place in gazetteer.AUTONOMOUS_PREFECTURES:
        return gazetteer.AUTONOMOUS_PREFECTURES[place][0]   # 甘南 → 甘南藏族自治州
    if place in _SAR:
        return place + "特别行政区"
    return place + ("省" if place in provinces else "市")


@lru_cache(maxsize=4096)
def named_body(place_full: str, form: str) -> tuple[str, str]:
    """(canonical name, written alias) of another place's body given by a short form:
    (天津市, 市卫生健康委) → (天津市卫生健康委员会, 天津市卫生健康委)."""
    rest = form[1:] if form[:1] in ("市", "省") else form
    if rest.startswith("委") and len(rest) > 2:   # 市委宣传部: an organ of the party committee
        return "中共" + place_full + "委" + party_organ(rest[1:]), place_full + rest
    return place_full + expand(rest), place_full + rest


def party_organ(form: str) -> str:
    """The official name of an organ of a party committee from its short form (统战部 →
    统一战线工作部, 编办 → 机构编制委员会办公室, 督查绩效办 → 督查绩效办公室)."""
    full = _PARTY_ABBREVIATIONS.get(form)
    if full:
        return full
    if form.endswith("办") and not form.endswith("政府办"):
        return form + "公室"
    return expand(form)


@lru_cache(maxsize=4096)
def scope_for(city: str, provinces: set[str], district: str = "", district_id: str = "",
              named: frozenset[str] = frozenset(), province: str = "") -> Scope:
    """The scope of a document of ``city`` ("" when unknown, NATIONAL for a national one:
    then relative names such as 市科技局 or 区政府 name no one body); ``province``: the
    full name of a city's province (its 省政府). Memoised: a pure function of its arguments
    (``provinces`` is a frozenset, as full_place requires), and building a frozen Scope costs
    more than the lookup — documents of one city share it."""
    full = full_place(city, provinces) if city and city != NATIONAL else city
    return Scope(city=city, city_full=full, district=district, district_id=district_id, named=named, province=province)


# The province of each city known by name (graph/china_places.yaml); another city's
# province is the one its document names (菏泽 cites 《山东省人民政府办公厅…》).
CITY_PROVINCE = gazetteer.CITY_PROVINCE


def province_of(city: str, text: str, provinces: frozenset[str] | set[str]) -> str:
    """The full name of the province a city's document belongs to: the gazetteer's, else the
    one province the text names with 省 (none or several: "")."""
    if not city or city == NATIONAL or city in _MUNICIPAL or city in provinces:
        return ""
    known = CITY_PROVINCE.get(city) or gazetteer.PREFECTURES.get(city) \
        or gazetteer.AUTONOMOUS_PREFECTURES.get(city, ("", ""))[1]
    if known:
        return full_place(known, frozenset(provinces))
    rx = _province_rx(frozenset(provinces))
    named = {m.group(1) for m in rx.finditer(text, 0, 20000)}
    return full_place(named.pop(), frozenset(provinces)) if len(named) == 1 else ""


@lru_cache(maxsize=4)
def _province_rx(provinces: frozenset[str]) -> re.Pattern:
    return re.compile("(" + "|".join(sorted(provinces, key=len, reverse=True)) + ")(?:省|(?:壮族|回族|维吾尔)?自治区)")


def named_cities(text: str) -> frozenset[str]:
    """Stems the text names as X市 at least twice (places it is about, not words before 市)."""
    seen: dict[str, int] = {}
    for stem in _city_stems(text):
        seen[stem] = seen.get(stem, 0) + 1
    return frozenset(k for k, n in seen.items() if n >= 2 and place_stem(k))


# ---------------------------------------------------------------------------- jurisdiction

NATIONAL = "国家"   # the jurisdiction of a State Council or ministry document
# what a national document's head opens with: the State Council, a ministry or a national
# administration (国务院办公厅关于…, 食品药品监管局、海关总署第4号令, 国家卫生健康委 …)
_NATIONAL_CORE = re.compile(
    r"(?:国务院|中华人民共和国[\u4e00-\u9fff]{2,12}?(?:部|局|署|委员会)"
    r"|国家[\u4e00-\u9fff]{2,12}?(?:局|委员会|委|署)|海关总署|[\u4e00-\u9fff]{2,10}?总局(?![\u4e00-\u9fff]{0,3}[市省区])|"
    + "|".join(short for short, _ in _MINISTRIES) + r")")
# where a head names its issuer: a line's or field's start, not 党中央、国务院决策 inside a sentence
_ISSUER_START = re.compile(r"[\s:：#|>“\"]+")
# a national document's number: 国发〔2018〕43号, 国办发, 国函; a ministry's order (…总署第4号令).
# Each alternative opens with its literal (a fast scan), the character before is checked after.
_NATIONAL_NUMBER = re.compile(r"国(?<![\u4e00-\u9fff]国)(?:发|函|办发|办函)\s*[〔\[【(（]\s*(?:19|20)\d{2}"
                              r"|第(?<=[部局署委]第)\d{1,3}号令")
# a place named as the seat of a body (德阳市人民政府, 来源：六盘水市人民政府, 关键词 | 德阳市 人民政府):
# a 2-3 character stem right after a non-Chinese character or punctuation, then 市/省 and a body word
_ISSUER_PLACE = re.compile(   # (not after ，、: 代行市政府 inside a sentence)
    r"(?:(?<=[\s:：|#>（(\[【\d.．])|(?<=\d号)|^)(?!号)(" + "".join(f"{c}|" for c in _LONG_PREFECTURES)
    + r"[\u4e00-\u9fff]{2,3}?)(市|省)"
    r"(?![场民值])(?=\s*[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|局|厅|办公室|办公厅|委员会|委))", re.M)   # (洞察市场格局: 市场, no city)
# an autonomous prefecture named as the seat of a body at a line's or field's start (甘南州委办公室,
# 黔东南州人民政府办公室关于…, 来源：黔东南州人民政府网): its short name, 州 or its official name, a body word
_PREFECTURE_ISSUER = re.compile(
    r"(?:(?<=[\s:：|#>（(\[【])|^)(" + "|".join(sorted(gazetteer.AUTONOMOUS_PREFECTURES, key=len, reverse=True)) + r")"
    r"(?:州|[\u4e00-\u9fff]{0,8}?自治州)(?=\s*[\u4e00-\u9fff]{0,12}?(?:人民政府|政府|局|委员会|委|办公室))", re.M)
_ANY_CITY = re.compile(r"(?:(?<=[^\u4e00-\u9fff])|^|(?<=[在对与和及、年]))(" + "".join(f"{c}|" for c in _LONG_PREFECTURES)
                       + r"[\u4e00-\u9fff]{2,3}?)市(?![场民值])", re.M)
_LONG_SET = frozenset(_LONG_PREFECTURES)
_KNOWN_NAMES = frozenset((*gazetteer.PREFECTURES, *CITY_PROVINCE, *gazetteer.MUNICIPALITIES))
_KNOWN_TWO = frozenset(c for c in _KNOWN_NAMES if len(c) == 2)
# a Beijing document number (京政发〔2016〕44号, 京政办发, 京药监发); 北京 itself is found by str.find
_BEIJING_NUMBER = re.compile(r"京(?<![\u4e00-\u9fff]京)[\u4e00-\u9fff]{0,5}[〔\[【(（]\s*(?:19|20)\d{2}")
_LEVEL_CHARS = ("市", "省")
# a 市/省 two to four Chinese characters after what _ISSUER_PLACE's stem may follow (a blank, a
# field's mark, a digit, 号 — a superset of its lookbehinds; a line's start follows \n): the
# only 市/省 where that regex can end its place (fixed-width lookbehinds, one per stem length)
_LEVEL_AFTER_START = re.compile("[市省](?:" + "|".join(
    f"(?<=[\\s:：|#>（(\\[【\\d.．号][\u4e00-\u9fff]{{{n}}}[市省])" for n in (2, 3, 4)) + ")")
assert _ISSUER_PLACE.pattern.startswith(r"(?:(?<=[\s:：|#>（(\[【\d.．])|(?<=\d号)|^)")


# _NATIONAL_CORE without its one alternative that may open with any character (…总局): in a head
# without 总局 that alternative cannot match, and every other one opens with a character of
# _NATIONAL_FIRST; _NATIONAL_AFTER_START finds, in one C scan, the first end of a run of
# _ISSUER_START characters that opens a national body. (Runs do not overlap and such an end is the
# first position after a run character that holds none — every _NATIONAL_FIRST character is
# Chinese — so the first one is where a run character is followed by a national body.)
_ANY_BUREAU_GENERAL = r"|[\u4e00-\u9fff]{2,10}?总局(?![\u4e00-\u9fff]{0,3}[市省区])"
assert _ANY_BUREAU_GENERAL in _NATIONAL_CORE.pattern
_NATIONAL_NAMED_CORE = _NATIONAL_CORE.pattern.replace(_ANY_BUREAU_GENERAL, "")
_NATIONAL_FIRST = "".join(sorted({"国", "中", "海", *(short[0] for short, _ in _MINISTRIES)}))
_NATIONAL_BY_NAME = re.compile(_NATIONAL_NAMED_CORE)
_START_CHARS = r"[\s:：#|>“\"]"
assert _ISSUER_START.pattern == _START_CHARS + "+"
# the characters \s stands for in a str pattern (Py_UNICODE_ISSPACE: str.isspace; none lies above
# U+3000 — tests/extract/test_speed_equivalence_spb.py checks every code point), spelled out: a class
# of listed characters is one bitmap test per position, where \s asks each character's category
_WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())
assert not set(_NATIONAL_FIRST) & set(_WHITESPACE + ":：#|>“\"")
_NATIONAL_AFTER_START = re.compile("[" + re.escape(_WHITESPACE) + ":：#|>“\"]"
                                   "(?P<core>(?=[" + _NATIONAL_FIRST + "])(?:" + _NATIONAL_NAMED_CORE + "))")


def _national_at(head: str) -> int:
    """Where the head first names a national body at a line's or field's start, -1 if nowhere."""
    if "总局" not in head:
        # (= the loop below: the same positions, tried in order, by one regex scan)
        if _NATIONAL_BY_NAME.match(head):
            return 0
        m = _NATIONAL_AFTER_START.search(head)
        return m.start("core") if m else -1
    m = _NATIONAL_CORE.match(head)
    if m:
        return 0
    for b in _ISSUER_START.finditer(head):
        if _NATIONAL_CORE.match(head, b.end()):
            return b.end()
    return -1


_PREFECTURE_FIRST = re.compile("[" + "".join(sorted({p[0] for p in gazetteer.AUTONOMOUS_PREFECTURES})) + "]")


def _prefecture_issuer(head: str) -> re.Match | None:
    """``_PREFECTURE_ISSUER.search(head)``, tried only where a prefecture's name starts (the
    regex opens with assertions, so a plain search ran them at every position). Every match
    holds 州 (the short name's 州 or 自治州): a head without it (most) names none."""
    if "州" not in head:
        return None
    for c in _PREFECTURE_FIRST.finditer(head):
        m = _PREFECTURE_ISSUER.match(head, c.start())
        if m is not None:
            return m
    return None


def _issuer_place(head: str) -> tuple[int, str] | None:
    """(start, stem) of the first ``_ISSUER_PLACE`` match whose stem can be a place; the
    regex is tried only two and three characters before each 市/省 (four for a gazetteer's
    four-character city: 鄂尔多斯市) — and only at the 市/省 _LEVEL_AFTER_START finds (one C
    scan): at the others no start satisfies the regex's lookbehind."""
    if "市" not in head and "省" not in head:
        return None   # every match ends its place with 市 or 省 (most short texts name neither)
    last = 0
    ends = [k for k in (2, 3, 4) if head[k:k + 1] in _LEVEL_CHARS]   # (a name from the head's start)
    ends += [m.start() for m in _LEVEL_AFTER_START.finditer(head, 5)]
    for ks in ends:
        for start in (ks - 4, ks - 3, ks - 2):
            if start < last or start == ks - 4 and head[max(0, start):ks] not in _LONG_SET:
                continue
            m = _ISSUER_PLACE.match(head, start)
            if m is not None and m.end(2) == ks + 1:
                last = m.end()
                if place_stem(m.group(1)):
                    return m.start(), m.group(1)
                break
    return None


_CITED = re.compile(r"《[^《》\n]{0,120}》\s*(?:[(（][^()（）\n]{0,30}[)）])?|https?://\S+")   # a cited title with its number


_STEMS: tuple[str, list[str]] = ("", [])   # the last text seen and its city stems (the default window)
_STEMS_BEFORE: tuple[str, list[str]] = ("", [])   # the text seen before it (a document's own, then its source line)
_MARKET_WORDS = ("场", "民", "值")
# a 市 where a city's name of two to four Chinese characters (_ANY_CITY's stem) can end: one
# whose stem may start right after a non-Chinese character or one of 在对与和及 (_ANY_CITY's
# lookbehind; a line's start is after a non-Chinese \n). Every other 市 — most, in prose (城市,
# 全市, 市政府) — has no start _ANY_CITY accepts. (Fixed-width lookbehinds: one per stem length.)
_CITY_BEFORE = "在对与和及年"   # the Chinese characters _ANY_CITY's stem may follow (、 is no Chinese character)
assert _ANY_CITY.pattern.startswith(r"(?:(?<=[^\u4e00-\u9fff])|^|(?<=[在对与和及、年]))(")
_CITY_END = re.compile("市(?:" + "|".join(f"(?<=(?:[^\u4e00-\u9fff]|[{_CITY_BEFORE}])[\u4e00-\u9fff]{{{n}}}市)"
                                          for n in (2, 3, 4)) + ")")


def _city_stems(text: str, hi: int = 20000) -> list[str]:
    """``[m.group(1) for m in _ANY_CITY.finditer(text, 0, hi)]``, trying the regex only at
    the starts a 市 two or three characters on allows (a scan of every position was the
    costliest part of finding a document's jurisdiction), once per text. Only the 市 that
    _CITY_END finds (one C scan) are tried: at the others no start can satisfy the lookbehind.
    The last two texts are remembered (detect_jurisdiction asks of a document and of its
    source line, then the entity pass of the document again); another window is not."""
    global _STEMS, _STEMS_BEFORE
    latest, before = _STEMS, _STEMS_BEFORE   # (one read each: another thread may replace them)
    if hi == 20000:
        if latest[0] is text:
            return latest[1]
        if before[0] is text:
            return before[1]
    out: list[str] = []
    last = 0
    ends = [k for k in (2, 3, 4) if k < hi and text[k:k + 1] == "市"]   # (a name from the text's start)
    ends += [m.start() for m in _CITY_END.finditer(text, 5, hi)]
    for k in ends:
        if text[k + 1:k + 2] in _MARKET_WORDS:   # 规范市场, 市民: no city
            continue
        # a known two-character city first (2024年铜仁市, 在铜仁市: not 年铜仁/在铜仁), unless the
        # three characters are a known name themselves
        starts = (k - 2, k - 3) if text[k - 2:k] in _KNOWN_TWO and text[k - 3:k] not in _KNOWN_NAMES else (k - 4, k - 3, k - 2)
        for start in starts:
            if start == k - 4 and text[start:k] not in _LONG_SET:
                continue   # (four characters only for a gazetteer's name: 鄂尔多斯市)
            if start >= last:
                m = _ANY_CITY.match(text, start, k + 1)
                if m is not None and m.end() == k + 1:
                    out.append(m.group(1))
                    last = m.end()
                    break
    if hi == 20000:
        _STEMS_BEFORE, _STEMS = latest, (text, out)
    return out


# a title line opening with a known city's name without 市 (泰州关于印发…的通知: a reprint that dropped the
# issuer's 市人民政府): the city is the document's place, as 泰州市人民政府关于… would say
# (or a body of a zone named after the city: 中共泰州医药高新技术产业开发区工作委员会关于…; never the province's
# 吉林省…, nor X市, which _ISSUER_PLACE reads)
_TITLE_CITY = re.compile(r"^[ \t\u3000#]*(?:中共)?(" + "|".join(sorted((*gazetteer.PREFECTURES, *CITY_PROVINCE), key=len, reverse=True))
                         + r")(?:(?![省市])[\u4e00-\u9fff]{2,16}?(?:工作委员会|管理委员会|管委会))?关于", re.M)


# a web page's menu of places, one a line (切换地市: 南京市 / 无锡市 / 徐州市 …, 鼓楼区 / 玄武区 …): three
# lines or more holding nothing but a place's name are page debris, not the text's place
_MENU_LINE = re.compile(r"[ \t]*[\u4e00-\u9fff]{2,6}[市区县省][ \t]*\n")
_MENU_LINE_END = re.compile(r"[市区县省][ \t]*\n")   # (one C scan finds the candidates' ends)


def _blank_place_menus(head: str) -> str:
    """``head`` with every run of three or more lines holding only a place's name (a site's menu
    of places) blanked, line breaks kept (the next line still starts a line)."""
    if head.count("市\n") + head.count("区\n") + head.count("县\n") + head.count("省\n") < 3:
        return head   # (most heads: no three lines end so; a blank before the break is rare in a menu)
    lines: list[tuple[int, int]] = []
    for m in _MENU_LINE_END.finditer(head):
        ls = head.rfind("\n", 0, m.start()) + 1
        if _MENU_LINE.fullmatch(head, ls, m.end()):
            lines.append((ls, m.end()))
    if len(lines) < 3:
        return head
    runs: list[list[tuple[int, int]]] = [[lines[0]]]
    for a, b in lines[1:]:
        if a == runs[-1][-1][1]:
            runs[-1].append((a, b))
        else:
            runs.append([(a, b)])
    for run in runs:
        if len(run) >= 3:
            a, b = run[0][0], run[-1][1]
            head = head[:a] + "".join(c if c == "\n" else "\x00" for c in head[a:b]) + head[b:]
    return head


def _title_city(head: str) -> re.Match | None:
    """``_TITLE_CITY.search(head)``, tried only at the starts of the lines that hold 关于."""
    k = head.find("关于")
    while k != -1:
        ls = head.rfind("\n", 0, k) + 1
        m = _TITLE_CITY.match(head, ls)
        if m is not None:
            return m
        nl = head.find("\n", k)
        if nl == -1:
            return None
        k = head.find("关于", nl)
    return None


# a title line that opens with its province and then names a city of it with 市 ((湖北省)2023年咸宁市…,
# 四川省遂宁市关于…, 【安徽省】池州市…): the city's document, filed under its province
_PROVINCE_LINE_CITY = re.compile(
    r"(?m)^[ \t\u3000#]*[(（【\[]?(?P<p>" + "|".join(sorted(gazetteer.PROVINCES, key=len, reverse=True))
    + r")(?:省|(?:壮族|回族|维吾尔)?自治区)?[)）】\]]?[ \t\u3000]*(?:(?:19|20)\d{2}年度?)?(?P<c>"
    + "|".join(sorted(gazetteer.PREFECTURES, key=len, reverse=True)) + r")市(?![场民值])")


def _province_line_city(head: str, province: str) -> str:
    """The prefecture-level city of ``province`` that a head line opening with the province
    names next, with 市 (only a year between): the line is the city's title, the province its
    filing; a city named further into a province's line (湖北省人民政府关于同意咸宁市…) is not."""
    for m in _PROVINCE_LINE_CITY.finditer(head):
        if m.group("p") == province and gazetteer.PREFECTURES.get(m.group("c")) == province:
            return m.group("c")
    return ""


def _blank(m: re.Match) -> str:
    return "\x00" * (m.end() - m.start())   # no space: a masked title is no line or field start


def detect_jurisdiction(text: str, cities: tuple[str, ...] | list[str], provinces: frozenset[str] | set[str]) -> str:
    """The place a document belongs to: 北京, another city or province (天津, 贵州), NATIONAL
    for a State Council or ministry document, or "" when the text does not say.

    The document's head decides: the first of the bodies or place marks it opens with
    (德阳市人民政府 → 德阳; 国务院 / 海关总署 → national; 京政发〔…〕 → Beijing). Titles it cites
    (《贵州省人民政府办公厅关于…》) and URLs never count: they name other documents. Failing
    that, a known city named in the head, then the city the text names most; a province
    when that is all the text gives; never Beijing by default. A remark in the source line's
    brackets (来源：site（转载X市…） URL) is no evidence: it is blanked first."""
    site = source_site(text)
    if site:
        text = site + text[len(site):]   # the source line opens the text (source_line matches at 0)
    head = _CITED.sub(_blank, text[:1000])
    if "\n" in head:
        head = _blank_place_menus(head)   # a site's menu of places (one a line) names no place of the text
    found: list[tuple[int, str]] = []
    place = _issuer_place(head)
    if place is not None:
        found.append(place)
    pref = _prefecture_issuer(head)
    if pref is not None:
        found.append((pref.start(), pref.group(1)))
    if "关于" in head:
        titled = _title_city(head)
        if titled is not None:
            found.append((titled.start(1), titled.group(1)))
    nat = _national_at(head)
    if nat < 0:
        num = _NATIONAL_NUMBER.search(head)
        nat = num.start() if num else -1
    if nat >= 0:
        found.append((nat, NATIONAL))
    bj = head.find("北京", 0, 600)
    number = _BEIJING_NUMBER.search(head, 0, bj if bj >= 0 else 600)
    if number is not None:
        bj = number.start()
    if bj >= 0:
        found.append((bj, "北京"))
    city_rx = _city_rx(tuple(cities))
    for known in city_rx.finditer(head, 0, 600):
        found.append((known.start(), known.group(1)))
        if known.group(1) not in provinces:
            break   # (the first province, and the first city: 湖北省武汉市 → 武汉)
    if found:
        first = min(found)[1]
        if first not in provinces:
            return first
        province = first
        # (湖北省)武汉市…: a city of that province named in the head is more precise — unless the
        # head opens with the province's own body (湖南省人民政府办公厅关于…) and the city stands
        # elsewhere: its capital named in an item below (长沙海关, 长沙市人民政府 as a listed unit) is
        # a unit it addresses, not its place
        cities = [(k, c) for k, c in sorted(found) if c not in provinces and c != NATIONAL
                  and (CITY_PROVINCE.get(c) or gazetteer.PREFECTURES.get(c)) == province]
        own_end = place[0] + len(place[1]) + 1 if place is not None and place[1] == province and min(found) == place else -1
        city = next((c for k, c in cities if own_end < 0 or k - own_end <= 2), "")
        if city:
            return city
        city = _province_line_city(head, province)
        if city:
            return city
    else:
        province = ""
    named: dict[str, int] = {}
    for stem in _city_stems(text):
        if place_stem(stem):
            named[stem] = named.get(stem, 0) + 1
    most = max(named, key=named.get) if named else ""
    if most and named[most] >= 2:
        # a city of that province (贵阳市云岩区 under 贵州省) is more precise than the province
        return most
    if province:
        return province
    region = _own_region(text)
    if region:
        return region
    # a known city the text names without 市 (本市 documents of Shanghai: 在沪, 上海科创办)
    counts = {c: text.count(c) for c in _counted_cities(tuple(cities), frozenset(provinces))}
    if any(counts.values()):   # (most texts name none of them: no max to take)
        return max(counts, key=counts.get)
    # no city or province named anywhere, but a Beijing district or zone is (a district
    # bureau's measures: 在昌平区建设…): the document is Beijing's, the service's home city
    if _BEIJING_PLACE_SCAN.search(text):
        return "北京"
    found_once = _named_once(text, named, provinces, head)
    # nothing names a city, a province or a number, but the text speaks of the capital as its
    # own (首都食用农产品, 进京产品, 在京企业): only Beijing's own documents say so of themselves
    if not found_once and _CAPITAL.search(text, 0, 20000):
        return "北京"
    return found_once


# (every alternative opens with a literal — 进京|来京…, not (?:进|来…)京 — and each lookbehind stands
# after its literal: the engine skips the other characters in C. So do _OWN_REGION_ORGAN,
# _LEAGUE_WORD, _PROVINCE_NUMBER, _RELATIVE_PROVINCE and _BEIJING_PLACE_SCAN, which detect_jurisdiction
# runs over whole texts)
_CAPITAL = re.compile(r"首都(?!之窗)|进京(?![津冀剧])|来京(?![津冀剧])|在京(?![津冀剧])|驻京(?![津冀剧])|返京(?![津冀剧])")


# the text speaks of its own autonomous region's organs (自治区党委、自治区人民政府, 自治区卫生健康委),
# not of a class of them (各省、自治区人民政府, 省、自治区、直辖市)
_OWN_REGION_ORGAN = re.compile(r"自治区(?<![、各省]自治区)(?:党委|人民政府|政府|[\u4e00-\u9fff]{1,6}?(?:厅|局|委员会|委(?![员托])))")
_REGION_SHORT = re.compile("|".join(_AUTONOMOUS))


def _own_region(text: str) -> str:
    """The autonomous region of a text that writes its organs as 自治区X (自治区党委, 自治区科技厅)
    and names its region only by the short name (推进宁夏中药材产业…, 广西中医药…规划): the one
    region it names so. A region's own texts say 自治区 of themselves as a province's say 省."""
    if "自治区" not in text or _OWN_REGION_ORGAN.search(text, 0, 20000) is None:
        return ""
    named = set(_REGION_SHORT.findall(text, 0, 20000))
    if not named and _LEAGUE_WORD.search(text, 0, 20000):
        return "内蒙古"   # its leagues and banners (各盟行政公署, 旗县): divisions only Inner Mongolia has
    return named.pop() if len(named) == 1 else ""


# the divisions only Inner Mongolia has: 盟 (a league: 各盟行政公署, 盟市), 旗 (a banner: 旗县), 苏木 and
# 嘎查 (its townships and villages) — not 联盟市场 / 加盟市场, and 苏木 only as a township word
# (苏木乡镇, 苏木（乡镇）): alone it is a medicinal wood (肉桂、苏木、鸡血藤) that any region's text names
_LEAGUE_WORD = re.compile(r"盟(?<![联加同结]盟)(?:行政公署|市)|旗县|苏木(?:乡镇|[(（]乡镇)|嘎查")


# a province's own document number (鄂政发〔2018〕26号, 苏卫发…): the one-character name of a
# province at a line's or field's start; 宁, 青, 新, 吉, 云, 贵 also open cities' numbers (南京,
# 青岛, 新乡, 吉林市, 云浮, 贵阳): left out
_PROVINCE_ABBR = {"冀": "河北", "晋": "山西", "蒙": "内蒙古", "辽": "辽宁", "黑": "黑龙江", "苏": "江苏", "浙": "浙江",
                  "皖": "安徽", "闽": "福建", "赣": "江西", "鲁": "山东", "豫": "河南", "鄂": "湖北", "湘": "湖南",
                  "粤": "广东", "桂": "广西", "琼": "海南", "川": "四川", "黔": "贵州", "滇": "云南", "藏": "西藏",
                  "陕": "陕西", "甘": "甘肃"}
# (the abbreviation first, then what stands before it: a line's start, a blank or a colon — ^ of
# re.M is the text's start or a \n, one of \s)
_PROVINCE_NUMBER = re.compile(r"([" + "".join(_PROVINCE_ABBR) + r"])(?<![^\s:：].)[\u4e00-\u9fff]{1,4}[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号", re.M)
_RELATIVE_PROVINCE = re.compile(r"省(?<![\u4e00-\u9fff]省)(?:人民政府|政府|委|[\u4e00-\u9fff]{1,8}?(?:厅|局|委员会|委))")


# a city's party committee or government named after the province's, in the chain of the bodies
# whose line a document follows (中央、省委、随州市委人才工作会议精神)
_SUPERIOR_CITY = re.compile(r"省(?:委|政府|人民政府)[、和及与][ \t\u3000]*([\u4e00-\u9fff]{2,3}?)市(?:委|政府|人民政府)")


def _named_once(text: str, named: dict[str, int], provinces: frozenset[str] | set[str], head: str | None = None) -> str:
    """The place of a text that never names its own (a page's excerpt, a repost whose only
    place is its source line: 来源：淮安市人民政府 https://…): the one city it names with 市 anywhere,
    even once; else a province's own document number (鄂政发〔2018〕26号); else, when it speaks
    of its 省X厅, the one province it names. ``head``: detect_jurisdiction's (the same text's
    first 1000 characters with cited titles blanked), not blanked again."""
    cities = {c for c in named if c in CITY_PROVINCE or c in gazetteer.PREFECTURES or c in _MUNICIPAL}
    if cities and "省委" in text:
        # 贯彻中央、省委、随州市委…精神: a city named only in the chain of the bodies above the text's
        # own (a county-level city's or a county's document) is not its place
        above: dict[str, int] = {}
        for m in _SUPERIOR_CITY.finditer(text, 0, 20000):
            above[m.group(1)] = above.get(m.group(1), 0) + 1
        cities = {c for c in cities if named.get(c, 0) > above.get(c, 0)}
    for stem in _city_stems(text[:text.find("\n") + 1 or len(text)]):   # the source line's (remarks blanked)
        if place_stem(stem) and stem not in provinces:
            cities.add(stem)
    if len(cities) == 1:
        return next(iter(cities))
    if cities:
        return ""
    if head is None:
        head = _CITED.sub(_blank, text[:1000])
    number = _PROVINCE_NUMBER.search(head)
    if number is not None:
        return _PROVINCE_ABBR[number.group(1)]
    if _RELATIVE_PROVINCE.search(text, 0, 20000):
        found = {m.group(1) for m in _province_rx(frozenset(provinces)).finditer(text, 0, 20000)}
        if not found:
            # no province written with 省 either: the one province the text names bare (具有贵州特色)
            found = {m.group(0) for m in _bare_province_rx(frozenset(provinces)).finditer(text, 0, 20000)}
        if len(found) == 1:
            return found.pop()
    return ""


@lru_cache(maxsize=4)
def _bare_province_rx(provinces: frozenset[str]) -> re.Pattern:
    return re.compile("|".join(sorted(provinces, key=len, reverse=True)))


# Beijing's districts whose names are used nowhere else and its zones (亦庄, 中关村), from the
# catalog's District entries (beijing.py): only consulted when a text names no city or
# province at all. A district whose entry states a shared_name (朝阳区, 通州区, 东城区,
# 西城区: 长春, 南通, a town's eastern part …) is left out.
_BEIJING_PLACE = re.compile(
    "(?:" + "|".join(s for s in beijing.DISTRICT_STEMS if s not in beijing.SHARED_STEMS) + ")区|"
    + "|".join(beijing.ZONE_STEMS))
# the same alternatives each opening with its literal (海淀区|丰台区|…|亦庄|中关村), as searched: the
# engine skips the other characters in C (a group first was tried at every position)
_BEIJING_STEMS = [s for s in beijing.DISTRICT_STEMS if s not in beijing.SHARED_STEMS]
assert _BEIJING_STEMS and all(beijing.ZONE_STEMS)
_BEIJING_PLACE_SCAN = re.compile("|".join(s + "区" for s in _BEIJING_STEMS) + "|" + "|".join(beijing.ZONE_STEMS))


@lru_cache(maxsize=8)
def _counted_cities(cities: tuple[str, ...], provinces: frozenset[str]) -> tuple[str, ...]:
    """北京 and the first twelve known cities that are no province: the names detect_jurisdiction
    counts in a text that names no place with 市/省 (once per list, not once per text)."""
    return ("北京", *[c for c in cities if c not in provinces][:12])


@lru_cache(maxsize=8)
def _city_rx(cities: tuple[str, ...]) -> re.Pattern:
    # (an autonomous region names itself with its own word: 宁夏回族自治区卫生健康委关于…)
    return re.compile(r"(" + "|".join(sorted(cities, key=len, reverse=True)) + r")(?:市|省|(?:壮族|回族|维吾尔)?自治区|特别行政区)")


def city_named(text: str, provinces: frozenset[str] | set[str]) -> str:
    """The one city (not a province) the text names with 市, "" when none or several: a
    district's document names its own city (健康云岩 cites 《贵阳市…》)."""
    named = {stem for stem in _city_stems(text) if place_stem(stem)}
    named -= set(provinces)
    if not named:
        # a county of an autonomous prefecture names the prefecture (大理白族自治州, 楚雄州), not a 市
        named = {m.group(1) for m in _prefecture_rx().finditer(text, 0, 20000)}
    return next(iter(named)) if len(named) == 1 else ""


@lru_cache(maxsize=1)
def _prefecture_rx() -> re.Pattern:
    """An autonomous prefecture by its short name and 州, or its official name (大理白族自治州)."""
    return re.compile("(" + "|".join(sorted(gazetteer.AUTONOMOUS_PREFECTURES, key=len, reverse=True)) + r")"
                      r"(?:州|[\u4e00-\u9fff]{0,8}?自治州)")


# the source line a saved page opens with: 来源/信息来源/稿源 then the site, ending with its URL
_SOURCE_LINE = re.compile(r"[ \t#]*(?:信息)?(?:来源|稿源)[ \t]*[:：][^\n]{0,120}?https?://[^\s]+[ \t]*(?:\n|$)")


def source_line(text: str) -> tuple[int, int] | None:
    """The span of the page's opening source line (来源：<site> <URL>), None when it has none."""
    m = _SOURCE_LINE.match(text)
    return m.span() if m else None


# what a source line says beyond its site: a remark in brackets (（转载X区…）, (非政府网站)) and
# a URL's path; both are blanked, the site's name and the URL's domain stay
_SOURCE_REMARK = re.compile(r"[（(][^（）()\n]*[）)]|(?<=[^/:\s])/[^\s]*")


def source_site(text: str) -> str:
    """The page's opening source line as evidence of who published it: the line with its
    bracketed remarks and URL path blanked (same length, so offsets hold), "" when it has none.
    A 来源 field names the site (来源：X区人民政府); a remark after it is someone's comment."""
    src = source_line(text)
    if src is None:
        return ""
    return _SOURCE_REMARK.sub(lambda m: " " * (m.end() - m.start()), text[src[0]:src[1]])
