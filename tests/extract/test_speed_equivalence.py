"""Fast searches that replace a plain regex scan must find exactly what the scan finds
(speed work on issue 12 keeps every extracted fact unchanged): the bundled seeds and random
strings built from the pieces the patterns are about."""

import random
import re

import pytest

from medgraph.documents import read_document
from medgraph.pipeline import bundled_files


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return [read_document(p).normalized for p in bundled_files()]


def _random_texts(pieces: list[str], n: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.group(0)) == (b.span(), b.group(0)))


def test_news_byline_search_equals_the_regex(seeds):
    from medgraph.extract.source_kind import _NEWS_STRONG, _news_strong

    pieces = ["本报讯", "本报", "记者", "通讯员", "新华社讯", "日电", "日", "电", "月", "3", "12", "北京", " ", "报道", "摄", "，"]
    texts = seeds + _random_texts(pieces, 20000, 14, 1)
    assert sum(_NEWS_STRONG.search(t) is not None for t in texts) > 1000   # the strings do hold bylines
    for t in texts:
        assert _same(_news_strong(t), _NEWS_STRONG.search(t)), t


def test_document_number_search_equals_the_regex(seeds):
    from medgraph.extract.structure import DOC_NUMBER, _doc_number

    pieces = ["京", "政", "发", "办", "〔", "〕", "[", "]", "【", "】", "(", ")", "（", "）", "2024", "1999", "19", " ",
              "\n", "12", "3", "号", "x", "一", "〔2023〕5号", "京政发"]
    texts = [t[:4000] for t in seeds] + _random_texts(pieces, 20000, 16, 2)
    assert sum(DOC_NUMBER.search(t) is not None for t in texts) > 500
    for t in texts:
        assert _same(_doc_number(t), DOC_NUMBER.search(t)), t


def test_paragraph_ends_equal_the_lookbehind_pattern(seeds):
    from medgraph.extract.relations import _PARAGRAPH_ENDS

    plain = re.compile(r"\n\s*\n|\n|(?<=[。！？])\s+(?=\S)")
    texts = seeds + _random_texts(["。", "！", "？", "\n", " ", "\t", "\u3000", "a", "字", "\r"], 20000, 14, 3)
    for t in texts:
        assert [m.end() for m in _PARAGRAPH_ENDS.finditer(t)] == [m.end() for m in plain.finditer(t)], t


def test_made_by_guard_changes_no_match(seeds):
    from medgraph.extract.issuers import _MADE_BY

    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", _MADE_BY.pattern))
    assert plain.pattern != _MADE_BY.pattern
    pieces = ["近日", "日前", "近期", "正式", "共同", "联合", "会同", "市科委", "研究", "关于", "制定", "制订", "编制", "起草",
              "修订发布", "发布实施", "发布", "印发", "出台", "了", "的", " ", "《", "》", "。", "近", "发"]
    texts = seeds + _random_texts(pieces, 20000, 10, 4)
    assert sum(_MADE_BY.search(t) is not None for t in texts) > 1000
    for t in texts:
        assert [(m.span(), m.group("co")) for m in _MADE_BY.finditer(t)] == \
            [(m.span(), m.group("co")) for m in plain.finditer(t)], t
