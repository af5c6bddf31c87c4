"""Owner layouts met in session 9 (held-7 opened), each on a document written for the test in
another place's style: the layout gives its owners with evidence quoting the source, and its
near-miss gives none.

- a division-of-work note that names its units by 主办/协办 (``（省财政厅主办，省税务局、省统计局
  协办）``; also 会办) — the wording of task-division opinions and of the handling of deputies'
  suggestions (主办单位/协办单位): the 主办 unit leads, the 协办 (会办) units support; 主办 alone
  leads.
  主办 in prose hosts an event (``由市商务局主办、市贸促会协办的博览会``): no owners from it
  (seen in heilongjiang-2013-govreport-task-division-opinions);
- a list whose later items are two-character short names of the same level (``省发改委、农委、
  统计局分别负责``, ``…、侨办、金融办协办``): such a name is shaped like a body and does not make
  the list prose; a pronoun (本局, 我委) is not (same document)."""

from owner_support import explicit_owners, extract_text, quotes_are_original

JILIN = """来源：吉林省人民政府 https://example.gov.cn/jl/7.html
吉林省人民政府关于落实2024年《政府工作报告》重点工作责任分工的意见
各市（州）人民政府，省政府各厅委办、各直属机构：
现就《政府工作报告》确定的重点工作提出责任分工意见如下：
一、主要预期目标
（一）地区生产总值增长6%左右。（省发展改革委主办，省统计局、省工业和信息化厅协办）
（二）一般公共预算收入增长5%。（省财政厅主办）
（三）城乡居民收入稳步增长。（省人力资源社会保障厅主办,省民政厅、省农业农村厅协办）
"""


def test_a_note_naming_units_by_host_and_co_host():
    doc, ex = extract_text(JILIN, "jilin.txt")
    assert explicit_owners(ex) == {
        "地区生产总值增长6%左右": {("吉林省发展和改革委员会", "lead"), ("吉林省统计局", "support"),
                           ("吉林省工业和信息化厅", "support")},
        "一般公共预算收入增长5%": {("吉林省财政厅", "lead")},
        "城乡居民收入稳步增长": {("吉林省人力资源和社会保障厅", "lead"), ("吉林省民政厅", "support"),
                       ("吉林省农业农村厅", "support")},
    }
    quotes_are_original(doc, ex)
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert "省发展改革委主办，省统计局、省工业和信息化厅协办" in quotes
    assert "省人力资源社会保障厅主办,省民政厅、省农业农村厅协办" in quotes


TRAD = """來源：某縣人民政府 https://example.gov.tw/x.html
臺中市政府關於推動生技醫藥產業的工作分工
一、強化研發補助。（市經濟發展局主辦，市衛生局、市財政局協辦）
二、擴大人才培育。（市教育局主辦）
"""


def test_host_and_co_host_in_traditional_script():
    doc, ex = extract_text(TRAD, "trad.txt")
    owners = explicit_owners(ex)
    leads = {h: {n for n, r in v if r == "lead"} for h, v in owners.items()}
    sups = {h: {n for n, r in v if r == "support"} for h, v in owners.items()}
    assert len(leads) == 2
    first, second = sorted(owners, key=lambda h: "強化" not in h)
    assert len(leads[first]) == 1 and len(sups[first]) == 2
    assert len(leads[second]) == 1 and not sups[second]
    quotes_are_original(doc, ex)
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert "市經濟發展局主辦，市衛生局、市財政局協辦" in quotes


EXPO = """来源：成都市人民政府 https://example.gov.cn/cd/2.html
成都市促进会展经济发展的若干措施
一、办好品牌展会。支持各类商协会举办专业展会，对市商务局主办、市贸促会协办的展会给予场租补贴。
二、培育会展主体。市商务局主办，市贸促会协办的西部博览会已连续举办二十届，带动会展企业做大做强。
"""


