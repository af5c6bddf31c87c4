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
