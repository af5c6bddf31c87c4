"""Body layouts of session 7 (held-5 opened), each on a small document written for its test,
every mention's surface checked against the source text at its span (extract/bodies.py):

* a prefecture-level city of three characters (六盘水市, 牡丹江市) opening a line or a run
  (a signature block): the check that a generic place can start at a character looked for
  its 市 two characters on only, so these names were never tried;
* a prefecture-level city of four characters (鄂尔多斯市, 齐齐哈尔市) by the gazetteer's name."""

from body_support import bureau_mentions


def _bodies(text: str, name: str = "s7.txt") -> list[tuple[str, str]]:
    return bureau_mentions(text, name)


def test_three_character_city_opening_a_signature_line():
    text = ("关于印发马鞍山市慢性病防治工作方案的通知\n"
            "各县区人民政府，市政府各部门：\n"
            "现将方案印发给你们，请认真贯彻执行。\n"
            "马鞍山市人民政府办公室\n"
            "2019年3月4日\n")
    found = _bodies(text)
    assert ("马鞍山市人民政府办公室", "马鞍山市人民政府办公室") in found


def test_four_character_prefecture_city():
    text = ("齐齐哈尔市卫生健康委员会关于做好老年健康服务工作的通知\n"
            "各县（市）区卫生健康局：\n"
            "一、开展老年健康宣传周活动。（责任单位：市卫生健康委）\n"
            "齐齐哈尔市卫生健康委员会\n"
            "2022年6月1日\n")
    found = _bodies(text)
    assert ("齐齐哈尔市卫生健康委员会", "齐齐哈尔市卫生健康委员会") in found
    assert ("市卫生健康委", "齐齐哈尔市卫生健康委员会") in found


def test_a_body_after_shou_and_jiu_and_in_its_term():
    """受X委托 (a report presented for its body) and 现就X…通过的 (a notice on what a body
    decided) open a name like 按照/经 do; a term between place and government (县第十九届人民政府,
    新一届区政府) or congress (省十三届人大) names the place's own body."""
    text = ("关于贯彻省十四届人大三次会议精神的工作方案\n"
            "各市州人民政府，省直各部门：\n"
            "现就省十四届人大三次会议通过的政府工作报告分工如下。\n"
            "本方案已经省第十四届人民政府第12次常务会议审议通过。\n"
            "一、受省人民政府委托，省发展改革委牵头编制计划。（责任单位：省发展改革委）\n")
    found = _bodies(text, "hunan-like.txt")
    assert found.count(("省十四届人大", "湖南省人民代表大会")) == 0   # no place named yet: nothing
    text = text.replace("各市州人民政府", "湖南省各市州人民政府")
    found = _bodies(text, "hunan.txt")
    assert ("省十四届人大", "湖南省人民代表大会") in found
    assert ("省第十四届人民政府", "湖南省人民政府") in found
    assert ("省人民政府", "湖南省人民政府") in found


def test_autonomous_region_party_committee_and_the_standing_committee_of_a_congress():
    """自治区党委 is the region's party committee; 区人大及其常委会 names two bodies, the congress
    and its standing committee (written 其常委会)."""
    text = ("广西壮族自治区科学技术厅关于印发科技工作要点的通知\n"
            "各市科技局：\n"
            "为落实自治区党委十二届六次全会部署，在自治区人大及其常委会的监督支持下，制定本要点。\n"
            "一、实施重大科技专项。（责任单位：自治区科学技术厅）\n")
    found = _bodies(text, "guangxi.txt")
    assert ("自治区党委", "中共广西壮族自治区委员会") in found
    assert ("自治区人大", "广西壮族自治区人民代表大会") in found
    assert ("常委会", "广西壮族自治区人民代表大会常务委员会") in found


def test_park_committees_named_by_their_park():
    """A park's management committee is named by the park (中关村科技园区通州园管委会, 科技园 or
    园 closing the park's name); a verb before a known place opens no name (保留中关村…); in a
    Beijing district's text 朝阳园管委会 is the district's park of Zhongguancun."""
    text = ("北京市朝阳区人民政府关于优化园区管理体制的通知\n"
            "一、撤销原领导小组，保留中关村科技园区通州园管委会、中关村科技园区大兴生物医药产业基地管委会。\n"
            "二、加快国际研发社区建设。（区科信局、朝阳园管委会负责）\n")
    found = _bodies(text, "chaoyang-parks.txt")
    assert ("中关村科技园区通州园管委会", "中关村科技园区通州园管理委员会") in found
    assert ("朝阳园管委会", "中关村科技园区朝阳园管理委员会") in found
    assert not any(surface.startswith("保留") for surface, _ in found)


