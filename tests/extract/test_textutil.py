"""sentence_bounds answers from terminator positions cached per text; it must agree with
the plain definition (walk left to a terminator, search right for one) everywhere."""

import random

from medgraph.textutil import SENTENCE_END, sentence_bounds


def _reference(text, pos, lo=0, hi=None):
    hi = len(text) if hi is None else hi
    start = pos
    while start > lo and not SENTENCE_END.match(text[start - 1]):
        start -= 1
    m = SENTENCE_END.search(text, pos, hi)
    return start, (m.end() if m else hi)


def test_sentence_bounds_matches_reference_on_random_texts():
    rng = random.Random(7)
    alphabet = "ab。！？；!?;\n 中"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        n = len(text)
        pos, lo = rng.randint(0, n), rng.randint(0, n)
        hi = rng.choice([None, rng.randint(0, n)])
        assert sentence_bounds(text, pos, lo, hi) == _reference(text, pos, lo, hi), (text, pos, lo, hi)


def test_sentence_bounds_follows_the_text_it_is_given():
    a, b = "甲。乙丙。", "甲乙。丙丁"
    assert sentence_bounds(a, 3) == (2, 5)
    assert sentence_bounds(b, 3) == (3, 5)   # a different text, not the cached one
    assert sentence_bounds(a, 0) == (0, 2)
