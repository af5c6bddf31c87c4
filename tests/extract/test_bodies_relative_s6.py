"""Relative names (市委, 区政府办公室, 县卫健委) where real texts write them and the finder missed
them until session 6 (extract/bodies.py), each on a document written for its test, every
mention's surface checked against the text at its span:

* after the verbs that introduce whose decision is followed (按照市委、市政府部署, 贯彻落实区委
  决定, 根据县政府安排): one lexicon of lead-in words for every place a name may start;
* a person's name, a space, then the post (主持人：王晓红 县委宣传部副部长): the space separates
  them, the name is no county (王晓红县);
* the document's own county by its name after a verb (代表临泉县卫健委): the county's bureau."""

from medgraph.catalog import load_catalog
from medgraph.extract.entities import find_entities
from medgraph.textnorm import normalize

CAT = load_catalog()


def _bodies(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)[0]
    ents = find_entities(norm, CAT, "relative.txt")
    out = []
    for m in ents.mentions:
        if m.label != "Bureau":
            continue
        assert norm[m.start:m.end] == m.surface
        node = CAT.entries[m.entity_id].node([]) if m.entity_id in CAT.entries else ents.nodes[m.entity_id]
        out.append((m.surface, node.name))
    return out


def test_relative_committees_after_lead_in_verbs():
    text = ("绵阳市人民政府办公室关于印发中医药发展方案的通知\n"
            "各县市区人民政府：\n"
            "按照市委、市政府部署，贯彻落实市委办公室要求，制定本方案。\n")
    found = _bodies(text)
    assert ("市委", "中共绵阳市委员会") in found
    assert ("市政府", "绵阳市人民政府") in found
    assert ("市委办公室", "中共绵阳市委办公室") in found


def test_a_person_s_name_before_a_post_is_no_county():
    text = ("临泉县人民政府新闻办公室举行新闻发布会\n"
            "主持人：\n王晓红 县委宣传部副部长\n"
            "首先，我谨代表临泉县卫健委，向各位媒体朋友表示感谢。\n")
    found = _bodies(text)
    assert ("县委宣传部", "中共临泉县委宣传部") in found
    assert ("临泉县卫健委", "临泉县卫生健康委员会") in found
    assert not [n for _, n in found if "王晓红" in n]
