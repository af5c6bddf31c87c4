"""Session 13 speed rewrites in entities.py must find exactly what the plain code finds."""
import random
import re


def test_one_scan_suffix_matches_equal_each_regex_scan():
    """_suffix_matches (one scan for every pattern's words) equals finditer of each PATTERNS
    regex, match objects included (span and group), on texts made of the words, their pieces
    and their characters (overlaps, words glued end to start, 单抗 before 注射液)."""
    from medgraph.extract.entities import _SUFFIX_WORDS, PATTERNS, _suffix_matches

    rng = random.Random(1313)
    words = list(_SUFFIX_WORDS)
    pieces = words + [w[:k] for w in words for k in range(1, len(w))] + [w[k:] for w in words for k in range(1, len(w))]
    pieces += sorted({c for w in words for c in w}) + ["，", "\n", "北京", "的"]
    for _ in range(6000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        got = _suffix_matches(t)
        want = [list(rx.finditer(t)) for _, _, rx, _ in PATTERNS]
        assert [[(m.span(), m.groups()) for m in ms] for ms in got] == \
            [[(m.span(), m.groups()) for m in ms] for ms in want], t


def test_suffix_words_are_the_patterns_alternatives():
    from medgraph.extract.entities import _SUFFIX_WORDS, PATTERNS

    for i, (_, _, rx, _) in enumerate(PATTERNS):
        alts = set(rx.pattern[1:-1].split("|"))
        if "(?:单抗)?注射液" in alts:
            alts = (alts - {"(?:单抗)?注射液"}) | {"单抗注射液", "注射液"}
        assert alts == {w for w, j in _SUFFIX_WORDS.items() if j == i}


def test_guarded_title_district_equals_the_plain_pattern():
    from medgraph.extract import gazetteer
    from medgraph.extract.entities import _TITLE_DISTRICT

    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", _TITLE_DISTRICT.pattern))
    assert plain.pattern != _TITLE_DISTRICT.pattern
    rng = random.Random(29)
    cities = list(gazetteer.OTHER_CITIES)[:40] + list(gazetteer.PREFECTURES)[:40]
    pieces = cities + ["北京", "市", "省", "海淀区", "区", "县", "旗", "新区", "关于", "的", "开发区", "昌平", "朝阳"]
    for _ in range(4000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        a, b = _TITLE_DISTRICT.search(t), plain.search(t)
        assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict())), t


def test_short_name_opening_equals_lstrip_startswith():
    """_SHORT_NAME_OPEN.match(text, e, e + 30) is ``text[e:e + 30].lstrip().startswith(…)``
    (every whitespace str.lstrip strips is \\s, the 30-character window included)."""
    import sys

    from medgraph.extract.entities import _SHORT_NAME_OPEN

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
    assert all(re.fullmatch(r"\s", c) for c in spaces)
    assert not any(re.fullmatch(r"\s", chr(c)) and not chr(c).isspace() for c in range(sys.maxunicode + 1))
    rng = random.Random(31)
    pieces = spaces + ["(", "（", "，", ",", "简称", "以下", "a", "中", "）", "《"]
    for _ in range(20000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        e = rng.randint(0, len(t))
        want = t[e:e + 30].lstrip().startswith(("(", "（", "，", ","))
        assert (_SHORT_NAME_OPEN.match(t, e, e + 30) is not None) == want, (t, e)


def test_cited_title_is_norm_title_and_policy_words():
    from medgraph.extract.entities import _POLICY_WORDS, _cited_title, _norm_title

    for raw in ["关于 印发（2025年）措施的通知", "北京市\u3000医保\n规划", "简称", "", " （试行） "]:
        assert _cited_title(raw) == (_norm_title(raw), _POLICY_WORDS.search(_norm_title(raw)) is not None)
