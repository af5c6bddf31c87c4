"""An excerpt that begins below its section heading and is cut inside its first item: the text's
only numbered item is (一), no 一、 stands anywhere before it, and its words act — it is a measure
(README session 10: items cut by the end of an excerpt are measures when the words on the page
act; structure._cut_in_first_section). With a 一、 section before it, the section decides (a review
or a goal section frames its items), as before.

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import shape

SPEECH = ("某市2031年卫生健康工作要点\n"
          "今年全市卫生健康工作要坚持稳中求进，突出重点，狠抓落实。\n"
          "(一) 加快建设区域医疗中心\n"
          "推动省级优质医疗资源扩容下沉，年内完成两家医院新院区建设，")


def test_a_lone_first_item_cut_by_the_excerpt_is_a_measure():
    assert shape(SPEECH) == [("(一)", "加快建设区域医疗中心")]


REVIEW = ("某区2031年政府工作报告（摘要）\n"
          "一、过去一年工作回顾\n"
          "(一)科技创新能力持续增强\n"
          "全区研发投入占比提高到3%，新增高新技术企业50家，")


def test_a_lone_item_under_a_review_section_stays_as_before():
    assert shape(REVIEW) == []


def test_a_lone_item_in_a_text_that_ends_with_its_sentence_is_no_list():
    # near miss: the text is not cut inside the item (it closes with its full stop): one numbered line is no list
    assert shape(SPEECH + "力争全年门诊量增长10%。\n") == []
