"""Session 12 measure rules (measures: which numbered items act), each with a small document written
for the test in a style other than the corpus page that prompted it (another city, other numbering
and punctuation)."""

from measure_support import measures, shape
from medgraph.extract import structure
from medgraph.textnorm import normalize


def found(text: str) -> list[str]:
    """Headings of the numbered items structure finds as measures, whether or not the page is called a
    policy by its own words (identity.py decides that for candidates: a briefing, a report)."""
    st = structure.parse(normalize(text)[0])
    return [m.heading for m in st.measures or st.candidates]


# --- a 目录 line and the items right after it -----------------------------------------------------
# A table of contents ends at the line break before the line that repeats its first entry (the body
# begins) or before the first line holding a sentence (a legal-database page whose 目录 line heads
# no contents at all). That line break belongs to the contents; the item opening the next line does
# not, though its marker's match takes the break before it.

def test_item_right_below_a_bare_contents_line_is_a_measure():
    text = ("成都市卫生健康委员会关于推进县域医共体建设的实施意见\n"
            "目  录\n\n"
            "（一）实行县域医共体网格化管理。按照区域划分网格，组建紧密型医共体。\n"
            "（二）落实各级医疗机构功能分工。提高县级医院疑难病症诊治能力。\n"
            "（三）完善医保打包支付政策。探索将医保基金按人头打包支付给医共体。\n")
    got = shape(text)
    assert [h for _, h in got] == ["实行县域医共体网格化管理", "落实各级医疗机构功能分工", "完善医保打包支付政策"]


def test_first_item_after_a_contents_list_is_kept():
    text = ("杭州市人民政府关于促进生物医药产业发展的若干政策\n"
            "目录\n"
            "1、加大研发投入\n"
            "2、支持成果转化\n"
            "1、加大研发投入。对企业新药研发给予最高500万元补助。\n"
            "2、支持成果转化。对技术合同成交额给予奖励。\n"
            "3、强化要素保障。优先保障产业用地。\n")
    got = shape(text)
    assert [h for _, h in got] == ["加大研发投入", "支持成果转化", "强化要素保障"]


# --- an attached file's name --------------------------------------------------------------------
# A page lists the files it attaches, numbered, each a download link ending in its extension
# (附：1、…细则.docx 2、…任务.docx): the names are no items of the notice.

def test_numbered_attachment_file_names_are_no_measures():
    text = ("南宁市青秀区人民政府办公室关于做好创建全国文明城区工作的通知\n"
            "各街道办事处，区直各部门：\n"
            "为做好创建工作，现将任务细化分解，请各单位认真落实。\n"
            "附件下载：\n"
            "1.青秀区创建全国文明城区实施方案.docx\n"
            "2.青秀区各单位创建工作主要任务清单.PDF\n"
            "南宁市青秀区人民政府办公室\n"
            "2019年3月2日\n")
    assert measures(text, "qingxiu.txt") == []


def test_item_naming_a_file_in_its_text_stays_a_measure():
    text = ("某某县卫生健康局关于印发工作要点的通知\n"
            "一、完善报表制度。各医疗机构按月报送统计报表，格式见附件统计表.xlsx\n"
            "二、加强督导检查。县卫生健康局每季度开展一次督导。\n")
    assert [h for _, h in shape(text)] == ["完善报表制度", "加强督导检查"]


# --- an interpretation's contacts ---------------------------------------------------------------
# 联系方式 headed by whose contacts they are (政策解读联系方式, 咨询联系电话) describes like 联系方式 alone.

def test_contacts_heading_with_a_noun_before_it_is_no_measure():
    text = ("关于《泉州市促进中医药传承创新发展实施方案》的政策解读\n"
            "一、起草背景\n"
            "为贯彻落实国家和省有关部署，制定本方案。\n"
            "二、起草依据\n"
            "《泉州市中医药发展规划》\n"
            "三、主要内容\n"
            "全面贯彻党的二十大精神，加快中医药服务体系建设，提升服务能力。\n"
            "四、政策咨询联系电话\n"
            "泉州市卫生健康委员会中医科，李四：0595-22000000\n")
    assert not any("联系" in h for _, h in measures(text, "qz-jiedu.txt"))


