"""A policy's dates, each with the words that state it.

- ``issued``: 成文日期 / 发布日期 / 印发日期, or the date line of the issuing notice's
  signature block (a line holding nothing but a date);
- ``effective_from``: 自2024年1月1日起施行 (or 自印发/发布之日起施行 = issued), 实施日期;
  else the first year of a period in the title (2024—2026年 → 2024-01-01);
- ``effective_to``: 有效期至…, 有效期N年 (from effective_from), 施行至…, else the last year
  of the title's period (→ 12-31).

A policy superseded by a later edition ends when the successor starts; that needs the
successor, so it is decided at query time (medgraph.validity), not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta


_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_DATE = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_ISO = r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})"
# the date a document was signed (成文日期, its spaced and bracketed forms: [ 成文日期 ] | 2021-08-17,
# 发 文 日 期: | 2010-08-11 00:00:00); a web page's 发布日期 is when the page went up, not the
# document's date (README "Numbers and dates as written")
_LABELLED_ISSUED = re.compile(r"(?:成\s?文|印\s?发|发\s?文|签\s?发|颁\s?布)\s?(?:日\s?期|时\s?间)[ \t\u3000]*[\]】]?[ \t\u3000|｜:：]*(?:"
                              + _DATE + "|" + _ISO + ")")
_LABELLED_FROM = re.compile(r"(?:实施日期|施行日期|生效日期)\s*[\]】]?\s*[:：]?\s*(?:" + _DATE + "|" + _ISO + ")")
_DATE_LINE = re.compile(r"^[ \t\u3000]*" + _DATE + r"[ \t\u3000]*$", re.M)
# a signature's date as pages print it: alone on its line (in brackets under a title, its 年月日
# in Chinese numerals, spaced, its 日 lost, or its glyphs lost: 2017年323, 2020628), or at the
# end of the signatories' line (临海市发展和改革局 临海市科学技术局 2022年6月7日); a report's
# dateline (——2020年7月29日在…会议上)
_CN_NUM = r"[〇○零一二三四五六七八九十]"
_SIGNED_DATE = re.compile(
    r"^[ \t\u3000]*(?:[—－-]{1,2}[ \t\u3000]*|[(（]|(?P<names>[^\n。；;，,:：]{2,60}[ \t\u3000]))?"
    r"(?:(?P<y>(?:19|20)\d{2})[ \t]*年[ \t]*(?P<m>\d{1,2})[ \t]*月[ \t]*(?P<d>\d{1,2})[ \t]*日?"
    r"|(?P<cy>" + _CN_NUM + r"{4}|[一二][〇○零一二三四五六七八九0OＯ０]{3})年(?P<cm>" + _CN_NUM + r"{1,2})月(?P<cd>" + _CN_NUM + r"{1,3})日"
    r"|(?P<ly>(?:19|20)\d{2})年?(?P<lost>\d{2,4}))"
    r"(?P<at>[)）]|(?<=日)在[^\n]{0,40})?[ \t\u3000]*$", re.M)


def _lines_holding(text: str, words: tuple[str, ...], hi: int) -> Iterator[int]:
    """``lines_holding(text, words, 0, hi)`` read lazily, in text order: the first occurrence of
    a word from ``pos`` on gives the next line; the search goes on after that line (the caller
    stops at its first date, so the rest of the head is not searched)."""
    # each word's first occurrence at or after ``pos``, found again only once ``pos`` passed it
    # (a year far below, or none, was searched for up to the end of the head at every line)
    ahead = [text.find(w, 0, hi) for w in words]
    pos = 0
    while pos < hi:
        i = -1
        for k, j in enumerate(ahead):
            if 0 <= j < pos:
                j = ahead[k] = text.find(words[k], pos, hi)
            if j != -1 and (i == -1 or j < i):
                i = j
        if i == -1:
            return
        yield text.rfind("\n", 0, i) + 1
        le = text.find("\n", i, hi)
        if le == -1:
            return
        pos = le + 1


def _signed_dates(text: str, hi: int) -> Iterator[re.Match]:
    """``_SIGNED_DATE.finditer(text, 0, hi)``: every match lies on one line, holds 年 or a
    year's 19/20 (``_lines_holding``) and ends the line with its date — a digit, 日, a closing
    bracket — or with the words after its 日在 (a report's dateline); other lines are not tried.
    A generator: policy_dates stops at the first date that signs, most often the head's first
    one (the rest of the head's lines were tried for nothing)."""
    for ls in _lines_holding(text, ("年", "19", "20"), hi):
        le = text.find("\n", ls, hi)
        le = hi if le == -1 else le
        last = text[ls:le].rstrip(" \t\u3000")[-1:]
        if last and (last in "日)）" or last.isdecimal() or text.find("日在", ls, le) != -1):
            m = _SIGNED_DATE.match(text, ls, hi)
            if m is not None:
                yield m


_SIGNATORY_END = re.compile(r"(?:政府|委员会|局|厅|办公室|办公厅|委|办|管委会)[ \t\u3000]*$")
_FROM = re.compile(r"自\s*" + _DATE + r"\s*起\s*(?:施行|实施|执行|生效)")
_FROM_ISSUE = re.compile(r"自\s*(?:印发|发布|公布|颁布)之日起\s*(?:施行|实施|执行|生效)")
_TO = re.compile(r"(?:有效期至|有效期截至|施行至|实施至|执行至|有效期到)\s*" + _DATE)
_VALID_YEARS = re.compile(r"有效期\s*(?:为)?\s*([一二三四五六七八九十两\d]{1,2})\s*年")
_PERIOD = re.compile(r"((?:19|20)\d{2})\s*[-—–~～至]\s*((?:19|20)\d{2})\s*年")


@dataclass(frozen=True)
class Dated:
    value: str          # YYYY-MM-DD
    start: int          # span of the words that state it (in the text given)
    end: int
    basis: str


def _ymd(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _match_date(m: re.Match) -> str | None:
    g = [x for x in m.groups() if x is not None]
    return _ymd(*g[-3:]) if len(g) >= 3 else None


def _cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN_DIGIT.get(s[1], 0)
    return _CN_DIGIT.get(s)


def _years_later(iso: str, years: int) -> str:
    d = date.fromisoformat(iso)
    try:
        end = d.replace(year=d.year + years)
    except ValueError:  # 29 February
        end = d.replace(year=d.year + years, day=28)
    return (end - timedelta(days=1)).isoformat()


def _cn_year(s: str) -> str:
    return "".join(str(_CN_DIGIT.get(ch, 0)) if ch != "○" else "0" for ch in s)


def _lost_glyphs(y: str, rest: str) -> str | None:
    """A date whose 年/月/日 a page lost (2017 + 323, 2016 + 75): month and day when only one
    split of the digits gives a valid date (112 may be 1-12 or 11-2: no date)."""
    splits = {2: [(1, 2)], 3: [(1, 3), (2, 3)], 4: [(2, 4)]}.get(len(rest), [])
    found = {v for a, _ in splits if (v := _ymd(y, rest[:a], rest[a:]))}
    return found.pop() if len(found) == 1 else None


def _signed_date(m: re.Match) -> str | None:
    if m.group("y"):
        return _ymd(m.group("y"), m.group("m"), m.group("d"))
    if m.group("cy"):
        mo, d = _cn_int(m.group("cm")), _cn_day(m.group("cd"))
        return _ymd(_cn_year(m.group("cy")), str(mo), str(d)) if mo and d else None
    return _lost_glyphs(m.group("ly"), m.group("lost"))


def _cn_day(s: str) -> int | None:
    """二十三 → 23, 三十一 → 31, 十八 → 18, 九 → 9."""
    if len(s) == 3 and s[1] == "十":
        return _CN_DIGIT.get(s[0], 0) * 10 + _CN_DIGIT.get(s[2], 0)
    if len(s) == 2 and s[1] == "十":
        return _CN_DIGIT.get(s[0], 0) * 10
    return _cn_int(s)


def policy_dates(text: str, title: str = "", title_span: tuple[int, int] | None = None, head: int = 3000) -> dict[str, Dated]:
    """``{issued, effective_from, effective_to}`` → Dated, each only when the text states it."""
    out: dict[str, Dated] = {}
    hi = min(len(text), head)
    # (every label holds 日期 or 时间, its characters perhaps spaced: a head without 期 or 间 holds none)
    m = _LABELLED_ISSUED.search(text, 0, hi) if text.find("期", 0, hi) != -1 or text.find("间", 0, hi) != -1 else None
    if m and (v := _match_date(m)):
        out["issued"] = Dated(v, m.start(), m.end(), "成文日期")
    else:
        for m in _signed_dates(text, hi):
            names = m.group("names")
            if names and m.group("lost") and not _SIGNATORY_END.search(names):
                continue   # digits after words are no date a page lost its glyphs from (X人民政府 2017821 is)
            if (m.group("at") or "").startswith("在") and not m.group(0).lstrip(" \t\u3000").startswith(("—", "－", "-")):
                continue   # 2019年1月8日在…: a sentence, unless a report's dateline (——…在…会议上)
            if v := _signed_date(m):
                s = next(m.start(g) for g in ("y", "cy", "ly") if m.group(g))
                e = m.start("at") if m.group("at") else m.end()
                out["issued"] = Dated(v, s, len(text[:e].rstrip()), "the date line of the issuing notice")
                break
    # (a whole-text search each: tried only in a text holding the words every match holds)
    m = (_LABELLED_FROM.search(text) if "期" in text and "日期" in text else None) or _FROM.search(text)
    if m and (v := _match_date(m)):
        out["effective_from"] = Dated(v, m.start(), m.end(), "entry into force stated")
    elif "issued" in out and (m := _FROM_ISSUE.search(text)):
        out["effective_from"] = Dated(out["issued"].value, m.start(), m.end(), "in force from issue (自印发之日起施行)")
    # (every match holds 至 — found by a one-character scan — or 有效期到)
    m = _TO.search(text) if "至" in text or "有效期到" in text else None
    if m and (v := _ymd(*m.groups())):
        out["effective_to"] = Dated(v, m.start(), m.end(), "end of validity stated")
    elif "effective_from" in out and (m := _VALID_YEARS.search(text)) and (n := _cn_int(m.group(1))):
        out["effective_to"] = Dated(_years_later(out["effective_from"].value, n), m.start(), m.end(), f"valid {n} years")
    p = _PERIOD.search(title) if title else None
    if p and int(p.group(1)) <= int(p.group(2)):
        lo, hi = title_span or (0, 0)
        off = text.find(p.group(0), lo, hi if hi > lo else len(text))
        s, e = (off, off + len(p.group(0))) if off >= 0 else (lo, hi)
        out.setdefault("effective_from", Dated(f"{p.group(1)}-01-01", s, e, "the period in the title"))
        out.setdefault("effective_to", Dated(f"{p.group(2)}-12-31", s, e, "the period in the title"))
    return out
