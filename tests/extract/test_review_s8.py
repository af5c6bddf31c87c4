"""Review of session-8 rules (over-firing probes), each on a small document written for the
probe, in another city's style than the document the rule was tuned on."""

from body_support import bureau_mentions
from measure_support import measures, shape
from owner_support import explicit_owners, extract_text, quotes_are_original

# 14f01e5 (a review's status line describes): a heading that asks for the state (确保…稳步推进,
# 要推动…持续优化) or aims at it (力争…持续提升) is a task or target, not a status line
WORK_POINTS = """来源：example.org https://example.org/wuxi/3.html
无锡市新吴区2025年营商环境建设工作要点
一、重点任务
1.确保重点项目建设稳步推进。区发展改革局每季度调度在建项目，协调解决用地、用能问题。
2.各街道要推动政务服务持续优化。推行“一件事一次办”，压缩审批时限。
3.力争生物医药产业规模持续提升。支持企业开展创新药临床试验，对获批项目给予奖励。
4.营商环境持续优化。2024年新增市场主体1.2万户。
"""


def test_a_heading_asking_for_a_state_is_no_status_line():
    assert measures(WORK_POINTS, "xinwu-points.txt") == [
        ("1.", "1.确保重点项目建设稳步推进"),
        ("2.", "2.各街道要推动政务服务持续优化"),
        ("3.", "3.力争生物医药产业规模持续提升"),
    ]   # 4. states how things stand: still no measure


# 590b6c0 (a headless reply takes no reported text for its title): a headless notice that
# acknowledges a 请示 (…的请示收悉) and issues a text (现将《X》印发给你们) is no reply: X is its policy
ACKNOWLEDGED = """来源：example.org https://example.org/a/1.html
莆田市卫生健康委员会：
你委《关于报送中医药服务能力提升方案的请示》（莆卫〔2024〕12号）收悉。经研究，现将《莆田市中医药服务能力提升三年行动方案》印发给你们，请认真贯彻执行。
一、加强中医医院建设。（责任单位：市卫健委）
二、推进中医药人才培养。（责任单位：市人社局）
莆田市人民政府办公室
2024年5月6日
"""


def _own_policy(ex):
    names = {n.id: n for n in ex.nodes}
    issued = {e.target for e in ex.edges if e.type == "ISSUED"}
    return [names[i].name for i in issued]


def test_an_acknowledged_request_is_no_reply():
    doc, ex = extract_text(ACKNOWLEDGED, "putian-approval.txt")
    assert _own_policy(ex) == ["莆田市中医药服务能力提升三年行动方案"]
    quotes_are_original(doc, ex)
    # the reply the rule was written for still takes no reported text for its title
    reply = ("来源：example.org https://example.org/r/2.html\n"
             "张华委员：\n您提出的《关于加快中药材产业发展的提案》收悉，现答复如下：\n"
             "近年来，我厅先后印发《甘肃省中药材产业发展规划》，支持道地药材基地建设。\n")
    _, ex2 = extract_text(reply, "gansu-reply.txt")
    assert "甘肃省中药材产业发展规划" not in _own_policy(ex2)


# 8424ff2 (the district a text with no place names twice is its own): a district the text only
# compares itself with (浦东新区的经验值得学习), never opening a body's name, is another's — its
# 区发展改革局 must not become 浦东新区发展和改革局
COMPARED = """来源：example.org https://example.org/x/12.html
一、总体要求
全区要对标先进地区。近年来，浦东新区生物医药产业规模持续扩大，浦东新区的经验值得学习。区政府要加强统筹。
二、重点任务
1.建设生物医药产业园。（责任单位：区发展改革局、区科技局）
2.引进创新药企业。（责任单位：区投资促进局）
"""


def test_a_district_named_only_as_a_model_is_not_the_texts_own():
    _, ex = extract_text(COMPARED, "compared.txt")
    assert not [n.name for n in ex.nodes if n.label == "Bureau" and n.name.startswith("浦东新区")]
    # naming it in its own body (浦东新区推进…领导小组) makes it the text's own, as 8424ff2 meant
    own = COMPARED.replace("区政府要加强统筹。", "区政府成立“浦东新区生物医药产业发展领导小组”，浦东新区生物医药产业发展领导小组负责统筹。")
    _, ex2 = extract_text(own, "own.txt")
    assert "浦东新区发展和改革局" in {n.name for n in ex2.nodes if n.label == "Bureau"}


# acaf9bf (a list whose every item opens by quoting a document reports the basis cited): a
# division of tasks whose items name the document each task comes from and carry owner notes acts
DIVISION = """来源：example.org https://example.org/z/1.html
九江市贯彻落实上级部署重点任务分工方案
一、《江西省中医药发展规划》提出的建设中医药传承创新中心任务，由市卫健委牵头落实。（责任单位：市卫健委、市发改委）
二、《江西省中医药发展规划》要求的中药材基地建设任务，各县（市、区）抓好落实。（责任单位：市农业农村局）
三、《江西省医疗保障条例》规定的医保支付改革任务，按期完成。（责任单位：市医保局）
"""


def test_quoted_sources_with_owner_notes_are_measures():
    doc, ex = extract_text(DIVISION, "jiujiang-division.txt")
    assert [h[:2] for _, h in measures(DIVISION, "jiujiang-division.txt")] == ["一、", "二、", "三、"]
    owners = {frozenset(v) for v in explicit_owners(ex).values()}
    assert owners == {frozenset({("九江市卫生健康委员会", "lead"), ("九江市发展和改革委员会", "support")}),
                      frozenset({("九江市农业农村局", "lead")}), frozenset({("九江市医疗保障局", "lead")})}
    quotes_are_original(doc, ex)


# dff74a7 (1) (a short label over a clause about the document itself — 本办法所称…, 本意见适用于… —
# frames): a label whose clause defines what it then grants (本政策所称…，按…给予补助) acts
HEFEI = """合肥市促进生物医药产业发展若干政策
（一）研发奖励。本市企业获批一类新药的，给予最高500万元奖励。
（二）临床补助。本政策所称临床试验费用，按实际发生额的30%给予补助。
（三）支持对象。本政策适用于在本市注册的生物医药企业。
（四）人才引进。对引进的高层次人才给予安家补贴。
"""


def test_a_defining_clause_that_grants_a_support_acts():
    assert shape(HEFEI) == [("(一)", "研发奖励"), ("(二)", "临床补助"), ("(四)", "人才引进")]


# a3cd05c (a level word before CPPCC members names that level's committee: 请区政协委员提出意见):
# a person's title (市政协委员王刚) names a person, not the committee
REPLY_TITLE = """株洲市卫生健康委员会
关于发展中医药的提案的答复
王刚委员：
市政协委员王刚提出的关于发展中医药的提案收悉。现答复如下：
一、我委将加强中医药人才培养。
株洲市卫生健康委员会
2024年6月1日
"""


def test_a_cppcc_members_title_names_no_committee():
    assert not [n for s, n in bureau_mentions(REPLY_TITLE, "zhuzhou-reply.txt") if "政治协商" in n]
    # the members addressed together (请市政协委员提出意见) still name it
    report = REPLY_TITLE.replace("市政协委员王刚提出的关于发展中医药的提案收悉。", "请市政协委员提出意见。")
    assert ("市政协", "中国人民政治协商会议株洲市委员会") in bureau_mentions(report, "zhuzhou-report.txt")
