"""A page that writes its district's name before the title on the title's line
(``成都市武侯区人才政策:关于…的若干意见``): the title is read without the prefix, yet the
prefix names the district whose relative departments (区人社局) own the measures. Written
for these tests."""

from owner_support import explicit_owners, extract_text, quotes_are_original

PAGE = """某某政策网

成都市武侯区人才政策:关于加快集聚青年人才的若干意见

为吸引青年人才来我区就业创业,制定如下意见。

1.发放青年人才安居补贴。对新引进的本科以上毕业生给予租房补贴。

牵头单位:区人社局

2.建设青年人才驿站。为来蓉求职的毕业生提供免费住宿。

牵头单位:区人社局、区住建局
"""


def test_the_district_named_before_the_title_on_its_line():
    doc, ex = extract_text(PAGE, "page.txt")
    owners = explicit_owners(ex)
    assert owners["发放青年人才安居补贴"] == {("成都市武侯区人力资源和社会保障局", "lead")}
    assert owners["建设青年人才驿站"] == {("成都市武侯区人力资源和社会保障局", "lead"),
                                   ("成都市武侯区住房和城乡建设局", "lead")}
    quotes_are_original(doc, ex)
    # without the prefix nothing names the district: its departments stay unresolved
    doc, ex = extract_text(PAGE.replace("成都市武侯区人才政策:", ""), "bare.txt")
    assert ("成都市武侯区人力资源和社会保障局", "lead") not in explicit_owners(ex).get("发放青年人才安居补贴", set())
