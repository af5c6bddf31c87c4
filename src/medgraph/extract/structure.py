"""Document structure: policy metadata, sections and numbered measures.

Works on the normalized (simplified, page-break-repaired, half-width-bracket) text and
returns spans in that text; callers map spans back to the original for evidence.

Numbering styles: 一、, (一)/（一）, 1./1．/１．/1、, (1), 第一条, 一是/二是. Official documents
nest them in that order (GB/T 9704: 一、 > （一） > 1. > （1））, so which level holds the
measures is decided by the shape of the document, not by its words:

* each style's markers form *lists* numbered 1, 2, 3, … (a marker numbered 1 starts a new
  list, so a page's metadata list ``1.[主题分类] … 8.[发文字号]`` never chains into the real
  list that follows); metadata items (``[成文日期]…``, ``索引号：…``) are no markers at all;
* a style whose lists each sit inside one item of another style is a sub-level
  (``（1）`` items stay inside their measure);
* ``一、`` items are the measures when they act — most of them carry owner annotations
  (``（责任单位：…）``, ``牵头单位：``) or no deeper numbering sits below them — and sections
  when they frame deeper items;
* framing headings (指导思想, 基本原则, 保障措施 … as a whole heading) are never measures,
  nor are the items of goal/principle sections;
* lists of two count; numbering that restarts in each section keeps every list (each
  measure then has a ``key`` ``<section>-<number>``, unique in the document).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from medgraph.textnorm import ATTACH_LINE
from medgraph.textutil import cn_to_int, int_to_cn, lines_holding, matches_before
from medgraph.extract.owners import OWNER_LABELS
from medgraph.extract.tables import column_kind, find_tables

CN = "一二三四五六七八九十百零〇两"
CIRCLED = "\u2474-\u2487\u2460-\u2473"   # ⑴…⒇ and ①…⑳ (a character class range)
MIN_RUN = 2  # a list of two measures is a list

# Each style: regex whose group "n" is the number; matches must start a line or follow
# sentence punctuation/whitespace so that numbers inside sentences are not markers.
_LEAD = r"(?:(?<=^)|(?<=[\n\s。；;：:]))"
STYLES: dict[str, re.Pattern] = {
    # (一) and (1); a line may open with the closing bracket alone (一）, 1）: word processors' numbering)
    "paren_cn": re.compile(_LEAD + rf"[#*\s]*(?:\((?P<n>[{CN}]{{1,4}})|(?<![^\n#*\s])(?P<h>[{CN}]{{1,4}}))\)", re.M),
    "paren_arabic": re.compile(_LEAD + r"[#*\s]*(?:\((?P<n>\d{1,3})|(?<![^\n#*\s])(?P<h>\d{1,3}))\)", re.M),
    # 11.121人才梯队项目: a number glued to digits is a marker only where it continues a list
    # (``weak``: it never starts one; 1.25万亿元 stays a number)
    # 1。夯实… (an ideographic full stop after a number opening a line) is a marker too
    "arabic_dot": re.compile(_LEAD + r"[#*\s]*(?P<n>\d{1,3})(?:[.．](?!\d)|、|(?<=\n\d)[.．。]|(?<=\n\d\d)[.．。])", re.M),
    # 第一章总则第一条…: articles run into the text follow any character but a citation's
    # (《…》第五条, 本条例第三条规定, 第三条、第四条)
    "article": re.compile(rf"(?:(?<=^)|(?<=[\n\s。；;：:])|(?<=[\u4e00-\u9fff])(?<![》法例令款项本及和或至、第]))"
                          rf"[#*\s]*第(?P<n>[{CN}\d]{{1,4}})条(?!规定|之|的|中|所|和|、|至|或|及|第|[（(])", re.M),
    "cn_shi": re.compile(rf"(?:(?<=^)|(?<=[\n\s。；;，,：:]))(?P<n>[{CN}]{{1,3}})是(?=[^是])", re.M),
    "cn_dun": re.compile(_LEAD + rf"[#*\s]*(?P<n>[{CN}]{{1,3}})、", re.M),
    # ⑴⑵⑶ / ①②③: one character each, the deepest level of official numbering (below (1))
    # — at a line's start (or after a blank, a page that lost its breaks): inside a sentence
    # (包括：①…；②…, 。⑴…；⑵…) they enumerate the parts of one item, not items
    "circled": re.compile(r"(?:(?<=^)|(?<=\s))" + rf"[#*\s]*(?P<n>[{CIRCLED}])", re.M),
}
# nesting order of official documents (GB/T 9704): a lower rank is an outer level
RANK = {"cn_dun": 0, "article": 0, "paren_cn": 1, "arabic_dot": 2, "paren_arabic": 3, "circled": 4, "cn_shi": 5}
# Where a match of each style can get past its leading [#*\s]*: the marker's first
# character. A style regex starts with a lookbehind, so ``finditer`` runs it at every
# position of the text; ``_markers`` runs it only where this trigger sits.
_TRIGGER: dict[str, re.Pattern] = {
    # a marker's digits are a whole run (a digit inside a run follows a digit, which the
    # lookbehind refuses) followed by its punctuation
    "article": re.compile(rf"第[{CN}\d]{{1,4}}条"),
    "circled": re.compile(rf"[{CIRCLED}]"),
}
# Styles whose trigger is a maximal run of numerals (digits) ending with the marker's
# punctuation (一、, 一是, 12.): found from that punctuation (a search for one character,
# ten times faster than trying a character class at every position), the run walked back.
_TRIGGER_END: dict[str, tuple[re.Pattern, frozenset[str] | None]] = {
    # (一) / 一) and (1) / 1): from the closing bracket, the numerals walked back, then its "(" if any
    "paren_cn": (re.compile(rf"\)(?<=[{CN}]\))"), frozenset(CN)),
    "paren_arabic": (re.compile(r"\)(?<=\d\))"), None),
    "arabic_dot": (re.compile(r"[.．、。](?<=\d[.．、。])"), None),   # None: str.isdecimal (what \d matches)
    "cn_shi": (re.compile(rf"是(?<=[{CN}]是)"), frozenset(CN)),
    "cn_dun": (re.compile(rf"、(?<=[{CN}]、)"), frozenset(CN)),
}


_BRACKETED = frozenset(("paren_cn", "paren_arabic"))


_TRIGGERS: tuple[str, dict[str, list[int]]] = ("", {})   # the last text seen and its styles' trigger starts


def _trigger_starts(name: str, text: str) -> list[int]:
    """Starts of the trigger matches of a style (``_TRIGGER[name]``, or for a style of
    ``_TRIGGER_END`` the start of the numeral run before each end character), found once
    per text (the cn_dun triggers are asked for by the section scan, the goal-heading scan
    and the 一、 markers of the same text). The list is shared: callers do not change it."""
    global _TRIGGERS
    if _TRIGGERS[0] is not text:
        _TRIGGERS = (text, {})
    found = _TRIGGERS[1].get(name)
    if found is None:
        found = _TRIGGERS[1][name] = _find_triggers(name, text)
    return found


def _find_triggers(name: str, text: str) -> list[int]:
    if name in _TRIGGER:
        return [t.start() for t in _TRIGGER[name].finditer(text)]
    rx, chars = _TRIGGER_END[name]
    out = []
    for t in rx.finditer(text):
        q = t.start() - 1
        if chars is None:
            while q > 0 and text[q - 1].isdecimal():
                q -= 1
        else:
            while q > 0 and text[q - 1] in chars:
                q -= 1
        if name in _BRACKETED and q > 0 and text[q - 1] == "(":
            q -= 1
        out.append(q)
    return out


def _markers(name: str, text: str) -> list[re.Match]:
    r"""``list(STYLES[name].finditer(text))``, trying the style only where it can match.

    A match of a ``[#*\s]*``-led style starts somewhere in the run of ``#``/whitespace right
    before a trigger character; a cn_shi match starts where its trigger match starts. Trying
    those starts in text order, skipping any inside the previous match, finds exactly the
    non-overlapping leftmost matches ``finditer`` finds."""
    rx = STYLES[name]
    out: list[re.Match] = []
    last_end = 0
    lead_run = name != "cn_shi"
    for q in _trigger_starts(name, text):
        p = q
        if lead_run:
            while p > 0 and (text[p - 1] in "#*" or text[p - 1].isspace()):
                p -= 1
        for start in range(max(p, last_end), q + 1):
            m = rx.match(text, start)
            if m:
                out.append(m)
                last_end = m.end()
                break
        else:
            if q > last_end and text[q - 1:q] in (")", "）") and name in _GLUED and _closes_note(text, q):
                m = _GLUED[name].match(text, q)
                if m:
                    out.append(m)
                    last_end = m.end()
    return out


# A marker glued to the owner note that closes the item before it (…指导农户用药。(省农业农村厅
# 牵头)(2)加大…, a page that lost its line breaks): the note's closing bracket ends that item as a
# line break would. The style without its leading lookbehind reads the marker there.
_GLUED: dict[str, re.Pattern] = {k: re.compile(p.pattern[len(_LEAD):], p.flags) for k, p in STYLES.items()
                                 if p.pattern.startswith(_LEAD)}
_NOTE_REACH = 160   # an owner note in brackets is short


def _closes_note(text: str, q: int) -> bool:
    """Does the bracket closing at ``q - 1`` close an owner note (its opening bracket starts one)?"""
    lo = max(0, q - _NOTE_REACH)
    opening = max(text.rfind("(", lo, q - 1), text.rfind("（", lo, q - 1))
    return opening != -1 and bool(_notes_in(text, opening, opening + 2))


_SPACED_GOAL = re.compile(rf"^[#*\s]*(?P<n>[{CN}]{{1,3}})、(?P<title>[^\s，。,；;：:]{{2,12}})[ \t\u3000]+\S[^\n]{{40,}}$", re.M)
SECTION = re.compile(rf"^[#*\s]*(?P<n>[{CN}]{{1,3}})、(?P<title>[^\n]{{2,60}})$", re.M)
CHAPTER = re.compile(rf"^[#*\s]*第(?P<n>[{CN}\d]{{1,4}})(?:章|部分|篇)[ \t\u3000]*(?P<title>[^\n]{{2,40}})$", re.M)
DOC_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,8}[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号")
# the part of a DOC_NUMBER match from its bracket on (a rare character the engine scans for)
_DOC_NUMBER_TAIL = re.compile(r"[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号")
DATE_LINE = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$", re.M)
DATE_ANY = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
TITLE_IN_NOTICE = re.compile(r"(?:关于印发|现将|印发)《(?P<t>[^》]{4,80})》")
POLICY_WORDS = re.compile(r"(措施|举措|计划|方案|意见|办法|规定|通知|细则|规划|条例|政策|批复|决定|要点|清单|纲要|分工|预案)")
# the words that mark a press conference's transcript; counted by _speech_markers (no word
# overlaps another). Every alternative of the pattern opens with a literal character: the engine
# scans for those in C (a (?=…) guard in front would hide them from it and make it try every position)
_SPEECH_WORDS = ("主持人", "发布会", "记者:", "记者：", "新闻发言人")
SPEECH_MARKERS = re.compile("(" + "|".join(_SPEECH_WORDS) + ")")


@dataclass
class Measure:
    number: int
    number_text: str
    heading: str
    start: int          # span of the whole measure (marker .. end of body) in normalized text
    end: int
    heading_start: int
    heading_end: int
    body_start: int
    section: str = ""
    key: str = ""       # unique in the document: "17", or "2-3" when numbering restarts per section


@dataclass
class Section:
    number: int
    title: str
    start: int
    end: int


@dataclass
class Structure:
    title: str = ""
    title_span: tuple[int, int] | None = None
    doc_number: str = ""
    doc_number_span: tuple[int, int] | None = None
    date: str = ""
    kind: str = "article"            # measures | action_plan | press_conference | article | ...
    is_policy: bool = False
    style: str = ""
    sections: list[Section] = field(default_factory=list)
    measures: list[Measure] = field(default_factory=list)
    issuer_region: tuple[int, int] = (0, 0)   # where issuing bodies are listed
    tables: list = field(default_factory=list)  # task-division tables (tables.Table) whose rows are measures
    # the numbered items found in a text structure alone does not call a policy (no title near
    # the top, no issuing words, few owner notes): they are its measures when identity.py
    # finds the text to be its own official document after all (a report, an untitled page)
    candidates: list[Measure] = field(default_factory=list)


# ---------------------------------------------------------------------------- what is no measure

# Field names of the metadata block government web pages put above a document (索引号,
# 发文字号 …): an item that is one of these fields is page furniture, never a measure.
_META_KEYS = (
    "索引号|主题分类|主题词|发文机关|发文机构|发布机构|成文日期|发布日期|印发日期|发文日期|发文字号|文号|字号|"
    "生效日期|实施日期|施行日期|失效日期|废止日期|有效性|时效性|公文种类|文种|体裁分类|信息来源|来源|所属机构|"
    "信息分类|组配分类|服务对象|内容分类|发布时间|浏览次数|标题|名称|主题|分类|"
    # contact block of a consultation notice (1.电子邮箱：… 2.通讯地址：… 3.联系电话：…)
    "电子邮箱|电子邮件|邮箱|通讯地址|通信地址|联系地址|地址|邮编|邮政编码|联系电话|电话|传真|联系人|网址"
)
_META_FIELD = re.compile(rf"[ \t]*(?:(?P<key>(?:{_META_KEYS})[ \t]*[:：])|[\[【〔][ \t]*[^\]】〕\n]{{1,12}}[ \t]*[\]】〕])")
# a bracketed field naming a key no item heading uses ([发文字号]…, 【成文日期】…): metadata however long the line
# runs (a page flattened to one line runs every field and the text after them into it)
_META_BRACKET = re.compile(r"[ \t]*[\[【〔][ \t]*(?:索引号|主题分类|发文机关|发文机构|发布机构|成文日期|发布日期|印发日期|发文日期"
                           r"|发文字号|生效日期|实施日期|施行日期|失效日期|废止日期|有效性|时效性|公文种类)[ \t]*[\]】〕]")
_META_FIRST = frozenset(" \t[【〔" + "".join(k[0] for k in _META_KEYS.split("|")))  # a field starts with one of these
_META_LINE = re.compile(rf"^[ \t#]*(?:\d{{1,2}}[.．、][ \t]*)?(?:(?:{_META_KEYS})[ \t]*[:：]|[\[【][^\]】\n]{{1,12}}[\]】])[^\n]*$", re.M)

# Owner annotations: an item carrying one acts (it is a measure).
_UNIT_END = r"(?:局|委|厅|办|室|政府|委员会|院|部|署|中心|会|团|行|处)"
_OWNER_WORDS = ("牵头责任", "责任", "牵头", "配合", "负责", "主责", "协办", "参与")
_OWNER_LABEL_TAIL = r"(?:单位|部门)(?:[和及、/](?:单位|部门))?[ \t]*[:：]"
_OWNER_PAREN = r"[^（）()\n]{2,80}?(?:牵头|负责|主办)[^（）()\n]{0,60}[）)]"  # (A主办，B协办: owners.py)
_OWNER_UNITS = r"(?:[\u4e00-\u9fff]{1,14}?" + _UNIT_END + r"[、，,][ \t]*){1,}[\u4e00-\u9fff]"
# One flat alternation, every branch opening with a literal character, so the engine scans for
# those characters in C (a (?=[…]) guard in front made it enter the pattern at every position).
# Same matches, branch for branch, as the guarded form (pinned in test_speed_guards_s7c.py):
#   (?=[责牵配负主实协参（(])(?:(?:主要)?(?:words)TAIL|(?:责任主体|实施主体)[ \t]*[:：]
#   |[（(]PAREN|(?<=[。；;])[ \t]*[（(]UNITS)
# Under the guard a note never opens on a blank, so the last branch is a bracket right after 。；;
# (its lookbehind now checks the bracket too, having consumed it).
OWNER_NOTE = re.compile(
    # 责任单位：/ 牵头部门: / 责任部门和单位: / 主要责任单位：
    "|".join(pre + w + _OWNER_LABEL_TAIL for pre in ("主要", "") for w in _OWNER_WORDS)
    + r"|责任主体[ \t]*[:：]|实施主体[ \t]*[:：]"
    + r"|（" + _OWNER_PAREN + r"|\(" + _OWNER_PAREN
    # a bare list of units in brackets closing an item's sentence (…形成一批成果。（省科技厅、
    # 发展改革委、教育厅）): two or more names ending in a body word, joined by 、
    + r"|（(?<=[。；;]（)" + _OWNER_UNITS + r"|\((?<=[。；;]\()" + _OWNER_UNITS
)

# the notes of OWNER_NOTE that state a duty (a label, or a bracket with 牵头/负责/主办), not a bare list of units
_DUTY_NOTE = re.compile(
    "|".join(pre + w + _OWNER_LABEL_TAIL for pre in ("主要", "") for w in _OWNER_WORDS)
    + r"|责任主体[ \t]*[:：]|实施主体[ \t]*[:：]|[（(]" + _OWNER_PAREN)

_NOTES: tuple[str, list[int]] = ("", [])   # the last text seen and where its owner notes start


def _notes(text: str) -> list[int]:
    """Start of every owner note in ``text``, found once per text (structure asks about
    dozens of spans of the same document)."""
    global _NOTES
    if _NOTES[0] is not text:
        _NOTES = (text, [m.start() for m in OWNER_NOTE.finditer(text)])
    return _NOTES[1]


def _notes_in(text: str, lo: int, hi: int) -> list[int]:
    """Starts of the owner notes that begin in [lo, hi)."""
    pos = _notes(text)
    return pos[bisect_left(pos, lo):bisect_left(pos, hi)]


# Generic framing headings of Chinese policy documents (a heading that is nothing but one of
# these, or several joined by 和/与/及/、, frames the text; it is no measure). An extra signal
# beside the shape of the document, not a list of one document's words.
FRAMING = frozenset(
    "指导思想 总体要求 基本原则 工作原则 发展目标 主要目标 工作目标 总体目标 战略目标 具体目标 目标任务 "
    "重点领域 发展重点 重点方向 重点任务 主要任务 工作任务 重点工作 主要内容 保障措施 组织实施 组织保障 "
    "保障机制 实施保障 工作保障 政策措施 支持措施 具体措施 主要措施 工作措施 附则 总则 适用范围 总体思路 "
    "发展思路 工作思路 基本思路 发展定位 功能定位 战略定位 总体定位 发展布局 空间布局 产业布局 实施步骤 "
    "进度安排 工作要求 其他事项 有关事项 发展基础 发展现状 面临形势 发展形势 基本情况 职责分工 实施期限 "
    "名词解释 工作机制 总则 附则 存在问题 发展机遇 主要问题 发展环境".split()
)
# sections whose items state goals or principles, not tasks
GOAL_SECTIONS = frozenset(
    "指导思想 总体要求 基本原则 工作原则 发展目标 主要目标 工作目标 总体目标 战略目标 具体目标 总体思路 "
    "发展思路 工作思路 基本思路 发展定位 功能定位 战略定位 总体定位 发展基础 发展现状 面临形势 发展形势 "
    "基本情况 名词解释 适用范围 工作回顾 附则 "
    # a review's problems (二、存在的问题 1.人才队伍建设相对滞后; 三、问题和不足): they describe how things stand
    "存在问题 存在的问题 主要问题 突出问题 存在的不足 问题 不足 困难".split()
)
_FRAMING_STRIP = re.compile(r"[\s#*。：:；;，,.．]")
_FRAMING_JOIN = re.compile(r"[和与及、]")


def _framing_parts(heading: str) -> list[str]:
    h = _FRAMING_STRIP.sub("", heading)
    return _FRAMING_JOIN.split(h) if h else []


# a section naming the fields a plan aims at (一、重点领域, 二、主要发展方向, 三、重点产业方向): an item
# whose heading is only a field's name (（一）生物药, 2.高端医疗器械) describes it; one that acts on a
# field (（一）做强生物药, 1.突破高端影像设备) stays a measure
_FIELD_SECTION = re.compile(r"(?:重点|主要|优先|主攻)(?:发展|产业|技术)?(?:领域|方向)[ \t]*$")
_FIELD_VERB = re.compile("做|壮大|突破|攻关|布局|引进|聚焦|打造|培育|建设|推动|提升|拓展|扩大|加快|支持|发展|推进|加强|促进|实施|完善")
_FIELD_NAME_MAX = 12
_FRAMING_MAX = 24   # a framing heading is short (指导思想、基本原则和发展目标: 14)


def _framing_at(text: str, pos: int) -> bool:
    """Is the heading of the item whose text starts at ``pos`` a framing heading? (Only a
    heading that stops within a few characters can be one.)"""
    while pos < len(text) and text[pos] in " \t\n.．、:：":
        pos += 1
    m = _HEAD_STOP.search(text, pos, pos + _FRAMING_MAX + 1)
    if m and is_framing(text[pos:m.start()]):
        return True
    # a flattened page runs the heading into its first sentence after a blank (一、总体要求 以…为指导，…)
    sp = _SPACED_HEAD.match(text, pos, pos + _SPACED_REACH)
    return bool(sp) and is_framing(sp.group(1))


# a short heading ending with one of these words states goals, principles, background or a
# review (行动目标, 工作原则, 存在问题, 五年工作回顾); it frames
_FRAMING_ENDS = ("目标", "原则", "思路", "要求", "背景", "回顾", "形势", "现状", "基础", "定位", "意义", "机遇",
                 "问题", "成效", "依据", "成就", "成绩", "挑战")
_GOAL_ENDS = ("目标", "原则", "思路", "背景", "回顾", "形势", "现状", "基础", "定位", "意义", "机遇", "成效", "依据",
              "成就", "成绩", "优势", "挑战")


# verbs that act on a goal, a basis or an opportunity (抢抓机遇, 夯实基础, 把握形势): the
# heading they open acts however it ends
# (发挥比较优势, 培育竞争新优势, 放大区位优势: verbs that act on an advantage — 优势 ends a status
# section's heading only without one)
_SEIZE = re.compile("抢抓|抓住|把握|用好|夯实|筑牢|厚植|巩固|拓展|发挥|放大|增强|释放|彰显|塑造|培育|打造|构筑|形成|提升|强化|应对|迎接")
_WHY_ENDS = ("重要性", "必要性", "紧迫性", "重要意义", "重大意义", "深远意义", "的意义")
_FRAMING_TAILS = frozenset(w[-2:] for w in FRAMING) | frozenset(_FRAMING_ENDS)
_TAIL_STRIP = " \t\n#*。：:；;，,.．"


def is_framing(heading: str) -> bool:
    """``指导思想``, ``总体要求``, ``保障措施``, ``指导思想和基本原则``, ``行动目标`` …: a heading that frames;
    so does one that states why the work matters (充分认识…的重要性, 深刻认识…的重大意义), and a named
    field's status (重庆市医疗器械产业园发展现状)."""
    tail = heading.rstrip(_TAIL_STRIP)
    if tail.endswith(_WHY_ENDS):
        return True
    if tail.endswith(_NAMED_GOAL_ENDS) and _NAMED_GOAL.match(tail) and not _SEIZE.match(tail) and not _ACTS.match(tail):
        return True
    if tail[-2:] not in _FRAMING_TAILS:   # most headings: no framing word at the end
        return False
    parts = _framing_parts(heading)
    # (抢抓合作机遇, 夯实发展基础: a policy verb before the framing word makes it an action)
    return bool(parts) and all(p in FRAMING or (len(p) <= 6 and p.endswith(_FRAMING_ENDS) and not _SEIZE.match(p))
                               for p in parts)


# a place's or a field's name before a goal-section word (金山生物医药产业发展基础, 全区医药产业发展现状)
# — or where it lies and how far it reaches (某某产业园位置及范围, 某某新区概况): a description of the place
_NAMED_GOAL = re.compile(r"[\u4e00-\u9fff]{1,12}(?:发展基础|发展现状|基本情况|发展形势|面临形势|位置及范围|位置和范围|区位及范围|四至范围|概况)$")
_NAMED_GOAL_ENDS = ("发展基础", "发展现状", "基本情况", "发展形势", "面临形势", "位置及范围", "位置和范围", "区位及范围", "四至范围", "概况")


_RUN_IN_MIN = 8   # words after a goal heading that are its text, not a longer compound (工作目标责任制)


def _goal_run_in(heading: str) -> bool:
    """Does the heading open with a goal or principle heading (指导思想, 基本原则, 发展目标 …) run into
    its own text without a stop (指导思想以习近平…为指导 / 基本原则——坚持改革创新)? A page that lost its
    line breaks writes them so; such an item frames as the heading alone does."""
    if heading[:4] not in GOAL_SECTIONS:
        return False
    rest = heading[4:]
    return rest.startswith(("—", "-", "─")) or len(rest) >= _RUN_IN_MIN


def _is_goal_section(heading: str) -> bool:
    parts = _framing_parts(heading)
    # (二、巩固拓展医改成就, 三、夯实产业发展基础: a verb that builds on the goal word heads a
    # section of actions, as is_framing reads such a heading)
    return bool(parts) and all(p in GOAL_SECTIONS or (len(p) <= 8 and p.endswith(_GOAL_ENDS) and not _SEIZE.match(p))
                               or _NAMED_GOAL.match(p) and not _SEIZE.match(p) and not _ACTS.match(p)
                               for p in parts)


# The labels an activity notice (调研, 征集, 申报, 评选, 培训) gives the parts that describe rather than
# ask: what a survey covers (调研内容), who may apply (申报条件, 申报资格), what to hand in (申报材料),
# explanations (相关说明) and contacts (联系方式). Neither such a heading nor the items listed under it
# (1.三级甲等医院，具有独立法人资格 / 1.各市医药产业发展现状…) are measures; the parts that ask units to act
# (调研方式和时间, 有关要求：请于…前报送, 申报程序) are.
_DESCRIBING = re.compile(
    r"[ \t\n.．、:：]*(?:(?:调研|调查|培训|会议|征集|评选|申报|考核|检查|督查|评估|评审|推荐|遴选|报送|填报|活动|学习|揭榜)内容"
    # (申报基本条件, 申报资格条件: the kind of condition between)
    r"|(?:申报|申请|参评|评选|推荐|基本|准入|遴选|入选|认定|报名|参选|参赛)(?:基本|资格)?(?:条件|资格)"
    r"|(?:相关|有关|其他|其它|填报|申报|补充|特别|几点)说明|(?:政策解读|解读|政策咨询|咨询)?联系(?:方式|人|电话|地址)"
    # (四、政策解读联系方式 / 三、政策咨询电话: who answers questions on the policy)
    r"|(?:政策|业务)?咨询(?:电话|方式)"
    # who a body or a meeting is made of (二、成员单位 联席会议由…组成): its composition, no task
    r"|(?:成员|组成)(?:单位|人员)|人员组成"
    # the criteria an item is judged by (一、评审标准 （一）中医药人员占比不低于60%): conditions, no task
    r"|(?:评审|评价|评选|评分|考核|认定|验收|遴选|入选|准入|申报)(?:标准|指标)"
    # what makes a policy stand out (三、政策亮点 1.支持力度大。…): an interpretation's praise of it
    r"|(?:政策|主要|突出|几大|三大|四大|五大)?(?:亮点|特点|特色|创新点)"
    r"|(?:申报|申请|报送|提交|所需|相关|推荐)材料"
    # the kinds of project a call takes (二、项目申报类型及申报材料要求 （一）研发创新项目 1.申报条件…): what may be
    # applied for, with their conditions and papers — no task
    r"|(?:项目)?(?:申报|申请)(?:类型|类别)(?:[及和与][^\n]{0,12})?)(?=[\s。：:；;，,]|$)")


# a question mark that ends the heading's line (a garbled character read as ? inside a line is none)
_ASKED = re.compile(r"[?？][ \t\u3000]*(?:\n|$)")


def _question_at(text: str, pos: int) -> bool:
    """Is the heading of the item whose text starts at ``pos`` a question (三、政策适用于哪些机构?,
    一、出台的目的是什么)? An interpretation's Q&A heading: it frames the answer below it."""
    m = _HEAD_STOP.search(text, pos, min(len(text), pos + 60))
    if m is None:
        return False
    return bool(_ASKED.match(text, m.start()) or _QUESTION.search(text, pos, m.start()))


# a call's section of project kinds (申报类型, 申请类别) and a kind that states its grant (（一）重大新药项目。对…
# 给予最高1000万元资助): a support, which acts (README "What is a measure") — only bare kinds describe
_KINDS_HEAD = re.compile(r"[ \t\n.．、:：]*(?:项目)?(?:申报|申请)(?:类型|类别)")
_GRANT = re.compile(r"给予[^。；;\n]{0,20}?\d[\d.]*\s*(?:万|亿)?元")
# an item's sentence naming its lead unit (C为牵头单位): README, session 10 — a member list so stated acts
_STATED_LEAD = re.compile(r"(?:为|作为)牵头(?:单位|部门)")


def _describing_at(text: str, pos: int) -> bool:
    """Does the item whose text starts at ``pos`` open with a describing label (调研内容, 申报条件,
    相关说明, 联系方式 …) that ends its heading?"""
    return bool(_DESCRIBING.match(text, pos, min(len(text), pos + 40)))


# a requirements heading (有关要求, 工作要求, 下一步工作要求; not 总体要求, a plan's goals) frames as a
# section over items, but an item under it that is the measure level and asks units to act
# (请有关单位认真准备…, 各地要…) acts
_ASKING_HEAD = re.compile(r"(?<!总体)(?<!目标)要求$")   # (目标要求: goals and requirements, as 总体要求)
# headings about carrying the work out (三、保障措施): an item under one with no deeper items acts when
# its text gives a named body a task (县政府办公室将定期开展工作调度…) — README: interpretation pages
_CARRYING_OUT = frozenset("保障措施 组织实施 组织保障 保障机制 实施保障 工作保障 工作机制 工作要求".split())
_ASKS = re.compile(r"请|要(?![素求点件])|应当|必须|务必|须")


def _is_meta_item(text: str, pos: int) -> bool:
    """Is the item whose text starts at ``pos`` a field of a page's metadata block?"""
    m = _META_FIELD.match(text, pos)
    if not m:
        return False
    if m.group("key") or _META_BRACKET.match(text, pos):
        return True
    eol = text.find("\n", pos)
    line = text[pos:eol if eol != -1 else len(text)]
    return "。" not in line and len(line) <= 100  # [主题分类]卫生、体育 — not 【标题】正文。…


# ---------------------------------------------------------------------------- lists


def _weak(m: re.Match) -> bool:
    """A marker glued to the digits after it (11.121人才…): a list may go on through it,
    nothing starts there."""
    if not m.string[m.end():m.end() + 1].isdigit():
        return False
    # 1、2019年，我局牵头…: an item opening with a year after 、 (1、2号楼 / 第1、2批 stay numbers: no 年 follows)
    return not (m.group(0).endswith("、") and _YEAR_AFTER.match(m.string, m.end()))


_YEAR_AFTER = re.compile(r"(?:19|20)\d\d年")


def _lists(nums: list[int], weak: list[bool] | None = None, cut_start: bool = False) -> list[list[int]]:
    """Indices of markers grouped into lists numbered 1, 2, 3, … in text order. A marker
    numbered 1 starts a list; a marker numbered n continues the most recent list ending at
    n-1 (a same-style sub-list inside an item does not break its outer list); others are
    strays (1.25万亿元, a cited ``(2)``) and belong to no list. A list of three or more may
    skip one number (a marker broken by a page break). ``cut_start``: the style's first
    marker starts a list whatever its number (an excerpt that begins inside a list: 六、 七、 …
    or 204. 205. …; the caller decides whether such a list counts)."""
    lists: list[list[int]] = []
    open_at: dict[int, list[int]] = {}   # last number -> lists ending there, most recent last
    for i, n in enumerate(nums):
        if weak is not None and weak[i]:
            if n > 1 and open_at.get(n - 1):
                k = open_at[n - 1].pop()
                lists[k].append(i)
                open_at.setdefault(n, []).append(k)
            continue
        if n == 1 or cut_start and i == 0 and n > 1:
            open_at.setdefault(n, []).append(len(lists))
            lists.append([i])
        elif n and open_at.get(n - 1):
            k = open_at[n - 1].pop()
            lists[k].append(i)
            open_at.setdefault(n, []).append(k)
        elif n > 3 and open_at.get(n - 2) and len(lists[open_at[n - 2][-1]]) >= 3:
            # one number missing from a list of three or more: its marker was broken (a page
            # break inside "(\n十)"); the list goes on rather than losing every later item
            k = open_at[n - 2].pop()
            lists[k].append(i)
            open_at.setdefault(n, []).append(k)
    return lists


@dataclass
class _Level:
    """One numbering style's markers and lists (of length >= MIN_RUN)."""

    style: str
    matches: list[re.Match]
    nums: list[int]
    lists: list[list[int]]

    passive: bool = False    # numbering that structures the text but never holds measures
    parts: frozenset[int] = frozenset()   # starts of same-style lists inside an item (_drop_sublists)
    frames: list[re.Match] = field(default_factory=list)   # same-style items heading such lists
    starts: list[int] = field(default_factory=list)   # sorted starts of the listed markers
    flat: bool = False       # a flattened owner-noted list (_flat_owned_run)

    def __post_init__(self) -> None:
        self.starts = sorted(self.matches[i].start() for lst in self.lists for i in lst)

    @property
    def size(self) -> int:
        return sum(map(len, self.lists))


_ITEM_LINE = re.compile(rf"\n[#*\s]*(?:[{CN}]{{1,3}}、|\([{CN}\d]{{1,4}}\)|\d{{1,3}}[.．、]|第[{CN}\d]{{1,4}}[条章]|[{CIRCLED}])")
# what introduces a notice's list of attachments: 附件： or its short form 附： (附：1、…)
_ATTACHMENTS = re.compile(r"附件\s*[:：]?\s*$|附\s*[:：]\s*$")
# an item that is a file's name (a web page's attachment for download: 1.申报书模板.doc)
_FILE_NAME = re.compile(r"[^\n]{1,80}?\.(?:docx?|pdf|xlsx?|wps|et|ofd|zip|rar)[ \t\u3000]*(?:\n|$)", re.I)
_INTRO = re.compile(r"如下|以下(?!简称)[^，。,]{0,6}(?:方面|措施|工作|任务|举措|要求|内容|几点)")
# a reply to a deputy's suggestion or a proposal (…的提案收悉，现答复如下): its 一是/二是 are the points it
# answers with, what a body does about each (README "What is a measure": replies), not prose ordinals
# the question an interpretation page's 一是/二是 lines answer, on the line right above them (三、针对…有哪些
#主要措施？ / 该政策包含哪些内容?): they are the measures it asks about (README "Interpretation pages")
_ASKED_FOR = re.compile(r"(?:措施|举措|内容|任务|条款|做法)[^\n]{0,12}[?？][ \t\u3000]*\n[ \t\u3000]*$")
_ASKED_REACH = 40
_REPLY = re.compile(r"(?:答复|函复|复函)如下|(?:提案|建议|议案)[^。\n]{0,80}?收悉")
_REPLY_REACH = 4000


_OPENS_AFTER = re.compile(rf"(?:^|[\s。])(?:[{CN}]{{1,3}}、|第[{CN}\d]{{1,4}}[章节])[^。\n]{{1,40}}\s*$")


def _after_section_line(text: str, m: re.Match) -> bool:
    """Does the marker open a section: nothing but a section heading (一、… / 第一章 …, on its
    own line or, in a page flattened to one line, just before it) precedes it?"""
    p = m.start() + (len(m.group(0)) - len(m.group(0).lstrip("#* \n\t")))
    if _OPENS_AFTER.search(text, max(0, p - 60), p):
        return True
    # …or the heading and its lead paragraph (二、中医医疗服务高地建设工程\n以…为引领，…布局。\n(一)…; blank lines
    # between the paragraphs, as a scraped page sets them, change nothing)
    lead_end = p
    while lead_end > 0 and text[lead_end - 1].isspace():
        lead_end -= 1
    if lead_end <= 0 or text[lead_end - 1] != "。" or "\n" not in text[lead_end:p]:
        return False
    lead_start = text.rfind("\n", 0, lead_end)
    if lead_start <= 0 or _OPENS_AFTER.search(text, max(0, lead_start - 60), lead_start + 1) is None \
            or _ITEM_START.match(text, lead_start + 1):
        return False
    # (then the item must act by its words: a review's first status line — (一)功能疏解坚定有序 — opens nothing)
    eol = text.find("\n", m.end())
    return _states_action(text, m.end(), len(text) if eol == -1 else eol)


_ITEM_START = re.compile(rf"[#*\s]*(?:[{CN}]{{1,3}}、|\([{CN}\d]{{1,4}}\)|\d{{1,3}}[.．、]|第[{CN}\d]{{1,4}}[条章节])")


_FIRST_SUB = {"paren_cn": re.compile(r"(?:^|(?<=[\s。：:]))(?:1[.．、](?!\d)|\(1\))"),
              "arabic_dot": re.compile(r"(?:^|(?<=[\s。：:]))\(1\)")}
_SECOND_SUB = {"paren_cn": re.compile(r"(?:^|(?<=[\s。；;]))(?:2[.．、](?!\d)|\(2\))"),
               "arabic_dot": re.compile(r"(?:^|(?<=[\s。；;]))\(2\)")}


def _opens_list(text: str, m: re.Match, name: str) -> bool:
    """Is a lone (一) a group item: a deeper list (1. then 2.) starts within 300 characters?"""
    first = _FIRST_SUB.get(name)
    if first is None:
        return False
    one = first.search(text, m.end(), min(len(text), m.end() + 300))
    return bool(one and _SECOND_SUB[name].search(text, one.end(), min(len(text), one.end() + 600)))


def _owns_note(text: str, m: re.Match) -> bool:
    """Does the item carry an owner note before the next numbered line (at most 400 chars on)?"""
    nxt = _ITEM_LINE.search(text, m.end(), m.end() + 400)
    return bool(_notes_in(text, m.end(), nxt.start() if nxt else min(len(text), m.end() + 400)))


def _is_toc(text: str, level_matches: list[re.Match], lst: list[int]) -> bool:
    """A table of contents: the first item's numbering and words recur later as a heading."""
    first, second = level_matches[lst[0]], level_matches[lst[1]]
    words = text[first.end():second.start()].strip()
    if not 2 <= len(words) <= 40 or "。" in words:
        return False
    marker = first.group(0).lstrip("#* \n\t")
    return text.find(marker + words, level_matches[lst[-1]].end()) != -1


_TOC_HEAD = re.compile(r"^[ \t#\u3000]*目[ \t\u3000]*[录次][ \t\u3000]*$", re.M)
_TOC_LINE_MAX = 60


def _toc_head(text: str, start: int) -> re.Match | None:
    """``_TOC_HEAD.search(text, start)``, tried only at the starts of the lines where 目 and
    录/次 meet (one literal-led scan; ^ was tried at every position): a match is one line,
    which holds them, and ``^`` matches at a line's start at or after ``start`` only."""
    for w in _TOC_WORD.finditer(text, start):
        ls = text.rfind("\n", 0, w.start()) + 1
        if ls >= start:
            m = _TOC_HEAD.match(text, ls)
            if m is not None:
                return m
    return None


_TOC_WORD = re.compile(r"目[ \t\u3000]*[录次]")


def _toc_span(text: str, start: int) -> tuple[int, int]:
    """Where a table of contents sits (a 目录 line, then heading lines): up to the line that
    repeats its first entry (the body begins), else over the lines that are headings (no
    。, short). (0, 0) when there is none."""
    if "目" not in text:
        return 0, 0
    head = _toc_head(text, start)
    if head is None:
        return 0, 0
    pos = head.end()
    first = ""
    while True:
        nl = text.find("\n", pos + 1)
        line = text[pos + 1:nl if nl != -1 else len(text)].strip(" \t\u3000#")
        if line:
            if not first:
                first = line
            elif line == first:
                return head.start(), pos + 1
            if "。" in line or len(line) > _TOC_LINE_MAX:
                return head.start(), pos + 1
        if nl == -1:
            return head.start(), len(text)
        pos = nl


def _cut_after_first(text: str, m: re.Match) -> bool:
    """A text cut after the first item of its 一、 list (an excerpt): the document's only
    一、 is a heading line (no 。) whose item runs to the end of the text with no deeper
    numbering and no date or signature after it (a heading closed by 。 on its line counts: 一、强化
    政策资金配套。对…, unless a deeper marker runs on in that line). What the lone item is can only be read from
    its heading, like any item the text cuts short (:func:`_states_action`): it is a measure
    when the heading states an action (一、加强企业培育辅导); a heading that names or reviews
    (一、2023年计划执行情况, 一、总体目标) frames a document we do not see."""
    eol = text.find("\n", m.end())
    if eol == -1:
        eol = len(text)   # the text ends inside the heading (一、加快): its words are all there is
    stop = text.find("。", m.end(), eol)
    if stop != -1:
        # 一、强化政策资金配套。对符合…: its heading is the words before the stop — unless a deeper marker runs
        # on in the same line (一、发展概况(一)有利条件。…: a page flattened to one line, its parts unseen)
        nl = text.find("\n", stop)
        if _INLINE_SUB.search(text, m.end(), nl if nl != -1 else len(text)):
            return False
        eol = stop
    if eol - m.end() > _TOC_LINE_MAX:
        return False
    # (searched from eol, not over a copy of the rest: _ITEM_LINE has no anchor, and the copy's start — eol, a line
    # break or a 。 — could hold a date line only as the line after that break, which _date_line_after tries)
    return (_NON_BLANK.search(text, m.end()) is not None
            and (_states_action(text, m.end(), eol) or _reply_point(text, m.end(), eol))
            and not _ITEM_LINE.search(text, eol) and not _date_line_after(text, eol) and not _framing_at(text, m.end()))


_NON_BLANK = re.compile(r"\S")   # (bool(text[p:].strip()) without the copy: \s is what str.strip removes)


# a point a reply answers (一、关于X的问题) whose paragraph tells what the replying body does about it
# (我们将继续…, 我厅积极推动…): it acts (README: replies)
_ABOUT_POINT = re.compile(r"关于[^\n]{2,40}?$")
_POINT_REACH = 200   # the paragraph's opening sentences


def _reply_point(text: str, pos: int, eol: int) -> bool:
    """Is the 一、 item at ``pos`` (heading to ``eol``) a reply's point, its paragraph stating what
    the replying body does? Only in a reply (_REPLY near the top)."""
    return bool(_ABOUT_POINT.match(text, pos, eol) and _REPLY.search(text, 0, min(len(text), _REPLY_REACH))
                and _WE_ACT.search(text, eol, min(len(text), eol + _POINT_REACH)))


_INLINE_SUB = re.compile(rf"[(（][{CN}]{{1,3}}[)）]")
_FIRST_SECTION = re.compile(r"(?:^|\n)[#*\s]*一、")
_OUTER_ITEM = re.compile(rf"\n[#*\s]*(?:[{CN}]{{1,3}}、|\([{CN}]{{1,4}}\)|第[{CN}\d]{{1,4}}[条章])")


def _cut_in_first_section(text: str, m: re.Match) -> bool:
    """A text cut inside the first (一) or 1. item of its first 一、 section (an excerpt of a report
    or plan: 一、推进依法治理\n(一)持续完善…\n一是… then the excerpt ends). The lone (一) / 1. is
    a measure when a 一、 section holds it (or an unnumbered contents line, 主要内容: ``_CONTENTS_LINE``),
    or — in a text that ends inside a sentence — no 一、 marker and no heading line about the document
    (起草背景) stands before it (an excerpt that begins below its section heading and is cut in its item),
    nothing numbered at its level or above follows it, no date or signature line closes the text
    after it, and its words act: they open with a policy verb or an owner statement (由X负责…), or
    the item carries an owner note."""
    if not _FIRST_SECTION.search(text, 0, m.start()) \
            and not _CONTENTS_LINE.search(text, max(0, m.start() - _CONTENTS_REACH), m.start()) \
            and (not _ends_cut(text) or _about_line_above(text, m.start())
                 or any(d.start() < m.start() for d in _markers("cn_dun", text))):
        return False
    if _OUTER_ITEM.search(text, m.end()) or _date_line_after(text, m.end()):
        return False
    eol = text.find("\n", m.end())
    eol = len(text) if eol == -1 else eol
    return _states_action(text, m.end(), eol) or _owns_note(text, m)


_SENTENCE_END = frozenset("。！？!?”」』）)；;")


def _ends_cut(text: str) -> bool:
    """Does the text end inside a sentence (an excerpt cut mid-sentence: no closing stop)?"""
    t = text.rstrip()
    return bool(t) and t[-1] not in _SENTENCE_END


def _about_line_above(text: str, pos: int) -> bool:
    """Does an unnumbered heading line about the document (起草背景, 起草过程, 政策依据) stand in the
    ``_CONTENTS_REACH`` before ``pos``? An interpretation's template: the item below it is no
    clause the page numbers as the policy's."""
    for ls, le in _nonblank_lines(text, max(0, pos - _CONTENTS_REACH), pos):
        line = text[ls:le].strip(" \t\u3000#*")
        if len(line) <= _FRAMING_MAX and (_ABOUT_DOCUMENT.match(line) or _BACKGROUND.fullmatch(line)):
            return True
    return False


_GROUP_LINE = re.compile(rf"\n[#*\s]*(?:[{CN}]{{1,3}}、|\([{CN}\d]{{1,4}}\)|第[{CN}\d]{{1,4}}[章节条])[^\n。]{{1,40}}\n[#*\s]*$")


def _lone_in_group(text: str, ms: list[re.Match], i: int, lists: list[list[int]]) -> bool:
    """The only item of its group ((四)区直机关工委\n1、…\n2、…\n(五)区财政局\n1、按照…, then the
    next group or the end — of the document or of an excerpt cut there): a marker numbered 1
    that starts no run, right below a heading line of an outer level, after lists of the style
    that restarted under earlier groups. The list it starts is one more of those lists, wherever
    the group stands (the last one, or one between others)."""
    if not lists:
        return False
    m = ms[i]
    p = m.start() + (len(m.group(0)) - len(m.group(0).lstrip("#* \n\t")))
    if _GROUP_LINE.search(text, max(0, p - 60), p):
        return True
    # a table row flattened to its line: the row's label naming the outer item it reports on, its task, then
    # its one part (…重点工作分工第113项 积极推进…。 1、2019年，我局…), as the rows above held several
    ls = text.rfind("\n", 0, p) + 1
    return "项" in text[ls:p] and bool(_ITEM_REF_LINE.match(text, ls, p))


# an item that opens by quoting what a document says (一是《X规划》中明确提出，…; 2.《条例》规定，…): a list
# of nothing else reports the basis a reply or a report cites — it describes other documents, it
# states no work of its own (README: status and results; replies)
_CITES_SAYING = re.compile(r"[ \t]*《[^》\n]{2,80}》[^，,。；;\n《》]{0,8}?(?:提出|指出|规定|强调|明确|要求|载明)")
_CUT_RUN = 4   # items of a list an excerpt begins inside that make it a list without owner notes


def _cut_list(text: str, ms: list[re.Match], lst: list[int]) -> bool:
    """Does a list the text begins inside (its first marker numbered above 1: a page of a
    longer document) count? When it runs on for several items, when the next section's heading
    follows it with the style restarting at 1 below, or when most of its items carry owner notes
    (六、… 牵头单位：… / 205.…（责任单位：…）)."""
    if len(lst) < MIN_RUN:
        return False
    if len(lst) >= _CUT_RUN:
        return True
    if _before_restart(text, ms, lst):
        return True
    return 2 * sum(1 for i in lst if _owns_note(text, ms[i])) >= len(lst)


def _before_restart(text: str, ms: list[re.Match], lst: list[int]) -> bool:
    """Does the next section's heading follow the list, the style starting again at 1 below it
    ((二)…(三)…(四)… then 五、保障措施 (一)…)? Then the page began inside the section before."""
    nxt = lst[-1] + 1
    return nxt < len(ms) and _number(_num_text(ms[nxt])) == 1 and _after_section_line(text, ms[nxt])


def _cut_lone_owned(text: str, ms: list[re.Match], lst: list[int]) -> bool:
    """A page that carries one item of a longer list (its marker numbered above 1: 二、… then
    (五)充分释放全社会创业创新潜能。 and its paragraphs, each closed by its owners (科技部牵头，…按职责分工负责)):
    the lone item counts when a section heading sits right above it and its text, up to the next
    item of its level or above, carries an owner note."""
    if len(lst) != 1 or not (_after_section_line(text, ms[lst[0]]) or _before_restart(text, ms, lst)):
        return False   # (a section heading above it, or — the page's first item — the next section's below)
    m = ms[lst[0]]
    nxt = _OUTER_ITEM.search(text, m.end())
    return bool(_notes_in(text, m.end(), nxt.start() if nxt else len(text)))


def _drop_sublists(text: str, ms: list[re.Match], lists: list[list[int]]
                   ) -> tuple[list[list[int]], frozenset[int], list[re.Match]]:
    """Lists of one style nested in another list of the same style (a table flattened to
    lines: 1.推进品种培优 / 1.做好… 2.建设… 3.… / 2.推进品质提升 / 1.…): a list whose first
    marker follows right after an item's heading line (no sentence stop on it) and ends
    before that item's list goes on is the item's parts. When the outer items state actions
    (a policy verb opens their headings) they are the measures and the inner lists are
    dropped (their markers' starts are returned: the last measure's body runs on over
    them); outer items that name or frame are section headings (returned as frames: each
    inner list restarts under one) and the inner lists are the measures."""
    owner: dict[int, tuple[int, int]] = {}   # marker index -> (list, position in it)
    for k, lst in enumerate(lists):
        for pos, i in enumerate(lst):
            owner[i] = (k, pos)
    listed = sorted(owner, key=lambda i: ms[i].start())
    inner: set[int] = set()
    outer: set[int] = set()
    for a, b in zip(listed, listed[1:]):
        ka, pa = owner[a]
        kb, pb = owner[b]
        if ka == kb or pb != 0:
            continue
        head = text[ms[a].end():ms[b].start()].strip()
        if not head or len(head) > _TOC_LINE_MAX or "\n" in head or _SENTENCE_STOP.search(head):
            continue
        nxt = lists[ka][pa + 1] if pa + 1 < len(lists[ka]) else None
        if nxt is not None and ms[nxt].start() < ms[lists[kb][-1]].start():
            continue
        inner.add(kb)
        outer.add(ka)
    if not inner or inner & outer:
        return lists, frozenset(), []
    if not all(_states_action(text, ms[i].end(), ms[i].end() + _TOC_LINE_MAX) for k in outer for i in lists[k]):
        return [lst for k, lst in enumerate(lists) if k not in outer], frozenset(), [ms[i] for k in outer for i in lists[k]]
    return ([lst for k, lst in enumerate(lists) if k not in inner],
            frozenset(ms[i].end() - len(ms[i].group(0).lstrip("#* \n\t")) for k in inner for i in lists[k]), [])


# the terms a document-sharing site prints above the text it serves (1、下载文档前请自行甄别…
# 2、"仅部分预览"的文档… 3、如文档侵犯您的权益，请联系客服…): page furniture, no measures. Each
# term speaks of the 文档 a user downloads, previews or is refunded for; a measure may speak of
# 人工客服 or 申请退款 (a hotline's, a consumer's) without being one. What a user pays for the 文档 (1、原创力文档网站
# 文档一经付费…, 2、本站…不对文档的完整性…做任何保证…付费前请自行鉴别) is such a term too, a sentence or two on
_SITE_TERMS = re.compile(r"(?=[^\n]{0,60}?文档)[^\n]{0,120}?(?:下载|预览|侵权|侵犯|客服|退款|付费)")


def _num_text(m: re.Match) -> str:
    """The number a marker writes (group n; h for a line opened by the closing bracket alone: 1）)."""
    d = m.groupdict()
    return d.get("n") or d.get("h") or ""


def _dun_lines(rx: re.Pattern, text: str) -> list[re.Match]:
    r"""``list(rx.finditer(text))`` for a line pattern that opens with ``^[#*\s]*`` and a 一、
    numeral (SECTION, _SPACED_GOAL; re.M), tried only at the line starts in the run of ``#``/
    whitespace before each cn_dun trigger (a numeral run and its 、), in text order, as
    ``_markers`` does: a match's numeral run is one of those triggers, so no other position can
    start one (a whole-text scan tried ^ at every position)."""
    return matches_before(rx, text, _trigger_starts("cn_dun", text), _hash_or_space, line_start=True)


def _hash_or_space(c: str) -> bool:
    r"""What may stand between a line's start and its 一、 (``^[#*\s]*``)."""
    return c in "#*" or c.isspace()


@lru_cache(maxsize=4096)
def _number(n: str) -> int:
    """A marker's number: 十七 → 17, 12 → 12, ⑶ → 3, ⑩ → 10 (0 when none). Memoised: a pure
    function of a few hundred distinct numerals, asked for every marker of every style."""
    if len(n) == 1 and ("\u2460" <= n <= "\u2487"):
        return int(unicodedata.numeric(n))
    return cn_to_int(n) or 0


# A task list flattened onto one line (a scraped page that lost its line breaks: 二、重点任务(一)…行动1.X，
# (责任单位:…)2.Y，(责任单位:…)4.Z…(二)…行动5.…): its markers follow whatever stood before them — the
# closing bracket of the previous item's owner note, or the last word of a group heading run into the
# line — and an excerpt of it may leave items out (1 2 4 5 … 16). What makes them items is that each
# one is closed by its owner note. On a long line holding several notes, the first number after each
# note (or after the line's start) that is above the one before starts the item that note closes.
_FLAT_LINE = 120          # a line this long holding several owner notes is a list that lost its breaks
_FLAT_MIN = 3             # items (each with its note) that make such a line a list
_FLAT_MARKER = re.compile(r"(?<![\d.．])(?P<n>\d{1,3})(?:[.．](?!\d)|、)")


def _note_close(text: str, p: int) -> int:
    """Just past the bracket that closes the owner note starting at ``p`` (``p + 1`` when the note
    opens with no bracket — 牵头单位：… — or none closes it near)."""
    if text[p] not in "(（":
        return p + 1
    hi = min(len(text), p + _NOTE_REACH)
    ends = [e for e in (text.find(")", p, hi), text.find("）", p, hi)) if e != -1]
    return min(ends) + 1 if ends else p + 1


def _flat_owned_run(text: str, start: int) -> list[re.Match]:
    """The markers of the longest flattened owner-noted list (``_FLAT_LINE``), in text order; []
    when no line of the text is one. Numbers rise from item to item; an excerpt may skip some, but
    no more numbers are missing than the items found (stray figures do not chain into a list)."""
    notes = _notes(text)
    k = bisect_left(notes, start)
    best: list[re.Match] = []
    while len(notes) - k >= _FLAT_MIN:
        ls = text.rfind("\n", 0, notes[k]) + 1
        le = text.find("\n", notes[k])
        le = len(text) if le == -1 else le
        j = bisect_left(notes, le, k)
        if j - k >= _FLAT_MIN and le - ls >= _FLAT_LINE:
            run: list[re.Match] = []
            lo = max(ls, start)
            for p in notes[k:j]:
                if p < lo:
                    continue   # a note inside the previous note's brackets
                for m in _FLAT_MARKER.finditer(text, lo, p):
                    n = _number(m.group("n"))
                    if not run or n > _number(run[-1].group("n")):
                        run.append(m)
                        break
                lo = _note_close(text, p)
            if len(run) >= _FLAT_MIN and len(run) > len(best):
                first, last = _number(run[0].group("n")), _number(run[-1].group("n"))
                if (last - first + 1) - len(run) <= len(run):
                    best = run
        k = j
    return best


def _marker_pos(m: re.Match) -> int:
    """Where the marker itself starts, past the ``#``/blanks its match takes before it."""
    p, g = m.start(), m.string
    while g[p] in "#*" or g[p].isspace():
        p += 1
    return p


def _levels(text: str, start: int = 0) -> dict[str, _Level]:
    """Each style's markers (from ``start``, metadata items left out) and its lists: lists of
    two or more (not a table of contents nor a list of attachments; 一是/二是 passive unless
    introduced by 如下/以下…措施), and single items
    that open a section (一、…\n(一)…) or carry an owner note (1.… 主要责任单位：…)."""
    out: dict[str, _Level] = {}
    # (a marker's match takes the blanks and line breaks before it: whether it is an entry of the
    # contents is read at its numbering, so the body's first item right below the span stays out of it)
    toc_a, toc_b = _toc_span(text, start)
    # every _SITE_TERMS match holds 文档: a text without it is not tried per marker (档 first: a memchr)
    terms = "档" in text and "文档" in text
    for name in STYLES:
        ms = [m for m in _markers(name, text)
              if m.start() >= start and not toc_a < m.end() <= toc_b
              and (text[m.end():m.end() + 1] not in _META_FIRST or not _is_meta_item(text, m.end()))
              and not (terms and _SITE_TERMS.match(text, m.end()))]
        flat = _flat_owned_run(text, start) if name == "arabic_dot" else []
        if not ms and not flat:
            continue
        nums = [_number(_num_text(m)) for m in ms]
        if name == "arabic_dot":
            weak = [_weak(m) for m in ms]
            if any(weak):
                # glued markers that continue no list are numbers (1.5亿元 on a line of its own)
                listed = {i for lst in _lists(nums, weak) for i in lst}
                ms = [m for i, m in enumerate(ms) if not weak[i] or i in listed]
                nums = [_number(_num_text(m)) for m in ms]
                weak = [_weak(m) for m in ms]
        else:
            weak = None
        lists = []
        introduced = False
        contents: list[list[int]] = []   # 一是/二是 lists under a section presenting the contents (_under_contents)
        for lst in _lists(nums, weak, cut_start=True):
            if name == "cn_shi" and nums[lst[0]] == 1 and (len(lst) >= MIN_RUN or lst[-1] == len(ms) - 1) \
                    and _under_contents(text, ms[lst[0]]):
                contents.append(lst)
            if nums[lst[0]] > 1 and not _cut_list(text, ms, lst) and not _cut_lone_owned(text, ms, lst):
                continue
            if len(lst) >= MIN_RUN:
                if _is_toc(text, ms, lst) or _ATTACHMENTS.search(text, max(0, ms[lst[0]].start() - 8), ms[lst[0]].start()) \
                        or all(_FILE_NAME.match(text, ms[i].end()) for i in lst):
                    continue   # a table of contents; a notice's list of attachments (附件：1.… 2.…, 1.X.docx 2.Y.pdf)
                if text[ms[lst[0]].end():ms[lst[0]].end() + 2].lstrip()[:1] == "《" \
                        and all(_CITES_SAYING.match(text, ms[i].end()) for i in lst) \
                        and not _notes_in(text, ms[lst[0]].start(), ms[lst[-1]].end() + 200):
                    # 一是《X》明确提出… 二是《Y》提出…: what other documents say, the basis cited (items
                    # that carry owner notes act: 一、《X规划》提出的…任务（责任单位：…）, a division of tasks)
                    continue
                if name == "cn_shi" and (_INTRO.search(text, max(0, ms[lst[0]].start() - 120), ms[lst[0]].start())
                                         or _ASKED_FOR.search(text, max(0, ms[lst[0]].start() - _ASKED_REACH), ms[lst[0]].start())
                                         or _REPLY.search(text, 0, min(len(text), _REPLY_REACH))):
                    introduced = True
                lists.append(lst)
            elif name not in ("cn_dun", "cn_shi") and (_after_section_line(text, ms[lst[0]]) or _owns_note(text, ms[lst[0]])
                                                      or _opens_list(text, ms[lst[0]], name)):
                lists.append(lst)
            elif nums[lst[0]] == 1 and _lone_in_group(text, ms, lst[0], lists):
                lists.append(lst)
            elif name in ("paren_cn", "arabic_dot") and len(ms) == 1 and nums[0] == 1 and _cut_in_first_section(text, ms[0]):
                lists.append(lst)
            elif name == "cn_dun" and len(ms) == 1 and _cut_after_first(text, ms[0]):
                lists.append(lst)

        if name == "cn_shi" and contents and not introduced:
            # only the lists under the contents section: those elsewhere (二、编制定位及考虑 一是突出…) describe
            lists, introduced = contents, True
        is_flat = bool(flat) and len(flat) > max(map(len, lists), default=0)
        if is_flat:
            # a flattened owner-noted list the line-led markers cannot read whole (_flat_owned_run)
            ms, nums, lists = flat, [_number(_num_text(m)) for m in flat], [list(range(len(flat)))]
        parts: frozenset[int] = frozenset()
        frames: list[re.Match] = []
        if len(lists) > 1 and name != "cn_shi":
            lists, parts, frames = _drop_sublists(text, ms, lists)
        if lists:
            # 一是/二是 enumerate points of prose; they are measures only after 现提出如下措施：…
            out[name] = _Level(name, ms, nums, lists, passive=name == "cn_shi" and not introduced, parts=parts,
                               frames=frames, flat=is_flat)
    return out


# a section heading that presents the policy's contents (三、主要内容, 三、《若干措施》的主要内容, 二、主要措施):
# the 一是/二是 below it are the clauses it numbers, which act (README, session 10: "一是/二是 in interpretation
# pages" — under 主要内容/主要措施 they act, under background or positioning sections they describe)
_CONTENTS_HEAD = re.compile(r"(?:主要|重点|具体|核心|政策)(?:内容|措施|举措|任务|做法)[\s。：:]*$")
_CONTENTS_REACH = 1500   # the section's opening paragraph before its first 一是
# the same heading as a line of its own with no number (an interpretation in a province's template: 背景依据 /
# 目标任务 / 主要内容 — each a bare line): the item cut below it is the first clause the page numbers (_cut_in_first_section)
_CONTENTS_LINE = re.compile(r"^[ \t\u3000#*]*(?:主要|重点|具体|核心|政策)(?:内容|措施|举措|任务|做法)[ \t\u3000：:]*$", re.M)


def _under_contents(text: str, m: re.Match) -> bool:
    """Does the 一是 item at ``m`` sit in a section whose heading presents the contents (``_CONTENTS_HEAD``),
    the nearest 一、 heading line above it and close (its opening paragraph between)? A single
    一是 counts only as the text's last marker (an excerpt cut inside it: the caller checks)."""
    lo = max(0, m.start() - _CONTENTS_REACH)
    heads = [h for h in _dun_lines(SECTION, text) if lo <= h.start() < m.start()]
    return bool(heads) and bool(_CONTENTS_HEAD.search(heads[-1].group("title").strip()))


def _nested(inner: _Level, outer: _Level) -> bool:
    """Do most of ``inner``'s items sit in lists that each lie inside one item of ``outer``?"""
    o = outer.starts
    if not o:
        return False
    inside = 0
    for lst in inner.lists:
        a = bisect_right(o, inner.matches[lst[0]].start()) - 1
        b = bisect_right(o, inner.matches[lst[-1]].start()) - 1
        if a == b and a >= 0:
            inside += len(lst)
    return inside * 2 >= inner.size


# a bracket at an item's start that names its units (1.【市住建局】推进…, 【市科技局、市财政局】): an owner
# note (extract/owners.py), no heading
_UNIT_IN_BRACKET = re.compile(r"(?:局|委|办|厅|部|政府|管委会|委员会|办公室|中心|单位|部门|[、，,])[^】]{0,3}$")


def _heading_span(text: str, body_start: int, end: int) -> tuple[int, int]:
    """The measure's heading: after the marker up to the first 。；： or line end (a heading
    line without 。 ends at its line break); an owner note on the heading line is no part of it, nor
    the asterisks of a Markdown copy's bold (1. **加大研发支持**：对…)."""
    hs = body_start
    while hs < end and text[hs] in " \t\n.．、:：*":
        hs += 1
    if hs < end and text[hs] == "【":
        # 【加快X】对…给予…: the bracket is the heading (an owner label in brackets is a note, no heading)
        close = text.find("】", hs + 1, min(end, hs + 40))
        if close > hs + 1 and "\n" not in text[hs:close] and not _notes_in(text, hs, close + 1) \
                and not _UNIT_IN_BRACKET.search(text, hs + 1, close):
            return hs + 1, close
    m = _HEAD_STOP.search(text, hs, end)
    he = m.start() if m else min(end, hs + 60)
    if m and text[he] == "\n":
        # a page break inside the heading (促进成果转 / 化。) is no end of it: the words after
        # the break up to 。 are a fragment of at most a few characters
        frag = _HEAD_FRAGMENT.match(text, he, end)
        if frag:
            he = frag.end() - 1
    note = _notes_in(text, hs + 1, he + 1 if m and he < end else he)
    if note:
        he = note[0]
        while he > hs and text[he - 1] in " \t（(【[，,":   # (…建设，(责任单位:…): the comma before the note too
            he -= 1
    while he > hs and text[he - 1] in " \t（(【[*":
        he -= 1
    return hs, he


# Clauses of a regulation about the regulation itself, not duties: its purpose (为…，制定本办法),
# any clause whose subject is the regulation (本办法适用于…, 本办法所称…, 本办法围绕…,
# 本办法由…负责解释, 本办法自…施行), and scope stated the other way round (…适用本办法).
_RULE_NAMES = "(?:实施|管理|暂行|试行)?(?:办法|规定|细则|措施|条例|规则|方案|意见|若干措施|政策措施|政策)"
_BOILERPLATE = re.compile(
    rf"(?:为[^。\n]{{0,600}}?制[定订]本(?:{_RULE_NAMES})|本(?:{_RULE_NAMES})(?![^。\n]{{0,2}}(?:实施|执行)期间)"
    rf"|[^。\n]{{0,120}}?适用本(?:{_RULE_NAMES}))"
)
# a regulation's FIRST article opening with its purpose and then its legal basis (第一条 为规范…，提高…，根据《…法》…),
# the words before 制定本办法 — also when an excerpt is cut before them (README "Regulations": purpose and basis frame)
_PURPOSE_BASIS = re.compile(r"为[^。；;\n]{2,300}?[，,][ \t]*(?:根据|依据|按照)[^。；;\n]{0,10}《")


# The verbs (and the adverbs before them) policy measures open with: general policy
# vocabulary, the words a measure list in any field states its actions with.
_ACTS = re.compile("(?:支持|鼓励|加快|加强|推进|推动|促进|完善|健全|建立|建设|实施|深化|优化|提升|强化|落实|开展|培育|打造|破除|进一步|"
                   "改革|创新|发展|扩大|保障|规范|做好|加大|提高|构建|引导|探索|实行|严格|全面|持续|积极|大力|抢抓|抓住|把握|夯实|坚持"
                   # (the adverbs a task opens with before its verb: 努力扩大内需, 全力打造…, 切实加强…)
                   "|努力|着力|全力(?!以赴)|切实|扎实|加速|加紧|坚决)")
# What makes an item ACT anywhere in its words (README "What is a measure"): a verb of doing — the
# policy verbs above, a duty or a modal (负责, 牵头, 应当, 要, 须), a grant (给予, 予以), the verbs of
# procedure and work (制定, 组织, 申报, 受理, 完成, 同意) —, a quantified target (增长5%, 达到…, 控制在…), or
# a body named as the one that carries it (…局, …委, …办, …政府). An item with none of these anywhere —
# a category and a count (（三）医学检验科（1个） 试点医院：…), a material or a field (（二）金属材料),
# a place and its bounds (一、X园位置及范围 X园位于…) — names or describes: it is no measure. One search over
# the item's own span; it stops at the first hit, which acting items reach within a few characters.
_DOING = re.compile(
    _ACTS.pattern
    + "|负责|牵头|配合|应当|要|须|给予|予以|组织|制定|推广|引进|设立|设置|成立|编制|出台|举办|召开|督促|指导|协调|统筹"
      "|申报|报送|提交|审核|审批|评审|奖励|补贴|补助|资助|开发|研究|推行|加速|争取|确保|力争|完成|细化|攻关|同意|依托"
      "|突破|治理|防治|管理|使用|招商|投资|整治|监管|监测|服务|帮扶|扶持|聚焦|围绕|新建|改造|修订|启用|接收|分派|受理"
      "|办理|发挥|抓好|宣传|曝光|增长|达到|控制在|下降|\\d%|以上|以内|左右"
      "|公开|回应|遴选|培养|招收|启用"
      "|审查|检查|检讨|评估|考核|调查|调研|清理|精简|简化|参加|参与|举行|启动|部署|安排|配备|落地|引入|吸引|集聚"
      "|对接|合作|共建|共享|整合|提供|保护|传承|普及|培训|招聘|选拔|认定|备案|登记|公布|发布|印发|报告|上报|通报"
      "|检测|核查|验收|带动|激励|扶植|奖补|减免|免征|降低|缩短|压减|取消|下放|放宽|推出|纳入|列入|畅通"
      "|落户|入驻|搭建|组建|筹建|运营|维护|升级|整改|严禁|禁止|不得|允许|可以|将|拟|着力|形成|建成|实现|明确|确定|提出|做到|加以"
      "|[\u4e00-\u9fff](?:局|委|厅|办|处|署|政府|委员会|办公室|管委会)")


# a support's opening (对…企业给予…, 对符合条件的…): the object before the grant an excerpt may cut off
_SUPPORT_OPENING = re.compile(r"对[^，,。；;：:\n]{2,}")


def _cut_words_act(text: str, hs: int, end: int) -> bool:
    """Do the words of an item the text's end cuts short act, as far as they go: they open with a word
    of doing (``_DOING``: 制定《, 组织开展…) or a support's opening (对各地上报的…)? Opening, not anywhere: a
    name holds such words (东湖国际生物医药产业园区与滨江医疗器械创新港)."""
    if _VERB_NOUN.match(text, hs, end):
        return False   # 三、支持对象和范围: a noun, no action
    when = _WHEN.match(text, hs, end)   # (於二○二三年十一月一日開始實施新的…: the time, then the action)
    if when is not None and when.end() > hs:
        hs = when.end()
    return _DOING.match(text, hs, end) is not None or _SUPPORT_OPENING.match(text, hs, end) is not None


# a time an item opens with before its action (于2023年11月1日开始, 自2024年起, 2025年底前)
_CN_DIGIT = "\\d〇○零一二三四五六七八九十"
_WHEN = re.compile(rf"(?:[於于在自从])?[{_CN_DIGIT}]{{2,4}}年(?:[{_CN_DIGIT}]{{1,2}}月)?(?:[{_CN_DIGIT}]{{1,3}}[日号])?"
                   r"(?:底|末|初|中)?(?:起|开始|以来|以前|前|后)?[，,]?")


# ``_DOING`` split for a search that asks only whether a word of doing occurs. _DOING opens with a group and
# has two branches led by a class (\d%, [\u4e00-\u9fff]局…), so the engine enters it at every position of a span
# and tries each of its ~200 branches there. Here: (1) the same words, the group's flattened, every branch led
# by a literal (the engine scans for their first characters); (2) the two class-led branches from their
# second character on, the class checked behind it — searched from ``lo + 1``, so the class character
# lies at or after ``lo`` as in _DOING. Some word of _DOING matches inside [lo, hi) iff (1) or (2) does.
_DOING_LEAD, _DOING_TAIL = _DOING.pattern.split("|\\d%|")
assert _ACTS.pattern[:3] == "(?:" and _ACTS.pattern[-1] == ")" and _DOING_LEAD.startswith(_ACTS.pattern) and _DOING_TAIL.endswith(
    "|[\u4e00-\u9fff](?:局|委|厅|办|处|署|政府|委员会|办公室|管委会)")
_DOING_WORDS = re.compile(_ACTS.pattern[3:-1] + _DOING_LEAD[len(_ACTS.pattern):] + "|"
                          + _DOING_TAIL[:-len("|[\u4e00-\u9fff](?:局|委|厅|办|处|署|政府|委员会|办公室|管委会)")])
_DOING_AFTER = re.compile("%(?<=\\d%)|" + "|".join(w + "(?<=[\u4e00-\u9fff]" + w + ")"
                                                  for w in ("局", "委", "厅", "办", "处", "署", "政府", "委员会", "办公室", "管委会")))


def _acts_somewhere(text: str, lo: int, hi: int) -> bool:
    """Does the item spanning ``text[lo:hi]`` hold any word of doing (see ``_DOING``)? (``_DOING.search(text,
    lo, hi) is not None``, by the two literal-led searches above)"""
    return _DOING_WORDS.search(text, lo, hi) is not None or _DOING_AFTER.search(text, lo + 1, hi) is not None


# the replying body saying what it does (我们将继续认真贯彻落实…, 我厅积极推动…): _reply_point
# a heading that names a description (区卫健委2023年发展情况, 职能简介及改革历程, 机构设置和发展沿革): the policy verb
# after the body is part of a noun, nothing is done (review s11)
_DESCRIPTION_END = re.compile(r"(?:情况|现状|概况|简况|简介|沿革|历程|回顾|综述)[\s。：:]*$")
_WE_ACT = re.compile(r"我(?:们|局|厅|委|办|部|署|院|市|省|区|县)[^。；;\n]{0,12}?" + _ACTS.pattern
                     # …or by its short name (省科技厅作为…牵头部门，认真贯彻落实…, 市卫健委积极推动…)
                     + r"|[省市区县州][^，,。；;\n]{1,10}?(?:厅|局|委|办|政府)[^。；;\n]{0,20}?" + _ACTS.pattern)


# a directive sentence: its subject (a body, place or unit: …人民政府, …开发区, …部门, …企业,
# or a clause ended by a comma) then the modal that makes it act (…人民政府要切实加强…,
# …新区建设，要全面贯彻…); 要素/要求/要点/要件 are nouns
_DIRECTIVE = re.compile(r"(?:[府区委局部厅会办院市省县州旗镇门位业构]|[，,])\s*(?:要(?![素求点件])|应当|必须|须)")


# a short label heading an item whose text opens with a clause about the regulation itself (第二条 项目定义
# 本办法所称…, (三)支持对象。本意见适用于…): the scope or a definition, it frames (README: regulations)
_LABEL_MAX = 8
_LABEL_REACH = 12   # where the clause after the label opens (blanks and a stop between)


def _after_label(text: str, he: int, end: int) -> int:
    """Where the text after a heading ending at ``he`` resumes (past its stop and blanks)."""
    while he < end and text[he] in "。：:；; \t\n\u3000":
        he += 1
    return he


def _general_article(heading: str) -> bool:
    """Does an article's first sentence state a principle or a general commitment (a clause of
    坚持/遵循…原则/规律, 服务…大局) whose subject — the words before it — names no body?"""
    m = _GENERAL_CLAUSE.search(heading)
    if not m or _BODY_SUBJECT.search(heading, 0, m.start()):
        return False
    # the clause opens the sentence (项目管理坚持…原则), or follows the place's own commitment
    # (本市应当大力发展中医药事业，遵循…规律); after a clause that acts (推进中医药传承创新，遵循…规律,
    # 加强基地建设，坚持生态优先的理念) it is how that task is done: the article acts
    return not _CLAUSE.search(heading, 0, m.start()) or bool(_OWN_PLACE.match(heading))


# the document's own place as a commitment's subject (本市, 本省, 本自治区, 本县)
_OWN_PLACE = re.compile(r"本(?:市|省|区|县|州|盟|旗|自治区|自治州|自治县|行政区域)")


def _states_action(text: str, pos: int, end: int) -> bool:
    """Does the item whose text runs from ``pos`` to ``end`` state an action?

    Used where an item is all we have of a list: the text is cut short (an excerpt ends in
    the middle of an item, or after the first 一、 item). Only its words are left to judge it
    by, and they state an action when they open with a policy verb (深化医保支付方…: a measure
    however few of its words survive) or are a directive sentence, a subject and its modal
    (某省人民政府要切实加强…). Words that open with a name, a year or a noun name a place
    or frame a report (东湖国际医学…, 2023年计划执行情况): a fragment of them is nothing to
    judge. No length decides it."""
    while pos < end and text[pos] in " \t\n.．、:：\u3000":
        pos += 1
    if text.startswith(("以", "围绕"), pos):
        # 以昆明为中心推动…, 以项目为抓手，加快…, 围绕主线，办好…: the means or the focus, then the action
        means = _MEANS.match(text, pos, end)
        if means is not None and (_ACTS.match(text, means.end(), end) or text.startswith("围绕", pos)):
            return True
    return bool(_ACTS.match(text, pos, end) and not _VERB_NOUN.match(text, pos, end)
                or _DIRECTIVE.search(text, pos, end) or _OWNED_BY.match(text, pos, end)
                or _WE_ACT.match(text, pos, end) and not _DESCRIPTION_END.search(text, pos, end))


# a noun a policy verb opens (支持对象, 建设内容, 实施范围, 支持方向和标准): what a part of a call or a plan is
# about, named as a heading — the verb is part of the noun, no action is stated (README "What is a measure").
# Only the verbs that open such nouns: a verb of change before its object acts (扩大范围, 提高标准, 优化流程,
# 完善程序: what is widened, raised or improved — review s11)
_NOUN_VERBS = "(?:支持|鼓励|建设|实施|实行|发展|保障|培育|改革|开展)"
_VERB_NOUN = re.compile(_NOUN_VERBS + r"(?:对象|范围|内容|方向|标准|方式|主体|期限|条件|程序|流程|时间|额度|比例|金额|细则)"
                        r"(?=[和及与、\s。；;：:，,]|$)")


# an action's means or focus before its verb (以X为中心/重点/抓手…, 围绕X，): official texts open tasks so
_MEANS = re.compile(r"以[^，,。；;：:\n]{1,16}?为(?:中心|重点|抓手|核心|引领|突破口|导向|牵引|载体|依托|主线|目标|契机|动力|支撑)[，,]?"
                    r"|围绕[^，,。；;：:\n]{1,24}?[，,、]")


# an item opening with the unit that carries it out (由省经贸委负责，…配合，加快…)
_OWNED_BY = re.compile(r"由[^，,。；;\n]{2,30}?(?:负责|牵头|承办)")


_CLAUSE = re.compile(r"[，,]")
# a term's definition after the heading that names it (一、生技医药产业：指…, 二、公司，是指…, (三)新药 系指…): what
# the term means, as a regulation's definitions article states it (README: regulations) — not 指导/指挥/指出…
_DEFINES = re.compile(r"[:：，,]?[ \t\u3000]*(?:是指|系指|指)(?![导挥出定示标南引令])")
# an item that is nothing but an organisation's name, a place or a note in brackets after it (a list of the
# units a notice publishes: 1.某某制药有限公司 / 2.某某大学附属医院（某市）)
_NAME_ONLY = re.compile(r"[^，,。；;：:！？!?\s]{2,40}?(?:有限公司|公司|集团|医院|大学|学院|学校|研究院|研究所|研究中心|实验室|协会|学会)"
                        r"(?:[ \t\u3000]*[(（][^()（）\n]{1,20}[)）])?")
def _unit_tasks_below(text: str, he: int, end: int) -> bool:
    """The line after a heading that only names a unit (一、洛阳市第一人民医院) states what it does
    (牵头建设胸痛中心…。): a task division by unit, each item a measure — not a published list."""
    nl = text.find("\n", he, end)
    if nl == -1:
        return False
    eol = text.find("\n", nl + 1, end)
    eol = end if eol == -1 else eol
    first = nl + 1
    while first < eol and text[first] in " \t\u3000":
        first += 1
    return "。" in text[first:eol] and (text.startswith(_UNIT_DUTY, first) or _states_action(text, first, eol))


# what a unit's own task line opens with (牵头建设…, 负责…, 承担…, 配合…)
_UNIT_DUTY = ("牵头", "负责", "承担", "配合", "参与", "协助", "协同")


_DEFINED = re.compile(r"[^，,。；;：:\n]{1,24}?[，,]?[ \t\u3000]*(?:是指|系指)")   # the same within the heading (二、创新药，是指…)
# an item whose first clause says what something is (生物医药产业是我国战略性新兴产业，也是…): it
# describes (README: status and results)
_COPULA = re.compile(r"[^，,。；;是]{2,20}(?<![一二三四五六七八九十但还就都总要也正只即而于凡])(?<!特别|尤其|或者)是(?!否)")


# a heading that is a subject and how it stands (1.“两区”建设稳步推进, (二)营商环境持续优化, 三、科技创新成效显著):
# a review's status line, it describes (README: status and results); one opening with a policy verb or
# holding a clause before (围绕主线、办好大事，重大任务全面落实: the work done) is none
_STATUS = re.compile(r"[^，,。；;：:]{2,20}?(?:(?:稳步|持续|有序|扎实|深入|加快|顺利)推进|(?:不断|持续|稳步|显著|全面|明显|大幅)提升"
                     r"|(?:不断|持续|日益|逐步)完善|成效(?:显著|明显)|取得(?:新|积极|明显|显著)(?:成效|进展|突破)|(?:不断|持续)加强"
                     r"|(?:持续|不断)优化|实现新(?:跨越|突破)|稳中(?:有进|向好)|(?:持续|不断|显著)增强"
                     # (产业规模持续扩大, 生态环境明显改善, 发展质量稳步提高, 集聚效应日益凸显, 产业体系初步形成)
                     r"|(?:持续|不断|稳步|逐步|显著|明显|大幅|日益|进一步)(?:扩大|壮大|改善|提高|凸显|增长|增加|好转)"
                     r"|(?:初步|基本)形成|初具规模|日趋完善)$")
# …but a heading that asks for the state or aims at it is a task or a target, not a status line
# (确保重点项目建设稳步推进, 各区要推动营商环境持续优化, 力争产业规模持续提升, 使创新能力不断增强)
_STATUS_ASKED = re.compile(r"确保|力争|争取|努力|务必|必须|应当|着力|推动|促进|(?<![主重需首纲摘概必])要(?![素求点件])|^[使让]")
_STATUS_ENDS = ("推进", "提升", "完善", "显著", "明显", "成效", "进展", "突破", "加强", "优化", "跨越", "有进", "向好", "增强",
                "扩大", "壮大", "改善", "提高", "凸显", "增长", "增加", "好转", "形成", "规模")


def _states_status(heading: str) -> bool:
    """Is the heading a subject and a status predicate (“两区”建设稳步推进)? See ``_STATUS``."""
    return heading.endswith(_STATUS_ENDS) and bool(_STATUS.fullmatch(heading)) and not _ACTS.match(heading) \
        and not _STATUS_ASKED.search(heading)


def _says_what_is(heading: str) -> bool:
    """Does the heading's first clause say what something is (生物医药产业是我国战略性新兴产业)?
    Not when it opens with a policy verb (支持企业特别是中小微企业…) or what follows 是 is one
    (重点是加强基层医疗…, 首要任务是完善…): the item states a task."""
    m = _COPULA.match(heading) if "是" in heading else None
    return m is not None and not _ACTS.match(heading) and not _ACTS.match(heading, m.end())
# a support the item grants (对…企业给予购房补贴，具体为：): it acts though its list details it
_GRANTS = re.compile(r"给予|予以(?:奖励|补贴|补助|资助|支持)")
# 第三条 坚持党管人才原则，…: a clause that opens by stating the principle it keeps
_KEEPS_PRINCIPLE = re.compile(r"(?:坚持|遵循)[^，,。；;]{1,30}原则[，,。；;]")
# A regulation's general article: its first sentence states a principle or a general commitment —
# 项目管理坚持“…”的原则, 本市应当大力发展中医药事业，遵循中医药发展规律, 人才工作应当服务经济社会发展大局 — with
# no body as its subject (医疗机构应当遵循诊疗规律 / 县级以上人民政府应当坚持… assign a duty: they act)
_GENERAL_CLAUSE = re.compile(r"(?:坚持|遵循)[^，,。；;]{1,40}?(?:原则|方针|规律|理念)|服务[^，,。；;]{0,20}?大局")
_BODY_SUBJECT = re.compile(r"政府|部门|机关|局|委|厅|办|机构|单位|组织|企业|学校|医院|中心")
# a clause that states the principles or the guiding idea of the work, not a task: …遵循X的原则,
# X的指导思想是 / 基本原则为 (a regulation's general articles, a plan's framing items)
_PRINCIPLES = re.compile(r"遵循[^。；;]{2,80}?的?(?:原则|方针)$|(?:指导思想|基本原则|工作原则|总体要求|主要目标|总体目标|工作目标|宗旨)(?:是|为)$")
# a heading about the document itself, as interpretation pages (政策解读) structure them:
# 《方案》出台背景, 本办法的制定依据, 起草过程, 政策的主要亮点 — the document (by its short name in 《》 or
# 本/该 + its kind) or its drafting (出台/制定/起草/编制/修订) then what is told about it
_DOC_KINDS = "(?:方案|政策|措施|意见|办法|规划|计划|通知|细则|文件|条例|规定|决定|实施意见|若干措施)"
_DRAFTING = "(?:出台|制定|起草|编制|修订|印发)"
# what a text about a document tells of it (《若干措施》编制定位及考虑: several joined by 及/和/与)
_ABOUT_WORDS = ("(?:背景|过程|经过|依据|目的|意义|原则|思路|目标|主要内容|重点内容|内容|亮点|主要亮点|特点|范围|适用范围|对象|定位|"
                "必要性|主要考虑|总体考虑|考虑|总体原则|基本原则|主要目标|总体目标|总体要求|主要任务|重点任务)")
_ABOUT_DOCUMENT = re.compile(
    rf"(?:(?:《[^》]{{1,40}}》|[本该]{_DOC_KINDS}|政策|文件)的?{_DRAFTING}的?|《[^》]{{1,40}}》的?|[本该]{_DOC_KINDS}的?"
    rf"|(?:政策|文件)的|{_DRAFTING}的?)"
    rf"{_ABOUT_WORDS}(?:[及和与、]{_ABOUT_WORDS})*[\s。：:]*$"
    # 政策 or 文件 alone before a word only a text about a document uses (政策背景, 政策亮点);
    # 政策内容, 政策对象, 政策目标 head a policy's own parts
    r"|(?:政策|文件)(?:背景|过程|经过|依据|亮点|主要亮点|特点|必要性|主要考虑|总体考虑)[\s。：:]*$"
    # how the document was drafted or what it was made for (三、起草情况, 一、制定意图, 二、起草说明)
    rf"|{_DRAFTING}(?:情况|意图|说明)[\s。：:]*$")
_QUESTION = re.compile(r"(?:什么|为什么|怎么样|怎么办|如何|哪些|是否|吗|呢)[？?]?$|[？?]$")
_SENTENCE_STOP = re.compile(r"[。；;：:！？!?]")
# a question word in a heading its question mark ends, though words run on after it on the line (a flattened page:
# 三、针对…有哪些主要措施? 一是…); a ? with none may be a garbled character
_QUESTION_WORD = re.compile(r"什么|怎么|如何|哪些|哪几|哪个|是否|多少|吗|呢")
# a short heading a flattened page runs into its first sentence after a blank (发展目标 到2020年，建成…)
_SPACED_HEAD = re.compile(r"([^\s，,。；;]{2,12})[ \t\u3000]+\S")
_SPACED_REACH = 16   # a spaced head, its blank and the next character
_BLANKS = (" ", "\t", "\u3000")
_HEAD_STOP = re.compile(r"[。；;：:！？!?\n]")
_HEAD_FRAGMENT = re.compile(r"\s*\n\s*[\u4e00-\u9fff]{1,3}。")
_BREAK = re.compile(r"\s*\n\s*")


def _joined(s: str) -> str:
    """``_BREAK.sub("", s)``, the pattern run only over a string that holds a line break (every match does)."""
    return _BREAK.sub("", s) if "\n" in s else s


# Cheap necessary conditions tried before patterns over a measure's heading (which holds no line break, so
# ``$`` is its end): the character or ending every match has — _QUESTION ends with a question word or mark,
# _PRINCIPLES with 原则/方针/是/为, _NAME_ONLY with an organisation word or its bracketed note; _COPULA holds 是,
# _DEFINED 指, _FILE_NAME_END a dot.
_QUESTION_LAST = "么样办何些否吗呢？?"
_PRINCIPLES_ENDS = ("原则", "方针", "是", "为")
_NAME_ENDS = ("有限公司", "公司", "集团", "医院", "大学", "学院", "学校", "研究院", "研究所", "研究中心", "实验室", "协会", "学会")


def _dun_owns_notes(text: str, dun: _Level, deeper: _Level | None) -> bool:
    """Do the 一、 items carry the owner annotations themselves? Most of them must hold one,
    and the notes must not sit inside their deeper items (a note between two （一） items of
    one 一、 item, or in the paragraph of its last （一） item, belongs to that （一） item: then
    the （一） items act)."""
    ends = _item_ends(text, dun)
    deep = sorted(deeper.matches[i].start() for lst in deeper.lists for i in lst) if deeper else []
    owned = notes = inside = 0
    for i, e in ends.items():
        s0 = dun.matches[i].end()
        hits = _notes_in(text, s0, e)
        if not hits:
            continue
        owned += 1
        notes += len(hits)
        lo, hi = bisect_right(deep, s0), bisect_right(deep, e)
        if hi - lo >= 1:
            # a note between its deeper items, or in the paragraph of the last one, is theirs
            first, last = deep[lo], deep[hi - 1]
            after = [h for h in hits if h > last]
            # (several notes after the last deeper item are the annotations of what that item lists — 1.主要指标的
            # 责任部门。\n常住人口…(市人口计生委牵头)…(市经委牵头)…: one 一、 item's own note is one)
            inside += sum(1 for h in hits if first < h < last) \
                + (len(after) if len(after) >= 2 else sum(1 for h in after if "\n" not in text[last:h]))
    return owned * 2 >= len(ends) and inside * 5 < max(1, notes)


def _item_ends(text: str, level: _Level) -> dict[int, int]:
    """End of each listed item of ``level``: the next listed marker of the same style."""
    idx = sorted((i for lst in level.lists for i in lst), key=lambda i: level.matches[i].start())
    out = {}
    for a, b in zip(idx, idx[1:] + [None]):
        out[a] = level.matches[b].start() if b is not None else len(text)
    return out


def _note_share(text: str, sub: _Level, outer: _Level) -> float:
    """Share of ``sub``'s listed items with an owner note in their own span (to the next
    listed marker of either level)."""
    idx = [i for lst in sub.lists for i in lst]
    bounds = sorted(set(sub.starts) | set(outer.starts))
    hits = 0
    for i in idx:
        m = sub.matches[i]
        k = bisect_right(bounds, m.start())
        end = bounds[k] if k < len(bounds) else len(text)
        hits += bool(_notes_in(text, m.end(), end))
    return hits / len(idx) if idx else 0.0


def _outer_owns(text: str, outer: _Level, sub: _Level) -> bool:
    """Are half or more of ``outer``'s items whole measures of their own — no sub items, an owner
    note ((一)推进产业链强链补链。…给予最高100万元的配套奖励。（责任单位：创新发展部）)? Then the outer
    items are the measures and the notes of the sub items some others hold ((二)… 1.…（责任单位：…）)
    belong to those measures (README: several notes inside one item → the union): the sub items
    split an item, they are no level of their own. (An outer item with sub items and a note on its
    heading line heads a group its note annotates: that says nothing here.)"""
    ends = _item_ends(text, outer)
    subs = sub.starts
    own = 0
    for i, e in ends.items():
        a = outer.matches[i].end()
        k = bisect_right(subs, a)
        if k < len(subs) and subs[k] < e:
            continue
        own += bool(_notes_in(text, a, e))
    return 2 * own >= len(ends) > 0


_INTRO_LINE = re.compile(r"[^\n]*[:：][ \t\u3000]*\n")


def _introduces(text: str, sub: _Level, outer: _Level) -> bool:
    """Are the sub items a list each outer item holding it introduces by a line ending in a
    colon ((一)X的主要职责：\n…\n1.负责… 2.负责…), and at least as many as the outer items?
    Then the sub items are what the document enumerates and the outer items group them."""
    if outer.style == "article" or sub.size < 2 or sub.size < outer.size:
        return False   # an article introducing its (一) items keeps them inside it (see _choose)
    ends = _item_ends(text, outer)
    sub_pos = sub.starts
    holding = 0
    for i, e in ends.items():
        m = outer.matches[i]
        if bisect_right(sub_pos, e) > bisect_right(sub_pos, m.end()):
            holding += 1
            if not _INTRO_LINE.match(text, m.end()):
                return False
    return holding > 0


# a heading line that is nothing but a unit's name ((一)区委组织部, (三)区财政局): the items
# below it are that unit's tasks
# ((一)区委宣传部（8项） / (二)区发展改革委： — a count of its tasks in brackets or a colon after the name)
# (on a page flattened to one line the unit's first task follows after a blank or a colon: (一)区委区政府办公室 1、负责…)
_UNIT_HEADING = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff、和及]{2,24}?" + _UNIT_END
                           + r"(?:[ \t\u3000]*[(（][^()（）\n]{1,10}[)）])?(?:[ \t\u3000：:]*\n"
                           + r"|[ \t\u3000：:]+(?=1[、.．]|[(（]1[)）]))")
