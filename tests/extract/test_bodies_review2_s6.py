"""Review 2 (session 6) of db986c3 (bodies._scan): a preposition before a zone's committee
(经沣东新城管委会批准) is no part of its name, but 和/向/将 also open place names (和林格尔新区,
和田, 向阳, 将乐): cut them off only before a known place. Documents written for this review
(a Hohhot measure list, a Hotan notice); exact owner names."""

from owner_support import explicit_owners, extract_text, quotes_are_original

HOHHOT = """呼和浩特市人民政府关于支持生物医药产业发展的若干措施
1.支持和林格尔新区建设生物医药产业园，完善园区配套设施。（责任单位：和林格尔新区管委会、市发改委）
2.支持企业开展仿制药一致性评价。（责任单位：市工信局）
"""

HOTAN = """和田地区行政公署办公室关于加快中药材产业发展的通知
1.建设中药材交易中心。（责任单位：和田经济技术开发区管委会、地区商务局）
"""


def test_a_zone_whose_name_opens_with_he_keeps_its_name():
    doc, ex = extract_text(HOHHOT, "hohhot-biomed.txt")
    quotes_are_original(doc, ex)
    got = {k[:6]: v for k, v in explicit_owners(ex).items()}
    assert got["支持和林格尔"] == {("和林格尔新区管理委员会", "lead"), ("呼和浩特市发展和改革委员会", "support")}
    doc, ex = extract_text(HOTAN, "hotan-tcm.txt")
    names = {n.name for n in ex.nodes if n.label == "Bureau"}
    assert "和田经济技术开发区管理委员会" in names
    assert not any(n.startswith("田经济") for n in names)
