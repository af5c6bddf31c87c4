"""Task-division tables flattened to text in the layouts pages and PDFs give (extract/tables.py):
one cell per line with a ``|`` after each cell, a column of persons (责任领导) and a deadline
beside the owners, a cell the page left empty, a header spaced out (主  要  任  务) or written
with a year (2031年预期目标), an assessment table whose rows are uneven (a group cell, a list of
units one per line, a column of bodies that only assess), a file cut inside a row.
Documents written for these tests (invented tables of the same kinds, not corpus text); exact
measures, lead/support sets and quotes against the original."""

from medgraph.extract.tables import column_kind, find_tables

from owner_support import explicit_owners as _explicit
from owner_support import extract_text
from owner_support import quotes_are_original as _quotes_are_original


def _doc(text: str):
    return extract_text(text, "tables-layouts.txt")


def _measures(ex) -> list[tuple[int, str]]:
    return sorted((x.props["number"], x.name) for x in ex.nodes if x.label == "Measure")


def _quotes(ex) -> set[tuple[str, str]]:
    names = {x.id: x.name for x in ex.nodes}
    return {(names[e.source], ev.quote) for e in ex.edges if e.type == "LEADS" for ev in e.evidence
            if ev.method == "explicit"}


def test_column_words_say_each_columns_kind_in_any_spelling():
    assert column_kind("序号") == ("number", "")
    assert column_kind("主  要  工  作  任  务") == ("task", "")
    assert column_kind("2031年预期目标") == ("task", "")
    assert column_kind("牵头单位 |") == ("owner", "lead")
    assert column_kind("配合单位") == ("owner", "support")
    assert column_kind("协办单位") == ("owner", "support")
    assert column_kind("经办单位") == ("owner", "support")
    assert column_kind("责任单位（部门）") == ("owner", "")
    assert column_kind("责任领导") == ("person", "")
    assert column_kind("分管领导") == ("person", "")
    assert column_kind("责任人") == ("person", "")
    assert column_kind("完成时限") == ("time", "")
    assert column_kind("评分部门") == ("units", "")
    assert column_kind("备注") == ("other", "")


# one cell per line, each closed by " |"; 责任领导 names persons; 完成时限 is no owner
PIPE_LINES = """昆山市经济开发区2031年重点工作责任清单
序号 |
重点工作 |
责任领导 |
责任单位 |
完成时限 |
1 |
推进智能装备产业园二期建设，力争年内 主体完工。 |
王某某 |
招商局、规划建设局 |
2031年底 |
2 |
完善园区污水管网，新建雨污分流管道12公里。 |
李某 |
规划建设局 |
全年 |
"""


def test_one_cell_per_line_closed_by_pipes_with_a_persons_column():
    doc, ex = _doc(PIPE_LINES)
    assert _measures(ex) == [(1, "推进智能装备产业园二期建设，力争年内 主体完工"), (2, "完善园区污水管网，新建雨污分流管道12公里")]
    t = find_tables(doc.normalized)
    assert len(t) == 1
    # the owner cells are the 责任单位 column's: never the person, never the deadline
    cells = [[doc.normalized[a:b] for _, a, b in r.owners] for r in t[0].rows]
    assert cells == [["招商局、规划建设局"], ["规划建设局"]]
    assert [c.label for c, _, _ in t[0].rows[0].owners] == ["责任单位"]
    _quotes_are_original(doc, ex)


# a progress table: 当前进度 and 备注 beside the owner column; row 2's progress cell is empty
# (the page dropped its line), so its owner stands where the progress was
PROGRESS = """宁海县人民政府办公室关于2031年民生实事项目进度的通报
序号

项目内容

当前进度

牵头单位

备注

1

新建城乡公交候车亭60座。

85%

县交通运输局

县级项目

2

改造老旧小区12个。

县住建局

县级项目

3

新增托育机构托位300个。

70%(两处选址调整)

县卫健局

市级项目
"""


def test_a_progress_table_with_a_cell_left_empty():
    doc, ex = _doc(PROGRESS)
    assert _measures(ex) == [(1, "新建城乡公交候车亭60座"), (2, "改造老旧小区12个"), (3, "新增托育机构托位300个")]
    assert _explicit(ex) == {
        "新建城乡公交候车亭60座": {("宁海县交通运输局", "lead")},
        "改造老旧小区12个": {("宁海县住房和城乡建设局", "lead")},
        "新增托育机构托位300个": {("宁海县卫生健康局", "lead")},
    }
    assert ("宁海县住房和城乡建设局", "县住建局") in _quotes(ex)
    _quotes_are_original(doc, ex)