# the same name on a line of its own with no number (区委宣传部\n1.… 2.…\n区发展改革委\n1.…): it heads the
# items below it as a section heading does, so their numbering restarts under it
_UNIT_LINE = re.compile(r"^[ \t\u3000#*]*[\u4e00-\u9fff、和及]{2,24}?" + _UNIT_END
                        + r"(?:[ \t\u3000]*[(（][^()（）\n]{1,10}[)）])?[ \t\u3000：:]*$", re.M)


def _owner_headings(text: str, outer: _Level) -> bool:
    """Are most of ``outer``'s listed items headings that name a responsible unit and nothing
    else (owners as headings: (一)区委区政府办公室 / 1、负责… 2、…)? Then they group the
    items below them, which act."""
    idx = [i for lst in outer.lists for i in lst]
    named = sum(1 for i in idx if _UNIT_HEADING.match(text, outer.matches[i].end()))
    return len(idx) >= MIN_RUN and 2 * named > len(idx)


def _choose(text: str, levels: dict[str, _Level]) -> tuple[str, list[re.Match] | None, list[re.Match]]:
    """(style of the measures, section markers when ``一、`` items frame them, markers of a
    group level above the measures ((一) headings over owner-carrying 1. items))."""
    # (一是/二是 of prose — passive — number no items: 一、 items holding them are the measures)
    inner = {k: v for k, v in levels.items() if k != "cn_dun" and not v.passive}
    if len(inner) > 1 and "cn_shi" in inner:  # 一是/二是 enumerate inside sentences: last resort
        del inner["cn_shi"]
    top = [k for k, v in inner.items() if not any(_nested(v, o) for kk, o in inner.items() if kk != k)] or list(inner)

    weights: dict[str, tuple[int, int]] = {}

    def weight(k: str) -> tuple[int, int]:
        if k not in weights:
            lv = inner[k]
            acting = sum(1 for lst in lv.lists for i in lst if not _framing_at(text, lv.matches[i].end()))
            weights[k] = (acting, -RANK[k])
        return weights[k]

    # (a lone candidate needs no weight: max would still compute it, a _framing_at per listed marker)
    deeper = (top[0] if len(top) == 1 else max(top, key=weight)) if top else ""
    group: list[re.Match] = []
    if deeper:
        # (一) group headings over 1. items that carry their own owners: the 1. items act
        subs = [k for k, v in inner.items() if k not in (deeper, "cn_shi") and _nested(v, inner[deeper])]
        if subs:
            sub = max(subs, key=lambda k: (inner[k].size, -RANK[k]))
            if (_note_share(text, inner[sub], inner[deeper]) >= 0.5 and not _outer_owns(text, inner[deeper], inner[sub])
                    or _introduces(text, inner[sub], inner[deeper]) or _owner_headings(text, inner[deeper])):
                group = [inner[deeper].matches[i] for lst in inner[deeper].lists for i in lst]
                deeper = sub
    dun = levels.get("cn_dun")
    if dun is None and deeper == "article":
        # articles (第二条 …) frame the (一) items inside them as 一、 sections do
        subs = [k for k, v in inner.items() if k not in ("article", "cn_shi") and _nested(v, inner["article"])]
        if subs:
            dun = inner["article"]
            inner = {k: v for k, v in inner.items() if k != "article"}
            deeper = subs[0] if len(subs) == 1 else max(subs, key=weight)
    if dun is None:
        return deeper, None, group
    if not deeper:
        return "cn_dun", None, []     # nothing numbered deeper: the 一、 items are the measures
    # do the 一、 items frame the deeper items? Most deeper items sit below the first 一、,
    # and 一、 items holding deeper items are at least half as many as the 一、 items that
    # are no framing headings (一、总体要求 / 二、重点任务 (一)… / 三、保障措施 frames; a (1)(2)
    # list inside one of five acting 一、 items frames nothing)
    ends = _item_ends(text, dun)
    pos = sorted(m.start() for m in inner[deeper].matches)  # every marker of the style, listed or not
    below = sum(1 for p in pos if p > dun.starts[0])
    # (a describing part — 一、调研内容 / 二、申报条件 over their 1. 2. lists — holds no measures)
    describing = {i for i in ends if _describing_at(text, dun.matches[i].end())}
    holding = sum(1 for i, e in ends.items()
                  if i not in describing and bisect_right(pos, e) > bisect_right(pos, dun.matches[i].end()))
    # (a review's status line — 一、医疗服务能力持续提升 — is no plain item either: it is dropped as a measure)
    plain = sum(1 for i in ends if i not in describing and not _framing_at(text, dun.matches[i].end())
                and not _question_at(text, dun.matches[i].end()) and not _states_status(_heading_text(text, dun.matches[i])))
    if below * 2 < len(pos) or holding == 0 or holding * 2 < plain:
        return dun.style, None, []     # nothing (or too little) deeper below the 一、 items: they are the measures
    if _dun_owns_notes(text, dun, inner[deeper]):
        return dun.style, None, []     # 一、 items carry the owners; deeper items are their parts
    return deeper, [dun.matches[i] for lst in dun.lists for i in lst], group


