"""Cheap tests that skip a regex (session 7 speed work on issue 12) must skip only where the
regex cannot match: for random strings built from the pieces the patterns are about, every
match the plain search finds passes the guard in front of it, so the output is unchanged."""

import pytest

from medgraph.documents import read_document
from medgraph.pipeline import bundled_files

from equivalence_support import random_texts


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    out = []
    for p in bundled_files():
        out += ["".join(line.split()) for line in read_document(p).normalized.split("\n")[:80]]
    return out


def test_ends_kind_guard_equals_the_plain_search(seed_lines):
    from medgraph.extract import identity as I

    pieces = ["通知", "意见", "方案", "行动", "进度表", "任务表", "落实情况", "白皮书", "的函", "(2020—2030年)", "（试行）",
              "(", ")", "（", "）", "北京市", "关于", "。", ":", "|", "1", "2024", "\n", "x", "表", "知"]
    texts = seed_lines + random_texts(pieces, 20000, 8, 11)
    hits = 0
    for c in texts:
        for a, b in ((0, len(c)), (1, len(c)), (0, max(0, len(c) - 1)), (2, len(c) - 2)):
            plain = I._ENDS_KIND.search(c, max(a, b - I._KIND_WINDOW), b) is not None
            hits += plain
            assert I._ends_kind(c, a, b) == plain, (c, a, b)
    assert hits > 5000   # the strings do end with kinds


def test_clean_guards_skip_only_lines_without_a_match(seed_lines):
    from medgraph.extract import identity as I

    pieces = ["北京市", "关于", "印发", "方案", "(全文)", "（附件）", "(", ")", "）", "_8", "M1", "x*", "{3", "N#", "y1", "D9",
              "w", "!", "?", ":", "：", "标题", "区政策", "\n", "2016", "(2016)", "]", "】"]
    texts = seed_lines + random_texts(pieces, 20000, 10, 12)
    seen = {"junk": 0, "tag": 0, "label": 0}
    for c in texts:
        for a in (0, 1, 3):
            b = len(c)
            if I._ASCII_JUNK.search(c, a, b):
                seen["junk"] += 1
                assert b > a and ("!" <= c[b - 1] <= "~" or c[b - 1] == "\n"), c
            if I._TAG.search(c, a, b):
                seen["tag"] += 1
                assert b > a and c[b - 1] in ")）\n", c
            if I._SHORT_LABEL.match(c, a, b) or I._ABOUT_LABEL.match(c, a, b):
                seen["label"] += 1
                assert ":" in c or "：" in c, c
    assert min(seen.values()) > 100, seen


def _plain_line_opening(text: str, pos: int, title: str) -> int:
    """The walk over every line that structure._line_opening replaces."""
    from medgraph.extract.structure import _NO_QUOTES, _TITLE_TAIL

    while pos != -1:
        end = text.find("\n", pos + 1)
        line = text[pos + 1:end if end != -1 else len(text)].lstrip(" \t#\u3000")
        if line[:1] == title[0]:
            compact = line.translate(_NO_QUOTES)
            if compact.startswith(title) and _TITLE_TAIL.fullmatch(compact, len(title)):
                return pos + 1
        pos = end
    return -1


def test_line_opening_equals_the_walk_over_every_line():
    from medgraph.extract.structure import _line_opening

    pieces = ["\n", "\n", "\n", " ", "#", "\u3000", "\t", "《", "》", "行动方案", "\n行动方案", "\n 《行动方案》", "\n#行动方案(2024年)",
              "行动", "方案", "(2024年)", "（试行）", "。", "附件", "x", "行"]
    titles = ["行动方案", "方案行动", "#行动方案", "行动方案(2024年)"]
    texts = random_texts(pieces, 20000, 14, 13)
    found = 0
    for k, t in enumerate(texts):
        pos = t.find("\n")
        if pos == -1:
            continue
        title = titles[k % len(titles)]
        want = _plain_line_opening(t, pos, title)
        found += want != -1
        assert _line_opening(t, pos, title) == want, (t, title)
    assert found > 1500


def test_wrapper_guard_equals_the_plain_match(seed_lines):
    from medgraph.extract import identity as I

    pieces = ["关于", "印发", "转发", "颁布", "发布", "下达", "北京市", "方案", "的通知", "的公告", "《", "》", "关", "于", "印", "x"]
    texts = seed_lines + random_texts(pieces, 20000, 8, 14)
    hits = 0
    for c in texts:
        plain = I._WRAPPER.match(c)
        hits += plain is not None
        got = I._wrapper(c)
        assert (got is None) == (plain is None) and (got is None or got.groupdict() == plain.groupdict()), c
    assert hits > 3000


def test_date_line_guard_skips_only_lines_without_a_date_at_their_end(seed_lines):
    from medgraph.extract import issuers as S

    pieces = ["2021年", "1999", "年", "3月", "月", "日", "12日", "3", "12", "8", "二〇二一年", "三月", "十日", " ", " 2020", "\u3000", "|",
              "｜", "#", "-", ".", "/", "北京市人民政府", "。", "号", "\n", " 2017821", "１２"]
    texts = seed_lines + random_texts(pieces, 30000, 6, 15)
    hits = 0
    for t in texts:
        plain = bool(S._DATE_ONLY.match(t) or S._DATE_END.search(t, 0, len(t)))
        hits += plain
        assert S._is_date_line(t, 0, len(t)) == plain, t
        if S._DATE_END.search(t, 0, len(t)):
            assert S._may_end_date(t, 0, len(t)), t
    assert hits > 1000


def test_head_lines_equal_the_line_pattern():
    from medgraph.extract import identity as I

    texts = random_texts(["\n", "\n\n", " ", "标题", "关于印发", "的通知", "x" * 401, "。"], 5000, 12, 16)
    for t in texts:
        for hi in (len(t), len(t) // 2, 0):
            got = [(ln.raw, ln.start, ln.end, ln.c) for ln in I._lines(t, hi)]
            want = []
            for m in I._LINE.finditer(t, 0, hi):
                if len(m.group(0)) > 400:
                    h = I._FLAT_HEADING.match(t, m.start(), m.end())
                    if h is not None:
                        want.append((h.group(0), h.start(), h.end(), I._WS.sub("", h.group(0))))
                    want.append(("。", m.start(), m.end(), "。"))
                else:
                    want.append((m.group(0), m.start(), m.end(), "".join(m.group(0).split())))
            assert got == want, (t, hi)


def test_flat_debris_pattern_equals_the_guarded_one(seed_lines):
    import re

    from medgraph.extract import identity as I

    guarded = re.compile(r"(?=[发更成时日信来浏点分文字作责编索栏|｜【打关收放缩])(?:(?:" + I._DEBRIS_LABELS + r")[:：]"
                         r"|浏览次数|浏览量|【字体|【打印|打印本页|关闭窗口|收藏本页|分享到|放大字体|缩小字体|[|｜])")
    pieces = ["发布时间", "时间", "日期", "来源", "浏览次数", "浏览量", "【字体", "【打印", "打印本页", "分享到", "|", "｜", ":", "：",
              "发", "时", "标题", "关于", "x"]
    texts = seed_lines + random_texts(pieces, 20000, 8, 17)
    hits = 0
    for c in texts:
        for a in (0, 2):
            want, got = guarded.search(c, a), I._DEBRIS.search(c, a)
            hits += want is not None
            assert (want is None) == (got is None) and (want is None or want.span() == got.span()), c
    assert hits > 10000
