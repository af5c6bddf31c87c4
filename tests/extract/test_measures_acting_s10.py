"""Session 10: whether a numbered item ACTS is judged by its own words (README "What is a
measure" / "Acting and describing"), one general mechanism instead of a rule per layout.

* A list whose items hold no word of doing anywhere — a category and a count with the names
  that fill it, a material, a field — describes: none of its items is a measure. Judged per
  list (the items under one section heading): an item whose verb no word list holds, among
  siblings that act, stays; an item that carries owners always acts.

Documents written for these tests (other cities, scripts and numberings than the corpus)."""

from measure_support import measures, shape

# a roster notice: 一、 section of categories with counts and the hospitals chosen, then tasks
ROSTER = ("成都市卫生健康委员会关于公布首批中医特色专科名单的通知\n"
          "各区（市）县卫生健康局：\n"
          "经单位申报、专家评审，现将首批中医特色专科名单公布如下。\n"
          "一、入选医院及专科\n"
          "（一）针灸科（2家）\n"
          "入选医院：成都市第一人民医院、成都市中西医结合医院。\n"
          "（二）康复医学科（1家）\n"
          "入选医院：成都市第二人民医院。\n"
          "（三）老年病科（2家）\n"
          "入选医院：成都市第三人民医院、成都市第五人民医院。\n"
          "二、工作要求\n"
          "（一）制定专科方案。各入选医院于3月底前报送专科方案。\n"
          "（二）加强过程管理。市卫生健康委每半年组织一次评估。\n")


def test_a_roster_of_categories_and_counts_describes():
    assert shape(ROSTER) == [("(一)", "制定专科方案"), ("(二)", "加强过程管理")]
    got = measures(ROSTER, "chengdu-roster.txt")
    assert got == [("(一)", "（一）制定专科方案"), ("(二)", "（二）加强过程管理")]
    assert ROSTER.index("（一）制定专科方案") == ROSTER.find(got[0][1])


# traditional script: a plan's field list (materials) before its tasks
FIELDS_TRAD = ("臺中市生醫材料產業發展方案\n"
               "一、發展方向\n"
               "（一）陶瓷材料\n"
               "人工骨、牙科修復體所用的生物陶瓷。\n"
               "（二）複合材料\n"
               "骨折內固定所用的可吸收複合材料。\n"
               "二、主要任務\n"
               "（一）加強研發。對入選項目給予最高300萬元補助。\n"
               "（二）擴大應用。推動醫院採購在地產品。\n")


def test_a_list_of_materials_in_traditional_script_describes():
    assert shape(FIELDS_TRAD) == [("(一)", "加强研发"), ("(二)", "扩大应用")]
    got = measures(FIELDS_TRAD, "taichung-materials.txt")
    assert [q for _, q in got] == ["（一）加強研發", "（二）擴大應用"]


def test_one_item_without_a_listed_verb_among_acting_siblings_stays():
    # near miss: 排查到户 is a task though its verb is in no word list; its siblings act
    text = ("某县人民政府办公室关于做好春耕生产的通知\n"
            "1.春播种子储备情况排查到户。\n"
            "2.加强农资市场监管。\n"
            "3.做好农机具检修。\n")
    assert shape(text) == [("1.", "春播种子储备情况排查到户"), ("2.", "加强农资市场监管"), ("3.", "做好农机具检修")]


def test_items_naming_no_doing_but_carrying_owners_act():
    # near miss: the same categories, each with a responsible unit — owners make an item act
    text = ("南宁市中医药重点专科任务分工\n"
            "1.针灸专科（责任单位：市卫生健康委）\n"
            "2.骨伤专科（责任单位：市卫生健康委、市医保局）\n")
    assert shape(text) == [("1.", "针灸专科"), ("2.", "骨伤专科")]
