"""Session 9 (held-7 opened): an office or group named after a campaign in quotes (X省“四送一服”
办公室, X省推进“十大皖药”…工作领导小组办公室), on small documents written for it: the quotes break the
run of name characters, so the shape rules never reached the place that opens the name. Surfaces,
resolved names and spans are checked against the text; near-misses name no body."""

from body_support import bureau_mentions


def test_a_campaign_office_named_with_its_campaign_in_quotes():
    text = ("来源：某网(转载江西省“五型政府”办公室清单) https://example.org/1.html\n"
            "为便于宣传,江西省“五型政府”办公室依据省委省政府文件,编印本清单。\n"
            "赣州市推进“百企帮百村”行动工作领导小组办公室关于X的通知\n")
    got = bureau_mentions(text, "jiangxi.txt")
    assert ("江西省“五型政府”办公室", "江西省“五型政府”办公室") in got
    assert ("赣州市推进“百企帮百村”行动工作领导小组办公室", "赣州市推进“百企帮百村”行动工作领导小组办公室") in got


def test_the_documents_own_province_before_a_quoted_campaign():
    text = ("来源：江西省人民政府 https://example.org/2.html\n"
            "江西省人民政府办公厅关于X的通知\n"
            "省“五型政府”办公室负责统筹。\n")
    got = bureau_mentions(text, "jiangxi2.txt")
    assert ("省“五型政府”办公室", "江西省“五型政府”办公室") in got


def test_quotes_that_name_no_campaign_office():
    text = ("来源：江西省人民政府 https://example.org/3.html\n"
            "江西省人民政府办公厅关于X的通知\n"
            "各地要把“放管服”改革摆在重要位置,“2+3+4”产业链推进组组成人员名单见附件。"
            "有关“一件事一次办”的办公室设在政务服务中心。\n")
    names = [n for _, n in bureau_mentions(text, "jiangxi3.txt")]
    assert not any("“" in n for n in names)
