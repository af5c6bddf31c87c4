"""A body the finder reads at the head of a longer list item is not that item's body: in
``省委军民融合办`` it reads 省委 (the provincial party committee), in ``中国铁路呼和浩特局集团有限公司``
a railway bureau, in ``市政府督查室`` the city government — the item names a body the finder does
not know (a committee's office) or a company. Read as the head, the list gave the committee, the
bureau or the government an owner role the text never states. Seen in
liaoning-2024-govreport-keywork-division (省委军民融合办 in a 责任单位 field) and
neimenggu-nd-hubaoewu-integration-measures-trad (a railway group company in a bracketed list);
written here for other places, with a 牵头/配合 note and a field list."""

from owner_support import explicit_owners, extract_text, quotes_are_original

SHAANXI = """陕西省人民政府关于分解落实2031年政府工作报告重点任务的通知
各设区市人民政府，省人民政府各工作部门、各直属机构：
1.规模以上工业增加值增长6%。
牵头单位：省工业和信息化厅
责任单位：省委军民融合办、省发展改革委、省国资委
2.推进铁路枢纽建设。加快西安东站建设。（省发展改革委牵头，中国铁路西安局集团有限公司、省交通运输厅配合）
3.加强督查考核。定期通报任务进展。（责任单位：省政府督查室、省统计局）
"""


def test_a_body_read_at_the_head_of_a_longer_item_owns_nothing():
    doc, ex = extract_text(SHAANXI, "name-goes-on.txt")
    got = explicit_owners(ex)
    # (the body finder knows 省委军民融合办 since bod11's rules: then it is support in its own right;
    # the point here is that the party committee read at its head owns nothing)
    assert got["规模以上工业增加值增长6%"] - {("中共陕西省委军民融合发展委员会办公室", "support")} == {
        ("陕西省工业和信息化厅", "lead"), ("陕西省发展和改革委员会", "support"),
        ("陕西省国有资产监督管理委员会", "support")}
    assert not any(name == "中共陕西省委员会" for name, _ in got["规模以上工业增加值增长6%"])
    assert got["推进铁路枢纽建设"] == {("陕西省发展和改革委员会", "lead"), ("陕西省交通运输厅", "support")}
    assert ("陕西省人民政府", "lead") not in got["加强督查考核"]
    assert ("陕西省统计局", "support") in got["加强督查考核"]
    quotes_are_original(doc, ex)


def test_units_with_their_duty_or_a_class_after_them_stay():
    text = SHAANXI.replace("省委军民融合办、", "").replace(
        "中国铁路西安局集团有限公司、省交通运输厅配合", "省交通运输厅等按职责分工负责")
    doc, ex = extract_text(text, "name-goes-on-2.txt")
    got = explicit_owners(ex)
    assert got["推进铁路枢纽建设"] == {("陕西省发展和改革委员会", "lead"), ("陕西省交通运输厅", "support")}

