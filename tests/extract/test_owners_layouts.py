"""Owner layouts read by rules for kinds of text (extract/owners.py, extract/tables.py), on
small documents written for these tests (none is a copy of a corpus document):

- work-point items that close each sentence with ``（A、B负责落实，完成时限：…）`` — several per
  item, ``分别负责落实``, a class that 分别负责 names nobody — and a list the end of the file cuts
  before its duty word, read like the document's other lists;
- role words alone as labels (``（牵头：A；配合：B）``) and a 责任单位 list beside a 配合单位 list;
- ``A、B等区政府有关部门``: the units before 等 are listed, the class after it is not;
- an approval's request to its addressee (``望你市…``);
- task tables copied with blanks between cells whose cells wrap over lines (units one per
  line, a task broken by the page width), a row whose empty cell left no trace, and tables with
  ``|`` or tabs whose cells wrap.

Exact lead/support sets; evidence quotes checked against the original text."""

from medgraph.extract.tables import find_tables
from medgraph.textnorm import normalize

from owner_support import explicit_owners, extract_text, quotes_are_original


def _doc(text: str):
    return extract_text(text, "owners-layouts.txt")


def _quotes(ex, body: str) -> list[str]:
    names = {x.id: x.name for x in ex.nodes}
    return [ev.quote for e in ex.edges if e.type == "LEADS" and names[e.source] == body for ev in e.evidence]


WORK_POINTS = """昆明市2031年政务公开工作要点
为进一步做好政务公开工作，制定本要点。
一、围绕重点领域做好公开
1.做好医药产业政策公开。及时发布产业政策文件。（市工信局、市科技局负责落实，完成时限：2031年10月）
2.做好医疗保障信息公开。按季度公开基金运行情况。（市医保局负责落实）公开集中采购结果。（市医保局、市卫健委分别负责落实）做好政策解读。（市政府各部门分别负责，年内持续推进）
3.做好公共卫生信息公开。及时发布疫情信息。（市卫健委、市民政局、市市场监管局、
"""


def test_duty_lists_after_each_sentence_make_every_listed_unit_responsible():
    doc, ex = _doc(WORK_POINTS)
    got = explicit_owners(ex)
    assert got["做好医药产业政策公开"] == {("昆明市工业和信息化局", "lead"), ("昆明市科学技术局", "lead")}
    # two lists in one item, one with 分别; a class (市政府各部门) names nobody
    assert got["做好医疗保障信息公开"] == {("昆明市医疗保障局", "lead"), ("昆明市卫生健康委员会", "lead")}
    # cut by the end of the file before its duty word: read like the document's other lists
    assert got["做好公共卫生信息公开"] == {("昆明市卫生健康委员会", "lead"), ("昆明市民政局", "lead"),
                                         ("昆明市市场监督管理局", "lead")}
    assert _quotes(ex, "昆明市工业和信息化局") == ["市工信局、市科技局负责落实"]
    quotes_are_original(doc, ex)


def test_a_cut_list_in_a_document_of_plain_lists_keeps_the_first_listed_lead():
    text = ("太原市促进医药产业发展的若干措施\n"
            "1.建设医药产业园。加快园区建设。（市发展改革委、市财政局）\n"
            "2.培育龙头企业。支持企业做大做强。（市工信局、市商务局）\n"
            "3.引进高端人才。落实人才政策。（市人社局、市科技局、")
    doc, ex = _doc(text)
    assert explicit_owners(ex)["引进高端人才"] == {("太原市人力资源和社会保障局", "lead"), ("太原市科学技术局", "support")}
    quotes_are_original(doc, ex)


ROLE_WORDS = """合肥市人民政府办公室关于印发医药产业若干措施的通知
各县（市、区）人民政府，市政府各部门：
1.建设医药产业园。加快园区建设。（牵头：市发展改革委；配合：市财政局、市科技局）
2.培育龙头企业。支持企业做大做强。（牵头:市经信局,配合:市商务局）
3.引进高端人才。落实人才政策。（责任单位：市人社局、市科技局；协同单位：市财政局）
4.优化审批服务。压缩审批时限。（责任单位：市数据资源局、市市场监管局）
"""


