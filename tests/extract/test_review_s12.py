"""Review of session 12's rule commits (rev12): probes in styles the rules did not consider, each a
misfire the rule made and the narrowing that stops it. Documents written here, for places other than
the ones the rules were written for."""

from owner_support import explicit_owners, extract_text, quotes_are_original

WH = "芜湖市"


# --- owners: a list that gives every listed unit one role (A、B、C配合落实, （A、B参与）) makes them all
# support — but 协同推进 / 协作推进 / 协同负责 say the units work jointly, co-responsible: no role word.
# Read as support, the item lost its lead (（责任单位：A、B协同推进） had A lead, B support by the order
# convention), and （A、B协同负责） lost every owner (the duty list was skipped as a role word's).

JOINT = ("芜湖市人民政府办公室关于印发芜湖市促进医药产业发展若干措施的通知\n"
         "一、加大研发投入。对新药研发给予支持。（责任单位：市科技局、市财政局协同推进）\n"
         "二、推进公立医院改革。深化薪酬制度改革。（市卫健委、市医保局协同负责）\n"
         "三、完善金融支持。设立产业基金。（市金融办、市财政局协作推进）\n"
         "四、加强用地保障。保障项目用地。（市自然资源局、市住建局配合落实）\n"
         "五、加强人才交流。（市人社局、市教育局参与）\n")


def test_units_that_work_jointly_are_not_all_support():
    doc, ex = extract_text(JOINT, "review-joint.txt")
    got = explicit_owners(ex)
    assert got["加大研发投入"] == {(WH + "科学技术局", "lead"), (WH + "财政局", "support")}
    assert (WH + "卫生健康委员会", "lead") in got["推进公立医院改革"]
    assert not any(role == "support" for _, role in got["完善金融支持"])
    quotes_are_original(doc, ex)


def test_units_given_one_supporting_role_stay_support():
    # (the rule's own cases: 配合落实, 参与)
    doc, ex = extract_text(JOINT, "review-joint.txt")
    got = explicit_owners(ex)
    assert got["加强用地保障"] == {(WH + "自然资源局", "support"), (WH + "住房和城乡建设局", "support")}
    assert got["加强人才交流"] == {(WH + "人力资源和社会保障局", "support"), (WH + "教育局", "support")}


# --- tables: a cell that states one role for all its units (A、B配合落实, A、B负责) is read in that role —
# but a cell of a column labelled 配合单位 beside a 牵头单位 column that closes with 负责 (the generic duty word)
# stays support: the column's label states the role; the cell's units were made leads beside the lead column's.

XT = "湘潭市"
SUPPORT_COLUMN = ("湘潭市2031年重点工作任务分解表\n"
                  "| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n"
                  "| 1 | 建设区域医疗中心 | 市卫健委 | 市发改委、市财政局负责 |\n"
                  "| 2 | 实施健康促进行动 | 市卫健委 | 市教育局、市体育局参与 |\n"
                  "| 3 | 推进医联体建设 | 市医保局 | 市卫健委 |\n")


def test_a_support_columns_cell_with_fuze_stays_support():
    doc, ex = extract_text(SUPPORT_COLUMN, "review-support-column.txt")
    got = explicit_owners(ex)
    (k1,) = [k for k in got if "建设区域医疗中心" in k]
    assert got[k1] == {(XT + "卫生健康委员会", "lead"), (XT + "发展和改革委员会", "support"), (XT + "财政局", "support")}
    (k2,) = [k for k in got if "实施健康促进行动" in k]
    assert got[k2] == {(XT + "卫生健康委员会", "lead"), (XT + "教育局", "support"), (XT + "体育局", "support")}
    quotes_are_original(doc, ex)


def test_a_responsibility_columns_cell_still_takes_its_role():
    # (the rule's own case: a 责任单位 column, the cell 配合落实 → support; 负责 → lead)
    text = ("湘潭市2031年重点工作任务分解表\n"
            "序号\n重点工作\n责任单位\n"
            "1\n建设区域医疗中心。\n市卫健委、市发改委\n"
            "2\n推进青年人才驿站建设。\n市人社局、市教育局配合落实\n"
            "3\n完善基层医疗服务网络。\n市卫健委、市医保局负责\n")
    doc, ex = extract_text(text, "review-resp-column.txt")
    got = explicit_owners(ex)
    assert got["推进青年人才驿站建设"] == {(XT + "人力资源和社会保障局", "support"), (XT + "教育局", "support")}
    assert got["完善基层医疗服务网络"] == {(XT + "卫生健康委员会", "lead"), (XT + "医疗保障局", "lead")}


