"""Session 10 body rule: a catalogued park or zone (a Platform of the catalog: 未来科学城, 中关村生命科学园)
named inside its committee's name (未来科学城管委会) is named by the committee, as a catalogued
district is by its bureau (海淀区 + 科委): before, the park's catalog mention crossed the body the
finder read and the committee was dropped. Written for this test (a Changping notice in
traditional script, 第一/第二 items), not a corpus text; near misses: the park alone, or before a
word that is no committee (管理办法), stays the park and makes no body."""

from body_support import CAT, bureau_mentions

from medgraph.extract.entities import find_entities
from medgraph.textnorm import normalize


_TEXT = ("北京市昌平區人民政府辦公室關於推進醫藥健康產業發展的通知\n"
         "第一，由未來科學城管委會牽頭建設創新中心。\n"
         "第二，中關村生命科學園管委會配合做好服務。\n")


def test_a_parks_committee_is_a_body():
    got = bureau_mentions(_TEXT, "changping.txt")
    assert ("未来科学城管委会", "未来科学城管理委员会") in got
    assert ("中关村生命科学园管委会", "中关村生命科学园管理委员会") in got


def test_the_park_alone_stays_a_park():
    text = ("北京市昌平區人民政府辦公室關於推進醫藥健康產業發展的通知\n"
            "第一，在未來科學城建設創新中心，制定未來科學城管理辦法。\n")
    norm = normalize(text)[0]
    ents = find_entities(norm, CAT, "changping2.txt")
    assert not any(m.label == "Bureau" and "科学城" in m.surface for m in ents.mentions)
    assert [m.surface for m in ents.mentions if m.entity_id == "platform-future-science-city"] == ["未来科学城", "未来科学城"]