# --- a notice's own requirements when it hands a list down by 予以 -----------------------------------
# 现将…任务予以分解印发 issues the list as 印发给你们 does: the items right below, addressed to the units
# as a class (各乡镇各部门要…, 各牵头单位要…), are the notice's requirements on carrying it out.

def test_requirements_below_yuyi_yinfa_are_no_measures():
    text = ("绵竹市人民政府关于分解落实2024年政府工作报告目标任务的通知\n"
            "各镇人民政府，市级各部门：\n"
            "现将《政府工作报告》确定的180项工作任务予以分解下达。各责任单位要高度重视，确保完成。\n"
            "一、细化工作措施。各镇各部门要对照任务清单，明确时间节点，建立工作台账。\n"
            "二、强化督查考核。各牵头单位要加强调度，按季度报送进展情况。\n")
    assert measures(text, "mianzhu.txt") == []


def test_named_body_task_below_yuyi_yinfa_stays():
    text = ("绵竹市人民政府关于分解落实2024年政府工作报告目标任务的通知\n"
            "各镇人民政府，市级各部门：\n"
            "现将《政府工作报告》确定的180项工作任务予以分解下达。\n"
            "一、细化工作措施。各镇各部门要对照任务清单，明确时间节点。\n"
            "二、强化督查考核。市政府督查室要加强督查，按季度通报。\n")
    got = [h for _, h in measures(text, "mianzhu2.txt")]
    assert got == ["二、强化督查考核"]


# --- a lone (一) an excerpt cuts, with no 一、 above it ------------------------------------------------
# Remarks or a report whose parts are (一) (二) … — no 一、 level at all — cut by the excerpt inside the
# first part: the (一) is a measure when its heading acts, as under a 一、 section; a heading that
# reviews (创新活力持续增强) is none, nor a lone 1. (a notice's single attachment line is numbered so).

def test_lone_first_part_of_remarks_cut_by_the_excerpt_is_a_measure():
    text = ("苏州市卫生健康委员会主任在市人大常委会专题询问会上的发言\n"
            "主任、各位副主任、各位委员：\n"
            "今年我委围绕健康苏州建设推进了多项工作，现报告如下。\n"
            "（一）加快建设区域医疗中心\n"
            "我们推动市立医院与国家级医院合作共建，今年新增床位800张，引进高层次人才40名，"
            "下一步将继续争取国家区域医疗中心项目落地")
    assert found(text) == ["加快建设区域医疗中心"]


def test_duties_announced_by_zhize_baokuo_are_measures():
    text = ("来源：某市人民政府网站\n"
            "市政府今日发布公告，设立生物医药产业园建设专班。\n"
            "专班由市发展改革委主任任组长，其职责包括：\n"
            "1、统筹推进产业园规划建设，协调解决重大问题；\n"
            "2、组织编制产业园年度招商计划并督促落实；\n"
            "3、承办市政府交办的其他事项。\n"
            "专班存续期两年。\n")
    got = [q for _, q in measures(text, "zhuanban.txt")]
    assert len(got) == 3 and got[0].startswith("1、统筹推进产业园规划建设")


def test_functions_page_heading_line_announces_its_duties():
    text = ("来源：某区人民政府网站\n"
            "当前位置：首页 > 机构设置\n"
            "某某高新区科技创新局主要职责\n"
            "1.负责拟订园区科技创新发展规划并组织实施；\n"
            "2.会同有关部门推进科技企业孵化载体建设；\n"
            "3.承办管委会交办的其他事项。\n")
    got = [q for _, q in measures(text, "zhineng.txt")]
    assert [g[:2] for g in got] == ["1.", "2.", "3."]