# --- structure: a closing 一、 section about carrying a plan out (三、保障措施 / 三、组织实施) with no deeper items
# acts when its text gives a NAMED body a task (e1e91bd) — but a principle (坚持党委领导、政府负责、部门协同的工作机制)
# names no body, and 乡镇政府要… addresses the governments of every township, a class: both frame, as the rule's
# own near miss (各乡镇、各有关部门要…) does.

from measure_support import shape  # noqa: E402

JJ_PLAN = ("九江市推进中医药强市建设实施方案\n"
           "一、总体目标\n到2031年，全市中医药服务体系更加完善。\n"
           "二、重点任务\n"
           "（一）建设市中医医院。推动市中医医院达到三级甲等标准。（责任单位：市卫健委）\n"
           "（二）发展中药材种植。建设道地药材基地5个。（责任单位：市农业农村局）\n"
           "三、保障措施\n"
           "坚持党委领导、政府负责、部门协同、社会参与的工作机制，把中医药工作纳入经济社会发展规划，加大投入力度。\n")


def test_a_principle_naming_no_body_is_no_named_task():
    assert [n for n, _ in shape(JJ_PLAN)] == ["(一)", "(二)"]


def test_township_governments_are_a_class():
    text = JJ_PLAN.replace("三、保障措施\n坚持党委领导、政府负责、部门协同、社会参与的工作机制，把中医药工作纳入经济社会发展规划，加大投入力度。",
                           "三、组织实施\n全市上下要高度重视，乡镇政府要落实属地责任，确保各项任务落到实处。")
    assert [n for n, _ in shape(text)] == ["(一)", "(二)"]


def test_a_named_office_in_the_closing_section_still_acts():
    # (the rule's own case, in another city's words)
    text = JJ_PLAN.replace("坚持党委领导、政府负责、部门协同、社会参与的工作机制，把中医药工作纳入经济社会发展规划，加大投入力度。",
                           "市政府办公室将定期开展工作调度，市卫健委、市财政局要加强协调。")
    assert [n for n, _ in shape(text)] == ["(一)", "(二)", "三、"]


# --- structure: a functions page's heading line (某区医疗保障局职能职责, X局机构职能, 四、主要职责) announces its body's
# duty list (f29fae4) — but a bare 主要职责 line under a person's name and post (a leadership page's 领导分工: 张三
# 局长 / 主要职责 / 1.主持局全面工作) lists a person's work, and a sentence ending in 主要职责 (会议明确了各科室的主要
# 职责) is news: neither is an official allocation of a body's functions, no policy, no measures.


def test_a_leaders_duties_are_no_measures():
    text = ("来源：成都市武侯区卫生健康局 https://www.example.gov.cn/ld/2.html\n"
            "领导分工\n"
            "张三 局长\n主要职责\n1.主持局全面工作。\n2.分管办公室、财务科。\n"
            "李四 副局长\n主要职责\n1.负责医政医管工作。\n2.分管医政科。\n")
    assert shape(text) == []


def test_a_sentence_ending_in_zhuyao_zhize_announces_no_duty_list():
    text = ("来源：成都市武侯区卫生健康局 https://www.example.gov.cn/xw/3.html\n"
            "武侯区卫生健康局召开2031年工作会议\n"
            "3月5日，区卫生健康局召开工作会议，总结2030年工作。\n"
            "会议明确了各科室的主要职责\n"
            "1.医政科要加强医疗质量管理。\n2.疾控科要做好传染病防控。\n"
            "会议要求，全体干部要振奋精神。\n")
    assert shape(text) == []


def test_a_bodys_functions_heading_still_announces_its_duties():
    # (the rule's own cases, in another district's words: a body's name before the word, or a section marker)
    text = ("来源：某区人民政府 https://www.example.gov.cn/jg/9.html\n"
            "当前位置：首页 > 机构设置\n"
            "武侯区市场监督管理局机构职能\n"
            "（一）负责全区市场综合监督管理，起草有关规范性文件；\n"
            "（二）负责市场主体统一登记注册；\n")
    assert [n for n, _ in shape(text)] == ["(一)", "(二)"]
    text2 = ("来源：某区人民政府 https://www.example.gov.cn/jg/10.html\n"
             "三、内设机构\n办公室、医政科。\n"
             "四、主要职责\n"
             "（一）贯彻执行卫生健康法律法规；\n"
             "（二）统筹规划全区卫生健康资源配置；\n")
    assert [n for n, _ in shape(text2)][-2:] == ["(一)", "(二)"]


