"""documents.read_document / read_bytes / normalize: formats, encodings, page-break repair,
running footers, offsets back to the original, and bad inputs. Real parsers, no mocks."""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

import pytest

from medgraph.documents import Document, DocumentError, read_bytes, read_document
from medgraph.textnorm import normalize, to_halfwidth, to_simplified

CORPUS = Path(__file__).resolve().parents[1] / "loaders" / "corpus"
SEEDS = sorted(CORPUS.glob("*.txt"))

# Policy text written for these tests (simplified and traditional).
POLICY_SC = (
    "北京市支持创新医药高质量发展若干措施\n\n"
    "(一)提升国际临床试验能力。由市卫生健康委牵头,市医保局、市药监局配合,"
    "支持医疗机构开展国际多中心临床试验,推动创新药械加快进入临床应用。\n\n"
    "(二)加快医疗机器人入院。鼓励医疗机构采购国产创新医疗器械,对符合条件的产品给予支持。\n"
)
POLICY_TC = (
    "北京市支持創新醫藥高質量發展若干措施\n\n"
    "(一)提升國際臨床試驗能力。由市衛生健康委牽頭,市醫保局、市藥監局配合,"
    "支持醫療機構開展國際多中心臨床試驗,推動創新藥械加快進入臨床應用。\n\n"
    "(二)加快醫療機器人入院。鼓勵醫療機構採購國產創新醫療器械,對符合條件的產品給予支持。\n"
)


def seed(prefix: str) -> Document:
    (path,) = [p for p in SEEDS if p.name.startswith(prefix)]
    return read_document(path)


def simplify_quote(q: str) -> str:
    return to_halfwidth(to_simplified(q))


# --------------------------------------------------------------------------- seeds


def test_seeds_exist():
    assert len(SEEDS) >= 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_each_seed_reads(path):
    doc = read_document(path)
    assert doc.format == "txt" and doc.encoding in ("utf-8", "utf-8-sig")
    assert doc.id == "doc-" + path.stem and re.fullmatch(r"[A-Za-z0-9_.\-\u4e00-\u9fff]+", doc.id)
    assert doc.path == str(path)
    assert len(doc.sha256) == 64
    assert doc.normalized.strip() and len(doc.normalized) <= len(doc.original)
    norm, offsets = normalize(doc.original)
    assert norm == doc.normalized
    assert len(offsets) == len(norm) + 1 and offsets[-1] == len(doc.original)
    assert offsets == sorted(offsets) and len(set(offsets)) == len(offsets)


def test_traditional_seed_simplified():
    doc = seed("000")
    assert "醫保局" in doc.original
    assert "北京市医保局" in doc.normalized
    assert "市卫生健康委" in doc.normalized
    assert len(doc.normalized) == len(doc.original)  # nothing removed: pure script conversion


def test_page_breaks_repaired_and_footer_removed():
    doc = seed("002")
    assert "临床应\n\n用" in doc.original
    assert "临床应用" in doc.normalized
    assert "医疗机器人" in doc.normalized
    assert "北京市人民政府公报" in doc.original
    assert "北京市人民政府公报" not in doc.normalized
    # the issuer list at the top is content, not a running header
    for issuer in ("北京市医疗保障局", "北京市卫生健康委员会", "北京市知识产权局", "中华人民共和国北京海关"):
        assert issuer in doc.normalized
    # headings are not glued to the paragraph after them
    assert "\n### 一、提升创新医药临床研究水平\n" in doc.normalized
    # the quote of a repaired word shows the original text with its page break
    i = doc.normalized.index("临床应用")
    assert doc.quote(i, i + 4) == "临床应\n\n用"


def test_single_line_seed_unchanged():
    doc = seed("003")
    assert doc.normalized == to_halfwidth(doc.original)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_random_spans_quote_back(path):
    doc = read_document(path)
    norm, offsets = normalize(doc.original)
    rng = random.Random(path.name)
    n = len(doc.normalized)
    checked = 0
    for _ in range(400):
        s = rng.randrange(0, n)
        e = min(n, s + rng.randint(1, 40))
        qs, qe = doc.to_original(s, e)
        assert (qs, qe) == (offsets[s], offsets[e - 1] + 1)
        contiguous = offsets[e - 1] - offsets[s] == e - 1 - s
        q = doc.quote(s, e)
        if contiguous:
            assert simplify_quote(q) == doc.normalized[s:e]
            checked += 1
        else:  # across a removed page break / footer: same text once line breaks are dropped
            flat = re.sub(r"\s+", "", simplify_quote(q)).replace("北京市人民政府公报", "")
            assert flat == re.sub(r"\s+", "", doc.normalized[s:e])
    assert checked > 300


