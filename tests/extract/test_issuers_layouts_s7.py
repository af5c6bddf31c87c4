"""Issuer layouts found in session 7 (held-5 opened), each on a document written for the test
in a format of its own (another city, other numbering and punctuation); issuers asserted
exactly, every evidence quote checked against the source by ``issued``."""

from issuer_support import issued


def _untitled(text: str) -> list[tuple[str, str]]:
    return issued(text, "untitled_s7.txt", no_policy_ok=True, match_document=False)


# a public notice (公示) reposted without its heading: it speaks as itself (现予公示 / 现予以公布)
# and its signature names who made it
PUBLICITY = """为做好首台（套）重大技术装备认定工作，经企业申报、专家评审，拟将12家企业的15个产品列入《江门市首台（套）重大技术装备目录》（附件）。{verb}，公示期为2025年3月3日至3月7日。
对公示内容有异议的，请在公示期内以书面形式反馈。
联系电话：0750-3501234
江门市工业和信息化局
2025年2月28日
"""


def test_an_untitled_public_notice_is_issued_by_its_signatory():
    for verb in ("现予公示", "现予以公布"):
        assert _untitled(PUBLICITY.format(verb=verb)) == [("江门市工业和信息化局", "江门市工业和信息化局")]


def test_an_untitled_text_that_only_reports_a_publicity_is_no_document_of_its_own():
    # a report about the publicity (公示已结束) does not speak as the notice
    assert _untitled(PUBLICITY.format(verb="该目录已于上月公示完毕")) == []


# a notice reposted on one line without its heading, stating its matters (现将有关事项通知如下),
# signed on one line with the date, a table cell's bar pasted after the date
ONE_LINE = ("各有关单位: 为推进生物医药产业创新，现将有关事项通知如下: 一、征集内容 围绕创新药、高端医疗器械征集项目建议。"
            " 二、报送要求 请于2024年5月10日前报送。\n"
            "附件:项目建议书模板\n"
            "{sig} 2024年4月18日 |\n"
            "附件: |\n")


def test_a_one_line_notice_stating_its_matters_is_issued_by_the_signature_before_a_table_bar():
    assert _untitled(ONE_LINE.format(sig="宜宾市科学技术局")) == [("宜宾市科学技术局", "宜宾市科学技术局")]


def test_a_one_line_text_without_the_notice_words_stays_no_document():
    # (nor an addressee: 各有关单位: glued before the text makes it a letter, see FLAT below)
    text = ONE_LINE.format(sig="宜宾市科学技术局").replace("现将有关事项通知如下", "有关情况如下")
    assert _untitled(text.replace("各有关单位: ", "")) == []
    assert _untitled(text) == [("宜宾市科学技术局", "宜宾市科学技术局")]


# a page's metadata names the general office that publishes the government's documents
# (发布机构: 市政府办公室); the heading names who issued this one
PUBLISHER = """当前位置:首页 > 政务公开 > 政府文件
索引号: 11330700/2023-0042  发布机构: {label}  成文日期: 2023-08-21
金华市人民政府关于印发金华市加快生物医药产业发展若干政策的通知
各县（市、区）人民政府，市政府各部门：
《金华市加快生物医药产业发展若干政策》已经市政府第35次常务会议审议通过，现印发给你们，请认真贯彻执行。
金华市人民政府
2023年8月21日
"""


def test_a_metadata_publisher_that_is_the_heading_issuers_general_office_issues_nothing():
    assert [n for n, _ in issued(PUBLISHER.format(label="市政府办公室"))] == ["金华市人民政府"]


def test_a_metadata_issuer_that_is_another_body_still_issues():
    # (a joint document's second body named only in the metadata stays an issuer)
    got = [n for n, _ in issued(PUBLISHER.format(label="金华市人民政府 金华市科学技术局"))]
    assert got == ["金华市人民政府", "金华市科学技术局"]


