"""Owner labels built of a responsibility word other than 责任/负责: 实施单位, 落实单位, 主管部门
(the document's convention decides who leads, as for 责任单位), 牵头落实单位 (lead), and the
prefix 具体 (具体责任单位) — extract/owners.py _KINDS. Labels of people (责任领导), internal
divisions (责任处室) and checkers (督办单位) stay no owners.

The document is written for this test (a Lanzhou task list, one label style per item);
exact owners."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TASKS = """兰州市人民政府办公室关于印发2031年民生实事任务分解的通知
1.新建社区嵌入式托育点20个。（实施单位：市卫健委、市教育局）
2.改造老旧小区燃气管道100公里。（落实单位：市住建局，市城管委）
3.新增公办幼儿园学位3000个。（主管部门：市教育局；责任处室：学前教育处）
4.建成城市书房10座。（牵头落实单位：市文旅局；具体责任单位：市财政局、市自然资源局）
5.完成食品安全抽检2万批次。（督办单位：市政府督查室；责任领导：张明）
"""
L = "兰州市"


def test_more_owner_labels():
    doc, ex = extract_text(TASKS, "lanzhou-livelihood-tasks.txt")
    got = {k[:6]: v for k, v in explicit_owners(ex).items()}
    assert got["新建社区嵌入"] == {(L + "卫生健康委员会", "lead"), (L + "教育局", "support")}
    assert got["改造老旧小区"] == {(L + "住房和城乡建设局", "lead"), (L + "城市管理委员会", "support")}
    assert got["新增公办幼儿"] == {(L + "教育局", "lead")}
    assert got["建成城市书房"] == {(L + "文化和旅游局", "lead"), (L + "财政局", "support"), (L + "自然资源局", "support")}
    assert got["完成食品安全"] == set()
    quotes_are_original(doc, ex)