def test_hosts_of_an_event_in_prose_own_nothing():
    # 主办/协办 outside an owner note name the hosts of an event, not the owners of the item
    doc, ex = extract_text(EXPO, "expo.txt")
    assert explicit_owners(ex) == {"办好品牌展会": set(), "培育会展主体": set()}


SHORT = """来源：甘肃省人民政府 https://example.gov.cn/gs/5.html
甘肃省人民政府关于重点工作任务分工的意见
一、年度目标
（一）农村居民人均可支配收入增长7.5%。（省发展改革委、农委、统计局分别负责）
（二）粮食产量稳定在1200万吨以上。（本局、省发展改革委分别负责）
"""


def test_two_character_short_names_keep_a_list_of_bodies():
    doc, ex = extract_text(SHORT, "gansu.txt")
    owners = explicit_owners(ex)
    # 农委 is read as a body's short name the finder does not know: the list stays a list, the
    # unit it knows leads
    assert ("甘肃省发展和改革委员会", "lead") in owners["农村居民人均可支配收入增长7.5%"]
    # 本局 is a pronoun, not a body: the list is prose, no owner is read from it
    assert owners["粮食产量稳定在1200万吨以上"] == set()
    quotes_are_original(doc, ex)


NINGBO = """来源：宁波市人民政府 https://example.gov.cn/nb/1.html
宁波市人民政府关于重点工作分工的意见
一、推动外籍人才便利往来。完善外国人来华工作许可制度。（市人力社保局牵头，市公安局、市财政局、外办等按职责分工负责）
二、推动留学人员回国创业。（市教育局牵头，市公安局、本局等按职责分工负责）
"""


def test_a_supporting_list_closed_by_an_unknown_short_name_and_etc():
    # 外办等: an unknown two-character short name closing the list with 等 keeps it a list of
    # bodies — the known units support; 本局 (a pronoun) makes the supporting clause prose
    doc, ex = extract_text(NINGBO, "ningbo.txt")
    owners = explicit_owners(ex)
    # (session 10: 外办 after 市财政局 takes the list's level — 市外办 — and is read as the city's
    # foreign affairs office, relations.level_listed; every listed unit is linked)
    assert owners["推动外籍人才便利往来"] == {("宁波市人力资源和社会保障局", "lead"), ("宁波市公安局", "support"),
                                     ("宁波市财政局", "support"), ("宁波市外事办公室", "support")}
    assert owners["推动留学人员回国创业"] == {("宁波市教育局", "lead")}
    quotes_are_original(doc, ex)
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert "市人力社保局牵头，市公安局、市财政局、外办等按职责分工负责" in quotes


# a policy list (政策清单): each entry closes with a note naming its source document, then its owners
POLICY_LIST = """来源：江西省营商环境办 https://example.gov.cn/jx/3.html
江西省惠企政策清单
一、产业扶持政策（12条）
◆ 1.对首次认定的专精特新“小巨人”企业给予一次性奖励50万元。（赣府发〔2023〕6号，省工业和信息化厅等负责）
◆ 2.对新获批的国家级创新平台给予最高500万元支持。（依据《江西省科技创新促进条例》；省科技厅、省财政厅负责）
◆ 3.对符合条件的技术改造项目给予贴息。（赣府发〔2023〕6号，各设区市人民政府负责）
◆ 4.支持企业上市融资，分阶段给予补助。（赣府发〔2023〕6号，省地方金融监管局）
"""


def test_a_policy_lists_note_names_its_source_then_its_owners():
    doc, ex = extract_text(POLICY_LIST, "jiangxi.txt")
    owners = explicit_owners(ex)
    assert owners["对首次认定的专精特新“小巨人”企业给予一次性奖励50万元"] == {("江西省工业和信息化厅", "lead")}
    # A、B负责: every listed unit is co-responsible
    assert owners["对新获批的国家级创新平台给予最高500万元支持"] == {("江西省科学技术厅", "lead"), ("江西省财政厅", "lead")}
    # a class names nobody
    assert owners["对符合条件的技术改造项目给予贴息"] == set()
    # after a citation, a body with no duty word may be the cited text's issuer: no owner
    assert owners["支持企业上市融资，分阶段给予补助"] == set()
    quotes_are_original(doc, ex)
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert quotes == {"省工业和信息化厅等负责", "省科技厅、省财政厅负责"}