def _heading_text(text: str, m: re.Match) -> str:
    eol = text.find("\n", m.end(), m.end() + 80)
    hs, he = _heading_span(text, m.end(), eol if eol != -1 else min(len(text), m.end() + 80))
    return text[hs:he]


_PARA_BREAK = re.compile(r"\n\s*\n|。\s+(?=\S)|\n(?=[#*\s]*[^\s])")
_CONTINUES = re.compile(
    rf"[#*\s]*(?:(?P<paren_cn>\((?:[{CN}]{{1,4}})\))|(?P<paren_arabic>\(\d{{1,3}}\))|(?P<arabic_dot>\d{{1,3}}(?:[.．](?!\d)|、))"
    rf"|(?P<circled>[{CIRCLED}])|(?P<cn_shi>[{CN}]{{1,3}}是)|(?P<note>[（(【\[]?\s*(?:{OWNER_LABELS})))"  # owners.py's labels
)


def _line_end(text: str, pos: int, limit: int) -> int:
    e = text.find("\n", pos, limit)
    return limit if e == -1 else e


def _last_body_end(text: str, start: int, limit: int, style: str = "", parts: frozenset[int] = frozenset()) -> int:
    """The last measure of a list ends at its paragraph's end (a measure is a paragraph);
    closing remarks after it (保障措施, signatures) are not part of it. Paragraphs that
    continue it — its deeper-numbered parts, an owner annotation line — are."""
    first = True
    while True:
        m = _PARA_BREAK.search(text, start, limit)
        if not m:
            return limit
        end = m.start() + (1 if text[m.start()] == "。" else 0)
        nxt = _CONTINUES.match(text, end)
        if first and nxt is None and text[m.start()] == "\n" and not _SENTENCE_STOP.search(text, start, end) \
                and _SENTENCE_STOP.search(text, m.end(), _line_end(text, m.end(), limit)):
            # a heading line without 。: the paragraph below it is its body (when it is one: a
            # signature or a date line below the document's last heading is not)
            first = False
            start = m.end()
            continue
        first = False
        if nxt is None and any(_DUTY_NOTE.match(text, h) for h in _notes_in(text, m.end(), _line_end(text, m.end(), limit))):
            # a paragraph holding owner notes that state a duty after the heading line (1.主要指标的责任部门。\n常住
            # 人口控制在…。(市人口计生委牵头)万元地区生产总值能耗降低20%。(市经委牵头)…): the item's annotated text
            # (a bare list of units in brackets, （省科技厅、省税务局等有关部门）, states none: owners.py reads it so)
            start = m.end()
            continue
        if not nxt or nxt.end() >= limit:
            return end
        kind = nxt.lastgroup
        if kind != "note" and (kind == style or RANK.get(kind or "", 0) <= RANK.get(style, 0)) \
                and nxt.start(kind or 0) not in parts:   # a same-style list inside the item goes on
            return end
        start = nxt.end()