def test_to_original_edges():
    doc = read_bytes("一二三\n\n北京市人民政府公报\n\n四五六。".encode(), "x.txt")
    assert "北京市人民政府公报" not in doc.normalized
    n = len(doc.normalized)
    assert doc.to_original(0, 0) == (0, 0)
    assert doc.to_original(n, n) == (len(doc.original), len(doc.original))
    assert doc.to_original(0, n) == (0, len(doc.original))
    with pytest.raises(ValueError):
        doc.to_original(0, n + 1)


# --------------------------------------------------------------------------- normalize


def test_normalize_fullwidth_and_brackets():
    text = "ＡＢＣ１２３（一）京医保发〔2026〕4号，支持。"
    norm, offsets = normalize(text)
    assert norm == "ABC123(一)京医保发〔2026〕4号，支持。"
    assert offsets == list(range(len(text) + 1))


def test_normalize_page_break_rules():
    body = "为充分发挥国际科技创新中心引领作用,加快推动本市医药健康产业创新发展,助力药物研发与临床应"
    norm, _ = normalize(body + "\n\n用。下一句。")
    assert "临床应用。下一句。" in norm
    # page break with a running footer in the gap
    norm, _ = normalize(body + "\n\n北京市人民政府公报\n\n用。下一句。")
    assert "临床应用。下一句。" in norm
    # a markdown heading is never joined to what follows
    norm, _ = normalize("## 二、优化创新药械审评审批加快推动本市医药健康产业创新发展\n\n完善审评审批机制。")
    assert "审评审批加快推动本市医药健康产业创新发展\n\n完善" in norm
    # numbered next line: a new item, not a continuation
    norm, _ = normalize(body + "\n\n(三)强化协同。")
    assert "临床应\n\n(三)" in norm
    norm, _ = normalize(body + "\n一、总体要求。")
    assert "临床应\n一、" in norm
    # sentence-final punctuation ends the paragraph
    norm, _ = normalize(body + "。\n\n用于测试的新段落,内容较长。")
    assert "。\n\n用于" in norm
    # a short previous line (title) is not joined
    norm, _ = normalize("关于印发若干措施的通知\n\n各有关单位,现将措施印发。")
    assert "通知\n\n各有关" in norm
    # a long title without punctuation is not joined either
    norm, _ = normalize("北京市医疗保障局北京市卫生健康委员会关于印发若干措施的通知\n各有关单位,现将措施印发。")
    assert "通知\n各有关" in norm
    # a short title line after a paragraph fragment is not a continuation
    norm, _ = normalize(body + "\n\n人工智能赋能产业\n\n正文,内容。")
    assert "临床应\n\n人工智能赋能产业" in norm


def test_running_footers_and_page_numbers():
    para = "支持医疗机构开展国际多中心临床试验,推动创新药械加快进入临床应用,持续提升北京医药健康产业国际影响力"
    text = (
        "北京市医疗保障局\n北京市卫生健康委员会\n\n"
        + para + "\n\n- 1 -\n\n" + "用" + "。第二段。\n\n" + para + "\n\n第 2 页\n\n" + "的" + "。第三段。\n\n"
        + "北京市医疗保障局\n北京市卫生健康委员会\n"
    )
    norm, _ = normalize(text)
    assert "- 1 -" not in norm and "第 2 页" not in norm
    assert "影响力用。第二段" in norm and "影响力的。第三段" in norm
    assert norm.count("北京市医疗保障局") == 2  # issuer/signature blocks are content


def test_signature_block_repeated_top_and_bottom_kept():
    para = "经市政府同意,现将若干措施印发给你们,请认真执行。"
    block = "北京市医疗保障局\n\n京医保发〔2026〕4号\n\n2026年4月7日\n\n"
    norm, _ = normalize(block + para + "\n\n" + block)
    assert norm.count("北京市医疗保障局") == 2 and norm.count("2026年4月7日") == 2
    assert norm.count("京医保发〔2026〕4号") == 2
    norm, _ = normalize("北京市医疗保障局\n\n" + para * 20 + "\n\n北京市医疗保障局\n")
    assert norm.count("北京市医疗保障局") == 2
    # but a line repeated at the very end (last page footer) is a running footer
    norm, _ = normalize(para * 20 + "\n\n医药简报\n\n" + para + "\n\n医药简报\n")
    assert "医药简报" not in norm


