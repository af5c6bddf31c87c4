"""A task table written one cell per line ends with its last row's units and its deadline — the
shape of a signature block (bodies, then a date). Those units own the row; they did not sign the
document. Documents written for this test (a city's and a county's task table); the reviewer's probe
found the misreading (ISSUED to both units)."""

from owner_support import explicit_owners, extract_text

CITY = ("厦门市2024年卫生健康重点任务分解表\n序号\n工作任务\n牵头单位\n主体责任单位\n完成时限\n"
        "1\n建设区域医疗中心\n市卫健委\n市发改委、市财政局\n2024年底\n"
        "2\n推进医联体建设\n市卫健委\n各区人民政府\n2024年底\n"
        "3\n完善院前急救网络\n市卫健委\n市应急局\n2024年10月\n")

COUNTY = ("泾川县2025年民生实事责任分工表\n序号\n任务内容\n牵头单位\n配合单位\n完成时间\n"
          "1\n新建乡镇卫生院发热门诊三个\n县卫健局\n县财政局\n2025年6月\n"
          "2\n实施适龄妇女两癌免费筛查\n县卫健局\n县妇联、县财政局\n2025年12月\n")


def _issued(ex):
    names = {n.id: n.name for n in ex.nodes}
    return [names[e.source] for e in ex.edges if e.type == "ISSUED"]


def test_last_row_of_a_one_cell_per_line_table_is_no_signature():
    _, ex = extract_text(CITY, "xm-tasks.txt")
    assert _issued(ex) == []
    owners = explicit_owners(ex)
    assert owners["完善院前急救网络"] == {("厦门市卫生健康委员会", "lead"), ("厦门市应急管理局", "support")}


def test_a_county_table_ending_in_its_deadline_is_signed_by_nobody():
    _, ex = extract_text(COUNTY, "jc-tasks.txt")
    assert _issued(ex) == []
