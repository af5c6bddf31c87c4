"""A list of a body's duties announced by the line above it — 其职责包括： / 主要职责有： beside 主要职责如下：
— is an official allocation of functions: its items are measures though no title stands near the
top (a news release quoting the dispatch that sets the body up; structure._DUTIES, _official_list).

Documents written for these tests (none is a copy of a corpus document)."""

from measure_support import shape

RELEASE = ("来源：某市人民政府新闻办公室 https://www.example.gov.cn/n/3.html\n"
           "网站首页 > 新闻中心\n"
           "2031-03-02 09:15\n"
           "市政府日前印发通知，决定设立“某市生物医药产业园建设指挥部办公室”，负责统筹协调园区建设。\n"
           "该办公室设在市发展改革委，其职责包括：\n"
           "1. 拟订产业园建设规划和年度计划，报市政府批准后组织实施；\n"
           "2. 协调解决园区建设中的用地、资金和配套问题；\n"
           "3. 组织开展园区招商引资和项目服务工作。\n"
           "新闻中心\n")


def test_items_under_a_duties_line_with_baokuo_are_measures():
    assert [n for n, _ in shape(RELEASE)] == ["1.", "2.", "3."]


def test_a_list_under_a_line_naming_no_duties_stays_out():
    # near miss: the same release listing what was discussed is no allocation of functions
    assert shape(RELEASE.replace("其职责包括：", "会议内容包括：")) == []


FUNCTIONS = ("来源：某区人民政府 https://www.example.gov.cn/jg/7.html\n"
             "当前位置：首页 > 机构设置\n"
             "某区医疗保障局职能职责\n"
             "（一）贯彻执行医疗保险、生育保险、医疗救助等医疗保障制度的法律法规和政策；\n"
             "（二）组织实施全区医疗保障基金监督管理办法，建立健全基金安全防控机制；\n"
             "（三）完成区委、区政府交办的其他任务。\n"
             "相关链接\n")


def test_a_functions_page_headed_by_its_bodys_functions_line_lists_measures():
    assert [n for n, _ in shape(FUNCTIONS)] == ["(一)", "(二)", "(三)"]
