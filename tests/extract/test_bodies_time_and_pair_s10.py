"""Session 10 body rules on a name's start: (1) 依据/依照 (依据近年来省委…) are verbs no body's name
holds — a run through them (省X办公室依据…省委) is two bodies, not one; (2) a time phrase ending in
年来 (近年来省委省政府印发…) opens no name, as 今年/去年 do; (3) 省市委 / 省市政府 in a city's own
text names the province's and that city's committee: the city's is found (市委), never a made-up
"X省市委"; in a province's text it is the province's cities, a class. Written for this test
(a Jilin city's reply in traditional script, 1./2. items), not a corpus text; near misses: the
province's text, where 省市委 names no body."""

from body_support import bureau_mentions


_TEXT = ("白山市人民政府辦公室關於市政協提案的答覆\n"
         "1.近日，省營商環境建設辦公室依據近年來省委省政府印發的政策，編製了清單。\n"
         "2.我們將落實省市委對中醫藥產業作出的部署。\n")


def test_a_verb_splits_two_bodies_and_a_time_phrase_opens_none():
    got = bureau_mentions(_TEXT, "baishan.txt")
    names = [n for _, n in got]
    assert ("省委", "中共吉林省委员会") in got
    assert "吉林省营商环境建设办公室" in names
    assert not any("依据" in n or "年来" in n for n in names)


def test_sheng_shi_wei_in_a_citys_text_is_the_citys_committee():
    got = bureau_mentions(_TEXT, "baishan.txt")
    assert ("市委", "中共白山市委员会") in got
    assert not any(n.endswith("省市委") for _, n in got)


def test_sheng_shi_wei_in_a_provinces_text_names_none():
    text = ("吉林省人民政府辦公廳關於中醫藥產業的通知\n"
            "1.各地要落實省市委對中醫藥產業作出的部署。\n")
    names = [n for _, n in bureau_mentions(text, "jilin.txt")]
    assert not any(n.endswith("市委") or n.endswith("市委员会") for n in names)
