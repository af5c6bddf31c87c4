"""Text normalization with an exact offset map back to the original text.

``normalize(text)`` produces the text extraction matches against:

* traditional → simplified script (OpenCC ``t2s``), one character for one character;
* full-width letters, digits, brackets and symbols → ASCII (``ＡＢＣ１２３（一）`` → ``ABC123(一)``),
  ideographic space / NBSP → space, form feed → newline; CJK punctuation
  (，。、；：！？「」〔〕) is kept as is;
* zero-width characters removed;
* running headers/footers (``北京市人民政府公报``, ``- 3 -``, ``第 3 页``, short lines repeated at
  page-break positions) removed;
* page breaks inside a paragraph re-joined (``临床应\\n\\n用`` → ``临床应用``).

Every step either maps one character to one character or deletes characters, so the
normalized text is the original with some spans deleted and some characters replaced.
Internally the result is a list of kept spans of the original; ``normalize`` expands it to
the per-character ``offsets`` list of the public contract.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate, compress, islice
from math import ceil
from operator import ne


# --------------------------------------------------------------------------- script


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_HAS_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


_CLAUSE_SPLIT = re.compile(r"([^\u3400-\u9fff\uf900-\ufaff]+)")


def _convert_char_by_char(segment: str) -> str:
    conv = _t2s().convert
    out = []
    for ch in segment:
        c = conv(ch)
        out.append(c if len(c) == 1 else ch)
    return "".join(out)


def to_simplified(text: str) -> str:
    """Traditional → simplified (OpenCC t2s), guaranteed to keep ``len(text)``.

    The whole text is converted at once (phrase-aware); only when a phrase conversion changes
    the length are the lines concerned converted again, then character by character.
    """
    if not text or not _HAS_CJK.search(text):
        return text
    may_change = _t2s_may_change()
    if may_change is not None and may_change.search(text) is None:
        return text   # no character any t2s dictionary entry rewrites: the conversion is the identity
    conv = _t2s().convert
    out = conv(text)
    if len(out) == len(text):
        return out
    parts = []
    for line in text.split("\n"):
        c = conv(line)
        if len(c) != len(line):  # narrow down: clauses between punctuation, then characters
            c = "".join(
                cc if len(cc := conv(seg)) == len(seg) else _convert_char_by_char(seg)
                for seg in _CLAUSE_SPLIT.split(line)
                if seg
            )
        parts.append(c)
    return "\n".join(parts)


@lru_cache(maxsize=1)
def _t2s_may_change() -> re.Pattern | None:
    """A character some entry of OpenCC 1.4.2's t2s dictionaries rewrites (``_T2S_CHANGED``),
    an Extension-A, compatibility or astral ideograph (listed by range, not one by one), or a
    surrogate (which makes the conversion raise); None for another OpenCC version.

    OpenCC replaces the dictionary keys it matches by their values and copies every other
    character, so a text holding none of these characters converts to itself: most simplified
    texts skip the conversion, the costliest step of reading one (tests/test_textnorm_t2s.py
    checks the list against the installed dictionaries)."""
    import opencc

    if getattr(opencc, "__version__", None) != _T2S_VERSION:
        return None
    return re.compile("[" + _T2S_CHANGED + r"\u3400-\u4dbf\uf900-\ufaff\ud800-\udfff\U00010000-\U0010ffff]")


# --------------------------------------------------------------------------- width

_KEEP_FULLWIDTH = set("，：；！？")  # CJK sentence punctuation stays (downstream regexes expect it)
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULLWIDTH}
_WIDTH.update({0x3000: 0x20, 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x0B: 0x0A})
_WIDTH_CHARS = {chr(a): chr(b) for a, b in _WIDTH.items()}
_NEEDS_WIDTH = re.compile("[" + "".join(re.escape(chr(c)) for c in _WIDTH) + "]")


def to_halfwidth(text: str) -> str:
    """Full-width ASCII letters/digits/brackets/symbols → ASCII; length-preserving."""
    # sub on the (usually few) matches is much faster than str.translate over CJK text
    return _NEEDS_WIDTH.sub(_width_char, text)


def _width_char(m: re.Match[str]) -> str:
    return _WIDTH_CHARS[m.group()]


# --------------------------------------------------------------------------- line classes

_CN_NUM = "一二三四五六七八九十百千零〇两"
HEADING = re.compile(
    rf"""^(?:
        \#{{1,6}}(?:\s|$)
      | [(（]\s*[{_CN_NUM}\d]{{1,4}}\s*[)）]
      | [{_CN_NUM}]{{1,4}}\s*[、.．]
      | \d{{1,3}}\s*(?:[、．]|\.(?!\d)|[)）])
      | 第\s*[{_CN_NUM}\d]{{1,5}}\s*[条章节篇部款项]
      | [\u2460-\u2473\u2474-\u2487\u2488-\u249b\u3220-\u3229]
      | [-*+•·]\s
      | 附[件表录]
      | [{_CN_NUM}]是
    )""",
    re.X,
)
_SENTENCE_INNER = re.compile(r"[。；;！？!?]")
_PUNCT_BODY = re.compile(r"[，。；,;！？!?]")
_OPENERS = set("，、,“‘《〈「『(（【")
_CLOSERS = set("，、,。；：！？”’》〉」』)）】")
_ASCII_WORD = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ%.+- "
_END_CLOSERS_STR = "》”’)）」』】〉"
_END_CLOSERS = set(_END_CLOSERS_STR)
_DATE_START = re.compile(r"\d{2,4}\s*[年/\-.]|\d{1,2}\s*月")
# a line opening with a row number and holding blank-separated cells after it: a table row
# copied from a PDF or a web page (``33 新培育… 区科技局 区经信局… 2023年12月底``), not a
# paragraph line (a wrapped quantity, ``120 项…``, has no second cell)
_TABLE_ROW = re.compile(r"\d{1,3}[.、．]?[ \u3000]+\S{2,}[^\n]*?[ \u3000]+\S{2,}")
_ROW_START = re.compile(r"\d{1,3}[.、．]?[ \u3000]+[\u4e00-\u9fff]")
_SPACED_CELLS = re.compile(r"\S{2,}[ \u3000]+\S{2,}")   # two cells a blank separates (市财政局 2031年底)
_FINAL = set("。！？；：」』”’!?;:)）】》…")
_KNOWN_RUNNING = re.compile(
    r"^(?:北京市人民政府公报|中华人民共和国国务院公报|国务院公报|北京市人民政府办公厅文件|北京市人民政府文件)"
    r"(?:\s*[\d〇零一二三四五六七八九十]{2,4}\s*年?\s*第?\s*\d{1,3}\s*[期号])?$"
)
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–－‐]\s*\d{1,4}\s*[-—–－‐]"
    r"|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?"
    r"|\d{1,4}\s*/\s*\d{1,4}"
    r"|(?:page|Page|PAGE)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?)$"
)
# the characters a running line or page number can open with (either pattern above: a match
# opens with one of them): a line opening otherwise is tried by neither
_RUNNING_FIRST = frozenset("北中国-—–－‐第pP")   # or a digit (\d: what str.isdecimal calls one)
# signature dates and document numbers repeat (top and bottom) but are content
# a table flattened one cell per line: an owner column's label alone on its line (牵头单位, 责任部门);
# in such a text a body's name repeated on lines of its own is a cell of many rows, never a running line
_OWNER_COLUMN_LINE = re.compile(r"(?m)^[ \t\u3000|｜]*(?:牵头|责任|配合|协办|主办|承办|参与|协同)(?:单位|部门)[ \t\u3000|｜]*$")
_BODY_CELL = re.compile(r"[\u4e00-\u9fff（）()]{2,20}(?:局|委|办|厅|部|院|中心|政府|管委会|委员会|办公室|分局)")
_DATE_OR_DOCNO = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|[〔\[【(]\s*\d{4}\s*[〕\]】)]\s*\d+\s*号")
# a line that ends like a document's heading (…的通知, …的报告, …实施方案(2023—2025年)) with no
# sentence punctuation in it and its 《》 closed: a complete title, never the first half of a
# paragraph a page break cut (a page states its title twice in a row, or above its heading's
# first line: 关于X的报告 / 北京市Y关于X…); a colon (当前位置:首页>…的通知) is no sentence mark
TITLE_END = re.compile(
    r"(?:的(?:通知|报告|意见|决定|批复|复函|函|请示|公告|通告|通报|决议)"
    r"|实施意见|实施方案|工作方案|行动方案|行动计划|工作要点|实施细则|管理办法|暂行办法|若干措施|若干意见)"
    r"(?:[(（][^()（）]{1,20}[)）])?$"
)
# a line of its own marking an attachment (附件1 / 附件： / 附 件 二), its line break included: where
# the text a notice issues begins (structure's issued text, identity's attachment heading)
ATTACH_LINE = re.compile(r"^[ \t#\u3000]*附[ \t]*件[ \t]*(?:[0-9]{1,2}|[一二三四五六七八九十])?[ \t]*[:：]?[ \t]*\n", re.M)
_CR_BEFORE_LF = re.compile(r"\r+(?=\n)")
_ZERO_WIDTH_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ZERO_WIDTH = re.compile("[" + _ZERO_WIDTH_CHARS + "]+")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def is_heading(line: str) -> bool:
    """A heading or numbered item: ``## 二、…``, ``(一)``, ``一、``, ``1.``, ``第一条``, ``附件`` …"""
    return bool(HEADING.match(line))


