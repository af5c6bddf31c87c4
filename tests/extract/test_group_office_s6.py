"""The office of a leading group whose name holds a 与 (session 6, issuers 2), written for the
test in a Yuzhong district's style: the office signs the notice, its name spaced as a PDF
spaces a signature."""

from medgraph.catalog import load_catalog
from medgraph.extract.entities import find_entities

from issuer_support import issued

_NOTICE = ("来源：重庆市渝中区人民政府网\n"
           "关于印发《渝中区2024年政务公开工作要点》的通知\n"
           "各街道办事处，区政府各部门：\n"
           "《渝中区2024年政务公开工作要点》已经区政务公开与政府信息领导小组同意，现印发给你们，请认真贯彻落实。\n"
           "渝中区政务公开 与 政府信息 领导小组 办公室\n"
           "2024年3月20日\n")


def _bureaus(text: str) -> list[tuple[str, str]]:
    text = "来源：重庆市渝中区人民政府网\n" + text
    ms = find_entities(text, load_catalog(), "d").mentions
    return [(m.entity_id, text[m.start:m.end]) for m in ms if m.label == "Bureau" and m.start >= 15]


def test_the_office_of_a_group_named_with_a_conjunction_is_one_body():
    assert _bureaus("渝中区政务公开与政府信息领导小组办公室\n") == [
        ("bureau-重庆市渝中区政务公开与政府信息领导小组办公室", "渝中区政务公开与政府信息领导小组办公室")]
    # the group alone stays the group
    assert _bureaus("渝中区政务公开与政府信息领导小组\n") == [
        ("bureau-重庆市渝中区政务公开与政府信息领导小组", "渝中区政务公开与政府信息领导小组")]


def test_the_spaced_signature_of_the_office_issues_the_notice():
    assert issued(_NOTICE) == [("重庆市渝中区政务公开与政府信息领导小组办公室", "渝中区政务公开 与 政府信息 领导小组 办公室")]
