"""A document's own identity — its own title and 发文字号 — versus what it only cites.

Title. Real pages put many lines above a policy's title: the ``来源：…URL`` line, site
breadcrumbs, a news headline of the repost, a metadata block (``标　　题：…``, ``关键词|…|``),
``时间:…来源:…浏览次数`` debris glued to the title, the number before or after it; a long
title breaks over two or three lines. The head is read line by line (one pass over at most
the first few thousand characters): each line is cleaned of labels, numbers and debris, short
broken lines are joined, and the first line that has the shape of an official title wins,
in this order:

1. a notice that issues another text (``X关于印发《Y》的通知``, ``X印发Y的通知``,
   ``关于转发…〈Y〉的通知``): the policy is Y, not the notice wrapper (a heading of Y alone on
   its line further down, or the issuing sentence's ``《Y》``, gives Y as written);
2. a consultation on a draft (``关于对《Y（征求意见稿）》…征求意见的公告``): the policy is Y;
3. an official title naming its subject with 关于 (``国务院关于同意设立X的批复``);
4. the issuing sentence ``现将《Y》印发给你们``;
5. else the first clean line that ends with a document kind (…措施, …方案, …规划纲要).

Number. Its own 发文字号 stands on a line of its own in the head, follows a 文号/发文字号
label, opens the title line (``京政办发〔2016〕26号《…》``) or follows the issuer's name;
a number in brackets after a cited title or in a sentence that opens with 根据/按照/贯彻…
(``根据《…》（国办发〔2024〕53号）``) is cited, never the document's own. Brackets of any kind
(``京政发[2016]4号``, ``京卫健促字(2017)4``), a closing bracket lost by a scrape
(``〔201410号`` → ``〔2014〕10号``) and decree numbers (``第4号令``) are read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from medgraph.extract.bodies import place_stem
from medgraph.extract.source_kind import INTERPRETS_HEADLINE
from medgraph.textnorm import ATTACH_LINE   # the attachment marker line (附件1), one pattern with structure
from medgraph.textnorm import PINYIN_INSERT
from medgraph.textnorm import TITLE_END as _COMPLETE_TITLE   # a line ending as a whole heading does (…的通知)
from medgraph.textutil import word_starts

# ----------------------------------------------------------------------------- numbers

_OPEN_CLOSE = {"〔": "〕", "[": "]", "【": "】", "(": ")", "（": "）", "［": "］", "﹝": "﹞", "〖": "〗"}
# prefix (a run of CJK) + year in brackets + serial; the closing bracket or 号 may be missing
# (?![\u4e00-\u9fff]): p must reach the end of its run of characters (a space or bracket follows
# it), so a failed try is not retried with each shorter p (24 backtracks per run start, all futile)
_NUMBER = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<p>[\u4e00-\u9fff]{1,24})(?![\u4e00-\u9fff])[ \t\u3000]*(?P<o>[〔\[【(（［﹝〖])[ \t\u3000]*(?P<y>(?:19|20)\d{2})[ \t\u3000]*"
    r"(?P<c>[〕\]】)）］﹞〗])?[ \t\u3000]*(?P<di>第)?(?P<n>\d{1,4})(?!\d)[ \t\u3000]*(?P<hao>号)?"
    # decree numbers: 第4号令, 国家食品药品监督管理局令第4号
    r"|(?P<decree>第[ \t\u3000]*\d{1,4}[ \t\u3000]*号令|(?<=令)\s*第[ \t\u3000]*\d{1,4}[ \t\u3000]*号)"
    # an announcement's number: 2023年第12号 (after its title's 公告/通告, or alone on its line)
    r"|(?P<ann>(?:19|20)\d{2}[ \t\u3000]*年[ \t\u3000]*第[ \t\u3000]*\d{1,4}[ \t\u3000]*号)"
)
# where every _NUMBER match has its anchor: the opening bracket before the year (a prefixed
# number), or 第 before the serial (a decree or an announcement's number); what stands between a
# match's start and its anchor (name characters, spaces, 2023年) never holds another anchor
# (one branch per opening bracket, each a literal first: the engine then scans for those
# characters in C; a branch opening with a class made it try the whole pattern at every position,
# 2.3× slower over the heads — same matches, pinned in test_speed_equivalence_s9b.py)
_NUMBER_ANCHOR = re.compile("|".join(re.escape(o) + r"[ \t\u3000]*(?:19|20)\d{2}" for o in "〔[【(（［﹝〖")
                            + r"|第[ \t\u3000]*\d")
# every position where a _NUMBER match can start: the start of a run of name characters, 第,
# a space after 令, a year
_NUMBER_START = re.compile(r"(?=(?<![\u4e00-\u9fff])[\u4e00-\u9fff]|第|(?<=令)\s|(?:19|20)\d)")
_ANN_BEFORE = re.compile(r"(?:公告|通告)\s*[(（〔\[]?\s*$")
_LABEL = re.compile(r"(?:发文字号|文件编号|文号|字号|编号)")
# the end of a body's name: a number glued after it (来源:上海市科学技术委员会沪科合(2009)029号)
_BODY_END = re.compile(r"(?:委员会|人民政府|政府|办公厅|办公室|局|厅|署|总局|部)")
_BODY_FULL = re.compile(r"(?:委员会|人民政府|办公厅|办公室|局|厅|署)$")
_NUMBER_LABEL = re.compile(r"(?:发\s*文\s*字\s*号|文\s*号|字\s*号|文件编号)\s*[|｜:：\]】]?\s*$")
# the words by which a text cites another document (根据《X》, 遵照《X》, 转发《X》: X and its number
# are that document's, not this one's); one list for identity and issuers
CITING_WORDS = "根据|按照|依据|依照|遵照|贯彻|落实|执行|参照|对照|转发"
_CITING = re.compile(r"(" + CITING_WORDS + r"|《[^《》\n]{2,80}》\s*$)")
_CITING_OPEN = re.compile(CITING_WORDS)
_SENTENCE = re.compile(r"[。；;：:，,]")


@dataclass(frozen=True)
class _Num:
    text: str          # as the document gives it, without spaces (a lost closing bracket restored)
    start: int
    end: int
    complete: bool     # ends with 号 (or is a decree number)
    own: bool          # stands where a document states its own number


def _cited(text: str, start: int) -> bool:
    """True when the number at ``start`` is a citation: bracketed after a title, or in a
    sentence that opens with 根据/按照/贯彻…"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before.strip(" \t\u3000#(（[【"):
        return False  # alone at the start of its line: the document's own
    b = before.rstrip(" \t\u3000(（[【〔")
    if b.endswith("》"):
        return True
    if _NUMBER_LABEL.search(before):
        # 名称: X关于分解落实…的通知 文号: Y — a metadata row's labelled number is the page's own; the
        # title's words before its label (落实) cite nothing
        return False
    if "附" in before[:8] and _ATTACHMENT_LABEL.match(before.lstrip(" \t\u3000")):
        return True   # 附件：X关于…的通知(X〔2015〕570号): the attachment's number, not the page's
    return _cited_in_clause(before, b)


# an attachment line's label (附件：, 附件2:, 附:): what it lists is another document
_ATTACHMENT_LABEL = re.compile(r"附件?[ \t\u3000]*\d{0,2}[ \t\u3000]*[:：]")


def _cited_in_clause(before: str, b: str) -> bool:
    """An item's note after its sentence, or a clause that cites (根据/按照/贯彻…) before the number."""
    if b.endswith(("。", "；", ";")) and b != before.rstrip(" \t\u3000"):
        return True   # …给予重点支持。(皖发〔2021〕9号,各市政府负责): an item's note naming its source
    clause = re.split(r"[。；;\n]", before)[-1]
    return bool(_CITING.search(clause))


