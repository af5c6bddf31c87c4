"""Small text helpers shared by extraction modules (simplified-script, normalized text)."""

from __future__ import annotations

import re
from functools import lru_cache

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_NUM_CHARS = "零〇一二两三四五六七八九十百"
FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def cn_to_int(text: str) -> int | None:
    """十七 → 17, 三十二 → 32, 一百零五 → 105, '17' → 17; None when not a number."""
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


def sentence_bounds(text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """[start, end) of the sentence around ``pos`` (end includes the terminator)."""
    hi = len(text) if hi is None else hi
    start = pos
    while start > lo and not SENTENCE_END.match(text[start - 1]):
        start -= 1
    m = SENTENCE_END.search(text, pos, hi)
    end = m.end() if m else hi
    return start, end
