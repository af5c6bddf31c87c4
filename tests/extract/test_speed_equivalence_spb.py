"""Speed work of session 13 on bodies.py and national_organs.py: each fast path must find exactly
what the code it replaces finds — on the bundled seeds and on seeded random strings built from the
pieces the patterns are about."""

import re

import pytest

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return seed_texts()


def _matches(rx: re.Pattern, text: str) -> list:
    return [(m.span(), m.groups(), m.groupdict()) for m in rx.finditer(text)]


def test_whitespace_class_is_backslash_s():
    from medgraph.extract.bodies import _WHITESPACE

    space = re.compile(r"\s")
    assert [chr(c) for c in range(0x110000) if space.match(chr(c))] == list(_WHITESPACE)


def test_national_after_start_equals_the_run_pattern(seeds):
    from medgraph.extract.bodies import (_MINISTRIES, _NATIONAL_AFTER_START, _NATIONAL_FIRST,
                                         _NATIONAL_NAMED_CORE, _START_CHARS)

    old = re.compile(_START_CHARS + "(?<!" + _START_CHARS + ".)" + _START_CHARS + "*+"
                     "(?P<core>(?=[" + _NATIONAL_FIRST + "])(?:" + _NATIONAL_NAMED_CORE + "))")
    pieces = ["国务院", "国家", "卫生健康", "委员会", "中华人民共和国", "海关总署", "市", "局", "署", "委", "部",
              " ", "\n", "\u3000", "\t", ":", "：", "#", "|", ">", "“", '"', "国", "中", "海", "关于", "x", "1",
              *(short for short, _ in _MINISTRIES[:12]), *(short[:2] for short, _ in _MINISTRIES[:6])]
    texts = [t[:1000] for t in seeds] + random_texts(pieces, 30000, 12, 31)
    found = 0
    for t in texts:
        a, b = old.search(t), _NATIONAL_AFTER_START.search(t)
        assert (a and a.start("core")) == (b and b.start("core")), t
        found += a is not None
    assert found > 3000


def _old_suffix() -> re.Pattern:
    """_SUFFIX as session 13 found it: a leading lookahead, (?:人民)?政府X, (?<![城监])管委."""
    from medgraph.extract.bodies import _ORGANISATIONS, _SUFFIX

    p = _SUFFIX.pattern
    gov = "人民政府(?:(?![的和与及或各等对在为将把是了有关于印发、厅局委府部署院负责要求统])[\\u4e00-\\u9fff]){2,6}?(?:(?<!会议)室|办(?![理法好事学公成结医]))|"
    assert gov in p
    p = p.replace(gov + gov[2:], "(?:人民)?" + gov[2:])
    assert "管委(?<![城监]管委)(?![会员托])" in p
    p = p.replace("管委(?<![城监]管委)(?![会员托])", "(?<![城监])管委(?![会员托])")
    first = "人政管委办局厅海中镇街部法检科工领高爱联证银保消交" + "".join({o[0] for o in _ORGANISATIONS})
    return re.compile("(?=[" + first + "])" + p)


def test_suffix_equals_the_lookahead_pattern(seeds):
    from medgraph.extract.bodies import _ORGANISATIONS, _SUFFIX

    old = _old_suffix()
    assert old.pattern != _SUFFIX.pattern
    pieces = [*_ORGANISATIONS, *"消防救援总队支队大队交警人民代表大会常务委员会常委政协提案们提出和及与市区县省政府的室办理法会议"
              "公成结医厅中级高法院检察科学领导小组爱卫联合社中国银行证监保管委事处海关城监局长面势限部集团托员派屈婉身际席门分署"
              "件位务心镇化域级村容痛静定守压街道口两", "人民政府", "政府", "督查室", "会议室", "管委", "城管委", " ", "\n", "、", "x"]
    texts = seeds + random_texts(pieces, 60000, 16, 32)
    for t in texts:
        assert _matches(_SUFFIX, t) == _matches(old, t), t


def test_central_equals_the_lookbehind_pattern(seeds):
    from medgraph.extract.bodies import _CENTRAL

    assert _CENTRAL.pattern.startswith("中央(?<!党中央)")
    old = re.compile("(?<!党)中央" + _CENTRAL.pattern[len("中央(?<!党中央)"):])
    pieces = ["党", "中央", "中", "央", "的", "决策部署", "部署", "精神", "要求", "坚强领导", "关于", "对", "地方", "口", "省级", "下级",
              "《", "、", "和", "及", "与", "国务院", "市委", "省委", "区委", "北京市", "人民政府", "自治区党委", "省", "市", "委",
              "驻", "属", "工作会议", "经济工作", "单位", " ", "\n", "x"]
    texts = seeds + random_texts(pieces, 60000, 12, 33)
    assert sum(bool(_matches(old, t)) for t in texts) > 1000
    for t in texts:
        assert _matches(_CENTRAL, t) == _matches(old, t), t


