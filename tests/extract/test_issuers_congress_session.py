"""A people's congress (or its standing committee) whose session opens a text with no title
or number of its own (…第三次会议,认真审议了… / 2024年6月5日,…常务委员会第十次会议,听取和审议了…)
issues that text: the session's resolution or review opinions. Documents written for these
tests; issuers asserted exactly, evidence quotes checked against the source."""

from issuer_support import issued



def _issued(text: str) -> list[tuple[str, str]]:
    return issued(text, "session.txt", no_policy_ok=True, match_document=False)


RESOLUTION = """{opening}审议了区长代表区人民政府所作的《政府工作报告》。
会议认为，过去一年区政府坚持稳中求进，较好完成了区第五届人民代表大会第二次会议确定的目标任务。
会议强调，新的一年里，区政府要着力推动高质量发展，切实保障和改善民生。
会议号召，全区人民团结一心，为完成全年目标任务而努力奋斗。
"""


def test_a_congress_session_opening_an_untitled_resolution_issues_it():
    text = RESOLUTION.format(opening="杭州市余杭区第五届人民代表大会第三次会议，认真")
    assert _issued(text) == [("杭州市余杭区人民代表大会", "杭州市余杭区第五届人民代表大会")]


def test_a_standing_committee_session_after_a_date_issues_its_review_opinions():
    text = """区人民政府：
2024年6月5日，余杭区第五届人民代表大会常务委员会第十次会议，听取和审议了区人民政府关于养老服务工作情况的报告。
常委会认为，区政府高度重视养老服务工作。
一、加快养老服务设施建设
推进街道综合养老服务中心全覆盖。
二、提升养老服务质量
加强养老护理员队伍建设。
"""
    # (the text names no city: the district's committee by the name it is written with)
    assert _issued(text) == [("余杭区人民代表大会常务委员会", "余杭区第五届人民代表大会常务委员会")]


def test_a_congress_named_inside_a_sentence_is_not_the_speaker():
    text = RESOLUTION.format(opening="根据杭州市余杭区第五届人民代表大会第三次会议精神，会议认真")
    assert _issued(text) == []


def test_a_congress_named_right_after_the_date_of_its_adoption_note_adopted_it():
    # the date's 日 glued before the congress's place (…25日杭州市第十四届…) opens no name
    text = """杭州市中医药发展条例
（2023年3月1日杭州市第十四届人民代表大会第三次会议通过）
第一条 为了促进中医药事业发展，制定本条例。
第二条 本市行政区域内的中医药发展活动，适用本条例。
"""
    assert _issued(text) == [("杭州市人民代表大会", "杭州市第十四届人民代表大会")]


def test_a_session_named_as_having_adopted_a_report_does_not_speak():
    # an interpretation page opening with the session that adopted the report its task list breaks
    # down: the session is named, it does not speak this text (审议通过的《…》)
    text = """临清市第十九届人民代表大会第二次会议审议通过的《2025年政府工作报告》明确了全年主要任务。
为确保各项任务落到实处，市政府办公室对报告确定的任务进行了分解，现将主要内容解读如下。
一、出台背景
二、主要内容
"""
    assert _issued(text) == []
    # the same session deliberating (审议了) still issues its resolution
    spoken = text.replace("审议通过的《2025年政府工作报告》明确了全年主要任务", "认真审议了《2025年政府工作报告》")
    assert [n for n, _ in _issued(spoken)] == ["临清市人民代表大会"]