def _cn_label(n: int) -> str:
    return "一二三四五六七八九十"[n - 1] if 0 < n <= 10 else str(n)


# The line that says what the list below it holds, when that is no task: conditions, papers to hand in
# (申请企业须同时满足以下条件： / 请于…前提交下列材料：, README "Activity notices": lists of conditions and
# materials describe, labelled or not) or a page's links (相关链接, 延伸阅读; not 相关政策, which may head a policy's
# measures on an interpretation page — review s12). Not 标准 (按以下标准给予补助：1.对…
# 给予500万元 — grant tiers act; an item that grants stays anyway).
_NO_TASKS_INTRO = re.compile(r"(?:以下|下列|如下)[^，,。；;\n]{0,8}?(?:条件|材料|资料|要件|资格)(?:之一)?[ \t\u3000]*[:：][ \t\u3000]*$"
                             r"|^[ \t\u3000#*]*(?:相关|延伸|推荐|扩展)(?:链接|文件|阅读|新闻|附件|解读)[ \t\u3000]*[:：]?[ \t\u3000]*$")


def _lists_no_tasks(text: str, first: re.Match) -> bool:
    """Does the line right above the list's first marker (or the words before it on its own line, 提交以下
    材料：1.…) say the list holds conditions, papers or links (``_NO_TASKS_INTRO``)?"""
    p = _marker_pos(first)
    ls = text.rfind("\n", 0, p) + 1
    if text[ls:p].strip(" \t\u3000#*"):
        return bool(_NO_TASKS_INTRO.search(text[ls:p]))
    if ls == 0:
        return False
    return bool(_NO_TASKS_INTRO.search(text[text.rfind("\n", 0, ls - 1) + 1:ls - 1]))