def _looks_like_title(line: str) -> bool:
    """Heading-like line: markdown heading, or a short numbered line with no full stop inside."""
    if line.startswith("#"):
        return True
    return len(line) < 40 and bool(HEADING.match(line)) and not _SENTENCE_INNER.search(line)


_ROW_NUMBER = re.compile(r"\d{1,3}[ \u3000]+[\u4e00-\u9fff]")
_CELL_GAP = re.compile(r"[\u4e00-\u9fff。，,;；)）][ \u3000]+(?=[\u4e00-\u9fff\d])")
_CELL_AFTER_STOP = re.compile(r"[。；;][ \u3000]+(?=[\u4e00-\u9fff\d])")   # a sentence's cell, then the next cell


# a page's metadata field opening a line (来源:, 发布日期：, 浏览次数:) and a breadcrumb separator
_PAGE_FIELD = re.compile(r"(?:来源|信息来源|日期|发布日期|发布时间|时间|作者|浏览次数|点击)\s*[:：]")
_CRUMB_SEP = re.compile(r"[>＞»›]")
# a line of body names ending with one (a joint notice's issuers)
_NAME_LIST_END = re.compile(r"、[\u4e00-\u9fff]{2,30}(?:厅|局|委员会|委|办公室|办公厅|人民政府|政府|部|署|院|会)$")


# a line ending with one of these never joins the next (_can_join: neither CJK, an opener, a
# closer nor an ASCII word character) — most lines end so; the test spares the call
_ENDS_NO_JOIN = frozenset("。；;：:！!？?")


def _can_join(a: str, b: str) -> bool:
    """Is the break between stripped lines ``a`` and ``b`` a page/line break inside a paragraph?

    Both sides must be CJK at the break, ``a`` a long (≥ 20 chars) body line (not a heading,
    with sentence punctuation inside unless very long) and ``b`` not a heading nor a short title.
    """
    if len(a) < 20 or not b or "\t" in a or "\t" in b:  # table rows are not paragraphs
        return False
    # a short line that does not end a sentence is a title, not a continuation (the cheapest
    # test that says no to many breaks: before the others, which only say no too)
    if len(b) <= 20 and b[-1] not in _FINAL:
        return False
    # (every test below only returns False: the characters at the break, the cheapest and the
    # one most breaks fail — a line ending with 。 — come before the regexes)
    last, first = a[-1], b[0]
    if last in _END_CLOSERS:  # 》”) closing a name mid-sentence, unless a sentence ended inside
        core = a.rstrip(_END_CLOSERS_STR)
        if not core or not _is_cjk(core[-1]):
            return False
    elif last.isascii() and (last.isalnum() or last == "%"):  # "不少于120\n项" (PDF line wrap)
        core = a.rstrip(_ASCII_WORD)
        if not core or not _is_cjk(core[-1]) or not _is_cjk(first):
            return False
    elif not (_is_cjk(last) or last in _OPENERS):
        return False
    if _is_cjk(first):
        pass
    elif first in _CLOSERS:
        if last in _OPENERS or last in _END_CLOSERS:
            return False
    elif first.isascii() and first.isalnum():  # "不少于\n120 项", "方面\nAI 模型" (PDF line wraps)
        if not _is_cjk(last) or _DATE_START.match(b):
            return False
        if _ROW_NUMBER.match(b) and (len(_CELL_GAP.findall(a)) >= 2 or _CELL_AFTER_STOP.search(a)):
            return False   # a borderless table: a row of spaced cells, then the next row's number
    else:
        return False
    if _TABLE_ROW.match(a) or _TABLE_ROW.match(b):  # nor rows whose cells blanks split (a PDF's table)
        return False
    if _ROW_START.match(b) and _SPACED_CELLS.search(a):  # a row after a row's last line (…市财政局 2031年底 / 3 引进…)
        return False
    if _looks_like_title(a) or HEADING.match(b):
        return False
    if _PAGE_FIELD.match(b) or ("首页" in a and _CRUMB_SEP.search(a)):
        # a page's metadata row (来源:… 日期:…) or the line below breadcrumbs (首页 > … > 专题关注):
        # page furniture, never a paragraph's continuation or its start
        return False
    # titles, name lists and captions (no sentence punctuation) are not paragraph lines
    if not _PUNCT_BODY.search(a) and (len(a) < 50 or TITLE_END.search(a) and a.count("《") == a.count("》")
                                      or b.startswith("关于") and _NAME_LIST_END.search(a)):
        # (…、福建省科学技术厅、福建省工业和信息化厅 / 关于…: a joint notice's issuers above its heading)
        return False
    return True


