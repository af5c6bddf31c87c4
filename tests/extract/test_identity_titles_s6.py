"""A document's own title among page furniture found in session 6 (held-4 opened), each on a
small document written for it in a format of its own; each title's span is checked against
the text it was read from."""

import re

from medgraph.extract.identity import own_heading
from medgraph.textnorm import normalize


def _title(text: str) -> str:
    norm = normalize(text)[0]
    t = own_heading(norm)
    if t.title:
        assert t.span is not None
        assert re.sub(r"\s+", "", norm[t.span[0]:t.span[1]]) == t.title
    return t.title


def test_a_column_tag_in_black_brackets_before_the_title_is_no_part_of_it():
    text = ("  • 【县级】岳西县茶产业发展专项资金使用办法\n\n"
            "第一条 为加强专项资金管理，制定本办法。\n")
    assert _title(text) == "岳西县茶产业发展专项资金使用办法"
    text = ("【民生实事】九江市人民政府关于下达2024年十件民生实事项目的通知\n"
            "    发布时间:2024-02-19 09:12\n各县（市、区）人民政府：\n")
    assert _title(text) == "九江市人民政府关于下达2024年十件民生实事项目的通知"


def test_a_bracketed_title_is_still_the_title():
    # the marks enclose the whole title: they are stripped, not taken for a tag
    assert _title("【九江市养老服务条例实施办法】\n第一条 为了规范养老服务，制定本办法。\n") == "九江市养老服务条例实施办法"


def test_a_column_name_above_the_title_is_not_the_title():
    # 行业政策 / 政府公告: two characters and a kind word name a site's column, not a document
    for column in ("行业政策", "政府公告", "通知公告"):
        text = (f"{column}\n\n洛阳市中小微企业纾困专项资金实施细则\n发布日期:2022-06-01  浏览次数:\n"
                "第一条 为帮助企业纾困，制定本细则。\n")
        assert _title(text) == "洛阳市中小微企业纾困专项资金实施细则"
    # a short title that names a subject stays a title
    assert _title("政府工作报告\n——2024年1月8日在洛阳市第十五届人民代表大会第三次会议上\n") == "政府工作报告"
