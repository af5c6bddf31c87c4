"""Small text helpers shared by extraction modules (simplified-script, normalized text)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUM_CHARS = "零〇一二两三四五六七八九十百"
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


@lru_cache(maxsize=4096)
def cn_to_int(text: str) -> int | None:
    """十七 → 17, 三十二 → 32, 一百零五 → 105, '17' → 17; None when not a number.
    Memoised (a pure function returning an int or None): structure reads the same few
    item numbers (一, 二, 十二) in every document."""
    text = text.strip().translate(FULLWIDTH_DIGITS)
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if any(c not in CN_NUM_CHARS for c in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = CN_DIGITS[ch]
    return total + current


def int_to_cn(n: int) -> str:
    """17 → 十七 (1..99), used to show numbers the way policies write them."""
    digits = "零一二三四五六七八九"
    if n < 10:
        return digits[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else digits[tens]
    return f"{head}十{digits[ones] if ones else ''}"


_SLUG_BAD = re.compile(r"[^0-9A-Za-z\u4e00-\u9fff]+")


@lru_cache(maxsize=65536)
def slug(text: str, max_len: int = 40) -> str:
    """URL-safe, human-readable id fragment; keeps Chinese characters (readable to users).
    Memoised: extraction slugs the same discovered names in every document."""
    s = _SLUG_BAD.sub("-", text).strip("-").lower()
    return s[:max_len].strip("-") or "x"


SENTENCE_END = re.compile(r"[。！？；!?;\n]")
_MATCH_START = re.Match.start


_ENDS: tuple[str, list[int]] = ("", [])  # the last text seen and its terminator positions


def _sentence_ends(text: str) -> list[int]:
    """Positions of sentence terminators in ``text``, computed once per text: extraction asks
    for the sentence around dozens of positions of the same document."""
    global _ENDS
    cached = _ENDS
    if cached[0] is text:
        return cached[1]
    ends = list(map(_MATCH_START, SENTENCE_END.finditer(text)))   # (C loop)
    _ENDS = (text, ends)
    return ends


# every sentence (and clause-list) end of a text, ascending, computed once per text
sentence_ends = _sentence_ends


def sentence_bounds(text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """[start, end) of the sentence around ``pos`` (end includes the terminator): start is
    just past the last terminator in [lo, pos) (else lo; pos itself when pos <= lo), end
    just past the first terminator in [pos, hi) (else hi)."""
    hi = len(text) if hi is None else hi
    cached = _ENDS   # (_sentence_ends inlined for the usual case: the same text as last time)
    ends = cached[1] if cached[0] is text else _sentence_ends(text)
    k = bisect_left(ends, pos)
    start = pos
    if pos > lo:
        start = ends[k - 1] + 1 if k and ends[k - 1] >= lo else lo
    end = ends[k] + 1 if k < len(ends) and ends[k] < hi else hi
    return start, end


def line_matches(rx: re.Pattern, text: str, words: tuple[str, ...], pos: int = 0, endpos: int | None = None) -> list[re.Match]:
    """``list(rx.finditer(text, pos, endpos))`` for a ``^``-anchored pattern (re.M) whose every
    match lies on one line and holds one of ``words``: tried only at the starts of the lines
    holding a word, in text order (a scan tried ``^`` at every position of the text)."""
    end = len(text) if endpos is None else min(endpos, len(text))
    out: list[re.Match] = []
    last_end = pos
    for ls in lines_holding(text, words, pos, end):
        if ls < last_end or ls > pos and text[ls - 1] != "\n":
            continue
        m = rx.match(text, ls, end)
        if m is not None:
            out.append(m)
            last_end = m.end()
    return out


_HOLDING: tuple[str, dict] = ("", {})   # the last text asked about and its answers by (words, pos, end)


def lines_holding(text: str, words: tuple[str, ...], pos: int, end: int) -> list[int]:
    """The starts of the lines of ``text[pos:end]`` holding one of ``words`` (a line cut by
    ``pos`` starts there), in text order. Remembered for the last text (a new list each call):
    tables and owners both ask for the lines holding 单位/部门/机关/责任主体 of a document."""
    global _HOLDING
    cached = _HOLDING
    if cached[0] is not text:
        cached = _HOLDING = (text, {})
    try:
        found = cached[1].get((words, pos, end))
    except TypeError:   # (unhashable words: not remembered)
        return _lines_holding(text, words, pos, end)
    if found is None:
        if len(cached[1]) >= 64:
            cached[1].clear()
        found = cached[1][(words, pos, end)] = _lines_holding(text, words, pos, end)
    return list(found)


def _lines_holding(text: str, words: tuple[str, ...], pos: int, end: int) -> list[int]:
    # one step per line holding a word, not per occurrence: the first occurrence of each word
    # on a line settles that line, the search for it resumes on the next line
    if "" in words:   # (an empty word occurs at every position: every line of the span holds it)
        return sorted({max(pos, text.rfind("\n", 0, i) + 1) for i in word_starts(text, words, pos, end)})
    found: set[int] = set()
    find, rfind = text.find, text.rfind
    for w in words:
        i = find(w, pos, end)
        while i != -1:
            found.add(max(pos, rfind("\n", 0, i) + 1))
            nl = find("\n", i)
            if nl == -1:
                break
            i = find(w, nl + 1, end)
    return sorted(found)


def strip_span(text: str, a: int, b: int, blanks: str = " \t\u3000") -> tuple[int, int]:
    """``text[a:b]`` without the ``blanks`` at its ends, as positions (str.strip on a span
    without slicing the text)."""
    while a < b and text[a] in blanks:
        a += 1
    while b > a and text[b - 1] in blanks:
        b -= 1
    return a, b


def word_starts(text: str, words: tuple[str, ...], pos: int = 0, end: int | None = None) -> list[int]:
    """Where each of ``words`` occurs in ``text[pos:end]`` (overlaps included), in text order."""
    end = len(text) if end is None else end
    starts: set[int] = set()
    for w in words:
        i = text.find(w, pos, end)
        while i != -1:
            starts.add(i)
            i = text.find(w, i + 1, end)
    return sorted(starts)


def matches_before(rx: re.Pattern, text: str, triggers: list[int], skippable: Callable[[str], bool],
                   line_start: bool = False) -> list[re.Match]:
    """``list(rx.finditer(text))`` for a pattern every match of which starts in the run of
    ``skippable`` characters right before one of ``triggers`` (sorted positions; the trigger
    itself included) — with ``line_start``, only at a line's start (``^`` under re.M): the
    pattern is tried at those few positions, in text order, each trigger's first match kept
    (a whole-text scan of a pattern opening with ``^`` or a lookbehind tries every position)."""
    out: list[re.Match] = []
    last_end = 0
    for q in triggers:
        p = q
        while p > 0 and skippable(text[p - 1]):
            p -= 1
        for start in range(max(p, last_end), q + 1):
            if line_start and start and text[start - 1] != "\n":
                continue
            m = rx.match(text, start)
            if m:
                out.append(m)
                last_end = m.end()
                break
    return out