def test_role_words_alone_label_lists_and_responsible_units_beside_supporters_lead():
    doc, ex = _doc(ROLE_WORDS)
    got = explicit_owners(ex)
    assert got["建设医药产业园"] == {("合肥市发展和改革委员会", "lead"), ("合肥市财政局", "support"),
                                   ("合肥市科学技术局", "support")}
    assert got["培育龙头企业"] == {("合肥市经济和信息化局", "lead"), ("合肥市商务局", "support")}
    # beside a list of supporting units, every responsible unit leads
    assert got["引进高端人才"] == {("合肥市人力资源和社会保障局", "lead"), ("合肥市科学技术局", "lead"),
                                  ("合肥市财政局", "support")}
    # a 责任单位 list alone: the first listed leads
    assert got["优化审批服务"] == {("合肥市数据资源局", "lead"), ("合肥市市场监督管理局", "support")}
    assert _quotes(ex, "合肥市商务局") == ["配合:市商务局"]
    quotes_are_original(doc, ex)


def test_units_listed_before_a_class_are_owners_the_class_is_not():
    text = ("西安市促进医药产业发展的若干措施\n"
            "1.建设医药产业园。加快园区建设。（牵头单位：市发展改革委；配合单位：市财政局、市科技局等市直有关部门）\n"
            "2.培育龙头企业。支持企业做大做强。（牵头单位：市工信局；配合单位：各县区政府）\n")
    doc, ex = _doc(text)
    got = explicit_owners(ex)
    assert got["建设医药产业园"] == {("西安市发展和改革委员会", "lead"), ("西安市财政局", "support"),
                                   ("西安市科学技术局", "support")}
    assert got["培育龙头企业"] == {("西安市工业和信息化局", "lead")}
    quotes_are_original(doc, ex)


APPROVAL = """江苏省人民政府关于同意设立无锡医药创新园的批复
无锡市人民政府：
你市《关于设立无锡医药创新园的请示》收悉。经研究，批复如下：
一、同意设立无锡医药创新园，规划面积5平方公里。
二、望你市加强组织领导，完善管理体制，推动园区高质量发展。
三、请省发展改革委、省科技厅加强指导，及时协调解决园区建设中的重大问题。
"""


def test_a_request_to_the_addressee_or_to_named_bodies_makes_them_owners():
    doc, ex = _doc(APPROVAL)
    got = explicit_owners(ex)
    assert got["望你市加强组织领导，完善管理体制，推动园区高质量发展"] == {("无锡市人民政府", "lead")}
    assert got["请省发展改革委、省科技厅加强指导，及时协调解决园区建设中的重大问题"] == {
        ("江苏省发展和改革委员会", "lead"), ("江苏省科学技术厅", "lead")}
    assert got["同意设立无锡医药创新园，规划面积5平方公里"] == set()
    quotes_are_original(doc, ex)


# a table copied from a PDF with blanks between its cells: row 2's responsible units are one
# per line, row 3's task wraps at the page width, row 4's supporting cell was empty
BLANK_TABLE = """福州市2031年医药产业重点任务分解表
序号 重点任务 主要责任单位 协同配合单位 完成期限
1 建设生物医药产业园，完善园区配套。 市发改委 市财政局、市自然资源局等市直有关部门，市统计局。 2031年12月底
2 推动创新药械进入医院，完善挂网采购机制。 市卫健委
市医保局
市市场监管局
市财政局、市工信局等市直有关部门。 2031年12月底
3 引进生物医药龙头企业和研发机构，建设中试
平台和公共服务平台。 市商务局 市科技局 2031年6月底
4 培育医药健康领域高层次人才。 市人社局 2031年12月底
"""


def test_a_blank_separated_table_whose_cells_wrap_over_lines():
    doc, ex = _doc(BLANK_TABLE)
    got = explicit_owners(ex)
    assert got == {
        "建设生物医药产业园，完善园区配套": {("福州市发展和改革委员会", "lead"), ("福州市财政局", "support"),
                                         ("福州市自然资源局", "support"), ("福州市统计局", "support")},
        # the responsible cell one unit per line: all lead beside the supporting column
        "推动创新药械进入医院，完善挂网采购机制": {("福州市卫生健康委员会", "lead"), ("福州市医疗保障局", "lead"),
                                             ("福州市市场监督管理局", "lead"), ("福州市财政局", "support"),
                                             ("福州市工业和信息化局", "support")},
        "引进生物医药龙头企业和研发机构，建设中试平台和公共服务平台": {("福州市商务局", "lead"), ("福州市科学技术局", "support")},
        "培育医药健康领域高层次人才": {("福州市人力资源和社会保障局", "lead")},
    }
    assert sorted(x.props["number"] for x in ex.nodes if x.label == "Measure") == [1, 2, 3, 4]
    assert _quotes(ex, "福州市医疗保障局") == ["市卫健委\n市医保局\n市市场监管局"]
    quotes_are_original(doc, ex)


