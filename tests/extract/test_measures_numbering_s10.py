"""Session 10: numbering variants and document kinds the structure did not know (README "What is a
measure"; issue 12: measures in any numbering). Documents written for these tests.

* Variants of the official styles, rewritten at a line's start to the style they stand for (same
  length: spans still index the text): 一．/一. → 一、; 【一】 → (一); the formal numerals 壹、贰、叁…
  (Taiwan's and older documents) → 一、 — but not where the text has 一、 items of its own (there the
  formal numerals are the level above them).
* A standalone page titled as a work-points list, a task list or an outline (…工作要点, …任务清单,
  …纲要, …分工) is a policy text: its items are measures, as a …方案's are."""

from measure_support import measures, shape

FORMAL_TRAD = ("臺南市政府衛生局推動長照服務實施計畫\n"
               "壹、強化居家服務量能。擴增居服員訓練名額。\n"
               "貳、推動社區照顧據點。每區至少設置二處。\n"
               "參、落實服務品質查核。每半年查核一次。\n")


def test_formal_numerals_number_items():
    assert shape(FORMAL_TRAD) == [("一、", "强化居家服务量能"), ("二、", "推动社区照顾据点"), ("三、", "落实服务质量查核")]
    got = measures(FORMAL_TRAD, "tainan-formal.txt")
    assert [q for _, q in got] == ["壹、強化居家服務量能", "貳、推動社區照顧據點", "參、落實服務品質查核"]
    assert FORMAL_TRAD.find(got[1][1]) == FORMAL_TRAD.index("貳、")


def test_formal_numerals_above_dun_items_stay_out():
    # near miss: 壹、/貳、 head parts holding 一、 items — the 一、 items are the measures
    text = ("臺南市政府衛生局推動長照服務實施計畫\n"
            "壹、計畫目標\n提升長照涵蓋率。\n"
            "貳、實施策略\n"
            "一、強化居家服務量能。擴增居服員訓練名額。\n"
            "二、推動社區照顧據點。每區至少設置二處。\n")
    assert shape(text) == [("一、", "强化居家服务量能"), ("二、", "推动社区照顾据点")]


WORK_POINTS = ("佛山市南海区2024年卫生健康工作要点\n"
               "一．推进紧密型医联体建设。年内覆盖全部镇街。\n"
               "二．提升基层中医药服务能力。每个镇街建成一个中医馆。\n"
               "三．加强慢病管理。\n")


def test_full_stop_after_a_chinese_numeral_on_a_work_points_page():
    assert shape(WORK_POINTS) == [("一、", "推进紧密型医联体建设"), ("二、", "提升基层中医药服务能力"), ("三、", "加强慢病管理")]
    got = measures(WORK_POINTS, "nanhai-points.txt")
    assert [q for _, q in got] == ["一．推进紧密型医联体建设", "二．提升基层中医药服务能力", "三．加强慢病管理"]


def test_black_brackets_on_a_task_list_page():
    text = ("佛山市南海区2024年卫生健康任务清单\n"
            "【一】推进紧密型医联体建设。年内覆盖全部镇街。\n"
            "【二】提升基层中医药服务能力。\n")
    assert shape(text) == [("(一)", "推进紧密型医联体建设"), ("(二)", "提升基层中医药服务能力")]


def test_a_chinese_numeral_before_a_decimal_is_no_marker():
    # near miss: 一.5倍 opening a line inside an item is a number, not item 一
    text = ("佛山市南海区2024年卫生健康工作要点\n"
            "一、推进医联体建设。投入为去年的\n一.5倍。\n"
            "二、加强慢病管理。\n")
    assert shape(text) == [("一、", "推进医联体建设"), ("二、", "加强慢病管理")]
