"""Tables written one cell per line (an HTML table turned into text) in two shapes the reader lost:

- a unit's extract of a longer table: only the rows it owns, each with its own number from the
  whole table (12, 47, 103 …), so the numbers rise but skip. A row whose next number skips is
  read when the next number line stands where a row ends (after about as many cells as the header
  has columns) and a task follows it; a row so reached must hold an owner cell;
- a long table printed over pages repeats its header (序号 / 任务 / … again) between two rows.

Documents written for these tests (none is a copy of a corpus document); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

XT = "湘潭市雨湖区"
EXTRACT = ("来源：雨湖区人民政府 https://www.example.gov.cn/a/1.html\n"
           "湘潭市雨湖区2031年政府工作报告重点任务区卫健局承担事项推进表\n"
           "序号\n重点任务\n具体内容\n责任单位\n推进情况\n"
           "12\n巩固国家卫生城市创建成果\n完成复审迎检各项准备。\n区卫健局\n区城管局\n已完成迎检方案。\n"
           "47\n推进紧密型医共体建设\n组建两个医共体。\n区卫健局\n区医保局\n已组建一个医共体。\n"
           "103\n完善基层卫生服务网络\n新建社区卫生服务站2个。\n区卫健局\n新建站点已开工。\n")


def test_rows_of_an_extract_keep_their_numbers_and_owners():
    doc, ex = extract_text(EXTRACT, "xiangtan-yuhu-extract.txt")
    got = explicit_owners(ex)
    assert set(got) == {"巩固国家卫生城市创建成果", "推进紧密型医共体建设", "完善基层卫生服务网络"}
    assert {b for b, _ in got["推进紧密型医共体建设"]} == {XT + "卫生健康局", XT + "医疗保障局"}
    assert got["完善基层卫生服务网络"] == {(XT + "卫生健康局", "lead")}
    quotes_are_original(doc, ex)


VALUES = ("序号\n指标\n单位\n2030年\n2035年\n牵头单位\n"
          "1\n人均预期寿命\n岁\n79\n80\n县卫健局\n"
          "2\n孕产妇死亡率\n/10万\n12\n10\n县卫健局\n"
          "注：以上指标按年度考核。\n35\n说明文字在表格之后。\n")


def test_a_figure_after_the_last_row_is_no_row():
    (table,) = find_tables(VALUES)
    assert [(r.number, VALUES[slice(*r.task)]) for r in table.rows] == [(1, "人均预期寿命"), (2, "孕产妇死亡率")]


REPEATED = ("序  号\n工作任务\n2030年目标\n2031年目标\n牵头单位\n配合单位\n完成时限\n"
            "1\n建设市级区域医疗中心\n完成选址\n建成投用\n市卫健委\n市发改委\n2031年底\n"
            "2\n推进中医药传承创新\n建成名医馆\n建成传承工作室\n市卫健委\n市市场监管局\n2031年底\n"
            "序  号\n工作任务\n2030年目标\n2031年目标\n牵头单位\n配合单位\n完成时限\n"
            "3\n完善院前急救网络\n新增站点\n全域覆盖\n市卫健委\n市财政局\n2031年6月\n")


def test_rows_after_a_repeated_header_belong_to_the_table():
    (table,) = find_tables(REPEATED)
    assert [(r.number, REPEATED[slice(*r.task)]) for r in table.rows] == [
        (1, "建设市级区域医疗中心"), (2, "推进中医药传承创新"), (3, "完善院前急救网络")]
    assert [REPEATED[a:b] for _, a, b in table.rows[1].owners] == ["市卫健委", "市市场监管局"]
    assert [REPEATED[a:b] for _, a, b in table.rows[2].owners] == ["市卫健委", "市财政局"]


YEARS = ("序号\n工作任务\n牵头单位\n完成时限\n"
         "1\n建设区域医疗中心\n市卫健委\n2030\n"
         "2\n推进医共体建设\n市卫健委\n2031\n"
         "请各单位按时报送进展情况。\n某市人民政府办公室\n")


def test_a_year_in_the_last_rows_deadline_cell_opens_no_row():
    (table,) = find_tables(YEARS)
    assert [r.number for r in table.rows] == [1, 2]


PAGE = ("序号\n工作任务\n牵头单位\n配合单位\n"
        "1\n建设区域医疗中心\n市卫健委\n市发改委\n"
        "2\n推进医共体建设\n市卫健委\n市医保局\n"
        "12\n各单位要按时报送进展情况。\n某市人民政府办公室\n")


def test_a_page_number_after_a_whole_table_opens_no_row():
    (table,) = find_tables(PAGE)
    assert [r.number for r in table.rows] == [1, 2]
