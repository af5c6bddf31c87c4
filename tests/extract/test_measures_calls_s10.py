"""Session 10: a funding call's section of project kinds (二、项目申报类型及申报材料要求 / 三、申请类别) — what may
be applied for, each kind with its conditions and papers — describes, as 申报条件 and 申报材料 do (README
"Activity notices"). Shown by ningbo-2025-biomed-fund-application-notice-trad (held-8). Documents written
for these tests."""

from measure_support import shape

CALL = ("南通市科学技术局关于组织申报2025年度生物医药专项资金的通知\n"
        "各县（市、区）科技局：\n现将有关事项通知如下：\n"
        "一、支持方向\n（一）支持创新药临床研究。对进入临床试验的给予最高300万元资助。\n"
        "（二）支持医疗器械产业化。对取得注册证的给予最高100万元奖励。\n"
        "二、项目申报类型及申报材料要求\n（一）研发创新项目\n1.申报条件。在本市注册的企业。\n2.申报材料。项目申报书。\n"
        "（二）产业化项目\n1.申报条件。上年度营业收入1000万元以上。\n2.申报材料。项目可行性报告。\n")


def test_a_calls_project_kinds_describe():
    assert shape(CALL) == [("(一)", "支持创新药临床研究"), ("(二)", "支持医疗器械产业化")]


def test_what_the_call_supports_acts():
    # near miss: 支持方向 (what the call sets out to do) acts; only the kinds with their conditions describe
    text = CALL[:CALL.index("二、项目申报类型")]
    assert shape(text) == [("(一)", "支持创新药临床研究"), ("(二)", "支持医疗器械产业化")]
