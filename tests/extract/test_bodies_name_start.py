"""Where a body's name starts inside a run of Chinese characters (extract/bodies.py), on a
document written for this test: after a count's classifier (第十三次区政府, 第5次区政府), after
a verb that takes a body as its object (代表区人民政府, 批准成立…管理委员会), after a verb before
places that share one suffix (开展A区、B区政府…); a word glued before a relative place is no start."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

TEXT = """北京市海淀区科学技术委员会关于印发海淀区促进医疗器械产业发展若干措施的通知
各有关单位：
《海淀区促进医疗器械产业发展若干措施》已经第十三次区政府常务会议研究同意，现印发给你们。
副区长代表昌平区人民政府介绍了合作情况，第5次区政府专题会议作了部署。
（一）开展西城区、丰台区政府间合作。（责任单位：区发展改革委）
"""


def _names() -> set[str]:
    doc = read_bytes(TEXT.encode("utf-8"), "start.txt")
    return {n.name for n in extract(doc, load_catalog()).nodes if n.label == "Bureau"}


def test_names_start_after_counts_and_verbs():
    names = _names()
    assert {"北京市海淀区人民政府", "北京市昌平区人民政府"} <= names, sorted(names)
    assert {"北京市西城区人民政府", "北京市丰台区人民政府"} <= names, sorted(names)
    assert not [n for n in names if "次" in n or "代表" in n or "开展" in n], sorted(names)