def test_repeated_short_footer_in_gaps_removed():
    para = "支持医疗机构开展国际多中心临床试验,推动创新药械加快进入临床应用,持续提升北京医药健康产业"
    text = f"{para}\n\n医药创新简报\n\n国际影响力。\n\n{para}\n\n医药创新简报\n\n国际竞争力。\n"
    norm, _ = normalize(text)
    assert "医药创新简报" not in norm
    assert "产业国际影响力。" in norm and "产业国际竞争力。" in norm


def test_crlf_line_endings():
    body = "为充分发挥国际科技创新中心引领作用,加快推动本市医药健康产业创新发展,助力药物研发与临床应"
    text = f"标题\r\n\r\n{body}\r\n\r\n用。下一句。\r\n(二)第二条。\r\n"
    doc = read_bytes(text.encode(), "crlf.txt")
    assert "\r" not in doc.normalized
    assert "临床应用。下一句。\n(二)第二条。" in doc.normalized
    i = doc.normalized.index("下一句")
    assert doc.quote(i, i + 3) == "下一句"


def test_break_before_closing_punctuation_and_after_opening_quote():
    body = "为充分发挥国际科技创新中心引领作用,加快推动本市医药健康产业创新发展,打造“首发站"
    norm, _ = normalize(body + "\n\n”和“加速器”。")
    assert "首发站”和" in norm
    norm, _ = normalize(body + "和“\n\n加速器”。")
    assert "和“加速器”。" in norm


def test_transcript_speaker_lines_kept():
    turn = "谢谢主持人。今年以来,我们持续推进创新药械临床试验,支持医疗机构开展国际多中心临床试验。"
    text = "".join(f"主持人\n\n{turn}\n\n记者\n\n{turn}\n\n" for _ in range(4))
    norm, _ = normalize(text)
    assert norm.count("主持人") >= 4 and norm.count("记者") == 4


def test_table_rows_not_joined():
    text = "支持开展国际多中心临床试验,推动创新药械加快进入临床应用\t市卫生健康委\n医疗机器人入院\t市医保局\n"
    assert normalize(text)[0] == text


def test_normalize_invariants_random():
    rng = random.Random(7)
    alphabet = list("北京市醫保局衛生健康委临床应用医疗机器人。，、；：！？（）()ＡＢＣ１２３abc 　\t\n\n\n\r\x0c") + [
        "北京市人民政府公报", "- 3 -", "第 2 页", "## 二、", "(一)", "1.", "\u200b"]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120)))
        norm, offsets = normalize(text)
        assert len(offsets) == len(norm) + 1 and offsets[-1] == len(text)
        assert all(a < b for a, b in zip(offsets, offsets[1:]))
        conv = to_halfwidth(to_simplified(text)).replace("\x0c", "\n")
        assert all(conv[o] == c for o, c in zip(offsets, norm))


def test_document_without_spans_recomputes_map():
    text = "北京市醫保局\n\n北京市人民政府公报\n"
    norm, _ = normalize(text)
    doc = Document(id="doc-x", path="x", original=text, normalized=norm, sha256="", encoding="utf-8", format="txt")
    i = norm.index("医保局")
    assert doc.quote(i, i + 3) == "醫保局"


def test_to_simplified_keeps_length():
    for s in ("乾隆皇帝著作頭髮瞭解", "於是後來裡面", "北京市醫保局、市衛生健康委", "ＡＢＣ「」『』〔〕"):
        assert len(to_simplified(s)) == len(s)
    assert to_simplified("醫療機器人") == "医疗机器人"
    from medgraph.textnorm import _convert_char_by_char

    assert _convert_char_by_char("頭髮於是醫療") == "头发于是医疗"  # fallback: exact length, no phrases
    assert to_simplified("") == ""


# --------------------------------------------------------------------------- encodings


def test_gbk_file(tmp_path):
    p = tmp_path / "gbk_policy.txt"
    p.write_bytes(POLICY_SC.encode("gbk"))
    doc = read_document(p)
    assert doc.encoding == "gb18030"
    assert doc.original == POLICY_SC
    assert "市卫生健康委牵头" in doc.normalized


