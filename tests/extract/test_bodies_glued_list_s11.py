"""Session 11 body rule: a list that lost its separators (a PDF's 省卫生健康委省委宣传部省教育厅) glues the
next name's place word right after a name's end; a core ending so (卫生健康委省 + 委) names no body, and
the name before it is kept. Written for this test (a Jiangxi joint notice's addressee line), not a
corpus text."""

from body_support import bureau_mentions


def test_glued_list_keeps_the_first_name_and_invents_none():
    text = ("江西省卫生健康委员会关于印发中医药文化推广方案的通知\n"
            "经研究，省卫生健康委省委宣传部省教育厅联合制定本方案。\n")
    names = {n for _, n in bureau_mentions(text, "jx.txt")}
    assert not any("委省" in n or "厅省" in n for n in names)
    assert "江西省卫生健康委员会" in names
