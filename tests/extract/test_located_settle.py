"""One rule for things that settle somewhere (places.py ``_Located.settle``/``zai``):
``LIST(等N个X) 落户/入驻/落地/迁入 (于/在) <where>`` and ``LIST 在 <where> 落地/揭牌/设立…``,
where <where> is a chain of administrative units or a word pointing back (此, 这里, 园区,
该园区) that stands for the place the paragraph is about. Lists are closed by 等… or not,
joined by 、 or 和; their items are known names or names by their shape, and a short item takes
the first item's parent body. Each document here is written for the test (parks and cities
of no corpus document, both scripts); each asserts the exact pairs and evidence quotes."""

from located_support import stated_pairs


def _q(*quotes: str) -> list[str]:
    return sorted(quotes)


def _pairs(text: str, name: str = "settle.txt") -> dict[tuple[str, str], list[str]]:
    return stated_pairs(text, name)


def test_a_list_closed_by_a_count_settles_in_the_park_a_pointing_word_names():
    text = ("成都天府国际生物产业园发展情况\n"
            "成都天府国际生物产业园位于成都市双流区，规划面积44平方公里。\n"
            "截至目前，四川某某药业有限公司、成都某某生物技术有限公司和成都某某基因科技有限公司等3家企业已入驻该园区。\n")
    clause = "四川某某药业有限公司、成都某某生物技术有限公司和成都某某基因科技有限公司等3家企业已入驻该园区"
    assert _pairs(text) == {
        ("成都天府国际生物产业园", "成都市双流区"): _q("成都天府国际生物产业园位于成都市双流区"),
        ("四川某某药业有限公司", "成都天府国际生物产业园"): _q(clause, "成都天府国际生物产业园"),
        ("成都某某生物技术有限公司", "成都天府国际生物产业园"): _q(clause[clause.index("成都某某生物"):], "成都天府国际生物产业园"),
        ("成都某某基因科技有限公司", "成都天府国际生物产业园"): _q(clause[clause.index("成都某某基因"):], "成都天府国际生物产业园"),
    }


def test_short_names_take_the_parent_body_of_the_first_item_and_here_comes_after_the_verb():
    # 落户于此: the pointing word after the verb; no 等 closes the list
    text = ("武汉光谷生物医药产业园\n"
            "武汉光谷生物医药产业园位于武汉市东湖新技术开发区。"
            "国家卫生健康委员会医药卫生科技发展研究中心、统计信息中心先后落户于此。\n")
    clause = "国家卫生健康委员会医药卫生科技发展研究中心、统计信息中心先后落户于此"
    pairs = _pairs(text)
    assert pairs[("国家卫生健康委员会医药卫生科技发展研究中心", "武汉光谷生物医药产业园")] == _q(clause, "武汉光谷生物医药产业园")
    assert pairs[("国家卫生健康委员会统计信息中心", "武汉光谷生物医药产业园")] == _q(clause[clause.index("统计"):], "武汉光谷生物医药产业园")


def test_names_joined_by_he_in_traditional_script_settle_here():
    text = ("蘇州生物醫藥產業園\n"
            "蘇州生物醫藥產業園位於蘇州市工業園區。\n"
            "蘇州某某醫學研究院和蘇州某某腫瘤醫院在這裡落戶。\n")
    pairs = _pairs(text)
    assert pairs[("苏州某某医学研究院", "苏州生物医药产业园")] == _q("蘇州某某醫學研究院和蘇州某某腫瘤醫院在這裡落戶", "蘇州生物醫藥產業園")
    assert pairs[("苏州某某肿瘤医院", "苏州生物医药产业园")] == _q("蘇州某某腫瘤醫院在這裡落戶", "蘇州生物醫藥產業園")


def test_a_list_of_names_by_their_shape_settles_in_a_chain_of_units():
    text = "合肥某某生物医药研究院、合肥某某精准医学中心等2家机构正式落户安徽省合肥市蜀山区。\n"
    clause = "合肥某某生物医药研究院、合肥某某精准医学中心等2家机构正式落户安徽省合肥市蜀山区"
    assert _pairs(text) == {
        ("合肥某某生物医药研究院", "合肥市蜀山区"): _q(clause),
        ("合肥某某精准医学中心", "合肥市蜀山区"): _q(clause[clause.index("合肥某某精准"):]),
    }


def test_opened_in_the_park_and_the_thing_named_after_the_place():
    text = ("青岛蓝色药谷\n"
            "青岛蓝色药谷位于青岛市崂山区。\n"
            "山东某某海洋药物研究院在园区正式揭牌。落户于此的青岛某某制药有限公司完成扩产。\n")
    assert _pairs(text) == {
        ("青岛蓝色药谷", "青岛市崂山区"): _q("青岛蓝色药谷位于青岛市崂山区"),
        ("山东某某海洋药物研究院", "青岛蓝色药谷"): _q("山东某某海洋药物研究院在园区正式揭牌", "青岛蓝色药谷"),
        ("青岛某某制药有限公司", "青岛蓝色药谷"): _q("落户于此的青岛某某制药有限公司", "青岛蓝色药谷"),
    }


def test_pointing_words_that_point_nowhere_or_at_no_park_place_nothing():
    text = ("关于支持生物医药产业发展的若干措施\n"
            "一、支持重大项目在园区落地，对新入驻园区的企业给予租金补贴。\n"
            "二、在此基础上，推动某某生物医药研究院落地见效。\n"
            "三、六大中心在此落地。各类创新平台入驻园区。\n")
    assert _pairs(text) == {}


def test_a_park_word_points_only_at_a_park_this_points_at_any_place():
    text = ("滨海新区概况\n"
            "天津市滨海新区是国家级新区。天津某某医药研究院在此落地，天津某某医疗器械有限公司入驻园区。\n")
    # 此 = the new area the paragraph named; 园区 names a park, and the paragraph names none
    assert _pairs(text) == {("天津某某医药研究院", "天津市滨海新区"): _q("天津某某医药研究院在此落地", "天津市滨海新区")}
