"""Local branches of the state's vertically managed organs, named with their place.

The central bank, the financial regulators, customs, the statistics survey teams and (until
2018) the entry-exit inspection bureaus are national organs that keep offices in provinces and
cities; owner lists and joint notices name those offices (人民银行滁州市中心支行, 大理银保监分局,
江苏证监局, 国家金融监督管理总局湖北监管局, 厦门出入境检验检疫局, 市人行). A branch is a body of
its own: neither the national organ (国家金融监督管理总局 inside the name is not the owner) nor
the city's government department — and bodies.py's place + core + suffix shape cannot name it
(the organ's name stands before the place).

The forms are general knowledge of Chinese state organisation, not one document's wording:
the organ (full or short), the place, the branch word; or the place, the organ's short word,
局/分局; or a relative 市人行/县人行 (the document's own place). A place is one a list knows (a
province, a city, a prefecture, an autonomous prefecture) or the document's own.

One cheap pass: the branch words are found first (a handful of literals); only the text just
before each is read."""

from __future__ import annotations

import re

from medgraph.extract import gazetteer

_CJK = "\u4e00-\u9fff"
# what ends a branch's name (the anchors): longest first
_ANCHOR = re.compile(r"营业管理部|中心支行|监管分局|监管局|调查队|出入境检验检疫局|分行|支行|银保监分局|银保监局|证监局"
                     r"|银监分局|银监局|保监局|金融监管分局|人行(?![道横天])|海关(?!总署)")   # (市人行道, 人行横道/天桥: a walkway)
# the organ before the place (full and short names), per anchor family
_BANK = r"(?:中国人民银行|人民银行|人行)"
_REGULATOR = (r"(?P<reg>国家金融监督管理总局|中国银行保险监督管理委员会|中国银行业监督管理委员会|中国保险监督管理委员会"
              r"|中国证券监督管理委员会|中国银保监会|中国证监会)")
_PLACE = r"(?P<p>[" + _CJK + r"]{2,9}?)"
_FULL = {
    "bank": re.compile(r"(?P<org>" + _BANK + r")" + _PLACE + r"(?P<suf>营业管理部|中心支行|分行|支行)$"),
    "regulator": re.compile(_REGULATOR + _PLACE + r"(?P<suf>监管局|监管分局)$"),
    "survey": re.compile(r"国家统计局" + _PLACE + r"调查队$"),
    "inspection": re.compile(_PLACE + r"出入境检验检疫局$"),
    "short": re.compile(_PLACE + r"(?P<short>银保监|证监|银监|保监|金融监管)(?P<suf>分局|局)$"),
    "customs": re.compile(_PLACE + r"海关$"),
}
_FULL_REGULATOR = {"中国银保监会": "中国银行保险监督管理委员会", "中国证监会": "中国证券监督管理委员会"}
_SHORT_REGULATOR = {"银保监": "中国银行保险监督管理委员会", "证监": "中国证券监督管理委员会",
                    "银监": "中国银行业监督管理委员会", "保监": "中国保险监督管理委员会", "金融监管": "国家金融监督管理总局"}
# a relative 人行: the document's own place's branch of the central bank
_RELATIVE_BANK = re.compile(r"(?P<lvl>[市县区州])人行$")
_WINDOW = 24
_LEVEL_ENDS = ("特别行政区", "壮族自治区", "回族自治区", "维吾尔自治区", "自治区", "自治州", "省", "市", "州", "盟", "地区")
# what may stand right before a name (a list, a field, a lead-in word)
_BEFORE = frozenset("、，,；;：:（(）)“”\"《》 \t\n\u3000|和及与由经同请对向将并")


def _stem(place: str) -> str:
    for end in _LEVEL_ENDS:
        if place.endswith(end) and len(place) > len(end) + 1:
            return place[: -len(end)]
    return place


def _known(place: str, own: str) -> bool:
    """Is ``place`` (as written: 滁州市, 大理, 江苏, 福建) a place a list knows or the document's own?"""
    stem = _stem(place)
    return bool(stem) and (stem == own or stem in gazetteer.PROVINCES or stem in gazetteer.CITY_PROVINCE
                           or stem in gazetteer.PREFECTURES or stem in gazetteer.AUTONOMOUS_PREFECTURES
                           or stem in gazetteer.MUNICIPALITIES or stem in gazetteer.REGIONS or stem == "北京")


def _level(place: str) -> str:
    stem = _stem(place)
    return "province" if stem in gazetteer.PROVINCES or place.endswith(("省", "自治区")) else "city"


def find(text: str, own_city: str, own_city_full: str) -> list[tuple[int, int, str, str, str]]:
    """The branches named in ``text``: (start, end, name, level, jurisdiction), in text order
    (a customs office's name starts 中华人民共和国).
    ``own_city``/``own_city_full``: the document's place (滁州, 滁州市), for 市人行 and places no
    list knows."""
    if "行" not in text and "监" not in text and "调查队" not in text and "检疫局" not in text and "海关" not in text:
        return []
    out: list[tuple[int, int, str, str, str]] = []
    last = -1
    for a in _ANCHOR.finditer(text):
        e = a.end()
        lo = max(0, a.start() - _WINDOW, last)
        window = text[lo:e]
        hit = None
        for family, rx in _FULL.items():
            m = rx.search(window)
            if m is None:
                continue
            # the shortest place that is a place: the lazy group may have taken debris before it
            p0 = m.start("p")
            place = m.group("p")
            start = lo + m.start()
            if family in ("inspection", "short", "customs"):
                # the place opens the name: find where, from the right (the last 2–9 characters)
                while place and not _known(place, own_city) and len(place) > 2:
                    place = place[1:]
                    p0 += 1
                start = lo + p0
                if not _known(place, own_city) or (start > 0 and text[start - 1] not in _BEFORE
                                                    and "\u4e00" <= text[start - 1] <= "\u9fff"):
                    continue
            elif not _known(place, own_city):
                continue
            if family == "bank":
                name = "中国人民银行" + place + m.group("suf")
            elif family == "regulator":
                name = _FULL_REGULATOR.get(m.group("reg"), m.group("reg")) + place + m.group("suf")
            elif family == "survey":
                name = "国家统计局" + place + "调查队"
            elif family == "inspection":
                name = place + "出入境检验检疫局"
            elif family == "customs":
                name = "中华人民共和国" + _stem(place) + "海关"   # (as bodies.py names 天津海关)
            else:
                if m.group("short") == "金融监管" and m.group("suf") != "分局":
                    continue   # 湖北金融监管局 / 市金融监管局: a local government's financial office too
                name = _SHORT_REGULATOR[m.group("short")] + place + ("监管分局" if m.group("suf") == "分局" else "监管局")
            hit = (start, e, name, _level(place), _stem(place))
            break
        if hit is None and a.group(0) == "人行" and own_city_full:
            r = _RELATIVE_BANK.search(window)
            if r is not None and r.group("lvl") == "市" and own_city_full.endswith("市"):
                start = lo + r.start()
                if start == 0 or text[start - 1] in _BEFORE or not "\u4e00" <= text[start - 1] <= "\u9fff":
                    hit = (start, e, "中国人民银行" + own_city_full + "中心支行", "city", own_city)
        if hit is not None:
            out.append(hit)
            last = e
    return out
