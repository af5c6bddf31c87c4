"""What kind of source a document is: ``official``, ``interpretation``, ``news`` or ``analysis``.

Analysts weigh a fact by where it comes from: the official text of a measure list, a
bureau's own interpretation or press conference, a news report, an analyst's comparison.
The kind is read from signals any Chinese policy text carries, not from one document's
wording:

- official: the document's OWN 发文字号 in its head (not one it cites after 根据《…》),
  an issuing notice (现将《…》印发给你们, 特此通知), an entry-into-force clause (自…起施行);
- interpretation: a press conference (新闻发布会, speaker turns such as ``主持人：``,
  ``记者：``, 答记者问) or an official 政策解读;
- news: reporting markers (本报讯, 记者, 通讯员, 日电, 据…报道, 责任编辑, 来源：…报/网);
- analysis: an author comparing or commenting (本文, 笔者, 对比, 亮点, 解析, tables).

Each answer carries the span of the words that decided it (the evidence), so a reader can
check the call; a manifest entry or an upload parameter overrides it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

SOURCE_KINDS = ("official", "interpretation", "news", "analysis")
# most authoritative first: answers list evidence in this order. The pseudo-documents
# rank by what they are: the curated catalog quotes itself (below what a body says about
# itself, above reporting), the computed editions links come last.
AUTHORITY = {"official": 0, "interpretation": 1, "curated": 2, "news": 3, "analysis": 4, "computed": 5, "": 6}


def source_kind_of(record) -> str:
    """A stored DocumentRecord's source kind; the pseudo-documents are ``curated``
    (the catalog) and ``computed`` (the editions links)."""
    if getattr(record, "source_kind", ""):
        return record.source_kind
    return {"catalog": "curated", "computed": "computed"}.get(getattr(record, "kind", ""), "")

_HEAD = 1500  # characters of the head where a notice states its own number and title

_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*号")
# the part of a number from its bracket on: every _DOC_NUMBER match holds one at its bracket, and
# (starting with a bracket, a rare character) it is found without trying the name's 1–10
# characters at every position of the head
_DOC_NUMBER_TAIL = re.compile(r"[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*\d{1,4}\s*号")
_CITE_BEFORE = re.compile(r"(?:根据|依据|按照|落实|贯彻|》|\))\s*[（(]?\s*$")
_CITE_WORD = re.compile(r"(?:根据|依据|按照|落实|贯彻|参照|执行|对照)")
_NOTICE = re.compile(r"现将[^。\n]{0,80}?印发给你们|现印发给你们|印发给你们|特此通知|特此公告"
                     r"|自[^。\n]{0,20}?(?:之日)?起(?:施行|实施|执行|生效)")
_PRESS = re.compile(r"新闻发布会|答记者问|记者提问|政策吹风会")
_SPEAKER = re.compile(r"^\s*(?:主持人|记者|问|答)\s*[:：]|^\s*主持人\s*$", re.M)
_INTERPRET = re.compile(r"政策解读|图解|一图读懂|解读《|的解读|起草说明|答问")
# a headline that interprets a policy it names (关于《X》的政策解读, 《X》文件解读, 对《X》的解读,
# 政策解读:《X》): X in group t or u. One pattern for this module (a headline alone on its line
# makes the page an interpretation) and identity.py (X is the page's policy)
# (the policy's number may stand between its title and the word: 《X的通知》某政办发〔2019〕54号文件解读)
INTERPRETS_HEADLINE = (r"(?:(?:关于)?(?:对)?《(?P<t>[^《》\n]{4,100})》[ \t\u3000]*"
                       r"(?:[\u4e00-\u9fff]{1,10}[〔\[【(（﹝](?:19|20)\d{2}[〕\]】)）﹞]第?\d{1,4}号[ \t\u3000]*)?的?(?:政策|文件|文字|图文)?(?:解读|图解|起草说明|政策问答|(?:新闻)?发布会|吹风会)(?:文本|材料|稿)?"
                       r"|(?:(?:政策|文件)?解读|图解|一图读懂)[:：]?[ \t\u3000]*《(?P<u>[^《》\n]{4,100})》)")
_INTERPRET_HEADLINE = re.compile(r"^[ \t\u3000#]*" + INTERPRETS_HEADLINE + r"[ \t\u3000]*$", re.M)


def _interpret_headline(head: str) -> re.Match | None:
    """``_INTERPRET_HEADLINE.search(head)``, the same match: every match is a whole line (^…$,
    multiline; no line break in the pattern) holding a 《, so only the lines with a 《 are tried,
    in order, at their start (the search tried the pattern at every position of the head)."""
    k = head.find("《")
    while k != -1:
        m = _INTERPRET_HEADLINE.match(head, head.rfind("\n", 0, k) + 1)
        if m is not None:
            return m
        le = head.find("\n", k)
        if le == -1:
            return None
        k = head.find("《", le + 1)
    return None


# reporting: strong markers are a byline or wire dateline; weak ones an editor line, a source line
_NEWS_STRONG = re.compile(r"本报讯|本报记者|记者\s*[\u4e00-\u9fff]{2,3}\s*(?:报道|摄)|通讯员|[\u4e00-\u9fff]{2}\d{0,2}月\d{1,2}日电|新华社讯")
_NEWS_WEAK = re.compile(r"据[^。\n]{1,20}报道|责任编辑|编辑\s*[:：]|来源\s*[:：][^\n]{0,20}(?:报|网|新闻|日报|晚报|频道|客户端)"
                        r"|^\s*(?:近日|日前|昨天|今天|昨日)\s*[,，]", re.M)
# an author speaking of their own text is analysis; comparison words alone are weak
_ANALYSIS_STRONG = re.compile(r"本文|笔者|作者简介")
_ANALYSIS_WEAK = re.compile(r"对比|比较分析|亮点|解析|梳理|点评|综述|^\s*\|.*\|\s*$", re.M)
# words one of which every match of a pattern contains: a text holding none of them (most
# policy texts) is not scanned with the pattern at every position
_NEEDS = {
    _ANALYSIS_WEAK: ("对比", "比较分析", "亮点", "解析", "梳理", "点评", "综述", "|"),
    _ANALYSIS_STRONG: ("本文", "笔者", "作者简介"),
    # 据…报道, 责任编辑, 编辑：, 来源：…报, a line opening with 近日/日前/昨天/今天/昨日
    _NEWS_WEAK: ("报道", "编辑", "来源", "近日", "日前", "昨天", "今天", "昨日"),
    _PRESS: ("发布会", "记者", "吹风会"),
}
# a speaker turn opens a line: at the text's start, or after a line break (then this matches
# at that break; it starts with a literal, so re finds it without trying every position)
_SPEAKER_AFTER_BREAK = re.compile(r"\n\s*(?:主持人|记者|问|答)")


def _speaker_turns(text: str) -> list[re.Match]:
    """``list(_SPEAKER.finditer(text))``: empty without trying the pattern (whose ``^`` it tries
    at every position) when no line opens with a speaker's word."""
    if _SPEAKER_AFTER_BREAK.search(text) is None and _SPEAKER.match(text) is None:
        return []
    return list(_SPEAKER.finditer(text))


