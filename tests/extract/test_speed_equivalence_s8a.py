"""Speed work on issue 12, session 8, part A (bodies, entities): each fast path must find exactly
what the code it replaces finds — the bundled seeds and seeded random strings built from the
pieces the patterns are about. The old code is kept here, verbatim, as the reference."""

import re

import pytest

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return seed_texts()


def _old_city_stems(text: str, hi: int = 20000) -> list[str]:
    """bodies._city_stems before session 8: every 市 from position 2 on is tried."""
    from medgraph.extract.bodies import _ANY_CITY, _KNOWN_NAMES, _KNOWN_TWO, _LONG_SET, _MARKET_WORDS

    out: list[str] = []
    last = 0
    k = text.find("市", 2, hi)
    while k != -1:
        if text[k + 1:k + 2] in _MARKET_WORDS:
            k = text.find("市", k + 1, hi)
            continue
        starts = (k - 2, k - 3) if text[k - 2:k] in _KNOWN_TWO and text[k - 3:k] not in _KNOWN_NAMES else (k - 4, k - 3, k - 2)
        for start in starts:
            if start == k - 4 and text[start:k] not in _LONG_SET:
                continue
            if start >= last:
                m = _ANY_CITY.match(text, start, k + 1)
                if m is not None and m.end() == k + 1:
                    out.append(m.group(1))
                    last = m.end()
                    break
        k = text.find("市", k + 1, hi)
    return out


_CITY_PIECES = ["市", "市", "市场", "市民", "市值", "北京", "德阳", "鄂尔多斯", "齐齐哈尔", "六盘水", "城", "全", "在", "对",
                "与", "和", "及", "、", "，", "\n", " ", "x", "1", "人民政府", "科技局", "的", "省", "区", "县", "呼伦贝尔",
                "鄂", "尔多斯", "（", "》", "各设区", "年", "2024年", "铜仁", "在铜仁"]


def test_city_stems_try_only_the_ends_a_name_can_have(seeds):
    from medgraph.extract import bodies

    texts = seeds + random_texts(_CITY_PIECES, 4000, 40, seed=81) + random_texts(_CITY_PIECES, 300, 400, seed=82)
    found = 0
    for t in texts:
        bodies._STEMS = ("", [])
        got = bodies._city_stems(t)
        assert got == _old_city_stems(t), t
        found += len(got)
        for hi in (0, 3, 5, 17):   # the window's end cuts a name: the same cut as before
            bodies._STEMS = ("", [])
            assert bodies._city_stems(t, hi) == _old_city_stems(t, hi), (t, hi)
    assert found > 1000   # the strings do name cities: the test can fail


def test_city_stems_of_known_strings():
    from medgraph.extract import bodies

    bodies._STEMS = ("", [])
    assert bodies._city_stems("德阳市人民政府关于加强城市管理，全市、在成都市和\n鄂尔多斯市；x六盘水市场") == ["德阳", "成都", "鄂尔多斯"]


def _old_issuer_place(head: str):
    """bodies._issuer_place before session 8: every 市/省 is tried."""
    from medgraph.extract.bodies import _ISSUER_PLACE, _LONG_SET, place_stem

    last = 0
    for k in re.finditer(r"[市省]", head):   # (the pattern bodies._LEVEL_WORD held then)
        for start in (k.start() - 4, k.start() - 3, k.start() - 2):
            if start < last or start == k.start() - 4 and head[max(0, start):k.start()] not in _LONG_SET:
                continue
            m = _ISSUER_PLACE.match(head, start)
            if m is not None and m.end(2) == k.end():
                last = m.end()
                if place_stem(m.group(1)):
                    return m.start(), m.group(1)
                break
    return None


_ISSUER_PIECES = ["市", "省", "人民政府", "政府", "科技局", "卫生健康委员会", "办公厅", "德阳", "湖北", "鄂尔多斯", "齐齐哈尔",
                  "全", "代行", "落实", "\n", " ", "：", ":", "|", "#", ">", "（", "(", "【", "[", "1", "2", ".", "．", "号",
                  "24号", "城", "、", "，", "x", "\x00", "关于", "印发"]


def test_issuer_place_tries_only_the_ends_a_place_can_have(seeds):
    from medgraph.extract.bodies import _CITED, _blank, _issuer_place

    heads = [_CITED.sub(_blank, t[:1000]) for t in seeds]
    heads += [t[i:i + 1000] for t in seeds for i in range(0, len(t), 997)]
    texts = heads + random_texts(_ISSUER_PIECES, 5000, 30, seed=83) + random_texts(_ISSUER_PIECES, 300, 300, seed=84)
    found = 0
    for h in texts:
        got = _issuer_place(h)
        assert got == _old_issuer_place(h), h
        found += got is not None
    assert found > 50   # (most random heads name no place where an issuer stands)


def test_issuer_place_of_known_heads():
    from medgraph.extract.bodies import _issuer_place

    assert _issuer_place("来源：德阳市人民政府 https://x") == (3, "德阳")
    assert _issuer_place("关于代行市政府\n24号鄂尔多斯市卫生健康委员会") == (11, "鄂尔多斯")
    assert _issuer_place("湖北省：城市管理") is None
