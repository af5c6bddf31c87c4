"""A jurisdiction given at load time (extract.given_place): many real texts never name their own
place — a bureau's notice lists 市科技局, 市财政局 and the city is only in the site it came from.
Without the place extraction names no such body (a wrong owner is worse than none); given the
place by the user, the same words resolve to that city's bodies, with evidence still quoting the
text. A place the text names itself wins over the given one."""

import pytest

from medgraph.documents import read_bytes
from medgraph.extract import extract
from medgraph.extract.given_place import UnknownJurisdiction, normalize
from owner_support import CAT, explicit_owners, quotes_are_original

# a city bureau's measure list as a page excerpt gives it: no city named anywhere, ASCII
# brackets and colons, 1. numbering, owners after each item
PLACELESS = """关于支持创新医疗器械加快发展的若干措施

1.支持首台(套)创新医疗器械推广应用,对进入创新通道的产品给予辅导。(牵头单位:市科技局;配合单位:市卫生健康委、市财政局)
2.加快审评审批,对临床急需产品优先审评。(责任单位:市药监局)
"""

_FIRST = "支持首台(套)创新医疗器械推广应用,对进入创新通道的产品给予辅导"
_SECOND = "加快审评审批,对临床急需产品优先审评"


def _extract(text: str, jurisdiction: str | None):
    doc = read_bytes(text.encode("utf-8"), "placeless.txt")
    return doc, extract(doc, CAT, jurisdiction=jurisdiction)


@pytest.mark.parametrize("typed,key", [
    ("上海市", "上海"), ("上海", "上海"), ("广西壮族自治区", "广西"), ("新疆维吾尔自治区", "新疆"),
    ("内蒙古自治区", "内蒙古"), ("十堰市", "十堰"), ("北京市", "北京"), ("浙江省", "浙江"),
    ("国家", "国家"), (" 杭州市 ", "杭州"), ("", ""), (None, ""),
])
def test_what_a_user_types_becomes_the_jurisdiction_key(typed, key):
    assert normalize(typed) == key


@pytest.mark.parametrize("typed", ["海淀区", "北京市海淀区", "房县", "火星市", "Shanghai", "市"])
def test_districts_counties_and_unknown_places_are_refused_with_what_is_accepted(typed):
    with pytest.raises(UnknownJurisdiction) as err:
        normalize(typed)
    assert repr(typed.strip()) in str(err.value) and "上海市" in str(err.value)


def test_a_text_naming_no_place_gets_no_owners_without_a_given_jurisdiction():
    _, ex = _extract(PLACELESS, None)
    assert explicit_owners(ex) == {_FIRST: set(), _SECOND: set()}
    assert ex.document.jurisdiction_given == ""


def test_the_given_city_resolves_the_text_s_relative_names_with_evidence_quoting_the_text():
    doc, ex = _extract(PLACELESS, "杭州市")
    assert explicit_owners(ex) == {
        _FIRST: {("杭州市科学技术局", "lead"), ("杭州市卫生健康委员会", "support"), ("杭州市财政局", "support")},
        _SECOND: {("杭州市药品监督管理局", "lead")},
    }
    quotes_are_original(doc, ex)
    assert ex.document.jurisdiction_given == "杭州"
    assert not any("names its own place" in w for w in ex.warnings)


def test_another_given_city_gives_that_city_s_bodies():
    _, ex = _extract(PLACELESS, "重庆市")
    assert {b for owners in explicit_owners(ex).values() for b, _ in owners} == {
        "重庆市科学技术局", "重庆市卫生健康委员会", "重庆市财政局", "重庆市药品监督管理局"}


def test_a_place_the_text_names_wins_over_the_given_one_and_the_loader_is_warned():
    text = "天津市科学技术局关于" + PLACELESS.lstrip("关于")
    _, ex = _extract(text, "杭州市")
    bodies = {b for owners in explicit_owners(ex).values() for b, _ in owners}
    assert bodies and all(b.startswith("天津市") for b in bodies)
    assert ex.document.jurisdiction_given == "杭州"
    assert any("names its own place (天津)" in w and "杭州市" in w for w in ex.warnings)


def test_an_unknown_given_place_is_refused_before_extracting():
    with pytest.raises(UnknownJurisdiction):
        _extract(PLACELESS, "火星市")


def test_a_county_s_text_naming_only_its_county_keeps_it_and_the_warning_names_it():
    # no city anywhere, the county in its heading: its 县X局 are that county's, whatever city is given
    text = ("岚皋县人民政府关于加快中药材产业发展的实施意见\n\n"
            "一、建设中药材基地。（责任单位：县农业农村局、县财政局）\n")
    _, ex = _extract(text, "安康市")
    assert {b for owners in explicit_owners(ex).values() for b, _ in owners} == {"岚皋县农业农村局", "岚皋县财政局"}
    assert any("names its own place (岚皋县)" in w and "安康市" in w for w in ex.warnings), ex.warnings