# an item that is a document's title and nothing else (a compilation's list, a page's list of files: 1.某市人民政府
# 关于印发…规划的通知（某政发〔2021〕5号）): a name, it acts in nothing — the issuing verb inside the title is the
# title's (an item opening with its own verb, 印发关于…的通知, is a task: the title must open with a name or 关于)
# documents to be made (一、拟制定文件, 2031年规范性文件制定计划, 立法工作计划): a title listed there is a task to
# draft it, not a document's name (review s12)
_PLANNED_DOCS = re.compile(r"(?:拟|计划|将|预计|待)(?:制定|制订|出台|起草|修订|印发|发布|提请)|(?:制定|制订|起草|出台|立法)(?:工作)?计划")
_TITLE_ITEM = re.compile(r"(?:[^，,。；;：:\s（(《]{2,30}?|《?)关于[^，,。；;：:]{2,80}?的?"
                         + _DOC_KINDS + r"》?(?:[(（][^()（）\n]{0,30}[)）])?")
_TITLE_VERB = re.compile(_DRAFTING + "|下发|转发|研究|" + _ACTS.pattern)


# the extension ending an attached file's name (附：1、X任务分解表.docx): a page's download link, not an item's words
_FILE_NAME_END = re.compile(r"\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar|7z|pptx?|txt)[ \t\u3000]*$", re.I)


