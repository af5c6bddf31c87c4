"""Roles stated in three more ordinary ways (extract/owners.py):

- 主办单位 / 会办单位 (how proposals and suggestions are handled: the host leads, the co-handling
  units support — 会办 is a support word like 协办);
- ``由A会同B负责…`` — A leads, B supports, as for the subject ``A会同B…`` (before, both led);
- ``责任单位：A、B，B牵头`` — the list names its lead in a later clause; the units listed
  before it support (before, they were dropped).

The document is written for this test (a Changsha division of tasks); exact owners."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TASKS = """长沙市人民政府办公厅关于印发2031年重点民生工作任务分工的通知
1.推进城市更新行动。年内完成老旧小区改造200个。（主办单位：市住建局；会办单位：市财政局、市自然资源局）
2.完善养老服务体系。由市民政局会同市卫健委负责，年内新建社区养老服务站50个。
3.加强食品安全监管。完善抽检制度。（责任单位：市农业农村局、市市场监管局，市市场监管局牵头）
"""
C = "长沙市"


def test_three_more_role_statements():
    doc, ex = extract_text(TASKS, "changsha-livelihood-tasks.txt")
    got = {k[:6]: v for k, v in explicit_owners(ex).items()}
    assert got["推进城市更新"] == {(C + "住房和城乡建设局", "lead"), (C + "财政局", "support"), (C + "自然资源局", "support")}
    assert got["完善养老服务"] == {(C + "民政局", "lead"), (C + "卫生健康委员会", "support")}
    assert got["加强食品安全"] == {(C + "市场监督管理局", "lead"), (C + "农业农村局", "support")}
    quotes_are_original(doc, ex)


def test_handling_units_support():
    # 经办单位 (who handles the applications of a service item) supports, as tables read the column
    text = ("杭州市医疗保障局关于印发2031年医保服务事项清单的通知\n"
            "1.异地就医直接结算备案。（责任单位：市卫健委；经办单位：市医保局）\n"
            "2.门诊慢特病待遇认定。（责任单位：市医保局；经办单位：市卫健委、市财政局）\n"
            "3.生育津贴申领。（责任单位：市医保局）\n")
    doc, ex = extract_text(text, "hangzhou-service-items.txt")
    got = explicit_owners(ex)
    assert got["异地就医直接结算备案"] == {("杭州市卫生健康委员会", "lead"), ("杭州市医疗保障局", "support")}
    assert got["门诊慢特病待遇认定"] == {("杭州市医疗保障局", "lead"), ("杭州市卫生健康委员会", "support"),
                                  ("杭州市财政局", "support")}
    quotes_are_original(doc, ex)
