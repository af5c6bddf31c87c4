"""Session 9 body rules (held-7 opened): words that are no place read as one before a body's
name, each on a small document written for it (not a corpus text) — a field label a blank before
a relative name (发布机构 市科技局), the word 市场 at a line's start read as a city issuing the page
(X市场格局), the verb 受 of 受城区人民政府委托, numbered areas (一区二区三区) glued before a zone's
committee, the letters of a document number (市政办发〔2018〕72号). Surfaces, resolved names and
spans are checked against the text; near-misses keep the real names."""

from body_support import bureau_mentions

from medgraph.extract.entities import detect_jurisdiction


def test_a_field_label_a_blank_before_a_relative_name_is_no_place():
    text = ("来源：淮安市工业和信息化局 https://example.org/jy/9.html\n"
            "索引号 014-2024-0031  分类 建议提案办理\n"
            "发布机构 市工信局 发文日期 2024-05-10\n"
            "文号 淮工信建字〔2024〕11号\n"
            "张某代表:\n您提出的建议收悉。\n")
    got = bureau_mentions(text, "huaian.txt")
    assert ("市工信局", "淮安市工业和信息化局") in got
    assert not any(name.startswith(("机构", "发布")) for _, name in got)
    # a real city named in prose after a verb still is one (建议梧州市…)
    prose = "来源：某网 https://example.org/1.html\n建议梧州市经济和信息化局牵头推进。\n"
    assert ("梧州市经济和信息化局", "梧州市经济和信息化局") in bureau_mentions(prose, "wuzhou.txt")


def test_market_at_a_lines_start_is_no_city_issuing_the_page():
    text = ("来源：某数据平台（转载漳州市人民政府文件） https://example.com/d/1.html\n"
            "洞察市场格局\n解锁研发情报\n\n"
            "漳州市人民政府关于印发漳州市中医药发展实施方案的通知\n"
            "漳政综〔2019〕66号\n各县(市、区)人民政府,市直各单位:\n现印发给你们。在市委、市政府领导下推进。\n")
    assert detect_jurisdiction(text) == "漳州"
    names = [n for _, n in bureau_mentions(text, "zhangzhou.txt")]
    assert "漳州市人民政府" in names and "中共漳州市委员会" in names
    assert not any("洞察" in n for n in names)
    # a city whose own name opens a line before its bureau still issues the page
    assert detect_jurisdiction("来源：某网 https://example.org/2.html\n绵阳市场监督管理局关于X的通知\n") != "洞察"
    assert detect_jurisdiction("来源：某网 https://example.org/2.html\n绵阳市卫生健康委员会关于X的通知\n") == "绵阳"


def test_the_verb_of_a_report_presented_for_a_body_is_no_place():
    text = ("来源：柳州市柳南区人民政府 http://example.gov.cn/fg/3.html\n"
            "柳州市柳南区发展和改革局\n各位代表:\n"
            "受城区人民政府委托,现将柳南区2024年计划执行情况提请大会审议。\n")
    names = [n for _, n in bureau_mentions(text, "liunan.txt")]
    assert "柳州市柳南区发展和改革局" in names
    assert not any("受" in n for n in names)


def test_numbered_areas_glued_before_a_zones_committee():
    text = ("来源：某站 https://example.com/gx/4.html\n"
            "在线观看,精品一区二区三区成都高新技术产业开发区管理委员会行政规范性文件\n"
            "成都高新技术产业开发区管理委员会关于印发X办法的通知\n")
    got = bureau_mentions(text, "chengdu-gx.txt")
    assert got and all(name == "成都高新技术产业开发区管理委员会" for _, name in got)
    # a district whose whole stem is numerals is a district (郑州市二七区)
    named = bureau_mentions("来源：郑州市二七区人民政府 https://example.org/5.html\n郑州市二七区人民政府关于X的通知\n",
                            "erqi.txt")
    assert ("郑州市二七区人民政府", "郑州市二七区人民政府") in named


def test_the_letters_of_a_document_number_are_no_body():
    text = ("来源：某市人民政府 https://example.org/6.html\n"
            "宝鸡市人民政府办公室关于支持实体经济发展的意见\n"
            "市政办发〔2019〕15号\n"
            "各县区人民政府,市人民政府各工作部门:\n现提出如下意见。由市政府办公室牵头。\n")
    got = bureau_mentions(text, "baoji.txt")
    assert all(s != "市政办" for s, _ in got)
    assert ("宝鸡市人民政府办公室", "宝鸡市人民政府办公室") in got
    # a body's name followed by other words, or a year in brackets that is a period, stays a body
    kept = bureau_mentions("来源：某网 https://example.org/7.html\n宝鸡市发展和改革委员会(2019年)工作总结\n", "baoji2.txt")
    assert ("宝鸡市发展和改革委员会", "宝鸡市发展和改革委员会") in kept
