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
from itertools import accumulate


# Frequent characters (generic Chinese top 100 + the policy corpus), used to score
# candidate decodings (gb18030 vs big5): right decodings are mostly made of these.
COMMON_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方"
    "多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实药医新创业产市京研疗品北化展机全等临持床"
    "推支械务建验器试高合提术技保科服关入企院工加制设项与究基平健康通目物审批应力局管点监区数领体构质智资台效量际立首强检快域"
    "先评联将接优脑据模外谢布金委式口型升引重已政速步公协转性策病造规程流施专落促率及三共助向系度措增标并付深投续二单场需期者"
    "更集干治办纳级范计测价查位准统问注打元备障日内获培亿手园村环相海请改导介条完少求交细果源录核组若证融次球水围使供购挥十安"
    "险第探题聚节境员门结索励划特做跨革各赋见商报胞月卫链托庄名至申极室沿色础诊才亦启具键认长头势精解采鼓指积四缩广绍记育段知"
    "间周端举依权态正案信费士利类除命形剂件扩谈津网牵比任达断站整冀册攻两破明确景此最互放充今咨情况善决孵总预意疾双包友询挂版"
    "儿取突值维字短格吸代参女席副售例论战略调易辅由原示复急息回早列配群隗斌朋民感筹绿患电线识影算拓万阶官训华争昌超收伦选抗表"
    "骨装签估撑响诺沟符承清限难罕综补功焦均覆层绕肿瘤房运航议额带营负责济闻督党宾给惠置销占疫养受或且享厂简显童司独五无序款非"
    "直租赁近坚编府答颜冰嘉印余常苗材风坛护校博称再文底足走南社界盖神减针即较累居省真搭套低活媒曹巍龚幂陈兴每料送署尖织症招判"
    "够癌载未约世压库属液厅东份括丰富射零赛叉米递芯城九著竞宣潜谷根许稳尽团紧变师状路径课午言号六牌满众募继让按它普渠顶图植队"
    "储轮亮靶百担帮擎始附召店买降容历筑另激辑志贯视半西络跑脉修良抽龙职移谋贞适拟片概消耗您素析教处执考酸七登空衔军"
)
# Their traditional forms (OpenCC s2t, s2tw, s2hk), precomputed so scoring needs no second converter.
COMMON_TRADITIONAL_EXTRA = (
    "並佔來個們倫備價億優儲兒內兩冊冪創劃劑動務勢勵區協參員問啓啟單國圍園圖團執堅報場壇壓夠學實審將專對導層屬師帶幫幹庫廠廣廳"
    "強後徑從復態應戰掛採揮撐擔據擬擴數斷於時會東條業極構標樣機檢權歷決沒況減測準溝滿潛濟為無營爭爲牀牽狀獨獲現環產當療發盡監"
    "眾確礎種稱積穩競節範築簡籌籤約納級細紹組結絡給統經綜綠維網緊線編縮總織繞繼續羣聞聯職脈腦腫臨臺與興舉莊華萬蓋藥處號衆術衛"
    "衞裏補裝裡見規視計訓記設許診評詢試認說説課調談請論諮諾謀謝證識議護變讓豐貞負貫責買費賃資賓賦質購賽軍較載輔輪輯轉辦這進運"
    "過達遞適選還醫針銜銷錄鍵鏈長門開間關陳隊階際險雙難電響頂項預領頭題額顏類顯風養餘驗體麼點黨龍龔"
)


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
# signature dates and document numbers repeat (top and bottom) but are content
_DATE_OR_DOCNO = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|[〔\[【(]\s*\d{4}\s*[〕\]】)]\s*\d+\s*号")
_CR_BEFORE_LF = re.compile(r"\r+(?=\n)")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]+")


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


def _can_join(a: str, b: str) -> bool:
    """Is the break between stripped lines ``a`` and ``b`` a page/line break inside a paragraph?

    Both sides must be CJK at the break, ``a`` a long (≥ 20 chars) body line (not a heading,
    with sentence punctuation inside unless very long) and ``b`` not a heading nor a short title.
    """
    if len(a) < 20 or not b or "\t" in a or "\t" in b:  # table rows are not paragraphs
        return False
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
    else:
        return False
    if _looks_like_title(a) or HEADING.match(b):
        return False
    # titles, name lists and captions (no sentence punctuation) are not paragraph lines
    if len(a) < 50 and not _PUNCT_BODY.search(a):
        return False
    # a short line that does not end a sentence is a title, not a continuation
    if len(b) <= 20 and b[-1] not in _FINAL:
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
    dels = [m.span() for m in _ZERO_WIDTH.finditer(s)]
    if "\r" in s:
        dels.extend(m.span() for m in _CR_BEFORE_LF.finditer(s))
    if "\n" not in s:
        return dels
    lines = s.split("\n")
    n = len(s)
    starts = list(accumulate(map((1).__add__, map(len, lines[:-1])), initial=0))  # line start offsets (C loop)
    stripped = [ln.strip() for ln in lines]
    nl = len(lines)

    def isolated(i: int) -> bool:
        return (i == 0 or not stripped[i - 1]) and (i == nl - 1 or not stripped[i + 1])

    removed: set[int] = set()
    short_counts: Counter[str] = Counter()
    for i, st in enumerate(stripped):
        if not st or len(st) > 30:
            continue
        if _KNOWN_RUNNING.match(st) or _PAGE_NUMBER.match(st):
            removed.add(i)
        elif len(st) <= 20:
            short_counts[st] += 1

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
        for i, st in enumerate(stripped):
            if st in cand_text and i not in removed and isolated(i):
                occ.setdefault(st, []).append(i)
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
        for t, idx in occ.items():
            if len(idx) < 2:
                continue
            # last line + another occurrence past the top (an issuer at the top and a signature
            # at the bottom are content), or any occurrence splitting a paragraph
            at_end = idx[-1] == last and any(starts[i] >= head for i in idx[:-1])
            if at_end or any(in_gap(i) for i in idx):
                removed.update(idx)

    # page-break repair over the remaining non-blank lines
    prev = -1
    for i in range(nl):
        st = stripped[i]
        if not st or i in removed:
            continue
        if prev >= 0 and len(stripped[prev]) >= 20 and _can_join(stripped[prev], st):  # (shorter: never joins)
            a_line = lines[prev]
            a_end = starts[prev] + len(a_line.rstrip())
            b_start = starts[i] + (len(lines[i]) - len(lines[i].lstrip()))
            dels.append((a_end, b_start))
        prev = i
    for i in removed:
        dels.append((starts[i], min(n, starts[i] + len(lines[i]) + 1)))
    return dels


def normalize_spans(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(normalized, kept spans of ``text``): normalized == "".join(converted[a:b] for a, b in spans)."""
    s = to_halfwidth(to_simplified(text))
    dels = _deletions(s)  # form feeds still present: they mark PDF page ends
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
        return self.index(start), self.index(end - 1) + 1
