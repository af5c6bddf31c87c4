"""Fuzzing document reading and extraction (hypothesis, bounded for CI): arbitrary text —
CJK, full-width punctuation, numbering markers, headings, newlines, page-break debris,
control characters — as bytes through read_bytes → extract. Only DocumentError may
escape, and every edge's evidence quotes the original text exactly at [start:end]."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from medgraph.documents import DocumentError, read_bytes
from medgraph.extract import extract

PIECES = [
    "北京市医疗保障局", "市医保局", "醫保局", "北京市卫生健康委员会", "北京经济技术开发区", "亦庄", "亦莊", "BioPark",
    "国际医药创新公园", "牵头单位：", "责任单位:", "配合单位：", "（一）", "(十七)", "第十七条", "17.", "１７．", "三十二、",
    "# ", "## ", "### ", "\n", "\n\n", "\r\n", "\f", "—— 3 ——", "- 12 -", "，", "。", "；", "、", "：", "（", "）",
    "【", "】", "《", "》", "“", "”", "设立规模100亿元的创新医药产业基金", "支持", "在", "设立", "落户", "手术机器人",
    "创新药械入院使用", "印发", "京医保发〔2026〕4号", "2026年1月15日", "\u3000", " ", "\t", "\u200b", "\ufeff",
]
noise = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12),
                           st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=8)),
                 max_size=6).map("".join)
marker = st.sampled_from(["（一）", "(二)", "（十七）", "第三条", "1.", "２．", "十、", "- ", "", "### (三十二)"])
bureau = st.sampled_from(["北京市医疗保障局", "市医保局", "醫保局", "北京市卫生健康委员会", "市药监局", "北京经济技术开发区管委会",
                          "北京市人民政府", "各区政府"])
role = st.sampled_from(["牵头单位：", "责任单位:", "配合单位：", "（牵头单位：", "由", ""])
clause = st.sampled_from(["完善创新药械入院使用", "在北京经济技术开发区设立国际医药创新公园", "设立规模100亿元的创新医药产业基金，支持BioPark建设",
                          "支持手术机器人在亦庄落户", "北京市医疗保障局印发本措施", ""])
line = st.tuples(marker, noise, clause, noise, role, bureau, st.sampled_from(["；", "。", "", "）"]), noise).map("".join)
newline = st.sampled_from(["\n", "\r\n", "\n\n", "\f\n", "\n— 2 —\n"])
structured = st.tuples(st.sampled_from(["# 北京市关于支持创新医药高质量发展的若干措施", "北京市医疗保障局 北京市卫生健康委员会关于印发…的通知",
                                        "", "## 新闻"]), st.lists(line, max_size=14), newline) \
    .map(lambda t: t[2].join([t[0], *t[1]]))
free = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12),
                          st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x4FFF), max_size=8)),
                max_size=60).map("".join)
text = st.one_of(structured, structured, free)
suffix = st.sampled_from(["x.txt", "x.md", "x.html"])
encoding = st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"])


def _check(data: bytes, name: str):
    """The Extraction of ``data`` after checking every evidence span; None when the bytes are
    refused with a DocumentError (the only error allowed to escape)."""
    try:
        doc = read_bytes(data, name)
    except DocumentError:
        return None
    ex = extract(doc)
    n = len(doc.original)
    for e in ex.edges:
        assert e.evidence, e.key
        for ev in e.evidence:
            if ev.document != doc.id:  # catalog evidence quotes the catalog, not this document
                continue
            assert 0 <= ev.start <= ev.end <= n, (ev, n)
            assert doc.original[ev.start:ev.end] == ev.quote, (ev.quote, doc.original[ev.start:ev.end])
    return ex


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)
@given(text=text, name=suffix, enc=encoding)
def test_text_through_read_and_extract(text, name, enc):
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "surrogatepass") if enc != "utf-8" else text.encode("utf-8", "replace")
    if name.endswith(".html"):
        data = b"<html><body><p>" + text.replace("\n", "</p><p>").encode("utf-8", "replace") + b"</p></body></html>"
    _check(data, name)


@settings(max_examples=60, deadline=None, database=None)
@given(data=st.binary(max_size=2000), name=st.sampled_from(["x.txt", "x.md", "x.html", "x.pdf", "x.docx"]))
def test_arbitrary_bytes_only_documenterror(data, name):
    _check(data, name)


def _cn(n: int) -> str:
    """1..99 in Chinese numerals (十七, 二十, 三十二)."""
    d = "零一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens == 1 else d[tens]) + "十" if tens else "") + (d[ones] if ones else "")


@pytest.mark.parametrize("measures", [3, 40])
def test_structured_policy_spans(measures):
    """The known-good case: a well-formed GB18030 policy with CRLF and form feeds reads, and
    every measure gets exactly its annotated lead and support, quoted exactly."""
    lines = ["# 北京市关于支持创新医药高质量发展的若干措施", ""]
    for i in range(1, measures + 1):
        lines.append(f"（{_cn(i)}）措施{i}。牵头单位：北京市医疗保障局；配合单位：北京市卫生健康委员会。\f")
    ex = _check("\r\n".join(lines).encode("gb18030"), "p.txt")
    assert ex is not None, "a well-formed policy must read"
    numbers = sorted(n.props["number"] for n in ex.nodes if n.label == "Measure")
    assert numbers == list(range(1, measures + 1))
    leads = sorted((e.source, e.props["role"], e.evidence[0].quote) for e in ex.edges if e.type == "LEADS")
    assert leads == sorted([("bureau-bj-healthcare-security", "lead", "牵头单位：北京市医疗保障局"),
                            ("bureau-bj-health-commission", "support", "配合单位：北京市卫生健康委员会")] * measures)