# the two patterns above that end with a branch anchored at a line's start (^\s*…, re.M): a
# search tries that branch at every position of the text. Split: the branches that open with a
# word (one pattern, whose first characters the engine scans for), and the line branch, found
# at the text's start or after a line break (\n + the branch: a literal first, scanned for fast)
_LINE_BRANCH = {
    rx: (re.compile(rx.pattern.rsplit("|^", 1)[0]), re.compile("^" + rx.pattern.rsplit("|^", 1)[1], re.M),
         re.compile("\n" + rx.pattern.rsplit("|^", 1)[1], re.M))
    for rx in (_NEWS_WEAK, _ANALYSIS_WEAK)
}


def _split_search(rx: re.Pattern, text: str) -> re.Match | None:
    """``rx.search(text)`` for a pattern of ``_LINE_BRANCH``: the leftmost start of either part
    (the line branch matches at a line start p > 0 exactly where ``\n`` + it matches at p - 1),
    where the whole pattern then matches as a search would have (its branches in their order)."""
    words, at_start, after_break = _LINE_BRANCH[rx]
    starts = []
    m = words.search(text)
    if m is not None:
        starts.append(m.start())
    if at_start.match(text) is not None:
        starts.append(0)
    else:
        b = after_break.search(text)
        if b is not None:
            starts.append(b.start() + 1)
    return rx.match(text, min(starts)) if starts else None


def _search(rx: re.Pattern, text: str) -> re.Match | None:
    """``rx.search(text)``, skipped when ``text`` holds none of the words ``rx`` needs."""
    if rx in _LINE_BRANCH:
        return _split_search(rx, text)   # (as fast as the words' test, which it needs not)
    need = _NEEDS.get(rx)
    if need is not None and not any(w in text for w in need):
        return None
    return rx.search(text)


# _NEWS_STRONG's branches that open with a word (all but the wire dateline, which opens with any
# two characters): one search finds the leftmost of them, the engine scanning for their first
# characters
_NEWS_WORDS = re.compile(_NEWS_STRONG.pattern.replace(r"|[\u4e00-\u9fff]{2}\d{0,2}月\d{1,2}日电", ""))
assert _NEWS_WORDS.pattern != _NEWS_STRONG.pattern   # (the dateline branch is gone)