# an assessment table: a group column before 序号 (its cell stands before the group's first
# row), rows of uneven length, two responsible units one per line, and a column of the bodies
# that score the task (评分部门) — they assess, they do not own
ASSESSMENT = """岱山县人民政府办公室关于印发2031年生态建设考核任务清单的通知
考核类别
序号
考核指标
考核内容
单位
年度目标
责任部门
评分部门
生态保护
1
提升森林覆盖率
新增造林面积
亩
500
县林业局
县农业农村局
市林业局
2
湿地保护率
%
全市统筹
县自然资源和规划局
市资源规划局
3
河湖水质达标
断面达标率
%
95
县水利局
市生态环境局
"""


def test_an_assessment_table_with_uneven_rows_and_a_scoring_column():
    doc, ex = _doc(ASSESSMENT)
    assert _measures(ex) == [(1, "提升森林覆盖率"), (2, "湿地保护率"), (3, "河湖水质达标")]
    t = find_tables(doc.normalized)
    assert [[doc.normalized[a:b] for _, a, b in r.owners] for r in t[0].rows] == [
        ["县林业局\n县农业农村局"], ["县自然资源和规划局"], ["县水利局"]]
    got = _explicit(ex)
    # two 责任部门 one per line, no convention stated: the first leads
    assert got["提升森林覆盖率"] == {("岱山县林业局", "lead"), ("岱山县农业农村局", "support")}
    assert got["湿地保护率"] == {("岱山县自然资源和规划局", "lead")}
    assert got["河湖水质达标"] == {("岱山县水利局", "lead")}
    _quotes_are_original(doc, ex)


# a header spaced out by a word processor, cells one per line with blank lines, the text cut
# inside the last row (before its owner cell)
SPACED_AND_CUT = """2031年政府工作报告重点工作责任分解
序号

主  要  工  作  任  务

责 任 单 位

1

地区生产总值增长6%左右。

市发改委

2

一般公共预算收入增长5%。

市财政局

3

城乡居民收入增长与经济增长同步
"""


def test_a_spaced_out_header_and_a_row_cut_by_the_end_of_the_text():
    doc, ex = _doc(SPACED_AND_CUT)
    t = find_tables(doc.normalized)
    assert len(t) == 1 and [r.number for r in t[0].rows] == [1, 2, 3]
    # the cut row has its task and no owner
    assert [[doc.normalized[a:b] for _, a, b in r.owners] for r in t[0].rows] == [["市发改委"], ["市财政局"], [""]]
    assert [doc.normalized[slice(*r.task)] for r in t[0].rows] == [
        "地区生产总值增长6%左右。", "一般公共预算收入增长5%。", "城乡居民收入增长与经济增长同步"]


# two tables one after the other, the first with a year in its task label; the second cut in
# its only row (no owner cell reached): still a table, its row a measure without owners
TWO_TABLES = """附件1
2031年预期目标任务分解表
序号
2031年预期目标
责任单位
1
社会消费品零售总额增长7%
区商务委
2
城镇调查失业率控制在5%以内
区人力社保局
附件2
2031年重点工作任务分解表
序号
工作任务
牵头单位
配合单位
1
建设科学城核心区
推进国家重点实验室落地，引进新型研发机构
"""


def test_two_tables_the_second_cut_in_its_first_row():
    doc = extract_text(TWO_TABLES, "tables-two.txt")[0]
    t = find_tables(doc.normalized)
    assert [len(x.rows) for x in t] == [2, 1]
    text = doc.normalized
    assert [text[slice(*r.task)] for x in t for r in x.rows] == [
        "社会消费品零售总额增长7%", "城镇调查失业率控制在5%以内", "建设科学城核心区"]
    assert [[(c.role, text[a:b]) for c, a, b in r.owners] for x in t for r in x.rows] == [
        [("", "区商务委")], [("", "区人力社保局")], [("lead", ""), ("support", "")]]


def test_a_cell_that_equals_the_next_row_number_does_not_split_the_row():
    # row 1's target cell reads "2": the row still takes its header's number of cells
    text = ("序号\n考核指标\n年度目标\n责任单位\n"
            "1\n新增高新技术企业\n2\n市科技局\n2\n新增上市公司\n3\n市金融办\n")
    t = find_tables(text)
    assert len(t) == 1
    assert [(r.number, text[slice(*r.task)], [text[a:b] for _, a, b in r.owners]) for r in t[0].rows] == [
        (1, "新增高新技术企业", ["市科技局"]), (2, "新增上市公司", ["市金融办"])]


