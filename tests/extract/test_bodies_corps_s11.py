"""Session 11 body rule: the Xinjiang Production and Construction Corps (新疆生产建设兵团) is a
province-level unit with its own departments; a national text's addressee line names them beside
the provinces' (…中医药管理局，新疆生产建设兵团科技局、卫生局：). Its organs are bodies (the
corps' name first, then the department, expanded like a province's); after 各省、自治区、直辖市及 the
corps' organ stands inside a class of addressees and is none (as the corpus's gold reads it).
Written for this test (a ministry notice in simplified script), not a corpus text."""

from body_support import bureau_mentions


def test_corps_departments_in_an_addressee_line():
    text = ("国家卫生健康委办公厅关于开展监测工作的通知\n"
            "各省、自治区、直辖市卫生健康委，新疆生产建设兵团卫生健康委、发展改革委：\n"
            "现将有关事项通知如下。\n")
    names = {n for _, n in bureau_mentions(text, "gj.txt")}
    assert "新疆生产建设兵团卫生健康委员会" in names
    assert "新疆生产建设兵团发展和改革委员会" in names


def test_corps_organ_inside_a_class_of_addressees():
    text = ("国家医保局关于做好结算工作的通知\n"
            "各省、自治区、直辖市及新疆生产建设兵团医保局：\n"
            "现将有关事项通知如下。\n")
    names = {n for _, n in bureau_mentions(text, "gj2.txt")}
    assert not any(n.startswith("新疆生产建设兵团") for n in names)
