"""Institutions and enterprises listed beside the owners (省科学院, a university, a hospital, a
company) are not owners even when the finder reads them as bodies (README of the corpus,
Conventions: companies, hospitals, universities and research institutes are not bodies): the
list's other units keep their roles (extract/owners.py, _units).

The document is written for this test (a Sichuan division of tasks); exact owners."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TASKS = """四川省人民政府办公厅关于印发2031年科技创新重点任务分工的通知
1.加强基础研究。支持开展前沿交叉研究。（责任单位：省科技厅、省科学院、省财政厅）
2.建设重大创新平台。推进国家实验室基地建设。（牵头单位：省发展改革委；配合单位：中国科学院成都分院、省教育厅）
3.培育科技型企业。实施高新技术企业倍增计划。（责任单位：省科技厅、省经济和信息化厅）
"""
S = "四川省"


def test_an_institute_in_an_owner_list_is_no_owner():
    doc, ex = extract_text(TASKS, "sichuan-scitech-tasks.txt")
    got = explicit_owners(ex)
    assert got["加强基础研究"] == {(S + "科学技术厅", "lead"), (S + "财政厅", "support")}
    assert got["建设重大创新平台"] == {(S + "发展和改革委员会", "lead"), (S + "教育厅", "support")}
    assert got["培育科技型企业"] == {(S + "科学技术厅", "lead"), (S + "经济和信息化厅", "support")}
    quotes_are_original(doc, ex)