# --------------------------------------------------------------------------- spans


def _kept_spans(text: str, deletions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Complement of the (possibly overlapping) deletions in [0, len(text))."""
    spans = []
    pos = 0
    for a, b in sorted(deletions):
        if a > pos:
            spans.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        spans.append((pos, len(text)))
    return spans


def _deletions(s: str) -> list[tuple[int, int]]:
    """Spans of ``s`` (already simplified and half-width) to delete."""
    # (most texts hold none of them: six substring tests are several times faster than the scan)
    dels = [m.span() for m in _ZERO_WIDTH.finditer(s)] if (
        "\u200b" in s or "\u200c" in s or "\u200d" in s or "\u2060" in s or "\ufeff" in s or "\u00ad" in s) else []
    if "\r" in s:
        dels.extend(m.span() for m in _CR_BEFORE_LF.finditer(s))
    if "\n" not in s:
        return dels
    lines = s.split("\n")
    n = len(s)
    stripped = list(map(str.strip, lines))   # (C loop)
    starts: list[int] = []   # line start offsets, computed when a line is deleted (most texts: none)

    def start(i: int) -> int:
        if not starts:
            starts.extend(accumulate(map((1).__add__, map(len, lines[:-1])), initial=0))   # (C loop)
        return starts[i]
    nl = len(lines)

    def isolated(i: int) -> bool:
        return (i == 0 or not stripped[i - 1]) and (i == nl - 1 or not stripped[i + 1])

    removed: set[int] = set()
    counted: list[str] = []
    # (the short lines picked by one comprehension and counted by Counter's C loop: most lines
    # of a text are longer, and a Python loop over all of them was most of this function)
    for i in [i for i, k in enumerate(map(len, stripped)) if 0 < k <= 30]:
        st = stripped[i]
        if (st[0] in _RUNNING_FIRST or st[0].isdecimal()) and (_KNOWN_RUNNING.match(st) or _PAGE_NUMBER.match(st)):
            removed.add(i)
        elif len(st) <= 20:
            counted.append(st)
    # (no short line repeats in most texts: then there is nothing to count)
    short_counts = Counter(counted) if len(set(counted)) < len(counted) else {}

    # bare page numbers ("3") next to a form feed (pdfminer's page separator)
    if "\x0c" in s:
        for i, st in enumerate(stripped):
            if st.isdigit() and len(st) <= 4:
                if any("\x0c" in lines[j] for j in range(max(0, i - 2), min(nl, i + 3))):
                    removed.add(i)

    # repeated short lines: running header/footer candidates
    cand_text = {
        t
        for t, c in short_counts.items()
        if c >= 2
        and not HEADING.match(t)
        and not t.endswith(("。", "；", "：", ":", ";"))
        and not _DATE_OR_DOCNO.search(t)
    }
    if cand_text:
        occ: dict[str, list[int]] = {}
        for i in [i for i, st in enumerate(stripped) if st in cand_text]:
            if i not in removed and isolated(i):
                occ.setdefault(stripped[i], []).append(i)
        skippable = removed | {i for v in occ.values() for i in v}

        def in_gap(i: int) -> bool:
            j = i - 1
            while j >= 0 and (not stripped[j] or j in skippable):
                j -= 1
            k = i + 1
            while k < nl and (not stripped[k] or k in skippable):
                k += 1
            return j >= 0 and k < nl and _can_join(stripped[j], stripped[k])

        # the document's last line (footer of the last page) is a running line when repeated
        last = nl - 1
        while last >= 0 and (not stripped[last] or last in removed):
            last -= 1
        head = 0.15 * n
        owner_cells = None   # (looked for when a line repeats at all)
        for t, idx in occ.items():
            if len(idx) < 2:
                continue
            if owner_cells is None:
                owner_cells = ("单位" in s or "部门" in s) and _OWNER_COLUMN_LINE.search(s) is not None
            if owner_cells and _BODY_CELL.fullmatch(t):
                continue
            # last line + another occurrence past the top (an issuer at the top and a signature
            # at the bottom are content), or any occurrence splitting a paragraph
            at_end = idx[-1] == last and any(start(i) >= head for i in idx[:-1])
            if at_end or any(in_gap(i) for i in idx):
                removed.update(idx)

    # page-break repair over the remaining non-blank lines: each one and the next, when the first
    # is long enough and does not end a sentence (shorter, or ending one: never joins)
    kept = [i for i in compress(range(nl), stripped) if i not in removed] if removed else \
        list(compress(range(nl), stripped))   # (the non-blank lines, by a C loop)
    for prev, i in [(p, i) for p, i in zip(kept, islice(kept, 1, None))
                    if len(stripped[p]) >= 20 and stripped[p][-1] not in _ENDS_NO_JOIN]:
        if _can_join(stripped[prev], stripped[i]):
            a_line = lines[prev]
            a_end = start(prev) + len(a_line.rstrip())
            b_start = start(i) + (len(lines[i]) - len(lines[i].lstrip()))
            dels.append((a_end, b_start))
    for i in removed:
        dels.append((start(i), min(n, start(i) + len(lines[i]) + 1)))
    return dels


# --------------------------------------------------------------------------- scraped-page debris

# Pinyin a scraped page put after a character (創(chuàng)新, 北京市藥監(jiān)局, 醫(yī)保): letters of
# Hanyu Pinyin in parentheses right after a CJK character, with at least one tone mark, so
# that (CDMO), (BioPark), (2026年) and (a) stay.
_PY = "a-zü\u00e0\u00e1\u00e8\u00e9\u00ec\u00ed\u00f2\u00f3\u00f9\u00fa\u00ea\u0101\u0113\u011b\u012b\u0144\u0148\u014d\u016b\u01ce\u01d0\u01d2\u01d4\u01d6\u01d8\u01da\u01dc\u01f9\u1e3f\u0300-\u0304"
_TONED = "\u00e0\u00e1\u00e8\u00e9\u00ec\u00ed\u00f2\u00f3\u00f9\u00fa\u0101\u0113\u011b\u012b\u0144\u0148\u014d\u016b\u01ce\u01d0\u01d2\u01d4\u01d6\u01d8\u01da\u01dc\u01f9\u1e3f\u0300-\u0304"
# (a space may stand before the closing bracket: 樂(lè )城)
PINYIN_INSERT = re.compile(rf"\((?<=[\u3400-\u9fff]\()(?=[{_PY} ]*[{_TONED}])[{_PY}]{{1,7}}(?: [{_PY}]{{1,7}}){{0,3}} ?\)")  # "(" first: scanned fast

# Wording of the Taiwan/Hong Kong vocabulary a Big5 gateway substitutes when it serves a
# mainland page in traditional script (高质量 → 高品質, 软件 → 軟體), written after t2s, with
# the mainland word. OpenCC ships phrase tables for this (tw2sp/hk2s), but they also rewrite
# ordinary mainland words (建立 → 创建, 执行 → 运行, 核心 → 内核, 程序 → 进程), so they cannot run
# on policy text; and 品質 → 质量 is in none of them. Applied to traditional-script texts only,
# never longer than the phrase it replaces (the rest of the phrase is deleted: offsets stay exact).
GATEWAY_VOCABULARY = {
    "高品质": "高质量", "品质": "质量", "软体": "软件", "硬体": "硬件", "网路": "网络", "资讯": "信息",
    "人工智慧": "人工智能", "智慧财产权": "知识产权", "医疗器材": "医疗器械", "网际网路": "互联网",
    "视讯": "视频", "伺服器": "服务器", "数位": "数字", "积体电路": "集成电路", "资料库": "数据库",
}
_GATEWAY_RE = re.compile("|".join(sorted(map(re.escape, GATEWAY_VOCABULARY), key=len, reverse=True)))
_TRADITIONAL_SHARE = 0.03   # share of CJK characters t2s changes above which a text is traditional
_TRAD_SAMPLE = 2000


def _is_traditional(text: str, simplified: str) -> bool:
    """Did t2s change at least 3% of the CJK characters (of the first 2,000 characters)?"""
    a, b = text[:_TRAD_SAMPLE], simplified[:_TRAD_SAMPLE]
    if a == b:
        return False
    # the changed characters counted only up to a share of ALL characters (never less than the
    # share of the CJK ones): a traditional text reaches it within a few hundred characters, and
    # counting all 2,000 pairs was most of this test's cost; short of it, the count is exact
    limit = ceil(_TRADITIONAL_SHARE * max(1, len(a)))
    changed = sum(1 for _ in islice(filter(None, map(ne, a, b)), limit))
    if changed >= limit:
        return True
    # (the number of CJK characters without a list of them: what removing them shortens)
    return changed >= _TRADITIONAL_SHARE * max(1, len(a) - len(_HAS_CJK_ALL.sub("", a)))


_HAS_CJK_ALL = re.compile(r"[\u3400-\u9fff]")


def _fold_gateway(s: str) -> tuple[str, list[tuple[int, int]]]:
    """Gateway vocabulary folded in place (same length); the deletions that shorten a
    longer phrase to its mainland word."""
    dels: list[tuple[int, int]] = []
    parts: list[str] = []
    pos = 0
    for m in _GATEWAY_RE.finditer(s):
        rep = GATEWAY_VOCABULARY[m.group()]
        a, b = m.span()
        parts.append(s[pos:a])
        if len(rep) == b - a:
            parts.append(rep)
        else:  # 智慧财产权 → 知识产 + (财 deleted) + 权: first and last characters kept, so the
            # folded word still maps to the whole phrase in the original
            cut = b - a - len(rep)
            parts.append(rep[:-1] + m.group()[len(rep) - 1:len(rep) - 1 + cut] + rep[-1])
            dels.append((a + len(rep) - 1, a + len(rep) - 1 + cut))
        pos = b
    if not parts:
        return s, dels
    parts.append(s[pos:])
    return "".join(parts), dels


# --------------------------------------------------------------------------- inserted blanks

# A PDF's text layer or a repost flattened with its line breaks turned into blanks puts a space
# inside words and names (市 财政局, 伏羲 山管委 会, 现印发给 你们, 20 21 年, 1 . 严格…): matching
# then fails on every name so cut. The space between two Chinese characters (or beside 、) is
# removed in such a text — as a deletion, so offsets still map to the original. A blank that
# separates is kept: outside prose and field lines (a table row, cells parted by |, a header of names with no ，。、：), after
# 第X条/章/节 or a numbered heading's words (一、工作目标 进一步…), after a body's name whose next word is a name again (…改革委 商务局), before a
# field label (…的通知 发布日期：). Only a text where such blanks are many (the layer's habit,
# not one writer's spacing) is touched: at least _INSERTED_MIN of them and _INSERTED_SHARE of its
# Chinese characters.
# (the blank first: the scan jumps from blank to blank, ten times faster than a class first)
_INSERTED_SPACE = re.compile(r" (?=[\u4e00-\u9fff、])(?<=[\u4e00-\u9fff、] )")
_SPLIT_NUMBER = re.compile(r"(?<=\d) (?=\d{1,3} ?[年〕\]号])")       # 20 21 年, 〔 20 21 〕
_SPLIT_MARKER = re.compile(r"^[ \t\u3000]*\d{1,3}( )[.．] ?[\u4e00-\u9fff]", re.M)   # 1 . 严格…
_PROSE_MARK = re.compile(r"[，,。、:：]")
_ARTICLE_BEFORE = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,5}[条章节]$")
# a numbered heading's words before the blank (一、工作目标 进一步完善…): the blank parts heading and body
_HEADING_BEFORE = re.compile(r"[ \t\u3000]*(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,3}[.、．])"
                             r"[ \t\u3000]*[\u4e00-\u9fff]{2,12}")
_NAME_SUFFIX = frozenset("局委厅办部院府会室署组")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_FIELD_AHEAD = re.compile(r"[\u4e00-\u9fff]{2,5}[:：]")
# a name that opens with its own level after the blank (各区 市商务局, 经开区 市发展改革委, 海关 市商务局 —
# cells of a row): joining would read the cell before as the name's place (经开区市… , 各区市…); a blank
# before a whole name never hides it from matching, so it stays (市场… is a word, not a level)
_LEVEL_NAME_AHEAD = re.compile(r"[市区县省](?!场)[\u4e00-\u9fff]{1,10}?(?:局|委|厅|办|府|院|会|室|署|中心)")
# a whole body's name standing as a cell of its own after the blank (…完善配套 蓉江新区管委会 2031年底 —
# the unit column of a row whose task cell has no 。): joining glued it to the task's last word
# (完善配套蓉江新区管委会); a name cut inside (市 生态环境局, 伏羲 山管委 会) has a level word before the
# blank or is too short a piece
_CELL_NAME = re.compile(r"(?=[\u4e00-\u9fff]{4})[\u4e00-\u9fff]{2,20}?(?:管委会|委员会|政府|海关|局|委|厅|办|办公室|分行|支行)"
                        r"(?=[ \t\u3000]|$)", re.M)
_LEVEL_END = frozenset("市区县省州旗镇乡、")   # (and a list's 、: the blank after it parts nothing)
_INSERTED_MIN = 5
_INSERTED_SHARE = 0.012


# a task table's header whose labels blanks part (序号 2023年重点工作任务 牵头  领导 牵头  责任单位 配合  单位 …, a
# PDF's table copied as text): the numbered lines below it are its rows, whose cells the same blanks part —
# a cell ending in 。 beside the next cell's units is no word a text layer cut
_BLANK_TABLE_HEADER = re.compile(r"^[ \t\u3000]*序[ \t\u3000]*号[ \t\u3000]+[^\n]*?(?:牵头|责任|配合)[^\n]*$", re.M)


def _inserted_blanks(s: str) -> list[tuple[int, int]]:
    """The blanks a flattened text layer inserted inside words (see above), as deletions."""
    found: list[tuple[int, int]] = []
    line_start, line_end, prose = -1, -1, False
    hits = _INSERTED_SPACE.findall(s)
    if len(hits) < _INSERTED_MIN:
        return found   # (most texts: one C scan, no loop)
    header = _BLANK_TABLE_HEADER.search(s)
    rows_from = header.end() if header is not None else len(s)
    for m in _INSERTED_SPACE.finditer(s):
        i = m.start()
        if i >= line_end:   # (one look per line, not per blank)
            line_start = s.rfind("\n", 0, i) + 1
            line_end = s.find("\n", i)
            line_end = len(s) if line_end == -1 else line_end
            prose = _PROSE_MARK.search(s, line_start, line_end) is not None and s.find("|", line_start, line_end) == -1 \
                and not (line_start > rows_from and _TABLE_ROW.match(s, line_start))
        if not prose or _ARTICLE_BEFORE.search(s, max(line_start, i - 7), i) or _FIELD_AHEAD.match(s, i + 1) \
                or (i - line_start <= 24 and _HEADING_BEFORE.fullmatch(s, line_start, i)):
            continue
        if s[i - 1] in _NAME_SUFFIX:
            run = _CJK_RUN.match(s, i + 1)
            if run is not None and run.end() - run.start() >= 2:
                continue   # 发展改革委 商务局: two names side by side
        if _LEVEL_NAME_AHEAD.match(s, i + 1) or s[i - 1] not in _LEVEL_END and _CELL_NAME.match(s, i + 1):
            continue
        found.append((i, i + 1))
    if len(found) < _INSERTED_MIN or len(found) < _INSERTED_SHARE * (len(s) - len(_HAS_CJK_ALL.sub("", s))):
        return []
    found.extend(m.span() for m in _SPLIT_NUMBER.finditer(s))
    found.extend(m.span(1) for m in _SPLIT_MARKER.finditer(s))
    return found


def normalize_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(normalized, kept spans of ``text``): normalized == "".join(converted[a:b] for a, b in spans)."""
    simp = to_simplified(text)
    s = to_halfwidth(simp)
    dels = _deletions(s)  # form feeds still present: they mark PDF page ends
    if " " in s:
        dels.extend(_inserted_blanks(s))
    if "(" in s:
        dels.extend(m.span() for m in PINYIN_INSERT.finditer(s))
    if simp != text and _is_traditional(text, simp):
        s, folded = _fold_gateway(s)
        dels.extend(folded)
    if "\x0c" in s:
        s = s.replace("\x0c", "\n")
    if not dels:
        return s, [(0, len(text))] if text else []
    spans = _kept_spans(s, dels)
    return "".join(s[a:b] for a, b in spans), spans


def normalize(text: str) -> tuple[str, list[int]]:
    """(normalized, offsets): ``offsets[i]`` is the index in ``text`` of ``normalized[i]``;
    ``len(offsets) == len(normalized) + 1`` and the last entry is ``len(text)``."""
    norm, spans = normalize_spans(text)
    offsets: list[int] = []
    for a, b in spans:
        offsets.extend(range(a, b))
    offsets.append(len(text))
    return norm, offsets


class OffsetMap:
    """Compact normalized→original index map built from kept spans (bisect per lookup)."""

    __slots__ = ("_spans", "_starts", "_norm_len", "_orig_len", "_shift")

    def __init__(self, spans: list[tuple[int, int]], orig_len: int):
        self._spans = spans
        starts, acc = [], 0
        for a, b in spans:
            starts.append(acc)
            acc += b - a
        self._starts = starts
        self._norm_len = acc
        self._orig_len = orig_len
        # one kept span (about half of all documents): every index is a constant shift
        self._shift = spans[0][0] if len(spans) == 1 else None

    def index(self, i: int) -> int:
        """Original index of normalized[i] (``len(original)`` for i == len(normalized))."""
        if i >= self._norm_len:
            return self._orig_len
        k = bisect_right(self._starts, i) - 1
        return self._spans[k][0] + (i - self._starts[k])

    def pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The kept spans of the original behind ``normalized[start:end]``, in order: the
        original characters a reader sees, without what normalization deleted between them
        (page-break gaps, running footers, inserted pinyin)."""
        if not (0 <= start <= end <= self._norm_len):
            raise ValueError(f"span [{start}, {end}) outside normalized text of length {self._norm_len}")
        out: list[tuple[int, int]] = []
        k = max(0, bisect_right(self._starts, start) - 1)
        while k < len(self._spans) and self._starts[k] < end:
            a, b = self._spans[k]
            off = self._starts[k]
            lo, hi = a + max(0, start - off), a + min(b - a, end - off)
            if hi > lo:
                out.append((lo, hi))
            k += 1
        return out

    def span(self, start: int, end: int) -> tuple[int, int]:
        if not (0 <= start <= end <= self._norm_len):
            raise ValueError(f"span [{start}, {end}) outside normalized text of length {self._norm_len}")
        shift = self._shift
        if shift is not None and start < end:
            return start + shift, end + shift
        if start == end:
            p = self.index(start)
            return p, p
        # = (self.index(start), self.index(end - 1) + 1) with one bisect when both ends lie in
        # one kept span (both indexes are < the normalized length here: start < end <= it)
        starts, spans = self._starts, self._spans
        k = bisect_right(starts, start) - 1
        a, b = spans[k]
        lo = a + (start - starts[k])
        last = end - 1 - starts[k]
        if last < b - a:
            return lo, a + last + 1
        k = bisect_right(starts, end - 1, k + 1) - 1
        return lo, spans[k][0] + (end - 1 - starts[k]) + 1


# --------------------------------------------------------------------------- t2s data

# The CJK Unified Ideographs (U+4E00-U+9FFF) that some entry of OpenCC 1.4.2's t2s dictionaries
# (TSPhrases, TSCharactersExt, TSCharacters and the CJK_Compatibility_Ideographs normalization)
# rewrites, under any of its values: for an entry whose value has the key's length, the key's
# characters the value changes; for any other entry, all of its key's characters.
_T2S_VERSION = "1.4.2"
_T2S_CHANGED = (
    "丟並么乾亂亙亞仝佇佈佔併來侖侶侷俁係俓俔俠俥俬俱倀倆倈倉個們倖倫倲偉偑側偵偽傌傑傖傘備傢傭傯傳傴債傷"
    "傾僂僅僉像僑僕僞僤僥僨僱價儀儁儂億儈儉儎儐儔儕儘償儣優儭儲儷儸儺儻儼兇兌兒兗內兩冊冑冪凈凍凙凜凱別刪"
    "剄則剋剎剗剛剝剮剴創剷剾劃劄劇劉劊劌劍劏劑劚勁勑動務勛勝勞勢勣勩勱勳勵勸勻匭匯匱區協卹卻卽厙厠厤厭厲"
    "厴參叄叚叢吒吳吶呂咼員哩哯唄唓唸問啓啞啟啢喆喎喚喪喫喬單喲嗆嗇嗊嗎嗚嗩嗰嗶嗹嘆嘍嘓嘔嘖嘗嘜嘩嘪嘮嘯嘰"
    "嘳嘵嘸嘺嘽噁噅噓噚噝噞噠噥噦噯噲噴噸噹嚀嚇嚌嚐嚕嚙嚛嚥嚦嚧嚨嚮嚲嚳嚴嚶嚽囀囁囂囃囅囈囉囌囑囒囪圇國圍"
    "園圓圖團圞坏垻埡埨埬埰執堃堅堊堖堚堝堯報場塊塋塏塒塗塚塢塤塵塸塹塿墊墜墠墮墰墲墳墶墻墾壇壈壋壎壓壗壘"
    "壙壚壜壞壟壠壢壣壩壪壯壺壼壽夠夢夥夾奐奧奩奪奬奮奼妝姍姦娙娛婁婡婦婭媈媧媯媰媼媽嫋嫗嫵嫺嫻嫿嬀嬃嬇嬈"
    "嬋嬌嬙嬡嬣嬤嬦嬪嬰嬸嬻孃孄孆孇孋孌孎孫學孻孾孿宮寀寠寢實寧審寫寬寵寶將專尋對導尷屆屍屓屜屢層屨屩屬岡"
    "峯峴島峽崍崑崗崙崢崬嵐嵗嵼嵽嵾嶁嶄嶇嶈嶔嶗嶘嶠嶢嶧嶨嶮嶸嶹嶺嶼嶽巊巋巒巔巖巗巘巰巹帥師帳帶幀幃幓幗幘"
    "幝幟幣幩幫幬幷幹幾庫廁廂廄廈廎廕廚廝廞廟廠廡廢廣廧廩廬廳弒弔弳張強彃彄彆彈彌彎彔彙彠彥彫彲彷彿後徑從"
    "徠復徵徹徿恆恥悅悞悵悶悽惡惱惲惻愛愜愨愴愷愻愾慄態慍慘慚慟慣慤慪慫慮慳慶慺慼慾憂憊憐憑憒憖憚憢憤憫憮"
    "憲憶憸憹懀懇應懌懍懎懞懟懣懤懨懲懶懷懸懺懼懾戀戇戔戧戩戰戱戲戶扞拋拚挩挱挾捨捫捱捲掃掄掆掗掙掚掛採揀"
    "揚換揮揯損搖搗搧搵搶摋摐摑摜摟摯摳摶摺摻撈撊撏撐撓撝撟撣撥撧撫撲撳撻撾撿擁擄擇擊擋擓擔據擟擠擡擣擫擬"
    "擯擰擱擲擴擷擺擻擼擽擾攄攆攋攏攔攖攙攛攜攝攢攣攤攪攬敎敓敗敘敵數斂斃斅斆斕斬斷斸於旂旣昇時晉晛晝暈暉"
    "暐暘暢暫曄曆曇曉曊曏曖曠曥曨曬書會朥朧朮東枴柵柺査桱桿梔梖梘梜條梟梲棄棊棖棗棟棡棧棲棶椀椏椲楇楊楓楨"
    "業極榘榦榪榮榲榿構槍槓槤槧槨槫槮槳槶槼樁樂樅樑樓標樞樠樢樣樤樧樫樳樸樹樺樿橈橋機橢橫橯檁檉檔檜檟檢檣"
    "檭檮檯檳檵檸檻櫃櫅櫍櫓櫚櫛櫝櫞櫟櫠櫥櫧櫨櫪櫫櫬櫱櫳櫸櫻欄欅欇權欍欏欐欑欒欓欖欘欞欽歎歐歟歡歲歷歸歿殘"
    "殞殢殤殨殫殭殮殯殰殲殺殻殼毀毆毊毿氂氈氌氣氫氬氭氳氾汎汙決沈沒沖況泝洩洶浹浿涇涗涼淒淚淥淨淩淪淵淶淺"
    "淼渙減渢渦測渾湊湋湞湧湯溈準溝溡溫溮溳溼滄滅滌滎滙滬滯滲滷滸滻滾滿漁漊漍漚漢漣漬漲漵漸漿潁潑潔潕潙潚"
    "潛潣潤潯潰潷潿澀澂澅澆澇澐澗澠澤澦澩澫澬澮澱澾濁濃濄濆濕濘濚濛濜濟濤濧濫濰濱濺濼濾濿瀂瀃瀅瀆瀇瀉瀋瀏"
    "瀕瀘瀝瀟瀠瀦瀧瀨瀰瀲瀾灃灄灍灑灒灕灘灙灝灡灣灤灧灩災為烏烴無煇煉煒煙煢煥煩煬煱熂熅熉熌熒熓熗熚熡熰熱"
    "熲熾燀燁燈燉燒燖燙燜營燦燬燭燴燶燻燼燾爃爄爇爍爐爖爛爥爧爭爲爺爾牀牆牘牴牽犇犖犛犞犢犧狀狹狽猌猙猶猻"
    "獁獃獄獅獊獎獨獩獪獫獮獰獱獲獵獷獸獺獻獼玀玁珼現琱琺琿瑋瑒瑣瑤瑩瑪瑲瑻瑽璉璊璕璗璝璡璣璦璫璯環璵璸璼"
    "璽璾璿瓄瓅瓊瓏瓔瓕瓚瓛甌甕產産甦甯畝畢畫異畵當畼疇疊痙痠痮痾瘂瘋瘍瘓瘞瘡瘧瘮瘱瘲瘺瘻療癆癇癉癐癒癘癟"
    "癡癢癤癥癧癩癬癭癮癰癱癲發皁皚皟皰皸皺盃盜盞盡監盤盧盨盪眝眞眥眾睍睏睜睞瞘瞜瞞瞤瞭瞶瞼矇矉矑矓矚矯硃"
    "硜硤硨硯碕碙碩碭碸確碼碽磑磚磠磣磧磯磽磾礄礆礎礐礒礙礦礪礫礬礮礱祇祕祿禍禎禕禡禦禪禮禰禱禿秈稅稈稏稜"
    "稟種稱穀穇穌積穎穠穡穢穩穫穭窩窪窮窯窵窶窺竄竅竇竈竊竚竪竱競筆筍筦筧筴箇箋箏箚節範築篋篔篘篠篢篤篩篳"
    "篸簀簂簍簑簞簡簢簣簫簹簽簾籃籅籋籌籔籙籛籜籟籠籤籩籪籬籮籲粵糉糝糞糧糰糲糴糶糹糺糾紀紂紃約紅紆紇紈紉"
    "紋納紐紓純紕紖紗紘紙級紛紜紝紞紟紡紬紮細紱紲紳紵紹紺紼紿絀絁終絃組絅絆絍絎結絕絙絛絜絝絞絡絢絥給絧絨"
    "絪絰統絲絳絶絹絺綀綁綃綄綆綇綈綉綋綌綎綏綐綑經綖綜綝綞綟綠綡綢綣綧綪綫綬維綯綰綱網綳綴綵綸綹綺綻綽綾"
    "綿緄緇緊緋緍緑緒緓緔緗緘緙線緝緞緟締緡緣緤緦編緩緬緮緯緰緱緲練緶緷緸緹緻緼縈縉縊縋縍縎縐縑縕縗縛縝縞"
    "縟縣縧縫縬縭縮縯縰縱縲縳縴縵縶縷縸縹縺總績繂繃繅繆繈繏繐繒繓織繕繚繞繟繡繢繨繩繪繫繬繭繮繯繰繳繶繷繸"
    "繹繻繼繽繾繿纁纆纇纈纊續纍纏纓纔纕纖纗纘纚纜缽罃罈罌罎罰罵罷羅羆羈羋羣羥羨義羵羶習翫翬翹翽耑耬耮聖聞"
    "聯聰聲聳聵聶職聹聻聽聾肅脅脈脛脣脥脩脫脹腎腖腡腦腪腫腳腸膃膕膚膞膠膢膩膹膽膾膿臉臍臏臗臘臚臟臠臢臥臨"
    "臺與興舉舊舖舘艙艣艤艦艫艱艷芻苧茲荊莊莖莢莧菉菕華菴菸萇萊萬萴萵葉葒葝葤葦葯葷蒍蒐蒓蒔蒕蒞蒭蒼蓀蓆蓋"
    "蓧蓮蓯蓴蓽蔄蔔蔘蔞蔣蔥蔦蔭蔯蔿蕁蕆蕎蕒蕓蕕蕘蕝蕢蕩蕪蕭蕳蕷蕽薀薆薈薊薌薑薔薘薟薦薩薳薴薵薹薺藉藍藎藝"
    "藥藪藭藴藶藷藹藺蘀蘄蘆蘇蘊蘋蘚蘞蘟蘢蘭蘺蘿虆虉處虛虜號虧虯蛺蛻蜆蝀蝕蝟蝦蝨蝸螄螞螢螮螻螿蟂蟄蟈蟎蟘蟜"
    "蟣蟬蟯蟲蟳蟶蟻蠀蠁蠅蠆蠍蠐蠑蠔蠙蠟蠣蠦蠨蠱蠶蠻蠾衆衊術衕衚衛衝衹袞袷裊裏補裝裡製複褌褘褲褳褸褻襀襇襉"
    "襏襓襖襗襘襝襠襤襪襬襯襰襲襴襵覆覈見覎規覓視覘覛覡覥覦親覬覯覲覷覹覺覼覽覿觀觴觶觸訁訂訃計訊訌討訏訐"
    "訑訒訓訕訖託記訛訜訝訞訟訢訣訥訨訩訪設許訴訶診註証詀詁詆詊詎詐詑詒詓詔評詖詗詘詛詝詞詠詡詢詣試詩詪詫"
    "詬詭詮詰話該詳詵詷詼詿誂誄誅誆誇誋誌認誑誒誕誘誚語誠誡誣誤誥誦誨說誫説誰課誳誴誶誷誹誺誼誾調諂諄談諉"
    "請諍諏諑諒諓論諗諛諜諝諞諟諡諢諣諤諥諦諧諫諭諮諯諰諱諲諳諴諶諷諸諺諼諾謀謁謂謄謅謆謉謊謎謏謐謔謖謗謙"
    "謚講謝謠謡謨謫謬謭謯謱謳謸謹謾譁譂譅譆證譊譎譏譑譓譖識譙譚譜譞譟譨譫譭譯議譴護譸譽譾讀讅變讋讌讎讒讓"
    "讕讖讚讜讞谿豈豎豐豔豬豵豶貍貓貗貙貝貞貟負財貢貧貨販貪貫責貯貰貲貳貴貶買貸貺費貼貽貿賀賁賂賃賄賅資賈"
    "賊賑賒賓賕賙賚賜賝賞賟賠賡賢賣賤賦賧質賫賬賭賰賴賵賺賻購賽賾贃贄贅贇贈贉贊贋贍贏贐贑贓贔贖贗贚贛贜赬"
    "趕趙趨趲跡踐踰踴蹌蹔蹕蹟蹠蹣蹤蹳蹺蹻躂躉躊躋躍躎躑躒躓躕躘躚躝躡躥躦躪軀軉車軋軌軍軏軑軒軔軕軗軛軜軝"
    "軟軤軨軫軬軲軷軸軹軺軻軼軾軿較輄輅輇輈載輊輋輒輓輔輕輖輗輛輜輝輞輟輢輥輦輨輩輪輬輮輯輳輶輷輸輻輼輾輿"
    "轀轂轄轅轆轇轉轊轍轎轐轔轗轟轠轡轢轣轤辦辭辮辯農迴迺逕這連週進遊運過達違遙遜遞遠遡適遱遲遶遷選遺遼邁"
    "還邇邊邏邐邨郟郵鄆鄉鄒鄔鄖鄟鄧鄩鄭鄰鄲鄳鄴鄶鄺酇酈醃醖醜醞醟醣醫醬醱醲醶釀釁釃釅釋釐釒釓釔釕釗釘釙釚"
    "針釟釣釤釦釧釨釩釲釳釴釵釷釹釺釾釿鈀鈁鈃鈄鈅鈆鈇鈈鈉鈋鈍鈎鈐鈑鈒鈔鈕鈖鈗鈛鈞鈠鈡鈣鈥鈦鈧鈮鈯鈰鈲鈳鈴"
    "鈷鈸鈹鈺鈽鈾鈿鉀鉁鉅鉆鉈鉉鉊鉋鉍鉑鉔鉕鉗鉚鉛鉝鉞鉠鉢鉤鉥鉦鉧鉬鉭鉮鉳鉶鉷鉸鉺鉻鉽鉾鉿銀銁銂銃銅銈銊銍"
    "銏銑銓銖銘銚銛銜銠銣銥銦銨銩銪銫銬銱銳銶銷銹銻銼鋁鋂鋃鋅鋇鋉鋌鋏鋐鋒鋗鋙鋝鋟鋠鋣鋤鋥鋦鋨鋩鋪鋭鋮鋯鋰"
    "鋱鋶鋸鋹鋼錀錁錂錄錆錇錈錏錐錒錕錘錙錚錛錜錝錞錟錠錡錢錤錥錦錨錩錫錮錯録錳錶錸錼錽鍀鍁鍃鍄鍅鍆鍇鍈鍉"
    "鍊鍋鍍鍒鍔鍘鍚鍛鍠鍤鍥鍩鍬鍭鍮鍰鍵鍶鍺鍼鍾鎂鎄鎇鎈鎊鎌鎍鎓鎔鎖鎘鎙鎚鎛鎝鎞鎡鎢鎣鎦鎧鎩鎪鎬鎭鎮鎯鎰鎲"
    "鎳鎵鎶鎷鎸鎿鏃鏆鏇鏈鏉鏌鏍鏏鏐鏑鏗鏘鏚鏜鏝鏞鏟鏡鏢鏤鏥鏦鏨鏰鏵鏷鏹鏺鏻鏽鏾鐃鐄鐇鐈鐋鐍鐎鐏鐐鐒鐓鐔鐘"
    "鐙鐝鐠鐥鐦鐧鐨鐩鐪鐫鐮鐯鐲鐳鐵鐶鐸鐺鐼鐽鐿鑀鑄鑉鑊鑌鑑鑒鑔鑕鑞鑠鑣鑥鑪鑭鑰鑱鑲鑴鑷鑹鑼鑽鑾鑿钁钂長門"
    "閂閃閆閈閉開閌閍閎閏閐閑閒間閔閗閘閝閞閡閣閤閥閨閩閫閬閭閱閲閵閶閹閻閼閽閾閿闃闆闇闈闉闊闋闌闍闐闑闒"
    "闓闔闕闖關闞闠闡闢闤闥阪陘陝陞陣陰陳陸陽隉隊階隑隕際隤隨險隮隯隱隴隸隻雋雖雙雛雜雞離難雲電霑霢霣霧霼"
    "霽靂靄靆靈靉靚靜靝靦靧靨鞏鞝鞦鞽鞾韁韃韆韉韋韌韍韓韙韚韛韜韝韞韠韻響頁頂頃項順頇須頊頌頍頎頏預頑頒頓"
    "頔頗領頜頠頡頤頦頫頭頮頰頲頴頵頷頸頹頻頽顂顃顅顆題額顎顏顒顓顔顗願顙顛類顢顣顥顧顫顬顯顰顱顳顴風颭颮"
    "颯颰颱颳颶颷颸颺颻颼颾飀飄飆飈飋飛飠飢飣飥飦飩飪飫飭飯飱飲飴飵飶飼飽飾飿餃餄餅餈餉養餌餎餏餑餒餓餔餕"
    "餖餗餘餚餛餜餞餡餦餧館餪餫餬餭餱餳餵餶餷餸餺餼餾餿饁饃饅饈饉饊饋饌饑饒饗饘饜饞饟饠饢馬馭馮馯馱馳馴馹"
    "馼駁駃駉駊駎駐駑駒駓駔駕駘駙駚駛駝駞駟駡駢駤駧駩駪駫駭駰駱駶駸駻駼駿騁騂騃騄騅騉騊騌騍騎騏騑騔騖騙騚"
    "騜騝騞騟騠騤騧騪騫騭騮騰騱騴騵騶騷騸騻騼騾驀驁驂驃驄驅驊驋驌驍驎驏驓驕驗驙驚驛驟驢驤驥驦驨驪驫骯髏髒"
    "體髕髖髮鬆鬍鬖鬚鬠鬢鬥鬧鬨鬩鬮鬱鬹魎魘魚魛魟魢魥魦魨魯魴魵魷魺魽鮀鮁鮃鮄鮅鮆鮈鮊鮋鮍鮎鮐鮑鮒鮓鮚鮜鮝"
    "鮞鮟鮠鮡鮣鮤鮦鮪鮫鮭鮮鮯鮰鮳鮵鮶鮸鮺鮿鯀鯁鯄鯆鯇鯉鯊鯒鯔鯕鯖鯗鯛鯝鯞鯡鯢鯤鯧鯨鯪鯫鯬鯰鯱鯴鯶鯷鯻鯽鯾"
    "鯿鰁鰂鰃鰆鰈鰉鰊鰋鰌鰍鰏鰐鰑鰒鰓鰕鰛鰜鰟鰠鰣鰤鰥鰦鰧鰨鰩鰫鰭鰮鰱鰲鰳鰵鰶鰷鰹鰺鰻鰼鰽鰾鱀鱂鱄鱅鱆鱇鱈"
    "鱉鱊鱒鱔鱖鱗鱘鱚鱝鱟鱠鱢鱣鱤鱧鱨鱭鱮鱯鱲鱷鱸鱺鳥鳧鳩鳬鳲鳳鳴鳶鳷鳼鳽鳾鴀鴃鴅鴆鴇鴉鴐鴒鴔鴕鴗鴛鴜鴝鴞"
    "鴟鴣鴥鴦鴨鴮鴯鴰鴲鴳鴴鴷鴻鴽鴿鵁鵂鵃鵊鵏鵐鵑鵒鵓鵚鵜鵝鵟鵠鵡鵧鵩鵪鵫鵬鵮鵯鵰鵲鵷鵾鶄鶇鶉鶊鶌鶒鶓鶖鶗"
    "鶘鶚鶠鶡鶥鶦鶩鶪鶬鶭鶯鶰鶱鶲鶴鶹鶺鶻鶼鶿鷀鷁鷂鷄鷅鷉鷊鷐鷓鷔鷖鷗鷙鷚鷟鷣鷤鷥鷦鷨鷩鷫鷭鷯鷲鷳鷴鷷鷸鷹"
    "鷺鷽鷿鸂鸇鸊鸋鸌鸏鸑鸕鸗鸘鸚鸛鸝鸞鹵鹹鹺鹼鹽麗麥麨麩麪麫麬麯麲麳麴麵麷麼麽黃黌點黨黲黴黶黷黽黿鼂鼉鼕"
    "鼴齊齋齎齏齒齔齕齗齘齙齜齟齠齡齣齦齧齩齪齬齭齮齯齰齲齴齶齷齼齾龍龎龐龑龓龔龕龜龢龭龯鿁鿓"
)