def find_measures(text: str, sections: list[re.Match] | None = None, start: int = 0) -> tuple[str, list[Measure]]:
    """``sections``: ``list(SECTION.finditer(text))`` when the caller has it already;
    ``start``: where the document's own text begins (a transmittal notice's attached text)."""
    levels = _levels(text, start)
    if not levels:
        return "", []
    style, dun_sections, groups = _choose(text, levels)
    if not style or levels[style].passive:
        return "", []
    level = levels[style]
    if sections is None:
        sections = _dun_lines(SECTION, text)
    # section headings: short 一、 lines, and the 一、 items when they frame the measures
    heads: dict[int, tuple[int, str, str]] = {}   # start -> (number, title, label as a reader sees it)

    def head(n: int, title: str, label: str | None = None) -> tuple[int, str, str]:
        title = title.strip()
        return n, title, label or f"{_cn_label(n)}、{title}"

    if "章" in text or "部分" in text or "篇" in text:
        # (第一部分 发展基础 / 第二篇 主要任务: a plan's parts head their items as chapters do)
        for s in CHAPTER.finditer(text):
            heads[s.start()] = head(cn_to_int(s.group("n")) or 0, s.group("title"), _WS_RUN.sub(" ", s.group(0).strip(" \n\t#*")))
    if style != "cn_dun":
        for s in sections:
            heads[s.start()] = head(cn_to_int(s.group("n")) or 0, s.group("title"))
        if "、" in text:
            # a goal section whose heading a flattened page runs into its first sentence after a
            # space (一、工作目标 进一步完善…): its items state goals all the same
            for s in _dun_lines(_SPACED_GOAL, text):
                if _is_goal_section(s.group("title")):   # (a SECTION match took the whole line as its title)
                    heads[s.start()] = head(cn_to_int(s.group("n")) or 0, s.group("title"))
        for m in dun_sections or ():
            marker_start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip("#* \n\t")))
            title = _heading_text(text, m)
            heads.setdefault(m.start(), head(_number(_num_text(m)), title, m.group(0).strip(" \n\t#*") + title.strip()))
            heads.setdefault(marker_start, heads[m.start()])
    for m in level.frames:   # same-style items heading the lists (_drop_sublists)
        heads.setdefault(m.start(), head(_number(_num_text(m)), _heading_text(text, m),
                                         m.group(0).strip(" \n\t#*") + _heading_text(text, m).strip()))
    head_starts = sorted(heads)

    lists = sorted(level.lists, key=lambda lst: level.matches[lst[0]].start())
    longest = max(lists, key=len)
    all_pos = sorted(level.matches[i].start() for lst in lists for i in lst)

    goal: dict[tuple[int, str, str], bool] = {}

    def goal_section(sec: tuple[int, str, str]) -> bool:
        if sec not in goal:
            goal[sec] = _is_goal_section(sec[1])
        return goal[sec]

    describing_heads: dict[tuple[int, str, str], bool] = {}

    def describing_section(sec: tuple[int, str, str]) -> bool:
        if sec not in describing_heads:
            d = _DESCRIBING.match(sec[1])
            # (a flattened page runs the label into its text after a blank: 一、申报条件 支持对象为…，应当符合以下条件)
            describing_heads[sec] = d is not None and (len(sec[1]) <= _FRAMING_MAX or sec[1][d.end():d.end() + 1] in _BLANKS)
        return describing_heads[sec]

    def section_of(pos: int) -> tuple[int, str, str] | None:
        k = bisect_right(head_starts, pos) - 1
        return heads[head_starts[k]] if k >= 0 else None

    restarts = set(head_starts) | {g.start() for g in groups}   # where a list may start again
    unit_lines: set[int] = set()
    if len(lists) > 1:
        unit_lines = {r.start() for r in _UNIT_LINE.finditer(text)}
        restarts |= unit_lines
    if len(lists) > 1 and "项" in text:
        # a line naming the numbered item of an outer list it reports on (…重点工作分工第77项 加大…): a
        # table row or a heading the items below it belong to, as a section heading is
        restarts |= {r.start() for r in _ITEM_REF_LINE.finditer(text)}
    restarts = sorted(restarts)
    kept: list[list[int]] = []
    for lst in lists:
        if lst is longest:
            kept.append(lst)
            continue
        # another list of the same style counts when numbering restarts under a new section
        # heading (between it and the previous listed marker); else it is a stray pair
        first = level.matches[lst[0]].start()
        k = bisect_right(all_pos, first) - 2
        prev = all_pos[k] if k >= 0 else -1
        h = bisect_right(restarts, first) - 1
        if h >= 0 and restarts[h] > prev or prev == -1 and level.nums[lst[0]] > 1:
            # (or the list the text begins inside, before any other: _levels accepted it as the
            # tail of a section cut off above — _cut_list)
            kept.append(lst)
    items = sorted((i for lst in kept for i in lst), key=lambda i: level.matches[i].start())
    listed_as = {i for lst in kept if _lists_no_tasks(text, level.matches[lst[0]]) for i in lst}
    item_starts = [level.matches[i].start() for i in items]
    # (a unit's name heading the next items ends the item before it: it is not that item's owner)
    bounds = sorted(set(item_starts) | set(head_starts) | {g.start() for g in groups} | unit_lines)
    if level.flat:
        # a flattened list: the group headings run into it ((二)实施加工提升工程 after an item's note)
        # end the item before them, as their line breaks would
        lo, hi = item_starts[0], item_starts[-1]
        bounds = sorted(set(bounds) | {m.start() for k in ("cn_dun", "paren_cn") for m in _markers(k, text)
                                       if lo < m.start() < hi})

    # the chapter and part lines of a plan (第三章 …, 第一节 …): a contents outline lists them with the items
    # between as bare headings, no sentence anywhere
    outline: list[int] | None = None if "第" in text and ("章" in text or "节" in text) else []
    measures: list[Measure] = []
    idle: list[bool] = []   # per measure: no word of doing anywhere in it (_acts_somewhere)
    for i in items:
        m = level.matches[i]
        marker_start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip("#* \n\t")))
        body_start = m.end()
        # a measure ends where the next one starts, or at a section heading before it; the
        # document's last measure ends with its paragraph (and the paragraphs continuing it)
        k = bisect_right(bounds, body_start)
        if item_starts and body_start < item_starts[-1]:
            end = bounds[k]
        else:
            end = _last_body_end(text, body_start, bounds[k] if k < len(bounds) else len(text), style, level.parts)
        while end > body_start and text[end - 1].isspace():
            end -= 1
        hs, he = _heading_span(text, body_start, end)
        heading = _joined(text[hs:he].strip())   # (no line break in it: $ below is the heading's end)
        sec = section_of(m.start())
        # 一、发展目标 到2020年，… (a page flattened to one line; a match holds a blank)
        spaced = _SPACED_HEAD.match(heading) if " " in heading or "\t" in heading or "\u3000" in heading else None
        if ((len(heading) <= _FRAMING_MAX or heading.endswith(_WHY_ENDS)) and is_framing(heading)
                or spaced is not None and is_framing(spaced.group(1))) \
                and not _notes_in(text, body_start, end) \
                and not ((_ASKING_HEAD.search(heading) and _ASKS.search(text, he, end)
                          # (flattened: 三、有关要求 请各单位于…前报送 — the asking words run on the heading's line)
                          or spaced is not None and _ASKING_HEAD.search(spaced.group(1))
                          and (_ASKS.search(heading, spaced.end(1)) or _ASKS.search(text, he, end)))
                         and not _ITEM_LINE.search(text, he, end)) \
                and not ((heading in _CARRYING_OUT and _NAMED_DIRECTIVE.search(text, he, end)
                          # (flattened: 三、保障措施 县政府办公室将… — the task runs on the heading's line)
                          or spaced is not None and spaced.group(1) in _CARRYING_OUT
                          and bool(_NAMED_DIRECTIVE.match(heading[spaced.end(1):].lstrip()) or _NAMED_DIRECTIVE.search(text, he, end)))
                         and not _ITEM_LINE.search(text, he, end)) \
                or _BOILERPLATE.match(text, hs, end) or style == "article" and level.nums[i] == 1 and _PURPOSE_BASIS.match(text, hs, end):
            # a framing heading frames unless a unit is made responsible for it (（一）总体要求：…
            # （省发展改革委牵头）): an item that carries owners acts; so does a requirements item
            # that asks units to act, with no deeper items of its own (三、有关要求 请有关单位认真准备…)
            continue
        if i in listed_as and not _notes_in(text, body_start, end) and not _GRANTS.search(text, body_start, end):
            continue   # 须同时满足以下条件：1.在本市注册… / 相关链接 1.关于…的通知: what the line says the list holds
        if "关于" in heading and _TITLE_ITEM.fullmatch(heading) and not text[he:end].strip() and not _notes_in(text, body_start, end) \
                and not _TITLE_VERB.match(heading) \
                and not (sec is not None and _PLANNED_DOCS.search(sec[1]) or _PLANNED_DOCS.search(text, 0, min(len(text), 200))):
            continue   # 1.某市人民政府关于印发…规划的通知（某政发〔2021〕5号）: a document's title listed alone, no item
        if "." in heading and _FILE_NAME_END.search(heading):
            continue   # 1、X任务分解表.docx / 2.Y名单.pdf: an attachment's file name, a link on the page, no item
        if _goal_run_in(heading) and not _notes_in(text, body_start, end):
            continue   # 一、指导思想以…为指导，… / 二、基本原则——坚持…: a goal heading a flattened page runs into its text
        if (_describing_at(text, body_start) or sec is not None and describing_section(sec)) \
                and not _notes_in(text, body_start, end) and not _STATED_LEAD.search(text, body_start, end) \
                and not (sec is not None and _KINDS_HEAD.match(sec[1]) and _GRANT.search(text, body_start, end)):
            continue   # 二、申报条件 / 三、联系方式, and the 1. 2. items under 一、调研内容: they describe
            # (a member list that states its lead — 联席会议由A、B…组成，C为牵头单位 — carries owners: it acts)
        if sec is not None and len(heading) <= _FIELD_NAME_MAX and _FIELD_SECTION.search(sec[1]) \
                and not _FIELD_VERB.search(heading) and not _states_action(text, hs, he) \
                and not _notes_in(text, body_start, end):
            continue   # 一、重点领域 （一）生物药。以抗体药物…为主攻方向: a field the plan names, it describes
        if len(heading) <= _LABEL_MAX and "本" in text[he:he + _LABEL_REACH] \
                and _BOILERPLATE.match(text, _after_label(text, he, end), end) and not _notes_in(text, body_start, end) \
                and "给予" not in text[he:end]:   # (临床补助。本政策所称临床试验费用，按…给予补助: it grants, it acts)
            continue   # 第二条 项目定义 本办法所称… / (三)支持对象。本意见适用于…: a label over the scope or a definition
        if end == len(text.rstrip()) and not _SENTENCE_STOP.search(text, body_start, end) \
                and not _CLAUSE.search(text, body_start, end) and not _states_action(text, body_start, end) \
                and not (measures and measures[-1].number == level.nums[i] - 1 and _cut_words_act(text, hs, end)):
            # a heading the text ends in (an excerpt cut there) that states no action: nothing to judge — unless
            # it goes on a list of measures and its words act (◈ 5.对各地上报的…重大 / 3.制定《): README session 10,
            # items cut by the end of an excerpt are measures when the words on the page act
            continue
        if (_says_what_is(heading) or _states_status(heading)) and not _notes_in(text, body_start, end):
            continue   # 一、生物医药产业是我国战略性新兴产业，也是…: it says what something is, it describes
        if he >= end - 1 and outline is None:   # (the first bare heading: the part lines, found once)
            outline = [c.start() for c in _PART_WORD.finditer(text)
                       if not text[text.rfind("\n", 0, c.start()) + 1:c.start()].strip(" \t\u3000#*")]
        if outline and he >= end - 1 and _in_outline(text, outline, marker_start):
            continue   # (一)大力培育企业技术创新主体 between 第一节 … and 第二节 … of a plan's contents: no item
        if (heading.endswith(_NAME_ENDS) or heading[-1:] in ")）") and _NAME_ONLY.fullmatch(heading) and not _ACTS.match(heading) and not _notes_in(text, body_start, end) \
                and not _unit_tasks_below(text, he, end):
            continue   # 1.江苏某某医药股份有限公司: a name in a published list (名单), no act
        if (_DEFINES.match(text, he, end) or "指" in heading and _DEFINED.match(heading)) and not _notes_in(text, body_start, end):
            continue   # 一、生技医药产业：指…: a definition of a term (本条例用词，定义如下), it describes
        if _ABOUT_DOCUMENT.match(heading) or spaced is not None and _ABOUT_DOCUMENT.match(spaced.group(1)):
            continue   # 一、《方案》出台背景 / 二、起草过程 (flattened: 二、起草过程 2月7日向…): a heading about the document
        if (heading.endswith(_PRINCIPLES_ENDS) and _PRINCIPLES.search(heading) or style == "article" and (_KEEPS_PRINCIPLE.match(text, hs, end) or _general_article(heading))) \
                and not _notes_in(text, body_start, end):
            continue   # 第三条 专项资金管理遵循…的原则 / 第二条 区政府工作的指导思想是：— it states principles
        if heading[-1:] in _QUESTION_LAST and _QUESTION.search(heading) or _ASKED.match(text, he) \
                or text[he:he + 1] in ("?", "？") and _QUESTION_WORD.search(heading):
            continue   # 一、…出台的目的是什么 / 三、政策适用于哪些机构? (flattened: …有哪些主要措施? 一是…): a question, no measure
        if style == "article" and text[he:he + 1] in (":", "：") and _INTRO_LINE.match(text, he) \
                and not _states_action(text, hs, he) and not _GRANTS.search(text, hs, he):
            continue   # 第三条 本区的重点产业领域：(一)… — an article naming what its list holds acts on nothing
        if sec is not None and goal_section(sec) and not _notes_in(text, body_start, end):
            continue   # a goal or principle, unless a unit is made responsible for it
        # an item with no word of doing anywhere (（三）医学检验科（1个） 试点医院：…) names or describes;
        # judged with its siblings below (_without_idle_lists)
        idle.append(not _acts_somewhere(text, marker_start, end) and not _notes_in(text, body_start, end))
        label = sec[2] if sec is not None else ""
        measures.append(
            Measure(
                number=level.nums[i],
                number_text=text[marker_start:m.end()].strip(),
                heading=heading,
                start=marker_start,
                end=end,
                heading_start=hs,
                heading_end=he,
                body_start=body_start,
                section=label,
                key=str(level.nums[i]),
            )
        )
    if any(idle):
        measures = _without_idle_lists(measures, idle)
    if "\n" in text and any(RANK[k] > RANK[style] for k in levels):
        measures = _owned_parts(text, measures, levels, style)
    if dun_sections and measures:
        measures = _with_lone_sections(text, measures, dun_sections, levels)
    if len({m.number for m in measures}) < len(measures):  # numbering restarts: key by section
        ordinal = 0
        for ms in measures:
            ordinal += ms.number == 1
            sec = section_of(ms.start)
            ms.key = f"{sec[0] if sec and sec[0] else ordinal}-{ms.number}"
        if len({m.key for m in measures}) < len(measures):   # sections unnumbered or repeated
            ordinal = 0
            for ms in measures:
                ordinal += ms.number == 1
                ms.key = f"{ordinal}-{ms.number}"
    return style, measures


_WS_RUN = re.compile(r"\s+")


def _with_lone_sections(text: str, measures: list[Measure], dun_sections: list[re.Match],
                        levels: dict[str, _Level]) -> list[Measure]:
    """The measures with the 一、 items that hold no deeper items and act added. Where 一、 items frame
    the measures ((一)… below 二、工作步骤), a 一、 item with no numbered items below it is a whole item of
    its own (一、建立提案办理工作领导小组 + its text): README "What is a measure" — 一、 items that have no deeper
    numbering are the measures. Only one that plainly acts counts: its heading opens with a policy verb or
    is a directive, or it carries an owner note; framing, describing and goal headings never do, nor one
    opening with a framing word a flattened page runs into its text (四、保障措施各乡镇要…)."""
    inner = sorted(p for k, lv in levels.items() if k != "cn_dun" and not lv.passive for p in lv.starts)
    starts = [m.start() for m in dun_sections]
    added: list[Measure] = []
    # a task list: most of its measures carry owner notes (README "Notices that issue a document")
    tasks_owned = 2 * sum(1 for ms in measures if _notes_in(text, ms.body_start, ms.end)) >= len(measures)
    for k, m in enumerate(dun_sections):
        body_start = m.end()
        if k + 1 < len(starts):
            end = starts[k + 1]
        else:
            end = _last_body_end(text, body_start, len(text), "cn_dun")
        if bisect_left(inner, end) > bisect_right(inner, body_start):
            continue   # it holds deeper items: a section
        while end > body_start and text[end - 1].isspace():
            end -= 1
        hs, he = _heading_span(text, body_start, end)
        heading = _joined(text[hs:he].strip())
        carrying = heading[:4] in _CARRYING_OUT and _names_a_body_task(text, body_start, end)
        if not carrying and (not heading or heading[:4] in FRAMING or is_framing(heading) or _framing_at(text, body_start)) \
                or _describing_at(text, body_start) \
                or _is_goal_section(heading) or _question_at(text, body_start) or _ABOUT_DOCUMENT.match(heading) \
                or _states_status(heading) or _says_what_is(heading):
            continue
        if not (carrying or _notes_in(text, body_start, end) or _states_action(text, hs, he)):
            continue
        if tasks_owned and _class_requirement(text, body_start, end):
            continue   # 三、加强组织领导。各责任单位要…: a task list's requirement on carrying its tasks out
        marker_start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip("#* \n\t")))
        n = _number(_num_text(m))
        added.append(Measure(number=n, number_text=text[marker_start:body_start].strip(), heading=heading,
                             start=marker_start, end=end, heading_start=hs, heading_end=he, body_start=body_start,
                             section="", key=str(n)))
    if not added:
        return measures
    return sorted(measures + added, key=lambda ms: ms.start)


# a subject that names no body: a bare organ word (坚持党委领导、政府负责: a principle's words) or the
# governments of a kind of place, a class (乡镇政府要…, 基层政府要…)
_NO_BODY_SUBJECT = re.compile(r"(?:党委|政府|部门)|(?:乡镇|镇|乡|街道|村|社区|县区|县市区|市县|地方|基层|属地|各级)(?:人民)?政府")
_GROUP_END = ("小组", "委员会", "指挥部")


