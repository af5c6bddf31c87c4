"""Issuer layouts found in session 6 (held-4 opened), each on a document written for the test
in a format of its own (another city, other numbering and punctuation); issuers asserted
exactly, every evidence quote checked against the source by ``issued``."""

from issuer_support import issued


# a covering letter signed by an office whose date lost its 日 (2023年5月8) or whose day was
# never filled in (2023年5月 日): the office signs
LETTER = """关于印发红塔区2023年爱国卫生工作要点的通知
各街道卫生院、区直各医疗卫生单位：
现将《红塔区2023年爱国卫生工作要点》印发给你们，请结合实际抓好落实。
　　　　　　　　玉溪市红塔区卫生健康局办公室
　　　　　　　　　　{date}
红塔区2023年爱国卫生工作要点
一、开展城乡环境卫生整治。
（一）推进农贸市场改造。各街道负责。
（二）推进公厕提升。各街道负责。
"""


def test_a_signature_whose_date_lost_its_day_mark_or_left_the_day_blank():
    office = [("玉溪市红塔区卫生健康局办公室", "玉溪市红塔区卫生健康局办公室")]
    assert issued(LETTER.format(date="2023年5月8")) == office
    assert issued(LETTER.format(date="2023年5月 日")) == office
    assert issued(LETTER.format(date="2023年5月8日")) == office


def test_a_month_alone_with_words_after_it_is_no_signature_date():
    # 2023年5月起施行 is a sentence, not the date of a signature
    assert issued(LETTER.format(date="2023年5月起施行")) == []


# a site's banner (the government's name alone on a line) above breadcrumbs worded
# 您当前的位置 / 当前所在位置: the site, not the issuer of the policy on the page
BANNER = """诸暨市人民政府
{crumb}:首页 >> 投资诸暨 >> 投资政策
促进数字经济高质量发展若干政策
发布日期:2023-03-01 09:00
一、支持企业上云。
（一）对新上云企业给予补助。（责任单位：市经信局）
（二）对云服务平台给予奖励。（责任单位：市经信局）
"""


def test_a_banner_above_breadcrumbs_worded_your_current_position_is_not_an_issuer():
    for crumb in ("您当前的位置", "当前所在位置", "您现在所在的位置"):
        assert issued(BANNER.format(crumb=crumb)) == []
    # the same line above a title (no breadcrumbs) is the page's heading issuer
    got = issued(BANNER.replace("{crumb}:首页 >> 投资诸暨 >> 投资政策\n", ""))
    assert [name for name, _ in got] == ["诸暨市人民政府"]


# an interpretation page: its headline names the policy it interprets; the page's metadata
# (发布机构) and signature are the interpreter's, not that policy's issuers
INTERPRETATION = """当前位置：首页 > 政务公开 > 政策解读
{headline}
发布机构：莆田市发展和改革委员会    发布日期：2024-07-02
一、出台背景
今年6月，莆田市人民政府印发了《莆田市支持民营经济做大做强若干措施》，现就有关内容解读如下。
二、主要内容
（一）降低经营成本。对新增规上企业给予奖励。
莆田市发展和改革委员会
2024年7月2日
"""


def test_an_interpretation_headline_names_the_policy_whose_makers_the_text_states():
    for headline in ("关于《莆田市支持民营经济做大做强若干措施》的政策解读", "《莆田市支持民营经济做大做强若干措施》文件解读"):
        text = INTERPRETATION.format(headline=headline)
        assert [n for n, _ in issued(text)] == ["莆田市人民政府"]
        doc_title = _own_title(text)
        assert doc_title == "莆田市支持民营经济做大做强若干措施"


def test_an_interpretation_of_a_policy_whose_makers_are_not_stated_has_no_issuer():
    text = INTERPRETATION.format(headline="关于《莆田市支持民营经济做大做强若干措施》的政策解读").replace(
        "莆田市人民政府印发了", "出台了")
    assert issued(text, no_policy_ok=True) == []


def _own_title(text: str) -> str:
    from medgraph.documents import read_bytes
    from medgraph.evaluate import _own_policy
    from medgraph.extract import extract

    doc = read_bytes(text.encode("utf-8"), "interpretation.txt")
    own = _own_policy(extract(doc))
    assert own is not None
    return own.name


