"""Departments an owner context names without a place (extract/bare_names.py): a county's
task table writes 发改局 for its own 发展和改革局. Read as the document's own department only in
owner contexts (an owner cell, a 牵头单位：list, a duty bracket), never in prose. Documents
written for these tests (none is a copy of a corpus document)."""

from medgraph.extract import bare_names

from owner_support import explicit_owners as _explicit
from owner_support import extract_text
from owner_support import quotes_are_original as _quotes_are_original

COUNTY_TABLE = """宁远县人民政府办公室关于印发2031年重点工作责任分工的通知
各乡镇人民政府，县直各单位：
现将责任分工印发给你们，请认真贯彻执行。
| 序号 | 重点任务 | 责任单位 | 完成时限 |
|---|---|---|---|
| 1 | 推进县域医共体建设，提升基层诊疗能力 | 卫健局、医保局 | 2031年12月 |
| 2 | 培育中药材种植基地 | 农业农村局 | 2031年10月 |
| 3 | 完善工业园区配套设施 | 住建局(人防办)，交通运输局 | 持续推进 |
宁远县人民政府办公室
2031年2月3日
"""


def test_bare_names_in_a_county_tables_owner_cells_are_the_countys_departments():
    doc, ex = extract_text(COUNTY_TABLE, "bare-county.txt")
    # a 责任单位 cell: the first listed leads (住建局's other name 人防办 in brackets is not a unit)
    assert _explicit(ex) == {
        "推进县域医共体建设，提升基层诊疗能力": {("宁远县卫生健康局", "lead"), ("宁远县医疗保障局", "support")},
        "培育中药材种植基地": {("宁远县农业农村局", "lead")},
        "完善工业园区配套设施": {("宁远县住房和城乡建设局", "lead"), ("宁远县交通运输局", "support")},
    }
    names = {x.id: x.name for x in ex.nodes}
    quotes = {(names[e.source], ev.quote) for e in ex.edges if e.type == "LEADS" for ev in e.evidence}
    assert ("宁远县农业农村局", "农业农村局") in quotes
    # the node is the one 县农业农村局 would name (one node for the bare and the prefixed form)
    bureaus = {x.name: x for x in ex.nodes if x.label == "Bureau"}
    assert bureaus["宁远县农业农村局"].props["jurisdiction"] == "宁远县"
    _quotes_are_original(doc, ex)


DISTRICT_LISTS = """青溪区人民政府关于加快发展现代物流业的实施意见
各街道办事处，区政府各部门：
一、建设物流枢纽。规划建设区域物流园区，牵头单位：发改委；配合单位：区财政局、自然资源局。
二、培育骨干企业。对新落户企业给予奖励（商务局、财政局负责）。
三、优化营商环境。发改局表示将简化审批流程，市场监管局近日召开会议部署工作。
青溪区人民政府
2031年5月6日
"""


def test_bare_names_in_label_lists_and_duty_brackets_merge_with_prefixed_ones():
    doc, ex = extract_text(DISTRICT_LISTS, "bare-district.txt")
    got = {h.split("。")[0]: v for h, v in _explicit(ex).items()}
    assert got["建设物流枢纽"] == {("青溪区发展和改革委员会", "lead"), ("青溪区财政局", "support"),
                                   ("青溪区自然资源局", "support")}
    assert got["培育骨干企业"] == {("青溪区商务局", "lead"), ("青溪区财政局", "lead")}
    # 区财政局 and the bare 财政局 are one node
    assert [x.name for x in ex.nodes if x.label == "Bureau" and x.name.endswith("财政局")] == ["青溪区财政局"]
    _quotes_are_original(doc, ex)


def test_the_same_words_in_prose_name_no_body():
    doc, ex = extract_text(DISTRICT_LISTS, "bare-district.txt")
    names = {x.name for x in ex.nodes if x.label == "Bureau"}
    # 发改局表示…, 市场监管局近日召开会议: prose, not an owner context
    assert "青溪区市场监督管理局" not in names and "青溪区发展和改革局" not in names
    assert not any(x.name.endswith("市场监督管理局") for x in ex.nodes)
    news = "本报讯 近日，发改局、财政局联合召开会议，经信局表示将加大支持力度。\n"
    assert bare_names.owner_items(news) == []


def test_only_owner_contexts_are_read():
    text = "工作任务\n责任单位\n建设产业园\n发改局、财政局\n办公室\n教育部\n"
    got = [text[a:b] for a, b in bare_names.owner_items(text)]
    # 办公室 holds no function stem; 教育部 is a ministry (部 only as a zone's 工作部)
    assert got == ["发改局", "财政局"]
    # without an owner column, a line of names is no owner cell
    assert bare_names.owner_items("工作任务\n建设产业园\n发改局、财政局\n") == []


def test_a_yu_joining_two_functions_stays_inside_one_name():
    """县海洋与渔业局: 与 joins two functions inside one name; after a body's end (县政府与农业局)
    it joins two bodies, and after a word (加强与渔业局合作) it names nothing new."""
    text = "牵头单位：青溪县海洋与渔业局；配合单位：青溪县人民政府与县农业局。加强与渔业局合作。\n"
    doc, ex = extract_text("青溪县人民政府关于发展渔业的通知\n" + text, "bare-yu.txt")
    names = {x.name for x in ex.nodes if x.label == "Bureau"}
    assert "青溪县海洋与渔业局" in names
    assert not any("与" in n for n in names - {"青溪县海洋与渔业局"})
    assert not any(n.endswith("渔业局") and n != "青溪县海洋与渔业局" for n in names)


def test_national_organs_are_never_read_as_bare_departments():
    for name in ("财政部办公厅", "体育总局", "市场监管总局", "教育部"):
        assert not bare_names.BARE.fullmatch(name), name
    for name in ("财政局", "政务服务管理局", "卫健委", "发改局", "商务局"):
        assert bare_names.BARE.fullmatch(name), name
