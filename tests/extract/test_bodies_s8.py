"""Session 8 body rules, each on a small document written for it (not a corpus text): surfaces,
resolved names and spans are checked against the source text."""

from body_support import bureau_mentions
from owner_support import extract_text, quotes_are_original

from medgraph.extract.entities import detect_jurisdiction

# an autonomous region's reply that names its region only by the short name and its organs as
# 自治区X (the way a province's texts write 省X)
REGION_REPLY = """来源：example.org https://example.org/reply/7.html
民盟新疆区委：
你们提出的《关于发展新疆特色民族医药产业的提案》收悉，现答复如下：
自治区党委、自治区人民政府高度重视民族医药工作。近年来，新疆在南疆四地州布局了一批种植基地。
一、关于种植基地建设。自治区卫生健康委会同自治区发展改革委、科技厅、农业农村厅推进基地建设。
"""


def test_a_region_named_by_its_short_name_and_speaking_of_itself_as_a_region():
    assert detect_jurisdiction(REGION_REPLY) == "新疆"
    got = bureau_mentions(REGION_REPLY, "region.txt")
    assert ("自治区党委", "中共新疆维吾尔自治区委员会") in got
    assert ("自治区人民政府", "新疆维吾尔自治区人民政府") in got
    assert ("自治区卫生健康委", "新疆维吾尔自治区卫生健康委员会") in got
    # the rest of the list shares the first name's 自治区
    assert ("科技厅", "新疆维吾尔自治区科学技术厅") in got
    assert ("农业农村厅", "新疆维吾尔自治区农业农村厅") in got
    doc, ex = extract_text(REGION_REPLY, "region.txt")
    quotes_are_original(doc, ex)


def test_a_class_of_regions_or_two_regions_name_no_region():
    # 各省、自治区人民政府 addresses every region: not a region's own organ
    national = "各省、自治区人民政府：\n为支持新疆、西藏民族医药发展，现通知如下。\n"
    assert detect_jurisdiction(national) != "新疆"
    two = REGION_REPLY.replace("南疆四地州", "西藏林芝")
    assert detect_jurisdiction(two) not in ("新疆", "西藏")
