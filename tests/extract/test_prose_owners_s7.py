"""Owners an item states in its own prose (extract/prose_owners.py): the issuer in the first
person (我局/我委/我厅) as the subject of the item's first sentence, and a named body that opens
the first sentence after a time or sequence phrase (2021年，/ 下一步，). Documents written for
these tests in other cities' styles; positive and negative probes, exact owners and evidence."""

from owner_support import explicit_owners, extract_text, quotes_are_original

from medgraph.extract import prose_owners as po

# a bureau's reply to a deputy's suggestion (Kunming style: 一是/（一） replaced by 一、 items,
# ASCII commas, the issuer in the heading line)
KUNMING = """昆明市工业和信息化局关于市政协十四届二次会议第88号提案的答复
李某某委员:
您提出的关于加快生物医药产业发展的提案收悉,现答复如下:
一、完善产业政策
2022年,我局牵头起草了《昆明市生物医药产业发展三年行动方案》,明确了发展路径。
二、强化要素保障
下一步,我局将会同市财政局设立产业引导资金,支持企业扩大产能。
三、关于人才引进的问题
我局的职能以产业服务为主,人才引进由人社部门统筹。
四、推动园区建设
我市生物医药园区已集聚企业120家,产值年均增长15%。
五、加强部门协作
我们将持续关注您提出的问题,认真研究吸纳。
昆明市工业和信息化局
2023年6月12日
"""


def _owners(text: str, name: str):
    doc, ex = extract_text(text, name)
    quotes_are_original(doc, ex)
    return doc, ex, explicit_owners(ex)


def _evidence(doc, ex, heading: str, body: str) -> list[str]:
    names = {x.id: x.name for x in ex.nodes}
    mid = next(x.id for x in ex.nodes if x.label == "Measure" and x.name == heading)
    return [ev.quote for e in ex.edges if e.type == "LEADS" and e.target == mid and names[e.source] == body
            for ev in e.evidence if ev.method == "explicit"]


def test_the_first_person_of_the_issuer_owns_the_item_it_opens():
    doc, ex, got = _owners(KUNMING, "kunming-reply.txt")
    assert got["完善产业政策"] == {("昆明市工业和信息化局", "lead")}
    assert _evidence(doc, ex, "完善产业政策", "昆明市工业和信息化局") == [
        "2022年,我局牵头起草了《昆明市生物医药产业发展三年行动方案》,明确了发展路径"]
    # 我局将会同市财政局…: the bureau it works with supports (README: A会同B… — A leads, B supports;
    # session 9 reads 会同 after the subject's modal 将 too)
    assert got["强化要素保障"] == {("昆明市工业和信息化局", "lead"), ("昆明市财政局", "support")}
    assert _evidence(doc, ex, "强化要素保障", "昆明市工业和信息化局") == [
        "下一步,我局将会同市财政局设立产业引导资金,支持企业扩大产能"]


def test_no_owner_from_我局的_我市_or_我们():
    _, _, got = _owners(KUNMING, "kunming-reply.txt")
    # 我局的职能…: the bureau is described, it does nothing here; 我市…: a place; 我们: anyone
    for heading in ("关于人才引进的问题", "推动园区建设", "加强部门协作"):
        assert not got.get(heading), heading


# a joint notice of two 局 (Xining style, （一） items): 我局 names neither alone; 我委 names the
# one commission among them
XINING = """西宁市卫生健康委员会 西宁市医疗保障局 西宁市市场监督管理局关于推进中医药服务的通知
各县区卫生健康局:
(一)推广中医适宜技术。我局将组织各县区开展中医适宜技术培训。
(二)规范中药饮片采购。我委负责制定中药饮片采购目录。
西宁市卫生健康委员会 西宁市医疗保障局 西宁市市场监督管理局
2024年3月1日
"""


def test_the_first_person_resolves_only_to_the_one_issuer_of_that_kind():
    assert po.first_person_issuer("局", [("a", "西宁市医疗保障局"), ("b", "西宁市市场监督管理局")]) is None
    assert po.first_person_issuer("委", [("a", "西宁市卫生健康委员会"), ("b", "西宁市医疗保障局")]) == "a"
    assert po.first_person_issuer("厅", [("a", "西宁市医疗保障局")]) is None
    _, _, got = _owners(XINING, "xining-joint.txt")
    assert not got.get("推广中医适宜技术")


