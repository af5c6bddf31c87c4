"""Speed rewrites in owners/relations/targets (session 13) against the code they replaced, on
random texts: the same answer for every input, not just the corpus."""

import random

from medgraph.extract import owners

_CHARS = "ab市局\n \t\u3000\r\x0b\x1c\u2028\xa0。，（）"


def _old_line_before(text: str, pos: int) -> tuple[int, int]:
    e = pos
    while e > 0 and text[e - 1].isspace():
        e -= 1
    return text.rfind("\n", 0, e) + 1, e


def test_line_before_matches_the_walk_back():
    rng = random.Random(13)
    for _ in range(20000):
        n = rng.randrange(0, 160)
        text = "".join(rng.choice(_CHARS) if rng.random() < 0.5 else rng.choice(" \n\t\u3000") for _ in range(n))
        for pos in (rng.randrange(0, n + 1), n, 0, rng.randrange(-3, 0)):
            assert owners.line_before(text, pos) == _old_line_before(text, pos), (text, pos)


def test_label_lines_match_line_matches():
    from medgraph.textutil import line_matches

    pieces = ["牵头单位", "责任单位", "配合部门", "主要责任单位", "责任主体", "协办机关", "责任部门和单位", "单位", "部门",
              "\n", "\n", "\n\n", " ", "\t", "\u3000", "\r", "市科技局", "：", "完成时限", "x", "和负责人", "/"]
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 14)))
        old = [(m.start(), m.end(), m.group(1))
               for m in line_matches(owners._LABEL_LINE, text, ("单位", "部门", "机关", "责任主体"))]
        assert list(owners._label_lines(text)) == old, text


def test_longest_name_is_the_longest_automaton_key():
    from medgraph.catalog import load_catalog
    from medgraph.extract import relations

    cat = load_catalog()
    assert relations._longest_name(cat) == max(len(k) for k in cat.automaton.keys())


def test_add_keys_edges_as_edge_make_key():
    from types import SimpleNamespace

    from medgraph.extract import relations
    from medgraph.models import Edge, Evidence

    ev = [Evidence(document="d", quote="q", start=0, end=1, method="explicit")]
    for source, type_, target, role in [("a", "LEADS", "m", "lead"), ("b", "TARGETS", "c", None),
                                         ("x|y", "ISSUED", "p", ""), ("d", "FUNDS", "e", None)]:
        ctx = SimpleNamespace(edges={}, leads_to={})
        props = {"role": role} if role is not None else {}
        relations._add(ctx, source, target, type_, ev, **props)
        assert list(ctx.edges) == [Edge.make_key(source, type_, target, role)]
        assert ctx.edges[Edge.make_key(source, type_, target, role)].key == Edge.make_key(source, type_, target, role)


def test_hit_built_by_tuple_new_is_a_hit():
    from medgraph.extract.remits import Hit, _new_hit

    h = _new_hit(Hit, (3, 7, "医疗服务"))
    assert h == Hit(3, 7, "医疗服务") and type(h) is Hit and h.keyword == "医疗服务" and h.start == 3
