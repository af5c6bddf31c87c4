"""Located-in statements real texts make that places.py missed until session 6, each on a
document written for its test (evidence quoted from the original):

* X（位于Y）: the verb opens a bracket after the thing's name (quotes around it stripped);
* 我县/本市 …: the document's own county or city, and a town of it after 我县 (我县龙华镇);
* 位于Y的X with X named by its shape only (…产业园, …医院, …市场).
Nothing is placed where the text states no place after the verb."""

from located_support import stated_pairs


def test_a_bracket_opened_by_the_verb_places_the_name_before_it():
    text = ("乐山市卫生健康委员会关于医疗资源布局的通知\n"
            "“嘉农中药材市场”（位于乐山市沙湾区嘉农镇）年交易额超过十亿元。\n"
            "乐山市老年病医院（位于五通桥区）完成改扩建。\n")
    assert stated_pairs(text, "loc.txt") == {
        ("嘉农中药材市场", "乐山市沙湾区嘉农镇"): ["嘉农中药材市场”（位于乐山市沙湾区嘉农镇"],
        ("乐山市老年病医院", "五通桥区"): ["乐山市老年病医院（位于五通桥区"],
    }


def test_the_document_s_own_county_and_a_town_of_it():
    text = ("沐川县人民政府关于印发中药材产业发展方案的通知\n"
            "各乡镇人民政府，县级各部门：\n"
            "在我县舟坝镇建设竹林中药材种植基地。沐川县中药材交易中心位于本县沐溪镇。\n")
    assert stated_pairs(text, "loc.txt") == {
        ("竹林中药材种植基地", "沐川县舟坝镇"): ["在我县舟坝镇建设竹林中药材种植基地"],
        ("沐川县中药材交易中心", "沐川县沐溪镇"): ["沐川县中药材交易中心位于本县沐溪镇"],
    }


def test_a_thing_by_its_shape_after_located_in_and_de():
    text = ("乐山市人民政府关于印发方案的通知\n"
            "加快建设位于夹江县的乐山医疗器械产业园。支持位于全市各地的企业。\n")
    assert stated_pairs(text, "loc.txt") == {
        ("乐山医疗器械产业园", "夹江县"): ["位于夹江县的乐山医疗器械产业园"],
    }


def test_a_city_s_own_word_then_a_district_of_it():
    text = ("乐山市人民政府关于印发方案的通知\n"
            "乐山生物医药产业园位于我市五通桥区，规划面积8平方公里。\n")
    assert stated_pairs(text, "loc.txt") == {
        ("乐山生物医药产业园", "乐山市五通桥区"): ["乐山生物医药产业园位于我市五通桥区"],
    }


def test_unquoted_kinds_of_companies_and_markets_are_no_things():
    text = ("乐山市人民政府关于印发方案的通知\n"
            "今年已有多家医药公司落户我市五通桥区。一批龙头公司入驻乐山高新区。"
            "国内市场位于乐山市的份额不断扩大。\n")
    assert stated_pairs(text, "loc.txt") == {}
