"""Session 8 identity rules (a reply without a heading of its own), each on a small document written for it."""

from owner_support import extract_text
from title_support import own_title as _title

# a reply page that carries no heading of its own: the texts its answer says were issued or
# drawn up are work it reports, not the page's policy
HEADLESS_REPLY = """来源：example.cn https://example.cn/tian/42.html
九三学社甘肃省委：
你们提出的《关于支持陇药产业做大做强的提案》收悉。经认真研究，现答复如下：
一、关于完善政策体系。近年来，我委先后印发了《甘肃省中药材产业高质量发展实施方案》，
会同省农业农村厅制定了《甘肃省道地药材认定办法》（以下简称《办法》），推动产业提质增效。
二、关于加强品牌建设。下一步，我们将继续支持陇药品牌建设。
"""


def test_a_reply_without_a_heading_takes_no_issued_text_for_its_own():
    assert _title(HEADLESS_REPLY) == ""
    doc, ex = extract_text(HEADLESS_REPLY, "reply.txt")
    own = [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]
    assert "甘肃省中药材产业高质量发展实施方案" not in own
    assert "甘肃省道地药材认定办法" not in own


def test_a_reply_with_its_own_heading_keeps_it_and_a_page_that_issues_keeps_its_text():
    headed = "关于省政协十三届二次会议第108号提案的答复\n" + HEADLESS_REPLY.split("\n", 1)[1]
    assert _title(headed) == "关于省政协十三届二次会议第108号提案的答复"
    # not a reply: a page saying a body issued a text is about that text
    page = ("来源：example.cn https://example.cn/news/7.html\n"
            "近日，省卫生健康委印发了《甘肃省中药材产业高质量发展实施方案》，明确了发展目标。\n")
    assert _title(page) == "甘肃省中药材产业高质量发展实施方案"