def test_lines_that_only_look_like_a_header_are_no_table():
    # a list of short lines opening with 序号 but naming no owner column
    assert find_tables("序号\n项目名称\n建设地点\n1\n体育馆\n城东\n2\n图书馆\n城西\n") == []


def test_blank_lines_part_cells_that_list_units_one_per_line():
    # double-spaced cells; the support cell lists two units single-spaced: blank lines say which
    # lines make one cell
    text = ("序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n"
            "1\n\n建设康复医疗中心\n\n市卫健委\n\n市民政局\n市残联\n\n"
            "2\n\n推广家庭医生签约\n\n市卫健委\n\n市医保局\n")
    t = find_tables(text)
    assert [[(c.role, text[a:b]) for c, a, b in r.owners] for r in t[0].rows] == [
        [("lead", "市卫健委"), ("support", "市民政局\n市残联")], [("lead", "市卫健委"), ("support", "市医保局")]]


def test_extra_lines_of_units_over_two_owner_columns_are_not_guessed():
    # single-spaced: three lines of units for 牵头 and 配合 — which cell took two cannot be told
    text = ("序号\n重点任务\n牵头单位\n配合单位\n"
            "1\n建设康复医疗中心\n市卫健委\n市民政局\n市残联\n"
            "2\n推广家庭医生签约\n市卫健委\n市医保局\n")
    t = find_tables(text)
    assert [[text[a:b] for _, a, b in r.owners] for r in t[0].rows] == [["", ""], ["市卫健委", "市医保局"]]


# a page whose table cells were run together (no separator between cells): the header's labels
# glued, each row its category, number, task up to 。, the lead unit glued to the progress text
GLUED = """温州市鹿城区人民政府办公室关于2031年重点工作完成情况的通报
类别序号重点任务牵头单位完成情况
民生实事1新建养老服务中心3个。区民政局鹿城区已建成2个，第3个进入装修阶段。
民生实事2改造老旧小区20个。区住建局全年完成改造21个，超额完成。
民生实事3新增公办学位2000个。区教育局已新增学位2100个。
"""


def test_a_table_whose_cells_were_run_together():
    doc, ex = _doc(GLUED)
    assert _measures(ex) == [(1, "新建养老服务中心3个"), (2, "改造老旧小区20个"), (3, "新增公办学位2000个")]
    t = find_tables(doc.normalized)
    # the owner cell ends where the unit's name does (鹿城区… that follows is the progress text)
    assert [[doc.normalized[a:b] for _, a, b in r.owners] for r in t[0].rows] == [["区民政局"], ["区住建局"], ["区教育局"]]
    assert _explicit(ex) == {
        "新建养老服务中心3个": {("温州市鹿城区民政局", "lead")},
        "改造老旧小区20个": {("温州市鹿城区住房和城乡建设局", "lead")},
        "新增公办学位2000个": {("温州市鹿城区教育局", "lead")},
    }
    _quotes_are_original(doc, ex)


def test_glued_lines_that_are_no_table():
    # a glued header but rows without their task's 。 or without a unit after it: no table
    assert find_tables("类别序号重点任务牵头单位完成情况\n民生1新建养老服务中心3个已建成\n民生2改造老旧小区\n") == []


# 牵头单位 and 责任单位 side by side, a 责任领导 column of persons, a deadline: pipes and blanks
SIDE_BY_SIDE = """绍兴市人民政府办公室关于印发2031年卫生健康重点任务分工的通知
| 序号 | 重点任务 | 责任领导 | 牵头单位 | 责任单位 | 完成时限 |
|---|---|---|---|---|---|
| 1 | 建设区域医疗中心 | 王某 | 市卫健委 | 市发展改革委、市财政局 | 2031年底 |
| 2 | 推进医保支付方式改革 | 李某 | 市医保局 | 市卫健委 | 2031年6月 |
"""
PERSONS_BLANKS = """绍兴市人民政府办公室关于印发2031年卫生健康重点任务分工的通知
序号  重点任务  责任领导  牵头单位  协办单位  完成时限
1  建设区域医疗中心  王某  市卫健委  市发展改革委、市财政局  2031年底
2  推进医保支付方式改革  李某  市医保局  市卫健委  2031年6月
"""


