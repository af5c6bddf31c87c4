"""Session 11 body rule: a list item may carry its other name in brackets (自治区农牧厅（乡村振兴局）、
财政厅; 区发改局（区粮食局）、财政局); the list goes on after the bracket, so the next bare item is the same
place's body. Before, the bracket ended the list and 财政厅 was lost. Written for this test (a
Guangxi list in simplified script, owners after a colon), not a corpus text."""

from body_support import bureau_mentions


def test_list_goes_on_after_an_items_other_name():
    text = ("广西壮族自治区人民政府办公厅关于印发稳产保供措施的通知\n"
            "一、稳定粮食生产。（责任单位：自治区农业农村厅（乡村振兴局）、财政厅、水利厅）\n")
    names = {n for _, n in bureau_mentions(text, "gx.txt")}
    assert "广西壮族自治区财政厅" in names
    assert "广西壮族自治区水利厅" in names
