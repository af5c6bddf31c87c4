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
from dataclasses import dataclass
from datetime import date, timedelta

_CN_DIGIT = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_DATE = r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
_ISO = r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})"
_LABELLED_ISSUED = re.compile(r"(?:成文日期|发布日期|印发日期|发文日期)\s*[\]】]?\s*[:：]?\s*(?:" + _DATE + "|" + _ISO + ")")
_LABELLED_FROM = re.compile(r"(?:实施日期|施行日期|生效日期)\s*[\]】]?\s*[:：]?\s*(?:" + _DATE + "|" + _ISO + ")")
_DATE_LINE = re.compile(r"^[ \t\u3000]*" + _DATE + r"[ \t\u3000]*$", re.M)
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


def policy_dates(text: str, title: str = "", title_span: tuple[int, int] | None = None, head: int = 3000) -> dict[str, Dated]:
    """``{issued, effective_from, effective_to}`` → Dated, each only when the text states it."""
    out: dict[str, Dated] = {}
    m = _LABELLED_ISSUED.search(text)
    if m and (v := _match_date(m)):
        out["issued"] = Dated(v, m.start(), m.end(), "成文/发布日期")
    else:
        for m in _DATE_LINE.finditer(text, 0, min(len(text), head)):
            if v := _ymd(*m.groups()):
                out["issued"] = Dated(v, m.start(1), m.end(3) + 1, "the date line of the issuing notice")
                break
    m = _LABELLED_FROM.search(text) or _FROM.search(text)
    if m and (v := _match_date(m)):
        out["effective_from"] = Dated(v, m.start(), m.end(), "entry into force stated")
    elif (m := _FROM_ISSUE.search(text)) and "issued" in out:
        out["effective_from"] = Dated(out["issued"].value, m.start(), m.end(), "in force from issue (自印发之日起施行)")
    m = _TO.search(text)
    if m and (v := _ymd(*m.groups())):
        out["effective_to"] = Dated(v, m.start(), m.end(), "end of validity stated")
    elif (m := _VALID_YEARS.search(text)) and "effective_from" in out and (n := _cn_int(m.group(1))):
        out["effective_to"] = Dated(_years_later(out["effective_from"].value, n), m.start(), m.end(), f"valid {n} years")
    p = _PERIOD.search(title) if title else None
    if p and int(p.group(1)) <= int(p.group(2)):
        lo, hi = title_span or (0, 0)
        off = text.find(p.group(0), lo, hi if hi > lo else len(text))
        s, e = (off, off + len(p.group(0))) if off >= 0 else (lo, hi)
        out.setdefault("effective_from", Dated(f"{p.group(1)}-01-01", s, e, "the period in the title"))
        out.setdefault("effective_to", Dated(f"{p.group(2)}-12-31", s, e, "the period in the title"))
    return out
