"""The jurisdiction a user states for a document at load time.

Many real texts never name their own place: a bureau's notice says 市科技局 and 市财政局, a
district's list says 区卫健委, and the city is only in the site the page came from. Extraction
then cannot tell whose 市科技局 it is and, rather than guess (a wrong owner is worse than none),
names no such body and links no owner. The person loading the document usually knows where it
comes from (``medgraph load --jurisdiction 上海市``, ``POST /documents?jurisdiction=上海市``);
this module turns what they typed into the jurisdiction key extraction uses (the place's stem,
as :func:`medgraph.extract.entities.detect_jurisdiction` returns it). A place the text names
itself always wins: the given one only fills the gap (extract() warns when they differ).
"""
from __future__ import annotations

from medgraph.extract import gazetteer
from medgraph.extract.bodies import NATIONAL

# longest first: 新疆维吾尔自治区 loses 维吾尔自治区, not 自治区
_LEVEL_WORDS = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
_NATIONAL_WORDS = frozenset({"国家", "全国", "中央", "national", "china", "中国", "中华人民共和国"})


class UnknownJurisdiction(ValueError):
    """The given jurisdiction is not a province or city medgraph knows."""


def normalize(name: str | None) -> str:
    """The jurisdiction key for a place a user typed (上海市 / 上海 → 上海, 广西壮族自治区 → 广西,
    国家 → the national key); "" for nothing given. Raises :class:`UnknownJurisdiction` with a
    message saying what is accepted: districts and counties are refused, since their city cannot
    be told from the name alone without a county gazetteer."""
    raw = (name or "").strip()
    if not raw:
        return ""
    if raw.lower() in _NATIONAL_WORDS:
        return NATIONAL
    stem = raw
    for word in _LEVEL_WORDS:
        if stem.endswith(word) and len(stem) > len(word):
            stem = stem[: -len(word)]
            break
    if stem == "北京" or stem in gazetteer.OTHER_CITIES or stem in gazetteer.PREFECTURES or stem in gazetteer.PROVINCES:
        return stem
    raise UnknownJurisdiction(
        f"unknown jurisdiction {raw!r}: give a province, autonomous region or city as written in Chinese "
        "(北京市, 上海市, 广东省, 广西壮族自治区, 十堰市) or 国家 for national bodies; districts and counties "
        "are not supported yet — give their city")