def test_gb18030_file(tmp_path):
    text = POLICY_SC + "罕见字𠀀。"
    p = tmp_path / "gb18030.txt"
    p.write_bytes(text.encode("gb18030"))
    doc = read_document(p)
    assert doc.encoding == "gb18030" and doc.original == text


def test_big5_file(tmp_path):
    p = tmp_path / "big5_policy.txt"
    p.write_bytes(POLICY_TC.encode("big5"))
    doc = read_document(p)
    assert doc.encoding == "big5"
    assert doc.original == POLICY_TC
    assert "市卫生健康委牵头" in doc.normalized and "医疗机器人" in doc.normalized


def test_big5_seed_000(tmp_path):
    text = (CORPUS / next(p.name for p in SEEDS if p.name.startswith("000"))).read_text("utf-8")
    data = text.encode("big5", errors="ignore")
    p = tmp_path / "000-big5.txt"
    p.write_bytes(data)
    doc = read_document(p)
    assert doc.encoding == "big5" and "北京市医保局" in doc.normalized


def test_short_gbk_and_big5(tmp_path):
    for enc, text in (("gbk", "市医保局牵头。"), ("big5", "市醫保局牽頭。")):
        p = tmp_path / f"short-{enc}.txt"
        p.write_bytes(text.encode(enc))
        doc = read_document(p)
        assert doc.original == text, enc


def test_utf8_bom(tmp_path):
    p = tmp_path / "bom.md"
    p.write_bytes(b"\xef\xbb\xbf" + POLICY_SC.encode("utf-8"))
    doc = read_document(p)
    assert doc.encoding == "utf-8-sig" and doc.format == "md"
    assert doc.original == POLICY_SC and not doc.original.startswith("\ufeff")


def test_read_bytes_same_as_file(tmp_path):
    p = tmp_path / "same.txt"
    p.write_text(POLICY_SC, encoding="utf-8")
    a, b = read_document(p), read_bytes(POLICY_SC.encode(), "same.txt")
    assert (a.normalized, a.sha256, a.id) == (b.normalized, b.sha256, b.id)


def test_id_is_url_safe():
    doc = read_bytes(POLICY_SC.encode(), "uploads/若干 措施(2026)#1.txt")
    assert doc.id == "doc-若干-措施-2026--1"


# --------------------------------------------------------------------------- formats

HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>若干措施</title>
<style>.x { color: red } 样式文字</style><script>alert('x')</script></head>
<body><header>网站首页 | 登录</header><nav><a href="/">导航栏目</a></nav>
<div id="content"><h1>北京市支持创新医药高质量发展若干措施</h1>
<p>(一)提升国际临床试验能力。由<b>市卫生健康委</b>牵头,
市医保局配合。</p><p>(二)加快医疗机器人入院。</p>
<table><tr><td>牵头单位</td><td>市药监局</td></tr></table><!-- 注释 --></div>
<aside>相关阅读</aside><noscript>请启用脚本</noscript><footer>版权所有 北京市人民政府</footer>
<script type="text/javascript">var a = "脚本";</script></body></html>"""


def test_html_main_text():
    doc = read_bytes(HTML.encode("utf-8"), "page.html")
    assert doc.format == "html"
    t = doc.original
    for junk in ("alert", "color", "样式", "导航", "网站首页", "相关阅读", "请启用", "版权所有", "脚本", "注释"):
        assert junk not in t, junk
    assert "北京市支持创新医药高质量发展若干措施\n" in t
    assert "由市卫生健康委牵头, 市医保局配合。" in t  # inline tags do not split the sentence
    assert "(一)提升国际临床试验能力" in t and "\n(二)加快医疗机器人入院。" in t
    assert "牵头单位\t市药监局" in t


GOV_HTML = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div class="header"><div class="logo">首都之窗</div><ul class="nav"><li>首页</li><li>政务公开</li></ul></div>
<div class="breadcrumb">当前位置:首页 &gt; 政策文件</div>
<div id="mainText"><div class="TRS_Editor">
<p style="text-indent:2em">各有关单位:</p>
<p>经市政府同意,现将《北京市支持创新医药高质量发展若干措施(2026年)》印发给你们,请认真执行。</p>
<pre>附表   牵头单位
  市医保局</pre>
</div></div>
<div id="footer"><p>主办:北京市人民政府办公厅 版权所有</p></div>
<div class="share">分享到:微信 微博</div></body></html>"""