# a page title without the issuer, then the notice's own heading broken after its issuer's name
# (X办公厅 / 关于印发… / …的通知): the body on the line above 关于 issues it
BROKEN_HEADING = """关于印发2024年全市基层卫生重点工作安排的通知
访问量:
曲靖市政办发〔2024〕27号
{issuer}
关于印发2024年全市基层卫生
重点工作安排的通知
各县（市、区）人民政府，市直有关部门：
《2024年全市基层卫生重点工作安排》已经市人民政府同意，现印发给你们，请认真组织实施。
"""


def test_an_issuer_on_the_line_above_a_heading_broken_after_it():
    assert issued(BROKEN_HEADING.format(issuer="曲靖市人民政府办公室")) == [("曲靖市人民政府办公室", "曲靖市人民政府办公室")]
    # the same body alone on a line followed by anything else than 关于 is a cell of a table
    assert issued(BROKEN_HEADING.format(issuer="曲靖市人民政府办公室\n联系电话 0874-0000000")) == []


# a report to a congress on a gazette page: the title, a row of page buttons, the dateline, the
# speaker; the body the speaker represents (我代表…) delivers it
REPORT = """首页 > 人大公报 > 2021年第3号
关于全市农村饮水安全工作情况的报告
{buttons}
——2021年6月24日在太原市第十五届人民代表大会常务委员会第三十九次会议上
太原市人民政府副市长 某某
主任、各位副主任、秘书长、各位委员：
我代表市人民政府，向市人大常委会报告全市农村饮水安全工作情况，请予审议。
"""


def test_a_report_below_a_row_of_page_buttons_is_delivered_by_the_body_its_speaker_represents():
    for buttons in ("【字号: 收藏收藏 打印打印", "字体：大 中 小 | 打印本页", ""):
        got = issued(REPORT.format(buttons=buttons))
        assert [n for n, _ in got] == ["太原市人民政府"], buttons
        assert got[0][1] == "市人民政府"


# a joint notice signed by many departments, several to a line with single spaces between, one
# signatory no gazetteer holds alone on its line before the date, the issued text after it
JOINT = """关于印发湘西州中医药产业发展实施意见的通知
为推进中医药产业发展，州卫生健康委等部门制定了《湘西州中医药产业发展实施意见》，现印发给你们，请认真贯彻执行。

湘西州教育局 湘西州科学技术局 湘西州民政局
湘西州财政局 湘西州商务局
{unknown}
2022年4月11日

湘西州中医药产业发展实施意见
为推进中医药产业发展，提出如下实施意见。
"""


def test_a_joint_signature_block_with_an_unknown_signatory_on_its_own_line():
    # (session 7: the central bank's local branch, unknown to every rule when this was written, is
    # a body of its own now — branches.py — and signs with the others; the five still sign)
    names = [n for n, _ in issued(JOINT.format(unknown="中国人民银行湘西州中心支行"))]
    assert names == ["湘西土家族苗族自治州教育局", "湘西土家族苗族自治州科学技术局", "湘西土家族苗族自治州民政局",
                     "湘西土家族苗族自治州财政局", "湘西土家族苗族自治州商务局", "中国人民银行湘西州中心支行"]


def test_two_names_a_page_reads_as_one_never_sign_as_one():
    # (a second name without its place, a space after the first: read as one name glued)
    text = JOINT.format(unknown="").replace(
        "湘西州教育局 湘西州科学技术局", "湘西州卫生健康委员会 发展和改革委员会 湘西州科学技术局")
    # the line holding them is no clean line of names: it signs nobody; the lines below still sign
    assert [n for n, _ in issued(text)] == ["湘西土家族苗族自治州财政局", "湘西土家族苗族自治州商务局"]
    # each name opening with the prefecture's short name is read as its own (bodies._CJK_GAP): they sign
    text = JOINT.format(unknown="").replace(
        "湘西州教育局 湘西州科学技术局", "湘西州卫生健康委员会 湘西州发展和改革委员会 湘西州科学技术局")
    assert [n for n, _ in issued(text)][:2] == ["湘西土家族苗族自治州卫生健康委员会", "湘西土家族苗族自治州发展和改革委员会"]


