"""Owner notes in square or lenticular brackets (``…。【市卫健委、市医保局】``, ``[市财政局]``) are
read like notes in round brackets, and so is the unit that opens an item in such brackets
(``1.【市住建局】推进…``) — extract/owners.py _NOTE / _bracket_notes: the first listed leads. A
bracket holding anything but units (【典型案例】) is no note.

The document is written for this test (a Xi'an work-points notice); exact owners."""

from owner_support import explicit_owners, extract_text, quotes_are_original

POINTS = """西安市人民政府办公厅关于印发2031年民生工作要点的通知
1.推进紧密型医联体建设，年内实现县域全覆盖。【市卫健委、市医保局】
2.加强公共卫生体系建设，完善疾控网络。[市疾控局]
3.【市住建局】推进老旧小区改造，年内完成200个。
4.推广基层治理经验。【典型案例】总结推广社区治理做法。
"""
X = "西安市"


def test_notes_in_square_brackets():
    doc, ex = extract_text(POINTS, "xian-work-points.txt")
    got = {k[:6]: v for k, v in explicit_owners(ex).items()}
    assert got["推进紧密型医"] == {(X + "卫生健康委员会", "lead"), (X + "医疗保障局", "support")}
    assert got["加强公共卫生"] == {(X + "疾控局", "lead")}
    assert got["【市住建局】"] == {(X + "住房和城乡建设局", "lead")}
    assert got["推广基层治理"] == set()
    quotes_are_original(doc, ex)


def test_a_note_before_the_heading_colon():
    # 1.X（A、B）：… — the heading's own owners, its colon ends it like a sentence end
    text = ("西安市人民政府办公厅关于印发2031年卫生健康工作要点的通知\n"
            "1.医联体建设（市卫健委、市医保局）：年内实现县域全覆盖，推进紧密型医联体建设。\n"
            "2.疾控体系建设（市疾控局）：完善疾控网络。\n"
            "3.基层能力提升：推进乡镇卫生院标准化建设，按照国家要求（国家卫生健康委、国家医保局），做好评估。\n")
    doc, ex = extract_text(text, "xian-heading-notes.txt")
    got = {k[:5]: v for k, v in explicit_owners(ex).items()}
    assert got["医联体建设"] == {(X + "卫生健康委员会", "lead"), (X + "医疗保障局", "support")}
    assert got["疾控体系建"] == {(X + "疾控局", "lead")}
    assert got["基层能力提"] == set()   # a clause's bracket before its comma is no note
    quotes_are_original(doc, ex)
