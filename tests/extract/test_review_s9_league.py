"""Review (session 9) of bodies._LEAGUE_WORD (b8859b9): a placeless autonomous-region text is Inner
Mongolia's when it names leagues and banners — but 苏木 alone is a medicinal wood (肉桂、苏木、鸡血藤)
that a Guangxi or Yunnan text names too: only 苏木乡镇 / 苏木（乡镇） is the township word."""

from owner_support import explicit_owners, extract_text

HERBS = """来源：自治区中医药管理局 https://example.gov.cn/gx/2.html
关于加快道地药材产业发展的实施意见
各设区市卫生健康委：
一、扩大道地药材种植。重点发展肉桂、八角、苏木、鸡血藤等品种。（自治区中医药管理局、农业农村厅负责）
二、培育龙头企业。（自治区工业和信息化厅负责）
"""


def test_a_herb_named_sumu_places_no_text_in_inner_mongolia():
    _, ex = extract_text(HERBS, "herbs.txt")
    assert not [n.name for n in ex.nodes if "内蒙古" in n.name]
    assert explicit_owners(ex) == {"扩大道地药材种植": set(), "培育龙头企业": set()}


TOWNSHIPS = HERBS.replace("各设区市卫生健康委：", "各苏木乡镇卫生院：")


def test_the_township_word_still_places_it():
    _, ex = extract_text(TOWNSHIPS, "townships.txt")
    assert explicit_owners(ex)["培育龙头企业"] == {("内蒙古自治区工业和信息化厅", "lead")}
