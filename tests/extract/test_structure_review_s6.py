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


XIAMEN = """厦门市人民政府办公厅关于支持医疗器械产业发展的若干措施
厦府办规〔2031〕6号
各区人民政府，市直各委、办、局：
为加快医疗器械产业发展，现提出以下措施：
一、支持对象
在本市注册的医疗器械生产企业。
二、政策内容
对首次取得三类医疗器械注册证的产品给予最高300万元奖励。
三、坚持市场主导原则，支持企业自主开展产品研发，对研发投入给予补助。
四、抢抓国家集采机遇，支持企业参与集中带量采购。
五、夯实产业基础，建设医疗器械检验检测公共服务平台。
本措施自2031年1月1日起施行。
厦门市人民政府办公厅
2031年1月1日
"""

XIAMEN_JIEDU = """《厦门市支持医疗器械产业发展的若干措施》政策解读
一、政策背景
为加快医疗器械产业发展，市政府办公厅印发了《厦门市支持医疗器械产业发展的若干措施》。
二、政策的主要内容
（一）支持产品注册。对首次取得三类医疗器械注册证的产品给予奖励。
（二）支持集采。支持企业参与集中带量采购。
三、起草过程
经广泛征求意见后形成。
"""

XIAMEN_RULES = """厦门经济特区医疗器械产业促进条例
第一条 为了促进医疗器械产业发展，根据有关法律、行政法规，结合本经济特区实际，制定本条例。
第二条 本条例适用于本经济特区内医疗器械产业促进活动。
第三条 坚持市场主导原则，进一步发挥企业创新主体作用。
第四条 市人民政府设立医疗器械产业发展专项资金，对企业研发投入给予补助。
第五条 市科技部门对医疗器械创新产品给予奖励。
"""


def _measures(text: str, name: str) -> list[str]:
    doc, ex = extract_text(text, name)
    return sorted(x.name for x in ex.nodes if x.label == "Measure")


def test_a_policys_own_content_heading_and_a_principle_that_acts_stay_measures():
    got = _measures(XIAMEN, "xiamen-devices-review.txt")
    # 政策内容 heads what the policy grants (it is no interpretation's heading about a document);
    # an item of a measure list that opens with 坚持…原则 and then supports and subsidises acts
    for heading in ("政策内容", "坚持市场主导原则，支持企业自主开展产品研发，对研发投入给予补助",
                    "抢抓国家集采机遇，支持企业参与集中带量采购", "夯实产业基础，建设医疗器械检验检测公共服务平台"):
        assert heading in got


def test_an_interpretations_headings_about_the_document_are_no_measures():
    assert _measures(XIAMEN_JIEDU, "xiamen-devices-jiedu-review.txt") == ["支持产品注册", "支持集采"]


def test_a_regulations_article_that_keeps_a_principle_is_no_measure():
    got = _measures(XIAMEN_RULES, "xiamen-devices-rules-review.txt")
    assert "坚持市场主导原则，进一步发挥企业创新主体作用" not in got
    assert any(h.startswith("市人民政府设立医疗器械产业发展专项资金") for h in got)


ZUNYI = """遵义市人民政府关于推进中医药高质量发展的实施方案
遵府发〔2031〕6号
一、发展成就
“十四五”期间，全市中医药服务能力显著提升。
二、巩固拓展医改成就
（一）深化公立医院综合改革。推进薪酬制度改革。
（二）完善分级诊疗制度。推进县域医共体建设。
三、夯实产业发展基础
（一）建设中药材种植基地。新建道地药材基地5万亩。
（二）培育中药龙头企业。支持企业兼并重组。
遵义市人民政府
2031年3月1日
"""


def test_a_section_that_builds_on_its_goal_word_holds_measures():
    # 发展成就 reviews (no measure); 巩固拓展…成就 and 夯实…基础 open with verbs that act on the
    # goal word: their items are measures, as is_framing reads such headings
    assert _measures(ZUNYI, "zunyi-tcm-review.txt") == ["培育中药龙头企业", "完善分级诊疗制度", "建设中药材种植基地",
                                                     "深化公立医院综合改革"]


LUZHOU_INLINE = """泸州市人民政府关于加快中医药产业发展的实施意见
泸府发〔2031〕4号
一、发展目标
到2035年，中医药产业规模达到500亿元。
二、重点任务
（一）壮大中药材种植。⑴建设道地药材基地；⑵推广生态种植技术。（责任单位：市农业农村局）
（二）培育中药企业。⑴支持企业技术改造；⑵鼓励兼并重组。（责任单位：市经信局）
泸州市人民政府
2031年2月2日
"""

TONGLU_CIRCLED = """杭州市桐庐县2031年卫生健康重点工作任务
⑴推进县域医共体建设。（责任单位：县卫健局）
⑵深化医保支付方式改革。（责任单位：县医保分局、县卫健局）
⑶加强中医药服务能力建设。（责任单位：县卫健局）
"""


def test_circled_numbers_inside_a_sentence_enumerate_parts_of_one_item():
    doc, ex = extract_text(LUZHOU_INLINE, "luzhou-inline-review.txt")
    assert explicit_owners(ex) == {"壮大中药材种植": {("泸州市农业农村局", "lead")},
                                   "培育中药企业": {("泸州市经济和信息化局", "lead")}}


def test_circled_numbers_opening_lines_are_items():
    assert _measures(TONGLU_CIRCLED, "tonglu-circled-review.txt") == [
        "加强中医药服务能力建设", "推进县域医共体建设", "深化医保支付方式改革"]