# an interpretation headline quoting the notice that issued the policy (解读《X关于印发Y的通知》):
# the policy is Y; its issuer and number are those the page states for it
NOTICE_INTERPRETED = """首页 >> 公开信息内容
索引号:11520300-2023-0042 发布机构:遵义市人民政府办公室
文  号:
{headline}
遵义市人民政府日前印发了《遵义市“十四五”康养产业发展规划》（遵府发〔2023〕12号，以下简称《规划》），现对《规划》解读如下。
一、编制背景
"""


def test_an_interpretation_of_the_notice_that_issued_a_policy():
    from medgraph.documents import read_bytes
    from medgraph.evaluate import _own_policy
    from medgraph.extract import extract

    for headline in ("解读《遵义市人民政府关于印发遵义市“十四五”康养产业发展规划的通知》",
                     "政策解读《遵义市人民政府关于印发遵义市“十四五”康养产业发展规划的通知》"):
        text = NOTICE_INTERPRETED.format(headline=headline)
        assert issued(text) == [("遵义市人民政府", "遵义市人民政府")]
        doc = read_bytes(text.encode("utf-8"), "interpretation.txt")
        ex = extract(doc)
        own = _own_policy(ex)
        assert own is not None and own.name == "遵义市“十四五”康养产业发展规划"
        assert own.props["doc_number"] == "遵府发〔2023〕12号"
        assert ex.document.source_kind == "interpretation"


# the publishing office's banner above a government's notice (X人民政府办公室 / X人民政府 /
# 关于印发…): the signature names the government alone, the office only publishes
BANNER_OFFICE = """绵阳市人民政府办公室

绵阳市人民政府
关于印发绵阳市“十四五”数字经济发展规划的通知
绵府发〔2022〕7号
各县市区人民政府，市政府各部门：
现将《绵阳市“十四五”数字经济发展规划》印发给你们，请认真组织实施。
{signature}
2022年5月6日
绵阳市“十四五”数字经济发展规划
为加快数字经济发展，制定本规划。
"""


def test_an_office_banner_the_signature_does_not_repeat_is_no_issuer():
    assert [n for n, _ in issued(BANNER_OFFICE.format(signature="绵阳市人民政府"))] == ["绵阳市人民政府"]
    # a joint notice signed by both: both issue it
    both = BANNER_OFFICE.format(signature="绵阳市人民政府办公室　绵阳市人民政府")
    assert [n for n, _ in issued(both)] == ["绵阳市人民政府办公室", "绵阳市人民政府"]
    # no signature on the page: the head's lines stand
    cut = BANNER_OFFICE.format(signature="").replace("2022年5月6日\n", "")
    assert [n for n, _ in issued(cut)] == ["绵阳市人民政府办公室", "绵阳市人民政府"]


# a department's reply to a proposal: its title ends with 答复 (after the proposal's number as a
# label), it speaks as itself (现答复如下); a body after 对 in the title is whom it answers
REPLY = """索引号: 1137-2022-118 发布机构: {publisher}
{title}
日期:2022-08-30
市政协经济委员会：
你们提出的《关于支持中药材种植的提案》收悉，现答复如下：
一、我局将加大对中药材种植的扶持。
"""


def test_a_reply_to_a_proposal_is_titled_and_answered_by_its_department():
    from medgraph.documents import read_bytes
    from medgraph.evaluate import _own_policy
    from medgraph.extract import extract

    text = REPLY.format(publisher="市农业农村局", title="第20221号:关于支持中药材种植的提案的答复")
    own = _own_policy(extract(read_bytes(text.encode("utf-8"), "reply.txt")))
    assert own is not None and own.name == "关于支持中药材种植的提案的答复"
    text = REPLY.format(publisher="市农业农村局", title="对市政协十二届二次会议第31号提案的答复").replace(
        "索引号: 1137-2022-118 ", "来源：亳州市人民政府 ")
    assert issued(text) == [("亳州市农业农村局", "市农业农村局")]


# a short announcement reposted without its headline: it says it announces something (现将…予以公布)
# and is signed with a date at its end, before a platform's disclaimer: its signatory issues it
ANNOUNCEMENT = """按照《宁波市专精特新中小企业认定办法》，经企业申报、专家评审，现将2025年度宁波市专精特新中小企业名单（见附件）予以公布。
{signature}
特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。
"""


