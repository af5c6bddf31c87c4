"""A label alone on its line with its units one per line below it (``责任单位：`` / ``市卫健委`` /
``市医保局``, a card or a table cell copied line by line): the list runs on over the lines that
are nothing but a unit's relative name (extract/owners.py, _annotations with _VALUE_LINE); a
full name below (the signature 郑州市卫生健康委员会) is not taken into the list.

The document is written for this test (a Zhengzhou work-points notice); exact owners."""

from owner_support import explicit_owners, extract_text, quotes_are_original

CARDS = """郑州市卫生健康委员会关于印发2031年卫生健康工作要点的通知
1.推进紧密型医联体建设，年内实现县域全覆盖。
责任单位：
市卫健委
市医保局
2.加强公共卫生体系建设，完善疾控网络。
牵头单位：
市疾控局
配合单位：
市发改委
市财政局
3.提升基层服务能力，推进乡镇卫生院标准化建设。
责任单位：
市财政局
郑州市卫生健康委员会
2031年1月5日
"""
Z = "郑州市"


def test_units_one_per_line_below_their_label():
    doc, ex = extract_text(CARDS, "zhengzhou-work-points.txt")
    got = {k[:6]: v for k, v in explicit_owners(ex).items()}
    assert got["推进紧密型医"] == {(Z + "卫生健康委员会", "lead"), (Z + "医疗保障局", "support")}
    assert got["加强公共卫生"] == {(Z + "疾控局", "lead"), (Z + "发展和改革委员会", "support"), (Z + "财政局", "support")}
    assert got["提升基层服务"] == {(Z + "财政局", "lead")}
    quotes_are_original(doc, ex)
