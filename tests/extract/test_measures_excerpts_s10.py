"""Session 10: items of excerpts and of activity notices (README "What is a measure", "Activity
notices"). Documents written for these tests, each class with a near miss.

* Criteria an item is judged by (一、评审标准 （一）…占比不低于60%) describe, as conditions do.
* A lone item an excerpt is cut after, below a section heading AND that section's lead paragraph
  (二、X工程\\n以…为引领，…。\\n（一）着力培养…), is a measure when its words act — the case a
  heading right above it already had.
* A task opens with an adverb before its verb (努力稳定…, 着力培养…, 切实加强…): it states an action,
  as a bare verb does (structure._ACTS)."""

from measure_support import shape

CRITERIA = ("关于开展2024年度中医药特色医院评审的通知\n"
            "一、评审标准\n（一）中医药人员占比不低于60%。\n（二）中药饮片处方占比不低于30%。\n"
            "二、工作安排\n（一）自评阶段。各医院于4月底前完成自评。\n（二）评审阶段。市卫健委组织专家现场评审。\n")


def test_criteria_describe():
    assert shape(CRITERIA) == [("(一)", "自评阶段"), ("(二)", "评审阶段")]


LONE = ("安徽省中医药振兴发展重大工程实施方案\n"
        "一、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n"
        "（二）建设目标。到2025年，中医药服务体系更加健全。\n"
        "二、中医药人才培养工程\n以人才队伍建设为引领，完善中医药人才培养体系。\n"
        "（一）着力培养中医领军人才。遴选培养省级名中医50名，建设名中医工作室")


def test_a_lone_item_after_a_section_and_its_lead_paragraph_acts():
    assert shape(LONE) == [("(一)", "着力培养中医领军人才")]


def test_a_lone_status_line_after_a_review_section_and_its_lead_is_none():
    # near miss: the same layout in a review — its first item states how things stand
    text = ("合肥市2023年国民经济和社会发展计划执行情况的报告\n各位代表：\n"
            "一、2023年计划执行情况\n一年来，全市经济运行稳中向好。\n"
            "（一）经济运行稳中向好，主要指标好于预期\n全年地区生产总值增长5.8%")
    assert shape(text) == []


def test_a_cut_division_opening_with_an_adverb_acts():
    text = ("湖北省人民政府关于落实《政府工作报告》重点工作部门分工的意见\n鄂政发〔2012〕9号\n省政府各部门：\n"
            "现就落实《政府工作报告》重点工作提出如下分工意见：\n"
            "一、努力稳定经济增长，促进经济平稳较快发展\n落实积极的财政政策，优化财政支出结构。（省财政厅牵头）\n"
            "加强银企合作，加大对重点领域的信贷支持")
    assert shape(text) == [("一、", "努力稳定经济增长，促进经济平稳较快发展")]
