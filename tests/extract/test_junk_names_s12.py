"""Session 12 body rules against names that are no body's:

- 国家 after 和/与/及 that follows no body's name (创建国家卫生城市和国家食品安全示范城市工作领导小组) is
  a word inside a campaign's name, not the nation opening a national group's;
- a group's name after the government that sets it up (市政府研究决定成立市…领导小组, 市人民政府决定成立
  X市…领导小组): the group is named from after 成立, the government is a body of its own — before, the
  whole clause (X市人民政府决定成立…领导小组) became one body;
- a party committee's or congress's session (市委九届五次全会暨…, 党委八届四次全委(扩大)会议): no body;
- counted counties and districts (交由6个县区政府承办): a class, not a district 个县区.

Written for this test (Hubei/Guizhou notices, other wording), not corpus texts; the corpus documents
they serve: foshan-2022-drug-safety-crackdown-leading-group-notice, lasa-2024-minsheng-shishi-jiedu,
xinjiang-2013-wst-livelihood-projects-task-division-trad, luan-2025-npc-suggestions-handling-report."""

from body_support import bureau_mentions


def _names(text: str) -> set[str]:
    return {n for _, n in bureau_mentions(text, "t.txt")}


def test_group_set_up_by_the_government_is_named_from_after_set_up():
    text = ("宜昌市人民政府办公室关于成立领导小组的通知\n"
            "根据省里要求,市人民政府决定成立宜昌市城乡环境卫生整洁行动暨病媒生物防制工作领导小组。组成人员如下:\n")
    names = _names(text)
    assert "宜昌市城乡环境卫生整洁行动暨病媒生物防制工作领导小组" in names
    assert "宜昌市人民政府" in names
    assert not any("决定" in n for n in names)


def test_the_nation_inside_a_campaign_name_is_no_national_group():
    # (…创建国家卫生城市和国家食品安全示范城市工作领导小组: 国家 after 和 inside the city's group's name)
    text = ("宜昌市人民政府办公室关于成立领导小组的通知\n"
            "经研究,市政府决定成立宜昌市创建国家卫生城市和国家食品安全示范城市工作领导小组。\n"
            "市卫健委和国家卫生健康委员会联合开展督导。\n")
    names = _names(text)
    assert "国家食品安全示范城市工作领导小组" not in names
    assert "宜昌市创建国家卫生城市和国家食品安全示范城市工作领导小组" in names
    assert "国家卫生健康委员会" in names


def test_a_session_of_the_party_committee_is_no_body():
    text = ("遵义市人民政府关于印发民生实事的通知\n"
            "根据市委六届九次全会暨市委经济工作会议精神,以及省委十三届三次全委(扩大)会议部署,制定本方案。\n")
    names = _names(text)
    assert not any("全会" in n or "届" in n or "全委员会" in n for n in names)


def test_counted_counties_and_districts_are_a_class():
    text = ("黄冈市人民政府关于代表建议办理情况的报告\n"
            "市政府将代表建议分别交由6个县区政府和32个市直单位承办。\n")
    names = _names(text)
    assert not any("个县区" in n for n in names)
    assert "黄冈市人民政府" in names
