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