# --- structure: the rows of an indicator table flattened one cell per line with no owner column describe (701f064)
# — but a table that beside its 指标名称 holds a column of measures (推进措施, 工作举措, 主要任务) states for each
# indicator what is done about it: its rows act, as before the rule.


def test_an_indicator_table_with_a_measures_column_keeps_its_rows():
    text = ("株洲市人民政府办公室关于印发株洲市2031年健康株洲建设工作要点的通知\n"
            "各县市区人民政府，市直各单位：\n"
            "现将《株洲市2031年健康株洲建设工作要点》印发给你们，请认真贯彻执行。\n"
            "序号\n指标名称\n推进措施\n完成时限\n"
            "1\n人均预期寿命\n实施慢性病综合防治，推进家庭医生签约服务\n2031年底\n"
            "2\n居民健康素养水平\n开展健康素养促进行动，建设健康教育基地\n2031年底\n"
            "株洲市人民政府办公室\n2031年3月1日\n")
    assert [n for n, _ in shape(text)] == ["1", "2"]


# --- owners: a unit's other name in brackets keeps an owner note a list (357c779: （市发展改革委（市粮食局）负责）) —
# but a bracket holding a role word after a unit is no other name: it marks the unit's role (（A（牵头）、B（配合）负责）,
# [A(牵头)、B负责]). Read as other names, every unit led; the list marks its lead, the others support (as a
# labelled list's marks are read).

MARKS = ("芜湖市人民政府办公室关于印发芜湖市2031年卫生健康重点工作的通知\n"
         "一、推进公立医院改革。深化薪酬制度改革。（市卫健委（牵头）、市财政局（配合）负责）\n"
         "二、建设应急体系。完善应急预案。[市应急局(牵头)、市卫健委负责]\n"
         "三、推进中医药发展。建设中医药传承创新中心。（市卫健委（市中医药管理局）、市财政局负责）\n")


def test_role_marks_in_a_note_are_no_other_names():
    doc, ex = extract_text(MARKS, "review-marks.txt")
    got = explicit_owners(ex)
    assert got["推进公立医院改革"] == {(WH + "卫生健康委员会", "lead"), (WH + "财政局", "support")}
    assert got["建设应急体系"] == {(WH + "应急管理局", "lead"), (WH + "卫生健康委员会", "support")}
    # (the rule's own case: an other name in brackets, 负责 closing the list — all lead)
    assert got["推进中医药发展"] == {(WH + "卫生健康委员会", "lead"), (WH + "财政局", "lead")}
    quotes_are_original(doc, ex)


# --- bodies: bare 中央 naming the Party's Central Committee as an organ is 中共中央 (f6854d9: 中央对江苏…的重视, 中央
# 《关于…》) — but 中央对地方(专项)转移支付 is the fiscal idiom of the central budget's transfers (中央财政, a modifier
# in the README's list): no organ, and never the issuer of 《中央对地方专项转移支付管理办法》, a finance ministry's rule.

from body_support import bureau_mentions  # noqa: E402

TRANSFER = ("岳阳市财政局关于下达2031年医疗服务与保障能力提升补助资金的通知\n"
            "各县市区财政局：\n"
            "根据《中央对地方专项转移支付管理办法》，现将中央对地方转移支付资金下达你们。\n"
            "一、规范资金使用。各地要严格执行中央对地方转移支付资金管理规定。\n"
            "岳阳市财政局\n2031年6月1日\n")


def test_central_transfers_to_localities_name_no_central_committee():
    names = {n for _, n in bureau_mentions(TRANSFER, "review-transfer.txt")}
    assert "中共中央" not in names
    doc, ex = extract_text(TRANSFER, "review-transfer.txt")
    issuers = {x.name for e in ex.edges if e.type == "ISSUED" for x in ex.nodes if x.id == e.source}
    assert "中共中央" not in issuers


def test_the_centre_as_an_organ_stays_the_central_committee():
    text = TRANSFER.replace("一、规范资金使用。", "一、规范资金使用。这充分体现了中央对岳阳医疗卫生事业的高度重视。")
    names = {n for _, n in bureau_mentions(text, "review-transfer2.txt")}
    assert "中共中央" in names


# --- identity: a page about a policy that says a session adopted it (常务会议审议通过《X》) names X (26f440e) — but
# 审议通过的《X》 is a clause citing an adopted text as the basis (县人代会审议通过的《政府工作报告》，确定了…): it names
# no policy of the page (test_titles_s7's citing case failed on main since 26f440e).