# a co-handling unit's reply (协办意见): its first person supports; a named body after a lead-in
# phrase leads, and one that helps (积极配合) supports
NANNING = """南宁市科学技术局对市十五届人大三次会议第210号建议的协办意见
市卫生健康委:
现将我局协办意见反馈如下:
一、支持科技研发
我局通过市级科技计划项目支持中药新药研发,2023年立项12项。
二、搭建服务平台
2023年以来,我局积极配合市卫生健康委建设中医药科技服务平台。
南宁市科学技术局
2024年5月20日
"""


def test_a_co_handling_reply_makes_its_first_person_support():
    _, _, got = _owners(NANNING, "nanning-cohandle.txt")
    assert got["支持科技研发"] == {("南宁市科学技术局", "support")}
    # the body the first person helps (配合市卫生健康委建设…) leads the work it helps with (session 8)
    assert got["搭建服务平台"] == {("南宁市科学技术局", "support"), ("南宁市卫生健康委员会", "lead")}


LIUZHOU = """柳州市加快中医药产业发展工作要点
1.建设中药材种植基地。2024年,市农业农村局要会同市林业局建设道地药材种植基地5个。
2.培育龙头企业。下一步,市工业和信息化局将遴选一批骨干企业予以重点培育。
3.优化审批服务。2024年,柳州市城中区将建设中医药特色街区。
4.强化宣传引导。2024年,与市财政局沟通后安排宣传经费。
"""


def test_a_named_body_after_a_time_phrase_owns_the_item():
    doc, ex, got = _owners(LIUZHOU, "liuzhou-points.txt")
    # 要会同市林业局: the bureau it works with supports (README: A会同B… — A leads, B supports; read
    # after the subject's modal 要 since session 9)
    assert got["建设中药材种植基地"] == {("柳州市农业农村局", "lead"), ("柳州市林业局", "support")}
    assert _evidence(doc, ex, "建设中药材种植基地", "柳州市农业农村局") == [
        "2024年,市农业农村局要会同市林业局建设道地药材种植基地5个"]
    assert got["培育龙头企业"] == {("柳州市工业和信息化局", "lead")}
    # a place after the time phrase says where; a body after 与 is a partner
    assert not got.get("优化审批服务")
    assert not got.get("强化宣传引导")


# a ministry's notice: 我部门 is "our departments" (a class), not the ministry
def test_我部门_is_a_class_not_the_issuer():
    text = """国家中医药管理局 农业农村部关于加强中药材种植管理的通知
各省、自治区、直辖市中医药主管部门:
一、加强种植指导。我部门将联合各地开展中药材种植技术指导。
二、推动良种繁育。我部将组织建设中药材良种繁育基地10个。
国家中医药管理局 农业农村部
2022年4月8日
"""
    _, _, got = _owners(text, "ministry-notice.txt")
    assert not got.get("加强种植指导")
    assert got["推动良种繁育"] == {("农业农村部", "lead")}


# an adverbial of aspect or approval before the subject (Hefei style, (1) items)
def test_a_named_body_after_an_aspect_or_approval_phrase_owns_the_item():
    text = """合肥市2024年中医药工作要点
(1)强化资金保障。在资金保障方面,市财政局要统筹安排中医药发展专项资金。
(2)建设名医工作室。经市政府同意,市卫生健康委将建设名中医工作室20个。
(3)优化营商环境。在全市范围内,各县(市)区政府要优化中医药企业营商环境。
"""
    doc, ex, got = _owners(text, "hefei-measures.txt")
    assert got["强化资金保障"] == {("合肥市财政局", "lead")}
    assert _evidence(doc, ex, "强化资金保障", "合肥市财政局") == ["在资金保障方面,市财政局要统筹安排中医药发展专项资金"]
    assert got["建设名医工作室"] == {("合肥市卫生健康委员会", "lead")}
    # a class after the phrase owns nothing
    assert not got.get("优化营商环境")


# a progress report (Zhuzhou style): what reached the bureau, and an approval already given
def test_no_owner_from_what_reached_the_issuer_or_a_past_approval():
    text = """株洲市医疗保障局2023年重点工作完成情况
1.推进医保支付改革。2023年,我局收到省医保局批复,同意开展按病种分值付费试点。
2.完善药品集中采购。2023年,市人民政府已批复全市药品集中采购实施方案。
3.加强基金监管。2023年,我局组织开展医保基金专项检查3次。
株洲市医疗保障局
2024年1月10日
"""
    _, _, got = _owners(text, "zhuzhou-report.txt")
    assert not got.get("推进医保支付改革")
    assert not got.get("完善药品集中采购")
    assert got["加强基金监管"] == {("株洲市医疗保障局", "lead")}
