"""Located-in layouts of session 7 (extract/places.py), on a document written for the test:
a zone named by its shape before a bracket that says where it lies (成都天府国际生物城（位于
双流区）), after the verb of a visit (调研, 考察: no part of the name)."""

from owner_support import extract_text, quotes_are_original


def _located(ex) -> set[tuple[str, str]]:
    names = {n.id: n.name for n in ex.nodes}
    return {(names[e.source], names[e.target]) for e in ex.edges if e.type == "LOCATED_IN"}


def test_a_zone_before_a_bracket_saying_where_it_lies():
    text = ("成都市经济和信息化局关于市政协提案办理情况的答复\n"
            "一、加快载体建设。省委主要领导考察成都天府国际生物城（位于双流区），要求加快发展。"
            "我局将支持天府中药城（位于彭州市）建设。\n")
    doc, ex = extract_text(text, "chengdu-reply.txt")
    quotes_are_original(doc, ex)
    got = _located(ex)
    assert ("成都天府国际生物城", "双流区") in got
    assert not any(src.startswith("考察") for src, _ in got)
    for e in ex.edges:
        if e.type == "LOCATED_IN":
            assert all(doc.original[ev.start:ev.end] == ev.quote for ev in e.evidence)
