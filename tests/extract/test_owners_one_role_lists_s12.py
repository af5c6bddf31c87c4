"""A list that gives every listed unit one role — ``A、B、C配合落实``, ``（A、B参与）`` — gives them
that role: all support, no lead (README, "Conventions decided in session 11": a cell that gives every
listed unit one role). Before, a table cell ``市发改委、市人力社保局配合`` was read by the order
convention (the first listed led: hangzhou-nd-govwork-keytasks-division-table's cell
``市发改委、市人力社保局、市科技局、团市委配合落实`` once the table reader takes it), and a note
``（A、B、C配合落实）`` made A and B leads (its last item, 市科技局配合, passed as a body's name).
Written here for a Ningbo table and Qingdao notes; a lead clause beside them (A牵头，B配合) keeps its
lead."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TABLE = """宁波市政府重点工作任务分解表
序号
|
重点工作任务
|
责任单位
|
1
|
加快建设科创走廊。
|
市科技局牵头，市发改委、市经信局配合
|
2
|
推进人才服务综合体建设。
|
市发改委、市人力社保局配合
|
3
|
推进开发区整合。
|
市发改委、市经信局、市商务局
|
"""

NOTES = """青岛市人民政府办公厅关于印发青岛市海洋经济发展工作要点的通知
一、建设海洋药物中试平台。引进一批龙头企业。（市发展改革委、市财政局、市科技局配合落实）
二、推进港口数字化。建设智慧港口。(市交通运输局、市工业和信息化局参与)
三、完善海洋金融服务。设立海洋产业基金。（市财政局牵头，市地方金融监管局配合）
"""


def test_a_table_cell_that_gives_every_unit_one_role():
    doc, ex = extract_text(TABLE, "one-role-cells.txt")
    got = explicit_owners(ex)
    assert got["推进人才服务综合体建设"] == {("宁波市发展和改革委员会", "support"),
                                       ("宁波市人力资源和社会保障局", "support")}
    assert got["加快建设科创走廊"] == {("宁波市科学技术局", "lead"), ("宁波市发展和改革委员会", "support"),
                                  ("宁波市经济和信息化局", "support")}
    assert got["推进开发区整合"] == {("宁波市发展和改革委员会", "lead"), ("宁波市经济和信息化局", "support"),
                                ("宁波市商务局", "support")}
    quotes_are_original(doc, ex)


def test_a_note_that_gives_every_unit_one_role():
    doc, ex = extract_text(NOTES, "one-role-notes.txt")
    got = explicit_owners(ex)
    assert got["建设海洋药物中试平台"] == {("青岛市发展和改革委员会", "support"), ("青岛市财政局", "support"),
                                    ("青岛市科学技术局", "support")}
    assert got["推进港口数字化"] == {("青岛市交通运输局", "support"), ("青岛市工业和信息化局", "support")}
    assert got["完善海洋金融服务"] == {("青岛市财政局", "lead"), ("青岛市地方金融监督管理局", "support")}
    quotes_are_original(doc, ex)
