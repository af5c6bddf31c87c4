"""A row of a table flattened one cell per line that lost a cell before its owners and has
one more owner line instead (指标 | 目标 | 责任单位 | 评价单位, a row with no 目标 but two
responsible units): its line count equals the header's, yet read cell by cell the target
column would take the first responsible unit. When a column of other words before the owner
column would take a department named with its level word (县人社局; a cell of other words that
only ends like a body, 建设乡镇卫生院, stays positional: test_tables_layouts), the cells are
matched by what they hold instead
(extract/tables.py, _align): the two responsible units are the owner cell (the first leads),
the checking body stays in its own column and owns nothing.

The document is written for this test (a county's assessment indicators); exact owners."""

from medgraph.extract.tables import find_tables

from owner_support import explicit_owners, extract_text, quotes_are_original

INDICATORS = """杭州市桐庐县2031年共同富裕考核指标分解表

序号

指标名称

2031年目标

责任单位

评价单位

1

城乡居民人均可支配收入增长

7%

县发改局

市发改委

2

新增城镇就业

县人社局

县经信局

市人社局

3

规模以上工业增加值增长

8%

县经信局

市经信局
"""
T = "桐庐县"


def test_a_row_short_of_its_target_with_two_responsible_units():
    doc, ex = extract_text(INDICATORS, "tonglu-indicators.txt")
    got = explicit_owners(ex)
    assert got["城乡居民人均可支配收入增长"] == {(T + "发展和改革局", "lead")}
    assert got["新增城镇就业"] == {(T + "人力资源和社会保障局", "lead"), (T + "经济和信息化局", "support")}
    assert got["规模以上工业增加值增长"] == {(T + "经济和信息化局", "lead")}
    text = doc.normalized
    (table,) = find_tables(text)
    (_, a, b), = table.rows[1].owners
    assert text[a:b] == "县人社局\n\n县经信局"
    quotes_are_original(doc, ex)