def test_html_site_chrome_by_class():
    doc = read_bytes(GOV_HTML.encode("utf-8"), "gov.html")
    for junk in ("首都之窗", "政务公开", "当前位置", "版权所有", "分享到"):
        assert junk not in doc.original, junk
    assert "各有关单位:\n经市政府同意" in doc.original
    assert "附表   牵头单位\n市医保局" in doc.original  # <pre> keeps its line breaks


def test_html_gbk_declared(tmp_path):
    html = HTML.replace('charset="utf-8"', 'charset="gb2312"')
    p = tmp_path / "page.htm"
    p.write_bytes(html.encode("gbk"))
    doc = read_document(p)
    assert doc.encoding == "gb18030" and "市卫生健康委牵头" in doc.normalized


def test_xhtml_xml_declared_encoding():
    html = '<?xml version="1.0" encoding="big5"?><html><body><p>市衛生健康委牽頭。</p></body></html>'
    doc = read_bytes(html.encode("big5"), "page.xhtml")
    assert doc.encoding == "big5" and "市卫生健康委牵头" in doc.normalized


def test_docx(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_heading("北京市支持创新医药高质量发展若干措施", level=1)
    d.add_paragraph("(一)提升国际临床试验能力。由市卫生健康委牵头,市医保局配合。")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "措施", "牵头单位"
    table.cell(1, 0).text, table.cell(1, 1).text = "医疗机器人入院", "市卫生健康委"
    d.add_paragraph("(二)加快醫療機器人入院。")
    p = tmp_path / "measures.docx"
    d.save(p)
    doc = read_document(p)
    assert doc.format == "docx"
    lines = doc.original.split("\n")
    assert lines[0] == "北京市支持创新医药高质量发展若干措施"
    assert "措施\t牵头单位" in lines and "医疗机器人入院\t市卫生健康委" in lines
    assert lines.index("措施\t牵头单位") < lines.index("(二)加快醫療機器人入院。")  # body order kept
    assert "(二)加快医疗机器人入院。" in doc.normalized


def test_docx_automatic_numbering(tmp_path):
    """Word list numbers are not in paragraph.text; measures numbered (一)(二) by Word keep them."""
    docx = pytest.importorskip("docx")
    from docx.oxml.ns import qn

    d = docx.Document()
    items = [d.add_paragraph(t, style="List Number") for t in ("提升国际临床试验能力。", "布局重点方向。", "强化协同创新。")]
    # make the List Number definition Chinese: "（%1）" with chineseCounting, as policy templates do
    num_id = items[0].style.element.pPr.numPr.numId.val
    numbering = d.part.numbering_part.element
    num = next(n for n in numbering.iter(qn("w:num")) if n.get(qn("w:numId")) == str(num_id))
    abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    an = next(a for a in numbering.iter(qn("w:abstractNum")) if a.get(qn("w:abstractNumId")) == abstract_id)
    lvl0 = next(lv for lv in an.iter(qn("w:lvl")) if lv.get(qn("w:ilvl")) == "0")
    lvl0.find(qn("w:numFmt")).set(qn("w:val"), "chineseCounting")
    lvl0.find(qn("w:lvlText")).set(qn("w:val"), "（%1）")
    d.add_paragraph("普通段落。")
    p = tmp_path / "numbered.docx"
    d.save(p)
    doc = read_document(p)
    assert doc.original.split("\n")[:4] == ["（一）提升国际临床试验能力。", "（二）布局重点方向。", "（三）强化协同创新。", "普通段落。"]
    assert "(二)布局重点方向。" in doc.normalized


def _make_pdf(path: Path, pages: list[list[str]]) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    c = canvas.Canvas(str(path))
    for lines in pages:
        c.setFont("STSong-Light", 12)
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 20
        c.showPage()
    c.save()


def test_pdf_cjk(tmp_path):
    # reportlab's built-in CID font (no system font needed); pdfminer maps it back via its CMaps
    p = tmp_path / "policy.pdf"
    _make_pdf(
        p,
        [
            ["北京市支持创新医药高质量发展若干措施", "(一)由市卫生健康委牵头,支持医疗机构开展国际多中心临床试验,推动创新药械加快进入临床应", "北京市人民政府公报"],
            ["用。支持医疗机器人入院。", "2"],
        ],
    )
    doc = read_document(p)
    assert doc.format == "pdf"
    assert "北京市支持创新医药高质量发展若干措施" in doc.original
    assert "市卫生健康委牵头" in doc.normalized
    assert "临床应用。支持医疗机器人入院。" in doc.normalized
    assert "北京市人民政府公报" not in doc.normalized


def test_pdf_wrapped_paragraphs_across_pages(tmp_path):
    """Visual line wraps and a page break (with running footer and page number) inside a
    paragraph are re-joined, so every paragraph is one line of the normalized text."""
    pytest.importorskip("reportlab")
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    seed_text = seed("002").normalized
    paras = [
        re.sub(r"\s+", "", ln)
        for ln in seed_text.split("\n")
        if re.match(r"^\([一二三四五六七八九十]+\)", ln) and len(ln) > 150
    ][:8]
    assert len(paras) >= 6
    style = ParagraphStyle("cn", fontName="STSong-Light", fontSize=12, leading=18, wordWrap="CJK")

    def footer(c, d):
        c.setFont("STSong-Light", 9)
        c.drawString(250, 30, "北京市人民政府公报")
        c.drawString(280, 15, f"- {d.page} -")

    p = tmp_path / "wrapped.pdf"
    SimpleDocTemplate(str(p)).build([Paragraph(t, style) for t in paras], onFirstPage=footer, onLaterPages=footer)
    doc = read_document(p)
    assert "\x0c" in doc.original  # more than one page
    flat = re.sub(r"\s+", "", doc.normalized)
    for t in paras:
        assert t in flat, t[:30]
    # every wrap inside a sentence is joined; a line may still end at a sentence end (。),
    # where plain text cannot tell a line wrap from a paragraph end
    lines = [ln.strip() for ln in doc.normalized.split("\n") if ln.strip()]
    assert lines and all(ln[-1] in "。；：”" for ln in lines), [ln[-10:] for ln in lines if ln[-1] not in "。；：”"]
    assert any("不少于120项" in ln for ln in lines)  # wrap before a number joined too
    assert "公报" not in doc.normalized and not re.search(r"- \d+ -", doc.normalized)
    line = next(ln for ln in lines if "不少于120项" in ln)
    i = doc.normalized.index(line)
    q = doc.quote(i, i + len(line))
    assert "\n" in q and re.sub(r"\s+", "", q) == re.sub(r"\s+", "", line)


# --------------------------------------------------------------------------- bad input


def _err(path_or_data, name: str | None = None) -> str:
    with pytest.raises(DocumentError) as ei:
        if name is None:
            read_document(path_or_data)
        else:
            read_bytes(path_or_data, name)
    return str(ei.value)


def test_empty_and_whitespace(tmp_path):
    for name, data in (("empty.txt", b""), ("blank.md", " \n\t\r\n\u3000".encode())):
        p = tmp_path / name
        p.write_bytes(data)
        msg = _err(p)
        assert name in msg and "empty document" in msg


def test_binary_text_file(tmp_path):
    p = tmp_path / "blob.txt"
    p.write_bytes(bytes(range(256)) * 40)
    msg = _err(p)
    assert "blob.txt" in msg and "binary" in msg


def test_undecodable_without_nul(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes(random.Random(1).randrange(1, 32) for _ in range(4000)))
    assert "noise.txt" in _err(p)


def test_truncated_pdf(tmp_path):
    full = tmp_path / "full.pdf"
    _make_pdf(full, [["北京市支持创新医药高质量发展若干措施"]])
    data = full.read_bytes()
    p = tmp_path / "broken.pdf"
    p.write_bytes(data[: len(data) // 3])
    msg = _err(p)
    assert "broken.pdf" in msg and "PDF" in msg


def test_not_a_pdf(tmp_path):
    p = tmp_path / "fake.pdf"
    p.write_text("这不是PDF文件", encoding="utf-8")
    assert "fake.pdf" in _err(p)


def test_truncated_docx(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("由市卫生健康委牵头。" * 50)
    full = tmp_path / "full.docx"
    d.save(full)
    data = full.read_bytes()
    p = tmp_path / "cut.docx"
    p.write_bytes(data[: len(data) // 2])
    msg = _err(p)
    assert "cut.docx" in msg and "docx" in msg.lower()


def test_zip_bomb_docx(tmp_path):
    p = tmp_path / "bomb.docx"
    with zipfile.ZipFile(p, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (30 * 1024 * 1024) + b"</w:document>")
    msg = _err(p)
    assert "bomb.docx" in msg and "zip bomb" in msg


def test_unknown_suffix(tmp_path):
    p = tmp_path / "policy.xlsx"
    p.write_bytes(b"whatever")
    msg = _err(p)
    assert "policy.xlsx" in msg and ".xlsx" in msg and ".docx" in msg and ".pdf" in msg
    assert "noext" in _err(b"abc", "noext")


def test_missing_file(tmp_path):
    assert "nope.txt" in _err(tmp_path / "nope.txt")


def test_size_limit(tmp_path, monkeypatch):
    """The limit is the caller's (documents.py reads no environment); the pipeline passes
    MEDGRAPH_MAX_FILE_BYTES from the settings it is given."""
    from medgraph.pipeline import load
    from medgraph.settings import Settings
    from medgraph.store.embedded import EmbeddedStore

    p = tmp_path / "big.txt"
    p.write_text("医" * 200, encoding="utf-8")
    with pytest.raises(DocumentError, match="too large") as ei:
        read_document(p, max_bytes=100)
    assert "big.txt" in str(ei.value)
    with pytest.raises(DocumentError, match="too large"):
        read_bytes(("医" * 200).encode(), "up.txt", max_bytes=100)
    assert read_document(p).original == "医" * 200   # the default limit (64 MiB)
    s = EmbeddedStore(tmp_path / "data")
    try:
        report = load(s, [p], settings=Settings(MEDGRAPH_MAX_FILE_BYTES=100, MEDGRAPH_DATA_DIR=str(tmp_path)))
    finally:
        s.close()
    assert [path for path, _ in report.failed] == [str(p)] and "too large" in report.failed[0][1]


def test_errors_are_not_value_errors():
    # the API maps DocumentError to a 4xx; a bad file must never surface as another exception
    for data, name in ((b"\x00\x01", "a.txt"), (b"%PDF-1.4 garbage", "a.pdf"), (b"PK\x03\x04junk", "a.docx"),
                       (b"<html><body></body></html>", "a.html")):
        with pytest.raises(DocumentError):
            read_bytes(data, name)


# --------------------------------------------------------------------------- encodings (issue 16, item 3)

# Texts written for this test (none from the seeds), from 2 to 60+ characters, in both scripts.
OWN_TEXTS_SC = [
    "通知",
    "会议纪要",
    "市财政局牵头负责。",
    "今天下午三点在会议室开会，请准时参加。",
    "天津市科学技术局关于组织申报重点研发计划项目的通知",
    "对首次获得国家级认定的企业，一次性给予五十万元奖励。",
    "第一条 为了规范医疗器械注册管理，根据有关法律法规，制定本办法。",
    "杭州市经济和信息化局、杭州市财政局：现将有关事项通知如下，请结合实际认真贯彻落实。" * 3,
]


@pytest.mark.parametrize("text", OWN_TEXTS_SC)
@pytest.mark.parametrize("enc,expect", [("gb18030", "gb18030"), ("gbk", "gb18030"), ("utf-8", "utf-8")])
def test_simplified_text_detected_in_each_encoding(text, enc, expect):
    doc = read_bytes(text.encode(enc), "own.txt")
    assert (doc.encoding, doc.original) == (expect, text)


@pytest.mark.parametrize("text", OWN_TEXTS_SC)
def test_traditional_text_detected_in_big5(text):
    import opencc

    trad = opencc.OpenCC("s2tw").convert(text)   # Taiwan standard forms: all in Big5 (爲 is not)
    doc = read_bytes(trad.encode("big5"), "own-big5.txt")
    assert (doc.encoding, doc.original) == ("big5", trad)


def test_detection_list_is_general_not_the_seeds():
    """The typical characters come from charset-normalizer's Chinese frequency table and the
    common blocks of GB2312/Big5: no speaker's name of one transcript."""
    import opencc
    from charset_normalizer.constant import FREQUENCIES

    from medgraph.documents import _char_weights

    w = _char_weights()
    top = "".join(FREQUENCIES["Chinese"])
    forms = set(top) | {c for cfg in ("s2t", "s2tw", "s2hk") for c in opencc.OpenCC(cfg).convert(top)}
    assert {c for c, v in w.items() if v == 1.0} == forms  # nothing added by hand
    assert w["医"] == 0.3 and w["醫"] == 0.3                 # common blocks of GB2312 / Big5
    assert "隗" not in w                                     # a rare surname (a speaker in the bundled transcript)


# --------------------------------------------------------------------------- scraped-page debris (issue 12, item 7)


def test_pinyin_inserted_by_a_page_is_removed_before_matching():
    text = "北京市藥監(jiān)局與市醫(yī)保局推動創(chuàng)新，支持CDMO(合同研發生產組織)和(BioPark)建設(2026年)。"
    doc = read_bytes(text.encode("utf-8"), "scraped.txt")
    assert doc.normalized == "北京市药监局与市医保局推动创新，支持CDMO(合同研发生产组织)和(BioPark)建设(2026年)。"
    i = doc.normalized.index("药监局")
    assert doc.quote(i, i + 3) == "藥監(jiān)局"          # evidence: the original slice, pinyin and all
    assert doc.display(i, i + 3) == "藥監局"                # what a person reads
    assert doc.display(0, len(doc.normalized)).startswith("北京市藥監局與市醫保局推動創新，")


def test_gateway_vocabulary_folded_in_traditional_text_only():
    trad = "北京市支持創新醫藥高品質發展若干措施\n加強智慧財產權保護，推動網際網路醫院建設。\n"
    doc = read_bytes(trad.encode("big5"), "gateway.txt")
    assert doc.normalized == "北京市支持创新医药高质量发展若干措施\n加强知识产权保护，推动互联网医院建设。\n"
    i = doc.normalized.index("知识产权")
    assert doc.quote(i, i + 4) == "智慧財產權"              # a shorter fold still quotes the whole phrase
    j = doc.normalized.index("互联网")
    assert doc.quote(j, j + 3) == "網際網路"
    # a mainland text keeps its own wording (高品质 is a mainland word too)
    sc = read_bytes("建设高品质特色园区10家。".encode("utf-8"), "sc.txt")
    assert sc.normalized == "建设高品质特色园区10家。"


def test_display_joins_page_breaks_and_drops_footers_quote_keeps_them():
    text = ("各区要进一步完善创新药械入院使用的工作机制，加快推动创新成果在临床应\n\n— 3 —\n\n"
            "用，形成可复制推广的经验。\n")
    doc = read_bytes(text.encode("utf-8"), "breaks.txt")
    assert "临床应用" in doc.normalized
    i = doc.normalized.index("临床应用")
    assert doc.quote(i, i + 4) == "临床应\n\n— 3 —\n\n用"
    assert doc.display(i, i + 4) == "临床应用"
    assert doc.display(0, len(doc.normalized)) == doc.normalized  # simplified input: display == normalized here


# --------------------------------------------------------------------------- no Chinese text (issue 12, item 7)


def test_latin1_file_is_refused_with_a_clear_message(tmp_path):
    p = tmp_path / "bericht.txt"
    p.write_bytes("Maßnahmen zur Förderung der Gesundheitswirtschaft in Düsseldorf, Größe über alles.".encode("latin-1"))
    msg = _err(p)
    assert msg.startswith(f"{p}: no Chinese text")


def test_mojibake_html_is_refused_and_named(tmp_path):
    garbled = "北京市医疗保障局关于印发若干措施的通知".encode("utf-8").decode("latin-1")
    p = tmp_path / "garbled.html"
    p.write_bytes(f"<html><body><p>{garbled}</p></body></html>".encode("utf-8"))
    msg = _err(p)
    assert msg.startswith(f"{p}: no Chinese text") and "mojibake" in msg and "latin-1" in msg


def test_random_high_bytes_are_no_chinese_text(tmp_path):
    p = tmp_path / "noise-gb.txt"
    p.write_bytes(bytes(range(0xA1, 0xFF)) * 3)   # decodes as GB18030, but to symbols and rare characters
    assert _err(p).startswith(f"{p}: no readable Chinese text")


def test_loader_reports_a_file_without_chinese_and_loads_the_rest(tmp_path):
    from medgraph.pipeline import load
    from medgraph.store.embedded import EmbeddedStore

    (tmp_path / "a-latin1.txt").write_bytes("Résumé des mesures, coût et qualité.".encode("latin-1"))
    (tmp_path / "b-policy.txt").write_bytes(POLICY_SC.encode("utf-8"))
    store = EmbeddedStore(tmp_path / "graph")
    report = load(store, [tmp_path / "a-latin1.txt", tmp_path / "b-policy.txt"], workers=1)
    assert [(Path(p).name, r.startswith("no Chinese text")) for p, r in report.failed] == [("a-latin1.txt", True)]
    assert {m.props["heading"] for m in store.nodes("Measure")} == {"提升国际临床试验能力", "加快医疗机器人入院"}
