"""Review of the session-6 structure rules: a document-sharing site's terms above the text
(1、下载文档前请自行甄别… 3、如文档侵犯您的权益，请联系客服…) are page furniture, but a measure
may speak of 人工客服 or 申请退款 (a hotline's, a consumer's) and stays a measure.

Documents written for the review (a Hefei notice, 、 numbering, full-width brackets)."""

from owner_support import explicit_owners, extract_text

HOTLINE = """合肥市人民政府办公室关于提升12345政务服务便民热线服务质效的通知
合政办〔2031〕8号
各县（市）、区人民政府，市政府各部门、各直属机构：
为提升热线服务质效，现就有关事项通知如下：
1、增加人工客服坐席，高峰时段接通率达到90%以上。（责任单位：市数据资源局）
2、简化网购消费申请退款投诉流程，退款纠纷3个工作日内办结。（责任单位：市市场监管局）
3、建立联系客服回访制度，对工单办理结果逐一回访。（责任单位：市数据资源局、市信访局）
合肥市人民政府办公室
2031年5月6日
"""

SHARED = """来源：某文库（文档转载）
1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。
2、"仅部分预览"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。
3、如文档侵犯您的权益，请联系客服反馈（人工客服工作时间：9:00-18:30）。
合肥市人民政府办公室关于提升12345政务服务便民热线服务质效的通知
合政办〔2031〕8号
1、增加人工客服坐席，高峰时段接通率达到90%以上。（责任单位：市数据资源局）
2、简化网购消费申请退款投诉流程，退款纠纷3个工作日内办结。（责任单位：市市场监管局）
"""


def test_measures_about_a_hotlines_agents_and_refunds_stay_measures():
    doc, ex = extract_text(HOTLINE, "hefei-hotline-review.txt")
    got = explicit_owners(ex)
    assert got == {
        "增加人工客服坐席，高峰时段接通率达到90%以上": {("合肥市数据资源局", "lead")},
        "简化网购消费申请退款投诉流程，退款纠纷3个工作日内办结": {("合肥市市场监督管理局", "lead")},
        "建立联系客服回访制度，对工单办理结果逐一回访": {("合肥市数据资源局", "lead"), ("合肥市信访局", "support")},
    }


def test_a_sharing_sites_terms_are_no_measures():
    doc, ex = extract_text(SHARED, "hefei-hotline-shared-review.txt")
    heads = sorted(x.name for x in ex.nodes if x.label == "Measure")
    assert heads == ["增加人工客服坐席，高峰时段接通率达到90%以上", "简化网购消费申请退款投诉流程，退款纠纷3个工作日内办结"]