# owner notes in the other verbs division-of-work texts use (each a form of official usage, written
# here in a prefecture-level city's style, one item per form)
VERBS = """来源：绵阳市人民政府 https://example.gov.cn/my/4.html
绵阳市人民政府关于2025年重点工作任务分工的通知
各县（市、区）人民政府，市政府各部门：
1.建设科技城创新平台。（市科技局主责，市发展改革委协同）
2.完善重大项目调度机制。（市政府办公室负总责，市发展改革委、市财政局按职责分工负责）
3.举办医药健康产业对接会。（市经济和信息化局牵头，市商务局、市卫生健康委等参加）
4.推进医疗器械注册人制度试点。（市市场监管局会同市卫生健康委负责）
5.落实研发费用加计扣除政策。（市财政局、市税务局按职责分工抓好落实）
6.开展医保支付方式改革。（市医保局具体负责）
7.统筹推进产业园区建设。（市发展改革委统筹，市自然资源和规划局、市住房城乡建设局配合）
8.提升政务服务效能。（市政务服务管理局主抓，市大数据中心配合）
9.支持企业开展技术改造。对经认定的项目给予补助（经市经济和信息化局会同市财政局认定的企业除外）。
10.加强专项资金管理。严格执行年度预算（市财政局统筹安排的专项资金除外）。
"""


def test_the_other_verbs_of_division_of_work_notes():
    doc, ex = extract_text(VERBS, "mianyang.txt")
    owners = explicit_owners(ex)
    mian = lambda *xs: {("绵阳市" + n, r) for n, r in xs}
    assert owners["建设科技城创新平台"] == mian(("科学技术局", "lead"), ("发展和改革委员会", "support"))
    # 负总责 leads; beside it, the units working by their duties support
    assert owners["完善重大项目调度机制"] == mian(("人民政府办公室", "lead"), ("发展和改革委员会", "support"), ("财政局", "support"))
    assert owners["举办医药健康产业对接会"] == mian(("经济和信息化局", "lead"), ("商务局", "support"), ("卫生健康委员会", "support"))
    assert owners["推进医疗器械注册人制度试点"] == mian(("市场监督管理局", "lead"), ("卫生健康委员会", "support"))
    # 按职责分工抓好落实: every listed unit is co-responsible
    assert {n for n, r in owners["落实研发费用加计扣除政策"] if r == "lead"} >= {"绵阳市财政局"}
    assert all(r == "lead" for n, r in owners["落实研发费用加计扣除政策"]) and len(owners["落实研发费用加计扣除政策"]) == 2
    assert owners["开展医保支付方式改革"] == mian(("医疗保障局", "lead"))
    assert owners["统筹推进产业园区建设"] == mian(("发展和改革委员会", "lead"), ("自然资源和规划局", "support"),
                                        ("住房和城乡建设局", "support"))
    assert ("绵阳市政务服务管理局", "lead") in owners["提升政务服务效能"]
    quotes_are_original(doc, ex)
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert "市科技局主责，市发展改革委协同" in quotes
    assert "市市场监管局会同市卫生健康委负责" in quotes


def test_verbs_inside_an_aside_name_no_owner():
    # 会同…认定的企业 / 统筹安排的资金: the bodies qualify a noun inside an exception, they own nothing
    doc, ex = extract_text(VERBS, "mianyang.txt")
    owners = explicit_owners(ex)
    assert owners["支持企业开展技术改造"] == set()
    assert owners["加强专项资金管理"] == set()