def test_a_line_naming_duties_far_above_a_list_announces_nothing():
    text = ("来源：某市人民政府网站\n"
            "某某局主要职责\n"
            + "该局近年来围绕中心工作积极履职，各项工作取得明显成效，群众满意度持续提升。" * 12 + "\n"
            "1.全年接待来访群众1200人次；\n"
            "2.办理各类诉求800件。\n")
    assert measures(text, "far.txt") == []


# --- a Markdown copy's bold headings ------------------------------------------------------------------
# A page copied as Markdown wraps each heading in ** (1. **加大研发支持**：…): the asterisks are no
# part of the heading.

def test_markdown_bold_around_a_heading_is_no_part_of_it():
    text = ("# 厦门市人民政府关于促进生物医药产业高质量发展的若干措施\n\n"
            "1. **加大研发支持**：对新药研发给予最高1000万元补助。\n"
            "2. **支持成果转化**：对技术转让项目给予奖励。\n"
            "3. **强化人才保障**：引进高端人才。\n")
    assert [h for _, h in shape(text)] == ["加大研发支持", "支持成果转化", "强化人才保障"]


def test_markdown_bold_section_lines_are_clean_headings():
    text = ("厦门市人民政府关于促进生物医药产业高质量发展的若干措施\n"
            "**一、加大研发支持**\n对新药研发给予补助。\n"
            "**二、支持成果转化**\n对技术转让项目给予奖励。\n")
    assert [h for _, h in shape(text)] == ["加大研发支持", "支持成果转化"]


# --- a bullet glyph glued to a line's marker -----------------------------------------------------------
# Web pages and WeChat posts set a glyph right before each item (◆1.…, ■（一）…, ▲一、…): decoration, as an
# indent is; the marker still opens its line. A ○ is no bullet (二○二三年), and a glyph before words is none.

def test_items_behind_glued_bullets_are_measures():
    text = ("佛山市南海区促进医疗器械产业发展扶持办法\n"
            "◆1.支持产品注册。对取得第二类医疗器械注册证的给予10万元奖励。\n"
            "◆2.支持企业上规。对首次纳入规模以上工业企业的给予20万元奖励。\n"
            "◆3.支持平台建设。对新建公共服务平台给予补助。\n")
    assert [h for _, h in shape(text)] == ["支持产品注册", "支持企业上规", "支持平台建设"]


def test_paren_items_behind_squares_are_measures():
    text = ("佛山市南海区人民政府关于加快生物医药产业发展的实施意见\n"
            "■（一）加快产业集聚。建设生物医药产业园。\n"
            "■（二）强化创新驱动。支持企业建设研发机构。\n")
    assert [h for _, h in shape(text)] == ["加快产业集聚", "强化创新驱动"]


# --- a line that says the list below holds conditions, papers or links -------------------------------------
# README "Activity notices": lists of conditions and materials describe — also when no 申报条件 heading labels
# them and the sentence above says so (须同时满足以下条件： / 提交下列材料：); a page's 相关链接 lists links. An
# item that grants (按以下条件给予…: 1.对…给予50万元) still acts.

def test_conditions_announced_by_the_line_above_are_no_measures():
    text = ("无锡市科学技术局关于组织申报2025年度科技型中小企业评价的通知\n"
            "各市（县）、区科技局：\n"
            "现将有关事项通知如下。\n"
            "申请评价的企业须同时满足下列条件：\n"
            "（1）在无锡市注册的居民企业；\n"
            "（2）职工总数不超过500人；\n"
            "（3）研发费用占比不低于3%。\n"
            "请于2025年4月30日前在系统中填报。\n"
            "无锡市科学技术局\n"
            "2025年3月3日\n")
    assert measures(text, "wuxi-call.txt") == []


