"""Session 12 body rule (README: bare 中央 naming the Party's Central Committee as an organ is the body
中共中央): 中央 beside another body or a place's committee (中央、国务院; 中央和省委的决策部署; 在中央和市委
市政府坚强领导下; 中央、省、市决策部署) or before what an organ decides (中央决策部署, 根据中央《关于…》) is
中共中央; 中央 as a modifier is not (中央企业, 中央财政, 中央和省、市经济工作会议, 中央、省驻市单位).

Written for this test (a Guangxi county's and a Hunan city's texts), not corpus texts; the corpus
documents it serves: bj-changping-2023-govreport, bj-wjw-2020-performance-selfcheck,
huaihua-2023-economy-growth-measures-implementation-trad, suzhou-2016-talent-priority-measures-joint-trad,
tianjin-2020-key-work-notice, zhoushan-2018-marine-talent-new-policy-opinions-trad and others."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_central_beside_the_provinces_committee_is_the_central_committee():
    text = ("隆安县人民政府关于印发重点工作的通知\n"
            "一年来，在中央和自治区党委、市委的坚强领导下，全县经济稳中有进。\n")
    assert "中共中央" in _names(text)


def test_central_before_its_decisions_is_the_central_committee():
    text = ("常德市人民政府办公室关于印发实施方案的通知\n"
            "为贯彻落实中央、省、市决策部署，根据中央《关于深化人才发展体制机制改革的意见》，制定本方案。\n")
    assert "中共中央" in _names(text)


def test_central_as_a_modifier_is_no_body():
    text = ("常德市人民政府办公室关于印发实施方案的通知\n"
            "各区县市人民政府，中央、省驻常单位：\n"
            "按照中央和省、市经济工作会议部署，争取中央财政资金，支持中央企业在常投资。\n")
    assert "中共中央" not in _names(text)
