"""A list item naming the parts of a body (``市防汛抗旱指挥部各工作组``, ``区委各专项组``) is a class:
it names no body, not even the one whose parts it lists (extract/owners.py, _CLASS_TAIL) — the
body itself is an owner only where the text lists it alone.

The document is written for this test (a Nanchang flood-season task list); exact owners."""

from owner_support import explicit_owners, extract_text, quotes_are_original

TASKS = """南昌市2031年防汛抗旱重点任务清单
1.开展汛前隐患排查整治。（牵头单位：市水利局；责任单位：市防汛抗旱指挥部各工作组，市应急管理局）
2.完善防汛应急预案体系。（牵头单位：市防汛抗旱指挥部办公室；责任单位：市应急管理局、市防汛抗旱指挥部）
"""
N = "南昌市"


def test_the_parts_of_a_body_name_no_body():
    doc, ex = extract_text(TASKS, "nanchang-flood-tasks.txt")
    got = explicit_owners(ex)
    assert got["开展汛前隐患排查整治"] == {(N + "水利局", "lead"), (N + "应急管理局", "support")}
    assert got["完善防汛应急预案体系"] == {(N + "防汛抗旱指挥部办公室", "lead"), (N + "应急管理局", "support"),
                                   (N + "防汛抗旱指挥部", "support")}
    quotes_are_original(doc, ex)
