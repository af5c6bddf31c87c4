"""A party committee and its office named the way joint notices sign them (session 6,
issuers 2), on documents written for the test: a prefecture's short name (临夏州委办公室)
and a new area's level word said again (两江新区区委)."""

from medgraph.documents import read_bytes
from medgraph.extract import extract

from issuer_support import CAT, issued

_LINXIA = ("中共临夏州委办公室 临夏州人民政府办公室关于印发《临夏回族自治州中医药产业发展行动方案》的通知\n\n"
           "各县市委和人民政府，州委各部委：\n"
           "《临夏回族自治州中医药产业发展行动方案》已经州委、州政府同意，现印发给你们，请认真贯彻落实。\n\n"
           "中共临夏州委办公室   临夏州人民政府办公室\n2023年5月6日\n")
_LIANGJIANG = ("中共两江新区区委 两江新区管委会关于印发《两江新区生物医药产业高质量发展若干措施》的通知\n\n"
               "各部门：\n《两江新区生物医药产业高质量发展若干措施》已经区委、管委会同意，现印发给你们，请认真贯彻执行。\n\n"
               "中共重庆两江新区区委\n2022年3月1日\n")


def _aliases(text: str) -> dict[str, list[str]]:
    ex = extract(read_bytes(text.encode("utf-8"), "party.txt"), CAT)
    return {n.name: list(n.aliases) for n in ex.nodes if n.label == "Bureau"}


def test_a_body_keeps_the_name_it_was_written_with_when_that_names_its_place():
    assert issued(_LINXIA) == [("中共临夏回族自治州委办公室", "中共临夏州委办公室"),
                               ("临夏回族自治州人民政府办公室", "临夏州人民政府办公室")]
    # the prefecture's short name as written is kept as an alias of its office
    assert _aliases(_LINXIA)["中共临夏回族自治州委办公室"] == ["临夏回族自治州委办公室", "中共临夏州委办公室"]


def test_a_relative_name_is_no_alias():
    text = ("来源：海口市美兰区人民政府网\n区委办公室 区政府办公室关于印发《美兰区中医药服务提升方案》的通知\n\n各街道：\n"
            "《美兰区中医药服务提升方案》已经区委、区政府同意，现印发给你们。\n")
    # 区委办公室 is every district's: the node keeps its full names only
    assert _aliases(text)["中共海口市美兰区委办公室"] == ["海口市美兰区委办公室"]
    assert _aliases(text)["海口市美兰区人民政府办公室"] == ["海口市美兰区政府办公室"]


def test_a_new_areas_level_word_said_again_before_its_committee_names_the_party_committee():
    assert issued(_LIANGJIANG)[0] == ("中共重庆市两江新区委员会", "中共两江新区区委")
    assert "中共重庆市两江新区区委" not in _aliases(_LIANGJIANG)