def test_a_text_a_session_adopted_cited_as_a_basis_is_no_title():
    from medgraph.extract.identity import own_heading
    text = ("来源：example.cn https://example.cn/y\n2031-03-20\n"
            "一、起草背景\n市十六届人大五次会议审议通过的《政府工作报告》，明确了全年目标任务。\n"
            "二、主要内容\n任务共36项。\n")
    assert own_heading(text).title != "政府工作报告"


# --- identity: a heading the page cut at its start takes the full title the text names itself by with a short name
# (7404c5d: 《北京市海淀区…纲要》(以下简称规划纲要)) — but a title the text cites as its basis with a short name (为贯彻
# 落实《湖南省健康乡村建设实施方案》（以下简称《省方案》），结合我市实际，制定本方案) is another document's: the
# county-level city's own heading (健康乡村建设实施方案) had become the province's title.


def test_a_cited_title_with_a_short_name_is_not_the_pages_own():
    from medgraph.extract.identity import own_heading
    text = ("来源：浏阳市人民政府 https://www.liuyang.gov.cn/t1.html\n"
            "健康乡村建设实施方案\n"
            "为贯彻落实《湖南省健康乡村建设实施方案》（以下简称《省方案》），结合我市实际，制定本方案。\n"
            "一、加强乡村医疗卫生机构建设。（责任单位：市卫健局）\n")
    assert own_heading(text).title == "健康乡村建设实施方案"


# --- bodies: a bureau of a management committee named after the committee's short name (d17790c: 长白山管委会经发局,
# 宁东管委会社会事务局) — but a bare zone word before 管委会 names no committee (园区管委会经发局, 开发区管委会财政局,
# 新区管委会人社局: "the park's committee", relative): read so, a junk body 新区管理委员会人力资源和社会保障局 became an
# item's lead.


def test_a_bare_zone_words_committee_bureau_is_no_body():
    text = ("宜宾市促进临港经济发展若干措施\n"
            "一、加强园区建设。由园区管委会经发局负责规划。\n"
            "二、优化营商环境。开发区管委会财政局、高新区管委会社会事务局配合。\n"
            "三、加强人才引进。新区管委会人社局负责落实。\n"
            "四、加强对接。长白山管委会经发局负责对接。\n")
    names = {n for _, n in bureau_mentions(text, "review-committee-bureaus.txt")}
    assert not any(n.startswith(("园区管理委员会", "开发区管理委员会", "新区管理委员会", "高新区管理委员会")) for n in names)
    assert "长白山管理委员会经济发展局" in names   # (the rule's own case stays)
    doc, ex = extract_text(text, "review-committee-bureaus.txt")
    assert explicit_owners(ex)["加强人才引进"] == set()


# --- bodies: an office or task force the text says is set up, its name in quotes and without a place, is the
# document's own place's body (22bb30a: 设立「中医药科技产业园筹备办公室」) — but when the clause says a body of a higher
# level sets it up (省卫生健康委成立“健康湖南建设工作专班”, 国家卫生健康委设立“健康中国行动推进办公室”), it is not the
# city's: read so, a city's text got 株洲市健康中国行动推进办公室.


def test_a_higher_levels_quoted_set_up_office_is_not_the_citys():
    text = ("株洲市推进健康株洲建设实施方案\n"
            "一、加强组织领导。省卫生健康委成立“健康湖南建设工作专班”，市卫健委要主动对接。\n"
            "二、加强督导。国家卫生健康委设立“健康中国行动推进办公室”，市卫健委做好配合。\n"
            "三、健全机制。设立“株洲市中医药产业园筹备办公室”，负责园区建设。\n")
    names = {n for _, n in bureau_mentions(text, "review-set-up.txt")}
    assert "株洲市健康湖南建设工作专班" not in names
    assert "株洲市健康中国行动推进办公室" not in names


# --- national organs: a short name a local body also bears (发展改革委) standing in one list with a form only a State
# Council organ bears is the national organ (447a206: （发展改革委牵头，科技部、财政部…）) — but 科技部门 / 财政部门 are the
# class "the science departments", no 科技部: a city's note （发展改革委牵头，科技部门、财政部门配合） made 国家发展和改革委员会
# the item's lead.


