"""Departments named bare — without any place — where a document lists who is responsible.

A county's task table writes ``发改局`` / ``财政局、经信局`` in its owner column, a duty
bracket ``（发改局、财政局负责）``, a label ``牵头单位：住建局``: in such an owner context a
function stem plus an organ suffix can only be the document's own department (a county
document's 发改局 is the county's 发展和改革局). In prose (``发改局表示…``) the same words
name nobody for sure, so they are read only in these contexts. This module finds the
items; bodies.BodyFinder names them with the document's level word (县/区/市/省), exactly
as it names ``县发改局``, so the nodes merge with prefixed mentions.

The stems are general knowledge of Chinese government naming (remits.FUNCTIONS plus the
other usual functions), never one document's wording."""

from __future__ import annotations

import re

from medgraph.extract.remits import FUNCTIONS

# functions every level of Chinese administration has a department for, beyond the remit
# functions (remits.FUNCTIONS): the stems their names and short names start with
_MORE_STEMS = (
    "民政", "司法", "公安", "审计", "统计", "税务", "地税", "国税", "林业", "水利", "水务", "气象", "人防", "信访", "体育",
    "生态环境", "环境保护", "环保", "住房和城乡建设", "住房城乡建设", "住建", "城乡建设", "建设",
    "交通运输", "交通", "农业农村", "农业", "农村", "文化和旅游", "文化广电旅游", "文广旅体", "文广旅", "文旅",
    "文化", "广电", "旅游", "应急管理", "应急", "市场监督管理", "市场监管", "城市管理", "城管", "综合执法",
    "退役军人事务", "国有资产监督管理", "国资", "医疗保障", "粮食和物资储备", "粮食", "机关事务管理", "机关事务",
    "行政审批服务", "行政审批", "投资促进", "投促", "经济合作", "外事", "外办", "侨务", "民族宗教", "民宗",
    "妇儿工作", "残疾人工作", "老龄工作", "乡村振兴", "经济贸易", "经贸", "服务业发展", "大数据发展",
)
STEMS: tuple[str, ...] = tuple(sorted({s for _, stems in FUNCTIONS for s in stems} | set(_MORE_STEMS),
                                      key=len, reverse=True))
# the organ a department's name ends with (部 only as a zone's 工作部: 教育部 is a ministry)
_ORGAN = r"(?:委员会|办公室|管理局|服务局|发展局|促进局|工作部|局|委|办|厅)"
# a bare name: a stem, at most a few more name characters (政务服务管理局), its organ;
# another name may follow in brackets (发改局(服务业发展局)) and is left to the finder
# (never through a 部 or 总: 财政部办公厅, 体育总局 are national organs)
BARE = re.compile(r"(?:" + "|".join(STEMS) + r")(?:(?![部总])[\u4e00-\u9fff]){0,4}?" + _ORGAN)
_ALIAS = re.compile(r"[（(][^（()）\n]{1,14}[）)]")

# owner contexts: a label's list (牵头单位：A、B), a duty bracket （A、B负责）, and in a
# document with an owner column, a line (or table cell) holding nothing but unit names
_LABEL = re.compile(r"(?:牵头|责任|配合|协办|主办|参与|承办|实施|协同|主责)(?:单位|部门)[ \t]*[:：]([^。\n；;（()）]*)")
_DUTY = re.compile(r"[（(]([^（()）\n。]{2,80}?)(?:等(?:单位|部门)?)?(?:按职责分工)?(?:负责|牵头|落实)[）)]")
# where a duty bracket can end (its verb right before the closing bracket) and what no bracket's
# content holds: _duties tries _DUTY only at the bracket such an end closes
_DUTY_END = re.compile(r"(?:负责|牵头|落实)[）)]")
_DUTY_BREAK = re.compile(r"[（()）\n。]")
_SP = r"[ \t\u3000]*"
# an owner column's label as a line or a cell of its own (责任单位, 牵 头 单 位, | 牵头单位 |)
_OWNER_COLUMN = re.compile(r"(?m)(?:^|[|\t])" + _SP + r"(?:牵" + _SP + "头|责" + _SP + "任|配" + _SP + "合)" + _SP
                           + r"(?:单" + _SP + "位|部" + _SP + "门)" + _SP + r"(?=[|\t]|$)")
