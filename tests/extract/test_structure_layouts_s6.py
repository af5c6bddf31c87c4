"""Layouts of real texts the measure rules missed until session 6, each on a small document
written for its test (other cities, numberings and punctuation than the corpus texts):

* an excerpt that ends inside the first (一) item of its first 一、 section;
* an excerpt that ends inside the first item of a new group ((五)区财政局 / 1、…) or in the
  middle of a list item's sentence (5.及时公布…，做好…);
* a report or untitled official page whose numbered items structure alone did not call a
  policy's: they are its measures once identity finds the text to be its own document;
* clauses stating principles or the guiding idea (…遵循…的原则, …的指导思想是：) and an
  interpretation's headings about the document (《办法》出台背景, 起草过程) never act;
* a framing heading that carries an owner note acts;
* a notice that issues several documents, named in 《》, whose first attached text follows:
  the notice's own 一、二、 requirements are no measures of it.

Every heading is checked against the text at its span, and through ``extract`` the measure's
quote against the original document."""

from medgraph.extract import structure
from medgraph.textnorm import normalize

from measure_support import measures, shape


def _shape(text: str) -> list[tuple[str, str]]:
    return shape(text)


def _measures(text: str) -> list[tuple[str, str]]:
    return measures(text, "layouts.txt")


# --- an excerpt cut inside the first (一) of the first 一、 section ------------------------------

_PLAN = ("乐山市2025年医疗保障工作要点\n"
         "为做好全年医疗保障工作，现提出如下要点。\n"
         "一、夯实基本医疗保障制度\n"
         "全市参保率稳定在95%以上，重点任务是：\n")


def test_an_excerpt_cut_inside_the_first_paren_item_keeps_it():
    text = _PLAN + "（一）破除医保待遇地区差异，统一全市门诊报销政策。各县（市、区）于6月底前完成过渡，"
    assert _shape(text) == [("(一)", "破除医保待遇地区差异，统一全市门诊报销政策")]


def test_an_item_opening_with_its_owner_is_kept():
    text = _PLAN + "（一）由市医保局负责，市财政局、市卫健委配合，整合城乡居民医保经办服务，"
    assert [n for n, _ in _shape(text)] == ["(一)"]


def test_a_cut_paren_item_that_names_a_place_is_no_measure():
    text = _PLAN + "（一）乐山高新区医药产业园区位于城区东部，占地约"
    assert _shape(text) == []


def test_a_cut_paren_item_with_a_later_section_is_not_this_layout():
    # a second 一、-level item after it: the text is not cut inside the (一); the 一、 items are
    # the list, the lone (一) no list of its own. (二、工作要求 asks units to act — 各地要高度重视 —
    # with no deeper items: a measure since session 7, README "What is a measure")
    text = _PLAN + "（一）持续扩大参保覆盖面\n今年以来参保人数稳步增长。\n二、工作要求\n各地要高度重视。\n"
    assert _shape(text) == [("一、", "夯实基本医疗保障制度"), ("二、", "工作要求")]


# --- an excerpt cut inside the first item of a new group, or inside a sentence ----------------------

def test_an_excerpt_cut_in_the_first_item_of_a_new_unit_group():
    text = ("东营市创建省级卫生城市工作方案\n"
            "二、部门职责\n"
            "（一）市教育局\n"
            "1、组织中小学校开展健康教育课程，每学期不少于六课时。\n"
            "2、按要求报送创建工作资料。\n"
            "（二）市市场监管局\n"
            "1、开展食品小作坊专项整治，规范经营行为。\n"
            "2、按要求报送创建工作资料。\n"
            "（三）市财政局\n"
            "1、根据创建工作需要，\n")
    assert [h for _, h in _shape(text)][-1] == "根据创建工作需要，"
    assert len(_shape(text)) == 5


def test_a_list_item_cut_in_its_sentence_is_kept_a_heading_cut_short_is_not():
    head = ("关于印发《江门市政务公开工作要点》的通知\n现将《江门市政务公开工作要点》印发给你们。\n"
            "1.及时公开财政预算决算信息，回应社会关切。\n2.加大减税降费政策公开力度。\n")
    assert [n for n, _ in _shape(head + "3.及时公布重点项目批准信息,做好招标公告、中标")] == ["1.", "2.", "3."]
    # without a clause the cut words are a heading that names: nothing to judge
    assert [n for n, _ in _shape(head + "3.全市重点项目批准和实施信息")] == ["1.", "2."]


# --- an untitled report: its items are its measures once it is its own document ---------------------

