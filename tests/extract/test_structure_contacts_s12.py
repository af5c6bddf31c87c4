"""An interpretation page's last heading gives who answers questions about the policy (四、政策解读联系
方式 / 五、解读联系人 / 六、咨询电话): a contact, it describes — never a measure, even when the contact line
names a bureau (structure._DESCRIBING).

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import shape

JIEDU = ("关于《某县促进中医药产业发展若干措施》的政策解读\n"
         "一、出台背景\n为贯彻落实国家中医药发展战略，结合我县实际，制定本措施。\n"
         "二、主要内容\n措施共十条，从种植、加工、流通等环节给予支持。\n"
         "三、解读联系方式\n某县农业农村局产业科，电话：0000-1234567\n")

CONSULT = JIEDU.replace("三、解读联系方式", "三、政策咨询电话")


def test_a_contact_heading_with_a_prefix_is_no_measure():
    assert shape(JIEDU) == []
    assert shape(CONSULT) == []
