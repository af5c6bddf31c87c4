"""Session 11 title and issuer rules (held-9 opened), each on a small document written for it in
a style of its own: an interpretation page that narrates, with its date, another body's earlier
issue of a related text (2024年3月，省政府办公厅印发《Y》) before or after it names the policy it
explains — the dated issue is work it reports, not the page issuing Y; a body's yearly summary and
plans headed as such (X2023年工作总结及2024年工作打算 / …工作思路): the genre's name is a title's kind
word as 工作总结 is; a notice promulgating a text headed without 关于 (X颁布《Y》的通知): the policy is
Y, as for X印发《Y》的通知; a co-handling unit's opinion letter (…提案收悉，现将会办意见函告如下) is a
reply as 现答复如下 is: the texts it says its body issued are work it reports, none is its title; a reply headed with the title of what it answers in brackets after it
(…第42号代表建议的答复(关于支持X的建议)): the bracket is no part of its own title; a page's 发布机构
field beside a heading that names another issuer (X领导小组办公室关于印发…): the field names the
publisher, the heading the issuer."""

from issuer_support import issued

from medgraph.extract.identity import own_heading
from medgraph.textnorm import normalize

_PAGE = ("来源：某区政府网(转载) http://example.com/zcjd/8.html\n"
         "一、出台背景\n"
         "2024年3月15日，湖北省人民政府办公厅印发《湖北省促进康养产业发展若干措施》，要求各地结合实际抓好落实。\n"
         "为此，区民政局会同区卫健局研究制定了《洪山区促进康养产业发展实施方案》(以下简称《方案》)。\n"
         "二、主要内容\n"
         "《方案》共分三个部分，提出十二项具体举措。\n")


def test_a_dated_issue_the_page_narrates_is_not_the_page_issuing_it():
    t = own_heading(normalize(_PAGE)[0])
    assert t.title == "洪山区促进康养产业发展实施方案"
    # the body whose earlier issue the page narrates is no issuer of the page's policy
    assert all("湖北省人民政府办公厅" != name for name, _ in issued(_PAGE, "hongshan.txt", no_policy_ok=True))


def test_a_notice_issuing_its_text_without_a_date_still_issues_it():
    text = ("各街道办事处，区政府各部门：\n"
            "现将《洪山区促进康养产业发展实施方案》印发给你们，请认真贯彻执行。\n"
            "洪山区人民政府办公室\n2024年5月6日\n")
    t = own_heading(normalize(text)[0])
    assert (t.title, t.kind) == ("洪山区促进康养产业发展实施方案", "issuing")


def test_a_yearly_summary_and_plans_heading_is_the_pages_title():
    text = ("来源：某市政府信息公开平台 http://example.com/xxgk/9.html\n"
            "索引号：11420200/2024-0031  发布单位：市卫健委\n"
            "黄石市卫生健康委员会2023年工作总结及2024年工作打算\n"
            "发布时间：2024-01-20\n"
            "一、2023年工作总结\n全年完成各项目标任务。\n"
            "二、2024年工作打算\n(一)推进医联体建设。\n")
    t = own_heading(normalize(text)[0])
    assert t.title == "黄石市卫生健康委员会2023年工作总结及2024年工作打算"
    ideas = text.replace("工作打算\n发布时间", "工作思路\n发布时间")
    assert own_heading(normalize(ideas)[0]).title == "黄石市卫生健康委员会2023年工作总结及2024年工作思路"


def test_a_notice_promulgating_a_text_headed_without_guanyu():
    text = ("法规库(转载)\n"
            "大连市人民政府颁布《大连市中药材种植管理办法》的通知\n"
            "第一条 为加强中药材种植管理,制定本办法。\n"
            "第二条 本办法适用于本市行政区域。\n")
    t = own_heading(normalize(text)[0])
    assert (t.title, t.kind) == ("大连市中药材种植管理办法", "wrapper")
    assert issued(text, "dalian.txt") == [("大连市人民政府", "大连市人民政府")]   # the heading's issuer
    assert own_heading(normalize(text.replace("颁布《", "发布《"))[0]).title == "大连市中药材种植管理办法"
    # a headline reporting a release, no notice's heading (…的通知), is not the promulgating notice
    news = text.replace("的通知\n", "\n")
    assert own_heading(normalize(news)[0]).kind != "wrapper"


def test_an_opinion_letter_that_writes_its_answer_as_a_letter_takes_no_title_from_its_work():
    text = ("来源：某省林业局网站 http://example.com/jytabl/12.html\n"
            "省政协提案委：\n"
            "赖某某委员提出的《关于加快油茶产业发展的提案》收悉。经认真研究，现将会办意见函告如下：\n"
            "一、工作开展情况\n我局印发《江西省油茶产业高质量发展实施方案》，明确了发展目标。\n"
            "二、下一步打算\n继续加大支持力度。\n")
    assert own_heading(normalize(text)[0]).title == ""


def test_a_replys_heading_drops_the_bracketed_title_of_what_it_answers():
    text = ("宜昌市卫生健康委员会关于市政协七届三次会议第0123号提案的复函（关于加快中医药人才培养的提案）\n"
            "发布时间：2024-07-02\n"
            "刘某某委员：\n您提出的提案收悉，现答复如下：\n一、加强院校培养。\n")
    t = own_heading(normalize(text)[0])
    assert t.title == "宜昌市卫生健康委员会关于市政协七届三次会议第0123号提案的复函"
    assert text[t.span[0]:t.span[1]] == t.title


def test_a_publisher_field_adds_no_issuer_beside_a_heading_that_names_one():
    text = ("来源：某政策服务平台(转载) http://example.com/p/13.html\n"
            "发布机构：苏州市卫生健康委员会 | 发布时间：2024-03-08\n"
            "苏州市深化医药卫生体制改革领导小组办公室关于印发《苏州市基层卫生服务能力提升行动方案》的通知\n"
            "各县级市(区)深化医改领导小组，市各有关部门：\n"
            "现将《苏州市基层卫生服务能力提升行动方案》印发给你们，请认真组织实施。\n"
            "一、加强基层队伍建设。\n二、完善基层设施设备。\n")
    got = [name for name, _ in issued(text, "suzhou.txt")]
    assert got == ["苏州市深化医药卫生体制改革领导小组办公室"]
    # with no heading naming an issuer, the field still names it (README: the text states none)
    bare = text.replace("苏州市深化医药卫生体制改革领导小组办公室关于印发《苏州市基层卫生服务能力提升行动方案》的通知\n", "")
    assert "苏州市卫生健康委员会" in [name for name, _ in issued(bare, "suzhou2.txt", no_policy_ok=True)]
