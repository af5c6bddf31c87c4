"""Speed work on issue 12, session 11, part A (the entity pass): each fast path must find exactly
what the code it replaces finds — the bundled seeds and seeded random strings built from the
pieces the patterns are about. The replaced code is kept here as the reference."""

import pytest

from equivalence_support import random_texts, seed_texts


@pytest.fixture(scope="module")
def seeds() -> list[str]:
    return seed_texts()


_DISTRICT_PIECES = ["区", "县", "旗", "区", "的", "由", "在", "为", "和", "与", "及", "，", "。", " ", "\n", "x", "1",
                    "海淀", "朝阳区", "彭山", "浦东新区", "县政府", "区委", "各", "岚皋县", "我区", "全县", "新区", "旗县"]


def test_named_districts_are_finditer_s_matches(seeds):
    from medgraph.extract import entities

    texts = seeds + random_texts(_DISTRICT_PIECES, 4000, 40, seed=111) + random_texts(_DISTRICT_PIECES, 300, 400, seed=112)
    found = 0
    for t in texts:
        for hi in (20000, 0, 3, 7, 25):
            old = [(m.span(), m.group(1)) for m in entities._NAMED_DISTRICT.finditer(t, 0, hi)]
            assert [(m.span(), m.group(1)) for m in entities._named_districts(t, hi)] == old, (t, hi)
            found += len(old)
    assert found > 1000   # the strings do name districts: the test can fail


def test_cjk_pair_is_the_generator_it_replaces():
    from medgraph.extract.bodies import cjk_pair

    for stem in ["北京", "a京", "京a", "  ", "〇一", "一〇", "（北", "德阳", "\u4e00\u9fff", "\u4dff\u4e00", "\u9fff\ua000"]:
        assert cjk_pair(stem) == all("\u4e00" <= c <= "\u9fff" for c in stem), stem


def test_taken_spans_read_as_any_and_all():
    # entities' taken holds only 0 and 1: `1 in taken[a:b]` is any(), `0 in taken[a:b]` is not all()
    import random

    rnd = random.Random(113)
    for _ in range(2000):
        taken = bytearray(rnd.choice((0, 1)) for _ in range(rnd.randint(0, 12)))
        a, b = sorted(rnd.randint(0, 12) for _ in range(2))
        assert (1 in taken[a:b]) == any(taken[a:b]) and (0 in taken[a:b]) == (not all(taken[a:b]))
