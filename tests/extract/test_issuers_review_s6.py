"""Review of issuers.banner_only (59f9a8e): a line of one body alone above a document's heading
that the signature does not name is the site's banner (宜宾市人民政府办公室 above 宜宾市人民政府 /
关于印发…, signed 宜宾市人民政府). A joint red header lists its bodies one per line too; when the
page shows only the first signature, the second line (below the signatory's own line) is the
rest of the header, not a banner, and still issues the notice.

Documents written for the review (a Hangzhou joint notice, a Yibin notice)."""

from owner_support import extract_text

JOINT = """杭州市卫生健康委员会
杭州市财政局
杭卫发〔2031〕5号
关于做好2031年基层医疗服务工作的通知
各区、县（市）卫生健康局、财政局：
为做好基层医疗服务工作，现通知如下：
一、扩大家庭医生签约服务覆盖面。
二、落实基层医疗机构经费保障政策。
杭州市卫生健康委员会
2031年2月1日
"""

BANNER = """宜宾市人民政府办公室

宜宾市人民政府

关于印发宜宾市中医药强市建设实施方案的通知

宜府发〔2031〕3号

各区县人民政府，市政府各部门：
现将《宜宾市中医药强市建设实施方案》印发给你们，请认真贯彻执行。
宜宾市人民政府
2031年1月9日
"""


def _issuers(text: str, name: str) -> list[str]:
    doc, ex = extract_text(text, name)
    names = {x.id: x.name for x in ex.nodes}
    return sorted(names[e.source] for e in ex.edges if e.type == "ISSUED")


def test_a_joint_headers_second_line_issues_though_one_signature_shows():
    assert _issuers(JOINT, "hangzhou-joint-review.txt") == ["杭州市卫生健康委员会", "杭州市财政局"]


def test_a_banner_above_the_signatorys_line_is_no_issuer():
    assert _issuers(BANNER, "yibin-banner-review.txt") == ["宜宾市人民政府"]