def test_an_untitled_announcement_signed_at_its_end_is_issued_by_its_signatory():
    got = issued(ANNOUNCEMENT.format(signature="宁波市经济和信息化局\n2025年7月3日"))
    assert got == [("宁波市经济和信息化局", "宁波市经济和信息化局")]
    # unsigned, it is no document of its own
    assert issued(ANNOUNCEMENT.format(signature=""), no_policy_ok=True) == []


# a joint document's bodies listed under its title on a repost page (two to four a line, wide
# spaces between, one name no gazetteer holds among them), a page field line before them
UNDER_TITLE = """首页 >> 政策法规
湖南省支持中医药产业链高质量发展若干措施实施细则
发布日期:2023-06-12  浏览次数:

{lines}

为贯彻落实《湖南省中医药产业链发展规划》，制定本实施细则如下。
一、支持中药材基地建设。对新建标准化基地给予补助。
"""


def test_the_bodies_of_a_joint_document_listed_under_its_title():
    lines = "湖南省卫生健康委员会  湖南省发展和改革委员会  湖南省财政厅\n\n湖南省农业农村厅  湘潭市茶科所  湖南省药品监督管理局"
    names = [n for n, _ in issued(UNDER_TITLE.format(lines=lines))]
    assert names == ["湖南省卫生健康委员会", "湖南省发展和改革委员会", "湖南省财政厅", "湖南省农业农村厅",
                     "湖南省药品监督管理局"]
    # one line of names under a title is read as before (a table's cell, far from any date)
    assert issued(UNDER_TITLE.format(lines="湖南省农业农村厅  湖南省财政厅"), no_policy_ok=True) == []


# a page flattened into one line: number, heading, addressees and text run together
FLAT = ("来源：某文档分享站\n"
        "{number}{issuer}关于印发抚远市中药材产业发展规划(2022-2026年)的通知各乡(镇)人民政府,市政府各有关单位:"
        "经市政府同意,现将《抚远市中药材产业发展规划(2022-2026年)》印发给你们,请认真贯彻落实。"
        "抚远市中药材产业发展规划(2022—2026年)为推动中药材产业发展,结合我市实际,特制定本规划。{more}\n")


def test_the_issuer_of_a_heading_flattened_after_its_number():
    for more in ("", "一、发展基础。" + "我市地处三江平原，土地肥沃，适宜中药材种植。" * 80):
        text = FLAT.format(number="抚政办发〔2022〕8号", issuer="抚远市人民政府办公室", more=more)
        assert [n for n, _ in issued(text, match_document=False)] == ["抚远市人民政府办公室"], len(more)
    # without a number before it the line is read as before (no heading opens the page)
    text = FLAT.format(number="", issuer="据悉，抚远市人民政府办公室", more="")
    assert issued(text, no_policy_ok=True, match_document=False) == []


def test_addressees_over_several_lines_under_the_title_are_not_its_issuers():
    # the addressees of a notice broken over lines (the list goes on with 、, ends with ：)
    lines = "湖南省农业农村厅、湖南省财政厅、\n湖南省商务厅、湖南省药品监督管理局、\n湖南省林业局："
    assert issued(UNDER_TITLE.format(lines=lines), no_policy_ok=True) == []
    # listed bodies followed by the addressees: the joint document's bodies, then whom it goes to
    lines = "湖南省农业农村厅  湖南省财政厅\n湖南省商务厅  湖南省药品监督管理局\n各市州人民政府："
    assert [n for n, _ in issued(UNDER_TITLE.format(lines=lines))] == [
        "湖南省农业农村厅", "湖南省财政厅", "湖南省商务厅", "湖南省药品监督管理局"]


def test_the_other_genres_of_an_official_interpretation_name_their_policy():
    from medgraph.documents import read_bytes
    from medgraph.evaluate import _own_policy
    from medgraph.extract import extract

    for headline in ("关于《莆田市支持民营经济做大做强若干措施》的起草说明", "一图读懂《莆田市支持民营经济做大做强若干措施》",
                     "《莆田市支持民营经济做大做强若干措施》图解", "《莆田市支持民营经济做大做强若干措施》政策问答"):
        text = INTERPRETATION.format(headline=headline)
        ex = extract(read_bytes(text.encode("utf-8"), "genre.txt"))
        own = _own_policy(ex)
        assert own is not None and own.name == "莆田市支持民营经济做大做强若干措施", headline
        assert ex.document.source_kind == "interpretation"
        assert [n for n, _ in issued(text)] == ["莆田市人民政府"], headline