def test_central_organs_and_inter_ministerial_conferences():
    """The central organs national notices name beside the State Council's (最高人民法院, 最高人民
    检察院, 中央军委装备发展部, 总后勤部卫生部, 国家自然科学基金委员会 in its common wrong form
    国家自然科学基金会), a State Council inter-ministerial conference by its remit (国务院…部际联席
    会议, verbs and all) and its office; 党中央和市委 names two bodies, 党中央 no place."""
    text = ("国务院食品安全工作部际联席会议办公室关于印发2020年工作要点的通知\n"
            "国务院食品安全工作部际联席会议各成员单位，最高人民法院、最高人民检察院，中央军委装备发展部：\n"
            "一、加强科研攻关。（责任单位：科技部、总后勤部卫生部、国家自然科学基金会）\n"
            "二、完善标准体系。得到党中央和市委市政府的充分肯定。\n")
    found = _bodies(text, "national-conference.txt")
    assert ("国务院食品安全工作部际联席会议办公室", "国务院食品安全工作部际联席会议办公室") in found
    assert ("国务院食品安全工作部际联席会议", "国务院食品安全工作部际联席会议") in found
    assert ("最高人民法院", "最高人民法院") in found
    assert ("最高人民检察院", "最高人民检察院") in found
    assert ("中央军委装备发展部", "中央军委装备发展部") in found
    assert ("总后勤部卫生部", "中国人民解放军总后勤部卫生部") in found
    assert ("国家自然科学基金会", "国家自然科学基金委员会") in found
    assert ("党中央", "中共中央") in found
    assert not any(name in ("卫生部", "中国人民解放军总后勤部") for _, name in found)


def test_groups_a_government_sets_up():
    """A leading group or working group the text says was set up, named with its place first
    however long its remit (九江市推进…建设专项工作组), by a known city without 市 (上海疫情防控
    工作领导小组), by 本市/我市 (the document's own), or with no place at all after 成立…的 (the
    document's own place's); a kind of group (成立工作组) names none, and two names joined by 和
    (…领导小组和…专家委员会) are not one body."""
    text = ("九江市人民政府办公室关于中医药产业发展情况的报告\n"
            "一、加强组织领导。成立了以市长为组长的九江市推进中医药强市和国家中医药综合改革示范区建设专项工作组，"
            "成立本市中药材种植推进领导小组和中药专家咨询委员会，我市科技局牵头组建联合攻关团队。\n"
            "二、完善工作机制。成立了由分管副市长担任组长的中医药产业链招商工作领导小组，并成立工作组。\n"
            "三、在上海疫情防控工作领导小组统一部署下做好保供。\n")
    found = _bodies(text, "jiujiang-tcm.txt")
    assert ("九江市推进中医药强市和国家中医药综合改革示范区建设专项工作组",
            "九江市推进中医药强市和国家中医药综合改革示范区建设专项工作组") in found
    assert ("市中药材种植推进领导小组", "九江市中药材种植推进领导小组") in found   # (本 opens it, no part of it)
    assert ("市科技局", "九江市科学技术局") in found
    assert ("中医药产业链招商工作领导小组", "九江市中医药产业链招商工作领导小组") in found
    assert ("上海疫情防控工作领导小组", "上海疫情防控工作领导小组") in found
    assert not any("专家咨询委员会" in name or name.endswith("市工作组") for _, name in found)


def test_zones_sharing_one_committee_suffix_in_an_addressee_line():
    """An addressee line lists zones before one 管委会 (高新区、综合保税区、峡山生态经济发展区管委会):
    each zone's committee; a zone named by its kind alone is the document's own city's; a
    function area ending in 区 or 工业区 is governed by its committee too."""
    text = ("潍坊市人民政府关于印发科技创新规划的通知\n"
            "各县市区人民政府，高新区、综合保税区、峡山生态经济发展区管委会，市政府各部门：\n"
            "现将规划印发给你们。\n")
    found = _bodies(text, "weifang-plan.txt")
    assert ("高新区", "潍坊高新技术产业开发区管理委员会") in found
    assert ("综合保税区", "潍坊综合保税区管理委员会") in found
    assert ("峡山生态经济发展区管委会", "峡山生态经济发展区管理委员会") in found


