"""Session 11 body rule: an autonomous prefecture is often written by its short name and 自治州
without the peoples' names (湘西自治州人民政府 for 湘西土家族苗族自治州人民政府, 黔东南自治州).
Such a signature or heading line places the document in that prefecture, so its relative names
(州科技局, 州司法局) are the prefecture's. Before, only 湘西州 or the full official name did; the
short 自治州 form placed nothing and every 州X局 owner was dropped. Written for this test (an
Enshi notice, simplified, owners in brackets after each item), not a corpus text."""

from body_support import bureau_mentions

from medgraph.extract.entities import detect_jurisdiction


TEXT = ("恩施自治州人民政府办公室关于印发全州优化营商环境工作要点的通知\n"
        "各县市人民政府，州政府各部门：\n"
        "现将工作要点印发给你们，请认真贯彻执行。\n"
        "1. 推进证照分离改革。（牵头：州市场监管局；配合：州司法局）\n"
        "2. 压减审批时限。（牵头：州行政审批局）\n"
        "恩施自治州人民政府办公室\n"
        "2021年3月2日\n")


def test_short_prefecture_name_with_zizhizhou_places_the_document():
    assert detect_jurisdiction(TEXT) == "恩施"


def test_relative_prefecture_bureaus_resolve_to_the_prefecture():
    names = {n for _, n in bureau_mentions(TEXT, "enshi.txt")}
    assert "恩施土家族苗族自治州司法局" in names
    assert "恩施土家族苗族自治州市场监督管理局" in names
    assert "恩施土家族苗族自治州人民政府办公室" in names


def test_a_county_named_zizhizhou_word_is_no_prefecture():
    # 自治州 after a name the gazetteer does not list places nothing by this rule
    text = "某某自治州人民政府关于开展检查的通知\n各县人民政府：\n请做好检查。\n"
    assert detect_jurisdiction(text) != "某某"