def test_papers_listed_after_the_colon_on_the_same_line_are_no_measures():
    text = ("无锡市科学技术局关于组织申报2025年度科技型中小企业评价的通知\n"
            "各市（县）、区科技局：\n"
            "请符合条件的企业提交以下材料：1.项目实施方案；2.研发投入专项审计报告；3.知识产权证明。\n"
            "无锡市科学技术局\n"
            "2025年3月3日\n")
    assert measures(text, "wuxi-call2.txt") == []


def test_related_links_are_no_measures():
    text = ("无锡市人民政府关于加快生物医药产业发展的若干政策\n"
            "为加快发展，制定本政策。\n"
            "相关链接：\n"
            "1.无锡市人民政府关于印发生物医药产业发展规划的通知\n"
            "2.无锡市科技局关于组织开展项目申报的通知\n")
    assert found(text) == []


def test_grant_tiers_after_such_a_line_stay_measures():
    text = ("无锡市人民政府关于加快生物医药产业发展的若干政策\n"
            "对新认定的研发平台，按以下条件给予支持：\n"
            "1.对国家级研发平台给予500万元奖励；\n"
            "2.对省级研发平台给予200万元奖励。\n")
    assert len(found(text)) == 2


# --- a document's title listed alone ----------------------------------------------------------------------
# A compilation or a page's list of files numbers documents by their titles (1.X关于印发…的通知（X发〔2021〕5号）):
# a name, no item. An item that opens with its own verb (印发关于…的通知) or has text below its title is none.

def test_listed_document_titles_are_no_measures():
    text = ("长沙市生物医药产业政策汇编\n"
            "（一）长沙市人民政府关于印发《长沙市生物医药产业发展规划》的通知（长政发〔2021〕5号）\n"
            "（二）长沙市人民政府办公厅关于加快生物医药产业发展的若干措施（长政办发〔2022〕8号）\n"
            "（三）长沙市科学技术局关于支持创新药研发的实施细则\n")
    assert found(text) == []


def test_issuing_a_titled_document_is_a_task():
    text = ("长沙市卫生健康委员会2024年工作要点\n"
            "1.印发关于加强基层医疗卫生服务的实施意见\n"
            "2.出台关于促进中医药传承创新发展的若干措施\n")
    assert len(found(text)) == 2


# --- blanks inside a marker's brackets ------------------------------------------------------------------
# A PDF conversion spaces out ( 一 ) / （ 1 ） as it spaces out 1 . and 一 、: the marker is closed up.

def test_spaced_out_bracket_markers_are_read():
    text = ("昆明市人民政府办公室关于促进健康服务业发展的实施意见\n"
            "( 一 ) 培育健康服务新业态。发展智慧健康养老服务。\n"
            "( 二 ) 加快医疗资源扩容。支持社会力量举办医疗机构。\n"
            "（ 三 ）强化要素保障。落实用地政策。\n")
    assert [h for _, h in shape(text)] == ["培育健康服务新业态", "加快医疗资源扩容", "强化要素保障"]


# --- indents and blank lines a page sets around its lines ------------------------------------------------
# 1。 (an ideographic stop after the number) behind a line's indent is a marker as at the line's start; and a
# lone (一) below a section's heading and lead paragraph keeps them with blank lines between (a scraped page).

def test_indented_ideographic_stop_markers_are_read():
    text = ("南昌市人民政府关于支持中药材产业发展的若干政策\n"
            "　　1。支持道地药材种植。对新建标准化基地给予补助。\n"
            "　　2。支持精深加工。对新建生产线给予奖励。\n"
            "　　3。支持品牌建设。对获评区域公用品牌的给予奖励。\n")
    assert [h for _, h in shape(text)] == ["支持道地药材种植", "支持精深加工", "支持品牌建设"]


def test_lone_item_below_a_lead_paragraph_with_blank_lines_between():
    text = ("江西省推动中医药振兴发展重大工程实施方案\n\n"
            "一、总体要求\n\n"
            "（一）指导思想。以习近平新时代中国特色社会主义思想为指导。\n\n"
            "二、中医药人才培养工程\n\n"
            "以人才培养为引领，建设高水平中医药人才队伍。\n\n"
            "（一）全力培养中医药领军人才。支持高校建设中医药重点学科，到2025年培养领军人才20名")
    assert "全力培养中医药领军人才" in found(text)


