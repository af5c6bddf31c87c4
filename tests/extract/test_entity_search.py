"""Entity discovery's fast pattern search must equal the plain regex scan."""


def test_suffix_pattern_search_equals_regex_scan():
    """entities._suffix_matches tries each discovery pattern only where one of its words
    starts; it must find exactly what finditer finds (seeds and random strings)."""
    import random

    from medgraph.documents import read_document
    from medgraph.extract.entities import _SUFFIX_STARTS, PATTERNS, _suffix_matches
    from medgraph.pipeline import bundled_files

    rng = random.Random(5)
    pieces = [w for ws in _SUFFIX_STARTS for w in ws] + ["单抗", "注射", "中", "心", "北京", "，", "分", "有限"]
    texts = [read_document(p).normalized for p in bundled_files()]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 25))) for _ in range(2000)]
    for t in texts:
        assert [[m.span() for m in ms] for ms in _suffix_matches(t)] == \
            [[m.span() for m in rx.finditer(t)] for _, _, rx, _ in PATTERNS], t