def test_a_class_of_departments_is_no_national_organ_beside_a_short_name():
    text = ("株洲市人民政府办公室关于印发株洲市促进生物医药产业发展若干措施的通知\n"
            "一、加大研发投入。对新药研发给予支持。（发展改革委牵头，科技部门、财政部门配合）\n"
            "二、推进招商引资。（商务局、发展改革委、国资委负责）\n")
    names = {n for _, n in bureau_mentions(text, "review-class-departments.txt")}
    assert "国家发展和改革委员会" not in names
    doc, ex = extract_text(text, "review-class-departments.txt")
    assert not any(n.startswith("国家") for n, _ in explicit_owners(ex)["加大研发投入"])


# --- structure: an item that is a document's title and nothing else is a name, no measure (b14f1c7: a compilation's
# list, a page's list of files) — but a plan of documents to make (一、拟制定文件 (一)关于…的实施意见; a 规范性文件制定
# 计划) lists the documents a body is to draft: each is a task, as at session start.


def test_titles_listed_as_documents_to_draft_are_tasks():
    text = ("株洲市卫生健康委员会2031年规范性文件制定计划\n"
            "一、拟制定文件\n"
            "（一）关于加快中医药传承创新发展的实施意见\n"
            "（二）关于促进3岁以下婴幼儿照护服务发展的实施方案\n"
            "二、工作要求\n"
            "各科室要按时完成起草工作。\n")
    assert [n for n, _ in shape(text)][:2] == ["(一)", "(二)"]


def test_a_compilations_titles_stay_no_measures():
    # (the rule's own case, in another city's words)
    text = ("株洲市卫生健康政策文件汇编\n"
            "一、医疗服务\n"
            "（一）株洲市人民政府关于加快中医药传承创新发展的实施意见（株政发〔2031〕5号）\n"
            "（二）株洲市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施方案（株政办发〔2031〕9号）\n")
    assert shape(text) == []


# --- structure: a list whose announcing line says it holds conditions, papers or links (4447abb: 相关链接, 延伸阅读) is no
# list of measures — but 相关政策 heading an interpretation's contents (二、主要内容 / 相关政策 / 1.加快建设中医医院…)
# announces the policy's measures, not links: they were dropped.


def test_items_under_a_related_policies_line_that_act_stay_measures():
    text = ("《株洲市促进中医药发展若干措施》政策解读\n"
            "一、出台背景\n为贯彻落实国家和省决策部署，制定本措施。\n"
            "二、主要内容\n相关政策\n"
            "1.加快建设中医医院，推动县级中医医院提标扩能。\n"
            "2.加强中医药人才培养，实施名中医培养工程。\n")
    assert [n for n, _ in shape(text)] == ["1.", "2."]


def test_a_related_links_list_stays_no_measures():
    # (the rule's own case, in another city's words)
    text = ("株洲市卫生健康委员会关于开展2031年中医药服务能力评估的通知\n"
            "一、评估范围。全市二级以上中医医院。\n二、工作要求。请于6月底前报送自评报告。\n"
            "相关链接\n1.湖南省中医药管理局关于开展评估工作的通知\n2.株洲市中医药发展规划\n")
    assert not any("通知" in h or "规划" in h for _, h in shape(text))


# --- owners: a line whose subject announces its duties after a clause (90ee62e: “X”设在Y，其职责包括：, 其 the subject's)
# — but when the clause says the subject sets another body up (市人民政府决定组建株洲市医疗保障局，其主要职责包括：),
# 其 is the new body's: the government was made the lead of the bureau's duties.


def test_the_duties_of_a_body_set_up_are_not_its_founders():
    text = ("株洲市人民政府关于组建株洲市医疗保障局的通知\n"
            "各县市区人民政府，市直各单位：\n"
            "市人民政府决定组建株洲市医疗保障局，其主要职责包括：\n"
            "1.拟订全市医疗保障制度的政策并组织实施。\n"
            "2.监督管理医疗保障基金。\n"
            "株洲市人民政府\n2031年1月5日\n")
    doc, ex = extract_text(text, "review-set-up-duties.txt")
    got = explicit_owners(ex)
    assert not any(("株洲市人民政府", "lead") in v for v in got.values())


def test_a_quoted_office_set_in_a_bureau_still_owns_its_duties():
    # (the rule's own case, in another city's words)
    text = ("株洲市人民政府办公室关于设立株洲市中医药产业园建设办公室的通知\n"
            "“株洲市人民政府办公室”设在市政府，其职责包括：\n"
            "1.拟订全市政务工作规则并组织实施。\n"
            "2.协调推进市政府重点工作。\n")
    doc, ex = extract_text(text, "review-set-in-duties.txt")
    got = explicit_owners(ex)
    assert all(("株洲市人民政府办公室", "lead") in v for v in got.values()) and got