def test_rows_of_a_blank_separated_table_are_not_joined_as_a_paragraph():
    norm, _ = normalize(BLANK_TABLE)
    assert "2031年12月底\n2 推动" in norm and "2031年6月底\n4 培育" in norm


def test_pipe_and_tab_tables_whose_cells_wrap():
    pipes = ("| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n"
             "| 1 | 建设医药产业园 | 市发展改革委 | 市财政局、\n市科技局 |\n"
             "| 2 | 培育龙头企业 | 市工信局 | 市商务局 |\n")
    t = find_tables(pipes)
    assert len(t) == 1
    assert [[pipes[a:b] for _, a, b in r.owners] for r in t[0].rows] == [
        ["市发展改革委", "市财政局、\n市科技局"], ["市工信局", "市商务局"]]
    tabs = ("序号\t重点任务\t责任单位\t完成时限\n"
            "1\t建设医药产业园\t市发展改革委、市财政局、\n市科技局\t2031年底\n"
            "2\t培育龙头企业\t市工信局、市商务局\t2031年6月\n")
    t = find_tables(tabs)
    assert [tabs[a:b] for a, b in (r.task for r in t[0].rows)] == ["建设医药产业园", "培育龙头企业"]
    assert [[tabs[a:b] for _, a, b in r.owners] for r in t[0].rows] == [
        ["市发展改革委、市财政局、\n市科技局"], ["市工信局、市商务局"]]


def test_a_row_short_of_a_cell_that_is_not_the_empty_supporting_one_ends_the_table():
    # no deadline column: which cell is missing cannot be told — the row is no row
    text = ("序号 重点任务 牵头单位 配合单位\n1 建设医药产业园 市发展改革委 市财政局\n"
            "2 培育龙头企业 市工信局 市商务局\n3 引进人才 市人社局\n")
    t = find_tables(text)
    assert len(t) == 1 and [r.number for r in t[0].rows] == [1, 2]


# --- task cards, cells on their own lines, one cell per line, merged headers ---------------

CARD = """重点任务督办单
任务12
重点工作：建设国家区域医疗中心。
牵头单位：市卫健委
配合单位：市发展改革委、市财政局
完成时限：2031年底
进展情况：
1.已完成选址论证。
2.正在编制建设方案。
"""


def test_a_task_card_is_a_measure_with_its_field_owners_and_its_steps_are_not():
    doc, ex = extract_text("南宁市" + CARD, "owners-card.txt")
    assert explicit_owners(ex) == {"建设国家区域医疗中心": {("南宁市卫生健康委员会", "lead"),
                                                     ("南宁市发展和改革委员会", "support"), ("南宁市财政局", "support")}}
    assert _quotes(ex, "南宁市财政局") == ["市发展改革委、市财政局"]
    quotes_are_original(doc, ex)


# a table flattened one cell per line whose header kept only its owner labels: each item's
# trailing lines of bare unit names are its owner cells, blank lines between cells
CELL_LINES = """兰州市人民政府办公室关于印发中医药工作要点责任清单的通知
各县区人民政府，市政府有关部门：
现将《中医药工作要点责任清单》印发给你们，请认真贯彻落实。
兰州市中医药工作要点责任清单
牵头单位

责任单位

一、提升中药材生产水平

1.推进中药材良种繁育

1.建设种子种苗繁育基地。
2.加强种质资源保护。

市农业农村局
市科技局

市财政局、市水利局

2.推进中药材质量追溯

1.建设质量追溯平台。

市市场监管局

各县区人民政府

3.推进中药材产地加工

1.建设产地加工中心。
"""


def test_bare_unit_lines_closing_an_item_are_its_owner_cells_in_column_order():
    doc, ex = extract_text(CELL_LINES, "owners-cells.txt")
    got = explicit_owners(ex)
    assert got["推进中药材良种繁育"] == {("兰州市农业农村局", "lead"), ("兰州市科学技术局", "lead"),
                                     ("兰州市财政局", "support"), ("兰州市水利局", "support")}
    # a class in the second column names nobody
    assert got["推进中药材质量追溯"] == {("兰州市市场监督管理局", "lead")}
    quotes_are_original(doc, ex)