def test_an_untitled_report_own_document_keeps_its_numbered_items():
    text = ("湖州市民政局\n"
            "市人大常委会：\n"
            "受市政府委托，现将养老服务议案办理情况报告如下：\n"
            "一、强化组织保障\n市民政局会同市财政局建立联席会议制度，每季度召开一次。\n"
            "二、细化任务分工\n将议案提出的五项建议分解到十二个部门，逐项明确完成时限。\n"
            "湖州市民政局\n2024年10月8日\n")
    assert _measures(text) == [("一、", "一、强化组织保障\n市民政局会同市财政局建立联席会议制度，每季度召开一次"),
                               ("二、", "二、细化任务分工\n将议案提出的五项建议分解到十二个部门，逐项明确完成时限")]


# --- clauses that frame -------------------------------------------------------------------------

def test_principle_and_guiding_idea_articles_are_no_measures():
    text = ("莆田市科技创新券管理办法\n"
            "第一条 为规范创新券管理，制定本办法。\n"
            "第二条 创新券的使用遵循公开公平、注重实效、专款专用的原则。\n"
            "第三条 市科技局负责创新券的发放和兑付工作。\n"
            "第四条 企业使用创新券购买检验检测服务的，按服务金额的50%给予补助。\n")
    assert _shape(text) == [("第三条", "市科技局负责创新券的发放和兑付工作"),
                            ("第四条", "企业使用创新券购买检验检测服务的，按服务金额的50%给予补助")]
    text2 = ("关于印发《某县人民政府工作规则》的通知\n现将《某县人民政府工作规则》印发给你们。\n"
             "某县人民政府工作规则\n第一条 为提高行政效能，制定本规则。\n"
             "第二条 县政府工作的指导思想是：坚持依法行政，建设人民满意的政府。\n"
             "第三条 县政府实行县长负责制。\n")
    assert _shape(text2) == [("第三条", "县政府实行县长负责制")]


def test_an_interpretation_s_headings_about_the_document_are_no_measures():
    text = ("关于《南平市中医药振兴行动计划》的政策解读\n"
            "一、《计划》起草背景\n为贯彻落实省中医药振兴发展大会精神，市卫健委起草了《计划》。\n"
            "二、起草过程\n2024年3月起，经多轮征求意见形成送审稿。\n"
            "三、本计划的主要内容\n《计划》提出了十项重点任务。\n")
    assert _shape(text) == []


def test_a_framing_heading_that_carries_an_owner_note_acts():
    text = ("关于印发《某自治区2024年重点工作分工》的通知\n现将《某自治区2024年重点工作分工》印发给你们。\n"
            "（一）总体要求。坚持稳中求进工作总基调。（自治区发展改革委牵头）\n"
            "（二）保障措施\n各部门按季度报送进展。\n"
            "（三）加快发展现代产业体系。培育新兴产业。（自治区工业和信息化厅牵头）\n")
    assert [n for n, _ in _shape(text)] == ["(一)", "(三)"]


# --- a notice issuing several documents named in 《》 ----------------------------------------------

def test_a_notice_issuing_several_documents_keeps_only_the_attached_text_s_items():
    text = ("延吉市人民政府办公室关于印发防汛等专项责任清单的通知\n"
            "各乡镇人民政府，市政府各部门：\n"
            "《延吉市防汛专项责任清单》《延吉市森林防火专项责任清单》\n"
            "一、各单位要及时向社会公开专项责任清单。\n"
            "二、各单位要按照职责分工，细化工作任务。\n"
            "三、市编办要会同有关部门对清单实行动态调整。\n"
            "延吉市人民政府办公室\n2023年5月6日\n"
            "延吉市防汛专项责任清单\n"
            "为明确防汛责任分工，制定本清单。\n"
            "一、部门职责\n"
            "（一）市水利局\n负责水库、河道的汛期巡查和调度。\n"
            "（二）市应急管理局\n负责防汛抢险队伍和物资的统筹调配。\n")
    assert _shape(text) == [("(一)", "市水利局"), ("(二)", "市应急管理局")]


# --- layouts of the dev-6 documents ---------------------------------------------------------------

def test_circled_numbers_are_a_numbering_style():
    text = ("关于印发《宁国市招商引资攻坚行动方案》的通知\n现将《宁国市招商引资攻坚行动方案》印发给你们。\n"
            "⑴强化招商意识。各乡镇要把招商引资作为一号工程。\n"
            "⑵抢抓合作机遇。持续开展产业链精准招商活动。\n"
            "⑶优化营商环境。落实“一企一策”跟踪服务机制。\n")
    assert _shape(text) == [("⑴", "强化招商意识"), ("⑵", "抢抓合作机遇"), ("⑶", "优化营商环境")]
    circled = text.replace("⑴", "①").replace("⑵", "②").replace("⑶", "③")
    assert [n for n, _ in _shape(circled)] == ["①", "②", "③"]


