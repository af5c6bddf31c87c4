""""A leads, with B" is one construction however it is joined: a subject (``A会同B…``,
``A将联合B…``), an agent (``由A会同B…``, ``由A牵头，联合B…``) or a lead clause (``A牵头，并会同B…``).
Three patterns read it (owners._THEN_WITH, _LEAD_WITH, WITH_OTHERS), each with its own subset of
the joining words — 联合 and a modal (将/要) only after a subject — so ``由A牵头，联合B`` and
``A牵头，将会同B`` named no supporting unit. One pattern (owners.WITH_OTHERS) now joins all three.
Corpus forms it keeps: sichuan-2017-kjt-npc-94-yibin-innovative-city-reply and
guangdong-nd-medical-device-management-measures-p2 (由A…会同B; dev scores unchanged); written here
for Harbin (联合 after 由A牵头 and after A牵头, 将会同 after 牵头, 要联合 after a subject), and a 由…的
attribute: 由A联合B管理的平台 names no owner (before, 由A read as the agent past 联合B管理的)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

HARBIN = """哈尔滨市人民政府关于促进生物医药产业发展的实施意见
各区、县（市）人民政府，市政府各委、办、局：
一、加强招商引资。由市商务局牵头，联合市发展改革委、市工信局开展产业链精准招商。
二、设立产业基金。（市财政局牵头，将会同市金融办设立生物医药产业基金）
三、建设公共平台。由市科技局联合市卫生健康委建设临床研究公共服务平台。
四、支持企业上市。市金融办要联合市财政局建立上市后备企业库。
"""


def test_every_join_of_a_lead_and_the_units_it_works_with():
    doc, ex = extract_text(HARBIN, "with-others.txt")
    got = explicit_owners(ex)
    assert got["加强招商引资"] == {("哈尔滨市商务局", "lead"), ("哈尔滨市发展和改革委员会", "support"),
                               ("哈尔滨市工业和信息化局", "support")}
    assert got["设立产业基金"] == {("哈尔滨市财政局", "lead"), ("哈尔滨市金融工作办公室", "support")}
    assert got["建设公共平台"] == {("哈尔滨市科学技术局", "lead"), ("哈尔滨市卫生健康委员会", "support")}
    assert got["支持企业上市"] == {("哈尔滨市金融工作办公室", "lead"), ("哈尔滨市财政局", "support")}
    quotes_are_original(doc, ex)


def test_a_with_clause_that_qualifies_a_noun_names_no_owner():
    text = HARBIN.replace("由市科技局联合市卫生健康委建设", "建设由市科技局联合市卫生健康委管理的")
    doc, ex = extract_text(text, "with-others-attr.txt")
    got = explicit_owners(ex)
    assert not any(h.startswith("建设公共平台") and v for h, v in got.items())
