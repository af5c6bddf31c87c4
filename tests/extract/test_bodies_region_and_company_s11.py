"""Session 11 body rules.

1. An autonomous region's own text that writes its organs as 自治区 + a commission's short name
   (自治区发展改革委, 自治区卫生健康委) and names its region once by the short name (广西) is that
   region's: 自治区发展改革委 and the 财政厅 listed after it are the region's. Before, only 自治区X厅/局/
   委员会 told a region's own text, so a text whose first organ was a 委 had no place and its owners
   were dropped.
2. A bureau's name followed by 集团(有限公司) is a company (中国铁路呼和浩特局集团有限公司, 中铁十一局集团):
   no government body, never an owner.
Written for this test (a Guangxi notice in simplified script, owners after a colon), not a corpus
text."""

from body_support import bureau_mentions

from medgraph.extract.entities import detect_jurisdiction

TEXT = ("各市人民政府，自治区各委、办、厅、局：\n"
        "为推动广西向海经济发展，现就有关事项通知如下。\n"
        "一、完善港口集疏运体系。责任单位：自治区发展改革委、财政厅，中国铁路南宁局集团有限公司\n"
        "二、提升口岸通关效率。责任单位：自治区卫生健康委\n")


def test_region_commission_short_name_places_the_text():
    assert detect_jurisdiction(TEXT) == "广西"


def test_region_organs_are_named_with_the_region():
    names = {n for _, n in bureau_mentions(TEXT, "guangxi.txt")}
    assert "广西壮族自治区发展和改革委员会" in names
    assert "广西壮族自治区财政厅" in names


def test_a_railway_group_company_is_no_body():
    names = {n for _, n in bureau_mentions(TEXT, "guangxi.txt")}
    assert not any("铁路" in n for n in names)
