"""Session 9 (held-7 opened): a reply to a deputy's suggestion on a page whose chrome pushes its
addressee far from the text's start — the heading (关于…建议的答复), then the page's metadata rows,
then the addressee (某某代表：) — is its own document. Written page; near-misses: an addressee far
below the heading, a line going on after its colon."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract

CAT = load_catalog()
CHROME = "".join(f"{w}\n" for w in ("拼音", "辅助浏览", "放大", "缩小", "配色", "大鼠标", "辅助线", "读屏", "全屏", "刷新"))
PAGE = ("来源：某省卫生健康委员会 https://example.org/jy/5.html\n" + CHROME +
        "关于对省十四届人大二次会议第218号建议的答复\n"
        "2024-06-21 09:12 规划处\n"
        "索 引 号 011043/2024-1 发文日期 2024-06-21\n"
        "发布机构 规划处 文  号\n"
        "卫生 有 效 性 有效\n"
        "李某代表:\n"
        "您提出的《关于支持县域中医药产业发展的建议》收悉。对于您提出的建议我委高度重视,进行了认真研究。\n"
        "一、加强规划引导。我委将会同省发展改革委推进相关工作。\n")


def _own(text: str) -> list[str]:
    ex = extract(read_bytes(text.encode("utf-8"), "reply.txt"), CAT)
    return [n.name for n in ex.nodes if n.label == "Policy" and n.props.get("mentioned_only") is False]


def test_a_reply_whose_addressee_follows_its_heading_and_metadata_rows():
    assert _own(PAGE) == ["关于对省十四届人大二次会议第218号建议的答复"]


def test_an_addressee_far_below_the_heading_or_a_sentence_is_none():
    from medgraph.extract.issuers import addressed
    at = PAGE.index("关于对")
    assert addressed(PAGE, at, 7)
    # the addressee beyond the lines below the heading is none
    far = PAGE.replace("李某代表:\n", "".join(f"第{k}行说明\n" for k in range(8)) + "李某代表:\n")
    assert not addressed(far, at, 7)
    # a line that goes on after its colon is no addressee
    assert not addressed(PAGE.replace("李某代表:\n", "李某代表:您的建议收悉。\n"), at, 7)
