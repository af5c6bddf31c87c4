"""Session 11 body rule: a public-service centre (X服务中心, X交易中心, X指挥中心, X事务中心) named in a
labelled list of responsible units (责任单位：…) is a body (README: such centres are bodies only when the text names them
as a responsible unit or issuer). Before, only 政务服务/疾病预防控制/审评检查/医院管理 centres were,
so 牵头单位：市城镇化服务中心 lost its owner. In prose, or when the centre is a lab or a clinic
(临床检验中心), it stays no body. Written for this test (a Zhejiang city's task list in
simplified script, labels with full-width colons), not a corpus text."""

from body_support import bureau_mentions

TEXT = ("湖州市人民政府办公室关于印发重点工作任务分解的通知\n"
        "1.推进公共资源交易平台整合。牵头单位：市公共资源交易中心；配合单位：市财政局\n"
        "2.提升城市运行效率。责任单位：市城市管理指挥中心、市机关事务中心\n"
        "3.鼓励企业入驻市科技服务中心，依托市临床检验中心开展质控。\n")


def test_service_centres_in_owner_lists_are_bodies():
    names = {n for _, n in bureau_mentions(TEXT, "huzhou.txt")}
    assert "湖州市公共资源交易中心" in names
    assert "湖州市城市管理指挥中心" in names
    assert "湖州市机关事务中心" in names


def test_centres_in_prose_or_labs_are_not():
    names = {n for _, n in bureau_mentions(TEXT, "huzhou.txt")}
    assert "湖州市科技服务中心" not in names
    assert not any("临床检验" in n for n in names)
