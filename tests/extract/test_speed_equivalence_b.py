"""Speed work on issue 12, part B (structure, identity, issuers, relations, reading; session 8):
each guarded or restructured path must give exactly what the code it replaces gave — on every
line of the heads of the dev real documents, the bundled seeds and seeded random strings built
from the pieces the patterns are about. The old code is kept here verbatim as the reference."""

import pytest

from medgraph.documents import read_document
from medgraph.evaluate import default_corpus, load_gold
from medgraph.extract import identity as I
from medgraph.extract.identity import (_ABOUT_LABEL, _ASCII_JUNK, _COLUMN_TAG, _DEBRIS, _LEAD_NUMBER, _PLACE_TAG,
                                       _SHORT_LABEL, _SITE_SUFFIX, _TAG, _TITLE_LABEL, _TRAIL_NUMBER, _ends_kind)

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def dev_texts() -> list[str]:
    # dev documents only: the held split is never read by whoever writes rules
    return [read_document(txt).normalized for txt, gold in load_gold(default_corpus())
            if (gold.get("split") or "dev") != "held"] + seed_texts()


def _head_lines(texts: list[str]) -> list[str]:
    return [ln.c for t in texts for ln in I._lines(t, min(len(t), 3000))]


def _old_clean(c: str) -> tuple[int, int]:
    """(a, b): the title part of a compact line, without labels, numbers and debris.
    Memoised: a pure function of the line, and the title join re-cleans each line after a
    short one (over a third of the calls repeat a line)."""
    a, b = 0, len(c)
    c0 = c.lstrip("#*>•·-")
    a = len(c) - len(c0)
    while True:
        m = _TITLE_LABEL.match(c, a) or _LEAD_NUMBER.match(c, a)
        if not m or m.end() == a:
            break
        a = m.end()
        if m.re is _TITLE_LABEL and c.startswith(("|", "｜"), a):
            a += 1   # 标题: | X | — a metadata table's row: the title is its value cell
    m = _DEBRIS.search(c, a)
    if m and m.start() > a:
        b = m.start()
    elif m:
        return a, a
    while b > a and c[b - 1] in "|｜-_—·•":
        b -= 1
    # _ASCII_JUNK's match is a run of ASCII symbols ending the line, _TAG's ends with its bracket:
    # a line ending otherwise (most do, on a CJK character) is not searched
    m = _ASCII_JUNK.search(c, a, b) if b > a and ("!" <= c[b - 1] <= "~" or c[b - 1] == "\n") else None
    if m and m.start() > a + 4:
        b = m.start()
    m = _TAG.search(c, a, b) if b > a and c[b - 1] in ")）\n" else None
    if m and m.start() > a + 4:
        b = m.start()
    t = max(a, b - 40)
    tail = c[t:b]   # every _TRAIL_NUMBER match holds a year 19xx/20xx: most lines are not tried
    m = _TRAIL_NUMBER.search(c, t, b) if "19" in tail or "20" in tail else None
    if m and m.start() > a + 4:
        b = m.start()
    if not _ends_kind(c, a, b) and ("-" in c or "_" in c or "—" in c):
        m = _SITE_SUFFIX.match(c, a, b)
        if m:
            b = m.end("t")
    # both labels end with a colon: a line without one is not tried (_ABOUT_LABEL backtracks 30 ways)
    m = (_SHORT_LABEL.match(c, a, b) or _ABOUT_LABEL.match(c, a, b)) if ":" in c or "：" in c else None
    if m and not c.startswith(("关于",), a) and _ends_kind(c, m.end(), b) and b - m.end() >= 6:
        a = m.end()
    m = _PLACE_TAG.match(c, a, b) or _COLUMN_TAG.match(c, a, b)
    if m and b - m.end() >= 6 and _ends_kind(c, m.end(), b):
        # (湖北省)武汉市…方案: a repost site's region tag before the title; 【区级】X办法,
        # 【市政府重点工作】X关于…的通知: a site's column or level tag in its black brackets
        a = m.end()
    return a, b


# pieces of labels, numbers, dates, tags and debris a title line may carry
_CLEAN_PIECES = ["标题", "原标题", "发文标题", "附件1", "附", "第12号", ":", "：", "|", "｜", "【", "】", "[", "]", "(", ")",
                 "（", "）", "京政发", "〔", "〕", "2023", "1999", "20", "19", "号", "第", "年", "月", "日", "-", "_", "—",
                 "全文", "来源：", "时间:", "北京市", "湖北省", "关于", "印发", "方案", "通知", "的通知", "意见", "x", "#",
                 "*", "~", "!", "/", "12", "5", ".", "政务公开", "首都之窗", "区级", "﹝", "﹞", "\n", "措施", "办法"]