def test_lead_and_responsible_columns_side_by_side_and_persons_are_no_owners():
    want = {
        "建设区域医疗中心": {("绍兴市卫生健康委员会", "lead"), ("绍兴市发展和改革委员会", "support"), ("绍兴市财政局", "support")},
        "推进医保支付方式改革": {("绍兴市医疗保障局", "lead"), ("绍兴市卫生健康委员会", "support")},
    }
    for text in (SIDE_BY_SIDE, PERSONS_BLANKS):
        doc, ex = _doc(text)
        assert _explicit(ex) == want
        t = find_tables(doc.normalized)
        assert [c.label for c, _, _ in t[0].rows[0].owners] in (["牵头单位", "责任单位"], ["牵头单位", "协办单位"])
        _quotes_are_original(doc, ex)


# a tab-separated table whose first row wraps: the continuation line leaves the number cell
# empty and puts each piece under its column
TAB_WRAP = ("绍兴市人民政府办公室关于印发2031年卫生健康重点任务分工的通知\n"
            "序号\t重点任务\t牵头单位\t配合单位\t完成时限\n"
            "1\t建设区域医疗中心，推动\t市卫健委\t市发展改革委、\t2031年底\n"
            "\t优质资源扩容\t\t市财政局\t\n"
            "2\t推进医保支付方式改革\t市医保局\t市卫健委\t2031年6月\n")


def test_a_row_whose_cells_wrap_onto_a_continuation_line():
    doc, ex = _doc(TAB_WRAP)
    assert _measures(ex) == [(1, "建设区域医疗中心，推动"), (2, "推进医保支付方式改革")]
    assert _explicit(ex) == {
        "建设区域医疗中心，推动": {("绍兴市卫生健康委员会", "lead"), ("绍兴市发展和改革委员会", "support"),
                                ("绍兴市财政局", "support")},
        "推进医保支付方式改革": {("绍兴市医疗保障局", "lead"), ("绍兴市卫生健康委员会", "support")},
    }
    assert ("绍兴市财政局", "市财政局") in _quotes(ex)
    _quotes_are_original(doc, ex)


def test_host_and_handling_units():
    doc, ex = _doc("绍兴市人民政府办公室关于印发2031年卫生健康重点任务分工的通知\n"
                   "序号|工作内容|主办单位|经办单位\n1|建设区域医疗中心|市卫健委|市财政局\n2|推进医保支付方式改革|市医保局|市卫健委\n")
    assert _explicit(ex) == {
        "建设区域医疗中心": {("绍兴市卫生健康委员会", "lead"), ("绍兴市财政局", "support")},
        "推进医保支付方式改革": {("绍兴市医疗保障局", "lead"), ("绍兴市卫生健康委员会", "support")},
    }


def test_a_full_row_is_read_cell_by_cell_even_when_another_cell_ends_like_a_body():
    # 考核内容 "建设乡镇卫生院" ends like a body's name; the row has all its cells: positional
    text = ("序号\n考核指标\n考核内容\n责任单位\n"
            "1\n基层医疗服务能力\n建设乡镇卫生院\n县卫健局\n2\n家庭医生签约率\n签约服务覆盖\n县卫健局\n")
    t = find_tables(text)
    assert [[text[a:b] for _, a, b in r.owners] for r in t[0].rows] == [["县卫健局"], ["县卫健局"]]


def test_a_group_column_merged_over_its_rows():
    # 类别 before 序号, merged over the group's rows: only the group's first row carries it
    for sep in (" | ", "  "):
        rows = [["类别", "序号", "重点任务", "牵头单位", "配合单位"],
                ["医疗服务", "1", "建设区域医疗中心", "市卫健委", "市财政局"],
                ["2", "推进医保支付方式改革", "市医保局", "市卫健委"],
                ["医药产业", "3", "培育生物医药企业", "市经信局", "市科技局"]]
        text = "".join(sep.join(r) + "\n" for r in rows)
        t = find_tables(text)
        assert len(t) == 1
        got = [(r.number, text[slice(*r.task)], [text[a:b] for _, a, b in r.owners]) for r in t[0].rows]
        assert got == [(1, "建设区域医疗中心", ["市卫健委", "市财政局"]), (2, "推进医保支付方式改革", ["市医保局", "市卫健委"]),
                       (3, "培育生物医药企业", ["市经信局", "市科技局"])], sep