def _around(text: str, start: int, end: int) -> tuple[str, str]:
    """What stands before and after [start, end) on its line, brackets and table bars aside."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    return text[line_start:start].strip(" \t\u3000#|｜[]【】(（"), text[end:line_end].strip(" \t\u3000|｜)）")


def stands_alone(text: str, start: int, end: int) -> bool:
    """True when a number is the only thing on its line (brackets aside), or follows a
    文号/发文字号 label (the way a notice or a page's metadata block states its own number)."""
    before, after = _around(text, start, end)
    return (not before or bool(_NUMBER_LABEL.search(before))) and (
        not after or after.startswith(("|", "｜", "发文日期", "成文日期", "签发人"))
        # a metadata row's next field (发文字号:X〔2024〕1号 | 发布日期:…): the row's bar is stripped
        or (bool(before) and _NEXT_FIELD.match(after) is not None))


# a metadata row's next labelled field after a labelled number (发布日期:…, 主题分类:…)
_NEXT_FIELD = re.compile(r"[\u4e00-\u9fff]{2,6}[ \t\u3000]*[:：]")


# the masthead of a 红头文件 (某某委员会文件 某健促〔2019〕2号): the number follows the 文件 line
_MASTHEAD = re.compile(r"[\u4e00-\u9fff]{2,40}?(?:委员会|人民政府|政府|办公厅|办公室|局|厅|委|部|院|室|组)文件$")


def _own_place(text: str, start: int, end: int, after_body: bool) -> bool:
    """Where a document states its own number: alone on its line, after a label or the
    issuer's name, opening its title line (京政办发〔2016〕26号《…》 / 盘政办发〔2021〕10号 X关于…),
    after the masthead ``X文件`` of a page flattened into one line, or in brackets right
    after its own heading (X关于印发Y的通知（某府〔2019〕31号）来源:…): a heading is a line
    with no sentence in it that ends with a document kind."""
    if after_body or stands_alone(text, start, end):
        return True
    before, after = _around(text, start, end)
    if not before:
        return len(after) <= 120 and not _SENTENCE.search(after)
    if _MASTHEAD.search(_WS.sub("", before)):
        return True
    opened = text[:start].rstrip(" \t\u3000")[-1:] in ("(", "（", "[", "【")
    return opened and not _SENTENCE.search(before) and _ends_kind(_WS.sub("", before))


def _number_matches(text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """``_NUMBER.finditer(text, lo, hi)``, the same matches, with the pattern searched only from
    shortly before each anchor instead of tried at every position: the next match after ``pos``
    starts at the first anchor at or after ``pos`` or before it by at most spaces, 24 name
    characters or a year and 年 (a match holds no anchor before its own)."""
    pos = lo
    for a in _NUMBER_ANCHOR.finditer(text, lo, hi):
        at = a.start()
        if at < pos:
            continue
        w = text[max(pos, at - 64):at]
        back = len(w) - len(w.rstrip())    # spaces before the anchor
        w2 = w[:max(0, len(w) - back - 1)]  # before the 年 of an announcement's year
        back2 = len(w2) - len(w2.rstrip())
        if back == len(w) or back2 == len(w2):
            start = pos                     # spaces all the way back: no bound, search from pos
        else:
            start = max(pos, at - max(back + 24, back + 1 + back2 + 4))
        # the pattern tried only where a match can start (a run of name characters, 第, 令's
        # space, a year) up to the anchor: a search from ``start`` would scan on to the next
        # match or the end of the head when this anchor starts none (年份 in brackets, 第一…)
        m = None
        for c in _NUMBER_START.finditer(text, start, min(hi, at + 4)):
            m = _NUMBER.match(text, c.start(), hi)
            if m is not None:
                break
        if m is None:
            continue   # no match by this anchor: the next match is found by a later one
        yield m
        pos = m.end()


def _numbers(text: str, lo: int, hi: int) -> Iterator[_Num]:
    """Every 发文字号-shaped number in ``text[lo:hi]``, not cited, with its standing, in text
    order (a generator: own_number stops at the first own complete one)."""
    for m in _number_matches(text, lo, hi):
        if m.group("ann"):
            s, e = m.span("ann")
            ls = text.rfind("\n", 0, s) + 1
            if not _cited(text, s) and (stands_alone(text, s, e) or _ANN_BEFORE.search(text, ls, s)):
                yield _Num(_WS.sub("", m.group("ann")), s, e, True, True)
            continue
        if m.group("decree"):
            s, e = m.span("decree")
            if _cited(text, s):
                continue
            t = _WS.sub("", m.group("decree"))
            if t.startswith("第") and text[s - 1:s] == "令":  # 国家…局令第4号: the body's decree
                ls = text.rfind("\n", 0, s - 1) + 1
                head = re.search(r"[\u4e00-\u9fff]{2,24}令$", text[ls:s])
                if head and _cited(text, ls + head.start()):
                    continue
                s, t = (ls + head.start(), head.group(0) + t) if head else (s, t)
            yield _Num(t, s, e, True, True)
            continue
        p, ps = m.group("p"), m.start("p")
        after_body = False
        lab = None
        for lab in _LABEL.finditer(p):
            pass
        if lab is not None:  # 发文字号国函〔1992〕169号: the label is no part of the number
            ps += lab.end()
            p = p[lab.end():]
        glued = _HEADING_END.match(p) if "的" in p else None
        if glued is not None and glued.end() < len(p):
            # …的通知海府规〔2024〕3号: the number glued right after its own heading's kind word (a
            # gazette page's heading line), the heading no part of its letters
            ps += glued.end()
            p = p[glued.end():]
            after_body = not _SENTENCE.search(text, text.rfind("\n", 0, ps) + 1, ps)
        elif len(p) > 8:  # 来源:上海市科学技术委员会沪科合(2009)029号: the number follows a body's name
            cut = None
            for cut in _BODY_END.finditer(p, 0, len(p) - 1):
                pass
            if cut is None and stands_alone(text, ps, m.end()):
                pass   # 国中医药科技中医函〔2025〕261号 alone on its line: long letters, no body's name in them
            elif cut is None or len(p) - cut.end() > 8:
                continue
            else:
                ps += cut.end()
                p = p[cut.end():]
                after_body = True
        if not p or _cited(text, ps) or _CITING_OPEN.match(p):
            continue   # (根据晋政〔2023〕9号: the citing word glued to the letters)
        close = m.group("c")
        hao = m.group("hao")
        e = m.end()
        if close is None and hao is None and not (stands_alone(text, ps, e) and (
                any(w in p for w in _OFFICE_WORDS)
                or m.group("o") in "〔﹝" and not p.endswith(_PLACE_ENDS) and _alone_on_line(text, ps, e))):
            # neither bracket closed nor 号: a year in brackets, not a number — unless an
            # office's number (…发/函/字…) stands alone on its line, its 〕 and 号 lost (某府发〔202020),
            # or a number in a number's own brackets is all its line holds (湘工信建议〔2025117
            # under a reply's title; 某某市(202125 is a place and a period, not a number)
            continue
        own = _own_place(text, ps, e, after_body)
        if hao is None and not own:
            continue  # 京卫健促字(2017)4 is a number only where a number stands
        # a closing bracket lost before the serial's 号 is restored (〔201410号 → 〔2014〕10号);
        # with 号 lost too the number is kept as written (README Conventions)
        shut = close or (_OPEN_CLOSE[m.group('o')] if hao else "")
        t = f"{p}{m.group('o')}{m.group('y')}{shut}{m.group('di') or ''}{m.group('n')}{hao or ''}"
        yield _Num(t, ps, e, hao is not None, own)


_OFFICE_WORDS = ("发", "办", "字", "函", "令", "规", "政")
# the kind word that ends a heading (…的通知), a number's letters glued after it
_HEADING_END = re.compile(r"[\u4e00-\u9fff]*?的(?:通知|公告|通告|意见|决定|批复|复函|函|报告|答复)(?=[\u4e00-\u9fff]{1,10}$)")


_PLACE_ENDS = ("省", "市", "县", "区", "州", "盟", "旗")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` all its line holds (no label, no bar, nothing after)? A number the
    scrape cut (X〔2025117) is still the document's own where nothing else shares its line."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return not text[ls:start].strip(" \t\u3000") and not text[end:len(text) if le == -1 else le].strip(" \t\u3000")


def own_number(text: str, found: str = "", found_span: tuple[int, int] | None = None, head_len: int = 4000) -> tuple[str, tuple[int, int] | None]:
    """The document's own number in its head: the first number standing where a document
    states its own (alone on its line, labelled, after the issuer, opening the title line),
    a complete one (…号) before one a scrape cut short; else the first uncited number whose
    letters say it is an office's (…发/办/字/函…). ``found``/``found_span`` (the structure's
    first guess) are used only when the head holds no number at all."""
    nums: list[_Num] = []
    for n in _numbers(text, 0, min(len(text), head_len)):
        if n.own and n.complete:   # the first pick below, at its first number: no need to read on
            return n.text, (n.start, n.end)
        nums.append(n)
    for pick in (lambda n: n.own and n.complete,
                 lambda n: n.complete and any(w in n.text for w in _OFFICE_WORDS),
                 lambda n: n.own):
        hit = next((n for n in nums if pick(n)), None)
        if hit is not None:
            return hit.text, (hit.start, hit.end)
    if found and found_span is not None and not _cited(text, found_span[0]):
        return found, found_span
    # (every _LABELLED_ORDINAL match holds 文号 or 字号, every _ANNOUNCEMENT_ORDINAL one 第 and 号:
    # two finds, faster than the patterns' scans, tell a head that holds none)
    m = _LABELLED_ORDINAL.search(text, 0, min(len(text), head_len)) \
        if text.find("文号", 0, head_len) != -1 or text.find("字号", 0, head_len) != -1 else None
    if m is not None:   # 发文文号:公告第八十号 — a congress's announcement numbered in words
        return m.group("n"), m.span("n")
    m = _ANNOUNCEMENT_ORDINAL.search(text, 0, min(len(text), head_len)) \
        if text.find("号", 0, head_len) != -1 and text.find("第", 0, head_len) != -1 else None
    if m is not None:   # X人民代表大会常务委员会公告 / 〔十三届〕第七十六号 on the next line
        return _WS.sub("", m.group("n")), m.span("n")
    m = _bare_number(text, min(len(text), head_len))
    if m is not None and not _cited(text, m.start("n")):   # 宜府办发202014号 202058: its brackets lost
        return m.group("n"), m.span("n")
    return "", None


# an office's number whose brackets a scrape lost, opening its line (宜府办发202014号, a lost date after
# it at most): read as written, only when the head holds no other number
_BARE_NUMBER = re.compile(r"^[ \t\u3000]*(?P<n>[\u4e00-\u9fff]{1,10}(?:发|字|函|办|规)(?:19|20)\d{2}\d{1,4}号)"
                          r"(?=[ \t\u3000]*(?:\n|$)|[ \t\u3000]+(?:19|20)\d{2}[\d年月日.\-]*[ \t\u3000]*(?:\n|$))", re.M)


def _bare_number(text: str, hi: int) -> re.Match | None:
    """``_BARE_NUMBER.search(text, 0, hi)``, the same match: every match opens its line (^,
    multiline) and holds a 号 on it, so only the lines with a 号 are tried, in order, at their
    start (the search tried the pattern at every position of the head)."""
    k = text.find("号", 0, hi)
    while k != -1:
        m = _BARE_NUMBER.match(text, text.rfind("\n", 0, k) + 1, hi)
        if m is not None:
            return m
        le = text.find("\n", k, hi)
        if le == -1:
            return None
        k = text.find("号", le + 1, hi)
    return None


# an announcement's or decree's own ordinal alone on the line under its heading (…常务委员会公告 /
# 〔十三届〕第七十六号; …人民政府令 / 第12号), the congress's term in brackets before it
# (or glued after the heading on a page flattened into one line, a blank after it: X常务委员会公告第八十一号 《Y》已由…)
_ANNOUNCEMENT_ORDINAL = re.compile(r"(?:公告|令)(?:[ \t\u3000]*\n)?[ \t\u3000]*(?P<n>(?:[〔\[(（［][^〔〕\[\]()（）［］\n]{1,8}届[〕\])）］][ \t\u3000]*)?"
                                   r"第[ \t\u3000]*[一二三四五六七八九十百零〇\d]{1,8}[ \t\u3000]*号)(?=[ \t\u3000]*(?:\n|$)|[ \t\u3000])")


# a number labelled as the document's own that is an ordinal in words or digits (a standing
# committee's 公告第八十号, a government's 令第3号): read only when the head holds no other number
_LABELLED_ORDINAL = re.compile(r"(?:发文字号|发文文号|文号)\s*[\]】|｜]?\s*[:：]\s*"
                               r"(?P<n>[\u4e00-\u9fff]{0,8}?第[〇零一二三四五六七八九十百\d]{1,6}号)")


# ----------------------------------------------------------------------------- titles

_TAIL = r"(?:[(（][^()（）\n]{1,30}[)）])*"
_KIND = (r"(?:通知|意见|批复|决定|办法|规定|细则|措施|举措|计划|方案|规划|纲要|要点|安排|报告|条例|规则|指南|通告|公告"
         r"|命令|决议|复函|的函|答复|清单|目录|标准|指引|政策|汇编|分工|制度|章程|规程|纪要|白皮书|规范|准则|通报|任务分解|责任分解"
         # ((?:进度|一览|…)表 and (?:名单|单位|结果)(?:公布|公示) spelled out: every branch opens with a
         # literal, so a search for _ENDS_KIND scans for their first characters — same matches)
         r"|进度表|一览表|汇总表|分解表|责任表|任务表|名单公布|名单公示|单位公布|单位公示|结果公布|结果公示"
         r"|落实情况|完成情况|进展情况|执行情况|工作总结|工作思路|工作打算"
         r"|行动(?=[(（][^()（）\n]{0,6}(?:19|20)\d{2}))")   # 健康X行动(2020—2030年): an action with its period
_ENDS_KIND = re.compile(_KIND + _TAIL + r"$")
_KIND_WINDOW = 64   # a kind word and its bracket tails end a title: look at its last characters only


# every character a _ENDS_KIND match can end with (a superset): the characters the kind words
# are written with (the non-ASCII ones of _KIND: the ASCII ones are its regex syntax) and the
# closing brackets of a tail. Most lines end otherwise (。, a date, a name, a colon): one set
# lookup answers them, not a search from each of the last 64 positions
_KIND_LAST = frozenset({ch for ch in _KIND if not ch.isascii()} | {")", "）"})


try:   # the longest kind word, from the pattern itself (_KIND stays the one list of kinds)
    from re._parser import parse as _parse_rx   # Python >= 3.11
except ImportError:  # pragma: no cover - Python 3.10
    from sre_parse import parse as _parse_rx
_KIND_WIDTH = _parse_rx(_KIND).getwidth()[1]
_KIND_WIDTH = _KIND_WIDTH if _KIND_WIDTH < _KIND_WINDOW else _KIND_WINDOW


def _ends_kind(c: str, a: int = 0, b: int | None = None) -> bool:
    b = len(c) if b is None else b
    last = c[min(b, len(c)) - 1] if 0 < b and c else ""
    if b <= a or last not in _KIND_LAST and last != "\n":   # ($ also matches before a final \n)
        return False
    # a match ends at b: without a bracketed tail (the line does not end with a bracket) it is a
    # kind word alone, at most _KIND_WIDTH characters — only those last positions are tried
    window = _KIND_WINDOW if last in ")）\n" else _KIND_WIDTH
    return _ENDS_KIND.search(c, max(a, b - window), b) is not None
# labels before a title: 标题：, 原标题:, [标题], 信息名称, 附:, 附件1
_TITLE_LABEL = re.compile(r"(?:[\[【]?(?:原标题|发文标题|标题|题名|文件名称|信息名称|文件标题|名称|信息详情|附件\d*|附)[\]】]?[:：]?"
                          r"|第\d{1,8}号[:：])")   # 第135494号: — the number of the proposal a reply answers
_TITLE_LABEL_FIRST = frozenset("[【原发标题文信名附第")   # every _TITLE_LABEL match opens with one of them
_TRAIL_LAST = frozenset("0123456789〕]】)）﹞号日第\n")   # every _TRAIL_NUMBER match ends with one of them
# a title field's label inside a line (…为准发文标题:X): the labels that name a document's title only
_MID_LABEL = re.compile(r"(?:发文标题|文件标题|标题)[:：]")
_SHORT_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,6}[:：]")    # 北京:关于… (a repost's place label)
# a repost's label before an official 关于 title: 某区企业奖励政策:关于…的若干政策意见
_ABOUT_LABEL = re.compile(r"^[\u4e00-\u9fff\w()（）]{2,30}[:：](?=关于)")
_LEAD_NUMBER = re.compile(r"[(（]?[\u4e00-\u9fff]{1,10}[〔\[【(（][0-9]{4}[〕\]】)）]?[0-9]{1,4}号[)）]?")
_TRAIL_NUMBER = re.compile(r"(?:[(（]?[\u4e00-\u9fff]{1,10}[〔\[【(（﹝](?:19|20)[0-9]{2}(?:[〕\]】)）﹞]第?[0-9]{0,4}号?)?[)）]?"
                           r"|[(（〔](?:19|20)[0-9]{2}年第[0-9]{1,4}号[)）〕]"   # (2021年第126号)
                           r"|[\[【(（]?(?:19|20)[0-9]{2}[-./年][0-9]{1,2}[-./月][0-9]{1,2}日?[\]】)）]?)$")   # [2023-05-06]
# page debris glued after a title: 时间:…, 来源:…, 浏览次数, 分享, |…
_DEBRIS_LABELS = ("发布时间|发布日期|更新时间|成文日期|时间|日期|信息来源|来源|浏览次数|点击|分享|发文字号|文号|字号|字体|作者|责编|编辑"
                  "|索引号|栏目")
# one flat alternation, every branch opening with a literal character: the engine then scans for
# those characters in C (a (?=[…]) guard or a nested group in front makes it try every position:
# ~9× slower per line). Same matches as (?:(?:labels)[:：]|浏览次数|…|[|｜]), branch for branch.
_DEBRIS = re.compile("|".join(k + "[:：]" for k in _DEBRIS_LABELS.split("|"))
                     + r"|浏览次数|浏览量|【字体|【打印|打印本页|关闭窗口|收藏本页|分享到|放大字体|缩小字体|\||｜")
_TAG = re.compile(r"[(（](?:全文|附全文|原文|全文发布|附解读|附图解|图解|附件)[)）]$")   # (全文): a page's tag
_SITE_SUFFIX = re.compile(r"^(?P<t>.+?" + _KIND + _TAIL + r")[-_—](?=[^\d])")  # 纲要-规划-政务公开-首都之窗
# a URL, breadcrumbs, a repost mark or a date in a line: (?:https?:|www\.|>|首页|此件公开发布|\d{4}年\d{1,2}月\d{1,2}日),
# asked whether it occurs at all (_junk), as two patterns: the words (each opening with a literal: the
# engine scans for their first characters) and the date (searched only where a 年 is)
_JUNK_WORDS = re.compile(r"https?:|www\.|>|首页|此件公开发布")
_JUNK_DATE = re.compile(r"\d{4}年\d{1,2}月\d{1,2}日")
_JUNK_START = re.compile(r"来源|当前位置|(?:信息|新闻|文章|政策|内容|详细)?详情$|导航(?:菜单|栏)?$|(?:列印|打印|正文)$|您(?:现在)?(?:的)?(?:所在)?的?位置|上一篇|下一篇|相关(?:文件|链接|阅读|新闻|政策|文章)|推荐阅读|热点|热门|最新(?:文件|政策|动态)"
                         r"|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十\d]{1,4}[章条节篇]"
                         # a notice's disclosure mark under its signature ((此件主动公开), (此件公开发布)): the
                         # issued text's heading may follow it, never as part of it
                         r"|[(（]此件(?:主动|依申请|不予)?公开(?:发布)?[)）]$"
                         # a signature's date whose 年月日 the page lost (20223, 2017821): digits only
                         r"|(?:19|20)\d{2,6}$")
_NO_TITLE = re.compile(r"[，,。；;！？!?:：]")   # a sentence, or a label (浏览量:) — not a title
# the rest of a title broken inside 《》: up to its 》 (and the notice's 的通知), no sentence in it
# 关于印发《A》等6个文件的通知: A and the others a notice issues with it (one pattern for the
# heading broken inside 《》 here and for the title a wrapper issues, _first_quoted)
_AND_OTHERS_TEXT = r"等[\d一二三四五六七八九十两]{1,3}[个份项部件]?(?:文件|政策|办法|措施|方案|意见|规定|制度|细则)"
_QUOTE_CLOSE = re.compile(r"[^《》，,。；;！？!?:：\n]{2,58}》(?:" + _AND_OTHERS_TEXT + r")?(?:的(?:通知|公告|通告))?")
# a field of a journal page's running header, set off by wide spaces: the issuing body, a colon
# and the title (…第 1 期      健康X推进委员会办公室:健康X行动2023年工作要点      3…)
_RUNNING_HEAD = re.compile(r"(?:^|[ \t\u3000]{3,})[\u4e00-\u9fff]{2,30}?(?:办公室|委员会|办公厅|人民政府|政府|局|厅|部|委|办|院)[:：]"
                           r"(?P<t>[^:：，,。；;！？!?\s]{4,60})(?=[ \t\u3000]{3,}|$)")
# the last crumb of breadcrumbs (> or ») when it is an official 关于 heading, after the gazette
# issue that may open it (市人大常委会公报2020年第7号关于…)
_CRUMB_TITLE = re.compile(r"[>»›](?:[^>»›关]*?(?:第\d{1,3}[号期]|\d{1,3}[号期]))?(?P<t>关于[^>»›]{4,140})$")
# a title fragment that opens a new title (not a continuation of the line above)
_OPENS = re.compile(r"^(?:[(（][\u4e00-\u9fff]{2,8}[)）])?(?:关于|国务院|中共|[\u4e00-\u9fff]{2,6}?(?:省|市|自治区|区|县)(?![场委级]))")

# (X颁布《Y》的通知 / X发布《Y》的通知: the notice promulgating Y, headed without 关于 — only with Y
# in 《》, as a notice heading ends, 的通知, which _classify asks of every heading without 关于)
_WRAPPER = re.compile(r"^(?P<iss>.{0,60}?)(?:关于(?P<v1>印发|转发|颁布|发布|下达)|(?P<v2>印发|转发|(?:颁布|发布)(?=《)))(?P<x>.+?)(?:的(?:通知|公告|通告))?$")


def _wrapper(c: str) -> re.Match | None:
    """``_WRAPPER.match(c)``; a line without 关于, 印发, 转发, 颁布《 or 发布《 (one of which every
    match holds) is not tried (its lazy runs make a failed try cost as much as a whole-line scan)."""
    return _WRAPPER.match(c) if ("关于" in c or "印发" in c or "转发" in c or "颁布《" in c
                                 or "发布《" in c) else None
_NESTED = re.compile(r"关于(?:印发|转发)")
_NESTED_START = re.compile(r"(?<=转发|印发)")   # where the forwarded notice's issuer begins
_ISSUE_ONLY = re.compile(r"^(?:公告|通告|通知)$")   # 关于发布…: a bare kind word is no issued text
_CONSULT = re.compile(r"^关于(?:对|就)?《(?P<x>[^》]{4,100})》.{0,30}?征求意见的(?:公告|通知|函)$"
                      # 关于征求X(征求意见稿)修改意见的函: the draft named without 《》, up to its kind word
                      r"|^关于(?:公开)?征求(?P<y>[^《》]{4,100}?" + _KIND + _TAIL + r")(?:的|有关)?(?:修改|公众|社会|各方)?意见(?:建议)?的(?:公告|通知|函)$")
_ABOUT = re.compile(r"^.{0,60}?关于.+")
# a reply naming what it answers with 对 instead of 关于 (X对市五届人大四次会议第160号建议答复的函,
# 对县政协…第12号提案的答复): an official heading as a 关于 one is
_REPLY = re.compile(r"^.{0,60}?对.{2,80}?(?:建议|提案|议案)(?:的)?(?:答复|复函|办理情况)(?:的函)?$")
_REPOST = re.compile(r"^《(?P<t>[^《》]{4,100})》\s*(?:正式)?(?:发布|印发|出台|公布|全文|出炉|解读|政策解读|来了|印发通知)?[!！]?$")
# a page's headline saying it interprets a policy (关于《X》的政策解读, 《X》文件解读, 对《X》的解读):
# the policy is X, whoever publishes the page (README "Interpretation pages")
# …its author may head it (临沧市科技局关于《X》的政策解读): a body's name right before 关于
# …or its press conference is held by a body (X新闻办公室举行《Y》新闻发布会)
_INTERPRETS = re.compile(r"^(?:[\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|办公室|办公厅|政府|署|中心)(?=关于《)"
                         r"|[\u4e00-\u9fff]{2,30}?(?:局|厅|委员会|委|办公室|办|办公厅|政府|署|中心)举行(?=《)"
                         # …or the official who explains it (杨田镇副镇长沈美玲解读《X》, X局负责人解读《X》)
                         r"|[\u4e00-\u9fff]{1,30}?(?:长|主任|书记|主席|负责人|委员)[\u4e00-\u9fff]{0,4}?(?=解读《))?"
                         + INTERPRETS_HEADLINE + "$")
# (下发, 下达: the same act in other words — 现予以下发, 现下发给你们; a plan or its targets 现下达给你们)
_ISSUING_WORDS = r"印发给你们|印发你们|现予印发|现印发|予以印发|现予发布|印发给各|下发给你们|现予(?:以)?下发|现下发|下达给你们|现予(?:以)?下达"


class _IssuingSentence:
    r"""``search`` = that of ``[^。\n]{0,300}?(?:words)`` (the issuing sentence up to its words),
    without trying the lazy run at every position: the leftmost match starts where the run
    reaching the first occurrence of the words can start (300 back, after the last 。/line
    break), so one literal search and one anchored match give it (1-2 ms per call before)."""

    _rx = re.compile(r"[^。\n]{0,300}?(?:" + _ISSUING_WORDS + ")")
    _words = re.compile(_ISSUING_WORDS)

    def search(self, text: str, pos: int, endpos: int) -> re.Match | None:
        w = self._words.search(text, pos, endpos)
        if w is None:
            return None
        q = w.start()
        start = max(pos, q - 300, text.rfind("。", pos, q) + 1, text.rfind("\n", pos, q) + 1)
        return self._rx.match(text, start, endpos)


_ISSUING = _IssuingSentence()
_ISSUING_ONLY = re.compile(_ISSUING_WORDS)
# the issuing sentence going on to the notice's own items (…印发给你们，并就有关事项通知如下)
_NOTICE_OWN_ITEMS = re.compile(r"[^。\n]{0,6}?[,，]?\s*(?:并|现)?(?:就|将)?有关(?:事项|事宜|要求)通知如下")
_QUOTED = re.compile(r"《(?P<y>[^《》\n]{4,100})》")
# the text a notice issues: 现将《Y》印发…, or Y as the subject of the issuing sentence
# (《Y》已经区政府同意，现印发给你们 / 《Y》经市政府常务会议审议通过，现予印发)
_PRINTED_IN = re.compile(r"(?:(?:关于印发|现将|印发)\s*|(?=《[^《》\n]{4,100}》\s*(?:已经|经)[^。\n《》]{2,40}?(?:同意|通过|批准)[，,]?\s*现(?:予)?印发))"
                         r"《(?P<t>[^》]{4,100})》")


def _printed_in(text: str, hi: int) -> Iterator[re.Match]:
    """``_PRINTED_IN.finditer(text, 0, hi)``, the same matches, the pattern tried only where one
    can start: at 关于印发, 现将 or 印发, or at a 《 (its other branch opens with a lookahead, so
    a scan tried it at every position of the head)."""
    last_end = 0
    for p in word_starts(text, ("关于印发", "现将", "印发", "《"), 0, hi):
        if p < last_end:
            continue
        m = _PRINTED_IN.match(text, p, hi)
        if m is not None:
            yield m
            last_end = m.end()


_DRAFT = re.compile(r"[(（](?:征求意见稿|送审稿|草案|讨论稿)[^()（）]{0,10}[)）]")
_PERIOD = (r"[(（](?:(?:19|20)\d{2}\s*年?\s*[-—–~至]+\s*(?:(?:19|20)\d{2}|\d{2})\s*年?|(?:19|20)\d{2}\s*年(?:版|修订|修正)?"
           r"|(?:19|20)\d{2}\s*年?\s*版|试行|暂行|修订|修订版|征求意见稿[^()（）]{0,10}|送审稿|草案)[)）]")
_GLUED_NEXT = ("为", "根据", "按照", "依据", "近年来", "当前")   # the words _GLUED's lookahead names
_GLUED_NEXT_RX = re.compile("|".join(_GLUED_NEXT))   # (one scan of the line for all of them)
_GLUED = re.compile(r"(?P<t>[^，,。；;：:！？!?《》]{6,60}?" + _KIND + _TAIL + r")(?=为|根据|按照|依据|近年来|当前)")
_TAIL_LINE = re.compile(r"^(?:" + _PERIOD + r")+(?:》?的通知)?$")   # (2025—2027年)》的通知 on its own line
_DEICTIC = re.compile(r"^本(?:区|市|省|县|州|盟|旗)")   # 本区促进…办法: the attached heading names the place
_COMPANIONS = re.compile(r"(?:及|和|以及)(?:其|相关|有关)?配套(?:文件|政策|措施|细则)$")
_COMPANIONS_IN = re.compile(r"(?:及|和|以及)(?:其|相关|有关)?配套(?:文件|政策|措施|细则)")
_QUOTES = "《》〈〉“”\"'‘’"
_KEY_DROP = re.compile(r"[\s《》〈〉“”\"'‘’()（）\[\]【】、，,.．:：·\-—_的]")


class _Line:
    """A line of the head, with its whitespace-free form; offsets are computed only for the
    few lines that make a title (the head is read once, with no per-character work)."""

    __slots__ = ("raw", "start", "end", "c", "_off", "_lead")

    def __init__(self, raw: str, start: int, end: int, c: str):
        self.raw, self.start, self.end, self.c = raw, start, end, c
        self._off: list[int] | None = None
        self._lead = -1   # blanks before the first character; -2: blanks inside the line too

    def at(self, k: int) -> int:
        """``offsets()[k]``. A line with no blank between its characters (most) has the k-th
        of them at ``start`` + its leading blanks + k: no list of offsets is built for it."""
        lead = self._lead
        if lead == -1:
            raw = self.raw
            lead = len(raw) - len(raw.lstrip())   # (lstrip, rstrip and split agree on what a blank is)
            self._lead = lead = lead if lead + len(self.c) == len(raw.rstrip()) else -2
        if lead >= 0 and 0 <= k < len(self.c):
            return self.start + lead + k
        return self.offsets()[k]

    def offsets(self) -> list[int]:
        """Text offset of each non-whitespace character of the line (the characters of ``c``):
        the runs between whitespace as ranges (the regex's non-space class is exactly what
        str.isspace() is not), no walk per character."""
        if self._off is None:
            st, raw = self.start, self.raw
            off: list[int] = []
            for m in _NON_SPACE.finditer(raw):
                off.extend(range(st + m.start(), st + m.end()))
            self._off = off
        return self._off


_NON_SPACE = re.compile(r"\S+")


class _Pos:
    """Text offsets of a compact title made of line segments ``(line, a, b)``: ``pos[i]`` is
    where its i-th character stands in the text."""

    __slots__ = ("segs",)

    def __init__(self, segs: list[tuple[_Line, int, int]]):
        self.segs = segs

    def __add__(self, other: "_Pos") -> "_Pos":
        return _Pos(self.segs + other.segs)

    def __getitem__(self, i):
        if isinstance(i, slice):
            start = i.start or 0
            segs = []
            for ln, a, b in self.segs:
                if start >= b - a:
                    start -= b - a
                    continue
                segs.append((ln, a + start, b))
                start = 0
            return _Pos(segs)
        for ln, a, b in self.segs:
            if i < b - a:
                return ln.at(a + i)
            i -= b - a
        raise IndexError(i)


def title_key(s: str) -> str:
    """One key for a title as written in different places: no punctuation, quotes, 的 or
    draft marker (the policy of a 征求意见稿 is the policy)."""
    return _key(_DRAFT.sub("", s))


def _key(s: str) -> str:
    """Compare titles without punctuation, quotes or 的 (the wrapper may drop a particle)."""
    return _KEY_DROP.sub("", s)


_LINE = re.compile(r"[^\n]+")
_WS = re.compile(r"\s+")


# a notice's heading opening a page whose lines were flattened into one (a PDF or page text
# with no line breaks: X关于发布《Y》的通知 发布日期:… 各有关单位: …)
_FLAT_HEADING = re.compile(r"[^。；;：:！？!?\n]{4,200}?的(?:通知|公告|通告)(?=[\s\u3000]|$)"
                           # …or a 关于 heading of any kind with its own number right after it (X关于Y的若干意见
                           # 宁党发〔2014〕53号 为深入贯彻…)
                           r"|[^。；;：:！？!?，,\n]{0,60}?关于[^。；;：:！？!?，,\n]{4,120}?" + _KIND
                           + r"(?=[ \t\u3000]+[\u4e00-\u9fff]{1,10}[〔\[【(（﹝](?:19|20)\d{2}[〕\]】)）﹞]第?\d{1,4}号)")
# a cover page flattened into one line (a PDF's text on a document-sharing page): the title,
# the body that wrote it and the month, glued (X规划X区卫生健康委员会2022 年 8 月目录…);
# a leading 1、 is the page's excerpt marker
_COVER = re.compile(r"(?:\d{1,2}、)?(?P<t>[^。；;：:，,！？!?《》\s]{4,80}?" + _KIND + _TAIL + r")"
                    r"(?P<o>[\u4e00-\u9fff]{2,30}?(?:委员会|人民政府|办公厅|办公室|局|厅))[ \t\u3000]*"
                    r"(?:19|20)\d{2}[ \t\u3000]*年[ \t\u3000]*\d{1,2}[ \t\u3000]*月")


# a report's dateline glued after its title on a page flattened into one line
# (2023年X区政府工作报告 ——2023年1月4日 在X区第十七届人民代表大会第三次会议上 …), and the title it follows
_FLAT_DATELINE = re.compile(r"[ \t\u3000]*[—―─－]{2}[^\n。]{0,40}?(?:会议|大会)上")
# …or its title glued before its greeting (2023年X区政府工作报告 各位代表:现在,我代表…)
_FLAT_GREETED = re.compile(r"[ \t\u3000]*[^。；;：:，,！？!?\s]{4,80}?报告(?=[ \t\u3000]+各位(?:代表|委员)[:：,，])")
_FLAT_REPORT = re.compile(r"[ \t\u3000]*[^。；;：:，,！？!?\s]{4,80}?报告(?=" + _FLAT_DATELINE.pattern + ")")


def _lines(text: str, hi: int) -> list[_Line]:
    """The non-empty lines of ``text[:hi]`` (the matches of ``_LINE``), cut by one ``split``."""
    out = []
    end = -1
    for raw in text[:hi].split("\n"):
        start = end + 1
        end = start + len(raw)
        if not raw:
            continue
        if len(raw) > 400:
            h = _FLAT_HEADING.match(text, start, end)
            if h is None and "——" in raw[:120]:
                h = _FLAT_REPORT.match(text, start, end)
            if h is None and "各位" in raw[:120]:
                h = _FLAT_GREETED.match(text, start, end)
            if h is not None:
                out.append(_Line(h.group(0), h.start(), h.end(), _WS.sub("", h.group(0))))
            out.append(_Line("。", start, end, "。"))  # a paragraph: ends any title run
            continue
        # "".join(split()) drops exactly what _WS.sub drops (both use str.isspace), ~3× faster
        out.append(_Line(raw, start, end, "".join(raw.split())))
    return out


# a site's accessibility controls (正文内容区域请使用tab按钮切换浏览, 跳至主要内容, 无障碍浏览 长者模式):
# a short line above the title the join would glue to it (无障碍环境建设条例 is a title: the
# bare word is not chrome)
# (every branch opens with a literal: the engine scans for their first characters)
_CHROME = re.compile(r"无障碍(?:浏览|阅读|辅助|版)|长者模式|适老化?(?:模式|版)|跳[至到转]主要[内內]容|切换浏览|读屏|关怀版")


def _junk(frag: str) -> bool:
    """A line that is no title: a URL, breadcrumbs, a date, a numbered item, a sentence, a
    site's accessibility controls."""
    return bool(_NO_TITLE.search(frag) or _JUNK_WORDS.search(frag) or "年" in frag and _JUNK_DATE.search(frag)
                or _JUNK_START.match(frag) or _CHROME.search(frag))


# anti-copy debris a forum appends to a line (…的通知( _8 M1 x* {3 N# y1 D9 w): a run of ASCII after
# the last CJK character holding a symbol no title holds — a closed bracket group ((2016)) stays
_JUNK_CH = r"_*{}#$&%~^;/\\|@`+=<>!?'\""
_ASCII_JUNK = re.compile(r"(?<=[\u4e00-\u9fff])[(\[]?[\x21-\x7e]*[" + _JUNK_CH + r"][\x21-\x7e]*$(?<![)\]])")


@lru_cache(maxsize=8192)
def _clean(c: str) -> tuple[int, int]:
    """(a, b): the title part of a compact line, without labels, numbers and debris.
    Memoised: a pure function of the line, and the title join re-cleans each line after a
    short one (over a third of the calls repeat a line)."""
    a, b = 0, len(c)
    c0 = c.lstrip("#*>•·-")
    a = len(c) - len(c0)
    while True:
        # (each pattern is tried where the label part ends, a = 0 or after a list marker (- 标题:)
        # or an earlier label; their first characters and the 号 every number holds are tested
        # first: most lines are tried by neither)
        m = (_TITLE_LABEL.match(c, a) if c[a:a + 1] in _TITLE_LABEL_FIRST else None) \
            or (_LEAD_NUMBER.match(c, a) if "号" in c else None)
        if not m or m.end() == a:
            break
        a = m.end()
        if m.re is _TITLE_LABEL and c.startswith(("|", "｜"), a):
            a += 1   # 标题: | X | — a metadata table's row: the title is its value cell
    m = _DEBRIS.search(c, a)
    if m and m.start() > a:
        b = m.start()
    elif m:
        return a, a
    while b > a and c[b - 1] in "|｜-_—·•":
        b -= 1
    # _ASCII_JUNK's match is a run of ASCII symbols ending the line, _TAG's ends with its bracket:
    # a line ending otherwise (most do, on a CJK character) is not searched
    m = _ASCII_JUNK.search(c, a, b) if b > a and ("!" <= c[b - 1] <= "~" or c[b - 1] == "\n") else None
    if m and m.start() > a + 4:
        b = m.start()
    m = _TAG.search(c, a, b) if b > a and c[b - 1] in ")）\n" else None
    if m and m.start() > a + 4:
        b = m.start()
    t = max(a, b - 40)
    tail = c[t:b]   # every _TRAIL_NUMBER match holds a year 19xx/20xx: most lines are not tried
    # …and ends with a digit, a closing bracket, 号, 日 or 第 (its $ also before a final \n)
    m = _TRAIL_NUMBER.search(c, t, b) if ("19" in tail or "20" in tail) and c[b - 1] in _TRAIL_LAST else None
    if m and m.start() > a + 4:
        b = m.start()
    if not _ends_kind(c, a, b) and ("-" in c or "_" in c or "—" in c):
        m = _SITE_SUFFIX.match(c, a, b)
        if m:
            b = m.end("t")
    # both labels end with a colon: a line without one is not tried (_ABOUT_LABEL backtracks 30 ways)
    m = (_SHORT_LABEL.match(c, a, b) or _ABOUT_LABEL.match(c, a, b)) if ":" in c or "：" in c else None
    if m and not c.startswith(("关于",), a) and _ends_kind(c, m.end(), b) and b - m.end() >= 6:
        a = m.end()
    m = (_PLACE_TAG.match(c, a, b) or _COLUMN_TAG.match(c, a, b)) if c[a:a + 1] in "(（【" else None
    if m and b - m.end() >= 6 and _ends_kind(c, m.end(), b):
        # (湖北省)武汉市…方案: a repost site's region tag before the title; 【区级】X办法,
        # 【市政府重点工作】X关于…的通知: a site's column or level tag in its black brackets
        a = m.end()
    return a, b


_PLACE_TAG = re.compile(r"[(（][\u4e00-\u9fff]{1,8}?(?:省|市|自治区|特别行政区)[)）]")
_COLUMN_TAG = re.compile(r"【[^【】\n]{1,20}】")


def _balanced_tail(x: str) -> str | None:
    """Y when ``x`` ends with a quoted title 《Y》 (〈Y〉) after other words (…作的《政府工作报告》,
    转发市科委〈Y〉), else None."""
    if not x or x[-1] not in "》〉":
        return None
    depth = 0
    for i in range(len(x) - 1, -1, -1):
        ch = x[i]
        if ch in "》〉":
            depth += 1
        elif ch in "《〈":
            depth -= 1
            if depth == 0:
                return x[i + 1:-1] if i > 0 else None
    return None


def _first_quoted(x: str) -> str | None:
    """Y when ``x`` is several quoted titles (《A》《B》, 《A》和《B》: a notice issuing two texts;
    the first is the policy); None when ``x`` is one quoted title or a title quoting another
    (《A》重点任务分工方案 is one title)."""
    depth = 0
    for i, ch in enumerate(x):
        if ch in "《〈":
            depth += 1
        elif ch in "》〉":
            depth -= 1
            if depth == 0:
                rest = x[i + 1:].lstrip("、，,和及与以及")
                return x[1:i] if rest[:1] in ("《", "〈") or _AND_OTHERS.fullmatch(rest) else None
    return None


_AND_OTHERS = re.compile(_AND_OTHERS_TEXT)


_PAIRS = {"《": "》", "〈": "〉", "【": "】", "“": "”", "[": "]"}


def _strip_quotes(x: str) -> str:
    """X without the marks around it (《X》, 【X】, “X”) when they enclose all of it."""
    while len(x) > 2 and _PAIRS.get(x[0]) == x[-1] and x.count(x[0]) == 1:
        x = x[1:-1]
    return x


@dataclass
class _Cand:
    kind: str              # wrapper | consult | about | plain | cover | interprets
    title: str
    start: int             # span of the title in the text
    end: int
    line_end: int          # end of the (last) line it came from
    head_start: int        # start of the heading (issuer included)
    whole: bool = True     # a wrapper heading that ends with its 的通知
    issuer: tuple[int, int] | None = None   # a cover's body (its span in the text)
    notice: tuple[str, int, int] | None = None   # a wrapper's whole heading (issuer included) and its span


def _candidates(text: str, hi: int) -> list[_Cand]:
    lines = _lines(text, hi)
    out: list[_Cand] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if ln.end - ln.start > 400 and ln.c == "。":   # a flattened paragraph (see _lines)
            cv = _COVER.match(text, ln.start, ln.end)
            if cv is not None:
                out.append(_Cand("cover", cv.group("t"), cv.start("t"), cv.end("t"), cv.end(), cv.start("t"),
                                 issuer=cv.span("o")))
        if _JUNK_START.match(ln.c):   # 来源, breadcrumbs, a related link, a numbered item
            i += 1
            continue
        a, b = _clean(ln.c)
        frag = ln.c[a:b]
        i += 1
        if len(frag) < 4:
            continue
        # (_junk(frag); a line whose fragment is the whole line was just told not to open as junk
        # does: _JUNK_START is not tried on it again)
        if _NO_TITLE.search(frag) or _JUNK_WORDS.search(frag) or "年" in frag and _JUNK_DATE.search(frag) \
                or (a or b != len(ln.c)) and _JUNK_START.match(frag) \
                or _CHROME.search(frag):
            # a title a page glued to its first paragraph (X方案(2023-2025年)为贯彻…); every match is
            # followed by one of the words _GLUED_NEXT lists: a line without one is not tried
            g = _GLUED.match(frag) if _GLUED_NEXT_RX.search(frag) else None
            if g and not _JUNK_START.match(frag):
                cand = _classify(g.group("t"), _Pos([(ln, a, a + g.end("t"))]), ln.end)
                if cand is not None:
                    out.append(cand)
            # (every match holds a colon after the body's name, and three blanks or its line's start)
            run = _RUNNING_HEAD.search(ln.raw) if "  " in ln.raw and (":" in ln.raw or "：" in ln.raw) else None
            if run is not None and _ends_kind(run.group("t")):
                # a journal page's running header: 2023 年 3 月 第 1 期   X办公室:Title   3…
                ra = len(_WS.sub("", ln.raw[:run.start("t")]))
                cand = _classify(_WS.sub("", run.group("t")), _Pos([(ln, ra, ra + len(run.group("t")))]), ln.end)
                if cand is not None:
                    out.append(cand)
            tz = _TEASER.match(frag) if "》" in frag else None
            if tz is not None:
                # a repost's headline: a teaser, then the policy in 《》 (最高奖补1000万元!《X》)
                g = "r" if tz.group("r") else "f"
                cand = _classify(tz.group(g), _Pos([(ln, a + tz.start(g), a + tz.end(g))]), ln.end)
                if cand is not None:
                    out.append(cand)
            lab = _MID_LABEL.search(frag, 1) if "标题" in frag else None
            if lab is not None:
                # a page's metadata field glued after other page text (本文仅供参考…发文标题:X关于Y):
                # the field's value is the document's heading, as a field on a line of its own is
                o = a + lab.start()
                la, lb = _clean(ln.c[o:b])
                cand = _classify(ln.c[o + la:o + lb], _Pos([(ln, o + la, o + lb)]), ln.end) if lb - la >= 6 else None
                if cand is not None and (cand.kind in ("about", "wrapper", "consult")
                                         or cand.kind == "plain" and lab.group(0)[0] in "发文"):
                    out.append(cand)   # (a bare 标题: labels a heading only as a 关于… title)
            gr = _FLAT_GREETED.match(ln.raw) if "各位" in frag else None
            if gr is not None:
                # a report's title glued before its greeting (X区政府工作报告 各位代表:现在,…)
                n = len(gr.group(0).strip())
                cand = _classify(ln.c[:n], _Pos([(ln, 0, n)]), ln.end)
                if cand is not None and cand.kind == "plain":
                    out.append(cand)
            crumb = _CRUMB_TITLE.search(frag) if "关于" in frag else None   # (every match holds 关于)
            if crumb is not None and _ends_kind(frag):
                # breadcrumbs ending with the page's own 关于 heading (首页 > 公报 > 2020年第7号关于…的报告)
                cand = _classify(crumb.group("t"), _Pos([(ln, a + crumb.start("t"), b)]), ln.end)
                if cand is not None and cand.kind in ("about", "wrapper", "consult"):
                    out.append(cand)
            continue
        c, pos, end = frag, _Pos([(ln, a, b)]), ln.end
        # a title broken over lines: join the short fragments that follow until it ends with a kind
        if len(c) <= 60 and (not _ends_kind(c) or _continues(c, lines, i)):
            j, jc, jpos, jend = i, c, pos, end
            opened = "关于" in c or c.count("《") > c.count("》") or c.count("〈") > c.count("〉")
            signed = not opened and _BODY_FULL.search(c)   # 北京市海淀区人民政府 (a signature) + the next heading
            added = 0
            while j < len(lines) and added < 3 and not signed:
                nx = lines[j]
                j += 1
                if not nx.c:
                    continue
                na, nb = _clean(nx.c)
                close = _QUOTE_CLOSE.match(nx.c) if jc.count("《") > jc.count("》") else None
                if close is not None and close.end() < nb:
                    # a quoted title broken inside 《》, the notice's salutation glued after its
                    # close on a flattened page (关于印发《X / Y》的通知 各镇人民政府: …)
                    na, nb = 0, close.end()
                nf = nx.c[na:nb]
                if nf[:_RESTART] == c[:_RESTART] and len(c) >= _RESTART:
                    break   # the same heading again from its start: the line above was a page's cut title
                if (not nf or len(nf) > 60 or _junk(nf) or "上的" in nf and BYLINE.match(nf)   # (a byline under its title)
                        or (not opened and (_OPENS.match(nf) or "关于" in nf or "对" in nf and _REPLY.match(nf)))
                        or na > 0):   # (a reply's heading, 对…建议的答复, opens a title as 关于 does)
                    break
                jc, jpos, jend = jc + nf, jpos + _Pos([(nx, na, nb)]), nx.end
                added += 1
                if _ends_kind(jc):
                    c, pos, end = jc, jpos, jend
                    i = j
                    if not _continues(jc, lines, j):
                        break
        half = len(c) // 2
        if len(c) % 2 == 0 and half >= 4 and c[:half] == c[half:]:
            c = c[:half]   # a page repeating its title on one line (XX)
        elif c.startswith("《") and c.find("》") == half and c[1:half] == c[half + 1:] and half >= 5:
            c, pos = c[half + 1:], pos[half + 1:]   # …once in 《》 and once as it is (《X》X)
        # (_REPOST opens with 《, every _INTERPRETS match holds one)
        if len(c) > 150:
            continue
        kind_end = _ends_kind(_strip_quotes(c))
        if not kind_end and not _wrapper(c) and not (c[:1] == "《" and _REPOST.match(c)) \
                and not ("《" in c and _INTERPRETS.match(c)):
            continue
        cand = _classify(c, pos, end, kind_end)
        if cand is not None:
            out.append(cand)
    return out


# a repost's teaser before the 《title》 it reports, ended by an exclamation mark (重磅!《X》发布),
# or the line that introduces the full text it reposts (《X》全文如下:)
_TEASER = re.compile(r"[^《》\n!！]{2,30}[!！](?P<r>《[^《》\n]{4,100}》(?:正式)?(?:发布|印发|出台|公布|出炉|来了)?)$"
                     r"|(?P<f>《[^《》\n]{4,100}》)(?:全文|原文)(?:如下)?[:：]?$")
_ABOUT_ISSUING = re.compile(r"关于(?:印发|转发)")
_CONJ_LINE = re.compile(r"(?:及|暨|和|与|以及|并)(?![的于])[\u4e00-\u9fff\d《]")
_RESTART = 6   # characters a line shares with the start of a broken title when it starts it anew


def _continues(c: str, lines: list[_Line], i: int) -> bool:
    """A line that ends like a title may still go on: a period or 的通知 on the next line
    (…行动方案 / (2024—2030年)的通知), or the wrapper's 的通知 (关于印发X / 及配套文件的通知)."""
    nx = next((ln for ln in lines[i:i + 2] if ln.c), None)
    if nx is None:
        return False
    if _TAIL_LINE.match(nx.c):
        return True
    if (_CONJ_LINE.match(nx.c) and len(nx.c) <= 60 and _ends_kind(nx.c) and not _junk(nx.c)
            and not _COMPLETE_TITLE.search(c)):
        # …审查意见 / 及区人大常委会…审议意见的报告: a line opening with a conjunction opens no
        # title; it goes on the heading above, whose first line ended on a kind word by chance —
        # not on one that ends as a whole heading does (…行动方案的通知 / 和美乡村…行动方案: 和
        # opens a word there, the line is the issued document's own heading)
        return True
    return bool(_ABOUT_ISSUING.search(c)) and not c.endswith("的通知") and nx.c.endswith("的通知") and len(nx.c) <= 60


# a reply's heading followed by the title of the suggestion it answers in brackets (…第42号代表建议的
# 答复(关于支持X的建议)): the bracket names what it answers, no part of the reply's own title
_REPLY_SUBJECT = re.compile(r"(?<=答复|复函|的函)[(（]关于[^()（）\n]{2,80}(?:建议|提案|议案)[)）]$")


def _classify(c: str, pos: _Pos, end: int, kind_end: bool | None = None) -> _Cand | None:
    """``kind_end``: ``_ends_kind(_strip_quotes(c))`` when the caller has it (not asked again)."""
    def span(s: int, e: int) -> tuple[int, int]:
        return pos[s], pos[e - 1] + 1

    m = _INTERPRETS.match(c) if "《" in c else None   # (every match holds a 《)
    if m:   # 关于《X》的政策解读 / 解读《X》: the page interprets X (Y when X is the notice issuing Y)
        g = "t" if m.group("t") else "u"
        sub = _classify(m.group(g), pos[m.start(g):], end)
        if sub is not None and sub.kind == "wrapper":
            return _Cand("interprets", sub.title, sub.start, sub.end, end, pos[0])
        s, e = span(m.start(g), m.end(g))
        return _Cand("interprets", m.group(g), s, e, end, pos[0])
    m = _REPOST.match(c) if c[:1] == "《" else None
    if m and m.end("t") + 1 < len(c):  # 《X》发布: the repost is about X (a bare 《X》 is X itself)
        s, e = span(m.start("t"), m.end("t"))
        return _Cand("plain", m.group("t"), s, e, end, pos[0])
    inner = _strip_quotes(c)
    off = (len(c) - len(inner)) // 2
    m = _CONSULT.match(inner) if inner.startswith("关于") else None   # (both branches open with 关于)
    if m:
        g = "x" if m.group("x") else "y"
        x = _DRAFT.sub("", m.group(g))
        cut = len(m.group(g)) - len(_DRAFT_TAIL.sub("", m.group(g)))   # a trailing marker is no part of the span
        s, e = span(off + m.start(g), off + m.end(g) - cut)
        return _Cand("consult", x, s, e, end, pos[0])
    m = _wrapper(inner)
    if m and (m.group("v1") or inner.endswith("的通知")) and len(m.group("x")) >= 4 and not _ISSUE_ONLY.match(m.group("x")):
        nested = _NESTED.search(m.group("x"))
        if nested and nested.start() > 0:
            # X转发Y关于印发Z的通知: the page forwards Y's notice; Z is Y's, headed by Y
            k = m.start("x") + nested.start()
            while k > m.start("x") and not _NESTED_START.match(inner, k):
                k -= 1
            sub = _classify(c[off + k:], pos[off + k:], end)
            if sub is not None and sub.kind == "wrapper":
                return sub
        x, xs = m.group("x"), m.start("x")
        if x.endswith(("的通知", "的公告", "的通告")):
            x = x[:-3]
        first = x.startswith(("《", "〈"))
        y = _first_quoted(x) if first else _balanced_tail(x)
        if y is not None:
            xs += 1 if first else len(x) - len(y) - 1
            x = y
        bare = _strip_quotes(x)
        xs += (len(x) - len(bare)) // 2   # the span starts inside the marks it dropped (《Y》 → Y)
        x = bare
        s, e = span(off + xs, off + xs + len(x))
        return _Cand("wrapper", x, s, e, end, pos[0], inner.endswith("的通知"),
                     notice=(inner, pos[off], pos[off + len(inner) - 1] + 1))
    if not (_ends_kind(inner) if kind_end is None else kind_end):
        return None
    r = _REPLY_SUBJECT.search(inner) if inner.endswith((")", "）")) else None
    if r is not None:   # …建议的答复(关于支持X的建议): the bracket names what it answers
        inner = inner[:r.start()]
    s, e = span(off, off + len(inner))
    if "关于" in inner and _ABOUT.match(inner) or "对" in inner and _REPLY.match(inner):
        return _Cand("about", inner, s, e, end, pos[0])
    if len(inner) <= _COLUMN_NAME:
        return None   # 园区政策, 政府公告, 通知公告: a site's column, no subject named
    return _Cand("plain", inner, s, e, end, pos[0])


# a title names its subject before its kind word: two characters and a kind (政策, 公告) name a
# column of a site; the shortest real titles seen have four (政府工作报告, 任务分解)
_COLUMN_NAME = 4


_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{1,9}?(?:省|市|区|县|自治区|自治州|州|盟|旗)")


def _placed(kc: str, kx: str) -> bool:
    """``kc`` is ``kx`` with its place before it (厦门市 + 促进…实施意见): the wrapper dropped it."""
    return len(kx) >= 4 and len(kc) > len(kx) and kc.endswith(kx) and _PLACE_PREFIX.fullmatch(kc[:len(kc) - len(kx)]) is not None


_REWORDED_SHARE = 2 / 3   # of the heading's X the 《Y》 of the issuing sentence must end with
_INSERTED = 6             # characters a heading may leave out of the title it shortens (所列, 确定的)


def _reworded(ky: str, kx: str) -> bool:
    """``ky`` ends as ``kx`` does over most of ``kx`` (2020年政府工作报告重点工作任务分解表 /
    谯城区2020年度政府工作报告重点工作任务分解表): one document, its heading and its issuing
    sentence wording its start (place, year) differently."""
    n = _common_suffix(ky, kx)
    if n >= 6 and n >= _REWORDED_SHARE * len(kx):
        return True
    # …or ``ky`` is ``kx`` with a few words inserted in one place (2021年区政府工作报告重点工作责任分工 /
    # 2021年区政府工作报告所列重点工作责任分工): the heading shortened the title the sentence quotes
    p = _common_prefix(ky, kx)
    return n >= 4 and p + n >= len(kx) and 0 < len(ky) - len(kx) <= _INSERTED


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their end (counted apart from the prefix: the
    two runs may overlap)."""
    n = 0
    for x, y in zip(reversed(a), reversed(b)):
        if x != y:
            break
        n += 1
    return n


_YEAR_MARK = re.compile(r"(?<=\d)年")


def _refine_wrapped(text: str, cand: _Cand, cands: list[_Cand], hi: int) -> tuple[_Cand, str]:
    """The policy a notice issues, as written, and what of it follows the notice ("heading",
    "text" or ""): its own heading further down when that is the wrapper's Y (less a year or
    a particle); else the issuing sentence's 《Y》 when it is the same title, or the wrapper's Y."""
    x = _COMPANIONS.sub("", cand.title)
    kx = _key(x)
    kxy = _YEAR_MARK.sub("", kx)   # (2020—2022) = (2020—2022年): one period
    deictic = _DEICTIC.match(kx)
    for c in cands:  # the attached text's own heading, alone on its line
        if c.start < cand.line_end or c.kind not in ("plain", "about"):
            continue
        kc = _key(c.title)
        # the same title (its period written with or without 年); or the wrapper's with a prefix
        # (2017年政府工作报告 → 政府工作报告); or 本区…办法 named with its place (海淀区…办法)
        if (kc == kx or _YEAR_MARK.sub("", kc) == kxy or len(kc) >= 4 and 2 * len(kc) >= len(kx) and kx.endswith(kc)
                or deictic and len(kx) - deictic.end() >= 4 and kc.endswith(kx[deictic.end():])
                or _placed(kc, kx)):
            return _named_above(text, c, cand.line_end) or c, "heading"
    follows = ("heading" if _heading_below(text, x, kx, cand.line_end) else
               "text" if _text_follows(text, cand.line_end)
               or _OWN_TEXT.search(text, cand.line_end, min(len(text), cand.line_end + _OWN_TEXT_REACH)) else "")
    m = _ISSUING.search(text, cand.line_end, min(len(text), cand.line_end + 1500))
    q = _QUOTED.search(text, m.start(), m.end()) if m else None
    if q and (_key(q.group("y")) == kx or _placed(_key(q.group("y")), kx)
              or _reworded(_key(q.group("y")), kx) and len(_QUOTED.findall(text, m.start(), m.end())) == 1):
        # the issuing sentence's first 《Y》 (or its only one, the heading's X reworded at its start)
        return _Cand("wrapper", q.group("y"), q.start("y"), q.end("y"), cand.line_end, cand.head_start), follows
    if x != cand.title:
        return _Cand("wrapper", x, cand.start, cand.start + len(x), cand.line_end, cand.head_start), follows
    return cand, follows


_REWORDED_MAX = 2   # characters a site adds to or drops from a document's heading in its page title


def _reworded_headline(a: str, b: str) -> bool:
    """Are the keys ``a`` (a page's headline) and ``b`` (a heading below it) one title, ``b``
    with at most two characters added or dropped in one place (关于对… / 关于…)? Its start and
    end agree and the rest is one short insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > _REWORDED_MAX or min(len(a), len(b)) < 8:
        return False
    p, q = _common_prefix(a, b), _common_suffix(a, b)
    return len(a) != len(b) and p + q >= min(len(a), len(b))


def _named_above(text: str, c: _Cand, after: int) -> _Cand | None:
    """The issued text's full title when its heading is broken after its issuers' names
    (中共X委科技工委 X科学技术厅 / 2022年科技工作要点 — the notice's heading and ``c`` hold only the
    second line): the issuing sentence's 《Y》 whose key is the line above ``c`` and ``c`` joined
    (README session 12: the title line is the title)."""
    ls = text.rfind("\n", 0, c.head_start)   # the end of the non-empty line above c
    while ls > 0 and not text[text.rfind("\n", 0, ls) + 1:ls].strip():
        ls = text.rfind("\n", 0, ls)
    if ls <= after:
        return None
    above = _key(text[text.rfind("\n", 0, ls) + 1:ls])
    if not above or len(above) > 40:
        return None
    m = _ISSUING.search(text, after, c.head_start)
    if m is None:
        return None
    whole = above + _key(c.title)
    for q in _QUOTED.finditer(text, m.start(), m.end()):
        if _key(q.group("y")) == whole:
            return _Cand("wrapper", q.group("y"), q.start("y"), q.end("y"), c.line_end, c.head_start)
    return None


# the issued text speaking as itself right below the notice's heading (…特制定本行动计划。一、…):
# the page is the issued text under its notice's heading
# (特?制[定订]本… written as two branches, 特制…|制…: every branch of the patterns below then opens
# with a literal, whose first characters the engine scans for — the same matches; the optional 特
# made it try the whole pattern at every position, 5-6× slower)
_MADE_SELF = r"制[定订]本(?:行动|实施|工作)?(?:" + _KIND + r"|若干措施|实施意见|细则|纲要)"
_OWN_TEXT = re.compile("特" + _MADE_SELF + "|" + _MADE_SELF + r"|现提出(?:以下|如下)(?:实施)?意见"
                       r"|本(?:办法|规定|细则|措施|方案|意见)自[^。\n]{2,20}起(?:施行|实施|执行)")
_OWN_TEXT_REACH = 3000
_ISSUE_VERBS = ("印发", "转发", "下达", "发布", "颁布")
_HEADING_TRIES = 40   # occurrences of a title's first characters looked at below the notice


def _heading_below(text: str, x: str, kx: str, after: int) -> bool:
    """Does a line below the notice's heading open with the title ``x`` — the issued text's
    own heading, perhaps broken over lines? A few ``find`` calls for its first characters;
    only lines that open with them are compared."""
    lead = _strip_quotes(x).lstrip(_QUOTES)[:3]
    if len(lead) < 3 or len(kx) < 4:
        return False
    pos = after
    for _ in range(_HEADING_TRIES):
        i = text.find(lead, pos)
        if i == -1:
            return False
        ls = text.rfind("\n", 0, i) + 1
        if _key_opens(text, i, i + 2 * len(x) + 40, kx):
            le = text.find("\n", i)
            le = len(text) if le == -1 else le
            cut = "《" not in text[ls:i] and text.count("》", i, le) > text.count("《", i, le)
            if (not text[ls:i].strip(" \t\u3000#*《〈") and not (cut and _SENTENCE.search(text, i, le))
                    and not _ISSUING_ONLY.search(text, i, le)):
                # (not the issuing sentence that opens with the title: 《A》和《B》已经…通过，现予以下发)
                return True     # alone at the start of its line (not a sentence opening with it, its 《 lost:
                #                 X方案》已经区人民政府同意,现印发给你们 — its 《 lost)
            j = i - 1
            while j > ls and text[j] in "“\"‘'":
                j -= 1
            if text[j] in " \t\u3000)）日" and _body_after(text, i + len(x)) \
                    and not text[ls:j + 1].rstrip().endswith(_ISSUE_VERBS):
                # a page flattened to one line: the heading after a space, a closed bracket
                # ((此件公开发布)) or the signature's date, with its body after it — not the notice's
                # heading again in a metadata field (名称: X关于印发 Y的通知)
                return True
        pos = i + 1
    return False


_KEY_PEEK = 16   # characters _key_opens compares first


def _key_opens(text: str, i: int, j: int, kx: str) -> bool:
    """``_key(text[i:j]).startswith(kx)``. _key drops single characters, so the key of the
    first characters is a prefix of the key of the window: those few are compared first, and
    most places where a title's first characters recur (the place name it opens with, all
    over a long text) are told apart without keying the whole window."""
    peek = _key(text[i:min(j, i + _KEY_PEEK)])
    if not (kx.startswith(peek) or peek.startswith(kx)):
        return False
    return _key(text[i:j]).startswith(kx)


def _body_after(text: str, pos: int) -> bool:
    return len(_CJK.findall(text, pos, pos + _BODY_WINDOW)) >= _BODY_AFTER


# the date closing a notice's signature, on its own line (2020年6月28日, 二○一○年三月十八日, or
# digits a scrape glued: 2024522)
_SIGNED = re.compile(r"^[ \t\u3000]*(?:(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
                     r"|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
                     r"|(?:19|20)\d{3,5}日?)[ \t\u3000]*$", re.M)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_BODY_AFTER = 150       # CJK characters of text after the signature: the issued text follows
_BODY_WINDOW = 600


def _text_follows(text: str, after: int) -> bool:
    """Does the issued text follow the notice although its heading is not found (worded
    otherwise, or lost)? The notice's signature date, then a body of text."""
    m = _ISSUING.search(text, after, min(len(text), after + 1500))
    if m is None:
        return False
    d = _SIGNED.search(text, m.end(), min(len(text), m.end() + 1500))
    return d is not None and _body_after(text, d.end())


@dataclass
class Title:
    title: str
    span: tuple[int, int] | None
    heading: tuple[int, int] | None   # the heading line(s) the title came from (issuer included)
    kind: str = ""                    # wrapper | consult | about | issuing | cover | plain | made | report | interprets


# the dashes a dateline opens with: an em dash (——), a horizontal bar (――, GBK texts), a
# box-drawing line (──, pages typeset with it), a full-width hyphen
_DASHES = "—―─－"
# ——2021年1月12日在…会议上 (the congress may go on the next line, a blank line between)
_DATELINE = re.compile(r"^[ \t\u3000]*[" + _DASHES + r"]{1,2}[^\n]{0,40}(?:\n[ \t\u3000]*(?:\n[ \t\u3000]*)?[^\n]{0,30})?"
                       r"(?:会议|大会)上?[^\n]{0,10}$", re.M)
_DATELINE_HEAD = 600   # characters of a page's head in which a report's dateline opens it


# 《Y》已由X会议于…通过，现予公布 — the text an announcement or decree promulgates
_PROMULGATES = re.compile(r"《(?P<t>[^《》\n]{4,100})》[^。\n《》]{0,12}?(?:已[由经]|经)[^。\n《》]{2,80}?(?:通过|批准|修订|修正)"
                          r"[^。\n《》]{0,10}?[,，]?[ \t\u3000]*现予(?:以)?(?:公布|发布|公告|颁布)")


def _dateline(text: str, hi: int) -> re.Match | None:
    """``_DATELINE.search(text, 0, hi)``; a head without a dash or a 会 (every match holds both)
    is not scanned (the pattern opens with ^: a scan tries every position)."""
    if text.find("会", 0, hi) == -1 or all(text.find(d, 0, hi) == -1 for d in _DASHES):
        return None
    return _DATELINE.search(text, 0, hi)


# a government's work report named as such, its places and year before it or its year after it
# (2018年X市Y区人民政府工作报告, X县政府工作报告(2022年)): the title of that one kind of document,
# whoever reposts it; a headline about it (解读…政府工作报告, …政府工作报告提出…) has other words
# (place names of two to four characters, an autonomous region's or prefecture's longer)
_GOV_REPORT = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?P<p>(?:[\u4e00-\u9fff]{2,4}?(?:省|市|区|县|州|盟|旗|新区)"
                         r"|[\u4e00-\u9fff]{2,8}?自治(?:区|州|县|旗)){0,3})"
                         r"(?:(?:19|20)\d{2}年度?)?(?:人民)?政府工作报告(?:[(（](?:19|20)\d{2}年?度?[)）])?")
_GOV_REPORT_ENDS = ("政府工作报告", ")", "）")
_GOV_PLACE = re.compile(r"([\u4e00-\u9fff]{2,8}?)(?:省|市|区|县|州|盟|旗|新区|自治区|自治州|自治县|自治旗)")
# the report's own voice right below its title (五年来，我们…; 各位代表; 我代表X人民政府): a page
# quoting or reporting on it speaks of the report instead (报告指出…)
_SPEAKS_AS_GOVERNMENT = re.compile(r"我们|各位代表|我代表")
_GOV_REPORT_REACH = 400


def _gov_report(title: str) -> bool:
    """Is ``title`` a government's work report named as such (see _GOV_REPORT), each place
    before it a place name (not a headline's words glued to one: 一图读懂温州市…)?"""
    m = _GOV_REPORT.fullmatch(title)
    return m is not None and all(place_stem(p.group(1)) for p in _GOV_PLACE.finditer(m.group("p")))


def dateline_end(text: str, hi: int) -> int:
    """Where a report's dateline (——date在…会议上) in ``text[:hi]`` ends, or -1."""
    m = _dateline(text, min(len(text), hi))
    return -1 if m is None else m.end()


def delivered(text: str) -> bool:
    """Does a report's dateline (——2018年9月27日在…会议上) stand in the text's head: a report
    delivered at a session, its page perhaps cut above its title?"""
    return _dateline(text, min(len(text), _DATELINE_HEAD)) is not None
# the report a speaker submits (现将X的报告提交/报告如下), or the draft plan, budget or report a
# body submits to the session for review (现将X年国民经济和社会发展计划草案提请…审议)
_SUBMITTED = re.compile(r"现将(?P<t>[^。，,；;《》\n]{4,100}?(?:的报告(?=提交|提请|报告如下)"
                        r"|(?:计划|规划|纲要|预算|决算)?(?:草案|执行情况的报告)(?=提交|提请)))")
# a reply's opening: what it answers was received, the answer follows (收悉，现答复如下; 现函复如下;
# a co-handling unit's opinion letter: 现将我厅意见函告如下)
# (a 请示 acknowledged before a text is issued — 你委《关于…的请示》收悉。现将《X》印发给你们 — is no reply)
# ((?:现|特)?(?:答复|函复|回复|函告)如下 with its branches written out: each opens with a literal, scanned
# for — the same matches, the optional first word made it try every position)
_ANSWERS = re.compile(r"现(?:答复|函复|回复|函告)如下|特(?:答复|函复|回复|函告)如下|答复如下|函复如下|回复如下|函告如下"
                      r"|收悉[^\n。]{0,30}。?[^\n。]{0,30}?反馈如下")
_MADE = re.compile(r"(?:制定|制订|编制|起草)了?\s*《(?P<t>[^《》\n]{4,100})》")
# what names a quoted title as the first of several (《A》等14个专项规划, 《A》等三项制度)
_SEVERAL_AFTER = re.compile(r"[ \t]*等[\d一二三四五六七八九十两]{1,3}[个份项部件篇本类]")


# a title that opens with another's in 《》 and goes on unquoted to its own kind word (《X》相关实施细则,
# 《X》重点任务分工方案), up to the end of its clause or the verb that issues it; not a notice's own
# words (《X》的通知, 《X》通知)
_TAIL_TITLE = re.compile(r"《[^《》\n]{4,100}》(?!的)(?P<tail>[^《》\s。，,；;、：:“”\"]{2,16}?)(?=[。，,；;、\s]|$|印发|转发|下发|下达|予以|已经|经)")
_NOTICE_WORDS = ("通知", "通告", "公告", "函")


def _quoted_tail(text: str, m: re.Match) -> re.Match | None:
    """The title ``m`` quotes (its group ``t`` in 《》) with the words that go on after its 》 to a
    kind word and the end of the clause (《X》相关实施细则。), or None: one anchored match."""
    t = _TAIL_TITLE.match(text, m.start("t") - 1)
    if t is None or not _ends_kind(t.group("tail")) or t.group("tail").endswith(_NOTICE_WORDS):
        return None
    return t


_CLAUSE_START = re.compile(r"[。；;！？!?\n，,]")
_CLAUSE_REACH = 300


# a past issuing the text reports (已以市政府办公厅名义印发《X》: a progress record, not the notice)
# or plans (第二季度前:报经市政府审定,印发实施《X》 / 拟于年底前出台《X》: a task's schedule)
# or lists as an item of work done (…完成情况: 1.印发《X》; 2、出台《Y》: a numbered item of a progress table)
_REPORTED = re.compile(r"(?:已|拟|计划|争取|力争|(?:季度|月底|年底|年内|上半年|下半年)前?[:：]?)[^。；;\n《》]{0,20}$"
                       r"|(?:^|[\s。；;])\d{1,2}[.、．]\s*$")
# a dated act a page narrates (2023年2月10日，国务院办公厅印发《X》): the issue it reports, never the
# page issuing X itself — a page that issues a text says so without a date before the verb
# (现将《X》印发给你们, 关于印发《X》的通知)
_DATED_ACT = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?[^。；;\n《》]{0,30}$")
_DATED_REACH = 48
_CITING_WORDS = re.compile(CITING_WORDS)


def _citing_clause(text: str, pos: int) -> bool:
    """Does the clause holding ``pos`` cite before it (根据X关于印发《Y》的通知…)? Then the 《Y》
    it prints is another document's, not the one this text issues (为贯彻《A》，现将《Y》印发…:
    the comma ends the citing clause)."""
    lo = max(0, pos - _CLAUSE_REACH)
    starts = [m.end() for m in _CLAUSE_START.finditer(text, lo, pos)]
    return bool(_CITING_WORDS.search(text, starts[-1] if starts else lo, pos))


_CHROME_LINE = 12   # a page's button row (列印, 字号:大中小) is short
# a row of a page's buttons and their labels (字号: 大 中 小, 收藏, 打印, 分享到, 关闭窗口)
_BUTTONS = re.compile(r"(?:[【】\[\]()（）|｜:：/>]|字号|字体|收藏|打印|列印|分享到?|关闭(?:窗口)?|默认|放大|缩小|[大中小]|返回顶部|纠错|听全文)+")


# one field of a page's metadata row (日期:2021-01-11, 来源:, 浏览次数:12): a label and a short value
_META_FIELD = re.compile(r"[【\[]?(?:" + _DEBRIS_LABELS + r")[】\]]?[:：][^:：\s]{0,24}")


def _chrome_only(text: str, start: int, end: int) -> bool:
    """Are the lines in ``text[start:end]`` empty or page buttons (列印, 字号: 大 中 小,
    【打印】) — nothing a document says? A title above them still heads what follows."""
    for line in text[start:end].split("\n"):
        c = _WS.sub("", line)
        if not c:
            continue
        if _BUTTONS.fullmatch(c):
            continue   # 【字号: 收藏收藏 打印打印: buttons only, however many
        if all(_META_FIELD.fullmatch(w) or _BUTTONS.fullmatch(w) for w in line.split()):
            continue   # 日期:2021-01-11 来源: — the page's own fields, nothing the document says
        if len(c) > _CHROME_LINE:
            return False
        a, b = _clean(c)
        if b > a and not _JUNK_START.match(c):
            return False
    return True


def find_title(text: str, hi: int = 3000) -> Title:
    """The document's own title in its head (see the module docstring for the order)."""
    hi = min(len(text), hi)
    cands = _candidates(text, hi)
    hit = next((c for c in cands if c.kind == "interprets"), None)
    if hit is not None:   # a page's headline says which policy it interprets
        return Title(hit.title, (hit.start, hit.end), (hit.head_start, hit.line_end), "interprets")
    flat = next((c for c in cands[:2] if c.kind == "plain" and c.title.endswith("报告")
                 and _FLAT_DATELINE.match(text, c.end)), None)
    if flat is not None:   # a flattened report: its dateline glued after its title, on one line
        return Title(flat.title, (flat.start, flat.end), (flat.head_start, flat.line_end), "report")
    dl = _dateline(text, hi)
    if dl is None:
        gov = next((c for c in cands[:2] if c.kind == "plain" and c.title.endswith(_GOV_REPORT_ENDS)
                    and _gov_report(c.title) and _SPEAKS_AS_GOVERNMENT.search(text, c.end, c.end + _GOV_REPORT_REACH)), None)
        if gov is not None:
            # a government's work report under its own title (X区人民政府工作报告(2022年)), its
            # dateline not on the page (an excerpt, a repost): the report a congress heard
            return Title(gov.title, (gov.start, gov.end), (gov.head_start, gov.line_end), "report")
    if dl:  # a report delivered to a congress: its title stands right above its dateline
        above = [c for c in cands if c.line_end <= dl.start() and _chrome_only(text, c.line_end, dl.start())]
        if above:
            c = above[-1]
            return Title(c.title, (c.start, c.end), (c.head_start, c.line_end), "report")
        m = _SUBMITTED.search(text, dl.end(), min(len(text), dl.end() + 1500))
        if m:
            return Title(m.group("t"), m.span("t"), None, "report")
    official = [c for c in cands if c.kind in ("wrapper", "consult", "about")]
    hit = official[0] if official else None
    if hit is not None:
        # a page states its document's heading more than once (page title, content heading);
        # a heading stated once above a repeated one is another page item (a related link)
        keys = [title_key(c.title) for c in official]
        if keys.count(keys[0]) == 1:
            hit = next((c for c, k in zip(official, keys) if keys.count(k) > 1), hit)
        if hit is official[0] and len(official) > 1 and _reworded_headline(keys[0], keys[1]):
            # the page's headline reworded by the site (X关于对…的函 above the letter's own X关于…的函,
            # a character added or dropped): the heading that opens the document's text is its title
            hit = official[1]
    if hit is not None and hit.kind == "wrapper" and not hit.whole:
        # a repost headline 关于印发X (cut before 的通知) above the notice's own full heading
        hit = next((c for c in cands if c.kind == "wrapper" and c.whole), hit)
    if hit is not None and hit.kind == "about":
        # a page's headline names the issuer (X关于Y), the document's own heading below it does
        # not (关于Y): the document's heading is its title
        k = _key(hit.title)
        at = k.find("关于")
        bare = next((c for c in cands if c.start >= hit.line_end and c.kind == "about"
                     and _key(c.title) == k[at:]), None) if at > 0 else None
        if bare is not None:   # the headline still names the issuer: it stays the heading
            return Title(bare.title, (bare.start, bare.end), (hit.head_start, hit.line_end), "about")
    if hit is not None and hit.kind == "about" and hit.title.endswith("的通知"):
        # a notice about a task (关于对X进行责任分解的通知) whose attachment follows under its own
        # heading (附件1 / X责任分解): the attachment is the policy
        att = _attachment_heading(text, cands, hit.line_end)
        if att is not None:
            return Title(att.title, (att.start, att.end), (hit.head_start, hit.line_end), "wrapper")
        # …or whose issuing sentence prints one text (关于开展X试点的通知: 现将《X试点工作方案》印发给你们)
        # whose own heading follows: that text is the policy
        m = _ISSUING.search(text, hit.line_end, min(len(text), hit.line_end + 1500))
        qs = list(_QUOTED.finditer(text, m.start(), m.end())) if m is not None else []
        if len(qs) == 1 and not _cited_title(text, qs[0]) and _ends_kind(qs[0].group("y")) \
                and _heading_below(text, qs[0].group("y"), _key(qs[0].group("y")), m.end()):
            return Title(qs[0].group("y"), qs[0].span("y"), (hit.head_start, hit.line_end), "wrapper")
    if hit is not None:
        heading, kind = (hit.head_start, hit.line_end), hit.kind
        if kind == "wrapper":
            notice = hit.notice
            hit, follows = _refine_wrapped(text, hit, cands, hi)
            if follows != "heading" and notice is not None:
                # a notice issuing several texts: the policy is the one whose text follows
                issued = _issued_titles(text, notice)
                below = next((c for c in cands if c.start >= notice[2] and c.kind in ("plain", "about")
                              and _key(c.title) in issued), None)
                if below is not None:
                    return Title(below.title, (below.start, below.end), heading, kind)
            if follows != "heading" and notice is not None and notice[0].endswith("的通知"):
                m = _ISSUING.search(text, notice[2], min(len(text), notice[2] + 1500))
                if m is not None and _NOTICE_OWN_ITEMS.match(text, m.end()):
                    # 现印发给你们，并就有关事项通知如下：一、… — what follows is the notice's own
                    # requirements, not the issued text: the page's policy is the notice
                    return Title(notice[0], (notice[1], notice[2]), heading, kind)
            # (a heading that issues X 及相关配套文件 names one policy and its companions)
            several = (notice is not None and follows != "heading" and not _COMPANIONS_IN.search(notice[0])
                       and _issues_several(text, notice))
            if several:
                att = _attachment_heading(text, cands, notice[2])
                if att is not None:   # several issued texts: the attachment that follows
                    return Title(att.title, (att.start, att.end), heading, kind)
            if (not follows and notice is not None and notice[0].endswith("的通知")
                    and (not _ends_kind(_strip_quotes(hit.title)) or several)):
                # the page carries the notice only, and what it issues is no policy text (a
                # 名单) or several texts: the policy is the notice itself, its heading as written
                return Title(notice[0], (notice[1], notice[2]), heading, kind)
        return Title(hit.title, (hit.start, hit.end), heading, kind)
    hit = next((c for c in cands if c.kind == "cover"), None)
    if hit is not None:   # a flattened cover: the title and its author, above a page's header
        return Title(hit.title, (hit.start, hit.end), hit.issuer, "cover")
    # a reply with no heading of its own (…提案收悉，现答复如下): the texts it says were issued or
    # made (先后印发《X》, 制定印发了《Y》) are work it reports, none is the page's own
    reports = text.find("如下", 0, hi) != -1 and _ANSWERS.search(text, 0, hi) is not None
    m = None if reports else next((m for m in _printed_in(text, hi)
              if not _cited_title(text, m) and not _REPORTED.search(text, max(0, m.start() - 24), m.start())
              and not _DATED_ACT.search(text, max(0, m.start() - _DATED_REACH), m.start())), None)
    if m:
        if _TWO_QUOTED.match(text, m.start("t") - 1):
            # 现将《A》《B》印发给你们: several texts; the policy is the attachment that follows
            att = _attachment_heading(text, cands, m.end())
            if att is not None:
                return Title(att.title, (att.start, att.end), None, "issuing")
        if "》" in text[max(0, m.start("t") - 3):m.start("t") - 1]:
            # 《A》《B》《C》已经市政府同意，现印发给你们: several texts, the last one before the verb
            # matched; the policy is the one whose text follows under its heading
            ss = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            keys = {_key(q.group("y")) for q in _QUOTED.finditer(text, ss, m.end())}
            below = next((c for c in cands if c.start >= m.end() and c.kind in ("plain", "about")
                          and _key(c.title) in keys), None)
            if below is not None:
                return Title(below.title, (below.start, below.end), (below.head_start, below.line_end), "issuing")
        t = _quoted_tail(text, m)
        if t is not None:   # 现将《X》重点任务分工方案印发给你们: the plan made under X, named by X
            return Title(t.group(0), t.span(), None, "issuing")
        full = _expanded(text, m.group("t"), m.start())
        if full is not None:   # 现将《实施意见》予以公示: the short name the text gave the title above
            return Title(full.group("t"), full.span("t"), None, "issuing")
        return Title(m.group("t"), m.span("t"), None, "issuing")
    hit = next((c for c in cands if c.kind == "plain"), None)
    if hit is not None:
        hit = _self_named_heading(text, hit, cands) or hit
    if hit is not None and hit.title.endswith("公告") and "现予" in text[hit.line_end:hit.line_end + 400]:
        # an announcement that promulgates a regulation (X常务委员会公告: 《Y》已由…会议通过，现予公布):
        # the policy is Y; the announcement's heading still names its issuer
        p = _PROMULGATES.search(text, hit.line_end, min(len(text), hit.line_end + 400))
        if p is not None:
            return Title(p.group("t"), p.span("t"), (hit.head_start, hit.line_end), "plain")
    if hit is not None:
        whole = _named_whole(text, hit)
        if whole is not None:   # 五年规划和…纲要 (the page cut its first line) / 《X…五年规划和…纲要》(以下简称…)
            return Title(whole.group("t"), whole.span("t"), (hit.head_start, hit.line_end), "plain")
        if "上的" in hit.title and BYLINE.match(hit.title):
            above = _title_above(text, hit.head_start)
            if above is not None:   # the speech's own title stands above its byline: a report delivered
                return above
        if not reports and "》" in text[:hit.start]:
            iss = _ISSUING.search(text, 0, hit.start)
            k = _key(hit.title)
            # (the sentence from its start: a run of long titles reaches further back than the match)
            ss = max(text.rfind("。", 0, iss.start()), text.rfind("\n", 0, iss.start())) + 1 if iss is not None else 0
            if iss is not None and any(_key(q.group("y")) == k and not _cited_title(text, q)
                                       for q in _QUOTED.finditer(text, ss, iss.end())):
                # a headless notice issuing several texts (《A》《B》《C》已经市政府同意，现印发给你们) and the
                # text of one of them below under its heading: the policy it issues
                return Title(hit.title, (hit.start, hit.end), (hit.head_start, hit.line_end), "issuing")
        return Title(hit.title, (hit.start, hit.end), (hit.head_start, hit.line_end), "plain")
    p = _PROMULGATES.search(text, 0, hi) if not reports and text.find("现予", 0, hi) != -1 else None
    if p is not None:
        # an announcement promulgating a regulation with no heading line of its own (a page flattened
        # into one line: X常务委员会公告第八十一号 《Y》已由…会议…通过，现予公布): the policy is Y
        return Title(p.group("t"), p.span("t"), None, "issuing")
    p = _PUBLISHES.search(text, 0, hi) if not reports and text.find("现予", 0, hi) != -1 else None
    if p is not None and _NUMBER_AFTER.match(text, p.end("t") + 1) is None and not _citing_clause(text, p.start("t")):
        # a headless notice publishing the text it determined (确定《X名单》(详见附件)，现予以公布)
        return Title(p.group("t"), p.span("t"), None, "issuing")
    quoted = text.find("《", 0, hi) != -1   # (every title read below stands in 《》: a head without one holds none)
    m = None if reports or not quoted else _MADE.search(text, 0, hi)   # X、Y共同研究制定了《Z》 / 组织编制了《Z（征求意见稿）》，现公开征求意见
    if m and _SEVERAL_AFTER.match(text, m.end()):
        m = None   # 制定了《A》等14个专项规划: several texts made, none of them the page's own title
    if m:
        sentence_end = text.find("。", m.end())
        consult = "征求意见" in text[m.end():sentence_end if sentence_end != -1 else m.end() + 80]
        t = _quoted_tail(text, m)
        if t is not None:   # 起草了《X》相关实施细则: the rules made under X, named by X
            return Title(t.group(0), t.span(), None, "consult" if consult else "made")
        return Title(m.group("t"), m.span("t"), None, "consult" if consult else "made")
    # a page about a policy it names (an interpretation, a report of its release): the title it
    # abbreviates (《X》(以下简称《Y》)), else the first it says was issued (发布/出台/修订…《X》),
    # never one it cites with a number
    # (a notice stating its own matters — 现将有关事项通知如下 — is its own text: the titles it
    # abbreviates or says were issued are what it carries out, not itself)
    reports = reports or text.find("通知如下", 0, hi) != -1 and _NOTIFIES.search(text, 0, hi) is not None
    m = None if reports or not quoted else next((m for m in _ABBREVIATED.finditer(text, 0, hi) if not _cited_title(text, m)), None) \
        or next((m for m in _RELEASED.finditer(text, 0, hi)
                 if not _cited_title(text, m) and not _REPORTED.search(text, max(0, m.start() - 24), m.start())), None)
    if m is None and not reports and text.find("《", 0, _EXPLAINS_REACH) != -1 \
            and _EXPLAINS.search(text, 0, min(len(text), _EXPLAINS_REACH)) is not None:
        # a page that explains a policy (编制背景, 主要内容 …) and states what it holds (《X》主要包含…,
        # 《X》共分为…): the policy it explains
        m = next((m for m in _DESCRIBED.finditer(text, 0, min(len(text), _EXPLAINS_REACH))
                  if not _cited_title(text, m)), None)
    if m:
        t, (a, b) = m.group("t"), m.span("t")
        w = _NOTICE_OF.fullmatch(t)
        if w is not None:   # 《<Y>的通知》: the notice issuing Y, named by Y in its own marks
            t, a, b = w.group("y"), a + w.start("y"), a + w.end("y")
        full = _headline_full(text, t, a)
        if full is not None:   # 公布《施政报告》 under a headline quoting 《行政长官2023年施政报告》
            t, (a, b) = full.group("y"), full.span("y")
        return Title(t, (a, b), None, "about_page")
    return Title("", None, None)


# a title the text shortens (《X》(…号)(以下简称《Y》)): X, then up to 40 characters (its number,
# 以下) before 简称《Y》
_SHORTENED = re.compile(r"《(?P<t>[^《》\n]{4,100})》[^《》\n。；;]{0,40}?简称$")
_SHORT_NAME = 12   # a short name (《实施意见》, 《办法》, 《若干措施》) is a few words


def _expanded(text: str, short: str, before: int) -> re.Match | None:
    """The full title the text gave ``short`` as its short name before ``before`` (《X》(以下简称
    《short》)), or None: one ``find`` of 简称《short》, one anchored match on the text before it."""
    if len(short) > _SHORT_NAME:
        return None
    i = text.rfind("简称《" + short + "》", 0, before)
    if i == -1:
        return None
    # (no 《 or 》 between the title and 简称: only the last quoted title before it can match)
    return _SHORTENED.search(text, max(0, i - 150), i + 2)


# the notice that issues Y named with Y in marks of its own (《<Y>的通知》, 《〈Y〉的通知》)
_NOTICE_OF = re.compile(r"[<〈](?P<y>[^<>〈〉《》]{4,100})[>〉]的(?:通知|公告|通告)")


def issued_in(title: str) -> str:
    """Y when ``title`` names the notice issuing Y with Y in marks (<Y>的通知), else ``title``."""
    w = _NOTICE_OF.fullmatch(title)
    return w.group("y") if w is not None else title


# the byline of a report or speech delivered at a meeting, under its own title (市科委主任X在2016年
# 天津市科技工作会议上的报告): it names who spoke where, the title is the line above it
BYLINE = re.compile(r"^[^，,。；;:：《》]{2,40}?在[^，,。；;:：《》]{2,50}?(?:会议|大会|论坛|座谈会|年会)上的"
                     r"(?:工作报告|报告|讲话|发言)$")
_ABOVE_MIN, _ABOVE_MAX = 6, 80


def _title_above(text: str, at: int) -> Title | None:
    """The line above ``at`` (blank lines aside) as a title: clean (no sentence, no page debris),
    of a title's length, whatever word it ends with (落实…战略 努力实现…良好开局)."""
    le = text.rfind("\n", 0, at)
    while le > 0 and not text[text.rfind("\n", 0, le) + 1:le].strip():
        le = text.rfind("\n", 0, le)
    if le <= 0:
        return None
    ls = text.rfind("\n", 0, le) + 1
    raw = text[ls:le]
    ln = _Line(raw, ls, le, "".join(raw.split()))
    a, b = _clean(ln.c)
    frag = ln.c[a:b]
    if not _ABOVE_MIN <= len(frag) <= _ABOVE_MAX or _junk(frag) or BYLINE.match(frag):
        return None
    pos = _Pos([(ln, a, b)])
    return Title(frag, (pos[0], pos[len(frag) - 1] + 1), (ls, at), "report")


def _issued_titles(text: str, notice: tuple[str, int, int]) -> set[str]:
    """Keys of the titles in 《》 from the notice's heading to its issuing words."""
    m = _ISSUING.search(text, notice[2], min(len(text), notice[2] + 1500))
    keys = {_key(q.group("y")) for q in _QUOTED.finditer(notice[0])}
    if m is not None:
        keys.update(_key(q.group("y")) for q in _QUOTED.finditer(text, notice[2], m.end()))
    return keys


def _attach_line(text: str, pos: int, endpos: int) -> re.Match | None:
    """``ATTACH_LINE.search(text, pos, endpos)``, the same match: every match opens its line (^,
    multiline), blanks or # before its 附; so only the line of each 附 that opens it is tried, at
    the line's start (the search tried the pattern at every position: 0.2 ms on a long text)."""
    k = text.find("附", pos, endpos)
    while k != -1:
        ls = text.rfind("\n", 0, k) + 1
        if ls >= pos and not text[ls:k].strip(" \t#\u3000"):
            m = ATTACH_LINE.match(text, ls, endpos)
            if m is not None:
                return m
        le = text.find("\n", k, endpos)
        if le == -1:
            return None
        k = text.find("附", le + 1, endpos)   # (a later 附 on this line opens no line)
    return None


def _attachment_heading(text: str, cands: list[_Cand], after: int) -> _Cand | None:
    """The heading right below the first attachment marker line (附件1) after ``after``: the
    attached text's own title (a title-shaped candidate starting on the next line). The marker
    is structure's (one pattern for both: a line of its own, its line break included)."""
    m = _attach_line(text, after, min(len(text), after + 3000))
    if m is None:
        return None
    return next((c for c in cands if c.kind in ("plain", "about") and m.end() <= c.start
                 and not text[m.end():c.start].strip()), None)


# two titles in 《》 side by side (《A》《B》, 《A》、《B》, 《A》和《B》): a notice issuing several texts
_TWO_QUOTED = re.compile(r"《(?P<a>[^《》\n]{4,100})》[ \t]*(?:[、，,和及与]|以及)?[ \t]*《(?P<b>[^《》\n]{4,100})》")


def _issues_several(text: str, notice: tuple[str, int, int]) -> bool:
    """Does the notice issue several texts: its heading names two side by side (关于印发《A》《B》
    的通知), or two uncited ones stand side by side before its issuing words (现将《A》、《B》印发
    给你们 / 研究制定了《A》《B》…现印发)?"""
    heading, _, after = notice
    if _TWO_QUOTED.search(heading):
        return True
    m = _ISSUING.search(text, after, min(len(text), after + 1500))
    if m is None:
        return False
    return any(_key(q.group("a")) != _key(q.group("b")) and not _cited_title(text, q)
               for q in _TWO_QUOTED.finditer(text, after, m.end()))


# (its own number may come first in the bracket: 《X》(高政字〔2024〕5号,以下简称《通知》))
_ABBREVIATED = re.compile(r"《(?P<t>[^《》\n]{4,100})》[ \t]*[(（][ \t]*"
                          r"(?:[\u4e00-\u9fff]{1,12}[〔\[【(（﹝](?:19|20)\d{2}[〕\]】)）﹞]第?\d{1,4}号[ \t]*[,，、;；][ \t]*)?(?:以下)?简称")
# the text a notice determined and publishes (确定《X》(详见附件)，现予以公布; 《X》已确定，现予公布)
_PUBLISHES = re.compile(r"(?:确定了?|评定了?|认定了?|遴选出?)\s*《(?P<t>[^《》\n]{4,100})》[^。《》\n]{0,16}?[，,]\s*现予(?:以)?(?:公布|公告|发布)")
_DESCRIBED = re.compile(r"《(?P<t>[^《》\n]{4,100})》[ \t]*(?:主要|一共|共分为|共有|共包含|共设|分为|包括|包含)")
# (审议通过《X》: a session adopted the page's policy; 审议通过的《X》 names a text adopted before, a basis)
_RELEASED = re.compile(r"(?:(?:发布|印发|出台|修订|推出|公布|颁布)(?:了|的|实施)?|审议通过了?)[ \t]*《(?P<t>[^《》\n]{4,100})》")
# a number in brackets right after a quoted title: the title is cited (…《X》（国办发〔2024〕53号）)
_NUMBER_AFTER = re.compile(r"[ \t]*[(（〔][^()（）\n]{0,16}(?:19|20)\d{2}")


def _cited_title(text: str, m: re.Match) -> bool:
    """Is the quoted title of ``m`` one the text cites — its number in brackets after it, or
    in a sentence that cites (根据/按照/贯彻…)?"""
    return _NUMBER_AFTER.match(text, m.end()) is not None or _citing_clause(text, m.start())


# the text naming itself in full and giving its short name (《X》(以下简称《规划纲要》), 《X》（下称…）)
_SELF_NAMED = re.compile(r"《(?P<t>[^《》\n]{4,100})》[ \t]*[(（][ \t]*(?:以下|下)?简?称")
_SELF_NAMED_REACH = 1500   # how far below a cut heading the text names itself in full (_named_whole)


def _named_whole(text: str, hit: _Cand) -> re.Match | None:
    """The full title of a heading the page cut at its start (its first line lost: 五年规划和二〇三五年
    远景目标纲要): the text soon names itself in full with a short name (《北京市海淀区…第十四个五年规划
    和二〇三五年远景目标纲要》(以下简称规划纲要)), and that title ends with the heading's words."""
    kh = _key(hit.title)
    if len(kh) < 6:
        return None
    hi = min(len(text), hit.line_end + _SELF_NAMED_REACH)
    if text.find("称", hit.line_end, hi) == -1:
        return None
    for m in _SELF_NAMED.finditer(text, hit.line_end, hi):
        kt = _key(m.group("t"))
        if len(kt) > len(kh) and kt.endswith(kh) and not _citing_clause(text, m.start()):
            return m   # (为贯彻落实《省X方案》（以下简称《省方案》）: a basis the text cites, not itself — review s12)
    return None


_OWN_HEADING_REACH = 3000   # how far below its own heading the text names it in 《》 (《X》，依据…编制: _self_named_heading)
_HEADINGS_APART = 300     # characters between a site's headline and the document's own heading at most


def _self_named_heading(text: str, hit: _Cand, cands: list[_Cand]) -> _Cand | None:
    """The document's own heading below a site's headline (a repost headline (江苏省)X十四五规划(2022年
    更新) above the cover's 泰州医药高新区(高港区)…纲要): the next plain heading, close below, when the
    text names it in 《》 (not citing it) and names the first one nowhere."""
    nxt = next((c for c in cands if c.kind == "plain" and c.start > hit.line_end), None)
    if nxt is None or nxt.start - hit.line_end > _HEADINGS_APART:
        return None
    hi = min(len(text), nxt.line_end + _OWN_HEADING_REACH)
    k1, k2 = _key(hit.title), _key(nxt.title)
    if k1 == k2 or len(k2) < 6:
        return None
    named = False
    for q in _QUOTED.finditer(text, nxt.line_end, hi):
        kq = _key(q.group("y"))
        if kq == k1:
            return None   # the text names the headline's title: it is the document's
        if kq == k2 and not _cited_title(text, q):
            named = True
    return nxt if named else None


_HEADLINE_LINES = 2   # non-empty lines a page's headline may take (a 来源 line and chrome aside)


def _headline_full(text: str, short: str, before: int) -> re.Match | None:
    """The full title the page's headline quotes when the text names it by its last words only
    (a headline on 《行政长官2023年施政报告》, the text's 公布《施政报告》): a 《Y》 on the first lines
    whose key ends with ``short``'s and is longer. A short name only (``_SHORT_NAME``)."""
    if len(short) > _SHORT_NAME or text.find("《", 0, before) == -1:
        return None
    ks = _key(short)
    seen, pos = 0, 0
    while seen < _HEADLINE_LINES and pos < before:
        le = text.find("\n", pos, before)
        le = before if le == -1 else le
        line = text[pos:le]
        if line.strip() and not line.lstrip().startswith("来源") and not _CHROME.search(line):
            seen += 1
            for q in _QUOTED.finditer(text, pos, le):
                ky = _key(q.group("y"))
                if len(ky) > len(ks) and ky.endswith(ks) and not _cited_title(text, q):
                    return q
        pos = le + 1
    return None


_DRAFT_TAIL = re.compile(r"(?:[(（](?:征求意见稿|送审稿|草案|讨论稿)[^()（）]{0,10}[)）])+$")


def own_heading(text: str, hi: int = 3000) -> Title:
    """The document's own title (``find_title``), without a draft marker at its end (the
    policy of a 征求意见稿 is the policy) or pinyin a scraped page inserted; an empty title
    when the head holds no title-shaped line."""
    t = find_title(text, hi)
    if not t.title:
        return t
    t.title = _DRAFT_TAIL.sub("", PINYIN_INSERT.sub("", _WS.sub("", t.title)))
    return t


def own_title(text: str, found: str = "", found_span: tuple[int, int] | None = None, hi: int = 3000) -> tuple[str, tuple[int, int] | None]:
    """(title, span) of ``own_heading``; ``found`` (the structure's first guess) is not
    trusted: it may be the ``来源`` line or a metadata row."""
    t = own_heading(text, hi)
    return t.title, t.span


# a number in brackets right after a quoted title (…印发了《Y》(楚政通〔2022〕36号,以下简称《规划》))
# (its closing bracket may be lost by a scrape, the serial glued to the year: 成高管发〔20252号 — kept as written)
_QUOTED_NUMBER = re.compile(r"《(?P<t>[^《》\n]{4,100})》[ \t]*[(（][ \t]*(?P<n>[\u4e00-\u9fff]{1,12}[〔\[【(（﹝](?:19|20)\d{2}[〕\]】)）﹞]?第?\d{1,4}号)")


def interpreted_number(text: str, title: str, hi: int = 3000) -> tuple[str, tuple[int, int] | None]:
    """The number an interpretation page gives the policy it interprets: bracketed right after
    that policy's title in 《》 (its number is cited there, it is the policy's own)."""
    k = title_key(title)
    for m in _QUOTED_NUMBER.finditer(text, 0, min(len(text), hi)):
        if title_key(issued_in(m.group("t"))) == k:
            return m.group("n"), m.span("n")
    return "", None


# ----------------------------------------------------------------------------- own document

# the text speaks of itself as the policy (特制定本行动计划, 现提出以下实施意见, 本办法自…起施行)
# or issues it (现将《X》印发给你们, 现予印发): it is the official text, not a report about it
_SELF = re.compile("特" + _MADE_SELF + "|" + _MADE_SELF + r"|现提出(?:以下|如下)(?:实施)?意见"
                   r"|本(?:办法|规定|细则|措施|方案|意见)自[^。\n]{2,20}起(?:施行|实施|执行)"
                   r"|印发给你们|印发你们|现予印发|现印发|予以印发|现予发布|现批复如下|现答复如下|特此通知|特此公告|现将[^。\n]{0,80}?予以(?:公布|公示)|现将[^。\n]{0,80}?(?:全文公布|公开征求意见)"
                   r"|现予(?:以)?(?:公示|公布)|特此公示"   # a public notice (公示) speaks as itself
                   r"|现将[^。\n]{0,60}?(?:报告|汇报)如下")   # a report to the body it answers speaks as itself


# a notice stating its own matters (现将有关事项通知如下): a notice, though its heading may be
# the attachment it sends (附件：X分解表) rather than itself
# ((?:现[将就]|[，,]\s*)有关… with its branches written out, each opening with a literal: see _ANSWERS)
_NOTIFIES = re.compile(r"现[将就]有关(?:事项|事宜|要求)通知如下|，\s*有关(?:事项|事宜|要求)通知如下|,\s*有关(?:事项|事宜|要求)通知如下")


def notifies(text: str, hi: int = 6000) -> bool:
    """Does the text say it is a notice stating its matters (现将有关事项通知如下)?"""
    return _NOTIFIES.search(text, 0, min(len(text), hi)) is not None


_DELEGATES = re.compile(r"^\s*各位(?:代表|委员)\s*[,，:：]", re.M)


def _delegates(text: str, hi: int) -> re.Match | None:
    """``_DELEGATES.search(text, 0, hi)``; a head without 各位 is not scanned (see _dateline)."""
    return _DELEGATES.search(text, 0, hi) if text.find("各位", 0, hi) != -1 else None


def to_delegates(text: str, hi: int = 3000) -> bool:
    """Is the text a speech to a congress (各位代表： / 各位委员：) — addressed, but no letter?"""
    return _delegates(text, min(len(text), hi)) is not None


def speaks_as_itself(text: str, hi: int = 6000) -> re.Match | None:
    """The words by which a text shows it is the official document itself (see _SELF)."""
    return _SELF.search(text, 0, min(len(text), hi))


def own_document(text: str, title: Title, number: str, issuers: bool, kind: str, confidence: float) -> bool:
    """Whether a document whose measures structure did not find is still its own policy.

    An official text (by source kind) is when its head states its own number or issuers.
    A text the source-kind rules only weakly took for news, an interpretation or an analysis
    (a ``来源：…网`` line, a repost page without a byline, 政策解读 in the breadcrumbs) is when it has an official title and says what it is: a
    notice issuing it or a consultation on it (by its heading), its own number, its issuers
    in a metadata block, or words by which it speaks as itself. Interpretations, analyses
    and bylined reports never are."""
    if not title.title and not number:
        return False
    if title.kind == "interprets":   # its headline says which policy the page interprets
        return True
    if title.kind == "report":   # a report delivered to a congress under its own title
        return kind == "official" or weak_call(kind, confidence)
    if kind == "official":
        # its own number or issuers; or the notice that issues it is on the page (关于印发X的通知,
        # 现将《X》印发给你们)
        return bool(number or issuers) or title.kind in ("wrapper", "issuing", "consult")
    if title.title and title.span is not None and _quoted_at(text, title.span) and (
            kind == "interpretation"
            or weak_call(kind, confidence) and title.kind in ("made", "about_page")
            and _EXPLAINS.search(text, 0, min(len(text), _EXPLAINS_REACH)) is not None):
        # an interpretation page (by source kind, or by the sections that explain a policy:
        # 编制背景, 主要内容 …) is about the policy it names in 《》: that policy is its own
        # (its number and issuers only where the page states them)
        return True
    if not weak_call(kind, confidence) or not title.title:
        return False
    if kind == "news" and confidence <= _NO_SIGNAL and title.kind == "plain" and _OWN_KIND.search(title.title) \
            and not _delegates(text, min(len(text), 3000)):
        # nothing on the page says news (no reporter, no 本报讯, no 来源 of a paper) and its heading
        # is an official document's title (…规划, …工作要点, …实施细则, …评估报告): the pasted
        # text of the document itself, though it carries no issuer line and no number
        return True
    return official_signs(text, title, number, issuers)


_NO_SIGNAL = 0.3   # source_kind's confidence when nothing on the page points to any kind
# the kinds of a document a government publishes as a text of its own (not a notice's wrapper)
_OWN_KIND = re.compile(r"(?:规划|纲要|工作要点|要点|指南|实施细则|细则|实施方案|行动方案|工作方案|行动计划|若干措施|若干举措|若干政策|实施意见"
                       r"|管理办法|暂行办法|办法|条例|评估报告|白皮书"
                       # a government's yearly plan report (X年国民经济和社会发展计划执行情况与Y年…计划(草案)的报告)
                       r"|发展计划(?:草案)?的报告|发展计划草案"
                       # an action with its period (健康X行动(2020—2030年)), as _KIND reads it
                       r"|行动(?=[(（][^()（）\n]{0,6}(?:19|20)\d{2}))" + _TAIL + r"$")


# the sections and questions by which an official interpretation explains a policy
# (its branches written out, each opening with a literal: see _ANSWERS)
_EXPLAINS = re.compile("|".join(v + r"的?(?:背景|依据|过程|思路|目的)" for v in ("编制", "起草", "制定", "出台", "修订"))
                       + r"|主要内容|重点内容|核心内容|主要考虑|政策要点|目的是什么|意义是什么|亮点是什么")
_EXPLAINS_REACH = 6000


def _quoted_at(text: str, span: tuple[int, int]) -> bool:
    """Does the title at ``span`` stand in 《》 (or open a page headline quoting it)?"""
    return text[span[0] - 1:span[0]] in ("《", "〈", "<") and text[span[1]:span[1] + 1] in ("》", "〉", ">")


def weak_call(kind: str, confidence: float) -> bool:
    """A source kind the rules called on weak signals only: a ``来源`` line or no signal
    (news), breadcrumbs saying 政策解读 (interpretation), a table row (analysis)."""
    return kind == "news" and confidence < 0.9 or kind in ("interpretation", "analysis") and confidence <= 0.5


def official_signs(text: str, title: Title, number: str, issuers: bool) -> bool:
    """The head says the text is the official document: a notice issuing it or a
    consultation on it (by its heading), its own number, its issuers, or words by which it
    speaks as itself; a report delivered to a congress (各位代表：) is a speech unless a
    notice issues it."""
    if title.kind not in ("wrapper", "report") and _delegates(text, min(len(text), 3000)):
        return False
    if title.kind == "report":
        return True
    # a cover (title, its author, the month: see _COVER) is the document's own first page
    # (a notice stating its own matters — 现将有关事项通知如下 — speaks as itself too)
    return title.kind in ("wrapper", "consult", "cover") or bool(number) or issuers or speaks_as_itself(text) is not None \
        or notifies(text)