# --- an interpretation page flattened to one line ---------------------------------------------------------
# A page that lost its line breaks runs each heading into its text: 二、起草过程 2月7日向… is still a heading about
# the document, and 三、针对…有哪些主要措施? 一是… still a question (a ? with no question word may be garbled).

def test_flattened_interpretation_headings_are_no_measures():
    text = ("《贵阳市2024年十件民生实事》政策解读 一、起草背景 为贯彻落实市委经济工作会议精神，市政府办公厅牵头起草。 "
            "二、起草过程 3月5日向市政府各部门征求意见，共收到意见12条。 "
            "三、今年的民生实事有哪些主要内容? 一是新建城市公园10个。二是新增托位2000个。")
    got = found(text)
    assert not any(h.startswith(("起草过程", "今年的民生实事")) for h in got)


# --- a notice's own requirements on a page flattened to one line ---------------------------------------------
# The words that issue the list stand before the first item on its own line, where the paragraph above it would.

def test_flattened_notice_requirements_are_no_measures():
    text = ("南阳市人民政府关于分解下达2023年政府工作报告目标任务的通知 各县区人民政府，市政府各部门： "
            "现将《2023年政府工作报告目标任务分解》印发给你们，并就有关事项通知如下： "
            "一、加强组织领导。各责任单位要高度重视，主要负责同志亲自抓。 "
            "二、严格督查考核。各牵头单位要建立工作台账，按月报送进展情况。 "
            "南阳市人民政府 2023年2月10日")
    assert measures(text, "nanyang-flat.txt") == []


def test_flattened_named_body_task_stays():
    text = ("南阳市人民政府关于分解下达2023年政府工作报告目标任务的通知 各县区人民政府，市政府各部门： "
            "现将《2023年政府工作报告目标任务分解》印发给你们，并就有关事项通知如下： "
            "一、加强组织领导。各责任单位要高度重视，主要负责同志亲自抓。 "
            "二、严格督查考核。市政府督查室要加强督查，按季度通报。 "
            "南阳市人民政府 2023年2月10日")
    assert [q[:2] for _, q in measures(text, "nanyang-flat2.txt")] == ["二、"]


# --- a flattened page's metadata block -----------------------------------------------------------------------
# 1.[主题分类]… 2.[发文字号]… run into one line with the text after them: fields by their key, however long the line.

def test_flattened_metadata_fields_are_no_measures():
    text = ("1.[主题分类]卫生、体育/医药管理 2.[发文字号]沪医保规〔2024〕3号 3.[有效性]有效 4.[成文日期]2024-05-06 "
            "上海市医疗保障局关于支持创新药械发展的若干措施 为支持创新药械发展，制定如下措施。"
            "（一）优化挂网流程。对创新药械实行挂网绿色通道。（二）完善支付政策。将符合条件的创新药械纳入医保支付。")
    got = found(text)
    assert not any(h.startswith("[") for h in got)


# --- unit headings on a page flattened to one line --------------------------------------------------------------
# (一)区财政局 1、负责… 2、… (二)区卫健局 1、…: the unit's name heads its tasks though no line break follows it.

def test_flattened_unit_headings_group_their_tasks():
    text = ("渭南市临渭区创建国家卫生城市工作任务分解方案 "
            "(一)区财政局 1、负责落实创卫工作经费，保障各项工作顺利开展。2、按要求及时报送创卫资料。 "
            "(二)区卫健局 1、负责组织开展健康教育进社区活动。2、指导医疗机构做好病媒生物防制。 "
            "(三)区市场监管局 1、负责加强食品生产经营单位监管。2、整治无证经营。")
    got = found(text)
    assert len(got) == 6 and got[0].startswith("负责落实创卫工作经费")