def test_clean_equals_the_unguarded_one(dev_texts):
    lines = _head_lines(dev_texts) + random_texts(_CLEAN_PIECES, 40000, 14, 81)
    assert sum(_old_clean(c) != (0, len(c)) for c in lines) > 5000   # lines the cleaning changes
    assert sum(_TRAIL_NUMBER.search(c) is not None for c in lines) > 400
    for c in lines:
        assert I._clean.__wrapped__(c) == _old_clean(c), c


def _all(it) -> list[tuple]:
    return [(m.span(), m.group(0), m.groups()) for m in it]


_DUN_PIECES = ["一", "二", "十", "三", "百", "一二三四", "、", "、", "\n", "\n", " ", "\u3000", "\t", "#", "*", "**", "工作目标",
               "总体要求", "到2025年，", "进一步完善", "x" * 40, "。", "，", "：", "(一)", "1.", "第一条", "\r"]


def test_dun_lines_equal_the_whole_text_scans(dev_texts):
    from medgraph.extract import structure as S

    texts = dev_texts + random_texts(_DUN_PIECES, 20000, 30, 82)
    assert sum(len(S.SECTION.findall(t)) for t in texts) > 800
    assert sum(len(S._SPACED_GOAL.findall(t)) for t in texts) > 20
    for t in texts:
        for rx in (S.SECTION, S._SPACED_GOAL):
            assert _all(S._dun_lines(rx, t)) == _all(rx.finditer(t)), t


_CLOSING_PIECES = ["以上", "上述", "以", "上", "述", "各项", "几项", "3项", "第1", "—", "-", "至", "、", "，", "项", "工作", "任务", "均",
                   "统一", "由", "市发展改革委", "牵头", "。", "；", ";", ")", "）", "(", "（", " ", "\u3000", "\t", "\n", "x",
                   "以上工作由", "（以上", "。以上", "\n以上", "上述任务由", " 由", "以上第1-3项由", "第2、4项"]


def test_closing_matches_equal_the_whole_text_scan(dev_texts):
    from medgraph.extract import owners as O

    texts = dev_texts + random_texts(_CLOSING_PIECES, 30000, 16, 83)
    assert sum(len(O._CLOSING.findall(t)) for t in texts) > 3000
    for t in texts:
        assert _all(O._closing_matches(t)) == _all(O._CLOSING.finditer(t)), t


_PRINTED_PIECES = ["关于印发", "现将", "印发", "关于", "《", "》", "《北京市促进医药创新若干措施》", "《方案》", "已经", "经", "区政府",
                   "同意", "通过", "批准", "，", ",", "现", "现予", "予", " ", "\n", "。", "x", "的通知", "给你们", "近日", "共同",
                   "联合", "会同", "市科委、市卫健委", "研究", "制定", "制订", "编制", "起草", "修订发布", "发布实施", "发布",
                   "出台", "了", "的", "正式", "日前", "近期", "；", "\t", "\u3000"]


