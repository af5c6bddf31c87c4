"""A body that opens an item's sentence as its subject owns the item (owners._subjects) also when
the sentence reports work done (``A已建成…``, ``A已经完成…``; not ``A已批复…``, an approval given) or proposed (``A、B提出…3项实事``), and
when a time and an adverbial clause stand before the subject (``2020年，根据…要求，A已经…``,
``下一步，A将…``). Corpus forms: kunming-2020-kjj-cppcc-134315-biodiversity-reply (2020年，根据市委
市政府的要求，昆明市科技局已经顺利完成…) and lasa-2024-minsheng-shishi-jiedu (二是市林草局、市城管局提出…
3项民生实事); written here for Guiyang (（一） items, 以来 time, 按照 clause, 已 alone) in another
layout. Past a time, and before 已/提出, only a department's name reads as the subject (2019年，海淀区已建成…
says where, as prose_owners reads it). A subject that helps another body (``A将积极配合B…``) supports it and B leads — read
before as A leading. A body whose words are only cited (国务院提出，… / 省政府提出要… / A提出的…) owns nothing."""

from owner_support import explicit_owners, extract_text, quotes_are_original

GUIYANG = """贵阳市人民政府办公厅关于2023年民生实事项目推进情况的通报
各区（市、县）人民政府，市政府各工作部门：
现将2023年民生实事项目推进情况通报如下：
（一）强化科研平台支撑。2021年以来，按照省委省政府部署，市科技局已建成省级以上创新平台12个。
（二）市交通局、市住房城乡建设局提出公交站台改造等交通出行方面4项民生实事。
（三）完善基层医疗服务。下一步，市卫生健康局将推进社区医院建设。
（四）加快数字经济发展。国务院提出，要加快数字产业化。
（五）优化营商环境。省政府提出要持续优化营商环境，打造一流营商环境。
（六）做好人才服务。市委组织部提出的人才新政已全面落地。
（七）规范药品采购。2023年，市人民政府已批复全市药品集中采购实施方案。
（八）推进医院建设。市财政局将积极配合市卫生健康局推进市第一人民医院新院区建设。
（九）建设养老机构。下一步，市民政局将积极参与市发展改革委推进养老服务设施建设。
"""


def test_a_subject_after_a_time_and_a_clause_and_work_done_or_proposed():
    doc, ex = extract_text(GUIYANG, "subject-lead-ins.txt")
    got = explicit_owners(ex)
    assert got["强化科研平台支撑"] == {("贵阳市科学技术局", "lead")}
    assert got["市交通局、市住房城乡建设局提出公交站台改造等交通出行方面4项民生实事"] == {
        ("贵阳市交通运输局", "lead"), ("贵阳市住房和城乡建设局", "lead")}
    assert got["完善基层医疗服务"] == {("贵阳市卫生健康局", "lead")}
    quotes_are_original(doc, ex)


def test_a_subject_that_helps_another_body_supports_it():
    # (before, the helping subject read as the item's lead)
    doc, ex = extract_text(GUIYANG, "subject-helps.txt")
    got = explicit_owners(ex)
    assert got["推进医院建设"] == {("贵阳市卫生健康局", "lead"), ("贵阳市财政局", "support")}
    assert got["建设养老机构"] == {("贵阳市发展和改革委员会", "lead"), ("贵阳市民政局", "support")}


def test_a_body_whose_words_are_cited_owns_nothing():
    doc, ex = extract_text(GUIYANG, "subject-lead-ins-cited.txt")
    got = explicit_owners(ex)
    assert not got.get("加快数字经济发展")
    assert not got.get("优化营商环境")
    assert not got.get("做好人才服务")
    # an approval already given says how a document came out, not work the body carries
    assert not got.get("规范药品采购")


def test_a_place_after_a_time_or_before_work_done_says_where_not_who():
    text = """北京市海淀区人民政府关于2019年重点工作情况的报告
一、推进产业升级。2019年，海淀区已建成人工智能产业园3个。
二、优化营商环境。下一步，海淀区将持续深化改革。
三、完善体育设施。海淀区已建成体育公园3个。
四、加强科技创新。2019年，区科委已建成孵化器5家。
"""
    doc, ex = extract_text(text, "subject-place.txt")
    got = explicit_owners(ex)
    assert not got.get("推进产业升级")
    assert not got.get("优化营商环境")
    assert not got.get("完善体育设施")
    assert got["加强科技创新"] == {("北京市海淀区科学技术委员会", "lead")}