def test_organ_scan_of_a_prefix_then_the_whole_equals_one_scan(seeds):
    """national_organs._iter_long keeps the hits of the text scanned last when it is a prefix of
    the next one (a document's head, then the document): the same hits as one scan of each."""
    import random

    from medgraph.extract import national_organs as no

    forms, auto = no.gazetteer()
    flist = sorted(forms)
    pieces = [*flist, *(f[:k] for f in flist[:80] for k in (1, 2, 3)), *sorted(no._alphabet())[:60],
              "，", "。", "、", " ", "\n", "市", "省", "各", "x", "1"]
    rng = random.Random(34)
    texts = seeds + random_texts(pieces, 20000, 14, 35)
    for t in texts:
        cut = rng.randint(0, len(t))
        assert no._iter_long(t[:cut]) == tuple(auto.iter_long(t[:cut])), t[:cut]
        assert no._iter_long(t) == tuple(auto.iter_long(t)), (t, cut)


def test_detect_jurisdiction_patterns_equal_their_lookbehind_forms(seeds):
    """The whole-text patterns of detect_jurisdiction open with a literal now; each equals the form
    it had (a lookbehind or a group first)."""
    from medgraph.extract import beijing
    from medgraph.extract import bodies as bd

    stems = [s for s in beijing.DISTRICT_STEMS if s not in beijing.SHARED_STEMS]
    old = {
        "_CAPITAL": re.compile(r"首都(?!之窗)|(?:进|来|在|驻|返)京(?![津冀剧])"),
        "_OWN_REGION_ORGAN": re.compile(r"(?<![、各省])自治区(?:党委|人民政府|政府|[\u4e00-\u9fff]{1,6}?(?:厅|局|委员会|委(?![员托])))"),
        "_LEAGUE_WORD": re.compile(r"(?<![联加同结])盟(?:行政公署|市)|旗县|苏木(?:乡镇|[(（]乡镇)|嘎查"),
        "_PROVINCE_NUMBER": re.compile(r"(?:^|(?<=[\s:：]))([" + "".join(bd._PROVINCE_ABBR) + r"])[\u4e00-\u9fff]{1,4}"
                                       r"[〔\[【(（]\s*(?:19|20)\d{2}\s*[〕\]】)）]\s*\d{1,4}\s*号", re.M),
        "_RELATIVE_PROVINCE": re.compile(r"(?<![\u4e00-\u9fff])省(?:人民政府|政府|委|[\u4e00-\u9fff]{1,8}?(?:厅|局|委员会|委))"),
        "_BEIJING_PLACE": re.compile("(?:" + "|".join(stems) + ")区|" + "|".join(beijing.ZONE_STEMS)),
    }
    pieces = {
        "_CAPITAL": ["首都", "之窗", "进", "来", "在", "驻", "返", "京", "津", "冀", "剧", "北", " ", "\n", "x"],
        "_OWN_REGION_ORGAN": ["自治区", "、", "各", "省", "党委", "人民政府", "政府", "卫生", "健康", "厅", "局", "委员会", "委", "员", "托",
                              "宁夏", " ", "\n"],
        "_LEAGUE_WORD": ["盟", "联", "加", "同", "结", "行政公署", "市", "旗县", "旗", "县", "苏木", "乡镇", "(", "（", "嘎查", " ", "\n"],
        "_PROVINCE_NUMBER": [*bd._PROVINCE_ABBR, *(a + "政发〔2018〕26号" for a in bd._PROVINCE_ABBR), "鄂卫办[2020] 3 号",
                             "政", "发", "办", "〔", "[", "【", "(", "（", "2018", "19", "20", "〕", "]", "】",
                             ")", "）", "12", "号", " ", "\n", "\u3000", ":", "：", "x", "市"],
        "_RELATIVE_PROVINCE": ["省", "人民政府", "政府", "委", "卫生", "健康", "厅", "局", "委员会", "各", "本", " ", "\n", "x", "1"],
        "_BEIJING_PLACE": [*stems, *(s[:1] for s in stems), *beijing.ZONE_STEMS, "区", "市", " ", "\n", "x"],
    }
    for name, rx in old.items():
        new = getattr(bd, name + "_SCAN" if name == "_BEIJING_PLACE" else name)
        assert new.pattern != rx.pattern
        texts = seeds + random_texts(pieces[name], 20000, 14, 37)
        assert sum(bool(_matches(rx, t)) for t in texts) > 500, name
        for t in texts:
            assert _matches(new, t) == _matches(rx, t), (name, t)


def test_level_group_equals_its_lookbehind_form(seeds):
    from medgraph.extract.bodies import _LEVEL_GROUP

    head = r"([省市区县])(?:(?<![\u4e00-\u9fff].)|(?<=[报向由经和及与对请按将为].))"
    assert _LEVEL_GROUP.pattern.startswith(head)
    old = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[报向由经和及与对请按将为]))([省市区县])" + _LEVEL_GROUP.pattern[len(head):])
    pieces = [*"省市区县报向由经和及与对请按将为的各 \n、x", "领导小组", "办公室", "成员", "成员单位", "小组"]
    texts = seeds + random_texts(pieces, 30000, 10, 38)
    assert sum(bool(_matches(old, t)) for t in texts) > 300
    for t in texts:
        assert _matches(_LEVEL_GROUP, t) == _matches(old, t), t