def test_one_cell_per_line_rows_whose_task_runs_over_lines():
    text = ("序号\n重点任务\n牵头单位\n配合单位\n完成时限\n"
            "1\n建设医药产业园\n推进园区配套建设\n市发展改革委\n市财政局、市科技局\n2031年底\n"
            "2\n培育龙头企业\n市工信局\n市商务局\n2031年6月\n"
            "3\n引进高端人才\n市人社局\n市财政局\n市科技局\n持续推进\n"
            "4\n建设公共平台\n市科技局\n市财政局\n2031年底\n")
    t = find_tables(text)
    assert len(t) == 1
    rows = t[0].rows
    assert [r.number for r in rows] == [1, 2, 3, 4]
    assert text[slice(*rows[0].task)] == "建设医药产业园\n推进园区配套建设"
    assert [[text[a:b] for _, a, b in r.owners] for r in rows] == [
        ["市发展改革委", "市财政局、市科技局"], ["市工信局", "市商务局"],
        # three lines of bodies for two owner cells: which cell took two cannot be told
        ["", ""], ["市科技局", "市财政局"]]


def test_a_merged_owner_header_and_numbered_pieces_inside_task_cells():
    text = ("昆明市人民政府办公室关于印发医药产业重点任务分工的通知\n"
            "| 序号 | 重点任务 | 责任单位 | |\n| | | 牵头 | 配合 |\n"
            "| 1 | 建设医药产业园。（1）完善园区配套；（2）建设公共平台。 | 市发展改革委 | 市财政局 |\n"
            "| 2 | 培育龙头企业 | 市工信局 | 市商务局 |\n")
    doc, ex = extract_text(text, "owners-merged.txt")
    # the sub-header names the owner columns; the (1)(2) pieces stay inside the row's task
    assert explicit_owners(ex) == {
        "建设医药产业园": {("昆明市发展和改革委员会", "lead"), ("昆明市财政局", "support")},
        "培育龙头企业": {("昆明市工业和信息化局", "lead"), ("昆明市商务局", "support")},
    }
    quotes_are_original(doc, ex)


def test_one_cell_per_line_rows_whose_last_cells_were_empty():
    # the remarks cell of row 2 is empty (a page drops the line): the row still runs to row 3
    text = ("序号\n\n项目内容\n\n牵头单位\n\n备注\n\n1\n\n建设医药产业园。\n\n市发展改革委\n\n市级实事\n\n"
            "2\n\n培育龙头企业。\n\n市工信局\n\n3\n\n引进高端人才。\n\n市人社局\n\n市级实事\n")
    t = find_tables(text)
    assert len(t) == 1
    assert [(r.number, text[slice(*r.task)], [text[a:b] for _, a, b in r.owners]) for r in t[0].rows] == [
        (1, "建设医药产业园。", ["市发展改革委"]), (2, "培育龙头企业。", ["市工信局"]), (3, "引进高端人才。", ["市人社局"])]
    # a row short of its owner cell is still a row (its task is stated); its owner cell is empty
    text = "序号\n项目内容\n牵头单位\n1\n建设医药产业园\n市发展改革委\n2\n培育龙头企业\n3\n引进人才\n市人社局\n"
    t = find_tables(text)
    assert [(r.number, text[slice(*r.task)], [text[a:b] for _, a, b in r.owners]) for r in t[0].rows] == [
        (1, "建设医药产业园", ["市发展改革委"]), (2, "培育龙头企业", [""]), (3, "引进人才", ["市人社局"])]


# --- lists with classes and organisations among their units, 分别牵头, square brackets --------

LISTS = """长春市人民政府办公厅关于印发2031年重点工作责任分解的通知
各区人民政府，市政府各委办局：
1.精简审批手续。推进网上审批。（市市场监管局牵头，市发改委、市住建局、市级相关部门配合）
2.居民收入增速保持领先。
责任单位：市人社局、市农业农村局分别牵头
3.巩固疫情防控成果。[牵头单位:市卫健委(市中医药局);责任单位:市教育局、市爱卫会成员单位、各县区人民政府]
4.征收残疾人就业保障金。落实减免政策。（市残联、市财政局、市民政局负责）
5.加强项目储备。建立项目库。（市发改委牵头，市财政局、市水务局等部门，市城投公司、各街道办事处配合）
"""


