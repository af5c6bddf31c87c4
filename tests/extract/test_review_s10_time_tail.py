"""Review of 41cecdb (a bare owner note that closes with its time — （A、B，2031年底前完成） — still names
its units): the time tail took any 16 characters after a year, so a bracket stating money
(（市财政局，2031年安排资金500万元）: who pays, not who owns) became an owner note. The tail is now a
time (a year, month or day, a range, 长期/持续/常态化/每年/年内…) with at most a completion word.
Document written for this review (another city)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

PLAN = """合肥市人民政府办公室关于印发合肥市2031年民生实事工作方案的通知
各县（市）、区人民政府，市政府各部门：
现将《合肥市2031年民生实事工作方案》印发给你们，请认真贯彻落实。
一、新建社区卫生服务中心10个。（市卫健委、市财政局，2031年底前完成）
二、新建养老服务中心5个。（市民政局，2031—2032年）
三、新建托育机构20个，所需资金由市级承担（市财政局，2031年安排资金500万元）。
四、推进农村公路建设。（市交通运输局，常态化推进）
"""


def test_only_a_time_closes_an_owner_note():
    doc, ex = extract_text(PLAN, "hefei.txt")
    got = explicit_owners(ex)
    assert got["新建社区卫生服务中心10个"] == {("合肥市卫生健康委员会", "lead"), ("合肥市财政局", "support")}
    assert got["新建养老服务中心5个"] == {("合肥市民政局", "lead")}
    assert got["推进农村公路建设"] == {("合肥市交通运输局", "lead")}
    money = [h for h in got if h.startswith("新建托育机构20个")]
    assert len(money) == 1 and got[money[0]] == set()
    quotes_are_original(doc, ex)
