"""Fast searches that replace a plain regex scan must find exactly what the scan finds
(speed work on issue 12 keeps every extracted fact unchanged): the bundled seeds and random
strings built from the pieces the patterns are about."""

import random
import re

import pytest

from medgraph.documents import read_document
from medgraph.pipeline import bundled_files

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return seed_texts()


def _same(a: re.Match | None, b: re.Match | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.group(0)) == (b.span(), b.group(0)))


def test_news_byline_search_equals_the_regex(seeds):
    from medgraph.extract.source_kind import _NEWS_STRONG, _news_strong

    pieces = ["本报讯", "本报", "记者", "通讯员", "新华社讯", "日电", "日", "电", "月", "3", "12", "北京", " ", "报道", "摄", "，"]
    texts = seeds + random_texts(pieces, 20000, 14, 1)
    assert sum(_NEWS_STRONG.search(t) is not None for t in texts) > 1000   # the strings do hold bylines
    for t in texts:
        assert _same(_news_strong(t), _NEWS_STRONG.search(t)), t


def test_document_number_search_equals_the_regex(seeds):
    from medgraph.extract.structure import DOC_NUMBER, _doc_number

    pieces = ["京", "政", "发", "办", "〔", "〕", "[", "]", "【", "】", "(", ")", "（", "）", "2024", "1999", "19", " ",
              "\n", "12", "3", "号", "x", "一", "〔2023〕5号", "京政发"]
    texts = [t[:4000] for t in seeds] + random_texts(pieces, 20000, 16, 2)
    assert sum(DOC_NUMBER.search(t) is not None for t in texts) > 500
    for t in texts:
        assert _same(_doc_number(t), DOC_NUMBER.search(t)), t


def test_paragraph_ends_equal_the_lookbehind_pattern(seeds):
    from medgraph.extract.relations import _PARAGRAPH_ENDS

    plain = re.compile(r"\n\s*\n|\n|(?<=[。！？])\s+(?=\S)")
    texts = seeds + random_texts(["。", "！", "？", "\n", " ", "\t", "\u3000", "a", "字", "\r"], 20000, 14, 3)
    for t in texts:
        assert [m.end() for m in _PARAGRAPH_ENDS.finditer(t)] == [m.end() for m in plain.finditer(t)], t


def test_made_by_guard_changes_no_match(seeds):
    from medgraph.extract.issuers import _MADE_BY

    plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)", "", _MADE_BY.pattern))
    assert plain.pattern != _MADE_BY.pattern
    pieces = ["近日", "日前", "近期", "正式", "共同", "联合", "会同", "市科委", "研究", "关于", "制定", "制订", "编制", "起草",
              "修订发布", "发布实施", "发布", "印发", "出台", "了", "的", " ", "《", "》", "。", "近", "发"]
    texts = seeds + random_texts(pieces, 20000, 10, 4)
    assert sum(_MADE_BY.search(t) is not None for t in texts) > 1000
    for t in texts:
        assert [(m.span(), m.group("co")) for m in _MADE_BY.finditer(t)] == \
            [(m.span(), m.group("co")) for m in plain.finditer(t)], t


def test_clause_ends_equal_the_character_walks():
    """targets._clause_start and relations._clause_evidence find clause ends by one regex each;
    they must give what walking character by character gave."""
    from types import SimpleNamespace

    from medgraph.extract.relations import _clause_evidence
    from medgraph.extract.targets import _clause_start

    def walk_start(text, lo, pos):
        i = pos
        while i > lo and text[i - 1] not in "，,。；;：:！？!?\n":
            i -= 1
        return i

    def walk_evidence(text, hits, lo, hi):
        spans = []
        for s, e, _ in hits:
            a = s
            while a > lo and text[a - 1] not in "，,。；;：:\n":
                a -= 1
            b = e
            while b < hi and text[b] not in "，,。；;：:\n":
                b += 1
            if (a, b) not in spans:
                spans.append((a, b))
        return spans[:3]

    rng = random.Random(6)
    quote = SimpleNamespace(ev=lambda a, b, method, conf: (a, b))
    for t in random_texts(list("，,。；;：:！？!?\n字a 1"), 20000, 24, 5):
        lo, pos = rng.randint(0, len(t)), rng.randint(0, len(t))
        assert _clause_start(t, lo, pos) == walk_start(t, lo, pos), (t, lo, pos)
        hi = rng.randint(0, len(t))
        hits = [(s, rng.randint(s, len(t)), "k") for s in (rng.randint(0, len(t)) for _ in range(rng.randint(1, 4)))]
        got = _clause_evidence(SimpleNamespace(text=t, spans=quote), hits, SimpleNamespace(body_start=lo, end=hi), 0.5)
        assert got == walk_evidence(t, hits, lo, hi), (t, lo, hi, hits)


