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


_PAGE_PIECES = ["北京市人民政府公报", "- 3 -", "第 3 页", "\n", "\n\n", "北京市卫生健康委员会", "一、总则", "为加快推进医药产业发展，",
                "临床应", "用。", "牵头单位", "市财政局", "2023年1月", "\x0c", "3", "  ", "\r\n", "\u200b", "x" * 25, "。", "，"]


def test_deletions_with_lazy_line_starts_as_before(texts):
    """textnorm._deletions computes line offsets only when a line is deleted and picks its short
    and non-blank lines by comprehensions: the same deletions (as a set: their order is sorted
    away by _kept_spans)."""
    from itertools import accumulate
    from collections import Counter

    from medgraph import textnorm as N

    def old(s):
        dels = [m.span() for m in N._ZERO_WIDTH.finditer(s)] if any(ch in s for ch in N._ZERO_WIDTH_CHARS) else []
        if "\r" in s:
            dels.extend(m.span() for m in N._CR_BEFORE_LF.finditer(s))
        if "\n" not in s:
            return dels
        lines = s.split("\n")
        n = len(s)
        starts = list(accumulate(map((1).__add__, map(len, lines[:-1])), initial=0))
        stripped = [ln.strip() for ln in lines]
        nl = len(lines)

        def isolated(i):
            return (i == 0 or not stripped[i - 1]) and (i == nl - 1 or not stripped[i + 1])

        removed, short_counts = set(), Counter()
        for i, st in enumerate(stripped):
            if not st or len(st) > 30:
                continue
            if (st[0] in N._RUNNING_FIRST or st[0].isdecimal()) and (N._KNOWN_RUNNING.match(st) or N._PAGE_NUMBER.match(st)):
                removed.add(i)
            elif len(st) <= 20:
                short_counts[st] += 1
        if "\x0c" in s:
            for i, st in enumerate(stripped):
                if st.isdigit() and len(st) <= 4:
                    if any("\x0c" in lines[j] for j in range(max(0, i - 2), min(nl, i + 3))):
                        removed.add(i)
        cand_text = {t for t, c in short_counts.items() if c >= 2 and not N.HEADING.match(t)
                     and not t.endswith(("。", "；", "：", ":", ";")) and not N._DATE_OR_DOCNO.search(t)}
        if cand_text:
            occ = {}
            for i, st in enumerate(stripped):
                if st in cand_text and i not in removed and isolated(i):
                    occ.setdefault(st, []).append(i)
            skippable = removed | {i for v in occ.values() for i in v}

            def in_gap(i):
                j = i - 1
                while j >= 0 and (not stripped[j] or j in skippable):
                    j -= 1
                k = i + 1
                while k < nl and (not stripped[k] or k in skippable):
                    k += 1
                return j >= 0 and k < nl and N._can_join(stripped[j], stripped[k])

            last = nl - 1
            while last >= 0 and (not stripped[last] or last in removed):
                last -= 1
            head = 0.15 * n
            owner_cells = ("单位" in s or "部门" in s) and N._OWNER_COLUMN_LINE.search(s) is not None
            for t, idx in occ.items():
                if len(idx) < 2 or (owner_cells and N._BODY_CELL.fullmatch(t)):
                    continue
                at_end = idx[-1] == last and any(starts[i] >= head for i in idx[:-1])
                if at_end or any(in_gap(i) for i in idx):
                    removed.update(idx)
        prev = -1
        for i in range(nl):
            st = stripped[i]
            if not st or i in removed:
                continue
            if prev >= 0 and len(stripped[prev]) >= 20 and stripped[prev][-1] not in N._ENDS_NO_JOIN \
                    and N._can_join(stripped[prev], st):
                dels.append((starts[prev] + len(lines[prev].rstrip()), starts[i] + (len(lines[i]) - len(lines[i].lstrip()))))
            prev = i
        for i in removed:
            dels.append((starts[i], min(n, starts[i] + len(lines[i]) + 1)))
        return dels

    for t in texts + random_texts(_PAGE_PIECES, 20000, 30, seed=119):
        s = N.to_halfwidth(N.to_simplified(t))
        assert sorted(N._deletions(s)) == sorted(old(s)), repr(t[:200])


def test_policy_dates_words_every_match_holds():
    """dates.policy_dates tries _LABELLED_ISSUED only in a head holding 期 or 间, _TO only in a
    text holding 至 or 有效期到, _LABELLED_FROM only with 期 and 日期: each pattern's every match
    holds those characters."""
    from medgraph.extract import dates as D

    pieces = ["成文日期", "成 文 日 期", "发文时间", "印发时 间", ":", "2023年1月2日", "2023-01-02", " ", "\n", "有效期至",
              "有效期到", "施行至", "实施至", "执行至", "有效期截至", "自2024年1月1日起施行", "实施日期：2024年1月1日", "x", "期"]
    for t in random_texts(pieces, 20000, 10, seed=120):
        if D._LABELLED_ISSUED.search(t):
            assert "期" in t or "间" in t
        if D._TO.search(t):
            assert "至" in t or "有效期到" in t
        if D._LABELLED_FROM.search(t):
            assert "期" in t and "日期" in t
