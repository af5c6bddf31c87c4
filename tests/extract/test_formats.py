"""Policies nobody has seen, in other formats and numbering styles, end to end: file →
read_document → extract. Owners, measures and evidence must survive DOCX, HTML full of
scripts, PDF and GBK text alike."""

from __future__ import annotations

import docx
import pytest

from medgraph.catalog import load_catalog
from medgraph.documents import read_document
from medgraph.extract import extract

CAT = load_catalog()
MEASURES = [
    ("第一条", "支持创新药临床试验。鼓励医疗机构承接更多国际多中心临床试验。（牵头单位：市卫生健康委；配合单位：市药监局）"),
    ("第二条", "完善医保支付。将符合条件的创新药纳入医保支付范围，支持商业健康保险。（责任单位：市医保局、市卫生健康委）"),
    ("第三条", "便利药械进出口。在天竺综合保税区开展进口医疗器械通关便利试点。"),
    ("第四条", "强化知识产权保护。建立专利快速预审机制。"),
]
TITLE = "北京市朝阳区促进医药健康产业发展若干措施"


def _id(name: str) -> str:
    return CAT.find_by_name(name).id


def _check(path):
    doc = read_document(path)
    ex = extract(doc, CAT)
    measures = sorted((n for n in ex.nodes if n.label == "Measure"), key=lambda n: n.props["number"])
    assert [m.props["number"] for m in measures] == [1, 2, 3, 4]
    assert measures[0].props["heading"] == "支持创新药临床试验"
    leads = {(e.source, e.target, e.props["role"]) for e in ex.edges if e.type == "LEADS"}
    assert (_id("北京市卫生健康委员会"), measures[0].id, "lead") in leads
    assert (_id("北京市药品监督管理局"), measures[0].id, "support") in leads
    assert (_id("北京市医疗保障局"), measures[1].id, "lead") in leads
    # no annotation: the remit rule names customs for 进出口/通关 and the IP office for 专利
    assert (_id("中华人民共和国北京海关"), measures[2].id, "lead") in leads
    assert (_id("北京市知识产权局"), measures[3].id, "lead") in leads
    for e in ex.edges:
        for ev in e.evidence:
            assert doc.original[ev.start:ev.end] == ev.quote
    return doc, ex


def test_docx_policy(tmp_path):
    d = docx.Document()
    d.add_heading(f"关于印发《{TITLE}》的通知", 1)
    d.add_paragraph("各有关单位：现将《" + TITLE + "》印发给你们，请认真执行。")
    for marker, body in MEASURES:
        d.add_paragraph(f"{marker} {body}")
    p = tmp_path / "chaoyang.docx"
    d.save(p)
    _check(p)


def test_html_policy_with_scripts_and_navigation(tmp_path):
    items = "".join(f"<p>{m} {b}</p><script>var x='{m}（牵头单位：市商务局）';</script>" for m, b in MEASURES)
    html = (
        "<html><head><title>t</title><style>p{color:red}</style><script>track('北京市医疗保障局')</script></head>"
        "<body><nav>首页 | 政策文件 | 市发展改革委</nav>"
        f"<div class='content'><h1>关于印发《{TITLE}》的通知</h1><p>现将《{TITLE}》印发给你们。</p>{items}</div>"
        "<footer>主办：北京市朝阳区人民政府</footer></body></html>"
    )
    p = tmp_path / "chaoyang.html"
    p.write_text(html, encoding="utf-8")
    doc, ex = _check(p)
    assert "track(" not in doc.original and "首页" not in doc.original
    assert not any(n.name == "北京市商务局" for n in ex.nodes), "text inside <script> must not become facts"


def test_gbk_text_policy_in_arabic_numbering(tmp_path):
    body = "\n".join(f"{i}. {b}" for i, (_, b) in enumerate(MEASURES, 1))
    p = tmp_path / "chaoyang-gbk.txt"
    p.write_bytes((f"关于印发《{TITLE}》的通知\n现将《{TITLE}》印发给你们。\n" + body).encode("gbk"))
    doc, _ = _check(p)
    assert doc.encoding in ("gb18030", "gbk")


def test_pdf_policy(tmp_path):
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    p = tmp_path / "chaoyang.pdf"
    c = canvas.Canvas(str(p))
    c.setFont("STSong-Light", 11)
    y = 800
    for line in [f"关于印发《{TITLE}》的通知", f"现将《{TITLE}》印发给你们。", *(f"{m} {b}" for m, b in MEASURES)]:
        while line:  # wrap long lines the way a typeset page does
            c.drawString(40, y, line[:44])
            line = line[44:]
            y -= 18
    c.save()
    _check(p)