def test_remit_hits_drop_the_hits_inside_longer_ones():
    """RemitIndex.hits: per bureau, its keyword hits in text order, none strictly inside a
    longer hit (a plain scan of every keyword, compared on the seeds' measures' spans)."""
    from medgraph.catalog import load_catalog
    from medgraph.extract.remits import RemitIndex

    catalog = load_catalog()
    index = RemitIndex(catalog)
    lead = {(kw, e.id) for e in catalog.entries.values() for kw in e.remit_lead if kw}
    support = {(kw, e.id) for e in catalog.entries.values() for kw in e.remit_support if kw}
    words = sorted({kw for kw, _ in lead | support})
    rng = random.Random(8)
    texts = [read_document(p).normalized for p in bundled_files()]
    checked = 0
    for t in texts:
        for _ in range(40):
            lo = rng.randint(0, len(t))
            hi = min(len(t), lo + rng.randint(0, 800))
            spans = sorted({(i, i + len(w), w) for w in words for i in _occurrences(t, w, lo, hi)},
                           key=lambda h: (h[0], -h[1]))
            kept, max_end = [], -1
            for s, e, w in spans:
                if e > max_end:
                    kept.append((s, e, w))
                max_end = max(max_end, e)
            expected: dict = {}
            for s, e, w in kept:
                for kind, table in ((0, lead), (1, support)):
                    for bid in sorted({b for k, b in table if k == w}):
                        expected.setdefault(bid, ([], []))[kind].append((s, e, w))
            got = {b: ([tuple(h) for h in ls], [tuple(h) for h in ss]) for b, (ls, ss) in index.hits(t, lo, hi).items()}
            assert got == expected
            checked += sum(len(a) + len(b) for a, b in got.values())
    assert checked > 200


def _occurrences(text: str, word: str, lo: int, hi: int):
    i = text.find(word, lo, hi)
    while i != -1:
        yield i
        i = text.find(word, i + 1, hi)


def test_offset_map_span_equals_the_two_index_lookups():
    """OffsetMap.span bisects once when both ends lie in one kept span: the same answer as
    (index(start), index(end - 1) + 1) for every span of random kept-span layouts (gaps of
    0-4 characters, so adjacent spans too)."""
    from medgraph.textnorm import OffsetMap

    rng = random.Random(12)
    checked = 0
    for _ in range(1500):
        spans, pos = [], rng.randint(0, 3)
        for _ in range(rng.randint(2, 8)):
            a = pos + rng.randint(0, 4)
            pos = a + rng.randint(1, 6)
            spans.append((a, pos))
        om = OffsetMap(spans, pos + rng.randint(0, 3))
        n = sum(b - a for a, b in spans)
        for s in range(n + 1):
            for e in range(s + 1, n + 1):
                assert om.span(s, e) == (om.index(s), om.index(e - 1) + 1), (spans, s, e)
                checked += 1
    assert checked > 100000


def test_own_stem_precheck_skips_only_texts_without_a_match():
    """places._own_stem compiles its trigger+stem pattern only when a trigger word stands right
    before the stem somewhere: the pattern matches nothing in every text the check skips."""
    from medgraph.extract.places import _STEM_TRIGGER_WORDS, _STEM_TRIGGERS

    pieces = ["在", "落户", "落", "户", "位于", "入驻", "落地", "迁入", "谯城", "谯", "城", "区", "县", "，", "建设", "\n"]
    rx = re.compile("(?:" + _STEM_TRIGGERS + ")(" + re.escape("谯城") + ")(?![区县旗])")
    texts = random_texts(pieces, 20000, 10, 12)
    assert sum(rx.search(t) is not None for t in texts) > 1000
    for t in texts:
        if not any(w + "谯城" in t for w in _STEM_TRIGGER_WORDS):
            assert rx.search(t) is None, t


def test_file_stem_and_suffix_equal_pathlib():
    """documents._stem_suffix answers what Path(name).stem and .suffix answer (document ids and
    formats come from them), for random names of dots, slashes and letters."""
    from pathlib import Path

    from medgraph.documents import _stem_suffix

    names = random_texts([".", "/", "a", "txt", "文件", " ", ".."], 30000, 7, 14) + ["", ".", "/", "a/.", "a/b/", "..", ".txt", "a.", "x/.md"]
    for n in names:
        assert _stem_suffix(n) == (Path(n).stem, Path(n).suffix), repr(n)