# a notice flattened into one paragraph: its class of addressees glued before the text (区内各有关
# 单位:为…), its signature glued after the last words with the date (a mixed last line)
FLAT = ("区内各有关单位:为做好生物医药人才引进工作,现对企业海外人才需求进行征集,请于2023年5月20日前反馈。"
        "联系人:王明 0534-2388888 附件:需求调研表{end}\n")


def test_a_flattened_notice_is_signed_by_the_body_before_the_date_ending_its_last_line():
    for end in (" 德州市科学技术局2023年5月4日。", " 德州市科学技术局 2023年5月4日", "\n德州市科学技术局2023年5月4日"):
        assert _untitled(FLAT.format(end=end)) == [("德州市科学技术局", "德州市科学技术局")]


def test_a_last_line_ending_with_a_date_after_other_words_signs_nobody():
    assert _untitled(FLAT.format(end=" 报送截止时间为2023年5月4日")) == []
    # nor does a body named in a list before the date (a comma between)
    assert _untitled(FLAT.format(end=" 德州市科学技术局,2023年5月4日")) == []


# a disclosure platform's metadata names the general office as 市人民政府(办公室) (brackets of either
# width); the reply's own heading names no body
PLATFORM = """索引号 | 11341800003244967K/202409-00071 | 组配分类 | 政协委员提案办理 |
发布机构 | {issuer} | 发文日期 | 2024-09-12 10:30 |
信息名称 | 关于市政协2024年第61号提案的答复 |
关于市政协2024年第61号提案的答复
张伟委员：
您提出的关于加快发展生物医药产业的提案收悉，现答复如下：
"""


def test_a_platforms_government_with_its_office_in_brackets_is_the_office():
    for issuer in ("池州市人民政府(办公室)", "池州市人民政府（办公室）"):
        got = issued(PLATFORM.format(issuer=issuer))
        assert got == [("池州市人民政府办公室", issuer)]


def test_a_government_without_the_bracket_stays_the_government():
    assert issued(PLATFORM.format(issuer="池州市人民政府")) == [("池州市人民政府", "池州市人民政府")]


# a district site's banner above its menu (a bulleted list of entries), the page's table below: the
# site, not the issuer of what the page shows
MENU = """苏州市吴中区人民政府
{second}
  • 登录个人中心
  • 无障碍
  • 政务公开
首页  >  政务公开  >  通知公告 > 正文

2023年度区政府重点任务完成情况汇总表

日期: 2024-01-10 15:25      来源: 吴中区

序号
任务名称
全年完成情况
1
优化营商环境
全面落实营商环境创新行动。
"""


def test_a_banner_above_a_sites_bulleted_menu_is_no_issuer():
    for second in ("中国苏州", ""):
        assert issued(MENU.format(second=second), no_policy_ok=True) == []


def test_a_body_line_above_prose_still_issues():
    # the same line above a heading and prose (no menu) stays the heading's issuer
    text = "苏州市吴中区人民政府\n关于2023年度区政府重点任务完成情况的报告\n全年重点任务总体完成良好，现报告如下。\n"
    assert [n for n, _ in issued(text)] == ["苏州市吴中区人民政府"]


# a report delivered at a standing committee's session, its page cut above the title: the dateline,
# the speaker's office line, the salutation, the report
DELIVERED = """——2023年5月24日在{city}第十六届人民代表大会常务委员会第三次会议上
{office}
主任、各位副主任、秘书长、各位委员：
我受市人民政府委托，向市人大常委会报告全市中医药发展情况，请予审议。
一、基本情况
全市共有中医医疗机构120家。
"""


def test_a_delivered_report_cut_above_its_title_is_its_speakers():
    text = DELIVERED.format(city="长沙市", office="长沙市卫生健康委员会主任 张华")
    assert _untitled(text) == [("长沙市卫生健康委员会", "长沙市卫生健康委员会")]


def test_a_delivered_report_with_no_office_line_names_no_issuer():
    text = DELIVERED.format(city="长沙市", office="")
    assert _untitled(text) == []