# the label alone (its first character opens the scan: a fast search); where it stands is
# checked apart (_owner_column: what _OWNER_COLUMN's opening finds, without trying it at every position)
_COLUMN_LABEL = re.compile(r"(?:牵" + _SP + "头|责" + _SP + "任|配" + _SP + "合)" + _SP
                           + r"(?:单" + _SP + "位|部" + _SP + "门)" + _SP + r"(?=[|\t]|$)", re.M)
_ITEM = r"[\u4e00-\u9fff]{2,16}(?:[（(][^（()）\n|\t]{1,14}[）)])?"
# a cell holding nothing but unit names: a line, or a cell between | or tabs
_UNIT_CELL = re.compile(r"(?m)(?:^|[|\t])" + _SP + "(" + _ITEM + r"(?:[ \t]*[、，,][ \t]*" + _ITEM + r")*)" + _SP
                        + r"(?=[|\t]|$)")
_SPLIT = re.compile(r"[、，,]")
_ROLE_TAIL = re.compile(r"(?:牵头|配合|负责|参与|协办)$")


def _items(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    """The bare names among the 、-separated items of ``text[a:b]`` (each item is a name
    alone, perhaps with its other name in brackets or a role word after it)."""
    start = a
    for m in [*_SPLIT.finditer(text, a, b), None]:
        end = m.start() if m is not None else b
        s, e = start, end
        while s < e and text[s] in " \t\u3000":
            s += 1
        while e > s and text[e - 1] in " \t\u3000|":
            e -= 1
        alias = _ALIAS.search(text, s, e)
        if alias is not None and alias.end() == e:
            e = alias.start()
        tail = _ROLE_TAIL.search(text, s, e)
        if tail is not None:
            e = tail.start()
        if e > s and BARE.fullmatch(text, s, e):
            out.append((s, e))
        if m is not None:
            start = m.end()


def _duties(text: str) -> list[re.Match]:
    """``list(_DUTY.finditer(text))``: a duty bracket's content holds no bracket, line break
    or 。, so its closing bracket is the first one after its opening, right after its verb; the
    regex is tried only at the opening bracket (at most 95 characters back) before such an end."""
    out: list[re.Match] = []
    for v in _DUTY_END.finditer(text):
        c = v.end() - 1
        o = max(text.rfind("（", max(0, c - 95), c), text.rfind("(", max(0, c - 95), c))
        if o < 0 or _DUTY_BREAK.search(text, o + 1, c) is not None:
            continue
        m = _DUTY.match(text, o)
        if m is not None:
            out.append(m)
    return out


def _owner_column(text: str) -> bool:
    """``_OWNER_COLUMN.search(text) is not None``: a label (_COLUMN_LABEL) with only blanks
    before it back to a line's start, a ``|`` or a tab."""
    for m in _COLUMN_LABEL.finditer(text):
        k = m.start()
        while k > 0 and text[k - 1] in " \t\u3000":
            k -= 1
        if k == 0 or text[k - 1] in "\n|" or "\t" in text[k:m.start()]:
            return True
    return False


def owner_items(text: str) -> list[tuple[int, int]]:
    """Spans of the bare department names standing in an owner context, sorted, once each."""
    if "单位" not in text and "部门" not in text and "负责" not in text and "牵头" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _LABEL.finditer(text):
        _items(text, *m.span(1), out)
    for m in _duties(text):
        _items(text, *m.span(1), out)
    if _owner_column(text):
        for m in _UNIT_CELL.finditer(text):
            _items(text, *m.span(1), out)
    return sorted(set(out))
