"""An office of a government named by its shape (政府 + a few characters + 室/办), one rule for
督查室, 研究室, 参事室 …, on a document written for this test."""

from owner_support import extract_text, quotes_are_original

TEXT = """某某市人民政府办公室关于做好年度重点工作督办的通知
各县（区）人民政府，市政府各部门：
一、建立督办台账。（责任单位：市政府督查室）
二、开展专题调研。（责任单位：市政府研究室、市政府参事室）
三、请各单位集中办理，按要求在市政府常务会议室汇报。
"""


def test_offices_of_the_government_by_shape():
    doc, ex = extract_text(TEXT.replace("某某市", "岳阳市"), "offices.txt")
    names = {n.name for n in ex.nodes if n.label == "Bureau"}
    assert {"岳阳市人民政府督查室", "岳阳市人民政府研究室", "岳阳市人民政府参事室"} <= names, names
    assert not any("会议室" in n for n in names), names
    quotes_are_original(doc, ex)