# a Taiwan city's plan (traditional script): its owner labels name organs (主辦機關 / 協辦機關)
TAINAN = """來源：臺南市政府 https://example.gov.tw/tn/1.html
臺南市生技醫藥產業推動方案
一、強化研發能量（主辦機關：市經濟發展局；協辦機關：市衛生局）
推動產學合作，設立研發中心。
二、擴大國際行銷（主辦機關：市觀光旅遊局）
參加國際展會。
三、精簡行政審查（涉及機關：市法制處）
檢討審查流程。
"""

TAINAN_TABLE = """來源：臺南市政府 https://example.gov.tw/tn/2.html
臺南市生技醫藥產業推動計畫
| 項次 | 推動策略 | 主辦機關 | 協辦機關 |
| 1 | 強化研發能量 | 市經濟發展局 | 市衛生局、市財政稅務局 |
| 2 | 擴大國際行銷 | 市觀光旅遊局 | 市經濟發展局 |
"""


def _by_script(owners: dict) -> dict[str, set[tuple[str, str]]]:
    # headings are keyed by their simplified-script name
    return {h.split("(")[0].split("（")[0]: v for h, v in owners.items()}


def test_owner_labels_naming_organs_in_a_note():
    doc, ex = extract_text(TAINAN, "tainan.txt")
    owners = _by_script(explicit_owners(ex))
    assert owners["强化研发能量"] == {("台南市经济发展局", "lead"), ("台南市卫生局", "support")}
    assert owners["扩大国际行销"] == {("台南市观光旅游局", "lead")}
    # 涉及機關 (the organs a task concerns) is no owner label
    assert owners["精简行政审查"] == set()
    quotes_are_original(doc, ex)
    quotes = {ev.quote for e in ex.edges if e.type == "LEADS" for ev in e.evidence if ev.method == "explicit"}
    assert any("主辦機關：市經濟發展局" in q for q in quotes)


def test_a_table_with_item_numbers_strategies_and_organ_columns():
    doc, ex = extract_text(TAINAN_TABLE, "tainan-table.txt")
    owners = explicit_owners(ex)
    assert owners == {"强化研发能量": {("台南市经济发展局", "lead"), ("台南市卫生局", "support"), ("台南市财政税务局", "support")},
                      "扩大国际行销": {("台南市观光旅游局", "lead"), ("台南市经济发展局", "support")}}
    quotes_are_original(doc, ex)


# supporting clauses with their duty words or an adverb, lead marks in square brackets, and the
# ranked labels 第一/第二责任单位 (a county-level city's task list)
RANKED = """来源：邳州市人民政府 https://example.gov.cn/pz/6.html
邳州市2025年重点工作任务清单
1.建设银杏产业园。（市发展改革委牵头，市财政局、市自然资源和规划局按职能配合）
2.培育中医药龙头企业。（市工业和信息化局牵头负责，市卫生健康委、市市场监管局共同参与）
3.完善冷链物流体系。（责任单位：市商务局[牵头]、市交通运输局）
4.推进城乡供水一体化。（第一责任单位：市水务局；第二责任单位：市住房城乡建设局）
5.加强安全生产监管。（第一责任人：张明；责任单位：市应急管理局）
"""


def test_supporting_clauses_lead_marks_and_ranked_labels():
    doc, ex = extract_text(RANKED, "pizhou.txt")
    owners = explicit_owners(ex)
    pz = lambda *xs: {("邳州市" + n, r) for n, r in xs}
    assert owners["建设银杏产业园"] == pz(("发展和改革委员会", "lead"), ("财政局", "support"), ("自然资源和规划局", "support"))
    assert owners["培育中医药龙头企业"] == pz(("工业和信息化局", "lead"), ("卫生健康委员会", "support"), ("市场监督管理局", "support"))
    assert owners["完善冷链物流体系"] == pz(("商务局", "lead"), ("交通运输局", "support"))
    assert owners["推进城乡供水一体化"] == pz(("水务局", "lead"), ("住房和城乡建设局", "support"))
    # 第一责任人 is a person: only the responsible unit owns the item
    assert owners["加强安全生产监管"] == pz(("应急管理局", "lead"))
    quotes_are_original(doc, ex)


