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
