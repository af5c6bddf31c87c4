"""Review of session 11's rule commits (rev11): probes in styles the rules did not consider, each a
misfire the rule made and the narrowing that stops it. Documents written here, for places other than
the ones the rules were written for."""

from body_support import bureau_mentions
from measure_support import shape
from owner_support import explicit_owners, extract_text, quotes_are_original


# --- bodies: a district's own campaign group (区疫情防控指挥部) — but 市、区两级指挥部 names the groups of two
# levels, a class, no body of the district


def test_the_groups_of_two_levels_are_no_districts_group():
    text = ("成都市温江区卫生健康局关于做好中医药工作的通知\n"
            "各街道办事处，区级各部门：\n"
            "一、加强统筹。由区疫情防控指挥部统一调度。\n"
            "二、加强联动。市、区两级指挥部要加强信息共享，县、乡两级领导小组要定期会商。\n")
    names = {n for _, n in bureau_mentions(text, "review-two-levels.txt")}
    assert "成都市温江区疫情防控指挥部" in names   # (the rule's own case stays)
    assert not any("两级" in n for n in names)


# --- bodies: a public-service centre is a body in a list of RESPONSIBLE units (牵头单位：, 责任单位：) — not after
# any label ending in 单位： (受理单位：, 联系单位：, 申报单位： name where to apply or whom to call)


def test_a_centre_after_a_label_of_no_responsible_units_is_no_body():
    text = ("湖州市科学技术局关于开展2024年度科技项目申报工作的通知\n"
            "各区县科技局：\n"
            "一、申报方式。申报单位：在湖州市注册的企业。受理单位：市科技创新服务中心。\n"
            "二、联系方式。联系单位：市人才发展服务中心，联系人：张三。\n"
            "三、优化服务。责任单位：市行政审批局、市城乡规划服务中心\n")
    names = {n for _, n in bureau_mentions(text, "review-centres.txt")}
    assert "湖州市科技创新服务中心" not in names
    assert "湖州市人才发展服务中心" not in names
    assert "湖州市城乡规划服务中心" in names   # (the rule's own case stays)


# --- bodies._addressed_zones: a zone named as an item of a list of responsible units is its 管委会 — but a bracket
# that says what an area includes (（包括樊城区、襄阳经开区）, （含襄阳高新区、襄阳经开区）) lists places, no units


def test_a_zone_in_a_bracket_of_places_is_no_committee():
    head = "襄阳市人民政府办公室关于印发医药产业行动方案的通知\n"
    for line in ("一、优化布局。重点建设产业园区（包括樊城区、襄阳经开区），在全市推广。\n",
                 "一、优化布局。在全市范围（含襄阳高新区、襄阳经开区）推广。\n"):
        names = {n for _, n in bureau_mentions(head + line, "review-zones.txt")}
        assert not any(n.endswith("管理委员会") for n in names), line
    # (the rule's own case stays: a zone in a list of units)
    names = {n for _, n in bureau_mentions(head + "一、建设医药产业园。（市发展改革委、襄阳经开区）\n", "review-zones-2.txt")}
    assert "襄阳经济技术开发区管理委员会" in names