# a department's notice whose numbered matters name the issuing bodies as the actors, after a
# request to others or after a time clause (layout of a ministry's shortlist notice; seen in
# guojia-miit-2025-biomaterials-jiebang-shortlist-announcement)
SHORTLIST = """来源：湖南省科学技术厅 https://example.gov.cn/hn/8.html
湖南省科学技术厅 湖南省药品监督管理局关于公布2025年创新医疗器械揭榜攻关入选单位的通知
各市州科技局、市场监管局，各有关单位：
经评审，确定了入选单位名单，现予以公布。有关事项通知如下：
一、请入选单位按照申报方案抓紧推进攻关。省科技厅、省药监局依托省级科技金融平台加强对入选项目的支持。
二、入选单位完成攻关任务后（原则上两年内），省科技厅将委托第三方机构开展绩效评价。
三、通过省科技厅组织的绩效评价后，入选单位将获得后续支持。
"""


def test_issuing_bodies_acting_after_a_request_or_a_time_clause():
    doc, ex = extract_text(SHORTLIST, "hunan.txt")
    owners = {h[:7]: v for h, v in explicit_owners(ex).items()}
    assert owners["请入选单位按照"] == {("湖南省科学技术厅", "lead"), ("湖南省药品监督管理局", "lead")}
    assert owners["入选单位完成攻"] == {("湖南省科学技术厅", "lead")}
    # a body inside the time clause (通过省科技厅组织的评价后) is no subject: the units that follow act
    assert owners["通过省科技厅组"] == set()
    quotes_are_original(doc, ex)


# an autonomous region's own text that writes its organs as 自治区X and never names the region,
# but speaks of its leagues and banners (盟, 旗: divisions only Inner Mongolia has); its notes list
# the governments of the leagues and cities as a class (各盟行政公署、市人民政府)
LEAGUES = """来源：某健康网 https://example.org/nm/2.html
（十二）加强蒙医药人才培养。开展蒙医药师资培训，支持旗县级医院引进人才。（自治区卫生健康委、人力资源社会保障厅，各盟行政公署、市人民政府负责）
（十三）完善基层服务网络。推进苏木乡镇卫生院蒙医馆建设。（自治区医疗保障局、卫生健康委负责）
"""

NO_LEAGUES = """来源：某健康网 https://example.org/x/2.html
（十二）加强民族医药人才培养。开展师资培训，支持县级医院引进人才。（自治区卫生健康委、人力资源社会保障厅，各地级市人民政府负责）
（十三）完善基层服务网络。推进产业联盟市场化运作。（自治区医疗保障局、卫生健康委负责）
"""


def test_a_regions_text_known_by_its_leagues_and_banners():
    doc, ex = extract_text(LEAGUES, "leagues.txt")
    owners = explicit_owners(ex)
    assert owners["加强蒙医药人才培养"] == {("内蒙古自治区卫生健康委员会", "lead"), ("内蒙古自治区人力资源和社会保障厅", "lead")}
    assert owners["完善基层服务网络"] == {("内蒙古自治区医疗保障局", "lead"), ("内蒙古自治区卫生健康委员会", "lead")}
    quotes_are_original(doc, ex)


def test_no_league_word_no_region():
    # 联盟市场 is no league: the region stays unknown, its organs are not Inner Mongolia's
    doc, ex = extract_text(NO_LEAGUES, "noleagues.txt")
    names = {n.name for n in ex.nodes if n.label == "Bureau"}
    assert not any(n.startswith("内蒙古") for n in names)


