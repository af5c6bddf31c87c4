"""Session 10 body rule (precision): a bare department in an owner list (住建局, 司法局 with no place)
is read with the level word its list's FIRST item opens with (市行政审批局、住建局、司法局: the
city's), not always with the document's own level — official lists write the level once. Before,
a county's notice read a list the city heads as the county's (攸县住房和城乡建设局), and a city
notice read as its province's made up 江苏省住房和城乡建设局. When that city is not known, the
bare items name nobody. Written for this test (a county notice, 一、 items; a provincial plan),
not a corpus text; near miss: a list the document's own level heads stays its own."""

from body_support import bureau_mentions


_COUNTY = ("来源：攸县人民政府 https://example.org/1.html\n"
           "关于印发优化营商环境行动方案的通知\n各乡镇人民政府，县直各单位：\n经县政府同意，现印发。\n"
           "一、推进审批提速。（责任单位：市行政审批局、住建局、司法局）\n"
           "二、降低用地成本。（责任单位：县发改局、财政局）\n")


def test_a_bare_item_after_a_city_level_head_is_not_the_countys():
    got = bureau_mentions(_COUNTY, "youxian.txt")
    names = [n for _, n in got]
    assert "攸县住房和城乡建设局" not in names and "攸县司法局" not in names


def test_a_list_the_documents_own_level_heads_stays_its_own():
    got = bureau_mentions(_COUNTY, "youxian.txt")
    assert ("财政局", "攸县财政局") in got
    assert ("县发改局", "攸县发展和改革局") in got


def test_a_province_does_not_take_a_city_lists_bare_items():
    text = ("来源：某网 https://example.org/2.html\n关于印发江苏省优化营商环境行动方案的通知\n省政府同意。\n"
            "一、推进审批提速。（责任单位：市行政审批局、住建局、司法局）\n"
            "二、降低用地成本。（责任单位：省发展改革委、财政厅）\n")
    got = bureau_mentions(text, "jiangsu.txt")
    names = [n for _, n in got]
    assert "江苏省住房和城乡建设局" not in names and "江苏省司法局" not in names
    assert ("财政厅", "江苏省财政厅") in got