def _names_a_body_task(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` give a named body a task (``_NAMED_DIRECTIVE``: 县政府办公室将…, 市卫健委、市财政局
    要…, …工作领导小组负责…)? Not when the subject's items are bare organ words or a class of
    governments (``_NO_BODY_SUBJECT``), nor when it opens with a policy verb and is no group's name
    (坚持党委领导、政府负责: a principle, review s12)."""
    for m in _NAMED_DIRECTIVE.finditer(text, lo, hi):
        subject = re.sub(r"(?:要|负责|将|牵头)$", "", m.group(0).strip(" \t"))
        parts = subject.split("、")
        if any(_NO_BODY_SUBJECT.fullmatch(p) for p in parts):
            continue
        if _ACTS.match(subject) and not subject.endswith(_GROUP_END):
            continue
        return True
    return False


def _class_requirement(text: str, lo: int, hi: int) -> bool:
    """Is the item text [lo, hi) a requirement addressed to the units as a class (各责任单位要…, 牵头单位要…,
    要按照…) that gives no named body a task and carries no owner note? Beside a list of owned tasks it
    is the notice's requirement on carrying them out, no task (README "Notices that issue a document":
    加强组织领导, 严格督查考核 … addressed to 各责任单位 frame wherever they stand; review s11)."""
    if _notes_in(text, lo, hi) or _NAMED_DIRECTIVE.search(text, lo, hi) or _NAMED_OPENING.match(text, lo, hi):
        return False
    return bool(_CLASS_DIRECTIVE.search(text, lo, hi) or _CLASS_OPENING.match(text, lo, hi))


def _without_idle_lists(measures: list[Measure], idle: list[bool]) -> list[Measure]:
    """Drop the items that hold no word of doing where they are more than half of the items under
    their section heading (README "What is a measure": an item acts when it states a task or a
    support; a list of categories, materials or places — （一）内分泌专业（3个） 试点医院：…, （二）金属材料 —
    describes). Judged per list, not per item: one acting item whose verb no word list holds,
    among siblings that act, stays."""
    total: dict[str, int] = {}
    idle_n: dict[str, int] = {}
    for m, q in zip(measures, idle):
        total[m.section] = total.get(m.section, 0) + 1
        idle_n[m.section] = idle_n.get(m.section, 0) + q
    return [m for m, q in zip(measures, idle) if not (q and 2 * idle_n[m.section] > total[m.section])]


def _owned_parts(text: str, measures: list[Measure], levels: dict[str, _Level], style: str) -> list[Measure]:
    """The measures with each item that heads a list of owner-carrying parts replaced by those parts.
    A division of work may annotate owners at two levels in one document: (一)地区生产总值增长11%左右。
    （省发改委负责） is a task, while in another section (一)全力推进产业项目建设。 over 1.抓好…（省发改委主办…）
    2.…（省工信委负责） 3.… only groups the tasks that carry owners (README: which level is the measure —
    the items that carry owners). An item is replaced when it carries no owner note above its first
    part, two or more of its parts, at least half of them, carry their own, and no item of its own
    section is a whole owned measure (then its parts split one item of that list, and their notes are
    that item's: the union); its last part keeps the rest of its span (an excerpt cut there)."""
    subs = [lv for k, lv in levels.items() if RANK[k] > RANK[style] and k != "cn_shi" and not lv.passive and not lv.flat]
    if not subs:
        return measures
    split: dict[int, tuple[list[re.Match], list[int], list[int]]] = {}
    whole: set[str] = set()   # sections holding an item that is a whole owned measure
    listed_of = [(lv, sorted((lv.matches[i].start(), i) for lst in lv.lists for i in lst))
                 for lv in sorted(subs, key=lambda v: RANK[v.style])]
    for k, ms in enumerate(measures):
        parts: list[re.Match] = []
        nums: list[int] = []
        for lv, listed in listed_of:
            a = bisect_right(listed, (ms.body_start, -1))
            b = bisect_left(listed, (ms.end, -1))
            if b - a >= MIN_RUN and lv.nums[listed[a][1]] == 1:
                parts = [lv.matches[i] for _, i in listed[a:b]]
                nums = [lv.nums[i] for _, i in listed[a:b]]
                break
        if not parts:
            if _notes_in(text, ms.body_start, ms.end):
                whole.add(ms.section)
            continue
        if _notes_in(text, ms.body_start, parts[0].start()):
            continue
        ends = [p.start() for p in parts[1:]] + [ms.end]
        owned = sum(1 for p, e in zip(parts, ends) if _notes_in(text, p.end(), e))
        if owned >= 2 and 2 * owned >= len(parts):
            split[k] = (parts, nums, ends)
    if not split:
        return measures
    out: list[Measure] = []
    for k, ms in enumerate(measures):
        if k not in split or ms.section in whole:
            out.append(ms)
            continue
        for p, n, e in zip(*split[k]):
            marker_start = p.start() + (len(p.group(0)) - len(p.group(0).lstrip("#* \n\t")))
            while e > p.end() and text[e - 1].isspace():
                e -= 1
            hs, he = _heading_span(text, p.end(), e)
            out.append(Measure(number=n, number_text=text[marker_start:p.end()].strip(),
                               heading=_joined(text[hs:he].strip()), start=marker_start, end=e,
                               heading_start=hs, heading_end=he, body_start=p.end(), section=ms.section, key=str(n)))
    return out


_PART_WORD = re.compile(rf"第[{CN}\d]{{1,4}}[章节]")   # opening its line (blanks and # before it): a chapter or part line


def _in_outline(text: str, parts: list[int], pos: int) -> bool:
    """Does the bare heading at ``pos`` (an item with no text below it) sit in a contents outline: a
    chapter or part line above it and another below it (or the text's end), with no sentence stop
    anywhere between them? A plan's table of contents without its 目录 line lists 第一章 / 第一节 /
    (一)… as headings only; the plan's own items have paragraphs."""
    k = bisect_right(parts, pos)
    if k == 0 or "。" in text[parts[k - 1]:pos]:
        return False
    nxt = parts[k] if k < len(parts) else len(text)
    return "。" not in text[pos:nxt]
_ITEM_REF_LINE = re.compile(rf"^[^\n。；;]{{0,40}}?第[{CN}\d]{{1,4}}项(?![^\n]{{0,3}}[、和及至])", re.M)
_TITLE_LINE = re.compile(r"^[#*\s]*(?P<t>[^\n]{6,80})$", re.M)
_PLAN_KIND = re.compile(r"(行动计划|行动方案|实施方案)")


# TITLE_IN_NOTICE searched from its 《 (a literal the engine scans for; the group in front made it enter the
# pattern at every position), the issuing words checked behind it (关于印发《 ends with 印发《). The same first
# match: each start gives one 《, and a later 《 never gives an earlier start (the words before it would
# hold the earlier 《). The group ``t`` and its span are the same.
_TITLE_AFTER_NOTICE = re.compile(r"《(?:(?<=印发《)|(?<=现将《))(?P<t>[^》]{4,80})》")


def _title(text: str) -> tuple[str, tuple[int, int] | None]:
    m = _TITLE_AFTER_NOTICE.search(text, 0, 3000)   # (TITLE_IN_NOTICE.search(text[:3000]))
    if m:
        return _WS_RUN.sub("", m.group("t")), m.span("t")
    for line in _TITLE_LINE.finditer(text, 0, 3000):   # (as over text[:3000]: $ holds at the end position)
        t = line.group("t").strip()
        if POLICY_WORDS.search(t) and not t.endswith(("。", ",", "，")) and not _NUMBERED_LINE.match(t):
            return _WS_RUN.sub("", t), line.span("t")
    if "、" in text:
        # a page flattened to one line: its title, a blank, then its first item (某市…若干措施 一、支持…)
        for line in _FLAT_TITLE.finditer(text, 0, min(len(text), 3000)):
            if POLICY_WORDS.search(line.group("t")):
                return line.group("t"), line.span("t")
    return "", None


_FLAT_TITLE = re.compile(rf"^[#*\s]*(?P<t>[^\s。，,；;：:]{{6,60}})[ \t\u3000]+(?=[{CN}]{{1,3}}、[^\n]{{81,}})", re.M)


_NUMBERED_LINE = re.compile(rf"(?:第[{CN}\d]{{1,4}}[章节条]|[{CN}]{{1,3}}、|\([{CN}\d]{{1,4}}\)|\d{{1,3}}[.．、])")   # a heading, no title
_PRINTED = re.compile(r"关于印发(?P<x>[^\n]{4,100}?)的(?:通知|$)", re.M)
_QUOTES = "《》〈〉"
_NO_QUOTES = str.maketrans("", "", _QUOTES + " \t\u3000")
# ``s.translate(_NO_QUOTES)`` as a regex deletion (the same characters removed): ``str.translate`` looks each
# character of a non-ASCII string up in the table, 5-20 times slower than the engine's scan for the few it deletes
_NO_QUOTES_RX = re.compile("[" + _QUOTES + " \t\u3000]")


def _no_quotes(s: str) -> str:
    return _NO_QUOTES_RX.sub("", s)
_TITLE_TAIL = re.compile(r"(?:[(（][^\n]{0,24}[)）])?")


def _attached_start(text: str, st: Structure, issued: re.Match | None = None) -> int:
    """Where the attached text of a transmittal notice begins (关于印发《X》的通知 … then a line
    that opens with X): the notice's own numbered requirements before it (一、提高政治站位…)
    tell departments how to implement X and are no measures of it. 0 when there is none.
    ``issued``: ``_ISSUES.search(text, 0, 6000)`` (parse has it: it asks the same of every text)."""
    cands: list[tuple[str, int]] = []
    if st.title and st.title_span and text[st.title_span[0] - 1:st.title_span[0]] == "《":
        cands.append((_no_quotes(st.title), st.title_span[1]))
    m = _PRINTED.search(text, 0, min(len(text), 3000))
    if m:
        cands.append((_no_quotes(m.group("x")), m.end()))
        # a notice that issues several documents names each in 《》 (…印发突发事件应急救助等专项
        # 责任清单的通知 … 《东城区突发事件应急救助专项责任清单》《…》): the attached text opens
        # with one of those titles on its own line
        for q in _QUOTED.finditer(text, m.end(), min(len(text), m.end() + _NAMED_REACH)):
            cands.append((_no_quotes(q.group(1)), q.end()))
    for title, after in cands:
        if len(title) < 4:
            continue
        # the title alone on its line (a count or period in brackets may follow); 《X》已经… quotes it
        pos = text.find("\n", after)
        if pos != -1:
            at = _line_opening(text, pos, title)
            if at != -1:
                return at
    # the attachment the notice issues, marked by a line of its own (附件1 / 附件：) after the
    # issuing words, its title worded otherwise than the notice names it
    if issued is not None:
        mark = ATTACH_LINE.search(text, issued.end())
        if mark is not None:
            return mark.end()
    return 0


_QUOTED = re.compile(r"《([^《》\n]{4,80})》")
_LINE_LEAD = " \t#\u3000"   # what may stand before a heading's first character on its line


def _line_opening(text: str, pos: int, title: str) -> int:
    """Start of the first line after the line break at ``pos`` that opens (after blanks and #)
    with ``title`` (quotes and blanks aside) and holds at most a bracketed tail after it; -1
    when none. Only the lines whose first character is the title's are looked at: a ``find``
    for that character, not a walk over every line of the text."""
    first = title[0]
    if first in _LINE_LEAD:   # (never after _NO_QUOTES but #): the plain walk over every line
        while pos != -1:
            end = text.find("\n", pos + 1)
            line = text[pos + 1:end if end != -1 else len(text)].lstrip(_LINE_LEAD)
            if line[:1] == first:
                compact = _no_quotes(line)
                if compact.startswith(title) and _TITLE_TAIL.fullmatch(compact, len(title)):
                    return pos + 1
            pos = end
        return -1
    j = text.find(first, pos + 1)
    while j != -1:
        ls = text.rfind("\n", pos, j) + 1
        end = text.find("\n", j)
        if not text[ls:j].lstrip(_LINE_LEAD):   # the line's first character
            compact = _no_quotes(text[j:end if end != -1 else len(text)])
            if compact.startswith(title) and _TITLE_TAIL.fullmatch(compact, len(title)):
                return ls
        if end == -1:
            return -1
        j = text.find(first, end + 1)   # the next line: a later character of this one opens nothing
    return -1
_NAMED_REACH = 1500   # the notice's own words naming what it issues, before its signature


# a page's metadata field holding a document number (发文字号：国函〔1992〕169号): the page is
# an official document's, whatever its title line looks like
_META_NUMBER = re.compile(r"(?:发文字号|文号|字号)[ \t]*[:：]?[ \t]*[^\s〔\[【(（]{0,8}[〔\[【(（][ \t]*(?:19|20)\d{2}")


def _official_list(text: str, measures: list[Measure]) -> bool:
    """A list that is a policy's although no title sits near the top (a page that starts
    inside the document, a wiki repost): its items carry owner annotations (at least one,
    and a third of them; an item cut by the end of an excerpt loses its own), or the page's
    metadata block gives the document's number."""
    owned = sum(1 for m in measures if _notes_in(text, m.body_start, m.end))
    # (every _META_NUMBER and _META_ISSUER match holds 号: without one in the window, a memchr says, neither is tried)
    numbered = text.find("号", 0, 1500) != -1
    if owned * 3 >= len(measures) > 0 and owned > 0 or numbered and _META_NUMBER.search(text, 0, min(len(text), 1500)) \
            or numbered and _META_ISSUER.search(text, 0, min(len(text), 1500)) and _mostly_act(text, measures):
        return True
    # a body's duties listed under a line that announces them (…的主要职责：): an official
    # allocation of functions, each item a duty the body owns
    first = measures[0].start if measures else 0
    return bool(measures) and bool(_DUTIES.search(text, max(0, first - _DUTIES_REACH), first))


# a government information-disclosure page's metadata block: its index number and the body that
# published the document (索 引 号 | … | 发布机构 | 苍溪县政府): the page carries an official document
_META_ISSUER = re.compile(r"索[ \t\u3000]*引[ \t\u3000]*号[ \t\u3000]*[:：|｜][^\n]{0,200}?(?:发布机构|发文机关|发文机构|发文单位)[ \t\u3000]*[:：|｜]"
                          r"|(?:发布机构|发文机关|发文机构|发文单位)[ \t\u3000]*[:：|｜][^\n]{0,200}?索[ \t\u3000]*引[ \t\u3000]*号", re.S)


def _mostly_act(text: str, measures: list[Measure]) -> bool:
    """Do most items open with a policy verb or a directive (强化…, 抢抓…, 各乡镇要…)? A disclosure
    page's metadata names an official document only when its items read as one's; a news or
    report page under the same metadata lists what happened."""
    acting = sum(1 for m in measures if _states_action(text, m.heading_start, m.heading_end))
    return acting * 2 > len(measures)


# (…的主要职责如下： / 其职责包括： / 主要职责有：; a functions page's heading line 某局职能职责 / 机构职能 / 四、主要职责 —
# the heading word after a section marker or right after a body's name, never bare under a person's post (张三 局长 /
# 主要职责: a leadership page's division of work) nor ending a sentence (会议明确了各科室的主要职责): review s12)
_DUTIES = re.compile(r"职责(?:如下|是|为|包括|有)?[ \t\u3000]*[:：][ \t\u3000]*$"
                     r"|^[ \t\u3000#*]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、]"
                     r"|[^\s，,。；;：:的各]{2,30}?(?:局|委员会|委|办公室|办|厅|署|中心|政府|管委会))[ \t\u3000]*"
                     r"(?:机构职能|主要职责|职能职责)[ \t\u3000]*$"
                     r"|^[ \t\u3000#*]*机构职能[ \t\u3000]*$", re.M)
_DUTIES_REACH = 300   # the announcing line sits right above the list (an introductory paragraph between)


def _table_measures(text: str, st: Structure) -> None:
    """A task-division table (tables.py) states its tasks one per row with their owners: its
    rows are the measures unless the numbered items found in the text are as many."""
    tables = find_tables(text)
    rows = [r for t in tables for r in t.rows]
    # task cards (重点工作：… / 牵头单位：…) over numbered items that all follow the first card and
    # name no owner: those are the card's own notes (its quarterly steps), not tasks
    cards = bool(tables) and all(t.cards for t in tables) and all(
        m.start > rows[0].end and not _notes_in(text, m.start, m.end) for m in st.measures)
    # numbered items that all lie inside the table's rows are pieces of its task cells
    inside = bool(rows) and all(any(t.start <= m.start < t.end for t in tables) for m in st.measures)
    if not rows or (len(st.measures) >= len(rows) and not cards and not inside):
        return
    st.tables = tables
    st.style = "table"
    keys = [str(r.number) for r in rows]
    unique = len(set(keys)) == len(keys)
    st.measures = []
    for k, r in enumerate(rows):
        a, b = r.task
        stop = _TABLE_HEAD_STOP.search(text, a, b)
        he = stop.start() if stop else b
        st.measures.append(Measure(number=r.number, number_text=r.number_text, heading=text[a:he], start=r.start,
                                   end=r.end, heading_start=a, heading_end=he, body_start=a,
                                   key=keys[k] if unique else str(k + 1)))


_TABLE_HEAD_STOP = re.compile(r"[。；;]")

# A table copied from a web page whose borders were lost: a header line naming the 序号
# column and a task column, then the rows, each opening a line with its number, the task
# glued to it or after a space (the lost cell border); a row's other cells (its owners, a
# deadline) may run over the lines below it (序号 任务 责任单位…\n1落实…。…\n2常态化…).
# Rows numbered n, n+1, n+2… in order are the tasks: from 1, or — an excerpt of a longer table
# whose cells are spaced apart (33 新培育… / 34 发挥…) — from any number.
_ROW_HEADER = re.compile(r"^[ \t\u3000]*序[号號][^\n]*?(?:任[务務]|措施|工作|事[项項])[^\n]*$", re.M)
_BARE_ROW = re.compile(r"\n[ \t\u3000]*(?P<n>\d{1,3})(?P<sp>[ \t\u3000]+)?(?=[\u4e00-\u9fff])")


def _row_header(text: str) -> re.Match | None:
    """``_ROW_HEADER.search(text)``, tried only at the starts of the lines that open (after blanks) with 序 (a
    literal found by ``find``; the ^-led pattern was entered at every position): a match starts at such a
    line's start, and those come in text order."""
    j = text.find("序")
    while j != -1:
        ls = text.rfind("\n", 0, j) + 1
        if not text[ls:j].strip(" \t\u3000"):
            m = _ROW_HEADER.match(text, ls)
            if m is not None:
                return m
        j = text.find("序", j + 1)
    return None


def _bare_rows(text: str) -> list[Measure]:
    """The rows of the first borderless task table (``_ROW_HEADER``), numbered in order from
    the line after its header; each row runs to the next row (its cells on the lines below
    it), the last one to its line end; its heading runs to its first 。；; or line end."""
    h = _row_header(text)
    if not h:
        return []
    starts: list[re.Match] = []
    for m in _BARE_ROW.finditer(text, h.end()):
        n = int(m.group("n"))
        if not starts:
            if m.start() != h.end() or not (n == 1 or m.group("sp")):
                break
            starts.append(m)
        elif n == int(starts[-1].group("n")) + 1:
            starts.append(m)
    if len(starts) < MIN_RUN:
        return []
    out: list[Measure] = []
    for k, m in enumerate(starts):
        eol = text.find("\n", m.end())
        line_end = eol if eol != -1 else len(text)
        end = starts[k + 1].start() if k + 1 < len(starts) else line_end
        stop = _TABLE_HEAD_STOP.search(text, m.end(), line_end)
        he = stop.start() if stop else line_end
        while he > m.end() and text[he - 1].isspace():
            he -= 1
        n = int(m.group("n"))
        out.append(Measure(number=n, number_text=m.group("n"), heading=text[m.end():he], start=m.start("n"),
                           end=end, heading_start=m.end(), heading_end=he, body_start=m.end(), key=m.group("n")))
    return out


# A table flattened one cell per line (a web table copied without its borders): its header cells
# each on a line of their own (序号 / 任务名称 / 年度任务及目标 …, or 重点工作 / 任务 / 目标任务 …), then each
# row opening with its number alone on a line (1, then its task cell on the next line, its other cells
# below). Rows numbered 1, 2, 3 … after a header cell are the tasks; a page number alone on a line has
# no header cell right above it.
_CELL_HEADER = re.compile(r"^[ \t\u3000]*(?:序[号號]|(?:重点|主要)?(?:工作)?任[务務](?:名称|内容|事项)?|工作(?:任务|事项|内容|措施)"
                          r"|事[项項](?:名称)?)[ \t\u3000]*$", re.M)
_NUMBER_CELL = re.compile(r"^[ \t\u3000]*(\d{1,3})[ \t\u3000]*$", re.M)
_CELL_REACH = 240   # the header cells sit right above the first row
_FIRST_CELL = re.compile(r"^[ \t\u3000]*1[ \t\u3000]*$", re.M)
# a 1 that only blanks follow to its line's end (a literal-led search; _first_cell checks the blanks before it)
_ONE_AT_LINE_END = re.compile(r"1(?=[ \t\u3000]*(?:\n|\Z))")


def _first_cell(text: str) -> re.Match | None:
    """``_FIRST_CELL.search(text)``: the first 1 alone on its line (blanks around it), found from the 1s that
    end their line, not by entering the ^-led pattern at every position."""
    for c in _ONE_AT_LINE_END.finditer(text):
        ls = text.rfind("\n", 0, c.start()) + 1
        if not text[ls:c.start()].strip(" \t\u3000"):
            return _FIRST_CELL.match(text, ls)
    return None


_NEXT_LINE = re.compile(r"\s*\n[ \t\u3000]*(?=\S)")


# the task column of a table of indicators (指标名称, 主要指标): its rows name targets
_INDICATOR_LABEL = re.compile(r"[ \t\u3000|｜]*(?:主要|预期|核心|考核|发展)?指标(?:名称)?[ \t\u3000|｜]*")
# a column of what is done (推进措施, 工作举措, 主要任务, 工作内容, 实施路径)
_LABEL_BLANKS = re.compile(r"[\s|｜]+")
_MEASURES_LABEL = re.compile(r"[\u4e00-\u9fff]{0,6}(?:措施|举措|任务|工作|内容|路径|事项)[\u4e00-\u9fff]{0,2}")


def _indicator_header(text: str, lo: int, hi: int) -> bool:
    """Are the header cells in ``text[lo:hi]`` (one a line) those of a table of indicators with
    no owner column (序号 / 指标名称 / 单位 / 2031年 …)? Its rows name indicators and their target
    values: they describe, they do not act (a row carrying owners acts: tables.py reads it; so does a
    row with a column of measures beside its indicator, 指标名称 | 推进措施: review s12)."""
    labels = [text[a:b] for a, b in _nonblank_lines(text, lo, hi)]
    return any(_INDICATOR_LABEL.fullmatch(s) for s in labels) and not any(column_kind(s)[0] == "owner" for s in labels) \
        and not any(_MEASURES_LABEL.fullmatch(_LABEL_BLANKS.sub("", s)) for s in labels)


def _nonblank_lines(text: str, lo: int, hi: int):
    """The (start, end) of each non-blank line of ``text[lo:hi]``."""
    pos = lo
    while pos < hi:
        e = text.find("\n", pos, hi)
        e = hi if e == -1 else e
        if text[pos:e].strip():
            yield pos, e
        pos = e + 1


def _cell_rows(text: str) -> list[Measure]:
    """The rows of the first table flattened one cell per line (``_CELL_HEADER``): numbers 1, 2, 3 …
    alone on their lines after the header, each row's task the next non-empty line; a row runs to
    the next row, the last one to its task line's end."""
    # (the first row's number alone on its line is rare: found first, the header looked for above it)
    first = _first_cell(text)
    if first is None:
        return []
    h = None
    for h in _CELL_HEADER.finditer(text, max(0, first.start() - _CELL_REACH), first.start()):
        break
    if h is None or _indicator_header(text, h.start(), first.start()):
        return []
    starts: list[re.Match] = []
    for m in _NUMBER_CELL.finditer(text, first.start()):
        n = int(m.group(1))
        if not starts:
            starts.append(m)
        elif n == int(starts[-1].group(1)) + 1:
            starts.append(m)
    if len(starts) < MIN_RUN:
        return []
    out: list[Measure] = []
    for k, m in enumerate(starts):
        nl = _NEXT_LINE.match(text, m.end())
        if nl is None:
            return out if len(out) >= MIN_RUN else []
        a = nl.end()
        eol = text.find("\n", a)
        line_end = eol if eol != -1 else len(text)
        if _NUMBER_CELL.match(text, a):
            continue   # an empty task cell
        stop = _TABLE_HEAD_STOP.search(text, a, line_end)
        he = stop.start() if stop else line_end
        while he > a and text[he - 1].isspace():
            he -= 1
        end = starts[k + 1].start() if k + 1 < len(starts) else line_end
        out.append(Measure(number=int(m.group(1)), number_text=m.group(1), heading=text[a:he], start=m.start(1),
                           end=end, heading_start=a, heading_end=he, body_start=a, key=m.group(1)))
    return out if len(out) >= MIN_RUN else []


# words by which a text issues or answers as the official document itself (现将《X》印发给你们,
# 现提出如下意见, 提出以下意见：, a reply's 现批复如下 / 现函复如下 — a hard-wrapped page may break
# them over lines)
_ISSUES = re.compile(r"印发给你们|现将《|提出(?:以下|如下)(?:意见|建议)[:：]|现提出\s*如下|现(?:予以?)?(?:批复|函复|复函|答复)\s*如下"
                     r"|特制定(?:本|以下|如下)|制定本(?:措施|方案|计划)")


# words by which a text speaks as the official document itself and opens its own numbered items,
# beside _ISSUES: a notice's 现将有关事项通知如下 / 现通知如下 (an announcement's 公告如下), an opinion's
# 提出如下意见。 or 提出以下实施意见： (a full stop, or words between, where _ISSUES wants 意见：), a reply's
# 现将…意见反馈如下 after the 建议/提案…收悉 that opens it
# (written as one flat alternation, every branch opening with a literal character — (?:通知|公告|通告)如下 and
# (?:提案|建议|议案)… distributed, the same matches branch for branch: the engine then scans for those
# characters in C instead of entering the pattern at every position, ten times faster)
_OWN_WORDS = re.compile(r"通知如下|公告如下|通告如下|提出(?:以下|如下)[^。，,；;:：\n]{0,6}?(?:意见|建议|措施)[。:：]"
                        + "".join(r"|" + w + r"[^。\n]{0,80}?收悉[^\n]{0,80}?如下" for w in ("提案", "建议", "议案")))


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _doc_number(head: str) -> re.Match | None:
    """``DOC_NUMBER.search(head)``, the same match, without trying the name's 1–8 characters at
    every position: a match starts where the run of Chinese characters before its bracket
    starts (the lookbehind), so each bracket's tail gives one place to try, in text order
    (tails never overlap: each opens with the only opening bracket it holds)."""
    if "号" not in head:
        return None   # (every tail ends with 号)
    for t in _DOC_NUMBER_TAIL.finditer(head):
        b = i = t.start()
        while i > 0 and b - i <= 8 and _cjk(head[i - 1]):
            i -= 1
        if 1 <= b - i <= 8 and (i == 0 or not _cjk(head[i - 1])):
            m = DOC_NUMBER.match(head, i)
            if m is not None:
                return m
    return None


# A notice's own requirements on carrying out what it issues (…现将《X任务分解方案》印发给你们，并就有关
#事项通知如下：一、加强组织领导。各责任单位要… 二、按时报告情况… 三、严格督查考核…): they tell the units
# as a class how every task is to be done and are no tasks themselves — whether the issued list follows
# on the page or not. One of them acts when it gives a named body a task of its own (市政府督考办要加大
# 督查考核力度, 市发展改革委负责…统一督导调度) or carries an owner note.
_ISSUING_LINE = re.compile(r"(?:印发|下发|转发)给你们|现(?:予以?)?(?:印发|下发)|予以(?:分解)?(?:印发|下发|下达)")
# 通知如下 alone opens the items of a notice that issues nothing (现将有关事项通知如下：一、强化…。各级
# 监管部门要…): those items are its tasks. It opens a notice's own requirements only in a paragraph
# that issues or hands down a list (…印发给你们，并就有关事项通知如下 / 将工作任务逐项分解下达。现将
# 有关事项通知如下), not one that cites an issuing notice (根据《…关于印发…的通知》精神)
_NOTIFIES_LINE = re.compile(r"通知如下")
# (…现将重点任务予以分解，并就有关事项通知如下 / 将…工作任务分解为148项…现将有关事项通知如下: the tasks are
# handed down as a list of their own; the items below are the notice's requirements on carrying them out)
# (but 分解如下: the list below IS the decomposition — its items are the tasks, not requirements on them)
_HANDS_DOWN = re.compile(r"印发|下发|转发|分解(?!如下)")
_QUOTED_TITLE = re.compile(r"《[^《》\n]*》")
# …现提出如下要求 / 有关要求如下 in a notice that publishes or issues something (关于公布…名单的通知, 印发…): the
# requirements on carrying out what it publishes, as after 印发给你们
# an item that opens with its addressees as a class (一、各新增示范基地建设单位要…, 二、各地政府应当…)
_CLASS_OPENING = re.compile(r"[ \t\u3000]*各(?!项)[^，,。；;：:\n]{0,20}?(?:单位|部门|县区|乡镇|街道|地区|机构|级|政府)"
                            r"[^，,。；;：:\n]{0,4}?(?:要|应当|须|必须)")
_REQUIRES_LINE = re.compile(r"(?:如下|以下)要求[:：]?\s*$|要求如下[:：]?\s*$")
_PUBLISHES = re.compile(r"公布|名单")
# an item that opens with a named body and its task (三、省领导小组对…实行动态管理, 市卫健委负责…): it acts
_NAMED_OPENING = re.compile(r"[ \t\u3000]*[省市区县州][^，,。；;：:\n各]{1,12}?(?:办公室|办|局|委|厅|政府|中心|小组|委员会)"
                            r"(?:要|负责|将|牵头|会同|对[^，,。；;\n]{1,30}?(?:实行|实施|开展|进行|组织|加强))")
# a class of units as a clause's subject (各责任单位要, 各级各有关部门要, 各县区、各部门要, 各责任事项牵头单位
# 对照…) or a directive's (牵头部门要, 区绩效考评部门要: a 部门 is a kind of unit, never a body's name)
_CLASS_DIRECTIVE = re.compile(r"(?:^|(?<=[。；;，,：:\n]))[ \t]*各(?!项)[^，,。；;：:\n]{0,20}?(?:单位|部门|县区|乡镇|街道|地区|机构|级)"
                              r"|(?:(?:牵头|责任|配合|参与|协办|相关|有关|成员)单位|[^，,。；;：:\n各]{0,8}部门)"
                              r"(?:主要负责人|负责同志)?[ \t]*(?:要|应当|须|必须)")
# a named body as a clause's subject, then its duty (市政府督考办要…, 市发展改革委负责…): no 各 in the name
# (a clause whose body name follows 是 is a predicate, no subject: …，是市政府要做好的基本工作)
_NAMED_DIRECTIVE = re.compile(r"(?:^|(?<=[。；;，,：:\n]))[ \t]*[^，,。；;：:\n各是]{1,20}?(?:办公室|办|局|委|厅|政府|中心|室|小组)"
                              r"(?:要|负责|将|牵头)")
# a directive with no subject right after the item's heading (一、细化方案，确保工作落实到位。要按照…): in a
# notice it addresses the notice's recipients, the class of units its salutation names
_BARE_DIRECTIVE = re.compile(r"[。；;：:][ \t\u3000]*(?:要(?![素求点件])|必须|务必)")
_REQUIREMENTS_MAX = 6   # a notice's own requirements are a few (加强领导 / 通力协作 / 狠抓落实)
_FLAT_PREV = 200   # the sentences before a flattened page's first item that issue the list


def _without_notice_requirements(text: str, measures: list[Measure]) -> list[Measure]:
    """The measures less a notice's own requirements: the list right below the paragraph that
    issues the document (its last line before the list holds 印发给你们 / 通知如下), of a few
    items, most of them directives to a class of units; of those items, the ones that neither
    carry an owner note nor give a named body a task are dropped."""
    first = measures[0].start
    line_start = text.rfind("\n", 0, first)
    if text[line_start + 1:first].strip():
        # a page flattened to one line (…现将《X》印发给你们，并就有关事项通知如下： 一、加强组织领导…): the words
        # before the first item on its own line stand where the paragraph above it would
        prev_line = text[max(line_start + 1, first - _FLAT_PREV):first]
    else:
        prev = text[:max(line_start, 0)].rstrip()
        prev_line = prev[prev.rfind("\n") + 1:]
    if not (_ISSUING_LINE.search(prev_line) or _NOTIFIES_LINE.search(prev_line)
            and _HANDS_DOWN.search(_QUOTED_TITLE.sub("", prev_line))
            or _REQUIRES_LINE.search(prev_line) and _PUBLISHES.search(text, 0, first)):
        return measures
    run = 1
    while run < len(measures) and measures[run].number == measures[run - 1].number + 1:
        run += 1
    if measures[0].number != 1 or run > _REQUIREMENTS_MAX:
        return measures
    own = measures[:run]
    if 2 * sum(1 for m in own if _CLASS_DIRECTIVE.search(text, m.body_start, m.end)
               or _CLASS_OPENING.match(text, m.body_start, m.end) or _BARE_DIRECTIVE.match(text, m.heading_end, m.end)) < run:
        return measures
    kept = [m for m in own if _notes_in(text, m.body_start, m.end) or _NAMED_DIRECTIVE.search(text, m.body_start, m.end)
            or _NAMED_OPENING.match(text, m.body_start, m.end)]
    return kept + measures[run:]


# the last word of a unit's proper name (a company, an institute, a hospital, a park, a project)
_NAME_END = re.compile(r"(?:公司|集团|研究院|研究所|研究中心|医院|卫生院|大学|学院|学校|中心|协会|学会|联盟|基金会|实验室"
                       r"|基地|园区|产业园|孵化器|平台|站|所|厂|社|店|合作社|项目|工程)[ \t\u3000]*$")


def _without_bare_names(text: str, measures: list[Measure]) -> list[Measure]:
    """The measures less the items of a name list (名单: 1.江城康华生物科技有限公司 / 2.…): an item
    that is one unit's name alone on its line, no policy verb at its start and no sentence
    after it, names a designated unit and acts in nothing (README: acting and describing).
    Only a list of at least two such items is one: a lone unit line may head its tasks."""
    names = []
    for m in measures:
        if m.heading_end - m.heading_start > 40 or not _NAME_END.search(m.heading):
            continue
        eol = text.find("\n", m.heading_end)
        eol = len(text) if eol < 0 else eol
        if text[m.heading_end:eol].strip() or "。" in text[eol:m.end] or any(c in m.heading for c in "，,。；;：:"):
            continue
        if _states_action(text, m.heading_start, m.heading_end):
            continue
        names.append(m)
    if len(names) < 2:
        return measures
    drop = {id(m) for m in names}
    return [m for m in measures if id(m) not in drop]


def _speech_markers(text: str, hi: int) -> int:
    """``len(SPEECH_MARKERS.findall(text[:hi]))`` by one C count per word: no word of the
    pattern overlaps another (none ends with what another starts with), so its matches are
    the words' occurrences, and no slice of the text is copied."""
    return sum(text.count(w, 0, hi) for w in _SPEECH_WORDS)


def _date_line(head: str) -> re.Match | None:
    """``DATE_LINE.search(head)``'s date (the groups; its span may differ: a search starts
    on the blank lines above): the pattern tried only at the text's start and after the line
    breaks that blanks and a year follow (one literal-led scan), in text order. A match from
    any position reads the date whose year is the first non-blank character after it, so
    it is found from there as well, and the first such place gives the leftmost match's date."""
    m = DATE_LINE.match(head)
    if m is not None:
        return m
    for y in _YEAR_AFTER_BREAK.finditer(head):
        m = DATE_LINE.match(head, y.start() + 1)
        if m is not None:
            return m
    return None


_YEAR_AFTER_BREAK = re.compile(r"\n\s*(?:19|20)\d{2}")


def _date_line_after(text: str, pos: int) -> bool:
    """``DATE_LINE.search(text, pos) is not None``, the pattern tried only where a line that blanks and a year
    open starts (as _date_line does: the ^-led pattern was entered at every position). A match starts at a
    line's start at or after ``pos`` (``pos`` itself when it is 0 or follows a line break): after the break,
    blank lines aside, that a _YEAR_AFTER_BREAK match opens — from ``pos - 1`` on."""
    if pos == 0 and DATE_LINE.match(text, 0) is not None:
        return True
    for y in _YEAR_AFTER_BREAK.finditer(text, max(pos - 1, 0)):
        if DATE_LINE.match(text, y.start() + 1) is not None:
            return True
    return False


# Indentation a repost lost to its encoding: a line opening with a run of question marks where the
# ideographic spaces stood (??一、适用范围 / ???(一)打造…), seen on traditional-script gateway pages. Before a
# numbering marker the run is blank space, as the spaces were; the same number of blanks keeps every span.
_LOST_INDENT = re.compile(rf"^[?？]{{1,4}}(?=[ \t\u3000]*(?:[{CN}]{{1,3}}[、是]|[(（]|\d|第|[{CIRCLED}]))", re.M)


def _without_lost_indent(text: str) -> str:
    """``text`` with the question-mark runs that stand for a line's lost indentation before a marker
    blanked (same length: spans into it are spans into ``text``)."""
    # (each two-character test behind a test for its rarer character: a one-character ``in`` is a memchr,
    # many times faster, and a text without the character holds neither pair)
    if not (text.startswith(("?", "？")) or "?" in text and "\n?" in text or "？" in text and "\n？" in text):
        return text
    return _LOST_INDENT.sub(lambda m: " " * len(m.group(0)), text)


# A bullet glyph a web page or a WeChat post sets right before a line's marker (◆1.加大…, ■（一）…, ▲一、…): page
# decoration, as a lost indent is — blanked (same length), the marker then opens its line as the styles read it.
# Not ○ (a zero in 二○二三年) nor · (a name's middle dot).
_BULLET = re.compile(rf"^([ \t\u3000]*)[◆◇■□●▲△▼▽★☆▪▫•◈►▶➢➤※♦](?=[ \t\u3000]*(?:[(（][{CN}\d]|\d{{1,3}}[.．、)）]"
                     rf"|[{CN}]{{1,3}}[、是.．]|第[{CN}\d]{{1,4}}[条章节]|[{CIRCLED}]))", re.M)
_BULLET_CHAR = re.compile("[◆◇■□●▲△▼▽★☆▪▫•◈►▶➢➤※♦]")
# the bullet glyphs and the circled numbers (the circled style's trigger) in one class: parse scans the text for
# both at once. No pre-pass adds or removes either kind (they blank bullets, ?-runs and move blanks, digits and
# numerals), so a text without them gives a canonical text without circled markers: its circled triggers are
# known to be none and the style's own whole-text scan is skipped (_TRIGGERS seeded).
_BULLET_OR_CIRCLED = re.compile("[◆◇■□●▲△▼▽★☆▪▫•◈►▶➢➤※♦" + CIRCLED + "]")


def _without_bullets(text: str) -> str:
    """``text`` with each bullet glyph before a line's opening marker blanked (see ``_BULLET``)."""
    if _BULLET_CHAR.search(text) is None:
        return text
    return _BULLET.sub(lambda m: m.group(1) + " ", text)


# A marker a PDF conversion spaced out (  1 . 严格管控… / 一 、 承担的…): the blanks between a line's opening
# number and its punctuation, which no official numbering has
_SPACED_MARKER = re.compile(rf"^([ \t\u3000#*]*(?:\d{{1,3}}|[{CN}]{{1,3}}))([ \t\u3000]+)([.．、])(?!\d)", re.M)


def _without_spaced_markers(text: str) -> str:
    """``text`` with each spaced-out line-opening marker closed up (``1 .`` → ``1. ``, ``( 一 )`` → ``(一)  ``:
    the blanks moved after the marker, same length, so spans into it are spans into ``text``)."""
    # (the pairs behind a test for their rarer character, as in _without_lost_indent)
    if "( " in text or "（" in text and ("（ " in text or "（\u3000" in text):
        text = _SPACED_BRACKET.sub(lambda m: m.group(1) + m.group(3) + m.group(5)
                                   + m.group(2) + m.group(4), text)
    if " ." not in text and " 、" not in text and ("．" not in text or " ．" not in text) \
            and ("\u3000" not in text or "\u3000、" not in text):
        return text
    return _SPACED_MARKER.sub(lambda m: m.group(1) + m.group(3) + m.group(2), text)


# (the same in brackets: ( 一 ) / （ 1 ）, blanks inside the brackets of a line's opening marker)
_SPACED_BRACKET = re.compile(rf"^([ \t\u3000#*]*[(（])([ \t\u3000]+)([{CN}]{{1,3}}|\d{{1,3}})([ \t\u3000]*)([)）])", re.M)


# Numbering variants official texts use for the styles above, rewritten to them at a line's start (same
# length, so spans into the result are spans into the text): 一．/一. (a full stop after a Chinese numeral) →
# 一、; 【一】/【1】 → (一)/(1); 壹、贰、叁… (the formal numerals of Taiwan's and older documents) → 一、 when the text has no 一、 items of its
# own (there they are the level above them, which the styles do not hold)
_CN_DOT = re.compile(rf"^([ \t\u3000#*]*[{CN}]{{1,3}})[.．](?![\d.．])", re.M)
# every _CN_DOT match holds a numeral right before its stop: two literal-led searches (the stop, then
# the numeral behind it) tell whether the line-anchored pass can find anything — five times faster than it
_CN_DOT_MARK = re.compile(rf"\.(?<=[{CN}]\.)")
_CN_DOT_FULL_MARK = re.compile(rf"．(?<=[{CN}]．)")
_BLACK_BRACKET = re.compile(rf"^([ \t\u3000#*]*)【([{CN}]{{1,3}}|\d{{1,3}})】", re.M)
_FORMAL = re.compile(r"^([ \t\u3000#*]*)([壹贰叁参肆伍陆柒捌玖拾])、", re.M)
_FORMAL_CN = str.maketrans("壹贰叁参肆伍陆柒捌玖拾", "一二三三四五六七八九十")
# 一,、 — a mirror that doubles punctuation (,, ,、 ,。) writes the 一、 marker with a comma inside it
_DOUBLED_DUN = re.compile(rf"(?:(?<=^)|(?<=[\n\s。；;：:,，]))([{CN}]{{1,3}})[,，]、", re.M)
_FIRST_DUN_LINE = re.compile(r"^[ \t\u3000#*]*一、", re.M)
# 1﹒ (U+FE52, the small full stop some word processors print after a number; NFKC folds it to .) → 1.
_SMALL_STOP = re.compile(r"^([ \t\u3000#*]*\d{1,3})﹒", re.M)
# 1。夯实… behind a line's indent (　　1。…): the ideographic stop the arabic_dot style takes only right after a
# line break (inside a line, 第 1。 ends a sentence) → 1. — at a line's start, blanks before it, words after
_INDENTED_STOP = re.compile(r"^([ \t\u3000]+\d{1,2})。(?=[\u4e00-\u9fff])", re.M)
# (a digit before an ideographic stop: searched from the stop, a literal the engine finds fast — a \d led
# pattern tests a character class at every position; only whether one exists is asked)
_DIGIT_STOP = re.compile(r"。(?<=\d。)")


# Decimal numbering (1.1 编制目的 / 2.3 加强…, the numbering of emergency plans and technical documents):
# 1.1, 1.2 … under a chapter line ``1 总则`` (or a 一、 section) are that chapter's items. The item marker
# becomes a 1. marker of its minor number (``1. ``, blanks after: same length), so its list restarts
# under each chapter as 1. lists do under sections; the chapter line ``1 总则`` becomes ``一、总则``. Only
# where the text numbers two items of one chapter so (N.1 and N.2; then every chapter's N.1 …), each opening
# a line and followed by a blank or a word — not a unit (1.5亿元, 2.3倍) nor a third level (2.1.1).
# (from the line break before it, a literal the engine searches for fast: a whole-text ^ pass costs more; a
# text opening with its first decimal item at its very start has a title line above it in practice)
_DECIMAL = re.compile(r"(\n[ \t\u3000#*]*)(\d{1,2})[.．](\d{1,2})(?![\d.．%％万亿千百个倍年月日项家人元吨米])"
                      r"(?=[ \t\u3000]|[\u4e00-\u9fff])")
# the stop of a _DECIMAL match, between two digits: literal-led searches, a fraction of the line-led pass
_DECIMAL_DOT = re.compile(r"\.(?<=\d\.)(?=\d)")
_DECIMAL_FULL_DOT = re.compile(r"．(?<=\d．)(?=\d)")
_CHAPTER_LINE = re.compile(r"^([ \t\u3000#*]*)(\d{1,2})([ \t\u3000]+)(?=[\u4e00-\u9fff][^\n。；;，,]{0,30}$)", re.M)


def _decimal_items(text: str) -> str:
    """``text`` with decimal item markers and their chapter lines rewritten (see ``_DECIMAL``)."""
    if _DECIMAL_DOT.search(text) is None and _DECIMAL_FULL_DOT.search(text) is None:
        return text   # (no stop between two digits: no _DECIMAL match, found below would be empty)
    found = [(int(m.group(2)), int(m.group(3))) for m in _DECIMAL.finditer(text)]
    pairs = set(found)
    if not any(b == 1 and (a, 2) in pairs for a, b in pairs):
        return text
    majors = {a for a, b in pairs if b == 1}   # (a chapter of one item, 2.1 alone, is numbered so too)

    def item(m: re.Match) -> str:
        if int(m.group(2)) not in majors:
            return m.group(0)
        num = m.group(0)[len(m.group(1)):]
        minor = str(int(m.group(3))) + "."
        return m.group(1) + minor + " " * (len(num) - len(minor))   # (the marker starts where 2.1 starts)

    def chapter(m: re.Match) -> str:
        n = int(m.group(2))
        if n not in majors:
            return m.group(0)
        head = int_to_cn(n) + "、"
        width = len(m.group(2)) + len(m.group(3))
        return m.group(1) + head + " " * (width - len(head)) if len(head) <= width else m.group(0)

    return _CHAPTER_LINE.sub(chapter, _DECIMAL.sub(item, text))


def _canonical_markers(text: str) -> str:
    """``text`` with the numbering variants of ``_CN_DOT``/``_SMALL_STOP``/``_BLACK_BRACKET``/``_FORMAL`` rewritten to
    the styles' own markers (same length). Each pass is guarded by an ``in`` test. (Not 第一：/第一，: a
    reply's ordinal points, tried in session 10, mostly describe — zhengzhou-2017-cppcc-tcm-museum-proposal-reply
    gained one point and two describing ones.)"""
    if "." in text or "．" in text:
        if _CN_DOT_MARK.search(text) is not None or _CN_DOT_FULL_MARK.search(text) is not None:
            text = _CN_DOT.sub(lambda m: m.group(1) + "、", text)
        text = _decimal_items(text)
    if _DIGIT_STOP.search(text) is not None:
        text = _INDENTED_STOP.sub(lambda m: m.group(1) + ".", text)
    if "﹒" in text:
        text = _SMALL_STOP.sub(lambda m: m.group(1) + ".", text)
    if "【" in text:
        text = _BLACK_BRACKET.sub(lambda m: m.group(1) + "(" + m.group(2) + ")", text)
    if ",、" in text or "，、" in text:
        text = _DOUBLED_DUN.sub(lambda m: " " + m.group(1) + "、", text)   # (the blank keeps the length and opens the marker)
    if "壹" in text and "壹、" in text and not _FIRST_DUN_LINE.search(text):
        text = _FORMAL.sub(lambda m: m.group(1) + m.group(2).translate(_FORMAL_CN) + "、", text)
    return text


_ASKS_ABOUT_MIN = 2   # headings about the document that make a page an interpretation of it


# a short heading telling the background (一、工作背景, 一、出台背景): with another heading about the document
# (二、起草过程) it makes the page an interpretation
_BACKGROUND = re.compile(r"[\u4e00-\u9fff]{0,4}背景[\s。：:]*")


def _interprets(sections: list[re.Match]) -> bool:
    """Is the page an interpretation of a policy (政策解读, Q&A: README "Interpretation pages") — two or
    more of its 一、 headings questions or headings about the document (一、政策制定背景是什么？ /
    二、起草过程)? Then the clauses it numbers are the policy's measures wherever its title stands."""
    n = 0
    for s in sections:
        t = s.group("title").strip()
        if _QUESTION.search(t) or _ABOUT_DOCUMENT.match(t) or _BACKGROUND.fullmatch(t):
            n += 1
            if n >= _ASKS_ABOUT_MIN:
                return True
    return False


_WRITTEN_DECIMAL = re.compile(r"\d{1,2}[.．]\d{1,2}")


def parse(text: str) -> Structure:
    global _TRIGGERS
    rare = _BULLET_OR_CIRCLED.search(text) is not None
    unlost = _without_lost_indent(text)
    raw = _without_spaced_markers(_without_bullets(unlost) if rare else unlost)
    text = _canonical_markers(raw)
    if not rare:
        _TRIGGERS = (text, {"circled": []})   # (see _BULLET_OR_CIRCLED)
    st = Structure()
    st.title, st.title_span = _title(text)
    head = text[:4000]
    dn = _doc_number(head)
    if dn and ("发" in dn.group(0) or "办" in dn.group(0) or "字" in dn.group(0)):
        st.doc_number = _WS_RUN.sub("", dn.group(0))
        st.doc_number_span = dn.span()
    dl = _date_line(head)
    if dl:
        y, mo, d = dl.groups()
        st.date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    section_matches = _dun_lines(SECTION, text)
    issued = _ISSUES.search(text, 0, min(len(text), 6000))
    st.style, st.measures = find_measures(text, section_matches, _attached_start(text, st, issued))
    if text is not raw:
        for ms in st.measures:   # a decimal marker as written (2.1), not its rewritten minor (1.: _decimal_items)
            if raw[ms.start:ms.heading_start] != text[ms.start:ms.heading_start]:
                w = _WRITTEN_DECIMAL.match(raw, ms.start)
                if w:
                    ms.number_text = w.group(0)
                elif ms.start > 0 and _DOUBLED_DUN.match(raw, ms.start - 1):
                    ms.start -= 1   # 一,、 as written (the rewrite moved its number one place on)
                    ms.number_text = raw[ms.start:ms.heading_start].strip()
    if st.measures:
        st.measures = _without_notice_requirements(text, st.measures)
        st.measures = _without_bare_names(text, st.measures)
    _table_measures(text, st)
    rows = [] if st.measures else _bare_rows(text)
    if not rows and "\n1" in text:
        cells = _cell_rows(text)
        if cells and all(m.start > cells[0].start for m in st.measures):
            rows = cells   # the numbered items found are pieces of the rows' cells (1.制定… under row 1)
    if rows:
        st.style, st.measures = "rows", rows
    is_speech = _speech_markers(text, 5000) >= 2
    notice = issued is not None or bool(_OWN_WORDS.search(text, 0, min(len(text), 6000)))
    # a page's metadata block (索引号：…, [发文字号]…) above the title does not push it down
    front = 0
    if st.title_span and st.title_span[0] >= 400:
        for meta in _META_LINE.finditer(text, 0, min(len(text), 3000)):
            if meta.end() > st.title_span[0]:
                break
            front = meta.end()
    near_top = bool(st.title_span and st.title_span[0] - front < 400)
    # a task-division table's rows carry their owner columns: an official list wherever it stands
    own_words = notice or near_top or bool(rows) or st.style == "table" or _official_list(text, st.measures)
    interprets = not own_words and _interprets(section_matches)
    st.is_policy = bool(st.measures) and not is_speech and (own_words or interprets)
    if not st.is_policy:
        st.candidates = [] if is_speech else st.measures
        st.measures = []
        st.style = ""
    if is_speech:
        st.kind = "press_conference"
    elif st.is_policy:
        st.kind = "action_plan" if _PLAN_KIND.search(st.title) else "measures"
    # sections (the measures know theirs: find_measures); 一、 items that are the measures are no sections
    if st.style != "cn_dun":
        for s in section_matches:
            st.sections.append(Section(number=cn_to_int(s.group("n")) or 0, title=s.group("title").strip(), start=s.start(), end=len(text)))
        for a, b in zip(st.sections, st.sections[1:]):
            a.end = b.start
    first = st.measures[0].start if st.measures else min(len(text), 3000)
    # an interpretation page's metadata and its 来源 lines name its publisher, never the issuers of the policy
    # it interprets (README "Interpretation pages"): a policy only because it interprets one has no issuer region
    st.issuer_region = (0, 0 if st.is_policy and interprets else first)
    return st