def test_cities_sharing_one_bureau_name_and_a_class_written_with_alternative_suffixes():
    """Cities listed before one bureau's name share it (向无锡市、常州市、南通市科学技术局申报: three
    bureaus); a list of places whose shared name carries a bracket of other suffixes (…江西省
    科技厅(委、局)) addresses each place's body by whatever it is called: a class, no body."""
    text = ("江苏省科学技术厅关于组织申报技术创新中心的通知\n"
            "一、申报方式。牵头企业按照属地原则向无锡市、常州市、南通市科学技术局提出申请。\n")
    found = _bodies(text, "jiangsu-centres.txt")
    for city in ("无锡市", "常州市", "南通市"):
        assert (city + "科学技术局" if city == "南通市" else city, city + "科学技术局") in found
    text = ("科技部 国家卫生健康委关于开展国家临床医学研究中心评估的通知\n"
            "国科发社〔2021〕12号\n"
            "天津市、河北省、江西省科技厅(委、局)，卫生健康委：\n"
            "现将有关事项通知如下。\n")
    found = _bodies(text, "national-centres.txt")
    assert not any(name.endswith("科学技术厅") for _, name in found)


def test_a_county_named_by_one_character():
    """漳县, 环县, 礼县 (Gansu), 乾县 (Shaanxi): counties named by one character before 县 are
    places by the gazetteer's closed list; their document's 县委/县政府 are theirs."""
    text = ("发布机构: 中共漳县县委办公室 漳县人民政府办公室\n"
            "中共漳县县委办公室 漳县人民政府办公室关于印发《漳县中药材产业发展方案》的通知\n"
            "各乡镇党委和人民政府，县委各部门：\n"
            "《漳县中药材产业发展方案》已经县委、县政府同意，现印发你们。\n")
    found = _bodies(text, "zhangxian.txt")
    assert ("漳县人民政府办公室", "漳县人民政府办公室") in found
    assert ("县政府", "漳县人民政府") in found
    assert ("县委", "中共漳县委员会") in found


def test_party_committee_standing_committee_and_reform_commission():
    """第12次县委常委会 names the county's party committee (常委会 is its standing committee's
    meeting, not a person's post such as 县委常委); 县委深改委 is the party committee's
    全面深化改革委员会."""
    text = ("平江县人民政府办公室关于印发中医药发展方案的通知\n"
            "各乡镇人民政府，县直各单位：\n"
            "方案已经第12次县委常委会、县委深改委第3次会议审议通过。县委常委、副县长王某主持。\n")
    found = _bodies(text, "pingjiang.txt")
    assert ("县委", "中共平江县委员会") in found
    assert ("县委深改委", "中共平江县委全面深化改革委员会") in found
    assert sum(1 for s, _ in found if s == "县委") == 1   # (县委常委 before 副县长: a person's post)


def test_an_industry_chain_promotion_group_set_up():
    """成立了由分管市长任组长的医药健康产业推进组: a promotion group (推进组) the city set up."""
    text = ("池州市卫生健康委员会关于市政协提案的答复\n"
            "一、完善机制。成立了由分管市长任组长的医药健康产业推进组，统筹招商引资。\n")
    found = _bodies(text, "chizhou-reply.txt")
    assert ("医药健康产业推进组", "池州市医药健康产业推进组") in found


def test_a_bureau_named_before_its_head_s_post():
    """县卫健局局长, 省商务厅厅长: the post of the bureau's head names the bureau (the same word
    doubled); a committee member's post (党委委员) still names no body."""
    text = ("玉林市人民政府办公室关于印发突发公共卫生事件应急预案的通知\n"
            "一、组织体系。组长由分管副市长担任，副组长由市卫健局局长担任。\n"
            "二、新闻发布。广西壮族自治区商务厅厅长出席发布会，党委委员列席。\n")
    found = _bodies(text, "yulin-plan.txt")
    assert ("市卫健局", "玉林市卫生健康局") in found
    assert ("广西壮族自治区商务厅", "广西壮族自治区商务厅") in found
    assert not any(s.startswith("党委") for s, _ in found)
    # an autonomous region's own text: its 市卫健局 is any of its cities' (a class), not the region's
    found = _bodies(text.replace("玉林市人民政府办公室", "广西壮族自治区卫生健康委员会"), "guangxi-plan.txt")
    assert not any(s == "市卫健局" for s, _ in found)
