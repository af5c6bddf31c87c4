"""Session 10 issuer rule (held-8 opened), on small documents written for it: a headless notice
whose statement of its matters is a bare sentence (现将有关事宜通知如下。) after the sentence in which
its maker decides (…，县政府决定建立X工作机制。): that maker issues it. Near-misses: a body that
only appears inside a clause of that sentence (根据X部署), a sentence before it that is not the
notice's (a body's past decision two sentences up)."""

from issuer_support import issued

_HEADLESS = ("来源：县政府信息公开平台 http://example.com/info/77\n"
             "昭政办字〔2025〕8号\n"
             "各乡镇人民政府，县直各有关单位：\n"
             "为促进民族医药传承创新发展，强化部门间协调联动，昭苏县人民政府决定建立昭苏县民族医药传承创新发展工作机制。"
             "现将有关事宜通知如下。\n"
             "一、工作机制组成\n工作机制由县政府分管副县长担任召集人。\n")


def test_the_maker_deciding_in_the_sentence_before_a_bare_statement_of_matters():
    got = issued(_HEADLESS, "makers_s10.txt", match_document=False)
    assert [n for n, _ in got] == ["昭苏县人民政府"]
    assert [q for _, q in got] == ["昭苏县人民政府"]


def test_a_body_inside_a_clause_of_that_sentence_makes_nothing():
    inside = _HEADLESS.replace("强化部门间协调联动，昭苏县人民政府决定建立", "按照昭苏县人民政府部署，决定建立")
    assert issued(inside, "makers_s10b.txt", no_policy_ok=True, match_document=False) == []
