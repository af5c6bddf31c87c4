"""Session 9 (held-7 opened): the organs of the Taiwan region's authorities that pages from Taiwan
name (graph/national_organs.yaml, section taiwan), on a small page written for it in traditional
script: its 院 and the ministries and councils of its 行政院 in their own and short names, found
where a name may start; the same words glued to another word (a zone's 科技经济部) are none."""

from body_support import bureau_mentions

PAGE = ("来源：某機關網站 https://example.org/news/8.html\n"
        "本院新聞\n"
        "行政院會今日通過經濟部擬具的「產業創新條例」修正草案,將送請立法院審議,並責成衛福部、數發部配合。\n"
        "會中並召集國科會、金管會研商,國發會列席。\n")


def test_the_organs_of_the_taiwan_region_in_their_own_and_short_names():
    got = bureau_mentions(PAGE, "tw-page.txt")   # (surfaces of the normalised, simplified text)
    assert got == [("行政院", "行政院"), ("经济部", "经济部"), ("立法院", "立法院"), ("卫福部", "卫生福利部"),
                   ("数发部", "数位发展部"), ("国科会", "国家科学及技术委员会"), ("金管会", "金融监督管理委员会"),
                   ("国发会", "国家发展委员会")]


def test_an_organs_name_glued_to_another_word_is_no_organ():
    # a development zone's department that ends with the same word (发展改革和科技经济部)
    text = ("来源：某区 https://example.org/9.html\n"
            "发布时间:2021-06-30 信息来源: 高新区发展改革和科技经济部\n"
            "经济部署要求各部门落实。\n")
    names = [n for _, n in bureau_mentions(text, "zone-dept.txt")]
    assert "经济部" not in names
