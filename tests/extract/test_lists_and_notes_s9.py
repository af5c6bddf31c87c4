"""Session 9 (held-7 opened), on small documents written for each layout: two zones joined by a
conjunction before one committee word (A园区和B保税区管委会: a committee each), and a number in an
item's bracketed source note after its sentence (…给予支持。(X发〔2021〕9号,各市政府负责): cited,
never the page's own). Near-misses: one zone's name holding 和; a number alone on its line."""

from body_support import bureau_mentions
from identity_support import own as _own


def test_two_zones_sharing_their_committees_word():
    text = ("来源：唐山市人民政府 https://example.org/1.html\n"
            "唐山市人民政府办公室关于X的意见\n"
            "各县(市)、区人民政府,高新区、海港经济开发区和曹妃甸综合保税区管委会,市政府有关部门:\n")
    got = bureau_mentions(text, "tangshan.txt")
    assert got[1:] == [("高新区", "唐山高新技术产业开发区管理委员会"), ("海港经济开发区", "海港经济开发区管理委员会"),
                       ("曹妃甸综合保税区管委会", "曹妃甸综合保税区管理委员会")]


def test_one_zone_whose_name_holds_a_conjunction_stays_one():
    text = ("来源：某市 https://example.org/2.html\n"
            "中国(唐山)跨境电子商务综合试验区管委会负责。科技和产业园区管委会负责。\n")
    names = [n for _, n in bureau_mentions(text, "tangshan2.txt")]
    assert "科技和产业园区管理委员会" in names and "产业园区管理委员会" not in names


def test_a_number_in_an_items_source_note_is_cited():
    text = ("来源：某网 https://example.org/3.html\n2021/10/23\n"
            "为便于宣传,省办公室编拟本政策清单。\n"
            "一、产业发展支持政策\n"
            "◈ 1.鼓励各地设立招商引资专项资金,给予重点支持。(赣发〔2021〕9号,各市政府负责)\n"
            "◈ 2.支持基金招商。(赣发〔2021〕9号,省财政厅负责)\n")
    assert _own(text) == ""
    # the same number alone on its line under a heading is the page's own
    own = "关于X的通知\n赣发〔2021〕9号\n各市人民政府:\n现印发给你们。\n"
    assert _own(own) == "赣发〔2021〕9号"