def test_printed_in_equals_the_scan(dev_texts):
    texts = [t[:3000] for t in dev_texts] + random_texts(_PRINTED_PIECES, 30000, 16, 84)
    assert sum(len(I._PRINTED_IN.findall(t)) for t in texts) > 500
    for t in texts:
        for hi in (len(t), len(t) // 2, 3000):
            hi = min(hi, len(t))
            assert _all(I._printed_in(t, hi)) == _all(I._PRINTED_IN.finditer(t, 0, hi)), t


def test_made_by_matches_equal_the_scan(dev_texts):
    from medgraph.extract import issuers as S

    texts = [t[:3000] for t in dev_texts] + random_texts(_PRINTED_PIECES, 30000, 16, 85)
    assert sum(len(S._MADE_BY.findall(t)) for t in texts) > 3000
    for t in texts:
        for hi in (len(t), len(t) // 2, 3000):
            hi = min(hi, len(t))
            assert _all(S._made_by_matches(t, hi)) == _all(S._MADE_BY.finditer(t, 0, hi)), t


_LINE_PIECES = ["\n", "\n", "\n\n", " ", "\t", "\u3000", "|", "｜", "序号", "重点工作", "工作任务", "牵头单位", "责任单位", "配合部门",
                "责任主体", "单位", "部门", "主体", "：", ":", "市发展改革委", "2023年", "6月", "7日", "2020628", "二〇二三年",
                "十二月", "五日", "年", "月", "日", "19", "20", "(", ")", "）", "在", "市人大会议上", "—", "北京市人民政府 ",
                "x", "。", "，", "12"]


def test_line_matches_equal_the_scans(dev_texts):
    from medgraph.extract import dates as DT, owners as O, tables as TB
    from medgraph.textutil import line_matches

    cases = [(TB._HEADER_CANDIDATE, TB._HEADER_WORDS), (TB._CARD_TASK, (":", "：")),
             (O._LABEL_LINE, ("单位", "部门", "责任主体")), (DT._SIGNED_DATE, ("年", "19", "20"))]
    texts = dev_texts + random_texts(_LINE_PIECES, 20000, 24, 86)
    for rx, _ in cases:
        assert sum(len(rx.findall(t)) for t in texts) > 300, rx.pattern
    for t in texts:
        for rx, words in cases:
            assert _all(line_matches(rx, t, words)) == _all(rx.finditer(t)), (rx.pattern, t)
            for pos, end in ((0, 3000), (5, len(t) // 2), (len(t) // 3, len(t))):
                assert _all(line_matches(rx, t, words, pos, end)) == _all(rx.finditer(t, pos, end)), (rx.pattern, t, pos, end)


_HEAD_PIECES = ["——", "—", "－", "2020年7月29日", "在", "区第十六届人民代表大会第二次会议上", "大会上", "会议", "会", "\n", " ",
                "各位代表", "各位委员", "各位", "：", "，", ",", "国家药品监督管理局", "令", "第", "4", "号", "号令", "公布", "第4号令", "令第 12 号", "(", ")",
                "（", "）", "审议", "通过", "批准", "修订", "x", "。", "（2024年1月25日市人大常委会会议通过）", "(会议审议批准)"]


def test_head_guards_equal_the_scans(dev_texts):
    from medgraph.extract import issuers as S

    texts = [t[:3000] for t in dev_texts] + random_texts(_HEAD_PIECES, 30000, 14, 87)
    for rx in (I._DATELINE, I._DELEGATES, S._DECREE, S._ADOPTED):
        assert sum(rx.search(t) is not None for t in texts) > 100, rx.pattern
    for t in texts:
        for hi in (len(t), len(t) // 2, 600):
            assert _span(I._dateline(t, hi)) == _span(I._DATELINE.search(t, 0, hi)), t
            assert _span(I._delegates(t, hi)) == _span(I._DELEGATES.search(t, 0, hi)), t
            # decree / adopted_by skip the head when it lacks the word every match holds
            if t.find("令", 0, hi) == -1:
                assert S._DECREE.search(t, 0, hi) is None, t
            if t.find("会议", 0, hi) == -1:
                assert S._ADOPTED.search(t, 0, hi) is None, t


def _span(m):
    return None if m is None else (m.span(), m.group(0))


_TITLE_PIECES = ["关于", "印发", "《", "》", "北京市促进医药创新若干措施", "的通知", "政策解读", "解读", "图解", "一图读懂", "：", "对",
                 "的解读", "征求", "意见", "征求意见的", "公告", "函", "发布", "正式", "为", "根据", "按照", "依据", "近年来", "当前",
                 "方案", "(2023-2025年)", ">", "»", "首页", "第7号", "x", "，", "。", "公开", "关于对《健康北京行动方案》征求意见的通知",
                 "关于征求北京市医药创新措施修改意见的函", "《北京市医药创新措施》解读", "《健康北京行动方案》正式发布"]


def test_title_guards_hold(dev_texts):
    """Each guard is a word every match of its pattern holds: no line the guard skips matches."""
    lines = _head_lines(dev_texts) + random_texts(_TITLE_PIECES, 40000, 10, 88)
    guards = [(I._INTERPRETS.match, lambda c: "《" in c), (I._REPOST.match, lambda c: c[:1] == "《"),
              (I._CONSULT.match, lambda c: c.startswith("关于")), (I._ABOUT.match, lambda c: "关于" in c),
              (I._GLUED.match, lambda c: any(w in c for w in I._GLUED_NEXT)),
              (I._CRUMB_TITLE.search, lambda c: "关于" in c)]
    for find, guard in guards:
        hits = [c for c in lines if find(c)]
        assert len(hits) > 30, find
        assert all(guard(c) for c in hits), find


def test_signed_dates_equal_the_scan(dev_texts):
    from medgraph.extract import dates as DT

    texts = dev_texts + random_texts(_LINE_PIECES, 20000, 24, 89)
    assert sum(len(DT._SIGNED_DATE.findall(t, 0, 3000)) for t in texts) > 300
    for t in texts:
        for hi in (min(len(t), 3000), len(t) // 2, len(t)):
            assert _all(DT._signed_dates(t, hi)) == _all(DT._SIGNED_DATE.finditer(t, 0, hi)), t
