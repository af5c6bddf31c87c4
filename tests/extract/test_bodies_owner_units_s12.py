"""Session 12 body rules for units that owner lists name by the short forms every county uses.

疾控中心 / 妇计中心 (疾病预防控制中心, 妇幼保健计划生育服务中心) are bodies where units are listed —
after a unit label or opening a table's cell — and objects in prose (README: public-service centres
are bodies only when named as a responsible unit). 交警大队/支队/总队 after a place alone is the
place's public security organ's traffic police corps. Written for these tests (a Jiangxi county's
task table, cells on lines of their own, and a labelled list with semicolons), not corpus texts."""

from body_support import bureau_mentions

TABLE = ("兴国县人民政府办公室关于印发健康兴国行动任务分工表的通知\n"
         "序号 | 指标 | 牵头单位 | 配合单位 |\n"
         "一 | 孕产妇死亡率 |\n"
         "县卫健委 |\n"
         "县妇计中心、县人民医院 |\n"
         "二 | 道路交通事故死亡率 |\n"
         "县公安局 |\n"
         "县交警大队 |\n"
         "三 | 重点传染病报告率 |\n"
         "县卫健委 |\n"
         "县疾控中心 |\n")

PROSE = ("瑞金市人民政府关于加强公共卫生体系建设的意见\n"
         "（一）做优做强市疾控中心，新建市妇计中心业务楼。\n"
         "（二）完善监测网络。责任单位：市卫健委；协同单位：市疾控中心；市交警支队\n")


def test_short_form_centres_and_traffic_police_in_owner_cells_are_bodies():
    names = {n for _, n in bureau_mentions(TABLE, "xingguo.txt")}
    assert "兴国县妇幼保健计划生育服务中心" in names
    assert "兴国县疾病预防控制中心" in names
    assert "兴国县公安局交通警察大队" in names


def test_a_centre_named_in_prose_is_no_body_but_a_listed_one_is():
    mentions = bureau_mentions(PROSE, "ruijin.txt")
    listed = [(s, n) for s, n in mentions if n == "瑞金市疾病预防控制中心"]
    assert len(listed) == 1                    # the labelled one, not 做优做强市疾控中心
    assert not any("妇幼" in n for _, n in mentions)   # 新建市妇计中心业务楼: a building
    assert ("市交警支队", "瑞金市公安局交通警察支队") in mentions


def test_an_office_the_text_sets_up_in_quotes_is_the_places_and_owns_its_duties():
    from medgraph.catalog import load_catalog
    from medgraph.documents import read_bytes
    from medgraph.extract import extract

    text = ("温州市人民政府关于设立生物医药产业园建设办公室的通知\n"
            "经研究，决定设立“生物医药产业园建设办公室”，负责产业园的规划和建设。\n"
            "“生物医药产业园建设办公室”的主要职责是：\n"
            "（一）编制产业园总体规划；\n"
            "（二）统筹推进园区基础设施建设。\n"
            "设立“高层次人才发展咨询委员会”，聘请专家担任顾问。\n")
    names = {n for _, n in bureau_mentions(text, "wenzhou.txt")}
    assert "温州市生物医药产业园建设办公室" in names
    assert not any("咨询委员会" in n for n in names)
    ex = extract(read_bytes(text.encode("utf-8"), "wenzhou.txt"), load_catalog())
    assert "温州市生物医药产业园建设办公室" in {n.name for n in ex.nodes if n.label == "Bureau"}


def test_a_local_short_name_listed_with_ministries_is_the_nations():
    text = ("湄潭县人民政府关于转发国务院重点工作部门分工的通知\n"
            "各乡镇人民政府，县直各部门：\n"
            "一、推动制造业升级。（工业和信息化部牵头，发展改革委、商务部、侨办按职责分工负责）\n"
            "二、做好县内配套。（牵头单位：县发展改革委；配合单位：县商务局）\n")
    mentions = bureau_mentions(text, "meitan.txt")
    national = [s for s, n in mentions if n == "国家发展和改革委员会"]
    assert national == ["发展改革委"]
    assert ("侨办", "国务院侨务办公室") in mentions
    assert ("县发展改革委", "湄潭县发展和改革委员会") in mentions


def test_short_references_to_a_campaign_body_the_text_names_in_full():
    text = ("健康湖北行动推进委员会办公室关于印发2024年工作要点的通知\n"
            "1、开展健康知识普及行动。（健康湖北行动推进办、省卫生健康委负责）\n")
    assert ("健康湖北行动推进办", "健康湖北行动推进委员会办公室") in bureau_mentions(text, "hubei.txt")

    group = ("宜昌市中医药强市建设工作领导小组关于开展示范基地考核的通知\n"
             "各县市区人民政府，市领导小组成员单位：\n"
             "一、市领导小组对示范基地实行动态管理。\n"
             "二、考核结果报市领导小组办公室备案。\n")
    mentions = bureau_mentions(group, "yichang.txt")
    assert ("市领导小组", "宜昌市中医药强市建设工作领导小组") in mentions
    assert ("市领导小组办公室", "宜昌市中医药强市建设工作领导小组办公室") in mentions
    assert sum(1 for s, _ in mentions if s == "市领导小组") == 1   # not its member units


def test_a_level_group_is_no_one_group_when_the_text_names_two():
    text = ("宜昌市人民政府办公室关于调整领导小组的通知\n"
            "一、宜昌市中医药强市建设工作领导小组负责示范基地建设。\n"
            "二、宜昌市招商引资工作领导小组负责重大项目引进。\n"
            "市领导小组负责统筹协调。\n")
    assert not any(s == "市领导小组" for s, _ in bureau_mentions(text, "yichang.txt"))


def test_a_public_institution_centre_in_a_labelled_list_is_a_body():
    text = ("南宁市人民政府办公室关于印发政务公开工作要点的通知\n"
            "一、完善公共文化服务。牵头单位：市文旅局；责任单位：市文化事业发展中心，各县区人民政府\n"
            "二、鼓励企业入驻市科技服务中心，建设市体育事业发展中心训练馆。\n")
    names = {n for _, n in bureau_mentions(text, "nanning.txt")}
    assert "南宁市文化事业发展中心" in names
    assert "南宁市体育事业发展中心" not in names
    assert "南宁市科技服务中心" not in names   # prose: a place, no listed unit
