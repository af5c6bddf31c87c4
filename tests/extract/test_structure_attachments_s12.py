"""A notice's list of attachments is no list of measures: introduced by 附件： or its short form 附：
(附：1、…), or with every item a file's name (….docx, ….pdf, ….xls) — what a web page lists for
download under the notice (structure._levels).

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import shape

SHORT = ("某县人民政府办公室关于印发创建省级卫生县城工作方案的通知\n"
         "各乡镇人民政府，县直各单位：\n"
         "现将有关方案印发给你们，请认真贯彻执行。\n"
         "附：1、创建省级卫生县城工作任务分解表\n"
         "2、创建省级卫生县城考核细则\n"
         "某县人民政府办公室\n2031年3月2日\n")

FILES = ("关于做好2031年度中医药项目申报工作的通知\n"
         "各有关单位：\n"
         "请按要求于4月30日前报送申报材料。\n"
         "相关下载：\n"
         "1.项目申报书模板.doc\n"
         "2.项目汇总表.xlsx\n"
         "3.申报指南全文.pdf\n")


def test_a_list_after_the_short_attachment_label_is_no_measure():
    assert shape(SHORT) == []


def test_a_list_of_file_names_is_no_measure():
    assert shape(FILES) == []


TASKS = ("某区2031年健康服务业发展行动方案\n"
         "附：重点任务\n"
         "1.建设区域医疗中心。推动优质资源扩容。\n"
         "2.发展健康养老服务。新建养老机构3家。\n")


def test_tasks_under_a_heading_that_opens_with_fu_stay_measures():
    assert shape(TASKS) == [("1.", "建设区域医疗中心"), ("2.", "发展健康养老服务")]
