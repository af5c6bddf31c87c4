"""A 目录 line straight above the body (a law database's page prints 目录 and then the text, with
no entries between): the table of contents is empty, so the first item below it is the body's
first item, never an entry of the contents (structure._toc_span, _levels).

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import shape

EMPTY_TOC = ("来源：某法规数据库 http://law.example.cn/a/1.html\n"
             "首页 > 法律法规 > 正文阅览\n\n"
             "目  录\n\n"
             "一、建立分级诊疗协作网络。由区卫健局统筹辖区医院组建协作网络，推动优质资源下沉。(区卫健局负责)\n"
             "二、健全双向转诊机制。完善上下转诊标准和流程。(区卫健局、区医保局负责)\n"
             "三、加强基层人才培养。实施基层医生轮训计划。(区人社局负责)\n")


def test_the_first_item_under_an_empty_contents_line_is_a_measure():
    assert shape(EMPTY_TOC) == [("一、", "建立分级诊疗协作网络"), ("二、", "健全双向转诊机制"), ("三、", "加强基层人才培养")]


TOC = ("成都市某区健康服务业发展规划\n"
       "目录\n"
       "一、发展基础\n"
       "二、重点任务\n"
       "一、发展基础\n"
       "近年来全区健康服务业稳步发展。\n"
       "二、重点任务\n"
       "（一）建设区域医疗中心。推动优质资源扩容。\n"
       "（二）发展健康养老服务。新建养老机构3家。\n")


def test_entries_of_a_real_contents_list_stay_out():
    got = shape(TOC)
    assert got == [("(一)", "建设区域医疗中心"), ("(二)", "发展健康养老服务")]
