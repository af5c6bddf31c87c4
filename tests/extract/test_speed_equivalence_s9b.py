"""Speed work on issue 12, session 9, part B (structure, identity, reading): each fast path must
find exactly what the code it replaces finds — on the bundled seeds and seeded random strings
built from the pieces the patterns are about. The old code is kept here, verbatim, as the
reference."""

import re

import pytest

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return seed_texts()


_OLD_NUMBER_ANCHOR = re.compile(r"[〔\[【(（［﹝〖][ \t\u3000]*(?:19|20)\d{2}|第[ \t\u3000]*\d")
_ANCHOR_PIECES = ["〔", "[", "【", "(", "（", "［", "﹝", "〖", "第", " ", "\t", "\u3000", "19", "20", "2023", "1", "0",
                  "9", "号", "年", "京政发", "\n", "x", "〕", ")"]


def test_number_anchor_scans_for_literal_first_characters(texts):
    from medgraph.extract.identity import _NUMBER_ANCHOR

    for t in texts + random_texts(_ANCHOR_PIECES, 4000, 30, seed=91):
        assert [m.span() for m in _NUMBER_ANCHOR.finditer(t)] == [m.span() for m in _OLD_NUMBER_ANCHOR.finditer(t)]


_DATE_PIECES = ["2023", "1998", "20", "19", "年", "月", "日", "5", "12", " ", "\n", "\n\n", "\t", "\u3000", "x", "印发",
                "2024年1月2日", "。", "1"]


def test_date_line_gives_the_leftmost_search_date(texts):
    from medgraph.extract.structure import DATE_LINE, _date_line

    for t in texts + random_texts(_DATE_PIECES, 6000, 25, seed=92):
        old, new = DATE_LINE.search(t), _date_line(t)
        assert (old.groups() if old else None) == (new.groups() if new else None)


_SPEECH_PIECES = ["主持人", "主持", "人", "发布会", "发布", "记者", ":", "：", "新闻发言人", "新闻", "发言人", "x", "\n", "。"]


def test_speech_markers_count_the_words(texts):
    from medgraph.extract.structure import SPEECH_MARKERS, _speech_markers

    for t in texts + random_texts(_SPEECH_PIECES, 6000, 30, seed=93):
        for hi in (5000, 7, 20):
            assert _speech_markers(t, hi) == len(SPEECH_MARKERS.findall(t[:hi]))


_TOC_PIECES = ["目", "录", "次", "目录", " ", "\t", "\u3000", "#", "\n", "项目", "x", "。", "一、总则", "\n目 录\n"]


def test_toc_head_tried_only_where_its_words_meet(texts):
    from medgraph.extract.structure import _TOC_HEAD, _toc_head

    for t in texts + random_texts(_TOC_PIECES, 6000, 25, seed=94):
        for start in (0, 1, 3, 10):
            old, new = _TOC_HEAD.search(t, start), _toc_head(t, start)
            assert (old.span() if old else None) == (new.span() if new else None)


def test_trigger_starts_are_found_once_per_text(texts):
    from medgraph.extract import structure

    t = texts[0]
    first = structure._trigger_starts("cn_dun", t)
    assert structure._trigger_starts("cn_dun", t) is first
    assert first == structure._find_triggers("cn_dun", t)
    other = t + "\n二、x"
    assert structure._trigger_starts("cn_dun", other) == structure._find_triggers("cn_dun", other) != first
