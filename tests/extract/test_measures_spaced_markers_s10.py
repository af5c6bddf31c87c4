"""Session 10: a text a PDF conversion spaced out (blanks between characters, ``1 .`` and ``一 、``
at line starts) keeps its numbered items: the blanks between a line's opening number and its
punctuation are closed up, length kept, so spans still index the text (structure._SPACED_MARKER).
Shown by xinmi-2021-govreport-key-tasks-division-notice (whose many blanks textnorm now deletes;
this covers a text with only its markers spaced); document written for the test."""

from measure_support import measures, shape

# only the markers spaced (too few blanks for textnorm's inserted-blank repair to take the text)
SPACED = ("许昌市人民政府办公室关于做好2022年政府工作报告重点工作的通知\n"
          "    各县（市、区）人民政府，市人民政府各部门：\n"
          "    一 、 重点工作任务及责任分解\n"
          "    1 . 加快5G基站建设，推进城区全覆盖。\n"
          "    责任单位：市工业和信息化局\n"
          "    2 . 完善城乡医疗救助制度。\n"
          "    责任单位：市医保局、民政局\n")


def test_spaced_out_markers_open_items():
    assert shape(SPACED) == [("1.", "加快5G基站建设，推进城区全覆盖"), ("2.", "完善城乡医疗救助制度")]
    got = measures(SPACED, "xuchang-spaced.txt")
    # evidence quotes the original, spaced marker and all
    assert got == [("1.", "1 . 加快5G基站建设，推进城区全覆盖"), ("2.", "2 . 完善城乡医疗救助制度")]
    assert SPACED.find(got[0][1]) == SPACED.index("1 . 加快")


def test_a_spaced_decimal_is_no_marker():
    # near miss: 1 .5亿元 at a line start is a number a conversion split, not item 1
    text = ("许昌市科技创新专项资金安排\n"
            "1 .5亿元用于支持企业研发。\n"
            "2 .3亿元用于平台建设。\n")
    assert shape(text) == []