def test_a_heading_that_seizes_an_opportunity_acts_one_that_reviews_frames():
    text = ("关于印发《嘉峪关市科技创新规划》的通知\n现将《嘉峪关市科技创新规划》印发给你们。\n"
            "一、发展成就与形势\n（一）“十三五”科技创新发展成就\n全市研发投入年均增长百分之十。\n"
            "二、重点任务\n（一）夯实创新基础\n建设一批省级以上重点实验室。\n（二）抢抓发展机遇\n布局一批未来产业重大项目。\n")
    assert _shape(text) == [("(一)", "夯实创新基础"), ("(二)", "抢抓发展机遇")]


def test_an_information_disclosure_page_s_metadata_makes_its_list_official():
    text = ("索 引 号 | 11340800/2023-0012 | 公文种类 | 其他 | 发布机构 | 宁国市政府 |\n"
            "发布日期 | 2023-02-10 | 主题词 | 招商引资 |\n"
            "⑴强化招商意识。各乡镇要把招商引资作为一号工程。\n"
            "⑵优化营商环境。落实“一企一策”跟踪服务机制。\n")
    st = structure.parse(normalize(text)[0])
    assert st.is_policy and [m.number_text for m in st.measures] == ["⑴", "⑵"]


def test_articles_keeping_a_principle_frame_a_support_detailed_by_a_list_acts():
    text = ("遵义市人才工作办法\n"
            "第一条 为加强人才工作，制定本办法。\n"
            "第二条 坚持党管人才原则，加强党对人才工作的领导。\n"
            "第三条 市人才办负责人才工作的统筹协调。\n"
            "第四条 对在本市新设立的人才企业给予租房补贴，具体为：\n"
            "（一）第一年补贴租金的百分之五十；\n（二）第二年补贴租金的百分之三十。\n")
    assert [n for n, _ in _shape(text)] == ["第三条", "第四条"]


def test_a_document_site_s_terms_are_no_list():
    text = ("芜湖市科学技术局关于分解落实2019年重点工作任务的通知\n"
            "- 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑服务。\n"
            "- 2、“仅部分预览”的文档，如存在完整性等问题，可反馈申请退款。\n"
            "- 3、如文档侵犯您的权益，请联系客服反馈。\n"
            "芜湖市科学技术局关于分解落实2019年重点工作任务的通知\n"
            "1.加快科技企业孵化器建设，打造创新创业品牌。\n"
            "2.推动高新区争创国家级高新区。\n")
    assert _shape(text) == [("1.", "加快科技企业孵化器建设，打造创新创业品牌"), ("2.", "推动高新区争创国家级高新区")]


def test_a_line_opened_by_the_closing_bracket_alone_and_markdown_bold_numbers():
    head = "关于印发《韶关市中医药发展措施》的通知\n现将《韶关市中医药发展措施》印发给你们。\n"
    half = head + "1）加快中药材基地建设。给予种植补贴。\n2）支持中医医院提质。建设重点专科。\n"
    assert _shape(half) == [("1)", "加快中药材基地建设"), ("2)", "支持中医医院提质")]
    cn = head + "一）加快中药材基地建设。给予种植补贴。\n二）支持中医医院提质。建设重点专科。\n"
    assert [n for n, _ in _shape(cn)] == ["一)", "二)"]
    # a closing bracket inside a sentence is no marker: 附件1）, （2024年）
    prose = head + "详见附件1）。全年（2024年）完成。\n"
    assert _shape(prose) == []
    bold = head + "**（一）加快中药材基地建设。**给予种植补贴。\n**（二）支持中医医院提质。**建设重点专科。\n"
    assert _shape(bold) == [("(一)", "加快中药材基地建设"), ("(二)", "支持中医医院提质")]


def test_a_disclosure_page_s_news_list_is_no_policy():
    text = ("索 引 号 | 11340800/2023-0013 | 发布机构 | 宁国市政府 |\n"
            "1.全市一季度地区生产总值同比增长6%。\n"
            "2.3月份规上工业增加值增速居全省第二。\n")
    st = structure.parse(normalize(text)[0])
    assert not st.is_policy and st.measures == []


def test_a_goal_section_heading_run_into_its_sentence_after_a_space():
    text = ("关于印发《某区2024年健康促进工作实施方案》的通知\n现将《某区2024年健康促进工作实施方案》印发给你们。\n"
            "一、工作目标 进一步完善健康促进与教育体系，推动把健康融入所有政策落到实处，提高全区居民健康素养水平。\n"
            "（一）全区居民健康素养水平提高到26%以上。\n（二）15岁以上人群吸烟率低于20%。\n"
            "二、主要措施 围绕健康促进重点工作，各部门要按照职责分工抓好落实，确保各项任务按时完成。\n"
            "（一）开展健康科普进社区活动。\n（二）建设健康促进示范单位。\n")
    assert [h for _, h in _shape(text)] == ["开展健康科普进社区活动", "建设健康促进示范单位"]
