"""Session 11 body rule: county-level cities named by four characters (二连浩特市, 锡林浩特市,
香格里拉市 …: a closed list of official place names, read like the four-character prefectures 鄂尔多斯市)
open bodies' names and place their documents. Before, a generic city stem was two or three characters
only, so 二连浩特市人民政府办公室 named nothing and the text had no place. Written for this test (a
Diqing county-level city's notice), not a corpus text."""

from body_support import bureau_mentions

from medgraph.extract.entities import detect_jurisdiction

TEXT = ("香格里拉市人民政府办公室关于印发民族医药发展方案的通知\n"
        "各乡（镇）人民政府，市直各部门：\n"
        "一、建设藏医药传承基地。（责任单位：市卫生健康局、市财政局）\n")


def test_four_character_county_city_places_the_text():
    assert detect_jurisdiction(TEXT) == "香格里拉"


def test_its_bodies_are_named():
    names = {n for _, n in bureau_mentions(TEXT, "xgll.txt")}
    assert "香格里拉市人民政府办公室" in names
    assert "香格里拉市卫生健康局" in names
