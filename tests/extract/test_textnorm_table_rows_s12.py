"""A PDF's text layer that inserted blanks inside words (加 快 推 进) and also carries a task table whose
cells single blanks part: deleting the inserted blanks must not glue a row's cells together — a task cell
ending in 。 and the unit cells after it (``…建设。 县卫健委 各乡镇 已完成``) would read as one run of words and
the row would lose its owners. The numbered lines under a 序号 header whose labels name owner columns
are the table's rows. Document written for this test (a county health bureau's progress table)."""

from medgraph.textnorm import normalize_spans

from owner_support import explicit_owners, extract_text

TEXT = ("泾川县卫生健康委员会关于2024年重点工作推进情况的报告\n"
        "根 据 县 政 府 统 一 部 署 ， 现 将 我 委 牵 头 的 重 点 工 作 推 进 情 况 报 告 如 下 ， 请 审 阅 。\n"
        "序号 重点工作任务 牵头  单位 配合  单位 进展情况\n"
        "12 加快县域医共体建设，完善分级诊疗制度。 县卫健委 各乡镇 已完成年度任务\n"
        "15 推进县人民医院新院区建设。 县卫健委 县发改委 主体工程已封顶\n")


def test_table_rows_keep_their_cells_when_a_text_layer_inserted_blanks():
    norm, _ = normalize_spans(TEXT)
    assert "根据县政府统一部署" in norm                      # the inserted blanks are still deleted
    assert "完善分级诊疗制度。 县卫健委 各乡镇 已完成年度任务" in norm   # the row's cells stay apart


def test_rows_of_such_a_table_keep_their_owners():
    _, ex = extract_text(TEXT, "county-progress.txt")
    owners = explicit_owners(ex)
    lead = {h: {n for n, r in v if r == "lead"} for h, v in owners.items()}
    assert any("县人民医院新院区" in h and any(n.endswith("卫生健康委员会") for n in ns) for h, ns in lead.items()), owners
