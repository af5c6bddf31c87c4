"""What acts and what describes, by document kind (tests/corpus/real/README.md, "What is a
measure", session 7), each on a small document written for its test (other cities, numberings
and punctuation than the corpus texts):

* a notice that issues a task list: its own requirements on carrying the list out, addressed
  to the units as a class (各责任单位要…, 各乡镇、各部门要…), are no measures — whether the list
  follows or not; the one that gives a named body a task of its own (县政府督查室负责…) acts;
  a plan's own 保障措施 items addressed to classes stay measures.

Every heading is checked against the text at its span, and through ``extract`` the measure's
quote against the original document."""

from medgraph.catalog import load_catalog
from medgraph.documents import read_bytes
from medgraph.extract import extract, structure
from medgraph.textnorm import normalize

CAT = load_catalog()


def _shape(text: str) -> list[tuple[str, str]]:
    norm = normalize(text)[0]
    out = []
    for m in structure.parse(norm).measures:
        assert norm[m.heading_start:m.heading_end].replace("\n", "") == m.heading
        out.append((m.number_text, m.heading))
    return out


def _measures(text: str) -> list[tuple[str, str]]:
    """(number_text, heading_quote) of the Measure nodes ``extract`` makes, each quote checked
    against the original text at the measure's start."""
    doc = read_bytes(text.encode("utf-8"), "kinds.txt")
    ex = extract(doc, CAT)
    out = []
    for n in sorted((n for n in ex.nodes if n.label == "Measure"), key=lambda n: n.props["start"]):
        q = n.props["heading_quote"]
        assert doc.original[n.props["start"]:n.props["start"] + len(q)] == q
        out.append((n.props["number_text"], q))
    return out


# --- a notice issuing a task list: its own requirements ------------------------------------------

_NOTICE = ("祁东县人民政府办公室关于印发《2025年县政府重点民生实事责任清单》的通知\n"
           "祁政办发〔2025〕7号\n"
           "各乡镇人民政府，县直各单位：\n"
           "《2025年县政府重点民生实事责任清单》已经县人民政府研究同意，现印发给你们，并就有关事项通知如下：\n"
           "（一）压紧压实责任。各乡镇、各部门要把民生实事摆上重要议事日程，主要负责同志亲自过问。\n"
           "（二）定期调度进展。各牵头单位每月5日前报送上月进展，配合单位要主动对接。\n"
           "（三）严格考核问效。县政府督查室负责对清单事项开展专项督查，每季度通报一次。\n")


def test_a_task_list_notices_own_requirements_to_classes_are_no_measures():
    # (一)(二) speak to classes (各乡镇、各部门要 / 各牵头单位…配合单位要): framing; (三) gives the
    # county government's inspection office a task of its own: it acts
    assert _shape(_NOTICE) == [("(三)", "严格考核问效")]
    assert _measures(_NOTICE) == [("(三)", "（三）严格考核问效")]


def test_requirements_with_an_owner_note_act():
    text = _NOTICE.replace("主要负责同志亲自过问。", "主要负责同志亲自过问。（责任单位：县民政局）")
    assert _shape(text) == [("(一)", "压紧压实责任"), ("(三)", "严格考核问效")]


_PLAN_OWN = ("祁东县2025年养老服务提升行动方案\n"
             "为提升全县养老服务水平，制定本方案。\n"
             "一、建设村级互助养老点。各乡镇要在年内建成互助养老点不少于3个。\n"
             "二、培育护理人才队伍。各乡镇、各部门要组织护理员培训，全年培训500人次。\n"
             "三、加强组织领导。各责任单位要明确专人负责，按月报送进展。\n")


def test_a_plans_own_items_to_classes_stay_measures():
    # no issuing line above the list: the plan's own items (its 保障措施 too) act
    assert _shape(_PLAN_OWN) == [("一、", "建设村级互助养老点"), ("二、", "培育护理人才队伍"), ("三、", "加强组织领导")]
