"""Session 11 body rules for the groups and headquarters a government sets up for a campaign.

1. A district's, county's or banner's own text names its group by its level word (区防汛抗旱指挥部,
   县科技特派员领导组): the group is that district's, as 市…领导小组 is the city's.
2. 协调小组 and 领导组 end such a name as 领导小组 does (国务院…部际协调小组); 领导组织 is a verb.
3. A time word before the name (近日省…领导小组印发了…) opens no name.
Written for this test (a Sichuan county's and a ministry-style text, owners in brackets), not
corpus texts."""

from body_support import bureau_mentions


def test_a_countys_group_named_by_its_level_word():
    text = ("四川省苍溪县人民政府办公室关于做好防汛工作的通知\n"
            "各乡镇人民政府，县级各部门：\n"
            "一、落实防汛责任。由县防汛抗旱指挥部统一调度，县农业农村局负责。\n"
            "二、强化科技服务。县科技特派员领导组负责审定服务对象。\n")
    names = {n for _, n in bureau_mentions(text, "cangxi.txt")}
    assert "苍溪县防汛抗旱指挥部" in names
    assert "苍溪县科技特派员领导组" in names


def test_state_council_coordination_group():
    text = ("国务院办公厅关于成立国务院食品安全工作部际协调小组的通知\n"
            "各省、自治区、直辖市人民政府：\n经国务院同意，成立国务院食品安全工作部际协调小组。\n")
    names = {n for _, n in bureau_mentions(text, "gwy.txt")}
    assert "国务院食品安全工作部际协调小组" in names


def test_a_time_word_before_a_provinces_group():
    text = ("贵州省发展和改革委员会关于做好服务业项目申报的通知\n"
            "各市（州）发展改革委：\n"
            "近日省现代服务业发展领导小组印发了工作方案，请认真落实。\n")
    names = {n for _, n in bureau_mentions(text, "gz.txt")}
    assert "贵州省现代服务业发展领导小组" in names


def test_leading_and_organising_is_no_group():
    text = ("四川省苍溪县人民政府办公室关于做好防汛工作的通知\n"
            "县应急管理局要加强领导组织实施。\n")
    names = {n for _, n in bureau_mentions(text, "cangxi2.txt")}
    assert not any("领导组" in n for n in names)


def test_a_districts_group_named_in_full_in_its_own_text():
    text = ("成都市温江区人民政府办公室关于印发温江区中医药发展工作方案的通知\n"
            "为推进中医药发展，区政府成立温江区推动中医药传承创新工作领导小组，负责统筹实施。\n")
    names = {n for _, n in bureau_mentions(text, "wenjiang.txt")}
    assert "成都市温江区推动中医药传承创新工作领导小组" in names


def test_co_handling_after_a_body_is_no_office():
    text = ("丽水市卫生健康委员会关于印发提案办理方案的通知\n"
            "提案由市卫生健康委主办，市财政局、市红十字会会办。\n")
    names = {n for _, n in bureau_mentions(text, "ls.txt")}
    assert "丽水市红十字会" in names
    assert not any(n.endswith("会办") for n in names)


def test_each_places_campaign_office_is_a_class():
    text = ("甘肃省卫生健康委员会关于印发健康甘肃行动工作要点的通知\n"
            "各市（州）、县（区）健康甘肃行动推进委员会办公室，省直有关单位：\n"
            "现将工作要点印发给你们。\n")
    names = {n for _, n in bureau_mentions(text, "gs.txt")}
    assert not any(n.endswith("推进委员会办公室") and not n.startswith("甘肃省") for n in names)
