"""Session 10: a regulation's first article states its purpose and legal basis (第一条 为规范…，…，根据《…法》…)
and frames (README "Regulations": purpose and basis) also when an excerpt is cut before its 制定本办法.
Shown by guojia-2025-tcm-iit-clinical-research-rules-notice (held-8). Documents written for these tests."""

from measure_support import shape

RULES = ("海南省中药材种植基地管理办法\n"
         "第一条 为规范中药材种植基地管理，提高中药材质量，根据《中华人民共和国中医药法》《中药材生产质量管理规范》等，制定本办法。\n"
         "第二条 省中医药管理局负责全省中药材种植基地的认定和监督管理。\n"
         "第三条 市县人民政府应当将中药材种植基地建设纳入农业发展规划。\n")


def test_the_purpose_and_basis_article_frames():
    assert shape(RULES) == [("第二条", "省中医药管理局负责全省中药材种植基地的认定和监督管理"),
                            ("第三条", "市县人民政府应当将中药材种植基地建设纳入农业发展规划")]


def test_the_purpose_article_cut_before_its_drafting_clause_frames():
    # the page lost the words after the basis (…《中药材生产质量) — still the purpose and basis
    text = ("海南省中药材种植基地管理办法\n"
            "第一条 为规范中药材种植基地管理，提高中药材质量，根据《中华人民共和国中医药法》《中药材生产质量\n"
            + RULES[RULES.index("第二条"):])
    assert shape(text) == [("第二条", "省中医药管理局负责全省中药材种植基地的认定和监督管理"),
                           ("第三条", "市县人民政府应当将中药材种植基地建设纳入农业发展规划")]


def test_a_later_article_opening_with_its_purpose_and_basis_acts():
    # near miss: 第四条 为…，根据《…》，X给予… grants a support — no purpose article
    text = RULES + "第四条 为支持道地药材发展，根据《海南省中医药条例》，省财政对认定的基地给予最高50万元补助。\n"
    assert shape(text)[-1] == ("第四条", "为支持道地药材发展，根据《海南省中医药条例》，省财政对认定的基地给予最高50万元补助")
