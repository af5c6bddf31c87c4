"""Review (session 9) of owners._DIVISION (dc4db73): a body's internal division named right after
it (市药监局器械注册处) is no owner — but a body ACTING on clinical specialties (由市卫健委加强儿科、
产科服务能力) names no division: the run after the name opens with a verb, and 儿科/产科/专科 are
specialties, not divisions. Written in a Hefei style, not a corpus copy."""

from owner_support import explicit_owners, extract_text, quotes_are_original

HEFEI = """来源：合肥市人民政府 https://example.gov.cn/hf/1.html
合肥市关于提升医疗服务能力的若干措施
一、加强重点专科建设。市卫生健康委推动重点专科、区域医疗中心建设。（责任单位：市卫生健康委）
二、支持儿科发展。由市卫健委加强儿科、产科服务能力，市财政局给予资金保障。
三、完善医保支付。由市医保局负责，市财政局配合。
四、优化审批。由市药监局器械注册处负责。
"""


def test_a_body_acting_on_specialties_still_owns_and_a_division_does_not():
    doc, ex = extract_text(HEFEI, "hefei.txt")
    assert explicit_owners(ex) == {
        "加强重点专科建设": {("合肥市卫生健康委员会", "lead")},
        "支持儿科发展": {("合肥市卫生健康委员会", "lead")},
        "完善医保支付": {("合肥市医疗保障局", "lead"), ("合肥市财政局", "support")},
        "优化审批": set(),
    }
    quotes_are_original(doc, ex)
