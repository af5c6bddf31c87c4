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


_PREFECTURE = ("来源：某转载站 http://example.com/zz/2021/3.html\n"
               "恩施自治州人民政府关于印发恩施州2021年优化营商环境工作要点的通知\n"
               "恩施州政发〔2021〕4号\n"
               "各县市人民政府，州政府各部门：\n"
               "《恩施州2021年优化营商环境工作要点》已经州人民政府常务会议同意，现印发给你们，请认真贯彻落实。\n"
               "恩施自治州人民政府\n2021年3月2日\n")


def test_an_autonomous_prefecture_named_x_zizhizhou():
    # X自治州 is the prefecture's short official form (恩施自治州 = 恩施土家族苗族自治州), as X州 is
    got = issued(_PREFECTURE, "prefecture_s10.txt", match_document=False)
    assert [n for n, _ in got] == ["恩施土家族苗族自治州人民政府"]
    assert got[0][1] == "恩施自治州人民政府"
    # a county-level city of the prefecture (恩施市) is no prefecture government
    city = _PREFECTURE.replace("恩施自治州人民政府关于", "恩施市人民政府关于").replace("恩施自治州人民政府\n2021", "恩施市人民政府\n2021")
    assert "恩施土家族苗族自治州人民政府" not in [n for n, _ in issued(city, "prefecture_s10b.txt", match_document=False)]


_DRAFTED = ("来源：某转载站（转载南京市卫生健康委政策解读） http://example.com/jd/2021/5.html\n"
            "一、文件起草的背景是什么？\n"
            "为加快医学科技创新，南京市卫生健康委员会会同南京市科学技术局研究起草了《南京市关于加强医学科技创新的实施方案(2021—2023年)》。\n"
            "二、主要内容是什么？\n"
            "1.支持医疗机构开展临床研究。对承担国家级项目的给予配套支持。\n")


def test_a_body_that_only_drafted_the_policy_does_not_issue_it():
    # 起草 drafts a text another body issues: the page states no issuer
    assert issued(_DRAFTED, "drafted_s10.txt", no_policy_ok=True, match_document=False) == []
    # 研究制定 makes it: the makers issue it
    made = _DRAFTED.replace("研究起草了", "研究制定了")
    assert [n for n, _ in issued(made, "made_s10.txt", match_document=False)] == ["南京市卫生健康委员会", "南京市科学技术局"]


_SUBJECT = ("来源：某转载站（苏州市商务局政策解读） http://example.com/sz/2024/2.html\n"
            "根据市委、市政府工作部署，苏州市商务局作为跨境电商产业链的牵头部门，会同苏州市财政局、苏州市发展和改革委员会"
            "在广泛调研、征求有关部门意见的基础上，研究制定了《苏州市促进跨境电商发展若干政策》(以下简称《若干政策》)。\n"
            "《若干政策》共十条。《若干政策》明确了支持方向。\n")


def test_a_sentences_subject_working_with_others_far_from_its_verb():
    got = [n for n, _ in issued(_SUBJECT, "subject_s10.txt", match_document=False)]
    assert got == ["苏州市商务局", "苏州市财政局", "苏州市发展和改革委员会"]
    # a body inside a clause (经X同意，会同…) is no subject: nothing is read from that sentence
    inside = _SUBJECT.replace("苏州市商务局作为跨境电商产业链的牵头部门，会同", "经苏州市商务局同意，会同")
    assert issued(inside, "subject_s10b.txt", no_policy_ok=True, match_document=False) == []
