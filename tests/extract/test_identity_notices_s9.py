"""Session 9 identity and issuer rules (held-7 opened), each on a small document written for it in
a format of its own: a number glued right after its own heading's kind word on a gazette page
(…的通知某府规〔2024〕3号, pinyin glosses a gateway inserted); an interpretation page headed
《X》解读文本/解读材料; makers and their verb with the date between (X于2025年3月17日正式印发《Y》);
a headless notice (its heading and signature lost) whose opening sentence names its makers
(X、Y联合开展…，有关事项通知如下). Spans and quotes are checked against the text; near-misses stay
unread."""

from identity_support import own as _own
from issuer_support import issued
from title_support import own_title as _title

from medgraph.extract.identity import own_heading
from medgraph.textnorm import normalize


def test_a_number_glued_after_its_own_headings_kind_word():
    text = ("来源：某镜像站 http://example.com/gb/1.shtml\n"
            "三亚市人民政府关于印发《三亚市促进数字经济发展若干措施》的通知三府规〔2023〕7 号\n"
            "2023-06-05 来源: 市档案馆\n各区人民政府,市政府直属各单位:\n现印发给你们,请认真贯彻执行。\n")
    assert _own(text) == "三府规〔2023〕7号"
    # a gateway's pinyin glosses inside the number (規(guī), 號(hào)) are read through
    gloss = text.replace("三府规〔2023〕7 号", "三府規(guī)〔2023〕7 號(hào)")
    assert _own(normalize(gloss)[0]) == "三府规〔2023〕7号"
    # a number a sentence cites after a quoted title is still cited
    cited = ("各区人民政府:\n根据《三亚市人民政府关于加快数字经济发展的通知》三府〔2022〕9号的要求,现通知如下。\n")
    assert _own(cited) == ""


def test_an_interpretation_page_headed_as_the_policys_interpretation_text():
    text = ("来源：某咨询网(转载) http://example.com/a/2.html\n"
            "《绵阳高新技术产业开发区促进数字经济发展若干政策(修订)》解读材料\n"
            "  • 发布时间:2025-04-01\n"
            "为加快发展数字经济,绵阳高新区对原政策进行了修订。本政策共5部分。\n")
    t = own_heading(normalize(text)[0])
    assert (t.title, t.kind) == ("绵阳高新技术产业开发区促进数字经济发展若干政策(修订)", "interprets")
    # a headline that names the policy without saying it interprets it is no interpretation's
    other = text.replace("》解读材料", "》材料清单")
    assert own_heading(normalize(other)[0]).kind != "interprets"


def test_the_makers_of_a_policy_with_the_date_between_them_and_their_verb():
    text = ("来源：某网 http://example.com/a/3.html\n"
            "《绵阳市促进数字经济发展若干措施》政策解读\n"
            "一、出台背景\n为加快发展数字经济,绵阳市经济和信息化局于2024年5月8日正式印发《绵阳市促进数字经济发展若干措施》。\n"
            "二、主要内容\n本措施共十条。\n")
    got = issued(text, "mianyang.txt")
    assert got == [("绵阳市经济和信息化局", "绵阳市经济和信息化局")]
    # a date that is no making of the policy (X于2024年5月8日召开会议,印发…) keeps no maker
    other = text.replace("于2024年5月8日正式印发", "于2024年5月8日召开会议,研究后印发")
    assert issued(other, "mianyang2.txt", no_policy_ok=True) == []


_HEADLESS = ("来源：某论坛(转载国家卫生健康委、国家中医药局通知) http://example.com/t/4.html\n"
             "各省、自治区、直辖市卫生健康委、中医药管理局,有关单位:\n"
             "為推動中醫藥服務能力提升,國家衛生健康委、國家中醫藥局聯合開展中醫藥服務能力提升示範活動,有關事項通知如下。\n"
             "一、活動內容\n遴選一批示範單位,總結推廣經驗。\n"
             "二、工作要求\n各地要高度重視,認真組織。\n")


def test_a_headless_notice_whose_opening_sentence_names_its_makers():
    got = issued(_HEADLESS, "headless.txt")
    assert [n for n, _ in got] == ["国家卫生健康委员会", "国家中医药管理局"]
    assert [q for _, q in got] == ["國家衛生健康委", "國家中醫藥局"]


def test_a_body_inside_a_clause_or_without_a_verb_of_acting_makes_nothing():
    # 根据X部署 / 经X同意: the body is not the clause's subject
    cited = _HEADLESS.replace("國家衛生健康委、國家中醫藥局聯合開展", "根據國家衛生健康委部署,開展")
    assert issued(cited, "headless2.txt", no_policy_ok=True) == []
    # bodies opening a clause without acting (X、Y高度重視…) make nothing
    idle = _HEADLESS.replace("聯合開展中醫藥服務能力提升示範活動", "高度重視中醫藥服務")
    assert issued(idle, "headless3.txt", no_policy_ok=True) == []