def _news_strong(text: str) -> re.Match | None:
    """``_NEWS_STRONG.search(text)``, the same match: the pattern is tried only where a match
    can start, in text order (its dateline alternative opens with any two characters, so a
    search tried every position of the text) — before the leftmost match of its other branches,
    only 4 to 7 characters before a 日电 (a dateline: two characters, up to two digits, 月, one or
    two digits, 日电); a position where no branch matches is none whichever 日电 pointed to it."""
    m = _NEWS_WORDS.search(text)
    limit = m.start() if m is not None else len(text)
    i = text.find("日电", 0, limit + 8)   # (a dateline starting before limit has its 日电 before limit + 7)
    while i != -1:
        for p in range(max(0, i - 7), min(max(0, i - 3), limit)):
            d = _NEWS_STRONG.match(text, p)
            if d is not None:
                return d
        i = text.find("日电", i + 1, limit + 8)
    return _NEWS_STRONG.match(text, limit) if m is not None else None


@dataclass(frozen=True)
class SourceKind:
    kind: str
    start: int           # span of the deciding words in the text the function was given
    end: int
    confidence: float
    basis: str           # in words: what decided it


def _doc_numbers(text: str, hi: int) -> Iterator[re.Match]:
    """``_DOC_NUMBER.finditer(text, 0, hi)``, the same matches: the next match after ``pos``
    has its bracket at the first tail at or after ``pos`` that has a name before it, and
    starts at most 10 characters before that bracket, so the full pattern is searched from
    there (tails never overlap: each starts with an opening bracket and holds none)."""
    pos = 0
    for t in _DOC_NUMBER_TAIL.finditer(text, 0, hi):
        if t.start() < pos:
            continue
        m = _DOC_NUMBER.search(text, max(pos, t.start() - 10), hi)
        if m is None:
            return
        yield m
        pos = m.end()


def own_doc_number(text: str, head: int = _HEAD) -> re.Match | None:
    """The first 发文字号 in the head that the text does not merely cite."""
    for m in _doc_numbers(text, min(len(text), head)):
        before = text[max(0, m.start() - 12):m.start()]
        if _CITE_BEFORE.search(before) or "《" in before[-3:] or _CITE_WORD.match(m.group(0)):
            continue
        return m
    return None


def infer_source_kind(text: str, title: str = "") -> SourceKind:
    """The kind of source ``text`` is, with the span of the words that decided it."""
    head = text[:_HEAD]
    in_title = _INTERPRET.search(title)
    m = in_title or _INTERPRET.search(head[:200])
    if m and in_title is not None:
        s = text.find(m.group(0))
        return SourceKind("interpretation", max(s, 0), max(s, 0) + len(m.group(0)), 0.8, "the title calls it an interpretation")
    line = _interpret_headline(head) if "解读" in head else None
    if line:
        return SourceKind("interpretation", line.start(), line.end(), 0.8, "its headline says it interprets a policy")
    press = _search(_PRESS, head)
    turns = _speaker_turns(text)
    if press or len(turns) >= 2:
        if press:
            return SourceKind("interpretation", press.start(), press.end(), 0.9, "a press conference")
        return SourceKind("interpretation", turns[0].start(), turns[0].end(), 0.7, "speaker turns (问/答, 主持人)")
    byline = _news_strong(text)
    if byline:  # a report quoting a notice's number is still a report
        return SourceKind("news", byline.start(), byline.end(), 0.9, "a byline or dateline (本报讯, 记者…报道, …日电)")
    num = own_doc_number(text)
    if num:
        return SourceKind("official", num.start(), num.end(), 0.9, "its own document number (发文字号)")
    notice = _NOTICE.search(text)   # (only when no number decided it)
    if notice:
        return SourceKind("official", notice.start(), notice.end(), 0.8, "an issuing notice or entry-into-force clause")
    for rx, kind, conf, basis in (
            (_ANALYSIS_STRONG, "analysis", 0.8, "an author speaking of the text (本文, 笔者)"),
            (_NEWS_WEAK, "news", 0.6, "reporting markers (编辑, 来源, 近日)"),
            (_ANALYSIS_WEAK, "analysis", 0.5, "comparison or commentary (对比, 亮点, 解析)")):
        hit = _search(rx, text)
        if hit:
            return SourceKind(kind, hit.start(), hit.end(), conf, basis)
    if m:
        s = max(text.find(m.group(0)), 0)
        return SourceKind("interpretation", s, s + len(m.group(0)), 0.5, "interpretation wording in the head")
    # nothing decisive: prose about a policy without any of the above reads as reporting
    return SourceKind("news", 0, 0, 0.3, "no official, interpretation or analysis signal")
