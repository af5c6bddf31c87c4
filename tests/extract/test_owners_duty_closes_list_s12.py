"""``…按职责分工负责`` closing a labelled list makes every listed unit co-responsible (README: "…按职责
分工负责 → every listed unit in lead") also when the list's last items, set off by ，, name no unit — a
class (各设区市人民政府), a company (中国铁路呼和浩特局集团有限公司), the governments of several places
(四市人民政府) — a company whose name holds 和 too: neimenggu-nd-hubaoewu-integration-measures-trad (``責任單位:自治區發展改革委、財政廳,
中國鐵路呼和浩特局集團有限公司,四市人民政府按職責分工負責``, gold: both units lead). Session 7 read
the phrase after a comma-set-off class as the class's own clause (the first listed leading); that
reading stays only where the document states its lists' order (排在首位的为牵头单位): the stated
convention reads the list. Written here for Guangxi and Shaanxi lists."""

from owner_support import explicit_owners, extract_text, quotes_are_original

GUANGXI = """广西壮族自治区人民政府办公厅关于印发推进北部湾城市群交通一体化若干措施的通知
（一）建设城际铁路网。加快南宁至玉林城际铁路建设。（责任单位：自治区发展改革委、交通运输厅，广西北部湾国际港务集团有限公司，各设区市人民政府按职责分工负责）
（二）完善港口集疏运体系。推进铁路进港。（责任单位：自治区交通运输厅、财政厅，广西和润交通投资集团有限公司，三市人民政府按职责分工负责，下同）
（三）优化航线。开通国际航线。（责任单位：自治区交通运输厅、商务厅）
"""

STATED = """陕西省人民政府办公厅关于印发某某若干措施的通知
各项任务责任单位中排在首位的为牵头单位。
1.建设城际铁路。加快项目建设。（责任单位：省发展改革委、省交通运输厅，各设区市人民政府按职责分工负责）
"""


def test_the_duty_phrase_closes_the_list_past_a_company_and_a_class_set_off_by_commas():
    doc, ex = extract_text(GUANGXI, "duty-closes-list.txt")
    got = explicit_owners(ex)
    assert got["建设城际铁路网"] == {("广西壮族自治区发展和改革委员会", "lead"), ("广西壮族自治区交通运输厅", "lead")}
    assert got["完善港口集疏运体系"] == {("广西壮族自治区交通运输厅", "lead"), ("广西壮族自治区财政厅", "lead")}
    # a list with no duty phrase: the first listed leads
    assert got["优化航线"] == {("广西壮族自治区交通运输厅", "lead"), ("广西壮族自治区商务厅", "support")}
    quotes_are_original(doc, ex)


def test_a_stated_order_convention_still_reads_the_list():
    doc, ex = extract_text(STATED, "duty-closes-list-stated.txt")
    got = explicit_owners(ex)
    assert got["建设城际铁路"] == {("陕西省发展和改革委员会", "lead"), ("陕西省交通运输厅", "support")}
