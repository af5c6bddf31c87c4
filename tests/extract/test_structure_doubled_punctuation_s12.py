"""A mirror site that doubles the punctuation of a page (,, ,、 ,。) writes the 一、 marker as 一,、 —
the items are the page's own 一、 items all the same (structure._canonical_markers, _DOUBLED_DUN),
on lines of their own or run together after ,, on one flattened line.

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import measures, shape

LINES = ("某市卫生健康委员会关于做好2031年基层卫生重点工作的通知\n"
         "各县区卫生健康局:\n现将有关事项通知如下:\n"
         "一,、加强基层医疗机构建设,,推进乡镇卫生院提档升级。\n"
         "二,、完善家庭医生签约服务,,扩大签约覆盖面。\n"
         "三,、强化基层人才培养,,实施订单定向培养计划。\n")

FLAT = ("某省财政厅关于下达2031年基层卫生补助资金的通知 各市财政局:现将有关事项通知如下:"
        "一,、请你单位及时分配资金,,加快预算执行,,二,、请你单位加强资金监管,,确保专款专用,,"
        "三,、请你单位于年底前报送资金使用情况,,某省财政厅 2031年5月6日\n")


def test_a_doubled_comma_inside_the_marker_keeps_the_items():
    assert [n for n, _ in shape(LINES)] == ["一,、", "二,、", "三,、"]


def test_items_run_together_after_doubled_commas():
    assert [n for n, _ in shape(FLAT)] == ["一,、", "二,、", "三,、"]


def test_the_measures_quote_their_markers_as_written():
    assert [n for n, _ in measures(LINES)] == ["一,、", "二,、", "三,、"]
