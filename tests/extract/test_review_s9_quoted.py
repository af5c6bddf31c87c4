"""Review (session 9) of BodyFinder._quoted_campaigns (7de6092): an office named after a campaign
in quotes (安徽省“四送一服”办公室) is a body, but a sentence in which a city carries out a quoted
reform (杭州市全面推行“最多跑一次”办公室标准化改造) names no office: prose words (全面, 深入 …)
between the place and the quote, or a bare 办公室 after words between them, make it prose."""

from owner_support import explicit_owners, extract_text

HANGZHOU = """来源：杭州市卫生健康委员会 https://example.gov.cn/hz/4.html
杭州市卫生健康委员会关于推进医疗服务改革的通知
各区、县（市）卫生健康局：
一、深化改革。杭州市全面推行“最多跑一次”办公室标准化改造，各医院在门诊设立“一站式”服务办公室。（责任单位：市卫生健康委）
二、加强宣传。杭州市开展“健康杭州”宣传周活动，由市“健康杭州”建设领导小组办公室负责。
"""


def test_a_quoted_reform_in_prose_is_no_office():
    _, ex = extract_text(HANGZHOU, "hangzhou.txt")
    names = sorted(n.name for n in ex.nodes if n.label not in ("Measure", "Policy"))
    assert names == ["杭州市“健康杭州”建设领导小组办公室", "杭州市卫生健康委员会"]
    assert explicit_owners(ex) == {
        "深化改革": {("杭州市卫生健康委员会", "lead")},
        "加强宣传": {("杭州市“健康杭州”建设领导小组办公室", "lead")},
    }
