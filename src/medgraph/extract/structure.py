"""Document structure: policy metadata, sections and numbered measures.

Works on the normalized (simplified, page-break-repaired, half-width-bracket) text and
returns spans in that text; callers map spans back to the original for evidence.

Numbering styles recognised for measures: (一)/（一）, 1./1．/１．/1、, 第一条, 一是/二是.
Sections: 一、… (optionally behind Markdown #). The style that yields the longest
*consecutive* run 1, 2, 3, … wins, so stray "1.25万亿元" or "(2026 年)" cannot start a
false measure, and a document with fewer than three in a row has no measures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from medgraph.textutil import cn_to_int

CN = "一二三四五六七八九十百零〇两"
MIN_RUN = 3

# Each style: regex whose group "n" is the number; matches must start a line or follow
# sentence punctuation/whitespace so that numbers inside sentences are not markers.
_LEAD = r"(?:(?<=^)|(?<=[\n\s。；;：:]))"
STYLES: dict[str, re.Pattern] = {
    "paren_cn": re.compile(_LEAD + rf"[#\s]*\((?P<n>[{CN}]{{1,4}})\)", re.M),
    "paren_arabic": re.compile(_LEAD + r"[#\s]*\((?P<n>\d{1,3})\)", re.M),
    "arabic_dot": re.compile(_LEAD + r"[#\s]*(?P<n>\d{1,3})(?:[.．](?!\d)|、)", re.M),
    "article": re.compile(_LEAD + rf"[#\s]*第(?P<n>[{CN}\d]{{1,4}})条", re.M),
    "cn_shi": re.compile(rf"(?:(?<=^)|(?<=[\n\s。；;，,：:]))(?P<n>[{CN}]{{1,3}})是(?=[^是])", re.M),
}
# Where a match of each style can get past its leading [#\s]*: the marker's first
# character. A style regex starts with a lookbehind, so ``finditer`` runs it at every
# position of the text; ``_markers`` runs it only where this trigger sits.
_TRIGGER: dict[str, re.Pattern] = {
    "paren_cn": re.compile(rf"\([{CN}]"),
    "paren_arabic": re.compile(r"\(\d"),
    # a marker's digits are a whole run (a digit inside a run follows a digit, which the
    # lookbehind refuses) followed by its punctuation
    "arabic_dot": re.compile(r"\d+[.．、]"),
    "article": re.compile(rf"第[{CN}\d]{{1,4}}条"),
    "cn_shi": re.compile(rf"[{CN}]+是"),  # a maximal numeral run (the lookbehind char is no numeral)
}


def _markers(name: str, text: str) -> list[re.Match]:
    r"""``list(STYLES[name].finditer(text))``, trying the style only where it can match.

    A match of a ``[#\s]*``-led style starts somewhere in the run of ``#``/whitespace right
    before a trigger character; a cn_shi match starts where its trigger match starts. Trying
    those starts in text order, skipping any inside the previous match, finds exactly the
    non-overlapping leftmost matches ``finditer`` finds."""
    rx = STYLES[name]
    out: list[re.Match] = []
    last_end = 0
    lead_run = name != "cn_shi"
    for t in _TRIGGER[name].finditer(text):
        q = t.start()
        p = q
        if lead_run:
            while p > 0 and (text[p - 1] == "#" or text[p - 1].isspace()):
                p -= 1
        for start in range(max(p, last_end), q + 1):
            m = rx.match(text, start)
            if m:
                out.append(m)
                last_end = m.end()
                break
    return out


SECTION = re.compile(rf"^[#\s]*(?P<n>[{CN}]{{1,3}})、(?P<title>[^\n]{{2,60}})$", re.M)
DOC_NUMBER = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{1,8}[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号")
DATE_LINE = re.compile(r"^\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$", re.M)
DATE_ANY = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")
TITLE_IN_NOTICE = re.compile(r"(?:关于印发|现将|印发)《(?P<t>[^》]{4,80})》")
POLICY_WORDS = re.compile(r"(措施|计划|方案|意见|办法|规定|通知|细则|规划|条例|政策)")
SPEECH_MARKERS = re.compile(r"(?=[主发记新])(主持人|发布会|记者[:：]|新闻发言人)")  # (?=…): skip other positions fast


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


def _run(matches: list[re.Match]) -> list[re.Match]:
    """Longest chain of markers numbered 1, 2, 3, … in text order."""
    best: list[re.Match] = []
    nums = [cn_to_int(m.group("n")) for m in matches]  # once per marker, not once per (start, marker)
    starts = [i for i, n in enumerate(nums) if n == 1]
    for s in starts:
        chain = [matches[s]]
        want = 2
        for j in range(s + 1, len(matches)):
            if nums[j] == want:
                chain.append(matches[j])
                want += 1
        if len(chain) > len(best):
            best = chain
    return best


_PARA_BREAK = re.compile(r"\n\s*\n|。\s+(?=\S)|\n(?=[#\s]*[^\s])")


def _last_body_end(text: str, start: int, limit: int) -> int:
    """The last measure of a run ends at its paragraph's end (a measure is a paragraph);
    closing remarks after it (保障措施, signatures) are not part of it."""
    m = _PARA_BREAK.search(text, start, limit)
    if not m:
        return limit
    return m.start() + (1 if text[m.start()] == "。" else 0)


def find_measures(text: str, sections: list[re.Match] | None = None) -> tuple[str, list[Measure]]:
    """``sections``: ``list(SECTION.finditer(text))`` when the caller has it already."""
    runs = {name: _run(_markers(name, text)) for name in STYLES}
    style, run = max(runs.items(), key=lambda kv: (len(kv[1]), kv[0] != "cn_shi"))
    if len(run) < MIN_RUN:
        return "", []
    if sections is None:
        sections = list(SECTION.finditer(text))
    measures: list[Measure] = []
    for i, m in enumerate(run):
        marker_start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip("# \n\t")))
        body_start = m.end()
        if i + 1 < len(run):
            end = run[i + 1].start()
            # a section heading between two measures ends the earlier one
            for s in sections:
                if body_start < s.start() < end:
                    end = s.start()
                    break
        else:
            limit = len(text)
            for s in sections:
                if s.start() > body_start:
                    limit = s.start()
                    break
            end = _last_body_end(text, body_start, limit)
        while end > body_start and text[end - 1].isspace():
            end -= 1
        hs = body_start
        while hs < end and text[hs] in " \t.．、:：":
            hs += 1
        stop = text.find("。", hs, end)
        he = stop if stop != -1 else min(end, hs + 60)
        heading = text[hs:he].strip()
        measures.append(
            Measure(
                number=cn_to_int(m.group("n")) or 0,
                number_text=text[marker_start:m.end()].strip(),
                heading=heading,
                start=marker_start,
                end=end,
                heading_start=hs,
                heading_end=he,
                body_start=body_start,
            )
        )
    return style, measures


def _title(text: str) -> tuple[str, tuple[int, int] | None]:
    m = TITLE_IN_NOTICE.search(text[:3000])
    if m:
        return re.sub(r"\s+", "", m.group("t")), m.span("t")
    for line in re.finditer(r"^[#\s]*(?P<t>[^\n]{6,80})$", text[:3000], re.M):
        t = line.group("t").strip()
        if POLICY_WORDS.search(t) and not t.endswith(("。", ",", "，")):
            return re.sub(r"\s+", "", t), line.span("t")
    return "", None


def parse(text: str) -> Structure:
    st = Structure()
    st.title, st.title_span = _title(text)
    head = text[:4000]
    dn = DOC_NUMBER.search(head)
    if dn and ("发" in dn.group(0) or "办" in dn.group(0) or "字" in dn.group(0)):
        st.doc_number = re.sub(r"\s+", "", dn.group(0))
        st.doc_number_span = dn.span()
    dl = DATE_LINE.search(head)
    if dl:
        y, mo, d = dl.groups()
        st.date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    section_matches = list(SECTION.finditer(text))
    st.style, st.measures = find_measures(text, section_matches)
    is_speech = len(SPEECH_MARKERS.findall(text[:5000])) >= 2
    notice = bool(re.search(r"(印发给你们|现将《|现提出如下|特制定本|制定本(?:措施|方案|计划))", text[:6000]))
    st.is_policy = bool(st.measures) and not is_speech and (notice or bool(st.title_span and st.title_span[0] < 400))
    if not st.is_policy:
        st.measures = []
        st.style = ""
    if is_speech:
        st.kind = "press_conference"
    elif st.is_policy:
        st.kind = "action_plan" if re.search(r"(行动计划|行动方案|实施方案)", st.title) else "measures"
    # sections and the measures they hold
    for s in section_matches:
        st.sections.append(Section(number=cn_to_int(s.group("n")) or 0, title=s.group("title").strip(), start=s.start(), end=len(text)))
    for a, b in zip(st.sections, st.sections[1:]):
        a.end = b.start
    for m in st.measures:
        for s in st.sections:
            if s.start <= m.start < s.end:
                m.section = f"{'一二三四五六七八九十'[s.number - 1] if 0 < s.number <= 10 else s.number}、{s.title}"
    first = st.measures[0].start if st.measures else min(len(text), 3000)
    st.issuer_region = (0, first)
    return st
