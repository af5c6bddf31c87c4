"""An institution listed among the bodies a sentence opens with (``市卫健委、市人民医院提出…2项民生实事``:
lasa-2024-minsheng-shishi-jiedu) does the work beside them: it is never an owner, and it does not
break the list — the units before or after it still lead (as an institution listed beside the units
of an owner note already does: owners._units). A sentence opened by institutions alone names no
owner. Written here for a Nanning plan with （一） items and the hospital first or second."""

from owner_support import explicit_owners, extract_text, quotes_are_original

PLAN = """南宁市人民政府办公室关于印发南宁市2024年民生实事工作方案的通知
一、重点任务
（一）市卫生健康委、市第一人民医院要加快建设胸痛中心，年内建成投用。
（二）市第一人民医院、市医保局要推行住院费用一站式结算。
（三）市第一人民医院要加快建设急救站点。
（四）市第一人民医院和市第二人民医院提出新建两处急救站点。
"""


def test_the_units_beside_an_institution_lead_the_item():
    doc, ex = extract_text(PLAN, "institution-subjects.txt")
    got = {k[:8]: v for k, v in explicit_owners(ex).items()}
    assert got["市卫生健康委、市"] == {("南宁市卫生健康委员会", "lead")}
    assert got["市第一人民医院、"] == {("南宁市医疗保障局", "lead")}
    quotes_are_original(doc, ex)


def test_institutions_alone_own_nothing():
    doc, ex = extract_text(PLAN, "institution-subjects.txt")
    got = {k[:8]: v for k, v in explicit_owners(ex).items()}
    assert got["市第一人民医院要"] == set()
    assert got["市第一人民医院和"] == set()
