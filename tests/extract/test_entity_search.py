"""Entity discovery's fast pattern search must equal the plain regex scan."""


def test_suffix_pattern_search_equals_regex_scan():
    """entities._suffix_matches tries each discovery pattern only where one of its words
    starts; it must find exactly what finditer finds (seeds and random strings)."""
    import random

    from medgraph.documents import read_document
    from medgraph.extract.entities import _SUFFIX_STARTS, PATTERNS, _suffix_matches
    from medgraph.pipeline import bundled_files

    rng = random.Random(5)
    pieces = [w for ws in _SUFFIX_STARTS for w in ws] + ["单抗", "注射", "中", "心", "北京", "，", "分", "有限"]
    texts = [read_document(p).normalized for p in bundled_files()]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(2000)]
    for t in texts:
        assert [[m.span() for m in ms] for ms in _suffix_matches(t)] == \
            [[m.span() for m in rx.finditer(t)] for _, _, rx, _ in PATTERNS], t


# entities._CUT_WORDS without its first-character guard (lookbehind before 使用); the same words
_PLAIN_CUT_WORDS = (
    r"(建设|建立|打造|组建|搭建|布局|推进|推动|支持|鼓励|依托|发挥|加快|设立|成立|引进|培育|用好|提升|完善|开展|形成|构建|"
    r"推广|利用|通过|联合|围绕|面向|提供|实现|成为|获批|包括|其中|以及|加强|强化|促进|服务于|一批|一个|多个|首个|全国|我国|"
    r"本市|全市|今年|目前|已经|已有|标志着|作为|积极|持续|进一步|全面|共同|牵头|承担|参加|参与|落地|启用|挂牌|上市|首款|首台|"
    r"生产|研发|开发|申报|获得|入选|纳入|分别|同时|近日|日前|此次|新一轮|我们|通常|所说|一是|二是|三是|四是|五是|六是|"
    r"购买|打通|壮大|满足|覆盖|根据|用药|(?<!一次性)使用|应用|研制|推出|完成|批次|项目|能力|标准|检验|对接|试用|安装|拥有|"
    r"同意|选择|确保|争取|\d+(?:\.\d+)?[个家款项种台批万亿]*|有)"
)


def test_guarded_cut_words_equal_the_plain_pattern():
    import random
    import re

    from medgraph.documents import read_document
    from medgraph.extract.entities import _CUT_WORDS
    from medgraph.pipeline import bundled_files

    plain = re.compile(_PLAIN_CUT_WORDS)
    rng = random.Random(11)
    pieces = ["一次性", "使用", "次性", "一批", "批次", "12", "3.5", "万", "个", "有", "服务于", "中心", "，", "٣"]
    texts = [read_document(p).normalized for p in bundled_files()]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for t in texts:
        assert [m.span() for m in _CUT_WORDS.finditer(t)] == [m.span() for m in plain.finditer(t)], t


def test_first_character_guards_change_no_match():
    """ANNOTATION opens with (?=[…]) listing the characters a match can start with; without
    the guard it must find the same matches. SPEECH_MARKERS dropped its guard (its literal
    first characters let the engine scan for them): with the guard it must find the same."""
    import random
    import re

    from medgraph.documents import read_document
    from medgraph.extract.owners import ANNOTATION
    from medgraph.extract.structure import SPEECH_MARKERS
    from medgraph.pipeline import bundled_files

    rng = random.Random(13)
    pieces = ["(", "（", " ", "\u3000", "\n", "牵头单位", "责任部门", "配合单位", "参与单位", "主责单位", "：", ":", "市医保局",
              "、", "。", ")", "主持人", "发布会", "记者", "新闻发言人", "主", "发"]
    texts = [read_document(p).normalized for p in bundled_files()]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 15))) for _ in range(3000)]
    guarded_speech = re.compile(r"(?=[主发记新])" + SPEECH_MARKERS.pattern)
    for rx in (ANNOTATION, guarded_speech):
        plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", rx.pattern))
        assert plain.pattern != rx.pattern
        for t in texts:
            assert [m.span() for m in rx.finditer(t)] == [m.span() for m in plain.finditer(t)], (rx.pattern, t)
            assert rx.findall(t) == plain.findall(t)


def test_city_guard_changes_no_match():
    import random
    import re

    from medgraph.extract.entities import _CITY_BEFORE, OTHER_CITIES

    plain = re.compile(r"(" + "|".join(sorted(OTHER_CITIES, key=len, reverse=True)) + r")(?:市|省|自治区|特别行政区)?$")
    rng = random.Random(17)
    pieces = [*OTHER_CITIES, "市", "省", "自治区", "北京", "的", "天", "海"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))[-6:]
        a, b = _CITY_BEFORE.search(t), plain.search(t)
        assert (a and (a.span(), a.group(1))) == (b and (b.span(), b.group(1))), t