# an internal division named after its bureau is never an owner (README: 责任处室), nor is the
# bureau whose name only opens the division's (seen in shanghai-yjj-2025-innovative-device-info-system-notice-trad:
# 由市藥監局器械注冊處或器審中心進行跟蹤排摸)
DIVISIONS = """来源：南京市人民政府 https://example.gov.cn/nj/9.html
南京市卫生健康委员会关于建立创新医疗器械服务机制的通知
各区卫生健康委，各有关医疗机构：
现将创新医疗器械服务工作安排通知如下：
1、受理申报。由市卫生健康委医政医管处负责受理医疗机构的申报材料。
2、组织评审。由市卫生健康委负责组织专家评审。
3、跟踪服务。市市场监管局器械科会同区市场监管局开展跟踪服务。
"""


def test_a_bureaus_division_is_no_owner():
    doc, ex = extract_text(DIVISIONS, "nanjing.txt")
    owners = explicit_owners(ex)
    assert owners["受理申报"] == set()
    assert owners["组织评审"] == {("南京市卫生健康委员会", "lead")}
    assert owners["跟踪服务"] == set()
    quotes_are_original(doc, ex)


# the first-leads convention written the other way round (牵头单位列第一位 / 牵头部门排在首位)
CONVENTION = """来源：温州市人民政府 https://example.gov.cn/wz/2.html
温州市2025年重点工作责任分工方案
（涉及多个单位的，牵头单位列第一位）
一、推进数字健康建设。完善区域健康信息平台。（市卫生健康委、市大数据局负责）
二、扩大医保支付覆盖。推进支付方式改革。（市医保局、市财政局负责）
"""


def test_the_lead_first_convention_stated_from_the_lead():
    doc, ex = extract_text(CONVENTION, "wenzhou.txt")
    owners = explicit_owners(ex)
    assert ("温州市卫生健康委员会", "lead") in owners["推进数字健康建设"]
    assert all(r == "support" for n, r in owners["推进数字健康建设"] if n != "温州市卫生健康委员会")
    assert owners["扩大医保支付覆盖"] == {("温州市医疗保障局", "lead"), ("温州市财政局", "support")}
    # without the statement, (A、B负责) makes both co-responsible
    doc, ex = extract_text(CONVENTION.replace("（涉及多个单位的，牵头单位列第一位）\n", ""), "wenzhou2.txt")
    assert explicit_owners(ex)["扩大医保支付覆盖"] == {("温州市医疗保障局", "lead"), ("温州市财政局", "lead")}


# a reply whose first person or named subject works with other units (我局将会同B…, 下一步，A将联合B…):
# the subject leads, the units it works with support (README: A会同B… — A leads, B supports)
REPLY = """来源：无锡市科学技术局 https://example.gov.cn/wx/1.html
无锡市科学技术局关于市政协十六届三次会议第0123号提案的答复
张委员：
您提出的《关于加快生物医药产业发展的建议》收悉，现答复如下：
一、加强创新平台建设。我局将会同市发展改革委加快建设生物医药创新中心，年内建成投用。
二、完善人才政策。下一步，市人社局将联合市财政局出台专项人才政策。
三、强化资金保障。我局将积极争取市财政局安排专项资金。
无锡市科学技术局
2025年6月10日
"""


def test_a_subject_working_with_other_units():
    doc, ex = extract_text(REPLY, "wuxi.txt")
    owners = explicit_owners(ex)
    assert owners["加强创新平台建设"] == {("无锡市科学技术局", "lead"), ("无锡市发展和改革委员会", "support")}
    assert owners["完善人才政策"] == {("无锡市人力资源和社会保障局", "lead"), ("无锡市财政局", "support")}
    # 争取市财政局安排资金: the bureau asked for funds is no partner of the work
    assert owners["强化资金保障"] == {("无锡市科学技术局", "lead")}
    quotes_are_original(doc, ex)
