"""Session 10: interpretation pages (政策解读, Q&A — README "Interpretation pages") whose own title is not
at the top. Documents written for these tests.

* A page two or more of whose 一、 headings are questions or headings about the document (一、政策出台的
  背景是什么? / 二、起草过程) interprets a policy: the clauses it numbers are that policy's measures wherever
  its title stands (structure._interprets).
* 一是/二是 lines right below the question they answer, when it asks for the measures (二、文件有哪些主要
  举措？): they are the measures, not prose enumeration (structure._ASKED_FOR)."""

from measure_support import measures, shape

_LONG = "为贯彻落实省市关于生物医药产业发展的部署，结合高新区实际，推动产业集聚发展，提升创新能力。" * 10

QA = ("来源：合肥市高新区管委会 https://example.gov.cn/jd/1.html\n"
      "一、政策出台的背景是什么?\n" + _LONG + "\n"
      "二、政策适用于哪些企业?\n适用于在高新区注册的生物医药企业。\n"
      "三、政策有哪些具体条款?\n政策共包含两条。\n"
      "具体政策条款\n"
      "1.支持新药临床研究\n支持方式：按临床试验阶段给予最高500万元奖励。\n"
      "2.鼓励医疗器械注册\n支持方式：对取得注册证的产品给予最高100万元奖励。\n")


def test_the_clauses_a_q_and_a_page_numbers_are_measures():
    assert shape(QA) == [("1.", "支持新药临床研究"), ("2.", "鼓励医疗器械注册")]
    got = measures(QA, "hefei-qa.txt")
    assert [n for n, _ in got] == ["1.", "2."]
    assert got[0][1].startswith("1.支持新药临床研究") and QA.find(got[0][1]) == QA.index("1.支持新药")


def test_one_question_heading_makes_no_interpretation_page():
    # near miss: a single question heading above a numbered list, the title far down — nothing says
    # the page interprets a policy
    text = ("来源：合肥市高新区管委会 https://example.gov.cn/jd/1.html\n"
            "一、政策出台的背景是什么?\n" + _LONG + "\n"
            "具体政策条款\n"
            "1.支持新药临床研究\n支持方式：按临床试验阶段给予最高500万元奖励。\n"
            "2.鼓励医疗器械注册\n支持方式：对取得注册证的产品给予最高100万元奖励。\n")
    assert shape(text) == []


ANSWERS = ("来源：贵阳市卫生健康局政策解读 https://example.gov.cn/jd/2.html\n"
           "一、文件出台的背景是什么?\n我市医疗资源分布不均。\n"
           "二、文件有哪些主要举措?\n"
           "一是推进县域医共体建设。2025年底前实现全覆盖。\n"
           "二是加强基层人才培养。每年定向培养医学生200名。\n")


def test_yishi_lines_answering_a_question_about_the_measures_are_measures():
    assert shape(ANSWERS) == [("一是", "推进县域医共体建设"), ("二是", "加强基层人才培养")]
    got = measures(ANSWERS, "guiyang-answers.txt")
    assert [q for _, q in got] == ["一是推进县域医共体建设", "二是加强基层人才培养"]


def test_yishi_lines_answering_a_question_about_the_background_are_prose():
    # near miss: the same layout under a question about the background — they describe
    text = ("来源：贵阳市卫生健康局政策解读 https://example.gov.cn/jd/2.html\n"
            "一、文件出台的背景是什么?\n"
            "一是医疗资源分布不均。\n"
            "二是基层人才短缺。\n"
            "二、文件有哪些亮点?\n突出县域统筹。\n")
    assert shape(text) == []
