"""Cheap tests that skip a regex (session 7 speed work on issue 12) must skip only where the
regex cannot match: for random strings built from the pieces the patterns are about, every
match the plain search finds passes the guard in front of it, so the output is unchanged."""

import random

import pytest

from medgraph.documents import read_document
from medgraph.pipeline import bundled_files


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    out = []
    for p in bundled_files():
        out += ["".join(line.split()) for line in read_document(p).normalized.split("\n")[:80]]
    return out


def _random_texts(pieces: list[str], n: int, longest: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(n)]


def test_ends_kind_guard_equals_the_plain_search(seed_lines):
    from medgraph.extract import identity as I

    pieces = ["通知", "意见", "方案", "行动", "进度表", "任务表", "落实情况", "白皮书", "的函", "(2020—2030年)", "（试行）",
              "(", ")", "（", "）", "北京市", "关于", "。", ":", "|", "1", "2024", "\n", "x", "表", "知"]
    texts = seed_lines + _random_texts(pieces, 20000, 8, 11)
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
    texts = seed_lines + _random_texts(pieces, 20000, 10, 12)
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
