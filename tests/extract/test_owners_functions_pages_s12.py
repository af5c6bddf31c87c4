"""An official allocation of functions names its body once, above the duties: a functions page's
heading line (``某区市场监督管理局主要职责`` / ``X机构职能`` / ``X职能职责``, no colon) or a line
whose subject is the body and which announces its duties after a clause (``“X”设在Y，其职责包括：``).
Every duty of the list that names no owner of its own is that body's (README: a line that
introduces a list owns its items; extract/owners.py, intro_line / list_intro).

The documents are written for these tests (a Chengdu district's functions page, a Xiamen news
release quoting a dispatch; none is a copy of a corpus document)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

FUNCTIONS = """来源：成都市武侯区人民政府 https://www.example.gov.cn/jgzn/12.html
首页 > 机构职能
成都市武侯区市场监督管理局主要职责
1. 负责全区市场综合监督管理，起草有关规范性文件并组织实施。
2. 负责全区市场主体统一登记注册，建立市场主体信息公示和共享机制。
3. 负责全区食品安全监督管理综合协调，组织开展食品安全风险监测。
版权所有
"""
W = "成都市武侯区市场监督管理局"


def test_a_functions_heading_line_owns_its_duties():
    doc, ex = extract_text(FUNCTIONS, "wuhou-amr-functions.txt")
    got = explicit_owners(ex)
    assert len(got) == 3
    assert all(v == {(W, "lead")} for v in got.values()), got
    quotes_are_original(doc, ex)


def test_a_functions_heading_with_a_duty_of_its_own_owner_keeps_that_owner():
    text = FUNCTIONS.replace("3. 负责全区食品安全监督管理综合协调", "3. 区卫生健康局负责全区食品安全风险监测")
    doc, ex = extract_text(text, "wuhou-amr-functions-2.txt")
    got = explicit_owners(ex)
    third = next(k for k in got if k.startswith("区卫生健康局"))
    assert got[third] == {("成都市武侯区卫生健康局", "lead")}


def test_a_heading_naming_no_body_owns_nothing():
    doc, ex = extract_text(FUNCTIONS.replace("成都市武侯区市场监督管理局主要职责", "二、主要职责"), "wuhou-no-body.txt")
    assert all(v == set() for v in explicit_owners(ex).values())


RELEASE = """来源：厦门市人民政府新闻办公室 https://www.example.gov.cn/xw/88.html
市政府关于设立专门机构的消息
2031年5月6日
近日，市政府印发通知，设立“厦门市生物医药港建设领导小组办公室”，统筹推进生物医药港规划建设。
“厦门市生物医药港建设领导小组办公室”设在市发展和改革委员会，其职责包括：
（1）拟订生物医药港建设的年度计划并督促落实；
（2）协调解决入园项目的用地和资金问题；
（3）组织开展生物医药港招商和企业服务。
新闻中心
"""
O = "厦门市生物医药港建设领导小组办公室"


def test_the_subject_of_a_qi_zhize_line_owns_the_duties_not_the_body_it_sits_in():
    doc, ex = extract_text(RELEASE, "xiamen-office-release.txt")
    got = explicit_owners(ex)
    assert len(got) == 3
    assert all(v == {(O, "lead")} for v in got.values()), got
    quotes_are_original(doc, ex)


def test_a_qi_zhize_line_whose_subject_is_no_body_owns_nothing():
    text = RELEASE.replace("“厦门市生物医药港建设领导小组办公室”设在", "该办公室设在")
    doc, ex = extract_text(text, "xiamen-office-release-2.txt")
    assert all(v == set() for v in explicit_owners(ex).values())


# a plan of work whose introducing sentence opens with a purpose clause before its subject
# (为…，X将继续做好以下工作：) — the subject after the clause owns the list, as it does after a time
# (下一步，X将…: test_owners_intro_sentence). A reply to a deputy, written in a Hangzhou style.
REPLY = """杭州市经济和信息化局关于市十四届人大三次会议第205号建议的答复
王代表：
您提出的关于支持生物医药企业发展的建议收悉。现答复如下：
近年来，我市生物医药产业保持较快增长。
为进一步支持生物医药企业做大做强，市经信局将继续做好以下几方面工作：
1.加大技改投入支持。对符合条件的生物医药技改项目给予补助。
2.强化要素保障。优先保障重点项目用地、用能。
"""
H = "杭州市经济和信息化局"


def test_a_purpose_clause_before_the_introducing_subject():
    doc, ex = extract_text(REPLY, "hangzhou-reply.txt")
    got = explicit_owners(ex)
    assert got == {"加大技改投入支持": {(H, "lead")}, "强化要素保障": {(H, "lead")}}, got
    quotes_are_original(doc, ex)


def test_a_purpose_clause_before_no_body_names_no_owner():
    doc, ex = extract_text(REPLY.replace("，市经信局将继续", "，我们将继续"), "hangzhou-reply-we.txt")
    assert all(v == set() for v in explicit_owners(ex).values())


# the other wordings of a body's duty line, with its colon: X主要职责有： (as structure reads a duty
# list announced by 主要职责有：) and X主要承担以下职责： / X具体负责以下工作：
DUTY_LINE = """来源：贵阳市人民政府 https://www.example.gov.cn/jgsz/5.html
机构设置
贵阳市医疗保障局主要职责有：
1. 组织实施全市医疗保险、生育保险、医疗救助等医疗保障制度。
2. 负责医疗保障基金监督管理。
"""
G = "贵阳市医疗保障局"


def test_a_duty_line_with_you():
    doc, ex = extract_text(DUTY_LINE, "guiyang-functions.txt")
    got = explicit_owners(ex)
    assert len(got) == 2 and all(v == {(G, "lead")} for v in got.values()), got


def test_a_duty_line_with_zhuyao_chengdan():
    doc, ex = extract_text(DUTY_LINE.replace("主要职责有：", "主要承担以下职责："), "guiyang-functions-2.txt")
    got = explicit_owners(ex)
    assert len(got) == 2 and all(v == {(G, "lead")} for v in got.values()), got