def test_lists_with_classes_organisations_and_inner_brackets():
    doc, ex = _doc(LISTS)
    got = explicit_owners(ex)
    # a class among the supporting units does not hide the others
    assert got["精简审批手续"] == {("长春市市场监督管理局", "lead"), ("长春市发展和改革委员会", "support"),
                                 ("长春市住房和城乡建设局", "support")}
    # A、B分别牵头: each leads
    assert got["居民收入增速保持领先"] == {("长春市人力资源和社会保障局", "lead"), ("长春市农业农村局", "lead")}
    # [牵头单位:A(its other name);责任单位:…]: the square bracket closes the list, the name in
    # brackets is the same bureau's; X成员单位 is a class
    assert got["巩固疫情防控成果"] == {("长春市卫生健康委员会", "lead"), ("长春市教育局", "support")}
    # a people's organisation the finder does not know does not hide the bureaus beside it
    assert got["征收残疾人就业保障金"] >= {("长春市财政局", "lead"), ("长春市民政局", "lead")}
    # an enterprise among the supporting units is no owner and does not hide the others
    assert got["加强项目储备"] == {("长春市发展和改革委员会", "lead"), ("长春市财政局", "support"),
                                 ("长春市水务局", "support")}
    quotes_are_original(doc, ex)


def test_header_labels_spaced_out_or_opening_with_a_year():
    text = ("序号\n\n2031年预期目标\n\n牵 头 单 位\n\n配 合 单 位\n\n1\n\n地区生产总值增长6%\n\n市发展改革委\n\n市统计局\n\n"
            "2\n\n一般公共预算收入增长5%\n\n市财政局\n\n市税务局\n\n3\n\n建设科学城\n\n推动实验室落地，引进研发机构")
    t = find_tables(text)
    assert len(t) == 1
    # the last row, cut by the end of the file, keeps its task and no owner cell
    assert [(r.number, text[slice(*r.task)], [text[a:b] for _, a, b in r.owners]) for r in t[0].rows] == [
        (1, "地区生产总值增长6%", ["市发展改革委", "市统计局"]), (2, "一般公共预算收入增长5%", ["市财政局", "市税务局"]),
        (3, "建设科学城", ["", ""])]
    assert [c.role for c, _, _ in t[0].rows[0].owners] == ["lead", "support"]


# --- more label words, owners after the last item, a closing sentence of owners -----------

MORE_LABELS = """贵阳市人民政府办公厅关于印发医药产业若干措施的通知
各区（市、县）人民政府，市政府各工作部门：
1.建设医药产业园。加快园区建设。（主办单位：市发展改革委；协办单位：市财政局）
2.培育龙头企业。支持企业做大做强。（牵头单位及责任人：市工信局 张某）
3.引进高端人才。落实人才政策。市人社局、市科技局负责。
4.优化审批服务。压缩审批时限。
（市政务服务中心牵头，市市场监管局、市商务局参与）
5.建设公共平台。完善服务功能。
责任单位：
市科技局、市财政局
"""


def test_more_label_words_a_closing_sentence_and_owner_lines_after_the_last_item():
    doc, ex = _doc(MORE_LABELS)
    got = explicit_owners(ex)
    assert got["建设医药产业园"] == {("贵阳市发展和改革委员会", "lead"), ("贵阳市财政局", "support")}
    # a label that also names the person in charge: the units are the owners
    assert got["培育龙头企业"] == {("贵阳市工业和信息化局", "lead")}
    # the item closes with a sentence naming its owners: all co-responsible
    assert got["引进高端人才"] == {("贵阳市人力资源和社会保障局", "lead"), ("贵阳市科学技术局", "lead")}
    assert got["优化审批服务"] >= {("贵阳市市场监督管理局", "support"), ("贵阳市商务局", "support")}
    # the last item: a label whose units are on the next line
    assert got["建设公共平台"] == {("贵阳市科学技术局", "lead"), ("贵阳市财政局", "support")}
    assert _quotes(ex, "贵阳市人力资源和社会保障局") == ["市人社局、市科技局负责"]
    quotes_are_original(doc, ex)
