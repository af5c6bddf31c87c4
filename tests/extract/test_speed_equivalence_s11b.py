"""Speed work on issue 12, session 11, part B (document heads): each fast path must find exactly
what the code it replaces finds — on the bundled seeds and seeded random strings built from the
pieces the patterns are about. The old code is kept here, verbatim, as the reference."""

import re

import pytest

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return seed_texts()


def _same(a, b) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and a.span() == b.span()
                                         and a.group(0) == b.group(0))


_NEWS_PIECES = ["近日", "日前", "昨天，", "今天,", "昨日 ,", " ", "\n", "\t", "|", "| a |", "对比", "据说报道", "责任编辑",
                "编辑 :", "来源：新华网", "x", "北京", "\n  \n", "\u3000", "\r", "\x0b", "\x1c"]


def test_weak_news_and_analysis_searches_split_at_their_line_branch(texts):
    from medgraph.extract import source_kind as S

    for t in texts + random_texts(_NEWS_PIECES, 20000, 14, seed=111):
        for rx in (S._NEWS_WEAK, S._ANALYSIS_WEAK):
            assert _same(rx.search(t), S._search(rx, t)), (rx.pattern, t)


_BYLINE_PIECES = ["北京", "12", "1", "月", "5日电", "日电", "日", "本报讯", "本报记者", "记者 张三 报道", "记者", "通讯员",
                  "新华社讯", "x", "\n", "中新社", "电", "3", "年", "记者张三摄"]


def test_news_byline_is_the_leftmost_search_match(texts):
    from medgraph.extract import source_kind as S

    for t in texts + random_texts(_BYLINE_PIECES, 20000, 12, seed=112):
        assert _same(S._NEWS_STRONG.search(t), S._news_strong(t)), t


def _old_rest(text, ls, le, inside):
    from medgraph.extract.issuers import _PLACE_STEM

    rest = text[ls:le]
    prev = ls
    for m in inside:
        s = m.start
        if text[s:s + 1] in "省市区县州盟旗":
            stem = _PLACE_STEM.search(text, max(prev, s - 4), s)
            if stem:
                s = stem.start()
        rest = rest[: s - ls] + "\0" * (m.end - s) + rest[m.end - ls:]
        prev = m.end
    return rest.replace("\0", "")


class _M:
    def __init__(self, start: int, end: int):
        self.start, self.end = start, end


def test_a_line_without_its_names_as_before_for_any_spans():
    import random

    from medgraph.extract.issuers import _rest

    rng = random.Random(113)
    for t in random_texts(list("局市省区北京 、，a\0"), 20000, 40, seed=113):
        ls = rng.randint(0, len(t))
        le = rng.randint(ls, len(t))
        ms = []
        for _ in range(rng.randint(0, 4)):
            a = rng.randint(ls, len(t))
            ms.append(_M(a, rng.randint(a, min(len(t), a + 12))))
        if rng.random() < 0.7:
            ms.sort(key=lambda m: m.start)
        assert _rest(t, ls, le, ms) == _old_rest(t, ls, le, ms), (t, ls, le, [(m.start, m.end) for m in ms])


def test_next_line_as_the_split_gave_it(texts):
    from medgraph.extract.issuers import _next_line

    def old(text, le):
        for line in text[le:le + 400].split("\n"):
            if line.strip():
                return line
        return ""

    for t in texts[:2] + random_texts(["\n", " ", "\t", "a", "局", "\u3000", "\n\n", "x" * 150], 5000, 20, seed=114):
        for le in range(0, len(t) + 2, max(1, len(t) // 40)):
            assert _next_line(t, le) == old(t, le), (t, le)


def test_dates_lines_holding_read_lazily(texts):
    from medgraph.extract.dates import _lines_holding
    from medgraph.textutil import lines_holding

    words = ("年", "19", "20")
    for t in texts + random_texts(["年", "19", "20", "1", "9", "\n", "x", " ", "2019年"], 5000, 20, seed=115):
        for hi in {len(t), min(len(t), 3000), len(t) // 2}:
            assert list(_lines_holding(t, words, hi)) == lines_holding(t, words, 0, hi), (t, hi)


def _old_own_number(text, found="", found_span=None, head_len=4000):
    from medgraph.extract import identity as I

    nums = list(I._numbers(text, 0, min(len(text), head_len)))
    for pick in (lambda n: n.own and n.complete,
                 lambda n: n.complete and any(w in n.text for w in I._OFFICE_WORDS),
                 lambda n: n.own):
        hit = next((n for n in nums if pick(n)), None)
        if hit is not None:
            return hit.text, (hit.start, hit.end)
    return None


_NUMBER_PIECES = ["京政发", "〔", "2023", "〕", "12", "号", "\n", "根据《办法》（", "）", "发文字号：", "第4号令", " ",
                  "2023年第3号", "公告", "x", "。"]


def test_own_number_stops_at_the_first_own_complete_number(texts):
    from medgraph.extract.identity import own_number

    for t in texts + random_texts(_NUMBER_PIECES, 5000, 16, seed=116):
        old = _old_own_number(t)
        if old is not None:
            assert own_number(t) == old, t


def test_key_opens_is_the_key_of_the_window():
    from medgraph.extract.identity import _key, _key_opens

    pieces = ["北京市", "关于", "的", "《", "》", " ", "\n", "、", "措施", "(", ")", "2023", "年", "x"]
    keys = ["北京市关于措施", "北京市措施", "关于措施", "北京市2023年措施北京市关于措施x", "措施"]
    for t in random_texts(pieces, 4000, 20, seed=117):
        for kx in keys:
            for i in range(0, len(t) + 1, 3):
                for j in (i, i + 5, i + 16, i + 40, i + 90):
                    assert _key_opens(t, i, j, kx) == _key(t[i:j]).startswith(kx), (t, i, j, kx)


_HEADER_RX = re.compile(r"(?m)^[^\n]*(?:单位|部门|机关|责任主体)[^\n]*$")


def test_table_header_lines_are_the_pattern_matches(texts):
    from medgraph.extract import tables as TB
    from medgraph.textutil import lines_holding

    assert TB._HEADER_CANDIDATE.pattern == _HEADER_RX.pattern
    for t in texts + random_texts(["单位", "部门", "机关", "责任主体", "\n", " ", "|", "x", "牵头"], 5000, 16, seed=118):
        got = []
        for ls in lines_holding(t, TB._HEADER_WORDS, 0, len(t)):
            le = t.find("\n", ls)
            got.append((ls, len(t) if le == -1 else le))
        assert got == [m.span() for m in _HEADER_RX.finditer(t)], t
