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
            "在我县舟坝镇建设竹林中药材种植基地。沐川县中药材交易市场位于本县沐溪镇。\n")
    assert stated_pairs(text, "loc.txt") == {
        ("竹林中药材种植基地", "沐川县舟坝镇"): ["在我县舟坝镇建设竹林中药材种植基地"],
        ("沐川县中药材交易市场", "沐川县沐溪镇"): ["沐川县中药材交易市场位于本县沐溪镇"],
    }


def test_a_thing_by_its_shape_after_located_in_and_de():
    text = ("乐山市人民政府关于印发方案的通知\n"
            "加快建设位于夹江县的乐山医疗器械产业园。支持位于全市各地的企业。\n")
    assert stated_pairs(text, "loc.txt") == {
        ("乐山医疗器械产业园", "夹江县"): ["位于夹江县的乐山医疗器械产业园"],
    }
