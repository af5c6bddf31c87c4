"""Review of textnorm's inserted-blank repair (49bf741): in a text whose layer put blanks inside
words, a row's cells are ALSO parted by blanks (…提升能力。 各区 市商务局 2031年底). Joining the
blank before a name that opens with its own level (市商务局, 市发展改革委) read the cell before as
that name's place: 经开区 市发展改革委 became one false body (a Beijing zone's 市发改委 in a Ganzhou
text) and 各区 市商务局 hid 市商务局 behind a class. A blank before such a whole name stays.
Document written for this review (another city, a row layout with blank-parted cells)."""

from owner_support import extract_text, quotes_are_original

from medgraph.textnorm import normalize_spans

ROWS = """赣州市人民政府办公室 关于印发 20 31 年重点任务分工方案的通知
各县（市、区）人民政府,市 政府各部门:
现将 20 31 年重点任务分工方案印发给 你们,请认真 抓好落实。
1 推进物流 园区建设,完善服务 体系。 各区 市商务局 2031年底
2 加快建设 产业新城,完善配套。 经开区 市发展改革委 2031年底
3 推动养老 服务发展,提升 能力。 章贡区 市民政局 持续推进
4 提升口岸 通关效率,优化流程。 海关 市商务局 2031年底
5 完善医疗 服务体系,提升 水平。 市卫健委 各县 2031年底
"""


def test_blank_before_a_level_prefixed_name_stays():
    norm, _ = normalize_spans(ROWS)
    assert "1 推进物流园区建设,完善服务体系。 各区 市商务局 2031年底" in norm   # words joined, cells kept
    assert "2 加快建设产业新城,完善配套。 经开区 市发展改革委 2031年底" in norm
    assert "章贡区 市民政局" in norm and "海关 市商务局" in norm
    assert "现将 2031 年重点任务分工方案印发给你们" in norm                     # the repair still works


def test_cells_give_no_false_body():
    doc, ex = extract_text(ROWS, "rows.txt")
    bureaus = sorted(x.name for x in ex.nodes if x.label == "Bureau")
    assert bureaus == ["赣州市人民政府", "赣州市人民政府办公室", "赣州市卫生健康委员会", "赣州市发展和改革委员会",
                       "赣州市商务局", "赣州市民政局"]
    quotes_are_original(doc, ex)


def test_market_word_is_no_level():
    # 南康区 市场监管局: 市场 opens no level-prefixed name, the blank inside the name still goes
    norm, _ = normalize_spans(ROWS + "责任单位:南康区 市场监管局、 赣州市 财政局\n")
    assert "责任单位:南康区市场监管局、赣州市财政局" in norm


CELLS = """赣州市人民政府办公室 关于印发 20 31 年重点任务分工方案的通知
现将 20 31 年重点任务分工方案印发给 你们,请认真 抓好落实。
1 推进物流 园区建设,完善服务 体系 高新区管委会 2031年底
2 加快建设 产业新城,完善配套 蓉江新区管委会 2031年底
3 推动养老 服务发展,提升 能力 章贡区政府 持续推进
"""


def test_a_unit_cell_after_a_task_cell_without_stop_stays_apart():
    # the task cell has no 。: joining glued the unit column to the task's last word (完善配套蓉江新区管委会)
    norm, _ = normalize_spans(CELLS)
    assert "2 加快建设产业新城,完善配套 蓉江新区管委会 2031年底" in norm
    assert "3 推动养老服务发展,提升能力 章贡区政府 持续推进" in norm
    doc, ex = extract_text(CELLS, "cells.txt")
    assert sorted(x.name for x in ex.nodes if x.label == "Bureau") == [
        "蓉江新区管理委员会", "赣州市人民政府", "赣州市人民政府办公室", "赣州市章贡区人民政府", "赣州高新技术产业开发区管理委员会"]
    quotes_are_original(doc, ex)
