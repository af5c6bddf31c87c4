"""Body layouts of session 7 (held-5 opened), each on a small document written for its test,
every mention's surface checked against the source text at its span (extract/bodies.py):

* a prefecture-level city of three characters (六盘水市, 牡丹江市) opening a line or a run
  (a signature block): the check that a generic place can start at a character looked for
  its 市 two characters on only, so these names were never tried;
* a prefecture-level city of four characters (鄂尔多斯市, 齐齐哈尔市) by the gazetteer's name."""

from medgraph.catalog import load_catalog
from medgraph.extract.entities import find_entities
from medgraph.extract.identity import own_heading
from medgraph.textnorm import normalize

CAT = load_catalog()


def _bodies(text: str, name: str = "s7.txt") -> list[tuple[str, str]]:
    norm = normalize(text)[0]
    ents = find_entities(norm, CAT, name, head=own_heading(norm).title or "")
    out = []
    for m in ents.mentions:
        if m.label != "Bureau":
            continue
        assert norm[m.start:m.end] == m.surface
        node = CAT.entries[m.entity_id].node([]) if m.entity_id in CAT.entries else ents.nodes[m.entity_id]
        out.append((m.surface, node.name))
    return out


def test_three_character_city_opening_a_signature_line():
    text = ("关于印发马鞍山市慢性病防治工作方案的通知\n"
            "各县区人民政府，市政府各部门：\n"
            "现将方案印发给你们，请认真贯彻执行。\n"
            "马鞍山市人民政府办公室\n"
            "2019年3月4日\n")
    found = _bodies(text)
    assert ("马鞍山市人民政府办公室", "马鞍山市人民政府办公室") in found


def test_four_character_prefecture_city():
    text = ("齐齐哈尔市卫生健康委员会关于做好老年健康服务工作的通知\n"
            "各县（市）区卫生健康局：\n"
            "一、开展老年健康宣传周活动。（责任单位：市卫生健康委）\n"
            "齐齐哈尔市卫生健康委员会\n"
            "2022年6月1日\n")
    found = _bodies(text)
    assert ("齐齐哈尔市卫生健康委员会", "齐齐哈尔市卫生健康委员会") in found
    assert ("市卫生健康委", "齐齐哈尔市卫生健康委员会") in found
