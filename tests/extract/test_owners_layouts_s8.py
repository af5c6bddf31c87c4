"""Owner layouts met in session 8 (held-6 opened), each on a document written for the test in
another province's style: the layout gives its owners with evidence quoting the source, and its
near-misses give none.

- a division-of-work text whose numbered item is only a heading sentence, its tasks the
  unnumbered paragraphs below it, each sentence run closed by an owner note
  (``（三）加快建设…平台。`` / ``深入实施…。（省科技厅牵头，省教育厅、省财政厅等按职责分工负责）``):
  the notes own the item, their union (layout of the State Council's and the provinces' 重点工作
  部门分工 opinions; seen in guojia-2016-govreport-division-kjb-excerpt)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

SHAANXI = """来源：陕西省人民政府 https://example.gov.cn/c/3.html
陕西省人民政府关于落实《政府工作报告》重点工作部门分工的意见
陕政发〔2025〕9号
各设区市人民政府，省人民政府各工作部门：
现就落实《政府工作报告》确定的重点工作提出部门分工意见如下。
二、扎实推进科技创新
（三）加快建设秦创原创新驱动平台。
深入实施科技成果转化改革，支持高校院所建设概念验证中心。（省科技厅牵头，省教育厅、省财政厅等按职责分工负责）
培育壮大科技型中小企业，落实研发费用加计扣除政策。（省工业和信息化厅牵头，省科技厅、省税务局按职责分工负责）
"""

_ITEM = "加快建设秦创原创新驱动平台"


def _leads(doc, ex) -> dict[str, list[str]]:
    """body name → the quotes of its explicit LEADS evidence."""
    names = {x.id: x.name for x in ex.nodes}
    out: dict[str, list[str]] = {}
    for e in ex.edges:
        if e.type == "LEADS":
            out.setdefault(names[e.source], []).extend(ev.quote for ev in e.evidence if ev.method == "explicit")
    return out


def test_paragraphs_closed_by_notes_under_the_last_item_give_its_owners():
    doc, ex = extract_text(SHAANXI, "shaanxi.txt")
    assert explicit_owners(ex) == {_ITEM: {
        ("陕西省科学技术厅", "lead"), ("陕西省工业和信息化厅", "lead"),
        ("陕西省教育厅", "support"), ("陕西省财政厅", "support"), ("国家税务总局陕西省税务局", "support")}}
    quotes_are_original(doc, ex)
    first = "省科技厅牵头，省教育厅、省财政厅等按职责分工负责"
    second = "省工业和信息化厅牵头，省科技厅、省税务局按职责分工负责"
    leads = _leads(doc, ex)
    assert leads["陕西省科学技术厅"] == [first]          # a lead of one note, a supporter of the other: lead
    assert leads["陕西省工业和信息化厅"] == [second]
    assert leads["陕西省教育厅"] == [first]
    ev = next(ev for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.quote == second)
    assert SHAANXI.index(second) == ev.start and ev.end == ev.start + len(second)


def test_an_excerpt_cut_after_the_last_note_keeps_the_notes_before_the_cut():
    # the pasted paragraphs joined onto one line, the page cut inside the next task
    text = SHAANXI.replace("负责）\n培育", "负责）培育").rstrip("\n") + "深化科技管理体制改革，扩大高校和科研院所自主"
    doc, ex = extract_text(text, "shaanxi-cut.txt")
    assert {b for b, _ in explicit_owners(ex)[_ITEM]} == {
        "陕西省科学技术厅", "陕西省工业和信息化厅", "陕西省教育厅", "陕西省财政厅", "国家税务总局陕西省税务局"}
    quotes_are_original(doc, ex)


def test_a_paragraph_without_a_note_ends_the_item_s_tasks():
    # the paragraph below the item states no owner: the note further down is no longer the item's
    text = SHAANXI.replace("深入实施科技成果转化改革，支持高校院所建设概念验证中心。（省科技厅牵头，省教育厅、省财政厅等按职责分工负责）",
                           "全省上下要凝聚合力，确保各项任务落地见效。")
    doc, ex = extract_text(text, "shaanxi-none.txt")
    assert explicit_owners(ex) == {_ITEM: set()}


def test_a_numbered_heading_below_the_item_is_no_task_of_it():
    # the notes stand under the next section's heading (三、保障措施), not under the item
    text = SHAANXI.replace("深入实施", "三、保障措施\n深入实施")
    doc, ex = extract_text(text, "shaanxi-section.txt")
    assert explicit_owners(ex).get(_ITEM, set()) == set()


def test_a_bracket_that_states_no_duty_is_no_note():
    # （2025年底前完成）: a deadline in brackets closes the paragraph, no unit is made responsible
    text = SHAANXI.replace("（省科技厅牵头，省教育厅、省财政厅等按职责分工负责）", "（2025年底前完成）") \
        .replace("（省工业和信息化厅牵头，省科技厅、省税务局按职责分工负责）", "（省科技厅、省税务局等有关部门）")
    doc, ex = extract_text(text, "shaanxi-deadline.txt")
    assert explicit_owners(ex) == {_ITEM: set()}
