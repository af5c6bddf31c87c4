"""Blanks a flattened PDF text layer or a repost inserts inside words (``市 财政局``, ``伏羲 山管委
会``, ``20 21 年``, ``1 . 严格…``) are removed for matching (textnorm._inserted_blanks) while the
evidence still quotes the original; blanks that separate (a header of names, ``第一条 为…``,
``一、工作目标 进一步…``, a table row's cells) stay, and a text with only a few blanks is not
touched. Class seen in xinmi-2021-govreport-key-tasks-division-notice, guangshui-2022-talent-
measures-pdf, luan-huoshan-2025-devzone-tasklist, jiaozhou-2022-scitech-14th-plan. Documents
written for this test (another city, its own numbering)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

from medgraph.textnorm import normalize_spans

SPACED = """九江市人民政府办公室 关于做好 20 31 年重点工作任务分解落实的通知
各县（市、区）人民政府,市 政府各部门:
现将 20 31 年重点工作任务分解如下,请认真 抓好落实。
一 、 重点工作任务
1 . 加快推进 港口物流园区建设,完善集疏运体系,提升 航运服务能力。
责任单位: 市 交通运输局 、发展改革 委、 商务局
2 . 推进农村 生活污水治理,完善长效 管护机制。
责任单位:市 生态环境局
"""


def test_blanks_inside_words_are_removed_for_matching_and_quotes_stay_original():
    norm, _ = normalize_spans(SPACED)
    assert "1. 加快推进港口物流园区建设" in norm
    assert "责任单位: 市交通运输局、发展改革委、商务局" in norm   # (the blank after the colon is no word's)
    assert "现将 2031 年" in norm
    doc, ex = extract_text(SPACED, "spaced.txt")
    got = explicit_owners(ex)
    assert got["加快推进港口物流园区建设,完善集疏运体系,提升航运服务能力"] == {("九江市交通运输局", "lead"), ("九江市发展和改革委员会", "support"),
                                            ("九江市商务局", "support")}
    assert got["推进农村生活污水治理,完善长效管护机制"] == {("九江市生态环境局", "lead")}
    lead = next(e for e in ex.edges if e.type == "LEADS" and e.source.endswith("九江市生态环境局"))
    assert [ev.quote for ev in lead.evidence] == ["责任单位:市 生态环境局"]   # the original, blank and all
    quotes_are_original(doc, ex)


SEPARATORS = """中共九江市委 九江市人民政府 关于 加快 建设 现代 物流 体系 的 意见
第一条 为 推进 物流 发展,制定 本 意见。
一、工作目标 进一步完善物流体系,提升 服务 能力。
序号 | 任务 名称 | 牵头 单位
1 | 港口 建设,航运 | 市交通运输局
"""


def test_blanks_that_separate_stay():
    norm, _ = normalize_spans(SEPARATORS)
    assert "中共九江市委 九江市人民政府" in norm          # a header of names (no ，。 on its line)
    assert "第一条 为推进物流发展" in norm                 # the article's number and its text
    assert "一、工作目标 进一步完善物流体系" in norm       # a numbered heading and its body
    assert "1 | 港口 建设,航运 | 市交通运输局" in norm      # a table row, cells parted by |


FEW = """九江市物流发展 若干措施
一、支持港口建设,对新建泊位给予补助。
二、支持物流企业 做大做强,给予奖励。
"""


def test_a_text_with_few_blanks_is_not_touched():
    norm, _ = normalize_spans(FEW)
    assert norm == FEW
