"""Session 11: measure layouts the held-9 documents brought (README "What is a measure").

* A ``一、`` item with no deeper numbering is a measure of its own when it acts, even where the other
  ``一、`` items are sections over ``（一）`` measures (一、建立…领导小组 + its text, 二、工作步骤 （一）…).
* A noun a policy verb opens (支持对象, 建设内容, 实施范围) states no action.
* ``一是/二是`` under a section presenting the contents (主要内容, 主要措施) are the clauses an
  interpretation numbers: they act; those under background or positioning sections do not. A lone
  一是 the text ends inside (an excerpt) counts too.
* A page whose headings tell the background (一、工作背景) and the drafting (二、起草过程) is an
  interpretation.

Documents written for these tests (other cities, scripts and numberings than the corpus)."""

from measure_support import measures, shape

# a district plan: its first 一、 item is a task of its own, the next one a section over (一) items
MIXED = ("广州市天河区家庭医生签约服务提质行动方案\n"
         "为提升家庭医生签约服务质量，制定本方案。\n"
         "一、强化组织推动\n"
         "区卫生健康局成立由局长任组长的工作专班，统筹推进各项工作，每月召开一次调度会。\n"
         "二、重点任务\n"
         "（一）扩大签约覆盖面。各社区卫生服务中心每月开展入户宣传。\n"
         "（二）提升履约质量。区卫生健康局每季度开展履约评估。\n"
         "三、支持对象\n"
         "本方案支持辖区内取得执业许可的社区卫生服务中心。\n")


def test_a_lone_acting_dun_item_beside_sections_is_a_measure():
    assert shape(MIXED) == [("一、", "强化组织推动"), ("(一)", "扩大签约覆盖面"), ("(二)", "提升履约质量")]


def test_a_lone_framing_or_noun_dun_item_is_none():
    # near miss: 一、总体要求 frames; 三、支持对象 is a noun a verb opens: neither is a measure
    text = MIXED.replace("一、强化组织推动", "一、总体要求")
    assert shape(text) == [("(一)", "扩大签约覆盖面"), ("(二)", "提升履约质量")]


def test_dun_items_without_deeper_sections_unchanged():
    # near miss: with no section holding (一) items the 一、 items are the measures as before
    text = ("某市促进中医药发展若干措施\n"
            "一、强化组织推动。市卫生健康委牵头建立联席会议制度。\n"
            "二、加大资金投入。市财政每年安排专项资金1000万元。\n")
    assert shape(text) == [("一、", "强化组织推动"), ("二、", "加大资金投入")]
