"""Speed work on issue 12, session 9, part C (owners, relations, issuers and the smaller passes):
each fast path must find exactly what the code it replaces finds — on the bundled seeds and
seeded random strings built from the pieces the code is about. The old code is kept here,
verbatim, as the reference."""

import re

import pytest

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return seed_texts()


def _old_lines(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start() + lo, m.end() + lo) for m in re.finditer(r"^[^\n]*$", text[lo:hi], re.M)]


_LINE_PIECES = ["\n", "\n\n", "\r", " ", "x", "年", "北京市卫生健康委员会", "2023年5月6日", ""]


def test_signature_lines_from_one_split(texts):
    from medgraph.extract.issuers import _lines

    cases = [(t, 0, len(t)) for t in texts]
    for k, t in enumerate(random_texts(_LINE_PIECES, 3000, 12, seed=131)):
        lo = k % (len(t) + 1)
        cases.append((t, lo, lo + (k * 7) % (len(t) - lo + 1)))
    for t, lo, hi in cases:
        assert _lines(t, lo, hi) == _old_lines(t, lo, hi)


def _old_last_date(text: str, lines: list[tuple[int, int]]) -> int | None:
    """signature's choice of date line before the upward read (all date lines, then the rule)."""
    from medgraph.extract.issuers import _COVER_DATE, _is_date_line

    dates = [i for i, (a, b) in enumerate(lines) if _is_date_line(text, a, b)]
    if len(dates) > 1 and _COVER_DATE.match(text, *lines[dates[-1]]):
        full = [i for i in dates if not _COVER_DATE.match(text, *lines[i])]
        if full:
            dates = full
    return dates[-1] if dates else None


_SIGNATURE_PIECES = ["\n", "\n\n", " ", "北京市卫生健康委员会", "北京市医疗保障局", "2023年5月6日", "2021年10月",
                     "二〇二三年五月六日", "2020  1  22", "（此件公开发布）", "附件1", "。", "现印发给你们", "x"]


def test_signature_reads_its_date_lines_upwards(texts, monkeypatch):
    """signature's upward read picks the date line the full list picked: the block it reads is
    the same (``_block`` is given the old choice and the new one)."""
    from medgraph.extract import issuers

    chosen: list[tuple[list, int]] = []
    real_block = issuers._block

    def spy(text, lines, d, bureaus):
        chosen.append((lines, d))
        return real_block(text, lines, d, bureaus)

    monkeypatch.setattr(issuers, "_block", spy)
    for t in texts + random_texts(_SIGNATURE_PIECES, 3000, 14, seed=132):
        tail = max(0, t.rfind("\n", 0, max(0, len(t) - 1500)) + 1)
        lines = issuers._lines(t, tail, len(t))
        chosen.clear()
        issuers.signature(t, [], 0)
        at_tail = [d for ls, d in chosen if ls == lines]   # (not a covering letter's block above the tail)
        assert at_tail[:1] == ([] if (old := _old_last_date(t, lines)) is None else [old])


# places._TRIGGER before session 9: a set lookahead, then one named group per kind
_OLD_SITED = r"位于|地处|坐落于|坐落在|坐落|座落于|座落在|地跨|横跨"
_OLD_SCOPE = r"(?:(?:初期|近期|远期)?规划(?:控制)?|区域|管辖)?范围(?:包括|包含|涵盖|涉及)"
_OLD_DEICTIC = r"(?:此|这里|该园区|本园区|园区)"
_OLD_SETTLE = r"(?:落户|落地|入驻|迁入|扎根|集聚|聚集|设在|建在|选址)(?:于|在|到)?"
_OLD_ZAI = (rf"在(?=[\u4e00-\u9fff]{{2,7}}?(?:省|市|区|县|旗|街道|镇|乡))|(?:在|于)(?={_OLD_DEICTIC})"
            r"|在(?=[\u4e00-\u9fff]{2,3}?(?:建设|设立|布局|打造|建立))")
_OLD_TRIGGER = re.compile("(?=[在于落入扎集聚位地坐座横初近远规区管范包涵迁设建选])"
                          f"(?:(?P<sited>{_OLD_SITED})|(?P<scope>{_OLD_SCOPE})|(?P<incl>包括|包含|涵盖)"
                          f"|(?P<settle>{_OLD_SETTLE})|(?P<zai>{_OLD_ZAI}))")
_TRIGGER_PIECES = ["在", "于", "此", "这里", "该园区", "本园区", "园区", "北京市", "海淀区", "区", "县", "镇", "乡", "街道",
                   "旗", "省", "建设", "设立", "布局", "位于", "坐落", "坐落于", "座落在", "地处", "地跨", "横跨", "初期",
                   "近期", "远期", "规划", "控制", "范围", "包括", "包含", "涵盖", "涉及", "区域", "管辖", "落户", "落地",
                   "入驻", "迁入", "扎根", "集聚", "聚集", "设在", "建在", "选址", "到", "x", "，", "。", "\n", "谯城"]


def test_located_triggers_open_with_a_literal(texts):
    """places._TRIGGER (one alternation of literal-led branches, the kind read off the opening
    character) finds the spans and kinds the lookahead-led pattern with a group per kind found."""
    from re import _compiler, _parser

    from medgraph.extract.places import _KIND_OF, _TRIGGER

    parsed = _parser.parse(_TRIGGER.pattern, _TRIGGER.flags)
    assert _compiler._get_charset_prefix(parsed, _TRIGGER.flags)   # what makes the scan fast
    for t in texts + random_texts(_TRIGGER_PIECES, 20000, 14, seed=133):
        assert [(m.span(), _KIND_OF[t[m.start()]]) for m in _TRIGGER.finditer(t)] == \
            [(m.span(), m.lastgroup) for m in _OLD_TRIGGER.finditer(t)]


_GUARD_PIECES = ["此前发布的有关规定与本", "办法", "不一致的", "，", "以此为准", "原", "《北京市某某办法》", "同时废止", "以本",
                 "为准", "实施日期", "施行日期", "生效日期", "：", "2024年1月1日", "2024-01-01", "有效期至", "有效期截至",
                 "施行至", "实施至", "执行至", "有效期到", "2026年12月31日", "日期", "有效期", "行至", "施至", "。", "\n", "x"]


def test_whole_text_searches_guarded_by_the_words_every_match_holds(texts):
    """supersedes' clause, the stated start and end of validity: a text without the words every
    match holds is not scanned — the guarded search finds what the plain one finds."""
    from medgraph.extract.dates import _LABELLED_FROM, _TO
    from medgraph.extract.relations import SUPERSEDE_CLAUSE

    guarded = [(SUPERSEDE_CLAUSE, ("为准", "同时废止")), (_LABELLED_FROM, ("日期",)), (_TO, ("有效期", "行至", "施至"))]
    for t in texts + random_texts(_GUARD_PIECES, 6000, 10, seed=134):
        for rx, words in guarded:
            found = [m.span() for m in rx.finditer(t)]
            assert found == [] or any(w in t for w in words)
            assert all(any(w in t[a:b] for w in words) for a, b in found)
