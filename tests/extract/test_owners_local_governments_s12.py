"""地方人民政府 / 地方各级人民政府 (the local governments, all of them) is a class, as 各地人民政府 is:
listed beside named ministries in an owner note (``（A、B、C等和地方人民政府按职责分工负责）``, the
State Council's key-task lists: guojia-2022-healthreform-keytasks-gbf14-repost) it must not turn the
note into prose — the named units all lead (README: 按职责分工负责 → every listed unit leads). Written
here for a province's list with ASCII punctuation beside the national style. 地方金融监管局 stays a
body."""

from owner_support import explicit_owners, extract_text, quotes_are_original

NATIONAL = """国务院办公厅关于印发2024年医疗保障重点工作任务的通知
（一）推进医保支付方式改革。加快按病种付费改革全覆盖。（国家医保局、国家卫生健康委、财政部等和地方人民政府按职责分工负责）
（二）加强医保基金监管。开展专项检查。（国家医保局、公安部和地方各级人民政府按职责分工负责）
"""

PROVINCE = """江西省人民政府办公厅关于印发江西省中医药产业发展任务分工的通知
1.建设中药材种植基地。扶持道地药材规模化种植。(省农业农村厅,省林业局及地方各级政府分工负责)
2.发展地方金融服务。引导资金投向中医药企业。(省地方金融监管局、省财政厅按职责分工负责)
"""


def test_local_governments_are_a_class_beside_named_ministries():
    doc, ex = extract_text(NATIONAL, "local-governments-national.txt")
    got = explicit_owners(ex)
    assert got["推进医保支付方式改革"] == {
        ("国家医疗保障局", "lead"), ("国家卫生健康委员会", "lead"), ("财政部", "lead")}
    assert got["加强医保基金监管"] == {("国家医疗保障局", "lead"), ("公安部", "lead")}
    quotes_are_original(doc, ex)


def test_local_governments_in_a_province_list_and_a_local_regulator_stays_a_body():
    doc, ex = extract_text(PROVINCE, "local-governments-province.txt")
    got = explicit_owners(ex)
    assert got["建设中药材种植基地"] == {("江西省农业农村厅", "lead"), ("江西省林业局", "lead")}
    assert ("江西省地方金融监督管理局", "lead") in got["发展地方金融服务"]
    quotes_are_original(doc, ex)


def test_a_thing_of_the_local_governments_is_no_class_item():
    # 地方政府专项债券 is a thing a list may name, not the local governments: the list stays prose
    doc, ex = extract_text("江西省人民政府办公厅关于印发某某任务分工的通知\n"
                           "1.建设中药材种植基地。扶持道地药材规模化种植。(省发展改革委、地方政府专项债券)\n"
                           "2.扩大有效投资。发行专项债。（省财政厅、地方各级人民政府按职责分工负责）\n",
                           "local-governments-thing.txt")
    got = explicit_owners(ex)
    assert got["建设中药材种植基地"] == set()
    assert got["扩大有效投资"] == {("江西省财政厅", "lead")}
